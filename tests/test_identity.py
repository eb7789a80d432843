"""A child's identity: names in every script stay apart in file names, look-ups, take-overs and `wis`."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import yaml
from helpers import reflection, write
from hypothesis import given, settings
from hypothesis import strategies as st

from oudergesprek import names
from oudergesprek.documents.plans import defaults_for

CHILDREN = ["王伟", "李明", "محمد", "Σοφία"]

REFLECTION = reflection(ouders="moeder")


def data(isolated: Path, name: str) -> Path:
    return isolated / "xdg_data_home" / "oudergesprek" / name


def reflect(cli, isolated: Path, child: str, asked: str):
    answers = {**REFLECTION, "kind": child, "gevraagd": asked}
    path = write(isolated / "in" / f"r-{names.slug(child)}.yaml", yaml.safe_dump(answers, allow_unicode=True))
    result = cli("reflect", "--answers", str(path))
    assert result.exit_code == 0, result.output
    return result


def plan(cli, isolated: Path, child: str, parents: str, interpreter: str):
    answers = {"kind": child, "ouders": parents, "aanspreekvorm": "u", "tolk": interpreter, "stijl": "allebei"}
    path = write(isolated / "in" / f"plan-{names.slug(child)}.yaml", yaml.safe_dump(answers, allow_unicode=True))
    result = cli("plan", "--answers", str(path))
    assert result.exit_code == 0, result.output


def test_four_children_in_four_scripts_get_four_file_names(cli, isolated):
    for child in CHILDREN:
        reflect(cli, isolated, child, f"Vraag over {child}")
    files = sorted(p.name for p in data(isolated, "reflecties").glob("*.yaml"))
    assert len(files) == 4
    for child in CHILDREN:
        assert sum(names.slug(child) in f for f in files) == 1, (child, files)
    assert not any("-gesprek-" in f for f in files)


def test_wis_kind_deletes_only_that_child(cli, isolated):
    for child in CHILDREN:
        reflect(cli, isolated, child, f"Vraag over {child}")
    result = cli("wis", "--kind", "王伟", "--ja")
    assert result.exit_code == 0, result.output
    left = [yaml.safe_load(p.read_text(encoding="utf-8"))["kind"] for p in data(isolated, "reflecties").glob("*.yaml")]
    assert sorted(left) == sorted(CHILDREN[1:])


def test_reflect_show_shows_the_named_child(cli, isolated):
    for child in CHILDREN:
        reflect(cli, isolated, child, f"Vraag over {child}")
    for child in CHILDREN:
        result = cli("reflect", "--show", child)
        assert result.exit_code == 0, result.output
        assert f"Vraag over {child}" in result.stdout
        assert sum(f"Vraag over {other}" in result.stdout for other in CHILDREN) == 1


def test_plan_take_over_only_from_the_same_child(cli, isolated):
    plan(cli, isolated, "محمد", "moeder (Fatima) en vader (Youssef)", "ja, Arabisch")
    assert defaults_for("王伟") == {}
    assert defaults_for("李明") == {}
    assert defaults_for("محمد")["aanwezigen"] == "tolk (Arabisch)"


def test_same_name_in_nfd_and_other_case_is_the_same_child(cli, isolated):
    plan(cli, isolated, "Zoë", "moeder (Anna)", "nee")
    assert defaults_for(unicodedata.normalize("NFD", "ZOË"))["ouders"] == "moeder (Anna)"
    assert defaults_for("Zoe") == {}, "a different name is a different child"


def test_two_sannes_told_apart_by_an_initial(cli, isolated):
    plan(cli, isolated, "Sanne B.", "moeder (Els)", "nee")
    plan(cli, isolated, "Sanne de V.", "vader (Wim)", "ja, Pools")
    assert defaults_for("Sanne B.")["ouders"] == "moeder (Els)"
    assert defaults_for("sanne de v.")["ouders"] == "vader (Wim)"
    assert defaults_for("Sanne") == {}
    result = cli("wis", "--kind", "Sanne B.", "--ja")
    assert result.exit_code == 0
    left = [yaml.safe_load(p.read_text(encoding="utf-8"))["kind"] for p in data(isolated, "plannen").glob("*.yaml")]
    assert left == ["Sanne de V."]


def test_a_partial_name_finds_no_child(cli, isolated):
    reflect(cli, isolated, "Anna", "Vraag over Anna")
    reflect(cli, isolated, "Annabel", "Vraag over Annabel")
    result = cli("reflect", "--show", "Ann")
    assert result.exit_code == 1 and "Vraag over" not in result.stdout
    assert "geen reflectie over 'Ann'" in result.stderr and "Anna" in result.stderr and "Annabel" in result.stderr
    shown = cli("reflect", "--show", "anna").stdout
    assert "Vraag over Anna" in shown and "Vraag over Annabel" not in shown


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_a_slug_is_always_a_safe_file_name_part(text):
    slug = names.slug(text)
    assert slug and slug not in (".", "..")
    assert not any(ch in slug for ch in "/\\:\0.")
    assert not any(unicodedata.category(ch)[0] == "C" for ch in slug)
    assert len(slug) <= names.SLUG_CHARS and len(slug.encode("utf-8")) <= names.SLUG_BYTES
    assert slug == unicodedata.normalize("NFC", slug)


def test_slug_keeps_letters_of_every_script():
    assert names.slug("王伟") == "王伟"
    assert names.slug("Σοφία") == "σοφία"
    assert names.slug("محمد") == "محمد"
    assert names.slug("Sanne de Vries") == "sanne-de-vries"
    assert names.slug("../../etc/passwd") == "etc-passwd"
    assert names.slug("") == "gesprek"
