"""The closing screen of `diagnose`: what to do now, on about one screen.

The outcome; for an urgent end, what to do at once (freeze, then the
authorities of the user's region); the two or three channels that fit the
problem best, with whether they are open now in the user's time; what is still
to gather; the safety line; and the commands for the full table and the export.
A resolved end names only where to go if the problem comes back.

Lines are filled here rather than by rich, so that a value (a number, a link,
an address) is never split across lines and Chinese breaks between characters.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from ..frozen import frozen
from ..i18n import pick, t

if TYPE_CHECKING:
    from rich.console import Console

    from ..contacts.model import Channel, Profile
    from ..diagnosis.results import Result

__all__ = ["Emergency", "closing_lines", "emergency_for", "pick_channels",
           "render_closing_screen", "signed_out"]

_MAX_WIDTH = 100
_GLUE = "\ue000"  # stands for a space inside a value while lines are filled
_OUTCOME_STYLE = {"resolved": "green", "contact-support": "yellow", "urgent": "bold red"}


@frozen
class Emergency:
    """What an urgent end shows before the wallet's channels: the region's authorities.

    ``contacts`` are (label, value, note, confidence) texts already in the user's
    language; ``missing`` says where to find them when the region has no verified
    data on file.
    """

    region: str
    contacts: tuple[tuple[str, str | None, str | None, str], ...] = ()
    missing: str | None = None
    title: str | None = None
    #: Contacts whose note says how the police can stop a payment to the scammer's
    #: account: kept at every width, as it is the one instruction that matters (walk A21).
    kept: tuple[int, ...] = ()


def emergency_for(region: str | None, lang: str, *, elsewhere: bool = False,
                  payee: bool = False) -> Emergency:
    """The first three authorities of `region` in `lang`, or where to find them.

    `elsewhere`: the user said they are in none of the regions on file. `payee`: money
    went to someone's account, so a contact's `payee_note` (how the police can stop
    that payment) replaces its note; on a theft with no payee it is never shown.
    """
    from ..contacts.authorities import load_authority

    if region is None:
        key = "closing.region.elsewhere" if elsewhere else "closing.region.unset"
        return Emergency("", missing=t(key, lang))
    authority = load_authority(region)
    if authority is None:
        return Emergency(region, missing=t("closing.region.none", lang, region=region))
    def note(contact: Any) -> str | None:
        text = contact.payee_note if payee and contact.payee_note is not None else contact.note
        return None if text is None else pick(text, lang)

    contacts = tuple((pick(c.label, lang), c.value, note(c), c.confidence)
                     for c in authority.contacts[:3])
    kept = tuple(i for i, c in enumerate(authority.contacts[:3])
                 if payee and c.payee_note is not None)
    return Emergency(region, contacts, title=pick(authority.title, lang), kept=kept)


def _fill(text: str, width: int, first: str = "", rest: str = "",
          values: Sequence[str] = ()) -> list[str]:
    """`text` in lines of `width` columns, `values` inside it never split."""
    from ..wrapping import wrap

    for value in values:
        text = text.replace(value, value.replace(" ", _GLUE))
    return [line.replace(_GLUE, " ") for line in wrap(text, width, first=first, rest=rest,
                                                       cut_long=False)]


class _Screen:
    """Lines with a style each, filled to the console's width."""

    def __init__(self, width: int, lang: str) -> None:
        self.width = width
        self.lang = lang
        self.lines: list[tuple[str, str]] = []

    def say(self, text: str, style: str = "", *, first: str = "", rest: str = "",
            values: Sequence[str] = ()) -> None:
        self.lines += [(line, style) for line in _fill(text, self.width, first, rest, values)]

    def say_shortest(self, texts: Sequence[str], style: str = "", *,
                     values: Sequence[str] = ()) -> None:
        """The first of `texts` (a full wording, then shorter ones) that takes fewest lines."""
        filled = [_fill(text, self.width, values=values) for text in texts]
        fewest = min(filled, key=len)
        self.lines += [(line, style) for line in fewest]

    def blank(self) -> None:
        self.lines.append(("", ""))


def _spaced(text: str, lang: str) -> str:
    from ..contacts.views import spaced

    return spaced(text, lang)


