/**
 * Words that say nothing about what a passage is about, written as they appear in the report.
 * The tokenizer normalizes and stems this list with the same rules as the text, so an entry
 * catches every spelling of the word ("الأعضاء", "الأعضـــاء", "أعضاء").
 */

/** Prepositions, conjunctions, pronouns, relatives and other function words. */
export const functionWords: readonly string[] = [
  'في', 'من', 'على', 'إلى', 'عن', 'مع', 'أو', 'أن', 'إن', 'أنَّ', 'لا', 'ما', 'لم', 'لن', 'قد', 'ثم',
  'بين', 'لدى', 'ذلك', 'هذا', 'هذه', 'تلك', 'التي', 'الذي', 'الذين', 'اللاتي', 'بما', 'كما', 'بشأن',
  'أي', 'كل', 'جميع', 'بعض', 'أيضا', 'غير', 'حين', 'حيث', 'عند', 'بعد', 'قبل', 'خلال', 'أجل', 'نحو',
  'سياق', 'مثل', 'منها', 'فيها', 'فيما', 'يتعلق', 'المتعلقة', 'أنه', 'أنها', 'هو', 'هي', 'له', 'لها',
  'به', 'بها', 'هم', 'كان', 'يكون', 'يكونون', 'بغرض', 'بغية', 'بهدف', 'عدد', 'طريق', 'سبيل', 'المثال',
  'إلا', 'إذا', 'أمر', 'وكذلك', 'بوصفها', 'باعتبارها', 'إطار', 'بشكل', 'خاص', 'وبخاصة',
  // The report quotes one English title; its function words are as empty as the Arabic ones.
  'a', 'an', 'and', 'for', 'how', 'in', 'of', 'on', 'the', 'to',
];

/**
 * Words nearly every unit of this report shares, so they would link everything to everything:
 * the formula of each recommendation ("ينبغي للدول الأعضاء النظر في …"), the subject of the
 * whole report (trafficking in persons), and the reporting verbs of the deliberations ("وسلَّط
 * عدة متكلمين الضوء على أهمية …").
 */
export const reportWords: readonly string[] = [
  'ينبغي', 'الدول', 'الأعضاء', 'النظر', 'بأهمية', 'الاتِّجار', 'بالبشر', 'بالأشخاص',
  'متكلم', 'المتكلمين', 'متكلمة', 'متكلمون', 'المتكلمات', 'عدة', 'عدَّة', 'العديد', 'أحد', 'أخرى',
  'أشار', 'أشارت', 'أشير', 'الإشارة', 'سلَّط', 'سلَّطت', 'سلَّطوا', 'الضوء', 'أهمية', 'شدَّد', 'شدَّدت',
  'نوَّه', 'أضاف', 'أضافت', 'أوضح', 'الحاجة', 'ضرورة', 'المهم',
];
