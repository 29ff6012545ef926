// /favoris: the saved métiers and formations; compare, share, print. /favoris?ids=… shows a
// list someone shared (and /favoris?liste=…, with its notes), and offers to add it to one's own without overwriting anything.
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { KIND_LIST, type Kind } from '../../catalog/kinds';
import { catalogQuery } from '../../data/catalog-query';
import type { Favorite } from '../../favorites/favorites';
import { useFavorites } from '../../favorites/use-favorites';
import { useDocumentTitle } from '../../ui/use-document-title';
import { FavoriteGroup } from './FavoriteGroup';
import { FavoritesFileActions } from './FavoritesFileActions';
import { ShareActions } from './ShareActions';
import { SharedList } from './SharedList';

const NOTHING_CHOSEN = Object.fromEntries(KIND_LIST.map(({ kind }) => [kind, []])) as unknown as Record<
  Kind,
  string[]
>;

/** Said once the list is cleared, with the way back. */
function UndoClear({ onUndo }: { onUndo: () => void }) {
  return (
    <div
      role="status"
      className="no-print mt-6 flex flex-wrap items-center gap-3 rounded-lg bg-slate-100 p-3 dark:bg-slate-800"
    >
      <span>Tes favoris ont été effacés.</span>
      <button type="button" className="font-semibold underline" onClick={onUndo}>
        Annuler
      </button>
    </div>
  );
}

function NoFavorites() {
  return (
    <div className="mt-8 max-w-prose">
      <p className="text-lg">Tu n'as pas encore de favori.</p>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        Sur chaque fiche et dans les listes, l'étoile « Ajouter aux favoris » garde une fiche ici, pour la
        retrouver, comparer ou partager ta liste.
      </p>
      <p className="mt-4 flex flex-wrap gap-3">
        <Link to="/metiers" className="btn-primary">
          Explorer les métiers
        </Link>
        <Link to="/formations" className="btn-secondary">
          Explorer les formations
        </Link>
      </p>
    </div>
  );
}

export function FavoritesPage({ shared }: { shared: { ids?: string; liste?: string } }) {
  const { data: catalogSearch } = useSuspenseQuery(catalogQuery);
  const { catalog } = catalogSearch;
  const favorites = useFavorites();
  const [selection, setSelection] = useState(NOTHING_CHOSEN);
  const [cleared, setCleared] = useState<Favorite[] | null>(null);
  const isShared = Boolean(shared.ids ?? shared.liste);
  useDocumentTitle(isShared ? 'Liste partagée' : 'Mes favoris');

  const select = (kind: Kind, id: string, checked: boolean) =>
    setSelection((s) => ({ ...s, [kind]: checked ? [...s[kind], id] : s[kind].filter((x) => x !== id) }));

  return (
    <>
      <h1 className="text-3xl font-bold">Mes favoris</h1>
      <p className="no-print mt-2 max-w-prose text-slate-700 dark:text-slate-300">
        Tes favoris restent sur cet appareil : rien n'est envoyé, sauf si tu partages ta liste.
      </p>

      {isShared && <SharedList search={shared} catalog={catalog} />}

      {cleared && (
        <UndoClear
          onUndo={() => {
            favorites.merge(cleared);
            setCleared(null);
          }}
        />
      )}

      {favorites.items.length === 0 ? (
        <NoFavorites />
      ) : (
        <>
          <ShareActions
            items={favorites.items}
            onClear={() => {
              setCleared(favorites.items);
              favorites.clear();
              setSelection(NOTHING_CHOSEN);
            }}
          />
          {KIND_LIST.map(({ kind }) => {
            const items = favorites.items.filter((f) => f.kind === kind);
            if (items.length === 0) return null;
            return (
              <FavoriteGroup
                key={kind}
                kind={kind}
                items={items}
                catalog={catalog}
                chosen={selection[kind].filter((id) => items.some((f) => f.id === id))}
                onSelect={(id, checked) => select(kind, id, checked)}
                onRemove={(id) => favorites.remove(kind, id)}
                onNote={(id, note) => favorites.setNote(kind, id, note)}
              />
            );
          })}
        </>
      )}

      <section aria-labelledby="favoris-fichier" className="no-print mt-10">
        <h2 id="favoris-fichier" className="text-xl font-bold">
          Changer d'appareil, garder une copie
        </h2>
        <p className="mt-1 max-w-prose text-slate-700 dark:text-slate-300">
          Enregistre tes favoris et tes notes dans un fichier, puis ouvre-le sur ton nouvel appareil : ils
          s'ajoutent à ceux qui y sont déjà.
        </p>
        <FavoritesFileActions items={favorites.items} onImport={(items) => favorites.merge(items)} />
      </section>
    </>
  );
}
