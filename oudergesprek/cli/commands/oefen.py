"""`oudergesprek oefen`: rehearse the hard moment before it happens. The program plays the parent, the
teacher answers, and a checklist gives feedback; every round is kept in a private log."""

from __future__ import annotations

import json
import signal
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from oudergesprek.errors import EXIT_OK, Interrupted, NotFound, UsageError, raise_interrupt
from oudergesprek.interview import checklist, drafts, feedback, flows, likeness, prompter, rehearsal
from oudergesprek.interview.ending import NOTHING_YET
from oudergesprek.interview.questions import Question
from oudergesprek.library.model import Library

FOLDER = "oefenrondes"
SHOWN_ANSWER = 300  # characters of a long answer echoed on screen (the log keeps all of it)
NO_REMARKS = (
    "De zinnenbibliotheek bevat nog geen opmerkingen van ouders (het veld 'ouder_zegt'), en zonder "
    "opmerkingen kan ik de ouder niet spelen."
)
NO_REMARKS_HINT = (
    "Zet bij een zin onder 'ouder_zegt' wat een ouder zegt waarop die zin antwoordt, in uw eigen of de "
    "schoolbibliotheek (zie oudergesprek check), of wacht op de nieuwe bibliotheek."
)
REACTION = {
    -1: "De ouder wordt wat rustiger.",
    0: "De ouder gaat verder.",
    1: "De ouder wordt feller.",
}


@dataclass
class OefenOptions:
    situation: str | None = None
    form: str | None = None
    remarks: int = rehearsal.DEFAULT_REMARKS
    answers: Path | None = None
    as_json: bool = False
    overview: bool = False
    child: str | None = None


def spec() -> flows.Spec:
    return flows.load("oefenen", FOLDER, "oefen", extra_keys=("kind",))


def run(opts: OefenOptions) -> int:
    if opts.overview:
        if opts.answers or opts.as_json or opts.situation:
            raise UsageError("--overzicht gaat over alle rondes samen; laat de andere opties weg.")
        return overview()
    if not 1 <= opts.remarks <= rehearsal.MAX_REMARKS:
        raise UsageError(f"--rondes moet een getal van 1 tot en met {rehearsal.MAX_REMARKS} zijn.")
    if opts.as_json and not opts.answers:
        raise UsageError("--json hoort bij --answers: de antwoorden komen dan uit een bestand.")
    from oudergesprek.cli.commands.phrase import resolve_form, warn_problems
    from oudergesprek.search.catalog import load_catalog

    form = resolve_form(opts.form)
    catalog = load_catalog()
    warn_problems(catalog.library.problems)
    lib = catalog.library
    if not rehearsal.any_remarks(lib):
        raise NotFound(NO_REMARKS, NO_REMARKS_HINT)
    if opts.situation:
        check_situation(lib, opts.situation, form)
    if opts.answers:
        return from_file(lib, opts)
    if not sys.stdin.isatty():
        raise UsageError(
            "Oefenen gaat in gesprek met u en heeft daarvoor een terminal nodig.",
            "Zonder terminal: oudergesprek oefen --answers BESTAND.yaml (met situatie, aanspreekvorm en antwoorden).",
        )
    return interactive(lib, opts.situation, form, opts.remarks, opts.child)


def situation_title(lib: Library, slug: str) -> str:
    term = lib.situations.get(slug)
    return term.title if term else slug


def situation_problem(lib: Library, situation: str, form: str) -> str | None:
    """Why this situation cannot be rehearsed in this form, or None."""
    if situation not in lib.situations:
        from oudergesprek.errors import unknown

        return unknown("situatie", situation, lib.situations)
    if rehearsal.remarks(lib, situation, form):
        return None
    fitting = rehearsal.situations_with_remarks(lib, form)
    other = [f for f in ("u", "je", "jullie") if f != form and rehearsal.remarks(lib, situation, f)]
    message = f"Voor '{situation}' staan er nog geen opmerkingen van ouders in de {form}-vorm in de bibliotheek."
    if other:
        message += f" Wel in de {other[0]}-vorm: --aanspreekvorm {other[0]}."
    elif fitting:
        message += f" Wel voor: {', '.join(sorted(fitting))}."
    return message


def check_situation(lib: Library, situation: str, form: str) -> None:
    problem = situation_problem(lib, situation, form)
    if problem:
        raise UsageError(problem)


