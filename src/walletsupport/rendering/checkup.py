"""The `checkup` screens: the title before the questions, and the ✓ / ! / ✗ result.

The result reads like `flutter doctor`: one line per habit with its mark, and
under each mark short of good the fix and where the setting is. Colour only
repeats what the marks say; in plain mode (screen readers) the marks are
spelled out ("good", "could be better", "at risk") instead of drawn.
"""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from ..checkup.export import SYMBOLS, mark_word, summary_line
from ..checkup.model import Checkup, CheckupResult
from ..errors import t_list
from ..i18n import pick, t
from ..wrapping import display_width, wrap

__all__ = ["render_checkup_intro", "render_checkup_result"]

_STYLE = {"good": "green", "could-be-better": "yellow", "at-risk": "bold red"}


def _print(console: Console, text: str, *, first: str = "", rest: str = "", style: str = "",
           head_style: str = "") -> None:
    """Print `text` wrapped to the console (Chinese breaks between characters too)."""
    for number, line in enumerate(wrap(text, max(console.width, 20), first=first, rest=rest)):
        out = Text(line)
        prefix = first if number == 0 else rest
        if style:
            out.stylize(style, len(prefix))
        if head_style and number == 0:
            out.stylize(head_style, 0, len(prefix))
        console.print(out, no_wrap=True, overflow="ignore", crop=False)


def render_checkup_intro(console: Console, checkup: Checkup, lang: str) -> None:
    """The check-up's title and what to expect, before the first question."""
    console.print()
    _print(console, pick(checkup.title, lang), style="bold")
    _print(console, pick(checkup.summary, lang), style="dim")
    if checkup.outside:
        _print(console, t("checkup.outside", lang, paths=t_list(list(checkup.outside), lang)),
               style="bold red")
    console.print()


def render_checkup_result(console: Console, result: CheckupResult, lang: str, *,
                          plain: bool = False) -> None:
    """One line per habit with its mark, the fixes, the summary and what to do next."""
    console.print()
    _print(console, t("checkup.results", lang), style="bold")
    console.print()
    colon = t("checkup.label", lang, label="")
    for finding in result.findings:
        habit, answer, mark = finding.habit, finding.answer, finding.mark
        title, status = pick(habit.title, lang), pick(answer.status, lang)
        if plain:
            word = mark_word(mark, lang)
            line = t("checkup.line.plain", lang, mark=word[:1].upper() + word[1:], title=title,
                     status=status)
            _print(console, line, rest="    ")
        else:
            head = f"[{SYMBOLS[mark]}] "
            _print(console, t("checkup.line", lang, title=title, status=status), first=head,
                   rest=" " * display_width(head), head_style=_STYLE[mark])
        if mark == "good":
            continue
        pairs = [(t("checkup.fix", lang), answer.fix)]
        if habit.where is not None:
            pairs.append((t("checkup.where", lang), habit.where))
        for label, text in pairs:
            if text is None:
                continue
            _print(console, f"{label}{colon}{pick(text, lang)}", first="    ", rest="    ",
                   style="dim" if label == t("checkup.where", lang) else "")
    console.print()
    _print(console, summary_line(result, lang), style=_STYLE[result.overall])
    suffix = ".plain" if plain else ""
    _print(console, t(f"checkup.verdict.{result.overall}{suffix}", lang))
    if result.at_risk:
        console.print()
        _print(console, t("checkup.diagnose", lang), style="bold")
        # The command on a line of its own: never broken, easy to copy.
        console.print(Text("  walletsupport diagnose security", style="bold"), no_wrap=True,
                      overflow="ignore", crop=False)
