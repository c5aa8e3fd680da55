"""The contact screens: channels with their hours, a contact check's verdict, profiles.

Everything is readable without colour: recommended channels carry a ★ and the
word, unconfirmed facts "(unconfirmed)", warnings the word WARNING; colour only adds
emphasis. Tables keep to three or four columns so that they fit 80 columns.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from rich.markup import escape
from rich.table import Table
from rich.text import Text as RichText

from ..errors import t_list
from ..i18n import pick, t

if TYPE_CHECKING:
    from rich.console import Console

    from ..contacts.check import Reason, Verdict
    from ..contacts.hours import Availability
    from ..contacts.model import Channel, Hours, Profile

__all__ = [
    "render_authority_verdict",
    "render_channels",
    "render_contact_verdict",
    "render_profile",
    "render_profile_list",
    "render_secret_value",
    "reason_text",
    "source_label",
    "zone_label",
]

_STALE_DAYS = 365


# --------------------------------------------------------------------------- small texts


_LITERAL_FIELDS = ("value", "official", "shown", "host", "domain", "path", "ascii", "unicode",
                   "name")


def _say(key: str, lang: str, **fields: object) -> str:
    """A catalog message with Chinese–Latin spacing, leaving the user's literal values intact."""
    from ..contacts.views import spaced

    literal = {k: str(v) for k, v in fields.items() if k in _LITERAL_FIELDS}
    text = t(key, lang, **{**fields, **{k: f"\x00{k}\x00" for k in literal}})
    text = spaced(text, lang)
    for name, value in literal.items():
        text = text.replace(f"\x00{name}\x00", value)
    return text


def source_label(profile: Profile, lang: str) -> str:
    """Where a profile comes from: built-in, a content package, or its file path."""
    if profile.builtin:
        return t("profiles.source.builtin", lang)
    if profile.source.startswith("package "):
        return t("profiles.source.package", lang, name=profile.source.removeprefix("package "))
    return profile.path


def _days(weekdays: Sequence[int], lang: str) -> str:
    if len(weekdays) == 7:
        return t("contacts.days.daily", lang)
    groups: list[list[int]] = []
    for day in sorted(weekdays):
        if groups and groups[-1][-1] == day - 1:
            groups[-1].append(day)
        else:
            groups.append([day])
    parts = []
    for group in groups:
        names = [t(f"contacts.day.{d}", lang) for d in group]
        if len(group) >= 3:
            parts.append(t("contacts.days.range", lang, first=names[0], last=names[-1]))
        else:
            parts.extend(names)
    return t("contacts.days.sep", lang).join(parts)


def _hours_entry(entry: Hours, lang: str) -> str:
    end = "24:00" if entry.end is None else entry.end.strftime("%H:%M")
    return t("contacts.hours.entry", lang, days=_days(entry.weekdays, lang),
             start=entry.start.strftime("%H:%M"), end=end)


def _hours_lines(channel: Channel, lang: str) -> list[str]:
    if channel.always_open:
        lines = [t("contacts.hours.always", lang)]
    elif channel.hours is None:
        return [t("contacts.hours.unknown", lang)]
    else:
        lines = [_hours_entry(h, lang) for h in channel.hours]
    if channel.timezone and not channel.always_open:
        lines[-1] = t("contacts.hours.with-zone", lang, hours=lines[-1],
                      zone=zone_label(channel.timezone, lang))
    if channel.calendar == "working-days":
        lines.append(t("contacts.hours.working-days", lang))
    return lines


def zone_label(zone: str, lang: str) -> str:
    """A time zone as people say it: 北京时间, 曼谷时间, Berlin time; else "<zone> time"."""
    return _named_zone(zone, lang) or t("zone.any", lang, zone=zone)


def _named_zone(zone: str, lang: str) -> str | None:
    """A zone's name in the reader's words; None where Chinese has none (never an English id)."""
    try:
        return t(f"zone.{zone}", lang)
    except KeyError:
        if lang != "zh":
            return None
        from ..diagnosis.dates import zone_place

        place = zone_place(zone, lang)
        return None if place == zone else place


