// An unknown address: never a blank page, and fiches whose titles are close to its words.
import { useQuery } from '@tanstack/react-query';
import { useLocation } from '@tanstack/react-router';
import { catalogQuery } from '../data/catalog-query';
import { useDocumentTitle } from '../ui/use-document-title';
import { Shortcuts, Suggestions, wordsOf } from '../ui/not-found';

export function NotFoundPage() {
  const pathname = useLocation({ select: (l) => l.pathname });
  const { data: catalogSearch } = useQuery(catalogQuery);
  useDocumentTitle('Page introuvable');
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">Page introuvable</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">
        Cette adresse ne correspond à aucune page. Le lien est peut-être incomplet ou a changé.
      </p>
      <Suggestions entries={catalogSearch?.closeTitles(wordsOf(pathname), null) ?? []} />
      <Shortcuts />
    </div>
  );
}
