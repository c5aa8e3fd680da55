"""`walletsupport cases ...` and `walletsupport export`: saved cases and handing them over."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from . import env_of, load_flows, write_stdout
from .completion import case_ids

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..cases.store import CaseStore, Summary
    from ..environment import Environment

__all__ = ["cases_app", "register"]

cases_app = typer.Typer(
    help="Saved cases: list, show, note what support said, follow up, delete.\n\n"
    "已保存的记录：查看、记下客服答复、跟进、删除。",
    invoke_without_command=True,
)

_ID_HELP = "The case id (see 'cases list'). 记录编号。"
_OUTPUT_HELP = ("Write to this file, or - for standard output (the default). "
                "写入文件；- 表示输出到屏幕（默认）。")
_COPY_HELP = "Copy to the clipboard. 复制到剪贴板。"
_FORCE_HELP = ("Replace the --output file if it exists (a link is never followed). "
               "如果 --output 文件已存在则替换它（不会通过链接写入）。")


#: Help of each command, in both languages (Typer reads it before --lang is known).
_HELP = {
    "list": ("List the saved cases.",
             "列出已保存的记录。"),
    "show": ("Show one case in full.",
             "查看一条记录的全部内容。"),
    "set-ticket": ("Record the ticket number support gave you.",
                   "记下客服给的工单号。"),
    "note": ("Write down what support answered (secrets are removed).",
             "记下客服的答复（敏感信息会被移除）。"),
    "status": ("Set a case's status.",
               "修改记录的状态。"),
    "follow-up": ("Write a follow-up (or an escalation request) to send to support.",
                  "写一条发给客服的跟进消息或升级申请。"),
    "delete": ("Delete a case (or an unfinished diagnosis) for good.",
               "永久删除一条记录。"),
    "edit": ("Correct a saved case: review its answers and change any of them.",
             "修改已保存的记录：核对回答并改正其中任何一个。"),
    "answers": ("Print a case's answers as a file that 'diagnose --answers' replays.",
                "把一条记录的答案输出为可供 'diagnose --answers' 重放的文件。"),
    "export": ("Export a case summary to hand to support.",
               "导出记录摘要，方便发给客服。"),
}


def _help(command: str) -> str:
    en, zh = _HELP[command]
    return f"{en}\n\n{zh}"


def register(app: typer.Typer) -> None:
    """Add the `cases` group and the `export` command to the main app."""
    app.add_typer(cases_app, name="cases")
    app.command("export", help=_help("export"))(export_case)


def _store(env: Environment) -> CaseStore:
    from ..cases.store import CaseStore

    return CaseStore(env.data_dir)


def _id(raw: str) -> int:
    from ..cases.store import parse_case_id

    return parse_case_id(raw)


def _say(env: Environment, message: str, *, stderr: bool = False) -> None:
    # One line the user may copy (a path, a command): the terminal wraps it, not rich.
    env.console(stderr=stderr).print(message, markup=False, soft_wrap=True)


def _notices(env: Environment, text: str) -> Mapping[str, int]:
    """Tell the user what redact took out of what they typed, and why it never belongs."""
    from ..redact import redact
    from ..rendering.cases import render_notices

    found = redact(text, env.lang).counts()
    if found:
        render_notices(env.console(stderr=True), found, env.lang)
    return found


def _deliver(env: Environment, text: str, case_id: int, output: str | None, copy: bool,
             force: bool = False) -> None:
    """Send an export where asked: a file, the clipboard, or standard output."""
    from ..i18n import t

    if copy:
        from ..cases.clipboard import ClipboardError
        from ..cases.export import copy_to_clipboard
        from ..errors import WalletSupportError

        try:
            copy_to_clipboard(text)
        except ClipboardError as error:
            raise WalletSupportError(key="export.copy-failed",
                                     reason=error.render(env.lang)) from None
        _say(env, t("export.copied", env.lang, id=case_id), stderr=True)
    if output is not None and output != "-":
        from ..safefile import write_file

        path = Path(output).expanduser()
        write_file(path, text, force=force, private=True)
        _say(env, t("export.saved", env.lang, id=case_id, path=path), stderr=True)
    elif output == "-" or not copy:
        write_stdout(env, text)


@cases_app.callback()
def _cases(ctx: typer.Context) -> None:
    """Saved cases: list, show, note what support said, follow up, delete."""
    if ctx.invoked_subcommand is None:
        list_cases(ctx, as_json=False)


#: How many cases `cases list` shows unless told otherwise (the newest ones).
LIST_LIMIT = 20


@cases_app.command("list", help=_help("list"))
def list_cases(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON. 输出 JSON。")] = False,
    limit: Annotated[int, typer.Option(
        "--limit", "-n", min=1, metavar="N",
        help="Show the newest N cases. 只显示最近 N 条。")] = LIST_LIMIT,
    show_all: Annotated[bool, typer.Option(
        "--all", "-a", help="Show every case. 显示全部记录。")] = False,
    drafts_only: Annotated[bool, typer.Option(
        "--drafts", help="Show only unfinished diagnoses. 只显示未完成的诊断。")] = False,
    status: Annotated[str | None, typer.Option(
        "--status", metavar="STATUS",
        help="Only cases with this status: open, waiting, escalated, resolved or closed. "
        "只显示该状态的记录：待处理、等待中、已升级处理、已解决或已结束（也可以写英文）。",
        show_default=False)] = None,
) -> None:
    """List the saved cases."""
    env = env_of(ctx)
    if status is not None:
        from ..cases.store import status_named

        status = status_named(status)  # 已解决 lists the resolved ones, as `cases status` takes it
    if show_all and not as_json and not drafts_only:
        _list_everything(env, status)
        return
    count = None if show_all else limit
    cases: Sequence[Summary] = []
    total = 0
    with _store(env) as store:
        if not drafts_only:
            cases, total = store.summaries(limit=count, status=status)
        drafts, drafts_total = (store.summaries(limit=count, drafts=True)
                                if status is None else ([], 0))
    for damaged in store.unreadable:  # named, and the others still listed
        _say(env, damaged.render(env.lang), stderr=True)
    drafts = _with_titles(env, drafts)
    if as_json:
        _list_json(env, drafts if drafts_only else cases, drafts_only)
        return
    from ..rendering.cases import render_case_list

    render_case_list(env.console(), cases, total, drafts, drafts_total, env.lang,
                     drafts_only=drafts_only)


def _list_everything(env: Environment, status: str | None) -> None:
    """`cases list --all`: every case printed as it is read (ten thousand take about a second)."""
    from ..rendering.cases import render_case_stream, render_drafts

    drafts: Any = []
    if status is None:
        with _store(env) as store:
            drafts = store.summaries(drafts=True)[0]
        drafts = _with_titles(env, drafts)
    console = env.console()
    with _store(env) as store:
        render_case_stream(console, store.stream_summaries(status=status),
                           store.summary_extent(status=status), env.lang)
    for damaged in store.unreadable:  # named, and the others still listed
        _say(env, damaged.render(env.lang), stderr=True)
    render_drafts(console, drafts, len(drafts), env.lang)


def _walleted(flow: Any, wallet: str | None) -> Any:
    """The flow as it runs for the draft's wallet: its facts (custody) decide the path."""
    from ..contacts.loading import load_profile
    from ..contacts.wallets import profile_for, with_wallet
    from ..errors import WalletSupportError

    try:
        profile = load_profile(profile_for(wallet))
    except WalletSupportError:  # a profile since removed: walk as with no wallet chosen
        profile = None
    return with_wallet(flow, profile)


