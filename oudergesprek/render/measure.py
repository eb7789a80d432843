"""The widths of text, measured once for the whole process (see Measurer), and the runs of text measured."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from fpdf import FPDF

from oudergesprek.render import style
from oudergesprek.render.fonts import add_fallback_fonts, make_pdf, system_cjk_font


@dataclass(frozen=True)
class Run:
    """A stretch of text in one font, size and colour."""

    text: str
    size: float
    bold: bool = False
    colour: tuple[int, int, int] = style.INK
    spacing: float = 0.0  # letter spacing in pt


K = TypeVar("K")
V = TypeVar("V")

Piece = tuple[float, str, Run]  # x offset in mm, text, run
Line = list[Piece]


class Measurer:
    """The widths of text at size 1 (mm) in the fonts of new_pdf(), shared by every Engine.

    One per set of fonts (the shipped ones and the system CJK font found). It measures on an FPDF made with
    DejaVu Sans alone, which gets the fallback fonts at the first text that needs one. The next page to be
    drawn takes that FPDF over (`take`), so a program that makes one PDF loads its fonts once, and a PDF
    carries the fallback fonts only when its text needs them.
    """

    KEEP = 100_000  # widths kept; beyond that the list starts again (a test of random texts, a huge library)

    def __init__(self, cjk: str | None) -> None:
        self.cjk = cjk
        self._pdf: FPDF | None = None
        self._fallbacks = False  # whether self._pdf has the fallback fonts
        self._plain: frozenset[int] | None = None
        self.widths: dict[tuple[str, bool], float] = {}
        self.wrapped: dict[tuple[tuple[Run, ...], float], list[Line]] = {}  # see Engine.wrap

    def _current(self) -> FPDF:
        if self._pdf is None:
            self._pdf, self._fallbacks = make_pdf(self.cjk, fallbacks=False), False
        return self._pdf

    @property
    def plain(self) -> frozenset[int]:
        """The code points that both DejaVu Sans fonts have: text of only these needs no fallback font."""
        if self._plain is None:
            fonts = self._current().fonts
            family = style.FONT_FAMILY.lower()
            cmaps = [set(getattr(fonts[family + font_style], "cmap", {})) for font_style in style.FONT_FILES]
            self._plain = frozenset(set.intersection(*cmaps))
        return self._plain

    def is_plain(self, text: str) -> bool:
        """True when DejaVu Sans has every character (fpdf2 looks for a fallback font for any other but a
        line break)."""
        return self.plain.issuperset(ord(char) for char in text if char != "\n")

    def pdf_for(self, text: str) -> FPDF:
        """The FPDF to measure `text` with: with the fallback fonts when the text needs one."""
        pdf = self._current()
        if not self._fallbacks and not self.is_plain(text):
            add_fallback_fonts(pdf, self.cjk)
            self._fallbacks = True
        return pdf

    def take(self) -> tuple[FPDF, bool]:
        """An FPDF to draw a page on, and whether it has the fallback fonts: the one measured on so far (the
        next measurement makes a new one), else a new one."""
        pdf, fallbacks = self._current(), self._fallbacks
        self._pdf, self._fallbacks = None, False
        return pdf, fallbacks


_MEASURERS: dict[str | None, Measurer] = {}


def kept(cache: dict[K, V], key: K, make: Callable[[], V]) -> V:
    """cache[key], made once; past Measurer.KEEP entries the cache starts again."""
    if key not in cache:
        if len(cache) >= Measurer.KEEP:
            cache.clear()
        cache[key] = make()
    return cache[key]


def measurer() -> Measurer:
    """The Measurer for the fonts a new PDF would have now."""
    cjk = system_cjk_font()
    if cjk not in _MEASURERS:
        _MEASURERS[cjk] = Measurer(cjk)
    return _MEASURERS[cjk]