def _moment(moment: datetime, now: datetime, lang: str) -> str:
    """A time relative to `now`: today 09:00, tomorrow 09:00, Mon 5 Oct 09:00."""
    local = moment.astimezone(now.tzinfo)
    hm = local.strftime("%H:%M")
    days = (local.date() - now.date()).days
    if days == 0:
        return t("contacts.time.today", lang, hm=hm)
    if days == 1:
        return t("contacts.time.tomorrow", lang, hm=hm)
    months = t("contacts.months", lang).split()
    return t("contacts.time.date", lang, weekday=t(f"contacts.day.{local.weekday()}", lang),
             day=local.day, month=months[local.month - 1], hm=hm)


def _with_provider_time(moment: datetime, now: datetime, zone: str | None, lang: str) -> str:
    text = _moment(moment, now, lang)
    if zone and moment.utcoffset() != moment.astimezone(now.tzinfo).utcoffset():
        text = t("contacts.time.with-provider", lang, time=text, hm=moment.strftime("%H:%M"),
                 zone=zone_label(zone, lang))
    return text


def _now_lines(found: Availability, now: datetime, lang: str) -> list[str]:
    lines: list[str] = []
    if found.status == "always-open":
        lines.append(t("contacts.now.always", lang))
    elif found.status == "unknown":
        pass  # "Hours not published" above already says it
    elif found.status == "open":
        if found.closes_at is not None and found.closes_at - now < timedelta(days=2):
            lines.append(t("contacts.now.open-until", lang, time=_with_provider_time(
                found.closes_at, now, found.timezone, lang)))
        else:
            lines.append(t("contacts.now.open", lang))
    elif found.next_open is not None:
        lines.append(t("contacts.now.opens", lang, time=_with_provider_time(
            found.next_open, now, found.timezone, lang)))
    else:
        lines.append(t("contacts.now.closed", lang))
    if found.status == "always-open":
        return lines  # open day and night: "working hours are fastest" would contradict it
    # Hours not published: "working hours are fastest" would read as hours of its own.
    peak = ("off-peak", "weekend") if found.status == "unknown" else ("peak", "off-peak", "weekend")
    if found.speed == "holiday":
        name = pick(found.holiday, lang) if found.holiday is not None else "?"
        lines.append(t("contacts.speed.holiday", lang, name=name))
    elif found.speed in peak:
        lines.append(t(f"contacts.speed.{found.speed}", lang))
    if found.makeup_workday and found.day == "workday":
        lines.append(t("contacts.speed.makeup", lang))
    return lines


def _languages(channel: Channel, lang: str) -> str | None:
    if not channel.languages:
        return None
    names = []
    for code in channel.languages:
        key = f"contacts.lang.{code}"
        try:
            names.append(t(key, lang))
        except KeyError:
            names.append(code)
    return t("contacts.languages", lang, langs=t("contacts.days.sep", lang).join(names))


def _outside_warning(console: Console, profile: Profile, lang: str) -> None:
    if not profile.builtin:
        _para(console, t("contacts.outside", lang, path=profile.path), lang, "bold red")


# --------------------------------------------------------------------------- wrapping

def _fit(text: str, width: int | None, lang: str) -> str:
    """`text` wrapped to `width` when it is Chinese; rich wraps other languages well."""
    if lang != "zh" or width is None or width < 4:
        return text
    from ..wrapping import wrap

    return "\n".join(w for line in text.split("\n") for w in wrap(line, width))


def _cell(pieces: Sequence[tuple[str, str]], width: int | None, lang: str) -> RichText:
    """Styled pieces, one below the other, fitted to a column `width`."""
    cell = RichText()
    for index, (text, style) in enumerate(pieces):
        cell.append(("\n" if index else "") + _fit(text, width, lang), style=style)
    return cell


def _para(console: Console, text: str, lang: str, style: str = "") -> None:
    console.print(RichText(_fit(text, console.width, lang), style=style))


def _bullets(console: Console, mark: str, items: Sequence[str], lang: str) -> None:
    """A list whose wrapped lines stay indented under their text."""
    width = max(console.width - len(mark) - 2, 10)
    grid = Table.grid(padding=(0, 1), pad_edge=False)
    grid.add_column(no_wrap=True, width=len(mark) + 1, justify="right")
    grid.add_column(width=width if lang == "zh" else None)
    for item in items:
        grid.add_row(mark, RichText(_fit(item, width, lang)))
    console.print(grid)


