"""Amounts and rates as people write them: one table of spellings, read by `read_number`."""

from __future__ import annotations

from decimal import Decimal

import pytest

from walletsupport.diagnosis.numbers import (
    NumberError,
    Reading,
    canonical,
    format_amount,
    read_number,
    spoken,
)

# (what a person types, value, currency, is a rate). One clear reading each.
CLEAR = [
    # English and Chinese habits: "," groups thousands, "." is the decimal point
    ("10000", "10000", None, False),
    ("10,000,000", "10000000", None, False),
    ("1,250.50", "1250.50", None, False),
    ("12.50", "12.50", None, False),
    ("0.5", "0.5", None, False),
    (".5", "0.5", None, False),
    ("1234.567", "1234.567", None, False),  # four digits before: no thousands group
    ("0.125", "0.125", None, False),  # a leading 0 cannot be a thousands group
    ("1.2345", "1.2345", None, False),
    ("12,345.6", "12345.6", None, False),
    # Continental habits: "." or spaces group thousands, "," is the decimal comma
    ("2.500,50 €", "2500.50", "EUR", False),
    ("1.250.000,5", "1250000.5", None, False),
    ("1.250.000", "1250000", None, False),
    ("0,5", "0.5", None, False),
    ("12,50", "12.50", None, False),
    ("1,5", "1.5", None, False),
    ("1 250,50", "1250.50", None, False),
    ("1\u00a0250,50 €", "1250.50", "EUR", False),  # no-break space
    ("1\u202f250,50", "1250.50", None, False),  # narrow no-break space
    ("1\u2009250.50", "1250.50", None, False),  # thin space
    ("1 250 000", "1250000", None, False),
    ("1 250,500", "1250.500", None, False),  # spaces group, so the comma is decimal
    ("1'250.50", "1250.50", None, False),  # Swiss apostrophe
    ("1’250.50 CHF", "1250.50", "CHF", False),
    ("CHF 1'000'000", "1000000", "CHF", False),
    # Indian grouping: three digits, then groups of two
    ("1,00,000", "100000", None, False),
    ("₹1,00,000", "100000", "INR", False),
    ("Rs 12,34,567.50", "1234567.50", "INR", False),
    # Signs and codes of other currencies, before or after
    ("1 250,50 zł", "1250.50", "PLN", False),
    ("R$ 1.250,50", "1250.50", "BRL", False),
    ("₺250", "250", "TRY", False),
    ("NZ$ 40", "40", "NZD", False),
    ("99,90 PLN", "99.90", "PLN", False),
    # Full-width digits and punctuation
    ("１２５０．５０元", "1250.50", "CNY", False),
    ("１２５０", "1250", None, False),
    ("１，２５０．５", "1250.5", None, False),
    ("￥１０００", "1000", "CNY", False),
    ("10，000元", "10000", "CNY", False),
    # Chinese numerals, everyday and financial, and mixed with digits
    ("一万元", "10000", "CNY", False),
    ("两千五百", "2500", None, False),
    ("两千五", "2500", None, False),
    ("一万二", "12000", None, False),
    ("一万零五百", "10500", None, False),
    ("三百五十块", "350", "CNY", False),
    ("十二点五", "12.5", None, False),
    ("零点五", "0.5", None, False),
    ("壹万贰仟", "12000", None, False),
    ("贰仟伍佰元整", "2500", "CNY", False),
    ("1.5万", "15000", None, False),
    ("1.5万元", "15000", "CNY", False),
    ("1.5 万元", "15000", "CNY", False),
    ("3千", "3000", None, False),
    ("3千元", "3000", "CNY", False),
    ("1万2", "12000", None, False),
    ("2亿", "200000000", None, False),
    ("三亿五千万", "350000000", None, False),
    ("12块5", "12.5", "CNY", False),
    ("三块五毛", "3.5", "CNY", False),
    ("五毛", "0.5", "CNY", False),
    ("5毛钱", "0.5", "CNY", False),
    ("一共一万元", "10000", "CNY", False),
    ("大约两万块钱", "20000", "CNY", False),
    # Rates (kept in percent)
    ("0.1%", "0.1", None, True),
    ("０．１％", "0.1", None, True),
    ("0,5 %", "0.5", None, True),
    ("千分之一", "0.1", None, True),
    ("万分之五", "0.05", None, True),
    ("百分之0.5", "0.5", None, True),
    ("百分之五", "5", None, True),
    ("百分之零点六", "0.6", None, True),
    ("5‰", "0.5", None, True),
    ("5‱", "0.05", None, True),
    ("10 bps", "0.1", None, True),
    ("25bp", "0.25", None, True),
    ("50 basis points", "0.5", None, True),
    ("0.6 percent", "0.6", None, True),
    ("2 per cent", "2", None, True),
    # Currencies before or after, signs and codes
    ("€12.50", "12.50", "EUR", False),
    ("12.50 €", "12.50", "EUR", False),
    ("$300", "300", "USD", False),
    ("US$ 300", "300", "USD", False),
    ("USD 300.50", "300.50", "USD", False),
    ("300 usd", "300", "USD", False),
    ("£99.99", "99.99", "GBP", False),
    ("¥10,000", "10000", "CNY", False),
    ("10000 CNY", "10000", "CNY", False),
    ("RMB 500", "500", "CNY", False),
    ("500 人民币", "500", "CNY", False),
    ("100 美元", "100", "USD", False),
    ("50 欧元", "50", "EUR", False),
    ("12.50 USDT", "12.50", "USDT", False),
    ("0.005 BTC", "0.005", "BTC", False),
    ("1.2340 BTC", "1.2340", "BTC", False),
    ("HK$ 88", "88", "HKD", False),
    ("¥10,000 (about)", "10000", "CNY", False),
    ("about 25 dollars", "25", "USD", False),
    ("₩5,000", "5000", "KRW", False),
    ("5.000 JPY", "5000", "JPY", False),  # yen have no decimals: the dot groups
    ("10,000 CNY", "10000", "CNY", False),  # no money is written 10.000 with a comma
    ("1,250 €", "1250", "EUR", False),
    ("10k", "10000", None, False),
    ("2w", "20000", None, False),  # Chinese shorthand: w for 万
    ("1.5w元", "15000", "CNY", False),
    ("1.000,- €", "1000", "EUR", False),
    ("CHF 1'250.–", "1250", "CHF", False),
    ("一萬兩千", "12000", None, False),
    ("3.5千", "3500", None, False),
    ("2.5k USD", "2500", "USD", False),
    ("1.2 million", "1200000", None, False),
]

