/**
 * The white space at the end of an extracted line. A printed line of running text that is not
 * the last of its unit is justified, and extraction writes it in reading order with the space
 * that parts its last word from the next line's first word: in this report every undamaged
 * line of a unit's text that is not the unit's last (36 lines) ends with one space, without
 * exception. Where extraction cut such a line and wrote its pieces out of order, that space
 * went with a piece: to where the pieces met («… في بناء  ينبغي …», line 23; «قانون العمل.
 * وذُكرت عن … محتملة ل», line 195), or to the line's front (« أهمية … إحالة أيضا إلى», line 160).
 *
 * So a line of running text that is not its unit's last and does not end with white space was
 * not written in reading order: its extracted order is not a reading, however well it reads on.
 * The evidence only ever rules out the extracted order; it never says where the line starts.
 * A unit's last line proves nothing (printed short, it may or may not end with a space), nor
 * does a paragraph's first line (its number stands where extraction put it), nor a line that
 * ends with a space (a line cut in two may keep the space there: line 261).
 *
 * The rule is the extraction's habit, so it is asked only of a report whose own lines show the
 * habit: more than half of its lines of this kind that show no cut (the report's undamaged lines
 * are most of them) end with white space. Text extracted by a tool that trims lines has none,
 * and there every line keeps its extracted order as a possible reading.
 */
import type { ClassifiedLine } from './classified-line';

type LineEnd = Pick<ClassifiedLine, 'role' | 'lines' | 'endsWithSpace'>;

/** True for a line whose printed form ends with a space: running text, one source line, not its unit's last. */
export function printedWithEndSpace(line: LineEnd, closesUnit: boolean): boolean {
  return line.role.kind === 'text' && line.lines.length === 1 && !closesUnit;
}

/**
 * True when the report's lines show the habit: of the lines printed with an end space that show
 * no cut (`showsNoCut`), more than half end with white space as extracted.
 */
export function reportShowsEndSpace(lines: readonly { line: LineEnd; closesUnit: boolean; showsNoCut: boolean }[]): boolean {
  const plain = lines.filter(({ line, closesUnit, showsNoCut }) => showsNoCut && printedWithEndSpace(line, closesUnit));
  return plain.filter(({ line }) => line.endsWithSpace === true).length * 2 > plain.length;
}

/** True when the line's own extracted order cannot be how it was printed (in a report that shows the habit). */
export function extractedOrderRuledOut(line: LineEnd, closesUnit: boolean): boolean {
  return printedWithEndSpace(line, closesUnit) && line.endsWithSpace !== true;
}
