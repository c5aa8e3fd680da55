"""The shipped flows as content: safe to ask, written in both languages, free of contact details.

These read the flow files the way a reviewer would: no question may invite a
secret, every text is really translated, every end recommends real channel
kinds in a sensible order, and no text names a phone number, web address or
email. docs/coverage.md must point only at things that exist.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from walletsupport.contacts.guide import section_ids
from walletsupport.diagnosis.catalog import load_catalog
from walletsupport.diagnosis.loader import load_flow
from walletsupport.diagnosis.model import CHANNEL_KINDS, Advice, End, Flow, Question
from walletsupport.diagnosis.validate import contact_detail
from walletsupport.diagnosis.yamlsrc import load_file

from .conftest import FLOWS, ROOT

FLOW_IDS = ("locked-account", "failed-withdrawal", "failed-payment", "top-up", "security",
            "fees", "convenience")
# The check-up (kind: checkup) sits among the flows but is not one: tests/test_checkup.py.
PATHS = sorted(p for p in FLOWS.glob("*.yaml") if p.stem != "checkup")
HAN = re.compile(r"[\u4e00-\u9fff]")
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def _flow(path: Path) -> Flow:
    flow, warnings = load_flow(path)
    assert warnings == []
    return flow


def _texts(flow: Flow) -> Iterator[tuple[str, dict[str, str]]]:
    """Every user-facing text of a flow, with where it is."""
    yield "title", flow.title  # type: ignore[misc]
    yield "summary", flow.summary  # type: ignore[misc]
    for node in flow.nodes.values():
        if isinstance(node, Question):
            for name in ("prompt", "help", "placeholder"):
                if getattr(node, name) is not None:
                    yield f"{node.id}.{name}", getattr(node, name)
            for choice in node.choices:
                yield f"{node.id}.{choice.id}", choice.label  # type: ignore[misc]
        elif isinstance(node, Advice):
            if node.title is not None:
                yield f"{node.id}.title", node.title  # type: ignore[misc]
            for step in node.steps:
                yield f"{node.id}.{step.id}", step.text  # type: ignore[misc]
        elif isinstance(node, End):
            yield f"{node.id}.message", node.message  # type: ignore[misc]
    for item in flow.checklist:
        yield f"checklist.{item.id}", item.label  # type: ignore[misc]
        if item.hint is not None:
            yield f"checklist.{item.id}.hint", item.hint  # type: ignore[misc]


def test_the_seven_flows_are_shipped() -> None:
    assert {p.stem for p in PATHS} == set(FLOW_IDS)
    catalog = load_catalog()
    assert set(catalog.flows) == set(FLOW_IDS)
    assert catalog.problems == []
    titles = [catalog.flows[i].title["en"] for i in FLOW_IDS]  # type: ignore[index]
    assert len(set(titles)) == len(titles)


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_keywords_in_both_languages(path: Path) -> None:
    keywords = load_file(path)["keywords"]
    assert set(keywords) == {"en", "zh"}
    assert len(keywords["en"]) >= 10 and len(keywords["zh"]) >= 10
    assert all(not HAN.search(word) for word in keywords["en"])
    assert all(HAN.search(word) for word in keywords["zh"])


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_every_text_is_translated(path: Path) -> None:
    for where, text in _texts(_flow(path)):
        assert isinstance(text, dict) and set(text) == {"en", "zh"}, where
        if LATIN_WORD.search(text["en"]):
            assert HAN.search(text["zh"]), f"{path.stem}: {where} has no Chinese in its zh form"
            assert not HAN.search(text["en"]), f"{path.stem}: {where} has Chinese in its en form"


# -- no question invites a secret ----------------------------------------------------------

SECRET = re.compile(
    r"password|passcode|\bpin\b|verification code|one-time|(?<!error )(?<!reason )\bcode\b|otp"
    r"|recovery phrase|seed"
    r"|mnemonic|private key|cvv|security code|card number|密码|验证码|助记词|私钥|安全码|卡号|口令",
    re.IGNORECASE)
# A sentence may name a secret to forbid it, or quote an error about a wrong one.
SAFE = re.compile(r"never|not |n't|no |only|last 4|wrong|incorrect"
                  r"|不要|不用|别|只|后四位|绝不|勿|无需|错误|输错", re.IGNORECASE)


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.?!;。？！；])\s*|\(|（", text) if s.strip()]


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_no_free_text_question_invites_a_secret(path: Path) -> None:
    for question in _flow(path).questions():
        if question.kind != "text":
            continue
        for part in (question.prompt, question.help, question.placeholder):
            if part is None:
                continue
            for lang in ("en", "zh"):
                for sentence in _sentences(part[lang]):  # type: ignore[index]
                    if SECRET.search(sentence):
                        assert SAFE.search(sentence), (
                            f"{path.stem}: {question.id} ({lang}) may invite a secret: "
                            f"{sentence!r}")


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_card_questions_ask_only_for_the_last_four_digits(path: Path) -> None:
    for question in _flow(path).questions():
        prompt = question.prompt
        if question.kind == "text" and re.search(r"digits|account number", prompt["en"]):  # type: ignore[index]
            assert re.search(r"last 4", prompt["en"], re.IGNORECASE), question.id  # type: ignore[index]
            assert "后四位" in prompt["zh"], question.id  # type: ignore[index]


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_placeholders_look_like_no_secret(path: Path) -> None:
    for question in _flow(path).questions():
        if question.placeholder is None:
            continue
        for text in question.placeholder.values():  # type: ignore[union-attr]
            assert not re.search(r"(?<![\d-])\d{6}(?![\d-])", text), text  # a one-time code
            assert not re.search(r"\d{12,}", re.sub(r"[ -]", "", text)), text  # a card number


@pytest.mark.parametrize("flow_id", ["security", "locked-account", "failed-withdrawal"])
def test_flows_about_access_say_support_never_needs_secrets(flow_id: str) -> None:
    flow = load_catalog().flows[flow_id]
    steps = [s.text for n in flow.nodes.values() if isinstance(n, Advice) for s in n.steps]
    assert any(re.search(r"never", s["en"]) and re.search(r"code|password", s["en"])  # type: ignore[index]
               and re.search(r"绝不|不会|不需要|不要", s["zh"]) for s in steps)  # type: ignore[index]


# -- ends and channels ---------------------------------------------------------------------

@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_every_end_recommends_valid_kinds_in_a_sensible_order(path: Path) -> None:
    for end in _flow(path).ends():
        assert all(kind in CHANNEL_KINDS for kind in end.recommend), end.id
        assert len(set(end.recommend)) == len(end.recommend), end.id
        if end.outcome == "urgent" and "wallet-custody" in repr(end.when):
            # Only the user holds the keys: nothing to freeze, support answers in writing.
            assert end.recommend[0] == "web-form", end.id
        elif end.outcome == "urgent":
            assert end.recommend == ("in-app", "phone", "chat"), end.id  # freeze in the app first
        elif end.outcome == "contact-support":
            assert end.recommend, end.id


def test_fee_questions_start_at_the_help_centre() -> None:
    for end in load_catalog().flows["fees"].ends():
        assert end.recommend[0] == "web-form", end.id


# -- no contact details in any text --------------------------------------------------------

@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_no_phone_number_url_or_email_in_any_text(path: Path) -> None:
    for where, text in _texts(_flow(path)):
        for lang, value in text.items():
            assert contact_detail(value) is None, (where, lang, value)


@pytest.mark.parametrize("bad", ["call 95188 now", "call +86 571 2688 8888",
                                 "see www.example.com", "write to help@example.com",
                                 "DM @WalletHelp", "拨打 400-000-9518", "Call 1-888-221-1161"])
def test_the_content_check_catches_a_contact(bad: str) -> None:
    assert contact_detail(bad)


@pytest.mark.parametrize("fine", ["¥10,000 × 0.1% = ¥10", "2026-11-24 15:30, UTC+8",
                                  "card ending 4821", "10000 元 × 0.1% = 10 元",
                                  "(10000 − 1000) × 0.1% = 9 元", "error E1021", "5,000 CNY"])
def test_the_content_check_leaves_ordinary_figures_alone(fine: str) -> None:
    assert contact_detail(fine) is None


# -- docs/coverage.md points only at things that exist -------------------------------------

def _ids(flow: Flow) -> set[str]:
    found = set(flow.nodes) | {item.id for item in flow.checklist}
    for node in flow.nodes.values():
        if isinstance(node, Question):
            found |= {c.id for c in node.choices}
        elif isinstance(node, Advice):
            found |= {s.id for s in node.steps}
    return found


def test_the_coverage_map_names_real_places() -> None:
    text = (ROOT / "docs" / "coverage.md").read_text(encoding="utf-8")
    refs = re.findall(r"`([a-z-]+)#([a-z0-9-]+)`", text)
    assert len(refs) > 40
    catalog = load_catalog()
    flows = catalog.flows
    for owner, name in refs:
        if owner == "guide":
            assert name in section_ids(), name
        elif owner in catalog.checkups:  # a habit of a check-up
            assert catalog.checkups[owner].habit(name) is not None, f"{owner}#{name}"
        else:
            assert owner in flows, owner
            assert name in _ids(flows[owner]), f"{owner}#{name}"
    for flow_id in FLOW_IDS:
        assert f"`{flow_id}#" in text, flow_id
    for section in section_ids():
        assert f"`guide#{section}`" in text, section


def test_locked_out_freeze_advice_does_not_send_a_self_custody_wallet_to_support() -> None:
    # Someone locked out of Trust Wallet was told to call support to freeze the account;
    # the closing screen then said there is no account to freeze. The step must say so.
    # Now the flow tests the wallet's custody: Trust Wallet gets the move-what-is-left path.
    from walletsupport.contacts.loading import load_profile
    from walletsupport.contacts.wallets import with_wallet
    from walletsupport.diagnosis import engine

    flow = with_wallet(_flow(FLOWS / "security.yaml"), load_profile("trust-wallet"))
    state = engine.walk(flow, (("concern", "account-changed"),))
    shown = [s.id for a in state.advice for s in a.steps]
    assert "self-custody-move" in shown and "freeze-locked-out" not in shown
    step = next(s for a in state.advice for s in a.steps if s.id == "self-custody-move")
    assert "new recovery phrase" in step.text["en"] and "新的助记词" in step.text["zh"]


@pytest.mark.parametrize(("destination", "hash_asked"), [
    ("bank-card", False), ("other-wallet", False), ("crypto-address", True)])
def test_failed_withdrawal_asks_for_a_transaction_hash_only_on_the_crypto_path(
        destination: str, hash_asked: bool) -> None:
    from walletsupport.authoring.scenarios import load_scenarios, run_scenario
    from walletsupport.diagnosis import engine

    flow = load_catalog().flows["failed-withdrawal"]
    scenarios = [s for s in load_scenarios(FLOWS / "tests" / "failed-withdrawal.yaml")
                 if s.answers.get("destination") == destination
                 and ("reference" in s.answers or "reference-crypto" in s.answers)]
    assert scenarios
    for scenario in scenarios:
        taken = run_scenario(flow, scenario).taken
        asked = [step for step in (engine.next_step(flow, taken[:i], scenario.now)
                                   for i in range(len(taken)))
                 if isinstance(step, Question) and step.reference and step.kind == "text"
                 and step.id.startswith("reference")]
        assert len(asked) == 1, scenario.name
        prompt = asked[0].prompt
        assert isinstance(prompt, dict)
        assert ("hash" in prompt["en"]) is hash_asked, scenario.name
        assert ("哈希" in prompt["zh"]) is hash_asked, scenario.name
        # The checklist's number is filled from the answer on either path.
        result = engine.result(flow, taken, now=scenario.now)  # its clock derives `timing`
        filled = [e for e in result.checklist if e.item.id.startswith("reference")]
        assert len(filled) == 1 and filled[0].item.source == asked[0].id, scenario.name


def test_checklist_labels_speak_as_the_user() -> None:
    """The checklist goes into the user's own first-person message to support (`cases
    follow-up`, the export), so its labels never address the user ("What you did" read
    as if support had done it; issue 12 walk)."""
    for flow in load_catalog().flows.values():
        for item in flow.checklist:
            label = item.label if isinstance(item.label, str) else item.label["en"]
            zh = item.label if isinstance(item.label, str) else item.label["zh"]
            assert not re.search(r"\byou(r)?\b", label, re.IGNORECASE), (flow.id, item.id)
            assert "你" not in zh, (flow.id, item.id)
