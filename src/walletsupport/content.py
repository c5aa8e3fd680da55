"""Content packages: other distributions that ship flows and profiles.

A package declares an entry point in the group ``walletsupport.content`` whose
value names an importable package (``mywallet_flows``) or a folder inside one
(``mywallet_flows:content``); its ``flows/`` and ``profiles/`` subfolders are
loaded beside the built-in ones.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["ENTRY_POINT_GROUP", "content_folders"]

ENTRY_POINT_GROUP = "walletsupport.content"


def content_folders(kind: str) -> list[tuple[str, Path]]:
    """(distribution name, folder) for each installed content package that has `kind`."""
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
