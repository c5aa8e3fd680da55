"""A case as something to hand over: Markdown, plain text, JSON, or a follow-up message.

Every text that came from a person (free-text answers, checklist values taken
from them, support's notes, the ticket, the user's follow-up questions) goes
through `redact` once more and has contact details partly masked: the stored
case is redacted already, but an export is the last door before the text
leaves the machine. The JSON shape is documented in docs/export.md.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, Any

from ..diagnosis.model import ANSWERS_FLOW_KEY, ANSWERS_WALLET_KEY, Answer
from ..errors import Echo, Many, UsageError
from ..i18n import pick, t
from ..wrapping import display_width
from .layout import (
    TEXT_WIDTH,
    UTC_NAMES,
    channel_label,
    edited_line,
    format_time,
    letter_day,
    letter_time,
    redaction_line,
    wrap,
    zone_name,
)

if TYPE_CHECKING:
    from datetime import datetime

    from ..diagnosis.results import Result
    from .store import Bilingual, Case, CaseAnswer, CaseItem

__all__ = [
    "answers_file",
    "FORMATS",
    "SCHEMA_VERSION",
    "copy_to_clipboard",
    "channel_warnings",
    "display_width",
    "check_by_line",
    "follow_up",
    "mask_result",
    "recommended",
    "render",
    "scrub",
]

FORMATS = ("markdown", "text", "json")
#: Bumped when a key of the JSON export changes meaning or goes away (adding one does not).
SCHEMA_VERSION = 1


# -- cleaning -------------------------------------------------------------------------


def _scrub(text: str, lang: str, found: Counter[str], *, mask: bool = True,
           reference: bool = False, reader: str | None = None) -> str:
    from ..redact import localize_markers, mask_contact, redact

    done = redact(text, lang, reference=reference)
    found.update(done.counts())
    clean = mask_contact(done.text) if mask else done.text
    return clean if reader in (None, lang) else localize_markers(clean, reader)


def scrub(case: Case, reader: str | None = None) -> Case:
    """The case with every person text through `redact` and `mask_contact` once more.

    Its `redactions` count what was removed when it was saved and now. For a `reader`
    of another language than the case's, the removal markers are in the reader's words.
    """
    found: Counter[str] = Counter()
    lang = case.lang
    free = {a.question for a in case.answers if a.kind in ("text", "number", "datetime")}
    # A reference (an order number, a hash, a scammer's number) reaches support as written.
    references = {a.question for a in case.answers if a.reference}

    def both(text: Bilingual, reference: bool = False) -> dict[str, str]:
        # Displays and checklist values repeat an answer: count each secret once.
        return {k: _scrub(v, lang, Counter(), mask=not reference, reference=reference,
                          reader=k) for k, v in text.items()}

    answers = tuple(
        replace(a, value=_scrub(a.value, lang, found, mask=not a.reference,
                                reference=a.reference, reader=reader),
                display=both(a.display, a.reference))
        if a.kind in ("text", "number", "datetime") and isinstance(a.value, str) else a
        for a in case.answers)
    checklist = tuple(
        replace(i, value=both(i.value, i.source in references))
        if i.value is not None and i.source in free else i
        for i in case.checklist)
    notes = tuple(replace(n, text=_scrub(n.text, lang, found, reader=reader))
                  for n in case.notes)
    # A ticket number must reach support as written: redact it, but mask nothing.
    ticket = _scrub(case.ticket, lang, found, mask=False) if case.ticket else None
    description = (_scrub(case.description, lang, found, reader=reader)
                   if case.description else None)
    total = Counter({k: int(v) for k, v in case.redactions.items()}) + found
    return replace(case, answers=answers, checklist=checklist, notes=notes, ticket=ticket,
                   description=description, redactions=dict(sorted(total.items())))


def mask_result(result: Result) -> Result:
    """A finished diagnosis as the closing screen shows it: masked the way exports are.

    Checklist values taken from free-text answers have phone numbers and
    e-mail addresses partly masked (`mask_contact`), as in `scrub`; answers to
    reference questions (a scammer's number, an order number) stay as written.
    The answers themselves were redacted when they were typed.
    """
    from ..diagnosis.model import Question
    from ..redact import mask_contact

    entries = []
    for entry in result.checklist:
        source = result.flow.nodes.get(entry.item.source or "")
        if (entry.value is not None and isinstance(source, Question)
                and source.kind in ("text", "number") and not source.reference):
            value = entry.value
            masked = (mask_contact(value) if isinstance(value, str)
                      else {k: mask_contact(v) for k, v in value.items()})
            entry = replace(entry, value=masked)
        entries.append(entry)
    return replace(result, checklist=tuple(entries))


# -- shared pieces --------------------------------------------------------------------


def _answer_text(answer: CaseAnswer, lang: str) -> str:
    if answer.skipped:
        return t("export.skipped", lang)
    if answer.derived_from is not None:
        return t("review.derived", lang, answer=pick(answer.display, lang),
                 source=answer.derived_from)
    return pick(answer.display, lang)


def _severity(severity: str, lang: str) -> str:
    if severity == "info":
        return ""
    return t("severity.mark", lang, label=t(f"severity.{severity}", lang))


def _status(status: str, lang: str) -> str:
    return t(f"cases.status.{status}", lang)


def _channels(case: Case, lang: str) -> str:
    return t("export.list-sep", lang).join(channel_label(c, lang) for c in recommended(case))


def channel_warnings(case: Case, lang: str) -> list[tuple[str, str]]:
    """(channel name, warning) for each channel of the kinds to try first that has one.

    MetaMask's community forum goes with "ignore anyone who DMs you": wherever a channel
    is recommended, its safety note goes with it (`safety-note` in the profile).
    """
    kinds = recommended(case)
    profile = _case_profile(case) if kinds else None
    if profile is None:
        return []
    return [(pick(c.label, lang), pick(c.safety_note, lang)) for c in profile.channels
            if c.kind in kinds and c.for_cases and c.safety_note is not None]


def _case_profile(case: Case) -> Any:
    """The profile of the case's wallet, or None (none named, or no longer there)."""
    if not case.wallet or case.wallet in ("other", "unsaid"):
        return None
    from ..contacts.loading import load_profile
    from ..errors import WalletSupportError

    try:
        return load_profile(case.wallet)
    except (WalletSupportError, OSError):
        return None


def recommended(case: Case) -> tuple[str, ...]:
    """The channel kinds to try first that the case's wallet really has.

    The flow names kinds for the problem (chat, phone…); a wallet with no phone line
    (Binance, MetaMask) must not be "contacted first by phone": scammers wait there.
    Without a known wallet the flow's kinds stand.
    """
    kinds = case.recommend
    if case.checkup is not None or case.status == "resolved":
        return ()  # a self check-up, or a problem solved: nobody to contact first
    profile = _case_profile(case)
    if profile is None:
        return kinds
    has = [channel.kind for channel in profile.channels]
    kept = tuple(kind for kind in kinds if kind in has) or tuple(dict.fromkeys(has))[:3]
    if not _signed_out(case):
        return kept
    # Who cannot sign in tries first what works signed out, as the closing screen does
    # (an Alipay user locked out is not "contacted first in the app").
    usable = [c for c in profile.channels if c.for_cases]
    open_kinds = {c.kind for c in usable if not c.needs_sign_in}
    first = [kind for kind in kept if kind in open_kinds]
    first += [c.kind for c in usable if c.kind in open_kinds and c.kind not in first]
    return tuple(dict.fromkeys(first[: max(len(kept), 1)] + list(kept)))


def _signed_out(case: Case) -> bool:
    """Whether the case's answers say the user cannot sign in (as the closing screen reads)."""
    if case.flow_id == "locked-account":
        return True
    return any(a.question == "can-sign-in" and a.value is False for a in case.answers)


# -- render ---------------------------------------------------------------------------


def render(case: Case, fmt: str, lang: str, *, width: int = TEXT_WIDTH) -> str:
    """The case as Markdown, plain text (72 columns) or JSON, ending with a newline.

    `width` narrows the plain text for a narrower screen (a file keeps 72 columns).
    """
    if fmt not in FORMATS:
        raise UsageError(key="export.bad-format", format=Echo(fmt), allowed=Many(FORMATS))
    # JSON holds both languages (each text's display in its own words) and is the same
    # whatever the reader's: only the other formats are written for one reader.
    clean = scrub(case, None if fmt == "json" else lang)
    if fmt == "json":
        return _json(clean, lang)
    if fmt == "markdown":
        return _markdown(clean, lang)
    return _text(clean, lang, width)


def _json(case: Case, lang: str) -> str:
    import json


    def text(value: Bilingual | None) -> dict[str, str] | None:
        return None if value is None else {k: value.get(k, "") for k in ("en", "zh")}

    data: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "id": case.id,
        "lang": lang,
        "status": case.status,
        "ticket": case.ticket,
        "created": case.created.isoformat(timespec="seconds"),
        "updated": case.updated.isoformat(timespec="seconds"),
        "edited": [moment.isoformat(timespec="seconds") for moment in case.edited],
        "time_zone": case.zone,
        "flow": {"id": case.flow_id, "title": text(case.flow_title),
                 **({} if case.origin is None else {"origin": case.origin})},
        "description": case.description,
        "outcome": case.outcome,
        "message": text(case.message),
        "check_by": case.check_by,
        "then": text(case.then),
        "recommend": list(recommended(case)),
        "channel_warnings": [{"channel": name, "warning": warning}
                             for name, warning in channel_warnings(case, lang)],
        "answers": [{"question": a.question, "kind": a.kind,
                     "label": {code: a.heading(code) for code in ("en", "zh")},
                     "prompt": text(a.prompt),
                     "value": list(a.value) if isinstance(a.value, tuple) else a.value,
                     "display": text(a.display),
                     **({} if a.derived_from is None else {"derived_from": a.derived_from})}
                    for a in case.answers],
        "advice": [{"id": adv.node, "title": text(adv.title),
                    "steps": [{"id": s.id, "severity": s.severity, "text": text(s.text)}
                              for s in adv.steps],
                    **({} if case.origin is None else {"from_flow_file": case.origin})}
                   for adv in case.advice],
        "checklist": [{"id": i.id, "label": text(i.label), "hint": text(i.hint),
                       "filled": i.filled, "value": text(i.value)} for i in case.checklist],
        "notes": [{"at": n.at.isoformat(timespec="seconds"), "time_zone": n.zone,
                   "text": n.text} for n in case.notes],
        "path": list(case.path),
        "redactions": dict(case.redactions),
        "kind": case.kind,
        "wallet": case.wallet,
    }
    if case.checkup is not None:  # a saved security check-up: its marks (docs/checkup.md)
        data["checkup"] = {k: v for k, v in case.checkup.items() if k != "checkup"}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _md(text: str) -> str:
    """Escape only what would turn into formatting, and keep extra lines inside list items.

    A chat box that does not render Markdown shows every backslash, so masks
    like ``138****5678`` stay as they are unless a second run of the same
    character could pair with them into emphasis. Lines end without the two
    spaces of a hard break, which editors and chat boxes strip or show.
    """
    text = re.sub(r"\\(?=[!-/:-@\[-`{-~])", r"\\\\", text.strip())
    text = text.replace("`", "\\`").replace("<", "\\<")
    # A link typed into an answer or a note must not become clickable in support's tools.
    text = re.sub(r"\[([^\]]*)\]\(", r"\\[\1\\](", text)
    for char in "*_":
        if len(re.findall(re.escape(char) + "+", text)) >= 2:
            text = text.replace(char, "\\" + char)
    return "\n  ".join(line.strip() for line in text.splitlines() if line.strip())


