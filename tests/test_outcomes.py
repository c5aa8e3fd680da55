"""Outcomes that say what is true: wait (with the day to check again) and estimate.

Also the user's own words, kept with the case and shown first in every export.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from walletsupport.cases.export import follow_up, render
from walletsupport.cases.store import CaseStore
from walletsupport.cli import app
from walletsupport.diagnosis import engine
from walletsupport.diagnosis.catalog import load_catalog
from walletsupport.diagnosis.loader import load_flow
from walletsupport.diagnosis.model import End
from walletsupport.diagnosis.results import Result
from walletsupport.diagnosis.validate import check_flow
from walletsupport.errors import FlowErrors
from walletsupport.i18n import pick

runner = CliRunner()
NOW = "2026-11-25T10:00:00+08:00"  # a Wednesday

WAIT_FLOW = """\
id: waiting
title: {{en: Money on its way, zh: 钱在路上}}
summary: {{en: Only for tests., zh: 仅供测试。}}
keywords: [wait]
start: sent
nodes:
  sent:
    kind: {kind}
    prompt: {{en: When did you send it?, zh: 什么时候转出的？}}
    next: done
  done:
    kind: end
    outcome: wait
{check}
    message: {{en: "Wait; if it is not there by {{check_by}}, contact support.",
               zh: "{{check_by}}前仍未到账再联系客服。"}}
{then}
"""
CHECK = "    check: {working-days: 3, from: sent}"
THEN = "    then: {en: Contact support with the checklist., zh: 带上清单联系客服。}"


def _write(tmp_path: Path, *, kind: str = "datetime", check: str = CHECK,
           then: str = THEN) -> Path:
    path = tmp_path / "waiting.yaml"
    path.write_text(WAIT_FLOW.format(kind=kind, check=check, then=then), encoding="utf-8")
    return path


def test_a_wait_end_needs_a_day_to_check_and_what_to_do_then(tmp_path: Path) -> None:
    path = _write(tmp_path, check="", then="")
    with pytest.raises(FlowErrors) as caught:
        load_flow(path)
    problems = [str(p) for p in caught.value.problems]
    assert any("a 'wait' end needs 'check'" in p for p in problems), problems
    assert any("a 'wait' end needs 'then'" in p for p in problems), problems


def test_check_and_then_belong_to_wait_ends_only(tmp_path: Path) -> None:
    path = _write(tmp_path)
    path.write_text(path.read_text(encoding="utf-8").replace("outcome: wait",
                                                             "outcome: resolved"))
    with pytest.raises(FlowErrors) as caught:
        load_flow(path)
    problems = [str(p) for p in caught.value.problems]
    assert any("only a 'wait' end takes 'check'" in p for p in problems), problems
    assert any("only a 'wait' end takes 'then'" in p for p in problems), problems


def _contacted(flow, end) -> Result:
    """`end`'s result for a user who ticked "already contacted support"."""
    return Result(flow, (), {"tried": ("contacted-support",)}, (), end, ())


#: What a wait end's `then` names to do or bring, in each language: a user who already
#: contacted support still needs it (a block explorer, the receipt, the card statement).
SPECIFICS = (("block explorer", "区块浏览器"), ("card statement", "银行卡账单"),
             ("agent's receipt", "小票"), ("record of the payment", "付款凭证"),
             ("both charges", "两笔扣款"), ("transaction record", "交易记录"),
             ("within the limits", "限额以内"), ("withdrawal's record", "提现记录"),
             ("payment's details", "付款详情"), ("deposit address", "充币地址"),
             ("official app or website", "官方 App 或官网"), ("hash", "哈希"))


