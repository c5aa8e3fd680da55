"""All I/O the tool touches, in one object that tests can replace.

Like httpie's `Environment`: the streams, whether they are terminals, the
language, the clock, and the folders for data and configuration. Commands take
what they need from here instead of reaching for `sys` or `os` themselves.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from .folders import cache_dir, config_dir, data_dir

__all__ = ["Environment", "cache_dir", "config_dir", "data_dir"]


def _now() -> datetime:
    return datetime.now().astimezone()


@dataclass
class Environment:
    """The streams, settings and clock one run of the tool works with."""

    lang: str = "en"
    plain: bool = False
    flows_dirs: tuple[Path, ...] = ()
    profile: str | None = None
    stdin: IO[str] = field(default_factory=lambda: sys.stdin)
    stdout: IO[str] = field(default_factory=lambda: sys.stdout)
    stderr: IO[str] = field(default_factory=lambda: sys.stderr)
    environ: Mapping[str, str] = field(default_factory=lambda: os.environ)
    clock: Callable[[], datetime] = _now
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def stdin_isatty(self) -> bool:
        """Whether a person can answer prompts with the keyboard."""
        try:
            return self.stdin.isatty()
        except (AttributeError, ValueError):
            return False

    @property
    def interactive(self) -> bool:
        """Ask with questionary (a terminal both ways and no --plain), else with plain prompts.

        With output redirected to a file or a pipe, arrow-key prompts would write
        terminal control codes into it: numbered prompts keep the transcript readable.
        """
        try:
            stdout_tty = self.stdout.isatty()
        except (AttributeError, ValueError):
            stdout_tty = False
        return self.stdin_isatty and stdout_tty and not self.plain

    def now(self) -> datetime:
        """The current time, aware of its time zone.

        `WALLETSUPPORT_NOW` (an ISO time with its offset) pins the clock, so that
        demos, screenshots and tests of opening hours are repeatable.
        """
        pinned = self.environ.get("WALLETSUPPORT_NOW")
        if pinned:
            try:
                moment = datetime.fromisoformat(pinned)
            except ValueError:
                from .errors import UsageError

                raise UsageError(key="errors.bad-now", value=pinned) from None
            return moment if moment.tzinfo else moment.astimezone()
        return self.clock()

    def user_now(self) -> datetime:
        """Now, in the user's own zone (TZ, config.toml's ``zone``, else the system's).

        A case's own times (created, updated, notes) are kept in it, as answers are read
        in it, so that `cases show` and the exports give them in the zone the user set;
        `contacts` reckons opening hours in it. With neither TZ nor a configured zone,
        the clock's own time stands (the system's).
        """
        from zoneinfo import ZoneInfo

        from .errors import WalletSupportError
        from .settings import load_config

        moment = self.now()
        named = self.environ.get("TZ", "").lstrip(":")
        if not named:
            try:
                configured = load_config(self.config_dir).get("zone")
            except WalletSupportError:  # already reported at start-up, if it mattered
                configured = None
            named = configured.strip() if isinstance(configured, str) else ""
        try:
            tz = ZoneInfo(named) if named else None
        except (ValueError, OSError, LookupError):
            tz = None
        return moment.astimezone(tz) if tz is not None else moment

    @property
    def data_dir(self) -> Path:
        """Where cases are kept."""
        return data_dir(self.environ)

    @property
    def config_dir(self) -> Path:
        """Where config.toml lives."""
        return config_dir(self.environ)

    def console(self, *, stderr: bool = False) -> Any:
        """A rich console on stdout (or stderr) that honours NO_COLOR and the terminal width."""
        stream = self.stderr if stderr else self.stdout
        from rich.console import Console

        kind = Console
        if self.plain:
            # Plain mode reads in order: no panels, tables or rules drawn with boxes.
            from .rendering.plain import PlainConsole

            kind = PlainConsole
        return kind(file=stream, highlight=False, soft_wrap=False,
                       emoji=False, no_color="NO_COLOR" in self.environ or None)
