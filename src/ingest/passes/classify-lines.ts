/**
 * Stage classify-lines (src/ingest/stages.ts): find the structure. Each line is classified on its
 * own (heading, paragraph start, masthead noise, text); placing lines into sections and units is
 * assembly's job. Headings are recognised both as extracted (label last: "(تابع)التوصيات -ثانياً")
 * and in reading order, as reviewed repairs write them ("ثانياً- التوصيات (تابع)").
 */
import { arabicDigitClass } from '../../text/arabic/characters';
import { fromArabicIndicDigits } from '../../text/arabic/digits';
import type { ClassifiedLine, LineRole } from '../classified-line';
import { chapterIdOf, recommendationWord, subsectionLetterOf } from '../../text/labels';
import type { LogicalLine } from '../lines';

const jobNumberPattern = /V\.\d{2}-\d{5} \([A-Z]\)/;
const barcodePattern = /^\*\d+\*$/;
const ordinalAdverb = new RegExp(`^[^\\s\\d${arabicDigitClass}]+(?:اً|ًا)$`, 'u');
/** Longer than any heading title in UN reports; a longer line is running text. */
const maxHeadingWords = 20;
const numberFirstPattern = new RegExp(`^([${arabicDigitClass}]+) ?-(?: |$)`, 'u');
const numberLastPattern = new RegExp(`(?:^| )-([${arabicDigitClass}]+)$`, 'u');
const numberInsidePattern = new RegExp(` -([${arabicDigitClass}]+) `, 'u');
const digitRun = new RegExp(`[${arabicDigitClass}]+`, 'gu');
const digitsAndSpaces = new RegExp(`[\\s${arabicDigitClass}]`, 'gu');

/** Gives every line its role. */
export function classifyLines(lines: LogicalLine[]): ClassifiedLine[] {
  return lines.map((line) => ({ ...line, role: roleOf(line.text) }));
}

/** The role of one normalized line of text. */
export function roleOf(text: string): LineRole {
  if (text === '') return { kind: 'blank' };
  const jobNumber = jobNumberPattern.exec(text);
  if (jobNumber) return { kind: 'job-number', jobNumber: jobNumber[0] };
  if (barcodePattern.test(text)) return { kind: 'barcode' };
  return headingRole(text) ?? recommendationRole(text) ?? paragraphRole(text) ?? { kind: 'text' };
}

function headingRole(text: string): LineRole | undefined {
  // The label is one word on the far side of a hyphen: last as extracted, first in reading order.
  const lastHyphen = text.lastIndexOf('-');
  if (lastHyphen < 0) return undefined;
  const candidates = [
    { label: text.slice(lastHyphen + 1).trim(), title: text.slice(0, lastHyphen).trim(), asExtracted: true },
    { label: text.slice(0, text.indexOf('-')).trim(), title: text.slice(text.indexOf('-') + 1).trim(), asExtracted: false },
  ];
  for (const { label, title, asExtracted } of candidates) {
    if (label === '' || title === '' || /\s/u.test(label)) continue;
    if (chapterIdOf(label)) return { kind: 'chapter-heading', label, title };
    if (subsectionLetterOf(label)) return { kind: 'subsection-heading', label, title };
    // Chapter labels are ordinal adverbs ending in tanween ("سابعاً"): a short line ending in an
    // unknown one is a heading ingest cannot place, not text. (Running text may start with
    // such an adverb, so only the extracted, label-last form counts.)
    if (asExtracted && ordinalAdverb.test(label) && title.split(' ').length <= maxHeadingWords) {
      return { kind: 'unknown-heading', label, title };
    }
  }
  return undefined;
}

/**
 * A recommendation heading is the word التوصية and a number, however extraction cut and
 * shuffled it: "١٢التوصية" and "١٨ية التوص" both qualify, because without digits and spaces
 * they are rotations of the word.
 */
function recommendationRole(text: string): LineRole | undefined {
  // A heading is short; long lines are text, and skipping them early keeps ingest fast.
  if (text.length > recommendationWord.length + 12) return undefined;
  const digitRuns = text.match(digitRun);
  if (digitRuns?.length !== 1) return undefined;
  const letters = text.replace(digitsAndSpaces, '');
  const isRotation = letters.length === recommendationWord.length && (recommendationWord + recommendationWord).includes(letters);
  if (!isRotation) return undefined;
  return { kind: 'recommendation-heading', number: fromArabicIndicDigits(digitRuns[0]), digits: digitRuns[0] };
}

function paragraphRole(text: string): LineRole | undefined {
  if (!text.includes('-')) return undefined;
  for (const [pattern, marker] of [
    [numberFirstPattern, 'start'],
    [numberLastPattern, 'end'],
    [numberInsidePattern, 'middle'],
  ] as const) {
    const match = pattern.exec(text);
    if (match) return { kind: 'paragraph-start', number: fromArabicIndicDigits(match[1]!), digits: match[1]!, marker };
  }
  return undefined;
}
