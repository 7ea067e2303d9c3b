/**
 * Arabic writes conjunctions, prepositions, the article and pronouns as part of the word
 * (وبالاتجار، لضحايا، حقوقك، يدفعها). These functions list every way a folded word (letters.ts)
 * can be cut into particles and a stem. They over-generate on purpose: "بناء" is listed both whole
 * and as ب + ناء. A cut counts only where the stem is a word of the report (the lexicon decides,
 * see build-lexicon.ts), so "ناء" never matches anything.
 */
import { letterCount } from './letters';

/** A cut of a word into particles before, a stem, and a pronoun after. */
export interface Split {
  stem: string;
  /** The particles before the stem, as written ("وبال", "لل"); empty when none. */
  before: string;
  /** The pronoun after the stem ("ها", "ك"); empty when none. */
  pronoun: string;
}

/** A stem must keep at least this many letters: "و" + "لا" is not a cut worth making. */
const shortestStem = 2;

const conjunctions = ['', 'و', 'ف'];
const prepositions = ['', 'ب', 'ك', 'ل'];
// Attached pronouns, longest first so that "هما" is tried before "ها".
const nounPronouns = ['هما', 'كما', 'هم', 'هن', 'كم', 'كن', 'نا', 'ها', 'ه', 'ك'];
const verbPronouns = ['هما', 'كما', 'هم', 'هن', 'كم', 'كن', 'نا', 'ني', 'ها', 'ه', 'ك'];

function withPronounsRemoved(word: string, pronouns: string[]): { rest: string; pronoun: string }[] {
  const cuts = [{ rest: word, pronoun: '' }];
  for (const pronoun of pronouns) {
    if (word.endsWith(pronoun) && letterCount(word) - letterCount(pronoun) >= shortestStem) {
      cuts.push({ rest: word.slice(0, -pronoun.length), pronoun });
    }
  }
  return cuts;
}

/**
 * Stems a noun may have inside `word`. Before a pronoun a noun changes its ending back:
 * ة is written ت (حمايتها → حماية) and a plural or dual loses its ن (موظفيها → موظفين).
 */
export function nounSplits(word: string): Split[] {
  const splits: Split[] = [];
  const add = (stem: string, before: string, pronoun: string): void => {
    if (letterCount(stem) >= shortestStem) splits.push({ stem, before, pronoun });
  };
  for (const conjunction of conjunctions) {
    if (!word.startsWith(conjunction)) continue;
    const afterConjunction = word.slice(conjunction.length);
    for (const preposition of prepositions) {
      if (!afterConjunction.startsWith(preposition)) continue;
      const afterPreposition = afterConjunction.slice(preposition.length);
      const before = conjunction + preposition;
      const bodies: { body: string; before: string }[] = [{ body: afterPreposition, before }];
      if (afterPreposition.startsWith('ال')) bodies.push({ body: afterPreposition.slice(2), before: before + 'ال' });
      // ل + ال is written لل: "للدول" is ل + الدول.
      if (preposition === 'ل' && afterPreposition.startsWith('ل')) bodies.push({ body: afterPreposition.slice(1), before: before + 'ل' });
      for (const { body, before: particles } of bodies) {
        if (particles === '' && body !== word) continue;
        for (const { rest, pronoun } of withPronounsRemoved(body, nounPronouns)) {
          add(rest, particles, pronoun);
          if (pronoun === '') continue;
          if (rest.endsWith('ت') && !rest.endsWith('ات')) add(rest.slice(0, -1) + 'ة', particles, pronoun);
          if (rest.endsWith('ي') || rest.endsWith('و')) add(rest + 'ن', particles, pronoun);
        }
      }
    }
  }
  return dedupe(splits);
}

/**
 * Stems a verb may have inside `word`: و or ف, then the future س or ل, then the verb, then an
 * object pronoun (يدفعها، أصدرته). Before a pronoun, وا is written و (يبدؤوه).
 */
export function verbSplits(word: string): Split[] {
  const splits: Split[] = [];
  for (const conjunction of conjunctions) {
    if (!word.startsWith(conjunction)) continue;
    const afterConjunction = word.slice(conjunction.length);
    for (const particle of ['', 'س', 'ل']) {
      if (!afterConjunction.startsWith(particle)) continue;
      const body = afterConjunction.slice(particle.length);
      for (const { rest, pronoun } of withPronounsRemoved(body, verbPronouns)) {
        if (letterCount(rest) < shortestStem) continue;
        splits.push({ stem: rest, before: conjunction + particle, pronoun });
        if (pronoun !== '' && rest.endsWith('و')) splits.push({ stem: rest + 'ا', before: conjunction + particle, pronoun });
      }
    }
  }
  return dedupe(splits);
}

function dedupe(splits: Split[]): Split[] {
  const seen = new Set<string>();
  return splits.filter((split) => {
    const key = `${split.before}|${split.stem}|${split.pronoun}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
