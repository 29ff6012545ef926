// What a page shows while its data loads.

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
