// The two kinds of fiche, declared once: their words, their addresses, their facets (the
// filters of their list), their sorts, and what their fiches hold. The parser, the engine, the
// lists' URL schemas and every page read them here: adding a facet is one declaration below
// (with its data and tests); changing a wording is one edit.
import type { Catalog, CatalogEntry, Vocabulary } from './catalog';
import { formatYears, levelName, NO_SALARY, SALARY_BANDS, salaryBand, yearsAfter3e } from './facts';
import type { Kind, SimilarReason } from './schema';
import { LEVELS, type LevelInfo } from './vocabularies';

export type { Kind } from './schema';

/** A filter of a list, and how an entry's values for it are read. */
export interface FacetDeclaration<Key extends string = string> {
  /** Its key in the URL (`?niveau=4,5`). */
  key: Key;
  legend: string;
  /** A sentence under the legend, when the facet needs explaining. */
  hint?: string;
  /** The URL values of an entry. */
  valuesOf(entry: CatalogEntry, catalog: Catalog): string[];
  /**
   * The values' order and labels: `labels` lists every value in its order (others are not
   * shown); otherwise `label` names each, `numeric` sorts them as numbers, and by default the
   * most frequent come first.
   */
  labels?: Readonly<Record<string, string>>;
  label?(value: string, catalog: Catalog): string;
  numeric?: boolean;
  /**
   * A result card does not show this fact: when the facet is filtered on, each card says which
   * of the chosen values it meets (« Statut : salarié »), so that the student sees why it is there.
   */
  notOnCard?: true;
}

/** A facet whose values are the labels of a vocabulary, by their slugs. */
function vocabularyFacet<Key extends string>(
  key: Key,
  legend: string,
  vocabulary: (catalog: Catalog) => Vocabulary,
  labelsOf: (entry: CatalogEntry) => string[],
  hint?: string,
): FacetDeclaration<Key> {
  return {
    key,
    legend,
    hint,
    valuesOf: (entry, catalog) => labelsOf(entry).map((label) => vocabulary(catalog).slugOf.get(label)!),
    label: (value, catalog) => vocabulary(catalog).labelOf.get(value) ?? value,
  };
}

/** Every level of the framework, by its number, as `label` names it. */
const levelLabels = (label: (level: LevelInfo) => string) =>
  Object.fromEntries(LEVELS.map((l) => [String(l.level), label(l)]));

/**
 * A métier reached straight after 3e has no level but is not unknown: it is "sans diplôme"
 * (value 0); a fiche whose level is outside the framework is "autre".
 */
function levelValue(entry: CatalogEntry): string {
  if (entry.level !== null) return String(entry.level);
  return entry.kind === 'metier' && entry.durationYears === 0 ? '0' : 'autre';
}

const durationValues = (entry: CatalogEntry) =>
  entry.durationYears === null ? [] : [String(entry.durationYears)];

