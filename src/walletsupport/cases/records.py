"""The records read back from the case store: a finished case and its parts, drafts, notes.

Kept apart from `store` so that `cases list`, which shows summaries only, does not
build these classes at start-up (each frozen dataclass costs a millisecond or two to
create); `store` makes them available under its own names as well.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from ..frozen import frozen

if TYPE_CHECKING:
    from ..diagnosis.model import Answer

__all__ = ["Bilingual", "Case", "CaseAdvice", "CaseAnswer", "CaseItem", "CaseStep", "Draft",
           "Note"]

#: A text in every language the tool speaks: {"en": ..., "zh": ...} (as `store.Bilingual`).
Bilingual = Mapping[str, str]


@frozen
class CaseAnswer:
    """One question on the path, with the raw answer and how it reads."""

    question: str
    kind: str
    prompt: Bilingual
    value: Answer
    display: Bilingual
    reference: bool = False
    #: The question's short name ("Amount" / "金额"); None in a case saved before labels.
    label: Bilingual | None = None
    #: For an answer the user was not asked: what they wrote to the date question it
    #: follows from ("3 hours ago").
    derived_from: str | None = None

    def heading(self, lang: str) -> str:
        """The name the answer goes under: its label, else the question as asked."""
        from ..i18n import pick

        return pick(self.label if self.label is not None else self.prompt, lang)

    @property
    def skipped(self) -> bool:
        """Whether an optional question was left empty ("none of these" is an answer).

        Enter on a question that says what it means ("No minimum fee") is an answer too:
        its display holds that meaning.
        """
        if self.value == "":
            return not any(self.display.values())
        return self.value == () and self.kind != "multiselect"


@frozen
class CaseStep:
    """One step of advice the user was shown."""

    id: str
    text: Bilingual
    severity: str


@frozen
class CaseAdvice:
    """An advice node as it was shown: only the steps that applied."""

    node: str
    title: Bilingual | None
    steps: tuple[CaseStep, ...]


@frozen
class CaseItem:
    """A checklist item, filled from an answer or still to gather (`value` None)."""

    id: str
    label: Bilingual
    hint: Bilingual | None
    value: Bilingual | None
    source: str | None = None  # the question it was filled from

    @property
    def filled(self) -> bool:
        """Whether the answers already provide this detail."""
        return self.value is not None


@frozen
class Note:
    """What support answered, as the user wrote it down (redacted)."""

    at: datetime
    zone: str | None
    text: str


@frozen
class Draft:
    """An unfinished diagnosis: the answers so far."""

    id: int
    flow_id: str
    answers: tuple[tuple[str, Answer], ...]
    lang: str
    created: datetime
    updated: datetime
    wallet: str | None = None  # the wallet chosen before the first question, if any
    description: str | None = None  # the problem in the user's own words (redacted)


@frozen
class Case:
    """A finished diagnosis and what happened with support since."""

    id: int
    status: str
    flow_id: str
    flow_title: Bilingual
    outcome: str
    message: Bilingual
    recommend: tuple[str, ...]
    answers: tuple[CaseAnswer, ...]
    advice: tuple[CaseAdvice, ...]
    checklist: tuple[CaseItem, ...]
    path: tuple[str, ...]
    redactions: Mapping[str, int]
    lang: str
    created: datetime
    updated: datetime
    zone: str | None
    ticket: str | None = None
    notes: tuple[Note, ...] = ()
    edited: tuple[datetime, ...] = ()  # when its answers were corrected (`cases edit`)
    #: "diagnosis", or "checkup" for a saved security check-up (`checkup` holds its result).
    kind: str = "diagnosis"
    checkup: Mapping[str, Any] | None = None
    #: The file of a flow that is not walletsupport's own (its texts are labelled with it).
    origin: str | None = None
    #: For a wait: the day to check again (ISO) and what to do then.
    check_by: str | None = None
    then: Bilingual | None = None
    #: The problem in the user's own words, as typed to describe it (redacted).
    description: str | None = None
    #: The wallet or app the problem is with: a profile name, "other", "unsaid" or None.
    wallet: str | None = None
