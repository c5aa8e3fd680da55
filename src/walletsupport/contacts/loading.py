"""Contact profiles: a wallet's official support channels, validated once on load.

A profile is a YAML file (format: docs/profiles.md). Built-in profiles ship in
the package's ``profiles/`` folder; content packages add more through
`walletsupport.diagnosis.content.content_folders`; any other file can be named by path.
Nothing here invents a contact: every phone number, address and account comes
from a profile, and every value is checked (https links, phone numbers parsed
with `phonenumbers`, plausible e-mail addresses, IANA time zones) before it can
reach a screen.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from ..errors import Echo, Many, Msg, ProfileError, UsageError, type_name
from ..vocabulary import CHANNEL_KINDS
from ..vocabulary import MAX_FILE_BYTES as _MAX_BYTES
from .cache import _ProfileCache
from .model import (
    CALENDARS,
    CONFIDENCES,
    CUSTODY,
    PHONE_SUPPORT,
    TAGS,
    WEEKDAYS,
    Channel,
    Hours,
    Notice,
    Profile,
    Source,
)

if TYPE_CHECKING:
    from ..diagnosis.model import Text
    from ..diagnosis.yamlsrc import Located

__all__ = [
    "CHANNEL_KINDS",
    "builtin_names",
    "profiles_dir",
    "list_profiles",
    "load_profile",
    "parse_profile",
]


_LANGS = ("en", "zh")
# Patterns are kept as text and compiled by `re` (which caches them) when first
# used: most runs read a cached profile and never check one.
_NAME = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
_REGION = r"^[A-Z]{2}$"
_LANGUAGE = r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$"
_EMAIL = (r"^[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+"
          r"[A-Za-z]{2,}$")
_HOST = r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$"
_DATE = r"^\d{4}-\d{2}-\d{2}$"
_TIME = r"^(\d{2}):(\d{2})$"


_PROFILE_KEYS = {"name", "title", "region", "timezone", "checked", "sources", "phone_support",
                 "custody", "recovery_phrase",
                 "names", "domains", "domains_confidence", "warnings", "channels"}
_CHANNEL_KEYS = {"id", "kind", "label", "value", "region", "confidence", "hours", "timezone",
                 "calendar", "languages", "note", "tags"}


# --------------------------------------------------------------------------- loading


def profiles_dir() -> Path:
    """The packaged profiles folder (from the leaf `paths`: no flow loader is imported)."""
    from ..paths import data_dir

    return data_dir("profiles")


def builtin_names() -> list[str]:
    """The names of the profiles shipped with walletsupport."""
    return sorted(p.stem for p in _profile_files(profiles_dir()))


def _profile_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.y*ml") if p.is_file() and p.suffix in (".yaml", ".yml"))


def _looks_like_path(text: str) -> bool:
    return "/" in text or "\\" in text or text.endswith((".yaml", ".yml")) or text.startswith(".")


def load_profile(name_or_path: str) -> Profile:
    """Load a built-in profile by name, a content package's by name, or a YAML file by path."""
    if _looks_like_path(name_or_path):
        return parse_profile(Path(name_or_path))
    name = name_or_path.strip().lower()
    folder = profiles_dir()
    for suffix in (".yaml", ".yml"):
        path = folder / f"{name}{suffix}"
        if re.match(_NAME, name) and path.is_file():
            return parse_profile(path, source="built-in", builtin=True, expect_name=name)
    # Only now look at content packages: scanning entry points costs start-up time.
    from ..diagnosis.content import content_folders

    packages = content_folders("profiles")
    for dist, pkg_folder in packages:
        for path in _profile_files(pkg_folder):
            if path.stem == name:
                return parse_profile(path, source=f"package {dist}", builtin=False,
                                     expect_name=name)
    known = builtin_names() + sorted({p.stem for _, f in packages for p in _profile_files(f)})
    raise UsageError(key="profiles.unknown", name=Echo(name_or_path), known=Many(known))


def list_profiles() -> list[Profile]:
    """Every profile the tool knows by name: built-in ones, then content packages' ones."""
    from ..diagnosis.content import content_folders

    found = [parse_profile(p, source="built-in", builtin=True, expect_name=p.stem)
             for p in _profile_files(profiles_dir())]
    for dist, folder in content_folders("profiles"):
        found += [parse_profile(p, source=f"package {dist}", builtin=False, expect_name=p.stem)
                  for p in _profile_files(folder)]
    return found


