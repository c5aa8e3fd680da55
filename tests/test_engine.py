"""The pure engine: walking, answering, going back, results; every path of the reference flow."""

from __future__ import annotations

import collections
import itertools
import random
import textwrap
from collections.abc import Iterator

import pytest

from walletsupport.diagnosis import engine
from walletsupport.diagnosis.engine import AnswerError
from walletsupport.diagnosis.loader import load_flow
from walletsupport.diagnosis.model import End, Flow, Question

from .conftest import FLOWS, MINIMAL


@pytest.fixture(scope="module")
def withdrawal() -> Flow:
    flow, warnings = load_flow(FLOWS / "failed-withdrawal.yaml")
    assert warnings == []
    return flow


def test_first_step_is_the_start_question(withdrawal: Flow) -> None:
    step = engine.next_step(withdrawal, ())
    assert isinstance(step, Question)
    assert step.id == "what-happened"


def test_select_answer_must_be_a_choice(withdrawal: Flow) -> None:
    with pytest.raises(AnswerError) as caught:
        engine.apply_answer(withdrawal, (), "exploded")
    assert caught.value.code == "not-a-choice"
    assert caught.value.allowed == ("rejected", "pending", "not-arrived", "returned")


def test_required_text_must_not_be_empty(withdrawal: Flow) -> None:
    answers = _answer(withdrawal, "pending", "bank-card", "", True, "", "normal")
    with pytest.raises(AnswerError) as caught:
        engine.apply_answer(withdrawal, answers, "   ")
    assert caught.value.question == "when"
    assert caught.value.code == "need-answer"


def test_confirm_takes_only_booleans(withdrawal: Flow) -> None:
    answers = _answer(withdrawal, "pending", "bank-card", "")
    with pytest.raises(AnswerError) as caught:
        engine.apply_answer(withdrawal, answers, "yes")
    assert caught.value.code == "not-yes-no"


def test_multiselect_keeps_the_flow_order_and_drops_repeats(withdrawal: Flow) -> None:
    question = withdrawal.nodes["tried"]
    assert isinstance(question, Question)
    assert engine.check_answer(question, ["asked-bank", "retried", "asked-bank"]) == (
        "retried", "asked-bank")
    with pytest.raises(AnswerError):
        engine.check_answer(question, ["retried", "prayed"])


def test_back_drops_the_last_answer_and_returns_to_its_question(withdrawal: Flow) -> None:
    answers = _answer(withdrawal, "rejected", "E1021")
    assert engine.next_step(withdrawal, answers).id == "destination"
    previous = engine.back(withdrawal, answers)
    assert previous == (("what-happened", "rejected"),)
    assert engine.next_step(withdrawal, previous).id == "error-text"
    assert engine.back(withdrawal, ()) == ()


def test_changing_an_earlier_answer_drops_answers_off_the_new_path(withdrawal: Flow) -> None:
    answers = _answer(withdrawal, "rejected", "E1021")
    rewound = engine.back(withdrawal, engine.back(withdrawal, answers))
    changed = engine.apply_answer(withdrawal, rewound, "pending")
    assert changed == (("what-happened", "pending"),)
    assert engine.next_step(withdrawal, changed).id == "destination"


def test_skipped_question_is_not_asked(withdrawal: Flow) -> None:
    # timing applies only to pending or not-arrived withdrawals
    answers = _answer(withdrawal, "rejected", "", "bank-card", "", True, "", "within", "normal",
                      "2026-11-24 10:00")
    assert engine.next_step(withdrawal, answers).id == "reference"
    answers = _answer(withdrawal, "pending", "bank-card", "", True, "", "normal",
                      "2026-11-24 10:00")
    assert engine.next_step(withdrawal, answers).id == "timing"


LOOP = """\
    id: loop
    title: {en: t, zh: 标题}
    summary: {en: s, zh: 概述}
    start: again
    nodes:
      again:
        kind: confirm
        prompt: {en: "Try again?", zh: 再试一次？}
        yes: tip
        no: done
      tip:
        kind: advice
        steps: [{id: s, text: {en: Retry, zh: 重试}}]
        next: again
      done: {kind: end, outcome: resolved, message: {en: d, zh: 完}}
    """


