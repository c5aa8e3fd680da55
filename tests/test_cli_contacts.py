"""`contacts`, `check-contact` and `profiles ...` through the real CLI, in both languages."""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from rich.cells import cell_len
from typer.testing import CliRunner

from walletsupport.cli import app
from walletsupport.diagnosis.catalog import data_dir
from walletsupport.environment import Environment

SHANGHAI = ZoneInfo("Asia/Shanghai")
# Wednesday, a working day in China, mid-morning.
WEDNESDAY = datetime(2026, 11, 25, 10, 0, tzinfo=SHANGHAI)


@dataclass
class Run:
    exit_code: int
    out: str
    err: str


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("WALLETSUPPORT_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("WALLETSUPPORT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("NO_COLOR", "1")
    for name in ("WALLETSUPPORT_PROFILE", "WALLETSUPPORT_LANG", "WALLETSUPPORT_FLOWS_DIR"):
        monkeypatch.delenv(name, raising=False)


def run(*args: str, lang: str = "en", now: datetime = WEDNESDAY) -> Run:
    out, err = io.StringIO(), io.StringIO()
    env = Environment(stdout=out, stderr=err, clock=lambda: now)
    result = CliRunner().invoke(app, ["--lang", lang, *args], obj=env)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Run(result.exit_code, out.getvalue() + result.output, err.getvalue())


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def rows(out: str) -> list[list[str]]:
    """The channel table's cells, row by row, each column's wrapped lines joined."""
    found: list[list[list[str]]] = []
    for line in out.splitlines():
        if line.startswith(("┡", "├")):
            found.append([])
        elif line.startswith("│") and found:
            parts = [p.strip() for p in line.strip().strip("│").split("│")]
            if not found[-1]:
                found[-1] = [[] for _ in parts]
            for column, part in zip(found[-1], parts, strict=True):
                if part:
                    column.append(part)
    return [[" ".join(column) for column in row] for row in found]


def cell_with(out: str, text: str) -> str:
    """The first table cell that holds `text` (wrapping and spacing ignored)."""
    for row in rows(out):
        for cell in row:
            if squash(text) in squash(cell):
                return cell
    raise AssertionError(f"no cell holds {text!r}:\n{out}")


def assert_fits_80_columns(text: str) -> None:
    for line in text.splitlines():
        assert cell_len(line.rstrip()) <= 80, line
    assert "\x1b[" not in text  # NO_COLOR: nothing hangs on colour


# --------------------------------------------------------------------------- contacts


def test_contacts_defaults_to_the_generic_profile_which_invents_nothing():
    result = run("contacts")
    assert result.exit_code == 0
    assert "Contact channels — Your wallet (no provider chosen)" in result.out
    assert "Before you contact support:" in result.out
    assert "search ad" in result.out
    assert not re.search(r"\d{5,}|https?://|\w@\w", result.out.replace("2026-11-25", ""))
    assert_fits_80_columns(result.out)


def test_contacts_in_chinese():
    result = run("contacts", lang="zh")
    assert result.exit_code == 0
    assert "联系渠道：你的钱包（未选择服务商）" in result.out
    assert "联系客服之前请注意：" in result.out
    assert_fits_80_columns(result.out)


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("name", ["alipay", "wechat-pay", "paypal", "coinbase", "metamask",
                                  "trust-wallet", "binance", "wise", "revolut"])
def test_every_shipped_profile_shows_in_both_languages(name, lang):
    result = run("--profile", name, "contacts", lang=lang)
    assert result.exit_code == 0, result.err
    assert ("Contact channels — " if lang == "en" else "联系渠道：") in result.out
    assert ("Checked 2026-11-25" if lang == "en" else "核对日期：2026-11-25") in result.out
    assert_fits_80_columns(result.out)


def test_alipay_shows_its_hotline_open_24_7_and_the_m_marker():
    result = run("--profile", "alipay", "contacts")
    assert "95188" in result.out
    assert "24/7" in result.out
    assert "Open now" in result.out
    # every Alipay channel is open day and night or has no published hours: no "fastest" line
    assert "fastest answers" not in result.out
    assert "(unconfirmed)" in result.out  # a word on the line, not a letter code
    assert result.out.count("Unconfirmed = reported consistently") == 1  # explained once


def test_alipay_in_chinese():
    result = run("--profile", "alipay", "contacts", lang="zh")
    assert "联系渠道：支付宝" in result.out
    assert "全天 24 小时" in result.out
    assert "（待核实）" in result.out and "(M)" not in result.out
    assert result.out.count("※ 待核实：多个可靠来源说法一致") == 1
    assert "95188 是支付宝唯一的客服热线" in result.out


@pytest.mark.parametrize(("lang", "rule", "fact", "mark"), [
    ("en", "Alipay staff never ask for your password or an SMS verification code.",
     "is fake.", " (unconfirmed)"),
    ("zh", "支付宝工作人员不会索要你的密码或短信验证码。", "都是假的。", "（待核实）"),
])
def test_a_safety_rule_is_never_marked_unconfirmed(lang, rule, fact, mark):
    # "Staff never ask for your password" holds for every wallet: the unconfirmed mark
    # belongs to facts about the provider (95188 is its only hotline), not to the rule.
    result = run("--profile", "alipay", "contacts", lang=lang)
    assert result.exit_code == 0, result.err
    out = squash(result.out)
    assert squash(f"! {rule} !") in out  # the next warning follows, no mark between
    assert squash(fact + mark) in out


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "Public holiday (National Day): slower answers, be patient"),
    ("zh", "现在是法定节假日（国庆节），回复较慢，请耐心等待"),
])
def test_when_answers_for_a_chinese_national_holiday(lang, expected):
    result = run("--profile", "alipay", "contacts", "--when", "2026-10-03 10:00", lang=lang)
    assert result.exit_code == 0
    cell_with(result.out, expected)
    assert ("As at 2026-10-03 10:00" if lang == "en" else "2026-10-03 10:00") in result.out


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "Make-up working day (调休): a working day"),
    ("zh", "今天是调休上班日"),
])
def test_when_knows_a_make_up_working_day(lang, expected):
    result = run("--profile", "alipay", "contacts", "--when", "2026-09-20 10:00", lang=lang)
    cell_with(result.out, expected)
    assert not any("Weekend:" in c or "周末：" in c for row in rows(result.out) for c in row)


