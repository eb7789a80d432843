"""The fast path (entry.py, fastpath.py) answers exactly as the Typer app does, only sooner.

Functional tests only: nothing here is timed (see bench/bench.py for the figures).
"""

from __future__ import annotations

import json
import locale
import os
import subprocess
import sys
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from helpers import SCRIPT, write
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from oudergesprek.cli import fastpath
from oudergesprek.search import textnorm

TYPER = "import sys; sys.argv[0] = 'oudergesprek'; from oudergesprek.cli.app import app; app()"

# The same program, started once: it imports the Typer app (and what Typer imports at its first parse)
# and then, for each request, forks a child that runs the app exactly as TYPER does in a new process,
# with the request's arguments, environment, folder and output files. A new Python that imports Typer,
# Rich and pydantic takes about 0.3 s of CPU; a fork of one that already did, a few milliseconds.
TYPER_FORKS = """
import json, os, sys
sys.argv[0] = 'oudergesprek'
from oudergesprek.cli.app import app
import importlib
for name in ("typer._adapters", "typer._coercion", "pydantic.plugin._loader"):  # what Typer 0.29 loads at a parse
    try:
        importlib.import_module(name)
    except ImportError:
        pass
import gc
gc.collect()
gc.freeze()  # the forks share these pages: no garbage collection copies them into each fork again
requests = sys.stdin
while True:
    line = requests.readline()
    if not line:
        os._exit(0)
    request = json.loads(line)
    pid = os.fork()
    if pid == 0:
        break
    _, status = os.waitpid(pid, 0)
    print(os.waitstatus_to_exitcode(status), flush=True)
os.chdir(request["cwd"])
os.environ.clear()
os.environ.update(request["env"])
os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
os.dup2(os.open(request["out"], os.O_WRONLY), 1)
os.dup2(os.open(request["err"], os.O_WRONLY), 2)
sys.argv[1:] = request["args"]
app()
"""


