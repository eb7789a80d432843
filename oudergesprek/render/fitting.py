"""Fitting a document on an A4 page: the largest readable size at which it fits, and where its sections go.

Fitting: for each body size from MAX_SIZE down to MIN_SIZE (steps of SIZE_STEP) every section is
measured with the real font. A one-column document fits when its sections stacked fit the page. A
grid (2 or 3 columns) places whole sections over the columns with the tallest column as low as
possible; a section continues in the next column only when that allows a body size a full point
larger. If nothing fits at MIN_SIZE the document is refused with DocumentTooLong: text is never cut.
A document with a `back` gets a second page, fitted on its own.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from itertools import combinations

from oudergesprek.render import style
from oudergesprek.render.document import Document, DocumentTooLong
from oudergesprek.render.frame import footer_extra, header
from oudergesprek.render.layout import Engine
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
    doc: Document | None = None  # the page as laid out (write-in lines stretched to fill)


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
        self._heights: dict[tuple[int, int, int, bool], float] = {}

    def height(self, f: Fragment) -> float:
        return self._height(f.index, f.start, f.end, f.title)

    def _height(self, index: int, start: int, end: int, title: bool) -> float:
        """The height of blocks start..end of a section, computed once (a balanced flow asks again and again)."""
        key = (index, start, end, title)
        found = self._heights.get(key)
        if found is None:
            body = self.blocks[index][start:end]
            gaps = self.s.block_gap * max(0, len(body) - 1)
            head = self.titles[index] if title else self.continued[index] if start else 0.0
            found = self._heights[key] = 2 * self.pads[index] + head + sum(body) + gaps
        return found

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
                while end < len(blocks) and self._height(i, start, end + 1, start == 0) <= room:
                    end += 1
                if end > start or (not blocks and self._height(i, 0, 0, True) <= room):
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
        while high - low > 0.01:  # mm: a hundredth of a millimetre is as balanced as paper shows
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
    whole: Layout | None = None
    flowing: Layout | None = None
    sizes = style.sizes(doc.min_body, doc.max_body)
    measured: dict[float, Measured] = {}

    def at(size: float) -> Measured:
        """The sections measured at this body size: once per size, for whole sections and for flowing ones."""
        if size not in measured:
            measured[size] = Measured(engine, doc, Scale(size))
        return measured[size]

    smallest = at(sizes[-1])
    if any(h > smallest.available - slack for heights in smallest.blocks for h in heights):
        raise too_long(doc, smallest)  # one block is taller than the page at the smallest size: no size will do
    for size in sizes:
        m = at(size)
        cols = m.partition()
        if max(m.column(c) for c in cols) <= m.available - slack:
            whole = Layout(m.s, cols, m.justified(cols), m.header_h)
            break
    for size in sizes if doc.columns > 1 else []:
        if whole and size < whole.scale.body + FLOW_ADVANTAGE:
            break
        m = at(size)
        flow = m.balanced_flow()
        if flow and flow[1] <= m.available - slack:
            flowing = Layout(m.s, flow[0], [m.s.section_gap] * len(flow[0]), m.header_h)
            break
    chosen = flowing or whole
    if chosen is not None:
        return stretched(engine, doc, chosen, slack)
    raise too_long(doc, smallest)


def stretched(engine: Engine, doc: Document, layout: Layout, slack: float) -> Layout:
    """Write-in lines marked "fill" get as many extra lines as the rest of their column holds."""
    layout.doc = doc
    where = [(i, j) for i, sec in enumerate(doc.sections) for j, b in enumerate(sec.blocks) if b.style == "fill"]
    if not where:
        return layout
    i, j = where[0]
    column = next(
        (c for c, frags in enumerate(layout.columns) if any(f.index == i and f.start <= j < f.end for f in frags)),
        None,
    )
    if column is None:
        return layout
    m = Measured(engine, doc, layout.scale)
    spare = m.available - slack - m.column(layout.columns[column])
    extra = min(20, int(max(0.0, spare - 0.5) // layout.scale.write_line))
    if extra <= 0:
        return layout
    section = doc.sections[i]
    block = dataclasses.replace(section.blocks[j], count=section.blocks[j].count + extra)
    blocks = section.blocks[:j] + (block,) + section.blocks[j + 1 :]
    sections = doc.sections[:i] + (dataclasses.replace(section, blocks=blocks),) + doc.sections[i + 1 :]
    grown = dataclasses.replace(doc, sections=sections)
    m = Measured(engine, grown, layout.scale)
    if max(m.column(c) for c in layout.columns) > m.available - slack:
        return layout
    return Layout(layout.scale, layout.columns, m.justified(layout.columns), m.header_h, grown)


def too_long(doc: Document, m: Measured) -> DocumentTooLong:
    """How much too much, and which section or block is to blame when one clearly is.

    The figure is the whole page as it would be (title block, text and footer) against the page. When the
    title block alone takes more than a third of the page (a long goal), it is named with its longest field.
    """
    flow = m.balanced_flow() if doc.columns > 1 else ([], m.column([m.whole(i) for i in range(len(m.blocks))]))
    culprit = ""
    for i, heights in enumerate(m.blocks):
        for j, h in enumerate(heights):
            if 0 < m.available < h:
                what = doc.sections[i].blocks[j].label or doc.sections[i].blocks[j].type
                culprit = f" Eén onderdeel van '{doc.sections[i].title}' ({what}) is alleen al te lang voor de pagina."
    if flow is None:
        need = sum(m.column([m.whole(i)]) for i in range(len(m.blocks))) / max(1, doc.columns)
    else:
        need = flow[1]
    heights = [m.height(m.whole(i)) for i in range(len(m.blocks))]
    if not culprit and len(heights) > 1 and max(heights) >= 0.4 * sum(heights):
        title = doc.sections[heights.index(max(heights))].title
        culprit = f" Vooral '{title}' is lang."
    # Against the whole page, the header (title and details) and footer included: they take room too.
    fixed = style.CONTENT_H - m.available
    percent = max(1, round(((fixed + need) / style.CONTENT_H - 1) * 100))
    if m.header_h > style.CONTENT_H / 3:
        share = round(100 * m.header_h / style.CONTENT_H)
        longest = max(doc.meta, key=lambda field: len(field[1]), default=None)
        culprit = f" De kop bovenaan (titel en gegevens) neemt alleen al {share}% van de pagina in" + (
            f", vooral '{longest[0]}'." if longest else "."
        )
    if percent >= 10:
        percent = 5 * round(percent / 5)
    return DocumentTooLong(
        f"Dit past niet op één A4: ongeveer {percent}% te veel tekst.{culprit}",
        "Haal wat tekst weg en probeer het opnieuw.",
        percent=percent,
    )
