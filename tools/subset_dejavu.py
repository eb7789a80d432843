"""Make the two DejaVu Sans fonts that every PDF loads: the scripts of Dutch and Flemish classrooms only.

    python tools/subset_dejavu.py /usr/share/fonts/truetype/dejavu

fpdf2 reads every glyph of a font each time a PDF is made (0.05 s for the full DejaVu Sans, of some
6,000 glyphs). Every script, the printed texts and the names of the families take less than half of
them: Latin, Greek, Cyrillic, Armenian, Georgian and Hebrew, with punctuation, arrows and shapes.
Any other character (Arabic, braille, a rare script) comes from a fallback font, loaded only for the
text that needs it: the Noto fonts and, last, the full DejaVu Sans (style.FALLBACK_FONTS).
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

FONTS = Path(__file__).resolve().parent.parent / "oudergesprek" / "fonts"

RANGES = (
    (0x0020, 0x024F),  # Latin: Basic, Latin-1, Extended-A and -B
    (0x0250, 0x036F),  # IPA, spacing modifiers, combining accents
    (0x0370, 0x052F),  # Greek, Cyrillic and its supplement
    (0x0530, 0x058F),  # Armenian
    (0x0590, 0x05FF),  # Hebrew
    (0x10A0, 0x10FF),  # Georgian
    (0x1E00, 0x1FFF),  # Latin Extended Additional (Vietnamese), Greek Extended
    (0x2000, 0x214F),  # punctuation, super- and subscripts, currency, letterlike symbols
    (0x2190, 0x21FF),  # arrows
    (0x2500, 0x27BF),  # lines, shapes, symbols and dingbats (boxes to tick, check marks)
    (0xFB00, 0xFB06),  # Latin ligatures
)
OUT = {"DejaVuSans.ttf": "DejaVuSans-Basis.ttf", "DejaVuSans-Bold.ttf": "DejaVuSans-Bold-Basis.ttf"}


def main(source: Path) -> None:
    keep = {code for start, end in RANGES for code in range(start, end + 1)}
    for name, made in OUT.items():
        options = subset.Options()
        options.layout_features = ["*"]  # kerning and every other feature: the same text shaping
        options.name_IDs = ["*"]
        options.name_languages = ["*"]
        options.glyph_names = True
        options.notdef_outline = True
        options.hinting = True
        options.legacy_kern = True
        font = TTFont(source / name)
        cutter = subset.Subsetter(options)
        cutter.populate(unicodes=keep)
        cutter.subset(font)
        font.save(FONTS / made)
        print(f"{made}: {len(font.getGlyphOrder())} glyphs, {(FONTS / made).stat().st_size:,} bytes")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/usr/share/fonts/truetype/dejavu"))
