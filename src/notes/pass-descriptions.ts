/**
 * What each general reading-order pass does, in Arabic, for the editorial notes page. Keyed by
 * the pass's name as ingest records it in readingOrderChanges (src/ingest/passes/index.ts); a
 * test fails when a pass has no description here.
 */
export const passDescriptions: Readonly<Record<string, string>> = {
  'recommendation-heading-order':
    'عنوان التوصية: خرج الرقم في المستخرَج قبل كلمة «التوصية» (وقُطعت الكلمة أحياناً)، فكُتب العنوان: الكلمة ثم الرقم.',
  'heading-label-first':
    'عنوان القسم: خرج رمز القسم (ثانياً، ألف…) في المستخرَج في آخر العنوان، فقُدِّم إلى أوله.',
  'heading-parenthesis-first':
    'عنوان القسم: خرجت الملاحظة بين قوسين «(تابع)» في المستخرَج قبل العنوان، فأُخِّرت إلى آخره.',
  'heading-fragment-first':
    'عنوان القسم: خرج الجزء الأخير من العنوان في المستخرَج في أوله ملتصقاً بكلمته الأولى، فأُعيد إلى آخره.',
  'paragraph-number-first':
    'رقم الفقرة: خرج الرقم في المستخرَج في آخر السطر الأول أو في وسطه، فقُدِّم إلى أول الفقرة، وبقي سائر السطر على ترتيبه في المستخرَج.',
  'leading-full-stop':
    'النقطة الختامية: خرجت نقطة آخر الجملة في المستخرَج في أول السطر، فأُعيدت إلى آخره.',
  'swapped-halves':
    'سطر قُسم قسمين: خرج آخر السطر في المستخرَج قبل أوله، فأُعيد النصفان إلى ترتيبهما، لأن هذه القراءة وحدها تحفظ حروف السطر، وتجعل كل كلمة كلمةً، وتتصل بالسطرين قبله وبعده.',
  'reversed-pieces':
    'سطر قُسم ثلاث قطع أو أكثر: خرجت القطع في المستخرَج من الأخيرة إلى الأولى، فأُعيدت إلى ترتيبها، لأن هذه القراءة وحدها تحفظ حروف السطر، وتجعل كل كلمة كلمةً، وتتصل بالسطرين قبله وبعده.',
  'masthead-date':
    'المكان والتاريخ: خرج السطر في المستخرَج معكوساً (السنة أولاً والمكان آخراً)، فأُعيد إلى: المكان، ثم الأيام، ثم الشهر، ثم السنة.',
};

/** The Arabic description of a pass; names the pass and the fix when the description is missing. */
export function describePass(name: string): string {
  const description = passDescriptions[name];
  if (description === undefined) {
    throw new Error(`src/notes/pass-descriptions.ts: no Arabic description for the reading-order pass "${name}"; add one.`);
  }
  return description;
}
