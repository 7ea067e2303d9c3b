/** Quotes and brackets that do not pair up within a unit or heading: a piece moved across them. */
import type { DamageCheck } from './damage-check';

const closerOf: Record<string, string> = { '(': ')', '[': ']', '{': '}', '«': '»' };
const closers = new Set(Object.values(closerOf));
const pairCharacters = /[()[\]{}«»"]/gu;

/** Finds unbalanced brackets and an odd number of straight double quotes. */
export const unbalancedPairs: DamageCheck = {
  name: 'unbalanced-pairs',
  find(target) {
    const first = target.lines[0];
    if (first === undefined) return [];
    const text = target.lines.map((line) => line.text).join(' ');
    const open: string[] = [];
    let balanced = true;
    let quotes = 0;
    // Only the few pair characters matter; skip everything else quickly.
    for (const match of text.matchAll(pairCharacters)) {
      const character = match[0];
      if (character === '"') quotes++;
      else if (closerOf[character]) open.push(closerOf[character]!);
      else if (closers.has(character) && open.pop() !== character) balanced = false;
    }
    const problems: { line: number; text: string }[] = [];
    if (!balanced || open.length > 0) problems.push({ line: first.line, text: 'brackets ( ) [ ] { } « » do not pair up' });
    if (quotes % 2 === 1) problems.push({ line: first.line, text: `an odd number (${quotes}) of double quotes` });
    return problems;
  },
};
