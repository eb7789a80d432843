"""Rich output for a terminal: the only module that draws panels and colours."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.text import Text

from oudergesprek.model import Library, Phrase


def print_phrases(phrases: list[Phrase], texts: list[str], lib: Library, moments: list[str]) -> None:
    console = Console()
    for number, (phrase, text, moment) in enumerate(zip(phrases, texts, moments, strict=True), 1):
        kind = lib.kinds[phrase.kind].title if phrase.kind in lib.kinds else phrase.kind
        skill = lib.skills[phrase.skill].title if phrase.skill in lib.skills else phrase.skill
        body = Text()
        if moment:
            body.append(f"Als: {moment}\n", style="italic")
        body.append(text, style="bold")
        if phrase.why:
            body.append("\n\n")
            body.append(phrase.why, style="dim")
        situations = ", ".join(lib.situations[s].title for s in phrase.situations if s in lib.situations)
        console.print(
            Panel(
                body,
                title=f"[bold]{number}. {escape(kind)}[/] · {escape(skill)}",
                title_align="left",
                subtitle=escape(f"{situations} · {phrase.id}" if situations else phrase.id),
                subtitle_align="right",
                border_style="cyan",
                padding=(0, 1),
            )
        )
