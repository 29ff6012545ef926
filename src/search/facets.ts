// The facets of each kind of fiche: which values a fiche has, and how they are shown.
import type { Catalog, CatalogEntry } from '../catalog/catalog';
import type { Kind } from '../catalog/schema';
import { setOf, type Bitset } from './bitset';

export type FacetKey = 'interets' | 'niveau' | 'duree' | 'statut' | 'type';

export interface FacetValue {
  /** The value as it appears in the URL. */
  value: string;
  label: string;
}

export interface Facet {
  key: FacetKey;
  legend: string;
  /** A sentence under the legend, when the facet needs explaining. */
  hint?: string;
  /** In display order. */
  values: FacetValue[];
  /** One bitset per value, over the positions of the kind's entries. */
  sets: Map<string, Bitset>;
}

export const FACET_KEYS: Record<Kind, FacetKey[]> = {
  metier: ['interets', 'niveau', 'duree', 'statut'],
  formation: ['interets', 'type', 'niveau', 'duree'],
};

const METIER_LEVELS: Record<string, string> = {
  '0': 'Sans diplôme',
  '3': 'CAP',
  '4': 'Bac',
  '5': 'Bac + 2',
  '6': 'Bac + 3 ou + 4',
  '7': 'Bac + 5',
  '8': 'Bac + 8',
  autre: 'Autre accès',
};

const FORMATION_LEVELS: Record<string, string> = {
  '3': 'CAP (niveau 3)',
  '4': 'Bac (niveau 4)',
  '5': 'Bac + 2 (niveau 5)',
  '6': 'Bac + 3 (niveau 6)',
  '7': 'Bac + 5 (niveau 7)',
  '8': 'Bac + 8 (niveau 8)',
  autre: 'Hors RNCP',
};

/** A métier reached straight after 3e has no level but is not unknown: it is "sans diplôme". */
function levelValue(entry: CatalogEntry): string {
  if (entry.level !== null) return String(entry.level);
  return entry.kind === 'metier' && entry.durationYears === 0 ? '0' : 'autre';
}

// One formatter for the whole app: `toLocaleString` builds a new one on every call, which showed
// as the top cost of rendering result cards in the benchmark's profile.
const YEARS = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
const AMOUNT = new Intl.NumberFormat('fr-FR');

export function formatAmount(amount: number): string {
  return AMOUNT.format(amount);
}

export function formatYears(years: number): string {
  const text = YEARS.format(years);
  return years < 2 ? `${text} an` : `${text} ans`;
}

function durationLabel(kind: Kind, years: number): string {
  if (kind === 'metier' && years === 0) return 'Aucune, dès la 3e';
  return formatYears(years);
}

interface FacetSource {
  legend: string;
  hint?: string;
  valuesOf(entry: CatalogEntry): string[];
  /** Ordered values with labels; values not listed are added after, ordered by frequency. */
  ordered?: Record<string, string>;
  labelOf?: (value: string) => string;
  sortNumeric?: boolean;
}

function sources(catalog: Catalog, kind: Kind): Record<FacetKey, FacetSource> {
  return {
    interets: {
      legend: "Centres d'intérêt",
      hint: kind === 'formation' ? 'Ceux des métiers auxquels la formation mène.' : undefined,
      valuesOf: (e) => e.interests.map((i) => catalog.interests.slugOf.get(i)!),
      labelOf: (v) => catalog.interests.labelOf.get(v) ?? v,
    },
    niveau: {
      legend: kind === 'metier' ? "Niveau d'accès" : 'Niveau du diplôme',
      valuesOf: (e) => [levelValue(e)],
      ordered: kind === 'metier' ? METIER_LEVELS : FORMATION_LEVELS,
    },
    duree: {
      legend: kind === 'metier' ? "Durée d'études après la 3e" : 'Durée de la formation',
      valuesOf: (e) => (e.durationYears === null ? [] : [String(e.durationYears)]),
      labelOf: (v) => durationLabel(kind, Number(v)),
      sortNumeric: true,
    },
    statut: {
      legend: 'Statut',
      valuesOf: (e) => e.statuses.map((s) => catalog.statuses.slugOf.get(s)!),
      labelOf: (v) => catalog.statuses.labelOf.get(v) ?? v,
    },
    type: {
      legend: 'Type de formation',
      valuesOf: (e) => (e.type ? [catalog.types.slugOf.get(e.type)!] : []),
      labelOf: (v) => catalog.types.labelOf.get(v) ?? v,
    },
  };
}

/** Builds the facets of one kind over its entries (positions are indexes in `entries`). */
export function buildFacets(catalog: Catalog, kind: Kind, entries: CatalogEntry[]): Facet[] {
  const all = sources(catalog, kind);
  return FACET_KEYS[kind].map((key) => {
    const source = all[key];
    const members = new Map<string, number[]>();
    entries.forEach((entry, position) => {
      for (const value of source.valuesOf(entry)) {
        if (!members.has(value)) members.set(value, []);
        members.get(value)!.push(position);
      }
    });
    let values: string[];
    if (source.ordered) {
      values = Object.keys(source.ordered).filter((v) => members.has(v));
    } else if (source.sortNumeric) {
      values = [...members.keys()].sort((a, b) => Number(a) - Number(b));
    } else {
      values = [...members.keys()].sort(
        (a, b) => members.get(b)!.length - members.get(a)!.length || (a < b ? -1 : 1),
      );
    }
    const label = (v: string) => source.ordered?.[v] ?? source.labelOf?.(v) ?? v;
    return {
      key,
      legend: source.legend,
      hint: source.hint,
      values: values.map((value) => ({ value, label: label(value) })),
      sets: new Map(values.map((v) => [v, setOf(entries.length, members.get(v)!)])),
    };
  });
}
