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

/**
 * The terms of the fiches, numbered: each word read once, to its term's number (-1: a word that
 * says nothing of a job). Strings in a Map per fiche made most of the garbage and half the time.
 */
class Terms {
  private idOfWord = new Map<string, number>();
  private idOfTerm = new Map<string, number>();
  count = 0;

  idOf(word: string): number {
    let id = this.idOfWord.get(word);
    if (id !== undefined) return id;
    const term = processTerm(word);
    if (term === null || term.length < 3 || /^\d+$/.test(term)) id = -1;
    else {
      const t = stem(term);
      id = this.idOfTerm.get(t);
      if (id === undefined) this.idOfTerm.set(t, (id = this.count++));
    }
    this.idOfWord.set(word, id);
    return id;
  }
}

/** Rows of (term, weight), fiche after fiche: row i is [start[i], start[i + 1]). */
interface Rows {
  start: Int32Array;
  term: Int32Array;
  weight: Float64Array;
}

/** Each fiche's terms with their weighted counts, in the order they first appear in it. */
function termCounts(fiches: Fiche[], terms: Terms): Rows {
  const start = new Int32Array(fiches.length + 1);
  const term: number[] = [];
  const count: number[] = [];
  // Where each term sits in the current fiche's row (valid when seenIn says this fiche).
  let seenIn = new Int32Array(1024).fill(-1);
  let at = new Int32Array(1024);
  fiches.forEach((fiche, i) => {
    start[i] = term.length;
    for (const [text, weight] of textsOf(fiche)) {
      for (const word of tokenize(text)) {
        const t = terms.idOf(word);
        if (t < 0) continue;
        if (t >= seenIn.length) {
          const size = Math.max(t + 1, seenIn.length * 2);
          const s = new Int32Array(size).fill(-1);
          s.set(seenIn);
          seenIn = s;
          const a = new Int32Array(size);
          a.set(at);
          at = a;
        }
        if (seenIn[t] !== i) {
          seenIn[t] = i;
          at[t] = term.length;
          term.push(t);
          count.push(weight);
        } else count[at[t]!]! += weight;
      }
    }
  });
  start[fiches.length] = term.length;
  return { start, term: Int32Array.from(term), weight: Float64Array.from(count) };
}

interface Profiles {
  /** Each fiche's strongest terms, TF-IDF weighted, as a unit vector, strongest first. */
  terms: Rows;
  links: Set<number>[];
  interests: Set<string>[];
}

/** Cosine of two sets: shared / √(|a|·|b|). */
function setCosine<T>(a: Set<T>, b: Set<T>): { shared: number; cosine: number } {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return { shared, cosine: shared === 0 ? 0 : shared / Math.sqrt(a.size * b.size) };
}

function profiles(fiches: Fiche[], terms: Terms, linksOf: (f: Fiche) => Set<number>): Profiles {
  const counts = termCounts(fiches, terms);
  const df = new Int32Array(terms.count);
  for (const t of counts.term) df[t]!++;
  const n = fiches.length;
  const tfidf = counts.weight.map((tf, k) => (1 + Math.log(tf)) * Math.log(n / df[counts.term[k]!]!));
  const start = new Int32Array(n + 1);
  const term: number[] = [];
  const weight: number[] = [];
  for (let i = 0; i < n; i++) {
    start[i] = term.length;
    const row: number[] = [];
    for (let k = counts.start[i]!; k < counts.start[i + 1]!; k++) {
      const d = df[counts.term[k]!]!;
      if (d >= 2 && d <= MAX_DOCUMENT_SHARE * n) row.push(k);
    }
    // Strongest first; equal weights in the order the terms first appear.
    row.sort((a, b) => tfidf[b]! - tfidf[a]! || a - b);
    const kept = row.slice(0, TERMS_PER_FICHE);
    const norm = Math.sqrt(kept.reduce((sum, k) => sum + tfidf[k]! * tfidf[k]!, 0)) || 1;
    for (const k of kept) {
      term.push(counts.term[k]!);
      weight.push(tfidf[k]! / norm);
    }
  }
  start[n] = term.length;
  return {
    terms: { start, term: Int32Array.from(term), weight: Float64Array.from(weight) },
    links: fiches.map(linksOf),
    interests: fiches.map((fiche) => new Set(fiche.interests.map((i) => i.toLowerCase()))),
  };
}

/**
 * Postings kept for a term (its strongest fiches) or a link: a fiche's candidates come from these
 * lists, so its cost is bounded whatever the catalogue's size (34,000 synthetic fiches, where
 * whole lists took minutes). At 1,152 fiches nearly every list is whole.
 */
const CHAMPIONS = 200;
/** Candidates ranked on text and links, before their interests are compared. */
const SHORTLIST = 40;