class TyperApp:
    """The Typer app as a new process would run it (TYPER), from a forking server (TYPER_FORKS)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.server = subprocess.Popen(
            [sys.executable, "-c", TYPER_FORKS], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )

    def run(self, args: list[str], env: dict | None = None) -> tuple[int, str, str]:
        """(exit code, stdout, stderr), as `run([sys.executable, "-c", TYPER, *args], env)` gives them."""
        out, err = self.folder / "uit.txt", self.folder / "fout.txt"
        out.write_bytes(b"")
        err.write_bytes(b"")
        request = {"args": args, "env": dict(os.environ if env is None else env), "cwd": os.getcwd()}
        assert self.server.stdin and self.server.stdout
        self.server.stdin.write(json.dumps({**request, "out": str(out), "err": str(err)}) + "\n")
        self.server.stdin.flush()
        code = int(self.server.stdout.readline())
        # read back as subprocess.run(text=True) decodes a pipe: the locale's encoding, universal newlines
        return (
            code,
            out.read_text(encoding=locale.getpreferredencoding(False)),
            err.read_text(encoding=locale.getpreferredencoding(False)),
        )

    def close(self) -> None:
        assert self.server.stdin
        self.server.stdin.close()
        self.server.wait(timeout=60)


@pytest.fixture(scope="module")
def typer_app(tmp_path_factory: pytest.TempPathFactory):
    app = TyperApp(tmp_path_factory.mktemp("typer"))
    yield app
    app.close()


def run(cmd: list[str], env: dict | None = None) -> tuple[int, str, str]:
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=env, check=False)
    return done.returncode, done.stdout, done.stderr


def both(typer_app: TyperApp, args: list[str], env: dict | None = None) -> tuple[tuple, tuple]:
    """(console script, Typer app) for the same arguments, run side by side."""
    with ThreadPoolExecutor(2) as pool:
        fast = pool.submit(run, [SCRIPT, *args], env)
        slow = pool.submit(typer_app.run, args, env)
        return fast.result(), slow.result()


@pytest.mark.parametrize(
    "args", [["phrase", "boos", "--json"], ["phrase", "--limit", "veel"], ["phrase", "--help"], ["--help"]]
)
def test_the_forked_typer_app_answers_as_a_new_process(typer_app, args):
    """The reference of the tests below: TyperApp gives what a new Python running TYPER gives."""
    assert typer_app.run(args) == run([sys.executable, "-c", TYPER, *args])


CASES = [
    ["phrase", "ouder huilt"],
    ["phrase", "boos", "--json"],
    ["phrase", "--soort", "erkenning", "-n", "3"],
    ["phrase", "slecht nieuws", "--situatie=slecht-nieuws", "--aanspreekvorm", "je", "--kind", "Ayşe", "--limit=2"],
    ["phrase", "-v", "regie-houden", "-s", "begrenzen", "-a", "je", "-k", "Sem", "--onderwerp", "rekenen", "--json"],
    ["phrase", "boos", "--json", "--vaardigheid=regie-houden", "scheldt", "-n", "20"],
    ["phrase", "samenvaten"],
    ["phrase", "ontvangst", "bevestiging", "--json", "--limit", "007"],
    ["phrase"],
    ["phrase", "", "--json"],
    ["phrase", "qwxzzy"],
    ["phrase", "qwxzzy", "--json"],
    ["phrase", "--soort", "ontvangst"],
    ["phrase", "--aanspreekvorm", "jij"],
    ["phrase", "--limit", "0"],
    ["zin", "ouder huilt"],
    ["zinnen", "boos", "--json", "-n", "2"],
    # Not for the fast parser: Typer answers, the result must be the same either way.
    ["phrase", "--limiet", "3"],
    ["phrase", "boos", "--limit", "veel"],
    ["phrase", "boos", "--limit", "-1"],
    ["phrase", "-n3", "boos"],
    ["phrase", "--json=ja"],
    ["phrase", "--kind"],
    ["phrase", "--kind", "-x", "boos"],
    ["phrase", "--soort", "erkenning", "--soort", "begrenzen"],
    ["phrase", "--", "-boos"],
    ["phrase", "boos", "-h"],
    ["zin", "--limiet", "3"],
]


@pytest.mark.parametrize("args", CASES, ids=[" ".join(a) or "leeg" for a in CASES])
def test_fast_path_and_typer_give_identical_results(typer_app, args):
    fast, slow = both(typer_app, args)
    assert fast == slow
    assert "Traceback" not in fast[2]


def test_identical_with_a_school_library_a_broken_file_and_settings(isolated, typer_app):
    school = isolated / "school"
    write(
        school / "goed.yaml",
        (Path(__file__).parent.parent / "phrases" / "regie-houden" / "begrenzen.yaml").read_text("utf-8"),
    )
    write(school / "kapot.yaml", "vaardigheid: regie-houden\nzinnen:\n  - id: x\n    soort: [\n")
    write(isolated / "xdg_config_home" / "oudergesprek" / "instellingen.yaml", "aanspreekvorm: je\n")
    env = {**os.environ, "OUDERGESPREK_LIBRARY": str(school)}
    for args in (
        ["phrase", "grens", "--json"],
        ["phrase", "boze ouder", "-n", "2"],
        ["phrase", "--soort", "afsluiten"],
    ):
        fast, slow = both(typer_app, args, env)
        assert fast == slow
        assert "kapot.yaml" in fast[2], "the broken file is reported, the look-up goes on"
        assert fast[0] == 0


def test_a_reader_that_goes_away_gets_the_same_quiet_ending():
    """`oudergesprek phrase | head -1`: no traceback, no message, the exit code Typer gives."""
    results = []
    for cmd in ([SCRIPT, "phrase"], [sys.executable, "-c", TYPER, "phrase"]):
        reader, writer = os.pipe()
        os.close(reader)
        try:
            done = subprocess.run(cmd, stdout=writer, stderr=subprocess.PIPE, text=True, timeout=120, check=False)
        finally:
            os.close(writer)
        results.append((done.returncode, done.stderr))
    assert results[0] == results[1]
    assert results[0][1] == ""


def test_a_look_up_imports_neither_typer_nor_rich_nor_yaml():
    code = (
        "import sys\n"
        "import oudergesprek.cli.entry as entry\n"
        "sys.argv = ['oudergesprek', *sys.argv[1:]]\n"
        "try:\n    entry.main()\n"
        "except SystemExit:\n    pass\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'typer', 'click', 'rich', 'yaml', 'fpdf'})\n"
        "print('ZWAAR', heavy, file=sys.stderr)\n"
    )
    run([SCRIPT, "phrase", "boos"])  # builds the cache
    for args in (["phrase", "ouder huilt"], ["phrase", "boos", "--json", "-s", "erkenning"], ["zin", "ouder huilt"]):
        exit_code, out, err = run([sys.executable, "-c", code, *args])
        assert exit_code == 0 and out
        assert "ZWAAR []" in err, err


def test_a_command_without_a_help_screen_does_not_load_typers_help_screens(isolated):
    """typer.rich_utils (with Rich's Markdown) is only for help screens: typer_nl makes it Dutch when one is
    drawn, so other commands start without it (test_safety checks that every help screen is Dutch)."""
    code = (
        "import sys\n"
        "sys.argv = ['oudergesprek', 'config']\n"
        "from oudergesprek.cli.app import app\n"
        "try:\n    app()\n"
        "except SystemExit:\n    pass\n"
        "print('HULPSCHERMEN', 'typer.rich_utils' in sys.modules, file=sys.stderr)\n"
    )
    exit_code, out, err = run([sys.executable, "-c", code])
    assert "HULPSCHERMEN False" in err, err


def test_the_option_table_matches_the_typer_command():
    from typer.main import get_command

    from oudergesprek.cli.app import app

    command = get_command(app).commands["phrase"]
    typer_options = {}
    for param in command.params:
        if param.param_type_name != "option":
            continue
        takes = "flag" if param.is_flag else "number" if _value_type(param) is int else "text"
        typer_options[frozenset(param.opts + param.secondary_opts)] = takes
    table = {frozenset(names): takes for names, _field, takes in fastpath.PHRASE_OPTIONS}
    assert table == typer_options
    arguments = [p for p in command.params if p.param_type_name == "argument"]
    assert len(arguments) == 1 and arguments[0].nargs == -1


def _value_type(param) -> type:
    """The Python type of an option's value, in this and older Typer versions."""
    described = getattr(param, "type_descriptor", None)
    if described is not None:
        return described.annotation
    return {"integer": int, "int": int, "text": str, "str": str}[param.type.name]


tokens = st.sampled_from(
    [
        "boos",
        "ouder huilt",
        "",
        "-",
        "--",
        "-x",
        "3",
        "0",
        "-1",
        "007",
        "veel",
        "je",
        "erkenning",
        "--json",
        "--json=1",
        "--limit",
        "--limit=2",
        "-n",
        "-n2",
        "--soort",
        "--soort=begrenzen",
        "-s",
        "--situatie",
        "--situatie=x",
        "-a",
        "--aanspreekvorm=je",
        "-k",
        "--kind",
        "--kind=",
        "--onderwerp",
        "-v",
        "--vaardigheid",
        "--help",
        "-h",
        "--limiet",
        "٣",
    ]
)


@pytest.fixture
def typer_parse(monkeypatch):
    """Parse with the Typer app and return the PhraseOptions it would run with (nothing is looked up)."""
    from typer.testing import CliRunner

    from oudergesprek.cli.app import app
    from oudergesprek.cli.commands import phrase

    seen = []
    monkeypatch.setattr(phrase, "run", lambda opts: seen.append(opts) or 0)
    runner = CliRunner()

    def parse(args):
        seen.clear()
        result = runner.invoke(app, args)
        assert result.exit_code == 0, (args, result.output)
        (opts,) = seen
        return opts

    return parse


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(tokens, max_size=7))
def test_whatever_the_fast_parser_accepts_typer_reads_the_same_way(typer_parse, args):
    """If the small parser takes the arguments, Typer must make exactly the same PhraseOptions of them."""
    values = fastpath.phrase_options(["phrase", *args])
    if values is None:
        return
    from oudergesprek.cli.commands.phrase import PhraseOptions

    assert typer_parse(["phrase", *args]) == PhraseOptions(**values)