# What a person typed goes into Markdown unchanged: anything Markdown would act on,
# and anything a reader copies (a reference, an address, a handle, a URL), goes
# into a code span rather than being backslash-escaped, since a backslash shows
# wherever Markdown is not rendered and `t.me/Binance_Help_Desk` must paste as typed.
@cache
def _pieces_pattern() -> re.Pattern[str]:
    return re.compile(
        # A bracketed marker ("[card number removed]") that cannot start a link.
        r"(?P<group>\[[^\[\]\n`\\*_<>~&]*\])(?![(\[:])"
        # A phone number opening a line ("+1 800 555 0199"): its "+" would start a list, and
        # the whole number goes in one span, not "+1" alone.
        r"|(?P<phone>^\+\d{1,4}(?:[ -]\d{1,6})+(?=$|[\s,.;)]))"
        # Any run of visible ASCII: a word, a number, a handle, a URL.
        r"|(?P<run>[!-~]+)")


def _is_copyable(core: str, pairs: str) -> bool:
    """Whether a run of ASCII must go in a code span to survive Markdown (and copying).

    `pairs` holds the emphasis characters (``*``, ``_``) that appear in more
    than one run in the text: a lone run, as in the mask ``138****5678``,
    has nothing to pair with and stays as it is.
    """
    if re.search(r"[\\`<>\[\]~|]", core) or any(c in core for c in pairs):
        return True  # Markdown would act on it
    if re.search(r"://|^www\.|@|[A-Za-z0-9-]\.[A-Za-z]{2,}/", core):
        return True  # a URL, an e-mail, a handle, a link without its scheme
    if re.fullmatch(r"(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}", core):
        return True  # a domain (autolinked by some renderers)
    letters = any(c.isalpha() for c in core)
    digits = sum(c.isdigit() for c in core)
    # A reference: an address, a hash, an order or transaction number.
    return bool(digits) and (len(core) >= 10 and letters or digits >= 12)


