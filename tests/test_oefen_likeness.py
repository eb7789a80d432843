"""The check behind the checklist: an answer the checks find nothing in, compared with labelled answers."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml
from helpers import ROOT, exits_with, spawn_env, spawn_program, write

from oudergesprek.interview import likeness, rehearsal
from oudergesprek.library import load

sys.path.insert(0, str(ROOT / "bench"))

COMPARED = "trainers zwak"  # both texts of the comparison tip say this

# Written for this test, in words no check of the checklist knows: blaming the colleague who was on duty.
BLAMES_A_COLLEAGUE = "O jee, wat naar. Ik zeg het morgen meteen tegen juf Anouk, want zij had toen pleinwacht."
# A careful answer the checklist has nothing to say about either.
CAREFUL = "Fijn dat u er bent. Hoe gaat het nu thuis met Sem?"


def run_round(cli, isolated: Path, situation: str, answers: list[str]) -> list[dict]:
    data = {"situatie": situation, "aanspreekvorm": "u", "antwoorden": answers}
    path = write(isolated / "antwoorden.yaml", yaml.safe_dump(data, allow_unicode=True))
    result = cli("oefen", "--answers", str(path), "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_a_weak_answer_in_words_the_checklist_does_not_know_still_gets_a_tip(cli, isolated):
    (record,) = run_round(cli, isolated, "boze-ouder", [BLAMES_A_COLLEAGUE])
    assert len(record["tips"]) == 1 and COMPARED in record["tips"][0]


def test_a_careful_answer_gets_no_tip_from_the_comparison(cli, isolated):
    (record,) = run_round(cli, isolated, "emotionele-ouder", [CAREFUL])
    assert record["tips"] == []


def test_the_summary_names_the_comparison_as_the_thing_to_practise(cli, isolated):
    data = {"situatie": "boze-ouder", "aanspreekvorm": "u", "antwoorden": [BLAMES_A_COLLEAGUE]}
    path = write(isolated / "antwoorden.yaml", yaml.safe_dump(data, allow_unicode=True))
    result = cli("oefen", "--answers", str(path))
    assert result.exit_code == 0, result.output
    assert "Om te oefenen: uw antwoord naast de voorbeeldzinnen leggen" in " ".join(result.output.split())


def test_in_the_terminal_a_weak_answer_typed_at_once_gets_the_tip_and_a_picked_phrase_does_not(isolated):
    # typed before the examples are read in the background: the answer waits for them, it is not skipped
    child = spawn_program(["oefen", "--situatie", "boze-ouder", "--rondes", "2"], spawn_env(isolated, NO_COLOR="1"))
    child.expect("Opmerking 1 van 2")
    child.expect("Uw antwoord")
    child.sendline(BLAMES_A_COLLEAGUE)
    child.expect("Tip:")
    child.expect(r"Uw\s+antwoord\s+lijkt\s+op\s+antwoorden\s+die\s+trainers\s+zwak\s+vonden")
    child.expect("Opmerking 2 van 2")
    child.expect("Uw antwoord")
    child.sendline("k")
    child.expect(r"1\. ")
    child.expect("> ")
    child.sendline("1")
    child.expect("Tip:")
    child.expect("Samenvatting")
    assert "trainers zwak" not in child.before
    exits_with(child, 0)


def test_a_phrase_picked_from_a_school_library_is_not_compared_but_the_same_words_typed_are():
    # the built-in phrases are known to the comparison; a school's or a teacher's own phrases are not, so
    # a picked phrase is never compared: the library holds it up as good
    from oudergesprek.cli.commands import oefen_log

    lib = load.load([load.Source("ingebouwd", load.builtin_dir(), builtin=True)])
    remark = rehearsal.Remark("Waarom heeft niemand gezien dat hij viel?", 1.0, ())
    rnd = rehearsal.Round("boze-ouder", [remark], 1)
    typed, _ = oefen_log.respond(lib, rnd, remark, BLAMES_A_COLLEAGUE, "u", None, "")
    picked, _ = oefen_log.respond(lib, rnd, remark, BLAMES_A_COLLEAGUE, "u", None, "school-pleinwacht")
    assert "lijkt-op-zwak" in typed["tip_ids"]
    assert "lijkt-op-zwak" not in picked["tip_ids"]


def test_a_library_phrase_said_as_it_stands_is_never_compared_with_weak_answers():
    lib = load.load([load.Source("ingebouwd", load.builtin_dir(), builtin=True)])
    phrases = sorted(lib.phrases, key=lambda p: p.id)[::25]  # a spread of the library; all of them take a minute
    for phrase in phrases:
        for form in ("u", "je", "jullie"):
            said = rehearsal.text_of(phrase, form, "Noor")
            found = likeness.likeness(said, 7)
            assert found is None or found.weak_share == 0, (phrase.id, form)


def test_measuring_a_file_leaves_its_own_answers_out_of_the_comparison():
    path = ROOT / "tests" / "data" / "oefen_dev.yaml"
    own = frozenset({path.stem})
    for item in yaml.safe_load(path.read_text(encoding="utf-8"))["antwoorden"]:
        found = likeness.likeness(str(item["antwoord"]), 7, own)
        assert found is None or found.closest_weak is None or found.closest_weak.source != path.stem
    # and without leaving it out, an answer of the file finds itself: so the leaving out is what counts
    first = str(yaml.safe_load(path.read_text(encoding="utf-8"))["antwoorden"][0]["antwoord"])
    assert likeness.index().nearest(first, 1)[0][0].source == path.stem


def test_the_shipped_examples_are_the_labelled_answers_and_the_library_of_now():
    from oefen_voorbeelden import TARGET, examples, library_phrases

    shipped = json.loads(TARGET.read_text(encoding="utf-8"))["antwoorden"]
    assert shipped == examples() + library_phrases(), "run: python bench/oefen_voorbeelden.py"


def test_a_quoted_reason_never_names_the_child_or_colleague_of_another_answer(cli, isolated):
    # a labelled weak answer, typed word for word: the closest weak answer is itself, and its trainer's
    # reason named the boy it was about ("zonder te vragen wat Noah precies vertelde"); a teacher rehearsing
    # about another child must get the comparison's tip without that name
    typed = "Oh sorry, je hebt helemaal gelijk, dat was niet handig van mij. Ik zal het niet meer doen."
    labelled = yaml.safe_load((ROOT / "tests" / "data" / "oefen_blind121.yaml").read_text(encoding="utf-8"))
    (item,) = [i for i in labelled["antwoorden"] if " ".join(str(i["antwoord"]).split()) == typed]
    assert "Noah" in item["waarom"] and "Noah" not in typed
    (record,) = run_round(cli, isolated, "kritische-ouder", [typed])
    assert len(record["tips"]) == 1 and "Noah" not in record["tips"][0]
    assert COMPARED in record["tips"][0]
    shipped = json.loads((ROOT / "oudergesprek" / "data" / "oefenvoorbeelden.json").read_text(encoding="utf-8"))
    reasons = [row[4] for row in shipped["antwoorden"] if row[4]]
    assert reasons and not any("Noah" in reason or "Lotte" in reason for reason in reasons)
