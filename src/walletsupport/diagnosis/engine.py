"""The pure state machine that walks a flow: no prompts, no printing.

The state is the sequence of answers given so far, in order. `walk` replays
them from the start node and says where the flow stands: the advice reached on
the way and the next step (a question to ask, or the end). Because the state
is only the answers, going back is dropping the last one, and a loop that asks
the same question twice simply consumes two answers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from ..errors import WalletSupportError
from ..frozen import frozen
from ..i18n import t
from .answers import cut_to_last_digits, display_answer
from .model import Advice, Answer, Condition, End, Flow, Question, Step, Text
from .results import ChecklistEntry, Result, ShownAdvice, Walk

if TYPE_CHECKING:
    from .arithmetic import Quantity
    from .numbers import Reading

__all__ = [
    "MAX_ANSWER",
    "MAX_PATH",
    "Trail",
    "AmbiguousNumber",
    "AnswerError",
    "advance",
    "apply_answer",
    "back",
    "check_agrees",
    "check_answer",
    "check_day",
    "contradiction",
    "evaluate",
    "next_step",
    "offered",
    "result",
    "result_of",
    "trail",
    "walk",
]

#: A path longer than this means a flow loops without asking anything new.
MAX_PATH = 10_000
#: The longest free-text answer taken: support needs a few lines, not a document.
MAX_ANSWER = 2000

Answers = tuple[tuple[str, Answer], ...]


class AnswerError(WalletSupportError):
    """An answer that the question cannot take; `reason` says why, `allowed` what it takes."""

    def __init__(self, question: str, reason: str, allowed: tuple[str, ...] = (),
                 code: str = "invalid", value: object = None,
                 details: Mapping[str, Mapping[str, str]] | None = None) -> None:
        self.question = question
        self.reason = reason
        self.allowed = allowed
        self.code = code  # names the catalog message `answer-error.<code>`
        self.value = value
        #: More fields of the catalog message, per language ({"en": ..., "zh": ...} each).
        self.details: Mapping[str, Mapping[str, str]] = details or {}
        extra = f" (allowed: {', '.join(allowed)})" if allowed else ""
        super().__init__(f"question {question!r}: {reason}{extra}")

    def render(self, lang: str) -> str:
        """The question and why its answer does not fit, in `lang` (the answer redacted)."""
        from ..errors import Echo, Many

        value = Echo(self.value).shown(lang) if isinstance(self.value, str) else self.value
        reason = t(f"answer-error.{self.code}", lang, value=value, limit=MAX_ANSWER,
                   **self.detail_fields(lang))
        if self.allowed:
            return t("answer-error.in-question.allowed", lang, question=self.question,
                     reason=reason, allowed=Many(self.allowed).render(lang))
        return t("answer-error.in-question", lang, question=self.question, reason=reason)


    def detail_fields(self, lang: str) -> dict[str, str]:
        """The message's extra fields in `lang` (a detail kept per language picks its own)."""
        return {name: _in_lang(value, lang) for name, value in self.details.items()}


def _in_lang(value: object, lang: str) -> str:
    if isinstance(value, Mapping):
        return str(value.get(lang, value.get("en", "")))
    return str(value)


class AmbiguousNumber(AnswerError):
    """A number that reads two ways ("2.500"); `readings` holds each, the likelier first."""

    def __init__(self, question: str, value: str, readings: tuple[Reading, ...]) -> None:
        super().__init__(question, f"{value!r} can be read more than one way", (),
                         "ambiguous-number", value)
        self.readings = readings


def check_day(end: End, answers: Mapping[str, Answer], today: date | None) -> date | None:
    """The day to check again after a `wait` end: its days counted from the start day.

    The start is the answer to the end's `check.from` question when it holds a day,
    else `today`; working days skip Saturdays and Sundays (public holidays are not
    known here, so the flow's wording says "about"). A day the answers put in the past
    becomes the next day, or today for a day to try again from (`check.past: today`);
    a day that is today stays today (24 hours after yesterday 10:30 is today 10:30).
    """
    if end.outcome != "wait" or end.check_days <= 0:
        return None
    start = _answer_day(answers.get(end.check_from)) if end.check_from else None
    if start is None:
        start = today
    if start is None:
        return None
    day = _count_days(start, end.check_days, end.check_working)
    if today is not None and end.check_past_today and day <= today:
        # A day to try again from (a limit that resets): once it has come, it is now.
        return today
    if today is not None and day < today:
        # The answers put the day in the past (a weekend came between, say): waiting
        # on advice that says "by yesterday" helps nobody; give it one more day.
        day = _count_days(today, 1, end.check_working)
    return day