def _code_span(text: str) -> str:
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _md_line(line: str, pairs: str) -> str:
    pieces: list[tuple[str, bool]] = []  # (text, goes in a code span)
    pos = 0
    for match in _pieces_pattern().finditer(line):
        if match.start() > pos:
            pieces.append((line[pos:match.start()], False))
        pos = match.end()
        piece = match.group()
        if match.group("group") is not None:
            pieces.append((piece, False))
            continue
        if match.group("phone") is not None:
            pieces.append((piece, True))
            continue
        if match.start() == 0 and re.match(r"[#>+=*_\-]|\d{1,9}[.)]$", piece) or re.search(
                r"&[#A-Za-z0-9]+;", piece):
            # It would start a heading, a list or a quote; or it holds an entity ("&amp;").
            pieces.append((piece, True))
            continue
        # Closing punctuation (and opening quotes) stay outside the span.
        head = len(piece) - len(piece.lstrip("(\"'"))
        core = piece[head:].rstrip(".,;:!?\"'")
        if core.endswith(")") and core.count("(") < core.count(")"):
            core = core[:-1]
        tail = piece[head + len(core):]
        if core and _is_copyable(core, pairs):
            pieces += [(piece[:head], False), (core, True), (tail, False)]
        elif not core and _is_copyable(piece, pairs):
            pieces.append((piece, True))
        else:
            pieces.append((piece, False))
    if pos < len(line):
        pieces.append((line[pos:], False))
    # Spans next to each other (a typed link, "[click here](...)") become one span.
    merged: list[tuple[str, bool]] = []
    for text, code in (p for p in pieces if p[0]):
        if code and len(merged) >= 2 and merged[-2][1] and merged[-1][0].strip(" ") == "":
            gap = merged.pop()[0]
            text = merged.pop()[0] + gap + text
        merged.append((text, code))
    return "".join(_code_span(text) if code else text for text, code in merged)


