"""What a contact profile is: its channels, their hours, sources and notices (frozen data)."""

from __future__ import annotations

from datetime import date, time
from typing import TYPE_CHECKING, Literal

from ..frozen import frozen

if TYPE_CHECKING:
    from ..diagnosis.model import Text


__all__ = [
    "CALENDARS",
    "CONFIDENCES",
    "CUSTODY",
    "Channel",
    "Hours",
    "Notice",
    "PHONE_SUPPORT",
    "Profile",
    "Source",
    "TAGS",
    "WEEKDAYS",
]


CONFIDENCES = ("H", "M")


#: What a channel is for, beyond its kind; drives the ranking. ``sign-in``: reached only
#: after signing in (in-app and chat channels are, unless tagged ``no-sign-in``);
#: ``sign-in-unverified``: the provider's pages do not say whether signing in is needed
#: (said so on screen; ranked as needing it, so routes known to work signed out come first);
#: ``safety-note``: the note is a warning (ignore DMs, type the address yourself) shown
#: wherever the channel is recommended, never dropped to save room.
TAGS = ("help-centre", "freeze", "report", "merchant", "info-only", "complaints", "sign-in",
        "no-sign-in", "sign-in-unverified", "safety-note")


#: ``listed``: the phone channels are the official lines; ``none``: the provider has
#: no phone support at all; ``unlisted``: no official line could be found.
PHONE_SUPPORT = ("listed", "none", "unlisted")


#: Who holds the keys: the provider (an account it can freeze) or the user (no account:
#: a theft is answered by moving what is left to a new wallet, not by a freeze).
CUSTODY = ("provider", "self")


CALENDARS = ("weekly", "working-days")


WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


#: Channels that never handle a user's case: not recommended for one.
_NOT_FOR_CASES = frozenset({"merchant", "info-only", "report"})


@frozen
class Hours:
    """Opening hours on some weekdays (0 = Monday … 6 = Sunday), in the channel's time zone."""

    weekdays: tuple[int, ...]
    start: time
    end: time | None  # None: until midnight at the end of the day ("24:00")
    line: int = 0

    @property
    def all_day(self) -> bool:
        """Open from 00:00 to 24:00."""
        return self.start == time(0, 0) and self.end is None


@frozen
class Channel:
    """One official way to reach support.

    ``hours`` is None when the provider publishes no hours; ``always_open`` then
    says whether that is because the channel is open 24/7. ``value`` is None
    when there is nothing to dial or click, and ``note`` says where to find it.
    """

    id: str
    kind: Literal["chat", "phone", "email", "social", "in-app", "web-form"]
    label: Text
    value: str | None = None
    hours: tuple[Hours, ...] | None = None
    always_open: bool = False
    timezone: str | None = None
    calendar: Literal["weekly", "working-days"] = "weekly"
    region: str | None = None
    languages: tuple[str, ...] = ()
    note: Text | None = None
    confidence: Literal["H", "M"] = "H"
    tags: tuple[str, ...] = ()
    e164: str | None = None  # a phone value, normalised for comparison
    line: int = 0

    @property
    def hours_published(self) -> bool:
        """Whether anything is known about when the channel is open."""
        return self.always_open or self.hours is not None

    @property
    def for_cases(self) -> bool:
        """Whether this channel handles a user's own problem (not merchants, reports, news)."""
        return not _NOT_FOR_CASES.intersection(self.tags)

    @property
    def safety_note(self) -> Text | None:
        """The note, when it is a warning to show wherever the channel is recommended."""
        return self.note if "safety-note" in self.tags else None

    @property
    def needs_sign_in(self) -> bool:
        """Whether only a signed-in user can reach it: of no use to someone locked out."""
        if "sign-in" in self.tags:
            return True
        return self.kind in ("in-app", "chat") and "no-sign-in" not in self.tags


@frozen
class Source:
    """Where a profile's facts come from."""

    title: Text
    url: str | None = None


@frozen
class Notice:
    """A safety fact about the provider, or a safety rule, shown with the channels.

    A fact about the provider ("95188 is Alipay's only hotline") carries how well it is
    confirmed, and an M one is marked unconfirmed; a safety rule that holds for every
    wallet ("staff never ask for your password", `rule: true`) has no confidence to
    mark: it is true whatever the provider's pages say.
    """

    text: Text
    confidence: Literal["H", "M"] = "H"
    line: int = 0
    rule: bool = False


@frozen
class Profile:
    """A provider's official channels, where the facts come from, and when they were checked."""

    name: str
    title: Text
    region: str | None
    channels: tuple[Channel, ...]
    sources: tuple[Source, ...]
    checked: date
    path: str
    source: str = "built-in"  # "built-in", "package NAME" or the file path
    builtin: bool = True
    phone_support: Literal["listed", "none", "unlisted"] = "listed"
    custody: Literal["provider", "self"] = "provider"
    #: Whether the wallet can hold a recovery phrase (seed words) the user keeps: MetaMask,
    #: and Binance or Coinbase for their self-custody wallets; not Alipay, PayPal or Wise.
    recovery_phrase: bool = True
    warnings: tuple[Notice, ...] = ()
    names: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    #: How sure we are that `domains` are the provider's: "M" is shown with the verdict.
    domains_confidence: Literal["H", "M"] = "H"
    timezone: str | None = None

    def channel(self, channel_id: str) -> Channel | None:
        """The channel with this id, if there is one."""
        for channel in self.channels:
            if channel.id == channel_id:
                return channel
        return None
