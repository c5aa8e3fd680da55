"""Scenario files: answers in, expected end, advice and checklist out; plus coverage.

A scenario file (conventionally `flows/tests/<flow-id>.yaml`) looks like::

    flow: failed-withdrawal
    scenarios:
      - name: over the daily limit
        answers: {what-happened: rejected, limits: over, ...}
        expect:
          end: end-limits              # the end node reached
          outcome: resolved            # optional
          advice: [read-error, lower-amount]   # every advice step shown, in order
          checklist: {amount: "5,000 CNY", reference: null}   # English values; null = open
          path: [what-happened, ...]   # optional: every node visited
          values: {fee: "60.00"}       # optional: sums shown by advice (see `compute`)
          not_advice: [bank-hours]     # optional: steps that must not be shown on this path
          not_checklist: [card-digits] # optional: checklist items that must not be listed
          not_asked: [card-detail]     # optional: questions that must not be asked
          not_text: [bank, 银行]        # optional: words no text shown on the path may hold
          check_by: 2026-11-27         # optional: a wait end's day to check again
        now: 2026-11-25T10:00:00+08:00 # optional: the user's clock: date answers such as
                                       # "2 days ago" are read against it, and answers
                                       # that follow from a date answer are derived
        wallet: metamask               # optional: the wallet chosen (a profile name):
                                       # `when: {wallet-custody: self}` tests its custody

Answers are given per question id, as in `diagnose --answers`. `not_text` looks,
in every language and ignoring case, at what the user reads on the path: the
prompt, help and example of each question asked, every advice step and title
shown, the end's message and the checklist; not at choice labels (a menu offers
every path). Coverage counts
which end nodes, select and multi-select choices and yes/no branches no
scenario reaches.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from ..diagnosis import engine
from ..diagnosis.engine import AnswerError
from ..diagnosis.model import End, Flow, Question
from ..diagnosis.yamlsrc import Located, LocatedList, load_file
from ..errors import FlowError, Many, Msg
from ..frozen import frozen
from ..i18n import pick
from ..prompting import coerce

__all__ = ["Coverage", "Outcome", "Scenario", "coverage", "flow_for", "load_scenarios",
           "run_scenario"]


@frozen
class Scenario:
    """One named run through a flow with the results it must produce."""

    flow_id: str
    name: str
    answers: Mapping[str, Any]
    expect: Mapping[str, Any]
    path: str
    line: int
    now: datetime | None = None  # the user's clock, for answers derived from a date
    wallet: str | None = None  # the profile of the wallet chosen: the flow's facts


@frozen
class Outcome:
    """How a scenario went: `failures` is empty when it passed."""

    scenario: Scenario
    failures: tuple[Msg, ...]
    taken: tuple[tuple[str, Any], ...] = ()

    @property
    def passed(self) -> bool:
        """Whether every expectation held."""
        return not self.failures


@dataclass
class Coverage:
    """What the scenarios of one flow reach, and what none of them does."""

    flow: Flow
    ends: set[str] = field(default_factory=set)
    branches: set[tuple[str, str]] = field(default_factory=set)

    def all_ends(self) -> list[str]:
        """Every end node of the flow."""
        return [e.id for e in self.flow.ends()]

    def all_branches(self) -> list[tuple[str, str]]:
        """Every (question, choice) pair, yes/no included, of the flow."""
        found: list[tuple[str, str]] = []
        for question in self.flow.questions():
            if question.kind in ("select", "multiselect"):
                found += [(question.id, c.id) for c in question.choices]
            elif question.kind == "confirm":
                found += [(question.id, "yes"), (question.id, "no")]
        return found

    def missing_ends(self) -> list[str]:
        """Ends no scenario reaches."""
        return [e for e in self.all_ends() if e not in self.ends]

    def missing_branches(self) -> list[tuple[str, str]]:
        """Choices and branches no scenario takes."""
        return [b for b in self.all_branches() if b not in self.branches]


_EXPECT_KEYS = {"end", "outcome", "advice", "checklist", "path", "values", "not_advice",
                "not_checklist", "not_asked", "not_text", "check_by"}


def load_scenarios(path: Path, data: Any = None) -> list[Scenario]:
    """Read a scenario file (or its parsed `data`); every malformed part is a `FlowError`."""
    if data is None:
        data = load_file(path)
    name = str(path)
    if not isinstance(data, Located):
        raise FlowError(name, 1, key="scenario.not-mapping")
    for key in data:
        if key not in ("flow", "scenarios"):
            raise FlowError(name, data.line_of(key), key="scenario.unknown-field", name=key)
    flow_id = data.get("flow")
    if not isinstance(flow_id, str):
        raise FlowError(name, data.line_of("flow"), key="scenario.flow")
    found: list[Scenario] = []
    for line, item, title, answers, expect in scenario_entries(name, data, "scenario.answers"):
        if not isinstance(expect, Located) or "end" not in expect:
            raise FlowError(name, item.line_of("expect"), key="scenario.expect", title=title)
        for key in expect:
            if key not in _EXPECT_KEYS:
                raise FlowError(name, expect.line_of(key), key="scenario.expect-unknown",
                                title=title, name=key, known=Many(sorted(_EXPECT_KEYS)))
        wallet = item.get("wallet")
        if wallet is not None and not isinstance(wallet, str):
            raise FlowError(name, item.line_of("wallet"), key="scenario.wallet", title=title)
        found.append(Scenario(flow_id, title, dict(answers), dict(expect), name, line,
                              _scenario_now(name, item, title), wallet))
    return found


def _scenario_now(name: str, item: Located, title: str) -> datetime | None:
    """A scenario's `now:`, an ISO time with its offset (YAML may have read it already)."""
    raw = item.get("now")
    if raw is None:
        return None
    try:
        moment = raw if isinstance(raw, datetime) else datetime.fromisoformat(str(raw))
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise FlowError(name, item.line_of("now"), key="scenario.now", title=title)
    return moment


