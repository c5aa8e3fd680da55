"""Turn flow files into `Flow` objects, refusing anything malformed with `path:line`.

The loader checks shapes and types, field by field, and collects every problem
of a file instead of stopping at the first; `validate` then checks the graph.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import FlowError, FlowErrors, Many, Msg, Problem, type_name
from .model import (
    ADVICE_SEVERITIES,
    NUMBER_UNITS,
    OUTCOMES,
    QUESTION_KINDS,
    Advice,
    ChecklistItem,
    Choice,
    Condition,
    End,
    Flow,
    Node,
    Question,
    Step,
    Text,
    Wording,
)
from .yamlsrc import Located, LocatedList, load_file

__all__ = [
    "FLOW_ID_PATTERN",
    "ID_PATTERN",
    "ProblemCollector",
    "load_flow",
    "parse_condition",
    "parse_flow",
    "parse_flow_quietly",
    "text_problems",
]

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
FLOW_ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_RESERVED = {"all", "any", "not", "answered", "back"}
_LANGS = ("en", "zh")
_HAS_WORDS = re.compile(r"[A-Za-z\u4e00-\u9fff]")

_FLOW_KEYS = {"id", "version", "title", "summary", "keywords", "start", "nodes", "checklist",
              "order"}
_NODE_KEYS = {
    "select": {"kind", "label", "prompt", "help", "choices", "when", "next", "from", "variants",
               "aliases"},
    "multiselect": {"kind", "label", "prompt", "help", "choices", "when", "next", "optional",
                    "variants", "aliases"},
    "confirm": {"kind", "label", "prompt", "help", "yes", "no", "when", "next", "variants",
                "aliases"},
    "text": {"kind", "label", "prompt", "help", "next", "multiline", "optional", "placeholder",
             "when", "reference", "empty", "variants", "aliases", "last-digits"},
    "number": {"kind", "label", "prompt", "help", "next", "optional", "placeholder", "when",
               "unit", "empty", "currency", "variants", "aliases"},
    "datetime": {"kind", "label", "prompt", "help", "next", "optional", "placeholder", "when",
                 "empty", "variants", "aliases"},
    "advice": {"kind", "title", "steps", "next", "when", "compute", "variants"},
    "end": {"kind", "outcome", "message", "recommend", "when", "next", "check", "then",
            "prefer", "payee", "authorities", "freeze", "followup"},
}


class ProblemCollector:
    """Gathers problems for one file (a flow's, a check-up's); reading goes on after each."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []

    def error(self, line: int, message: Msg) -> None:
        """Note an error at `line`: the file will not load."""
        self.problems.append(Problem(self.path, line, message))

    def warn(self, line: int, message: Msg) -> None:
        """Note a warning at `line`: the file still loads."""
        self.problems.append(Problem(self.path, line, message, "warning"))

    @property
    def failed(self) -> bool:
        """Whether any error was noted."""
        return any(p.severity == "error" for p in self.problems)