def _count_days(start: date, days: int, working: bool) -> date:
    if not working:
        return start + timedelta(days=days)
    day, left = start, days
    while left:
        day += timedelta(days=1)
        if day.weekday() < 5:
            left -= 1
    return day


def _answer_day(value: Answer | None) -> date | None:
    """The day a date answer names: its stored reading, or a leading ISO date."""
    if not isinstance(value, str) or not value:
        return None
    from .dates import parse_stored

    parsed = parse_stored(value)
    if parsed is not None and parsed[0] is not None:
        # "last week": counted from its last day, so no check falls due before it can
        return parsed[0].until or parsed[0].day
    head = value.strip()[:10]
    try:
        return date.fromisoformat(head)
    except ValueError:
        return None


def evaluate(cond: Condition | None, answers: Mapping[str, Answer]) -> bool:
    """Whether a `when:` condition holds for these answers (no condition always holds)."""
    if cond is None:
        return True
    if cond.op == "all":
        return all(evaluate(p, answers) for p in cond.parts)
    if cond.op == "any":
        return any(evaluate(p, answers) for p in cond.parts)
    if cond.op == "not":
        return not evaluate(cond.parts[0], answers)
    if cond.question not in answers:
        return False
    if cond.op == "answered":
        value = answers[cond.question]
        return value not in ("", ()) and value is not None
    value = answers[cond.question]
    if isinstance(value, tuple):
        return any(v in cond.values for v in value)
    if isinstance(value, bool):
        return any(v is value for v in cond.values)
    return value in cond.values


def walk(flow: Flow, answers: Sequence[tuple[str, Answer]],
         now: datetime | None = None) -> Walk:
    """Replay `answers` from the start; stop at the first unanswered question or the end.

    Answers that no longer lie on the path (after going back and changing an
    earlier one) are not consumed; `Walk.consumed` says how many were. With `now`
    (the user's time), a question whose answer follows from an earlier date answer
    (`from:`) is answered by it and not asked; `Walk.derived` lists those answers.
    """
    # The run's facts (the wallet's custody) are tested like answers; a question wins.
    return _walk_on(flow, tuple(answers), now, dict(flow.facts), flow.start, 0, (), (), (), 0)[0]


def _walk_on(flow: Flow, given: Answers, now: datetime | None, so_far: dict[str, Answer],
             current: str, index: int, path_before: tuple[str, ...],
             shown_before: tuple[ShownAdvice, ...], derived_before: Answers,
             skipped: int) -> tuple[Walk, int]:
    """Walk on from node `current` with `given[index:]` still to consume (`so_far` is updated).

    The state is what a walk from the start had when it reached `current`, so walking
    on from it gives what replaying every answer from the start gives. Also returns
    how many nodes `when:` skipped, to go on from the stop again (`Trail`).
    """
    from .derive import derived_answer

    derived = list(derived_before)
    path = list(path_before)
    shown = list(shown_before)
    while True:
        if len(path) >= MAX_PATH:
            raise WalletSupportError(key="errors.flow-loops", path=flow.path, node=current)
        node = flow.nodes[current]
        if node.when is not None and not evaluate(node.when, so_far):
            current = _require(node.next, node.id)
            skipped += 1
            if skipped > MAX_PATH:
                raise WalletSupportError(key="errors.flow-loops", path=flow.path, node=current)
            continue
        if isinstance(node, End):
            path.append(current)
            return Walk(tuple(path), tuple(shown), node, index, tuple(derived)), skipped
        path.append(current)
        if isinstance(node, Advice):
            values, problems = _values(flow, node, so_far)
            steps = tuple(s for s in node.steps if evaluate(s.when, so_far)
                          and _placeholders_filled(s, values))
            if steps or problems:
                shown.append(ShownAdvice(titled(node, so_far), steps, values, problems))
            current = _require(node.next, node.id)
            continue
        if index < len(given) and given[index][0] == node.id:
            value = given[index][1]
            so_far[node.id] = value
            index += 1
            current = _require(node.destination(value), node.id)
            continue
        # Only the choices this path offers are readings of the date (a card top-up's own
        # "inside the promised time", walk B23).
        settled = derived_answer(offered(node, so_far), so_far, now) if node.derive_from \
            else None
        if settled is not None:
            so_far[node.id] = settled
            derived.append((node.id, settled))
            current = _require(node.destination(settled), node.id)
            continue
        return (Walk(tuple(path), tuple(shown), offered(node, so_far), index, tuple(derived)),
                skipped)


