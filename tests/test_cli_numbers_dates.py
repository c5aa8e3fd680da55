"""Numbers and times through the real CLI: scripted, piped, refused, resumed and exported."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from walletsupport.cli import app

runner = CliRunner()
NOW = "2026-11-25T10:00:00+08:00"  # a Wednesday in Shanghai

ESTIMATE = {"fee-type": "withdrawal", "goal": "estimate"}
CHECK = {"fee-type": "withdrawal", "goal": "check-charge", "compare": "higher", "reference": ""}


def _run(args: list[str], lines: list[str] | None = None, **env: str):
    text = None if lines is None else "\n".join(lines) + "\n"
    # The wallet is decided (a profile in the environment), so the lines answer the flow.
    return runner.invoke(app, args, input=text,
                         env={"WALLETSUPPORT_NOW": NOW, "TZ": "Asia/Shanghai",
                              "WALLETSUPPORT_PROFILE": "generic", **env})


def _sets(answers: dict[str, str]) -> list[str]:
    return [arg for key, value in answers.items() for arg in ("--set", f"{key}={value}")]


def _fees(lang: str, **answers: str):
    return _run(["--lang", lang, "diagnose", "fees", "--no-input",
                 *_sets({**ESTIMATE, "minimum": "", **answers})])


@pytest.mark.parametrize(("lang", "amount", "rate", "shown"), [
    ("en", "2.500,50 €", "0,5 %", "€2,500.50 × 0.5% = €12.50"),
    ("zh", "2.500,50 €", "0,5 %", "2,500.50 欧元 × 0.5% = 12.50 欧元"),
    ("en", "１２５０．５０元", "千分之一", "¥1,250.50 × 0.1% = ¥1.25"),
    ("zh", "１２５０．５０元", "千分之一", "1,250.50 元 × 0.1% = 1.25 元"),
    ("zh", "一万元", "万分之五", "10,000 元 × 0.05% = 5.00 元"),
    ("en", "1.5万元", "0.6%", "¥15,000 × 0.6% = ¥90.00"),
    ("en", "2500 USDT", "50 bps", "2,500 USDT × 0.5% = 12.50 USDT"),
    ("en", "1'250.50 CHF", "1%", "1,250.50 CHF × 1% = 12.51 CHF"),
    ("en", "$ 1 250", "２％", "$1,250 × 2% = $25.00"),
])
def test_the_fees_flow_works_out_the_sum_in_the_users_currency(lang: str, amount: str,
                                                              rate: str, shown: str) -> None:
    result = _fees(lang, amount=amount, rate=rate)
    assert result.exit_code == 0, result.output
    assert shown in " ".join(result.output.split())


@pytest.mark.parametrize(("lang", "amount", "words"), [
    ("en", "2.500", ["'minimum'", "“2.500”", "2.5 (two point five)",
                     "2,500 (two thousand five hundred)", "for example 2.5 or 2500"]),
    ("zh", "1,250", ["“minimum”", "“1,250”", "1,250（一千二百五十）", "1.25（一点二五）",
                     "例如 1250 或 1.25"]),
])
def test_no_input_refuses_an_ambiguous_number_naming_the_answer(lang: str, amount: str,
                                                                words: list[str]) -> None:
    # The minimum takes a bare number (the amount needs its currency, which can settle it).
    result = _fees(lang, amount="100 CNY", rate="0.1%", minimum=amount)
    assert result.exit_code == 1
    assert "internal error" not in result.output
    for word in words:
        assert word in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_an_answers_file_with_an_ambiguous_number_is_refused_before_asking(
        tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text("fee-type: withdrawal\ngoal: estimate\namount: '2.500 USD'\n"
                       "rate: 0.1%\nminimum: ''\n", encoding="utf-8")
    result = _run(["diagnose", "fees", "--answers", str(answers), "--no-input"])
    assert result.exit_code == 1
    assert result.output.startswith(f"{answers}:3: the answer to 'amount', “2.500 USD”")
    assert "Which fee" not in result.output  # refused up front


def test_plain_prompt_confirms_an_ambiguous_number_through_a_pipe() -> None:
    lines = ["2", "1", "2.500 USD", "2", "0.5%", "", "", "4"]
    result = _run(["--plain", "diagnose", "fees"], lines)
    assert result.exit_code == 0, result.output
    out = result.output
    assert "I read “2.500 USD” as $2.50 (two point five). Right?" in out
    assert "2) No, I meant $2,500 (two thousand five hundred)" in out
    assert "$2,500 × 0.5% = $12.50" in out


@pytest.mark.parametrize(("lang", "echo", "sum_"), [
    ("en", "No currency given: read as ¥25, in the currency of your answer to “Amount” (¥500).",
     "You were charged ¥25; the published rate gives ¥0.50."),
    ("zh", "没有写币种，按前面“金额”的币种（500 元）理解为 25 元。",
     "实际扣了 25 元；按公布的费率应是 0.50 元。"),
])
def test_a_fee_charged_without_a_currency_takes_the_amounts_and_says_so(
        lang: str, echo: str, sum_: str) -> None:
    lines = ["2", "3", "500 CNY", "25", "0.1%", "", "2", "2026-11-24 15:30", "", "", "4"]
    result = _run(["--plain", "--lang", lang, "diagnose", "fees"], lines)
    assert result.exit_code == 0, result.output
    out = "".join(result.output.split())
    assert "".join(echo.split()) in out
    assert "".join(sum_.split()) in out


def test_a_fee_charged_without_a_currency_under_no_input_takes_the_amounts() -> None:
    result = _run(["diagnose", "fees", "--no-input",
                   *_sets({**CHECK, "amount": "2.500,50 €", "charged": "25", "rate": "0.1%",
                           "minimum": "", "when": "2026-11-24 15:30"})])
    assert result.exit_code == 0, result.output
    assert "You were charged €25;" in " ".join(result.output.split())


def test_neither_reading_asks_the_question_again() -> None:
    lines = ["2", "1", "1,250 USDT", "3", "1250.00 USDT", "0.5%", "", "", "4"]
    result = _run(["--plain", "diagnose", "fees"], lines)
    assert result.exit_code == 0, result.output
    assert result.output.count("(e.g. 2,500.50 CNY or 2 500,50 €)") == 2  # asked twice
    assert "1,250 USDT × 0.5% = 6.25 USDT" in result.output


def test_plain_confirmation_in_chinese_takes_yes() -> None:
    lines = ["2", "1", "2.500 USDT", "对", "0.5%", "", "", "4"]
    result = _run(["--plain", "--lang", "zh", "diagnose", "fees"], lines)
    assert result.exit_code == 0, result.output
    assert "“2.500 USDT”我理解为 2.5 USDT（二点五），对吗？" in result.output
    assert "2.5 USDT × 0.5% = 0.0125 USDT" in result.output  # a coin keeps its decimals


@pytest.mark.parametrize(("amount", "message"), [
    ("nan", "'nan' is not a number one can count with"),
    ("inf", "'inf' is not a number one can count with"),
    ("-Infinity", "is not a number one can count with"),
    ("1e999999", "'1e999999' is too large"),
    ("99999999999999999999999", "is too large"),
    ("-5", "'-5' is below zero"),
    ("0.6%", "'0.6%' is a rate; this question asks for an amount"),
])
def test_numbers_out_of_range_are_one_clear_line(amount: str, message: str) -> None:
    result = _fees("en", amount=amount, rate="0.1%")
    assert result.exit_code == 1
    assert "internal error" not in result.output and "Traceback" not in result.output
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_an_amount_on_the_rate_question_is_refused() -> None:
    result = _fees("en", amount="100 CNY", rate="5 USD")
    assert result.exit_code == 1
    assert "is an amount; this question asks for a rate" in result.output


HUGE = """\
id: huge
title: {en: Huge, zh: 很大}
summary: {en: Sums that outgrow any wallet, zh: 超大的算式}
keywords: [huge]
start: amount
nodes:
  amount:
    kind: number
    prompt: {en: Amount?, zh: 金额？}
    next: other
  other:
    kind: number
    prompt: {en: Other amount?, zh: 另一个金额？}
    next: sums
  sums:
    kind: advice
    compute:
      cube: amount * amount * amount * amount * amount * amount * amount * amount
      ratio: amount / (other - other)
      both: amount + other
    steps:
      - {id: show-cube, text: {en: "Cube {cube}.", zh: "立方 {cube}。"}}
      - {id: show-ratio, text: {en: "Ratio {ratio}.", zh: "比例 {ratio}。"}}
      - {id: show-both, text: {en: "Both {both}.", zh: "合计 {both}。"}}
      - {id: plain, text: {en: "Plain advice.", zh: "普通建议。"}}
    next: done
  done: {kind: end, outcome: resolved, message: {en: Done, zh: 完}}
