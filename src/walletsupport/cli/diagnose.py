"""`walletsupport diagnose`: ask, advise, and end on contacts and a checklist."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from . import env_of, load_flows, write_stdout
from .completion import flow_ids, profile_names

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from ..diagnosis.catalog import Catalog
    from ..diagnosis.model import Flow
    from ..environment import Environment
    from ..errors import Msg
    from ..prompting import Back, Prompter

__all__ = ["register"]


def register(app: typer.Typer) -> None:
    """Add `diagnose` to the main app."""
    app.command("diagnose", help=(
        "Diagnose a wallet problem step by step, then see whom to contact and what to prepare. "
        "一步步诊断钱包问题，然后告诉你该联系谁、要准备什么。"))(diagnose)


def diagnose(
    ctx: typer.Context,
    flow_id: Annotated[str | None, typer.Argument(
        metavar="[FLOW]", help="The problem to diagnose (see 'flows list'); "
        "without it you pick from a list or describe it. "
        "要诊断的问题；不写则从列表选择或自己描述。",
        show_default=False, autocompletion=flow_ids)] = None,
    answers_file: Annotated[Path | None, typer.Option(
        "--answers", help="YAML or JSON file of answers: question id to answer. "
        "答案文件（YAML 或 JSON）：问题编号对应答案。",
        show_default=False)] = None,
    sets: Annotated[list[str] | None, typer.Option(
        "--set", metavar="ID=VALUE", help="Answer one question (repeatable). "
        "回答一个问题（可重复使用）。",
        show_default=False)] = None,
    no_input: Annotated[bool, typer.Option(
        "--no-input", help="Never ask: a missing answer is an error (a question Enter "
        "skips is skipped). 不提问：缺少答案即报错（可以直接回车跳过的问题会跳过）。")] = False,
    no_review: Annotated[bool, typer.Option(
        "--no-review", help="Show the result without listing the answers to check first. "
        "不核对回答，直接显示结果。")] = False,
    resume: Annotated[bool, typer.Option(
        "--resume", help="Continue the last unfinished diagnosis, or the one whose id follows "
        "(see 'cases list'). 继续上次没做完的诊断；后面写上编号则继续那一次。")] = False,
    profile_name: Annotated[str | None, typer.Option(
        "--profile", help="Contact profile for the closing screen: a name or a YAML file; the "
        "same as the global option.", show_default=False,
        autocompletion=profile_names)] = None,
    region: Annotated[str | None, typer.Option(
        "--region", metavar="CODE", help="Your region, for whom to call on an urgent end: a "
        "two-letter code such as CN, HK, TW, US, GB (default: WALLETSUPPORT_REGION, config, "
        "locale). 所在地区，紧急情况下据此显示报警和反诈电话，例如 CN。",
        show_default=False)] = None,
) -> None:
    """Diagnose a wallet problem step by step, then see whom to contact and what to prepare."""
    from ..cases.store import NO_FLOW_YET
    from ..diagnosis.model import ANSWERS_FLOW_KEY, ANSWERS_WALLET_KEY
    from ..errors import Cancelled, InputEnded, WalletSupportError

    env = env_of(ctx)
    if profile_name:
        env.profile = profile_name
    if region is not None:
        _check_region(region)
        env.extra["region"] = region
    settings = env.extra.get("settings")
    # A profile named by an option, the environment or the config decides the wallet.
    decided = bool(profile_name) or (
        env.profile is not None and getattr(settings, "profile_from", "default") != "default")
    catalog = load_flows(env, None if resume else flow_id)
    store = _store(env)
    scripted = _scripted_answers(answers_file, sets or [], env.lang)
    named = scripted.pop(ANSWERS_FLOW_KEY, None)
    filed_wallet = scripted.pop(ANSWERS_WALLET_KEY, None)
    if named is not None:
        if not isinstance(named, str) or (flow_id is not None and named != flow_id):
            raise WalletSupportError(key="errors.answers-other-flow", path=answers_file,
                                     named=named, flow=flow_id)
        flow_id = named
    base = _base_prompter(env)
    prompter: Prompter = base
    if scripted or no_input:
        from ..prompting import ScriptedPrompter

        origin = str(answers_file) if answers_file else "--set"
        prompter = ScriptedPrompter(scripted, None if no_input else base, origin=origin,
                                    places={key: answer_origin(scripted, key, origin)
                                            for key in scripted})

    case_id: int | None = None
    draft_flow: str | None = None  # the problem of the draft resumed
    words_only = False  # that draft holds only words: no problem was chosen yet
    start: tuple[Any, ...] = ()
    description: str | None = None  # the problem in the user's own words, when typed
    remembered: str | None = None  # the wallet a resumed draft chose
    # Open the case store before asking anything: if it cannot be written, say so now,
    # not after the user has typed answers that could not be kept.
    store.drafts()
    if resume and flow_id is not None and flow_id.strip().isdigit():
        # `--resume N`: that unfinished diagnosis (`cases list` shows their ids).
        case_id = int(flow_id)
        status, draft_flow, start = store.answers_of(case_id)
        if status != "draft":
            raise WalletSupportError(key="errors.resume-finished", case=case_id)
        remembered = store.draft(case_id).wallet
        description = store.draft(case_id).description
    elif resume:
        draft = store.latest_draft(flow_id)
        if draft is None:
            raise WalletSupportError(key="errors.no-draft")
        case_id, start, draft_flow = draft.id, draft.answers, draft.flow_id
        remembered, description = draft.wallet, draft.description
    if resume and draft_flow == NO_FLOW_YET:
        # Words typed, then stopped before a problem was chosen: their matches again.
        _resuming(env, case_id)
        flow, description = _kept_words(
            env, store, case_id, None, description,
            partial(_choose_flow, env, catalog, prompter if not no_input else None,
                    typed=description, matches_first=True))
        resume = False  # the wallet is asked as for a new diagnosis; the draft goes on
        words_only = True
    elif resume:
        flow = catalog.get(str(draft_flow))
    elif flow_id is not None:
        flow = catalog.get(flow_id)
    else:
        flow, description = _kept_words(
            env, store, None, None, description,
            partial(_choose_flow, env, catalog, prompter if not no_input else None))
    if not resume and not words_only and not scripted and not no_input and env.stdin_isatty:
        # A person at a terminal who left this problem half-way is offered to go on with it,
        # so interrupted runs do not pile up as unfinished diagnoses (pipes are not asked).
        earlier = _offer_draft(env, base, store, flow.id)
        if earlier is not None:
            resume = True
            case_id, start = earlier.id, earlier.answers
            remembered, description = earlier.wallet, earlier.description or description
    if scripted:
        _check_known(flow, scripted, str(answers_file) if answers_file else "--set", env.lang)
    # Input from a pipe or a file is not asked about an earlier draft: run again with the
    # same input, it goes on in the same draft instead of leaving one more each time.
    earlier_draft = (store.latest_draft(flow.id)
                     if not resume and case_id is None and not env.stdin_isatty else None)
    reused: list[int | None] = [None]  # the earlier draft these answers went on in

    from ..diagnosis.session import Outlets, run_session
    from ..rendering.diagnose import origin_of, render_advice, render_notice, render_title

    console = env.console()
    from ..i18n import pick, t

    # A resumed draft is not asked again: it keeps the wallet its first run chose. Back
    # from the wallet question returns to the problem list when the problem came from it.
    from ..prompting import Back

    from_menu = flow_id is None and not resume and not no_input
    from_menu = from_menu or words_only
    while True:
        wallet = _kept_words(
            env, store, case_id, flow, description,
            # A draft kept at this question (no wallet, no answer yet) is asked it again.
            partial(_choose_wallet, env, None if no_input or (resume and (
                        remembered is not None or start)) else base,
                    description, decided=decided, remembered=remembered,
                    filed=filed_wallet, origin=str(answers_file) if answers_file else "--set",
                    can_back=from_menu))
        if not isinstance(wallet, Back):
            break
        flow, description = _kept_words(
            env, store, case_id, None, description,
            partial(_choose_flow, env, catalog, prompter, earlier=flow.id))

    if resume:
        _resuming(env, case_id)

    latest: list[tuple[Any, ...]] = [start]  # the answers so far, kept if saving fails
    unsaved: list[bool] = []  # a busy or full database could not keep the latest answers

    # A scripted run (--no-input) asks nobody: its draft is written once, only if it stops
    # before the end (writing after every answer made it three times a bare command).
    pending: list[bool] = []

    def saved(answers: tuple[Any, ...]) -> None:
        latest[0] = answers
        if no_input:
            pending[:] = [True]
            return
        save(answers)

    def save(answers: tuple[Any, ...]) -> None:
        nonlocal case_id, earlier_draft
        pending.clear()
        if case_id is None and earlier_draft is not None:
            kept = tuple(earlier_draft.answers)
            if tuple(answers) == kept[:len(answers)]:
                return  # the earlier draft already holds these answers (and maybe more)
            if kept == tuple(answers)[:len(kept)]:
                case_id = reused[0] = earlier_draft.id  # these go on from it: nothing lost
            earlier_draft = None  # else they differ: a draft of their own, both kept
        try:
            # Where it stopped follows the wallet's facts (MetaMask: not 'can you sign in').
            from ..contacts.wallets import with_wallet as facts_of

            walleted = facts_of(flow, _profile_of(env, wallet, decided))
            # The case's own times are in the user's zone (config.toml's zone), as answers are.
            case_id = store.save_draft(case_id=case_id, flow_id=flow.id, answers=answers,
                                       lang=env.lang, now=user_now(env), references=references,
                                       flow=walleted, wallet=wallet, description=description)
        except WalletSupportError as error:  # busy or full: go on, and keep them at the end
            from ..rendering.diagnose import render_problem

            if not unsaved:
                why = {"faults.db-busy": "faults.draft-busy", "faults.db-full": "faults.draft-full"}
                key = why.get(error.key or "", "faults.draft-not-saved")
                render_problem(env.console(stderr=True), t(
                    key, env.lang, reason=error.render(env.lang), path=str(store.path)),
                    env.lang)
            unsaved[:] = [True]
            return
        unsaved.clear()

    # A flow not walletsupport's own: each advice names its file (the flow may change below).
    outlets = Outlets(advice=lambda shown: render_advice(console, shown, env.lang,
                                                         origin=origin_of(flow)),
                      notice=lambda text: render_notice(console, text, env.lang), saved=saved)
    now, zone, zone_doubt = _user_clock(env, wallet if isinstance(wallet, str) else None)
    if not no_input:
        from ..rendering.diagnose import render_progress

        asking = _prompt_console(env)
        outlets.progress = lambda number, total: render_progress(asking, number, total, env.lang)
    from ..contacts.wallets import with_wallet
    from ..diagnosis.session import LeaveFlow

    # Picked from the list: Back on the first question shows the list again.
    picked_here = flow_id is None and not resume and not no_input
    try:
        while True:
            references = {q.id for q in flow.questions() if q.reference}
            render_title(console, pick(flow.title, env.lang), pick(flow.summary, env.lang),
                         outside=None if flow.source == "built-in" else flow.path,
                         lang=env.lang)
            try:
                # The wallet's custody is a fact its `when:` can test (MetaMask: no account).
                outcome = run_session(with_wallet(flow, _profile_of(env, wallet, decided)),
                                      prompter, lang=env.lang, answers=start,
                                      outlets=outlets, review=not (no_review or no_input),
                                      now=now, zone=zone, can_leave=picked_here,
                                      zone_doubt=zone_doubt)
                break
            except LeaveFlow:
                if case_id is not None and case_id != reused[0]:
                    store.drop_draft(case_id)  # answers to a problem left behind are not kept
                case_id = None
                earlier_draft = None
                flow, typed = _kept_words(
                    env, store, None, None, description,
                    partial(_choose_flow, env, catalog, prompter, earlier=flow.id,
                            typed=description))
                description = typed if typed is not None else description
    except (Cancelled, InputEnded) as stop:
        if stop.case_id is not None:  # back at the problem list: its words are kept already
            raise
        # The user's own words are kept even before a first answer: a draft to resume (a
        # draft of words only now has its problem).
        if pending or (description and not latest[0] and (
                words_only or (case_id is None and earlier_draft is None))):
            save(latest[0])
            stop.words_only = not latest[0] and case_id is not None
        # Nothing new to keep: the answers are all in the earlier draft, which goes on.
        stop.case_id = case_id if case_id is not None or earlier_draft is None else (
            earlier_draft.id)
        if unsaved:
            stop.kept = _keep_answers(env, flow, latest[0], references, wallet)
        raise
    except WalletSupportError:  # e.g. a scripted run missing an answer: its draft is kept
        if pending:
            save(latest[0])
        raise
    if scripted:
        _check_derived(outcome.result, scripted,
                       str(answers_file) if answers_file else "--set", env.lang, now())
    try:
        # Its id is all the closing screen needs: the case is not read back (nor its classes).
        finished = store.finish_id(case_id=case_id, result=outcome.result, lang=env.lang,
                                   now=user_now(env), redactions=dict(outcome.redactions),
                                   description=description, wallet=wallet)
    except WalletSupportError as error:
        # The result is still shown; the answers go to a file that replays them.
        _closing(env, outcome.result, None, None, wallet=wallet, decided=decided,
                 asker=None if no_input else base, description=description,
                 removed=outcome.redactions)
        kept = _keep_answers(env, flow, latest[0], references, wallet)
        raise WalletSupportError(f"{error.render(env.lang)} {kept.render(env.lang)}") from None
    _closing(env, outcome.result, finished, str(store.path), wallet=wallet, decided=decided,
             asker=None if no_input else base, description=description,
             removed=outcome.redactions,
             offer_rows=0 if no_input else _offer_rows(base, env.lang))
    if not no_input:
        _offer_export(env, base, store, finished)


_T = TypeVar("_T")


def _kept_words(env: Environment, store: Any, case_id: int | None, flow: Flow | None,
                description: str | None, ask: Callable[[], _T]) -> _T:
    """`ask()`; stopped (Ctrl-C) before a first answer, the words typed are kept in a draft.

    The problem list, the closest matches and the wallet question come before any
    answer is saved: Ctrl-C there lost the description. It is kept (masked, as every
    description) in a draft of `flow`, or of no problem yet (`NO_FLOW_YET`), whose
    `--resume` shows the matches for the words again.
    """
    from contextlib import suppress

    from ..cases.store import NO_FLOW_YET
    from ..errors import Cancelled, InputEnded, WalletSupportError

    try:
        return ask()
    except (Cancelled, InputEnded) as stop:
        words = stop.description if stop.description is not None else description
        # Piped input that ends here is not kept: run again, it would leave one more draft.
        piped_end = isinstance(stop, InputEnded) and not env.stdin_isatty
        if words and words.strip() and stop.case_id is None and not piped_end:
            # Not kept (a busy or full database): the stop is still reported as it is.
            with suppress(WalletSupportError):
                stop.case_id = store.save_draft(
                    case_id=case_id, flow_id=flow.id if flow is not None else NO_FLOW_YET,
                    answers=(), lang=env.lang, now=user_now(env), flow=flow,
                    description=words)
                stop.words_only = True
        raise


def _resuming(env: Environment, case_id: int | None) -> None:
    """Say which unfinished diagnosis goes on."""
    from ..i18n import t

    env.console().print(t("diagnose.resuming", env.lang, case=case_id))


def _keep_answers(env: Environment, flow: Flow, answers: tuple[Any, ...],
                  references: set[str], wallet: str | None) -> Msg:
    """Write the answers (redacted) to a file `diagnose --answers` replays; what to tell the user.

    Used when the case database could not keep them (another walletsupport holds
    it, or its disk is full): the first folder that takes the file is used.
    """
    import tempfile

    from ..cases.export import answers_file
    from ..cases.store import _clean_answers
    from ..errors import Msg, WalletSupportError
    from ..i18n import t
    from ..safefile import write_file

    clean, _ = _clean_answers(answers, env.lang, references)
    body = [line for line in answers_file(0, flow.id, clean, env.lang,
                                          wallet=wallet).splitlines(keepends=True)
            if not line.startswith("#")]  # its header names a saved case; there is none
    head = [f"# {line}\n" for line in t("faults.answers-header", env.lang,
                                        flow=flow.id).splitlines()]
    text = "".join(head + body)
    name = f"walletsupport-answers-{flow.id}-{env.now():%Y%m%d-%H%M%S}.yaml"
    for folder in (env.data_dir, Path.cwd(), Path.home(), Path(tempfile.gettempdir())):
        try:
            write_file(folder / name, text, private=True)
        except WalletSupportError:
            continue
        return Msg("faults.answers-kept", path=folder / name)
    return Msg("faults.answers-not-kept")


def user_now(env: Environment) -> Any:
    """Now, in the user's own zone (see `Environment.user_now`)."""
    return env.user_now()


