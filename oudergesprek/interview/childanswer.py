"""The answer to "which child, which groep": the name kept whole, the groep and a pronoun when given."""

from __future__ import annotations

import re
from dataclasses import dataclass

PRONOUNS = {"hij": "hij", "zij": "zij", "ze": "zij"}
# "hen", "die" and their pairs: the child is named by name in the sentences ('anders' at the pronoun question)
OTHER_PRONOUNS = re.compile(r"(hen|die|hun|diens)(\s*/\s*(hen|die|hun|diens))*", re.IGNORECASE)
# "ze/haar", "hij/hem": one pronoun with its object form
_PRONOUN_PAIR = re.compile(r"(hij|zij|ze)\s*/\s*(hem|haar|zijn)", re.IGNORECASE)
_PRONOUN_START = re.compile(r"(hij|zij|ze)\s+(?=\S)", re.IGNORECASE)
_BOTH_PRONOUNS = re.compile(r"(hij|zij|ze)\s*(/|of|en|&)\s*(hij|zij|ze)", re.IGNORECASE)
# "groep 5", "groep 5b", and the combination groups of Dutch schools: "groep 1/2", "groep 3-4", "groep 7 en 8"
_GROUP = re.compile(r"\bgroep\s*\d+[a-z]?(?:\s*(?:/|-|–|en|&|\+)\s*\d+[a-z]?)*(?![\w/])", re.IGNORECASE)
# a class code: "5B", "5b", "7a"
_CODE = re.compile(r"[1-8][a-z]", re.IGNORECASE)
_FILLER = {"zit", "in", "uit", "is", "van", "de", "het"}  # "ze zit in groep 3"
# what may stand between the name and a groep typed on the same line: "Sanne zit in groep 5", "Sanne - groep 5"
_JOINT = r"(?:\s*[-–—:/]\s*|\s+)(?:(?:zit\s+)?(?:in|uit|van)\s+)?"
_INLINE_GROUP = re.compile(rf"(?P<name>.+?){_JOINT}(?P<group>{_GROUP.pattern})(?P<after>.*)$", re.IGNORECASE)
_INLINE_CODE = re.compile(rf"(?P<name>.+?){_JOINT}(?P<group>[1-8][a-z])$", re.IGNORECASE)
_INLINE_NUMBER = re.compile(r"(?P<name>.+?)\s+(?:zit\s+)?(?:in|uit)\s+(?P<group>[1-8])$", re.IGNORECASE)
# words that say something about the child, not which class it is in: never filed as the groep
_NOT_A_CLASS = {
    "adhd", "add", "autisme", "autistisch", "ass", "pdd-nos", "dyslexie", "dyslectisch", "dyscalculie", "odd",
    "hoogbegaafd", "pleegkind", "pleegzoon", "pleegdochter", "nieuwkomer", "zorgkind", "ziek", "epilepsie",
    "diabetes", "allergie", "astma", "tweeling", "broer", "zus", "zusje", "broertje", "moeder", "vader", "ouders",
    "jaar", "maanden", "gescheiden", "rugzak", "arrangement", "diagnose", "medicatie", "ritalin", "overleden",
}  # fmt: skip


@dataclass
class ChildAnswer:
    """The child's answer taken apart: what goes into the answers, and what was typed but not kept."""

    given: dict
    unused: list[str]


def looks_like_class(piece: str, known: tuple[str, ...] = ()) -> bool:
    """ "Dolfijnen", "de Vlinders", "Rode Draken", or a groep the settings name: one or two capitalised words
    (an article may open them), no digits, nothing that says something about the child ("ADHD", "Pleegkind")."""
    if piece.casefold() in {k.casefold() for k in known if k}:
        return True
    words = piece.split()
    if words and words[0].lower() in ("de", "het") and len(words) > 1:
        words = words[1:]
    if not 1 <= len(words) <= 2:
        return False
    for word in words:
        if not re.fullmatch(r"[^\W\d_][^\W\d_'’-]*", word) or not word[0].isupper():
            return False
        if word.isupper() and len(word) > 1:  # "ADHD", "ASS": an abbreviation, not a class
            return False
        if word.lower() in _NOT_A_CLASS or word.lower() in PRONOUNS or OTHER_PRONOUNS.fullmatch(word):
            return False
    return True


