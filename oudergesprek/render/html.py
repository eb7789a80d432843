"""A Document as one self-contained HTML file that prints on exactly one A4 page per side of the sheet.

The PDF layout engine decides: the body size, which sections go in which column and the spacing are
taken from its fit (with a few millimetres to spare for the browser), and the shipped font is
embedded as a small subset, so the browser sets the text with the same metrics as the PDF.
No scripts, no external files; every text is escaped.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Callable
from html import escape

from oudergesprek.render import style
from oudergesprek.render.document import Block, BlockType, Document, Section, by_block_type, for_type
from oudergesprek.render.style import Scale, hex_colour, pairs_of, with_colon

SLACK_MM = 6.0  # room left for differences in how a browser sets the text
PAGE_H = 296.0  # one millimetre under A4, so rounding never starts a second page


def font_faces(doc: Document) -> str:
    """@font-face rules with the used characters of DejaVu Sans embedded as WOFF; empty on failure."""
    text = doc.all_text()
    chars = "".join(sorted(set(text) | set(text.upper()) | set("0123456789.:•…“”‘’ -")))
    faces = []
    for weight, font_style in ((400, ""), (700, "B")):
        data = woff_subset(style.font_resource(font_style).read_bytes(), chars)
        if data is None:  # a missing glyph table or similar: fall back to the installed fonts
            return ""
        encoded = base64.b64encode(data).decode("ascii")
        faces.append(
            f'@font-face {{ font-family: "OG DejaVu Sans"; font-weight: {weight}; font-style: normal; '
            f'src: url(data:font/woff;base64,{encoded}) format("woff"); }}'
        )
    return "\n".join(faces)


def woff_subset(font: bytes, chars: str) -> bytes | None:
    """The font cut down to these characters (layout tables and every name kept, hinting dropped) as WOFF.

    HarfBuzz cuts (some 5 ms a font, where fontTools' subsetter takes 150 ms); fontTools, which comes
    with fpdf2, is the fallback and wraps the result as WOFF.
    """
    import logging

    try:
        from fontTools.ttLib import TTFont
    except ImportError:  # pragma: no cover - fontTools comes with fpdf2
        return None
    logging.getLogger("fontTools").setLevel(logging.ERROR)  # no notes about dropped tables on the console
    try:
        cut = _harfbuzz_subset(font, chars)
        if cut is None:
            from fontTools import subset

            subsetted = TTFont(io.BytesIO(font), lazy=True)  # a table is read when the subsetter uses it
            options = subset.Options()
            options.hinting, options.name_IDs = False, ["*"]
            subsetter = subset.Subsetter(options)
            subsetter.populate(text=chars)
            subsetter.subset(subsetted)
        else:
            subsetted = TTFont(io.BytesIO(cut), lazy=True)
        buffer = io.BytesIO()
        subsetted.flavor = "woff"
        subsetted.save(buffer)
    except Exception:
        return None
    return buffer.getvalue()


def _harfbuzz_subset(font: bytes, chars: str) -> bytes | None:
    """The font cut down by HarfBuzz (plain TrueType), or None where uharfbuzz cannot subset."""
    try:
        import uharfbuzz as hb

        wanted = hb.SubsetInput()
        for char in chars:
            wanted.unicode_set.add(ord(char))
        for name_id in range(256):  # every name, the copyright and licence included
            wanted.name_id_set.add(name_id)
        wanted.flags = hb.SubsetFlags.NO_HINTING
        cut = hb.subset(hb.Face(hb.Blob(font)), wanted)
    except (ImportError, AttributeError):  # pragma: no cover - an old uharfbuzz without subsetting
        return None
    if cut is None:
        return None
    return bytes(cut.blob.data)


def css(pages: list[tuple[Document, Scale]]) -> str:
    """Print CSS: the page rules once, then per page the sizes the PDF fit chose for that page."""
    c = colours()
    common = f"""
@page {{ size: A4; margin: 0; }}
* {{ box-sizing: border-box; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: "OG DejaVu Sans", "DejaVu Sans", Verdana, sans-serif; color: {c["INK"]};
  font-kerning: normal; -webkit-print-color-adjust: exact; print-color-adjust: exact; background: #e8ebed; }}
.page {{ position: relative; width: 210mm; height: {PAGE_H}mm; margin: 8mm auto; background: #fff;
  padding: {style.MARGIN_TOP:.2f}mm {style.MARGIN_X:.2f}mm 0; overflow: visible;
  box-shadow: 0 1mm 4mm rgba(0, 0, 0, .18); break-after: page; page-break-after: always; }}
.page:last-child {{ break-after: auto; page-break-after: auto; }}
@media print {{ body {{ background: none; }} .page {{ margin: 0; box-shadow: none; }} }}
p, h1, h2, ol, ul {{ margin: 0; padding: 0; }}
ol, ul {{ list-style: none; }}
section {{ break-inside: avoid; }}
"""
    return common + "".join(page_css(doc, s, f"#{page_id(n)}") for n, (doc, s) in enumerate(pages))


def page_id(n: int) -> str:
    return f"blad{n + 1}"


def colours() -> dict[str, str]:
    names = ("INK", "MUTED", "LABEL", "ACCENT", "ACCENT_DARK", "BAR", "BOX", "BOX_ACCENT", "RULE")
    return {name: hex_colour(getattr(style, name)) for name in names}


def page_css(doc: Document, s: Scale, scope: str) -> str:
    """The rules for one page, each selector inside `scope`."""
    c = colours()
    mm = "{:.2f}mm".format
    rules = f"""
§ {{ font-size: {s.body:.2f}pt; line-height: {mm(s.line)}; }}
§header {{ border-bottom: 0.5mm solid {c["ACCENT"]}; padding-bottom: {mm(s.line * 0.45 - 0.25)};
  margin-bottom: {mm(s.header_gap)}; }}
§h1 {{ font-size: {s.h1:.2f}pt; line-height: {mm(s.h1_line)}; color: {c["ACCENT_DARK"]}; font-weight: 700; }}
§.sub {{ color: {c["MUTED"]}; margin-top: {mm(s.line * 0.15)}; }}
§.meta {{ display: grid; grid-template-columns: auto 1fr auto 1fr; column-gap: 2.5mm; row-gap: {mm(s.item_gap)};
  background: {c["BOX"]}; border-radius: 1.6mm; padding: {mm(s.box_pad * 0.8)}; margin-top: {mm(s.line * 0.4)}; }}
§.meta .wide {{ grid-column: 2 / 5; }}
§.meta .second {{ padding-left: 3.5mm; }}
§.key, §.label {{ font-size: {s.label:.2f}pt; font-weight: 700; color: {c["MUTED"]}; }}
§.grid {{ display: grid; grid-template-columns: repeat({max(1, doc.columns)}, 1fr);
  column-gap: {mm(style.column_gap(doc.columns))}; align-items: start; }}
§h2 {{ font-size: {s.h2:.2f}pt; line-height: {mm(s.h2_line)}; color: {c["ACCENT"]}; font-weight: 700;
  display: flex; justify-content: space-between; gap: 2mm; border-bottom: 0.25mm solid {c["RULE"]};
  padding-bottom: {mm(s.title_gap * 0.45 - 0.13)}; margin-bottom: {mm(s.title_gap * 0.55 - 0.12)}; }}
§h2 .note {{ font-size: {s.small:.2f}pt; font-weight: 400; color: {c["MUTED"]}; white-space: nowrap; }}
§section.box {{ background: {c["BOX"]}; border-radius: 1.6mm; padding: {mm(s.box_pad)}; }}
§section.box h2 {{ color: {c["BOX_ACCENT"]}; border-bottom: 0; padding-bottom: 0; margin-bottom: {mm(s.title_gap)}; }}
§.continued {{ font-size: {s.small:.2f}pt; line-height: {mm(s.small_line)}; font-weight: 700; color: {c["MUTED"]};
  margin-bottom: {mm(s.title_gap)}; }}
§.block + .block {{ margin-top: {mm(s.block_gap)}; }}
§.muted {{ font-size: {s.small:.2f}pt; line-height: {mm(s.small_line)}; color: {c["MUTED"]}; }}
§.large {{ font-size: {s.large:.2f}pt; line-height: {mm(s.large_line)}; font-weight: 700; }}
§.phrase {{ border-left: {mm(s.bar_width)} solid {c["BAR"]}; padding-left: {mm(s.bar_indent - s.bar_width)}; }}
§.phrase .large {{ font-weight: 400; }}
§.label {{ display: block; line-height: {mm(s.label_line)}; }}
§li {{ position: relative; padding-left: {mm(s.hang)}; }}
§li + li {{ margin-top: {mm(s.item_gap)}; }}
§li .mark {{ position: absolute; left: 0; font-weight: 700; color: {c["ACCENT"]}; }}
§.pairs li {{ padding-left: 0; }}
§.pairs strong {{ color: {c["ACCENT_DARK"]}; }}
§.write {{ height: {mm(s.write_line)}; border-bottom: 0.2mm solid {c["RULE"]}; display: flex; align-items: flex-end;
  font-size: {s.small:.2f}pt; color: {c["MUTED"]}; padding-bottom: 0.6mm; }}
§footer {{ position: absolute; left: {mm(style.MARGIN_X)}; right: {mm(style.MARGIN_X)};
  bottom: {mm(PAGE_H - style.FOOTER_BOTTOM)};
  font-size: {style.FOOTER_SIZE}pt; line-height: {mm(style.FOOTER_LINE)}; color: {c["LABEL"]}; }}
"""
    return rules.replace("§ ", scope + " ").replace("§", scope + " ")


def block_html(block: Block) -> str:
    body = for_type(BODIES, block)(block)
    if block.label_above:
        return f'<div class="block"><span class="label">{escape(block.label_above)}</span>{body}</div>'
    return body


def _paragraph(block: Block) -> str:
    cls = {"muted": "block muted", "large": "block large"}.get(block.style, "block")
    return f'<p class="{cls}">{escape(block.text)}</p>'


def _phrase(block: Block) -> str:
    label = f'<span class="label">{escape(block.label)}</span>' if block.label else ""
    size = ' class="large"' if block.style == "large" else ""
    return f'<div class="block phrase">{label}<p{size}>{escape(block.text)}</p></div>'


def _list(block: Block) -> str:
    tag = "ol" if block.type == "numbered" else "ul"
    marks = [f"{n}." if tag == "ol" else "•" for n in range(1, len(block.items) + 1)]
    items = "".join(
        f'<li><span class="mark" aria-hidden="true">{m}</span>{escape(item)}</li>'
        for m, item in zip(marks, block.items, strict=True)
    )
    return f'<{tag} class="block">{items}</{tag}>'


def _pairs(block: Block) -> str:
    items = "".join(
        f"<li><strong>{escape(with_colon(label))}</strong> {escape(value)}</li>"
        for label, value in pairs_of(block.items)
    )
    return f'<ul class="block pairs">{items}</ul>'


def _lines(block: Block) -> str:
    rows = []
    for label in block.items or ("",):
        for n in range(max(1, block.count)):
            rows.append(f'<div class="write">{escape(with_colon(label)) if n == 0 and label else ""}</div>')
    return f'<div class="block">{"".join(rows)}</div>'


BODIES: dict[BlockType, Callable[[Block], str]] = by_block_type(
    paragraph=_paragraph, bullets=_list, numbered=_list, phrase=_phrase, lines=_lines, pairs=_pairs
)


def section_html(section: Section, start: int, end: int, title: bool, gap: float) -> str:
    cls = ' class="box"' if section.style == "box" else ""
    spacing = f' style="margin-top: {gap:.2f}mm"' if gap else ""
    head = ""
    if title:
        note = f'<span class="note">{escape(section.note)}</span>' if section.note else ""
        head = f"<h2><span>{escape(section.title)}</span>{note}</h2>"
    elif start > 0:
        head = f'<p class="continued">{escape(section.title)} (vervolg)</p>'
    body = "".join(block_html(b) for b in section.blocks[start:end])
    return f"<section{cls}{spacing}>{head}{body}</section>"


def fitted(page: Document, n: int):
    """The PDF fit of one side, with a few millimetres to spare for the browser when that fits."""
    from oudergesprek.render.document import DocumentTooLong
    from oudergesprek.render.pdf import fit_side

    try:
        return fit_side(page, n, slack=SLACK_MM)
    except DocumentTooLong:
        return fit_side(page, n)  # fits only without the spare room: still the best there is, or DocumentTooLong


def page_html(doc: Document, layout, n: int) -> str:
    e = escape
    columns = []
    for c, frags in enumerate(layout.columns):
        parts = [
            section_html(doc.sections[f.index], f.start, f.end, f.title, layout.gaps[c] if i else 0)
            for i, f in enumerate(frags)
        ]
        columns.append(f'<div class="col">{"".join(parts)}</div>')
    head = [f"<h1>{e(doc.title)}</h1>"]
    if doc.subtitle:
        head.append(f'<p class="sub">{e(doc.subtitle)}</p>')
    if doc.meta:
        head.append(meta_html(doc.meta))
    footer = f"<footer>{e(doc.footer)}</footer>" if doc.footer else ""
    return (
        f'<div class="page" id="{page_id(n)}">\n<header>{"".join(head)}</header>\n'
        f'<main class="grid">{"".join(columns)}</main>\n{footer}\n</div>\n'
    )


def meta_html(meta: tuple[tuple[str, str], ...]) -> str:
    """The header fields in the grid the PDF draws: two short ones per row, a long one over the width."""
    from oudergesprek.render.frame import meta_rows

    e = escape
    cells = []
    for row in meta_rows(meta):
        for n, (key, value) in enumerate(row):
            cls = "key second" if n else "key"
            wide = ' class="wide"' if len(row) == 1 else ""
            cells.append(f'<span class="{cls}">{e(key)}</span><span{wide}>{e(value)}</span>')
    return f'<div class="meta">{"".join(cells)}</div>'


def to_html(doc: Document) -> str:
    """Every side of the sheet as a printed A4 page; raises DocumentTooLong when a side cannot fit."""
    e = escape
    layouts = [(page, fitted(page, n)) for n, page in enumerate(doc.pages())]
    laid = [(layout.doc or page, layout) for page, layout in layouts]
    pages = "".join(page_html(page, layout, n) for n, (page, layout) in enumerate(laid))
    return (
        f'<!DOCTYPE html>\n<html lang="{e(doc.lang)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="oudergesprek">\n<title>{e(doc.title)}</title>\n'
        f"<style>\n{font_faces(doc)}\n{css([(page, layout.scale) for page, layout in laid])}</style>\n</head>\n"
        f"<body>\n{pages}</body>\n</html>\n"
    )
