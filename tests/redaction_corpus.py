"""The redaction corpus: secrets from public test vectors and ordinary details support needs.

Phrases are generated from fixed entropy with the packages that own each
scheme (`mnemonic` for BIP39 in every language, `monero` for Monero seeds),
SLIP-39 shares come from Trezor's published vectors (``slip39_vectors.json``),
BIP32 keys are derived from the BIP32 test-vector seeds here (the derivation is
checked against the published master keys), and the rest (card networks' test
numbers, sample IDs, typed passwords and codes, addresses, hashes, order
numbers) is written in ``secrets.yaml`` and ``ordinary.yaml`` with its source.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

HERE = Path(__file__).parent / "corpus" / "redaction"


@dataclass(frozen=True)
class Secret:
    group: str
    text: str  # what a person typed
    secret: str  # what must never be seen again
    lang: str = "en"
    reference: bool = False


@dataclass(frozen=True)
class Detail:
    group: str
    text: str
    detail: str  # what must come back exactly
    reference: bool = False


# --- base58check and BIP32 ----------------------------------------------------------

_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58encode(raw: bytes) -> str:
    number = int.from_bytes(raw, "big")
    out = ""
    while number:
        number, digit = divmod(number, 58)
        out = _ALPHABET[digit] + out
    return "1" * (len(raw) - len(raw.lstrip(b"\0"))) + out


def b58check(payload: bytes) -> str:
    check = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    return b58encode(payload + check)


_P = 2**256 - 2**32 - 977
_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141
_G = (
    0x79BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798,
    0x483ADA7726A3C4655DA4FBFC0E1108A8FD17B448A68554199C47D08FFB10D4B8,
)


def _add(a: tuple[int, int] | None, b: tuple[int, int] | None) -> tuple[int, int] | None:
    if a is None:
        return b
    if b is None:
        return a
    if a[0] == b[0] and (a[1] + b[1]) % _P == 0:
        return None
    if a == b:
        slope = 3 * a[0] * a[0] * pow(2 * a[1], -1, _P)
    else:
        slope = (b[1] - a[1]) * pow(b[0] - a[0], -1, _P)
    x = (slope * slope - a[0] - b[0]) % _P
    return x, (slope * (a[0] - x) - a[1]) % _P


def _public(secret: int) -> bytes:
    point, result = _G, None
    while secret:
        if secret & 1:
            result = _add(result, point)
        point = _add(point, point)
        secret >>= 1
    assert result is not None
    return bytes([2 + (result[1] & 1)]) + result[0].to_bytes(32, "big")


def _hash160(data: bytes) -> bytes:
    return hashlib.new("ripemd160", hashlib.sha256(data).digest()).digest()


def bip32_keys(seed_hex: str, path: list[int]) -> tuple[bytes, bytes]:
    """The serialized private and public key bodies (without version) at `path` (hardened)."""
    digest = hmac.new(b"Bitcoin seed", bytes.fromhex(seed_hex), hashlib.sha512).digest()
    key, chain = int.from_bytes(digest[:32], "big"), digest[32:]
    depth, fingerprint, number = 0, b"\0\0\0\0", 0
    for index in path:
        index |= 0x80000000
        parent_public = _public(key)
        data = b"\0" + key.to_bytes(32, "big") + index.to_bytes(4, "big")
        digest = hmac.new(chain, data, hashlib.sha512).digest()
        key = (int.from_bytes(digest[:32], "big") + key) % _N
        chain = digest[32:]
        depth, fingerprint, number = depth + 1, _hash160(parent_public)[:4], index
    head = bytes([depth]) + fingerprint + number.to_bytes(4, "big") + chain
    return head + b"\0" + key.to_bytes(32, "big"), head + _public(key)


PRIVATE_VERSIONS = {
    "xprv": "0488ade4",
    "yprv": "049d7878",
    "zprv": "04b2430c",
    "tprv": "04358394",
    "uprv": "044a4e62",
    "vprv": "045f18bc",
}
PUBLIC_VERSIONS = {"xpub": "0488b21e", "ypub": "049d7cb2", "zpub": "04b24746", "tpub": "043587cf"}
# BIP32 test vectors 1-3: their seeds (github.com/bitcoin/bips, bip-0032.mediawiki).
BIP32_SEEDS = (
    "000102030405060708090a0b0c0d0e0f",
    "fffcf9f6f3f0edeae7e4e1dedbd8d5d2cfccc9c6c3c0bdbab7b4b1aeaba8a5a29f9c999693908d8a8784817e7b"
    "7875726f6c696663605d5a5754514e4b484542",
    "4b381541583be4423346c643850da4b320e46a87ae3d2a4e6da11eba819cd4acba45d239319ac14f863b8d5ab5a0"
    "d0c64d2e8e1f7d1951bab2ab7c3c",
)
# The published master keys of vector 1, which the derivation above must reproduce.
BIP32_V1_XPRV = (
    "xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6Ln"
    "F5kejMRNNU3TGtRBeJgk33yuGBxrMPHi"
)
BIP32_V1_XPUB = (
    "xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje"
    "8YtGqsefD265TMg7usUDFdp6W1EGMcet8"
)


@functools.cache  # pure elliptic-curve arithmetic in Python: derived once per process
def extended_keys() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Extended private keys (every version) and public keys from the BIP32 seeds."""
    private: list[str] = []
    public: list[str] = []
    for seed in BIP32_SEEDS:
        for path in ([], [0], [0, 1]):
            body_private, body_public = bip32_keys(seed, path)
            for version in PRIVATE_VERSIONS.values():
                private.append(b58check(bytes.fromhex(version) + body_private))
            for version in PUBLIC_VERSIONS.values():
                public.append(b58check(bytes.fromhex(version) + body_public))
    return tuple(private), tuple(public)


