/**
 * The Arabic text face cut down to the Arabic block. The published faces (@fontsource
 * "arabic" subset, about 52 KB each) also carry Arabic Supplement, Extended-A and -B, the
 * presentation forms' code points and other scripts' Arabic-based letters, none of which the
 * report, the site's own words or an Arabic search query uses. Keeping the whole Arabic block
 * (not only the letters the report happens to use) means a reader's query never falls back to
 * another font in the middle of a word.
 *
 * Pure: font bytes in, font bytes out. HarfBuzz's subsetter keeps every glyph the kept code
 * points reach through the layout tables, so initial, medial, final and ligature forms and the
 * mark positioning stay; tests/unit/arabic-subset.test.ts shapes the report with both faces.
 */
import subsetFont from 'subset-font';

/** An inclusive range of code points. */
export type CodePointRange = readonly [first: number, last: number];

/** What the subset keeps, in code point order. Each range says why in its comment. */
export const arabicSubsetRanges: readonly CodePointRange[] = [
  // The Arabic block: letters, harakat and shadda, Arabic-Indic digits, the Arabic comma,
  // semicolon and question mark, tatweel. Everything the report's Arabic text is written in.
  [0x0600, 0x06ff],
  // Zero-width non-joiner and joiner, left-to-right and right-to-left marks: they sit inside
  // Arabic words and runs, so they must come from the same face to keep the letters joined.
  [0x200c, 0x200f],
  // Dotted circle: the shaper draws a mark that has no letter to sit on over it.
  [0x25cc, 0x25cc],
];

/** True when `codePoint` falls in one of the ranges. */
export function inRanges(codePoint: number, ranges: readonly CodePointRange[] = arabicSubsetRanges): boolean {
  return ranges.some(([first, last]) => codePoint >= first && codePoint <= last);
}

/** The ranges as a CSS `unicode-range` descriptor value: "U+600-6FF, U+200C-200F, U+25CC". */
export function unicodeRangeDescriptor(ranges: readonly CodePointRange[] = arabicSubsetRanges): string {
  const hex = (codePoint: number) => codePoint.toString(16).toUpperCase();
  return ranges.map(([first, last]) => (first === last ? `U+${hex(first)}` : `U+${hex(first)}-${hex(last)}`)).join(', ');
}

/** Every code point of the ranges as one string, the form the subsetter takes. */
function rangesAsText(ranges: readonly CodePointRange[]): string {
  let text = '';
  for (const [first, last] of ranges) {
    for (let codePoint = first; codePoint <= last; codePoint++) text += String.fromCodePoint(codePoint);
  }
  return text;
}

/**
 * A WOFF2 face holding only the glyphs the ranges reach (directly or through the layout tables).
 * Code points in the ranges that the face never had are simply absent from the result.
 */
export async function subsetToArabicBlock(face: Uint8Array, ranges: readonly CodePointRange[] = arabicSubsetRanges): Promise<Buffer> {
  return subsetFont(Buffer.from(face), rangesAsText(ranges), { targetFormat: 'woff2' });
}
