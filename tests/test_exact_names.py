"""A name the teacher types finds a child only by the exact stored name (or an exact draft name or list
number), never by part of a name: "Anna" is not Johanna, "Sanne" is not "Sanne B.", محمد is not محمد علي."""

from __future__ import annotations

from pathlib import Path

import pexpect
import yaml
from helpers import exits_with, reflection, spawn, write

from oudergesprek import names


def data(isolated: Path, name: str) -> Path:
    return isolated / "xdg_data_home" / "oudergesprek" / name


def reflect(cli, isolated: Path, child: str, asked: str, n: int = 0) -> None:
    answers = {**reflection(ouders="moeder"), "kind": child, "gevraagd": asked}
    path = write(isolated / "in" / f"r-{names.slug(child)}-{n}.yaml", yaml.safe_dump(answers, allow_unicode=True))
    result = cli("reflect", "--answers", str(path))
    assert result.exit_code == 0, result.output


def prep_draft(isolated: Path, name: str, child: str, parents: str) -> None:
    answers = {"situatie": "deurgesprek", "kind": child, "ouders": parents, "aanspreekvorm": "u"}
    write(data(isolated, "concepten") / f"{name}.yaml", yaml.safe_dump(answers, allow_unicode=True))


def test_reflect_show_never_shows_another_child_for_part_of_a_name(cli, isolated):
    reflect(cli, isolated, "Johanna", "Vraag over Johanna")
    reflect(cli, isolated, "Sanne B.", "Vraag over Sanne B.")
    reflect(cli, isolated, "محمد علي", "Vraag over محمد علي")
    for typed in ("Anna", "anna", "Sanne", "Sanne B", "محمد", "ann"):
        result = cli("reflect", "--show", typed)
        assert result.exit_code == 1, (typed, result.output)
        assert "Vraag over" not in result.stdout, typed
        assert f"Er is geen reflectie over '{typed}'" in result.stderr
        assert "Wel over:" in result.stderr and all(n in result.stderr for n in ("Johanna", "Sanne B.", "محمد علي"))
        assert "reflect --list" in result.stderr
    for exact in ("Johanna", "SANNE B.", "محمد علي"):
        shown = cli("reflect", "--show", exact)
        assert shown.exit_code == 0 and f"Vraag over {exact.replace('SANNE', 'Sanne')}" in shown.stdout


def test_reflect_resume_with_part_of_a_name_finds_nothing(cli, isolated):
    reflect(cli, isolated, "Σοφία Παππά", "Vraag over Σοφία")
    output = exits_with(spawn(isolated, "reflect", "--resume", "Σοφία"), 1)
    assert "Er is geen reflectie over 'Σοφία'. Wel over: Σοφία Παππά." in " ".join(output.split())
    assert "Verder met" not in output


def test_reflect_prep_with_part_of_a_name_takes_over_nothing(cli, isolated):
    prep_draft(isolated, "2026-12-02-johanna-deurgesprek", "Johanna", "moeder (Geheimnaam Jansen)")
    answers = {k: v for k, v in reflection().items() if k not in ("kind", "ouders", "gesprek")}
    path = write(isolated / "r2.yaml", yaml.safe_dump(answers, allow_unicode=True))
    for typed in ("ann", "anna", "johanna-deurgesprek"):
        result = cli("reflect", "--prep", typed, "--answers", str(path))
        assert result.exit_code == 1, (typed, result.output)
        assert "Er is geen voorbereiding over" in result.stderr and "Wel over: Johanna" in result.stderr
    saved = list(data(isolated, "reflecties").glob("*.yaml")) if data(isolated, "reflecties").exists() else []
    assert saved == [], "no reflection with another child's name and parents"
    linked = cli("reflect", "--prep", "JOHANNA", "--answers", str(path))
    assert linked.exit_code == 0, linked.output
    (entry,) = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in data(isolated, "reflecties").glob("*.yaml")]
    assert entry["kind"] == "Johanna" and entry["voorbereiding"] == "2026-12-02-johanna-deurgesprek"