def _md_typed(text: str) -> str:
    """What a person typed, unchanged, with what Markdown would act on in code spans.

    Nothing is backslash-escaped; lines are joined as in `_md`.
    """
    pairs = "".join(c for c in "*_" if len(re.findall(re.escape(c) + "+", text)) >= 2)
    return "\n  ".join(_md_line(line.strip(), pairs) for line in text.splitlines()
                       if line.strip())


def _origin(case: Case, lang: str, *, markdown: bool = False) -> str:
    """" (from flow file …)" after a text a third-party flow wrote; nothing for our own."""
    if case.origin is None:
        return ""
    label = t("faults.from-flow-file-paren", lang, path=case.origin)
    if not markdown:
        return label
    text = label.lstrip()
    return label[: len(label) - len(text)] + _md(text)  # escaped, keeping the leading space


def _markdown(case: Case, lang: str) -> str:
    out: list[str] = []
    title = pick(case.flow_title, lang)
    out.append(f"**{t('export.heading', lang, id=case.id, title=_md(title))}**")
    out.append("")
    outcome = t(f"outcome.{case.outcome}", lang)
    colon = t("export.colon", lang)

    def field(label: str, value: str) -> None:
        # The colon stays outside the stars: CommonMark does not close "**" after a
        # full-width colon that a CJK character follows.
        out.append(f"- **{label}**{colon}{value}")

    if case.description:
        field(t("export.in-my-words", lang), _md_typed(case.description))
    field(t("export.outcome", lang), t("export.outcome-line", lang, outcome=outcome,
                                       message=_md(pick(case.message, lang)))
          + _origin(case, lang, markdown=True))
    check_by = check_by_line(case, lang)
    if check_by is not None:
        field(t("export.check-by", lang), _md(check_by))
    wallet = _wallet(case, lang)
    if wallet is not None:
        field(t("export.wallet", lang), _md(wallet))
    created = "export.created" if case.checkup is None else "checkup.created"
    field(t(created, lang), format_time(case.created, case.zone, lang))
    if case.edited:
        field(t("cases.show.edited", lang), edited_line(case, lang))
    if case.checkup is None:  # a self check-up is no case for support: no status or ticket
        field(t("export.status", lang), _status(case.status, lang))
        ticket = _md_typed(case.ticket) if case.ticket else t("export.no-ticket", lang)
        field(t("export.ticket", lang), ticket)
    if recommended(case):
        field(t("export.channels", lang), _channels(case, lang))
        for name, warning in channel_warnings(case, lang):
            field(_md(name), _md(warning))
    field(t("export.case-id", lang), t("export.case-id.value", lang, id=case.id))

    if case.checkup is not None:  # a check-up: each habit's mark says more than its answer
        from ..checkup.export import text_lines

        out += ["", f"**{t('checkup.habits', lang)}**", ""]
        for _, head, extra in text_lines(case.checkup, lang):
            out.append(f"- {_md(head)}")
            out += [f"  - {_md(label)}{colon}{_md(text)}" for label, text in extra]
    elif case.answers:  # no question was needed: no empty heading
        out += ["", f"**{t('export.answers', lang)}**", ""]
    typed = {a.question for a in case.answers if a.kind in ("text", "number")}
    for answer in () if case.checkup is not None else case.answers:
        shown = _answer_text(answer, lang)
        value = _md_typed(shown) if answer.question in typed and not answer.skipped else _md(shown)
        out.append(f"- {_md(answer.heading(lang))}\n  → {value}")

    if case.advice:
        out += ["", f"**{t('export.advice', lang)}**", ""]
        for advice in case.advice:
            head = pick(advice.title, lang) if advice.title else t("export.advice-untitled", lang)
            out.append(f"- {_md(head)}{_origin(case, lang, markdown=True)}")
            for step in advice.steps:
                out.append(f"  - {_severity(step.severity, lang)}{_md(pick(step.text, lang))}")

    filled = [i for i in case.checklist if i.filled]
    still = [i for i in case.checklist if not i.filled]
    if case.checklist:
        out += ["", f"**{t('export.checklist', lang)}**", ""]
        for item in filled:
            value = _value(item, lang)
            value = _md_typed(value) if item.source in typed else _md(value)
            out.append(f"- [x] {_md(pick(item.label, lang))}{colon}{value}")
        for item in still:
            hint = ""
            if item.hint:
                hint = t("export.paren", lang, text=_md(pick(item.hint, lang)))
            out.append(f"- [ ] {_md(pick(item.label, lang))}{hint}")

    if case.notes or case.checkup is None:  # support's replies: none to a self check-up
        out += ["", f"**{t('export.notes', lang)}**", ""]
    if case.notes:
        for note in case.notes:
            out.append(f"- {format_time(note.at)}{colon}{_md_typed(note.text)}")
    elif case.checkup is None:
        out.append(f"- {t('export.no-notes', lang)}")

    out += ["", f"_{_md(redaction_line(case.redactions, lang))}_"]
    return "\n".join(out) + "\n"


