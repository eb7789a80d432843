"""The library plus its search index, loaded through a cache that notices every change.

The cache is keyed on each library file's path, size and modification time and on the program's
version; it is written atomically and rebuilt when it is missing, stale or damaged.

A size and modification time only prove a file unchanged if it could not have changed again within
the same tick of the file system's clock (up to 2 seconds on FAT). For files changed that recently
when the cache was written ("racy" files, as git calls them) the cache also keeps a checksum of the
content, and a later run compares it: a second edit in the same tick is seen, and a library that was
checked out a moment ago is still cached at once.
"""

from __future__ import annotations

import marshal
import sys
import zlib
from pathlib import Path

from oudergesprek import __version__, paths
from oudergesprek.library.load import Source, configured_sources, library_files, load
from oudergesprek.library.model import Library, Phrase, Problem, Record, Term

CACHE_FORMAT = 11  # 8: categories under "categories"; 9: BM25F k1 2.5; 10: no control codes; 11: no bidi controls
RACY_NS = 3_000_000_000
# A cache file: MAGIC, the CRC-32 of the rest (4 bytes, big-endian), then the marshalled data.
MAGIC = b"OGc" + bytes([CACHE_FORMAT])


class Catalog(Record):
    """The library and its search index (see searchindex.py)."""

    __slots__ = ("library", "index", "racy")
    __hash__ = None  # type: ignore[assignment]

    def __init__(self, library: Library, index: dict, racy: bool = False) -> None:
        self.library = library
        self.index = index
        self.racy = racy  # read from a cache that still checks some files by content


def _fingerprint(sources: list[Source]) -> list:
    key: list = [__version__, CACHE_FORMAT, sys.byteorder]
    for source in sources:
        files = library_files(source) if source.path.exists() else []
        key.append(str(source.path))
        for path in files:
            try:
                stat = path.stat()
            except OSError:
                continue
            key.append((str(path), stat.st_size, stat.st_mtime_ns))
    return key


def _cache_path(sources: list[Source]) -> Path:
    """One cache file per combination of libraries; the key inside decides whether it is still valid.

    The name only needs to tell combinations apart (crc32 and adler32; hashlib takes longer to import).
    """
    folders = "\0".join(str(s.path) for s in sources).encode("utf-8", "surrogateescape")
    digest = f"{zlib.crc32(folders):08x}{zlib.adler32(folders):08x}"
    return paths.cache_dir() / f"bibliotheek-{digest}.bin"


def _rows(items: list, same: dict) -> list[tuple]:
    """Records as tuples of their fields.

    Equal strings and tuples become one object, which marshal then stores once: a school library
    repeats its skill, category, situations and file name in every phrase.
    """
    if not items:
        return []
    from operator import attrgetter

    names = list(items[0].__slots__)
    get = attrgetter(*names)
    rows = [(get(item),) for item in items] if len(names) == 1 else [get(item) for item in items]
    return [tuple(_shared(value, same) for value in row) for row in rows]


def _shared(value: object, same: dict) -> object:
    if isinstance(value, str) or (isinstance(value, tuple) and all(isinstance(v, str) for v in value)):
        return same.setdefault(value, value)
    return value


def _pack(lib: Library, index: dict, key: list, racy: dict[str, int]) -> bytes:
    same: dict = {}
    payload = marshal.dumps(
        {
            "key": key,
            "racy": racy,
            "skills": _rows(list(lib.skills.values()), same),
            "categories": _rows(list(lib.categories.values()), same),
            "situations": _rows(list(lib.situations.values()), same),
            "phrases": _rows(lib.phrases, same),
            "problems": _rows(lib.problems, same),
            "index": index,
        }
    )
    return MAGIC + zlib.crc32(payload).to_bytes(4, "big") + payload


def _unpack(data: dict) -> Catalog:
    """The catalog in a cache file's data; `racy` tells whether some of its files were checked by content."""

    def terms(rows: list) -> dict[str, Term]:
        return {row[0]: Term(row[0], row[1], row[2], tuple(row[3])) for row in rows}

    lib = Library(
        skills=terms(data["skills"]),
        categories=terms(data["categories"]),
        situations=terms(data["situations"]),
        phrases=_restore(Phrase, data["phrases"]),
        problems=[Problem(*row) for row in data["problems"]],
    )
    return Catalog(lib, data["index"], bool(data.get("racy")))


def _restore(cls: type[Record], rows: list[tuple]) -> list:
    """Records from rows of their fields."""
    return [cls(*row) for row in rows]


def _read_cache(path: Path, key: list) -> Catalog | None:
    try:
        raw = memoryview(path.read_bytes())
        payload = raw[8:]
        if raw[:4] != MAGIC or zlib.crc32(payload) != int.from_bytes(raw[4:8], "big"):
            return None
        data = marshal.loads(payload)
        if not isinstance(data, dict) or data.get("key") != key:
            return None
        if any(_checksum(name) != crc for name, crc in data.get("racy", {}).items()):
            return None
        return _unpack(data)
    except Exception:  # a damaged or foreign cache is simply rebuilt
        return None


def build(sources: list[Source]) -> Catalog:
    from oudergesprek.search import index as searchindex

    lib = load(sources)
    return Catalog(lib, searchindex.build(lib))


def load_catalog(sources: list[Source] | None = None, use_cache: bool = True) -> Catalog:
    """The library and index for these sources (default: all configured libraries)."""
    sources = sources if sources is not None else configured_sources()
    if not use_cache:
        return build(sources)
    key = _fingerprint(sources)  # before reading: a file that changes while we read gets a new key
    cache = _cache_path(sources)
    found = _read_cache(cache, key)
    if found is not None and not (found.racy and not _racy_checksums(key)):
        return found
    racy = _racy_checksums(key)  # before reading the files: a change while we read is seen next time
    catalog = found or build(sources)
    try:
        from oudergesprek.atomic import write_bytes

        write_bytes(cache, _pack(catalog.library, catalog.index, key, racy))
    except OSError:
        pass  # no cache is slower, never wrong
    return catalog


def _racy_checksums(key: list) -> dict[str, int]:
    """Checksums of the files in the key that changed within RACY_NS of now.

    A cache that was written with such checksums is written once more, without them, as soon as
    its files have aged: from then on a look-up reads no library file at all.
    """
    import time

    recent = time.time_ns() - RACY_NS
    return {entry[0]: _checksum(entry[0]) for entry in key if isinstance(entry, tuple) and entry[2] >= recent}


def _checksum(name: str) -> int:
    try:
        return zlib.crc32(Path(name).read_bytes())
    except OSError:
        return -1
