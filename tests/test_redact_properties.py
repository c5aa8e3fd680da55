"""Properties of `redact`: secrets in any surroundings go, ordinary text stays, twice is once."""

from __future__ import annotations

import math
import re
import string
from datetime import date

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from mnemonic import Mnemonic

from walletsupport.redact import KINDS, redact
from walletsupport.redact.passwords import (
    _CLAUSE_WORDS,
    _ZH_CLAUSE_END,
    _ZH_DESCRIBING_END,
    _ZH_DESCRIBING_START,
)
from walletsupport.redact.phrases import _COMMON_SHORT

from .conftest import examples

# A handful of settings shared by every property: enough examples to explore
# (a fifth of them in the suite's quick profile: see `examples` in conftest).
PROPERTY = settings(
    max_examples=examples(200),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

ENGLISH = Mnemonic("english")
SIMPLIFIED = Mnemonic("chinese_simplified")
TRADITIONAL = Mnemonic("chinese_traditional")

HEX = "0123456789abcdef"
BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
DIGITS = string.digits


# --- ordinary text: a small grammar of what users write ----------------------


@st.composite
def amounts(draw: st.DrawFn) -> str:
    whole = draw(st.integers(1, 99_999))
    cents = draw(st.integers(0, 99))
    return draw(
        st.sampled_from(
            [
                f"¥{whole:,}.{cents:02d}",
                f"USD {whole}",
                f"{whole} USDT",
                f"{whole}.{cents:02d} 元",
                f"{whole / 1000:.4f} BTC",
                f"€{whole:,}",
            ]
        )
    )


@st.composite
def times(draw: st.DrawFn) -> str:
    day = draw(st.dates(date(2020, 1, 1), date(2030, 12, 31)))
    hour = draw(st.integers(0, 23))
    minute = draw(st.integers(0, 59))
    return draw(
        st.sampled_from(
            [
                f"{day.isoformat()} {hour:02d}:{minute:02d} UTC+8",
                f"{day.year}/{day.month:02d}/{day.day:02d} {hour:02d}:{minute:02d}:{minute:02d}",
                f"{day.year}年{day.month}月{day.day}日{hour}点{minute}分",
                f"{hour}:{minute:02d}",
                f"{day.strftime('%d %b %Y')}",
            ]
        )
    )


def _chars(alphabet: str, size: int) -> st.SearchStrategy[str]:
    return st.text(alphabet, min_size=size, max_size=size)


@st.composite
def addresses(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["eth", "bech32", "tron", "legacy", "solana"]))
    if kind == "eth":
        body = draw(_chars(HEX + "ABCDEF", 40))
        return "0x" + body
    if kind == "bech32":
        return "bc1q" + draw(_chars(BECH32, 38))
    if kind == "tron":
        return "T" + draw(_chars(BASE58, 33))
    if kind == "legacy":
        return draw(st.sampled_from("13")) + draw(_chars(BASE58, 33))
    return draw(_chars(BASE58, draw(st.integers(32, 44))))


def _luhn_digit(body: str) -> str:
    total = 0
    for position, char in enumerate(reversed(body)):
        value = int(char)
        if position % 2 == 0:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return str(-total % 10)


@st.composite
def order_ids(draw: st.DrawFn) -> str:
    day = draw(st.dates(date(2020, 1, 1), date(2030, 12, 31)))
    alipay = day.strftime("%Y%m%d") + draw(_chars(DIGITS, draw(st.integers(20, 24))))
    # A 16-digit order number that happens to pass Luhn: kept because of the cue.
    luhn_body = "4" + draw(_chars(DIGITS, 14))
    cued = luhn_body + _luhn_digit(luhn_body)
    return draw(
        st.sampled_from(
            [
                f"订单号 {alipay}",
                f"交易号：{alipay}",
                f"order {alipay}",
                f"trade no. {alipay}",
                f"order #{cued}",
                f"订单号{cued}",
                f"流水号 {cued}",
                f"merchant order T{day.strftime('%Y%m%d')}{draw(_chars(DIGITS, 8))}",
            ]
        )
    )


@st.composite
def tx_hashes(draw: st.DrawFn) -> str:
    value = draw(_chars(HEX, 64))
    prefix = draw(st.sampled_from(["0x", ""]))
    return draw(
        st.sampled_from(
            [
                f"tx {prefix}{value}",
                f"txid: {value}",
                f"transaction hash {prefix}{value}",
                f"交易哈希：{prefix}{value}",
                f"交易号 {value}",
                f"https://etherscan.io/tx/0x{value}",
                f"{prefix}{value} is the hash",
            ]
        )
    )


