// /favoris: the saved métiers and formations; compare, share, print. /favoris?ids=… shows a
// list someone shared, and offers to add it to one's own without overwriting anything.
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useId, useState } from 'react';
import type { Catalog } from '../../catalog/catalog';
import type { Kind } from '../../catalog/schema';
import { catalogQuery } from '../../data/catalog-query';
import { decodeIds, encodeIds, type Favorite } from '../../favorites/favorites';
import { useFavorites } from '../../favorites/use-favorites';
import { entryFacts, FicheLink } from '../../ui/EntryCard';
import { useDocumentTitle } from '../../ui/use-document-title';

const GROUPS: { kind: Kind; label: string }[] = [
  { kind: 'metier', label: 'Métiers' },
  { kind: 'formation', label: 'Formations' },
];

function shareUrl(items: Favorite[]): string {
  return `${window.location.origin}${import.meta.env.BASE_URL}favoris?ids=${encodeIds(items)}`;
}

type ShareOutcome = 'shared' | 'copied' | 'manual' | null;

async function shareList(url: string): Promise<ShareOutcome> {
  if (navigator.share) {
    try {
      await navigator.share({ title: 'Ma liste de favoris — Explorateur des métiers', url });
      return 'shared';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return null;
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    return 'copied';
  } catch {
    return 'manual';
  }
}

function FavoriteRow({
  favorite,
  catalog,
  selected,
  onSelect,
  onRemove,
}: {
  favorite: Favorite;
  catalog: Catalog;
  selected?: boolean;
  onSelect?: (checked: boolean) => void;
  onRemove?: () => void;
}) {
  const entry = catalog.find(favorite.kind, favorite.id);
  const id = useId();
  return (
    <li className="card flex flex-wrap items-start gap-3 p-4">
      {onSelect && entry && (
        <input
          id={id}
          type="checkbox"
          className="no-print mt-1.5 size-5 accent-brand-700 dark:accent-brand-300"
          checked={selected}
          onChange={(e) => onSelect(e.target.checked)}
          aria-label={`Comparer « ${entry.title} »`}
        />
      )}
      <div className="min-w-0 flex-1">
        {entry ? (
          <>
            <p className="text-lg font-semibold">
              <FicheLink entry={entry} />
            </p>
            <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{entryFacts(entry).join(' · ')}</p>
          </>
        ) : (
          <>
            <p className="text-lg font-semibold">{favorite.title}</p>
            <p className="mt-1 text-sm text-amber-800 dark:text-amber-300">Fiche retirée du catalogue</p>
          </>
        )}
      </div>
      {onRemove && (
        <button type="button" className="btn-secondary no-print" onClick={onRemove}>
          Retirer<span className="sr-only"> « {favorite.title} » des favoris</span>
        </button>
      )}
    </li>
  );
}

function SharedList({ ids, catalog }: { ids: string; catalog: Catalog }) {
  const favorites = useFavorites();
  const navigate = useNavigate();
  const shared: Favorite[] = decodeIds(ids).map(({ kind, id }) => ({
    kind,
    id,
    title: catalog.find(kind, id)?.title ?? id,
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
      <ul className="mt-4 grid gap-3">
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
              favorites.merge(missing.map((f, i) => ({ ...f, savedAt: now + i })));
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

export function FavoritesPage({ ids }: { ids: string | undefined }) {
  const { data: search } = useSuspenseQuery(catalogQuery);
  const favorites = useFavorites();
  const [selection, setSelection] = useState<Record<Kind, string[]>>({ metier: [], formation: [] });
  const [cleared, setCleared] = useState<Favorite[] | null>(null);
  const [shared, setShared] = useState<{ outcome: ShareOutcome; url: string } | null>(null);
  useDocumentTitle(ids ? 'Liste partagée' : 'Mes favoris');

  const select = (kind: Kind, id: string, checked: boolean) =>
    setSelection((s) => ({ ...s, [kind]: checked ? [...s[kind], id] : s[kind].filter((x) => x !== id) }));

  return (
    <>
      <h1 className="text-3xl font-bold">Mes favoris</h1>
      <p className="mt-2 max-w-prose text-slate-700 dark:text-slate-300">
        Tes favoris restent sur cet appareil : rien n'est envoyé, sauf si tu partages ta liste.
      </p>

      {ids && <SharedList ids={ids} catalog={search.catalog} />}

      {cleared && (
        <div
          role="status"
          className="no-print mt-6 flex flex-wrap items-center gap-3 rounded-lg bg-slate-100 p-3 dark:bg-slate-800"
        >
          <span>Tes favoris ont été effacés.</span>
          <button
            type="button"
            className="font-semibold underline"
            onClick={() => {
              favorites.merge(cleared);
              setCleared(null);
            }}
          >
            Annuler
          </button>
        </div>
      )}

      {favorites.items.length === 0 ? (
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
      ) : (
        <>
          <div className="no-print mt-6 flex flex-wrap gap-3">
            <button
              type="button"
              className="btn-primary"
              onClick={async () => {
                const url = shareUrl(favorites.items);
                setShared({ outcome: await shareList(url), url });
              }}
            >
              Partager ma liste
            </button>
            <button type="button" className="btn-secondary" onClick={() => window.print()}>
              Imprimer ma liste
            </button>
            <button
              type="button"
              className="btn-secondary"
              onClick={() => {
                setCleared(favorites.items);
                favorites.clear();
                setSelection({ metier: [], formation: [] });
              }}
            >
              Tout effacer
            </button>
          </div>
          {shared && shared.outcome && (
            <div role="status" className="no-print mt-3">
              {shared.outcome === 'shared' && 'Liste partagée.'}
              {shared.outcome === 'copied' && 'Lien copié : colle-le dans un message pour partager ta liste.'}
              {shared.outcome === 'manual' && (
                <label className="block">
                  Copie ce lien pour partager ta liste :
                  <input
                    className="input mt-1"
                    readOnly
                    value={shared.url}
                    onFocus={(e) => e.currentTarget.select()}
                  />
                </label>
              )}
            </div>
          )}
          <p className="mt-4 hidden print:block">
            Liste à rouvrir à l'adresse : <span className="break-all">{shareUrl(favorites.items)}</span>
          </p>

          {GROUPS.map(({ kind, label }) => {
            const items = favorites.items.filter((f) => f.kind === kind);
            if (items.length === 0) return null;
            const chosen = selection[kind].filter((id) => items.some((f) => f.id === id));
            const canCompare = chosen.length >= 2 && chosen.length <= 4;
            return (
              <section key={kind} aria-labelledby={`favoris-${kind}`} className="mt-8">
                <div className="flex flex-wrap items-center gap-3">
                  <h2 id={`favoris-${kind}`} className="flex-1 text-2xl font-bold">
                    {label} ({items.length})
                  </h2>
                  <div className="no-print flex items-center gap-3">
                    <span className="text-sm text-slate-700 dark:text-slate-300">
                      {chosen.length === 0
                        ? 'Coche 2 à 4 fiches pour les comparer'
                        : `${chosen.length} cochée${chosen.length > 1 ? 's' : ''}`}
                      {chosen.length > 4 && ' (4 au plus)'}
                    </span>
                    {canCompare ? (
                      <Link to="/comparer" search={{ ids: chosen.join(',') }} className="btn-primary">
                        Comparer
                      </Link>
                    ) : (
                      <button type="button" className="btn-primary" disabled>
                        Comparer
                      </button>
                    )}
                  </div>
                </div>
                <ul className="mt-3 grid gap-3">
                  {items.map((favorite) => (
                    <FavoriteRow
                      key={favorite.id}
                      favorite={favorite}
                      catalog={search.catalog}
                      selected={chosen.includes(favorite.id)}
                      onSelect={(checked) => select(kind, favorite.id, checked)}
                      onRemove={() => favorites.remove(kind, favorite.id)}
                    />
                  ))}
                </ul>
              </section>
            );
          })}
        </>
      )}
    </>
  );
}
