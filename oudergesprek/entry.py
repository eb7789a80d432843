"""The console script: a fast path for a plain look-up, Typer for everything else."""

from __future__ import annotations


def main() -> None:
    from oudergesprek.cli import app

    app()