@pytest.mark.parametrize(
    "args",
    [
        ["phrase", "--help"],
        ["phrase", "-h"],
        ["phrase", "boos", "--help"],
        ["phrase", "--", "boos"],
        ["phrase", "-"],
        ["phrase", "--json=1"],
        ["phrase", "-n", "+3"],
        ["phrase", "-n", " 3"],
        ["phrase", "-n", "3_0"],
        ["phrase", "--kind", "-x"],
        ["phrase", "--soort", "a", "-s", "b"],
        ["check"],
        [],
    ],
)
def test_anything_unusual_is_left_to_typer(args):
    assert fastpath.phrase_options(args) is None


def test_the_fast_parser_reads_the_documented_options():
    assert fastpath.phrase_options(
        ["phrase", "ouder", "-v", "regie-houden", "--soort=begrenzen", "huilt", "--json", "-n", "3", "-k", "Sem"]
    ) == {
        "query": "ouder huilt",
        "skill": "regie-houden",
        "category": "begrenzen",
        "as_json": True,
        "limit": 3,
        "child": "Sem",
    }


def test_help_is_served_from_the_cache_exactly_as_typer_draws_it(isolated, typer_app):
    for args in (["--help"], ["phrase", "--help"], ["-h"], []):
        first = run([SCRIPT, *args])
        again = run([SCRIPT, *args])
        direct = typer_app.run(args)
        assert first == again == direct, args
        assert first[0] == (2 if not args else 0) and "Gebruik:" in first[1]
    cache = isolated / "xdg_cache_home" / "oudergesprek" / "cache"
    assert (cache / "hulp-phrase.bin").is_file()


