"""The user's own folders (data, config, cache): a leaf that even the diagnosis core may import.

`environment` re-exports these; they live apart so that a module below the screens
(the time-zone cache in `diagnosis.dates`) can find the cache folder without
importing the environment, which knows about rich.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

__all__ = ["cache_dir", "config_dir", "data_dir"]

_APP = "walletsupport"
#: Each user folder's XDG variable and its default under the home folder.
_XDG = {
    "data": ("XDG_DATA_HOME", ".local/share"),
    "config": ("XDG_CONFIG_HOME", ".config"),
    "cache": ("XDG_CACHE_HOME", ".cache"),
}


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
