"""Every test runs with its own config, data and cache folders: never the user's real ones."""

from __future__ import annotations

import functools
import gc
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest
import typer.testing
from hypothesis import HealthCheck, settings
from typer.testing import CliRunner

from oudergesprek.cli.app import app

# pytest keeps each test module as rewritten for its assertion messages in tests/__pycache__ and reads it back
# the next run, but not where writing bytecode is off (PYTHONDONTWRITEBYTECODE): then each test process
# rewrites every test module again, some 3 s of CPU. Only these processes write it; the program's own
# bytecode is written by test.sh, and what the tests start inherits the environment unchanged.
sys.dont_write_bytecode = False

# No wall-clock deadline per example: on a loaded 2-core machine a slow example is not a failure.
# Speed lives in bench/.
settings.register_profile(
    "oudergesprek", deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
settings.load_profile("oudergesprek")

# Typer's CliRunner builds the Click command from the app's declarations on every invoke (some 16 ms, 700 times
# a run). The app does not change while the tests run, so each test process builds it once; the command that
# runs is the one `oudergesprek` itself builds.
if hasattr(typer.testing, "_get_command"):
    typer.testing._get_command = functools.cache(typer.testing._get_command)


XDG_FOLDERS = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME")


_OUTSIDE_TESTS: list[str] = []


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "cold_cache: start without the cache of the built-in library, as on the very first run"
    )
    config.addinivalue_line("markers", "xdist_group(name): run in one test process with pytest -n --dist loadgroup")
    # Outside the tests too (test modules load the library when they are imported): folders of this run.
    folder = tempfile.mkdtemp(prefix="oudergesprek-tests-")
    _OUTSIDE_TESTS.append(folder)
    for var in XDG_FOLDERS:
        os.environ[var] = os.path.join(folder, var.lower())
    os.environ.pop("OUDERGESPREK_LIBRARY", None)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The print tests that share one browser go first: run in parallel, that group then keeps one test
    process busy while the other takes the rest, instead of holding up the end of the run."""
    items.sort(key=lambda item: item.get_closest_marker("xdist_group") is None)


def pytest_unconfigure(config: pytest.Config) -> None:
    for folder in _OUTSIDE_TESTS:
        shutil.rmtree(folder, ignore_errors=True)


def pytest_collection_finish(session: pytest.Session) -> None:
    """What exists once the tests are collected (the modules, the libraries the test modules loaded, the
    tests) lives until the end of the run: kept out of the garbage collector's full passes, which would
    otherwise go over all of it again and again (some 5 s of CPU in a run). Nothing a test makes is frozen.
    """
    gc.collect()
    gc.freeze()


@pytest.fixture(scope="session")
def builtin_library_cache() -> tuple[str, bytes]:
    """The cache file (name, bytes) that the first run writes for the built-in library alone.

    Written once per test process by the program itself, in the run's own folders (where the test
    modules that load the library at import already left it). Reading and indexing the library costs about
    half a second; a teacher pays it once, and so would every test in a new cache folder. The cache
    itself (stale, damaged, racy, another version) is tested in test_cache.py, which starts cold.
    """
    from helpers import first_run_cache

    return first_run_cache(Path(_OUTSIDE_TESTS[-1]))  # where the test modules loaded the library, if they did


@pytest.fixture(autouse=True)
def isolated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest, builtin_library_cache
) -> Path:
    for var in XDG_FOLDERS:
        folder = tmp_path / var.lower()
        folder.mkdir()
        monkeypatch.setenv(var, str(folder))
    monkeypatch.delenv("OUDERGESPREK_LIBRARY", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("COLUMNS", "100")
    if request.node.get_closest_marker("cold_cache") is None:
        from helpers import put_cache

        put_cache(builtin_library_cache)  # as after a teacher's first look-up
    return tmp_path


class Cli:
    """Run the app as a user would, through Typer's CliRunner."""

    def __init__(self) -> None:
        self.runner = CliRunner()

    def __call__(self, *args: str):
        return self.runner.invoke(app, list(args))

    def json(self, *args: str) -> list[dict]:
        result = self(*args, "--json")
        assert result.exit_code in (0, 1), result.output
        return json.loads(result.stdout)


@pytest.fixture
def cli() -> Cli:
    return Cli()


@pytest.fixture(scope="session")
def browser(tmp_path_factory: pytest.TempPathFactory):
    """One headless Chromium for every print test in this test process (see helpers.Browser)."""
    from helpers import Browser

    running = Browser(tmp_path_factory.mktemp("chromium") / "profiel")
    yield running
    running.close()