# --- one answer -----------------------------------------------------------------------------------------


def respond(
    lib: Library, rnd: rehearsal.Round, remark: rehearsal.Remark, answer: str, form: str, child: str | None, picked: str
) -> tuple[dict[str, Any], int]:
    """Feedback on one answer, as the record kept in the log, and how the parent takes it."""
    said = rehearsal.remark_text(remark, child)
    result = feedback.check(answer, said, rnd.situation, compare=not picked)  # a picked phrase is not compared
    step = rnd.answered(remark, result)
    shown = rehearsal.examples(remark, lib, rnd.situation, form, skip=[picked] if picked else (), place=rnd.place)
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


def _wrap(text: str, first: str, rest: str | None = None) -> str:
    return textwrap.fill(
        text, width=78, initial_indent=first, subsequent_indent=rest if rest is not None else " " * len(first)
    )


TIPS_IN_FULL = 3  # the most important tips in full; the rest by name, so the list stays short


def show_feedback(record: dict[str, Any]) -> None:
    say = prompter.say
    say("")
    say("Goed:")
    for line in record["goed"] or ["Niets wat de checklist herkent; kijk bij de zinnen hieronder."]:
        say(_wrap(line, "  + "))
    say("Tip:")
    tips = record["tips"]
    for line in tips[:TIPS_IN_FULL] or ["Geen: de checklist vond niets om te verbeteren."]:
        say(_wrap(line, "  - "))
    if len(tips) > TIPS_IN_FULL:
        rules = checklist.load_rules()
        names = [rule.name for i in record.get("tip_ids", [])[TIPS_IN_FULL:] if (rule := rules.rule(i))]
        more = ", ".join(names) if names else f"nog {len(tips) - TIPS_IN_FULL} punten"
        say(_wrap(f"Daarna: {more}.", "  - "))
    if record["voorbeelden"]:
        say("Zinnen uit de bibliotheek bij deze opmerking:")
        for number, example in enumerate(record["voorbeelden"], 1):
            say(_wrap(f"\u201c{example['tekst']}\u201d", f"  {number}. "))
            if example.get("waarom"):
                say(_wrap(f"Waarom: {example['waarom']}", "     "))
    say(_wrap(checklist.load_rules().checklist, "  (", "   ") + ")")


def summary_lines(records: list[dict[str, Any]], form: str) -> list[str]:
    result = feedback.summary([(r.get("goed_ids", []), r.get("tip_ids", [])) for r in records])
    shown = ", ".join(f"{name} ({times_text(n)})" for name, n in result.shown)
    lines = [f"Wat u liet zien: {shown}." if shown else "Wat u liet zien: de checklist herkende nog niets."]
    if result.practise is not None:
        lines.append(f"Om te oefenen: {result.practise.name}. {result.practise.practise_in(form)}".rstrip())
    else:
        lines.append("Om te oefenen: niets kwam steeds terug. Probeer eens een feller moment, zoals verbale-agressie.")
    return lines


def times_text(count: int) -> str:
    return "1 keer" if count == 1 else f"{count} keer"


def short(text: str, limit: int = SHOWN_ANSWER) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


# --- the log --------------------------------------------------------------------------------------------


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


# --- in a terminal --------------------------------------------------------------------------------------


def ask_situation(lib: Library, form: str) -> str:
    counts = rehearsal.situations_with_remarks(lib, form)
    options = [(slug, lib.situations[slug].title) for slug in lib.situations if slug in counts]
    explained = "\n".join(
        f"{lib.situations[s].title}: {lib.situations[s].explanation} ({counts[s]} opmerkingen)" for s, _ in options
    )
    question = Question("situatie", "Welk moment wilt u oefenen?", f"Kies het nummer dat het best past.\n{explained}")
    return prompter.ask_choice(question, options)


