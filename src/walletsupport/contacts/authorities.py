"""Where a scam victim reports and gets help, by region: police and anti-fraud lines.

One YAML file per region in the packaged ``authorities/`` folder (format:
docs/authorities.md), like a contact profile: every number and site with its
confidence, the sources and the date checked, validated once on load. Nothing
here invents a contact: a region without a file gets no number, only where to
look. The region comes from `resolve_region` (``--region``,
``WALLETSUPPORT_REGION``, the config, the locale, then the user's time zone).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from ..errors import Msg, ProfileError
from ..frozen import frozen

if TYPE_CHECKING:
    from ..diagnosis.model import Text
    from ..diagnosis.yamlsrc import Located
    from .model import Source

__all__ = ["KINDS", "Authority", "Contact", "authorities_dir", "find_authority", "known_regions",
           "load_authority", "parse_authority", "region_from_locale", "region_from_zone",
           "resolve_region"]

#: What a contact is: a number to call, a site to type, an app to install, a place to go.
KINDS = ("phone", "web", "app", "in-person")
_REGION = r"^[A-Z]{2}$"
_PHONE = r"^\+?[0-9](?:[0-9 \-]{0,18}[0-9])?$"
_HOST = r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$"
_KEYS = {"region", "title", "checked", "sources", "contacts"}
_CONTACT_KEYS = {"id", "kind", "label", "value", "note", "payee_note", "hours", "confidence"}
#: Territories whose locale names them (zh_CN → CN); English alone names no region.
_LOCALE = re.compile(r"^[a-z]{2,3}[_-]([A-Za-z]{2})\b")


@frozen
class Contact:
    """One official way to report a scam or get help: a number, a site, an app or a place."""

    id: str
    kind: Literal["phone", "web", "app", "in-person"]
    label: Text
    value: str | None = None
    note: Text | None = None
    hours: Text | None = None
    confidence: Literal["H", "M"] = "H"
    line: int = 0
    #: Shown instead of `note` when money went to someone's account (a scam transfer):
    #: what to give the police so that payment can be stopped.
    payee_note: Text | None = None


@frozen
class Authority:
    """A region's authorities for scam victims, where the facts come from and when checked."""

    region: str
    title: Text
    contacts: tuple[Contact, ...]
    sources: tuple[Source, ...]
    checked: date
    path: str


def authorities_dir() -> Path:
    """The packaged authorities folder (in the wheel, or the source checkout)."""
    from ..paths import data_dir

    return data_dir("authorities")


def known_regions() -> list[str]:
    """The regions with verified authority data on file."""
    return sorted(p.stem.upper() for p in authorities_dir().glob("*.yaml"))


def load_authority(region: str) -> Authority | None:
    """The authorities of `region` (``CN``), or None when none are on file."""
    code = region.strip().upper()
    if not re.match(_REGION, code):
        return None
    path = authorities_dir() / f"{code.lower()}.yaml"
    if not path.is_file():
        return None
    return parse_authority(path)


def find_authority(value: str) -> tuple[Authority, Contact] | None:
    """The authority whose number or site `value` is (``96110``, ``https://ic3.gov/x``)."""
    text = value.strip().lower()
    digits = re.sub(r"\D", "", text)
    host = re.sub(r"^[a-z]+://", "", text).split("/")[0].split(":")[0].strip(".")
    is_phone = re.fullmatch(r"\+?[\d\s().\-]+", text) is not None
    for region in known_regions():
        authority = load_authority(region)
        if authority is None:
            continue
        for contact in authority.contacts:
            if contact.value is None:
                continue
            if contact.kind == "phone" and is_phone and digits == re.sub(r"\D", "",
                                                                          contact.value):
                return authority, contact
            if contact.kind == "web" and not is_phone and (
                    host == contact.value or host.endswith("." + contact.value)):
                return authority, contact
    return None


def parse_authority(path: Path) -> Authority:
    """Read and validate one authorities file; the first problem is raised as `path:line: ...`."""
    from ..diagnosis.yamlsrc import Located, LocatedList, load_file
    from ..errors import FlowError
    from .loading import _Reader

    shown = str(path)
    try:
        data = load_file(path)
    except ProfileError:
        raise
    except FlowError as exc:
        raise ProfileError(shown, exc.line, exc.msg) from None
    if not isinstance(data, Located):
        raise ProfileError(shown, 1, key="authorities.not-mapping")
    reader = _Reader(shown)
    what = Msg("where.authorities")
    reader.keys(data, _KEYS, what)
    region = reader.string(data, "region", what)
    if region is None or not re.match(_REGION, region):
        raise reader.fail(data.line_of("region"), Msg("authorities.region", value=region))
    if path.stem.upper() != region:
        raise reader.fail(data.line_of("region"), Msg("authorities.region-file", region=region,
                                                      file=path.name))
    title = reader.text(data, "title", what)
    checked = reader.checked(data)
    sources = reader.sources(data)
    if not sources:
        raise reader.fail(data.line, Msg("authorities.sources"))
    raw = data.get("contacts")
    if not isinstance(raw, LocatedList) or not raw:
        raise reader.fail(data.line_of("contacts") if "contacts" in data else data.line,
                          Msg("authorities.contacts"))
    contacts: list[Contact] = []
    seen: set[str] = set()
    for item, line in zip(raw, raw.lines, strict=True):
        if not isinstance(item, Located):
            raise reader.fail(line, Msg("authorities.contact-mapping"))
        contacts.append(_contact(reader, item, seen))
    assert title is not None
    return Authority(region, title, tuple(contacts), sources, checked, shown)