def _split_name(name: str) -> tuple[str, list[str]]:
    """The name part, and a groep typed in it: "Sanne zit in groep 5" -> "Sanne", ["groep 5"]. The filler words
    between the name and the groep are dropped; what follows the groep counts as a part of its own."""
    for pattern in (_INLINE_GROUP, _INLINE_CODE, _INLINE_NUMBER):
        found = pattern.fullmatch(name)
        if found:
            after = found.groupdict().get("after") or ""
            rest = [found.group("group"), *([after.strip(" -–—:/")] if after.strip(" -–—:/") else [])]
            return found.group("name").rstrip(" -–—:/"), rest
    return name.rstrip(" -–—:/"), []


def read_child(text: str, known_groups: tuple[str, ...] = (), others: bool = True) -> ChildAnswer:
    """ "Sanne, groep 5", "Milan (zij) groep 4", "Li Ze (hij)", "Mila, groep 1/2", "Sanne zit in groep 5" or "Noor".

    The name is everything before the first comma, semicolon or bracket, kept whole: "Li Ze", "Ze'ev" and
    "Anne-Ze" are names, not pronouns; only a groep typed after it ("Sanne zit in groep 5", "Sanne uit 5b") is
    split off, with the words in between. A pronoun counts only where it stands on its own, in brackets or after
    a comma ("Milan (zij)", "Sanne, zij", "Noor, ze zit in groep 3", "Sanne (ze/haar)"); "hen" or "die" is
    'anders' (the sentences use the name) when `others` says the pronoun question has that choice. A part
    after the name is the groep only when it names one: "groep 1/2", "5B", a class name ("Dolfijnen", one of
    `known_groups`). Anything else ("ADHD", "8 jaar", "broer van Daan") is not kept, and `unused` says so."""
    out: dict = {}
    unused: list[str] = []
    pieces = [" ".join(p.split()) for p in re.split(r"[,;()]", text)]
    name, rest = ("", [pieces[0]]) if _GROUP.fullmatch(pieces[0]) else _split_name(pieces[0])
    rest = [*rest, *(p for p in pieces[1:] if p)]
    if not name:  # "(zij) Sanne": the name is the first part that is neither a pronoun nor a groep
        for index, piece in enumerate(rest):
            said = _pronoun(piece) or _BOTH_PRONOUNS.fullmatch(piece)
            if not (said or _GROUP.search(piece) or _CODE.fullmatch(piece)):
                name, more = _split_name(piece)
                rest = [*rest[:index], *more, *rest[index + 1 :]]
                break
    if name:
        out["kind"] = name
    for typed in rest:
        pronoun = _pronoun(typed)
        if pronoun == "anders" and not others:
            unused.append(typed)
            continue
        if pronoun:
            if out.setdefault("voornaamwoord", pronoun) != pronoun:
                unused.append(typed)  # "Sanne (hij) (zij)": the first one counts, the other is named
            continue
        if _BOTH_PRONOUNS.fullmatch(typed):
            continue  # "hij/zij" is neither: the follow-up question asks
        piece = typed
        start = _PRONOUN_START.match(piece)
        if start:  # "ze zit in groep 3": the pronoun opens the sentence after the comma
            out.setdefault("voornaamwoord", PRONOUNS[start.group(1).lower()])
            piece = piece[start.end() :]
        group = _GROUP.search(piece)
        if group and "groep" not in out:
            out["groep"] = " ".join(group.group(0).split())
            left = (piece[: group.start()] + " " + piece[group.end() :]).split()
            if any(word.lower() not in _FILLER for word in left):
                unused.append(typed)
        elif not start and not group and "groep" not in out and _is_class(piece, known_groups):
            out["groep"] = _is_class(piece, known_groups)  # "Dolfijnen", "de Vlinders", "5B", "uit 5b"
        else:
            unused.append(typed)
    return ChildAnswer(out, unused)


def _pronoun(piece: str) -> str:
    """ "zij", "ze/haar" -> 'zij'; "hij/hem" -> 'hij'; "hen", "die/hen" -> 'anders'; otherwise ''."""
    if piece.lower() in PRONOUNS:
        return PRONOUNS[piece.lower()]
    pair = _PRONOUN_PAIR.fullmatch(piece)
    if pair:
        return PRONOUNS[pair.group(1).lower()]
    return "anders" if OTHER_PRONOUNS.fullmatch(piece) else ""


def _is_class(piece: str, known: tuple[str, ...]) -> str:
    """The groep a part after the name names ("5B", "uit 5b", "Dolfijnen"), or ''."""
    words = piece.split()
    while len(words) > 1 and words[0].lower() in ("zit", "in", "uit"):
        words = words[1:]
    bare = " ".join(words)
    if _CODE.fullmatch(bare):
        return bare
    return piece if looks_like_class(piece, known) else ""


def child_answer(text: str) -> dict:
    """What the child's answer gives: the name, and the groep and pronoun when given."""
    return read_child(text).given
