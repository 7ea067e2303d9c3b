/**
 * The verbs of the report and every form a reader may type of them: another person, number or
 * tense (يشير finds وأشار and أشارت). A verb is listed by its stems, folded (letters.ts): the
 * perfect stems (أشار, and أشر before a consonant ending, and the passive أُشير) and the imperfect
 * stems (يُشير without its person prefix, and the passive يُشار). Conjugation only adds the person
 * prefixes and endings, so a listed verb never reaches its verbal noun or participle: الإشارة and
 * متكلم are other words than أشار and تكلم, as السلطة is another word than سلَّط.
 */

/** A verb: its citation form (the perfect, third person masculine) is `perfect[0]`. */
export interface VerbEntry {
  perfect: string[];
  imperfect: string[];
}

const verb = (perfect: string, imperfect: string): VerbEntry => ({ perfect: perfect.split(' '), imperfect: imperfect.split(' ') });

/** Every verb the report uses, read from its text. */
export const reportVerbs: VerbEntry[] = [
  verb('انبغي انبغ', 'نبغي نبغ'),
  verb('استهدف', 'ستهدف'),
  verb('احتمل', 'حتمل'),
  verb('تبين', 'تبين'),
  verb('كان كن', 'كون كن'),
  verb('جري جر', 'جري جر'),
  verb('تعرض', 'تعرض'),
  verb('اعتمد', 'عتمد'),
  verb('حث حثث', 'حث'),
  verb('جعل', 'جعل'),
  verb('دفع', 'دفع'),
  verb('شمل', 'شمل'),
  verb('استفاد استفد', 'ستفيد ستفاد'),
  verb('اوصي اوص', 'وصي وص'),
  verb('نظر', 'نظر'),
  verb('قام قم', 'قوم قم'),
  verb('لزم', 'لزم'),
  verb('بدا بدء', 'بدا بدء'),
  verb('سلط', 'سلط'),
  verb('اشار اشر اشير', 'شير شار'),
  verb('تعلق', 'تعلق'),
  verb('شدد', 'شدد'),
  verb('رحب', 'رحب'),
  verb('نوه', 'نوه'),
  verb('اكتشف', 'كتشف'),
  verb('ذكر', 'ذكر'),
  verb('زال زل', 'زال زل'),
  verb('مثل', 'مثل'),
  verb('اتجر', 'تجر'),
  verb('جرم', 'جرم'),
  verb('اضطلع', 'ضطلع'),
  verb('القي الق', 'لقي لق'),
  verb('تولي تول', 'تولي تول'),
  verb('عرض', 'عرض'),
  verb('صدر', 'صدر'),
  verb('اصدر', 'صدر'),
  verb('بث بثث', 'بث'),
  verb('مكن', 'مكن'),
  verb('امكن', 'مكن'),
  verb('اوضح', 'وضح'),
  verb('عد عدد', 'عد'),
  verb('قدم', 'قدم'),
  verb('ساعد', 'ساعد'),
  verb('استخدم', 'ستخدم'),
  verb('اضاف اضف', 'ضيف ضاف'),
  verb('انشا انشء', 'نشء نشا'),
  verb('اختتم', 'ختتم'),
  verb('ناقش', 'ناقش'),
  verb('بذل', 'بذل'),
  verb('وضع', 'ضع وضع'),
  verb('اشرك', 'شرك'),
  verb('وفر', 'وفر'),
  verb('تكلم', 'تكلم'),
  verb('استرشد', 'سترشد'),
];

/**
 * Words of the report spelled like a form of a listed verb but used there as another word:
 * مثل "such as", قدم "foot" (على قدم المساواة), the verbal nouns بذل، وضع، تبيُّن, the adverb نظراً, the noun عدد.
 */
export const notVerbsInReport = new Set(['مثل', 'قدم', 'بذل', 'وضع', 'تبين', 'نظرا', 'عدد']);

const perfectEndings = ['', 'ت', 'ا', 'تا', 'وا', 'ن', 'تم', 'تما', 'تن', 'نا'];
const imperfectPrefixes = ['ي', 'ت', 'ن', 'ا'];
const imperfectEndings = ['', 'ون', 'ان', 'ين', 'وا', 'ا', 'ن'];

/** Every written form of a verb (without particles or object pronouns), folded. */
export function verbForms(entry: VerbEntry): Set<string> {
  const forms = new Set<string>();
  for (const stem of entry.perfect) for (const ending of perfectEndings) forms.add(stem + ending);
  for (const stem of entry.imperfect) {
    for (const prefix of imperfectPrefixes) for (const ending of imperfectEndings) forms.add(prefix + stem + ending);
  }
  return forms;
}

/** Form → the indexes (in `verbs`) of the verbs it can be a form of. */
export function verbFormIndex(verbs: VerbEntry[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  verbs.forEach((entry, position) => {
    for (const form of verbForms(entry)) {
      const list = index.get(form) ?? [];
      list.push(position);
      index.set(form, list);
    }
  });
  return index;
}