def test_when_on_a_weekend():
    result = run("--profile", "alipay", "contacts", "--when", "2026-11-28 10:00")
    cell_with(result.out, "Weekend: slower answers, be patient")


def test_closed_lines_say_when_they_open_in_both_time_zones():
    london = datetime(2026, 11, 28, 10, 0, tzinfo=ZoneInfo("Europe/London"))  # Saturday
    result = run("--profile", "coinbase", "contacts", now=london)
    # Coinbase's German lines are open daily 09:00-18:00 Berlin time.
    cell_with(result.out, "Open now, until today 17:00 (18:00 Berlin time)")
    later = datetime(2026, 11, 28, 19, 0, tzinfo=ZoneInfo("Europe/London"))
    result = run("--profile", "coinbase", "contacts", now=later)
    cell_with(result.out, "Closed now; opens tomorrow 08:00 (09:00 Berlin time)")


def test_closed_lines_in_chinese():
    later = datetime(2026, 11, 28, 19, 0, tzinfo=ZoneInfo("Europe/London"))
    result = run("--profile", "coinbase", "contacts", now=later, lang="zh")
    cell_with(result.out, "现在不在服务时间，明天 08:00（柏林时间 09:00）起可以联系")


@pytest.mark.parametrize(("lang", "expected", "raw"), [
    ("zh", "你的本地时间（北京时间，UTC+08:00）", "Asia/Shanghai"),
    ("en", "Times are your local time (China time, UTC+08:00)", "Asia/Shanghai, "),
])
def test_the_local_zone_is_named_as_people_say_it(lang, expected, raw):
    result = run("--profile", "alipay", "contacts", lang=lang)
    assert squash(expected) in squash(result.out), result.out
    assert raw not in result.out


def test_a_zone_set_in_the_config_is_the_users_on_a_utc_machine(tmp_path):
    # 01:30 UTC on a Wednesday is 09:30 in Beijing: WeChat Pay's overseas line (Mon-Fri
    # 09:00-18:00 Beijing time) is open until 18:00 the user's time, not until 10:00 UTC.
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "config.toml").write_text('zone = "Asia/Shanghai"\n',
                                                     encoding="utf-8")
    utc = datetime(2026, 11, 25, 1, 30, tzinfo=ZoneInfo("UTC"))
    result = run("--profile", "wechat-pay", "contacts", now=utc, lang="zh")
    assert "北京时间，UTC+08:00" in result.out, result.out
    cell_with(result.out, "现在可以联系，服务截至今天 18:00")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_bad_when_is_a_usage_error(lang):
    result = run("contacts", "--when", "next tuesday", lang=lang)
    assert result.exit_code == 2
    assert "2026-10-03 10:00" in result.err and "next tuesday" in result.err
    assert "Traceback" not in result.err


