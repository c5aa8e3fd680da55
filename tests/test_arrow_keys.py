"""Questionary's own prompts driven in-process through prompt_toolkit's pipe input.

The keys a person presses (arrow keys, Enter, space, Back, Ctrl-C) are written to a
pipe input before the command runs; prompt_toolkit keeps the keys one prompt does not
read for the next one (its type-ahead). The prompts draw on a VT100 output of 100x50
captured in memory, the rest of the command's output is CliRunner's. The real thing
in a pseudo-terminal (a whole walk, Ctrl-C, terminal detection, Chinese, and a refusal
that must be seen before the next key is typed) stays in `test_pty.py`; these tests
cover the prompt behaviour at a fraction of the cost. All keys arrive at once, so a
test here checks where the keys led, not a message shown between two of them.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.data_structures import Size
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output.vt100 import Vt100_Output
from typer.testing import CliRunner

from walletsupport.cli import app
from walletsupport.cli import diagnose as diagnose_cli
from walletsupport.environment import Environment
from walletsupport.prompting import QuestionaryPrompter

DOWN, UP, ENTER, SPACE, CTRL_C = "\x1b[B", "\x1b[A", "\r", " ", "\x03"
ANSI = re.compile(r"\x1b\[[0-9;?]*[a-zA-Z]")
NOW = "2026-11-25T10:00:00+08:00"


@dataclass
class Run:
    code: int
    screen: str   # what the prompts drew, control codes removed
    out: str      # standard output
    err: str      # standard error


@pytest.fixture
def keys(monkeypatch: pytest.MonkeyPatch):
    """Run walletsupport with `pressed` typed at its arrow-key prompts."""

    def run(pressed: str, *args: str, lang: str = "en", columns: int = 100, **env: str) -> Run:
        screen = io.StringIO()
        with create_pipe_input() as pipe:
            pipe.send_text(pressed)
            pipe.close()  # keys run out: the prompt ends (EOF) instead of waiting forever
            output = Vt100_Output(screen, lambda: Size(rows=50, columns=columns),
                                  term="xterm-256color", enable_cpr=False)
            monkeypatch.setattr(diagnose_cli, "_base_prompter",
                                lambda _env: QuestionaryPrompter(input=pipe, output=output))
            with create_app_session(input=pipe, output=output):
                result = CliRunner().invoke(
                    app, ["--lang", lang, *args],
                    env={"WALLETSUPPORT_NOW": NOW, "WALLETSUPPORT_PROFILE": "generic", **env})
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise result.exception
        return Run(result.exit_code, ANSI.sub("", screen.getvalue()), result.stdout,
                   result.stderr)

    return run


def in_order(text: str, *parts: str) -> None:
    """Each of `parts` appears in `text`, each after the one before."""
    at = 0
    for part in parts:
        found = text.find(part, at)
        assert found >= 0, f"{part!r} not found after position {at} in:\n{text[at:]}"
        at = found + len(part)


def test_review_fixes_a_wrong_answer_in_two_keystrokes(keys) -> None:
    """Notice a wrong answer on the review screen, pick it by its number, answer again."""
    run = keys(ENTER                                    # rejected
               + "E1021" + ENTER
               + ENTER                                  # bank card
               + "ICBC 4821" + ENTER
               + ENTER                                  # details checked: Yes
               + "5,000 CNY" + ENTER
               + DOWN + ENTER                           # over a limit: the wrong answer
               + ENTER                                  # account normal
               + "2026-11-24 15:30 UTC+8" + ENTER
               + ENTER                                  # no reference
               + SPACE + ENTER                          # tried: submitted again
               + "7" + ENTER                            # the two keystrokes
               + UP + ENTER                             # up from the earlier answer: within
               + ENTER                                  # the answers look right
               + DOWN + DOWN + DOWN + ENTER,            # not now
               "diagnose", "failed-withdrawal")
    assert run.code == 0, run.err
    in_order(run.screen, "What happened to the withdrawal?", "withdrawal limits?",
             "Check your answers before the outcome:", "withdrawal limits?",
             "Yes, it is within the limits", "Copy or save the summary for support now?")
    in_order(run.out, "Question 1 of about", "Question 3 of about", "Question 7 of about",
             "Outcome:")
    # The later answers still applied: the review came back after question 7, nothing else.
    assert run.out.count("Question 7 of about") == 2
    assert "Resolved. The limit" not in run.out


def test_back_returns_with_the_earlier_answer_selected(keys) -> None:
    run = keys(DOWN + DOWN + ENTER                      # not arrived
               + DOWN + DOWN + DOWN + ENTER             # past the separator to Back
               + ENTER                                  # the pre-selected answer, unchanged
               + CTRL_C, "diagnose", "failed-withdrawal")
    assert run.code == 130
    in_order(run.screen, "What happened to the withdrawal?", "Where were you withdrawing to?",
             "What happened to the withdrawal?",
             "The app says it succeeded, but the money hasn't arrived",
             "Where were you withdrawing to?")
    assert run.err.strip().splitlines()[-1].startswith("Stopped; nothing was sent anywhere.")


def test_ctrl_c_keeps_a_draft_that_resume_continues(keys) -> None:
    first = keys(DOWN + ENTER + CTRL_C, "diagnose", "failed-withdrawal")   # pending, then stop
    assert first.code == 130
    in_order(first.screen, "What happened to the withdrawal?", "Where were you withdrawing to?")
    assert "diagnose --resume" in first.err
    again = keys(CTRL_C, "diagnose", "--resume")
    assert again.code == 130
    assert "Continuing unfinished case 1" in again.out + again.err
    assert "Where were you withdrawing to?" in again.screen
    assert "What happened to the withdrawal?" not in again.screen


def test_a_new_run_at_a_terminal_offers_to_continue_the_half_done_one(keys, monkeypatch) -> None:
    """Starting the same problem again offers the draft; Enter goes on from where it stopped."""
    first = keys(DOWN + ENTER + CTRL_C, "diagnose", "failed-withdrawal")
    assert first.code == 130
    monkeypatch.setattr(Environment, "stdin_isatty", property(lambda _self: True))
    again = keys(ENTER + CTRL_C, "diagnose", "failed-withdrawal")
    assert again.code == 130
    in_order(again.screen, "You began on this problem earlier and answered 1 of its questions",
             "Continue where I left off", "Where were you withdrawing to?")
    assert "What happened to the withdrawal?" not in again.screen
    assert "Continuing unfinished case 1" in again.out + again.err
    listed = keys("", "cases", "list")
    assert listed.out.count("A withdrawal failed") == 1, listed.out  # one draft, not a second


def test_starting_again_keeps_the_earlier_draft_and_asks_from_the_top(keys, monkeypatch) -> None:
    keys(DOWN + ENTER + CTRL_C, "diagnose", "failed-withdrawal")
    monkeypatch.setattr(Environment, "stdin_isatty", property(lambda _self: True))
    again = keys(DOWN + ENTER + CTRL_C, "diagnose", "failed-withdrawal", lang="zh")
    assert again.code == 130
    in_order(again.screen, "你上次的这项诊断还没做完：已经答了 1 道题",
             "重新开始（上次那份仍会保留在记录列表里，记录号 1）", "提现")
    assert "继续未完成的记录" not in again.out + again.err


def test_piped_answers_are_never_asked_about_an_earlier_draft(keys) -> None:
    """Pipes and scripts keep their order of answers: no offer comes between them."""
    keys(DOWN + ENTER + CTRL_C, "diagnose", "failed-withdrawal")
    again = keys(CTRL_C, "diagnose", "failed-withdrawal")
    assert "You began on this problem earlier" not in again.screen
    assert "What happened to the withdrawal?" in again.screen


@pytest.mark.parametrize(("lang", "words", "match"), [
    ("en", "my withdrawal never arrived", "What happened to the withdrawal?"),
    ("zh", "提现一直没到账", "提现"),
])
def test_words_typed_at_the_problem_list_are_the_description(keys, lang, words,
                                                            match) -> None:
    """Typing at the list (instead of arrows) is not lost, and Enter does not pick the
    highlighted first problem: the words go on and are matched as a description."""
    run = keys(words + ENTER + ENTER + CTRL_C, "diagnose", lang=lang)
    assert run.code == 130
    screen = run.screen
    assert words in screen
    assert "(describe the problem, then Enter)" in screen or "（把问题写完，按回车）" in screen
    assert "These look closest" in screen or "下面几项最接近" in screen
    assert match in screen[screen.index(words):]
    # The first problem of the list (account security) was not taken by that Enter.
    assert "Account security" not in screen[screen.index(words):].split("\n")[0]


def test_describe_in_own_words(keys) -> None:
    # the last entry of the list is "Describe it in your own words": wrap round with Up
    run = keys(UP + ENTER + "my withdrawal never arrived" + ENTER + ENTER + CTRL_C, "diagnose")
    assert run.code == 130
    in_order(run.screen, "What is the problem?", "Describe it in your own words",
             "Describe the problem in a sentence", "These look closest. Which one fits?",
             "What happened to the withdrawal?")


def test_an_ambiguous_amount_is_confirmed_with_arrow_keys(keys) -> None:
    run = keys(DOWN + ENTER                             # withdrawal
               + ENTER                                  # estimate
               + "2.500 CNY" + ENTER                    # the amount needs its currency
               + DOWN + ENTER                           # 2,500
               + "千分之一" + ENTER
               + ENTER                                  # no minimum fee
               + ENTER                                  # the answers look right
               + DOWN + DOWN + DOWN + ENTER,            # not now
               "diagnose", "fees")
    assert run.code == 0, run.err
    in_order(run.screen, "Which fee is it about?", "What would you like to do?",
             "The amount of the top-up", "I read “2.500 CNY” as ¥2.50 (two point five). Right?",
             "No, I meant ¥2,500 (two thousand five hundred)", "What rate, in percent",
             "minimum fee per transaction", "Check your answers before the outcome:",
             "Copy or save the summary")
    assert "¥2,500 × 0.1% = ¥2.50" in run.out


def test_the_wallet_is_picked_with_arrow_keys_and_sets_the_closing_screen(keys,
                                                                          tmp_path: Path) -> None:
    """A new user with no profile is asked which wallet; the pick decides the channels shown."""
    import yaml

    from .test_cli_diagnose import ANSWERS

    answers = tmp_path / "answers.yaml"
    answers.write_text(yaml.safe_dump(dict(ANSWERS, timing="past-window"), allow_unicode=True),
                       encoding="utf-8")
    run = keys(DOWN + ENTER                             # Binance, second in the list
               + ENTER                                  # the answers look right
               + DOWN + DOWN + DOWN + ENTER,            # not now
               "diagnose", "failed-withdrawal", "--answers", str(answers),
               WALLETSUPPORT_PROFILE="")
    assert run.code == 0, run.err
    in_order(run.screen, "Which wallet or app is the problem with?", "I'd rather not say",
             "Looks right, show the result", "Copy or save the summary for support now?")
    in_order(" ".join(run.out.split()), "Contact Binance first by:", "1. Live chat, 24/7",
             "walletsupport contacts --profile binance")


def test_a_required_checkbox_keeps_its_keys_in_view_and_refuses_nothing(keys) -> None:
    run = keys(ENTER                                    # yes, I can sign in
               + ENTER                                  # nothing ticked: refused, still here
               + SPACE + ENTER                          # the first box, then Enter
               + CTRL_C,
               "diagnose", "security", "--profile", "generic",
               "--set", "concern=unknown-transactions")
    assert run.code == 130
    in_order(run.screen, "Can you still sign in to the account yourself?",
             "did any of these happen?", "Don't type any code or password here.",
             "(space to tick each one that applies, Enter to confirm, ← to go back)",
             # the answer written back in place of questionary's "done (1 selections)",
             # on a line of its own when it would not fit behind the question (at 100
             # columns the terminal cut it inside "verification")
             "? In the last few weeks, did any of these happen? (pick all that apply)\r\n"
             "  I read out or forwarded a verification code to someone")
    assert "done (" not in run.screen and "selections)" not in run.screen



def test_a_long_choice_wraps_under_itself_and_its_answer_is_written_back_whole(keys) -> None:
    # At 60 columns prompt_toolkit cut this choice after 被人, losing 改了, the words
    # that tell it apart; questionary's own echo of the answer was cut the same way.
    run = keys(DOWN + ENTER + CTRL_C, "diagnose", "security", "--profile", "alipay",
               lang="zh", columns=60)
    assert run.code == 130
    in_order(run.screen,
             " » 钱少了，或者有我没做过的交易\r\n"
             "   有人登录了我的账户，或者密码、手机号、邮箱、登录设备被人\r\n"
             "   改了\r\n",
             "? 你遇到的是哪种情况？\r\n"
             "  有人登录了我的账户，或者密码、手机号、邮箱、登录设备被人\r\n"
             "  改了\r\n",
             "? 你自己现在还能登录这个账户吗？")


def test_an_answer_too_long_for_its_question_line_goes_on_its_own_line(keys) -> None:
    # At 100 columns "? What's wrong with the top-up? The money left … wallet balanc|e
    # didn't go up" was cut inside "balance" by the terminal.
    run = keys(ENTER + CTRL_C, "diagnose", "top-up", "--profile", "binance")
    assert run.code == 130
    assert ("? What's wrong with the top-up?\r\n  The money left my bank, card or crypto"
            " wallet, but the wallet balance didn't go up\r\n") in run.screen


def test_the_key_hint_under_a_long_help_line_starts_a_line_of_its_own(keys) -> None:
    # The hint behind this help line was cut as "(arrow keys, th|en Enter)".
    run = keys(CTRL_C, "diagnose", "top-up", "--profile", "binance",
               "--set", "problem=not-credited", "--set", "method=crypto",
               "--set", "crypto-source=USDT", "--set", "memo-tag=missed",
               "--set", "bank-status=debited", "--set", "amount=100 USDT",
               "--set", "when=2026-11-24 10:00 UTC+8")
    assert run.code == 130
    in_order(run.screen, "Compared with the arrival time the top-up page promised",
             "says how long the method you chose takes.\r\n (arrow keys, then Enter)")


WITHDRAWAL_SET = ["--set", "what-happened=pending", "--set", "destination=bank-card",
                  "--set", "destination-detail=ICBC 4821", "--set", "details-checked=yes",
                  "--set", "amount=500 CNY", "--set", "limits=within",
                  "--set", "account-state=normal", "--set", "when=2026-11-20 10:00 UTC+8",
                  "--set", "timing=past-window", "--set", "reference=W123"]


def test_key_hints_wider_than_the_terminal_break_between_words(keys) -> None:
    # At 60 columns the review's hint was cut as "(Enter shows the res|ult; …" and the
    # checkbox's as "…, Enter to confirm, ← to g|o back)".
    run = keys(SPACE + ENTER + CTRL_C, "diagnose", "failed-withdrawal", "--profile", "generic",
               *WITHDRAWAL_SET, columns=60)
    assert run.code == 130
    in_order(re.sub(r"[ \r]*\r\n", "\r\n", run.screen),  # without a redrawn line's padding
             "? What have you already tried? (pick all that apply)\r\n"
             " (space to tick each one that applies, Enter to confirm, ←\r\n"
             " to go back)",
             "? Check your answers before the outcome:\r\n"
             " (Enter shows the result; to change an answer, press its\r\n"
             " key, then Enter)")


def test_a_person_at_a_terminal_is_told_apart_from_a_pipe() -> None:
    """What decides the offer of an unfinished diagnosis: a keyboard on standard input."""

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    closed = io.StringIO()
    closed.close()
    assert Environment(stdin=Tty(), stdout=Tty()).interactive
    assert Environment(stdin=Tty(), stdout=Tty()).stdin_isatty
    assert Environment(stdin=Tty(), stdout=io.StringIO()).stdin_isatty
    assert not Environment(stdin=io.StringIO(), stdout=Tty()).stdin_isatty
    assert not Environment(stdin=closed, stdout=Tty()).stdin_isatty


def test_enter_on_a_text_question_is_written_back_in_words_not_as_a_blank(keys) -> None:
    no_reference = WITHDRAWAL_SET[:-2]  # every answer but the reference
    assert no_reference[-1] == "timing=past-window"
    run = keys(ENTER + CTRL_C, "diagnose", "failed-withdrawal", "--profile", "generic",
               *no_reference)
    assert run.code == 130
    in_order(run.screen, "as its record in the wallet shows it", "(skipped)",
             "What have you already tried?")


def test_the_time_zone_question_breaks_between_words_at_60_columns(keys, monkeypatch) -> None:
    # On a UTC machine, at 60 columns, its key hint was cut as "(arro|w keys, then Enter)".
    from walletsupport.diagnosis import dates

    monkeypatch.setattr(dates, "_system_zone", lambda: "Etc/UTC")
    sets = [arg for pair in zip(WITHDRAWAL_SET[::2], WITHDRAWAL_SET[1::2], strict=True)
            if not pair[1].startswith("when=") for arg in pair]
    run = keys("3 weeks ago" + ENTER + CTRL_C, "diagnose", "failed-withdrawal",
               "--profile", "alipay", *sets, columns=60, TZ="",
               WALLETSUPPORT_NOW="2026-12-03T02:00:00+00:00")
    assert run.code == 130
    screen = re.sub(r"[ \r]*\r\n", "\r\n", run.screen)
    in_order(screen, "Which time zone are you in?", "\r\n (arrow keys, then Enter)")
    assert "(arro\r\n" not in screen


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_review_answer_is_written_back_without_its_key_hint(keys, lang: str) -> None:
    # Issue 12 walk (F33): at 60 columns the review's hint, broken under its question, was
    # part of the text questionary wrote back: "(Enter shows the result; to change an
    # answer, press its" stayed on screen above "Looks right, show the result".
    run = keys(SPACE + ENTER + ENTER + CTRL_C, "diagnose", "failed-withdrawal", "--profile",
               "generic", *WITHDRAWAL_SET, columns=60, lang=lang)
    assert run.code == 130
    screen = re.sub(r"[ \r]*\r\n", "\r\n", run.screen)
    title, ok = (("? Check your answers before the outcome:", "Looks right, show the result")
                 if lang == "en" else ("? 看结论之前，请核对你的回答：", "没问题，查看结果"))
    echoed = screen[screen.rindex(title):]
    assert echoed.split("\r\n")[0] in (f"{title} {ok}", title), echoed
    after = echoed.split(ok, 1)[0]
    assert "Enter" not in after and "回车" not in after, echoed
    assert ok in echoed


@pytest.mark.parametrize(("prompt", "whole"), [
    ("第 6/6 题：你手机里的 SIM 卡设置了 PIN\n  码吗？",
     "第 6/6 题：你手机里的 SIM 卡设置了 PIN 码吗？"),
    ("第 5/6 题：付款或转账时，你会避开公共 Wi-Fi（咖啡馆、机\n  场、酒店）吗？",
     "第 5/6 题：付款或转账时，你会避开公共 Wi-Fi（咖啡馆、机场、酒店）吗？"),
    ("Question 2 of 6: Did you install the wallet app from your\n  phone's official app store?\n"
     "\n  For example the App Store.", "Did you install the wallet app from your phone's "
                                      "official app store? Yes"),
])
def test_the_echo_of_a_folded_question_keeps_all_of_it(prompt: str, whole: str) -> None:
    # The check-up folds its questions to the terminal; the answer's echo kept only the
    # first line ("…你会避开公共 Wi-Fi（咖啡馆、机 是"), cutting the question mid-word.
    from walletsupport.prompting import _echo_answer

    screen = io.StringIO()
    output = Vt100_Output(screen, lambda: Size(rows=50, columns=100), term="xterm-256color",
                          enable_cpr=False)
    _echo_answer(prompt, "Yes" if prompt.startswith("Question") else "是", {"output": output})
    shown = " ".join(ANSI.sub("", screen.getvalue()).split())
    assert whole.replace(" ", "") in shown.replace(" ", "")
    assert "For example" not in shown  # the help under it is not part of the question
