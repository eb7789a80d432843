"""Several windows at once: nothing is overwritten, no answer and no setting is lost."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import yaml
from helpers import reflection, write

from oudergesprek.interview import drafts

REFLECTION = reflection()


def env(isolated: Path) -> dict:
    out = {**os.environ}
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        out[var] = str(isolated / var.lower())
    return out


def run_all(isolated: Path, commands: list[list[str]]) -> list[subprocess.CompletedProcess]:
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "oudergesprek", *args],
            env=env(isolated),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for args in commands
    ]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        results.append(subprocess.CompletedProcess(proc.args, proc.returncode, out, err))
    return results


def test_eight_parallel_reflections_keep_eight_files(isolated):
    commands = []
    for n in range(8):
        path = write(isolated / f"r{n}.yaml", yaml.safe_dump({**REFLECTION, "gevraagd": f"Vraag {n}"}))
        commands.append(["reflect", "--answers", str(path)])
    for result in run_all(isolated, commands):
        assert result.returncode == 0, result.stderr
    folder = isolated / "xdg_data_home" / "oudergesprek" / "reflecties"
    asked = sorted(yaml.safe_load(p.read_text(encoding="utf-8"))["gevraagd"] for p in folder.glob("*.yaml"))
    assert asked == sorted(f"Vraag {n}" for n in range(8))


def test_parallel_config_writes_keep_every_setting(isolated):
    values = {"aanspreekvorm": "je", "schoolregels": "Korte berichten aan de deur.", "naam": "Juf Ilse",
              "werkplek": "kinderopvang"}  # fmt: skip
    for _ in range(2):
        results = run_all(isolated, [["config", key, value] for key, value in values.items()])
        assert all(r.returncode == 0 for r in results), [r.stderr for r in results]
        stored = yaml.safe_load((isolated / "xdg_config_home" / "oudergesprek" / "instellingen.yaml").read_text())
        assert stored == values


def test_creating_the_same_name_twice_makes_two_files(isolated):
    first = drafts.create("2026-11-23-daan-reflectie", {"kind": "Daan"}, "reflecties")
    second = drafts.create("2026-11-23-daan-reflectie", {"kind": "Daan B."}, "reflecties")
    assert first.path != second.path
    assert yaml.safe_load(first.path.read_text())["kind"] == "Daan"
    assert yaml.safe_load(second.path.read_text())["kind"] == "Daan B."


def test_a_change_on_disk_is_never_overwritten(isolated, capsys):
    draft = drafts.create("2026-11-23-daan-slecht-nieuws", {"situatie": "slecht-nieuws", "kind": "Daan"})
    mine = drafts.read(draft.path)
    other = drafts.read(draft.path)
    other.answers["doel"] = "Antwoord uit het andere venster"
    drafts.save(other)
    mine.answers["kernboodschap"] = "Antwoord uit dit venster"
    drafts.save(mine)
    assert "ander venster" in capsys.readouterr().err
    versions = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in draft.path.parent.glob("*.yaml")]
    assert len(versions) == 2
    assert any(v.get("doel") == "Antwoord uit het andere venster" for v in versions)
    assert any(v.get("kernboodschap") == "Antwoord uit dit venster" for v in versions)


def test_a_draft_open_in_another_window_is_not_opened_twice(isolated):
    draft = drafts.create("2026-11-23-daan-slecht-nieuws", {"situatie": "slecht-nieuws", "kind": "Daan"})
    holder = textwrap.dedent(
        f"""
        import sys, time
        from pathlib import Path
        from oudergesprek.interview import drafts
        d = drafts.read(Path({str(draft.path)!r}))
        drafts.hold(d)
        print("open", flush=True)
        time.sleep(30)
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", holder], env=env(isolated), stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "open"
        second = drafts.read(draft.path)
        try:
            drafts.hold(second)
        except drafts.UsageError as error:
            assert "al open in een ander venster" in error.message
        else:
            raise AssertionError("a second window may not open the same draft")
    finally:
        proc.kill()
        proc.wait()
    third = drafts.read(draft.path)
    drafts.hold(third)  # free again once the other window is gone
    drafts.release(third)
