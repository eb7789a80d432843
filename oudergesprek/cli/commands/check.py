"""`oudergesprek check`: validate libraries and report every problem at once."""

from __future__ import annotations

from pathlib import Path

from oudergesprek.errors import EXIT_NOT_FOUND, EXIT_OK, UsageError


def run(paths: list[Path]) -> int:
    from oudergesprek.library.load import Source, builtin_dir, configured_sources, load

    if paths:
        missing = [p for p in paths if not p.exists()]
        if missing:
            raise UsageError(f"Niet gevonden: {', '.join(str(p) for p in missing)}")
        # A school library is checked against the built-in names (situations, categories) it builds on.
        sources = [Source("ingebouwd", builtin_dir(), builtin=True)]
        sources += [Source(str(p), p) for p in paths if p.resolve() != builtin_dir().resolve()]
    else:
        sources = configured_sources()
    lib = load(sources)
    lib.problems.extend(too_wide(lib.phrases))
    checked = ", ".join(s.label for s in sources)
    if not lib.problems:
        print(f"Alles in orde: {len(lib.phrases)} zinnen gecontroleerd ({checked}).")
        return EXIT_OK
    for problem in lib.problems:
        print(problem)
    count = len(lib.problems)
    noun = "probleem" if count == 1 else "problemen"
    print(f"\n{count} {noun} gevonden. De overige {len(lib.phrases)} zinnen zijn in orde.")
    return EXIT_NOT_FOUND


def too_wide(phrases: list) -> list:
    """Phrases with a word (such as a long web address) wider than a column of a printed page, even at
    the smallest size: it would be cut in the middle. Measured with the PDF font."""
    import json

    from oudergesprek.library.model import Problem
    from oudergesprek.render import style
    from oudergesprek.render.style import Scale

    s = Scale(style.MIN_SIZE)
    room = style.column_width(2) - 2 * s.box_pad - s.bar_indent
    letters: dict[str, float] = json.loads(style.font_file("latin-widths.json").read_text("utf-8"))["breedtes"]
    engine = None

    def fits(word: str) -> bool:
        """A word of Latin letters is never wider than its letters one by one (kerning only narrows it):
        well within the column by that sum, it needs no font. Any other word is measured with the font."""
        nonlocal engine
        if all(c in letters for c in word) and sum(letters[c] for c in word) * s.body < room * 0.9:
            return True
        if engine is None:
            from oudergesprek.render.layout import Engine

            engine = Engine()
        from oudergesprek.render.measure import Run

        return engine.width(word, Run(word, s.body)) <= room

    found = []
    for phrase in phrases:
        words = {w for form in ("u", "je") for w in phrase.text(form).split()}
        wide = [w for w in sorted(words, key=len, reverse=True) if not fits(w)]
        if wide:
            shown = wide[0] if len(wide[0]) <= 40 else wide[0][:37] + "..."
            found.append(
                Problem(
                    phrase.source,
                    phrase.line,
                    f"Het woord '{shown}' ({len(wide[0])} tekens) is te breed voor een kolom op papier en wordt "
                    "midden in het woord afgebroken. Maak het korter, bijvoorbeeld een kortere link.",
                )
            )
    return found
