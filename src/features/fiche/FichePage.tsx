// /metiers/<id> and /formations/<id>: the whole fiche, and the links between métiers and formations.
import { useSuspenseQuery } from '@tanstack/react-query';
import type { Catalog, CatalogEntry } from '../../catalog/catalog';
import type { Kind } from '../../catalog/kinds';
import { catalogQuery } from '../../data/catalog-query';
import { chunkQuery } from '../../data/chunk-query';
import { DataError } from '../../data/fetch-json';
import { useDocumentTitle } from '../../ui/use-document-title';
import { FicheLayout } from './FicheLayout';
import { FicheNotFound } from './FicheNotFound';

export function FichePage({ kind, id }: { kind: Kind; id: string }) {
  const { data: catalogSearch } = useSuspenseQuery(catalogQuery);
  const entry = catalogSearch.catalog.find(kind, id);
  if (!entry) return <FicheNotFound kind={kind} id={id} />;
  return <LoadedFiche entry={entry} catalog={catalogSearch.catalog} />;
}

function LoadedFiche({ entry, catalog }: { entry: CatalogEntry; catalog: Catalog }) {
  const { data: chunk } = useSuspenseQuery(chunkQuery(entry.chunk));
  const fiche = chunk.get(`${entry.kind}/${entry.id}`);
  useDocumentTitle(entry.title);
  if (!fiche) {
    throw new DataError(
      'Cette fiche n’a pas pu être chargée. Réessaie dans un instant.',
      `${entry.kind}/${entry.id} absent de son paquet`,
    );
  }
  return <FicheLayout fiche={fiche} entry={entry} catalog={catalog} />;
}
