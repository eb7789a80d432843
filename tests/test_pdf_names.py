"""Names in every script are drawn in the PDF (shaped, right to left where needed), or refused in Dutch."""

from __future__ import annotations

import warnings

import pytest
import yaml
from helpers import ROOT, write
from pypdf import PdfReader

from oudergesprek.render import style


def answers_with(isolated, **changes):
    answers = yaml.safe_load((ROOT / "examples" / "slecht-nieuws.yaml").read_text(encoding="utf-8"))
    answers.update(changes)
    return write(isolated / "a.yaml", yaml.safe_dump(answers, allow_unicode=True))


def fonts_in(pdf_path) -> set[str]:
    names = set()
    for page in PdfReader(pdf_path).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


def test_arabic_hebrew_ethiopic_and_devanagari_names_are_drawn(cli, isolated):
    path = answers_with(isolated, kind="محمد", ouders="moeder (ሰምሃር) en vader (राजेश), oma שרה")
    out = isolated / "script.pdf"
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no English warning from fpdf2 about missing glyphs
        result = cli("prep", "--answers", str(path), "--output", str(out))
    assert result.exit_code == 0, result.output
    fonts = " ".join(fonts_in(out))
    # The basis fonts have Hebrew (shaped by HarfBuzz); Arabic, Ethiopic and Devanagari come from Noto
    for family in ("NotoSansArabic", "NotoSansEthiopic", "NotoSansDevanagari"):
        assert family in fonts, fonts


def test_a_name_in_a_script_only_the_full_dejavu_sans_has_is_drawn_with_it(cli, isolated):
    """The basis fonts hold the scripts of Dutch classrooms; a Tifinagh (Amazigh) or N'Ko name is drawn by
    the full DejaVu Sans, loaded for that name only."""
    path = answers_with(isolated, kind="ⵜⴰⵍⵍⴰ", ouders="vader (ߡߊ߬ߡߊ߬ߘߎ)")
    out = isolated / "script.pdf"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = cli("prep", "--answers", str(path), "--output", str(out))
    assert result.exit_code == 0, result.output
    fonts = PdfReader(out).pages[0]["/Resources"]["/Font"].values()
    book = [font for font in fonts if str(font.get_object()["/BaseFont"]).endswith("DejaVuSansBook")]
    assert len(book) == 2, "the basis font and the full DejaVu Sans"
    assert "Niet alles kan" not in result.output


def test_the_basis_fonts_have_every_character_of_the_shipped_texts():
    """The library, the checklist, the questions and the examples need no fallback font: a script of
    plain Dutch loads two small fonts only."""
    from fontTools.ttLib import TTFont

    shipped = [*(ROOT / "oudergesprek" / "data").rglob("*.yaml"), *(ROOT / "examples").glob("*.yaml")]
    used = {char for path in shipped for char in path.read_text(encoding="utf-8") if char.isprintable()}
    for name in style.FONT_FILES.values():
        with TTFont(str(style.font_file(name)), lazy=True) as font:
            assert used <= set(map(chr, font.getBestCmap())), name


def test_a_pdf_carries_the_fallback_fonts_only_when_a_name_needs_them(cli, isolated):
    """Without Ethiopic or Devanagari (or another script DejaVu Sans lacks) no Noto font is embedded."""
    plain = isolated / "gewoon.pdf"
    assert cli("prep", "--answers", str(answers_with(isolated, kind="Nguyễn")), "--output", str(plain)).exit_code == 0
    assert fonts_in(plain) == {"/MPDFAA+DejaVuSansBook", "/MPDFAA+DejaVuSansBold"}
    assert b"Noto" not in plain.read_bytes(), "no unused font in the file either"


def test_every_character_of_these_names_has_a_font():
    from oudergesprek.render.fonts import missing_characters, new_pdf

    names = ["محمد", "فاطمة", "ሰምሃር", "ዮናስ", "राजेश", "שרה", "Оксана", "Σοφία", "Nguyễn", "Yılmaz", "Ayşe"]
    assert missing_characters(new_pdf(), names) == {}


def test_text_shaping_is_on():
    from oudergesprek.render.fonts import new_pdf

    assert new_pdf().text_shaping, "uharfbuzz is installed and shaping is enabled"


def test_a_chinese_name_without_a_cjk_font_is_refused_in_dutch(cli, isolated, monkeypatch):
    monkeypatch.setattr(style, "SYSTEM_CJK_FONTS", ())
    path = answers_with(isolated, kind="王伟")
    out = isolated / "script.pdf"
    result = cli("prep", "--answers", str(path), "--output", str(out))
    assert result.exit_code == 2
    assert "Niet alles kan in de PDF worden getekend: 王伟" in result.output
    assert ".html" in result.output
    assert not out.exists()
    html = isolated / "script.html"
    assert cli("prep", "--answers", str(path), "--output", str(html)).exit_code == 0
    assert "王伟" in html.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["김민준", "王伟"])
def test_a_korean_or_chinese_name_is_drawn_when_a_system_font_exists(cli, isolated, name):
    if not any(__import__("os").path.isfile(p) for p in style.SYSTEM_CJK_FONTS):
        pytest.skip("no CJK font on this machine")
    path = answers_with(isolated, kind=name)
    result = cli("prep", "--answers", str(path), "--output", str(isolated / "s.pdf"))
    assert result.exit_code == 0, result.output


def test_the_noto_licence_is_shipped():
    from importlib import resources

    text = (resources.files("oudergesprek") / "fonts" / "LICENSE-Noto.txt").read_text(encoding="utf-8")
    assert "SIL Open Font License" in text or "OPEN FONT LICENSE" in text


def test_a_sentence_that_starts_with_an_arabic_name_keeps_its_dutch_word_order(cli, isolated):
    """Dutch text is laid out left to right; only the right-to-left name itself runs right to left.
    A paragraph took its direction from its first letter, and "محمد sloeg Daan." came out as
    ".sloeg Daan محمد", as if Daan did the hitting."""
    facts = ["محمد sloeg Daan in de pauze.", "Daan speelde samen met محمد en יוסף op het plein."]
    out = isolated / "script.pdf"
    result = cli("prep", "--answers", str(answers_with(isolated, kind="Daan", feiten=facts)), "--output", str(out))
    assert result.exit_code == 0, result.output
    lines = [" ".join(line.split()) for line in PdfReader(out).pages[0].extract_text().splitlines()]
    hit = next(line for line in lines if "sloeg Daan" in line)
    assert hit.index("محمد") < hit.index("sloeg") and hit.endswith("pauze."), hit
    both = next(line for line in lines if "samen met" in line)
    assert both.index("samen met") < both.index("محمد") < both.index("יוסף"), both
