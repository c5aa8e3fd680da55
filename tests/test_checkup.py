"""`walletsupport checkup`: the content, its loader, scenarios, screens, exit codes, JSON and cases.

Golden screens: regenerate after an intended change with
`UPDATE_GOLDEN=1 pytest tests/test_checkup.py` and read the diff before committing it.
"""

from __future__ import annotations

import io
import json
import os
import re
import textwrap
from pathlib import Path

import jsonschema
import pytest
from rich.console import Console
from typer.testing import CliRunner

from walletsupport.authoring.schema import flow_schema
from walletsupport.checkup import MARKS, assess
from walletsupport.checkup.export import summary_text
from walletsupport.checkup.run import (
    checkup_coverage,
    load_checkup_scenarios,
    run_checkup_scenario,
)
from walletsupport.cli import app
from walletsupport.diagnosis.catalog import load_catalog
from walletsupport.diagnosis.validate import contact_detail
from walletsupport.diagnosis.yamlsrc import load_file
from walletsupport.i18n import pick
from walletsupport.rendering.checkup import render_checkup_result

from .conftest import FLOWS

runner = CliRunner()
GOLDEN = Path(__file__).parent / "golden"
HAN = re.compile(r"[\u4e00-\u9fff]")
ANSI = re.compile(r"\x1b\[[0-9;]*m")

HABITS = ("two-factor", "recovery-phrase", "official-app", "remote-apps", "payment-password",
          "payment-alerts", "public-wifi", "phone-number", "login-devices", "sim-pin")
#: Every habit in good shape.
GOOD = {"two-factor": "app", "recovery-phrase": "yes", "official-app": "yes",
        "remote-apps": "no", "payment-password": "yes", "payment-alerts": "yes",
        "public-wifi": "yes", "phone-number": "yes", "login-devices": "yes", "sim-pin": "yes"}
#: The issue's example: 7 of 10 good; 1 at risk (and 2 could be better).
SEVEN = {**GOOD, "payment-alerts": "no", "public-wifi": "no", "phone-number": "no"}


def _checkup():
    return load_catalog().checkups["checkup"]


def _sets(answers: dict[str, str]) -> list[str]:
    return [arg for key, value in answers.items() for arg in ("--set", f"{key}={value}")]


def _run(args: list[str], text: str | None = None, **env: str):
    return runner.invoke(app, args, input=text, env={"WALLETSUPPORT_NOW":
                                                     "2026-11-25T10:00:00+08:00", **env})


# -- the content ----------------------------------------------------------------------


def test_the_shipped_check_up_asks_the_ten_habits_of_the_issue() -> None:
    checkup = _checkup()
    assert tuple(h.id for h in checkup.habits) == HABITS
    two_factor = checkup.habit("two-factor")
    assert two_factor is not None
    marks = {a.id: a.mark for a in two_factor.answers}
    assert marks == {"app": "good", "sms": "could-be-better", "none": "at-risk",
                     "unsure": "could-be-better"}


def test_every_text_is_in_both_languages_and_holds_no_contact_detail() -> None:
    checkup = _checkup()
    texts = [checkup.title, checkup.summary]
    for habit in checkup.habits:
        texts += [habit.title, habit.prompt] + [x for x in (habit.help, habit.where) if x]
        for answer in habit.answers:
            texts += [answer.label, answer.status] + ([answer.fix] if answer.fix else [])
    for text in texts:
        assert isinstance(text, dict), text
        assert HAN.search(text["zh"]), text
        assert not HAN.search(text["en"]), text
        assert contact_detail(text["en"]) is None and contact_detail(text["zh"]) is None


def test_every_habit_can_be_good_and_every_other_mark_has_a_short_fix() -> None:
    for habit in _checkup().habits:
        assert any(a.mark == "good" for a in habit.answers), habit.id
        assert any(a.mark != "good" for a in habit.answers), habit.id
        assert habit.answer("unsure") is not None, habit.id  # yes/no/unsure, as the issue asks
        for answer in habit.answers:
            if answer.mark == "good":
                assert answer.fix is None
                continue
            assert answer.fix is not None, (habit.id, answer.id)
            sentences = [s for s in re.split(r"(?<=[.!?])\s+", answer.fix["en"]) if s]
            assert 1 <= len(sentences) <= 2, (habit.id, answer.id, sentences)


def test_no_question_asks_for_a_secret() -> None:
    # The check-up asks only yes/no/unsure about habits: never a code, password or phrase.
    for habit in _checkup().habits:
        assert habit.question().kind == "select"


