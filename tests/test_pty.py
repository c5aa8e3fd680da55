"""The real thing: the installed command in a pseudo-terminal, driven with keys like a person.

These tests drive questionary's own prompts (arrow keys, Enter, space, Back,
Ctrl-C) and read what the screen shows. They are kept for what needs a real
terminal: a whole walk, Ctrl-C, terminal detection, Chinese, a refusal seen before
the next key. Most prompt behaviour is tested in-process in `test_arrow_keys.py`.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pexpect
import pytest

pytestmark = pytest.mark.pty

COMMAND = str(Path(sys.executable).parent / "walletsupport")
DOWN, ENTER, SPACE, CTRL_C = "\x1b[B", "\r", " ", "\x03"
ANSI = re.compile(r"\x1b\[[0-9;?]*[a-zA-Z]")


@pytest.fixture
def spawn(tmp_path: Path):
    children: list[pexpect.spawn] = []

    def start(*args: str, lang: str = "en", **extra: str) -> pexpect.spawn:
        env = dict(os.environ, TERM="xterm-256color", WALLETSUPPORT_DATA_DIR=str(tmp_path),
                   WALLETSUPPORT_CONFIG_DIR=str(tmp_path / "config"), LANG="C.UTF-8",
                   WALLETSUPPORT_NOW="2026-11-25T10:00:00+08:00", NO_COLOR="1",
                   WALLETSUPPORT_PROFILE="generic")  # the wallet decided: not asked
        env.pop("WALLETSUPPORT_PLAIN", None)
        env.update(extra)
        env.pop("COLUMNS", None)
        env.pop("LINES", None)
        child = pexpect.spawn(COMMAND, ["--lang", lang, *args], env=env, encoding="utf-8",
                              dimensions=(50, 100), timeout=20)
        children.append(child)
        return child

    yield start
    for child in children:
        child.close(force=True)


def _finish(child: pexpect.spawn) -> int:
    child.expect(pexpect.EOF)
    child.close()
    return child.exitstatus if child.exitstatus is not None else 128 + child.signalstatus


def _answer_text(child: pexpect.spawn, prompt: str, text: str) -> None:
    child.expect_exact(prompt)
    child.send(text + ENTER)


def test_arrow_keys_enter_and_text_reach_the_closing_screen(spawn) -> None:
    child = spawn("diagnose", "failed-withdrawal")
    child.expect_exact("What happened to the withdrawal?")
    child.expect_exact("(arrow keys, then Enter)")
    child.send(ENTER)                                   # rejected
    _answer_text(child, "What exactly did the message say?", "E1021 daily limit exceeded")
    child.expect_exact("Where were you withdrawing to?")
    child.expect_exact("← Back")
    child.send(ENTER)                                   # bank card
    _answer_text(child, "Which bank or service", "ICBC 4821")
    child.expect_exact("Have you compared the withdrawal details")
    child.send(ENTER)                                   # Yes
    _answer_text(child, "How much did you try to withdraw", "5,000 CNY")
    child.expect_exact("withdrawal limits?")
    child.send(DOWN + ENTER)                            # over a limit
    child.expect_exact("anything unusual about your account?")
    child.send(ENTER)                                   # normal
    _answer_text(child, "When did you submit the withdrawal?", "2026-11-24 15:30 UTC+8")
    _answer_text(child, "order or transaction number", "")
    child.expect_exact("What have you already tried?")
    child.send(SPACE + DOWN + DOWN + SPACE + ENTER)     # retried + asked the bank
    child.expect_exact("The amount is over a limit.")
    child.expect_exact("Check your answers before the outcome:")
    child.expect_exact("Looks right, show the result")
    child.send(ENTER)
    child.expect_exact("Outcome: Wait and check again.")   # stopped by a limit: not resolved
    child.expect_exact("If it is still not sorted by then, contact your wallet's official support")
    child.expect_exact("Saved as case 1")
    child.expect_exact("Copy or save the summary for support now?")
    child.send(DOWN + DOWN + DOWN + ENTER)              # Not now
    assert _finish(child) == 0


def test_empty_required_text_is_refused_with_a_reason(spawn) -> None:
    child = spawn("diagnose", "failed-withdrawal", "--set", "what-happened=pending",
                  "--set", "destination=bank-card", "--set", "destination-detail=CMB 1",
                  "--set", "details-checked=yes", "--set", "amount=1", "--set", "limits=within",
                  "--set", "account-state=normal")
    child.expect_exact("When did you submit the withdrawal?")
    child.send(ENTER)
    child.expect_exact("An answer is needed here.")
    child.send("yesterday 10:00" + ENTER)
    child.expect_exact("compared with the processing time")
    child.send(CTRL_C)
    assert _finish(child) == 130


@pytest.mark.parametrize("at", ["select", "text"])
def test_ctrl_c_stops_with_one_line_and_exit_130(spawn, at: str) -> None:
    child = spawn("diagnose", "failed-withdrawal")
    child.expect_exact("What happened to the withdrawal?")
    if at == "text":
        child.send(ENTER)
        child.expect_exact("What exactly did the message say?")
        child.send("half typed")
    child.send(CTRL_C)
    child.expect(pexpect.EOF)
    lines = ANSI.sub("", child.before).strip().splitlines()
    # One message, broken between words at the terminal's width: its first line
    # starts with the stop, and every line after it belongs to the same message.
    start = max(i for i, line in enumerate(lines) if line.startswith("Stopped;"))
    message = " ".join(line.strip() for line in lines[start:])
    assert message.startswith("Stopped; nothing was sent anywhere.")
    if at == "text":  # an answer was given: the draft is kept, and the way back is named whole
        assert re.search(r"'walletsupport diagnose --resume \d+' continues where you "
                         r"stopped\.$", message), message
    assert "Traceback" not in child.before
    child.close()
    assert child.exitstatus == 130


def test_ctrl_c_at_the_closest_matches_keeps_the_words_typed(spawn, tmp_path: Path) -> None:
    from walletsupport.cases.store import CaseStore

    child = spawn("diagnose", lang="zh")
    child.expect_exact("遇到了什么问题？")
    child.send("提现到银行卡三天了还没到账，验证码 739201" + ENTER)
    child.expect_exact("下面几项最接近")
    child.send(CTRL_C)
    child.expect(pexpect.EOF)
    message = " ".join(ANSI.sub("", child.before).split())
    assert "已中断，没有发送任何内容。" in message
    assert "'walletsupport diagnose --resume 1'" in message  # said on the Ctrl-C line
    assert "Traceback" not in child.before
    child.close()
    assert child.exitstatus == 130
    with CaseStore(tmp_path) as store:
        (draft,) = store.drafts()
    assert draft.description == "提现到银行卡三天了还没到账，验证码 [已移除验证码]"


def test_chinese_prompts_in_a_terminal(spawn) -> None:
    child = spawn("diagnose", lang="zh")
    child.expect_exact("遇到了什么问题？")
    child.expect_exact("用自己的话描述问题")
    child.send(CTRL_C)
    child.expect_exact("已中断，没有发送任何内容。")
    assert _finish(child) == 130


@pytest.mark.parametrize("extra", [{"TERM": "dumb"}, {"WALLETSUPPORT_PLAIN": "1"},
                                   {"WALLETSUPPORT_PLAIN": "yes"}])
def test_accessible_mode_without_a_flag_in_a_terminal(spawn, extra: dict[str, str]) -> None:
    """A screen reader or dumb terminal gets numbered prompts and no boxes, no flag needed."""
    child = spawn("diagnose", "failed-withdrawal", **extra)
    child.expect_exact("> ")
    screen = ANSI.sub("", child.before)
    assert re.search(r"^\s*1\) ", screen, re.MULTILINE), screen
    assert "\x1b[?" not in child.before  # no full-screen prompt_toolkit control codes
    child.sendcontrol("c")
    assert _finish(child) == 130


def test_plain_zero_keeps_arrow_key_prompts(spawn) -> None:
    child = spawn("diagnose", "failed-withdrawal", WALLETSUPPORT_PLAIN="0")
    child.expect_exact("(arrow keys, then Enter)")
    child.send(CTRL_C)
    assert _finish(child) == 130


def test_the_first_question_benchmark_runs_in_quick_mode() -> None:
    """benchmarks/first_question.py never rots: one pair in a pty, without a target."""
    import subprocess

    script = Path(__file__).resolve().parent.parent / "benchmarks" / "first_question.py"
    done = subprocess.run([sys.executable, str(script), "--quick"], capture_output=True,
                          text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "first question" in done.stdout


def test_enter_at_the_file_name_echoes_the_name_it_saves_under(spawn, tmp_path: Path,
                                                                monkeypatch) -> None:
    # Issue 12 walk: Enter saved walletsupport-case-1.md but the echo said "(skipped)".
    monkeypatch.chdir(tmp_path)
    child = spawn("diagnose", "locked-account", WALLETSUPPORT_PROFILE="metamask")
    child.expect_exact("Copy or save the summary for support now?")
    child.send("\x1b[A\x1b[A" + ENTER)                   # Save to a file
    child.expect_exact("Enter for walletsupport-case-1.md")
    child.send(ENTER)
    child.expect_exact("Summary saved to walletsupport-case-1.md")
    shown = ANSI.sub("", child.before)
    assert "(skipped)" not in shown, shown
    assert "File name for the summary walletsupport-case-1.md" in " ".join(shown.split()), shown
    assert _finish(child) == 0
    assert (tmp_path / "walletsupport-case-1.md").is_file()
