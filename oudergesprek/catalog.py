"""The library plus its search index, loaded through a cache that notices every change.

The cache is keyed on each library file's path, size and modification time and on the program's
version; it is written atomically and rebuilt when it is missing, stale or damaged.
"""

from __future__ import annotations

import marshal
from dataclasses import astuple, dataclass
from importlib import resources
from pathlib import Path

from oudergesprek import __version__, paths
from oudergesprek.library import Source, configured_sources, library_files, load
from oudergesprek.model import Library, Phrase, Problem, Term

CACHE_FORMAT = 3


@dataclass
class Catalog:
    library: Library
    index: dict


def synonyms_file() -> Path:
    return Path(str(resources.files("oudergesprek") / "data" / "synoniemen.yaml"))


def _fingerprint(sources: list[Source]) -> list:
    key: list = [__version__, CACHE_FORMAT]
    for source in sources:
        files = library_files(source) if source.path.exists() else []
        key.append(str(source.path))
        for path in files + ([synonyms_file()] if source.builtin else []):
            try:
                stat = path.stat()
            except OSError:
                continue
            key.append((str(path), stat.st_size, stat.st_mtime_ns))
    return key


def _cache_path(sources: list[Source]) -> Path:
    import hashlib

    digest = hashlib.sha256("\0".join(str(s.path) for s in sources).encode()).hexdigest()[:16]
    return paths.cache_dir() / f"bibliotheek-{digest}.bin"


def _pack(lib: Library, index: dict, key: list) -> bytes:
    return marshal.dumps(
        {
            "key": key,
            "skills": [astuple(t) for t in lib.skills.values()],
            "kinds": [astuple(t) for t in lib.kinds.values()],
            "situations": [astuple(t) for t in lib.situations.values()],
            "phrases": [astuple(p) for p in lib.phrases],
            "problems": [astuple(p) for p in lib.problems],
            "index": index,
        }
    )


def _unpack(data: dict) -> Catalog:
    def terms(rows: list) -> dict[str, Term]:
        return {row[0]: Term(row[0], row[1], row[2], tuple(row[3])) for row in rows}

    lib = Library(
        skills=terms(data["skills"]),
        kinds=terms(data["kinds"]),
        situations=terms(data["situations"]),
        phrases=[Phrase(r[0], r[1], r[2], tuple(r[3]), *r[4:]) for r in data["phrases"]],
        problems=[Problem(*row) for row in data["problems"]],
    )
    return Catalog(lib, data["index"])


def _read_cache(path: Path, key: list) -> Catalog | None:
    try:
        data = marshal.loads(path.read_bytes())
        if not isinstance(data, dict) or data.get("key") != key:
            return None
        return _unpack(data)
    except Exception:  # a damaged or foreign cache is simply rebuilt
        return None


def build(sources: list[Source]) -> Catalog:
    from oudergesprek import safeyaml, searchindex

    lib = load(sources)
    try:
        groups = safeyaml.load_file(synonyms_file())["synoniemen"]
    except (safeyaml.YamlProblem, TypeError, KeyError):
        groups = []
    return Catalog(lib, searchindex.build(lib, groups))


def load_catalog(sources: list[Source] | None = None, use_cache: bool = True) -> Catalog:
    """The library and index for these sources (default: all configured libraries)."""
    sources = sources if sources is not None else configured_sources()
    if not use_cache:
        return build(sources)
    key = _fingerprint(sources)
    cache = _cache_path(sources)
    found = _read_cache(cache, key)
    if found is not None:
        return found
    catalog = build(sources)
    try:
        from oudergesprek.atomic import write_bytes

        write_bytes(cache, _pack(catalog.library, catalog.index, key))
    except OSError:
        pass  # no cache is slower, never wrong
    return catalog
