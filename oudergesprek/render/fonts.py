"""The fonts of a PDF page: the shipped DejaVu Sans, the Noto fallbacks for other scripts and a system CJK
font, and which characters they can draw. fpdf2 is imported by the render package only, and only when a PDF
(or the fit of a page) is needed."""

from __future__ import annotations

from importlib import resources

from fpdf import FPDF

from oudergesprek.render import style
from oudergesprek.render.shaping import ShapingPDF


def system_cjk_font() -> str | None:
    """The first CJK font of style.SYSTEM_CJK_FONTS on this computer, if any."""
    import os

    return next((p for p in style.SYSTEM_CJK_FONTS if os.path.isfile(p)), None)


def new_pdf() -> FPDF:
    """An A4 page with the shipped DejaVu Sans fonts loaded, Noto fallbacks for Arabic, Hebrew, Ethiopic
    and Devanagari (and a system CJK font if there is one), and text shaping (joined Arabic, right to left)."""
    return make_pdf(system_cjk_font())


def make_pdf(cjk: str | None, fallbacks: bool = True) -> FPDF:
    pdf = ShapingPDF(orientation="portrait", unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_margins(style.MARGIN_X, style.MARGIN_TOP, style.MARGIN_X)
    pdf.c_margin = 0
    for font_style in style.FONT_FILES:
        with resources.as_file(style.font_resource(font_style)) as path:
            pdf.add_font(style.FONT_FAMILY, font_style, str(path))
    if fallbacks:
        add_fallback_fonts(pdf, cjk)
    try:
        pdf.set_text_shaping(True, direction="ltr")  # Dutch text: right-to-left names stay in their place
    except Exception:  # without uharfbuzz: unshaped, still every character that a font has
        pass
    pdf.add_page()
    return pdf


def add_fallback_fonts(pdf: FPDF, cjk: str | None) -> None:
    """The Noto fonts (and the system CJK font), for the characters that DejaVu Sans does not have."""
    fallbacks = []
    for family, name in style.FALLBACK_FONTS.items():
        with resources.as_file(style.font_file(name)) as path:
            pdf.add_font(family, "", str(path))
        fallbacks.append(family)
    if cjk:
        try:
            pdf.add_font("CJK", "", cjk)
            fallbacks.append("CJK")
        except Exception:  # an unusual font file: CJK names are then reported as not drawable
            pass
    pdf.set_fallback_fonts(fallbacks, exact_match=False)


def covered(pdf: FPDF) -> set[int]:
    """The code points that some loaded font can draw."""
    found: set[int] = set()
    for font in pdf.fonts.values():
        cmap = getattr(font, "cmap", None) or {}
        found.update(cmap)
    return found


def missing_characters(pdf: FPDF, texts) -> dict[str, str]:
    """Words with characters no loaded font can draw, and the characters: {word: chars}."""
    have = covered(pdf)
    found: dict[str, str] = {}
    for text in texts:
        for word in text.split():
            lacking = "".join(dict.fromkeys(ch for ch in word if ord(ch) not in have and ch.isprintable()))
            if lacking:
                found[word] = lacking
    return found
