"""The user's settings (`instellingen.yaml` in the config folder): which there are, their defaults, read and write.

The file is private (0600) and written atomically. A damaged file never stops a command: it is set aside
(renamed, never deleted) with a warning, and the defaults apply until the user sets something again.
"""

from __future__ import annotations

import re
from pathlib import Path

from oudergesprek import paths
from oudergesprek.errors import UsageError, warn

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the look-up path
if TYPE_CHECKING:
    from typing import Any

HEADER = "# Instellingen van oudergesprek. Wijzig ze liever met: oudergesprek config SLEUTEL WAARDE\n"


class Setting:
    """One setting of `oudergesprek config`: its key, default, help text and allowed values."""

    __slots__ = ("key", "default", "help", "choices", "max_length")

    def __init__(self, key: str, default: str, help: str, choices: tuple[str, ...] = (), max_length: int = 200) -> None:
        self.key = key
        self.default = default
        self.help = help
        self.choices = choices
        self.max_length = max_length


SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting("aanspreekvorm", "u", "Hoe u ouders aanspreekt in zinnen, scripts en plannen: u of je.", ("u", "je")),
        Setting(
            "schoolregels",
            "",
            "De afspraken van uw school of opvang over contact met ouders. Ze staan bovenaan bij 'oudergesprek snel'.",
            max_length=600,
        ),
        Setting("naam", "", "Uw naam, zoals die op een geprint communicatieplan komt.", max_length=80),
        Setting(
            "groep",
            "",
            "Uw groep, bijvoorbeeld 'groep 5' of 'Dolfijnen'. Dan vraagt een voorbereiding er niet meer naar.",
            max_length=40,
        ),
        Setting(
            "werkplek",
            "school",
            "school (gesprekken aan de klasdeur) of kinderopvang (het haal- en brengmoment).",
            ("school", "kinderopvang"),
        ),
    )
}

_cache: dict[Path, tuple[tuple[int, int], dict[str, str]]] = {}


def settings_file() -> Path:
    return paths.config_dir() / "instellingen.yaml"


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_mtime_ns, info.st_size)


def _read_raw(path: Path) -> dict[str, Any]:
    """Everything in the file (also keys of a newer version); a damaged file is set aside with a warning."""
    from oudergesprek import atomic, safeyaml

    try:
        data = safeyaml.load_file(path)
        if data is None:
            return {}
        if not isinstance(data, dict):
            raise safeyaml.YamlProblem("er staan geen instellingen in de vorm 'sleutel: waarde'")
    except safeyaml.YamlProblem as problem:
        try:
            aside = atomic.set_aside(path).name
        except OSError:
            aside = None
        where = f"Het is apart gezet als {aside}" if aside else "Het kon niet apart worden gezet"
        line = f" (regel {problem.line})" if problem.line else ""
        warn(
            f"het instellingenbestand {path} is beschadigd{line}: {problem.message}\n"
            f"{where}; de standaardinstellingen gelden nu. Bekijk ze met: oudergesprek config"
        )
        return {}
    return safeyaml.plain(data)


def load() -> dict[str, str]:
    """The settings the user made, checked: a wrong value is skipped with a warning."""
    path = settings_file()
    stamp = _stamp(path)
    if stamp is None:
        return {}
    cached = _cache.get(path)
    if cached and cached[0] == stamp:
        return dict(cached[1])
    from oudergesprek.cleantext import clean_input

    values: dict[str, str] = {}
    for key, value in _read_raw(path).items():
        if key not in SETTINGS or value is None:
            continue
        try:
            values[key] = validate(key, clean_input(str(value), multiline=True))  # text, never escape codes
        except UsageError as error:
            warn(f"{error.message} In {path} geldt daarom de standaard voor '{key}'.")
    stamp = _stamp(path)
    if stamp is not None:
        _cache[path] = (stamp, dict(values))
    return values


def get(key: str) -> str:
    """The value the user set, else the default."""
    return load().get(key, SETTINGS[key].default)


def is_set(key: str) -> bool:
    return key in load()


def check_key(key: str) -> str:
    """The setting's name as known, or a UsageError with a suggestion."""
    name = key.strip().lower()
    if name in SETTINGS:
        return name
    from oudergesprek.errors import unknown

    raise UsageError(unknown("instelling", key, SETTINGS), "Alle instellingen ziet u met: oudergesprek config")


def validate(key: str, value: str) -> str:
    """The value as it will be stored, or a UsageError that says what is allowed."""
    setting = SETTINGS[key]
    text = value.strip()
    if not text:
        raise UsageError(
            f"Een lege waarde voor '{key}' kan niet.",
            f"Terug naar de standaard: oudergesprek config {key} --wis",
        )
    if setting.choices:
        if text.lower() in setting.choices:
            return text.lower()
        from oudergesprek.errors import closest

        guess = closest(text, setting.choices)
        options = " of ".join(setting.choices)
        raise UsageError(
            f"'{text}' kan niet bij '{key}'; kies {options}." + (f" Bedoelt u '{guess}'?" if guess else "")
        )
    if len(text) > setting.max_length:
        raise UsageError(f"De waarde voor '{key}' is {len(text)} tekens; hoogstens {setting.max_length}.")
    if key == "naam" and "\n" in text:
        raise UsageError("Een naam past op één regel.")
    return text


def _write(raw: dict[str, Any]) -> None:
    import yaml

    from oudergesprek import atomic

    body = yaml.safe_dump(raw, allow_unicode=True, sort_keys=False, width=100) if raw else ""
    atomic.write_text(settings_file(), HEADER + body)
    _cache.pop(settings_file(), None)


def _current_raw() -> dict[str, Any]:
    path = settings_file()
    return _read_raw(path) if path.is_file() else {}


def set_value(key: str, value: str) -> str:
    """Check and store one setting; returns the stored value."""
    key = check_key(key)
    stored = validate(key, value)
    with _locked():  # read-modify-write under one lock: two `config` commands at once both keep their value
        raw = _current_raw()
        raw[key] = stored
        _write(raw)
    return stored


def reset(key: str) -> bool:
    """Back to the default; False when it was not set."""
    key = check_key(key)
    with _locked():
        raw = _current_raw()
        if key not in raw:
            return False
        del raw[key]
        _write(raw)
    return True


def _locked():
    """The lock around a change of the settings file (`.instellingen.yaml.lock` beside it)."""
    from filelock import FileLock

    path = settings_file()
    paths.private_dir(path.parent)
    return FileLock(str(path.with_name(f".{path.name}.lock")), timeout=30, mode=0o600)


_FORM_LINE = re.compile(r"^aanspreekvorm:[ \t]*['\"]?(u|je)['\"]?[ \t]*(?:#.*)?$", re.MULTILINE)


def default_form() -> str:
    """The configured aanspreekvorm, or u.

    A look-up at the classroom door reads only this one line, without loading YAML; anything unusual
    goes through the full reader, which also sets a damaged file aside.
    """
    try:
        text = settings_file().read_text(encoding="utf-8")
    except FileNotFoundError:
        return SETTINGS["aanspreekvorm"].default
    except (OSError, UnicodeDecodeError):
        return get("aanspreekvorm")
    match = _FORM_LINE.search(text)
    if match and len(_FORM_LINE.findall(text)) == 1:
        return match.group(1)
    return get("aanspreekvorm")
