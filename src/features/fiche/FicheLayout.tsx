// The page of a fiche, the same for both kinds: where it is, its title, the essentials, its
// interests, (for a métier) the way there, its text, and the fiches it links to both ways.
import { Link } from '@tanstack/react-router';
import { Fragment, useMemo, useState } from 'react';
import type { Catalog, CatalogEntry } from '../../catalog/catalog';
import { KINDS, type Kind, type KindDeclaration } from '../../catalog/kinds';
import type { Fiche, Metier, Related, Section } from '../../catalog/schema';
import { labelKey, slugify } from '../../catalog/text';
import { FavoriteToggle } from '../../ui/FavoriteToggle';
import { Breakable } from '../../ui/Breakable';
import { FicheLink } from '../../ui/FicheLink';
import { HiddenNotice } from '../../ui/HiddenNotice';
import { FicheContents, type ContentsItem } from './FicheContents';
import { ficheCodes, ficheFacts } from './fiche-facts';
import { Facts, SectionView } from './FicheText';
import { ListenToFiche } from './ListenToFiche';
import { NextFormations } from './NextFormations';
import { PathToMetier } from './PathToMetier';
import { SimilarFiches } from './SimilarFiches';

function Breadcrumb({ kind, title }: { kind: Kind; title: string }) {
  const { routes, words } = KINDS[kind];
  return (
    <nav aria-label="Fil d'Ariane" className="no-print text-sm">
      <ol className="flex flex-wrap gap-1 text-slate-700 dark:text-slate-300">
        <li>
          <Link to="/">Accueil</Link> <span aria-hidden="true">›</span>
        </li>
        <li>
          <Link to={routes.list}>{words.title}</Link> <span aria-hidden="true">›</span>
        </li>
        <li aria-current="page">{title}</li>
      </ol>
    </nav>
  );
}

/** A métier's other names, under its title. */
function MetierNames({ metier }: { metier: Metier }) {
  return (
    <>
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
    </>
  );
}

