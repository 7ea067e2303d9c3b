import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { resultDataOf } from '../../src/search/result-data';

/** A fragment file as Pagefind writes one: gzip of its signature and the fragment's JSON. */
function fragment(id: string, data: unknown, signature = 'pagefind_dcd') {
  return { id, bytes: gzipSync(Buffer.from(signature + JSON.stringify(data))) };
}

const twelve = { url: '/recommendations/12/', content: 'aab aac', meta: { title: 'التوصية ١٢', image: 'x' }, filters: { section: ['ثانياً'] }, word_count: 2 };
const five = { url: '/paragraphs/5/', content: 'aad', meta: { title: 'الفقرة ٥' }, filters: { section: ['ثالثاً'] } };

describe('resultDataOf', () => {
  it('gives each Pagefind result id the URL, title, filters and codes of its fragment, and nothing else', () => {
    const file = resultDataOf([fragment('ar_1', twelve), fragment('ar_2', five)], ['/recommendations/12/', '/paragraphs/5/']);
    expect(file).toEqual({
      ar_1: { url: '/recommendations/12/', content: 'aab aac', meta: { title: 'التوصية ١٢' }, filters: { section: ['ثانياً'] } },
      ar_2: { url: '/paragraphs/5/', content: 'aad', meta: { title: 'الفقرة ٥' }, filters: { section: ['ثالثاً'] } },
    });
  });

  it('fails on a unit without a fragment, a fragment of no unit, two fragments of one unit, or a fragment it cannot read', () => {
    expect(() => resultDataOf([fragment('ar_1', twelve)], ['/recommendations/12/', '/paragraphs/5/'])).toThrow('no fragment for /paragraphs/5/');
    expect(() => resultDataOf([fragment('ar_1', twelve), fragment('ar_2', five)], ['/recommendations/12/'])).toThrow('pages not indexed: /paragraphs/5/');
    expect(() => resultDataOf([fragment('ar_1', twelve), fragment('ar_3', twelve)], ['/recommendations/12/'])).toThrow('ar_1 and ar_3 are both /recommendations/12/');
    expect(() => resultDataOf([fragment('ar_1', twelve, 'other')], ['/recommendations/12/'])).toThrow('fragment ar_1: does not start with');
    expect(() => resultDataOf([fragment('ar_1', { url: '/recommendations/12/' })], ['/recommendations/12/'])).toThrow('fragment ar_1: no url, content');
  });
});
