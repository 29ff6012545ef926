// How each figure is measured: written into BENCHMARKS.md by every run.
export const METHOD = `- **Corpora.** \`seeds/\` (3 fiches), \`../shared/corpus\` (1,152 real fiches) and two synthetic
  corpora of 3,400 and 34,000 fiches made by \`bench/synthetic.ts\`: a seeded generator that copies
  real fiches (structured fields, facet values, references) with about half of their prose
  sections swapped for the same section of another real fiche, new ids (\`MET.9xxxxx\`,
  \`FOR.9xxxxx\`) and every title and name suffixed with "(synthétique k)"; references are renamed
  consistently, so they resolve at the real rate (35 %). The métier/formation ratio and the
  facet distributions are those of the real corpus. All corpora are compiled by the real compiler.
- **Compile.** \`node scripts/run-catalog.mjs\` (as \`npm run catalog\`: the compiler bundled by esbuild,
  the bundle reused while its sources do not change) as a child process with \`SEEDS_DIR\` and
  \`CATALOG_OUT_DIR\`, under GNU \`time -v\` (peak memory = max RSS). Median of several runs; "own
  time" is the duration the compiler prints (without Node's start-up). Sizes: gzip level 9, brotli quality 11.
- **Build and serving.** \`vite build\` of the app on each corpus's catalogue into
  \`bench-results/<corpus>/dist\`, served by \`scripts/static-server.ts\`: every text file gzip-compressed
  (level 9, as a static host with precompressed files), README cache headers, \`/metiers\` from
  \`metiers.html\` (as static hosts do), \`index.html\` for the app's other addresses.
  (\`vite preview\` does not compress.)
- **Cold load.** Headless Chromium (Debian's), a fresh context per run (empty cache), 1280×800.
  An init script notes when the first result card of the app on \`/metiers\` enters the DOM
  (the app's own list, usable: the page drawn at build time is inert until the app replaces
  it); the next animation frame is "first results visible", in ms since navigation start. The
  frame that paints the drawn page's cards is noted apart; budgets apply to the app's list.
  Bytes = Resource Timing \`transferSize\` (compressed, headers included) of the responses that
  ended before that frame. Heap = \`Runtime.getHeapUsage\` after a forced GC, once the main
  thread has been idle (the title index is built in the first idle period). One discarded
  warm-up load, then the median of the runs. "CPU 4× slower" = DevTools
  \`Emulation.setCPUThrottlingRate(4)\`.
- **Interactions.** \`bench/session-script.ts\`: about 260 interactions on \`/metiers\` then
  \`/formations\` (real queries typed letter by letter, corrections, facet values ticked and
  unticked, "Tout effacer"), played with Playwright on the real UI. In the page, t0 is the
  \`timeStamp\` of the \`input\`/\`click\` event; a MutationObserver marks the first DOM commit where
  the filter chips show the new state (chips, count and results are one React commit): "input →
  DOM". "Next frame" is the following animation frame; "settled" is the last DOM change once the
  page has been quiet for 100 ms: the complete answer (a query whose words need a shard of the
  full-text index not loaded yet keeps its previous answer until the shard comes; the installed
  app reads ahead the shards of the next letter). The search's budget reads "settled" over the
  search box's interactions (letters, erasures, clearing); a filter's click is the list's own
  budget ("input → DOM"). Interactions are sequential (each waits for the previous one to settle).
- **Search on a cold page.** \`bench/search.ts\`: for each of ten queries, a fresh context (empty
  cache, no service worker) opens \`/metiers\`; the query is typed a key every 120 ms; a
  MutationObserver records each change of the answer (count line and first ten titles). "Last
  keystroke → complete answer" is the last change minus the last \`input\` event; keystrokes that
  changed the answer twice are counted; the shards' bytes are Resource Timing's
  \`encodedBodySize\` (gzip). Memory: \`Runtime.getHeapUsage\` after a forced GC, before and
  after the ten queries typed in one page.
- **Engines.** \`bench/peers/\`, a separate page built by Vite and served cross-origin isolated
  (5 µs timers), loads the same compiled index and builds, in the same page: the app's engine
  (\`CatalogSearch\`'s explorers + its own title index, \`src/search/title-index.ts\`, queried
  without the app's cache of the last query), itemsjs (facets, fed the ids of a MiniSearch index
  of the same fields with the same analyzer and options, as its documentation recommends: the
  same fiches match, a unit test checks it) and Orama (its own
  full-text index with the app's French analyzer as tokenizer, and its facets; disjunctive counts
  take one extra search per facet with a selection). Each replays the ~260 states (query +
  filters) the UI session went through, several times, the engines taking turns. A query's time
  covers the text search, the filters, the facet counts and the first page of results. Totals
  and facet counts are compared with the app's (Orama on states without text only, its text
  matching being different).
- **Lighthouse.** Lighthouse's default (mobile) configuration, on Debian's Chromium started by
  chrome-launcher, against the 1,152-fiche build; median of several runs.`;
