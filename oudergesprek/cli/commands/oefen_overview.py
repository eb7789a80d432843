"""`oudergesprek oefen --overzicht`: progress over the rounds kept in the log."""

from __future__ import annotations

from typing import Any

from oudergesprek.cli.commands.oefen_log import spec
from oudergesprek.cli.commands.oefen_screen import situation_title, summary_lines, wrap
from oudergesprek.errors import EXIT_OK
from oudergesprek.interview import drafts, flows


def _decimal(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def _records(item: drafts.Draft) -> list[dict[str, Any]]:
    records = item.answers.get("opmerkingen")
    return [r for r in records if isinstance(r, dict)] if isinstance(records, list) else []


def _tips_per_answer(records: list[dict[str, Any]]) -> float:
    counts = [len(r.get("tip_ids") or r.get("tips") or []) for r in records]
    return sum(counts) / len(counts) if counts else 0.0


def overview() -> int:
    items = [item for item in flows.listed(spec()) if _records(item)]
    if not items:
        print("Nog geen oefenrondes. Begin er een met: oudergesprek oefen")
        return EXIT_OK
    from oudergesprek.search.catalog import load_catalog

    lib = load_catalog().library
    answers = sum(len(_records(item)) for item in items)
    unfinished = sum(1 for item in items if item.status != drafts.STATUS_DONE)
    head = f"Uw oefenrondes: {len(items)}" + (f" ({unfinished} niet afgemaakt)" if unfinished else "")
    print(f"{head}, samen {answers} {'antwoord' if answers == 1 else 'antwoorden'}.")
    oldest_first = list(reversed(items))
    if len(items) >= 2:
        half = len(items) // 2
        early = [r for item in oldest_first[:half] for r in _records(item)]
        late = [r for item in oldest_first[half:] for r in _records(item)]
        print(
            f"Tips per antwoord: {_decimal(_tips_per_answer(early))} in de eerste rondes, "
            f"{_decimal(_tips_per_answer(late))} in de laatste."
        )
    print(f"\n{'Nr':>3}  {'Naam':<34} {'Situatie':<20} {'Antw.':>5}  {'Tips/antw.':>10}  Status")
    for number, item in enumerate(items, 1):
        records = _records(item)
        title = situation_title(lib, str(item.answers.get("situatie", "")))[:20]
        per = _decimal(_tips_per_answer(records))
        print(f"{number:>3}  {item.name[:34]:<34} {title:<20} {len(records):>5}  {per:>10}  {item.status}")
    recent = [r for item in items[:3] for r in _records(item)]
    print("")
    for line in summary_lines(recent, str(items[0].answers.get("aanspreekvorm") or "u")):
        print(wrap(line.replace("Wat u liet zien", "Wat u de laatste rondes liet zien"), ""))
    print("\nEen ronde verwijderen: oudergesprek wis NAAM; alle rondes: oudergesprek wis --oefenrondes")
    return EXIT_OK