def test_loop_asks_the_same_question_again(write_flow) -> None:
    flow, _ = load_flow(write_flow(LOOP))
    answers = engine.apply_answer(flow, (), True)
    answers = engine.apply_answer(flow, answers, True)
    assert engine.next_step(flow, answers).id == "again"
    answers = engine.apply_answer(flow, answers, False)
    result = engine.result(flow, answers)
    assert result.path == ("again", "tip", "again", "tip", "again", "done")
    assert [shown.advice.id for shown in result.advice] == ["tip", "tip"]


VARIANTS = """\
    id: words
    title: {en: t, zh: 标题}
    summary: {en: s, zh: 概述}
    start: kind
    nodes:
      kind:
        kind: select
        prompt: {en: Which?, zh: 哪种？}
        choices:
          - {id: bank, label: {en: Bank, zh: 银行}}
          - {id: coin, label: {en: Coin, zh: 币}}
        next: fee
      fee:
        kind: number
        prompt: {en: The fee?, zh: 手续费？}
        help: {en: From the bill., zh: 见账单。}
        placeholder: {en: e.g. 25 CNY, zh: 例如：25 元}
        variants:
          - when: {kind: coin}
            prompt: {en: The network fee?, zh: 网络费？}
            placeholder: {en: e.g. 0.0005 BTC, zh: 例如：0.0005 BTC}
        next: done
      done: {kind: end, outcome: resolved, message: {en: d, zh: 完}}
    """


def test_a_question_is_asked_in_the_words_of_its_path(write_flow) -> None:
    flow, _ = load_flow(write_flow(VARIANTS))
    bank = engine.next_step(flow, engine.apply_answer(flow, (), "bank"))
    coin = engine.next_step(flow, engine.apply_answer(flow, (), "coin"))
    assert isinstance(bank, Question) and isinstance(coin, Question)
    assert (bank.prompt["en"], bank.placeholder["en"]) == ("The fee?", "e.g. 25 CNY")
    assert (coin.prompt["zh"], coin.placeholder["zh"]) == ("网络费？", "例如：0.0005 BTC")
    assert coin.help == bank.help  # a text the variant leaves out stays


def test_a_variant_needs_when_and_words(write_flow) -> None:
    from walletsupport.errors import FlowErrors

    broken = VARIANTS.replace("          - when: {kind: coin}\n", "          - when: {kind: coin}\n"
                              "            colour: red\n")
    broken = broken.rstrip(" ") + ("      other:\n        kind: text\n"
                                   "        prompt: {en: x, zh: 某}\n"
                                   "        variants: [{when: {kind: coin}}]\n"
                                   "        next: done\n")
    with pytest.raises(FlowErrors) as caught:
        load_flow(write_flow(broken))
    problems = [str(p) for p in caught.value.problems]
    lines = textwrap.dedent(broken).splitlines()
    colour = lines.index("        colour: red") + 1
    bare = lines.index("    variants: [{when: {kind: coin}}]") + 1
    assert any(f":{colour}:" in p and "colour" in p for p in problems), problems
    assert any(f":{bare}:" in p and "needs 'when' and at least one of" in p
               for p in problems), problems


ADVICE_VARIANTS = """\
    id: titles
    title: {en: t, zh: 标题}
    summary: {en: s, zh: 概述}
    start: kind
    nodes:
      kind:
        kind: select
        prompt: {en: Which?, zh: 哪种？}
        choices:
          - {id: account, label: {en: Account, zh: 账户}}
          - {id: keys, label: {en: Keys, zh: 私钥}}
        next: tip
      tip:
        kind: advice
        title: {en: Take the account back, zh: 把账户找回来}
        variants:
          - when: {kind: keys}
            title: {en: Secure your devices, zh: 保护好你的设备}
        steps: [{id: s, text: {en: Act, zh: 处理}}]
        next: done
      done: {kind: end, outcome: urgent, message: {en: d, zh: 完}}
    """


