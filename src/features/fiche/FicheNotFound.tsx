// A fiche whose id is not in the catalogue: say so, and offer to search for it.
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { KINDS, type Kind } from '../../catalog/kinds';
import { catalogQuery } from '../../data/catalog-query';
import { Shortcuts, Suggestions, wordsOf } from '../../ui/not-found';
import { useDocumentTitle } from '../../ui/use-document-title';

export function FicheNotFound({ kind, id }: { kind: Kind; id: string }) {
  const { words } = KINDS[kind];
  const navigate = useNavigate();
  const { data: catalogSearch } = useQuery(catalogQuery);
  useDocumentTitle('Fiche introuvable');
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">Fiche introuvable</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">
        Aucune fiche {words.one} ne porte l'identifiant « {id} ». Elle a peut-être été retirée du catalogue,
        ou le lien est incomplet.
      </p>
      <form
        role="search"
        className="mt-6"
        onSubmit={(e) => {
          e.preventDefault();
          const q = new FormData(e.currentTarget).get('q')?.toString().trim();
          void navigate({ to: '/recherche', search: { q: q || undefined } });
        }}
      >
        <label htmlFor="fiche-introuvable-q" className="font-semibold">
          {words.search}
        </label>
        <div className="mt-1 flex flex-wrap gap-2">
          <input
            id="fiche-introuvable-q"
            name="q"
            type="search"
            className="input min-w-0 flex-[1_1_12rem]"
            defaultValue={wordsOf(id)}
          />
          <button type="submit" className="btn-primary">
            Rechercher
          </button>
        </div>
      </form>
      <Suggestions entries={catalogSearch?.closeTitles(wordsOf(id), kind) ?? []} />
      <Shortcuts />
    </div>
  );
}
