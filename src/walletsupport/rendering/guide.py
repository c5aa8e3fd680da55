"""The `guide` screen: a title, then each section as a numbered heading with bulleted points.

Lines are broken here rather than by rich, which breaks only at spaces: Chinese
has none, so rich would leave a ragged gap before every long run of Chinese, or
cut a command name in two. The breaker below may break between any two Chinese
characters or at a space, keeps closing punctuation off the start of a line and
opening punctuation off its end, and indents bullets with a hanging indent.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from ..guide import INTRO, SECTIONS, TITLE, Section
from ..i18n import t

__all__ = ["render_guide", "wrap"]

_WIDTH = 80  # long lines are hard to read, even on a wide terminal
_HEAD = "   "  # under the "1. " of a heading
_BULLET = "   • "
_HANG = "     "

# Chinese characters and full-width punctuation: a line may break before or after any of them.
_WIDE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f]")
_NO_START = frozenset("，。、；：！？）」』》〉】…,.;:!?)]%")
_NO_END = frozenset("（「『《〈【([")


def _units(plain: str, width: int) -> list[tuple[int, int]]:
    """Split into the pieces a line may break between: spaces, words, single wide characters."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(plain)
    while i < n:
        j = i + 1
        if plain[i].isspace():
            while j < n and plain[j].isspace():
                j += 1
        elif not _WIDE.match(plain[i]):
            while j < n and not plain[j].isspace() and not _WIDE.match(plain[j]):
                j += 1
            if cell_len(plain[i:j]) > width:  # a word longer than a line: fold it
                spans.extend((k, k + 1) for k in range(i, j))
                i = j
                continue
        spans.append((i, j))
        i = j
    return spans


def wrap(text: Text, width: int) -> list[Text]:
    """Break `text` into lines of at most `width` cells, keeping its styles."""
    plain = text.plain
    units = _units(plain, width)

    def piece(k: int) -> str:
        return plain[units[k][0]:units[k][1]]

    lines: list[list[int]] = []
    line: list[int] = []
    used = 0
    for k in range(len(units)):
        size = cell_len(piece(k))
        if piece(k).isspace():
            if not line:
                continue
            if used + size > width:
                lines.append(line)
                line, used = [], 0
                continue
        elif used + size > width and line:
            carried = [k]
            while line and piece(line[-1]).isspace():
                line.pop()
            # Closing punctuation may not start a line: take the character before it along.
            while piece(carried[0]) in _NO_START and len(line) > 1:
                carried.insert(0, line.pop())
            while line and len(line) > 1 and piece(line[-1]) in _NO_END:
                carried.insert(0, line.pop())
            lines.append(line)
            line = []
            used = 0
            for m in carried[:-1]:
                line.append(m)
                used += cell_len(piece(m))
        line.append(k)
        used += size
    if line:
        lines.append(line)
    result = []
    for found in lines:
        while found and piece(found[-1]).isspace():
            found.pop()
        if found:
            result.append(text[units[found[0]][0]:units[found[-1]][1]])
    return result


def _print(console: Console, text: Text, width: int, first: str = "", rest: str = "") -> None:
    for number, line in enumerate(wrap(text, width - cell_len(first))):
        console.print(Text(first if number == 0 else rest) + line, soft_wrap=True)


def _word(text: Mapping[str, str], lang: str) -> str:
    return text.get(lang) or text["en"]


def _section(console: Console, section: Section, lang: str, width: int) -> None:
    number = next(n for n, s in enumerate(SECTIONS, 1) if s.id == section.id)
    _print(console, Text(f"{number}. {_word(section.title, lang)}", style="bold"), width,
           "", _HEAD)
    _print(console, Text(_word(section.intro, lang), style="italic"), width, _HEAD, _HEAD)
    separator = "：" if lang == "zh" else ": "
    for point in section.points:
        line = Text()
        line.append(_word(point.lead, lang), style="bold")
        line.append(separator)
        line.append(_word(point.text, lang))
        _print(console, line, width, _BULLET, _HANG)


def render_guide(console: Console, sections: Sequence[Section], lang: str, *,
                 whole: bool = True) -> None:
    """Show `sections`; when `whole`, with the title, the introduction and the section names."""
    width = min(console.width, _WIDTH)
    if whole:
        _print(console, Text(_word(TITLE, lang), style="bold underline"), width)
        _print(console, Text(_word(INTRO, lang)), width)
        console.print()
    for index, section in enumerate(sections):
        if index:
            console.print()
        _section(console, section, lang, width)
    if whole:
        console.print()
        names = ", ".join(s.id for s in SECTIONS)
        _print(console, Text(t("guide.sections", lang, names=names), style="dim"), width)
