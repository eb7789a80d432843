"""`oudergesprek wis`: remove a draft, reflection or plan, everything about one child, or everything.

Also what a draft leaves behind: copies set aside as damaged (`NAAM.yaml.beschadigd-...`), temporary files
of a save that was interrupted (`.NAAM.yaml.XXXX.tmp`) and lock files (`.NAAM.yaml.lock`).
"""

from __future__ import annotations

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


@dataclass
class Sorting:
    remove: list[Path] = field(default_factory=list)
    unsure: list[Path] = field(default_factory=list)  # kept: it cannot be told for certain whose it is
    beside: set[Path] = field(default_factory=set)  # every file saved under a found draft's own name


def _files_of(draft: drafts.Draft) -> list[Path]:
    """The draft and anything saved beside it under the same name: its printed script, damaged copies,
    temporary files of an interrupted save, its lock file."""
    folder = draft.path.parent
    own = (f"{draft.name}.", f".{draft.name}.yaml.")  # compared as text: a name may hold * ? [ ]
    return sorted(p for p in folder.iterdir() if p.name.startswith(own) and p.is_file())


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


def sorted_out(child: str | None, everything: bool, found: list[tuple[str, drafts.Draft]]) -> Sorting:
    """What goes besides the drafts: leftovers of this child (everything, with --alles), and what stays
    because it cannot be told whose it is. Lock files go only with their own file."""
    out = Sorting()
    for _, draft in found:
        for path in _files_of(draft):
            out.beside.add(path)
            if child is None or not left.is_leftover(path) or left.stored_children(path) is None:
                out.remove.append(path)  # by its exact name it is this draft's
            elif left.whose(path, child, ()) is left.Whose.THIS_CHILD:
                out.remove.append(path)
            else:
                out.unsure.append(path)  # beside this child's draft, but it names another child
    if child is None and not everything:
        return out
    known: dict[str, tuple[str, ...]] = {}  # the endings of each folder, read once in this run

    def ends(collection: str) -> tuple[str, ...]:
        if collection not in known:
            known[collection] = endings(collection)
        return known[collection]

    taken = set(out.remove) | set(out.unsure)
    locks = []
    for collection in FOLDERS:
        for path in leftovers(collection):
            if path in taken:
                continue
            if path.name.endswith(".lock"):
                locks.append(path)
                continue
            if everything:
                out.remove.append(path)
                continue
            verdict = left.whose(path, str(child), ends(collection))
            if verdict is left.Whose.THIS_CHILD:
                out.remove.append(path)
            elif verdict is left.Whose.UNSURE:
                out.unsure.append(path)
    gone = {(p.parent, left.draft_name(p)) for p in out.remove}
    for lock in locks:
        own_file = lock.parent / f"{left.draft_name(lock)}.yaml"
        if everything or ((lock.parent, left.draft_name(lock)) in gone and not own_file.exists()):
            out.remove.append(lock)
        elif not own_file.exists() and left.whose(lock, str(child), ends(lock.parent.name)) is left.Whose.THIS_CHILD:
            out.remove.append(lock)  # a lock whose file is gone, named after exactly this child
    return out


def run(name: str | None, child: str | None, yes: bool, everything: bool = False, rehearsals: bool = False) -> int:
    if not name and not child and not everything and not rehearsals:
        raise UsageError(
            "Zeg wat er weg moet: een naam (zie prep --list of oefen --overzicht), --kind NAAM voor alles over "
            "één kind, --oefenrondes voor uw oefenlogboek, of --alles voor alles."
        )
    exports.SET_ASIDE.clear()
    found = targets(name, child, everything, rehearsals)
    sorting = sorted_out(child, everything, found)
    removing = list(dict.fromkeys(sorting.remove))
    if everything:
        for collection in FOLDERS:  # printed scripts and other files beside the drafts
            folder = drafts.folder(collection)
            if folder.is_dir():
                removing += sorted(p for p in folder.iterdir() if p.is_file() and p not in removing)
    extra = [p for p in removing if p not in sorting.beside]
    saved = [p for p in exports.saved_about(child) if p not in removing] if child or everything else []
    for copy in exports.SET_ASIDE:  # the list of saved files was damaged: what it named cannot be found
        print(
            f"Let op: het overzicht van opgeslagen bestanden was beschadigd en is apart gezet ({copy.name}). "
            "Scripts die u eerder opsloeg, vindt wis daardoor niet; verwijder die zelf als dat nodig is.",
            file=sys.stderr,
        )
    unsure = "".join(f"\n  - {p.parent.name}/{p.name}" for p in sorting.unsure)
    if unsure:
        unsure = f"Niet zeker van wie; niet verwijderd:{unsure}"
    if not found and not extra and not saved:
        what = (
            ""
            if everything
            else f"met de naam '{name}'"
            if name
            else f"over '{child}'"
            if child
            else "in uw oefenlogboek"
        )
        message = f"Niets gevonden {what}.".replace("  ", " ") + (f"\n{unsure}" if unsure else "")
        raise UsageError(message, "Bekijk wat er is met: oudergesprek prep --list")
    print("Dit wordt verwijderd:")
    for label, draft in found:
        print(f"  - {label}: {draft.name} ({draft.answers.get('kind', '')})")
    if extra:
        print(f"  - {len(extra)} {'los bestand' if len(extra) == 1 else 'losse bestanden'} "
              "(apart gezette kopieën, tijdelijke bestanden)")  # fmt: skip
    for path in saved:
        print(f"  - opgeslagen bestand: {path}")
    if unsure:
        print(unsure)
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
            return EXIT_OK
    count = 0
    for path in [*removing, *saved]:
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        count += 1
    if saved or everything:
        exports.forget(saved, everything)
    parts = sum(not draft.path.exists() for _, draft in found)  # only what is really gone
    files = "bestand" if count == 1 else "bestanden"
    print(f"Verwijderd: {parts} {'onderdeel' if parts == 1 else 'onderdelen'} ({count} {files}).")
    return EXIT_OK
