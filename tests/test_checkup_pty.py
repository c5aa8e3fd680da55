"""`walletsupport checkup` in a pseudo-terminal, answered with arrow keys like a person."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pexpect
import pytest

pytestmark = pytest.mark.pty

COMMAND = str(Path(sys.executable).parent / "walletsupport")
DOWN, UP, ENTER, CTRL_C = "\x1b[B", "\x1b[A", "\r", "\x03"
ANSI = re.compile(r"\x1b\[[0-9;?]*[a-zA-Z]")


@pytest.fixture
def spawn(tmp_path: Path):
    children: list[pexpect.spawn] = []

    def start(*args: str, lang: str = "en", columns: int = 100) -> pexpect.spawn:
        env = dict(os.environ, TERM="xterm-256color", WALLETSUPPORT_DATA_DIR=str(tmp_path),
                   WALLETSUPPORT_CONFIG_DIR=str(tmp_path / "config"), LANG="C.UTF-8",
                   WALLETSUPPORT_NOW="2026-11-25T10:00:00+08:00", NO_COLOR="1",
                   PROMPT_TOOLKIT_NO_CPR="1")
        env.pop("COLUMNS", None)
        env.pop("LINES", None)
        child = pexpect.spawn(COMMAND, ["--lang", lang, *args], env=env, encoding="utf-8",
                              dimensions=(50, columns), timeout=20)
        children.append(child)
        return child

    yield start
    for child in children:
        child.close(force=True)


def _finish(child: pexpect.spawn) -> int:
    child.expect(pexpect.EOF)
    child.close()
    return child.exitstatus if child.exitstatus is not None else 128 + child.signalstatus


def test_ten_questions_with_arrow_keys_end_on_marks_fixes_and_a_saved_case(spawn) -> None:
    child = spawn("checkup", columns=60)
    child.expect_exact("Security check-up")
    child.expect_exact("Question 1 of 10")
    # The key hint follows the question's help, once, whole (its own line if need be).
    child.expect_exact("(arrow keys, then Enter)")
    assert "(arrow keys" not in child.before
    child.send(DOWN + ENTER)                     # two-factor: text-message codes
    child.expect_exact("Question 2 of 10")
    child.send(UP + ENTER)                       # wraps round to Back
    child.expect_exact("Question 1 of 10")
    child.send(ENTER)                            # the earlier answer, still selected
    child.expect_exact("Question 2 of 10")
    for _ in range(8):
        child.send(ENTER)                        # the first answer of each: yes
        child.expect(r"Question \d+ of 10")
    child.send(ENTER)                            # SIM PIN: yes
    child.expect_exact("Your check-up")
    child.expect_exact("[!] Two-factor authentication — on, but with text-message")
    child.expect_exact("How to fix it: Text-message codes can be stolen")
    child.expect_exact("[✗]")                   # drawn bold: the text follows its own codes
    child.expect_exact("Remote-control and screen-sharing apps — one is")
    child.expect_exact("8 of 10 good; 1 at risk; 1 could be better.")
    child.expect_exact("walletsupport diagnose security")
    child.expect_exact("Keep this result as a case")
    child.send(ENTER)                            # Yes
    child.expect_exact("Saved as case 1. Export it: walletsupport export 1")
    assert _finish(child) == 1                   # something is at risk


def test_chinese_check_up_and_ctrl_c(spawn) -> None:
    child = spawn("checkup", lang="zh")
    child.expect_exact("账户安全自查")
    child.expect_exact("第 1/10 题：登录钱包时")
    child.expect_exact("要，用短信验证码")
    child.send(CTRL_C)
    child.expect_exact("已中断，没有发送任何内容。")
    assert "Traceback" not in ANSI.sub("", child.before or "")
    assert _finish(child) == 130