@st.composite
def error_codes(draw: st.DrawFn) -> str:
    number = draw(st.integers(1000, 99_999))
    word = draw(st.sampled_from(["LIMIT_EXCEEDED", "RISK_CONTROL", "TIMEOUT", "KYC_REQUIRED"]))
    return draw(
        st.sampled_from(
            [f"E{number}", f"ERR_{word}", f"错误码 {number}", f"error code {number}", f"({word})"]
        )
    )


HOTLINES = st.sampled_from(["95188", "95017", "95588", "400-820-8888", "10086"])

ENGLISH_TEMPLATES = [
    "I sent {amount} to {address} at {time} but it has not arrived.",
    "The withdrawal of {amount} failed with {error}.",
    "My {order} was paid on {time} and never delivered.",
    "Support asked for the hash, here it is: {tx}.",
    "The app shows {error} every time I try to send {amount}.",
    "I called {hotline} twice and nobody answered.",
    "Please check {tx}, it is still pending after {time}.",
    "Refund for {order} of {amount} is missing.",
    "Someone told me to move everything to {address} for safety.",
    "My daily limit is {amount} and I need to pay {amount} today.",
]
CHINESE_TEMPLATES = [
    "我在{time}转了{amount}到{address}，一直没有到账。",
    "提现{amount}失败了，提示{error}。",
    "{order}的退款还没有到，已经等了三天。",
    "客服让我提供交易哈希，{tx}。",
    "打了{hotline}好几次都没人接，我很着急。",
    "对方让我把钱转到{address}，说这样更安全。",
    "昨天{time}被扣了{amount}，{order}显示已完成。",
    "钱包一直显示{error}，我不知道该怎么办。",
    "我的账户被冻结了，客服说要等到{time}才能处理。",
    "银行卡到账{amount}以后，余额宝里的{amount}不见了。",
]


@st.composite
def ordinary_sentences(draw: st.DrawFn) -> str:
    template = draw(st.sampled_from(ENGLISH_TEMPLATES + CHINESE_TEMPLATES))
    fields = {
        "amount": amounts,
        "address": addresses,
        "time": times,
        "order": order_ids,
        "tx": tx_hashes,
        "error": error_codes,
    }
    # Each placeholder is drawn anew, even when it repeats in a template.
    text = template
    for name, strategy in fields.items():
        while "{" + name + "}" in text:
            text = text.replace("{" + name + "}", draw(strategy()), 1)
    return text.replace("{hotline}", draw(HOTLINES))


@st.composite
def ordinary_text(draw: st.DrawFn) -> str:
    sentences = draw(st.lists(ordinary_sentences(), min_size=1, max_size=4))
    joiner = draw(st.sampled_from([" ", "\n", ""]))
    return joiner.join(sentences)


# --- secrets -----------------------------------------------------------------


@st.composite
def phrase_words(draw: st.DrawFn, wordlist: Mnemonic) -> list[str]:
    size = draw(st.sampled_from([16, 20, 24, 28, 32]))
    return wordlist.to_mnemonic(draw(st.binary(min_size=size, max_size=size))).split()


NUMBERING = ["", "{}. ", "{}) ", "({}) ", "{}-", "{}、", "#{} "]
ENGLISH_SEPARATORS = [" ", ", ", ",", "\n", " - ", "-", "，", "、", "; ", "\t", "  ", " / "]
CHINESE_SEPARATORS = [" ", "，", "、", "\n", "-", ", ", "  ", "\u3000", " | "]


@st.composite
def joined(draw: st.DrawFn, words: list[str], separators: list[str]) -> str:
    numbering = draw(st.sampled_from(NUMBERING))
    separator = draw(st.sampled_from(separators))
    mixed = draw(st.booleans())
    parts = []
    for number, word in enumerate(words, 1):
        if number > 1:
            parts.append(draw(st.sampled_from(separators)) if mixed else separator)
        parts.append(numbering.format(number) + word)
    return "".join(parts)


@st.composite
def english_phrases(draw: st.DrawFn) -> tuple[str, list[str]]:
    words = draw(phrase_words(ENGLISH))
    case = draw(st.sampled_from([str.lower, str.upper, str.title]))
    words = [case(word) for word in words]
    return draw(joined(words, ENGLISH_SEPARATORS)), words


