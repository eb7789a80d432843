"""The installed program: console script, `python -m`, and a plain (non-editable) wheel install."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT, SCRIPT


def run(args: list[str], cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, env=env, timeout=120)


def test_console_script_answers_a_lookup(tmp_path):
    done = run([SCRIPT, "phrase", "ouder huilt", "--json", "--limit", "3"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)) == 3


def test_python_dash_m_works(tmp_path):
    done = run([sys.executable, "-m", "oudergesprek", "phrase", "--soort", "afspraak", "--json"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert all(r["soort"] == "afspraak" for r in json.loads(done.stdout))


def test_plain_wheel_install_ships_the_builtin_library(tmp_path):
    wheels = tmp_path / "wheels"
    # The wheel as pip would build it (`pip wheel --no-build-isolation`): the project's build backend, asked
    # through its PEP 517 hook, without pip's own start-up around it.
    backend = "import sys, hatchling.build as b; print(b.build_wheel(sys.argv[1]))"
    built = run([sys.executable, "-c", backend, str(wheels)], ROOT)
    if built.returncode != 0:
        pytest.fail(built.stdout + built.stderr)
    target = tmp_path / "site"
    wheel = wheels / built.stdout.strip()
    installed = run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-compile", "--target", str(target), str(wheel)],
        tmp_path,
    )
    assert installed.returncode == 0, installed.stderr
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    code = "import oudergesprek.library.load as l, oudergesprek; print(oudergesprek.__file__); print(l.builtin_dir())"
    where = run([sys.executable, "-c", code], elsewhere, env)
    assert where.stdout.splitlines()[0].startswith(str(target)), where.stdout + where.stderr
    assert (target / "oudergesprek" / "phrases" / "regie-houden" / "begrenzen.yaml").is_file()
    done = run([sys.executable, "-m", "oudergesprek", "phrase", "grens", "--json"], elsewhere, env)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)[0]["bron"].startswith("ingebouwd/")
