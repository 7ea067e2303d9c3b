/**
 * Why two units are related, in words a reader can check: the words they share, as written in
 * one of them, rarest in the report first. Uses the same normalization, stemming and stopwords
 * as the score, so the words shown are the ones that produced it.
 */
import { stemArabic } from './stem';
import { tokenize, wordsOf } from './tokenize';
import type { RelatableUnit } from './related';

/** Returns, for two unit ids, up to `count` shared words as written in the first unit's text. */
export type SharedWordsExplainer = (unitId: string, otherId: string, count?: number) => string[];

/** Prepares the explainer for a collection (the same units `relatedUnits` was given). */
export function sharedWordsExplainer(units: readonly RelatableUnit[]): SharedWordsExplainer {
  const vocabulary = new Set(units.flatMap((unit) => wordsOf(unit.text)));
  const isWord = (candidate: string) => vocabulary.has(candidate) || vocabulary.has(`ال${candidate}`);
  const stemsOf = new Map(units.map((unit) => [unit.id, new Set(tokenize(unit.text, vocabulary))]));
  const documentFrequency = new Map<string, number>();
  for (const stems of stemsOf.values()) for (const stem of stems) documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1);
  const textOf = new Map(units.map((unit) => [unit.id, unit.text]));

  return (unitId, otherId, count = 4) => {
    const own = stemsOf.get(unitId);
    const other = stemsOf.get(otherId);
    const text = textOf.get(unitId);
    if (!own || !other || text === undefined) throw new Error(`sharedWordsExplainer: unknown unit "${own ? otherId : unitId}"`);
    const shown = new Map<string, string>();
    // Each written word (punctuation trimmed, diacritics kept) with the stem it counts as.
    for (const written of text.split(/\s+/)) {
      const word = written.replace(/^[^\p{L}]+|[^\p{L}\p{M}]+$/gu, '');
      for (const normalized of wordsOf(word)) {
        const stem = stemArabic(normalized, isWord);
        if (own.has(stem) && other.has(stem) && !shown.has(stem)) shown.set(stem, word);
      }
    }
    return [...shown.entries()]
      .map(([stem, word], position) => ({ word, frequency: documentFrequency.get(stem)!, position }))
      .sort((a, b) => a.frequency - b.frequency || a.position - b.position)
      .slice(0, count)
      .map(({ word }) => word);
  };
}
