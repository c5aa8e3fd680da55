"""Profiles: every shipped one valid and dated; every refusal names `path:line`; ranking."""

from __future__ import annotations

import json
import re
import textwrap
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from walletsupport.contacts.loading import builtin_names, list_profiles, load_profile, parse_profile
from walletsupport.contacts.ranking import rank_channels
from walletsupport.contacts.schema import profile_schema
from walletsupport.contacts.views import profile_to_dict, profile_warnings
from walletsupport.diagnosis import content
from walletsupport.diagnosis.catalog import data_dir
from walletsupport.diagnosis.model import CHANNEL_KINDS
from walletsupport.diagnosis.yamlsrc import load_file
from walletsupport.errors import ProfileError, UsageError

SHIPPED = ["alipay", "binance", "coinbase", "generic", "metamask", "paypal", "revolut",
           "trust-wallet", "wechat-pay", "wise"]
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


# ----------------------------------------------------------------- a tiny JSON Schema checker


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def schema_errors(value: Any, schema: dict[str, Any], where: str = "$") -> list[str]:
    """The subset of JSON Schema that `profile_schema` uses: enough to validate with."""
    errors: list[str] = []
    if "anyOf" in schema:
        if all(schema_errors(value, option, where) for option in schema["anyOf"]):
            errors.append(f"{where}: matches no allowed form")
        return errors
    if "const" in schema and value != schema["const"]:
        errors.append(f"{where}: must be {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{where}: {value!r} not in {schema['enum']}")
    kind = schema.get("type")
    types = {"object": dict, "array": list, "string": str, "boolean": bool}
    if kind and not isinstance(value, types[kind]):
        return [f"{where}: must be {kind}"]
    if kind == "string":
        if len(value) < schema.get("minLength", 0):
            errors.append(f"{where}: too short")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            errors.append(f"{where}: {value!r} does not match {schema['pattern']}")
    if kind == "array":
        if len(value) < schema.get("minItems", 0):
            errors.append(f"{where}: too few items")
        for index, item in enumerate(value):
            errors += schema_errors(item, schema.get("items", {}), f"{where}[{index}]")
    if kind == "object":
        for key in schema.get("required", []):
            if key not in value:
                errors.append(f"{where}: missing {key}")
        properties = schema.get("properties", {})
        for key, item in value.items():
            if key in properties:
                errors += schema_errors(item, properties[key], f"{where}.{key}")
            elif schema.get("additionalProperties") is False:
                errors.append(f"{where}: unexpected {key}")
    return errors


# --------------------------------------------------------------------------- shipped profiles


def test_the_shipped_profiles_are_the_expected_ones():
    assert builtin_names() == SHIPPED


def test_repeated_constants_agree_with_their_originals():
    from walletsupport.contacts import loading as profiles

    assert profiles.CHANNEL_KINDS == CHANNEL_KINDS
    assert profiles.profiles_dir() == data_dir("profiles")


@pytest.mark.parametrize("name", SHIPPED)
def test_every_shipped_profile_is_valid_dated_and_sourced(name):
    profile = load_profile(name)
    assert profile.name == name
    assert profile.builtin and profile.source == "built-in"
    assert date(2026, 1, 1) <= profile.checked <= date.today()
    assert all(c.confidence in ("H", "M") for c in profile.channels)
    assert all(n.confidence in ("H", "M") for n in profile.warnings)
    if any(c.value for c in profile.channels):
        assert profile.sources
    for channel in profile.channels:
        assert isinstance(channel.label, dict) and set(channel.label) == {"en", "zh"}
        if channel.note is not None:
            assert set(channel.note) == {"en", "zh"}


@pytest.mark.parametrize("name", SHIPPED)
def test_every_shipped_profile_validates_against_the_schema(name):
    path = data_dir("profiles") / f"{name}.yaml"
    assert schema_errors(_plain(load_file(path)), profile_schema()) == []


