"""The `cases list`, `cases show` and follow-up screens."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from ..i18n import pick, t
from ..wrapping import display_width, short_question, wrap

if TYPE_CHECKING:
    from ..cases.store import Case, Draft, Summary

__all__ = ["render_case", "render_case_list", "render_draft", "render_message", "render_notices",
           "render_tips"]

_OUTCOME_STYLE = {"resolved": "green", "contact-support": "yellow", "urgent": "bold red",
                  "wait": "cyan", "estimate": "cyan",
                  # a saved security check-up's overall mark
                  "good": "green", "could-be-better": "yellow", "at-risk": "bold red"}
_SEVERITY_STYLE = {"info": "", "warning": "yellow", "urgent": "bold red"}


def render_case_list(console: Console, cases: Sequence[Summary], total: int,
                     drafts: Sequence[Summary], drafts_total: int, lang: str, *,
                     drafts_only: bool = False) -> None:
    """The newest saved cases (newest last), then the unfinished diagnoses, each with its id."""
    if not drafts_only:
        if not cases:
            console.print(t("cases.none", lang))
        else:
            # A narrow terminal drops the outcome column and the time of day rather than
            # split a ticket number across lines (support needs it whole, to copy).
            narrow = console.width < 80
            table = Table(box=None, show_edge=False, pad_edge=False)
            table.add_column(t("cases.col.id", lang), justify="right", style="bold",
                             no_wrap=True)
            table.add_column(t("cases.col.created", lang), no_wrap=True)
            table.add_column(t("cases.col.flow", lang), ratio=1, min_width=10, overflow="fold")
            if not narrow:
                table.add_column(t("cases.col.outcome", lang), no_wrap=True)
            table.add_column(t("cases.col.status", lang), no_wrap=True)
            table.add_column(t("cases.col.ticket", lang), no_wrap=True)
            for case in cases:
                style = _OUTCOME_STYLE.get(case.outcome, "")
                outcome = (f"[{style}]{escape(t('outcome.' + case.outcome, lang))}[/]" if style
                           else escape(case.outcome))
                table.add_row(
                    str(case.id),
                    f"{case.created:%Y-%m-%d}" if narrow else f"{case.created:%Y-%m-%d %H:%M}",
                    escape(pick(case.title, lang) if case.title else case.flow_id),
                    *(() if narrow else (outcome,)),
                    escape(t(f"cases.status.{case.status}", lang)),
                    escape(case.ticket or "—"),
                )
            console.print(table)
            if total > len(cases):
                more = t("cases.more", lang, shown=len(cases), total=total)
                console.print(more, style="dim", markup=False)
    if not drafts:
        if drafts_only:
            console.print(t("cases.drafts.none", lang))
        return
    if not drafts_only:
        console.print()
    console.print(t("cases.drafts.heading", lang), style="bold")
    table = Table(box=None, show_edge=False, pad_edge=False)
    table.add_column(t("cases.col.id", lang), justify="right", style="bold", no_wrap=True)
    table.add_column(t("cases.col.saved", lang), no_wrap=True)
    table.add_column(t("cases.col.flow", lang), ratio=1, min_width=10, overflow="fold")
    table.add_column(t("cases.col.stopped", lang), ratio=1, min_width=10, overflow="fold")
    for draft in drafts:
        table.add_row(str(draft.id), f"{draft.updated:%Y-%m-%d %H:%M}",
                      escape(pick(draft.title, lang) if draft.title else draft.flow_id),
                      escape(short_question(pick(draft.waiting, lang)) if draft.waiting
                             else "—"))
    console.print(table)
    if drafts_total > len(drafts):
        more = t("cases.drafts.more", lang, shown=len(drafts), total=drafts_total)
        console.print(more, style="dim", markup=False)
    # A command to copy: the terminal wraps the line, never inside the command.
    console.print(t("cases.drafts.resume", lang), markup=False, soft_wrap=True, style="dim")


def render_draft(console: Console, draft: Draft, title: str,
                 entries: Sequence[tuple[str, str]], waiting: str | None, lang: str) -> None:
    """An unfinished diagnosis: the answers so far, where it stopped, how to go on."""
    from ..cases.layout import format_time

    _wrapped(console, t("cases.draft.heading", lang, id=draft.id, title=title), style="bold")
    colon = t("export.colon", lang).rstrip()
    fields = [(t("export.status", lang), t("cases.status.draft", lang)),
              (t("cases.draft.saved", lang), format_time(draft.updated))]
    if waiting:
        fields.append((t("cases.draft.stopped", lang), waiting))
    width = max(display_width(label + colon) for label, _ in fields) + 1
    for label, value in fields:
        head = label + colon
        _wrapped(console, value, first=head + " " * (width - display_width(head)),
                 rest=" " * width, head_style="bold")
    _section(console, t("cases.draft.answers", lang))
    if not entries:
        _wrapped(console, t("cases.draft.none", lang), first="  ", rest="  ")
    for prompt, answer in entries:
        _wrapped(console, prompt, first="  ", rest="  ")
        _wrapped(console, answer, first="    ", rest="    ", style="cyan")
    console.print()
    # Commands to copy: the terminal wraps the line, never inside a command.
    console.print(t("cases.draft.next", lang, id=draft.id), markup=False, soft_wrap=True)


def render_case(console: Console, case: Case, lang: str) -> None:
    """One case: what was found, when, the answers, advice, checklist and support's notes."""
    from ..cases.export import check_by_line, recommended
    from ..cases.layout import channel_label, edited_line, format_time, redaction_line

    colon = t("export.colon", lang).rstrip()
    title = t("export.heading", lang, id=case.id, title=pick(case.flow_title, lang))
    _wrapped(console, title, style="bold")
    outcome = t(f"outcome.{case.outcome}", lang)
    # A third-party flow's texts name their file beside them (as in every export).
    origin = "" if case.origin is None else t("faults.from-flow-file-paren", lang,
                                              path=case.origin)
    fields = []
    if case.description:
        fields.append((t("export.in-my-words", lang), case.description, ""))
    fields.append((t("export.outcome", lang),
                   t("export.outcome-line", lang, outcome=outcome,
                     message=pick(case.message, lang)) + origin,
                   _OUTCOME_STYLE.get(case.outcome, "")))
    check_by = check_by_line(case, lang)
    if check_by is not None:
        fields.append((t("export.check-by", lang), check_by, "bold"))
    from ..contacts.wallets import wallet_title

    wallet = wallet_title(case.wallet, lang)
    if wallet is not None:
        fields.append((t("export.wallet", lang), wallet, ""))
    created = "export.created" if case.checkup is None else "checkup.created"
    fields.append((t(created, lang), format_time(case.created, case.zone, lang), ""))
    if case.updated != case.created:
        fields.append((t("cases.show.updated", lang), format_time(case.updated), ""))
    if case.edited:
        fields.append((t("cases.show.edited", lang), edited_line(case, lang), ""))
    fields += [
        (t("export.status", lang), t(f"cases.status.{case.status}", lang), ""),
        (t("export.ticket", lang), case.ticket or t("export.no-ticket", lang), ""),
    ]
    if recommended(case):
        fields.append((t("export.channels", lang), t("export.list-sep", lang).join(
            channel_label(c, lang) for c in recommended(case)), ""))
    width = max(display_width(label + colon) for label, _, _ in fields) + 1
    for label, value, style in fields:
        head = label + colon
        head += " " * (width - display_width(head))
        _wrapped(console, value, first=head, rest=" " * width, style=style, head_style="bold")

    if case.checkup is not None:  # a check-up: each habit's mark says more than its answer
        from ..checkup.export import text_lines

        _section(console, t("checkup.habits", lang))
        for mark, head, extra in text_lines(case.checkup, lang):
            _wrapped(console, head, first="  ", rest="    ",
                     style=_OUTCOME_STYLE.get(mark, ""))
            for label, text in extra:
                _wrapped(console, f"{label}{t('export.colon', lang)}{text}", first="    ",
                         rest="    ")
    else:
        _section(console, t("export.answers", lang))
    for answer in () if case.checkup is not None else case.answers:
        shown = t("export.skipped", lang) if answer.skipped else pick(answer.display, lang)
        _wrapped(console, pick(answer.prompt, lang), first="  ", rest="  ")
        _wrapped(console, shown, first="    ", rest="    ", style="cyan")

    if case.advice:
        _section(console, t("export.advice", lang))
        for advice in case.advice:
            name = pick(advice.title, lang) if advice.title else t("export.advice-untitled", lang)
            _wrapped(console, name + origin, first="  ", rest="  ", style="bold")
            for step in advice.steps:
                severity = t(f"severity.{step.severity}", lang)
                mark = "" if step.severity == "info" else t("severity.mark", lang, label=severity)
                _wrapped(console, mark + pick(step.text, lang), first="    • ", rest="      ",
                         style=_SEVERITY_STYLE.get(step.severity, ""))

    if case.checklist:
        _section(console, t("export.checklist", lang))
        for item in case.checklist:
            label = pick(item.label, lang)
            if item.value is not None:
                _wrapped(console, label, first="  ✓ ", rest="    ", head_style="green")
                _wrapped(console, pick(item.value, lang), first="    → ", rest="      ",
                         style="cyan")
            else:
                _wrapped(console, label, first="  ☐ ", rest="    ", style="bold")
                if item.hint:
                    _wrapped(console, pick(item.hint, lang), first="    ", rest="    ",
                             style="dim")

    _section(console, t("export.notes", lang))
    if case.notes:
        for note in case.notes:
            _wrapped(console, format_time(note.at), first="  ", rest="  ", style="dim")
            _wrapped(console, note.text, first="    ", rest="    ")
    else:
        _wrapped(console, t("export.no-notes", lang), first="  ", rest="  ")
    console.print()
    _wrapped(console, redaction_line(case.redactions, lang), style="dim")
    _wrapped(console, t("cases.show.next", lang, id=case.id), style="dim")


