/**
 * The recall table: queries a reader might type, each with every unit that must come back, worked
 * out by reading the unit texts of the report (not by running the search). `first` is the unit a
 * query names. Each variation the search promises to handle is covered at least twice.
 */

/** What a row exercises, printed beside the recall. */
export type Variation =
  | 'diacritics'
  | 'tatweel'
  | 'hamza on alef'
  | 'hamza seat'
  | 'final ى/ي'
  | 'digits'
  | 'particles'
  | 'names a unit'
  | 'phrase'
  | 'Latin'
  | 'mixed scripts';

/** One row of the table. */
export interface QueryCase {
  query: string;
  variation: Variation;
  /** Every unit the query must return. */
  mustReturn: string[];
  /** The unit that must be listed first, when the query names one. */
  first?: string;
}

const r = (...numbers: number[]) => numbers.map((n) => `recommendation-${n}`);
const p = (...numbers: number[]) => numbers.map((n) => `paragraph-${n}`);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

// Every unit that writes الاتِّجار, with or without ب / ل / ال (read unit by unit; 18, 20–22, 26,
// 34 and paragraphs 1, 5, 7, 8, 15 do not have it).
const trafficking = [
  ...r(12, 13, 14, 15, 16, 17, 19, 23, 24, 25, 27, 28, 29, 30, 31, 32, 33),
  ...p(2, 3, 4, 6, 9, 10, 11, 12, 13, 14, 16, 17, 18),
];
// الأعضاء: every recommendation ("ينبغي للدول الأعضاء", "تحثُّ الدول الأعضاء") and paragraph 12 ("نزع الأعضاء").
const memberStates = [...r(...range(12, 34)), ...p(12)];
// المسؤولين: paragraphs 8, 10 (twice) and 16.
const officials = p(8, 10, 16);

/** The table; at least 30 rows. */
export const queryTable: QueryCase[] = [
  { query: 'الاتجار', variation: 'diacritics', mustReturn: trafficking },
  { query: 'الاتِّجار', variation: 'diacritics', mustReturn: trafficking },
  { query: 'المعرضة', variation: 'diacritics', mustReturn: r(12) },
  { query: 'مقدمي', variation: 'diacritics', mustReturn: r(12) },
  { query: 'الأعضـــاء', variation: 'tatweel', mustReturn: memberStates },
  { query: 'التشـــاور', variation: 'tatweel', mustReturn: r(12) },
  { query: 'الاعضاء', variation: 'hamza on alef', mustReturn: memberStates },
  { query: 'الإتجار', variation: 'hamza on alef', mustReturn: trafficking },
  { query: 'الاقرار', variation: 'hamza on alef', mustReturn: r(16) },
  { query: 'اسبانيا', variation: 'hamza on alef', mustReturn: p(15) },
  { query: 'اوروبا', variation: 'hamza on alef', mustReturn: p(15, 17) },
  { query: 'المسئولين', variation: 'hamza seat', mustReturn: officials },
  { query: 'المسؤولين', variation: 'hamza seat', mustReturn: officials },
  { query: 'يبدئوا', variation: 'hamza seat', mustReturn: [...r(33), ...p(17)] },
  { query: 'لدي', variation: 'final ى/ي', mustReturn: p(5, 15, 17) },
  { query: 'أوصي', variation: 'final ى/ي', mustReturn: p(1) },
  { query: 'العظمي', variation: 'final ى/ي', mustReturn: p(12, 18) },
  { query: 'تولي', variation: 'final ى/ي', mustReturn: p(15) },
  { query: '2014', variation: 'digits', mustReturn: p(17) },
  { query: '٢٠١٤', variation: 'digits', mustReturn: p(17) },
  { query: 'البند 3', variation: 'digits', mustReturn: p(14, 15) },
  { query: 'التكنولوجيا', variation: 'particles', mustReturn: r(30) },
  { query: 'تكنولوجيا', variation: 'particles', mustReturn: r(30) },
  { query: 'الأطفال', variation: 'particles', mustReturn: r(15, 18) },
  { query: 'المغرب', variation: 'particles', mustReturn: p(16) },
  { query: 'الثنائي', variation: 'particles', mustReturn: p(5, 16) },
  { query: 'الامتثال', variation: 'particles', mustReturn: [...r(16), ...p(4, 12)] },
  { query: 'بالاتِّجار', variation: 'particles', mustReturn: [...r(13, 31), ...p(11)] },
  { query: 'للاتِّجار', variation: 'particles', mustReturn: [...r(16, 27, 28), ...p(4, 14)] },
  { query: 'السخرة', variation: 'particles', mustReturn: [...r(26), ...p(12)] },
  { query: 'العمال', variation: 'particles', mustReturn: [...r(20, 25, 26, 28, 32, 33, 34), ...p(12)] },
  { query: 'المنزليين', variation: 'particles', mustReturn: r(32, 33) },
  { query: 'مثال', variation: 'particles', mustReturn: [...r(26), ...p(5, 17)] },
  { query: 'الضحايا', variation: 'particles', mustReturn: [...r(12, 14, 15, 30), ...p(2, 3, 6, 7, 9, 10, 12, 16)] },
  { query: 'الاستغلال', variation: 'particles', mustReturn: [...r(12, 28, 30), ...p(12)] },
  { query: 'الدولية', variation: 'particles', mustReturn: [...r(23, 24), ...p(15)] },
  { query: 'الدبلوماسيين', variation: 'particles', mustReturn: p(17) },
  { query: 'الإسبانية', variation: 'particles', mustReturn: p(16) },
  { query: 'التوصية 12', variation: 'names a unit', mustReturn: r(12), first: 'recommendation-12' },
  { query: 'توصية ١٢', variation: 'names a unit', mustReturn: r(12), first: 'recommendation-12' },
  { query: 'الفقرة 5', variation: 'names a unit', mustReturn: p(5), first: 'paragraph-5' },
  { query: 'فقرة ١٨', variation: 'names a unit', mustReturn: p(18), first: 'paragraph-18' },
  { query: 'الفقرة ١', variation: 'names a unit', mustReturn: p(1), first: 'paragraph-1' },
  // Recommendation 12 and paragraph 12 both exist; the recommendation comes first in the document.
  { query: '12', variation: 'names a unit', mustReturn: [...r(12), ...p(12)], first: 'recommendation-12' },
  { query: 'سلاسل التوريد', variation: 'phrase', mustReturn: r(23, 24, 25, 26, 27) },
  { query: 'وسائط الإعلام', variation: 'phrase', mustReturn: [...r(19), ...p(8, 16)] },
  { query: 'REDTRAM', variation: 'Latin', mustReturn: p(16) },
  { query: 'handbook', variation: 'Latin', mustReturn: p(17) },
  { query: 'الاتجار REDTRAM', variation: 'mixed scripts', mustReturn: p(16) },
];