def _user_clock(env: Environment, wallet: str | None = None) -> tuple[Any, str | None, Any]:
    """The user's clock in their own zone, the zone's name, and any doubt about it.

    The zone is TZ's, config.toml's ``zone``, else the system's. When it is UTC only
    because the machine runs on UTC, each time read says so (`ZoneDoubt`); and when
    the user is likely in China (Chinese, or a region or wallet there) the first time
    with no zone asks which zone was meant.
    """
    from ..diagnosis.dates import user_zone, zone_info
    from ..diagnosis.session import ZoneDoubt
    from ..errors import WalletSupportError
    from ..settings import load_config

    try:
        config = load_config(env.config_dir)
    except WalletSupportError:  # already reported at start-up, if it mattered
        config = {}
    configured = config.get("zone")
    zone, certain = user_zone(configured.strip() if isinstance(configured, str) else None)
    doubt = None if certain else ZoneDoubt(suggest=_likely_zone(env, config, wallet),
                                           config=str(env.config_dir / "config.toml"))

    def now() -> Any:
        # The user's own zone, so "yesterday 10:30" is their yesterday, at their 10:30.
        moment = env.now()
        tz = zone_info(zone)
        return moment.astimezone(tz) if tz is not None else moment.astimezone()

    return now, zone, doubt