class _Reader:
    def __init__(self, out: ProblemCollector) -> None:
        self.out = out

    def mapping(self, value: Any, line: int, what: Msg) -> Located | None:
        if isinstance(value, Located):
            return value
        self.out.error(line, Msg("authoring.not-mapping", what=what, type=type_name(value)))
        return None

    def unknown_keys(self, data: Located, allowed: set[str], what: Msg) -> None:
        for key in data:
            if key not in allowed:
                hint = Many(sorted(allowed))
                self.out.error(data.line_of(key), Msg("authoring.unknown-field", what=what,
                                                      key=key, known=hint))

    def required(self, data: Located, key: str, what: Msg) -> Any:
        if key not in data or data[key] is None:
            self.out.error(data.line, Msg("authoring.missing-field", what=what, key=key))
            return None
        return data[key]

    def ident(self, data: Located, key: str, what: Msg, *, pattern: re.Pattern[str] = ID_PATTERN,
              optional: bool = False) -> str | None:
        if key not in data and optional:
            return None
        value = self.required(data, key, what)
        if value is None:
            return None
        line = data.line_of(key)
        if not isinstance(value, str):
            quote = "-quote" if isinstance(value, bool) else ""
            self.out.error(line, Msg(f"authoring.id-not-text{quote}", what=what, key=key,
                                     type=type_name(value)))
            return None
        if not pattern.match(value):
            self.out.error(line, Msg("authoring.id-pattern", what=what, key=key, value=value))
            return None
        return value

    def text(self, data: Located, key: str, what: Msg, *, optional: bool = False) -> Text | None:
        if key not in data or data[key] is None:
            if not optional:
                self.out.error(data.line, Msg("authoring.missing-field", what=what, key=key))
            return None
        value = data[key]
        line = data.line_of(key)
        problems = text_problems(value)
        for severity, message in problems:
            report = self.out.error if severity == "error" else self.out.warn
            report(line, Msg("authoring.text-field", what=what, key=key, message=message))
        if any(severity == "error" for severity, _ in problems):
            return None
        return value if isinstance(value, str) else {k: value[k] for k in value}

    def boolean(self, data: Located, key: str, what: Msg) -> bool:
        value = data.get(key, False)
        if not isinstance(value, bool):
            self.out.error(data.line_of(key), Msg("authoring.not-bool", what=what, key=key,
                                                  type=type_name(value)))
            return False
        return value

    def node_ref(self, data: Located, key: str, what: Msg, *, optional: bool = False) -> str | None:
        return self.ident(data, key, what, optional=optional)


def text_problems(value: Any) -> list[tuple[str, Msg]]:
    """Say what is wrong with a user-facing text: ('error' | 'warning', message) pairs."""
    if isinstance(value, str):
        if not value.strip():
            return [("error", Msg("text.empty"))]
        if _HAS_WORDS.search(value):
            return [("warning", Msg("text.one-form"))]
        return []
    if not isinstance(value, dict):
        return [("error", Msg("text.bad-type", type=type_name(value)))]
    found: list[tuple[str, Msg]] = []
    for lang in value:
        if lang not in _LANGS:
            found.append(("error", Msg("text.unknown-lang", lang=lang)))
    for lang in _LANGS:
        text = value.get(lang)
        if text is None:
            found.append(("error", Msg("text.missing-lang", lang=lang)))
        elif not isinstance(text, str):
            found.append(("error", Msg("text.lang-not-text", lang=lang, type=type_name(text))))
        elif not text.strip():
            found.append(("error", Msg("text.lang-empty", lang=lang)))
    return found


def parse_condition(value: Any, line: int, report: Callable[[int, Msg], None]) -> Condition | None:
    """Read a `when:` condition; report problems through `report(line, message)`."""
    if not isinstance(value, Located) or not value:
        report(line, Msg("when.not-mapping"))
        return None
    parts: list[Condition] = []
    for key, item in value.items():
        at = value.line_of(key)
        if key in ("all", "any"):
            if not isinstance(item, LocatedList) or not item:
                report(at, Msg("when.needs-list", key=key))
                return None
            subs = [parse_condition(sub, item.lines[i], report) for i, sub in enumerate(item)]
            if any(s is None for s in subs):
                return None
            parts.append(Condition(key, parts=tuple(s for s in subs if s), line=at))
        elif key == "not":
            sub = parse_condition(item, at, report)
            if sub is None:
                return None
            parts.append(Condition("not", parts=(sub,), line=at))
        elif key == "answered":
            if not isinstance(item, str):
                report(at, Msg("when.answered"))
                return None
            parts.append(Condition("answered", question=item, line=at))
        else:
            values = item if isinstance(item, list) else [item]
            if not values or not all(isinstance(v, (str, bool)) for v in values):
                report(at, Msg("when.bad-value", key=key))
                return None
            parts.append(Condition("answer", question=key, values=tuple(values), line=at))
    if len(parts) == 1:
        return parts[0]
    return Condition("all", parts=tuple(parts), line=line)


