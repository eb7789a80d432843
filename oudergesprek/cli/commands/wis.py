"""`oudergesprek wis`: remove a draft, reflection or plan, everything about one child, or everything.

Also what a draft leaves behind: copies set aside as damaged (`NAAM.yaml.beschadigd-...`), temporary files
of a save that was interrupted (`.NAAM.yaml.XXXX.tmp`) and lock files (`.NAAM.yaml.lock`). Such a file goes
only when its stored `kind:` is the child's; what cannot be told for certain stays, and is named. Every
file that goes is named at the confirmation (lock files, which hold nothing, go with their own file).

A draft that is open in another window is never removed: its lock is tried first; it stays, and is named.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from oudergesprek.documents import exports
from oudergesprek.errors import EXIT_OK, Interrupted, UsageError
from oudergesprek.interview import drafts
from oudergesprek.interview import leftovers as left
from oudergesprek.names import same_child as same_child_name

FOLDERS = {"concepten": "voorbereiding", "reflecties": "reflectie", "plannen": "plan", "oefenrondes": "oefenronde"}
ENDINGS = {"reflecties": ("reflectie",), "plannen": ("plan",)}  # concepten: the situations; oefenrondes: no child
REHEARSALS = "oefenrondes"
DATED_SCRIPT = re.compile(r"^\d{4}-\d{2}-\d{2}-.+\.pdf$")  # a script prep saved beside its draft (no Documenten)


@dataclass
class Sorting:
    remove: list[Path] = field(default_factory=list)
    unsure: list[Path] = field(default_factory=list)  # kept: it cannot be told for certain whose it is
    beside: set[Path] = field(default_factory=set)  # every file saved under a found draft's own name


def _files_of(draft: drafts.Draft) -> list[Path]:
    """The draft and anything saved beside it under the same name: its printed script, damaged copies,
    temporary files of an interrupted save, its lock file."""
    return sorted(p for p in draft.path.parent.iterdir() if _of_draft(p, draft.name) and p.is_file())


def leftovers(collection: str) -> list[Path]:
    """Damaged copies, temporary files and lock files in one folder (they are not readable drafts)."""
    folder = drafts.folder(collection)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and left.is_leftover(p))


def endings(collection: str) -> tuple[str, ...]:
    """What follows the child's part in the file names of a folder (DATE-CHILD-ENDING.yaml)."""
    if collection == "concepten":
        from oudergesprek.search.catalog import load_catalog

        return tuple(load_catalog().library.situations)
    return ENDINGS.get(collection, ())


def targets(
    name: str | None, child: str | None, everything: bool = False, rehearsals: bool = False
) -> list[tuple[str, drafts.Draft]]:
    found = []
    for collection, label in FOLDERS.items():
        items, _ = drafts.all_drafts(collection)
        for draft in items:
            same_child = child is not None and same_child_name(draft.answers.get("kind"), child)
            chosen = (
                (name is not None and draft.name == name) or same_child or (rehearsals and collection == REHEARSALS)
            )
            if everything or chosen:
                found.append((label, draft))
    return found


def _of_draft(path: Path, name: str) -> bool:
    """Whether a file in a draft's folder carries the draft's own name (see _files_of); compared as text,
    because a name may hold * ? [ ]."""
    return path.name.startswith((f"{name}.", f".{name}.yaml."))


def _open_elsewhere(path: Path, busy: frozenset[tuple[Path, str]]) -> bool:
    """Whether a file belongs to a draft open in another window (`busy`: its folders and names)."""
    return any(path.parent == where and _of_draft(path, name) for where, name in busy)


def _busy_error(busy: list[tuple[str, drafts.Draft]]) -> UsageError:
    return UsageError(f"Open in een ander venster; niet verwijderd:{_busy_lines(busy)}", BUSY_HINT)


