"""The shared rendering layer: one Document in, PDF, HTML, Markdown, text or a terminal view out.

This package imports nothing heavy at the top: fpdf2 is loaded only for a PDF or a fit, Rich only for
the terminal view, so a phrase look-up never pays for them.
"""

from __future__ import annotations

import os
from pathlib import Path

from oudergesprek.errors import UsageError, os_reason
from oudergesprek.render.document import Document, DocumentTooLong  # noqa: F401  (part of this package's interface)

FORMATS = (".pdf", ".html", ".md", ".txt")


def printable(doc: Document) -> Document:
    """The document as every renderer receives it: only text, no control characters, escape codes or
    bidirectional controls (a name given with --kind could carry them). Direction is the renderers' job."""
    from oudergesprek.cleantext import for_terminal

    return doc.map_text(for_terminal)


def to_pdf(doc: Document) -> bytes:
    """A one-page A4 PDF with the shipped Unicode font."""
    from oudergesprek.render.pdf import to_pdf as render_pdf

    return render_pdf(printable(doc))


def to_html(doc: Document) -> str:
    """One self-contained HTML file whose print CSS keeps it on one A4 page."""
    from oudergesprek.render.html import to_html as render_html

    return render_html(printable(doc))


def to_markdown(doc: Document) -> str:
    from oudergesprek.render.text import to_markdown as render_markdown

    return render_markdown(printable(doc))


def to_text(doc: Document) -> str:
    from oudergesprek.render.text import to_text as render_text

    return render_text(printable(doc))


def print_document(doc: Document) -> None:
    """The document in the terminal with Rich, also in a pipe (the preview of prep)."""
    from oudergesprek.render.terminal import print_document as draw

    draw(printable(doc))


def show(doc: Document) -> None:
    """The document on screen: with Rich in a terminal that takes colours, else as plain text."""
    import sys

    from oudergesprek.terminal import use_colour

    if use_colour():
        print_document(doc)
    else:
        sys.stdout.write(to_text(doc))


def check_fits(doc: Document) -> None:
    """Raise DocumentTooLong when the document (each side, if it has two) cannot fit on its A4 page."""
    from oudergesprek.render.pdf import fit_all

    fit_all(doc)


def check_target(path: Path, *, force: bool) -> str:
    """The format for this output path, after checking it can and may be written; else UsageError."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        shown = f"'{path.suffix}'" if path.suffix else "geen extensie"
        raise UsageError(
            f"Onbekend bestandstype voor {path}: {shown}.",
            f"Kies een naam die eindigt op {', '.join(FORMATS[:-1])} of {FORMATS[-1]}.",
        )
    if path.is_dir():
        raise UsageError(f"{path} is een map, geen bestand.", "Geef een bestandsnaam, bijvoorbeeld spiekbrief.pdf.")
    if path.exists() and not force:
        raise UsageError(f"{path} bestaat al.", "Gebruik --force om het te overschrijven, of kies een andere naam.")
    folder = path.parent
    if not folder.is_dir():
        raise UsageError(f"De map {folder} bestaat niet.", "Maak de map eerst aan, of kies een andere plek.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UsageError(f"Geen toestemming om te schrijven in de map {folder}.", "Kies een andere plek.")
    return suffix


def render(doc: Document, path: Path, *, force: bool) -> Path:
    """Write the document to `path` in the format its extension names; returns the path written."""
    from oudergesprek.atomic import write_bytes

    path = Path(os.path.expanduser(str(path)))
    suffix = check_target(path, force=force)
    if suffix == ".pdf":
        data = to_pdf(doc)
    else:
        check_fits(doc)
        text = {".html": to_html, ".md": to_markdown, ".txt": to_text}[suffix](doc)
        data = text.encode("utf-8")
    try:
        write_bytes(path, data, private=True, own_folder=False)
    except OSError as exc:
        raise UsageError(f"Kan {path} niet schrijven: {os_reason(exc)}.", "Kies een andere plek.") from None
    return path
