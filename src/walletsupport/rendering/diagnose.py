"""The `diagnose` screens: advice as it is reached, and the closing screen."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text as RichText

from ..diagnosis.results import Result, ShownAdvice
from ..i18n import pick, t

__all__ = ["origin_of", "outcome_panel", "render_advice", "render_checklist", "render_notice",
           "render_outcome", "render_problem", "render_title"]

_SEVERITY_STYLE = {"info": "", "warning": "yellow", "urgent": "bold red"}
_OUTCOME_STYLE = {"resolved": "green", "contact-support": "yellow", "urgent": "bold red",
                  "wait": "cyan", "estimate": "cyan", "self-check": "cyan",
                  "ask-bank": "yellow", "ask-sender": "yellow"}


def render_title(console: Console, title: str, summary: str, *,
                 outside: str | None = None, lang: str = "en") -> None:
    """The flow's title as a heading, with its summary; `outside` names a non-built-in file."""
    console.print()
    # Broken where Chinese breaks: rich alone starts a line with "，" at some widths.
    from ..wrapping import wrap_styled

    for text in (RichText(title, style="bold"), RichText(summary, style="dim")):
        for line in wrap_styled(text, max(console.width, 8)):
            console.print(line, no_wrap=True, overflow="ignore", crop=False)
    if outside is not None:
        console.print(RichText(t("diagnose.flow-source", lang, path=outside), style="bold red"))
    console.print()


def _styled(parts: Sequence[tuple[str, str | None]], width: int, lang: str) -> RichText:
    """Styled pieces as one text; Chinese is wrapped here, rich wraps at spaces only."""
    plain = "".join(part for part, _ in parts)
    if lang != "zh" or width < 8:
        text = RichText()
        for part, style in parts:
            text.append(part, style=style)
        return text
    from ..wrapping import wrap

    wrapped = "\n".join(wrap(plain, width))
    # Map each original character to where wrapping put it (line ends may drop spaces).
    places: list[int | None] = []
    j = 0
    for char in plain:
        while j < len(wrapped) and wrapped[j] == "\n" and char != "\n":
            j += 1
        if j < len(wrapped) and wrapped[j] == char:
            places.append(j)
            j += 1
        else:
            places.append(None)
    text = RichText(wrapped)
    start = 0
    for part, style in parts:
        spots = [p for p in places[start:start + len(part)] if p is not None]
        if style and spots:
            text.stylize(style, spots[0], spots[-1] + 1)
        start += len(part)
    return text


def origin_of(flow: Any) -> str | None:
    """The file a flow came from when it is not walletsupport's own, else None."""
    return None if getattr(flow, "source", "built-in") == "built-in" else str(flow.path)


def render_advice(console: Console, shown: ShownAdvice, lang: str, *,
                  origin: str | None = None) -> None:
    """Numbered steps; urgent ones marked in words as well as in red.

    `origin` names the file of a flow that is not walletsupport's own: its advice
    carries the file's name beside it, so that no third-party text reads as ours.
    """
    width = min(console.width, 80)
    number_width = len(f"{len(shown.steps)}.")
    text_width = width - 4 - number_width - 1  # borders and padding, number column, gap
    table = Table.grid(padding=(0, 1))
    table.add_column(justify="right", no_wrap=True)
    table.add_column(overflow="fold")  # a word wider than the column folds, never "…"
    for number, step in enumerate(shown.steps, 1):
        style = _SEVERITY_STYLE[step.severity] or None
        parts: list[tuple[str, str | None]] = []
        if step.severity != "info":
            label = t(f"severity.{step.severity}", lang)
            parts.append((t("severity.mark", lang, label=label), style))
        parts.append((shown.text(step, lang), style))
        table.add_row(f"{number}.", _styled(parts, text_width, lang))
    for code in dict.fromkeys(_left_out(code) for _, code in shown.problems):
        table.add_row("!", _styled([(t(f"sums.left-out.{code}", lang), "yellow")], text_width,
                                   lang))
    if origin is not None:
        table.add_row("", _styled([(t("faults.from-flow-file", lang, path=origin), "bold red")],
                                  text_width, lang))
    title = pick(shown.advice.title, lang) if shown.advice.title is not None else t(
        "diagnose.advice", lang)
    urgent = any(s.severity == "urgent" for s in shown.steps)
    console.print(Panel(table, title=escape(title), title_align="left",
                        border_style="red" if urgent else "cyan", width=width))