# --------------------------------------------------------------------------- channels


def _widths(console: Console, mark: int) -> tuple[int, int, int] | None:
    """Widths of the channel, contact and when columns, or None on a very narrow console.

    In plain mode a row is read as a list, so nothing is wrapped to a column.
    """
    from . import is_plain

    if is_plain(console):
        return None
    inner = console.width - 11 - mark  # five borders, three paddings of two
    if inner < 42:
        return None
    channel = inner * 3 // 12
    contact = inner * 5 // 12
    return channel, contact, inner - channel - contact


class _Grid:
    """The channels table with its column widths fixed: rich's `Table` as it draws it, cheaper.

    With every width known, rich's `Table` still renders each cell through two layers
    (its padding, then the cell, each splitting and padding the lines again) and
    reshapes every cell; drawing the table was 36M of the 466M instructions of
    `contacts --profile coinbase` (issue #16). This draws the same lines (title in
    bold on the left, heavy head, a rule between rows, `#` right-aligned, cells
    folded to their width by rich's own `Text.wrap`, no padding at the outer edges)
    with the same styles and boxes (ASCII ones where the output needs them), about
    8M instructions fewer. `tests/test_cli_contacts.py` checks it against `Table`
    byte for byte.
    """

    def __init__(self, title: str, headers: Sequence[str], widths: Sequence[int],
                 rows: Sequence[Sequence[RichText]]) -> None:
        self.title = title
        self.headers = headers
        self.widths = widths
        self.rows = rows

    def __rich_console__(self, console: Console, options: Any) -> Any:
        from rich import box
        from rich.segment import Segment
        from rich.style import Style

        last = len(self.widths) - 1
        pads = [(0 if index == 0 else 1, 0 if index == last else 1)
                for index in range(len(self.widths))]
        full = [width + left + right
                for width, (left, right) in zip(self.widths, pads, strict=True)]
        options = options.update(width=sum(full) + len(full) + 1, highlight=False, height=None)
        title = console.render_str(self.title, style="bold", highlight=False)
        yield from console.render(title, options=options.update(justify="left"))
        null = Style.null()
        header_style = console.get_style("table.header")
        boxes = box.HEAVY_HEAD.substitute(options, safe=console.safe_box)
        new_line = Segment.line()
        yield Segment(boxes.get_top(full), null)
        yield new_line
        cells: list[tuple[Any, Style, str]] = [(header, header_style, "bottom")
                                               for header in self.headers]
        sides = [(boxes.head_left, boxes.head_right, boxes.head_vertical),
                 (boxes.mid_left, boxes.mid_right, boxes.mid_vertical),
                 (boxes.foot_left, boxes.foot_right, boxes.foot_vertical)]
        for index in range(len(self.rows) + 1):
            if index:
                cells = [(cell, null, "top") for cell in self.rows[index - 1]]
            drawn = []
            for column, (cell, style, vertical) in enumerate(cells):
                left, right = pads[column]
                width = self.widths[column]
                # What rich's Text does inside a table cell, line by line: folded to the
                # column, each line rendered and padded to its width.
                text = console.render_str(cell, highlight=False) if isinstance(cell, str) else cell
                wrapped = text.wrap(
                    console, width, justify=text.justify or ("right" if column == 0 else "left"),
                    overflow=text.overflow or ("ellipsis" if column == 0 else "fold"),
                    tab_size=(console.tab_size if text.tab_size is None else text.tab_size) or 8,
                    no_wrap=bool(text.no_wrap))
                lines = [Segment.adjust_line_length(list(line.render(console)), width, style=null)
                         for line in wrapped]
                padded = [[*([Segment(" " * left, null)] if left else []), *line,
                           *([Segment(" " * right, null)] if right else [])] for line in lines]
                if style:
                    padded = [list(Segment.apply_style(line, style)) for line in padded]
                drawn.append((padded, style, vertical))
            height = max(len(lines) for lines, _, _ in drawn)
            shaped = []
            for width, (lines, style, vertical) in zip(full, drawn, strict=True):  # full lines
                blank = [[Segment(" " * width, style)]] * (height - len(lines))
                shaped.append(blank + lines if vertical == "bottom" else lines + blank)
            first_row, last_row = index == 0, index == len(self.rows)
            left_side, right_side, divider = sides[0 if first_row else (2 if last_row else 1)]
            for line_no in range(height):
                yield Segment(left_side, null)
                for column, lines in enumerate(shaped):
                    yield from lines[line_no]
                    if column != last:
                        yield Segment(divider, null)
                yield Segment(right_side, null)
                yield new_line
            if first_row:
                yield Segment(boxes.get_row(full, "head", edge=True), null)
                yield new_line
            elif not last_row:
                yield Segment(boxes.get_row(full, "row", edge=True), null)
                yield new_line
        yield Segment(boxes.get_bottom(full), null)
        yield new_line


