"""Read YAML as plain data with line numbers, bounded work and no object-building tags.

PyYAML's event stream is flat, so a deep or hostile file cannot exhaust the stack: we build the tree
ourselves, refuse tags, and stop at a nesting limit. Anchors and aliases (as `yaml.safe_dump` writes
them for shared objects) are accepted, but every alias counts as the whole part it repeats, so an
alias bomb ("billion laughs") is refused long before it is expanded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MAX_BYTES = 5_000_000
MAX_DEPTH = 20
MAX_NODES = 1_000_000

_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_INT = re.compile(r"^[-+]?(?:0|[1-9][0-9_]*)$")
_FLOAT = re.compile(r"^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]+(?:[eE][-+]?[0-9]+)?$")
_STANDARD_TAGS = {"!", "tag:yaml.org,2002:str", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"}


class YamlProblem(Exception):
    """A file that cannot be read as YAML; `line` is 1-based or None."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


class LineDict(dict):
    """A mapping that remembers its own line and the line of each key."""

    line: int = 0
    key_lines: dict[str, int]


class LineList(list):
    """A sequence that remembers its own line and the line of each item."""

    line: int = 0
    item_lines: list[int]


@dataclass
class _Frame:
    container: LineDict | LineList
    pending_key: Any = None
    pending_line: int = 0
    has_key: bool = False
    anchor: str | None = None
    nodes_at_start: int = 0


_SCANNER_HINTS = [
    ("'\\t'", "Er staat een tab: gebruik spaties om in te springen."),
    ("mapping values are not allowed", "Een dubbele punt midden in een tekst: zet de tekst tussen aanhalingstekens."),
    (
        "could not find expected ':'",
        "Hier ontbreekt een dubbele punt achter een sleutel, of een aanhalingsteken is niet gesloten.",
    ),
    (
        "found unexpected end of stream",
        "Het bestand houdt halverwege op: een aanhalingsteken of haakje is niet gesloten.",
    ),
    ("did not find expected key", "De inspringing klopt niet: zet dit op dezelfde hoogte als de regels erboven."),
    ("did not find expected '-'", "De inspringing van deze lijst klopt niet."),
    (
        "found character that cannot start any token",
        "Hier staat een teken waarmee een waarde niet mag beginnen; zet de tekst tussen aanhalingstekens.",
    ),
    ("found undefined tag handle", "Onbekende tag (!): tags zijn niet toegestaan."),
    ("expected <block end>", "De inspringing klopt niet: deze regel staat te ver in of uit."),
    ("did not find expected node content", "Hier ontbreekt een waarde."),
    ("found unknown escape character", "Een ongeldige backslash-code in een tekst tussen dubbele aanhalingstekens."),
]


def _translate(exc: Exception, text_in: str, loader: Any) -> YamlProblem:
    text = str(exc)
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line = mark.line + 1 if mark is not None else None
    position = getattr(exc, "position", None)  # PyYAML's reader: a character YAML does not allow
    if isinstance(position, int) and mark is None:
        # libyaml counts the position in bytes of UTF-8, PyYAML's own reader in characters
        if loader.__name__.startswith("C"):
            line = text_in.encode("utf-8")[:position].count(b"\n") + 1
        else:
            line = text_in[:position].count("\n") + 1
        character = getattr(exc, "character", None)
        code = f" (U+{character:04X})" if isinstance(character, int) else ""
        return YamlProblem(f"Op deze regel staat een onzichtbaar stuurteken{code}; haal het weg.", line)
    if mark is not None and "cannot start any token" in text:
        lines = text_in.splitlines()
        if 0 <= mark.line < len(lines) and "\t" in lines[mark.line][: mark.column + 1]:
            return YamlProblem(_SCANNER_HINTS[0][1], line)
    for needle, dutch in _SCANNER_HINTS:
        if needle in text:
            return YamlProblem(dutch, line)
    return YamlProblem("Dit is geen geldige YAML op deze plek.", line)


def decode(data: bytes) -> str:
    """Bytes to text: UTF-8 (with or without byte-order mark) and no binary content."""
    if len(data) > MAX_BYTES:
        raise YamlProblem(_too_large(len(data), MAX_BYTES))
    if b"\x00" in data:
        raise YamlProblem("Dit is geen tekstbestand (er staan binaire tekens in).")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise YamlProblem("Het bestand is niet in UTF-8 opgeslagen; sla het op als UTF-8.", line) from None


def _scalar(event: Any, line: int) -> Any:
    """A plain scalar gets its type (null, bool, int, float); a quoted one stays text. `line`: where it stands.

    The plain style is None from PyYAML's pure-Python parser and '' from libyaml (CSafeLoader).
    """
    value = event.value
    if event.style not in (None, "") or not event.implicit[0]:
        return value
    if _NULL.match(value):
        return None
    if _BOOL.match(value):
        return value.lower() == "true"
    if _INT.match(value):
        try:
            return int(value.replace("_", ""))
        except ValueError:  # more digits than Python converts (sys.get_int_max_str_digits, 4300 by default)
            raise YamlProblem(_TOO_LONG, line) from None
    if _FLOAT.match(value):
        return float(value.replace("_", ""))
    return value


_TOO_LONG = (
    "Hier staat een getal dat te lang is om te lezen (duizenden cijfers). "
    "Is het tekst, zet het dan tussen aanhalingstekens; anders hoort het hier niet."
)


