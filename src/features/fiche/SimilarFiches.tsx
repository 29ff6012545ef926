// « Métiers proches » / « Formations proches »: the neighbours the build found (search/similar.ts),
// each with why it is there, in the kind's words.
import type { Catalog } from '../../catalog/catalog';
import { KINDS } from '../../catalog/kinds';
import type { Fiche } from '../../catalog/schema';
import { slugify } from '../../catalog/text';
import { MIN_SIMILAR } from '../../search/similar';
import { FicheLink } from '../../ui/FicheLink';

export function SimilarFiches({ fiche, catalog }: { fiche: Fiche; catalog: Catalog }) {
  const { similar } = KINDS[fiche.kind];
  const id = slugify(similar.title);
  // A neighbour the catalogue no longer holds (an old bundle) is left out rather than shown dead.
  const neighbours = fiche.similar.flatMap((s) => {
    const entry = catalog.find(fiche.kind, s.id);
    return entry ? [{ entry, reasons: s.reasons }] : [];
  });
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-2xl font-bold">
        {similar.title}
      </h2>
      {neighbours.length === 0 ? (
        <p className="mt-2">{similar.none}</p>
      ) : (
        <ul className="mt-3 space-y-2">
          {neighbours.map(({ entry, reasons }) => (
            <li key={entry.index}>
              <FicheLink entry={entry} className="font-medium" />
              <span className="text-sm text-slate-600 dark:text-slate-400">
                {' '}
                — {reasons.map((r) => similar.reasons[r]).join(', ')}
              </span>
            </li>
          ))}
        </ul>
      )}
      {neighbours.length > 0 && neighbours.length < MIN_SIMILAR && <p className="mt-2">{similar.fewer}</p>}
    </section>
  );
}
