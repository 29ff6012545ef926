// The installed app: offers a new version when one is deployed (the user chooses when to
// switch), and says so, quietly, when the network is gone.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';

const HOUR = 60 * 60 * 1000;

function subscribeOnline(onChange: () => void) {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

export function OfflineIndicator() {
  const online = useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
  if (online) return null;
  return (
    <p
      role="status"
      className="no-print rounded-full bg-slate-200 px-3 py-1 text-sm font-medium text-slate-800 dark:bg-slate-700 dark:text-slate-100"
    >
      <span aria-hidden="true">● </span>Hors connexion : les fiches enregistrées restent consultables
    </p>
  );
}

export function UpdatePrompt() {
  // "Plus tard" holds for the rest of this visit: the same waiting version can be announced
  // twice (Workbox's "installed" then "waiting", a moment apart), and the second announcement
  // must not bring back a prompt the student has just dismissed.
  const [later, setLater] = useState(false);
  const {
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      // A school computer may stay open for days: look for a new version now and then.
      if (registration) window.setInterval(() => void registration.update(), HOUR);
    },
  });

  useEffect(() => {
    // A new version takes control (chosen here or in another tab): reload, so that the page
    // never runs old code once the data it relies on has been replaced. The very first
    // service worker taking control of a page that had none changes nothing: no reload.
    const sw = navigator.serviceWorker;
    if (!sw) return;
    let previous = sw.controller;
    const onChange = () => {
      if (previous !== null) window.location.reload();
      previous = sw.controller;
    };
    sw.addEventListener('controllerchange', onChange);
    return () => sw.removeEventListener('controllerchange', onChange);
  }, []);

  if (!needRefresh || later) return null;
  return (
    <div
      role="status"
      className="no-print fixed inset-x-4 bottom-4 z-40 mx-auto flex max-w-xl flex-wrap items-center gap-3 rounded-xl border border-brand-300 bg-white p-4 shadow-lg dark:border-brand-700 dark:bg-slate-900"
    >
      <p className="flex-1 font-medium">Nouvelle version disponible</p>
      <button type="button" className="btn-primary" onClick={() => void updateServiceWorker(true)}>
        Mettre à jour
      </button>
      <button type="button" className="btn-secondary" onClick={() => setLater(true)}>
        Plus tard
      </button>
    </div>
  );
}
