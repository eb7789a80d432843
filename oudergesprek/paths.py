"""Where files live: the user's data in the platform's config, data and cache folders (platformdirs; XDG_*
and OUDERGESPREK_HOME override them), and the data files shipped with the program."""

from __future__ import annotations

import os
from pathlib import Path

APP = "oudergesprek"


# What each folder holds, the XDG variable that names it, and the platformdirs function for the default.
_FOLDERS = {
    "config": ("XDG_CONFIG_HOME", "user_config_dir"),
    "data": ("XDG_DATA_HOME", "user_data_dir"),
    "cache": ("XDG_CACHE_HOME", "user_cache_dir"),
}


def _base(folder: str) -> Path:
    """OUDERGESPREK_HOME/KIND if set; else an absolute XDG_* variable (on every platform: tests and people
    who keep everything in one place use them); else the platform's own folder, from platformdirs."""
    home_override = os.environ.get("OUDERGESPREK_HOME", "")
    if home_override and os.path.isabs(home_override):
        return Path(home_override) / folder if folder != "cache" else Path(home_override)  # cache_dir adds /cache
    xdg_var, function = _FOLDERS[folder]
    value = os.environ.get(xdg_var, "")
    if value and os.path.isabs(value):
        return Path(value) / APP
    home = Path.home()
    if not home.is_absolute():
        from oudergesprek.errors import UsageError

        raise UsageError(
            f"Uw thuismap (HOME) is geen volledig pad: '{home}'. Dan zou alles in de huidige map belanden.",
            "Zet HOME op een volledig pad, bijvoorbeeld: export HOME=/home/uwnaam",
        )
    import platformdirs

    relative = os.environ.pop(xdg_var, None)  # a relative XDG value is to be ignored (XDG spec); platformdirs reads it
    try:
        extra = {"roaming": True} if folder == "config" else {}  # Windows: settings travel with the user
        return Path(getattr(platformdirs, function)(APP, appauthor=False, **extra))
    finally:
        if relative is not None:
            os.environ[xdg_var] = relative


def shipped(name: str) -> Path:
    """A data file shipped inside the package (`oudergesprek/data/NAME`): questions, rules, routines."""
    from importlib import resources

    return Path(str(resources.files("oudergesprek") / "data" / name))


def config_dir() -> Path:
    """Settings and the personal phrase library (`zinnen/`)."""
    return _base("config")


def data_dir() -> Path:
    """Drafts, reflections and plans: private data about children."""
    return _base("data")


def cache_dir() -> Path:
    """The search index; safe to delete at any time."""
    return _base("cache") / "cache"


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
                "Controleer de rechten van die map en probeer het dan opnieuw.",
            ) from None
    return path
