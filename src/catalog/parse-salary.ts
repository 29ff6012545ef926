// What the compiler reads in a fiche's prose: the starting salary, when the text states an
// amount, and the first sentences that sum the fiche up on a result card.
import type { Salary, Section } from './schema';
import { collapseSpaces, labelKey } from './text';

const AMOUNT = /\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+/g;

/** Reads a gross monthly amount when the text states one ("A partir de 1801 euros brut par mois"). */
export function parseSalary(text: string): Salary {
  const folded = labelKey(text);
  const perMonth = folded.indexOf('par mois');
  let eurosPerMonth: number | null = null;
  let maxEurosPerMonth: number | null = null;
  if (perMonth >= 0) {
    const statement = folded.slice(0, perMonth);
    if (/euros?|€/.test(statement)) {
      // Only the first two plausible amounts matter: stop there rather than list every number.
      const amounts: number[] = [];
      for (const match of statement.matchAll(AMOUNT)) {
        const n = Number(match[0].replace(/[^\d]/g, ''));
        if (n >= 300 && n <= 50000) amounts.push(n);
        if (amounts.length === 2) break;
      }
      if (amounts.length > 0) {
        eurosPerMonth = Math.min(...amounts);
        const max = Math.max(...amounts);
        maxEurosPerMonth = max !== eurosPerMonth ? max : null;
      }
    }
  }
  return { text, eurosPerMonth, maxEurosPerMonth };
}

export function startingSalary(sections: Section[]): Salary | null {
  for (const section of sections) {
    const blocks = section.blocks;
    const at = blocks.findIndex((b) => b.type === 'heading' && labelKey(b.text) === 'salaire du debutant');
    if (at < 0) continue;
    const texts: string[] = [];
    for (const block of blocks.slice(at + 1)) {
      if (block.type === 'heading') break;
      if (block.type === 'paragraph') texts.push(block.text);
    }
    if (texts.length > 0) return parseSalary(texts.join('\n'));
  }
  return null;
}

const SUMMARY_LENGTH = 180;

export function summaryOf(sections: Section[], preferred: readonly string[]): string {
  const ordered = [
    ...sections.filter((s) => preferred.includes(labelKey(s.title))),
    ...sections.filter((s) => !preferred.includes(labelKey(s.title))),
  ];
  for (const section of ordered) {
    const paragraph = section.blocks.find((b) => b.type === 'paragraph');
    if (paragraph && paragraph.type === 'paragraph') return truncate(collapseSpaces(paragraph.text));
  }
  return '';
}

function truncate(text: string): string {
  if (text.length <= SUMMARY_LENGTH) return text;
  const cut = text.lastIndexOf(' ', SUMMARY_LENGTH);
  return `${text.slice(0, cut > SUMMARY_LENGTH / 2 ? cut : SUMMARY_LENGTH).replace(/[\s,;:.]+$/, '')}…`;
}
