// The README tells deployers which Content-Security-Policy header to send. A header stricter than
// the build's policy would block the pages' one inline script (scripts/prerender-guard.ts); this
// keeps the two in step.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP_HEADER } from '../scripts/csp';

const readme = readFileSync(resolve(import.meta.dirname, '..', 'README.md'), 'utf8');

describe('deployment headers in the README', () => {
  it('give the build’s policy, as a header and in the Nginx example', () => {
    expect(readme).toContain(`Content-Security-Policy: ${CSP_HEADER}\n`);
    expect(readme).toContain(`add_header Content-Security-Policy "${CSP_HEADER}" always;`);
  });

  it('allow no inline script but the guard of the pages drawn at build time', () => {
    const scriptSrc = /script-src ([^;]*)/.exec(CSP_HEADER)![1]!.split(' ');
    expect(scriptSrc).toEqual(["'self'", expect.stringMatching(/^'sha256-[A-Za-z0-9+/]{43}='$/)]);
  });
});
