// Tells the user, once, when their favourites cannot be saved or could not all be read back.
import { useFavorites } from '../favorites/use-favorites';
import type { FavoritesNotice as Notice } from '../favorites/store';

const MESSAGES: Record<Exclude<Notice, null>, string> = {
  unavailable:
    "Ton navigateur ne permet pas d'enregistrer des favoris sur cet appareil (navigation privée ?). Tu peux en ajouter, mais ils seront perdus en fermant la page.",
  full: "L'espace de stockage de ton navigateur est plein : tes derniers favoris ne sont pas enregistrés et seront perdus en fermant la page.",
  corrupted:
    "Tes favoris enregistrés étaient abîmés et n'ont pas pu être lus. Une copie en a été gardée ; tu peux en ajouter de nouveaux.",
  foreign:
    "Une partie de tes favoris enregistrés n'a pas pu être lue : tous ceux qui étaient lisibles sont conservés.",
};

export function FavoritesNotice() {
  const { notice, dismissNotice } = useFavorites();
  if (!notice) return null;
  return (
    <div
      role="status"
      className="no-print border-b border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50"
    >
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3 px-gutter py-2">
        <p className="flex-1">{MESSAGES[notice]}</p>
        <button type="button" className="font-semibold underline" onClick={dismissNotice}>
          Compris
        </button>
      </div>
    </div>
  );
}