def test_a_damaged_or_stale_help_cache_is_drawn_again(isolated, typer_app):
    first = run([SCRIPT, "phrase", "--help"])
    cached = isolated / "xdg_cache_home" / "oudergesprek" / "cache" / "hulp-phrase.bin"
    cached.write_bytes(b"kapot")
    assert run([SCRIPT, "phrase", "--help"]) == first
    narrow = {**os.environ, "COLUMNS": "60"}
    thin = run([SCRIPT, "phrase", "--help"], narrow)
    assert thin == typer_app.run(["phrase", "--help"], narrow)
    assert max(len(line) for line in thin[1].splitlines()) <= 60 < max(len(line) for line in first[1].splitlines())
    assert run([SCRIPT, "phrase", "--help"]) == first


def test_unknown_commands_and_errors_are_never_cached(isolated, typer_app):
    assert run([SCRIPT, "onzin", "--help"]) == typer_app.run(["onzin", "--help"])
    assert not (isolated / "xdg_cache_home" / "oudergesprek" / "cache" / "hulp-onzin.bin").exists()


def test_the_fast_path_uses_the_same_exit_code_for_the_unexpected():
    from oudergesprek import errors
    from oudergesprek.cli import typer_nl

    assert typer_nl.guarded is errors.guarded  # the Typer path and the fast path share one guard

    def broken():
        raise RuntimeError("stuk")

    assert errors.guarded(broken) == errors.EXIT_SOFTWARE == 70


def _fold_before(text: str) -> str:
    """textnorm.fold as it was before the fast path for ASCII: the reference."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.replace("'", "").replace("’", "")


@given(st.text(max_size=40))
def test_fold_is_unchanged_by_its_ascii_shortcut(text):
    assert textnorm.fold(text) == _fold_before(text)


@given(st.text(alphabet="abcdeghijklmnopqrstuvwzéë", max_size=14))
def test_remembered_stems_equal_fresh_ones(word):
    assert textnorm.stem(word) == textnorm._stem(word) == textnorm.stem(word)
