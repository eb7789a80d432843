"""`oudergesprek cheatsheet` through the CLI: one A4 page, the five skills, filters, --zin, u and je."""

from __future__ import annotations

import re
import stat
from pathlib import Path

import pytest
from helpers import personal_phrase, write
from pypdf import PdfReader

from oudergesprek.documents.cheatsheet import Choice, build
from oudergesprek.render import style
from oudergesprek.render.layout import Engine
from oudergesprek.render.pdf import fit_side
from oudergesprek.search.catalog import load_catalog

LIB = load_catalog().library
SKILL_TITLES = [term.title for term in LIB.skills.values()]
BOXES = ("Drie sleutels", "Aan de deur", "Na het gesprek")


def pdf_of(cli, tmp_path: Path, *args: str) -> PdfReader:
    out = tmp_path / "spiekbrief.pdf"
    result = cli("cheatsheet", *args, "--output", str(out), "--force")
    assert result.exit_code == 0, result.output
    return PdfReader(out)


def text_of(reader: PdfReader) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def phrase_lines(cli, tmp_path: Path, *args: str) -> list[str]:
    """The phrase texts on the sheet, read from its Markdown version (without the door question)."""
    out = tmp_path / "spiekbrief.md"
    result = cli("cheatsheet", *args, "--output", str(out), "--force")
    assert result.exit_code == 0, result.output
    lines = [line for line in out.read_text(encoding="utf-8").splitlines() if line.startswith("> ")]
    return [re.sub(r"^> (\*[^*]+\* )?", "", line) for line in lines if "snel even spreken" not in line]


def test_default_sheet_is_one_a4_page_with_every_skill_and_box(cli, tmp_path):
    reader = pdf_of(cli, tmp_path)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 in points
    text = text_of(reader)
    for title in [*SKILL_TITLES, *BOXES]:
        assert title in text


FILTERS = (
    [Choice(skill=s) for s in LIB.skills]
    + [Choice(category=k) for k in LIB.categories]
    + [Choice(situation=s) for s in LIB.situations]
)


def test_every_filter_fits_one_readable_page():
    """Every --vaardigheid, --soort and --situatie sheet fits one A4 page at a readable size: laid out as the
    PDF lays it out, with one font engine for all of them (a PDF of each would load the fonts 80 times)."""
    engine = Engine()
    for choice in FILTERS:
        doc = build(LIB, choice, "u")  # the je-form is as long: test_both_forms_give_one_page
        assert len(doc.pages()) == 1
        layout = fit_side(doc, 0, engine)  # raises DocumentTooLong when it does not fit
        assert layout.scale.body >= style.MIN_SIZE, choice


@pytest.mark.parametrize(
    "args",
    [("--vaardigheid", "regie-houden"), ("--soort", "begrenzen"), ("--situatie", "slecht-nieuws")],
    ids=lambda a: f"{a[0]}={a[1]}",
)
def test_a_filtered_sheet_is_written_as_one_pdf_page(cli, tmp_path, args):
    reader = pdf_of(cli, tmp_path, *args)
    assert len(reader.pages) == 1
    assert args[1].replace("-", " ").upper().split()[0] in text_of(reader).upper()


@pytest.mark.parametrize("form", ["u", "je"])
def test_both_forms_give_one_page(cli, tmp_path, form):
    reader = pdf_of(cli, tmp_path, "--aanspreekvorm", form, "--kind", "Sanne")
    assert len(reader.pages) == 1
    assert "Sanne" in text_of(reader)


def test_je_sheet_has_no_u_in_its_phrases_and_vice_versa(cli, tmp_path):
    je = " ".join(phrase_lines(cli, tmp_path, "--aanspreekvorm", "je"))
    u = " ".join(phrase_lines(cli, tmp_path, "--aanspreekvorm", "u"))
    assert not re.search(r"\b(u|uw)\b", je, re.IGNORECASE), je
    assert not re.search(r"\b(je|jij|jou|jouw)\b", u, re.IGNORECASE), u
    assert re.search(r"\b(je|jij|jou|jouw|jullie)\b", je, re.IGNORECASE)
    assert re.search(r"\b(u|uw)\b", u, re.IGNORECASE)


def test_filters_narrow_the_phrases(cli, tmp_path):
    skill = cli("cheatsheet", "--vaardigheid", "regie-houden")
    assert skill.exit_code == 0
    assert "REGIE HOUDEN" in skill.stdout and "ROLHELDERHEID" not in skill.stdout
    lines = phrase_lines(cli, tmp_path, "--soort", "begrenzen", "--aanspreekvorm", "u")
    from oudergesprek.library.fill import on_paper

    texts = {on_paper(p.text_u, "u", "") for p in LIB.phrases if p.category == "begrenzen"}
    assert lines and all(line in texts for line in lines)


def test_zin_puts_exactly_those_phrases_on_the_sheet(cli, tmp_path):
    picked = [p for p in LIB.phrases if "{" not in p.text_u][:3]
    args = [a for p in picked for a in ("--zin", p.id)]
    lines = phrase_lines(cli, tmp_path, *args, "--aanspreekvorm", "u")
    assert sorted(lines) == sorted(p.text_u for p in picked)


def test_zin_from_a_personal_library(cli, tmp_path, isolated):
    personal_phrase(isolated, "mijn-eigen-zin", "Zo praat ik niet verder met u.", "Zo praat ik niet verder met je.")
    assert phrase_lines(cli, tmp_path, "--zin", "mijn-eigen-zin", "--aanspreekvorm", "je") == [
        "Zo praat ik niet verder met je."
    ]


