"""Where the user's data lives: the platform's config, data and cache folders (XDG on Linux)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP = "oudergesprek"


def _base(xdg_var: str, linux_default: str, mac_sub: str, win_var: str) -> Path:
    value = os.environ.get(xdg_var)
    if value and os.path.isabs(value):
        return Path(value) / APP
    home = Path.home()
    if sys.platform == "win32":
        root = os.environ.get(win_var) or str(home / "AppData" / "Roaming")
        return Path(root) / APP
    if sys.platform == "darwin":
        return home / "Library" / mac_sub / APP
    return home / linux_default / APP


def config_dir() -> Path:
    """Settings and the personal phrase library (`zinnen/`)."""
    return _base("XDG_CONFIG_HOME", ".config", "Application Support", "APPDATA")


def data_dir() -> Path:
    """Drafts, reflections and plans: private data about children."""
    return _base("XDG_DATA_HOME", ".local/share", "Application Support", "LOCALAPPDATA")


def cache_dir() -> Path:
    """The search index; safe to delete at any time."""
    return _base("XDG_CACHE_HOME", ".cache", "Caches", "LOCALAPPDATA") / "cache"


def personal_library() -> Path:
    return config_dir() / "zinnen"


def school_libraries() -> list[Path]:
    """The folders named in OUDERGESPREK_LIBRARY, in order."""
    raw = os.environ.get("OUDERGESPREK_LIBRARY", "")
    return [Path(part).expanduser() for part in raw.split(os.pathsep) if part.strip()]


def private_dir(path: Path) -> Path:
    """Create a folder (and its parents) that only the user can read."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        os.chmod(path, 0o700)
    except OSError:
        pass
    return path
