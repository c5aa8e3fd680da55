"""Filling text into lines for a terminal, for Chinese as well as English.

Rich (and textwrap) break lines at spaces only, so Chinese prose — which has
none — gets chopped anywhere, punctuation first, or jumps whole to the next
line. Here a line may break between words and between any two wide (CJK)
characters, but never before closing punctuation or after opening punctuation,
and widths are counted in terminal columns (a wide character takes two).
"""

from __future__ import annotations

import unicodedata

__all__ = ["display_width", "short_question", "wrap"]


def display_width(text: str) -> int:
    """Columns `text` takes in a terminal: wide (CJK) characters count two, marks none."""
    width = 0
    for char in text:
        if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


# Characters that must not start a line (closing punctuation, in both scripts).
_NO_START = set("，。、；：？！）》」』】〕”’…·,.;:!?)]}%")
# Characters that must not end a line (opening punctuation).
_NO_END = set("（《「『【〔“‘([{")


def _tokens(text: str) -> list[tuple[str, bool]]:
    """Split into the units a line may break between.

    Words (flagged when a space follows) and single wide characters; closing
    punctuation stays with what it follows.
    """
    units: list[tuple[str, bool]] = []  # (unit, followed by a space)
    word = ""
    for char in text:
        if char.isspace():
            if word:
                units.append((word, True))
                word = ""
            elif units:
                units[-1] = (units[-1][0], True)
            continue
        wide = unicodedata.east_asian_width(char) in ("W", "F")
        if char in _NO_START and (word or units):
            if word:
                word += char
            else:
                last, space = units[-1]
                if space:
                    word = char
                else:
                    units[-1] = (last + char, False)
            continue
        if wide:
            if word:
                units.append((word, False))
                word = ""
            units.append((char, False))
        else:
            word += char
    if word:
        units.append((word, False))
    merged: list[tuple[str, bool]] = []
    for unit, space in units:
        if merged and not merged[-1][1] and merged[-1][0][-1] in _NO_END:
            unit = merged.pop()[0] + unit
        merged.append((unit, space))
    return merged


def wrap(text: str, width: int, *, first: str = "", rest: str = "",
         cut_long: bool = True) -> list[str]:
    """Fill `text` into lines of at most `width` columns, starting with `first` then `rest`.

    Breaks between words and between CJK characters (never before closing
    punctuation). A word longer than a line (a hash, a URL) is cut, unless
    `cut_long` is false: it then stands whole on a line of its own, longer
    than `width`, so that it can be copied as it is.
    """
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        prefix = first if not lines else rest
        line, used, gap = prefix, display_width(prefix), False
        fresh = True
        for unit, space in _tokens(paragraph):
            size = display_width(unit)
            sep = " " if gap else ""
            if not fresh and used + len(sep) + size > width:
                lines.append(line.rstrip())
                line, used, sep, fresh = rest, display_width(rest), "", True
            while cut_long and used + size > width and fresh and len(unit) > 1:
                cut = _fit(unit, width - used)
                lines.append(line + unit[:cut])
                unit = unit[cut:]
                size = display_width(unit)
                line, used = rest, display_width(rest)
            line += sep + unit
            used += len(sep) + size
            gap, fresh = space, False
        lines.append(line.rstrip())
    return lines


def _fit(unit: str, room: int) -> int:
    used = 0
    for index, char in enumerate(unit):
        used += display_width(char)
        if used > room:
            return max(index, 1)
    return len(unit)


def short_question(prompt: str, width: int = 48) -> str:
    """A question cut to its first sentence, and to `width` columns, for a one-line list."""
    for stop in ("? ", "？", ". ", "。", "（", " ("):
        head, found, _ = prompt.partition(stop)
        if found and head:
            prompt = head + found.strip() if stop in ("? ", "？") else head
            break
    if display_width(prompt) <= width:
        return prompt
    cut = ""
    for char in prompt:
        if display_width(cut + char) > width - 1:
            break
        cut += char
    return cut.rstrip() + "…"