def test_the_schema_checker_catches_what_the_schema_forbids(tmp_path):
    data = _plain(load_file(data_dir("profiles") / "paypal.yaml"))
    data["channels"][0]["value"] = "http://www.paypal.com/us/smarthelp/contact-us"
    data["channels"][1]["kind"] = "fax"
    data.pop("checked")
    errors = schema_errors(data, profile_schema())
    assert "$: missing checked" in errors
    assert any(e.startswith("$.channels[1].kind") for e in errors)
    assert schema_errors(json.loads(json.dumps(profile_schema())), {"type": "object"}) == []


def test_generic_invents_nothing_and_covers_every_kind():
    generic = load_profile("generic")
    assert all(c.value is None and c.note is not None for c in generic.channels)
    assert {c.kind for c in generic.channels} == set(CHANNEL_KINDS)
    assert generic.sources == ()
    text = (data_dir("profiles") / "generic.yaml").read_text("utf-8")
    assert not re.search(r"\d{5,}|@\w+\.\w+|https?://", text)


@pytest.mark.parametrize(("name", "support"), [
    ("metamask", "none"), ("trust-wallet", "none"), ("revolut", "unlisted"),
    ("binance", "unlisted"),
])
def test_wallets_without_phone_support_say_so_plainly(name, support):
    profile = load_profile(name)
    assert profile.phone_support == support
    assert not [c for c in profile.channels if c.kind == "phone"]
    first_en = profile_warnings(profile, "en")[0][0]
    first_zh = profile_warnings(profile, "zh")[0][0]
    assert "scam" in first_en
    assert "诈骗" in first_zh


def test_revolut_warnings_agree_that_its_only_call_is_one_booked_in_the_app():
    # Not "no phone support" beside "it calls you after you book in the app".
    revolut = load_profile("revolut")
    en = [text for text, _ in profile_warnings(revolut, "en")]
    zh = [text for text, _ in profile_warnings(revolut, "zh")]
    assert not any("no phone support" in text for text in en)
    assert not any("没有电话客服" in text for text in zh)
    assert en[0].startswith("Revolut lists no phone line")
    assert any("booked" in text and "app" in text for text in en)
    assert any("预约" in text and "App" in text for text in zh)


def test_m_facts_are_marked_as_such():
    alipay = load_profile("alipay")
    assert alipay.channel("hotline").confidence == "M"  # type: ignore[union-attr]
    assert load_profile("wechat-pay").channel("hotline").confidence == "H"  # type: ignore[union-attr]


# Known fakes from the provider research: test cases only, never shipped.
KNOWN_FAKES = ["2688-8888", "88156666", "400-000-9518", "international_support",
               "83765566", "86013860", "858-858-3806", "510-9832", "223-9376", "870-0126",
               "695-3215", "225-1498", "999-7942", "495-9687", "767-1266", "798-8106",
               "473-3934", "690-4872", "744-1902", "228-1682", "498-9965", "805-3811",
               "691-0692"]


def test_no_known_fake_appears_in_any_shipped_profile():
    folder = data_dir("profiles")
    for path in folder.glob("*.yaml"):
        digits = re.sub(r"\D", "", path.read_text("utf-8"))
        text = path.read_text("utf-8")
        for fake in KNOWN_FAKES:
            fake_digits = re.sub(r"\D", "", fake)
            assert fake not in text, (path.name, fake)
            assert not fake_digits or fake_digits not in digits, (path.name, fake)


def test_unverified_facts_are_not_shipped():
    text = "\n".join(p.read_text("utf-8") for p in data_dir("profiles").glob("*.yaml"))
    assert "402-935-2050" not in text  # PayPal outside the US: single source
    assert "571 95188" not in text  # Alipay from abroad: single source
    alipay = load_profile("alipay")
    # Alipay's domain is M (shipped, marked); its web and email channels are unverified
    assert alipay.domains == ("alipay.com",) and alipay.domains_confidence == "M"
    assert not any("alipay.com" in (c.value or "") for c in alipay.channels)


# --------------------------------------------------------------------------- finding profiles