def _with_titles(env: Environment, drafts: Any) -> Any:
    """Drafts saved before titles were kept: their flow's title and where they stopped."""
    missing = [d for d in drafts if d.title is None]
    if not missing:
        return drafts
    from dataclasses import replace

    from ..cases.store import bilingual
    from ..diagnosis import engine
    from ..diagnosis.model import Question
    from ..errors import WalletSupportError

    try:
        catalog = load_flows(env)
    except WalletSupportError:
        return drafts
    done = {}
    with _store(env) as store:
        for draft in missing:
            try:
                flow = catalog.get(draft.flow_id)
            except WalletSupportError:  # its flow is gone: its id names it
                continue
            flow = _walleted(flow, store.draft(draft.id).wallet)
            step = engine.walk(flow, store.answers_of(draft.id)[2], env.now()).step
            done[draft.id] = replace(draft, title=bilingual(flow.title), waiting=bilingual(
                step.prompt) if isinstance(step, Question) else None)
    return [done.get(d.id, d) for d in drafts]


def _list_json(env: Environment, rows: Any, drafts: bool) -> None:
    import json

    from ..i18n import pick

    out = []
    for row in rows:
        entry: dict[str, Any] = {
            "id": row.id,
            "created": row.created.isoformat(timespec="seconds"),
            "time_zone": row.zone,
            "flow": row.flow_id,
            "title": pick(row.title, env.lang) if row.title else row.flow_id,
        }
        if drafts:
            entry.update({
                "status": "draft",
                "updated": row.updated.isoformat(timespec="seconds"),
                "next_question": pick(row.waiting, env.lang) if row.waiting else None})
        else:
            entry.update({"outcome": row.outcome, "status": row.status,
                          "ticket": _ticket(row.ticket, row.lang), "notes": row.notes})
        out.append(entry)
    env.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")


