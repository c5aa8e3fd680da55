"""The `diagnose` screens: advice as it is reached, and the closing screen."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from rich.console import Console, Group
from rich.markup import escape
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text as RichText

from ..engine import Result, ShownAdvice
from ..i18n import pick, t

__all__ = ["render_advice", "render_checklist", "render_closing", "render_notice",
           "render_outcome", "render_title"]

_SEVERITY_STYLE = {"info": "", "warning": "yellow", "urgent": "bold red"}
_OUTCOME_STYLE = {"resolved": "green", "contact-support": "yellow", "urgent": "bold red"}


def render_title(console: Console, title: str, summary: str) -> None:
    """The flow's title as a heading, with its summary."""
    console.print()
    console.print(RichText(title, style="bold"))
    console.print(RichText(summary, style="dim"))
    console.print()


def render_advice(console: Console, shown: ShownAdvice, lang: str) -> None:
    """Numbered steps; urgent ones marked in words as well as in red."""
    table = Table.grid(padding=(0, 1))
    table.add_column(justify="right", no_wrap=True)
    table.add_column(overflow="fold")  # Chinese has no spaces: fold, never cut with "…"
    for number, step in enumerate(shown.steps, 1):
        text = RichText()
        if step.severity != "info":
            label = t(f"severity.{step.severity}", lang)
            text.append(t("diagnose.severity.mark", lang, label=label),
                        style=_SEVERITY_STYLE[step.severity])
        text.append(shown.text(step, lang), style=_SEVERITY_STYLE[step.severity] or None)
        table.add_row(f"{number}.", text)
    title = pick(shown.advice.title, lang) if shown.advice.title is not None else t(
        "diagnose.advice", lang)
    urgent = any(s.severity == "urgent" for s in shown.steps)
    console.print(Panel(table, title=escape(title), title_align="left",
                        border_style="red" if urgent else "cyan", width=min(console.width, 80)))


def render_notice(console: Console, text: str) -> None:
    """A kind word after the tool removed a secret from an answer."""
    console.print(RichText(f"ⓘ {text}", style="yellow"))


def render_outcome(console: Console, result: Result, lang: str) -> None:
    """The outcome in one sentence."""
    label = t(f"outcome.{result.outcome}", lang)
    line = RichText()
    line.append(t("diagnose.outcome.line", lang, outcome=label),
                style=_OUTCOME_STYLE[result.outcome])
    line.append(pick(result.end.message, lang))
    console.print(Panel(line, border_style=_OUTCOME_STYLE[result.outcome],
                        width=min(console.width, 80)))


def render_checklist(console: Console, result: Result, lang: str) -> None:
    """Each item filled from the answers, or open with a hint on where to find it."""
    console.print(RichText(t("diagnose.checklist", lang), style="bold"))
    table = Table.grid(padding=(0, 1))
    table.add_column(no_wrap=True)
    table.add_column(overflow="fold")
    for entry in result.checklist:
        label = pick(entry.item.label, lang)
        line = RichText()
        if entry.value is not None:
            table_mark = RichText("[x]", style="green")
            line.append(t("diagnose.checklist.value", lang, label=label), style="bold")
            line.append(pick(entry.value, lang))
        else:
            table_mark = RichText("[ ]")
            line.append(label, style="bold")
            if entry.item.hint is not None:
                line.append(f" — {pick(entry.item.hint, lang)}", style="dim")
        table.add_row(table_mark, line)
    console.print(Padding(table, (0, 0, 0, 2)))
    console.print(RichText(t("diagnose.checklist.legend", lang), style="dim"))


def render_closing(console: Console, result: Result, lang: str, *, profile: Any,
                   ranked: Sequence[Any], now: datetime, case_id: int | None,
                   store_path: str | None) -> None:
    """Outcome, contact channels, checklist, the safety reminder, and where the case is."""
    from .contacts import render_channels

    console.print()
    render_outcome(console, result, lang)
    console.print()
    render_channels(console, profile, ranked, now=now, lang=lang)
    console.print()
    render_checklist(console, result, lang)
    console.print()
    console.print(Group(RichText(t("diagnose.reminder", lang), style="bold yellow")))
    if case_id is not None:
        console.print(t("diagnose.saved", lang, case=case_id, path=store_path), soft_wrap=True)
        console.print(t("diagnose.export-hint", lang, case=case_id), soft_wrap=True)
