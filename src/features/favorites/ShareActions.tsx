// Sharing one's list: by the device's share sheet, else the clipboard, else a link to copy; and
// the link printed with the list, to open it again.
import { useState } from 'react';
import { encodeIds, type Favorite } from '../../favorites/favorites';

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

/** The buttons above one's list: share, print, clear (what clearing does is the page's). */
export function ShareActions({ items, onClear }: { items: Favorite[]; onClear: () => void }) {
  const [shared, setShared] = useState<{ outcome: ShareOutcome; url: string } | null>(null);
  return (
    <>
      <div className="no-print mt-6 flex flex-wrap gap-3">
        <button
          type="button"
          className="btn-primary"
          onClick={async () => {
            const url = shareUrl(items);
            setShared({ outcome: await shareList(url), url });
          }}
        >
          Partager ma liste
        </button>
        <button type="button" className="btn-secondary" onClick={() => window.print()}>
          Imprimer ma liste
        </button>
        <button type="button" className="btn-secondary" onClick={onClear}>
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
        Liste à rouvrir à l'adresse : <span className="break-all">{shareUrl(items)}</span>
      </p>
    </>
  );
}
