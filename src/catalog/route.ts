// The route from 3e to a métier: the steps a student takes, each with the years after 3e at its
// end, drawn from the formations the métier's fiche recommends and, for the steps the catalogue
// does not link (the bac before an engineering school), from the school system's table
// (school-system.ts). Pure: the fiche page, its printout and the tests read the same route.
import type { Catalog, CatalogEntry } from './catalog';
import type { Metier } from './schema';
import {
  OUTSIDE_ROUTE,
  stage,
  stageOfTitle,
  stageOfType,
  STAGES_OF_LEVEL,
  type Stage,
  type StageKey,
} from './school-system';
import { fold } from './text';
import { formatYears } from './facts';
import { levelInfo } from './vocabularies';

export interface RouteFormation {
  title: string;
  /** The formation's entry, when the catalogue holds it. */
  entry: CatalogEntry | undefined;
}

/** One choice at a step: a diploma, with the fiche's formations of that diploma (none: a step the data does not link). */
export interface RouteOption {
  /** The diplomas this option stands for (several when any of them will do: « bac général ou technologique, bac professionnel »). */
  stages: Stage[];
  /** How it is named when no stage of the table names it: the formation's type or level. */
  name: string;
  /** Years of study after 3e at its end; null when the data does not say. */
  years: number | null;
  formations: RouteFormation[];
  /** The way in: « 2 ans après un CAP »; none straight after 3e. */
  after?: string;
  note?: string;
}

export interface Route {
  /**
   * In order from 3e, by the years after 3e at their end (the route's axis): each step holds the
   * diplomas finished that year, each saying what it follows.
   */
  steps: RouteOption[][];
  /** Recommended formations the route cannot place (no type, level or duration). */
  others: RouteFormation[];
}

interface Node {
  option: RouteOption;
  rank: number;
}

/** Years after 3e that a level takes on the usual path (vocabularies.ts). */
const levelYears = (level: number) => levelInfo(level)?.yearsAfter3e;

export function stageNames(stages: readonly Stage[]): string {
  return stages.map((s) => s.name).join(', ou ');
}

/** Builds routes: places the targets, then the steps before them, each once. */
class RouteBuilder {
  private readonly nodes = new Map<string, Node>();
  private readonly present: Set<StageKey>;
  private readonly generic: Node[] = [];

  constructor(targets: StageKey[]) {
    this.present = new Set(targets);
  }

  /** The node of a stage, placed after its prerequisites (a formation's level chooses among a CS's ways). */
  placeStage(key: StageKey, level: number | null = null): Node {
    const s = stage(key);
    // Only a stage whose ways depend on the level (a CS) has one node per level.
    const id = level !== null && s.after.some((w) => w.level !== undefined) ? `${key}@${level}` : key;
    const known = this.nodes.get(id);
    if (known) return known;
    const ways = s.after.filter((w) => w.level === undefined || level === null || w.level === level);
    const way = ways.find((w) => w.from.some((f) => this.present.has(f))) ?? ways[0] ?? s.after[0]!;
    let rank = 1;
    let years = way.years;
    let after: string | undefined;
    if (way.from.length > 0) {
      const before = this.placeBefore(way.from);
      rank = before.rank + 1;
      years = before.option.years === null ? way.years : before.option.years + way.years;
      // A generic step may stand for more diplomas than this way takes (the bac pro before a BTS, not an engineering school).
      const from =
        before.option.formations.length > 0 || before.option.stages.length === 1
          ? before.option.name
          : stageNames(way.from.map(stage).filter((f) => before.option.stages.includes(f)));
      after = `${formatYears(way.years)} après : ${from}`;
    }
    const node = { rank, option: { stages: [s], name: s.name, years, formations: [], after, note: s.note } };
    this.nodes.set(id, node);
    return node;
  }

  /** What comes before a stage: one of `from` the métier's formations name, or all of them as one generic step. */
  private placeBefore(from: readonly StageKey[]): Node {
    const named = from.find((f) => this.present.has(f));
    if (named) return this.placeStage(named);
    const id = from.join('|');
    // A generic step already drawn that opens this way too (the bac before a BTS and before a school).
    const known =
      this.nodes.get(id) ?? this.generic.find((n) => n.option.stages.some((s) => s.key === from[0]));
    if (known) return known;
    const first = this.placeStage(from[0]!);
    // The generic step stands for every diploma that opens the way; the first one's years hold for all.
    this.nodes.delete(from[0]!);
    const node = { rank: first.rank, option: { ...first.option, stages: from.map(stage), note: undefined } };
    node.option.name = stageNames(node.option.stages);
    this.nodes.set(id, node);
    this.generic.push(node);
    return node;
  }

  /**
   * A formation whose type the table does not hold, placed by its level and duration: a level 3
   * or 4 diploma after 3e; above, after a bac, or after the years its level usually takes minus
   * its own (a one-year bac + 3 follows a bac + 2).
   */
  placeByLevel(entry: CatalogEntry): Node | undefined {
    const { level, durationYears: duration, type } = entry;
    const usual = level === null ? undefined : levelYears(level);
    const name = type ?? entry.levelLabel ?? 'autre formation';
    const id = `type:${name}:${level}:${duration}`;
    const known = this.nodes.get(id);
    if (known) return known;
    let node: Node | undefined;
    if (level !== null && level <= 4 && usual !== undefined) {
      // Entered after 3e or after a first diploma: the data does not say; its level takes at least this long.
      const years = Math.max(duration ?? usual, usual);
      node = {
        rank: 1,
        option: { stages: [], name, years, formations: [], after: `niveau ${levelInfo(level)!.label}` },
      };
    } else if (level !== null && usual !== undefined) {
      const start = duration === null ? 3 : Math.max(3, usual - duration);
      const before = start === 3 ? this.placeBefore(['bac-gt', 'bac-pro']) : this.placeGenericLevel(start);
      const years = start + (duration ?? usual - start);
      const after =
        duration === null
          ? `après : ${before.option.name}`
          : `${formatYears(duration)} après : ${before.option.name}`;
      node = { rank: before.rank + 1, option: { stages: [], name, years, formations: [], after } };
    }
    if (node) this.nodes.set(id, node);
    return node;
  }