def render_channels(console: Console, profile: Profile, ranked: Sequence[tuple[Channel, bool]],
                    *, now: datetime, lang: str, at: bool = False, urgent: bool = False) -> None:
    """The "Contact channels" table: each channel, its hours, whether it is open, how fast.

    Followed by the profile's warnings, where its data comes from, and the
    legends. A profile that did not ship with walletsupport is labelled with
    its path above and in the table's title. With `at`, says the moment shown
    was asked for (``--when``).
    """
    from rich.cells import cell_len

    from ..contacts.hours import PEAK_HOURS, availability
    from ..contacts.views import profile_warnings, spaced

    title = pick(profile.title, lang)
    heading = t("contacts.heading", lang, title=title)
    if not profile.builtin:
        heading += "  [" + t("contacts.outside-short", lang, path=profile.path) + "]"
    _outside_warning(console, profile, lang)
    recommended_mark = t("contacts.recommended", lang)
    any_recommended = any(recommended for _, recommended in ranked)
    mark_width = max(cell_len(recommended_mark) if any_recommended else 1, len(str(len(ranked))))
    widths = _widths(console, mark_width)
    w_channel, w_contact, w_when = widths or (None, None, None)
    headers = ("#", t("contacts.col.channel", lang), t("contacts.col.contact", lang),
               t("contacts.col.when", lang))
    rows: list[tuple[RichText, ...]] = []
    any_m = False
    below: list[tuple[int, str]] = []
    for number, (channel, recommended) in enumerate(ranked, 1):
        mark = [(str(number), "")] + ([(recommended_mark, "bold green")] if recommended else [])
        label = pick(channel.label, lang)
        what = [(t(f"contacts.kind.{channel.kind}", lang), "bold"), (label, "")]
        if channel.confidence == "M":
            any_m = True
            what.append((t("contacts.confidence-m", lang), "yellow"))
        # A tag the label already says ("帮助中心" under "帮助中心") is not said twice.
        # The note of a `safety-note` channel is always in the next column: no word for it.
        tags = (t(f"contacts.tag.{tag}", lang) for tag in channel.tags if tag != "safety-note")
        what += [(tag, "italic") for tag in tags if tag.casefold() not in label.casefold()]
        value = channel.value or t("contacts.no-value", lang)
        if w_contact is not None and cell_len(value) > w_contact:
            # Never split a number or an address across lines: it goes below the table, whole.
            below.append((number, value))
            value = t("contacts.value-below", lang, number=number)
        contact = [(value, "bold")]
        if channel.note is not None:
            contact.append((pick(channel.note, lang), ""))
        langs = _languages(channel, lang)
        if langs:
            contact.append((langs, "dim"))
        found = availability(channel, profile, now)
        status_style = {"open": "green", "always-open": "green", "closed": "red"}.get(
            found.status, "")
        now_lines = _now_lines(found, now, lang)
        when = [(line, "") for line in _hours_lines(channel, lang)]
        when += [(line, status_style if i == 0 else "") for i, line in enumerate(now_lines)]
        rows.append((_cell(mark, None, lang), _cell(what, w_channel, lang),
                     _cell(contact, w_contact, lang), _cell(when, w_when, lang)))
    if widths is not None:
        console.print(_Grid(escape(heading), headers, (mark_width, *widths), rows))
    else:
        table = Table(title=escape(heading), title_justify="left", title_style="bold",
                      show_lines=True, expand=False, pad_edge=False)
        table.add_column(headers[0], justify="right")
        for header in headers[1:]:
            table.add_column(header, overflow="fold")
        for row in rows:
            table.add_row(*row)
        console.print(table)
    for number, value in below:
        console.print(RichText(f"{number}. ", style="bold") + RichText(value, style="bold"),
                      soft_wrap=True)
    warnings = profile_warnings(profile, lang)
    if warnings:
        key = "contacts.warnings.generic" if profile.name == "generic" else "contacts.warnings"
        _para(console, spaced(t(key, lang, title=title), lang), lang, "bold")
        items = []
        for text, confidence in warnings:
            if confidence == "M":  # a fact about the provider, never a safety rule
                any_m = True
                text += (" " if lang == "en" else "") + t("contacts.confidence-m", lang)
            items.append(text)
        _bullets(console, "!", items, lang)
    # A best time only where it helps: not on an urgent problem (urgent whatever the hour),
    # and not when every channel for a case is open day and night.
    timed = any(c.for_cases and not c.always_open for c, _ in ranked)
    if not urgent and timed:
        ranges = t("contacts.best-time.join", lang).join(
            f"{a.strftime('%H:%M')}–{b.strftime('%H:%M')}" for a, b in PEAK_HOURS)
        _para(console, t("contacts.best-time", lang, ranges=ranges), lang)
    elif urgent:
        _para(console, t("contacts.urgent-any-hour", lang), lang, "bold")
    if at:
        _para(console, t("contacts.at", lang, when=now.strftime("%Y-%m-%d %H:%M")), lang)
    _para(console, t("contacts.times-in", lang, zone=_zone_name(now, lang)), lang, "dim")
    if any_recommended:
        _para(console, t("contacts.legend.recommended", lang), lang, "dim")
    if any_m:
        _para(console, t("contacts.legend.m", lang), lang, "dim")
    _checked(console, profile, now, lang)


