"""`oudergesprek wis`: remove a draft, reflection or plan, everything about one child, or everything.

Also what a draft leaves behind: copies set aside as damaged (`NAAM.yaml.beschadigd-...`), temporary files
of a save that was interrupted (`.NAAM.yaml.XXXX.tmp`) and lock files (`.NAAM.yaml.lock`).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from oudergesprek.errors import EXIT_OK, UsageError
from oudergesprek.interview import drafts
from oudergesprek.names import same_child as same_child_name
from oudergesprek.names import slug

FOLDERS = {"concepten": "voorbereiding", "reflecties": "reflectie", "plannen": "plan", "oefenrondes": "oefenronde"}
REHEARSALS = "oefenrondes"
_KIND_LINE = re.compile(r"^kind:[ \t]*(.*?)[ \t]*$", re.MULTILINE)


def _files_of(draft: drafts.Draft) -> list[Path]:
    """The draft and anything saved beside it under the same name: its printed script, damaged copies,
    temporary files of an interrupted save, its lock file."""
    folder = draft.path.parent
    found = set(folder.glob(f"{draft.name}.*")) | set(folder.glob(f".{draft.name}.yaml.*"))
    return sorted(p for p in found if p.is_file())


def leftovers(collection: str) -> list[Path]:
    """Damaged copies and temporary files in one folder (they are not readable drafts)."""
    folder = drafts.folder(collection)
    if not folder.is_dir():
        return []
    return sorted(
        p for p in folder.iterdir() if p.is_file() and (".beschadigd-" in p.name or p.name.endswith((".tmp", ".lock")))
    )


def _about(path: Path, child: str) -> bool:
    """Whether a leftover file is about this child: by a `kind:` line in it, or by the name in its file name."""
    if f"-{slug(child)}-" in path.name:
        return True
    try:
        with open(path, "rb") as handle:
            text = handle.read(1_000_000).decode("utf-8", "replace")
    except OSError:
        return False
    for value in _KIND_LINE.findall(text):
        if same_child_name(value.strip("'\""), child):
            return True
    return False


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


def loose_files(child: str | None, everything: bool, found: list[tuple[str, drafts.Draft]]) -> list[Path]:
    """Leftovers that belong to no readable draft but to this child (or to anything, with --alles)."""
    taken = {p for _, d in found for p in _files_of(d)}
    out = []
    for collection in FOLDERS:
        for path in leftovers(collection):
            if path in taken:
                continue
            if everything or (child is not None and _about(path, child)):
                out.append(path)
    return out


def run(name: str | None, child: str | None, yes: bool, everything: bool = False, rehearsals: bool = False) -> int:
    if not name and not child and not everything and not rehearsals:
        raise UsageError(
            "Zeg wat er weg moet: een naam (zie prep --list of oefen --overzicht), --kind NAAM voor alles over "
            "één kind, --oefenrondes voor uw oefenlogboek, of --alles voor alles."
        )
    found = targets(name, child, everything, rehearsals)
    extra = loose_files(child, everything, found)
    if everything:
        for collection in FOLDERS:  # printed scripts and other files beside the drafts
            folder = drafts.folder(collection)
            if folder.is_dir():
                taken = {p for _, d in found for p in _files_of(d)} | set(extra)
                extra += sorted(p for p in folder.iterdir() if p.is_file() and p not in taken)
    if not found and not extra:
        what = (
            ""
            if everything
            else f"met de naam '{name}'"
            if name
            else f"over '{child}'"
            if child
            else "in uw oefenlogboek"
        )
        raise UsageError(f"Niets gevonden {what}.".replace("  ", " "), "Bekijk wat er is met: oudergesprek prep --list")
    print("Dit wordt verwijderd:")
    for label, draft in found:
        print(f"  - {label}: {draft.name} ({draft.answers.get('kind', '')})")
    if extra:
        print(f"  - {len(extra)} {'los bestand' if len(extra) == 1 else 'losse bestanden'} "
              "(apart gezette kopieën, tijdelijke bestanden)")  # fmt: skip
    if not yes:
        if not sys.stdin.isatty():
            raise UsageError("Bevestigen kan alleen in een terminal; gebruik --ja om zonder vraag te verwijderen.")
        from oudergesprek.interview.prompter import read

        answer = read("Weet u het zeker? Typ 'ja' om te verwijderen: ").strip().lower()
        if answer != "ja":
            print("Niets verwijderd.")
            return EXIT_OK
    count = 0
    for path in {p for _, d in found for p in _files_of(d)} | set(extra):
        path.unlink(missing_ok=True)
        count += 1
    parts = len(found)
    print(f"Verwijderd: {parts} {'onderdeel' if parts == 1 else 'onderdelen'} ({count} bestanden).")
    return EXIT_OK
