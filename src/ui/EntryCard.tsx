// A fiche in a list of results: its title as a link, what it is, and its first sentences.
import { useRouter } from '@tanstack/react-router';
import { memo } from 'react';
import type { CatalogEntry } from '../catalog/catalog';
import { formatAmount, formatYears } from '../search/facets';
import { levelInfo } from '../catalog/vocabularies';
import { FavoriteToggle } from './FavoriteToggle';

export function entryFacts(entry: CatalogEntry): string[] {
  const facts: string[] = [];
  if (entry.kind === 'metier') {
    if (entry.levelLabel) facts.push(`Accès : ${entry.levelLabel}`);
    if (entry.durationYears !== null)
      facts.push(entry.durationYears === 0 ? 'Dès la 3e' : `${formatYears(entry.durationYears)} après la 3e`);
    if (entry.salary !== null) facts.push(`Dès ${formatAmount(entry.salary)} € brut/mois`);
  } else {
    if (entry.type) facts.push(entry.type);
    const level = levelInfo(entry.level);
    facts.push(level ? `${level.label} (niveau ${level.level})` : (entry.levelLabel ?? 'Niveau non précisé'));
    if (entry.durationYears !== null) facts.push(formatYears(entry.durationYears));
  }
  return facts;
}

/**
 * A link to a fiche. A plain anchor that asks the router to navigate, rather than the router's
 * `Link`: lists show dozens of them, and `Link` follows the router's state (active link,
 * preloading), which made it the main cost of rendering a list and of every URL change.
 */
export function FicheLink({ entry, className }: { entry: CatalogEntry; className?: string }) {
  const router = useRouter();
  const to = entry.kind === 'metier' ? '/metiers/$id' : '/formations/$id';
  const href = `${import.meta.env.BASE_URL}${entry.kind === 'metier' ? 'metiers' : 'formations'}/${encodeURIComponent(entry.id)}`;
  return (
    <a
      href={href}
      className={className}
      onClick={(event) => {
        // A new tab or window, a download: the browser's own business.
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        void router.navigate({ to, params: { id: entry.id } });
      }}
    >
      {entry.title}
    </a>
  );
}

/**
 * Its three lines are kept while the summaries load (they come just after the first results),
 * so that nothing moves when they arrive.
 */
function Summary({ summary }: { summary: string | undefined }) {
  if (summary === '') return null;
  return (
    <p
      className="mt-2 line-clamp-3 min-h-[3lh] text-slate-700 dark:text-slate-300"
      aria-busy={summary === undefined}
    >
      {summary}
    </p>
  );
}

// Memoised: when a keystroke changes the results, cards that stay in the list are not re-rendered.
export const EntryCard = memo(function EntryCard({
  entry,
  headingLevel = 3,
  highlight,
  summary,
}: {
  entry: CatalogEntry;
  /** The first sentences of the fiche; undefined while they load. */
  summary: string | undefined;
  headingLevel?: 2 | 3;
  /** Centres d'intérêt to point out (those the student chose). */
  highlight?: Set<string>;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const shared = highlight ? entry.interests.filter((i) => highlight.has(i)) : [];
  return (
    <article className="card relative p-4 hover:border-brand-400 dark:hover:border-brand-400">
      <div className="flex items-start gap-2">
        <Heading className="flex-1 pt-1.5 text-lg leading-snug font-semibold">
          {/* The whole card is clickable through the link's stretched hit area. */}
          <FicheLink
            entry={entry}
            className="no-underline after:absolute after:inset-0 after:content-[''] hover:underline"
          />
        </Heading>
        <FavoriteToggle fiche={entry} compact />
      </div>
      <ul className="mt-2 flex flex-wrap gap-1.5" aria-label="En bref">
        {entryFacts(entry).map((fact) => (
          <li key={fact} className="tag">
            {fact}
          </li>
        ))}
      </ul>
      <Summary summary={summary} />
      {shared.length > 0 && (
        <p className="mt-2 text-sm font-medium text-brand-800 dark:text-brand-200">
          <span aria-hidden="true">✓ </span>
          {shared.length > 1 ? `${shared.length} de tes centres d'intérêt : ` : "Ton centre d'intérêt : "}
          {shared.join(' · ')}
        </p>
      )}
    </article>
  );
});
