"""`walletsupport cases ...` and `walletsupport export` driven through the real command line."""

from __future__ import annotations

import json
import stat
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from typer.testing import CliRunner

from walletsupport.cases.store import CaseStore
from walletsupport.cli import app
from walletsupport.diagnosis import engine
from walletsupport.diagnosis.catalog import load_catalog
from walletsupport.diagnosis.model import Question
from walletsupport.wrapping import display_width

DIAGNOSED = datetime(2026, 11, 24, 16, 5, tzinfo=ZoneInfo("Asia/Shanghai"))
SCRIPT: list[object] = [
    "rejected", "E1021: daily withdrawal limit exceeded", "bank-card", "ICBC, card ending 4821",
    True, "5,000 CNY", "within", "normal", "2026-11-24 15:30, UTC+8", "OD20261124001",
    ["retried"],
]
COMMANDS = ["list", "show", "set-ticket", "note", "status", "follow-up", "delete"]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def run(tmp_path: Path, data: Path):
    runner = CliRunner()
    env = {"WALLETSUPPORT_DATA_DIR": str(data), "WALLETSUPPORT_CONFIG_DIR": str(tmp_path / "cfg"),
           "WALLETSUPPORT_LANG": "en", "COLUMNS": "80", "NO_COLOR": "1"}

    def invoke(*args: str):
        return runner.invoke(app, list(args), env=env, catch_exceptions=False)

    return invoke


@pytest.fixture(scope="module")
def flow():
    return load_catalog().get("failed-withdrawal")


def seed(data: Path, flow, count: int = 1) -> list[int]:
    answers: tuple = ()
    for value in SCRIPT:
        answers = engine.apply_answer(flow, answers, value)
    with CaseStore(data) as store:
        return [store.finish(case_id=None, result=engine.result(flow, answers), lang="en",
                             now=DIAGNOSED, redactions={}).id for _ in range(count)]


def one_line(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.output
    return lines[0]


# -- help -------------------------------------------------------------------------------


@pytest.mark.parametrize("command", COMMANDS)
def test_every_cases_command_has_help_in_each_language(run, command):
    english = run("cases", command, "--help")
    assert english.exit_code == 0
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in english.stdout)
    chinese = run("--lang", "zh", "cases", command, "--help")
    assert chinese.exit_code == 0
    assert "用法：" in chinese.stdout and "示例：" in chinese.stdout


def test_export_has_help(run):
    result = run("export", "--help")
    assert result.exit_code == 0
    assert "--format" in result.stdout and "--copy" in result.stdout


# -- list -------------------------------------------------------------------------------


def test_list_without_cases_says_how_to_make_one(run):
    result = run("cases", "list")
    assert result.exit_code == 0
    assert "No saved cases yet" in result.stdout
    assert "还没有保存的记录" in run("--lang", "zh", "cases", "list").stdout


def test_list_shows_each_case_and_unfinished_ones(run, data, flow):
    seed(data, flow, 2)
    with CaseStore(data) as store:
        store.set_ticket(2, "CS-2026-114455", DIAGNOSED)
        store.set_status(2, "waiting", DIAGNOSED)
        store.save_draft(case_id=None, flow_id=flow.id, answers=(), lang="en", now=DIAGNOSED,
                         flow=flow)
    result = run("cases", "list")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["id", "created", "problem", "outcome", "status", "ticket"]
    assert lines[1].split()[:4] == ["1", "2026-11-24", "16:05", "A"]
    assert "Contact support" in lines[1] and "open" in lines[1]
    assert any("waiting" in line and "CS-2026-114455" in line for line in lines)
    # The draft is a row of its own: its id, its problem and the question it stopped at.
    drafts = lines.index("Unfinished diagnoses")
    assert lines[drafts + 1].split() == ["id", "saved", "problem", "stopped", "at"]
    assert lines[drafts + 2].split()[:4] == ["3", "2026-11-24", "16:05", "A"]
    assert "What happened to the" in lines[drafts + 2]
    assert "walletsupport diagnose --resume ID" in result.stdout
    assert max(display_width(line) for line in lines) <= 80
    assert run("cases").stdout == result.stdout  # `cases` alone lists