def _when(channel: Channel, profile: Profile, now: datetime, lang: str) -> str | None:
    """The channel's hours and whether it is open now, in the user's time, in one phrase.

    Hours a provider does not publish are said to be so, never guessed or left blank;
    the generic profile (no wallet named) has no provider whose hours could be known.
    """
    if channel.always_open:
        return t("closing.always", lang)
    if not channel.hours_published:
        return None if profile.name == "generic" else t("closing.hours.unknown", lang)
    from ..contacts.hours import availability  # only for hours to show (zoneinfo, tables)
    from .contacts import _hours_lines, _now_lines

    found = availability(channel, profile, now)
    hours = t("closing.and", lang).join(_hours_lines(channel, lang))
    status = _now_lines(found, now, lang)
    return t("closing.when", lang, hours=hours, now=status[0]) if status else hours


def pick_channels(profile: Profile, ranked: Sequence[tuple[Channel, bool]],
                  signed_out: bool = False) -> list[Channel]:
    """The two or three channels to show: the recommended ones, then the next usable ones.

    Three when they have values to dial or open (short lines); two when they are
    described in words. For a user who cannot sign in, channels that need the
    account (in the app, chat after signing in) come after those that do not.
    """
    usable = [c for c, _ in ranked if c.for_cases]
    recommended = [c for c, r in ranked if r and c.for_cases]
    order = recommended + [c for c in usable if c not in recommended]
    if signed_out:
        order.sort(key=lambda c: c.needs_sign_in)  # stable: the ranking otherwise
    valued = sum(1 for c in order[:3] if c.value)
    return order[: 3 if valued >= 2 else 2]


def signed_out(result: Result) -> bool:
    """Whether the answers say the user cannot sign in (a locked account, a stolen one)."""
    return result.flow.id == "locked-account" or result.answers.get("can-sign-in") is False


def _channel(screen: _Screen, number: int, channel: Channel, profile: Profile, now: datetime,
             lang: str, *, notes: bool = True, tight: bool = False) -> bool:
    """One channel in two or three lines; True when it is marked unconfirmed.

    The first line is how to reach it; the next says what it is and when it is open,
    in one line where it fits, so three channels take about six lines. `tight`: the
    screen is tightened as far as it goes, and a safety note takes the place of that
    second line (the full table, one command away, says the rest).
    """
    kind = t(f"contacts.kind.{channel.kind}", lang)
    label = pick(channel.label, lang)
    if not channel.value and kind.lower() in label.lower():
        kind = ""  # "Live chat, 24/7" says it is a chat; "在线客服：在线客服" would say it twice
    mark = ((" " if lang == "en" else "") + t("closing.m", lang)
            if channel.confidence == "M" else "")
    head = f"{number}. "
    rest = " " * len(head)
    when = _when(channel, profile, now, lang)
    sep = t("closing.sep", lang)
    if when is None or (channel.always_open and t("contacts.hours.always", lang) in label):
        when, sep = "", ""  # nothing to say, or "Live chat, 24/7" already says it
    # A warning that goes with the channel ("ignore anyone who DMs you") is never dropped to
    # save room: recommending the channel without it is what scammers count on.
    safety = channel.safety_note
    if channel.value:
        screen.say(f"{kind}{t('closing.colon', lang)}{channel.value}{mark}", "bold", first=head,
                   rest=rest, values=[channel.value])
        if safety is None or not tight:
            screen.say(_spaced(f"{label}{sep}{when}", lang), first=rest, rest=rest)
        if safety is not None:
            screen.say(_spaced(pick(safety, lang), lang), first=rest, rest=rest)
    else:
        # Described in words: when it is open goes beside its name, the note below.
        lead = f"{kind}{t('closing.colon', lang)}" if kind else ""
        screen.say(_spaced(f"{lead}{label}{mark}{sep}{when}", lang), "bold", first=head,
                   rest=rest)
        if channel.note is not None and (notes or safety is not None):
            screen.say(_spaced(pick(channel.note, lang), lang), first=rest, rest=rest)
    return channel.confidence == "M"


def _contacts_command(profile: Profile) -> str:
    if profile.name == "generic":
        return "walletsupport contacts"
    name = profile.name if profile.builtin else profile.path
    return f"walletsupport contacts --profile {name}"


