/**
 * The recall table: queries a reader might type, each with every unit that must come back, worked
 * out by reading the unit texts of the report (not by running the search). `first` is the unit a
 * query names. Each variation the search promises to handle is covered at least twice.
 */

import { unitId } from '../src/report/addresses';

/** What a row exercises, printed beside the recall. */
export type Variation =
  | 'diacritics'
  | 'tatweel'
  | 'hamza on alef'
  | 'hamza seat'
  | 'final ى/ي'
  | 'digits'
  | 'particles'
  | 'names a unit'
  | 'phrase'
  | 'Latin'
  | 'mixed scripts'
  | 'sound plural, dual, case'
  | 'feminine, plural, pronoun'
  | 'broken plural'
  | 'verb person, tense'
  | 'several words'
  | 'partial'
  | 'quoted phrase'
  | 'same root, other word'
  | 'ة typed as ه';

/** One row of the table. */
export interface QueryCase {
  query: string;
  variation: Variation;
  /** Every unit the query must return. */
  mustReturn: string[];
  /** The unit that must be listed first, when the query names one. */
  first?: string;
  /**
   * Units that are right answers too, beyond `mustReturn`, for precision: the table's earlier rows
   * listed the units that write the query's own form; the search now also finds the word's other
   * forms (الدولية → الدولي), which are right answers, not noise.
   */
  alsoRelevant?: string[];
  /** No unit has every word: the results must be shown as partial matches. */
  partial?: boolean;
}

/** A word the report does not use in any form: it must find nothing and say so, with a suggestion when one is close. */
export interface AbsentCase {
  query: string;
  /** The report's word offered as "did you mean", when one is one or two letters away. */
  suggestion?: string;
}

const r = (...numbers: number[]) => numbers.map((n) => unitId('recommendation', n));
const p = (...numbers: number[]) => numbers.map((n) => unitId('paragraph', n));
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

// Every unit that writes الاتِّجار, with or without ب / ل / ال (read unit by unit; 18, 20–22, 26,
// 34 and paragraphs 1, 5, 7, 8, 15 do not have it).
const trafficking = [
  ...r(12, 13, 14, 15, 16, 17, 19, 23, 24, 25, 27, 28, 29, 30, 31, 32, 33),
  ...p(2, 3, 4, 6, 9, 10, 11, 12, 13, 14, 16, 17, 18),
];
// الأعضاء: every recommendation ("ينبغي للدول الأعضاء", "تحثُّ الدول الأعضاء") and paragraph 12 ("نزع الأعضاء").
const memberStates = [...r(...range(12, 34)), ...p(12)];
// المسؤولين: paragraphs 8, 10 (twice) and 16.
const officials = p(8, 10, 16);

// Every recommendation says "ينبغي للدول الأعضاء" or "تحثُّ الدول الأعضاء".
const allRecommendations = r(...range(12, 34));

