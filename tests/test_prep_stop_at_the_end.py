"""A stop while prep prints its preview or writes the script: the colours are reset, the teacher hears
that the script was not saved and how to make it, and the draft stays open until the script is written."""

from __future__ import annotations

import re
import shutil
import signal
from pathlib import Path

import pexpect
import pytest
import yaml
from helpers import REVIEW_PROMPT as REVIEW
from helpers import ROOT, exits_with, spawn_env, spawn_program

NAME = "2026-12-02-mehmet-zorg-gedrag"
SGR = re.compile(r"\x1b\[[0-9;]*m")


def draft(isolated: Path) -> Path:
    return isolated / "xdg_data_home" / "oudergesprek" / "concepten" / f"{NAME}.yaml"


def documents(isolated: Path) -> Path:
    return isolated / "documenten"


def at_the_overview(isolated: Path, *args: str) -> pexpect.spawn:
    """prep in colour, on a draft with every answer but one phrase, waiting at the overview."""
    env = spawn_env(
        isolated, COLUMNS="80", LINES="24", TERM="xterm-256color", XDG_DOCUMENTS_DIR=str(documents(isolated))
    )
    env.pop("NO_COLOR", None)
    env.pop("OUDERGESPREK_PROG", None)
    documents(isolated).mkdir(exist_ok=True)
    child = spawn_program(["prep", "--resume", *args], env)
    for _ in range(10):
        if child.expect([REVIEW, r"\r\n> "]) == 0:
            return child
        child.sendline("")  # a phrase offered: skip it
    raise AssertionError("prep did not reach the overview")


@pytest.mark.parametrize("how", ["ctrl-c", "sigterm", "hang-up"])
def test_a_stop_while_the_preview_prints_says_the_script_was_not_saved(isolated, how):
    draft(isolated).parent.mkdir(parents=True)
    shutil.copy(ROOT / "examples" / "zorg-gedrag-jullie.yaml", draft(isolated))
    child = at_the_overview(isolated, NAME)
    child.sendline("")
    child.expect("Gesprek over Mehmet")  # the preview has begun; unread, it soon fills the terminal's buffer
    if how == "ctrl-c":
        child.sendintr()
    else:
        child.kill(signal.SIGTERM if how == "sigterm" else signal.SIGHUP)
    said = exits_with(child, 130)
    assert "Traceback" not in said
    stopped = said.find("Het script is niet opgeslagen")
    assert stopped >= 0, said[-600:]
    assert SGR.findall(said[:stopped])[-1] == "\x1b[0m", "the colours are reset before the message"
    assert f"oudergesprek prep --resume {NAME}" in " ".join(said[stopped:].split())
    assert not list(documents(isolated).iterdir()), "no script was written"
    assert yaml.safe_load(draft(isolated).read_text(encoding="utf-8"))["concept"]["status"] != "klaar"
    if how != "ctrl-c":
        return  # the draft is left the same way after each stop: making the script is tried once

    child = at_the_overview(isolated)  # `prep --resume` without a name finds it: it is not finished
    child.sendline("")
    said = exits_with(child, 0)
    (script,) = documents(isolated).iterdir()
    assert script.name == f"{NAME}.pdf" and script.name in said
    assert yaml.safe_load(draft(isolated).read_text(encoding="utf-8"))["concept"]["status"] == "klaar"
