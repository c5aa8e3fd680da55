"""One diagnosis: the loop that asks, validates, redacts and shows advice as it is reached.

The engine decides; the prompter asks; the `Outlets` show and save. Nothing
here knows whether it runs in a terminal, through a pipe or in a test.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from ..i18n import pick, t
from ..prompting import Back, Prompter
from . import engine
from .answers import answer_label, display_answer
from .engine import AnswerError
from .model import TYPED_KINDS, Answer, End, Flow, Question
from .results import Result, ShownAdvice

if TYPE_CHECKING:
    from ..errors import WalletSupportError
    from .numbers import Reading

__all__ = ["LeaveFlow", "Outlets", "SessionResult", "ZoneDoubt", "ambiguity_error",
           "answer_reason",
           "review_entries",
           "run_session", "validator_for"]


class LeaveFlow(Exception):  # noqa: N818 - a way out, not an error
    """The user went back from the flow's first question: to the problem list."""


@dataclass
class Outlets:
    """Where a session's side effects go: showing advice and notices, saving progress."""

    advice: Callable[[ShownAdvice], None] = lambda shown: None
    notice: Callable[[str], None] = lambda text: None
    saved: Callable[[tuple[tuple[str, Answer], ...]], None] = lambda answers: None
    #: Where the user is: question `number` of about `total` (the longest path left).
    progress: Callable[[int, int], None] = lambda number, total: None


@dataclass
class ZoneDoubt:
    """The zone time answers are read in is UTC only because the machine runs on UTC.

    Each time read then says so. With `suggest` (the user writes Chinese, or the
    wallet or region is Chinese: Asia/Shanghai), the first time answer that names
    no zone asks once which zone was meant; nobody to ask is a refusal. `settled`
    is the zone the user gave, used for the rest of the session.
    """

    suggest: str | None = None
    settled: str | None = None
    #: Where the user's config.toml is (named in full: a newcomer does not know the folder).
    config: str = "config.toml"


@dataclass
class SessionResult:
    """The engine's result plus what the session removed from free text."""

    result: Result
    redactions: Counter[str] = field(default_factory=Counter)


def answer_reason(error: AnswerError, lang: str) -> str:
    """Why an answer was refused, in `lang`, quoting it redacted and short."""
    return _reason(error, lang)


def _reason(error: AnswerError, lang: str) -> str:
    # The reason quotes the answer back: never a secret, never a page of text.
    value = _quoted(error.value, lang)
    return t(f"answer-error.{error.code}", lang, value=value, limit=engine.MAX_ANSWER,
             **error.detail_fields(lang))


def _quoted(value: object, lang: str) -> object:
    """An answer as a reason may quote it: every text in it redacted, then shortened.

    A scripted answer may be a list or a mapping (a YAML answers file), so the
    texts inside are redacted too. The whole text is redacted before it is
    shortened: a cut could leave half a phrase that redact would not see.
    """
    if isinstance(value, str):
        from ..redact import redact

        text = redact(value, lang).text
        return text if len(text) <= 60 else text[:57] + "..."
    if isinstance(value, (list, tuple)):
        return [_quoted(item, lang) for item in value]
    if isinstance(value, dict):
        return {_quoted(key, lang): _quoted(item, lang) for key, item in value.items()}
    return value


def validator_for(question: Question, lang: str,
                  agrees: Callable[[Answer], None] | None = None
                  ) -> Callable[[object], str | None]:
    """A check the prompter can run on a raw answer: None, or the reason in `lang`.

    A number that reads two ways passes: the session then asks which was meant.
    `agrees` refuses (with `AnswerError`) an answer that earlier answers rule out.
    """

    def check(value: object) -> str | None:
        try:
            checked = engine.check_answer(question, value)
            if agrees is not None:
                agrees(checked)
        except engine.AmbiguousNumber:
            return None
        except AnswerError as error:
            return _reason(error, lang)
        return None

    return check


def _borrowed_notice(flow: Flow, question: Question, given: Sequence[tuple[str, Answer]],
                     lang: str) -> str:
    """"Read as ¥25, in the currency of your amount (¥500)." for a bare number."""
    from .numbers import format_amount, read_number

    answers = dict(given)
    mine = read_number(str(answers[question.id]))[0]
    source_id = question.currency_from or ""
    theirs = read_number(str(answers[source_id]))[0]
    source = flow.nodes.get(source_id)
    label = source.label if isinstance(source, Question) else None
    return t("number.currency-borrowed", lang,
             shown=format_amount(mine.value, mine.currency, lang, None),
             label=pick(label, lang) if label is not None else source_id,
             source=format_amount(theirs.value, theirs.currency, lang, None))


