"""When a channel is open, when it opens next, and how fast it is likely to answer.

Pure: the clock is passed in. Days are judged in the channel's time zone (or
the user's, for a channel without one) against the public holidays of the
channel's region (or the profile's), from the `holidays` package.

China's make-up working days (调休) come from the same package: since 0.60 or
so, a country's special "substituted" days off record the weekend day that is
worked instead in ``weekend_workdays``, and ``is_working_day()`` answers with
both in mind (0.109 lists 2026-09-20 and 2026-10-10 for National Day). There is
no separate "workday" category for China (its categories are public and
half-day), so we rely on ``is_working_day`` and populate the year first (the
make-up days of a year are only known once its holidays have been built).

A weekend day inside a run of days off that holds a public holiday (the Sunday
of the National Day week, the Saturday before a Monday holiday) counts as that
holiday, and a "substituted" or "observed" day off is named after the holiday
it belongs to.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from ..cachefile import keep_json
from ..frozen import frozen

if TYPE_CHECKING:
    from ..diagnosis.model import Text
    from .model import Channel, Hours, Profile

__all__ = ["PEAK_HOURS", "Availability", "availability", "day_kind"]

#: The hours of a working day when support answers fastest (the provider's time).
PEAK_HOURS = ((time(9, 0), time(12, 0)), (time(14, 0), time(18, 0)))
_LOOK_AHEAD_DAYS = 35  # longer than any run of days off (Spring Festival is 9 days)
_STRETCH_DAYS = 10

Speed = Literal["peak", "off-peak", "weekend", "holiday", "closed", "always-open", "unknown"]


@frozen
class Availability:
    """A channel at one moment.

    ``status`` is ``open``, ``closed``, ``always-open`` (24/7) or ``unknown``
    (no hours published; ``open_now`` is then None). ``speed`` is the expected
    speed of an answer: ``peak`` (a working day's busiest staffed hours: the
    fastest), ``off-peak``, ``weekend`` or ``holiday`` (slower), or ``closed``.
    ``next_open`` and ``closes_at`` are in the channel's time zone.
    """

    status: Literal["open", "closed", "always-open", "unknown"]
    open_now: bool | None
    speed: Speed
    day: Literal["workday", "weekend", "holiday"]
    holiday: Text | None = None
    next_open: datetime | None = None
    closes_at: datetime | None = None
    timezone: str | None = None
    makeup_workday: bool = False


# --------------------------------------------------------------------------- calendars


@lru_cache(maxsize=16)
def _calendar(region: str, lang: str) -> Any:
    import holidays

    cls = holidays.country_holidays(region).__class__
    wanted = {"en": ("en_US", "en_GB"), "zh": ("zh_CN", "zh_TW")}[lang]
    supported = getattr(cls, "supported_languages", ())
    language = next((code for code in wanted if code in supported), None)
    return holidays.country_holidays(region, language=language)


def _is_substitute(name: str) -> bool:
    low = name.lower()
    return "observed" in low or "substitut" in low or "day off" in low


_WEEKEND, _WORKING = 1, 2


@frozen
class _Year:
    """One region's year as `holidays` computes it: each day's flags and the holidays' names.

    ``flags`` holds one digit a day (Jan 1 first): bit 1 a weekend day, bit 2 a working
    day (so a make-up working day on a weekend is 3); ``names`` maps ISO dates to the
    holiday's name in English and Chinese.
    """

    year: int
    flags: str
    names: dict[str, tuple[str, str]]

    def _flag(self, day: date) -> int:
        return int(self.flags[day.timetuple().tm_yday - 1])

    def weekend(self, day: date) -> bool:
        return bool(self._flag(day) & _WEEKEND)

    def working(self, day: date) -> bool:
        return bool(self._flag(day) & _WORKING)

    def holiday(self, day: date) -> tuple[str, str] | None:
        return self.names.get(day.isoformat())


def _build_year(region: str, year: int) -> _Year:
    """Work out a year with the `holidays` package (the slow way, paid once per year)."""
    english, chinese = _calendar(region, "en"), _calendar(region, "zh")
    first = date(year, 1, 1)
    english.get(first)  # builds the year, make-up working days included
    chinese.get(first)
    flags, names = [], {}
    day = first
    while day.year == year:
        flags.append(str((_WEEKEND if english.is_weekend(day) else 0)
                         | (_WORKING if english.is_working_day(day) else 0)))
        name = english.get(day)
        if name:
            names[day.isoformat()] = (str(name), str(chinese.get(day) or name))
        day += timedelta(days=1)
    return _Year(year, "".join(flags), names)


@lru_cache(maxsize=1)
def _calendar_stamp() -> str | None:
    """The installed `holidays` package, without importing it: its location and file times.

    Looked up once a run (a search of every folder on sys.path), not once for each year.
    """
    from importlib.util import find_spec

    try:
        spec = find_spec("holidays")
    except (ImportError, ValueError):
        return None
    if spec is None or spec.origin is None:
        return None
    try:
        stat = Path(spec.origin).stat()
    except OSError:
        return None
    from .. import __version__

    return f"{__version__} {spec.origin} {stat.st_size}:{stat.st_mtime_ns}"


@lru_cache(maxsize=64)
def _year(region: str, year: int) -> _Year:
    """A region's year: from the cache folder when it was worked out before, else `holidays`.

    A warm run never imports `holidays` (about 300 modules). An entry is used only
    when it was made by the same version of walletsupport with the same `holidays`
    files; it holds data (JSON), never code, and any trouble means working it out again.
    """
    import json
    import os

    from ..environment import cache_dir

    stamp = _calendar_stamp()
    try:
        file = cache_dir() / "calendars" / f"{region}-{year}.json"
    except Exception:  # no cache folder to be found
        file = None
    if file is not None and stamp is not None:
        try:
            with file.open("rb") as handle:
                stat = os.fstat(handle.fileno())
                entry = json.loads(handle.read())
            if (not hasattr(os, "getuid") or (stat.st_uid == os.getuid()
                                              and not stat.st_mode & 0o022)) \
                    and entry["key"] == stamp:
                flags = str(entry["flags"])
                if len(flags) == (date(year + 1, 1, 1) - date(year, 1, 1)).days \
                        and set(flags) <= set("0123"):
                    return _Year(year, flags, {str(k): (str(v[0]), str(v[1]))
                                               for k, v in entry["names"].items()})
        except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError,
                RecursionError):
            pass
    built = _build_year(region, year)
    if file is not None and stamp is not None:
        keep_json(file, {"key": stamp, "flags": built.flags,
                     "names": {k: list(v) for k, v in built.names.items()}})
    return built


class _Days:
    """Working days, weekends and holidays of one region (or plain Saturdays and Sundays)."""

    def __init__(self, region: str | None) -> None:
        self.region = region

    def _of(self, day: date) -> _Year | None:
        return _year(self.region, day.year) if self.region else None

    def holiday(self, day: date) -> str | None:
        year = self._of(day)
        found = None if year is None else year.holiday(day)
        return None if found is None else found[0]

    def weekend(self, day: date) -> bool:
        year = self._of(day)
        return day.weekday() >= 5 if year is None else year.weekend(day)

    def working(self, day: date) -> bool:
        year = self._of(day)
        return day.weekday() < 5 if year is None else year.working(day)

    def classify(self, day: date) -> tuple[Literal["workday", "weekend", "holiday"],
                                           date | None, bool]:
        """The kind of day, the date whose holiday names it, and whether it is a make-up day."""
        if self.working(day):
            return "workday", None, self.weekend(day)
        own = self.holiday(day)
        if self.region is None:
            return "weekend", None, False
        stretch = [day]
        for step in (-1, 1):
            probe = day + timedelta(days=step)
            for _ in range(_STRETCH_DAYS):
                if self.working(probe):
                    break
                stretch.append(probe)
                probe += timedelta(days=step)
        named = sorted(d for d in stretch if self.holiday(d))
        if not named:
            return "weekend", None, False
        if own and not _is_substitute(own):
            return "holiday", day, False
        proper = [d for d in named if not _is_substitute(self.holiday(d) or "")]
        return "holiday", (proper or named)[0], False

    def name(self, day: date) -> Text:
        year = self._of(day)
        found = None if year is None else year.holiday(day)
        if found is None:
            return {"en": "", "zh": ""}
        return {"en": found[0], "zh": found[1]}


def day_kind(day: date, region: str | None) -> tuple[str, Text | None]:
    """Whether `day` is a ``workday``, ``weekend`` or ``holiday`` in `region`, with its name."""
    days = _Days(region)
    kind, named, _ = days.classify(day)
    return kind, None if named is None else days.name(named)


# --------------------------------------------------------------------------- hours


def _zone(channel: Channel, now: datetime) -> tzinfo:
    if channel.timezone:
        from zoneinfo import ZoneInfo

        return ZoneInfo(channel.timezone)
    assert now.tzinfo is not None
    return now.tzinfo


def _entries(channel: Channel, day: date, days: _Days) -> list[Hours]:
    hours = channel.hours or ()
    weekday = day.weekday()
    if channel.calendar == "working-days":
        kind, _, makeup = days.classify(day)
        if kind == "holiday":
            return []
        if makeup:
            # A make-up working day keeps the hours of an ordinary working day.
            weekday = next((d for d in range(5) if any(d in h.weekdays for h in hours)), 0)
    return [h for h in hours if weekday in h.weekdays]


def _spans(channel: Channel, day: date, days: _Days, zone: tzinfo) -> list[tuple[datetime,
                                                                                   datetime]]:
    found = []
    for entry in _entries(channel, day, days):
        start = datetime.combine(day, entry.start, tzinfo=zone)
        end = (datetime.combine(day + timedelta(days=1), time(0, 0), tzinfo=zone)
               if entry.end is None else datetime.combine(day, entry.end, tzinfo=zone))
        found.append((start, end))
    return sorted(found, key=lambda s: s[0].timestamp())


def _open_span(channel: Channel, local: datetime, days: _Days,
               zone: tzinfo) -> tuple[datetime | None, datetime | None]:
    """(closes_at, None) when open now, else (None, next opening), within the look-ahead."""
    moment = local.timestamp()
    spans = [s for offset in range(-1, _LOOK_AHEAD_DAYS)
             for s in _spans(channel, local.date() + timedelta(days=offset), days, zone)]
    for index, (start, end) in enumerate(spans):
        if start.timestamp() <= moment < end.timestamp():
            closes = end
            for later_start, later_end in spans[index + 1:]:
                if later_start.timestamp() > closes.timestamp():
                    break
                closes = max(closes, later_end, key=lambda d: d.timestamp())
            return closes, None
    for start, _end in spans:
        if start.timestamp() > moment:
            return None, start
    return None, None


def _peak(moment: time) -> bool:
    return any(start <= moment < end for start, end in PEAK_HOURS)


def availability(channel: Channel, profile: Profile, now: datetime) -> Availability:
    """Whether `channel` is open at `now` (an aware datetime), when it opens next, how fast."""
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("availability() needs an aware datetime")
    zone = _zone(channel, now)
    local = now.astimezone(zone)
    days = _Days(channel.region or profile.region)
    kind, named, makeup = days.classify(local.date())
    holiday = None if named is None else days.name(named)
    zone_name = channel.timezone
    speed: Speed = kind if kind != "workday" else (
        "peak" if _peak(local.time()) else "off-peak")
    common: dict[str, Any] = {"day": kind, "holiday": holiday, "timezone": zone_name,
                              "makeup_workday": makeup}
    if channel.always_open:
        return Availability("always-open", True, speed, **common)
    if channel.hours is None:
        return Availability("unknown", None, speed, **common)
    closes, opens = _open_span(channel, local, days, zone)
    if closes is not None:
        return Availability("open", True, speed, closes_at=closes, **common)
    return Availability("closed", False, "closed", next_open=opens, **common)
