"""Drafts: every answer is on disk the moment it is given. One YAML file per preparation."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from oudergesprek import atomic, paths, safeyaml
from oudergesprek.errors import UsageError

STATUS_BUSY = "bezig"
STATUS_DONE = "klaar"


@dataclass
class Draft:
    name: str
    path: Path
    answers: dict[str, Any]
    disk: str | None = None  # hash of the file as last read or written: a change by another window shows
    held: list = field(default_factory=list)  # locks held while the draft is open
    saved: Any = None  # the answers (without `concept`) as they are on disk: what a stop may call kept

    @property
    def meta(self) -> dict[str, Any]:
        return self.answers.setdefault("concept", {})

    @property
    def status(self) -> str:
        return str(self.meta.get("status", STATUS_BUSY))


def folder(collection: str = "concepten") -> Path:
    """The folder of one collection: concepten (prep), reflecties, plannen, oefenrondes."""
    return paths.data_dir() / collection


def slug(text: str, fallback: str = "gesprek") -> str:
    """A safe file-name part that keeps the letters of every script (see names.slug)."""
    from oudergesprek.names import slug as name_slug

    return name_slug(text, fallback)


class Removed(UsageError):
    """The draft's file was deleted while it was open here (by `wis` or by hand): it is not written again."""


def new_name(child: str, situation: str, collection: str = "concepten") -> str:
    """A free name for a new item; `reserve` makes sure nobody else takes it meanwhile."""
    base = f"{dt.date.today().isoformat()}-{slug(child)}-{situation}"
    where = folder(collection)
    present = _names_in(where)
    name, n = base, 2
    while (where / f"{name}.yaml").exists() or _left_behind(present, name):
        name, n = f"{base}-{n}", n + 1
    return name


def _names_in(folder_path: Path) -> list[str]:
    try:
        return [entry.name for entry in folder_path.iterdir()]
    except OSError:
        return []


def _left_behind(present: list[str], name: str) -> bool:
    """Whether an earlier item of this name left something behind: a copy set aside as damaged
    (`NAME.yaml.beschadigd-…`), a script saved beside it (`NAME.pdf`), a half-written save
    (`.NAME.yaml.XXXX.tmp`). A new item never takes such a name, so that nothing of another child (or of
    an earlier talk) is ever taken for the new item's own, and `wis NAAM` never removes it with it."""
    own, hidden = f"{name}.", f".{name}.yaml."  # compared as text: a name may hold * ? [ ]
    return any(
        (entry.startswith(own) and entry != f"{name}.yaml") or (entry.startswith(hidden) and entry.endswith(".tmp"))
        for entry in present
    )


def reserve(folder_path: Path, name: str) -> tuple[str, Path]:
    """Create `name`.yaml exclusively (O_EXCL); on a collision take the next free name (-2, -3, ...).

    Two commands that start at the same moment therefore never write into one file.
    """
    import os

    base = candidate = name
    n = 2
    present = _names_in(folder_path)
    for _ in range(10_000):
        path = folder_path / f"{candidate}.yaml"
        if _left_behind(present, candidate):
            candidate, n = f"{base}-{n}", n + 1
            continue
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError:
            candidate, n = f"{base}-{n}", n + 1
            continue
        os.close(fd)
        return candidate, path
    raise UsageError(f"Er staan te veel bestanden met de naam {name} in {folder_path}.")


def _dump(answers: dict[str, Any]) -> bytes:
    """The answers as YAML bytes, cleaned and proven readable before anything is written."""
    import yaml

    from oudergesprek.cleantext import clean_value

    cleaned = clean_value(answers)
    answers.clear()
    answers.update(cleaned)
    text = yaml.safe_dump(answers, allow_unicode=True, sort_keys=False, width=100)
    try:
        data = text.encode("utf-8")
        back = safeyaml.plain(safeyaml.loads(safeyaml.decode(data)))
    except (UnicodeError, safeyaml.YamlProblem) as problem:
        raise UsageError(
            "Dit antwoord kan niet veilig worden bewaard; er is niets overschreven.",
            f"Typ het antwoord opnieuw, zonder bijzondere tekens ({getattr(problem, 'message', problem)}).",
        ) from None
    if back != answers:
        raise UsageError(
            "Dit antwoord zou na bewaren anders teruggelezen worden; er is niets overschreven.",
            "Typ het antwoord opnieuw, zonder bijzondere tekens.",
        )
    return data


