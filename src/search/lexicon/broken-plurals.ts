/**
 * Broken plurals: the plural is another pattern of the same root (دولة / دول، تقرير / تقارير,
 * حق / حقوق). No rule derives one from the other without knowing the word (دول is the plural of
 * دولة, but دولي is another word), so the pairs are listed: every broken plural of the report, and
 * the plural of every singular of the report a reader might type in the plural. Each pair is
 * checked against the pattern it claims (`brokenPluralPatterns`), so a typing slip cannot pair
 * two unrelated words; tests/unit/search-lexicon.test.ts runs the check.
 *
 * Forms are folded (letters.ts): no hamza on alef, ء for the hamza on و or ي.
 */

/** A singular pattern and its plural pattern; 1–4 stand for the root letters. */
export interface BrokenPluralPattern {
  name: string;
  singular: string;
  plural: string;
}

export const brokenPluralPatterns: BrokenPluralPattern[] = [
  { name: 'فعل / أفعال', singular: '123', plural: 'ا12ا3' },
  { name: 'فاعل / أفعال', singular: '1ا23', plural: 'ا12ا3' },
  { name: 'فعل / أفعال (hollow)', singular: '1ا3', plural: 'ا1وا3' },
  { name: 'فعل / فعول', singular: '123', plural: '12و3' },
  { name: 'فعّ / فعول (doubled)', singular: '12', plural: '12و2' },
  { name: 'فعلة / فعل', singular: '123ة', plural: '123' },
  { name: 'فعال / فعل', singular: '12ا3', plural: '123' },
  { name: 'فاعل / فعل', singular: '1ا23', plural: '123' },
  { name: 'فاعل / فعّال', singular: '1ا23', plural: '12ا3' },
  { name: 'فعل / فعال', singular: '123', plural: '12ا3' },
  { name: 'فاعل / فواعل', singular: '1ا23', plural: '1وا23' },
  { name: 'فعيلة / فعائل', singular: '12ي3ة', plural: '12اء3' },
  { name: 'فعيل / فعائل', singular: '12ي3', plural: '12اء3' },
  { name: 'فعيّة / فعايا', singular: '12ية', plural: '12ايا' },
  { name: 'فعال / أفعلة', singular: '12ا3', plural: 'ا123ة' },
  { name: 'فعيل / أفعلاء (doubled)', singular: '12ي2', plural: 'ا12اء' },
  { name: 'فعيل / أفعلة (doubled)', singular: '12ي2', plural: 'ا12ة' },
  { name: 'فعيل / فعل', singular: '12ي3', plural: '123' },
  { name: 'فعو / أفعاء', singular: '12و', plural: 'ا12اء' },
  { name: 'فاعي / فعاة', singular: '1ا2ي', plural: '12اة' },
  { name: 'مفعل / مفاعل', singular: 'م123', plural: 'م1ا23' },
  { name: 'مفعأ / مفاعئ', singular: 'م12ا', plural: 'م1ا2ء' },
  { name: 'تفعيل / تفاعيل', singular: 'ت12ي3', plural: 'ت1ا2ي3' },
  { name: 'فعنال / فعالل', singular: '12نا34', plural: '12ا34' },
  { name: 'فعللة / فعالل', singular: '1234ة', plural: '12ا34' },
  { name: 'فعاة / فعيات', singular: '12اة', plural: '12يات' },
  { name: 'فعلة / فعل (doubled)', singular: '12ة', plural: '122' },
  { name: 'فعيل / أفعلة', singular: '12ي3', plural: 'ا123ة' },
  { name: 'فاعول / فواعيل', singular: '1ا2و3', plural: '1وا2ي3' },
  { name: 'فعاة / فعوات', singular: '12اة', plural: '12وات' },
  { name: 'مفعلة / مفاعل', singular: 'م123ة', plural: 'م1ا23' },
  { name: 'فعلل / فعالل', singular: '1234', plural: '12ا34' },
];