def _rarity(chars: str, wordlist: Mnemonic) -> float:
    ranks = {char: rank for rank, char in enumerate(wordlist.wordlist)}
    return sum(math.log2(ranks[char] + 1) for char in chars) / len(chars)


@st.composite
def chinese_phrases(draw: st.DrawFn) -> tuple[str, list[str]]:
    wordlist = draw(st.sampled_from([SIMPLIFIED, TRADITIONAL]))
    words = draw(phrase_words(wordlist))
    if draw(st.booleans()):
        return draw(joined(words, CHINESE_SEPARATORS)), words
    # Typed without spaces: caught by checksum and rarity, which 0.1 % of
    # valid phrases miss (see the module docstring); those are left out here.
    assume(_rarity("".join(words), wordlist) >= 8.0)
    cue = draw(st.sampled_from(["", "助记词：", "我的助记词是", "seed phrase: ", "助记词\n"]))
    return cue + "".join(words), words


@st.composite
def card_numbers(draw: st.DrawFn) -> tuple[str, str]:
    prefix = draw(
        st.sampled_from(["4", "51", "55", "2221", "2720", "62", "6011", "65", "34", "37"])
    )
    length = draw(st.integers(13, 19))
    body = prefix + draw(_chars(DIGITS, length - len(prefix) - 1))
    digits = body + _luhn_digit(body)
    style = draw(st.sampled_from(["together", "fours", "random"]))
    if style == "together":
        return digits, digits
    separator = draw(st.sampled_from([" ", "-"]))
    if style == "fours":
        sizes = [4] * (length // 4) + ([length % 4] if length % 4 else [])
        if sizes[-1] == 1:
            sizes[-2:] = [3, 2]
    else:
        sizes = []
        left = length
        while left:
            size = min(left, draw(st.integers(2, 6)))
            if left - size == 1:
                size += 1
            sizes.append(size)
            left -= size
    groups, start = [], 0
    for size in sizes:
        groups.append(digits[start : start + size])
        start += size
    return separator.join(groups), digits


ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


@st.composite
def id_numbers(draw: st.DrawFn) -> tuple[str, str]:
    region = draw(st.sampled_from("123456789")) + draw(_chars(DIGITS, 5))
    born = draw(st.dates(date(1920, 1, 1), date(2020, 12, 31))).strftime("%Y%m%d")
    body = region + born + draw(_chars(DIGITS, 3))
    check = "10X98765432"[sum(int(d) * w for d, w in zip(body, ID_WEIGHTS, strict=True)) % 11]
    number = body + check
    if check == "X" and draw(st.booleans()):
        number = body + "x"
    if draw(st.booleans()):
        sep = draw(st.sampled_from([" ", "-"]))
        return f"{number[:6]}{sep}{number[6:14]}{sep}{number[14:]}", number.upper()
    return number, number.upper()


@st.composite
def hex_keys(draw: st.DrawFn) -> tuple[str, str]:
    value = draw(_chars(HEX, 64))
    if draw(st.booleans()):
        value = value.upper()
    return draw(st.sampled_from(["0x", ""])) + value, value.lower()


PASSWORD_SYMBOLS = "!@#$%^&*_-+?~"


@st.composite
def passwords(draw: st.DrawFn) -> tuple[str, str]:
    trigger = draw(
        st.sampled_from(["password", "Password", "pwd", "passcode", "密码", "支付密码", "口令"])
    )
    connector = draw(st.sampled_from([" is ", ": ", "=", "：", "是", " ", " was "]))
    letters = draw(st.text(string.ascii_letters, min_size=2, max_size=10))
    digits = draw(st.text(DIGITS, min_size=1, max_size=6))
    symbols = draw(st.text(PASSWORD_SYMBOLS, max_size=2))
    secret = "".join(draw(st.permutations(letters + digits + symbols)))
    assume(len(secret) >= 4)
    return f"{trigger}{connector}{secret}", secret


@st.composite
def verification_codes(draw: st.DrawFn) -> tuple[str, str]:
    trigger = draw(
        st.sampled_from(
            [
                "code",
                "the code",
                "OTP",
                "2FA code",
                "verification code",
                "验证码",
                "校验码",
                "动态码",
                "短信码",
            ]
        )
    )
    connector = draw(st.sampled_from([" is ", ": ", " ", "是", "：", " was ", "="]))
    digits = draw(_chars(DIGITS, draw(st.integers(4, 8))))
    code = digits
    if len(digits) >= 6 and draw(st.booleans()):
        cut = draw(st.integers(2, len(digits) - 2))
        code = digits[:cut] + draw(st.sampled_from(["-", " "])) + digits[cut:]
    assume(not re.fullmatch(r"(?:19|20)\d\d[ -]\d\d[ -]\d\d", code))
    return f"{trigger}{connector}{code}", code


# Words between a trigger and its code: no digits, no other number named.
CODE_GAPS = [
    " I received was ",
    " I got: ",
    " they sent me is ",
    " from the bank app was ",
    " in the SMS says ",
    "发给了骗子，是",
    "刚才收到了，是",
    "（短信里的）是 ",
]


@st.composite
def gapped_codes(draw: st.DrawFn) -> tuple[str, str]:
    trigger = draw(st.sampled_from(["code", "the SMS code", "OTP", "验证码", "动态码"]))
    digits = draw(_chars(DIGITS, draw(st.integers(4, 8))))
    style = draw(st.sampled_from(["together", "spaced", "dashed"]))
    code = {"together": digits, "spaced": " ".join(digits), "dashed": "-".join(digits)}[style]
    return f"{trigger}{draw(st.sampled_from(CODE_GAPS))}{code}", code


# Words of a passphrase: list words that are not the ordinary words that
# `redact` documents as ending a password's clause ("and", "since", "wrong"...).
PASSPHRASE_WORDS = [word for word in ENGLISH.wordlist if word not in _CLAUSE_WORDS]


@st.composite
def passphrases(draw: st.DrawFn) -> tuple[str, str, list[str]]:
    if draw(st.booleans()):
        trigger = draw(st.sampled_from(["my password is ", "Password: ", "passcode = "]))
        words = draw(st.lists(st.sampled_from(PASSPHRASE_WORDS), min_size=2, max_size=6))
        return trigger, " ".join(words), words
    trigger = draw(st.sampled_from(["密码是", "密码：", "支付密码是 ", "口令改成了"]))
    chars = SIMPLIFIED.wordlist[:1500]
    words = draw(st.lists(_chars("".join(chars), 3), min_size=2, max_size=4))
    # Leave out what `redact` documents as talk about a password, not one.
    clause = " ".join(words)
    assume(not clause.startswith(_ZH_DESCRIBING_START))
    assume(not clause.endswith(_ZH_DESCRIBING_END))
    assume(not _ZH_CLAUSE_END.search(clause))
    return trigger, clause, words


# Text around a secret: ordinary sentences ending in punctuation, so that they
# carry no cue (an "order" or "tx" right before a number changes its meaning).
NEUTRAL = st.sampled_from(
    [
        "",
        "Please help.",
        "I am not sure if this matters.",
        "请帮我看看。",
        "客服让我发过去，我还没发。",
        "The app froze after I typed it.",
        "我昨天下午三点提现到工商银行一直没有到账。",
        "I tried to withdraw my money again but the app said limit exceeded.",
        "转账失败，提示错误码 40001。",
        "It happened at 2026-11-24 15:32 UTC+8, amount ¥1,250.00.",
    ]
)


@st.composite
def surroundings(draw: st.DrawFn) -> tuple[str, str]:
    before = draw(NEUTRAL)
    after = draw(NEUTRAL)
    # Chinese full stops need no space after them; others get one, as people type.
    joiners = [" ", "\n", ""] if before.endswith("。") else [" ", "\n"]
    before += draw(st.sampled_from(joiners)) if before else ""
    after = draw(st.sampled_from([" ", "\n"])) + after if after else ""
    return before, after


def _windows(items: list[str], size: int = 3) -> set[str]:
    return {" ".join(items[i : i + size]) for i in range(len(items) - size + 1)}


def _english_words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower())


