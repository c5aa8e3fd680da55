"""The redaction before the day's speed work, kept callable: the new code must agree with it.

Three functions of `phrases`, the raw-key URL lookup, the card-number
detector and the pipeline's later passes were rewritten for speed (prefix
sums in C, one lookup per distinct word, URLs read line by line, card starts
found by a regex, passes after the first over the lines around what changed,
not the whole text). The old versions
are kept here verbatim and patched in to give the old pipeline; `redact`
must give the same output with either, on the whole corpus, the benchmark's
mixed text at a small size, its adversarial inputs and hypothesis-generated
mixes of corpus pieces.
"""

from __future__ import annotations

import functools
import random
import re
import sys
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from itertools import accumulate
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from walletsupport.redact import codes, core, keys, numbers, phrases, pipeline, redact
from walletsupport.redact.core import Detector, Finding, Scan, context_after, context_before
from walletsupport.redact.numbers import (
    _CARD_RIGHT_BEFORE,
    _CARD_WORDS,
    _DIGIT_GROUPS,
    _DIGITS_SPLIT,
    _ORDER_RIGHT_BEFORE,
    _card_prefix_ok,
    _LuhnSums,
    _unionpay_shape,
)
from walletsupport.redact.phrases import (
    _CANDIDATE,
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


_ENGLISH_SPLIT = re.compile(r"([A-Za-z]+)")


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


def old_card_numbers(scan: Scan) -> Iterable[Finding]:
    view, reference = scan.view, scan.reference
    for match in _DIGIT_GROUPS.finditer(view):
        run = match.group()  # once: a copy per group made a long run quadratic
        # Separators and groups in turn: group k is piece 2k + 1 and spans
        # edges[2k + 1]:edges[2k + 2] of the run (strings and ints only: a long
        # run makes no tuple per group for the garbage collector to walk).
        pieces = _DIGITS_SPLIT.split(run)
        parts = pieces[1::2]
        if len(parts) == 1 and len(run) < 13:
            continue  # too short for a card
        edges = list(accumulate(map(len, pieces), initial=0))
        base = match.start()
        found: list[tuple[int, int, str]] = []
        luhn = _LuhnSums(parts)
        offsets = luhn.offsets  # digits before each group
        # Where each group's run of 2+ digit groups ends (a one-digit group stops a card).
        shorts = [k for k, part in enumerate(parts) if len(part) < 2] + [len(parts)]
        for i, head in enumerate(parts):
            if head[0] not in "234569":
                continue  # no card starts so
            low = offsets[i]
            # The window: this group and the next ones of 2+ digits, while fewer
            # than 20 digits came before: groups i .. stop - 1.
            stop = i + 1
            if len(head) >= 2:  # a one-digit group is never followed by more
                stop = max(
                    stop,
                    min(bisect_right(offsets, low + 19), shorts[bisect_right(shorts, i)]),
                )
            if offsets[stop] - low < 13 or not _card_prefix_ok(luhn.digits[low : low + 4]):
                continue
            start = base + edges[2 * i + 1]
            # A card word can stand right before the first group only: before any
            # other stand a digit and a separator, and no card word or filler
            # ends in a digit. Read only when Luhn fails.
            labelled: bool | None = None if i == 0 else False
            unionpay = luhn.digits.startswith("62", low)  # what `_unionpay_shape` asks first
            # The readings of 13 to 19 digits: groups i .. k - 1.
            for k in range(max(i + 1, bisect_left(offsets, low + 13)), stop + 1):
                count = offsets[k] - low
                if count > 19:
                    break
                if luhn.ok(i, k):
                    found.append((start, base + edges[2 * k], "Luhn valid"))
                    continue
                if labelled is None:
                    labelled = bool(_CARD_RIGHT_BEFORE.search(context_before(view, start, 16)))
                if labelled:
                    # "卡号 6217 0000 1234 5678 901": a card word says what it is, and a
                    # mistyped digit (or a card that skips Luhn) does not make it public.
                    found.append((start, base + edges[2 * k], "after a card word"))
                elif unionpay and _unionpay_shape(luhn.digits[low : low + count], parts[i:k]):
                    found.append((start, base + edges[2 * k], "UnionPay 62, grouped"))
        # Every valid reading is yielded; overlapping ones merge later, so a
        # longer number that starts before a card cannot leave its end visible.
        for start, end, why in found:
            if _ORDER_RIGHT_BEFORE.search(context_before(view, start, 24)):
                continue  # the number is the order's own
            if reference and not (
                _CARD_WORDS.search(context_before(view, start, 24))
                or _CARD_WORDS.search(context_after(view, end, 24))
            ):
                continue  # an answer about a payment: a transaction id
            digits = re.sub(r"\D", "", view[start:end])
            yield Finding(
                start,
                end,
                "card-number",
                "card-number",
                f"{len(digits)} digits, {why}",
                last4=digits[-4:],
            )


def old_line_urls(scan: Scan, pos: int) -> tuple[list[tuple[int, int]], list[int]]:
    """The old lookup: every URL of the whole text, found once per scan."""
    cached = scan.cache.get("urls")
    if cached is None:
        spans = [(m.start(), m.end()) for m in keys._URL.finditer(scan.view)]
        cached = (spans, [start for start, _ in spans])
        scan.cache["urls"] = cached
    return cached  # type: ignore[return-value]


# --- the pipeline: every pass over the whole text ----------------------------------

_Segment = tuple[str, str | None]


def old_apply(segments: list[_Segment], hits: list[Finding], lang: str) -> list[_Segment]:
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
            result.append((core._marker(hit, lang), hit.kind))
            cursor = hit.end
            hit = next(pending, None)
        result.append((text[cursor - offset :], None))
        offset = end
    return [segment for segment in result if segment[0]]


def old_whole_runs(scan: Scan, pattern: re.Pattern[str]) -> Iterable[re.Match[str]]:
    """The key patterns as they were read: each over the whole text."""
    return pattern.finditer(scan.view)


def old_redact(text: str, lang: str = "en", *, reference: bool = False) -> core.Redacted:
    segments: list[_Segment] = [(text, None)]
    for _ in range(core._MAX_PASSES):
        hits = pipeline._find("".join(piece for piece, _ in segments), reference)
        if not hits:
            break
        segments = old_apply(segments, hits, lang)
    return core.Redacted(
        "".join(piece for piece, _ in segments),
        tuple(kind for _, kind in segments if kind is not None),
    )


# --- the comparison -------------------------------------------------------------


def _old(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(phrases, "_contiguous_phrases", old_contiguous_phrases)
    monkeypatch.setattr(phrases, "_english_regions", lambda scan: old_english_regions(scan.view))
    monkeypatch.setattr(phrases, "_scheme_runs", lambda scan: old_scheme_runs(scan.view))
    monkeypatch.setattr(keys, "_line_urls", old_line_urls)
    monkeypatch.setattr(keys, "_whole_runs", old_whole_runs)


def _both(
    text: str, run: Callable[..., core.Redacted] = redact
) -> list[tuple[str, tuple[str, ...]]]:
    out = []
    for lang, reference in (("en", False), ("zh", True)):
        result = run(text, lang, reference=reference)
        out.append((result.text, result.kinds))
    return out


def old_chinese_phrases(scan: Scan) -> Iterable[Finding]:
    """phrases._chinese_phrases before rule 1 read only stretches of lone characters."""
    from walletsupport.redact.phrases import (
        _CHINESE_CUE,
        _CUE_CONNECTORS,
        _HAN,
        _PARTIAL_MIN,
        _PHRASE_MIN,
        _following_han,
        _has_cue,
        _is_chinese_phrase,
        _runs,
        _Token,
    )

    view = scan.view
    lists = _lists()
    han = [(m.start(), m.end()) for m in _HAN.finditer(view)]
    # Rule 1: characters standing alone between separators.
    singles = [
        _Token(start, end, end - start == 1 and view[start] in lists.chinese, end - start == 1)
        for start, end in han
    ]
    for start, end in _runs(view, singles, _PARTIAL_MIN):
        count = len(_HAN.findall(view, start, end))  # typos bridged count too
        if count >= _PHRASE_MIN:
            yield Finding(start, end, _KIND, "bip39-chinese", "12+ list characters standing alone")
        elif _has_cue(view, start, end):
            yield Finding(
                start,
                end,
                _KIND,
                "bip39-chinese",
                "a partial phrase: 6+ list characters standing alone after a cue",
            )
    yield from phrases._contiguous_phrases(view, han)
    # Rule 3: right after a cue word.
    for cue in _CHINESE_CUE.finditer(view):
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


# Detectors kept whole in their old form: the registry holds the functions
# themselves, so these are swapped there.
_OLD_DETECTORS = {"card-number": old_card_numbers, "bip39-chinese": old_chinese_phrases}


def _compare(texts: Sequence[str]) -> None:
    new = [_both(text) for text in texts]
    kept = list(core.REGISTRY)
    with pytest.MonkeyPatch.context() as patch:
        _old(patch)
        for i, detector in enumerate(kept):
            if detector.name in _OLD_DETECTORS:
                core.REGISTRY[i] = Detector(
                    detector.name,
                    detector.kind,
                    detector.cues,
                    detector.validator,
                    _OLD_DETECTORS[detector.name],
                )
        try:
            old = [_both(text, old_redact) for text in texts]
        finally:
            core.REGISTRY[:] = kept
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
def _pieces() -> list[str]:
    """Every corpus piece; callers never change the list they get (it is shared)."""
    sentences = load_sentences()
    return (
        _URLS
        + [secret.text for secret in load_secrets()]
        + [detail.text for detail in load_details()]
        + sentences["en"]
        + sentences["zh"]
    )


def test_the_new_code_agrees_with_the_old_on_the_whole_corpus() -> None:
    _compare(_pieces())


def test_the_new_code_agrees_with_the_old_on_the_benchmark_texts() -> None:
    hostile = ["1-" * 2000, "1 " * 2000, "41 " * 1000, "4" * 3000, "62 " * 500 + "1-1 4111"]
    _compare([mixed_text(40_000), *adversarial(4_000).values(), *hostile])


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


def _many_lines(seed: int, size: int) -> str:
    """Corpus pieces joined mostly by line breaks, about one in five a secret."""
    rng = random.Random(seed)
    pieces = _pieces()
    sentences = load_sentences()
    ordinary = sentences["en"] + sentences["zh"] + [d.text for d in load_details()]
    separators = ["\n"] * 8 + [" ", "\n\n", "，", ": ", "  ", "\t", ""]
    out = rng.choice(pieces)
    while len(out) < size:
        out += rng.choice(separators) + rng.choice(pieces if rng.random() < 0.2 else ordinary)
    return out


def test_later_passes_read_only_the_lines_around_what_changed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The windowed passes run here (not the whole text again), and agree with full passes."""
    texts = [_many_lines(seed, 12_000) for seed in range(8)]
    windowed: list[int] = []
    find = pipeline._find

    def spy(text: str, reference: bool) -> list[Finding]:
        if pipeline._WINDOW_JOIN in text:
            windowed.append(len(text))
        return find(text, reference)

    monkeypatch.setattr(pipeline, "_find", spy)
    new = [_both(text) for text in texts]
    monkeypatch.setattr(pipeline, "_find", find)
    assert len(windowed) >= len(texts)  # a later pass of each read windows only
    old = [_both(text, old_redact) for text in texts]
    for text, before, after in zip(texts, old, new, strict=True):
        assert after == before, text[:200]


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_windowed_passes_agree_with_full_passes_on_long_mixes(data: st.DataObject) -> None:
    pieces = _pieces()
    sentences = load_sentences()
    filler = sentences["en"] + sentences["zh"]
    chosen = data.draw(st.lists(st.sampled_from(pieces), min_size=2, max_size=12))
    text = ""
    for piece in chosen:
        # Ordinary lines between the secrets, so that windows leave text out.
        for _ in range(data.draw(st.integers(0, 6))):
            text += "\n" + data.draw(st.sampled_from(filler))
        text += data.draw(_SEPARATORS) + piece
    assert _both(text) == _both(text, old_redact), text[:200]


# Patterns rewritten to open with a character class (the lookbehind moved after
# it), in their first form: the matches, groups included, must be the same.
_FIRST_FORMS = {
    (numbers, "_ID_NUMBER"): (
        r"(?<![0-9A-Za-z])[1-9]\d{5}[ -]?(?:18|19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
        r"[ -]?\d{3}[0-9Xx](?![0-9A-Za-z])"
    ),
    (numbers, "_HK_ID"): (
        r"(?<![0-9A-Za-z])(?P<letters>[A-Z]{1,2})(?P<digits>\d{6})\s?"
        r"(?:\((?P<bracketed>[0-9A])\)|(?P<bare>[0-9A]))(?![0-9A-Za-z])"
    ),
    (numbers, "_TW_ID"): r"(?<![0-9A-Za-z])[A-Z][1289]\d{8}(?![0-9A-Za-z])",
    (numbers, "_DIGIT_GROUPS"): r"(?<![0-9A-Za-z+])(?<!\d[.,])\d+(?:[ .-]\d+)*(?![0-9A-Za-z])",
    (numbers, "_CARD_HEAD"): r"(?<!\d)[2-69]\d",
}


def _same_matches(texts: Sequence[str]) -> None:
    for (module, name), first in _FIRST_FORMS.items():
        new = getattr(module, name)
        old = re.compile(first, new.flags)
        for text in texts:
            got = [(m.span(), m.groupdict(), m.groups()) for m in new.finditer(text)]
            assert got == [(m.span(), m.groupdict(), m.groups()) for m in old.finditer(text)], (
                name,
                text[:200],
            )


def test_rewritten_patterns_match_as_their_first_forms() -> None:
    edges = [
        "1101011990010112345",
        "x110101199001011234",
        "A123456(7)",
        "AB1234567(3)",
        "xA123456789",
        "A123456789",
        "1.23 45",
        "+4111 1111",
        "62 22 4",
        "9a",
        "12,5 3",
        "\n1",
        "4" * 40,
        "00412-3",
    ]
    hostile = [piece * 300 for piece in ("1-", "1 ", "41 ", "4", "A1", "1.", "62 ")]
    _same_matches(edges + hostile + _pieces() + [mixed_text(60_000)])
    codes_old = re.compile(
        r"(?<![0-9A-Za-z.,])(\d{4,8})(?![0-9A-Za-z])"
        + codes._CODE_BEFORE_TRIGGER.pattern.split("(?![0-9A-Za-z])", 1)[1],
        codes._CODE_BEFORE_TRIGGER.flags,
    )
    for text in edges + hostile + _pieces() + [mixed_text(60_000)]:
        got = [(m.span(), m.groups()) for m in codes._CODE_BEFORE_TRIGGER.finditer(text)]
        assert got == [(m.span(), m.groups()) for m in codes_old.finditer(text)], text[:200]


@settings(max_examples=examples(100), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet="0123456789 .,-+AXxabZ()\n", max_size=60))
def test_rewritten_patterns_match_as_their_first_forms_on_any_digits(text: str) -> None:
    _same_matches([text])


# --- one word split for both phrase detectors -------------------------------------


def test_the_new_code_agrees_with_the_old_on_decomposed_text() -> None:
    """Combining marks (text pasted in decomposed form) take the split's slower path."""
    texts = [unicodedata.normalize("NFD", piece) for piece in _pieces() if not piece.isascii()]
    assert any(phrases._COMBINING.search(text) for text in texts)
    _compare(texts)


_SPLIT_ALPHABET = "ab Zé\u0301\u3099か1_中 ,\n\u00aaж"


@settings(max_examples=examples(200), deadline=None)
@given(st.text(alphabet=_SPLIT_ALPHABET, max_size=40))
def test_the_shared_word_split_is_the_first_one(text: str) -> None:
    assert phrases._split(Scan(text, False, source=text)) == _WORD_SPLIT.split(text)


# Mostly list words, so that runs form; some hold English words inside other letters.
_REGION_WORDS = st.sampled_from(
    ["abandon", "ability", "able", "abou", "zoo", "éable", "жabandonжzoo", "abandoné", "wrong",
     "abandon", "ability", "zoo", "café", "ж", "the", "quux", "ab\u0301ility", "1.", "中", "-",
     "abandno", "fla", "my", "I", "x", "abandon", "zoo", "ability", "wrongly"]
)  # fmt: skip


_REGION_GAPS = st.sampled_from([" ", "", ",", "\n", "é", ". "])


def _english_both(text: str) -> tuple[list[Finding], list[Finding]]:
    """The English phrase detector's findings, with its regions and with the first ones."""
    new = list(phrases._english_phrases(Scan(text, False, source=text)))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(phrases, "_english_regions", lambda scan: old_english_regions(scan.view))
        old = list(phrases._english_phrases(Scan(text, False, source=text)))
    return new, old


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(st.tuples(_REGION_WORDS, _REGION_GAPS), max_size=40))
def test_english_regions_from_the_shared_split_find_what_the_first_ones_find(
    words: list[tuple[str, str]],
) -> None:
    text = "".join(word + gap for word, gap in words)
    new, old = _english_both(text)
    assert new == old, text


def test_english_regions_inside_other_letters() -> None:
    text = "éable zoo жabandonжzoo ability able abandoné wrong zoo ж"
    scan = Scan(text, False, source=text)
    assert list(phrases._english_regions(scan)) == list(old_english_regions(text)) == [(1, 54)]
    new, old = _english_both(text)
    assert new == old


def test_english_regions_stop_at_words_no_phrase_bridges() -> None:
    """"the" is neither a list word nor a typo a phrase bridges: no run crosses it."""
    words = "abandon ability able about above absent absorb abstract absurd abuse"
    text = f"{words} the {words} I {words}, to {words} of x"
    regions = list(phrases._english_regions(Scan(text, False, source=text)))
    assert len(regions) == 4
    assert len(list(old_english_regions(text))) == 1
    new, old = _english_both(text)
    assert new == old and len(new) >= 4


# --- key patterns tried on the long runs of letters and digits only -------------------

_KEYISH = st.sampled_from(
    ["0x", "0X", "1946a45e4afd34092f7340bf5951462b", "d32c29345389711f68beee991bf4409c", "xprv",
     "tprv", "Ltpv", "9", "K", "5", "L", "c", "Hj", "ZdpR", "QmPvFc", "0", "O", "l", "_", " ",
     "\n", "-", ".", "/", "é", "中", "abc",
     "xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPP"]
)  # fmt: skip


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(_KEYISH, max_size=12), st.booleans())
def test_key_detectors_on_long_runs_find_what_whole_text_scans_find(
    pieces: list[str], reference: bool
) -> None:
    text = "".join(pieces)
    detectors = [d for d in pipeline._load_detectors() if d.name in ("raw-key", "base58check-key")]

    def found() -> list[Finding]:
        scan = Scan(core._view(text), reference, source=text)
        return [hit for detector in detectors for hit in detector.find(scan)]

    new = found()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keys, "_whole_runs", old_whole_runs)
        assert found() == new, text


