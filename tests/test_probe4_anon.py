"""`--anoniem` leaves the program's own words alone ("Zakdoekjes en water" is no name), hides the "ze" of a
child called Li Ze only where it is the name, and hides lower-case account numbers and postcodes, ISO dates of
birth, a BSN in any grouping, user names without @ and e-mail addresses written out (fourth probe, G3 and G4)."""

from __future__ import annotations

import re

import pytest
import yaml
from helpers import write

from oudergesprek.documents import anonymize

LI_ZE = {
    "situatie": "slecht-nieuws",
    "kind": "Li Ze",
    "voornaamwoord": "hij",
    "ouders": "moeder (Wang Fang) en vader (Li Qiang)",
    "aanspreekvorm": "jullie",
    "kernboodschap": "Li Ze loopt een jaar achter met lezen.",
}


def prep_md(cli, isolated, answers: dict, *extra: str) -> str:
    path = write(isolated / "antwoorden.yaml", yaml.safe_dump(answers, allow_unicode=True))
    out = isolated / f"script{len(extra)}.md"
    result = cli("prep", "--answers", str(path), *extra, "--output", str(out), "--force")
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


def test_the_anonymous_script_differs_from_the_plain_one_only_in_the_names(cli, isolated):
    """The probe's run: the same script with and without --anoniem. Only the names differ; the list the
    library filled in, the goal with "ze weten" and the if-then label "Thuis leest ze prima" stay as written."""
    plain = prep_md(cli, isolated, LI_ZE)
    hidden = prep_md(cli, isolated, LI_ZE, "--anoniem")
    expected = plain.replace("Li Ze", "L. Z.").replace("Wang Fang", "W. F.").replace("Li Qiang", "L. Q.")
    assert hidden == expected
    for line in (
        "- Toetsgegevens en werk van L. Z.",
        "- Informatie over de hulp die er komt",
        "- Zakdoekjes en water",
        "en ze weten wat de volgende stap is.",
        'Ontkenning ("Thuis leest ze prima")',
    ):
        assert line in hidden, line


@pytest.mark.parametrize(("child", "initials"), [("Li Ze", "L. Z."), ("Sanne de Vries", "S. de V.")])
def test_no_word_of_the_program_becomes_an_initial_in_any_situation(isolated, child, initials):
    """Every situation, each form of address in turn: the anonymous script is the plain one with the names
    replaced."""
    from oudergesprek.documents import script
    from oudergesprek.interview.questions import load_flow
    from oudergesprek.search.catalog import load_catalog

    catalog, flow = load_catalog(), load_flow()
    name = re.compile(rf"\b{re.escape(child)}s?\b")
    forms = (("u", "moeder (Fatima)"), ("je", "vader (Kees)"), ("jullie", "moeder en vader"))
    for n, situation in enumerate(catalog.library.situations):
        for form, parents in (forms[n % 3],):
            answers = {
                "situatie": situation,
                "kind": child,
                "voornaamwoord": "zij",
                "ouders": parents,
                "aanspreekvorm": form,
            }
            document = script.build(answers, catalog.library, flow, catalog.index)
            plain = name.sub(initials, document.all_text()).replace("Fatima", "F.").replace("Kees", "K.")
            plain = plain.replace("..", ".")  # "voor S.." at the end of a sentence is "voor S."
            assert anonymize.document(document, answers).all_text() == plain, (situation, form)


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("Li Ze leest thuis weinig, en ze weten dat ook.", "L. Z. leest thuis weinig, en ze weten dat ook."),
        ("li ze huilde; ze wilde naar huis.", "L. Z. huilde; ze wilde naar huis."),
        ("Ze Li kwam te laat. Ze had zes boeken mee.", "Z. L. kwam te laat. Z. had zes boeken mee."),
        ("Li, ze heeft het zelf gezegd.", "L., ze heeft het zelf gezegd."),
        ("Zakdoekjes en water", "Zakdoekjes en water"),
        ("Toetsgegevens en werk van Li Ze", "Toetsgegevens en werk van L. Z."),
        ("Informatie over de hulp die er komt", "Informatie over de hulp die er komt"),
        ("Informatie: Daan sloeg hem.", "I.: D. sloeg hem."),  # typed, not shipped: strict as ever
    ],
)
def test_ze_is_the_name_only_where_it_is_used_as_one(text, hidden):
    assert anonymize.Anonymizer.for_answers(LI_ZE).text(text) == hidden


