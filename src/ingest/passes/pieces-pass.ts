/**
 * The shape both piece-order passes share: consult the line's search (one per line, made by
 * the runner) and act only on readings with the number of pieces the pass is about.
 */
import type { ReadingOrderPass } from './reading-order-pass';
import { reorder } from './reading-order-pass';

/** A pass that takes the line's unique reading when its number of pieces is the pass's own. */
export function piecesPass(name: string, handles: (pieces: number) => boolean): ReadingOrderPass {
  return {
    name,
    apply(line, context) {
      const found = context.pieceReadings?.(line);
      if (found === undefined || !handles(found.pieces)) return line;
      if (found.readings.length > 1) {
        // Two readings pass every test: the line needs a reviewed repair, and says why.
        return { ...line, undecided: { pass: name, readings: found.readings.map(found.asText) } };
      }
      const text = found.asText(found.readings[0]!);
      const role = line.role.kind === 'paragraph-start' ? { ...line.role, marker: 'start' as const } : line.role;
      return reorder(line, name, text, role);
    },
  };
}
