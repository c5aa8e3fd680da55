"""The message catalog: every string the tool prints, in English and Chinese.

The catalog is split by area (one module each, each defining ``MESSAGES``) so
that the parts can be edited side by side; `t` sees them as one catalog.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from importlib import import_module

__all__ = ["LANGS", "detect_lang", "pick", "t"]

LANGS = ("en", "zh")
_PARTS = ("core", "flows", "diagnose", "contacts", "cases", "redact", "guide", "checkup",
          "numbers", "files", "wallets", "authoring", "faults")
#: Which parts hold the keys that start with each word (``cases.none``: "cases"), so that
#: `t` loads only those: all thirteen parts took longer to load than most commands run.
#: A key this does not lead to is still found (every part is loaded then); a test keeps
#: it equal to the parts' keys and prints the new table when a part gains a first word.
_WHERE: dict[str, tuple[str, ...]] = {
    "answer": ("core",), "answer-error": ("diagnose", "numbers"), "authoring": ("authoring",),
    "authorities": ("authoring",), "cases": ("cases",), "check": ("authoring",),
    "check-by": ("core",), "checkup": ("checkup", "authoring"), "clipboard": ("files",),
    "closing": ("wallets",), "contacts": ("contacts", "wallets"), "dates": ("numbers",),
    "diagnose": ("diagnose",), "errors": ("core", "diagnose", "numbers", "wallets", "authoring"),
    "export": ("cases", "redact", "wallets"), "faults": ("faults",), "files": ("files",),
    "flow": ("authoring",), "flows": ("flows", "checkup", "authoring"), "guide": ("guide",),
    "letter": ("cases",), "number": ("numbers",), "outcome": ("core", "checkup"),
    "problem": ("authoring",), "profile": ("authoring",), "profiles": ("contacts",),
    "progress": ("diagnose",), "prompt": ("diagnose",), "redact": ("redact",),
    "review": ("diagnose",), "scenario": ("authoring",), "settings": ("authoring",),
    "severity": ("core",), "sum": ("authoring",), "sums": ("numbers",), "text": ("authoring",),
    "type": ("authoring",), "wallet": ("wallets",), "when": ("authoring",),
    "where": ("authoring",), "yaml": ("authoring",), "zone": ("wallets",)
}

_messages: dict[str, Mapping[str, str]] = {}  # the parts loaded so far, merged
_loaded: set[str] = set()


def _load_part(part: str) -> None:
    if part in _loaded:
        return
    _loaded.add(part)
    try:
        module = import_module(f"{__name__}.{part}")
    except ModuleNotFoundError:
        return
    _messages.update(module.MESSAGES)  # no key is in two parts (a test keeps it so)


def _load() -> dict[str, Mapping[str, str]]:
    """The whole catalog: every part loaded."""
    for part in _PARTS:
        _load_part(part)
    return _messages


def _entry(key: str) -> Mapping[str, str] | None:
    entry = _messages.get(key)
    if entry is None:
        for part in _WHERE.get(key.split(".", 1)[0], ()):
            _load_part(part)
        entry = _messages.get(key)
        if entry is None and len(_loaded) < len(_PARTS):
            entry = _load().get(key)
    return entry


def t(key: str, lang: str, /, **fields: object) -> str:
    """Return the message `key` in `lang`, with `{field}` placeholders filled."""
    entry = _entry(key)
    if entry is None:
        raise KeyError(f"no message {key!r} in the catalog")
    text = entry.get(lang) or entry["en"]
    return text.format(**fields) if fields else text


def pick(text: str | Mapping[str, str], lang: str) -> str:
    """Choose one language from a flow text (a plain string or an en/zh mapping)."""
    if isinstance(text, str):
        return text
    return text.get(lang) or text.get("en") or next(iter(text.values()), "")


def detect_lang(environ: Mapping[str, str] | None = None) -> str:
    """Pick the language from the locale variables: any ``zh*`` gives Chinese."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = env.get(name, "")
        if value:
            # LANGUAGE may hold a colon-separated preference list.
            first = value.split(":")[0]
            return "zh" if first.lower().startswith("zh") else "en"
    return "en"
