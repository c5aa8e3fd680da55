"""Which wallet a diagnosis is about: named in a description, asked, or decided by a profile;
kept with the case and used by `cases show`, `export`, `follow-up` and `cases answers`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from walletsupport.authoring.scenarios import load_scenarios
from walletsupport.cli import app
from walletsupport.contacts.loading import list_profiles
from walletsupport.contacts.wallets import named_wallets

from .conftest import FLOWS

runner = CliRunner()
NOW = {"WALLETSUPPORT_NOW": "2026-11-25T10:00:00+08:00"}


def _names() -> list[tuple[str, tuple[str, ...]]]:
    return [(p.name, p.names) for p in list_profiles() if p.name != "generic"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("my Binance withdrawal is stuck", ["binance"]),
    ("支付宝提现没到账", ["alipay"]),
    ("币安提币一直在处理中", ["binance"]),
    ("微信零钱提现失败", ["wechat-pay"]),
    ("my wechat pay top-up failed", ["wechat-pay"]),
    # The wallet somebody pretends to be comes first: it is the account at risk.
    ("someone on WeChat says he is Alipay support", ["alipay", "wechat-pay"]),
    ("微信上有人冒充支付宝客服", ["alipay", "wechat-pay"]),
    ("有人在微信上自称是币安的客服，让我转账", ["binance", "wechat-pay"]),
    ("a WeChat contact claiming to be from Coinbase", ["coinbase", "wechat-pay"]),
    ("I paid with Alipay, then a fake PayPal email came", ["paypal", "alipay"]),
    ("I moved money from Alipay to WeChat Pay. It says he is done", ["alipay", "wechat-pay"]),
    ("sent money from my Trust Wallet", ["trust-wallet"]),
    ("my Wise transfer is late", ["wise"]),
    ("it would be wise to wait, otherwise nothing", []),
    ("my coinbasement flooded", []),
    ("my withdrawal hasn't arrived", []),
])
def test_wallets_named_in_a_description(sentence: str, expected: list[str]) -> None:
    assert named_wallets(sentence, _names()) == expected


def _plain(value: object) -> object:
    if isinstance(value, bool):
        return value
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    return str(value)


def _scenario_file(tmp_path: Path, flow: str, name: str, **extra: object) -> Path:
    chosen = next(s for s in load_scenarios(FLOWS / "tests" / f"{flow}.yaml") if s.name == name)
    answers = {str(key): _plain(v) for key, v in chosen.answers.items()}
    path = tmp_path / "answers.yaml"
    path.write_text(yaml.safe_dump({**answers, **extra}, allow_unicode=True), encoding="utf-8")
    return path


def _menu_number(output: str, label: str) -> str:
    line = next(line for line in output.splitlines() if line.endswith(f") {label}"))
    return line.split(")")[0].strip()


def _describe(tmp_path: Path, sentence: str, lang: str) -> str:
    answers = _scenario_file(tmp_path, "failed-withdrawal", "crypto withdrawal long overdue")
    listing = runner.invoke(app, ["--lang", lang, "diagnose"], input="", env=NOW)
    describe = _menu_number(listing.output, "Describe it in your own words" if lang == "en"
                            else "用自己的话描述问题")
    typed = "\n".join([describe, sentence, "1", "", "4"]) + "\n"
    result = runner.invoke(app, ["--lang", lang, "diagnose", "--answers", str(answers)],
                           input=typed, env=NOW)
    assert result.exit_code == 0, result.output
    return result.output


def test_a_binance_withdrawal_ends_on_binance_channels_without_any_option(tmp_path: Path) -> None:
    out = _describe(tmp_path, "my Binance withdrawal is stuck", "en")
    assert "Which wallet or app" not in out  # the description decided it
    assert "Wallet: Binance (from your description)" in out
    closing = out.split("Outcome:", 1)[1]
    assert "Contact Binance first by:" in closing
    assert "1. Live chat, 24/7" in closing
    assert "Binance Support · hours not published" in closing  # never blank, never 24/7
    assert "https://www.binance.com/en/support" in closing
    assert "walletsupport contacts --profile binance" in closing
    assert "Your wallet (no provider chosen)" not in out


def test_an_alipay_withdrawal_in_chinese_ends_on_95188(tmp_path: Path) -> None:
    out = _describe(tmp_path, "支付宝提现没到账", "zh")
    assert "钱包：支付宝（根据你的描述）" in out
    closing = out.split("结论：", 1)[1]
    assert "建议先这样联系支付宝：" in closing
    assert "电话：95188（待核实）" in closing
    assert "客服热线（中国大陆）；全天 24 小时服务" in closing
    assert "walletsupport contacts --profile alipay" in closing


def test_the_wallet_is_asked_kept_shown_exported_and_replayed(tmp_path: Path) -> None:
    answers = _scenario_file(tmp_path, "failed-withdrawal", "crypto withdrawal long overdue")
    first = runner.invoke(app, ["diagnose", "failed-withdrawal", "--answers", str(answers)],
                          input="", env=NOW)
    # the question lists the profiles by name, then "another one" and "rather not say"
    assert "Which wallet or app is the problem with?" in first.output
    for label in ("Alipay (支付宝)", "Binance (币安)", "Another one (not in this list)",
                  "I'd rather not say"):
        assert f") {label}" in first.output
    number = _menu_number(first.output, "Binance (币安)")
    done = runner.invoke(app, ["diagnose", "failed-withdrawal", "--answers", str(answers)],
                         input=f"{number}\n\n4\n", env=NOW)
    assert done.exit_code == 0, done.output
    assert "Contact Binance first by:" in done.output
    case_id = done.output.split("Saved as case ", 1)[1].split(".", 1)[0]

    shown = runner.invoke(app, ["cases", "show", case_id]).output
    assert "Wallet or app:    Binance" in shown
    markdown = runner.invoke(app, ["export", case_id]).output
    assert "**Wallet or app**: Binance" in markdown
    assert json.loads(runner.invoke(app, ["export", case_id, "-f", "json"]).output)[
        "wallet"] == "binance"
    follow = runner.invoke(app, ["cases", "follow-up", case_id]).output
    assert "It concerns my Binance account." in follow
    zh_follow = runner.invoke(app, ["--lang", "zh", "cases", "follow-up", case_id]).output
    assert "涉及的是我的币安账户。" in zh_follow

    replay = tmp_path / "replay.yaml"
    replay.write_text(runner.invoke(app, ["cases", "answers", case_id]).output, encoding="utf-8")
    assert "_wallet: binance" in replay.read_text(encoding="utf-8")
    again = runner.invoke(app, ["diagnose", "--answers", str(replay), "--no-input"], env=NOW)
    assert again.exit_code == 0, again.output
    assert "Which wallet" not in again.output
    assert "Contact Binance first by:" in again.output


def test_no_input_without_a_wallet_uses_the_generic_profile(tmp_path: Path) -> None:
    answers = _scenario_file(tmp_path, "failed-withdrawal", "crypto withdrawal long overdue")
    result = runner.invoke(app, ["diagnose", "--answers", str(answers), "--no-input",
                                 "failed-withdrawal"], env=NOW)
    assert result.exit_code == 0, result.output
    assert "Which wallet" not in result.output
    assert "Contact your wallet's official support first by:" in result.output
    assert "walletsupport contacts\n" in result.output


@pytest.mark.parametrize("how", ["option", "environment"])
def test_a_profile_already_chosen_skips_the_question(tmp_path: Path, how: str) -> None:
    answers = _scenario_file(tmp_path, "failed-withdrawal", "crypto withdrawal long overdue")
    args = ["diagnose", "failed-withdrawal", "--answers", str(answers)]
    env = dict(NOW)
    if how == "option":
        args += ["--profile", "coinbase"]
    else:
        env["WALLETSUPPORT_PROFILE"] = "coinbase"
    result = runner.invoke(app, args, input="\n4\n", env=env)
    assert result.exit_code == 0, result.output
    assert "Which wallet" not in result.output
    assert "Contact Coinbase first by:" in result.output


def test_an_unknown_wallet_in_an_answers_file_is_one_clear_line(tmp_path: Path) -> None:
    answers = _scenario_file(tmp_path, "failed-withdrawal", "crypto withdrawal long overdue",
                             _wallet="binanse")
    result = runner.invoke(app, ["diagnose", "failed-withdrawal", "--answers", str(answers),
                                 "--no-input"], env=NOW)
    assert result.exit_code == 1
    assert "binanse" in result.output or "_wallet" in result.output
    assert "binance" in result.output  # the allowed values are listed
    assert "Traceback" not in result.output


def test_a_resumed_draft_keeps_its_wallet(tmp_path: Path) -> None:
    listing = runner.invoke(app, ["--plain", "diagnose", "failed-withdrawal"], input="",
                            env=NOW)
    number = _menu_number(listing.output, "Binance (币安)")
    # pick the wallet, answer the first question as the scenario below does (3: it has not
    # arrived, so no limits question), then the input ends: a draft is kept
    first = runner.invoke(app, ["--plain", "diagnose", "failed-withdrawal"],
                          input=f"{number}\n3\n", env=NOW)
    assert first.exit_code == 1 and "Your answers so far are kept" in first.output
    answers = _scenario_file(tmp_path, "failed-withdrawal", "crypto withdrawal long overdue")
    done = runner.invoke(app, ["--plain", "diagnose", "--resume", "--answers", str(answers),
                               "--no-input"], env=NOW)
    assert done.exit_code == 0, done.output
    assert "Which wallet" not in done.output
    assert "Contact Binance first by:" in done.output


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_self_custody_theft_is_told_to_move_funds_not_to_freeze_an_account(
        tmp_path: Path, lang: str) -> None:
    from walletsupport.contacts.loading import load_profile

    assert load_profile("metamask").custody == "self"
    assert load_profile("binance").custody == "provider"
    answers = _scenario_file(tmp_path, "security", "unknown transactions after giving away a code")
    done = runner.invoke(app, ["--lang", lang, "--profile", "metamask", "diagnose", "security",
                               "--region", "US", "--answers", str(answers), "--no-input"],
                         env=NOW)
    assert done.exit_code == 0, done.output
    text = done.output
    closing = text[text.index("Do these now" if lang == "en" else "以下事项请立即处理"):]
    first = closing.splitlines()[1]  # the first thing to do at once
    assert first.startswith("1. MetaMask")
    assert ("new recovery phrase" if lang == "en" else "新的助记词") in closing
    assert ("Freeze or lock" not in closing) if lang == "en" else ("冻结或锁定" not in closing)


def test_the_wallet_list_has_one_order_in_both_languages() -> None:
    """The Chinese list once put 支付宝 and 微信支付 first: both now follow the same ranking."""
    import re

    def order(lang: str) -> list[str]:
        result = runner.invoke(app, ["--lang", lang, "diagnose", "failed-withdrawal"],
                               input="\n", env=NOW)
        menu = result.output.split("> ")[0]
        labels = re.findall(r"^\s+\d+\) (.+)$", menu, re.MULTILINE)[:-2]  # other, unsaid
        names = []
        for label in labels:
            inner = re.search(r"（(.+)）$", label)
            names.append(inner.group(1) if lang == "zh" and inner else label.split(" (")[0])
        return names

    english = order("en")
    assert len(english) >= 9 and order("zh") == english
