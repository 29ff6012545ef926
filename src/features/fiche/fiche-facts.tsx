// The essentials of a fiche, as a list of facts: those every view shows (catalog/facts.ts), then
// what only the fiche holds (codes, the official page, fields the app does not know).
import type { ReactNode } from 'react';
import type { CatalogEntry } from '../../catalog/catalog';
import { entryFacts, type FactKey } from '../../catalog/facts';
import { KINDS } from '../../catalog/kinds';
import type { Fiche, Formation } from '../../catalog/schema';
import { labelKey } from '../../catalog/text';

export interface ShownFact {
  label: string;
  value: ReactNode;
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

/** Fields the fiche has beyond those its kind knows: shown as they are. */
function otherFields(fiche: Fiche): ShownFact[] {
  const known = new Set<string>(KINDS[fiche.kind].fields);
  return fiche.fields
    .filter((f) => !known.has(labelKey(f.key)))
    .map((f) => ({ label: f.key, value: [f.value, ...f.values].filter(Boolean).join(', ') || '—' }));
}

export function ficheFacts(fiche: Fiche, entry: CatalogEntry): ShownFact[] {
  // What only the fiche holds comes after the fact it goes with.
  const after: Partial<Record<FactKey, ShownFact[]>> =
    fiche.kind === 'formation' ? { type: extra('Sigle', fiche.sigle) } : {};
  return [
    ...entryFacts(entry, fiche).flatMap(({ key, label, value }) => [{ label, value }, ...(after[key] ?? [])]),
    ...otherFields(fiche),
  ];
}

const extra = (label: string, value: ReactNode | null): ShownFact[] => (value ? [{ label, value }] : []);

/** Codes and the official text: for counsellors and forms, at the end of the fiche, not on its first screen. */
export function ficheCodes(fiche: Fiche): ShownFact[] {
  return fiche.kind === 'metier'
    ? extra('Codes ROME', fiche.romeCodes.join(', '))
    : [
        ...extra('Code scolarité', fiche.codeScolarite),
        ...extra('Texte officiel', fiche.link && <OfficialLink link={fiche.link} />),
      ];
}
