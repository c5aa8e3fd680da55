"""Where the packaged flows and profiles live: a leaf both the catalog and contacts import."""

from __future__ import annotations

from pathlib import Path

__all__ = ["PACKAGE_DIR", "data_dir"]

PACKAGE_DIR = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """The packaged folder `name` (flows, profiles): in the wheel, or the source checkout."""
    packaged = PACKAGE_DIR / "data" / name
    if packaged.is_dir():
        return packaged
    return PACKAGE_DIR.parent.parent / name  # running from a source checkout (editable install)
