"""The `guide` screen: a title, then each section as a numbered heading with bulleted points.

Lines are broken here rather than by rich, which breaks only at spaces: Chinese
has none, so rich would leave a ragged gap before every long run of Chinese, or
cut a command name in two. The breaker below may break between any two Chinese
characters or at a space, keeps closing punctuation off the start of a line and
opening punctuation off its end, and indents bullets with a hanging indent.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from ..contacts.guide import INTRO, SECTIONS, TITLE, Section, section_names
from ..i18n import t

__all__ = ["render_guide", "wrap"]

_WIDTH = 80  # long lines are hard to read, even on a wide terminal
_HEAD = "   "  # under the "1. " of a heading
_BULLET = "   • "
_HANG = "     "

def wrap(text: Text, width: int) -> list[Text]:
    """Break `text` into lines of at most `width` cells, keeping its styles."""
    from ..wrapping import wrap_styled

    return wrap_styled(text, width)


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
        names = section_names(lang)
        _print(console, Text(t("guide.sections", lang, names=names), style="dim"), width)
