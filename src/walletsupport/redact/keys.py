"""Private keys: raw hex and base58 keys, WIF, extended private keys, Solana secrets, keystores.

* **64 hexadecimal digits** (with or without ``0x``) are both a private key
  and a transaction hash; so are 86-90 character base58 strings that decode to
  64 bytes (a Solana secret key, or a Solana transaction signature). A strong
  key label (private key, privkey, secret key, WIF, 私钥, 密钥...) anywhere in
  the 48 characters before it on its line makes it a key whatever other words
  sit nearby ("private key for the transaction: ..."). Otherwise the nearest
  cue decides: a transaction word (tx, txid, hash, transaction, signature,
  交易哈希, 哈希, 签名...) or a URL around it (explorer links) keeps it; a key
  word (key, secret) masks it; with no cue at all it is masked (the worse
  case), except in a reference answer (``reference=True``), where an
  unexplained value is the transaction hash that the question asked for.
* **Solana secret keys as a byte array**: a JSON array of exactly 64 numbers
  from 0 to 255 (the form of ``id.json`` files).
* **WIF keys**: base58check strings of 51-52 characters whose checksum holds
  and whose version byte is 0x80 (mainnet) or 0xef (testnet), with a 32-byte
  key and an optional 0x01 compression flag.
* **Extended keys**: 111-112 character base58check strings are decoded and
  their four version bytes read: xprv, yprv, zprv, Yprv, Zprv, tprv, uprv,
  vprv, Uprv, Vprv (and Litecoin's Ltpv) are masked; xpub, ypub, zpub, tpub and
  the other public versions are kept (they cannot move funds, and support may
  need one to look up a watch-only wallet). A string that starts with one of
  the private prefixes is masked even when mistyped or cut short.
* **Ethereum keystore JSON** (``"crypto"``/``"Crypto"`` with ``"ciphertext"``
  and ``"kdf"``): the whole enclosing JSON object, since its ciphertext and
  salt let anyone try passwords offline.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence

from .core import (
    Finding,
    Scan,
    context_after,
    context_before,
    first_cue,
    last_cue,
    lazy,
    register,
    words,
)

__all__: list[str] = []

_KIND = "private-key"
_BASE58 = "1-9A-HJ-NP-Za-km-z"
_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_DIGIT = {char: value for value, char in enumerate(_ALPHABET)}
_HEX_KEY = re.compile(r"(?<![0-9A-Za-z])(?:0[xX])?[0-9a-fA-F]{64}(?![0-9A-Za-z])")
_BASE58_KEY = re.compile(rf"(?<![0-9A-Za-z])[{_BASE58}]{{86,90}}(?![0-9A-Za-z])")
_WIF = re.compile(rf"(?<![0-9A-Za-z])[59cKL][{_BASE58}]{{50,51}}(?![0-9A-Za-z])")
_EXTENDED = re.compile(rf"(?<![0-9A-Za-z])[{_BASE58}]{{111,112}}(?![0-9A-Za-z])")
_EXTENDED_PRIVATE = re.compile(
    rf"(?<![0-9A-Za-z])(?:[xyztuvYZUV]prv|Ltpv)[{_BASE58}]{{20,}}(?![0-9A-Za-z])"
)
# Every pattern above matches a whole run of 24 or more ASCII letters and
# digits: each opens after no letter or digit, ends before none, and is that
# long. One scan finds those runs (few in ordinary text) and each pattern is
# tried on them whole (`_whole_runs`), instead of five scans of the text.
_ALNUM_RUN = re.compile(r"[0-9A-Za-z]{24,}")
_ANY_LENGTH = 1 << 64
# The length of each one's shortest and longest match (a test checks them).
_WIDTHS = {
    _HEX_KEY: (64, 66),
    _BASE58_KEY: (86, 90),
    _WIF: (51, 52),
    _EXTENDED: (111, 112),
    _EXTENDED_PRIVATE: (24, _ANY_LENGTH),
}
_BYTE_ARRAY = re.compile(r"\[\s*\d{1,3}(?:\s*,\s*\d{1,3}){63}\s*,?\s*\]")
_CIPHERTEXT = lazy(__name__, r"[\"']ciphertext[\"']\s*:", re.IGNORECASE)
_KDF = lazy(__name__, r"[\"']kdf[\"']\s*:", re.IGNORECASE)
_URL = lazy(
    __name__,
    r"(?:https?://|www\.)[^\s<>\"',。]+"
    r"|(?<![\w.@-])[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)+/[^\s<>\"',。]*"
)
_KEY_CUES = {
    "tx": re.compile(
        "(?i:"
        + words("tx", "txid", "txn", "txhash", "hash", "hashes", "transaction", "signature")
        + ")|交易哈希|交易號|交易号|哈希|交易\\s*(?i:id|hash)|签名|簽名|区块浏览器|區塊瀏覽器"
    ),
    "key": re.compile(
        "(?i:" + words(r"private\s*key", "privkey", "secret", "key", "wif") + ")"
        "|私钥|私鑰|密钥|密鑰|秘钥"
    ),
}
# A label that names a private key: it wins over any transaction word nearby.
_STRONG_KEY = lazy(
    __name__,
    "(?i:"
    + words(
        r"private[\s_-]*key",
        "privkey",
        "priv",
        r"secret[\s_-]*key",
        "secretkey",
        "wif",
        r"key[\s_-]*pair",
        "keypair",
        r"seed[\s_-]*key",
    )
    + ")|私钥|私鑰|密钥|密鑰|秘钥"
)
# Version bytes of extended private keys (BIP32, SLIP-132, Litecoin).
_PRIVATE_VERSIONS = frozenset(
    bytes.fromhex(v)
    for v in (
        "0488ade4",
        "049d7878",
        "04b2430c",
        "0295b005",
        "02aa7a99",  # xprv yprv zprv Yprv Zprv
        "04358394",
        "044a4e62",
        "045f18bc",
        "024285b5",
        "02575048",  # tprv uprv vprv Uprv Vprv
        "019d9cfe",
        "01e3e0d4",  # Ltpv and Litecoin testnet
    )
)


def b58decode_check(text: str) -> bytes | None:
    """Decode base58check; None when a character or the checksum is wrong."""
    import hashlib

    number = 0
    for char in text:
        digit = _DIGIT.get(char)
        if digit is None:
            return None
        number = number * 58 + digit
    zeros = len(text) - len(text.lstrip("1"))
    raw = b"\0" * zeros + number.to_bytes((number.bit_length() + 7) // 8, "big")
    if len(raw) < 5:
        return None
    payload, check = raw[:-4], raw[-4:]
    if hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] != check:
        return None
    return payload


def _b58_length(text: str) -> int:
    number = 0
    for char in text:
        number = number * 58 + _DIGIT[char]
    zeros = len(text) - len(text.lstrip("1"))
    return zeros + (number.bit_length() + 7) // 8


def _long_runs(scan: Scan) -> list[tuple[int, int]]:
    """The maximal runs of 24+ ASCII letters and digits of the text (cached per scan)."""
    runs = scan.cache.get("alnum-runs")
    if runs is None:
        runs = scan.cache["alnum-runs"] = [m.span() for m in _ALNUM_RUN.finditer(scan.view)]
    return runs  # type: ignore[return-value]


def _whole_runs(scan: Scan, pattern: re.Pattern[str]) -> Iterable[re.Match[str]]:
    """`pattern.finditer(scan.view)` for a pattern that matches only whole long runs.

    The runs are maximal, so the characters around one are no letters or
    digits, as the pattern's lookbehind and lookahead ask; `fullmatch` up to
    the run's end sees the same. A run whose length the pattern cannot match
    is not tried.
    """
    view = scan.view
    shortest, longest = _WIDTHS[pattern]
    for start, end in _long_runs(scan):
        if shortest <= end - start <= longest:
            match = pattern.fullmatch(view, start, end)
            if match is not None:
                yield match


def _inside(spans: Sequence[tuple[int, int]], starts: Sequence[int], start: int, end: int) -> bool:
    """Whether [start, end) lies inside one of `spans` (sorted, not overlapping)."""
    i = bisect_right(starts, start) - 1
    return i >= 0 and end <= spans[i][1]


def _line_urls(scan: Scan, pos: int) -> tuple[list[tuple[int, int]], list[int]]:
    """The URLs of the line holding `pos` (cached by line).

    No URL holds a line break, so a scan of one line finds the URLs a scan of
    the whole text finds there: only the lines with a key candidate are read.
    """
    view = scan.view
    start = view.rfind("\n", 0, pos) + 1
    lines = scan.cache.setdefault("url-lines", {})
    assert isinstance(lines, dict)
    cached = lines.get(start)
    if cached is None:
        end = view.find("\n", pos)
        spans = [
            (m.start(), m.end()) for m in _URL.finditer(view, start, len(view) if end < 0 else end)
        ]
        cached = lines[start] = (spans, [low for low, _ in spans])
    return cached


@register(
    "raw-key",
    _KIND,
    cues=("private key", "私钥", "secret", "key"),
    validator="64 hex digits or 64 base58 bytes; a key label wins, a tx cue or URL keeps it",
)
def _raw_keys(scan: Scan) -> Iterable[Finding]:
    view = scan.view
    for pattern in (_HEX_KEY, _BASE58_KEY):
        for match in _whole_runs(scan, pattern):
            if pattern is _BASE58_KEY and _b58_length(match.group()) != 64:
                continue
            shape = "64 hex digits" if pattern is _HEX_KEY else "64 bytes in base58"
            before = context_before(view, match.start(), 48)
            if _STRONG_KEY.search(before):
                yield Finding(
                    match.start(), match.end(), _KIND, "raw-key", f"{shape} after a key label"
                )
                continue
            urls, starts = _line_urls(scan, match.start())
            if _inside(urls, starts, match.start(), match.end()):
                continue
            cue = last_cue(before, _KEY_CUES)
            if cue is None:
                cue = first_cue(context_after(view, match.end(), 24), _KEY_CUES)
            # In an answer to "which transaction?", a value nobody explained is its hash.
            if cue == "tx" or (cue is None and scan.reference):
                continue
            why = "after a key word" if cue == "key" else "with nothing saying it is a hash"
            yield Finding(match.start(), match.end(), _KIND, "raw-key", f"{shape} {why}")
    for match in _BYTE_ARRAY.finditer(view):
        if all(int(n) <= 255 for n in re.findall(r"\d+", match.group())):
            yield Finding(
                match.start(), match.end(), _KIND, "raw-key", "64-byte array (Solana secret key)"
            )


@register(
    "base58check-key",
    _KIND,
    validator="base58check checksum and version bytes (WIF 0x80/0xef, xprv/tprv/...)",
)
def _base58check_keys(scan: Scan) -> Iterable[Finding]:
    for match in _whole_runs(scan, _WIF):
        payload = b58decode_check(match.group())
        if (
            payload is not None
            and payload[0] in (0x80, 0xEF)
            and (len(payload) == 33 or (len(payload) == 34 and payload[33] == 1))
        ):
            net = "mainnet" if payload[0] == 0x80 else "testnet"
            yield Finding(
                match.start(),
                match.end(),
                _KIND,
                "base58check-key",
                f"WIF key ({net}), checksum valid",
            )
    for match in _whole_runs(scan, _EXTENDED):
        payload = b58decode_check(match.group())
        if payload is not None and len(payload) == 78 and payload[:4] in _PRIVATE_VERSIONS:
            yield Finding(
                match.start(),
                match.end(),
                _KIND,
                "base58check-key",
                f"extended private key, version {payload[:4].hex()}",
            )
    for match in _whole_runs(scan, _EXTENDED_PRIVATE):
        yield Finding(
            match.start(),
            match.end(),
            _KIND,
            "base58check-key",
            "starts like an extended private key",
        )


@register("keystore", _KIND, validator="JSON with ciphertext and kdf: an encrypted key file")
def _keystores(scan: Scan) -> Iterable[Finding]:
    if not scan.mentions("ciphertext"):
        return
    view = scan.view
    done = -1
    for match in _CIPHERTEXT.finditer(view):
        if match.start() < done:
            continue
        low, high = max(0, match.start() - 2000), min(len(view), match.end() + 2000)
        if not _KDF.search(view, low, high):
            continue
        start = _outer_open(view, match.start(), low)
        end = _matching_close(view, start, high) if start is not None else None
        if start is None or end is None:
            # A cut-off keystore: mask from the ciphertext to the end of its line.
            line_end = view.find("\n", match.end())
            start, end = match.start(), len(view) if line_end < 0 else line_end
        done = end
        yield Finding(start, end, _KIND, "keystore", "Ethereum keystore JSON (ciphertext, kdf)")


def _outer_open(view: str, pos: int, low: int) -> int | None:
    """The outermost "{" that encloses `pos`, looking back no further than `low`."""
    depth = 0
    found = None
    for i in range(pos - 1, low - 1, -1):
        char = view[i]
        if char == "}":
            depth += 1
        elif char == "{":
            if depth:
                depth -= 1
            else:
                found = i
    return found


def _matching_close(view: str, start: int, high: int) -> int | None:
    depth = 0
    for i in range(start, high):
        char = view[i]
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return i + 1
    return None
