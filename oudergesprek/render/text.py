"""A Document as plain text or Markdown: clean, readable, no layout tricks."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable

from oudergesprek.render.document import Block, BlockType, Document, by_block_type, for_type
from oudergesprek.render.style import pairs_of, with_colon

WIDTH = 78
Body = Callable[[Block], list[str]]  # one block's lines


def _wrap(text: str, indent: str = "", hang: str | None = None, width: int = WIDTH) -> str:
    wrapper = textwrap.TextWrapper(
        width=width, initial_indent=indent, subsequent_indent=indent if hang is None else hang, break_on_hyphens=False
    )
    return wrapper.fill(text) or indent.rstrip()


def _text_block(block: Block) -> list[str]:
    body = for_type(TEXT_BODIES, block)(block)
    return [block.label_above.upper(), *body] if block.label_above else body


def _paragraph(block: Block) -> list[str]:
    return [_wrap(block.text)]


def _phrase(block: Block) -> list[str]:
    head = [f"  {block.label.upper()}"] if block.label else []
    return [*head, _wrap(f"“{block.text}”", "    ", "     ")]


def _list(block: Block) -> list[str]:
    marks = [f"{n}." if block.type == "numbered" else "•" for n in range(1, len(block.items) + 1)]
    width = max(len(m) for m in marks) + 1 if marks else 2
    return [_wrap(item, f"  {m:<{width}}", " " * (width + 2)) for m, item in zip(marks, block.items, strict=True)]


def _pairs(block: Block) -> list[str]:
    return [_wrap(f"{with_colon(label)} {value}".strip(), "  ", "    ") for label, value in pairs_of(block.items)]


def _lines(block: Block) -> list[str]:
    rows = []
    for label in block.items or ("",):
        for n in range(max(1, block.count)):
            lead = f"{with_colon(label)} " if n == 0 and label else ""
            rows.append("  " + lead + "_" * max(10, WIDTH - 2 - len(lead)))
    return rows


TEXT_BODIES: dict[BlockType, Body] = by_block_type(
    paragraph=_paragraph, bullets=_list, numbered=_list, phrase=_phrase, lines=_lines, pairs=_pairs
)


def to_text(doc: Document) -> str:
    """Plain text for a pipe, a screen reader or a quick print."""
    out = [doc.title, "=" * min(WIDTH, len(doc.title))]
    if doc.subtitle:
        out.append(_wrap(doc.subtitle))
    if doc.meta:
        out.append(_wrap(" · ".join(f"{key}: {value}" for key, value in doc.meta)))
    for section in doc.sections:
        title = f"{section.title} ({section.note})" if section.note else section.title
        out += ["", title.upper(), "-" * min(WIDTH, len(title))]
        for n, block in enumerate(section.blocks):
            if n:
                out.append("")
            out += _text_block(block)
    if doc.footer:
        out += ["", "—", _wrap(doc.footer)]
    text = "\n".join(out) + "\n"
    if doc.back is not None:
        text += "\n" + "~" * WIDTH + "\nACHTERKANT\n\n" + to_text(doc.back)
    return text


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~=])")  # ~~~ (code fence) and === (heading underline) too


def md(text: str) -> str:
    """Escape the characters Markdown would read as markup."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def _md_block(block: Block) -> list[str]:
    body = for_type(MD_BODIES, block)(block)
    return [f"**{md(block.label_above)}**", "", *body] if block.label_above else body


def _md_paragraph(block: Block) -> list[str]:
    return [f"*{md(block.text)}*"] if block.style == "muted" else [md(block.text)]


def _md_phrase(block: Block) -> list[str]:
    label = f"*{md(block.label)}:* " if block.label else ""
    return [f"> {label}{md(block.text)}"]


def _md_bullets(block: Block) -> list[str]:
    return [f"- {md(item)}" for item in block.items]


def _md_numbered(block: Block) -> list[str]:
    return [f"{n}. {md(item)}" for n, item in enumerate(block.items, 1)]


def _md_pairs(block: Block) -> list[str]:
    return [f"- **{md(with_colon(label))}** {md(value)}".rstrip() for label, value in pairs_of(block.items)]


def _md_lines(block: Block) -> list[str]:
    rows = []
    for label in block.items or ("",):
        head = f"**{md(with_colon(label))}** " if label else ""
        rows += [f"- {head if n == 0 else ''}\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_" for n in range(max(1, block.count))]
    return rows


MD_BODIES: dict[BlockType, Body] = by_block_type(
    paragraph=_md_paragraph,
    bullets=_md_bullets,
    numbered=_md_numbered,
    phrase=_md_phrase,
    lines=_md_lines,
    pairs=_md_pairs,
)


def to_markdown(doc: Document) -> str:
    """Markdown with one heading per section; every text is escaped."""
    out = [f"# {md(doc.title)}", ""]
    if doc.subtitle:
        out += [f"*{md(doc.subtitle)}*", ""]
    if doc.meta:
        out += [" · ".join(f"**{md(key)}:** {md(value)}" for key, value in doc.meta), ""]
    for section in doc.sections:
        note = f" *({md(section.note)})*" if section.note else ""
        out += [f"## {md(section.title)}{note}", ""]
        for block in section.blocks:
            out += [*_md_block(block), ""]
    if doc.footer:
        out += ["---", "", f"*{md(doc.footer)}*", ""]
    text = "\n".join(out).rstrip() + "\n"
    if doc.back is not None:
        text += "\n---\n\n" + to_markdown(doc.back)
    return text
