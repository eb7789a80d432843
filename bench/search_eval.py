"""How often `phrase` finds a fitting phrase for look-ups written blind by teachers.

    python bench/search_eval.py dev        # the development half: tune on this one only
    python bench/search_eval.py test       # the test half: report it, never tune on it
    python bench/search_eval.py dev -v     # also list the misses

A phrase fits when its category (soort) is one of the categories the writer said would answer the look-up.
The sets: tests/data/zoekvragen_dev.yaml and tests/data/zoekvragen_test.yaml (split once, at random,
per writer: see the README's section on the search).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from oudergesprek.search.catalog import load_catalog  # noqa: E402
from oudergesprek.search.lookup import Filters, find  # noqa: E402


def load_set(name: str) -> list[dict]:
    return yaml.safe_load((ROOT / "tests" / "data" / f"zoekvragen_{name}.yaml").read_text(encoding="utf-8"))[
        "zoekvragen"
    ]


def measure(queries: list[dict], verbose: bool = False) -> tuple[float, float, list[tuple[str, list[str]]]]:
    catalog = load_catalog(use_cache=False)
    first = top3 = 0
    misses = []
    for item in queries:
        found = find(catalog, item["vraag"], Filters(), 3)
        categories = [p.category for p in found]
        hits = [category in item["soorten"] for category in categories]
        first += bool(hits and hits[0])
        top3 += any(hits)
        if not any(hits):
            misses.append((item["vraag"], item["soorten"], categories))
    total = len(queries)
    return top3 / total, first / total, misses


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("half", choices=["dev", "test"])
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    queries = load_set(args.half)
    top3, first, misses = measure(queries)
    print(f"{args.half}: {len(queries)} look-ups; fitting category in the top 3: {top3:.0%}, first: {first:.0%}")
    if args.verbose:
        for query, wanted, got in misses:
            print(f"  MISS {query!r}: wanted {wanted}, got {got}")


if __name__ == "__main__":
    main()