def test_list_in_chinese_fits_80_columns(run, data, flow):
    seed(data, flow)
    result = run("--lang", "zh", "cases", "list")
    assert result.stdout.splitlines()[0].split() == ["编号", "创建时间", "问题", "结论", "状态",
                                                     "工单号"]
    assert "需要联系客服" in result.stdout and "待处理" in result.stdout
    assert max(display_width(line) for line in result.stdout.splitlines()) <= 80


def test_list_json(run, data, flow):
    seed(data, flow)
    with CaseStore(data) as store:
        store.add_note(1, "wait", DIAGNOSED)
    rows = json.loads(run("cases", "list", "--json").stdout)
    assert rows == [{
        "id": 1, "created": "2026-11-24T16:05:00+08:00", "time_zone": "Asia/Shanghai",
        "flow": "failed-withdrawal", "title": "A withdrawal failed or hasn't arrived",
        "outcome": "contact-support", "status": "open", "ticket": None, "notes": 1,
    }]
    assert json.loads(run("cases", "list", "--json").stdout) == rows
    assert json.loads(run("--lang", "zh", "cases", "list", "--json").stdout)[0]["title"] == (
        "提现失败或迟迟没到账")


def _draft_after(data: Path, flow, count: int, *, keep_title: bool = True) -> int:
    answers: tuple = ()
    for value in SCRIPT[:count]:
        answers = engine.apply_answer(flow, answers, value)
    with CaseStore(data) as store:
        return store.save_draft(case_id=None, flow_id=flow.id, answers=answers, lang="en",
                                now=DIAGNOSED, flow=flow if keep_title else None)


def test_a_draft_stopped_at_the_review_says_so_not_a_dash(run, data, flow) -> None:
    answers: tuple = ()
    for value in SCRIPT:
        answers = engine.apply_answer(flow, answers, value)
    assert not isinstance(engine.walk(flow, answers).step, Question)  # every question answered
    with CaseStore(data) as store:
        store.save_draft(case_id=None, flow_id=flow.id, answers=answers, lang="en",
                         now=DIAGNOSED, flow=flow)
    assert "—" not in run("cases", "list", "--drafts").stdout
    english = json.loads(run("cases", "list", "--drafts", "--json").stdout)
    assert english[0]["next_question"] == "checking the answers, before the result"
    chinese = json.loads(run("--lang", "zh", "cases", "list", "--drafts", "--json").stdout)
    assert chinese[0]["next_question"] == "核对回答（还没看结果）"


@pytest.mark.parametrize("keep_title", [True, False], ids=["saved-with-flow", "older-draft"])
def test_drafts_show_their_problem_and_the_question_they_stopped_at(run, data, flow,
                                                                   keep_title):
    number = _draft_after(data, flow, 3, keep_title=keep_title)  # stopped at the bank
    english = run("cases", "list", "--drafts")
    assert english.exit_code == 0
    lines = english.stdout.splitlines()
    assert lines[0] == "Unfinished diagnoses"
    row = " ".join(" ".join(lines[2:4]).split())
    assert row.startswith(f"{number} 2026-11-24 16:05 A withdrawal failed")
    assert "Which bank or service" in row
    assert "No saved cases yet" not in english.stdout  # --drafts: only the drafts
    chinese = run("--lang", "zh", "cases", "list", "--drafts").stdout
    assert chinese.splitlines()[0] == "未完成的诊断"
    assert "提现失败或迟迟没到账" in chinese and "提到哪家银行或哪个平台？" in chinese
    assert "继续其中一个：walletsupport diagnose --resume 编号" in chinese
    assert max(display_width(line) for line in chinese.splitlines()) <= 80
    rows = json.loads(run("cases", "list", "--drafts", "--json").stdout)
    assert [(r["id"], r["status"], r["title"]) for r in rows] == [
        (number, "draft", "A withdrawal failed or hasn't arrived")]
    assert rows[0]["next_question"].startswith("Which bank or service, and only the LAST 4")