def test_when_accepts_an_explicit_offset():
    result = run("--profile", "alipay", "contacts", "--when", "2026-10-03T10:00+08:00", "--json")
    assert json.loads(result.out)["now"] == "2026-10-03T10:00+08:00"


def test_problem_ranks_and_marks_the_recommended_channels():
    result = run("--profile", "wechat-pay", "contacts", "--problem", "failed-withdrawal")
    assert result.exit_code == 0
    assert "Ranked for the problem: A withdrawal failed or hasn't arrived" in result.out
    assert "★ best" in result.out
    assert "★ = try these first for this problem." in result.out
    table = rows(result.out)
    assert squash("Help centre in WeChat") in squash(table[0][1])
    assert squash("WeChat Pay service line") in squash(table[1][1])
    assert [squash(row[0]) for row in table[:3]] == ["1★best", "2★best", "3"]
    assert_fits_80_columns(result.out)


def test_problem_in_chinese():
    result = run("--profile", "wechat-pay", "contacts", "--problem", "failed-withdrawal",
                 lang="zh")
    assert "已按这个问题排序：提现失败或迟迟没到账" in result.out
    assert "★ 推荐" in result.out


def test_an_unknown_problem_is_a_usage_error():
    result = run("contacts", "--problem", "no-such-problem")
    assert result.exit_code == 2
    assert "no-such-problem" in result.err and "failed-withdrawal" in result.err


def test_contacts_json_is_ranked_and_has_availability():
    result = run("--profile", "alipay", "contacts", "--problem", "failed-withdrawal", "--json")
    data = json.loads(result.out)
    assert data["name"] == "alipay" and data["problem"] == "failed-withdrawal"
    assert [(c["id"], c["recommended"]) for c in data["channels"]] == [
        ("in-app", True), ("hotline", True)]
    hotline = data["channels"][1]
    assert hotline["availability"] == {
        "status": "always-open", "open_now": True, "closes_at": None, "next_open": None,
        "next_open_provider_time": None, "speed": "peak", "day": "workday", "holiday": None}
    assert hotline["confidence"] == "M"


def test_contacts_json_in_chinese_names_the_holiday_in_chinese():
    result = run("--profile", "alipay", "contacts", "--json", "--when", "2026-10-04 10:00",
                 lang="zh")
    data = json.loads(result.out)
    assert data["channels"][0]["availability"]["holiday"] == "国庆节"
    assert data["title"] == "支付宝"


def test_the_profile_can_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("WALLETSUPPORT_PROFILE", "metamask")
    result = run("contacts")
    assert "Contact channels — MetaMask" in result.out
    assert "MetaMask has no phone support" in result.out


# --------------------------------------------------------------------------- profiles from files


def write_profile(tmp_path: Path, text: str | None = None) -> Path:
    path = tmp_path / "suspicious.yaml"
    path.write_text(text or (data_dir("profiles") / "paypal.yaml").read_text("utf-8"), "utf-8")
    return path


@pytest.mark.parametrize(("lang", "warning"), [
    ("en", "WARNING: this profile is not part of walletsupport"),
    ("zh", "警告：这份联系资料不是 walletsupport 自带的"),
])
def test_a_profile_from_a_file_is_labelled_with_its_path(tmp_path, lang, warning):
    path = write_profile(tmp_path)
    result = run("--profile", str(path), "contacts", lang=lang)
    assert result.exit_code == 0
    flat = re.sub(r"[\s│]+", "", result.out)
    assert re.sub(r"\s+", "", warning) in flat
    assert re.sub(r"\s+", "", str(path)) in flat