/** Each term's fiches (rows by term: `term` holds fiche numbers), its strongest CHAMPIONS only. */
function postings(profile: Rows, terms: number): Rows {
  const length = new Int32Array(terms);
  for (const t of profile.term) length[t]!++;
  const all = new Int32Array(terms + 1);
  for (let t = 0; t < terms; t++) all[t + 1] = all[t]! + length[t]!;
  // Every posting in the fiches' order, then each list cut to its strongest (a stable sort).
  const doc = new Int32Array(profile.term.length);
  const fill = all.slice(0, terms);
  for (let i = 0; i + 1 < profile.start.length; i++) {
    for (let k = profile.start[i]!; k < profile.start[i + 1]!; k++) doc[fill[profile.term[k]!]!++] = k;
  }
  const start = new Int32Array(terms + 1);
  for (let t = 0; t < terms; t++) start[t + 1] = start[t]! + Math.min(length[t]!, CHAMPIONS);
  const fiche = new Int32Array(start[terms]!);
  const weight = new Float64Array(start[terms]!);
  const rowOf = new Int32Array(profile.term.length);
  for (let i = 0; i + 1 < profile.start.length; i++) rowOf.fill(i, profile.start[i]!, profile.start[i + 1]!);
  for (let t = 0; t < terms; t++) {
    let list = Array.from(doc.subarray(all[t]!, all[t + 1]!));
    if (list.length > CHAMPIONS) {
      list = list.sort((a, b) => profile.weight[b]! - profile.weight[a]!).slice(0, CHAMPIONS);
    }
    list.forEach((k, at) => {
      fiche[start[t]! + at] = rowOf[k]!;
      weight[start[t]! + at] = profile.weight[k]!;
    });
  }
  return { start, term: fiche, weight };
}

/** The neighbours of each fiche among `fiches` (one kind), in the order of `fiches`. */
export function similarAmong(
  fiches: Fiche[],
  linksOf: (f: Fiche) => Set<number>,
  terms = new Terms(),
): SimilarFiche[][] {
  const all = profiles(fiches, terms, linksOf);
  const byTerm = postings(all.terms, terms.count);
  const byLink = new Map<number, number[]>();
  all.links.forEach((links, i) => {
    for (const l of links) {
      const list = byLink.get(l);
      if (list) list.push(i);
      else byLink.set(l, [i]);
    }
  });
  const text = new Float64Array(fiches.length);
  const shared = new Int32Array(fiches.length);
  // Candidates of fiche i are marked i + 1, in the order they are first met.
  const met = new Int32Array(fiches.length);
  const touched = new Int32Array(fiches.length);
  const linkCount = Int32Array.from(all.links, (links) => links.size);
  const { start, term, weight } = all.terms;
  // Local names: the two loops below run 400 million times at 34,000 fiches.
  const postingStart = byTerm.start;
  const postingFiche = byTerm.term;
  const postingWeight = byTerm.weight;
  return fiches.map((_, i) => {
    const links = all.links[i]!;
    const interests = all.interests[i]!;
    const mark = i + 1;
    let n = 0;
    for (let k = start[i]!; k < start[i + 1]!; k++) {
      const t = term[k]!;
      const w = weight[k]!;
      const end = postingStart[t + 1]!;
      for (let p = postingStart[t]!; p < end; p++) {
        const j = postingFiche[p]!;
        if (met[j] !== mark) {
          met[j] = mark;
          touched[n++] = j;
        }
        text[j] = text[j]! + w * postingWeight[p]!;
      }
    }
    for (const l of links) {
      const docs = byLink.get(l)!;
      if (docs.length > CHAMPIONS) continue; // A link most fiches share says little of any.
      for (const j of docs) {
        if (met[j] !== mark) {
          met[j] = mark;
          touched[n++] = j;
        }
        shared[j] = shared[j]! + 1;
      }
    }
    // The SHORTLIST best on text and links, kept in a small array sorted from the lowest: most
    // candidates are turned away by one comparison, where sorting them all cost most of the time.
    const best: { j: number; partial: number }[] = [];
    let lowest = -Infinity;
    for (let k = 0; k < n; k++) {
      const j = touched[k]!;
      if (j === i) continue;
      const together = shared[j]!;
      const partial =
        together === 0
          ? WEIGHTS.text * text[j]!
          : WEIGHTS.text * text[j]! + WEIGHTS.links * (together / Math.sqrt(links.size * linkCount[j]! || 1));
      if (partial <= lowest) continue;
      let at = best.findIndex((b) => b.partial > partial);
      if (at < 0) at = best.length;
      best.splice(at, 0, { j, partial });
      if (best.length > SHORTLIST) best.shift();
      if (best.length === SHORTLIST) lowest = best[0]!.partial;
    }
    const scored = best.map(({ j, partial }) => {
      const common = setCosine(interests, all.interests[j]!);
      const reasons: SimilarReason[] = [];
      if (shared[j]! > 0) reasons.push('liens');
      if (common.shared >= Math.min(2, interests.size)) reasons.push('interets');
      if (text[j]! >= TEXT_REASON || reasons.length === 0) reasons.push('texte');
      return { j, score: partial + WEIGHTS.interests * common.cosine, reasons };
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
  // Words read once for both kinds: most of a formation's words are a métier's too.
  const terms = new Terms();
  for (const kind of ['metier', 'formation'] as const) {
    const at = records.flatMap((r, i) => (r.kind === kind ? [i] : []));
    const similar = similarAmong(
      at.map((i) => records[i]!),
      (f) => links[position.get(`${f.kind}/${f.id}`)!]!,
      terms,
    );
    at.forEach((i, k) => (out[i] = { ...records[i]!, similar: similar[k]! }));
  }
  return out;
}
