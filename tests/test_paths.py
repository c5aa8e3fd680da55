"""Advice and checklists fit the path: every walk of a flow, checked for contradictions.

A crypto withdrawal or top-up never gets bank-only steps; a payment from the
balance is never asked for card digits; a locked-out user is never told they
are signed in. Walks are random but seeded, and cover each path many times.
"""

from __future__ import annotations

import functools
import random
import re
from collections.abc import Iterator

import pytest

from walletsupport.diagnosis import engine
from walletsupport.diagnosis.catalog import load_catalog
from walletsupport.diagnosis.model import End, Flow, Question
from walletsupport.i18n import pick

#: Steps and checklist items that only make sense for money moving through a bank.
BANK_ONLY_STEPS = {"holiday-delay", "bank-proof", "bank-pending", "check-bank-first",
                   "keep-proof", "returned-reasons", "ask-bank", "transfer-timing", "no-double",
                   "fee-explains", "returned-why"}
BANK_ONLY_ITEMS = {"proof"}


def _answer(question: Question, rng: random.Random) -> object:
    if question.kind == "select":
        return rng.choice(question.choices).id
    if question.kind == "multiselect":
        ids = [c.id for c in question.choices]
        picked = rng.sample(ids, rng.randint(0 if question.optional else 1, len(ids)))
        # a choice that stands alone ("None of these") is not taken with others
        alone = {c.id for c in question.choices if c.alone}
        return [p for p in picked if p not in alone] if len(picked) > 1 else picked
    if question.kind == "confirm":
        return rng.choice([True, False])
    if question.kind == "number":
        return "0.5" if question.unit == "rate" else "100 USDT"
    if question.kind == "datetime":
        return "2026-11-24 10:00 UTC+8"
    return "" if question.optional and rng.random() < 0.5 else "ICBC 4821"


#: The walks made so far in this process, by flow id: the flow, its random source and
#: its results. Several tests check the same seeded walks of a flow (the crypto, balance
#: and top-up checks); each walk is made once and read by each of them.
_WALKED: dict[str, tuple[Flow, random.Random, list[engine.Result]]] = {}


def _walks(flow: Flow, count: int = 1500) -> Iterator[engine.Result]:
    """The first `count` seeded random walks of `flow` (the same ones whoever asks)."""
    made = _WALKED.get(flow.id)
    if made is None or made[0] != flow:  # a flow for another wallet is walked anew
        made = _WALKED[flow.id] = (flow, random.Random(flow.id), [])
    _, rng, results = made
    while len(results) < count:
        position = engine.trail(flow)
        while not isinstance(step := position.walk.step, End):
            position = engine.advance(position, _answer(step, rng))
        results.append(engine.result_of(position))
    yield from results[:count]


@pytest.mark.parametrize(("flow_id", "question", "crypto"), [
    ("failed-withdrawal", "destination", "crypto-address"), ("top-up", "method", "crypto")])
def test_crypto_paths_get_no_bank_only_advice(flow_id: str, question: str, crypto: str) -> None:
    flow = load_catalog().get(flow_id)
    crypto_walks = 0
    for result in _walks(flow):
        if result.answers.get(question) != crypto:
            continue
        crypto_walks += 1
        steps = {s.id for shown in result.advice for s in shown.steps}
        assert not steps & BANK_ONLY_STEPS, (dict(result.answers), steps & BANK_ONLY_STEPS)
        items = {e.item.id for e in result.checklist}
        assert not items & BANK_ONLY_ITEMS, dict(result.answers)
        assert result.end.id != "end-wait" or result.end.check_working is False
    assert crypto_walks > 100  # the crypto paths really were walked


def test_balance_payments_are_never_asked_for_card_digits() -> None:
    flow = load_catalog().get("failed-payment")
    seen = 0
    for result in _walks(flow):
        if result.answers.get("pay-method") in ("debit-card", "credit-card"):
            continue
        seen += 1
        assert "card-detail" not in result.answers
        assert "card" not in {e.item.id for e in result.checklist}, dict(result.answers)
    assert seen > 100


def test_a_balance_payment_gets_no_card_advice() -> None:
    # "A problem with the linked card" then "the wallet balance" gave a balance payment
    # the expired-card advice (issue 12 walk): that reason leaves the balance unoffered.
    flow = load_catalog().get("failed-payment")
    seen = 0
    for result in _walks(flow):
        if result.answers.get("pay-method") != "balance":
            continue
        seen += 1
        steps = {s.id for shown in result.advice for s in shown.steps}
        assert not {step for step in steps if step.startswith("card-")}, dict(result.answers)
    assert seen > 100