def _self_custody(case: Case) -> bool:
    """Whether the case's wallet is one only the user holds the keys to (no account)."""
    if not case.wallet or case.wallet in ("other", "unsaid"):
        return False
    from ..contacts.loading import load_profile
    from ..errors import WalletSupportError

    try:
        return load_profile(case.wallet).custody == "self"
    except (WalletSupportError, OSError):
        return False


def _wallet(case: Case, lang: str) -> str | None:
    from ..contacts.wallets import wallet_title

    return wallet_title(case.wallet, lang)


def _value(item: CaseItem, lang: str) -> str:
    return pick(item.value, lang) if item.value is not None else ""


# -- plain text at 72 columns ---------------------------------------------------------


def _field(label: str, value: str, pad: int, width: int = TEXT_WIDTH) -> list[str]:
    head = label + " " * (pad - display_width(label))
    return wrap(value, width, first=head, rest=" " * pad)


def check_by_line(case: Case, lang: str) -> str | None:
    """For a wait: the day to check again and what to do then; None for other outcomes."""
    if not case.check_by:
        return None
    from datetime import date

    from ..diagnosis.dates import day_text

    try:
        day = day_text(date.fromisoformat(case.check_by), lang)
    except ValueError:
        day = case.check_by
    then = pick(case.then, lang) if case.then else ""
    return t("export.check-by.value", lang, day=day, then=then) if then else day


