// Every quirk of DESIGN.md §1 and every error message, on small crafted fiches.
import { describe, expect, it } from 'vitest';
import { source } from '../test-support/fiches';
import { compileFiches } from './compile';
import { formatDiagnostic } from './diagnostics';
import { parseFiche } from './parse-fiche';
import { parseSalary } from './parse-salary';
import type { ParsedMetier } from './parse-fiche';

const METIER = `# plombier/ère
**ID:** MET.1

**Appellations:**
- Féminin: plombière
- Masculin: plombier

## Présentation

Le plombier installe des canalisations.

**Niveau d'accès minimum:** CAP ou équivalent

## Centres d'intérêt

- réparer, bricoler, j'adore ça
`;

const FORMATION = `# CAP plombier

## Informations générales

**Durée:** 2 ans
**Niveau de certification:** niveau 3
**Type:** CAP (CAP)

## Description

Le CAP forme des plombiers.

## Métiers associés

- plombier/ère
`;

function parse(text: string) {
  return parseFiche('f.txt', text);
}

function messages(files: Record<string, string>): string[] {
  const result = compileFiches(Object.entries(files).map(([path, text]) => source(path, text)));
  return result.diagnostics.map(formatDiagnostic);
}

describe('quirks of the format', () => {
  it('reads a fiche with a BOM and CRLF line endings like the same fiche without', () => {
    const plain = parse(METIER).fiche;
    const windows = parse(`\ufeff${METIER.replace(/\n/g, '\r\n')}`).fiche;
    expect(windows).toEqual(plain);
    expect(plain?.title).toBe('plombier/ère');
  });

  it('takes paragraphs indented by 12 spaces as paragraphs, not code', () => {
    const fiche = parse(`# x
**ID:** MET.2

## En bref

Premier paragraphe.

            Deuxième paragraphe, indenté.
`).fiche!;
    expect(fiche.sections[0]!.blocks).toEqual([
      { type: 'paragraph', text: 'Premier paragraphe.' },
      { type: 'paragraph', text: 'Deuxième paragraphe, indenté.' },
    ]);
  });

  it('keeps indented ## and ### headings inside their section', () => {
    const fiche = parse(`# x
**ID:** MET.2

## Salaire
            ### Salaire du débutant
            Smic

            ## Intégrer le marché du travail
            ### Un secteur qui recrute
            Texte.

## Accès au métier

Accès.
`).fiche!;
    expect(fiche.sections.map((s) => s.title)).toEqual(['Salaire', 'Accès au métier']);
    expect(fiche.sections[0]!.blocks).toEqual([
      { type: 'heading', level: 3, text: 'Salaire du débutant' },
      { type: 'paragraph', text: 'Smic' },
      { type: 'heading', level: 2, text: 'Intégrer le marché du travail' },
      { type: 'heading', level: 3, text: 'Un secteur qui recrute' },
      { type: 'paragraph', text: 'Texte.' },
    ]);
  });

  it('keeps a column-0 ## heading followed by indented text inside the section', () => {
    const fiche = parse(`# x
**ID:** MET.2

## Accès au métier

## Niveau CAP, bac pro
            Les recrutements se font à partir du niveau 3e.

**Niveau d'accès minimum:** CAP ou équivalent
`).fiche!;
    expect(fiche.sections).toEqual([
      {
        title: 'Accès au métier',
        line: 4,
        blocks: [
          { type: 'heading', level: 2, text: 'Niveau CAP, bac pro' },
          { type: 'paragraph', text: 'Les recrutements se font à partir du niveau 3e.' },
        ],
      },
    ]);
  });

  it('keeps empty sections, trims non-breaking spaces and keeps unknown sections and fields with a warning', () => {
    const { fiche, diagnostics } = parse(`# x
**ID:** MET.2
**Codes ROME:**
- K1902
**Secteur:** énergie

## Vie professionnelle

## Salaire
            ### Salaire du débutant
            A partir de 1 801\u00a0euros brut par mois\u00a0

## Anecdotes

Une anecdote.\u00a0
`);
    expect(fiche!.sections.map((s) => [s.title, s.blocks.length])).toEqual([
      ['Vie professionnelle', 0],
      ['Salaire', 2],
      ['Anecdotes', 1],
    ]);
    expect(fiche!.sections[2]!.blocks).toEqual([{ type: 'paragraph', text: 'Une anecdote.' }]);
    expect(fiche!.fields.map((f) => [f.key, f.value, f.values])).toEqual([
      ['ID', 'MET.2', []],
      ['Codes ROME', '', ['K1902']],
      ['Secteur', 'énergie', []],
    ]);
    expect((fiche as ParsedMetier).romeCodes).toEqual(['K1902']);
    expect((fiche as ParsedMetier).startingSalary?.eurosPerMonth).toBe(1801);
    expect(diagnostics.map((d) => [d.line, d.severity, d.message])).toEqual([
      [2, 'warning', "« **Niveau d'accès minimum:** » absent : niveau et durée d'études inconnus"],
      [5, 'warning', 'champ inconnu « Secteur » (conservé et affiché tel quel)'],
      [13, 'warning', 'section inconnue « Anecdotes » (conservée et affichée)'],
    ]);
  });

  it('nests indented lists, joins an item with its text on the next line, and turns <br/> into line breaks', () => {
    const fiche = parse(`# x
**ID:** MET.2

## Attendus

            COMPETENCES
                - 
                    Savoir rédiger
                - 
                    Manifester de l'intérêt pour :
                            - 
                                la sociologie,
                            - 
                                le droit.
            Fin<br/>suite
`).fiche!;
    expect(fiche.sections[0]!.blocks).toEqual([
      { type: 'paragraph', text: 'COMPETENCES' },
      {
        type: 'list',
        items: [
          { text: 'Savoir rédiger', items: [] },
          {
            text: "Manifester de l'intérêt pour :",
            items: [
              { text: 'la sociologie,', items: [] },
              { text: 'le droit.', items: [] },
            ],
          },
        ],
      },
      { type: 'paragraph', text: 'Fin\nsuite' },
    ]);
  });

  it('folds the case of centres d’intérêt into one display form and warns about unknown ones', () => {
    const { fiche, diagnostics } = parse(`# x
**ID:** MET.2
**Niveau d'accès minimum:** bac + 2

## Centres d'intérêt

- J'aime communiquer
- j’aime  communiquer
- j'aime les énigmes
`);
    expect(fiche!.interests).toEqual(["J'aime communiquer", "J'aime les énigmes"]);
    expect(diagnostics.map((d) => [d.line, d.message])).toEqual([
      [9, "centre d'intérêt inconnu « j'aime les énigmes » (conservé)"],
    ]);
  });

  it.each([
    ['sans diplôme', null, 0],
    ['diplôme national du brevet', null, 0],
    ['3E', null, 0],
    ['CAP ou équivalent', 3, 2],
    ['CAP ou équivalent + 1 an', 3, 3],
    ['bac ou équivalent', 4, 3],
    ['bac + 1', 4, 4],
    ['bac + 2', 5, 5],
    ['bac + 3', 6, 6],
    ['bac + 4', 6, 7],
    ['bac + 5', 7, 8],
    ['bac + 6', 7, 9],
    ['bac + 7', 7, 10],
    ['bac + 8', 8, 11],
    ['bac + 9 et plus', 8, 12],
    ['autre formation', null, null],
  ])('maps the access level « %s » to level %s and %s years after 3e', (label, level, years) => {
    const fiche = parse(`# x\n**ID:** MET.2\n**Niveau d'accès minimum:** ${label}\n`).fiche!;
    expect([fiche.level, fiche.levelLabel, fiche.durationYears]).toEqual([level, label, years]);
  });

  it.each([
    ['niveau 3', '2 ans', 3, 2],
    ['niveau 8', '3 ans', 8, 3],
    ['non inscrit au RNCP', '1 an', null, 1],
    ['niveau 5', '18 mois', 5, 1.5],
  ])('maps the certification « %s » and « %s » of a formation', (certification, duration, level, years) => {
    const fiche = parse(FORMATION.replace('niveau 3', certification).replace('2 ans', duration)).fiche!;
    expect([fiche.level, fiche.levelLabel, fiche.durationYears]).toEqual([level, certification, years]);
  });
});

