"""Numbers in answers and the small sums advice can show (a fee from an amount and a rate).

A `number` question takes what people type — "¥10,000", "10000 CNY", "1.5万",
"0.6%", "USD 300.50" — and `parse_number` reads the first number in it. An
advice node's `compute:` maps names to expressions over number answers and
earlier names, with + - * / and parentheses, `min(...)`, `max(...)`; step texts
show the results with `{name}` placeholders. Expressions are parsed with `ast`
and only those operations are allowed: nothing else can run.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal, DivisionByZero, InvalidOperation
from functools import cache

__all__ = [
    "ExpressionError",
    "evaluate",
    "fill",
    "format_number",
    "names_in",
    "parse_expression",
    "parse_number",
    "placeholders",
]

_NUMBER = re.compile(
    r"(?<![A-Za-z0-9_.])[-+]?\d[\d,，]*(?:\.\d+)?\s*(?:万|千|百|[kK](?![a-zA-Z]))?")
_MULTIPLIER = {"万": Decimal(10_000), "千": Decimal(1_000), "百": Decimal(100),
               "k": Decimal(1_000), "K": Decimal(1_000)}
_PLACEHOLDER = re.compile(r"\{([a-z0-9]+(?:[-_][a-z0-9]+)*)\}")
_FUNCTIONS = {"min": min, "max": max}
# A dash between a letter or digit and a letter joins a name (fixed-fee); elsewhere it subtracts.
_DASH_IN_NAME = re.compile(r"(?<=[A-Za-z0-9])-(?=[A-Za-z])")
_MAX_LENGTH = 200


class ExpressionError(ValueError):
    """An expression that is not one of the allowed sums."""


def parse_number(text: str) -> Decimal | None:
    """The first number in `text` ("¥1,250.50" → 1250.50, "1.5万" → 15000), or None."""
    match = _NUMBER.search(text.replace("\u00a0", " "))
    if match is None:
        return None
    raw = match.group(0).strip()
    multiplier = Decimal(1)
    if raw and raw[-1] in _MULTIPLIER:
        multiplier = _MULTIPLIER[raw[-1]]
        raw = raw[:-1].strip()
    digits = raw.replace(",", "").replace("，", "")
    try:
        return Decimal(digits) * multiplier
    except InvalidOperation:
        return None


def format_number(value: Decimal, places: int | None = 2) -> str:
    """1234.5 → "1,234.50"; with `places=None`, as few decimals as the value needs."""
    if places is None:
        if value == value.to_integral_value():
            return f"{int(value):,}"
        return f"{value.normalize():,f}"
    quantum = Decimal(1).scaleb(-places)
    return f"{value.quantize(quantum, rounding=ROUND_HALF_UP):,}"


@cache  # the engine re-reads a node's sums on every step; the trees are never changed
def parse_expression(source: str) -> ast.Expression:
    """Parse and check an expression; `ExpressionError` says what is not allowed."""
    if len(source) > _MAX_LENGTH:
        raise ExpressionError(f"the expression is longer than {_MAX_LENGTH} characters")
    try:
        tree = ast.parse(_DASH_IN_NAME.sub("_", source), mode="eval")
    except SyntaxError:
        raise ExpressionError(f"{source!r} is not a valid sum") from None
    for node in ast.walk(tree):
        if isinstance(node, (ast.Expression, ast.BinOp, ast.UnaryOp, ast.Load, ast.Add, ast.Sub,
                             ast.Mult, ast.Div, ast.USub, ast.UAdd, ast.Name)):
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not \
                isinstance(node.value, bool):
            continue
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
                node.func.id in _FUNCTIONS and not node.keywords and node.args:
            continue
        raise ExpressionError(f"{source!r} may only use numbers, names, + - * /, "
                              "parentheses, min() and max()")
    return tree


def _name(node: ast.Name) -> str:
    return node.id.replace("_", "-")


def names_in(tree: ast.Expression) -> set[str]:
    """The names an expression reads (function names excluded)."""
    called = {id(n.func) for n in ast.walk(tree) if isinstance(n, ast.Call)}
    return {_name(n) for n in ast.walk(tree) if isinstance(n, ast.Name) and id(n) not in called}


def evaluate(tree: ast.Expression, values: Mapping[str, Decimal]) -> Decimal | None:
    """The value of a checked expression, or None when a name has no value or it divides by 0."""
    try:
        return _eval(tree.body, values)
    except (KeyError, DivisionByZero, InvalidOperation, ZeroDivisionError):
        return None


def _eval(node: ast.expr, values: Mapping[str, Decimal]) -> Decimal:
    if isinstance(node, ast.Constant):
        return Decimal(str(node.value))
    if isinstance(node, ast.Name):
        return values[_name(node)]
    if isinstance(node, ast.UnaryOp):
        operand = _eval(node.operand, values)
        return -operand if isinstance(node.op, ast.USub) else operand
    if isinstance(node, ast.BinOp):
        left, right = _eval(node.left, values), _eval(node.right, values)
        if isinstance(node.op, ast.Add):
            return left + right
        if isinstance(node.op, ast.Sub):
            return left - right
        if isinstance(node.op, ast.Mult):
            return left * right
        return left / right
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        return _FUNCTIONS[node.func.id](_eval(arg, values) for arg in node.args)
    raise ExpressionError("not allowed")  # parse_expression keeps this from happening


def placeholders(text: str) -> set[str]:
    """The `{name}` placeholders in a text."""
    return set(_PLACEHOLDER.findall(text))


def fill(text: str, values: Mapping[str, str]) -> str:
    """Put the values into a text's `{name}` placeholders (unknown ones stay as written)."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)

