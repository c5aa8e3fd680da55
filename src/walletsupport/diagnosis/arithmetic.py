"""Numbers in answers and the small sums advice can show (a fee from an amount and a rate).

A `number` question takes what people type — "¥10,000", "2.500,50 €", "1.5万",
"千分之一", "USD 300.50" — read by `numbers.read_number`. An advice node's
`compute:` maps names to expressions over number answers and earlier names, with
+ - * / and parentheses, `min(...)`, `max(...)`; step texts show the results with
`{name}` placeholders. Expressions are parsed with `ast` and only those operations
are allowed: nothing else can run. Sums carry the currency of their amounts
(`Quantity`), and a sum that cannot be worked out says why (`SumError`) instead
of failing: too large, currencies that cannot be added, a division by zero.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Mapping
from decimal import Decimal, DecimalException, localcontext
from functools import cache

from ..frozen import frozen
from ..patterns import lazy
from .numbers import SumError, format_number

__all__ = [
    "ExpressionError",
    "Quantity",
    "SumError",
    "evaluate",
    "evaluate_quantity",
    "fill",
    "format_number",
    "names_in",
    "parse_expression",
    "parse_number",
    "placeholders",
]

#: A result larger than this is not shown: no fee or balance comes near it.
SUM_LIMIT = Decimal(10) ** 30
_PLACEHOLDER = re.compile(r"\{([a-z0-9]+(?:[-_][a-z0-9]+)*)\}")
_FUNCTIONS = {"min": min, "max": max}
# A dash between a letter or digit and a letter joins a name (fixed-fee); elsewhere it subtracts.
_DASH_IN_NAME = lazy(__name__, r"(?<=[A-Za-z0-9])-(?=[A-Za-z])")
_MAX_LENGTH = 200


class ExpressionError(ValueError):
    """An expression that is not one of the allowed sums; `msg` says why (worded at the edge)."""

    def __init__(self, key: str, **fields: object) -> None:
        from ..errors import Msg

        self.msg = Msg(key, **fields)
        super().__init__(str(self.msg))


@frozen
class Quantity:
    """A number with the currency it is in (None for plain numbers and rates)."""

    value: Decimal
    currency: str | None = None


def parse_number(text: str) -> Decimal | None:
    """The value of an answer ("¥1,250.50" → 1250.50, "1.5万" → 15000), or None.

    An ambiguous answer gives its likelier reading; answers are stored already
    resolved (see `numbers.canonical`), so stored ones never are.
    """
    from .numbers import NumberError, read_number

    try:
        return read_number(text)[0].value
    except NumberError:
        return None


@cache  # the engine re-reads a node's sums on every step; the trees are never changed
def parse_expression(source: str) -> ast.Expression:
    """Parse and check an expression; `ExpressionError` says what is not allowed."""
    if len(source) > _MAX_LENGTH:
        raise ExpressionError("sum.too-long", limit=_MAX_LENGTH)
    try:
        tree = ast.parse(_DASH_IN_NAME.sub("_", source), mode="eval")
    except SyntaxError:
        raise ExpressionError("sum.invalid", source=source) from None
    for node in ast.walk(tree):
        if isinstance(node, (ast.Expression, ast.BinOp, ast.UnaryOp, ast.Load, ast.Add, ast.Sub,
                             ast.Mult, ast.Div, ast.USub, ast.UAdd, ast.Name)):
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not \
                isinstance(node.value, bool):
            if not Decimal(str(node.value)).is_finite() or abs(node.value) > 10**15:
                raise ExpressionError("sum.number-too-large", source=source, number=node.value)
            continue
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
                node.func.id in _FUNCTIONS and not node.keywords and node.args:
            continue
        raise ExpressionError("sum.not-allowed", source=source)
    return tree


def _name(node: ast.Name) -> str:
    return node.id.replace("_", "-")


def names_in(tree: ast.Expression) -> set[str]:
    """The names an expression reads (function names excluded)."""
    called = {id(n.func) for n in ast.walk(tree) if isinstance(n, ast.Call)}
    return {_name(n) for n in ast.walk(tree) if isinstance(n, ast.Name) and id(n) not in called}


def evaluate(tree: ast.Expression, values: Mapping[str, Decimal]) -> Decimal | None:
    """The value of a checked expression, or None when a name has no value or it fails."""
    try:
        return evaluate_quantity(tree, {k: Quantity(v) for k, v in values.items()}).value
    except (KeyError, SumError):
        return None


def evaluate_quantity(tree: ast.Expression, values: Mapping[str, Quantity]) -> Quantity:
    """The value of a checked expression with its currency.

    `KeyError` when a name has no value (a skipped answer); `SumError` when the sum
    cannot be worked out: too large (never an overflow or an infinity), a division
    by zero, or two different currencies added together.
    """
    with localcontext() as context:
        context.prec = 40
        try:
            found = _eval(tree.body, values)
        except (DecimalException, ZeroDivisionError, OverflowError) as error:
            raise SumError("division-by-zero" if isinstance(error, ZeroDivisionError) or
                           "Division" in type(error).__name__ else "too-large") from None
    if not found.value.is_finite() or abs(found.value) > SUM_LIMIT:
        raise SumError("too-large")
    return found


def _same(left: Quantity, right: Quantity) -> str | None:
    if left.currency and right.currency and left.currency != right.currency:
        raise SumError("mixed-currencies")
    return left.currency or right.currency


def _eval(node: ast.expr, values: Mapping[str, Quantity]) -> Quantity:
    if isinstance(node, ast.Constant):
        return Quantity(Decimal(str(node.value)))
    if isinstance(node, ast.Name):
        return values[_name(node)]
    if isinstance(node, ast.UnaryOp):
        operand = _eval(node.operand, values)
        if isinstance(node.op, ast.USub):
            return Quantity(-operand.value, operand.currency)
        return operand
    if isinstance(node, ast.BinOp):
        left, right = _eval(node.left, values), _eval(node.right, values)
        if isinstance(node.op, (ast.Add, ast.Sub)):
            currency = _same(left, right)
            value = left.value + right.value if isinstance(node.op, ast.Add) else \
                left.value - right.value
            return Quantity(value, currency)
        # A rate times an amount keeps the amount's currency; amount ÷ amount is a ratio.
        currency = None if left.currency and right.currency else left.currency or right.currency
        if isinstance(node.op, ast.Mult):
            return Quantity(left.value * right.value, currency)
        if right.value == 0:
            raise ZeroDivisionError
        return Quantity(left.value / right.value, currency)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        args = [_eval(arg, values) for arg in node.args]
        currency = None
        for arg in args:
            currency = _same(Quantity(Decimal(0), currency), arg)
        chosen = _FUNCTIONS[node.func.id](args, key=lambda q: q.value)
        return Quantity(chosen.value, currency)
    # parse_expression keeps this from happening
    raise ExpressionError("sum.not-allowed", source=ast.unparse(node))


def placeholders(text: str) -> set[str]:
    """The `{name}` placeholders in a text."""
    return set(_PLACEHOLDER.findall(text))


def fill(text: str, values: Mapping[str, str]) -> str:
    """Put the values into a text's `{name}` placeholders (unknown ones stay as written)."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)

