/**
 * The Arabic-block subsets of the text face: they must draw the report exactly as the published
 * faces do. Both are shaped with HarfBuzz (the shaper Chromium and Firefox use) and compared
 * glyph by glyph: advances, offsets and clusters. Glyph ids are renumbered by subsetting, so the
 * ids themselves are not compared; a missing glyph shows as id 0 (.notdef).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Blob, Buffer as ShapingBuffer, Direction, Face, Font, shape } from 'harfbuzzjs';
import { convert } from 'fontverter';
import { beforeAll, describe, expect, it } from 'vitest';
import { arabicSubsetRanges, inRanges, subsetToArabicBlock, unicodeRangeDescriptor } from '../../src/integrations/arabic-subset';
import { subsetFaces } from '../../src/integrations/subset-fonts';

const root = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const sourceText = readFileSync(path.join(root, 'content/source/V1909259-ar.txt'), 'utf8');

interface ShapedGlyph {
  glyph: number;
  cluster: number;
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

function harfBuzzFont(sfnt: Uint8Array): { face: Face; font: Font } {
  const face = new Face(new Blob(sfnt));
  return { face, font: new Font(face) };
}

function shapeArabic(font: Font, text: string): ShapedGlyph[] {
  const buffer = new ShapingBuffer();
  buffer.addText(text);
  buffer.setDirection(Direction.RTL);
  buffer.setScript('Arab');
  buffer.setLanguage('ar');
  shape(font, buffer);
  return buffer.getGlyphInfosAndPositions().map((glyph) => ({
    glyph: glyph.codepoint,
    cluster: glyph.cluster,
    xAdvance: glyph.xAdvance ?? 0,
    yAdvance: glyph.yAdvance ?? 0,
    xOffset: glyph.xOffset ?? 0,
    yOffset: glyph.yOffset ?? 0,
  }));
}

/**
 * The Arabic-script runs of `text` (with the joining and direction controls that sit inside them):
 * what a browser draws with the Arabic face. Found by Unicode script, not by the subset's ranges,
 * so that a range cut too short shows up as a missing glyph.
 */
function arabicRuns(text: string): string[] {
  return text.match(/[\p{Script=Arabic}\u200c-\u200f]+/gu) ?? [];
}

/** Every Arabic word of the report as extracted, plus every Arabic letter alone and in a word. */
const samples = [
  ...new Set([
    ...sourceText.split(/\s+/).flatMap(arabicRuns),
    ...[...'ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي'].flatMap((letter) => [letter, `ب${letter}ب`, `${letter}ـ${letter}`]),
    ...'لا لأ لإ لآ الاتِّجار ٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹ ،؛؟'.split(' '),
  ]),
];

describe.each(subsetFaces)('the Arabic-block subset of $source', ({ source }) => {
  let full: { face: Face; font: Font };
  let subset: { face: Face; font: Font };
  let sourceBytes: Buffer;
  let subsetBytes: Buffer;

  beforeAll(async () => {
    sourceBytes = readFileSync(require.resolve(source));
    subsetBytes = await subsetToArabicBlock(sourceBytes);
    full = harfBuzzFont(await convert(sourceBytes, 'sfnt'));
    subset = harfBuzzFont(await convert(subsetBytes, 'sfnt'));
  });

  it('maps every code point of the ranges that the published face maps, and nothing else', () => {
    const fullCodePoints = [...full.face.collectUnicodes()].filter((codePoint) => inRanges(codePoint)).sort((a, b) => a - b);
    const subsetCodePoints = [...subset.face.collectUnicodes()].sort((a, b) => a - b);
    expect(fullCodePoints.length).toBeGreaterThan(200);
    expect(subsetCodePoints).toEqual(fullCodePoints);
  });

  it(`shapes all ${samples.length} sample words exactly as the published face does`, () => {
    let compared = 0;
    for (const sample of samples) {
      const expected = shapeArabic(full.font, sample);
      const actual = shapeArabic(subset.font, sample);
      expect(expected.some((glyph) => glyph.glyph === 0), `the published face lacks a glyph in «${sample}»`).toBe(false);
      expect(actual.some((glyph) => glyph.glyph === 0), `the subset lacks a glyph in «${sample}»`).toBe(false);
      const positions = (glyphs: ShapedGlyph[]) => glyphs.map(({ glyph: _glyph, ...position }) => position);
      expect(positions(actual), `«${sample}»`).toEqual(positions(expected));
      compared++;
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('is less than half the size of the published face', () => {
    expect(subsetBytes.length).toBeLessThan(sourceBytes.length / 2);
    expect(subsetBytes.subarray(0, 4).toString('latin1')).toBe('wOF2');
  });
});

describe('src/styles/fonts.css', () => {
  it('declares exactly the subset ranges as the unicode-range of both Arabic faces', () => {
    const css = readFileSync(path.join(root, 'src/styles/fonts.css'), 'utf8');
    const declared = [...css.matchAll(/unicode-range:\s*([^;]+);/g)].map((match) => match[1]!.trim());
    expect(declared).toHaveLength(subsetFaces.length);
    for (const value of declared) expect(value).toBe(unicodeRangeDescriptor(arabicSubsetRanges));
  });
});
