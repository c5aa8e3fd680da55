"""Everything drawn with rich: one module per screen."""

from __future__ import annotations

import sys
from typing import Any

__all__ = ["is_plain"]


def is_plain(console: Any) -> bool:
    """Whether `console` prints plain (a `plain.PlainConsole`), without importing that module.

    A console can only be plain once the module is loaded, and importing it (with rich's
    panels and rules) for the question would cost every screen that is not plain.
    """
    plain = sys.modules.get("walletsupport.rendering.plain")
    return plain is not None and isinstance(console, plain.PlainConsole)
