// A quick look at the engine alone, in Node, on a corpus the benchmark compiled and the states
// of its last UI session: `npx tsx bench/engine-micro.ts synthetic-34000`. (The real comparison
// with the peers runs in Chromium: `npm run bench`.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CatalogIndexSchema, CatalogSearch, hydrateCatalog } from '../src/public-api.ts';
import { ROOT } from './compile.ts';
import { stateOf } from './list-page.ts';
import type { Interaction } from './session.ts';
import { distribution } from './stats.ts';

const corpus = process.argv[2] ?? 'synthetic-3400';
const dir = join(ROOT, 'bench-results', corpus, 'catalog');
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const catalogSearch = new CatalogSearch(
  hydrateCatalog(CatalogIndexSchema.parse(JSON.parse(readFileSync(join(dir, manifest.index), 'utf8')))),
);
const latest = JSON.parse(readFileSync(join(ROOT, 'bench-results', 'latest.json'), 'utf8'));
const session = latest.corpora.find((c: { name: string }) => c.name === corpus)?.session;
if (!session) throw new Error(`no session of ${corpus} in bench-results/latest.json`);
const states = (session.samples as Interaction[]).map((i) => stateOf(i.kind, i.search));
const titles = catalogSearch.titles;
const text: number[] = [];
const facets: number[] = [];
for (let r = 0; r < 5; r++) {
  for (const state of states) {
    let t = performance.now();
    const matches = state.q.trim() === '' ? null : titles.search(state.q);
    text.push(performance.now() - t);
    t = performance.now();
    catalogSearch.explorers[state.kind].run({ filters: state.filters, sort: state.sort }, matches);
    facets.push(performance.now() - t);
  }
}
const show = (name: string, xs: number[]) => {
  const d = distribution(xs);
  console.log(`${name}: p50 ${d.p50.toFixed(3)} ms, p95 ${d.p95.toFixed(3)} ms, max ${d.max.toFixed(3)} ms`);
};
console.log(`${corpus}: ${states.length} states × 5`);
show('text (title index)', text);
show('filters, counts, ranking (KindExplorer.run)', facets);
