// A catalogue as the app searches it, built in Node from a folder of fiches: the index, the title
// index and every shard of the full-text index loaded. For the engine's tests and the judged set.
import { buildBundle } from '../catalog/bundle';
import { hydrateCatalog } from '../catalog/catalog';
import { compileFiches } from '../catalog/compile';
import { CatalogIndexSchema } from '../catalog/index-schema';
import type { Fiche, TextShard } from '../catalog/schema';
import { CatalogSearch } from '../search/catalog-search';
import { writeTextIndex } from '../search/text-index-writer';
import { readFolder } from './fiches';

export function searchableRecords(records: Fiche[]): CatalogSearch {
  const bundle = buildBundle(records, (c) => String(c.length), undefined, writeTextIndex(records));
  const catalog = hydrateCatalog(CatalogIndexSchema.parse(JSON.parse(bundle.index.content)));
  const search = new CatalogSearch(catalog, undefined, bundle.manifest.text);
  bundle.text.forEach((file, i) => search.text.add(i, JSON.parse(file.content) as TextShard));
  return search;
}

export function searchable(dir: string): { search: CatalogSearch; records: Fiche[] } {
  const { records } = compileFiches(readFolder(dir));
  return { search: searchableRecords(records), records };
}

/** Entry indexes of a query's answer, best first (ties by position, as a stable sort leaves them). */
export function ranked(search: CatalogSearch, query: string): number[] {
  const answer = search.search(query);
  if (!answer) return [];
  return [...answer.matches].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([doc]) => doc);
}
