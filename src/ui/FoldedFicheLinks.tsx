// A list of fiches whose first few are named and the rest folded behind « Voir … »: long lists
// (« Si je m'arrête ici », « Et après ? ») stay short on a phone.
import type { CatalogEntry } from '../catalog/catalog';
import { FicheLink } from './FicheLink';

function Links({ entries, className }: { entries: CatalogEntry[]; className: string }) {
  return (
    <ul className={className}>
      {entries.map((e) => (
        <li key={e.index}>
          <FicheLink entry={e} />
        </li>
      ))}
    </ul>
  );
}

export function FoldedFicheLinks({
  entries,
  named,
  more,
  className,
}: {
  entries: CatalogEntry[];
  /** How many are shown before the fold. */
  named: number;
  /** The fold's label, given how many it holds. */
  more: (count: number) => string;
  className: string;
}) {
  const folded = entries.length - named;
  return (
    <>
      <Links entries={entries.slice(0, named)} className={className} />
      {folded > 0 && (
        <details className="mt-1">
          <summary className="cursor-pointer">{more(folded)}</summary>
          <Links entries={entries.slice(named)} className={className} />
        </details>
      )}
    </>
  );
}