def _digest(data: bytes | None) -> str | None:
    import hashlib

    return None if data is None else hashlib.sha256(data).hexdigest()


def _on_disk(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def save(draft: Draft) -> None:
    """Write the draft atomically. If it changed on disk since it was read (another window), the other
    version stays as it is and this one is saved beside it, with a warning: no version is lost."""
    draft.meta["bijgewerkt"] = dt.datetime.now().isoformat(timespec="seconds")
    draft.meta.setdefault("status", STATUS_BUSY)
    data = _dump(draft.answers)
    with lock_for(draft.path):
        current = _on_disk(draft.path)
        if draft.disk is not None and current is None:
            gone(draft)
        if draft.disk is not None and current is not None and current and _digest(current) != draft.disk:
            old = draft.path
            name, path = reserve(old.parent, f"{draft.name}-kopie")
            atomic.write_bytes(path, data)
            draft.name, draft.path, draft.disk = name, path, _digest(data)
            from oudergesprek.errors import warn

            warn(
                f"{old.name} is intussen ergens anders gewijzigd (een ander venster?). Die versie blijft zoals "
                f"hij is; uw antwoorden staan apart in {path.name}. Er is niets verloren."
            )
            return
        atomic.write_bytes(draft.path, data)
        draft.disk = _digest(data)
        draft.saved = _answers_only(draft.answers)


def gone(draft: Draft) -> None:
    """The draft was on disk and is not any more: deleted elsewhere (`wis` in another window, or by hand).
    Its answers are not written back, so that what the teacher removed stays removed."""
    draft.saved = None  # nothing of it is kept: no message may say otherwise
    lock_path(draft.path).unlink(missing_ok=True)  # nor its lock file, which names the child
    raise Removed(
        f"{draft.name} is intussen verwijderd (in een ander venster, bijvoorbeeld met 'oudergesprek wis'). "
        "Wat u hier beantwoordde, is daarom niet opnieuw bewaard.",
        "Wilt u toch verder, begin dan opnieuw.",
    )


def check_still_there(draft: Draft) -> None:
    """Before anything is made from an open draft (a script): stop when its file was deleted meanwhile."""
    if draft.disk is not None and _on_disk(draft.path) is None:
        gone(draft)


def _answers_only(answers: dict[str, Any]) -> dict[str, Any]:
    import copy

    return copy.deepcopy({key: value for key, value in answers.items() if key != "concept"})


def all_kept(draft: Draft) -> bool:
    """Whether the file on disk holds every answer (an interrupt or an error can come between an answer
    and its save, or during the save). What the program keeps under `concept:` does not count."""
    return draft.saved is not None and _answers_only(draft.answers) == draft.saved


_LOCKS: dict[str, Any] = {}


def lock_path(path: Path) -> Path:
    """Where the lock of a draft (or any file the program keeps) lives: `.NAME.yaml.lock` beside it."""
    return path.with_name(f".{path.name}.lock")


def lock_for(path: Path):
    """The (re-entrant) lock of one draft file, shared within this process: `.NAME.yaml.lock` beside it."""
    from filelock import FileLock

    key = str(lock_path(path))
    if key not in _LOCKS:
        _LOCKS[key] = FileLock(key, timeout=10, mode=0o600)  # private like the draft: its name names the child
    return _LOCKS[key]


def hold(draft: Draft) -> None:
    """Keep the draft locked while it is open in this process; a second window gets a clear message."""
    from filelock import Timeout

    lock = lock_for(draft.path)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise UsageError(
            f"{draft.name} is al open in een ander venster.",
            "Maak het daar af, of sluit dat venster en probeer het opnieuw.",
        ) from None
    except OSError:  # a folder where no lock can be made: the check on disk still protects the answers
        return
    draft.held.append(lock)
    current = _on_disk(draft.path)
    if current is None and draft.disk is not None:  # removed between reading it and opening it
        release(draft)
        gone(draft)
    if current and draft.disk is not None and _digest(current) != draft.disk:  # saved elsewhere just now
        fresh = read(draft.path)
        draft.answers, draft.disk, draft.saved = fresh.answers, fresh.disk, fresh.saved


def release(draft: Draft) -> None:
    while draft.held:
        draft.held.pop().release()


def become(draft: Draft, fresh: Draft) -> None:
    """`draft` (open in this process) becomes `fresh`: held like it was, while the first one, untouched on
    disk, is let go. Whoever holds `draft` (a Ctrl-C, --resume hint) now points to the new one."""
    from dataclasses import fields

    hold(fresh)
    release(draft)
    for item in fields(draft):
        setattr(draft, item.name, getattr(fresh, item.name))


def move(draft: Draft, name: str) -> Draft:
    """Give a draft a new name without ever replacing another file (the draft is on disk before and after)."""
    import os

    save(draft)
    old_lock = lock_for(draft.path)
    new, target = reserve(draft.path.parent, name)
    os.replace(draft.path, target)  # over the empty file reserved for it
    draft.name, draft.path = new, target
    if draft.held:
        hold(draft)
    if old_lock in draft.held:  # the old name's lock file goes with the old name
        draft.held.remove(old_lock)
        old_lock.release()
        Path(old_lock.lock_file).unlink(missing_ok=True)
    return draft


def create(name: str, answers: dict[str, Any], collection: str = "concepten") -> Draft:
    name, path = reserve(paths.private_dir(folder(collection)), name)
    draft = Draft(name, path, answers)
    draft.meta["aangemaakt"] = dt.datetime.now().isoformat(timespec="seconds")
    draft.meta["status"] = STATUS_BUSY
    save(draft)
    return draft


def read(path: Path) -> Draft:
    """A draft from disk, checked (draftshape) and cleaned as typed answers are; a damaged one is set
    aside (renamed, never deleted) with a UsageError that names it as what it is (a plan, a reflection)."""
    from oudergesprek.cleantext import clean_value
    from oudergesprek.interview import draftshape

    try:
        raw = safeyaml.read_limited(path)
        data = safeyaml.loads(safeyaml.decode(raw))
        shape = draftshape.problem(data, path.parent.name)
        if shape:
            raise safeyaml.YamlProblem(shape)
    except safeyaml.YamlProblem as problem:
        aside = atomic.set_aside(path)
        one, many = draftshape.NAMES.get(path.parent.name, ("Het bestand", "bestanden"))
        line = f", regel {problem.line}" if problem.line else ""
        raise UsageError(
            f"{one} {path.name} is beschadigd ({problem.message}{line}) en is apart gezet als {aside.name}.",
            f"De andere {many} zijn gewoon te gebruiken.",
        ) from None
    answers = clean_value(draftshape.normalised(safeyaml.plain(data)))
    return Draft(path.stem, path, answers, disk=_digest(raw), saved=_answers_only(answers))


def all_drafts(collection: str = "concepten") -> tuple[list[Draft], list[str]]:
    """Readable drafts, newest first, and a message for each damaged one that was set aside."""
    where = folder(collection)
    drafts: list[Draft] = []
    messages: list[str] = []
    if not where.is_dir():
        return drafts, messages
    for path in sorted(where.glob("*.yaml"), key=lambda p: p.stat().st_mtime, reverse=True):
        try:
            drafts.append(read(path))
        except UsageError as error:
            messages.append(error.message)
    return drafts, messages


def find(name: str | None, collection: str = "concepten", unfinished_only: bool = True) -> Draft:
    drafts, messages = all_drafts(collection)
    for message in messages:
        from oudergesprek.errors import warn

        warn(message)
    if name:  # the exact draft name or the child's exact name, never part of one (see choose.pick)
        from oudergesprek.interview.choose import pick

        return pick(drafts, name, ("voorbereiding", "voorbereidingen"), "prep --list")
    open_drafts = [d for d in drafts if d.status != STATUS_DONE] if unfinished_only else drafts
    if not open_drafts:
        raise UsageError("Er is geen onafgemaakt concept om mee verder te gaan.", "Begin een nieuwe: oudergesprek prep")
    return open_drafts[0]
