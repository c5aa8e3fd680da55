"""Contact details in exports: phone numbers and e-mail addresses partly masked."""

from __future__ import annotations

import re

__all__ = ["mask_contact"]


_MOBILE_CN = re.compile(
    r"(?<![0-9A-Za-z+*])(?P<prefix>(?:\+86|0086|86)[ -]?)?"
    r"(?P<head>1[3-9]\d)(?P<sep1>[ -]?)(?P<middle>\d{4})(?P<sep2>[ -]?)(?P<tail>\d{4})"
    r"(?![0-9A-Za-z*])"
)
_PHONE_INTL = re.compile(
    r"(?<![0-9A-Za-z+*])\+(?P<country>\d{1,3})(?P<sep>[ -]?)"
    r"(?P<national>\d(?:[ -]?\d){6,13})(?![0-9A-Za-z*])"
)
_LANDLINE_CN = re.compile(
    r"(?<![0-9A-Za-z+*-])(?P<area>0\d{2,3})(?P<sep>[ -])(?P<number>\d{3,4}[ -]?\d{4})"
    r"(?![0-9A-Za-z*-])"
)
_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+-])(?P<local>[A-Za-z0-9][A-Za-z0-9._%+-]*)@"
    r"(?P<domain>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)"
)


def _star_digits(text: str, keep_head: int, keep_tail: int) -> str:
    """Replace the digits of `text` with stars, except the first and last few."""
    total = sum(char.isdigit() for char in text)
    seen = 0
    out: list[str] = []
    for char in text:
        if char.isdigit():
            seen += 1
            if keep_head < seen <= total - keep_tail:
                char = "*"
        out.append(char)
    return "".join(out)


def _mask_mobile(match: re.Match[str]) -> str:
    return (
        (match.group("prefix") or "")
        + match.group("head")
        + match.group("sep1")
        + "****"
        + match.group("sep2")
        + match.group("tail")
    )


def _mask_intl(match: re.Match[str]) -> str:
    national = match.group("national")
    digits = sum(char.isdigit() for char in national)
    keep_head = 3 if digits >= 10 else 0
    return f"+{match.group('country')}{match.group('sep')}{_star_digits(national, keep_head, 4)}"


def _mask_landline(match: re.Match[str]) -> str:
    number = match.group("number")
    return f"{match.group('area')}{match.group('sep')}{_star_digits(number, 0, 4)}"


def _mask_email(match: re.Match[str]) -> str:
    return f"{match.group('local')[0]}***@{match.group('domain')}"


def mask_contact(text: str) -> str:
    """Partly mask phone numbers and e-mail addresses, keeping them recognisable.

    Mobile numbers keep their first three and last four digits
    (``138****5678``, ``+86 138****5678``), landlines their area code and last
    four digits, other international numbers their country code, the first
    three digits of ten or more and the last four; e-mail addresses keep the
    first letter and the domain (``j***@example.com``). Short official hotlines
    (95188) and 400/800 numbers are kept, and digits inside longer strings
    (wallet addresses, order ids) are never taken for phone numbers.

    Args:
        text: Text that has already been through `redact`.

    Returns:
        The text with contact details partly masked.
    """
    text = _EMAIL.sub(_mask_email, text)
    text = _MOBILE_CN.sub(_mask_mobile, text)
    text = _PHONE_INTL.sub(_mask_intl, text)
    return _LANDLINE_CN.sub(_mask_landline, text)
