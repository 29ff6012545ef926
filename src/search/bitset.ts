// Sets of fiche positions as bit arrays: facet counts become ANDs and population counts.

export type Bitset = Uint32Array;

export function emptySet(size: number): Bitset {
  return new Uint32Array((size + 31) >>> 5);
}

export function fullSet(size: number): Bitset {
  const set = emptySet(size);
  set.fill(0xffffffff);
  const extra = set.length * 32 - size;
  if (extra > 0) set[set.length - 1] = 0xffffffff >>> extra;
  return set;
}

export function setOf(size: number, positions: Iterable<number>): Bitset {
  const set = emptySet(size);
  for (const p of positions) set[p >>> 5]! |= 1 << (p & 31);
  return set;
}

export function has(set: Bitset, position: number): boolean {
  return (set[position >>> 5]! & (1 << (position & 31))) !== 0;
}

/** a ∩ b into `out` (which may be `a`). */
export function andInto(out: Bitset, a: Bitset, b: Bitset): Bitset {
  for (let i = 0; i < out.length; i++) out[i] = a[i]! & b[i]!;
  return out;
}

/** a ∪ b into `out` (which may be `a`). */
export function orInto(out: Bitset, a: Bitset, b: Bitset): Bitset {
  for (let i = 0; i < out.length; i++) out[i] = a[i]! | b[i]!;
  return out;
}

function popcount32(v: number): number {
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function count(set: Bitset): number {
  let n = 0;
  for (let i = 0; i < set.length; i++) n += popcount32(set[i]!);
  return n;
}

/** |a ∩ b| without allocating. */
export function countAnd(a: Bitset, b: Bitset): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) n += popcount32(a[i]! & b[i]!);
  return n;
}

export function positions(set: Bitset): number[] {
  const out: number[] = [];
  for (let i = 0; i < set.length; i++) {
    let word = set[i]!;
    while (word !== 0) {
      const bit = 31 - Math.clz32(word & -word);
      out.push((i << 5) + bit);
      word &= word - 1;
    }
  }
  return out;
}