def _reading_label(reading: Reading, lang: str) -> str:
    from .numbers import format_amount, spoken

    shown = format_amount(reading.value, None if reading.rate else reading.currency, lang, None)
    if reading.rate:
        shown += "%"
    return t("number.reading", lang, shown=shown, words=spoken(reading.value, lang))


def ambiguity_error(doubt: engine.AmbiguousNumber, origin: str,
                    lang: str) -> WalletSupportError:
    """The error for a number that reads two ways where nobody can be asked."""
    from ..errors import WalletSupportError
    from .numbers import canonical

    readings = t("errors.ambiguous-number.or", lang).join(
        _reading_label(r, lang) for r in doubt.readings)
    examples = t("errors.ambiguous-number.or", lang).join(
        canonical(r) for r in doubt.readings)
    return WalletSupportError(key="errors.ambiguous-number", origin=origin,
                              question=doubt.question, value=_quoted(str(doubt.value), lang),
                              readings=readings, examples=examples)


def _settle_number(prompter: Prompter, question: Question, doubt: engine.AmbiguousNumber,
                   lang: str) -> str | None:
    """Ask which reading was meant: its stored form, or None to type the answer again."""
    from .numbers import canonical

    first = _reading_label(doubt.readings[0], lang)
    options: list[tuple[str, object]] = [(t("number.confirm.yes", lang, reading=first),
                                          canonical(doubt.readings[0]))]
    options += [(t("number.confirm.other", lang, reading=_reading_label(r, lang)), canonical(r))
                for r in doubt.readings[1:]]
    options.append((t("number.confirm.retype", lang), None))
    message = t("number.confirm", lang, typed=_quoted(str(doubt.value), lang), reading=first)
    picked = prompter.choose(question, message, options, lang=lang,
                             unattended=lambda origin: ambiguity_error(doubt, origin, lang))
    return picked if isinstance(picked, str) else None


def _settle_time(prompter: Prompter, question: Question, typed: str, lang: str,
                 now: datetime, zone: str | None, notice: Callable[[str], None],
                 doubt: ZoneDoubt | None = None) -> str | None:
    """The stored line for a time answer; None when the user wants to type it again."""
    from . import dates

    meant: timedelta | None = None
    abbreviation = dates.ambiguous_zone(typed)
    if abbreviation is not None:  # "CST": China or US Central? Asked, never guessed.
        meant = _ask_abbreviation(prompter, question, typed, abbreviation, lang)
        if meant is None:
            return None  # typed again, with its offset
    guessed = doubt is not None and not dates.names_zone(typed)
    if guessed and doubt is not None and doubt.settled is None and doubt.suggest is not None:
        chosen = _ask_zone(prompter, question, typed, lang, now, zone, doubt.suggest)
        if chosen is None:
            return None  # typed again, with its zone
        doubt.settled = chosen
        if chosen != zone:
            notice(t("dates.zone.remember", lang, zone=chosen, config=doubt.config,
                     label=dates.zone_name_text(chosen, lang, now)))
    if guessed and doubt is not None and doubt.settled is not None:
        zone, guessed = doubt.settled, False  # the user said which zone they are in
        now = now.astimezone(dates.zone_info(zone))
    when = dates.read_when(typed, now, zone, meant=meant)
    if when is None:
        options: list[tuple[str, object]] = [(t("dates.unclear.keep", lang), "keep"),
                                             (t("dates.unclear.retype", lang), None)]
        picked = prompter.choose(question, t("dates.unclear", lang, typed=_quoted(typed, lang)),
                                 options, lang=lang, unattended=None)
        if picked is None:
            return None
    elif dates.is_future(when, now):
        # "today 10:00" said at 08:00, "tomorrow": a moment that has not come yet is a
        # misreading or a slip; storing it as the time it happened would be wrong.
        moment = dates.moment_text(when, lang)
        options = [(t("dates.future.retype", lang), None), (t("dates.unclear.keep", lang), "keep")]
        picked = prompter.choose(
            question, t("dates.future", lang, typed=_quoted(typed, lang), moment=moment), options,
            lang=lang, unattended=lambda origin: future_time_error(question.id, typed, moment,
                                                                   origin, lang))
        if picked is None:
            return None
        when = None  # kept as written, with no reading claimed
    elif guessed:  # read in the machine's UTC, which may not be the user's: say so
        notice(t("dates.notice.utc", lang, moment=dates.moment_text(when, lang),
                 config=doubt.config if doubt is not None else "config.toml"))
    else:
        notice(t("dates.notice", lang, moment=dates.moment_text(when, lang)))
    return dates.stored(when, typed)