"""


def test_sums_that_overflow_are_left_out_with_one_clear_line(tmp_path: Path) -> None:
    (tmp_path / "huge.yaml").write_text(HUGE, encoding="utf-8")
    result = _run(["--flows-dir", str(tmp_path), "diagnose", "huge", "--no-input",
                   "--set", "amount=999999999999999 EUR", "--set", "other=5 USD"])
    assert result.exit_code == 0, result.output
    out = " ".join(result.output.split())
    assert "internal error" not in out
    assert "Cube" not in out and "Ratio" not in out and "Both" not in out
    assert "Plain advice." in out
    assert "Some sums are left out: the numbers are too large to work with." in out
    assert "Some sums are left out: they would divide by zero." in out
    assert "they would add amounts in different currencies" in out


def test_a_flow_constant_too_large_is_refused_by_the_validator(tmp_path: Path) -> None:
    (tmp_path / "huge.yaml").write_text(HUGE.replace("amount / (other - other)",
                                                     "amount * 1e999"), encoding="utf-8")
    result = _run(["flows", "validate", str(tmp_path / "huge.yaml")])
    assert result.exit_code == 1
    assert "too large" in result.output and "internal error" not in result.output


def test_a_draft_saved_before_a_bad_number_resumes() -> None:
    first = _run(["--plain", "diagnose", "fees"], ["2", "1", "nan", "inf"])
    assert first.exit_code == 1, first.output
    assert first.output.count("is not a number one can count with") == 2
    assert "internal error" not in first.output
    resumed = _run(["--plain", "diagnose", "--resume"], ["10 000,00 €", "1 %", "", "", "4"])
    assert resumed.exit_code == 0, resumed.output
    assert "€10,000 × 1% = €100.00" in " ".join(resumed.output.split())


def _finish_check(lang: str, when: str, tmp: str | None = None) -> str:
    result = _run(["--lang", lang, "diagnose", "fees", "--no-input",
                   *_sets({**CHECK, "amount": "5,000 CNY", "charged": "25 CNY", "rate": "0.1%",
                           "minimum": "", "when": when})])
    assert result.exit_code == 0, result.output
    return result.output


def _export(case: str, fmt: str, lang: str) -> str:
    result = _run(["--lang", lang, "export", case, "--format", fmt])
    assert result.exit_code == 0, result.output
    return result.output


def test_a_time_answer_is_read_and_every_export_shows_it_with_the_words() -> None:
    out = _finish_check("en", "yesterday 10:30")
    assert "Read as 2026-11-24 10:30 UTC+8." in out
    # The closing screen lists only what is still to gather; the case shows every answer.
    shown = _run(["cases", "show", "1"])
    flat = " ".join(shown.output.split())
    assert "2026-11-24 10:30 UTC+8 (you wrote: yesterday 10:30)" in flat
    wanted = "2026-11-24 10:30 UTC+8 (you wrote: yesterday 10:30)"
    assert wanted in _export("1", "markdown", "en")
    assert wanted in " ".join(_export("1", "text", "en").split())
    record = json.loads(_export("1", "json", "en"))
    (answer,) = [a for a in record["answers"] if a["question"] == "when"]
    assert answer["value"] == "2026-11-24 10:30 UTC+08:00 Asia/Shanghai | yesterday 10:30"
    assert answer["display"]["zh"] == "2026-11-24 10:30（北京时间，原话：yesterday 10:30）"


def test_the_follow_up_message_says_i_wrote_not_you_wrote() -> None:
    """The follow-up is the user's own message to support.

    "(you wrote: yesterday 10:30)" there read as if support had written it.
    """
    _finish_check("en", "yesterday 10:30")
    result = _run(["cases", "follow-up", "1"])
    assert result.exit_code == 0, result.output
    message = result.output.split("── Above", 1)[0]
    assert "2026-11-24 10:30 UTC+8 (I wrote: yesterday 10:30)" in message
    assert "you wrote" not in message
    # the case and its exports, read by the user, keep "you wrote"
    assert "(you wrote: yesterday 10:30)" in _export("1", "markdown", "en")


def test_a_chinese_time_answer_in_a_chinese_export() -> None:
    _finish_check("zh", "前天晚上8点")
    assert "2026-11-23 20:00（北京时间，原话：前天晚上8点）" in _export("1", "markdown", "zh")


def test_a_vague_time_keeps_its_vagueness() -> None:
    # At 10:00 the morning has begun ("今天下午" would still be to come: see below).
    _finish_check("zh", "今天上午")
    assert "2026-11-25 上午（北京时间，原话：今天上午）" in _export("1", "markdown", "zh")


def test_the_zone_follows_the_system_not_utc() -> None:
    result = runner.invoke(app, ["diagnose", "fees", "--no-input",
                                 *_sets({**CHECK, "amount": "100 EUR", "charged": "1", "rate": "",
                                         "minimum": "", "when": "3 hours ago"})],
                           env={"WALLETSUPPORT_NOW": NOW, "TZ": "Europe/Berlin"})
    assert result.exit_code == 0, result.output
    # 10:00 in Shanghai is 03:00 in Berlin; three hours before that is midnight.
    assert "Read as 2026-11-25 00:00 UTC+1." in result.output


def test_an_unreadable_time_is_kept_as_written_and_marked() -> None:
    _finish_check("en", "a while back, not sure")
    assert "a while back, not sure (not understood as a date and time; kept as " \
           "written)" in " ".join(_export("1", "markdown", "en").split())


def test_plain_prompt_offers_to_retype_an_unreadable_time() -> None:
    lines = ["2", "3", "5000元", "25", "0.1%", "", "2", "no idea", "2", "昨天10点", "", "",
             "4"]
    result = _run(["--plain", "--lang", "zh", "diagnose", "fees"], lines)
    assert result.exit_code == 0, result.output
    assert "没能从“no idea”里看出日期和时间。" in result.output
    assert "已记为 2026-11-24 10:00 北京时间。" in result.output


@pytest.mark.parametrize(("text", "refused"), [
    ("minimum: 2.500\n", True),  # YAML alone would read 2.5: the file is read as written
    ('{"minimum": 2.500}\n', True),
    ("minimum: 2500\n", False),
    ("minimum: 2.50\n", False),
])
def test_an_answers_file_number_is_read_as_written(tmp_path: Path, text: str,
                                                   refused: bool) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text(text, encoding="utf-8")
    result = _run(["diagnose", "fees", "--answers", str(answers), "--no-input",
                   *_sets({**ESTIMATE, "amount": "100 CNY", "rate": "1%"})])
    assert (result.exit_code == 1) is refused, result.output
    assert ("can be read as 2.5 (two point five) or 2,500" in result.output) is refused


# -- a time that has not come yet is questioned, never stored as when it happened --------

def test_a_time_still_to_come_is_asked_again_at_the_prompt() -> None:
    # At 10:00 in Shanghai, "今天下午3点" has not come yet: the user types it again.
    lines = ["2", "3", "5000元", "25", "0.1%", "", "2", "今天下午3点", "1", "昨天10点", "", "",
             "4"]
    result = _run(["--plain", "--lang", "zh", "diagnose", "fees"], lines)
    assert result.exit_code == 0, result.output
    assert "“今天下午3点”会被记为 2026-11-25 15:00 北京时间，这个时间还没到。" in result.output
    assert "已记为 2026-11-24 10:00 北京时间。" in result.output
    assert "已记为 2026-11-25 15:00" not in result.output


@pytest.mark.parametrize("typed", ["tomorrow 10:00", "明天上午10点", "today 23:00", "后天"])
def test_a_scripted_time_still_to_come_is_refused(typed: str) -> None:
    result = _run(["diagnose", "fees", "--no-input",
                   *_sets({**CHECK, "amount": "5000 CNY", "charged": "25", "rate": "0.1%",
                           "when": typed})])
    assert result.exit_code == 1, result.output
    assert "which has not come yet" in result.output


def test_a_time_just_past_is_taken() -> None:
    result = _run(["diagnose", "fees", "--no-input",
                   *_sets({**CHECK, "amount": "5000 CNY", "charged": "25", "rate": "0.1%",
                           "when": "today 09:30"})])
    assert result.exit_code == 0, result.output
    assert "2026-11-25 09:30" in _run(["export", "1", "--format", "text"]).output


# -- a machine on UTC ---------------------------------------------------------------------

WHEN_SETS = {**CHECK, "amount": "100 CNY", "charged": "1", "rate": "", "minimum": ""}


def _on_utc(args: list[str], lines: list[str] | None = None, config: str | None = None,
            tmp: Path | None = None, **env: str):
    """A run on a machine whose system zone is UTC and whose TZ is unset."""
    from walletsupport.diagnosis import dates

    extra = {"TZ": "", **env}
    if config is not None and tmp is not None:
        (tmp / "config.toml").write_text(config, encoding="utf-8")
        extra["WALLETSUPPORT_CONFIG_DIR"] = str(tmp)
    saved = dates._system_zone
    dates._system_zone = lambda: "Etc/UTC"  # type: ignore[assignment]
    try:
        return _run(args, lines, WALLETSUPPORT_NOW="2026-12-03T02:00:00+00:00", **extra)
    finally:
        dates._system_zone = saved


def test_on_a_utc_machine_a_chinese_time_with_no_zone_asks_which_zone_once() -> None:
    sets = _sets({k: v for k, v in WHEN_SETS.items()})
    result = _on_utc(["--plain", "--lang", "zh", "diagnose", "fees", *sets],
                     ["昨天上午10点半", "1", ""])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "这台电脑的时区是 UTC，“昨天上午10点半”会被记为 2026-12-02 10:30 UTC。" in out
    assert "1) 北京时间（UTC+8）" in out and "2) 就是 UTC" in out
    assert "已记为 2026-12-02 10:30 北京时间。" in out
    assert "zone=\"Asia/Shanghai\"" in out  # kept on one line, as it is copied
    # the file named where it is: a newcomer does not know the config folder
    config = str(Path(os.environ["WALLETSUPPORT_CONFIG_DIR"]) / "config.toml")
    assert f"可以在 {config} 里设置" in " ".join(out.split())  # lines broken where spaces were
    assert "2026-12-02 10:30（北京时间，原话：昨天上午10点半）" in _export("1", "markdown", "zh")


def test_on_a_utc_machine_keeping_utc_says_so_in_the_export() -> None:
    result = _on_utc(["--plain", "--lang", "zh", "diagnose", "fees", *_sets(WHEN_SETS)],
                     ["昨天上午10点半", "2", ""])
    assert result.exit_code == 0, result.output
    assert "已记为 2026-12-02 10:30 UTC。" in result.output
    assert "2026-12-02 10:30（UTC，原话：昨天上午10点半）" in _export("1", "markdown", "zh")


def test_on_a_utc_machine_no_input_refuses_a_chinese_time_with_no_zone() -> None:
    result = _on_utc(["--lang", "zh", "diagnose", "fees", "--no-input",
                      *_sets({**WHEN_SETS, "when": "昨天上午10点半"})])
    assert result.exit_code != 0
    assert ("--set：问题“when”的回答“昨天上午10点半”没有写时区。这台电脑的时区是 UTC，"
            "不一定和你的一样（北京时间是 UTC+8）。") in " ".join(result.output.split())
    assert "Traceback" not in result.output
    # The same answer with its zone, or a zone in the config, is read without a doubt.
    result = _on_utc(["--lang", "zh", "diagnose", "fees", "--no-input",
                      *_sets({**WHEN_SETS, "when": "昨天上午10点半 北京时间"})])
    assert result.exit_code == 0, result.output
    assert "已记为 2026-12-02 10:30 北京时间。" in result.output  # the place it names


def test_on_a_utc_machine_no_input_names_the_answers_file_line_of_a_time_with_no_zone(
        tmp_path: Path) -> None:
    # It said "answers.yaml: the answer to 'when' …", without the line to correct.
    answers = tmp_path / "answers.yaml"
    lines = [f"{key}: '{value}'" for key, value in WHEN_SETS.items()] + ["when: 3 weeks ago"]
    answers.write_text("_flow: fees\n" + "\n".join(lines) + "\n", encoding="utf-8")
    result = _on_utc(["--lang", "en", "diagnose", "--answers", str(answers), "--no-input"],
                     WALLETSUPPORT_PROFILE="alipay")
    assert result.exit_code == 1, result.output
    assert (f"{answers}:{len(lines) + 1}: the answer to 'when', “3 weeks ago”, names no time "
            "zone") in " ".join(result.output.split())


def test_on_a_utc_machine_a_configured_zone_is_used(tmp_path: Path) -> None:
    result = _on_utc(["--lang", "zh", "diagnose", "fees", "--no-input",
                      *_sets({**WHEN_SETS, "when": "昨天上午10点半"})],
                     config='zone = "Asia/Shanghai"\n', tmp=tmp_path)
    assert result.exit_code == 0, result.output
    assert "已记为 2026-12-02 10:30 北京时间。" in result.output
    (tmp_path / "config.toml").write_text('zone = "Mars/Olympus"\n', encoding="utf-8")
    bad = _run(["diagnose", "fees"], WALLETSUPPORT_CONFIG_DIR=str(tmp_path))
    assert "config.toml:1: zone must be a time zone name" in bad.output


def test_on_a_utc_machine_an_english_time_states_the_zone_and_how_to_change_it() -> None:
    result = _on_utc(["--lang", "en", "diagnose", "fees", "--no-input",
                      *_sets({**WHEN_SETS, "when": "yesterday 10:30"})])
    assert result.exit_code == 0, result.output
    flat = " ".join(result.output.split())
    assert ("Read as 2026-12-02 10:30 UTC: this computer's time zone. If you are in another, "
            "type the time again with your zone") in flat
    config = Path(os.environ["WALLETSUPPORT_CONFIG_DIR"]) / "config.toml"
    assert f"or set zone in {config}." in flat  # where the file is, not just its name
    # A China region (or wallet) asks, as Chinese does.
    result = _on_utc(["--lang", "en", "diagnose", "fees", "--region", "CN", "--no-input",
                      *_sets({**WHEN_SETS, "when": "yesterday 10:30"})])
    assert result.exit_code != 0
    assert "(Beijing time, for one, is UTC+8)" in " ".join(result.output.split())


def test_a_currency_borrowed_from_a_question_that_is_not_a_number_is_refused(
        tmp_path: Path) -> None:
    flow = tmp_path / "borrow.yaml"
    flow.write_text("""\
