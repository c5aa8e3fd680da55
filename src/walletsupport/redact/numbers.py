"""Card numbers and identity documents: checksums decide, labels lift what has none.

* **Card numbers.** 13-19 digits, written together or in groups of 2 or more
  separated by single spaces, dashes or dots (full-width digits fold to ASCII
  first), that pass Luhn and start with a prefix issued to payment cards (3-6,
  9, or 2200-2204 and 2221-2720; 0, 1, 7, 8 are airline, petroleum, telecom and
  SIM numbers). The marker keeps the last four digits ("[card number removed,
  ending 4821]"), which support questions ask for. Longer digit strings
  (Alipay's and WeChat's 28-32 digit trade numbers, order ids) are never
  cards. A number is the order's own, and kept, only when an order word
  (order, trade, invoice, reference, ref, bill, 订单, 交易号, 流水, 单号...)
  stands right before it, with nothing between but spaces and at most eight of
  "#", ":", "=", "-", ".", "no", "nr", "number", "id", "is", "was", 号, 编号,
  是, 为. In a reference answer a card-like number with no card word within
  24 characters is a transaction id and kept. A number after "+" is a phone
  number.
* **Mainland resident IDs.** 18 characters (six digits, a birth date from 1800
  to 2099, three digits, a digit or X) with a valid ISO 7064 MOD 11-2 check
  digit, optionally grouped 6-8-4; after a label (身份证, 身份证号, ID card, ID
  number...) any 18-character or 15-digit number, since a mistyped check digit
  still identifies a person.
* **Hong Kong IDs.** One or two letters, six digits and a check digit (0-9 or
  A), usually in brackets ("A123456(3)"): masked when the check digit holds and
  it is bracketed or labelled.
* **Taiwan IDs.** A letter, 1/2 (or 8/9 for residents' certificates) and eight
  digits whose weighted checksum holds ("A123456789").
* **Passports.** After passport, 护照, 護照 (and "number", 号码, ":"...): one
  or two optional letters and 6-9 digits, or 6-9 letters and digits with at
  least five digits.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate

from .core import (
    Finding,
    Scan,
    context_after,
    context_before,
    find_all,
    lazy,
    leading,
    register,
    words,
)

__all__: list[str] = []

# Patterns that open with a lookbehind are written digit (or letter) first, the
# lookbehind after it over two characters: a pattern that opens with a
# character class lets the regex engine skip to the next such character in C
# instead of trying every position (tests/test_redact_equivalence.py keeps the
# first forms and checks the matches are the same).
_ID_NUMBER = re.compile(
    r"[1-9](?<![0-9A-Za-z][1-9])\d{5}[ -]?(?:18|19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
    r"[ -]?\d{3}[0-9Xx](?![0-9A-Za-z])"
)
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_FILLER = r"(?:[\s#:=.\-]|(?i:no|nr|num|number|is|was)(?![A-Za-z])|号码|號碼|号|號|是|为|為){0,10}"
_ID_LABELLED = leading(
    "(?i:[in])|[身居证證]",
    r"(?:身份证|身份證|居民身份证|证件|證件|(?i:"
    + words(r"id\s*card", r"id\s*number", r"id\s*no", "national id", "identity card", "nric")
    + "))"
    + _FILLER
    + r"(?P<value>\d{6}[ -]?\d{8}[ -]?\d{3}[0-9Xx]|\d{15})(?![0-9A-Za-z])",
    module=__name__,
)
_HK_ID = re.compile(
    r"(?P<letters>[A-Z](?<![0-9A-Za-z][A-Z])[A-Z]?)(?P<digits>\d{6})\s?"
    r"(?:\((?P<bracketed>[0-9A])\)|(?P<bare>[0-9A]))(?![0-9A-Za-z])"
)
_HK_LABEL = lazy(__name__, r"(?i:hkid|hong\s*kong\s*id|\bid\b)|香港身份证|香港身份證|身份证|身份證")
_TW_ID = re.compile(r"[A-Z](?<![0-9A-Za-z][A-Z])[1289]\d{8}(?![0-9A-Za-z])")
_TW_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"  # 10, 11, ... 35 in this order
_PASSPORT = leading(
    "(?i:p)|[护護台臺港回往]",
    # Travel permits of Hong Kong, Macau and Taiwan residents are numbered like passports.
    r"(?:护照|護照|台胞证|臺胞證|台胞證|港澳通行证|港澳通行證|回乡证|回鄉證|往来港澳通行证|(?i:"
    + words("passports?", r"passport\s*(?:no|number|#)")
    + "))"
    + _FILLER
    + r"(?P<value>[A-Za-z]{0,2}\d{6,9}|(?=(?:[A-Za-z]*\d){5})[A-Za-z0-9]{6,9})(?![0-9A-Za-z])",
    module=__name__,
)


def _id_check_ok(number: str) -> bool:
    digits = re.sub(r"[ -]", "", number).upper()
    total = sum(int(d) * w for d, w in zip(digits[:17], _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11] == digits[17]


def _hk_check_ok(letters: str, digits: str, check: str) -> bool:
    values = [36] * (2 - len(letters)) + [ord(c) - 55 for c in letters] + [int(d) for d in digits]
    total = sum(v * w for v, w in zip(values, range(9, 1, -1), strict=True))
    return (11 - total % 11) % 11 == (10 if check == "A" else int(check))


def _tw_check_ok(value: str) -> bool:
    code = _TW_LETTERS.index(value[0]) + 10
    digits = [int(d) for d in value[1:]]
    weights = (8, 7, 6, 5, 4, 3, 2, 1)
    total = code // 10 + (code % 10) * 9 + sum(d * w for d, w in zip(digits, weights, strict=False))
    return (total + digits[8]) % 10 == 0


@register(
    "id-document",
    "id-number",
    cues=("身份证", "ID card", "HKID", "passport", "护照"),
    validator="check digits (mainland MOD 11-2, Hong Kong, Taiwan); a label lifts the rest",
)
def _id_numbers(scan: Scan) -> Iterable[Finding]:
    view = scan.view
    for match in _ID_NUMBER.finditer(view):
        if _id_check_ok(match.group()):
            yield Finding(
                match.start(),
                match.end(),
                "id-number",
                "id-document",
                "mainland resident ID, check digit valid",
            )
    # Every label holds one of these ("ID\tnumber" and "id  card" too).
    labelled = scan.mentions("身份", "证件", "證件", "id", "nric")
    for match in find_all(_ID_LABELLED, view) if labelled else ():
        yield Finding(
            match.start("value"),
            match.end("value"),
            "id-number",
            "id-document",
            "an ID-shaped number after an ID label",
        )
    for match in _HK_ID.finditer(view):
        check = match.group("bracketed") or match.group("bare")
        if not _hk_check_ok(match.group("letters"), match.group("digits"), check):
            continue
        if match.group("bracketed") or _HK_LABEL.search(context_before(view, match.start(), 24)):
            yield Finding(
                match.start(),
                match.end(),
                "id-number",
                "id-document",
                "Hong Kong ID, check digit valid",
            )
    for match in _TW_ID.finditer(view):
        if _tw_check_ok(match.group()):
            yield Finding(
                match.start(), match.end(), "id-number", "id-document", "Taiwan ID, checksum valid"
            )
    for match in find_all(_PASSPORT, view) if scan.mentions(
        "passport", "护照", "護照", "胞证", "胞證", "通行证", "通行證", "回乡证", "回鄉證"
    ) else ():
        yield Finding(
            match.start("value"),
            match.end("value"),
            "id-number",
            "id-document",
            "a number after a passport label",
        )


_DIGIT_GROUPS = re.compile(
    r"\d(?<![0-9A-Za-z+]\d)(?<!\d[.,]\d)\d*(?:[ .-]\d+)*(?![0-9A-Za-z])"
)
_ORDER_WORDS = (
    "(?i:"
    + words("order", "orders", "trade", "invoice", "tracking", "reference", "ref", "bill")
    + ")|订单|訂單|交易号|交易號|流水|单号|單號|商户单号|账单|帳單"
)
# What may stand between an order word and its number: "order #", "trade no. ",
# "订单号：", "order number is ". Words ("with", "card", "用") may not.
_ORDER_FILLER = r"[\s#:=.\-]|(?i:no|nr|num|number|id|is|was)(?![A-Za-z])|号|號|编号|編號|是|为|為"
_ORDER_RIGHT_BEFORE = lazy(__name__, rf"(?:{_ORDER_WORDS})(?:{_ORDER_FILLER}){{0,8}}$")
_CARD_WORDS = lazy(
    __name__,
    "(?i:" + words("card", "cards", "visa", "mastercard", "unionpay", "amex") + ")"
    "|卡号|卡號|银行卡|銀行卡|信用卡|储蓄卡|儲蓄卡|借记卡|借記卡|银联|銀聯|卡"
)


# A card word right before the number: "卡号 6217…", "card number: 4111…", "银行卡是…".
_CARD_RIGHT_BEFORE = lazy(
    __name__,
    "(?:(?i:" + words("card", "visa", "mastercard", "unionpay", "amex") + ")"
    "|卡号|卡號|银行卡|銀行卡|信用卡|储蓄卡|儲蓄卡|借记卡|借記卡|银联卡|銀聯卡)"
    r"(?:[\s#:=.\-]|(?i:no|nr|num|number|is|was)(?![A-Za-z])|号|號|是|为|為|：){0,6}$"
)


def _unionpay_shape(digits: str, groups: list[str]) -> bool:
    """A UnionPay card written as cards are: 62, 16-19 digits, in groups of four.

    UnionPay issues cards whose numbers do not all pass Luhn; written in fours they
    are a card, not an order number (those are longer, or written in one piece).
    """
    return (digits.startswith("62") and 16 <= len(digits) <= 19 and len(groups) >= 4
            and all(len(g) == 4 for g in groups[:-1]) and 1 <= len(groups[-1]) <= 4)


# A group of 2+ digits whose first may open a card.
_CARD_HEAD = re.compile(r"[2-69](?<!\d[2-69])\d")
_ONE_DIGIT_GROUP = re.compile(r"(?<!\d)\d(?!\d)")
_LUHN_DOUBLED = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)  # a doubled digit, its digits added
_DIGITS_SPLIT = re.compile(r"(\d+)")


def _luhn_ok(digits: str) -> bool:
    # Every second digit from the right is doubled: sums over two slices, no per-digit branch.
    total = sum(map(int, digits[-1::-2])) + sum(
        map(_LUHN_DOUBLED.__getitem__, map(int, digits[-2::-2])))
    return total % 10 == 0


class _LuhnSums:
    """Luhn sums of every run of whole groups of a number, each in O(1).

    Two prefix sums over all the digits, one doubling the digits at even
    positions and one those at odd positions: the digits of a span are
    doubled every second one counting from its last, so the parity of its end
    says which sum applies. Checking each card-sized window of a long run of
    digit groups ("41 41 41 ...") so costs a subtraction, not a pass over it.
    """

    __slots__ = ("digits", "even", "odd", "offsets")

    def __init__(self, parts: list[str]) -> None:
        self.digits = "".join(parts)
        values = list(map(int, self.digits))
        even, odd = values[:], values[:]
        even[0::2] = map(_LUHN_DOUBLED.__getitem__, values[0::2])
        odd[1::2] = map(_LUHN_DOUBLED.__getitem__, values[1::2])
        self.even = list(accumulate(even, initial=0))
        self.odd = list(accumulate(odd, initial=0))
        self.offsets = list(accumulate(map(len, parts), initial=0))

    def ok(self, first: int, stop: int) -> bool:
        """Whether the digits of parts[first:stop] pass Luhn."""
        low, high = self.offsets[first], self.offsets[stop]
        # The last digit (index high - 1) is not doubled, the one before it is...
        sums = self.odd if high % 2 else self.even
        return (sums[high] - sums[low]) % 10 == 0


def _card_prefix_ok(digits: str) -> bool:
    first = digits[0]
    if first in "34569":
        return True
    if first == "2":
        head = int(digits[:4])
        return 2200 <= head <= 2204 or 2221 <= head <= 2720
    return False


@register(
    "card-number",
    "card-number",
    cues=("card", "visa", "mastercard", "unionpay", "卡号", "银行卡"),
    validator="13-19 digits with an issuer prefix: Luhn valid, or right after a card word, or "
    "UnionPay's 62 in groups of four; an order word right before keeps it",
)
def _card_numbers(scan: Scan) -> Iterable[Finding]:
    view, reference = scan.view, scan.reference
    for match in _DIGIT_GROUPS.finditer(view):
        run = match.group()  # once: a copy per group made a long run quadratic
        if _CARD_HEAD.search(run) is None:
            continue  # no group may start a card ("1-1-1-..."): nothing to split and sum
        # Separators and groups in turn: group k is piece 2k + 1 and spans
        # edges[2k + 1]:edges[2k + 2] of the run (strings and ints only: a long
        # run makes no tuple per group for the garbage collector to walk).
        pieces = _DIGITS_SPLIT.split(run)
        parts = pieces[1::2]
        if len(parts) == 1 and len(run) < 13:
            continue  # too short for a card
        edges = list(accumulate(map(len, pieces), initial=0))
        base = match.start()
        found: list[tuple[int, int, str]] = []
        luhn = _LuhnSums(parts)
        offsets = luhn.offsets  # digits before each group
        # Only a group of 2+ digits opening with 2-6 or 9 starts a card (a one-digit
        # group is never followed by more): found in C, so that a run of other
        # groups ("1-1-1-...") costs no Python per group.
        for head in _CARD_HEAD.finditer(run):
            i = (bisect_right(edges, head.start()) - 2) // 2  # group i is piece 2i + 1
            low = offsets[i]
            # The window: this group and the next ones of 2+ digits, while fewer
            # than 20 digits came before: groups i .. stop - 1.
            stop = min(bisect_right(offsets, low + 19), len(parts))
            # A one-digit group among groups i + 1 .. stop - 1 ends the window there.
            short = _ONE_DIGIT_GROUP.search(run, edges[2 * i + 2], edges[2 * stop])
            if short is not None:
                stop = min(stop, (bisect_right(edges, short.start()) - 2) // 2)
            stop = max(i + 1, stop)
            if offsets[stop] - low < 13 or not _card_prefix_ok(luhn.digits[low : low + 4]):
                continue
            start = base + edges[2 * i + 1]
            # A card word can stand right before the first group only: before any
            # other stand a digit and a separator, and no card word or filler
            # ends in a digit. Read only when Luhn fails.
            labelled: bool | None = None if i == 0 else False
            unionpay = luhn.digits.startswith("62", low)  # what `_unionpay_shape` asks first
            # The readings of 13 to 19 digits: groups i .. k - 1.
            for k in range(max(i + 1, bisect_left(offsets, low + 13)), stop + 1):
                count = offsets[k] - low
                if count > 19:
                    break
                if luhn.ok(i, k):
                    found.append((start, base + edges[2 * k], "Luhn valid"))
                    continue
                if labelled is None:
                    labelled = bool(_CARD_RIGHT_BEFORE.search(context_before(view, start, 16)))
                if labelled:
                    # "卡号 6217 0000 1234 5678 901": a card word says what it is, and a
                    # mistyped digit (or a card that skips Luhn) does not make it public.
                    found.append((start, base + edges[2 * k], "after a card word"))
                elif unionpay and _unionpay_shape(luhn.digits[low : low + count], parts[i:k]):
                    found.append((start, base + edges[2 * k], "UnionPay 62, grouped"))
        # Every valid reading is yielded; overlapping ones merge later, so a
        # longer number that starts before a card cannot leave its end visible.
        for start, end, why in found:
            if _ORDER_RIGHT_BEFORE.search(context_before(view, start, 24)):
                continue  # the number is the order's own
            if reference and not (
                _CARD_WORDS.search(context_before(view, start, 24))
                or _CARD_WORDS.search(context_after(view, end, 24))
            ):
                continue  # an answer about a payment: a transaction id
            digits = re.sub(r"\D", "", view[start:end])
            yield Finding(
                start,
                end,
                "card-number",
                "card-number",
                f"{len(digits)} digits, {why}",
                last4=digits[-4:],
            )