def _likely_zone(env: Environment, config: Any, wallet: str | None) -> str | None:
    """The zone a user on a UTC machine is likely in: their region's, or China's in Chinese."""
    from ..contacts.authorities import resolve_region
    from ..diagnosis.dates import REGION_ZONES

    wallet_region = None
    if wallet is not None:
        from ..contacts.loading import load_profile
        from ..contacts.wallets import profile_for
        from ..errors import WalletSupportError

        try:
            wallet_region = load_profile(profile_for(wallet)).region
        except WalletSupportError:
            wallet_region = None
    region = resolve_region(env.extra.get("region"), env.environ, config, wallet_region)
    if region is not None and region.upper() in REGION_ZONES:
        return REGION_ZONES[region.upper()]
    return REGION_ZONES["CN"] if env.lang == "zh" and region is None else None


def _store(env: Environment) -> Any:
    from ..cases.store import CaseStore

    return CaseStore(env.data_dir)


def _prompts_on_stderr(env: Environment) -> bool:
    """A person is typing but the output goes to a file: questions go to stderr, which they see."""
    return not env.interactive and env.stdin_isatty and not env.plain


def _prompt_console(env: Environment) -> Any:
    """The console the questions are asked on."""
    return env.console(stderr=_prompts_on_stderr(env))


