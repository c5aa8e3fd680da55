"""Flows as plain data: what `flows list --json` and `flows show --json` print."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .model import Advice, Condition, End, Flow, Question, Text

if TYPE_CHECKING:
    from .catalog import FlowHead

__all__ = ["describe_condition", "describe_flow", "flow_entry"]


def _text(text: Text | None) -> Any:
    if text is None or isinstance(text, str):
        return text
    return dict(text)


def describe_condition(cond: Condition | None) -> Any:
    """A condition as the mapping it was written as."""
    if cond is None:
        return None
    if cond.op in ("all", "any"):
        return {cond.op: [describe_condition(p) for p in cond.parts]}
    if cond.op == "not":
        return {"not": describe_condition(cond.parts[0])}
    if cond.op == "answered":
        return {"answered": cond.question}
    values = list(cond.values)
    return {cond.question: values[0] if len(values) == 1 else values}


def flow_entry(flow: Flow | FlowHead, lang: str) -> dict[str, Any]:
    """One row of `flows list --json`."""
    from ..i18n import pick

    return {
        "id": flow.id,
        "title": pick(flow.title, lang),
        "summary": pick(flow.summary, lang),
        "file": flow.path,
        "source": flow.source,
    }


def describe_flow(flow: Flow) -> dict[str, Any]:
    """The whole flow: its questions with their branches, advice and ends."""
    nodes: list[dict[str, Any]] = []
    for node in flow.nodes.values():
        entry: dict[str, Any] = {"id": node.id, "line": node.line}
        if isinstance(node, Question):
            entry |= {"kind": node.kind, "prompt": _text(node.prompt)}
            if node.choices:
                entry["choices"] = [
                    {"id": c.id, "label": _text(c.label), "next": c.next or node.next}
                    for c in node.choices
                ]
            if node.kind == "confirm":
                entry["yes"] = node.yes or node.next
                entry["no"] = node.no or node.next
            elif node.kind in ("text", "multiselect", "number", "datetime"):
                entry["next"] = node.next
            if node.kind in ("text", "number", "datetime"):
                entry["optional"] = node.optional
            if node.unit is not None:
                entry["unit"] = node.unit
        elif isinstance(node, Advice):
            entry |= {
                "kind": "advice",
                "title": _text(node.title),
                "steps": [{"id": s.id, "severity": s.severity, "text": _text(s.text),
                           "when": describe_condition(s.when)} for s in node.steps],
                "next": node.next,
            }
            if node.compute:
                entry["compute"] = dict(node.compute)
        elif isinstance(node, End):
            entry |= {"kind": "end", "outcome": node.outcome, "message": _text(node.message),
                      "recommend": list(node.recommend)}
            if node.prefer:
                entry["prefer"] = node.prefer
            if node.next:
                entry["otherwise"] = node.next
        if node.when is not None:
            entry["when"] = describe_condition(node.when)
        nodes.append(entry)
    return {
        "id": flow.id,
        "title": _text(flow.title),
        "summary": _text(flow.summary),
        "keywords": list(flow.keywords),
        "start": flow.start,
        "file": flow.path,
        "source": flow.source,
        "nodes": nodes,
        "checklist": [{"id": i.id, "label": _text(i.label), "hint": _text(i.hint),
                       "from": i.source} for i in flow.checklist],
    }
