// /metiers/<id> and /formations/<id>: the whole fiche, and the links between métiers and formations.
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { Catalog, CatalogEntry } from '../../catalog/catalog';
import type { Field, Formation, Kind, Metier, Related } from '../../catalog/schema';
import { labelKey, slugify } from '../../catalog/text';
import { levelInfo } from '../../catalog/vocabularies';
import { catalogQuery } from '../../data/catalog-query';
import { chunkQuery } from '../../data/chunk-query';
import { DataError } from '../../data/fetch-json';
import { formatYears } from '../../search/facets';
import { FicheLink } from '../../ui/EntryCard';
import { FavoriteToggle } from '../../ui/FavoriteToggle';
import { useDocumentTitle } from '../../ui/use-document-title';
import { FicheNotFound } from '../../ui/NotFound';
import { Facts, SectionView } from './FicheText';
import { PathToMetier } from './PathToMetier';

export function FichePage({ kind, id }: { kind: Kind; id: string }) {
  const { data: search } = useSuspenseQuery(catalogQuery);
  const entry = search.catalog.find(kind, id);
  if (!entry) return <FicheNotFound kind={kind} id={id} />;
  return <LoadedFiche entry={entry} catalog={search.catalog} />;
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
  return fiche.kind === 'metier' ? (
    <MetierFiche metier={fiche} entry={entry} catalog={catalog} />
  ) : (
    <FormationFiche formation={fiche} entry={entry} catalog={catalog} />
  );
}

function Breadcrumb({ kind, title }: { kind: Kind; title: string }) {
  return (
    <nav aria-label="Fil d'Ariane" className="no-print text-sm">
      <ol className="flex flex-wrap gap-1 text-slate-700 dark:text-slate-300">
        <li>
          <Link to="/">Accueil</Link> <span aria-hidden="true">›</span>
        </li>
        <li>
          {kind === 'metier' ? <Link to="/metiers">Métiers</Link> : <Link to="/formations">Formations</Link>}{' '}
          <span aria-hidden="true">›</span>
        </li>
        <li aria-current="page">{title}</li>
      </ol>
    </nav>
  );
}

function Actions({ fiche }: { fiche: { kind: Kind; id: string; title: string } }) {
  return (
    <div className="no-print mt-4 flex flex-wrap gap-3">
      <FavoriteToggle fiche={fiche} />
      <button type="button" className="btn-secondary" onClick={() => window.print()}>
        Imprimer la fiche
      </button>
    </div>
  );
}

