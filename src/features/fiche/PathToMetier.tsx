// "Comment y arriver": the formations recommandées of a métier as a path by level after 3e.
import type { Catalog, CatalogEntry } from '../../catalog/catalog';
import { levelFromTitle } from '../../catalog/diplomas';
import { formatYears, levelName, yearsAfter3eAlone } from '../../catalog/facts';
import type { Metier } from '../../catalog/schema';
import { levelInfo } from '../../catalog/vocabularies';
import { FicheLink } from '../../ui/FicheLink';

interface Step {
  level: number | null;
  formations: { title: string; entry: CatalogEntry | undefined }[];
}

export function pathSteps(metier: Metier, catalog: Catalog): Step[] {
  const byLevel = new Map<number | null, Step>();
  for (const ref of metier.related) {
    const entry = ref.id ? catalog.find('formation', ref.id) : undefined;
    const level = entry ? entry.level : levelFromTitle(ref.title);
    if (!byLevel.has(level)) byLevel.set(level, { level, formations: [] });
    byLevel.get(level)!.formations.push({ title: ref.title, entry });
  }
  return [...byLevel.values()].sort((a, b) => (a.level ?? 99) - (b.level ?? 99));
}

export function PathToMetier({ metier, catalog }: { metier: Metier; catalog: Catalog }) {
  const steps = pathSteps(metier, catalog);
  return (
    <section aria-labelledby="comment-y-arriver" className="mt-8">
      <h2 id="comment-y-arriver" className="text-2xl font-bold">
        Comment y arriver
      </h2>
      {metier.durationYears !== null && (
        <p className="mt-2 text-lg">
          {metier.durationYears === 0 ? (
            <>
              Ce métier est accessible <strong>dès la fin de la 3e</strong>.
            </>
          ) : (
            <>
              Il faut compter{' '}
              <strong>au moins {formatYears(metier.durationYears)} d'études après la 3e</strong>
            </>
          )}
          {metier.levelLabel && <> (niveau d'accès : {metier.levelLabel})</>}.
        </p>
      )}
      {steps.length === 0 ? (
        <p className="mt-2 text-slate-700 dark:text-slate-300">
          La fiche ne recommande pas de formation particulière.
        </p>
      ) : (
        <ol className="mt-4 space-y-4 border-l-4 border-brand-200 pl-5 dark:border-brand-800">
          {steps.map((step) => {
            const years = levelInfo(step.level)?.yearsAfter3e;
            return (
              <li key={step.level ?? 'autre'} className="relative">
                <span
                  aria-hidden="true"
                  className="absolute top-1.5 -left-[1.95rem] size-4 rounded-full border-4 border-white bg-brand-700 dark:border-slate-950 dark:bg-brand-300"
                />
                <h3 className="font-semibold">
                  {levelName(step.level) ?? 'Autres formations'}
                  {years !== undefined && (
                    <span className="ml-2 font-normal text-slate-600 dark:text-slate-400">
                      · {yearsAfter3eAlone(years)}
                    </span>
                  )}
                </h3>
                <ul className="mt-1 space-y-1">
                  {step.formations.map((f, i) => (
                    <li key={i}>
                      {f.entry ? <FicheLink entry={f.entry} /> : <span>{f.title}</span>}
                      {f.entry?.durationYears != null && (
                        <span className="text-slate-600 dark:text-slate-400">
                          {' '}
                          — {formatYears(f.entry.durationYears)}
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
