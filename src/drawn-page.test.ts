// The head of a page drawn at build time, and the sitemap (scripts/drawn-page.ts): what search
// engines and link previews read without running the app.
import { describe, expect, it } from 'vitest';
import { sitemap, siteOrigin, withHead } from '../scripts/drawn-page';

const TEMPLATE = `<!doctype html>
<html lang="fr">
  <head>
    <meta
      name="description"
      content="L'app par défaut."
    />
    <title>Explorateur des métiers</title>
  </head>
  <body><div id="root"></div></body>
</html>`;

const head = {
  path: '/metiers/MET.75',
  title: 'vétérinaire · Explorateur des métiers',
  description: 'Soigner les animaux "de compagnie" & <autres>.',
  site: 'https://metiers.example.fr',
  preload: '/catalog/fiches-3.abc.json',
};

describe('the head of a drawn page', () => {
  it('names the page, describes it and gives its canonical address to search engines and previews', () => {
    const html = withHead(TEMPLATE, head);
    expect(html).toContain('<title>vétérinaire · Explorateur des métiers</title>');
    const description = 'Soigner les animaux &quot;de compagnie&quot; &amp; &lt;autres&gt;.';
    expect(html).toContain(`<meta name="description" content="${description}" />`);
    expect(html).not.toContain("L'app par défaut.");
    expect(html).toContain('<link rel="canonical" href="https://metiers.example.fr/metiers/MET.75" />');
    expect(html).toContain('<meta property="og:title" content="vétérinaire" />');
    expect(html).toContain(`<meta property="og:description" content="${description}" />`);
    expect(html).toContain('<meta property="og:url" content="https://metiers.example.fr/metiers/MET.75" />');
    expect(html).toContain('<link rel="preload" as="fetch" crossorigin href="/catalog/fiches-3.abc.json" />');
    // Once each, inside the head.
    expect(html.match(/rel="canonical"/g)).toHaveLength(1);
    expect(html.indexOf('og:url')).toBeLessThan(html.indexOf('</head>'));
  });

  it('keeps the app’s description for a page without one; without the site, a relative canonical and no og:url', () => {
    const html = withHead(TEMPLATE, { ...head, description: null, site: null, preload: null });
    expect(html).toContain(`<meta name="description" content="L'app par défaut." />`);
    expect(html).toContain(`<meta property="og:description" content="L'app par défaut." />`);
    expect(html).toContain('<link rel="canonical" href="/metiers/MET.75" />');
    expect(html).not.toContain('og:url');
    expect(html).not.toContain('rel="preload"');
  });

  it('refuses a template without a description to replace', () => {
    expect(() => withHead('<head><title>x</title></head>', head)).toThrow(/description/);
  });
});

describe('SITE_URL', () => {
  it('is an https origin, or nothing', () => {
    expect(siteOrigin(undefined)).toBeNull();
    expect(siteOrigin(' ')).toBeNull();
    expect(siteOrigin('https://metiers.example.fr/')).toBe('https://metiers.example.fr');
    expect(siteOrigin('http://localhost:4174')).toBe('http://localhost:4174');
    expect(() => siteOrigin('http://metiers.example.fr')).toThrow(/https:\/\//);
    expect(() => siteOrigin('metiers.example.fr')).toThrow(/n'est pas une adresse/);
    expect(() => siteOrigin('https://example.fr/metiers')).toThrow(/sans chemin/);
  });
});

describe('the sitemap', () => {
  it('lists every address, absolute, with the day of the export', () => {
    const xml = sitemap('https://m.example.fr', ['/', '/metiers/MET.75', '/formations/a&b'], '2025-10-21');
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset')).toBe(true);
    expect(xml.match(/<url>/g)).toHaveLength(3);
    expect(xml).toContain(
      '<url><loc>https://m.example.fr/metiers/MET.75</loc><lastmod>2025-10-21</lastmod></url>',
    );
    expect(xml).toContain('<loc>https://m.example.fr/formations/a&amp;b</loc>');
    expect(sitemap('https://m.example.fr', ['/'], null)).not.toContain('lastmod');
  });
});
