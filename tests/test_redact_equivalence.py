"""The redaction before the day's speed work, kept callable: the new code must agree with it.

Three functions of `phrases` and the raw-key URL lookup were rewritten for
speed (prefix sums in C, one lookup per distinct word, URLs read line by
line). The old versions are kept here verbatim and patched in to give the
old pipeline; `redact` must give the same output with either, on the whole
corpus, the benchmark's mixed text at a small size, its adversarial inputs
and hypothesis-generated mixes of corpus pieces.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Iterable, Sequence
from itertools import accumulate
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from walletsupport.redact import keys, phrases, redact
from walletsupport.redact.core import Finding, Scan
from walletsupport.redact.phrases import (
    _CANDIDATE,
    _ENGLISH_SPLIT,
    _GAP,
    _KIND,
    _LONGEST_GAP,
    _MISSING,
    _PHRASE_LENGTHS,
    _RARITY_BAR,
    _WORD,
    _WORD_SPLIT,
    _glued,
    _lists,
    _mask,
    _number_checksum_ok,
    _Scheme,
    _scheme_runs_in,
)

from .conftest import examples
from .redaction_corpus import load_details, load_secrets, load_sentences

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from redact_speed import adversarial, mixed_text  # noqa: E402

# --- the old code, verbatim -----------------------------------------------------


def old_contiguous_phrases(view: str, han: Sequence[tuple[int, int]]) -> Iterable[Finding]:
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
        low = offsets[i]
        if size > longest:
            yield from _glued(view, start, end, low, simplified_sums, traditional_sums)
            continue
        simplified, traditional = simplified_numbers[i], traditional_numbers[i]
        if size in _PHRASE_LENGTHS and is_phrase(low, low + size, simplified, traditional):
            yield Finding(start, end, _KIND, "bip39-chinese", f"{size} characters, checksum valid")
        if size > _PHRASE_LENGTHS[0]:
            yield from _glued(view, start, end, low, simplified_sums, traditional_sums)
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
            if length in _PHRASE_LENGTHS and is_phrase(low, low + length, simplified, traditional):
                yield Finding(
                    start, han[j][1], _KIND, "bip39-chinese", "groups of characters, checksum valid"
                )
            if next_size < size:
                break


def old_english_regions(view: str) -> Iterable[tuple[int, int]]:
    """Spans of `view` that may hold an English run; each is read closely after."""
    lists = _lists()
    english, prefixes = lists.english, lists.english_prefixes
    # One scan: the text split into gaps and words, their offsets added up in C.
    pieces = _ENGLISH_SPLIT.split(view)
    words = map(str.lower, pieces[1::2])
    flags = "".join(
        "1" if word in english or word[:4] in prefixes and len(word) >= 4 else "0" for word in words
    )
    if "111111" not in flags and "1" * 4 not in flags:
        return
    offsets = list(accumulate(map(len, pieces), initial=0))
    for region in _CANDIDATE.finditer(flags):
        low = max(0, region.start() - 1)
        high = min(len(flags), region.end() + 1)
        # Word k is piece 2k + 1: it starts at offsets[2k + 1] and ends at offsets[2k + 2].
        yield offsets[2 * low + 1], offsets[2 * high]


def old_scheme_runs(view: str) -> Iterable[tuple[_Scheme, list[re.Match[str]]]]:
    """Yield each maximal run of 6+ words of one scheme, the words apart by phrase gaps.

    Six words in a row that are in some list are found first, on a string of
    one flag a word; only there are the words read one by one.
    """
    pieces = _WORD_SPLIT.split(view)  # gaps and words in turn: word k is piece 2k + 1
    flags = "".join("1" if _mask(word) else "0" for word in pieces[1::2])
    if "111111" not in flags:
        return
    offsets = list(accumulate(map(len, pieces), initial=0))
    for region in re.finditer(r"1{6,}", flags):
        # The words of the region, matched again where they stand (the pattern's
        # lookbehind sees the text before `pos`): the same matches as a whole scan.
        low, high = offsets[2 * region.start() + 1], offsets[2 * region.end()]
        yield from _scheme_runs_in(view, list(_WORD.finditer(view, low, high)))


def old_line_urls(scan: Scan, pos: int) -> tuple[list[tuple[int, int]], list[int]]:
    """The old lookup: every URL of the whole text, found once per scan."""
    cached = scan.cache.get("urls")
    if cached is None:
        spans = [(m.start(), m.end()) for m in keys._URL.finditer(scan.view)]
        cached = (spans, [start for start, _ in spans])
        scan.cache["urls"] = cached
    return cached  # type: ignore[return-value]


# --- the comparison -------------------------------------------------------------


def _old(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(phrases, "_contiguous_phrases", old_contiguous_phrases)
    monkeypatch.setattr(phrases, "_english_regions", old_english_regions)
    monkeypatch.setattr(phrases, "_scheme_runs", old_scheme_runs)
    monkeypatch.setattr(keys, "_line_urls", old_line_urls)


def _both(text: str) -> list[tuple[str, tuple[str, ...]]]:
    out = []
    for lang, reference in (("en", False), ("zh", True)):
        result = redact(text, lang, reference=reference)
        out.append((result.text, result.kinds))
    return out


def _compare(texts: Sequence[str]) -> None:
    new = [_both(text) for text in texts]
    with pytest.MonkeyPatch.context() as patch:
        _old(patch)
        old = [_both(text) for text in texts]
    for text, before, after in zip(texts, old, new, strict=True):
        assert after == before, text[:200]


# Hex values and 64-byte base58 values inside URLs with no transaction word:
# only the URL lookup keeps them.
_HASH = "1946a45e4afd34092f7340bf5951462bd32c29345389711f68beee991bf4409c"
_URLS = [
    f"https://example.org/v/0x{_HASH}",
    f"see explorer.example.net/{_HASH} and www.example.com/{_HASH[::-1]}",
    f"{_HASH} https://example.com/a",
]


@functools.cache  # the corpus files do not change during a run: built once per worker
def _pieces() -> tuple[str, ...]:
    sentences = load_sentences()
    return tuple(
        _URLS
        + [secret.text for secret in load_secrets()]
        + [detail.text for detail in load_details()]
        + sentences["en"]
        + sentences["zh"]
    )


def test_the_new_code_agrees_with_the_old_on_the_whole_corpus() -> None:
    _compare(_pieces())


def test_the_new_code_agrees_with_the_old_on_the_benchmark_texts() -> None:
    _compare([mixed_text(40_000), *adversarial(4_000).values()])


_SEPARATORS = st.sampled_from(
    [" ", "\n", "，", ", ", "\t", "", "  ", "\n\n", " Order #", "：", "/"]
)


@settings(max_examples=examples(100), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_the_new_code_agrees_with_the_old_on_mixes_of_corpus_pieces(data: st.DataObject) -> None:
    pieces = _pieces()
    chosen = data.draw(st.lists(st.sampled_from(pieces), min_size=1, max_size=8))
    text = ""
    for piece in chosen:
        text += data.draw(_SEPARATORS) + piece
    _compare([text])
