/**
 * Arabic «أنَّ» and «أنْ» (with or without و or ف, and «أنَّ» with a pronoun: «أنه»,
 * «أنها») subordinate a clause to a word before them in the same sentence («أشار إلى أنَّ»,
 * «وأضاف أنَّ … وأنَّ لضباط الاتصال …»); a sentence opens with «إنَّ», never with «أنَّ». So
 * a word of this kind does not stand after a full stop, even with و: the reading that puts it
 * there is not the report's.
 */
import { letterKey } from '../text/arabic/characters';

const subordinating = /^[وف]?أن(?:ه|ها|هم|هما|هن)?$/u;

/** True for «أنَّ» or «أنْ», alone, with و or ف, or with a pronoun. */
export function isSubordinatingParticle(word: string): boolean {
  return subordinating.test(letterKey(word));
}
