"""The look of a page, shared by the PDF and the HTML renderer: geometry, colours and type scale.

Everything is derived from one number, the body size in points, so that shrinking a document to fit
keeps its proportions. Lengths are in millimetres, font sizes in points.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from importlib import resources

PT = 25.4 / 72  # one point in millimetres

PAGE_W, PAGE_H = 210.0, 297.0
MARGIN_X = 14.0
MARGIN_TOP = 13.0
MARGIN_BOTTOM = 15.0  # the footer sits inside this margin
FOOTER_SIZE = 7.5
FOOTER_LINE = 3.4  # mm; a footer of more lines grows upwards into the content area
FOOTER_BOTTOM = PAGE_H - 8.0  # bottom edge of the footer's last line
META_SHORT = 38  # a header field up to this many characters shares its row with another
CONTENT_W = PAGE_W - 2 * MARGIN_X
CONTENT_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM

MAX_SIZE = 11.0  # comfortable body size for a sparse page
MIN_SIZE = 7.5  # smallest size that is still readable on paper
MIN_TEXT = 7.5  # no text on a page is smaller than this: labels, notes and the footer included
SIZE_STEP = 0.25

FONT_FAMILY = "DejaVu Sans"
# The scripts of Dutch and Flemish classrooms (tools/subset_dejavu.py): fpdf2 reads every glyph of a font for
# each PDF, and these have less than half of DejaVu Sans. Other characters come from the fallback fonts.
FONT_FILES = {"": "DejaVuSans-Basis.ttf", "B": "DejaVuSans-Bold-Basis.ttf"}

# Colours as RGB: a calm teal accent, warm tint for boxes, soft greys for secondary text.
INK = (34, 38, 41)
MUTED = (92, 99, 105)
LABEL = (104, 110, 115)
ACCENT = (24, 104, 112)
ACCENT_DARK = (18, 70, 78)
BAR = (146, 196, 198)
BOX = (246, 241, 230)
BOX_ACCENT = (160, 104, 32)
RULE = (205, 210, 212)


def hex_colour(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


# Fallback fonts for names in other scripts, shipped (Noto, OFL; DejaVu): family -> file, in the order tried
FALLBACK_FONTS = {
    "Noto Sans Arabic": "NotoSansArabic-Regular.ttf",
    "Noto Sans Hebrew": "NotoSansHebrew-Regular.ttf",
    "Noto Sans Ethiopic": "NotoSansEthiopic-Regular.ttf",
    "Noto Sans Devanagari": "NotoSansDevanagari-Regular.ttf",
    "DejaVu Sans Volledig": "DejaVuSans.ttf",  # last: every other script DejaVu Sans has (Arabic, braille, ...)
}
# Chinese, Japanese and Korean fonts are too big to ship: a system font is used when there is one.
SYSTEM_CJK_FONTS = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/System/Library/Fonts/PingFang.ttc",
    "/System/Library/Fonts/STHeiti Medium.ttc",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/simsun.ttc",
)


def font_file(name: str):
    """A file in the shipped fonts folder (a Noto fallback, latin-widths.json) as an importlib.resources
    Traversable."""
    return resources.files("oudergesprek") / "fonts" / name


def font_resource(style: str = ""):
    """The shipped TTF for a style ("" or "B") as an importlib.resources Traversable."""
    return font_file(FONT_FILES[style])


def column_gap(columns: int) -> float:
    return 8.0 if columns <= 2 else 6.0


def column_width(columns: int) -> float:
    columns = max(1, columns)
    return (CONTENT_W - column_gap(columns) * (columns - 1)) / columns


@dataclass(frozen=True)
class Scale:
    """Type sizes (pt) and spacing (mm) for one body size.

    Each is computed once per Scale (a fit asks for them hundreds of thousands of times).
    """

    body: float

    @cached_property
    def leading(self) -> float:
        """Line height as a factor of the font size: airier when there is room."""
        t = (self.body - MIN_SIZE) / (MAX_SIZE - MIN_SIZE)
        return 1.27 + 0.13 * max(0.0, min(1.0, t))

    @cached_property
    def line(self) -> float:
        return self.body * PT * self.leading

    @cached_property
    def small(self) -> float:
        return max(MIN_TEXT, self.body * 0.86)

    @cached_property
    def small_line(self) -> float:
        return self.small * PT * self.leading

    @cached_property
    def label(self) -> float:
        return max(MIN_TEXT, self.body * 0.8)

    @cached_property
    def label_line(self) -> float:
        return self.label * PT * 1.4

    @cached_property
    def large(self) -> float:
        """The opening and the core message: what is said first, readable at a glance."""
        return self.body * 1.15

    @cached_property
    def large_line(self) -> float:
        return self.large * PT * 1.32

    @cached_property
    def h2(self) -> float:
        return self.body * 1.2

    @cached_property
    def h2_line(self) -> float:
        return self.h2 * PT * 1.3

    @cached_property
    def h1(self) -> float:
        return min(20.0, self.body * 1.9)

    @cached_property
    def h1_line(self) -> float:
        return self.h1 * PT * 1.2

    @cached_property
    def block_gap(self) -> float:
        return self.line * 0.5

    @cached_property
    def item_gap(self) -> float:
        return self.line * 0.22

    @cached_property
    def section_gap(self) -> float:
        return self.line * 1.25

    @cached_property
    def title_gap(self) -> float:
        return self.line * 0.3

    @cached_property
    def bar_indent(self) -> float:
        return 2.2 + self.body * 0.12

    @cached_property
    def bar_width(self) -> float:
        return 0.75

    @cached_property
    def hang(self) -> float:
        """Indent of bullet and numbered items."""
        return self.body * PT * 1.45

    @cached_property
    def box_pad(self) -> float:
        return self.line * 0.7

    @cached_property
    def write_line(self) -> float:
        """Pitch of an empty line to write on by hand."""
        return max(6.5, self.line * 1.6)

    @cached_property
    def header_gap(self) -> float:
        return self.line * 1.1


def pairs_of(items: tuple[str, ...]) -> list[tuple[str, str]]:
    """Label/value pairs from a flat tuple; a missing last value is empty."""
    return [(items[i], items[i + 1] if i + 1 < len(items) else "") for i in range(0, len(items), 2)]


def with_colon(label: str) -> str:
    return label if not label or label[-1] in ".:?!" else label + ":"


def sizes(smallest: float = 0.0, largest: float = 0.0) -> list[float]:
    """Candidate body sizes, most comfortable first; 0 means the default bound."""
    low, high = max(MIN_SIZE, smallest or MIN_SIZE), max(smallest or MIN_SIZE, largest or MAX_SIZE)
    steps = round((high - low) / SIZE_STEP)
    return [round(high - i * SIZE_STEP, 2) for i in range(steps + 1)]