def test_the_check_up_file_validates_against_the_schema() -> None:
    jsonschema.validate(load_file(FLOWS / "checkup.yaml"), flow_schema())
    broken = load_file(FLOWS / "checkup.yaml")
    broken["habits"][0]["answers"][0]["mark"] = "fine"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, flow_schema())


# -- scenarios ------------------------------------------------------------------------


def test_scenarios_pass_and_reach_every_answer_and_every_mark() -> None:
    checkup = _checkup()
    scenarios = load_checkup_scenarios(FLOWS / "tests" / "checkup.yaml")
    outcomes = [run_checkup_scenario(checkup, s) for s in scenarios]
    assert {o.scenario.name: o.failures for o in outcomes if not o.passed} == {}
    report = checkup_coverage(checkup, outcomes)
    assert report.missing_answers() == []
    assert report.reached_marks() == set(report.all_marks())
    assert {mark for _, mark in report.reached_marks()} == set(MARKS)


def test_a_failing_check_up_scenario_says_why() -> None:
    checkup = _checkup()
    scenario = load_checkup_scenarios(FLOWS / "tests" / "checkup.yaml")[0]
    wrong = type(scenario)(scenario.flow_id, "wrong", scenario.answers,
                           {"marks": {"two-factor": "at-risk"}, "exit": 1}, "x.yaml", 3)
    outcome = run_checkup_scenario(checkup, wrong)
    assert outcome.failures == ("habit 'two-factor' is good, expected at-risk",
                                "exit code 0, expected 1")
    short = type(scenario)(scenario.flow_id, "short", {"two-factor": "none"},
                           {"summary": {"at-risk": 1, "good": 0}, "exit": 1}, "x.yaml", 3)
    assert run_checkup_scenario(checkup, short).passed  # only the habits it answers count
    empty = type(scenario)(scenario.flow_id, "empty", {"wifi": "yes"}, {"exit": 0}, "x.yaml", 3)
    assert run_checkup_scenario(checkup, empty).failures == (
        "answers 'wifi', which the check-up does not ask",)


def test_flows_test_runs_the_check_up_scenarios_with_coverage() -> None:
    result = runner.invoke(app, ["flows", "test"])
    assert result.exit_code == 0, result.output
    assert "PASS checkup: every habit in good shape" in result.output
    assert "coverage checkup: 32/32 answers, 26/26 marks" in result.output
    assert "0 failed" in result.output.splitlines()[-1]


# -- the loader: file:line for every mistake ------------------------------------------

HEAD = """\
kind: checkup
id: mine
title: {en: Mine, zh: 我的}
summary: {en: Mine, zh: 我的}
habits:
  - id: lock
    title: {en: Screen lock, zh: 锁屏}
    prompt: {en: Is the screen locked?, zh: 锁屏了吗？}
    answers:
"""


@pytest.mark.parametrize(("answers", "message"), [
    ("      - {id: yes, mark: good, status: {en: set, zh: 开}}\n"
     "      - {id: no, mark: at-risk, status: {en: unset, zh: 关}}\n",
     "t.yaml:11: habit lock: answer no: an answer marked at-risk needs a 'fix'"),
    ("      - {id: yes, mark: fine, status: {en: set, zh: 开}}\n"
     "      - {id: no, mark: good, status: {en: unset, zh: 关}}\n",
     "t.yaml:10: habit lock: answer yes: mark must be one of good, could-be-better, at-risk, "
     "not 'fine'"),
    ("      - {id: yes, mark: at-risk, status: {en: set, zh: 开}, fix: {en: Fix, zh: 修}}\n"
     "      - {id: no, mark: at-risk, status: {en: unset, zh: 关}, fix: {en: Fix, zh: 修}}\n",
     "t.yaml:9: habit lock: no answer is marked good"),
    ("      - {id: yes, mark: good, status: {en: set, zh: 开}}\n",
     "t.yaml:9: habit lock: answers must be a list of at least two answers"),
    ("      - {id: yes, mark: good, status: {en: set}}\n"
     "      - {id: no, mark: good, status: {en: unset, zh: 关}}\n",
     "t.yaml:10: habit lock: answer yes: status is missing its 'zh' form"),
    ("      - {id: yes, mark: good, status: {en: set, zh: 开}}\n"
     "      - {id: no, mark: could-be-better, status: {en: unset, zh: 关},\n"
     "         fix: {en: Call 400-123-4567 now, zh: 请拨打 400-123-4567}}\n",
     "t.yaml:12: habit lock: answer no: fix holds what looks like a contact detail"),
    ("      - {id: yes, mark: good, status: {en: set, zh: 开}}\n"
     "      - {id: yes, mark: good, status: {en: set, zh: 开}}\n",
     "t.yaml:11: habit lock: duplicate answer id 'yes' (first at line 10)"),
])
def test_malformed_check_ups_are_refused_with_file_and_line(tmp_path: Path, answers: str,
                                                            message: str) -> None:
    path = tmp_path / "t.yaml"
    path.write_text(HEAD + answers, encoding="utf-8")
    catalog = load_catalog(paths=[path])
    errors = [str(p).replace(str(tmp_path) + "/", "") for p in catalog.errors]
    assert any(e.startswith(message) for e in errors), errors
    assert "mine" not in catalog.checkups
    result = runner.invoke(app, ["flows", "validate", str(path)])
    assert result.exit_code == 1


