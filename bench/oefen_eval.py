"""How well the rehearsal checklist tells weak answers from strong ones.

    python bench/oefen_eval.py tests/data/oefen_dev.yaml [--toon]

The file holds `antwoorden`: items with `situatie`, `opmerking`, `antwoord` and `oordeel` (zwak or
sterk), labelled blind by trainers. Prints the mean number of tips for weak and for strong answers, the
difference, and every weak answer without a tip. An answer the checks find nothing in is compared with
the labelled answers of all other files (`lijkt-op-zwak`), never with those of the file measured. The
target: a difference of at least 1.5, and a tip for every weak answer. With --toon: the tips of every answer.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from oudergesprek import safeyaml
from oudergesprek.interview import feedback

TARGET_DIFFERENCE = 1.5


@dataclass
class Result:
    weak_mean: float
    strong_mean: float
    weak_without_tip: list[dict]
    rows: list[tuple[dict, feedback.Feedback]]

    @property
    def difference(self) -> float:
        return self.weak_mean - self.strong_mean

    @property
    def meets_target(self) -> bool:
        return self.difference >= TARGET_DIFFERENCE and not self.weak_without_tip


def evaluate(path: Path) -> Result:
    items = safeyaml.plain(safeyaml.load_file(path))["antwoorden"]
    # The file's own answers are in the examples that an answer without a tip is compared with
    # (oudergesprek/data/oefenvoorbeelden.json); they are left out, or each answer would find itself.
    own = frozenset({path.stem})
    rows = [
        (
            item,
            feedback.check(
                str(item["antwoord"]), str(item.get("opmerking", "")), str(item.get("situatie", "")), leave_out=own
            ),
        )
        for item in items
    ]
    weak = [len(fb.tips) for item, fb in rows if item["oordeel"] == "zwak"]
    strong = [len(fb.tips) for item, fb in rows if item["oordeel"] == "sterk"]
    return Result(
        weak_mean=sum(weak) / len(weak) if weak else 0.0,
        strong_mean=sum(strong) / len(strong) if strong else 0.0,
        weak_without_tip=[item for item, fb in rows if item["oordeel"] == "zwak" and not fb.tips],
        rows=rows,
    )


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 1:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    result = evaluate(Path(args[0]))
    if "--toon" in argv:
        for item, fb in result.rows:
            tips = ", ".join(rule.id for rule in fb.tips) or "-"
            good = ", ".join(rule.id for rule in fb.good) or "-"
            print(f"[{item['oordeel']:<5}] tips: {tips} | goed: {good}\n        {item['antwoord'][:110]}")
        print()
    weak = sum(1 for item, _ in result.rows if item["oordeel"] == "zwak")
    strong = len(result.rows) - weak
    print(f"Zwakke antwoorden:  {weak:>3}, gemiddeld {result.weak_mean:.2f} tips")
    print(f"Sterke antwoorden:  {strong:>3}, gemiddeld {result.strong_mean:.2f} tips")
    print(f"Verschil:           {result.difference:.2f} (doel: minstens {TARGET_DIFFERENCE})")
    print(f"Zwak zonder tip:    {len(result.weak_without_tip)}")
    for item in result.weak_without_tip:
        print(f"  - [{item.get('situatie', '')}] {item['antwoord']}")
    return 0 if result.meets_target else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
