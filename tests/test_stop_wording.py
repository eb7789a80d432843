"""What the teacher is told when an interview stops: only what is true about what is on disk, and how to go on."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml
from helpers import Terminal, exits_with, spawn_env, spawn_program, write

# The program, with os.chmod failing once the file `flag` exists: a folder that can no longer be made
# private (another owner, a network share), as a save meets it halfway through an interview.
FAILING_CHMOD = """
import errno, os, sys
flag = sys.argv.pop(1)
real = os.chmod
def chmod(path, mode, *args, **kwargs):
    if os.path.exists(flag):
        raise ERROR
    return real(path, mode, *args, **kwargs)
os.chmod = chmod
sys.argv[0] = "oudergesprek"
from oudergesprek.cli.entry import main
main()
"""


def concepts(isolated: Path) -> Path:
    return isolated / "xdg_data_home" / "oudergesprek" / "concepten"


@pytest.mark.parametrize(
    ("error", "status", "says"),
    [
        ('PermissionError(errno.EPERM, "Operation not permitted", str(path))', 2, "kan niet worden afgeschermd"),
        ('RuntimeError("onverwacht")', 70, "Er ging iets mis"),  # the last line of defence knows it too
    ],
)
def test_a_failed_save_mid_interview_says_what_is_kept_and_how_to_go_on(isolated, error, status, says):
    flag = isolated / "kapot"
    env = spawn_env(isolated, NO_COLOR="1", COLUMNS="100")
    env.pop("OUDERGESPREK_PROG", None)
    args = ["-c", FAILING_CHMOD.replace("ERROR", error), str(flag), "prep"]
    child = Terminal(sys.executable, args, env=env, encoding="utf-8", timeout=30, dimensions=(40, 100))
    child.expect("Over wat voor gesprek gaat het")
    child.expect("> ")
    number = next(line.split(".")[0].strip() for line in child.before.splitlines() if "Slechtnieuwsgesprek" in line)
    child.sendline(number)
    child.expect("voornaam van het kind")
    child.sendline("Sanne")
    child.expect("hij of zij")
    child.sendline("z")
    child.expect("Wie komen er van de ouders")
    flag.touch()
    child.sendline("moeder (Fatima)")
    output = exits_with(child, status)
    (draft,) = sorted(concepts(isolated).glob("*.yaml"))
    assert says in output and "niets bewaard" not in output
    assert f"Wat u eerder beantwoordde staat bewaard in {draft.stem}; uw laatste antwoord niet." in output
    assert f"Ga verder met: oudergesprek prep --resume {draft.stem}" in output
    saved = yaml.safe_load(draft.read_text(encoding="utf-8"))
    assert saved["kind"] == "Sanne" and "ouders" not in saved


HAND_EDITED = """\
# by hand
situatie:   slecht-nieuws
kind:  "Sanne"
voornaamwoord: zij
ouders: 'moeder'
aanspreekvorm: u
concept: {status: bezig, aangemaakt: '2026-12-01T10:00:00'}
"""


def test_ctrl_c_right_after_resuming_a_hand_edited_draft_says_everything_is_kept(isolated):
    path = write(concepts(isolated) / "2026-12-01-sanne-slecht-nieuws.yaml", HAND_EDITED)
    before = path.read_bytes()
    child = spawn_program(["prep", "--resume"], spawn_env(isolated, NO_COLOR="1", COLUMNS="100"), rows=40, cols=100)
    child.expect("Verder met 2026-12-01-sanne-slecht-nieuws")
    child.expect("> ")
    child.sendintr()
    output = exits_with(child, 130)
    assert "Alles wat u beantwoordde is bewaard" in output and "niet meer bewaard" not in output
    assert path.read_bytes() == before
