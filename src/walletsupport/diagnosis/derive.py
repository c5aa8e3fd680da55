"""Answers that follow from a date answer: "how long ago" is settled by "when".

A select question with `from: <date question>` has choices that each cover a span
of time since that moment (`elapsed: {at-least: 24h, under: 7d}`). Once the date
question has been answered, the span the answer allows ("3 hours ago" is one
minute; "yesterday" is a whole day; "今天下午" an afternoon) is set against `now`:

- when exactly one choice fits, that is the answer, and the question is not asked;
- when several fit, the question is asked, and a choice that cannot fit is refused;
- when the date was not understood, nothing is known and any choice goes.

Pure: `now` is passed in, nothing here reads the clock.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, time, timedelta, timezone

from ..patterns import lazy
from .model import Answer, Choice, Question

__all__ = ["fitting_choices", "derived_answer", "moment_span", "parse_duration"]

_DURATION = lazy(__name__, r"^\s*(\d{1,5})\s*([mhdw])\s*$")
_UNIT_SECONDS = {"m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}


def parse_duration(text: object) -> int | None:
    """Seconds in a duration written as ``30m``, ``24h``, ``7d`` or ``2w``; None if not one."""
    if isinstance(text, bool):
        return None
    if isinstance(text, int):
        text = f"{text}h" if text >= 0 else ""
    if not isinstance(text, str):
        return None
    found = _DURATION.match(text)
    if found is None:
        return None
    return int(found.group(1)) * _UNIT_SECONDS[found.group(2)]


def moment_span(value: Answer | None) -> tuple[datetime, datetime] | None:
    """The earliest and latest moment a stored date answer allows; None if it says none.

    A clock time is one minute; a part of the day its hours; a bare day the whole day;
    a span of days ("last week") all of them.
    """
    if not isinstance(value, str) or not value:
        return None
    from .dates import PARTS, parse_stored

    parsed = parse_stored(value)
    if parsed is None or parsed[0] is None:
        return None
    when = parsed[0]
    zone = timezone(when.offset)
    if when.at is not None:
        start = datetime.combine(when.day, when.at, zone)
        return start, start + timedelta(minutes=1)
    first, last = PARTS.get(when.part or "", (0, 24))
    midnight = datetime.combine(when.day, time(0), zone)
    if when.until is not None:  # "last week": every one of its days
        return midnight, datetime.combine(when.until + timedelta(days=1), time(0), zone)
    return midnight + timedelta(hours=first), midnight + timedelta(hours=last)


def _fits(choice: Choice, shortest: float, longest: float) -> bool:
    """Whether the choice's span [at_least, under) meets the elapsed span [shortest, longest]."""
    if choice.under is not None and shortest >= choice.under:
        return False
    return not (choice.at_least is not None and longest < choice.at_least)


def fitting_choices(question: Question, answers: Mapping[str, Answer],
                    now: datetime | None) -> tuple[str, ...] | None:
    """The choices the date answer leaves possible; None when it settles nothing.

    Choices without an `elapsed` span are always possible (the date cannot rule on them).
    """
    if question.derive_from is None or now is None:
        return None
    span = moment_span(answers.get(question.derive_from))
    if span is None:
        return None
    earliest, latest = span
    # The moment is past by `shortest` at least and `longest` at most (never below zero:
    # a time a few minutes ahead of the clock is "just now").
    shortest = max((now - latest).total_seconds(), 0.0)
    longest = max((now - earliest).total_seconds(), 0.0)
    return tuple(c.id for c in question.choices
                 if not c.elapsed or _fits(c, shortest, longest))


def derived_answer(question: Question, answers: Mapping[str, Answer],
                   now: datetime | None) -> str | None:
    """The one choice the date answer allows, when it allows exactly one with a span."""
    fitting = fitting_choices(question, answers, now)
    if fitting is None or len(fitting) != 1:
        return None
    choice = question.choice(fitting[0])
    return fitting[0] if choice is not None and choice.elapsed else None
