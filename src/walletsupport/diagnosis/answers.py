"""How an answer reads to a person: a choice's label, yes or no, an amount, a time.

Shared by the engine (checklist values), the prompts and the screens, so that
none of them imports another to show an answer.
"""

from __future__ import annotations

import re

from ..i18n import t
from ..patterns import lazy
from .model import Answer, Question, Text

__all__ = [
    "answer_label",
    "cut_to_last_digits",
    "display_answer",
]


_SEPARATOR = {"en": "; ", "zh": "；"}


def _display(question: Question, value: Answer) -> Text:
    if value == "" and question.empty is not None:
        return question.empty  # what Enter means here ("No minimum fee"), not "skipped"
    if question.kind == "select" and isinstance(value, str):
        choice = question.choice(value)
        return choice.label if choice else value
    if question.kind == "multiselect" and isinstance(value, tuple):
        if not value:  # an optional question answered "none of these"
            return {lang: t("answer.none-of-these", lang) for lang in ("en", "zh")}
        labels = [c.label for c in question.choices if c.id in value]
        return {lang: _SEPARATOR[lang].join(x if isinstance(x, str) else x.get(lang, x["en"])
                                            for x in labels) for lang in ("en", "zh")}
    if question.kind == "confirm":
        return {lang: t("answer.yes" if value is True else "answer.no", lang)
                for lang in ("en", "zh")}
    if question.kind == "number" and isinstance(value, str) and value:
        from .numbers import NumberError, format_amount, read_number

        try:
            reading = read_number(value)[0]
        except NumberError:
            return value
        if reading.rate:
            return {lang: format_amount(reading.value, None, lang, None) + "%"
                    for lang in ("en", "zh")}
        return {lang: format_amount(reading.value, reading.currency, lang, None)
                for lang in ("en", "zh")}
    if question.kind == "datetime" and isinstance(value, str) and value:
        from .dates import display, parse_stored

        if parse_stored(value) is not None:  # read when answered (a scenario keeps text)
            return {lang: display(value, lang) for lang in ("en", "zh")}
    return str(value)


def display_answer(question: Question, value: Answer) -> Text:
    """How an answer reads to a person: a choice's label rather than its id."""
    return _display(question, value)


_CUT = lazy(__name__, r"[?？.。:：(（,，;；]")


def _shortened(prompt: str) -> str:
    """The prompt's first clause, at most 40 characters: a fallback name for its answer."""
    head = _CUT.split(prompt.strip(), maxsplit=1)[0].strip() or prompt.strip()
    return head if len(head) <= 40 else head[:39].rstrip() + "…"


def answer_label(question: Question) -> Text:
    """The short name of a question's answer ("Amount" / "金额"), for reviews and exports.

    A flow without `label:` on a question gets its prompt's first clause (`flows check`
    warns about it).
    """
    if question.label is not None:
        return question.label
    prompt = question.prompt
    if isinstance(prompt, str):
        return _shortened(prompt)
    return {lang: _shortened(text) for lang, text in prompt.items()}


#: A full account number where only the last digits were asked for: an IBAN (two letters,
#: two check digits, 11 to 30 more letters or digits, spaced or not) or a bank account or
#: card number of 8 or more digits, in groups split by spaces or hyphens.
_ACCOUNT_NUMBER = re.compile(
    r"(?<![0-9A-Za-z])(?:[A-Za-z]{2}\d{2}(?:[ ]?[0-9A-Za-z]){11,30}|\d(?:[ -]?\d){7,})"
    r"(?![0-9A-Za-z])")


def cut_to_last_digits(value: str, keep: int) -> str:
    """`value` with every full account number in it cut to its last `keep` digits.

    "Deutsche Bank DE89370400440532013000" becomes "Deutsche Bank ****3000": the
    question promised that only the last digits are kept. Short numbers ("4821",
    "card ending 4821") are left as written.
    """
    def cut(match: re.Match[str]) -> str:
        digits = [c for c in match.group() if c.isdigit()]
        return "****" + "".join(str(int(c)) for c in digits[-keep:])

    return _ACCOUNT_NUMBER.sub(cut, value)