def _text(case: Case, lang: str, width: int = TEXT_WIDTH) -> str:
    from functools import partial

    fill = partial(wrap, width=width)
    out: list[str] = []
    title = t("export.heading", lang, id=case.id, title=pick(case.flow_title, lang))
    out += fill(title)
    out.append("=" * min(width, max(display_width(line) for line in out)))
    check_by = check_by_line(case, lang)
    fields = [
        *([(t("export.in-my-words", lang), case.description)] if case.description else []),
        (t("export.outcome", lang), t("export.outcome-line", lang,
                                      outcome=t(f"outcome.{case.outcome}", lang),
                                      message=pick(case.message, lang)) + _origin(case, lang)),
        *([(t("export.check-by", lang), check_by)] if check_by is not None else []),
        *([(t("export.wallet", lang), w)] if (w := _wallet(case, lang)) is not None else []),
        (t("export.created" if case.checkup is None else "checkup.created", lang),
         format_time(case.created, case.zone, lang)),
        *([(t("cases.show.edited", lang), edited_line(case, lang))] if case.edited else []),
    ]
    if case.checkup is None:  # a self check-up is no case for support: no status or ticket
        fields += [(t("export.status", lang), _status(case.status, lang)),
                   (t("export.ticket", lang), case.ticket or t("export.no-ticket", lang))]
    if recommended(case):
        fields.append((t("export.channels", lang), _channels(case, lang)))
        fields += channel_warnings(case, lang)
    fields.append((t("export.case-id", lang), t("export.case-id.value", lang, id=case.id)))
    labels = [label + t("export.colon", lang).rstrip() for label, _ in fields]
    pad = max(display_width(label) for label in labels) + 1
    for label, (_, value) in zip(labels, fields, strict=True):
        out += _field(label, value, pad, width)

    def section(name: str) -> None:
        out.extend(["", name, "-" * display_width(name)])

    if case.checkup is not None:  # a check-up: each habit's mark says more than its answer
        from ..checkup.export import text_lines

        section(t("checkup.habits", lang))
        for _, head, extra in text_lines(case.checkup, lang):
            out += fill(head, first="* ", rest="  ")
            for label, text in extra:
                out += fill(f"{label}{t('export.colon', lang)}{text}", first="  - ", rest="    ")
    elif case.answers:  # no question was needed: no empty heading
        section(t("export.answers", lang))
    for answer in () if case.checkup is not None else case.answers:
        out += fill(answer.heading(lang), first="* ", rest="  ")
        out += fill(_answer_text(answer, lang), first="  → ", rest="    ")

    if case.advice:
        section(t("export.advice", lang))
        for advice in case.advice:
            head = pick(advice.title, lang) if advice.title else t("export.advice-untitled", lang)
            out += fill(head + _origin(case, lang), first="* ", rest="  ")
            for step in advice.steps:
                out += fill(_severity(step.severity, lang) + pick(step.text, lang),
                            first="  - ", rest="    ")

    if case.checklist:
        section(t("export.checklist", lang))
        for item in (i for i in case.checklist if i.filled):
            out += fill(pick(item.label, lang), first="[x] ", rest="    ")
            out += fill(_value(item, lang), first="    → ", rest="      ")
        for item in (i for i in case.checklist if not i.filled):
            out += fill(pick(item.label, lang), first="[ ] ", rest="    ")
            if item.hint:
                out += fill(pick(item.hint, lang), first="    ", rest="    ")

    if case.notes or case.checkup is None:  # support's replies: none to a self check-up
        section(t("export.notes", lang))
    if case.notes:
        for note in case.notes:
            out += fill(format_time(note.at), first="* ", rest="  ")
            out += fill(note.text, first="  ", rest="  ")
    elif case.checkup is None:
        out += fill(t("export.no-notes", lang))
    out.append("")
    out += fill(redaction_line(case.redactions, lang))
    return "\n".join(out) + "\n"


