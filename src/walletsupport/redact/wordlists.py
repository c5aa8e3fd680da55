"""Word lists of recovery-phrase schemes, each loaded on first use from a maintained source.

* BIP39: the `mnemonic` package (Trezor's reference implementation) carries
  the ten official lists (English, simplified and traditional Chinese,
  Japanese, Korean, Spanish, French, Italian, Czech, Portuguese) and Russian.
* Electrum "new" (2.0+) seeds use the BIP39 English list; what marks them is
  their version hash (`electrum_seed_type`).
* Electrum "old" (1.x) seeds: the 1,626 words of ``electrum/old_mnemonic.py``
  in Electrum's repository (github.com/spesmilo/electrum, commit 92357801,
  August 2026), written out one a line to ``data/electrum_old.txt`` by a
  script, not by hand. No package on PyPI ships this list without pulling in a
  whole wallet library. The list is ordered by frequency in English poetry,
  which the rarity score of the phrase detector uses.
* Monero: the English list of the `monero` package (``monero.wordlists``).
* SLIP-39: the list of the `shamir-mnemonic` package (Trezor's reference).

Words are keyed in a normal form: lower case, NFC, and for Latin scripts
without accents, so that "ábaco" typed as "abaco" is still a Spanish word.

Building these lists from the packages (reading eleven files, importing
`monero` and `shamir_mnemonic`, normalizing 24,000 words) cost some 250 ms on
the first free-text answer. So the lists in their normal form ship prebuilt in
``data/wordlists.txt`` (one list a line: its name, a tab, its words), written
by ``python -m walletsupport.redact.wordlists`` from the packages; a test
checks that the file equals what the installed packages give, so it cannot
drift from its sources.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache

from ..frozen import frozen

__all__ = [
    "BIP39_LANGUAGES",
    "WordList",
    "bip39",
    "bip39_words",
    "build_index",
    "electrum_old",
    "electrum_seed_type",
    "monero",
    "normal",
    "slip39",
]

#: The BIP39 lists read as whole words (Chinese is read character by character elsewhere).
BIP39_LANGUAGES = (
    "english",
    "spanish",
    "french",
    "italian",
    "czech",
    "portuguese",
    "japanese",
    "korean",
    "russian",
)
_KEEP_MARKS = frozenset({"japanese", "korean"})


@frozen
class WordList:
    """One scheme's list: its name and the index of each word in normal form."""

    name: str
    index: dict[str, int]

    def __contains__(self, word: object) -> bool:
        return word in self.index


def normal(word: str, keep_marks: bool = False) -> str:
    """The normal form of a word: lower case, NFC, accents dropped unless `keep_marks`."""
    if word.isascii():
        return word.lower()
    if keep_marks:
        return unicodedata.normalize("NFC", word).lower()
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _make(name: str, words: list[str], keep_marks: bool = False) -> WordList:
    return WordList(name, {normal(word, keep_marks): i for i, word in enumerate(words)})


_INDEX = "wordlists.txt"


def build_index() -> str:
    """The text of ``data/wordlists.txt``, built from the packages that maintain the lists.

    Each line is a list's name, a tab and its words in order, apart by single
    spaces: the BIP39 lists and SLIP-39 in normal form, the two Chinese BIP39
    lists as the package gives them (read character by character), Monero's
    English list in normal form and, on a line of its own, its unique prefix
    length.
    """
    from mnemonic import Mnemonic
    from monero.wordlists import English  # type: ignore[import-untyped]
    from shamir_mnemonic.wordlist import WORDLIST  # type: ignore[import-untyped]

    def line(name: str, words: list[str], keep_marks: bool = False) -> str:
        forms = [normal(word, keep_marks) for word in words]
        assert all(form and " " not in form and "\t" not in form for form in forms)
        return f"{name}\t{' '.join(forms)}"

    lines = ["# Built by `python -m walletsupport.redact.wordlists` from mnemonic, monero and"]
    lines.append("# shamir-mnemonic; tests/test_redact.py checks it against them. Do not edit.")
    for language in BIP39_LANGUAGES:
        lines.append(
            line(f"bip39-{language}", Mnemonic(language).wordlist, language in _KEEP_MARKS)
        )
    for language in ("chinese_simplified", "chinese_traditional"):
        words = Mnemonic(language).wordlist
        assert all(len(word) == 1 for word in words)
        lines.append(f"bip39-{language}\t{' '.join(words)}")
    lines.append(line("monero-english", list(English.word_list)))
    lines.append(f"monero-prefix\t{int(English.unique_prefix_length)}")
    lines.append(line("slip39", list(WORDLIST)))
    return "\n".join(lines) + "\n"


@lru_cache(maxsize=1)
def _index() -> dict[str, list[str]]:
    """The prebuilt lists by name (see `build_index`)."""
    from pathlib import Path

    lists: dict[str, list[str]] = {}
    text = (Path(__file__).with_name("data") / _INDEX).read_text(encoding="utf-8")
    for row in text.splitlines():
        if row and not row.startswith("#"):
            name, _, words = row.partition("\t")
            lists[name] = words.split(" ")
    return lists


def _indexed(name: str) -> WordList:
    return WordList(name, {word: i for i, word in enumerate(_index()[name])})


def bip39_words(language: str) -> list[str]:
    """The words of a BIP39 list in order: normal form, or as given for the Chinese lists."""
    return _index()[f"bip39-{language}"]


@cache
def bip39(language: str) -> WordList:
    """The BIP39 list of `language` (one of `BIP39_LANGUAGES`)."""
    return _indexed(f"bip39-{language}")


@lru_cache(maxsize=1)
def electrum_old() -> WordList:
    """The 1,626 words of Electrum 1.x seeds, most frequent first."""
    from pathlib import Path

    path = Path(__file__).with_name("data") / "electrum_old.txt"
    return _make("electrum-old", path.read_text(encoding="utf-8").split())


@lru_cache(maxsize=1)
def monero() -> tuple[WordList, int]:
    """Monero's English list and its unique prefix length (3)."""
    return _indexed("monero-english"), int(_index()["monero-prefix"][0])


@lru_cache(maxsize=1)
def slip39() -> WordList:
    """The 1,024 words of SLIP-39 shares."""
    return _indexed("slip39")


def electrum_seed_type(words: list[str]) -> str | None:
    """The type of an Electrum 2.0+ seed ("standard", "segwit", "2fa"...), or None.

    Electrum marks its seeds by the first hex digits of
    HMAC-SHA512(key="Seed version", message=the normalized phrase).
    """
    import hashlib
    import hmac

    phrase = " ".join(normal(word) for word in words)
    digest = hmac.new(b"Seed version", phrase.encode("utf-8"), hashlib.sha512).hexdigest()
    for prefix, kind in (
        ("100", "segwit"),
        ("101", "2fa"),
        ("102", "2fa-segwit"),
        ("01", "standard"),
    ):
        if digest.startswith(prefix):
            return kind
    return None


if __name__ == "__main__":
    from pathlib import Path

    target = Path(__file__).with_name("data") / _INDEX
    target.write_text(build_index(), encoding="utf-8")
    print(f"wrote {target}")
