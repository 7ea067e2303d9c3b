/** Stage normalize (src/ingest/stages.ts): remove tatweel, collapse white space, trim. */
import { removeTatweel } from '../../text/arabic/characters';
import type { LogicalLine } from '../lines';

/** The normalized form of any text: no tatweel, single spaces, no space at either end. */
export function normalizeText(text: string): string {
  return removeTatweel(text).replace(/\s+/g, ' ').trim();
}

/** Normalizes the text of every line. */
export function normalizeLines(lines: LogicalLine[]): LogicalLine[] {
  return lines.map((line) => ({ ...line, text: normalizeText(line.text) }));
}