def _parse_elapsed(r: _Reader, entry: Located, what: Msg) -> tuple[int | None, int | None]:
    """A choice's `elapsed: {at-least: 24h, under: 7d}`: the span it covers, in seconds."""
    from .derive import parse_duration

    raw = entry["elapsed"]
    line = entry.line_of("elapsed")
    if not isinstance(raw, Located) or not raw or any(k not in ("at-least", "under") for k in raw):
        r.out.error(line, Msg("flow.elapsed", what=what))
        return None, None
    found: dict[str, int | None] = {}
    for key in ("at-least", "under"):
        if key in raw:
            seconds = parse_duration(raw[key])
            if seconds is None:
                r.out.error(raw.line_of(key), Msg("flow.elapsed-duration", what=what, key=key,
                                                  value=raw[key]))
                return None, None
            found[key] = seconds
    least, under = found.get("at-least"), found.get("under")
    if least is not None and under is not None and under <= least:
        r.out.error(line, Msg("flow.elapsed-order", what=what))
        return None, None
    return least, under


def _parse_choices(r: _Reader, data: Located, what: Msg, *, needs_next: bool) -> tuple[Choice, ...]:
    raw = r.required(data, "choices", what)
    if raw is None:
        return ()
    if not isinstance(raw, LocatedList) or not raw:
        r.out.error(data.line_of("choices"), Msg("flow.choices-empty", what=what))
        return ()
    choices: list[Choice] = []
    seen: dict[str, int] = {}
    for index, item in enumerate(raw):
        line = raw.lines[index]
        numbered = Msg("where.choice-n", what=what, n=index + 1)
        entry = r.mapping(item, line, numbered)
        if entry is None:
            continue
        allowed = ({"id", "label", "next", "elapsed", "when", "near"} if needs_next
                   else {"id", "label", "when", "alone"})
        r.unknown_keys(entry, allowed, numbered)
        cid = r.ident(entry, "id", numbered)
        named = Msg("where.choice", what=what, id=cid) if cid else numbered
        label = r.text(entry, "label", named)
        nxt = r.node_ref(entry, "next", named, optional=True)
        least = under = None
        if needs_next and "elapsed" in entry:
            least, under = _parse_elapsed(r, entry, named)
        near: tuple[str, ...] = ()
        if needs_next and "near" in entry:
            raw_near = entry["near"]
            if (isinstance(raw_near, list) and len(raw_near) >= 2
                    and all(isinstance(n, str) and ID_PATTERN.match(n) for n in raw_near)):
                near = tuple(raw_near)
            else:
                r.out.error(entry.line_of("near"), Msg("flow.near", what=named))
        alone = False
        if "alone" in entry:
            alone = entry["alone"] is True
            if not isinstance(entry["alone"], bool):
                r.out.error(entry.line_of("alone"), Msg("flow.alone", what=named))
        offered = None
        if "when" in entry:
            def report(at: int, message: Msg, owner: Msg = named) -> None:
                r.out.error(at, Msg("problem.in", what=owner, message=message))

            offered = parse_condition(entry["when"], entry.line_of("when"), report)
        if cid in _RESERVED:
            r.out.error(entry.line_of("id"), Msg("flow.choice-reserved", what=what, id=cid))
        if cid is not None and cid in seen:
            r.out.error(entry.line_of("id"), Msg("flow.choice-duplicate", what=what, id=cid,
                                                 first=seen[cid]))
            continue
        if cid and label is not None:
            seen[cid] = entry.line_of("id")
            choices.append(Choice(cid, label, nxt, line, least, under, offered, near, alone))
    return tuple(choices)


