// A fiche in a list of results: its title as a link, what it is, and its first sentences.
import { memo } from 'react';
import type { CatalogEntry } from '../catalog/catalog';
import { cardFacts } from '../catalog/facts';
import { CardChoices } from './CardChoices';
import { FavoriteToggle } from './FavoriteToggle';
import { FicheLink } from './FicheLink';

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
  choices = false,
  met,
  foundIn,
}: {
  entry: CatalogEntry;
  /** The first sentences of the fiche; undefined while they load. */
  summary: string | undefined;
  headingLevel?: 2 | 3;
  /** Centres d'intérêt to point out (those the student chose). */
  highlight?: Set<string>;
  /** On lists and search results: « Comparer » and « Pas pour moi ». */
  choices?: boolean;
  /** The chosen filters it meets that its facts do not show (« Statut : salarié »). */
  met?: ((entry: CatalogEntry) => string[]) | null;
  /** Found by its text, not its title: the section where (« Nature du travail »). */
  foundIn?: string | undefined;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const shared = highlight ? entry.interests.filter((i) => highlight.has(i)) : [];
  return (
    <article className="card relative p-4 hover:border-brand-400 dark:hover:border-brand-400">
      {/* With large text on a phone, the star goes under the title rather than squeezing it. */}
      <div className="flex flex-wrap items-start justify-end gap-2">
        <Heading className="min-w-0 flex-[1_1_12rem] pt-1.5 text-lg leading-snug font-semibold">
          {/* The whole card is clickable through the link's stretched hit area. */}
          <FicheLink
            entry={entry}
            className="no-underline after:absolute after:inset-0 after:content-[''] hover:underline"
          />
        </Heading>
        <FavoriteToggle fiche={entry} compact />
      </div>
      <ul className="mt-2 flex flex-wrap gap-1.5" aria-label="En bref">
        {cardFacts(entry).map((fact) => (
          <li key={fact} className="tag">
            {fact}
          </li>
        ))}
      </ul>
      {foundIn && (
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
          <span className="font-semibold">Trouvé dans :</span> {foundIn}
        </p>
      )}
      <Summary summary={summary} />
      {shared.length > 0 && (
        <p className="mt-2 text-sm font-medium text-brand-800 dark:text-brand-200">
          <span aria-hidden="true">✓ </span>
          {shared.length > 1 ? `${shared.length} de tes centres d'intérêt : ` : "Ton centre d'intérêt : "}
          {shared.join(' · ')}
        </p>
      )}
      {met?.(entry).map((line) => (
        <p key={line} className="mt-1 text-sm font-medium text-brand-800 dark:text-brand-200">
          <span aria-hidden="true">✓ </span>
          {line}
        </p>
      ))}
      {choices && <CardChoices entry={entry} />}
    </article>
  );
});
