// Where the main thread's time goes: `npx tsx bench/profile.ts [--corpus=synthetic-3400]`
// builds the app unminified on a corpus already compiled by `npm run bench`, records CPU profiles
// of a cold load of /metiers and of the interaction session, and sums the time by source module
// (react-dom, the router, MiniSearch, src/search, …) using the module markers of the unminified
// bundle. Profiles go to bench-results/<corpus>/profile/ (open them in DevTools' Performance tab).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { CpuProfile } from './browser.ts';
import { launchBrowser, newContext } from './browser.ts';
import { buildApp } from './build.ts';
import { waitForIdle } from './cold-load.ts';
import { ROOT } from './compile.ts';
import { SELECTORS } from './selectors.ts';
import { serveStatic } from '../scripts/static-server.ts';
import { runSession } from './session.ts';

/** Line → module, from the `// node_modules/…` and `// src/…` markers of an unminified bundle. */
function moduleIndex(code: string): (line: number) => string {
  const markers: { line: number; module: string }[] = [];
  code.split('\n').forEach((text, line) => {
    const m = /^\/\/ (?:\\0)?((?:node_modules|src)\/\S+|rolldown\/runtime\.js)/.exec(text);
    if (m) markers.push({ line, module: m[1]! });
  });
  return (line) => {
    let lo = 0;
    let hi = markers.length - 1;
    let found = '(bundle)';
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (markers[mid]!.line <= line) {
        found = markers[mid]!.module;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}

/** Groups node_modules by package, keeps app files whole. */
function groupOf(module: string): string {
  const m = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(module);
  return m ? m[1]! : module;
}

export interface ProfileSummary {
  busyMs: number;
  byGroup: [string, number][];
  byFunction: [string, number][];
}

export function summarise(profile: CpuProfile, distDir: string): ProfileSummary {
  const indexes = new Map<string, (line: number) => string>();
  const moduleOf = (url: string, line: number): string => {
    if (!url) return '(native)';
    const path = new URL(url).pathname;
    if (!path.startsWith('/assets/')) return path;
    let index = indexes.get(path);
    if (!index) {
      index = moduleIndex(readFileSync(join(distDir, path), 'utf8'));
      indexes.set(path, index);
    }
    return index(line);
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const groups = new Map<string, number>();
  const functions = new Map<string, number>();
  let busy = 0;
  (profile.samples ?? []).forEach((id, i) => {
    const ms = (profile.timeDeltas?.[i] ?? 0) / 1000;
    const node = byId.get(id)!;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)' || functionName === '(program)') return;
    busy += ms;
    const module = functionName.startsWith('(') ? functionName : moduleOf(url, lineNumber);
    const group = groupOf(module);
    groups.set(group, (groups.get(group) ?? 0) + ms);
    const key = `${functionName || '(anonymous)'} — ${module}`;
    functions.set(key, (functions.get(key) ?? 0) + ms);
  });
  const top = (m: Map<string, number>, n: number) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, n) as [string, number][];
  return { busyMs: busy, byGroup: top(groups, 20), byFunction: top(functions, 25) };
}

function print(title: string, s: ProfileSummary) {
  const pct = (ms: number) => `${((100 * ms) / s.busyMs).toFixed(1).padStart(5)} %`;
  process.stdout.write(`\n${title}: ${s.busyMs.toFixed(0)} ms of main-thread work\n`);
  for (const [k, ms] of s.byGroup)
    process.stdout.write(`  ${ms.toFixed(0).padStart(7)} ms ${pct(ms)}  ${k}\n`);
  process.stdout.write('  top functions (self time):\n');
  for (const [k, ms] of s.byFunction)
    process.stdout.write(`  ${ms.toFixed(0).padStart(7)} ms ${pct(ms)}  ${k}\n`);
}

async function main() {
  const { values } = parseArgs({
    options: { corpus: { type: 'string' }, port: { type: 'string' }, interactions: { type: 'string' } },
  });
  const corpus = values.corpus ?? 'synthetic-3400';
  const dir = join(ROOT, 'bench-results', corpus);
  const out = join(dir, 'profile');
  const distDir = join(out, 'dist');
  mkdirSync(out, { recursive: true });
  process.stderr.write(`build non minifié de ${corpus}…\n`);
  await buildApp(join(dir, 'catalog'), distDir, ['--minify', 'false']);
  const server = await serveStatic([{ prefix: '/', dir: distDir }], Number(values.port ?? 4398), {
    encoding: 'gzip',
  });
  const browser = await launchBrowser();
  try {
    // Cold load, profiled from navigation to idle.
    const context = await newContext(browser);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(`${server.url}/metiers`);
    await page.locator(SELECTORS.appResult).first().waitFor({ timeout: 120_000 });
    await page.evaluate(waitForIdle);
    const load = (await cdp.send('Profiler.stop')).profile as CpuProfile;
    await context.close();
    writeFileSync(join(out, 'cold-load.cpuprofile'), JSON.stringify(load));
    print(`Cold load of /metiers (${corpus}, to idle)`, summarise(load, distDir));

    process.stderr.write('session profilée…\n');
    const session = await runSession(browser, server.url, {
      commitTimeoutMs: 15_000,
      quietMs: 100,
      fullTextTimeoutMs: 600_000,
      maxInteractions: values.interactions ? Number(values.interactions) : undefined,
      profile: true,
    });
    writeFileSync(join(out, 'session.cpuprofile'), JSON.stringify(session.profile));
    print(
      `Interaction session (${corpus}, ${session.interactions.length} interactions)`,
      summarise(session.profile!, distDir),
    );
    process.stdout.write(`\n→ ${out}\n`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
