"""Which channels fit a problem best: ranked by the outcome, the flow and the channel kind."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import (
    Channel,
    Profile,
)

__all__ = [
    "rank_channels",
]


_KIND_ORDER = {"phone": 0, "chat": 1, "in-app": 2, "web-form": 3, "email": 4, "social": 5}


_HUMAN_KINDS = ("phone", "chat", "in-app")


_SECURITY_WORDS = ("security", "scam", "fraud", "phish", "hack", "compromis", "unauthori",
                   "stolen", "takeover")


def _is_security(flow_id: str | None) -> bool:
    return flow_id is not None and any(word in flow_id for word in _SECURITY_WORDS)


def _is_fees(flow_id: str | None) -> bool:
    return flow_id is not None and re.search(r"(^|-)fees?(-|$)", flow_id) is not None


def _speed_key(channel: Channel) -> tuple[int, int]:
    return (0 if channel.always_open else 1, _KIND_ORDER[channel.kind])


def rank_channels(profile: Profile, *, recommend: Sequence[str] = (), outcome: str | None = None,
                  flow_id: str | None = None, prefer: str | None = None,
                  signed_out: bool = False) -> list[tuple[Channel, bool]]:
    """The profile's channels, best first for this problem, each with whether it is recommended.

    Recommended kinds come first, in the order given. An urgent outcome or a
    security flow puts the in-app freeze and the fastest human channel before
    them; a fee question puts the help centre first. What the end's advice asks
    for (`prefer`: a written channel, which leaves a record) goes before the rest,
    and for a user who cannot sign in every route that works signed out comes
    before any that needs signing in. Channels that do not handle a user's case
    (for merchants, for reporting, information only) come last.
    """
    usable = [c for c in profile.channels if c.for_cases]
    first: list[Channel] = []

    def add(channel: Channel) -> None:
        if channel not in first:
            first.append(channel)

    if _is_fees(flow_id):
        for channel in usable:
            if "help-centre" in channel.tags:
                add(channel)
    if outcome == "urgent" or _is_security(flow_id):
        for channel in usable:
            if "freeze" in channel.tags:
                add(channel)
        humans = [c for c in usable if c.kind in _HUMAN_KINDS and "complaints" not in c.tags]
        if humans:
            add(min(humans, key=_speed_key))
        for channel in usable:
            if channel.kind == "in-app":
                add(channel)
    for kind in recommend:
        for channel in usable:
            if channel.kind == kind:
                add(channel)
    if _is_security(flow_id):
        for channel in profile.channels:
            if "report" in channel.tags:
                add(channel)
    if prefer is not None:
        from ..vocabulary import PREFERENCES

        kinds = PREFERENCES.get(prefer, ())
        preferred = [c for c in usable if c.kind in kinds]
        # The advice says which kind to use: those lead, in the order found so far.
        first = ([c for c in first if c in preferred] + [c for c in preferred if c not in first]
                 + [c for c in first if c not in preferred])
    if signed_out:
        # Every route that works signed out is one to try, ahead of any that needs signing in.
        open_routes = [c for c in first if not c.needs_sign_in]
        open_routes += [c for c in usable if not c.needs_sign_in and c not in open_routes]
        first = open_routes + [c for c in first if c.needs_sign_in]
    rest = [c for c in profile.channels if c not in first]
    # Stable: the file's order otherwise.
    rest.sort(key=lambda c: (not c.for_cases, signed_out and c.needs_sign_in))
    return [(c, True) for c in first] + [(c, False) for c in rest]
