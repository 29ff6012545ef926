import { describe, expect, it } from 'vitest';
import { creditText, IDEO, readSource } from './source';

describe('the source of the fiches and its credit', () => {
  it('is credited in the ODbL form, with the export’s date', () => {
    const { source, problem } = readSource('{"exported":"2025-10-21"}');
    expect(problem).toBeNull();
    expect(creditText(source)).toBe(
      'Idéo-Fiches métiers et Idéo-Fiches formations, Onisep, export du 21/10/2025, sous licence ODbL',
    );
  });

  it('takes the date given to the build over the file’s, and says nothing of a date it lacks', () => {
    expect(readSource('{"exported":"2025-10-21"}', '2026-03-02').source.exported).toBe('2026-03-02');
    expect(readSource(null, '2025-10-21').source.exported).toBe('2025-10-21');
    expect(creditText(readSource(null).source)).toBe(
      'Idéo-Fiches métiers et Idéo-Fiches formations, Onisep, sous licence ODbL',
    );
  });

  it.each([
    ['{"exported":', /JSON illisible/],
    ['{"exported":"21/10/2025"}', /« exported »/],
    ['{"exported":"2025-02-30"}', /« exported »/],
    ['{"dataset":""}', /« dataset »/],
  ])('refuses %s with a French message', (text, message) => {
    const { source, problem } = readSource(text);
    expect(problem).toMatch(message);
    expect(source).toEqual(IDEO);
  });

  it('refuses a date given to the build that is not one', () => {
    expect(readSource(null, 'octobre').problem).toMatch(/date d'export « octobre »/);
  });
});