@frozen
class Trail:
    """A walk that can go on: where a flow stands after the answers on its path.

    `advance` answers the question it stopped at and walks on from there, so a
    diagnosis of N answers walks its path once instead of replaying it at every
    step; what it reaches is what `walk` reaches replaying `answers` from the start.
    """

    flow: Flow
    answers: Answers  # the answers on the path, in order (those `walk` consumed)
    now: datetime | None
    walk: Walk
    #: What the walk had tested conditions against at the stop: facts, answers, derived.
    tested: Mapping[str, Answer]
    skipped: int  # nodes `when:` skipped on the way (the loop guard counts them)


def trail(flow: Flow, answers: Sequence[tuple[str, Answer]] = (),
          now: datetime | None = None) -> Trail:
    """The walk of `answers` from the start (see `walk`), ready to go on with `advance`."""
    so_far: dict[str, Answer] = dict(flow.facts)
    given = tuple(answers)
    state, skipped = _walk_on(flow, given, now, so_far, flow.start, 0, (), (), (), 0)
    return Trail(flow, given[: state.consumed], now, state, so_far, skipped)


def advance(position: Trail, value: object) -> Trail:
    """Answer the question the trail stopped at, as `apply_answer` does, and walk on.

    `AnswerError` when the value is refused or the flow has already ended.
    """
    flow, state, answers, now = position.flow, position.walk, position.answers, position.now
    if isinstance(state.step, End):
        raise AnswerError(state.step.id, "the flow has already ended", (), "flow-ended")
    checked = check_answer(state.step, value)
    _check_agrees(flow, state.step, checked, now,
                  lambda: {**dict(answers), **dict(state.derived)})
    currency = borrowed_currency(state.step, answers, checked)
    if currency is not None and isinstance(checked, str):
        checked = _with_currency(checked, currency)
    given = (*answers, (state.step.id, checked))
    so_far = dict(position.tested)
    # Walk on from the question it stopped at, as a replay reaches it: not yet on the path.
    onward, skipped = _walk_on(flow, given, now, so_far, state.step.id, len(answers),
                               state.path[:-1], state.advice, state.derived, position.skipped)
    return Trail(flow, given[: onward.consumed], now, onward, so_far, skipped)


def titled(advice: Advice, answers: Mapping[str, Answer]) -> Advice:
    """The advice as shown after these answers, under its title for this path.

    That is the title of the first of its `variants` whose `when` holds (a self-custody
    wallet has no account to take back), else the title as written.
    """
    from dataclasses import replace

    for words in advice.variants:
        if words.title is not None and evaluate(words.when, answers):
            return replace(advice, variants=(), title=words.title)
    return advice


def offered(question: Question, answers: Mapping[str, Answer]) -> Question:
    """The question as asked after these answers: its choices whose `when` holds.

    It is worded as the first of its `variants` whose `when` holds (the crypto path's
    example), else as written.
    """
    from dataclasses import replace

    for words in question.variants:
        if evaluate(words.when, answers):
            question = replace(question, variants=(),
                               prompt=words.prompt or question.prompt,
                               help=words.help or question.help,
                               placeholder=words.placeholder or question.placeholder)
            break
    if not any(c.when is not None for c in question.choices):
        return question
    return replace(question, choices=tuple(c for c in question.choices
                                           if evaluate(c.when, answers)))