def test_unknown_zin_is_refused_with_a_suggestion(cli):
    real = LIB.phrases[0].id
    result = cli("cheatsheet", "--zin", real[:-1])
    assert result.exit_code == 2
    assert "Onbekende zin" in result.stderr and real in result.stderr


def test_overfull_selection_is_refused_with_how_much_too_much(cli, tmp_path):
    out = tmp_path / "vol.pdf"
    args = [a for p in LIB.phrases[:60] for a in ("--zin", p.id)]
    result = cli("cheatsheet", *args, "--output", str(out))
    assert result.exit_code == 2
    assert re.search(r"past niet op één A4: ongeveer \d+% te veel tekst", result.stderr)
    assert "--zin" in result.stderr  # the hint says what to do
    assert not out.exists()
    assert "Traceback" not in result.output


def test_existing_file_is_not_overwritten_without_force(cli, tmp_path):
    out = write(tmp_path / "spiekbrief.pdf", "van mij")
    result = cli("cheatsheet", "--output", str(out))
    assert result.exit_code == 2 and "--force" in result.stderr
    assert out.read_text() == "van mij"
    assert cli("cheatsheet", "--output", str(out), "--force").exit_code == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_html_markdown_and_text_outputs(cli, tmp_path):
    for suffix in (".html", ".md", ".txt"):
        out = tmp_path / f"spiekbrief{suffix}"
        result = cli("cheatsheet", "--output", str(out), "--kind", "<b>Ayşe</b>")
        assert result.exit_code == 0, result.output
        text = out.read_text(encoding="utf-8")
        for title in SKILL_TITLES:
            assert title.upper() in text.upper()
        if suffix == ".html":
            assert "&lt;b&gt;Ayşe&lt;/b&gt;" in text and "<b>Ayşe" not in text
            assert "<script" not in text and "@page" in text and "size: A4" in text
            assert not re.search(r"(src|href)=\"?https?:", text)


def test_unicode_name_survives_in_the_pdf(cli, tmp_path):
    text = text_of(pdf_of(cli, tmp_path, "--kind", "Nguyễn Łukasz Ayşe"))
    for word in ("Nguyễn", "Łukasz", "Ayşe"):
        assert word in text


def test_anoniem_replaces_the_name_by_initials(cli, tmp_path):
    out = tmp_path / "spiekbrief.txt"
    result = cli("cheatsheet", "--kind", "Sanne de Vries", "--anoniem", "--output", str(out))
    assert result.exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert "S.d.V." in text and "Sanne" not in text


def test_terminal_view_is_plain_text_when_not_a_terminal(cli):
    result = cli("cheatsheet", "--aanspreekvorm", "je")
    assert result.exit_code == 0
    assert "Spiekbrief oudergesprek" in result.stdout and "Kan ik je snel even spreken?" in result.stdout
    assert "\x1b[" not in result.stdout


def test_open_without_a_viewer_is_a_note_not_a_failure(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "leeg"))
    out = tmp_path / "spiekbrief.txt"
    result = cli("cheatsheet", "--output", str(out), "--open")
    assert result.exit_code == 0 and out.exists()
    assert "Open het zelf" in result.stderr


def test_open_needs_an_output(cli):
    result = cli("cheatsheet", "--open")
    assert result.exit_code == 2 and "--output" in result.stderr


def test_a_choice_without_phrases_exits_1(cli):
    result = cli("cheatsheet", "--vaardigheid", "constructieve-communicatie", "--soort", "slecht-nieuws")
    assert result.exit_code == 1 and "Geen zinnen" in result.stderr


def test_bad_output_paths_are_usage_errors(cli, tmp_path):
    missing = cli("cheatsheet", "--output", str(tmp_path / "nergens" / "x.pdf"))
    assert missing.exit_code == 2 and "bestaat niet" in missing.stderr
    wrong = cli("cheatsheet", "--output", str(tmp_path / "x.docx"))
    assert wrong.exit_code == 2 and all(s in wrong.stderr for s in (".pdf", ".html", ".md", ".txt"))


def test_no_bare_gap_on_the_sheet_and_a_narrow_choice_is_set_larger():
    from oudergesprek.documents.cheatsheet import Choice, build
    from oudergesprek.render.fitting import fit
    from oudergesprek.search.catalog import load_catalog

    lib = load_catalog().library
    full = build(lib, Choice(), "u")
    narrow = build(lib, Choice(category="afsluiten", situation="slecht-nieuws"), "je")
    for doc in (full, narrow):
        assert "…" not in doc.all_text() and "{" not in doc.all_text()
    assert "uw kind" in full.all_text().lower() or "{kind}" not in str([p.text_u for p in lib.phrases])
    assert fit(narrow).scale.body > fit(full).scale.body, "a short selection fills the page with larger type"
    assert fit(narrow).scale.body <= 13.0


def test_too_much_text_counts_the_header_and_names_it_when_it_takes_the_page(cli, tmp_path):
    # a child's name of 150 words: the header alone takes a large part of the page
    name = " ".join(["Annemarie-Sophie"] * 150)
    result = cli("cheatsheet", "--kind", name, "--output", str(tmp_path / "sb.pdf"))
    assert result.exit_code == 2
    message = " ".join(result.stderr.split())
    assert "te veel tekst" in message and "De kop bovenaan (titel en gegevens) neemt alleen al" in message
    percent = int(re.search(r"ongeveer (\d+)% te veel", message).group(1))
    assert percent > 100  # measured against the whole page, header and all
    assert not (tmp_path / "sb.pdf").exists()
