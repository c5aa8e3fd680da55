"""Small pieces of case layout shared by the exports and the `cases` screens."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from ..i18n import t
from ..wrapping import wrap as _wrap

if TYPE_CHECKING:  # the record classes load only when a case is read
    from .store import Case

__all__ = [
    "TEXT_WIDTH",
    "channel_label",
    "edited_line",
    "format_time",
    "letter_time",
    "redaction_kind",
    "redaction_line",
    "wrap",
    "zone_name",
]


#: Plain-text exports fit this many columns (a CJK character takes two).
TEXT_WIDTH = 72


def format_time(moment: datetime, zone: str | None = None, lang: str = "en") -> str:
    """A time as the user saw it, with its offset and zone as people name it.

    For example ``2026-11-24 15:30 UTC+08:00 (China time)``, ``…15:30（北京时间，UTC+08:00）``; an
    IANA name with no common name stays as it is, and UTC itself adds nothing.
    """
    offset = moment.strftime("%z")
    utc = f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC?"
    if offset == "+0000":
        utc = "UTC"  # not "UTC+00:00": UTC itself has no offset to give
    named = None if not zone or zone in _UTC_NAMES else zone_name(zone, lang)
    if named is None:  # UTC, or a zone with no name in the reader's words: its offset says it
        return f"{moment:%Y-%m-%d %H:%M} {utc}"
    return t("export.time-zone", lang, time=f"{moment:%Y-%m-%d %H:%M}", offset=utc,
             zone=named)


_UTC_NAMES = ("UTC", "Etc/UTC", "Etc/GMT", "GMT", "Etc/Universal", "Zulu")
UTC_NAMES = _UTC_NAMES


def letter_time(moment: datetime, zone: str | None, lang: str, *, now: datetime | None = None,
                with_zone: bool = True) -> str:
    """A time as a person writes it in a message: ``12月1日 10:30（北京时间）``.

    The year is only written when it is not the year of `now`; the zone is the
    one the case was saved in, named as people say it (UTC when none is known).
    """
    now = now or datetime.now(moment.tzinfo)
    date = letter_day(moment.date(), lang, now=now)
    if not with_zone:
        return t("letter.time-bare", lang, date=date, hm=f"{moment:%H:%M}")
    named = "UTC" if not zone or zone in _UTC_NAMES else zone_name(zone, lang)
    if named is None:  # no name in the reader's words: the offset, never an English id
        from ..diagnosis.dates import utc_label

        named = utc_label(moment.utcoffset() or timedelta(0))
    return t("letter.time", lang, date=date, hm=f"{moment:%H:%M}", zone=named)


def letter_day(day: date, lang: str, *, now: datetime) -> str:
    """A day as written in a message: ``1 December``, ``12月1日`` (a year if not now's)."""
    fields = {"day": day.day, "year": day.year,
              "month": t("letter.months", lang).split()[day.month - 1]}
    return t("letter.date" if day.year == now.year else "letter.date-year", lang, **fields)


def zone_name(zone: str, lang: str) -> str | None:
    """A time zone as a reader of `lang` names it: 北京时间, 曼谷时间, UK time.

    English falls back on the IANA name (Europe/Kyiv reads to an English reader); a
    Chinese screen never shows one (walk A18): None, and the caller gives the offset.
    """
    try:
        return t(f"zone.{zone}", lang)
    except KeyError:
        from ..diagnosis.dates import _ZH_ZONES

        return _ZH_ZONES.get(zone) if lang == "zh" else zone


def redaction_line(counts: Mapping[str, int], lang: str) -> str:
    """One sentence saying what was removed before saving, by kind."""
    if not counts:
        return t("export.redactions.none", lang)
    parts = [t("export.redactions.item", lang, kind=redaction_kind(kind, lang), count=n)
             for kind, n in counts.items()]
    return t("export.redactions.some", lang, items=t("export.list-sep", lang).join(parts))


def redaction_kind(kind: str, lang: str) -> str:
    """What a kind of removed secret is called in `lang` (its id when the catalog lacks it)."""
    try:
        return t(f"export.kind.{kind}", lang)
    except KeyError:  # a kind added to redact later: its id still says what it was
        return kind


def channel_label(kind: str, lang: str) -> str:
    """A channel kind (chat, phone...) as a word in `lang`."""
    try:
        return t(f"export.channel.{kind}", lang)
    except KeyError:
        return kind


def wrap(text: str, width: int = TEXT_WIDTH, *, first: str = "", rest: str = "") -> list[str]:
    """Fill `text` into lines of at most `width` columns (72 by default): see `wrapping`.

    A word is never cut: an address, a hash, a URL or an e-mail longer than the
    line stands whole on a line of its own, so that it pastes as it was typed.
    """
    return _wrap(text, width, first=first, rest=rest, cut_long=False)


def edited_line(case: Case, lang: str) -> str:
    """When the case's answers were corrected, oldest first."""
    return t("export.list-sep", lang).join(format_time(m, case.zone, lang) for m in case.edited)