def _base_prompter(env: Environment) -> Prompter:
    from ..prompting import PlainPrompter, QuestionaryPrompter

    if env.interactive:
        return QuestionaryPrompter()
    if _prompts_on_stderr(env):
        return PlainPrompter(env.stdin, env.stderr, echo=False)
    return PlainPrompter(env.stdin, env.stdout)


class _Answers(dict[str, object]):
    """Scripted answers, each knowing where it was given: `file:line:` or ``--set``."""

    def __init__(self) -> None:
        super().__init__()
        #: Each answer's place: ``answers.yaml:3``, or ``--set``.
        self.where: dict[str, str] = {}


def _scripted_answers(path: Path | None, sets: list[str], lang: str) -> dict[str, object]:
    from ..errors import Echo, UsageError, WalletSupportError

    answers = _Answers()
    if path is not None:
        from ..diagnosis.flatyaml import load_flat_file
        from ..diagnosis.located import Located

        data = load_flat_file(path, numbers_as_text=True)
        if not isinstance(data, dict):
            raise WalletSupportError(key="errors.answers-file", path=path)
        answers.update(data)
        if isinstance(data, Located):  # the line of each answer, for messages about it
            answers.where = {str(key): f"{path}:{data.line_of(key)}" for key in data}
    for item in sets:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UsageError(key="errors.bad-set", value=Echo(item))
        answers[key.strip()] = value
        answers.where[key.strip()] = "--set"
    return answers


