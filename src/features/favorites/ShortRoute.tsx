// A métier's way from 3e in a line, for the printed list of favourites: the levels of the
// formations its fiche recommends, lowest first, with a few of them named. (The fiche's page
// draws the whole route.)
import type { Catalog, CatalogEntry } from '../../catalog/catalog';
import { levelInfo } from '../../catalog/vocabularies';
import { yearsAfter3eAlone } from '../../catalog/facts';

/** How many formations are named at each level; the others are counted. */
const NAMED = 2;

export function shortRoute(metier: CatalogEntry, catalog: Catalog): string[] {
  const byLevel = new Map<number | null, string[]>();
  for (const index of metier.related) {
    const formation = catalog.entries[index];
    if (formation?.kind !== 'formation') continue;
    const titles = byLevel.get(formation.level) ?? [];
    byLevel.set(formation.level, [...titles, formation.title]);
  }
  return [...byLevel]
    .sort(([a], [b]) => (a ?? 99) - (b ?? 99))
    .map(([level, titles]) => {
      const info = levelInfo(level);
      const where = info ? `${info.label} (${yearsAfter3eAlone(info.yearsAfter3e)})` : 'Autres formations';
      const more =
        titles.length > NAMED
          ? ` et ${titles.length - NAMED} autre${titles.length - NAMED > 1 ? 's' : ''}`
          : '';
      return `${where} : ${titles.slice(0, NAMED).join(', ')}${more}`;
    });
}

export function ShortRoute({ metier, catalog }: { metier: CatalogEntry; catalog: Catalog }) {
  const steps = shortRoute(metier, catalog);
  if (steps.length === 0) return null;
  return (
    <div className="mt-1 hidden text-sm print:block">
      <p className="font-semibold">Comment y arriver (formations recommandées) :</p>
      <ul className="list-disc pl-5">
        {steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ul>
    </div>
  );
}