def _ticket(ticket: str | None, lang: str) -> str | None:
    """A ticket as an export shows it: redacted once more (a reference, so never masked)."""
    if not ticket:
        return None
    from ..redact import redact

    return redact(ticket, lang).text


@cases_app.command("show", help=_help("show"))
def show_case(
    ctx: typer.Context,
    case_id: Annotated[str, typer.Argument(metavar="ID", help=_ID_HELP, show_default=False,
                                                autocompletion=case_ids)],
    as_json: Annotated[bool, typer.Option(
        "--json", help="Print the case as JSON (as 'export --format json'). 输出 JSON。")] = False,
) -> None:
    """Show one case in full."""
    env = env_of(ctx)
    with _store(env) as store:
        number = _id(case_id)
        if store.answers_of(number)[0] == "draft":
            _show_draft(env, store.draft(number), as_json)
            return
        case = store.get(number)
    if as_json:
        from ..cases.export import render

        env.stdout.write(render(case, "json", env.lang))
        return
    from ..cases.export import scrub
    from ..rendering.cases import render_case

    render_case(env.console(), scrub(case, env.lang), env.lang)


def _show_draft(env: Environment, draft: Any, as_json: bool) -> None:
    """An unfinished diagnosis: its answers so far and the question it stopped at."""
    from ..cases.store import NO_FLOW_YET
    from ..diagnosis import engine
    from ..diagnosis.model import Question
    from ..diagnosis.session import review_entries
    from ..errors import WalletSupportError
    from ..i18n import pick, t

    flow = None
    if draft.flow_id != NO_FLOW_YET:  # else words only, kept before a problem was chosen
        try:
            flow = load_flows(env, draft.flow_id).get(draft.flow_id)
        except WalletSupportError:  # its flow is gone: show what was answered, as stored
            flow = None
    entries: list[tuple[str, str]]
    waiting: str | None
    if flow is not None:
        flow = _walleted(flow, draft.wallet)
        state = engine.walk(flow, draft.answers, env.now())
        entries = review_entries(flow, draft.answers[: state.consumed], env.lang, env.now())
        title = pick(flow.title, env.lang)
        waiting = pick(state.step.prompt, env.lang) if isinstance(state.step, Question) else None
    elif draft.flow_id == NO_FLOW_YET:
        entries = []
        title = t("cases.drafts.no-flow", env.lang)
        waiting = t("cases.drafts.at-matches", env.lang)
    else:
        entries = [(q, str(v)) for q, v in draft.answers]
        title, waiting = draft.flow_id, None
    if as_json:
        import json

        env.stdout.write(json.dumps({
            "id": draft.id, "status": "draft", "flow": draft.flow_id, "title": title,
            "created": draft.created.isoformat(timespec="seconds"),
            "updated": draft.updated.isoformat(timespec="seconds"),
            "answers": [{"prompt": q, "answer": a} for q, a in entries],
            "next_question": waiting}, ensure_ascii=False, indent=2) + "\n")
        return
    from ..rendering.cases import render_draft

    render_draft(env.console(), draft, title, entries, waiting, env.lang)


