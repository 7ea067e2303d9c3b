/**
 * Reading a unit number as people type it: «٢٠» on an Arabic keyboard, «۲۰» on a Persian one, «20»
 * on a Latin one, with stray spaces, or after the word («التوصية ٢٠», «فقرة 5»). Pure: the jump
 * form's script and the build share it.
 */

const digitZeros = [0x30, 0x660, 0x6f0];

/** The number typed, or undefined when the input holds no digits or two separate numbers. */
export function parseUnitNumber(input: string): number | undefined {
  const latin = [...input.normalize('NFKC')]
    .map((character) => {
      const code = character.codePointAt(0)!;
      const zero = digitZeros.find((start) => code >= start && code <= start + 9);
      return zero === undefined ? character : String(code - zero);
    })
    .join('');
  const numbers = latin.match(/\d+/g);
  if (!numbers || numbers.length !== 1) return undefined;
  const value = Number(numbers[0]);
  return Number.isSafeInteger(value) ? value : undefined;
}