def test_an_unknown_name_is_a_usage_error_listing_the_valid_ones():
    with pytest.raises(UsageError) as caught:
        load_profile("paypall")
    assert caught.value.exit_code == 2
    assert "paypall" in caught.value.message
    assert "paypal" in caught.value.message and "wechat-pay" in caught.value.message
    assert "“paypall”" in caught.value.render("zh") and "联系资料" in caught.value.render("zh")


def test_names_are_case_insensitive():
    assert load_profile("PayPal").name == "paypal"


def test_built_ins_load_without_scanning_entry_points(monkeypatch):
    def boom(kind: str) -> list[tuple[str, Path]]:
        raise AssertionError("entry points scanned")

    monkeypatch.setattr(content, "content_folders", boom)
    assert load_profile("alipay").name == "alipay"


PACKAGE_PROFILE = """\
name: acme
title: {en: Acme Pay, zh: 阿克米支付}
checked: 2026-11-01
sources: [{title: Acme help page, url: "https://help.acme.example"}]
domains: [acme.example]
channels:
  - id: help
    kind: web-form
    label: {en: Help, zh: 帮助}
    value: https://help.acme.example
    confidence: H
"""


def test_content_packages_add_profiles_but_cannot_replace_built_ins(tmp_path, monkeypatch):
    folder = tmp_path / "profiles"
    folder.mkdir()
    (folder / "acme.yaml").write_text(PACKAGE_PROFILE, "utf-8")
    (folder / "paypal.yaml").write_text(PACKAGE_PROFILE.replace("name: acme", "name: paypal"),
                                        "utf-8")
    monkeypatch.setattr(content, "content_folders", lambda kind: [("acme-content", folder)])
    acme = load_profile("acme")
    assert (acme.source, acme.builtin) == ("package acme-content", False)
    assert load_profile("paypal").builtin
    listed = {(p.name, p.source) for p in list_profiles()}
    assert ("acme", "package acme-content") in listed
    assert ("paypal", "built-in") in listed