def _values(flow: Flow, advice: Advice, answers: Mapping[str, Answer]
            ) -> tuple[dict[str, Text], tuple[tuple[str, str], ...]]:
    """Number answers and the advice's sums, as the texts their placeholders show.

    Each value is shown with its currency in each language (€12.50, 12.50 元). A
    sum that cannot be worked out is left out and named with why, never raised:
    a draft with a huge number in it must still open.
    """
    from .arithmetic import SumError, evaluate_quantity, parse_expression
    from .numbers import format_amount, minor_unit

    numbers: dict[str, Quantity] = {}
    shown: dict[str, Text] = {}
    problems: list[tuple[str, str]] = []
    _number_answers(flow, answers, numbers, shown, problems)
    for name, source in advice.compute:
        try:
            result = evaluate_quantity(parse_expression(source), numbers)
        except KeyError:
            continue  # a skipped answer: the steps that need it are left out
        except SumError as error:
            problems.append((name, error.code))
            continue
        numbers[name] = result = _counted(result)
        places = 0 if minor_unit(result.currency) == 1 else 2  # ¥12,500 × 1% = 125 JPY
        shown[name] = {lang: format_amount(result.value, result.currency, lang, places)
                       for lang in ("en", "zh")}
    return shown, tuple(problems)


def _counted(result: Quantity) -> Quantity:
    """A sum of money in the steps money is counted in (cents; whole yen; coins as they are).

    A fee of €12.5025 is charged and shown as €12.50, and the sums after it must use
    what is shown: "€13 − €12.51 = €0.49", never the €0.50 the unrounded fee gives.
    """
    from decimal import ROUND_HALF_UP, localcontext

    from .numbers import minor_unit

    unit = minor_unit(result.currency)
    if result.currency is None or not unit:
        return result
    with localcontext() as context:
        context.prec = 60  # a sum up to SUM_LIMIT keeps its cents
        return type(result)(result.value.quantize(unit, rounding=ROUND_HALF_UP), result.currency)


def _number_answers(flow: Flow, answers: Mapping[str, Answer], numbers: dict[str, Quantity],
                    shown: dict[str, Text], problems: list[tuple[str, str]]) -> None:
    """The number answers as quantities, and as the texts their placeholders show."""
    from .arithmetic import Quantity
    from .numbers import NumberError, format_amount, read_number

    for question in flow.questions():
        value = answers.get(question.id)
        if question.kind == "number" and isinstance(value, str) and value.strip():
            try:
                reading = read_number(value)[0]
            except NumberError as error:
                problems.append((question.id, error.code))
                continue
            numbers[question.id] = Quantity(reading.value, reading.currency)
            shown[question.id] = {lang: format_amount(reading.value, reading.currency, lang, None)
                                  for lang in ("en", "zh")}


def _figures(flow: Flow, answers: Mapping[str, Answer]) -> dict[str, Quantity]:
    """Every number answer and every sum of the flow's advice that can be worked out."""
    from .arithmetic import SumError, evaluate_quantity, parse_expression

    numbers: dict[str, Quantity] = {}
    _number_answers(flow, answers, numbers, {}, [])
    for node in flow.nodes.values():
        if not isinstance(node, Advice):
            continue
        for name, source in node.compute:
            try:
                numbers[name] = _counted(evaluate_quantity(parse_expression(source), numbers))
            except (KeyError, SumError):
                continue
    return numbers


def _sum_disagrees(flow: Flow, question: Question, answers: Mapping[str, Answer],
                   value: Answer) -> AnswerError | None:
    """The error for a choice saying two figures agree when they clearly differ.

    "About the same" on a fee of ¥25 where the published rate gives ¥5.00 would record a
    contradiction: they differ when apart by more than one minor unit (0.01) and by more
    than 1 % of the figure worked out, so rounding never trips it.
    """
    from .numbers import format_amount, minor_unit

    picked = question.choice(value) if isinstance(value, str) else None
    if picked is None or not picked.near:
        return None
    figures = _figures(flow, answers)
    given = figures.get(picked.near[0])
    worked_name = next((name for name in picked.near[1:] if name in figures), "")
    worked = figures.get(worked_name)
    if given is None or worked is None:
        return None  # a figure nobody gave (no rate): nothing to check against
    if given.currency and worked.currency and given.currency != worked.currency:
        return None  # two currencies: the sums cannot say
    gap = abs(given.value - worked.value)
    currency = given.currency or worked.currency
    if gap <= minor_unit(currency) or gap <= abs(worked.value) / 100:
        return None
    details = {
        "picked": {lang: _label(picked.label, lang) for lang in ("en", "zh")},
        "given": {lang: format_amount(given.value, currency, lang, 2) for lang in ("en", "zh")},
        "worked": {lang: format_amount(worked.value, currency, lang, 2) for lang in ("en", "zh")},
        "gap": {lang: format_amount(gap, currency, lang, 2) for lang in ("en", "zh")},
    }
    # A figure the user gave (the withdrawal page's fee) is not "the published rate" (walk B W2).
    code = "contradicts-fee" if worked_name in flow.nodes else "contradicts-sum"
    return AnswerError(question.id, f"{value!r} does not fit the sum: {given.value} against "
                       f"{worked.value}", (), code, value, details)


