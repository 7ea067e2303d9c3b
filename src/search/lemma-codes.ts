/**
 * The index holds, for each word piece of a unit, the code of its lemma (lexicon/build-lexicon.ts)
 * instead of the word: three Latin letters, all codes the same length, so Pagefind's matching of
 * word beginnings can never take one code for the start of another, and its Arabic stemmer leaves
 * them alone. The search page searches for codes only, so what matches is decided by the lexicon.
 */
const alphabet = 'abcdefghijklmnopqrstuvwxyz';
const width = 3;

/** The most lemmas three letters can name. */
export const maximumLemmas = alphabet.length ** width;

/** 0 → "aaa", 27 → "abb". */
export function lemmaCode(lemma: number): string {
  if (!Number.isInteger(lemma) || lemma < 0 || lemma >= maximumLemmas) throw new RangeError(`lemma ${lemma} has no code`);
  let code = '';
  let rest = lemma;
  for (let place = 0; place < width; place++) {
    code = alphabet[rest % alphabet.length]! + code;
    rest = Math.floor(rest / alphabet.length);
  }
  return code;
}

/** "abb" → 27; undefined for anything that is not a code. */
export function lemmaOfCode(code: string): number | undefined {
  if (!/^[a-z]{3}$/u.test(code)) return undefined;
  return [...code].reduce((value, letter) => value * alphabet.length + alphabet.indexOf(letter), 0);
}
