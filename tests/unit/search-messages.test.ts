import { describe, expect, it } from 'vitest';
import { resultCount, searchMessages } from '../../src/search/messages';

describe('resultCount', () => {
  it.each([
    [1, 'نتيجة واحدة'],
    [2, 'نتيجتان'],
    [3, '٣ نتائج'],
    [10, '١٠ نتائج'],
    [11, '١١ نتيجة'],
    [35, '٣٥ نتيجة'],
    [103, '١٠٣ نتائج'],
  ])('%i → %s', (count, text) => {
    expect(resultCount(count)).toBe(text);
  });
});

describe('searchMessages.noResults', () => {
  it('quotes the query back, or speaks of the filters when there is none', () => {
    expect(searchMessages.noResults('xyz')).toContain('«xyz»');
    expect(searchMessages.noResults('')).toBe('لا توجد وحدات تطابق الاختيار.');
  });
});
