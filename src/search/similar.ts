// « Métiers proches » and « Formations proches », computed once at build time from what the data
// says: the formations (or métiers) two fiches share, their centres d'intérêt, and how alike their
// texts are (TF-IDF cosine). Each neighbour keeps the reasons that brought it, for the page to say.
//
// Pairs are found through an inverted index of each fiche's strongest terms and of its links,
// never by comparing every pair: 34,000 fiches would be a billion pairs.
import type { Fiche, ListItem, SimilarFiche, SimilarReason } from '../catalog/schema';
import { labelKey } from '../catalog/text';
import { processTerm, tokenize } from './analyzer';

/**
 * How much each kind of evidence weighs, chosen on the judged pairs (judged/similar-metiers.json,
 * written before this code): of their 221 expected neighbours, the text alone finds 188, shared
 * formations 82; these weights, 197 (similar.corpus.test.ts prints them all).
 */
export const WEIGHTS = { text: 0.7, links: 0.2, interests: 0.1 };
/** At most this many neighbours on a fiche, and at least this many when any fiche comes close. */
export const MAX_SIMILAR = 8;
export const MIN_SIMILAR = 3;
/** Below this score a neighbour beyond the first MIN_SIMILAR is not shown. */
const MIN_SCORE = 0.08;
/** Texts this alike make « métier voisin » a reason. */
const TEXT_REASON = 0.1;
/** A fiche's strongest terms only: enough to find its neighbours, few enough to stay fast. */
const TERMS_PER_FICHE = 60;
/** Terms in more than this share of a kind's fiches say nothing of a job. */
const MAX_DOCUMENT_SHARE = 0.3;

/** Sections that describe the job or the formation; salary and career text is alike in every fiche. */
const TEXT_SECTIONS =
  /^(presentation|en bref|nature du travail|competences requises|conditions de travail|description|acces|attendus)$/;

function stem(term: string): string {
  // Plurals: « animaux » and « animal » differ still, but « chevaux »/« cheval » are rarer than « réseaux »/« réseau ».
  return term.length > 4 && /[sx]$/.test(term) ? term.slice(0, -1) : term;
}

/** The texts of a fiche that describe it, with their weights: its names count more than a sentence. */
function textsOf(fiche: Fiche): [string, number][] {
  const body: string[] = [];
  const walk = (items: ListItem[]) => {
    for (const item of items) {
      body.push(item.text);
      walk(item.items);
    }
  };
  for (const section of fiche.sections) {
    if (!TEXT_SECTIONS.test(labelKey(section.title))) continue;
    for (const block of section.blocks) {
      if (block.type === 'list') walk(block.items);
      else body.push(block.text);
    }
  }
  const names = fiche.kind === 'metier' ? fiche.otherNames.map((n) => n.title).join('\n') : '';
  // One text per weight: tokenizing a few long strings costs far less than many short ones.
  return [
    [fiche.title, 3],
    [names, 2],
    [body.join('\n'), 1],
  ];
}

function termsOf(fiche: Fiche): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [text, weight] of textsOf(fiche)) {
    for (const word of tokenize(text)) {
      const term = processTerm(word);
      if (term === null || term.length < 3 || /^\d+$/.test(term)) continue;
      const t = stem(term);
      counts.set(t, (counts.get(t) ?? 0) + weight);
    }
  }
  return counts;
}

interface Profile {
  /** The strongest terms, TF-IDF weighted, as a unit vector. */
  terms: Map<string, number>;
  links: Set<number>;
  interests: Set<string>;
}

/** Cosine of two sets: shared / √(|a|·|b|). */
function setCosine<T>(a: Set<T>, b: Set<T>): { shared: number; cosine: number } {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return { shared, cosine: shared === 0 ? 0 : shared / Math.sqrt(a.size * b.size) };
}

