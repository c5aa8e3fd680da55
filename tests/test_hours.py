"""Availability with fixed clocks: weekends, China's National Day, make-up working days."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from walletsupport.contacts.hours import availability, day_kind
from walletsupport.contacts.model import Channel, Hours, Profile

SHANGHAI = ZoneInfo("Asia/Shanghai")
LONDON = ZoneInfo("Europe/London")
WEEKDAYS = (0, 1, 2, 3, 4)


def at(text: str, zone: ZoneInfo = SHANGHAI) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=zone)


def profile(region: str | None = "CN", *channels: Channel) -> Profile:
    return Profile(name="test", title="Test", region=region, channels=channels, sources=(),
                   checked=date(2026, 11, 25), path="test.yaml")


def channel(*, hours: tuple[Hours, ...] | None = None, always: bool = False,
            zone: str | None = "Asia/Shanghai", calendar: str = "weekly",
            region: str | None = None) -> Channel:
    return Channel(id="line", kind="phone", label="Line", value="95188", hours=hours,
                   always_open=always, timezone=zone, calendar=calendar,  # type: ignore[arg-type]
                   region=region, note=None)


OFFICE = (Hours(WEEKDAYS, time(9), time(18)),)


# --------------------------------------------------------------------------- day kinds


@pytest.mark.parametrize(("day", "kind", "en", "zh"), [
    ("2026-09-30", "workday", None, None),
    ("2026-10-01", "holiday", "National Day", "国庆节"),
    ("2026-10-02", "holiday", "National Day", "国庆节"),
    ("2026-10-03", "holiday", "National Day", "国庆节"),
    ("2026-10-04", "holiday", "National Day", "国庆节"),  # a Sunday inside the holiday week
    ("2026-10-05", "holiday", "National Day", "国庆节"),  # "observed": named after the holiday
    ("2026-10-06", "holiday", "National Day", "国庆节"),  # a day off swapped for 09-20
    ("2026-10-07", "holiday", "National Day", "国庆节"),  # a day off swapped for 10-10
    ("2026-10-08", "workday", None, None),
    ("2026-10-10", "workday", None, None),  # Saturday, a make-up working day (调休)
    ("2026-09-20", "workday", None, None),  # Sunday, a make-up working day (调休)
    ("2026-10-11", "weekend", None, None),
    ("2026-09-25", "holiday", "Mid-Autumn Festival", "中秋节"),
])
def test_china_calendar_knows_holidays_and_make_up_days(day, kind, en, zh):
    found, name = day_kind(date.fromisoformat(day), "CN")
    assert found == kind
    if en is None:
        assert name is None
    else:
        assert name == {"en": en, "zh": zh}


def test_without_a_region_only_weekends_count():
    assert day_kind(date(2026, 10, 1), None) == ("workday", None)
    assert day_kind(date(2026, 10, 3), None) == ("weekend", None)


def test_us_thanksgiving_is_a_holiday():
    kind, name = day_kind(date(2026, 11, 26), "US")
    assert kind == "holiday"
    assert name is not None and name["en"] == "Thanksgiving Day"


# --------------------------------------------------------------------------- speed


def test_a_24_7_line_on_a_weekday_morning_is_at_its_fastest():
    line = channel(always=True)
    found = availability(line, profile("CN", line), at("2026-11-25 10:00"))
    assert (found.status, found.open_now, found.speed, found.day) == (
        "always-open", True, "peak", "workday")
    assert found.next_open is None


@pytest.mark.parametrize(("moment", "speed"), [
    ("2026-11-25 08:59", "off-peak"),
    ("2026-11-25 09:00", "peak"),
    ("2026-11-25 12:30", "off-peak"),  # lunch
    ("2026-11-25 14:00", "peak"),
    ("2026-11-25 18:00", "off-peak"),
    ("2026-11-25 23:00", "off-peak"),
])
def test_peak_hours_are_working_day_mornings_and_afternoons(moment, speed):
    line = channel(always=True)
    assert availability(line, profile("CN", line), at(moment)).speed == speed


def test_a_24_7_line_on_a_weekend_is_slower():
    line = channel(always=True)
    found = availability(line, profile("CN", line), at("2026-11-28 10:00"))  # Saturday
    assert found.status == "always-open"
    assert found.speed == "weekend"


def test_a_24_7_line_on_national_day_is_slower_and_names_the_holiday():
    line = channel(always=True)
    found = availability(line, profile("CN", line), at("2026-10-03 10:00"))
    assert found.speed == "holiday"
    assert found.holiday == {"en": "National Day", "zh": "国庆节"}


def test_a_make_up_sunday_counts_as_a_working_day():
    line = channel(always=True)
    found = availability(line, profile("CN", line), at("2026-09-20 10:00"))
    assert found.day == "workday"
    assert found.speed == "peak"
    assert found.makeup_workday is True


def test_hours_not_published_are_unknown_but_still_judge_the_day():
    line = channel(hours=None, always=False)
    found = availability(line, profile("CN", line), at("2026-10-02 10:00"))
    assert (found.status, found.open_now, found.speed) == ("unknown", None, "holiday")


# --------------------------------------------------------------------------- opening hours


def test_office_hours_open_now_say_when_they_close():
    line = channel(hours=OFFICE)
    found = availability(line, profile("CN", line), at("2026-11-25 10:00"))
    assert found.status == "open" and found.open_now is True
    assert found.closes_at == at("2026-11-25 18:00")


def test_office_hours_on_saturday_open_on_monday_morning():
    line = channel(hours=OFFICE)
    found = availability(line, profile("CN", line), at("2026-11-28 10:00"))
    assert (found.status, found.open_now, found.speed) == ("closed", False, "closed")
    assert found.next_open == at("2026-11-30 09:00")


def test_after_closing_it_opens_the_next_morning():
    line = channel(hours=OFFICE)
    found = availability(line, profile("CN", line), at("2026-11-25 18:00"))
    assert found.status == "closed"
    assert found.next_open == at("2026-11-26 09:00")


def test_weekly_hours_hold_on_a_public_holiday_which_is_only_slower():
    line = channel(hours=OFFICE)
    found = availability(line, profile("CN", line), at("2026-10-05 10:00"))  # Monday
    assert found.status == "open"
    assert found.speed == "holiday"


def test_weekly_hours_stay_shut_on_a_make_up_sunday():
    line = channel(hours=OFFICE)
    found = availability(line, profile("CN", line), at("2026-09-20 10:00"))
    assert found.status == "closed"
    assert found.next_open == at("2026-09-21 09:00")


def test_working_days_calendar_is_closed_all_national_day_week():
    line = channel(hours=OFFICE, calendar="working-days")
    found = availability(line, profile("CN", line), at("2026-10-02 10:00"))
    assert found.status == "closed"
    assert found.next_open == at("2026-10-08 09:00")


@pytest.mark.parametrize("moment", ["2026-09-20 10:00", "2026-10-10 10:00"])
def test_working_days_calendar_opens_on_make_up_days(moment):
    line = channel(hours=OFFICE, calendar="working-days")
    found = availability(line, profile("CN", line), at(moment))
    assert found.status == "open"
    assert found.closes_at == at(moment[:10] + " 18:00")
    assert found.makeup_workday


def test_working_days_calendar_opens_on_the_make_up_saturday_after_the_holidays():
    line = channel(hours=OFFICE, calendar="working-days")
    found = availability(line, profile("CN", line), at("2026-10-09 19:00"))
    assert found.next_open == at("2026-10-10 09:00")


def test_next_opening_is_in_the_providers_zone_and_converts_to_the_users():
    line = channel(hours=OFFICE)
    now = at("2026-11-27 12:00", LONDON)  # Friday noon in London = 20:00 in Shanghai
    found = availability(line, profile("CN", line), now)
    assert found.status == "closed"
    assert found.next_open == at("2026-11-30 09:00")
    assert found.next_open.astimezone(LONDON) == at("2026-11-30 01:00", LONDON)
    assert found.timezone == "Asia/Shanghai"


def test_a_channel_region_overrides_the_profiles_for_holidays():
    berlin = channel(hours=(Hours(tuple(range(7)), time(9), time(18)),),
                     zone="Europe/Berlin", region="DE")
    found = availability(berlin, profile("US", berlin),
                         at("2026-10-03 10:00", ZoneInfo("Europe/Berlin")))
    assert found.status == "open"
    assert found.speed == "holiday"
    assert found.holiday is not None and found.holiday["en"] == "German Unity Day"


def test_a_channel_without_a_zone_is_judged_in_the_users_zone():
    line = channel(always=True, zone=None)
    # Saturday 01:00 in Shanghai is still Friday 17:00 in London.
    found = availability(line, profile(None, line), at("2026-11-27 17:00", LONDON))
    assert found.day == "workday"
    assert found.speed == "peak"


def test_round_the_clock_weekdays_close_on_saturday_midnight():
    line = channel(hours=(Hours(WEEKDAYS, time(0), None),))
    found = availability(line, profile("CN", line), at("2026-11-23 10:00"))
    assert found.status == "open"
    assert found.closes_at == at("2026-11-28 00:00")


def test_hours_until_midnight_close_at_midnight():
    line = channel(hours=(Hours(tuple(range(7)), time(20), None),))
    found = availability(line, profile("CN", line), at("2026-11-25 23:30"))
    assert found.closes_at == at("2026-11-26 00:00")


def test_the_clock_must_be_aware():
    line = channel(always=True)
    with pytest.raises(ValueError, match="aware"):
        availability(line, profile("CN", line), datetime(2026, 11, 25, 10, 0))


# -- calendars kept in the cache folder ---------------------------------------------------


@pytest.mark.parametrize(("region", "year"), [("CN", 2026), ("US", 2025), ("GB", 2024)])
def test_a_cached_year_is_the_year_holidays_computes(region, year) -> None:
    from walletsupport.contacts import hours

    hours._year.cache_clear()
    built = hours._build_year(region, year)
    first = hours._year(region, year)  # computed, then kept
    hours._year.cache_clear()
    cached = hours._year(region, year)  # read back
    assert first == built and cached == built
    english = hours._calendar(region, "en")
    day = date(year, 1, 1)
    while day.year == year:
        assert cached.weekend(day) == english.is_weekend(day)
        assert cached.working(day) == english.is_working_day(day)
        assert (cached.holiday(day) or (None,))[0] == english.get(day)
        day += timedelta(days=1)


def test_a_damaged_or_foreign_calendar_entry_is_worked_out_again(tmp_path, monkeypatch) -> None:
    from walletsupport.contacts import hours

    monkeypatch.setenv("WALLETSUPPORT_CACHE_DIR", str(tmp_path / "cache"))
    hours._year.cache_clear()
    good = hours._year("CN", 2026)
    entry = tmp_path / "cache" / "calendars" / "CN-2026.json"
    assert entry.stat().st_mode & 0o777 == 0o600
    for damage in ('{"key": "x"', '{"key": null, "flags": "9", "names": {}}'):
        entry.write_text(damage, encoding="utf-8")
        hours._year.cache_clear()
        assert hours._year("CN", 2026) == good
    entry.chmod(0o666)  # others could have written it: not trusted
    hours._year.cache_clear()
    assert hours._year("CN", 2026) == good


def test_a_warm_contacts_run_never_imports_holidays(tmp_path) -> None:
    env = dict(os.environ, WALLETSUPPORT_CACHE_DIR=str(tmp_path / "cache"),
               WALLETSUPPORT_NOW="2026-10-03T10:00:00+08:00")
    script = (
        "import sys\n"
        "from walletsupport.cli import main\n"
        "sys.argv = ['walletsupport', 'contacts', '--profile', 'alipay']\n"
        "try:\n    main()\n"
        "except SystemExit:\n    pass\n"
        "print('HOLIDAYS', 'holidays' in sys.modules)\n"
    )
    outputs = [subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                              text=True, check=True).stdout for _ in range(2)]
    assert outputs[0].splitlines()[-1] == "HOLIDAYS True"
    assert outputs[1].splitlines()[-1] == "HOLIDAYS False"
    assert "National Day" in outputs[1]
    assert outputs[0].replace("HOLIDAYS True", "") == outputs[1].replace("HOLIDAYS False", "")


# The hours the shared providers.md verifies (2026-11-25), channel by channel; every other
# shipped channel publishes none ("Consumer-line hours UNVERIFIED" for 95017, "Hours
# UNVERIFIED" for PayPal), so it must say so rather than carry a guess.
_VERIFIED_HOURS = {
    ("alipay", "hotline"): "24/7",                                       # 95188, 24 hours (M)
    ("binance", "live-chat"): "24/7",                                   # 24/7 live chat (H)
    ("coinbase", "phone-de"): "daily 09:00-18:00 Europe/Berlin",        # (H)
    ("coinbase", "phone-de-2"): "daily 09:00-18:00 Europe/Berlin",      # (H)
    ("wechat-pay", "overseas-line"): "mon-fri 09:00-18:00 Asia/Shanghai",  # Global page (H)
}


def _hours_of(channel: Channel, profile: Profile) -> str | None:
    if channel.always_open:
        return "24/7"
    if channel.hours is None:
        return None
    days = {(0, 1, 2, 3, 4): "mon-fri", (0, 1, 2, 3, 4, 5, 6): "daily"}
    parts = [f"{days.get(tuple(sorted(h.weekdays)), h.weekdays)} "
             f"{h.start:%H:%M}-{h.end:%H:%M}" for h in channel.hours]
    return " ".join(parts) + f" {channel.timezone or profile.timezone}"


def test_every_shipped_profile_publishes_only_the_verified_hours() -> None:
    from pathlib import Path

    from walletsupport.contacts.loading import load_profile

    found = {}
    for path in sorted((Path(__file__).parent.parent / "profiles").glob("*.yaml")):
        profile = load_profile(path.stem)
        for channel in profile.channels:
            hours = _hours_of(channel, profile)
            if hours is not None:
                found[(path.stem, channel.id)] = hours
            else:
                assert not channel.hours_published
    assert found == _VERIFIED_HOURS