def _ask_abbreviation(prompter: Prompter, question: Question, typed: str, abbreviation: str,
                      lang: str) -> timedelta | None:
    """Which zone an abbreviation with several meanings stands for: its offset, or None."""
    from . import dates

    readings = dates.AMBIGUOUS_ZONES[abbreviation]
    options: list[tuple[str, object]] = [
        (_zone_reading(key, minutes, lang), timedelta(minutes=minutes))
        for key, minutes in readings]
    options.append((t("dates.abbr.retype", lang), None))
    picked = prompter.choose(
        question, t("dates.abbr.ask", lang, typed=_quoted(typed, lang),
                    abbr=abbreviation.upper()), options, lang=lang,
        unattended=lambda origin: _abbreviation_error(question.id, typed, abbreviation, origin,
                                                      lang))
    return picked if isinstance(picked, timedelta) else None


def _zone_reading(key: str, minutes: int, lang: str) -> str:
    from .dates import utc_label

    return t(f"dates.abbr.{key}", lang, offset=utc_label(timedelta(minutes=minutes)))


def _abbreviation_error(question: str, typed: str, abbreviation: str, origin: str,
                        lang: str) -> WalletSupportError:
    """The error for a zone abbreviation with several meanings where nobody can be asked."""
    import re

    from ..errors import WalletSupportError
    from .dates import AMBIGUOUS_ZONES, utc_label

    readings = AMBIGUOUS_ZONES[abbreviation]
    first = utc_label(timedelta(minutes=readings[0][1]))
    example = re.sub(rf"(?<![A-Za-z]){abbreviation}(?![A-Za-z])", first, typed,
                     count=1, flags=re.IGNORECASE)
    return WalletSupportError(
        key="errors.zone-ambiguous", origin=origin, question=question,
        typed=_quoted(typed, lang), abbr=abbreviation.upper(),
        readings=t("errors.ambiguous-number.or", lang).join(
            _zone_reading(key, minutes, lang) for key, minutes in readings),
        example=_quoted(example, lang))


def _ask_zone(prompter: Prompter, question: Question, typed: str, lang: str, now: datetime,
              zone: str | None, suggest: str) -> str | None:
    """Which zone a time with none was meant in: `suggest`, the machine's UTC, or None."""
    from . import dates

    when = dates.read_when(typed, now, zone)
    if when is None:
        return zone  # no time to place: nothing to ask about (it is kept as written)
    moment = dates.moment_text(when, lang)
    label = dates.zone_name_text(suggest, lang, now)
    options: list[tuple[str, object]] = [
        (t("dates.zone.suggested", lang, zone=label), suggest),
        (t("dates.zone.utc", lang), zone or "Etc/UTC"),
        (t("dates.zone.retype", lang), None)]
    picked = prompter.choose(
        question, t("dates.zone.ask", lang, typed=_quoted(typed, lang), moment=moment),
        options, lang=lang,
        unattended=lambda origin: _zone_error(question.id, typed, now, suggest, origin, lang))
    return picked if isinstance(picked, str) else None


def _zone_error(question: str, typed: str, now: datetime, suggest: str, origin: str,
                lang: str) -> WalletSupportError:
    """The error for a time with no zone, on a UTC machine, where nobody can be asked."""
    from ..errors import WalletSupportError
    from . import dates

    info = dates.zone_info(suggest)
    offset = info.utcoffset(now.replace(tzinfo=None)) if info is not None else None
    return WalletSupportError(key="errors.zone-unsure", origin=origin, question=question,
                              typed=_quoted(typed, lang), zone=suggest,
                              suggested=dates.zone_place(suggest, lang),
                              offset=dates.utc_label(offset or timedelta(0)))


