"""Open a written file with the system's viewer, and never fail when there is none."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from oudergesprek.errors import warn


def viewer_command(path: Path) -> list[str] | None:
    """The command that opens `path` on this system, or None (Windows uses os.startfile)."""
    if sys.platform == "darwin":
        return ["open", str(path)] if shutil.which("open") else None
    for program in ("xdg-open", "gio"):
        if shutil.which(program):
            return [program, str(path)] if program == "xdg-open" else [program, "open", str(path)]
    return None


def open_file(path: Path) -> bool:
    """Start the viewer in the background; a Dutch note on stderr when that is not possible."""
    try:
        if sys.platform == "win32":
            os.startfile(str(path))  # type: ignore[attr-defined]
            return True
        command = viewer_command(path)
        if command is None:
            warn(f"geen programma gevonden om het bestand te openen. Open het zelf: {path}")
            return False
        subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        return True
    except OSError:
        warn(f"het bestand kon niet automatisch worden geopend. Open het zelf: {path}")
        return False