/** Singular and plural, folded. */
export const brokenPlurals: [singular: string, plural: string][] = [
  ['دولة', 'دول'],
  ['حق', 'حقوق'],
  ['طفل', 'اطفال'],
  ['فرد', 'افراد'],
  ['خط', 'خطوط'],
  ['جهاز', 'اجهزة'],
  ['عضو', 'اعضاء'],
  ['تدبير', 'تدابير'],
  ['تقرير', 'تقارير'],
  ['غرض', 'اغراض'],
  ['صاحب', 'اصحاب'],
  ['اطار', 'اطر'],
  ['دور', 'ادوار'],
  ['بلد', 'بلاد'],
  ['قالب', 'قوالب'],
  ['ملجا', 'ملاجء'],
  ['مبدا', 'مبادء'],
  ['ساكن', 'سكان'],
  ['مورد', 'موارد'],
  ['جاني', 'جناة'],
  ['جريمة', 'جراءم'],
  ['مال', 'اموال'],
  ['امر', 'امور'],
  ['نوع', 'انواع'],
  ['شكل', 'اشكال'],
  ['هدف', 'اهداف'],
  ['راتب', 'رواتب'],
  ['عقد', 'عقود'],
  ['خادم', 'خدم'],
  ['منزل', 'منازل'],
  ['اسرة', 'اسر'],
  ['موقع', 'مواقع'],
  ['وسيط', 'وساءط'],
  ['ضحية', 'ضحايا'],
  ['قضية', 'قضايا'],
  ['طرف', 'اطراف'],
  ['صوت', 'اصوات'],
  ['جهد', 'جهود'],
  ['عمل', 'اعمال'],
  ['شان', 'شءون'],
  ['طبيب', 'اطباء'],
  ['موطن', 'مواطن'],
  ['برنامج', 'برامج'],
  ['دليل', 'ادلة'],
  ['طريق', 'طرق'],
  ['امة', 'امم'],
  ['سلسلة', 'سلاسل'],
  ['فتاة', 'فتيات'],
  ['فريق', 'افرقة'],
  ['رسم', 'رسوم'],
  ['ضابط', 'ضباط'],
  ['قانون', 'قوانين'],
  ['اداة', 'ادوات'],
  ['شخص', 'اشخاص'],
  ['مكتب', 'مكاتب'],
  ['خطة', 'خطط'],
  ['بند', 'بنود'],
  ['مصلحة', 'مصالح'],
  ['جدول', 'جداول'],
];

/**
 * Pairs no pattern relates, folded, each a word a reader types and the report's plural that
 * answers it: a feminine whose plural is its masculine's broken plural (طفلة → أطفال; عاملة, so
 * «العاملات», → العمال), and امرأة, whose plural نساء comes from another root (after the article
 * its first alif is not written: المرأة). Joined like the broken plurals, but not checked against
 * a pattern.
 */
export const pairsWithoutPattern: [typed: string, plural: string][] = [
  ['طفلة', 'اطفال'],
  ['عاملة', 'عمال'],
  ['امراة', 'نساء'],
  ['مراة', 'نساء'],
];

/**
 * A singular the report also writes as another word, so that it cannot be joined to its plural:
 * عامل is "working" in الفريق العامل and "worker" in العاملين، while العمال are only workers.
 * Typed, the singular finds both words; the plural still finds only itself. Checked against a
 * pattern like the broken plurals.
 */
export const oneWayPairs: [typed: string, plural: string][] = [['عامل', 'عمال']];

/** Every singular/plural pair the lexicon joins: the broken plurals, then the pairs no pattern relates. */
export const pluralPairs: [singular: string, plural: string][] = [...brokenPlurals, ...pairsWithoutPattern];

/** The pattern a pair fits, or undefined. Root letters may be any letter; the same digit is the same letter. */
export function fittingPattern(singular: string, plural: string): BrokenPluralPattern | undefined {
  return brokenPluralPatterns.find((pattern) => {
    const roots = new Map<string, string>();
    const fits = (template: string, word: string): boolean => {
      const letters = [...word];
      if (letters.length !== template.length) return false;
      return [...template].every((slot, index) => {
        const letter = letters[index]!;
        if (!/[1-4]/u.test(slot)) return slot === letter;
        const known = roots.get(slot);
        if (known === undefined) {
          roots.set(slot, letter);
          return true;
        }
        // A root hamza may sit on alef in one form and stand alone in the other (ملجأ / ملاجئ).
        return known === letter || (/[اء]/u.test(known) && /[اء]/u.test(letter));
      });
    };
    return fits(pattern.singular, singular) && fits(pattern.plural, plural);
  });
}
