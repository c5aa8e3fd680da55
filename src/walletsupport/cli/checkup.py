"""`walletsupport checkup`: a few questions about everyday habits, then ✓ / ! / ✗ and the fixes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from . import env_of, load_flows
from .completion import profile_names

if TYPE_CHECKING:
    from ..checkup import Checkup, CheckupResult
    from ..environment import Environment
    from ..prompting import Prompter

__all__ = ["register"]


def register(app: typer.Typer) -> None:
    """Add `checkup` to the main app."""
    app.command("checkup", help=(
        "A two-minute security check-up of your wallet habits, each marked good, could be "
        "better or at risk, with its fix. 两分钟安全自查：逐项标出良好、有待改进或有风险，"
        "附改进方法。"), epilog=(
        "Exit status: 0 when nothing is at risk, 1 when something is (or on an error), "
        "130 on Ctrl-C. 退出码：没有风险项为 0，有风险项（或出错）为 1，按 Ctrl-C 为 130。"))(
        checkup)


def checkup(
    ctx: typer.Context,
    checkup_id: Annotated[str, typer.Argument(
        metavar="[CHECKUP]", help="Which check-up (default: the built-in one). "
        "要做的自查（默认为内置自查）。", show_default=False)] = "checkup",
    answers_file: Annotated[Path | None, typer.Option(
        "--answers", help="YAML or JSON file of answers: habit id to answer id "
        "(yes, no, unsure...). 答案文件（YAML 或 JSON）：问题编号对应答案。",
        dir_okay=False, show_default=False)] = None,
    sets: Annotated[list[str] | None, typer.Option(
        "--set", metavar="ID=VALUE", help="Answer one question (repeatable). "
        "回答一个问题（可重复使用）。", show_default=False)] = None,
    no_input: Annotated[bool, typer.Option(
        "--no-input", help="Never ask: a missing answer is an error. "
        "不提问：缺少答案即报错。")] = False,
    as_json: Annotated[bool, typer.Option(
        "--json", help="Print the result as JSON (docs/checkup.md); questions go to stderr. "
        "以 JSON 输出结果。")] = False,
    save: Annotated[bool, typer.Option(
        "--save", help="Save the result as a case without asking. "
        "不询问，直接把结果保存为记录。")] = False,
    plain: Annotated[bool, typer.Option(
        "--plain", help="Numbered prompts, and the marks spelled out for screen readers; the "
        "same as the global option. 编号式提问，评级用文字写出，适合读屏软件。")] = False,
    profile_name: Annotated[str | None, typer.Option(
        "--profile", help="The wallet checked (a profile name or a YAML file): only the habits "
        "it can have are asked; the same as the global option. 要自查的钱包（档案名或 YAML "
        "文件）：只问这个钱包适用的问题；与全局选项相同。", show_default=False,
        autocompletion=profile_names)] = None,
) -> None:
    """A two-minute security check-up of wallet habits, each marked ✓, ! or ✗ with its fix."""
    from ..checkup.run import ask

    env = env_of(ctx)
    if plain:
        env.plain = True
    if profile_name:  # accepted here as `diagnose --profile` is (walk A2-12)
        env.profile = profile_name
    whole = load_flows(env, checkup_id).get_checkup(checkup_id)
    found = whole
    from ..diagnosis.model import ANSWERS_WALLET_KEY
    from .diagnose import _scripted_answers

    given = _scripted_answers(answers_file, sets or [], env.lang)
    # An answers file may name the wallet with `_wallet`, as for diagnose; --profile wins.
    filed = given.pop(ANSWERS_WALLET_KEY, None)
    settings = env.extra.get("settings")
    decided = bool(profile_name) or (
        env.profile is not None and getattr(settings, "profile_from", "default") != "default")
    wallet = env.profile if decided or filed is None else filed
    if isinstance(wallet, str) and wallet not in ("other", "unsaid"):
        from ..contacts.loading import load_profile  # only what the wallet can have
        from ..contacts.wallets import wallet_facts

        found = whole.for_wallet(wallet_facts(load_profile(wallet)))
    scripted = _scripted(whole, found, given, answers_file, env.lang)
    if no_input:  # say what is missing before anything is shown
        missing = [h for h in found.habits if h.id not in scripted]
        if missing:
            from ..errors import WalletSupportError
            from ..i18n import pick

            raise WalletSupportError(key="errors.no-input-missing", question=missing[0].id,
                                     prompt=pick(missing[0].prompt, env.lang))
    base = _prompter(env, as_json)
    prompter: Prompter = base
    if scripted or no_input:
        from ..prompting import ScriptedPrompter

        origin = str(answers_file) if answers_file else "--set"
        prompter = ScriptedPrompter(scripted, None if no_input else base, origin=origin)
    if not as_json:
        from ..rendering.checkup import render_checkup_intro

        render_checkup_intro(env.console(), found, env.lang)
    from ..prompting import QuestionaryPrompter

    fold = env.console().width if isinstance(base, QuestionaryPrompter) else None
    from ..errors import Cancelled, InputEnded

    try:
        result = ask(found, prompter, lang=env.lang, fold=fold)
    except (Cancelled, InputEnded) as stop:
        answered = {k: v for k, v in stop.answers.items() if k not in scripted}
        if not answered:
            raise
        from ..errors import Msg

        again = " ".join(["walletsupport", *(["--lang", env.lang] if env.lang != "en" else []),
                          "checkup", *([checkup_id] if checkup_id != "checkup" else []),
                          *(f"--set {k}={v}" for k, v in {**scripted, **answered}.items())])
        stop.follow_up = Msg("checkup.go-on", command=again)
        raise
    if as_json:
        import json

        from ..checkup.export import result_data

        document = {"schema_version": 1, "lang": env.lang, **result_data(result)}
        env.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    else:
        from ..rendering.checkup import render_checkup_result

        render_checkup_result(env.console(), result, env.lang, plain=env.plain)
    kept = wallet if isinstance(wallet, str) and wallet != "generic" else None
    if save:
        _save(env, result, stderr=as_json, wallet=kept)
    elif not (no_input or as_json):
        _offer_save(env, base, result, wallet=kept)
    raise typer.Exit(result.exit_code)


def _scripted(whole: Checkup, found: Checkup, answers: dict[str, object], path: Path | None,
              lang: str) -> dict[str, object]:
    """Answers from --answers and --set, checked against the check-up before anything is asked.

    An answer to a habit of `whole` that the wallet is not asked (`found` leaves it out) is
    set aside; the others must be answers `found` offers.
    """
    from ..checkup.run import normalise
    from ..diagnosis.session import validator_for
    from ..errors import Many, WalletSupportError
    from ..prompting import ScriptedPrompter
    from .diagnose import answer_origin

    origin = str(path) if path else "--set"
    checked: dict[str, object] = {}
    for habit_id, value in answers.items():
        if whole.habit(habit_id) is None:
            raise WalletSupportError(key="checkup.unknown-habit",
                                     origin=answer_origin(answers, habit_id, origin, lead=True),
                                     habit=habit_id,
                                     checkup=whole.id,
                                     known=Many(h.id for h in whole.habits))
        habit = found.habit(habit_id)
        if habit is None:
            continue
        checked[habit_id] = normalise(habit, value)
        question = habit.question()
        # The scripted prompter itself judges, so the check and the run share one rule.
        ScriptedPrompter({habit_id: checked[habit_id]}, None,
                         answer_origin(answers, habit_id, origin)).ask(
            question, lang=lang, default=None, can_back=False,
            validate=validator_for(question, lang))
    return checked


def _prompter(env: Environment, as_json: bool) -> Prompter:
    """Arrow-key prompts in a terminal, else numbered ones (on stderr when stdout is JSON)."""
    from ..prompting import PlainPrompter

    if as_json:
        return PlainPrompter(env.stdin, env.stderr, echo=False if env.stdin_isatty else None)
    from .diagnose import _base_prompter

    return _base_prompter(env)


def _save(env: Environment, result: CheckupResult, *, stderr: bool = False,
          wallet: str | None = None) -> None:
    from ..cases.store import CaseStore
    from ..checkup.export import case_record
    from ..i18n import t
    from .diagnose import user_now

    # Kept in the user's own zone (config.toml's zone), as a diagnosis is.
    record = case_record(result)
    if wallet is not None:  # the export names the wallet the habits were asked for
        record["wallet"] = wallet
    case = CaseStore(env.data_dir).save_checkup(record=record, lang=env.lang,
                                                now=user_now(env))
    env.console(stderr=stderr).print(t("checkup.saved", env.lang, case=case.id), soft_wrap=True,
                                     markup=False)


def _offer_save(env: Environment, prompter: Prompter, result: CheckupResult, *,
                wallet: str | None = None) -> None:
    """Ask whether to keep the result as a case (the line it prints names the export)."""
    from ..diagnosis.model import Question
    from ..diagnosis.session import validator_for
    from ..errors import InputEnded
    from ..i18n import t

    question = Question("save", "confirm", t("checkup.save.prompt", env.lang))
    from ..prompting import QuestionaryPrompter

    if isinstance(prompter, QuestionaryPrompter):
        from ..checkup.run import fold_question

        question = fold_question(question, env.console().width)
    env.console().print()
    try:
        keep: Any = prompter.ask(question, lang=env.lang, default=None, can_back=False,
                                 validate=validator_for(question, env.lang))
    except InputEnded:
        return
    if keep is True:
        _save(env, result, wallet=wallet)
