// « Écouter la fiche »: what is read aloud, in which order, cut into what pieces. Plain logic: the
// speech itself is speech-reader.ts, the buttons ListenToFiche.tsx.
import type { Block, Fiche, ListItem } from '../../catalog/schema';

/** One section of the fiche as it is read: the line that identifies its heading, what is said. */
export interface ReadingPart {
  /** The section's `line` (its heading's id is `section-${line}`). */
  line: number;
  /** The section's title; empty for the text before the first heading. */
  title: string;
  /** The pieces handed to the voice one after the other, none longer than MAX_UTTERANCE. */
  utterances: string[];
}

/**
 * Chrome stops an utterance after about 15 s (a network voice says nothing more, and its end
 * never comes): 200 characters of French are about 12 s at the normal rate.
 */
export const MAX_UTTERANCE = 200;

// Inclusive writing, « technicien/ne », « conseiller/ère », « il/elle »: a voice reads the slash
// (« technicien barre oblique ne »). The first form is read; the page's title line gives both.
// The endings are those the corpus uses after a slash; « /ou », « /bac » and addresses are kept.
const INCLUSIVE_ENDING = /(\p{L})\/(?:e|es|ne|nes|fe|le|les|ve|ive|ère|ière|trice|rice|euse|se)(?!\p{L})/gu;
const IL_ELLE = /\b([Ii]ls?)\/elles?(?!\p{L})/gu;

/** The text as a voice should say it: spaces collapsed, inclusive endings dropped. */
export function spokenText(text: string): string {
  return text
    .replace(IL_ELLE, (_, il: string) => `${il} ou ${il.endsWith('s') ? 'elles' : 'elle'}`)
    .replace(INCLUSIVE_ENDING, '$1')
    .replace(/[ \t\r\f\v]+/g, ' ')
    .trim();
}

// Where a text may be cut, from the best place to the worst: after the end of a sentence, after
// a comma, semicolon or colon, between two words. (Split by hand: a regular expression that
// looks behind would not even load on Safari before 16.4.)
const CUT_AFTER = ['.!?…', ',;:', null] as const;

function splitAfter(text: string, ends: string | null): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (const space of text.matchAll(/ +/g)) {
    const before = text[space.index - 1] ?? '';
    if (ends === null || ends.includes(before)) {
      pieces.push(text.slice(start, space.index));
      start = space.index + space[0].length;
    }
  }
  pieces.push(text.slice(start));
  return pieces.filter((piece) => piece !== '');
}

/** Pieces of one line of text, each at most `max` long, cut at the best places that allow it. */
function cut(text: string, max: number, level: number): string[] {
  if (text.length <= max) return [text];
  const ends = CUT_AFTER[level];
  if (ends === undefined) {
    // A word longer than an utterance (an address, a code): cut anywhere.
    const pieces: string[] = [];
    for (let i = 0; i < text.length; i += max) pieces.push(text.slice(i, i + max));
    return pieces;
  }
  // Short pieces are put back together: each utterance costs a pause of the voice.
  const out: string[] = [];
  let current = '';
  for (const piece of splitAfter(text, ends)) {
    if (piece.length > max) {
      if (current) out.push(current);
      current = '';
      out.push(...cut(piece, max, level + 1));
    } else if (current && current.length + 1 + piece.length > max) {
      out.push(current);
      current = piece;
    } else {
      current = current ? `${current} ${piece}` : piece;
    }
  }
  if (current) out.push(current);
  return out;
}

/** A text (lines apart: a `<br/>` of the source is a pause) as utterances of at most `max`. */
export function splitForSpeech(text: string, max = MAX_UTTERANCE): string[] {
  return text
    .split('\n')
    .map(spokenText)
    .filter((line) => line !== '')
    .flatMap((line) => cut(line, max, 0));
}

function itemTexts(items: ListItem[]): string[] {
  return items.flatMap((item) => [item.text, ...itemTexts(item.items)]);
}

function blockTexts(block: Block): string[] {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return [block.text];
    case 'list':
      return itemTexts(block.items);
  }
}

/**
 * The fiche as it is read: one part per section that has text (as the page shows them), its
 * title then its text; the fiche's title opens the first part. Empty when no section has text.
 */
export function readingPlan(fiche: Pick<Fiche, 'title' | 'sections'>): ReadingPart[] {
  const parts: ReadingPart[] = [];
  for (const section of fiche.sections) {
    // Each sub-heading, paragraph and list item is said apart: the voice pauses between them.
    const text = section.blocks.flatMap(blockTexts).flatMap((t) => splitForSpeech(t));
    if (text.length === 0) continue;
    const heading = parts.length === 0 ? [fiche.title, section.title] : [section.title];
    parts.push({
      line: section.line,
      title: section.title,
      utterances: [...heading.flatMap((t) => splitForSpeech(t)), ...text],
    });
  }
  return parts;
}