EXTENSION = """\
kind: checkup
extends: checkup
habits:
  - id: screen-lock
    title: {en: Screen lock, zh: 锁屏}
    prompt: {en: Does your phone lock itself with a PIN or a fingerprint?, zh: 手机设了锁屏吗？}
    where: {en: Phone Settings → Security → Screen lock, zh: 手机“设置 → 安全 → 锁屏”}
    answers:
      - {id: yes, mark: good, status: {en: locked, zh: 已设置}}
      - id: no
        mark: at-risk
        status: {en: no screen lock, zh: 没有锁屏}
        fix: {en: Set a screen lock now., zh: 请立即设置锁屏。}
      - {id: unsure, mark: could-be-better, status: {en: not sure, zh: 不确定},
         fix: {en: Look in the settings., zh: 去设置里看看。}}
"""


def test_operators_add_their_own_habits_from_a_flows_folder(tmp_path: Path) -> None:
    (tmp_path / "habits.yaml").write_text(EXTENSION, encoding="utf-8")
    catalog = load_catalog([tmp_path])
    assert catalog.errors == []
    habits = catalog.checkups["checkup"].habits
    assert [h.id for h in habits] == [*HABITS, "screen-lock"]
    result = _run(["--flows-dir", str(tmp_path), "checkup", *_sets(GOOD), "--set",
                   "screen-lock=no", "--no-input"])
    assert result.exit_code == 1, result.output
    assert "Question 11 of 11" not in result.output  # answered from --set: nothing asked
    # A long temporary path may be folded anywhere, even inside itself: compare without spaces.
    said = f"Some questions come from {tmp_path / 'habits.yaml'}, not from walletsupport itself."
    assert "".join(said.split()) in "".join(result.output.split())
    assert "[✗] Screen lock — no screen lock" in result.output
    assert "10 of 11 good; 1 at risk." in result.output


def test_shipped_scenarios_still_pass_with_an_operators_habit_and_its_own_scenarios(
        tmp_path: Path) -> None:
    (tmp_path / "habits.yaml").write_text(EXTENSION, encoding="utf-8")
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "habits.yaml").write_text(textwrap.dedent("""\
        checkup: checkup
        scenarios:
          - {name: locked, answers: {screen-lock: yes}, expect: {summary: {good: 1}, exit: 0}}
          - {name: open, answers: {screen-lock: no}, expect: {marks: {screen-lock: at-risk}}}
          - {name: unsure, answers: {screen-lock: unsure}, expect: {exit: 0}}
        """), encoding="utf-8")
    result = runner.invoke(app, ["--flows-dir", str(tmp_path), "flows", "test"])
    assert result.exit_code == 0, result.output
    assert "coverage checkup: 35/35 answers, 29/29 marks" in result.output


def test_an_extension_habit_with_a_built_in_id_replaces_it_in_place(tmp_path: Path) -> None:
    (tmp_path / "habits.yaml").write_text(EXTENSION.replace("id: screen-lock", "id: sim-pin"),
                                          encoding="utf-8")
    habits = load_catalog([tmp_path]).checkups["checkup"].habits
    assert [h.id for h in habits] == list(HABITS)
    assert habits[-1].title == {"en": "Screen lock", "zh": "锁屏"}


def test_a_broken_extension_stops_the_check_up_with_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "habits.yaml").write_text(EXTENSION.replace("mark: at-risk", "mark: bad"),
                                          encoding="utf-8")
    result = _run(["--flows-dir", str(tmp_path), "checkup", "--no-input"])
    assert result.exit_code == 1
    assert f"{tmp_path / 'habits.yaml'}:11: habit screen-lock: answer no: mark must be" \
        in result.output
    assert "Traceback" not in result.output


def test_an_extension_validates_on_its_own(tmp_path: Path) -> None:
    (tmp_path / "habits.yaml").write_text(EXTENSION, encoding="utf-8")
    result = runner.invoke(app, ["flows", "validate", str(tmp_path / "habits.yaml")])
    assert result.exit_code == 0, result.output
    assert "no problems" in result.output


