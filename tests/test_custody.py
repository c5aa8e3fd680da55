"""A wallet where only the user holds the keys (MetaMask, Trust Wallet) has no account to
freeze: the security flow tests the wallet's custody with `when: {wallet-custody: self}`;
and the police's note on stopping a payment (紧急止付) shows only when money went to a payee."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from walletsupport.authoring.scenarios import flow_for, load_scenarios, run_scenario
from walletsupport.cli import app
from walletsupport.contacts.loading import load_profile
from walletsupport.contacts.wallets import wallet_facts, with_wallet
from walletsupport.diagnosis import engine
from walletsupport.diagnosis.catalog import load_catalog
from walletsupport.errors import FlowError
from walletsupport.rendering.closing import emergency_for

from .test_wallets import _scenario_file

runner = CliRunner()
NOW = {"WALLETSUPPORT_NOW": "2026-11-25T10:00:00+08:00"}
DRAINED = ("security", "MetaMask drained, no account to freeze")
THEFT = ("security", "unknown transactions, no idea how")
PAID = ("security", "investment platform demanding a fee and a loan, money paid")


def test_profiles_say_which_wallets_are_self_custody() -> None:
    assert wallet_facts(load_profile("metamask"))["wallet-custody"] == "self"
    assert wallet_facts(load_profile("trust-wallet"))["wallet-custody"] == "self"
    assert wallet_facts(load_profile("alipay"))["wallet-custody"] == "provider"
    assert wallet_facts(load_profile("generic")) == {}  # unknown: neither value holds


def test_a_self_custody_wallet_is_not_asked_about_signing_in_nor_told_to_freeze() -> None:
    flow = load_catalog().flows["security"]
    answers = (("concern", "unknown-transactions"),)
    assert engine.next_step(flow, answers).id == "can-sign-in"
    mine = with_wallet(flow, load_profile("metamask"))
    assert engine.next_step(mine, answers).id == "cause"
    state = engine.walk(mine, answers + (("cause", ("none-or-unsure",)),))
    shown = [s.id for a in state.advice for s in a.steps]
    assert shown[:3] == ["self-custody-move", "revoke-approvals", "report-to-exchange"]
    assert "freeze-in-app" not in shown and "locked-out" not in shown


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_metamask_theft_screen_says_what_works_instead_of_a_freeze(tmp_path: Path,
                                                                   lang: str) -> None:
    answers = _scenario_file(tmp_path, *DRAINED)
    result = runner.invoke(app, ["--lang", lang, "diagnose", "security", "--answers",
                                 str(answers), "--no-input", "--profile", "metamask",
                                 "--region", "CN"], env=NOW)
    assert result.exit_code == 0, result.output
    flat = "".join(result.output.split()) if lang == "zh" else " ".join(result.output.split())
    if lang == "en":
        assert "Nobody can freeze a wallet where only you hold the keys" in flat
        assert "Revoke the token approvals" in flat and "exchange" in flat
        assert "support can lock" not in flat and "so they can lock it" not in flat
        assert "Can you still sign in" not in flat
    else:
        assert "谁都冻结不了" in flat and "撤销旧钱包给各类应用和网站的代币授权" in flat
        assert "只有客服能锁住账户" not in flat and "让他们锁定账户" not in flat


def test_a_custodial_wallet_still_gets_the_freeze_path() -> None:
    flow = with_wallet(load_catalog().flows["security"], load_profile("alipay"))
    answers = (("concern", "account-changed"),)
    assert engine.next_step(flow, answers).id == "can-sign-in"


def test_the_validator_knows_the_custody_fact_and_its_values(write_flow) -> None:
    text = """
id: t
title: {en: T, zh: 测试}
summary: {en: S, zh: 说明}
start: a
nodes:
  a:
    kind: advice
    steps:
      - id: s
        text: {en: Move it, zh: 转走}
        when: {wallet-custody: %s}
    next: done
  done:
    kind: end
    outcome: resolved
    message: {en: Done, zh: 好了}