def test_a_profile_from_a_path_is_labelled_with_its_path(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text(PACKAGE_PROFILE, "utf-8")
    profile = load_profile(str(path))
    assert not profile.builtin
    assert profile.source == profile.path == str(path)


# --------------------------------------------------------------------------- refusals

GOOD = """\
name: test
title: {en: Test, zh: 测试}
region: CN
checked: 2026-11-25
sources: [{title: Test source}]
channels:
  - id: line
    kind: phone
    label: {en: Line, zh: 热线}
    value: "95188"
    confidence: H
    timezone: Asia/Shanghai
    hours:
      - days: mon-fri
        time: "09:00-18:00"
"""


@pytest.fixture
def write(tmp_path):
    def write(text: str) -> Path:
        path = tmp_path / "test.yaml"
        path.write_text(textwrap.dedent(text), "utf-8")
        return path

    return write


def refusal(path: Path) -> str:
    with pytest.raises(ProfileError) as caught:
        parse_profile(path)
    assert caught.value.exit_code == 1
    return str(caught.value)


def test_a_safety_rule_takes_no_confidence_and_is_kept_apart_from_facts(write):
    rule = GOOD + """\
warnings:
  - rule: true
    text: {en: Staff never ask for your password., zh: 客服不会索要你的密码。}
  - confidence: M
    text: {en: Line is the only hotline., zh: 热线只有这一条。}
"""
    path = write(rule)
    profile = parse_profile(path)
    assert [(n.rule, n.confidence) for n in profile.warnings] == [(True, "H"), (False, "M")]
    data = profile_to_dict(profile, now=NOW, lang="en")
    assert [(w["rule"], w["confidence"]) for w in data["warnings"]] == [(True, None),
                                                                        (False, "M")]
    assert schema_errors(_plain(load_file(path)), profile_schema()) == []
    both = rule.replace("  - rule: true\n", "  - rule: true\n    confidence: M\n")
    message = refusal(write(both))
    line = both.splitlines().index("    confidence: M") + 1
    assert f"test.yaml:{line}:" in message and "takes no 'confidence'" in message


def test_the_good_profile_loads(write):
    profile = parse_profile(write(GOOD))
    assert profile.channels[0].e164 == "+8695188"
    assert profile.channels[0].hours is not None


@pytest.mark.parametrize(("old", "new", "line", "message"), [
    ('value: "95188"', 'kind_of: x', 10,
     "channel 'line': unknown field 'kind_of' (known: calendar, confidence, hours, id, kind, "
     "label, languages, note, region, tags, timezone, value)"),
    ("kind: phone", "kind: fax", 8,
     "channel 'line': unknown kind 'fax' (use one of chat, phone, email, social, in-app, "
     "web-form)"),
    ('value: "95188"', 'value: "12345678901234"', 10,
     "channel 'line': '12345678901234' is not a plausible phone number for region CN"),
    ('value: "95188"', 'value: "+1 555 0100"', 10,
     "channel 'line': '+1 555 0100' is not a plausible phone number for region CN"),
    ("kind: phone\n    label", "kind: email\n    label", 10,
     "channel 'line': '95188' is not a plausible e-mail address"),
    ('kind: phone\n    label: {en: Line, zh: 热线}\n    value: "95188"',
     'kind: web-form\n    label: {en: Line, zh: 热线}\n    value: "http://help.example.com"', 10,
     "channel 'line': the link 'http://help.example.com' must start with https:// (plain http "
     "can be intercepted and faked)"),
    ('kind: phone\n    label: {en: Line, zh: 热线}\n    value: "95188"',
     'kind: web-form\n    label: {en: Line, zh: 热线}\n    value: "https://bank.example@evil.example"',
     10, "channel 'line': the link 'https://bank.example@evil.example' has no plain host name"),
    ("kind: phone\n    label: {en: Line, zh: 热线}\n    value: \"95188\"",
     "kind: in-app\n    label: {en: Line, zh: 热线}\n    value: \"Me > Help\"", 10,
     "channel 'line': an in-app channel has no value; say where to find it in 'note'"),
    ("timezone: Asia/Shanghai", "timezone: China/Beijing", 12,
     "channel 'line': unknown time zone 'China/Beijing' (use an IANA name such as "
     "Asia/Shanghai or Europe/London)"),
    ("    timezone: Asia/Shanghai\n", "", 12,
     "channel 'line': hours need a 'timezone' (on the channel or the profile)"),
    ("confidence: H", "confidence: L", 11,
     "channel 'line': confidence must be H or M, not 'L' (L and unverified facts are never "
     "shipped)"),
    ("    confidence: H\n", "", 7,
     "channel 'line': missing field 'confidence' (H: on the provider's own page; M: several "
     "reputable secondary sources)"),
    ("days: mon-fri", "days: weekdays", 14,
     "channel 'line': days 'weekdays' must be like mon-fri, sat,sun or daily"),
    ('time: "09:00-18:00"', 'time: "18:00-09:00"', 15,
     "channel 'line': time '18:00-09:00' must be HH:MM-HH:MM (end after start, 24:00 allowed) "
     "or 24h"),
    ("region: CN", "region: XX", 3,
     "profile: region 'XX' has no public-holiday calendar in the holidays package"),
    ("region: CN\n", "", 9,
     "channel 'line': '95188' is not a plausible phone number (give it with +country code, "
     "or set a region)"),
    ("checked: 2026-11-25\n", "", 1,
     "profile: missing field 'checked' (the date the data was last checked, YYYY-MM-DD)"),
    ("checked: 2026-11-25", "checked: last week", 4,
     "profile: checked must be a date YYYY-MM-DD, not 'last week'"),
    ("checked: 2026-11-25", "checked: 2026-02-30", 4,
     "profile: checked '2026-02-30' is not a real date"),
    ("checked: 2026-11-25", "checked: 2099-01-01", 4,
     "profile: checked '2099-01-01' is in the future"),
    ("sources: [{title: Test source}]", "sources: [{title: Test source, url: "
     "'http://example.com'}]", 5,
     "source: the link 'http://example.com' must start with https:// (plain http can be "
     "intercepted and faked)"),
    ("sources: [{title: Test source}]\n", "", 1,
     "profile: a profile with contact values needs its sources"),
    ("name: test", "name: Test", 1,
     "profile: name 'Test' must be lower-case letters, digits and dashes"),
    ("title: {en: Test, zh: 测试}", "title: {en: Test}", 2,
     "profile: title is missing its 'zh' form"),
    ("region: CN", "region: CN\nphone_support: none", 11,
     "channel 'line': a phone number in a profile that says phone_support: none"),
    ("checked: 2026-11-25", "checked: 2026-11-25\nphone_support: maybe", 5,
     "profile: phone_support must be one of listed, none, unlisted, not 'maybe'"),
    ("channels:", "website: https://example.com\nchannels:", 6,
     "profile: unknown field 'website' (known: channels, checked, custody, domains, "
     "domains_confidence, name, names, phone_support, recovery_phrase, region, sources, "
     "timezone, title, warnings)"),
    ("checked: 2026-11-25", "checked: 2026-11-25\nrecovery_phrase: maybe", 5,
     "profile: recovery_phrase must be one of true, false, not 'maybe'"),
    ("checked: 2026-11-25", "checked: 2026-11-25\nrecovery_phrase: 1", 5,
     "profile: recovery_phrase must be one of true, false, not 1"),
    ("checked: 2026-11-25", "checked: 2026-11-25\ncustody: self\nrecovery_phrase: false", 6,
     "profile: a wallet with custody: self has a recovery phrase (recovery_phrase: true)"),
])
def test_every_bad_value_is_refused_with_path_and_line(write, old, new, line, message):
    assert old in GOOD
    path = write(GOOD.replace(old, new, 1))
    assert refusal(path) == f"{path}:{line}: {message}"


def test_a_duplicate_channel_id_is_refused(write):
    channel = GOOD[GOOD.index("  - id: line"):]
    path = write(GOOD + channel)
    assert refusal(path) == (f"{path}:16: channel 'line': the id is used twice "
                             "(first at line 7)")


def test_a_channel_without_value_or_note_is_refused(write):
    path = write(GOOD.replace('    value: "95188"\n', ""))
    assert refusal(path) == (f"{path}:7: channel 'line': a channel without a value needs a "
                             "'note' saying where to find it")


def test_a_link_off_the_profiles_domains_is_refused(write):
    text = GOOD.replace("channels:", "domains: [example.com]\nchannels:").replace(
        'kind: phone\n    label: {en: Line, zh: 热线}\n    value: "95188"',
        'kind: chat\n    label: {en: Line, zh: 热线}\n    value: "https://help.examp1e.com/chat"')
    path = write(text)
    assert refusal(path) == (f"{path}:11: channel 'line': the link's host 'help.examp1e.com' "
                             "is not one of the profile's domains (example.com)")


def test_an_unknown_tag_is_refused(write):
    path = write(GOOD.replace("    confidence: H\n", "    confidence: H\n    tags: [vip]\n"))
    assert refusal(path) == (f"{path}:12: channel 'line': unknown tag 'vip' (use help-centre, "
                             "freeze, report, merchant, info-only, complaints, sign-in, "
                             "no-sign-in, sign-in-unverified, safety-note)")


def test_working_days_need_a_region(write):
    text = GOOD.replace("region: CN\n", "").replace('value: "95188"', 'value: "+86 571 95017"')
    path = write(text.replace("    hours:", "    calendar: working-days\n    hours:"))
    assert refusal(path) == (f"{path}:12: channel 'line': calendar: working-days needs hours "
                             "and a region whose working days to follow")


def test_yaml_errors_are_profile_errors_with_lines(write):
    path = write(GOOD + "  - id: [unclosed\n")
    message = refusal(path)
    assert message.startswith(f"{path}:") and "YAML syntax error" in message


def test_a_missing_file_is_refused(tmp_path):
    path = tmp_path / "nowhere.yaml"
    assert refusal(path) == f"{path}:1: no such file"


def test_a_built_in_name_must_match_its_file(write):
    path = write(GOOD)
    with pytest.raises(ProfileError, match=r"name 'test' must match the file name 'other'"):
        parse_profile(path, source="built-in", builtin=True, expect_name="other")


# --------------------------------------------------------------------------- ranking


def ids(ranked):
    return [(c.id, recommended) for c, recommended in ranked]


def test_recommended_kinds_come_first_in_the_order_given():
    ranked = rank_channels(load_profile("generic"), recommend=["phone", "in-app"])
    assert ids(ranked)[:2] == [("phone", True), ("in-app", True)]
    assert all(not rec for _, rec in ids(ranked)[2:])


def test_without_a_problem_nothing_is_recommended_and_file_order_holds():
    ranked = rank_channels(load_profile("generic"))
    assert ids(ranked) == [(c.id, False) for c in load_profile("generic").channels]


def test_urgent_puts_the_freeze_and_the_fastest_human_channel_first():
    ranked = rank_channels(load_profile("generic"), recommend=["email"], outcome="urgent")
    assert ids(ranked)[:3] == [("in-app", True), ("phone", True), ("email", True)]


def test_urgent_on_alipay_starts_with_the_24_7_hotline():
    ranked = rank_channels(load_profile("alipay"), outcome="urgent")
    assert ids(ranked) == [("hotline", True), ("in-app", True)]


def test_a_security_flow_also_recommends_the_report_address_after_human_channels():
    ranked = rank_channels(load_profile("coinbase"), flow_id="account-security")
    order = ids(ranked)
    assert order[0] == ("phone-us", True)
    assert ("security", True) in order
    assert order.index(("security", True)) > 0


def test_a_fee_question_puts_the_help_centre_first():
    ranked = rank_channels(load_profile("paypal"), recommend=["chat"], flow_id="fees")
    assert ids(ranked)[:2] == [("contact-us", True), ("assistant", True)]


def test_merchant_report_and_information_only_channels_are_never_recommended_and_come_last():
    ranked = rank_channels(load_profile("wechat-pay"), recommend=["email", "web-form", "phone"])
    order = ids(ranked)
    recommended = [cid for cid, rec in order if rec]
    assert recommended == ["help-site", "hotline"]
    assert [cid for cid, _ in order][-4:] == ["overseas-line", "merchant-help",
                                              "merchant-email-global", "merchant-email-tech"]
    meta = ids(rank_channels(load_profile("metamask"), recommend=["social"]))
    assert meta[-1] == ("x", False)


# --------------------------------------------------------------------------- JSON


def test_profile_to_dict_is_stable_and_serialisable():
    profile = load_profile("coinbase")
    ranked = rank_channels(profile, recommend=["chat"])
    data = profile_to_dict(profile, now=NOW, lang="zh", ranked=ranked)
    json.dumps(data)
    assert list(data) == ["name", "title", "source", "builtin", "path", "region", "timezone",
                          "checked", "sources", "phone_support", "custody", "recovery_phrase",
                          "domains", "warnings",
                          "now",
                          "channels"]
    first = data["channels"][0]
    assert (first["id"], first["recommended"], first["label"]) == ("chat", True, "在线聊天")
    german = next(c for c in data["channels"] if c["id"] == "phone-de")
    assert german["hours"] == {"always_open": False, "timezone": "Europe/Berlin",
                               "calendar": "weekly",
                               "schedule": [{"days": ["mon", "tue", "wed", "thu", "fri", "sat",
                                                      "sun"], "from": "09:00", "to": "18:00"}]}
    assert german["availability"]["status"] == "closed"  # 03:00 in Berlin
    assert german["availability"]["next_open"] == "2026-11-25T16:00+08:00"
    assert german["availability"]["next_open_provider_time"] == "2026-11-25T09:00+01:00"


def test_profile_to_dict_without_ranking_has_no_recommended_key():
    data = profile_to_dict(load_profile("alipay"), now=NOW, lang="en")
    assert "recommended" not in data["channels"][0]
    assert data["channels"][0]["availability"]["status"] == "always-open"
    # the password rule holds for every wallet; the hotline fact is unconfirmed
    assert [(w["rule"], w["confidence"]) for w in data["warnings"]] == [(True, None),
                                                                        (False, "M")]
