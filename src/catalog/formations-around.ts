// « Et après ? » and « Avant » on a formation's fiche: the catalogue's formations around it, by
// the métiers they share. Pure, like the route to a métier (route.ts).
import type { Catalog, CatalogEntry } from './catalog';

export interface FormationsByLevel {
  level: number;
  formations: CatalogEntry[];
}

/**
 * « Et après ? » and « Avant »: the catalogue's formations of a higher (or lower) level that lead
 * to the same métiers as `formation` (the links, both ways), by level, those sharing the most
 * métiers first. Not a statement that one gives access to the other: the page says so.
 */
export function formationsAround(
  formation: CatalogEntry,
  catalog: Catalog,
): { after: FormationsByLevel[]; before: FormationsByLevel[] } {
  const linked = (e: CatalogEntry) => new Set([...e.related, ...catalog.linkedFrom[e.index]!]);
  const shared = new Map<number, number>();
  for (const m of linked(formation)) {
    if (catalog.entries[m]!.kind !== 'metier') continue;
    for (const f of linked(catalog.entries[m]!)) {
      if (f !== formation.index && catalog.entries[f]!.kind === 'formation')
        shared.set(f, (shared.get(f) ?? 0) + 1);
    }
  }
  const group = (keep: (level: number) => boolean) => {
    const byLevel = new Map<number, [CatalogEntry, number][]>();
    for (const [f, n] of shared) {
      const entry = catalog.entries[f]!;
      if (entry.level === null || !keep(entry.level)) continue;
      byLevel.set(entry.level, [...(byLevel.get(entry.level) ?? []), [entry, n]]);
    }
    return [...byLevel]
      .sort(([a], [b]) => a - b)
      .map(([level, list]) => ({
        level,
        formations: list
          .sort(([a, n], [b, m]) => m - n || a.title.localeCompare(b.title, 'fr'))
          .map(([entry]) => entry),
      }));
  };
  const level = formation.level;
  if (level === null) return { after: [], before: [] };
  return { after: group((l) => l > level), before: group((l) => l < level) };
}
