"""Checked profiles kept in the cache folder, keyed by their text and the reader's code.

A warm `contacts` run neither parses YAML nor checks numbers again.
"""

from __future__ import annotations

import os
from dataclasses import fields
from datetime import date, time
from functools import cache
from pathlib import Path
from typing import Any

from .model import (
    Channel,
    Hours,
    Notice,
    Profile,
    Source,
)

__all__ = [
]


class _ProfileCache:
    """The validated content of one profile file, kept as JSON in the user cache folder.

    Parsing YAML and checking every value (phone numbers with `phonenumbers`,
    holiday calendars, time zones) costs more start-up time than anything else a
    command like `contacts` does, and a profile rarely changes. So once a file
    has been read and validated, its content is written to
    ``<cache folder>/profiles/<stem>-<checksum of its path>.json`` (mode 0600),
    with the exact text it was made from and the code that checked it (the
    walletsupport version and the size and time of the loader's own files). A
    later load uses the entry only if all of these match, so that an edited
    file, a new version or a changed loader is checked again. JSON, never
    pickle: a cache file can hold data, not code. The path and source label
    always come from the current load. Any trouble with the cache (a corrupt or
    foreign entry, an unwritable folder) only means parsing the file again.
    """

    def __init__(self, file: Path, key: dict[str, str | None]) -> None:
        self.file = file
        self.key = key

    @classmethod
    def of(cls, path: Path, text: str, expect_name: str | None) -> _ProfileCache | None:
        """The cache entry for this file with this `text`; None if there is no cache folder."""
        import zlib

        from ..environment import cache_dir

        try:
            folder = cache_dir() / "profiles"
        except Exception:  # e.g. platformdirs finds no home folder: do without a cache
            return None
        resolved = path.resolve()
        tag = zlib.crc32(f"{resolved}\0{expect_name or ''}".encode("utf-8", "surrogateescape"))
        return cls(folder / f"{resolved.stem[:40]}-{tag:08x}.json",
                   {"text": text, "expect_name": expect_name, "code": _code_stamp()})

    def load(self, path: str, source: str, builtin: bool) -> Profile | None:
        """The cached profile, if there is a matching entry, with this load's path and source."""
        import json

        try:
            with self.file.open("rb") as handle:
                if not _private(os.fstat(handle.fileno())):
                    return None
                entry = json.loads(handle.read())
        except (OSError, ValueError, RecursionError):
            return None
        if not isinstance(entry, dict) or entry.get("key") != self.key:
            return None
        try:
            return _from_plain(entry["profile"], path=path, source=source, builtin=builtin)
        except Exception:  # a damaged entry, whatever the damage: read the file instead
            return None

    def store(self, profile: Profile) -> None:
        """Keep `profile`'s content for the next load; never fails."""
        import contextlib
        import json
        import tempfile

        content = {name: value for name, value in _to_plain(profile).items()
                   if name not in ("path", "source", "builtin")}
        temporary: Path | None = None
        try:
            self.file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            # Written aside, then renamed: a reader never sees half an entry. mkstemp
            # creates the file with mode 0600, whatever the umask.
            with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=self.file.parent,
                                             prefix=".", suffix=".tmp", delete=False) as handle:
                temporary = Path(handle.name)
                json.dump({"key": self.key, "profile": content}, handle, ensure_ascii=False)
            temporary.replace(self.file)
        except (OSError, ValueError, TypeError):
            if temporary is not None:
                with contextlib.suppress(OSError):
                    temporary.unlink()


@cache
def _code_stamp() -> str:
    """The walletsupport version and the loader's own files, which a cache entry depends on."""
    from .. import __version__

    root = Path(__file__).resolve().parent.parent  # the package
    parts = [__version__]
    # The reader's own files, found without importing them (that would import yaml).
    for name in (
                 "contacts/loading.py",
                 "contacts/model.py",
                 "diagnosis/yamlsrc.py",
                 "contactscan.py",):
        try:
            stat = (root / name).stat()
        except OSError:
            parts.append("-")
        else:
            parts.append(f"{stat.st_size}:{stat.st_mtime_ns}")
    return " ".join(parts)


def _private(stat: os.stat_result) -> bool:
    """Whether a cache file is the user's own and nobody else can have written it."""
    if not hasattr(os, "getuid"):
        return True
    return stat.st_uid == os.getuid() and not stat.st_mode & 0o022


def _to_plain(value: Any) -> Any:
    """JSON data for a profile or a part of it: dates and times as ISO text, tuples as lists."""
    if isinstance(value, (Profile, Channel, Hours, Source, Notice)):
        return {f.name: _to_plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (tuple, list)):
        return [_to_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _to_plain(item) for key, item in value.items()}
    if isinstance(value, (date, time)):
        return value.isoformat()
    return value


def _from_plain(data: dict[str, Any], *, path: str, source: str, builtin: bool) -> Profile:
    """The `Profile` that `_to_plain` wrote, with this load's path and source."""

    def hours(items: list[dict[str, Any]] | None) -> tuple[Hours, ...] | None:
        if items is None:
            return None
        return tuple(Hours(**{**h, "weekdays": tuple(h["weekdays"]),
                              "start": time.fromisoformat(h["start"]),
                              "end": None if h["end"] is None else time.fromisoformat(h["end"])})
                     for h in items)

    channels = tuple(Channel(**{**c, "hours": hours(c["hours"]),
                                "languages": tuple(c["languages"]), "tags": tuple(c["tags"])})
                     for c in data["channels"])
    return Profile(**{**data, "channels": channels,
                      "checked": date.fromisoformat(data["checked"]),
                      "sources": tuple(Source(**s) for s in data["sources"]),
                      "warnings": tuple(Notice(**n) for n in data["warnings"]),
                      "names": tuple(data["names"]), "domains": tuple(data["domains"]),
                      "path": path, "source": source, "builtin": builtin})