def answer_origin(answers: dict[str, object], key: str, default: str, *,
                  lead: bool = False) -> str:
    """Where the scripted answer to `key` came from: ``file:line`` when it has one.

    `lead`: the place begins a message, and so ends in a colon (``file:line: …``).
    """
    recorded = answers.where.get(key) if isinstance(answers, _Answers) else None
    if recorded is None or recorded == "--set":
        return recorded or default
    return f"{recorded}:" if lead else recorded


def _check_known(flow: Flow, answers: dict[str, object], origin: str, lang: str) -> None:
    """Refuse a scripted answer to a question the flow lacks, or one it cannot take, up front."""
    from ..diagnosis.model import Question
    from ..diagnosis.session import validator_for
    from ..errors import Echo, Many, WalletSupportError
    from ..prompting import ScriptedPrompter

    known = [q.id for q in flow.questions()]
    # An earlier id of a question (`aliases:`, from before a split) answers it.
    earlier = {alias: q for q in flow.questions() for alias in q.aliases if alias not in known}
    for question_id, value in answers.items():
        if question_id not in known and question_id not in earlier:
            raise WalletSupportError(key="errors.unknown-question",
                                     origin=answer_origin(answers, question_id, origin,
                                                          lead=True),
                                     question=Echo(question_id), flow=flow.id,
                                     known=Many(known))
        question = flow.nodes.get(question_id) or earlier[question_id]
        assert isinstance(question, Question)
        # Ask the scripted prompter itself, so the check and the run share one rule.
        where = answer_origin(answers, question_id, origin)  # file:line when it has one
        raw = ScriptedPrompter({question.id: value}, None, where).ask(
            question, lang=lang, default=None, can_back=False,
            validate=validator_for(question, lang))
        if question.kind == "number":
            from ..diagnosis.engine import AmbiguousNumber, check_answer
            from ..diagnosis.session import ambiguity_error

            try:
                check_answer(question, raw)
            except AmbiguousNumber as doubt:  # a file cannot say which reading it meant
                raise ambiguity_error(doubt, where, lang) from None


def _check_derived(result: Any, answers: dict[str, object], origin: str, lang: str,
                   now: Any) -> None:
    """Refuse a scripted answer that the date answer settled otherwise, naming both."""
    from ..diagnosis.engine import contradiction
    from ..diagnosis.model import Question
    from ..diagnosis.session import answer_reason
    from ..errors import WalletSupportError
    from ..prompting import coerce

    flow = result.flow
    for question_id in result.derived:
        if question_id not in answers:
            continue
        question = flow.nodes[question_id]
        assert isinstance(question, Question)
        value = coerce(question, answers[question_id])
        if value == result.answers[question_id]:
            continue
        problem = contradiction(flow, question, result.answers, value, now)  # type: ignore[arg-type]
        if problem is not None:
            raise WalletSupportError(key="errors.bad-answer-free", question=question_id,
                                     origin=answer_origin(answers, question_id, origin),
                                     reason=answer_reason(problem, lang))


def _choose_wallet(env: Environment, prompter: Prompter | None, description: str | None, *,
                   decided: bool, filed: object, origin: str,
                   remembered: str | None = None, can_back: bool = False) -> str | Back | None:
    """Which wallet or app the problem is with: a profile name, "other", "unsaid" or None.

    With `can_back`, the question offers Back (to the problem list): `Back` is returned.

    An explicit profile (option, environment, config) decides it; then an answers
    file's `_wallet`; then a single wallet named in the description. Otherwise the
    user is asked (wallets the description named first), unless nobody can be asked.
    """
    from ..contacts.loading import list_profiles, load_profile

    if decided:
        name = load_profile(env.profile or "generic").name
        return None if name == "generic" else name
    if filed is None and prompter is None and remembered is None and not description:
        return None  # nothing names a wallet and nobody can be asked: no profile to read
    from ..contacts.wallets import OTHER, UNSAID, named_wallets
    from ..diagnosis.model import ANSWERS_WALLET_KEY, Choice, Question
    from ..diagnosis.session import validator_for
    from ..i18n import pick, t

    lang = env.lang
    profiles = [p for p in list_profiles() if p.name != "generic"]
    if filed is None and remembered in {p.name for p in profiles} | {OTHER, UNSAID}:
        return remembered
    named = named_wallets(description or "", [(p.name, p.names) for p in profiles])
    if filed is None and len(named) == 1:
        title = pick(next(p.title for p in profiles if p.name == named[0]), lang)
        env.console().print(t("wallet.from-description", lang, title=title), markup=False)
        return named[0]
    if filed is None and prompter is None:
        return None

    def label(profile: Any) -> str:
        own, other = pick(profile.title, lang), pick(profile.title, "zh" if lang == "en" else "en")
        if own == other:
            return own
        return f"{own}（{other}）" if lang == "zh" else f"{own} ({other})"

    # Named wallets first, then the shipped ones, then by English name: one order in both
    # languages, so a list read in Chinese matches the English one (and the docs).
    ordered = sorted(profiles, key=lambda p: (p.name not in named, named.index(p.name)
                                               if p.name in named else 0, not p.builtin,
                                               pick(p.title, "en").lower()))
    question = Question(ANSWERS_WALLET_KEY, "select", t("wallet.prompt", lang), choices=tuple(
        [Choice(p.name, label(p)) for p in ordered]
        + [Choice(OTHER, t("wallet.other", lang)), Choice(UNSAID, t("wallet.unsaid", lang))]))
    if filed is not None:
        from ..prompting import ScriptedPrompter

        prompter = ScriptedPrompter({ANSWERS_WALLET_KEY: filed}, None, origin=origin)
    assert prompter is not None
    picked = prompter.ask(question, lang=lang, default=None, can_back=can_back,
                          validate=validator_for(question, lang))
    from ..prompting import Back as GoBack

    return picked if isinstance(picked, GoBack) else str(picked)


