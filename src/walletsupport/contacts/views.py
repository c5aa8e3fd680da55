"""A profile as people and programs read it: warnings in a language, the JSON view."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from .model import (
    WEEKDAYS,
    Channel,
    Profile,
)

__all__ = [
    "profile_to_dict",
    "profile_warnings",
    "spaced",
]


# Compiled on first use (a millisecond): only Chinese screens need it.
_CJK_LATIN = r"(?<=[\u4e00-\u9fff])(?=[A-Za-z0-9@])|(?<=[A-Za-z0-9])(?=[\u4e00-\u9fff])"


def spaced(text: str, lang: str) -> str:
    """Chinese text with a space between Chinese and Latin words, as the catalog writes it.

    Needed where a Latin name (MetaMask, PayPal) is put into a Chinese sentence.
    """
    return re.sub(_CJK_LATIN, " ", text) if lang == "zh" else text


def profile_warnings(profile: Profile, lang: str) -> list[tuple[str, str]]:
    """What the user must know before using the channels, as (text, confidence) pairs.

    The confidence is "H" or "M" for a fact about the provider, and "rule" for a safety
    rule that holds for every wallet (never marked unconfirmed).
    """
    from ..i18n import pick, t

    found: list[tuple[str, str]] = []
    title = pick(profile.title, lang)
    if profile.phone_support == "none":
        found.append((spaced(t("profiles.no-phone", lang, title=title), lang), "H"))
    elif profile.phone_support == "unlisted":
        found.append((spaced(t("profiles.unlisted-phone", lang, title=title), lang), "H"))
    found += [(pick(n.text, lang), "rule" if n.rule else n.confidence) for n in profile.warnings]
    return found


def _hours_dict(channel: Channel) -> dict[str, Any] | None:
    if not channel.hours_published:
        return None
    return {
        "always_open": channel.always_open,
        "timezone": channel.timezone,
        "calendar": channel.calendar,
        "schedule": [
            {"days": [WEEKDAYS[d] for d in h.weekdays], "from": h.start.strftime("%H:%M"),
             "to": "24:00" if h.end is None else h.end.strftime("%H:%M")}
            for h in channel.hours or ()
        ],
    }


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="minutes")


def profile_to_dict(profile: Profile, *, now: datetime, lang: str,
                    ranked: Sequence[tuple[Channel, bool]] | None = None) -> dict[str, Any]:
    """The profile as plain data for ``--json``, with each channel's availability at `now`.

    With `ranked` (from `rank_channels`), channels come in that order and say
    whether they are recommended.
    """
    from ..i18n import pick
    from .hours import availability

    order = list(ranked) if ranked is not None else [(c, False) for c in profile.channels]
    channels = []
    for channel, recommended in order:
        found = availability(channel, profile, now)
        entry: dict[str, Any] = {
            "id": channel.id,
            "kind": channel.kind,
            "label": pick(channel.label, lang),
            "value": channel.value,
            "note": None if channel.note is None else pick(channel.note, lang),
            "confidence": channel.confidence,
            "languages": list(channel.languages),
            "tags": list(channel.tags),
            "hours": _hours_dict(channel),
            "availability": {
                "status": found.status,
                "open_now": found.open_now,
                "closes_at": _iso(found.closes_at and found.closes_at.astimezone(now.tzinfo)),
                "next_open": _iso(found.next_open and found.next_open.astimezone(now.tzinfo)),
                "next_open_provider_time": _iso(found.next_open),
                "speed": found.speed,
                "day": found.day,
                "holiday": None if found.holiday is None else pick(found.holiday, lang),
            },
        }
        if ranked is not None:
            entry["recommended"] = recommended
        channels.append(entry)
    return {
        "name": profile.name,
        "title": pick(profile.title, lang),
        "source": profile.source,
        "builtin": profile.builtin,
        "path": profile.path,
        "region": profile.region,
        "timezone": profile.timezone,
        "checked": profile.checked.isoformat(),
        "sources": [{"title": pick(s.title, lang), "url": s.url} for s in profile.sources],
        "phone_support": profile.phone_support,
        "custody": profile.custody,
        "recovery_phrase": profile.recovery_phrase,
        "domains": list(profile.domains),
        "warnings": [{"text": text, "confidence": None if conf == "rule" else conf,
                      "rule": conf == "rule"}
                     for text, conf in profile_warnings(profile, lang)],
        "now": _iso(now),
        "channels": channels,
    }
