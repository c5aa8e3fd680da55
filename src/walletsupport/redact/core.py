"""The shared core of redaction: findings, the detector registry, the text view, cues and masking.

A detector is a function from a `Scan` (the text folded for matching, with
earlier markers blanked out) to `Finding`s: spans naming their kind, the
detector that fired and why. The detectors register themselves in `REGISTRY`
with the kind they find, their cue words and their validator, so that every
mask can be explained (`findings`) and a new kind costs one module.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

__all__ = [
    "BLANK",
    "KINDS",
    "REGISTRY",
    "Detector",
    "Finding",
    "Redacted",
    "Scan",
    "context_after",
    "context_before",
    "first_cue",
    "findings",
    "last_cue",
    "redact",
    "register",
    "words",
]

KINDS: tuple[str, ...] = (
    "recovery-phrase",
    "private-key",
    "card-number",
    "card-security-code",
    "id-number",
    "verification-code",
    "two-factor-secret",
    "password",
    "api-secret",
)

# When findings of different kinds cover the same text, the one named first wins.
_PRECEDENCE = (
    "private-key",
    "recovery-phrase",
    "two-factor-secret",
    "api-secret",
    "id-number",
    "card-number",
    "password",
    "card-security-code",
    "verification-code",
)
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
class Finding:
    """One secret found: its span, kind, the detector that fired and why.

    `last4` is set for card numbers, whose marker keeps the last four digits.
    """

    start: int
    end: int
    kind: str
    detector: str = ""
    reason: str = ""
    last4: str = ""


@dataclass(slots=True)
class Scan:
    """The text as detectors see it, with lazily computed shared facts."""

    view: str
    reference: bool
    cache: dict[str, object] = field(default_factory=dict)

    def mentions(self, *needles: str) -> bool:
        """Whether the text holds any of `needles` (lower case), a cheap test before a regex."""
        lower = self.cache.get("lower")
        if lower is None:
            lower = self.cache["lower"] = self.view.lower()
        assert isinstance(lower, str)
        return any(needle in lower for needle in needles)


@dataclass(frozen=True, slots=True)
class Detector:
    """A registered detector: what it finds, the cue words that lift it, how it validates."""

    name: str
    kind: str
    cues: tuple[str, ...]
    validator: str
    find: Callable[[Scan], Iterable[Finding]]


REGISTRY: list[Detector] = []


def register(
    name: str, kind: str, *, cues: Sequence[str] = (), validator: str
) -> Callable[[Callable[[Scan], Iterable[Finding]]], Callable[[Scan], Iterable[Finding]]]:
    """Add the decorated function to `REGISTRY` as a detector."""

    def add(
        find: Callable[[Scan], Iterable[Finding]],
    ) -> Callable[[Scan], Iterable[Finding]]:
        REGISTRY.append(Detector(name, kind, tuple(cues), validator, find))
        return find

    return add


# --- text preparation --------------------------------------------------------

# Full-width ASCII and the ideographic space fold to ASCII one for one, so that
# positions in the folded view are positions in the original text.
FOLD = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
BLANK = "\0"
_LAST4 = "{last4}"


@lru_cache(maxsize=8)
def _markers(lang: str) -> dict[str, str]:
    from walletsupport.i18n import t

    markers = {kind: t(f"redact.marker.{kind}", lang) for kind in KINDS}
    markers["card-number-ending"] = t("redact.marker.card-number-ending", lang, last4=_LAST4)
    return markers


def _marker(finding: Finding, lang: str) -> str:
    markers = _markers(lang)
    if finding.kind == "card-number" and finding.last4:
        return markers["card-number-ending"].replace(_LAST4, finding.last4)
    return markers[finding.kind]


@lru_cache(maxsize=1)
def _marker_pattern() -> re.Pattern[str]:
    from walletsupport.i18n import LANGS

    texts = {marker.translate(FOLD) for lang in LANGS for marker in _markers(lang).values()}
    alternatives = [
        re.escape(text).replace(re.escape(_LAST4), r"\d{4}")
        for text in sorted(texts, key=len, reverse=True)
    ]
    return re.compile("|".join(alternatives))


@lru_cache(maxsize=1)
def _marker_kinds() -> tuple[tuple[re.Pattern[str], str], ...]:
    from walletsupport.i18n import LANGS

    table = []
    for lang in LANGS:
        for kind, marker in _markers(lang).items():
            pattern = re.escape(marker.translate(FOLD)).replace(re.escape(_LAST4), r"\d{4}")
            table.append((re.compile(pattern), "card-number" if kind.startswith("card") else kind))
    return tuple(table)


def marker_kinds(text: str) -> list[str]:
    """The kinds of secret whose markers `text` holds already, one per marker.

    An answer kept from an earlier session (a resumed draft, an edited case) was
    redacted then; its markers still say what was removed.
    """
    view = text.translate(FOLD)
    return [kind for pattern, kind in _marker_kinds() for _ in pattern.finditer(view)]


def _view(text: str) -> str:
    """Fold the text for matching and blank out markers, which no rule may touch."""
    folded = text.translate(FOLD)
    return _marker_pattern().sub(lambda m: BLANK * len(m.group()), folded)


def context_before(view: str, pos: int, width: int) -> str:
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
        need -= len(piece) - piece.count(BLANK)
        start = low
    return view[start:pos].replace(BLANK, "")[-width:]


def context_after(view: str, pos: int, width: int) -> str:
    """Return up to `width` characters after `pos` on its line, markers left out."""
    end = pos
    need = width
    while need > 0 and end < len(view):
        high = min(len(view), end + max(need, 64))
        piece = view[end:high]
        newline = piece.find("\n")
        if newline >= 0:
            end += newline
            break
        need -= len(piece) - piece.count(BLANK)
        end = high
    return view[pos:end].replace(BLANK, "")[:width]


def last_cue(context: str, cues: dict[str, re.Pattern[str]]) -> str | None:
    """Name the cue whose match ends last in `context`, if any."""
    best: str | None = None
    best_end = -1
    for name, pattern in cues.items():
        for match in pattern.finditer(context):
            if match.end() > best_end:
                best, best_end = name, match.end()
    return best


def first_cue(context: str, cues: dict[str, re.Pattern[str]]) -> str | None:
    """Name the cue whose match starts first in `context`, if any."""
    best: str | None = None
    best_start = len(context) + 1
    for name, pattern in cues.items():
        match = pattern.search(context)
        if match and match.start() < best_start:
            best, best_start = name, match.start()
    return best


def words(*alternatives: str) -> str:
    """An alternation of English words that must not be part of a longer word.

    Digits count as part of a word too: "pwd" and "tx" occur inside base58
    addresses, where they are no cue.
    """
    return rf"(?<![A-Za-z0-9])(?:{'|'.join(alternatives)})(?![A-Za-z0-9])"


# --- putting it together -----------------------------------------------------


def _resolve(hits: Iterable[Finding]) -> list[Finding]:
    """Merge overlapping findings into one, named after the longest (then by precedence).

    Merging rather than choosing keeps every character any rule flagged inside
    the mask.
    """
    merged: list[list[Finding]] = []
    group_end = -1
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        if merged and hit.start < group_end:
            merged[-1].append(hit)
            group_end = max(group_end, hit.end)
        else:
            merged.append([hit])
            group_end = hit.end
    resolved: list[Finding] = []
    for group in merged:
        best = min(group, key=lambda h: (h.start - h.end, _PRECEDENCE.index(h.kind)))
        end = max(h.end for h in group)
        # A card merged with something longer keeps no digits visible.
        last4 = best.last4 if (best.start, best.end) == (group[0].start, end) else ""
        resolved.append(Finding(group[0].start, end, best.kind, best.detector, best.reason, last4))
    return resolved


def _load_detectors() -> list[Detector]:
    # Importing the detector modules registers them, in this order.
    from . import codes, keys, numbers, passwords, phrases  # noqa: F401

    return REGISTRY


def _find(text: str, reference: bool) -> list[Finding]:
    """Find the secrets in `text`, merged so that no two overlap."""
    scan = Scan(_view(text), reference)
    found = (hit for detector in _load_detectors() for hit in detector.find(scan))
    return _resolve(hit for hit in found if BLANK not in scan.view[hit.start : hit.end])


def findings(text: str, *, reference: bool = False) -> list[Finding]:
    """Explain one pass of `redact`: every secret found, with its detector and reason."""
    return _find(text, reference)


_Segment = tuple[str, str | None]


def _apply(segments: list[_Segment], hits: list[Finding], lang: str) -> list[_Segment]:
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
            result.append((_marker(hit, lang), hit.kind))
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
            card word near it a transaction id, and both are kept.

    Returns:
        The masked text and the kinds removed, one per removal, in order.
    """
    segments: list[_Segment] = [(text, None)]
    for _ in range(_MAX_PASSES):
        hits = _find("".join(piece for piece, _ in segments), reference)
        if not hits:
            break
        segments = _apply(segments, hits, lang)
    return Redacted(
        "".join(piece for piece, _ in segments),
        tuple(kind for _, kind in segments if kind is not None),
    )
