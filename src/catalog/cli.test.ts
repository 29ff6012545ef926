// The compiler's command line, run as `npm run catalog` runs it.
import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, hasCorpus, ROOT, SEEDS_DIR } from '../test-support/fiches';
import { ManifestSchema } from './schema';

function catalog(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'run-catalog.mjs'), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr.trimEnd().split('\n') };
}

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'fiches-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const GOOD = readFileSync(join(SEEDS_DIR, '001_a136b483e6e6a171.txt'));

describe('npm run catalog -- inspect DIR', () => {
  it('prints every record of the seeds as one JSON object per line, and nothing else, on stdout', () => {
    const run = catalog(['inspect', SEEDS_DIR]);
    expect(run.status).toBe(0);
    const records = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(records.map((r) => r.id)).toEqual(['MET.895', 'bac-pro-microtechniques', 'FOR.11072']);
    // Whole records: index fields and full text together.
    expect(records[0].sections.length).toBe(8);
    expect(run.stderr.at(-1)).toMatch(
      /^3 fiche\(s\) compilée\(s\) : 1 métiers, 2 formations · 0 erreur\(s\), 9 avertissement\(s\) · [\d,]+ s$/,
    );
  });

  it.runIf(hasCorpus)('prints the 1,152 records of the corpus', () => {
    const run = catalog(['inspect', CORPUS_DIR]);
    expect(run.status).toBe(0);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1152);
  });

  it('exits with status 1 and path:line messages for bad fiches', () => {
    const dir = folder({
      'ok.txt': GOOD,
      'bad.md': '# sans type\n\nDu texte.\n',
      'latin1.txt': new Uint8Array([0x23, 0x20, 0xe9]),
    });
    const run = catalog(['inspect', dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `${join(dir, 'bad.md')}:1: erreur: type de fiche non reconnaissable : ni « **ID:** MET.<n> » (métier) ni « ## Informations générales » avec « **Type:** » (formation)`,
    );
    expect(
      run.stderr.some((l) => l.startsWith(`${join(dir, 'latin1.txt')}:1: erreur: octets invalides en UTF-8`)),
    ).toBe(true);
  });
});