def _choose_flow(env: Environment, catalog: Catalog, prompter: Prompter | None,
                 earlier: str | None = None, typed: str | None = None, *,
                 matches_first: bool = False) -> tuple[Flow, str | None]:
    """The problem list by title, plus 'describe it in your own words'.

    Returns the flow, and the description when the user typed one (kept with the case).
    `earlier` is the problem picked before going back: it starts selected. Back from
    the closest matches returns to the description, with the words typed (`typed`,
    shown masked) kept; with `matches_first` (a draft of words only, resumed) the
    matches for `typed` come first. Stopped (Ctrl-C) after words were typed, the stop
    carries them (`Stopped.description`), so the caller can keep them in a draft.
    """
    from ..errors import Cancelled, InputEnded

    said: list[str | None] = [typed]
    try:
        return _choose_flow_asking(env, catalog, prompter, earlier, typed, said,
                                   matches_first=matches_first)
    except (Cancelled, InputEnded) as stop:
        stop.description = said[0]
        raise


def _choose_flow_asking(env: Environment, catalog: Catalog, prompter: Prompter | None,
                        earlier: str | None, typed: str | None, said_so_far: list[str | None],
                        *, matches_first: bool) -> tuple[Flow, str | None]:
    """`_choose_flow`'s questions; `said_so_far` holds the latest words typed."""
    from ..diagnosis.matching import best_matches
    from ..diagnosis.model import Choice, Question
    from ..diagnosis.session import validator_for
    from ..errors import Many, UsageError
    from ..i18n import pick, t

    lang = env.lang
    flows = sorted(catalog.flows.values(), key=lambda f: (f.order, f.id))
    if prompter is None:
        raise UsageError(key="errors.flow-needed", known=Many(f.id for f in flows))
    describe = "describe-it"
    # Words typed at the list instead of a number are the problem in the user's own words.
    menu = Question("problem", "select", t("diagnose.choose", lang), choices=tuple(
        [Choice(f.id, pick(f.title, lang)) for f in flows]
        + [Choice(describe, t("diagnose.describe", lang))]), free_text=True)
    words = Question("description", "text", t("diagnose.describe.prompt", lang),
                     placeholder=t("diagnose.describe.example", lang))
    if typed is not None:
        from ..redact import redact

        typed = redact(typed, lang).text

    def words_or(check: Any) -> Any:
        """The list's check, letting words through (they are the description)."""
        known = {c.id for c in menu.choices}
        return lambda value: None if isinstance(value, str) and value.strip() and not (
            value.strip().isdigit() or value in known) else check(value)

    kept: str | None = None  # the words typed before "none of these": still the user's own
    picked: object
    while True:
        if matches_first and typed:
            picked, matches_first = typed, False  # words kept from before: their matches
        else:
            picked = prompter.ask(menu, lang=lang, default=earlier, can_back=False,
                                  validate=words_or(validator_for(menu, lang)))
        ids = {f.id for f in flows}
        if picked != describe and picked in ids:
            return catalog.get(str(picked)), kept
        earlier = describe
        said = picked if isinstance(picked, str) and picked not in ids | {describe} else None
        while True:  # the description, then the closest matches; Back steps between them
            sentence: object
            if said is not None:  # typed at the list: read as the description
                sentence, said = said, None
            else:
                sentence = prompter.ask(words, lang=lang, default=typed, can_back=True,
                                        validate=validator_for(words, lang))
            if not isinstance(sentence, str):
                break  # Back: show the list again
            said_so_far[0] = sentence  # kept in a draft if the user stops here
            from ..redact import redact
            from ..rendering.diagnose import render_notice

            cleaned = redact(sentence, lang)
            typed = cleaned.text  # shown again after Back: never a secret
            for kind in dict.fromkeys(cleaned.kinds):  # why it was removed, as for an answer
                render_notice(env.console(), t(f"redact.notice.{kind}", lang), lang)
            matches = best_matches(flows, sentence)
            if not matches:
                env.console().print(t("diagnose.no-match", lang))
                break
            again = "show-all"
            offer = Question("match", "select", t("diagnose.matches", lang), choices=tuple(
                [Choice(f.id, pick(f.title, lang)) for f in matches]
                + [Choice(again, t("diagnose.none-of-these", lang))]))
            chosen = prompter.ask(offer, lang=lang, default=None, can_back=True,
                                  validate=validator_for(offer, lang))
            if isinstance(chosen, str) and chosen != again:
                return catalog.get(chosen), sentence
            if chosen == again:
                kept = sentence  # none of these: the full list, the words kept with the case
                break