# (typed, the readings in order: the likelier first)
AMBIGUOUS = [
    ("2.500", ["2.5", "2500"]),
    ("1,250", ["1250", "1.25"]),
    ("2.500 €", ["2500", "2.5"]),  # the Continent writes thousands with a dot
    ("1.250 元", ["1.25", "1250"]),  # 1.25 yuan, or 1,250 written the Continental way
    ("1.234 BTC", ["1.234", "1234"]),  # coins do have three decimals
    ("999,999", ["999999", "999.999"]),
    ("１，２５０", ["1250", "1.25"]),
    ("0.1,500", None),  # not a number at all: see INVALID
]

# (typed, why it is refused)
INVALID = [
    ("", "not-a-number"),
    ("abc", "not-a-number"),
    ("no idea", "not-a-number"),
    ("E1021", "not-a-number"),
    ("1,2,3", "not-a-number"),
    ("1.2.3,4,5", "not-a-number"),
    ("nan", "not-finite"),
    ("NaN", "not-finite"),
    ("inf", "not-finite"),
    ("-inf", "not-finite"),
    ("Infinity", "not-finite"),
    ("∞", "not-finite"),
    ("无穷大", "not-finite"),
    ("1e999", "too-large"),
    ("1e999999999", "too-large"),
    ("99999999999999999999", "too-large"),
    ("10000000000000000", "too-large"),
    ("1 000 000 000 000 000 000", "too-large"),
    ("一万亿亿", "too-large"),
    ("0.0000000000000000000000000000001", "too-many-digits"),
    ("-5", "negative"),
    ("−5", "negative"),
    ("负五十", "negative"),
    ("100 or 200", "two-numbers"),
    ("100 USD and 50 EUR", "two-currencies"),
    ("1000元 手续费 0.6%", "two-numbers"),
    ("5 10", "two-numbers"),        # not 510 grouped: two numbers, never "holds no number"
    ("5, 10", "two-numbers"),
    ("5 10%", "two-numbers"),
    ("12 345 67", "two-numbers"),
]


