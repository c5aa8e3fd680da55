"""What walking a flow produces: advice as it applies, where a flow stands, the result.

Plain frozen data, so the screens and exports can show a result without importing
the engine that made it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import field
from datetime import date

from ..frozen import frozen
from ..i18n import pick, t
from .model import Advice, Answer, ChecklistItem, End, Flow, Question, Step, Text

__all__ = [
    "CONTACTED",
    "ChecklistEntry",
    "Result",
    "ShownAdvice",
    "Walk",
]


#: The choice every flow's "what have you tried" question gives to "Already contacted the
#: wallet's support" (failed-withdrawal, failed-payment, top-up, locked-account).
CONTACTED = "contacted-support"


@frozen
class ShownAdvice:
    """An advice node as it applies to these answers: only the steps whose `when` holds.

    `problems` names the sums that could not be worked out, with why
    (``("percent-fee", "too-large")``); their steps are left out.
    """

    advice: Advice
    steps: tuple[Step, ...]
    values: Mapping[str, Text] = field(default_factory=dict)  # {name} placeholders → text
    problems: tuple[tuple[str, str], ...] = ()

    def text(self, step: Step, lang: str) -> str:
        """A step's text in `lang` with its placeholders filled."""
        from .arithmetic import fill

        return fill(pick(step.text, lang), {k: pick(v, lang) for k, v in self.values.items()})


@frozen
class Walk:
    """Where a flow stands: nodes visited, advice reached, and what comes next."""

    path: tuple[str, ...]
    advice: tuple[ShownAdvice, ...]
    step: Question | End
    consumed: int  # how many of the given answers lie on the path
    #: Answers that followed from an earlier date answer (`from:`), in path order.
    derived: tuple[tuple[str, Answer], ...] = ()


@frozen
class ChecklistEntry:
    """A checklist item with its value from the answers, or None when still to gather."""

    item: ChecklistItem
    value: Text | None


@frozen
class Result:
    """What a finished flow produced.

    `check_by` is the day to check again for a `wait` end, worked out from the
    answers (or the day of the diagnosis); None when there was nothing to count from.
    """

    flow: Flow
    path: tuple[str, ...]
    answers: Mapping[str, Answer]
    advice: tuple[ShownAdvice, ...]
    end: End
    checklist: tuple[ChecklistEntry, ...]
    check_by: date | None = None
    #: Answers the user was not asked: question id → the date question they follow from.
    derived: Mapping[str, str] = field(default_factory=dict)
    #: Money went to someone's account (the end's `payee` held): the police can be asked
    #: to stop that payment.
    payee: bool = False
    #: An urgent end shows the region's police lines (the end's `authorities` held).
    authorities: bool = True
    #: An urgent end opens with the freeze line (the end's `freeze` held).
    freeze: bool = True

    @property
    def outcome(self) -> str:
        """resolved, contact-support, urgent, wait, estimate, self-check, ask-bank or ask-sender."""
        return self.end.outcome

    @property
    def recommend(self) -> tuple[str, ...]:
        """The channel kinds to try first."""
        return self.end.recommend

    @property
    def prefer(self) -> str | None:
        """The kind of channel the end's advice asks for (written, spoken), if any."""
        return self.end.prefer

    def message(self, lang: str) -> str:
        """The end's message in `lang`, its {check_by} filled in."""
        return _fill_check_by(pick(self.end.message, lang), self, lang)

    def then(self, lang: str) -> str | None:
        """For a `wait` end: what to do if the problem is still there by `check_by`.

        A user who already contacted the wallet's support follows that conversation up
        instead of starting a new one: the end's `followup` (its own specifics: a block
        explorer, the receipt to attach), or its `then` and a line saying so.
        """
        if self.end.then is None:
            return None
        then = pick(self.end.then, lang)
        if self.contacted:
            then = (pick(self.end.followup, lang) if self.end.followup is not None
                    else t("check-by.followup", lang, then=then))
        return _fill_check_by(then, self, lang)

    @property
    def contacted(self) -> bool:
        """Whether the user said they already contacted the wallet's support."""
        return any(isinstance(value, tuple) and CONTACTED in value
                   for value in self.answers.values())


def _fill_check_by(text: str, result: Result, lang: str) -> str:
    if "{check_by}" not in text:
        return text
    from .dates import day_text

    if result.check_by is not None:
        shown = day_text(result.check_by, lang)
    else:
        shown = t("check-by.after-days", lang, days=result.end.check_days)
    return text.replace("{check_by}", shown)
