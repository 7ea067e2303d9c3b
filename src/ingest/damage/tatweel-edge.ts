/**
 * A piece that starts or ends with tatweel published as a word of its own («[جلس اته]»). Printed
 * text has tatweel only between two joined letters of one word (src/ingest/tatweel-edge.ts), so
 * a source word that starts or ends with one is a piece of a word, and the published line must
 * glue it to its neighbour. The reading search does so; a line that no piece-order pass read,
 * or one a reviewer repaired, may still leave the piece apart (line 222 without its reviewed
 * repair: the number pass moves «-١٤» and leaves «اته]» after «[جلس»). The published words are
 * without tatweel, so such a word counts as damage only where it stands more often than the
 * source writes it with no tatweel at its edge.
 */
import { hasTatweelEdge, withoutTatweel } from '../tatweel-edge';
import type { DamageCheck } from './damage-check';

/** Finds published words that stand alone where the source shows them as a piece of a word. */
export const tatweelEdge: DamageCheck = {
  name: 'tatweel-edge',
  find(target) {
    return target.lines.flatMap(({ line, words, source }) => {
      if (source === undefined) return [];
      const pieces = new Set<string>();
      const whole = new Map<string, number>();
      for (const sourceWord of source.split(/\s+/u)) {
        const word = withoutTatweel(sourceWord);
        if (word.text === '') continue;
        if (hasTatweelEdge(word)) pieces.add(word.text);
        else whole.set(word.text, (whole.get(word.text) ?? 0) + 1);
      }
      if (pieces.size === 0) return [];
      const standing = new Map<string, number>();
      return words.flatMap((word) => {
        if (!pieces.has(word.text)) return [];
        standing.set(word.text, (standing.get(word.text) ?? 0) + 1);
        return standing.get(word.text)! > (whole.get(word.text) ?? 0) ? [{ line, text: word.text }] : [];
      });
    });
  },
};
