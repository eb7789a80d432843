"""A4 pages as PDF: each side of the sheet fitted on its own (see render.fitting), then drawn. A name that no
font can draw stops the PDF with a Dutch message, never a blank."""

from __future__ import annotations

from oudergesprek.errors import UsageError
from oudergesprek.render import style
from oudergesprek.render.document import Document, DocumentTooLong
from oudergesprek.render.fitting import Layout, fit
from oudergesprek.render.frame import footer_lines, header
from oudergesprek.render.layout import Engine


class CannotDraw(UsageError):
    """Text with characters that no available font can draw (a Chinese or Korean name without a CJK font)."""


def document_texts(doc: Document) -> list[str]:
    texts = [doc.title, doc.subtitle, doc.footer]
    texts += [part for pair in doc.meta for part in pair]
    for section in doc.sections:
        texts += [section.title, section.note or ""]
        for block in section.blocks:
            texts += [block.text, block.label or "", *block.items]
    return [t for t in texts if t]


def check_drawable(engine: Engine, doc: Document) -> None:
    """Never drop a name silently: refuse (in Dutch) when a font is missing for some characters."""
    from oudergesprek.render.fonts import missing_characters

    texts = document_texts(doc)
    missing = missing_characters(engine.fonts_for(texts), texts)
    if not missing:
        return
    words = ", ".join(list(missing)[:5])
    cjk = any(_is_cjk(ch) for chars in missing.values() for ch in chars)
    why = (
        "Voor Chinees, Japans en Koreaans is er op deze computer geen lettertype (bijvoorbeeld fonts-noto-cjk)."
        if cjk
        else "Er is geen lettertype voor deze tekens."
    )
    raise CannotDraw(
        f"Niet alles kan in de PDF worden getekend: {words}. {why} Er is geen PDF gemaakt.",
        "Kies een .html-bestand, dat toont elke naam, bijvoorbeeld: --output script.html",
    )


def _is_cjk(ch: str) -> bool:
    code = ord(ch)
    return (
        0x1100 <= code <= 0x11FF
        or 0x2E80 <= code <= 0x9FFF
        or 0xA960 <= code <= 0xA97F
        or 0xAC00 <= code <= 0xD7FF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF
        or 0x20000 <= code <= 0x3FFFF
    )


def to_pdf(doc: Document) -> bytes:
    """The document as A4 pages (one, or two with a back); raises DocumentTooLong when a side cannot fit,
    CannotDraw when a font is missing for some characters."""
    engine = Engine()
    for page in doc.pages():
        check_drawable(engine, page)
    layouts = [fit_side(page, n, engine) for n, page in enumerate(doc.pages())]
    for n, layout in enumerate(layouts):
        if n:
            engine.pdf.add_page()
        draw(engine, layout.doc or doc, layout)
    pdf = engine.pdf
    pdf.set_title(doc.title)
    pdf.set_lang(doc.lang)
    pdf.set_creator("oudergesprek")
    assert pdf.pages_count == len(layouts)
    return bytes(pdf.output())


SIDES = ("De voorkant", "De achterkant")


def fit_side(page: Document, n: int, engine: Engine | None = None, slack: float = 0.0) -> Layout:
    """`fit` for one side of a two-sided sheet; the message says which side is too full."""
    try:
        return fit(page, engine, slack)
    except DocumentTooLong as error:
        if n == 0 and page.back is None:
            raise
        side = SIDES[min(n, 1)]
        message = error.message.replace("Dit past niet op één A4", f"{side} past niet op één A4-pagina")
        raise DocumentTooLong(message, error.hint, percent=error.percent) from None


def fit_all(doc: Document) -> None:
    """Raise DocumentTooLong when any side of the document cannot fit its page."""
    engine = Engine()
    for n, page in enumerate(doc.pages()):
        fit_side(page, n, engine)


def draw(engine: Engine, doc: Document, layout: Layout) -> None:
    s = layout.scale
    header(engine, doc, s, True)
    width = style.column_width(doc.columns)
    top = style.MARGIN_TOP + layout.header_h
    for c, frags in enumerate(layout.columns):
        x = style.MARGIN_X + c * (width + style.column_gap(doc.columns))
        y = top
        for f in frags:
            sec = doc.sections[f.index]
            y += engine.fragment(sec, f.start, f.end, f.title, x, y, width, s, True) + layout.gaps[c]
    for n, line in enumerate(reversed(footer_lines(engine, doc))):
        engine.draw_line(line, style.MARGIN_X, style.FOOTER_BOTTOM - (n + 1) * style.FOOTER_LINE, style.FOOTER_LINE)
