"""What the flows hand over: an export through the render layer or the screen, with names hidden on request."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def anonymous(answers: dict) -> dict:
    """The same answers with the child's and parents' names (and other names) replaced by initials."""
    from oudergesprek.documents import anonymize

    return anonymize.answers(answers)


def check_output(output: Path | None, force: bool) -> None:
    """Before any question is asked: can the export be written at all?"""
    if output is not None:
        from oudergesprek import render

        render.check_target(Path(output).expanduser(), force=force)


def deliver(doc: Any, output: Path | None, force: bool, what: str, hide_names_of: dict | None = None) -> None:
    """To a file through the render layer, else on screen: Rich in a terminal, plain text otherwise. With
    `hide_names_of` (the answers), every name in them is replaced by initials in the document as well."""
    from oudergesprek import render

    if hide_names_of is not None:
        from oudergesprek.documents import anonymize

        doc = anonymize.document(doc, hide_names_of)

    if output is not None:
        written = render.render(doc, output, force=force)
        print(f"{what} opgeslagen: {written}")
        return
    render.show(doc)
