#!/usr/bin/env bash
# Sets up a private virtual environment (.venv) and runs every test, then the linter.
set -euo pipefail
cd "$(dirname "$0")"
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip >/dev/null
.venv/bin/python -m pip install --quiet -e '.[test]'
.venv/bin/python -m ruff check .
.venv/bin/python -m ruff format --check .
.venv/bin/python -m mypy
# In parallel on every core (pytest-xdist); `./test.sh -p no:xdist` runs them one by one.
.venv/bin/python -m pytest -n auto "$@"