def _placeholders_filled(step: Step, values: Mapping[str, Text]) -> bool:
    """A step that shows a value nobody gave (a skipped answer) is left out."""
    from .arithmetic import placeholders

    texts = [step.text] if isinstance(step.text, str) else list(step.text.values())
    return all(name in values for text in texts for name in placeholders(text))


def _require(target: str | None, node_id: str) -> str:
    if target is None:  # the validator refuses such flows; this guards hand-built ones
        raise WalletSupportError(key="errors.leads-nowhere", node=node_id)
    return target


def next_step(flow: Flow, answers: Sequence[tuple[str, Answer]],
              now: datetime | None = None) -> Question | End:
    """The question to ask next, or the end the answers lead to."""
    return walk(flow, answers, now).step


def check_agrees(flow: Flow, answers: Sequence[tuple[str, Answer]], question: Question,
                 value: Answer, now: datetime | None) -> None:
    """Refuse an answer the earlier date answer rules out (`AnswerError` "contradicts").

    "Less than 24 hours" after saying "3 days ago" cannot both be true: the message
    names both answers and what the date allows, so the user changes the wrong one.
    """
    _check_agrees(flow, question, value, now, lambda: _so_far(flow, answers, now))


def _check_agrees(flow: Flow, question: Question, value: Answer, now: datetime | None,
                  so_far: Callable[[], dict[str, Answer]]) -> None:
    """`check_agrees`, given how to get the answers on the path (asked only when needed)."""
    if question.kind == "select" and any(c.near for c in question.choices):
        wrong = _sum_disagrees(flow, question, so_far(), value)
        if wrong is not None:
            raise wrong
    if question.derive_from is None or not isinstance(value, str):
        return
    problem = contradiction(flow, question, so_far(), value, now)
    if problem is not None:
        raise problem


def contradiction(flow: Flow, question: Question, answers: Mapping[str, Answer], value: Answer,
                  now: datetime | None) -> AnswerError | None:
    """The error for `value` when the date answer among `answers` rules it out, else None."""
    from .derive import fitting_choices

    fitting = fitting_choices(offered(question, answers), answers, now)
    if fitting is None or value in fitting or not isinstance(value, str):
        return None
    source = flow.nodes.get(question.derive_from or "")
    said = answers.get(question.derive_from or "")
    typed = _typed(said) if isinstance(said, str) else ""
    picked = question.choice(value)
    labels = [c.label for c in question.choices if c.id in fitting]
    details = {
        "source": {lang: typed for lang in ("en", "zh")},
        "picked": {lang: _label(picked.label if picked else value, lang) for lang in ("en", "zh")},
        "fits": {lang: t("answer-error.contradicts.or", lang).join(
            f"“{_label(label, lang)}”" for label in labels) for lang in ("en", "zh")},
        "asked": {lang: _label(source.prompt, lang) if isinstance(source, Question) else ""
                  for lang in ("en", "zh")},
    }
    return AnswerError(question.id, f"{value!r} contradicts the answer to "
                       f"{question.derive_from!r} ({typed!r})", (), "contradicts", value, details)


def _label(text: Text, lang: str) -> str:
    from ..i18n import pick

    return pick(text, lang)


def _typed(stored: str) -> str:
    """What the user wrote for a date answer (the stored line keeps it after the reading)."""
    from .dates import parse_stored

    parsed = parse_stored(stored)
    return parsed[1] if parsed is not None else stored


