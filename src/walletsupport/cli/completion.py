"""Shell completion of the values a user types most: flow ids, profile names, case ids.

Typer's `--install-completion` / `--show-completion` install a script that calls
walletsupport back with `_WALLETSUPPORT_COMPLETE` set; click then asks the
functions here for candidates. They run only then, never at start-up, read as
little as they can (file names, or one indexed column of the case database), and
never fail: a broken flow folder or a locked database completes nothing rather
than printing an error into the user's command line.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

__all__ = ["case_ids", "flow_ids", "profile_names"]

Candidates = list[tuple[str, str]]


def _safely(function: Callable[[str], Candidates]) -> Callable[[str], Candidates]:
    def complete(incomplete: str) -> Candidates:
        try:
            return [(value, help_) for value, help_ in function(incomplete)
                    if value.startswith(incomplete)]
        except Exception:  # completion must never break the user's command line
            return []

    complete.__name__ = function.__name__
    complete.__doc__ = function.__doc__
    return complete


def _settings() -> object:
    from ..environment import config_dir
    from ..settings import resolve

    return resolve(lang=None, profile=None, flows_dirs=(), environ=os.environ,
                   config_folder=config_dir())


@_safely
def flow_ids(incomplete: str) -> Candidates:
    """The ids of the flows `diagnose` can run, with their titles."""
    from ..diagnosis.catalog import load_catalog
    from ..i18n import pick
    from ..settings import Settings

    settings = _settings()
    assert isinstance(settings, Settings)
    catalog = load_catalog(settings.flows_dirs, check=False)
    return [(flow.id, pick(flow.title, settings.lang))
            for flow in sorted(catalog.flows.values(), key=lambda flow: flow.id)]


@_safely
def profile_names(incomplete: str) -> Candidates:
    """The names of the contact profiles shipped or installed by a content package."""
    from ..contacts.loading import builtin_names
    from ..diagnosis.content import content_folders

    names = builtin_names()
    for _, folder in content_folders("profiles"):
        names += [p.stem for p in sorted(folder.glob("*.y*ml"))]
    return [(name, "") for name in dict.fromkeys(names)]


@_safely
def case_ids(incomplete: str) -> Candidates:
    """The newest saved cases and drafts by id, with their problem."""
    import sqlite3

    from ..cases.store import DB_NAME
    from ..environment import data_dir

    path = Path(data_dir()) / DB_NAME
    if not path.is_file():
        return []
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0.5)
    try:
        rows = db.execute("SELECT id, flow_id FROM cases ORDER BY id DESC LIMIT 200").fetchall()
    finally:
        db.close()
    return [(str(case_id), str(flow_id)) for case_id, flow_id in rows]
