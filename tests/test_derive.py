"""Answers that follow from a date answer (`from:` and `elapsed:`), from engine to export."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from typer.testing import CliRunner

from walletsupport.authoring.schema import flow_schema
from walletsupport.cli import app
from walletsupport.diagnosis import engine, session
from walletsupport.diagnosis.catalog import load_catalog
from walletsupport.diagnosis.derive import derived_answer, fitting_choices, parse_duration
from walletsupport.diagnosis.model import Question
from walletsupport.diagnosis.yamlsrc import load_file

from .test_session import FakePrompter

FLOW = load_catalog().get("failed-payment")
SHANGHAI = timezone(timedelta(hours=8))
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=SHANGHAI)  # a Wednesday morning
TIME_SINCE = FLOW.nodes["time-since"]
assert isinstance(TIME_SINCE, Question)

# The path of a payment that failed with money taken, up to the date question.
BEFORE = (("what-happened", "money-taken"), ("merchant-status", "unpaid"), ("error-text", ""),
          ("pay-method", "balance"), ("amount", "12.50 EUR"),
          ("merchant", "FreshMart"))


def _stored(moment: str, typed: str) -> str:
    return f"{moment} UTC+08:00 Asia/Shanghai | {typed}"


def _with_when(stored: str) -> tuple[tuple[str, Any], ...]:
    return (*BEFORE, ("when", stored))


@pytest.mark.parametrize(("text", "seconds"), [
    ("30m", 1800), ("24h", 86400), ("7d", 604800), ("2w", 1209600), (" 3 h ", 10800)])
def test_durations_read_as_seconds(text: str, seconds: int) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "1y", "h", "-3h", "3.5h", True, None])
def test_other_durations_are_refused(text: object) -> None:
    assert parse_duration(text) is None


@pytest.mark.parametrize(("stored", "expected"), [
    (_stored("2026-11-25 07:00", "3 hours ago"), "within-day"),
    (_stored("2026-11-22 10:30", "3 days ago"), "within-week"),
    (_stored("2026-11-10", "11月10日"), "over-week"),
    (_stored("2026-11-24 afternoon", "昨天下午"), "within-day"),
])
def test_a_date_that_settles_the_question_answers_it(stored: str, expected: str) -> None:
    state = engine.walk(FLOW, _with_when(stored), NOW)
    assert state.derived == (("time-since", expected),)
    assert isinstance(state.step, Question) and state.step.id == "reference"  # not asked


def test_a_whole_day_that_spans_two_choices_leaves_the_question_asked() -> None:
    stored = _stored("2026-11-24", "yesterday")  # 10 to 34 hours ago
    state = engine.walk(FLOW, _with_when(stored), NOW)
    assert state.derived == ()
    assert isinstance(state.step, Question) and state.step.id == "time-since"
    assert fitting_choices(TIME_SINCE, dict(_with_when(stored)), NOW) == (
        "within-day", "within-week")


def test_without_the_clock_or_a_reading_nothing_is_derived() -> None:
    stored = _stored("2026-11-25 07:00", "3 hours ago")
    assert engine.walk(FLOW, _with_when(stored)).step.id == "time-since"
    unread = "? | sometime last week"
    assert derived_answer(TIME_SINCE, dict(_with_when(unread)), NOW) is None
    assert engine.apply_answer(FLOW, _with_when(unread), "over-week", NOW)[-1] == (
        "time-since", "over-week")


def test_an_answer_the_date_rules_out_is_refused_naming_both() -> None:
    answers = _with_when(_stored("2026-11-24", "yesterday"))
    with pytest.raises(engine.AnswerError) as caught:
        engine.apply_answer(FLOW, answers, "over-week", NOW)
    assert caught.value.code == "contradicts"
    text = caught.value.render("en")
    assert "“More than 7 days”" in text and "“yesterday”" in text
    assert "“Less than 24 hours” or “Between 1 and 7 days”" in text
    zh = caught.value.render("zh")
    assert "“超过 7 天”和你前面填的时间“yesterday”对不上" in zh
    assert "“不到 24 小时”或“1 到 7 天”" in zh
    # A choice the date allows goes through.
    assert engine.apply_answer(FLOW, answers, "within-week", NOW)[-1] == (
        "time-since", "within-week")


def test_the_result_holds_the_derived_answer_and_where_it_came_from() -> None:
    answers = (*_with_when(_stored("2026-11-25 07:00", "3 hours ago")), ("reference", ""),
               ("tried", ()))
    result = engine.result(FLOW, answers, now=NOW)
    assert result.answers["time-since"] == "within-day"
    assert result.derived == {"time-since": "when"}
    assert result.end.id == "end-wait-balance"  # paid from the balance: a 24-hour wait


class _Prompter(FakePrompter):
    """Like the session tests' prompter, but a refused answer is recorded and the next one
    tried; it also records the defaults offered."""

    def __init__(self, answers: Sequence[Any], reviews: Sequence[int | None] = ()) -> None:
        super().__init__(answers, reviews)
        self.refused: list[str] = []
        self.defaults: list[tuple[str, Any]] = []

    def ask(self, question: Any, *, lang: str, default: Any, can_back: bool,
            validate: Any) -> Any:
        self.asked.append(question.id)
        self.defaults.append((question.id, default))
        while True:
            answer = self.answers.pop(0)
            reason = validate(answer)
            if reason is None:
                return answer
            self.refused.append(reason)


WALK = ["money-taken", "unpaid", "", "balance", "12.50 EUR", "FreshMart"]


def test_the_session_skips_the_question_and_the_review_says_where_it_came_from() -> None:
    prompter = _Prompter([*WALK, "3 hours ago", "", []])
    done = session.run_session(FLOW, prompter, lang="en", review=True, now=lambda: NOW,
                               zone="Asia/Shanghai")
    assert "time-since" not in prompter.asked
    assert ("Time since", "Less than 24 hours (from your answer: 3 hours ago)") in \
        prompter.shown[0]
    assert ("Amount", "12.50 EUR") in prompter.shown[0]  # the short label, not the question
    assert done.result.answers["time-since"] == "within-day"


def test_changing_a_derived_answer_on_review_asks_the_date_again() -> None:
    # Review entry 7 (from 0) is the derived one: picking it changes the date it came from.
    prompter = _Prompter([*WALK, "3 hours ago", "", [], "2026-11-10 09:00", ""],
                         reviews=[7, None])
    done = session.run_session(FLOW, prompter, lang="en", review=True, now=lambda: NOW,
                               zone="Asia/Shanghai")
    assert prompter.shown[0][7][0] == "Time since"
    assert prompter.asked.count("when") == 2 and "time-since" not in prompter.asked
    # The time is offered again as written, not as its stored line.
    assert ("when", "3 hours ago") in prompter.defaults
    assert done.result.answers["time-since"] == "over-week"


def test_the_session_says_so_and_asks_again_when_the_answers_contradict() -> None:
    prompter = _Prompter([*WALK, "yesterday", "over-week", "within-week", "", []])
    done = session.run_session(FLOW, prompter, lang="zh", now=lambda: NOW, zone="Asia/Shanghai")
    assert prompter.asked.count("time-since") == 1
    assert len(prompter.refused) == 1 and "对不上" in prompter.refused[0]
    assert done.result.answers["time-since"] == "within-week"
    assert done.result.derived == {}


runner = CliRunner()
CLI_NOW = "2026-11-25T10:00:00+08:00"
SETS = {"what-happened": "money-taken", "merchant-status": "unpaid", "pay-method": "balance",
        "amount": "12.50 EUR", "merchant": "FreshMart"}


def _cli(lang: str, **answers: str) -> Any:
    sets = [arg for key, value in {**SETS, **answers}.items()
            for arg in ("--set", f"{key}={value}")]
    return runner.invoke(app, ["--lang", lang, "diagnose", "failed-payment", "--no-input", *sets],
                         env={"WALLETSUPPORT_NOW": CLI_NOW, "TZ": "Asia/Shanghai",
                              "WALLETSUPPORT_PROFILE": "generic"})


@pytest.mark.parametrize(("lang", "words"), [
    ("en", ["“More than 7 days” does not fit your earlier answer “3 hours ago”",
            "“Less than 24 hours”"]),
    ("zh", ["“超过 7 天”和你前面填的时间“3小时前”对不上", "“不到 24 小时”"]),
])
def test_no_input_refuses_a_scripted_answer_the_date_contradicts(lang: str,
                                                                 words: list[str]) -> None:
    typed = "3 hours ago" if lang == "en" else "3小时前"
    result = _cli(lang, when=typed, **{"time-since": "over-week"})
    assert result.exit_code == 1, result.output
    for word in words:
        assert word in result.output


def test_no_input_takes_a_scripted_answer_that_agrees_and_exports_it_as_derived(
        tmp_path: Path) -> None:
    result = _cli("en", when="3 hours ago", **{"time-since": "within-day"})
    assert result.exit_code == 0, result.output
    exported = runner.invoke(app, ["export", "1", "--format", "json"],
                             env={"WALLETSUPPORT_NOW": CLI_NOW, "TZ": "Asia/Shanghai"})
    assert exported.exit_code == 0, exported.output
    data = json.loads(exported.output)
    since = next(a for a in data["answers"] if a["question"] == "time-since")
    assert since["derived_from"] == "3 hours ago"
    assert since["label"] == {"en": "Time since", "zh": "已过去多久"}
    text = runner.invoke(app, ["export", "1", "--format", "text"],
                         env={"WALLETSUPPORT_NOW": CLI_NOW, "TZ": "Asia/Shanghai"}).output
    assert "* Time since\n  → Less than 24 hours (from your answer: 3 hours ago)" in text


def _flow(extra_select: str, when_kind: str = "datetime") -> str:
    return f"""\
