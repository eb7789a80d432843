"""Libraries: load order, overrides, validation with `check`, and broken files that never block."""

from __future__ import annotations

import pytest
from helpers import personal_phrase, write

SCHOOL = """\
vaardigheid: voorbereiding
zinnen:
  - id: school-eigen-opening
    soort: opening
    situaties: [startgesprek]
    tekst: "Welkom op De Regenboog, fijn dat {kind} bij ons in de groep zit."
    waarom: Onze school begint elk startgesprek zo.
"""


def test_personal_library_overrides_builtin_by_id(cli, isolated):
    personal_phrase(isolated, "regie-grens-schelden", "Mijn eigen grenszin voor u.", "Mijn eigen grenszin voor jou.")
    records = cli.json("phrase", "--soort", "begrenzen", "--situatie", "verbale-agressie")
    mine = [r for r in records if r["id"] == "regie-grens-schelden"]
    assert len(mine) == 1 and mine[0]["tekst"] == "Mijn eigen grenszin voor u."


def test_school_libraries_from_the_environment_join_in_order(cli, isolated, monkeypatch):
    first = write(isolated / "school1" / "zinnen.yml", SCHOOL)
    second = write(isolated / "school2" / "zinnen.yaml", SCHOOL.replace("De Regenboog", "De Linde"))
    write(isolated / "school2" / "notities.txt", "dit is geen bibliotheek")
    monkeypatch.setenv("OUDERGESPREK_LIBRARY", f"{first.parent}:{second.parent}")
    records = cli.json("phrase", "--soort", "opening", "--kind", "Daan")
    ours = [r for r in records if r["id"] == "school-eigen-opening"]
    assert ours == [dict(ours[0], tekst="Welkom op De Linde, fijn dat Daan bij ons in de groep zit.")]


def test_broken_school_file_warns_and_the_lookup_carries_on(cli, isolated, monkeypatch):
    school = write(isolated / "school" / "kapot.yaml", "zinnen:\n  - id: x\n\tsoort: opening\n")
    write(isolated / "school" / "goed.yaml", SCHOOL)
    monkeypatch.setenv("OUDERGESPREK_LIBRARY", str(school.parent))
    result = cli("phrase", "Regenboog")
    assert result.exit_code == 0
    assert "kapot.yaml" in result.stderr and "oudergesprek check" in result.stderr
    assert "De Regenboog" in result.stdout
    assert "Traceback" not in result.output


def test_check_builtin_library_is_clean(cli):
    result = cli("check")
    assert result.exit_code == 0, result.output
    assert "Alles in orde" in result.stdout


def test_check_reports_every_problem_with_file_line_and_suggestion(cli, isolated):
    bad = write(
        isolated / "lib" / "fouten.yaml",
        """\
vaardigheid: regie-houdn
zinnen:
  - id: een
    soort: begrensen
    situaties: [boze-oudr]
    tekst: {u: "Dag u, {naam}.", je: "Dag jij, {kind}."}
    waarom: Test.
  - id: een
    soort: opening
    tekst:
      u: "Fijn dat je er bent."
      je: "Fijn dat je er bent."
  - soort: opening
    tekst: [een, lijst]
""",
    )
    result = cli("check", str(bad.parent))
    assert result.exit_code == 1
    out = result.stdout
    assert f"{bad}:1: Onbekende vaardigheid 'regie-houdn'. Bedoelt u 'regie-houden'?" in out
    assert "Onbekende invulplek {naam}." in out
    assert f"{bad}:11: De u-vorm bevat 'je'" in out
    assert "Het veld 'id' ontbreekt." in out
    assert "Het veld 'tekst' moet tekst zijn, geen lijst." in out


def test_check_finds_unknown_kind_situation_and_duplicate_ids(cli, isolated):
    lib = isolated / "lib"
    write(lib / "a.yaml", SCHOOL.replace("soort: opening", "soort: begrensen").replace("[startgesprek]", "[boze-oudr]"))
    write(lib / "b.yaml", SCHOOL.replace("voorbereiding", "flexibiliteit"))
    write(lib / "c.yaml", SCHOOL.replace("voorbereiding", "rolhelderheid"))
    result = cli("check", str(lib))
    assert result.exit_code == 1
    assert "Onbekende soort 'begrensen'. Bedoelt u 'begrenzen'?" in result.stdout
    assert "Onbekende situatie 'boze-oudr'. Bedoelt u 'boze-ouder'?" in result.stdout
    assert (
        f"{lib / 'c.yaml'}:3: De id 'school-eigen-opening' komt in deze bibliotheek al voor ({lib / 'b.yaml'}:3)"
        in result.stdout
    )


def test_check_refuses_object_building_tags_and_alias_bombs(cli, isolated):
    lib = isolated / "lib"
    write(lib / "tag.yaml", "vaardigheid: !!python/object/apply:os.system [echo gehackt]\nzinnen: []\n")
    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    levels += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]" for n in range(1, 9)]
    write(lib / "bom.yaml", "\n".join(levels) + "\n")
    result = cli("check", str(lib))
    assert result.exit_code == 1
    assert "niet toegestaan" in result.stdout and "te veel onderdelen" in result.stdout


def test_check_of_a_missing_path_is_a_usage_error(cli, isolated):
    result = cli("check", str(isolated / "bestaat-niet"))
    assert result.exit_code == 2 and "Niet gevonden" in result.stderr


GOOD_PHRASE = SCHOOL.replace("school-eigen-opening", "bom-opening")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("leeg.yaml", b"", "Het bestand is leeg."),
        ("binair.yaml", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "geen tekstbestand"),
        ("latin1.yaml", "vaardigheid: regie-houden\nzinnen: []\nuitleg: ideeën\n".encode("latin-1"), "niet in UTF-8"),
        ("tab.yaml", b"vaardigheid: regie-houden\nzinnen:\n\t- id: x\n", "tab"),
        ("diep.yaml", b"zinnen: " + b"[" * 500 + b"]" * 500, "te diep genest"),
        ("groot.yaml", b"# " + b"x" * 6_000_000 + b"\n", "te groot"),
        ("lijst.yaml", b"- een\n- twee\n", "moet beginnen met velden"),
        ("soort.yaml", SCHOOL.replace("soort: opening", "soort: [opening]").encode(), "moet tekst zijn, geen lijst"),
        ("geen-tekst.yaml", SCHOOL.replace('    tekst: "Welkom', '    tekts: "Welkom').encode(), "Bedoelt u 'tekst'?"),
        ("invul.yaml", SCHOOL.replace("{kind}", "{kindnaam}").encode(), "Bedoelt u {kind}?"),
    ],
)
def test_each_kind_of_broken_file_gets_a_dutch_message_and_others_still_load(cli, isolated, name, content, message):
    lib = isolated / "school"
    lib.mkdir()
    (lib / name).write_bytes(content)
    write(lib / "goed.yaml", GOOD_PHRASE)
    result = cli("check", str(lib))
    assert result.exit_code == 1
    assert name in result.stdout and message in result.stdout, result.stdout
    assert "1 probleem" in result.stdout or "problemen" in result.stdout


def test_a_byte_order_mark_is_fine(cli, isolated):
    lib = isolated / "school"
    lib.mkdir()
    (lib / "bom.yaml").write_bytes(b"\xef\xbb\xbf" + GOOD_PHRASE.encode("utf-8"))
    result = cli("check", str(lib))
    assert result.exit_code == 0, result.stdout
