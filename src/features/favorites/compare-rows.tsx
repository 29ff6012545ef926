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

/** `fiches[i]` is the whole record of `entries[i]`, all of one kind. */
export function compareRows(fiches: Fiche[], entries: CatalogEntry[], catalog: Catalog): Row[] {
  const { interestsLabel, related } = KINDS[entries[0]!.kind];
  const facts = entries.map((entry, i) => entryFacts(entry, fiches[i]));
  return [
    ...facts[0]!.map((fact, k) => ({
      label: fact.label,
      values: facts.map((f) => (f[k]!.items ? unordered(f[k]!.items!) : f[k]!.value)),
      cells: facts.map((f) => f[k]!.value),
    })),
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
