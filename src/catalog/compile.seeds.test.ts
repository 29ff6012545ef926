// The exact values compiled from the three seeds.
import { describe, expect, it } from 'vitest';
import { readFolder, SEEDS_DIR } from '../test-support/fiches';
import { compileFiches } from './compile';
import type { Formation, Metier } from './schema';
import { FicheSchema } from './schema';

const result = compileFiches(readFolder(SEEDS_DIR));
const byTitle = (title: string) => result.records.find((r) => r.title === title)!;
const metier = byTitle("technicien/ne d'intervention clientèle gaz") as Metier;
const gaz = byTitle('bac pro technicien en transport et distribution des gaz') as Formation;
const micro = byTitle('bac pro microtechniques') as Formation;

describe('the seeds', () => {
  it('compile without errors into one métier and two formations', () => {
    expect(result.errors).toBe(0);
    expect(result.records.map((r) => [r.kind, r.id])).toEqual([
      ['metier', 'MET.895'],
      ['formation', 'bac-pro-microtechniques'],
      ['formation', 'FOR.11072'],
    ]);
    for (const record of result.records) expect(FicheSchema.safeParse(record).success).toBe(true);
  });

  it('give the métier its level, duration after 3e, interests, statuses and names', () => {
    expect(metier).toMatchObject({
      id: 'MET.895',
      level: 4,
      levelLabel: 'bac ou équivalent',
      durationYears: 3,
      interests: ["J'aime bouger", "Réparer, bricoler, j'adore ça"],
      statuses: ['salarié'],
      feminine: "technicienne d'intervention clientèle gaz",
      masculine: "technicien d'intervention clientèle gaz",
      otherNames: [
        {
          title: "technicien/ne d'intervention clientèle",
          feminine: "technicienne d'intervention clientèle",
          masculine: "technicien d'intervention clientèle",
        },
      ],
      romeCodes: [],
    });
    expect(metier.startingSalary).toEqual({
      text: "A partir de 1801 euros brut par mois, Le salaire du technicien d'intervention clientèle gaz est variable, selon le lieu d'exercice.",
      eurosPerMonth: 1801,
      maxEurosPerMonth: null,
    });
  });

  it('resolve MET.895 ↔ FOR.11072 both ways and keep the unresolved references', () => {
    expect(metier.related).toHaveLength(8);
    expect(metier.related.filter((r) => r.id !== null)).toEqual([
      {
        id: 'FOR.11072',
        title: 'bac pro technicien en transport et distribution des gaz',
        sourceId: 'FOR.11072',
      },
    ]);
    expect(metier.related[0]).toEqual({
      id: null,
      title: 'bac pro maintenance et efficacité énergétique',
      sourceId: 'FOR.7016',
    });
    expect(gaz.id).toBe('FOR.11072');
    expect(gaz.related).toEqual([
      { id: null, title: 'constructeur/trice de réseaux de canalisations', sourceId: null },
      { id: 'MET.895', title: "technicien/ne d'intervention clientèle gaz", sourceId: null },
    ]);
    expect(gaz.derivedInterests).toEqual(["J'aime bouger", "Réparer, bricoler, j'adore ça"]);
    expect(micro.related).toEqual([{ id: null, title: 'microtechnicien/ne', sourceId: null }]);
    expect(result.unresolved).toBe(9);
    expect(result.warnings).toBe(9);
  });

  it('give the formations their type, level, duration, code and link', () => {
    expect(gaz).toMatchObject({
      type: 'baccalauréat professionnel',
      level: 4,
      levelLabel: 'niveau 4',
      durationYears: 3,
      durationLabel: '3 ans',
      codeScolarite: '40022709',
      sigle: null,
      interests: [],
      link: { url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000050988784', https: true },
    });
    expect(micro).toMatchObject({
      id: 'bac-pro-microtechniques',
      codeScolarite: '40025006',
      link: { url: 'http://eduscol.education.fr/referentiels-professionnels/a045.html', https: false },
    });
  });

  it('keep the sections in order, with indented sub-headings inside them', () => {
    expect(metier.sections.map((s) => s.title)).toEqual([
      'Présentation',
      'En bref',
      'Nature du travail',
      'Compétences requises',
      'Conditions de travail',
      'Vie professionnelle',
      'Salaire',
      'Accès au métier',
    ]);
    const enBref = metier.sections[1]!;
    expect(enBref.blocks.map((b) => b.type)).toEqual([
      'paragraph',
      'paragraph',
      'heading',
      'heading',
      'paragraph',
    ]);
    expect(enBref.blocks[2]).toEqual({ type: 'heading', level: 3, text: 'Durée des études' });
    expect(enBref.blocks[3]).toEqual({ type: 'heading', level: 2, text: 'Après la 3e' });
    const salaire = metier.sections[6]!;
    expect(
      salaire.blocks.filter((b) => b.type === 'heading').map((b) => b.type === 'heading' && b.text),
    ).toEqual([
      'Salaire du débutant',
      'Intégrer le marché du travail',
      'Un salarié de GRDF',
      "L'alternance : la voie royale pour débuter",
      'Une évolution de carrière accompagnée',
    ]);
    expect(metier.sections[5]).toEqual({ title: 'Vie professionnelle', line: 61, blocks: [] });
    const acces = metier.sections[7]!;
    expect(acces.blocks.map((b) => b.type === 'paragraph' && b.text).slice(1)).toEqual([
      'Niveau bac',
      'Bac professionnel technicien en transports et distribution des gaz',
    ]);
  });

  it('keep every field with its line', () => {
    expect(metier.fields.map((f) => [f.key, f.line])).toEqual([
      ['ID', 2],
      ['Appellations', 4],
      ["Niveau d'accès minimum", 85],
      ['Statuts possibles', 98],
    ]);
    expect(gaz.fields.map((f) => f.key)).toEqual([
      'Code scolarité',
      'Durée',
      'Niveau de certification',
      'Type',
      'Lien',
    ]);
  });

  it('trim the non-breaking spaces at line ends and keep those inside the text', () => {
    const description = gaz.sections[0]!.blocks[0]!;
    expect(description).toEqual({
      type: 'paragraph',
      text: "Ce bac pro forme à assurer les activités opérationnelles d'exploitation, de maintenance et de travaux des réseaux de transport et de distribution de gaz naturel.",
    });
    expect(JSON.stringify(metier.sections[1])).toContain('24\u00a0h/24');
  });

  it('write a short summary from the first paragraph', () => {
    expect(gaz.summary).toBe(
      "Ce bac pro forme à assurer les activités opérationnelles d'exploitation, de maintenance et de travaux des réseaux de transport et de distribution de gaz naturel.",
    );
    expect(metier.summary.length).toBeLessThanOrEqual(181);
    expect(metier.summary).toMatch(/^Le technicien d'intervention clientèle gaz entretient .*…$/);
  });
});
