"""The private log of `oudergesprek oefen`: the record of each answer (its feedback and the phrases shown),
kept in one file per round in the folder `oefenrondes` and saved (atomically) after every answer, so that
Ctrl-C, Ctrl-D or a closed laptop loses nothing."""

from __future__ import annotations

from typing import Any

from oudergesprek.interview import drafts, feedback, flows, rehearsal
from oudergesprek.library.model import Library

FOLDER = "oefenrondes"


def spec() -> flows.Spec:
    return flows.load("oefenen", FOLDER, "oefen", extra_keys=("kind",))


def new_log(situation: str, form: str, length: int, source: str, child: str | None = None) -> dict[str, Any]:
    """A new practice log. The child's name, when one was given, is kept in it as `kind`: the remarks and
    answers hold that name, and `wis --kind` finds a log by it."""
    from oudergesprek.names import clean

    named = {"kind": clean(child)} if child and clean(child) else {}
    return {"situatie": situation, **named, "aanspreekvorm": form, "rondes": length, "bron": source, "opmerkingen": []}


def save_record(draft: drafts.Draft | None, log: dict[str, Any], record: dict[str, Any]) -> drafts.Draft:
    """Add one answer to the log on disk: made at the first answer, saved (atomically) after each one."""
    log["opmerkingen"].append(record)
    if draft is None:
        return drafts.create(drafts.new_name("oefenen", log["situatie"], FOLDER), log, FOLDER)
    drafts.save(draft)
    return draft


def close_log(draft: drafts.Draft | None, lines: list[str]) -> None:
    if draft is None:
        return
    draft.answers["samenvatting"] = lines
    draft.meta["status"] = drafts.STATUS_DONE
    drafts.save(draft)


def respond(
    lib: Library, rnd: rehearsal.Round, remark: rehearsal.Remark, answer: str, form: str, child: str | None, picked: str
) -> tuple[dict[str, Any], int]:
    """Feedback on one answer, as the record kept in the log, and how the parent takes it."""
    said = rehearsal.remark_text(remark, child)
    result = feedback.check(answer, said, rnd.situation, compare=not picked)  # a picked phrase is not compared
    step = rnd.answered(remark, result)
    shown = rehearsal.examples(
        remark, lib, rnd.situation, form, skip=[picked] if picked else (), place=rnd.place, seen=rnd.shown
    )
    rnd.shown.extend(p.id for p in shown)
    record: dict[str, Any] = {
        "opmerking": said,
        "antwoord": answer,
        "goed": [rule.text_in(form) for rule in result.good],
        "tips": [rule.text_in(form) for rule in result.tips],
        "voorbeelden": [{"id": p.id, "tekst": rehearsal.text_of(p, form, child), "waarom": p.why} for p in shown],
        "hitte": remark.heat,
        "goed_ids": [rule.id for rule in result.good],
        "tip_ids": [rule.id for rule in result.tips],
    }
    if picked:
        record["gekozen"] = picked
    return record, step


def public(record: dict[str, Any]) -> dict[str, Any]:
    """The keys of --json: opmerking, antwoord, goed, tips, voorbeelden (id and tekst)."""
    return {
        "opmerking": record["opmerking"],
        "antwoord": record["antwoord"],
        "goed": record["goed"],
        "tips": record["tips"],
        "voorbeelden": [{"id": v["id"], "tekst": v["tekst"]} for v in record["voorbeelden"]],
    }
