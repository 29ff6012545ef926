// Hostile URLs: whatever is typed or shared, the page renders, nothing breaks, and the URL is
// rewritten to its canonical form.
import { expect, test } from './support';

const PATHS = [
  '/',
  '/metiers',
  '/formations',
  '/recherche',
  '/favoris',
  '/comparer',
  '/metiers/MET.895',
  '/formations/FOR.11072',
  '/formations/bac-pro-microtechniques',
  '/metiers/MET.0',
  '/formations/inconnue',
  '/metiers/..%2F..%2Fetc%2Fpasswd',
  '/metiers/MET.895/en-trop',
  '/formations/%E0%A4%A',
  '/pas/une/page',
  '/metiers/%2e%2e',
  '/.well-known/x.json',
  `/metiers/${'x'.repeat(2000)}`,
  '/formations/FOR.11072%00',
  '/recherche/',
];

const QUERIES = [
  '',
  '?q=gaz',
  `?q=${'a'.repeat(5000)}`,
  '?q=%',
  '?q=%E0%A4%A',
  '?q=<script>alert(1)</script>',
  '?q=a&q=b',
  '?interets=j-aime-bouger',
  '?interets=j-aime-bouger&interets=j-aime-bouger',
  '?interets[]=x&interets[0]=y',
  '?interets=%00,../..,INCONNU',
  '?__proto__=x',
  '?__proto__[polluted]=1&constructor[prototype][polluted]=1',
  '?constructor=y&toString=z&hasOwnProperty=1',
  '?tri=1&tri=alpha',
  '?tri=salaire',
  '?niveau=abc,4,,99,-1,4',
  '?duree=3.5e9,Infinity,NaN',
  '?statut=%00%01',
  '?salaire=3000-plus,,moins-1900,%00,9999',
  `?type=${'a,'.repeat(2000)}`,
  '?ids=MET.895,../../x,FOR.11072',
  `?ids=${'MET.1,'.repeat(3000)}`,
  '?x=1&y=2&=3&&',
  '?q=oeuvre&niveau=4&tri=alpha&inconnu=1',
  '#ancre?q=1',
  '?%ZZ=1&q=%ZZ',
];

const ALLOWED_KEYS: Record<string, string[]> = {
  '/': ['interets'],
  '/metiers': ['q', 'interets', 'niveau', 'duree', 'salaire', 'statut', 'tri'],
  '/formations': ['q', 'interets', 'type', 'niveau', 'duree', 'tri'],
  '/recherche': ['q'],
  '/favoris': ['ids'],
  '/comparer': ['ids'],
};

const URLS = PATHS.flatMap((path) => QUERIES.map((query) => `${path}${query}`));
const SHARDS = 4;

test('at least 500 URLs are tried', () => {
  expect(URLS.length).toBeGreaterThanOrEqual(500);
});

for (let shard = 0; shard < SHARDS; shard++) {
  test(`hostile URLs render and become canonical (part ${shard + 1}/${SHARDS})`, async ({ page }) => {
    test.setTimeout(300_000);
    const polluted: string[] = [];
    for (const [i, url] of URLS.entries()) {
      if (i % SHARDS !== shard) continue;
      await page.goto(url);
      await expect(page.locator('main h1'), url).toBeVisible();
      // The canonical rewrite has happened once the URL stops changing.
      let current = page.url();
      for (let tries = 0; tries < 10; tries++) {
        await page.waitForTimeout(40);
        if (page.url() === current) break;
        current = page.url();
      }
      const final = new URL(current);
      const allowed = ALLOWED_KEYS[final.pathname.replace(/\/$/, '') || '/'] ?? [];
      const keys = [...final.searchParams.keys()];
      expect(
        keys.filter((k) => !allowed.includes(k)),
        `${url} → ${final.search}`,
      ).toEqual([]);
      expect(new Set(keys).size, `${url}: keys appear once`).toBe(keys.length);
      for (const key of ['interets', 'niveau', 'duree', 'statut', 'type']) {
        for (const value of final.searchParams.get(key)?.split(',') ?? [])
          expect(value).toMatch(/^[a-z0-9][a-z0-9.-]*$/);
      }
      const ids = final.searchParams.get('ids')?.split(',') ?? [];
      for (const id of ids) expect(id, `${url} → ${final.search}`).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]*$/);
      expect(new Set(ids).size, `${url}: each id once`).toBe(ids.length);
      if (await page.evaluate(() => ({}) as Record<string, unknown>).then((o) => 'polluted' in o))
        polluted.push(url);
      // Canonical means stable: opening the rewritten URL leaves it as it is.
      if (i % 10 === 0) {
        await page.goto(current);
        await expect(page.locator('main h1')).toBeVisible();
        await page.waitForTimeout(80);
        expect(page.url(), `${url} is canonical as ${current}`).toBe(current);
      }
    }
    expect(polluted).toEqual([]);
  });
}

test('a few hostile URLs and their canonical forms', async ({ page }) => {
  for (const [url, canonical] of [
    // Repeated keys are read as one list: `tri=1,alpha` is no sort order.
    ['/metiers?tri=1&tri=alpha&inconnu=1', '/metiers'],
    ['/metiers?interets=j-aime-bouger&interets=j-aime-bouger', '/metiers?interets=j-aime-bouger'],
    ['/metiers?niveau=abc,4,,99,-1,4', '/metiers?niveau=4'],
    ['/formations?tri=salaire&q=bac', '/formations?q=bac'],
    ['/?__proto__=x&interets=j-aime-bouger', '/?interets=j-aime-bouger'],
    ['/?interets=inconnu,j-aime-bouger', '/?interets=j-aime-bouger'],
    ['/favoris?ids=MET.895,../../x,MET.895,%3Cb%3E', '/favoris?ids=MET.895'],
    ['/comparer?ids=MET.895,,FOR.11072,MET.895', '/comparer?ids=MET.895,FOR.11072'],
    ['/metiers/MET.895?q=1&x=2', '/metiers/MET.895'],
    ['/pas/une/page?q=1', '/pas/une/page'],
    ['/recherche?q=a&q=b', '/recherche?q=a,b'],
  ]) {
    await page.goto(url!);
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page).toHaveURL(canonical!);
  }
});