/** The table; at least 30 rows. */
export const queryTable: QueryCase[] = [
  { query: 'الاتجار', variation: 'diacritics', mustReturn: trafficking },
  { query: 'الاتِّجار', variation: 'diacritics', mustReturn: trafficking },
  { query: 'المعرضة', variation: 'diacritics', mustReturn: r(12) },
  { query: 'مقدمي', variation: 'diacritics', mustReturn: r(12) },
  { query: 'الأعضـــاء', variation: 'tatweel', mustReturn: memberStates },
  { query: 'التشـــاور', variation: 'tatweel', mustReturn: r(12) },
  { query: 'الاعضاء', variation: 'hamza on alef', mustReturn: memberStates },
  { query: 'الإتجار', variation: 'hamza on alef', mustReturn: trafficking },
  { query: 'الاقرار', variation: 'hamza on alef', mustReturn: r(16) },
  { query: 'اسبانيا', variation: 'hamza on alef', mustReturn: p(15) },
  { query: 'اوروبا', variation: 'hamza on alef', mustReturn: p(15, 17) },
  { query: 'المسئولين', variation: 'hamza seat', mustReturn: officials },
  { query: 'المسؤولين', variation: 'hamza seat', mustReturn: officials },
  { query: 'يبدئوا', variation: 'hamza seat', mustReturn: [...r(33), ...p(17)] },
  { query: 'لدي', variation: 'final ى/ي', mustReturn: p(5, 15, 17) },
  { query: 'أوصي', variation: 'final ى/ي', mustReturn: p(1) },
  { query: 'العظمي', variation: 'final ى/ي', mustReturn: p(12, 18) },
  { query: 'تولي', variation: 'final ى/ي', mustReturn: p(15) },
  { query: '2014', variation: 'digits', mustReturn: p(17) },
  { query: '٢٠١٤', variation: 'digits', mustReturn: p(17) },
  // Paragraph 18 has "البندين ٢ و٣": the dual of البند and the number ٣.
  { query: 'البند 3', variation: 'digits', mustReturn: p(14, 15), alsoRelevant: p(18) },
  { query: 'التكنولوجيا', variation: 'particles', mustReturn: r(30) },
  { query: 'تكنولوجيا', variation: 'particles', mustReturn: r(30) },
  { query: 'الأطفال', variation: 'particles', mustReturn: r(15, 18) },
  { query: 'المغرب', variation: 'particles', mustReturn: p(16) },
  { query: 'الثنائي', variation: 'particles', mustReturn: p(5, 16) },
  { query: 'الامتثال', variation: 'particles', mustReturn: [...r(16), ...p(4, 12)] },
  // Typed with a particle, the word is found in every form: every unit with الاتِّجار is a right answer.
  { query: 'بالاتِّجار', variation: 'particles', mustReturn: [...r(13, 31), ...p(11)], alsoRelevant: trafficking },
  { query: 'للاتِّجار', variation: 'particles', mustReturn: [...r(16, 27, 28), ...p(4, 14)], alsoRelevant: trafficking },
  { query: 'السخرة', variation: 'particles', mustReturn: [...r(26), ...p(12)] },
  { query: 'العمال', variation: 'particles', mustReturn: [...r(20, 25, 26, 28, 32, 33, 34), ...p(12)] },
  { query: 'المنزليين', variation: 'particles', mustReturn: r(32, 33), alsoRelevant: p(17) },
  { query: 'مثال', variation: 'particles', mustReturn: [...r(26), ...p(5, 17)] },
  { query: 'الضحايا', variation: 'particles', mustReturn: [...r(12, 14, 15, 30), ...p(2, 3, 6, 7, 9, 10, 12, 16)] },
  { query: 'الاستغلال', variation: 'particles', mustReturn: [...r(12, 28, 30), ...p(12)] },
  // الدولي is the same adjective (r34, p16, p17); الدول is another word.
  { query: 'الدولية', variation: 'particles', mustReturn: [...r(23, 24), ...p(15)], alsoRelevant: [...r(34), ...p(16, 17)] },
  // الدبلوماسيون and الدبلوماسية (p14, p15) are forms of the same adjective.
  { query: 'الدبلوماسيين', variation: 'particles', mustReturn: p(17), alsoRelevant: p(14, 15) },
  { query: 'الإسبانية', variation: 'particles', mustReturn: p(16) },
  { query: 'التوصية 12', variation: 'names a unit', mustReturn: r(12), first: 'recommendation-12' },
  { query: 'توصية ١٢', variation: 'names a unit', mustReturn: r(12), first: 'recommendation-12' },
  { query: 'الفقرة 5', variation: 'names a unit', mustReturn: p(5), first: 'paragraph-5' },
  { query: 'فقرة ١٨', variation: 'names a unit', mustReturn: p(18), first: 'paragraph-18' },
  { query: 'الفقرة ١', variation: 'names a unit', mustReturn: p(1), first: 'paragraph-1' },
  // Recommendation 12 and paragraph 12 both exist; the recommendation comes first in the document.
  { query: '12', variation: 'names a unit', mustReturn: [...r(12), ...p(12)], first: 'recommendation-12' },
  // Paragraph 11 has the singular, "سلسلة التوريد".
  { query: 'سلاسل التوريد', variation: 'phrase', mustReturn: r(23, 24, 25, 26, 27), alsoRelevant: p(11) },
  { query: 'وسائط الإعلام', variation: 'phrase', mustReturn: [...r(19), ...p(8, 16)] },
  { query: 'REDTRAM', variation: 'Latin', mustReturn: p(16) },
  { query: 'handbook', variation: 'Latin', mustReturn: p(17) },
  { query: 'الاتجار REDTRAM', variation: 'mixed scripts', mustReturn: p(16) },

  // Issue 13: words typed in another form than the text's. Each list was made by reading every unit
  // for every form of the word (with particles and pronouns), and leaving out other words of the
  // same root (تقديم is not قدَّم، الإشارة is not أشار، السياساتية is not السياسات).

  // متكلمين، المتكلمين، متكلمون، متكلمة، المتكلمات (paragraph 18's verb تكلَّم is another word).
  { query: 'المتكلمون', variation: 'sound plural, dual, case', mustReturn: p(2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13) },
  { query: 'متكلم', variation: 'sound plural, dual, case', mustReturn: p(2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13) },
  // المسؤولين; not المسؤوليات (p17), another word.
  { query: 'المسؤول', variation: 'sound plural, dual, case', mustReturn: p(8, 10, 16) },
  // الدبلوماسيون، الدبلوماسية (p14), الدبلوماسية (p15), الدبلوماسيين (p17).
  { query: 'الدبلوماسي', variation: 'sound plural, dual, case', mustReturn: p(14, 15, 17) },
  // الموظفين، موظفو، موظفيها، موظفي، الموظفون.
  { query: 'موظف', variation: 'sound plural, dual, case', mustReturn: [...r(25, 26, 32, 33), ...p(5, 8, 10, 14, 16, 17)] },
  { query: 'المهاجرون', variation: 'sound plural, dual, case', mustReturn: [...r(20, 26), ...p(12)] },
  // البلدان، بلدان (p5), البلد (p7), البلاد (r33, p17).
  { query: 'بلدين', variation: 'sound plural, dual, case', mustReturn: [...r(33), ...p(5, 7, 17)] },
  // جلستيه، جلساته.
  { query: 'جلسة', variation: 'sound plural, dual, case', mustReturn: p(14) },
  { query: 'مرحلة', variation: 'sound plural, dual, case', mustReturn: p(16) },
  // والقنصليون، والقنصلية (p14), القنصليين (p17).
  { query: 'القنصلي', variation: 'sound plural, dual, case', mustReturn: p(14, 17) },
  // The nominative of المواطنين (p7); مواطن الضعف (p12) is another word, "places".
  { query: 'المواطنون', variation: 'sound plural, dual, case', mustReturn: p(7) },
  // The oblique of المناظران (p15).
  { query: 'المناظرين', variation: 'sound plural, dual, case', mustReturn: p(15) },
  // ممثل (p15), ممثلو الأطراف (p18).
  { query: 'ممثلين', variation: 'sound plural, dual, case', mustReturn: p(15, 18) },
  { query: 'ممثلي', variation: 'sound plural, dual, case', mustReturn: p(15, 18) },
  // المسؤولين (p8, p10, p16); not والمسؤوليات (p17), the responsibilities.
  { query: 'مسؤولو', variation: 'sound plural, dual, case', mustReturn: p(8, 10, 16) },
  { query: 'المدرسون', variation: 'sound plural, dual, case', mustReturn: p(8) },
  { query: 'الزائرون', variation: 'sound plural, dual, case', mustReturn: r(28) },
  // البند (p14, p15), البندين (p18).
  { query: 'البندان', variation: 'sound plural, dual, case', mustReturn: p(14, 15, 18) },
  { query: 'مرحلتان', variation: 'sound plural, dual, case', mustReturn: p(16) },
  // القضائية (r21, p10), قضائيين (p5).
  { query: 'القضائيون', variation: 'sound plural, dual, case', mustReturn: [...r(21), ...p(5, 10)] },

  { query: 'حملة', variation: 'feminine, plural, pronoun', mustReturn: [...r(14), ...p(2)] },
  { query: 'مبادرة', variation: 'feminine, plural, pronoun', mustReturn: r(12) },
  // حقوقك (r18), بحقوقهم (r28), الحقوق (p17); ملحق (p15) is another word.
  { query: 'حق', variation: 'feminine, plural, pronoun', mustReturn: [...r(18, 28), ...p(17)] },
  // السياسات، سياساتها، سياسات; not السياساتية (r27).
  { query: 'سياسة', variation: 'feminine, plural, pronoun', mustReturn: [...r(15, 25, 34), ...p(17)] },
  // الشبكات، شبكة، شبكات; not الشبكية.
  { query: 'شبكة', variation: 'feminine, plural, pronoun', mustReturn: [...r(17, 27), ...p(16)] },
  { query: 'منظمة', variation: 'feminine, plural, pronoun', mustReturn: [...r(13, 23, 24), ...p(2, 15, 16, 17)] },
  { query: 'قدرة', variation: 'feminine, plural, pronoun', mustReturn: [...r(13, 19), ...p(8, 10, 16)] },
  { query: 'تشريع', variation: 'feminine, plural, pronoun', mustReturn: [...r(34), ...p(10, 12)] },
  { query: 'معلومة', variation: 'feminine, plural, pronoun', mustReturn: [...r(17), ...p(8, 17)] },
  { query: 'ممارسة', variation: 'feminine, plural, pronoun', mustReturn: [...r(19, 23, 26), ...p(5, 17)] },
  // حماية، وحماية.
  { query: 'حمايتهم', variation: 'feminine, plural, pronoun', mustReturn: [...r(34), ...p(17)] },
  { query: 'مبادرتها', variation: 'feminine, plural, pronoun', mustReturn: r(12) },
  // الحكومات; not الحكومية (r13, r29, p16), the adjective.
  { query: 'لحكومتها', variation: 'feminine, plural, pronoun', mustReturn: r(25) },
  { query: 'سياسته', variation: 'feminine, plural, pronoun', mustReturn: [...r(15, 25, 34), ...p(17)] },
  // السلطة القضائية (p10).
  { query: 'والسلطات', variation: 'feminine, plural, pronoun', mustReturn: p(10) },
  // وزارات (r32), وزارة (p15).
  { query: 'وزارة', variation: 'feminine, plural, pronoun', mustReturn: [...r(32), ...p(15)] },
  { query: 'تأشيرة', variation: 'feminine, plural, pronoun', mustReturn: p(7) },
  { query: 'انتهاك', variation: 'feminine, plural, pronoun', mustReturn: p(10) },
  { query: 'مؤسسة', variation: 'feminine, plural, pronoun', mustReturn: [...r(26, 34), ...p(6, 11)] },
  // موظفات: the feminine plural of the report's الموظفين، موظفي، موظفو، الموظفون.
  { query: 'الموظفات', variation: 'feminine, plural, pronoun', mustReturn: [...r(25, 26, 32, 33), ...p(5, 8, 10, 14, 16, 17)] },
  // بروتوكول، البروتوكول، لبروتوكول (p13, p18): a masculine with an ات plural.
  { query: 'بروتوكولات', variation: 'feminine, plural, pronoun', mustReturn: p(13, 18) },
  // تدريب، التدريب (r24, r33, p8, p10, p17): a verbal noun's ات plural.
  { query: 'التدريبات', variation: 'feminine, plural, pronoun', mustReturn: [...r(24, 33), ...p(8, 10, 17)] },

  // ة typed as ه, read as ة only when the word as typed is not in the report.
  { query: 'الشرطه', variation: 'ة typed as ه', mustReturn: p(15) },
  { query: 'السخره', variation: 'ة typed as ه', mustReturn: [...r(26), ...p(12)] },

  { query: 'دولة', variation: 'broken plural', mustReturn: [...allRecommendations, ...p(2, 15, 18)] },
  { query: 'تقرير', variation: 'broken plural', mustReturn: r(19, 34) },
  { query: 'طفل', variation: 'broken plural', mustReturn: r(15, 18) },
  // The feminine a reader may type for a plural the report writes in the masculine's broken plural,
  // and امرأة, whose plural نساء comes from another root.
  { query: 'الطفلة', variation: 'broken plural', mustReturn: r(15, 18) },
  { query: 'العاملات', variation: 'broken plural', mustReturn: [...r(20, 25, 26, 28, 32, 33, 34), ...p(12)] },
  { query: 'المرأة', variation: 'broken plural', mustReturn: [...r(15), ...p(12)] },
  { query: 'امرأة', variation: 'broken plural', mustReturn: [...r(15), ...p(12)] },
  // الناجين's feminine: a participle of a verb ending in ي keeps the ي (ناجٍ، ناجية).
  { query: 'الناجيات', variation: 'feminine, plural, pronoun', mustReturn: [...r(12), ...p(3)] },
  { query: 'جريمة', variation: 'broken plural', mustReturn: p(13, 16) },
  { query: 'عضو', variation: 'broken plural', mustReturn: memberStates },
  { query: 'ضحية', variation: 'broken plural', mustReturn: [...r(12, 14, 15, 30), ...p(2, 3, 6, 7, 9, 10, 12, 16)] },
  // الأهداف، بهدف; not تستهدف (r14), a verb.
  { query: 'هدف', variation: 'broken plural', mustReturn: [...r(34), ...p(2, 10)] },
  { query: 'تدبير', variation: 'broken plural', mustReturn: [...r(13, 18, 23, 29), ...p(7, 12)] },
  { query: 'أسرة', variation: 'broken plural', mustReturn: p(17) },
  { query: 'أدوار', variation: 'broken plural', mustReturn: [...r(30), ...p(8, 13, 14, 17)] },
  // الأطر (r27), إطار (p15, p18); not الأطراف.
  { query: 'إطار', variation: 'broken plural', mustReturn: [...r(27), ...p(15, 18)] },
  // أمر، الأمر، الأمور، أمرا; not الأمريكية.
  { query: 'أمور', variation: 'broken plural', mustReturn: [...r(31, 32), ...p(6, 16)] },
  { query: 'مبدأ', variation: 'broken plural', mustReturn: r(25) },
  { query: 'شكل', variation: 'broken plural', mustReturn: [...r(13), ...p(12)] },
  { query: 'سلسلة', variation: 'broken plural', mustReturn: [...r(23, 24, 25, 26, 27), ...p(11)] },
  // أفرقة التحقيق (r16, p4), الفريق العامل، للفريق (p1, p14, p17).
  { query: 'فريق', variation: 'broken plural', mustReturn: [...r(16), ...p(1, 4, 14, 17)] },
  // رسوم استقدام الموظفين.
  { query: 'رسم', variation: 'broken plural', mustReturn: r(25, 26) },
  // وضباط (p5), ضباط (p14), لضباط (p16).
  { query: 'ضابط', variation: 'broken plural', mustReturn: p(5, 14, 16) },
  // إنفاذ القانون (r12), إنفاذ قانون العمل، لقانون (p10).
  { query: 'قوانين', variation: 'broken plural', mustReturn: [...r(12), ...p(10)] },
  { query: 'أداة', variation: 'broken plural', mustReturn: r(27) },
  // بالأشخاص, and الشخص (p12).
  { query: 'شخص', variation: 'broken plural', mustReturn: [...r(16, 17, 19, 25, 27, 31), ...p(4, 10, 11, 12, 13, 16, 17, 18)] },
  { query: 'الجاني', variation: 'broken plural', mustReturn: p(16) },
  // أجهزة إنفاذ القانون (r12), أجهزة النيابة العامة (p5).
  { query: 'جهاز', variation: 'broken plural', mustReturn: [...r(12), ...p(5)] },
  { query: 'منزل', variation: 'broken plural', mustReturn: p(17) },
  { query: 'تقاريرها', variation: 'broken plural', mustReturn: r(19, 34) },
  // المكتب (p8, p13, p16).
  { query: 'مكاتب', variation: 'broken plural', mustReturn: p(8, 13, 16) },
  // خطة (p16).
  { query: 'الخطط', variation: 'broken plural', mustReturn: p(16) },
  // البند (p14, p15), البندين (p18).
  { query: 'بنود', variation: 'broken plural', mustReturn: p(14, 15, 18) },
  // أصحاب المصلحة (r27).
  { query: 'مصالح', variation: 'broken plural', mustReturn: r(27) },

  // وأشار، أشار، أشارت، وأشارت، أُشير، وأُشير; not الإشارة (p2 has both).
  { query: 'يشير', variation: 'verb person, tense', mustReturn: p(2, 3, 5, 6, 7, 8, 10, 11, 12, 13, 16, 17) },
  // سلَّط، وسلَّطت، وسُلِّط، وسلَّطوا; not السلطة (p10).
  { query: 'يسلط', variation: 'verb person, tense', mustReturn: p(2, 4, 5, 9, 11, 12, 13, 17) },
  { query: 'يضيف', variation: 'verb person, tense', mustReturn: p(16, 17) },
  { query: 'تشدد', variation: 'verb person, tense', mustReturn: p(6, 16, 17) },
  { query: 'يستفيد', variation: 'verb person, tense', mustReturn: [...r(31), ...p(17)] },
  // يكون، يكونون، تكون، كانت; not السكان.
  { query: 'كان', variation: 'verb person, tense', mustReturn: [...r(15, 28), ...p(16)] },
  // تقدم الدعم، قدَّمت، قدَّمته; not تقديم، المقدَّمة، ومقدِّمي, other words.
  { query: 'يقدم', variation: 'verb person, tense', mustReturn: p(16, 17) },
  { query: 'نوهت', variation: 'verb person, tense', mustReturn: p(10, 13) },
  { query: 'رحبوا', variation: 'verb person, tense', mustReturn: p(8, 13) },
  // وناقشت; not المناقشة or ومناقشاته.
  { query: 'ناقش', variation: 'verb person, tense', mustReturn: p(17) },
  { query: 'أشاروا', variation: 'verb person, tense', mustReturn: p(2, 3, 5, 6, 7, 8, 10, 11, 12, 13, 16, 17) },
  // شدد، وشدد، شددت، وشددت.
  { query: 'شددوا', variation: 'verb person, tense', mustReturn: p(6, 16, 17) },
  { query: 'أضافت', variation: 'verb person, tense', mustReturn: p(16, 17) },
  // أوصى الفريق العامل (p1).
  { query: 'أوصت', variation: 'verb person, tense', mustReturn: p(1) },
  { query: 'ألقت', variation: 'verb person, tense', mustReturn: p(15) },
  { query: 'يوضح', variation: 'verb person, tense', mustReturn: p(16) },
  // تُستخدم (p16); not استخدام, the verbal noun.
  { query: 'يستخدمون', variation: 'verb person, tense', mustReturn: p(16) },
  { query: 'يكتشف', variation: 'verb person, tense', mustReturn: p(10) },

  { query: 'حملات توعية', variation: 'several words', mustReturn: [...r(14), ...p(2)] },
  // تدريب موظفيها، تدريب موظفي، تدريب الموظفين.
  { query: 'تدريب الموظفين', variation: 'several words', mustReturn: [...r(33), ...p(8, 10, 17)] },
  // تعزيز التعاون (p11), تعزيز … التعاون (p16), تعزيز … والتعاون (p17).
  { query: 'تعزيز التعاون', variation: 'several words', mustReturn: p(11, 16, 17) },
  // وضباط اتصال (p5), ضباط الاتصال (p14), لضباط الاتصال (p16).
  { query: 'ضابط الاتصال', variation: 'several words', mustReturn: p(5, 14, 16) },
  { query: 'تأشيرة الإقامة', variation: 'several words', mustReturn: p(7) },
  // No unit has both: السخرة (r26, p12), النمسا (p16).
  { query: 'السخرة النمسا', variation: 'partial', mustReturn: [...r(26), ...p(12, 16)], partial: true },
  { query: 'الأطفال المغرب', variation: 'partial', mustReturn: [...r(15, 18), ...p(16)], partial: true },
  // The report does not use الإنسان: the units with حقوق, each labelled.
  { query: 'حقوق الإنسان', variation: 'partial', mustReturn: [...r(18, 28), ...p(17)], partial: true },
  // The report writes وسائط الإعلام, not وسائل.
  { query: 'وسائل الإعلام', variation: 'partial', mustReturn: [...r(19), ...p(8, 16)], partial: true },

  { query: '"بناء القدرات"', variation: 'quoted phrase', mustReturn: [...r(13), ...p(8, 10, 16)] },
  { query: '"الدول الأعضاء"', variation: 'quoted phrase', mustReturn: allRecommendations },
  { query: '«سلسلة التوريد»', variation: 'quoted phrase', mustReturn: [...r(23, 24, 25, 26, 27), ...p(11)] },
  // إنفاذ القانون (r12), إنفاذ قانون العمل (p10).
  { query: '"إنفاذ القانون"', variation: 'quoted phrase', mustReturn: [...r(12), ...p(10)] },
  // العمال المنزليين (r32), للعمال المنزليين (r33): the singular typed, the report's plural in order;
  // not الفريق العامل … الاستعباد المنزلي (p17).
  { query: '"العامل المنزلي"', variation: 'quoted phrase', mustReturn: r(32, 33) },

  { query: 'السلطة', variation: 'same root, other word', mustReturn: p(10) },
  // The servants of paragraph 17 (خدم المنازل), not the services (الخدمات).
  { query: 'خدم', variation: 'same root, other word', mustReturn: p(17) },
  { query: 'الخدمة', variation: 'same root, other word', mustReturn: [...r(12, 18), ...p(7, 12)] },
  { query: 'قيمة', variation: 'same root, other word', mustReturn: p(11) },
  { query: 'الدولي', variation: 'same root, other word', mustReturn: [...r(23, 24, 34), ...p(15, 16, 17)] },
  // عرضة للسخرة / للاتِّجار (r26, r28); not العرض (p17) nor المعرَّضة (r12).
  { query: 'عرضة', variation: 'same root, other word', mustReturn: r(26, 28) },
  // على وجه الخصوص (p12), وخصوصا (p16); not خاص، الخاصة.
  { query: 'الخصوص', variation: 'same root, other word', mustReturn: p(12, 16) },
  // المواقع الشبكية (p16); not شبكة، الشبكات.
  { query: 'الشبكية', variation: 'same root, other word', mustReturn: p(16) },
  // ملاجئ آمنة (r22); not الأمن (p17).
  { query: 'آمنة', variation: 'same root, other word', mustReturn: r(22) },
  // غير الحكومية، الحكومية (r13, r29, p16); not الحكومات (r25).
  { query: 'الحكومية', variation: 'same root, other word', mustReturn: [...r(13, 29), ...p(16)] },
];

/**
 * Words the report does not use in any form (checked by reading: ملاجئ is not اللاجئين، أصحاب is
 * not الصحة، بإمكان is not إمكانات). Each must find nothing and say so; a misspelt word of the report
 * gets it as a suggestion.
 */
export const absentWords: AbsentCase[] = [
  { query: 'كورونا' },
  { query: 'الإرهاب' },
  { query: 'المخدرات' },
  { query: 'اللاجئين' },
  { query: 'السلاح' },
  { query: 'انتخابات' },
  { query: 'إمكانات' },
  { query: 'الاقتصاد' },
  { query: 'التعليم' },
  { query: 'الفساد' },
  { query: 'مكانة' },
  { query: 'الصحة' },
  { query: 'الاتجاز', suggestion: 'الاتجار' },
  { query: 'المنطمات', suggestion: 'المنظمات' },
  { query: 'الضحيا', suggestion: 'الضحايا' },
  { query: 'العنف' },
  { query: 'اللجوء' },
  { query: 'الإنترنت' },
  { query: 'الزواج' },
  { query: 'البرلمان' },
  { query: 'تاجر' },
  { query: 'التعاوون', suggestion: 'التعاون' },
  { query: 'المسؤلين', suggestion: 'المسؤولين' },
];