def ask_answer(
    remark: rehearsal.Remark, lib: Library, rnd: rehearsal.Round, form: str, child: str | None
) -> tuple[str, str]:
    """The teacher's answer, or a library phrase picked with k: (text, id of a picked phrase or '')."""
    while True:
        answer = prompter.read("Uw antwoord (k: kies een zin uit de bibliotheek)\n> ").strip()
        if answer.lower() in prompter.HELP_KEYS:
            prompter.say(
                _wrap(
                    "Zeg wat u tegen deze ouder zou zeggen, zoals u het hardop zou uitspreken. Typ k om uit "
                    "zinnen van de bibliotheek te kiezen; ook dan krijgt u tips. Ctrl-C stopt; uw antwoorden "
                    "tot nu toe zijn dan bewaard.",
                    "  ",
                )
            )
            continue
        if not answer:
            prompter.say("  Typ een antwoord, of k om een zin te kiezen.")
            continue
        if answer.lower() != "k":
            return answer, ""
        options = rehearsal.examples(remark, lib, rnd.situation, form, limit=4, place=rnd.place)
        if not options:
            prompter.say("  Voor deze opmerking staan er geen zinnen in de bibliotheek; typ uw eigen antwoord.")
            continue
        texts = [rehearsal.text_of(p, form, child) for p in options]
        question = Question("zin", "Welke zin zou u zeggen?", "Kies de zin die u het meest vindt passen.")
        chosen = prompter.ask_phrase(question, texts)
        if not chosen:
            continue
        picked = next((p.id for p, text in zip(options, texts, strict=True) if text == chosen), "")
        return chosen, picked


def interactive(lib: Library, situation: str | None, form: str, length: int, child: str | None) -> int:
    previous = signal.signal(signal.SIGHUP, raise_interrupt) if hasattr(signal, "SIGHUP") else None
    draft: drafts.Draft | None = None
    say = prompter.say
    try:
        say(
            _wrap(
                "Oefenen: ik speel de ouder, u antwoordt. Typ uw antwoord en druk op Enter; typ k om een zin "
                "uit de bibliotheek te kiezen, ? voor uitleg. Ctrl-C stopt; uw antwoorden zijn dan bewaard.",
                "",
            )
        )
        situation = situation or ask_situation(lib, form)
        child, pronoun = child_and_pronoun(child)
        rnd = rehearsal.Round.start(lib, situation, form, length, bool(child), pronoun, workplace())
        likeness.warm()
        if rnd.length < length:
            say(f"\nVoor deze situatie zijn er {rnd.length} opmerkingen; de ronde telt er {rnd.length}.")
        say(f"\nSituatie: {situation_title(lib, situation)}. U spreekt de ouder aan met '{form}'.")
        log = new_log(situation, form, rnd.length, "terminal", child)
        remark = rnd.next()
        while remark is not None:
            say(f"\n\u2500\u2500 Opmerking {len(rnd.used) + 1} van {rnd.length} \u2500\u2500")
            say(_wrap(f"\u201c{rehearsal.remark_text(remark, child)}\u201d", "Ouder: ", "       "))
            answer, picked = ask_answer(remark, lib, rnd, form, child)
            record, step = respond(lib, rnd, remark, answer, form, child, picked)
            draft = save_record(draft, log, record)
            show_feedback(record)
            remark = rnd.next()
            if remark is not None:
                reaction = REACTION[step]
                if step > 0 and situation in checklist.load_rules().escalate_until_limit:
                    reaction = "De ouder wordt feller: er is nog geen grens gesteld."
                say(f"\n{reaction}")
        lines = summary_lines(log["opmerkingen"], form)
        close_log(draft, lines)
        say("\n\u2500\u2500 Samenvatting \u2500\u2500")
        for line in lines:
            say(_wrap(line, ""))
        if draft is not None:
            say(f"\nBewaard in uw oefenlogboek: {draft.name}")
        say("Uw voortgang over alle rondes: oudergesprek oefen --overzicht")
        return EXIT_OK
    except (KeyboardInterrupt, EOFError):
        if draft is None:
            raise Interrupted(NOTHING_YET) from None
        raise Interrupted(
            f"\nGestopt. Uw antwoorden tot nu toe staan in uw oefenlogboek ({draft.name}).",
            "Uw voortgang: oudergesprek oefen --overzicht",
        ) from None
    finally:
        if previous is not None:
            signal.signal(signal.SIGHUP, previous)


# --- from a file ----------------------------------------------------------------------------------------


