"""Recovery phrases: BIP39 in every official language, Electrum, Monero and SLIP-39.

Rules (each finding names the one that fired):

* **BIP39, English, 12+ words.** A run of 12 or more BIP39 words, separated by
  spaces, commas, dashes, newlines, quotes, Chinese punctuation or numbering
  ("1." "1)" "(1)" "#1" "①"). Case is ignored. A word also counts when its
  first four letters are those of a list word (BIP39 makes the first four
  letters unique, so this covers both the four-letter abbreviations people
  stamp on steel plates and typos after the fourth letter). A run may bridge
  at most two unknown words (typos): words of 4-8 letters, and words of 2-3
  letters unless they are common short English words ("is", "the", "my"...),
  which would let sentences chain. A bridge is never a run's first or last
  word. The checksum is not required, since users mistype. "." and ":"
  separate words only after a number, so sentences do not chain into one run;
  but a run in which *every* gap is one dot is a phrase too. A 12-word run
  whose Electrum version hash marks it as an Electrum 2.0+ seed says so in its
  reason (Electrum uses the BIP39 English list).
* **BIP39, other languages.** Spanish, French, Italian, Czech, Portuguese
  (with or without accents), Japanese (words apart by the ideographic space or
  spaces), Korean and Russian: a run of 12 or more words of one list.
* **Partial phrases.** A run of six or more words of one BIP39 list with no
  unknown word between them ("11 of my 12 words, forgot the last one"), when
  a phrase cue (seed, phrase, words, mnemonic, recovery, backup, 助记词...)
  stands on its line, or when the run has eight or more words, or when no
  word of the run is a common English word. Prose breaks runs with words that
  are in no list ("the", "my", "to", "is"...), so six list words in a row are
  rare; the corpus of everyday sentences in the tests keeps this true.
* **Chinese.** The simplified and traditional lists are single characters
  covering almost all everyday Chinese, so a run of list characters means
  nothing alone; a phrase is 12-24 characters standing alone between
  separators (rule 1), or a run or a window inside a longer run, of exactly
  12, 15, 18, 21 or 24 characters of one list, that passes the BIP39 checksum
  and whose mean log2(list rank + 1) is high (the lists are ordered by
  frequency, so ordinary text is full of low ranks while a real phrase is
  uniform over 2,048 ranks, mean about 9.6): at least 8.0 for a whole run or
  after a cue word (rule 2, 3), at least 8.5 for a window glued inside other
  Chinese with no cue (rule 4: "我的钱包是伐旱泡口线揭县杨断芳额件请帮忙").
  On 28,000 characters of the project's own Chinese text no window at 8.3 or
  more passes the checksum; 1 % of random 12-word phrases score under 8.5.
* **Electrum old (1.x).** 12 or 24 words of its 1,626-word list, whose mean
  log2(rank + 1) is at least 8.0 (the list is ordered by frequency, like the
  Chinese ones), or 12+ with a phrase cue.
* **Monero.** 25 (or 13) words of its English list whose last word is the
  CRC-32 checksum word, or 24+ list words in a row, or 12+ with a cue.
* **SLIP-39.** A share of 20 or 33 words (its RS1024 checksum says so in the
  reason), or 20+ words of the list in a row, or 12+ with a cue.

Word lists are loaded on the first redaction (see `wordlists`).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import accumulate, compress, count, repeat
from operator import sub
from typing import NamedTuple

from ..frozen import frozen
from .core import Finding, Scan, find_all, lazy, leading, register, words

__all__: list[str] = []

_PHRASE_MIN = 12
_PARTIAL_MIN = 6
_PHRASE_LENGTHS = (12, 15, 18, 21, 24)
_MAX_BRIDGES = 2
_MIN_RARITY = 8.0
_GLUED_RARITY = 8.5
# Rarity is added up in fixed point (1/65536 of a bit), so that every pass and
# every rule decides a borderline phrase alike.
_RARITY_SCALE = 1 << 16
_RARITY_BAR = int(_MIN_RARITY * _RARITY_SCALE)
_GLUED_BAR = int(_GLUED_RARITY * _RARITY_SCALE)
_KIND = "recovery-phrase"


@frozen
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
    # Read on the first redaction, from the lists prebuilt from the `mnemonic`
    # package (`wordlists`): an import of this module (done by every command)
    # must not pay for them.
    from .wordlists import bip39_words

    english = bip39_words("english")
    simplified = bip39_words("chinese_simplified")
    traditional = bip39_words("chinese_traditional")
    return _WordLists(
        english=frozenset(english),
        english_prefixes=frozenset(word[:4] for word in english if len(word) >= 4),
        simplified={char: rank for rank, char in enumerate(simplified)},
        traditional={char: rank for rank, char in enumerate(traditional)},
        chinese=frozenset(simplified) | frozenset(traditional),
        simplified_log={char: _scaled_log(rank) for rank, char in enumerate(simplified)},
        traditional_log={char: _scaled_log(rank) for rank, char in enumerate(traditional)},
    )


# --- separators between the words of a phrase --------------------------------

_SEPARATOR = r"[\s,;|/_*·•'\"‘’“”、，；\-–—]"
_NUMBERING = r"(?:[(\[]?\d{1,2}(?!\d)[.)\]:、]?|#\d{1,2}(?!\d)|[①-⑳])"
_GAP = lazy(__name__, rf"(?:{_SEPARATOR}|{_NUMBERING}){{1,24}}")
# Words joined by dots ("abandon.ability" or "abandon. ability"): a run in
# which *every* gap is one dot, which prose never is.
_DOT_GAP = lazy(__name__, r"[ \t]?\.[ \t]?")
_LONGEST_GAP = 96  # no gap of 24 separators or numberings is longer
_ENGLISH_WORD = lazy(__name__, r"[A-Za-z]+")
_HAN = lazy(__name__, r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


class _Token(NamedTuple):
    start: int
    end: int
    known: bool
    bridgeable: bool


def _runs(
    view: str, tokens: Sequence[_Token], minimum: int, gap: re.Pattern[str] | None = None
) -> Iterable[tuple[int, int]]:
    """Yield spans of `minimum`+ tokens in a row, a few of them unknown but bridged.

    A run ends at a gap that `gap` (by default `_GAP`) does not match whole, at a token that can
    be neither known nor bridged, or at a third bridge; in the last case a new
    run starts after the run's first bridge, so that a phrase is not lost to an
    unknown word just before it. Each token is looked at a bounded number of
    times, so the cost is linear in the number of tokens.
    """
    gap = _GAP if gap is None else gap
    run: list[_Token] = []
    bridges: list[int] = []  # positions in `run` of its unknown tokens
    # `_emit` is called only on runs of `minimum` tokens or more: a shorter one emits nothing.
    for token in tokens:
        if run and (
            token.start - run[-1].end > _LONGEST_GAP
            or gap.fullmatch(view, run[-1].end, token.start) is None
        ):
            if len(run) >= minimum:
                yield from _emit(run, minimum)
            run, bridges = [], []
        if token.known:
            run.append(token)
            continue
        if not run or not token.bridgeable:
            if len(run) >= minimum:
                yield from _emit(run, minimum)
            run, bridges = [], []
            continue
        if len(bridges) >= _MAX_BRIDGES:
            if len(run) >= minimum:
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
    if len(run) >= minimum:
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


def _english_tokens(view: str, start: int = 0, end: int | None = None) -> list[_Token]:
    """The English words of `view`: known if in the list, bridgeable if a possible typo.

    A possible typo has 4-8 letters, or 2-3 letters and is no common short word.
    """
    lists = _lists()
    english, prefixes = lists.english, lists.english_prefixes
    tokens: list[_Token] = []
    for match in _ENGLISH_WORD.finditer(view, start, len(view) if end is None else end):
        word = match.group().lower()
        size = len(word)
        known = word in english or (size >= 4 and word[:4] in prefixes)
        tokens.append(_Token(match.start(), match.end(), known, _bridgeable(word)))
    return tokens


def _bridgeable(word: str) -> bool:
    """Whether a word (lower case) not in the list may be a typo that a phrase bridges."""
    size = len(word)
    return 4 <= size <= 8 or (size in (2, 3) and word not in _COMMON_SHORT)


# Where a run may be: six known words in a row (a partial phrase), or ten known
# words or more with at most two unknown ones between any two of them (a whole
# phrase bridges at most two typos). Found on a string of one flag a word, so
# that ordinary text, where list words rarely bunch, costs a set lookup a word.
_CANDIDATE = lazy(__name__, r"1(?:0{0,2}1){9,}|1{6,}")


def _english_words(words: Sequence[str], enough: int) -> int:
    """How many English words `words` hold (one flag each below), counting up to `enough`."""
    count = 0
    for word in words:
        count += 1 if word.isascii() else len(_ENGLISH_WORD.findall(word))
        if count >= enough:
            break
    return count


def _english_regions(scan: Scan) -> Iterable[tuple[int, int]]:
    """Spans of the text that may hold an English run; each is read closely after.

    The English words are the runs of ASCII letters of the words `_split`
    found for the other lists: a word of ASCII letters is one English word,
    any other holds as many as `_ENGLISH_WORD` finds in it (none for most).
    """
    pieces = _split(scan)
    words = pieces[1::2]
    if _english_words(words, 4) < 4:  # a region needs four in a row: none, and no list read
        return
    lists = _lists()
    english, prefixes = lists.english, lists.english_prefixes
    # Text repeats its words: each distinct word is flagged once (a flag for
    # each English word in it), the flags joined in C. A word in the list is
    # "1", a possible typo "0" and any other word "2": it ends every run
    # (`_runs` starts afresh after it), so no region needs to reach across it.
    flag = {}
    for word in set(words):
        found = [word] if word.isascii() else _ENGLISH_WORD.findall(word)
        flag[word] = "".join(
            "1"
            if lower in english or lower[:4] in prefixes and len(lower) >= 4
            else "0"
            if _bridgeable(lower)
            else "2"
            for lower in map(str.lower, found)
        )
    flagged = list(map(flag.__getitem__, words))
    flags = "".join(flagged)
    if "111111" not in flags and "1" * 4 not in flags:
        return
    offsets = _offsets(scan)
    # English word k is in word firsts[j] (the last whose first English word is
    # k or before), as its (k - firsts[j])-th English word.
    firsts = list(accumulate(map(len, flagged), initial=0))

    def span(k: int) -> tuple[int, int]:
        j = bisect_right(firsts, k) - 1
        start = offsets[2 * j + 1]
        if len(flagged[j]) == 1 and words[j].isascii():
            return start, offsets[2 * j + 2]
        inner = list(_ENGLISH_WORD.finditer(words[j]))[k - firsts[j]]
        return start + inner.start(), start + inner.end()

    for region in _CANDIDATE.finditer(flags):
        low = max(0, region.start() - 1)
        high = min(len(flags), region.end() + 1)
        yield span(low)[0], span(high - 1)[1]


@register(
    "bip39-english",
    _KIND,
    cues=("seed", "phrase", "mnemonic", "recovery", "助记词"),
    validator="12+ list words (4-letter prefixes count); Electrum version hash named",
)
def _english_phrases(scan: Scan) -> Iterable[Finding]:
    view = scan.view
    for low, high in _english_regions(scan):
        yield from _english_region(view, _english_tokens(view, low, high))


def _english_region(view: str, tokens: list[_Token]) -> Iterable[Finding]:
    dotted = bool(tokens) and "." in view[tokens[0].end : tokens[-1].start]
    # Without a dot between its words the region has no run that only dots join.
    for gap in (_GAP, _DOT_GAP) if dotted else (_GAP,):
        for start, end in _runs(view, tokens, _PHRASE_MIN, gap):
            found = _ENGLISH_WORD.findall(view, start, end)
            electrum = _electrum_new(found)
            reason = f"{len(found)} BIP39 English words in a row"
            if electrum:
                reason += f" (an Electrum {electrum} seed by its version hash)"
            yield Finding(start, end, _KIND, "bip39-english", reason)
    # Partial phrases: no unknown word may stand between the list words, and a
    # word counts only whole or as a four-letter abbreviation ("conversion" is
    # no "convince" here).
    english = _lists().english
    strict = [
        _Token(
            token.start,
            token.end,
            token.known
            and (token.end - token.start == 4 or view[token.start : token.end].lower() in english),
            False,
        )
        for token in tokens
    ]
    for start, end in _runs(view, strict, _PARTIAL_MIN):
        if _partial_ok(view, start, end, _ENGLISH_WORD.findall(view, start, end)):
            yield Finding(
                start,
                end,
                _KIND,
                "bip39-english",
                "a partial phrase: six or more BIP39 English words in a row",
            )


def _electrum_new(found: list[str]) -> str | None:
    if len(found) not in (12, 13, 24):
        return None
    from .wordlists import electrum_seed_type

    return electrum_seed_type(found)


_PHRASE_CUE = lazy(
    __name__,
    "助记词|助記詞|记忆词|記憶詞|恢复词|恢復詞|种子词|種子詞|助记码|助記碼|单词|單詞"
    "|(?i:"
    + words(
        "seed",
        "seeds",
        "phrase",
        "mnemonic",
        "recovery",
        "backup",
        "words",
        "word",
        "electrum",
        "monero",
        "slip39",
        "slip-39",
        "shamir",
        "share",
        "forgot",
        "forget",
        "missing",
        "remaining",
        "remember",
    )
    + ")"
)


def _has_cue(view: str, start: int, end: int) -> bool:
    from .core import context_after, context_before

    return bool(
        _PHRASE_CUE.search(context_before(view, start, 64))
        or _PHRASE_CUE.search(context_after(view, end, 48))
    )


def _partial_ok(view: str, start: int, end: int, found: Sequence[str]) -> bool:
    """Whether a 6-11 word run of list words is a partial phrase rather than prose."""
    if len(found) >= 8:
        return True
    if _has_cue(view, start, end):
        return True
    return not any(word.lower() in _EVERYDAY for word in found)


# BIP39 English words that everyday support messages use; a short run made
# only of rarer list words is a phrase, one with any of these needs a cue or
# eight words.
# fmt: off
_EVERYDAY = frozenset({
    "about", "above", "account", "action", "address", "again", "alert", "all", "also", "amount",
    "answer", "app", "area", "arrive", "ask", "auto", "away", "balance", "bank", "basic", "because",
    "before", "begin", "best", "better", "bitter", "blame", "book", "both", "bottom", "brand",
    "bring", "call", "can", "card", "cash", "change", "charge", "check", "choose", "claim", "clean",
    "close", "code", "coin", "come", "common", "confirm", "connect", "control", "copy", "correct",
    "cost", "could", "credit", "cross", "current", "day", "deal", "debit", "decide", "delay",
    "deposit", "detail", "device", "differ", "digital", "direct", "dollar", "domain", "double",
    "during", "early", "either", "else", "email", "empty", "end", "enough", "enter", "error",
    "escape", "even", "event", "ever", "every", "exact", "example", "exchange", "exist", "expect",
    "explain", "extra", "fee", "few", "file", "final", "find", "fine", "first", "fix", "follow",
    "forget", "frequent", "friend", "front", "fund", "future", "gain", "general", "give", "good",
    "great", "group", "have", "help", "hold", "hour", "huge", "identify", "idle", "inform", "input",
    "inside", "into", "issue", "item", "just", "keep", "key", "kind", "know", "last", "later",
    "learn", "leave", "left", "lend", "level", "limit", "link", "list", "little", "local", "lock",
    "long", "lose", "lot", "main", "make", "manage", "market", "mean", "media", "member", "message",
    "method", "middle", "minute", "miss", "mistake", "mobile", "moment", "money", "month", "more",
    "morning", "move", "much", "must", "name", "need", "never", "new", "next", "night", "normal",
    "note", "notice", "now", "number", "observe", "obtain", "obvious", "off", "offer", "office",
    "okay", "old", "only", "open", "option", "order", "other", "own", "page", "pay", "pending",
    "people", "person", "phone", "place", "plan", "please", "pluck", "point", "possible", "post",
    "price", "problem", "process", "profit", "proof", "public", "purchase", "quick", "range",
    "rate", "ready", "real", "reason", "receive", "record", "reduce", "refuse", "region", "remain",
    "remember", "remove", "repeat", "reply", "report", "request", "require", "response", "result",
    "return", "reveal", "review", "right", "risk", "route", "rule", "safe", "same", "save", "say",
    "scan", "screen", "search", "second", "secret", "security", "see", "select", "send", "service",
    "session", "setup", "seven", "shift", "show", "sign", "similar", "simple", "since", "six",
    "slow", "small", "smart", "solution", "some", "soon", "sorry", "source", "spend", "start",
    "state", "step", "still", "stock", "stop", "struggle", "such", "sudden", "suggest", "supply",
    "support", "sure", "system", "take", "talk", "task", "team", "tell", "term", "test", "text",
    "thank", "that", "then", "there", "they", "thing", "this", "three", "ticket", "time", "today",
    "together", "token", "total", "track", "trade", "transfer", "trigger", "trouble", "true",
    "trust", "try", "twelve", "twenty", "two", "type", "under", "unit", "unknown", "until",
    "update", "upgrade", "use", "usual", "valid", "verify", "very", "wait", "wallet", "want",
    "warning", "way", "web", "week", "weird", "what", "when", "where", "whether", "will", "wish",
    "with", "withdraw", "word", "work", "world", "worry", "wrong", "year", "yellow", "you", "young",
    "zero"
})
# fmt: on


def _checksum_ok(indices: Sequence[int]) -> bool:
    """Check the BIP39 checksum of word indices (12, 15, 18, 21 or 24 of them)."""
    number = 0
    for index in indices:
        number = (number << 11) | index
    return _number_checksum_ok(number, len(indices))


def _number_checksum_ok(number: int, count: int) -> bool:
    """Check the BIP39 checksum of a phrase given as its word indices in 11-bit digits."""
    import hashlib  # only needed once a candidate phrase turns up

    checksum_bits = count * 11 // 33
    entropy = number >> checksum_bits
    digest = hashlib.sha256(entropy.to_bytes((count * 11 - checksum_bits) // 8, "big")).digest()
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


_CHINESE_CUE = leading(
    "(?i:[smrp])|[助记記恢种種私]",
    "助记词|助記詞|记忆词|記憶詞|恢复词|恢復詞|种子词|種子詞|助记码|助記碼|私钥|私鑰"
    "|(?i:" + words("seed", "mnemonic", "recovery", "phrase") + ")",
    module=__name__,
)
_CUE_CONNECTORS = "是为為"
_ALONE = lazy(__name__, f"1{{{_PARTIAL_MIN},}}")
_COLON = lazy(__name__, r":\s*")  # the view has folded "：" to ":"


@register(
    "bip39-chinese",
    _KIND,
    cues=("助记词", "记忆词", "seed", "mnemonic", "recovery", "phrase"),
    validator="BIP39 checksum and rarity score (mean log2 rank)",
)
def _chinese_phrases(scan: Scan) -> Iterable[Finding]:
    view = scan.view
    if view.isascii():  # no Chinese character, and `_HAN` (costly to compile) not needed
        return
    han = [(m.start(), m.end()) for m in _HAN.finditer(view)]
    if not han:  # every rule reads Chinese characters: none, and no list read
        return
    lists = _lists()
    # Rule 1: characters standing alone between separators. A run of two or
    # more characters is neither a list character nor a typo to bridge, so it
    # ends every run (`_runs` starts afresh after it): only stretches of six
    # or more lone characters in a row are read.
    alone = "".join(["1" if end - start == 1 else "2" for start, end in han])
    for stretch in _ALONE.finditer(alone):
        singles = [
            _Token(start, end, view[start] in lists.chinese, True)
            for start, end in han[stretch.start() : stretch.end()]
        ]
        for start, end in _runs(view, singles, _PARTIAL_MIN):
            count = len(_HAN.findall(view, start, end))  # typos bridged count too
            if count >= _PHRASE_MIN:
                yield Finding(
                    start, end, _KIND, "bip39-chinese", "12+ list characters standing alone"
                )
            elif _has_cue(view, start, end):
                yield Finding(
                    start,
                    end,
                    _KIND,
                    "bip39-chinese",
                    "a partial phrase: 6+ list characters standing alone after a cue",
                )
    yield from _contiguous_phrases(view, han)
    # Rule 3: right after a cue word.
    for cue in find_all(_CHINESE_CUE, view):
        chars, positions = _following_han(view, cue.end())
        offsets = (0, 1) if chars[:1] and chars[0] in _CUE_CONNECTORS else (0,)
        for offset in offsets:
            for length in reversed(_PHRASE_LENGTHS):
                window = chars[offset : offset + length]
                if len(window) == length and _is_chinese_phrase(window):
                    yield Finding(
                        positions[offset],
                        positions[offset + length - 1] + 1,
                        _KIND,
                        "bip39-chinese",
                        f"{length} list characters after a cue word, checksum valid",
                    )
                    break


_MISSING = -(1 << 48)  # the rarity of a character outside a list: no window passes


def _contiguous_phrases(view: str, han: Sequence[tuple[int, int]]) -> Iterable[Finding]:
    """Rule 2: a run of 12-24 characters, or same-size groups (the last may be shorter).

    Each list's rarity is summed once over all Chinese characters (prefix sums,
    in C), so that a window costs a subtraction and, only when rare enough, its
    indices packed into an integer and one checksum; the sums and the gaps
    between runs are read only when a run needs them.
    """
    lists = _lists()
    longest = _PHRASE_LENGTHS[-1]
    chars = "".join([view[start:end] for start, end in han])  # every Chinese character
    # Where each run starts among them.
    offsets = list(accumulate((end - start for start, end in han[:-1]), initial=0))
    # Prefix sums of each list's rarity, all in C, made when a run first needs
    # them (prose of short clauses never does). A character outside a list
    # weighs _MISSING, so a window whose sum reaches a (positive) bar holds
    # listed characters only, and its indices are read only then.
    made: list[list[int]] = []

    def sums() -> list[list[int]]:
        if not made:
            for logs in (lists.simplified_log, lists.traditional_log):
                made.append(list(accumulate(map(logs.get, chars, repeat(_MISSING)), initial=0)))
        return made

    def joins(j: int) -> bool:
        """Whether run j may follow the one before it in a group."""
        return (
            han[j][0] - han[j - 1][1] <= _LONGEST_GAP
            and _GAP.fullmatch(view, han[j - 1][1], han[j][0]) is not None
        )

    def is_phrase(low: int, high: int) -> bool:
        bar = _RARITY_BAR * (high - low)
        for prefix, ranks in zip(sums(), (lists.simplified, lists.traditional), strict=True):
            if prefix[high] - prefix[low] >= bar:
                number = 0
                for char in chars[low:high]:
                    number = (number << 11) | ranks[char]
                if _number_checksum_ok(number, high - low):
                    return True
        return False

    for i, (start, end) in enumerate(han):
        size = end - start
        low = offsets[i]
        if size > longest:
            yield from _glued(view, start, end, low, *sums())
            continue
        if size in _PHRASE_LENGTHS and is_phrase(low, low + size):
            yield Finding(start, end, _KIND, "bip39-chinese", f"{size} characters, checksum valid")
        if size > _PHRASE_LENGTHS[0]:
            yield from _glued(view, start, end, low, *sums())
        if size == 1 or size == longest:
            continue  # single characters are rule 1's; a longer group has no room for a second
        length = size
        for j in range(i + 1, len(han)):
            next_size = han[j][1] - han[j][0]
            if next_size > size or not joins(j):
                break
            length += next_size
            if length > longest:
                break
            if length in _PHRASE_LENGTHS and is_phrase(low, low + length):
                yield Finding(
                    start, han[j][1], _KIND, "bip39-chinese", "groups of characters, checksum valid"
                )
            if next_size < size:
                break


def _glued(view: str, start: int, end: int, low: int, *sums: list[int]) -> Iterable[Finding]:
    """Rule 4: a window of a longer run, glued to other Chinese with no cue.

    `low` is where the run starts among all Chinese characters, `sums` the
    prefix sums of rarity of each list. A window must score at least
    `_GLUED_RARITY` and pass the checksum.
    """
    lists = _lists()
    size = end - start
    for prefix, ranks in zip(sums, (lists.simplified, lists.traditional), strict=True):
        run = prefix[low : low + size + 1]
        indices: list[int] = []
        for length in _PHRASE_LENGTHS:
            if length >= size:
                break
            bar = _GLUED_BAR * length
            # The offsets whose window sums to `bar` or more, all in C (no Python per window).
            offsets = list(compress(count(), map(bar.__le__, map(sub, run[length:], run))))
            if not offsets:
                continue
            if not indices:
                # A window rare enough holds list characters only (others weigh _MISSING).
                indices = [ranks.get(char, 0) for char in view[start:end]]
            yield from _glued_windows(start, length, offsets, indices)


def _glued_windows(
    start: int, length: int, offsets: Sequence[int], indices: Sequence[int]
) -> Iterable[Finding]:
    """The windows of `length` at `offsets` (ascending) that pass the checksum.

    A window's indices are packed into an integer rolled on from the window
    before (a shift, an "or" and a mask), and each distinct integer is checked
    once, so that a long run costs a few operations a window.
    """
    mask = (1 << 11 * length) - 1
    checked: dict[int, bool] = {}
    number = 0
    previous = -2
    for offset in offsets:
        if offset == previous + 1:
            number = ((number << 11) | indices[offset + length - 1]) & mask
        else:
            number = 0
            for index in indices[offset : offset + length]:
                number = (number << 11) | index
        previous = offset
        valid = checked.get(number)
        if valid is None:
            valid = checked[number] = _number_checksum_ok(number, length)
        if valid:
            yield Finding(
                start + offset,
                start + offset + length,
                _KIND,
                "bip39-chinese",
                f"{length} characters inside a longer run, checksum valid, rare",
            )


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


# --- other languages and schemes ------------------------------------------------

# Letters of any script but the ideographs, which the Chinese rules read.
# Combining marks belong to the word they follow: text pasted in decomposed
# form (Japanese か + ゛, Spanish a + ́) must still make whole words.
_WORD = lazy(__name__,
    r"(?:[^\W\d_\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
    r"|(?<=\w)[\u0300-\u036f\u3099\u309a])+"
)
_WORD_SPLIT = lazy(__name__, f"({_WORD.pattern})")
_LETTER_SPLIT = lazy(__name__, r"([^\W\d_\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)")
_ASCII_LETTER_SPLIT = lazy(__name__, r"([A-Za-z]+)")  # `_LETTER_SPLIT` on ASCII text
_COMBINING = lazy(__name__, r"[\u0300-\u036f\u3099\u309a]")
_OTHER_BIP39 = (
    "spanish",
    "french",
    "italian",
    "czech",
    "portuguese",
    "japanese",
    "korean",
    "russian",
)


@frozen
class _Scheme:
    name: str
    index: dict[str, int]
    rarity: dict[str, int] | None  # fixed-point log2(rank + 1), for frequency-ordered lists


@lru_cache(maxsize=1)
def _schemes() -> tuple[_Scheme, ...]:
    from . import wordlists

    found = [_Scheme(f"bip39-{lang}", wordlists.bip39(lang).index, None) for lang in _OTHER_BIP39]
    old = wordlists.electrum_old().index
    found.append(
        _Scheme("electrum-old", old, {word: _scaled_log(rank) for word, rank in old.items()})
    )
    found.append(_Scheme("monero", wordlists.monero()[0].index, None))
    found.append(_Scheme("slip39", wordlists.slip39().index, None))
    return tuple(found)


@lru_cache(maxsize=1)
def _membership() -> dict[str, int]:
    """Each word of any scheme, in normal form, mapped to a bit per scheme that has it."""
    bits: dict[str, int] = {}
    for number, scheme in enumerate(_schemes()):
        for word in scheme.index:
            bits[word] = bits.get(word, 0) | (1 << number)
    return bits


@lru_cache(maxsize=4096)
def _normal_forms(word: str) -> tuple[str, ...]:
    from .wordlists import normal

    if word.isascii():
        return (word.lower(),)
    return (normal(word), normal(word, keep_marks=True))


@lru_cache(maxsize=1 << 16)
def _mask(word: str) -> int:
    """A bit per scheme whose list holds `word` (cached: text repeats its words)."""
    membership = _membership()
    if word.isascii():
        return membership.get(word.lower(), 0)
    mask = 0
    for form in _normal_forms(word):
        mask |= membership.get(form, 0)
    return mask


def _split(scan: Scan) -> list[str]:
    """`_WORD_SPLIT.split(scan.view)`: gaps and words in turn, word k piece 2k + 1 (cached).

    Without a combining mark in the text, `_WORD` is a run of letters, a
    pattern that opens with a character class, which the engine skips to in
    C: the same split at a third of the cost. Both phrase detectors use it.
    """
    pieces = scan.cache.get("word-split")
    if pieces is None:
        view = scan.view
        if view.isascii():  # the letters of ASCII are A-Z and a-z: no class of ideographs
            split = _ASCII_LETTER_SPLIT
        else:
            split = _WORD_SPLIT if _COMBINING.search(view) else _LETTER_SPLIT
        pieces = scan.cache["word-split"] = split.split(view)
    return pieces  # type: ignore[return-value]


def _offsets(scan: Scan) -> list[int]:
    """Where each piece of `_split` starts (and, last, the text's length), cached."""
    offsets = scan.cache.get("word-offsets")
    if offsets is None:
        offsets = scan.cache["word-offsets"] = list(accumulate(map(len, _split(scan)), initial=0))
    return offsets  # type: ignore[return-value]


def _scheme_runs(scan: Scan) -> Iterable[tuple[_Scheme, list[re.Match[str]]]]:
    """Yield each maximal run of 6+ words of one scheme, the words apart by phrase gaps.

    Six words in a row that are in some list are found first, on a string of
    one flag a word; only there are the words read one by one.
    """
    view = scan.view
    words = _split(scan)[1::2]
    if len(words) < _PARTIAL_MIN:  # a run is six words or more: none, and no list read
        return
    flag = {word: "1" if _mask(word) else "0" for word in set(words)}  # each distinct word once
    flags = "".join(map(flag.__getitem__, words))
    if "111111" not in flags:
        return
    offsets = _offsets(scan)
    for region in re.finditer(r"1{6,}", flags):
        # The words of the region, matched again where they stand (the pattern's
        # lookbehind sees the text before `pos`): the same matches as a whole scan.
        low, high = offsets[2 * region.start() + 1], offsets[2 * region.end()]
        yield from _scheme_runs_in(view, list(_WORD.finditer(view, low, high)))


def _scheme_runs_in(
    view: str, matches: list[re.Match[str]]
) -> Iterable[tuple[_Scheme, list[re.Match[str]]]]:
    schemes = _schemes()
    open_runs: dict[int, list[re.Match[str]]] = {}
    previous_end = -1
    for match in matches:
        mask = _mask(match.group())
        joined = previous_end >= 0 and (
            match.start() - previous_end <= _LONGEST_GAP
            and _GAP.fullmatch(view, previous_end, match.start()) is not None
        )
        for number in list(open_runs):
            if not joined or not mask >> number & 1:
                run = open_runs.pop(number)
                if len(run) >= _PARTIAL_MIN:
                    yield schemes[number], run
        number = 0
        while mask >> number:
            if mask >> number & 1:
                open_runs.setdefault(number, []).append(match)
            number += 1
        previous_end = match.end()
    for number, run in open_runs.items():
        if len(run) >= _PARTIAL_MIN:
            yield schemes[number], run


def _indices(scheme: _Scheme, run: Sequence[re.Match[str]]) -> list[int]:
    out = []
    for match in run:
        for form in _normal_forms(match.group()):
            if form in scheme.index:
                out.append(scheme.index[form])
                break
    return out


def _monero_checksum_ok(found: Sequence[str], prefix: int) -> bool:
    from binascii import crc32

    body, check = found[:-1], found[-1]
    digest = crc32("".join(word[:prefix] for word in body).encode("utf-8"))
    return body[digest % len(body)][:prefix] == check[:prefix]


def _slip39_ok(found: Sequence[str]) -> bool:
    try:
        from shamir_mnemonic.share import Share  # type: ignore[import-untyped]

        Share.from_mnemonic(" ".join(found))
    except Exception:  # noqa: BLE001 - any refusal means "not a valid share"
        return False
    return True


def _judge(view: str, scheme: _Scheme, run: Sequence[re.Match[str]]) -> str | None:
    """Why this run is a phrase of `scheme`, or None when it is not one."""
    count = len(run)
    found = [match.group().lower() for match in run]
    cue = _has_cue(view, run[0].start(), run[-1].end())
    if scheme.name.startswith("bip39-"):
        if count >= _PHRASE_MIN:
            return f"{count} words of the {scheme.name} list in a row"
        if _partial_ok(view, run[0].start(), run[-1].end(), found):
            return f"a partial phrase: {count} words of the {scheme.name} list"
        return None
    if count < _PHRASE_MIN:
        return None
    if scheme.name == "electrum-old":
        assert scheme.rarity is not None
        ranks = [scheme.rarity.get(word, 0) for word in found]
        for length in (24, 12):
            for i in range(count - length + 1):
                if sum(ranks[i : i + length]) >= _RARITY_BAR * length:
                    return f"{length} words of Electrum's old list, rare enough"
        return "12+ words of Electrum's old list after a cue" if cue else None
    if scheme.name == "monero":
        from .wordlists import monero

        prefix = monero()[1]
        for length in (25, 13):
            for i in range(count - length + 1):
                if _monero_checksum_ok(found[i : i + length], prefix):
                    return f"{length} Monero words, checksum word valid"
        if count >= 24 or cue:
            return f"{count} Monero words in a row"
        return None
    for length in (33, 20):
        for i in range(count - length + 1):
            if _slip39_ok(found[i : i + length]):
                return f"a SLIP-39 share of {length} words, checksum valid"
    return f"{count} SLIP-39 words in a row" if count >= 20 or cue else None


@register(
    "word-lists",
    _KIND,
    cues=("seed", "phrase", "words", "monero", "electrum", "share"),
    validator="one list's words in a row; Monero CRC-32 word, SLIP-39 RS1024, Electrum rarity",
)
def _other_phrases(scan: Scan) -> Iterable[Finding]:
    for scheme, run in _scheme_runs(scan):
        reason = _judge(scan.view, scheme, run)
        if reason:
            yield Finding(
                run[0].start(), run[-1].end(), _KIND, "word-lists", f"{scheme.name}: {reason}"
            )
