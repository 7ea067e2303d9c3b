/** How the notes name source lines in Arabic: "السطر ١٧", "السطران ١٣٠ و١٣١", "الأسطر ٢٦٤–٢٦٧". */
import { toArabicIndicDigits } from '../text/arabic/digits';

/** The Arabic label for consecutive source lines, with the dual for two. */
export function sourceLinesLabel(lines: readonly number[]): string {
  const [first] = lines;
  const last = lines[lines.length - 1];
  if (first === undefined || last === undefined) throw new Error('sourceLinesLabel: no lines given');
  if (lines.length === 1) return `السطر ${toArabicIndicDigits(first)}`;
  if (lines.length === 2) return `السطران ${toArabicIndicDigits(first)} و${toArabicIndicDigits(last)}`;
  return `الأسطر ${toArabicIndicDigits(first)}–${toArabicIndicDigits(last)}`;
}