def _check_region(code: str) -> None:
    import re

    from ..errors import Echo, UsageError

    if not re.match(r"^[A-Za-z]{2}$", code.strip()):
        raise UsageError(key="errors.bad-region", value=Echo(code))


def _emergency(env: Environment, result: Any, profile: Any,
               asker: Prompter | None = None) -> Any:
    """The region's authorities for an urgent end, or where to find them.

    When nothing tells the region and someone can answer, they are asked where they
    are (the regions with verified authorities, or "somewhere else"), so a scam victim
    sees the numbers now instead of being told to run the tool again.
    """
    if result.outcome != "urgent" or not getattr(result, "authorities", True):
        return None  # nothing lost and no crime going on: no police lines, no region asked
    from ..contacts.authorities import resolve_region
    from ..diagnosis.dates import local_zone
    from ..errors import WalletSupportError
    from ..rendering.closing import emergency_for
    from ..settings import load_config

    try:
        config = load_config(env.config_dir)
    except WalletSupportError:  # already reported at start-up, if it mattered
        config = {}
    # Where the user is, before the wallet's home: a Berlin user of Coinbase (US) or
    # Revolut (GB) calls the German police. Nothing says? They are asked; only a run
    # nobody answers falls back on the wallet's country (its title names it).
    region = resolve_region(env.extra.get("region"), env.environ, config,
                            profile.region if asker is None else None, local_zone())
    if region is None and asker is not None:
        region = _ask_region(env, asker)
        if region == ELSEWHERE:
            return emergency_for(None, env.lang, elsewhere=True)
    return emergency_for(region, env.lang, payee=bool(getattr(result, "payee", False)))


#: The answer "somewhere else" to the region question.
ELSEWHERE = "elsewhere"


def _offer_draft(env: Environment, asker: Prompter, store: Any, flow_id: str) -> Any:
    """The unfinished diagnosis of `flow_id` to go on with, if the user wants it, else None."""
    from ..cases.layout import format_time
    from ..diagnosis.model import Choice, Question
    from ..diagnosis.session import validator_for
    from ..errors import InputEnded
    from ..i18n import t

    draft = store.latest_draft(flow_id)
    if draft is None or not draft.answers:
        return None
    lang = env.lang
    question = Question("_draft", "select", t("diagnose.draft-offer", lang,
                                              when=format_time(draft.updated, lang=lang),
                                              count=len(draft.answers), case=draft.id),
                        choices=(Choice("continue", t("diagnose.draft-continue", lang)),
                                 Choice("new", t("diagnose.draft-new", lang, case=draft.id))))
    try:
        picked = asker.ask(question, lang=lang, default=None, can_back=False,
                           validate=validator_for(question, lang))
    except InputEnded:
        return None
    return draft if picked == "continue" else None


def _ask_region(env: Environment, asker: Prompter) -> str | None:
    """Where the user is, for the police and anti-fraud numbers; None when input ended."""
    from ..contacts.authorities import known_regions, load_authority
    from ..diagnosis.model import Choice, Question
    from ..diagnosis.session import validator_for
    from ..errors import InputEnded
    from ..i18n import pick, t

    lang = env.lang
    titles: list[tuple[str, str]] = []
    for code in known_regions():
        authority = load_authority(code)
        if authority is not None:
            titles.append((code, pick(authority.title, lang)))
    # Chinese readers find mainland China, Hong Kong and Taiwan first.
    near = ("CN", "HK", "TW") if lang == "zh" else ()
    titles.sort(key=lambda item: (item[0] not in near,
                                  near.index(item[0]) if item[0] in near else 0, item[1].lower()))
    choices = [Choice(code, title) for code, title in titles]
    choices.append(Choice(ELSEWHERE, t("wallet.region-elsewhere", lang)))
    question = Question("_region", "select", t("wallet.region-prompt", lang),
                        choices=tuple(choices))
    try:
        picked = asker.ask(question, lang=lang, default=None, can_back=False,
                           validate=validator_for(question, lang))
    except InputEnded:
        return None
    return str(picked)


def _profile_of(env: Environment, wallet: str | None, decided: bool) -> Any:
    """The profile of the diagnosis: the one an option or the config named, else the chosen one."""
    from ..contacts.loading import load_profile
    from ..contacts.wallets import profile_for

    return load_profile((env.profile or "generic") if decided else profile_for(wallet))


def _closing(env: Environment, result: Any, case_id: int | None, store_path: str | None, *,
             wallet: str | None = None, decided: bool = False,
             asker: Prompter | None = None, offer_rows: int = 0,
             description: str | None = None, removed: Iterable[str] = ()) -> None:
    from ..cases.export import mask_result
    from ..contacts.ranking import rank_channels
    from ..redact import marker_kinds, redact
    from ..redact.asked import asked_for_secret
    from ..rendering.closing import render_closing_screen, signed_out

    # A recovery phrase or private key removed from the user's words (an answer, or the
    # description as typed or kept with its markers) is exposed: say to move the funds.
    said = description or ""
    kinds = {*removed, *marker_kinds(said), *redact(said, env.lang).kinds}

    profile = _profile_of(env, wallet, decided)
    ranked = rank_channels(profile, recommend=result.recommend, outcome=result.outcome,
                           flow_id=result.flow.id, prefer=result.prefer,
                           signed_out=signed_out(result))
    # Contact details typed in answers are masked as in the exports; references are not.
    render_closing_screen(env.console(), mask_result(result), env.lang, profile=profile,
                          ranked=ranked, now=env.now(), case_id=case_id,
                          signed_out=signed_out(result),
                          emergency=_emergency(env, result, profile, asker),
                          reserve=offer_rows, secret_asked=asked_for_secret(description),
                          phrase_exposed=bool(kinds & {"recovery-phrase", "private-key"}))