def sorted_out(
    child: str | None,
    everything: bool,
    found: list[tuple[str, drafts.Draft]],
    busy: frozenset[tuple[Path, str]] = frozenset(),
) -> Sorting:
    """What goes besides the drafts: leftovers of this child (everything, with --alles), and what stays
    because it cannot be told whose it is. Beside a draft, a leftover goes only when its stored `kind:` is
    the draft's child (or the child asked for). Lock files go only with their own file. Nothing of a draft
    in `busy` (folder, name: open in another window) is touched."""
    out = Sorting()
    known: dict[str, tuple[str, ...]] = {}  # the endings of each folder, read once in this run

    def ends(collection: str) -> tuple[str, ...]:
        if collection not in known:
            known[collection] = endings(collection)
        return known[collection]

    for _, draft in found:
        owner = child if child is not None else str(draft.answers.get("kind") or "")
        for path in _files_of(draft):
            out.beside.add(path)
            if everything or not left.is_leftover(path) or path.name.endswith(".lock"):
                out.remove.append(path)  # the draft itself, a script saved beside it, its lock
            elif left.whose(path, owner, ends(draft.path.parent.name)) is left.Whose.THIS_CHILD:
                out.remove.append(path)  # its stored name is this child's
            else:
                out.unsure.append(path)  # it names another child, or no readable name at all
    if child is None and not everything:
        return out

    taken = set(out.remove) | set(out.unsure)
    locks = []
    rest: dict[tuple[Path, str], list[Path]] = {}  # what else is there under each draft name
    for collection in FOLDERS:
        for path in leftovers(collection):
            if path in taken or _open_elsewhere(path, busy):
                continue
            if path.name.endswith(".lock"):
                locks.append(path)
                continue
            rest.setdefault((path.parent, left.draft_name(path)), []).append(path)
            if everything:
                out.remove.append(path)
                continue
            verdict = left.whose(path, str(child), ends(collection))
            if verdict is left.Whose.THIS_CHILD:
                out.remove.append(path)
            elif verdict is left.Whose.UNSURE:
                out.unsure.append(path)
    gone = set(out.remove)
    removed_names = {(p.parent, left.draft_name(p)) for p in gone}
    for lock in locks:
        place = (lock.parent, left.draft_name(lock))
        if everything:
            out.remove.append(lock)
            continue
        if (lock.parent / f"{place[1]}.yaml").exists() or any(p not in gone for p in rest.get(place, [])):
            continue  # a lock file goes only when nothing of its own file is left
        if place in removed_names or left.named_after(lock, str(child), ends(lock.parent.name)):
            out.remove.append(lock)  # it holds nothing: named after exactly this child is enough
    return out


def _hold(found: list[tuple[str, drafts.Draft]]) -> tuple[list[tuple[str, drafts.Draft]], list, list]:
    """Try the lock of each draft: (the drafts that may go, the drafts open in another window, the locks
    now held by this run, to release when done)."""
    from filelock import Timeout

    free, busy, held = [], [], []
    for item in found:
        lock = drafts.lock_for(item[1].path)
        try:
            lock.acquire(timeout=0)
        except Timeout:
            busy.append(item)
            continue
        except OSError:  # a folder where no lock can be made: nothing else can hold one either
            free.append(item)
            continue
        held.append(lock)
        free.append(item)
    return free, busy, held


def _own_kind(path: Path) -> bool:
    """Whether a file in a data folder is one the program writes there: a draft, a script saved beside it
    (dated name), a set-aside copy, a temporary file or a lock file."""
    return path.suffix == ".yaml" or left.is_leftover(path) or bool(DATED_SCRIPT.match(path.name))


def _what(path: Path) -> str:
    if ".beschadigd-" in path.name:
        return "apart gezette beschadigde kopie"
    if path.name.endswith(".tmp"):
        return "half bewaard bestand"
    if path.suffix == ".pdf":
        return "script"
    return "bestand"


def _nothing(name: str | None, child: str | None, everything: bool) -> str:
    if everything:
        return "Niets gevonden."
    if name:
        return f"Niets gevonden met de naam '{name}'."
    if child:
        return f"Niets gevonden over '{child}'."
    return "Niets gevonden in uw oefenlogboek."


def _busy_lines(busy: list[tuple[str, drafts.Draft]]) -> str:
    return "".join(f"\n  - {label}: {draft.name}" for label, draft in busy)


BUSY_HINT = "Sluit dat venster (of maak het daar af) en typ dezelfde opdracht opnieuw."


def run(name: str | None, child: str | None, yes: bool, everything: bool = False, rehearsals: bool = False) -> int:
    if not name and not child and not everything and not rehearsals:
        raise UsageError(
            "Zeg wat er weg moet: een naam (zie prep --list of oefen --overzicht), --kind NAAM voor alles over "
            "één kind, --oefenrondes voor uw oefenlogboek, of --alles voor alles."
        )
    found, busy, held = _hold(targets(name, child, everything, rehearsals))
    locks: list[Path] = []
    try:
        removed = _remove(name, child, yes, everything, found, busy, locks)
    finally:
        for lock in held:
            lock.release()
    for path in locks:  # only once released: empty files that guarded what is gone now (not counted)
        path.unlink(missing_ok=True)
    if busy and removed:
        raise _busy_error(busy)
    return EXIT_OK


