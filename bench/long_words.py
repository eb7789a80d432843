"""Speed on endless words: a long web address or a pasted run of letters must never hang a document.

    python bench/long_words.py

The tests prove that the work grows linearly (they count what is measured); this prints the times.
Targets: wrapping a 16,000-letter word under 5 s (every prefix is shaped by HarfBuzz), hiding names in a
60,000-letter answer under 1 s, looking up a 30,000-letter word under 1 s (it took two minutes and 700 MB).
"""

from __future__ import annotations

import time

from oudergesprek.documents import anonymize
from oudergesprek.render.layout import Engine
from oudergesprek.render.measure import Run
from oudergesprek.search.catalog import load_catalog
from oudergesprek.search.lookup import Filters, look_up


def timed(label: str, target: float, work) -> None:
    start = time.perf_counter()
    work()
    took = time.perf_counter() - start
    print(f"{label:<50} {took * 1000:8.0f} ms  ({'ok' if took < target else 'TE TRAAG'}; doel < {target:.0f} s)")


def main() -> None:
    word = "Zie https://school.nl/" + "a" * 16_000 + " en verder."
    timed("wrap: woord van 16.000 letters", 5.0, lambda: Engine().wrap([Run(word, 9)], 60))
    answer = "Zie " + "a" * 30_000 + " en " + "1" * 30_000 + "."
    hider = anonymize.Anonymizer.for_answers({"kind": "Sanne"})
    timed("--anoniem: antwoord van 60.000 tekens", 1.0, lambda: hider.text(answer))
    catalog = load_catalog()
    timed("phrase: woord van 30.000 letters", 1.0, lambda: look_up(catalog, "a" * 30_000, Filters(), 5))


if __name__ == "__main__":
    main()