def _zone_name(now: datetime, lang: str) -> str:
    """The user's zone as people say it, with its offset: 北京时间，UTC+08:00."""
    key = getattr(now.tzinfo, "key", None)
    offset = now.strftime("%z")
    utc = f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"
    named = (_named_zone(key, lang) if lang == "zh" else zone_label(key, lang)) if key else None
    return t("contacts.zone-offset", lang, zone=named, offset=utc) if named else utc


def _checked(console: Console, profile: Profile, now: datetime, lang: str) -> None:
    day = profile.checked.isoformat()
    if profile.sources:
        sources = t("contacts.sources.sep", lang).join(
            pick(s.title, lang) + (f" <{s.url}>" if s.url else "") for s in profile.sources)
        _para(console, t("contacts.checked", lang, date=day, sources=sources), lang, "dim")
    else:
        _para(console, t("contacts.checked.none", lang, date=day), lang, "dim")
    age = (now.date() - profile.checked).days
    if age > _STALE_DAYS:
        _para(console, t("contacts.stale", lang, days=age), lang, "yellow")


# --------------------------------------------------------------------------- verdicts


def reason_text(reason: Reason, active: Profile | None, lang: str) -> str:
    """One reason a contact looks wrong, in `lang`."""
    owner = pick(reason.profile.title, lang) if reason.profile is not None else ""
    code = reason.code
    if code == "not-listed":
        if active is None or active.name == "generic":
            scope = _say("contacts.check.scope.all", lang)
        else:
            scope = _say("contacts.check.scope.both", lang, title=pick(active.title, lang))
        return _say("contacts.reason.not-listed", lang, scope=scope)
    if code in ("lookalike", "homoglyph"):
        return _say(f"contacts.reason.{code}", lang, official=reason.official, title=owner)
    if code == "punycode":
        ascii_name, _, unicode_name = (reason.detail or "").partition(" → ")
        return _say("contacts.reason.punycode", lang, ascii=ascii_name, unicode=unicode_name)
    if code == "name-inside":
        return _say("contacts.reason.name-inside", lang, name=reason.official, title=owner)
    if code == "messaging":
        return _say("contacts.reason.messaging", lang, service=reason.detail)
    if code == "personal-mailbox":
        return _say("contacts.reason.personal-mailbox", lang, domain=reason.detail)
    if code in ("no-phone", "unlisted-phone"):
        return _say(f"contacts.reason.{code}", lang, title=owner)
    if code == "disguised-link":
        return _say("contacts.reason.disguised-link", lang, shown=reason.official,
                    host=reason.detail)
    if code == "ip-address":
        return _say("contacts.reason.ip-address", lang, host=reason.detail)
    return _say(f"contacts.reason.{code}", lang)


