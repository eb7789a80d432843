"""Writes the labelled answers that `oefen` compares an answer with when the checklist finds nothing.

    python bench/oefen_voorbeelden.py

Reads every labelled file `tests/data/oefen_*.yaml` (answers written and labelled blind by trainer
helpers) and the built-in phrases (as strong answers), and writes `oudergesprek/data/oefenvoorbeelden.json`:
per answer its file, situation, label, text and, for a weak answer, the trainer's reason (unless it names
someone: `oefen` may quote it to a teacher about another child). Run it again after
adding a round, but only after measuring that round once: a round measured with its own answers in this file
would be measured on answers it has seen. `bench/oefen_eval.py` leaves the file it measures out of the
comparison, so older rounds stay honest.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from oudergesprek import safeyaml

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "tests" / "data"
TARGET = ROOT / "oudergesprek" / "data" / "oefenvoorbeelden.json"
FIELDS = ["bron", "situatie", "zwak", "antwoord", "waarom"]
# A capitalised word inside a sentence: in a trainer's reason, the name of the child or a colleague, or a language.
_NAME_IN_SENTENCE = re.compile(r"(?<=[\w,;)] )[A-ZÀ-Þ][a-zà-ÿ]+")
_LANGUAGE = re.compile(r"Nederland\w*|Engels\w*|Frans\w*|Duits\w*|Turks\w*|Arabisch\w*|Pools\w*|Oekraïens\w*")


def reason_to_keep(reason: str) -> str:
    """The trainer's reason, or "" when it names someone. `oefen` quotes the reason to a teacher rehearsing
    another situation, about another child: "wat Lotte nodig heeft" would name a child that is not theirs."""
    if any(not _LANGUAGE.fullmatch(word) for word in _NAME_IN_SENTENCE.findall(reason)):
        return ""
    return reason


def library_phrases() -> list[list[str | int]]:
    """The built-in phrases, in each form of address, as strong answers: the library is what we hold up as
    good, so a teacher who says one of them must not hear that it looks like a weak answer."""
    from oudergesprek.library import load
    from oudergesprek.library.fill import PLACEHOLDER

    lib = load.load([load.Source("ingebouwd", load.builtin_dir(), builtin=True)])
    rows: list[list[str | int]] = []
    for phrase in lib.phrases:
        for text in dict.fromkeys((phrase.text_u, phrase.text_je, phrase.text_jullie)):
            if text:
                plain = " ".join(PLACEHOLDER.sub("", text).split())
                rows.append(["bibliotheek", phrase.situations[0] if phrase.situations else "", 0, plain, ""])
    return rows


def examples(source: Path = SOURCE) -> list[list[str | int]]:
    rows: list[list[str | int]] = []
    for path in sorted(source.glob("oefen_*.yaml")):
        for item in safeyaml.plain(safeyaml.load_file(path))["antwoorden"]:
            weak = item["oordeel"] == "zwak"
            answer = " ".join(str(item["antwoord"]).split())
            reason = " ".join(str(item.get("waarom") or "").split()) if weak else ""
            reason = reason_to_keep(reason)
            rows.append([path.stem, str(item.get("situatie", "")), int(weak), answer, reason])
    return rows


def main() -> int:
    rows = examples() + library_phrases()
    # One answer per line, so that adding a round changes only the lines it adds.
    lines = ",\n".join(json.dumps(row, ensure_ascii=False) for row in rows)
    fields = json.dumps(FIELDS, ensure_ascii=False)
    TARGET.write_text(f'{{"velden": {fields}, "antwoorden": [\n{lines}\n]}}\n', encoding="utf-8")
    print(f"{len(rows)} antwoorden ({sum(r[2] for r in rows)} zwak) naar {TARGET.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
