"""`oudergesprek oefen`: rehearse the hard moment before it happens. The program plays the parent, the
teacher answers, and a checklist gives feedback; every round is kept in a private log."""

from __future__ import annotations

import json
import signal
import sys
from dataclasses import dataclass
from pathlib import Path

from oudergesprek.cli.commands.oefen_log import close_log, new_log, public, respond, save_record, spec
from oudergesprek.cli.commands.oefen_overview import overview
from oudergesprek.cli.commands.oefen_screen import short, show_feedback, situation_title, summary_lines, wrap
from oudergesprek.errors import EXIT_OK, Interrupted, NotFound, UsageError, raise_interrupt
from oudergesprek.interview import checklist, drafts, flows, likeness, prompter, rehearsal
from oudergesprek.interview.ending import NOTHING_YET
from oudergesprek.interview.questions import Question
from oudergesprek.library.model import Library

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
                wrap(
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
        options = rehearsal.examples(remark, lib, rnd.situation, form, limit=4, place=rnd.place, seen=rnd.shown)
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
            wrap(
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
            say(wrap(f"\u201c{rehearsal.remark_text(remark, child)}\u201d", "Ouder: ", "       "))
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
            say(wrap(line, ""))
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
        print(wrap(f"\u201c{record['opmerking']}\u201d", "Ouder: ", "       "))
        print(wrap(short(record["antwoord"]), "U:     ", "       "))
        show_feedback(record)
    print("\n\u2500\u2500 Samenvatting \u2500\u2500")
    for line in lines:
        print(wrap(line, ""))
    if draft is not None:
        print(f"\nBewaard in uw oefenlogboek: {draft.name}")
    return EXIT_OK