def _clear_cases() -> list[tuple[str, str, str | None, bool]]:
    return CLEAR


@pytest.mark.parametrize(("typed", "value", "currency", "rate"), _clear_cases(),
                         ids=[c[0] for c in _clear_cases()])
def test_clear_spellings_read_one_way(typed: str, value: str, currency: str | None,
                                      rate: bool) -> None:
    (reading,) = read_number(typed)
    assert reading.value == Decimal(value)
    assert reading.currency == currency
    assert reading.rate is rate


@pytest.mark.parametrize(("typed", "readings"), [a for a in AMBIGUOUS if a[1] is not None],
                         ids=[a[0] for a in AMBIGUOUS if a[1] is not None])
def test_ambiguous_spellings_give_every_reading_likelier_first(typed: str,
                                                              readings: list[str]) -> None:
    assert [r.value for r in read_number(typed)] == [Decimal(v) for v in readings]


@pytest.mark.parametrize(("typed", "code"), INVALID + [("0.1,500", "not-a-number")],
                         ids=[i[0] or "empty" for i in INVALID] + ["0.1,500"])
def test_invalid_spellings_say_why(typed: str, code: str) -> None:
    with pytest.raises(NumberError) as caught:
        read_number(typed)
    assert caught.value.code == code


def test_the_table_is_large() -> None:
    assert len(_clear_cases()) + len(AMBIGUOUS) + len(INVALID) >= 120


@pytest.mark.parametrize("typed", [c[0] for c in _clear_cases()] + ["2.500", "1,250"])
def test_the_stored_form_reads_back_alone_and_the_same(typed: str) -> None:
    first = read_number(typed)[0]
    again = read_number(canonical(first))
    assert len(again) == 1
    assert again[0].value == first.value
    assert again[0].currency == first.currency
    assert again[0].rate == first.rate


@pytest.mark.parametrize(("value", "currency", "lang", "places", "shown"), [
    ("12.5", "EUR", "en", 2, "€12.50"),
    ("12.5", "EUR", "zh", 2, "12.50 欧元"),
    ("12.5", "CNY", "en", 2, "¥12.50"),
    ("12.5", "CNY", "zh", 2, "12.50 元"),
    ("12.5", "USDT", "en", 2, "12.50 USDT"),
    ("12.5", "USDT", "zh", 2, "12.50 USDT"),
    ("-5", "USD", "en", 2, "-$5.00"),
    ("0.1", "CNY", "en", None, "¥0.10"),
    ("10000", None, "en", None, "10,000"),
    ("0.005", "BTC", "en", None, "0.005 BTC"),
])
def test_amounts_keep_their_currency(value: str, currency: str | None, lang: str,
                                     places: int | None, shown: str) -> None:
    assert format_amount(Decimal(value), currency, lang, places) == shown


@pytest.mark.parametrize(("value", "en", "zh"), [
    ("2500", "two thousand five hundred", "两千五百"),
    ("2.5", "two point five", "二点五"),
    ("1250", "one thousand two hundred fifty", "一千二百五十"),
    ("10500", "ten thousand five hundred", "一万零五百"),
    ("100000000", "one hundred million", "一亿"),
    ("12", "twelve", "十二"),
    ("0.05", "zero point zero five", "零点零五"),
    ("1001", "one thousand one", "一千零一"),
])
def test_readings_are_spelled_out_to_confirm(value: str, en: str, zh: str) -> None:
    assert spoken(Decimal(value), "en") == en
    assert spoken(Decimal(value), "zh") == zh


def test_readings_are_plain_data() -> None:
    assert Reading(Decimal(1)) == Reading(Decimal(1), None, False)


def test_the_readers_benchmark_runs_once_in_a_quick_mode() -> None:
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parent.parent / "benchmarks" / "readers.py"
    done = subprocess.run([sys.executable, str(script), "--repeat", "1"], capture_output=True,
                          text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert [line.split(" ms")[0].rsplit(" ", 1)[0].strip() for line in
            done.stdout.splitlines()] == ["everyday numbers", "everyday times",
                                         "2,000-character numbers", "2,000-character times"]
