"""Filling text into lines for a terminal, for Chinese as well as English.

Rich (and textwrap) break lines at spaces only, so Chinese prose — which has
none — gets chopped anywhere, punctuation first, or jumps whole to the next
line. Here a line may break between words and between any two wide (CJK)
characters, but never before closing punctuation or after opening punctuation,
and widths are rich's own cell widths (a wide character takes two columns), so
what is wrapped here lines up with what rich draws. This is the one line breaker:
plain text (`wrap`), and styled rich text (`wrap_styled`), which breaks the plain
text here and keeps each piece's styles.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from rich.text import Text

__all__ = ["display_width", "ellipsize", "narrowest", "short_question", "wrap", "wrap_styled"]


def display_width(text: str) -> int:
    """Columns `text` takes in a terminal, as rich counts them: wide (CJK) characters two."""
    if text.isascii() and text.isprintable():
        return len(text)  # what rich answers too, without a call per character
    from rich.cells import cell_len  # when text is laid out, not when prompts start

    return cell_len(text)


_CHAR_WIDTHS: dict[str, int] = {}


def _char_width(char: str) -> int:
    """`display_width` of one character, remembered."""
    width = _CHAR_WIDTHS.get(char)
    if width is None:
        width = _CHAR_WIDTHS[char] = display_width(char)
    return width


# Characters that must not start a line (closing punctuation, in both scripts).
_NO_START = set("，。、；：？！）》〉」』】〕”’…·,.;:!?)]}%")
# Characters that must not end a line (opening punctuation).
_NO_END = set("（《〈「『【〔“‘([{")


def _tokens(text: str) -> list[tuple[str, bool]]:
    """Split into the units a line may break between.

    Words (flagged when a space follows) and single wide characters; closing
    punctuation stays with what it follows. A run without spaces that is all ASCII
    is one word as it stands; other runs are read character by character, building
    each unit as a list joined once, so a megabyte without a space stays linear.
    """
    out: list[tuple[str, bool]] = []
    chunks = text.split()
    spaced_end = bool(text) and text[-1].isspace()
    for index, chunk in enumerate(chunks):
        spaced = index < len(chunks) - 1 or spaced_end
        if chunk.isascii():
            out.append((chunk, spaced))
            continue
        units = _chunk_units(chunk, after_space=index > 0)
        units[-1] = (units[-1][0], spaced)
        out.extend(units)
    return out


#: Chinese times and dates read as one word: "10点半", "下午3点45分", "11月24日",
#: "2026年11月24日", "3小时前". A line never breaks inside one ("10" / "点半").
_TOKEN = r"""(?x)
    (?:凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|今晚|半夜|夜里)?
    \d{1,2}(?:[点點时時](?:半|一刻|三刻|整|\d{1,2}分?(?:\d{1,2}秒)?)?|[:：]\d{2})
  | (?:\d{2,4}年)?\d{1,2}月(?:\d{1,2}[日号號])?
  | \d{2,4}年
  | \d+(?:个|個)?(?:多)?(?:小时|小時|分钟|分鐘|天|周|週|星期|个月|個月|月|年)(?:前|后|後)?
