"""The PDF layout engine: wraps text with the real font metrics and measures or draws blocks.

Measuring and drawing are the same code path (`draw=False` only measures), so what was measured is
exactly what is drawn. The widths of words are kept for the whole process (see Measurer): a fit for the
HTML, a second fit with room to spare, the check of a library and the PDF itself measure a word once.
Fonts are in render.fonts, the shared widths in render.measure. fpdf2 is imported in the render package
only, and only when a PDF (or the fit of a page) is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from fpdf import FPDF

from oudergesprek.render import style
from oudergesprek.render.document import Block, BlockType, Section, by_block_type, for_type
from oudergesprek.render.fonts import add_fallback_fonts
from oudergesprek.render.measure import Line, Run, kept, measurer
from oudergesprek.render.shaping import shape_for
from oudergesprek.render.style import PT, Scale, pairs_of, with_colon

LONG_WORD = 60  # characters: longer words are measured without caching

# A method of Engine that measures (and draws) the body of one block: (engine, block, x, y, w, scale, draw) -> height
BlockBody = Callable[["Engine", Block, float, float, float, Scale, bool], float]


class Engine:
    """Wrap, measure and draw on one FPDF page.

    Without a `pdf` the Engine measures with the shared Measurer and draws on the FPDF it takes over from
    it at the first drawing; with one it measures and draws on that.
    """

    def __init__(self, pdf: FPDF | None = None) -> None:
        self._pdf = pdf
        self._shared = None if pdf else measurer()
        self._fallbacks = pdf is not None  # a page of its own has the fonts that it has
        self._widths: dict[tuple[str, bool], float] = {}
        self._wrapped: dict[tuple[tuple[Run, ...], float], list[Line]] = self._shared.wrapped if self._shared else {}

    @property
    def pdf(self) -> FPDF:
        """The page that is drawn on. Fallback fonts are added to it when the first text that needs them is
        drawn (draw_line)."""
        if self._pdf is None:
            assert self._shared is not None
            self._pdf, self._fallbacks = self._shared.take()
        return self._pdf

    def fonts_for(self, texts: list[str]) -> FPDF:
        """An FPDF with every font that could draw these texts (see missing_characters)."""
        if self._shared is None:
            return self.pdf
        return self._shared.pdf_for("".join(texts))

    # --- text ---------------------------------------------------------------------------------
    def width(self, text: str, run: Run) -> float:
        if len(text) > LONG_WORD:  # not cached: a very long word would fill the cache with one-off entries
            return self._measure(text, run.bold) * run.size + run.spacing * PT * len(text)
        key = (text, run.bold)
        if key not in self._widths:
            self._widths[key] = self._shared_width(key)
        return self._widths[key] * run.size + run.spacing * PT * len(text)

    def _shared_width(self, key: tuple[str, bool]) -> float:
        if self._shared is None:
            return self._measure(*key)
        return kept(self._shared.widths, key, lambda: self._measure(*key))

    def _measure(self, text: str, bold: bool) -> float:
        """The width of text at size 1 (mm)."""
        pdf = self._shared.pdf_for(text) if self._shared else self.pdf
        pdf.set_font(style.FONT_FAMILY, "B" if bold else "", 100)
        pdf.set_char_spacing(0)
        shape_for(pdf, text)
        return pdf.get_string_width(text) / 100

    def fitting_prefix(self, word: str, run: Run, room: float) -> int:
        """How many characters of `word` fit in `room` mm (at least 1): exponential, then binary search.

        Only prefixes up to about twice the answer are measured, so cutting a word of n characters into
        lines costs about n·log(line length), not n² (each prefix is measured without caching).
        """

        def fits(n: int) -> bool:
            return self._measure(word[:n], run.bold) * run.size + run.spacing * PT * n <= room

        good, probe = 1, 2
        while probe <= len(word) and fits(probe):
            good, probe = probe, probe * 2
        bad = min(probe, len(word) + 1)
        while bad - good > 1:
            mid = (good + bad) // 2
            if fits(mid):
                good = mid
            else:
                bad = mid
        return good

    def wrap(self, runs: list[Run], width: float) -> list[Line]:
        """Greedy word wrap over runs of mixed fonts; words longer than a line are cut by letter.

        The lines are kept (do not change them): fitting a page wraps the same paragraph at the same width
        many times, as it tries sizes and column heights.
        """
        return kept(self._wrapped, (tuple(runs), width), lambda: self._wrap(runs, width))

    def _wrap(self, runs: list[Run], width: float) -> list[Line]:
        lines: list[Line] = [[]]
        x = 0.0
        for run in runs:
            words = run.text.split()
            for i, word in enumerate(words):
                space = (i > 0 or run.text[:1].isspace()) and x > 0
                gap = self.width(" ", run) if space else 0.0
                w = self.width(word, run)
                if x > 0 and x + gap + w > width:
                    lines.append([])
                    x, gap = 0.0, 0.0
                if w > width - x and len(word) > 1:  # an overlong word: cut it into pieces that fit
                    while True:
                        cut = self.fitting_prefix(word, run, width - x)
                        if cut >= len(word):
                            break
                        self._add(lines[-1], x, word[:cut], run, 0.0)
                        lines.append([])
                        x, word = 0.0, word[cut:]
                    w = self.width(word, run)
                self._add(lines[-1], x, word, run, gap)
                x += gap + w
        return [line for line in lines if line] or [[]]

    def _add(self, line: Line, x: float, word: str, run: Run, gap: float) -> None:
        if line and line[-1][2] is run and gap:
            offset, text, _ = line[-1]
            line[-1] = (offset, f"{text} {word}", run)
        else:
            line.append((x + gap, word, run))

    def paragraph(self, runs: list[Run], x: float, y: float, w: float, line_h: float, draw: bool) -> float:
        """Wrap runs into lines of height line_h; returns the height used."""
        lines = self.wrap(runs, w)
        if draw:
            for n, line in enumerate(lines):
                self.draw_line(line, x, y + n * line_h, line_h)
        return len(lines) * line_h

    def draw_line(self, line: Line, x: float, top: float, line_h: float) -> None:
        pdf = self.pdf
        for offset, text, run in line:
            if not self._fallbacks and self._shared and not self._shared.is_plain(text):
                add_fallback_fonts(pdf, self._shared.cjk)
                self._fallbacks = True
            pdf.set_font(style.FONT_FAMILY, "B" if run.bold else "", run.size)
            pdf.set_char_spacing(run.spacing)
            pdf.set_text_color(*run.colour)
            # cell() (not text()) so that fpdf2 shapes the text and uses the fallback fonts
            pdf.set_xy(x + offset, top)
            shape_for(pdf, text)
            pdf.cell(h=line_h, text=text)
        pdf.set_char_spacing(0)

    def rect(self, x: float, y: float, w: float, h: float, colour: tuple[int, int, int], round_: bool = False) -> None:
        self.pdf.set_fill_color(*colour)
        self.pdf.rect(x, y, w, h, style="F", round_corners=round_, corner_radius=1.6 if round_ else 0)

    def rule(self, x1: float, y: float, x2: float, colour: tuple[int, int, int], width: float = 0.25) -> None:
        self.pdf.set_draw_color(*colour)
        self.pdf.set_line_width(width)
        self.pdf.line(x1, y, x2, y)

    # --- blocks -------------------------------------------------------------------------------
    def label(self, text: str, x: float, y: float, w: float, s: Scale, draw: bool) -> float:
        """A small bold heading over a block, in ordinary letters so it reads at a glance."""
        run = Run(text, s.label, bold=True, colour=style.MUTED)
        return self.paragraph([run], x, y, w, s.label_line, draw)

    def block(self, block: Block, x: float, y: float, w: float, s: Scale, draw: bool) -> float:
        """Measure (and draw) one block, with its label above it; returns its height."""
        head = self.label(block.label_above, x, y, w, s, draw) if block.label_above else 0.0
        return head + for_type(self.BODIES, block)(self, block, x, y + head, w, s, draw)

    def _paragraph(self, block: Block, x: float, y: float, w: float, s: Scale, draw: bool) -> float:
        if block.style == "muted":
            return self.paragraph([Run(block.text, s.small, colour=style.MUTED)], x, y, w, s.small_line, draw)
        if block.style == "large":
            return self.paragraph([Run(block.text, s.large, bold=True)], x, y, w, s.large_line, draw)
        return self.paragraph([Run(block.text, s.body)], x, y, w, s.line, draw)

    def _pairs(self, block: Block, x: float, y: float, w: float, s: Scale, draw: bool) -> float:
        h = 0.0
        for n, (label, value) in enumerate(pairs_of(block.items)):
            h += s.item_gap if n else 0.0
            runs = [Run(with_colon(label), s.body, bold=True, colour=style.ACCENT_DARK), Run(" " + value, s.body)]
            h += self.paragraph(runs, x, y + h, w, s.line, draw)
        return h

    def _phrase(self, block: Block, x: float, y: float, w: float, s: Scale, draw: bool) -> float:
        inner = x + s.bar_indent
        h = 0.0
        if block.label:
            h += self.label(block.label, inner, y, w - s.bar_indent, s, draw)
        size, line = (s.large, s.large_line) if block.style == "large" else (s.body, s.line)
        h += self.paragraph([Run(block.text, size)], inner, y + h, w - s.bar_indent, line, draw)
        if draw:
            self.rect(x, y + 0.4, s.bar_width, h - 0.8, style.BAR)
        return h

    def _list(self, block: Block, x: float, y: float, w: float, s: Scale, draw: bool) -> float:
        h = 0.0
        for n, item in enumerate(block.items, 1):
            h += s.item_gap if n > 1 else 0.0
            if draw:
                mark = f"{n}." if block.type == "numbered" else "•"
                run = Run(mark, s.body, bold=True, colour=style.ACCENT)
                self.draw_line([(0.0, mark, run)], x, y + h, s.line)
            h += self.paragraph([Run(item, s.body)], x + s.hang, y + h, w - s.hang, s.line, draw)
        return h

    def _lines(self, block: Block, x: float, y: float, w: float, s: Scale, draw: bool) -> float:
        h = 0.0
        for label in block.items or ("",):
            for n in range(max(1, block.count)):
                base = y + h + s.write_line * 0.78
                start = x
                if n == 0 and label:
                    run = Run(with_colon(label), s.small, colour=style.MUTED)
                    if draw:
                        self.draw_line([(0.0, run.text, run)], x, base - s.small_line * 0.7, s.small_line)
                    start = x + self.width(run.text, run) + 1.5
                if draw:
                    self.rule(min(start, x + w - 10), base, x + w, style.RULE, 0.2)
                h += s.write_line
        return h

    # Block type -> the method that measures (and draws) its body; the label above is drawn by `block`.
    BODIES: ClassVar[dict[BlockType, BlockBody]] = by_block_type(
        paragraph=_paragraph, bullets=_list, numbered=_list, phrase=_phrase, lines=_lines, pairs=_pairs
    )

    # --- sections -----------------------------------------------------------------------------
    def title_height(self, section: Section, w: float, s: Scale, continued: bool = False) -> float:
        if continued:
            return self._continued(section, 0, 0, w, s, False)
        return self._title(section, 0, 0, w, s, False)

    def _continued(self, section: Section, x: float, y: float, w: float, s: Scale, draw: bool) -> float:
        """A small heading over the part of a section that continues in the next column."""
        run = Run(f"{section.title} (vervolg)", s.small, bold=True, colour=style.MUTED)
        return self.paragraph([run], x, y, w, s.small_line, draw) + s.title_gap

    def _title(self, section: Section, x: float, y: float, w: float, s: Scale, draw: bool) -> float:
        colour = style.BOX_ACCENT if section.style == "box" else style.ACCENT
        note_w = 0.0
        if section.note:
            note = Run(section.note, s.small, colour=style.MUTED)
            note_w = self.width(note.text, note) + 2.0
            if draw:
                self.draw_line([(0.0, note.text, note)], x + w - note_w + 2.0, y, s.h2_line)
        h = self.paragraph([Run(section.title, s.h2, bold=True, colour=colour)], x, y, w - note_w, s.h2_line, draw)
        if draw and section.style != "box":
            self.rule(x, y + h + s.title_gap * 0.45, x + w, style.RULE, 0.25)
        return h + s.title_gap

    def fragment(
        self, section: Section, start: int, end: int, title: bool, x: float, y: float, w: float, s: Scale, draw: bool
    ) -> float:
        """Blocks start..end of a section (with its title when `title`), in a box when the section is one."""
        pad = s.box_pad if section.style == "box" else 0.0
        if draw and pad:
            height = self.fragment(section, start, end, title, x, y, w, s, False)
            self.rect(x, y, w, height, style.BOX, round_=True)
        cx, cw, h = x + pad, w - 2 * pad, pad
        if title:
            h += self._title(section, cx, y + h, cw, s, draw)
        elif start > 0:
            h += self._continued(section, cx, y + h, cw, s, draw)
        for n, block in enumerate(section.blocks[start:end]):
            h += s.block_gap if n else 0.0
            h += self.block(block, cx, y + h, cw, s, draw)
        return h + pad
