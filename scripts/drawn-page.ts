// What makes a page drawn at build time stand on its own: its head (title, description, the
// canonical address, the Open Graph tags that messaging apps read for a link's preview), and the
// sitemap that lists every page for search engines. Pure functions of text, tested in
// src/drawn-page.test.ts; scripts/vite-plugin-prerender.ts applies them.

export const APP_NAME = 'Explorateur des métiers';

/** Text for an HTML attribute or element. */
export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The site's public address (SITE_URL, e.g. https://metiers.example.fr): absolute addresses are
 * required by Open Graph's og:url and by sitemaps. Refused with a message unless it is an https
 * origin (http only for this machine, for the tests).
 */
export function siteOrigin(value: string | undefined): string | null {
  if (value === undefined || value.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`SITE_URL « ${value} » n'est pas une adresse (exemple : https://metiers.example.fr)`);
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (url.protocol !== 'https:' && !(local && url.protocol === 'http:'))
    throw new Error(`SITE_URL « ${value} » doit commencer par https://`);
  if (url.pathname !== '/' || url.search || url.hash)
    throw new Error(
      `SITE_URL « ${value} » doit être l'adresse du site seule, sans chemin (l'application est servie à la racine)`,
    );
  return url.origin;
}

export interface PageHead {
  /** The address of the page, from the root: "/metiers/MET.75". */
  path: string;
  title: string;
  /** null: the template's own. */
  description: string | null;
  site: string | null;
  /** A file the page's app will need first (the fiche's file of data), preloaded. */
  preload: string | null;
}

const DESCRIPTION = /<meta\s+name="description"\s+content="([^"]*)"\s*\/?>/;

/** The template's head, made the page's own. */
export function withHead(html: string, head: PageHead): string {
  const found = DESCRIPTION.exec(html);
  if (!found) throw new Error('prérendu : <meta name="description"> absent du modèle');
  const description = head.description === null ? found[1]! : escapeHtml(head.description);
  const url = head.site === null ? head.path : `${head.site}${head.path}`;
  const tags = [
    `<link rel="canonical" href="${escapeHtml(url)}" />`,
    `<meta property="og:type" content="website" />`,
    `<meta property="og:site_name" content="${APP_NAME}" />`,
    `<meta property="og:locale" content="fr_FR" />`,
    // The page's own name: the site's is og:site_name.
    `<meta property="og:title" content="${escapeHtml(head.title.replace(` · ${APP_NAME}`, ''))}" />`,
    `<meta property="og:description" content="${description}" />`,
    // Open Graph needs an absolute address: without the site's, no og:url.
    ...(head.site === null ? [] : [`<meta property="og:url" content="${escapeHtml(url)}" />`]),
    ...(head.preload === null
      ? []
      : [`<link rel="preload" as="fetch" crossorigin href="${escapeHtml(head.preload)}" />`]),
  ];
  return html
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(head.title)}</title>`)
    .replace(DESCRIPTION, `<meta name="description" content="${description}" />`)
    .replace(/\s*<\/head>/, `\n    ${tags.join('\n    ')}\n  </head>`);
}

/** sitemaps.org's format: every address, with the day the data was exported when known. */
export function sitemap(site: string, paths: readonly string[], lastModified: string | null): string {
  const lastmod = lastModified === null ? '' : `<lastmod>${lastModified}</lastmod>`;
  const urls = paths.map((path) => `  <url><loc>${escapeHtml(site + path)}</loc>${lastmod}</url>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

/** A sitemap holds 50,000 addresses at most (sitemaps.org). */
export const SITEMAP_LIMIT = 50_000;
