"""The shared rendering layer, tested directly: a Document in, PDF, HTML, Markdown or text out."""

from __future__ import annotations

import io
import os
import stat
import subprocess
import sys

import pytest
from helpers import needs
from pypdf import PdfReader

from oudergesprek.documents.anonymize import initials
from oudergesprek.errors import UsageError
from oudergesprek.render import DocumentTooLong, render, to_html, to_markdown, to_pdf, to_text
from oudergesprek.render.document import BLOCK_TYPES, Block, Document, Section
from oudergesprek.render.fitting import fit
from oudergesprek.render.style import MAX_SIZE, MIN_SIZE


def sample(columns: int = 1, repeat: int = 1) -> Document:
    """Every block type, with text that needs escaping and letters outside Latin-1."""
    blocks = (
        Block("paragraph", "Nguyễn Łukasz Ayşe komt met <zijn> vader & moeder."),
        Block("paragraph", "Een uitleg in het klein.", style="muted"),
        Block("phrase", "Ik hoor dat u schrikt. Wat gaat er nu door u heen?", label="Erkenning"),
        Block("bullets", items=("Eerst luisteren", "Dan samenvatten *kort*")),
        Block("numbered", items=("Kernboodschap", "Ruimte voor de reactie")),
        Block("pairs", items=("Als de ouder boos wordt", "Rustig samenvatten.", "Als het stil valt", "Wachten.")),
        Block("lines", items=("Wie", "Wat"), count=2),
    )
    sections = tuple(
        Section(f"Deel {n}", blocks, note="± 5 min" if n == 1 else "", style="box" if n % 3 == 0 else "")
        for n in range(1, 1 + 3 * repeat)
    )
    return Document(
        title="Voorbereiding gesprek",
        subtitle="Met de ouders van Ayşe",
        meta=(("Kind", "Ayşe"), ("Datum", "24 november")),
        sections=sections,
        columns=columns,
        footer="Vertrouwelijk",
    )


def test_each_renderer_dispatches_through_one_table_that_knows_every_block_type():
    from oudergesprek.render import html, layout, terminal, text

    tables = {
        "terminal": terminal.BODIES,
        "text": text.TEXT_BODIES,
        "markdown": text.MD_BODIES,
        "html": html.BODIES,
        "pdf": layout.Engine.BODIES,
    }
    for name, table in tables.items():
        assert sorted(table) == sorted(BLOCK_TYPES), name


def test_an_unknown_block_type_is_a_clear_error_in_every_renderer():
    from rich.console import Console

    from oudergesprek.render.terminal import print_document

    def on_screen(doc: Document) -> None:
        print_document(doc, Console(file=io.StringIO()))

    doc = Document("Vreemd", sections=(Section("Deel", (Block("kader", "Tekst."),)),))  # type: ignore[arg-type]
    for renderer in (to_text, to_markdown, to_html, to_pdf, on_screen):
        with pytest.raises(ValueError, match="No renderer for block type 'kader'"):
            renderer(doc)


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    return " ".join(reader.pages[0].extract_text().split())


@pytest.mark.parametrize("columns", [1, 2, 3])
def test_pdf_is_one_page_with_all_the_words(columns):
    doc = sample(columns)
    text = pdf_text(to_pdf(doc))
    for word in ("Nguyễn", "Łukasz", "Ayşe", "Deel", "Erkenning", "Kernboodschap", "Vertrouwelijk", "±"):
        assert word in text, word


def test_text_is_measured_as_on_the_page_itself():
    """Engines share one FPDF for measuring (and the widths it found); the page they draw on is their own."""
    from oudergesprek.render.fonts import new_pdf
    from oudergesprek.render.layout import Engine
    from oudergesprek.render.measure import Run

    shared, own = Engine(), Engine(new_pdf())
    for text in ("Wij", "Nguyễn", "Łukasz", "مرحبا", "שלום", "ሰላም", "नमस्ते", "…"):
        for bold in (False, True):
            run = Run(text, 10, bold=bold)
            assert shared.width(text, run) == own.width(text, run), (text, bold)
    assert Engine().pdf is not Engine().pdf


def test_fit_shrinks_step_by_step_and_stays_readable():
    sizes = [fit(sample(3, repeat)).scale.body for repeat in (1, 2)]
    assert sizes[0] == MAX_SIZE and MIN_SIZE <= sizes[1] < sizes[0]
    with pytest.raises(DocumentTooLong):
        fit(sample(3, 3))


def test_too_long_is_refused_with_how_much_and_the_culprit():
    long = Section("Eindeloos", tuple(Block("paragraph", "Veel te veel woorden hier. " * 40) for _ in range(12)))
    doc = Document("Te vol", sections=(Section("Kort", (Block("paragraph", "Kort."),)), long))
    with pytest.raises(DocumentTooLong) as caught:
        to_pdf(doc)
    assert isinstance(caught.value, UsageError) and caught.value.exit_code == 2
    assert "past niet op één A4: ongeveer" in caught.value.message and "% te veel tekst" in caught.value.message
    assert "Eindeloos" in caught.value.message and caught.value.percent > 0


