// What a page shows while its data loads; after 10 s, a way out (a network that stalls without
// failing never ends the wait by itself).

export function LoadingState({ label = 'Chargement des fiches…' }: { label?: string }) {
  return (
    <div role="status" className="py-12 text-slate-700 dark:text-slate-300">
      <p className="flex items-center gap-3">
        <span
          aria-hidden="true"
          className="size-5 animate-spin rounded-full border-2 border-brand-600 border-t-transparent motion-reduce:animate-none"
        />
        {label}
      </p>
      <p className="delayed-notice mt-4">
        C'est long : la connexion est peut-être lente ou coupée.{' '}
        <button type="button" className="font-semibold underline" onClick={() => window.location.reload()}>
          Recharger
        </button>
      </p>
    </div>
  );
}
