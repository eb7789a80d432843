"""`oudergesprek check`: validate libraries and report every problem at once."""

from __future__ import annotations

from pathlib import Path

from oudergesprek.errors import EXIT_NOT_FOUND, EXIT_OK, UsageError


def run(paths: list[Path]) -> int:
    from oudergesprek.library import Source, builtin_dir, configured_sources, load

    if paths:
        missing = [p for p in paths if not p.exists()]
        if missing:
            raise UsageError(f"Niet gevonden: {', '.join(str(p) for p in missing)}")
        # A school library is checked against the built-in names (situations, kinds) it builds on.
        sources = [Source("ingebouwd", builtin_dir(), builtin=True)]
        sources += [Source(str(p), p) for p in paths if p.resolve() != builtin_dir().resolve()]
    else:
        sources = configured_sources()
    lib = load(sources)
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
