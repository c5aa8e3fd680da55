"""Numbers in answers and the sums advice shows: parsing, safe expressions, placeholders."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from walletsupport.diagnosis import engine
from walletsupport.diagnosis.arithmetic import (
    ExpressionError,
    evaluate,
    fill,
    format_number,
    names_in,
    parse_expression,
    parse_number,
)
from walletsupport.diagnosis.catalog import load_catalog
from walletsupport.diagnosis.engine import AnswerError
from walletsupport.diagnosis.loader import load_flow

from .conftest import examples


@pytest.mark.parametrize(("text", "value"), [
    ("¥10,000", "10000"), ("10000 CNY", "10000"), ("USD 300.50", "300.50"), ("0.6%", "0.6"),
    ("1.5万", "15000"), ("3千元", "3000"), ("2k", "2000"), ("10，000元", "10000"),
    ("百分之0.6", "0.6"), ("about 25 dollars", "25"),
])
def test_numbers_are_read_the_way_people_write_them(text: str, value: str) -> None:
    assert parse_number(text) == Decimal(value)


@pytest.mark.parametrize("text", ["", "abc", "E1021", "no idea", "twenty", "-5"])
def test_text_without_a_number(text: str) -> None:
    assert parse_number(text) is None


def test_formatting() -> None:
    assert format_number(Decimal("10000")) == "10,000.00"
    assert format_number(Decimal("0.005")) == "0.01"  # half up, as money is rounded
    assert format_number(Decimal("1E+4"), None) == "10,000"
    assert format_number(Decimal("1234.5000"), None) == "1,234.5"


def test_sums_and_names() -> None:
    tree = parse_expression("max(amount * rate / 100, minimum) + fixed-fee")
    assert names_in(tree) == {"amount", "rate", "minimum", "fixed-fee"}
    values = {"amount": Decimal(10000), "rate": Decimal("0.1"), "minimum": Decimal("0.1"),
              "fixed-fee": Decimal(2)}
    assert evaluate(tree, values) == Decimal("12.000")
    assert evaluate(parse_expression("amount - fixed-fee"), values) == Decimal(9998)
    assert evaluate(parse_expression("-amount + 1"), values) == Decimal(-9999)


def test_a_missing_value_or_division_by_zero_gives_no_result() -> None:
    assert evaluate(parse_expression("amount * rate"), {"amount": Decimal(1)}) is None
    assert evaluate(parse_expression("amount / rate"), {"amount": Decimal(1),
                                                         "rate": Decimal(0)}) is None


@pytest.mark.parametrize("source", [
    "__import__('os').system('id')", "amount.real", "open('x')", "amount ** 2",
    "amount if rate else 0", "[amount]", "'text'", "lambda: 1", "amount < rate",
    "min(amount, key=rate)", "True + 1", "1" * 201, "amount +", "",
])
def test_only_plain_sums_are_allowed(source: str) -> None:
    with pytest.raises(ExpressionError):
        parse_expression(source)


@settings(max_examples=examples(300), deadline=None)
@given(st.text(max_size=60))
def test_any_text_is_either_a_sum_or_an_expression_error(source: str) -> None:
    try:
        tree = parse_expression(source)
    except ExpressionError:
        return
    evaluate(tree, {})  # never raises: unknown names give None


numbers = st.integers(min_value=-10_000, max_value=10_000)


@st.composite
def sums(draw, depth: int = 0):
    if depth > 3 or draw(st.booleans()):
        value = draw(numbers)
        return str(value), Decimal(value)
    left, lv = draw(sums(depth + 1))
    right, rv = draw(sums(depth + 1))
    op = draw(st.sampled_from(["+", "-", "*", "max", "min"]))
    if op in ("max", "min"):
        return f"{op}({left}, {right})", (max if op == "max" else min)(lv, rv)
    spaced = f" {op} "
    result = {"+": lv + rv, "-": lv - rv, "*": lv * rv}[op]
    return f"({left}{spaced}{right})", result


@settings(max_examples=examples(200), deadline=None)
@given(sums())
def test_sums_compute_exactly(pair: tuple[str, Decimal]) -> None:
    source, expected = pair
    if len(source) > 200:
        return
    assert evaluate(parse_expression(source), {}) == expected


def test_fill_leaves_unknown_placeholders_alone() -> None:
    assert fill("fee {fee} of {amount} {other}", {"fee": "1.00", "amount": "100"}) == \
        "fee 1.00 of 100 {other}"


FLOW = """\
id: sums
title: {en: t, zh: 标题}
summary: {en: s, zh: 概述}
start: amount
nodes:
  amount:
    kind: number
    prompt: {en: Amount?, zh: 金额？}
    next: extra
  extra:
    kind: number
    optional: true
    prompt: {en: Extra?, zh: 额外？}
    next: tip
  tip:
    kind: advice
    compute:
      double: amount * 2
      total: double + extra
    steps:
      - {id: show-double, text: {en: "Twice is {double}.", zh: "两倍是 {double}。"}}
      - {id: show-total, text: {en: "Total {total}.", zh: "合计 {total}。"}}
    next: done
  done: {kind: end, outcome: resolved, message: {en: d, zh: 完}}
"""


def test_steps_show_sums_and_hide_when_a_value_is_missing(write_flow) -> None:
    flow, _ = load_flow(write_flow(FLOW))
    with pytest.raises(AnswerError) as caught:
        engine.apply_answer(flow, (), "lots")
    assert caught.value.code == "not-a-number"
    answers = engine.apply_answer(flow, (), "¥1,250.50")
    skipped = engine.result(flow, engine.apply_answer(flow, answers, ""))
    (shown,) = skipped.advice
    assert [s.id for s in shown.steps] == ["show-double"]
    assert shown.text(shown.steps[0], "en") == "Twice is ¥2,501.00."  # the currency is kept
    assert shown.text(shown.steps[0], "zh") == "两倍是 2,501.00 元。"
    full = engine.result(flow, engine.apply_answer(flow, answers, "10"))
    (both,) = full.advice
    assert [both.text(s, "en") for s in both.steps] == ["Twice is ¥2,501.00.",
                                                        "Total ¥2,511.00."]
    assert full.checklist == ()


def test_validator_names_unknown_sums_and_placeholders(write_flow) -> None:
    broken = FLOW.replace("total: double + extra", "total: double + tip-jar").replace(
        "Total {total}.", "Total {grand-total}.")
    path = write_flow(broken)
    problems = [str(p) for p in load_catalog(paths=[path]).problems]
    assert f"{path}:15: node 'tip': compute 'total' uses 'tip-jar', which is neither a number " \
           "question nor an earlier sum (write minus with spaces: a - b)" in problems
    assert f"{path}:22: node 'tip': step 'show-total' shows {{grand-total}}, which is neither " \
           "a number question nor one of the node's sums" in problems


def test_loader_refuses_an_unsafe_sum(write_flow) -> None:
    path = write_flow(FLOW.replace("amount * 2", "__import__('os')"))
    problems = [str(p) for p in load_catalog(paths=[path]).problems]
    assert problems == [f"{path}:18: node 'tip': compute 'double': \"__import__('os')\" may only "
                        "use numbers, names, + - * /, parentheses, min() and max()"]
