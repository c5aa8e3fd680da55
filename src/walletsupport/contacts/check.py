"""Is a phone number, link, email or account someone found really the wallet's?

`check_contact` compares a pasted value with the official channels and domains
of the profiles it is given and, when it does not match, says why it looks
wrong: a look-alike domain (a changed, swapped or added character, another
ending, letters from other alphabets, punycode), an official name inside
someone else's address, a plain http link, a personal messaging account or
mailbox. It knows no list of fakes: anything not official is a warning.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections.abc import Sequence
from functools import cache
from typing import Any, Literal

from ..frozen import frozen
from .model import Channel, Profile

__all__ = ["DANGER", "LEVELS", "REASONS", "Reason", "Verdict", "check_contact"]

#: Every reason a value can be warned about (each has a message `contacts.reason.CODE`).
REASONS = ("not-listed", "lookalike", "homoglyph", "punycode", "name-inside", "not-https",
           "messaging", "personal-mailbox", "no-phone", "unlisted-phone", "disguised-link",
           "ip-address", "unrecognised")

#: The three verdicts: on file; not on file (cannot confirm, not an alarm); a sign of a scam.
LEVELS = ("official", "unknown", "dangerous")
#: Reasons that are signs of a scam, not mere absence from the list.
DANGER = frozenset({"lookalike", "homoglyph", "punycode", "name-inside", "not-https",
                    "messaging", "personal-mailbox", "no-phone", "unlisted-phone",
                    "disguised-link", "ip-address"})

_MESSAGING_HOSTS = {
    "wa.me": "WhatsApp", "whatsapp.com": "WhatsApp", "api.whatsapp.com": "WhatsApp",
    "chat.whatsapp.com": "WhatsApp", "t.me": "Telegram", "telegram.me": "Telegram",
    "telegram.dog": "Telegram", "signal.me": "Signal", "line.me": "LINE",
    "discord.gg": "Discord", "viber.com": "Viber", "invite.viber.com": "Viber",
}
_MESSAGING_WORDS = (("whatsapp", "WhatsApp"), ("telegram", "Telegram"), ("signal", "Signal"),
                    ("viber", "Viber"), ("discord", "Discord"), ("kakao", "KakaoTalk"),
                    ("tg:", "Telegram"), ("wa:", "WhatsApp"))
_SOCIAL_HOSTS = {"x.com": "x.com", "twitter.com": "x.com", "mobile.twitter.com": "x.com",
                 "reddit.com": "reddit.com", "old.reddit.com": "reddit.com",
                 "facebook.com": "facebook.com", "m.facebook.com": "facebook.com",
                 "instagram.com": "instagram.com", "weibo.com": "weibo.com",
                 "youtube.com": "youtube.com", "tiktok.com": "tiktok.com",
                 "linkedin.com": "linkedin.com", "discord.com": "discord.com"}
_FREE_MAIL = {"gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com",
              "yahoo.com", "ymail.com", "aol.com", "icloud.com", "me.com", "proton.me",
              "protonmail.com", "gmx.com", "gmx.net", "mail.com", "yandex.com", "yandex.ru",
              "qq.com", "foxmail.com", "163.com", "126.com", "yeah.net", "sina.com",
              "sina.cn", "sohu.com", "aliyun.com", "139.com", "zoho.com"}
# ASCII stand-ins scammers type for letters (digits and @): our own short list, since
# Unicode's confusables data covers other scripts, not this habit.
_LEET = str.maketrans({"0": "o", "1": "l", "3": "e", "5": "s", "@": "a"})
_MULTI = (("rn", "m"), ("vv", "w"), ("cl", "d"))
_PHONE_CHARS = re.compile(r"^\+?[\d\s().\-/]{3,24}$")
_EMAIL = re.compile(r"^[^@\s/]+@([^@\s/]+\.[^@\s/]+)$")
_HANDLE = re.compile(r"^@?[\w.\-]{2,40}$", re.UNICODE)
_IPV4 = re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$")


@frozen
class Reason:
    """One thing wrong with a value: its code and the details its message names."""

    code: str
    official: str | None = None  # the official value it imitates
    profile: Profile | None = None  # whose value that is
    detail: str | None = None  # the host, service or decoded name concerned


@frozen
class Verdict:
    """What a pasted value is, whose official channel it is (if any) and what is wrong."""

    value: str
    kind: Literal["phone", "link", "email", "handle", "messaging", "unknown"]
    profile: Profile | None = None
    channel: Channel | None = None
    domain: str | None = None  # the official domain it is on, for a link or email
    details: tuple[Reason, ...] = ()

    @property
    def reasons(self) -> tuple[str, ...]:
        """The reason codes, in the order found."""
        return tuple(r.code for r in self.details)

    @property
    def ok(self) -> bool:
        """An official channel with nothing wrong: the only verdict that exits 0."""
        return self.profile is not None and not self.details

    @property
    def level(self) -> str:
        """``official`` (on file), ``dangerous`` (a sign of a scam) or ``unknown``.

        Unknown means only that the value is not on file: walletsupport cannot
        confirm it, which is no proof that it is a scam.
        """
        if self.ok:
            return "official"
        if self.profile is not None or DANGER.intersection(self.reasons):
            return "dangerous"
        return "unknown"


# --------------------------------------------------------------------------- helpers


def _distance(a: str, b: str) -> int:
    """Damerau–Levenshtein distance (adjacent swaps count once)."""
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            row[j] = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


def _skeleton(text: str) -> str:
    """What `text` looks like to a hurried reader: look-alike letters folded to Latin."""
    folded = "".join(_latin(c) if ord(c) > 127 else c
                     for c in unicodedata.normalize("NFKC", text).lower()).translate(_LEET)
    folded = "".join(c for c in unicodedata.normalize("NFKD", folded)
                     if not unicodedata.combining(c))
    for many, one in _MULTI:
        folded = folded.replace(many, one)
    return folded


@cache
def _latin(char: str) -> str:
    """The Latin letter `char` passes for, from Unicode's confusables data, else itself.

    confusable_homoglyphs ships the Unicode Consortium's confusables.txt (UTS #39):
    Armenian `օ`, Cyrillic `о` and Greek `ο` all read as `o`.
    """
    from confusable_homoglyphs import confusables  # type: ignore[import-untyped]

    found: Any = confusables.is_confusable(char, preferred_aliases=["latin"], greedy=True)
    for entry in found or ():
        for glyph in entry["homoglyphs"]:
            latin = str(glyph["c"]).lower()
            if len(latin) == 1 and latin.isascii() and latin.isalnum():
                return latin
    return char


@cache
def _suffixes() -> Any:
    """The public suffix list (ICANN and private sections), as publicsuffixlist ships it."""
    from publicsuffixlist import PublicSuffixList

    return PublicSuffixList()


def _decode_host(host: str) -> str:
    labels = []
    for label in host.split("."):
        if label.startswith("xn--"):
            with contextlib.suppress(UnicodeError, ValueError):
                label = label[4:].encode("ascii").decode("punycode")
        labels.append(label)
    return ".".join(labels)


def _split(host: str) -> tuple[str, str]:
    """(the name a domain is registered under, its ending): paypal.co.uk → (paypal, co.uk).

    The ending is the host's public suffix (co.za, com.cn, github.io…), so that a name
    registered under another country's ending is seen as the same name.
    """
    labels = host.split(".")
    if len(labels) < 2:
        return host, ""
    ending = _suffixes().publicsuffix(host) or labels[-1]
    kept = labels[: len(labels) - ending.count(".") - 1]
    if not kept:  # the host is itself a public suffix
        return labels[-2], labels[-1]
    return kept[-1], ending


def _on(host: str, domain: str) -> bool:
    return host == domain or host.endswith("." + domain)


def _brands(profile: Profile) -> list[str]:
    names = list(profile.names)
    names += [_split(d)[0] for d in profile.domains if _split(d)[0] not in ("qq", "zendesk")]
    return list(dict.fromkeys(n for n in names if n))


def _contains_name(text: str, name: str) -> bool:
    tokens = re.split(r"[.\-_/@\s]+", text)
    return name in tokens or (len(name) >= 6 and name in text.replace("-", ""))


# --------------------------------------------------------------------------- the checks


class _Check:
    def __init__(self, value: str, profiles: Sequence[Profile], active: Profile | None) -> None:
        self.value = value
        self.active = active
        ordered = ([active] if active is not None else []) + [
            p for p in profiles if active is None or p.path != active.path]
        self.profiles = ordered

    # -- links and domains

    def domain_reasons(self, host: str) -> list[Reason]:
        """Why a host that is on no official domain looks like one."""
        found: list[Reason] = []
        decoded = _decode_host(host)
        if decoded != host:
            found.append(Reason("punycode", detail=f"{host} → {decoded}"))
        foreign = any(ord(c) > 127 for c in decoded)
        seen = _skeleton(decoded)
        name, ending = _split(seen)
        imitated: set[str] = set()
        for profile in self.profiles:
            for domain in profile.domains:
                if _on(decoded, domain):
                    continue
                official = _skeleton(domain)
                off_name, off_ending = _split(official)
                limit = 1 if len(off_name) < 6 else 2
                # The whole name too: metamask.zendesk.com lives under someone else's name.
                near = (0 < _distance(name, off_name) <= limit
                        or 0 < _distance(seen, official) <= limit)
                other_end = name == off_name and ending != off_ending
                raw_name = _split(decoded)[0]
                if near or other_end or (name == off_name and raw_name != off_name):
                    code = "homoglyph" if foreign and name == off_name else "lookalike"
                    found.append(Reason(code, domain, profile))
                    imitated.add(profile.name)
        for profile in self.profiles:
            if profile.name in imitated:
                continue
            inside = [d for d in profile.domains if d in decoded and not _on(decoded, d)]
            inside += [b for b in _brands(profile)
                       if _contains_name(seen, _skeleton(b)) and _split(decoded)[0] != b]
            if inside:
                found.append(Reason("name-inside", inside[0], profile))
        return found

    def official_domain(self, host: str) -> tuple[Profile, str] | None:
        for profile in self.profiles:
            for domain in profile.domains:
                if _on(host, domain):
                    return profile, domain
        return None

    def link(self, text: str) -> Verdict:
        from urllib.parse import urlsplit

        raw = text if "://" in text else "https://" + text
        parts = urlsplit(raw)
        scheme = parts.scheme.lower()
        netloc = parts.netloc
        reasons: list[Reason] = []
        userinfo = ""
        if "@" in netloc:
            userinfo, _, netloc = netloc.rpartition("@")
        host = netloc.split(":")[0].strip(".").lower()
        if host in _MESSAGING_HOSTS or any(host.endswith("." + h) for h in _MESSAGING_HOSTS):
            service = _MESSAGING_HOSTS.get(host) or next(
                v for h, v in _MESSAGING_HOSTS.items() if host.endswith("." + h))
            return self.messaging(service)
        social = _SOCIAL_HOSTS.get(host.removeprefix("www."))
        if social is not None and not userinfo:
            handle = parts.path.strip("/").lower()
            verdict = self.handle(f"{social}/{handle}", social_url=True)
            if scheme == "http":
                details = (*verdict.details, Reason("not-https"))
                return Verdict(self.value, "link", verdict.profile, verdict.channel, None, details)
            return verdict
        if userinfo:
            reasons.append(Reason("disguised-link", official=userinfo, detail=host))
        if _IPV4.match(host) or host.startswith("["):
            reasons.append(Reason("ip-address", detail=host))
        if scheme == "http":
            reasons.append(Reason("not-https"))
        elif scheme not in ("https", ""):
            reasons.append(Reason("unrecognised"))
        owned = self.official_domain(host)
        if owned is not None:
            profile, domain = owned
            channel = self.channel_for_link(profile, host, parts.path)
            return Verdict(self.value, "link", profile, channel, domain, tuple(reasons))
        if userinfo:
            reasons += [r for r in self.domain_reasons(userinfo.lower()) if r.code != "punycode"]
        reasons += self.domain_reasons(host)
        reasons.append(self.not_listed())
        return Verdict(self.value, "link", details=_unique(reasons))

    @staticmethod
    def channel_for_link(profile: Profile, host: str, path: str) -> Channel | None:
        from urllib.parse import urlsplit

        best: Channel | None = None
        for channel in profile.channels:
            if not channel.value or channel.kind in ("phone", "email"):
                continue
            theirs = urlsplit(channel.value)
            if (theirs.hostname or "").lower() != host:
                continue
            within = path.rstrip("/").lower().startswith(theirs.path.rstrip("/").lower())
            if within and (best is None or len(theirs.path) > len(urlsplit(best.value or "").path)):
                best = channel
        return best

    # -- emails

    def email(self, text: str, domain: str) -> Verdict:
        domain = domain.lower().strip(".")
        for profile in self.profiles:
            for channel in profile.channels:
                if channel.kind == "email" and channel.value and \
                        channel.value.lower() == text.lower():
                    return Verdict(self.value, "email", profile, channel, domain)
        owned = self.official_domain(domain)
        if owned is not None and owned[0].domains_confidence == "H":
            return Verdict(self.value, "email", owned[0], None, owned[1])
        reasons: list[Reason] = []
        if owned is not None:
            # A domain only reported to be theirs, with no address published on it: an
            # address there cannot be confirmed (scams use made-up ones), nor called a fake.
            return Verdict(self.value, "email", details=(self.not_listed(),))
        if domain in _FREE_MAIL:
            reasons.append(Reason("personal-mailbox", detail=domain))
        else:
            reasons += self.domain_reasons(domain)
        reasons.append(self.not_listed())
        return Verdict(self.value, "email", details=_unique(reasons))

    # -- phones

    def phone(self, text: str, *, messaging: str | None = None) -> Verdict:
        import phonenumbers

        digits = re.sub(r"\D", "", text)
        for profile in self.profiles:
            for channel in profile.channels:
                if channel.kind != "phone" or not channel.e164:
                    continue
                if self.same_number(text, channel, profile):
                    if messaging:
                        return Verdict(self.value, "messaging", details=(
                            Reason("messaging", detail=messaging), self.not_listed()))
                    return Verdict(self.value, "phone", profile, channel)
        reasons: list[Reason] = []
        if messaging:
            reasons.append(Reason("messaging", detail=messaging))
        for profile in self.profiles:
            for channel in profile.channels:
                if channel.kind != "phone" or not channel.e164:
                    continue
                official = phonenumbers.parse(channel.e164)
                national = str(official.national_number)
                candidates = {national, channel.e164.lstrip("+")}
                if len(digits) >= 7 and any(
                        len(c) == len(digits) and 0 < _distance(digits, c) <= 2
                        for c in candidates):
                    reasons.append(Reason("lookalike", channel.value, profile))
        reasons.append(self.not_listed())
        if self.active is not None and self.active.phone_support in ("none", "unlisted"):
            code = "no-phone" if self.active.phone_support == "none" else "unlisted-phone"
            reasons.append(Reason(code, profile=self.active))
        kind: Literal["phone", "messaging"] = "messaging" if messaging else "phone"
        return Verdict(self.value, kind, details=_unique(reasons))

    @staticmethod
    def same_number(text: str, channel: Channel, profile: Profile) -> bool:
        import phonenumbers

        regions = [channel.region, profile.region]
        official = phonenumbers.parse(channel.e164 or "")
        regions.append(phonenumbers.region_code_for_number(official))
        if official.country_code == 86:
            regions.append("CN")  # short service numbers have no region of their own
        for region in dict.fromkeys(r for r in regions if r):
            try:
                number = phonenumbers.parse(text, region)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) == \
                    channel.e164:
                return True
        return False

    # -- accounts

    def handle(self, text: str, *, social_url: bool = False) -> Verdict:
        wanted = text.lower().lstrip("@")
        for profile in self.profiles:
            for channel in profile.channels:
                if channel.kind != "social" or not channel.value:
                    continue
                theirs = _social_key(channel.value)
                if theirs is None:
                    continue
                site, path = theirs
                if wanted in (f"{site}/{path}", path):
                    return Verdict(self.value, "link" if social_url else "handle", profile,
                                   channel)
        bare = wanted.split("/", 1)[-1] if social_url else wanted
        bare = bare.removeprefix("r/").removeprefix("@")
        reasons: list[Reason] = []
        imitated: set[str] = set()
        for profile in self.profiles:
            for channel in profile.channels:
                key = _social_key(channel.value) if channel.kind == "social" and \
                    channel.value else None
                if key is None:
                    continue
                path = key[1].removeprefix("r/")
                if 0 < _distance(_skeleton(bare), _skeleton(path)) <= 2 or (
                        _skeleton(bare) == _skeleton(path) and bare != path):
                    reasons.append(Reason("lookalike", channel.value, profile))
                    imitated.add(profile.name)
        for profile in self.profiles:
            if profile.name in imitated:
                continue
            for brand in _brands(profile):
                if _skeleton(brand) in _skeleton(bare):
                    reasons.append(Reason("name-inside", brand, profile))
                    break
        reasons.append(self.not_listed())
        return Verdict(self.value, "link" if social_url else "handle", details=_unique(reasons))

    def messaging(self, service: str) -> Verdict:
        return Verdict(self.value, "messaging", details=(
            Reason("messaging", detail=service), self.not_listed()))

    def not_listed(self) -> Reason:
        return Reason("not-listed", profile=self.active)


def _social_key(url: str | None) -> tuple[str, str] | None:
    from urllib.parse import urlsplit

    if not url:
        return None
    parts = urlsplit(url)
    site = _SOCIAL_HOSTS.get((parts.hostname or "").lower().removeprefix("www."))
    if site is None:
        return None
    return site, parts.path.strip("/").lower()


def _unique(reasons: list[Reason]) -> tuple[Reason, ...]:
    seen: dict[tuple[str, str | None, str | None, str | None], Reason] = {}
    for reason in reasons:
        owner = reason.profile.path if reason.profile is not None else None
        key = (reason.code, reason.official, owner, reason.detail)
        seen.setdefault(key, reason)
    return tuple(seen.values())


def check_contact(value: str, profiles: Sequence[Profile], active: Profile | None) -> Verdict:
    """Whether `value` is an official channel of `active` or of one of `profiles`, and if not, why.

    Matches are looked for in the active profile first. A value on an official
    domain matches even when it is no listed channel (``channel`` is then None).
    """
    text = value.strip().strip("<>\"'“”‘’").strip()
    check = _Check(text or value, profiles, active)
    low = text.lower()
    if not text:
        return Verdict(value, "unknown", details=(Reason("unrecognised"),))
    if low.startswith("mailto:"):
        text, low = text[7:], low[7:]
    if low.startswith("tel:"):
        text, low = text[4:], low[4:]
    for word, service in _MESSAGING_WORDS:
        if low.startswith(word) or (word.isalpha() and re.search(rf"\b{word}\b", low)):
            rest = re.sub(rf"(?i)\b{re.escape(word.rstrip(':'))}\b:?", "", text).strip(" :")
            if "://" in text or re.match(r"^[\w.-]+\.[a-z]{2,}/", low):
                return check.link(text)
            if _PHONE_CHARS.match(rest) and sum(c.isdigit() for c in rest) >= 5:
                return check.phone(rest, messaging=service)
            return check.messaging(service)
    email = _EMAIL.match(text)
    if email and "://" not in text:
        return check.email(text, email.group(1))
    if "://" in text or re.match(r"^[^\s@/]+\.[^\s@/.]{2,}(?:[/:?#]\S*)?$", text) and not \
            _PHONE_CHARS.match(text):
        return check.link(text)
    if _PHONE_CHARS.match(text) and sum(c.isdigit() for c in text) >= 3:
        return check.phone(text)
    if text.startswith("@") or (text.lower().startswith("r/") and _HANDLE.match(text[2:])):
        return check.handle(text)
    if _HANDLE.match(text) and not text.isdigit():
        return check.handle(text)
    return Verdict(value, "unknown", details=(Reason("unrecognised"),))
