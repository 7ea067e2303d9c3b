/**
 * A PDF read back as a reader's tools read it: poppler's pdftotext (Debian's poppler-utils), page
 * by page, and the words compared with the published text.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The text of each page of `pdf`, as `pdftotext -layout`-free reading order gives it. */
export function pdfPagesText(pdf: Buffer): string[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pdf-text-'));
  try {
    const file = path.join(dir, 'page.pdf');
    writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    if (!pages) throw new Error(`pdfinfo found no pages:\n${info}`);
    return Array.from({ length: pages }, (_, index) =>
      execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(index + 1), '-l', String(index + 1), file, '-'], { encoding: 'utf8' }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Text with what extraction adds or may drop taken out: Arabic diacritics and tatweel, the
 * direction controls pdftotext wraps right-to-left lines in, and invisible format characters.
 */
export function withoutMarks(text: string): string {
  return text.normalize('NFC').replace(/[\u064b-\u065f\u0670\u0640\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '');
}

/** `text` with every space gone too, to find a phrase whatever spaces extraction put inside words. */
export function squeezedOut(text: string): string {
  return withoutMarks(text).replace(/\s+/g, '');
}

/** Words, diacritics aside, with the punctuation that clings to them stripped. */
export function wordsOf(text: string): string[] {
  return withoutMarks(text)
    .split(/\s+/)
    .map((word) => word.replace(/^[«»()"'.،؛:؟!\-–/]+|[«»()"'.،؛:؟!\-–/]+$/g, ''))
    .filter(Boolean);
}

/** How many of `published` come back in order in `extracted`: the longest common subsequence of the two word lists. */
export function wordsInOrder(published: string[], extracted: string[]): number {
  let previous = new Array<number>(extracted.length + 1).fill(0);
  for (let i = 1; i <= published.length; i++) {
    const current = new Array<number>(extracted.length + 1).fill(0);
    for (let j = 1; j <= extracted.length; j++) {
      current[j] = published[i - 1] === extracted[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    previous = current;
  }
  return previous[extracted.length]!;
}

/** The text of a whole PDF as pdf.js (pdfjs-dist, the viewer in Firefox and many sites) reads it. */
export async function pdfJsText(pdf: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  await document.destroy();
  return pages.join('\n');
}