function InterestLinks({ kind, interests, catalog }: { kind: Kind; interests: string[]; catalog: Catalog }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-2">
      {interests.map((interest) => (
        <li key={interest}>
          <Link
            to={KINDS[kind].routes.list}
            search={{ interets: [catalog.interests.slugOf.get(interest)!] }}
            className="tag no-underline hover:bg-brand-100 dark:hover:bg-brand-900"
          >
            {interest}
          </Link>
        </li>
      ))}
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

/** Fiches that link to this one without being in its own list: the other side of the links. */
function LinkedFrom({
  entry,
  catalog,
  related,
}: {
  entry: CatalogEntry;
  catalog: Catalog;
  related: Related[];
}) {
  const listed = new Set(related.map((r) => r.id));
  const others = catalog.linkedFrom[entry.index]!.map((i) => catalog.entries[i]!).filter(
    (e) => !listed.has(e.id),
  );
  if (others.length === 0) return null;
  return (
    <>
      <h3 className="mt-6 text-lg font-semibold">{KINDS[entry.kind].related.linkedFrom}</h3>
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

/** The fiche's sections in reading order: « En bref », the fiche's own summary, first. */
function orderedSections(fiche: Fiche): Section[] {
  const brief = fiche.sections.filter((s) => labelKey(s.title) === 'en bref');
  return [...brief, ...fiche.sections.filter((s) => !brief.includes(s))];
}

const shown = (section: Section) => section.blocks.length > 0;

export function FicheLayout({
  fiche,
  entry,
  catalog,
}: {
  fiche: Fiche;
  entry: CatalogEntry;
  catalog: Catalog;
}) {
  const { words, related, interestsHint, similar }: KindDeclaration = KINDS[fiche.kind];
  const relatedId = slugify(related.title);
  const sections = useMemo(() => orderedSections(fiche), [fiche]);
  // Read in the page's order; one object per fiche, since a new one would restart the reading.
  const readable = useMemo(() => ({ ...fiche, sections }), [fiche, sections]);
  const [first, ...rest] = sections;
  const briefFirst = first !== undefined && labelKey(first.title) === 'en bref';
  // A formation's « Et après ? » comes right after its own « Poursuite d'études ».
  const nextAfter =
    fiche.kind === 'formation'
      ? (sections.findLast((s) => labelKey(s.title) === "poursuite d'etudes" && shown(s)) ??
        sections.findLast(shown))
      : undefined;
  const codes = ficheCodes(fiche);
  const sectionItem = (s: Section) =>
    s.title && shown(s) ? [{ id: `section-${s.line}`, label: s.title }] : [];
  const contents: ContentsItem[] = [
    ...(briefFirst ? sectionItem(first) : []),
    ...(fiche.kind === 'metier' ? [{ id: 'comment-y-arriver', label: 'Comment y arriver' }] : []),
    ...(briefFirst ? rest : sections).flatMap(sectionItem),
    ...(fiche.kind === 'formation' ? [{ id: 'et-apres', label: 'Et après ?' }] : []),
    { id: relatedId, label: related.title },
    { id: slugify(similar.title), label: similar.title },
    ...(codes.length > 0 ? [{ id: 'codes', label: 'Codes' }] : []),
  ];
  // The line of the section being read aloud, marked on the page.
  const [readingLine, setReadingLine] = useState<number | null>(null);
  const sectionView = (section: Section) => (
    <Fragment key={section.line}>
      <SectionView section={section} reading={section.line === readingLine} />
      {section === nextAfter && <NextFormations entry={entry} catalog={catalog} />}
    </Fragment>
  );
  return (
    <article>
      <Breadcrumb kind={fiche.kind} title={fiche.title} />
      <header className="mt-4">
        <p className="font-semibold text-brand-700 dark:text-brand-300">{words.fiche}</p>
        <h1 className="mt-1 text-3xl font-bold sm:text-4xl">
          <Breakable text={fiche.title} />
        </h1>
        {fiche.kind === 'metier' && <MetierNames metier={fiche} />}
        <div className="no-print mt-4 flex flex-wrap gap-3">
          <FavoriteToggle fiche={entry} />
          <button type="button" className="btn-secondary" onClick={() => window.print()}>
            Imprimer la fiche
          </button>
          <ListenToFiche fiche={readable} onReading={setReadingLine} />
        </div>
        <HiddenNotice fiche={entry} />
      </header>

      <FicheContents items={contents} />

      <section aria-labelledby="essentiel" className="mt-6">
        <h2 id="essentiel" className="sr-only">
          L'essentiel
        </h2>
        <Facts facts={ficheFacts(fiche, entry)} />
        {entry.interests.length > 0 && (
          <div className="mt-4">
            <h3 className="font-semibold">Centres d'intérêt</h3>
            {interestsHint && <p className="text-sm text-slate-600 dark:text-slate-400">{interestsHint}</p>}
            <InterestLinks kind={fiche.kind} interests={entry.interests} catalog={catalog} />
          </div>
        )}
      </section>

      {briefFirst && sectionView(first)}
      {fiche.kind === 'metier' && <PathToMetier metier={fiche} catalog={catalog} />}
      {(briefFirst ? rest : sections).map(sectionView)}
      {fiche.kind === 'formation' && nextAfter === undefined && (
        <NextFormations entry={entry} catalog={catalog} />
      )}

      <section aria-labelledby={relatedId} className="mt-8">
        <h2 id={relatedId} className="text-2xl font-bold">
          {related.title}
        </h2>
        {fiche.related.length > 0 ? (
          <RelatedList related={fiche.related} kind={related.kind} catalog={catalog} />
        ) : (
          <p className="mt-2">La fiche n'en cite pas.</p>
        )}
        <LinkedFrom entry={entry} catalog={catalog} related={fiche.related} />
      </section>

      <SimilarFiches fiche={fiche} catalog={catalog} />

      {codes.length > 0 && (
        <section aria-labelledby="codes" className="mt-8">
          <h2 id="codes" className="text-2xl font-bold">
            Codes
          </h2>
          <div className="mt-3">
            <Facts facts={codes} />
          </div>
        </section>
      )}
    </article>
  );
}
