"""Graph checks on loaded flows: every reference resolves and every path can end."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from ..errors import Many, Msg, Problem
from .model import FACTS, Advice, Condition, End, Flow, Node, Question, Text

__all__ = ["authoring_hints", "check_catalog", "check_flow", "contact_detail"]

def contact_detail(text: str) -> str | None:
    """The phone number, web address, email or handle a text holds, if any, disguised or not.

    Contact details come only from profiles: a flow text holding one is refused, since
    a flow from an extra folder could otherwise send users to a scammer's number.
    The scanning (and undoing the disguises) is `walletsupport.contactscan`'s.
    """
    from ..contactscan import find_contact

    return find_contact(text)


def _field(what: Msg, name: str) -> Msg:
    return Msg("where.field", what=what, field=name)


def _node(node_id: str) -> Msg:
    return Msg("where.node", id=node_id)


def _texts(flow: Flow) -> Iterator[tuple[str | Msg, int, Text]]:
    yield "title", flow.line, flow.title
    yield "summary", flow.line, flow.summary
    for node in flow.nodes.values():
        owner = _node(node.id)
        if isinstance(node, Question):
            for name, text in (("label", node.label), ("prompt", node.prompt),
                               ("help", node.help), ("placeholder", node.placeholder)):
                if text is not None:
                    yield _field(owner, name), node.line, text
            for words in node.variants:
                for name, text in (("prompt", words.prompt), ("help", words.help),
                                   ("placeholder", words.placeholder)):
                    if text is not None:
                        yield _field(owner, name), words.line or node.line, text
            for choice in node.choices:
                yield (Msg("where.choice-q", what=owner, id=choice.id), choice.line or node.line,
                       choice.label)
        elif isinstance(node, Advice):
            if node.title is not None:
                yield _field(owner, "title"), node.line, node.title
            for words in node.variants:
                if words.title is not None:
                    yield _field(owner, "title"), words.line or node.line, words.title
            for step in node.steps:
                yield Msg("where.step-q", what=owner, id=step.id), step.line or node.line, step.text
        else:
            yield _field(owner, "message"), node.line, node.message
            if node.then is not None:
                yield _field(owner, "then"), node.line, node.then
    for item in flow.checklist:
        checklist = Msg("where.checklist-q", id=item.id)
        yield _field(checklist, "label"), item.line, item.label
        if item.hint is not None:
            yield _field(checklist, "hint"), item.line, item.hint


def _contact_problems(flow: Flow) -> list[Problem]:
    found = []
    for where, line, text in _texts(flow):
        for value in ([text] if isinstance(text, str) else list(text.values())):
            detail = contact_detail(value)
            if detail:
                found.append(Problem(flow.path, line, Msg("check.contact-in-text", what=where,
                                                          detail=detail)))
                break
    return found


def _condition_problems(flow: Flow, cond: Condition, owner: Msg) -> list[Problem]:
    found: list[Problem] = []
    stack = [cond]
    while stack:
        c = stack.pop()
        stack.extend(c.parts)
        if c.op not in ("answer", "answered"):
            continue
        target = flow.nodes.get(c.question)
        if target is None and c.question in FACTS:  # a fact of the run, e.g. wallet-custody
            found.extend(Problem(flow.path, c.line or 1, Msg(
                "check.when-not-choice", what=owner, id=c.question, value=value,
                known=Many(FACTS[c.question]))) for value in c.values
                if c.op == "answer" and value not in FACTS[c.question])
            continue
        if not isinstance(target, Question):
            found.append(Problem(flow.path, c.line or 1,
                                 Msg("check.when-not-question", what=owner, id=c.question)))
            continue
        if c.op != "answer":
            continue
        for value in c.values:
            if target.kind in ("select", "multiselect"):
                if not isinstance(value, str) or target.choice(value) is None:
                    known = Many(ch.id for ch in target.choices)
                    found.append(Problem(flow.path, c.line or 1,
                                         Msg("check.when-not-choice", what=owner, id=c.question,
                                             value=value, known=known)))
            elif target.kind == "confirm" and not isinstance(value, bool):
                found.append(Problem(flow.path, c.line or 1,
                                     Msg("check.when-yes-no", what=owner, id=c.question,
                                         value=value)))
    return found


def _dead_ends(node: Question | Advice) -> list[Msg]:
    """Describe each way out of `node` that leads nowhere."""
    if isinstance(node, Advice):
        return [] if node.next else [Msg("check.no-next")]
    if node.kind == "select":
        return [Msg("check.choice-no-next", id=c.id) for c in node.choices
                if not (c.next or node.next)]
    if node.kind == "confirm":
        return [Msg("check.answer-no-next", branch=branch) for branch, dest in
                (("yes", node.yes), ("no", node.no)) if not (dest or node.next)]
    return [] if node.next else [Msg("check.no-next")]


def check_flow(flow: Flow) -> list[Problem]:
    """Every graph problem of one flow, in file order."""
    found: list[Problem] = []
    path = flow.path
    nodes = flow.nodes

    if flow.start not in nodes:
        found.append(Problem(path, flow.line, Msg("check.start-unknown", id=flow.start)))
    for node in nodes.values():
        targets = node.targets()
        if isinstance(node, Question):
            pairs: list[tuple[str | Msg, str, int]] = [
                (Msg("where.choice-bare", id=c.id), c.next, c.line or node.line)
                     for c in node.choices if c.next]
            pairs += [(b, d, node.line) for b, d in (("yes", node.yes), ("no", node.no),
                                                     ("next", node.next)) if d]
            for label, dest, line in pairs:
                if dest not in nodes:
                    found.append(Problem(path, line, Msg("check.goes-to-unknown",
                                                         what=_node(node.id), label=label,
                                                         dest=dest)))
        else:
            for dest in targets:
                if dest not in nodes:
                    found.append(Problem(path, node.line,
                                         Msg("check.goes-to-unknown", what=_node(node.id),
                                             label="next", dest=dest)))
        if not isinstance(node, End):
            for why in _dead_ends(node):
                found.append(Problem(path, node.line, Msg("check.dead-end", what=_node(node.id),
                                                          why=why)))
        conds: list[tuple[Msg, Condition]] = []
        if node.when is not None:
            conds.append((_node(node.id), node.when))
        if isinstance(node, Advice):
            conds += [(Msg("where.step-q", what=_node(node.id), id=s.id), s.when)
                      for s in node.steps if s.when]
            conds += [(_field(_node(node.id), "variants"), w.when) for w in node.variants]
        if isinstance(node, Question):
            conds += [(Msg("where.choice-q", what=_node(node.id), id=c.id), c.when)
                      for c in node.choices if c.when]
            conds += [(_field(_node(node.id), "variants"), w.when) for w in node.variants]
        if isinstance(node, End) and node.payee is not None:
            conds.append((_node(node.id), node.payee))
        if isinstance(node, End) and node.authorities is not None:
            conds.append((_node(node.id), node.authorities))
        if isinstance(node, End) and node.freeze is not None:
            conds.append((_node(node.id), node.freeze))
        for owner, cond in conds:
            found.extend(_condition_problems(flow, cond, owner))

    # Reachability from the start, and which nodes can still reach an end.
    reachable = _reached(nodes, [flow.start])
    for node in nodes.values():
        if node.id not in reachable:
            found.append(Problem(path, node.line, Msg("check.unreachable", what=_node(node.id),
                                                      start=flow.start)))
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
            found.append(Problem(path, node.line, Msg("check.never-ends", what=_node(node.id),
                                                      loop=_loop_hint(flow, node.id))))
    if not flow.ends():
        found.append(Problem(path, flow.line, Msg("check.no-end")))

    found.extend(_arithmetic_problems(flow))
    found.extend(_contact_problems(flow))
    questions = {q.id for q in flow.questions()}
    for item in flow.checklist:
        if item.when is not None:
            found.extend(_condition_problems(flow, item.when,
                                             Msg("where.checklist-q", id=item.id)))
        if item.source is not None and item.source not in questions:
            found.append(Problem(path, item.line, Msg("check.from-not-question",
                                                      what=Msg("where.checklist-q", id=item.id),
                                                      id=item.source)))
    for end in flow.ends():
        if end.check_from is None:
            continue
        source = flow.nodes.get(end.check_from)
        if not isinstance(source, Question) or source.kind != "datetime":
            found.append(Problem(path, end.line, Msg("check.from-not-date", what=_node(end.id),
                                                     id=end.check_from)))
    # An alias answers for its question in older answers files (`reference` for
    # `reference-crypto`): it may name a question of another path, never one that can be
    # asked on the same path, or an old file's answer could fill the wrong question.
    later: dict[str, set[str]] = {}

    def after(start: str) -> set[str]:
        if start not in later:
            later[start] = _reached(nodes, nodes[start].targets() if start in nodes else ())
        return later[start]

    owners: dict[str, str] = {}
    for question in flow.questions():
        for alias in question.aliases:
            for other in (alias if alias in nodes else None, owners.get(alias)):
                if other is not None and (other == question.id or (
                        (other in after(question.id) or question.id in after(other))
                        and not _exclusive(flow, question.when, nodes[other].when
                                           if other in nodes else None))):
                    found.append(Problem(path, question.line, Msg(
                        "check.alias-taken", what=_node(question.id), id=alias,
                        other=_node(other))))
                    break
            owners.setdefault(alias, question.id)
    for question in flow.questions():
        what = _node(question.id)
        if question.derive_from is not None:
            source = flow.nodes.get(question.derive_from)
            if not isinstance(source, Question) or source.kind != "datetime":
                found.append(Problem(path, question.line, Msg(
                    "check.derive-not-date", what=what, id=question.derive_from)))
            if not any(c.elapsed for c in question.choices):
                found.append(Problem(path, question.line, Msg("check.derive-no-elapsed",
                                                              what=what)))
        elif any(c.elapsed for c in question.choices):
            found.append(Problem(path, question.line, Msg("check.elapsed-needs-from", what=what)))
        if question.currency_from is not None:
            source = flow.nodes.get(question.currency_from)
            if not isinstance(source, Question) or source.kind != "number":
                found.append(Problem(path, question.line, Msg(
                    "check.currency-not-number", what=what, id=question.currency_from)))
    found.sort(key=lambda p: p.line)
    return found


def _reached(nodes: Mapping[str, Node], starts: Iterable[str]) -> set[str]:
    """The nodes `starts` lead to, themselves included (the flow's graph walked once)."""
    reached: set[str] = set()
    todo = [s for s in starts if s in nodes]
    while todo:
        current = todo.pop()
        if current in reached:
            continue
        reached.add(current)
        todo.extend(t for t in nodes[current].targets() if t in nodes)
    return reached


def _allowed(flow: Flow, cond: Condition, question: str) -> set[str] | None:
    """The answers of single-choice `question` under which `cond` can hold (None: any)."""
    node = flow.nodes.get(question)
    if not isinstance(node, Question) or node.kind != "select":
        return None
    every = {c.id for c in node.choices}
    if cond.op == "answer" and cond.question == question:
        return every & {str(v) for v in cond.values}
    if cond.op == "not" and len(cond.parts) == 1:
        inner = cond.parts[0]
        if inner.op == "answer" and inner.question == question:
            return every - {str(v) for v in inner.values}
    if cond.op == "all":
        allowed = every
        for part in cond.parts:
            narrowed = _allowed(flow, part, question)
            allowed &= every if narrowed is None else narrowed
        return allowed
    return None


def _exclusive(flow: Flow, first: Condition | None, second: Condition | None) -> bool:
    """Whether two `when`s can never both hold: they allow no common answer to one select.

    Provable cases only (`{q: a}` against `{q: b}` or `not: {q: a}`, also inside `all`);
    anything else counts as possibly both.
    """
    if first is None or second is None:
        return False

    def mentioned(cond: Condition) -> Iterator[str]:
        if cond.question:
            yield cond.question
        for part in cond.parts:
            yield from mentioned(part)

    for question in set(mentioned(first)) & set(mentioned(second)):
        one, two = _allowed(flow, first, question), _allowed(flow, second, question)
        if one is not None and two is not None and not one & two:
            return True
    return False


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
                found.append(Problem(flow.path, node.line, Msg("check.compute-is-node",
                                                               what=_node(node.id), name=name)))
            for used in sorted(names_in(parse_expression(source)) - known):
                found.append(Problem(flow.path, node.line, Msg("check.compute-uses",
                                                               what=_node(node.id), name=name,
                                                               used=used)))
            known.add(name)
        for step in node.steps:
            texts = [step.text] if isinstance(step.text, str) else list(step.text.values())
            for text in texts:
                for name in sorted(placeholders(text) - known):
                    found.append(Problem(flow.path, step.line, Msg(
                        "check.placeholder", what=Msg("where.step-q", what=_node(node.id),
                                                      id=step.id), name="{" + name + "}")))
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


def authoring_hints(flow: Flow) -> list[Problem]:
    """What `flows validate` suggests to a flow's author beyond what loading needs.

    A question without `label:` still works (its prompt's first clause names the
    answer in the review and the exports), so this is a warning for the author, not
    a problem every load reports.
    """
    return [Problem(flow.path, q.line, Msg("check.label-missing", what=_node(q.id)), "warning")
            for q in flow.questions() if q.label is None]


def check_catalog(flows: Iterable[Flow]) -> list[Problem]:
    """Problems across files: two files in one source defining the same flow id."""
    found: list[Problem] = []
    first: dict[tuple[str, str], Flow] = {}
    for flow in flows:
        key = (flow.source, flow.id)
        if key in first:
            other = first[key]
            found.append(Problem(flow.path, flow.line, Msg("check.duplicate-flow", id=flow.id,
                                                           where=f"{other.path}:{other.line}")))
        else:
            first[key] = flow
    return found
