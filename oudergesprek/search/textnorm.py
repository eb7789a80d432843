"""Turning Dutch text into search terms: folded case and accents, light stemming."""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[a-z0-9]+")
_LONG_VOWEL = re.compile(r"(aa|ee|oo|uu)")
_SUFFIXES = ("heden", "heid", "ingen", "ing", "tjes", "tje", "jes", "je", "ene", "en", "es", "e", "s", "t")


def fold(text: str) -> str:
    """Lower case without accents or apostrophes: 'Ideeën' -> 'ideeen', "IB'er" -> 'iber'."""
    text = text.lower()
    if not text.isascii():  # ASCII has nothing to decompose and no accents: skip the slow part
        text = unicodedata.normalize("NFKD", text)
        if not text.isascii():
            text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.replace("'", "").replace("’", "")


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def stem(word: str) -> str:
    """A deliberately crude Dutch stem: the same function on both sides makes forms meet.

    huilen/huilt/huil -> huil, boos/boze -> bos, ideeen/idee -> ide, pesten/gepest -> pes.
    Remembered per word: building the index stems the same words over and over.
    """
    found = _STEMS.get(word)
    if found is None:
        found = _stem(word)
        if len(_STEMS) < _STEMS_MAX:
            _STEMS[word] = found
    return found


_STEMS: dict[str, str] = {}
_STEMS_MAX = 200_000


def _stem(word: str) -> str:
    if len(word) <= 3 or word.isdigit():
        return word
    if word.startswith("ge") and len(word) >= 6:
        word = word[2:]
        if word[-1] in "dt":
            word = word[:-1]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix in ("s", "t") and word[-2] in "aeiou":
                break
            word = word[: -len(suffix)]
            break
    if word.endswith("t") and len(word) >= 4 and word[-2] not in "aeiou":
        word = word[:-1]
    if len(word) >= 4 and word[-1] == word[-2] and word[-1] not in "aeiou":
        word = word[:-1]
    word = _LONG_VOWEL.sub(lambda m: m.group(0)[0], word)
    if word.endswith("z"):
        word = word[:-1] + "s"
    elif word.endswith("v"):
        word = word[:-1] + "f"
    elif word.endswith("d"):
        word = word[:-1] + "t"
    return word


def terms(text: str) -> list[str]:
    return list(map(stem, words(text)))
