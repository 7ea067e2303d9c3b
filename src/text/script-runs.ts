/**
 * Find the runs of Latin script inside Arabic text (an English title, an acronym), so that every
 * output (the MDX pages, the Akoma Ntoso XML) can mark their language and direction the same way.
 * A run starts and ends on a Latin letter or digit and may hold spaces and Latin punctuation
 * between them. Quotation marks that directly enclose a run belong to it: an English title
 * quoted inside Arabic then reads "Handbook … workers" left to right, instead of its opening
 * mark landing beside the last word of the title's first line when the title wraps.
 */

/** A piece of the text, in order: Latin or not. */
export interface ScriptRun {
  text: string;
  latin: boolean;
}

const latinWords = `[A-Za-z](?:[A-Za-z0-9 .,:;'’&\\-\\/]*[A-Za-z0-9])?`;
const latinRun = new RegExp(`"${latinWords}"|${latinWords}`, 'g');

/** The text cut into alternating non-Latin and Latin runs; joined back they give the text unchanged. */
export function scriptRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  let position = 0;
  for (const match of text.matchAll(latinRun)) {
    if (match.index > position) runs.push({ text: text.slice(position, match.index), latin: false });
    runs.push({ text: match[0], latin: true });
    position = match.index + match[0].length;
  }
  if (position < text.length) runs.push({ text: text.slice(position), latin: false });
  return runs;
}
