// How the facts of a fiche are written for a student: its level, the years of study after 3e,
// the starting salary, the duration. One formatter for cards, fiches, the comparison, the
// route to a métier and the facet options alike, so that a fact reads the same everywhere.
import type { CatalogEntry } from './catalog';
import type { Fiche } from './schema';
import { levelInfo } from './vocabularies';

// One formatter of each kind for the whole app: `toLocaleString` builds a new one on every
// call, which showed as the top cost of rendering result cards in the benchmark's profile.
const YEARS = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
const AMOUNT = new Intl.NumberFormat('fr-FR');

export function formatAmount(amount: number): string {
  return AMOUNT.format(amount);
}

/** « 2 ans », « 1 an », « 1,5 an »; under a year, in months: « 6 mois ». */
export function formatYears(years: number): string {
  if (years > 0 && years < 1) return `${Math.round(years * 12)} mois`;
  const text = YEARS.format(years);
  return years < 2 ? `${text} an` : `${text} ans`;
}

/** A level of the framework as students know it, with its number: « Bac + 2 (niveau 5) ». */
export function levelName(level: number | null): string | undefined {
  const info = levelInfo(level);
  return info && `${info.label} (niveau ${info.level})`;
}

/** No study after 3e, wherever it is said. */
const FROM_3E = 'Dès la 3e';

/** Years of study after 3e, under a label that says so: « Dès la 3e », « 5 ans ». */
export function yearsAfter3e(years: number): string {
  return years === 0 ? FROM_3E : formatYears(years);
}

/** The same, on its own: « Dès la 3e », « 5 ans après la 3e ». */
export function yearsAfter3eAlone(years: number): string {
  return years === 0 ? FROM_3E : `${formatYears(years)} après la 3e`;
}

/** A starting salary, gross per month: « Dès 1 801 € brut/mois », « De 2 600 à 3 500 € brut/mois ». */
export function startingSalary(eurosPerMonth: number, maxEurosPerMonth: number | null = null): string {
  return maxEurosPerMonth === null
    ? `Dès ${formatAmount(eurosPerMonth)} € brut/mois`
    : `De ${formatAmount(eurosPerMonth)} à ${formatAmount(maxEurosPerMonth)} € brut/mois`;
}

/**
 * The bands of the « Salaire de début » filter, gross € per month. Chosen from the data's
 * distribution (the 251 métiers of the corpus that state an amount): 41 % start at the Smic
 * (1 801 €), so the first band holds it alone; the others hold 10–20 % each. `below` is the
 * band's first amount excluded.
 */
export const SALARY_BANDS = [
  { value: 'moins-1900', below: 1900, label: `Moins de ${formatAmount(1900)} €` },
  { value: '1900-2199', below: 2200, label: `${formatAmount(1900)} à ${formatAmount(2199)} €` },
  { value: '2200-2499', below: 2500, label: `${formatAmount(2200)} à ${formatAmount(2499)} €` },
  { value: '2500-2999', below: 3000, label: `${formatAmount(2500)} à ${formatAmount(2999)} €` },
  { value: '3000-plus', below: Infinity, label: `${formatAmount(3000)} € et plus` },
] as const;

/** The value of a métier whose fiche states no amount. */
export const NO_SALARY = { value: 'non-precise', label: 'Non précisé' } as const;

/** The band of a starting salary (`NO_SALARY` when there is none). */
export function salaryBand(eurosPerMonth: number | null): string {
  if (eurosPerMonth === null) return NO_SALARY.value;
  return SALARY_BANDS.find((band) => eurosPerMonth < band.below)!.value;
}

export type FactKey = 'level' | 'years' | 'salary' | 'statuses' | 'type' | 'duration';

export interface Fact {
  key: FactKey;
  /** What the fact is, where it is shown with its label (fiche, comparison). */
  label: string;
  value: string;
  /** The fact on a result card, without its label; none when a card does not show it. */
  card: string | null;
  /** A list, whose order says nothing (two fiches with the same items say the same). */
  items?: string[];
}

function metierFacts(entry: CatalogEntry, fiche: Fiche | undefined): Fact[] {
  const level = levelInfo(entry.level);
  const years = entry.durationYears;
  const salary = fiche?.kind === 'metier' ? fiche.startingSalary : null;
  return [
    {
      key: 'level',
      label: "Niveau d'accès",
      value: entry.levelLabel
        ? `${entry.levelLabel}${level ? ` (niveau ${level.level})` : ''}`
        : 'Non précisé',
      card: entry.levelLabel && `Accès : ${entry.levelLabel}`,
    },
    {
      key: 'years',
      label: "Durée d'études après la 3e",
      value: years === null ? 'Non précisée' : yearsAfter3e(years),
      card: years === null ? null : yearsAfter3eAlone(years),
    },
    {
      key: 'salary',
      label: 'Salaire du débutant',
      // The whole fiche tells a range's top; a salary without an amount (« Smic », « Très
      // variable ») is shown as the fiche says it.
      value:
        entry.salary !== null
          ? startingSalary(entry.salary, salary?.maxEurosPerMonth ?? null)
          : (salary?.text ?? 'Non précisé'),
      card: entry.salary !== null ? startingSalary(entry.salary) : null,
    },
    {
      key: 'statuses',
      label: 'Statuts possibles',
      value: entry.statuses.length > 0 ? entry.statuses.join(', ') : 'Non précisés',
      card: null,
      items: entry.statuses,
    },
  ];
}

function formationFacts(entry: CatalogEntry): Fact[] {
  const level = levelName(entry.level) ?? entry.levelLabel ?? 'Non précisé';
  const duration = entry.durationYears === null ? 'Non précisée' : formatYears(entry.durationYears);
  return [
    { key: 'type', label: 'Type', value: entry.type ?? 'Non précisé', card: entry.type },
    { key: 'level', label: 'Niveau du diplôme', value: level, card: level },
    {
      key: 'duration',
      label: 'Durée',
      value: duration,
      card: entry.durationYears === null ? null : duration,
    },
  ];
}

/**
 * The facts of a fiche, in the order they are shown. `fiche`, the whole record when it is
 * loaded, adds what the index does not hold (a salary stated without an amount).
 */
export function entryFacts(entry: CatalogEntry, fiche?: Fiche): Fact[] {
  return entry.kind === 'metier' ? metierFacts(entry, fiche) : formationFacts(entry);
}

/** What a result card says of a fiche. */
export function cardFacts(entry: CatalogEntry): string[] {
  return entryFacts(entry).flatMap((fact) => (fact.card ? [fact.card] : []));
}
