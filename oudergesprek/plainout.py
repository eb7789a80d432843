"""Plain-text output for pipes, NO_COLOR and screen readers: no colours, no boxes, no Rich import."""

from __future__ import annotations

import os
import sys
import textwrap

from oudergesprek.model import Library, Phrase


def use_rich(stream=None) -> bool:
    stream = stream or sys.stdout
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    return hasattr(stream, "isatty") and stream.isatty()


def width() -> int:
    """The terminal's width (or $COLUMNS), between 30 and 100."""
    import shutil

    return max(30, min(shutil.get_terminal_size((80, 24)).columns, 100))


def phrase_block(number: int, phrase: Phrase, text: str, lib: Library, cols: int, moment: str = "") -> str:
    kind = lib.kinds[phrase.kind].title if phrase.kind in lib.kinds else phrase.kind
    skill = lib.skills[phrase.skill].title if phrase.skill in lib.skills else phrase.skill
    situations = ", ".join(lib.situations[s].title for s in phrase.situations if s in lib.situations)
    wrap = textwrap.TextWrapper(width=cols, initial_indent="   ", subsequent_indent="   ")
    head = textwrap.fill(f"{number}. {kind} · {skill}  [{phrase.id}]", width=cols + 3, subsequent_indent="   ")
    lines = [head]
    if moment:
        lines.append(wrap.fill(f"Als: {moment}"))
    lines.append(wrap.fill(text))
    if phrase.why:
        lines.append(wrap.fill(f"Waarom: {phrase.why}"))
    if situations:
        lines.append(wrap.fill(f"Situaties: {situations}"))
    return "\n".join(lines)