def _parse_steps(r: _Reader, data: Located, what: Msg) -> tuple[Step, ...]:
    raw = r.required(data, "steps", what)
    if raw is None:
        return ()
    if not isinstance(raw, LocatedList) or not raw:
        r.out.error(data.line_of("steps"), Msg("flow.steps-empty", what=what))
        return ()
    steps: list[Step] = []
    seen: set[str] = set()
    for index, item in enumerate(raw):
        line = raw.lines[index]
        numbered = Msg("where.step-n", what=what, n=index + 1)
        entry = r.mapping(item, line, numbered)
        if entry is None:
            continue
        r.unknown_keys(entry, {"id", "text", "severity", "when"}, numbered)
        sid = r.ident(entry, "id", numbered)
        named = Msg("where.step", what=what, id=sid) if sid else numbered
        text = r.text(entry, "text", named)
        severity = entry.get("severity", "info")
        if severity not in ADVICE_SEVERITIES:
            r.out.error(entry.line_of("severity"), Msg("flow.step-severity", what=named,
                                                       severity=severity,
                                                       known=Many(ADVICE_SEVERITIES)))
            continue
        when = None
        if "when" in entry:
            def report(line: int, message: Msg) -> None:
                r.out.error(line, Msg("problem.in", what=what, message=message))

            when = parse_condition(entry["when"], entry.line_of("when"), report)
        if sid is not None and sid in seen:
            r.out.error(entry.line_of("id"), Msg("flow.step-duplicate", what=what, id=sid))
            continue
        if sid and text is not None:
            seen.add(sid)
            steps.append(Step(sid, text, severity, when, line))
    return tuple(steps)


def _parse_compute(r: _Reader, data: Located, what: Msg) -> tuple[tuple[str, str], ...]:
    raw = data.get("compute")
    if raw is None:
        return ()
    if not isinstance(raw, Located) or not raw:
        r.out.error(data.line_of("compute"), Msg("flow.compute-shape", what=what))
        return ()
    from .arithmetic import ExpressionError, parse_expression

    found: list[tuple[str, str]] = []
    for name, source in raw.items():
        line = raw.line_of(name)
        if not ID_PATTERN.match(name):
            r.out.error(line, Msg("flow.compute-name", what=what, name=name))
            continue
        if isinstance(source, (int, float)) and not isinstance(source, bool):
            source = str(source)
        if not isinstance(source, str):
            r.out.error(line, Msg("flow.compute-not-text", what=what, name=name))
            continue
        try:
            parse_expression(source)
        except ExpressionError as error:
            r.out.error(line, Msg("flow.compute-bad", what=what, name=name, error=error.msg))
            continue
        found.append((name, source))
    return tuple(found)


