/**
 * Digits both ways. The printed document writes Arabic-Indic digits (٠١٢٣٤٥٦٧٨٩); readers type
 * them, Western digits, or the Eastern Arabic-Indic digits of a Persian or Urdu keyboard (۰۱۲…۹).
 */

const arabicIndicDigits = '٠١٢٣٤٥٦٧٨٩';

/** "12" → "١٢"; every Western digit in the input is replaced, everything else kept. */
export function toArabicIndicDigits(value: number | string): string {
  return String(value).replace(/[0-9]/g, (digit) => arabicIndicDigits[Number(digit)]!);
}

/** "١٢" or "۱۲" → "12"; every Arabic-Indic and Eastern Arabic-Indic digit is replaced, everything else kept. */
export function toWesternDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0));
}

/** Reads a number written in Arabic-Indic (or Western) digits: "١٢" → 12. */
export function fromArabicIndicDigits(digits: string): number {
  return Number.parseInt(toWesternDigits(digits), 10);
}
