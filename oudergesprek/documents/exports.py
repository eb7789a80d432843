"""What the flows hand over: an export through the render layer or the screen, with names hidden on request."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def anonymous(answers: dict) -> dict:
    """The same answers with the child's and parents' names (and other names) replaced by initials."""
    from oudergesprek.documents import anonymize

    return anonymize.answers(answers)


def check_output(output: Path | None, force: bool) -> None:
    """Before any question is asked: can the export be written at all?"""
    if output is not None:
        from oudergesprek import render

        render.check_target(Path(output).expanduser(), force=force)


def deliver(
    doc: Any, output: Path | None, force: bool, what: str, hide_names_of: dict | None = None, about: object = None
) -> None:
    """To a file through the render layer, else on screen: Rich in a terminal, plain text otherwise. With
    `hide_names_of` (the answers), every name in them is replaced by initials in the document as well. A
    file about a child (`about`) is remembered, so that `wis --kind` can remove it."""
    from oudergesprek import render

    if hide_names_of is not None:
        from oudergesprek.documents import anonymize

        doc = anonymize.document(doc, hide_names_of)

    if output is not None:
        written = render.render(doc, output, force=force)
        print(f"{what} opgeslagen: {written}")
        remember(written, [about])
        return
    render.show(doc)


# --- what the program saved outside its data folder, so that `wis --kind` can remove it too ------------

INDEX = "opgeslagen-bestanden.yaml"  # in the data folder: path, children, fingerprint of each saved file
KINDS = (".pdf", ".html", ".md", ".txt")  # what the program saves; nothing else is ever removed through the index


def _index() -> Path:
    from oudergesprek import paths

    return paths.data_dir() / INDEX


def _fingerprint(path: Path) -> str | None:
    import hashlib

    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _entries() -> list[dict[str, Any]]:
    from oudergesprek import atomic, safeyaml
    from oudergesprek.errors import warn

    index = _index()
    if not index.is_file():
        return []
    try:
        data = safeyaml.plain(safeyaml.load_file(index))
    except safeyaml.YamlProblem:
        copy = atomic.set_aside(index)  # never overwritten: what it lists can still be found
        warn(
            f"het overzicht van opgeslagen bestanden was beschadigd en is apart gezet als {copy.name}. "
            "Wat er nog in te lezen is, neemt 'oudergesprek wis --kind' mee; 'oudergesprek wis --alles' "
            "verwijdert ook die kopie."
        )
        return []
    return _rows(data)


def _rows(data: object) -> list[dict[str, Any]]:
    rows = data if isinstance(data, list) else []
    return [row for row in rows if isinstance(row, dict) and isinstance(row.get("pad"), str)]


def _all_rows() -> list[dict[str, Any]]:
    """The rows of the index, and what can still be read of its copies set aside as damaged."""
    rows = _entries()
    for copy in set_aside_copies():
        rows += _readable_rows(copy)
    return rows


def set_aside_copies() -> list[Path]:
    """Earlier copies of the index that were set aside as damaged (`opgeslagen-bestanden.yaml.beschadigd-…`)."""
    index = _index()
    if not index.parent.is_dir():
        return []
    return sorted(p for p in index.parent.iterdir() if p.name.startswith(f"{INDEX}.beschadigd-") and p.is_file())


def _readable_rows(copy: Path) -> list[dict[str, Any]]:
    """The rows of a damaged copy that can still be read: each `- pad: ...` item on its own, so that one
    broken row does not hide the others."""
    import re

    from oudergesprek import safeyaml

    try:
        text = safeyaml.decode(safeyaml.read_limited(copy))
    except (OSError, safeyaml.YamlProblem):
        return []
    rows: list[dict[str, Any]] = []
    for chunk in re.split(r"(?m)^(?=- )", text):
        try:
            rows += _rows(safeyaml.plain(safeyaml.loads(chunk)))
        except safeyaml.YamlProblem:
            continue
    return rows


def _write(entries: list[dict[str, Any]]) -> None:
    import yaml

    from oudergesprek import atomic

    atomic.write_text(_index(), yaml.safe_dump(entries, allow_unicode=True, sort_keys=False))


def remember(path: Path, children: list[object], owner: dict[str, str] | None = None) -> None:
    """Note a file the program just saved about these children (a script, a plan, a reflection); `owner`:
    the draft it was made from (see is_own). The file itself is saved already: when it cannot be noted
    (the list is in use by another window for too long, cannot be written, the disk is full), that is said
    in Dutch with the file's path, since `wis --kind` will not find it. Nothing stops."""
    from filelock import Timeout

    from oudergesprek.errors import OudergesprekError, os_reason, warn
    from oudergesprek.interview.drafts import lock_for
    from oudergesprek.names import clean

    named = [clean(str(child)) for child in children if child is not None and clean(str(child))]
    digest = _fingerprint(path)
    if not named or digest is None:
        return
    where = str(Path(path).resolve())
    index = _index()
    try:
        with lock_for(index):
            entries = [row for row in _entries() if row["pad"] != where]
            _write([*entries, {"pad": where, "kinderen": named, "sha256": digest, **(owner or {})}])
    except Timeout:
        why = "een ander venster van oudergesprek hield het overzicht te lang bezet"
    except OSError as error:
        why = f"{index} kon niet worden bijgewerkt: {os_reason(error)}"
    except OudergesprekError as error:
        why = error.message.rstrip(".")
    else:
        return
    warn(
        f"{where} is opgeslagen, maar staat niet in het overzicht van opgeslagen bestanden ({why}). "
        f"'oudergesprek wis --kind {named[0]}' vindt het daarom niet: verwijder het zelf als u het niet meer "
        "nodig hebt."
    )


