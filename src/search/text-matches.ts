// What a text search answers, and how the two text searches combine: the title index (instant,
// on the main thread, title-index.ts) and the full text of the fiches (later, in a Web Worker,
// body-index.ts).

/** Entry position → relevance score. */
export type TextMatches = Map<number, number>;

/**
 * Title matches completed by matches in the whole text. Title and appellation matches score
 * above TITLE_RANK (see title-index.ts) and so stay above every match found in the text only.
 */
export function mergeMatches(titles: TextMatches, body: TextMatches | undefined): TextMatches {
  if (!body) return titles;
  const merged: TextMatches = new Map(body);
  for (const [index, score] of titles) merged.set(index, score + (body.get(index) ?? 0));
  return merged;
}
