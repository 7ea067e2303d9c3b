import { describe, expect, it } from 'vitest';
import { comesBefore, readingInListOrder, sortKey, standsInListOrder } from '../../src/ingest/sorted-list';

// Paragraph 18 of the report: the parties that spoke, as published.
const before = 'الاتِّجار بالأشخاص: الاتحاد الأوروبي، الاتحاد الروسي، أستراليا، إندونيسيا، إيطاليا، باراغواي،';
const line = 'البحرين، بوتسوانا، الجزائر، دولة فلسطين، رومانيا، سري لانكا، فرنسا، كولومبيا، المكسيك،';
const after = 'المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية، نيوزيلندا، هولندا.';
/** The line turned round to start at its n-th word. */
const turn = (text: string, at: number) => {
  const words = text.split(' ');
  return [...words.slice(at), ...words.slice(0, at)].join(' ');
};

describe('Arabic alphabetical order of names', () => {
  it('leaves out the article and the hamza on alif', () => {
    expect(sortKey('الاتحاد الأوروبي')).toEqual(['اتحاد', 'اوروبي']);
    expect(comesBefore('الاتحاد الروسي', 'أستراليا')).toBe(true);
    expect(comesBefore('أستراليا', 'إندونيسيا')).toBe(true);
    expect(comesBefore('باراغواي', 'البحرين')).toBe(true);
    expect(comesBefore('الجزائر', 'دولة فلسطين')).toBe(true);
    expect(comesBefore('كولومبيا', 'المكسيك')).toBe(true);
    expect(comesBefore('المكسيك', 'المملكة المتحدة')).toBe(true);
    // A hamza on the alif of «أل…» is no article: «ألبانيا» sorts under ا-ل.
    expect(comesBefore('ألبانيا', 'أنغولا')).toBe(true);
    expect(comesBefore('الأرجنتين', 'ألبانيا')).toBe(true);
  });

  it('puts a name before a longer name it starts, and never a name before itself', () => {
    expect(comesBefore('دولة', 'دولة فلسطين')).toBe(true);
    expect(comesBefore('دولة فلسطين', 'دولة')).toBe(false);
    expect(comesBefore('فرنسا', 'فرنسا')).toBe(false);
    expect(comesBefore('هولندا', 'نيوزيلندا')).toBe(false);
  });
});

describe('standsInListOrder', () => {
  it('takes the published line, its list in order across both line breaks', () => {
    expect(standsInListOrder(before, line, after)).toBe(true);
  });

  it('takes no other turn of the line', () => {
    const words = line.split(' ');
    for (let at = 1; at < words.length; at++) expect(standsInListOrder(before, turn(line, at), after), turn(line, at)).toBe(false);
  });

  it('chooses the one turn in order from all the turns of the line', () => {
    const turns = line.split(' ').map((_, at) => turn(line, at));
    expect(readingInListOrder(turns, before, after, () => true)).toBe(line);
  });

  it('refuses where the lines around show no ordered list', () => {
    expect(standsInListOrder(before, line, 'المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية، هولندا، نيوزيلندا.')).toBe(false);
    // One name on each side: the line's own order is all there is, and a line of a few names may
    // stand in order by chance.
    expect(standsInListOrder('تكلَّم ممثلو الأطراف التالية: باراغواي،', line, 'هولندا.')).toBe(false);
    // The order on one side is enough: the line before holds five pairs in order.
    expect(standsInListOrder(before, line, 'وأشار عدة متكلمين إلى أهمية التعاون.')).toBe(true);
    expect(standsInListOrder(undefined, line, after)).toBe(false);
    expect(standsInListOrder(before, line, undefined)).toBe(false);
  });

  it('refuses a line whose parts are not names of a list', () => {
    const sentence = 'وسلَّط عدة متكلمين الضوء على مواطن الضعف الهيكلية والمرتبطة بالسياق، أمام الاتِّجار';
    expect(standsInListOrder(before, sentence, after)).toBe(false);
  });

  it('refuses to choose where two readings stand in order, and a reading that glued a word', () => {
    const glued = line.replace('سري لانكا', 'سريلانكا');
    expect(standsInListOrder(before, glued, after)).toBe(true);
    expect(readingInListOrder([line, glued], before, after, () => true)).toBeUndefined();
    const keepsWords = (reading: string) => !reading.includes('سريلانكا');
    expect(readingInListOrder([glued, turn(glued, 3)], before, after, keepsWords)).toBeUndefined();
  });
});
