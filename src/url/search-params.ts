// Readable query strings: `?interets=j-aime-bouger,la-mode-me-fait-rever&niveau=4` rather than
// JSON. Every value reaches the routes as a string; their schemas decide what it means.

/** Repeated keys are joined like a list; keys such as `__proto__` stay plain data. */
export function parseSearch(searchStr: string): Record<string, unknown> {
  const params = new URLSearchParams(searchStr.startsWith('?') ? searchStr.slice(1) : searchStr);
  const values = new Map<string, string>();
  for (const [key, value] of params) {
    const previous = values.get(key);
    values.set(key, previous === undefined ? value : `${previous},${value}`);
  }
  return Object.fromEntries(values);
}

// Commas separate list items and are safe in a query string: keep them readable. Apostrophes
// are encoded, as browsers do in the address bar, so that the URL we write is the URL we read.
const encode = (text: string) => encodeURIComponent(text).replace(/%2C/gi, ',').replace(/'/g, '%27');

export function stringifySearch(search: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(search)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) parts.push(`${encode(key)}=${value.map((v) => encode(String(v))).join(',')}`);
    } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      parts.push(`${encode(key)}=${encode(String(value))}`);
    }
  }
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}
