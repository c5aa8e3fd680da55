"""Walk findings of issue #12 on exports, follow-ups, the review and the check-up.

Each runs the tool as a user did (an answers file, then `export` or `cases follow-up`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from walletsupport.cli import app


@pytest.fixture
def run(tmp_path: Path):
    runner = CliRunner()
    env = {"WALLETSUPPORT_DATA_DIR": str(tmp_path / "data"),
           "WALLETSUPPORT_CONFIG_DIR": str(tmp_path / "cfg"), "COLUMNS": "100", "NO_COLOR": "1",
           "WALLETSUPPORT_NOW": "2026-12-03T10:00:00+08:00", "TZ": "Asia/Shanghai"}

    def invoke(*args: str):
        return runner.invoke(app, list(args), env=env)

    return invoke


def _diagnose(run, tmp_path: Path, flow: str, answers: str, lang: str = "en") -> None:
    path = tmp_path / f"{flow}.yaml"
    path.write_text(answers, encoding="utf-8")
    result = run("--lang", lang, "diagnose", flow, "--answers", str(path), "--no-input")
    assert result.exit_code in (0, 1, 2, 3, 4), result.output
    assert "Traceback" not in result.output


LOCKED_ALIPAY = ("_wallet: alipay\napp-message: wrong-password\nremember-password: know-it\n"
                 "error-text: 密码错误次数过多，请3小时后再试\nwait-shown: until-time\n")


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "Contact first by**: phone, in the app"),
    ("zh", "建议优先联系方式**：电话、App 内客服"),
])
def test_a_locked_out_users_export_puts_first_what_works_signed_out(run, tmp_path, lang, line):
    # Walk A1: the closing screen leads with Alipay's phone line; the export said
    # "contact first in the app", which a locked-out user cannot open.
    _diagnose(run, tmp_path, "locked-account", LOCKED_ALIPAY, lang)
    shown = run("--lang", lang, "export", "1").output
    assert line in shown, shown


@pytest.mark.parametrize(("lang", "heading"), [("en", "**Answers**"), ("zh", "**回答**")])
def test_an_export_with_no_answers_has_no_empty_answers_heading(run, tmp_path, lang, heading):
    # Walk A4: a MetaMask locked-account case asks nothing.
    _diagnose(run, tmp_path, "locked-account", "_wallet: metamask\n", lang)
    for fmt in ("markdown", "text"):
        shown = run("--lang", lang, "export", "1", "--format", fmt).output
        assert heading.strip("*") not in shown.split("\n\n", 3)[-1].splitlines()[:1]
        assert heading.strip("*") + "\n" not in shown.replace("**", ""), shown
    shown = run("--lang", lang, "cases", "show", "1").output
    assert heading.strip("*") not in [line.strip() for line in shown.splitlines()], shown


SCAM_CALL = ("_wallet: coinbase\nconcern: scam-check\nwho-claimed: wallet-support\n"
             "how-contact: i-searched\nasked-for: [password, code]\ndid-it: some\n"
             "scam-amount: 2.500,50 €\nscam-recipient: ''\nscam-contact: +1 800 555 0199\n"
             "noticed-when: yesterday 10:30\n")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_phone_number_typed_whole_stays_whole_in_the_markdown_export(run, tmp_path, lang):
    # Walk A7: "`+1` 800 555 0199" pasted as two things.
    _diagnose(run, tmp_path, "security", SCAM_CALL, lang)
    shown = run("--lang", lang, "export", "1").output
    assert "`+1 800 555 0199`" in shown, shown
    assert "`+1`" not in shown


@pytest.mark.parametrize(("concern", "en", "zh"), [
    ("protect\nprotect-topics: [passwords]",
     "I want to make my account safer", "我想让账户更安全"),
    ("lost-phone\ncan-sign-in: false\nphone-locked: unlocked\nnoticed-when: 2 hours ago\n"
     "devices: OPPO Reno", "the phone with my wallet on it was lost or stolen",
     "装着钱包的手机丢了或被偷了"),
])
def test_a_security_follow_up_names_the_concern_reported(run, tmp_path, concern, en, zh):
    # Walk A23: every security letter said "my account may have been broken into".
    _diagnose(run, tmp_path, "security", f"_wallet: wechat-pay\nconcern: {concern}\n")
    english = run("--lang", "en", "cases", "follow-up", "1").output
    chinese = run("--lang", "zh", "cases", "follow-up", "1").output
    assert en in english and zh in chinese, english + chinese
    assert "broken into" not in english and "被盗了，或者" not in chinese


def test_a_self_custody_follow_up_calls_it_a_wallet_not_an_account(run, tmp_path):
    _diagnose(run, tmp_path, "security", "_wallet: trust-wallet\nconcern: lost-phone\n"
              "phone-locked: unlocked\nnoticed-when: 2 hours ago\n")
    english = run("--lang", "en", "cases", "follow-up", "1").output
    chinese = run("--lang", "zh", "cases", "follow-up", "1").output
    assert "It concerns my Trust Wallet wallet." in english, english
    assert "涉及的是我的 Trust Wallet 钱包。" in chinese, chinese
    assert "Trust Wallet account" not in english


CHECKUP = ("_wallet: revolut\ntwo-factor: sms\nrecovery-phrase: yes\n"
           "official-app: yes\nremote-apps: unsure\n"
           "payment-password: no\npayment-alerts: no\npublic-wifi: no\nphone-number: yes\n"
           "login-devices: no\nsim-pin: unsure\n")


def test_a_check_up_takes_the_wallet_from_its_answers_file_and_exports_it(run, tmp_path):
    # Walk A15: `_wallet` was refused; A20: the saved check-up did not name the wallet.
    path = tmp_path / "k.yaml"
    path.write_text(CHECKUP, encoding="utf-8")
    result = run("checkup", "--answers", str(path), "--no-input", "--save")
    assert "does not ask" not in result.output, result.output
    assert "Saved" in result.output or "saved" in result.output, result.output
    for lang, line in (("en", "Revolut"), ("zh", "Revolut")):
        assert line in run("--lang", lang, "export", "1").output
    # A20/A23: a self check-up is nothing to write to support about.
    for lang, word in (("en", "check-up"), ("zh", "自查")):
        refused = run("--lang", lang, "cases", "follow-up", "1")
        assert refused.exit_code != 0 and word in refused.output, refused.output
        assert "Traceback" not in refused.output and len(refused.output.splitlines()) <= 3


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_a_check_up_export_has_no_support_ticket_status_or_replies(run, tmp_path, fmt):
    # Walk A20: "状态：待处理", "客服工单号：暂无", "客服的答复" on a self check-up.
    path = tmp_path / "k.yaml"
    path.write_text(CHECKUP, encoding="utf-8")
    run("checkup", "--answers", str(path), "--no-input", "--save")
    for lang, words in (("en", ("Status", "Support ticket", "What support said",
                                "No answer from support")),
                        ("zh", ("状态", "客服工单号", "客服的答复", "还没有记录客服的答复"))):
        shown = run("--lang", lang, "export", "1", "--format", fmt).output
        assert "Revolut" in shown, shown
        starts = [line.lstrip("-* ") for line in shown.splitlines()]
        assert not any(line.startswith(words) for line in starts), shown


RESOLVED_BINANCE = ("_wallet: binance\napp-message: unusual-login\nwas-it-you: true\n"
                    "error-text: Login blocked. New device detected.\n"
                    "verify-means: [sms, email]\ntry-self-service: true\n")


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_a_resolved_case_names_no_channel_to_contact_first(run, tmp_path, fmt):
    # Walk A20: a case solved in the app still said "Contact first by".
    _diagnose(run, tmp_path, "locked-account", RESOLVED_BINANCE)
    for lang, line in (("en", "Contact first by"), ("zh", "建议优先联系方式")):
        shown = run("--lang", lang, "export", "1", "--format", fmt).output
        assert ("Resolved" in shown or "已解决" in shown) and line not in shown, shown
    # Opened again (it came back), support is to be contacted again.
    assert run("cases", "status", "1", "open").exit_code == 0
    assert "Contact first by" in run("export", "1", "--format", fmt).output


def test_the_closing_count_of_details_reads_for_one_as_for_many() -> None:
    # W5: "1 of 9 details are in your answers".
    from walletsupport.i18n import t

    line = t("closing.checklist.open", "en", filled=1, total=9)
    assert "1 of 9 details are" not in line and "hold 1 of the 9 details" in line


def test_the_review_reads_yes_and_none_of_these_as_the_choices_did() -> None:
    # W6: "Sign-in was mine → yes" under a choice that read "Yes".
    from walletsupport.diagnosis.catalog import load_catalog
    from walletsupport.diagnosis.session import review_entries

    flow = load_catalog().get("locked-account")
    answers = [("app-message", "unusual-login"), ("was-it-you", True), ("error-text", ""),
               ("verify-means", ())]
    shown = dict(review_entries(flow, answers, "en"))
    assert "Yes" in shown.values(), shown
    assert "None of these" in shown.values(), shown
    assert "是" in dict(review_entries(flow, answers, "zh")).values()


@pytest.mark.parametrize(("typed", "shown"), [("13812345678", "138****5678"),
                                              ("tom.lee@gmail.com", "t***@gmail.com")])
def test_the_review_partly_hides_the_account_it_says_is_partly_hidden(typed, shown) -> None:
    # Walk A17: "账户（部分隐藏） → 13812345678" on the review; the export masked it.
    from datetime import UTC, datetime

    from walletsupport.diagnosis import engine
    from walletsupport.diagnosis.catalog import load_catalog
    from walletsupport.diagnosis.dates import resolve
    from walletsupport.diagnosis.session import review_entries

    now = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
    flow = load_catalog().get("locked-account")
    answers: tuple = ()
    for value in ["unusual-login", True, "Login blocked.", ["sms", "email"], False,
                  resolve("3 hours ago", now, None), typed]:
        answers = engine.apply_answer(flow, answers, value, now)
    assert answers[-1] == ("account-id", typed)  # kept as typed: only the review hides it
    for lang in ("en", "zh"):
        entries = review_entries(flow, answers, lang, now)
        label, answer = entries[-1]
        assert "(" in label or "（" in label
        assert answer == shown and typed not in str(entries), entries
