// Loading and error states shared by every page.
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { DataError } from '../data/fetch-json';
import { useDocumentTitle } from './use-document-title';

export function LoadingState({ label = 'Chargement des fiches…' }: { label?: string }) {
  return (
    <div role="status" className="flex items-center gap-3 py-12 text-slate-700 dark:text-slate-300">
      <span
        aria-hidden="true"
        className="size-5 animate-spin rounded-full border-2 border-brand-600 border-t-transparent motion-reduce:animate-none"
      />
      {label}
    </div>
  );
}

export function ErrorState({ error, reset }: ErrorComponentProps) {
  const router = useRouter();
  const queryReset = useQueryErrorResetBoundary();
  useDocumentTitle('Erreur');
  const message =
    error instanceof DataError
      ? error.message
      : "Quelque chose s'est mal passé en affichant cette page. Réessaie ; tes favoris sont conservés.";
  return (
    <div role="alert" className="mx-auto max-w-xl py-12">
      <h1 className="text-2xl font-bold">Oups, la page n'a pas pu s'afficher</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">{message}</p>
      <div className="mt-6 flex flex-wrap gap-3">
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
        <a className="btn-secondary" href={import.meta.env.BASE_URL}>
          Revenir à l'accueil
        </a>
      </div>
      {error instanceof DataError && (
        <details className="mt-6 text-sm text-slate-600 dark:text-slate-400">
          <summary>Détail technique</summary>
          <p className="mt-2 font-mono">{error.detail}</p>
        </details>
      )}
    </div>
  );
}