def _parse_node(r: _Reader, node_id: str, data: Located) -> Node | None:
    what = Msg("where.node", id=node_id)
    kind = data.get("kind")
    if not isinstance(kind, str) or kind not in _NODE_KEYS:
        known = Many(_NODE_KEYS)
        if kind is None:
            r.out.error(data.line, Msg("flow.kind-missing", what=what, known=known))
        else:
            r.out.error(data.line_of("kind"), Msg("flow.kind-unknown", what=what, kind=kind,
                                                  known=known))
        return None
    before = len(r.out.problems)
    r.unknown_keys(data, _NODE_KEYS[kind], what)
    when = None
    if "when" in data:
        when = parse_condition(data["when"], data.line_of("when"),
                               lambda ln, m: r.out.error(ln, Msg("problem.in", what=what,
                                                                 message=m)))
    node: Node | None = None
    if kind in QUESTION_KINDS:
        prompt = r.text(data, "prompt", what)
        help_text = r.text(data, "help", what, optional=True)
        choices: tuple[Choice, ...] = ()
        nxt = yes = no = None
        # Missing destinations are the validator's "dead end", not a load error.
        nxt = r.node_ref(data, "next", what, optional=True)
        if kind in ("select", "multiselect"):
            choices = _parse_choices(r, data, what, needs_next=kind == "select")
        elif kind == "confirm":
            yes = r.node_ref(data, "yes", what, optional=True)
            no = r.node_ref(data, "no", what, optional=True)
        if when is not None and kind in ("select", "confirm") and nxt is None:
            r.out.error(data.line_of("when"), Msg("flow.when-needs-next", what=what, kind=kind))
        multiline = r.boolean(data, "multiline", what) if kind == "text" else False
        optional = (r.boolean(data, "optional", what)
                    if kind in ("text", "multiselect", "number", "datetime") else False)
        placeholder = r.text(data, "placeholder", what, optional=True)
        reference = r.boolean(data, "reference", what) if kind == "text" else False
        last_digits: int | None = None
        if kind == "text" and "last-digits" in data:
            raw_digits = data["last-digits"]
            if (isinstance(raw_digits, int) and not isinstance(raw_digits, bool)
                    and 1 <= raw_digits <= 8):
                last_digits = raw_digits
            else:
                r.out.error(data.line_of("last-digits"), Msg("flow.last-digits", what=what,
                                                             value=raw_digits))
        unit = None
        if kind == "number" and "unit" in data:
            unit = data["unit"]
            if unit not in NUMBER_UNITS:
                r.out.error(data.line_of("unit"), Msg("flow.unit", what=what, unit=unit,
                                                      known=Many(NUMBER_UNITS)))
                unit = None
        currency_required = False
        currency_from: str | None = None
        if kind == "number" and "currency" in data:
            if data["currency"] == "required":
                currency_required = True
            elif isinstance(data["currency"], str) and ID_PATTERN.match(data["currency"]):
                # a bare number is in the currency of that earlier number answer
                currency_from = data["currency"]
            else:
                r.out.error(data.line_of("currency"), Msg("flow.currency", what=what,
                                                          value=data["currency"]))
        empty = r.text(data, "empty", what, optional=True)
        if empty is not None and not optional:
            r.out.error(data.line_of("empty"), Msg("flow.empty-not-optional", what=what))
            empty = None
        label = r.text(data, "label", what, optional=True)
        derive_from = r.node_ref(data, "from", what, optional=True) if kind == "select" else None
        variants = _parse_variants(r, data, what, kind)
        aliases: tuple[str, ...] = ()
        if "aliases" in data:
            raw_aliases = data["aliases"]
            if not isinstance(raw_aliases, list) or not all(
                    isinstance(a, str) and ID_PATTERN.match(a) for a in raw_aliases):
                r.out.error(data.line_of("aliases"), Msg("flow.aliases", what=what))
            else:
                aliases = tuple(raw_aliases)
        if prompt is not None:
            node = Question(node_id, kind, prompt, help_text, choices, nxt, yes,  # type: ignore[arg-type]
                            no, multiline, optional, placeholder, when, data.line, reference,
                            unit, derive_from, label, empty, currency_required,
                            currency_from=currency_from, variants=variants, aliases=aliases,
                            last_digits=last_digits)
    elif kind == "advice":
        title = r.text(data, "title", what, optional=True)
        steps = _parse_steps(r, data, what)
        nxt = r.node_ref(data, "next", what, optional=True)
        compute = _parse_compute(r, data, what)
        variants = _parse_variants(r, data, what, kind)
        if steps:
            node = Advice(node_id, title, steps, nxt, when, data.line, compute, variants)
    else:
        outcome = r.required(data, "outcome", what)
        if outcome is not None and outcome not in OUTCOMES:
            r.out.error(data.line_of("outcome"), Msg("flow.outcome", what=what, outcome=outcome,
                                                     known=Many(OUTCOMES)))
            outcome = None
        message = r.text(data, "message", what)
        recommend = data.get("recommend", [])
        if not isinstance(recommend, list) or not all(isinstance(x, str) for x in recommend):
            r.out.error(data.line_of("recommend"), Msg("flow.recommend-list", what=what))
            recommend = []
        else:
            from .model import CHANNEL_KINDS

            for kind_name in recommend:
                if kind_name not in CHANNEL_KINDS:
                    r.out.error(data.line_of("recommend"),
                                Msg("flow.recommend-kind", what=what, kind=kind_name,
                                    known=Many(CHANNEL_KINDS)))
        prefer = data.get("prefer")
        if prefer is not None:
            from ..vocabulary import PREFERENCES

            if prefer not in PREFERENCES:
                r.out.error(data.line_of("prefer"), Msg("flow.prefer", what=what,
                                                        known=Many(tuple(PREFERENCES))))
                prefer = None
        nxt = r.node_ref(data, "next", what, optional=True)
        if when is not None and nxt is None:
            r.out.error(data.line_of("when"), Msg("flow.end-when-needs-next", what=what))
        if when is None and nxt is not None:
            r.out.error(data.line_of("next"), Msg("flow.end-next-needs-when", what=what))
        check_days, check_working, check_from, past_today = _parse_check(r, data, what, outcome)
        then = r.text(data, "then", what, optional=True)
        if outcome == "wait" and then is None and "then" not in data:
            r.out.error(data.line, Msg("flow.wait-needs-then", what=what))
        if outcome != "wait" and "then" in data:
            r.out.error(data.line_of("then"), Msg("flow.then-only-wait", what=what))
        followup = r.text(data, "followup", what, optional=True)
        if outcome != "wait" and "followup" in data:
            r.out.error(data.line_of("followup"), Msg("flow.followup-only-wait", what=what))
        payee = None
        if "payee" in data:  # when money went to a payee: a condition, like `when`
            payee = parse_condition(data["payee"], data.line_of("payee"),
                                    lambda ln, m: r.out.error(ln, Msg("problem.in", what=what,
                                                                      message=m)))
        authorities = None
        if data.get("authorities") is False:  # never: nothing was lost, no crime goes on
            authorities = Condition("any", line=data.line_of("authorities"))
        elif "authorities" in data:  # only where money or data was lost: like `when`
            authorities = parse_condition(
                data["authorities"], data.line_of("authorities"),
                lambda ln, m: r.out.error(ln, Msg("problem.in", what=what, message=m)))
        freeze = None
        if data.get("freeze") is False:  # never: nothing was given away, nothing to lock
            freeze = Condition("any", line=data.line_of("freeze"))
        elif "freeze" in data:  # only where the account or the money is exposed
            freeze = parse_condition(
                data["freeze"], data.line_of("freeze"),
                lambda ln, m: r.out.error(ln, Msg("problem.in", what=what, message=m)))
        if outcome and message is not None:
            node = End(node_id, outcome, message, tuple(recommend), data.line, when, nxt,
                       check_days, check_working, check_from, past_today, then, followup,
                       prefer, payee, authorities, freeze)
    if len(r.out.problems) > before and any(
        p.severity == "error" for p in r.out.problems[before:]
    ):
        return None
    return node


