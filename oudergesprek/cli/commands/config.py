"""`oudergesprek config`: show, set and reset the settings in instellingen.yaml."""

from __future__ import annotations

import sys
import textwrap

from oudergesprek import settings
from oudergesprek.errors import EXIT_OK, UsageError


def run(key: str | None, value: str | None, clear: bool) -> int:
    if key is None:
        if clear:
            raise UsageError(
                "Zeg welke instelling terug moet naar de standaard.", "Bijvoorbeeld: oudergesprek config naam --wis"
            )
        return show_all()
    key = settings.check_key(key)
    if clear:
        if value is not None:
            raise UsageError(
                f"Óf een nieuwe waarde, óf --wis, niet allebei. Terugzetten: oudergesprek config {key} --wis"
            )
        return reset(key)
    if value is None:
        return show_one(key)
    stored = settings.set_value(key, value)
    print(f"Ingesteld: {key} = {_shown(stored)}")
    if key == "schoolregels" and len(textwrap.wrap(stored, 70)) > 3:
        print("Op het scherm van 'oudergesprek snel' passen drie regels; de rest ziet u met: oudergesprek config")
    return EXIT_OK


def _shown(value: str) -> str:
    return value if "\n" not in value else value.replace("\n", " / ")


def show_all() -> int:
    values = settings.load()
    print(f"Instellingen ({settings.settings_file()}):\n")
    for key, setting in settings.SETTINGS.items():
        if key in values:
            current = _shown(values[key])
        elif setting.default:
            current = f"{setting.default}  (standaard)"
        else:
            current = "(niet ingesteld)"
        print(textwrap.fill(f"{key} = {current}", 78, subsequent_indent="    "))
        print(textwrap.fill(setting.help, 78, initial_indent="    ", subsequent_indent="    "))
        print()
    print("Wijzigen: oudergesprek config SLEUTEL WAARDE, bijvoorbeeld: oudergesprek config aanspreekvorm je")
    print("Terug naar de standaard: oudergesprek config SLEUTEL --wis")
    return EXIT_OK


def show_one(key: str) -> int:
    """The value alone on stdout (handy in a script); a note on stderr when it is the default."""
    setting = settings.SETTINGS[key]
    if settings.is_set(key):
        print(settings.get(key))
        return EXIT_OK
    if setting.default:
        print(setting.default)
        print(f"(standaard; wijzigen: oudergesprek config {key} WAARDE)", file=sys.stderr)
    else:
        print(f"'{key}' is niet ingesteld. Instellen: oudergesprek config {key} \"...\"", file=sys.stderr)
    return EXIT_OK


def reset(key: str) -> int:
    setting = settings.SETTINGS[key]
    was_set = settings.reset(key)
    now = f"weer {setting.default} (standaard)" if setting.default else "niet meer ingesteld"
    print(f"{key} is {now}." if was_set else f"{key} stond al op de standaard; er is niets veranderd.")
    return EXIT_OK
