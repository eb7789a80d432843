"""A child's name: cleaned, compared and turned into a safe part of a file name.

A child is identified by the exact name the teacher gave (compared without case, after Unicode NFC
normalisation and with spaces collapsed), never by a file name: 王伟, 李明, محمد and Σοφία are four
children. Two children with the same first name in one class are told apart by the name the teacher
types, for instance with an initial ("Sanne B." and "Sanne de V."); those are different children.
"""

from __future__ import annotations

import re
import unicodedata

SLUG_CHARS = 40  # characters of the name in a file name
SLUG_BYTES = 120  # and at most this many bytes in UTF-8 (file systems allow 255 for the whole name)
_SPACES = re.compile(r"\s+")


def clean(text: str) -> str:
    """NFC, without control or format characters (except ordinary spaces), spaces collapsed, trimmed."""
    text = unicodedata.normalize("NFC", str(text))
    kept = []
    for ch in text:
        category = unicodedata.category(ch)
        if ch.isspace():
            kept.append(" ")
        elif category in ("Cc", "Cs", "Co", "Cn"):
            continue
        elif category == "Cf" and ch not in "\u200c\u200d":  # keep the joiners that Persian and Indic need
            continue
        else:
            kept.append(ch)
    return _SPACES.sub(" ", "".join(kept)).strip()


def key(name: object) -> str:
    """What two names must share to be the same child: the cleaned name, case-folded."""
    return clean(str(name or "")).casefold()


def same_child(a: object, b: object) -> bool:
    """True only for the same stored name (ignoring case and spacing); an empty name matches nothing."""
    first = key(a)
    return bool(first) and first == key(b)


def slug(text: str, fallback: str = "gesprek") -> str:
    """A safe part of a file name that keeps letters of every script: 'Sanne de Vries' -> 'sanne-de-vries',
    '王伟' -> '王伟', 'محمد' -> 'محمد'. No separators, dots or control characters; bounded in length."""
    text = unicodedata.normalize("NFC", clean(text).casefold())
    out: list[str] = []
    for ch in text:
        category = unicodedata.category(ch)
        if category[0] in ("L", "N") or (category[0] == "M" and out and out[-1] != "-"):
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    result = "".join(out).strip("-")[:SLUG_CHARS]
    while len(result.encode("utf-8")) > SLUG_BYTES:
        result = result[:-1]
    result = unicodedata.normalize("NFC", result).strip("-")
    return result or fallback


# Default-ignorable code points (and the braille blank): they show as nothing at all, so a name made of them
# is no name ("\u200b", "\u034f", the Hangul fillers, variation selectors, tag characters).
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f"
    "\u2800\u3164\ufe00-\ufe0f\ufeff\uffa0\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff]"
)


def has_visible(text: object) -> bool:
    """Whether a reader would see anything: a letter, digit, punctuation mark or symbol that is not one of
    the invisible characters. Spaces, "\u200b" or a lone combining mark are nothing to see."""
    shown = _INVISIBLE.sub("", clean(str(text or "")))
    return any(unicodedata.category(ch)[0] in "LNPS" for ch in shown)