def future_time_error(question: str, typed: str, moment: str, origin: str,
                      lang: str) -> WalletSupportError:
    """The error for a time still to come where nobody can be asked about it."""
    from ..errors import WalletSupportError

    return WalletSupportError(key="errors.future-time", origin=origin, question=question,
                              value=_quoted(typed, lang), moment=moment)


def _kept_redactions(answers: Sequence[tuple[str, Answer]]) -> Counter[str]:
    """What earlier sessions of this diagnosis removed: their markers are in its answers."""
    from ..redact import marker_kinds

    found: Counter[str] = Counter()
    for _, value in answers:
        for text in (value if isinstance(value, tuple) else (value,)):
            if isinstance(text, str):
                found.update(marker_kinds(text))
    return found


def review_entries(flow: Flow, answers: Sequence[tuple[str, Answer]],
                   lang: str, now: datetime | None = None) -> list[tuple[str, str]]:
    """Each answer under its question's short label, as it reads (already redacted).

    With `now`, the answers that followed from a date answer are listed too, saying so.
    """
    return _review(flow, answers, lang, now)[0]


def _review(flow: Flow, answers: Sequence[tuple[str, Answer]], lang: str,
            now: datetime | None) -> tuple[list[tuple[str, str]], list[int]]:
    """The review's entries, and for each the index of the answer that changing it changes.

    A derived answer is changed by changing the date answer it follows from.
    """
    state = engine.walk(flow, answers, now)
    given = list(answers[: state.consumed])
    derived = dict(state.derived)
    index_of = {question_id: i for i, (question_id, _) in enumerate(given)}
    entries: list[tuple[str, str]] = []
    targets: list[int] = []
    seen: set[str] = set()
    consumed = 0
    for node_id in state.path:
        question = flow.nodes[node_id]
        if not isinstance(question, Question):
            continue
        if node_id in derived and node_id not in seen:
            source = question.derive_from or ""
            said = dict(given).get(source)
            typed = _written(said) if isinstance(said, str) else ""
            shown = pick(display_answer(question, derived[node_id]), lang)
            entries.append((pick(answer_label(question), lang),
                            t("review.derived", lang, answer=shown, source=typed)))
            targets.append(index_of.get(source, 0))
            seen.add(node_id)
            continue
        if consumed < len(given) and given[consumed][0] == node_id:
            value = given[consumed][1]
            shown = pick(display_answer(question, value), lang)
            if question.kind == "text" and not question.reference:
                from ..redact import mask_contact

                # Partly hidden as every export shows it (walk A17: "账户（部分隐藏）" read
                # "13812345678"); the answer itself is kept as typed.
                shown = mask_contact(shown)
            if isinstance(value, bool) or value == ():
                shown = shown[:1].upper() + shown[1:]  # as the choice read: "Yes", "None of these"
            entries.append((pick(answer_label(question), lang),
                            shown if (value != "" or question.empty is not None)
                            and (value != () or question.kind == "multiselect")
                            else t("review.skipped", lang)))
            targets.append(consumed)
            consumed += 1
    return entries, targets


def _as_typed(value: Answer) -> Answer:
    """An answer as the prompt offers it again: a time as the user wrote it, not its stored line.

    Kept, it is read again against the clock, as any typed time is.
    """
    if isinstance(value, str):
        from .dates import parse_stored

        parsed = parse_stored(value)
        if parsed is not None:
            return parsed[1]
    return value


def _written(stored: str) -> str:
    """What the user typed for a date answer."""
    from .dates import parse_stored

    parsed = parse_stored(stored)
    return parsed[1] if parsed is not None else stored


