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
    if not home.is_absolute():
        from oudergesprek.errors import UsageError

        raise UsageError(
            f"Uw thuismap (HOME) is geen volledig pad: '{home}'. Dan zou alles in de huidige map belanden.",
            "Zet HOME op een volledig pad, bijvoorbeeld: export HOME=/home/uwnaam",
        )
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
    """Create a folder that only the user can read; so are the folders made for it up to the app's own
    folder (`.../oudergesprek`). A chmod that fails is reported, not ignored."""
    from oudergesprek.errors import UsageError, os_reason

    made = []
    current = path
    while not current.exists():
        made.append(current)
        if current.parent == current:
            break
        current = current.parent
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    own = [p for p in [path, *made] if APP in p.parts]
    for folder in dict.fromkeys(own):
        try:
            os.chmod(folder, 0o700)
        except OSError as error:
            raise UsageError(
                f"De map {folder} kan niet worden afgeschermd voor anderen: {os_reason(error)}.",
                "Er is niets bewaard. Controleer de rechten van die map.",
            ) from None
    return path
