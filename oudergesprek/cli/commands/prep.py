"""`oudergesprek prep`: the interactive preparation, its drafts, and the one-page script."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from oudergesprek import errors
from oudergesprek.cli.commands.prep_overview import review
from oudergesprek.cli.commands.prep_questions import ask_remaining, ask_situation, complete_draft, new_preparation
from oudergesprek.errors import EXIT_OK, Interrupted, StopLikeCtrlC, UsageError
from oudergesprek.interview import drafts, ending, prompter
from oudergesprek.interview.questions import Flow, answer_problems, load_flow


@dataclass
class PrepOptions:
    resume: bool = False
    name: str | None = None
    list: bool = False
    answers: Path | None = None
    output: Path | None = None
    force: bool = False
    open: bool = False
    anonymous: bool = False
    front_only: bool = False  # --zonder-achterkant: only the side for the table

    def __post_init__(self) -> None:
        if self.name and not self.resume:
            self.resume = True  # `prep NAAM` goes on with that draft


def refuse_combinations(opts: PrepOptions) -> None:
    """Options that cannot go together are named, never silently ignored."""
    if opts.list:
        others = [
            flag
            for flag, on in (
                ("NAAM", opts.name),
                ("--resume", opts.resume and not opts.name),
                ("--answers", opts.answers),
                ("--output", opts.output),
                ("--force", opts.force),
                ("--open", opts.open),
                ("--anoniem", opts.anonymous),
                ("--zonder-achterkant", opts.front_only),
            )
            if on
        ]
        if others:
            raise UsageError(
                f"--list en {' en '.join(others)} kunnen niet samen: --list toont alleen de voorbereidingen.",
                f"Laat {' en '.join(others)} weg, of laat --list weg.",
            )
    if opts.answers and opts.resume:
        raise UsageError(
            f"--answers en {'NAAM' if opts.name else '--resume'} kunnen niet samen: "
            "met --answers komen alle antwoorden uit het bestand.",
            f"Laat {'NAAM' if opts.name else '--resume'} weg, of laat --answers weg.",
        )


def run(opts: PrepOptions) -> int:
    refuse_combinations(opts)
    if opts.list:
        return list_drafts()
    from oudergesprek.cli.commands.phrase import warn_problems
    from oudergesprek.search.catalog import load_catalog

    if opts.output is not None:  # before the first question, not after the last
        from oudergesprek import render

        opts.output = Path(os.path.expanduser(str(opts.output)))
        render.check_target(opts.output, force=opts.force)
    flow = load_flow()
    catalog = load_catalog()
    warn_problems(catalog.library.problems)
    if opts.answers:
        answers = read_answers(opts.answers, catalog.library, flow)
        with stop_before_the_script(None):
            return finish(answers, None, catalog, flow, opts)
    if not sys.stdin.isatty():
        raise UsageError(
            "De voorbereiding stelt vragen en heeft daarvoor een terminal nodig.",
            f"Zonder terminal: {errors.program()} prep --answers BESTAND.yaml (zie de voorbeelden in examples/).",
        )
    draft = drafts.find(opts.name) if opts.resume else None
    draft = interview(draft, catalog, flow)
    with stop_before_the_script(draft):
        return finish(draft.answers, draft, catalog, flow, opts)


@contextmanager
def stop_before_the_script(draft: drafts.Draft | None) -> Iterator[None]:
    """Around the preview and the script: Ctrl-C, SIGTERM or a closed terminal reset the colours and say
    whether the script was saved, and how to make it. An interview's draft is finished only once its script
    is written (see `script_written`), so until then `prep --resume` finds it."""
    try:
        yield
    except KeyboardInterrupt:
        from oudergesprek.terminal import reset_colours

        reset_colours()
        if draft is None:
            raise Interrupted(
                "\nGestopt. Het script is niet opgeslagen.", "Start dezelfde opdracht opnieuw om het te maken."
            ) from None
        if draft.status == drafts.STATUS_DONE:
            raise Interrupted("\nGestopt. Het script was al opgeslagen.") from None
        raise Interrupted(
            "\nGestopt. Het script is niet opgeslagen; uw antwoorden wel.",
            f"Maak het script met: {errors.program()} prep --resume {draft.name}",
        ) from None


def script_written(draft: drafts.Draft | None) -> None:
    """The preparation is finished: its script is on disk (or cannot be drawn here, which was said)."""
    if draft is not None:
        draft.meta["status"] = drafts.STATUS_DONE
        drafts.save(draft)


def read_answers(path: Path, lib, flow: Flow) -> dict:
    from oudergesprek.interview import flows

    return flows.checked_file(path, lambda data: answer_problems(data, lib.situations, flow))


def list_drafts() -> int:
    found, messages = drafts.all_drafts()
    for message in messages:
        print(message, file=sys.stderr)
    if not found:
        print(f"Nog geen voorbereidingen. Begin er een met: {errors.program()} prep")
        return EXIT_OK
    print(f"{'Naam':<42} {'Kind':<14} {'Situatie':<20} {'Bijgewerkt':<17} Status")
    for d in found:
        updated = str(d.meta.get("bijgewerkt", ""))[:16].replace("T", " ")
        child = str(d.answers.get("kind", ""))[:14]
        print(f"{d.name:<42} {child:<14} {str(d.answers.get('situatie', '')):<20} {updated:<17} {d.status}")
    return EXIT_OK


def interview(draft: drafts.Draft | None, catalog, flow: Flow) -> drafts.Draft:
    """Ask every unanswered question; each answer is saved at once. Ctrl-C, Ctrl-D or a hang-up lose nothing."""
    stop = StopLikeCtrlC().__enter__()
    lib = catalog.library
    try:
        if draft is None:
            prompter.say(
                "Voorbereiding van een oudergesprek. Typ ? bij een vraag voor uitleg; Ctrl-C bewaart en stopt.\n"
            )
            situation = ask_situation(lib)
            draft = new_preparation(situation)
            drafts.hold(draft)
        else:
            drafts.hold(draft)
            prompter.say(f"Verder met {draft.name}.\n")
        ask_remaining(draft, catalog, flow)
        complete_draft(draft, catalog, flow)
        review(draft, catalog, flow)
        while (too_long := overflow(draft.answers, catalog, flow)) is not None:
            prompter.say(f"\n{too_long}\nKort een of twee lange antwoorden in; daarna maak ik het script.")
            review(draft, catalog, flow)
        return draft  # finished once the script is written (script_written)
    except BaseException as error:  # Ctrl-C, Ctrl-D, a hang-up or a failed save: what is kept, how to go on
        raise ending.ended(error, draft, f"{errors.program()} prep --resume {draft.name}" if draft else "") from None
    finally:
        ending.close(stop, draft)


def overflow(answers: dict, catalog, flow: Flow) -> str | None:
    """Why the script would not fit on its page(s), or None when it fits."""
    from oudergesprek import render
    from oudergesprek.documents.script import build

    try:
        render.check_fits(build(answers, catalog.library, flow, catalog.index))
    except render.DocumentTooLong as error:
        return error.message
    return None


def documents_folder() -> Path:
    """Where a teacher looks for a file: the Documents folder (XDG_DOCUMENTS_DIR, Documenten or Documents),
    else the home folder."""
    home = Path.home()
    named = os.environ.get("XDG_DOCUMENTS_DIR")
    if named and os.path.isabs(os.path.expandvars(named)):
        return Path(os.path.expandvars(named))
    for name in ("Documenten", "Documents"):
        if (home / name).is_dir():
            return home / name
    return home


def free_name(
    folder: Path,
    stem: str,
    suffix: str,
    may_replace: Callable[[Path], bool] | None = None,
    taken: Callable[[Path], bool] | None = None,
) -> Path:
    """stem.pdf, or stem-2.pdf, stem-3.pdf...: two children with the same initials never overwrite each other.
    A file that `may_replace` allows (the same draft's own earlier script) is taken again; a name that
    `taken` refuses is skipped even when no file has it yet."""
    target, n = folder / f"{stem}{suffix}", 2
    while (target.exists() and not (may_replace is not None and may_replace(target))) or (
        taken is not None and taken(target)
    ):
        target, n = folder / f"{stem}-{n}{suffix}", n + 1
    return target


def script_place(folder: Path, stem: str, draft: drafts.Draft, owner: dict[str, str]) -> Path:
    """Where this draft's script goes in `folder`: stem.pdf, or the first free stem-N.pdf. Only this draft's
    own earlier script, unchanged, is written over; a file of the teacher's or of another draft (another
    child with the same initials) stays. In the data folder, no name that belongs to another draft there
    (`NAME-2.pdf` beside the draft `NAME-2.yaml`): `wis` would take it for that draft's."""
    from oudergesprek.documents.exports import is_own

    def other_drafts(path: Path) -> bool:
        return path.stem != draft.name and path.with_name(f"{path.stem}.yaml").exists()

    return free_name(folder, stem, ".pdf", lambda path: is_own(path, owner), other_drafts)


