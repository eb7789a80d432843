"""What many test modules share: the repository, the console script, files and a pseudo-terminal.

A plain module on pytest's `pythonpath` (see pyproject.toml), so that it imports the same way under
every import mode, `--import-mode=importlib` included.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import signal
import sys
import sysconfig
import time
from pathlib import Path

import pexpect

ROOT = Path(__file__).resolve().parent.parent


def _console_script() -> str:
    """The installed `oudergesprek` of the environment the tests run in (a venv's own scripts folder)."""
    scripts = Path(sysconfig.get_path("scripts"))
    for folder in (scripts, Path(sys.prefix) / ("Scripts" if os.name == "nt" else "bin")):
        candidate = folder / ("oudergesprek.exe" if os.name == "nt" else "oudergesprek")
        if candidate.exists():
            return str(candidate)
    found = shutil.which("oudergesprek")
    assert found, "the console script is installed with the package (pip install -e .)"
    return found


SCRIPT = _console_script()


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def first_reflection_answer(isolated: Path, typed: bytes, **env_extra: str) -> tuple[Path, dict[str, str]]:
    """Start `reflect` in a pseudo-terminal, type `typed` as the first answer, stop with Ctrl-C at the
    second question; the reflections folder and the environment used (for further runs)."""
    env = {**os.environ, "NO_COLOR": "1", **env_extra}
    env.pop("PYTHONIOENCODING", None)
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        env[var] = str(isolated / var.lower())
    child = spawn_raw(SCRIPT, ["reflect"], env=env, timeout=20)
    child.expect(b"Over welk gesprek")
    child.expect(b"> ")
    child.send(typed)
    child.expect(b"Over welk kind")
    child.expect(b"> ")
    child.sendintr()
    child.expect(pexpect.EOF)
    child.close()
    return isolated / "xdg_data_home" / "oudergesprek" / "reflecties", env


def personal_phrase(isolated: Path, phrase_id: str, u: str, je: str) -> Path:
    """A personal library (in the user's config folder) with one limit-setting phrase for verbal aggression."""
    text = f"""\
vaardigheid: regie-houden
zinnen:
  - id: {phrase_id}
    soort: begrenzen
    situaties: [verbale-agressie]
    tekst:
      u: "{u}"
      je: "{je}"
    waarom: Eigen woorden werken het best.
"""
    return write(isolated / "xdg_config_home" / "oudergesprek" / "zinnen" / "eigen.yaml", text)


def _interruptible() -> None:
    """In the child: Ctrl-C interrupts again, also when the tests were started with SIGINT ignored
    (under nohup, or with & in a shell without job control): an ignored signal stays ignored across exec."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def spawn_env(isolated: Path, **extra: str) -> dict[str, str]:
    env = {**os.environ, **extra}
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        env[var] = str(isolated / var.lower())
    env.pop("OUDERGESPREK_LIBRARY", None)
    return env


class Terminal(pexpect.spawn):
    """pexpect.spawn without its fixed pauses, which here only cost time.

    pexpect waits 50 ms before each send, for programs that turn off echo late (a password prompt); ours
    never do, and what is typed early waits in the terminal, as when a teacher types ahead. It also waits
    100 ms in close() for the kernel to report the exit: here close() waits for the exit itself when the
    program already closed the terminal (EOF seen), and keeps pexpect's pause otherwise, so an exit status
    is never read too early.
    """

    def __init__(self, *args, new_process: bool = False, **kwargs) -> None:
        self._new_process = new_process
        super().__init__(*args, **kwargs)
        self.delaybeforesend = None

    def _spawnpty(self, args, **kwargs):
        """The console script as a fork of the started program (see zygote.py), where that runs exactly as
        a new process; anything else as pexpect starts it."""
        from zygote import zygote_for

        env = kwargs.get("env")
        env = dict(os.environ if env is None else env)
        plain = kwargs.get("preexec_fn") in (None, _interruptible) and kwargs.get("echo", True)
        args = [os.fsdecode(arg) for arg in args]  # pexpect encodes them when it has an encoding
        ours = args[0] == SCRIPT and plain and not kwargs.get("pass_fds") and not self._new_process
        found = zygote_for(SCRIPT, env) if ours else None
        if found is None:
            return super()._spawnpty(args, **kwargs)
        rows, cols = kwargs.get("dimensions") or (24, 80)
        return found.start(list(args), env, kwargs.get("cwd"), rows, cols)

    def close(self, force: bool = True) -> None:
        if not self.closed and self.flag_eof:
            deadline = time.monotonic() + 5
            while self.isalive() and time.monotonic() < deadline:
                time.sleep(0.002)
            if not self.isalive():
                self.ptyproc.delayafterclose = 0
        super().close(force)


def spawn_program(
    args: list[str], env: dict[str, str], rows: int = 24, cols: int = 80, new_process: bool = False
) -> pexpect.spawn:
    """The installed program in a pseudo-terminal: a fork of the started program (zygote.py), or with
    `new_process` the console script started anew, as a teacher starts it."""
    return Terminal(
        SCRIPT,
        args,
        env=env,
        encoding="utf-8",
        timeout=20,
        dimensions=(rows, cols),
        preexec_fn=_interruptible,
        new_process=new_process,
    )


REVIEW_PROMPT = "Nummer om iets te wijzigen, Enter om het script te maken:\r\n> "


def started_preparation(isolated: Path, situation: str = "slecht-nieuws") -> str:
    """A preparation started for this situation whose first open question is the child's name; its name."""
    import yaml

    name = f"2026-12-02-gesprek-{situation}"
    answers = {"situatie": situation, "aanspreekvorm": "u", "concept": {"overgenomen": ["aanspreekvorm"]}}
    folder = isolated / "xdg_data_home" / "oudergesprek" / "concepten"
    write(folder / f"{name}.yaml", yaml.safe_dump(answers, allow_unicode=True))
    return name


def resume_prep(isolated: Path, name: str, *options: str, columns: int = 100, **extra: str) -> pexpect.spawn:
    """`prep --resume NAME` in a terminal of `columns` by 40, without colours, with this test's own folders."""
    env = spawn_env(isolated, NO_COLOR="1", COLUMNS=str(columns), **extra)
    return spawn_program(["prep", "--resume", name, *options], env, rows=40, cols=columns)


def finish_prep(isolated: Path, docs: Path, name: str, *options: str, columns: int = 100) -> tuple[Path, str]:
    """`prep --resume NAME` in a terminal with Documenten at `docs`, Enter at every question left and at the
    overview: the script's path, and all that was shown (line ends as \\n)."""
    child = resume_prep(isolated, name, *options, columns=columns, XDG_DOCUMENTS_DIR=str(docs))
    shown = ""
    for _ in range(30):
        found = child.expect([REVIEW_PROMPT, r"> "])
        shown += child.before
        if found == 0:
            break
        child.sendline("")
    child.sendline("")
    child.expect("staat klaar om te printen:\r\n(.*\\.pdf)\r\n")
    pdf = Path(child.match.group(1).strip())
    shown += child.before + child.match.group(0) + exits_with(child, 0)
    return pdf, shown.replace("\r\n", "\n")


def answer_prep(child: pexpect.spawn, first: dict[str, str] | None = None, fact: str = "", filler: str = "iets") -> str:
    """Answer every question of a preparation as a hurried teacher does, until the overview; what was said
    on the way. `first`: part of a question -> the answer typed there (once); `fact`: the first line of a
    list of facts; `filler`: any other open question. An offer of phrases gets 1, a proposal or choice Enter."""
    first = dict(first or {})
    said = ""
    for _ in range(80):
        index = child.expect([REVIEW_PROMPT, r"\r\n1> ", r"\r\n\d> ", r"\r\n> "])
        said += child.before
        if index == 0:
            return said
        question = child.before.strip().splitlines()[-1] if child.before.strip() else ""
        typed = next((text for start, text in first.items() if start in question), None)
        if typed is not None:
            first.pop(next(s for s in first if s in question))
            child.sendline(typed)
        elif index == 1:
            child.sendline(fact)
        elif index == 2:
            child.sendline("")
        elif "Kies een nummer" in child.before[-300:]:
            child.sendline("1")
        elif question.endswith("]") or "Nummer" in question:
            child.sendline("")  # a proposal or a choice: take it
        else:
            child.sendline(filler)
    raise AssertionError("the preparation did not reach the overview")


def spawn(isolated: Path, *args: str, color: bool = False, new_process: bool = False) -> pexpect.spawn:
    """The installed program in a pseudo-terminal of 80 by 24, with this test's own folders."""
    env = spawn_env(isolated, COLUMNS="80", LINES="24", TERM="xterm-256color")
    env.pop("NO_COLOR", None)
    if not color:
        env["NO_COLOR"] = "1"
    return spawn_program(list(args), env, new_process=new_process)


def needs(program: str):
    """Skip a test when a system program is missing on a developer's machine, but fail in CI, where
    .ci/run installs it: a skip there would hide a missing install step."""
    import pytest

    if os.environ.get("CI"):
        return lambda test: test  # runs, and fails if the program is missing
    found = shutil.which(program)
    return pytest.mark.skipif(found is None, reason=f"{program} is not installed (.ci/run installs it)")


def spawn_raw(*args, **kwargs) -> pexpect.spawn:
    """pexpect.spawn (as Terminal), with Ctrl-C working in the child (see _interruptible)."""
    return Terminal(*args, preexec_fn=_interruptible, **kwargs)


BROWSER_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


class Browser:
    """One headless Chromium for many pages, driven over its DevTools pipe (file descriptors 3 and 4).

    Each page is printed exactly as `chromium --headless --print-to-pdf --no-pdf-header-footer` prints it:
    in a new tab, once the page has loaded, with the parameters that command passes to Page.printToPDF
    (Chromium's components/headless/command_handler). Starting the browser takes a second or more; a
    print in a running browser a fraction of that.
    """

    def __init__(self, profile: Path) -> None:
        import subprocess

        browser = next(p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p)
        to_browser, self._out = os.pipe()  # the browser reads commands from its fd 3
        self._in, from_browser = os.pipe()  # and writes answers and events to its fd 4

        def pipes_at_3_and_4() -> None:
            high = [fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (to_browser, from_browser)]
            for target, fd in zip((3, 4), high, strict=True):
                os.dup2(fd, target)

        self.process = subprocess.Popen(
            [browser, *BROWSER_FLAGS, "--remote-debugging-pipe", f"--user-data-dir={profile}", "about:blank"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=pipes_at_3_and_4,
            pass_fds=(3, 4),
        )
        os.close(to_browser)
        os.close(from_browser)
        self._buffer = b""
        self._last_id = 0
        self._events: list[dict] = []

    def _send(self, method: str, params: dict | None = None, session: str | None = None) -> dict:
        """Send one command and wait for its answer (events that arrive meanwhile are kept)."""
        self._last_id += 1
        message: dict = {"id": self._last_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._out, json.dumps(message).encode("utf-8") + b"\0")
        while True:
            answer = self._receive()
            if answer.get("id") == self._last_id:
                assert "error" not in answer, (method, answer["error"])
                return answer["result"]
            self._events.append(answer)

    def _receive(self, timeout: float = 120) -> dict:
        import select

        while b"\0" not in self._buffer:
            ready, _, _ = select.select([self._in], [], [], timeout)
            assert ready, "Chromium did not answer in time"
            chunk = os.read(self._in, 1 << 20)
            assert chunk, "Chromium stopped"
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def _wait_for_load(self, session: str, loader: str) -> None:
        """Until the page that this navigation (loader) brought has fired its load event."""

        def loaded(event: dict) -> bool:
            params = event.get("params", {})
            return (
                event.get("method") == "Page.lifecycleEvent"
                and event.get("sessionId") == session
                and params.get("name") == "load"
                and params.get("loaderId") == loader
            )

        while not any(loaded(event) for event in self._events):
            self._events.append(self._receive())

    def print_to_pdf(self, page: Path, printed: Path) -> Path:
        import base64

        target = self._send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self._send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        try:
            self._send("Page.enable", session=session)
            self._send("Page.setLifecycleEventsEnabled", {"enabled": True}, session)
            loader = self._send("Page.navigate", {"url": page.resolve().as_uri()}, session)["loaderId"]
            self._wait_for_load(session, loader)
            params = {
                "displayHeaderFooter": False,
                "generateTaggedPDF": True,
                "printBackground": True,
                "preferCSSPageSize": True,
            }
            printed.write_bytes(base64.b64decode(self._send("Page.printToPDF", params, session)["data"]))
        finally:
            self._send("Target.closeTarget", {"targetId": target})
            self._events = [e for e in self._events if e.get("sessionId") != session]
        return printed

    def close(self) -> None:
        try:
            self._send("Browser.close")
        except (AssertionError, OSError):
            pass
        try:
            self.process.wait(timeout=20)
        except Exception:
            self.process.kill()
            self.process.wait()
        os.close(self._out)
        os.close(self._in)


def first_run_cache(home: Path, school: Path | None = None) -> tuple[str, bytes]:
    """The cache file (name, bytes) that the first look-up writes for the built-in library, and for a school
    library beside it; made by the program itself, with `home` for its folders."""
    import pytest

    from oudergesprek.library.load import configured_sources
    from oudergesprek.search import catalog

    with pytest.MonkeyPatch.context() as patch:
        for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
            patch.setenv(var, str(home / var.lower()))
        if school is None:
            patch.delenv("OUDERGESPREK_LIBRARY", raising=False)
        else:
            patch.setenv("OUDERGESPREK_LIBRARY", str(school))
        sources = configured_sources()
        assert [s.path for s in sources[1:]] == ([school] if school else []), "no personal library"
        catalog.load_catalog(sources)
        path = catalog._cache_path(sources)
        return path.name, path.read_bytes()


def put_cache(cache: tuple[str, bytes]) -> None:
    """A cache file from first_run_cache into this test's cache folder, private as the program keeps it."""
    from oudergesprek import paths

    name, data = cache
    path = paths.private_dir(paths.cache_dir()) / name
    path.write_bytes(data)
    path.chmod(0o600)


def reflection(**answers: str) -> dict[str, str]:
    """A complete reflection answers file (`reflect --answers`); the given answers replace the defaults."""
    base = {
        "gesprek": "aan de deur",
        "kind": "Daan",
        "ouders": "vader",
        "datum": "20 november",
        "gevraagd": "Of Daan mee mocht.",
        "tevreden": "Ja.",
        "regie": "Ja.",
        "belemmerd": "Niets.",
        "volgende_keer": "Eerst samenvatten.",
        "ging_goed": "regie-houden",
        "was_lastig": "constructieve-communicatie",
    }
    return {**base, **answers}


STOPS = ["ctrl-c", "ctrl-d", "hang-up"]


def stop(child: pexpect.spawn, how: str) -> None:
    """Stop a running program the way a teacher can: Ctrl-C, Ctrl-D, or closing the terminal."""
    if how == "ctrl-c":
        child.sendintr()
    elif how == "ctrl-d":
        child.sendeof()
    else:
        child.kill(signal.SIGHUP)


def exits_with(child: pexpect.spawn, status: int) -> str:
    """Wait until the program in the pseudo-terminal ends and check its exit status; what it printed last."""
    child.expect(pexpect.EOF)
    output = child.before
    child.close()
    assert child.exitstatus == status, output
    return output


def assert_usage_error(result, expected: str) -> None:
    """A usage error as a teacher sees it (a CliRunner result): exit code 2, the advice on stderr, no traceback."""
    assert result.exit_code == 2 and expected in result.stderr, result.output
    assert "Traceback" not in result.output


def assert_damaged_file_set_aside(cli, command: str, folder: Path, listed: str, text: str = "kind: [\n") -> None:
    """A damaged YAML file among the saved ones: `command --list` still lists the rest (`listed`), says that
    the file is set aside, and moves it out of the way (kapot.yaml.beschadigd-…)."""
    write(folder / "kapot.yaml", text)
    result = cli(command, "--list")
    assert result.exit_code == 0 and listed in result.stdout and "apart gezet" in result.stderr, result.output
    assert not (folder / "kapot.yaml").exists()
    assert any(p.name.startswith("kapot.yaml.beschadigd") for p in folder.iterdir())
