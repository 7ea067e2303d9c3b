/**
 * The masthead's place and dates come out backwards: "٢٠١٩أيلول/سبتمبر ١١-٩فيينا،" reads
 * "فيينا، ٩-١١ أيلول/سبتمبر ٢٠١٩" (place, day range in ascending order, month, year).
 */
import { arabicDigitClass } from '../../text/arabic/characters';
import type { ReadingOrderPass } from './reading-order-pass';
import { reorder } from './reading-order-pass';

const digits = `[${arabicDigitClass}]`;
const backwardsDate = new RegExp(`^(${digits}{4}) ?([^\\s${arabicDigitClass}]+) (${digits}{1,2})-(${digits}{1,2}) ?([^\\s${arabicDigitClass}،]+)،$`, 'u');

/** Puts a backwards "year month last-first place،" line into reading order. */
export const mastheadDate: ReadingOrderPass = {
  name: 'masthead-date',
  apply(line) {
    if (line.role.kind !== 'text') return line;
    const match = backwardsDate.exec(line.text);
    if (!match) return line;
    const [, year, month, lastDay, firstDay, place] = match;
    return reorder(line, this.name, `${place}، ${firstDay}-${lastDay} ${month} ${year}`);
  },
};
