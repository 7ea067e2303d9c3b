/**
 * A cut the source shows, published as if it were no cut. Printed text has no run of two or more
 * spaces between words and writes no letter straight after digits: where the extracted line has
 * one, two pieces of the printed line met (src/ingest/reading-search.ts), and every reading cuts
 * there, so the two words on either side never stay side by side in the source's order. A line
 * that no pass could read (line 237, «عرض  الفورية …»: a word no list knows blocks every
 * reading) is published as extracted, and its cut with it; so is one a pass touched only
 * elsewhere. A finding names the cut: the two words and the spaces between them, or the word
 * whose digits are glued to a letter («٣الثانية»).
 *
 * Glued punctuation and a Latin letter glued to an Arabic one are the other cuts the source
 * shows; they stay in the published word itself, and their own checks (glued-punctuation,
 * latin-glued) list them.
 */
import { holdsGluedDigitSeam } from '../glued-digit-seam';
import { tokensOfSource } from '../reading-search';
import type { DamageCheck } from './damage-check';

/** Finds runs of spaces and digits glued to a letter that the published line left where the source has them. */
export const shownCut: DamageCheck = {
  name: 'shown-cut',
  find(target) {
    return target.lines.flatMap(({ line, text, source }) => {
      if (source === undefined) return [];
      return unreadCuts(source, text).map((cut) => ({ line, text: cut }));
    });
  },
};

/** The cuts `source` shows that `published` does not make, each described for the reviewer. */
export function unreadCuts(source: string, published: string): string[] {
  const publishedWords = published.split(' ').filter((word) => word !== '');
  const lines = source.split('\n').map(tokensOfSource);
  const words = lines.flat();
  // How often each pair of words stands side by side with a single space (or a line break)
  // between them in the source: that many times the published line may have them so.
  const joined = new Map<string, number>();
  let previous: string | undefined;
  for (const tokens of lines) {
    tokens.forEach((token, index) => {
      if (previous !== undefined && (index === 0 || token.gapBefore < 2)) joined.set(pairKey(previous, token.text), (joined.get(pairKey(previous, token.text)) ?? 0) + 1);
      previous = token.text;
    });
  }
  const standing = new Map<string, number>();
  for (let index = 0; index + 1 < publishedWords.length; index++) {
    const key = pairKey(publishedWords[index]!, publishedWords[index + 1]!);
    standing.set(key, (standing.get(key) ?? 0) + 1);
  }
  const found: string[] = [];
  const listed = new Set<string>();
  for (const tokens of lines) {
    tokens.forEach((token, index) => {
      if (index === 0 || token.gapBefore < 2) return;
      const before = tokens[index - 1]!.text;
      const key = pairKey(before, token.text);
      if (listed.has(key) || (standing.get(key) ?? 0) <= (joined.get(key) ?? 0)) return;
      listed.add(key);
      found.push(`a run of ${token.gapBefore} spaces between «${before}» and «${token.text}», published side by side`);
    });
  }
  const whole = new Set(publishedWords);
  for (const word of new Set(words.map((token) => token.text))) {
    if (holdsGluedDigitSeam(word) && whole.has(word)) found.push(`digits glued to a letter in «${word}», published as one word`);
  }
  return found;
}

function pairKey(before: string, after: string): string {
  return `${before} ${after}`;
}
