"""Dates and times as people write them, in English and Chinese, read against a pinned now."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from walletsupport.diagnosis.dates import (
    display,
    local_zone,
    parse_stored,
    read_when,
    resolve,
    stored,
)

# Wednesday 2 December 2026, 11:20 in Shanghai.
NOW = datetime.fromisoformat("2026-12-02T11:20:00+08:00")
ZONE = "Asia/Shanghai"

# (what a person types, what is understood: "YYYY-MM-DD HH:MM", "YYYY-MM-DD part" or a day)
SPELLINGS = [
    # English, relative
    ("yesterday 10:30", "2026-12-01 10:30"),
    ("yesterday at 10:30", "2026-12-01 10:30"),
    ("Yesterday, 10.30am", "2026-12-01 10:30"),
    ("yesterday at 3pm", "2026-12-01 15:00"),
    ("yesterday afternoon", "2026-12-01 afternoon"),
    ("3 hours ago", "2026-12-02 08:20"),
    ("an hour ago", "2026-12-02 10:20"),
    ("half an hour ago", "2026-12-02 10:50"),
    ("20 minutes ago", "2026-12-02 11:00"),
    ("two hours ago", "2026-12-02 09:20"),
    ("just now", "2026-12-02 11:20"),
    ("this morning", "2026-12-02 morning"),
    ("this morning around 9", "2026-12-02 09:00"),
    ("today", "2026-12-02"),
    ("last night", "2026-12-01 evening"),
    ("last night around 11pm", "2026-12-01 23:00"),
    ("the day before yesterday", "2026-11-30"),
    ("2 days ago", "2026-11-30"),
    ("3 weeks ago", "2026-11-11"),
    ("a week ago", "2026-11-25"),
    ("two weeks back", "2026-11-18"),
    ("a month ago", "2026-11-02"),
    ("2 months ago", "2026-10-02"),
    ("2 weeks ago at 9pm", "2026-11-18 21:00"),
    ("last Friday", "2026-11-27"),
    ("on Monday", "2026-11-30"),
    ("last Wednesday", "2026-11-25"),
    ("22:00", "2026-12-01 22:00"),  # later than now today: it was last night
    ("09:15", "2026-12-02 09:15"),
    # English and numeric, absolute
    ("2026-11-30 14:05", "2026-11-30 14:05"),
    ("2026/11/30 14:05", "2026-11-30 14:05"),
    ("30/11 14:05", "2026-11-30 14:05"),
    ("30.11.2026 14:05", "2026-11-30 14:05"),
    ("11/30 2:05 pm", "2026-11-30 14:05"),
    ("Nov 28 9:15pm", "2026-11-28 21:15"),
    ("28 November 2026 21:15", "2026-11-28 21:15"),
    ("November 28, 2026", "2026-11-28"),
    ("Dec 25", "2025-12-25"),  # not yet this year: last year's
    ("2026-11-24 15:30, UTC+8", "2026-11-24 15:30"),
    # Chinese, relative
    ("昨天上午10点半", "2026-12-01 10:30"),
    ("昨天10点", "2026-12-01 10:00"),
    ("今天下午", "2026-12-02 afternoon"),
    ("下午", "2026-12-02 afternoon"),
    ("前天晚上8点", "2026-11-30 20:00"),
    ("大前天", "2026-11-29"),
    ("昨晚", "2026-12-01 evening"),
    ("昨晚11点", "2026-12-01 23:00"),
    ("昨天晚上12点", "2026-12-02 00:00"),
    ("今天凌晨2点", "2026-12-02 02:00"),
    ("今早", "2026-12-02 morning"),
    ("中午12点", "2026-12-01 12:00"),  # not yet noon today: yesterday's
    ("中午1点", "2026-12-01 13:00"),
    ("早上8点", "2026-12-02 08:00"),
    ("3小时前", "2026-12-02 08:20"),
    ("三个小时前", "2026-12-02 08:20"),
    ("半小时前", "2026-12-02 10:50"),
    ("10分钟前", "2026-12-02 11:10"),
    ("刚才", "2026-12-02 11:20"),
    ("刚刚", "2026-12-02 11:20"),
    ("两天前", "2026-11-30"),
    ("三周前", "2026-11-11"),
    ("两个星期前", "2026-11-18"),
    ("一个礼拜前", "2026-11-25"),
    ("一个月前", "2026-11-02"),
    ("三个月以前", "2026-09-02"),
    ("上周五", "2026-11-27"),
    ("上周五晚上", "2026-11-27 evening"),
    ("周一", "2026-11-30"),
    ("星期五下午3点", "2026-11-27 15:00"),
    ("上个星期三", "2026-11-25"),
    ("10点15分", "2026-12-02 10:15"),
    ("十点半", "2026-12-02 10:30"),
    ("下午三点一刻", "2026-12-01 15:15"),  # later than now today: yesterday's
    # Chinese, absolute
    ("11月24日 15:20", "2026-11-24 15:20"),
    ("11月24号下午3点", "2026-11-24 15:00"),
    ("2026年11月24日 15:20", "2026-11-24 15:20"),
    ("2026年11月24日 15:20 北京时间", "2026-11-24 15:20"),
    ("十一月二十四日", "2026-11-24"),
    ("晚上7点20", "2026-12-01 19:20"),
    ("下午2:30", "2026-12-01 14:30"),
    ("前天下午两点", "2026-11-30 14:00"),
    ("this morning at 9", "2026-12-02 09:00"),
    ("2 hrs ago", "2026-12-02 09:20"),
    ("1h ago", "2026-12-02 10:20"),
    ("11/24", "2026-11-24"),
    ("2026.11.24", "2026-11-24"),
    ("11月24日", "2026-11-24"),
]

NOT_UNDERSTOOD = ["不记得了", "05/11", "a while back", "这周末", "上个月32号",
                  "", "   ", "2026-02-30 10:00", "我也不清楚"]


def _shown(text: str) -> str | None:
    when = read_when(text, NOW, ZONE)
    if when is None:
        return None
    middle = when.at.strftime("%H:%M") if when.at else when.part
    return f"{when.day.isoformat()}{' ' + middle if middle else ''}"


@pytest.mark.parametrize(("typed", "expected"), SPELLINGS, ids=[s[0] for s in SPELLINGS])
def test_spellings_are_read_against_now(typed: str, expected: str | None) -> None:
    assert _shown(typed) == expected


def test_the_table_covers_both_languages() -> None:
    chinese = [s for s, _ in SPELLINGS if any("\u4e00" <= c <= "\u9fff" for c in s)]
    assert len(SPELLINGS) >= 60 and len(chinese) >= 25


@pytest.mark.parametrize("typed", NOT_UNDERSTOOD)
def test_vague_or_swappable_answers_are_not_understood(typed: str) -> None:
    assert read_when(typed, NOW, ZONE) is None


def test_a_vague_answer_invents_no_minute() -> None:
    when = read_when("今天下午", NOW, ZONE)
    assert when is not None and when.at is None and when.part == "afternoon"


def test_the_zone_is_the_users_unless_the_answer_names_one() -> None:
    own = read_when("yesterday 10:30", NOW, ZONE)
    assert own is not None and own.zone == ZONE and own.offset == timedelta(hours=8)
    written = read_when("2026-11-24 15:30 UTC", NOW, ZONE)
    assert written is not None and written.offset == timedelta(0) and written.zone is None
    other = read_when("2026-11-24 15:30 UTC-5", NOW, ZONE)
    assert other is not None and other.offset == timedelta(hours=-5)


def test_the_stored_line_keeps_both_and_reads_back() -> None:
    line = resolve("yesterday 10:30", NOW, ZONE)
    assert line == "2026-12-01 10:30 UTC+08:00 Asia/Shanghai | yesterday 10:30"
    assert resolve(line, NOW + timedelta(days=3), ZONE) == line  # never read twice
    parsed = parse_stored(line)
    assert parsed is not None and parsed[1] == "yesterday 10:30"
    assert display(line, "en") == "2026-12-01 10:30 UTC+8 (you wrote: yesterday 10:30)"
    assert display(line, "zh") == "2026-12-01 10:30（北京时间，原话：yesterday 10:30）"


def test_parts_of_the_day_and_unread_answers_are_displayed_honestly() -> None:
    part = stored(read_when("今天下午", NOW, ZONE), "今天下午")
    assert display(part, "zh") == "2026-12-02 下午（北京时间，原话：今天下午）"
    assert display(part, "en") == "2026-12-02 afternoon UTC+8 (you wrote: 今天下午)"
    unread = resolve("a while back", NOW, ZONE)
    assert unread == "? | a while back"
    assert "not understood" in display(unread, "en")
    assert "未能识别" in display(unread, "zh")
    assert display("free text from an old draft", "en") == "free text from an old draft"


def test_a_time_typed_as_it_reads_is_not_quoted_back() -> None:
    same = resolve("2026-11-24 15:30 UTC+8", NOW, ZONE)
    assert display(same, "en") == "2026-11-24 15:30 UTC+8"
    assert display(resolve("2026-11-24  15:30 utc+8", NOW, ZONE), "en") == "2026-11-24 15:30 UTC+8"
    assert "原话" not in display(same, "zh")
    # a zone the tool supplied, or other words, are still shown as written
    assert "(you wrote: 2026-11-24 15:30)" in display(resolve("2026-11-24 15:30", NOW, ZONE), "en")
    assert "(you wrote: yesterday 10:30)" in display(resolve("yesterday 10:30", NOW, ZONE), "en")


def test_half_hour_zones_and_west_of_greenwich() -> None:
    india = datetime.fromisoformat("2026-12-02T11:20:00+05:30")
    line = resolve("yesterday 10:30", india, "Asia/Kolkata")
    assert display(line, "en").startswith("2026-12-01 10:30 UTC+5:30")
    new_york = datetime.fromisoformat("2026-12-01T22:20:00-05:00")
    assert display(resolve("3 hours ago", new_york, None), "en").startswith(
        "2026-12-01 19:20 UTC-5 ")


def test_the_local_zone_comes_from_tz(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    assert local_zone() == "Asia/Shanghai"
    monkeypatch.setenv("TZ", "Not/AZone")
    assert local_zone() is None


@pytest.mark.skipif(os.name != "posix", reason="tzlocal reads files only on Unix")
def test_the_system_zone_is_kept_until_a_zone_file_changes(
        tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """tzlocal is imported once; its answer is reused while the files it reads stay the same."""
    import tzlocal

    from walletsupport.diagnosis import dates

    timezone_file = tmp_path / "timezone"
    timezone_file.write_text("Asia/Shanghai\n", encoding="ascii")
    monkeypatch.setattr(dates, "_ZONE_FILES", (str(timezone_file), str(tmp_path / "absent")))
    asked: list[str] = []

    def answer() -> str:
        asked.append("tzlocal")
        return timezone_file.read_text(encoding="ascii").strip()

    monkeypatch.setattr(tzlocal, "get_localzone_name", answer)
    monkeypatch.setattr(dates, "_system_zone", dates._system_zone.__wrapped__)
    assert dates._system_zone() == "Asia/Shanghai" and asked == ["tzlocal"]
    assert (cache / "zone.json").stat().st_mode & 0o077 == 0
    assert dates._system_zone() == "Asia/Shanghai" and asked == ["tzlocal"]  # from the cache
    timezone_file.write_text("Europe/Paris\n", encoding="ascii")
    os.utime(timezone_file, ns=(1, 1))
    assert dates._system_zone() == "Europe/Paris" and len(asked) == 2
    (cache / "zone.json").write_text('{"key": 1, "zone": "Not/AZone"}', encoding="utf-8")
    assert dates._system_zone() == "Europe/Paris" and len(asked) == 3  # a foreign entry: asked


def test_now_must_know_its_zone() -> None:
    with pytest.raises(ValueError):
        read_when("today", datetime(2026, 12, 2, 11, 20), ZONE)


def test_chinese_names_the_zone_by_its_city_and_other_zones_by_offset() -> None:
    line = resolve("昨天上午10点半", NOW, ZONE)
    assert display(line, "zh") == "2026-12-01 10:30（北京时间，原话：昨天上午10点半）"
    assert display(line, "en") == "2026-12-01 10:30 UTC+8 (you wrote: 昨天上午10点半)"
    utc = resolve("2026-11-24 15:30 UTC", NOW, ZONE)
    # UTC is named as such, not as "UTC+0": the words say it the same way, so no 原话.
    assert display(utc, "zh") == "2026-11-24 15:30（UTC）"
    yesterday = resolve("昨天下午3点", datetime.fromisoformat("2026-12-02T11:20:00+00:00"),
                        "Etc/UTC")
    assert display(yesterday, "zh") == "2026-12-01 15:00（UTC，原话：昨天下午3点）"
    assert display(yesterday, "en") == "2026-12-01 15:00 UTC (you wrote: 昨天下午3点)"


def test_the_users_zone_is_sure_unless_it_is_the_machines_utc(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """TZ, then config.toml's zone, then the system's; UTC from TZ or the system is a guess."""
    from walletsupport.diagnosis import dates

    monkeypatch.setattr(dates, "_system_zone", lambda: "Etc/UTC")
    monkeypatch.delenv("TZ", raising=False)
    assert dates.user_zone(None) == ("Etc/UTC", False)
    assert dates.user_zone("Asia/Shanghai") == ("Asia/Shanghai", True)
    assert dates.user_zone("Etc/UTC") == ("Etc/UTC", True)  # written in the config: meant
    monkeypatch.setenv("TZ", "Europe/London")
    assert dates.user_zone("Asia/Shanghai") == ("Europe/London", True)  # a place, not UTC
    monkeypatch.setenv("TZ", "UTC")
    assert dates.user_zone(None) == ("UTC", False)
    monkeypatch.delenv("TZ")
    monkeypatch.setattr(dates, "_system_zone", lambda: "Asia/Taipei")
    assert dates.user_zone(None) == ("Asia/Taipei", True)


def test_an_answer_that_writes_its_zone_is_told_apart() -> None:
    from walletsupport.diagnosis.dates import names_zone

    for text in ("昨天上午10点半 北京时间", "yesterday 10:30 UTC+8", "10:30 GMT-5", "14:05 +08:00"):
        assert names_zone(text), text
    for text in ("昨天上午10点半", "yesterday 10:30", "3 hours ago", "2026-11-24 15:30"):
        assert not names_zone(text), text


def test_every_shipped_question_asking_when_reads_times() -> None:
    from walletsupport.diagnosis.catalog import load_catalog
    from walletsupport.i18n import pick

    asking = []
    for flow in load_catalog([]).flows.values():
        for question in flow.questions():
            prompt = pick(question.prompt, "en")
            typed = question.kind in ("text", "datetime")
            if typed and (prompt.startswith("When ") or "什么时候" in pick(question.prompt, "zh")):
                asking.append((flow.id, question.id, question.kind))
    assert len(asking) >= 6
    assert all(kind == "datetime" for _, _, kind in asking), asking


# -- moments still to come ---------------------------------------------------------------

@pytest.mark.parametrize(("typed", "future"), [
    ("tomorrow 10:00", True), ("明天上午10点", True), ("后天", True), ("today 23:00", True),
    ("今天下午", True),  # at 10:00 the afternoon has not begun
    ("今天上午", False), ("today 09:55", False), ("today 10:05", False),  # clock slack
    ("yesterday 23:00", False), ("3 hours ago", False), ("22:00", False),  # last night
])
def test_a_moment_still_to_come_is_told_apart(typed: str, future: bool) -> None:
    from datetime import timedelta, timezone

    from walletsupport.diagnosis.dates import is_future

    now = datetime(2026, 11, 25, 10, 0, tzinfo=timezone(timedelta(hours=8)))
    when = read_when(typed, now, "Asia/Shanghai")
    assert when is not None
    assert is_future(when, now) is future


def test_months_back_from_a_long_month_end_on_the_shorter_months_last_day() -> None:
    end_of_march = datetime.fromisoformat("2026-03-31T09:00:00+08:00")
    when = read_when("a month ago", end_of_march, ZONE)
    assert when is not None and when.day.isoformat() == "2026-02-28"
    january = read_when("两个月前", datetime.fromisoformat("2026-01-15T09:00:00+08:00"), ZONE)
    assert january is not None and january.day.isoformat() == "2025-11-15"


# -- weeks and months: the days they cover -------------------------------------------------

# (what a person types, its first and last day) against Wednesday 2 December 2026
SPANS = [
    ("last week", "2026-11-23..2026-11-29"),
    ("sometime last week", "2026-11-23..2026-11-29"),
    ("Last week, I think", "2026-11-23..2026-11-29"),
    ("上周", "2026-11-23..2026-11-29"),
    ("上个星期", "2026-11-23..2026-11-29"),
    ("上礼拜", "2026-11-23..2026-11-29"),
    ("上周的某一天", "2026-11-23..2026-11-29"),
    ("the week before last", "2026-11-16..2026-11-22"),
    ("上上周", "2026-11-16..2026-11-22"),
    ("last weekend", "2026-11-28..2026-11-29"),
    ("上周末", "2026-11-28..2026-11-29"),
    ("this week", "2026-11-30..2026-12-02"),  # up to today, not into days to come
    ("这周", "2026-11-30..2026-12-02"),
    ("本周", "2026-11-30..2026-12-02"),
    ("the past week", "2026-11-26..2026-12-02"),
    ("最近一周", "2026-11-26..2026-12-02"),
    ("last month", "2026-11-01..2026-11-30"),
    ("上个月", "2026-11-01..2026-11-30"),
    ("上月", "2026-11-01..2026-11-30"),
    ("this month", "2026-12-01..2026-12-02"),
    ("这个月", "2026-12-01..2026-12-02"),
]


@pytest.mark.parametrize(("typed", "days"), SPANS, ids=[s[0] for s in SPANS])
def test_a_week_or_month_is_the_days_it_covers(typed: str, days: str) -> None:
    when = read_when(typed, NOW, ZONE)
    assert when is not None and when.until is not None, typed
    assert f"{when.day}..{when.until}" == days
    assert when.at is None and when.part is None  # no invented minute, nor part of a day


# Days named within weeks and months, read as one day (these need no span).
@pytest.mark.parametrize(("typed", "expected"), [
    ("this Monday", "2026-11-30"), ("上礼拜三", "2026-11-25"), ("周一早上", "2026-11-30 morning"),
    ("前天晚上", "2026-11-30 evening"), ("上个月15号", "2026-11-15"), ("这个月1号", "2026-12-01"),
    ("上个月十五号下午3点", "2026-11-15 15:00"),
])
def test_a_day_named_within_a_week_or_month(typed: str, expected: str) -> None:
    assert _shown(typed) == expected


def test_this_weekday_is_this_weeks_even_when_still_to_come() -> None:
    from walletsupport.diagnosis.dates import is_future

    when = read_when("this Friday", NOW, ZONE)  # said on a Wednesday
    assert when is not None and when.day.isoformat() == "2026-12-04" and is_future(when, NOW)


def test_a_span_is_stored_shown_and_counted_as_its_days() -> None:
    from walletsupport.diagnosis.dates import is_future
    from walletsupport.diagnosis.derive import moment_span

    line = resolve("last week", NOW, ZONE)
    assert line == "2026-11-23..2026-11-29 UTC+08:00 Asia/Shanghai | last week"
    assert resolve(line, NOW + timedelta(days=30), ZONE) == line
    assert display(line, "en") == "2026-11-23 to 2026-11-29 UTC+8 (you wrote: last week)"
    zh = resolve("上周", NOW, ZONE)
    assert display(zh, "zh") == "2026-11-23 至 2026-11-29（北京时间，原话：上周）"
    span = moment_span(line)
    assert span is not None
    assert span[0].isoformat() == "2026-11-23T00:00:00+08:00"
    assert span[1].isoformat() == "2026-11-30T00:00:00+08:00"
    parsed = parse_stored(line)
    assert parsed is not None and parsed[0] is not None and not is_future(parsed[0], NOW)


# -- zones written by place, offset or abbreviation -----------------------------------------

# (typed, what is understood, the offset, the IANA zone kept) against 2 December 2026,
# 11:20 in Shanghai: 12:20 in Tokyo, 03:20 in London, 22:20 the day before in New York.
ZONED = [
    ("东京时间昨天上午10点", "2026-12-01 10:00", "+09:00", "Asia/Tokyo"),
    ("昨天上午10点（日本时间）", "2026-12-01 10:00", "+09:00", "Asia/Tokyo"),
    ("Tokyo time yesterday 10:30", "2026-12-01 10:30", "+09:00", "Asia/Tokyo"),
    ("纽约时间 昨天晚上9点", "2026-11-30 21:00", "-05:00", "America/New_York"),
    ("yesterday 10:30 New York time", "2026-11-30 10:30", "-05:00", "America/New_York"),
    ("美东时间 2026-07-01 10:00", "2026-07-01 10:00", "-04:00", "America/New_York"),
    ("伦敦时间 2026-07-01 10:00", "2026-07-01 10:00", "+01:00", "Europe/London"),
    ("London time 2026-12-01 10:30", "2026-12-01 10:30", "+00:00", "Europe/London"),
    ("香港时间 昨天下午3点", "2026-12-01 15:00", "+08:00", "Asia/Hong_Kong"),
    ("北京时间 昨天10点", "2026-12-01 10:00", "+08:00", "Asia/Shanghai"),
    ("GMT+9 10:30", "2026-12-02 10:30", "+09:00", None),
    ("10:30 UTC-5", "2026-12-01 10:30", "-05:00", None),
    ("yesterday 10:30 EST", "2026-11-30 10:30", "-05:00", None),
    ("yesterday 10:00 CET", "2026-12-01 10:00", "+01:00", None),
    ("JST 9am yesterday", "2026-12-01 09:00", "+09:00", None),
    ("昨天10点JST", "2026-12-01 10:00", "+09:00", None),
]


@pytest.mark.parametrize(("typed", "moment", "offset", "zone"), ZONED,
                         ids=[z[0] for z in ZONED])
def test_a_zone_written_by_place_offset_or_abbreviation(typed: str, moment: str, offset: str,
                                                        zone: str | None) -> None:
    from walletsupport.diagnosis.dates import names_zone

    assert _shown(typed) == moment
    line = resolve(typed, NOW, ZONE)
    assert line.startswith(f"{moment} UTC{offset}{' ' + zone if zone else ''} | ")
    assert names_zone(typed)


def test_a_place_is_named_by_its_city_in_chinese() -> None:
    line = resolve("东京时间昨天上午10点", NOW, ZONE)
    assert display(line, "zh") == "2026-12-01 10:00（东京时间，原话：东京时间昨天上午10点）"
    assert display(line, "en") == "2026-12-01 10:00 UTC+9 (you wrote: 东京时间昨天上午10点)"


@pytest.mark.parametrize(("typed", "abbreviation"), [
    ("昨天10点CST", "cst"), ("yesterday 10:30 CST", "cst"), ("yesterday 3pm IST", "ist"),
    ("10:30 BST yesterday", "bst"), ("yesterday 9am AST", "ast"),
])
def test_an_abbreviation_of_several_zones_is_not_guessed(typed: str, abbreviation: str) -> None:
    from walletsupport.diagnosis.dates import ambiguous_zone, names_zone

    assert ambiguous_zone(typed) == abbreviation
    assert read_when(typed, NOW, ZONE) is None  # which zone is asked, never guessed
    assert names_zone(typed)  # a zone is written: not the machine's to supply


def test_an_abbreviation_is_read_once_its_zone_is_said() -> None:
    china = read_when("昨天10点CST", NOW, ZONE, meant=timedelta(hours=8))
    assert china is not None and china.day.isoformat() == "2026-12-01"
    assert china.offset == timedelta(hours=8) and china.zone == ZONE
    # US Central: 21:20 on 1 December there, so its yesterday is 30 November
    central = read_when("昨天10点CST", NOW, ZONE, meant=timedelta(hours=-6))
    assert central is not None and central.day.isoformat() == "2026-11-30"
    assert central.offset == timedelta(hours=-6) and central.zone is None


@pytest.mark.parametrize("typed", ["best time yesterday 10:30", "the cost yesterday 10:30",
                                   "last 10:30 estimate"])
def test_letters_inside_words_are_no_zone(typed: str) -> None:
    from walletsupport.diagnosis.dates import ambiguous_zone, names_zone

    assert ambiguous_zone(typed) is None and not names_zone(typed)
