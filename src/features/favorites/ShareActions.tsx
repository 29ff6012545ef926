// Sharing one's list: by the device's share sheet, else the clipboard, else a link to copy; a QR
// code of the same link to scan from another phone; the link printed with the list.
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Favorite } from '../../favorites/favorites';
import { encodeList } from '../../favorites/share';
import { QrCode } from './QrCode';

/** The address of the list with its notes (share.ts). */
export function shareUrl(items: Favorite[]): string {
  return `${window.location.origin}${import.meta.env.BASE_URL}favoris?liste=${encodeList(items)}`;
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

const QR_LABEL = 'QR code du lien de ta liste';

/**
 * The link the QR codes show: a QR code takes about 10 ms to compute (20 on a phone), too much
 * for each letter typed in a note; it follows once typing pauses, and at once before printing.
 */
function useSettledLink(url: string): string {
  const [settled, setSettled] = useState(url);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(url), 400);
    const beforePrint = () => flushSync(() => setSettled(url));
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('beforeprint', beforePrint);
    };
  }, [url]);
  return settled;
}

/** The buttons above one's list: share, QR code, print, clear (clearing is the page's). */
export function ShareActions({ items, onClear }: { items: Favorite[]; onClear: () => void }) {
  const [shared, setShared] = useState<{ outcome: ShareOutcome; url: string } | null>(null);
  const url = shareUrl(items);
  const qrUrl = useSettledLink(url);
  // The QR code on screen is drawn only when asked for.
  const [qrOpen, setQrOpen] = useState(false);
  return (
    <>
      <div className="no-print mt-6 flex flex-wrap gap-3">
        <button
          type="button"
          className="btn-primary"
          onClick={async () => setShared({ outcome: await shareList(url), url })}
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
      <details className="no-print mt-4" onToggle={(e) => setQrOpen(e.currentTarget.open)}>
        <summary className="cursor-pointer font-semibold">
          QR code : ouvrir ta liste sur un autre téléphone
        </summary>
        <div className="mt-3 flex flex-wrap items-start gap-4">
          {qrOpen && (
            <QrCode text={qrUrl} label={QR_LABEL} className="w-full max-w-80 border border-slate-300" />
          )}
          <p className="max-w-prose min-w-0 flex-[1_1_16rem] text-sm">
            Scanne-le avec l'appareil photo d'un autre téléphone (celui d'un parent, du conseiller ou de la
            conseillère d'orientation) : ta liste et tes notes s'y ouvrent. Le lien :{' '}
            <a href={qrUrl} className="break-all">
              {qrUrl}
            </a>
          </p>
        </div>
      </details>
      <div className="mt-4 hidden items-start gap-4 print:flex">
        <QrCode text={qrUrl} label={QR_LABEL} className="size-32 shrink-0" />
        <p className="text-sm">
          Liste à rouvrir en scannant ce code ou à l'adresse : <span className="break-all">{qrUrl}</span>
        </p>
      </div>
    </>
  );
}
