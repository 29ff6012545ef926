// What a text search answers: entry position → relevance score (search/fiche-search.ts).
export type TextMatches = Map<number, number>;
