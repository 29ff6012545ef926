// A light French stemmer for folded words (no accents): the plural and the feminine of a word
// reduce to one form, so that « chevaux » finds « cheval », « vendeuse » « vendeur » and
// « routière » « routier ». Light on purpose, after J. Savoy (« A stemming procedure and
// stopword list for general French corpora », JASIS 1999) and his « light » variant: inflections
// only, never derivations, because a student who types « agriculture » means the field and one
// who types « facteur » does not mean « facture ». Snowball's French stemmer (@orama/stemmers)
// was measured against it on the judged queries (BENCHMARKS.md): it expects accents, which the
// index folds away, and leaves « vendeuse »/« vendeur », « routière »/« routier » apart.

/** Feminine endings → masculine, longest first; each applies to words of at least `min` letters. */
const FEMININE: readonly (readonly [string, string, number])[] = [
  ['euse', 'eur', 6], // vendeuse → vendeur
  ['trice', 'teur', 7], // conductrice → conducteur
  ['ienne', 'ien', 7], // technicienne → technicien
  ['ere', 'er', 6], // routière → routier, bouchère → boucher
  ['ive', 'if', 5], // sportive → sportif
  ['elle', 'el', 6], // professionnelle → professionnel
  ['enne', 'en', 6], // européenne → européen
  ['ette', 'et', 6], // cadette → cadet
];

/** The stem of a folded word: the form its singular masculine would take. */
export function stem(word: string): string {
  let w = word;
  if (w.length < 4 || /\d/.test(w)) return w;
  // Plurals: -aux → -al (chevaux, animaux → cheval, animal), then a final s dropped, -eux → -eu
  // (jeux → jeu); -ail → -al after it, so that travaux and travail meet.
  // (-eaux is the plural of -eau: réseaux → réseau, not « réseal ».)
  if (w.endsWith('eaux')) return w.slice(0, -1);
  if (w.endsWith('aux') && w.length >= 5) return w.slice(0, -3) + 'al';
  if (w.endsWith('eux')) w = w.slice(0, -1);
  else if (w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.endsWith('ail') && w.length >= 6) return w.slice(0, -3) + 'al';
  for (const [from, to, min] of FEMININE) {
    if (w.endsWith(from) && w.length >= min) return w.slice(0, -from.length) + to;
  }
  // A final mute e: « infirmiere » → « infirmier » above; « architecte » → « architect ».
  if (w.endsWith('e') && w.length >= 5) w = w.slice(0, -1);
  return w;
}
