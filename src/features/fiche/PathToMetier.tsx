// « Comment y arriver »: the route from 3e to a métier (catalog/route.ts), drawn as a path on an
// axis of years after 3e. The DOM reads as the route: each year, the diplomas finished then, what
// they follow, the fiche's formations of each, and what one can do on stopping there.
import { Link } from '@tanstack/react-router';
import type { Catalog } from '../../catalog/catalog';
import { formatYears, yearsAfter3eAlone } from '../../catalog/facts';
import { levelRoute, metierRoute, type RouteFormation, type RouteOption } from '../../catalog/route';
import type { Metier } from '../../catalog/schema';
import { labelKey } from '../../catalog/text';
import { FicheLink } from '../../ui/FicheLink';
import { Blocks } from './FicheText';
import { StopHere } from './StopHere';

/** How many formations a step names at once: a route of 16 engineering schools is read on a phone. */
const NAMED = 5;

function FormationList({ formations }: { formations: RouteFormation[] }) {
  return (
    <ul className="mt-1 space-y-1">
      {formations.map((f, i) => (
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
  );
}

/** The fiche's formations of a step, those with a fiche in the catalogue first, the rest behind « Voir ». */
function Formations({ formations }: { formations: RouteFormation[] }) {
  const ordered = [...formations.filter((f) => f.entry), ...formations.filter((f) => !f.entry)];
  const more = ordered.length - NAMED;
  if (more <= 1) return <FormationList formations={ordered} />;
  return (
    <>
      <FormationList formations={ordered.slice(0, NAMED)} />
      <details className="mt-1">
        <summary className="cursor-pointer">Voir les {more} autres formations</summary>
        <FormationList formations={ordered.slice(NAMED)} />
      </details>
    </>
  );
}

/** A link to the catalogue's formations of a step's diplomas, when the fiche names none. */
function FormationsOfType({ option, catalog }: { option: RouteOption; catalog: Catalog }) {
  const slugs = catalog.types.labels
    .filter((label) => option.stages.some((s) => s.types.test(labelKey(label))))
    .map((label) => catalog.types.slugOf.get(label)!);
  if (slugs.length === 0) return null;
  return (
    <p className="mt-1">
      <Link to="/formations" search={{ type: slugs }}>
        Les formations de ce type
      </Link>
    </p>
  );
}

function Option({ option, catalog }: { option: RouteOption; catalog: Catalog }) {
  return (
    <div className="mt-2">
      <p>
        <strong>{option.name}</strong>
        {option.after && <span className="text-slate-700 dark:text-slate-300"> — {option.after}</span>}
      </p>
      {option.note && <p className="text-sm text-slate-600 dark:text-slate-400">{option.note}</p>}
      {option.formations.length > 0 ? (
        <Formations formations={option.formations} />
      ) : (
        <FormationsOfType option={option} catalog={catalog} />
      )}
    </div>
  );
}

function RouteSteps({
  steps,
  metier,
  catalog,
}: {
  steps: RouteOption[][];
  metier: Metier;
  catalog: Catalog;
}) {
  const metierIndex = catalog.find('metier', metier.id)?.index ?? -1;
  return (
    <ol className="route mt-4 space-y-5 border-l-4 border-brand-200 pl-5 dark:border-brand-800">
      {steps.map((options, i) => {
        const years = options[0]!.years;
        return (
          <li key={i} className="relative">
            <span
              aria-hidden="true"
              className="absolute top-1.5 -left-[1.95rem] size-4 rounded-full border-4 border-white bg-brand-700 dark:border-slate-950 dark:bg-brand-300"
            />
            <h3 className="font-semibold text-brand-800 dark:text-brand-200">
              {years === null ? 'Durée non précisée' : yearsAfter3eAlone(years)}
            </h3>
            {options.map((option, j) => (
              <Option key={j} option={option} catalog={catalog} />
            ))}
            {i < steps.length - 1 && (
              <StopHere options={options} metierIndex={metierIndex} catalog={catalog} />
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** « Après la 3e : … », the route's first choices in a sentence. */
function FirstStep({ steps }: { steps: RouteOption[][] }) {
  const first = steps.flat().filter((o) => !o.after);
  if (first.length === 0) return null;
  const names = first.map((o) => (o.years === null ? o.name : `${o.name} (${formatYears(o.years)})`));
  return (
    <p className="mt-2 text-lg">
      <strong>Après la 3e :</strong> {names.join(', ou ')}.
    </p>
  );
}

export function PathToMetier({ metier, catalog }: { metier: Metier; catalog: Catalog }) {
  const route = metierRoute(metier, catalog);
  // Without a formation the route can place, the fiche's own words say the way, beside the usual route to its level.
  const generic = route.steps.length === 0 && metier.related.length === 0 && metier.level !== null;
  const steps = generic ? levelRoute(metier.level!) : route.steps;
  const access =
    route.steps.length === 0
      ? metier.sections.find((s) => labelKey(s.title) === 'acces au metier')
      : undefined;
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
      {route.steps.length === 0 && (
        <p className="mt-2 text-slate-700 dark:text-slate-300">
          {route.others.length > 0
            ? 'La fiche recommande des formations sans en dire le niveau : voici ce que dit la fiche'
            : 'La fiche ne recommande pas de formation particulière : voici ce que dit la fiche'}
          {generic &&
            ', puis le parcours le plus courant jusqu’à ce niveau (il n’est pas propre à ce métier)'}
          .
        </p>
      )}
      {access && access.blocks.length > 0 && (
        <div className="mt-2 rounded-lg bg-slate-100 p-3 dark:bg-slate-800">
          <h3 className="font-semibold">Accès au métier, selon la fiche</h3>
          <Blocks blocks={access.blocks} />
        </div>
      )}
      <FirstStep steps={steps} />
      {steps.length > 0 && <RouteSteps steps={steps} metier={metier} catalog={catalog} />}
      {route.others.length > 0 && (
        <>
          <h3 className="mt-6 font-semibold">Autres formations recommandées</h3>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Accessibles à 18 ans ou plus, avec de l’expérience, sur concours, ou dont le catalogue ne dit pas
            le niveau.
          </p>
          <Formations formations={route.others} />
        </>
      )}
    </section>
  );
}
