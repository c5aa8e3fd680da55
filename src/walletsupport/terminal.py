"""Output that a terminal without UTF-8 can still show.

With ``PYTHONIOENCODING=ascii`` (or an old locale that Python does not coerce
to UTF-8) printing a dash, a tick or a Chinese character would fail halfway
through a screen. The standard streams are set to write an ASCII stand-in for
what their encoding lacks ("—" as "-", "“x”" as '"x"', "✓" as "v", anything
else as "?"), and a Chinese interface on such a stream falls back to English
with one line that says how to fix the locale. Input is read as UTF-8 with
undecodable bytes replaced, so a typed answer never stops the run either.
"""

from __future__ import annotations

import codecs
import contextlib
import sys
import unicodedata
from typing import IO, Any

__all__ = ["ERRORS", "can_show", "settle_encodings", "stand_in"]

#: The codec error handler the standard streams use.
ERRORS = "walletsupport-ascii"

_STAND_INS = {
    "\u2014": "-", "\u2013": "-", "\u2012": "-", "\u2010": "-", "\u2011": "-", "\u2212": "-",
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"',
    "\u00ab": '"', "\u00bb": '"', "\u2026": "...", "\u2022": "*", "\u00b7": "*",
    "\u2713": "v", "\u2714": "v", "\u2717": "x", "\u2718": "x", "\u26a0": "!", "\u2192": "->",
    "\u2190": "<-", "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u3000": " ",
    "\u00d7": "x", "\u00f7": "/", "\u2264": "<=", "\u2265": ">=", "\u00a5": "CNY ",
    "\u20ac": "EUR ", "\u00a3": "GBP ", "\u3001": ",", "\u3002": ".", "\uff0c": ",",
    "\uff1a": ":", "\uff1b": ";", "\uff08": "(", "\uff09": ")", "\u300c": '"', "\u300d": '"',
    "\u2500": "-", "\u2502": "|", "\u256d": "+", "\u256e": "+", "\u2570": "+", "\u256f": "+",
    "\u250c": "+", "\u2510": "+", "\u2514": "+", "\u2518": "+", "\u251c": "+", "\u2524": "+",
}


def stand_in(char: str) -> str:
    """An ASCII stand-in for one character: its usual ASCII form, its base letter, or "?"."""
    if char in _STAND_INS:
        return _STAND_INS[char]
    base = "".join(c for c in unicodedata.normalize("NFKD", char)
                   if not unicodedata.combining(c))
    return base if base and base.isascii() and base.isprintable() else "?"


def _handler(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    text = error.object[error.start:error.end]
    return "".join(stand_in(c) for c in text), error.end


codecs.register_error(ERRORS, _handler)


def can_show(stream: IO[str] | Any, sample: str = "中文—✓") -> bool:
    """Whether `stream` can write `sample` as it is (a stream without an encoding can)."""
    encoding = getattr(stream, "encoding", None)
    if not isinstance(encoding, str) or not encoding:
        return True
    try:
        sample.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def settle_encodings() -> None:
    """Set the standard streams so that no character can stop the run."""
    for stream in (sys.stdout, sys.stderr):
        if not can_show(stream) and hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(errors=ERRORS)
            except (ValueError, OSError):  # detached or closed: nothing to settle
                continue
    stdin = sys.stdin
    if not can_show(stdin) and hasattr(stdin, "reconfigure"):
        # UTF-8 reads every ASCII byte the same, and a typed "中" still arrives whole.
        with contextlib.suppress(ValueError, OSError):
            stdin.reconfigure(encoding="utf-8", errors="replace")
