"""One pass of redaction: every detector, what they found merged, the secrets masked.

Repeated until nothing changes. The detectors import the core; only this module
imports the detectors, so the package has no import cycle.
"""

from __future__ import annotations

from collections.abc import Iterable

from .core import (
    _MAX_PASSES,
    _PRECEDENCE,
    BLANK,
    REGISTRY,
    Detector,
    Finding,
    Redacted,
    Scan,
    _marker,
    _view,
)

__all__ = [
    "findings",
    "redact",
]


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
    scan = Scan(_view(text), reference, source=text)
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
