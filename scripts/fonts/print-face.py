"""
Makes the print face, Amiri Print, from @fontsource's Amiri (Arabic subset, 400 and 700).

Why: Chromium writes a right-to-left run into a PDF in visual order, so a letter's diacritic is
drawn before the letter, at the origin the face's mark positioning gives it, over the middle of
the letter. poppler (pdftotext) files the letter and its marks at that origin, and starts a new
word when a glyph begins more than a tenth of an em after the previous one ended: «الاتِّجار»
comes back «الاِّت جار». docs/pdf.md has the measurements.

What: every mark glyph (GDEF class 3) is drawn DELTA units further along, and every anchor that
places it (mark-to-base, mark-to-ligature, mark-to-mark, on both sides) moves by the same DELTA.
The ink lands where it did, to the unit; only the glyph's origin moves back by DELTA, toward the
letter's own start, where poppler expects the next piece of the word. Glyphs that borrow a mark as
a component (the dots of ب ت ث …) take it back by DELTA, so they are unchanged too.

Run (Python 3 with fontTools and brotli; not part of the build):
    python3 scripts/fonts/print-face.py
It rewrites src/styles/fonts/amiri-print-arabic-{400,700}.woff2. Then run
tests/site/print-face.test.ts (the printed pages look the same as in @fontsource's Amiri) and
tests/site/pdf-text-layer.test.ts (the words come back).
"""
from pathlib import Path

from fontTools.ttLib import TTFont

# A fifth of an em: measured best for pdftotext (docs/pdf.md has the sweep).
DELTA = 200
ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / 'node_modules/@fontsource/amiri/files/amiri-arabic-{weight}-normal.woff2'
TARGET = ROOT / 'src/styles/fonts/amiri-print-arabic-{weight}.woff2'
STYLE = {'400': 'Regular', '700': 'Bold'}


def mark_glyphs(font):
    return {name for name, glyph_class in font['GDEF'].table.GlyphClassDef.classDefs.items() if glyph_class == 3}


def move_outlines(font, marks):
    """Draws each mark DELTA further along; glyphs built from marks take them back."""
    glyf, hmtx = font['glyf'], font['hmtx']
    moved = []
    for name in font.getGlyphOrder():
        glyph = glyf[name]
        if name in marks and glyph.numberOfContours != 0:
            if glyph.isComposite():
                # A component that is itself a mark has moved already.
                for component in glyph.components:
                    if component.glyphName not in marks:
                        component.x += DELTA
            else:
                glyph.coordinates.translate((DELTA, 0))
            moved.append(name)
        elif glyph.isComposite() and any(component.glyphName in marks for component in glyph.components):
            for component in glyph.components:
                if component.glyphName in marks:
                    component.x -= DELTA
            moved.append(name)
    # Bounds only once every outline has moved: a composite's bounds come from its components'.
    # The left side bearing follows xMin, as it did, since a renderer places the outline by it.
    before = {name: getattr(glyf[name], 'xMin', 0) for name in moved}
    for name in moved:
        glyf[name].recalcBounds(glyf)
        advance, bearing = hmtx[name]
        hmtx[name] = (advance, bearing + glyf[name].xMin - before[name])


def move_anchors(font):
    """Every anchor by which a mark is placed, or a mark carries another, moves with its ink."""
    moved = 0
    for lookup in font['GPOS'].table.LookupList.Lookup:
        for subtable in lookup.SubTable:
            kind = lookup.LookupType
            if kind == 9:
                subtable, kind = subtable.ExtSubTable, subtable.ExtensionLookupType
            if kind in (4, 5):
                records = [record.MarkAnchor for record in subtable.MarkArray.MarkRecord]
            elif kind == 6:
                records = [record.MarkAnchor for record in subtable.Mark1Array.MarkRecord]
                records += [anchor for record in subtable.Mark2Array.Mark2Record for anchor in record.Mark2Anchor if anchor is not None]
            else:
                continue
            for anchor in records:
                anchor.XCoordinate += DELTA
                moved += 1
    return moved


def rename(font, weight):
    """A modified face under its own name, with the authors' copyright and the OFL kept."""
    names = font['name']
    for record in list(names.names):
        if record.nameID in (1, 3, 4, 6, 16, 17):
            names.removeNames(nameID=record.nameID)
    names.setName('Amiri Print', 1, 3, 1, 0x409)
    names.setName(f'Amiri Print {STYLE[weight]}', 4, 3, 1, 0x409)
    names.setName(f'AmiriPrint-{STYLE[weight]}', 6, 3, 1, 0x409)
    names.setName(f'AmiriPrint-{STYLE[weight]}; marks drawn {DELTA} units on, anchors with them', 3, 3, 1, 0x409)
    names.setName(STYLE[weight], 2, 3, 1, 0x409)


def main():
    for weight in STYLE:
        font = TTFont(SOURCE.as_posix().format(weight=weight))
        marks = mark_glyphs(font)
        move_outlines(font, marks)
        moved = move_anchors(font)
        rename(font, weight)
        target = Path(TARGET.as_posix().format(weight=weight))
        font.flavor = 'woff2'
        font.save(target)
        print(f'{target.relative_to(ROOT)}: {len(marks)} marks, {moved} anchors moved by {DELTA}')


if __name__ == '__main__':
    main()
