// The text of a prose section as blocks: paragraphs, sub-headings and nested lists.
import type { Block, ListItem } from './schema';
import { inlineText, type Line } from './parse-lines';

/**
 * How deep lists may nest. The sources go two levels deep; a hostile fiche could go thousands,
 * and everything that walks a list recursively (pruning, schema validation, JSON, rendering)
 * would overflow the stack. Deeper items join the deepest level: their text is kept.
 */
export const MAX_LIST_DEPTH = 10;

export type Warn = (line: number, message: string) => void;

/** Builds the blocks of a prose section from its lines: paragraphs, sub-headings, nested lists. */
export class BlockBuilder {
  readonly blocks: Block[] = [];
  private paragraph: string[] = [];
  private list: { indent: number; item: ListItem }[] = [];
  private listBlock: Extract<Block, { type: 'list' }> | null = null;
  /** Whether the previous line belonged to the last list item (no blank line since). */
  private inItem = false;
  /** Whether the current list was already reported as too deep: one warning per list is enough. */
  private tooDeep = false;

  constructor(private readonly warn: Warn) {}

  heading(depth: number, text: string) {
    this.closeAll();
    this.blocks.push({ type: 'heading', level: depth, text: inlineText(text) });
  }

  blank() {
    this.flushParagraph();
    this.inItem = false;
  }

  text(line: Line) {
    const last = this.list.at(-1);
    if (last && line.indent > last.indent && (this.inItem || last.item.text === '')) {
      const text = inlineText(line.text);
      last.item.text = last.item.text ? `${last.item.text} ${text}` : text;
      this.inItem = true;
      return;
    }
    this.closeList();
    this.paragraph.push(inlineText(line.text));
  }

  item(line: Line) {
    this.flushParagraph();
    const item: ListItem = { text: inlineText(line.text), items: [] };
    while (this.list.length > 0 && this.list.at(-1)!.indent >= line.indent) this.list.pop();
    if (this.list.length >= MAX_LIST_DEPTH) {
      this.list.length = MAX_LIST_DEPTH - 1;
      if (!this.tooDeep) {
        this.warn(
          line.no,
          `liste imbriquée sur plus de ${MAX_LIST_DEPTH} niveaux : les éléments plus profonds sont rattachés au ${MAX_LIST_DEPTH}e niveau`,
        );
        this.tooDeep = true;
      }
    }
    const parent = this.list.at(-1);
    if (parent) parent.item.items.push(item);
    else {
      if (!this.listBlock) {
        this.listBlock = { type: 'list', items: [] };
        this.blocks.push(this.listBlock);
      }
      this.listBlock.items.push(item);
    }
    this.list.push({ indent: line.indent, item });
    this.inItem = true;
  }

  /** Pushes a ready-made block (text met inside a structured section). */
  closeAll() {
    this.flushParagraph();
    this.closeList();
  }

  finish(): Block[] {
    this.closeAll();
    return this.blocks.map(pruneEmptyItems).filter((b) => b.type !== 'list' || b.items.length > 0);
  }

  private flushParagraph() {
    if (this.paragraph.length > 0) {
      this.blocks.push({ type: 'paragraph', text: this.paragraph.join(' ') });
      this.paragraph = [];
    }
  }

  private closeList() {
    this.list = [];
    this.listBlock = null;
    this.inItem = false;
    this.tooDeep = false;
  }
}

// A dash with no text and no continuation carries nothing. Recursive, but lists are at most
// MAX_LIST_DEPTH deep.
function pruneItems(items: ListItem[]): ListItem[] {
  return items
    .map((i) => ({ text: i.text, items: pruneItems(i.items) }))
    .filter((i) => i.text !== '' || i.items.length > 0);
}

function pruneEmptyItems(block: Block): Block {
  return block.type === 'list' ? { type: 'list', items: pruneItems(block.items) } : block;
}