def test_every_wait_end_keeps_its_specifics_for_a_user_who_contacted_support() -> None:
    # A wait end's own "then" (look the hash up first, bring the agent's receipt) was
    # replaced by one general follow-up line once the user had contacted support (issue
    # 12 walk): the follow-up keeps every specific the end names.
    checked = 0
    for flow in load_catalog().flows.values():
        for end in flow.ends():
            if end.outcome != "wait" or end.then is None:
                continue
            result = _contacted(flow, end)
            for lang, index in (("en", 0), ("zh", 1)):
                own = pick(end.then, lang)
                then = result.then(lang)
                assert then is not None and then != own, (flow.id, end.id, lang)
                assert ("already" in then) if lang == "en" else ("已有的" in then), then
                for words in SPECIFICS:
                    if words[index] in own:
                        checked += 1
                        assert words[index] in then, (flow.id, end.id, words[index], then)
    assert checked >= 20


def test_a_wait_end_without_its_own_followup_keeps_then_and_adds_the_line(
        tmp_path: Path) -> None:
    flow, _ = load_flow(_write(tmp_path))
    end = flow.nodes["done"]
    assert isinstance(end, End) and end.followup is None
    result = _contacted(flow, end)
    assert result.then("en") == ("Contact support with the checklist. You have already "
                                 "contacted support: follow up in that conversation rather "
                                 "than starting a new one.")
    assert result.then("zh") == ("带上清单联系客服。你已经联系过客服，"
                                 "请在已有的对话或工单里继续跟进，不用另开新的。")


def test_followup_belongs_to_wait_ends_only(tmp_path: Path) -> None:
    path = _write(tmp_path, check="", then="    followup: {en: Follow up., zh: 继续跟进。}")
    path.write_text(path.read_text(encoding="utf-8").replace("outcome: wait",
                                                             "outcome: resolved"))
    with pytest.raises(FlowErrors) as caught:
        load_flow(path)
    assert any("only a 'wait' end takes 'followup'" in str(p) for p in caught.value.problems)


def test_check_from_must_name_a_date_question(tmp_path: Path) -> None:
    flow, _ = load_flow(_write(tmp_path, kind="text"))
    assert [p.message for p in check_flow(flow)] == [
        "node 'done': check from names 'sent', which is not a date question"]


@pytest.mark.parametrize(("sent", "today", "expected"), [
    ("2026-11-25 08:00 UTC+8", None, date(2026, 11, 30)),          # Wed + 3 working days
    ("2026-11-27 08:00 UTC+8", None, date(2026, 12, 2)),           # Fri: Mon, Tue, Wed
    ("2026-11-02 08:00 UTC+8", date(2026, 11, 25), date(2026, 11, 26)),  # passed: next day
    # due today (Fri + 3 working days = Wed, and it is Wed): today, not a day later
    ("2026-11-20 08:00 UTC+8", date(2026, 11, 25), date(2026, 11, 25)),
    ("", date(2026, 11, 28), date(2026, 12, 2)),                   # no day given: from today
    # "last week" (read as Mon 16 to Fri 20): counted from its last day, never its first
    ("2026-11-16..2026-11-20 UTC+08:00 | last week", None, date(2026, 11, 25)),
])
def test_the_day_to_check_again_counts_working_days(tmp_path: Path, sent: str,
                                                    today: date | None,
                                                    expected: date) -> None:
    flow, _ = load_flow(_write(tmp_path))
    question = flow.nodes["sent"]
    answers = {"sent": sent} if sent else {}
    end = flow.nodes["done"]
    assert question.kind == "datetime"
    assert engine.check_day(end, answers, today) == expected


@pytest.mark.parametrize(("sent", "today", "expected"), [
    ("2026-11-25 08:00 UTC+8", date(2026, 11, 25), date(2026, 11, 26)),  # resets tomorrow
    ("2026-11-24 08:00 UTC+8", date(2026, 11, 25), date(2026, 11, 25)),  # reset today: now
    ("2026-11-02 08:00 UTC+8", date(2026, 11, 25), date(2026, 11, 25)),  # long reset: now
])
def test_a_day_to_try_again_from_that_has_come_is_today(tmp_path: Path, sent: str,
                                                        today: date, expected: date) -> None:
    # A limit that resets the day after: once that day has come, try again today, not
    # tomorrow (a day to check *by* that has passed becomes the next day instead).
    flow, _ = load_flow(_write(tmp_path, check="    check: {days: 1, from: sent, past: today}"))
    assert engine.check_day(flow.nodes["done"], {"sent": sent}, today) == expected