def _han(text: str) -> list[str]:
    return re.findall(r"[\u4e00-\u9fff]", text)


# --- properties --------------------------------------------------------------


@PROPERTY
@given(english_phrases(), surroundings(), st.sampled_from(["en", "zh"]))
def test_english_phrases_are_always_removed(
    phrase: tuple[str, list[str]], around: tuple[str, str], lang: str
) -> None:
    typed, words = phrase
    before, after = around
    result = redact(before + typed + after, lang)
    assert "recovery-phrase" in result.kinds
    left = _windows(_english_words(result.text))
    assert not _windows([word.lower() for word in words]) & left


@PROPERTY
@given(chinese_phrases(), surroundings(), st.sampled_from(["en", "zh"]))
def test_chinese_phrases_are_always_removed(
    phrase: tuple[str, list[str]], around: tuple[str, str], lang: str
) -> None:
    typed, words = phrase
    before, after = around
    result = redact(before + typed + after, lang)
    assert "recovery-phrase" in result.kinds
    left = _windows(_han(result.text))
    assert not _windows(words) & left


@PROPERTY
@given(
    st.one_of(
        card_numbers().map(lambda pair: ("card-number", *pair)),
        id_numbers().map(lambda pair: ("id-number", *pair)),
        hex_keys().map(lambda pair: ("private-key", *pair)),
    ),
    surroundings(),
    st.sampled_from(["", "card ", "卡号：", "my key ", "身份证号 ", "here: "]),
)
def test_numbers_and_keys_are_always_removed(
    secret: tuple[str, str, str], around: tuple[str, str], lead: str
) -> None:
    kind, typed, core = secret
    before, after = around
    result = redact(before + lead + typed + after)
    # An 18-digit number after an ID label is masked as an ID, whatever else it could be.
    assert kind in result.kinds or (lead == "身份证号 " and "id-number" in result.kinds)
    if kind == "private-key":
        assert core not in result.text.lower()
    else:
        assert core.rstrip("X") not in re.sub(r"[^0-9]", "", result.text)


