"""Cache entries: JSON written aside (0600, in a 0700 folder), then renamed into place.

A cache is only a shortcut: writing one never fails a command, and a half-written
file is never seen, since the rename is atomic.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["keep_json"]


def keep_json(file: Path, data: object) -> None:
    """Write `data` as JSON to `file` through a temporary file; never fails."""
    import contextlib
    import json
    import tempfile

    temporary: Path | None = None
    try:
        file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=file.parent, prefix=".",
                                         suffix=".tmp", delete=False) as handle:
            temporary = Path(handle.name)
            json.dump(data, handle, ensure_ascii=False)
        temporary.replace(file)
    except (OSError, ValueError, TypeError):
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink()
