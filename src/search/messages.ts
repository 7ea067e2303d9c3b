/**
 * Every sentence the search page writes at run time, in Arabic. Numbers are written with
 * Arabic-Indic digits, like the document, and counted nouns follow Arabic number agreement.
 */
import { toArabicIndicDigits } from '../text/arabic/digits';

/** "نتيجة واحدة", "نتيجتان", "٣ نتائج", "١١ نتيجة", "١٠٠ نتيجة". */
export function resultCount(count: number): string {
  if (count === 1) return 'نتيجة واحدة';
  if (count === 2) return 'نتيجتان';
  const digits = toArabicIndicDigits(count);
  const lastTwo = count % 100;
  return lastTwo >= 3 && lastTwo <= 10 ? `${digits} نتائج` : `${digits} نتيجة`;
}

/** «أ» و«ب» و«ج». */
export function quotedList(words: string[]): string {
  return words.map((word) => `«${word}»`).join(' و');
}

/** The search page's status line, by state. */
export const searchMessages = {
  prompt: 'اكتب كلمة أو أكثر للبحث في نص التقرير، أو اختر نوعاً أو قسماً لعرض وحداته.',
  loading: 'جارٍ البحث…',
  failed: 'تعذَّر تحميل البحث. أعد تحميل الصفحة، أو اقرأ التقرير كاملاً.',
  /** Nothing matched; the query is quoted back so the reader sees what was searched. */
  noResults: (query: string) =>
    query === '' ? 'لا توجد وحدات تطابق الاختيار.' : `لا توجد نتائج لـ«${query}». جرِّب كلمة أخرى أو أزل بعض عوامل التصفية.`,
  /** "٣ نتائج لـ«الاتجار»" or, for a filter-only listing, "١٨ نتيجة". */
  found: (count: number, query: string) => (query === '' ? resultCount(count) : `${resultCount(count)} لـ«${query}»`),
  more: 'عرض نتائج أخرى',
  /** No unit has every word: the units with some of them follow. */
  partialFound: (count: number, query: string) => `لا توجد وحدة فيها كل كلمات «${query}»؛ هذه ${resultCount(count)} فيها بعضها.`,
  /** The label of a partial match: what the unit has and what it lacks. */
  partialMatch: (has: string[], lacks: string[]) => `تطابق جزئي: فيها ${quotedList(has)}، وليس فيها ${quotedList(lacks)}.`,
  /** A word the report does not use in any form. */
  absentWord: (word: string) => `لا ترد «${word}» في التقرير بأي صيغة.`,
  /** Offered with an absent word: the report's word one or two letters away. */
  didYouMean: 'هل تقصد',
  namedUnit: 'الوحدة المطلوبة بالاسم',
} as const;