def test_check_past_takes_next_day_or_today(tmp_path: Path) -> None:
    with pytest.raises(FlowErrors) as caught:
        load_flow(_write(tmp_path, check="    check: {days: 1, from: sent, past: tomorrow}"))
    problems = [str(p) for p in caught.value.problems]
    assert any("waiting.yaml:14:" in p and "check.past is next-day" in p
               for p in problems), problems


def _diagnose(args: list[str], tmp_path: Path, lines: list[str] | None = None):
    text = None if lines is None else "\n".join(lines) + "\n"
    return runner.invoke(app, args, input=text, env={
        "WALLETSUPPORT_NOW": NOW, "WALLETSUPPORT_DATA_DIR": str(tmp_path / "data")})


PENDING = ["--set", "what-happened=pending", "--set", "destination=bank-card",
           "--set", "destination-detail=CMB 1234", "--set", "details-checked=yes",
           "--set", "amount=2,000 CNY", "--set", "limits=within", "--set", "account-state=normal",
           "--set", "when=2026-11-25 08:00 UTC+8", "--set", "timing=inside-window",
           "--set", "reference=", "--set", "tried="]


def test_a_transfer_inside_its_time_waits_with_a_date_in_both_languages(tmp_path) -> None:
    zh = _diagnose(["--lang", "zh", "diagnose", "failed-withdrawal", "--no-input", *PENDING],
                   tmp_path)
    assert zh.exit_code == 0, zh.output
    flat = "".join(zh.output.split())
    assert "结论：先等待。目前看不出异常。" in flat
    assert "2026年11月30日（周一）前仍未到账再联系客服。" in flat
    assert "到时：通过App联系钱包客服" in flat
    assert "已解决" not in zh.output
    en = _diagnose(["diagnose", "failed-withdrawal", "--no-input", *PENDING], tmp_path)
    assert "Outcome: Wait and check again." in en.output
    assert "by Monday 30 November 2026, contact support" in " ".join(
        en.output.replace("│", " ").split())
    with CaseStore(tmp_path / "data") as store:
        case = store.get(1)
        assert (case.outcome, case.status, case.check_by) == ("wait", "waiting", "2026-11-30")
        markdown = render(case, "markdown", "en")
        assert ("- **Check again by**: Monday 30 November 2026. Then: Contact the wallet's "
                "support") in markdown
        text = render(store.get(1), "text", "zh")
        assert "复查日期" in text and "2026年11月30日（周一）" in text


def test_a_fee_estimate_ends_as_an_estimate_and_closes_the_case(tmp_path) -> None:
    catalog = load_catalog()
    flow = catalog.get("fees")
    ends = {e.id: e.outcome for e in flow.ends()}
    assert ends["end-estimate"] == "estimate"
    from walletsupport.authoring.scenarios import load_scenarios, run_scenario

    scenario = next(s for s in load_scenarios(Path("flows/tests/fees.yaml"))
                    if s.expect["end"] == "end-estimate")
    outcome = run_scenario(flow, scenario)
    assert outcome.passed, outcome.failures
    result = engine.result(flow, outcome.taken)
    with CaseStore(tmp_path) as store:
        case = store.finish(case_id=None, result=result, lang="en",
                            now=engine_now(), redactions={})
        assert (case.outcome, case.status) == ("estimate", "closed")
        assert render(case, "markdown", "zh").count("估算结果") >= 1


def engine_now():
    from datetime import datetime

    return datetime.fromisoformat(NOW)


@pytest.mark.parametrize(("flow_id", "end_id"), [
    ("locked-account", "end-wait"), ("locked-account", "end-review-wait"),
    ("failed-withdrawal", "end-wait"),
    ("failed-withdrawal", "end-wait-crypto"), ("failed-payment", "end-wait-refund"),
    ("failed-payment", "end-hold"), ("top-up", "end-wait"), ("top-up", "end-wait-crypto")])
