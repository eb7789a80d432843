"""The cache of the parsed and indexed library: used when valid, rebuilt when anything changed or broke."""

from __future__ import annotations

import json
import marshal
import os
import subprocess
import time
from pathlib import Path

import pytest
from helpers import SCRIPT, write

from oudergesprek.search import catalog
from oudergesprek.search.catalog import load_catalog

pytestmark = pytest.mark.cold_cache  # every test here starts as on the very first run

SCHOOL_FILE = """\
vaardigheid: regie-houden
zinnen:
  - id: school-woord
    soort: begrenzen
    situaties: [boze-ouder]
    tekst:
      u: "Ik wil met u over de {woord} praten."
      je: "Ik wil met je over de {woord} praten."
    waarom: Een zin van de school.
"""


def school_library(folder: Path, word: str, age_s: float = 60) -> Path:
    """A school library with one phrase about `word`, last changed `age_s` seconds ago."""
    path = write(folder / "school.yaml", SCHOOL_FILE.replace("{woord}", word))
    settle(path, age_s)
    return path


def settle(path: Path, age_s: float) -> None:
    then = time.time() - age_s
    os.utime(path, (then, then))


def lookup(query: str) -> tuple[int, list[str]]:
    """The console script, as a teacher runs it: exit code and the ids found."""
    done = subprocess.run(
        [str(SCRIPT), "phrase", query, "--json"], capture_output=True, text=True, timeout=60, check=False
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done.returncode, [record["id"] for record in json.loads(done.stdout)]


def cache_files() -> list[Path]:
    folder = Path(os.environ["XDG_CACHE_HOME"]) / "oudergesprek" / "cache"
    return sorted(folder.glob("bibliotheek-*.bin"))


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts how often the library is read and indexed from its files."""
    calls: list[int] = []
    real = catalog.build

    def counting(sources):
        calls.append(1)
        return real(sources)

    monkeypatch.setattr(catalog, "build", counting)
    return calls


@pytest.fixture
def school(isolated: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = isolated / "school"
    monkeypatch.setenv("OUDERGESPREK_LIBRARY", str(folder))
    return folder


def test_a_warm_cache_is_used_and_gives_the_same_library(builds):
    first = load_catalog()
    second = load_catalog()
    assert len(builds) == 1
    assert second.library == first.library
    assert second.index == first.index


def test_an_edited_library_file_is_seen_at_once(school):
    path = school_library(school, "zeepbel")
    assert lookup("zeepbel") == (0, ["school-woord"])
    assert len(cache_files()) == 1, "the first look-up writes the cache"
    write(path, SCHOOL_FILE.replace("{woord}", "regenboog"))  # edited just now
    assert lookup("regenboog") == (0, ["school-woord"])
    assert lookup("zeepbel")[0] == 1


def test_an_edit_of_the_same_size_with_an_older_time_is_seen(school):
    """A copy that keeps the original's (older) modification time, as `cp -p` or a sync tool does."""
    path = school_library(school, "zeepbel", age_s=600)
    size = path.stat().st_size
    assert lookup("zeepbel") == (0, ["school-woord"])
    school_library(school, "vlinder", age_s=900)
    assert path.stat().st_size == size
    assert lookup("vlinder") == (0, ["school-woord"])
    assert lookup("zeepbel")[0] == 1


def test_a_new_and_a_removed_file_are_seen(school, builds):
    school_library(school, "zeepbel")
    load_catalog()
    extra = write(
        school / "extra.yaml", SCHOOL_FILE.replace("school-woord", "extra-woord").replace("{woord}", "vlieger")
    )
    settle(extra, 60)
    assert load_catalog().library.by_id("extra-woord") is not None
    extra.unlink()
    assert load_catalog().library.by_id("extra-woord") is None
    assert len(builds) == 3


DAMAGE = {
    "garbage": lambda data: b"dit is geen cache",
    "empty": lambda data: b"",
    "truncated": lambda data: data[: len(data) // 2],
    "zeroed-tail": lambda data: data[:-10] + bytes(10),
    "flipped-byte": lambda data: data[:100] + bytes([data[100] ^ 0xFF]) + data[101:],
}


def test_a_damaged_cache_is_rebuilt(school, builds):
    """Each kind of damage in turn, on the good cache the look-up before it wrote: in this process (the
    library as the console script loads it), and the last one through the console script itself."""
    school_library(school, "zeepbel")
    assert lookup("zeepbel") == (0, ["school-woord"])
    (cache,) = cache_files()
    good = cache.read_bytes()
    for n, (name, damage) in enumerate(DAMAGE.items(), start=1):
        cache.write_bytes(damage(good))
        if n < len(DAMAGE):
            assert load_catalog().library.by_id("school-woord") is not None, name
            assert len(builds) == n, f"{name}: read and indexed again"
        else:
            assert lookup("zeepbel") == (0, ["school-woord"]), name
        data = cache.read_bytes()
        assert data.startswith(catalog.MAGIC), f"{name}: the damaged file is replaced by a good one"
        assert marshal.loads(data[8:]) == marshal.loads(good[8:]), name  # the cache that served the first look-up


def test_a_cache_from_another_version_or_format_is_rebuilt(builds, monkeypatch):
    load_catalog()
    monkeypatch.setattr(catalog, "__version__", "0.0.0-ander")
    load_catalog()
    monkeypatch.setattr(catalog, "CACHE_FORMAT", catalog.CACHE_FORMAT + 1)
    load_catalog()
    load_catalog()
    assert len(builds) == 3


def test_a_library_changed_a_moment_ago_is_cached_and_a_second_edit_in_the_same_tick_is_seen(
    school, builds, monkeypatch
):
    path = school_library(school, "zeepbel", age_s=0)
    # "A moment ago" however long this machine takes between the write and the look-up: a loaded machine
    # could otherwise let the file age past catalog.RACY_NS first, and the test would fail for that reason.
    monkeypatch.setattr(catalog, "RACY_NS", 10**18)
    stamp = path.stat().st_mtime_ns
    load_catalog()
    load_catalog()
    assert len(builds) == 1 and len(cache_files()) == 1  # cached at once, as right after a checkout
    # The same size and the same modification time: only the content tells the two apart.
    write(path, SCHOOL_FILE.replace("{woord}", "vlinder"))
    os.utime(path, ns=(stamp, stamp))
    assert [p.id for p in load_catalog().library.phrases if "vlinder" in p.text_u] == ["school-woord"]
    assert len(builds) == 2


def test_a_cache_that_checked_content_stops_doing_so_once_the_files_have_aged(school, builds, monkeypatch):
    school_library(school, "zeepbel", age_s=0)
    monkeypatch.setattr(catalog, "RACY_NS", 10**18)  # every file counts as just changed
    load_catalog()
    reads: list[str] = []
    checksum = catalog._checksum
    monkeypatch.setattr(catalog, "_checksum", lambda name: reads.append(name) or checksum(name))
    monkeypatch.setattr(catalog, "RACY_NS", 0)  # and now every file has aged
    load_catalog()  # checks the content once more, then writes the cache without checksums
    assert reads and len(builds) == 1
    reads.clear()
    load_catalog()
    assert reads == [] and len(builds) == 1


def test_without_a_writable_cache_folder_the_look_up_still_works(isolated, monkeypatch):
    blocked = isolated / "geen-map"
    blocked.write_text("een bestand waar een map zou moeten staan", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    code, ids = lookup("ouder huilt")
    assert code == 0 and len(ids) == 5


def test_the_cache_is_private_and_leaves_no_temporary_files(school):
    school_library(school, "zeepbel")
    lookup("zeepbel")
    (cache,) = cache_files()
    assert [p.name for p in cache.parent.iterdir() if p.name.endswith(".tmp")] == []
    if os.name == "posix":
        assert cache.stat().st_mode & 0o077 == 0