def _offer_question(lang: str, *, copy: bool = True) -> Any:
    """The export offer: copy, save, show, or not now (what Enter answers).

    Without `copy` (the clipboard just failed), the other ways are offered instead.
    """
    from ..diagnosis.model import Choice, Question
    from ..i18n import t

    ways = ("copy", "save", "show", "skip") if copy else ("save", "show", "skip")
    choices = [Choice(choice, t(f"diagnose.export.{choice}", lang)) for choice in ways]
    prompt = t("diagnose.export.prompt" if copy else "diagnose.export.instead", lang)
    return Question("export", "select", prompt, choices=tuple(choices),
                    placeholder=t("diagnose.export.enter", lang))


def _offer_rows(prompter: Prompter, lang: str) -> int:
    """The rows the export offer takes below the closing screen, kept free on an 80x24 screen.

    Typed answers: the question, its choices on one line, the answer. Arrow keys: the
    question's lines as the terminal's width breaks them, and one row a choice.
    """
    from ..prompting import QuestionaryPrompter

    if isinstance(prompter, QuestionaryPrompter):
        return int(prompter.select_rows(_offer_question(lang), lang))
    return 3


def _offer_export(env: Environment, prompter: Prompter, store: Any, case_id: int) -> None:
    """Offer to copy, save or show the summary right away; a closed input means 'not now'.

    A copy that fails says why in one line and offers the other choices again.
    """
    from ..cases.export import render
    from ..diagnosis.session import validator_for
    from ..errors import InputEnded

    lang = env.lang
    text: str | None = None
    copy = True
    try:
        while True:
            # Enter answers "Not now" (pre-selected with the arrow keys).
            offer = _offer_question(lang, copy=copy)
            choice = prompter.ask(offer, lang=lang, default="skip", can_back=False,
                                  validate=validator_for(offer, lang))
            if choice == "skip":
                return
            if choice == "show":  # read on the screen: the text export, no Markdown marks
                # no wider than the screen (the 72-column text was broken inside words at 60)
                width = min(72, max(int(env.console().width), 40))
                write_stdout(env, render(store.get(case_id), "text", lang, width=width) + "\n")
                return
            if text is None:
                text = render(store.get(case_id), "markdown", lang)
            if choice == "save":
                _save_summary(env, prompter, text, case_id)
                return
            if _copy_summary(env, text):
                return
            # The clipboard failed: the other ways are offered again, without it.
            copy = False
    except InputEnded:
        return


def _copy_summary(env: Environment, text: str) -> bool:
    """Copy the summary; False (after one line saying why) when nothing was copied."""
    from ..cases.clipboard import ClipboardError
    from ..cases.export import copy_to_clipboard
    from ..i18n import t
    from ..rendering.diagnose import render_problem

    console = env.console()
    try:
        copy_to_clipboard(text)
    except ClipboardError as error:
        render_problem(console, error.render(env.lang), env.lang)
        return False
    console.print(t("diagnose.export.copied", env.lang))
    return True


def _save_summary(env: Environment, prompter: Prompter, text: str, case_id: int) -> None:
    """Ask for a file name until the summary is saved.

    An existing file is replaced only if the user says so; a link, or anything
    but a regular file, is never written through.
    """
    from ..diagnosis.model import Choice, Question
    from ..diagnosis.session import validator_for
    from ..errors import WalletSupportError
    from ..i18n import t
    from ..rendering.diagnose import render_problem
    from ..safefile import TargetExists, write_file

    lang = env.lang
    console = env.console()
    suggested = f"walletsupport-case-{case_id}.md"
    # Enter saves under the suggested name: the echo says that name, not "(skipped)".
    where = Question("path", "text", t("diagnose.export.path", lang), optional=True,
                     placeholder=t("diagnose.export.path-default", lang, name=suggested),
                     empty=suggested)
    while True:
        raw = prompter.ask(where, lang=lang, default=None, can_back=False,
                           validate=validator_for(where, lang))
        target = Path(str(raw).strip() or suggested).expanduser()
        try:
            write_file(target, text, private=True)
        except TargetExists:
            replace = Question("replace", "select",
                               t("diagnose.export.exists", lang, path=target), choices=(
                                   Choice("other", t("diagnose.export.other-name", lang)),
                                   Choice("replace", t("diagnose.export.replace", lang))))
            if prompter.ask(replace, lang=lang, default=None, can_back=False,
                            validate=validator_for(replace, lang)) != "replace":
                continue
            try:
                write_file(target, text, force=True, private=True)
            except WalletSupportError as error:
                render_problem(console, error.render(lang), lang)
                continue
        except WalletSupportError as error:
            render_problem(console, error.render(lang), lang)
            continue
        console.print(t("diagnose.export.written", lang, path=target), markup=False,
                      soft_wrap=True)
        return