"""
    good = runner.invoke(app, ["flows", "validate", str(write_flow(text % "self"))])
    assert good.exit_code == 0, good.output
    bad = runner.invoke(app, ["flows", "validate", str(write_flow(text % "sideways", "b.yaml"))])
    assert bad.exit_code == 1
    assert "sideways" in bad.output and "self" in bad.output


def test_a_scenario_wallet_must_be_a_name(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_text("flow: security\nscenarios:\n  - name: x\n    wallet: [1]\n"
                    "    answers: {}\n    expect: {end: e}\n", encoding="utf-8")
    with pytest.raises(FlowError, match="wallet must be a profile name"):
        load_scenarios(path)


def _result(flow_id: str, name: str):
    scenario = next(s for s in load_scenarios(Path(__file__).parent.parent / "flows" / "tests"
                                              / f"{flow_id}.yaml") if s.name == name)
    outcome = run_scenario(load_catalog().flows[flow_id], scenario)
    assert outcome.passed, outcome.failures
    return engine.result(flow_for(load_catalog().flows[flow_id], scenario), outcome.taken)


def test_money_to_a_payee_is_what_the_end_says() -> None:
    assert _result(*PAID).payee
    assert not _result(*THEFT).payee


def test_the_stop_payment_note_needs_a_payee() -> None:
    paid = [note for _, _, note, _ in emergency_for("CN", "zh", payee=True).contacts]
    theft = [note for _, _, note, _ in emergency_for("CN", "zh", payee=False).contacts]
    assert any("紧急止付" in (n or "") for n in paid)
    assert not any("紧急止付" in (n or "") for n in theft)


@pytest.mark.parametrize(("scenario", "shown"), [(THEFT, False), (PAID, True)])
def test_theft_screens_leave_out_the_scammers_account_note(tmp_path: Path, scenario: tuple,
                                                           shown: bool) -> None:
    answers = _scenario_file(tmp_path, *scenario)
    result = runner.invoke(app, ["--lang", "zh", "diagnose", "security", "--answers",
                                 str(answers), "--no-input", "--profile", "alipay",
                                 "--region", "CN"], env=NOW)
    assert result.exit_code == 0, result.output
    flat = "".join(result.output.split())
    assert "报警电话：110" in flat
    assert ("紧急止付" in flat.split("报警电话：110", 1)[1]) is shown


# ------------------------------------------- wallets without a recovery phrase (issue 14)

SCAM_ASKED = (("concern", "scam-check"), ("who-claimed", "wallet-support"),
              ("how-contact", "message"))


def _asked_for_choices(profile: str | None) -> list[str]:
    flow = load_catalog().flows["security"]
    if profile is not None:
        flow = with_wallet(flow, load_profile(profile))
    step = engine.next_step(flow, SCAM_ASKED)
    assert step.id == "asked-for"
    return [c.id for c in step.choices]  # type: ignore[union-attr]


def test_profiles_say_which_wallets_hold_a_recovery_phrase() -> None:
    for name in ("alipay", "wechat-pay", "paypal", "revolut", "wise"):
        assert wallet_facts(load_profile(name))["wallet-recovery-phrase"] is False, name
    for name in ("binance", "coinbase", "metamask", "trust-wallet"):
        assert wallet_facts(load_profile(name))["wallet-recovery-phrase"] is True, name


@pytest.mark.parametrize("profile", ["alipay", "wechat-pay", "paypal", "revolut", "wise"])
def test_a_wallet_without_a_phrase_is_not_offered_one_as_what_the_scammer_asked(
        profile: str) -> None:
    choices = _asked_for_choices(profile)
    assert "recovery-phrase" not in choices
    assert "password" in choices and "code" in choices


@pytest.mark.parametrize("profile", [None, "generic", "binance", "coinbase", "metamask"])
def test_the_phrase_is_offered_for_phrase_wallets_and_when_no_wallet_was_chosen(
        profile: str | None) -> None:
    assert "recovery-phrase" in _asked_for_choices(profile)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_closing_safety_line_of_a_wallet_without_a_phrase_names_no_phrase(
        tmp_path: Path, lang: str) -> None:
    answers = _scenario_file(tmp_path, "failed-withdrawal", "frozen account needs support")

    def closing(profile: str) -> str:
        result = runner.invoke(app, ["--lang", lang, "diagnose", "failed-withdrawal",
                                     "--answers", str(answers), "--no-input", "--profile",
                                     profile], env=NOW)
        assert result.exit_code == 0, result.output
        return "".join(result.output.split()) if lang == "zh" else " ".join(result.output.split())

    alipay, binance = closing("alipay"), closing("binance")
    if lang == "en":
        assert "never asks" in alipay and "payment PIN" in alipay
        assert "recovery phrase" not in alipay
        assert "recovery phrase" in binance
    else:
        assert "官方客服绝不会索要登录密码、支付密码或验证码" in alipay
        assert "助记词" not in alipay
        assert "助记词" in binance


# ------------------------------------- drafts walk with their wallet's facts (issue 14)

def _listed(data: Path) -> str:
    env = {"WALLETSUPPORT_DATA_DIR": str(data), "WALLETSUPPORT_CONFIG_DIR": str(data / "c")}
    result = runner.invoke(app, ["cases", "list", "--drafts"], env={**NOW, **env})
    assert result.exit_code == 0, result.output
    return " ".join(result.output.split())


@pytest.mark.parametrize(("wallet", "stopped"), [
    ("metamask", "In the last few weeks"), ("alipay", "Can you still sign in")])
def test_cases_list_shows_where_a_draft_stopped_for_its_wallet(
        tmp_path: Path, wallet: str, stopped: str) -> None:
    # A draft kept without its title (as older versions saved it) is walked again.
    from walletsupport.cases.store import CaseStore

    data = tmp_path / "data"
    with CaseStore(data) as store:
        store.save_draft(case_id=None, flow_id="security",
                         answers=(("concern", "unknown-transactions"),), lang="en",
                         now=datetime(2026, 11, 25, 10, 0, tzinfo=UTC),
                         wallet=wallet)
    listed = _listed(data)
    assert stopped in listed
    if wallet == "metamask":
        assert "Can you still sign in" not in listed


def test_a_self_custody_draft_saved_by_diagnose_stopped_past_the_sign_in_question(
        tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {"WALLETSUPPORT_DATA_DIR": str(data), "WALLETSUPPORT_CONFIG_DIR": str(data / "c")}
    run = runner.invoke(app, ["diagnose", "security", "--profile", "metamask"], input="1\n",
                        env={**NOW, **env})
    assert run.exit_code != 0  # input ended: the answers are kept as a draft
    listed = _listed(data)
    assert "In the last few weeks" in listed and "Can you still sign in" not in listed


def test_a_self_custody_send_is_an_on_chain_transaction_not_an_account_withdrawal() -> None:
    """F37: MetaMask or Trust Wallet has no withdrawal limits, no frozen account and no
    support that can move the coins: the block explorer and the network fee say why."""
    flow = load_catalog().flows["failed-withdrawal"]
    assert engine.next_step(flow, ()).id == "what-happened"  # an exchange or app: asked
    for name in ("metamask", "trust-wallet"):
        mine = with_wallet(flow, load_profile(name))
        state = engine.walk(mine, ())
        assert state.step.id == "end-self-custody" and "what-happened" not in state.path
        shown = [s.id for a in state.advice for s in a.steps]
        assert shown[:3] == ["on-chain-only", "explorer-by-hash", "fee-too-low"]
        assert "lower-amount" not in shown and "frozen-account" not in shown
    provider = with_wallet(flow, load_profile("binance"))
    assert engine.next_step(provider, ()).id == "what-happened"


@pytest.mark.parametrize(("typed", "kept"), [
    ("Deutsche Bank DE89370400440532013000", "Deutsche Bank ****3000"),
    ("Deutsche Bank DE89 3704 0044 0532 0130 00", "Deutsche Bank ****3000"),
    ("工商银行 6222 0212 3456 7890 123", "工商银行 ****0123"),
    ("Chase account 000123456789", "Chase account ****6789"),
    ("Visa 4111-1111-1111-1111", "Visa ****1111"),
    ("ICBC, card ending 4821", "ICBC, card ending 4821"),    # what was asked: kept as typed
    ("工商银行，尾号 4821", "工商银行，尾号 4821"),
    ("PayPal", "PayPal"),
])
def test_a_full_account_number_is_cut_to_the_last_digits_asked_for(typed: str,
                                                                   kept: str) -> None:
    """F25: "only the LAST 4 digits" holds even when the whole IBAN is typed."""
    question = load_catalog().flows["failed-withdrawal"].nodes["destination-detail"]
    assert question.last_digits == 4
    assert engine.check_answer(question, typed) == kept


def test_other_text_questions_keep_an_iban_support_may_need() -> None:
    flow = load_catalog().flows["failed-withdrawal"]
    assert engine.check_answer(flow.nodes["error-text"], "DE89370400440532013000 refused") == (
        "DE89370400440532013000 refused")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_cut_account_number_is_said_on_screen_and_never_stored(lang: str) -> None:
    sets = {"what-happened": "rejected", "error-text": "E1", "destination": "bank-card",
            "destination-detail": "Deutsche Bank DE89370400440532013000",
            "details-checked": "true", "amount": "500 EUR", "limits": "within",
            "account-state": "normal", "when": "2026-11-24 15:30 UTC+8",
            "reference": "2026112422001456789012345678", "tried": "retried"}
    args = ["--lang", lang, "diagnose", "failed-withdrawal", "--no-input", "--no-review",
            "--profile", "alipay", "--region", "CN"]
    for key, value in sets.items():
        args += ["--set", f"{key}={value}"]
    result = runner.invoke(app, args, env=NOW)
    assert result.exit_code == 0, result.output
    flat = "".join(result.output.split())
    assert ("Onlythelast4digitsoftheaccountarekept" if lang == "en"
            else "账号只保留后4位") in flat
    assert "DeutscheBank****3000" in flat
    assert "0532013000" not in flat
    shown = runner.invoke(app, ["--lang", lang, "export", "--format", "json"], env=NOW)
    assert shown.exit_code == 0, shown.output
    assert "Deutsche Bank ****3000" in shown.output and "0532013000" not in shown.output


def test_the_answer_written_back_under_the_question_is_already_cut() -> None:
    from walletsupport.prompting import _echoed

    question = load_catalog().flows["failed-withdrawal"].nodes["destination-detail"]
    assert _echoed("Deutsche Bank DE89370400440532013000", "en", question) == (
        "Deutsche Bank ****3000")


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize(("flow", "answers"), [
    ("failed-withdrawal", "{}\n"),
    ("failed-payment", "self-custody-what: sent-failed\n"),
])
def test_a_self_custody_send_is_checked_on_the_chain_and_support_is_for_the_app_only(
        tmp_path: Path, flow: str, answers: str, lang: str) -> None:
    # walk B9: it ended "Contact support" and "contact MetaMask first", while its own
    # message said nobody can move a transaction and the block explorer comes first
    path = tmp_path / "answers.yaml"
    path.write_text(answers, encoding="utf-8")
    result = runner.invoke(app, ["--lang", lang, "diagnose", flow, "--profile", "metamask",
                                 "--answers", str(path), "--no-input"], env=NOW)
    assert result.exit_code == 0, result.output
    screen = " ".join(result.output.split())
    # its safety line names what it has: a phrase, a key, the app's password (walk B: 支付密码)
    assert "payment PIN" not in screen and "支付密码" not in screen
    assert ("recovery phrase, private key" if lang == "en" else "助记词、私钥") in screen
    if lang == "en":
        assert "Outcome: Check it yourself." in screen
        assert "Only if the app itself misbehaves" in screen
        assert "Contact support" not in screen and "Contact MetaMask first" not in screen
    else:
        assert "结论：需要自己核查" in screen
        assert "只有 App 本身出了问题" in screen
        assert "需要联系客服" not in screen
