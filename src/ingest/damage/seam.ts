/**
 * The seam rule, for every line whose pieces were reordered (by a pass or a reviewed repair).
 *
 * Extraction sometimes runs from a line's last words straight into its first letters within one
 * piece: "ضحايا الاتِّجار وأ" holds the end of "… إلى ضحايا الاتِّجار" and the start of "وأشار".
 * That seam marks where the line starts. So when the published line's first letters stand in the
 * source one space after a whole word, that word must be the published line's last word; if it
 * is not, the line was started at the wrong place and the words around the seam were carried
 * elsewhere ("إلى والعمل معهم"). A finding names the two source words.
 */
import { arabicDigitClass, tatweel } from '../../text/arabic/characters';
import type { DamageCheck } from './damage-check';

/** One character that is not white space, with the white space before it. */
interface SpacedCharacter {
  character: string;
  /** 0: glued to the character before; 1: one space; 2: a wider gap, a line end or the line start. */
  gapBefore: 0 | 1 | 2;
}

/** A closing bracket may come out mirrored; compare brackets by their opening form. */
const mirrored: Record<string, string> = { ')': '(', ']': '[', '}': '{', '»': '«' };
const folded = (character: string) => mirrored[character] ?? character;

/** A paragraph number the number pass moved to the front ("٣- "), and where it stood ("-٣"). */
const leadingNumber = new RegExp(`^([${arabicDigitClass}]+)- `, 'u');

/** Finds reordered lines that do not end with the whole word their seam says ends them. */
export const seam: DamageCheck = {
  name: 'seam',
  find(target) {
    return target.lines.flatMap(({ line, text, source, reordered }) => {
      if (!reordered || source === undefined) return [];
      const missed = missedSeam(source, text);
      return missed === undefined ? [] : [{ line, text: missed }];
    });
  },
};

/**
 * The two source words at the line's seam ("الاتِّجار وأ") when the published text starts after
 * the first but does not end with it; undefined when it does, when the first letters follow no
 * whole word with a single space, or when the published text does not hold the source's
 * characters (the fidelity check reports that).
 */
export function missedSeam(source: string, published: string): string | undefined {
  let sourceText = source.replaceAll(tatweel, '');
  let text = published.replaceAll(tatweel, '').trim();
  // The number pass moves "-٣" to the front as "٣-": take the number out of both. Where it
  // stood in the source counts as a wide gap: the number is a piece of its own.
  const number = leadingNumber.exec(text);
  if (number) {
    const at = sourceText.indexOf(`-${number[1]}`);
    if (at < 0) return undefined;
    sourceText = `${sourceText.slice(0, at)}\n${sourceText.slice(at + number[1]!.length + 1)}`;
    text = text.slice(number[0].length);
  }
  const sourceCharacters = spacedCharacters(sourceText);
  const publishedCharacters = spacedCharacters(text);
  const placeOf = align(sourceCharacters.map((each) => each.character), publishedCharacters.map((each) => each.character));
  if (placeOf === undefined) return undefined;
  const firstAt = placeOf[0]!;
  if (sourceCharacters[firstAt]!.gapBefore !== 1) return undefined;
  // Only a source word that the published text starts with is its first letters; another match
  // of the same letters elsewhere (a longer word that shares them) says nothing about the seam.
  const firstEnd = wordEnd(sourceCharacters, firstAt);
  for (let index = firstAt; index < firstEnd; index++) if (placeOf[index - firstAt] !== index) return undefined;
  // The source word just before the line's first letters, as a range of source characters.
  let wordStart = firstAt - 1;
  while (wordStart > 0 && sourceCharacters[wordStart]!.gapBefore === 0) wordStart--;
  const publishedAt = new Map(placeOf.map((sourceIndex, publishedIndex) => [sourceIndex, publishedIndex]));
  const from = publishedAt.get(wordStart)!;
  const to = publishedAt.get(firstAt - 1)!;
  const isWholePublishedWord =
    to - from === firstAt - 1 - wordStart &&
    publishedCharacters[from]!.gapBefore > 0 &&
    (to === publishedCharacters.length - 1 || publishedCharacters[to + 1]!.gapBefore > 0);
  if (!isWholePublishedWord || to === publishedCharacters.length - 1) return undefined;
  return `${joined(sourceCharacters, wordStart, firstAt)} ${joined(sourceCharacters, firstAt, wordEnd(sourceCharacters, firstAt))}`;
}

function spacedCharacters(text: string): SpacedCharacter[] {
  const characters: SpacedCharacter[] = [];
  let spaces = 2; // the start of the line is a gap
  for (const character of text) {
    if (character === '\n') spaces = 2;
    else if (/\s/u.test(character)) spaces++;
    else {
      characters.push({ character, gapBefore: spaces === 0 ? 0 : spaces === 1 ? 1 : 2 });
      spaces = 0;
    }
  }
  return characters;
}

/**
 * Maps each published character to the source character it came from: repeatedly the longest
 * run of the published text (from where the last run stopped) found among source characters
 * not yet used, the first such run in the source on a tie.
 */
function align(source: string[], published: string[]): number[] | undefined {
  if (source.length !== published.length) return undefined;
  // Where each character stands in the source, so a run is only tried where it can start.
  const positionsOf = new Map<string, number[]>();
  source.forEach((character, index) => {
    const key = folded(character);
    const positions = positionsOf.get(key);
    if (positions === undefined) positionsOf.set(key, [index]);
    else positions.push(index);
  });
  const used = new Array<boolean>(source.length).fill(false);
  const placeOf: number[] = [];
  let position = 0;
  while (position < published.length) {
    let bestStart = -1;
    let bestLength = 0;
    for (const start of positionsOf.get(folded(published[position]!)) ?? []) {
      let length = 0;
      while (
        position + length < published.length &&
        start + length < source.length &&
        !used[start + length] &&
        folded(source[start + length]!) === folded(published[position + length]!)
      ) {
        length++;
      }
      if (length > bestLength) {
        bestStart = start;
        bestLength = length;
      }
    }
    if (bestLength === 0) return undefined;
    for (let offset = 0; offset < bestLength; offset++) {
      used[bestStart + offset] = true;
      placeOf.push(bestStart + offset);
    }
    position += bestLength;
  }
  return placeOf;
}

/** The index just after the source word that starts at `index`. */
function wordEnd(characters: SpacedCharacter[], index: number): number {
  let end = index + 1;
  while (end < characters.length && characters[end]!.gapBefore === 0) end++;
  return end;
}

function joined(characters: SpacedCharacter[], start: number, end: number): string {
  return characters
    .slice(start, end)
    .map((each) => each.character)
    .join('');
}