def test_content_packages_add_habits_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "mywallet_content" / "flows"
    folder.mkdir(parents=True)
    (folder / "habits.yaml").write_text(EXTENSION, encoding="utf-8")
    monkeypatch.setattr("walletsupport.diagnosis.content.content_folders",
                        lambda kind: [("mywallet-content", folder)] if kind == "flows" else [])
    checkup = load_catalog().checkups["checkup"]
    assert checkup.habits[-1].id == "screen-lock"
    assert checkup.habits[-1].source == "package mywallet-content"
    assert checkup.outside == (str(folder / "habits.yaml"),)


def test_an_extension_of_an_unknown_check_up_is_reported(tmp_path: Path) -> None:
    (tmp_path / "habits.yaml").write_text(EXTENSION.replace("extends: checkup",
                                                            "extends: nowhere"),
                                          encoding="utf-8")
    result = runner.invoke(app, ["--flows-dir", str(tmp_path), "flows", "validate"])
    assert result.exit_code == 1
    assert "habits.yaml:1: check-up: extends 'nowhere', which no check-up file defines " \
        "(known: checkup)" in result.output


def test_diagnosing_the_check_up_points_to_its_command() -> None:
    result = _run(["diagnose", "checkup"])
    assert result.exit_code == 2
    assert "'checkup' is a security check-up, not a problem to diagnose: run " \
           "'walletsupport checkup'." in result.output


def test_an_unknown_check_up_lists_the_known_ones_and_exits_2() -> None:
    result = _run(["checkup", "nope"])
    assert result.exit_code == 2
    assert "Unknown check-up 'nope'. Known check-ups: checkup" in result.output


# -- the result -----------------------------------------------------------------------


@pytest.mark.parametrize(("counts", "en", "zh"), [
    ({"good": 7, "could-be-better": 2, "at-risk": 1},
     "7 of 10 good; 1 at risk; 2 could be better.",
     "10 项中 7 项良好，1 项有风险，另有 2 项有待改进。"),
    ({"good": 10}, "10 of 10 good; nothing at risk.", "10 项中 10 项良好，没有风险项。"),
    ({"good": 0, "could-be-better": 4, "at-risk": 6}, "0 of 10 good; 6 at risk; 4 could be better.",
     "10 项中 0 项良好，6 项有风险，另有 4 项有待改进。"),
])
def test_summary_line(counts: dict[str, int], en: str, zh: str) -> None:
    assert summary_text(counts, "en") == en
    assert summary_text(counts, "zh") == zh


@pytest.mark.parametrize("plain", [False, True])
def test_nothing_at_risk_is_said_once_in_chinese(plain: bool) -> None:
    # The summary line ends 没有风险项; the verdict under it goes straight to what to do.
    answers = dict(GOOD, **{"payment-alerts": "unsure"})
    screen = _screen(answers, "zh", 80, plain=plain)
    assert "另有 1 项有待改进。" in screen
    assert screen.count("没有风险项") == 1, screen


def _screen(answers: dict[str, str], lang: str, width: int, plain: bool = False) -> str:
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system=None, highlight=False, emoji=False)
    render_checkup_result(console, assess(_checkup(), answers), lang, plain=plain)
    return buffer.getvalue()


