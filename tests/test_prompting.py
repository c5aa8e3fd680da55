"""The prompters themselves: multi-selects that cannot be skipped by mistake, Back, yes/no.

Plain prompts are driven through string streams; questionary's checkbox through
prompt_toolkit's pipe input, pressing keys as a person would.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from walletsupport.diagnosis.model import Choice, Question
from walletsupport.diagnosis.session import validator_for
from walletsupport.prompting import BACK, PlainPrompter, QuestionaryPrompter, parse_confirm

CHOICES = (Choice("code", {"en": "A code", "zh": "验证码"}),
           Choice("link", {"en": "A link", "zh": "链接"}),
           Choice("phrase", {"en": "My phrase", "zh": "助记词"}))
REQUIRED = Question("asked", "multiselect",
                    {"en": "What did they ask for?", "zh": "对方要了什么？"},
                    help={"en": "Only tick what they asked.", "zh": "只需勾选对方要求的内容。"},
                    choices=CHOICES)
OPTIONAL = Question("tried", "multiselect", {"en": "What have you tried?", "zh": "试过哪些？"},
                    choices=CHOICES, optional=True)


def _plain(question: Question, typed: str, lang: str = "en", *, can_back: bool = False,
           default: Any = None) -> tuple[Any, str]:
    out = io.StringIO()
    prompter = PlainPrompter(io.StringIO(typed), out, echo=False)
    answer = prompter.ask(question, lang=lang, default=default, can_back=can_back,
                          validate=validator_for(question, lang))
    return answer, out.getvalue()


def test_plain_required_multiselect_refuses_enter_with_a_reason() -> None:
    answer, shown = _plain(REQUIRED, "\n2\n")
    assert answer == ["link"]
    assert "Nothing picked yet, and this question decides your advice" in shown


def test_plain_multiselect_keeps_the_key_hint_under_its_own_help_line() -> None:
    _, shown = _plain(REQUIRED, "1\n")
    assert "(Only tick what they asked.)" in shown
    assert "type the numbers of all that apply" in shown
    _, shown = _plain(REQUIRED, "1\n", "zh")
    assert "可多选：输入所有符合的编号" in shown


def test_plain_optional_multiselect_offers_none_of_these_explicitly() -> None:
    answer, shown = _plain(OPTIONAL, "\n4\n")
    assert "  4) None of these" in shown
    assert "or 4 for none of these" in shown  # Enter alone is not taken as "nothing"
    assert answer == []
    answer, shown = _plain(OPTIONAL, "1 4\n1, 3\n")
    assert '"None of these" cannot be ticked together' in shown
    assert answer == ["code", "phrase"]


def test_plain_multiselect_back_is_a_word_not_a_number_to_tick() -> None:
    _, shown = _plain(REQUIRED, "1\n", can_back=True)
    assert "0)" not in shown
    assert "type < to go back" in shown
    for word in ("<", "＜", "0", "返回"):
        answer, _ = _plain(REQUIRED, word + "\n", can_back=True)
        assert answer is BACK


def test_plain_full_width_back_goes_back_on_text_questions_too() -> None:
    question = Question("what", "text", {"en": "What happened?", "zh": "发生了什么？"})
    answer, _ = _plain(question, "＜\n", "zh", can_back=True)
    assert answer is BACK


def test_plain_confirm_reads_chinese_words_and_shows_a_chinese_mark() -> None:
    question = Question("ok", "confirm", {"en": "Can you sign in?", "zh": "还能登录吗？"})
    answer, shown = _plain(question, "能\n", "zh")
    assert answer is True
    assert "还能登录吗？（是/否）" in shown
    assert "(y/n)" not in shown
    answer, shown = _plain(question, "也许\n不能\n", "zh")
    assert answer is False
    assert "！只能回答“是”或“否”（也可以输入 y 或 n）。请重新输入。" in shown
    _, shown = _plain(question, "y\n", "en")
    assert "Can you sign in? (y/n)" in shown


@pytest.mark.parametrize(("word", "meaning"), [
    ("能", True), ("可以", True), ("对", True), ("是", True), ("好", True), ("行", True),
    ("不能", False), ("不可以", False), ("不对", False), ("否", False), ("不行", False),
    ("yes", True), ("no", False), ("maybe", None), ("也许", None)])
def test_yes_and_no_in_both_languages(word: str, meaning: bool | None) -> None:
    assert parse_confirm(word) is meaning


@contextmanager
def _keys(typed: str) -> Iterator[dict[str, Any]]:
    from prompt_toolkit.application import create_app_session
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    with create_pipe_input() as pipe:
        pipe.send_text(typed)
        pipe.close()  # keys run out: the prompt ends (EOF) instead of waiting forever
        output = DummyOutput()
        with create_app_session(input=pipe, output=output):
            yield {"input": pipe, "output": output}


DOWN, SPACE, ENTER, LEFT = "\x1b[B", " ", "\r", "\x1b[D"


def _checkbox(question: Question, typed: str, *, can_back: bool = False,
              default: Any = None, lang: str = "en") -> Any:
    with _keys(typed) as options:
        return QuestionaryPrompter(**options).ask(question, lang=lang, default=default,
                                                  can_back=can_back,
                                                  validate=validator_for(question, lang))


def test_checkbox_enter_with_nothing_ticked_is_refused_then_a_pick_is_taken() -> None:
    # Enter alone is refused; the prompt stays, space ticks the first, Enter confirms.
    assert _checkbox(REQUIRED, ENTER + SPACE + ENTER) == ("code",)


def test_checkbox_optional_none_of_these_records_an_explicit_empty_answer() -> None:
    # Enter alone is refused; "None of these" sits after the choices.
    assert _checkbox(OPTIONAL, ENTER + DOWN * 3 + SPACE + ENTER) == ()


def test_checkbox_none_of_these_cannot_go_with_a_choice() -> None:
    # Tick the first and "None of these": refused; untick "None of these", confirm.
    typed = SPACE + DOWN * 3 + SPACE + ENTER + SPACE + ENTER
    assert _checkbox(OPTIONAL, typed) == ("code",)


def test_checkbox_back_is_a_key_and_not_a_box() -> None:
    assert _checkbox(REQUIRED, LEFT, can_back=True) is BACK
    assert _checkbox(REQUIRED, "<", can_back=True) is BACK
    # Without a question to go back to, the key does nothing.
    assert _checkbox(REQUIRED, LEFT + SPACE + ENTER) == ("code",)


AMOUNT = Question("amount", "text", {"en": "How much was it?", "zh": "金额是多少？"})


@pytest.mark.parametrize("mark", ["<", "＜"])
def test_back_typed_into_a_prefilled_text_field_goes_back_and_is_never_stored(mark: str) -> None:
    # Walk B22: coming back, the field holds "42 USD"; the "<" typed lands at its end and
    # was stored as "42 USD<" while the flow moved forward.
    assert _checkbox(AMOUNT, mark + ENTER, can_back=True, default="42 USD") is BACK
    assert _checkbox(AMOUNT, mark + ENTER, can_back=True, default="昨天下午三点",
                     lang="zh") is BACK
    # Typed on an empty field it goes back as before; with nothing to go back to, it is text.
    assert _checkbox(AMOUNT, mark + ENTER, can_back=True) is BACK
    assert _checkbox(AMOUNT, "a" + mark + ENTER, can_back=True) == "a" + mark


def test_checkbox_coming_back_to_none_of_these_keeps_it_ticked() -> None:
    assert _checkbox(OPTIONAL, ENTER, default=()) == ()


def test_checkbox_back_at_none_of_these_a_ticked_choice_replaces_it() -> None:
    # Walk A16: back at "None of these", ticking a real choice was refused until the user
    # found and unticked "None of these"; now the new tick counts, in both directions.
    assert _checkbox(OPTIONAL, SPACE + ENTER, default=()) == ("code",)
    assert _checkbox(OPTIONAL, DOWN * 3 + SPACE + ENTER, default=("code",)) == ()


def test_no_input_skips_optional_questions_and_refuses_required_ones() -> None:
    from walletsupport.errors import WalletSupportError
    from walletsupport.prompting import ScriptedPrompter

    prompter = ScriptedPrompter({}, None, origin="--set")
    text = Question("ref", "text", {"en": "Order number (Enter skips)", "zh": "订单号"},
                    optional=True)
    for question, skipped in ((text, ""), (OPTIONAL, ())):
        assert prompter.ask(question, lang="en", default=None, can_back=False,
                            validate=validator_for(question, "en")) == skipped
    with pytest.raises(WalletSupportError) as caught:
        prompter.ask(REQUIRED, lang="en", default=None, can_back=False,
                     validate=validator_for(REQUIRED, "en"))
    assert "--no-input forbids asking" in caught.value.render("en")


@pytest.mark.parametrize("columns", [60, 80, 100])
def test_review_lines_fit_the_terminal_and_keep_the_answer(monkeypatch, columns: int) -> None:
    from walletsupport.prompting import _review_line
    from walletsupport.wrapping import display_width

    monkeypatch.setenv("COLUMNS", str(columns))
    long_prompt = ("Which bank or service, and only the LAST 4 digits of the account (never "
                   "the full number)? For crypto, the network and the address.")
    for prompt, answer, lang in [(long_prompt, "ICBC, card ending 4821", "en"),
                                 ("这是什么时候发生的，或者你什么时候发现的？",
                                  "2026-12-03 09:00（北京时间，原话：今天上午9点）", "zh")]:
        line = _review_line(prompt, answer, lang)
        assert display_width(line) <= columns - 8 + 1
        shown = line.split(" → ", 1)[1]
        assert answer.startswith(shown.rstrip("…"))  # cut only at the end, and marked
        assert len(shown.rstrip("…")) >= min(len(answer), 10)


LONG_TEXT = Question("where", "text", {
    "en": "Where did the money go? The account name and number, wallet address or user name "
          "you paid, copied from the transfer record.",
    "zh": "钱转到了哪里？请从转账记录里复制对方的户名和账号、钱包地址或用户名，"
          "警方需要凭它让银行止付。"},
    placeholder={"en": "e.g. ZHANG SAN, ICBC, the account number as the transfer record "
                       "shows it",
                 "zh": "例如：张三，工商银行，账号照转账记录抄写，或者对方的钱包地址"})
LONG_SELECT = Question("who", "select", {
    "en": "Who did they say they were, when they first wrote to you or called you?",
    "zh": "对方第一次联系你的时候，自称是什么人，是哪家机构的工作人员？"}, choices=CHOICES)


def _screen(question: Question, typed: str, lang: str, columns: int) -> str:
    import re

    from prompt_toolkit.application import create_app_session
    from prompt_toolkit.data_structures import Size
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output.vt100 import Vt100_Output

    screen = io.StringIO()
    with create_pipe_input() as pipe:
        pipe.send_text(typed)
        pipe.close()  # keys run out: the prompt ends (EOF) instead of waiting forever
        output = Vt100_Output(screen, lambda: Size(rows=40, columns=columns),
                              term="xterm-256color", enable_cpr=False)
        with create_app_session(input=pipe, output=output):
            QuestionaryPrompter(input=pipe, output=output).ask(
                question, lang=lang, default=None, can_back=True,
                validate=validator_for(question, lang))
    # Colours go; a cursor move ends a line (erasing the prompt moves up and rewrites).
    text = re.sub(r"\x1b\[[0-9;?]*m", "", screen.getvalue())
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "\n", text)


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("columns", [60, 100])
@pytest.mark.parametrize(("question", "typed"), [(LONG_TEXT, "TXYZ1234 on Tron\r"),
                                                 (LONG_SELECT, "\r")])
def test_questions_and_echoed_answers_break_between_words(lang: str, columns: int,
                                                          question: Question,
                                                          typed: str) -> None:
    import re

    from walletsupport.wrapping import display_width

    screen = _screen(question, typed, lang, columns)
    lines = re.split(r"\r\n|\r|\n", screen)
    # prompt_toolkit would cut a line at the edge, inside a word: every line fits instead
    assert all(display_width(line.rstrip()) <= columns for line in lines)
    # and no word is cut: read with line breaks as spaces, the question and its example
    # appear as written (a cut inside "record" reads "r ecord")
    if lang == "en":
        flowing = " ".join(screen.split())
        for text in (question.prompt["en"], (question.placeholder or {}).get("en", "")):
            assert " ".join(text.split()) in flowing, text
    elif question.placeholder is not None:  # Chinese breaks anywhere, but not "go back" apart
        assert "返回上一步" in screen
    # the answer written back keeps its words whole too
    echo = "TXYZ1234 on Tron" if question is LONG_TEXT else {"en": "A code", "zh": "验证码"}[lang]
    assert echo in screen


def test_plain_echo_masks_a_secret_typed_where_a_number_was_wanted() -> None:
    menu = Question("problem", "select", {"en": "What is the problem?", "zh": "遇到了什么问题？"},
                    choices=CHOICES)
    out = io.StringIO()
    prompter = PlainPrompter(io.StringIO("they asked for the code 482913\n1\n"), out, echo=True)
    answer = prompter.ask(menu, lang="en", default=None, can_back=False,
                          validate=validator_for(menu, "en"))
    assert answer == "code"
    assert "482913" not in out.getvalue()
    assert "they asked for the code" in out.getvalue()


# -- what a bad number and an optional question say -------------------------------------

MENU = Question("problem", "select", {"en": "What is the problem?", "zh": "遇到了什么问题？"},
                choices=CHOICES)


@pytest.mark.parametrize(("lang", "with_back", "without_back"), [
    ("en", "! Type a number from 1 to 3, or 0 to go back. Please try again.",
     "! Type a number from 1 to 3. Please try again."),
    ("zh", "！只能输入 1 到 3 之间的编号，或者输入 0 返回上一步。请重新输入。",
     "！只能输入 1 到 3 之间的编号。请重新输入。"),
])
def test_a_bad_number_names_0_where_the_menu_offers_0_to_go_back(lang, with_back,
                                                                 without_back) -> None:
    answer, out = _plain(MENU, "7\n0\n", lang, can_back=True)
    assert answer is BACK
    assert "  0) " in out and with_back in out
    answer, out = _plain(MENU, "7\n2\n", lang, can_back=False)
    assert answer == "link"
    assert "  0) " not in out and without_back in out


def _optional_questions() -> list[tuple[str, Question]]:
    from walletsupport.diagnosis.catalog import load_catalog

    catalog = load_catalog()
    found = []
    for flow_id in sorted(catalog.flows):
        for node in catalog.get(flow_id).nodes.values():
            if isinstance(node, Question) and node.optional and node.kind in (
                    "text", "number", "datetime"):
                found.append((flow_id, node))
    return found


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_optional_question_says_how_to_skip_once_in_one_wording(lang: str) -> None:
    """"(press Enter to skip)", never "(Enter to skip)" beside it or "leave it empty" too."""
    import re

    questions = _optional_questions()
    assert len(questions) >= 5
    skip = {"en": "press Enter to skip", "zh": "可直接回车跳过"}[lang]
    for flow_id, question in questions:
        _, out = _plain(question, "\n", lang)
        said = out.lower() if lang == "en" else out
        mentions = len(re.findall(r"enter|empty|回车|留空", said))
        assert mentions == 1, (flow_id, question.id, out)
        prompt = question.prompt[lang] if isinstance(question.prompt, dict) else question.prompt
        if not re.search(r"enter|回车", prompt, re.IGNORECASE):
            assert f"({skip})" in out or f"（{skip}）" in out, (flow_id, question.id, out)
        assert "(Enter to skip)" not in out and "没有可直接回车跳过" not in out


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_terminal_says_how_to_skip_an_optional_question_as_plain_lines_do(lang: str) -> None:
    question = Question("code", "text", {"en": "Which error code did it show?",
                                         "zh": "显示的错误代码是什么？"}, optional=True)
    screen = " ".join(_screen(question, "\r", lang, 100).split())
    assert {"en": "press Enter to skip", "zh": "可直接回车跳过"}[lang] in screen


# -- hints behind and under a question -------------------------------------------------


class _Size:
    def __init__(self, columns: int) -> None:
        self.columns = columns


class _Output:
    def __init__(self, columns: int) -> None:
        self.columns = columns

    def get_size(self) -> _Size:
        return _Size(self.columns)


@pytest.mark.parametrize("columns", range(40, 101))
def test_chinese_hint_pieces_stay_whole_at_every_width(columns: int) -> None:
    """“· 输入” and “< 返回上一步” never come apart at a line's end (they did at 60)."""
    from walletsupport.prompting import _hint_lines
    from walletsupport.wrapping import display_width

    options = {"output": _Output(columns)}
    pieces = ["例如：张三，工商银行，账号照转账记录抄写，或者对方的钱包地址",
              "可直接回车跳过", "输入 < 返回上一步"]
    lines = _hint_lines(pieces, options)
    assert all(display_width(line) <= columns - 1 for line in lines), lines
    assert not any(line.rstrip().endswith(("·", "<", "输入")) for line in lines), lines
    assert sum("· 输入 < 返回上一步" in line for line in lines) == 1, lines
    assert sum("· 可直接回车跳过" in line for line in lines) == 1, lines
    assert "".join(line.strip() for line in lines).replace(" ", "") == \
        "·".join(pieces).replace(" ", "")


def test_one_measure_for_what_fits_behind_a_question() -> None:
    """A list writes one space before its hint; a text prompt three around it (" q " " h ")."""
    from walletsupport.prompting import _fit_question, _fits_after

    options = {"output": _Output(41)}  # 40 columns to use, the last kept free
    question = "x" * 20  # with "? ": 22 columns
    assert _fits_after(question, "h" * 17, options)  # 22 + 1 + 17 = 40
    assert not _fits_after(question, "h" * 18, options)
    assert _fits_after(question, "h" * 15, options, prompt="text")  # 22 + 3 + 15 = 40
    assert not _fits_after(question, "h" * 16, options, prompt="text")
    # _fit_question asks the same measure: the hint goes under exactly when it does not fit.
    assert not _fit_question(question, "h" * 17, options).endswith("\n")
    assert _fit_question(question, "h" * 18, options).endswith("\n")
    # On a later line there is no "? " in front.
    assert _fits_after("q\n" + "y" * 22, "h" * 17, options)
    assert not _fits_after("q\n" + "y" * 23, "h" * 17, options)
