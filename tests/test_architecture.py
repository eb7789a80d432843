"""The layout keeps its design: layers import only downward, and no package has an import cycle.

The contracts live in pyproject.toml ([tool.importlinter]); lint-imports also counts imports inside
functions, so a lazy import cannot hide a cycle.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_are_kept():
    lint = Path(sys.executable).parent / "lint-imports"
    command = [str(lint)] if lint.exists() else [sys.executable, "-m", "importlinter.cli"]
    done = subprocess.run([*command, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


def test_at_most_ten_modules_directly_in_the_package():
    top = sorted(p.name for p in (ROOT / "oudergesprek").glob("*.py"))
    assert len(top) <= 10, top
