// The facets of a kind as sets: for each value its label and the bitset of the fiches that have
// it. What a facet is (its values, their labels and order) is declared in catalog/kinds.ts.
import type { Catalog, CatalogEntry } from '../catalog/catalog';
import { facetsOf, type FacetKey, type Kind } from '../catalog/kinds';
import { setOf, type Bitset } from './bitset';

export type { FacetKey } from '../catalog/kinds';

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
  /** A card does not show it (kinds.ts). */
  notOnCard: boolean;
}

/** Builds the facets of one kind over its entries (positions are indexes in `entries`). */
export function buildFacets(catalog: Catalog, kind: Kind, entries: CatalogEntry[]): Facet[] {
  return facetsOf(kind).map((declaration) => {
    const members = new Map<string, number[]>();
    entries.forEach((entry, position) => {
      for (const value of declaration.valuesOf(entry, catalog)) {
        let list = members.get(value);
        if (!list) members.set(value, (list = []));
        list.push(position);
      }
    });
    const { labels, label, numeric } = declaration;
    let values: string[];
    if (labels) values = Object.keys(labels).filter((v) => members.has(v));
    else if (numeric) values = [...members.keys()].sort((a, b) => Number(a) - Number(b));
    else
      values = [...members.keys()].sort(
        (a, b) => members.get(b)!.length - members.get(a)!.length || (a < b ? -1 : 1),
      );
    const labelOf = (v: string) => labels?.[v] ?? label?.(v, catalog) ?? v;
    return {
      key: declaration.key,
      legend: declaration.legend,
      hint: declaration.hint,
      values: values.map((value) => ({ value, label: labelOf(value) })),
      sets: new Map(values.map((v) => [v, setOf(entries.length, members.get(v)!)])),
      notOnCard: declaration.notOnCard === true,
    };
  });
}
