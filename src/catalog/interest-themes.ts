// The home page's centres d'intérêt, grouped into themes a student recognises, so that 32 labels
// can be scanned on a phone and neighbours (« dehors », « la nature », « animaux ») sit together.
//
// Reviewed table: each of ONISEP's labels (vocabularies.ts) belongs to exactly one theme, the one
// a 3e student would look under first; a test checks that none is missing or listed twice. A
// label a fiche uses that is not in the vocabulary goes to OTHER_THEME.
import { INTEREST_LABELS } from './vocabularies';
import { labelKey } from './text';

export interface InterestTheme {
  /** The theme's heading on the home page. */
  name: string;
  /** The interests' display labels, in the order the page shows them. */
  interests: readonly string[];
}

export const INTEREST_THEMES: readonly InterestTheme[] = [
  {
    name: 'Nature, animaux, plein air',
    interests: [
      "J'aime la nature",
      "Je veux m'occuper d'animaux",
      "J'aimerais travailler dehors",
      'Je veux protéger la planète',
    ],
  },
  {
    name: 'Aider, soigner, protéger',
    interests: [
      'Je veux être utile aux autres',
      'Ma vocation est de soigner',
      "Je veux m'occuper d'enfants",
      'Je veux faire respecter la loi',
    ],
  },
  {
    name: 'Créer, imaginer',
    interests: [
      "Je rêve d'un métier artistique",
      "J'ai un bon coup de crayon",
      'La mode me fait rêver',
      'Je veux travailler dans le spectacle',
      'TV, ciné, radios : ces univers me fascinent',
    ],
  },
  {
    name: 'Fabriquer, réparer, construire',
    interests: [
      'Je veux travailler de mes mains',
      "Réparer, bricoler, j'adore ça",
      'Je veux travailler dans le bâtiment',
    ],
  },
  {
    name: 'Sciences, chiffres, numérique',
    interests: [
      'Je me passionne pour les nouvelles technologies',
      'Je suis accro au numérique',
      "J'aime bien faire des expériences",
      "J'aime jongler avec les chiffres",
      "Enquêter, analyser l'information, je veux en faire mon travail",
    ],
  },
  {
    name: 'Parler, vendre, diriger',
    interests: [
      "J'ai le sens du contact",
      "J'aime communiquer",
      'Je veux travailler dans le commerce',
      "J'aime organiser, gérer",
      "J'aime être aux commandes",
    ],
  },
  {
    name: 'Langues et voyages',
    interests: ["J'aime les langues", "Je rêve de travailler à l'étranger"],
  },
  {
    name: 'Bouger, sport, conduite',
    interests: [
      "J'aime bouger",
      'Le sport est ma passion',
      "J'adore conduire",
      "J'aime les sensations fortes",
    ],
  },
];

/** The theme of labels found in fiches but not in ONISEP's vocabulary. */
export const OTHER_THEME = 'Autres centres d’intérêt';

/** Where each known interest goes: its theme's index and its place in the theme. */
const PLACES = new Map(
  INTEREST_THEMES.flatMap((theme, t) => theme.interests.map((label, i) => [labelKey(label), { t, i }])),
);

/** These interests by theme, in the table's order; those of no theme last, by label. */
export function groupByTheme<T extends { label: string }>(
  interests: readonly T[],
): { name: string; items: T[] }[] {
  const themes = INTEREST_THEMES.map((theme) => ({ name: theme.name, items: [] as T[] }));
  const other = { name: OTHER_THEME, items: [] as T[] };
  const place = (item: T) => PLACES.get(labelKey(item.label));
  for (const item of interests) {
    const found = place(item);
    (found ? themes[found.t]! : other).items.push(item);
  }
  for (const theme of themes) theme.items.sort((a, b) => place(a)!.i - place(b)!.i);
  other.items.sort((a, b) => a.label.localeCompare(b.label, 'fr'));
  return [...themes, other].filter((theme) => theme.items.length > 0);
}

/** Whether every interest of the vocabulary has one theme and no theme names an unknown one. */
export function themeTableProblems(): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const theme of INTEREST_THEMES) {
    for (const label of theme.interests) {
      const key = labelKey(label);
      if (seen.has(key)) problems.push(`« ${label} » est dans « ${seen.get(key)} » et « ${theme.name} »`);
      seen.set(key, theme.name);
      if (!INTEREST_LABELS.some((l) => labelKey(l) === key))
        problems.push(`« ${label} » n'est pas du vocabulaire`);
    }
  }
  for (const label of INTEREST_LABELS)
    if (!seen.has(labelKey(label))) problems.push(`« ${label} » n'a pas de thème`);
  return problems;
}
