import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ClassifiedLine } from '../../src/ingest/classified-line';
import { classifyLines } from '../../src/ingest/passes/classify-lines';
import { headingFragmentFirst, reorderTitle } from '../../src/ingest/passes/heading-fragment-first';
import { headingLabelFirst } from '../../src/ingest/passes/heading-label-first';
import { headingParenthesisFirst } from '../../src/ingest/passes/heading-parenthesis-first';
import { readingOrderPasses } from '../../src/ingest/passes/index';
import { leadingFullStop } from '../../src/ingest/passes/leading-full-stop';
import { mastheadDate } from '../../src/ingest/passes/masthead-date';
import { normalizeLines } from '../../src/ingest/passes/normalize';
import { paragraphNumberFirst } from '../../src/ingest/passes/paragraph-number-first';
import { readLines } from '../../src/ingest/passes/read-lines';
import { runReadingOrderPasses, type PassContext, type ReadingOrderPass } from '../../src/ingest/passes/reading-order-pass';
import { recommendationHeadingOrder } from '../../src/ingest/passes/recommendation-heading-order';
import { applyRepairs } from '../../src/ingest/passes/apply-repairs';
import { checkRepairsAgainstPasses } from '../../src/ingest/repairs-against-passes';
import type { Repair } from '../../src/ingest/repairs-schema';
import { Vocabulary } from '../../src/ingest/vocabulary';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/ingest/${name}`, import.meta.url), 'utf8');

/** The mini report's lines, classified, before any reading-order pass. */
const miniLines = (): ClassifiedLine[] => classifyLines(normalizeLines(readLines(fixture('mini-report.txt')).lines));
const lineAt = (lines: ClassifiedLine[], number: number) => lines.find((line) => line.lines[0] === number)!;
const noVocabulary: PassContext = { vocabularyOutside: () => new Vocabulary([]) };

/** Runs one pass on one line of the mini report. */
function applyTo(pass: ReadingOrderPass, number: number, context = noVocabulary): ClassifiedLine {
  return pass.apply(lineAt(miniLines(), number), context);
}

describe('recommendation-heading-order', () => {
  it('writes the word before the number, whatever order and cut extraction left', () => {
    expect(applyTo(recommendationHeadingOrder, 14)).toMatchObject({ text: 'التوصية ١٢', changes: [{ kind: 'pass', name: 'recommendation-heading-order' }] });
    expect(applyTo(recommendationHeadingOrder, 19).text).toBe('التوصية ١٣');
  });

  it('records nothing for a heading already in order, or for other lines', () => {
    const inOrder = classifyLines([{ lines: [1], source: 'التوصية ١٢', text: 'التوصية ١٢', changes: [] }])[0]!;
    expect(recommendationHeadingOrder.apply(inOrder, noVocabulary).changes).toEqual([]);
    expect(applyTo(recommendationHeadingOrder, 15).changes).toEqual([]);
  });
});

describe('heading passes', () => {
  it('heading-label-first puts the label first', () => {
    expect(applyTo(headingLabelFirst, 12).text).toBe('ألف- توصيات عامة');
  });

  it('heading-parenthesis-first moves a leading note to the end of the title', () => {
    const line = headingParenthesisFirst.apply(applyTo(headingLabelFirst, 11), noVocabulary);
    expect(line.text).toBe('ثانياً- التوصيات (تابع)');
    expect(line.role).toEqual({ kind: 'chapter-heading', label: 'ثانياً', title: 'التوصيات (تابع)' });
    expect(line.changes.map((change) => change.name)).toEqual(['heading-label-first', 'heading-parenthesis-first']);
  });

  it('heading-fragment-first moves a leading piece to the end, gluing it to a cut last word', () => {
    const vocabulary = new Vocabulary(['تنظيم حملات', 'فيما يتعلق بالأشخاص', 'توصيات أخرى']);
    expect(reorderTitle('تماعتنظيم الاج', vocabulary)).toBe('تنظيم الاجتماع');
    expect(reorderTitle('بالاتِّجار بالأشخاصتوصيات بشأن تدابير منع الجريمة فيما يتعلق', vocabulary)).toBe(
      'توصيات بشأن تدابير منع الجريمة فيما يتعلق بالاتِّجار بالأشخاص',
    );
  });

  it('heading-fragment-first leaves titles alone when no glued word is found, or when only an article is in front', () => {
    const vocabulary = new Vocabulary(['توصيات أخرى', 'تنظيم']);
    expect(reorderTitle('توصيات عامة', vocabulary)).toBeUndefined();
    expect(reorderTitle('التوصيات (تابع)', vocabulary)).toBeUndefined();
    expect(reorderTitle('تنظيم الاجتماع', vocabulary)).toBeUndefined();
  });

  it('heading-fragment-first leaves a title where two cuts would each leave a known word', () => {
    // «توصيات» and «صيات» are both words elsewhere: which piece came out first is not proven.
    expect(reorderTitle('بالأشخاصتوصيات بشأن', new Vocabulary(['توصيات بشأن', 'صيات أخرى']))).toBeUndefined();
    expect(reorderTitle('بالأشخاصتوصيات بشأن', new Vocabulary(['توصيات بشأن']))).toBe('توصيات بشأن بالأشخاص');
  });

  it('a reviewed repair of a heading the passes read the same, written label last as the source has it, is no longer needed', () => {
    const source = readLines(fixture('mini-report.txt')).lines;
    const repair: Repair = { id: 'line-39', lines: [39], expect: source[38]!.source, text: 'تنظيم الاجتماع -رابعاً', why: 'test' };
    const repaired = classifyLines(normalizeLines(applyRepairs(source, [repair]).lines));
    const problems = checkRepairsAgainstPasses(runReadingOrderPasses(repaired, readingOrderPasses));
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^repair "line-39" .* is no longer needed: the general passes \(heading-label-first, heading-fragment-first\)/),
    ]);
    // A heading repair the passes read otherwise stands.
    const other: Repair = { ...repair, text: 'الاجتماع تنظيم -رابعاً' };
    const kept = classifyLines(normalizeLines(applyRepairs(source, [other]).lines));
    expect(checkRepairsAgainstPasses(runReadingOrderPasses(kept, readingOrderPasses))).toEqual([]);
  });

  it('heading-fragment-first does not let a line vouch for its own words', () => {
    // "تماعتنظيم" occurs only on its own line; counted there, it would pass for a real word.
    const ordered = runReadingOrderPasses(miniLines(), readingOrderPasses);
    expect(lineAt(ordered, 39).text).toBe('رابعاً- تنظيم الاجتماع');
    const heading = lineAt(miniLines(), 39);
    const ownWordsCounted: PassContext = { vocabularyOutside: () => new Vocabulary([heading.text, 'تنظيم']) };
    expect(headingFragmentFirst.apply(heading, ownWordsCounted).role).toMatchObject({ title: 'تماعتنظيم الاج' });
  });
});

describe('paragraph-number-first', () => {
  it('moves a number at the end of the line to the start', () => {
    const line = applyTo(paragraphNumberFirst, 35);
    expect(line.text).toBe('١- وسلَّطت متكلمة أخرى الضوء على أهمية أفرقة التحقيق المشتركة والامتثال لطلبات');
    expect(line.role).toMatchObject({ marker: 'start', number: 1 });
  });

  it('moves a number from the middle of the line to the start and claims no order for the rest', () => {
    // «X -٢ Y» is two halves swapped only where the piece-order passes prove it (they run first:
    // src/ingest/paragraph-number-seam.ts); alone, this pass keeps the rest as extracted.
    const line = applyTo(paragraphNumberFirst, 37);
    expect(line.text).toBe('٢- دِّدَ على أنَّ العمل المنسق من الأمور الأساسية. وفيما يتعلق بمنع معاودة الاتِّجار، شُ');
    expect(line.role).toMatchObject({ marker: 'start', number: 2 });
  });
});

describe('leading-full-stop', () => {
  it('moves a leading full stop to the end', () => {
    expect(applyTo(leadingFullStop, 17)).toMatchObject({ text: 'ضحايا الاتِّجار بالبشر.', changes: [{ name: 'leading-full-stop' }] });
  });

  it('leaves an ellipsis and lines that are not text alone', () => {
    const [ellipsis] = classifyLines([{ lines: [1], source: '...', text: '...', changes: [] }]);
    expect(leadingFullStop.apply(ellipsis!, noVocabulary).text).toBe('...');
  });
});

describe('masthead-date', () => {
  it('reads "year month last-first place،" as "place، first-last month year"', () => {
    expect(applyTo(mastheadDate, 6).text).toBe('فيينا، ٩-١١ أيلول/سبتمبر ٢٠١٩');
  });

  it('leaves a date already in reading order alone', () => {
    const [line] = classifyLines([{ lines: [1], source: 'فيينا، ٩-١١ أيلول/سبتمبر ٢٠١٩', text: 'فيينا، ٩-١١ أيلول/سبتمبر ٢٠١٩', changes: [] }]);
    expect(mastheadDate.apply(line!, noVocabulary).changes).toEqual([]);
  });
});

describe('runReadingOrderPasses', () => {
  it('skips lines a reviewer repaired, even when a pass would change them', () => {
    const lines = miniLines().map((line) => (line.lines[0] === 17 ? { ...line, repairId: 'line-17' } : line));
    const ordered = runReadingOrderPasses(lines, readingOrderPasses);
    expect(lineAt(ordered, 17).text).toBe('.ضحايا الاتِّجار بالبشر');
    expect(lineAt(ordered, 14).text).toBe('التوصية ١٢');
  });
});
