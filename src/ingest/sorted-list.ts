/**
 * Lists of names stand in alphabetical order. United Nations documents list states and other
 * parties in the alphabetical order of their names in the document's language; in Arabic the
 * article «ال» and the hamza on an alif are not counted («الاتحاد الأوروبي، الاتحاد الروسي،
 * أستراليا، إندونيسيا، إيطاليا، باراغواي، البحرين، …»). A line of such a list that extraction cut
 * in two at a single space reads on from every item (each item closes with a comma, the next
 * opens a name): no rule of words or sentences tells where it starts. The order does.
 *
 * The order is evidence only where the list shows it: the items around the line, on the lines
 * before and after it in the same unit, must stand in order too (two pairs of items at least),
 * and exactly one reading of the line may keep the whole run in order, across both line breaks.
 * Items are what commas part: a name of one to six words of Arabic letters; a colon opens the
 * list («… الاتِّجار بالأشخاص: الاتحاد الأوروبي، …»), a full stop closes it.
 */
import { letterKey } from '../text/arabic/characters';
import { isArabicOnly } from './word-list';

/** The most words a name of a list may have («المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية»). */
const maxNameWords = 6;
/** Pairs of items in order, outside the line, that show the list is alphabetical. */
const minPairsOutside = 2;


/** The key a name is sorted by: each word without its article, alif with hamza as alif, ة as ه, ى as ي. */
export function sortKey(name: string): string[] {
  return name
    .split(' ')
    .filter((word) => word !== '')
    .map((word) => {
      // The article first, then the hamza: «ألبانيا» is no «ال» + «بانيا».
      const letters = letterKey(word);
      const withoutArticle = letters.startsWith('ال') && letters.length > 3 ? letters.slice(2) : letters;
      return withoutArticle.replace(/[أإآٱ]/gu, 'ا').replace(/ة/gu, 'ه').replace(/ى/gu, 'ي');
    });
}

/** True when name `a` comes strictly before name `b`. */
export function comesBefore(a: string, b: string): boolean {
  const [left, right] = [sortKey(a), sortKey(b)];
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    if (left[index] !== right[index]) return left[index]! < right[index]!;
  }
  return left.length < right.length;
}

/** True when the text is a name a list may hold. */
function isName(text: string): boolean {
  const words = text.split(' ').filter((word) => word !== '');
  return words.length > 0 && words.length <= maxNameWords && words.every(isArabicOnly);
}

interface Item {
  name: string;
  /** True when the item lies wholly in the line before or the line after. */
  outside: boolean;
}

/**
 * The run of names the line's reading belongs to, with the items of the lines around it; undefined
 * when a part of the reading between commas is not a name of the list.
 */
function runOf(previous: string, reading: string, next: string): Item[] | undefined {
  const text = `${previous} ${reading} ${next}`;
  const start = previous.length + 1;
  const end = start + reading.length;
  let items: Item[] = [];
  let offset = 0;
  for (const part of text.split('،')) {
    const [partStart, partEnd] = [offset, offset + part.length];
    offset = partEnd + 1;
    const before = partEnd <= start;
    const after = partStart >= end;
    const inLine = !before && !after;
    let name = part;
    // A colon opens a list: what stands before it is the sentence that introduces it.
    const colon = name.lastIndexOf(':');
    if (colon >= 0) {
      if (after || items.some((item) => !item.outside)) break;
      items = [];
      name = name.slice(colon + 1);
    }
    // A full stop closes it: its last item, then the sentence goes on.
    const stop = name.indexOf('.');
    const closes = stop >= 0;
    if (closes) name = name.slice(0, stop);
    name = name.trim();
    if (!isName(name)) {
      if (inLine) return undefined;
      if (before) {
        items = [];
        continue;
      }
      break;
    }
    items.push({ name, outside: !inLine });
    if (closes) {
      if (!before) break;
      items = [];
    }
  }
  // Every part of the line must be an item of the run.
  const partsInLine = reading.split('،').filter((part) => part.trim() !== '').length;
  return items.filter((item) => !item.outside).length === partsInLine ? items : undefined;
}

/** True when the run holds the reading in alphabetical order, and the lines around it show the order too. */
export function standsInListOrder(previous: string | undefined, reading: string, next: string | undefined): boolean {
  if (previous === undefined || next === undefined || !reading.includes('،')) return false;
  const run = runOf(previous, reading, next);
  if (run === undefined || run.length < 2) return false;
  let pairsOutside = 0;
  for (let index = 0; index + 1 < run.length; index++) {
    const [a, b] = [run[index]!, run[index + 1]!];
    if (!comesBefore(a.name, b.name)) return false;
    if (a.outside && b.outside) pairsOutside++;
  }
  return pairsOutside >= minPairsOutside;
}

/**
 * The one reading whose list stands in alphabetical order, from readings that keep the line's
 * words whole (a reading that glued a word is not chosen by the order of names); undefined when
 * none or more than one does, or the lines around show no ordered list.
 */
export function readingInListOrder(
  readings: readonly string[],
  previous: string | undefined,
  next: string | undefined,
  keepsWordsWhole: (reading: string) => boolean,
): string | undefined {
  const inOrder = readings.filter((reading) => standsInListOrder(previous, reading, next));
  return inOrder.length === 1 && keepsWordsWhole(inOrder[0]!) ? inOrder[0] : undefined;
}
