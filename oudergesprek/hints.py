"""Commands printed as hints, in the form that works where the user is: `oudergesprek prep --resume X`, or
`./start.sh prep --resume X` when the program was started through start.sh."""

from __future__ import annotations

import os
import re

COMMANDS = ("prep", "phrase", "cheatsheet", "check", "plan", "reflect", "snel", "config", "wis")
_COMMAND = re.compile(r"(?<![\w/.~-])oudergesprek(?= (?:" + "|".join(COMMANDS) + r")\b)")


def program() -> str:
    """How the user started the program: set by start.sh, else the installed command."""
    return os.environ.get("OUDERGESPREK_PROG", "").strip() or "oudergesprek"


def as_typed(text: str) -> str:
    """Every `oudergesprek COMMAND` in a message, as the user can type it here."""
    name = program()
    if name == "oudergesprek" or not text:
        return text
    return _COMMAND.sub(name, text)
