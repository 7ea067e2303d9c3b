/** Writing numbers the way the printed document does: Arabic-Indic digits (٠١٢٣٤٥٦٧٨٩). */

const arabicIndicDigits = '٠١٢٣٤٥٦٧٨٩';

/** "12" → "١٢"; every Western digit in the input is replaced, everything else kept. */
export function toArabicIndicDigits(value: number | string): string {
  return String(value).replace(/[0-9]/g, (digit) => arabicIndicDigits[Number(digit)]!);
}