def render_authority_verdict(console: Console, value: str, authority: Any, contact: Any,
                             lang: str) -> None:
    """A police or anti-fraud contact on file: whose it is, and that caller ID can be faked."""
    label = pick(contact.label, lang) + (
        (" " if lang == "en" else "") + t("contacts.confidence-m", lang)
        if contact.confidence == "M" else "")
    _para(console, _say("contacts.check.authority", lang, value=value, label=label,
                        region=pick(authority.title, lang)), lang, "bold green")
    for note in (contact.note, contact.payee_note):
        if note is not None:
            _para(console, pick(note, lang), lang)
    if contact.kind == "phone":
        _para(console, t("contacts.check.authority-spoofed", lang), lang, "yellow")
    if contact.confidence == "M":
        _para(console, t("contacts.legend.m.authority", lang), lang, "dim")
    _para(console, t("contacts.check.checked", lang, date=authority.checked.isoformat()), lang,
          "dim")


def render_secret_value(console: Console, shown: str, kinds: Sequence[str], lang: str) -> None:
    """A value given to check-contact holds a secret: say so, with it masked, and why."""
    _para(console, _say("contacts.check.secret", lang, value=shown), lang, "bold red")
    for kind in kinds:
        try:
            _para(console, t(f"redact.notice.{kind}", lang), lang, "yellow")
        except KeyError:  # a kind added to redact later, without its own words yet
            continue
    _para(console, t("contacts.check.advice", lang), lang)


def _inner_quotes(text: str, lang: str) -> str:
    """A label quoted in a Chinese sentence: its own “…” become ‘…’ (nested quotes)."""
    return text.replace("“", "‘").replace("”", "’") if lang == "zh" else text


def render_contact_verdict(console: Console, verdict: Verdict, *, active: Profile | None,
                           lang: str) -> None:
    """Say whether a pasted value is official and, if not, every reason it looks wrong."""
    profile = verdict.profile
    value = verdict.value
    if profile is not None:
        title = pick(profile.title, lang)
        unconfirmed = verdict.ok and (
            verdict.channel.confidence == "M" if verdict.channel is not None
            else profile.domains_confidence == "M")
        if unconfirmed and verdict.channel is not None:
            # Not headlined OFFICIAL: reputable sources agree, the provider's pages do not yet.
            _para(console, _say("contacts.check.unconfirmed", lang, value=value, title=title,
                                kind=t(f"contacts.kind.{verdict.channel.kind}", lang),
                                label=_inner_quotes(pick(verdict.channel.label, lang), lang)),
                  lang, "bold yellow")
        elif unconfirmed:
            _para(console, _say("contacts.check.unconfirmed-domain", lang, value=value,
                                title=title, domain=verdict.domain), lang, "bold yellow")
        elif verdict.ok and verdict.channel is not None:
            _para(console, _say("contacts.check.official", lang, value=value, title=title,
                                kind=t(f"contacts.kind.{verdict.channel.kind}", lang),
                                label=_inner_quotes(pick(verdict.channel.label, lang), lang)),
                  lang, "bold green")
        elif verdict.ok and value.strip().lower().rstrip("/") in (
                verdict.domain, f"https://{verdict.domain}", f"www.{verdict.domain}"):
            _para(console, _say("contacts.check.official-domain-itself", lang, value=value,
                                title=title), lang, "bold green")
        elif verdict.ok:
            _para(console, _say("contacts.check.official-domain", lang, value=value, title=title,
                                domain=verdict.domain), lang, "bold green")
        else:
            _para(console, _say("contacts.check.not-safe", lang, value=value, title=title),
                  lang, "bold red")
        if verdict.channel is not None:
            if verdict.channel.confidence == "M" and not verdict.ok:
                _para(console, t("contacts.legend.m", lang), lang, "yellow")
            for tag in ("info-only", "merchant", "report"):
                if tag in verdict.channel.tags:
                    _para(console, _say(f"contacts.check.note.{tag}", lang), lang)
        if active is not None and profile.path != active.path and active.name != "generic":
            _para(console, _say("contacts.check.other-profile", lang, title=title,
                                active=pick(active.title, lang)), lang)
        if not profile.builtin:
            _para(console, _say("contacts.check.from-file", lang, path=profile.path), lang,
                  "bold red")
    elif verdict.level == "unknown":
        _para(console, _say("contacts.check.unknown", lang, value=value), lang, "bold yellow")
    else:
        _para(console, _say("contacts.check.warning", lang, value=value), lang, "bold red")
    if verdict.ok and verdict.kind == "email":
        _para(console, t("contacts.check.email-forged", lang), lang, "yellow")
    details = verdict.details
    if verdict.level == "unknown":
        # Only "not on file": the reason is said above, in words that raise no alarm.
        details = tuple(r for r in details if r.code != "not-listed")
    if details:
        _para(console, t("contacts.check.why", lang), lang)
        _bullets(console, "-", [reason_text(reason, active, lang) for reason in details],
                 lang)
    if profile is not None:
        _para(console, t("contacts.check.checked", lang, date=profile.checked.isoformat()),
              lang, "dim")
    if verdict.level == "unknown":
        _para(console, t("contacts.check.unknown-advice", lang), lang)
    elif not verdict.ok:
        _para(console, t("contacts.check.advice", lang), lang)
        target = profile or active
        if target is not None and target.name != "generic":
            name = target.name if target.builtin else target.path
            _para(console, t("contacts.check.see", lang, name=name), lang)