def test_a_bad_profile_file_is_refused_with_file_and_line(tmp_path):
    text = (data_dir("profiles") / "paypal.yaml").read_text("utf-8").replace(
        "https://www.paypal.com/us/smarthelp/contact-us\n    languages",
        "http://www.paypal.com/us/smarthelp/contact-us\n    languages")
    path = write_profile(tmp_path, text)
    line = text.splitlines().index("    value: http://www.paypal.com/us/smarthelp/contact-us") + 1
    result = run("--profile", str(path), "contacts")
    assert result.exit_code == 1
    assert result.err.strip() == (
        f"{path}:{line}: channel 'contact-us': the link "
        "'http://www.paypal.com/us/smarthelp/contact-us' must start with https:// "
        "(plain http can be intercepted and faked)")
    assert result.out == ""


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_an_unknown_profile_name_lists_the_known_ones(lang):
    result = run("--profile", "paypall", "contacts", lang=lang)
    assert result.exit_code == 2
    assert "paypall" in result.err and "wechat-pay" in result.err
    assert len(result.err.strip().splitlines()) == 1


# --------------------------------------------------------------------------- check-contact


@pytest.mark.parametrize(("args", "lang", "expected"), [
    (["--profile", "coinbase", "check-contact", "1-888-908-7930"], "en",
     "OFFICIAL: 1-888-908-7930 is listed by Coinbase: Phone, United States (toll-free)."),
    # 95188 is on file from reputable sources (M): never headlined official.
    (["--profile", "alipay", "check-contact", "95188"], "zh",
     # the kind before the label: "“客服热线（中国大陆）”（电话）" stacked two brackets
     "已收录，但尚未核实：多个可靠来源都记载 95188 是支付宝的电话渠道“客服热线（中国大陆）”，"),
    (["check-contact", "https://www.paypal.com/signin"], "en",
     "OFFICIAL DOMAIN: https://www.paypal.com/signin is on paypal.com, an official domain of "
     "PayPal."),
    (["--profile", "metamask", "check-contact", "@MetaMaskSupport"], "zh",
     "官方渠道：@MetaMaskSupport 是 MetaMask 公布的社交媒体渠道“X 上的 @MetaMaskSupport”"),
    # A label with its own “…” is quoted the Chinese way: the inner quotes become ‘…’.
    (["--profile", "paypal", "check-contact", "https://www.paypal.com/us/smarthelp/contact-us"],
     "zh", "是 PayPal 的官网渠道“‘联系我们’页面（帮助中心）”"),
])
def test_check_contact_confirms_an_official_channel_and_exits_0(args, lang, expected):
    result = run(*args, lang=lang)
    assert result.exit_code == 0
    assert expected in " ".join(result.out.split()).replace("。 ", "。").replace("： ", "：") \
        or expected in result.out.replace("\n", "")


def test_an_m_channel_and_an_information_only_account_are_flagged_as_such():
    for lang, said, never in (("en", "ON FILE, NOT YET CONFIRMED: 95188", "OFFICIAL"),
                              ("zh", "已收录，但尚未核实", "官方渠道")):
        result = run("--profile", "alipay", "check-contact", "95188", lang=lang)
        assert said in result.out and never not in result.out
        assert result.exit_code == 0  # on file: not an alarm
    data = json.loads(run("--profile", "alipay", "check-contact", "95188", "--json").out)
    assert (data["verdict"], data["confirmed"]) == ("official", False)
    data = json.loads(run("--profile", "coinbase", "check-contact", "1-888-908-7930",
                          "--json").out)
    assert data["confirmed"] is True
    out = run("--profile", "metamask", "check-contact", "@MetaMaskSupport").out
    assert "never handles your case" in out


def test_another_providers_channel_is_named():
    result = run("--profile", "alipay", "check-contact", "https://help.coinbase.com")
    assert result.exit_code == 0
    assert "This belongs to Coinbase, not to the profile in use (Alipay)." in result.out


