"""The frame of a page: the header (title, subtitle, the meta fields on a tinted block) and the footer."""

from __future__ import annotations

from oudergesprek.render import style
from oudergesprek.render.document import Document
from oudergesprek.render.layout import Engine
from oudergesprek.render.measure import Run
from oudergesprek.render.style import Scale


def header(engine: Engine, doc: Document, s: Scale, draw: bool) -> float:
    """Title, subtitle and the meta fields as a tinted block over the full width, closed by a coloured rule."""
    x, y, w = style.MARGIN_X, style.MARGIN_TOP, style.CONTENT_W
    h = engine.paragraph([Run(doc.title, s.h1, bold=True, colour=style.ACCENT_DARK)], x, y, w, s.h1_line, draw)
    if doc.subtitle:
        h += s.line * 0.15
        h += engine.paragraph([Run(doc.subtitle, s.body, colour=style.MUTED)], x, y + h, w, s.line, draw)
    if doc.meta:
        h += s.line * 0.4
        h += meta_block(engine, doc.meta, x, y + h, w, s, draw)
    h += s.line * 0.45
    if draw:
        engine.rule(x, y + h, x + w, style.ACCENT, 0.5)
    return h + s.header_gap


def meta_rows(meta: tuple[tuple[str, str], ...]) -> list[list[tuple[str, str]]]:
    """Two short fields side by side; a long one takes the whole width."""
    rows: list[list[tuple[str, str]]] = []
    open_row = False
    for key, value in meta:
        short = len(value) <= style.META_SHORT
        if short and open_row:
            rows[-1].append((key, value))
            open_row = False
        else:
            rows.append([(key, value)])
            open_row = short
    return rows


def meta_block(
    engine: Engine, meta: tuple[tuple[str, str], ...], x: float, y: float, w: float, s: Scale, draw: bool
) -> float:
    """The header fields as label and value in a grid on a tinted block."""
    pad = s.box_pad * 0.8
    if draw:
        height = meta_block(engine, meta, x, y, w, s, False)
        engine.rect(x, y, w, height, style.BOX, round_=True)
    label = lambda key: Run(key, s.label, bold=True, colour=style.MUTED)  # noqa: E731
    key_w = max(engine.width(key, label(key)) for key, _ in meta) + 2.5
    inner = w - 2 * pad
    half = (inner - 6.0) / 2
    h = pad
    for n, row in enumerate(meta_rows(meta)):
        h += s.item_gap if n else 0.0
        cells = [(x + pad, inner)] if len(row) == 1 else [(x + pad, half), (x + pad + half + 6.0, half)]
        tallest = 0.0
        for (key, value), (cx, cw) in zip(row, cells, strict=True):
            if draw:
                engine.draw_line([(0.0, key, label(key))], cx, y + h, s.line)
            used = engine.paragraph([Run(value, s.body)], cx + key_w, y + h, cw - key_w, s.line, draw)
            tallest = max(tallest, used)
        h += tallest
    return h + pad


def footer_lines(engine: Engine, doc: Document) -> list:
    """The footer wrapped over the full width: never cut, it grows upwards instead."""
    if not doc.footer:
        return []
    return engine.wrap([Run(doc.footer, style.FOOTER_SIZE, colour=style.LABEL)], style.CONTENT_W)


def footer_extra(engine: Engine, doc: Document) -> float:
    """Height a footer of more than one line takes from the content area."""
    return max(0, len(footer_lines(engine, doc)) - 1) * style.FOOTER_LINE
