"""Answers and advice that follow from what the user said (issue 12, part A).

Each test walks the real CLI, through a pipe or with `--no-input`, as a newcomer did.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from walletsupport.cli import app

runner = CliRunner()
NOW = "2026-11-25T10:00:00+08:00"  # a Wednesday in Shanghai


def _run(args: list[str], lines: list[str] | None = None):
    text = None if lines is None else "\n".join(lines) + "\n"
    return runner.invoke(app, args, input=text,
                         env={"WALLETSUPPORT_NOW": NOW, "TZ": "Asia/Shanghai",
                              "WALLETSUPPORT_PROFILE": "generic"})


def _sets(answers: dict[str, str]) -> list[str]:
    return [arg for key, value in answers.items() for arg in ("--set", f"{key}={value}")]


def _flat(text: str) -> str:
    return " ".join(text.split())


CHECK = {"fee-type": "withdrawal", "goal": "check-charge", "amount": "5,000 CNY",
         "charged": "25 CNY", "rate": "0.1%", "compare": "higher",
         "when": "yesterday 10:30", "reference": "2026112422001456789012345678"}


# -- 1. Enter on "minimum fee" means there is none --------------------------------------

@pytest.mark.parametrize(("lang", "said"), [("en", "No minimum fee"), ("zh", "没有最低收费")])
def test_enter_on_the_minimum_is_recorded_as_no_minimum_not_as_a_detail_to_gather(
        lang: str, said: str) -> None:
    result = _run(["--lang", lang, "diagnose", "fees", "--no-input",
                   *_sets({**CHECK, "minimum": ""})])
    assert result.exit_code == 0, result.output
    # The closing screen lists only what is still to gather: the minimum is not.
    todo = result.output.split("still to gather" if lang == "en" else "还需准备")[-1]
    assert "minimum" not in todo.lower() and "最低收费" not in todo
    record = json.loads(_run(["export", "1", "--format", "json"]).output)
    (item,) = [i for i in record["checklist"] if i["id"] == "minimum"]
    assert item["value"] == {"en": "No minimum fee", "zh": "没有最低收费"}
    (answer,) = [a for a in record["answers"] if a["question"] == "minimum"]
    assert answer["value"] == ""
    shown = _flat(_run(["--lang", lang, "cases", "show", "1"]).output)
    assert said in shown
    assert "(skipped)" not in shown and "（未填写）" not in shown
    assert said in _flat(_run(["--lang", lang, "export", "1", "--format", "markdown"]).output)


def test_the_minimum_prompt_says_what_enter_means_and_the_review_shows_it() -> None:
    lines = ["2", "1", "5000 CNY", "0.1%", "", "", "4"]
    result = _run(["--plain", "diagnose", "fees"], lines)
    assert result.exit_code == 0, result.output
    out = result.output
    assert "press Enter if there is none" in out
    review = out.split("Check your answers")[1]
    assert "Minimum fee\n     your answer: No minimum fee" in review


def test_an_unknown_rate_still_leaves_the_rate_to_gather() -> None:
    # Enter on the rate means "I don't know it": that detail is still to gather.
    result = _run(["diagnose", "fees", "--no-input",
                   *_sets({"fee-type": "withdrawal", "goal": "estimate", "amount": "5000 CNY",
                           "rate": ""})])
    assert result.exit_code == 0, result.output
    assert "The rate the fee page gives" in result.output.split("still to gather")[-1]


EMPTY_FLOW = """\
id: empty-test
title: {en: Empty, zh: 空}
summary: {en: Enter means something, zh: 回车有含义}
start: minimum
nodes:
  minimum:
    kind: number
    label: {en: Minimum, zh: 最低}
    prompt: {en: Minimum?, zh: 最低？}
    empty: {en: None, zh: 没有}
    next: done
  done: {kind: end, outcome: resolved, message: {en: Done, zh: 完}}
