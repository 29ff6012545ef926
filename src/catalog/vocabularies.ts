// The controlled vocabularies of the fiches (see DESIGN.md §2), and how labels map onto them.
import { capitalize, labelKey } from './text';

/** A level of the national framework of certifications (décret 2019-14), as students know it. */
export interface LevelInfo {
  level: number;
  /** The familiar label: students recognise "bac + 2", not "niveau 5". */
  label: string;
  diplomas: string;
}

export const LEVELS: readonly LevelInfo[] = [
  { level: 3, label: 'CAP', diplomas: 'CAP, BEP' },
  { level: 4, label: 'Bac', diplomas: 'bac général, technologique ou professionnel, BP' },
  { level: 5, label: 'Bac + 2', diplomas: 'BTS, DEUST' },
  { level: 6, label: 'Bac + 3', diplomas: 'licence, licence pro, BUT' },
  { level: 7, label: 'Bac + 5', diplomas: 'master, diplôme d’ingénieur' },
  { level: 8, label: 'Bac + 8', diplomas: 'doctorat' },
];

export function levelInfo(level: number | null): LevelInfo | undefined {
  return LEVELS.find((l) => l.level === level);
}

interface AccessLevel {
  level: number | null;
  /** Minimum years of study after 3e. */
  years: number | null;
}

// A métier's "Niveau d'accès minimum" → level and the years of study after 3e it implies
// (CAP 2 years, bac 3, bac + n 3 + n).
const ACCESS_LEVELS: Record<string, AccessLevel> = {
  'sans diplome': { level: null, years: 0 },
  'diplome national du brevet': { level: null, years: 0 },
  '3e': { level: null, years: 0 },
  'cap ou equivalent': { level: 3, years: 2 },
  'cap ou equivalent+1 an': { level: 3, years: 3 },
  'bac ou equivalent': { level: 4, years: 3 },
  'bac+1': { level: 4, years: 4 },
  'bac+2': { level: 5, years: 5 },
  'bac+3': { level: 6, years: 6 },
  'bac+4': { level: 6, years: 7 },
  'bac+5': { level: 7, years: 8 },
  'bac+6': { level: 7, years: 9 },
  'bac+7': { level: 7, years: 10 },
  'bac+8': { level: 8, years: 11 },
  'bac+9 et plus': { level: 8, years: 12 },
  'autre formation': { level: null, years: null },
};

function accessKey(label: string): string {
  return labelKey(label).replace(/\s*\+\s*/g, '+');
}

/** Maps a métier's access label; `undefined` when the label is outside the vocabulary. */
export function accessLevel(label: string): AccessLevel | undefined {
  return ACCESS_LEVELS[accessKey(label)];
}

/**
 * Maps a formation's "Niveau de certification": `niveau 3`…`niveau 8` → 3…8,
 * `non inscrit au RNCP` → null; `undefined` when the label is outside the vocabulary.
 */
export function certificationLevel(label: string): { level: number | null } | undefined {
  const key = labelKey(label);
  if (key === 'non inscrit au rncp') return { level: null };
  const match = /^niveau (\d)$/.exec(key);
  if (match) {
    const level = Number(match[1]);
    if (level >= 3 && level <= 8) return { level };
  }
  return undefined;
}

/** A formation's "Durée": `3 ans`, `1 an`, `18 mois` → years; `undefined` when unreadable. */
export function durationInYears(label: string): number | undefined {
  const match = /^(\d{1,2})(?:[.,](\d))?\s*(ans?|mois)$/.exec(labelKey(label));
  if (!match) return undefined;
  const amount = Number(match[1]) + (match[2] ? Number(match[2]) / 10 : 0);
  const years = match[3] === 'mois' ? amount / 12 : amount;
  return years > 0 ? Math.round(years * 10) / 10 : undefined;
}

// ONISEP's centres d'intérêt, in the form the app displays them. Fiches vary the case
// ("J'aime communiquer"), so identity is the folded label.
const INTEREST_LABELS = [
  "J'ai le sens du contact",
  "J'aime organiser, gérer",
  "J'aime bouger",
  "Réparer, bricoler, j'adore ça",
  'Je veux être utile aux autres',
  "Je rêve d'un métier artistique",
  'Je veux travailler de mes mains',
  "J'aimerais travailler dehors",
  'Je veux travailler dans le commerce',
  "J'aime bien faire des expériences",
  "J'aime jongler avec les chiffres",
  'Je me passionne pour les nouvelles technologies',
  "J'aime communiquer",
  'Je veux protéger la planète',
  "J'ai un bon coup de crayon",
  "Je rêve de travailler à l'étranger",
  "J'aime les langues",
  'Je veux travailler dans le bâtiment',
  'Je veux faire respecter la loi',
  "J'aime la nature",
  "Enquêter, analyser l'information, je veux en faire mon travail",
  'Je suis accro au numérique',
  'La mode me fait rêver',
  'Ma vocation est de soigner',
  "Je veux m'occuper d'enfants",
  "J'aime être aux commandes",
  'Le sport est ma passion',
  "J'adore conduire",
  "J'aime les sensations fortes",
  'TV, ciné, radios : ces univers me fascinent',
  "Je veux m'occuper d'animaux",
  'Je veux travailler dans le spectacle',
];

const INTERESTS_BY_KEY = new Map(INTEREST_LABELS.map((label) => [labelKey(label), label]));

/** The display form of a centre d'intérêt, and whether it belongs to the known vocabulary. */
export function interestLabel(label: string): { label: string; known: boolean } {
  const known = INTERESTS_BY_KEY.get(labelKey(label));
  return known ? { label: known, known: true } : { label: capitalize(label.trim()), known: false };
}

const STATUSES = [
  'salarié',
  'fonctionnaire',
  'indépendant',
  'artisan',
  'libéral',
  'saisonnier',
  'intermittent du spectacle',
  'militaire',
  'contrat de volontariat',
];

const STATUSES_BY_KEY = new Map(STATUSES.map((label) => [labelKey(label), label]));

export function statusLabel(label: string): { label: string; known: boolean } {
  const known = STATUSES_BY_KEY.get(labelKey(label));
  return known ? { label: known, known: true } : { label: label.trim(), known: false };
}
