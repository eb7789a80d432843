"""Atomic, private writes: a crash mid-write leaves the old file intact."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from oudergesprek.paths import private_dir


def write_bytes(path: Path, data: bytes, *, private: bool = True, own_folder: bool = True) -> None:
    """Write to a temporary file in the same folder, fsync, then rename over the target.

    With `own_folder=False` the folder is the user's choice (an --output path): it must exist and is
    left as it is; only the file itself is private.
    """
    folder = path.parent
    if private and own_folder:
        private_dir(folder)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600 if private else 0o644)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def write_text(path: Path, text: str, *, private: bool = True, own_folder: bool = True) -> None:
    write_bytes(path, text.encode("utf-8"), private=private, own_folder=own_folder)


def set_aside(path: Path) -> Path:
    """Move a damaged file out of the way (NAME.beschadigd-STAMP): it can be looked at later, never lost."""
    import datetime as dt

    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.beschadigd-{stamp}")
    n = 2
    while target.exists():
        target, n = path.with_name(f"{path.name}.beschadigd-{stamp}-{n}"), n + 1
    os.rename(path, target)
    return target