def _check(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"{path} is missing: run with UPDATE_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("width", [60, 80, 100])
def test_result_screen_golden(lang: str, width: int) -> None:
    text = _screen(SEVEN, lang, width)
    from walletsupport.wrapping import display_width

    assert all(display_width(line) <= width for line in text.splitlines())
    _check(f"checkup-{lang}-{width}.txt", text)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_plain_result_golden_spells_the_marks_out(lang: str) -> None:
    text = _screen(SEVEN, lang, 80, plain=True)
    for symbol in ("✓", "✗", "[!]"):
        assert symbol not in text
    words = {"en": ("Good: ", "Could be better: ", "At risk: "),
             "zh": ("【良好】", "【有待改进】", "【有风险】")}[lang]
    lines = text.splitlines()
    assert sum(line.startswith(words[0]) for line in lines) == 7
    assert sum(line.startswith(words[1]) for line in lines) == 2
    assert sum(line.startswith(words[2]) for line in lines) == 1
    _check(f"checkup-plain-{lang}.txt", text)


def test_every_mark_short_of_good_shows_its_fix_and_where_the_setting_is() -> None:
    text = _screen(SEVEN, "en", 200)
    assert "[✗] Phone number on the account — no longer yours" in text
    assert ("    How to fix it: Verification codes and reset links go to that number, so whoever "
            "has it now could take over the account.") in text
    assert "    Where: In the wallet app, Settings → Account (or Security) → Phone number." in text
    assert "[✓] Two-factor authentication — on, with an authenticator app or a security key" \
        in text
    good = text.split("[✓] Two-factor authentication")[1].splitlines()[1]
    assert good.startswith("[✓] Recovery phrase")  # no fix under a good habit


# -- the command ----------------------------------------------------------------------


@pytest.mark.parametrize(("answers", "code"), [
    (GOOD, 0),
    ({**GOOD, "two-factor": "sms", "sim-pin": "unsure"}, 0),  # could be better: still 0
    (SEVEN, 1),
    ({**GOOD, "remote-apps": "yes"}, 1),
])
def test_exit_status_is_1_only_when_something_is_at_risk(answers: dict[str, str],
                                                         code: int) -> None:
    result = _run(["checkup", *_sets(answers), "--no-input"])
    assert result.exit_code == code, result.output


def test_at_risk_offers_the_security_diagnosis_and_all_good_does_not() -> None:
    risky = _run(["checkup", *_sets(SEVEN), "--no-input"])
    assert "run:\n  walletsupport diagnose security\n" in risky.output
    assert "7 of 10 good; 1 at risk; 2 could be better." in risky.output
    fine = _run(["checkup", *_sets(GOOD), "--no-input"])
    assert "diagnose security" not in fine.output
    assert "10 of 10 good; nothing at risk." in fine.output
    chinese = _run(["--lang", "zh", "checkup", *_sets(SEVEN), "--no-input"])
    assert "请运行：\n  walletsupport diagnose security\n" in chinese.output
    assert "10 项中 7 项良好，1 项有风险，另有 2 项有待改进。" in chinese.output


def test_json_gives_the_machine_readable_result() -> None:
    result = _run(["checkup", *_sets(SEVEN), "--no-input", "--json"])
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert list(data) == ["schema_version", "lang", "checkup", "summary", "overall",
                          "exit_code", "habits"]
    assert data["summary"] == {"total": 10, "good": 7, "could-be-better": 2, "at-risk": 1,
                               "line": {"en": "7 of 10 good; 1 at risk; 2 could be better.",
                                        "zh": "10 项中 7 项良好，1 项有风险，另有 2 项有待改进。"}}
    assert data["overall"] == "at-risk" and data["exit_code"] == 1
    phone = next(h for h in data["habits"] if h["id"] == "phone-number")
    assert phone["answer"] == "no" and phone["mark"] == "at-risk"
    assert phone["fix"]["en"].startswith("Verification codes and reset links")
    assert phone["where"]["zh"] == "钱包 App 里的“设置 → 账户（或安全）→ 手机号”。"
    good = next(h for h in data["habits"] if h["id"] == "two-factor")
    assert good["mark"] == "good" and good["fix"] is None and good["where"] is None
    assert [h["id"] for h in data["habits"]] == list(HABITS)


def test_json_asks_on_stderr_so_stdout_stays_json() -> None:
    lines = "\n".join(["1", "1", "1", "2", "1", "1", "1", "1", "1", "1"]) + "\n"
    result = _run(["checkup", "--json"], lines)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["summary"]["good"] == 10
    assert "Question 1 of 10" in result.stderr


def test_answers_file_and_booleans(tmp_path: Path) -> None:
    path = tmp_path / "answers.yaml"
    path.write_text("\n".join(f"{k}: {'true' if v == 'yes' else 'false' if v == 'no' else v}"
                              for k, v in SEVEN.items()) + "\n", encoding="utf-8")
    result = _run(["checkup", "--answers", str(path), "--no-input", "--json"])
    assert result.exit_code == 1, result.output
    assert json.loads(result.stdout)["summary"]["at-risk"] == 1


@pytest.mark.parametrize("where", ["global", "command"])
def test_plain_spells_the_marks_out_from_either_place(where: str) -> None:
    args = ["checkup", *_sets(SEVEN), "--no-input"]
    args = ["--plain", *args] if where == "global" else [*args, "--plain"]
    result = _run(args)
    assert result.exit_code == 1
    assert "At risk: Phone number on the account — no longer yours" in result.output
    assert "Could be better: Public Wi-Fi — sometimes on public Wi-Fi" in result.output
    assert "Good: SIM card PIN — protected with a PIN" in result.output
    assert "✗" not in result.output and "✓" not in result.output


def test_no_input_names_the_missing_question() -> None:
    result = _run(["checkup", "--set", "two-factor=app", "--no-input"])
    assert result.exit_code == 1
    assert result.output == ("No answer given for question 'recovery-phrase' (Is your recovery "
                             "phrase (the 12 or 24 words) kept only offline, on paper or metal, "
                             "and never photographed, saved in the cloud or a chat, or typed "
                             "into a website?); --no-input forbids asking.\n")


def test_wrong_answers_are_refused_before_anything_is_asked(tmp_path: Path) -> None:
    result = _run(["checkup", "--set", "two-factor=maybe"])
    assert result.exit_code == 1
    assert "Answer for 'two-factor' from --set: 'maybe' is not one of the choices. " \
           "Allowed: app, sms, none, unsure" in result.output
    assert "Question 1 of 10" not in result.output
    unknown = _run(["checkup", "--set", "wifi=yes"])
    assert unknown.exit_code == 1
    assert "--set answers 'wifi', which check-up 'checkup' does not ask. Its questions: " \
           "two-factor, recovery-phrase" in unknown.output


def test_plain_prompts_number_the_answers_and_back_keeps_the_earlier_answer() -> None:
    lines = ["2", "<", "", "1", "1", "2", "1", "1", "1", "1", "1", "1", "n"]
    result = _run(["--plain", "checkup"], "\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    out = result.output
    assert ("Question 1 of 10: When you sign in, does the wallet ask for anything besides your "
            "password?\n  (This is two-factor authentication") in out
    assert "  2) Yes, a code sent by text message" in out
    assert "  0) Back to the previous question" in out
    assert "(your earlier answer: Yes, a code sent by text message; press Enter to keep it)" in out
    assert "Could be better: Two-factor authentication — on, but with text-message codes" in out
    assert "9 of 10 good; nothing at risk; 1 could be better." in out
    assert "Keep this result as a case" in out


@pytest.mark.parametrize("no_color", [False, True])
def test_colour_only_repeats_what_the_marks_say(no_color: bool) -> None:
    buffer = io.StringIO()
    console = Console(file=buffer, width=80, force_terminal=True, color_system="truecolor",
                      no_color=no_color, highlight=False, emoji=False)
    render_checkup_result(console, assess(_checkup(), SEVEN), "en")
    raw = buffer.getvalue()
    shown = ANSI.sub("", raw)
    assert "[✗] Phone number on the account — no longer yours" in shown
    assert "[!] Public Wi-Fi — sometimes on public Wi-Fi" in shown
    assert "[✓] Signed-in devices — reviewed recently" in shown
    colour = re.compile(r"\x1b\[(?:[0-9]+;)*3[0-9](?:;[0-9]+)*m")
    assert bool(colour.search(raw)) is not no_color


def test_no_color_in_the_environment_reaches_the_screen() -> None:
    from walletsupport.environment import Environment

    assert Environment(environ={"NO_COLOR": "1"}).console().no_color
    result = _run(["checkup", *_sets(SEVEN), "--no-input"], NO_COLOR="1")
    assert not ANSI.search(result.output)
    assert "[!] Public Wi-Fi — sometimes on public Wi-Fi" in result.output


def test_the_result_can_be_saved_as_a_case_and_exported() -> None:
    result = _run(["checkup", *_sets(SEVEN), "--save"])
    assert result.exit_code == 1
    assert "Saved as case 1. Export it: walletsupport export 1" in result.output
    listed = _run(["cases", "list"])
    assert re.search(r"1\s+2026-11-25 10:00\s+Security check-up\s+At risk\s+open", listed.output)
    shown = _run(["cases", "show", "1"])
    assert "✗ At risk: Phone number on the account — no longer yours" in shown.output
    markdown = _run(["export", "1"]).output
    assert "**Habits**" in markdown
    assert "- ✗ At risk: Phone number on the account — no longer yours" in markdown
    assert "  - How to fix it: Verification codes" in markdown
    assert "- **Outcome**: At risk — 7 of 10 good; 1 at risk; 2 could be better." in markdown
    assert "- **Checked**: 2026-11-25 10:00 UTC+08:00" in markdown
    text = _run(["--lang", "zh", "export", "1", "-f", "text"]).output
    assert "* ✗【有风险】账户绑定的手机号——已经不是本人在用" in text
    assert all(len(line) <= 72 for line in text.splitlines())
    data = json.loads(_run(["export", "1", "-f", "json"]).output)
    assert data["kind"] == "checkup" and data["outcome"] == "at-risk"
    assert data["checkup"]["summary"]["at-risk"] == 1
    assert [a["value"] for a in data["answers"]] == list(SEVEN.values())


def test_saving_is_offered_and_a_closed_input_means_not_now() -> None:
    answers = _sets(GOOD)
    kept = _run(["checkup", *answers], "y\n")
    assert "Saved as case 1" in kept.output
    closed = _run(["checkup", *answers], "")
    assert closed.exit_code == 0
    assert "Saved as case" not in closed.output
    assert _run(["cases", "list"]).output.count("Security check-up") == 1


def test_diagnosis_json_says_its_kind() -> None:
    from .test_cli_diagnose import LIMIT_LINES

    _run(["--profile", "generic", "diagnose", "failed-withdrawal"],
         "\n".join(LIMIT_LINES) + "\n")
    assert json.loads(_run(["export", "-f", "json"]).output)["kind"] == "diagnosis"


# -- linked from the security flow ----------------------------------------------------


@pytest.mark.parametrize("node", ["protect-advice", "secure-now", "scam-advice"])
def test_every_security_path_offers_the_check_up_in_both_languages(node: str) -> None:
    from walletsupport.diagnosis.model import Advice

    advice = load_catalog().flows["security"].nodes[node]
    assert isinstance(advice, Advice)
    from walletsupport.diagnosis.engine import evaluate

    offers = [s for s in advice.steps if "walletsupport checkup" in pick(s.text, "en")]
    # Whoever holds the keys (MetaMask: only the user; Alipay: the company; or no wallet
    # chosen), exactly one step offers it, in both languages.
    for facts in ({"wallet-custody": "self"}, {"wallet-custody": "provider"}, {}):
        shown = [s for s in offers if evaluate(s.when, facts)]
        assert len(shown) == 1, (facts, [s.id for s in shown])
        assert "walletsupport checkup" in pick(shown[0].text, "zh")


def test_the_security_diagnosis_ends_by_naming_the_check_up() -> None:
    lines = ["5", "1", "2", "4"]  # protect; two-factor; text codes; no export
    result = _run(["--plain", "--profile", "generic", "diagnose", "security"],
                  "\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    assert 'run "walletsupport checkup" (about two minutes)' in " ".join(
        result.output.replace("│", " ").split())


def test_docs_describe_the_check_up() -> None:
    root = FLOWS.parent
    flows_doc = (root / "docs" / "flows.md").read_text(encoding="utf-8")
    assert "kind: checkup" in flows_doc and "extends: checkup" in flows_doc
    checkup_doc = (root / "docs" / "checkup.md").read_text(encoding="utf-8")
    for key in ("exit_code", "could-be-better", "--answers", "--no-input", "--json"):
        assert key in checkup_doc
    example = textwrap.dedent(flows_doc.split("```yaml checkup-extension")[1].split("```")[0])
    data = load_file_text(example)
    jsonschema.validate(data, flow_schema())


def load_file_text(text: str):
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.yaml"
        path.write_text(text, encoding="utf-8")
        return load_file(path)


def test_stopping_early_says_how_to_go_on_with_the_answers_so_far() -> None:
    result = _run(["--plain", "checkup", "--set", "sim-pin=no"], "2\nyes\n")
    assert result.exit_code == 1
    assert "Input ended before this question was answered: " in result.output
    assert "'official-app'" not in result.output  # an internal id means nothing to a reader
    assert ("to go on from here: walletsupport checkup --set sim-pin=no --set two-factor=sms "
            "--set recovery-phrase=yes") in result.output


def test_json_with_save_keeps_stdout_json() -> None:
    result = _run(["checkup", *_sets(GOOD), "--no-input", "--json", "--save"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["overall"] == "good"
    assert "Saved as case 1" in result.stderr


@pytest.mark.parametrize("width", [60, 100])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_folded_questions_use_the_width_and_leave_the_answer_room_on_the_last_line(
        width: int, lang: str) -> None:
    """Only the last line keeps room for the answer shown after it; the others fill the width
    (at 60 columns the questions broke at about 46, well short of the screen's edge)."""
    from walletsupport.checkup.run import _numbered, fold_question
    from walletsupport.wrapping import display_width

    checkup = load_catalog().get_checkup("checkup")
    room = width - 3  # "? " and the column prompt_toolkit leaves free
    widest = 0
    for number, habit in enumerate(checkup.habits, 1):
        asked = habit.question(_numbered(habit, number, len(checkup.habits)))
        lines = pick(fold_question(asked, width).prompt, lang).split("\n")
        assert all(display_width(line) <= room for line in lines)
        assert display_width(lines[-1]) <= room - 13
        assert "".join(line.strip() for line in lines).replace(" ", "") == pick(
            asked.prompt, lang).replace(" ", "")
        widest = max([widest, *(display_width(line) for line in lines[:-1])])
    assert widest > room - 13  # some line above the last reaches past the answer's room


# -- the wallet named: only habits it can have ------------------------------------------

#: What a self-custody wallet (MetaMask) has no account for, and what a wallet without a
#: recovery phrase (Alipay) cannot keep.
NO_ACCOUNT = ("two-factor", "payment-password", "phone-number", "login-devices")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_self_custody_wallet_is_not_asked_about_an_account_it_does_not_have(lang: str) -> None:
    asked = [h for h in HABITS if h not in NO_ACCOUNT]
    answers = {h: GOOD[h] for h in asked}
    result = _run(["--lang", lang, "--profile", "metamask", "checkup", *_sets(answers),
                   "--no-input", "--json"])
    assert result.exit_code == 0, result.output
    found = [f["id"] for f in json.loads(result.stdout)["habits"]]
    assert found == asked
    # Answers the wallet cannot have are set aside, not refused (a file kept for all wallets).
    every = _run(["--profile", "metamask", "checkup", *_sets(GOOD), "--no-input", "--json"])
    assert every.exit_code == 0, every.output
    assert [f["id"] for f in json.loads(every.stdout)["habits"]] == asked


def test_checkup_accepts_its_own_profile_option_as_diagnose_does() -> None:
    # Walk A2-12: docs/checkup.md promises a check-up "for a wallet named with --profile".
    asked = [h for h in HABITS if h not in NO_ACCOUNT]
    result = _run(["checkup", "--profile", "metamask", *_sets({h: GOOD[h] for h in asked}),
                   "--no-input", "--json"])
    assert result.exit_code == 0, result.output
    assert [f["id"] for f in json.loads(result.stdout)["habits"]] == asked


def test_a_wallet_without_a_recovery_phrase_is_not_asked_how_it_keeps_one() -> None:
    answers = {h: v for h, v in GOOD.items() if h != "recovery-phrase"}
    result = _run(["--profile", "alipay", "checkup", *_sets(answers), "--no-input", "--json"])
    assert result.exit_code == 0, result.output
    assert [f["id"] for f in json.loads(result.stdout)["habits"]] == [
        h for h in HABITS if h != "recovery-phrase"]


def test_with_no_wallet_named_every_habit_is_asked() -> None:
    missing = {h: v for h, v in GOOD.items() if h != "two-factor"}
    result = _run(["checkup", *_sets(missing), "--no-input"])
    assert result.exit_code != 0
    assert "two-factor" in result.output


def test_the_plain_check_up_for_metamask_numbers_only_what_it_asks() -> None:
    asked = [h for h in HABITS if h not in NO_ACCOUNT]
    typed = "\n".join("1" for _ in asked) + "\n" + "n\n"
    result = _run(["--plain", "--profile", "metamask", "checkup"], typed)
    assert f"Question 1 of {len(asked)}:" in result.output
    assert "of 10" not in result.output
    assert "sign in" not in result.output  # the two-factor question


def test_a_habits_when_may_test_only_the_wallets_facts(tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    path.write_text(HEAD.replace("  - id: lock\n", "  - id: lock\n    when: {lock: yes}\n")
                    + "      - {id: yes, mark: good, status: {en: set, zh: 开}}\n"
                      "      - {id: no, mark: good, status: {en: unset, zh: 关}}\n",
                    encoding="utf-8")
    errors = [str(p).replace(str(tmp_path) + "/", "") for p in load_catalog(paths=[path]).errors]
    assert any(e.startswith("t.yaml:7: habit lock: a habit's when can test only the wallet's "
                            "facts") for e in errors), errors


def test_a_habits_when_survives_the_catalog_cache(tmp_path: Path) -> None:
    cold = load_catalog().checkups["checkup"]
    warm = load_catalog().checkups["checkup"]
    assert cold.habit("two-factor").when is not None  # type: ignore[union-attr]
    assert warm.habit("two-factor").when == cold.habit("two-factor").when  # type: ignore[union-attr]
    facts = {"wallet-custody": "self", "wallet-recovery-phrase": True}
    assert [h.id for h in warm.for_wallet(facts).habits] == [
        h for h in HABITS if h not in NO_ACCOUNT]


def test_a_self_custody_wallet_is_not_offered_that_a_company_holds_its_keys() -> None:
    # MetaMask was offered "There's none; a company holds my money" for the recovery
    # phrase, and it was marked good (issue 12 re-walk).
    typed = "\n".join("1" for _ in HABITS) + "\n" + "n\n"
    result = _run(["--plain", "--profile", "metamask", "checkup"], typed)
    assert "a company holds my money" not in result.output
    answers = {h: GOOD[h] for h in HABITS if h not in NO_ACCOUNT}
    refused = _run(["--profile", "metamask", "checkup",
                    *_sets({**answers, "recovery-phrase": "no-phrase"}), "--no-input"])
    assert refused.exit_code == 1, refused.output
    assert "'no-phrase' is not one of the choices" in refused.output
    assert "Security check-up" not in refused.output  # refused before anything is shown
    binance = _run(["--plain", "--profile", "binance", "checkup"], typed)
    assert "a company holds my money" in binance.output
