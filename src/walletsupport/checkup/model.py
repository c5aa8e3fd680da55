"""A security check-up as data: habits, the answers each can get, and the mark each answer earns.

A check-up reads like `flutter doctor`: every habit ends up good (✓), could be
better (!) or at risk (✗), and every mark short of good carries its fix. Like
flows, check-ups are written in YAML (``kind: checkup``) and loaded from the same
folders; this module holds the typed, immutable result of loading one, and the
pure step from answers to findings.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..diagnosis.model import Choice, Condition, Question, Text
from ..frozen import frozen

__all__ = [
    "MARKS",
    "Checkup",
    "CheckupResult",
    "Finding",
    "Habit",
    "HabitAnswer",
    "assess",
]

#: The marks, best first: ✓ good, ! could be better, ✗ at risk.
MARKS = ("good", "could-be-better", "at-risk")


@frozen
class HabitAnswer:
    """One answer a habit's question can get, and what it says about the habit."""

    id: str
    label: Text
    mark: str  # one of MARKS
    status: Text  # how the habit reads on the result line with this answer
    fix: Text | None = None  # required unless the mark is good
    line: int = 0
    #: Offered only where this holds for the wallet's facts, like a habit's `when`
    #: (MetaMask is not offered "there's none, a company holds my money").
    when: Condition | None = None


@frozen
class Habit:
    """One habit the check-up asks about."""

    id: str
    title: Text
    prompt: Text
    answers: tuple[HabitAnswer, ...]
    help: Text | None = None
    where: Text | None = None  # where the setting is, for the fix
    line: int = 0
    path: str = ""
    source: str = "built-in"
    #: Asked only where this holds for the wallet's facts (`wallet-custody`,
    #: `wallet-recovery-phrase`): no two-factor question for MetaMask, which has no account.
    when: Condition | None = None

    def answer(self, answer_id: str) -> HabitAnswer | None:
        """The answer with this id, if there is one."""
        for answer in self.answers:
            if answer.id == answer_id:
                return answer
        return None

    def question(self, prompt: Text | None = None) -> Question:
        """The habit as a one-choice question, for the prompters (`prompt` replaces its own)."""
        return Question(self.id, "select", self.prompt if prompt is None else prompt,
                        help=self.help, line=self.line,
                        choices=tuple(Choice(a.id, a.label, line=a.line) for a in self.answers))


@frozen
class Checkup:
    """A named list of habits: the built-in one is ``checkup``; extensions add habits."""

    id: str
    title: Text
    summary: Text
    habits: tuple[Habit, ...]
    path: str = ""
    line: int = 0
    source: str = "built-in"
    extends: str | None = None  # an extension: its habits join the check-up of this id

    def for_wallet(self, facts: Mapping[str, object]) -> Checkup:
        """The check-up as asked about a wallet with these facts: what it cannot have left out.

        With no facts (no wallet named), every habit is asked.
        """
        from dataclasses import replace

        from ..diagnosis.engine import evaluate

        kept = []
        for habit in self.habits:
            if not evaluate(habit.when, facts):  # type: ignore[arg-type]
                continue
            offered = tuple(a for a in habit.answers
                            if evaluate(a.when, facts))  # type: ignore[arg-type]
            kept.append(habit if len(offered) == len(habit.answers)
                        else replace(habit, answers=offered))
        return self if kept == list(self.habits) else replace(self, habits=tuple(kept))

    def habit(self, habit_id: str) -> Habit | None:
        """The habit with this id, if there is one."""
        for habit in self.habits:
            if habit.id == habit_id:
                return habit
        return None

    @property
    def outside(self) -> tuple[str, ...]:
        """The files, not from walletsupport itself, that some habits come from."""
        return tuple(dict.fromkeys(h.path for h in self.habits if h.source != "built-in"))


@frozen
class Finding:
    """A habit with the answer given and the mark it earns."""

    habit: Habit
    answer: HabitAnswer

    @property
    def mark(self) -> str:
        """good, could-be-better or at-risk."""
        return self.answer.mark


@frozen
class CheckupResult:
    """Every habit's finding, in the check-up's order."""

    checkup: Checkup
    findings: tuple[Finding, ...]

    def count(self, mark: str) -> int:
        """How many habits earned `mark`."""
        return sum(1 for f in self.findings if f.mark == mark)

    @property
    def at_risk(self) -> bool:
        """Whether any habit is at risk."""
        return self.count("at-risk") > 0

    @property
    def overall(self) -> str:
        """The worst mark earned (good when every habit is good)."""
        for mark in reversed(MARKS):
            if self.count(mark):
                return mark
        return "good"

    @property
    def exit_code(self) -> int:
        """0 when nothing is at risk, 1 otherwise, like a doctor command in CI."""
        from ..errors import ExitCode

        return ExitCode.FAILURE if self.at_risk else ExitCode.OK


def assess(checkup: Checkup, answers: Mapping[str, str]) -> CheckupResult:
    """The findings for `answers` (habit id to answer id); every habit must be answered.

    Raises `KeyError` naming the habit whose answer is missing or unknown: callers
    check answers as they are given, so this is a programming error here.
    """
    findings = []
    for habit in checkup.habits:
        answer = habit.answer(answers[habit.id])
        if answer is None:
            raise KeyError(f"{habit.id}: {answers[habit.id]!r} is not one of its answers")
        findings.append(Finding(habit, answer))
    return CheckupResult(checkup, tuple(findings))
