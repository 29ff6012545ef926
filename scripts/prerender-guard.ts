// The one inline script of the built pages. A page drawn at build time (index.html, metiers.html,
// formations.html) is only right for its own address without parameters; served for any other
// (a fiche, a filtered list, the offline fallback), it puts back the loading frame before the
// first paint, so nobody ever sees the wrong page. Allowed by its hash in the CSP (csp.ts).
import { createHash } from 'node:crypto';

export const PRERENDER_GUARD =
  "(function(){var r=document.getElementById('root');" +
  'if(r.getAttribute("data-page")!==location.pathname+location.search){' +
  'r.removeAttribute("data-page");r.removeAttribute("inert");' +
  "r.replaceChildren(document.getElementById('app-shell').content.cloneNode(true))}})()";

export const PRERENDER_GUARD_HASH = `'sha256-${createHash('sha256').update(PRERENDER_GUARD).digest('base64')}'`;