def _so_far(flow: Flow, answers: Sequence[tuple[str, Answer]],
            now: datetime | None) -> dict[str, Answer]:
    """The answers on the current path, those derived included."""
    state = walk(flow, answers, now)
    return {**dict(answers[: state.consumed]), **dict(state.derived)}


def check_answer(question: Question, value: object) -> Answer:
    """Validate and normalise an answer for `question`, or raise `AnswerError`."""
    if question.kind == "select":
        allowed = tuple(c.id for c in question.choices)
        if not isinstance(value, str) or question.choice(value) is None:
            raise AnswerError(question.id, f"{value!r} is not one of its choices", allowed,
                              "not-a-choice", value)
        return value
    if question.kind == "confirm":
        if not isinstance(value, bool):
            raise AnswerError(question.id, f"{value!r} is not yes or no", ("true", "false"),
                              "not-yes-no", value)
        return value
    if question.kind == "multiselect":
        allowed = tuple(c.id for c in question.choices)
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, (list, tuple)):
            raise AnswerError(question.id, f"{value!r} is not a list of choices", allowed,
                              "not-a-list", value)
        picked: list[str] = []
        for item in value:
            if not isinstance(item, str) or question.choice(item) is None:
                raise AnswerError(question.id, f"{item!r} is not one of its choices", allowed,
                                  "not-a-choice", item)
            if item not in picked:
                picked.append(item)
        if not picked and not question.optional:
            raise AnswerError(question.id, "pick at least one", allowed, "pick-one")
        lone = next((c for c in question.choices if c.alone and c.id in picked), None)
        if lone is not None and len(picked) > 1:
            # "None of these" with a real choice says two things (walk A27)
            raise AnswerError(question.id, f"{lone.id!r} cannot be picked with other choices",
                              allowed, "alone", lone.id,
                              {"choice": {lang: _label(lone.label, lang) for lang in ("en", "zh")}})
        # Keep the flow's order so results do not depend on the order of picking.
        return tuple(c.id for c in question.choices if c.id in picked)
    if not isinstance(value, str):
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        else:
            raise AnswerError(question.id, f"{value!r} is not text", (), "not-text", value)
    value = value.strip()
    if not value and not question.optional:
        raise AnswerError(question.id, "an answer is needed", (), "need-answer")
    if len(value) > MAX_ANSWER:
        raise AnswerError(question.id, f"longer than {MAX_ANSWER} characters", (), "too-long")
    if question.kind == "number" and value:
        return _check_number(question, value)
    if question.kind == "text" and question.reference and value and _only_a_date(value):
        # "2026-11-30" for an order number: support cannot find a transaction by its day.
        raise AnswerError(question.id, f"{value!r} is a date, not a reference", (),
                          "date-not-reference", value)
    if question.kind == "text" and question.last_digits and value:
        value = cut_to_last_digits(value, question.last_digits)
    if question.kind == "datetime" and _BARE_NUMBER.fullmatch(_fold(value)):
        # "1" could be the 1st, one o'clock or an hour ago: guessing would be wrong.
        raise AnswerError(question.id, f"{value!r} is not a time on its own", (),
                          "bare-number-time", value)
    return value


_BARE_NUMBER = re.compile(r"\d{1,4}")
#: A whole answer that is only a date (and perhaps a time): 2026-11-30, 2026/11/30 14:05,
#: 30.11.2026, 2026年11月30日, 11月30日. Order numbers hold far more digits or letters.
_DATE_ONLY = re.compile(
    r"(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}"
    r"|\d{1,2}月\d{1,2}[日号])"
    r"(?:[ T]*\d{1,2}[:：点]\d{0,2}(?:[:：]\d{2})?分?)?")


def _fold(value: str) -> str:
    """Full-width digits and punctuation as their plain forms (１ → 1)."""
    import unicodedata

    return unicodedata.normalize("NFKC", value).strip()


def _only_a_date(value: str) -> bool:
    return _DATE_ONLY.fullmatch(_fold(value)) is not None


_NUMBER_PROBLEMS = {"not-a-number": "holds no number", "not-finite": "is not a finite number",
                    "too-large": "is too large", "negative": "is below zero",
                    "too-many-digits": "has too many digits",
                    "two-numbers": "holds more than one number",
                    "two-currencies": "names more than one currency",
                    "which-krona": "names a krona or krone without its country"}