def test_key_patterns_match_whole_long_runs_of_the_lengths_they_are_tried_on() -> None:
    from re import _parser  # type: ignore[attr-defined]

    assert len(keys._WIDTHS) == 5
    for pattern, (shortest, longest) in keys._WIDTHS.items():
        low, high = _parser.parse(pattern.pattern, pattern.flags).getwidth()
        assert low == shortest >= 24, pattern.pattern
        assert high == longest or longest == keys._ANY_LENGTH and high > 1 << 32, pattern.pattern
        # Bounded by no letter or digit on either side: a match is a whole run.
        assert pattern.pattern.startswith("(?<![0-9A-Za-z])"), pattern.pattern
        assert pattern.pattern.endswith("(?![0-9A-Za-z])"), pattern.pattern


# --- API secrets: tokens with no label needle near are not weighed ------------------------


def old_api_secrets(scan: Scan) -> Iterable[Finding]:
    """passwords._api_secrets before the needle positions, verbatim."""
    from walletsupport.redact.passwords import (
        _API_LABEL,
        _API_TOKEN,
        _LABEL_AFTER,
        _LABEL_NEAR,
        _entropy,
    )

    if not scan.mentions(
        "key", "secret", "token", "bearer", "passphrase", "密钥", "密鑰", "秘钥", "金钥", "令牌"
    ):
        return
    view = scan.view
    for match in _API_TOKEN.finditer(view):
        token = match.group().rstrip("=")
        if _entropy(token) < 3.0 or token.isalpha() and not any(c.isupper() for c in token[1:]):
            continue
        before = context_before(view, match.start(), 40)
        label = None
        for found in _API_LABEL.finditer(before):
            label = found
        if label is not None and _LABEL_NEAR.match(before, label.end()):
            yield Finding(
                match.start(),
                match.end(),
                "api-secret",
                "api-secret",
                f"high-entropy token after the label '{label.group()}'",
            )
        elif _LABEL_AFTER.match(context_after(view, match.end(), 40)):
            yield Finding(
                match.start(),
                match.end(),
                "api-secret",
                "api-secret",
                "high-entropy token before an API key label",
            )