def _wrapped(console: Console, text: str, *, first: str = "", rest: str = "", style: str = "",
             head_style: str = "") -> None:
    """Print plain `text` wrapped to the console, breaking CJK text between characters.

    Rich only breaks lines at spaces, which leaves Chinese sentences cut off or
    folded mid-bullet; the export's wrapper knows both scripts.
    """
    # A word is never cut (as in an export): an address or a URL pastes as it was typed.
    for number, line in enumerate(wrap(text, console.width, first=first, rest=rest,
                                       cut_long=False)):
        out = Text(line)
        prefix = first if number == 0 else rest
        if style:
            out.stylize(style, len(prefix))
        if head_style and number == 0:
            out.stylize(head_style, 0, len(prefix))
        console.print(out, no_wrap=True, overflow="ignore", crop=False)


def _section(console: Console, name: str) -> None:
    console.print()
    console.print(Text(name, style="bold underline"))


def render_message(console: Console, text: str) -> None:
    """A message to send, as it is, wrapped at word boundaries for the screen."""
    console.print(text, markup=False, highlight=False, end="")


def render_tips(console: Console, case_id: int, escalate: bool, lang: str) -> None:
    """What to keep in mind before sending a follow-up (from the guide on support replies)."""
    tips = [t("cases.tips.read", lang), t("cases.tips.prepare", lang)]
    if escalate:
        tips.append(t("cases.tips.status", lang, id=case_id))
    else:
        tips.append(t("cases.tips.escalate", lang, id=case_id))
    tips += [t("cases.tips.note", lang, id=case_id), t("cases.tips.secrets", lang)]
    _wrapped(console, t("cases.tips.rule", lang), style="dim")
    console.print()
    _wrapped(console, t("cases.tips.title", lang), style="bold")
    for tip in tips:
        _wrapped(console, tip, first="  • ", rest="    ")


def render_notices(console: Console, counts: Mapping[str, int], lang: str) -> None:
    """Say once per kind what `redact` took out of what the user typed, and why."""
    for kind in counts:
        try:
            notice = t(f"redact.notice.{kind}", lang)
        except KeyError:
            notice = t("export.redactions.some", lang, items=kind)
        _wrapped(console, notice, style="yellow")
