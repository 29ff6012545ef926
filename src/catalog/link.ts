// Gives every parsed fiche its id and resolves the cross-references between fiches.
import type { Diagnostic } from './diagnostics';
import type { ParsedFiche, ParsedFormation, ParsedMetier } from './parse-fiche';
import type { Fiche, Formation, Metier, Related } from './schema';
import { labelKey, slugify } from './text';

/** How many other files a duplicate-id message names: thousands of copies must not make megabytes of text. */
const LISTED_DUPLICATES = 3;

export interface LinkResult {
  records: Fiche[];
  diagnostics: Diagnostic[];
  unresolved: number;
}

/**
 * A formation fiche carries no id of its own: a métier's `title (ID: FOR.n)` reference whose
 * title matches the formation's gives it. Otherwise its id is a slug of its title.
 */
function formationIds(metiers: ParsedMetier[], diagnostics: Diagnostic[]): Map<string, string> {
  const idByTitle = new Map<string, string>();
  for (const metier of metiers) {
    for (const ref of metier.refs) {
      if (ref.sourceId === null) continue;
      const key = labelKey(ref.title);
      const known = idByTitle.get(key);
      if (known === undefined) idByTitle.set(key, ref.sourceId);
      else if (known !== ref.sourceId) {
        diagnostics.push({
          file: metier.file,
          line: ref.line,
          severity: 'warning',
          message: `« ${ref.title} » porte l'identifiant ${ref.sourceId} ici mais ${known} ailleurs : ${known} est retenu`,
        });
      }
    }
  }
  return idByTitle;
}

export function linkFiches(parsed: ParsedFiche[]): LinkResult {
  const diagnostics: Diagnostic[] = [];
  const metiers = parsed.filter((f): f is ParsedMetier => f.kind === 'metier');
  const formations = parsed.filter((f): f is ParsedFormation => f.kind === 'formation');
  const idByTitle = formationIds(metiers, diagnostics);

  const ids = new Map<ParsedFiche, string>();
  for (const metier of metiers) ids.set(metier, metier.id);
  for (const formation of formations) {
    ids.set(formation, idByTitle.get(labelKey(formation.title)) ?? slugify(formation.title));
  }

  // Ids are URL segments of one namespace per kind, but a single namespace keeps links unambiguous.
  const byId = new Map<string, ParsedFiche[]>();
  for (const fiche of parsed) {
    const id = ids.get(fiche)!;
    const owners = byId.get(id);
    if (owners) owners.push(fiche);
    else byId.set(id, [fiche]);
  }
  for (const [id, owners] of byId) {
    if (owners.length < 2) continue;
    for (const owner of owners) {
      const others = owners
        .slice(0, LISTED_DUPLICATES + 1)
        .filter((o) => o !== owner)
        .slice(0, LISTED_DUPLICATES)
        .map((o) => o.file);
      const more = owners.length - 1 - others.length;
      diagnostics.push({
        file: owner.file,
        line: 1,
        severity: 'error',
        message: `identifiant « ${id} » en double (aussi : ${others.join(', ')}${more > 0 ? ` et ${more} autre(s)` : ''})`,
      });
    }
  }

  const formationById = new Map(formations.map((f) => [ids.get(f)!, f]));
  const formationByTitle = new Map<string, string>();
  for (const f of formations) {
    const key = labelKey(f.title);
    if (!formationByTitle.has(key)) formationByTitle.set(key, ids.get(f)!);
  }
  // Formations name métiers by title; the inclusive title first, then the other names.
  const metierByName = new Map<string, string>();
  for (const m of metiers) metierByName.set(labelKey(m.title), m.id);
  for (const m of metiers) {
    const names = [
      m.feminine,
      m.masculine,
      ...m.otherNames.flatMap((o) => [o.title, o.feminine, o.masculine]),
    ];
    for (const name of names) {
      if (name && !metierByName.has(labelKey(name))) metierByName.set(labelKey(name), m.id);
    }
  }

  let unresolved = 0;
  const resolve = (fiche: ParsedFiche): Related[] =>
    fiche.refs.map((ref) => {
      let id: string | null;
      if (fiche.kind === 'metier') {
        id =
          ref.sourceId !== null && formationById.has(ref.sourceId)
            ? ref.sourceId
            : (formationByTitle.get(labelKey(ref.title)) ?? null);
      } else {
        id = metierByName.get(labelKey(ref.title)) ?? null;
      }
      if (id === null) {
        unresolved++;
        diagnostics.push({
          file: fiche.file,
          line: ref.line,
          severity: 'warning',
          message: `référence non résolue : « ${ref.title} »${ref.sourceId ? ` (${ref.sourceId})` : ''} n'est pas dans le catalogue`,
        });
      }
      return { id, title: ref.title, sourceId: ref.sourceId };
    });

  const related = new Map(parsed.map((f) => [f, resolve(f)]));

  // A formation's centres d'intérêt are those of the métiers it leads to, whichever side
  // of the link names the other. Each métier counts once per formation, however many times the
  // two name each other: repeated references must not multiply the work by the interests.
  const metierById = new Map(metiers.map((m) => [m.id, m]));
  const leadsTo = new Map<ParsedFormation, Set<ParsedMetier>>(formations.map((f) => [f, new Set()]));
  for (const formation of formations) {
    for (const ref of related.get(formation)!) {
      const metier = ref.id ? metierById.get(ref.id) : undefined;
      if (metier) leadsTo.get(formation)!.add(metier);
    }
  }
  for (const metier of metiers) {
    for (const ref of related.get(metier)!) {
      const formation = ref.id ? formationById.get(ref.id) : undefined;
      if (formation) leadsTo.get(formation)!.add(metier);
    }
  }
  const derived = new Map<ParsedFormation, Set<string>>(
    formations.map((f) => [f, new Set([...leadsTo.get(f)!].flatMap((m) => m.interests))]),
  );

  const records: Fiche[] = parsed.map((fiche) =>
    toRecord(fiche, ids.get(fiche)!, related.get(fiche)!, derived),
  );
  return { records, diagnostics, unresolved };
}

function toRecord(
  fiche: ParsedFiche,
  id: string,
  related: Related[],
  derived: Map<ParsedFormation, Set<string>>,
): Fiche {
  const common = {
    id,
    title: fiche.title,
    level: fiche.level,
    levelLabel: fiche.levelLabel,
    durationYears: fiche.durationYears,
    interests: fiche.interests,
    statuses: fiche.statuses,
    related,
    summary: fiche.summary,
    fields: fiche.fields,
    sections: fiche.sections,
    source: { file: fiche.file },
    // Filled by the build (search/similar.ts), which sees every fiche at once.
    similar: [],
  };
  if (fiche.kind === 'metier') {
    const metier: Metier = {
      kind: 'metier',
      ...common,
      feminine: fiche.feminine,
      masculine: fiche.masculine,
      otherNames: fiche.otherNames,
      romeCodes: fiche.romeCodes,
      startingSalary: fiche.startingSalary,
    };
    return metier;
  }
  const formation: Formation = {
    kind: 'formation',
    ...common,
    type: fiche.type,
    sigle: fiche.sigle,
    codeScolarite: fiche.codeScolarite,
    durationLabel: fiche.durationLabel,
    link: fiche.link,
    derivedInterests: [...derived.get(fiche)!],
  };
  return formation;
}
