// A list someone shared (/favoris?liste=…, or the older ?ids=…): what it holds with its notes,
// and a way to add it to one's own favourites without overwriting anything.
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import type { Catalog } from '../../catalog/catalog';
import type { Favorite } from '../../favorites/favorites';
import { sharedFiches } from '../../favorites/share';
import { useFavorites } from '../../favorites/use-favorites';
import { FavoriteRow } from './FavoriteRow';

export function SharedList({
  search,
  catalog,
}: {
  search: { ids?: string; liste?: string };
  catalog: Catalog;
}) {
  const favorites = useFavorites();
  const navigate = useNavigate();
  const shared: Favorite[] = sharedFiches(search).map((f) => ({
    ...f,
    title: catalog.find(f.kind, f.id)?.title ?? f.id,
    savedAt: 0,
  }));
  const missing = shared.filter((f) => !favorites.has(f.kind, f.id));
  const [added, setAdded] = useState<number | null>(null);
  return (
    <section
      aria-labelledby="liste-partagee"
      className="card mt-6 border-brand-300 p-5 dark:border-brand-700"
    >
      <h2 id="liste-partagee" className="text-2xl font-bold">
        Liste partagée avec toi ({shared.length} fiche{shared.length > 1 ? 's' : ''})
      </h2>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        Quelqu'un t'a envoyé cette liste. Tu peux l'ajouter à tes favoris : les tiens sont conservés.
      </p>
      <ul className="mt-4 grid grid-cols-1 gap-3">
        {shared.map((f) => (
          <FavoriteRow key={`${f.kind}/${f.id}`} favorite={f} catalog={catalog} />
        ))}
      </ul>
      <div className="no-print mt-4 flex flex-wrap items-center gap-3">
        {missing.length > 0 ? (
          <button
            type="button"
            className="btn-primary"
            onClick={() => {
              const now = Date.now();
              // Their notes come too; one's own notes are never overwritten (favorites.ts).
              favorites.merge(shared.map((f, i) => ({ ...f, savedAt: now + i })));
              setAdded(missing.length);
            }}
          >
            {missing.length === 1
              ? 'Ajouter cette fiche à mes favoris'
              : `Ajouter ${missing.length === shared.length ? 'ces' : `les ${missing.length}`} fiches à mes favoris`}
          </button>
        ) : (
          <p role="status">
            {added !== null
              ? `${added} fiche${added > 1 ? 's' : ''} ajoutée${added > 1 ? 's' : ''} à tes favoris.`
              : 'Toutes ces fiches sont déjà dans tes favoris.'}
          </p>
        )}
        <button
          type="button"
          className="btn-secondary"
          onClick={() => void navigate({ to: '/favoris', search: {} })}
        >
          Fermer la liste partagée
        </button>
      </div>
    </section>
  );
}