@pytest.mark.parametrize(("args", "lang", "expected"), [
    (["--profile", "paypal", "check-contact", "paypa1.com"], "en",
     ["WARNING: paypa1.com does not match any official channel we know.",
      "It looks like paypal.com (PayPal) but is not the same",
      "It is not in the official list of PayPal or of any profile walletsupport ships.",
      "walletsupport contacts --profile paypal"]),
    (["--profile", "paypal", "check-contact", "https://pаypal.com"], "zh",
     ["警告：https://pаypal.com 与我们掌握的任何官方渠道都不符。",
      "它用其他文字中长得像拉丁字母的字符来冒充 paypal.com（PayPal）。"]),
    (["--profile", "metamask", "check-contact", "WhatsApp +1-562-473-3934"], "en",
     ["It is a personal messaging account (WhatsApp)",
      "MetaMask has no phone support at all, so any number claiming to be theirs is a scam."]),
    (["--profile", "binance", "check-contact", "1-833-228-1682"], "zh",
     ["币安没有公布任何客服电话；自称币安的来电是常见的诈骗手法。"]),
    (["check-contact", "http://paypal.com"], "en",
     ["WARNING: http://paypal.com belongs to PayPal, but is not safe as written:",
      "The link starts with http://, not https://"]),
    (["check-contact", "https://paypal.com@evil.example"], "zh",
     ["这个链接表面上写着“paypal.com”，实际却指向 evil.example"]),
    (["check-contact", "xn--pypal-4ve.com"], "en",
     ["xn--pypal-4ve.com is shown as pаypal.com"]),
    (["check-contact", "support@paypal-billing.com"], "zh",
     ["它把“paypal”这个名字放进了一个不属于 PayPal 的地址或账号里。"]),
    (["check-contact", "paypal.help@gmail.com"], "en",
     ["It is a personal mailbox (gmail.com)"]),
    (["check-contact", "???"], "en",
     ["It does not look like a phone number, a web address, an email or an account name."]),
])
def test_check_contact_warns_with_every_reason_and_exits_1(args, lang, expected):
    result = run(*args, lang=lang)
    assert result.exit_code == 1
    flat = " ".join(result.out.split())
    for text in expected:
        assert text in flat or text in result.out.replace("\n", ""), text
    assert_fits_80_columns(result.out)


def test_check_contact_json():
    result = run("--profile", "coinbase", "check-contact", "--json", "help.coinbase.co", lang="zh")
    assert result.exit_code == 1
    data = json.loads(result.out)
    assert (data["official"], data["kind"], data["profile"]) == (False, "link", None)
    assert [r["code"] for r in data["reasons"]] == ["lookalike", "not-listed"]
    assert data["reasons"][0]["message"].startswith("它看起来像 coinbase.com")
    ok = json.loads(run("check-contact", "--json", "95188").out)
    assert (ok["official"], ok["profile"], ok["channel"]) == (True, "alipay", "hotline")


def test_a_match_from_a_file_profile_is_flagged(tmp_path):
    path = write_profile(tmp_path)
    result = run("--profile", str(path), "check-contact", "1-888-221-1161")
    assert result.exit_code == 0
    assert "not one shipped with walletsupport" in " ".join(result.out.split())


# --------------------------------------------------------------------------- profiles


@pytest.mark.parametrize(("lang", "header"), [("en", "provider"), ("zh", "服务商")])
def test_profiles_list(lang, header):
    result = run("profiles", "list", lang=lang)
    assert result.exit_code == 0
    assert header in result.out
    for name in ("alipay", "generic", "wechat-pay", "wise"):
        assert name in result.out
    assert ("built-in" if lang == "en" else "内置") in result.out
    assert "2026-11-25" in result.out
    assert_fits_80_columns(result.out)


def test_profiles_list_json():
    data = json.loads(run("profiles", "list", "--json").out)
    alipay = next(p for p in data if p["name"] == "alipay")
    assert alipay == {"name": "alipay", "title": "Alipay", "source": "built-in",
                      "builtin": True, "path": alipay["path"], "region": "CN",
                      "checked": "2026-11-25", "channels": 2, "phone_support": "listed"}


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", ["Profile", "metamask — MetaMask", "Loaded from", "built-in", "Official domains",
            "metamask.io", "Phone support", "none", "Sources", "Contact channels — MetaMask"]),
    ("zh", ["资料名称", "读取自", "内置", "官方域名", "电话客服", "没有", "资料来源",
            "联系渠道：MetaMask"]),
])
def test_profiles_show(lang, expected):
    result = run("profiles", "show", "metamask", lang=lang)
    assert result.exit_code == 0
    for text in expected:
        assert text in result.out, text
    assert_fits_80_columns(result.out)


def test_profiles_show_a_file_and_as_json(tmp_path):
    path = write_profile(tmp_path)
    result = run("profiles", "show", str(path))
    assert "WARNING: this profile is not part of walletsupport" in " ".join(result.out.split())
    data = json.loads(run("profiles", "show", "alipay", "--json").out)
    assert data["name"] == "alipay" and data["checked"] == "2026-11-25"
    assert data["sources"][0]["url"] is None
    assert "recommended" not in data["channels"][0]


