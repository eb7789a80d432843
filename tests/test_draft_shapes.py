"""A draft of the wrong shape (hand-edited, or from another version) is set aside like any damaged draft:
`--list` and `--resume` never crash and never show Python's own notation."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from helpers import ROOT, exits_with, spawn_env, spawn_program, write
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

CRASH = "Er ging iets mis"
GOOD = "situatie: deurgesprek\nkind: Daan\nouders: vader\naanspreekvorm: u\nconcept:\n  status: bezig\n"

# Drafts of a wrong shape, each the whole text of a file
WRONG: dict[str, str] = yaml.safe_load((ROOT / "tests" / "data" / "kapotte_concepten.yaml").read_text("utf-8"))


def concepts(isolated: Path) -> Path:
    return isolated / "xdg_data_home" / "oudergesprek" / "concepten"


@pytest.mark.parametrize("name", sorted(WRONG))
def test_prep_list_sets_a_wrong_shape_aside_and_lists_the_rest(cli, isolated, name):
    write(concepts(isolated) / "2026-12-01-daan-deurgesprek.yaml", GOOD)
    write(concepts(isolated) / "2026-12-02-sanne-deurgesprek.yaml", WRONG[name])
    result = cli("prep", "--list")
    assert result.exit_code == 0 and CRASH not in result.output, result.output
    assert "De voorbereiding 2026-12-02-sanne-deurgesprek.yaml is beschadigd" in result.stderr
    assert "apart gezet" in result.stderr and "2026-12-01-daan-deurgesprek" in result.stdout
    assert "['x']" not in result.output and "[2026]" not in result.output
    assert any(".beschadigd-" in p.name for p in concepts(isolated).iterdir())


@pytest.mark.parametrize("name", ["overgenomen-getal", "zonder-situatie", "status-lijst"])
def test_prep_resume_of_a_wrong_shape_explains_in_dutch(isolated, name):
    write(concepts(isolated) / "2026-12-02-sanne-deurgesprek.yaml", WRONG[name])
    child = spawn_program(["prep", "--resume"], spawn_env(isolated, NO_COLOR="1", COLUMNS="100"), rows=40, cols=100)
    output = exits_with(child, 2)
    assert "is beschadigd" in output and "apart gezet" in output and "onafgemaakt" in output
    assert CRASH not in output and "Traceback" not in output


@pytest.mark.parametrize(
    ("folder", "command", "called"), [("reflecties", "reflect", "De reflectie"), ("plannen", "plan", "Het plan")]
)
def test_a_damaged_reflection_or_plan_is_called_what_it_is(cli, isolated, folder, command, called):
    path = write(
        isolated / "xdg_data_home" / "oudergesprek" / folder / "2026-12-02-sanne-x.yaml", WRONG["status-lijst"]
    )
    result = cli(command, "--list")
    assert CRASH not in result.output and "['x']" not in result.output, result.output
    assert f"{called} {path.name} is beschadigd" in result.stderr and "concept" not in result.stderr.split("(")[0]


_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-5, 5), st.text("ab x", max_size=4)),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.sampled_from(["a", "status"]), inner, max_size=2)
    ),
    max_leaves=6,
)
_DRAFTS = st.dictionaries(
    st.sampled_from(["situatie", "kind", "ouders", "feiten", "concept", "groep"]),
    _VALUES | st.fixed_dictionaries({}, optional={k: _VALUES for k in ("status", "overgenomen", "bijgewerkt")}),
    max_size=6,
)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=_DRAFTS)
def test_any_shape_is_either_listed_plainly_or_set_aside(cli, isolated, data):
    for old in concepts(isolated).glob("*") if concepts(isolated).is_dir() else []:
        old.unlink()
    write(concepts(isolated) / "2026-12-02-sanne-deurgesprek.yaml", yaml.safe_dump(data, allow_unicode=True))
    result = cli("prep", "--list")
    assert result.exit_code == 0 and CRASH not in result.output, result.output
    from oudergesprek.interview import drafts

    for draft in drafts.all_drafts()[0]:
        assert isinstance(draft.status, str) and isinstance(draft.answers["situatie"], str)
        assert all(isinstance(k, str) for k in draft.meta.get("overgenomen") or [])
        assert "[" not in result.stdout.splitlines()[1]
