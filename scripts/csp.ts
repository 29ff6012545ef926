// The Content-Security-Policy of the built app: only its own scripts (and the one inline script
// whose hash is given), styles, data and workers.
// Delivered as a <meta> tag by the build (see vite.config.ts); deployers should also send it as
// a header, with `frame-ancestors 'none'`, which a <meta> tag cannot carry (README, Sécurité).
import { PRERENDER_GUARD_HASH } from './prerender-guard.ts';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${PRERENDER_GUARD_HASH}`,
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

export const CSP_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
