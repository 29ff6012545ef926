// On a fiche hidden as « Pas pour moi » (still reachable by its address): say so, and offer to
// put it back in the lists.
import type { Kind } from '../catalog/schema';
import { useHidden } from '../favorites/use-hidden';

export function HiddenNotice({ fiche }: { fiche: { kind: Kind; id: string } }) {
  const hidden = useHidden();
  if (!hidden.has(fiche.kind, fiche.id)) return null;
  return (
    <p className="no-print mt-4 flex flex-wrap items-center gap-x-3 gap-y-2 rounded-lg bg-slate-100 p-3 dark:bg-slate-800">
      <span>Tu as masqué cette fiche des listes (« Pas pour moi »).</span>
      <button type="button" className="btn-secondary" onClick={() => hidden.show(fiche.kind, fiche.id)}>
        La remettre dans les listes
      </button>
    </p>
  );
}
