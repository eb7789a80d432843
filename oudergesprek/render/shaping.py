"""Text shaping (harfbuzz and bidi in fpdf2) for the texts that need it, and plain text for the rest.

Shaping joins Arabic, puts right-to-left names in their order and places combining marks and the
letters of Devanagari. Dutch text needs none of that: shaped, fpdf2 writes every letter with a position
of its own (the kerning of DejaVu Sans), which makes a PDF a third larger, its text slower to extract
and harder to copy. So a text of letters that are drawn one after the other as they are typed (Latin,
Greek, Cyrillic, punctuation, symbols, left to right, without combining marks) is written as plain text,
and any other text is shaped. Measuring and drawing decide the same way, so what was measured is what
is drawn.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from fpdf import FPDF

# Blocks whose letters are drawn one after the other: Latin, IPA, Greek, Cyrillic (up to U+052F), Latin
# Extended Additional and Greek Extended, and punctuation, symbols, arrows, shapes and dingbats.
_RANGES = ((0x00, 0x052F), (0x1E00, 0x1FFF), (0x2000, 0x2BFF))
# Bidi classes that read left to right in a left-to-right line, as typed.
_IN_ORDER = frozenset({"L", "EN", "ES", "ET", "CS", "ON", "WS", "S"})
_KNOWN: dict[str, bool] = {}


def in_order(char: str) -> bool:
    """Whether a character is drawn as it is, after the one before it (see the module's description)."""
    found = _KNOWN.get(char)
    if found is None:
        code = ord(char)
        found = _KNOWN[char] = (
            any(low <= code <= high for low, high in _RANGES)
            and unicodedata.bidirectional(char) in _IN_ORDER
            and not unicodedata.combining(char)
            and unicodedata.category(char)[0] not in "MC"  # no marks, no format or control characters
        )
    return found


def needs_shaping(text: str) -> bool:
    """Whether a text must be shaped to be drawn right."""
    return not text.isascii() and not all(map(in_order, text))


class ShapingPDF(FPDF):
    """An FPDF that shapes only the texts that need it: call `shape_for(text)` before measuring or drawing
    `text`. Shaping is set up once with `set_text_shaping`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.shaping: dict | None = None

    def set_text_shaping(self, use_shaping_engine: bool = True, *args: Any, **kwargs: Any) -> None:
        super().set_text_shaping(use_shaping_engine, *args, **kwargs)
        self.shaping = self.text_shaping

    def shape_for(self, text: str) -> None:
        self.text_shaping = self.shaping if self.shaping and needs_shaping(text) else None


def shape_for(pdf: FPDF, text: str) -> None:
    """Shaping on `pdf` as `text` needs it (an FPDF of another kind keeps its own setting)."""
    if isinstance(pdf, ShapingPDF):
        pdf.shape_for(text)