# How far a closing screen is tightened to fit, one step at a time: the full screen;
# only the police line keeps its note; two channels; no channel notes and no blank
# line before the checklist; one channel and the checklist as a count; no blank line;
# no note under the police line either (only ever needed below 80 columns).
#: The last level drops the (M) legend (the mark stays beside each value) and, on an urgent
#: end, the count of details to gather (the saved line names the export that lists them).
#: The police line's note on stopping a payment to the scammer's account goes only after
#: all of that, at a level of its own (walk A21).
_LEVELS = 9
_ROWS = 24  # one screen of a standard 80x24 terminal


def closing_lines(result: Result, lang: str, *, profile: Profile,
                  ranked: Sequence[tuple[Channel, bool]], now: datetime, width: int,
                  case_id: int | None, emergency: Emergency | None = None,
                  signed_out: bool = False, rows: int | None = None,
                  secret_asked: bool = False,
                  phrase_exposed: bool = False) -> list[tuple[str, str]]:
    """The closing screen below the outcome, as (line, style) pairs of at most `width` columns.

    With `rows`, the fullest screen of at most that many lines, or the tightest one.
    `secret_asked`: the user's own words say someone asked them for a code, password or
    phrase; that was not real support, so the screen says so and never sends the user
    back into that conversation. `phrase_exposed`: a recovery phrase or private key was
    removed from the user's own words, so the screen says to move the funds now.
    """
    lines: list[tuple[str, str]] = []
    for level in range(_LEVELS):
        lines = _closing_lines(result, lang, profile=profile, ranked=ranked, now=now,
                               width=width, case_id=case_id, emergency=emergency,
                               signed_out=signed_out, level=level,
                               secret_asked=secret_asked, phrase_exposed=phrase_exposed)
        if rows is None or len(lines) <= rows:
            break
    return lines


