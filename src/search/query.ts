/**
 * What the search page sends to Pagefind for what the reader typed: the same folding as the
 * index (fold.ts: hamza seats; diacritics are left to Pagefind), the article ال taken off each word (the index holds every word without its
 * particles too, see index-text.ts, so "الضحايا" also finds "ضحايا" and "لضحايا"), punctuation
 * and symbols dropped (so markup or stray characters cannot reach the index lookup), and at most
 * `maximumQueryWords` words, so a pasted page of text stays fast.
 */
import { foldQuery } from './fold';
import { foldedForm, particleBoundary } from './index-text';

/** More words than any phrase a reader would remember; Pagefind requires every word to match anyway. */
export const maximumQueryWords = 12;

/** Words this short after the article are mostly not nouns with an article (التي، الذي): keep them whole. */
const shortestWordWithoutArticle = 3;

/** "الضحايا" → "ضحايا"; a word that would be left too short keeps its ال. */
export function withoutArticle(word: string): string {
  if (!word.startsWith('ال')) return word;
  const rest = word.slice(2);
  return [...rest].length >= shortestWordWithoutArticle ? rest : word;
}

/** The query for Pagefind, or an empty string when nothing searchable is left. */
export function pagefindQuery(typed: string): string {
  return foldQuery(typed)
    .replaceAll(particleBoundary, ' ')
    .replaceAll(foldedForm, ' ')
    .replace(/[\p{P}\p{S}\p{C}]/gu, ' ')
    .trim()
    .split(/\s+/u)
    .filter((word) => word !== '')
    .slice(0, maximumQueryWords)
    .map(withoutArticle)
    .join(' ');
}