FAMILY = {"kind": "Sanne de Vries", "ouders": "moeder (Fatima El Amrani), vader (Kees de Vries)"}

# (what a teacher types or pastes, exactly what --anoniem makes of it): the probe's sentences
CORPUS = [
    ("IBAN nl91abna0417164300 voor de ouderbijdrage", "IBAN [rekeningnummer] voor de ouderbijdrage"),
    ("rekening nl91 abna 0417 1643 00", "rekening [rekeningnummer]"),
    ("postcode 3512 ab utrecht", "postcode [postcode] utrecht"),
    ("geboren 2018-03-12", "geboren [datum]"),
    ("Sanne (2018-03-12) zit in groep 5", "S. ([datum]) zit in groep 5"),
    ("bsn: 123-456-782", "bsn: [nummer]"),
    ("BSN 12345678", "BSN [nummer]"),
    ("Het BSN is 123-45-6782.", "Het BSN is [nummer]."),
    ("tiktok sannedevries_2015", "tiktok [gebruikersnaam]"),
    ("insta: sanne_devries2015", "insta: [gebruikersnaam]"),
    ("fatima at hotmail dot com", "[e-mailadres]"),
    ("fatima.elamrani at gmail punt com", "[e-mailadres]"),
    # the same in the sentences of a real preparation
    (
        "Moeder betaalt de ouderbijdrage van rekening nl91abna0417164300, vader van nl91 abna 0417 1643 00.",
        "Moeder betaalt de ouderbijdrage van rekening [rekeningnummer], vader van [rekeningnummer].",
    ),
    (
        "Vader woont sinds de zomer op postcode 3512 ab utrecht, de straat weet ik niet.",
        "Vader woont sinds de zomer op postcode [postcode] utrecht, de straat weet ik niet.",
    ),
    (
        "Sanne (2018-03-12) zit sinds groep 1 bij ons; geboren 2018-03-12 in het ziekenhuis.",
        "S. ([datum]) zit sinds groep 1 bij ons; geboren [datum] in het ziekenhuis.",
    ),
    (
        "Voor de aanmelding: bsn: 123-456-782, van het broertje: 12345678.",
        "Voor de aanmelding: bsn: [nummer], van het broertje: [nummer].",
    ),
    (
        "Sanne zit op tiktok als sannedevries_2015 en op insta: sanne_devries2015, zegt haar zus.",
        "S. zit op tiktok als [gebruikersnaam] en op insta: [gebruikersnaam], zegt haar zus.",
    ),
    (
        "Moeder mailt liever: fatima at hotmail dot com of fatima.elamrani at gmail punt com.",
        "Moeder mailt liever: [e-mailadres] of [e-mailadres].",
    ),
    ("Op de site van sannedevries staan foto's.", "Op de site van S. staan foto's."),
    # ordinary numbers and words stay
    (
        "In 2019 is ze verhuisd; ze fietst 1200 km per jaar, zit in groep 5b en zag het op tiktok.",
        "In 2019 is ze verhuisd; ze fietst 1200 km per jaar, zit in groep 5b en zag het op tiktok.",
    ),
    ("Hij at een appel en kreeg een punt voor rekenen.", "Hij at een appel en kreeg een punt voor rekenen."),
]


@pytest.mark.parametrize(("text", "hidden"), CORPUS, ids=[str(n) for n in range(len(CORPUS))])
def test_account_postcode_iso_date_bsn_user_name_and_written_out_email_go(text, hidden):
    assert anonymize.Anonymizer.for_answers(FAMILY).text(text) == hidden


def test_prep_anoniem_hides_the_probe_sentences(cli, isolated):
    """Through the CLI, in the facts of a preparation: exactly the corpus lines, nothing of the data left."""
    answers = {
        **FAMILY,
        "situatie": "zorg-gedrag",
        "voornaamwoord": "zij",
        "aanspreekvorm": "u",
        "feiten": [text for text, _ in CORPUS[12:15]],
        "voorkennis": " ".join(text for text, _ in CORPUS[15:19]),
    }
    text = prep_md(cli, isolated, answers, "--anoniem").replace("\\", "")
    for _, hidden in CORPUS[12:15]:
        assert f"- {hidden}\n" in text, hidden
    assert " ".join(hidden for _, hidden in CORPUS[15:19]) in text
    for secret in ("0417", "3512", "2018", "123-456", "12345678", "devries", "hotmail", "elamrani", "sanne"):
        assert secret not in text.lower(), secret
