// The sections of a fiche, rendered as text: headings, paragraphs and lists, never raw HTML.
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

export function SectionView({ section }: { section: Section }) {
  if (section.blocks.length === 0) return null;
  const id = `section-${section.line}`;
  return (
    <section aria-labelledby={section.title ? id : undefined} className="mt-8">
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