# --------------------------------------------------------------------------- profiles


def render_profile_list(console: Console, profiles: Sequence[Profile], lang: str) -> None:
    """A table of the profiles: name, provider, where it comes from, when it was checked."""
    if not profiles:
        _para(console, t("profiles.none", lang), lang)
        return
    table = Table(box=None, show_edge=False, pad_edge=False)
    table.add_column(t("profiles.col.name", lang), no_wrap=True, style="bold")
    table.add_column(t("profiles.col.title", lang))
    table.add_column(t("profiles.col.source", lang), overflow="fold")
    table.add_column(t("profiles.col.checked", lang), no_wrap=True)
    table.add_column(t("profiles.col.channels", lang), justify="right")
    for profile in profiles:
        table.add_row(profile.name, escape(pick(profile.title, lang)),
                      escape(source_label(profile, lang)), profile.checked.isoformat(),
                      str(len(profile.channels)))
    console.print(table)


def render_profile(console: Console, profile: Profile, *, now: datetime, lang: str) -> None:
    """One profile in full: where it comes from, its facts' sources, and its channels."""
    from ..contacts.ranking import rank_channels

    _outside_warning(console, profile, lang)
    where = source_label(profile, lang)
    if where != profile.path:
        where = t("profiles.source.with-path", lang, source=where, path=profile.path)
    rows = [
        (t("profiles.show.name", lang), f"{profile.name} — {pick(profile.title, lang)}"),
        (t("profiles.show.source", lang), where),
        (t("profiles.show.checked", lang), profile.checked.isoformat()),
        (t("profiles.show.region", lang), profile.region or t("profiles.show.region-none", lang)),
    ]
    if profile.timezone:
        rows.append((t("profiles.show.timezone", lang), profile.timezone))
    rows.append((t("profiles.show.phone", lang),
                 t(f"profiles.show.phone.{profile.phone_support}", lang)))
    if profile.name != "generic":
        rows.append((t("profiles.show.domains", lang), t_list(list(profile.domains), lang)
                     or t("profiles.show.domains-none", lang)))
    facts = Table(box=None, show_header=False, pad_edge=False)
    facts.add_column(style="bold", no_wrap=True)
    facts.add_column(overflow="fold")
    for label, value in rows:
        facts.add_row(escape(label), escape(value))
    console.print(facts)
    if profile.sources:
        _para(console, t("profiles.show.sources", lang), lang, "bold")
        _bullets(console, "-", [pick(s.title, lang) + (f" <{s.url}>" if s.url else "")
                                for s in profile.sources], lang)
    console.print()
    render_channels(console, profile, rank_channels(profile), now=now, lang=lang)