def owner_of(draft: Any) -> dict[str, str]:
    """What the list of saved files notes about the draft a script was made from: its name and when it was
    begun. Only a script noted for exactly this draft is ever written over by it, or removed with it by
    `wis NAAM`: not one of another child whose name gives the same file name, nor one of an earlier talk
    that had this name before."""
    return {"concept": draft.name, "begonnen": str(draft.meta.get("aangemaakt") or "")}


def saved_from(owners: list[dict[str, str]]) -> tuple[list[Path], list[Path]]:
    """The files noted as made from these drafts (see owner_of): (those still there and unchanged, which
    may go with their draft; those still there but changed since, which are the teacher's now)."""
    rows = _all_rows()
    intact: list[Path] = []
    changed: list[Path] = []
    for row in rows:
        if not any(_made_from(row, owner) for owner in owners):
            continue
        path = Path(row["pad"])
        if _intact(row):
            intact.append(path)
        elif _own_export(path):
            changed.append(path)
    kept = list(dict.fromkeys(intact))
    return kept, [p for p in dict.fromkeys(changed) if p not in kept]


def saved_about(child: str | None) -> list[Path]:
    """The files recorded for this child (None: for any child) that are still there, unchanged, in the index
    and in what can still be read of its copies set aside as damaged. A file that was moved, deleted or
    overwritten by something else is left alone."""
    from oudergesprek.names import same_child

    found = []
    rows = _all_rows()
    for row in rows:
        listed = row.get("kinderen")
        names = listed if isinstance(listed, list) else []
        if child is not None and not any(same_child(name, child) for name in names):
            continue
        if _intact(row):
            found.append(Path(row["pad"]))
    return list(dict.fromkeys(found))


def is_own(path: Path, owner: dict[str, str]) -> bool:
    """Whether this file is one the program saved from exactly this draft (`owner`, as given to remember)
    and nobody changed since: only then may it be written again."""
    where = str(Path(path).resolve())
    return any(row["pad"] == where and _made_from(row, owner) and _intact(row) for row in _entries())


def _made_from(row: dict, owner: dict[str, str]) -> bool:
    """Whether an index row was made from the draft `owner` describes (see owner_of); no owner, no match."""
    return bool(owner) and all(row.get(key) == value for key, value in owner.items())


def index_files() -> list[Path]:
    """The index itself, its copies set aside as damaged and its lock file: what `wis --alles` removes too."""
    from oudergesprek.interview.drafts import lock_path

    index = _index()
    return [p for p in (index, *set_aside_copies(), lock_path(index)) if p.is_file()]


def _intact(row: dict[str, Any]) -> bool:
    path = Path(row["pad"])
    return _own_export(path) and _fingerprint(path) == row.get("sha256")


def _own_export(path: Path) -> bool:
    """Only what the program itself could have written: an absolute path exactly as it was resolved when
    saved (no '..', no link on the way), a document's extension, a plain file."""
    import os

    return (
        path.is_absolute()
        and os.path.realpath(path) == str(path)
        and path.suffix.lower() in KINDS
        and path.is_file()
        and not path.is_symlink()
    )


def forget(removed: list[Path]) -> None:
    """Drop the rows of removed files (and of files that are gone). `wis --alles` removes the whole index
    through index_files()."""
    from oudergesprek.interview.drafts import lock_for

    index = _index()
    if not index.exists():
        return
    with lock_for(index):
        gone = {str(p) for p in removed}
        entries = _entries()
        kept = [row for row in entries if row["pad"] not in gone and Path(row["pad"]).exists()]
        if kept != entries:
            _write(kept)
