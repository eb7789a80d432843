#!/usr/bin/env bash
# Sets up a private virtual environment (.venv) and runs every test, then the linter.
set -euo pipefail
cd "$(dirname "$0")"
# The environment is made and filled once, and again whenever pyproject.toml (the dependencies), the
# version in oudergesprek/__init__.py or the Python changes.
stamp=".venv/.installed-from"
wanted="$(cat pyproject.toml oudergesprek/__init__.py | python3 -c 'import hashlib, sys; print(hashlib.sha256(sys.stdin.buffer.read()).hexdigest(), sys.version.split()[0])')"
if [ ! -x .venv/bin/python ] || [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
  python3 -m venv .venv
  .venv/bin/python -m pip install --quiet --upgrade pip >/dev/null
  .venv/bin/python -m pip install --quiet -e '.[test]'
  echo "$wanted" >"$stamp"
fi
# Bytecode for the package, written once: the tests start the program often, and where
# PYTHONDONTWRITEBYTECODE is set each start would otherwise compile every module again.
.venv/bin/python -m compileall -q oudergesprek >/dev/null
.venv/bin/python -m ruff check .
.venv/bin/python -m ruff format --check .
.venv/bin/python -m mypy
# In parallel on every core (pytest-xdist); tests marked xdist_group (the print tests, which share one
# browser) stay together. `./test.sh -n 0` runs them one by one. pytest keeps its rewritten test modules
# as bytecode too, which PYTHONDONTWRITEBYTECODE (set on some machines) would make each test process
# redo at every run.
env -u PYTHONDONTWRITEBYTECODE .venv/bin/python -m pytest -n auto --dist loadgroup "$@"
