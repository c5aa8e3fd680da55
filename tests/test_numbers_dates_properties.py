"""Properties: any text gives a reading or one clear refusal, and stored forms read back."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from walletsupport.diagnosis.dates import display, parse_stored, read_when, resolve
from walletsupport.diagnosis.numbers import LIMIT, NumberError, Reading, canonical, read_number

from .conftest import examples

_ALPHABET = st.sampled_from(list("0123456789.,' -+%‰$€¥£元块万千百十一二两三五点分之eEkKnaif ") +
                            ["\u00a0", "\u202f", "．", "，", "１", "０", "％", "USD", "BTC"])
_TEXT = st.lists(_ALPHABET, max_size=16).map("".join)
_CODES = {"not-a-number", "not-finite", "too-large", "too-many-digits", "negative",
          "two-numbers", "two-currencies", "which-krona"}


@settings(max_examples=examples(400), deadline=None)
@given(st.one_of(_TEXT, st.text(max_size=30)))
def test_any_text_is_read_or_refused_with_a_reason(text: str) -> None:
    try:
        readings = read_number(text)
    except NumberError as error:
        assert error.code in _CODES
        return
    assert readings
    for reading in readings:
        assert reading.value.is_finite() and Decimal(0) <= reading.value <= LIMIT


@settings(max_examples=examples(300), deadline=None)
@given(st.decimals(min_value=0, max_value=LIMIT, places=6, allow_nan=False,
                   allow_infinity=False),
       st.sampled_from([None, "EUR", "CNY", "USDT", "BTC", "JPY"]), st.booleans())
def test_the_stored_form_reads_back_alone(value: Decimal, currency: str | None,
                                          rate: bool) -> None:
    reading = Reading(value, None if rate else currency, rate)
    (again,) = read_number(canonical(reading))
    assert again.value == value
    assert again.currency == reading.currency and again.rate == rate


@settings(max_examples=examples(300), deadline=None)
@given(st.text(max_size=40), st.integers(-12 * 60, 14 * 60))
def test_any_time_answer_is_read_or_kept_and_always_displays(text: str, minutes: int) -> None:
    now = datetime(2026, 12, 2, 11, 20, tzinfo=timezone(timedelta(minutes=minutes)))
    read_when(text, now, None)  # never raises
    line = resolve(text, now, None)
    parsed = parse_stored(line)
    assert parsed is not None and parsed[1] == text
    for lang in ("en", "zh"):
        assert text in display(line, lang)
