/** The general reading-order passes, in the order they run. A new rule is one file and one entry here. */
import { headingFragmentFirst } from './heading-fragment-first';
import { headingLabelFirst } from './heading-label-first';
import { headingParenthesisFirst } from './heading-parenthesis-first';
import { leadingFullStop } from './leading-full-stop';
import { mastheadDate } from './masthead-date';
import { paragraphNumberFirst } from './paragraph-number-first';
import type { ReadingOrderPass } from './reading-order-pass';
import { recommendationHeadingOrder } from './recommendation-heading-order';
import { reversedPieces } from './reversed-pieces';
import { swappedHalves } from './swapped-halves';

/** Every general reading-order pass, in order. */
export const readingOrderPasses: readonly ReadingOrderPass[] = [
  recommendationHeadingOrder,
  headingLabelFirst,
  headingParenthesisFirst,
  headingFragmentFirst,
  swappedHalves,
  reversedPieces,
  paragraphNumberFirst,
  leadingFullStop,
  mastheadDate,
];
