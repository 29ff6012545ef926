// Headless Chromium for the benchmark: Debian's build (Playwright cannot download its own here),
// with the flags this machine requires, plus two that make memory measurable from a page.
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { CHROMIUM_FLAGS, SYSTEM_CHROMIUM } from '../e2e/chromium.ts';

// As the end-to-end tests, with Playwright's own browser named when there is no other.
export const CHROMIUM_PATH = SYSTEM_CHROMIUM ?? chromium.executablePath();
export { CHROMIUM_FLAGS };

/** Marks this run's browser process, to find it (and its renderers) in /proc. */
const MARKER = `--bench-run=${process.pid}-${Date.now()}`;

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium introuvable : ${CHROMIUM_PATH} (CHROMIUM_PATH)`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      ...CHROMIUM_FLAGS,
      // performance.memory without quantisation, and gc() in pages, for the peers page.
      '--enable-precise-memory-info',
      '--js-flags=--expose-gc',
      MARKER,
    ],
  });
}

function readProc(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/**
 * Resident memory of this run's Chromium: the browser process found by its marker flag, and
 * every process below it. `largest` is the biggest one, normally the page's renderer (which
 * also holds its Web Workers). Null outside Linux.
 */
export function chromiumMemory(): { totalBytes: number; largestBytes: number } | null {
  if (!existsSync('/proc/self/status')) return null;
  const parentOf = new Map<number, number>();
  let root: number | null = null;
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const pid = Number(name);
    const stat = readProc(`/proc/${pid}/stat`);
    if (!stat) continue;
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    parentOf.set(pid, ppid);
    if (root === null && readProc(`/proc/${pid}/cmdline`)?.includes(MARKER)) root = pid;
  }
  if (root === null) return null;
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid, depth = 0; p && depth < 20; p = parentOf.get(p), depth++) {
      if (p === root) return true;
    }
    return false;
  };
  let totalBytes = 0;
  let largestBytes = 0;
  for (const pid of parentOf.keys()) {
    if (!inTree(pid)) continue;
    const kb = /VmRSS:\s+(\d+) kB/.exec(readProc(`/proc/${pid}/status`) ?? '')?.[1];
    const bytes = kb ? Number(kb) * 1024 : 0;
    totalBytes += bytes;
    largestBytes = Math.max(largestBytes, bytes);
  }
  return { totalBytes, largestBytes };
}

/**
 * A fresh context (empty cache, no service worker) with a desktop viewport, so that the facet
 * panel is visible. tsx compiles the functions this benchmark sends into pages with esbuild's
 * `keepNames`, which calls a `__name` helper: pages get a harmless one.
 */
export async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
  await context.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
  return context;
}

/** A V8 CPU profile as DevTools' Profiler domain returns it (the part the benchmark reads). */
export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    children?: number[];
  }[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}