def test_problems_still_in_progress_end_in_a_wait_not_resolved(flow_id, end_id) -> None:
    end = load_catalog().get(flow_id).nodes[end_id]
    assert end.outcome == "wait"
    assert end.check_days > 0 and end.then is not None


def test_no_flow_says_resolved_twice_in_chinese() -> None:
    for flow in load_catalog().flows.values():
        for end in flow.ends():
            zh = end.message if isinstance(end.message, str) else end.message["zh"]
            if end.outcome == "resolved":
                assert not zh.startswith("问题已解决"), (flow.id, end.id)


# -- the user's own words ------------------------------------------------------------


def test_own_words_are_kept_redacted_and_shown_first(tmp_path) -> None:
    listing = _diagnose(["diagnose"], tmp_path, [])
    describe = next(line for line in listing.output.splitlines()
                    if line.endswith(") Describe it in your own words"))
    number = describe.split(")")[0].strip()
    words = "提现三天没到账，卡号 4111 1111 1111 1111，急"
    lines = [number, words, "1", "2", "1", "CMB 1234", "y", "2,000 CNY", "1", "1",
             "2026-11-25 08:00 UTC+8", "1", "", "6", "", "4"]
    result = _diagnose(["diagnose", "--profile", "generic"], tmp_path, lines)
    assert result.exit_code == 0, result.output
    with CaseStore(tmp_path / "data") as store:
        case = store.get(1)
        assert case.description is not None
        assert "4111 1111 1111 1111" not in case.description
        assert case.description.startswith("提现三天没到账")
        for fmt in ("markdown", "text"):
            for lang, label in (("en", "In my words"), ("zh", "我的描述")):
                out = render(case, fmt, lang)
                # Right under the heading, before the outcome.
                assert out.index(label) < out.index("结论" if lang == "zh" else "Outcome")
        message = follow_up(case, "zh")
        assert "我的描述：提现三天没到账" in message
        assert "4111 1111 1111 1111" not in message
        json_out = render(case, "json", "en")
        assert '"description": "提现三天没到账' in json_out


def test_a_case_picked_from_the_list_has_no_own_words(tmp_path) -> None:
    result = _diagnose(["diagnose", "failed-withdrawal", "--no-input", *PENDING], tmp_path)
    assert result.exit_code == 0, result.output
    with CaseStore(tmp_path / "data") as store:
        case = store.get(1)
        assert case.description is None
        assert "In my words" not in render(case, "markdown", "en")



def test_own_words_survive_a_stop_and_a_resume(tmp_path) -> None:
    listing = _diagnose(["diagnose"], tmp_path, [])
    number = next(line for line in listing.output.splitlines()
                  if line.endswith(") Describe it in your own words")).split(")")[0].strip()
    stopped = _diagnose(["diagnose", "--profile", "generic"], tmp_path,
                        [number, "提现三天没到账，卡号 4111 1111 1111 1111", "1", "2"])
    assert stopped.exit_code == 1  # input ended after the first answer: a draft is kept
    rest = ["1", "CMB 1234", "y", "2,000 CNY", "1", "1", "2026-11-25 08:00 UTC+8", "1", "", "6", "",
            "4"]
    resumed = _diagnose(["diagnose", "--resume"], tmp_path, rest)
    assert resumed.exit_code == 0, resumed.output
    with CaseStore(tmp_path / "data") as store:
        case = store.get(1)
        description = case.description
    assert description is not None and description.startswith("提现三天没到账")
    assert "4111 1111 1111 1111" not in description
    # What the first run removed from the words is still counted: the export does not say
    # that nothing secret was found (issue 12 walk: a resumed case said so).
    assert sum(case.redactions.values()) >= 1, case.redactions
    assert "Nothing secret was found" not in render(case, "text", "en")
