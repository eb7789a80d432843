"""Every interactive flow survives Ctrl-C, Ctrl-D and a closed terminal at its first prompt: exit 130."""

from __future__ import annotations

import pytest
from helpers import STOPS, exits_with, spawn, stop

FLOWS = [
    (("prep",), "Over wat voor gesprek"),
    (("reflect",), "Over welk gesprek"),
    (("plan", "Bram"), "In welke groep"),
    (("snel", "--kies"), "Wat komt de ouder brengen"),
]


@pytest.mark.parametrize("how", STOPS)
@pytest.mark.parametrize(("args", "prompt"), FLOWS, ids=lambda v: " ".join(v) if isinstance(v, tuple) else None)
def test_interrupt_at_a_prompt_exits_130_without_a_traceback(isolated, args, prompt, how):
    child = spawn(isolated, *args, new_process=how == "ctrl-c")  # Ctrl-C: the console script started anew
    child.expect(prompt)
    child.expect("> ")
    stop(child, how)
    assert "Traceback" not in exits_with(child, 130)
