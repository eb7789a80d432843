"""One A4 page as PDF: find the largest readable size at which the document fits, then draw it.

Fitting: for each body size from MAX_SIZE down to MIN_SIZE (steps of SIZE_STEP) every section is
measured with the real font. A one-column document fits when its sections stacked fit the page. A
grid (2 or 3 columns) places whole sections over the columns with the tallest column as low as
possible; a section continues in the next column only when that allows a body size a full point
larger. If nothing fits at MIN_SIZE the document is refused with DocumentTooLong: text is never cut.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from oudergesprek.document import Document
from oudergesprek.errors import UsageError
from oudergesprek.render import DocumentTooLong, style
from oudergesprek.render.layout import Engine, Run
from oudergesprek.render.style import Scale

FLOW_ADVANTAGE = 1.0  # points a split section must gain over whole sections to be chosen


@dataclass(frozen=True)
class Fragment:
    """Blocks start..end of section `index`; `title` is False for a continuation."""

    index: int
    start: int
    end: int
    title: bool = True


@dataclass
class Layout:
    scale: Scale
    columns: list[list[Fragment]]
    gaps: list[float]  # space between fragments, per column
    header_h: float


class Measured:
    """Section heights at one size, and the fragment arithmetic built on them."""

    def __init__(self, engine: Engine, doc: Document, s: Scale) -> None:
        self.doc, self.s = doc, s
        self.width = style.column_width(doc.columns)
        self.header_h = header(engine, doc, s, False)
        self.available = style.CONTENT_H - self.header_h - footer_extra(engine, doc)
        self.pads, self.titles, self.continued, self.blocks = [], [], [], []
        for sec in doc.sections:
            pad = s.box_pad if sec.style == "box" else 0.0
            inner = self.width - 2 * pad
            self.pads.append(pad)
            self.titles.append(engine.title_height(sec, inner, s))
            self.continued.append(engine.title_height(sec, inner, s, continued=True))
            self.blocks.append([engine.block(b, 0, 0, inner, s, False) for b in sec.blocks])

    def height(self, f: Fragment) -> float:
        body = self.blocks[f.index][f.start : f.end]
        gaps = self.s.block_gap * max(0, len(body) - 1)
        head = self.titles[f.index] if f.title else self.continued[f.index] if f.start else 0.0
        return 2 * self.pads[f.index] + head + sum(body) + gaps

    def column(self, frags: list[Fragment]) -> float:
        return sum(self.height(f) for f in frags) + self.s.section_gap * max(0, len(frags) - 1)

    def whole(self, i: int) -> Fragment:
        return Fragment(i, 0, len(self.blocks[i]))

    def partition(self) -> list[list[Fragment]]:
        """Whole sections over the columns with the tallest column as low as possible.

        Two candidates: reading order down the columns (contiguous), and a masonry grid that puts
        each next section in the shortest column (reading order across). The lower one wins.
        """
        frags = [self.whole(i) for i in range(len(self.blocks))]
        n, k = len(frags), max(1, self.doc.columns)
        if n == 0:
            return [[]]
        best: list[list[Fragment]] = [frags]
        best_h = self.column(frags)
        for cuts in combinations(range(1, n), min(k, n) - 1):
            bounds = (0, *cuts, n)
            cols = [frags[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
            h = max(self.column(c) for c in cols)
            if h < best_h - 1e-6:
                best, best_h = cols, h
        grid: list[list[Fragment]] = [[] for _ in range(min(k, n))]
        for f in frags:
            min(grid, key=self.column).append(f)
        if max(self.column(c) for c in grid) < best_h - 1e-6:
            best = grid
        return best

    def flow(self, limit: float) -> list[list[Fragment]] | None:
        """Fill columns up to `limit`, continuing a section in the next column where needed."""
        cols: list[list[Fragment]] = [[]]
        for i, blocks in enumerate(self.blocks):
            start = 0
            while True:
                room = limit - self.column(cols[-1]) - (self.s.section_gap if cols[-1] else 0.0)
                end = start
                while end < len(blocks) and self.height(Fragment(i, start, end + 1, start == 0)) <= room:
                    end += 1
                if end > start or (not blocks and self.height(Fragment(i, 0, 0)) <= room):
                    cols[-1].append(Fragment(i, start, end, start == 0))
                    start = end
                    if start >= len(blocks):
                        break
                elif not cols[-1]:
                    return None  # not even one block fits in an empty column
                cols.append([])
                if len(cols) > max(1, self.doc.columns):
                    return None
        return cols

    def balanced_flow(self) -> tuple[list[list[Fragment]], float] | None:
        """The flow with the lowest column height (binary search); None if a block is too tall."""
        total = sum(self.column([self.whole(i)]) for i in range(len(self.blocks)))
        low, high = 0.0, total + self.s.section_gap * len(self.blocks)
        if self.flow(high) is None:
            return None
        for _ in range(30):
            mid = (low + high) / 2
            if self.flow(mid) is None:
                low = mid
            else:
                high = mid
        cols = self.flow(high) or []
        return cols, max((self.column(c) for c in cols), default=0.0)

    def justified(self, cols: list[list[Fragment]]) -> list[float]:
        """Spread spare height over the gaps so that all columns end on one line (within reason)."""
        tallest = max(self.column(c) for c in cols)
        gaps = []
        for c in cols:
            spare = (tallest - self.column(c)) / max(1, len(c) - 1)
            gaps.append(self.s.section_gap + (spare if 1 < len(c) and spare < 3 * self.s.section_gap else 0.0))
        return gaps


def fit(doc: Document, engine: Engine | None = None, slack: float = 0.0) -> Layout:
    """The most comfortable layout that fits on one page, leaving `slack` mm free; else DocumentTooLong.

    Whole sections win, unless splitting one over two columns allows a body size a full point larger.
    """
    engine = engine or Engine()
    whole = flowing = None
    for size in style.sizes():
        m = Measured(engine, doc, Scale(size))
        cols = m.partition()
        if max(m.column(c) for c in cols) <= m.available - slack:
            whole = Layout(m.s, cols, m.justified(cols), m.header_h)
            break
    for size in style.sizes() if doc.columns > 1 else []:
        if whole and size < whole.scale.body + FLOW_ADVANTAGE:
            break
        m = Measured(engine, doc, Scale(size))
        flow = m.balanced_flow()
        if flow and flow[1] <= m.available - slack:
            flowing = Layout(m.s, flow[0], [m.s.section_gap] * len(flow[0]), m.header_h)
            break
    if flowing or whole:
        return flowing or whole
    raise too_long(doc, Measured(engine, doc, Scale(style.MIN_SIZE)))


def too_long(doc: Document, m: Measured) -> DocumentTooLong:
    """How much too much, and which section or block is to blame when one clearly is."""
    flow = m.balanced_flow() if doc.columns > 1 else ([], m.column([m.whole(i) for i in range(len(m.blocks))]))
    culprit = ""
    for i, heights in enumerate(m.blocks):
        for j, h in enumerate(heights):
            if h > m.available:
                what = doc.sections[i].blocks[j].label or doc.sections[i].blocks[j].kind
                culprit = f" Eén onderdeel van '{doc.sections[i].title}' ({what}) is alleen al te lang voor de pagina."
    if flow is None:
        need = sum(m.column([m.whole(i)]) for i in range(len(m.blocks))) / max(1, doc.columns)
    else:
        need = flow[1]
    heights = [m.height(m.whole(i)) for i in range(len(m.blocks))]
    if not culprit and len(heights) > 1 and max(heights) >= 0.4 * sum(heights):
        title = doc.sections[heights.index(max(heights))].title
        culprit = f" Vooral '{title}' is lang."
    percent = max(1, round((need / m.available - 1) * 100))
    if percent >= 10:
        percent = 5 * round(percent / 5)
    return DocumentTooLong(
        f"Dit past niet op één A4: ongeveer {percent}% te veel tekst.{culprit}",
        "Haal wat tekst weg en probeer het opnieuw.",
        percent=percent,
    )


def header(engine: Engine, doc: Document, s: Scale, draw: bool) -> float:
    """Title, subtitle and meta fields over the full width, closed by a coloured rule."""
    x, y, w = style.MARGIN_X, style.MARGIN_TOP, style.CONTENT_W
    h = engine.paragraph([Run(doc.title, s.h1, bold=True, colour=style.ACCENT_DARK)], x, y, w, s.h1_line, draw)
    if doc.subtitle:
        h += s.line * 0.15
        h += engine.paragraph([Run(doc.subtitle, s.body, colour=style.MUTED)], x, y + h, w, s.line, draw)
    if doc.meta:
        runs: list[Run] = []
        for n, (key, value) in enumerate(doc.meta):
            if n:
                runs.append(Run("  ·", s.small, colour=style.LABEL))
            runs.append(Run(" " + key.upper(), s.label, bold=True, colour=style.LABEL, spacing=0.35))
            runs.append(Run(" " + value, s.small, colour=style.INK))
        h += s.line * 0.3
        h += engine.paragraph(runs, x, y + h, w, s.small_line, draw)
    h += s.line * 0.45
    if draw:
        engine.rule(x, y + h, x + w, style.ACCENT, 0.5)
    return h + s.header_gap


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
    from oudergesprek.render.layout import missing_characters

    missing = missing_characters(engine.pdf, document_texts(doc))
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
    """The document as a one-page A4 PDF; raises DocumentTooLong when it cannot fit, CannotDraw when a font
    is missing for some characters."""
    engine = Engine()
    check_drawable(engine, doc)
    layout = fit(doc, engine)
    draw(engine, doc, layout)
    pdf = engine.pdf
    pdf.set_title(doc.title)
    pdf.set_lang(doc.lang)
    pdf.set_creator("oudergesprek")
    assert pdf.pages_count == 1
    return bytes(pdf.output())


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


def footer_lines(engine: Engine, doc: Document) -> list:
    """The footer wrapped over the full width: never cut, it grows upwards instead."""
    if not doc.footer:
        return []
    return engine.wrap([Run(doc.footer, style.FOOTER_SIZE, colour=style.LABEL)], style.CONTENT_W)


def footer_extra(engine: Engine, doc: Document) -> float:
    """Height a footer of more than one line takes from the content area."""
    return max(0, len(footer_lines(engine, doc)) - 1) * style.FOOTER_LINE
