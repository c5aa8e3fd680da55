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
