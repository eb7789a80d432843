"""Lock files are private like every other file: their names carry the child's name."""

from __future__ import annotations

import os
import stat

from helpers import reflection, write


def _modes(folder) -> dict[str, int]:
    return {p.name: stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir() if p.name.endswith(".lock")}


def test_lock_files_of_drafts_and_settings_are_0600(cli, isolated):
    previous = os.umask(0o022)
    try:
        answers = write(isolated / "r.yaml", "\n".join(f"{k}: {v}" for k, v in reflection(kind="Sanne").items()))
        assert cli("reflect", "--answers", str(answers)).exit_code == 0
        assert cli("config", "groep", "groep 5").exit_code == 0
    finally:
        os.umask(previous)
    drafts = _modes(isolated / "xdg_data_home" / "oudergesprek" / "reflecties")
    settings = _modes(isolated / "xdg_config_home" / "oudergesprek")
    assert any("sanne" in name for name in drafts) and ".instellingen.yaml.lock" in settings
    assert set(drafts.values()) == set(settings.values()) == {0o600}, (drafts, settings)
