/**
 * Links to a sentence: the fragment directive ("#:~:text=…", URL text fragments) that makes
 * Chromium, Safari and Firefox open a page scrolled to a passage and highlight it. Pure: text and
 * offsets in, directive out; the page's script reads the reader's selection and calls it.
 */

/** Longer selections are named by their first and last words (textStart,textEnd), as the spec advises. */
const wordsNamedWhole = 6;
const edgeWords = 3;
/** Words of context on each side, so the match is this unit's passage and not the same words elsewhere on the page. */
const contextWords = 2;

/** Percent-encodes a term; '-', ',' and '&' are the directive's own syntax and must be escaped too. */
function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();
const wordsOf = (text: string) => squeeze(text).split(' ').filter(Boolean);

/**
 * The directive (":~:text=prefix-,start,end,-suffix") naming `text.slice(start, end)`, widened
 * to whole words (browsers match only at word boundaries), or undefined when the range holds no
 * word. `text` is the unit's text as the page renders it.
 */
export function textFragmentDirective(text: string, start: number, end: number): string | undefined {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  const inWord = (index: number) => index > 0 && index < text.length && !/\s/.test(text[index - 1]!) && !/\s/.test(text[index]!);
  while (inWord(from)) from -= 1;
  while (inWord(to)) to += 1;
  const selected = wordsOf(text.slice(from, to));
  if (selected.length === 0) return undefined;
  const terms =
    selected.length <= wordsNamedWhole
      ? [selected.join(' ')]
      : [selected.slice(0, edgeWords).join(' '), selected.slice(-edgeWords).join(' ')];
  const prefix = wordsOf(text.slice(0, from)).slice(-contextWords).join(' ');
  const suffix = wordsOf(text.slice(to)).slice(0, contextWords).join(' ');
  const parts = [...(prefix ? [`${encodeTerm(prefix)}-`] : []), ...terms.map(encodeTerm), ...(suffix ? [`-${encodeTerm(suffix)}`] : [])];
  return `:~:text=${parts.join(',')}`;
}
