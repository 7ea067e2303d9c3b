/** Short previews of a unit's text for the table of contents and meta descriptions. */

/**
 * The opening words of `text`, cut at a word boundary so that the result is at most `maxLength`
 * characters plus an ellipsis. Text that already fits is returned whole.
 */
export function firstWords(text: string, maxLength: number): string {
  const normalized = text.replace(/\s+/g, ' ').trim();
  if (normalized.length <= maxLength) return normalized;
  const cut = normalized.slice(0, maxLength + 1);
  const lastSpace = cut.lastIndexOf(' ');
  const words = lastSpace > 0 ? cut.slice(0, lastSpace) : cut.slice(0, maxLength);
  // Trailing Arabic and Latin punctuation before an ellipsis reads as a typo.
  return words.replace(/[\s،؛,;:.]+$/u, '') + '…';
}
