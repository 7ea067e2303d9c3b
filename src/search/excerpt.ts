/**
 * Pagefind's excerpt, made safe and readable: it is the indexed text (HTML-escaped by Pagefind)
 * with matched words wrapped in <mark>. Here it becomes plain runs of text, marked or not, with
 * the marks that index-text.ts put into words removed. The page renders the runs
 * with DOM text nodes, so nothing in an excerpt can become markup.
 */
import { foldedForm, particleBoundary } from './index-text';

/** A run of excerpt text; `marked` when Pagefind matched it to the query. */
export interface ExcerptRun {
  text: string;
  marked: boolean;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decode the character references Pagefind's escaping produces (named ones above and numeric ones). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

/** Undo index-text.ts's marks on each word: "وال~أطفال،" → "والأطفال،", "ال~مسؤولين|مسءولين" → "المسؤولين". */
export function withoutIndexMarks(text: string): string {
  return text
    .split(' ')
    .map((word) => word.split(foldedForm)[0]!.replaceAll(particleBoundary, ''))
    .join(' ');
}

/**
 * Split a Pagefind excerpt into runs. Only Pagefind's own `<mark>` and `</mark>` are read as
 * markup; anything else is text, decoded once.
 */
export function excerptRuns(excerpt: string): ExcerptRun[] {
  const runs: ExcerptRun[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/u)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece !== '') {
      const text = decodeEntities(withoutIndexMarks(piece));
      const previous = runs[runs.length - 1];
      if (previous && previous.marked === marked) previous.text += text;
      else runs.push({ text, marked });
    }
  }
  return runs;
}
