"""The one line breaker: plain and styled text break at the same places, by rich's widths."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.text import Text

from walletsupport.wrapping import display_width, wrap, wrap_styled

_CHINESE = ("账户被盗、出现陌生付款或遇到诈骗时，不必等到上班时间。"
            "无论几点，先在 App 里冻结账户，再联系客服。")


def test_widths_are_richs_cell_widths() -> None:
    for text in ("abc", "支付宝", "１２３", "e\u0301", "a\u200bb", _CHINESE):
        assert display_width(text) == cell_len(text)


def test_styled_text_breaks_where_plain_text_does_and_keeps_its_styles() -> None:
    text = Text.assemble(("Freeze ", "bold"), _CHINESE, (" 95188", "red"))
    lines = wrap_styled(text, 20)
    assert [line.plain for line in lines] == wrap(text.plain, 20)
    assert lines[0].spans and lines[0].spans[0].style == "bold"
    assert any(span.style == "red" for span in lines[-1].spans)
    # Chinese closing punctuation never starts a line.
    assert not any(line.plain[:1] in "，。、" for line in lines)


def test_blank_lines_stay() -> None:
    assert [t.plain for t in wrap_styled(Text("one\n\ntwo"), 10)] == ["one", "", "two"]


@given(st.text(alphabet=st.sampled_from(list("ab 支付宝，。(（）") + ["\n"]), max_size=60),
       st.integers(min_value=4, max_value=30))
def test_styled_lines_are_the_plain_lines(text: str, width: int) -> None:
    # The same lines; a styled line keeps the spaces as typed inside it.
    styled = [re.sub(r"\s+", " ", t.plain) for t in wrap_styled(Text(text), width)]
    assert styled == [re.sub(r"\s+", " ", line) for line in wrap(text, width)]


_TIMES = ("10点半", "下午3点45分", "上午10点半", "11月24日", "2026年11月24日", "3小时前",
          "晚上8点", "15:30")


def test_a_chinese_time_or_date_is_never_broken_across_lines() -> None:
    # "原话：昨天上午10点半" at 60 columns broke as "…10" / "点半…".
    echo = "2026-12-01 10:30（北京时间，原话：昨天上午10点半，下午3点45分又试了一次，" \
           "2026年11月24日也一样，3小时前还是不行，晚上8点再看，11月24日15:30）"
    for width in range(16, 70):  # from where the longest (2026年11月24日, 14 columns) fits
        lines = wrap(echo, width)
        assert "".join(lines).replace(" ", "") == echo.replace(" ", "")
        for token in _TIMES:
            assert any(token in line for line in lines), (width, token, lines)
        # closing punctuation still never starts a line, nor opening ends one
        assert not any(line[:1] in "，。）" for line in lines), lines
        assert not any(line[-1:] in "（" for line in lines), lines
    styled = [t.plain for t in wrap_styled(Text(echo), 30)]
    assert styled == wrap(echo, 30)


def test_the_chinese_echo_of_a_time_keeps_it_whole_at_60_columns() -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from walletsupport.diagnosis import dates

    now = datetime(2026, 12, 2, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    stored = dates.stored(dates.read_when("昨天上午10点半", now, "Asia/Shanghai"), "昨天上午10点半")
    shown = "发生时间：" + dates.display(stored, "zh")
    for width in range(20, 61):
        assert any("10点半" in line for line in wrap(shown, width)), wrap(shown, width)


def test_remembered_lines_are_a_new_list_each_time() -> None:
    """`wrap` remembers short texts' lines: a caller changing its list changes no later call."""
    first = wrap("one two three four", 9, first="- ", rest="  ")
    assert first == ["- one two", "  three", "  four"]
    first.append("changed")
    first[0] = "changed"
    assert wrap("one two three four", 9, first="- ", rest="  ") == ["- one two", "  three",
                                                                     "  four"]
    assert wrap("one two three four", 9) == ["one two", "three", "four"]  # width and
    assert wrap("one two three four", 14) == ["one two three", "four"]  # prefixes are keys