def _closing_lines(result: Result, lang: str, *, profile: Profile,
                   ranked: Sequence[tuple[Channel, bool]], now: datetime, width: int,
                   case_id: int | None, emergency: Emergency | None, signed_out: bool,
                   level: int, secret_asked: bool = False,
                   phrase_exposed: bool = False) -> list[tuple[str, str]]:
    screen = _Screen(width, lang)
    generic = profile.name == "generic"
    title = t("closing.your-wallet", lang) if generic else pick(profile.title, lang)
    command = _contacts_command(profile)
    outcome = result.outcome
    # Whoever asked for a secret is not real support: no "follow up in that conversation".
    contacted = _contacted(result) and not secret_asked
    if secret_asked:
        warn = ("closing.fake-support.self-custody" if profile.custody == "self"
                else "closing.fake-support.generic" if generic else "closing.fake-support")
        # A tight screen (an urgent end with its authorities) keeps it, in fewer words.
        keys = (warn,) if level < 3 else (warn, "closing.fake-support.short")
        screen.say_shortest([_spaced(t(key, lang, title=title), lang) for key in keys],
                            "bold yellow")
    if phrase_exposed:  # whoever has the phrase has the wallet: move the funds first
        screen.say(_spaced(t("closing.phrase-exposed", lang), lang), "bold red")
    if outcome == "resolved":
        key = "closing.comes-back.generic" if generic else "closing.comes-back"
        screen.say(_spaced(t(key, lang, title=title, command=command), lang),
                   values=[command])
        _tail(screen, case_id, lang, blank=level < 5, profile=profile,
              safety=not secret_asked)
        return screen.lines

    any_m = False
    number = 0
    police = emergency is not None and bool(emergency.contacts)
    # Something to do at once before the channels: the freeze line, the police lines.
    acts = outcome == "urgent" and (result.freeze or police)
    if acts:
        screen.say(t("closing.urgent.head", lang), "bold red")
    if acts and result.freeze:
        number += 1
        key = "closing.freeze.generic" if generic else "closing.freeze"
        if signed_out:
            key = "closing.freeze.signed-out"
        if profile.custody == "self":
            key = "closing.freeze.self-custody"  # no account to freeze: move what is left
        screen.say(_spaced(t(key, lang, title=title), lang), "bold", first=f"{number}. ",
                   rest="   ")
    if acts:
        if emergency is not None and emergency.contacts:
            screen.say(_spaced(t("closing.authorities", lang, region=emergency.title
                                 or emergency.region), lang), "bold")
            for index, (label, value, note, _confidence) in enumerate(emergency.contacts):
                # No doubt is cast on a police line to someone being scammed: the files
                # keep each fact's grade, the screen does not mark it.
                number += 1
                head = label
                if value and value not in label:
                    head = f"{label}{t('closing.colon', lang)}{value}"
                screen.say(_spaced(head, lang), "bold", first=f"{number}. ", rest="   ",
                           values=[value] if value else [])
                if note and ((index in emergency.kept and level < _LEVELS - 1)
                             or ((index == 0 or level < 1) and level < 6)):
                    screen.say(_spaced(note, lang), first="   ", rest="   ")
        if emergency is not None and emergency.missing:
            screen.say(emergency.missing, "yellow")
        then = "closing.then"
        if contacted:  # a ticket is open: follow it up, as on the other ends
            then = "closing.then.followup.generic" if generic else "closing.then.followup"
        screen.say(_spaced(t(then, lang, title=title), lang), "bold")
    else:
        # An urgent end with nothing to freeze and no police matter (a scam stopped before
        # anything was given) has nothing to do first: its channels lead, as elsewhere.
        if emergency is not None and emergency.missing:
            screen.say(emergency.missing, "yellow")
        # A wait contacts support only if the problem is still there by the day to check.
        # The bank or the sender is asked first: the wallet only if they find nothing wrong,
        # whether or not a ticket with the wallet is open (not "follow up with the wallet").
        key = {"wait": "closing.wait-first", "estimate": "closing.estimate-first",
               "self-check": "closing.self-check-first", "ask-bank": "closing.ask-bank-first",
               "ask-sender": "closing.ask-sender-first"}.get(outcome, "closing.first")
        if key == "closing.first" and contacted:
            key = "closing.followup-first"  # a ticket is open: follow it up, not a new one
        if key == "closing.wait-first" and contacted:
            key = "closing.wait-followup"  # still not sorted by then: follow that ticket up
        if key == "closing.first" and secret_asked:
            key = "closing.official-only"
        key = f"{key}.generic" if generic else key
        screen.say(_spaced(t(key, lang, title=title), lang), "bold")
    picked = pick_channels(profile, ranked, signed_out)
    if outcome == "urgent" and police:
        picked = picked[:1]  # the fastest way to the wallet; the rest are one command away
    picked = picked[: 3 if level < 2 else 2 if level < 4 else 1]
    for channel in picked:
        number += 1
        # On an urgent end the generic "where to find it" note repeats the freeze step above.
        notes = not (generic and outcome == "urgent") and level < 3
        any_m = _channel(screen, number, channel, profile, now, lang, notes=notes,
                         tight=level >= 6) or any_m
    if any_m and level < 7:
        screen.say_shortest([_spaced(t(key, lang), lang)
                             for key in ("closing.legend.m", "closing.legend.m.short")], "dim")
    screen.say_shortest([t(key, lang, command=command) for key in ("closing.all",
                                                                    "closing.all.short")],
                        "dim", values=[command])

    if result.checklist and (not acts or level < 7):
        if not acts and level < 3:
            screen.blank()
        _checklist(screen, result, lang, urgent=acts, count_only=level >= 4)
    _tail(screen, case_id, lang, blank=level < 5, profile=profile,
              safety=not secret_asked)
    return screen.lines


#: The choice every flow's "what have you tried" question gives to "Already contacted the
#: wallet's support" (failed-withdrawal, failed-payment, top-up, locked-account).
_CONTACTED = "contacted-support"


def _contacted(result: Result) -> bool:
    """Whether the user said they already contacted the wallet's support."""
    return any(isinstance(value, tuple) and _CONTACTED in value
               for value in result.answers.values())


