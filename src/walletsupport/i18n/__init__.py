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
_catalog: dict[str, Mapping[str, str]] | None = None


def _load() -> dict[str, Mapping[str, str]]:
    global _catalog
    if _catalog is None:
        merged: dict[str, Mapping[str, str]] = {}
        for part in _PARTS:
            try:
                module = import_module(f"{__name__}.{part}")
            except ModuleNotFoundError:
                continue
            merged.update(module.MESSAGES)
        _catalog = merged
    return _catalog


def t(key: str, lang: str, /, **fields: object) -> str:
    """Return the message `key` in `lang`, with `{field}` placeholders filled."""
    entry = _load().get(key)
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