id: borrow
title: {en: Borrow, zh: 借用}
summary: {en: A flow for tests, zh: 测试用的流程}
start: q
nodes:
  q:
    kind: text
    label: {en: Words, zh: 文字}
    prompt: {en: Say something, zh: 说点什么}
    next: fee
  fee:
    kind: number
    label: {en: Fee, zh: 费用}
    unit: amount
    currency: q
    prompt: {en: The fee, zh: 手续费}
    next: done
  done:
    kind: end
    outcome: resolved
    message: {en: Done, zh: 完成}
""", encoding="utf-8")
    result = _run(["flows", "validate", str(flow)])
    assert result.exit_code == 1, result.output
    assert "currency names 'q', which is not a number question" in result.output


@pytest.mark.parametrize(("lang", "message"), [
    ("en", "“About the same; I just didn't expect it” does not fit the sum above: you were "
           "charged ¥25.00, the published rate gives ¥0.50, ¥24.50 apart."),
    ("zh", "“差不多，只是我没想到会收费”和上面的算式对不上：实际扣了 25.00 元，"
           "按公布的费率应是 0.50 元，相差 24.50 元。"),
])
def test_about_the_same_is_refused_when_the_sum_clearly_differs(lang: str, message: str) -> None:
    result = _run(["--lang", lang, "diagnose", "fees", "--no-input",
                   *_sets({**CHECK, "compare": "matches", "amount": "500 CNY",
                           "charged": "25 CNY", "rate": "0.1%", "minimum": "",
                           "when": "2026-11-24 15:30"})])
    assert result.exit_code == 1, result.output
    assert "".join(message.split()) in "".join(result.output.split())
    assert "Traceback" not in result.output


@pytest.mark.parametrize(("charged", "minimum"), [
    ("0.51 CNY", ""),        # a minor unit apart: rounding, not a contradiction
    ("2 CNY", "2 CNY"),      # the minimum is what applies
    ("1,019 CNY", ""),       # under 1 % of a large figure (1,010)
])
def test_about_the_same_is_taken_when_the_figures_agree(charged: str, minimum: str) -> None:
    amount = "101,000 CNY" if charged.startswith("1,0") else "500 CNY"
    result = _run(["diagnose", "fees", "--no-input",
                   *_sets({**CHECK, "compare": "matches", "amount": amount, "charged": charged,
                           "rate": "1%" if amount.startswith("101") else "0.1%",
                           "minimum": minimum, "when": "2026-11-24 15:30"})])
    assert result.exit_code == 0, result.output
    assert "The fee matches the wallet's published rate." in " ".join(result.output.split())


def test_about_the_same_on_a_differing_sum_is_asked_again_at_the_prompt() -> None:
    lines = ["2", "3", "500 CNY", "25 CNY", "0.1%", "", "1", "2", "2026-11-24 15:30", "", "",
             "4"]
    result = _run(["--plain", "diagnose", "fees"], lines)
    assert result.exit_code == 0, result.output
    out = " ".join(result.output.split())
    assert "does not fit the sum above" in out
    assert "This charge looks worth disputing." in out


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "'5 10' holds more than one number; type just the one asked for."),
    ("zh", "“5 10”里有不止一个数；请只写问到的那一个。"),
])
def test_a_rate_typed_as_two_numbers_says_so_and_asks_for_one(lang: str, said: str) -> None:
    lines = ["2", "1", "500 CNY", "5 10", "0.5%", "", "", "4"]
    result = _run(["--plain", "--lang", lang, "diagnose", "fees"], lines)
    assert result.exit_code == 0, result.output
    assert said in result.output
    assert "holds no number" not in result.output and "看不出“" not in result.output
    assert ("¥500 × 0.5% = ¥2.50" if lang == "en" else "500 元 × 0.5% = 2.50 元") in \
        " ".join(result.output.split())


def test_a_crypto_withdrawal_is_asked_its_fixed_fee_not_a_percentage() -> None:
    lines = ["4", "1", "150 USDT", "1", "", "4"]
    result = _run(["--plain", "diagnose", "fees"], lines)
    assert result.exit_code == 0, result.output
    out = " ".join(result.output.split())
    assert "What fixed fee per withdrawal does the withdrawal page give" in out
    assert "in percent" not in out and "Minimum fee" not in out
    assert "No currency given: read as 1 USDT" in out
    assert "150 USDT − 1 USDT = 149.00 USDT" in out


def test_a_crypto_withdrawal_fixed_fee_in_chinese() -> None:
    lines = ["4", "1", "0.5 BTC", "0.0002", "", "4"]
    result = _run(["--plain", "--lang", "zh", "diagnose", "fees"], lines)
    assert result.exit_code == 0, result.output
    out = "".join(result.output.split())
    assert "每笔提币的固定手续费是多少" in out and "百分之几" not in out
    assert "收款地址收到0.5BTC−0.0002BTC=0.4998BTC" in out


def test_about_the_same_on_a_coin_is_checked_below_a_cent() -> None:
    result = _run(["diagnose", "fees", "--no-input",
                   *_sets({**CHECK, "fee-type": "crypto-withdrawal", "compare": "matches",
                           "amount": "0.5 BTC", "charged": "0.0005 BTC",
                           "fixed-fee": "0.0002 BTC", "when": "2026-11-24 15:30"})])
    assert result.exit_code == 1, result.output
    # the withdrawal page's fee, not a published rate (walk B W2)
    assert "you were charged 0.0005 BTC, the withdrawal page gives 0.0002 BTC" in \
        " ".join(result.output.split())


# -- weeks, places and abbreviations through the CLI ------------------------------------------

def test_last_week_is_kept_as_its_days_in_the_case_exports_and_letter() -> None:
    out = _finish_check("en", "sometime last week")
    # 25 November 2026 is a Wednesday: last week ran from Monday 16 to Sunday 22
    assert "Read as 2026-11-16 to 2026-11-22 UTC+8." in out
    wanted = "2026-11-16 to 2026-11-22 UTC+8 (you wrote: sometime last week)"
    assert wanted in " ".join(_export("1", "markdown", "en").split())
    assert wanted in " ".join(_run(["cases", "show", "1"]).output.split())
    record = json.loads(_export("1", "json", "en"))
    (answer,) = [a for a in record["answers"] if a["question"] == "when"]
    assert answer["value"] == "2026-11-16..2026-11-22 UTC+08:00 Asia/Shanghai | sometime last week"
    letter = _run(["cases", "follow-up", "1"]).output.split("── Above", 1)[0]
    assert "since sometime between 16 November and 22 November" in " ".join(letter.split())


def test_last_week_in_chinese() -> None:
    _finish_check("zh", "上周")
    assert "2026-11-16 至 2026-11-22（北京时间，原话：上周）" in _export("1", "markdown", "zh")


def test_a_time_in_tokyo_is_kept_in_tokyo() -> None:
    out = _finish_check("zh", "东京时间昨天上午10点")
    assert "已记为 2026-11-24 10:00 东京时间。" in out
    zh = _export("1", "markdown", "zh")
    assert "2026-11-24 10:00（东京时间，原话：东京时间昨天上午10点）" in zh
    assert "2026-11-24 10:00 UTC+9 (you wrote: 东京时间昨天上午10点)" in " ".join(
        _export("1", "markdown", "en").split())


@pytest.mark.parametrize(("lang", "message"), [
    ("en", "--set: the answer to 'when', “yesterday 10:30 CST”, says CST, which can mean "
           "China Standard Time (UTC+8) or US Central Standard Time (UTC-6) or Cuba Standard "
           "Time (UTC-5). Write the offset instead, for example “yesterday 10:30 UTC+8”."),
    ("zh", "--set：问题“when”的回答“yesterday 10:30 CST”里的 CST 可以指北京时间（UTC+8） 或 "
           "美国中部标准时间（UTC-6） 或 古巴标准时间（UTC-5）。请改写成 UTC 时差，例如"
           "“yesterday 10:30 UTC+8”。"),
])
def test_no_input_refuses_a_zone_abbreviation_of_several_zones(lang: str, message: str) -> None:
    result = _run(["--lang", lang, "diagnose", "fees", "--no-input",
                   *_sets({**CHECK, "amount": "5000 CNY", "charged": "25", "rate": "0.1%",
                           "when": "yesterday 10:30 CST"})])
    assert result.exit_code == 1, result.output
    assert message in " ".join(result.output.split())
    assert "Traceback" not in result.output


@pytest.mark.parametrize(("pick", "read"), [("1", "已记为 2026-11-24 10:00 北京时间。"),
                                            ("2", "已记为 2026-11-23 10:00 UTC-6。")])
def test_plain_prompt_asks_which_zone_an_abbreviation_means(pick: str, read: str) -> None:
    lines = ["2", "3", "5000元", "25", "0.1%", "", "2", "昨天上午10点 CST", pick, "", "", "4"]
    result = _run(["--plain", "--lang", "zh", "diagnose", "fees"], lines)
    assert result.exit_code == 0, result.output
    out = result.output
    assert "“昨天上午10点 CST”里的 CST 可以指好几个时区。你指的是哪一个？" in out
    assert "1) 北京时间（UTC+8）" in out and "2) 美国中部标准时间（UTC-6）" in out
    assert read in out


def test_plain_prompt_lets_the_time_be_typed_again_with_its_offset() -> None:
    lines = ["2", "3", "5000元", "25", "0.1%", "", "2", "yesterday 10:00 IST", "4",
             "yesterday 10:00 UTC+5:30", "", "", "4"]
    result = _run(["--plain", "--lang", "en", "diagnose", "fees"], lines)
    assert result.exit_code == 0, result.output
    assert "India Standard Time (UTC+5:30)" in result.output
    assert "Read as 2026-11-24 10:00 UTC+5:30." in result.output
