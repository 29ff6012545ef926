// The options of `npm run bench` (`--help` lists them).
import { parseArgs } from 'node:util';

export const ALL_CORPORA = ['seeds', 'corpus', 'synthetic-3400', 'synthetic-34000'];

const HELP = `npm run bench -- [options]

  --corpora=a,b      among ${ALL_CORPORA.join(', ')} (default: all)
  --skip=a,b         steps to leave out: compile, cold, search, session, peers, lighthouse
  --compile-runs=N   compiler runs per corpus (default 3)
  --cold-runs=N      cold loads per corpus at full speed (default 5)
  --throttled-runs=N cold loads per corpus with the CPU 4× slower (default 3)
  --search-queries=N queries typed on a cold page (default 10; 2 with --smoke)
  --repeats=N        passes of the engines over the session's states (default 5)
  --lighthouse-runs=N  Lighthouse runs per page (default 3)
  --max-interactions=N  cut the session short
  --full-text-timeout=S seconds to wait for the full-text worker (default 600)
  --port=N           first port of the static servers (default 4300; 4300–4399)
  --smoke            seeds only, one run of everything, 30 interactions, no Lighthouse
  --no-md            do not write BENCHMARKS.md (a run of every corpus writes it)
`;

export interface Options {
  corpora: string[];
  skip: Set<string>;
  compileRuns: number;
  coldRuns: number;
  throttledRuns: number;
  searchQueries: number;
  repeats: number;
  lighthouseRuns: number;
  maxInteractions: number | undefined;
  fullTextTimeoutMs: number;
  port: number;
  smoke: boolean;
  writeMd: boolean;
}

export function options(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      corpora: { type: 'string' },
      skip: { type: 'string' },
      'compile-runs': { type: 'string' },
      'cold-runs': { type: 'string' },
      'throttled-runs': { type: 'string' },
      'search-queries': { type: 'string' },
      repeats: { type: 'string' },
      'lighthouse-runs': { type: 'string' },
      'max-interactions': { type: 'string' },
      'full-text-timeout': { type: 'string' },
      port: { type: 'string' },
      smoke: { type: 'boolean' },
      'no-md': { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    process.exit(0);
  }
  const smoke = values.smoke ?? false;
  const num = (v: string | undefined, fallback: number) => (v === undefined ? fallback : Number(v));
  const corpora = (values.corpora ?? (smoke ? 'seeds' : ALL_CORPORA.join(','))).split(',').filter(Boolean);
  for (const c of corpora) {
    if (!ALL_CORPORA.includes(c) && !/^synthetic-\d+$/.test(c)) throw new Error(`corpus inconnu : ${c}`);
  }
  const port = num(values.port, 4300);
  if (port < 4300 || port + corpora.length > 4399) throw new Error('ports 4300–4399 seulement');
  return {
    corpora,
    skip: new Set([...(values.skip ?? '').split(',').filter(Boolean), ...(smoke ? ['lighthouse'] : [])]),
    compileRuns: num(values['compile-runs'], smoke ? 1 : 3),
    coldRuns: num(values['cold-runs'], smoke ? 1 : 5),
    throttledRuns: num(values['throttled-runs'], smoke ? 1 : 3),
    /** Queries typed on a cold page (bench/search.ts); the CPU 4× run types the first three. */
    searchQueries: num(values['search-queries'], smoke ? 2 : 10),
    repeats: num(values.repeats, smoke ? 1 : 5),
    lighthouseRuns: num(values['lighthouse-runs'], 3),
    maxInteractions: values['max-interactions'] ? Number(values['max-interactions']) : smoke ? 30 : undefined,
    fullTextTimeoutMs: num(values['full-text-timeout'], 600) * 1000,
    port,
    smoke,
    writeMd: !values['no-md'] && !smoke && ALL_CORPORA.every((c) => corpora.includes(c)),
  };
}
