// Add a fiche to the favourites, or take it out: on every result and every fiche.
import type { Kind } from '../catalog/schema';
import { useFavorites } from '../favorites/use-favorites';

function Star({ filled }: { filled: boolean }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="size-5 shrink-0"
      fill={filled ? 'currentColor' : 'none'}
      stroke="currentColor"
      strokeWidth="2"
    >
      <path
        strokeLinejoin="round"
        d="m12 3 2.8 5.7 6.2.9-4.5 4.4 1.1 6.2L12 17.3l-5.6 2.9 1.1-6.2L3 9.6l6.2-.9z"
      />
    </svg>
  );
}

export function FavoriteToggle({
  fiche,
  compact = false,
}: {
  fiche: { kind: Kind; id: string; title: string };
  /** On result cards: the star alone, its label for screen readers only. */
  compact?: boolean;
}) {
  const favorites = useFavorites();
  const saved = favorites.has(fiche.kind, fiche.id);
  const label = saved ? 'Retirer des favoris' : 'Ajouter aux favoris';
  const onClick = () => (saved ? favorites.remove(fiche.kind, fiche.id) : favorites.add(fiche));
  if (compact) {
    return (
      <button
        type="button"
        onClick={onClick}
        title={label}
        className={`no-print relative z-10 inline-flex size-11 shrink-0 items-center justify-center rounded-full hover:bg-slate-100 dark:hover:bg-slate-800 ${
          saved ? 'text-amber-600 dark:text-amber-400' : 'text-slate-600 dark:text-slate-300'
        }`}
      >
        <Star filled={saved} />
        <span className="sr-only">
          {saved ? `Retirer « ${fiche.title} » des favoris` : `Ajouter « ${fiche.title} » aux favoris`}
        </span>
      </button>
    );
  }
  return (
    <button
      type="button"
      onClick={onClick}
      className={`btn-secondary no-print ${saved ? 'text-amber-700 dark:text-amber-300' : ''}`}
    >
      <Star filled={saved} />
      {label}
    </button>
  );
}
