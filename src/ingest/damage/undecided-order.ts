/**
 * A line a piece-order pass could not decide: more than one reading keeps its characters,
 * makes words and reads on, so the pass chose none. Only a reviewed repair settles it.
 */
import type { DamageCheck } from './damage-check';

/** Lists each undecided line with the readings that passed. */
export const undecidedOrder: DamageCheck = {
  name: 'undecided-order',
  find(target) {
    return target.lines.flatMap(({ line, undecided }) =>
      undecided === undefined ? [] : [{ line, text: `${undecided.pass}: ${undecided.readings.length} readings pass: ${undecided.readings.map((reading) => `«${reading}»`).join(' / ')}` }],
    );
  },
};