def test_text_and_markdown_hold_everything_and_markdown_escapes():
    doc = sample()
    text, markdown = to_text(doc), to_markdown(doc)
    for needle in ("Nguyễn Łukasz Ayşe", "ERKENNING", "1. Kernboodschap", "Als de ouder boos wordt:", "Wie:"):
        assert needle in text, needle
    assert markdown.startswith("# Voorbereiding gesprek")
    assert "## Deel 1 *(± 5 min)*" in markdown
    assert "\\<zijn\\>" in markdown and "\\*kort\\*" in markdown
    assert "> *Erkenning:* Ik hoor dat u schrikt." in markdown


def test_html_is_self_contained_escaped_and_sized_by_the_pdf_fit():
    doc = sample(2)
    page = to_html(doc)
    assert "&lt;zijn&gt;" in page and "<zijn>" not in page
    assert "<script" not in page.lower() and "http://" not in page and "https://" not in page
    assert "@page { size: A4; margin: 0; }" in page and "@font-face" in page
    assert f"font-size: {fit(doc, slack=6.0).scale.body:.2f}pt" in page


def test_render_picks_the_format_from_the_extension(tmp_path):
    doc = sample()
    for suffix, start in ((".pdf", b"%PDF"), (".html", b"<!DOCTYPE html>"), (".md", b"# "), (".txt", b"Voor")):
        path = render(doc, tmp_path / f"blad{suffix.upper() if suffix == '.pdf' else suffix}", force=False)
        assert path.read_bytes().startswith(start)
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(tmp_path.stat().st_mode) != 0o700 or os.geteuid() == 0  # the folder is left alone


def test_render_refuses_unknown_types_overwrites_and_missing_folders(tmp_path):
    doc = sample()
    with pytest.raises(UsageError, match=r"\.docx") as caught:
        render(doc, tmp_path / "blad.docx", force=False)
    assert all(s in caught.value.hint for s in (".pdf", ".html", ".md", ".txt"))
    existing = tmp_path / "blad.txt"
    existing.write_text("van mij")
    with pytest.raises(UsageError, match="bestaat al") as caught:
        render(doc, existing, force=False)
    assert "--force" in caught.value.hint and existing.read_text() == "van mij"
    render(doc, existing, force=True)
    assert existing.read_text() != "van mij"
    with pytest.raises(UsageError, match="bestaat niet"):
        render(doc, tmp_path / "weg" / "blad.pdf", force=False)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_render_refuses_an_unwritable_folder(tmp_path):
    folder = tmp_path / "dicht"
    folder.mkdir(mode=0o500)
    with pytest.raises(UsageError, match="toestemming"):
        render(sample(), folder / "blad.pdf", force=False)


def test_initials():
    assert initials("Sanne de Vries") == "S.d.V."
    assert initials("Sanne") == "S."
    assert initials("Nguyễn Łukasz") == "N.Ł."
    assert initials("  ") == ""


def loaded_after(code: str, prefixes: tuple[str, ...]) -> list[str]:
    code += f"\nimport sys\nprint(sorted(m for m in sys.modules if m.startswith({prefixes!r})))\n"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return eval(done.stdout.strip().splitlines()[-1])


def test_a_phrase_lookup_never_loads_fpdf_or_the_renderers():
    code = "from typer.testing import CliRunner\nfrom oudergesprek.cli.app import app\n"
    code += "CliRunner().invoke(app, ['phrase', 'boos'])"
    assert loaded_after(code, ("fpdf", "fontTools", "oudergesprek.render")) == []


def test_the_rendering_layer_loads_fpdf_and_rich_only_when_needed():
    code = "import oudergesprek.render, oudergesprek.render.text, oudergesprek.cli.commands.cheatsheet"
    assert loaded_after(code, ("fpdf", "fontTools", "rich")) == []


@needs("chromium")
@pytest.mark.xdist_group("chromium")  # one browser for all print tests (test.sh: --dist loadgroup)
@pytest.mark.parametrize("name", ["spiekbrief", "1x1", "2x1", "3x2"])
def test_html_prints_on_one_page_in_chromium(tmp_path, name, browser):
    if name == "spiekbrief":
        from oudergesprek.documents.cheatsheet import Choice, build
        from oudergesprek.search.catalog import load_catalog

        doc = build(load_catalog().library, Choice(child="Nguyễn Łukasz Ayşe"), "u")
    else:
        doc = sample(int(name[0]), int(name[2]))
    page = render(doc, tmp_path / "blad.html", force=False)
    printed = browser.print_to_pdf(page, tmp_path / "afdruk.pdf")
    reader = PdfReader(printed)
    assert len(reader.pages) == 1
    assert "Ayşe" in reader.pages[0].extract_text()