def test_profiles_show_unknown_is_a_usage_error():
    assert run("profiles", "show", "nope").exit_code == 2


def test_profiles_schema_is_json_schema():
    result = run("profiles", "schema")
    schema = json.loads(result.out)
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert schema["properties"]["channels"]["items"]["properties"]["kind"]["enum"] == [
        "chat", "phone", "email", "social", "in-app", "web-form"]


@pytest.mark.parametrize("command", [["contacts"], ["check-contact"], ["profiles"],
                                     ["profiles", "list"], ["profiles", "show"],
                                     ["profiles", "schema"]])
def test_every_command_has_help(command):
    result = CliRunner().invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) > 2


def test_profile_option_works_after_the_command_too() -> None:
    from typer.testing import CliRunner

    from walletsupport.cli import app

    runner = CliRunner()
    after = runner.invoke(app, ["contacts", "--profile", "alipay"])
    before = runner.invoke(app, ["--profile", "alipay", "contacts"])
    assert after.exit_code == 0, after.output
    assert "95188" in after.output
    assert after.output == before.output
    checked = runner.invoke(app, ["check-contact", "95188", "--profile", "alipay"])
    assert checked.exit_code == 0, checked.output


# --------------------------------------------------------------------------- issue 14


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_24_7_channel_never_says_working_hours_are_fastest(lang: str) -> None:
    result = run("contacts", "--profile", "binance", lang=lang)
    chat = next(row for row in rows(result.out) if "24/7" in row[1] or "24 小时" in row[1])
    assert "fastest" not in chat[3] and "回复最快" not in chat[3]
    alipay = run("contacts", "--profile", "alipay", lang=lang)
    hotline = next(row for row in rows(alipay.out) if "95188" in row[2])
    assert "fastest" not in hotline[3] and "回复最快" not in hotline[3]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_unpublished_hours_never_say_working_hours_are_fastest(lang: str) -> None:
    # A weekday morning, peak time in every provider's zone: a channel without published
    # hours says so and nothing that reads as hours of its own.
    result = run("contacts", "--profile", "binance", lang=lang)
    site = next(row for row in rows(result.out) if "Type binance.com" in row[2] or row[0] == "1")
    assert ("Hours not published" in site[3]) or ("未公布服务时间" in site[3])
    assert "fastest" not in site[3] and "回复最快" not in site[3]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_an_urgent_problem_has_no_best_time_line(lang: str) -> None:
    result = run("contacts", "--profile", "alipay", "--problem", "security", lang=lang)
    assert "Best time" not in result.out and "最佳" not in result.out
    text = squash(result.out)
    assert squash("contact them now, whatever the hour") in text or squash(
        "不用等上班时间，现在就联系") in text
    calm = run("contacts", "--profile", "coinbase", "--problem", "fees", lang=lang)
    assert "Best time" in calm.out or "最佳" in calm.out or "回复最快" in calm.out