@cases_app.command("set-ticket", help=_help("set-ticket"))
def set_ticket(
    ctx: typer.Context,
    case_id: Annotated[str, typer.Argument(metavar="ID", help=_ID_HELP, show_default=False,
                                                autocompletion=case_ids)],
    ticket: Annotated[str, typer.Argument(
        metavar="TICKET", help="Support's ticket or reference number (\"\" clears it). "
        "客服给的工单号（\"\" 为清除）。", show_default=False)],
) -> None:
    """Record the ticket number support gave you."""
    from ..i18n import t

    env = env_of(ctx)
    with _store(env) as store:
        case = store.set_ticket(_id(case_id), ticket, _now(env))
    _notices(env, ticket)
    if case.ticket:
        _say(env, t("cases.ticket-set", env.lang, id=case.id, ticket=case.ticket))
    else:
        _say(env, t("cases.ticket-cleared", env.lang, id=case.id))


@cases_app.command("note", help=_help("note"))
def add_note(
    ctx: typer.Context,
    case_id: Annotated[str, typer.Argument(metavar="ID", help=_ID_HELP, show_default=False,
                                                autocompletion=case_ids)],
    text: Annotated[str, typer.Argument(
        metavar="TEXT", help="What support answered. 客服的答复。", show_default=False)],
) -> None:
    """Write down what support answered (secrets are removed)."""
    from ..i18n import t

    env = env_of(ctx)
    with _store(env) as store:
        case = store.add_note(_id(case_id), text, _now(env))
    if _notices(env, text):
        # A note records a talk with "support": one that asked for any of this was not support.
        from ..rendering.cases import render_warning

        render_warning(env.console(stderr=True), t("cases.note-asked-secret", env.lang))
    _say(env, t("cases.noted", env.lang, id=case.id, count=len(case.notes)))


@cases_app.command("status", help=_help("status"))
def set_status(
    ctx: typer.Context,
    case_id: Annotated[str, typer.Argument(metavar="ID", help=_ID_HELP, show_default=False,
                                                autocompletion=case_ids)],
    status: Annotated[str, typer.Argument(
        metavar="STATUS",
        help="The new status: open, waiting, escalated, resolved or closed (the Chinese "
        "words shown by 'cases list' work too). "
        "新状态：待处理、等待中、已升级处理、已解决或已结束（也可以写英文 open、waiting 等）。",
        show_default=False)],
) -> None:
    """Set a case's status."""
    from ..i18n import t

    env = env_of(ctx)
    with _store(env) as store:
        case = store.set_status(_id(case_id), status.strip().lower(), _now(env))
    _say(env, t("cases.status-set", env.lang, id=case.id,
                status=t(f"cases.status.{case.status}", env.lang)))


@cases_app.command("follow-up", help=_help("follow-up"))
def follow_up(
    ctx: typer.Context,
    case_id: Annotated[str, typer.Argument(metavar="ID", help=_ID_HELP, show_default=False,
                                                autocompletion=case_ids)],
    escalate: Annotated[bool, typer.Option(
        "--escalate", help="Ask for the case to go to a higher level of support. "
        "申请升级给更高一级的客服。")] = False,
    ask: Annotated[list[str] | None, typer.Option(
        "--ask", metavar="QUESTION", help="A question of your own (repeatable). "
        "你自己的问题（可多次使用）。", show_default=False)] = None,
    output: Annotated[str | None, typer.Option(
        "--output", "-o", metavar="PATH", help=_OUTPUT_HELP, show_default=False)] = None,
    copy: Annotated[bool, typer.Option("--copy", help=_COPY_HELP)] = False,
    force: Annotated[bool, typer.Option("--force", help=_FORCE_HELP)] = False,
) -> None:
    """Write a follow-up (or an escalation request) to send to support."""
    from ..cases.export import follow_up as write_follow_up
    from ..rendering.cases import render_message, render_tips

    env = env_of(ctx)
    with _store(env) as store:
        case = store.get(_id(case_id))
    if case.checkup is not None:  # a self check-up is nothing to write to support about
        from ..errors import WalletSupportError

        raise WalletSupportError(key="cases.follow-up-checkup", id=case.id)
    text = write_follow_up(case, env.lang, escalate=escalate, questions=tuple(ask or ()),
                           now=_now(env))
    to_screen = output == "-" or (output is None and not copy)
    if to_screen and _isatty(env):
        render_message(env.console(), text)  # wrapped at words for reading
        if copy:
            _deliver(env, text, case.id, None, copy=True)
    else:
        _deliver(env, text, case.id, output, copy, force)
    console = env.console(stderr=True)
    console.print()
    render_tips(console, case.id, escalate, env.lang, replied=bool(case.notes),
                phrase=_has_phrase(case.wallet))