def parse_profile(path: Path, *, source: str | None = None, builtin: bool = False,
                  expect_name: str | None = None) -> Profile:
    """Read and validate one profile file; the first problem is raised as `path:line: ...`.

    `source` labels where it came from ("built-in", "package NAME"); by default,
    the file's path. A file that was read and validated before, byte for byte,
    comes from the cache (see `_ProfileCache`) without parsing or checking it again.
    """
    shown = _display_path(path)
    text = _text(path)
    cache = None if text is None else _ProfileCache.of(path, text, expect_name)
    if cache is not None:
        cached = cache.load(shown, source or shown, builtin)
        if cached is not None:
            return cached
    profile = _parse(path, text, shown, source=source or shown, builtin=builtin,
                     expect_name=expect_name)
    if cache is not None:
        cache.store(profile)
    return profile


def _text(path: Path) -> str | None:
    """The file's text as `diagnosis.yamlsrc.load_file` reads it, if it can be read."""
    from ..errors import FlowError
    from ..sourcefile import read_source

    try:
        # Never a plain open(): a named pipe or a device given as a profile would hang.
        raw = read_source(path, _MAX_BYTES)
        if len(raw) > _MAX_BYTES:
            return None
        return raw.decode("utf-8").removeprefix("\ufeff")
    except (FlowError, UnicodeDecodeError):
        return None


def _parse(path: Path, text: str | None, shown: str, *, source: str, builtin: bool,
           expect_name: str | None) -> Profile:
    from ..diagnosis.yamlsrc import Located, load_file, load_text
    from ..errors import FlowError

    try:
        # A file that could not be read or decoded is left to `load_file`, which says why.
        data = load_file(path) if text is None else load_text(text, str(path))
    except ProfileError:
        raise
    except FlowError as exc:
        raise ProfileError(shown, exc.line, exc.msg) from None  # worded in the user's language
    if not isinstance(data, Located):
        raise ProfileError(shown, 1, key="profile.not-mapping")
    return _Reader(shown).profile(data, source=source, builtin=builtin,
                                  expect_name=expect_name)


