"""`plan --list` and `reflect --list`: one table printer (terminal.print_numbered) for both."""

from __future__ import annotations

import yaml
from helpers import reflection, write
from test_plan import PLAN

from oudergesprek.terminal import print_numbered


def test_a_numbered_list_cuts_to_the_column_and_marks_a_cut_where_asked(capsys):
    rows = [["Maximiliaan", "rapportgesprek met beide ouders", "klaar"], ["Yara", "deur", "bezig"]]
    print_numbered((("Kind", 6), ("Gesprek", 12)), "Status", rows, ellipsis={"Gesprek"})
    assert capsys.readouterr().out.splitlines() == [
        " Nr  Kind   Gesprek      Status",
        "  1  Maximi rapportgesp… klaar",
        "  2  Yara   deur         bezig",
    ]


def test_plan_and_reflect_lists_line_up_under_their_headings(cli, isolated):
    long_child = "Maximiliaan-Alexander"
    for n, answers in enumerate(({}, {"kind": long_child, "groep": "groep 8 Dolfijnen en Haaien"})):
        path = write(isolated / f"plan{n}.yaml", yaml.safe_dump({**PLAN, **answers}, allow_unicode=True))
        assert cli("plan", "--answers", str(path)).exit_code == 0
    talk = "rapportgesprek groep 5 met beide ouders en de intern begeleider erbij"
    path = write(isolated / "r.yaml", yaml.safe_dump(reflection(gesprek=talk), allow_unicode=True))
    assert cli("reflect", "--answers", str(path)).exit_code == 0

    plans = cli("plan", "--list").stdout.splitlines()
    assert plans[0].split() == ["Nr", "Kind", "Groep", "Startgesprek", "Kanaal", "Status"]
    assert any(line.startswith(f"  1  {long_child[:16]} groep 8 Dolf ") for line in plans[1:3]), plans
    assert all(line.index("klaar") == plans[0].index("Status") for line in plans[1:3])

    reflections = cli("reflect", "--list").stdout.splitlines()
    assert reflections[0].split() == ["Nr", "Datum", "Gesprek", "Kind", "Status"]
    assert f" {talk[:31]}\u2026 " in reflections[1]
    assert reflections[1].index("klaar") == reflections[0].index("Status")
