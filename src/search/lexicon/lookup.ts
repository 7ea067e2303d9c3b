/**
 * What a typed word means in the report: the lemmas it is a form of (lexicon built by
 * build-lexicon.ts), found by cutting particles and pronouns, undoing regular endings and
 * conjugating the report's verbs. A cut or an ending counts only when what remains is a form of a
 * word of the report, so a word the report does not use finds nothing; for such a word,
 * `suggestion` offers the report's nearest word one or two letters away.
 */
import { nounSplits, verbSplits } from './clitics';
import { editDistance } from './edit-distance';
import { foldWord, letterCount, wordPieces } from './letters';
import { singularForms } from './noun-endings';
import { reportVerbs, verbFormIndex } from './verbs';
import type { Lexicon, SuggestionWords } from './build-lexicon';

/** The lexicon as the search page uses it. */
export interface LoadedLexicon {
  keys: Map<string, number[]>;
  verbLemmas: number[];
  verbForms: Map<string, number[]>;
}

/** The report's words as printed (without diacritics), most frequent first, with their folded forms. */
export type LoadedWords = { written: string; folded: string }[];

/** Read the suggestion file's contents. */
export function loadWords(file: SuggestionWords): LoadedWords {
  return file.words.split(' ').map((written) => ({ written, folded: foldWord(written) }));
}

/** Read the lexicon file's contents. */
export function loadLexicon(lexicon: Lexicon): LoadedLexicon {
  const keys = new Map<string, number[]>();
  lexicon.lemmaKeys.split('\n').forEach((line, lemma) => {
    for (const key of line.split(' ')) if (key !== '') keys.set(key, [...(keys.get(key) ?? []), lemma]);
  });
  return {
    keys,
    verbLemmas: lexicon.verbs,
    verbForms: verbFormIndex(reportVerbs),
  };
}

/** Sound plural and dual endings that differ by case only: the nominative and the oblique of one word. */
const caseEndings: [string, string][] = [
  ['ون', 'ين'],
  ['ان', 'ين'],
  ['تان', 'تين'],
  // A plural before the noun it governs: ممثلو (nominative), ممثلي (oblique).
  ['و', 'ي'],
];

/** The same word with its other case ending (المواطنون → المواطنين; مرحلتان → مرحلتين; ممثلي → ممثلو). */
export function otherCaseForms(stem: string): string[] {
  const forms: string[] = [];
  for (const [nominative, oblique] of caseEndings) {
    if (stem.endsWith(nominative)) forms.push(stem.slice(0, -nominative.length) + oblique);
    if (stem.endsWith(oblique)) forms.push(stem.slice(0, -oblique.length) + nominative);
  }
  return [...new Set(forms)].filter((form) => letterCount(form) >= 4);
}

/**
 * The forms a typed stem is read as, in order; the first that is a form of the report wins. A
 * stem in و or ي may be a plural before the noun it governs (مسؤولي الهجرة): its plural written in
 * full comes first, so that مسؤولي finds المسؤولين, not the nisba of المسؤوليات. Otherwise the
 * stem as typed, then its other case.
 */
export function readingsOf(stem: string): string[] {
  const rest = stem.slice(0, -1);
  const construct = /[وي]$/u.test(stem) && letterCount(rest) >= 3 ? [`${rest}ين`, `${rest}ون`] : [];
  return [...new Set([...construct, stem, ...otherCaseForms(stem)])];
}

/** The lemmas of one typed word piece (folded, letters.ts); empty when the report does not use the word. */
export function lemmasOfPiece(folded: string, script: 'arabic' | 'latin' | 'digits', lexicon: LoadedLexicon): number[] {
  const found = new Set<number>(lexicon.keys.get(folded) ?? []);
  if (script === 'arabic') {
    // A typed word may be a verb even where the report writes the same letters as another word
    // (قدم، وضع): both are offered.
    for (const split of verbSplits(folded)) {
      for (const verb of lexicon.verbForms.get(split.stem) ?? []) {
        const lemma = lexicon.verbLemmas[verb]!;
        if (lemma >= 0) found.add(lemma);
      }
    }
    for (const split of nounSplits(folded)) {
      // A preposition alone before two letters is rarely a cut (كان is not ك + أن).
      if (/^[وف]?[بكل]$/u.test(split.before) && letterCount(split.stem) < 3) continue;
      // A stem that is a form of the report as typed, or with the other case ending of a sound
      // plural, dual or construct plural (readingsOf), is that word: its lemma already holds its
      // singular and its plurals, and taking the ending off could only reach another word spelt
      // like its singular (المواطنين "citizens" is not مواطن "places" of مواطن الضعف).
      const known = readingsOf(split.stem).find((form) => lexicon.keys.has(form));
      const forms = known ? [known] : singularForms(split.stem, 'query').map(({ form }) => form);
      for (const form of forms) for (const lemma of lexicon.keys.get(form) ?? []) found.add(lemma);
    }
  }
  // Many readers type ة as ه at the end of a word (الشرطه، السخره). Read so only when the word as
  // typed is not in the report, so that a pronoun ه that the report uses is never read as ة.
  if (found.size === 0 && script === 'arabic' && folded.endsWith('ه') && letterCount(folded) >= 3) {
    return lemmasOfPiece(`${folded.slice(0, -1)}ة`, script, lexicon);
  }
  return [...found].sort((a, b) => a - b);
}

/** A typed word: its pieces' lemmas (a word like "و/أو" has two pieces, each must match). */
export interface TypedWord {
  typed: string;
  /** One set of lemmas per piece; the word is absent from the report when any is empty. */
  pieces: number[][];
}

export function analyseWord(typed: string, lexicon: LoadedLexicon): TypedWord {
  return { typed, pieces: wordPieces(typed).map((piece) => lemmasOfPiece(piece.folded, piece.script, lexicon)) };
}

/** Whether the report uses the word in some form. */
export function isInReport(word: TypedWord): boolean {
  return word.pieces.length > 0 && word.pieces.every((lemmas) => lemmas.length > 0);
}

/**
 * The report's word nearest to a word it does not use: one letter away (two for words of five
 * letters or more), the most frequent first. Undefined when none is that close.
 */
export function suggestion(typed: string, words: LoadedWords): string | undefined {
  const folded = foldWord(typed);
  const limit = letterCount(folded) >= 5 ? 2 : 1;
  let best: { written: string; distance: number } | undefined;
  for (const word of words) {
    const distance = editDistance(folded, word.folded, limit);
    if (distance <= limit && distance > 0 && (!best || distance < best.distance)) best = { written: word.written, distance };
  }
  return best?.written;
}