@pytest.mark.parametrize("keep_title", [True, False], ids=["saved-with-flow", "older-draft"])
def test_a_draft_never_stopped_at_a_question_its_date_answered(run, data, keep_title) -> None:
    # Walk B12: stopped after "when", the list named "How long ago was that?", a question
    # the date answers and that is never asked; `cases show` named the next one.
    from walletsupport.diagnosis.dates import resolve

    paid = load_catalog().get("failed-payment")
    answers: tuple = ()
    for value in ["money-taken", "unpaid", "Error 504", "balance", "42 USD", "FreshMart",
                  resolve("2026-11-24 10:30, UTC+8", DIAGNOSED, None)]:
        answers = engine.apply_answer(paid, answers, value, DIAGNOSED)
    with CaseStore(data) as store:
        store.save_draft(case_id=None, flow_id=paid.id, answers=answers, lang="en",
                         now=DIAGNOSED, flow=paid if keep_title else None)
    waiting = engine.walk(paid, answers, datetime.now().astimezone()).step
    assert isinstance(waiting, Question) and waiting.id != "time-since"
    rows = json.loads(run("cases", "list", "--drafts", "--json").stdout)
    assert rows[0]["next_question"] == waiting.prompt["en"]
    assert "How long ago" not in run("cases", "list", "--drafts").stdout


def test_no_drafts_is_said_in_each_language(run):
    assert run("cases", "list", "--drafts").stdout == "No unfinished diagnoses.\n"
    assert run("--lang", "zh", "cases", "list", "--drafts").stdout == "没有未完成的诊断。\n"


def _ids(listing: str) -> list[int]:
    return [int(line.split()[0]) for line in listing.splitlines()[1:]
            if line.split() and line.split()[0].isdigit()]


