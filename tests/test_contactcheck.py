"""The contact checker: official values match, real-looking scam variants are named."""

from __future__ import annotations

import pytest

from walletsupport.contacts.check import REASONS, check_contact
from walletsupport.contacts.loading import list_profiles, load_profile, parse_profile
from walletsupport.diagnosis.catalog import data_dir

SHIPPED = {p.name: p for p in list_profiles()}


def check(value: str, active: str | None = "generic"):
    return check_contact(value, list(SHIPPED.values()),
                         SHIPPED[active] if active is not None else None)


# --------------------------------------------------------------------------- official values


def official_values():
    for profile in SHIPPED.values():
        for channel in profile.channels:
            if channel.value:
                yield pytest.param(profile.name, channel.id, channel.value,
                                   id=f"{profile.name}-{channel.id}")


@pytest.mark.parametrize(("name", "channel_id", "value"), list(official_values()))
def test_every_shipped_value_is_recognised_as_official(name, channel_id, value):
    for active in (name, "generic"):
        verdict = check(value, active)
        assert verdict.ok, (value, verdict.reasons)
        assert verdict.profile is not None and verdict.profile.name == name
        assert verdict.channel is not None and verdict.channel.id == channel_id


@pytest.mark.parametrize(("active", "value", "name", "channel_id"), [
    ("coinbase", "1-888-908-7930", "coinbase", "phone-us"),
    ("coinbase", "(888) 908-7930", "coinbase", "phone-us"),
    ("coinbase", "+18889087930", "coinbase", "phone-us"),
    ("coinbase", "0808 168 4635", "coinbase", "phone-uk"),
    ("coinbase", "0044 808 168 4635", "coinbase", "phone-uk"),
    ("coinbase", "tel:+49-800-0010726", "coinbase", "phone-de"),
    ("alipay", "95188", "alipay", "hotline"),
    ("wechat-pay", "95017", "wechat-pay", "hotline"),
    ("wechat-pay", "0571-95017", "wechat-pay", "overseas-line"),
    ("paypal", "1 (888) 221-1161", "paypal", "phone-us"),
    ("paypal", "mailto:Phishing@PayPal.com", "paypal", "phishing"),
    ("paypal", "https://www.paypal.com/us/smarthelp/contact-us?x=1", "paypal", "contact-us"),
    ("metamask", "@MetaMaskSupport", "metamask", "x"),
    ("metamask", "@metamasksupport", "metamask", "x"),
    ("metamask", "https://twitter.com/MetaMaskSupport", "metamask", "x"),
    ("metamask", "r/Metamask", "metamask", "reddit"),
    ("metamask", "https://old.reddit.com/r/metamask/", "metamask", "reddit"),
    ("metamask", "support.metamask.io/start-here", "metamask", "support-site"),
])
def test_official_values_match_however_they_are_written(active, value, name, channel_id):
    verdict = check(value, active)
    assert verdict.ok, verdict.reasons
    assert verdict.profile.name == name  # type: ignore[union-attr]
    assert verdict.channel.id == channel_id  # type: ignore[union-attr]


@pytest.mark.parametrize(("value", "name", "domain"), [
    ("https://www.paypal.com/signin", "paypal", "paypal.com"),
    ("https://accounts.binance.com/en/login", "binance", "binance.com"),
    ("no-reply@metamask.zendesk.com", "metamask", "metamask.zendesk.com"),
    ("noreply@revolut.com", "revolut", "revolut.com"),
    ("https://wise.com/", "wise", "wise.com"),
])
def test_values_on_an_official_domain_are_official_without_a_channel(value, name, domain):
    verdict = check(value)
    assert verdict.ok
    assert (verdict.profile.name, verdict.channel, verdict.domain) == (name, None, domain)  # type: ignore[union-attr]


def test_another_shipped_profiles_channel_is_found_and_named():
    verdict = check("https://help.coinbase.com", "alipay")
    assert verdict.ok and verdict.profile.name == "coinbase"  # type: ignore[union-attr]


def test_a_profile_loaded_from_a_file_matches_and_is_marked_not_built_in(tmp_path):
    path = tmp_path / "acme.yaml"
    path.write_text("""\
name: acme
title: Acme
checked: 2026-11-01
sources: [{title: Acme}]
channels:
  - id: line
    kind: phone
    label: {en: Line, zh: 热线}
    value: "+44 20 7946 0000"
    confidence: H
""", "utf-8")
    acme = parse_profile(path)
    for written in ("+44 20 7946 0000", "020 7946 0000"):  # national form: a British number
        verdict = check_contact(written, list(SHIPPED.values()), acme)
        assert verdict.ok and verdict.profile is acme and not verdict.profile.builtin
    assert not check_contact("+44 20 7946 0000", list(SHIPPED.values()), None).ok


# --------------------------------------------------------------------------- scams