def _display_path(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except (ValueError, OSError, RuntimeError):  # elsewhere, or a loop of links
        return str(path)


# --------------------------------------------------------------------------- cache


class _Reader:
    """Validates one profile's fields; every refusal names the line it is about."""

    def __init__(self, path: str) -> None:
        self.path = path

    def fail(self, line: int, message: Msg) -> ProfileError:
        return ProfileError(self.path, line, message)

    # -- small readers

    def keys(self, data: Located, allowed: set[str], what: Msg) -> None:
        for key in data:
            if key not in allowed:
                raise self.fail(data.line_of(key), Msg("authoring.unknown-field", what=what,
                                                       key=key, known=Many(sorted(allowed))))

    def required(self, data: Located, key: str, what: Msg) -> Any:
        if data.get(key) is None:
            raise self.fail(data.line, Msg("authoring.missing-field", what=what, key=key))
        return data[key]

    def string(self, data: Located, key: str, what: Msg, *, optional: bool = False) -> str | None:
        if optional and data.get(key) is None:
            return None
        value = self.required(data, key, what)
        if not isinstance(value, str) or not value.strip():
            quote = "-quote" if isinstance(value, (bool, int, float)) else ""
            raise self.fail(data.line_of(key), Msg(f"profile.not-text{quote}", what=what,
                                                   key=key, type=type_name(value)))
        return value.strip()

    def choice(self, data: Located, key: str, what: Msg, options: Sequence[str],
               default: str) -> str:
        value = data.get(key, default)
        if value not in options:
            raise self.fail(data.line_of(key), Msg("profile.not-one-of", what=what, key=key,
                                                   known=Many(options), value=value))
        return str(value)

    def text(self, data: Located, key: str, what: Msg, *, optional: bool = False) -> Text | None:
        # The rules of `walletsupport.diagnosis.loader.text_problems` (errors only), without
        # importing the flow loader.
        if data.get(key) is None:
            if optional:
                return None
            raise self.fail(data.line, Msg("authoring.missing-field", what=what, key=key))
        value = data[key]
        line = data.line_of(key)

        def bad(message: Msg) -> ProfileError:
            return self.fail(line, Msg("authoring.text-field", what=what, key=key,
                                       message=message))

        if isinstance(value, str):
            if not value.strip():
                raise bad(Msg("text.empty"))
            return value.strip()
        if not isinstance(value, dict):
            raise bad(Msg("text.bad-type", type=type_name(value)))
        for lang in value:
            if lang not in _LANGS:
                raise bad(Msg("text.unknown-lang", lang=lang))
        for lang in _LANGS:
            text = value.get(lang)
            if text is None:
                raise bad(Msg("text.missing-lang", lang=lang))
            if not isinstance(text, str):
                raise bad(Msg("text.lang-not-text", lang=lang, type=type_name(text)))
            if not text.strip():
                raise bad(Msg("text.lang-empty", lang=lang))
        return {lang: value[lang].strip() for lang in _LANGS}

    def str_list(self, data: Located, key: str, what: Msg,
                 check: str | None = None, hint: Msg | None = None) -> tuple[str, ...]:
        from ..diagnosis.yamlsrc import LocatedList

        raw = data.get(key)
        if raw is None:
            return ()
        if not isinstance(raw, LocatedList):
            raise self.fail(data.line_of(key), Msg("profile.not-list", what=what, key=key,
                                                   type=type_name(raw)))
        items: list[str] = []
        for value, line in zip(raw, raw.lines, strict=True):
            if not isinstance(value, str) or not value.strip():
                raise self.fail(line, Msg("profile.item-not-text", what=what, key=key,
                                          type=type_name(value)))
            if check is not None and not re.match(check, value):
                raise self.fail(line, Msg("profile.item-bad", what=what, key=key, value=value,
                                          hint=hint))
            items.append(value.strip())
        return tuple(items)

    def timezone(self, data: Located, key: str, what: Msg) -> str | None:
        value = self.string(data, key, what, optional=True)
        if value is None:
            return None
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise self.fail(data.line_of(key), Msg("profile.zone", what=what,
                                                   value=value)) from None
        return value

    def region(self, data: Located, key: str, what: Msg) -> str | None:
        value = self.string(data, key, what, optional=True)
        if value is None:
            return None
        if not re.match(_REGION, value):
            raise self.fail(data.line_of(key), Msg("profile.region", what=what, value=value))
        import holidays

        if value not in holidays.list_supported_countries():
            raise self.fail(data.line_of(key), Msg("profile.region-holidays", what=what,
                                                   value=value))
        return value

    def https(self, value: str, line: int, what: Msg) -> str:
        from urllib.parse import urlsplit

        if any(ch.isspace() for ch in value):
            raise self.fail(line, Msg("profile.link-spaces", what=what, value=value))
        parts = urlsplit(value)
        if parts.scheme != "https":
            raise self.fail(line, Msg("profile.link-https", what=what, value=value))
        host = (parts.hostname or "").lower()
        if "@" in parts.netloc or not re.match(_HOST, host):
            raise self.fail(line, Msg("profile.link-host", what=what, value=value))
        return value

    # -- the profile

    def profile(self, data: Located, *, source: str, builtin: bool,
                expect_name: str | None) -> Profile:
        from ..diagnosis.yamlsrc import Located, LocatedList

        what = Msg("where.profile")
        self.keys(data, _PROFILE_KEYS, what)
        name = self.string(data, "name", what)
        assert name is not None
        if not re.match(_NAME, name):
            raise self.fail(data.line_of("name"), Msg("profile.name", name=name))
        if expect_name is not None and name != expect_name:
            raise self.fail(data.line_of("name"), Msg("profile.name-file", name=name,
                                                      expected=expect_name))
        title = self.text(data, "title", what)
        assert title is not None
        region = self.region(data, "region", what)
        zone = self.timezone(data, "timezone", what)
        checked = self.checked(data)
        phone_support = self.choice(data, "phone_support", what, PHONE_SUPPORT, "listed")
        custody = self.choice(data, "custody", what, CUSTODY, "provider")
        recovery_phrase = data.get("recovery_phrase", True)
        if not isinstance(recovery_phrase, bool):
            raise self.fail(data.line_of("recovery_phrase"), Msg(
                "profile.not-one-of", what=what, key="recovery_phrase",
                known=Many(("true", "false")), value=recovery_phrase))
        if custody == "self" and not recovery_phrase:
            raise self.fail(data.line_of("recovery_phrase"), Msg("profile.phrase-self"))
        names = tuple(n.lower() for n in self.str_list(data, "names", what))
        domains = tuple(d.lower() for d in self.str_list(
            data, "domains", what, _HOST, Msg("profile.hint-host")))
        domains_confidence = self.choice(data, "domains_confidence", what, CONFIDENCES,
                                         "H")
        sources = self.sources(data)
        warnings = self.notices(data)
        raw = self.required(data, "channels", what)
        if not isinstance(raw, LocatedList):
            raise self.fail(data.line_of("channels"), Msg("profile.not-list", what=what,
                                                          key="channels", type=type_name(raw)))
        channels: list[Channel] = []
        seen: dict[str, int] = {}
        for item, line in zip(raw, raw.lines, strict=True):
            if not isinstance(item, Located):
                raise self.fail(line, Msg("profile.channel-not-mapping", type=type_name(item)))
            channel = self.channel(item, region=region, zone=zone, domains=domains)
            if channel.id in seen:
                raise self.fail(item.line_of("id"), Msg("profile.channel-twice", id=channel.id,
                                                        first=seen[channel.id]))
            seen[channel.id] = item.line_of("id")
            if channel.kind == "phone" and channel.value and phone_support != "listed":
                raise self.fail(item.line_of("value"), Msg("profile.phone-support",
                                                           id=channel.id, value=phone_support))
            channels.append(channel)
        if not channels:
            raise self.fail(data.line_of("channels"), Msg("profile.channels-empty"))
        self.free_texts(data, raw, channels, domains)
        if not sources and any(c.value for c in channels):
            raise self.fail(data.line_of("sources") if "sources" in data else data.line,
                            Msg("profile.needs-sources"))
        return Profile(name=name, title=title, region=region, channels=tuple(channels),
                       sources=sources, checked=checked, path=self.path, source=source,
                       builtin=builtin, phone_support=phone_support,  # type: ignore[arg-type]
                       custody=custody,  # type: ignore[arg-type]
                       recovery_phrase=recovery_phrase,
                       warnings=warnings, names=names, domains=domains, timezone=zone,
                       domains_confidence=domains_confidence)  # type: ignore[arg-type]

    def free_texts(self, data: Located, raw: list[Any], channels: list[Channel],
                   domains: tuple[str, ...]) -> None:
        """Labels, notes, warnings and the title hold no contact detail the channels lack.

        They are read as flow texts are, disguises undone (`walletsupport.contactscan`):
        a note saying "or call 138.0013.8000" would put an unlisted number beside the
        verified ones.
        """
        from ..contactscan import find_contacts
        from ..diagnosis.yamlsrc import Located

        texts: list[tuple[Msg, int, Any]] = [
            (Msg("where.field", what=Msg("where.profile"), field="title"), data.line_of("title"),
             data.get("title"))]
        warnings = data.get("warnings")
        for item, line in zip(warnings or [], getattr(warnings, "lines", []), strict=False):
            if isinstance(item, Located):
                texts.append((Msg("where.warning"),
                              item.line_of("text") if "text" in item else line, item.get("text")))
        for item, channel in zip(raw, channels, strict=True):
            what = Msg("where.channel-id", id=channel.id)
            texts.append((Msg("where.field", what=what, field="label"), item.line_of("label"),
                          item.get("label")))
            if "note" in item:
                texts.append((Msg("where.field", what=what, field="note"), item.line_of("note"),
                              item.get("note")))
        listed = _Listed(channels, domains)
        for what, line, value in texts:
            for text in (value.values() if isinstance(value, dict) else [value]):
                if not isinstance(text, str):
                    continue
                for contact in find_contacts(text):
                    if not listed.holds(contact.kind, contact.value):
                        raise self.fail(line, Msg("faults.profile-unlisted-contact", what=what,
                                                  value=contact.value))

    def checked(self, data: Located) -> date:
        if data.get("checked") is None:
            raise self.fail(data.line, Msg("profile.checked-missing"))
        value = data["checked"]
        text = str(value) if isinstance(value, (str, date)) else ""
        if not re.match(_DATE, text):
            raise self.fail(data.line_of("checked"), Msg("profile.checked-format", value=value))
        try:
            checked = date.fromisoformat(text)
        except ValueError:
            raise self.fail(data.line_of("checked"), Msg("profile.checked-not-date",
                                                         value=text)) from None
        from datetime import timedelta

        # A check dated in the future is a typo or a forgery: either way, not a fact.
        if checked > date.today() + timedelta(days=2):
            raise self.fail(data.line_of("checked"), Msg("profile.checked-future", value=text))
        return checked

    def sources(self, data: Located) -> tuple[Source, ...]:
        from ..diagnosis.yamlsrc import Located, LocatedList

        raw = data.get("sources")
        if raw is None:
            return ()
        if not isinstance(raw, LocatedList):
            raise self.fail(data.line_of("sources"), Msg("profile.sources-list"))
        found: list[Source] = []
        for item, line in zip(raw, raw.lines, strict=True):
            if not isinstance(item, Located):
                raise self.fail(line, Msg("profile.source-mapping"))
            what = Msg("where.source")
            self.keys(item, {"title", "url"}, what)
            title = self.text(item, "title", what)
            url = self.string(item, "url", what, optional=True)
            if url is not None:
                self.https(url, item.line_of("url"), what)
            assert title is not None
            found.append(Source(title, url))
        return tuple(found)

    def notices(self, data: Located) -> tuple[Notice, ...]:
        from ..diagnosis.yamlsrc import Located, LocatedList

        raw = data.get("warnings")
        if raw is None:
            return ()
        if not isinstance(raw, LocatedList):
            raise self.fail(data.line_of("warnings"), Msg("profile.warnings-list"))
        found: list[Notice] = []
        for item, line in zip(raw, raw.lines, strict=True):
            if not isinstance(item, Located):
                raise self.fail(line, Msg("profile.warning-mapping"))
            what = Msg("where.warning")
            self.keys(item, {"text", "confidence", "rule"}, what)
            text = self.text(item, "text", what)
            assert text is not None
            rule = item.get("rule", False)
            if not isinstance(rule, bool):
                raise self.fail(item.line_of("rule"), Msg("profile.warning-rule"))
            if rule:
                # A safety rule holds for every wallet: it is never "unconfirmed".
                if item.get("confidence") is not None:
                    raise self.fail(item.line_of("confidence"), Msg("profile.rule-confidence"))
                found.append(Notice(text, "H", item.line, rule=True))
                continue
            confidence = self.confidence(item, what)
            found.append(Notice(text, confidence, item.line))  # type: ignore[arg-type]
        return tuple(found)

    def confidence(self, data: Located, what: Msg) -> str:
        if data.get("confidence") is None:
            raise self.fail(data.line, Msg("profile.confidence-missing", what=what))
        value = data["confidence"]
        if value not in CONFIDENCES:
            raise self.fail(data.line_of("confidence"), Msg("profile.confidence", what=what,
                                                            value=value))
        return str(value)

    # -- channels

    def channel(self, data: Located, *, region: str | None, zone: str | None,
                domains: tuple[str, ...]) -> Channel:
        cid = self.string(data, "id", Msg("where.channel"))
        assert cid is not None
        if not re.match(_NAME, cid):
            raise self.fail(data.line_of("id"), Msg("profile.channel-id", id=cid))
        what = Msg("where.channel-id", id=cid)
        self.keys(data, _CHANNEL_KEYS, what)
        kind = self.string(data, "kind", what)
        if kind not in CHANNEL_KINDS:
            raise self.fail(data.line_of("kind"), Msg("profile.channel-kind", what=what,
                                                      kind=kind, known=Many(CHANNEL_KINDS)))
        label = self.text(data, "label", what)
        assert label is not None
        note = self.text(data, "note", what, optional=True)
        confidence = self.confidence(data, what)
        own_region = self.region(data, "region", what)
        tags = self.str_list(data, "tags", what)
        for tag, line in zip(tags, data["tags"].lines if tags else [], strict=False):
            if tag not in TAGS:
                raise self.fail(line, Msg("profile.tag", what=what, tag=tag, known=Many(TAGS)))
        languages = self.str_list(data, "languages", what, _LANGUAGE, Msg("profile.hint-lang"))
        value, e164 = self.value(data, what, kind, own_region or region, domains)
        if value is None and note is None:
            raise self.fail(data.line, Msg("profile.needs-note", what=what))
        channel_zone = self.timezone(data, "timezone", what) or zone
        calendar = self.choice(data, "calendar", what, CALENDARS, "weekly")
        hours, always = self.hours(data, what)
        if hours is not None and channel_zone is None:
            raise self.fail(data.line_of("hours"), Msg("profile.hours-zone", what=what))
        if calendar == "working-days" and (hours is None or not (own_region or region)):
            raise self.fail(data.line_of("calendar"), Msg("profile.working-days", what=what))
        return Channel(id=cid, kind=kind, label=label, value=value,  # type: ignore[arg-type]
                       hours=hours, always_open=always, timezone=channel_zone,
                       calendar=calendar, region=own_region,  # type: ignore[arg-type]
                       languages=languages, note=note,
                       confidence=confidence, tags=tags, e164=e164,  # type: ignore[arg-type]
                       line=data.line)

    def value(self, data: Located, what: Msg, kind: str, region: str | None,
              domains: tuple[str, ...]) -> tuple[str | None, str | None]:
        if data.get("value") is None:
            return None, None
        raw = data["value"]
        line = data.line_of("value")
        if not isinstance(raw, str) or not raw.strip():
            quote = "-quote" if isinstance(raw, (int, float)) else ""
            raise self.fail(line, Msg(f"profile.not-text{quote}", what=what, key="value",
                                      type=type_name(raw)))
        value = raw.strip()
        from ..contactscan import unmask

        if unmask(value) != value:  # full-width digits, a zero-width space, ＠, 。 ...
            raise self.fail(line, Msg("faults.profile-disguised-value", what=what,
                                      plain=unmask(value)))
        if kind == "in-app":
            raise self.fail(line, Msg("profile.in-app-value", what=what))
        if kind == "phone":
            return value, self.phone(value, line, what, region)
        if kind == "email":
            if not re.match(_EMAIL, value):
                raise self.fail(line, Msg("profile.email", what=what, value=value))
            return value, None
        self.https(value, line, what)
        if kind in ("chat", "web-form") and domains:
            from urllib.parse import urlsplit

            host = (urlsplit(value).hostname or "").lower()
            if not any(host == d or host.endswith("." + d) for d in domains):
                raise self.fail(line, Msg("profile.link-domain", what=what, host=host,
                                          known=Many(domains)))
        return value, None

    def phone(self, value: str, line: int, what: Msg, region: str | None) -> str:
        import phonenumbers
        from phonenumbers import shortnumberinfo

        try:
            number = phonenumbers.parse(value, region)
        except phonenumbers.NumberParseException:
            hint = "" if region or value.startswith("+") else "-hint"
            raise self.fail(line, Msg(f"profile.phone{hint}", what=what, value=value)) from None
        plausible = phonenumbers.is_valid_number(number)
        if not plausible and region is not None and value.lstrip()[:1] != "+":
            plausible = shortnumberinfo.is_valid_short_number_for_region(number, region)
        if not plausible:
            raise self.fail(line, Msg("profile.phone-region", what=what, value=value,
                                      region=region) if region else
                            Msg("profile.phone", what=what, value=value))
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)

    def hours(self, data: Located, what: Msg) -> tuple[tuple[Hours, ...] | None, bool]:
        from ..diagnosis.yamlsrc import Located, LocatedList

        raw = data.get("hours")
        line = data.line_of("hours")
        if raw is None:
            return None, False
        if raw == "24/7":
            return None, True
        if not isinstance(raw, LocatedList) or not raw:
            raise self.fail(line, Msg("profile.hours", what=what))
        found: list[Hours] = []
        for item, at in zip(raw, raw.lines, strict=True):
            if not isinstance(item, Located):
                raise self.fail(at, Msg("profile.hours-entry", what=what))
            hours_what = Msg("where.hours", what=what)
            self.keys(item, {"days", "time"}, hours_what)
            days = _parse_days(self.string(item, "days", hours_what) or "")
            if days is None:
                raise self.fail(item.line_of("days"), Msg("profile.days", what=what,
                                                          value=item["days"]))
            span = _parse_span(self.string(item, "time", hours_what) or "")
            if span is None:
                raise self.fail(item.line_of("time"), Msg("profile.time", what=what,
                                                          value=item["time"]))
            found.append(Hours(days, span[0], span[1], item.line))
        return tuple(found), False


