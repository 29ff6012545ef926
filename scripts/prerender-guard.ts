// The one inline script of the built pages. A page drawn at build time (index.html, metiers.html,
// formations.html) is only right for its own address without parameters; served for any other
// (a filtered list, an address the build did not draw, the offline fallback), it puts back the
// loading frame before the first paint, so nobody ever sees the wrong page. A fiche's page
// (`data-any-search`) has no parameters of its own: it is right whatever a link added to its
// address (`?fbclid=…`, `?utm_source=…`), which the app then drops. Allowed by its hash in the CSP (csp.ts).
import { createHash } from 'node:crypto';

export const PRERENDER_GUARD =
  "(function(){var r=document.getElementById('root'),p=r.getAttribute('data-page');" +
  'if(p!==location.pathname+location.search&&!(r.hasAttribute("data-any-search")&&p===location.pathname)){' +
  'r.removeAttribute("data-page");r.removeAttribute("inert");' +
  "r.replaceChildren(document.getElementById('app-shell').content.cloneNode(true))}})()";

export const PRERENDER_GUARD_HASH = `'sha256-${createHash('sha256').update(PRERENDER_GUARD).digest('base64')}'`;