def scenario_entries(name: str, data: Located,
                     answers_key: str) -> Iterator[tuple[int, Located, str, dict[str, Any], Any]]:
    """Each scenario of a file as (line, item, title, answers, expect), its shape checked.

    Shared by flow scenarios and check-up scenarios; `answers_key` names the message
    for answers that are not a mapping. `expect` is checked by the caller.
    """
    items = data.get("scenarios")
    if not isinstance(items, LocatedList) or not items:
        raise FlowError(name, data.line_of("scenarios"), key="scenario.list")
    for index, item in enumerate(items):
        line = items.lines[index]
        if not isinstance(item, Located):
            raise FlowError(name, line, key="scenario.item-mapping", n=index + 1)
        for key in item:
            if key not in ("name", "answers", "expect", "now", "wallet"):
                raise FlowError(name, item.line_of(key), key="scenario.item-unknown",
                                n=index + 1, name=key)
        title = item.get("name", f"scenario {index + 1}")
        answers = item.get("answers", {})
        if not isinstance(title, str):
            raise FlowError(name, item.line_of("name"), key="scenario.name", n=index + 1)
        if not isinstance(answers, dict):
            raise FlowError(name, item.line_of("answers"), key=answers_key, title=title)
        yield line, item, title, answers, item.get("expect")