#: What presumes money was charged or sent: nothing for a payment or top-up that moved none.
CHARGE_STEPS = {"keep-evidence", "keep-proof", "keep-proof-crypto", "bank-proof"}
CHARGE_ITEMS = {"statement", "proof"}


@pytest.mark.parametrize(("flow_id", "question", "nothing_moved"), [
    ("failed-payment", "what-happened", "declined"), ("top-up", "problem", "failed")])
def test_nothing_charged_asks_for_no_proof_of_a_charge(flow_id: str, question: str,
                                                       nothing_moved: str) -> None:
    # A declined card payment was asked for "the statement line that shows the charge",
    # a failed top-up for the bank's proof of payment (walks B13, B20).
    flow = load_catalog().get(flow_id)
    seen = 0
    for result in _walks(flow):
        if result.answers.get(question) != nothing_moved:
            continue
        seen += 1
        steps = {s.id for shown in result.advice for s in shown.steps}
        assert not steps & CHARGE_STEPS, (dict(result.answers), steps & CHARGE_STEPS)
        items = {e.item.id for e in result.checklist}
        assert not items & CHARGE_ITEMS, (dict(result.answers), items & CHARGE_ITEMS)
    assert seen > 100


def test_a_top_up_still_at_the_sender_or_that_arrived_is_never_matched_or_back() -> None:
    # Walk B4: a wrong amount arrived, yet "it has come back to me" ended "nothing is lost";
    # walk B5: still pending at the bank, yet "only support can match a deposit that arrived".
    flow = load_catalog().get("top-up")
    pending = 0
    for result in _walks(flow, 3000):
        steps = {s.id for shown in result.advice for s in shown.steps}
        if result.answers.get("problem") == "wrong-amount":
            assert result.answers.get("bank-status") != "returned", dict(result.answers)
            assert result.end.id != "end-returned"
            assert not {"returned-why", "returned-why-crypto"} & steps
        if (result.answers.get("problem") == "not-credited"
                and result.answers.get("bank-status") == "pending"):
            pending += 1
            assert result.end.id.startswith(("end-sender-", "end-self-")), dict(result.answers)
    assert pending > 50


def test_a_locked_out_user_is_never_told_they_are_signed_in() -> None:
    from walletsupport.contacts.guide import SECTIONS

    flow = load_catalog().get("locked-account")
    texts = [f"{p.lead} {p.text}" for s in SECTIONS for p in s.points]
    for result in _walks(flow, 500):
        texts += [shown.text(s, lang) for shown in result.advice for s in shown.steps
                  for lang in ("en", "zh")]
        texts += [result.message("en"), result.message("zh")]
    for text in texts:
        lowered = str(text).lower()
        assert "already signed in" not in lowered and "已经登录了" not in lowered, text


def _questions_in(cond) -> set[str]:
    if cond is None:
        return set()
    found = {cond.question} if cond.question else set()
    for part in cond.parts:
        found |= _questions_in(part)
    return found


def test_a_multi_select_that_drives_urgent_advice_cannot_be_skipped() -> None:
    from walletsupport.diagnosis.model import Advice

    for flow in load_catalog().flows.values():
        urgent = set()
        for node in flow.nodes.values():
            if isinstance(node, Advice):
                for step in node.steps:
                    if step.severity == "urgent":
                        urgent |= _questions_in(step.when)
        for question in flow.questions():
            if question.kind == "multiselect" and question.id in urgent:
                assert not question.optional, (flow.id, question.id)


def test_a_user_who_cannot_sign_in_is_not_sent_to_the_app_settings() -> None:
    flow = load_catalog().get("security")
    locked_out = 0
    for result in _walks(flow, 800):
        if result.answers.get("can-sign-in") is not False:
            continue
        locked_out += 1
        steps = {s.id for shown in result.advice for s in shown.steps}
        assert "freeze-in-app" not in steps, dict(result.answers)
        assert steps & {"freeze-locked-out", "freeze-without-phone"}, dict(result.answers)
    assert locked_out > 50


