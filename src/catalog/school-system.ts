// The French school system as a route needs it: which diploma a diploma asks for first, and how
// many years it takes. General facts of the system (Éducation nationale, enseignement supérieur,
// Onisep's « Après la 3e » and « Après le bac » guides, 2025), not facts of a fiche: they are
// kept here, reviewed, and tested (school-system.test.ts), and never written into a fiche.
//
// A route takes the usual way: the first of a stage's `after` choices, unless the métier's own
// formations name another (a métier recommending a BTS and an engineering school goes through the
// BTS). Stages outside this table are placed by their level and duration (route.ts).
import { fold } from './text';

export type StageKey =
  | 'cap'
  | 'bac-pro'
  | 'bac-gt'
  | 'bp'
  | 'bma'
  | 'btm'
  | 'cs'
  | 'fcil'
  | 'bts'
  | 'deust'
  | 'cpge'
  | 'but'
  | 'licence'
  | 'licence-pro'
  | 'dn-made'
  | 'master'
  | 'ingenieur'
  | 'mastere-specialise'
  | 'doctorat';

/** One way into a stage: after one of `from` (none: straight after 3e), for `years`. */
export interface StageEntry {
  from: readonly StageKey[];
  years: number;
  /** This way is the one of diplomas of this level only (a CS after a CAP is level 3, after a bac pro 4). */
  level?: number;
}

export interface Stage {
  key: StageKey;
  /** The diploma as students name it. */
  name: string;
  /** The national level it certifies; null for a stage that certifies none (prépa). */
  level: number | null;
  /** The ways into it, the usual one first. */
  after: readonly StageEntry[];
  /** The formations' `Type:` labels (folded) that are this stage. */
  types: RegExp;
  /** The start of a formation's title that names this stage, for formations outside the catalogue. */
  titles?: RegExp;
  /** What a student should know beyond the years (another way in). */
  note?: string;
}

const AFTER_3E: StageEntry = { from: [], years: 0 };
const BAC: readonly StageKey[] = ['bac-gt', 'bac-pro'];
const BAC_PLUS_2: readonly StageKey[] = ['cpge', 'but', 'bts', 'licence'];

