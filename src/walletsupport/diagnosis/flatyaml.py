"""A YAML-free reader for flat answers files, agreeing exactly with `yamlsrc`.

Importing PyYAML and compiling its patterns costs a scripted diagnosis more than
reading every answer. Most answers files are one flat mapping of
`question-id: answer` lines, so `load_flat` reads exactly that shape itself and
hands anything else, unchanged, to `yamlsrc`: a line it is not sure of (an
indent, a quote with an escape, a comment after a value, a number it would have
to convert...) means the whole file goes to the YAML reader, so both always
agree (`tests/test_flatyaml.py` checks it).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .located import CONTROL, Located, LocatedList

__all__ = ["load_flat", "load_flat_file"]

# YAML 1.1 as PyYAML resolves a plain scalar: these words are booleans or null; any other
# plain scalar that cannot start a number, a date, `<<` or `=` is text.
_BOOLEANS = {word: value for words, value in (("yes Yes YES true True TRUE on On ON", True),
                                              ("no No NO false False FALSE off Off OFF", False))
             for word in words.split()}
_NULLS = frozenset(("~", "null", "Null", "NULL"))
_NUMBER_STARTS = frozenset("0123456789+-.<=")
#: What may start a YAML token other than a plain scalar (in the block or the flow context).
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
_KEY_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
_UNSURE: Any = object()


def _plain(text: str, numbers_as_text: bool, flow: bool) -> Any:
    """The value of a plain scalar as `yamlsrc` reads it, or `_UNSURE`."""
    if not text or text[0] in _INDICATORS or text.endswith(":") or ": " in text \
            or " #" in text or (flow and any(c in text for c in ",[]{}:#")):
        return _UNSURE
    if text in _BOOLEANS:
        return _BOOLEANS[text]
    if text in _NULLS:
        return None
    if text[0] in _NUMBER_STARTS and not numbers_as_text:
        return _UNSURE  # an int, a float or a date: PyYAML's constructors decide
    return text  # text, or (numbers_as_text) a number or date kept as written


def _value(text: str, numbers_as_text: bool, path: str, line: int) -> Any:
    """The value after `key: `, or `_UNSURE`."""
    first = text[:1]
    if first in ('"', "'"):
        end = text.find(first, 1)
        if end < 0 or text[end + 1:].strip(" ") or "\\" in text[1:end] and first == '"':
            return _UNSURE
        return text[1:end]
    if first == "[":
        if not text.endswith("]"):
            return _UNSURE
        items = LocatedList(path, line)
        inner = text[1:-1]
        if inner.strip(" "):
            for item in inner.split(","):
                value = _plain(item.strip(" "), numbers_as_text, flow=True)
                if value is _UNSURE:
                    return _UNSURE
                items.append(value)
                items.lines.append(line)
        return items
    return _plain(text, numbers_as_text, flow=False)


def load_flat(text: str, path: str, *, numbers_as_text: bool = False) -> Located | None:
    """`text` read as `yamlsrc.load_text` reads it, when it is a flat mapping; else None.

    Lines are `key: value` at the left margin (a value plain, quoted without escapes,
    or a one-line list of plain items), blank lines and whole-line comments: the
    shape of an answers file. Anything else returns None, for the YAML reader.
    """
    if "\x00" in text or "\t" in text or "\r" in text or "\ufeff" in text \
            or "\ufffe" in text or "\uffff" in text or CONTROL.search(text):
        return None  # the YAML reader refuses or reads these itself, saying where
    root: Located | None = None
    for number, raw in enumerate(text.split("\n"), 1):
        line = raw.rstrip(" ")
        if not line or line[0] == "#":
            continue
        key, sep, rest = line.partition(": ")
        if not sep or not key or key[0] == "-" or not _KEY_CHARS.issuperset(key):
            return None
        value = _value(rest.strip(" "), numbers_as_text, path, number)
        if value is _UNSURE:
            return None
        if root is None:
            root = Located(path, number)
        elif key in root:
            return None  # the YAML reader names both lines
        root[key] = value
        root.lines[key] = number
    return root


def load_flat_file(path: Path | str, *, numbers_as_text: bool = False) -> Any:
    """`yamlsrc.load_file(path)`, without importing PyYAML when the file is a flat mapping."""
    from ..sourcefile import read_source
    from ..vocabulary import MAX_FILE_BYTES

    name = str(path)
    data = read_source(path)  # a pipe, a device, a folder or a link loop is refused at once
    if len(data) <= MAX_FILE_BYTES:
        try:
            text = data.decode("utf-8").removeprefix("\ufeff")
        except UnicodeDecodeError:
            pass  # the YAML reader says on which line
        else:
            flat = load_flat(text, name, numbers_as_text=numbers_as_text)
            if flat is not None:
                return flat
    from .yamlsrc import load_bytes

    return load_bytes(data, name, numbers_as_text=numbers_as_text)