# --- phrases ----------------------------------------------------------------------------

LANGUAGES = (
    "english",
    "chinese_simplified",
    "chinese_traditional",
    "japanese",
    "korean",
    "spanish",
    "french",
    "italian",
    "czech",
    "portuguese",
)


def _entropy(label: str, size: int) -> bytes:
    return hashlib.sha256(f"walletsupport corpus {label}".encode()).digest()[:size]


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def bip39_secrets() -> list[Secret]:
    from mnemonic import Mnemonic

    out = []
    for language in LANGUAGES:
        m = Mnemonic(language)
        for size in (16, 32):  # 12 and 24 words
            phrase = unicodedata.normalize("NFC", m.to_mnemonic(_entropy(language, size)))
            out.append(Secret(f"bip39-{language}", f"my recovery phrase: {phrase}", phrase))
        phrase = unicodedata.normalize("NFC", m.to_mnemonic(_entropy(language + "2", 20)))
        if language.startswith("chinese"):
            glued = phrase.replace(" ", "")
            out.append(Secret(f"bip39-{language}", f"钱包里的是{glued}请帮我看看", glued, "zh"))
        elif language == "spanish":
            bare = _strip_accents(phrase)
            out.append(Secret("bip39-spanish", f"mis palabras: {bare}", bare))
        else:
            numbered = " ".join(f"{i}. {w}" for i, w in enumerate(phrase.split(), 1))
            out.append(Secret(f"bip39-{language}", numbered, numbered))
    english = Mnemonic("english")
    # The example of the issue, glued with no cue word.
    out.append(
        Secret(
            "bip39-chinese_simplified", "伐旱泡口线揭县杨断芳额件", "伐旱泡口线揭县杨断芳额件", "zh"
        )
    )
    # Partial phrases: 11 of 12 words, and steel-plate abbreviations.
    for n in range(3):
        words = english.to_mnemonic(_entropy(f"partial {n}", 16)).split()
        out.append(
            Secret(
                "bip39-partial",
                " ".join(words[:11]) + " (forgot the last one)",
                " ".join(words[:11]),
            )
        )
        out.append(
            Secret("bip39-partial", "seed words 1-6: " + " ".join(words[:6]), " ".join(words[:6]))
        )
        plate = " ".join(w[:4].upper() for w in words)
        out.append(Secret("bip39-steel-plate", f"stamped on my plate: {plate}", plate))
    return out


def electrum_new(kind_prefix: str, label: str) -> str:
    """A 12-word Electrum 2.0+ seed whose version hash starts with `kind_prefix`."""
    from mnemonic import Mnemonic

    words = Mnemonic("english").wordlist
    counter = 0
    while True:
        digest = hashlib.sha256(f"{label} {counter}".encode()).digest()
        number = int.from_bytes(digest, "big")
        phrase = " ".join(words[(number >> (11 * i)) & 2047] for i in range(12))
        version = hmac.new(b"Seed version", phrase.encode(), hashlib.sha512).hexdigest()
        if version.startswith(kind_prefix):
            return phrase
        counter += 1


