// What a formation's title says of its level, for formations the catalogue does not hold:
// "bac pro …" is a bac pro whatever the fiche would say. Nothing is guessed beyond the title.
import { fold } from './text';

const PREFIXES: [RegExp, number][] = [
  [/^(cap|capa|bep)\b/, 3],
  [/^(bac pro|bac techno|baccalaureat|bac|bp|brevet professionnel|bma|brevet des metiers d'art)\b/, 4],
  [/^(bts|btsa|deust|dut|dts)\b/, 5],
  [/^(but|licence|licence pro|bachelor|dn made|dnmade)\b/, 6],
  [/^(master|mastere|diplome d'ingenieur|msc)\b/, 7],
  [/^doctorat\b/, 8],
];

export function levelFromTitle(title: string): number | null {
  const text = fold(title).trim();
  for (const [pattern, level] of PREFIXES) if (pattern.test(text)) return level;
  return null;
}
