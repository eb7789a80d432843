"""The commands: each module takes its options by keyword and returns an exit code."""

from __future__ import annotations

from pathlib import Path


def open_file(path: Path) -> bool:
    """Open a written file with the system's viewer (typer.launch); a Dutch note, never a failure, without one."""
    import typer

    from oudergesprek.errors import warn

    try:
        code = typer.launch(str(path))
    except OSError:
        code = 1
    if code != 0:
        warn(f"het bestand kon niet automatisch worden geopend. Open het zelf: {path}")
        return False
    return True