def test_an_advice_is_titled_in_the_words_of_its_path(write_flow) -> None:
    from walletsupport.authoring.scenarios import _texts_seen

    flow, _ = load_flow(write_flow(ADVICE_VARIANTS))
    account = engine.result(flow, engine.apply_answer(flow, (), "account"))
    keys = engine.result(flow, engine.apply_answer(flow, (), "keys"))
    assert account.advice[0].advice.title == {"en": "Take the account back", "zh": "把账户找回来"}
    assert keys.advice[0].advice.title == {"en": "Secure your devices", "zh": "保护好你的设备"}
    # what a scenario's not_text reads is the title shown
    seen = _texts_seen(keys, set())
    assert "Secure your devices" in seen and "Take the account back" not in seen


def test_an_advice_variant_needs_when_and_title(write_flow) -> None:
    from walletsupport.errors import FlowErrors

    title = "            title: {en: Secure your devices, zh: 保护好你的设备}\n"
    broken = ADVICE_VARIANTS.replace(title, "")
    broken = broken.replace("when: {kind: keys}", "when: {kind: nope}")
    with pytest.raises(FlowErrors) as caught:
        load_flow(write_flow(broken))
    problems = [str(p) for p in caught.value.problems]
    assert any("needs 'when' and 'title'" in p for p in problems), problems


def test_an_advice_variant_names_known_answers(write_flow) -> None:
    from walletsupport.diagnosis.validate import check_flow

    flow, _ = load_flow(write_flow(ADVICE_VARIANTS.replace("when: {kind: keys}",
                                                           "when: {kind: nope}")))
    problems = [str(p) for p in check_flow(flow)]
    assert any("nope" in p for p in problems), problems


def test_result_before_the_end_is_refused(withdrawal: Flow) -> None:
    with pytest.raises(AnswerError) as caught:
        engine.result(withdrawal, _answer(withdrawal, "pending"))
    assert caught.value.question == "destination"


def test_minimal_flow_result(write_flow) -> None:
    flow, _ = load_flow(write_flow(MINIMAL.format(id="minimal")))
    result = engine.result(flow, engine.apply_answer(flow, (), "b"))
    assert result.outcome == "resolved"
    assert result.path == ("q", "done")
    assert result.answers == {"q": "b"}


def test_evaluate_conditions(withdrawal: Flow) -> None:
    from walletsupport.diagnosis.model import Condition

    picked = Condition("answer", question="tried", values=("asked-bank",))
    assert engine.evaluate(picked, {"tried": ("retried", "asked-bank")})
    assert not engine.evaluate(picked, {"tried": ("retried",)})
    assert not engine.evaluate(picked, {})
    yes = Condition("answer", question="ok", values=(True,))
    assert engine.evaluate(yes, {"ok": True})
    assert not engine.evaluate(yes, {"ok": False})
    assert engine.evaluate(Condition("not", parts=(yes,)), {"ok": False})
    answered = Condition("answered", question="note")
    assert not engine.evaluate(answered, {"note": ""})
    assert engine.evaluate(answered, {"note": "x"})


# ---------------------------------------------------------------- every path

def _answer(flow: Flow, *values: object) -> tuple:
    answers: tuple = ()
    for value in values:
        answers = engine.apply_answer(flow, answers, value)
    return answers


SAMPLES = {
    "error-text": ["", "E1021: daily withdrawal limit exceeded"],
    "destination-detail": ["ICBC, card ending 4821"],
    "crypto-detail": ["USDT on TRC-20 to TQ5r9xYb"],
    "amount": ["5,000 CNY"],
    "when": ["2026-11-24 15:30 UTC+8"],
    "reference": ["", "2026112422001456789012345678"],
    "reference-crypto": ["", "0x3f5ce5fbfe3e9af3971dd833d26ba9b5c936f0be9ce0a3b2b62f6e5d1c7e8a90"],
}


def _options(question: Question) -> list[object]:
    if question.kind == "select":
        return [c.id for c in question.choices]
    if question.kind == "confirm":
        return [True, False]
    if question.kind == "multiselect":
        return [(), ("retried", "contacted-support")]
    return SAMPLES[question.id]


def _all_paths(flow: Flow) -> Iterator[tuple]:
    stack: list[tuple] = [()]
    while stack:
        answers = stack.pop()
        step = engine.next_step(flow, answers)
        if isinstance(step, End):
            yield answers
            continue
        # A confirm answered 'yes' twice in a loop would never end: the flow has no loops.
        for option in _options(step):
            stack.append(engine.apply_answer(flow, answers, option))