class _Listed:
    """What a profile's channels list: numbers, hosts, mailboxes and accounts."""

    def __init__(self, channels: Sequence[Channel], domains: Sequence[str]) -> None:
        from urllib.parse import urlsplit

        self.digits: set[str] = set()
        self.hosts = {d.lower() for d in domains}
        self.mailboxes: set[str] = set()
        self.accounts: set[str] = set()
        for channel in channels:
            value = channel.value or ""
            if not value:
                continue
            if channel.kind == "phone":
                self.digits |= {re.sub(r"\D", "", value), re.sub(r"\D", "", channel.e164 or "")}
            elif channel.kind == "email":
                self.mailboxes.add(value.lower())
                self.hosts.add(value.rpartition("@")[2].lower())
            else:
                parts = urlsplit(value)
                self.hosts.add((parts.hostname or "").lower())
                segments = [s for s in parts.path.lower().split("/") if s]
                if segments:
                    self.accounts.add(segments[-1].lstrip("@"))
        self.digits.discard("")

    def holds(self, kind: str, value: str) -> bool:
        """Whether the contact `value` (of `kind`, as `contactscan` reads it) is listed."""
        from urllib.parse import urlsplit

        low = value.lower().rstrip(".")
        if kind == "phone":
            digits = re.sub(r"\D", "", value)
            national = digits.lstrip("0")
            return digits in self.digits or (len(national) >= 7 and any(
                d.endswith(national) for d in self.digits))
        if kind == "ip":
            return False
        if kind == "handle":
            return low.lstrip("@") in self.accounts
        if kind == "email":
            return low in self.mailboxes or self._on(low.rpartition("@")[2])
        host = (urlsplit(low if "://" in low else "https://" + low).hostname or "")
        return self._on(host)

    def _on(self, host: str) -> bool:
        host = host.removeprefix("www.")
        return any(host == h or host.endswith("." + h) for h in self.hosts if h)


