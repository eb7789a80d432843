"""Text that is safe to keep and safe to show: no lone surrogates, no control characters.

Input: a byte that is not valid in the terminal's encoding arrives as a lone surrogate (C locale,
PYTHONUTF8); it cannot be written as UTF-8 and would make a saved draft unreadable. `clean_input`
replaces it with U+FFFD and drops control characters.

Output: a library phrase or a name could carry terminal escape sequences (clear the screen, write to
the clipboard with OSC 52, hide a link with OSC 8) or bidirectional controls (show text reversed).
`for_terminal` removes every control character except newline and tab, and every bidirectional control,
so the terminal (and a document) only ever receives text.
"""

from __future__ import annotations

import re
import unicodedata

REPLACEMENT = "\ufffd"
_SURROGATE = re.compile("[\ud800-\udfff]")
# C0 and C1 controls and DEL; newline and tab are handled by the callers
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Bidirectional controls (embeddings, overrides, isolates, marks) can make text look different from what it is:
# U+202E shows "ni tegnew" as "wegnet in". Typed Arabic or Hebrew needs none: the renderers set the direction.
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SGR = re.compile("\x1b\\[[0-9;]*m")
_ESCAPE_SEQUENCE = re.compile(
    "\x1b\\[[0-?]*[ -/]*[@-~]"  # CSI ... final byte
    "|\x1b\\][^\x07\x1b]*(?:\x07|\x1b\\\\)?"  # OSC ... BEL or ST (clipboard, hidden links, titles)
    "|\x1b[PX^_][^\x1b]*(?:\x1b\\\\)?"  # DCS, SOS, PM, APC strings
    "|\x1b."  # any other two-character escape
)


def clean_input(text: str, multiline: bool = False) -> str:
    """What a user typed (or wrote in a file), as text that can be saved and read back: NFC, no surrogates,
    no controls. An escape sequence goes whole: colour codes (SGR) too, and no '[31m' is left behind."""
    text = _SURROGATE.sub(REPLACEMENT, str(text))
    text = _ESCAPE_SEQUENCE.sub("", text)
    text = text.replace("\t", " ")
    if not multiline:
        text = text.replace("\r", " ").replace("\n", " ")
    text = _CONTROL.sub("", text)
    text = _BIDI.sub("", text)
    return unicodedata.normalize("NFC", text)


def clean_value(value):
    """clean_input over strings in nested lists and dicts (multi-line text allowed)."""
    if isinstance(value, str):
        return clean_input(value, multiline=True)
    if isinstance(value, list):
        return [clean_value(v) for v in value]
    if isinstance(value, dict):
        return {clean_value(k) if isinstance(k, str) else k: clean_value(v) for k, v in value.items()}
    return value


def without_escapes(text: str) -> str:
    """A value from the command line without escape sequences or control characters (newline and tab
    stay). An invalid byte (a lone surrogate) stays, so that a file name still names its file."""
    if "\x1b" not in text and not _CONTROL.search(text):
        return text
    return _CONTROL.sub("", _ESCAPE_SEQUENCE.sub("", text))


def has_control(text: str) -> bool:
    """True when text holds a control character other than newline and tab, a bidirectional control, or a
    lone surrogate."""
    return bool(_CONTROL.search(text) or _SURROGATE.search(text) or "\r" in text or _BIDI.search(text))


def bidi_control(text: str) -> str | None:
    """The first bidirectional control in text (to name it in a message), else None."""
    found = _BIDI.search(text)
    return found.group() if found else None


def for_terminal(text: str) -> str:
    """Text without escape sequences or other control characters (newline and tab stay)."""
    text = _ESCAPE_SEQUENCE.sub("", _SURROGATE.sub(REPLACEMENT, text))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _BIDI.sub("", _CONTROL.sub("", text))


def for_stream(text: str) -> str:
    """What may reach the terminal: text, newlines, tabs and colour codes (SGR, as Rich writes them).
    Every other escape sequence (clear screen, OSC 52 clipboard, OSC 8 links), control character and
    bidirectional control goes."""
    if not _CONTROL.search(text) and "\r" not in text and not _BIDI.search(text):
        return text
    kept, last = [], 0
    for match in _SGR.finditer(text):
        kept.append(_strip_sequences(text[last : match.start()]))
        kept.append(match.group(0))
        last = match.end()
    kept.append(_strip_sequences(text[last:]))
    return "".join(kept)


def _strip_sequences(text: str) -> str:
    text = _ESCAPE_SEQUENCE.sub("", text).replace("\r\n", "\n").replace("\r", "")
    return _BIDI.sub("", _CONTROL.sub("", text))


class SafeStream:
    """A stand-in for sys.stdout or sys.stderr that passes only what for_stream allows."""

    def __init__(self, stream) -> None:
        self._stream = stream

    def write(self, text):
        if isinstance(text, str):
            text = for_stream(text)
        return self._stream.write(text)

    def writelines(self, lines) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str):
        return getattr(self._stream, name)
