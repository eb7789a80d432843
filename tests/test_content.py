"""The built-in library itself: size, spread, both forms, spelling, and only our own words."""

from __future__ import annotations

import re
import subprocess
from collections import Counter
from pathlib import Path

import yaml
from helpers import ROOT, needs

from oudergesprek.library.fill import placeholders_in
from oudergesprek.library.forms import foreign_words
from oudergesprek.library.load import Source, builtin_dir, load
from oudergesprek.library.model import SKILLS

LIB = load([Source("ingebouwd", builtin_dir(), builtin=True)])
# Correct words that the Dutch hunspell dictionary does not know.
SPELLING_ALLOWED = {"Leary", "Eén", "belmoment", "haal", "Rolhelderheid", "tienminutengesprek", "Ayşe", "config"}
# Abbreviations of Dutch and Flemish schools and care, the article of the civil code, compounds the dictionary
# lacks, accents of emphasis (jíj, wéken) and one word that only an angry parent says.
SPELLING_ALLOWED |= {
    "377c", "CJG", "CLB-onderzoek", "IB", "OPP", "SBO", "sbo", "sbo-voorstel", "kdv", "app-discussie", "appbericht",
    "appwisselingen", "avondappjes", "klassenapp", "ouderapp", "privé-WhatsApp", "schoolapp", "goedkomt",
    "tekortkomt", "invaljuf", "terugbelmoment", "terugkijkmoment", "welles-nietes", "wenafspraken", "wendagen",
    "wenperiode", "wenschema", "wisseldag", "WIJ-team", "één-op-één", "jíj", "míj", "wéken", "klotezooi",
}  # fmt: skip


def test_library_loads_without_problems():
    assert LIB.problems == []


def test_at_least_450_phrases_in_every_skill_and_kind():
    assert len(LIB.phrases) >= 450
    per_skill = Counter(p.skill for p in LIB.phrases)
    per_category = Counter(p.category for p in LIB.phrases)
    assert set(per_skill) == set(SKILLS) and min(per_skill.values()) >= 50, per_skill
    assert len(LIB.categories) == 17 and all(per_category[k] >= 15 for k in LIB.categories), per_category


def test_every_situation_has_phrases_and_every_phrase_a_why_and_its_moment():
    per_situation = Counter(s for p in LIB.phrases for s in p.situations)
    assert all(per_situation[s] >= 5 for s in LIB.situations), per_situation
    for phrase in LIB.phrases:
        assert len(phrase.why) > 20, phrase.id
        assert 1 <= len(phrase.when) <= 3 and len(phrase.parent_says) <= 3, phrase.id
        assert phrase.situations, phrase.id


def test_three_forms_complete_and_never_mixed():
    for phrase in LIB.phrases:
        if re.search(r"(^|[.?!] )\{kind\},|, \{kind\}[.?!]", phrase.text_u):
            continue  # spoken to the child who sits at the table (by name), in every form alike
        if phrase.text_u == phrase.text_je == phrase.text_jullie:
            continue  # one text for every form: to nobody, or to someone else (the loader refuses a mix)
        assert not foreign_words(phrase.text_u, "u"), phrase.id
        assert not foreign_words(phrase.text_je, "je"), phrase.id  # one parent: no u, no jullie
        assert not foreign_words(phrase.text_jullie, "jullie"), phrase.id
        if phrase.text_u != phrase.text_je:  # the text speaks to the parent: two parents get their own form
            assert phrase.text_jullie, phrase.id
            if foreign_words(phrase.text_je, "u"):  # "je" in the je-form: the jullie-form must say it otherwise
                assert phrase.text_jullie != phrase.text_je, phrase.id
        places = sorted(placeholders_in(phrase.text_u))
        assert places == sorted(placeholders_in(phrase.text_je)) == sorted(placeholders_in(phrase.text_jullie))


STOP = set(
    """de het een en of maar dat die dit deze is zijn was waren ben bent heb heeft hebben had u uw je jij jouw jullie
    ik me mij mijn we wij ons onze hij zij ze haar hem er in op aan van voor met naar bij om te tot over uit als dan ook
    nog al wel niet geen wat hoe wie waar wanneer waarom zo nu even heel erg graag kan kunt kun kunnen wil wilt willen
    zal zou zullen moet moeten mag mogen gaat gaan ga doe doet doen dus want omdat toch eens hier daar wordt worden zeg
    zegt zeggen""".split()
)


