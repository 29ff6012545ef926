import { describe, expect, it } from 'vitest';
import { groupByTheme, INTEREST_THEMES, OTHER_THEME, themeTableProblems } from './interest-themes';
import { INTEREST_LABELS } from './vocabularies';

describe('the themes of the centres d’intérêt', () => {
  it('give every interest of the vocabulary exactly one theme', () => {
    expect(themeTableProblems()).toEqual([]);
    expect(INTEREST_THEMES.flatMap((t) => t.interests)).toHaveLength(INTEREST_LABELS.length);
  });

  it('are few enough to scan, and none is too long for a phone screen', () => {
    expect(INTEREST_THEMES.length).toBeGreaterThanOrEqual(5);
    expect(INTEREST_THEMES.length).toBeLessThanOrEqual(9);
    for (const theme of INTEREST_THEMES) expect(theme.interests.length).toBeLessThanOrEqual(6);
  });

  it('group labels in the table’s order, whatever their case, and put unknown labels last', () => {
    const groups = groupByTheme([
      { label: 'Un intérêt inconnu' },
      { label: "j'aimerais travailler dehors" },
      { label: "J'aime la nature" },
      { label: 'Ma vocation est de soigner' },
    ]);
    expect(groups).toEqual([
      {
        name: 'Nature, animaux, plein air',
        items: [{ label: "J'aime la nature" }, { label: "j'aimerais travailler dehors" }],
      },
      { name: 'Aider, soigner, protéger', items: [{ label: 'Ma vocation est de soigner' }] },
      { name: OTHER_THEME, items: [{ label: 'Un intérêt inconnu' }] },
    ]);
  });

  it('keep the neighbours students look for together', () => {
    const themeOf = (label: string) => groupByTheme([{ label }])[0]!.name;
    expect(themeOf("J'aimerais travailler dehors")).toBe(themeOf("J'aime la nature"));
    expect(themeOf("Je veux m'occuper d'animaux")).toBe(themeOf("J'aime la nature"));
    expect(themeOf('Je suis accro au numérique')).toBe(
      themeOf('Je me passionne pour les nouvelles technologies'),
    );
  });
});