def _too_deep(text: str) -> int | None:
    """The line where flow brackets ([ and {) nest deeper than MAX_DEPTH, or None.

    libyaml's own limit differs between versions and reports itself only in English, so deep flow
    nesting is refused here first, in one pass, without building anything.
    """
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return None
    depth, quote, line = 0, "", 1
    for char in text:
        if char == "\n":
            line += 1
        elif quote:
            if char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return line
        elif char in "]}":
            depth = max(depth - 1, 0)
    return None


_TOO_BIG = "Het bestand bevat te veel onderdelen om veilig te lezen (verwijzingen met * meegeteld)."


def loads(text: str, loader: Any = None) -> Any:
    """Parse one YAML document into dicts, lists and scalars, with line numbers.

    `loader` is for tests: libyaml's CSafeLoader when present (the default), else PyYAML's SafeLoader.
    """
    import yaml

    deep = _too_deep(text)
    if deep is not None:
        raise YamlProblem("Het bestand is te diep genest.", deep)

    loader = loader or getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    stack: list[_Frame] = []
    root: Any = None
    nodes = 0  # expanded: an alias counts as every node it repeats
    documents = 0
    anchors: dict[str, tuple[Any, int]] = {}  # name -> (value, expanded size); size -1 while still open
    try:
        for event in yaml.parse(text, Loader=loader):
            line = event.start_mark.line + 1 if event.start_mark else 0
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise YamlProblem("Er staan meerdere documenten (---) in dit bestand; gebruik er één.", line)
                continue
            anchor = getattr(event, "anchor", None)
            tag = getattr(event, "tag", None)
            if tag is not None and tag not in _STANDARD_TAGS:
                raise YamlProblem(
                    f"De tag {tag} is niet toegestaan: dit bestand mag alleen tekst en lijsten bevatten.", line
                )
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent, yaml.ScalarEvent)):
                nodes += 1
                if nodes > MAX_NODES:
                    raise YamlProblem(_TOO_BIG, line)
            if isinstance(event, yaml.AliasEvent):
                if anchor not in anchors:
                    raise YamlProblem(f"De verwijzing *{anchor} wijst naar een anker (&{anchor}) dat er niet is.", line)
                value, size = anchors[anchor]
                if size < 0:
                    raise YamlProblem(f"De verwijzing *{anchor} staat binnen haar eigen anker: dat kan niet.", line)
                nodes += size
                if nodes > MAX_NODES:
                    raise YamlProblem(_TOO_BIG, line)
            elif isinstance(event, yaml.MappingStartEvent):
                value = LineDict()
                value.key_lines = {}
            elif isinstance(event, yaml.SequenceStartEvent):
                value = LineList()
                value.item_lines = []
            elif isinstance(event, yaml.ScalarEvent):
                value = _scalar(event, line)
                if anchor:
                    anchors[anchor] = (value, 1)
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                done = stack.pop()
                if done.anchor:
                    anchors[done.anchor] = (done.container, nodes - done.nodes_at_start + 1)
                continue
            else:
                continue
            opens = isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent))
            if opens:
                value.line = line
                if len(stack) >= MAX_DEPTH:
                    raise YamlProblem("Het bestand is te diep genest.", line)
                if anchor:
                    anchors[anchor] = (value, -1)
            if not stack:
                root = value
            else:
                frame = stack[-1]
                parent = frame.container
                if isinstance(parent, LineList):
                    parent.append(value)
                    parent.item_lines.append(line)
                elif not frame.has_key:
                    if isinstance(value, (LineDict, LineList)):
                        raise YamlProblem("Een sleutel moet een gewoon woord zijn, geen lijst.", line)
                    frame.pending_key, frame.pending_line, frame.has_key = value, line, True
                else:
                    key = frame.pending_key
                    key = key if isinstance(key, str) else str(key)
                    if key in parent:
                        raise YamlProblem(f"De sleutel '{key}' staat hier twee keer.", line)
                    parent[key] = value
                    parent.key_lines[key] = frame.pending_line
                    frame.has_key = False
            if opens:
                stack.append(_Frame(value, anchor=anchor, nodes_at_start=nodes))
    except YamlProblem:
        raise
    except yaml.YAMLError as exc:
        raise _translate(exc, text, loader) from None
    return root


def read_limited(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file, refused (YamlProblem) when it is larger than `limit`.

    The size is checked before reading (stat), and at most limit+1 bytes are read, so a file of
    gigabytes (or one that grows while it is read) never fills the memory. A folder, a pipe (FIFO) or a
    device is refused without opening it for reading, so it cannot block.
    """
    import stat

    from oudergesprek.errors import os_reason

    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise YamlProblem("Dit is een map, geen bestand.")
        if not stat.S_ISREG(info.st_mode):
            raise YamlProblem("Dit is geen gewoon bestand (maar bijvoorbeeld een pijp of apparaat).")
        if info.st_size > limit:
            raise YamlProblem(_too_large(info.st_size, limit))
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise YamlProblem(f"Het bestand kan niet worden gelezen: {os_reason(exc)}.") from None
    if len(data) > limit:
        raise YamlProblem(_too_large(len(data), limit))
    return data


def _too_large(size: int, limit: int) -> str:
    return f"Het bestand is te groot ({max(1, size // 1_000_000)} MB; de grens is {limit // 1_000_000} MB)."


def load_file(path: Path) -> Any:
    """Read and parse a YAML file; every failure is a YamlProblem."""
    return loads(decode(read_limited(path)))


def plain(value: Any) -> Any:
    """The same data as ordinary dicts and lists (for writing back with PyYAML)."""
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    return value
