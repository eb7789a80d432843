"""A one- or two-page document as plain data: what the prep script, the cheatsheet and the plan all produce.

Renderers (oudergesprek.render) turn a Document into PDF, HTML, Markdown or text; they never decide
content, and builders never decide layout.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Literal, TypeVar, get_args

from oudergesprek.errors import UsageError

BlockType = Literal["paragraph", "bullets", "numbered", "phrase", "lines", "pairs"]
BLOCK_TYPES: tuple[BlockType, ...] = get_args(BlockType)


@dataclass(frozen=True)
class Block:
    """One unit of content inside a section.

    - paragraph: `text`
    - bullets / numbered: `items`
    - phrase: a phrasing to say out loud, `text`, with an optional small `label` (its category)
    - lines: `items` are labels of empty write-in lines (e.g. "Wie", "Wat", "Wanneer"); `count` lines each
    - pairs: `items` alternate label, value (e.g. "Als de ouder boos wordt", "Rustig samenvatten ...")
    """

    type: BlockType
    text: str = ""
    items: tuple[str, ...] = ()
    label: str = ""
    count: int = 1
    # "" normal; "muted": secondary text (smaller, grey); "large": said first, set larger (an opening);
    # "fill" (lines only): write-in lines that grow to fill what is left of the column
    style: str = ""

    @property
    def label_above(self) -> str:
        """The label every renderer sets above the block; a phrase carries its label inside itself."""
        return "" if self.type == "phrase" else self.label


Renderer = TypeVar("Renderer")


def by_block_type(
    *, paragraph: Renderer, bullets: Renderer, numbered: Renderer, phrase: Renderer, lines: Renderer, pairs: Renderer
) -> dict[BlockType, Renderer]:
    """A renderer's table: what draws each block type. Every type is a required keyword, so that mypy
    refuses a renderer that forgets one."""
    return {
        "paragraph": paragraph,
        "bullets": bullets,
        "numbered": numbered,
        "phrase": phrase,
        "lines": lines,
        "pairs": pairs,
    }


def for_type(table: Mapping[BlockType, Renderer], block: Block) -> Renderer:
    """What a renderer's table (block type to function) holds for this block: each renderer dispatches
    here once instead of testing the type in if-chains. A type missing from the table is a clear error."""
    try:
        return table[block.type]
    except KeyError:
        known = ", ".join(sorted(table))
        raise ValueError(f"No renderer for block type {block.type!r} (this renderer knows: {known}).") from None


@dataclass(frozen=True)
class Section:
    title: str
    blocks: tuple[Block, ...]
    note: str = ""  # small text beside the title, e.g. "± 5 min"
    style: str = ""  # "" plain, "box": a tinted box that stands out (tips, routines)


@dataclass(frozen=True)
class Document:
    title: str
    subtitle: str = ""
    meta: tuple[tuple[str, str], ...] = ()  # header fields: ("Kind", "Sanne"), ("Datum", "24 november")
    sections: tuple[Section, ...] = ()
    columns: int = 1  # 1 for a script, 2 or 3 for a cheatsheet grid
    footer: str = ""
    lang: str = "nl"
    extra: dict = field(default_factory=dict)
    back: Document | None = None  # the other side of the sheet: a second A4 page, fitted on its own
    min_body: float = 0.0  # smallest body size in pt this document may be set in (0: the renderer's minimum)
    max_body: float = 0.0  # largest body size (0: the renderer's comfortable maximum)

    def pages(self) -> list[Document]:
        """The front, and the back when there is one."""
        return [self] + ([self.back] if self.back is not None else [])

    def map_text(self, content: Callable[[str], str], label: Callable[[str], str] | None = None) -> Document:
        """The same Document with `content` applied to every text the user gave (meta values, block texts and
        items, the values of pairs) and `label` (default: `content` too) to the program's own words (title,
        subtitle, footer, section titles and notes, block labels, meta keys, the labels of pairs and lines)."""
        own = label or content

        def block(b: Block) -> Block:
            if b.type == "pairs":  # label, value, label, value
                items = tuple(content(i) if n % 2 else own(i) for n, i in enumerate(b.items))
            else:
                items = tuple((own if b.type == "lines" else content)(i) for i in b.items)
            return dataclasses.replace(b, text=content(b.text), items=items, label=own(b.label))

        sections = tuple(
            dataclasses.replace(s, title=own(s.title), note=own(s.note), blocks=tuple(block(b) for b in s.blocks))
            for s in self.sections
        )
        return dataclasses.replace(
            self,
            title=own(self.title),
            subtitle=own(self.subtitle),
            meta=tuple((own(k), content(v)) for k, v in self.meta),
            sections=sections,
            footer=own(self.footer),
            back=self.back.map_text(content, label) if self.back is not None else None,
        )

    def all_text(self) -> str:
        """Every word on the page, for checks and tests."""
        parts = [self.title, self.subtitle, self.footer]
        parts += [f"{k} {v}" for k, v in self.meta]
        for section in self.sections:
            parts += [section.title, section.note]
            for block in section.blocks:
                parts += [block.label, block.text, *block.items]
        if self.back is not None:
            parts.append(self.back.all_text())
        return "\n".join(p for p in parts if p)


class DocumentTooLong(UsageError):
    """The document does not fit on one A4 page, even at the smallest readable size."""

    def __init__(self, message: str, hint: str | None = None, *, percent: int = 0) -> None:
        super().__init__(message, hint)
        self.percent = percent
