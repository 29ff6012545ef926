// « Et après ? » on a formation's fiche: the catalogue's formations of a higher level that lead to
// the same métiers, by level, and those of a lower level (« Avant »). Beside the fiche's own
// « Poursuite d'études », which says what it opens; these say where its métiers are also reached.
import type { Catalog, CatalogEntry } from '../../catalog/catalog';
import { levelName } from '../../catalog/facts';
import { formationsAround, type FormationsByLevel } from '../../catalog/formations-around';
import { FoldedFicheLinks } from '../../ui/FoldedFicheLinks';

/** How many formations are named at a level; the others are behind « Voir ». */
const NAMED = 4;

function ByLevel({ groups }: { groups: FormationsByLevel[] }) {
  return (
    <ul className="mt-2 space-y-3">
      {groups.map(({ level, formations }) => (
        <li key={level}>
          <h4 className="font-semibold">{levelName(level)}</h4>
          <FoldedFicheLinks
            entries={formations}
            named={NAMED}
            more={(n) => `Voir les ${n} autres`}
            className="mt-1 space-y-1"
          />
        </li>
      ))}
    </ul>
  );
}

export function NextFormations({ entry, catalog }: { entry: CatalogEntry; catalog: Catalog }) {
  const { after, before } = formationsAround(entry, catalog);
  return (
    <section aria-labelledby="et-apres" className="mt-8">
      <h2 id="et-apres" className="text-2xl font-bold">
        Et après ?
      </h2>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        Formations du catalogue qui mènent aux mêmes métiers que celle-ci. Elles ne sont pas forcément
        accessibles après elle : leur fiche dit ce qu’elles demandent.
      </p>
      {after.length > 0 ? (
        <>
          <h3 className="mt-4 text-lg font-semibold">D’un niveau plus élevé</h3>
          <ByLevel groups={after} />
        </>
      ) : (
        <p className="mt-2">
          Le catalogue n’a pas de formation d’un niveau plus élevé menant aux mêmes métiers.
        </p>
      )}
      {before.length > 0 && (
        <>
          <h3 className="mt-4 text-lg font-semibold">Avant : d’un niveau moins élevé</h3>
          <ByLevel groups={before} />
        </>
      )}
    </section>
  );
}
