import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { damageChecks, findDamage, type DamageLine, type DamageTarget } from '../../src/ingest/damage';
import { wordsWithKeys } from '../../src/ingest/words';
import { Vocabulary } from '../../src/ingest/vocabulary';

/** A unit made of the given lines, numbered from 100. */
function unit(...texts: string[]): DamageTarget {
  return { belongsTo: 'paragraph-1', isUnit: true, lines: texts.map((text, index) => ({ line: 100 + index, text, words: wordsWithKeys(text) })) };
}

/** The findings of one check, as "line: text". */
function found(checkName: string, target: DamageTarget, vocabulary = new Vocabulary([])): string[] {
  const check = damageChecks.find((each) => each.name === checkName)!;
  return check.find(target, vocabulary).map((finding) => `${finding.line}: ${finding.text}`);
}

describe('damage checks', () => {
  it('word-fragment: a bare article or a lone letter, with or without marks, including a standalone و', () => {
    expect(found('word-fragment', unit('أعضاء النيابة ال قانون.', 'من شُ و التعاون وال تصدي.'))).toEqual(['100: ال', '101: شُ', '101: و', '101: وال']);
    expect(found('word-fragment', unit('البندين ٢ و٣ من جدول الأعمال، و/أو عنوان.'))).toEqual([]);
  });

  it('glued-punctuation: a full stop, comma or colon touching the next letter', () => {
    expect(found('glued-punctuation', unit('على الفئات المستضعفة.تِّجقدراتها', 'التوصيات التالية:أوصى الفريق،وأشار'))).toEqual([
      '100: المستضعفة.تِّجقدراتها',
      '101: التالية:أوصى',
      '101: الفريق،وأشار',
    ]);
    expect(found('glued-punctuation', unit('نهاية الجملة. بداية أخرى، ثم: شيء.'))).toEqual([]);
  });

  it('leading-punctuation: a line that starts with closing punctuation', () => {
    expect(found('leading-punctuation', unit('، حول الاتِّجار', '(مثل المدرسين) نص.', '.بالأشخاص'))).toEqual(['100: ، حول الاتِّجار', '102: .بالأشخاص']);
  });

  it('split-word: a word used only here that joins a neighbour into a word used elsewhere', () => {
    const vocabulary = new Vocabulary(['أهمية الإصغاء إلى الضحايا', 'الإص غاء إلى الضحايا']);
    expect(found('split-word', unit('الإص غاء إلى الضحايا'), vocabulary)).toEqual(['100: الإص غاء']);
    expect(found('split-word', unit('أهمية الإصغاء إلى الضحايا'), vocabulary)).toEqual([]);
  });

  it('unbalanced-pairs: brackets that do not pair up and an odd number of quotes', () => {
    expect(found('unbalanced-pairs', unit('الأطباء) ووسائط', '"اعرف حقوقك"'))).toEqual(['100: brackets ( ) [ ] { } « » do not pair up']);
    expect(found('unbalanced-pairs', unit('بعنوان "Handbook', 'workers) (٢٠١٤)'))).toEqual(['100: brackets ( ) [ ] { } « » do not pair up', '100: an odd number (1) of double quotes']);
    expect(found('unbalanced-pairs', unit('في البند [جلساته] "أ" (مثل) «نص».'))).toEqual([]);
  });

  it('unfinished-unit: a unit not ending in "." or ":" (headings need not)', () => {
    expect(found('unfinished-unit', unit('بما في ذلك المساعدة', 'الإنسانية، وأشار'))).toEqual(['101: الإنسانية، وأشار']);
    expect(found('unfinished-unit', unit('اعتماد التوصيات التالية:'))).toEqual([]);
    expect(found('unfinished-unit', { ...unit('توصيات عامة'), isUnit: false })).toEqual([]);
  });

  it('latin-glued: Latin letters touching Arabic ones', () => {
    expect(found('latin-glued', unit('مثل شبكة REDTRAMالاتصال', 'بعنوان "Handbook on" أصدرته'))).toEqual(['100: REDTRAMالاتصال']);
  });
});

describe('findDamage', () => {
  it('lists every finding with its unit and check, by source line', () => {
    const first: DamageTarget = { ...unit('من شُ', 'فقرة.'), belongsTo: 'paragraph-6' };
    const second: DamageTarget = { belongsTo: 'section-iv', isUnit: false, lines: [{ line: 50, text: '،تنظيم', words: wordsWithKeys('،تنظيم') }] };
    expect(findDamage([first, second], new Vocabulary([]))).toEqual([
      { line: 50, belongsTo: 'section-iv', check: 'glued-punctuation', text: '،تنظيم' },
      { line: 50, belongsTo: 'section-iv', check: 'leading-punctuation', text: '،تنظيم' },
      { line: 100, belongsTo: 'paragraph-6', check: 'word-fragment', text: 'شُ' },
    ]);
  });
});

/** A line of a fixture: published text alone, or with the source it was reordered from. */
type FixtureLine = string | { text: string; source: string; reordered?: boolean };
interface FixtureCase {
  lines: FixtureLine[];
  isUnit?: boolean;
  found?: string[];
}

/** tests/unit/fixtures/damage/<check>.json: texts where the check must fire, and where it must not. */
function fixtureOf(checkName: string): { fires: FixtureCase[]; quiet: FixtureCase[] } {
  return JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures/damage', `${checkName}.json`), 'utf8'));
}

function fixtureTarget({ lines, isUnit = true }: FixtureCase): DamageTarget {
  return {
    belongsTo: 'paragraph-1',
    isUnit,
    lines: lines.map((each, index): DamageLine => {
      const text = typeof each === 'string' ? each : each.text;
      const reordered = typeof each === 'string' ? undefined : (each.reordered ?? true);
      const source = typeof each === 'string' ? undefined : each.source;
      return { line: 100 + index, text, words: wordsWithKeys(text), source, reordered };
    }),
  };
}

describe.each(['dangling-preposition', 'list-without-conjunction', 'seam', 'shown-cut', 'tatweel-edge'])('%s on its fixtures', (checkName) => {
  const { fires, quiet } = fixtureOf(checkName);

  it.each(fires.map((each) => [each.lines.map((line) => (typeof line === 'string' ? line : line.text)).join(' / '), each] as const))('fires on: %s', (_, fixture) => {
    expect(found(checkName, fixtureTarget(fixture))).toEqual(fixture.found);
  });

  it.each(quiet.map((each) => [each.lines.map((line) => (typeof line === 'string' ? line : line.text)).join(' / '), each] as const))('stays quiet on: %s', (_, fixture) => {
    expect(found(checkName, fixtureTarget(fixture))).toEqual([]);
  });
});