# -- follow-up and escalation ---------------------------------------------------------


def follow_up(case: Case, lang: str, *, escalate: bool = False,
              questions: Sequence[str] = (), now: datetime | None = None) -> str:
    """A message to send to support about a case: a follow-up, or an escalation request.

    It restates the problem and its details, what support said so far, and what
    is still unresolved; it asks the user's own questions (redacted) or, when
    there are none, the questions that move a case forward. Lines are not
    wrapped, so the message pastes cleanly into a chat box or a web form. Times
    read as a person writes them, the year only when it is not the year of `now`.
    """
    case = scrub(case, lang)
    found: Counter[str] = Counter()
    asked = [q for q in (" ".join(_scrub(q, case.lang, found).split()) for q in questions) if q]
    title = pick(case.flow_title, lang)
    # Never sent to support (no ticket, no reply, not contacted): a first message, not
    # "I am writing again" with "I have not had an answer yet".
    first = not escalate and not contacted(case)
    kind = "escalate" if escalate else "first" if first else "follow-up"
    # Unresolved since the problem happened, when the user said when; else since the
    # diagnosis, and the letter says that is when it was noted, not when it began.
    incident = _incident_time(case, lang, now)
    since = incident or letter_time(case.created, case.zone, lang, now=now)
    problem = _problem(case, title, lang)
    out: list[str] = []
    if case.ticket:
        out.append(t(f"export.{kind}.subject-ticket", lang, title=title, ticket=case.ticket))
    else:
        out.append(t(f"export.{kind}.subject", lang, title=title))
    out += ["", t("export.msg.hello", lang), ""]
    if case.ticket:
        out.append(t(f"export.{kind}.opening-ticket", lang, problem=problem, ticket=case.ticket,
                     since=since))
    else:
        out.append(t(f"export.{kind}.opening", lang, problem=problem, since=since))
    if incident is None:
        out[-1] += t("export.msg.since-noted", lang)
    wallet = _wallet(case, lang)
    if wallet is not None and case.wallet not in ("other", "unsaid"):
        from ..contacts.views import spaced

        key = "export.msg.wallet.self-custody" if _self_custody(case) else "export.msg.wallet"
        out.append(spaced(t(key, lang, wallet=wallet), lang))
    if case.description:
        out += ["", t("export.msg.in-my-words", lang, text=case.description)]

    details = [i for i in case.checklist if i.filled]
    if details:
        out += ["", t("export.msg.details", lang)]
        colon = t("export.colon", lang)
        out += [f"- {pick(i.label, lang)}{colon}{_letter_value(case, i, lang)}" for i in details]

    if not first:  # what support said, and what is still open after it
        out += ["", t("export.msg.said", lang)]
        if case.notes:
            colon = t("export.colon", lang)
            out += [f"- {letter_time(n.at, case.zone, lang, now=now, with_zone=False)}{colon}"
                    f"{' '.join(n.text.split())}" for n in case.notes]
            out += ["", t("export.msg.understand", lang)]
        else:
            out.append(f"- {t('export.msg.no-answer', lang)}")
        out += ["", t("export.msg.unresolved", lang)]
        out.append(f"- {t('export.msg.not-solved', lang)}")
        if case.notes:
            out.append(f"- {t('export.msg.not-enough', lang)}")

    out += ["", t("export.msg.questions", lang)]
    defaults = [t("export.msg.q-next", lang), t("export.msg.q-when", lang)]
    if escalate:
        defaults = [t("export.msg.q-escalation", lang)]
    for number, question in enumerate(asked or defaults, 1):
        out.append(f"{number}. {question}")

    if escalate:
        out += ["", t("export.escalate.request", lang)]
    out += ["", t("export.msg.thanks", lang)]
    return "\n".join(out) + "\n"