@PROPERTY
@given(
    st.one_of(
        passwords().map(lambda pair: ("password", *pair)),
        verification_codes().map(lambda pair: ("verification-code", *pair)),
    ),
    surroundings(),
)
def test_passwords_and_codes_are_always_removed(
    secret: tuple[str, str, str], around: tuple[str, str]
) -> None:
    kind, typed, core = secret
    before, after = around
    assume(core not in before + after)
    result = redact(before + typed + after)
    assert kind in result.kinds
    assert core not in result.text


@PROPERTY
@given(gapped_codes(), surroundings())
def test_codes_a_few_words_after_the_trigger_are_removed(
    secret: tuple[str, str], around: tuple[str, str]
) -> None:
    typed, code = secret
    before, after = around
    result = redact(before + typed + after)
    assert "verification-code" in result.kinds
    # The surroundings come back as they were; the code must be gone from the rest
    # (a date around it may hold the same digits: "2611" in 2026-11-24).
    assert result.text.startswith(before) and result.text.endswith(after)
    rest = result.text[len(before) : len(result.text) - len(after)]
    assert code not in rest
    assert code.replace(" ", "").replace("-", "") not in re.sub(r"[ -]", "", rest)


@PROPERTY
@given(
    passphrases(),
    st.sampled_from(["", "Please help. ", "请帮我看看。", "I am not sure if this matters.\n"]),
    st.sampled_from(["", ". Please help.", "。请帮我看看。", ", I think.", "\nThe app froze."]),
)
def test_every_word_of_a_passphrase_is_removed(
    secret: tuple[str, str, list[str]], before: str, after: str
) -> None:
    trigger, typed, words = secret
    result = redact(before + trigger + typed + after)
    # Chinese words from the list may also pass as a contiguous recovery phrase.
    assert result.kinds in (("password",), ("recovery-phrase",))
    assert result.text.startswith(before + trigger) and result.text.endswith(after)
    left = result.text[len(before + trigger) : len(result.text) - len(after)]
    assert not any(word in re.sub(r"\[[^\]]*\]", "", left) for word in words)


@PROPERTY
@given(english_phrases(), st.data())
def test_english_phrases_with_a_short_typo_or_dots_are_removed(
    phrase: tuple[str, list[str]], data: st.DataObject
) -> None:
    _, words = phrase
    if data.draw(st.booleans()):
        # One word in the middle mistyped as two or three letters from no list.
        at = data.draw(st.integers(1, len(words) - 2))
        typo = data.draw(st.text("bcdfghjklmnpqrstvwxz", min_size=2, max_size=3))
        assume(typo not in ENGLISH.wordlist and typo not in _COMMON_SHORT)
        words = [*words[:at], typo, *words[at + 1 :]]
        typed = " ".join(words)
    else:
        typed = data.draw(st.sampled_from([".", ". "])).join(words)
    result = redact(f"My words: {typed} thanks")
    assert result.kinds == ("recovery-phrase",)
    assert not _windows([w.lower() for w in words]) & _windows(_english_words(result.text))


@PROPERTY
@given(
    card_numbers(),
    st.sampled_from(
        ["I paid order 123 with ", "order 2026 paid by card ", "订单用卡", "订单号 88，用 ",
         "trade 12, card: "]
    ),
)
def test_a_card_after_an_order_word_and_other_words_is_removed(
    card: tuple[str, str], lead: str
) -> None:
    typed, digits = card
    result = redact(lead + typed)
    assert "card-number" in result.kinds
    assert digits not in re.sub(r"[^0-9]", "", result.text)