# Real-looking scam variants of each shipped profile's channels, and the reasons
# each must be named for. Known fakes come from the provider research (test use only).
SCAMS = [
    # Alipay
    ("alipay", "+86-571-2688-8888", {"not-listed"}),
    ("alipay", "+86-571-88156666", {"not-listed"}),
    ("alipay", "400-000-9518", {"not-listed"}),
    ("alipay", "international_support@alipay.com", {"not-listed"}),
    ("alipay", "95189", {"not-listed"}),
    ("alipay", "alipay-help.com", {"name-inside", "not-listed"}),
    ("alipay", "https://www.alipay.com.kefu-center.cn", {"name-inside", "not-listed"}),
    ("alipay", "alipay.kefu@qq.com", {"personal-mailbox", "not-listed"}),
    # WeChat Pay
    ("wechat-pay", "0755-83765566", {"not-listed"}),
    ("wechat-pay", "0755-86013860", {"not-listed"}),
    ("wechat-pay", "https://kf.qq.com.wxpay-refund.com", {"name-inside", "not-listed"}),
    ("wechat-pay", "http://kf.qq.com", {"not-https"}),
    ("wechat-pay", "wepayts@tencent-pay.com", {"not-listed"}),
    ("wechat-pay", "https://pay.weixin.qq.com.cn/help", {"lookalike", "not-listed"}),
    ("wechat-pay", "weixin-kefu.com", {"name-inside", "not-listed"}),
    # PayPal
    ("paypal", "paypa1.com", {"lookalike", "not-listed"}),
    ("paypal", "https://www.paypall.com/us/smarthelp/contact-us", {"lookalike", "not-listed"}),
    ("paypal", "https://www.pyapal.com", {"lookalike", "not-listed"}),
    ("paypal", "https://paypal.co/login", {"lookalike", "not-listed"}),
    ("paypal", "https://pаypal.com/login", {"homoglyph", "not-listed"}),  # Cyrillic а
    ("paypal", "https://xn--pypal-4ve.com", {"punycode", "homoglyph", "not-listed"}),
    ("paypal", "https://paypal.com.account-review.net", {"name-inside", "not-listed"}),
    ("paypal", "https://secure-paypal-support.com", {"name-inside", "not-listed"}),
    ("paypal", "http://www.paypal.com/us/smarthelp/contact-us", {"not-https"}),
    ("paypal", "https://paypal.com@203.0.113.9/login",
     {"disguised-link", "ip-address", "not-listed"}),
    ("paypal", "service@paypal-billing.com", {"name-inside", "not-listed"}),
    ("paypal", "paypal.support.team@gmail.com", {"personal-mailbox", "not-listed"}),
    ("paypal", "1-888-221-1116", {"lookalike", "not-listed"}),
    ("paypal", "+1-402-935-2050", {"not-listed"}),
    # Coinbase
    ("coinbase", "+1-858-858-3806", {"not-listed"}),
    ("coinbase", "1-888-510-9832", {"not-listed"}),
    ("coinbase", "1-812-223-9376", {"not-listed"}),
    ("coinbase", "1-888-870-0126", {"not-listed"}),
    ("coinbase", "+1-917-695-3215", {"not-listed"}),
    ("coinbase", "+1-833-225-1498", {"not-listed"}),
    ("coinbase", "+1-803-999-7942", {"not-listed"}),
    ("coinbase", "+1 888 908 7903", {"lookalike", "not-listed"}),  # swapped digits
    ("coinbase", "https://help.coinbase.co", {"lookalike", "not-listed"}),
    ("coinbase", "https://help.coinbasse.com", {"lookalike", "not-listed"}),
    ("coinbase", "https://help.c0inbase.com", {"lookalike", "not-listed"}),
    ("coinbase", "https://coinbase-wallet-support.com", {"name-inside", "not-listed"}),
    ("coinbase", "security@coinbase-help.com", {"name-inside", "not-listed"}),
    ("coinbase", "WhatsApp +1 888 908 7930", {"messaging", "not-listed"}),
    # MetaMask
    ("metamask", "1-812-223-9376", {"not-listed", "no-phone"}),
    ("metamask", "+1-415-495-9687", {"not-listed", "no-phone"}),
    ("metamask", "+1-707-767-1266", {"not-listed", "no-phone"}),
    ("metamask", "+1-209-798-8106", {"not-listed", "no-phone"}),
    ("metamask", "WhatsApp +1-562-473-3934", {"messaging", "not-listed", "no-phone"}),
    ("metamask", "https://wa.me/15624733934", {"messaging", "not-listed"}),
    ("metamask", "https://t.me/MetaMaskSupport", {"messaging", "not-listed"}),
    ("metamask", "Telegram: @MetaMask_Helpdesk", {"messaging", "not-listed"}),
    ("metamask", "@MetaMask_Support", {"lookalike", "not-listed"}),
    ("metamask", "@MetaMaskSupprt", {"lookalike", "not-listed"}),
    ("metamask", "@metamask_wallet_help", {"name-inside", "not-listed"}),
    ("metamask", "https://instagram.com/metamasksupport", {"name-inside", "not-listed"}),
    ("metamask", "https://support.metamask.io.wallet-sync.app", {"name-inside", "not-listed"}),
    ("metamask", "https://support.rnetamask.io", {"lookalike", "not-listed"}),
    ("metamask", "https://metamsk.io", {"lookalike", "not-listed"}),
    ("metamask", "https://metamask.com/restore", {"lookalike", "not-listed"}),
    ("metamask", "https://support.metamask.io@wallet-verify.net", {"disguised-link",
                                                                  "not-listed"}),
    ("metamask", "help@metamask-support.org", {"name-inside", "not-listed"}),
    # Trust Wallet
    ("trust-wallet", "+1-808-690-4872", {"not-listed", "no-phone"}),
    ("trust-wallet", "(844) 744-1902", {"not-listed", "no-phone"}),
    ("trust-wallet", "https://support.trustwalIet.com", {"lookalike", "not-listed"}),
    ("trust-wallet", "https://trust-wallet.com", {"lookalike", "not-listed"}),
    ("trust-wallet", "https://trustwallet.app", {"lookalike", "not-listed"}),
    ("trust-wallet", "support@trustwallet-help.com", {"name-inside", "not-listed"}),
    # Binance
    ("binance", "1-833-228-1682", {"not-listed", "unlisted-phone"}),
    ("binance", "1-800-498-9965", {"not-listed", "unlisted-phone"}),
    ("binance", "1-800-805-3811", {"not-listed", "unlisted-phone"}),
    ("binance", "1-800-691-0692", {"not-listed", "unlisted-phone"}),
    ("binance", "https://www.binanse.com/en/support", {"lookalike", "not-listed"}),
    ("binance", "https://www.blnance.com", {"lookalike", "not-listed"}),
    ("binance", "https://www.bіnance.com", {"homoglyph", "not-listed"}),  # Cyrillic і
    ("binance", "binance-support.help", {"name-inside", "not-listed"}),
    ("binance", "https://chat.whatsapp.com/BinanceHelp", {"messaging", "not-listed"}),
    # Wise
    ("wise", "+44 808 175 1560", {"lookalike", "not-listed"}),
    ("wise", "https://wise.com.transfer-help.io", {"name-inside", "not-listed"}),
    ("wise", "https://wlse.com/help", {"lookalike", "not-listed"}),
    ("wise", "https://wise.co/help", {"lookalike", "not-listed"}),
    # Revolut
    ("revolut", "+44 20 3322 8352", {"not-listed", "unlisted-phone"}),
    ("revolut", "https://help.revoIut.com", {"lookalike", "not-listed"}),
    ("revolut", "https://revolut-safe-account.com", {"name-inside", "not-listed"}),
    ("revolut", "security@revolut-support.com", {"name-inside", "not-listed"}),
    ("revolut", "revolut.help@outlook.com", {"personal-mailbox", "not-listed"}),
]