def _expected_end(a: dict) -> str:
    """The routing of failed-withdrawal, written out independently of the YAML."""
    if a.get("retry-worked") is True:
        # On its way, not arrived: a crypto withdrawal waits for the chain.
        return "done-fixed-crypto" if a["destination"] == "crypto-address" else "done-fixed"
    # Support now only for a frozen account or a review past the promised time; a review
    # inside it is waited out, a verification is the user's to complete (walk B2).
    if a["account-state"] == "frozen" or (
            a["account-state"] == "review" and a.get("timing") == "past-window"):
        return "end-frozen"
    if a["account-state"] == "verify":
        return "end-verify"
    if a["account-state"] == "review":
        return "end-review-wait"
    if a.get("timing") in ("inside-window", "holiday"):
        # A crypto withdrawal waits a day for the chain; a bank one, working days.
        return "end-wait-crypto" if a["destination"] == "crypto-address" else "end-wait"
    if a.get("limits") in ("over", "not-sure") and a["what-happened"] in ("rejected", "returned"):
        return "end-limits"
    return "end-support"


def test_every_path_of_the_reference_flow(withdrawal: Flow) -> None:
    paths = list(_all_paths(withdrawal))
    assert len(paths) > 1000  # the tree really was explored
    ends_seen = set()
    for answers in paths:
        result = engine.result(withdrawal, answers)
        a = dict(result.answers)
        assert result.end.id == _expected_end(a), a
        ends_seen.add(result.end.id)
        steps = {s.id for shown in result.advice for s in shown.steps}
        if result.end.id in ("done-fixed", "done-fixed-crypto"):
            assert {"wait-for-return", "retry-small"} <= steps
            continue
        frozen = a["account-state"] == "frozen"
        assert ("frozen-account" in steps) == (frozen and a["what-happened"] != "not-arrived")
        # The app said it went through: where the freeze left the money (walk B25).
        assert ("frozen-after-sent" in steps) == (frozen and a["what-happened"] == "not-arrived")
        assert ("lower-amount" in steps) == (a.get("limits") == "over")
        # A withdrawal the app accepted (pending or sent) was not stopped by a limit (walk B3).
        assert ("limits" in a) == (a["what-happened"] in ("rejected", "returned"))
        # No "ask your bank" once the user has asked the receiving side.
        assert ("ask-bank" in steps) == (
            a["destination"] == "bank-card" and a["what-happened"] in ("pending", "not-arrived")
            and "asked-bank" not in a["tried"])
        # A frozen or unverified account does not move by waiting out the promised time.
        assert ("wait-window" in steps) == (a.get("timing") == "inside-window"
                                            and a["account-state"] in ("normal", "review"))
        # A withdrawal refused straight away never reached the chain: no hash to look up.
        assert ("check-chain" in steps) == (
            a["destination"] == "crypto-address" and a["what-happened"] != "rejected")
        assert ("timing" in a) == (a["what-happened"] in ("pending", "not-arrived"))
        checklist = {e.item.id: e.value for e in result.checklist}
        assert checklist["time"] == a["when"]
        assert checklist["amount"] == a["amount"]
        # The number is filled on both paths; a hash is asked for only on the crypto one.
        ref = "reference-crypto" if a["destination"] == "crypto-address" else "reference"
        other = "reference" if ref == "reference-crypto" else "reference-crypto"
        assert checklist[ref] == (a[ref] or None)
        assert other not in a and other not in checklist
        # An error screen only where one was shown (walk B W10); else the record's.
        shot = "screenshots" if a["what-happened"] in ("rejected", "returned") \
            else "screenshots-record"
        assert checklist[shot] is None
        # "None of these" is an answer for support too: "tried: none of these".
        assert checklist["tried"] is not None
        assert (checklist["tried"] == {"en": "none of these", "zh": "以上都没有"}) == (
            a["tried"] == ())
        assert isinstance(checklist["destination"], dict)
        assert checklist["destination"]["zh"]
    # end-self-custody holds only for a self-custody wallet (a fact of the run, not an
    # answer): tests/test_custody.py walks it.
    assert ends_seen == {e.id for e in withdrawal.ends()} - {"end-self-custody"}