def _parse_variants(r: _Reader, data: Located, what: Msg, kind: str) -> tuple[Wording, ...]:
    """A question's `variants: [{when, prompt, help, placeholder}]`: words for some paths.

    An advice node's are `[{when, title}]`: its title on some paths.
    """
    raw = data.get("variants")
    if raw is None:
        return ()
    if not isinstance(raw, LocatedList):
        r.out.error(data.line_of("variants"), Msg("flow.variants-list", what=what))
        return ()
    texts = ("prompt", "help", "placeholder") if kind in ("text", "number", "datetime") else (
        ("title",) if kind == "advice" else ("prompt", "help"))
    found: list[Wording] = []
    for item, line in zip(raw, raw.lines, strict=True):
        entry = r.mapping(item, line, what)
        if entry is None:
            continue
        r.unknown_keys(entry, {"when", *texts}, what)
        if "when" not in entry or not any(key in entry for key in texts):
            shape = "flow.variant-title" if kind == "advice" else "flow.variant-shape"
            r.out.error(entry.line, Msg(shape, what=what))
            continue

        def report(at: int, message: Msg) -> None:
            r.out.error(at, Msg("problem.in", what=what, message=message))

        cond = parse_condition(entry["when"], entry.line_of("when"), report)
        words = {key: r.text(entry, key, what, optional=True) for key in texts}
        if cond is not None:
            found.append(Wording(cond, words.get("prompt"), words.get("help"),
                                 words.get("placeholder"), entry.line, words.get("title")))
    return tuple(found)