@PROPERTY
@given(ordinary_text(), st.sampled_from(["en", "zh"]))
def test_ordinary_text_is_never_changed(text: str, lang: str) -> None:
    result = redact(text, lang)
    assert result.text == text
    assert result.kinds == ()


def _secret_texts() -> st.SearchStrategy[str]:
    return st.one_of(
        english_phrases().map(lambda pair: pair[0]),
        chinese_phrases().map(lambda pair: pair[0]),
        card_numbers().map(lambda pair: pair[0]),
        id_numbers().map(lambda pair: pair[0]),
        hex_keys().map(lambda pair: pair[0]),
        passwords().map(lambda pair: pair[0]),
        verification_codes().map(lambda pair: pair[0]),
    )


@PROPERTY
@given(
    st.lists(st.one_of(ordinary_sentences(), _secret_texts(), NEUTRAL), min_size=1, max_size=5),
    st.sampled_from([" ", "\n", "", "，"]),
    st.sampled_from(["en", "zh"]),
)
def test_redact_is_idempotent(parts: list[str], joiner: str, lang: str) -> None:
    once = redact(joiner.join(parts), lang)
    twice = redact(once.text, lang)
    assert twice.text == once.text
    assert twice.kinds == ()
    assert set(once.kinds) <= set(KINDS)
    assert once.counts() == {kind: once.kinds.count(kind) for kind in set(once.kinds)}


@st.composite
def transaction_ids(draw: st.DrawFn) -> str:
    """A 13-19 digit Luhn-valid id as a payment app shows it, with no card word near it."""
    length = draw(st.integers(13, 19))
    body = draw(st.sampled_from("3456")) + draw(_chars(DIGITS, length - 2))
    return body + _luhn_digit(body)


@PROPERTY
@given(
    st.one_of(
        transaction_ids(),
        _chars(HEX, 64),
        _chars(HEX, 64).map(lambda value: "0x" + value),
    ),
    st.sampled_from(["", "Transaction id ", "It is ", "交易单号：", "here: ", "哈希 "]),
    st.sampled_from(["", ".", " thanks", "，谢谢"]),
)
def test_reference_answers_keep_ids_and_hashes(value: str, lead: str, tail: str) -> None:
    text = lead + value + tail
    kept = redact(text, reference=True)
    assert kept == redact(kept.text, reference=True)
    assert kept.text == text


@PROPERTY
@given(_secret_texts(), surroundings())
def test_reference_answers_still_lose_every_other_secret(
    secret: str, around: tuple[str, str]
) -> None:
    before, after = around
    # Cards and bare hex values are what reference answers keep; the rest must go.
    assume(not re.fullmatch(r"[0-9 -]+|(?:0x)?[0-9a-fA-F]{64}", secret))
    result = redact(before + secret + after, reference=True)
    assert result.changed
    assert redact(result.text, reference=True).text == result.text


# Pieces that sit on the edges of the rules: separators, numbering, trigger
# words, markers, digits and list words, glued together at random.
SOUP = st.sampled_from(
    [
        " ",
        "\n",
        ",",
        "-",
        "，",
        "、",
        "1.",
        "(2)",
        "#3",
        ":",
        "=",
        "是",
        "：",
        "code",
        "OTP",
        "验证码",
        "password",
        "密码",
        "pin",
        "tx",
        "hash",
        "私钥",
        "order",
        "订单号",
        "card",
        "卡号",
        "error",
        "助记词",
        "0x",
        "X",
        "x",
        "4111",
        "1111",
        "62",
        "2026",
        "11",
        "24",
        "482913",
        "0",
        "9",
        "abandon",
        "ability",
        "zoo",
        "wrong",
        "legal",
        "winner",
        "的",
        "一",
        "是",
        "在",
        "象",
        "次",
        "化",
        "辅",
        "叫",
        "操",
        "[password removed]",
        "[已移除助记词]",
        "[card number removed]",
        "[",
        "]",
        "ab",
        "cdef",
        "9f",
        "E1021",
        "ERR_",
        ".",
        ". ",
        "fla",
        "is",
        "was",
        " I got ",
        "with",
        "用",
        "卡",
        "我爱",
        "天安门",
        "但是",
        "horse",
        "4 8 2 9",
        "Transaction id",
        "110105-",
        "19491231",
        "-002X",
        "error",
    ]
)