def _checklist(screen: _Screen, result: Result, lang: str, *, urgent: bool,
               count_only: bool) -> None:
    """What is still to gather: one item a line when few, else one paragraph or a count."""
    filled = sum(1 for entry in result.checklist if entry.value is not None)
    still = [entry for entry in result.checklist if entry.value is None]
    total = len(result.checklist)
    labels = [pick(entry.item.label, lang) for entry in still]
    if labels and (count_only or (urgent and len(labels) > 2)):
        # Acting comes first on an urgent end: the list is in the export, named below.
        keys: tuple[str, ...] = (("closing.checklist.urgent", "closing.checklist.urgent.short")
                                 if urgent else ("closing.checklist.count",))
        if urgent and not result.authorities:  # no police lines shown: "for support", no more
            keys = ("closing.checklist.urgent.short",)
        if len(labels) == 1:  # "1 more detail", not "1 more details"
            keys = tuple(f"{key}.one" for key in keys)
        screen.say_shortest([_spaced(t(key, lang, filled=filled, total=total,
                                       missing=len(labels)), lang) for key in keys], "bold")
        return
    key = "closing.checklist.open" if still else "closing.checklist.done"
    if still and not filled:  # "0 of 1 details are in your answers" says nothing
        key = "closing.checklist.open.none"
    screen.say(_spaced(t(key, lang, filled=filled, total=total), lang), "bold")
    if len(labels) <= 2:
        for label in labels:
            screen.say(label, first="  [ ] ", rest="      ")
    else:  # a long list as one paragraph: the export lists them one by one, with hints
        screen.say(t("closing.list-sep", lang).join(labels) + t("closing.list-end", lang),
                   first="  ", rest="  ")


def _tail(screen: _Screen, case_id: int | None, lang: str, *, blank: bool,
          profile: Profile, safety: bool = True) -> None:
    if blank:
        screen.blank()
    if safety:  # else the warning about whoever asked for a secret already says it
        # A wallet without a recovery phrase (Alipay, PayPal) names what it does have instead.
        keys = (("closing.safety", "closing.safety.short") if profile.recovery_phrase
                else ("closing.safety.no-phrase", "closing.safety.no-phrase.short"))
        if profile.custody == "self":  # no payment PIN, no sign-in codes: its phrase and keys
            keys = ("closing.safety.self-custody", "closing.safety.self-custody.short")
        screen.say_shortest([_spaced(t(key, lang), lang) for key in keys], "bold yellow")
    if case_id is not None:
        command = f"walletsupport export {case_id}"
        screen.say(t("closing.saved", lang, case=case_id, command=command), values=[command])


def render_closing_screen(console: Console, result: Result, lang: str, *, profile: Profile,
                          ranked: Sequence[tuple[Channel, bool]], now: datetime,
                          case_id: int | None, emergency: Emergency | None = None,
                          signed_out: bool = False, reserve: int = 0,
                          secret_asked: bool = False, phrase_exposed: bool = False,
                          **_: Any) -> None:
    """Print the outcome panel, then `closing_lines`: on one 80x24 screen where it can be.

    `reserve` rows stay free below it for what is asked next (the export offer).
    """
    from rich.segment import Segments

    from .diagnose import outcome_panel
    from .plain import PlainConsole

    width = min(console.width, _MAX_WIDTH)
    console.print()
    # The outcome panel is drawn once: the rows it takes are counted on that drawing, as
    # a boxed panel (plain mode prints it as lines, but the budget stays that of the box).
    panel = outcome_panel(result, lang, now, console.width)
    drawn = list(console.render(panel, console.options.update(
        justify=None, overflow=None, height=None, no_wrap=None, markup=None, highlight=None)))
    if isinstance(console, PlainConsole):
        console.print(panel)
    else:
        console.print(Segments(drawn))
    taken = sum(segment.text.count("\n") for segment in drawn if not segment.control)
    rows = _ROWS - 1 - taken - reserve
    # All the lines in one print, each in its style, as they are: filled here, never
    # wrapped by rich (segments, not a text rich would split into lines again).
    from rich.control import strip_control_codes
    from rich.segment import Segment

    line_end = Segment.line()
    segments: list[Segment] = []
    for line, style in closing_lines(result, lang, profile=profile, ranked=ranked, now=now,
                                     width=width, case_id=case_id, emergency=emergency,
                                     signed_out=signed_out, rows=rows,
                                     secret_asked=secret_asked,
                                     phrase_exposed=phrase_exposed):
        if line:
            segments.append(Segment(strip_control_codes(line),
                                    console.get_style(style) if style else None))
        segments.append(line_end)
    console.print(Segments(segments), soft_wrap=True)
