"""Content packages: other distributions that ship flows and profiles.

A package declares an entry point in the group ``walletsupport.content`` whose
value names an importable package (``mywallet_flows``) or a folder inside one
(``mywallet_flows:content``); its ``flows/`` and ``profiles/`` subfolders are
loaded beside the built-in ones.
"""

from __future__ import annotations

from pathlib import Path

from ..cachefile import keep_json

__all__ = ["ENTRY_POINT_GROUP", "content_folders"]

ENTRY_POINT_GROUP = "walletsupport.content"


def content_folders(kind: str) -> list[tuple[str, Path]]:
    """(distribution name, folder) for each installed content package that has `kind`."""
    return [(name, folder) for name, folder in _packages(kind) if folder.is_dir()]


def _packages(kind: str) -> list[tuple[str, Path]]:
    """What `_discover` finds, kept in the cache folder while no folder on sys.path changes.

    Reading every installed distribution's metadata (importlib.metadata) costs
    more start-up time than loading the flows themselves. Installing or removing
    a package (or an editable one's .pth file) changes its folder on sys.path, so
    the folders' modification times are the key.
    """
    import json
    import os
    import sys

    from ..environment import cache_dir

    key = []
    for entry in sys.path:
        try:
            key.append([entry, Path(entry or ".").stat().st_mtime_ns])
        except OSError:
            key.append([entry, None])
    try:
        file = cache_dir() / f"content-{kind}.json"
    except Exception:  # no cache folder to be found: look every time
        return _discover(kind)
    try:
        with file.open("rb") as handle:
            stat = os.fstat(handle.fileno())
            entry_data = json.loads(handle.read())
        if (not hasattr(os, "getuid") or (stat.st_uid == os.getuid()
                                          and not stat.st_mode & 0o022)) \
                and isinstance(entry_data, dict) and entry_data.get("key") == key:
            return [(str(name), Path(folder)) for name, folder in entry_data["found"]]
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        pass
    found = _discover(kind)
    keep_json(file, {"key": key, "found": [[name, str(folder)] for name, folder in found]})
    return found


def _discover(kind: str) -> list[tuple[str, Path]]:
    from importlib.metadata import entry_points
    from importlib.util import find_spec

    found: list[tuple[str, Path]] = []
    for entry in entry_points(group=ENTRY_POINT_GROUP):
        module, _, inner = entry.value.partition(":")
        try:
            spec = find_spec(module.strip())
        except (ImportError, ValueError):  # a broken package must not break the tool
            continue
        if spec is None or not spec.submodule_search_locations:
            continue
        base = Path(next(iter(spec.submodule_search_locations)))
        if inner.strip():
            base = base / inner.strip()
        folder = base / kind
        if folder.is_dir():
            name = entry.dist.name if entry.dist is not None else entry.name
            found.append((name, folder))
    return sorted(found)