function InterestLinks({ kind, interests, catalog }: { kind: Kind; interests: string[]; catalog: Catalog }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-2">
      {interests.map((interest) => {
        const value = catalog.interests.slugOf.get(interest) ?? slugify(interest);
        return (
          <li key={interest}>
            {kind === 'metier' ? (
              <Link
                to="/metiers"
                search={{ interets: [value] }}
                className="tag no-underline hover:bg-brand-100 dark:hover:bg-brand-900"
              >
                {interest}
              </Link>
            ) : (
              <Link
                to="/formations"
                search={{ interets: [value] }}
                className="tag no-underline hover:bg-brand-100 dark:hover:bg-brand-900"
              >
                {interest}
              </Link>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** A cross-reference: a link when the catalogue holds the target, plain text otherwise. */
function RelatedList({ related, kind, catalog }: { related: Related[]; kind: Kind; catalog: Catalog }) {
  return (
    <ul className="mt-3 space-y-2">
      {related.map((ref, i) => {
        const target = ref.id ? catalog.find(kind, ref.id) : undefined;
        return (
          <li key={i} className="flex flex-wrap items-baseline gap-x-2">
            {target ? (
              <FicheLink entry={target} className="font-medium" />
            ) : (
              <span>
                {ref.title}{' '}
                <span className="text-sm text-slate-600 dark:text-slate-400">
                  (pas de fiche dans ce catalogue)
                </span>
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

const METIER_FIELDS = new Set([
  'id',
  'appellations',
  'statuts possibles',
  "niveau d'acces minimum",
  'codes rome',
]);
const FORMATION_FIELDS = new Set([
  'code scolarite',
  'duree',
  'niveau de certification',
  'type',
  'lien',
  'sigle',
]);

/** Fields the fiche has beyond the known ones: shown as they are. */
function otherFields(fields: Field[], known: Set<string>) {
  return fields
    .filter((f) => !known.has(labelKey(f.key)))
    .map((f) => ({ label: f.key, value: [f.value, ...f.values].filter(Boolean).join(', ') || '—' }));
}

function MetierFiche({ metier, entry, catalog }: { metier: Metier; entry: CatalogEntry; catalog: Catalog }) {
  const level = levelInfo(metier.level);
  const facts = [
    {
      label: "Niveau d'accès minimum",
      value: metier.levelLabel
        ? `${metier.levelLabel}${level ? ` (${level.label}, niveau ${level.level})` : ''}`
        : 'Non précisé',
    },
    {
      label: "Durée d'études après la 3e",
      value:
        metier.durationYears === null
          ? 'Non précisée'
          : metier.durationYears === 0
            ? 'Aucune : accessible dès la 3e'
            : `${formatYears(metier.durationYears)} au minimum`,
    },
    { label: 'Salaire du débutant', value: metier.startingSalary?.text ?? 'Non précisé' },
    {
      label: 'Statuts possibles',
      value: metier.statuses.length > 0 ? metier.statuses.join(', ') : 'Non précisés',
    },
    ...(metier.romeCodes.length > 0 ? [{ label: 'Codes ROME', value: metier.romeCodes.join(', ') }] : []),
    ...otherFields(metier.fields, METIER_FIELDS),
  ];
  return (
    <article>
      <Breadcrumb kind="metier" title={metier.title} />
      <header className="mt-4">
        <p className="font-semibold text-brand-700 dark:text-brand-300">Fiche métier</p>
        <h1 className="mt-1 text-3xl font-bold sm:text-4xl">{metier.title}</h1>
        {metier.feminine && metier.masculine && metier.feminine !== metier.masculine && (
          <p className="mt-2 text-lg text-slate-700 dark:text-slate-300">
            Au féminin : {metier.feminine} · Au masculin : {metier.masculine}
          </p>
        )}
        {metier.otherNames.length > 0 && (
          <p className="mt-1 text-slate-700 dark:text-slate-300">
            Autres appellations : {metier.otherNames.map((o) => o.title).join(' · ')}
          </p>
        )}
        <Actions fiche={entry} />
      </header>

      <section aria-labelledby="essentiel" className="mt-6">
        <h2 id="essentiel" className="sr-only">
          L'essentiel
        </h2>
        <Facts facts={facts} />
        {metier.interests.length > 0 && (
          <div className="mt-4">
            <h3 className="font-semibold">Centres d'intérêt</h3>
            <InterestLinks kind="metier" interests={metier.interests} catalog={catalog} />
          </div>
        )}
      </section>

      <PathToMetier metier={metier} catalog={catalog} />

      {metier.sections.map((section) => (
        <SectionView key={section.line} section={section} />
      ))}

      <section aria-labelledby="formations-recommandees" className="mt-8">
        <h2 id="formations-recommandees" className="text-2xl font-bold">
          Formations recommandées
        </h2>
        {metier.related.length > 0 ? (
          <RelatedList related={metier.related} kind="formation" catalog={catalog} />
        ) : (
          <p className="mt-2">La fiche n'en cite pas.</p>
        )}
        <LinkedFrom
          entry={entry}
          catalog={catalog}
          related={metier.related}
          label="Ces formations mènent aussi à ce métier"
        />
      </section>
    </article>
  );
}

/** Fiches that link to this one without being in its own list: the other side of the links. */
function LinkedFrom({
  entry,
  catalog,
  related,
  label,
}: {
  entry: CatalogEntry;
  catalog: Catalog;
  related: Related[];
  label: string;
}) {
  const listed = new Set(related.map((r) => r.id));
  const others = catalog.linkedFrom[entry.index]!.map((i) => catalog.entries[i]!).filter(
    (e) => !listed.has(e.id),
  );
  if (others.length === 0) return null;
  return (
    <>
      <h3 className="mt-6 text-lg font-semibold">{label}</h3>
      <ul className="mt-2 space-y-2">
        {others.map((other) => (
          <li key={other.index}>
            <FicheLink entry={other} className="font-medium" />
          </li>
        ))}
      </ul>
    </>
  );
}

function OfficialLink({ link }: { link: NonNullable<Formation['link']> }) {
  if (link.https) {
    return (
      <a href={link.url} target="_blank" rel="noopener noreferrer" className="break-all">
        {link.url}
        <span className="sr-only"> (nouvelle fenêtre)</span>
      </a>
    );
  }
  // Only https links are followed: others are shown as text, to copy if the reader wishes.
  return (
    <span className="break-all">
      {link.url}{' '}
      <span className="text-sm text-slate-600 dark:text-slate-400">
        (adresse non sécurisée, non cliquable)
      </span>
    </span>
  );
}

function FormationFiche({
  formation,
  entry,
  catalog,
}: {
  formation: Formation;
  entry: CatalogEntry;
  catalog: Catalog;
}) {
  const level = levelInfo(formation.level);
  const facts = [
    { label: 'Type', value: formation.type },
    ...(formation.sigle ? [{ label: 'Sigle', value: formation.sigle }] : []),
    {
      label: 'Niveau du diplôme',
      value: level ? `${level.label} (${formation.levelLabel})` : (formation.levelLabel ?? 'Non précisé'),
    },
    { label: 'Durée', value: formation.durationLabel },
    ...(formation.codeScolarite ? [{ label: 'Code scolarité', value: formation.codeScolarite }] : []),
    ...(formation.link ? [{ label: 'Texte officiel', value: <OfficialLink link={formation.link} /> }] : []),
    ...otherFields(formation.fields, FORMATION_FIELDS),
  ];
  return (
    <article>
      <Breadcrumb kind="formation" title={formation.title} />
      <header className="mt-4">
        <p className="font-semibold text-brand-700 dark:text-brand-300">Fiche formation</p>
        <h1 className="mt-1 text-3xl font-bold sm:text-4xl">{formation.title}</h1>
        <Actions fiche={entry} />
      </header>

      <section aria-labelledby="essentiel" className="mt-6">
        <h2 id="essentiel" className="sr-only">
          L'essentiel
        </h2>
        <Facts facts={facts} />
        {entry.interests.length > 0 && (
          <div className="mt-4">
            <h3 className="font-semibold">Centres d'intérêt</h3>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              Ceux des métiers auxquels cette formation mène.
            </p>
            <InterestLinks kind="formation" interests={entry.interests} catalog={catalog} />
          </div>
        )}
      </section>

      {formation.sections.map((section) => (
        <SectionView key={section.line} section={section} />
      ))}

      <section aria-labelledby="metiers-associes" className="mt-8">
        <h2 id="metiers-associes" className="text-2xl font-bold">
          Métiers associés
        </h2>
        {formation.related.length > 0 ? (
          <RelatedList related={formation.related} kind="metier" catalog={catalog} />
        ) : (
          <p className="mt-2">La fiche n'en cite pas.</p>
        )}
        <LinkedFrom
          entry={entry}
          catalog={catalog}
          related={formation.related}
          label="Ces métiers recommandent aussi cette formation"
        />
      </section>
    </article>
  );
}