def test_the_m_mark_is_explained_once_in_words() -> None:
    result = run("contacts", "--profile", "alipay")
    assert "(M)" not in result.out
    assert result.out.count("Unconfirmed = ") == 1


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("width", [60, 80, 100])
def test_values_are_never_split_and_headers_never_cut(lang: str, width: int,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from walletsupport.contacts.loading import builtin_names, load_profile
    from walletsupport.i18n import t

    monkeypatch.setenv("COLUMNS", str(width))
    for name in builtin_names():
        out = run("contacts", "--profile", name, lang=lang).out
        lines = out.splitlines()
        for channel in load_profile(name).channels:
            if channel.value:
                assert any(channel.value in line for line in lines), (name, width, channel.value)
        header = next(line for line in lines if line.startswith("┃"))
        for key in ("contacts.col.channel", "contacts.col.contact", "contacts.col.when"):
            assert t(key, lang) in header, (name, width, header)


def test_a_profile_name_works_as_a_positional_argument() -> None:
    """`walletsupport contacts alipay` was refused; it now reads as --profile alipay."""
    positional = run("contacts", "alipay")
    assert positional.exit_code == 0, positional.err
    assert positional.out == run("contacts", "--profile", "alipay").out
    assert "95188" in positional.out
    both = run("contacts", "alipay", "--profile", "binance")
    assert both.exit_code == 2 and "Name one" in both.err
    assert run("contacts", "alipay", "--profile", "alipay").exit_code == 0
    unknown = run("contacts", "nosuch")
    assert unknown.exit_code == 2 and "Unknown profile 'nosuch'" in unknown.err


@pytest.mark.parametrize(("lang", "said"), [("en", "help centre"), ("zh", "帮助中心")])
def test_a_tag_the_label_already_says_is_not_repeated(lang, said):
    # Wise's help centre is labelled "Help Centre" and tagged help-centre: one line, not two.
    out = run("--profile", "wise", "contacts", lang=lang).out
    channel_cells = [row.split("│")[2].strip() for row in out.splitlines() if row.count("│") >= 4]
    assert [c.casefold() for c in channel_cells].count(said) == 1, out


@pytest.mark.parametrize(("lang", "said"), [("en", "whether you must sign in is not confirmed"),
                                            ("zh", "是否需要登录尚未核实")])
def test_binance_chat_makes_no_claim_about_signing_in(lang: str, said: str) -> None:
    """providers.md does not say whether Binance's live chat needs a sign-in: it says so."""
    from walletsupport.contacts.loading import load_profile

    chat = next(c for c in load_profile("binance").channels if c.kind == "chat")
    assert "sign-in-unverified" in chat.tags and "no-sign-in" not in chat.tags
    out = re.sub(r"[\s│]", "", run("contacts", "binance", lang=lang).out)
    assert squash(said)[:12] in out  # the cell's first row (it folds beside other columns)
    data = json.loads(run("contacts", "binance", "--json", lang=lang).out)
    shown = next(c for c in data["channels"] if c["kind"] == "chat")
    assert "sign-in-unverified" in shown["tags"]
    assert squash("after signing in") not in out and "需先登录" not in out


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "exit 0 if it is on file, even if not yet confirmed"),
    ("zh", "已收录的渠道即使尚未核实，退出码也是 0"),
])
def test_check_contact_help_says_an_unconfirmed_channel_exits_0(lang, said):
    # The help said "exit 0 if it is [official]", but 95188 (on file, unconfirmed) exits 0.
    assert run("--profile", "alipay", "check-contact", "95188", lang=lang).exit_code == 0
    shown = run("check-contact", "--help", lang=lang).out
    assert "".join(said.split()) in "".join(shown.split())  # wrapped anywhere: spaces aside


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_channels_table_is_drawn_as_rich_draws_it(lang) -> None:
    """The table drawn line by line (`_Grid`) equals rich's `Table` with the same columns.

    Every shipped profile, plain and recommended rows, at 60, 80 and 100 columns, in
    colour and on an ASCII-only output (rich's ASCII boxes): the same bytes.
    """
    from rich.console import Console
    from rich.table import Table

    import walletsupport.rendering.contacts as screens
    from walletsupport.contacts.loading import list_profiles
    from walletsupport.contacts.ranking import rank_channels

    class AsRichDrawsIt(screens._Grid):
        def __rich_console__(self, console, options):
            table = Table(title=self.title, title_justify="left", title_style="bold",
                          show_lines=True, expand=False, pad_edge=False)
            table.add_column(self.headers[0], justify="right", width=self.widths[0])
            for header, width in zip(self.headers[1:], self.widths[1:], strict=True):
                table.add_column(header, width=width, overflow="fold")
            for row in self.rows:
                table.add_row(*row)
            yield table

    def draw(profile, ranked, width, colour, encoding, grid):
        stream = io.TextIOWrapper(io.BytesIO(), encoding=encoding, errors="replace")
        console = Console(file=stream, width=width, color_system=colour,
                          force_terminal=colour is not None, legacy_windows=False)
        original = screens._Grid
        screens._Grid = grid
        try:
            screens.render_channels(console, profile, ranked, now=WEDNESDAY, lang=lang)
        finally:
            screens._Grid = original
        stream.flush()
        return stream.buffer.getvalue()

    compared = 0
    for profile in list_profiles():
        for ranked in (rank_channels(profile),
                       rank_channels(profile, recommend=("phone", "chat"), outcome="urgent")):
            for width in (60, 80, 100):
                for colour, encoding in ((None, "utf-8"), ("truecolor", "utf-8"),
                                         (None, "ascii")):
                    ours = draw(profile, ranked, width, colour, encoding, screens._Grid)
                    assert ours == draw(profile, ranked, width, colour, encoding,
                                        AsRichDrawsIt), (profile.name, width, colour, encoding)
                    compared += 1
    assert compared >= 10 * 2 * 3 * 3