def _content(text: str) -> set[str]:
    text = re.sub(r"\{[^}]*\}", " ", text.lower())
    return {w[:6] for w in re.findall(r"[a-zà-ÿ']+", text) if w not in STOP and len(w) > 1}


def test_each_moment_is_said_once_near_duplicates_at_most_10():
    """Two phrases of one category whose u-texts share 60% or more of their content words count as a pair."""
    pairs = []
    by_category: dict[str, list] = {}
    for phrase in LIB.phrases:
        by_category.setdefault(phrase.category, []).append((phrase.id, _content(phrase.text_u)))
    for rows in by_category.values():
        for i, (a, wa) in enumerate(rows):
            for b, wb in rows[i + 1 :]:
                if wa and wb and len(wa & wb) / min(len(wa), len(wb)) >= 0.6:
                    pairs.append((a, b))
    assert len(pairs) <= 10, pairs


DOOR = re.compile(r"\b(deur|jassen|jas aan|hek|poort|op het plein|hier bij de|de klas wacht)\b", re.IGNORECASE)
UNPLANNED = {"deurgesprek", "haal-en-brengmoment", "telefoon"}


def test_no_phrase_of_a_planned_talk_refers_to_the_door():
    for phrase in LIB.phrases:
        if set(phrase.situations) - UNPLANNED:
            for text in (phrase.text_u, phrase.text_je, phrase.text_jullie):
                assert not DOOR.search(text), (phrase.id, text)


def test_no_facts_baked_into_a_phrase():
    for phrase in LIB.phrases:
        for text in (phrase.text_u, phrase.text_je, phrase.text_jullie):
            # Facts of the school system, not of one child: kleuters go on "naar groep 3", and "de einddoelen
            # van groep 8" are the same for every child.
            general = text.replace("naar groep 3", "").replace("einddoelen van groep 8", "")
            assert not re.search(r"\bgroep [1-8]\b", general), (phrase.id, text)


TRAINER_JARGON = re.compile(
    r"komt (dit|dat|het) binnen|dit komt binnen|gaat er door (u|je|jullie) heen|dat mag er zijn|en dat mag\b"
    r"|klinkt uitputtend|ik ga nergens heen|ik begrijp uw frustratie|excuses voor het ongemak",
    re.IGNORECASE,
)


def test_no_trainer_jargon_or_call_centre_phrases_in_what_parents_hear():
    texts = [t for p in LIB.phrases for t in (p.text_u, p.text_je, p.text_jullie)]
    for data in (ROOT / "oudergesprek" / "data").glob("*.yaml"):
        texts += [line for line in data.read_text(encoding="utf-8").splitlines() if not line.lstrip().startswith("#")]
    found = [t for t in texts if TRAINER_JARGON.search(t)]
    assert not found, found[:5]


HARD_MOMENTS = {
    "meldcode": r"meldcode|veilig thuis|aandachtsfunctionaris",
    "dit blijft tussen ons": r"tussen ons",
    "klacht, inspectie, advocaat, pers": r"klacht|inspectie|advocaat|krant|pers\b|sociale media|facebook",
    "opname": r"opn(e|a)m|opgenomen",
    "onverwachte derde": r"wie (is|zit) er|meegenomen|derde",
    "ander kind": r"ander(e)? kind",
    "niet gekomen": r"niet gekomen|niet kwam|kwam niet|gemist|no-show|niet (op)?komen|afgezegd|zegt steeds af",
    "tolk": r"tolk",
    "kind erbij": r"kind erbij|met het kind|{kind}, ",
    "gescheiden": r"gescheiden|scheiding|andere ouder|ex\b",
    "gezag": r"gezag|377",
    "ophalen": r"ophaal|ophalen|lijst",
    "incident opvang": r"gebeten|gevallen|wie heeft",
    "schuld": r"schuld",
    "verwijzing, opp, schorsing": r"sbo|\bso\b|opp|schors",
    "schooladvies": r"schooladvies|doorstroomtoets|heroverweg",
    "collega, andere klas": r"collega|andere (klas|groep|juf)",
    "eigen fout": r"fout|vergeten|excuses|sorry",
    "app en telefoon": r"app|telefoon|bellen|gebeld",
    "huilen aan de deur": r"huil",
    "verlies en ziekte": r"overle|overlijden|ziek|gecondoleerd",
}