id: tiny
title: {{en: T, zh: 测}}
summary: {{en: S, zh: 测}}
keywords: {{en: [t], zh: [测]}}
start: when
nodes:
  when:
    kind: {when_kind}
    label: {{en: When, zh: 时间}}
    prompt: {{en: When?, zh: 什么时候？}}
    next: since
  since:
    kind: select
    label: {{en: Since, zh: 多久}}
    prompt: {{en: How long ago?, zh: 多久以前？}}
{extra_select}
    next: done
  done: {{kind: end, outcome: resolved, message: {{en: d, zh: 完}}}}
"""


GOOD = """\
    from: when
    choices:
      - {id: soon, label: {en: Soon, zh: 刚才}, elapsed: {under: 1h}}
      - {id: late, label: {en: Late, zh: 很久}, elapsed: {at-least: 1h}}"""


def test_a_flow_with_from_and_elapsed_loads_clean_and_fits_the_schema(write_flow: Any) -> None:
    path = write_flow(_flow(GOOD))
    catalog = load_catalog(paths=[path])
    assert [str(p) for p in catalog.problems] == []
    question = catalog.get("tiny").nodes["since"]
    assert isinstance(question, Question)
    assert question.derive_from == "when"
    assert [(c.at_least, c.under) for c in question.choices] == [(None, 3600), (3600, None)]
    jsonschema.validate(load_file(path), flow_schema())


@pytest.mark.parametrize(("select", "when_kind", "message"), [
    (GOOD.replace("under: 1h", "under: soon"), "datetime",
     "elapsed under 'soon' is not a duration"),
    (GOOD.replace("{under: 1h}", "{before: 1h}"), "datetime", "elapsed takes 'at-least'"),
    (GOOD.replace("{at-least: 1h}", "{at-least: 2h, under: 1h}"), "datetime",
     "'under' must be longer than 'at-least'"),
    (GOOD, "text", "from names 'when', which is not a date question"),
    (GOOD.replace("    from: when\n", ""), "datetime",
     "choices take 'elapsed' only in a question with 'from'"),
    (GOOD.replace(", elapsed: {under: 1h}", "").replace(", elapsed: {at-least: 1h}", ""),
     "datetime", "a question with 'from' needs choices with 'elapsed'"),
])
def test_a_wrong_from_or_elapsed_is_reported_with_its_line(write_flow: Any, select: str,
                                                          when_kind: str, message: str) -> None:
    path = write_flow(_flow(select, when_kind))
    problems = [str(p) for p in load_catalog(paths=[path]).problems]
    assert any(message in p and p.startswith(f"{path}:") for p in problems), problems


def test_validate_warns_about_a_question_without_a_label(write_flow: Any) -> None:
    path = write_flow(_flow(GOOD).replace("    label: {en: Since, zh: 多久}\n", ""))
    result = runner.invoke(app, ["flows", "validate", str(path)])
    assert result.exit_code == 0, result.output
    assert f"{path}:12: warning: node 'since': no 'label'" in result.output
    strict = runner.invoke(app, ["flows", "validate", "--strict", str(path)])
    assert strict.exit_code == 1


def test_every_shipped_question_has_a_label_in_both_languages() -> None:
    for flow in load_catalog().flows.values():
        for question in flow.questions():
            assert isinstance(question.label, dict), (flow.id, question.id)
            assert question.label["en"] and question.label["zh"], (flow.id, question.id)


CHOICE_WHEN = """\
id: tiny
title: {en: T, zh: 测}
summary: {en: S, zh: 测}
keywords: {en: [t], zh: [测]}
start: method
nodes:
  method:
    kind: select
    label: {en: Method, zh: 方式}
    prompt: {en: How?, zh: 怎么充的？}
    choices:
      - {id: card, label: {en: Card, zh: 卡}}
      - {id: crypto, label: {en: Crypto, zh: 币}}
    next: tried
  tried:
    kind: multiselect
    optional: true
    label: {en: Tried, zh: 试过}
    prompt: {en: Tried?, zh: 试过什么？}
    choices:
      - {id: waited, label: {en: Waited, zh: 等了}}
      - id: rebound
        label: {en: Added the card again, zh: 重新绑卡}
        when: {method: card}
      - id: explorer
        label: {en: Block explorer, zh: 区块浏览器}
        when: {%s: crypto}
    next: done
  done: {kind: end, outcome: resolved, message: {en: d, zh: 完}}
