"""One pass of redaction: every detector, what they found merged, the secrets masked.

Repeated until nothing changes, later passes over the lines around what
changed. The detectors import the core; only this module imports the
detectors, so the package has no import cycle.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import replace

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


def _apply(
    segments: list[_Segment], hits: list[Finding], lang: str
) -> tuple[list[_Segment], list[tuple[int, int]]]:
    """Replace the hits (spans of the joined text) with markers, segment by segment.

    A segment is plain text (kind None) or a marker placed by an earlier pass.
    Hits never overlap markers, which every pass blanks out, so each hit lies
    inside one plain segment. Also returns where the new markers stand in the
    new joined text.
    """
    result: list[_Segment] = []
    placed: list[tuple[int, int]] = []
    offset = 0  # in the old joined text
    out = 0  # in the new one
    pending = iter(hits)
    hit = next(pending, None)
    for text, kind in segments:
        end = offset + len(text)
        if kind is not None:
            result.append((text, kind))
            offset = end
            out += len(text)
            continue
        cursor = offset
        while hit is not None and hit.start < end:
            before = text[cursor - offset : hit.start - offset]
            marker = _marker(hit, lang)
            result.append((before, None))
            result.append((marker, hit.kind))
            out += len(before)
            placed.append((out, out + len(marker)))
            out += len(marker)
            cursor = hit.end
            hit = next(pending, None)
        rest = text[cursor - offset :]
        result.append((rest, None))
        out += len(rest)
        offset = end
    return [segment for segment in result if segment[0]], placed


# Later passes read only the lines around what the pass before changed, each
# window from the line before a new marker to the line after it. Text farther
# away is what the pass before read already and found nothing in; the
# detectors whose reach crosses a line (phrases, backup-code lists, byte
# arrays) stop at a marker or a line of one, which joins the windows.
_WINDOW_JOIN = "\n" + BLANK + "\n"


def _windows(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines around `spans` (sorted), one line more each side, merged."""
    windows: list[tuple[int, int]] = []
    for start, end in spans:
        if windows and start <= windows[-1][1]:
            low = windows[-1][0]
        else:
            line = text.rfind("\n", 0, start)
            low = 0 if line < 0 else text.rfind("\n", 0, line) + 1
        line = text.find("\n", end)
        high = len(text) if line < 0 else text.find("\n", line + 1)
        high = len(text) if high < 0 else high
        if windows and low <= windows[-1][1] + 1:
            windows[-1] = (windows[-1][0], max(high, windows[-1][1]))
        else:
            windows.append((low, high))
    return windows


def _find_around(text: str, windows: list[tuple[int, int]], reference: bool) -> list[Finding]:
    """`_find` over the windows of `text` only, joined by a line holding a blank."""
    if sum(high - low for low, high in windows) * 3 > len(text) * 2:
        return _find(text, reference)  # most of the text: one read costs less
    joined = _WINDOW_JOIN.join(text[low:high] for low, high in windows)
    starts: list[int] = []  # where each window starts in `joined`
    at = 0
    for low, high in windows:
        starts.append(at)
        at += high - low + len(_WINDOW_JOIN)
    found: list[Finding] = []
    for hit in _find(joined, reference):
        k = bisect_right(starts, hit.start) - 1
        shift = windows[k][0] - starts[k]
        if hit.end - starts[k] > windows[k][1] - windows[k][0]:
            continue  # across a join: it holds the blank, so _find dropped it already
        found.append(replace(hit, start=hit.start + shift, end=hit.end + shift))
    return found


def redact(text: str, lang: str = "en", *, reference: bool = False) -> Redacted:
    """Replace every secret in `text` with a marker naming its kind.

    Passes repeat until one finds nothing (in practice the second), so the
    result is a fixed point: redacting it again changes nothing. The first
    pass reads the whole text, later ones the lines around the new markers.

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
    current = text
    windows = [(0, len(text))]
    for _ in range(_MAX_PASSES):
        hits = _find_around(current, windows, reference)
        if not hits:
            break
        segments, placed = _apply(segments, hits, lang)
        current = "".join(piece for piece, _ in segments)
        windows = _windows(current, placed)
    return Redacted(
        "".join(piece for piece, _ in segments),
        tuple(kind for _, kind in segments if kind is not None),
    )
