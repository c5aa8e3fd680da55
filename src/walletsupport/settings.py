"""Where each setting comes from: command line, then environment, then config file, then defaults.

| setting  | option        | environment            | config.toml      | default            |
|----------|---------------|------------------------|------------------|--------------------|
| language | --lang        | WALLETSUPPORT_LANG     | lang = "zh"      | the locale (zh* → zh) |
| profile  | --profile     | WALLETSUPPORT_PROFILE  | profile = "..."  | generic            |
| flows    | --flows-dir   | WALLETSUPPORT_FLOWS_DIR (os.pathsep list) | flows_dirs = [...] | none |
| plain    | --plain, --no-plain | WALLETSUPPORT_PLAIN (not 0) | plain = true | TERM=dumb |
| region   | diagnose --region | WALLETSUPPORT_REGION | region = "CN" | locale, wallet's region |
| zone     |               | TZ                     | zone = "Asia/Shanghai" | /etc/localtime |

The zone is the one time answers ("yesterday 10:30") are read in. Where it is
UTC only because the machine runs on UTC (no TZ, no config), `diagnose` says so
with every time it reads, and asks once when the user is likely elsewhere.

Extra flow folders from all three places are added together (config first,
then environment, then command line), so a later one replaces a flow of the
same id from an earlier one.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from .errors import Echo, FlowError, Many, UsageError
from .frozen import frozen
from .i18n import LANGS, detect_lang

__all__ = ["Settings", "known_zone", "load_config", "resolve"]


@frozen
class Settings:
    """The settings in force, each with where it came from."""

    lang: str
    lang_from: str
    profile: str
    profile_from: str
    flows_dirs: tuple[Path, ...]
    plain: bool = False
    plain_from: str = "default"


def load_config(folder: Path) -> dict[str, Any]:
    """Read `config.toml` in `folder`; a missing file is an empty configuration."""
    path = folder / "config.toml"
    from .sourcefile import read_source

    if not os.path.lexists(path):
        return {}
    raw = read_source(path)  # a pipe or a device there is refused, not waited on
    import tomllib

    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise FlowError(str(path), 1, key="yaml.utf8") from None
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None) or _line_from(str(exc))
        raise FlowError(str(path), line, key="settings.toml", error=str(exc)) from None
    known = {"lang", "profile", "flows_dirs", "plain", "region", "zone"}
    for key in data:
        if key not in known:
            raise FlowError(str(path), _find_line(raw, key), key="settings.unknown", name=key,
                            known=Many(sorted(known)))
    if "lang" in data and data["lang"] not in LANGS:
        raise FlowError(str(path), _find_line(raw, "lang"), key="settings.lang")
    if "profile" in data and not isinstance(data["profile"], str):
        raise FlowError(str(path), _find_line(raw, "profile"), key="settings.profile")
    if "region" in data and not (isinstance(data["region"], str)
                                 and re.match(r"^[A-Za-z]{2}$", data["region"].strip())):
        raise FlowError(str(path), _find_line(raw, "region"), key="settings.region")
    if "zone" in data and not (isinstance(data["zone"], str) and known_zone(data["zone"])):
        raise FlowError(str(path), _find_line(raw, "zone"), key="settings.zone")
    if "plain" in data and not isinstance(data["plain"], bool):
        raise FlowError(str(path), _find_line(raw, "plain"), key="settings.plain")
    dirs = data.get("flows_dirs", [])
    if not isinstance(dirs, list) or not all(isinstance(d, str) for d in dirs):
        raise FlowError(str(path), _find_line(raw, "flows_dirs"), key="settings.flows-dirs")
    data["_path"] = str(path)
    return data


def known_zone(name: str) -> bool:
    """Whether `name` is an IANA time zone this system knows ("Asia/Shanghai")."""
    from zoneinfo import ZoneInfo

    try:
        ZoneInfo(name)
    except (ValueError, OSError, LookupError):
        return False
    return True


def _line_from(message: str) -> int:
    import re

    match = re.search(r"line (\d+)", message)
    return int(match.group(1)) if match else 1


def _find_line(raw: bytes, key: str) -> int:
    for number, line in enumerate(raw.decode("utf-8", "replace").splitlines(), 1):
        if line.strip().startswith(key):
            return number
    return 1


def _plain(option: bool | None, environ: Mapping[str, str],
           config: Mapping[str, Any], where: str) -> tuple[bool, str]:
    """Whether to ask with numbered plain prompts and draw no boxes, and why.

    A screen reader or a dumb terminal should not need a flag on every run: any
    non-empty `WALLETSUPPORT_PLAIN` other than `0`, `plain = true` in the config,
    or `TERM=dumb` turn it on (as huh's accessible mode does).
    """
    if option is not None:
        return option, "--plain" if option else "--no-plain"
    value = environ.get("WALLETSUPPORT_PLAIN")
    if value is not None and value.strip():
        return value.strip() != "0", "WALLETSUPPORT_PLAIN"
    if "plain" in config:
        return bool(config["plain"]), where
    if environ.get("TERM") == "dumb":
        return True, "TERM=dumb"
    return False, "default"


def resolve(*, lang: str | None, profile: str | None, flows_dirs: Sequence[Path],
            environ: Mapping[str, str], config_folder: Path,
            plain: bool | None = None) -> Settings:
    """Combine the command line, the environment and the config file into `Settings`."""
    config = load_config(config_folder)
    where = config.get("_path", "config.toml")
    if lang is not None:
        chosen_lang, lang_from = lang, "--lang"
    elif environ.get("WALLETSUPPORT_LANG"):
        chosen_lang, lang_from = environ["WALLETSUPPORT_LANG"], "WALLETSUPPORT_LANG"
    elif "lang" in config:
        chosen_lang, lang_from = config["lang"], where
    else:
        chosen_lang, lang_from = detect_lang(environ), "locale"
    if chosen_lang not in LANGS:
        raise UsageError(key="settings.bad-lang", origin=lang_from, value=Echo(chosen_lang))
    if profile:
        chosen_profile, profile_from = profile, "--profile"
    elif environ.get("WALLETSUPPORT_PROFILE"):
        chosen_profile, profile_from = environ["WALLETSUPPORT_PROFILE"], "WALLETSUPPORT_PROFILE"
    elif config.get("profile"):
        chosen_profile, profile_from = config["profile"], where
    else:
        chosen_profile, profile_from = "generic", "default"
    dirs: list[Path] = [Path(d).expanduser() for d in config.get("flows_dirs", [])]
    env_dirs = environ.get("WALLETSUPPORT_FLOWS_DIR", "")
    dirs += [Path(d) for d in env_dirs.split(os.pathsep) if d]
    dirs += list(flows_dirs)
    chosen_plain, plain_from = _plain(plain, environ, config, where)
    return Settings(chosen_lang, lang_from, chosen_profile, profile_from, tuple(dirs),
                    chosen_plain, plain_from)
