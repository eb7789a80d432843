"""A Document in the terminal with Rich: panels per section, phrases in bold, labels dim."""

from __future__ import annotations

from collections.abc import Callable

from rich.console import Console, Group, RenderableType
from rich.markup import escape
from rich.padding import Padding
from rich.panel import Panel
from rich.rule import Rule
from rich.text import Text

from oudergesprek.render.document import Block, BlockType, Document, by_block_type, for_type
from oudergesprek.render.style import pairs_of, with_colon


def block_renderable(block: Block) -> RenderableType:
    """One block as a Rich renderable, with its label above it."""
    body = for_type(BODIES, block)(block)
    if block.label_above:
        return Group(Text(block.label_above.upper(), style="dim bold"), body)
    return body


def _paragraph(block: Block) -> Text:
    return Text(block.text, style="dim italic" if block.style == "muted" else "")


def _phrase(block: Block) -> Padding:
    text = Text()
    if block.label:
        text.append(block.label.upper() + "\n", style="dim bold")
    text.append(block.text, style="bold")
    return Padding(text, (0, 0, 0, 2))


def _list(block: Block) -> Text:
    text = Text()
    for n, item in enumerate(block.items, 1):
        mark = f"{n}." if block.type == "numbered" else "•"
        text.append(("\n" if n > 1 else "") + f"{mark} ", style="bold cyan")
        text.append(item)
    return text


def _pairs(block: Block) -> Text:
    text = Text()
    for n, (label, value) in enumerate(pairs_of(block.items)):
        text.append(("\n" if n else "") + with_colon(label), style="bold")
        text.append(f" {value}")
    return text


def _lines(block: Block) -> Text:
    rows = [f"{with_colon(label)} {'_' * 30}" if label else "_" * 30 for label in block.items or ("",)]
    return Text("\n".join(rows), style="dim")


BODIES: dict[BlockType, Callable[[Block], RenderableType]] = by_block_type(
    paragraph=_paragraph, bullets=_list, numbered=_list, phrase=_phrase, lines=_lines, pairs=_pairs
)


def print_document(doc: Document, console: Console | None = None) -> None:
    console = console or Console()
    console.print(Text(doc.title, style="bold cyan"))
    if doc.subtitle:
        console.print(Text(doc.subtitle, style="dim"))
    if doc.meta:
        meta = Text()
        for n, (key, value) in enumerate(doc.meta):
            meta.append(("   " if n else "") + key.upper() + " ", style="dim")
            meta.append(value, style="bold")
        console.print(meta)
    console.print(Rule(style="cyan"))
    for section in doc.sections:
        parts: list[RenderableType] = []
        for n, block in enumerate(section.blocks):
            if n:
                parts.append(Text(""))
            parts.append(block_renderable(block))
        box = section.style == "box"
        console.print(
            Panel(
                Group(*parts),
                title=f"[bold]{escape(section.title)}[/]",
                title_align="left",
                subtitle=escape(section.note) if section.note else None,
                subtitle_align="right",
                border_style="yellow" if box else "cyan",
                padding=(0, 1),
            )
        )
    if doc.footer:
        console.print(Text(doc.footer, style="dim"))
    if doc.back is not None:
        console.print(Rule("achterkant", style="dim"))
        print_document(doc.back, console)