def _check_number(question: Question, value: str) -> str:
    """The number answer, stored as it reads without doubt ("2500.5 EUR", "0.1%")."""
    from dataclasses import replace

    from .numbers import NumberError, canonical, read_number

    try:
        readings = read_number(value)
    except NumberError as error:
        why = _NUMBER_PROBLEMS.get(error.code, "is not a number")
        raise AnswerError(question.id, f"{value!r} {why}", (), error.code, value) from None
    fitting: list[Reading] = []
    for reading in readings:
        if question.unit == "rate":
            if reading.currency is not None:
                raise AnswerError(question.id, f"{value!r} is an amount, not a rate", (),
                                  "not-a-rate", value)
            reading = replace(reading, rate=True)  # a bare 0.6 on a rate question is 0.6 %
            if reading.value > 100:
                raise AnswerError(question.id, f"{value!r} is over 100%", (), "rate-too-large",
                                  value)
        elif question.unit == "amount" and reading.rate:
            raise AnswerError(question.id, f"{value!r} is a rate, not an amount", (),
                              "not-an-amount", value)
        fitting.append(reading)
    if question.currency_required and not any(r.currency or r.rate for r in fitting):
        if len(fitting) > 1:  # "2.500": the example to copy must not pick 2.5 (walk B8)
            raise AnswerError(question.id, f"{value!r} has no currency and reads two ways", (),
                              "needs-currency-ambiguous", value, _both_readings(fitting))
        plain = _plain_number(fitting[0])
        raise AnswerError(question.id, f"{value!r} has no currency", (), "needs-currency", value,
                          {"number": {"en": plain, "zh": plain}})
    if len(fitting) > 1:
        raise AmbiguousNumber(question.id, value, tuple(fitting))
    return canonical(fitting[0])


def _both_readings(readings: Sequence[Reading]) -> dict[str, Mapping[str, str]]:
    """The readings of an ambiguous number, spelled out, and each as one would write it."""
    from .numbers import canonical, format_amount, spoken

    def spelled(reading: Reading, lang: str) -> str:
        return t("number.reading", lang, shown=format_amount(reading.value, None, lang, None),
                 words=spoken(reading.value, lang))

    return {"readings": {lang: t("errors.ambiguous-number.or", lang).join(
                spelled(r, lang) for r in readings) for lang in ("en", "zh")},
            "first": {lang: canonical(readings[0]) for lang in ("en", "zh")},
            "second": {lang: canonical(readings[1]) for lang in ("en", "zh")}}


def _plain_number(reading: Reading) -> str:
    from .numbers import canonical

    return canonical(reading)


def apply_answer(flow: Flow, answers: Sequence[tuple[str, Answer]], value: object,
                 now: datetime | None = None) -> Answers:
    """Answer the current question: the new answer sequence, or `AnswerError`.

    With `now`, an answer that an earlier date answer rules out is refused too.
    """
    state = walk(flow, answers, now)
    if isinstance(state.step, End):
        raise AnswerError(state.step.id, "the flow has already ended", (), "flow-ended")
    checked = check_answer(state.step, value)
    check_agrees(flow, answers, state.step, checked, now)
    currency = borrowed_currency(state.step, answers[: state.consumed], checked)
    if currency is not None and isinstance(checked, str):
        checked = _with_currency(checked, currency)
    return tuple(answers[: state.consumed]) + ((state.step.id, checked),)


def borrowed_currency(question: Question, answers: Sequence[tuple[str, Answer]],
                      value: Answer) -> str | None:
    """The currency a bare number answer takes from an earlier one (`currency: amount`).

    A fee of "25" typed after an amount of "500 CNY" is 25 CNY: shown bare next to ¥5.00
    it would read as some other money. None when the answer names its own currency, is a
    rate, or the earlier answer has no currency.
    """
    from .numbers import NumberError, read_number

    if question.kind != "number" or question.currency_from is None:
        return None
    if not isinstance(value, str) or not value.strip():
        return None
    source = dict(answers).get(question.currency_from)
    if not isinstance(source, str) or not source.strip():
        return None
    try:
        reading = read_number(value)[0]
        earlier = read_number(source)[0]
    except NumberError:
        return None
    if reading.currency is not None or reading.rate or earlier.currency is None:
        return None
    return earlier.currency


