import { describe, expect, it } from 'vitest';
import { letterKey } from '../../src/text/arabic/characters';
import { openerAfterBareWord } from '../../src/ingest/opener-after-bare-word';

const openers = [new Set(['ينبغي'].map(letterKey)), new Set(['وسلَّط', 'وأشار', 'في', 'وفي'].map(letterKey))];

describe('openerAfterBareWord', () => {
  it('finds a unit opener with و straight after a bare word', () => {
    expect(openerAfterBareWord('للتصدي', 'وسلَّط', openers)).toBe(true);
    expect(openerAfterBareWord('الثنائي', 'وأشار', openers)).toBe(true);
  });

  it('lets an opener stand after a full stop, a comma or a closing mark', () => {
    expect(openerAfterBareWord('الإنسانية.', 'وأشار', openers)).toBe(false);
    expect(openerAfterBareWord('الثنائي،', 'وأشار', openers)).toBe(false);
    expect(openerAfterBareWord('"حقوقك"', 'وسلَّط', openers)).toBe(false);
  });

  it('leaves alone words that open no unit, and openers without و or too short to be و and a word', () => {
    expect(openerAfterBareWord('للتصدي', 'وسلَّطت', openers)).toBe(false);
    expect(openerAfterBareWord('للتصدي', 'ينبغي', openers)).toBe(false);
    expect(openerAfterBareWord('الاتِّجار', 'في', openers)).toBe(false);
    expect(openerAfterBareWord('الاتِّجار', 'وفي', openers)).toBe(false);
  });
});
