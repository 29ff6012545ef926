// « Si je m'arrête ici »: under a step of the route, the métiers its formations lead to (the
// catalogue's links), so that a student sees what each level opens; and every métier of that level.
import { Link } from '@tanstack/react-router';
import type { Catalog } from '../../catalog/catalog';
import { metiersAfterStep, stepLevel, type RouteOption } from '../../catalog/route';
import { levelInfo } from '../../catalog/vocabularies';
import { FoldedFicheLinks } from '../../ui/FoldedFicheLinks';

/** How many métiers are named; the others are counted. */
const NAMED = 5;

export function StopHere({
  options,
  metierIndex,
  catalog,
}: {
  options: RouteOption[];
  metierIndex: number;
  catalog: Catalog;
}) {
  const metiers = metiersAfterStep(options, metierIndex, catalog);
  const level = levelInfo(stepLevel(options));
  if (metiers.length === 0 && !level) return null;
  return (
    <div className="mt-3 rounded-lg border border-slate-300 p-3 text-sm dark:border-slate-700">
      <p className="font-semibold">Si je m'arrête ici</p>
      {metiers.length > 0 && (
        <>
          <p>Ces formations mènent aussi à :</p>
          <FoldedFicheLinks
            entries={metiers}
            named={NAMED}
            more={(n) => (n > 1 ? `Voir les ${n} autres métiers` : "Voir l'autre métier")}
            className="mt-1 flex flex-wrap gap-x-4 gap-y-1"
          />
        </>
      )}
      {level && (
        <p className="mt-1">
          <Link to="/metiers" search={{ niveau: [String(level.level)] }}>
            Les métiers accessibles au niveau {level.label}
          </Link>
        </p>
      )}
    </div>
  );
}