def _with_currency(value: str, currency: str) -> str:
    from dataclasses import replace

    from .numbers import canonical, read_number

    return canonical(replace(read_number(value)[0], currency=currency))


def back(flow: Flow, answers: Sequence[tuple[str, Answer]],
         now: datetime | None = None) -> Answers:
    """Undo the last answer on the current path (nothing to undo at the first question)."""
    consumed = walk(flow, answers, now).consumed
    return tuple(answers[: max(consumed - 1, 0)])


def result(flow: Flow, answers: Sequence[tuple[str, Answer]], today: date | None = None,
           now: datetime | None = None) -> Result:
    """The outcome of a finished flow; `AnswerError` when a question is still open.

    `today` is the user's day: a `wait` end with no date answer counts from it (from
    `now` when only that is given). With `now`, answers that follow from a date answer
    are part of the result (`Result.derived` names where each came from).
    """
    state = walk(flow, answers, now)
    return _result(flow, state, tuple(answers[: state.consumed]), today, now)


def result_of(position: Trail, today: date | None = None) -> Result:
    """The outcome of a finished trail, as `result` gives it for the trail's answers."""
    return _result(position.flow, position.walk, position.answers, today, position.now)


def _result(flow: Flow, state: Walk, answers: Answers, today: date | None,
            now: datetime | None) -> Result:
    if not isinstance(state.step, End):
        raise AnswerError(state.step.id, "this question is still unanswered", (), "unanswered")
    if today is None and now is not None:
        today = now.date()
    latest = {**dict(answers), **dict(state.derived)}
    entries = []
    for item in flow.checklist:
        if not evaluate(item.when, {**flow.facts, **latest}):
            continue  # a detail that does not apply to this path is not asked for
        value: Text | None = None
        if item.source and item.source in latest:
            question = flow.nodes[item.source]
            raw = latest[item.source]
            # "None of these" ticked on a multi-select is an answer ("tried: none of
            # these"), not a detail still to gather; an empty text is still open.
            # Nor is Enter where the question says what it means ("No minimum fee").
            if isinstance(question, Question) and (raw != "" or question.empty is not None) and (
                    raw != () or question.kind == "multiselect"):
                value = display_answer(question, raw)
        entries.append(ChecklistEntry(item, value))
    sources = {}
    for question_id, _ in state.derived:
        node = flow.nodes[question_id]
        if isinstance(node, Question) and node.derive_from:
            sources[question_id] = node.derive_from
    payee = state.step.payee is not None and evaluate(state.step.payee,
                                                       {**flow.facts, **latest})
    authorities = state.step.authorities is None or evaluate(state.step.authorities,
                                                             {**flow.facts, **latest})
    freeze = state.step.freeze is None or evaluate(state.step.freeze, {**flow.facts, **latest})
    return Result(flow, state.path, latest, state.advice, state.step, tuple(entries),
                  check_day(state.step, latest, today), sources, payee, authorities, freeze)


def questions_ahead(flow: Flow) -> dict[str, int]:
    """For each node, the most questions a walk from it can still ask (itself included).

    The longest path counts every branch as possible (a `when:` may skip a node or
    not), so "about N questions" never promises fewer than there may be. A loop
    back to a node already on the path counts nothing more. Iterative, so a flow
    of any depth is fine.
    """
    def onward(node_id: str) -> tuple[str, ...]:
        node = flow.nodes[node_id]
        found = [*node.targets(), *((node.next,) if node.next else ())]
        return tuple(n for n in dict.fromkeys(found) if n in flow.nodes)

    longest: dict[str, int] = {}
    on_path: set[str] = set()
    for root in flow.nodes:
        if root in longest:
            continue
        stack = [(root, iter(onward(root)))]
        on_path.add(root)
        while stack:
            node_id, pending = stack[-1]
            child = next(pending, None)
            if child is not None:
                if child not in longest and child not in on_path:
                    on_path.add(child)
                    stack.append((child, iter(onward(child))))
                continue
            stack.pop()
            on_path.discard(node_id)
            own = 1 if isinstance(flow.nodes[node_id], Question) else 0
            longest[node_id] = own + max((longest.get(c, 0) for c in onward(node_id)),
                                         default=0)
    return longest