@PROPERTY
@given(st.lists(SOUP, max_size=40), st.sampled_from(["en", "zh"]), st.booleans())
def test_redact_is_idempotent_on_token_soup(pieces: list[str], lang: str, reference: bool) -> None:
    once = redact("".join(pieces), lang, reference=reference)
    assert redact(once.text, lang, reference=reference).text == once.text


# --- equivalences the fast paths rely on ---------------------------------------------


@given(st.lists(st.text(alphabet=string.digits, min_size=1, max_size=6), min_size=1, max_size=10))
def test_luhn_prefix_sums_agree_with_luhn_on_every_span_of_groups(parts: list[str]) -> None:
    from walletsupport.redact.numbers import _luhn_ok, _LuhnSums

    sums = _LuhnSums(parts)
    for first in range(len(parts)):
        for stop in range(first + 1, len(parts) + 1):
            assert sums.ok(first, stop) == _luhn_ok("".join(parts[first:stop]))


@settings(max_examples=examples(60), suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.integers(0, 2047), min_size=13, max_size=60), st.data())
def test_rolled_chinese_windows_agree_with_the_checksum_of_each_window(
    indices: list[int], data: st.DataObject
) -> None:
    from walletsupport.redact.phrases import _PHRASE_LENGTHS, _checksum_ok, _glued_windows

    length = data.draw(st.sampled_from([n for n in _PHRASE_LENGTHS if n < len(indices)]))
    offsets = sorted(
        data.draw(st.sets(st.integers(0, len(indices) - length), min_size=1, max_size=40))
    )
    found = {hit.start for hit in _glued_windows(0, length, offsets, indices)}
    assert found == {i for i in offsets if _checksum_ok(indices[i : i + length])}


def test_folding_only_the_full_width_runs_equals_translating_everything() -> None:
    from walletsupport.redact.core import FOLD, fold

    text = "卡号：６２１７　００００ ａｂｃ，ＡＢＣ！ plain 密码 1234\u3000end\uff5e\uff5f"
    assert fold(text) == text.translate(FOLD)


def _leading_samples() -> list[str]:
    from tests.redaction_corpus import load_details, load_secrets, load_sentences

    sentences = load_sentences()
    texts = sentences["en"] + sentences["zh"]
    texts += [detail.text for detail in load_details()] + [secret.text for secret in load_secrets()]
    odd = (
        "ſetup key, ſecret, İD card, Kcode, ＯＴＰ, 2ＦＡ, CODE, Code, BACKUP\tcodes, ID\tnumber,"
        " the 25th word is x, 13th Word, security code 123, PIN码, 卡背后的三位数"
    )
    return [*texts, "\n".join(texts), odd, odd.upper(), odd.lower()]


def test_patterns_behind_a_first_character_lookahead_match_exactly_as_without_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import walletsupport.redact.pipeline as pipeline
    from walletsupport.redact import core
    from walletsupport.redact.core import LEADING, _view, find_all

    pipeline._load_detectors()
    monkeypatch.setattr(core, "FINDER_FROM", 0)  # the finders read even short texts
    assert len(LEADING) >= 6
    samples = [_view(text) for text in _leading_samples()]
    for compiled, body in LEADING.items():
        plain = re.compile(body, compiled.flags)
        for text in samples:
            expected = [m.span() for m in plain.finditer(text)]
            assert [m.span() for m in compiled.finditer(text)] == expected, (body[:40], text[:80])
            assert [m.span() for m in find_all(compiled, text)] == expected, (body[:40], text[:80])


@settings(max_examples=examples(150))
@given(
    st.lists(
        st.sampled_from(
            ["otp", "OTP", "2fa", "code", "Codes", "cvv2", "setup", "key", "secret", "backup",
             "codes", "recovery", "id", "ID", "card", "number", "passport", "password", "PIN",
             "pass", "phrase", "seed", "mnemonic", "验证码", "密码", "身份证", "助记词", "私钥",
             "备用码", "两步验证密钥", "卡背面三位数", "25th", "13th", "word", "security", " ",
             "\t", "\n", ":", "-", "ſ", "K", "İ", "1234", "JBSWY3DP"]
        ),
        max_size=30,
    )
)
def test_patterns_behind_a_lookahead_agree_on_generated_text(pieces: list[str]) -> None:
    import walletsupport.redact.pipeline as pipeline
    from walletsupport.redact import core
    from walletsupport.redact.core import LEADING, find_all

    pipeline._load_detectors()
    text = "".join(pieces)
    finder_from = core.FINDER_FROM
    core.FINDER_FROM = 0  # the finders read even short texts (no fixture under hypothesis)
    try:
        for compiled, body in LEADING.items():
            plain = re.compile(body, compiled.flags)
            expected = [m.span() for m in plain.finditer(text)]
            assert [m.span() for m in compiled.finditer(text)] == expected
            assert [m.span() for m in find_all(compiled, text)] == expected
    finally:
        core.FINDER_FROM = finder_from


