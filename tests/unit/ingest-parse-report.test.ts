import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/ingest/parse-report';
import { parseRepairsFile } from '../../src/ingest/repairs-schema';
import { wordListOf } from '../../src/ingest/word-list';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/ingest/${name}`, import.meta.url), 'utf8');
const repairsOf = (name: string) => parseRepairsFile(fixture(name)).repairs;
const options = { sourcePath: 'tests/unit/fixtures/ingest/mini-report.txt' };
// Standing for Debian's Arabic word list (which the CLI asks): the words of paragraphs 1 and 2
// that no other line of the mini report holds. Without them paragraph 1's opener is no word and
// paragraph 2's first line («… الأساسية.   -٢ وفيما …») has no proven reading.
const miniOptions = { ...options, wordList: wordListOf('وسلطت متكلمة أخرى الضوء أهمية أفرقة التحقيق المشتركة والامتثال لطلبات شدد العمل المنسق الأمور الأساسية وفيما يتعلق بمنع معاودة'.split(' ')) };

describe('parseReport on the mini report', () => {
  const { report, damage, problems } = parseReport(fixture('mini-report.txt'), repairsOf('mini-repairs.json'), miniOptions);

  it('has no problems and no damage left once its one damaged line is repaired', () => {
    expect(problems).toEqual([]);
    expect(damage).toEqual([]);
  });

  it('reads the masthead', () => {
    expect(report!.document).toEqual({
      body: 'الفريق العامل المعني بالاتِّجار بالأشخاص',
      place: 'فيينا',
      dates: '٩-١١ أيلول/سبتمبر ٢٠١٩',
      title: 'مشروع التقرير',
      subtitle: 'إضافة',
      jobNumber: 'V.19-09259 (A)',
      language: 'ar',
      source: 'tests/unit/fixtures/ingest/mini-report.txt',
    });
  });

  it('builds the sections with ids from their labels, titles in reading order and their lines', () => {
    expect(report!.sections).toEqual([
      { id: 'ii', label: 'ثانياً', title: 'التوصيات (تابع)', parent: null, order: 1, sourceLines: [11] },
      { id: 'ii-a', label: 'ألف', title: 'توصيات عامة', parent: 'ii', order: 2, sourceLines: [12] },
      { id: 'ii-b', label: 'باء', title: 'توصيات بشأن تدابير منع الجريمة فيما يتعلق بالاتِّجار بالأشخاص', parent: 'ii', order: 3, sourceLines: [22] },
      {
        id: 'ii-c',
        label: 'جيم',
        title: 'توصيات بشأن الموظفين الدبلوماسيين والقنصليين أو ضباط الاتصال في البعثات الدبلوماسية والقنصلية والأدوار التي يضطلعون بها في التصدي للاتِّجار بالبشر',
        parent: 'ii',
        order: 4,
        sourceLines: [27, 28],
      },
      { id: 'iii', label: 'ثالثاً', title: 'ملخَّص المداولات (تابع)', parent: null, order: 5, sourceLines: [34] },
      { id: 'iv', label: 'رابعاً', title: 'تنظيم الاجتماع', parent: null, order: 6, sourceLines: [39] },
      { id: 'iv-b', label: 'باء', title: 'الكلمات (تابع)', parent: 'iv', order: 7, sourceLines: [40] },
    ]);
  });

  it('builds the units: numbers as integers, Arabic-Indic digits in titles, text in reading order without the printed paragraph number, all their lines', () => {
    expect(report!.units.map(({ id, kind, number, section, order, title, url, sourceLines }) => ({ id, kind, number, section, order, title, url, sourceLines }))).toEqual([
      { id: 'recommendation-12', kind: 'recommendation', number: 12, section: 'ii-a', order: 1, title: 'التوصية ١٢', url: '/recommendations/12/', sourceLines: [14, 15, 17] },
      { id: 'recommendation-13', kind: 'recommendation', number: 13, section: 'ii-a', order: 2, title: 'التوصية ١٣', url: '/recommendations/13/', sourceLines: [19, 20] },
      { id: 'recommendation-14', kind: 'recommendation', number: 14, section: 'ii-b', order: 3, title: 'التوصية ١٤', url: '/recommendations/14/', sourceLines: [24, 25] },
      { id: 'recommendation-15', kind: 'recommendation', number: 15, section: 'ii-c', order: 4, title: 'التوصية ١٥', url: '/recommendations/15/', sourceLines: [29, 30, 31, 32, 33] },
      { id: 'paragraph-1', kind: 'paragraph', number: 1, section: 'iii', order: 5, title: 'الفقرة ١', url: '/paragraphs/1/', sourceLines: [35, 36] },
      { id: 'paragraph-2', kind: 'paragraph', number: 2, section: 'iii', order: 6, title: 'الفقرة ٢', url: '/paragraphs/2/', sourceLines: [37] },
      { id: 'paragraph-3', kind: 'paragraph', number: 3, section: 'iv-b', order: 7, title: 'الفقرة ٣', url: '/paragraphs/3/', sourceLines: [42] },
    ]);
    expect(report!.units.map((unit) => unit.text)).toEqual([
      'ينبغي للدول الأعضاء تنظيم حملات توعية تستهدف الضحايا والمجموعات التي يحتمل أن تتبيَّن ضحايا الاتِّجار بالبشر.',
      'ينبغي للدول الأعضاء تبادل المعلومات بشأن الشبكات الإجرامية الضالعة في الاتِّجار بالأشخاص.',
      'ينبغي للدول الأعضاء وضع قوالب نموذجية لدعم نجاح الملاحقات القضائية.',
      'ينبغي للدول الأعضاء تبادل الخبرات بشأن وضع سياسات وتشريعات وإرشادات منسقة على الصعيد الدولي بغرض تحفيز المؤسسات التجارية على وضع وتنفيذ استراتيجيات طويلة الأمد لتقييم المخاطر، وتحديد المجالات ذات الأولوية، والالتزام بالحرص الواجب على نحو محدد الأهداف بغية حماية العمال المستضعفين، وتقديم تقارير عن تلك الاستراتيجيات.',
      'وسلَّطت متكلمة أخرى الضوء على أهمية أفرقة التحقيق المشتركة والامتثال لطلبات المساعدة القانونية المتبادلة في التصدي للاتِّجار بالأشخاص.',
      'وفيما يتعلق بمنع معاودة الاتِّجار، شُدِّدَ على أنَّ العمل المنسق من الأمور الأساسية.',
      'وسلَّط متكلمون الضوء أيضا على أهمية التعاون.',
    ]);
  });

  it('records every reading-order change with what made it and what it belongs to', () => {
    const changes = report!.readingOrderChanges;
    expect(changes.find((change) => change.madeBy.kind === 'reviewed-repair')).toEqual({
      lines: [32],
      source: 'ــالحرص الواجــب على نحو محــدد لتقييم المخــاطر، وتحــديــد الم ــة، والالتزام ب جــالات ذات الأولوي',
      published: 'لتقييم المخاطر، وتحديد المجالات ذات الأولوية، والالتزام بالحرص الواجب على نحو محدد',
      madeBy: { kind: 'reviewed-repair', name: 'line-32' },
      belongsTo: 'recommendation-15',
      owner: { kind: 'unit', id: 'recommendation-15' },
    });
    expect(changes.find((change) => change.lines[0] === 6)).toEqual({
      lines: [6],
      source: '        ٢٠١٩أيلول/سبتمبر  ١١-٩فيينا،',
      published: 'فيينا، ٩-١١ أيلول/سبتمبر ٢٠١٩',
      madeBy: { kind: 'pass', name: 'masthead-date' },
      belongsTo: 'masthead',
      owner: { kind: 'masthead' },
    });
    expect(changes.filter((change) => change.lines[0] === 39).map((change) => [change.madeBy.name, change.belongsTo, change.published])).toEqual([
      ['heading-label-first', 'section-iv', 'رابعاً- تنظيم الاجتماع'],
      ['heading-fragment-first', 'section-iv', 'رابعاً- تنظيم الاجتماع'],
    ]);
    expect(changes.find((change) => change.lines[0] === 39)!.owner).toEqual({ kind: 'section', id: 'iv' });
    expect(changes.map((change) => change.lines[0])).toEqual([...changes.map((change) => change.lines[0])].sort((a, b) => a - b));
    // Lines already in reading order are not listed.
    expect(changes.some((change) => [15, 20, 25, 28, 36, 42].includes(change.lines[0]))).toBe(false);
  });

  it('carries each reviewed repair with its reason and the unit its line is published in', () => {
    expect(report!.reviewedRepairs).toEqual([
      {
        id: 'line-32',
        lines: [32],
        source: 'ــالحرص الواجــب على نحو محــدد لتقييم المخــاطر، وتحــديــد الم ــة، والالتزام ب جــالات ذات الأولوي',
        published: 'لتقييم المخاطر، وتحديد المجالات ذات الأولوية، والالتزام بالحرص الواجب على نحو محدد',
        why: 'أجزاء قُطعت داخل الكلمات (ب + الحرص، الم + جالات، الأولوي + ة) ودارت في السطر. الجزء «…على نحو محدد لتقييم المخاطر…» يحمل آخر كلمات السطر متبوعة مباشرة بأول كلماته، فمن «لتقييم» يبدأ السطر وعند «محدد» ينتهي، فتتصل بأول السطر التالي: «على نحو محدد الأهداف».',
        owner: { kind: 'unit', id: 'recommendation-15' },
      },
    ]);
    expect(parseReport(fixture('mini-report.txt'), [], miniOptions).report!.reviewedRepairs).toEqual([]);
  });

  it('without the repair, lists the damage left on its line and still builds', () => {
    const unrepaired = parseReport(fixture('mini-report.txt'), [], miniOptions);
    expect(unrepaired.problems).toEqual([]);
    expect(unrepaired.damage).toEqual([
      { line: 32, belongsTo: 'recommendation-15', check: 'word-fragment', text: 'ة،' },
      { line: 32, belongsTo: 'recommendation-15', check: 'word-fragment', text: 'ب' },
      { line: 32, belongsTo: 'recommendation-15', check: 'tatweel-edge', text: 'الحرص' },
      { line: 32, belongsTo: 'recommendation-15', check: 'tatweel-edge', text: 'ة،' },
    ]);
  });
});

describe('parseReport on bad input', () => {
  const problemsOf = (name: string) => parseReport(fixture(name), [], options).problems.map((problem) => `${problem.line}: ${problem.message}`);

  it('reports headings and units that cannot be placed, each at its line, all at once', () => {
    expect(problemsOf('unplaced-headings.txt')).toEqual([
      '4: a section heading before the masthead is complete (missing: title, subtitle)',
      '4: subsection "ألف" comes before any chapter heading',
      '5: recommendation 12 comes before any chapter or subsection heading',
      '9: text that belongs to no recommendation or paragraph (expected "التوصية N" or a paragraph number before it)',
      '10: a heading with the label "سابعاً", which is not a chapter label ingest knows (أولاً to سادساً)',
      '13: section "ثانياً" (ii) appears again (first at line 8)',
      '14: recommendation 14 has no text',
    ]);
  });

  it('reports missing, repeated and out-of-order numbers', () => {
    expect(problemsOf('numbering-errors.txt')).toEqual([
      '10: recommendation 14 follows recommendation 12 (line 8): recommendation 13 is missing',
      '12: recommendation 14 is numbered again (first at line 10)',
      '14: recommendation 13 comes after recommendation 14 (line 10): numbers must run in order',
      '17: the first paragraph is numbered 2; paragraphs are numbered from 1',
      '19: paragraph 5 follows paragraph 3 (line 18): paragraph 4 is missing',
    ]);
  });

  it('reports an empty file', () => {
    expect(problemsOf('empty.txt')).toEqual(['1: the file is empty: there is no report to read']);
  });

  it('reports a masthead that never completes', () => {
    expect(parseReport('V.19-09259 (A)\nالفريق العامل\n', [], options).problems).toEqual([
      { file: 'source', line: 2, message: 'the masthead is incomplete (missing: place and dates, title, subtitle) and no section follows' },
    ]);
  });
});

describe('the fidelity invariant', () => {
  const [repair] = repairsOf('mini-repairs.json');

  it('fails a repair that drops, adds or changes a character, naming the unit and the characters', () => {
    const dropped = { ...repair!, text: repair!.text.replace('المخاطر،', 'المخاطر') };
    const changed = { ...repair!, text: repair!.text.replace('المجالات', 'المجالة') };
    expect(parseReport(fixture('mini-report.txt'), [dropped], options).problems).toEqual([
      { file: 'source', line: 30, message: 'the text of recommendation-15 does not hold the same characters as its source lines (missing: "،" (U+060C) x1)' },
    ]);
    expect(parseReport(fixture('mini-report.txt'), [changed], options).problems[0]!.message).toBe(
      'the text of recommendation-15 does not hold the same characters as its source lines (missing: "ا" (U+0627) x1, "ت" (U+062A) x1; added: "ة" (U+0629) x1)',
    );
  });

  it('ignores white space and tatweel, and counts a bracket as its mirror', () => {
    const respaced = { ...repair!, text: `(${repair!.text.replaceAll(' ', '   ').replace('لتقييم', 'لتقيـــيم')}(` };
    const source = fixture('mini-report.txt').replace('ــالحرص الواجــب', ')ــالحرص الواجــب').replace('الأولوي\n', 'الأولوي(\n');
    const respacedRepair = { ...respaced, expect: `)${respaced.expect}(` };
    expect(parseReport(source, [respacedRepair], options).problems).toEqual([]);
  });
});