/** Every sort of the lists; each kind offers some of them, under its own words. */
export const SORT_KEYS = ['pertinence', 'alpha', 'niveau', 'duree', 'salaire'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** How a sort orders the fiches: by a number (fiches without one go last), or by relevance or title. */
export const SORT_ORDER: Record<
  SortKey,
  { by?: (entry: CatalogEntry) => number | null; descending?: boolean }
> = {
  // More of the chosen interests first, then the better text match (explorer.ts).
  pertinence: {},
  // The lists' own order.
  alpha: {},
  niveau: { by: (e) => e.level },
  duree: { by: (e) => e.durationYears },
  // Highest starting salary first.
  salaire: { by: (e) => e.salary, descending: true },
};

const interests = (hint?: string) =>
  vocabularyFacet(
    'interets',
    "Centres d'intérêt",
    (c) => c.interests,
    (e) => e.interests,
    hint,
  );

/** The centres d'intérêt of a formation are those of the métiers it leads to. */
const FORMATION_INTERESTS_HINT = 'Ceux des métiers auxquels la formation mène.';

const metier = {
  kind: 'metier',
  /** Its letter in the index's `kind` column. */
  code: 'm',
  words: {
    one: 'métier',
    many: 'métiers',
    title: 'Métiers',
    the: 'le métier',
    none: 'Aucun métier',
    search: 'Rechercher un métier',
    placeholder: 'Ex. : électricien, soigner, dessin…',
    fiche: 'Fiche métier',
  },
  routes: { list: '/metiers', fiche: '/metiers/$id', segment: 'metiers' },
  facets: [
    interests(),
    {
      key: 'niveau',
      legend: "Niveau d'accès",
      valuesOf: (e) => [levelValue(e)],
      labels: {
        '0': 'Sans diplôme',
        ...levelLabels((l) => l.label),
        autre: 'Autre accès',
      },
    },
    {
      key: 'duree',
      legend: "Durée d'études après la 3e",
      valuesOf: durationValues,
      label: (v) => yearsAfter3e(Number(v)),
      numeric: true,
    },
    {
      key: 'salaire',
      legend: 'Salaire de début',
      hint: 'Brut par mois, le plus bas que la fiche indique.',
      valuesOf: (e) => [salaryBand(e.salary)],
      labels: Object.fromEntries([...SALARY_BANDS, NO_SALARY].map((b) => [b.value, b.label])),
    },
    {
      ...vocabularyFacet(
        'statut',
        'Statut',
        (c) => c.statuses,
        (e) => e.statuses,
      ),
      notOnCard: true,
    },
  ],
  sorts: [
    { key: 'pertinence', label: 'Pertinence' },
    { key: 'alpha', label: 'Ordre alphabétique' },
    { key: 'niveau', label: "Niveau d'accès" },
    { key: 'duree', label: "Durée d'études" },
    { key: 'salaire', label: 'Salaire de début' },
  ],
  /** What its centres d'intérêt are called where they are compared. */
  interestsLabel: "Centres d'intérêt",
  /** The fiche's other kind of links: a métier recommends formations. */
  related: {
    kind: 'formation',
    title: 'Formations recommandées',
    linkedFrom: 'Ces formations mènent aussi à ce métier',
  },
  /** Its neighbours (search/similar.ts): their title, and how each reason is said. */
  similar: {
    title: 'Métiers proches',
    reasons: { liens: 'mêmes formations', interets: "mêmes centres d'intérêt", texte: 'métier voisin' },
    none: 'Aucun métier de ce catalogue ne ressemble assez à celui-ci.',
    fewer: 'Aucun autre métier de ce catalogue n’est assez proche.',
  },
  /** Fields (by `labelKey`) shown as facts of the fiche, or in its header, not as extra fields. */
  fields: ['id', 'appellations', 'statuts possibles', "niveau d'acces minimum", 'codes rome'],
  /** Prose sections of its fiches (by `labelKey`); others are kept and reported (DESIGN.md). */
  sections: [
    'presentation',
    'en bref',
    'nature du travail',
    'competences requises',
    'conditions de travail',
    'vie professionnelle',
    'salaire',
    'acces au metier',
  ],
  /** Where the summary of a card is taken from first. */
  summaryFrom: ['presentation', 'en bref'],
} as const satisfies KindDeclaration;

const formation = {
  kind: 'formation',
  code: 'f',
  words: {
    one: 'formation',
    many: 'formations',
    title: 'Formations',
    the: 'la formation',
    none: 'Aucune formation',
    search: 'Rechercher une formation',
    placeholder: 'Ex. : BTS, bac pro, commerce…',
    fiche: 'Fiche formation',
  },
  routes: { list: '/formations', fiche: '/formations/$id', segment: 'formations' },
  facets: [
    interests(FORMATION_INTERESTS_HINT),
    vocabularyFacet(
      'type',
      'Type de formation',
      (c) => c.types,
      (e) => (e.type ? [e.type] : []),
    ),
    {
      key: 'niveau',
      legend: 'Niveau du diplôme',
      valuesOf: (e) => [levelValue(e)],
      labels: { ...levelLabels((l) => levelName(l.level)!), autre: 'Hors RNCP' },
    },
    {
      key: 'duree',
      legend: 'Durée de la formation',
      valuesOf: durationValues,
      label: (v) => formatYears(Number(v)),
      numeric: true,
    },
  ],
  sorts: [
    { key: 'pertinence', label: 'Pertinence' },
    { key: 'alpha', label: 'Ordre alphabétique' },
    { key: 'niveau', label: 'Niveau du diplôme' },
    { key: 'duree', label: 'Durée' },
  ],
  related: {
    kind: 'metier',
    title: 'Métiers associés',
    linkedFrom: 'Ces métiers recommandent aussi cette formation',
  },
  similar: {
    title: 'Formations proches',
    reasons: {
      liens: 'mènent aux mêmes métiers',
      interets: "mêmes centres d'intérêt",
      texte: 'formation voisine',
    },
    none: 'Aucune formation de ce catalogue ne ressemble assez à celle-ci.',
    fewer: 'Aucune autre formation de ce catalogue n’est assez proche.',
  },
  interestsHint: FORMATION_INTERESTS_HINT,
  interestsLabel: "Centres d'intérêt des métiers",
  fields: ['code scolarite', 'duree', 'niveau de certification', 'type', 'lien', 'sigle'],
  sections: ['description', 'acces', 'attendus', "poursuite d'etudes"],
  summaryFrom: ['description'],
} as const satisfies KindDeclaration;

export interface KindDeclaration {
  kind: Kind;
  code: string;
  words: Record<'one' | 'many' | 'title' | 'the' | 'none' | 'search' | 'placeholder' | 'fiche', string>;
  routes: { list: string; fiche: string; segment: string };
  facets: readonly FacetDeclaration[];
  sorts: readonly { key: SortKey; label: string }[];
  related: { kind: Kind; title: string; linkedFrom: string };
  /** `none` when it has no neighbour, `fewer` under a short list: the page says why there are not more. */
  similar: { title: string; reasons: Record<SimilarReason, string>; none: string; fewer: string };
  interestsHint?: string;
  interestsLabel: string;
  fields: readonly string[];
  sections: readonly string[];
  summaryFrom: readonly string[];
}

export const KINDS = { metier, formation };

/** The kinds in the order lists, search results and the catalogue show them: métiers first. */
export const KIND_LIST = [metier, formation] as const;

export type FacetKey = (typeof KINDS)[Kind]['facets'][number]['key'];

/** The facets of a kind, as the engine and the pages see them. */
export const facetsOf = (kind: Kind): readonly FacetDeclaration<FacetKey>[] => KINDS[kind].facets;

/** « 1 métier », « 3 formations ». */
export const countOf = (kind: Kind, n: number): string =>
  `${n} ${n > 1 ? KINDS[kind].words.many : KINDS[kind].words.one}`;

/** The kind whose index code is `code`. */
export const kindOfCode = (code: string): Kind => (code === metier.code ? 'metier' : 'formation');

/** Métiers carry `MET.<n>` ids; formations `FOR.<n>` ids or slugs of their title. */
export const METIER_ID = /^MET\.\d+$/;

/** Every letter of the index's `kind` column. */
export const KIND_CODES = KIND_LIST.map((k) => k.code).join('');

/** Whether a value read from outside (storage, a file) names a kind. */
export const isKind = (value: unknown): value is Kind =>
  typeof value === 'string' && Object.hasOwn(KINDS, value);