def test_reference_flow_is_a_tree_without_unreachable_choices(withdrawal: Flow) -> None:
    reached = set()
    for answers in _all_paths(withdrawal):
        reached.update(itertools.chain.from_iterable(
            [(qid, v)] if not isinstance(v, tuple) else [(qid, x) for x in v]
            for qid, v in answers))
    for question in withdrawal.questions():
        for choice in question.choices:
            if question.kind == "select":
                assert (question.id, choice.id) in reached



def test_checklist_items_with_when_are_listed_only_when_they_apply(write_flow) -> None:
    flow, _ = load_flow(write_flow(MINIMAL.format(id="items") + """\
checklist:
  - id: always
    label: {en: Always, zh: 总是}
  - id: only-b
    label: {en: Only for B, zh: 仅乙}
    when: {q: b}
"""))
    for answer, expected in (("a", ["always"]), ("b", ["always", "only-b"])):
        result = engine.result(flow, engine.apply_answer(flow, (), answer))
        assert [e.item.id for e in result.checklist] == expected


def _random_value(question: Question, rng: random.Random, now) -> object:
    """An answer to `question`, now and then one the engine refuses or has to rework."""
    if rng.random() < 0.1:
        return rng.choice(["", "nonsense", None, True, ("x",), "100 USD / 7", "12,5"])
    if question.kind == "select":
        return rng.choice(question.choices).id
    if question.kind == "multiselect":
        ids = [c.id for c in question.choices]
        return rng.sample(ids, rng.randint(0, len(ids)))
    if question.kind == "confirm":
        return rng.choice([True, False])
    if question.kind == "number":
        return rng.choice(["25", "0.5", "500 CNY", "100 USDT", "5.00", "1%"])
    if question.kind == "datetime":
        # With a clock, read as the session reads it: an answer may settle a later question.
        from walletsupport.diagnosis.dates import resolve

        typed = rng.choice(["2026-11-24 10:00 UTC+8", "3 hours ago", "yesterday", "last week"])
        return typed if now is None else resolve(typed, now, "Asia/Shanghai")
    return rng.choice(["", "ICBC 4821", "it says error 51"])


def test_a_trail_reaches_what_a_replay_of_its_answers_reaches(write_flow) -> None:
    # `advance` walks on from where the trail stopped instead of replaying every answer:
    # at each step it must stand where `walk` stands, refuse what `apply_answer` refuses,
    # and end with the same result, on every shipped flow, for a self-custody wallet, with
    # a clock (answers derived from a date) and on a flow that loops.
    from datetime import datetime, timedelta, timezone

    from walletsupport.contacts.loading import load_profile
    from walletsupport.contacts.wallets import with_wallet
    from walletsupport.diagnosis.catalog import load_catalog

    loop, _ = load_flow(write_flow(LOOP))
    shipped = list(load_catalog().flows.values())
    flows = [loop, *shipped, *(with_wallet(f, load_profile("metamask")) for f in shipped)]
    now = datetime(2026, 12, 3, 21, 0, tzinfo=timezone(timedelta(hours=8)))
    rng = random.Random(16)
    seen: collections.Counter[str] = collections.Counter()
    for flow, clock in itertools.product(flows, (None, now)):
        checks = any(q.derive_from or any(c.near for c in q.choices) for q in flow.questions())
        for _ in range(60 if checks and clock else 8):
            position, answers = engine.trail(flow, (), clock), ()
            for _ in range(60):
                assert position.walk == engine.walk(flow, answers, clock)
                assert position.answers == answers
                if isinstance(position.walk.step, End):
                    break
                value = _random_value(position.walk.step, rng, clock)
                try:
                    answers = engine.apply_answer(flow, answers, value, clock)
                except AnswerError as refused:
                    seen[refused.code] += 1
                    with pytest.raises(AnswerError) as caught:
                        engine.advance(position, value)
                    assert (caught.value.code, str(caught.value)) == (refused.code, str(refused))
                    continue
                position = engine.advance(position, value)
            if isinstance(position.walk.step, End):
                seen["derived"] += bool(position.walk.derived)
                assert engine.result_of(position) == engine.result(flow, answers, now=clock)
    # The walks met what the trail must carry on: derived answers and checks against them.
    assert seen["derived"] and seen["contradicts"] and seen["contradicts-sum"], seen