def _remove(
    name: str | None,
    child: str | None,
    yes: bool,
    everything: bool,
    found: list[tuple[str, drafts.Draft]],
    busy: list[tuple[str, drafts.Draft]],
    unlink_later: list[Path],
) -> bool:
    """Name everything that goes and remove it (lock files: added to `unlink_later`); False: the teacher
    said no."""
    open_elsewhere = frozenset((draft.path.parent, draft.name) for _, draft in busy)
    sorting = sorted_out(child, everything, found, open_elsewhere)
    removing = list(dict.fromkeys(sorting.remove))
    foreign: list[Path] = []  # the teacher's own files in the data folders: never removed, only named
    if everything:
        for collection in FOLDERS:  # scripts saved beside the drafts
            folder = drafts.folder(collection)
            if not folder.is_dir():
                continue
            for path in sorted(folder.iterdir()):
                if not path.is_file() or path in removing or path in sorting.unsure:
                    continue
                if _open_elsewhere(path, open_elsewhere):
                    continue
                (removing if _own_kind(path) else foreign).append(path)
    saved = exports.saved_about(child) if child or everything else []
    # what was saved from exactly these drafts (their scripts in Documenten): it goes with them, unchanged only
    owned, changed = exports.saved_from([exports.owner_of(draft) for _, draft in found]) if found else ([], [])
    saved = [p for p in dict.fromkeys([*saved, *owned]) if p not in removing]
    index = exports.index_files() if everything else []
    copies = [] if everything or not child else exports.set_aside_copies()
    locks = [p for p in [*removing, *index] if p.name.endswith(".lock")]
    shown = [p for p in removing if p not in locks]
    extra = [p for p in shown if p not in sorting.beside]
    unsure = "".join(f"\n  - {p.parent.name}/{p.name}" for p in sorting.unsure)
    if unsure:
        unsure = f"Niet zeker van wie; niet verwijderd:{unsure}"
    if not found and not extra and not saved and all(p in locks for p in index):
        for lock in index:  # only the empty lock file of the overview of saved files: it holds nothing
            lock.unlink(missing_ok=True)
        if busy:
            raise _busy_error(busy)
        message = _nothing(name, child, everything) + (f"\n{unsure}" if unsure else "")
        raise UsageError(message, "Bekijk wat er is met: oudergesprek prep --list")
    print("Dit wordt verwijderd:")
    for label, draft in found:
        print(f"  - {label}: {draft.name} ({draft.answers.get('kind', '')})")
        for path in shown:
            if path in sorting.beside and path != draft.path and _of_draft(path, draft.name):
                print(f"      met: {path.name} ({_what(path)})")
    for path in extra:
        print(f"  - {_what(path)}: {path.parent.name}/{path.name}")
    for path in index:
        if path not in locks:
            print(f"  - overzicht van opgeslagen bestanden: {path.name}")
    for path in saved:
        print(f"  - opgeslagen bestand: {path}")
    if unsure:
        print(unsure)
    if changed:
        print(
            "Gewijzigd nadat oudergesprek het opsloeg; blijft staan (verwijder het zelf als het weg mag):"
            + "".join(f"\n  - {p}" for p in changed)
        )
    for copy in copies:
        print(
            f"Let op: {copy.name} is een apart gezet, beschadigd overzicht van opgeslagen bestanden. Wat erin te "
            "lezen was, staat hierboven; de kopie zelf blijft staan (weg met: oudergesprek wis --alles)."
        )
    if foreign:
        print("Niet van oudergesprek; blijft staan:" + "".join(f"\n  - {p.parent.name}/{p.name}" for p in foreign))
    if busy:
        print(f"Open in een ander venster; niet verwijderd:{_busy_lines(busy)}")
    if not yes:
        if not sys.stdin.isatty():
            raise UsageError("Bevestigen kan alleen in een terminal; gebruik --ja om zonder vraag te verwijderen.")
        from oudergesprek.interview.prompter import read

        try:
            answer = read("Weet u het zeker? Typ 'ja' om te verwijderen: ").strip().lower()
        except (KeyboardInterrupt, EOFError):
            raise Interrupted("\nNiets verwijderd.") from None
        if answer != "ja":
            print("Niets verwijderd.")
            return False
    count = 0
    for path in [*shown, *saved, *(p for p in index if p not in locks)]:
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        count += 1
    if saved and not everything:
        exports.forget(saved)
    unlink_later += locks
    parts = sum(not draft.path.exists() for _, draft in found)  # only what is really gone
    files = "bestand" if count == 1 else "bestanden"
    print(f"Verwijderd: {parts} {'onderdeel' if parts == 1 else 'onderdelen'} ({count} {files}).")
    return True