function profiles(fiches: Fiche[], linksOf: (f: Fiche) => Set<number>): Profile[] {
  const counts = fiches.map(termsOf);
  const df = new Map<string, number>();
  for (const c of counts) for (const t of c.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = fiches.length;
  return fiches.map((fiche, i) => {
    const weighted: [string, number][] = [];
    for (const [t, tf] of counts[i]!) {
      const d = df.get(t)!;
      if (d < 2 || d > MAX_DOCUMENT_SHARE * n) continue;
      weighted.push([t, (1 + Math.log(tf)) * Math.log(n / d)]);
    }
    weighted.sort((a, b) => b[1] - a[1]);
    const kept = weighted.slice(0, TERMS_PER_FICHE);
    const norm = Math.sqrt(kept.reduce((s, [, w]) => s + w * w, 0)) || 1;
    return {
      terms: new Map(kept.map(([t, w]) => [t, w / norm])),
      links: linksOf(fiche),
      interests: new Set(fiche.interests.map((i) => i.toLowerCase())),
    };
  });
}

/**
 * Postings kept for a term (its strongest fiches) or a link: a fiche's candidates come from these
 * lists, so its cost is bounded whatever the catalogue's size (34,000 synthetic fiches, where
 * whole lists took minutes). At 1,152 fiches nearly every list is whole.
 */
const CHAMPIONS = 200;
/** Candidates ranked on text and links, before their interests are compared. */
const SHORTLIST = 40;

interface Posting {
  docs: Int32Array;
  weights: Float64Array;
}

function postings(all: Profile[]): Map<string, Posting> {
  const lists = new Map<string, [number, number][]>();
  all.forEach((p, i) => {
    for (const [t, w] of p.terms) {
      const list = lists.get(t);
      if (list) list.push([i, w]);
      else lists.set(t, [[i, w]]);
    }
  });
  const out = new Map<string, Posting>();
  for (const [t, list] of lists) {
    const kept = list.length > CHAMPIONS ? list.sort((a, b) => b[1] - a[1]).slice(0, CHAMPIONS) : list;
    out.set(t, { docs: Int32Array.from(kept, ([i]) => i), weights: Float64Array.from(kept, ([, w]) => w) });
  }
  return out;
}

/** The neighbours of each fiche among `fiches` (one kind), in the order of `fiches`. */
export function similarAmong(fiches: Fiche[], linksOf: (f: Fiche) => Set<number>): SimilarFiche[][] {
  const all = profiles(fiches, linksOf);
  const byTerm = postings(all);
  const byLink = new Map<number, number[]>();
  all.forEach((p, i) => {
    for (const l of p.links) {
      const list = byLink.get(l);
      if (list) list.push(i);
      else byLink.set(l, [i]);
    }
  });
  const text = new Float64Array(fiches.length);
  const shared = new Int32Array(fiches.length);
  const touched = new Int32Array(fiches.length);
  return all.map((p, i) => {
    let n = 0;
    for (const [t, w] of p.terms) {
      const { docs, weights } = byTerm.get(t)!;
      for (let k = 0; k < docs.length; k++) {
        const j = docs[k]!;
        if (text[j] === 0 && shared[j] === 0) touched[n++] = j;
        text[j] = text[j]! + w * weights[k]!;
      }
    }
    for (const l of p.links) {
      const docs = byLink.get(l)!;
      if (docs.length > CHAMPIONS) continue; // A link most fiches share says little of any.
      for (const j of docs) {
        if (text[j] === 0 && shared[j] === 0) touched[n++] = j;
        shared[j] = shared[j]! + 1;
      }
    }
    // The SHORTLIST best on text and links, kept in a small array sorted from the lowest: most
    // candidates are turned away by one comparison, where sorting them all cost most of the time.
    const best: { j: number; partial: number }[] = [];
    for (let k = 0; k < n; k++) {
      const j = touched[k]!;
      if (j === i) continue;
      const links = shared[j]! / Math.sqrt(p.links.size * all[j]!.links.size || 1);
      const partial = WEIGHTS.text * text[j]! + WEIGHTS.links * links;
      if (best.length === SHORTLIST && partial <= best[0]!.partial) continue;
      let at = best.findIndex((b) => b.partial > partial);
      if (at < 0) at = best.length;
      best.splice(at, 0, { j, partial });
      if (best.length > SHORTLIST) best.shift();
    }
    const scored = best.map(({ j, partial }) => {
      const interests = setCosine(p.interests, all[j]!.interests);
      const reasons: SimilarReason[] = [];
      if (shared[j]! > 0) reasons.push('liens');
      if (interests.shared >= Math.min(2, p.interests.size)) reasons.push('interets');
      if (text[j]! >= TEXT_REASON || reasons.length === 0) reasons.push('texte');
      return { j, score: partial + WEIGHTS.interests * interests.cosine, reasons };
    });
    for (let k = 0; k < n; k++) {
      text[touched[k]!] = 0;
      shared[touched[k]!] = 0;
    }
    scored.sort((a, b) => b.score - a.score || a.j - b.j);
    return scored
      .filter((s, rank) => s.score > 0 && (rank < MIN_SIMILAR || s.score >= MIN_SCORE))
      .slice(0, MAX_SIMILAR)
      .map((s) => ({ id: fiches[s.j]!.id, reasons: s.reasons }));
  });
}

/**
 * Every record with its neighbours of the same kind. A métier's links are the formations it is
 * linked to (both ways); a formation's, the métiers.
 */
export function withSimilar(records: Fiche[]): Fiche[] {
  const position = new Map(records.map((r, i) => [`${r.kind}/${r.id}`, i]));
  const links = records.map(() => new Set<number>());
  records.forEach((r, i) => {
    const other = r.kind === 'metier' ? 'formation' : 'metier';
    for (const ref of r.related) {
      const j = ref.id === null ? undefined : position.get(`${other}/${ref.id}`);
      if (j === undefined) continue;
      links[i]!.add(j);
      links[j]!.add(i);
    }
  });
  const out = records.slice();
  for (const kind of ['metier', 'formation'] as const) {
    const at = records.flatMap((r, i) => (r.kind === kind ? [i] : []));
    const similar = similarAmong(
      at.map((i) => records[i]!),
      (f) => links[position.get(`${f.kind}/${f.id}`)!]!,
    );
    at.forEach((i, k) => (out[i] = { ...records[i]!, similar: similar[k]! }));
  }
  return out;
}
