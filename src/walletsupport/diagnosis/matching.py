"""Find the flows that fit a problem described in the user's own words (English or Chinese).

English is compared word by word, after light stemming; Chinese, which has no
spaces, by the keywords found inside the sentence and by shared two-character
pieces. Keywords weigh most, then titles, then summaries.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .model import Flow, Text

__all__ = ["best_matches", "score"]

_WORD = re.compile(r"[a-z0-9]+")
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_STOP = {
    "a", "an", "the", "my", "i", "me", "it", "is", "was", "to", "of", "and", "or", "in", "on",
    "at", "for", "with", "after", "before", "but", "not", "have", "has", "had", "be", "been",
    "this", "that", "what", "do", "did", "does", "can", "cant", "t", "s", "your", "you", "from",
    "got", "get", "so", "still", "again", "why", "how", "when", "some", "any", "are", "were",
}
_HAN_STOP = {"我的", "一直", "什么", "怎么", "为什么", "没有", "已经", "可以", "一个", "这个"}


def _stem(word: str) -> str:
    for suffix in ("ings", "ing", "ied", "ies", "ed", "es", "s"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            stem = word[: -len(suffix)] + ("y" if suffix in ("ied", "ies") else "")
            if (suffix in ("ed", "ing", "ings") and len(stem) > 3 and stem[-1] == stem[-2]
                    and stem[-1] not in "aeiouls"):
                stem = stem[:-1]  # scammed → scam, dropped → drop (but not "called")
            return stem
    return word


def _words(text: str) -> set[str]:
    return {_stem(w) for w in _WORD.findall(text.lower()) if w not in _STOP}


def _bigrams(text: str) -> set[str]:
    grams: set[str] = set()
    for run in _HAN.findall(text):
        grams.update(run[i: i + 2] for i in range(len(run) - 1))
    return grams - _HAN_STOP


def _texts(text: Text) -> Iterable[str]:
    return [text] if isinstance(text, str) else list(text.values())


def score(flow: Flow, sentence: str) -> float:
    """How well `sentence` fits `flow`; 0 when nothing fits."""
    lowered = sentence.lower()
    words = _words(sentence)
    grams = _bigrams(sentence)
    total = 0.0
    # A Chinese keyword inside a longer one found too ("到账" in "没到账") counts once,
    # as the longer: a flow does not win by listing variants of one phrase.
    found = [k.lower() for k in flow.keywords if _HAN.search(k) and k.lower() in lowered]
    for key in found:
        if not any(key != other and key in other for other in found):
            total += 2.0 + 0.5 * len(key)
    for keyword in flow.keywords:
        key = keyword.lower()
        if _HAN.search(key):
            continue
        else:
            key_words = _words(key)
            if key_words and key_words <= words:
                total += 2.0 + 1.0 * (len(key_words) - 1)
    for weight, text in ((1.0, flow.title), (0.5, flow.summary)):
        for variant in _texts(text):
            total += weight * len(words & _words(variant))
            total += 0.5 * weight * len(grams & _bigrams(variant))
    return total


def best_matches(flows: Sequence[Flow], sentence: str, limit: int = 3) -> list[Flow]:
    """The `limit` best-fitting flows, best first; flows with no fit at all are left out."""
    scored = [(score(flow, sentence), flow.id, flow) for flow in flows]
    scored = [item for item in scored if item[0] > 0]
    scored.sort(key=lambda item: (-item[0], item[1]))
    return [flow for _, _, flow in scored[:limit]]