def _api_both(text: str) -> tuple[list[Finding], list[Finding]]:
    from walletsupport.redact.passwords import _api_secrets

    view = core._view(text)
    new = list(_api_secrets(Scan(view, False, source=text)))
    return new, list(old_api_secrets(Scan(view, False, source=text)))


def test_api_secrets_are_found_as_before_on_the_corpus_and_the_benchmark_text() -> None:
    texts = [*_pieces(), "\n".join(_pieces()), mixed_text(60_000)]
    found = 0
    for text in texts:
        new, old = _api_both(text)
        assert new == old, text[:200]
        found += len(new)
    assert found > 20


def test_api_secrets_are_found_as_before_at_every_distance_from_their_label() -> None:
    token = "Ab3dEf6hIj9kLm2nOp5q"
    masked = set()
    for gap in range(48):
        for text in (
            f"API key:{' ' * gap}{token}",
            f"passphrase{' ' * gap}{token}",
            f"{token}{' ' * gap} is my API secret",
            f"{token}{' ' * gap}密钥",
            f"{token}\n{' ' * gap}API key",
        ):
            new, old = _api_both(text)
            assert new == old, text
            masked.add((text[:3], bool(new)))
    assert ("API", True) in masked and ("API", False) in masked  # both sides of the reach
    assert ("Ab3", True) in masked and ("Ab3", False) in masked


