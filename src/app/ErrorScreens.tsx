// The error screens of the app: a route that failed, and the last line of defence around it.
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { Component, type ReactNode } from 'react';
import { DataError } from '../data/fetch-json';
import { useDocumentTitle } from '../ui/use-document-title';

const RENDER_ERROR =
  "Quelque chose s'est mal passé en affichant cette page. Recharge-la ; tes favoris sont conservés sur cet appareil.";

function Recovery({ message, detail, retry }: { message: string; detail?: string; retry: ReactNode }) {
  return (
    <div role="alert" className="mx-auto max-w-xl py-12">
      <h1 className="text-2xl font-bold">Oups, la page n'a pas pu s'afficher</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">{message}</p>
      <div className="mt-6 flex flex-wrap gap-3">
        {retry}
        <a className="btn-secondary" href={import.meta.env.BASE_URL}>
          Revenir à l'accueil
        </a>
      </div>
      {detail && (
        <details className="mt-6 text-sm text-slate-600 dark:text-slate-400">
          <summary>Détail technique</summary>
          <p className="mt-2 font-mono">{detail}</p>
        </details>
      )}
    </div>
  );
}

const reloadButton = (
  <button type="button" className="btn-primary" onClick={() => window.location.reload()}>
    Recharger
  </button>
);

/** The error screen of a route: data that could not be loaded can be fetched again in place. */
export function ErrorState({ error, reset }: ErrorComponentProps) {
  const router = useRouter();
  const queryReset = useQueryErrorResetBoundary();
  useDocumentTitle('Erreur');
  if (!(error instanceof DataError)) return <Recovery message={RENDER_ERROR} retry={reloadButton} />;
  return (
    <Recovery
      message={error.message}
      detail={error.detail}
      retry={
        <button
          type="button"
          className="btn-primary"
          onClick={() => {
            queryReset.reset();
            reset();
            void router.invalidate();
          }}
        >
          Réessayer
        </button>
      }
    />
  );
}

/** The last line of defence, around the whole app: even a broken layout gets a way out. */
export class AppErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? (
      <main className="px-gutter">
        <Recovery message={RENDER_ERROR} retry={reloadButton} />
      </main>
    ) : (
      this.props.children
    );
  }
}