"""
_token_pattern: re.Pattern[str] | None = None


def _chunk_units(chunk: str, *, after_space: bool) -> list[tuple[str, bool]]:
    """The units of a run of characters without spaces (none of them followed by a space).

    A Chinese time or date ("10点半", "11月24日") is one unit, as a word is.
    """
    global _token_pattern
    if not any(char.isdigit() for char in chunk):
        return _plain_units(chunk, after_space=after_space)
    if _token_pattern is None:
        _token_pattern = re.compile(_TOKEN)
    units: list[tuple[str, bool]] = []
    start = 0
    for match in _token_pattern.finditer(chunk):
        if match.start() > start:
            units += _plain_units(chunk[start:match.start()], after_space=after_space or start > 0)
        units.append((match.group(), False))
        start = match.end()
    if start < len(chunk):
        units += _plain_units(chunk[start:], after_space=True)
    merged: list[tuple[str, bool]] = []
    for unit in units:  # closing punctuation stays with what it follows, opening with what follows
        if merged and (unit[0][0] in _NO_START or merged[-1][0][-1] in _NO_END):
            unit = (merged.pop()[0] + unit[0], False)
        merged.append(unit)
    return merged


def _plain_units(chunk: str, *, after_space: bool) -> list[tuple[str, bool]]:
    """`_chunk_units` of a run with no time or date in it."""
    units: list[list[str]] = []
    word: list[str] = []
    for char in chunk:
        wide = unicodedata.east_asian_width(char) in ("W", "F")
        if char in _NO_START and (word or units or after_space):
            if word:
                word.append(char)
            elif units:
                units[-1].append(char)
            else:  # the first character after a space starts a word
                word = [char]
            continue
        if wide:
            if word:
                units.append(word)
                word = []
            units.append([char])
        else:
            word.append(char)
    if word:
        units.append(word)
    merged: list[list[str]] = []
    for chars in units:
        if merged and merged[-1][-1] in _NO_END:
            before = merged.pop()
            before.extend(chars)
            chars = before
        merged.append(chars)
    return [("".join(chars), False) for chars in merged]


#: Holds the spaces of a phrase `wrap` keeps on one line (a command to copy); never typed.
_GLUE = "\x00"


def wrap(text: str, width: int, *, first: str = "", rest: str = "",
         cut_long: bool = True, whole: Iterable[str] = ()) -> list[str]:
    """Fill `text` into lines of at most `width` columns, starting with `first` then `rest`.

    Breaks between words and between CJK characters (never before closing
    punctuation). A word longer than a line (a hash, a URL) is cut, unless
    `cut_long` is false: it then stands whole on a line of its own, longer
    than `width`, so that it can be copied as it is. Each phrase of `whole` (a
    command such as ``walletsupport diagnose --resume``) is kept on one line, as a word.
    """
    glued = False
    for phrase in whole:
        if " " in phrase and phrase in text:
            text = text.replace(phrase, phrase.replace(" ", _GLUE))
            glued = True
    lines = _wrap(text, width, first, rest, cut_long)
    return [line.replace(_GLUE, " ") for line in lines] if glued else lines


#: Texts up to this many characters have their lines remembered (`_remembered`).
_REMEMBER_UP_TO = 2_000


def _wrap(text: str, width: int, first: str, rest: str, cut_long: bool) -> list[str]:
    """`_fill` of `text`; a short text's lines are remembered, a long one's never kept."""
    if len(text) > _REMEMBER_UP_TO:
        return _fill(text, width, first, rest, cut_long)
    return list(_remembered(text, width, first, rest, cut_long))


@lru_cache(maxsize=4096)
def _remembered(text: str, width: int, first: str, rest: str, cut_long: bool) -> tuple[str, ...]:
    """The lines of a short text, filled once.

    A screen fills the same sentences again and again: the closing screen tries up to
    eight layouts to fit one terminal screen.
    """
    return tuple(_fill(text, width, first, rest, cut_long))


def _fill(text: str, width: int, first: str, rest: str, cut_long: bool) -> list[str]:
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        prefix = first if not lines else rest
        line, used, gap = prefix, display_width(prefix), False
        fresh = True
        for unit, space in _tokens(paragraph):
            size = _char_width(unit) if len(unit) == 1 else display_width(
                unit.replace(_GLUE, " ") if _GLUE in unit else unit)
            sep = " " if gap else ""
            if not fresh and used + len(sep) + size > width:
                lines.append(line.rstrip())
                line, used, sep, fresh = rest, display_width(rest), "", True
            if cut_long and used + size > width and fresh and len(unit) > 1:
                # Cut a long word into pieces in one pass (slicing the rest again and
                # again was quadratic in the word's length).
                start = 0
                while used + size > width and len(unit) - start > 1:
                    cut = _fit(unit, width - used, start)
                    piece = unit[start:cut]
                    lines.append(line + piece)
                    size -= display_width(piece)
                    start = cut
                    line, used = rest, display_width(rest)
                unit = unit[start:]
            line += sep + unit
            used += len(sep) + size
            gap, fresh = space, False
        lines.append(line.rstrip())
    return lines


def wrap_styled(text: Text, width: int) -> list[Text]:
    """Break rich `text` into lines of at most `width` cells where `wrap` breaks its plain text.

    Each line is a slice of `text`, so its styles stay; spaces where a line breaks go.
    """
    plain = text.plain
    lines: list[Text] = []
    position = 0
    for line in wrap(plain, width):
        start = None
        for char in line:
            # `wrap` only drops or merges spaces and line ends: skip to the same character.
            while position < len(plain) and plain[position] != char:
                position += 1
            if start is None:
                start = position
            position += 1
        lines.append(text[start:position] if start is not None else text[position:position])
    return lines


def narrowest(text: str) -> int:
    """The widest unit of `text` that `wrap` never breaks: the narrowest line it can fill."""
    return max((display_width(unit) for line in text.splitlines()
                for unit, _ in _tokens(line)), default=0)


def _fit(unit: str, room: int, start: int = 0) -> int:
    """Where a piece of `unit` from `start` that fits in `room` columns ends (at least 1)."""
    used = 0
    for index in range(start, len(unit)):
        used += _char_width(unit[index])
        if used > room:
            return max(index, start + 1)
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


def ellipsize(text: str, width: int) -> str:
    """`text` on one line of at most `width` columns, ending in "…" where it was cut."""
    text = " ".join(text.split())
    if display_width(text) <= width:
        return text
    cut, used = "", 0
    for char in text:
        used += display_width(char)
        if used > width - 1:
            break
        cut += char
    return cut.rstrip() + "…"
