"""Commands of the guide area (filled in by their issue)."""

from __future__ import annotations

import typer

__all__ = ["register"]


def register(app: typer.Typer) -> None:
    """Add this area's commands to the main app."""
