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

/** A piece of run text; `latin` when it is a Latin-script phrase that must be marked lang="en" dir="ltr". */
export interface ScriptSegment {
  text: string;
  latin: boolean;
}

// Latin words, with the spaces and word punctuation between them, so a title stays one phrase.
const latinPhrase = /[A-Za-z][A-Za-z0-9'’.\-/]*(?:\s+[A-Za-z0-9][A-Za-z0-9'’.\-/]*)*/gu;

/**
 * Split excerpt text into Arabic and Latin pieces: the document marks its English passages
 * (lang="en" dir="ltr"), and an excerpt must too, or the words of an English title reorder.
 */
export function scriptSegments(text: string): ScriptSegment[] {
  const segments: ScriptSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(latinPhrase)) {
    if (match.index > last) segments.push({ text: text.slice(last, match.index), latin: false });
    segments.push({ text: match[0], latin: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), latin: false });
  return segments;
}
