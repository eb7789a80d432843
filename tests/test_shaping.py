"""Plain Dutch is written as plain text in the PDF; a name that needs shaping is still shaped."""

from __future__ import annotations

import unicodedata

import yaml
from helpers import ROOT, write
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader

from oudergesprek.render import shaping


def answers_with(isolated, **changes):
    answers = yaml.safe_load((ROOT / "examples" / "slecht-nieuws.yaml").read_text(encoding="utf-8"))
    answers.update(changes)
    return write(isolated / "a.yaml", yaml.safe_dump(answers, allow_unicode=True))


def test_a_dutch_script_is_a_third_smaller_than_when_every_word_is_shaped(cli, isolated, monkeypatch):
    """Shaped, fpdf2 places every letter by itself; plain, a line is one string that copies as typed."""
    path = answers_with(isolated, ouders="moeder (Ayşe Yılmaz) en vader (Łukasz Wróbel)")
    plain, shaped = isolated / "plain.pdf", isolated / "shaped.pdf"
    assert cli("prep", "--answers", str(path), "--output", str(plain)).exit_code == 0
    monkeypatch.setattr(shaping, "needs_shaping", lambda text: True)
    assert cli("prep", "--answers", str(path), "--output", str(shaped)).exit_code == 0
    assert plain.stat().st_size < 0.75 * shaped.stat().st_size
    text = PdfReader(plain).pages[0].extract_text()
    assert "moeder (Ayşe Yılmaz) en vader (Łukasz Wróbel)" in " ".join(text.split())


def test_a_hebrew_name_and_combining_accents_in_a_dutch_sentence_are_still_shaped(cli, isolated):
    """Hebrew is in the basis fonts, so no fallback font marks it: the text itself must ask for shaping,
    or יוסף is drawn letter by letter from left to right."""
    accents = unicodedata.normalize("NFD", "Hij zit naast Nguyễn Văn An.")
    facts = ["Daan speelde samen met יוסף op het plein.", accents]
    out = isolated / "script.pdf"
    result = cli("prep", "--answers", str(answers_with(isolated, kind="Daan", feiten=facts)), "--output", str(out))
    assert result.exit_code == 0, result.output
    text = PdfReader(out).pages[0].extract_text()
    assert "יוסף" in text and "ףסוי" not in text, text


def test_which_texts_are_shaped():
    for text in ("Gesprek over Sanne", "Ayşe Yılmaz", "Łukasz", "Σοφία", "Олена", "± 25 minuten – “ja” • ☐ →"):
        assert not shaping.needs_shaping(text), text
    for text in ("יוסף", "محمد", "राजेश", "ሰምሃር", "王伟", unicodedata.normalize("NFD", "é"), "a\u200fb", "x\u0301"):
        assert shaping.needs_shaping(text), text


@given(st.text())
def test_only_letters_drawn_as_typed_left_to_right_go_unshaped(text):
    if not shaping.needs_shaping(text):
        for char in text:
            assert unicodedata.bidirectional(char) not in {"R", "AL", "AN", "NSM", "RLE", "RLO", "RLI", "FSI"}, char
            assert not unicodedata.combining(char) and unicodedata.category(char) not in {"Mn", "Mc", "Me", "Cf"}
            assert ord(char) < 0x2C00, char