def _now(env: Any) -> Any:
    """Now in the user's own zone: a case's times are kept in it (see `user_now`)."""
    from .diagnose import user_now

    return user_now(env)


def _has_phrase(wallet: str | None) -> bool:
    """Whether the case's wallet can hold a recovery phrase (unknown: it may)."""
    if not wallet or wallet in ("other", "unsaid"):
        return True
    from ..contacts.loading import load_profile
    from ..errors import WalletSupportError

    try:
        return load_profile(wallet).recovery_phrase
    except (WalletSupportError, OSError):
        return True


def _isatty(env: Environment) -> bool:
    try:
        return bool(env.stdout.isatty())
    except (AttributeError, ValueError):
        return False


@cases_app.command("delete", help=_help("delete"))
def delete_case(
    ctx: typer.Context,
    case_id: Annotated[str, typer.Argument(metavar="ID", help=_ID_HELP, show_default=False,
                                                autocompletion=case_ids)],
    yes: Annotated[bool, typer.Option(
        "--yes", "-y", help="Delete without asking first. 不再确认，直接删除。")] = False,
) -> None:
    """Delete a case (or an unfinished diagnosis) for good."""
    from ..i18n import t

    env = env_of(ctx)
    number = _id(case_id)
    with _store(env) as store:
        if not yes and not _confirm_delete(env, store, number):
            _say(env, t("cases.not-deleted", env.lang, id=number))
            return
        store.delete(number)
    _say(env, t("cases.deleted", env.lang, id=number))


def _confirm_delete(env: Environment, store: CaseStore, number: int) -> bool:
    """Ask before deleting for good; no answer at all (a closed input) deletes nothing."""
    from ..cases.store import UnreadableCase
    from ..diagnosis.model import Question
    from ..diagnosis.session import validator_for
    from ..errors import InputEnded, WalletSupportError
    from ..i18n import pick, t
    from .diagnose import _base_prompter

    try:
        status, flow_id, _ = store.answers_of(number)  # also: an unknown id is refused here
    except UnreadableCase:  # a damaged case can still be deleted
        status, flow_id = "open", f"#{number}"
    if status == "draft":
        try:
            what = pick(load_flows(env, flow_id).get(flow_id).title, env.lang)
        except WalletSupportError:  # its flow is gone: its id still names it
            what = flow_id
    else:
        try:
            what = pick(store.get(number).flow_title, env.lang)
        except UnreadableCase:
            what = flow_id
    key = "cases.delete.confirm-draft" if status == "draft" else "cases.delete.confirm"
    # Enter answers "no": said as such, not as an earlier answer (there was none).
    question = Question("delete", "confirm", t(key, env.lang, id=number, title=what),
                        placeholder=t("cases.delete.enter-is-no", env.lang))
    try:
        # "No" is the pre-selected answer: one careless Enter must not delete a case.
        answer = _base_prompter(env).ask(question, lang=env.lang, default=False, can_back=False,
                                         validate=validator_for(question, env.lang))
    except InputEnded:
        raise WalletSupportError(key="cases.delete.unconfirmed", id=number) from None
    return answer is True


