// The controlled vocabularies of the fiches (see DESIGN.md §2), and how labels map onto them.
import { capitalize, labelKey } from './text';

/** A level of the national framework of certifications (décret 2019-14), as students know it. */
export interface LevelInfo {
  level: number;
  /** The familiar label: students recognise "bac + 2", not "niveau 5". */
  label: string;
  diplomas: string;
  /** Years of study after 3e that reaching the level takes, on the usual path (DESIGN.md §2). */
  yearsAfter3e: number;
}

export const LEVELS: readonly LevelInfo[] = [
  { level: 3, label: 'CAP', diplomas: 'CAP, BEP', yearsAfter3e: 2 },
  { level: 4, label: 'Bac', diplomas: 'bac général, technologique ou professionnel, BP', yearsAfter3e: 3 },
  { level: 5, label: 'Bac + 2', diplomas: 'BTS, DEUST', yearsAfter3e: 5 },
  // Level 6 holds bac + 3 and bac + 4 diplomas alike (a licence, a BUT, a titre at bac + 4).
  { level: 6, label: 'Bac + 3 ou + 4', diplomas: 'licence, licence pro, BUT', yearsAfter3e: 6 },
  { level: 7, label: 'Bac + 5', diplomas: 'master, diplôme d’ingénieur', yearsAfter3e: 8 },
  { level: 8, label: 'Bac + 8', diplomas: 'doctorat', yearsAfter3e: 11 },
];

export function levelInfo(level: number | null): LevelInfo | undefined {
  return LEVELS.find((l) => l.level === level);
}

interface AccessLevel {
  level: number | null;
  /** Minimum years of study after 3e. */
  years: number | null;
}

const yearsTo = (level: number) => levelInfo(level)!.yearsAfter3e;
/** "bac + n": the level of the framework it falls in, and the bac's years plus n. */
const bacPlus = (n: number, level: number): AccessLevel => ({ level, years: yearsTo(4) + n });

// A métier's "Niveau d'accès minimum" → level and the years of study after 3e it implies.
const ACCESS_LEVELS: Record<string, AccessLevel> = {
  'sans diplome': { level: null, years: 0 },
  'diplome national du brevet': { level: null, years: 0 },
  '3e': { level: null, years: 0 },
  'cap ou equivalent': { level: 3, years: yearsTo(3) },
  'cap ou equivalent+1 an': { level: 3, years: yearsTo(3) + 1 },
  'bac ou equivalent': bacPlus(0, 4),
  'bac+1': bacPlus(1, 4),
  'bac+2': bacPlus(2, 5),
  'bac+3': bacPlus(3, 6),
  'bac+4': bacPlus(4, 6),
  'bac+5': bacPlus(5, 7),
  'bac+6': bacPlus(6, 7),
  'bac+7': bacPlus(7, 7),
  'bac+8': bacPlus(8, 8),
  'bac+9 et plus': bacPlus(9, 8),
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
export const INTEREST_LABELS = [
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