def _parse_check(r: _Reader, data: Located, what: Msg,
                 outcome: object) -> tuple[int, bool, str | None, bool]:
    """A wait end's `check: {days: N | working-days: N, from: question, past: today}`."""
    raw = data.get("check")
    if outcome != "wait":
        if raw is not None:
            r.out.error(data.line_of("check"), Msg("flow.check-only-wait", what=what))
        return 0, False, None, False
    if not isinstance(raw, Located):
        r.out.error(data.line_of("check") if raw is not None else data.line,
                    Msg("flow.wait-needs-check", what=what))
        return 0, False, None, False
    unknown = [k for k in raw if k not in ("days", "working-days", "from", "past")]
    if unknown:
        r.out.error(raw.line_of(unknown[0]), Msg("flow.check-unknown", what=what,
                                                 key=unknown[0]))
    counts = [k for k in ("days", "working-days") if k in raw]
    if len(counts) != 1:
        r.out.error(raw.line, Msg("flow.check-one-count", what=what))
        return 0, False, None, False
    days = raw.get(counts[0])
    if isinstance(days, bool) or not isinstance(days, int) or not 0 < days <= 365:
        r.out.error(raw.line_of(counts[0]), Msg("flow.check-days", what=what, key=counts[0]))
        return 0, False, None, False
    source = raw.get("from")
    if source is not None and not isinstance(source, str):
        r.out.error(raw.line_of("from"), Msg("flow.check-from", what=what))
        source = None
    past = raw.get("past", "next-day")
    if past not in ("next-day", "today"):
        r.out.error(raw.line_of("past"), Msg("flow.check-past", what=what))
    return days, counts[0] == "working-days", source, past == "today"


def _parse_checklist(r: _Reader, data: Located) -> tuple[ChecklistItem, ...]:
    raw = data.get("checklist", [])
    if raw is None:
        raw = []
    if not isinstance(raw, list):
        r.out.error(data.line_of("checklist"), Msg("flow.checklist-list"))
        return ()
    items: list[ChecklistItem] = []
    seen: set[str] = set()
    for index, item in enumerate(raw):
        line = raw.lines[index] if isinstance(raw, LocatedList) else data.line
        entry = r.mapping(item, line, Msg("where.checklist-n", n=index + 1))
        if entry is None:
            continue
        what = (Msg("where.checklist", id=entry["id"]) if "id" in entry
                else Msg("where.checklist-n", n=index + 1))
        r.unknown_keys(entry, {"id", "label", "hint", "from", "when"}, what)
        iid = r.ident(entry, "id", what)
        label = r.text(entry, "label", what)
        hint = r.text(entry, "hint", what, optional=True)
        source = r.ident(entry, "from", what, optional=True)
        if iid is not None and iid in seen:
            r.out.error(entry.line_of("id"), Msg("flow.checklist-duplicate", id=iid))
            continue
        when = None
        if "when" in entry:
            def report(at: int, message: Msg, owner: Msg = what) -> None:
                r.out.error(at, Msg("problem.in", what=owner, message=message))

            when = parse_condition(entry["when"], entry.line_of("when"), report)
        if iid and label is not None:
            seen.add(iid)
            items.append(ChecklistItem(iid, label, hint, source, entry.line_of("from")
                                       if source else line, when))
    return tuple(items)