def test_list_shows_the_newest_twenty_unless_told(run, data, flow):
    seed(data, flow, 23)
    result = run("cases", "list")
    assert _ids(result.stdout) == list(range(4, 24))  # the newest 20, newest last
    assert "The newest 20 of 23 cases; --all shows every one" in result.stdout
    assert "这是最近的 20 条，共 23 条" in run("--lang", "zh", "cases", "list").stdout
    every = run("cases", "list", "--all").stdout
    assert _ids(every) == list(range(1, 24))
    assert "--all shows" not in every
    assert [r["id"] for r in json.loads(run("cases", "list", "-n", "2", "--json").stdout)] == [
        22, 23]
    assert run("cases", "list", "--limit", "0").exit_code == 2


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("columns", ["100", "60"])
@pytest.mark.parametrize("plain", [False, True])
def test_list_all_streams_the_same_screen_as_the_table(tmp_path, data, flow, lang, columns,
                                                       plain):
    """`--all` prints rows as it reads them; the screen is the table `cases list` draws."""
    seed(data, flow, 12)
    with CaseStore(data) as store:
        store.set_status(3, "escalated", DIAGNOSED)
        store.set_ticket(4, "工单 CS-2026-0123", DIAGNOSED)
        store.set_ticket(11, "T-9", DIAGNOSED)
        store.save_draft(case_id=None, flow_id=flow.id, answers=(), lang="en", now=DIAGNOSED,
                         flow=flow)
    env = {"WALLETSUPPORT_DATA_DIR": str(data), "WALLETSUPPORT_CONFIG_DIR": str(tmp_path / "c"),
           "WALLETSUPPORT_LANG": lang, "COLUMNS": columns, "NO_COLOR": "1",
           "WALLETSUPPORT_PLAIN": "1" if plain else ""}
    runner = CliRunner()

    def lines(*args: str) -> list[str]:
        result = runner.invoke(app, ["cases", "list", *args], env=env, catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return [line.rstrip() for line in result.stdout.splitlines()]

    every = lines("--all")
    assert every == lines("--limit", "50")
    if not plain:  # the twelve cases, then the draft
        assert _ids("\n".join(every)) == list(range(1, 14))
    assert any("工单 CS-2026-0123" in line for line in every)
    with CaseStore(data) as store:  # too long for 60 columns: the table crops it, never --all
        store.set_ticket(4, "工单 CS-2026-000000000123", DIAGNOSED)
    assert any("工单 CS-2026-000000000123" in line for line in lines("--all"))


def test_list_all_with_no_cases_says_so(run):
    assert run("cases", "list", "--all").stdout.startswith("No saved cases")


def test_list_by_status(run, data, flow):
    seed(data, flow, 3)
    with CaseStore(data) as store:
        store.set_status(2, "waiting", DIAGNOSED)
    rows = json.loads(run("cases", "list", "--status", "waiting", "--json").stdout)
    assert [r["id"] for r in rows] == [2]
    refused = run("cases", "list", "--status", "lost")
    assert refused.exit_code == 2
    assert "lost" in one_line(refused)
    # The words `cases status` takes, and the error lists, are taken here too.
    for word in ("等待中", "Waiting", "等待"):
        chinese = run("--lang", "zh", "cases", "list", "--status", word, "--json")
        assert chinese.exit_code == 0, chinese.stderr
        assert [r["id"] for r in json.loads(chinese.stdout)] == [2]


# -- show -------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_show_fits_80_columns_and_holds_the_case(run, data, flow, lang):
    seed(data, flow)
    with CaseStore(data) as store:
        store.add_note(1, "Agent: the bank is checking; wait two working days.", DIAGNOSED)
    result = run("--lang", lang, "cases", "show", "1")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert max(display_width(line) for line in lines) <= 80
    out = result.stdout
    if lang == "en":
        assert lines[0] == "Case 1: A withdrawal failed or hasn't arrived"
        assert "Diagnosed:        2026-11-24 16:05 UTC+08:00 (China time)" in out
        assert "    ICBC, card ending 4821" in out
        assert "  ☐ Screenshots of the error and of the transaction details" in out
        assert "    Agent: the bank is checking; wait two working days." in out
    else:
        assert lines[0] == "记录 1：提现失败或迟迟没到账"
        assert "诊断时间：" in out and "状态：             待处理" in out
        assert "  ✓ 金额和币种\n    → 5,000 CNY" in out
        assert "接下来：用 'walletsupport cases note 1" in out


def test_show_json_is_the_export(run, data, flow):
    seed(data, flow)
    shown = json.loads(run("cases", "show", "1", "--json").stdout)
    exported = json.loads(run("export", "1", "--format", "json").stdout)
    assert shown == exported


@pytest.mark.parametrize("args", [
    ["cases", "show", "99"], ["cases", "note", "99", "x"], ["cases", "set-ticket", "99", "T"],
    ["cases", "status", "99", "open"], ["cases", "follow-up", "99"], ["cases", "delete", "99"],
    ["cases", "delete", "99", "--yes"],
    ["export", "99"],
])
def test_an_unknown_id_is_one_line_and_exit_1(run, data, flow, args):
    seed(data, flow)
    result = run(*args)
    assert result.exit_code == 1
    assert one_line(result) == ("No case with id 99. 'walletsupport cases list' shows the "
                                "saved cases.")
    assert result.stdout == ""


@pytest.mark.parametrize("command", [["cases", "show"], ["export"], ["cases", "delete"]])
def test_an_id_that_is_not_a_number_says_what_an_id_is(run, data, flow, command):
    seed(data, flow)
    result = run("--lang", "zh", *command, "abc")
    assert result.exit_code == 1
    assert one_line(result) == ("“abc”不是记录编号：编号是一个数字，例如 3（运行 "
                                "'walletsupport cases list' 可以查看）。")
    result = run(*command, "abc")
    assert one_line(result) == ("'abc' is not a case id: a case id is a number, such as 3 "
                                "('walletsupport cases list' shows them).")
    assert run("cases", "show", "#1").exit_code == 0
    # A number no case has is an unknown case, not a badly written id.
    assert "No case with id '123456789012345678901'" in run(
        *command, "123456789012345678901").stderr


# -- changes ----------------------------------------------------------------------------


def test_set_ticket_then_clear_it(run, data, flow):
    seed(data, flow)
    result = run("cases", "set-ticket", "1", "CS-2026-114455")
    assert result.exit_code == 0
    assert result.stdout == "Case 1: ticket number CS-2026-114455 saved.\n"
    with CaseStore(data) as store:
        assert store.get(1).ticket == "CS-2026-114455"
    assert run("--lang", "zh", "cases", "set-ticket", "1", "").stdout == "记录 1：已清除工单号。\n"


def test_a_note_is_redacted_and_the_user_is_told_why(run, data, flow):
    seed(data, flow)
    result = run("cases", "note", "1", "They asked for my verification code 482913; I said no.")
    assert result.exit_code == 0
    assert result.stdout == "Case 1: note saved (1 so far).\n"
    said = " ".join(result.stderr.split())
    assert "real support never asks you to read one out" in said
    assert ("If the person you are talking to asked you for any of this, they are not real "
            "support: stop replying and check your account with 'walletsupport diagnose "
            "security'.") in said
    with CaseStore(data) as store:
        assert store.get(1).notes[0].text == (
            "They asked for my verification code [verification code removed]; I said no.")
    zh = run("--lang", "zh", "cases", "note", "1", "客服说三个工作日内到账。")
    assert zh.stdout == "记录 1：备注已保存（目前共 2 条）。\n"
    assert zh.stderr == ""  # nothing removed: no warning either
    card = run("--lang", "zh", "cases", "note", "1", "客服让我报卡号 4111 1111 1111 1111")
    assert "对方就不是真正的客服：请立刻停止回复" in "".join(card.stderr.split())


def test_an_empty_note_is_a_usage_error(run, data, flow):
    seed(data, flow)
    result = run("cases", "note", "1", "  ")
    assert result.exit_code == 2
    assert one_line(result) == "The note is empty; write what support answered."


def test_status_changes_and_refuses_unknown_ones(run, data, flow):
    seed(data, flow)
    assert run("cases", "status", "1", "escalated").stdout == "Case 1 is now: escalated.\n"
    assert run("--lang", "zh", "cases", "status", "1", "Resolved").stdout == (
        "记录 1 的状态已改为：已解决。\n")
    assert run("--lang", "zh", "cases", "status", "1", "已升级").stdout == (
        "记录 1 的状态已改为：已升级处理。\n")
    bad = run("cases", "status", "1", "finished")
    assert bad.exit_code == 2
    assert one_line(bad) == ("Unknown status 'finished'. Use one of: open, waiting, escalated, "
                             "resolved, closed")


def test_delete(run, data, flow):
    seed(data, flow, 2)
    result = run("cases", "delete", "1", "--yes")
    assert result.exit_code == 0
    assert result.stdout == "Case 1 deleted.\n"
    assert run("cases", "show", "1").exit_code == 1
    assert run("cases", "show", "2").exit_code == 0
    assert run("--lang", "zh", "cases", "delete", "2", "-y").stdout == "记录 2 已删除。\n"


@pytest.mark.parametrize(("typed", "deleted"), [("y\n", True), ("是\n", True), ("n\n", False),
                                                ("否\n", False)])
def test_delete_asks_first(tmp_path, data, flow, typed, deleted):
    seed(data, flow, 1)
    env = {"WALLETSUPPORT_DATA_DIR": str(data), "WALLETSUPPORT_CONFIG_DIR": str(tmp_path / "c")}
    result = CliRunner().invoke(app, ["cases", "delete", "1"], input=typed, env=env)
    assert result.exit_code == 0, result.output
    assert "Delete case 1 (A withdrawal failed or hasn't arrived)" in result.output
    assert ("Case 1 deleted." in result.output) is deleted
    assert ("Case 1 was not deleted." in result.output) is not deleted
    assert (CliRunner().invoke(app, ["cases", "show", "1"], env=env).exit_code == 0) is not deleted


def test_delete_with_no_answer_deletes_nothing_and_says_how(tmp_path, data, flow):
    seed(data, flow, 1)
    env = {"WALLETSUPPORT_DATA_DIR": str(data), "WALLETSUPPORT_CONFIG_DIR": str(tmp_path / "c")}
    result = CliRunner().invoke(app, ["cases", "delete", "1"], input="", env=env)
    assert result.exit_code == 1
    assert ("Nothing was deleted: no answer could be read (the input ended), so case 1 is "
            "kept. Add --yes") in result.output
    # No answer was given before: Enter's meaning is said as such, not as "your earlier answer".
    assert "earlier answer" not in result.output
    assert "(press Enter for no)" in result.output
    assert CliRunner().invoke(app, ["cases", "show", "1"], env=env).exit_code == 0
    result = CliRunner().invoke(app, ["--lang", "zh", "cases", "delete", "1"], input="", env=env)
    assert result.exit_code == 1
    assert "上次的回答" not in result.output
    assert "没有删除任何内容：没能读到回答（输入已结束），记录 1 仍然保留。" in result.output


# -- follow-up --------------------------------------------------------------------------


def test_follow_up_prints_the_message_and_tips_apart(run, data, flow):
    seed(data, flow)
    run("cases", "set-ticket", "1", "CS-7")
    run("cases", "note", "1", "Please wait 2 working days.")
    result = run("cases", "follow-up", "1", "--ask", "Which bank reference should I quote?")
    assert result.exit_code == 0
    assert result.stdout.startswith("Subject: Follow-up on ticket CS-7: A withdrawal failed")
    assert "1. Which bank reference should I quote?\n" in result.stdout
    assert "Before you send it:" not in result.stdout
    tips = result.stderr
    assert "Read support's last reply carefully and make sure you understand" in tips
    assert "walletsupport cases follow-up 1 --escalate" in tips
    # With no reply recorded, the tips do not speak of one.
    seed(data, flow)
    tips = run("cases", "follow-up", "2").stderr
    assert "last reply" not in tips
    assert "Add any question of your own with --ask" in tips
    tips = run("--lang", "zh", "cases", "follow-up", "2").stderr
    assert "上次的答复" not in tips and "用 --ask 加上" in tips


NO_PHRASE_TIP = "Never add a password, a payment PIN or a verification code"


@pytest.mark.parametrize(("wallet", "lang", "named", "not_named"), [
    ("alipay", "en", NO_PHRASE_TIP, "recovery phrase"),
    ("alipay", "zh", "不要在消息里写登录密码、支付密码或验证码", "助记词"),
    ("paypal", "en", NO_PHRASE_TIP, "recovery phrase"),
    ("binance", "en", "Never add a password, a verification code or a recovery phrase", "PIN"),
    ("binance", "zh", "不要在消息里写密码（含支付密码）、验证码或助记词", "登录密码"),
])
def test_follow_up_tips_name_only_the_secrets_the_wallet_has(run, data, flow, wallet, lang,
                                                             named, not_named):
    # Alipay and PayPal have no recovery phrase: the tip names password, PIN and codes.
    answers: tuple = ()
    for value in SCRIPT:
        answers = engine.apply_answer(flow, answers, value)
    with CaseStore(data) as store:
        case = store.finish(case_id=None, result=engine.result(flow, answers), lang="en",
                            now=DIAGNOSED, redactions={}, wallet=wallet)
    tips = run("--lang", lang, "cases", "follow-up", str(case.id)).stderr
    assert named in tips.replace("\n    ", " " if lang == "en" else "")
    assert not_named not in tips


def test_escalation_in_chinese(run, data, flow):
    seed(data, flow)
    result = run("--lang", "zh", "cases", "follow-up", "1", "--escalate")
    assert result.exit_code == 0
    assert result.stdout.startswith("主题：申请升级处理（提现失败或迟迟没到账）\n")
    assert "请把我的问题转交给更高一级的客服" in result.stdout
    assert "walletsupport cases status 1 已升级" in result.stderr
    assert "发送之前：" in result.stderr
    # The tips are set apart from the message: a line says which is which.
    assert "以上是发给客服的消息，以下提示只给你看" in result.stderr
    assert "发送之前" not in result.stdout and "walletsupport" not in result.stdout
    assert max(display_width(line) for line in result.stderr.splitlines()) <= 80


# -- export -----------------------------------------------------------------------------


def test_export_defaults_to_the_latest_case_in_markdown_on_stdout(run, data, flow):
    seed(data, flow, 2)
    result = run("export")
    assert result.exit_code == 0
    assert result.stdout.startswith("**Case 2: A withdrawal failed or hasn't arrived**\n")
    assert result.stderr == ""
    assert run("export", "1", "-o", "-").stdout.startswith("**Case 1:")


@pytest.mark.parametrize("fmt", ["markdown", "text", "json"])
def test_export_to_a_private_file(run, data, flow, tmp_path, fmt):
    seed(data, flow)
    target = tmp_path / f"case.{fmt}"
    result = run("export", "--format", fmt, "--output", str(target))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == f"Case 1 written to {target}.\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    expected = run("export", "-f", fmt).stdout
    assert target.read_text(encoding="utf-8") == expected


def test_export_text_fits_72_columns_in_chinese(run, data, flow):
    seed(data, flow)
    out = run("--lang", "zh", "export", "-f", "text").stdout
    assert out.startswith("记录 1：提现失败或迟迟没到账\n")
    assert max(display_width(line) for line in out.splitlines()) <= 72


def test_export_without_cases_is_one_line(run):
    result = run("export")
    assert result.exit_code == 2
    assert one_line(result) == "There are no saved cases yet. Run 'walletsupport diagnose' first."


def test_export_with_an_unknown_format_is_a_usage_error(run, data, flow):
    seed(data, flow)
    result = run("export", "--format", "pdf")
    assert result.exit_code == 2
    assert one_line(result) == "Unknown format 'pdf'. Use one of: markdown, text, json"


def test_export_to_a_folder_that_does_not_exist_is_one_line(run, data, flow, tmp_path):
    seed(data, flow)
    result = run("export", "-o", str(tmp_path / "missing" / "case.md"))
    assert result.exit_code == 1
    assert one_line(result).startswith(f"Cannot write {tmp_path / 'missing' / 'case.md'}:")


def test_delete_in_a_terminal_starts_on_no(tmp_path, data, flow, monkeypatch):
    # The arrow-key question starts on "No": a careless Enter deletes nothing.
    from prompt_toolkit.application import create_app_session
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    from walletsupport.cli import diagnose as diagnose_cli
    from walletsupport.prompting import QuestionaryPrompter

    seed(data, flow, 1)
    env = {"WALLETSUPPORT_DATA_DIR": str(data), "WALLETSUPPORT_CONFIG_DIR": str(tmp_path / "c")}
    with create_pipe_input() as pipe:
        pipe.send_text("\r")
        pipe.close()  # keys run out: the prompt ends (EOF) instead of waiting forever
        with create_app_session(input=pipe, output=DummyOutput()):
            monkeypatch.setattr(diagnose_cli, "_base_prompter",
                                lambda env: QuestionaryPrompter(input=pipe,
                                                                output=DummyOutput()))
            result = CliRunner().invoke(app, ["cases", "delete", "1"], env=env)
    assert "Case 1 was not deleted." in result.output, result.output
    assert CliRunner().invoke(app, ["cases", "show", "1"], env=env).exit_code == 0


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_cases_own_times_are_in_the_configured_zone(tmp_path, monkeypatch, lang):
    # zone = "…" in config.toml is the zone the answers are read in: the case's own
    # created/updated times and its notes are kept and shown in it too, not the system's.
    monkeypatch.delenv("TZ", raising=False)
    config = tmp_path / "cfg"
    config.mkdir()
    (config / "config.toml").write_text('zone = "America/Lima"\n', encoding="utf-8")
    env = {"WALLETSUPPORT_DATA_DIR": str(tmp_path / "data"), "WALLETSUPPORT_CONFIG_DIR":
           str(config), "WALLETSUPPORT_NOW": "2026-11-25T10:00:00+00:00",
           "WALLETSUPPORT_PROFILE": "generic", "COLUMNS": "100", "NO_COLOR": "1"}
    runner = CliRunner()
    done = runner.invoke(app, ["--lang", lang, "diagnose", "fees", "--no-input", "--set",
                               "fee-type=top-up", "--set", "goal=lower"], env=env)
    assert done.exit_code == 0, done.output
    noted = runner.invoke(app, ["cases", "note", "1", "Called the bank."], env=env)
    assert noted.exit_code == 0, noted.output
    with CaseStore(tmp_path / "data") as store:
        case = store.get(1)
    assert case.zone == "America/Lima"
    assert case.created.utcoffset() == timedelta(hours=-5)
    assert case.notes[0].at.utcoffset() == timedelta(hours=-5)
    shown = runner.invoke(app, ["--lang", lang, "cases", "show", "1"], env=env).output
    assert "2026-11-25 05:00" in shown and "UTC-05:00" in shown
    exported = runner.invoke(app, ["--lang", lang, "export", "1", "--format", "json"],
                             env=env).output
    assert '"created": "2026-11-25T05:00:00-05:00"' in exported


def test_an_edit_that_changes_the_outcome_moves_the_status_and_keeps_the_wallet(
        tmp_path, data) -> None:
    # Walk A30: a resolved Binance case corrected to "not back in" ended "Contact support"
    # with the generic channels, and `cases show` still filed it as resolved.
    answers = tmp_path / "binance.yaml"
    answers.write_text("_wallet: binance\napp-message: unusual-login\nwas-it-you: true\n"
                       "error-text: Login blocked. New device detected.\n"
                       "verify-means: [sms, email]\ntry-self-service: true\n", encoding="utf-8")
    runner = CliRunner()
    env = {"WALLETSUPPORT_DATA_DIR": str(data), "WALLETSUPPORT_CONFIG_DIR": str(tmp_path / "cfg"),
           "WALLETSUPPORT_LANG": "en", "COLUMNS": "80", "NO_COLOR": "1"}

    def invoke(*args: str, typed: str = ""):
        return runner.invoke(app, list(args), env=env, input=typed, catch_exceptions=False)

    made = invoke("diagnose", "--answers", str(answers), "--no-input", "locked-account")
    assert made.exit_code == 0 and "Saved as case 1" in made.output
    assert json.loads(invoke("cases", "show", "1", "--json").stdout)["status"] == "resolved"
    # Under another --profile too: the case's wallet is kept.
    edited = invoke("--plain", "--profile", "paypal", "cases", "edit", "1",
                    typed="5\nn\nyesterday 22:00\n\n\n1\n\n")
    assert edited.exit_code == 0, edited.output
    assert "Contact Binance first by" in edited.output
    assert "walletsupport contacts --profile binance" in edited.output
    shown = json.loads(invoke("cases", "show", "1", "--json").stdout)
    assert (shown["outcome"], shown["status"]) == ("contact-support", "open")
    # A status the user gave stays while the outcome does not change.
    assert invoke("cases", "status", "1", "escalated").exit_code == 0
    again = invoke("--plain", "cases", "edit", "1", typed="\n")
    assert again.exit_code == 0, again.output
    assert json.loads(invoke("cases", "show", "1", "--json").stdout)["status"] == "escalated"
