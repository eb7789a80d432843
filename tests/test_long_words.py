"""An endless word (a long web address) is wrapped in linear time and reported by `check`."""

from __future__ import annotations

import time

from helpers import write

from oudergesprek.render.layout import Engine, Run


def _library(folder, word: str):
    return write(
        folder / "eigen.yaml",
        "vaardigheid: regie-houden\nzinnen:\n  - id: school-link\n    soort: begrenzen\n"
        f"    situaties: [boze-ouder]\n    tekst: Lees het beleid op {word} als u wilt.\n",
    )


def test_wrapping_a_very_long_word_is_fast_and_loses_nothing():
    engine = Engine()
    text = "Zie https://school.nl/" + "a" * 16_000 + " en verder."
    start = time.monotonic()
    lines = engine.wrap([Run(text, 9)], 60)
    assert time.monotonic() - start < 5  # it took minutes when every prefix was measured and cached
    pieces = [piece for line in lines for _, piece, _ in line]
    assert "".join(pieces).replace(" ", "") == text.replace(" ", "")
    assert all(engine.width(piece, Run(piece, 9)) <= 60 + 1e-6 for line in lines for _, piece, _ in line)
    assert len(engine._widths) < 50  # no cache entry per prefix


def test_cheatsheet_with_a_long_link_finishes(cli, isolated, monkeypatch):
    lib = isolated / "lib"
    _library(lib, "https://school.nl/" + "x" * 4_000)
    monkeypatch.setenv("OUDERGESPREK_LIBRARY", str(lib))
    start = time.monotonic()
    result = cli("cheatsheet", "--zin", "school-link", "--output", str(isolated / "spiek.pdf"))
    assert time.monotonic() - start < 30
    # a 4,000-character link takes more than a page: said in Dutch, never a hang or a traceback
    assert result.exit_code in (0, 2), result.output
    assert result.exit_code == 0 or "te lang voor de pagina" in result.output
    assert "Traceback" not in result.output


def test_check_warns_about_a_word_wider_than_a_column(cli, isolated):
    lib = isolated / "lib"
    _library(lib, "https://school.nl/" + "x" * 300)
    result = cli("check", str(lib))
    assert result.exit_code == 1
    assert "te breed voor een kolom" in result.stdout
    assert "eigen.yaml:3" in result.stdout


def test_check_accepts_ordinary_long_dutch_words(cli, isolated):
    lib = isolated / "lib"
    _library(lib, "arbeidsongeschiktheidsverzekering")
    result = cli("check", str(lib))
    assert result.exit_code == 0, result.output
