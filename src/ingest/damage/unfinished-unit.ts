/** A unit must end a sentence (".") or introduce what follows (":"). */
import type { DamageCheck } from './damage-check';

/** Finds units whose text does not end in "." or ":". */
export const unfinishedUnit: DamageCheck = {
  name: 'unfinished-unit',
  find(target) {
    const last = target.lines.at(-1);
    if (!target.isUnit || last === undefined || /[.:]$/u.test(last.text)) return [];
    return [{ line: last.line, text: last.text.slice(-20) }];
  },
};