@cases_app.command("edit", help=_help("edit"))
def edit_case(
    ctx: typer.Context,
    case_id: Annotated[str, typer.Argument(metavar="ID", help=_ID_HELP, show_default=False,
                                                autocompletion=case_ids)],
) -> None:
    """Correct a saved case: review its answers and change any of them."""
    from ..diagnosis.session import Outlets, run_session
    from ..errors import WalletSupportError
    from ..i18n import t
    from .diagnose import _base_prompter, _closing, _prompt_console, _user_clock

    env = env_of(ctx)
    number = _id(case_id)
    with _store(env) as store:
        status, flow_id, answers = store.answers_of(number)
        if status == "draft":
            raise WalletSupportError(key="cases.edit-draft", id=number)
        # The case's wallet, not --profile's: an edit corrects answers, never the wallet,
        # and the wallet's facts and channels follow it (walk A30).
        wallet = store.get(number).wallet
        flow = _walleted(load_flows(env, flow_id).get(flow_id), wallet)
        from ..rendering.diagnose import (
            origin_of,
            render_advice,
            render_notice,
            render_progress,
        )

        console = env.console()
        asking = _prompt_console(env)
        outlets = Outlets(
            advice=lambda shown: render_advice(console, shown, env.lang, origin=origin_of(flow)),
            notice=lambda text: render_notice(console, text, env.lang),
            progress=lambda n, total: render_progress(asking, n, total, env.lang))
        console.print(t("cases.editing", env.lang, id=number))
        now, zone, zone_doubt = _user_clock(env)
        outcome = run_session(flow, _base_prompter(env), lang=env.lang, answers=answers,
                              outlets=outlets, review=True, now=now, zone=zone,
                              zone_doubt=zone_doubt)
        case = store.amend(number, result=outcome.result, lang=env.lang, now=_now(env),
                           redactions=dict(outcome.redactions))
        _closing(env, outcome.result, case.id, str(store.path), wallet=wallet,
                 description=case.description)
    _say(env, t("cases.edited", env.lang, id=number))


@cases_app.command("answers", help=_help("answers"))
def case_answers(
    ctx: typer.Context,
    case_id: Annotated[str, typer.Argument(metavar="ID", help=_ID_HELP, show_default=False,
                                                autocompletion=case_ids)],
) -> None:
    """Print a case's answers as a file that 'diagnose --answers' replays."""
    from ..cases.export import answers_file

    env = env_of(ctx)
    number = _id(case_id)
    with _store(env) as store:
        status, flow_id, answers = store.answers_of(number)
        wallet = None if status == "draft" else store.get(number).wallet
    env.stdout.write(answers_file(number, flow_id, answers, env.lang, wallet=wallet))


def export_case(
    ctx: typer.Context,
    case_id: Annotated[str | None, typer.Argument(
        metavar="CASE_ID", help="The case to export (default: the latest). "
        "要导出的记录（默认为最新一条）。", show_default=False,
        autocompletion=case_ids)] = None,
    fmt: Annotated[str, typer.Option(
        "--format", "-f", metavar="markdown|text|json",
        help="markdown pastes into a chat or an email; text fits 72 columns; json is for "
        "programs (docs/export.md). 导出格式。")] = "markdown",
    output: Annotated[str | None, typer.Option(
        "--output", "-o", metavar="PATH", help=_OUTPUT_HELP, show_default=False)] = None,
    copy: Annotated[bool, typer.Option("--copy", help=_COPY_HELP)] = False,
    force: Annotated[bool, typer.Option("--force", help=_FORCE_HELP)] = False,
) -> None:
    """Export a case summary to hand to support."""
    from ..cases.export import FORMATS, render
    from ..errors import Echo, Many, UsageError

    env = env_of(ctx)
    fmt = fmt.strip().lower()
    if fmt not in FORMATS:
        raise UsageError(key="export.bad-format", format=Echo(fmt), allowed=Many(FORMATS))
    with _store(env) as store:
        case = store.latest() if case_id is None else store.get(_id(case_id))
    text = render(case, fmt, env.lang)
    _deliver(env, text, case.id, output, copy, force)