describe('npm run catalog', () => {
  it('writes content-hashed files and a manifest that names them, the same for the same fiches', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'catalog-')), 'catalog');
    const first = catalog([], { CATALOG_OUT_DIR: out });
    expect(first.status).toBe(0);
    expect(first.stderr.at(-1)).toMatch(
      /^catalogue construit depuis seeds : 1 métiers, 2 formations · « Idéo-Fiches métiers et Idéo-Fiches formations, Onisep, export du 21\/10\/2025, sous licence ODbL » · 0 erreur\(s\), 9 avertissement\(s\) dont 9 référence\(s\) non résolue\(s\) · index .* Ko \(gzip .* Ko, soit .* gzip pour 1 000 fiches\) · résumés des cartes .* Ko \(gzip .* Ko\), chargés après les premiers résultats · 1 paquets de fiches, .* Ko au total · index du texte en \d+ morceaux, .* Ko au total · → .* · [\d,]+ s$/,
    );
    const manifest = ManifestSchema.parse(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')));
    expect(manifest.counts).toEqual({ metier: 1, formation: 2 });
    expect(manifest.source).toEqual({
      dataset: 'Idéo-Fiches métiers et Idéo-Fiches formations',
      publisher: 'Onisep',
      exported: '2025-10-21',
    });
    expect(manifest.index).toMatch(/^index\.[0-9a-f]{12}\.json$/);
    expect(manifest.summaries).toMatch(/^summaries\.[0-9a-f]{12}\.json$/);
    expect(manifest.chunks.every((c) => /^fiches-\d+\.[0-9a-f]{12}\.json$/.test(c))).toBe(true);
    expect(manifest.text.shards.length).toBeGreaterThan(0);
    expect(manifest.text.shards.every((c) => /^texte-\d+\.[0-9a-f]{12}\.json$/.test(c))).toBe(true);
    expect(readdirSync(out).sort()).toEqual(
      [
        manifest.index,
        manifest.summaries,
        ...manifest.chunks,
        ...manifest.text.shards,
        'manifest.json',
      ].sort(),
    );

    const again = catalog([], { CATALOG_OUT_DIR: out });
    expect(again.status).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'))).toEqual(manifest);
  });

  it('takes the export’s date from CATALOG_EXPORTED or source.json, warns when it has none, and stops on a bad one', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'catalog-')), 'catalog');
    const manifest = () => ManifestSchema.parse(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')));
    const bare = folder({ 'ok.txt': GOOD });
    const undated = catalog([], { CATALOG_OUT_DIR: out, SEEDS_DIR: bare, CATALOG_EXPORTED: '' });
    expect(undated.status).toBe(0);
    expect(undated.stderr).toContainEqual(
      expect.stringMatching(
        /source\.json:1: avertissement: date d'export inconnue : la licence ODbL demande de la citer/,
      ),
    );
    expect(manifest().source.exported).toBeNull();

    expect(
      catalog([], { CATALOG_OUT_DIR: out, SEEDS_DIR: bare, CATALOG_EXPORTED: '2026-01-15' }).status,
    ).toBe(0);
    expect(manifest().source.exported).toBe('2026-01-15');

    const before = readFileSync(join(out, 'manifest.json'), 'utf8');
    const bad = folder({ 'ok.txt': GOOD, 'source.json': '{"exported": "hier"}' });
    const run = catalog([], { CATALOG_OUT_DIR: out, SEEDS_DIR: bad, CATALOG_EXPORTED: '' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `${join(bad, 'source.json')}:1: erreur: champ « exported » : une date AAAA-MM-JJ`,
    );
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe(before);
  });

  it('leaves the previous bundle intact when a fiche is bad', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'catalog-')), 'catalog');
    expect(catalog([], { CATALOG_OUT_DIR: out }).status).toBe(0);
    const before = readdirSync(out).sort();
    const manifest = readFileSync(join(out, 'manifest.json'), 'utf8');

    const dir = folder({ 'ok.txt': GOOD, 'dup.txt': GOOD });
    const run = catalog([], { CATALOG_OUT_DIR: out, SEEDS_DIR: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `${join(dir, 'dup.txt')}:1: erreur: identifiant « MET.895 » en double (aussi : ${join(dir, 'ok.txt')})`,
    );
    // The last line is the summary, and says that nothing was written.
    expect(run.stderr.at(-1)).toMatch(
      /^catalogue NON construit depuis .* · \d+ erreur\(s\), .* · rien n'a été écrit : le catalogue précédent .* est intact · [\d,]+ s$/,
    );
    expect(readdirSync(out).sort()).toEqual(before);
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe(manifest);
  });

  it('follows symbolic links, and reports a fiche it cannot read with its path', () => {
    const real = folder({ 'metier.txt': GOOD });
    const dir = folder({});
    symlinkSync(real, join(dir, 'lien-vers-dossier'));
    symlinkSync(join(real, 'metier.txt'), join(dir, 'lien.md'));
    const inspected = catalog(['inspect', dir]);
    // The same fiche twice, through two links: found both times, hence a duplicate id.
    expect(inspected.stderr.some((l) => l.includes('identifiant « MET.895 » en double'))).toBe(true);

    const broken = folder({ 'metier.txt': GOOD });
    symlinkSync(join(broken, 'disparue.txt'), join(broken, 'cassee.md'));
    const run = catalog(['inspect', broken]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `${join(broken, 'cassee.md')}:1: erreur: fichier introuvable (lien symbolique cassé ?)`,
    );
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
  });

  it('refuses a missing or empty seeds folder with a clear message', () => {
    const missing = catalog([], {
      SEEDS_DIR: '/nonexistent/fiches',
      CATALOG_OUT_DIR: join(tmpdir(), 'unused'),
    });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toEqual([
      'catalogue : erreur : dossier de fiches introuvable : /nonexistent/fiches',
    ]);

    const empty = mkdtempSync(join(tmpdir(), 'vide-'));
    mkdirSync(join(empty, 'sub'));
    writeFileSync(join(empty, 'notes.pdf'), 'x');
    const run = catalog([], { SEEDS_DIR: empty, CATALOG_OUT_DIR: join(tmpdir(), 'unused') });
    expect(run.status).toBe(1);
    expect(run.stderr).toEqual([`catalogue : erreur : aucune fiche (.md ou .txt) dans ${empty}`]);
  });
});

describe('the compiler as npm run catalog runs it (scripts/run-catalog.mjs)', () => {
  it('runs the compiler bundled, bundles it again when any module it imports changes, and not otherwise', () => {
    // A project of its own inside this one (esbuild is found in this project's node_modules),
    // whose compiler prints what one of its modules says.
    const project = mkdtempSync(join(ROOT, 'node_modules', '.cache', 'run-catalog-test-'));
    const scripts = join(project, 'scripts');
    mkdirSync(scripts);
    writeFileSync(join(scripts, 'run-catalog.mjs'), readFileSync(join(ROOT, 'scripts', 'run-catalog.mjs')));
    writeFileSync(
      join(scripts, 'catalog.ts'),
      "import { said } from './said';\nprocess.stdout.write(said);\n",
    );
    writeFileSync(join(scripts, 'text-index-worker.ts'), '');
    const say = (text: string) =>
      writeFileSync(join(scripts, 'said.ts'), `export const said: string = '${text}';\n`);
    const run = () => spawnSync(process.execPath, [join(scripts, 'run-catalog.mjs')], { encoding: 'utf8' });
    const bundles = () =>
      readdirSync(join(project, 'node_modules', '.cache', 'catalog')).filter((n) => n !== 'sources.json');
    try {
      say('un');
      expect(run().stdout).toBe('un');
      say('deux');
      expect(run().stdout).toBe('deux');
      expect(bundles()).toHaveLength(2);
      // Nothing changed: the bundle is run as it is (bundling again rewrites the list of sources).
      const sources = () => statSync(join(project, 'node_modules', '.cache', 'catalog', 'sources.json')).ino;
      const before = sources();
      expect(run().stdout).toBe('deux');
      expect(sources()).toBe(before);
      expect(bundles()).toHaveLength(2);
      say('un');
      expect(run().stdout).toBe('un');
      expect(bundles()).toHaveLength(2);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});
