"""Loading all configured libraries in order: built-in, personal, then each school folder."""

from __future__ import annotations

from pathlib import Path

from oudergesprek import paths
from oudergesprek.library.model import SKILLS, Library, Problem, Record, Term

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing
if TYPE_CHECKING:  # reading files (YAML) is only needed when the cache is missing or stale
    from oudergesprek.library.files import FileContent


class Source(Record):
    """One library: a folder (or a single file) with a label for messages."""

    __slots__ = ("label", "path", "builtin")

    def __init__(self, label: str, path: Path, builtin: bool = False) -> None:
        self.label = label
        self.path = path
        self.builtin = builtin


def builtin_dir() -> Path:
    """The shipped library: inside the installed package, or `phrases/` in a source checkout."""
    package = Path(__file__).resolve().parent.parent
    shipped = package / "phrases"
    if shipped.is_dir():
        return shipped
    return package.parent / "phrases"


def configured_sources() -> list[Source]:
    sources = [Source("ingebouwd", builtin_dir(), builtin=True)]
    personal = paths.personal_library()
    if personal.is_dir():
        sources.append(Source("persoonlijk", personal))
    for folder in paths.school_libraries():
        sources.append(Source(str(folder), folder))
    return sources


def library_files(source: Source) -> list[Path]:
    """The `*.yaml`/`*.yml` files of a library and of its subfolders one level down (the built-in
    library keeps one folder per skill), sorted so the result never depends on the disk."""
    path = source.path
    if not path.is_dir():
        return [path]
    found: list[Path] = []
    for entry in _entries(path):
        if _is_library_file(entry):
            found.append(entry)
        elif entry.is_dir() and not entry.name.startswith("."):
            found.extend(e for e in _entries(entry) if _is_library_file(e))
    return found


def _entries(folder: Path) -> list[Path]:
    try:
        return sorted(folder.iterdir())
    except OSError:
        return []


def _is_library_file(path: Path) -> bool:
    """A `*.yaml` file; also a folder or a pipe (FIFO) of that name: reading it reports what it is,
    instead of skipping it."""
    low = path.name.lower()
    if low in (".yaml", ".yml"):  # nothing before the dot: surely meant as a library file
        return True
    return low.endswith((".yaml", ".yml")) and not low.startswith(".")


def missing_source_problem(source: Source) -> Problem | None:
    if source.path.exists():
        return None
    return Problem(str(source.path), None, "Deze bibliotheekmap bestaat niet (zie OUDERGESPREK_LIBRARY).")


def load(sources: list[Source]) -> Library:
    """Read every file of every source and combine them; problems are collected, never raised."""
    from oudergesprek.library.files import read_file

    contents: list[tuple[Source, list[FileContent]]] = []
    problems: list[Problem] = []
    for source in sources:
        missing = missing_source_problem(source)
        if missing:
            problems.append(missing)
            continue
        contents.append((source, [read_file(p, _label(source, p)) for p in library_files(source)]))
    return combine(contents, problems)


def _label(source: Source, path: Path) -> str:
    if source.builtin:
        return f"{source.label}/{path.relative_to(source.path).as_posix()}"
    return str(path)


def combine(contents: list[tuple[Source, list[FileContent]]], problems: list[Problem]) -> Library:
    lib = Library(problems=problems)
    lib.skills = {slug: Term(slug, title) for slug, title in SKILLS.items()}
    for source, files in contents:
        for content in files:
            lib.problems.extend(content.problems)
            if content.skill and (source.builtin or content.skill.explanation):
                lib.skills[content.skill.slug] = content.skill
            for category in content.categories:
                if source.builtin:
                    lib.categories[category.slug] = category
                else:
                    lib.problems.append(
                        Problem(content.path, None, "Soorten liggen vast; een eigen bibliotheek kan er geen toevoegen.")
                    )
                    break
            for situation in content.situations:
                lib.situations[situation.slug] = situation
    order: dict[str, int] = {}
    for _source, files in contents:
        seen: dict[str, str] = {}
        for content in files:
            refs: dict[int, list[tuple[int, str, str]]] = {}
            for index, line, name, what in content.references:
                refs.setdefault(index, []).append((line, name, what))
            lib.problems.extend(_bad_references(content.path, refs.get(-1, []), lib))  # phrases with other problems
            for index, phrase in enumerate(content.phrases):
                bad = _bad_references(content.path, refs.get(index, []), lib)
                if bad:
                    lib.problems.extend(bad)
                    continue
                if phrase.id in seen:
                    message = f"De id '{phrase.id}' komt in deze bibliotheek al voor ({seen[phrase.id]})."
                    lib.problems.append(Problem(phrase.source, phrase.line, message))
                    continue
                seen[phrase.id] = f"{phrase.source}:{phrase.line}"
                if phrase.id in order:
                    lib.phrases[order[phrase.id]] = phrase
                else:
                    order[phrase.id] = len(lib.phrases)
                    lib.phrases.append(phrase)
    return lib


def _bad_references(path: str, refs: list[tuple[int, str, str]], lib: Library) -> list[Problem]:
    from oudergesprek.errors import unknown

    found = []
    for line, name, what in refs:
        options = lib.categories if what == "soort" else lib.situations
        if name not in options:
            found.append(Problem(path, line, unknown(what, name, options)))
    return found
