"""How an interview ends early: Ctrl-C, Ctrl-D, a hang-up or a save that failed. It says what is kept on
disk, and how to go on. One place for prep, reflect and plan."""

from __future__ import annotations

from typing import Any

from oudergesprek.errors import Interrupted
from oudergesprek.interview.drafts import Draft, all_kept, release

NOTHING_YET = "\nGestopt. Er was nog niets beantwoord, dus er is niets bewaard."


def ended(error: BaseException, draft: Draft | None, resume: str) -> BaseException:
    """The exception to raise for `error`: Ctrl-C, Ctrl-D and a hang-up say what is kept and how to go on
    (`resume`: the command to type), a failed save what is on disk; anything else is `error` itself."""
    if isinstance(error, (KeyboardInterrupt, EOFError)):
        if draft is None:
            return Interrupted(NOTHING_YET)
        return Interrupted(stopped(draft), f"Ga verder met: {resume}")
    if isinstance(error, Exception):
        return failed(error, draft, resume)
    return error


def close(stop: Any, draft: Draft | None) -> None:
    """At the end of an interview, however it ends: the hang-up handler off, the draft's lock released."""
    stop.__exit__()
    if draft is not None:
        release(draft)


def stopped(draft: Draft) -> str:
    """What to say when the teacher stops: only claim that everything is saved when it is."""
    if all_kept(draft):
        return "\nGestopt. Alles wat u beantwoordde is bewaard."
    return "\nGestopt. Uw laatste antwoord is niet meer bewaard; wat u daarvoor beantwoordde wel."


def failed(error: Exception, draft: Draft | None, resume: str) -> Exception:
    """An error in the middle of an interview (a save that failed, say), told with what is on disk and
    how to go on (`resume`: the command to type). Without a saved draft the error stays as it is."""
    from oudergesprek.errors import Interrupted, OudergesprekError, keep_note, os_error_message

    if draft is None or draft.saved is None or not draft.held or isinstance(error, Interrupted):
        return error
    if all_kept(draft):
        kept = f"Alles wat u beantwoordde staat bewaard in {draft.name}."
    else:
        kept = f"Wat u eerder beantwoordde staat bewaard in {draft.name}; uw laatste antwoord niet."
    go_on = f"Ga verder met: {resume}"
    if isinstance(error, OSError):
        error = os_error_message(error)
    if isinstance(error, OudergesprekError):
        hint = f"{error.hint}\n{go_on}" if error.hint else go_on
        return type(error)(f"{error.message}\n{kept}", hint)
    keep_note(error, f"{kept} {go_on}")
    return error