def _parse_days(text: str) -> tuple[int, ...] | None:
    text = text.strip().lower()
    if text == "daily":
        return tuple(range(7))
    days: list[int] = []
    for part in text.replace(" ", "").split(","):
        first, _, last = part.partition("-")
        if first not in WEEKDAYS or (last and last not in WEEKDAYS):
            return None
        start = WEEKDAYS.index(first)
        stop = WEEKDAYS.index(last) if last else start
        day = start
        while True:  # a range may wrap the week end, e.g. fri-mon
            if day not in days:
                days.append(day)
            if day == stop:
                break
            day = (day + 1) % 7
    return tuple(sorted(days))


def _parse_time(text: str, *, end: bool) -> time | None | Literal[False]:
    match = re.match(_TIME, text.strip())
    if not match:
        return False
    hour, minute = int(match.group(1)), int(match.group(2))
    if end and (hour, minute) == (24, 0):
        return None
    if hour > 23 or minute > 59:
        return False
    return time(hour, minute)


def _parse_span(text: str) -> tuple[time, time | None] | None:
    text = text.strip().lower()
    if text == "24h":
        return time(0, 0), None
    first, sep, last = text.partition("-")
    if not sep:
        return None
    start = _parse_time(first, end=False)
    stop = _parse_time(last, end=True)
    if start is False or start is None or stop is False:
        return None
    if stop is not None and stop <= start:
        return None
    return start, stop


# --------------------------------------------------------------------------- ranking


# --------------------------------------------------------------------------- views


