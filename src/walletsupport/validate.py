"""Graph checks on loaded flows: every reference resolves and every path can end."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .errors import Problem
from .model import Advice, Condition, End, Flow, Question, Text

__all__ = ["check_catalog", "check_flow", "contact_detail"]

# Contact details come only from profiles: a flow text holding one is refused, since
# a flow from an extra folder could otherwise send users to a scammer's number.
# Every pattern that starts with a repeated class only starts where a run of that class
# starts (a lookbehind): trying each position inside a long run made a 150 KB word take
# minutes; now each run is scanned once and the checks are linear in the text.
_URL = re.compile(r"https?://|www\.|(?<![\w-])[\w-]+\.(?:com|cn|net|org|io|me|app|hk|tw)\b",
                  re.IGNORECASE)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+")
_HANDLE = re.compile(r"(?<![\w@])@[A-Za-z_]\w{2,}")
_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}")
_AMOUNT = re.compile(r"[¥$€£]\s?[\d,]+(?:\.\d+)?|(?<![\d,])[\d,]+(?:\.\d+)?\s?"
                     r"(?:元|美元|CNY|USD|EUR|GBP|HKD|USDT|ETH|BTC)")
_MATH = re.compile(r"(?<![\d,.])[\d,.]+(?=\)?\s*[×÷−=])|(?<=[×÷−=(])\s*[\d,.]+")
_PHONE = re.compile(r"\+?\(?\d[\d ()-]{3,}\d")
_HOTLINE = re.compile(r"(?<!\d)(?:95\d{3}|96\d{3}|400-|800-)(?!\d)")


def contact_detail(text: str) -> str | None:
    """The phone number, web address, email or handle a text holds, if any."""
    for pattern in (_URL, _EMAIL, _HANDLE):
        found = pattern.search(text)
        if found:
            return found.group()
    rest = _MATH.sub(" ", _AMOUNT.sub(" ", _DATE_TIME.sub(" ", text)))
    for match in _PHONE.finditer(rest):
        candidate = match.group()
        if len(re.sub(r"\D", "", candidate)) >= 5:
            return candidate.strip()
    hotline = _HOTLINE.search(rest)
    return hotline.group() if hotline else None


def _texts(flow: Flow) -> Iterator[tuple[str, int, Text]]:
    yield "title", flow.line, flow.title
    yield "summary", flow.line, flow.summary
    for node in flow.nodes.values():
        owner = f"node {node.id!r}"
        if isinstance(node, Question):
            for name, text in (("prompt", node.prompt), ("help", node.help),
                               ("placeholder", node.placeholder)):
                if text is not None:
                    yield f"{owner}: {name}", node.line, text
            for choice in node.choices:
                yield f"{owner}: choice {choice.id!r}", choice.line or node.line, choice.label
        elif isinstance(node, Advice):
            if node.title is not None:
                yield f"{owner}: title", node.line, node.title
            for step in node.steps:
                yield f"{owner}: step {step.id!r}", step.line or node.line, step.text
        else:
            yield f"{owner}: message", node.line, node.message
            if node.then is not None:
                yield f"{owner}: then", node.line, node.then
    for item in flow.checklist:
        yield f"checklist item {item.id!r}: label", item.line, item.label
        if item.hint is not None:
            yield f"checklist item {item.id!r}: hint", item.line, item.hint


def _contact_problems(flow: Flow) -> list[Problem]:
    found = []
    for where, line, text in _texts(flow):
        for value in ([text] if isinstance(text, str) else list(text.values())):
            detail = contact_detail(value)
            if detail:
                found.append(Problem(flow.path, line, f"{where} holds what looks like a contact "
                                     f"detail ({detail!r}); phone numbers, addresses and "
                                     "accounts come only from contact profiles"))
                break
    return found


def _condition_problems(flow: Flow, cond: Condition, owner: str) -> list[Problem]:
    found: list[Problem] = []
    stack = [cond]
    while stack:
        c = stack.pop()
        stack.extend(c.parts)
        if c.op not in ("answer", "answered"):
            continue
        target = flow.nodes.get(c.question)
        if not isinstance(target, Question):
            found.append(Problem(flow.path, c.line or 1,
                                 f"{owner}: when names {c.question!r}, which is not a question"))
            continue
        if c.op != "answer":
            continue
        for value in c.values:
            if target.kind in ("select", "multiselect"):
                if not isinstance(value, str) or target.choice(value) is None:
                    known = ", ".join(ch.id for ch in target.choices)
                    found.append(Problem(flow.path, c.line or 1,
                                         f"{owner}: when tests {c.question!r} for {value!r}, "
                                         f"which is not one of its choices ({known})"))
            elif target.kind == "confirm" and not isinstance(value, bool):
                found.append(Problem(flow.path, c.line or 1,
                                     f"{owner}: when tests the yes/no question {c.question!r} "
                                     f"for {value!r}; use true or false"))
    return found


def _dead_ends(node: Question | Advice) -> list[str]:
    """Describe each way out of `node` that leads nowhere."""
    if isinstance(node, Advice):
        return [] if node.next else ["it has no 'next'"]
    if node.kind == "select":
        return [f"choice {c.id!r} has no 'next'" for c in node.choices
                if not (c.next or node.next)]
    if node.kind == "confirm":
        return [f"answer {branch!r} has no destination" for branch, dest in
                (("yes", node.yes), ("no", node.no)) if not (dest or node.next)]
    return [] if node.next else ["it has no 'next'"]


def check_flow(flow: Flow) -> list[Problem]:
    """Every graph problem of one flow, in file order."""
    found: list[Problem] = []
    path = flow.path
    nodes = flow.nodes

    if flow.start not in nodes:
        found.append(Problem(path, flow.line, f"start names unknown node {flow.start!r}"))
    for node in nodes.values():
        targets = node.targets()
        if isinstance(node, Question):
            pairs = [(f"choice {c.id!r}", c.next, c.line or node.line)
                     for c in node.choices if c.next]
            pairs += [(b, d, node.line) for b, d in (("yes", node.yes), ("no", node.no),
                                                     ("next", node.next)) if d]
            for label, dest, line in pairs:
                if dest not in nodes:
                    found.append(Problem(path, line, f"node {node.id!r}: {label} goes to "
                                         f"unknown node {dest!r}"))
        else:
            for dest in targets:
                if dest not in nodes:
                    found.append(Problem(path, node.line,
                                         f"node {node.id!r}: next goes to unknown node {dest!r}"))
        if not isinstance(node, End):
            for why in _dead_ends(node):
                found.append(Problem(path, node.line, f"node {node.id!r} is a dead end: {why}"))
        conds: list[tuple[str, Condition]] = []
        if node.when is not None:
            conds.append((f"node {node.id!r}", node.when))
        if isinstance(node, Advice):
            conds += [(f"node {node.id!r}: step {s.id!r}", s.when) for s in node.steps if s.when]
        for owner, cond in conds:
            found.extend(_condition_problems(flow, cond, owner))

    # Reachability from the start, and which nodes can still reach an end.
    reachable: set[str] = set()
    todo = [flow.start] if flow.start in nodes else []
    while todo:
        current = todo.pop()
        if current in reachable:
            continue
        reachable.add(current)
        todo.extend(t for t in nodes[current].targets() if t in nodes)
    for node in nodes.values():
        if node.id not in reachable:
            found.append(Problem(path, node.line, f"node {node.id!r} is unreachable from the "
                                 f"start {flow.start!r}"))
    sources: dict[str, list[str]] = {n: [] for n in nodes}
    for node in nodes.values():
        for target in node.targets():
            if target in sources:
                sources[target].append(node.id)
    can_end: set[str] = set()
    todo = [n.id for n in nodes.values() if isinstance(n, End)]
    while todo:
        current = todo.pop()
        if current in can_end:
            continue
        can_end.add(current)
        todo.extend(sources[current])
    for node in nodes.values():
        if node.id in reachable and node.id not in can_end and not _is_plain_dead_end(node):
            found.append(Problem(path, node.line, f"node {node.id!r} can never reach an end "
                                 f"(it only loops{_loop_hint(flow, node.id)})"))
    if not flow.ends():
        found.append(Problem(path, flow.line, "the flow has no end node"))

    found.extend(_arithmetic_problems(flow))
    found.extend(_contact_problems(flow))
    questions = {q.id for q in flow.questions()}
    for item in flow.checklist:
        if item.when is not None:
            found.extend(_condition_problems(flow, item.when, f"checklist item {item.id!r}"))
        if item.source is not None and item.source not in questions:
            found.append(Problem(path, item.line, f"checklist item {item.id!r}: from names "
                                 f"{item.source!r}, which is not a question"))
    for end in flow.ends():
        if end.check_from is None:
            continue
        source = flow.nodes.get(end.check_from)
        if not isinstance(source, Question) or source.kind != "datetime":
            found.append(Problem(path, end.line, f"node {end.id!r}: check from names "
                                 f"{end.check_from!r}, which is not a date question"))
    found.sort(key=lambda p: p.line)
    return found


def _arithmetic_problems(flow: Flow) -> list[Problem]:
    """Sums name number questions or earlier sums; placeholders name something with a value."""
    from .arithmetic import names_in, parse_expression, placeholders

    found: list[Problem] = []
    numbers = {q.id for q in flow.questions() if q.kind == "number"}
    for node in flow.nodes.values():
        if not isinstance(node, Advice):
            continue
        known = set(numbers)
        for name, source in node.compute:
            if name in flow.nodes:
                found.append(Problem(flow.path, node.line, f"node {node.id!r}: compute name "
                                     f"{name!r} is also a node id"))
            for used in sorted(names_in(parse_expression(source)) - known):
                found.append(Problem(flow.path, node.line, f"node {node.id!r}: compute {name!r} "
                                     f"uses {used!r}, which is neither a number question nor an "
                                     "earlier sum (write minus with spaces: a - b)"))
            known.add(name)
        for step in node.steps:
            texts = [step.text] if isinstance(step.text, str) else list(step.text.values())
            for text in texts:
                for name in sorted(placeholders(text) - known):
                    found.append(Problem(flow.path, step.line, f"node {node.id!r}: step "
                                         f"{step.id!r} shows {{{name}}}, which is neither a "
                                         "number question nor one of the node's sums"))
    return found


def _is_plain_dead_end(node: object) -> bool:
    # A node with no way out at all is already reported as a dead end.
    return not isinstance(node, End) and not node.targets()  # type: ignore[attr-defined]


def _loop_hint(flow: Flow, start: str) -> str:
    seen: list[str] = []
    current = start
    while current in flow.nodes and current not in seen:
        seen.append(current)
        targets = flow.nodes[current].targets()
        if not targets:
            return ""
        current = targets[0]
    if current in seen:
        cycle = seen[seen.index(current):] + [current]
        return ": " + " → ".join(cycle)
    return ""


def check_catalog(flows: Iterable[Flow]) -> list[Problem]:
    """Problems across files: two files in one source defining the same flow id."""
    found: list[Problem] = []
    first: dict[tuple[str, str], Flow] = {}
    for flow in flows:
        key = (flow.source, flow.id)
        if key in first:
            other = first[key]
            found.append(Problem(flow.path, flow.line, f"duplicate flow id {flow.id!r} (also "
                                 f"defined in {other.path}:{other.line})"))
        else:
            first[key] = flow
    return found
