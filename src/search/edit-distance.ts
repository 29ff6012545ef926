// How far apart two words are, for the typo tolerance of the title index and its suggestions.

/** At most one insertion, deletion or substitution between a and b. */
export function withinOneEdit(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (la - lb > 1 || lb - la > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  // After the first difference, the rest must be equal once the edit is made.
  const skipA = la >= lb ? 1 : 0;
  const skipB = lb >= la ? 1 : 0;
  let ia = i + skipA;
  let ib = i + skipB;
  while (ia < la && ib < lb) {
    if (a.charCodeAt(ia) !== b.charCodeAt(ib)) return false;
    ia++;
    ib++;
  }
  return ia >= la && ib >= lb;
}

/** The edit distance between a and b, or `max + 1` as soon as it is known to exceed `max`. */
export function editDistanceAtMost(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      row.push(value);
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    previous = row;
  }
  return Math.min(previous[b.length]!, max + 1);
}