def electrum_old(seed_hex: str) -> str:
    """Electrum 1.x's mn_encode of a 32-hex-digit seed."""
    from walletsupport.redact.wordlists import electrum_old as old_list

    words = sorted(old_list().index, key=old_list().index.__getitem__)
    n = len(words)
    out = []
    for i in range(len(seed_hex) // 8):
        x = int(seed_hex[8 * i : 8 * i + 8], 16)
        w1 = x % n
        w2 = (x // n + w1) % n
        w3 = (x // n // n + w2) % n
        out += [words[w1], words[w2], words[w3]]
    return " ".join(out)


def scheme_secrets() -> list[Secret]:
    from monero.seed import Seed

    out = []
    for n, prefix in enumerate(("100", "01", "100", "01")):
        phrase = electrum_new(prefix, f"electrum {n}")
        out.append(Secret("electrum-new", phrase, phrase))
    for n in range(4):
        phrase = electrum_old(hashlib.sha256(f"old {n}".encode()).hexdigest()[:32])
        out.append(Secret("electrum-old", f"old electrum seed {phrase}", phrase))
    for n in range(4):
        phrase = Seed(hashlib.sha256(f"monero {n}".encode()).hexdigest()).phrase
        text = phrase if n % 2 else f"my Monero wallet seed is {phrase}"
        out.append(Secret("monero", text, phrase))
    shares = json.loads((HERE / "slip39_vectors.json").read_text(encoding="utf-8"))["valid"]
    for share in shares[:8]:
        out.append(Secret("slip39", f"share 1 of 3: {share}", share))
    return out


def key_secrets() -> list[Secret]:
    out = []
    private, _ = extended_keys()
    for key in private[::2]:
        out.append(Secret("extended-private-key", f"exported {key} from the wallet", key))
    for n in range(4):
        raw = hashlib.sha256(f"wif {n}".encode()).digest()
        for version in (b"\x80", b"\xef"):
            for suffix in (b"", b"\x01"):
                wif = b58check(version + raw + suffix)
                out.append(Secret("wif", f"WIF: {wif}", wif))
    for n in range(4):
        secret = hashlib.sha256(f"solana {n}".encode()).digest()
        full = secret + hashlib.sha256(secret).digest()
        encoded = b58encode(full)
        out.append(Secret("solana", f"phantom export {encoded}", encoded))
        array = "[" + ",".join(str(b) for b in full) + "]"
        out.append(Secret("solana", f"id.json: {array}", array))
    return out


@functools.cache  # read once per process: callers never change what they get
def load_secrets() -> list[Secret]:
    data = yaml.safe_load((HERE / "secrets.yaml").read_text(encoding="utf-8"))
    out = bip39_secrets() + scheme_secrets() + key_secrets()
    for group, entries in data.items():
        for entry in entries:
            secret = str(entry["secret"])
            template = entry.get("text", "{s}")
            out.append(
                Secret(
                    group,
                    template.replace("{s}", secret),
                    secret,
                    entry.get("lang", "en"),
                    bool(entry.get("reference", False)),
                )
            )
    return out


@functools.cache  # read once per process: callers never change what they get
def load_details() -> list[Detail]:
    data = yaml.safe_load((HERE / "ordinary.yaml").read_text(encoding="utf-8"))
    out = []
    _, public = extended_keys()
    for key in public[:8]:
        out.append(Detail("xpub", f"watch-only wallet {key}", key))
    for n in range(3):
        digest = hashlib.sha256(f"address {n}".encode()).digest()
        for version, name in ((b"\x41", "Tron"), (b"\x00", "Bitcoin"), (b"\x30", "Litecoin")):
            address = b58check(version + digest[:20])
            out.append(Detail("address", f"my {name} address {address}", address))
        solana = b58encode(digest)
        out.append(Detail("address", f"Solana address {solana}", solana))
        signature = b58encode(hashlib.sha512(f"signature {n}".encode()).digest())
        out.append(Detail("transaction", f"tx signature {signature}", signature))
    for group, entries in data.items():
        for entry in entries:
            detail = str(entry["detail"])
            out.append(
                Detail(
                    group,
                    entry.get("text", "{s}").replace("{s}", detail),
                    detail,
                    bool(entry.get("reference", False)),
                )
            )
    return out


@functools.cache  # read once per process: callers never change what they get
def load_sentences() -> dict[str, list[str]]:
    return yaml.safe_load((HERE / "sentences.yaml").read_text(encoding="utf-8"))
