/**
 * Dates in a citation written as the document writes its own ("٩-١١ أيلول/سبتمبر ٢٠١٩"): the
 * day and year in Arabic-Indic digits and the month by both its names, as United Nations Arabic
 * texts give it. The browser's Intl formatting would give one name only and wrap digits in
 * invisible direction marks that travel into whatever the reader pastes.
 */
import { toArabicIndicDigits } from '../text/arabic/digits';
import { monthNames } from '../text/months';

/** "١ كانون الأول/ديسمبر ٢٠٢٦" for the calendar date of `date` in the reader's own time zone. */
export function citationDate(date: Date): string {
  return `${toArabicIndicDigits(date.getDate())} ${monthNames[date.getMonth()]} ${toArabicIndicDigits(date.getFullYear())}`;
}
