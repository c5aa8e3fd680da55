"""Police and anti-fraud contacts for urgent ends: verified files, validated on load, by region."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from walletsupport.cli import app
from walletsupport.contacts.authorities import (
    known_regions,
    load_authority,
    parse_authority,
    region_from_locale,
    region_from_zone,
    resolve_region,
)
from walletsupport.errors import ProfileError

from .test_wallets import _scenario_file

runner = CliRunner()
NOW = {"WALLETSUPPORT_NOW": "2026-11-25T10:00:00+08:00"}
SCAM = ("security", "investment platform demanding a fee and a loan, money paid")


def test_every_shipped_region_loads_with_sources_and_a_check_date() -> None:
    regions = known_regions()
    assert {"CN", "HK", "TW", "US", "GB", "SG"} <= set(regions)
    for region in regions:
        authority = load_authority(region)
        assert authority is not None and authority.region == region
        assert authority.sources and authority.contacts
        assert all(c.confidence in ("H", "M") for c in authority.contacts)


def test_mainland_china_lists_110_then_96110_then_the_app() -> None:
    authority = load_authority("cn")
    assert authority is not None
    assert [c.value for c in authority.contacts[:3]] == ["110", "96110", "国家反诈中心"]


def test_a_region_without_a_file_has_no_authority() -> None:
    assert load_authority("FR") is None
    assert load_authority("../cn") is None


GOOD = {
    "region": "CN", "title": {"en": "X", "zh": "X"}, "checked": "2026-12-01",
    "sources": [{"title": {"en": "s", "zh": "s"}}],
    "contacts": [{"id": "police", "kind": "phone", "value": "110", "confidence": "M",
                  "label": {"en": "Police", "zh": "报警"}}],
}


@pytest.mark.parametrize(("change", "message"), [
    ({"contacts": [dict(GOOD["contacts"][0], value="call 110")]}, "not a phone number"),
    ({"contacts": [dict(GOOD["contacts"][0], kind="web", value="https://x.gov/a")]},
     "not a host name"),
    ({"contacts": [dict(GOOD["contacts"][0], fax="1")]}, "unknown field 'fax'"),
    ({"contacts": [dict(GOOD["contacts"][0], confidence="L")]}, "confidence"),
    ({"sources": []}, "sources must name"),
    ({"region": "HK"}, "does not match the file name"),
    ({"checked": "2099-01-01"}, "in the future"),
])
def test_a_bad_authorities_file_is_refused_with_its_line(tmp_path: Path, change: dict,
                                                         message: str) -> None:
    path = tmp_path / "cn.yaml"
    path.write_text(yaml.safe_dump({**GOOD, **change}, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ProfileError) as caught:
        parse_authority(path)
    text = str(caught.value)
    assert message in text
    assert str(path) in text


def test_the_region_comes_from_option_environment_config_locale_then_wallet() -> None:
    assert resolve_region("hk", {"WALLETSUPPORT_REGION": "GB"}, {}, "CN") == "HK"
    assert resolve_region(None, {"WALLETSUPPORT_REGION": "gb"}, {"region": "US"}, "CN") == "GB"
    assert resolve_region(None, {}, {"region": "US"}, "CN") == "US"
    assert resolve_region(None, {"LANG": "zh_TW.UTF-8"}, {}, "CN") == "TW"
    assert resolve_region(None, {"LANG": "C.UTF-8"}, {}, "CN") == "CN"
    assert resolve_region(None, {"LANG": "C.UTF-8"}, {}, None) is None
    assert region_from_locale({"LC_ALL": "en_GB.UTF-8", "LANG": "zh_CN.UTF-8"}) == "GB"
    # the user's time zone tells where they are before the wallet's home does
    assert resolve_region(None, {"LANG": "C.UTF-8"}, {}, "US", "Europe/Berlin") == "DE"
    assert resolve_region(None, {"LANG": "en_GB.UTF-8"}, {}, "US", "Europe/Berlin") == "GB"
    assert resolve_region(None, {"LANG": "C.UTF-8"}, {}, "US", "Etc/UTC") == "US"


@pytest.mark.parametrize(("zone", "region"), [
    ("Europe/Berlin", "DE"), ("Asia/Shanghai", "CN"), ("America/Chicago", "US"),
    ("US/Eastern", "US"), ("Asia/Chongqing", "CN"), ("PRC", "CN"), ("Europe/Dublin", "IE"),
    ("Asia/Hong_Kong", "HK"), ("Europe/Paris", "FR"), ("Asia/Tokyo", "JP"),
    ("Europe/Oslo", "NO"), ("Europe/Stockholm", "SE"), ("Europe/Amsterdam", "NL"),
    ("Etc/UTC", None), ("UTC", None), ("Etc/GMT-8", None), ("GMT", None), (None, None),
    ("Not/AZone", None),
])
def test_a_time_zone_names_its_country_and_utc_names_none(zone: str | None,
                                                         region: str | None) -> None:
    assert region_from_zone(zone) == region


def _urgent(tmp_path: Path, *args: str, lang: str = "en", **env: str) -> str:
    answers = _scenario_file(tmp_path, *SCAM)
    result = runner.invoke(app, ["--lang", lang, "diagnose", SCAM[0], "--answers", str(answers),
                                 "--no-input", *args], env={**NOW, "TZ": "UTC", **env})
    assert result.exit_code == 0, result.output
    screen = result.output.split("Outcome: Urgent" if lang == "en" else "结论：紧急", 1)[1]
    return screen if lang == "zh" else " ".join(screen.split())  # English wraps at spaces


def test_a_scam_victim_in_china_sees_the_freeze_path_then_110_and_96110(tmp_path: Path) -> None:
    screen = _urgent(tmp_path, "--profile", "alipay", lang="zh")
    order = [screen.index(text) for text in (
        "不用等上班时间", "立即在支付宝里冻结或锁定账户", "报警电话：110", "96110",
        "国家反诈中心 App", "然后联系支付宝", "95188")]
    assert order == sorted(order)
    assert "回复最快" not in screen and "最佳" not in screen  # no "best time" on an urgent end


@pytest.mark.parametrize(("flow", "name", "freeze"), [
    # the lock already stopped them: reset the password, no freeze line (`freeze: false`)
    ("locked-account", "someone else tried to sign in", False),
    ("convenience", "a payee nobody added, and silent alerts", True),
])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_an_urgent_end_where_nothing_was_lost_lists_no_police(tmp_path: Path, flow: str,
                                                               name: str, freeze: bool,
                                                               lang: str) -> None:
    # a blocked sign-in attempt, a payee nobody added: contact the wallet, but police
    # lines belong where money or data was lost or a crime goes on (issue 12 walk)
    answers = _scenario_file(tmp_path, flow, name)
    result = runner.invoke(app, ["--lang", lang, "diagnose", flow, "--answers", str(answers),
                                 "--no-input", "--profile", "alipay", "--region", "CN"],
                           env=NOW)
    assert result.exit_code == 0, result.output
    screen = result.output.split("Outcome: Urgent" if lang == "en" else "结论：紧急", 1)[1]
    assert "110" not in screen and "96110" not in screen
    assert ("police" if lang == "en" else "警") not in screen.lower()
    closing = screen.split("╰", 1)[1]  # below the outcome panel: the closing screen
    froze = ("freeze" if lang == "en" else "冻结") in closing.lower()
    assert froze is freeze, closing


@pytest.mark.parametrize("wallet", ["alipay", "metamask", None])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_scam_still_in_contact_with_nothing_given_has_nothing_to_freeze(
        tmp_path: Path, wallet: str | None, lang: str) -> None:
    # `freeze: false`, `authorities: false`: nothing was taken and the account is not
    # exposed, so no freeze line (nor "move what is left" on MetaMask) and no police lines;
    # the wallet's channels lead, to report the scammer (issue 12 walk)
    answers = _scenario_file(tmp_path, "security",
                             "fake police still on the line asking for a safe account",
                             **{"noticed-when": "2026-11-25 09:30 UTC+8"})
    profile = ["--profile", wallet] if wallet else []
    result = runner.invoke(app, ["--lang", lang, "diagnose", "security", "--answers",
                                 str(answers), "--no-input", *profile, "--region", "CN"],
                           env=NOW)
    assert result.exit_code == 0, result.output
    closing = result.output.split("结论：紧急" if lang == "zh" else "Outcome: Urgent", 1)[1]
    closing = closing.split("╯\n", 1)[1]  # below the outcome panel
    for word in (("freeze", "change the password", "move what is left", "police", "110",
                  "whatever the hour") if lang == "en" else
                 ("冻结", "修改密码", "转过去", "报警", "110", "不用等上班时间")):
        assert word not in closing.lower(), (word, closing)
    lead = closing.strip().splitlines()[0]
    assert lead.startswith("Contact" if lang == "en" else "建议先这样联系"), closing


def test_the_locale_gives_the_region(tmp_path: Path) -> None:
    screen = _urgent(tmp_path, "--profile", "binance", LANG="zh_HK.UTF-8")
    assert "Police and anti-fraud help (Hong Kong):" in screen
    assert "18222" in screen
    assert "Best time" not in screen and "fastest answers" not in screen


def test_a_region_without_verified_data_says_where_to_find_it(tmp_path: Path) -> None:
    screen = _urgent(tmp_path, "--profile", "binance", "--region", "FR")
    assert "no verified police or anti-fraud contacts for region FR" in screen
    assert "government's official website" in screen


def test_no_region_at_all_asks_for_one(tmp_path: Path) -> None:
    screen = _urgent(tmp_path, "--profile", "binance", TZ="UTC")
    assert "run again with --region" in screen


@pytest.mark.parametrize("wallet", ["coinbase", "revolut", "paypal"])
def test_the_police_are_those_of_where_the_user_is_not_of_the_wallets_home(
        tmp_path: Path, wallet: str) -> None:
    # a Berlin user of Coinbase (US), Revolut (GB) or PayPal (US): the German police
    screen = _urgent(tmp_path, "--profile", wallet, TZ="Europe/Berlin")
    assert "Police and anti-fraud help (Germany):" in screen
    assert "help (United States)" not in screen and "help (United Kingdom)" not in screen
    # in Paris: no French numbers on file, so where to find them, never another country's
    paris = _urgent(tmp_path, "--profile", wallet, TZ="Europe/Paris")
    assert "no verified police or anti-fraud contacts for region FR" in paris
    assert "help (United States)" not in paris and "help (United Kingdom)" not in paris


def test_someone_there_is_asked_rather_than_given_the_wallets_country(tmp_path: Path) -> None:
    out = _asked(tmp_path, "", "--profile", "coinbase")
    assert "Where are you?" in out
    assert "help (United States)" not in out


def test_a_bad_region_option_is_one_line(tmp_path: Path) -> None:
    answers = _scenario_file(tmp_path, *SCAM)
    result = runner.invoke(app, ["diagnose", SCAM[0], "--answers", str(answers), "--no-input",
                                 "--region", "China"], env=NOW)
    assert result.exit_code == 2
    assert "--region takes a two-letter region code" in result.output
    assert "Traceback" not in result.output


def test_the_region_in_the_config_is_checked(tmp_path: Path) -> None:
    folder = tmp_path / "config"
    folder.mkdir()
    (folder / "config.toml").write_text('region = "Mainland"\n', encoding="utf-8")
    result = runner.invoke(app, ["contacts"], env={"WALLETSUPPORT_CONFIG_DIR": str(folder)})
    assert result.exit_code != 0
    assert "config.toml:1" in result.output and "region must be a two-letter code" in result.output


def test_authorities_are_packaged_in_the_wheel() -> None:
    import tomllib

    root = Path(__file__).resolve().parent.parent
    data = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    wheel = data["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert wheel["authorities"] == "walletsupport/data/authorities"


@pytest.mark.parametrize(("value", "expected"), [
    ("96110", "anti-fraud-line"), ("110", "police"), ("https://www.ic3.gov/Home", "ic3"),
    ("0300 123 2040", "report-fraud"), ("18222", "anti-scam-helpline"),
])
def test_check_contact_knows_the_authorities_and_warns_of_spoofing(value: str,
                                                                   expected: str) -> None:
    import json

    result = runner.invoke(app, ["check-contact", value, "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["verdict"] == "official" and data["channel"] == expected
    if not value.startswith("http"):
        shown = runner.invoke(app, ["check-contact", value])
        assert "Caller ID can be faked" in " ".join(shown.output.split())
        zh = runner.invoke(app, ["--lang", "zh", "check-contact", value])
        assert "来电显示可以伪造" in zh.output and "不是钱包客服" in zh.output


@pytest.mark.parametrize(("lang", "legend", "wrong"), [
    ("en", "on the government's official website", "in the app"),
    ("zh", "可到政府官网上再核对一次", "App 内"),
])
def test_an_unconfirmed_authority_line_is_not_sent_to_an_app(lang: str, legend: str,
                                                             wrong: str) -> None:
    # 110 has no app and no provider: its legend points to the government's own site.
    shown = runner.invoke(app, ["--lang", lang, "check-contact", "110"],
                          env={"COLUMNS": "400"})
    assert shown.exit_code == 0, shown.output
    assert legend in shown.output
    assert wrong not in shown.output


def test_a_number_near_an_authority_line_is_not_taken_for_it() -> None:
    result = runner.invoke(app, ["check-contact", "961100", "--json"])
    assert result.exit_code == 1


def _asked(tmp_path: Path, typed: str, *args: str, lang: str = "en") -> str:
    """An urgent end reached from an answers file, with a person there to answer the rest."""
    answers = _scenario_file(tmp_path, *SCAM)
    result = runner.invoke(app, ["--lang", lang, "--plain", "diagnose", SCAM[0], "--answers",
                                 str(answers), "--no-review", *args],
                           input=typed, env={**NOW, "LANG": "C.UTF-8", "TZ": "UTC"})
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_an_urgent_end_with_no_region_asks_where_the_user_is(tmp_path: Path, lang: str) -> None:
    # Mainland China is listed first in Chinese, fourth (alphabetically) in English.
    out = _asked(tmp_path, ("4" if lang == "en" else "1") + "\n4\n", "--profile", "binance",
                 lang=lang)
    question = "Where are you?" if lang == "en" else "你现在在哪个地区？"
    assert out.count(question) == 1
    asked, screen = out.split(question, 1)
    assert "96110" not in asked
    assert "110" in screen and "96110" in screen
    assert "--region" not in screen  # not told to run the tool again
    assert screen.index("96110") < screen.index(
        "Then contact Binance" if lang == "en" else "然后联系币安")


def test_somewhere_else_says_where_to_find_the_numbers(tmp_path: Path) -> None:
    out = _asked(tmp_path, "10\n4\n", "--profile", "binance")
    screen = " ".join(out.split("Where are you?", 1)[1].split())
    assert "find your police and anti-fraud numbers on your government's official website" in screen
    assert "--region" not in screen and "96110" not in screen


def test_the_region_question_ended_input_falls_back_to_the_hint(tmp_path: Path) -> None:
    out = _asked(tmp_path, "", "--profile", "binance")
    assert "Where are you?" in out
    assert "run again with --region" in " ".join(out.split())


def test_a_known_region_is_not_asked(tmp_path: Path) -> None:
    out = _asked(tmp_path, "4\n", "--profile", "binance", "--region", "HK")
    assert "Where are you?" not in out
    assert "18222" in out
    no_input = _urgent(tmp_path, "--profile", "binance")
    assert "Where are you?" not in no_input
