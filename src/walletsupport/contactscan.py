"""Find contact details in a text, also when they are written to slip past a plain check.

Flow texts may hold no contact detail at all (those come only from verified
profiles), and a profile's labels, notes and warnings may hold only what its
channels list. A text written to sneak a scam number past that rule disguises
it: digits in groups with dots, slashes or spaces (``138.0013.8000``),
full-width digits (``１３８``), zero-width characters inside, Chinese numerals
read out digit by digit (``一三八〇〇一三八〇〇〇``), ``＠`` or ``[at]`` for ``@``,
``[dot]`` or ``。`` for a dot, a bare IP address, or a site with no ``www.`` or
``https://`` (``wallet.support``, ``secure-wallet-help.xyz``).

`find_contacts` first undoes those disguises (`unmask`), then looks for links,
emails, handles, IP addresses, domain-like words and phone numbers. Every step
is linear in the length of the text: patterns have no nested quantifiers, and
anything that needs context (the name before a ``.com``, the mailbox before an
``@``) is read from a bounded window around a fixed anchor. Flow files may be
1 MiB; validating one must not take minutes.

What it does not catch is listed in docs/faults.md: numbers spelt out in
English words, a number split across two fields, text inside an image.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Literal

from .frozen import frozen

__all__ = ["Contact", "find_contact", "find_contacts", "unmask"]

Kind = Literal["link", "email", "handle", "ip", "domain", "phone"]


@frozen
class Contact:
    """One contact detail found in a text: what kind, and how it reads once unmasked."""

    kind: Kind
    value: str


# --------------------------------------------------------------------------- unmasking

# Invisible characters that can sit inside a number or a name without showing.
_INVISIBLE = re.compile("[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180e"
                        "\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff"
                        "\uffa0]")
# Chinese numerals as a number is read out, one digit at a time (幺 is "one" on the phone).
_HANZI_DIGITS = "〇零一二三四五六七八九幺壹贰貳叁參肆伍陆陸柒捌玖"
_HANZI_VALUE = str.maketrans(_HANZI_DIGITS, "001234567891122334566789")
# Five numerals or more, with at most separators between them: read as digits.
_HANZI_RUN = re.compile(f"[{_HANZI_DIGITS}][{_HANZI_DIGITS}\\s\\-./_~·、，,()\u2010-\u2015]{{4,}}")
# A dot written another way between two letters or digits: 。 ． · • ∙ ｡
_DOT_LOOKALIKE = re.compile("(?<=[A-Za-z0-9])[\u3002\uff0e\u00b7\u2022\u2219\uff61\u30fb]"
                            "(?=[A-Za-z0-9])")
_SPELT_DOT = re.compile(r"(?<=[A-Za-z0-9])\s?[\[({<]\s?(?:dot|点|\.)\s?[\])}>]\s?(?=[A-Za-z0-9])",
                        re.IGNORECASE)
_SPELT_AT = re.compile(r"(?<=[A-Za-z0-9])\s?[\[({<]\s?(?:at|艾特)\s?[\])}>]\s?(?=[A-Za-z0-9])",
                       re.IGNORECASE)


def _hanzi_run(match: re.Match[str]) -> str:
    run = match.group()
    digits = sum(c in _HANZI_DIGITS for c in run)
    return run.translate(_HANZI_VALUE) if digits >= 5 else run


def unmask(text: str) -> str:
    """`text` with the usual disguises undone, so that a plain search finds what it hides.

    Full-width forms become ASCII, invisible characters go, Chinese numerals read
    digit by digit become digits, ``[dot]`` or ``。`` become ".", ``[at]`` or ``＠`` "@".
    """
    text = unicodedata.normalize("NFKC", text)  # full-width digits, letters, ＠ and ．
    text = _INVISIBLE.sub("", text)
    if any(c in _HANZI_DIGITS for c in text):
        text = _HANZI_RUN.sub(_hanzi_run, text)
    text = _DOT_LOOKALIKE.sub(".", text)
    low = text.lower()
    # Cheap checks first: most texts spell out neither a dot nor an at.
    if "dot" in low or "点" in text or "[." in text or "(." in text:
        text = _SPELT_DOT.sub(".", text)
    if "at" in low or "艾特" in text:
        text = _SPELT_AT.sub("@", text)
    return text


# --------------------------------------------------------------------------- finding

# Any scheme (hxxps:// too, as links are "defanged"), www., and app links.
_SCHEME = re.compile(r"\b[a-z][a-z0-9+.\-]{1,15}://|\bwww\.|\b(?:tel|mailto|whatsapp|tg|weixin|sms):",
                     re.IGNORECASE)
_MESSAGING_WORDS = ("微信", "wechat", "weixin", "vx", "qq", "telegram", "whatsapp", "skype",
                    "line", "signal", "kakao", "飞机", "电报")
# A messaging account given by name: "微信号：kefu888", "WeChat ID: wallet_help", "加微信 kefu888".
_MESSAGING = re.compile(r"(?:(?:微信|wechat|weixin|vx|qq|telegram|whatsapp|skype|line|signal|"
                        r"kakao|飞机|电报)\s?(?:号|id|账号|帐号)?\s?[:：]|加(?:微信|vx|qq|飞机))\s?"
                        r"([A-Za-z0-9][\w\-]{4,})", re.IGNORECASE)
# Only an @ with a name character on either side can start an email or a handle.
_AT = re.compile(r"(?<=[A-Za-z0-9._%+\-])@|@(?=[A-Za-z0-9_])")
_MAILBOX_BACK = re.compile(r"[A-Za-z0-9._%+\-]{1,64}")  # read backwards from the @
_MAIL_DOMAIN = re.compile(r"[\w\-.]{1,253}")
_HANDLE = re.compile(r"@[A-Za-z_]\w{2,}")
_IPV4 = re.compile(r"(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.])")
_IPV6_RUN = re.compile(r"(?<![\w:])[0-9A-Fa-f:]{6,39}(?![\w:])")
_LABEL_BACK = re.compile(r"[a-z0-9\-.]{1,253}")  # a host name read backwards from its ending
# Endings seen on scam sites and on real ones; two-letter country endings are added below.
_ENDINGS = (
    "com net org info biz io me app co xyz top online site support help helpdesk service "
    "services wallet finance financial money bank pay cash crypto exchange link click live vip "
    "shop store club tech cloud ai gg tv cc ws pw icu cyou buzz win bid loan loans work asia "
    "global digital network systems solutions center centre agency email mail chat ltd company "
    "group page one pro mobi name tk ml ga cf gq su ly to nu fun space website web host press "
    "today world zone life news security secure safe care contact call tel team official "
    "trade trading market markets capital fund investments credit claims cards download "
    "gov edu int")
_TWO_LETTER_SKIP = {"eg", "ie", "am", "pm", "vs", "ok", "no", "js", "py", "md"}


@cache
def _ending_pattern() -> re.Pattern[str]:
    words = sorted(set(_ENDINGS.split()), key=lambda w: (-len(w), w))
    # Any two letters (country endings) after the named ones; checked against a skip list.
    # Not an ending when the name goes on: help.paypal.com.evil.xyz ends in .xyz.
    return re.compile(r"\.(" + "|".join(words) + r"|[a-z]{2})(?![a-z0-9\-]|\.[a-z0-9])")


_PHONE_RUN = re.compile(r"\+?\(?\d[\d \-./()\u00b7,_~\u2010-\u2015\u2212]*")
_DIGIT_GROUPS = re.compile(r"\d+")
_DATE = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{1,2}:\d{2}")
_CURRENCY_BEFORE = re.compile(r"[¥$€£₩₹]|(?:CNY|USD|EUR|GBP|HKD|RMB|USDT)\s?\Z")
_UNIT_AFTER = re.compile(r"\s?(?:元|块|万|亿|美元|港元|欧元|英镑|%|％|‰|x\b|×|倍|"
                         r"CNY|USD|EUR|GBP|HKD|RMB|USDT|ETH|BTC|[¥$€£])")
_MATH_AFTER = re.compile(r"\)?\s{0,3}[×÷−=*+]")
_MATH_BEFORE = re.compile(r"[×÷−=*+]\s{0,3}\Z")
# Figures, not numbers to call: 10,000.50 and 10.000,50 in thousands; 12345.67, 0.001234.
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_DECIMAL = re.compile(r"(\d+)[.,](\d+)")

_MIN_DIGITS = 5  # 95588-style hotlines have five
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def find_contacts(text: str) -> list[Contact]:
    """Every contact detail `text` holds, disguised or not, in the order found."""
    plain = unmask(text)
    low = plain.translate(_ASCII_LOWER)  # the same length, so positions agree
    found: list[Contact] = []
    taken = bytearray(len(plain))  # characters already reported: a link is not also a phone

    def add(kind: Kind, start: int, end: int) -> None:
        if taken.find(1, start, end) != -1:
            return
        taken[start:end] = b"\x01" * (end - start)
        found.append(Contact(kind, plain[start:end].strip().rstrip(".,;:!?")))

    for match in _SCHEME.finditer(low):
        end = match.end()
        while end < len(low) and not low[end].isspace() and end - match.start() < 300:
            end += 1
        add("link", match.start(), end)
    for match in _AT.finditer(low):
        at = match.start()
        back = _MAILBOX_BACK.match(low[max(0, at - 64):at][::-1])
        forward = _MAIL_DOMAIN.match(low, at + 1)
        host = forward.group().strip(".") if forward else ""
        if back and "." in host and _ending_pattern().search("." + host.rsplit(".", 1)[-1]):
            add("email", at - back.end(), at + 1 + len(host))
            continue
        if back is None and "." in host and _ending_pattern().search("." + host.rsplit(".", 1)[-1]):
            add("domain", at + 1, at + 1 + len(host))  # "mail from @example.com": a domain
            continue
        handle = _HANDLE.match(plain, at)
        if handle and (at == 0 or not (plain[at - 1].isalnum() or plain[at - 1] == "@")):
            add("handle", at, handle.end())
    if any(word in low for word in _MESSAGING_WORDS):
        for match in _MESSAGING.finditer(plain):
            add("handle", match.start(1), match.end(1))
    for match in _IPV4.finditer(low):
        if all(int(part) <= 255 for part in match.group().split(".")):
            add("ip", match.start(), match.end())
    if "::" in low or low.count(":") >= 5:
        import ipaddress

        for match in _IPV6_RUN.finditer(low):
            candidate = match.group()
            if candidate.count(":") < 2:
                continue
            try:
                ipaddress.IPv6Address(candidate)
            except ValueError:
                continue
            add("ip", match.start(), match.end())
    for match in _ending_pattern().finditer(low):
        ending = match.group(1)
        if len(ending) == 2 and ending in _TWO_LETTER_SKIP:
            continue
        back = _LABEL_BACK.match(low[max(0, match.start() - 253):match.start()][::-1])
        if back is None:
            continue
        name = back.group()[::-1].lstrip(".-")
        start = match.start() - len(name)
        short = len(name) < 2 and low[match.end():match.end() + 1] != "/"  # t.me/x counts
        if not any(c.isalpha() for c in name) or short:
            continue
        if start > 0 and low[start - 1] in "@/\\":
            continue  # part of an email or a path already looked at
        add("domain", start, match.end())
    for match in _PHONE_RUN.finditer(plain):
        for start, end in _phone_spans(plain, match.start(), match.end()):
            add("phone", start, end)
    return found


def _phone_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of one run of digits and separators that read as a phone number."""
    # Groups of digits; a gap of more than three separators ends a number.
    groups = [(m.start() + start, m.end() + start)
              for m in _DIGIT_GROUPS.finditer(text[start:end])]
    spans: list[list[tuple[int, int]]] = []
    for group in groups:
        if spans and group[0] - spans[-1][-1][1] <= 3:
            spans[-1].append(group)
        else:
            spans.append([group])
    found: list[tuple[int, int]] = []
    for parts in spans:
        first, last = parts[0][0], parts[-1][1]
        if first > 0 and text[first - 1] in "+(":
            first -= 1
        found += _phone_or_not(text, first, last)
    return found


def _phone_or_not(text: str, start: int, end: int) -> list[tuple[int, int]]:
    candidate = text[start:end]
    digits = sum(c.isdigit() for c in candidate)
    if digits < _MIN_DIGITS:
        return []
    # Dates and times inside: what is left on either side is looked at on its own.
    date = _DATE.search(candidate)
    if date is not None:
        return (_phone_or_not(text, start, start + date.start())
                + _phone_or_not(text, start + date.end(), end))
    decimal = _DECIMAL.fullmatch(candidate)
    if _THOUSANDS.fullmatch(candidate) or (decimal is not None and (
            len(decimal.group(1)) <= 2 or len(decimal.group(2)) <= 2)):
        # An amount or a figure (10,000; 12345.67; 0.001234); 138.00138000 is not one.
        return []
    before = text[max(0, start - 6):start]
    if _CURRENCY_BEFORE.search(before) or _UNIT_AFTER.match(text, end):
        return []
    if _MATH_AFTER.match(text, end) or _MATH_BEFORE.search(before):
        return []
    return [(start, end)]


def find_contact(text: str) -> str | None:
    """The first contact detail `text` holds (as it reads once unmasked), if any."""
    found = find_contacts(text)
    return found[0].value if found else None