  /** « Un bac + N », after the bac: the step before a short formation of a high level. */
  private placeGenericLevel(yearsAfter3e: number): Node {
    const id = `bac+${yearsAfter3e - 3}`;
    const known = this.nodes.get(id);
    if (known) return known;
    const bac = this.placeBefore(['bac-gt', 'bac-pro']);
    const node = {
      rank: bac.rank + 1,
      option: {
        stages: [],
        name: `un diplôme de niveau bac + ${yearsAfter3e - 3}`,
        years: yearsAfter3e,
        formations: [],
        after: `après : ${bac.option.name}`,
      },
    };
    this.nodes.set(id, node);
    return node;
  }

  /** The options by the year they end; in a year, those that come earlier in a route first. */
  steps(): RouteOption[][] {
    const byYears = new Map<number | null, Node[]>();
    for (const node of this.nodes.values()) {
      const year = node.option.years;
      byYears.set(year, [...(byYears.get(year) ?? []), node]);
    }
    return [...byYears]
      .sort(([a], [b]) => (a ?? 99) - (b ?? 99))
      .map(([, nodes]) =>
        nodes
          .sort((a, b) => a.rank - b.rank || a.option.name.localeCompare(b.option.name, 'fr'))
          .map((n) => n.option),
      );
  }
}

interface Target {
  formation: RouteFormation;
  stage: Stage | undefined;
  /** Entered at 18 or later, with experience or by a competitive exam: not years after 3e. */
  outside?: true;
}

function targetOf(ref: { id: string | null; title: string }, catalog: Catalog): Target {
  const entry = ref.id ? catalog.find('formation', ref.id) : undefined;
  const formation = { title: ref.title, entry };
  if (entry?.type && OUTSIDE_ROUTE.test(fold(entry.type)))
    return { formation, stage: undefined, outside: true };
  if (entry) return { formation, stage: entry.type ? stageOfType(entry.type) : undefined };
  return { formation, stage: stageOfTitle(ref.title) };
}

/** The route from 3e to a métier, from the formations its fiche recommends. */
export function metierRoute(metier: Metier, catalog: Catalog): Route {
  const targets = metier.related.map((ref) => targetOf(ref, catalog));
  const builder = new RouteBuilder(targets.flatMap((t) => (t.stage ? [t.stage.key] : [])));
  const others: RouteFormation[] = [];
  for (const { formation, stage: s, outside } of targets) {
    const node = outside
      ? undefined
      : s
        ? builder.placeStage(s.key, formation.entry?.level ?? null)
        : formation.entry && builder.placeByLevel(formation.entry);
    if (node) node.option.formations.push(formation);
    else others.push(formation);
  }
  return { steps: builder.steps(), others };
}

/** The usual route to a level, for a métier that recommends no formation (its « Accès au métier » says more). */
export function levelRoute(level: number): RouteOption[][] {
  const keys = STAGES_OF_LEVEL[level] ?? [];
  const builder = new RouteBuilder([...keys]);
  for (const key of keys) builder.placeStage(key);
  return builder.steps();
}

/**
 * « Si je m'arrête ici »: the métiers the formations of a step lead to (the catalogue's links,
 * both ways), those most of them lead to first, the métier of the route left out.
 */
export function metiersAfterStep(
  options: RouteOption[],
  metierIndex: number,
  catalog: Catalog,
): CatalogEntry[] {
  const count = new Map<number, number>();
  for (const option of options) {
    for (const { entry } of option.formations) {
      if (!entry) continue;
      const linked = new Set([...entry.related, ...catalog.linkedFrom[entry.index]!]);
      for (const i of linked) {
        if (i !== metierIndex && catalog.entries[i]!.kind === 'metier') count.set(i, (count.get(i) ?? 0) + 1);
      }
    }
  }
  return [...count]
    .sort(
      ([a, n], [b, m]) => m - n || catalog.entries[a]!.title.localeCompare(catalog.entries[b]!.title, 'fr'),
    )
    .map(([i]) => catalog.entries[i]!);
}

/** The lowest level a step's diplomas certify: the métiers of that level are those open when one stops there. */
export function stepLevel(options: RouteOption[]): number | null {
  const levels = options.flatMap((o) => [
    ...o.stages.flatMap((s) => (s.level === null ? [] : [s.level])),
    ...o.formations.flatMap((f) => (f.entry?.level != null ? [f.entry.level] : [])),
  ]);
  return levels.length > 0 ? Math.min(...levels) : null;
}

/** The usual route to one diploma of the table, from 3e. */
export function stageRoute(key: StageKey): RouteOption[][] {
  const builder = new RouteBuilder([key]);
  builder.placeStage(key);
  return builder.steps();
}