def file_problems(
    lib: Library, data: dict, form: str, length: int, wanted: str | None, child: str | None = None
) -> list[str]:
    """What the generic check of an answers file does not know: the situation, each answer, the count."""
    found: list[str] = []
    situation = data.get("situatie")
    if situation is not None and not isinstance(situation, str):
        return ["'situatie' moet één naam zijn, zoals boze-ouder."]
    if wanted and situation and situation != wanted:
        found.append(f"--situatie {wanted} en 'situatie: {situation}' in het bestand verschillen; kies er één.")
    form = str(data.get("aanspreekvorm") or form)
    answers = data.get("antwoorden")
    if isinstance(answers, list):
        for number, answer in enumerate(answers, 1):
            if isinstance(answer, str) and not answer.strip():
                found.append(f"Antwoord {number} is leeg.")
    if not situation or form not in ("u", "je", "jullie"):
        return found
    problem = situation_problem(lib, situation, form)
    if problem:
        return [*found, problem]
    child, pronoun = child_and_pronoun(str(data.get("kind") or "") or child)
    rnd = rehearsal.Round.start(lib, situation, form, length, bool(child), pronoun, workplace())
    available, fitting = rnd.length, len(rnd.pool)
    if isinstance(answers, list) and len(answers) > available:
        found.append(
            f"'antwoorden' heeft {len(answers)} antwoorden, maar de ronde telt {available} opmerkingen"
            f" (--rondes {length}, en {fitting} opmerkingen voor '{situation}'); haal er"
            f" {len(answers) - available} weg."
        )
    return found


def workplace() -> str:
    """The setting `werkplek` (school or kinderopvang): which phrases and remarks fit a round."""
    from oudergesprek import settings

    return str(settings.get("werkplek") or "school")


def child_and_pronoun(typed: str | None) -> tuple[str | None, str | None]:
    """ "Daan, hij" -> ('Daan', 'hij'); "Noor" -> ('Noor', None): the name fills {kind}, the pronoun
    tells which remarks fit the child."""
    if not typed or not typed.strip():
        return None, None
    from oudergesprek.interview.childanswer import child_answer

    given = child_answer(typed)
    return str(given.get("kind") or typed.strip()), given.get("voornaamwoord")


def from_file(lib: Library, opts: OefenOptions) -> int:
    from oudergesprek.cli.commands.phrase import resolve_form

    default = resolve_form(opts.form)
    data = flows.read_answers(
        opts.answers,  # type: ignore[arg-type]
        spec(),
        extra=lambda raw: file_problems(lib, raw, default, opts.remarks, opts.situation, opts.child),
    )
    situation, form = str(data["situatie"]), str(data.get("aanspreekvorm") or default)
    child, pronoun = child_and_pronoun(str(data.get("kind") or "") or opts.child)
    rnd = rehearsal.Round.start(lib, situation, form, opts.remarks, bool(child), pronoun, workplace())
    log = new_log(situation, form, rnd.length, "bestand", child)
    draft: drafts.Draft | None = None
    remark = rnd.next()
    for answer in data["antwoorden"]:
        if remark is None:
            break
        record, _ = respond(lib, rnd, remark, str(answer).strip(), form, child, "")
        draft = save_record(draft, log, record)
        remark = rnd.next()
    lines = summary_lines(log["opmerkingen"], form)
    close_log(draft, lines)
    if opts.as_json:
        print(json.dumps([public(r) for r in log["opmerkingen"]], ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"Situatie: {situation_title(lib, situation)}. U spreekt de ouder aan met '{form}'.")
    for number, record in enumerate(log["opmerkingen"], 1):
        print(f"\n\u2500\u2500 Opmerking {number} van {rnd.length} \u2500\u2500")
        print(_wrap(f"\u201c{record['opmerking']}\u201d", "Ouder: ", "       "))
        print(_wrap(short(record["antwoord"]), "U:     ", "       "))
        show_feedback(record)
    print("\n\u2500\u2500 Samenvatting \u2500\u2500")
    for line in lines:
        print(_wrap(line, ""))
    if draft is not None:
        print(f"\nBewaard in uw oefenlogboek: {draft.name}")
    return EXIT_OK


# --- progress over rounds -------------------------------------------------------------------------------


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
        print(_wrap(line.replace("Wat u liet zien", "Wat u de laatste rondes liet zien"), ""))
    print("\nEen ronde verwijderen: oudergesprek wis NAAM; alle rondes: oudergesprek wis --oefenrondes")
    return EXIT_OK
