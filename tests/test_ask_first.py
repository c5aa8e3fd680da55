"""Ends that send the user to the bank or the sender first say so on the closing screen too.

Walk B5 leftover and #12: "This is for your bank, not the wallet" was followed by
"Outcome: Contact support" and "Contact Wise first by:"; a crypto deposit held at the
sending exchange said "find the sender, not this wallet" and then "follow up with
Binance". The outcomes `ask-bank` and `ask-sender` keep the screen to one rule: the
wallet's channels come only if the bank or the sender finds nothing wrong.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from walletsupport.cli import app

runner = CliRunner()
ENV = {"WALLETSUPPORT_NOW": "2026-11-25T11:00:00+08:00", "TZ": "Asia/Shanghai"}

BANK_LATE = """\
problem: not-credited
method: bank-transfer
source-detail: Wise, account ending 0130
memo: included
bank-status: pending
amount: 500 EUR
when: 4 days ago
elapsed: past-window
reference: ''
tried: [contacted-support]
"""
CRYPTO_LATE = """\
problem: not-credited
method: crypto
crypto-source: USDT on TRC-20 from another exchange
memo-tag: included
bank-status: pending
amount: 200 USDT
when: 2 days ago
elapsed: past-window
reference: ''
tried: [contacted-support]
"""
CARD_REFUSED = """\
what-happened: declined
decline-reason: card-problem
error-text: ''
pay-method: credit-card
card-detail: CMB 3310
where: abroad
amount: 1280 JPY
when: 1 hour ago
tried: []
retry-worked: false
still-paying: still-want
"""


def _screen(tmp_path: Path, lang: str, flow: str, profile: str, answers: str) -> str:
    path = tmp_path / "answers.yaml"
    path.write_text(answers, encoding="utf-8")
    result = runner.invoke(app, ["--lang", lang, "diagnose", flow, "--profile", profile,
                                 "--answers", str(path), "--no-input"], env=ENV)
    assert result.exit_code == 0, result.output
    return "".join(result.output.split()) if lang == "zh" else " ".join(result.output.split())


@pytest.mark.parametrize(("lang", "said", "unsaid"), [
    ("en", ["Outcome: Ask your bank first. This is for your bank, not the wallet.",
            "Only if your bank finds nothing wrong on its side, contact Wise by:"],
     ["Contact support", "Contact Wise first", "follow up"]),
    ("zh", ["结论：先问银行。这要找银行，不是找钱包。", "银行那边查不出问题的话，再这样联系Wise："],
     ["需要联系客服", "建议先这样联系", "继续跟进"]),
])
def test_a_bank_payment_held_at_the_bank_sends_to_the_bank_first(
        tmp_path: Path, lang: str, said: list[str], unsaid: list[str]) -> None:
    screen = _screen(tmp_path, lang, "top-up", "wise", BANK_LATE)
    for text in said:
        assert (text if lang == "en" else "".join(text.split())) in screen
    for text in unsaid:
        assert text not in screen


@pytest.mark.parametrize(("lang", "said", "unsaid"), [
    ("en", ["Outcome: Ask the sender first. This is for the sender, not this wallet.",
            "Only if the wallet or exchange you sent from says the coins have left, contact "
            "Binance by:"],
     ["follow up with Binance", "Follow up in the conversation", "Contact Binance first"]),
    ("zh", ["结论：先问转出方。", "转出的钱包或交易所说币已经发出的话，再这样联系币安："],
     ["继续跟进", "建议先这样联系"]),
])
def test_a_crypto_deposit_held_at_the_sender_names_the_sender_not_this_wallet(
        tmp_path: Path, lang: str, said: list[str], unsaid: list[str]) -> None:
    screen = _screen(tmp_path, lang, "top-up", "binance", CRYPTO_LATE)
    for text in said:
        assert (text if lang == "en" else "".join(text.split())) in screen
    for text in unsaid:
        assert text not in screen


@pytest.mark.parametrize(("lang", "said", "unsaid"), [
    ("en", "Only if your bank finds nothing wrong on its side, contact Alipay by:",
     "Contact Alipay first"),
    ("zh", "银行那边查不出问题的话，再这样联系支付宝：", "建议先这样联系"),
])
def test_a_card_refused_by_its_bank_offers_the_wallet_only_after_the_bank(
        tmp_path: Path, lang: str, said: str, unsaid: str) -> None:
    screen = _screen(tmp_path, lang, "failed-payment", "alipay", CARD_REFUSED)
    assert (said if lang == "en" else "".join(said.split())) in screen
    assert unsaid not in screen
