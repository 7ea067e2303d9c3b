/**
 * The excerpt of a result: the words around the first match, with every word whose lemma matched
 * marked, whichever form the text writes it in. Built from the unit's text and its lemma codes
 * (one per word piece, in order, as records.ts indexed them), as plain runs of text that the page
 * turns into DOM text nodes, so nothing in an excerpt can become markup.
 */
import { wordPieces } from './lexicon/letters';

/** A run of excerpt text; `marked` when one of its words matched the query. */
export interface ExcerptRun {
  text: string;
  marked: boolean;
}

/** Words shown around the first match; enough for a sentence of this document. */
export const excerptWords = 30;
/** Words shown before the first match, for its context. */
const wordsBefore = 8;

/**
 * The excerpt of `text`: `codes` holds the lemma code of each word piece of the text, and a word
 * is marked when one of its pieces' codes is in `matched`. When the codes do not fit the text
 * (which only a stale index could cause), the excerpt is the text's beginning, unmarked.
 */
export function excerptRuns(text: string, codes: string[], matched: ReadonlySet<string>): ExcerptRun[] {
  const tokens = text.split(/\s+/u).filter((token) => token !== '');
  const pieceCounts = tokens.map((token) => wordPieces(token).length);
  const fits = pieceCounts.reduce((sum, count) => sum + count, 0) === codes.length;
  let next = 0;
  const marks = pieceCounts.map((count) => {
    const own = codes.slice(next, next + count);
    next += count;
    return fits && own.some((code) => matched.has(code));
  });
  const first = Math.max(0, marks.indexOf(true));
  const start = Math.max(0, Math.min(first - wordsBefore, tokens.length - excerptWords));
  const end = Math.min(tokens.length, start + excerptWords);
  const runs: ExcerptRun[] = [];
  const push = (piece: string, marked: boolean): void => {
    const previous = runs[runs.length - 1];
    if (previous && previous.marked === marked) previous.text += piece;
    else runs.push({ text: piece, marked });
  };
  if (start > 0) push('… ', false);
  for (let index = start; index < end; index++) {
    if (index > start) push(' ', false);
    // The mark covers the word, not the punctuation around it ("للسخرة،", "(٢٠١٤)").
    const [, before, word, after] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}\p{M}]*)$/u.exec(tokens[index]!)!;
    if (before) push(before, false);
    push(word!, marks[index]!);
    if (after) push(after, false);
  }
  if (end < tokens.length) push(' …', false);
  return runs;
}

/** A piece of run text; `latin` when it is a Latin-script phrase that must be marked lang="en" dir="ltr". */
export interface ScriptSegment {
  text: string;
  latin: boolean;
}

// Latin words, with the spaces and word punctuation between them, so a title stays one phrase.
const latinPhrase = /[A-Za-z][A-Za-z0-9'’.\-/]*(?:\s+[A-Za-z0-9][A-Za-z0-9'’.\-/]*)*/gu;

/**
 * Split excerpt text into Arabic and Latin pieces: the document marks its English passages
 * (lang="en" dir="ltr"), and an excerpt must too, or the words of an English title reorder.
 */
export function scriptSegments(text: string): ScriptSegment[] {
  const segments: ScriptSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(latinPhrase)) {
    if (match.index > last) segments.push({ text: text.slice(last, match.index), latin: false });
    segments.push({ text: match[0], latin: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), latin: false });
  return segments;
}
