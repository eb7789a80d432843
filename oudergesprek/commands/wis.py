"""`oudergesprek wis`: remove a draft, reflection or plan, or everything about one child."""

from __future__ import annotations

import sys
from pathlib import Path

from oudergesprek import drafts
from oudergesprek.errors import EXIT_OK, UsageError
from oudergesprek.names import same_child as same_child_name

FOLDERS = {"concepten": "voorbereiding", "reflecties": "reflectie", "plannen": "plan"}


def _files_of(draft: drafts.Draft) -> list[Path]:
    """The draft and anything saved beside it under the same name (such as its printed script)."""
    return sorted(p for p in draft.path.parent.glob(f"{draft.name}.*") if p.is_file())


def targets(name: str | None, child: str | None) -> list[tuple[str, drafts.Draft]]:
    found = []
    for kind, label in FOLDERS.items():
        items, _ = drafts.all_drafts(kind)
        for draft in items:
            same_child = child is not None and same_child_name(draft.answers.get("kind"), child)
            if (name is not None and draft.name == name) or same_child:
                found.append((label, draft))
    return found


def run(name: str | None, child: str | None, yes: bool) -> int:
    if not name and not child:
        raise UsageError("Zeg wat er weg moet: een naam (zie prep --list) of --kind NAAM voor alles over één kind.")
    found = targets(name, child)
    if not found:
        what = f"met de naam '{name}'" if name else f"over '{child}'"
        raise UsageError(f"Niets gevonden {what}.", "Bekijk wat er is met: oudergesprek prep --list")
    print("Dit wordt verwijderd:")
    for label, draft in found:
        print(f"  - {label}: {draft.name} ({draft.answers.get('kind', '')})")
    if not yes:
        if not sys.stdin.isatty():
            raise UsageError("Bevestigen kan alleen in een terminal; gebruik --ja om zonder vraag te verwijderen.")
        answer = input("Weet u het zeker? Typ 'ja' om te verwijderen: ").strip().lower()
        if answer != "ja":
            print("Niets verwijderd.")
            return EXIT_OK
    count = 0
    for _, draft in found:
        for path in _files_of(draft):
            path.unlink(missing_ok=True)
            count += 1
    print(f"Verwijderd: {len(found)} {'onderdeel' if len(found) == 1 else 'onderdelen'} ({count} bestanden).")
    return EXIT_OK