export const STAGES: readonly Stage[] = [
  {
    key: 'cap',
    name: 'CAP',
    level: 3,
    after: [{ ...AFTER_3E, years: 2 }],
    types: /^cap\b/,
    titles: /^(cap|capa|cap agricole)\b/,
  },
  {
    key: 'bac-pro',
    name: 'bac professionnel',
    level: 4,
    after: [{ ...AFTER_3E, years: 3 }],
    types: /^baccalaureat professionnel/,
    titles: /^bac pro\b/,
    note: 'En 2 ans après un CAP du même domaine.',
  },
  {
    key: 'bac-gt',
    name: 'bac général ou technologique',
    level: 4,
    after: [{ ...AFTER_3E, years: 3 }],
    types: /^baccalaureat (general|technologique)/,
    titles: /^(bac general|bac techno|baccalaureat general|baccalaureat technologique)\b/,
  },
  {
    key: 'bp',
    name: 'brevet professionnel (BP)',
    level: 4,
    after: [{ from: ['cap'], years: 2 }],
    // Not the BPJEPS (« brevet professionnel de la jeunesse… »), entered at 18 without a diploma.
    // (The BPA, « brevet professionnel agricole », is a level 3 diploma of its own: placed by its level.)
    types: /^brevet professionnel \(bp\)/,
    titles: /^(bp|brevet professionnel)\b(?! de la jeunesse| agricole)/,
  },
  {
    key: 'bma',
    name: "brevet des métiers d'art (BMA)",
    level: 4,
    after: [{ from: ['cap'], years: 2 }],
    types: /^brevet des metiers d'art/,
    titles: /^(bma|brevet des metiers d'art)\b/,
  },
  {
    key: 'btm',
    name: 'brevet technique des métiers (BTM)',
    level: 4,
    after: [{ from: ['cap'], years: 2 }],
    types: /^brevet technique des metiers \(btm\)/,
    titles: /^btm\b/,
  },
  {
    key: 'cs',
    name: 'certificat de spécialisation (CS, ex-MC)',
    level: null,
    after: [
      { from: ['cap'], years: 1, level: 3 },
      { from: ['bac-pro'], years: 1, level: 4 },
    ],
    types: /^certificat de specialisation/,
    titles: /^(cs|mc|certificat de specialisation|mention complementaire)\b/,
  },
  {
    key: 'fcil',
    name: "formation complémentaire d'initiative locale (FCIL)",
    level: null,
    after: [{ from: ['bac-pro', 'cap', 'bts'], years: 1 }],
    types: /^formation complementaire d'initiative locale/,
    titles: /^fcil\b/,
    // Counted as a year, its longest.
    note: 'De 3 à 11 mois, après un CAP, un bac ou un BTS selon la formation.',
  },
  {
    key: 'bts',
    name: 'BTS',
    level: 5,
    after: [{ from: BAC, years: 2 }],
    types: /^brevet de technicien superieur/,
    titles: /^(bts|btsa)\b/,
  },
  {
    key: 'deust',
    name: 'DEUST',
    level: 5,
    after: [{ from: BAC, years: 2 }],
    types: /^diplome d'etudes universitaires scientifiques et techniques/,
    titles: /^deust\b/,
  },
  {
    key: 'cpge',
    name: 'classe préparatoire (prépa)',
    level: null,
    after: [{ from: ['bac-gt'], years: 2 }],
    types: /^classe preparatoire/,
    titles: /^(cpge|classe preparatoire)\b/,
  },
  {
    key: 'but',
    name: 'BUT',
    level: 6,
    after: [{ from: BAC, years: 3 }],
    types: /^bachelor universitaire de technologie/,
    titles: /^but\b/,
  },
  {
    key: 'licence',
    name: 'licence',
    level: 6,
    after: [{ from: ['bac-gt', 'bac-pro'], years: 3 }],
    types: /^licence$/,
    titles: /^licence\b(?! pro)/,
  },
  {
    key: 'licence-pro',
    name: 'licence professionnelle',
    level: 6,
    after: [{ from: ['bts', 'but', 'deust', 'licence'], years: 1 }],
    types: /^licence pro/,
    titles: /^licence pro/,
    note: 'Après un bac + 2 : BTS, 2 premières années de BUT ou de licence.',
  },
  {
    key: 'dn-made',
    name: 'DN MADE',
    level: 6,
    after: [{ from: BAC, years: 3 }],
    types: /^diplome national des metiers d'art et du design/,
    titles: /^(dn made|dnmade)\b/,
  },
  {
    key: 'master',
    name: 'master',
    level: 7,
    after: [{ from: ['licence', 'but'], years: 2 }],
    types: /^master$/,
    titles: /^master\b/,
  },
  {
    key: 'ingenieur',
    name: "diplôme d'ingénieur",
    level: 7,
    after: [
      { from: ['bac-gt'], years: 5 },
      { from: BAC_PLUS_2, years: 3 },
    ],
    types: /^diplome d'ingenieur/,
    titles: /^diplome d'ingenieur\b/,
    note: 'En 5 ans après le bac (prépa intégrée), ou en 3 ans après un bac + 2 : prépa, BUT, BTS, licence.',
  },
  {
    key: 'mastere-specialise',
    name: 'mastère spécialisé',
    level: 7,
    after: [{ from: ['master', 'ingenieur'], years: 1 }],
    types: /^mastere specialise/,
    titles: /^mastere specialise\b/,
  },
  {
    key: 'doctorat',
    name: 'doctorat',
    level: 8,
    after: [{ from: ['master'], years: 3 }],
    types: /^doctorat/,
    titles: /^doctorat\b/,
  },
];

/**
 * Formations entered at 18 or later, with experience or after a competitive exam (titres
 * professionnels, diplômes « jeunesse et sports », formations of civil servants): a route does not
 * count them in years after 3e; it names them apart.
 */
export const OUTSIDE_ROUTE =
  /^(titre professionnel|brevet professionnel de la jeunesse|diplome d'etat (superieur )?de la jeunesse|formation de fonctionnaires|preparation aux concours)/;

const BY_KEY = new Map(STAGES.map((s) => [s.key, s]));

export function stage(key: StageKey): Stage {
  return BY_KEY.get(key)!;
}

/** The stage of a formation of the catalogue, by its `Type:` label. */
export function stageOfType(type: string): Stage | undefined {
  const key = fold(type).trim();
  return STAGES.find((s) => s.types.test(key));
}

/** The stage a formation's title names, for formations outside the catalogue. */
export function stageOfTitle(title: string): Stage | undefined {
  const key = fold(title).trim();
  return STAGES.find((s) => s.titles?.test(key));
}

/**
 * The diplomas that usually give a level, for a métier that recommends no formation: the route a
 * student would take to reach the level its fiche asks for.
 */
export const STAGES_OF_LEVEL: Readonly<Record<number, readonly StageKey[]>> = {
  3: ['cap'],
  4: ['bac-pro', 'bac-gt'],
  5: ['bts'],
  6: ['but', 'licence'],
  7: ['master'],
  8: ['doctorat'],
};
