"""Asking a check-up's questions, and checking its scenario files.

`ask` is the check-up's session loop: one question per habit, Back to the one
before with its answer pre-selected, every answer checked before it counts.
Scenario files give answers and expect marks, a summary and an exit code, like
the flows' scenarios, and `coverage` says which answers (and so which marks) no
scenario reaches.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..diagnosis.model import Question, Text
from ..diagnosis.yamlsrc import Located, load_file
from ..errors import Cancelled, FlowError, InputEnded, Many, Msg
from ..frozen import frozen
from ..i18n import pick, t
from ..prompting import Back, Prompter
from .model import MARKS, Checkup, CheckupResult, Habit, assess

__all__ = [
    "CheckupCoverage",
    "CheckupOutcome",
    "CheckupScenario",
    "ask",
    "checkup_coverage",
    "fold_question",
    "load_checkup_scenarios",
    "normalise",
    "run_checkup_scenario",
]


def _numbered(habit: Habit, number: int, total: int) -> Text:
    """The habit's prompt with its place in the check-up, in both languages."""
    return {lang: t("checkup.progress", lang, number=number, total=total,
                    prompt=pick(habit.prompt, lang)) for lang in ("en", "zh")}


def fold_question(question: Question, width: int) -> Question:
    """The question with its prompt and help as lines that fit `width`, broken between words.

    Arrow-key prompts break long lines at the terminal's edge, mid-word, and show
    the help right after the question's last word. Folded here, the question wraps
    like the rest of the screen, and its help (shown only while the question is
    open) stands on lines of its own, with the keys to use.
    """
    from dataclasses import replace

    from ..wrapping import display_width, wrap

    room = max(width - 3, 20)  # the "? " in front, and the last column prompt_toolkit keeps free
    # The answer is shown after the question's last word once given: leave it room
    # ("I'm not sure"), so that it does not break mid-word at the edge either.
    # Only the last line needs that room: the others use the whole width.
    short = room - 13 if room >= 48 else room
    prompt, hint = {}, {}
    for lang in ("en", "zh"):
        lines = wrap(pick(question.prompt, lang), room, rest="  ")
        if display_width(lines[-1]) > short:
            last = lines.pop()
            lines += wrap(last[2:] if lines else last, short, first="  " if lines else "",
                          rest="  ")
        prompt[lang] = "\n".join(lines)
        lines = [] if question.help is None else wrap(pick(question.help, lang), room,
                                                      first="  ", rest="  ")
        # The prompt adds the key hint after the help's last line (once); where it would
        # not fit there, it gets a line of its own rather than wrap mid-hint.
        keys = display_width(t("prompt.select.instruction", lang)) + 1
        if lines and display_width(lines[-1]) + keys > room:
            lines.append(" ")
        hint[lang] = "\n" + "\n".join(lines) if lines else ""
    return replace(question, prompt=prompt, help=hint)


def normalise(habit: Habit, value: object) -> object:
    """A scripted answer as an answer id: YAML's true/false read as yes/no."""
    if isinstance(value, bool):
        wanted = "yes" if value else "no"
        if habit.answer(wanted) is not None:
            return wanted
    if isinstance(value, str):
        return value.strip()
    return value


def ask(checkup: Checkup, prompter: Prompter, *, lang: str,
        fold: int | None = None) -> CheckupResult:
    """Ask every habit's question in turn (Back goes one question back) and assess the answers.

    `fold` is the width of an arrow-key prompter's terminal: the questions are
    then wrapped to it, with their help on lines of their own.
    """
    from ..diagnosis.session import validator_for

    habits = checkup.habits
    given: dict[str, str] = {}
    index = 0
    while index < len(habits):
        habit = habits[index]
        question = habit.question(_numbered(habit, index + 1, len(habits)))
        if fold is not None:
            question = fold_question(question, fold)
        try:
            raw = prompter.ask(question, lang=lang, default=given.get(habit.id),
                               can_back=index > 0, validate=validator_for(question, lang))
        except (Cancelled, InputEnded) as stop:
            # Carry what was answered, so the caller can say how to go on from here.
            stop.answers = {h.id: given[h.id] for h in habits[:index]}
            raise
        if isinstance(raw, Back):
            index -= 1
            continue
        value = normalise(habit, raw)
        problem = validator_for(question, lang)(value)
        if problem is not None:  # a prompter that returns what it did not check
            continue
        given[habit.id] = str(value)
        index += 1
    return assess(checkup, given)


@frozen
class CheckupScenario:
    """One named run through a check-up with the results it must produce."""

    flow_id: str  # the check-up's id (named like a flow scenario's, for the shared report)
    name: str
    answers: Mapping[str, Any]
    expect: Mapping[str, Any]
    path: str
    line: int


@frozen
class CheckupOutcome:
    """How a scenario went: `failures` is empty when it passed."""

    scenario: CheckupScenario
    failures: tuple[Msg, ...]
    taken: tuple[tuple[str, str], ...] = ()

    @property
    def passed(self) -> bool:
        """Whether every expectation held."""
        return not self.failures


_EXPECT_KEYS = {"marks", "summary", "exit"}


