"""`wis` also removes what a draft leaves behind: damaged copies, temporary files, lock files."""

from __future__ import annotations

from pathlib import Path

from helpers import write

from oudergesprek.interview import drafts


def folder(isolated: Path, name: str = "concepten") -> Path:
    return isolated / "xdg_data_home" / "oudergesprek" / name


def test_wis_kind_removes_damaged_copies_and_temporary_files(cli, isolated):
    sanne = drafts.create("2026-11-23-sanne-slecht-nieuws", {"situatie": "slecht-nieuws", "kind": "Sanne"})
    daan = drafts.create("2026-11-23-daan-slecht-nieuws", {"situatie": "slecht-nieuws", "kind": "Daan"})
    here = folder(isolated)
    write(here / "2026-11-20-sanne-boze-ouder.yaml.beschadigd-20261120-101010", "kind: Sanne\nfeiten: [kapot\n")
    write(here / "2026-11-21-x-boze-ouder.yaml.beschadigd-20261121-101010", "situatie: x\nkind: 'Sanne'\n: :\n")
    write(here / f".{sanne.name}.yaml.k3j4.tmp", "kind: Sanne\nfeiten: [half")
    write(here / "2026-11-22-daan-boze-ouder.yaml.beschadigd-20261122-101010", "kind: Daan\n[[\n")
    write(here / "2026-11-22-sanne-kapot.yaml", "kind: Sanne\n[[\n")  # damaged now: set aside by wis, then removed
    result = cli("wis", "--kind", "Sanne", "--ja")
    assert result.exit_code == 0, result.output
    left = sorted(p.name for p in here.iterdir())
    assert not [name for name in left if "sanne" in name.lower() or name.startswith("2026-11-21")], left
    assert f"{daan.name}.yaml" in left
    assert "2026-11-22-daan-boze-ouder.yaml.beschadigd-20261122-101010" in left


def test_wis_alles_removes_everything(cli, isolated):
    drafts.create("2026-11-23-sanne-slecht-nieuws", {"situatie": "slecht-nieuws", "kind": "Sanne"})
    drafts.create("2026-11-23-daan-reflectie", {"kind": "Daan"}, "reflecties")
    write(folder(isolated) / "oud.yaml.beschadigd-20261120-101010", "[[\n")
    write(folder(isolated, "plannen") / ".iets.yaml.abcd.tmp", "half")
    result = cli("wis", "--alles", "--ja")
    assert result.exit_code == 0, result.output
    for name in ("concepten", "reflecties", "plannen"):
        assert (
            not [p for p in folder(isolated, name).glob("*") if p.is_file()]
            if folder(isolated, name).exists()
            else True
        )
        assert not list(folder(isolated, name).glob(".*")) if folder(isolated, name).exists() else True