def run_session(flow: Flow, prompter: Prompter, *, lang: str,
                answers: Sequence[tuple[str, Answer]] = (),
                outlets: Outlets | None = None, review: bool = False,
                now: Callable[[], datetime] | None = None,
                zone: str | None = None, can_leave: bool = False,
                zone_doubt: ZoneDoubt | None = None) -> SessionResult:
    """Ask until the flow ends; return the result. `answers` resumes an earlier run.

    With `review`, the end is not final until the user has seen every answer and
    accepted them: changing one asks that question again, keeps the later answers
    whose questions still lie on the new path, and asks only what is new.

    `now` gives the user's current time (aware, in their zone named `zone`): time
    answers such as "yesterday 10:30" are read against it when they are given.

    With `can_leave`, Back on the first question raises `LeaveFlow`, so the caller
    can show the problem list again. `zone_doubt` says `zone` is only the machine's
    UTC (see `ZoneDoubt`).
    """
    from ..redact import redact

    if now is None:
        def now() -> datetime:
            return datetime.now().astimezone()

    out = outlets or Outlets()
    given: tuple[tuple[str, Answer], ...] = tuple(answers)
    state = engine.walk(flow, given, now())
    given = given[: state.consumed]  # a draft from an older flow keeps what still fits
    remembered: dict[str, Answer] = {}
    kept: dict[str, Answer] = {}  # later answers to reuse after a change on review
    ahead = engine.questions_ahead(flow)
    shown = 0
    redactions: Counter[str] = _kept_redactions(given)
    while True:
        clock = now()
        state = engine.walk(flow, given, clock)
        for advice in state.advice[shown:]:
            out.advice(advice)
        shown = len(state.advice)
        if isinstance(state.step, End):
            if review:
                entries, targets = _review(flow, given, lang, clock)
                picked_entry = prompter.review(entries, lang=lang) if entries else None
                if picked_entry is not None:
                    change = targets[picked_entry]
                    question_id, value = given[change]
                    remembered[question_id] = _as_typed(value)
                    kept = dict(given[change + 1:])
                    given = given[:change]
                    shown = len(engine.walk(flow, given, clock).advice)
                    continue
            return SessionResult(engine.result(flow, given, clock.date(), clock), redactions)
        question = state.step
        if question.id in kept:  # answered before the change, and still on the path
            try:
                given = engine.apply_answer(flow, given, kept.pop(question.id), clock)
            except AnswerError:
                pass  # the changed date rules the kept answer out: ask it again
            else:
                out.saved(given)
            continue
        answers_itself = getattr(prompter, "answers_itself", None)
        if answers_itself is None or not answers_itself(question):
            # not for an answer from --set or --answers: a line with no question under it
            out.progress(state.consumed + 1, state.consumed + max(ahead.get(question.id, 1), 1))
        default = remembered.get(question.id)
        so_far = tuple(given)

        def agrees(value: Answer, so_far: tuple[tuple[str, Answer], ...] = so_far,
                   question: Question = question, clock: datetime = clock) -> None:
            engine.check_agrees(flow, so_far, question, value, clock)

        raw = prompter.ask(question, lang=lang, default=default,
                           can_back=state.consumed > 0 or can_leave,
                           validate=validator_for(question, lang, agrees))
        if isinstance(raw, Back):
            if state.consumed == 0:
                raise LeaveFlow
            last_id, last_value = given[state.consumed - 1]
            remembered[last_id] = _as_typed(last_value)
            given = engine.back(flow, given, clock)
            shown = len(engine.walk(flow, given, clock).advice)
            continue
        try:
            value = engine.check_answer(question, raw)
        except engine.AmbiguousNumber as doubt:
            settled = _settle_number(prompter, question, doubt, lang)
            if settled is None:
                continue  # neither reading: ask the question again
            value = engine.check_answer(question, settled)
        if (question.last_digits and isinstance(raw, str) and isinstance(value, str)
                and value != raw.strip()):
            out.notice(t("redact.notice.last-digits", lang, keep=question.last_digits,
                         answer=redact(value, lang).text))
        if isinstance(value, str) and value and question.kind in TYPED_KINDS:
            cleaned = redact(value, lang, reference=question.reference)
            if cleaned.changed:
                for kind in dict.fromkeys(cleaned.kinds):
                    if kind not in redactions:
                        out.notice(t(f"redact.notice.{kind}", lang))
                redactions.update(cleaned.kinds)
                value = cleaned.text
        if question.kind == "datetime" and isinstance(value, str) and value:
            from .dates import parse_stored

            if parse_stored(value) is None:
                timed = _settle_time(prompter, question, value, lang, now(), zone, out.notice,
                                     zone_doubt)
                if timed is None:
                    continue
                value = timed
        currency = engine.borrowed_currency(question, given[: state.consumed], value)
        try:
            given = engine.apply_answer(flow, given, value, clock)
        except AnswerError as error:
            if error.code not in ("contradicts", "contradicts-sum"):
                raise
            # An arrow-key select has no validator of its own: say why, and ask again.
            out.notice(_reason(error, lang))
            continue
        if currency is not None:
            out.notice(_borrowed_notice(flow, question, given, lang))
        remembered.pop(question.id, None)
        out.saved(given)
