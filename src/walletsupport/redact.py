"""Mask secrets in free text before it is stored, shown back or exported.

Every free-text answer, support note and export goes through `redact`, which
replaces each secret with a visible marker naming its kind (``[card number
removed]``, ``[已移除助记词]``...) and leaves everything support needs to act
byte-for-byte intact: wallet addresses, transaction hashes, order and trade
numbers, amounts, times, error codes and ordinary sentences. `mask_contact`
partly masks phone numbers and e-mail addresses for exports.

What counts as a secret, and the choices behind each rule:

* **Recovery phrases, English.** A run of 12 or more BIP39 words, separated by
  spaces, commas, dashes, newlines, quotes, Chinese punctuation or numbering
  ("1." "1)" "(1)" "#1" "①"). Case is ignored. A word also counts when its
  first four letters are those of a list word (BIP39 makes the first four
  letters unique, so this covers both the four-letter abbreviations people
  stamp on steel plates and typos after the fourth letter), and a run may
  bridge at most two unknown words of 4-8 letters (typos early in a word): a
  phrase with one word mistyped must not leak its other eleven. The checksum is
  not required, since users mistype. Runs longer than 24 are masked whole,
  and a list word right before or after a phrase ("phrase", "seed") is masked
  with it. Measured on the 48 ordinary English sentences in the tests (and on
  all of them joined), the longest run under these rules is 6 words, so 12
  leaves a wide margin; "." and ":" separate words only after a number, so
  sentences do not chain into one run.
* **Recovery phrases, Chinese.** The simplified and traditional BIP39 lists
  are single characters, and the 2,821 characters between them cover almost
  all everyday Chinese. Measured on the 83 ordinary sentences about wallet
  problems in the tests (one test there keeps these numbers true): 86-100 %
  of their characters are list characters, 54 of the 83 hold a run of 12 or
  more consecutive list characters, the median longest run is 13 and the
  longest 25. So "12
  consecutive list characters" would mask most of what users write. The rules
  used instead:

  1. *Spaced:* 12 or more Chinese characters each standing alone between
     separators (spaces, commas, 、, numbering, newlines, dashes), at most two
     of them outside the lists (typos). Nobody writes ordinary Chinese one
     character at a time, so this needs no other evidence.
  2. *Contiguous:* a whole run of Chinese characters (bounded by anything
     else), or groups of one size, the last maybe shorter ("的一是在 不了有和
     人这中大"), of exactly 12, 15, 18, 21 or 24 characters from one list, that
     passes the BIP39 checksum *and* whose mean log2(list rank + 1) is at
     least 8.0. The lists are ordered by frequency, so ordinary text is full
     of low ranks while a real phrase is uniform over 2048 ranks (mean about
     9.6). In the 83 sentences, 15 clauses have one of those lengths and all
     their characters in a list; the highest score among them is 7.81, so none
     passes. Of random valid phrases, 0.11 % of 12-word ones, 0.03 % of
     15-word ones and under 0.01 % of longer ones score below 8.0. The score
     is needed because the checksum alone passes one ordinary clause in 16
     (4 bits for 12 words), and the checksum because windows of ordinary
     wallet sentences reach a score of 8.85.
  3. *After a cue* (助记词, 记忆词, seed, mnemonic...): the 12-24 list characters
     right after it (skipping one 是/为), with the same checksum and score
     test, so that "我的助记词是的一是在不了有和人这中大" is caught though its
     run starts with the cue.

  The cost of these rules: a phrase typed without spaces *and* glued to other
  Chinese text with no cue word, or mistyped, slips through; a spaced one is
  always caught.
* **Private keys.** 64 hexadecimal digits, with or without ``0x``, are both a
  private key and a transaction hash. The value is a transaction hash, and
  kept, when the nearest cue on its line within 48 characters before it (or,
  failing that, 24 after) is a transaction word (tx, txid, hash, transaction,
  signature, 交易哈希, 交易号, 哈希...) or when it sits in a URL (explorer
  links); it is a private key when that cue is a key word (private key,
  secret, key, 私钥, 密钥...) or when there is no cue at all: an unexplained
  64-hex value is treated as the worse case. The same rule covers 86-90
  character base58 strings (Solana secret keys, which share their length
  with Solana transaction signatures). WIF keys (base58, 51 characters from
  "5" or 52 from "K"/"L") and extended private keys (xprv, yprv, zprv, tprv,
  uprv, vprv and the multisig Yprv, Zprv, Uprv, Vprv) are always keys.
  Extended *public* keys (xpub...) are kept: they cannot move funds, and
  support may need one to look up a watch-only wallet.
* **Card numbers.** 13-19 digits, written together or in groups of 2 or more
  separated by single spaces or dashes, that pass Luhn and start with a prefix
  issued to payment cards (3-6, 9, or 2200-2204 and 2221-2720; 0, 1, 7, 8 are
  airline, petroleum, telecom and SIM numbers). Longer digit strings (Alipay's
  28-32 digit trade numbers, order ids) are never cards. A number is kept when
  the nearest cue on its line within 24 characters before it is an order word
  (order, 订单, 交易号, trade, 流水, 单号...) rather than a card word. A number
  after "+" is a phone number.
* **ID numbers.** 18 characters (six digits, a birth date from 1800 to 2099,
  three digits, a digit or X) with a valid ISO 7064 MOD 11-2 check digit,
  optionally grouped 6-8-4.
* **Verification codes.** After (or, digits only, before) a trigger such as
  code, OTP, 2FA, CVV, 验证码, 校验码, 动态码, 短信码: 4-8 digits, optionally in
  groups ("4829-13"), or 4-8 letters and digits mixed. "error code", "promo
  code", "country code" and the like are not triggers, and letter-prefixed
  values such as E1021 are error codes.
* **Passwords.** After password, passcode, pwd, PIN, 密码, 支付密码, 口令: the
  token (quoted, or up to the next space) after "is", ":", "=", "是"...; with
  no connecting word, only a token of 4+ characters containing a digit or a
  symbol. Ordinary words after "is" ("my password is wrong") are not
  passwords, and neither are stars a user typed instead ("********").
  Trailing punctuation (".", ",", ";", ")"...) stays outside the mask; "!"
  and "?" are kept inside, since passwords often end with them.

Markers of both languages are recognised and left as they are; `redact` runs
until nothing more changes, so that ``redact(redact(x)) == redact(x)``.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["KINDS", "Redacted", "mask_contact", "redact"]

KINDS: tuple[str, ...] = (
    "recovery-phrase",
    "private-key",
    "card-number",
    "id-number",
    "verification-code",
    "password",
)

# When hits of different kinds cover the same text, the one named first wins.
_PRECEDENCE = (
    "private-key",
    "recovery-phrase",
    "id-number",
    "card-number",
    "password",
    "verification-code",
)

_PHRASE_MIN = 12
_PHRASE_LENGTHS = (12, 15, 18, 21, 24)
_MAX_BRIDGES = 2
_MIN_RARITY = 8.0
_MAX_PASSES = 4


@dataclass(frozen=True, slots=True)
class Redacted:
    """The result of `redact`: the masked text and what was removed from it."""

    text: str
    kinds: tuple[str, ...]

    @property
    def changed(self) -> bool:
        """Whether anything was removed."""
        return bool(self.kinds)

    def counts(self) -> dict[str, int]:
        """Return how many secrets of each kind were removed (kinds with none left out)."""
        tally = Counter(self.kinds)
        return {kind: tally[kind] for kind in KINDS if tally[kind]}


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int
    kind: str


@dataclass(frozen=True, slots=True)
class _WordLists:
    english: frozenset[str]
    english_prefixes: frozenset[str]
    simplified: dict[str, int]
    traditional: dict[str, int]
    chinese: frozenset[str]


@lru_cache(maxsize=1)
def _lists() -> _WordLists:
    # Imported here: loading the lists costs milliseconds that an import of
    # this module (done by every command) must not pay.
    from mnemonic import Mnemonic

    english = Mnemonic("english").wordlist
    simplified = Mnemonic("chinese_simplified").wordlist
    traditional = Mnemonic("chinese_traditional").wordlist
    return _WordLists(
        english=frozenset(english),
        english_prefixes=frozenset(word[:4] for word in english if len(word) >= 4),
        simplified={char: rank for rank, char in enumerate(simplified)},
        traditional={char: rank for rank, char in enumerate(traditional)},
        chinese=frozenset(simplified) | frozenset(traditional),
    )


# --- text preparation --------------------------------------------------------

# Full-width ASCII and the ideographic space fold to ASCII one for one, so that
# positions in the folded view are positions in the original text.
_FOLD = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_BLANK = "\0"


@lru_cache(maxsize=8)
def _markers(lang: str) -> dict[str, str]:
    from walletsupport.i18n import t

    return {kind: t(f"redact.marker.{kind}", lang) for kind in KINDS}


@lru_cache(maxsize=1)
def _marker_pattern() -> re.Pattern[str]:
    from walletsupport.i18n import LANGS

    texts = {marker for lang in LANGS for marker in _markers(lang).values()}
    return re.compile("|".join(re.escape(text) for text in sorted(texts, key=len, reverse=True)))


def _view(text: str) -> str:
    """Fold the text for matching and blank out markers, which no rule may touch."""
    folded = text.translate(_FOLD)
    return _marker_pattern().sub(lambda m: _BLANK * len(m.group()), folded)


def _context_before(view: str, pos: int, width: int) -> str:
    """Return up to `width` characters before `pos` on its line, markers left out.

    Markers are left out so that a second pass, where a short secret has become
    a longer marker, sees cues at the same distance as the first.
    """
    line_start = view.rfind("\n", 0, pos) + 1
    return view[line_start:pos].replace(_BLANK, "")[-width:]


def _context_after(view: str, pos: int, width: int) -> str:
    line_end = view.find("\n", pos)
    return view[pos : len(view) if line_end < 0 else line_end].replace(_BLANK, "")[:width]


def _last_cue(context: str, cues: dict[str, re.Pattern[str]]) -> str | None:
    """Name the cue whose match ends last in `context`, if any."""
    best: str | None = None
    best_end = -1
    for name, pattern in cues.items():
        for match in pattern.finditer(context):
            if match.end() > best_end:
                best, best_end = name, match.end()
    return best


def _first_cue(context: str, cues: dict[str, re.Pattern[str]]) -> str | None:
    best: str | None = None
    best_start = len(context) + 1
    for name, pattern in cues.items():
        match = pattern.search(context)
        if match and match.start() < best_start:
            best, best_start = name, match.start()
    return best


def _words(*alternatives: str) -> str:
    """An alternation of English words that must not be part of a longer word.

    Digits count as part of a word too: "pwd" and "tx" occur inside base58
    addresses, where they are no cue.
    """
    return rf"(?<![A-Za-z0-9])(?:{'|'.join(alternatives)})(?![A-Za-z0-9])"


# --- separators between the words of a phrase --------------------------------

_SEPARATOR = r"[\s,;|/_*·•'\"‘’“”、，；\-–—]"
_NUMBERING = r"(?:[(\[]?\d{1,2}(?!\d)[.)\]:、]?|#\d{1,2}(?!\d)|[①-⑳])"
_GAP = re.compile(rf"(?:{_SEPARATOR}|{_NUMBERING}){{1,24}}")
_ENGLISH_WORD = re.compile(r"[A-Za-z]+")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


@dataclass(frozen=True, slots=True)
class _Token:
    start: int
    end: int
    known: bool
    bridgeable: bool


def _joinable(view: str, left: _Token, right: _Token) -> bool:
    return _GAP.fullmatch(view, left.end, right.start) is not None


def _runs(view: str, tokens: Sequence[_Token], minimum: int) -> Iterable[tuple[int, int]]:
    """Yield spans of `minimum`+ tokens in a row, a few of them unknown but bridged.

    A run ends at a gap that is not a separator, at a token that can be
    neither known nor bridged, or at a third bridge; in the last case a new run
    starts after the run's first bridge, so that a phrase is not lost to an
    unknown word just before it.
    """
    run: list[_Token] = []
    for token in tokens:
        if run and not _joinable(view, run[-1], token):
            yield from _emit(run, minimum)
            run = []
        if token.known:
            run.append(token)
            continue
        if not run or not token.bridgeable:
            yield from _emit(run, minimum)
            run = []
            continue
        if sum(not item.known for item in run) >= _MAX_BRIDGES:
            yield from _emit(run, minimum)
            first_bridge = next(i for i, item in enumerate(run) if not item.known)
            run = run[first_bridge + 1 :]
            while run and not run[0].known:
                run.pop(0)
            if not run:
                continue
        run.append(token)
    yield from _emit(run, minimum)


def _emit(run: Sequence[_Token], minimum: int) -> Iterable[tuple[int, int]]:
    """Yield the span of `run` without its trailing bridges, if it is long enough."""
    end = len(run)
    while end and not run[end - 1].known:
        end -= 1
    if end >= minimum:
        yield run[0].start, run[end - 1].end


# --- recovery phrases --------------------------------------------------------


def _english_phrases(view: str) -> Iterable[_Hit]:
    lists = _lists()
    tokens: list[_Token] = []
    for match in _ENGLISH_WORD.finditer(view):
        word = match.group().lower()
        known = word in lists.english or (len(word) >= 4 and word[:4] in lists.english_prefixes)
        tokens.append(_Token(match.start(), match.end(), known, 4 <= len(word) <= 8))
    for start, end in _runs(view, tokens, _PHRASE_MIN):
        yield _Hit(start, end, "recovery-phrase")


def _checksum_ok(indices: Sequence[int]) -> bool:
    """Check the BIP39 checksum of word indices (12, 15, 18, 21 or 24 of them)."""
    import hashlib  # only needed once a candidate phrase turns up

    total_bits = len(indices) * 11
    checksum_bits = total_bits // 33
    number = 0
    for index in indices:
        number = (number << 11) | index
    entropy = number >> checksum_bits
    checksum = number & ((1 << checksum_bits) - 1)
    digest = hashlib.sha256(entropy.to_bytes((total_bits - checksum_bits) // 8, "big")).digest()
    return digest[0] >> (8 - checksum_bits) == checksum


def _is_chinese_phrase(chars: str) -> bool:
    """Whether `chars` is a whole Chinese phrase: one list, valid checksum, rare enough."""
    if len(chars) not in _PHRASE_LENGTHS:
        return False
    lists = _lists()
    for ranks in (lists.simplified, lists.traditional):
        indices = [ranks.get(char, -1) for char in chars]
        if min(indices) < 0:
            continue
        rarity = sum(math.log2(index + 1) for index in indices) / len(indices)
        if rarity >= _MIN_RARITY and _checksum_ok(indices):
            return True
    return False


_CHINESE_CUE = re.compile(
    "助记词|助記詞|记忆词|記憶詞|恢复词|恢復詞|种子词|種子詞|助记码|助記碼|私钥|私鑰"
    "|(?i:" + _words("seed", "mnemonic", "recovery", "phrase") + ")"
)
_CUE_CONNECTORS = "是为為"
_COLON = re.compile(r":\s*")  # the view has folded "：" to ":"


def _chinese_phrases(view: str) -> Iterable[_Hit]:
    lists = _lists()
    han = [(m.start(), m.end()) for m in _HAN.finditer(view)]
    # Rule 1: characters standing alone between separators.
    singles = [
        _Token(start, end, end - start == 1 and view[start] in lists.chinese, end - start == 1)
        for start, end in han
    ]
    for start, end in _runs(view, singles, _PHRASE_MIN):
        yield _Hit(start, end, "recovery-phrase")
    # Rule 2: a whole run of exactly 12-24 characters, or groups of one size
    # (the last may be shorter) adding up to that.
    for i, (start, end) in enumerate(han):
        chars = view[start:end]
        if _is_chinese_phrase(chars):
            yield _Hit(start, end, "recovery-phrase")
        size = end - start
        if size == 1:
            continue  # characters standing alone are rule 1's, without a checksum
        for j in range(i + 1, len(han)):
            next_size = han[j][1] - han[j][0]
            if next_size > size or _GAP.fullmatch(view, han[j - 1][1], han[j][0]) is None:
                break
            chars += view[han[j][0] : han[j][1]]
            if len(chars) > _PHRASE_LENGTHS[-1]:
                break
            if _is_chinese_phrase(chars):
                yield _Hit(start, han[j][1], "recovery-phrase")
            if next_size < size:
                break
    # Rule 3: right after a cue word.
    for cue in _CHINESE_CUE.finditer(view):
        chars, positions = _following_han(view, cue.end())
        offsets = (0, 1) if chars[:1] and chars[0] in _CUE_CONNECTORS else (0,)
        for offset in offsets:
            for length in reversed(_PHRASE_LENGTHS):
                window = chars[offset : offset + length]
                if len(window) == length and _is_chinese_phrase(window):
                    yield _Hit(
                        positions[offset], positions[offset + length - 1] + 1, "recovery-phrase"
                    )
                    break


def _following_han(view: str, pos: int) -> tuple[str, list[int]]:
    """Collect up to 25 Chinese characters after `pos`, skipping separators."""
    chars: list[str] = []
    positions: list[int] = []
    while pos < len(view) and len(chars) < 25:
        if _HAN.match(view, pos):
            chars.append(view[pos])
            positions.append(pos)
            pos += 1
            continue
        gap = _GAP.match(view, pos) or _COLON.match(view, pos)
        if gap is None:
            break
        pos = gap.end()
    return "".join(chars), positions


# --- private keys ------------------------------------------------------------

_BASE58 = "1-9A-HJ-NP-Za-km-z"
_HEX_KEY = re.compile(r"(?<![0-9A-Za-z])(?:0[xX])?[0-9a-fA-F]{64}(?![0-9A-Za-z])")
_BASE58_KEY = re.compile(rf"(?<![0-9A-Za-z])[{_BASE58}]{{86,90}}(?![0-9A-Za-z])")
_WIF = re.compile(rf"(?<![0-9A-Za-z])(?:5[{_BASE58}]{{50}}|[KL][{_BASE58}]{{51}})(?![0-9A-Za-z])")
_EXTENDED_PRIVATE = re.compile(rf"(?<![0-9A-Za-z])[xyztuvYZUV]prv[{_BASE58}]{{20,}}(?![0-9A-Za-z])")
_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"',。]+"
    r"|(?<![\w.@-])[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)+/[^\s<>\"',。]*"
)
_KEY_CUES = {
    "tx": re.compile(
        "(?i:"
        + _words("tx", "txid", "txn", "txhash", "hash", "hashes", "transaction", "signature")
        + ")|交易哈希|交易號|交易号|哈希|交易\\s*(?i:id|hash)|签名|簽名|区块浏览器|區塊瀏覽器"
    ),
    "key": re.compile(
        "(?i:" + _words(r"private\s*key", "privkey", "secret", "key", "wif") + ")"
        "|私钥|私鑰|密钥|密鑰|秘钥"
    ),
}


def _keys(view: str) -> Iterable[_Hit]:
    urls: list[tuple[int, int]] | None = None
    for pattern in (_HEX_KEY, _BASE58_KEY):
        for match in pattern.finditer(view):
            if urls is None:
                urls = [(m.start(), m.end()) for m in _URL.finditer(view)]
            if any(start <= match.start() and match.end() <= end for start, end in urls):
                continue
            cue = _last_cue(_context_before(view, match.start(), 48), _KEY_CUES)
            if cue is None:
                cue = _first_cue(_context_after(view, match.end(), 24), _KEY_CUES)
            if cue != "tx":
                yield _Hit(match.start(), match.end(), "private-key")
    for pattern in (_WIF, _EXTENDED_PRIVATE):
        for match in pattern.finditer(view):
            if not match.group().isdigit():
                yield _Hit(match.start(), match.end(), "private-key")


# --- ID and card numbers -----------------------------------------------------

_ID_NUMBER = re.compile(
    r"(?<![0-9A-Za-z])[1-9]\d{5} ?(?:18|19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
    r" ?\d{3}[0-9Xx](?![0-9A-Za-z])"
)
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def _id_check_ok(number: str) -> bool:
    digits = number.replace(" ", "").upper()
    total = sum(int(d) * w for d, w in zip(digits[:17], _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11] == digits[17]


def _id_numbers(view: str) -> Iterable[_Hit]:
    for match in _ID_NUMBER.finditer(view):
        if _id_check_ok(match.group()):
            yield _Hit(match.start(), match.end(), "id-number")


_DIGIT_GROUPS = re.compile(r"(?<![0-9A-Za-z+])(?<!\d[.,])\d+(?:[ -]\d+)*(?![0-9A-Za-z])")
_CARD_CUES = {
    "order": re.compile(
        "(?i:"
        + _words("order", "orders", "trade", "invoice", "tracking", "reference", "ref", "bill")
        + ")|订单|訂單|交易号|交易號|流水|单号|單號|商户单号|账单|帳單"
    ),
    "card": re.compile(
        "(?i:" + _words("card", "visa", "mastercard", "unionpay", "amex") + ")"
        "|卡号|卡號|银行卡|銀行卡|信用卡|储蓄卡|儲蓄卡|借记卡|借記卡|银联|銀聯|卡"
    ),
}


def _luhn_ok(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def _card_prefix_ok(digits: str) -> bool:
    first = digits[0]
    if first in "34569":
        return True
    if first == "2":
        head = int(digits[:4])
        return 2200 <= head <= 2204 or 2221 <= head <= 2720
    return False


def _card_numbers(view: str) -> Iterable[_Hit]:
    for match in _DIGIT_GROUPS.finditer(view):
        groups = [(m.start(), m.end()) for m in re.finditer(r"\d+", match.group())]
        base = match.start()
        found: list[tuple[int, int]] = []
        for i in range(len(groups)):
            digits = ""
            for j in range(i, len(groups)):
                start, end = groups[j]
                if j > i and (end - start < 2 or groups[i][1] - groups[i][0] < 2):
                    break
                digits += match.group()[start:end]
                if len(digits) > 19:
                    break
                if len(digits) >= 13 and _luhn_ok(digits) and _card_prefix_ok(digits):
                    found.append((base + groups[i][0], base + end))
        # Every valid reading is yielded; overlapping ones merge later, so a
        # longer number that starts before a card cannot leave its end visible.
        for start, end in found:
            if _last_cue(_context_before(view, start, 24), _CARD_CUES) != "order":
                yield _Hit(start, end, "card-number")


# --- verification codes ------------------------------------------------------

_CODE_TRIGGER = re.compile(
    "(?i:" + _words("otp", "2fa", "mfa", "totp", "code", "codes", "cvv2?", "cvc2?", "cvn") + ")"
    "|验证码|驗證碼|校验码|校驗碼|动态码|動態碼|短信码|短信碼|安全码|安全碼"
)
# Words before "code" that make it some other code than a verification code.
# fmt: off
_NOT_A_CODE_BEFORE = re.compile(
    "(?i:"
    + _words(
        "error", "err", "status", "response", "return", "reason", "result", "fault", "exit",
        "http", "promo", "promotion", "coupon", "discount", "voucher", "gift", "invite",
        "invitation", "referral", "ref", "reference", "zip", "postal", "post", "country", "area",
        "dial", "bank", "swift", "sort", "branch", "qr", "bar", "merchant", "product", "tracking",
        "source", "tax", "fee", "currency",
    )
    + r")[\s_-]*$"
)
# fmt: on
_CODE_FILLER = re.compile(
    r"(?:[\s:=#\-]|"
    + _words("is", "was", "were", "reads", "says", "of", "number", "no", "code", "codes")
    + r"|是|为|為|号|號|码|碼|就是|如下)*",
    re.IGNORECASE,
)
_CODE_TOKENS = (
    # Grouped digits first ("4829-13", "123 456"), then a single token.
    re.compile(r"(?<![0-9A-Za-z])\d{2,6}(?:[ -]\d{2,6}){1,3}(?![0-9A-Za-z])(?![.,]\d)"),
    re.compile(r"(?<![0-9A-Za-z])[0-9A-Za-z]{3,8}(?![0-9A-Za-z])(?![.,]\d)"),
)
_CODE_BEFORE_TRIGGER = re.compile(
    r"(?<![0-9A-Za-z.,])(\d{4,8})(?![0-9A-Za-z])\s*(?:(?:is|was)\s+|是|为|為)?"
    r"(?:(?:the|my|your|a)\s+)?(?:(?:verification|sms|2fa|otp|login|security|one[- ]time)\s*)?"
    r"(?:(?<![A-Za-z])code(?![A-Za-z])|验证码|驗證碼|校验码|校驗碼|动态码|動態碼|短信码|短信碼)",
    re.IGNORECASE,
)
_ERROR_CODE_SHAPE = re.compile(r"[A-Za-z]{1,4}[-_]?\d+")
_DATE_SHAPE = re.compile(r"(?:19|20)\d\d[ -]\d\d[ -]\d\d")


_CARD_SECURITY_CODES = frozenset({"cvv", "cvv2", "cvc", "cvc2", "cvn", "安全码", "安全碼"})


def _code_value_ok(token: str, fewest_digits: int) -> bool:
    digits = sum(char.isdigit() for char in token)
    if token.replace(" ", "").replace("-", "").isdigit():
        return fewest_digits <= digits <= 8 and not _DATE_SHAPE.fullmatch(token)
    if len(token) < 4 or not token.isalnum() or digits == 0:
        return False
    return _ERROR_CODE_SHAPE.fullmatch(token) is None


def _verification_codes(view: str) -> Iterable[_Hit]:
    for trigger in _CODE_TRIGGER.finditer(view):
        if trigger.group().lower() in ("code", "codes") and _NOT_A_CODE_BEFORE.search(
            view, max(0, trigger.start() - 24), trigger.start()
        ):
            continue
        filler = _CODE_FILLER.match(view, trigger.end())
        pos = filler.end() if filler else trigger.end()
        # A card's security code has three digits; other codes four or more.
        fewest = 3 if trigger.group().lower() in _CARD_SECURITY_CODES else 4
        for pattern in _CODE_TOKENS:
            token = pattern.match(view, pos)
            if token and _code_value_ok(token.group(), fewest):
                yield _Hit(token.start(), token.end(), "verification-code")
                break
    for match in _CODE_BEFORE_TRIGGER.finditer(view):
        yield _Hit(match.start(1), match.end(1), "verification-code")


# --- passwords ---------------------------------------------------------------

_PASSWORD = re.compile(
    r"(?:(?i:"
    + _words(
        "password", "passwords", "passcode", "passwd", "pwd", r"pass\s?word", r"pin(?:\s?code)?"
    )
    + r")|密码|密碼|口令)"
    r"(?P<qualifier>\s+(?i:for|on|of|at)\s+(?:(?i:the|my)\s+)?[A-Za-z][\w.]{0,20})?"
    r"(?P<connector>\s*(?:(?i:is|was|are|were)(?![A-Za-z])|[:=]|(?:也|还|還|都|一直|仍然|就)?(?:是|为|為)"
    r"|改成了?|改为|改為|设为|設為|设置为|設置為)?\s*)"
    r"(?P<token>\"[^\"\n]{1,64}\"|'[^'\n]{1,64}'|“[^”\n]{1,64}”|‘[^’\n]{1,64}’|「[^」\n]{1,64}」"
    r"|[!-~]+)?"
)
_WORD_CONNECTORS = frozenset({"is", "was", "are", "were"})
# Words that describe a password rather than being one ("my password is wrong").
# fmt: off
_NOT_A_PASSWORD = frozenset({
    "a", "about", "above", "accepted", "all", "already", "also", "always", "an", "and", "any",
    "are", "as", "at", "bad", "be", "being", "blocked", "both", "but", "by", "case", "changed",
    "compromised", "correct", "definitely", "did", "different", "does", "empty", "enough",
    "exactly", "expired", "expiring", "fine", "for", "forgotten", "from", "gone", "good", "hacked",
    "has", "have", "here", "hidden", "how", "i", "in", "incorrect", "invalid", "it", "its", "just",
    "known", "leaked", "less", "like", "locked", "long", "lost", "mine", "missing", "more", "my",
    "never", "new", "no", "none", "not", "now", "ok", "okay", "old", "on", "only", "or",
    "probably", "really", "rejected", "required", "reset", "right", "safe", "same", "saved",
    "secure", "sensitive", "set", "short", "shown", "similar", "so", "stolen", "still", "stored",
    "strong", "that", "the", "their", "there", "this", "too", "unknown", "used", "very", "visible",
    "weak", "what", "when", "where", "which", "why", "with", "working", "wrong", "yes", "your",
})
# fmt: on
_MASKED_ALREADY = frozenset("*•·xX#")


def _passwords(view: str) -> Iterable[_Hit]:
    for match in _PASSWORD.finditer(view):
        token = match.group("token")
        if not token:
            continue
        start, end = match.span("token")
        if token[0] not in "\"'“‘「":
            stripped = token.rstrip(".,;:([{<)]}>'\"")
            end -= len(token) - len(stripped)
            token = stripped
        if not token or set(token) <= _MASKED_ALREADY:
            continue
        connector = (match.group("connector") or "").strip().lower()
        if not connector:
            if len(token) < 4 or token.isalpha():
                continue
        elif len(token) < 3 or (connector in _WORD_CONNECTORS and token.lower() in _NOT_A_PASSWORD):
            continue
        yield _Hit(start, end, "password")


# --- putting it together -----------------------------------------------------

_DETECTORS: tuple[Callable[[str], Iterable[_Hit]], ...] = (
    _english_phrases,
    _chinese_phrases,
    _keys,
    _id_numbers,
    _card_numbers,
    _verification_codes,
    _passwords,
)


def _resolve(hits: Iterable[_Hit]) -> list[_Hit]:
    """Merge overlapping hits into one, named after the longest (then by precedence).

    Merging rather than choosing keeps every character any rule flagged inside
    the mask.
    """
    merged: list[list[_Hit]] = []
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        if merged and hit.start < max(h.end for h in merged[-1]):
            merged[-1].append(hit)
        else:
            merged.append([hit])
    resolved: list[_Hit] = []
    for group in merged:
        best = min(group, key=lambda h: (h.start - h.end, _PRECEDENCE.index(h.kind)))
        resolved.append(_Hit(group[0].start, max(h.end for h in group), best.kind))
    return resolved


def _find(text: str) -> list[_Hit]:
    """Find the secrets in `text`, merged so that no two overlap."""
    view = _view(text)
    hits = [
        hit
        for detect in _DETECTORS
        for hit in detect(view)
        if _BLANK not in view[hit.start : hit.end]
    ]
    return _resolve(hits)


_Segment = tuple[str, str | None]


def _apply(segments: list[_Segment], hits: list[_Hit], markers: dict[str, str]) -> list[_Segment]:
    """Replace the hits (spans of the joined text) with markers, segment by segment.

    A segment is plain text (kind None) or a marker placed by an earlier pass.
    Hits never overlap markers, which every pass blanks out, so each hit lies
    inside one plain segment.
    """
    result: list[_Segment] = []
    offset = 0
    pending = iter(hits)
    hit = next(pending, None)
    for text, kind in segments:
        end = offset + len(text)
        if kind is not None:
            result.append((text, kind))
            offset = end
            continue
        cursor = offset
        while hit is not None and hit.start < end:
            result.append((text[cursor - offset : hit.start - offset], None))
            result.append((markers[hit.kind], hit.kind))
            cursor = hit.end
            hit = next(pending, None)
        result.append((text[cursor - offset :], None))
        offset = end
    return [segment for segment in result if segment[0]]


def redact(text: str, lang: str = "en") -> Redacted:
    """Replace every secret in `text` with a marker naming its kind.

    Passes repeat until one finds nothing (in practice the second), so the
    result is a fixed point: redacting it again changes nothing.

    Args:
        text: Free text typed by a user or written by support.
        lang: Language of the markers (``"en"`` or ``"zh"``).

    Returns:
        The masked text and the kinds removed, one per removal, in order.
    """
    segments: list[_Segment] = [(text, None)]
    markers = _markers(lang)
    for _ in range(_MAX_PASSES):
        hits = _find("".join(piece for piece, _ in segments))
        if not hits:
            break
        segments = _apply(segments, hits, markers)
    return Redacted(
        "".join(piece for piece, _ in segments),
        tuple(kind for _, kind in segments if kind is not None),
    )


# --- contact details ---------------------------------------------------------

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
