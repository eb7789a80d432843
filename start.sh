#!/usr/bin/env bash
# Sets up oudergesprek in a private virtual environment (.venv) and runs it.
# Without arguments it starts the preparation of a talk; with arguments it passes them on:
#   ./start.sh phrase "ouder huilt"
set -euo pipefail
# Hints the program prints (such as "--resume") then read "./start.sh prep ...", which works from here.
case "$0" in
  */*) OUDERGESPREK_PROG="$0" ;;
  *) OUDERGESPREK_PROG="./$0" ;;
esac
export OUDERGESPREK_PROG
cd "$(dirname "$0")"
if [ ! -x .venv/bin/oudergesprek ] || [ pyproject.toml -nt .venv/bin/oudergesprek ]; then
  python3 -m venv .venv
  .venv/bin/python -m pip install --quiet --upgrade pip >/dev/null
  .venv/bin/python -m pip install --quiet -e .
fi
if [ $# -eq 0 ]; then
  set -- prep
fi
exec .venv/bin/oudergesprek "$@"
