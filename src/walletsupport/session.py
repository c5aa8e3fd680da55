"""One diagnosis: the loop that asks, validates, redacts and shows advice as it is reached.

The engine decides; the prompter asks; the `Outlets` show and save. Nothing
here knows whether it runs in a terminal, through a pipe or in a test.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from . import engine
from .engine import AnswerError, Result, ShownAdvice, display_answer
from .i18n import pick, t
from .model import Answer, End, Flow, Question
from .prompting import Back, Prompter

__all__ = ["Outlets", "SessionResult", "review_entries", "run_session", "validator_for"]


@dataclass
class Outlets:
    """Where a session's side effects go: showing advice and notices, saving progress."""

    advice: Callable[[ShownAdvice], None] = lambda shown: None
    notice: Callable[[str], None] = lambda text: None
    saved: Callable[[tuple[tuple[str, Answer], ...]], None] = lambda answers: None
    #: Where the user is: question `number` of about `total` (the longest path left).
    progress: Callable[[int, int], None] = lambda number, total: None


@dataclass
class SessionResult:
    """The engine's result plus what the session removed from free text."""

    result: Result
    redactions: Counter[str] = field(default_factory=Counter)


def _reason(error: AnswerError, lang: str) -> str:
    # The reason quotes the answer back: never a secret, never a page of text.
    value = _quoted(error.value, lang)
    return t(f"answer-error.{error.code}", lang, value=value, limit=engine.MAX_ANSWER)


def _quoted(value: object, lang: str) -> object:
    """An answer as a reason may quote it: every text in it redacted, then shortened.

    A scripted answer may be a list or a mapping (a YAML answers file), so the
    texts inside are redacted too. The whole text is redacted before it is
    shortened: a cut could leave half a phrase that redact would not see.
    """
    if isinstance(value, str):
        from .redact import redact

        text = redact(value, lang).text
        return text if len(text) <= 60 else text[:57] + "..."
    if isinstance(value, (list, tuple)):
        return [_quoted(item, lang) for item in value]
    if isinstance(value, dict):
        return {_quoted(key, lang): _quoted(item, lang) for key, item in value.items()}
    return value


def validator_for(question: Question, lang: str) -> Callable[[object], str | None]:
    """A check the prompter can run on a raw answer: None, or the reason in `lang`."""

    def check(value: object) -> str | None:
        try:
            engine.check_answer(question, value)
        except AnswerError as error:
            return _reason(error, lang)
        return None

    return check


def review_entries(flow: Flow, answers: Sequence[tuple[str, Answer]],
                   lang: str) -> list[tuple[str, str]]:
    """Each answered question as asked, with its answer as it reads (already redacted)."""
    entries = []
    for question_id, value in answers:
        question = flow.nodes[question_id]
        assert isinstance(question, Question)
        shown = pick(display_answer(question, value), lang)
        entries.append((pick(question.prompt, lang),
                        shown if value not in ("", ()) else t("review.skipped", lang)))
    return entries


def run_session(flow: Flow, prompter: Prompter, *, lang: str,
                answers: Sequence[tuple[str, Answer]] = (),
                outlets: Outlets | None = None, review: bool = False) -> SessionResult:
    """Ask until the flow ends; return the result. `answers` resumes an earlier run.

    With `review`, the end is not final until the user has seen every answer and
    accepted them: changing one asks that question again, keeps the later answers
    whose questions still lie on the new path, and asks only what is new.
    """
    from .redact import redact

    out = outlets or Outlets()
    given: tuple[tuple[str, Answer], ...] = tuple(answers)
    state = engine.walk(flow, given)
    given = given[: state.consumed]  # a draft from an older flow keeps what still fits
    remembered: dict[str, Answer] = {}
    kept: dict[str, Answer] = {}  # later answers to reuse after a change on review
    ahead = engine.questions_ahead(flow)
    shown = 0
    redactions: Counter[str] = Counter()
    while True:
        state = engine.walk(flow, given)
        for advice in state.advice[shown:]:
            out.advice(advice)
        shown = len(state.advice)
        if isinstance(state.step, End):
            if review:
                entries = review_entries(flow, given, lang)
                change = prompter.review(entries, lang=lang) if entries else None
                if change is not None:
                    question_id, value = given[change]
                    remembered[question_id] = value
                    kept = dict(given[change + 1:])
                    given = given[:change]
                    shown = len(engine.walk(flow, given).advice)
                    continue
            return SessionResult(engine.result(flow, given), redactions)
        question = state.step
        if question.id in kept:  # answered before the change, and still on the path
            given = engine.apply_answer(flow, given, kept.pop(question.id))
            out.saved(given)
            continue
        out.progress(state.consumed + 1, state.consumed + max(ahead.get(question.id, 1), 1))
        default = remembered.get(question.id)
        raw = prompter.ask(question, lang=lang, default=default, can_back=state.consumed > 0,
                           validate=validator_for(question, lang))
        if isinstance(raw, Back):
            last_id, last_value = given[state.consumed - 1]
            remembered[last_id] = last_value
            given = engine.back(flow, given)
            shown = len(engine.walk(flow, given).advice)
            continue
        value = engine.check_answer(question, raw)
        if isinstance(value, str) and value and question.kind in ("text", "number"):
            cleaned = redact(value, lang, reference=question.reference)
            if cleaned.changed:
                for kind in dict.fromkeys(cleaned.kinds):
                    if kind not in redactions:
                        out.notice(t(f"redact.notice.{kind}", lang))
                redactions.update(cleaned.kinds)
                value = cleaned.text
        given = engine.apply_answer(flow, given, value)
        remembered.pop(question.id, None)
        out.saved(given)
