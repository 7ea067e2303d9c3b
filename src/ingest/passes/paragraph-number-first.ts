/**
 * A paragraph number comes out at the end of its first line ("X -٢") or in the middle
 * ("X -٦ Y"). In reading order the number leads its paragraph: that much is certain wherever
 * extraction wrote it. The order of the rest is not this pass's to decide. Where the line's
 * words are in pieces, the piece-order passes (which run first) take the rest's one proven
 * reading, the number first ("٦- Y X" for line 175: src/ingest/paragraph-number-seam.ts); a
 * line they leave is one whose rest no rule proves, and it keeps the rest in its extracted
 * order, as every line no pass proves does, for the damage report to read
 * (docs/reading-order.md, "Paragraph numbers"). A line whose number stood last with its rest
 * undamaged ("X -٢", its words as printed) is that case: the number moves, nothing else does.
 */
import { arabicDigitClass } from '../../text/arabic/characters';
import type { ReadingOrderPass } from './reading-order-pass';
import { reorder } from './reading-order-pass';

const markerLast = new RegExp(`^(.*?) ?-([${arabicDigitClass}]+)$`, 'u');
const markerInside = new RegExp(`^(.*?) -([${arabicDigitClass}]+) (.*)$`, 'u');

/** Moves a paragraph number found at the end or in the middle of a line to the start, the rest as extracted. */
export const paragraphNumberFirst: ReadingOrderPass = {
  name: 'paragraph-number-first',
  apply(line) {
    const { role } = line;
    if (role.kind !== 'paragraph-start' || role.marker === 'start') return line;
    const pattern = role.marker === 'end' ? markerLast : markerInside;
    const match = pattern.exec(line.text);
    if (!match) return line;
    const [, before, digits, after = ''] = match;
    const rest = [before!, after].filter((part) => part !== '').join(' ');
    return reorder(line, this.name, `${digits}- ${rest}`.trimEnd(), { ...role, marker: 'start' });
  },
};