"""


def test_empty_needs_an_optional_question(tmp_path: Path) -> None:
    path = tmp_path / "empty-test.yaml"
    path.write_text(EMPTY_FLOW, encoding="utf-8")
    result = _run(["flows", "validate", str(path)])
    assert result.exit_code == 1
    assert f"{path}:10:" in result.output and "optional: true" in result.output
    path.write_text(EMPTY_FLOW.replace("    next: done\n", "    optional: true\n    next: done\n",
                                       1), encoding="utf-8")
    assert _run(["flows", "validate", str(path)]).exit_code == 0


def test_currency_takes_only_required_or_a_question(tmp_path: Path) -> None:
    path = tmp_path / "empty-test.yaml"
    path.write_text(EMPTY_FLOW.replace("    empty: {en: None, zh: 没有}\n", "    currency: 5\n"),
                    encoding="utf-8")
    result = _run(["flows", "validate", str(path)])
    assert result.exit_code == 1
    assert f"{path}:10:" in result.output and "currency can only be 'required' or the id of " \
        "an earlier number question" in result.output
    # an id that names no number question is refused by the validator
    path.write_text(EMPTY_FLOW.replace("    empty: {en: None, zh: 没有}\n", "    currency: any\n"),
                    encoding="utf-8")
    result = _run(["flows", "validate", str(path)])
    assert result.exit_code == 1
    assert "currency names 'any', which is not a number question" in result.output


# -- 2. The worked-out fee comes before the dispute question ---------------------------

@pytest.mark.parametrize(("lang", "figure", "question"), [
    ("en", "The difference is ¥25 − ¥5.00 = ¥20.00.",
     "What looks wrong about the fee you were charged?"),
    ("zh", "差额是 25 元 − 5.00 元 = 20.00 元。", "你觉得这笔扣费哪里不对？"),
])
def test_the_dispute_question_comes_after_the_computed_fee(lang: str, figure: str,
                                                           question: str) -> None:
    lines = ["2", "3", "5000 CNY", "25 CNY", "0.1%", "", "2", "yesterday 10:30", "", "", "4"]
    result = _run(["--plain", "--lang", lang, "diagnose", "fees"], lines)
    assert result.exit_code == 0, result.output
    out = _flat(result.output)
    assert figure in out and question in out
    assert out.index(figure) < out.index(question)


# -- 3. Natural examples for the amount -------------------------------------------------

@pytest.mark.parametrize(("lang", "example"), [("en", "(e.g. 2,500.50 CNY or 2 500,50 €)"),
                                               ("zh", "（例如：2500.5 元、1.5万元）")])
def test_the_amount_example_reads_naturally(lang: str, example: str) -> None:
    result = _run(["--plain", "--lang", lang, "diagnose", "fees"], ["2", "1"])
    assert example in result.output
    assert "10000 元" not in result.output and "10,000 CNY" not in result.output


# -- 6. Answers read with care ----------------------------------------------------------

def test_an_amount_without_its_currency_is_asked_again() -> None:
    lines = ["2", "1", "50", "50 EUR", "1%", "", "", "4"]
    result = _run(["--plain", "diagnose", "fees"], lines)
    assert result.exit_code == 0, result.output
    assert "'50' has no currency" in result.output
    assert "€50 × 1% = €0.50" in _flat(result.output)


@pytest.mark.parametrize(("lang", "words"), [
    ("en", ["'amount'", "'1.5万' has no currency", "15000 CNY"]),
    ("zh", ["amount", "“1.5万”没有写币种", "15000 元"]),
])
def test_no_input_refuses_an_amount_without_currency_in_one_line(lang: str,
                                                                 words: list[str]) -> None:
    result = _run(["--lang", lang, "diagnose", "fees", "--no-input",
                   *_sets({"fee-type": "withdrawal", "goal": "estimate", "amount": "1.5万",
                           "rate": "1%"})])
    assert result.exit_code == 1
    assert len(result.output.strip().splitlines()) == 1
    for word in words:
        assert word in result.output


@pytest.mark.parametrize("typed", ["2026-11-30", "2026/11/30 14:05", "2026年11月30日", "11月30日",
                                   "３０.１１.２０２６"])
def test_a_date_typed_as_the_order_number_is_refused(typed: str) -> None:
    result = _run(["diagnose", "fees", "--no-input",
                   *_sets({**CHECK, "minimum": "", "reference": typed})])
    assert result.exit_code == 1
    assert "is a date; this question asks for the number itself" in result.output
    assert "'reference'" in result.output
    assert len(result.output.strip().splitlines()) == 1


@pytest.mark.parametrize("typed", ["2026112422001456789012345678", "ORD-2026-11-30-77",
                                   "4200001234202611301234"])
def test_real_order_numbers_are_taken(typed: str) -> None:
    result = _run(["diagnose", "fees", "--no-input",
                   *_sets({**CHECK, "minimum": "", "reference": typed})])
    assert result.exit_code == 0, result.output


def test_a_date_as_the_order_number_is_asked_again_at_the_prompt() -> None:
    lines = ["2", "3", "5000 CNY", "25 CNY", "0.1%", "", "2", "yesterday 10:30", "2026-11-30",
             "2026112422001456789012345678", "", "4"]
    result = _run(["--plain", "diagnose", "fees"], lines)
    assert result.exit_code == 0, result.output
    assert "'2026-11-30' is a date" in result.output
    record = json.loads(_run(["export", "1", "--format", "json"]).output)
    (answer,) = [a for a in record["answers"] if a["question"] == "reference"]
    assert answer["value"] == "2026112422001456789012345678"


@pytest.mark.parametrize("typed", ["1", "12", "１", "2026"])
def test_a_bare_number_as_a_time_is_refused(typed: str) -> None:
    result = _run(["diagnose", "fees", "--no-input",
                   *_sets({**CHECK, "minimum": "", "when": typed})])
    assert result.exit_code == 1
    assert "alone could be a day, an hour or a time ago" in result.output
    assert "'when'" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_a_bare_number_as_a_time_is_asked_again_at_the_prompt() -> None:
    lines = ["2", "3", "5000元", "25元", "0.1%", "", "2", "1", "昨天下午1点", "", "", "4"]
    result = _run(["--plain", "--lang", "zh", "diagnose", "fees"], lines)
    assert result.exit_code == 0, result.output
    assert "只写“1”，看不出是几号、几点还是多久以前" in result.output
    assert "已记为 2026-11-24 13:00 北京时间。" in result.output


# -- 4. A balance payment over a limit; deciding not to pay is not a support case -------

BALANCE_LIMIT = {"what-happened": "declined", "decline-reason": "limit",
                 "error-text": "Exceeds today's limit", "pay-method": "balance",
                 "where": "online", "amount": "8,000 CNY", "merchant": "Shop",
                 "when": "yesterday 21:00", "reference": "", "tried": "retried",
                 "retry-worked": "no"}


@pytest.mark.parametrize(("lang", "wallet_words", "card_words"), [
    ("en", "the limit is the wallet's own", ["your bank", "quick-pay limit for the card"]),
    ("zh", "限额是钱包自己定的", ["银行 App", "这张卡的网上支付"]),
])
def test_a_balance_payment_over_a_limit_gets_the_wallets_limits_not_the_cards(
        lang: str, wallet_words: str, card_words: list[str]) -> None:
    result = _run(["--lang", lang, "diagnose", "failed-payment", "--no-input",
                   *_sets({**BALANCE_LIMIT, "still-paying": "still-want"})])
    assert result.exit_code == 0, result.output
    out = _flat(result.output)
    assert wallet_words in out
    for words in card_words:
        assert words not in out


@pytest.mark.parametrize(("lang", "outcome", "support"), [
    ("en", "Outcome: Resolved. Nothing more to do.", "Outcome: Contact support"),
    ("zh", "不需要再做什么了。", "结论：联系客服"),
])
def test_deciding_not_to_pay_does_not_end_in_contact_support(lang: str, outcome: str,
                                                             support: str) -> None:
    result = _run(["--lang", lang, "diagnose", "failed-payment", "--no-input",
                   *_sets({**BALANCE_LIMIT, "still-paying": "gave-up"})])
    assert result.exit_code == 0, result.output
    out = _flat(result.output)
    assert outcome in out and support not in out
    record = json.loads(_run(["export", "1", "--format", "json"]).output)
    assert record["outcome"] == "resolved"


# -- 5. The top-up's date comes first; how long against the promise follows from it -----

def test_the_top_up_asks_the_date_before_the_promised_time() -> None:
    lines = ["1", "1", "ABC ending 6021", "1", "1000 CNY", "2 hours ago", "1", "", "", "", "4"]
    result = _run(["--plain", "diagnose", "top-up"], lines)
    out = result.output
    asked_date = out.index("When did it happen?")
    asked_promise = out.index("Compared with the arrival time the top-up page promised")
    assert asked_date < asked_promise


def test_an_old_top_up_is_past_the_promised_time_without_asking() -> None:
    result = _run(["diagnose", "top-up", "--no-input",
                   *_sets({"problem": "not-credited", "method": "bank-card",
                           "source-detail": "ABC ending 6021", "bank-status": "debited",
                           "amount": "1,000 CNY", "when": "2026-11-04 10:20",
                           "reference": "", "tried": "waited"})])
    assert result.exit_code == 0, result.output
    record = json.loads(_run(["export", "1", "--format", "json"]).output)
    (answer,) = [a for a in record["answers"] if a["question"] == "elapsed"]
    assert answer["value"] == "past-window"
    assert answer["derived_from"] == "2026-11-04 10:20"
    assert record["outcome"] == "contact-support"


def test_the_amount_sent_to_a_scammer_needs_its_currency() -> None:
    # A police report or a bank recall needs to know what money it was.
    scam = {"concern": "scam-check", "who-claimed": "shop-refund", "how-contact": "social",
            "asked-for": "password", "did-it": "some", "scam-recipient": "Zhang Wei",
            "scam-contact": "a chat account", "noticed-when": "yesterday 15:00"}
    refused = _run(["diagnose", "security", "--no-input", *_sets({**scam, "scam-amount": "3000"})])
    assert refused.exit_code == 1
    assert "'scam-amount'" in refused.output and "'3000' has no currency" in refused.output
    taken = _run(["diagnose", "security", "--no-input",
                  *_sets({**scam, "scam-amount": "3000 CNY"})])
    assert taken.exit_code == 0, taken.output