"""


def test_a_choice_with_when_is_offered_only_on_its_path(write_flow: Any) -> None:
    flow = load_catalog(paths=[write_flow(CHOICE_WHEN % "method")]).get("tiny")
    step = engine.walk(flow, (("method", "crypto"),)).step
    assert isinstance(step, Question)
    assert [c.id for c in step.choices] == ["waited", "explorer"]
    with pytest.raises(engine.AnswerError) as caught:
        engine.apply_answer(flow, (("method", "crypto"),), ["rebound"])
    assert caught.value.allowed == ("waited", "explorer")
    done = engine.result(flow, engine.apply_answer(flow, (("method", "card"),), ["rebound"]))
    assert done.answers["tried"] == ("rebound",)


def test_a_choice_when_naming_an_unknown_question_is_reported(write_flow: Any) -> None:
    path = write_flow(CHOICE_WHEN % "methd")
    problems = [str(p) for p in load_catalog(paths=[path]).problems]
    assert any("choice 'explorer'" in p and "'methd'" in p for p in problems), problems


def test_the_shipped_crypto_top_up_offers_no_card_or_bank_steps_as_tried() -> None:
    flow = load_catalog().get("top-up")
    answers = (("problem", "not-credited"), ("method", "crypto"), ("crypto-source", ""),
               ("memo-tag", "not-needed"), ("bank-status", "debited"),
               ("amount", ""), ("when", "? | a while ago"), ("elapsed", "past-window"),
               ("reference", ""))
    step = engine.walk(flow, answers).step
    assert isinstance(step, Question) and step.id == "tried"
    offered = {c.id for c in step.choices}
    assert {"rebound", "asked-bank"}.isdisjoint(offered)
    assert {"asked-sender", "checked-explorer"} <= offered
