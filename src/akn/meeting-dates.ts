/**
 * Read the meeting dates as printed in the masthead ("٩-١١ أيلول/سبتمبر ٢٠١٩") into ISO dates,
 * which the FRBR metadata needs. UN Arabic documents name a month twice, Levantine/Egyptian.
 */
import { toWesternDigits } from '../text/arabic/digits';
import { monthNames } from '../text/months';

/** Month number (1–12) by its double name. */
const months = new Map<string, number>(monthNames.map((name, index) => [name, index + 1]));

/** First and last day of the meeting, as YYYY-MM-DD. */
export interface MeetingDates {
  start: string;
  end: string;
}

/** Parses "٩-١١ أيلول/سبتمبر ٢٠١٩" (either day first); throws naming the text when it cannot. */
export function parseMeetingDates(printed: string): MeetingDates {
  const text = toWesternDigits(printed).replace(/\s+/g, ' ').trim();
  const match = /^(\d{1,2})\s*-\s*(\d{1,2}) (.+?) (\d{4})$/.exec(text);
  const month = match ? months.get(match[3]!) : undefined;
  if (!match || month === undefined) {
    throw new Error(
      `report.json document.dates: cannot read "${printed}" as meeting dates; expected days, month and year like "٩-١١ أيلول/سبتمبر ٢٠١٩".`,
    );
  }
  const days = [Number(match[1]), Number(match[2])].sort((a, b) => a - b);
  const iso = (day: number) => `${match[4]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { start: iso(days[0]!), end: iso(days[1]!) };
}