_API_PIECES = st.sampled_from(
    ["API key", "secret", "ſecret", "Secret", "token", "bearer", "passphrase", "密钥", "令牌",
     "API密钥", "is my API secret", " ", "  ", ": ", "=", "\n", "x" * 30, "\0\0\0\0",
     "Ab3dEf6hIj9kLm2nOp5q", "Zz9Yy8Xx7Ww6Vv5Uu4Tt", "KEY", "İ", "the", "my", "is"]
)  # fmt: skip


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(_API_PIECES, max_size=14))
def test_api_secrets_are_found_as_before_on_generated_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    new, old = _api_both(text)
    assert new == old, text


# --- Chinese: lone characters read in stretches, sums and gaps when needed --------------

_ZH_PIECES = st.sampled_from(
    ["伐", "旱", "泡", "口", "线", "揭", "县", "杨", "断", "芳", "额", "件", "的", "一", "是",
     "提现失败了", "伐旱泡口线揭县杨断芳额件", "助记词", "是", "，", "、", " ", "\n", "。", "1.",
     "x", "謝", "饕", "餮"]
)  # fmt: skip


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(_ZH_PIECES, max_size=40))
def test_chinese_phrases_are_found_as_before_on_generated_text(pieces: list[str]) -> None:
    from walletsupport.redact.phrases import _chinese_phrases

    text = "".join(pieces)
    view = core._view(text)
    new = list(_chinese_phrases(Scan(view, False, source=text)))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(phrases, "_contiguous_phrases", old_contiguous_phrases)
        old = list(old_chinese_phrases(Scan(view, False, source=text)))
    assert new == old, text


def test_lone_chinese_characters_are_found_as_before() -> None:
    from walletsupport.redact.phrases import _chinese_phrases

    phrase = "伐 旱 泡 口 线 揭 县 杨 断 芳 额 件"
    texts = [
        phrase,
        f"提现 {phrase}",
        f"助记词 伐 旱 泡 口 线 揭 好的 {phrase[:11]}",
        f"{phrase} 提现失败 {phrase}",
        "伐 旱 泡 口 线 好的 揭 县 杨 断 芳 额",
    ]
    found = 0
    for text in texts:
        new = list(_chinese_phrases(Scan(text, False, source=text)))
        assert new == list(old_chinese_phrases(Scan(text, False, source=text))), text
        found += len(new)
    assert found >= 4
