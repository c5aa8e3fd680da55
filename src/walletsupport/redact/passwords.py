"""Passwords, PINs and passphrases; exchange API keys and secrets.

* **Passwords.** After password, passphrase, passcode, "pass:", pwd, PIN, 密码
  (so also 支付密码, 登录密码, 交易密码), 密碼, 口令 and a connector ("is", ":",
  "=", "是", "改成"...): a quoted value, or the rest of the clause. In Latin
  script that is the first token and the words that follow it on the line, one
  to three spaces apart, up to 12 words: it ends at a word ending in
  punctuation (". , ; :" stay outside the mask, "!" and "?" inside, since
  passwords often end with them), at a word with an apostrophe or bracket, at
  a line end, and before an ordinary English word (and, but, I, it, please,
  since, the...). So "my password is correct horse battery staple" masks all
  four words, "my PIN is six eights" both, "my password is hunter2 and I
  changed it" only "hunter2". After "is"/"was", a first word that describes a
  password ("wrong", "correct", "not"...) makes the clause talk, not a password
  ("my password is wrong"), unless three or more words follow it. In Chinese
  it is the run of Chinese characters, digits and letters after the connector
  ("六个8", "1到6", "我爱北京天安门"), up to punctuation or a conjunction (但,
  可是, 而且, 所以...) and at most 64 characters; it is kept when it starts
  with a word that describes or asks (多少, 什么, 几, 对, 错, 不, 没, 被, 自己...)
  or ends in 的, 了 or a question particle: "支付密码是多少位？", "密码是对的".
  With no connector, only one token of 4+ characters containing a digit or a
  symbol is a password. Stars a user typed instead ("********") are never one.
* **JSON web tokens** (``eyJ...``.``eyJ...``.signature) whole, label or not: whoever
  holds one is logged in as its owner.
* **API keys and secrets.** After an API label (API key, apiKey, api_key,
  secret key, secretKey, apiSecret, API secret, access key, passphrase of an
  API, API密钥, 密钥, 秘钥...) and a connector, or right before one ("... is my
  API secret"): a token of 16 or more letters, digits and ``+/_-=`` whose
  Shannon entropy is at least 3 bits a character. Randomness counts only
  beside such a label: the same token alone may be a transaction hash.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable

from .core import (
    BLANK,
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

_HAN = lazy(__name__, r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_ZH_RUN = lazy(__name__, r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff0-9A-Za-z]+")

# --- passwords ---------------------------------------------------------------

_PASSWORD = leading(
    # A digit opens only "13th word" and "25th word": "1-1-1-..." is turned away at once.
    "(?i:p)|[密口暗]|1(?=3)|2(?=5)",
    r"(?:(?i:"
    + words(
        "password",
        "passwords",
        "passcode",
        "passwd",
        "pwd",
        r"pass\s?word",
        r"pin(?:\s?code)?",
        r"pass\s?phrase",
        r"pass(?=\s*[:=])",
        "pw",
        r"(?:13th|25th)\s+word",  # a BIP39 passphrase, "the 25th word"
    )
    + r")(?:码|碼)?|密码|密碼|口令|暗码|暗碼)"  # "PIN码是1234"
    r"(?P<qualifier>\s+(?i:for|on|of|at)\s+(?:(?i:the|my)\s+)?[A-Za-z][\w.]{0,20})?"
    r"(?P<connector>\s*(?:(?i:is|was|are|were)(?![A-Za-z])|[:=]|(?:也|还|還|都|一直|仍然|就)?(?:是|为|為)"
    r"|改成了?|改为|改為|设为|設為|设置为|設置為)?\s*)"
)
_QUOTED = lazy(
    __name__,
    r"\"[^\"\n]{1,64}\"|'[^'\n]{1,64}'|“[^”\n]{1,64}”|‘[^’\n]{1,64}’|「[^」\n]{1,64}」"
)
_ASCII_WORD = lazy(__name__, r"[!-~]+")
_GROUPED_PIN = lazy(
    __name__, r"(?=(?:\d[ -]?){4,8}(?![ -]?\d))\d{2,4}(?:[ -]\d{2,4})+(?![0-9A-Za-z])"
)
_NEXT_WORD = lazy(__name__, r"[ \t]{1,3}(?=\S)")
_PASSPHRASE_WORD = lazy(__name__, r"[A-Za-z0-9][A-Za-z0-9!@#$%^&*_+=~\-]*[.,;:!?]?")
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
    "多少",
    "什么",
    "什麼",
    "啥",
    "几",
    "幾",
    "哪",
    "怎",
    "如何",
    "对",
    "對",
    "错",
    "錯",
    "正确",
    "正確",
    "不",
    "没",
    "沒",
    "无",
    "無",
    "空",
    "一样",
    "一樣",
    "相同",
    "同一",
    "默认",
    "默認",
    "原来",
    "原來",
    "之前",
    "以前",
    "旧",
    "舊",
    "新",
    "刚",
    "剛",
    "已",
    "被",
    "在",
    "自己",
    "多",
    "纯",
    "純",
    "数字",
    "數字",
    "字母",
    "忘",
    "弱",
    "太",
    "很",
    "六位",
    "八位",
)
_ZH_DESCRIBING_END = ("的", "了", "吗", "嗎", "呢", "吧", "啊")
_ZH_LONGEST = 64
_ZH_CLAUSE_END = lazy(
    __name__, "但|可是|不过|不過|而且|并且|並且|然后|然後|所以|因为|因為|还是|還是"
)


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
        # A PIN in groups ("密码 888 888", "PIN 12 34"): 4-8 digits.
        grouped = _GROUPED_PIN.match(view, pos)
        if grouped:
            return pos, grouped.end(), grouped.end()
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
    first = _ZH_RUN.match(view, pos, pos + _ZH_LONGEST + 1)
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
        run = _ZH_RUN.match(view, space.end(), space.end() + _ZH_LONGEST + 1) if space else None
    start, end = pieces[0][0], pieces[-1][1]
    clause = view[start:end]
    if (
        len(clause) < 2
        or not _HAN.search(clause)
        or clause.startswith(_ZH_DESCRIBING_START)
        or clause.endswith(_ZH_DESCRIBING_END)
    ):
        return None
    return start, end, end


@register(
    "password",
    "password",
    cues=("password", "passphrase", "pass:", "pwd", "PIN", "密码", "支付密码", "登录密码"),
    validator="the value after a password word and a connector, up to the clause's end",
)
def _passwords(scan: Scan) -> Iterable[Finding]:
    view = scan.view
    read_to = 0
    for match in find_all(_PASSWORD, view):
        if match.start() < read_to:
            continue  # inside the password found after an earlier trigger
        pos = match.end()
        connector = (match.group("connector") or "").strip().lower()
        quoted = _QUOTED.match(view, pos)
        if quoted:
            read_to = quoted.end()
            yield Finding(pos, quoted.end(), "password", "password", "quoted after a password word")
            continue
        found = _ascii_password(view, pos, connector)
        if found is None and connector:
            found = _chinese_password(view, pos)
        if found is None:
            continue
        start, end, read_to = found
        yield Finding(start, end, "password", "password", "after a password word")


# --- API keys and secrets -----------------------------------------------------------

_API_LABEL = lazy(
    __name__,
    r"(?i:(?<![A-Za-z0-9])(?:api|access|secret|private|app|client|exchange|binance|okx|"
    r"bybit|huobi|kraken|coinbase)[\s_-]?(?:key|secret|token|passphrase)(?:[\s_-]?(?:id|key))?"
    r"(?![A-Za-z0-9])|(?<![A-Za-z0-9])(?:secret|token|bearer|auth[\s_-]?token)(?![A-Za-z0-9]))"
    "|API\\s*密钥|API\\s*密鑰|API\\s*秘钥|密钥|密鑰|秘钥|私密金钥|访问令牌|訪問令牌|令牌"
)
_API_TOKEN = lazy(__name__, r"(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{16,}={0,2}(?![A-Za-z0-9+/=_-])")
_LABEL_NEAR = lazy(__name__,
    r"(?:\s|[:=\"'`,]|(?i:is|was|are|of|my|the|here|=>)(?![A-Za-z])|是|为|為|：)*$"
)
_LABEL_AFTER = lazy(
    __name__,
    r"^[\s\"'`,]*(?:(?i:is|was|=|-|are)\s+)?(?:(?i:my|the|our|an?)\s+)?"
    r"(?:(?i:binance|okx|bybit|exchange)\s+)?"
    r"(?:(?i:api[\s_-]?(?:key|secret)|secret[\s_-]?key)|API\\s*密钥|密钥)"
)


# Every label before or after a token (`_API_LABEL`, `_LABEL_AFTER`) holds one of these.
_API_NEEDLES = (
    "key", "secret", "token", "bearer", "passphrase", "密钥", "密鑰", "秘钥", "金钥", "令牌",
)  # fmt: skip


def _needle_starts(scan: Scan) -> list[int] | None:
    """Where a needle starts in the text, sorted (cached per scan).

    None when the text holds a marker, which `context_before` and
    `context_after` read past (a label may then stand farther away), or when
    lower case moves positions (a character that lowers to two).
    """
    view = scan.view
    lower = scan.lower()
    if BLANK in view or len(lower) != len(view):
        return None
    cached = scan.cache.get("api-needles")
    if cached is None:
        starts = []
        for needle in _API_NEEDLES:
            at = lower.find(needle)
            while at >= 0:
                starts.append(at)
                at = lower.find(needle, at + 1)
        cached = scan.cache["api-needles"] = sorted(starts)
    return cached  # type: ignore[return-value]


def _entropy(token: str) -> float:
    counts = Counter(token)
    total = len(token)
    return -sum(n / total * math.log2(n / total) for n in counts.values())


@register(
    "api-secret",
    "api-secret",
    cues=("API key", "secret key", "apiSecret", "API密钥", "token"),
    validator="16+ characters, entropy 3+ bits a character, right beside a key/secret label",
)
def _api_secrets(scan: Scan) -> Iterable[Finding]:
    # Every label holds one of these (私密金钥 too).
    if not scan.mentions(*_API_NEEDLES):
        return
    view = scan.view
    needles = _needle_starts(scan)
    for match in _API_TOKEN.finditer(view):
        start, end = match.span()
        if needles is not None:
            # A label before the token starts within 40 characters of it, one
            # after it within 40 of its end, and each holds a needle.
            i = bisect_left(needles, start - 40)
            j = bisect_left(needles, end)
            if not (i < len(needles) and needles[i] < start) and not (
                j < len(needles) and needles[j] < end + 40
            ):
                continue
        token = match.group().rstrip("=")
        if _entropy(token) < 3.0 or token.isalpha() and not any(c.isupper() for c in token[1:]):
            continue
        before = context_before(view, start, 40)
        label = None
        for found in _API_LABEL.finditer(before):
            label = found
        if label is not None and _LABEL_NEAR.match(before, label.end()):
            yield Finding(
                start,
                end,
                "api-secret",
                "api-secret",
                f"high-entropy token after the label '{label.group()}'",
            )
        elif _LABEL_AFTER.match(context_after(view, end, 40)):
            yield Finding(
                start,
                end,
                "api-secret",
                "api-secret",
                "high-entropy token before an API key label",
            )


# --- JSON web tokens ------------------------------------------------------------------

# Header and payload are base64url JSON objects, so both start "eyJ" ('{"'); the
# signature follows the second dot. A session or API token whoever holds it.
_JWT = leading(
    "e",
    r"(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{10,}"
    r"(?![A-Za-z0-9_-])",
)


@register(
    "jwt",
    "api-secret",
    cues=("Bearer", "Authorization", "token"),
    validator="three base64url parts, the first two JSON objects (eyJ...): a bearer token",
)
def _json_web_tokens(scan: Scan) -> Iterable[Finding]:
    if "eyJ" not in scan.view:
        return
    for match in find_all(_JWT, scan.view):
        yield Finding(
            match.start(),
            match.end(),
            "api-secret",
            "jwt",
            "a JSON web token (header, payload and signature): a bearer credential",
        )