def run_scenario(flow: Flow, scenario: Scenario) -> Outcome:
    """Answer the flow from the scenario, then compare what happened with what it expects."""
    flow = flow_for(flow, scenario)
    answers: tuple[tuple[str, Any], ...] = ()
    used: set[str] = set()
    failures: list[Msg] = []
    known = {q.id for q in flow.questions()}
    for question_id in scenario.answers:
        if question_id not in known:
            failures.append(Msg("scenario.fail.not-asked", id=question_id))
    now = scenario.now
    position = engine.trail(flow, (), now)
    while not failures:
        step = position.walk.step
        if isinstance(step, End):
            break
        if step.id not in scenario.answers or step.id in used:
            failures.append(Msg("scenario.fail.stops", id=step.id))
            break
        used.add(step.id)
        try:
            value = coerce(step, scenario.answers[step.id])
            if now is not None and step.kind == "datetime" and isinstance(value, str) and value:
                from ..diagnosis.dates import resolve

                value = resolve(value, now, None)  # "2 days ago" read as at the scenario's now
            position = engine.advance(position, value)
            answers = position.answers
        except AnswerError as error:
            failures.append(Msg("scenario.fail.answer", id=step.id,
                                reason=Msg(f"answer-error.{error.code}", value=error.value,
                                           limit=engine.MAX_ANSWER, **error.detail_fields("en"))))
    if failures:
        return Outcome(scenario, tuple(failures), answers)
    result = engine.result_of(position)
    expect = scenario.expect
    for unused in sorted(set(scenario.answers) - used):
        failures.append(Msg("scenario.fail.unused", id=unused))
    if expect["end"] != result.end.id:
        failures.append(Msg("scenario.fail.end", got=result.end.id, wanted=expect["end"]))
    if "outcome" in expect and expect["outcome"] != result.outcome:
        failures.append(Msg("scenario.fail.outcome", got=result.outcome, wanted=expect["outcome"]))
    if "advice" in expect:
        shown = [s.id for advice in result.advice for s in advice.steps]
        if list(expect["advice"]) != shown:
            failures.append(Msg("scenario.fail.advice", got=shown, wanted=list(expect["advice"])))
    shown_values = {k: pick(v, "en") for advice in result.advice for k, v in advice.values.items()}
    for name, wanted in (expect.get("values") or {}).items():
        got = shown_values.get(name)
        if got != (None if wanted is None else str(wanted)):
            failures.append(Msg("scenario.fail.value", name=name, got=got, wanted=wanted))
    if "check_by" in expect:
        got_day = None if result.check_by is None else result.check_by.isoformat()
        if got_day != (None if expect["check_by"] is None else str(expect["check_by"])):
            failures.append(Msg("scenario.fail.check-by", got=got_day,
                                    wanted=expect["check_by"]))
    shown_steps = {s.id for advice in result.advice for s in advice.steps}
    for step_id in expect.get("not_advice") or ():
        if step_id in shown_steps:
            failures.append(Msg("scenario.fail.advice-shown", id=step_id))
    listed = {e.item.id for e in result.checklist}
    for item_id in expect.get("not_checklist") or ():
        if item_id in listed:
            failures.append(Msg("scenario.fail.checklist-listed", id=item_id))
    for question_id in expect.get("not_asked") or ():
        if question_id in used:
            failures.append(Msg("scenario.fail.asked", id=question_id))
    seen = _texts_seen(result, used)
    for word in expect.get("not_text") or ():
        found = next((text for text in seen if str(word).casefold() in text.casefold()), None)
        if found is not None:
            failures.append(Msg("scenario.fail.text", word=word, text=found))
    if "path" in expect and list(expect["path"]) != list(result.path):
        failures.append(Msg("scenario.fail.path", got=list(result.path),
                            wanted=list(expect["path"])))
    for item_id, wanted in (expect.get("checklist") or {}).items():
        entry = next((e for e in result.checklist if e.item.id == item_id), None)
        if entry is None:
            failures.append(Msg("scenario.fail.no-item", id=item_id))
            continue
        got = None if entry.value is None else pick(entry.value, "en")
        if got != wanted:
            failures.append(Msg("scenario.fail.item", id=item_id, got=got, wanted=wanted))
    return Outcome(scenario, tuple(failures), answers)


def flow_for(flow: Flow, scenario: Scenario) -> Flow:
    """The flow as it runs for the scenario's `wallet:` (its custody is a fact `when:` tests)."""
    if scenario.wallet is None:
        return flow
    from ..contacts.loading import load_profile
    from ..contacts.wallets import with_wallet

    return with_wallet(flow, load_profile(scenario.wallet))


def _texts_seen(result: Any, asked: set[str]) -> list[str]:
    """What the user reads on this path, in every language (choice labels left out)."""
    from ..diagnosis.model import Text

    texts: list[Text | None] = []
    for node_id in result.path:
        node = result.flow.nodes.get(node_id)
        if isinstance(node, Question) and node_id in asked:
            # in the words of its path (a variant for the crypto path)
            node = engine.offered(node, {**result.flow.facts, **result.answers})
            texts += [node.prompt, node.help, node.placeholder]
    seen: list[str] = []
    for lang in ("en", "zh"):
        seen += [pick(text, lang) for text in texts if text is not None]
        for shown in result.advice:
            if shown.advice.title is not None:
                seen.append(pick(shown.advice.title, lang))
            seen += [shown.text(step, lang) for step in shown.steps]
        seen.append(result.message(lang))
        then = result.then(lang)
        if then:
            seen.append(then)
        for entry in result.checklist:
            seen.append(pick(entry.item.label, lang))
            if entry.item.hint is not None:
                seen.append(pick(entry.item.hint, lang))
    return seen


def coverage(flow: Flow, outcomes: Iterable[Outcome]) -> Coverage:
    """Which ends and branches the scenarios' runs reached."""
    found = Coverage(flow)
    for outcome in outcomes:
        state = engine.walk(flow_for(flow, outcome.scenario), outcome.taken)
        if isinstance(state.step, End):
            found.ends.add(state.step.id)
        for question_id, value in outcome.taken:
            question = flow.nodes.get(question_id)
            if not isinstance(question, Question):
                continue
            values: Sequence[Any] = value if isinstance(value, tuple) else (value,)
            for one in values:
                label = ("yes" if one else "no") if isinstance(one, bool) else str(one)
                found.branches.add((question_id, label))
    return found
