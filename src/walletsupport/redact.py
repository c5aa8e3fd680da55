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
  stamp on steel plates and typos after the fourth letter). A run may bridge
  at most two unknown words (typos early in a word: a phrase with one word
  mistyped must not leak its other eleven): words of 4-8 letters, and words of
  2-3 letters ("unit fla aunt") unless they are common short English words
  ("is", "the", "and", "my"...), which would let sentences chain: "my seed
  phrase is <phrase>" masks the phrase and keeps "seed phrase is". A bridge is
  never a run's first or last word. The checksum is not required, since users
  mistype. Runs longer than 24 are masked whole, and a list word right before
  or after a phrase ("phrase", "seed") is masked with it. "." and ":"
  separate words only after a number, so sentences do not chain into one run;
  but a run in which *every* gap is one dot, with or without a space
  ("abandon.ability.able...", "abandon. ability. able. ..."), is a phrase too:
  prose never puts a dot between every word. Measured on the 48 ordinary
  English sentences in the tests (and on all of them joined), the longest run
  under these rules is 6 words (a test keeps this true); on the 4,900 English
  lines of the project's own flows, docs and messages, prose reaches 10 (as
  before short bridges were allowed), and only the comma-separated keyword
  lists of the flows go past 12 (17; 13 before), which nobody types as an
  answer. So 12 leaves a margin.
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
  28-32 digit trade numbers, order ids) are never cards. A number is the
  order's own, and kept, only when an order word (order, trade, invoice,
  reference, ref, bill, 订单, 交易号, 流水, 单号, 账单...) stands right before
  it, with nothing between but spaces and at most eight of "#", ":", "=",
  "-", ".", "no", "nr", "num", "number", "id", "is", "was", 号, 编号, 是, 为
  ("Order #4532...", "trade no. 4111...", "订单号：6222...", "order number is
  ..."). Any other word or number between makes it a card again: "I paid
  order 123 with 4111 1111 1111 1111" and "订单用卡4111..." are masked. A
  number after "+" is a phone number.
* **ID numbers.** 18 characters (six digits, a birth date from 1800 to 2099,
  three digits, a digit or X) with a valid ISO 7064 MOD 11-2 check digit,
  optionally grouped 6-8-4 by single spaces or dashes ("110105-19491231-002X").
* **Verification codes.** After (or, digits only, before) a trigger such as
  code, OTP, 2FA, CVV, 验证码, 校验码, 动态码, 短信码: 4-8 digits, together, in
  groups ("4829-13", "123 456") or typed one by one ("4 8 2 9 1 3"), or 4-8
  letters and digits mixed. The value comes either right after the trigger
  and its filler ("is", ":", "number", 是, 号...) or after a short gap: at
  most 30 characters of the same sentence, without digits, that end in a
  connecting word or sign (is, was, were, are, reads, says, ":", "=", 是, 为):
  "the SMS code I received was 482913", "the code I got: 739201",
  "验证码发给了骗子，是482913". A gap that names another number (fee, amount,
  balance, order, card, error, time, 金额, 余额, 订单, 交易, 时间...) or opens
  another clause (and, but, so, because, 但, 而且, 所以...) leads to no code,
  so "the code expired and the amount was 5000" is kept, and so does a gap
  with a digit in it ("验证码在11月24日发来，是..." is missed: dates and amounts
  come first). A value followed by a unit or a currency (USDT, 元, %,
  minutes, 次...) is an amount or a time, and one followed by "error", 错误 or
  报错 an error code: "code 40001 error" is kept, and "code 500 error" too
  (three digits are too few for anything but a card's CVV). "error code",
  "promo code", "country code" and the like are not triggers, and
  letter-prefixed values such as E1021 are error codes.
* **Passwords.** After password, passcode, pwd, PIN, 密码, 支付密码, 口令 and a
  connector ("is", ":", "=", "是", "改成"...): a quoted value, or the rest of
  the clause. In Latin script that is the first token and the words that
  follow it on the line, one to three spaces apart, up to 12 words: it ends at
  a word ending in punctuation (". , ; :" stay outside the mask, "!" and "?"
  inside, since passwords often end with them), at a word with an apostrophe
  or bracket, at a line end, and before an ordinary English word (and, but,
  I, it, please, since, the...: the describing words below and about a
  hundred function words). So "my password is correct horse battery staple"
  masks all four words, "my password is hunter2 and I changed it" only
  "hunter2". After "is"/"was", a first word that describes a password
  ("wrong", "correct", "not"...) makes the clause talk, not a password
  ("my password is wrong"), unless three or more words follow it ("correct
  horse battery staple"). In Chinese it is the run of Chinese characters
  after the connector, with further runs one to three spaces apart ("我爱北京
  天安门"), up to punctuation or a conjunction (但, 可是, 不过, 而且, 所以,
  因为...) and at most 64 characters; it is kept when it starts with a word
  that describes or asks (多少, 什么, 几, 对, 错, 正确, 不, 没, 空, 被, 在,
  自己...) or ends in 的, 了 or a question particle: "支付密码是多少位？",
  "密码是对的", "密码是我自己设置的". With no connector, only one token of 4+
  characters containing a digit or a symbol is a password. Stars a user typed
  instead ("********") are never one.

Reference answers: ``redact(text, reference=True)`` is for an answer to a
question that asks for an order number, a transaction id or hash, or a bank
reference ("The withdrawal's order or transaction number... For crypto, the
transaction hash"). There a 64-hex value (with or without ``0x``) or an 86-90
character base58 value with no cue at all is a transaction hash and is kept (a
key cue, "private key 0x...", still masks it), and a number that passes the
card rules but has no card word (card, Visa, Mastercard, UnionPay, Amex, 卡,
卡号, 银行卡, 信用卡, 银联...) within 24 characters before or after it on its
line is a transaction id and is kept ("Transaction id 4000123456789017").
Recovery phrases, passwords, verification codes, WIF and extended private keys
and ID numbers are masked as everywhere else.

Cost: every rule looks at a bounded neighbourhood of each candidate (24-48
characters of context, 40 of filler, a 30-character gap, 12 password words, 25
characters after a cue), runs of words are walked once, and Chinese windows are
priced with prefix sums, so redaction is linear in the length of the text. On
the adversarial 100,000-character inputs of the tests (trigger words, digits,
BIP39 words, hex, Chinese, each repeated) it takes at most about 0.4 s, where
"code " * 25000 used to take 68 s.

Markers of both languages are recognised and left as they are; `redact` runs
until nothing more changes, so that ``redact(redact(x)) == redact(x)``.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
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
# Rarity is added up in fixed point (1/65536 of a bit), so that every pass and
# every rule decides a borderline phrase alike.
_RARITY_SCALE = 1 << 16
_RARITY_BAR = int(_MIN_RARITY * _RARITY_SCALE)
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
    # log2(rank + 1) of each character in fixed point, for the rarity score.
    simplified_log: dict[str, int]
    traditional_log: dict[str, int]


def _scaled_log(rank: int) -> int:
    return round(math.log2(rank + 1) * _RARITY_SCALE)


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
        simplified_log={char: _scaled_log(rank) for rank, char in enumerate(simplified)},
        traditional_log={char: _scaled_log(rank) for rank, char in enumerate(traditional)},
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
    a longer marker, sees cues at the same distance as the first. Only as much
    of the line is read as the context needs, so that a long line costs no more
    per candidate than a short one.
    """
    start = pos
    need = width
    while need > 0 and start > 0:
        low = max(0, start - max(need, 64))
        piece = view[low:start]
        newline = piece.rfind("\n")
        if newline >= 0:
            start = low + newline + 1
            break
        need -= len(piece) - piece.count(_BLANK)
        start = low
    return view[start:pos].replace(_BLANK, "")[-width:]


def _context_after(view: str, pos: int, width: int) -> str:
    end = pos
    need = width
    while need > 0 and end < len(view):
        high = min(len(view), end + max(need, 64))
        piece = view[end:high]
        newline = piece.find("\n")
        if newline >= 0:
            end += newline
            break
        need -= len(piece) - piece.count(_BLANK)
        end = high
    return view[pos:end].replace(_BLANK, "")[:width]


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
# Words joined by dots ("abandon.ability" or "abandon. ability"): a run in
# which *every* gap is one dot, which prose never is.
_DOT_GAP = re.compile(r"[ \t]?\.[ \t]?")
_LONGEST_GAP = 96  # no gap of 24 separators or numberings is longer
_ENGLISH_WORD = re.compile(r"[A-Za-z]+")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


@dataclass(frozen=True, slots=True)
class _Token:
    start: int
    end: int
    known: bool
    bridgeable: bool


def _runs(
    view: str, tokens: Sequence[_Token], minimum: int, gap: re.Pattern[str] = _GAP
) -> Iterable[tuple[int, int]]:
    """Yield spans of `minimum`+ tokens in a row, a few of them unknown but bridged.

    A run ends at a gap that `gap` does not match whole, at a token that can
    be neither known nor bridged, or at a third bridge; in the last case a new
    run starts after the run's first bridge, so that a phrase is not lost to an
    unknown word just before it. Each token is looked at a bounded number of
    times, so the cost is linear in the number of tokens.
    """
    run: list[_Token] = []
    bridges: list[int] = []  # positions in `run` of its unknown tokens
    for token in tokens:
        if run and (
            token.start - run[-1].end > _LONGEST_GAP
            or gap.fullmatch(view, run[-1].end, token.start) is None
        ):
            yield from _emit(run, minimum)
            run, bridges = [], []
        if token.known:
            run.append(token)
            continue
        if not run or not token.bridgeable:
            yield from _emit(run, minimum)
            run, bridges = [], []
            continue
        if len(bridges) >= _MAX_BRIDGES:
            yield from _emit(run, minimum)
            cut = bridges[0] + 1
            run = run[cut:]
            bridges = [index - cut for index in bridges[1:]]
            # The run restarts at a known word; a bridge may not open it.
            while run and not run[0].known:
                run = run[1:]
                bridges = [index - 1 for index in bridges[1:]]
            if not run:
                bridges = []
                continue
        bridges.append(len(run))
        run.append(token)
    yield from _emit(run, minimum)


def _emit(run: Sequence[_Token], minimum: int) -> Iterable[tuple[int, int]]:
    """Yield the span of `run` without its trailing bridges, if it is long enough."""
    end = len(run)
    while end and not run[end - 1].known:
        end -= 1
    if end >= minimum:
        yield run[0].start, run[end - 1].end


# Short words of ordinary English that are not list words: a phrase may bridge
# a mistyped word of two or three letters ("fla"), but not one of these, which
# would let sentences chain into runs.
# fmt: off
_COMMON_SHORT = frozenset({
    "ago", "am", "an", "and", "app", "are", "as", "at", "be", "btc", "btw", "but", "by", "day",
    "did", "do", "don", "eth", "etc", "for", "get", "got", "had", "has", "he", "her", "hey",
    "hi", "him", "his", "how", "id", "if", "in", "is", "isn", "it", "its", "let", "ll", "lol",
    "may", "me", "min", "my", "no", "nor", "not", "of", "oh", "ok", "on", "or", "otp", "our",
    "out", "per", "pin", "pls", "re", "sec", "she", "sms", "so", "the", "thx", "to", "too", "tx",
    "up", "us", "usd", "ve", "via", "was", "we", "who", "why", "won", "yes", "yet",
})
# fmt: on


def _english_tokens(view: str) -> list[_Token]:
    """The English words of `view`: known if in the list, bridgeable if a possible typo.

    A possible typo has 4-8 letters, or 2-3 letters and is no common short word.
    """
    lists = _lists()
    tokens: list[_Token] = []
    for match in _ENGLISH_WORD.finditer(view):
        word = match.group().lower()
        known = word in lists.english or (len(word) >= 4 and word[:4] in lists.english_prefixes)
        bridgeable = 4 <= len(word) <= 8 or (len(word) in (2, 3) and word not in _COMMON_SHORT)
        tokens.append(_Token(match.start(), match.end(), known, bridgeable))
    return tokens


def _english_phrases(view: str) -> Iterable[_Hit]:
    tokens = _english_tokens(view)
    for gap in (_GAP, _DOT_GAP):
        for start, end in _runs(view, tokens, _PHRASE_MIN, gap):
            yield _Hit(start, end, "recovery-phrase")


def _checksum_ok(indices: Sequence[int]) -> bool:
    """Check the BIP39 checksum of word indices (12, 15, 18, 21 or 24 of them)."""
    number = 0
    for index in indices:
        number = (number << 11) | index
    return _number_checksum_ok(number, len(indices))


def _number_checksum_ok(number: int, words: int) -> bool:
    """Check the BIP39 checksum of a phrase given as its word indices in 11-bit digits."""
    import hashlib  # only needed once a candidate phrase turns up

    checksum_bits = words * 11 // 33
    entropy = number >> checksum_bits
    digest = hashlib.sha256(entropy.to_bytes((words * 11 - checksum_bits) // 8, "big")).digest()
    return digest[0] >> (8 - checksum_bits) == number & ((1 << checksum_bits) - 1)


@lru_cache(maxsize=4096)
def _is_chinese_phrase(chars: str) -> bool:
    """Whether `chars` is a whole Chinese phrase: one list, valid checksum, rare enough.

    Cached: repeated text (a pasted block, a cue typed many times) is checked once.
    """
    if len(chars) not in _PHRASE_LENGTHS:
        return False
    lists = _lists()
    for ranks, logs in (
        (lists.simplified, lists.simplified_log),
        (lists.traditional, lists.traditional_log),
    ):
        if all(char in ranks for char in chars) and (
            sum(logs[char] for char in chars) >= _RARITY_BAR * len(chars)
            and _checksum_ok([ranks[char] for char in chars])
        ):
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
    yield from _contiguous_phrases(view, han)
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


_MISSING = -(1 << 48)  # the rarity of a character outside a list: no window passes


def _contiguous_phrases(view: str, han: Sequence[tuple[int, int]]) -> Iterable[_Hit]:
    """Rule 2: a run of 12-24 characters, or same-size groups (the last may be shorter).

    Each list's rarity is summed once over all Chinese characters (prefix sums)
    and each short run's indices packed once into an integer, so that a window
    costs a subtraction, a shift and, only when rare enough, one checksum.
    """
    lists = _lists()
    longest = _PHRASE_LENGTHS[-1]
    offsets: list[int] = []  # where each run starts among all Chinese characters
    total = 0
    for start, end in han:
        offsets.append(total)
        total += end - start
    tables: list[tuple[list[int], list[int]]] = []
    for ranks, logs in (
        (lists.simplified, lists.simplified_log),
        (lists.traditional, lists.traditional_log),
    ):
        prefix = [0]
        running = 0
        numbers: list[int] = []  # each run's indices as 11-bit digits; -1 if not all listed
        for start, end in han:
            number = 0 if end - start <= longest else -1
            for char in view[start:end]:
                running += logs.get(char, _MISSING)
                prefix.append(running)
                if number >= 0:
                    rank = ranks.get(char)
                    number = -1 if rank is None else (number << 11) | rank
            numbers.append(number)
        tables.append((prefix, numbers))

    (simplified_sums, simplified_numbers), (traditional_sums, traditional_numbers) = tables
    # Whether each run may follow the one before it in a group.
    joins = [False] + [
        han[j][0] - han[j - 1][1] <= _LONGEST_GAP
        and _GAP.fullmatch(view, han[j - 1][1], han[j][0]) is not None
        for j in range(1, len(han))
    ]

    def is_phrase(low: int, high: int, simplified: int, traditional: int) -> bool:
        bar = _RARITY_BAR * (high - low)
        return (
            simplified >= 0
            and simplified_sums[high] - simplified_sums[low] >= bar
            and _number_checksum_ok(simplified, high - low)
        ) or (
            traditional >= 0
            and traditional_sums[high] - traditional_sums[low] >= bar
            and _number_checksum_ok(traditional, high - low)
        )

    for i, (start, end) in enumerate(han):
        size = end - start
        if size > longest:
            continue
        low = offsets[i]
        simplified, traditional = simplified_numbers[i], traditional_numbers[i]
        if size in _PHRASE_LENGTHS and is_phrase(low, low + size, simplified, traditional):
            yield _Hit(start, end, "recovery-phrase")
        if size == 1 or size == longest:
            continue  # single characters are rule 1's; a longer group has no room for a second
        length = size
        for j in range(i + 1, len(han)):
            next_size = han[j][1] - han[j][0]
            if next_size > size or not joins[j]:
                break
            length += next_size
            if length > longest:
                break
            shift = 11 * next_size
            simplified = (
                (simplified << shift) | simplified_numbers[j]
                if simplified >= 0 and simplified_numbers[j] >= 0
                else -1
            )
            traditional = (
                (traditional << shift) | traditional_numbers[j]
                if traditional >= 0 and traditional_numbers[j] >= 0
                else -1
            )
            if length in _PHRASE_LENGTHS and is_phrase(
                low, low + length, simplified, traditional
            ):
                yield _Hit(start, han[j][1], "recovery-phrase")
            if next_size < size:
                break


def _following_han(view: str, pos: int) -> tuple[str, list[int]]:
    """Collect up to 25 list characters after `pos`, skipping separators."""
    chinese = _lists().chinese
    chars: list[str] = []
    positions: list[int] = []
    while pos < len(view) and len(chars) < 25:
        if view[pos] in chinese:
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


def _inside(spans: Sequence[tuple[int, int]], starts: Sequence[int], start: int, end: int) -> bool:
    """Whether [start, end) lies inside one of `spans` (sorted, not overlapping)."""
    i = bisect_right(starts, start) - 1
    return i >= 0 and end <= spans[i][1]


def _keys(view: str, reference: bool) -> Iterable[_Hit]:
    urls: list[tuple[int, int]] | None = None
    url_starts: list[int] = []
    for pattern in (_HEX_KEY, _BASE58_KEY):
        for match in pattern.finditer(view):
            if urls is None:
                urls = [(m.start(), m.end()) for m in _URL.finditer(view)]
                url_starts = [start for start, _ in urls]
            if _inside(urls, url_starts, match.start(), match.end()):
                continue
            cue = _last_cue(_context_before(view, match.start(), 48), _KEY_CUES)
            if cue is None:
                cue = _first_cue(_context_after(view, match.end(), 24), _KEY_CUES)
            # In an answer to "which transaction?", a value nobody explained is its hash.
            if cue == "tx" or (cue is None and reference):
                continue
            yield _Hit(match.start(), match.end(), "private-key")
    for pattern in (_WIF, _EXTENDED_PRIVATE):
        for match in pattern.finditer(view):
            if not match.group().isdigit():
                yield _Hit(match.start(), match.end(), "private-key")


# --- ID and card numbers -----------------------------------------------------

_ID_NUMBER = re.compile(
    r"(?<![0-9A-Za-z])[1-9]\d{5}[ -]?(?:18|19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
    r"[ -]?\d{3}[0-9Xx](?![0-9A-Za-z])"
)
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def _id_check_ok(number: str) -> bool:
    digits = re.sub(r"[ -]", "", number).upper()
    total = sum(int(d) * w for d, w in zip(digits[:17], _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11] == digits[17]


def _id_numbers(view: str) -> Iterable[_Hit]:
    for match in _ID_NUMBER.finditer(view):
        if _id_check_ok(match.group()):
            yield _Hit(match.start(), match.end(), "id-number")


_DIGIT_GROUPS = re.compile(r"(?<![0-9A-Za-z+])(?<!\d[.,])\d+(?:[ -]\d+)*(?![0-9A-Za-z])")
_ORDER_WORDS = (
    "(?i:"
    + _words("order", "orders", "trade", "invoice", "tracking", "reference", "ref", "bill")
    + ")|订单|訂單|交易号|交易號|流水|单号|單號|商户单号|账单|帳單"
)
# What may stand between an order word and its number: "order #", "trade no. ",
# "订单号：", "order number is ". Words ("with", "card", "用") may not.
_ORDER_FILLER = (
    r"[\s#:=.\-]|(?i:no|nr|num|number|id|is|was)(?![A-Za-z])|号|號|编号|編號|是|为|為"
)
_ORDER_RIGHT_BEFORE = re.compile(rf"(?:{_ORDER_WORDS})(?:{_ORDER_FILLER}){{0,8}}$")
_CARD_WORDS = re.compile(
    "(?i:" + _words("card", "cards", "visa", "mastercard", "unionpay", "amex") + ")"
    "|卡号|卡號|银行卡|銀行卡|信用卡|储蓄卡|儲蓄卡|借记卡|借記卡|银联|銀聯|卡"
)


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


def _card_numbers(view: str, reference: bool) -> Iterable[_Hit]:
    for match in _DIGIT_GROUPS.finditer(view):
        groups = [(m.start(), m.end()) for m in re.finditer(r"\d+", match.group())]
        base = match.start()
        found: list[tuple[int, int]] = []
        for i in range(len(groups)):
            if match.group()[groups[i][0]] not in "234569":
                continue  # no card starts so
            digits = ""
            for j in range(i, len(groups)):
                start, end = groups[j]
                if j > i and (end - start < 2 or groups[i][1] - groups[i][0] < 2):
                    break
                digits += match.group()[start:end]
                if len(digits) > 19:
                    break
                if len(digits) >= 13 and _card_prefix_ok(digits) and _luhn_ok(digits):
                    found.append((base + groups[i][0], base + end))
        # Every valid reading is yielded; overlapping ones merge later, so a
        # longer number that starts before a card cannot leave its end visible.
        for start, end in found:
            if _ORDER_RIGHT_BEFORE.search(_context_before(view, start, 24)):
                continue  # the number is the order's own
            if reference and not (
                _CARD_WORDS.search(_context_before(view, start, 24))
                or _CARD_WORDS.search(_context_after(view, end, 24))
            ):
                continue  # an answer about a payment: a transaction id
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
_FILLER_REACH = 40
# A few words between the trigger and the code ("the code I got: 739201",
# "验证码发给了骗子，是482913"): at most 30 characters of the same sentence,
# without digits or markers, ending in a connecting word or sign.
_CODE_GAP = re.compile(
    r"(?P<gap>[^\d\0.!?;。\n]{1,30}?)"
    r"(?:(?<![A-Za-z])(?i:is|was|were|are|reads|says)(?![A-Za-z])|[:=是为為])\s*(?=[0-9A-Za-z])"
)
_GAP_REACH = 48
# A gap that names another number ("the code expired, the fee was 5000") or
# starts another clause ("... and the amount was 5000") does not lead to a code.
# fmt: off
_GAP_STOP = re.compile(
    "(?i:"
    + _words(
        "and", "but", "or", "so", "because", "then", "while", "although", "though", "fee", "fees",
        "amount", "balance", "price", "total", "cost", "limit", "sum", "order", "trade",
        "transaction", "tx", "block", "error", "version", "build", "phone", "number", "account",
        "card", "address", "year", "time", "date", "id", "ticket", "case", "reference",
    )
    + ")|但|可是|不过|不過|而且|然后|然後|所以|因为|因為"
    "|金额|金額|余额|餘額|手续费|手續費|费用|費用|价格|價格|额度|額度|订单|訂單|交易"
    "|错误|錯誤|账号|帳號|账户|帳戶|卡号|卡號|手机|手機|电话|電話|版本|时间|時間|号码|號碼"
)
# fmt: on
_CODE_TOKENS = (
    # Grouped digits first ("4829-13", "123 456"), then digits typed one by
    # one ("4 8 2 9 1 3"), then a single token.
    re.compile(r"(?<![0-9A-Za-z])\d{2,6}(?:[ -]\d{2,6}){1,3}(?![0-9A-Za-z])(?![.,]\d)"),
    re.compile(r"(?<![0-9A-Za-z])\d(?:[ -]\d){3,7}(?![ -]?\d)(?![0-9A-Za-z])(?![.,]\d)"),
    re.compile(r"(?<![0-9A-Za-z])[0-9A-Za-z]{3,8}(?![0-9A-Za-z])(?![.,]\d)"),
)
# A number followed by a unit is an amount or a time, and one followed by
# "error" an error code ("code 40001 error").
_NOT_A_CODE_AFTER = re.compile(
    r"[ \t]?(?:%|‰|元|块|塊|美元|分钟|分鐘|秒|小时|小時|天|次|笔|筆|错误|錯誤|报错|報錯|(?i:"
    + _words(
        "usdt", "usdc", "usd", "cny", "rmb", "hkd", "eur", "btc", "eth", "trx", "bnb", "sol",
        r"min(?:ute)?s?", r"sec(?:ond)?s?", r"h(?:ou)?rs?", "days?", "times", "errors?",
    )
    + "))"
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


def _code_at(view: str, pos: int, fewest_digits: int) -> _Hit | None:
    """The code that starts at `pos`, if one does."""
    for pattern in _CODE_TOKENS:
        token = pattern.match(view, pos)
        if (
            token
            and _code_value_ok(token.group(), fewest_digits)
            and not _NOT_A_CODE_AFTER.match(view, token.end())
        ):
            return _Hit(token.start(), token.end(), "verification-code")
    return None


def _verification_codes(view: str) -> Iterable[_Hit]:
    for trigger in _CODE_TRIGGER.finditer(view):
        word = trigger.group().lower()
        if word in ("code", "codes") and _NOT_A_CODE_BEFORE.search(
            view, max(0, trigger.start() - 24), trigger.start()
        ):
            continue
        # A card's security code has three digits; other codes four or more.
        fewest = 3 if word in _CARD_SECURITY_CODES else 4
        # Both searches stop within a few dozen characters, so that a text of
        # trigger words ("code code code...") costs a constant per trigger.
        filler = _CODE_FILLER.match(view, trigger.end(), trigger.end() + _FILLER_REACH)
        hit = _code_at(view, filler.end() if filler else trigger.end(), fewest)
        if hit is None:
            gap = _CODE_GAP.match(view, trigger.end(), trigger.end() + _GAP_REACH)
            if gap and not _GAP_STOP.search(gap.group("gap")):
                hit = _code_at(view, gap.end(), fewest)
        if hit is not None:
            yield hit
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
)
_QUOTED = re.compile(
    r"\"[^\"\n]{1,64}\"|'[^'\n]{1,64}'|“[^”\n]{1,64}”|‘[^’\n]{1,64}’|「[^」\n]{1,64}」"
)
_ASCII_WORD = re.compile(r"[!-~]+")
_NEXT_WORD = re.compile(r"[ \t]{1,3}(?=\S)")
_PASSPHRASE_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9!@#$%^&*_+=~\-]*[.,;:!?]?")
_WORD_CONNECTORS = frozenset({"is", "was", "are", "were"})
_MOST_WORDS = 12
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
# Words that end a multi-word password: they start the sentence's next part
# ("my password is hunter2 and I ...", "... sunshine since 2019").
_CLAUSE_WORDS = _NOT_A_PASSWORD | frozenset({
    "after", "again", "ago", "although", "am", "another", "anymore", "anyway", "apparently",
    "asap", "because", "been", "before", "btw", "can", "cannot", "could", "do", "doesn", "don",
    "each", "either", "even", "every", "everything", "everytime", "help", "he", "her", "him",
    "his", "if", "into", "is", "last", "lately", "later", "maybe", "me", "must", "of", "off",
    "once", "our", "please", "pls", "plz", "recently", "she", "should", "since", "single",
    "sometimes", "somehow", "soon", "sorry", "than", "thank", "thanks", "thx", "them", "then",
    "these", "they", "those", "though", "through", "time", "times", "to", "today", "tomorrow",
    "tonight", "until", "up", "us", "was", "we", "were", "while", "who", "will", "without",
    "would", "yesterday", "yet", "you",
})
# fmt: on
_MASKED_ALREADY = frozenset("*•·xX#")
_TRAILING = ".,;:([{<)]}>'\""
# Chinese: a clause that describes or asks about the password is kept
# ("支付密码是多少位？", "密码是对的", "密码是我自己设置的").
_ZH_DESCRIBING_START = (
    "多少", "什么", "什麼", "啥", "几", "幾", "哪", "怎", "如何", "对", "對", "错", "錯", "正确",
    "正確", "不", "没", "沒", "无", "無", "空", "一样", "一樣", "相同", "同一", "默认", "默認",
    "原来", "原來", "之前", "以前", "旧", "舊", "新", "刚", "剛", "已", "被", "在", "自己", "多",
    "纯", "純", "数字", "數字", "字母", "忘", "弱", "太", "很", "六位", "八位",
)
_ZH_DESCRIBING_END = ("的", "了", "吗", "嗎", "呢", "吧", "啊")
_ZH_LONGEST = 64
_ZH_CLAUSE_END = re.compile("但|可是|不过|不過|而且|并且|並且|然后|然後|所以|因为|因為|还是|還是")


def _trim(word: str) -> tuple[str, bool]:
    """Strip trailing punctuation off a word; say whether the word ends a clause.

    "!" and "?" stay inside (passwords often end with them) but end the clause.
    """
    stripped = word.rstrip(_TRAILING)
    return stripped, stripped != word or stripped.endswith(("!", "?"))


def _ascii_password(view: str, pos: int, connector: str) -> tuple[int, int, int] | None:
    """The ASCII password at `pos` as (start, end, end of what was read), if there is one.

    After a connector it runs on over the following words of its clause; a
    first word that describes ("correct", "wrong") counts only when three or
    more words follow it ("correct horse battery staple").
    """
    first = _ASCII_WORD.match(view, pos)
    if first is None:
        return None
    token, closed = _trim(first.group())
    end = first.start() + len(token)
    read = first.end()
    if not token or set(token) <= _MASKED_ALREADY:
        return None
    if not connector:
        # Without a connecting word only one token, and only one that looks made up.
        return None if len(token) < 4 or token.isalpha() else (pos, end, read)
    if len(token) < 3:
        return None
    describing = connector in _WORD_CONNECTORS and token.lower() in _NOT_A_PASSWORD
    words = 0
    while not closed and words < _MOST_WORDS:
        space = _NEXT_WORD.match(view, read)
        word = _PASSPHRASE_WORD.match(view, space.end()) if space else None
        if word is None or _ASCII_WORD.match(view, word.end()):
            break  # "(don't", "it's": no word of a password
        text, closed = _trim(word.group())
        if text.lower() in _CLAUSE_WORDS:
            break
        words += 1
        end = word.start() + len(text)
        read = word.end()
    if describing and words < 3:
        return None
    return pos, end, read


def _chinese_password(view: str, pos: int) -> tuple[int, int, int] | None:
    """The Chinese password at `pos` (after a connector): the rest of its clause."""
    first = _HAN.match(view, pos, pos + _ZH_LONGEST + 1)
    if first is None:
        return None
    pieces: list[tuple[int, int]] = []
    run: re.Match[str] | None = first
    while run is not None and len(pieces) < _MOST_WORDS:
        # A clause of more than 64 characters is no password: stop reading there.
        limit = min(run.end(), run.start() + _ZH_LONGEST)
        stop = _ZH_CLAUSE_END.search(view, run.start(), limit)
        pieces.append((run.start(), stop.start() if stop else limit))
        if stop or limit < run.end():
            break
        space = _NEXT_WORD.match(view, run.end())
        run = _HAN.match(view, space.end(), space.end() + _ZH_LONGEST + 1) if space else None
    start, end = pieces[0][0], pieces[-1][1]
    clause = view[start:end]
    if (
        len(clause) < 2
        or clause.startswith(_ZH_DESCRIBING_START)
        or clause.endswith(_ZH_DESCRIBING_END)
    ):
        return None
    return start, end, end


def _passwords(view: str) -> Iterable[_Hit]:
    read_to = 0
    for match in _PASSWORD.finditer(view):
        if match.start() < read_to:
            continue  # inside the password found after an earlier trigger
        pos = match.end()
        connector = (match.group("connector") or "").strip().lower()
        quoted = _QUOTED.match(view, pos)
        if quoted:
            read_to = quoted.end()
            yield _Hit(pos, quoted.end(), "password")
            continue
        found = _ascii_password(view, pos, connector)
        if found is None and connector:
            found = _chinese_password(view, pos)
        if found is None:
            continue
        start, end, read_to = found
        yield _Hit(start, end, "password")


# --- putting it together -----------------------------------------------------


def _resolve(hits: Iterable[_Hit]) -> list[_Hit]:
    """Merge overlapping hits into one, named after the longest (then by precedence).

    Merging rather than choosing keeps every character any rule flagged inside
    the mask.
    """
    merged: list[list[_Hit]] = []
    group_end = -1
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        if merged and hit.start < group_end:
            merged[-1].append(hit)
            group_end = max(group_end, hit.end)
        else:
            merged.append([hit])
            group_end = hit.end
    resolved: list[_Hit] = []
    for group in merged:
        best = min(group, key=lambda h: (h.start - h.end, _PRECEDENCE.index(h.kind)))
        resolved.append(_Hit(group[0].start, max(h.end for h in group), best.kind))
    return resolved


def _find(text: str, reference: bool) -> list[_Hit]:
    """Find the secrets in `text`, merged so that no two overlap."""
    view = _view(text)
    found: list[Iterable[_Hit]] = [
        _english_phrases(view),
        _chinese_phrases(view),
        _keys(view, reference),
        _id_numbers(view),
        _card_numbers(view, reference),
        _verification_codes(view),
        _passwords(view),
    ]
    return _resolve(
        hit for hits in found for hit in hits if _BLANK not in view[hit.start : hit.end]
    )


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


def redact(text: str, lang: str = "en", *, reference: bool = False) -> Redacted:
    """Replace every secret in `text` with a marker naming its kind.

    Passes repeat until one finds nothing (in practice the second), so the
    result is a fixed point: redacting it again changes nothing.

    Args:
        text: Free text typed by a user or written by support.
        lang: Language of the markers (``"en"`` or ``"zh"``).
        reference: The text answers a question asking for an order number, a
            transaction id or hash, or a bank reference: an unexplained 64-hex
            value is then a transaction hash and a card-like number with no
            card word near it a transaction id, and both are kept (see
            "Reference answers" in the module's docstring).

    Returns:
        The masked text and the kinds removed, one per removal, in order.
    """
    segments: list[_Segment] = [(text, None)]
    markers = _markers(lang)
    for _ in range(_MAX_PASSES):
        hits = _find("".join(piece for piece, _ in segments), reference)
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
