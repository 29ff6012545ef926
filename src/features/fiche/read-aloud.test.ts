// What « Écouter la fiche » says, and in what pieces: on the seed métier, and on the edge cases.
import { describe, expect, it } from 'vitest';
import { compileFiches } from '../../catalog/compile';
import type { Fiche, Section } from '../../catalog/schema';
import { readFolder, SEEDS_DIR } from '../../test-support/fiches';
import { MAX_UTTERANCE, readingPlan, splitForSpeech, spokenText } from './read-aloud';

const seeds = compileFiches(readFolder(SEEDS_DIR)).records;
const metier = seeds.find((r) => r.id === 'MET.895')!;

const fiche = (sections: Section[]): Pick<Fiche, 'title' | 'sections'> => ({
  title: 'plombier/ère',
  sections,
});
const section = (line: number, title: string, blocks: Section['blocks']): Section => ({
  line,
  title,
  blocks,
});
const words = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

describe('the reading plan of the seed métier', () => {
  const plan = readingPlan(metier);

  it('has a part per section that has text, in the page’s order; the empty one is left out', () => {
    expect(plan.map((p) => [p.line, p.title])).toEqual([
      [14, 'Présentation'],
      [18, 'En bref'],
      [28, 'Nature du travail'],
      [39, 'Compétences requises'],
      [50, 'Conditions de travail'],
      [63, 'Salaire'],
      [77, 'Accès au métier'],
    ]);
    expect(metier.sections.find((s) => s.title === 'Vie professionnelle')!.blocks).toEqual([]);
  });

  it('opens with the fiche’s title, then each part with its section’s title', () => {
    expect(plan[0]!.utterances.slice(0, 2)).toEqual([
      "technicien d'intervention clientèle gaz",
      'Présentation',
    ]);
    for (const part of plan.slice(1)) expect(part.utterances[0]).toBe(part.title);
  });

  it('says the sub-headings, then every word of the text in order, in pieces no longer than allowed', () => {
    const nature = plan.find((p) => p.title === 'Nature du travail')!;
    expect(nature.utterances[1]).toBe('Un pro des interventions techniques');
    for (const part of plan) {
      const source = metier.sections.find((s) => s.line === part.line)!;
      const text = source.blocks.map((b) => (b.type === 'list' ? '' : spokenText(b.text))).join(' ');
      expect(words(part.utterances.join(' '))).toContain(words(text));
      for (const utterance of part.utterances) expect(utterance.length).toBeLessThanOrEqual(MAX_UTTERANCE);
    }
  });

  it('cuts a long paragraph after its sentences, a long sentence after its clauses', () => {
    const paragraphs = metier.sections.flatMap((s) => s.blocks).filter((b) => b.type === 'paragraph');
    const long = paragraphs.filter((p) => p.text.length > MAX_UTTERANCE);
    expect(long.length).toBeGreaterThan(5);
    for (const paragraph of long) {
      const pieces = splitForSpeech(paragraph.text);
      expect(pieces.length).toBeGreaterThan(1);
      for (const piece of pieces) expect(piece).toMatch(/[.!?…,;:]$/);
    }
  });
});

describe('a reading plan', () => {
  it('is empty for a fiche without text', () => {
    expect(readingPlan(fiche([]))).toEqual([]);
    expect(
      readingPlan(fiche([section(3, 'Vide', []), section(5, 'Blanc', [{ type: 'paragraph', text: ' ' }])])),
    ).toEqual([]);
  });

  it('reads the text before the first heading as a part without a title, then the others', () => {
    const plan = readingPlan(
      fiche([
        section(2, '', [{ type: 'paragraph', text: 'Avant tout.' }]),
        section(4, 'Vide', []),
        section(6, 'Métiers', [
          {
            type: 'list',
            items: [
              { text: 'plombier/ère', items: [{ text: 'chauffagiste', items: [] }] },
              { text: 'il/elle répare', items: [] },
            ],
          },
        ]),
      ]),
    );
    expect(plan).toEqual([
      { line: 2, title: '', utterances: ['plombier', 'Avant tout.'] },
      { line: 6, title: 'Métiers', utterances: ['Métiers', 'plombier', 'chauffagiste', 'il ou elle répare'] },
    ]);
  });
});

describe('the text said', () => {
  it('drops the endings of inclusive writing, keeps other slashes', () => {
    expect(spokenText('Le/la technicien/ne, chef/fe ou conseiller/ère, et/ou sportif/ve')).toBe(
      'Le/la technicien, chef ou conseiller, et/ou sportif',
    );
    expect(spokenText('Ils/elles sont chargé/es de la mise en/hors gaz')).toBe(
      'Ils ou elles sont chargé de la mise en/hors gaz',
    );
  });

  it('collapses spaces and leaves out empty lines', () => {
    expect(splitForSpeech('  Une   ligne.\n\n   Une autre.  ')).toEqual(['Une ligne.', 'Une autre.']);
  });
});

describe('cutting a text for the voice', () => {
  const sentence = (n: number) => `Phrase ${n} ${'mot '.repeat(25).trim()}.`; // 109 characters

  it('keeps a short text whole, cuts a long one after its sentences, puts short ones together', () => {
    expect(splitForSpeech('Une. Deux ? Trois !')).toEqual(['Une. Deux ? Trois !']);
    expect(splitForSpeech([1, 2, 3].map(sentence).join(' '))).toEqual([1, 2, 3].map(sentence));
    const short = 'Une phrase courte. '.repeat(30).trim(); // 569 characters
    expect(splitForSpeech(short)).toEqual([
      'Une phrase courte. '.repeat(10).trim(),
      'Une phrase courte. '.repeat(10).trim(),
      'Une phrase courte. '.repeat(10).trim(),
    ]);
  });

  it('cuts a long sentence after its commas, then between words', () => {
    const clause = 'une proposition assez longue pour compter';
    const long = `${Array.from({ length: 8 }, () => clause).join(', ')}.`;
    const pieces = splitForSpeech(long);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces.slice(0, -1)) expect(piece).toMatch(/,$/);
    expect(pieces.join(' ')).toBe(long);

    const noPunctuation = 'sans virgule ni point '.repeat(30).trim();
    const cut = splitForSpeech(noPunctuation);
    expect(cut.length).toBeGreaterThan(2);
    for (const piece of cut) expect(piece.length).toBeLessThanOrEqual(MAX_UTTERANCE);
    expect(cut.join(' ')).toBe(noPunctuation);
  });

  it('cuts a word longer than an utterance anywhere', () => {
    const address = `https://exemple.fr/${'a'.repeat(450)}`;
    const pieces = splitForSpeech(`Voir ${address} pour tout.`);
    expect(pieces.map((p) => p.length)).toEqual([4, 200, 200, 69, 10]);
    expect(pieces.join('')).toBe(`Voir${address}pour tout.`);
  });

  it('takes time in proportion to the text (a megabyte-long paragraph)', () => {
    const huge = `${'Une phrase assez ordinaire, sans plus. '.repeat(25_000)}${'x'.repeat(100_000)}`;
    const started = performance.now();
    const pieces = splitForSpeech(huge);
    // Linear work takes a fraction of a second; quadratic work, minutes.
    expect(performance.now() - started).toBeLessThan(5_000);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(MAX_UTTERANCE);
  });
});