def test_the_first_characters_of_each_leading_pattern_are_all_it_admits() -> None:
    """`find_all` looks for a match only at these: every character `first` admits is one."""
    import walletsupport.redact.pipeline as pipeline
    from walletsupport.redact.core import _FIRSTS, LEADING, first_characters

    pipeline._load_detectors()
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    assert len(_FIRSTS) == len(LEADING) >= 6
    for source, first in _FIRSTS.items():
        # What the class admits, a lookahead after a character ("1(?=3)") left out.
        alone = re.compile(re.sub(r"\(\?=[^)]*\)", "", first), re.compile(source).flags)
        admitted = set(alone.findall(everything))
        assert admitted, first
        assert admitted <= set(first_characters(first)), first


@pytest.mark.parametrize(
    ("pattern", "seconds"),
    [
        ("(?i:ab|cd)", "BDbd"),
        ("(?i:xs)", "Ssſ"),
        ("(?i:xk|xi)", "IKik\u0130\u0131\u212a"),
        ("ab*c", "bc"),
        ("a(?:b{2,}|c)", "bc"),
        ("(?<=q)ab(?=z)", "b"),
        ("(?<![0-9])(?:12|3[4-6])", "2456"),
        ("a?b", None),  # "b" alone is a match
        ("a[^x]", None),  # anything second
        (r"a\s", None),
        ("a(?:)?b", None),  # a repeat that may match nothing: not read
    ],
)
def test_the_second_characters_of_a_pattern(pattern: str, seconds: str | None) -> None:
    """`find_all` looks at the second character before trying a `leading` pattern."""
    from walletsupport.redact.core import _second_characters

    found = _second_characters(pattern, 0)
    if seconds is None:
        assert found is None
    else:
        assert found is not None and set(found) == set(seconds)
        # Every match's second character is one of them.
        matcher = re.compile(pattern)
        for text in ("ab", "abc", "abbc", "ac", "12", "34", "q ab z", "xs", "XK", "xİ", "aKb"):
            for match in matcher.finditer(text):
                assert match.group()[1] in found, (pattern, text)


@pytest.mark.parametrize(
    ("pattern", "later"),
    [
        ("(?i:abc|de)", ["BEbe"]),  # "de" has no third character
        ("(?i:abc|def)", ["BEbe", "CFcf"]),
        ("ab*c", ["bc"]),  # "ac" is a match: no third character
        ("ab{2,5}", ["b", "b"]),
        ("a(?:bc){4,}", ["b", "c"]),
        ("a(?:xy)+z", ["x", "y"]),
        ("x[0-9]{1,3}y", ["0123456789", "0123456789y"]),
        ("(?<=q)ab(?!z)c", ["b", "c"]),
        ("a[^x]b", []),
    ],
)
def test_the_characters_a_pattern_can_have_second_and_third(pattern: str, later: list[str]) -> None:
    from walletsupport.redact.core import _later_characters

    found = _later_characters(pattern, 0)
    assert [set(each) for each in found] == [set(each) for each in later]
    matcher = re.compile(pattern)
    for text in ("abc", "de", "ac", "abbb", "axyxyz", "x1y", "x12y", "qabc", "axb", "a" + "bc" * 4):
        for match in matcher.finditer(text):
            for position, chars in enumerate(found, start=1):
                assert match.group()[position] in chars, (pattern, text)


def test_find_all_builds_no_finder_for_a_short_text() -> None:
    """A short answer is read with finditer: no pattern is parsed and compiled again."""
    import walletsupport.redact.pipeline as pipeline
    from walletsupport.redact.core import FINDER_FROM, LEADING, _finder, find_all

    pipeline._load_detectors()
    text = "my code is 482913, 助记词 and password: hunter22"
    assert len(text) < FINDER_FROM
    _finder.cache_clear()
    for compiled in LEADING:
        list(find_all(compiled, text))
    assert _finder.cache_info().currsize == 0
    list(find_all(next(iter(LEADING)), text * (FINDER_FROM // len(text) + 1)))
    assert _finder.cache_info().currsize == 1
