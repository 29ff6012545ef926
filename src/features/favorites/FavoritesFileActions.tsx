// Favourites to a file and back: to change phone, or keep a copy. Importing merges and says what
// it did; a damaged or foreign file is refused and nothing saved is touched.
import { useRef, useState } from 'react';
import { catalogManifest } from '../../data/catalog-query';
import type { Favorite } from '../../favorites/favorites';
import {
  favoritesFile,
  favoritesFileName,
  MAX_FILE_BYTES,
  readFavoritesFile,
} from '../../favorites/favorites-file';

type Outcome = { ok: string } | { error: string } | null;

function download(text: string, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // After the click has been handled: revoking at once can cancel the download.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;

export function FavoritesFileActions({
  items,
  onImport,
}: {
  items: Favorite[];
  onImport: (items: Favorite[]) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);

  async function importFile(file: File) {
    if (file.size > MAX_FILE_BYTES) {
      setOutcome({ error: 'Ce fichier est trop gros pour être un fichier de favoris.' });
      return;
    }
    const result = readFavoritesFile(await file.text());
    if ('error' in result) {
      setOutcome(result);
      return;
    }
    const known = new Set(items.map((f) => `${f.kind}/${f.id}`));
    const added = result.items.filter((f) => !known.has(`${f.kind}/${f.id}`)).length;
    onImport(result.items);
    const already = result.items.length - added;
    setOutcome({
      ok:
        `${plural(added, 'fiche')} ajoutée${added > 1 ? 's' : ''} à tes favoris` +
        (already > 0 ? ` (${already} y ${already > 1 ? 'étaient' : 'était'} déjà)` : '') +
        (result.unreadable > 0
          ? `, ${plural(result.unreadable, 'fiche')} illisible${result.unreadable > 1 ? 's' : ''} ignorée${result.unreadable > 1 ? 's' : ''}`
          : '') +
        '.',
    });
  }

  return (
    <div className="no-print mt-4">
      <div className="flex flex-wrap gap-3">
        {items.length > 0 && (
          <button
            type="button"
            className="btn-secondary"
            onClick={() => {
              const now = new Date();
              const catalogue = {
                version: catalogManifest.dataVersion,
                exported: catalogManifest.source.exported,
              };
              download(favoritesFile(items, catalogue, now), favoritesFileName(now));
            }}
          >
            Enregistrer dans un fichier
          </button>
        )}
        <button type="button" className="btn-secondary" onClick={() => input.current?.click()}>
          Ouvrir un fichier de favoris
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          hidden
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      {outcome && 'ok' in outcome && (
        <p role="status" className="mt-2">
          {outcome.ok}
        </p>
      )}
      {outcome && 'error' in outcome && (
        <p role="alert" className="mt-2 font-semibold text-red-800 dark:text-red-300">
          {outcome.error} Tes favoris n'ont pas changé.
        </p>
      )}
    </div>
  );
}