def finish(answers: dict, draft: drafts.Draft | None, catalog, flow: Flow, opts: PrepOptions) -> int:
    from oudergesprek import render
    from oudergesprek.documents import anonymize
    from oudergesprek.documents.exports import remember
    from oudergesprek.documents.script import build

    if draft is not None:
        drafts.check_still_there(draft)  # deleted in another window: no script of it either
    document = build(answers, catalog.library, flow, catalog.index, back=not opts.front_only)
    if opts.anonymous:
        document = anonymize.document(document, answers)
    if opts.output:
        written = render.render(document, opts.output, force=opts.force)
        script_written(draft)
        print(f"Script opgeslagen:\n{written}", flush=True)
        remember(written, [answers.get("kind")])
        if opts.open:
            from oudergesprek.cli.commands import open_file

            open_file(written)
        return EXIT_OK
    if draft is None:
        render.print_document(document)
        return EXIT_OK
    render.print_document(document)
    from oudergesprek.documents.exports import owner_of
    from oudergesprek.errors import warn
    from oudergesprek.render.pdf import CannotDraw

    owner = owner_of(draft)  # what the list of saved files notes about the draft the script came from
    # the anonymous file name must not give away whom it is about
    stem = anonymize.file_stem(draft.name, answers) if opts.anonymous else draft.name
    moved = ""
    try:
        try:
            target = render.render(document, script_place(documents_folder(), stem, draft, owner), force=True)
        except CannotDraw:
            raise
        except UsageError as refused:  # Documenten is missing, full or not writable: beside the draft
            target = render.render(document, script_place(draft.path.parent, stem, draft, owner), force=True)
            moved = refused.message
    except CannotDraw as error:  # the preparation itself is saved: a note, not a failure
        script_written(draft)
        warn(f"{error.message}\n{error.hint}")
        return EXIT_OK
    script_written(draft)
    if moved:
        why = (moved[:1].lower() + moved[1:]).rstrip(".")
        warn(f"uw map met documenten kon niet worden gebruikt ({why}). Het script staat daarom bij uw voorbereidingen.")
    sides = "twee kanten: voorkant voor op tafel, achterkant voor uzelf" if document.back else "één kant"
    print(f"\nHet script ({sides}) staat klaar om te printen:\n{target}", flush=True)
    remember(target, [answers.get("kind")], owner)
    return EXIT_OK