def _keywords(r: _Reader, data: Located) -> tuple[str, ...]:
    raw = data.get("keywords", [])
    values: list[Any]
    if isinstance(raw, dict):
        values = [w for lang in raw.values() if isinstance(lang, list) for w in lang]
        if not all(isinstance(lang, list) for lang in raw.values()):
            r.out.error(data.line_of("keywords"), Msg("flow.keywords-per-lang"))
    elif isinstance(raw, list):
        values = list(raw)
    else:
        r.out.error(data.line_of("keywords"), Msg("flow.keywords-list"))
        return ()
    if not all(isinstance(w, str) and w.strip() for w in values):
        r.out.error(data.line_of("keywords"), Msg("flow.keywords-empty"))
        return ()
    return tuple(w.strip() for w in values)


def parse_flow(data: Any, path: str, source: str = "built-in") -> tuple[Flow | None, list[Problem]]:
    """Build a flow from parsed YAML; return it (None on errors) with every problem found."""
    out = ProblemCollector(path)
    r = _Reader(out)
    top = r.mapping(data, getattr(data, "line", 1), Msg("where.top"))
    if top is None:
        return None, out.problems
    flow_what = Msg("where.flow")
    r.unknown_keys(top, _FLOW_KEYS, flow_what)
    flow_id = r.ident(top, "id", flow_what, pattern=FLOW_ID_PATTERN)
    version = top.get("version", 1)
    if not isinstance(version, int) or isinstance(version, bool) or version != 1:
        out.error(top.line_of("version"), Msg("flow.version", version=version))
    order = top.get("order", 100)
    if not isinstance(order, int) or isinstance(order, bool) or not 0 <= order <= 10_000:
        out.error(top.line_of("order"), Msg("flow.order", order=order))
        order = 100
    title = r.text(top, "title", flow_what)
    summary = r.text(top, "summary", flow_what)
    keywords = _keywords(r, top)
    start = r.node_ref(top, "start", flow_what)
    raw_nodes = r.required(top, "nodes", flow_what)
    nodes: dict[str, Node] = {}
    if raw_nodes is not None:
        node_map = r.mapping(raw_nodes, top.line_of("nodes"), Msg("where.nodes"))
        if node_map is not None and not node_map:
            out.error(top.line_of("nodes"), Msg("flow.nodes-empty"))
        for node_id, body in (node_map or {}).items():
            line = node_map.line_of(node_id) if node_map is not None else top.line
            if not ID_PATTERN.match(node_id) or node_id in _RESERVED:
                out.error(line, Msg("flow.node-id", id=node_id))
                continue
            entry = r.mapping(body, line, Msg("where.node", id=node_id))
            if entry is None:
                continue
            node = _parse_node(r, node_id, entry)
            if node is not None:
                nodes[node_id] = node
    checklist = _parse_checklist(r, top)
    if out.failed or not (flow_id and title is not None and summary is not None and start):
        if not out.failed:
            out.error(top.line, Msg("flow.incomplete"))
        return None, out.problems
    flow = Flow(flow_id, title, summary, keywords, start, nodes, checklist, path, top.line, source,
                order=order)
    return flow, out.problems


def parse_flow_quietly(data: Any, path: str, source: str = "built-in"
                       ) -> tuple[Flow | None, list[Problem]]:
    """`parse_flow` with the cyclic garbage collector paused: it creates no cycles."""
    import gc

    collecting = gc.isenabled()
    gc.disable()
    try:
        return parse_flow(data, path, source)
    finally:
        if collecting:
            gc.enable()


def load_flow(path: Path | str, source: str = "built-in") -> tuple[Flow, list[Problem]]:
    """Load one flow file; raise `FlowErrors` listing every error, else return its warnings."""
    try:
        data = load_file(path)
    except FlowError as exc:
        raise FlowErrors([exc.problem()]) from None
    flow, problems = parse_flow_quietly(data, str(path), source)
    if flow is None:
        raise FlowErrors([p for p in problems if p.severity == "error"])
    return flow, problems