def _left_out(code: str) -> str:
    """The catalog message for a sum left out (an unreadable earlier answer has one)."""
    return code if code in ("too-large", "mixed-currencies", "division-by-zero") else "unreadable"


def render_notice(console: Console, text: str, lang: str = "en") -> None:
    """A kind word after the tool removed a secret from an answer.

    Plain mode says "Note:" in words: a screen reader would read the ⓘ sign aloud.
    """
    from .plain import PlainConsole

    mark = t("diagnose.notice-mark", lang) if isinstance(console, PlainConsole) else "ⓘ "
    console.print(_styled([(f"{mark}{text}", "yellow")], console.width, lang))


def render_outcome(console: Console, result: Result, lang: str,
                   today: datetime | None = None) -> None:
    """The outcome in one sentence; for a wait, the day to check again and what to do then."""
    console.print(outcome_panel(result, lang, today, console.width))


def outcome_panel(result: Result, lang: str, today: datetime | None, columns: int) -> Panel:
    """`render_outcome`'s panel on a console of `columns` columns."""
    width = min(columns, 80)
    style = _OUTCOME_STYLE.get(result.outcome, "")
    line = _styled(outcome_parts(result, lang, today), width - 4, lang)
    return Panel(line, border_style=style or "cyan", width=width)


def outcome_parts(result: Result, lang: str,
                  today: datetime | None = None) -> list[tuple[str, str | None]]:
    """The outcome line as styled pieces (the plain screens share it)."""
    style = _OUTCOME_STYLE.get(result.outcome, "") or None
    label = t(f"outcome.{result.outcome}", lang)
    key = "diagnose.outcome.line.wait" if result.outcome == "wait" else "diagnose.outcome.line"
    parts: list[tuple[str, str | None]] = [(t(key, lang, outcome=label), style),
                                           (result.message(lang), None)]
    origin = origin_of(result.flow)
    if origin is not None:  # the end's message is the flow author's text, not ours
        parts.append((t("faults.from-flow-file-paren", lang, path=origin), "bold red"))
    then = result.then(lang)
    if then is not None:
        passed = (result.check_by is not None and today is not None
                  and result.check_by < today.date())
        parts.append(("\n", None))
        parts.append((t("diagnose.check-by.passed" if passed else "diagnose.check-by", lang,
                        then=then), "bold" if passed else None))
    return parts


def render_checklist(console: Console, result: Result, lang: str) -> None:
    """Each item filled from the answers, or open with a hint on where to find it."""
    console.print(RichText(t("diagnose.checklist", lang), style="bold"))
    table = Table.grid(padding=(0, 1))
    table.add_column(no_wrap=True)
    table.add_column(overflow="fold")
    text_width = console.width - 2 - 3 - 1  # indent, the [x] mark, the gap
    for entry in result.checklist:
        label = pick(entry.item.label, lang)
        parts: list[tuple[str, str | None]]
        if entry.value is not None:
            mark = RichText("[x]", style="green")
            parts = [(t("diagnose.checklist.value", lang, label=label), "bold"),
                     (pick(entry.value, lang), None)]
        else:
            mark = RichText("[ ]")
            parts = [(label, "bold")]
            if entry.item.hint is not None:
                parts.append((f" — {pick(entry.item.hint, lang)}", "dim"))
        table.add_row(mark, _styled(parts, text_width, lang))
    console.print(Padding(table, (0, 0, 0, 2)))
    console.print(RichText(t("diagnose.checklist.legend", lang), style="dim"))


def render_progress(console: Console, number: int, total: int, lang: str) -> None:
    """Where the user is: "Question 3 of about 8", above the question."""
    console.print(RichText(t("progress", lang, number=number, total=max(total, number)),
                       style="dim"))


def render_problem(console: Console, text: str, lang: str = "en") -> None:
    """One line saying what went wrong (a copy or a save), wrapped for Chinese too."""
    console.print(_styled([(text, None)], console.width, lang))
