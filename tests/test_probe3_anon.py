"""`--anoniem` hides phone numbers that start like a date, names with an invisible character after them, dates of
birth, BSN and bank numbers, addresses, e-mail addresses with spaces, bare links and user names; the words that
label them ("tel.", "Adres:") and an opening bracket stay (third probe)."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
import yaml
from helpers import write

from oudergesprek.documents import anonymize

FAMILY = {"kind": "Sanne de Vries", "ouders": "moeder (Fatima El Amrani) en vader (Kees de Vries)"}
THIS_YEAR = dt.date.today().year


def hide(text: str, family: dict = FAMILY) -> str:
    return anonymize.Anonymizer.for_answers(family).text(text)


def leaks(text: str, secret: str) -> bool:
    """Whether the secret is still readable: any case, without accents or invisible characters."""
    seen = "".join(ch for ch in text if not unicodedata.category(ch).startswith(("C", "M")))
    return anonymize.fold(secret) in anonymize.fold(seen)


# (answer as a teacher types or pastes it, what must be gone)
CORPUS = [
    ("Moeder is het best bereikbaar op 06-12-34 56 78, liefst na drie uur.", ["12-34", "34 56", "56 78"]),
    ("Nieuw nummer van vader: 06/12/34 56 78 (het oude klopt niet meer).", ["12/34", "56 78"]),
    ("sanne\u034f sloeg een kind in de rij; de juf zag het.", ["sanne"]),
    ("fatima\ufe0f belde om half negen; kees\U000e0101 kwam later en sanne\u3164 huilde.", ["fatima", "kees", "sanne"]),
    ("Vader schreef: kees\u115f de\u1160 vries, en sanne\ufe00 tekende mee.", ["kees", "vries", "sanne"]),
    ("Sanne is geboren op 12-03-2018 in het ziekenhuis, ruim te vroeg.", ["12-03", "2018"]),
    ("Geboortedatum: 12 maart 2018. Sinds groep 1 bij ons op school.", ["12 maart", "2018"]),
    ("Geb. 12.03.18; het broertje is geboren 4 mei, de oma op 2-2-1961.", ["12.03", "4 mei", "1961"]),
    ("BSN van Sanne: 123456782 (staat ook in het dossier), van moeder 1234.56.782.", ["123456782", "1234.56"]),
    ("Adres: kerkstraat 12, 3512 AB utrecht (vader woont apart).", ["kerkstraat", "3512", "12,"]),
    (
        "Moeder woont sinds kort op de Dorpsstraat 4b, 9000 Gent; post naar 3512AB.",
        ["Dorpsstraat", "4b", "9000", "3512"],
    ),
    ("Moeder mailde vanaf f.elamrani @ gmail.com en fatima(at)hotmail(dot)com.", ["elamrani", "gmail", "hotmail"]),
    ("Moeder stuurde een link naar sannedevries.nl met foto's van het feest.", ["sannedevries", "devries"]),
    ("Op Instagram staat alles: @sanne_devries2015, zegt de oudste zus.", ["sanne", "devries", "2015"]),
    ("Moeder: 'Ze is jarig op 3 mei, dan komt de hele familie.'", ["3 mei"]),
    ("IBAN voor de schoolreis: NL91 ABNA 0417 1643 00 t.n.v. F. El Amrani.", ["0417", "1643", "Amrani"]),
    ("Noodnummer oma: tel. 6 1234 5678, of vader Kees (06 12345678).", ["1234", "5678", "12345678", "Kees"]),
]


@pytest.mark.parametrize(("answer", "secrets"), CORPUS, ids=[str(n) for n in range(len(CORPUS))])
def test_no_number_date_address_or_name_survives(answer, secrets):
    hidden = hide(answer)
    for secret in secrets:
        assert not leaks(hidden, secret), (answer, hidden, secret)


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("Bel moeder op 06-12-34 56 78 na drie uur.", "Bel moeder op [telefoonnummer] na drie uur."),
        ("Geboren op 12-03-2018. BSN 123456782.", "Geboren op [datum]. BSN [nummer]."),
        ("Adres: kerkstraat 12, 3512 AB utrecht", "Adres: [adres] utrecht"),
        ("mail: f.elamrani @ gmail.com, site sannedevries.nl", "mail: [e-mailadres], site [link]"),
        ("zie instagram @sanne_devries2015", "zie instagram [gebruikersnaam]"),
        ("Vader Kees (06 12345678) belt.", "Vader K. ([telefoonnummer]) belt."),
        ("Tel. 06-12345678 of tel. 6 1234 5678", "Tel. [telefoonnummer] of tel. [telefoonnummer]"),
        ("IBAN NL91 ABNA 0417 1643 00, BSN 1234 56 782", "IBAN [rekeningnummer], BSN [nummer]"),
    ],
)
def test_the_data_goes_and_the_word_that_labels_it_stays(text, hidden):
    assert hide(text) == hidden


def test_a_label_in_the_parents_answer_is_no_name():
    """'tel' and 'mail' in the ouders answer made every 'tel' in the script 'T.'."""
    family = {"kind": "Sanne", "ouders": "moeder (Fatima El Amrani, tel. 06-12-34 56 78, mail f.elamrani@gmail.com)"}
    assert anonymize.names_in(family["ouders"]) == ["Fatima", "El", "Amrani"]
    assert hide(family["ouders"], family) == "moeder (F. E. A., tel. [telefoonnummer], mail [e-mailadres])"
    assert hide("Ik tel tot tien. Mail: via de app. Adres: onbekend.", family) == (
        "Ik tel tot tien. Mail: via de app. Adres: onbekend."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Het gesprek is dinsdag 12 maart om 8.30 uur in lokaal 4.",
        f"Gesprek op 05-12-{THIS_YEAR} 08.30 - 09.00 en op 12.01.{THIS_YEAR % 100:02d}.",
        f"Op 3 november {THIS_YEAR - 1} sloeg ze een kind; sinds 1 september {THIS_YEAR} gaat het beter.",
        "Ze viel op het fietspad 3 keer; groep 8 heeft 27 kinderen en 4471234 is haar leerlingnummer.",
        "Ze tekende een ❤️ en een 1️⃣ op het bord.",
        "Het beleid staat op de website van school.",
    ],
)
def test_dates_of_this_school_year_counts_and_emoji_stay_readable(text):
    assert hide(text) == text


def test_prep_anoniem_hides_the_probe_answers(cli, isolated):
    """The probe's answers file, through the CLI: nothing of it in the script, and the labels read as labels."""
    answers = {
        "situatie": "boze-ouder",
        "kind": "Sanne de Vries",
        "voornaamwoord": "zij",
        "ouders": "moeder (Fatima El Amrani, tel. 06-12-34 56 78)",
        "aanspreekvorm": "u",
        "feiten": [
            "sanne\u034f sloeg een kind; geboren 12-03-2018, BSN 123456782.",
            "Adres: kerkstraat 12, 3512 AB utrecht; moeder is bereikbaar op 06/12/34 56 78.",
        ],
        "voorkennis": "Vader Kees (06 12345678) belde, mail f.elamrani @ gmail.com, zie sannedevries.nl",
    }
    path = write(isolated / "anon3.yaml", yaml.safe_dump(answers, allow_unicode=True))
    out = isolated / "anon3.md"
    result = cli("prep", "--answers", str(path), "--anoniem", "--output", str(out))
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8").replace("\\", "")
    for secret in ("sanne", "12-34", "56 78", "12345678", "2018", "123456782", "kerkstraat", "3512", "elamrani"):
        assert not leaks(text, secret), secret
    for kept in ("tel. [telefoonnummer]", "geboren [datum]", "BSN [nummer]", "Adres: [adres]", "K. ([telefoonnummer])"):
        assert kept in text, kept
    for garbled in ("T. [", "A.:", "K. [telefoonnummer])"):
        assert garbled not in text, garbled
