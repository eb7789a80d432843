"""Drafts: every answer is on disk the moment it is given. One YAML file per preparation."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
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

    @property
    def meta(self) -> dict[str, Any]:
        return self.answers.setdefault("concept", {})

    @property
    def status(self) -> str:
        return str(self.meta.get("status", STATUS_BUSY))


def folder(kind: str = "concepten") -> Path:
    return paths.data_dir() / kind


def slug(text: str, fallback: str = "gesprek") -> str:
    """A safe file-name part that keeps the letters of every script (see names.slug)."""
    from oudergesprek.names import slug as name_slug

    return name_slug(text, fallback)


def new_name(child: str, situation: str, kind: str = "concepten") -> str:
    base = f"{dt.date.today().isoformat()}-{slug(child)}-{situation}"
    name, n = base, 2
    while (folder(kind) / f"{name}.yaml").exists():
        name, n = f"{base}-{n}", n + 1
    return name


def save(draft: Draft) -> None:
    import yaml

    draft.meta["bijgewerkt"] = dt.datetime.now().isoformat(timespec="seconds")
    draft.meta.setdefault("status", STATUS_BUSY)
    text = yaml.safe_dump(draft.answers, allow_unicode=True, sort_keys=False, width=100)
    atomic.write_text(draft.path, text)


def create(name: str, answers: dict[str, Any], kind: str = "concepten") -> Draft:
    draft = Draft(name, paths.private_dir(folder(kind)) / f"{name}.yaml", answers)
    draft.meta["aangemaakt"] = dt.datetime.now().isoformat(timespec="seconds")
    draft.meta["status"] = STATUS_BUSY
    save(draft)
    return draft


def read(path: Path) -> Draft:
    """A draft from disk; a damaged one is set aside (renamed, never deleted) with a UsageError."""
    try:
        data = safeyaml.load_file(path)
        if not isinstance(data, dict):
            raise safeyaml.YamlProblem("geen velden gevonden")
    except safeyaml.YamlProblem as problem:
        aside = set_aside(path)
        raise UsageError(
            f"Het concept {path.name} is beschadigd ({problem.message}) en is apart gezet als {aside.name}.",
            "De andere concepten zijn gewoon te gebruiken.",
        ) from None
    return Draft(path.stem, path, safeyaml.plain(data))


def set_aside(path: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.beschadigd-{stamp}")
    path.rename(target)
    return target


def all_drafts(kind: str = "concepten") -> tuple[list[Draft], list[str]]:
    """Readable drafts, newest first, and a message for each damaged one that was set aside."""
    where = folder(kind)
    drafts, messages = [], []
    if not where.is_dir():
        return drafts, messages
    for path in sorted(where.glob("*.yaml"), key=lambda p: p.stat().st_mtime, reverse=True):
        try:
            drafts.append(read(path))
        except UsageError as error:
            messages.append(error.message)
    return drafts, messages


def find(name: str | None, kind: str = "concepten", unfinished_only: bool = True) -> Draft:
    drafts, messages = all_drafts(kind)
    for message in messages:
        from oudergesprek.errors import warn

        warn(message)
    if name:
        exact = [d for d in drafts if d.name == name]
        wanted = slug(name, fallback="")
        matches = exact or [d for d in drafts if wanted and wanted in d.name]
        if not matches:
            raise UsageError(f"Geen concept gevonden met de naam '{name}'.", "Bekijk ze met: oudergesprek prep --list")
        return matches[0]
    open_drafts = [d for d in drafts if d.status != STATUS_DONE] if unfinished_only else drafts
    if not open_drafts:
        raise UsageError("Er is geen onafgemaakt concept om mee verder te gaan.", "Begin een nieuwe: oudergesprek prep")
    return open_drafts[0]
