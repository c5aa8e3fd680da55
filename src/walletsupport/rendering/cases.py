"""The `cases list`, `cases show` and follow-up screens."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from ..i18n import pick, t
from ..wrapping import display_width, short_question, wrap

if TYPE_CHECKING:
    from ..cases.store import Case, Draft, Summary

__all__ = ["render_case", "render_case_list", "render_case_stream", "render_draft",
           "render_drafts",           "render_message", "render_notices", "render_tips"]

_OUTCOME_STYLE = {"resolved": "green", "contact-support": "yellow", "urgent": "bold red",
                  "wait": "cyan", "estimate": "cyan", "self-check": "cyan",
                  "ask-bank": "yellow", "ask-sender": "yellow",
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
    render_drafts(console, drafts, drafts_total, lang, drafts_only=drafts_only)


def render_drafts(console: Console, drafts: Sequence[Summary], drafts_total: int, lang: str, *,
                  drafts_only: bool = False) -> None:
    """The unfinished diagnoses under the cases (or alone, with `drafts_only`)."""
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


def render_case_stream(console: Console, cases: Iterable[Summary], extent: Mapping[str, Any],
                       lang: str) -> int:
    """Every saved case as `render_case_list` lays them out, printed as they are read.

    A rich table measures all its rows before it draws one (10,000 cases took
    seconds and held them all), so the columns are sized beforehand from
    `extent` (`CaseStore.summary_extent`: the largest id, the different titles,
    outcomes, statuses and tickets) and each row is formatted here. Plain mode
    gets the same list items as the table would give it. Returns how many rows.
    """
    from itertools import chain

    from . import is_plain

    rows = iter(cases)
    first = next(rows, None)
    if first is None:
        console.print(t("cases.none", lang))
        return 0
    cases = chain((first,), rows)
    narrow = console.width < 80
    headers = [t("cases.col.id", lang), t("cases.col.created", lang),
               t("cases.col.flow", lang), t("cases.col.outcome", lang),
               t("cases.col.status", lang), t("cases.col.ticket", lang)]

    def cells(case: Summary) -> list[tuple[str, str]]:
        style = _OUTCOME_STYLE.get(case.outcome, "")
        return [(str(case.id), "bold"),
                (f"{case.created:%Y-%m-%d}" if narrow else f"{case.created:%Y-%m-%d %H:%M}", ""),
                (pick(case.title, lang) if case.title else case.flow_id, ""),
                (t("outcome." + case.outcome, lang) if style else case.outcome, style),
                (t(f"cases.status.{case.status}", lang), ""),
                (case.ticket or "—", "")]

    keep = [0, 1, 2, 4, 5] if narrow else [0, 1, 2, 3, 4, 5]
    plain = is_plain(console)
    if plain:
        lines = _plain_rows(console, (cells(case) for case in cases), headers, keep)
    else:
        titles = [pick(title, lang) for title in extent.get("title", []) if title]
        if None in extent.get("title", []):
            titles += [str(flow) for flow in extent.get("flow_id", [])]
        outcomes = [t("outcome." + o, lang) if o in _OUTCOME_STYLE else str(o or "")
                    for o in extent.get("outcome", [])]
        values = [[str(extent["id"][0] or "")], ["0000-00-00" if narrow else "0000-00-00 00:00"],
                  titles, outcomes,
                  [t(f"cases.status.{s}", lang) for s in extent.get("status", [])],
                  [str(ticket or "—") for ticket in extent.get("ticket", [])]]
        widths = [max([display_width(headers[i]), *map(display_width, values[i])]) for i in keep]
        room = console.width - sum(widths) + widths[2] - 2 * (len(keep) - 1)
        widths[2] = max(10, min(widths[2], room))
        lines = _table_rows(([row[i] for i in keep] for row in map(cells, cases)),
                            [(headers[i], "") for i in keep], widths)
    shown = 0
    page: list[list[tuple[str, str]]] = []
    for starts, parts in lines:
        shown += starts
        page.append(parts)
        if len(page) >= 200:
            _print_page(console, page)
            page = []
    _print_page(console, page)
    return shown


#: A line of a streamed list: whether it starts a case, and its pieces with their styles.
_Line = tuple[bool, list[tuple[str, str]]]


def _table_rows(rows: Iterable[Iterable[tuple[str, str]]], header: list[tuple[str, str]],
                widths: list[int]) -> Iterator[_Line]:
    """Lines of a borderless table: columns two spaces apart, the id to the right."""
    wrapped: dict[str, list[str]] = {}  # titles repeat: each is wrapped once
    padded: dict[tuple[str, int, bool], str] = {}

    def pad(text: str, width: int, right: bool) -> str:
        key = (text, width, right)
        if key not in padded:
            fill = " " * max(0, width - display_width(text))
            padded[key] = fill + text if right else text + fill
        return padded[key]

    def lines(row: Iterable[tuple[str, str]], bold: bool) -> Iterator[list[tuple[str, str]]]:
        columns = []
        for index, (text, style) in enumerate(row):
            if index == 2:
                if text not in wrapped:
                    wrapped[text] = wrap(text, widths[2])
                columns.append((wrapped[text], style))
            else:
                columns.append(([text], style))
        for n in range(max(len(pieces) for pieces, _ in columns)):
            parts = []
            for index, (pieces, style) in enumerate(columns):
                text = pieces[n] if n < len(pieces) else ""
                if index:
                    parts.append(("  ", ""))
                parts.append((pad(text, widths[index], index == 0),
                              "bold" if bold or (index == 0 and text) else style))
            yield parts

    yield from ((False, parts) for parts in lines(header, True))
    for row in rows:
        yield from ((n == 0, parts) for n, parts in enumerate(lines(row, False)))


def _plain_rows(console: Console, rows: Iterable[list[tuple[str, str]]], headers: list[str],
                keep: list[int]) -> Iterator[_Line]:
    """Plain mode: each case one list item naming its columns, as plain mode reads a table."""
    width = max(10, console.width - 2)
    for row in rows:
        first = True
        for index in keep:
            text, style = row[index]
            if index == 0:  # the id names the item
                label = f"{headers[0]}: {text}"
                yield True, [("- ", ""), (label, "bold")]
                first = False
                continue
            for piece in wrap(f"{headers[index]}: {text}", width):
                yield first, [("  ", ""), (piece, style)]
                first = False


def _print_page(console: Console, page: list[list[tuple[str, str]]]) -> None:
    """Lines at once: plain text straight to a file or pipe, styled text to a terminal."""
    if not page:
        return
    if not console.is_terminal:
        console.file.write("".join("".join(text for text, _ in parts).rstrip() + "\n"
                                   for parts in page))
        return
    styled = Text()
    for parts in page:
        for text, style in parts:
            styled.append(text, style or None)
        styled.rstrip()
        styled.append("\n")
    console.print(styled, crop=False, overflow="ignore", no_wrap=True, end="")


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
    if draft.description:  # the problem in the user's own words, kept even before an answer
        fields.append((t("export.in-my-words", lang), draft.description))
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
    from ..cases.export import channel_warnings, check_by_line, recommended
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
        # Named as the line above is when it was changed in the same zone (walk A18).
        same = case.updated.utcoffset() == case.created.utcoffset()
        fields.append((t("cases.show.updated", lang),
                       format_time(case.updated, case.zone if same else None, lang), ""))
    if case.edited:
        fields.append((t("cases.show.edited", lang), edited_line(case, lang), ""))
    fields += [
        (t("export.status", lang), t(f"cases.status.{case.status}", lang), ""),
        (t("export.ticket", lang), case.ticket or t("export.no-ticket", lang), ""),
    ]
    if recommended(case):
        fields.append((t("export.channels", lang), t("export.list-sep", lang).join(
            channel_label(c, lang) for c in recommended(case)), ""))
        fields += [(name, warning, "yellow") for name, warning in channel_warnings(case, lang)]
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
    elif case.answers:  # no question was needed: no empty heading
        _section(console, t("export.answers", lang))
    for answer in () if case.checkup is not None else case.answers:
        shown = t("export.skipped", lang) if answer.skipped else pick(answer.display, lang)
        if answer.derived_from is not None and not answer.skipped:
            shown = t("review.derived", lang, answer=shown, source=answer.derived_from)
        _wrapped(console, answer.heading(lang), first="  ", rest="  ")
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


def render_tips(console: Console, case_id: int, escalate: bool, lang: str, *,
                replied: bool = True, phrase: bool = True) -> None:
    """What to keep in mind before sending a follow-up (from the guide on support replies).

    Support's last reply is only spoken of when one is recorded (`replied`); the secrets
    never to add name a recovery phrase only for a wallet that can have one (`phrase`).
    """
    tips = [t("cases.tips.read" if replied else "cases.tips.ask", lang),
            t("cases.tips.prepare", lang)]
    if escalate:
        tips.append(t("cases.tips.status", lang, id=case_id))
    else:
        tips.append(t("cases.tips.escalate", lang, id=case_id))
    tips += [t("cases.tips.note", lang, id=case_id),
             t("cases.tips.secrets" if phrase else "cases.tips.secrets.no-phrase", lang)]
    _wrapped(console, t("cases.tips.rule", lang), style="dim")
    console.print()
    _wrapped(console, t("cases.tips.title", lang), style="bold")
    for tip in tips:
        _wrapped(console, tip, first="  • ", rest="    ")


def render_warning(console: Console, text: str) -> None:
    """A safety warning, wrapped between words like the notices above it."""
    _wrapped(console, text, style="bold red")


def render_notices(console: Console, counts: Mapping[str, int], lang: str) -> None:
    """Say once per kind what `redact` took out of what the user typed, and why."""
    for kind in counts:
        try:
            notice = t(f"redact.notice.{kind}", lang)
        except KeyError:
            notice = t("export.redactions.some", lang, items=kind)
        _wrapped(console, notice, style="yellow")
