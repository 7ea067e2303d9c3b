/**
 * Reading a unit number as people type it: «٢٠» on an Arabic keyboard, «۲۰» on a Persian one, «20»
 * on a Latin one, with stray spaces, or after the word («التوصية ٢٠», «فقرة 5»). Pure: the jump
 * form's script and the build share it.
 */
import { toWesternDigits } from '../text/arabic/digits';

/** The number typed, or undefined when the input holds no digits or two separate numbers. */
export function parseUnitNumber(input: string): number | undefined {
  // NFKC first: full-width digits (２０) become Western ones.
  const numbers = toWesternDigits(input.normalize('NFKC')).match(/\d+/g);
  if (!numbers || numbers.length !== 1) return undefined;
  const value = Number(numbers[0]);
  return Number.isSafeInteger(value) ? value : undefined;
}
