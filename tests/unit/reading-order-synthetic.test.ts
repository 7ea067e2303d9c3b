/**
 * The synthetic check of generality: the report's published lines, damaged one at a time by
 * the mechanisms found in this report (a fixed-seed generator), put back by the general
 * passes. No line may come back wrong; the figures are the ones docs/reading-order.md prints.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { damage, figuresTable, measureWithWordList, mechanisms, seededRandom, type WrongRestoration } from '../../scripts/reading-order/synthetic-damage';
import { normalizeText } from '../../src/ingest/passes/normalize';
import { hasTatweelEdge, withoutTatweel } from '../../src/ingest/tatweel-edge';
import { removeTatweel } from '../../src/text/arabic/characters';

const seed = 2019;
const perMechanism = 25;

describe('the damage generator', () => {
  it('keeps every character of the line and changes its order', () => {
    const line = 'ينبغي للدول الأعضاء النظر في تقديم الدعم للمجتمع المدني والمنظمات';
    const random = seededRandom(7);
    for (const mechanism of mechanisms.filter((name) => name !== 'paragraph-number-last' && name !== 'numbers-in-visual-order')) {
      const damaged = damage(line, mechanism, random)!;
      expect([...damaged.replace(/\s/gu, '')].sort().join(''), mechanism).toBe([...line.replace(/\s/gu, '')].sort().join(''));
      expect(normalizeText(damaged), mechanism).not.toBe(line);
    }
    expect(damage('١٢- وسلَّط عدة متكلمين الضوء على مواطن الضعف', 'paragraph-number-last', random)).toMatch(/ {2}-١٢$/u);
  });

  it('writes the numbers of a line in visual order, left of the words they follow, and keeps every character', () => {
    const line = '١٥- وألقى ممثل للأمانة كلمة استهلالية عامة في إطار البند ٣ من جدول الأعمال. وبرئاسة';
    const random = seededRandom(7);
    for (let trial = 0; trial < 20; trial++) {
      const damaged = damage(line, 'numbers-in-visual-order', random)!;
      expect([...damaged.replace(/\s/gu, '')].sort().join('')).toBe([...line.replace(/\s/gu, '')].sort().join(''));
      // The paragraph number ends the half it opens, and «٣» never stays after «البند».
      expect(damaged).toMatch(/ {2}-١٥$/u);
      expect(damaged).not.toMatch(/البند\s+٣/u);
    }
    expect(damage('في إطار البند ٣ من جدول الأعمال', 'numbers-in-visual-order', seededRandom(1))).toMatch(/٣\p{L}/u);
    expect(damage('ينبغي للدول الأعضاء النظر في تقديم الدعم', 'numbers-in-visual-order', random)).toBeUndefined();
  });

  it('stretched, cuts the same line at the same places and leaves tatweel at some piece edges', () => {
    const line = 'وأشار العديد من المتكلمين إلى أهمية المشاركة في جهود بناء القدرات المتعلقة بمكافحة الاتِّجار';
    let edges = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const plain = damage(line, 'three-pieces-reversed', seededRandom(seed));
      const stretched = damage(line, 'three-pieces-reversed', seededRandom(seed), seededRandom(seed + 100))!;
      expect(removeTatweel(stretched)).toBe(plain);
      if (stretched.split(/\s+/u).some((word) => hasTatweelEdge(withoutTatweel(word)))) edges++;
    }
    expect(edges).toBeGreaterThan(0);
  });

  it('gives the same damage for the same seed', () => {
    const line = 'وأشار العديد من المتكلمين إلى أهمية المشاركة في جهود بناء القدرات';
    const once = mechanisms.map((mechanism) => damage(line, mechanism, seededRandom(3)));
    expect(mechanisms.map((mechanism) => damage(line, mechanism, seededRandom(3)))).toEqual(once);
  });
});

const wrongLines: WrongRestoration[] = [];
const tallies = await measureWithWordList(seed, perMechanism, (wrong) => wrongLines.push(wrong));
const stretchedTallies = await measureWithWordList(seed, perMechanism, undefined, true);

describe('the passes on damaged lines of the published report', () => {

  it('never put a line back wrong: they restore it exactly or refuse', () => {
    // Each wrong line with its damaged text and the reading taken, to find the rule that let it through.
    expect(wrongLines).toEqual([]);
    for (const mechanism of mechanisms) {
      expect(tallies[mechanism].lines, mechanism).toBe(perMechanism);
      expect(tallies[mechanism].wrong, mechanism).toBe(0);
      expect(tallies[mechanism].restored + tallies[mechanism].refused, mechanism).toBe(perMechanism);
    }
  });

  it('restore some lines unaided', () => {
    expect(mechanisms.reduce((sum, mechanism) => sum + tallies[mechanism].restored, 0)).toBeGreaterThan(0);
  });

  it('are the figures docs/reading-order.md reports', () => {
    const docs = readFileSync(new URL('../../docs/reading-order.md', import.meta.url), 'utf8');
    expect(docs).toContain(figuresTable(tallies));
  });

  it('never put a line stretched with tatweel back wrong, and restore at least the lines they restore without it', () => {
    for (const mechanism of mechanisms) {
      expect(stretchedTallies[mechanism].wrong, mechanism).toBe(0);
      expect(stretchedTallies[mechanism].restored, mechanism).toBeGreaterThanOrEqual(tallies[mechanism].restored);
    }
    const docs = readFileSync(new URL('../../docs/reading-order.md', import.meta.url), 'utf8');
    expect(docs).toContain(figuresTable(stretchedTallies));
  });
}, 600_000);
