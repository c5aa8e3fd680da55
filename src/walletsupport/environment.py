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

__all__ = ["Environment", "cache_dir", "config_dir", "data_dir"]

_APP = "walletsupport"
#: Each user folder's XDG variable and its default under the home folder.
_XDG = {
    "data": ("XDG_DATA_HOME", ".local/share"),
    "config": ("XDG_CONFIG_HOME", ".config"),
    "cache": ("XDG_CACHE_HOME", ".cache"),
}


def _now() -> datetime:
    return datetime.now().astimezone()


def _user_dir(kind: str, environ: Mapping[str, str]) -> Path:
    """Our folder of `kind` (data, config or cache) under the user's home.

    On Linux this is the XDG base-directory spec, as platformdirs applies it:
    ``$XDG_CONFIG_HOME/walletsupport`` when the variable holds an absolute path
    (the spec says to ignore a relative one), else ``~/.config/walletsupport``.
    It is worked out here because importing platformdirs costs start-up time
    on every command; other systems (and Android, or a home folder that is not
    an absolute path) still ask platformdirs.
    """
    variable, default = _XDG[kind]
    # platformdirs decides on Android from the process environment, once.
    android = hasattr(sys, "getandroidapilevel") or bool(os.environ.get("ANDROID_DATA"))
    if sys.platform == "linux" and not android:
        value = environ.get(variable, "")
        if value.startswith("/"):
            return Path(value, _APP)
        home = environ.get("HOME", "")
        if home.startswith("/"):
            return Path(home, default, _APP)
    import platformdirs

    finder = {"data": platformdirs.user_data_dir, "config": platformdirs.user_config_dir,
              "cache": platformdirs.user_cache_dir}[kind]
    return Path(finder(_APP, appauthor=False))


def data_dir(environ: Mapping[str, str] | None = None) -> Path:
    """The user data folder: WALLETSUPPORT_DATA_DIR, else XDG_DATA_HOME or the system's own."""
    env = os.environ if environ is None else environ
    override = env.get("WALLETSUPPORT_DATA_DIR")
    return Path(override) if override else _user_dir("data", env)


def config_dir(environ: Mapping[str, str] | None = None) -> Path:
    """The user config folder: WALLETSUPPORT_CONFIG_DIR, else XDG_CONFIG_HOME or the system's."""
    env = os.environ if environ is None else environ
    override = env.get("WALLETSUPPORT_CONFIG_DIR")
    return Path(override) if override else _user_dir("config", env)


def cache_dir(environ: Mapping[str, str] | None = None) -> Path:
    """The user cache folder: WALLETSUPPORT_CACHE_DIR, else XDG_CACHE_HOME or the system's."""
    env = os.environ if environ is None else environ
    override = env.get("WALLETSUPPORT_CACHE_DIR")
    return Path(override) if override else _user_dir("cache", env)


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