describe('the starting salary', () => {
  it.each([
    ['A partir de 1801 euros brut par mois, Le salaire est variable.', 1801, null],
    ['Entre 2600 et 3500 euros brut par mois', 2600, 3500],
    ['Entre 3333 et 2830 euros brut par mois', 2830, 3333],
    ['De 800 à 1700 euros brut par mois. Certains frais…', 800, 1700],
    ['Entre 2113 et 2113 euros brut par mois', 2113, null],
    [
      'A partir de 1934 euros brut par mois, dans les collectivités\nA partir de 2450 euros brut par mois',
      1934,
      null,
    ],
    ['De 350 à 450 euros brut par jour selon la saison', null, null],
    ['Smic', null, null],
    ['Très variable selon le statut', null, null],
  ])('reads « %s » as %s to %s euros a month', (text, min, max) => {
    expect(parseSalary(text)).toEqual({ text, eurosPerMonth: min, maxEurosPerMonth: max });
  });
});

describe('errors', () => {
  it('reports a fiche without a title at its first line', () => {
    expect(
      messages({ 'a.txt': "\n\nplombier\n**ID:** MET.1\n**Niveau d'accès minimum:** bac + 2\n" }),
    ).toEqual(['a.txt:3: erreur: titre manquant : la fiche doit commencer par une ligne « # titre »']);
  });

  it('reports an empty fiche', () => {
    expect(messages({ 'vide.md': '  \n' })).toEqual(['vide.md:1: erreur: fiche vide']);
  });

  it('reports a fiche whose kind cannot be recognised', () => {
    expect(messages({ 'a.txt': '# plombier\n\n## Présentation\n\nTexte.\n' })).toEqual([
      'a.txt:1: erreur: type de fiche non reconnaissable : ni « **ID:** MET.<n> » (métier) ni « ## Informations générales » avec « **Type:** » (formation)',
    ]);
  });

  it('reports an unreadable métier id', () => {
    expect(messages({ 'a.txt': '# plombier\n**ID:** 895\n' })).toEqual([
      'a.txt:2: erreur: identifiant de métier illisible « 895 » : attendu « MET.<nombre> »',
      "a.txt:2: avertissement: « **Niveau d'accès minimum:** » absent : niveau et durée d'études inconnus",
    ]);
  });

  it('reports a fiche that is both a métier and a formation', () => {
    expect(
      messages({ 'a.txt': `${FORMATION.replace('# CAP plombier\n', '# CAP plombier\n**ID:** MET.3\n')}` }),
    ).toEqual([
      'a.txt:2: erreur: fiche ambiguë : un « **ID:** » de métier et des « Informations générales » de formation',
    ]);
  });

  it('reports every missing required field of a formation, and an unreadable duration', () => {
    expect(messages({ 'a.txt': '# BTS x\n\n## Informations générales\n\n**Durée:** longtemps\n' })).toEqual([
      'a.txt:3: erreur: champ obligatoire « **Type:** » absent ou vide',
      'a.txt:3: erreur: champ obligatoire « **Niveau de certification:** » absent ou vide',
      'a.txt:5: erreur: durée illisible « longtemps » : attendu par exemple « 2 ans » ou « 6 mois »',
    ]);
  });

  it('reports duplicate ids in every file that holds them', () => {
    expect(messages({ 'a.txt': METIER, 'b.txt': METIER.replace('plombier/ère', 'chauffagiste') })).toEqual([
      'a.txt:1: erreur: identifiant « MET.1 » en double (aussi : b.txt)',
      'b.txt:1: erreur: identifiant « MET.1 » en double (aussi : a.txt)',
    ]);
  });

  it('reports bytes that are not UTF-8 with their line', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('# caf\n**ID:** MET.1\n'), 0xe9, 0x0a]);
    const result = compileFiches([{ path: 'latin1.txt', bytes }]);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'latin1.txt:3: erreur: octets invalides en UTF-8 (octet 21 : 0xe9) ; enregistrez la fiche en UTF-8',
    ]);
  });

  it('lists all problems of all files, not only the first', () => {
    const result = compileFiches([
      source('a.txt', 'pas de titre\n'),
      source('b.txt', '# b\n**ID:** X\n'),
      source('c.txt', METIER),
    ]);
    expect(result.errors).toBe(3);
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.file, d.line])).toEqual([
      ['a.txt', 1],
      ['a.txt', 1],
      ['b.txt', 2],
    ]);
  });

  it('warns about unknown vocabulary and keeps the value', () => {
    const result = compileFiches([
      source(
        'm.txt',
        METIER.replace('CAP ou équivalent', 'bac + 12').replace(
          '## Présentation',
          '**Statuts possibles:**\n- astronaute\n\n## Présentation',
        ),
      ),
      source('f.txt', FORMATION.replace('niveau 3', 'niveau 9')),
    ]);
    expect(result.errors).toBe(0);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'f.txt:6: avertissement: niveau de certification inconnu « niveau 9 » (conservé, niveau inconnu)',
      'm.txt:8: avertissement: statut inconnu « astronaute » (conservé)',
      "m.txt:15: avertissement: niveau d'accès inconnu « bac + 12 » (conservé, niveau inconnu)",
    ]);
    const metier = result.records.find((r) => r.kind === 'metier')!;
    expect([metier.level, metier.levelLabel, metier.statuses]).toEqual([null, 'bac + 12', ['astronaute']]);
  });
});