#: The choice every flow's "what have you tried" question gives to "Already contacted the
#: wallet's support" (as rendering.closing reads it).
_CONTACTED = "contacted-support"


def contacted(case: Case) -> bool:
    """Whether support has heard of the case.

    A ticket, a reply noted, an escalation, or the user's answer that they already
    contacted the wallet's support.
    """
    if case.ticket or case.notes or case.status == "escalated":
        return True
    return any(isinstance(answer.value, (list, tuple)) and _CONTACTED in answer.value
               for answer in case.answers)


def _letter_value(case: Case, item: CaseItem, lang: str) -> str:
    """A checklist value as the user's own message to support gives it.

    A time answer says "(I wrote: …)", not the case's "(you wrote: …)", which would
    read as support's words.
    """
    answer = next((a for a in case.answers if a.question == item.source), None)
    if answer is not None and answer.kind == "datetime" and isinstance(answer.value, str):
        from ..diagnosis.dates import display

        return display(answer.value, lang, letter=True)
    return _value(item, lang)


def _incident_time(case: Case, lang: str, now: datetime | None) -> str | None:
    """When the problem happened, as the user answered a date question, for a letter.

    The first time answer that was read as a moment (``2026-12-01 10:30 UTC+8 |
    yesterday 10:30``), written as a person writes it; None when there is none.
    """
    from datetime import datetime, timezone

    from ..diagnosis.dates import parse_stored, part_name, utc_label

    for answer in case.answers:
        if answer.kind != "datetime" or not isinstance(answer.value, str):
            continue
        parsed = parse_stored(answer.value)
        if parsed is None or parsed[0] is None:
            continue
        when = parsed[0]
        day = letter_day(when.day, lang, now=now or datetime.now(timezone(when.offset)))
        if when.until is not None:  # "last week": no one day is claimed
            last = letter_day(when.until, lang, now=now or datetime.now(timezone(when.offset)))
            return t("letter.span", lang, first=day, last=last)
        named = (zone_name(when.zone, lang) if when.zone else None) or utc_label(when.offset)
        zone = "UTC" if named in UTC_NAMES else named
        if when.at is not None:
            return t("letter.time", lang, date=day, hm=f"{when.at:%H:%M}", zone=zone)
        if when.part is not None:
            return t("letter.time", lang, date=day, hm=part_name(when.part, lang), zone=zone)
        return day
    return None


def _problem(case: Case, title: str, lang: str) -> str:
    """The problem in the user's own plain words for a letter, not the menu's title."""
    # The security flow covers five concerns: the letter names the one reported (a lost
    # phone is not "my account may have been broken into").
    concern = next((a.value for a in case.answers if a.question == "concern"
                    and isinstance(a.value, str)), None)
    keys = [f"export.msg.problem.{case.flow_id}"]
    if case.flow_id == "security" and concern is not None:
        keys.insert(0, f"export.msg.problem.security.{concern}")
    for key in keys:
        try:
            return t(key, lang)
        except KeyError:
            continue
    return t("export.msg.problem", lang, title=title)  # a flow of one's own: its title


# -- clipboard ------------------------------------------------------------------------


def copy_to_clipboard(text: str) -> None:
    """Put `text` on the system clipboard, or raise `ClipboardError` saying why it did not."""
    from .clipboard import copy_to_clipboard as copy

    copy(text)


def answers_file(case_id: int, flow_id: str, answers: Sequence[tuple[str, Answer]],
                 lang: str, wallet: str | None = None) -> str:
    """A case's answers as YAML that `diagnose --answers FILE` replays (`_flow` names the flow).

    The values are the stored ones, so a secret masked when it was typed stays masked.
    """
    import yaml

    data: dict[str, object] = {ANSWERS_FLOW_KEY: flow_id}
    if wallet is not None:
        data[ANSWERS_WALLET_KEY] = wallet
    for question, value in answers:
        data[question] = list(value) if isinstance(value, tuple) else value
    head = "".join(f"# {line}\n" for line in t("cases.answers.header", lang, case=case_id,
                                                 flow=flow_id).splitlines())
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, default_flow_style=False,
                          width=1_000_000)
    return head + body
