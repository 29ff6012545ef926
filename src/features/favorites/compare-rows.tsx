// The rows of a comparison: the facts every view shows (catalog/facts.ts), the centres
// d'intérêt and the linked fiches; each row says whether the fiches differ.
import type { ReactNode } from 'react';
import type { Catalog, CatalogEntry } from '../../catalog/catalog';
import { entryFacts } from '../../catalog/facts';
import { KINDS, type Kind } from '../../catalog/kinds';
import type { Fiche, Related } from '../../catalog/schema';
import { FicheLink } from '../../ui/FicheLink';

export interface Row {
  label: string;
  /** Compared as text to tell whether the fiches differ. */
  values: string[];
  cells: ReactNode[];
}

const unordered = (items: string[]) => [...items].sort().join('|');

function RelatedCell({ related, kind, catalog }: { related: Related[]; kind: Kind; catalog: Catalog }) {
  if (related.length === 0) return <>—</>;
  return (
    <ul className="list-disc space-y-1 pl-5">
      {related.map((ref, i) => {
        const target = ref.id ? catalog.find(kind, ref.id) : undefined;
        return <li key={i}>{target ? <FicheLink entry={target} /> : ref.title}</li>;
      })}
    </ul>
  );
}

/**
 * Starting salaries as the cards write them, each with a bar on one scale (the highest of the
 * compared fiches is the full width), so that the gap reads at a glance.
 */
function salaryCells(entries: CatalogEntry[], texts: string[]): ReactNode[] {
  const top = Math.max(0, ...entries.map((e) => e.salary ?? 0));
  return entries.map((e, i) => (
    <>
      {texts[i]}
      {e.salary !== null && top > 0 && (
        // SVG rather than a width in a style attribute: the CSP allows no inline style.
        <svg
          aria-hidden="true"
          viewBox="0 0 100 4"
          preserveAspectRatio="none"
          className="mt-2 block h-2 w-full max-w-48"
        >
          <rect width="100" height="4" rx="1" className="fill-slate-200 dark:fill-slate-700" />
          <rect
            width={Math.round((e.salary / top) * 100)}
            height="4"
            rx="1"
            className="fill-brand-600 dark:fill-brand-300"
          />
        </svg>
      )}
    </>
  ));
}

/** `fiches[i]` is the whole record of `entries[i]`, all of one kind. */
export function compareRows(fiches: Fiche[], entries: CatalogEntry[], catalog: Catalog): Row[] {
  const { interestsLabel, related } = KINDS[entries[0]!.kind];
  const facts = entries.map((entry, i) => new Map(entryFacts(entry, fiches[i]).map((f) => [f.key, f])));
  return [
    ...[...facts[0]!.values()].map(({ key, label }) => {
      const row = facts.map((f) => f.get(key)!);
      return {
        label,
        values: row.map((fact) => (fact.items ? unordered(fact.items) : fact.value)),
        cells:
          key === 'salary'
            ? salaryCells(
                entries,
                row.map((f) => f.value),
              )
            : row.map((fact) => fact.value),
      };
    }),
    {
      label: interestsLabel,
      values: entries.map((e) => unordered(e.interests)),
      cells: entries.map((e) => (e.interests.length > 0 ? e.interests.join(', ') : '—')),
    },
    {
      label: related.title,
      values: fiches.map((f) => unordered(f.related.map((r) => r.title))),
      cells: fiches.map((f, i) => (
        <RelatedCell key={i} related={f.related} kind={related.kind} catalog={catalog} />
      )),
    },
  ];
}
