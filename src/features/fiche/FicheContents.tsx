// The fiche's short table of contents: on a phone, a student sees what the fiche holds and goes
// straight to it instead of scrolling through every section.
export interface ContentsItem {
  /** The id of the heading the link leads to. */
  id: string;
  label: string;
}

export function FicheContents({ items }: { items: ContentsItem[] }) {
  if (items.length < 3) return null;
  return (
    <nav aria-label="Sommaire de la fiche" className="no-print mt-6">
      {/* The landmark's label names it for screen readers; this line is for the eyes. */}
      <p aria-hidden="true" className="text-sm font-semibold text-slate-700 dark:text-slate-300">
        Dans cette fiche
      </p>
      <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm">
        {items.map((item) => (
          <li key={item.id}>
            <a href={`#${item.id}`}>{item.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
