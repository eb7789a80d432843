"""Small safety items: private folders, a relative HOME, Markdown structure, Dutch system errors."""

from __future__ import annotations

import errno
import stat

from helpers import ROOT, write

from oudergesprek.errors import os_error_message
from oudergesprek.render.text import md


def test_data_and_cache_folders_are_private(cli, isolated):
    from oudergesprek.interview import drafts

    drafts.create("2026-11-23-daan-reflectie", {"kind": "Daan"}, "reflecties")
    app = isolated / "xdg_data_home" / "oudergesprek"
    for folder in (app, app / "reflecties"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


def test_a_relative_home_is_refused_in_dutch(cli, isolated, monkeypatch):
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", "relatief/pad")
    result = cli("prep", "--list")
    assert result.exit_code == 2
    assert "geen volledig pad" in result.output
    assert not (isolated / "relatief").exists()


def test_markdown_answers_cannot_change_the_structure():
    assert md("~~~") == "\\~\\~\\~"
    assert md("===") == "\\=\\=\\="


def test_system_errors_are_dutch():
    error = os_error_message(FileNotFoundError(errno.ENOENT, "No such file or directory", "/x/y"))
    assert "bestaat niet" in error.message and "No such file" not in error.message
    error = os_error_message(OSError(errno.ENOSPC, "No space left on device"))
    assert "schijf is vol" in error.message


def test_a_draft_of_the_wrong_shape_is_set_aside_not_a_crash(cli, isolated):
    from helpers import write

    folder = isolated / "xdg_data_home" / "oudergesprek" / "concepten"
    write(folder / "2026-11-23-daan-slecht-nieuws.yaml", "concept: [1, 2]\nkind: Daan\nsituatie: slecht-nieuws\n")
    write(folder / "2026-11-23-sanne-slecht-nieuws.yaml", "situatie: [a]\nkind: Sanne\n")
    result = cli("prep", "--list")
    assert result.exit_code == 0, result.output
    assert "beschadigd" in result.output
    assert len(list(folder.glob("*.beschadigd-*"))) == 2


def test_stopping_says_everything_is_saved_only_when_it_is():
    from oudergesprek.interview import drafts
    from oudergesprek.interview.ending import stopped

    draft = drafts.create(drafts.new_name("Sanne", "slecht-nieuws"), {"situatie": "slecht-nieuws", "kind": "Sanne"})
    drafts.save(draft)
    assert "Alles wat u beantwoordde is bewaard" in stopped(draft)
    draft.answers["doel"] = "Een antwoord dat nog niet op schijf staat."  # interrupted before its save
    message = stopped(draft)
    assert "niet meer bewaard" in message and "Alles" not in message
    drafts.save(draft)
    assert "Alles wat u beantwoordde is bewaard" in stopped(draft)


def test_check_reports_everything_wrong_with_a_phrase_in_one_run(cli, isolated):
    lib = isolated / "eigen"
    write(
        lib / "eigen.yaml",
        "vaardigheid: regie-houden\nzinnen:\n  - id: een-zin\n    soort: begrenzing\n    situaties: [boze-oudr]\n"
        '    tekst:\n      u: "Ik wil met je praten."\n      je: "Ik wil met je praten."\n    kleur: rood\n',
    )
    result = cli("check", str(lib))
    assert result.exit_code == 1
    for wrong in ("Onbekend veld 'kleur'", "mengt u en je", "Bedoelt u 'begrenzen'", "Bedoelt u 'boze-ouder'"):
        assert wrong in result.stdout, (wrong, result.stdout)


def test_a_place_that_cannot_be_written_is_said_in_dutch(cli):
    """The system's English text ("No such file or directory") reached the teacher."""
    result = cli("prep", "--answers", str(ROOT / "examples" / "startgesprek.yaml"), "--output", "/proc/x.pdf")
    assert result.exit_code == 2, result.output
    assert "niet schrijven: het bestand of de map bestaat niet" in result.stderr, result.stderr
