"""The user's settings file (`instellingen.yaml` in the config folder)."""

from __future__ import annotations

from oudergesprek import paths


def settings_file():
    return paths.config_dir() / "instellingen.yaml"


def default_form() -> str:
    """The configured aanspreekvorm, or u."""
    path = settings_file()
    if not path.is_file():
        return "u"
    from oudergesprek import safeyaml

    try:
        data = safeyaml.load_file(path)
    except safeyaml.YamlProblem:
        return "u"
    value = data.get("aanspreekvorm") if isinstance(data, dict) else None
    return value if value in ("u", "je") else "u"
