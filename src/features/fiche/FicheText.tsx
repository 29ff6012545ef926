// The sections of a fiche, rendered as text: headings, paragraphs and lists, never raw HTML.
import { useEffect, useRef } from 'react';
import type { Block, ListItem, Section } from '../../catalog/schema';

function Items({ items }: { items: ListItem[] }) {
  return (
    <ul className="mt-2 list-disc space-y-1 pl-6">
      {items.map((item, i) => (
        <li key={i}>
          <span className="whitespace-pre-line">{item.text}</span>
          {item.items.length > 0 && <Items items={item.items} />}
        </li>
      ))}
    </ul>
  );
}

function BlockView({ block }: { block: Block }) {
  switch (block.type) {
    case 'heading':
      return <h3 className="mt-5 text-lg font-semibold">{block.text}</h3>;
    case 'paragraph':
      return <p className="mt-3 whitespace-pre-line">{block.text}</p>;
    case 'list':
      return <Items items={block.items} />;
  }
}

/** A section's text without its heading: where another part of the page quotes it. */
export function Blocks({ blocks }: { blocks: Block[] }) {
  return (
    <div className="max-w-prose leading-relaxed text-slate-800 dark:text-slate-200">
      {blocks.map((block, i) => (
        <BlockView key={i} block={block} />
      ))}
    </div>
  );
}

// The section being read aloud (ListenToFiche.tsx): outlined, tinted and labelled, in light and
// dark mode; the outline stays in forced colours. The tint reaches past the box as a shadow, so
// that the text does not move when the mark comes or goes; the label « Lecture en cours » sits
// above it, flush with the tint's edge (room for it on one line at 360 px with text at 200 %).
const READING =
  'relative scroll-mt-16 scroll-mb-6 rounded-md bg-brand-50 shadow-[0_0_0_12px_var(--color-brand-50)] outline-3 outline-offset-[12px] outline-brand-700 dark:bg-brand-950 dark:shadow-[0_0_0_12px_var(--color-brand-950)] dark:outline-brand-300 print:bg-transparent print:shadow-none print:outline-none';

export function SectionView({ section, reading = false }: { section: Section; reading?: boolean }) {
  const element = useRef<HTMLElement>(null);
  // The page follows the reading, as little as it must to show the section.
  useEffect(() => {
    if (!reading) return;
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    element.current?.scrollIntoView({ block: 'nearest', behavior: still ? 'auto' : 'smooth' });
  }, [reading]);
  if (section.blocks.length === 0) return null;
  const id = `section-${section.line}`;
  return (
    <section
      ref={element}
      aria-labelledby={section.title ? id : undefined}
      className={`mt-8 ${reading ? READING : ''}`}
    >
      {reading && (
        <p className="no-print absolute bottom-full -left-3 mb-1 flex items-center gap-1 rounded-full bg-brand-700 px-2.5 py-0.5 whitespace-nowrap text-sm font-semibold text-white dark:bg-brand-300 dark:text-brand-950">
          <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4 shrink-0" fill="currentColor">
            <path d="M4 9v6h4l5 4V5L8 9zm12.5 3a4.5 4.5 0 0 0-2.5-4v8a4.5 4.5 0 0 0 2.5-4z" />
          </svg>
          Lecture en cours
        </p>
      )}
      {section.title && (
        <h2 id={id} className="text-2xl font-bold">
          {section.title}
        </h2>
      )}
      <Blocks blocks={section.blocks} />
    </section>
  );
}

/** Key–value facts of a fiche, as a description list. */
export function Facts({ facts }: { facts: { label: string; value: React.ReactNode }[] }) {
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
      {facts.map((fact) => (
        <div key={fact.label} className="rounded-lg bg-slate-100 p-3 dark:bg-slate-800">
          <dt className="text-sm font-semibold text-slate-700 dark:text-slate-300">{fact.label}</dt>
          <dd className="mt-0.5">{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