@pytest.mark.parametrize(("active", "value", "reasons"), SCAMS,
                         ids=[f"{a}:{v}" for a, v, _ in SCAMS])
def test_scam_variants_are_warned_about_with_their_reasons(active, value, reasons):
    verdict = check(value, active)
    assert not verdict.ok
    assert set(verdict.reasons) == reasons, verdict.details
    assert set(verdict.reasons) <= set(REASONS)


def test_every_scam_is_also_caught_with_the_generic_profile():
    for _, value, _ in SCAMS:
        verdict = check(value, "generic")
        assert not verdict.ok, value
        assert "no-phone" not in verdict.reasons and "unlisted-phone" not in verdict.reasons


def test_look_alikes_name_the_official_value_they_imitate():
    verdict = check("https://help.c0inbase.com")
    lookalike = next(r for r in verdict.details if r.code == "lookalike")
    assert (lookalike.official, lookalike.profile.name) == ("coinbase.com", "coinbase")  # type: ignore[union-attr]
    number = check("+1 888 908 7903", "coinbase").details[0]
    assert (number.code, number.official) == ("lookalike", "+1 888 908 7930")


def _swaps(name: str) -> list[str]:
    return [name[:i] + name[i + 1] + name[i] + name[i + 2:] for i in range(len(name) - 1)
            if name[i] != name[i + 1]]


