/**
 * How a copied line changes in a synthetic report: a recommendation or paragraph gets its new
 * number, a heading its new label. The same change is made to a reviewed repair's reading-order
 * text, so every repair still matches the copied source exactly.
 */
import { paragraphNumberPattern } from './source-regions';

/** One change to one copied line, and the matching change to a repair's text. */
export type Substitution =
  | { kind: 'recommendation-number'; from: string; to: string }
  | { kind: 'paragraph-number'; from: string; to: string }
  | { kind: 'label'; from: string; to: string };

/** The copied line: the number or label replaced where the extraction put it. */
export function substituteInLine(text: string, change: Substitution): string {
  switch (change.kind) {
    case 'recommendation-number':
      return replaceOnce(text, /[٠-٩]+/, change.to, change);
    case 'paragraph-number':
      return replaceOnce(text, paragraphNumberPattern, `-${change.to}`, change);
    case 'label':
      return replaceOnce(text, new RegExp(`-(\\s*)${change.from}(\\s*)$`), `-$1${change.to}$2`, change);
  }
}

/** A repair's reading-order text with the same change: "١٤- ونظر" → "٤٢- ونظر". */
export function substituteInRepairText(text: string, change: Substitution): string {
  switch (change.kind) {
    case 'recommendation-number':
      return replaceOnce(text, new RegExp(`(?<![٠-٩])${change.from}(?![٠-٩])`), change.to, change);
    case 'paragraph-number':
      return replaceOnce(text, new RegExp(`^${change.from}-`), `${change.to}-`, change);
    case 'label':
      return replaceOnce(text, new RegExp(change.from), change.to, change);
  }
}

function replaceOnce(text: string, pattern: RegExp, replacement: string, change: Substitution): string {
  if (!pattern.test(text)) {
    throw new Error(`cannot find the ${change.kind} "${change.from}" in ${JSON.stringify(text)}`);
  }
  return text.replace(pattern, replacement);
}
