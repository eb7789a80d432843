"""Commands around the talk: snel, reflect, plan and config (registered on the main app)."""

from __future__ import annotations

from oudergesprek.cli import app  # noqa: F401
