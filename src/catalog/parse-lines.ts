// The lines of a fiche, each classified once: blank, heading, `**Key:** value` field, list item
// or text, with its indentation (DESIGN.md §1: indented text is not a code block).

export type LineKind = 'blank' | 'heading' | 'field' | 'item' | 'text';

export interface Line {
  no: number;
  indent: number;
  kind: LineKind;
  /** The text without indentation, markers or surrounding spaces. */
  text: string;
  /** Heading: number of `#`. */
  depth: number;
  /** Field: its key. */
  key: string;
}

const HEADING = /^(#{1,6})[ \t\u00a0]+/;
const FIELD = /^\*\*([^*]{1,100}):\*\*/;
const ITEM = /^[-*+•](?:[ \t\u00a0]+|$)/;
// Markup-only lines (`<p>`, `</p>`) carry no text: they separate paragraphs like a blank line.
const MARKUP_ONLY = /^<\/?p\s*>$/i;
const LINE_BREAK_TAG = /<br\s*\/?>/gi;

function indentOf(raw: string): number {
  let n = 0;
  for (const c of raw) {
    if (c === ' ' || c === '\u00a0') n++;
    else if (c === '\t') n += 4;
    else break;
  }
  return n;
}

export function classify(raw: string, no: number): Line {
  const indent = indentOf(raw);
  const text = raw.trim();
  const line: Line = { no, indent, kind: 'text', text, depth: 0, key: '' };
  if (text === '' || MARKUP_ONLY.test(text)) {
    line.kind = 'blank';
    line.text = '';
    return line;
  }
  const heading = HEADING.exec(text);
  if (heading) {
    line.kind = 'heading';
    line.depth = heading[1]!.length;
    line.text = text.slice(heading[0].length).trim();
    return line;
  }
  if (indent === 0) {
    const field = FIELD.exec(text);
    if (field) {
      line.kind = 'field';
      line.key = field[1]!.trim();
      line.text = text.slice(field[0].length).trim();
      return line;
    }
  }
  const item = ITEM.exec(text);
  if (item) {
    line.kind = 'item';
    line.text = text.slice(item[0].length).trim();
  }
  return line;
}

export function inlineText(text: string): string {
  return text.replace(LINE_BREAK_TAG, '\n');
}
