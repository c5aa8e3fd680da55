"""The session loop through a fake prompter: no terminal, every step a plain assertion."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from walletsupport.diagnosis import session
from walletsupport.diagnosis.catalog import load_catalog
from walletsupport.prompting import Back

FLOW = load_catalog().get("failed-withdrawal")


class FakePrompter:
    """Replays answers in order; `Back` goes back; records what it was asked."""

    def __init__(self, answers: Sequence[Any], reviews: Sequence[int | None] = ()) -> None:
        self.answers = list(answers)
        self.reviews = list(reviews)
        self.asked: list[str] = []
        self.shown: list[list[tuple[str, str]]] = []

    def ask(self, question: Any, *, lang: str, default: Any, can_back: bool,
            validate: Any) -> Any:
        self.asked.append(question.id)
        answer = self.answers.pop(0)
        if isinstance(answer, str) and question.kind in ("text", "number", "datetime"):
            reason = validate(answer)
            assert reason is None, (question.id, reason)
        return answer

    def choose(self, question: Any, message: str, options: Any, *, lang: str,
               unattended: Any) -> Any:
        return options[0][1]

    def review(self, entries: Sequence[tuple[str, str]], *, lang: str) -> int | None:
        self.shown.append(list(entries))
        return self.reviews.pop(0) if self.reviews else None


LIMIT = ["rejected", "E1021: daily withdrawal limit exceeded", "bank-card",
         "ICBC, card ending 4821", True, "5,000 CNY", "over", "normal",
         "2026-11-24 15:30 UTC+8", "", ("retried",)]


def test_a_scripted_walk_ends_where_its_answers_lead() -> None:
    prompter = FakePrompter(LIMIT)
    done = session.run_session(FLOW, prompter, lang="en")
    assert (done.result.end.id, done.result.outcome) == ("end-limits", "wait")
    assert prompter.asked == ["what-happened", "error-text", "destination",
                              "destination-detail", "details-checked", "amount", "limits",
                              "account-state", "when", "reference", "tried"]
    assert prompter.answers == []  # every answer was used, none asked twice
    assert dict(done.result.answers)["limits"] == "over"


def test_back_drops_the_last_answer_and_asks_that_question_again() -> None:
    answers = [LIMIT[0], LIMIT[1], Back(), LIMIT[1], *LIMIT[2:]]
    prompter = FakePrompter(answers)
    done = session.run_session(FLOW, prompter, lang="en")
    # Back at the third question asks the second again, then goes on.
    assert prompter.asked[:5] == ["what-happened", "error-text", "destination", "error-text",
                                  "destination"]
    assert dict(done.result.answers)["error-text"] == LIMIT[1]


def test_a_change_on_review_asks_that_question_and_keeps_later_answers() -> None:
    # Review: change answer 7 (limits) to "within", then accept.
    changed = [*LIMIT, "within"]
    prompter = FakePrompter(changed, reviews=[6, None])
    done = session.run_session(FLOW, prompter, lang="en", review=True)
    assert len(prompter.shown) == 2
    assert dict(done.result.answers)["limits"] == "within"
    assert dict(done.result.answers)["amount"] == "5,000 CNY"  # kept, not asked again
    assert prompter.asked.count("amount") == 1
