// Text normalisation shared by the compiler, the search index and the app.

const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss' };
const LIGATURE_RE = /[œŒæÆß]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
// Typographic apostrophes and quotes that fiches use interchangeably with the ASCII one.
const APOSTROPHES = /[\u2018\u2019\u02bc\u2032`´]/g;

/** The definition of folding: what `fold` computes, more slowly. */
export function foldSlowly(text: string): string {
  return text
    .replace(LIGATURE_RE, (c) => LIGATURES[c] ?? c)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(APOSTROPHES, "'")
    .toLowerCase();
}

// Folding char by char from a table gives the same result as `foldSlowly` for the letters of
// French and its neighbours (Latin-1 and Latin Extended-A and -B, and the apostrophes); any
// other character (a combining mark, another script) takes the slow path. Search indexes fold
// every word of every fiche: Unicode normalisation was most of their build time.
const FOLD_TABLE = new Map<number, string>();
// And the punctuation of French prose (dashes, ellipsis, narrow spaces, €): one of them sent a
// whole section down the slow path.
for (const [from, to] of [
  [0x80, 0x24f],
  [0x2000, 0x206f],
  [0x20a0, 0x20cf],
]) {
  for (let code = from!; code <= to!; code++) FOLD_TABLE.set(code, foldSlowly(String.fromCharCode(code)));
}
for (const c of ['\u2018', '\u2019', '\u02bc', '\u2032']) FOLD_TABLE.set(c.charCodeAt(0), "'");
const BACKTICK = /`/g;
/**
 * The same table as char codes, for the characters that fold to one (ASCII's included, the
 * backtick an apostrophe); 0 for the others, looked up in FOLD_TABLE.
 */
const FOLD_CODE = new Uint16Array(0x2100);
for (let code = 1; code < 0x80; code++) FOLD_CODE[code] = code === 0x60 ? 0x27 : code;
for (const [code, folded] of FOLD_TABLE) if (folded.length === 1) FOLD_CODE[code] = folded.charCodeAt(0);
/**
 * From this length, `fold` writes into a typed array: three times faster on the sections of a
 * fiche (joined pieces made most of the cost), slower on a title or a query.
 */
const FOLD_INTO_ARRAY = 64;

/**
 * Folds case, accents and ligatures, and unifies apostrophes, so that
 * "Électricien", "electricien" and "ÉLECTRICIEN" compare equal, and "œuvre" equals "oeuvre".
 */
export function fold(text: string): string {
  if (text.length >= FOLD_INTO_ARRAY) return foldIntoArray(text);
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    const folded = FOLD_TABLE.get(code);
    if (folded === undefined) return foldSlowly(text);
    out += text.slice(from, i) + folded;
    from = i + 1;
  }
  out = from === 0 ? text : out + text.slice(from);
  return out.replace(BACKTICK, "'").toLowerCase();
}

/**
 * Beyond this length (only hostile fiches reach it), building a string from hundreds of thousands
 * of pieces, by concatenation or by a global `replace`, costs V8 more than linear time: such
 * texts take loops over typed arrays, which give the same result in linear time.
 */
const LONG_TEXT = 65_536;
const utf16 = new TextDecoder('utf-16le');

/** Where `foldIntoArray` writes, kept from call to call: a new array for each text made garbage. */
let folding = new Uint16Array(4096);

/** `fold`, written into a typed array: in linear time whatever the text's length. */
function foldIntoArray(text: string): string {
  if (folding.length < text.length * 2) folding = new Uint16Array(text.length * 2);
  const out = folding;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const single = code < FOLD_CODE.length ? FOLD_CODE[code]! : 0;
    if (single !== 0) {
      out[n++] = single;
      continue;
    }
    const folded = FOLD_TABLE.get(code);
    if (folded === undefined) return foldSlowly(text);
    for (let k = 0; k < folded.length; k++) out[n++] = folded.charCodeAt(k);
  }
  return utf16.decode(out.subarray(0, n)).toLowerCase();
}

/** Each run of characters other than a–z and 0–9 → one dash, none at either end. */
function dashed(folded: string): string {
  if (folded.length <= LONG_TEXT) return folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const out = new Uint16Array(folded.length);
  let n = 0;
  let gap = false;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      if (gap && n > 0) out[n++] = 0x2d;
      gap = false;
      out[n++] = c;
    } else gap = true;
  }
  return utf16.decode(out.subarray(0, n));
}

const SPACES_TO_COLLAPSE = /\s\s|[^\S ]/;
const SPACE = /\s/;

/** `collapseSpaces` of a long text, in linear time. */
function collapseLong(text: string): string {
  const out = new Uint16Array(text.length);
  let n = 0;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // The same whitespace as `\s`: ASCII's quickly, the others by the regular expression.
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c > 0x7f && SPACE.test(text.charAt(i)))) gap = true;
    else {
      if (gap && n > 0) out[n++] = 0x20;
      gap = false;
      out[n++] = c;
    }
  }
  return utf16.decode(out.subarray(0, n));
}

/** Collapses every run of whitespace (NBSP included) to one space and trims. */
export function collapseSpaces(text: string): string {
  // Most text has single ASCII spaces only: one scan is far cheaper than rebuilding the string,
  // whose cost grows faster than its length on megabyte lines of short words.
  if (!SPACES_TO_COLLAPSE.test(text)) return text.trim();
  return text.length > LONG_TEXT ? collapseLong(text) : text.replace(/\s+/g, ' ').trim();
}

/** The key that identifies a label whatever its case, accents or spacing. */
export function labelKey(text: string): string {
  return collapseSpaces(fold(text));
}

const SLUG_LENGTH = 80;

/**
 * A stable, URL-safe identifier made from a title: "BTS métiers de l'eau" → "bts-metiers-de-l-eau".
 * Long titles are cut and end with a hash of the whole title, so two titles that share their
 * first 80 characters still get different slugs.
 */
export function slugify(text: string): string {
  const slug = dashed(fold(text));
  if (slug === '') return 'sans-titre';
  if (slug.length <= SLUG_LENGTH) return slug;
  return `${slug.slice(0, SLUG_LENGTH).replace(/-+$/, '')}-${fnv1a(slug).toString(36)}`;
}

/** FNV-1a, 32 bits: a small, stable, non-cryptographic hash of a string. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Upper-cases the first letter, for labels that the sources write in lower case. */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);
}