def _texts(result: engine.Result) -> list[str]:
    """What the user reads on this path in both languages: the prompts of the questions
    asked, every advice title and step shown, the end's message and then-line, the
    checklist (choice labels left out: a menu offers every path)."""
    seen: list[str] = []
    for lang in ("en", "zh"):
        for node_id in result.path:
            node = result.flow.nodes.get(node_id)
            if isinstance(node, Question) and node_id in result.answers:
                node = engine.offered(node, {**result.flow.facts, **result.answers})
                seen += [pick(t, lang) for t in (node.prompt, node.help, node.placeholder)
                         if t is not None]
        for shown in result.advice:
            if shown.advice.title is not None:
                seen.append(pick(shown.advice.title, lang))
            seen += [shown.text(step, lang) for step in shown.steps]
        seen.append(result.message(lang))
        seen.append(result.then(lang) or "")
        for entry in result.checklist:
            seen.append(pick(entry.item.label, lang))
            if entry.item.hint is not None:
                seen.append(pick(entry.item.hint, lang))
    return seen


@functools.cache
def _patterns(words: tuple[str, ...]) -> tuple[re.Pattern[str], tuple[re.Pattern[str], ...]]:
    """Any of the words as one pattern (most texts hold none), and each word's own."""
    each = tuple(re.compile(word, flags=re.IGNORECASE) for word in words)
    return re.compile("|".join(f"(?:{word})" for word in words), flags=re.IGNORECASE), each


def _found(words: tuple[str, ...], texts: list[str]) -> list[tuple[str, str]]:
    any_word, each = _patterns(words)
    return [(word, text) for text in texts if any_word.search(text)
            for word, pattern in zip(words, each, strict=True) if pattern.search(text)]


#: Words only a bank or a card path may hold: a crypto path's answers exclude them.
BANK_WORDS = (r"\bbank", r"\bcards?\b", r"working[- ]days?", "银行", "信用卡", "借记卡",
              "工作日")


#: A cash top-up at an agent has no card and no working days (its advice may say that
#: it goes "not through a bank").
CARD_WORDS = (r"\bcards?\b", r"working[- ]days?", "信用卡", "借记卡", "银行卡", "工作日")


@pytest.mark.parametrize(("flow_id", "question", "crypto", "words"), [
    ("failed-withdrawal", "destination", "crypto-address", BANK_WORDS),
    ("top-up", "method", "crypto", BANK_WORDS),
    ("fees", "fee-type", "crypto-withdrawal", BANK_WORDS),
    ("top-up", "method", "cash-agent", CARD_WORDS)])
def test_no_text_on_a_crypto_or_cash_path_names_a_bank_a_card_or_working_days(
        flow_id: str, question: str, crypto: str, words: tuple[str, ...]) -> None:
    # A failed crypto top-up was told "for a card top-up, try another card", a crypto
    # deposit that came back got a bank's reasons (issue 12 walk): every text, not a list
    # of known step ids, so a new bank-only sentence on a crypto path is caught too.
    flow = load_catalog().get(flow_id)
    walked = 0
    for result in _walks(flow):
        if result.answers.get(question) != crypto:
            continue
        walked += 1
        assert not _found(words, _texts(result)), (dict(result.answers),
                                                    _found(words, _texts(result)))
    assert walked > 100


@pytest.mark.parametrize("flow_id", ["convenience", "security", "failed-payment",
                                     "failed-withdrawal", "top-up", "locked-account", "fees"])
def test_a_self_custody_wallet_is_never_told_about_a_payment_pin(flow_id: str) -> None:
    # MetaMask has no account and no payment PIN: the convenience flow told it to set one.
    from walletsupport.contacts.loading import load_profile
    from walletsupport.contacts.wallets import with_wallet

    flow = with_wallet(load_catalog().get(flow_id), load_profile("metamask"))
    for result in _walks(flow, 600):
        found = _found((r"\bPIN\b", "支付密码"), _texts(result))
        assert not found, (dict(result.answers), found)


#: Words that say someone took the account over: a lost phone is an exposure, not that.
TAKEOVER_WORDS = (r"taken over", r"take(s|n)? (it|the account) over", r"in control of",
                  r"take the account back", "被盗", "盗号", "夺回", "控制了", "把账户找回来")


def test_a_lost_phone_is_never_read_as_a_takeover() -> None:
    # A lost phone with no screen lock still read "someone has taken over your account"
    # (issue 12 walk): act fast, but say what the user said.
    flow = load_catalog().get("security")
    lost = 0
    for result in _walks(flow, 1500):
        if result.answers.get("concern") != "lost-phone":
            continue
        lost += 1
        found = _found(TAKEOVER_WORDS, _texts(result))
        assert not found, (dict(result.answers), found)
    assert lost > 100