def test_prep_resume_with_part_of_a_name_says_what_is_there(isolated):
    prep_draft(isolated, "2026-12-02-johanna-deurgesprek", "Johanna", "moeder (Geheimnaam Jansen)")
    child = spawn(isolated, "prep", "--resume", "anna")
    output = exits_with(child, 1)
    assert "Verder met" not in output and "Geheimnaam" not in output
    assert "Er is geen voorbereiding over 'anna'. Wel over: Johanna." in " ".join(output.split())


def test_two_children_stored_with_the_same_name_are_listed_without_a_terminal(cli, isolated):
    reflect(cli, isolated, "Sanne", "Vraag over de eerste Sanne", 1)
    reflect(cli, isolated, "sanne", "Vraag over de tweede Sanne", 2)
    result = cli("reflect", "--show", "Sanne")
    assert result.exit_code == 2, result.output
    assert "Vraag over" not in result.stdout
    assert "Er zijn 2 reflecties over 'Sanne'" in result.stderr
    listed = [line for line in result.stderr.splitlines() if line.startswith("  - ")]
    assert len(listed) == 2 and all("-sanne-reflectie" in line for line in listed)


def test_two_children_stored_with_the_same_name_are_a_choice_in_a_terminal(cli, isolated):
    prep_draft(isolated, "2026-12-01-sanne-deurgesprek", "Sanne", "vader (Wim)")
    prep_draft(isolated, "2026-12-02-sanne-deurgesprek", "Sanne", "moeder (Els)")
    child = spawn(isolated, "prep", "--resume", "Sanne")
    child.expect("Er zijn 2 voorbereidingen over 'Sanne'. Welke bedoelt u?")
    child.expect("Nummer\r\n> ")
    options = child.before
    assert "2026-12-01-sanne-deurgesprek" in options and "2026-12-02-sanne-deurgesprek" in options
    first = next(line for line in options.splitlines() if "2026-12-01-sanne-deurgesprek" in line)
    child.sendline(first.split(".")[0].strip())
    child.expect("Verder met 2026-12-01-sanne-deurgesprek")
    child.sendintr()
    child.expect(pexpect.EOF)


def test_a_child_named_like_a_list_number_is_never_passed_over(cli, isolated):
    """With a child stored as "2", `reflect --show 2` silently showed list item 2, another child."""
    reflect(cli, isolated, "Daan", "Vraag over Daan")
    reflect(cli, isolated, "2", "Vraag over het kind met de naam 2")
    result = cli("reflect", "--show", "2")
    assert result.exit_code == 2, result.output
    assert "Er zijn 2 reflecties over '2'" in result.stderr and "Daan" in result.stderr, result.stderr
    assert "Vraag over" not in result.stdout


def test_an_empty_name_is_no_name(cli, isolated):
    """`reflect --show ""` started a new reflection instead of saying that a name is missing."""
    reflect(cli, isolated, "Daan", "Vraag over Daan")
    for option in ("--show", "--prep"):
        result = cli("reflect", option, " ")
        assert result.exit_code == 2, result.output
        assert f"Bij {option} hoort een nummer of naam" in result.stderr


def test_a_draft_whose_child_was_emptied_by_hand_asks_for_the_child_again(isolated):
    """A draft with `kind: ""` was resumed and printed without a child's name."""
    answers = {"situatie": "deurgesprek", "kind": "", "ouders": "moeder", "aanspreekvorm": "u"}
    write(data(isolated, "concepten") / "2026-12-02-deurgesprek.yaml", yaml.safe_dump(answers, allow_unicode=True))
    child = spawn(isolated, "prep", "--resume")
    child.expect("Wat is de voornaam van het kind")
    child.expect("> ")
    child.sendintr()
    child.expect(pexpect.EOF)