def load_checkup_scenarios(path: Path, data: Any = None) -> list[CheckupScenario]:
    """Read a check-up scenario file (``checkup: ID``); malformed parts are `FlowError`s."""
    if data is None:
        data = load_file(path)
    name = str(path)
    if not isinstance(data, Located):
        raise FlowError(name, 1, key="scenario.checkup.not-mapping")
    for key in data:
        if key not in ("checkup", "scenarios"):
            raise FlowError(name, data.line_of(key), key="scenario.checkup.unknown-field",
                            name=key)
    checkup_id = data.get("checkup")
    if not isinstance(checkup_id, str):
        raise FlowError(name, data.line_of("checkup"), key="scenario.checkup.id")
    from ..authoring.scenarios import scenario_entries

    found: list[CheckupScenario] = []
    for line, item, title, answers, expect in scenario_entries(name, data,
                                                               "scenario.checkup.answers"):
        if not isinstance(expect, Located) or not expect:
            raise FlowError(name, item.line_of("expect"), key="scenario.checkup.expect",
                            title=title)
        for key in expect:
            if key not in _EXPECT_KEYS:
                raise FlowError(name, expect.line_of(key), key="scenario.expect-unknown",
                                title=title, name=key, known=Many(sorted(_EXPECT_KEYS)))
        found.append(CheckupScenario(checkup_id, title, dict(answers), dict(expect), name, line))
    return found


def run_checkup_scenario(checkup: Checkup, scenario: CheckupScenario) -> CheckupOutcome:
    """Answer the check-up from the scenario, then compare the result with what it expects."""
    failures: list[Msg] = []
    given: dict[str, str] = {}
    for habit_id in scenario.answers:
        if checkup.habit(habit_id) is None:
            failures.append(Msg("scenario.fail.checkup-not-asked", id=habit_id))
    for habit in checkup.habits:
        if habit.id not in scenario.answers:
            # Habits an operator added (or a scenario is not about) are left out of its
            # result, so the shipped scenarios still hold with extra habits installed.
            continue
        value = normalise(habit, scenario.answers[habit.id])
        if not isinstance(value, str) or habit.answer(value) is None:
            failures.append(Msg("scenario.fail.not-an-answer", id=habit.id, value=value,
                                known=Many(a.id for a in habit.answers)))
            continue
        given[habit.id] = value
    taken = tuple(given.items())
    if not given and not failures:
        failures.append(Msg("scenario.fail.no-habit"))
    if failures:
        return CheckupOutcome(scenario, tuple(failures), taken)
    from dataclasses import replace

    asked = replace(checkup, habits=tuple(h for h in checkup.habits if h.id in given))
    result = assess(asked, given)
    expect = scenario.expect
    marks = {f.habit.id: f.mark for f in result.findings}
    for habit_id, wanted in (expect.get("marks") or {}).items():
        if habit_id not in marks:
            failures.append(Msg("scenario.fail.marks-unknown", id=habit_id))
        elif marks[habit_id] != wanted:
            failures.append(Msg("scenario.fail.mark", id=habit_id, got=marks[habit_id],
                                    wanted=wanted))
    for mark, wanted in (expect.get("summary") or {}).items():
        if mark not in MARKS:
            failures.append(Msg("scenario.fail.summary-mark", mark=mark, known=Many(MARKS)))
        elif result.count(mark) != wanted:
            failures.append(Msg("scenario.fail.summary", got=result.count(mark), mark=mark,
                                    wanted=wanted))
    if "exit" in expect and expect["exit"] != result.exit_code:
        failures.append(Msg("scenario.fail.exit", got=result.exit_code, wanted=expect["exit"]))
    return CheckupOutcome(scenario, tuple(failures), taken)


@dataclass
class CheckupCoverage:
    """What the scenarios of one check-up reach, and what none of them does."""

    checkup: Checkup
    taken: set[tuple[str, str]] = field(default_factory=set)

    def all_answers(self) -> list[tuple[str, str]]:
        """Every (habit, answer) pair of the check-up."""
        return [(h.id, a.id) for h in self.checkup.habits for a in h.answers]

    def all_marks(self) -> list[tuple[str, str]]:
        """Every (habit, mark) pair some answer of the check-up earns."""
        return list(dict.fromkeys((h.id, a.mark) for h in self.checkup.habits
                                  for a in h.answers))

    def reached_marks(self) -> set[tuple[str, str]]:
        """The (habit, mark) pairs the scenarios reach."""
        found = set()
        for habit_id, answer_id in self.taken:
            habit = self.checkup.habit(habit_id)
            answer = habit.answer(answer_id) if habit is not None else None
            if answer is not None:
                found.add((habit_id, answer.mark))
        return found

    def missing_answers(self) -> list[tuple[str, str]]:
        """Answers no scenario gives."""
        return [pair for pair in self.all_answers() if pair not in self.taken]


def checkup_coverage(checkup: Checkup, outcomes: Iterable[CheckupOutcome]) -> CheckupCoverage:
    """Which answers the scenarios' runs gave."""
    found = CheckupCoverage(checkup)
    for outcome in outcomes:
        found.taken.update(outcome.taken)
    return found