def domain_variants():
    for profile in SHIPPED.values():
        for domain in profile.domains:
            label, _, rest = domain.partition(".")
            if len(label) < 4:
                continue
            variants = {
                "dropped": label[:-2] + label[-1] + "." + rest,
                "doubled": label[:2] + label[2] + label[2:] + "." + rest,
                "swapped": _swaps(label)[1] + "." + rest,
                "ending": domain + ".co",
            }
            for how, value in variants.items():
                yield pytest.param(value, id=f"{domain}-{how}")


@pytest.mark.parametrize("value", list(domain_variants()))
def test_one_character_off_every_official_domain_is_a_lookalike(value):
    verdict = check("https://" + value)
    assert not verdict.ok
    assert {"lookalike", "name-inside"} & set(verdict.reasons), (value, verdict.reasons)


@pytest.mark.parametrize("value", ["", "   ", "¯\\_(ツ)_/¯ ?!"])
def test_what_is_not_a_contact_is_said_to_be_unrecognised(value):
    verdict = check(value)
    assert verdict.kind == "unknown"
    assert verdict.reasons == ("unrecognised",)


def test_the_active_profile_is_searched_first(tmp_path):
    path = tmp_path / "copy.yaml"
    path.write_text((data_dir("profiles") / "alipay.yaml").read_text("utf-8"), "utf-8")
    copy = parse_profile(path)
    verdict = check_contact("95188", list(SHIPPED.values()), copy)
    assert verdict.profile is copy


# --------------------------------------------------------------------------- three verdicts


@pytest.mark.parametrize(("value", "profile", "level"), [
    ("95188", "alipay", "official"),
    ("alipay.com", "alipay", "official"),
    ("https://global.alipay.com/help", "alipay", "official"),
    ("+86 571 95188", "alipay", "unknown"),            # single-source: never called a scam
    ("international_support@alipay.com", "alipay", "unknown"),  # no email verified on it
    ("+44 20 7946 0000", "generic", "unknown"),
    ("security@coinbase.com", "coinbase", "official"),
    ("alipay-support.com", "alipay", "dangerous"),
    ("xn--pypal-4ve.com", "paypal", "dangerous"),
    ("wa.me/15624733934", "metamask", "dangerous"),
    ("telegram @BinanceSupportDesk", "binance", "dangerous"),
    ("+1 415 495 9687", "metamask", "dangerous"),      # MetaMask has no phone at all
])
def test_three_verdicts(value: str, profile: str, level: str) -> None:
    active = load_profile(profile)
    assert check_contact(value, list_profiles(), active).level == level


def _cli(*args: str) -> tuple[int, str]:
    from typer.testing import CliRunner

    from walletsupport.cli import app

    result = CliRunner().invoke(app, list(args))
    return result.exit_code, " ".join(result.output.split())


def test_an_unknown_value_is_no_alarm_but_points_to_the_app() -> None:
    code, out = _cli("--profile", "alipay", "check-contact", "+86 571 95188")
    assert code == 1
    assert "NOT ON FILE: walletsupport cannot confirm +86 571 95188" in out
    assert "does not make it a scam" in out
    assert "Use the number or address shown in the wallet's app" in out
    assert "WARNING" not in out and "Do not call" not in out
    code, zh = _cli("--lang", "zh", "--profile", "alipay", "check-contact", "+86 571 95188")
    assert code == 1 and "无法确认" in zh and "警告" not in zh


def test_an_official_email_says_that_senders_can_be_forged() -> None:
    code, out = _cli("--profile", "coinbase", "check-contact", "security@coinbase.com")
    assert code == 0
    assert "the sender can be forged" in out
    assert "answer only through the app or the website you type in yourself" in out


def test_json_names_the_verdict() -> None:
    import json

    from typer.testing import CliRunner

    from walletsupport.cli import app

    for value, level in (("95188", "official"), ("+86 571 95188", "unknown"),
                         ("wa.me/1", "dangerous")):
        result = CliRunner().invoke(app, ["--profile", "alipay", "check-contact", value,
                                          "--json"])
        assert json.loads(result.output)["verdict"] == level


# ---------------------------------------------------------------- maintained sources

def test_an_armenian_o_is_a_homoglyph_of_the_official_name() -> None:
    # Unicode's confusables data knows the Armenian letter օ (U+0585) passes for o.
    from walletsupport.contacts.check import check_contact
    from walletsupport.contacts.loading import list_profiles

    verdict = check_contact("https://c\u0585inbase.com", list_profiles(), None)
    assert not verdict.ok
    assert "homoglyph" in verdict.reasons


def test_another_countrys_ending_is_the_same_name_not_a_name_inside() -> None:
    # The public suffix list knows co.za is one ending: coinbase.co.za imitates coinbase.com.
    from walletsupport.contacts.check import check_contact
    from walletsupport.contacts.loading import list_profiles

    verdict = check_contact("https://coinbase.co.za", list_profiles(), None)
    assert not verdict.ok
    assert "lookalike" in verdict.reasons
    assert "name-inside" not in verdict.reasons
