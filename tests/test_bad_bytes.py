"""An invalid byte typed at a prompt is cleaned; what cannot be read back is never saved."""

from __future__ import annotations

import subprocess

import pytest
import yaml
from helpers import SCRIPT, first_reflection_answer

from oudergesprek.cleantext import clean_input
from oudergesprek.interview import drafts


@pytest.mark.parametrize("locale", [{"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0"}, {"PYTHONUTF8": "1"}])
def test_a_bad_byte_at_a_prompt_is_saved_readably(isolated, locale):
    folder, env = first_reflection_answer(isolated, b"aan de deur met Ren\xe9 \x1b[2J\n", **locale)
    saved = list(folder.glob("*.yaml"))
    assert len(saved) == 1, "the draft is kept, not set aside as damaged"
    answers = yaml.safe_load(saved[0].read_text(encoding="utf-8"))
    assert answers["gesprek"].startswith("aan de deur met Ren")
    assert "\x1b" not in answers["gesprek"]
    assert not list(folder.glob("*beschadigd*"))
    listing = subprocess.run([SCRIPT, "reflect", "--list"], env=env, capture_output=True, timeout=60)
    assert b"aan de deur met Ren" in listing.stdout


def test_clean_input_replaces_surrogates_and_drops_controls():
    assert clean_input("Ren\udce9\x07 \x1b]52;c;aGk=\x07!") == "Ren\ufffd !"  # the whole sequence goes
    assert clean_input("San\x1b[8mne \x1b[31mrood\x1b[0m") == "Sanne rood"
    assert clean_input("a\nb") == "a b"
    assert clean_input("e\u0301") == "\u00e9"


def test_a_draft_that_cannot_be_read_back_is_not_written(isolated):
    draft = drafts.create("2026-11-23-daan-reflectie", {"kind": "Daan"}, "reflecties")
    before = draft.path.read_bytes()
    draft.answers["gevraagd"] = object()  # nothing YAML can write
    with pytest.raises(Exception):  # noqa: B017 - yaml refuses before anything is written
        drafts.save(draft)
    assert draft.path.read_bytes() == before


def test_lone_surrogates_in_answers_are_cleaned_before_saving(isolated):
    draft = drafts.create("2026-11-23-daan-reflectie", {"kind": "Daan\udce9"}, "reflecties")
    assert drafts.read(draft.path).answers["kind"] == "Daan\ufffd"


def test_a_nul_byte_at_a_prompt_does_not_cut_the_answer_off(isolated):
    """Ctrl-Space or Ctrl-@ sends NUL; what was typed after it is kept, without an extra Enter."""
    folder, _ = first_reflection_answer(isolated, b"aan de deur\x00 met vader (Tom) en moeder (Ayse)\r")
    (saved,) = folder.glob("*.yaml")
    answers = yaml.safe_load(saved.read_text(encoding="utf-8"))
    assert answers["gesprek"] == "aan de deur met vader (Tom) en moeder (Ayse)"
