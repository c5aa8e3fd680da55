"""Amounts and rates as people write them, read into exact `Decimal` values.

`read_number("2.500,50 €")` gives 2500.50 EUR; `read_number("千分之一")` a rate of
0.1 %. What is understood:

- separators: a decimal point or a decimal comma, thousands grouped by ``,`` ``.``
  spaces (also no-break and thin spaces) or apostrophes (``1'250.50``), and the Indian
  lakh grouping (``1,00,000``, ``12,34,567.50``) and words (``1.25 lakh``, ``2 crore``);
- full-width digits and punctuation (``１２５０．５０元``, ``０．１％``, ``，``);
- Chinese numerals, everyday and financial (``两千五百``, ``一万二``, ``十二点五``,
  ``壹万贰仟``), mixed with digits (``1.5万``, ``3千``), and ``12块5`` for 12.5;
- rates: ``%``, ``‰``, ``‱``, ``bps``, "percent", ``百分之…``, ``千分之…``, ``万分之…``
  (a rate's value is kept in percent);
- a currency sign or code before or after (``€ $ ¥ £ ₹ zł R$ 元 块 美元 USD USDT BTC RMB``…).

A single separator followed by exactly three digits (``2.500``, ``1,250``) can be a
thousands separator or a decimal one. That is ambiguous unless something settles it:
a leading 0 (``0.500``), more than three digits before it (``1234.567``), other
separators (``1 250,500``), or a currency without minor units (JPY, KRW). An
ambiguous answer comes back with every reading, the likelier first, and the caller
asks (or refuses). Nothing here does I/O.

Why not `cn2an`: it returns floats for decimals (and cuts them at 16 places with a
warning), and pulls in `proces`; amounts must be exact, so the converter is here.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache

from ..frozen import frozen
from ..patterns import lazy

__all__ = [
    "LIMIT",
    "NumberError",
    "Reading",
    "SumError",
    "canonical",
    "format_amount",
    "format_number",
    "read_number",
    "spoken",
]

#: The largest amount taken: a quadrillion is beyond any wallet balance.
LIMIT = Decimal(10) ** 15
_MAX_DIGITS = 30


class SumError(ValueError):  # here, not in `arithmetic`, so that neither imports the other
    """A sum that cannot be worked out; `code` says why (too-large, mixed-currencies...)."""

    def __init__(self, code: str) -> None:
        self.code = code
        super().__init__(code)


def format_number(value: Decimal, places: int | None = 2) -> str:
    """1234.5 → "1,234.50"; with `places=None`, as few decimals as the value needs."""
    if not value.is_finite():
        raise SumError("too-large")
    if places is None:
        if value == value.to_integral_value():
            return f"{int(value):,}"
        return f"{value.normalize():,f}"
    quantum = Decimal(1).scaleb(-places)
    return f"{value.quantize(quantum, rounding=ROUND_HALF_UP):,}"


class NumberError(ValueError):
    """An answer that holds no usable number; `code` names the reason."""

    def __init__(self, code: str) -> None:
        # not-a-number, not-finite, too-large, too-many-digits, negative, two-numbers,
        # two-currencies
        self.code = code
        super().__init__(code)


@frozen
class Reading:
    """One way to read an answer: a value, its currency, whether it is a rate (in %)."""

    value: Decimal
    currency: str | None = None
    rate: bool = False


_CN_DIGITS = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "壹": 1, "幺": 1, "二": 2, "贰": 2, "貳": 2,
    "两": 2, "兩": 2, "三": 3, "叁": 3, "參": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6,
    "陆": 6, "陸": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}
_CN_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_CN_BIG = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
_CN_POINT = "点點"
_CN_CHARS = "".join(_CN_DIGITS) + "".join(_CN_SMALL) + "".join(_CN_BIG) + _CN_POINT

# Currencies: what people write → a code. ¥ is read as yuan: the wallets here are Chinese.
_SYMBOLS = {"€": "EUR", "$": "USD", "¥": "CNY", "£": "GBP", "₿": "BTC", "₩": "KRW",
            "₹": "INR", "₽": "RUB", "₱": "PHP", "฿": "THB", "₫": "VND", "₺": "TRY", "₪": "ILS",
            "₦": "NGN", "₴": "UAH", "₸": "KZT", "₲": "PYG", "₵": "GHS", "₭": "LAK", "₮": "MNT"}
_WORDS = {
    "us$": "USD", "hk$": "HKD", "s$": "SGD", "a$": "AUD", "c$": "CAD", "nt$": "TWD",
    "rmb": "CNY", "cny": "CNY", "yuan": "CNY", "usd": "USD", "dollars": "USD", "dollar": "USD",
    "eur": "EUR", "euros": "EUR", "euro": "EUR", "gbp": "GBP", "pounds": "GBP", "jpy": "JPY",
    "yen": "JPY", "hkd": "HKD", "sgd": "SGD", "aud": "AUD", "cad": "CAD", "chf": "CHF",
    "krw": "KRW", "twd": "TWD", "inr": "INR", "usdt": "USDT", "usdc": "USDC", "btc": "BTC",
    "eth": "ETH", "bnb": "BNB", "sol": "SOL", "trx": "TRX", "dai": "DAI", "myr": "MYR",
    "thb": "THB", "php": "PHP", "vnd": "VND", "idr": "IDR", "rub": "RUB", "mop": "MOP",
    "nzd": "NZD", "nz$": "NZD", "pln": "PLN", "zł": "PLN", "zl": "PLN", "czk": "CZK",
    "kč": "CZK", "huf": "HUF", "sek": "SEK", "nok": "NOK", "dkk": "DKK", "brl": "BRL",
    "r$": "BRL", "mxn": "MXN", "mx$": "MXN", "zar": "ZAR", "aed": "AED", "sar": "SAR",
    "try": "TRY", "ils": "ILS", "ngn": "NGN", "kes": "KES", "pkr": "PKR", "bdt": "BDT",
    "uah": "UAH", "ars": "ARS", "clp": "CLP", "egp": "EGP", "rs": "INR", "isk": "ISK",
    "rupees": "INR", "rupee": "INR", "euro's": "EUR",
    "人民币": "CNY", "元人民币": "CNY", "块钱": "CNY", "元": "CNY", "块": "CNY", "圆": "CNY",
    "美元": "USD", "美金": "USD", "欧元": "EUR", "英镑": "GBP", "日元": "JPY", "円": "JPY",
    "港币": "HKD", "港元": "HKD", "新台币": "TWD", "台币": "TWD", "澳元": "AUD",
    "加元": "CAD", "新加坡元": "SGD", "韩元": "KRW", "泰铢": "THB", "卢布": "RUB",
    "比特币": "BTC", "以太坊": "ETH", "泰达币": "USDT", "澳门元": "MOP",
}
# One pattern for every word, longest first, so "元人民币" is not read as "元" and "人民币".
# Codes that are also English words count only right after the number ("250 try").
_AFTER_NUMBER_ONLY = {"try"}
_CURRENCY = lazy(__name__, "|".join(
    rf"(?<=\d)\s?{word}(?![a-z])" if word in _AFTER_NUMBER_ONLY
    else rf"(?<![a-z]){re.escape(word)}(?![a-z])" if word.isascii() and word[0].isalpha()
    else re.escape(word) for word in sorted(_WORDS, key=len, reverse=True)))
_NO_MINOR_UNITS = {"JPY", "KRW", "VND", "IDR", "CLP", "PYG", "ISK"}
_FIAT = {"CNY", "USD", "EUR", "GBP", "HKD", "SGD", "AUD", "CAD", "CHF", "TWD", "INR", "MYR",
         "THB", "PHP", "RUB", "MOP", "NZD", "PLN", "CZK", "SEK", "NOK", "DKK", "BRL", "MXN",
         "ZAR", "AED", "SAR", "TRY", "ILS", "NGN", "KES", "PKR", "BDT", "UAH", "ARS",
         "EGP", "GHS", "HUF", "KZT", "LAK", "MNT", "ISK"}
# "kr" (or "kr.") is the krona or krone of four countries: a code must say which.
_KRONA = lazy(__name__, r"(?<![a-z])kr\.?(?![a-z])")
_NORDIC = {"SEK", "NOK", "DKK", "ISK"}
# Words with a numeral in them that are not part of the number ("一共一万元").
_NOT_NUMBERS = lazy(__name__, r"一共|一笔|一次|一下|统一|一起|一般|第一|万一|一些|每笔|十分")
_RATE_WORDS = (("basis points", Decimal("0.01")), ("basis point", Decimal("0.01")),
               ("bps", Decimal("0.01")), ("bp", Decimal("0.01")), ("per cent", Decimal(1)),
               ("percent", Decimal(1)), ("pct", Decimal(1)), ("%", Decimal(1)),
               ("‰", Decimal("0.1")), ("‱", Decimal("0.01")))
_CN_RATE = lazy(__name__, r"(百|千|万|萬)分之")
_MULTIPLIERS = {"k": 1000, "w": 10_000, "thousand": 1000, "m": 10**6, "mn": 10**6, "mio": 10**6,
                "million": 10**6, "bn": 10**9, "billion": 10**9,
                # Indian words: "1.25 lakh INR" is 125,000 rupees, not 1.25 (a word left out).
                "lakh": 10**5, "lakhs": 10**5, "lac": 10**5, "lacs": 10**5, "crore": 10**7,
                "crores": 10**7}
_NOT_FINITE = lazy(__name__, r"(?<![a-z])(?:nan|inf|infinity|infinite|∞|无穷大?|无限)(?![a-z])")
_DIGIT_BLOB = lazy(__name__, r"[+\-−]?\d(?:[\d.,'’]|\s(?=\d))*(?:e[+\-]?\d+)?")
# Runs of digits and Chinese numerals; those holding a numeral are read as Chinese. One
# character class keeps the search linear on long answers.
_CN_RUN = lazy(__name__, rf"[{_CN_CHARS}\d.]+")
# 12块5, 三块五毛, 10元5角2分: yuan, then tenths (角/毛) and hundredths (分).
_YUAN_JIAO = lazy(__name__, r"(?<![\d零一二两三四五六七八九十百千万])"
                            r"(?P<whole>[\d零一二两三四五六七八九十百千万]++)(?:块|元)"
                            r"(?P<jiao>[0-9零一二两三四五六七八九])(?:毛|角)?"
                            r"(?:(?P<fen>[0-9零一二三四五六七八九])分)?(?:钱)?")


_JIAO_ONLY = lazy(__name__,
                  r"(?<![\d点.一二两三四五六七八九十百千万])([0-9一二两三四五六七八九])\s*"
                  r"(?:毛|角)(?:钱)?")


@lru_cache(maxsize=256)
def read_number(text: str) -> tuple[Reading, ...]:
    """Every plausible reading of `text`, the likelier first; `NumberError` when none.

    One reading means the answer is clear; more mean it is ambiguous and the
    user has to say which they meant. Remembered (a few hundred answers): the engine
    reads every number answer again on each step and for each advice's sums, and a
    reading is frozen and depends on the text alone. A text that is no number is read
    again each time (an exception is not remembered).
    """
    clean = _normalise(text)
    lowered = _NOT_NUMBERS.sub(" ", clean.lower())
    lowered = re.sub(r"(\d)\s+(?=[万萬亿億千百])", r"\1", lowered)  # 1.5 万 is 1.5万
    lowered = re.sub(r"(?<![\d.,])[.,](?=\d)", "0.", lowered)  # .5 is 0.5
    lowered = re.sub(r"(?<=\d)([.,])[-–—]+", r"\g<1>00", lowered)  # 1.000,- : no cents
    lowered = _YUAN_JIAO.sub(lambda m: f"{m.group('whole')}点{m.group('jiao')}"
                             f"{m.group('fen') or ''}元", lowered)
    lowered = _JIAO_ONLY.sub(lambda m: f"0点{m.group(1)}元", lowered)  # 五毛 is 0.5 yuan
    if _NOT_FINITE.search(lowered):
        raise NumberError("not-finite")
    currency, rest = _take_currency(lowered)
    scale, rest, rate = _take_rate(rest)
    negative = False
    rest = rest.strip()
    if rest.startswith(("-", "−", "负")):
        negative, rest = True, rest[1:]
    values = _read_core(rest, currency)
    readings = []
    for value in values:
        value = value * scale
        if negative:
            value = -value
        _check(value)
        readings.append(Reading(value, None if rate else currency, rate))
    return tuple(readings)


def _normalise(text: str) -> str:
    # NFKC turns full-width digits, ．，％￥ and no-break or thin spaces into plain ones.
    text = unicodedata.normalize("NFKC", text)
    return text.replace("’", "'").replace("＇", "'").replace("‘", "'").replace("−", "-")


def _take_currency(text: str) -> tuple[str | None, str]:
    # One scan: the words found, and the text with each replaced by a space.
    found: set[str] = set()
    pieces: list[str] = []
    at = 0
    for m in _CURRENCY.finditer(text):
        found.add(_WORDS[m.group(0).strip()])
        pieces += (text[at:m.start()], " ")
        at = m.end()
    if pieces:
        text = "".join(pieces) + text[at:]
    if "kr" in text and _KRONA.search(text):  # "2 500,50 kr" was refused as having no currency
        if not found & _NORDIC:
            raise NumberError("two-currencies" if found else "which-krona")
        text = _KRONA.sub(" ", text)
    for symbol, code in _SYMBOLS.items():
        if symbol in text:
            found.add(code)
            text = text.replace(symbol, " ")
    if len(found) > 1:
        raise NumberError("two-currencies")
    return (found.pop() if found else None), text


def _take_rate(text: str) -> tuple[Decimal, str, bool]:
    match = _CN_RATE.search(text)
    if match:
        per = {"百": Decimal(1), "千": Decimal("0.1"), "万": Decimal("0.01"),
               "萬": Decimal("0.01")}[match.group(1)]
        return per, text[: match.start()] + " " + text[match.end():], True
    for word, scale in _RATE_WORDS:
        pattern = re.escape(word) if not word[0].isalpha() else rf"(?<![a-z]){word}(?![a-z])"
        if re.search(pattern, text):
            return scale, re.sub(pattern, " ", text, count=1), True
    return Decimal(1), text, False


def _read_core(text: str, currency: str | None) -> list[Decimal]:
    """The readings of what is left once currency and rate words are taken away."""
    blobs = []
    for m in _CN_RUN.finditer(text):
        run = m.group(0)
        if any(c in _CN_CHARS for c in run):
            start = m.start() + len(run) - len(run.lstrip("."))
            blobs.append((start, m.start() + len(run.rstrip(".")), "cn"))
    taken = [(s, e) for s, e, _ in blobs]
    for m in _DIGIT_BLOB.finditer(text):
        if not any(s <= m.start() < e for s, e in taken):
            blobs.append((m.start(), m.end(), "digits"))
    if not blobs:
        raise NumberError("not-a-number")
    blobs.sort()
    if len(blobs) > 1:
        raise NumberError("two-numbers")
    start, end, kind = blobs[0]
    if start and text[start - 1].isascii() and text[start - 1].isalpha():
        raise NumberError("not-a-number")  # E1021 is an error code, not an amount
    blob = text[start:end].strip()
    after = text[end:].strip()
    multiplier = Decimal(1)
    word = re.match(r"[a-z]+", after)
    if word and word.group(0) in _MULTIPLIERS:
        multiplier = Decimal(_MULTIPLIERS[word.group(0)])
        after = after[word.end():]
    if re.search(r"\d", text[:start] + " " + after):
        raise NumberError("two-numbers")
    if kind == "cn":
        return [_chinese(blob) * multiplier]
    return [v * multiplier for v in _digits(blob, currency)]


def _digits(blob: str, currency: str | None) -> list[Decimal]:
    """A run of digits and separators: its readings, the likelier first."""
    blob = blob.lstrip("+")
    mantissa, _, exponent = blob.partition("e")
    if exponent:
        if len(exponent.lstrip("+-")) > 4 or abs(int(exponent)) > 100:
            raise NumberError("too-large" if not exponent.startswith("-") else "not-a-number")
        return [d * Decimal(10) ** int(exponent) for d in _digits(mantissa, currency)]
    grouped = bool(re.search(r"[\s']", blob))
    if grouped:
        # Spaces and apostrophes only ever group thousands: each group after them is 3 digits.
        parts = re.split(r"[\s']", blob)
        if not all(re.fullmatch(r"\d{3}(?:[.,]\d*)?", p) for p in parts[1:]) or \
                not re.fullmatch(r"\d{1,3}", parts[0]):
            # "5 10" is not 510 grouped by thousands: two numbers, and the user is asked
            # for one ("holds no number" would be untrue).
            raise NumberError("two-numbers" if re.search(r"\s", blob) else "not-a-number")
        blob = "".join(parts)
    points = [c for c in blob if c in ".,"]
    if not points:
        return [_decimal(blob)]
    if not grouped and _INDIAN.fullmatch(blob):
        return [_decimal(blob.replace(",", ""))]  # 1,00,000 (a lakh) or 12,34,567.50
    kinds = set(points)
    if len(kinds) == 2:
        decimal_mark = blob[max(blob.rfind("."), blob.rfind(","))]
        thousands = "," if decimal_mark == "." else "."
        if points.count(decimal_mark) > 1 or blob.rfind(thousands) > blob.rfind(decimal_mark):
            raise NumberError("not-a-number")
        return [_grouped(blob, thousands, decimal_mark)]
    mark = points[0]
    if len(points) > 1:
        return [_grouped(blob, mark, None)]  # 1,250,000 or 1.250.000
    whole, fraction = blob.split(mark)
    if not whole or not fraction:
        raise NumberError("not-a-number")
    as_decimal = _decimal(f"{whole}.{fraction}")
    if len(fraction) != 3 or grouped or whole.startswith("0") or len(whole) > 3:
        return [as_decimal]
    as_thousands = _decimal(whole + fraction)
    # Money in yen has no decimals, and no money is written "12,345" for 12.345: a comma
    # before three digits of a currency groups thousands. Crypto amounts do have three
    # decimals, and "1.250 元" may be a yuan and a quarter: those stay ambiguous.
    if currency in _NO_MINOR_UNITS or (mark == "," and currency in _FIAT):
        return [as_thousands]
    # Likelier first: "," groups thousands in English and Chinese; "." does on the Continent.
    continental = mark == "." and currency == "EUR"
    if mark == "," or continental:
        return [as_thousands, as_decimal]
    return [as_decimal, as_thousands]


def _grouped(blob: str, thousands: str, decimal_mark: str | None) -> Decimal:
    whole, _, fraction = blob.partition(decimal_mark) if decimal_mark else (blob, "", "")
    groups = whole.split(thousands)
    if not re.fullmatch(r"\d{1,3}", groups[0]) or \
            not all(re.fullmatch(r"\d{3}", g) for g in groups[1:]):
        raise NumberError("not-a-number")
    if decimal_mark and not fraction.isdigit():
        raise NumberError("not-a-number")
    return _decimal("".join(groups) + (f".{fraction}" if fraction else ""))


# Indian grouping: the last three digits, then groups of two (1,00,000; 12,34,567.50).
_INDIAN = lazy(__name__, r"\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?")


def _decimal(digits: str) -> Decimal:
    if len(digits.replace(".", "")) > _MAX_DIGITS:
        whole = digits.split(".")[0].lstrip("0")
        raise NumberError("too-large" if len(whole) > 15 else "too-many-digits")
    try:
        return Decimal(digits)
    except InvalidOperation:
        raise NumberError("not-a-number") from None


def _chinese(blob: str) -> Decimal:
    """Chinese numerals, alone or mixed with digits: 两千五百, 一万二, 1.5万, 十二点五."""
    for point in _CN_POINT:
        if point in blob:
            whole, _, fraction = blob.partition(point)
            if not fraction or any(c not in _CN_DIGITS and not c.isdigit() for c in fraction):
                raise NumberError("not-a-number")
            digits = "".join(str(_digit(c)) for c in fraction)
            return _chinese_integer(whole or "零") + _decimal(f"0.{digits}")
    return _chinese_integer(blob)


def _digit(char: str) -> int:
    return int(char) if char.isdigit() else _CN_DIGITS[char]


def _chinese_integer(text: str) -> Decimal:
    plain = re.fullmatch(r"[零〇○一二三四五六七八九]+", text)
    if plain and len(text) > 1:  # 一二五〇, read digit by digit
        return _decimal("".join(str(_CN_DIGITS[c]) for c in text))
    total = Decimal(0)  # the parts already closed by 万 or 亿
    section = Decimal(0)  # below the current 万
    number: Decimal | None = None  # the digits waiting for their unit
    single = False  # that number is one digit, right after a unit (两千五, 一万二, 1万2)
    last_unit = 0
    index = 0
    while index < len(text):
        char = text[index]
        after_unit = index > 0 and (text[index - 1] in _CN_SMALL or text[index - 1] in _CN_BIG)
        run = re.match(r"\d+(?:\.\d+)?", text[index:])
        if run or char in _CN_DIGITS:
            if run:
                value, size = _decimal(run.group(0)), run.end()
            else:
                value, size = Decimal(_CN_DIGITS[char]), 1
            if number is not None and not (number == 0):
                raise NumberError("not-a-number")  # 五五 or 5五 inside a number
            if value == 0 and not run:
                last_unit = 0  # 一万零五: what follows is not a shortened unit
                number, single = None, False
            else:
                number, single = value, after_unit and size == 1 and value == int(value)
            index += size
            continue
        if char in _CN_SMALL:
            unit = _CN_SMALL[char]
            section += (Decimal(1) if number is None else number) * unit
            last_unit = unit
        elif char in _CN_BIG:
            unit = _CN_BIG[char]
            section += number if number is not None else 0
            if unit > 10_000:
                total = ((total + section) or Decimal(1)) * unit
            elif section == 0 and total == 0:
                total = Decimal(unit)
            else:
                total += section * unit
            section = Decimal(0)
            last_unit = unit
        else:
            raise NumberError("not-a-number")
        number, single = None, False
        index += 1
    if number is not None:
        if single and last_unit >= 100:
            number *= Decimal(last_unit) / 10
        section += number
    return total + section


def _check(value: Decimal) -> None:
    if not value.is_finite():
        raise NumberError("not-finite")
    if abs(value) > LIMIT:
        raise NumberError("too-large")
    if value < 0:
        raise NumberError("negative")


def canonical(reading: Reading) -> str:
    """The reading written so that `read_number` gives it back alone: "2500.5 EUR", "0.1%".

    A fraction of exactly three digits gets a trailing 0 ("1.2340 BTC"), since
    "1.234" alone would be ambiguous.
    """
    digits = _plain(reading.value)
    whole, _, fraction = digits.partition(".")
    if len(fraction) == 3 and whole.lstrip("-") != "0":
        digits += "0"
    if reading.rate:
        return f"{digits}%"
    return f"{digits} {reading.currency}" if reading.currency else digits


def _plain(value: Decimal) -> str:
    text = f"{value.normalize():f}" if value != value.to_integral_value() else \
        f"{value.to_integral_value():f}"
    return "0" if text in ("-0", "") else text


_EN_SIGNS = {"EUR": "€", "USD": "$", "GBP": "£", "CNY": "¥"}
_ZH_NAMES = {"CNY": "元", "USD": "美元", "EUR": "欧元", "GBP": "英镑", "JPY": "日元",
             "HKD": "港元", "TWD": "新台币", "AUD": "澳元", "CAD": "加元", "SGD": "新加坡元",
             "KRW": "韩元"}


def minor_unit(currency: str | None) -> Decimal:
    """The smallest step money is counted in: 0.01 for most money, 0 for coins (and yen 1)."""
    if currency in _NO_MINOR_UNITS:
        return Decimal(1)
    if currency is None or currency in _FIAT:
        return Decimal("0.01")
    return Decimal(0)  # a coin: 0.0003 BTC is not rounding


def format_amount(value: Decimal, currency: str | None, lang: str, places: int | None) -> str:
    """An amount with its currency as readers of `lang` expect: €12.50, 12.50 元, 12.50 USDT."""
    if places is None and currency in _FIAT and value != value.to_integral_value():
        places = max(2, -int(value.normalize().as_tuple().exponent))  # ¥0.10, not ¥0.1
    if places is not None and currency is not None and currency not in _FIAT and value:
        # A coin counts far below two decimals: 0.0003 BTC, not 0.00 BTC (at most 8).
        places = max(places, min(8, -int(value.normalize().as_tuple().exponent)))
    number = format_number(abs(value), places)
    sign = "-" if value < 0 and format_number(value, places).startswith("-") else ""
    if currency is None:
        return sign + number
    if lang == "zh" and currency in _ZH_NAMES:
        return f"{sign}{number} {_ZH_NAMES[currency]}"
    if lang != "zh" and currency in _EN_SIGNS:
        return f"{sign}{_EN_SIGNS[currency]}{number}"
    return f"{sign}{number} {currency}"


_EN_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen"]
_EN_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_EN_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (1000, "thousand"))
_ZH_DIGITS = "零一二三四五六七八九"


def spoken(value: Decimal, lang: str) -> str:
    """A number in words, to confirm a reading: "two thousand five hundred", "两千五百"."""
    whole = int(abs(value))
    fraction = _plain(abs(value)).partition(".")[2]
    if lang == "zh":
        text = _zh_words(whole)
        if fraction:
            text += "点" + "".join(_ZH_DIGITS[int(d)] for d in fraction)
    else:
        text = _en_words(whole)
        if fraction:
            text += " point " + " ".join(_EN_ONES[int(d)] for d in fraction)
    return text


def _en_words(n: int) -> str:
    if n < 20:
        return _EN_ONES[n]
    if n < 100:
        return _EN_TENS[n // 10] + ("-" + _EN_ONES[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        return _EN_ONES[n // 100] + " hundred" + (" " + _en_words(rest) if rest else "")
    for size, name in _EN_SCALES:
        if n >= size:
            rest = n % size
            return _en_words(n // size) + f" {name}" + (" " + _en_words(rest) if rest else "")
    return str(n)  # pragma: no cover - every n >= 1000 meets a scale


def _zh_words(n: int) -> str:
    if n == 0:
        return "零"
    parts: list[str] = []
    for size, name in ((10**12, "万亿"), (10**8, "亿"), (10**4, "万"), (1, "")):
        chunk = (n // size) % (10**4 if size < 10**12 else 10**4)
        if chunk:
            if parts and chunk < 1000:
                parts.append("零")
            parts.append(_zh_small(chunk, leading=not parts) + name)
        elif parts and parts[-1] != "零" and n % size:
            parts.append("零")
    text = "".join(parts).rstrip("零")
    text = re.sub("零+", "零", text)
    return text[1:] if text.startswith("一十") else text


def _zh_small(n: int, *, leading: bool) -> str:
    out = ""
    zero = False
    for size, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = (n // size) % 10
        if digit:
            if zero and out:
                out += "零"
            # 两千五百 and 两百 at the head of a number; 一千二百 inside it.
            first = leading and not out
            word = "两" if digit == 2 and size in (1000, 100) and first else _ZH_DIGITS[digit]
            out += word + name
            zero = False
        else:
            zero = True
    return out
