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
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..frozen import frozen
from ..patterns import lazy

__all__ = [
    "BLANK",
    "KINDS",
    "LEADING",
    "REGISTRY",
    "Detector",
    "Finding",
    "Redacted",
    "Scan",
    "context_after",
    "context_before",
    "find_all",
    "first_characters",
    "first_cue",
    "last_cue",
    "lazy",
    "leading",
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


@frozen
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


@frozen
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
    #: The text before folding (same positions), for a rule that must tell "，" from ",".
    source: str = ""

    def lower(self) -> str:
        """The view in lower case, "ſ" and "ı" as "s" and "i" (cached).

        Case-insensitive patterns match "ſ" for "s" and "ı" for "i", which
        lower case keeps: folded here, a needle lower case finds is in every
        match of a pattern that holds it.
        """
        lower = self.cache.get("lower")
        if lower is None:
            lower = self.view.lower()
            if "ſ" in lower or "ı" in lower:
                lower = lower.replace("ſ", "s").replace("ı", "i")
            self.cache["lower"] = lower
        assert isinstance(lower, str)
        return lower

    def mentions(self, *needles: str) -> bool:
        """Whether the text holds any of `needles` (lower case), a cheap test before a regex."""
        lower = self.lower()
        return any(needle in lower for needle in needles)


@frozen
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
_FOLDABLE = re.compile("[\uff01-\uff5e\u3000]+")
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


@lru_cache(maxsize=1)
def _marker_names() -> tuple[re.Pattern[str], dict[str, str]]:
    """Every marker as written, in every language: one pattern, and each one's kind."""
    from walletsupport.i18n import LANGS

    kinds: dict[str, str] = {}
    for lang in LANGS:
        for kind, marker in _markers(lang).items():
            kinds[marker] = kind
    alternatives = [re.escape(marker).replace(re.escape(_LAST4), r"(\d{4})")
                    for marker in sorted(kinds, key=len, reverse=True)]
    return re.compile("|".join(alternatives)), kinds


def localize_markers(text: str, lang: str) -> str:
    """`text` with every removal marker written in `lang`'s words (the last four kept).

    A marker is stored in the language the text was typed in; an export or a case
    read in the other language names what was removed in its own words.
    """
    if "[" not in text:
        return text
    pattern, kinds = _marker_names()
    markers = _markers(lang)

    def swap(match: re.Match[str]) -> str:
        last4 = next((group for group in match.groups() if group), None)
        if last4 is not None:
            return markers["card-number-ending"].replace(_LAST4, last4)
        return markers[kinds[match.group()]]

    return pattern.sub(swap, text)


def fold(text: str) -> str:
    """`text.translate(FOLD)`, translating only the runs that need it.

    `str.translate` looks every character up in the table, some 0.1 s a
    megabyte; full-width characters are rare, so only their runs are.
    """
    return _FOLDABLE.sub(lambda match: match.group().translate(FOLD), text)


def _view(text: str) -> str:
    """Fold the text for matching and blank out markers, which no rule may touch."""
    folded = fold(text)
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


def leading(first: str, pattern: str, flags: int = 0, *, module: str = "") -> re.Pattern[str]:
    """Compile `pattern` behind a lookahead of the characters its matches can start with.

    Python's regex engine tries a pattern at every position of the text; one
    that opens with an alternation of words, a lookbehind or a case-insensitive
    group gets no quick scan for its first character, and tries each of its
    alternatives at every position. The lookahead `first` (a character class,
    in the case mode of the pattern's first characters) turns most positions
    away in one test. It must admit every character a match can start with;
    tests/test_redact_properties.py checks that the matches are unchanged.
    With `module`, the pattern is compiled on first use (`lazy`). Read a whole
    text with `find_all`, which skips to the candidates in C.
    """
    full = f"(?={first})(?:{pattern})"
    compiled = lazy(module, full, flags) if module else re.compile(full, flags)
    LEADING[compiled] = pattern
    _FIRSTS[full] = first
    return compiled


#: Texts this long or longer are read through a finder (`find_all`): building one
#: (parsing and compiling the pattern again) costs more than it saves on a short
#: answer, and a command that redacts only those never builds one.
FINDER_FROM = 20_000
#: Each pattern compiled by `leading`, with the pattern it stands for (for the tests).
LEADING: dict[re.Pattern[str], str] = {}
_FIRSTS: dict[str, str] = {}  # the source of each `leading` pattern: its first characters
# The folds of ASCII letters under re.IGNORECASE beyond their upper and lower case.
_EXTRA_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def first_characters(first: str) -> str:
    """The characters a `leading` lookahead `first` admits, case variants included.

    Read off the class itself: its letters, digits and ideographs, with any
    lookahead after one ("1(?=3)") left out, in both cases and with the
    characters that re.IGNORECASE folds onto them ("ſ" onto "s"). A superset
    is enough (the pattern is tried at each), and a test checks every
    character of Unicode that `first` admits is here.
    """
    body = re.sub(r"\(\?[=!][^)]*\)", "", first).replace("(?i:", "(")
    chars: set[str] = set()
    for char in body:
        if char.isalnum():
            chars.update(char, char.lower()[:1], char.upper()[:1])
            chars.update(_EXTRA_FOLDS.get(char.lower(), ""))
    return "".join(sorted(chars))


@lru_cache(maxsize=64)
def _finder(source: str, flags: int) -> re.Pattern[str]:
    # The first character as a plain class, which the engine skips to in C,
    # the next ones looked at ahead of it (as far as every match has them and
    # they are known), and only then a look back at the first character and
    # ahead from it: the pattern matches there.
    chars = "".join(map(re.escape, first_characters(_FIRSTS[source])))
    later = ["".join(map(re.escape, each)) for each in _later_characters(source, flags)]
    ahead = "(?=" + "".join(f"[{each}]" for each in later) + ")" if later else ""
    inner = f"(?i:{source})" if flags & re.IGNORECASE else source
    return re.compile(f"[{chars}]{ahead}(?<=(?={inner})(?s:.))", flags & ~re.IGNORECASE)


# --- the characters a match can have second and third ----------------------------

_Prefix = tuple[frozenset[str] | None, ...]  # a set of characters per position; None: any
_AHEAD = 3  # the first characters read off a pattern


def _later_characters(source: str, flags: int) -> list[str]:
    """The characters that can stand second, third... in a match of `source`.

    Read off the parsed pattern: the first positions of each way through it,
    lookarounds skipped (they only narrow), case variants added where the
    case is ignored. The list stops before a position that some match may
    not reach or where it may hold anything (a negated class, a category),
    and is empty when the pattern holds what this reading does not know.
    """
    from re import _parser  # type: ignore[attr-defined]

    try:
        prefixes = _prefixes(_parser.parse(source, flags).data, flags)
    except ValueError:
        return []
    found: list[str] = []
    for position in range(1, _AHEAD):
        chars: set[str] = set()
        for prefix in prefixes:
            at = prefix[position] if len(prefix) > position else None
            if at is None:
                return found
            chars |= at
        found.append("".join(sorted(chars)))
    return found


def _second_characters(source: str, flags: int) -> str | None:
    """Every character that can stand second in a match of `source`, or None."""
    later = _later_characters(source, flags)
    return later[0] if later else None


def _folded(chars: Iterable[str], flags: int) -> frozenset[str]:
    if not flags & re.IGNORECASE:
        return frozenset(chars)
    out: set[str] = set()
    for char in chars:
        out.update(char, char.lower()[:1], char.upper()[:1], _EXTRA_FOLDS.get(char.lower(), ""))
        for plain, extra in _EXTRA_FOLDS.items():
            if char in extra:
                out.update(plain, plain.upper())
    return frozenset(out)


def _concat(left: set[_Prefix], right: set[_Prefix]) -> set[_Prefix]:
    return {a if len(a) >= _AHEAD else (a + b)[:_AHEAD] for a in left for b in right}


def _prefixes(items: Sequence[tuple[Any, Any]], flags: int) -> set[_Prefix]:
    """The first positions of each way through a parsed sequence (see `_later_characters`)."""
    from re import _constants as c  # type: ignore[attr-defined]

    found: set[_Prefix] = {()}
    for op, av in items:
        if all(len(prefix) >= _AHEAD for prefix in found):
            break
        step: set[_Prefix]
        if op is c.LITERAL:
            step = {(_folded(chr(av), flags),)}
        elif op in (c.NOT_LITERAL, c.ANY):
            step = {(None,)}
        elif op is c.IN:
            step = {(_class(av, flags),)}
        elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            step = {()}
        elif op is c.BRANCH:
            step = set().union(*(_prefixes(way, flags) for way in av[1]))
        elif op is c.SUBPATTERN:
            _, add, remove, inner = av
            step = _prefixes(inner.data, (flags | add) & ~remove)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, high, inner = av
            once = _prefixes(inner.data, flags)
            if () in once:
                raise ValueError("a repeat that may match nothing")
            # Each time adds a character or more: _AHEAD times make a prefix
            # whole, and more times begin as those do.
            times: set[_Prefix] = {()}
            step = {()} if low == 0 else set()
            for count in range(1, _AHEAD + 1):
                times = _concat(times, once)
                if min(low, _AHEAD) <= count <= high:
                    step |= times
        else:
            raise ValueError(f"not read: {op}")
        found = _concat(found, step)
    return found


def _class(items: Sequence[tuple[Any, Any]], flags: int) -> frozenset[str] | None:
    """The characters of a parsed class, or None for many (a range over 512, a category)."""
    from re import _constants as c  # type: ignore[attr-defined]

    chars: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            chars.add(chr(av))
        elif op is c.RANGE and av[1] - av[0] <= 512:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        else:
            return None
    return _folded(chars, flags)


def find_all(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, found faster for a pattern compiled by `leading`.

    The engine tries a `leading` pattern at every position (the lookahead
    turns most away, but each is an attempt); here a plain character class
    finds the few positions where a match can start, and the pattern is
    matched there, skipping those inside the match before, as finditer does.
    A text shorter than `FINDER_FROM` is read with `pattern.finditer`.
    """
    source = pattern.pattern
    if source not in _FIRSTS or len(text) < FINDER_FROM:
        yield from pattern.finditer(text)
        return
    done = 0
    for candidate in _finder(source, pattern.flags).finditer(text):
        start = candidate.start()
        if start < done:
            continue
        match = pattern.match(text, start)
        if match is None:  # pragma: no cover - the finder matched the pattern there
            continue
        yield match
        done = max(match.end(), start + 1)


def words(*alternatives: str) -> str:
    """An alternation of English words that must not be part of a longer word.

    Digits count as part of a word too: "pwd" and "tx" occur inside base58
    addresses, where they are no cue.
    """
    return rf"(?<![A-Za-z0-9])(?:{'|'.join(alternatives)})(?![A-Za-z0-9])"


# --- putting it together -----------------------------------------------------


