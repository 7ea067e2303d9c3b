/**
 * A preposition with nothing to govern ("الإصغاء إلى والعمل معهم."): directly followed by a
 * conjunction, by punctuation, by a preposition that is never a noun ("وأشارت، على" + "عن
 * كيفية", lines 261 and 262 as extracted), or by the end of the unit or heading. The noun it
 * governed was carried elsewhere when the pieces of a line were put in the wrong order.
 */
import type { Word } from '../words';
import type { DamageCheck } from './damage-check';
import { diacriticClass, tatweel } from '../../text/arabic/classes';

/** Prepositions that always take a noun after them (written without diacritics). */
const prepositions = new Set(['الى', 'إلى', 'على', 'في', 'من', 'عن', 'مع', 'حول', 'لدى', 'بين', 'عند', 'منذ', 'ضد', 'تجاه', 'دون', 'بشأن', 'خلال', 'نحو']);

/**
 * Prepositions that are only ever particles, so no preposition governs one. Not «نحو», «خلال»,
 * «بين» or «دون», which are also nouns («على نحو محدد», «من خلال»), nor any after «من», which is
 * also the pronoun «مَن» («مَن في …»).
 */
const neverGoverned = new Set(['الى', 'إلى', 'على', 'في', 'عن', 'منذ']);

/**
 * Conjunctions standing alone, and a conjunction joined to the article ("والعمل", "فالأمر"),
 * but not the nouns that merely start with those letters ("والدي", "والي": parent, governor).
 */
const conjunctions = new Set(['و', 'أو', 'او', 'ثم', 'أم', 'بل', 'لكن', 'ف']);
const conjunctionOnArticle = /^[وف]ال(?!د|ي$|ية?$)/u;

/** Punctuation that ends or separates a phrase, stuck to the preposition or standing alone. */
const closingPunctuation = /[.,،:;؛!?؟)\]}»]$/u;
const closingOnly = /^[.,،:;؛!?؟)\]}»\-–]+$/u;

/** Finds prepositions followed by a conjunction, punctuation or the end of the unit or heading. */
export const danglingPreposition: DamageCheck = {
  name: 'dangling-preposition',
  find(target) {
    const found: { line: number; text: string }[] = [];
    const sequence = target.lines.flatMap(({ line, words }) => words.map((word) => ({ line, word })));
    sequence.forEach(({ line, word }, index) => {
      const bare = word.text.replace(closingPunctuation, '');
      if (!isPreposition(withoutMarks(bare))) return;
      const next = sequence[index + 1]?.word;
      if (bare !== word.text) found.push({ line, text: word.text });
      else if (next === undefined) found.push({ line, text: `${word.text} (at the end)` });
      else if (!canBeGoverned(next) || (withoutMarks(bare) !== 'من' && neverGoverned.has(withoutMarks(next.text)))) found.push({ line, text: `${word.text} ${next.text}` });
    });
    return found;
  },
};

/** A preposition, alone or with a joined conjunction ("وإلى", "فمن"). */
function isPreposition(letters: string): boolean {
  return prepositions.has(letters) || (/^[وف]/u.test(letters) && prepositions.has(letters.slice(1)));
}

/** False when a word cannot be what a preposition governs: a conjunction, or punctuation that closes or separates (an opening quote or bracket may lead its noun). */
function canBeGoverned(next: Word): boolean {
  const letters = withoutMarks(next.text);
  if (closingOnly.test(next.text)) return false;
  if (conjunctions.has(letters)) return false;
  return !conjunctionOnArticle.test(letters);
}

/** The word without diacritics and tatweel, so "إلَى" and "إلى" are the same preposition. */
function withoutMarks(text: string): string {
  return text.replace(diacriticsAndTatweel, '');
}

const diacriticsAndTatweel = new RegExp(`[${diacriticClass}${tatweel}]`, 'gu');