def _contact(reader: object, item: Located, seen: set[str]) -> Contact:
    from .loading import _Reader

    assert isinstance(reader, _Reader)
    what = Msg("where.contact")
    reader.keys(item, _CONTACT_KEYS, what)
    ident = reader.string(item, "id", what)
    assert ident is not None
    if ident in seen:
        raise reader.fail(item.line_of("id"), Msg("authorities.contact-twice", id=ident))
    seen.add(ident)
    kind = reader.choice(item, "kind", what, KINDS, "")
    value = reader.string(item, "value", what, optional=True)
    if value is not None:
        pattern = {"phone": _PHONE, "web": _HOST}.get(kind)
        if pattern is not None and not re.match(pattern, value):
            raise reader.fail(item.line_of("value"), Msg(f"authorities.value-{kind}", id=ident,
                                                         value=value))
    elif kind in ("phone", "web"):
        raise reader.fail(item.line, Msg("authorities.needs-value", id=ident, kind=kind))
    label = reader.text(item, "label", what)
    assert label is not None
    return Contact(ident, kind, label, value,  # type: ignore[arg-type]
                   reader.text(item, "note", what, optional=True),
                   reader.text(item, "hours", what, optional=True),
                   reader.confidence(item, what), item.line,  # type: ignore[arg-type]
                   reader.text(item, "payee_note", what, optional=True))


def region_from_locale(environ: Mapping[str, str]) -> str | None:
    """The territory a locale names (``zh_CN.UTF-8`` → CN), if any."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            found = _LOCALE.match(value)
            return found.group(1).upper() if found else None
    return None


#: Zones whose country the tables may not name (old links); the tables name the rest.
_ZONE_LINKS = {"PRC": "CN", "Asia/Chongqing": "CN", "Asia/Chungking": "CN", "Asia/Harbin": "CN",
               "Hongkong": "HK", "ROC": "TW", "Singapore": "SG", "GB": "GB", "Eire": "IE",
               "Europe/Belfast": "GB", "Asia/Macao": "MO"}
#: Zones that name no place: servers and containers run on them wherever their users are.
_PLACELESS = re.compile(r"^(?:Etc/.*|UTC|UCT|GMT.*|Zulu|Universal|Greenwich)$")


def region_from_zone(zone: str | None) -> str | None:
    """The country a time zone is in (Europe/Berlin → DE), from the system's zone.tab.

    None for a zone that names no place (UTC, Etc/GMT+3) or that no table lists.
    """
    if not zone or _PLACELESS.match(zone):
        return None
    if zone in _ZONE_LINKS:
        return _ZONE_LINKS[zone]
    return _zone_countries().get(zone) or ("US" if zone.startswith("US/") else None)


def _zone_countries() -> dict[str, str]:
    """Zone → country code, from the first zone.tab on the zone search path."""
    import zoneinfo

    for folder in zoneinfo.TZPATH:
        # zone.tab first: one country a line, every country's zones (Europe/Oslo is NO);
        # zone1970.tab folds zones alike since 1970 into one (Oslo is only Berlin's link).
        for name in ("zone.tab", "zone1970.tab"):
            try:
                text = (Path(folder) / name).read_text(encoding="utf-8")
            except OSError:
                continue
            table: dict[str, str] = {}
            for line in text.splitlines():
                fields = line.split("\t")
                if len(fields) >= 3 and not line.startswith("#"):
                    # zone1970.tab lists every country sharing a zone ("DE,DK,NO,SE,SJ"):
                    # the first is the one the zone is named after.
                    table[fields[2]] = fields[0].split(",")[0]
            if table:
                return table
    return {}


def resolve_region(option: str | None, environ: Mapping[str, str],
                   config: Mapping[str, object], wallet_region: str | None,
                   zone: str | None = None) -> str | None:
    """The user's region, or None when nothing says.

    From ``--region``, ``WALLETSUPPORT_REGION``, the config, the locale, the user's
    time zone (Europe/Berlin → DE), then `wallet_region`: a caller that needs where
    the user IS (the police) passes None there, since a wallet serves people of
    many countries (Coinbase's profile says US for its holidays).
    """
    for value in (option, environ.get("WALLETSUPPORT_REGION"), config.get("region")):
        if isinstance(value, str) and value.strip():
            return value.strip().upper()
    return region_from_locale(environ) or region_from_zone(zone) or wallet_region