def test_the_hard_moments_are_covered():
    for moment, pattern in HARD_MOMENTS.items():
        found = [p.id for p in LIB.phrases if re.search(pattern, " ".join((p.text_u, *p.when, *p.parent_says)).lower())]
        assert len(found) >= 3, moment
    categories = Counter(p.category for p in LIB.phrases)
    assert all(categories[k] >= 15 for k in ("excuses", "uitnodigen", "terugkoppelen", "uitleggen")), categories


def _words(text: str) -> set[str]:
    text = re.sub(r"\{\w+\}", "Sanne", text)
    return {w.strip("'-") for w in re.findall(r"[\w'’-]+", text) if w.strip("'-") and not w.isdigit()}


def _strings(value: object) -> set[str]:
    """Every word in the texts of a data file (questions, explanations, choices)."""
    if isinstance(value, dict):
        return set().union(*(_strings(v) for v in value.values())) if value else set()
    if isinstance(value, list):
        return set().union(*(_strings(v) for v in value)) if value else set()
    if isinstance(value, str) and " " in value:
        return _words(value)
    return set()


def _texts_of(path: Path) -> object:
    """What a data file shows the user; of the rehearsal checklist only the texts, not its patterns."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if path.name == "oefenregels.yaml":
        rules = data["goed"] + data["tips"]
        return [data["checklist"], *[rule.get(key, "") for rule in rules for key in ("naam", "tekst", "oefenen")]]
    return data


@needs("hunspell")
def test_spelling_with_a_dutch_dictionary():
    words: set[str] = set()
    for phrase in LIB.phrases:
        texts = (phrase.text_u, phrase.text_je, phrase.text_jullie, phrase.why, *phrase.when, *phrase.parent_says)
        words |= _words("\n".join(texts))
    for term in [*LIB.categories.values(), *LIB.situations.values(), *LIB.skills.values()]:
        words |= _words(f"{term.title}\n{term.explanation}")
    for data in (ROOT / "oudergesprek" / "data").glob("*.yaml"):
        if data.name != "synoniemen.yaml":  # search words, stored without accents on purpose
            words |= _strings(_texts_of(data))
    done = subprocess.run(
        ["hunspell", "-d", "nl_NL", "-l"], input="\n".join(sorted(words)), capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    unknown = set(done.stdout.split()) - SPELLING_ALLOWED
    assert not unknown, f"unknown to the Dutch dictionary: {sorted(unknown)}"


def test_no_eight_word_run_from_the_source_articles():
    seeds = ROOT.parent / "shared" / "seeds"
    assert seeds.is_dir(), "the source articles live beside the repository, in ../shared/seeds: clone it there"

    def words(text: str) -> list[str]:
        return re.findall(r"\w+", text.lower())

    grams = set()
    for seed in seeds.glob("*.txt"):
        w = words(seed.read_text(encoding="utf-8"))
        grams |= {tuple(w[i : i + 8]) for i in range(len(w) - 7)}
    data = list((ROOT / "oudergesprek" / "data").glob("*.yaml")) + list((ROOT / "examples").glob("*.yaml"))
    for path in list(Path(builtin_dir()).rglob("*.yaml")) + data + [ROOT / "README.md"]:
        w = words(path.read_text(encoding="utf-8"))
        copied = [" ".join(w[i : i + 8]) for i in range(len(w) - 7) if tuple(w[i : i + 8]) in grams]
        assert not copied, f"{path.name} repeats a source article: {copied[:3]}"


def test_no_text_glues_letters_to_a_placeholder():
    """'{kind}s gedrag' gives 'Thomass gedrag' and 'Annas gedrag': the name's genitive is not a letter
    glued on. Texts say 'het gedrag van {kind}', or use {zijn}, which knows the Dutch spelling rules."""

    glued = []
    for path in list(Path(builtin_dir()).rglob("*.yaml")) + sorted((ROOT / "oudergesprek" / "data").glob("*.yaml")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"\{[a-z_]+\}[a-zà-ÿ']", line):
                glued.append(f"{path.name}:{number}: {line.strip()}")
    assert not glued, glued
