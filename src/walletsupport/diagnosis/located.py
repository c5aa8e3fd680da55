"""Mappings and lists that know their lines, shared by both YAML readers.

A leaf module: `yamlsrc` (PyYAML's events) and `flatyaml` (flat answers files,
without PyYAML) build the same values.
"""

from __future__ import annotations

import re

__all__ = ["CONTROL", "Located", "LocatedList"]

# Control characters (but tab and line ends) could clear a user's screen or retitle the
# terminal when a text is printed: refused in the file and in escaped strings alike.
CONTROL = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


class Located(dict):  # type: ignore[type-arg]
    """A mapping that knows its own line and the line of each of its values."""

    __slots__ = ("line", "lines", "path")

    def __init__(self, path: str, line: int) -> None:
        super().__init__()
        self.path = path
        self.line = line
        self.lines: dict[str, int] = {}

    def line_of(self, key: str) -> int:
        """The line of `key`'s value, or of the mapping when the key is absent."""
        return self.lines.get(key, self.line)


class LocatedList(list):  # type: ignore[type-arg]
    """A sequence that knows its own line and the line of each item."""

    __slots__ = ("line", "lines", "path")

    def __init__(self, path: str, line: int) -> None:
        super().__init__()
        self.path = path
        self.line = line
        self.lines: list[int] = []
