"""`--anoniem` reads the context of a word: compounds, titles before a name, addresses and phone numbers,
ordinary words at the start of a sentence, and the name of the file it saves (probe of 2 December)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import yaml
from helpers import ROOT, exits_with, spawn_env, spawn_program, write

from oudergesprek.documents import anonymize

FAMILY = {"kind": "Sanne de Vries", "ouders": "moeder (Ayşe Yılmaz) en vader (Tom de Vries), beiden met gezag"}


def hide(text: str, family: dict = FAMILY) -> str:
    return anonymize.Anonymizer.for_answers(family).text(text)


def leaks(text: str, name: str) -> bool:
    return anonymize.fold(name) in anonymize.fold(text)


def anonymous_prep(cli, isolated, **answers: object) -> str:
    """The Markdown that `prep --answers … --anoniem --output x.md` writes, as a teacher would run it."""
    values = {"situatie": "zorg-gedrag", "aanspreekvorm": "u", **FAMILY, **answers}
    path = write(isolated / "antwoorden.yaml", yaml.safe_dump(values, allow_unicode=True))
    out = isolated / "x.md"
    result = cli("prep", "--answers", str(path), "--anoniem", "--output", str(out))
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


def test_prep_hides_compounds_titled_language_names_addresses_and_numbers(cli, isolated):
    text = anonymous_prep(
        cli,
        isolated,
        voorkennis=(
            "Meester Frans zag het; juf Tamil ook. Map: sanne-lezen, naast de sanne-map. Gesprek met mevrouw "
            "Engels en meneer Duits. Opa Engels vond het Sanne-achtig. Mail van ayse.yilmaz@gmail.com en "
            "tom.devries@ziggo.nl; vader belt terug op 06-12345678 of +31 6 8765 4321."
        ),
    )
    for name in ("sanne", "Frans", "Tamil", "Engels", "Duits", "ayse", "yilmaz", "tom", "devries", "ziggo"):
        assert not leaks(text, name), name
    for digits in ("12345678", "8765"):
        assert digits not in text
    assert "[e-mailadres" in text.replace("\\", "") and "[telefoonnummer" in text.replace("\\", "")
    assert "S.-lezen" in text and "S.-achtig" in text, "the rest of a compound stays readable"


def test_an_address_or_number_goes_as_a_whole():
    assert hide("Ze mailt naar ayse.yilmaz@gmail.com of belt 010 - 234 56 78.") == (
        "Ze mailt naar [e-mailadres] of belt [telefoonnummer]."
    )
    assert hide("Zie https://www.school.nl/ouders/tom-de-vries.") == "Zie [link]."
    assert hide("Gesprek op 05-12-2026 08.30 in lokaal 4.") == "Gesprek op 05-12-2026 08.30 in lokaal 4."


@pytest.mark.parametrize(
    "text",
    [
        "Ze krijgt Frans en Engels; in het Frans gaat het goed.",
        "De tolk Tigrinya komt, en de tolk Arabisch belt.",
        "Ik heb met Veilig Thuis overlegd.",
        "Na de les Frans krijgt hij Engels, Frans en Duits.",
        "Frans en rekenen gaan goed; Engels of spelling ook.",
        "De ouders spreken thuis alleen Arabisch. Het Nederlands van moeder is goed.",
        "Ze is goed in Frans en leert nu Spaans.",
        "Tolk: Arabisch. Moeder zegt: 'Sorry, mijn Nederlands is niet goed.' Ze spreekt weinig Nederlands.",
    ],
)
def test_a_language_stays_where_it_is_the_language(text):
    assert hide(text) == text


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("Frans sloeg Zoë in de pauze.", "F. sloeg Z. in de pauze."),
        ("Frans (broer) haalt Zoë op. Frans is ook de tolk.", "F. (broer) haalt Z. op. F. is ook de tolk."),
        ("Daarna gooide Engels de bal naar Tamil.", "Daarna gooide E. de bal naar T."),
        ("Ook krijgt Frans een sticker; Sanne speelt met Duits.", "Ook krijgt F. een sticker; S. speelt met D."),
        ("Het boek van Dari lag bij Tamil thuis.", "Het boek van D. lag bij T. thuis."),
        ("Toen leerde Frans zwemmen; Frans's fiets en Engels' jas.", "Toen leerde F. zwemmen; F. fiets en E. jas."),
    ],
)
def test_a_language_word_is_a_name_unless_the_sentence_is_about_the_language(text, hidden):
    """Too much rather than too little: at the start of a sentence, before a bracket or a verb, as the
    subject or after a preposition such as 'met', a language word is a name (a boy called Frans)."""
    assert hide(text) == hidden


@pytest.mark.parametrize(
    "number",
    [
        "06\u00a012\u00a034\u00a056\u00a078",  # Word and Outlook: non-breaking spaces
        "+31\u00a06\u00a01234\u00a05678",
        "06\u202f1234\u20095678",  # narrow and thin spaces
        "06\u201112345678",  # non-breaking hyphen
        "06\u201312345678",  # en dash
        "010\u2013234 5678",
        "06\u221212345678",  # minus sign
        "06.12.34.56.78",  # ten digits in pairs: no date
        "０６１２３４５６７８",  # full-width digits
        "＋３１\u3000６\u3000１２３４５６７８",
        "06-12345678 / 06-87654321",  # two numbers, one after the other
    ],
)
def test_a_phone_number_with_any_space_or_dash_goes_as_a_whole(number):
    assert hide(f"Vader belt op {number} (na 17 uur).") == "Vader belt op [telefoonnummer] (na 17 uur)."


def test_a_date_stays_a_date():
    assert hide("Gesprek op 05.12.26 en op 06-12-2026 08.30.") == "Gesprek op 05.12.26 en op 06-12-2026 08.30."


def test_invisible_characters_never_hide_a_name():
    family = {"kind": "Zoë van den Berg", "ouders": "moeder (Marja de Wit)"}
    text = "zo\u200bë en Z\u200coë, ma\u00adrja en Mar\u200dja\u2060s fiets."
    assert hide(text, family) == "Z. en Z., M. en M.'s fiets."


def test_prep_hides_pasted_phone_numbers_and_a_boy_called_frans(cli, isolated):
    """The probe: numbers pasted from Word or WhatsApp and a language word that is a name, via the CLI."""
    text = anonymous_prep(
        cli,
        isolated,
        kind="Zoë van den Berg",
        ouders="mevrouw de Wit en meneer Öztürk (vader), beiden met gezag",
        voorkennis=(
            "A: 06\u00a012\u00a034\u00a056\u00a078. B: 06\u201112345678. C: 06\u201312345678. "
            "D: +31\u00a06\u00a01234\u00a05678. E: 010\u2013234\u00a05678. I: 06.12.34.56.78. "
            "J: ０６１２３４５６７８."
        ),
        opening="Frans sloeg Zoe in de pauze. Frans (broer) haalt zo\u200bë op.",
    )
    for digits in ("12", "34", "56", "78", "234", "5678", "６"):
        assert digits not in text, digits
    assert text.replace("\\", "").count("[telefoonnummer]") == 7
    for name in ("Frans", "zoe", "Wit", "Öztürk"):
        assert not leaks(text, name), name


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("Meester Frans en juf Tamil", "Meester F. en juf T."),
        ("mevrouw Engels, meneer van Duits, opa (Engels)", "mevrouw E., meneer van D., opa (E.)"),
        ("Frans Bauer en meneer Neef", "F. B. en meneer N."),
    ],
)
def test_a_language_word_after_a_title_or_beside_a_name_is_a_name(text, hidden):
    assert hide(text) == hidden


def test_a_language_that_is_the_childs_or_a_parents_name_is_hidden():
    family = {"kind": "Tamil", "ouders": "vader (Frans Engels)"}
    assert hide("Tamil leert Frans van vader Frans; Engels is de achternaam.", family) == (
        "T. leert F. van vader F.; E. is de achternaam."
    )


def test_the_name_inside_a_compound_is_replaced_and_the_rest_stays():
    assert hide("sanne-lezen, de sanne-map, Sanne-achtig, SANNE-FLEUR") == "S.-lezen, de S.-map, S.-achtig, S.-F."
    assert re.fullmatch(r"[^a-z]*", hide("Yusuf-Emre")), "a compound of other names: every part"


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("Dan pakte haar gum af. Dan spreken we af.", "D. pakte haar gum af. Dan spreken we af."),
        ("Elke zei dat Wil begon. Wil je dat?", "E. zei dat W. begon. Wil je dat?"),
        ("Herkent Daan dat? Noem Daan niet.", "Herkent D. dat? Noem D. niet."),
        ("Ze zei: 'Roos sloeg mij.'", "Ze zei: 'R. sloeg mij.'"),
    ],
)
def test_a_word_that_is_also_a_first_name_is_hidden_unless_a_subject_follows(text, hidden):
    assert hide(text) == hidden


def test_prep_keeps_ordinary_sentence_starts_readable(cli, isolated):
    text = anonymous_prep(
        cli,
        isolated,
        voorkennis="Mail van juf Marieke over het verslag. Blijft Sanne aandringen, dan stop ik. Zie ook Daan.",
        vragen_aan_ouders=["Kunt u een voorbeeld geven?", "Herkent u dit van thuis?"],
    )
    for kept in ("Mail van juf M.", "Blijft S. aandringen", "Zie ook D.", "Kunt u een voorbeeld", "Herkent u dit"):
        assert kept in text, kept
    for hard_to_read in ("‘D.’", "‘S.’", "K. u", "H. u", "B. bij", "L. het vast"):
        assert hard_to_read not in text, hard_to_read
    for name in ("Sanne", "Marieke", "Daan"):
        assert not leaks(text, name), name


def test_prep_anoniem_without_output_keeps_the_name_out_of_the_file_name(isolated):
    """`prep --resume … --anoniem` saves the script in the Documents folder: the file name has initials."""
    answers = yaml.safe_load((ROOT / "examples" / "slecht-nieuws.yaml").read_text(encoding="utf-8"))
    answers.update(FAMILY, kernboodschap="Sanne leest een half jaar achter.")
    name = f"{dt.date.today().isoformat()}-sanne-de-vries-slecht-nieuws"
    write(isolated / "xdg_data_home" / "oudergesprek" / "concepten" / f"{name}.yaml", yaml.safe_dump(answers))
    documents = isolated / "documenten"
    documents.mkdir()
    env = spawn_env(isolated, NO_COLOR="1", COLUMNS="100", XDG_DOCUMENTS_DIR=str(documents))
    child = spawn_program(["prep", "--resume", name, "--anoniem"], env, rows=40, cols=100)
    for _ in range(30):
        if child.expect(["staat klaar om te printen", r"> "]) == 0:
            break
        child.sendline("")  # take every question and the review as they are
    exits_with(child, 0)
    (pdf,) = documents.iterdir()
    assert not any(leaks(pdf.name, part) for part in ("sanne", "vries")), pdf.name
    assert pdf.name == f"{dt.date.today().isoformat()}-s-d-v-slecht-nieuws-anoniem.pdf"


def test_the_file_stem_of_an_anonymous_export():
    today = dt.date.today().isoformat()
    assert anonymize.file_stem("2026-12-02-sanne-de-vries-deurgesprek-2", FAMILY) == (
        "2026-12-02-s-d-v-deurgesprek-2-anoniem"
    )
    hand_named = anonymize.file_stem("sanne", {**FAMILY, "situatie": "deurgesprek"})
    assert hand_named == f"{today}-s-d-v-deurgesprek-anoniem"
    assert anonymize.file_stem("2026-12-02-محمد-startgesprek", {"kind": "محمد"}) == "2026-12-02-م-startgesprek-anoniem"


def test_a_very_long_word_is_hidden_correctly():
    """An endless word is no address and no number; its speed is measured in bench/long_words.py."""
    endless = "Zie " + "a" * 30_000 + " en " + "1" * 30_000 + "."
    assert hide(endless) == endless
