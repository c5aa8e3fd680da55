"""A flow's decision tree as a Mermaid flowchart or a Graphviz DOT graph (pure text)."""

from __future__ import annotations

import re

from ..diagnosis.describe import describe_condition
from ..diagnosis.model import Advice, End, Flow, Question
from ..i18n import pick

__all__ = ["FORMATS", "to_dot", "to_mermaid"]

FORMATS = ("mermaid", "dot")
_MAX_LABEL = 60


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _MAX_LABEL else text[: _MAX_LABEL - 1] + "…"


def _mermaid_text(text: str) -> str:
    # Mermaid labels go inside quotes; quotes and markup characters become entities.
    return (_short(text).replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
            .replace(">", "&gt;").replace("#", "&num;"))


def _node_id(node_id: str) -> str:
    return "n_" + re.sub(r"[^A-Za-z0-9_]", "_", node_id)


def _edges(flow: Flow, lang: str) -> list[tuple[str, str, str]]:
    """(from, to, label) for every way from one node to the next."""
    edges: list[tuple[str, str, str]] = []
    yes, no = {"en": ("yes", "no"), "zh": ("是", "否")}.get(lang, ("yes", "no"))
    otherwise = {"en": "otherwise", "zh": "否则"}.get(lang, "otherwise")
    skipped = {"en": "skipped", "zh": "跳过"}.get(lang, "skipped")
    for node in flow.nodes.values():
        if isinstance(node, Question):
            if node.kind == "select":
                for choice in node.choices:
                    dest = choice.next or node.next
                    if dest:
                        edges.append((node.id, dest, pick(choice.label, lang)))
                if node.when is not None and node.next and all(c.next for c in node.choices):
                    edges.append((node.id, node.next, skipped))
            elif node.kind == "confirm":
                for label, dest in ((yes, node.yes or node.next), (no, node.no or node.next)):
                    if dest:
                        edges.append((node.id, dest, label))
                if node.when is not None and node.next and node.yes and node.no:
                    edges.append((node.id, node.next, skipped))
            elif node.next:
                edges.append((node.id, node.next, ""))
        elif isinstance(node, Advice) and node.next:
            edges.append((node.id, node.next, ""))
        elif isinstance(node, End) and node.next:
            edges.append((node.id, node.next, otherwise))
    return edges


def _label(node: Question | Advice | End, lang: str) -> str:
    if isinstance(node, Question):
        return pick(node.prompt, lang)
    if isinstance(node, Advice):
        return pick(node.title, lang) if node.title is not None else node.id
    return f"{node.outcome}: {pick(node.message, lang)}"


def to_mermaid(flow: Flow, lang: str = "en") -> str:
    """A Mermaid flowchart: questions as rhombi, advice as boxes, ends as rounded (urgent red)."""
    lines = ["flowchart TD"]
    for node in flow.nodes.values():
        key = _node_id(node.id)
        text = _mermaid_text(_label(node, lang))
        if isinstance(node, Question):
            lines.append(f'    {key}{{"{text}"}}')
        elif isinstance(node, Advice):
            lines.append(f'    {key}["{text}"]')
        else:
            lines.append(f'    {key}(["{text}"])')
        if node.when is not None:
            lines.append(f"    %% {node.id} only when {describe_condition(node.when)}")
    for source, dest, label in _edges(flow, lang):
        arrow = f' -->|"{_mermaid_text(label)}"| ' if label else " --> "
        lines.append(f"    {_node_id(source)}{arrow}{_node_id(dest)}")
    classes: dict[str, list[str]] = {"question": [], "advice": [], "end": [], "urgent": []}
    for node in flow.nodes.values():
        if isinstance(node, Question):
            classes["question"].append(_node_id(node.id))
        elif isinstance(node, Advice):
            classes["advice"].append(_node_id(node.id))
        elif node.outcome == "urgent":
            classes["urgent"].append(_node_id(node.id))
        else:
            classes["end"].append(_node_id(node.id))
    lines += [
        "    classDef question fill:#eef,stroke:#336",
        "    classDef advice fill:#efe,stroke:#363",
        "    classDef end fill:#eee,stroke:#333",
        "    classDef urgent fill:#fdd,stroke:#c00,stroke-width:3px",
    ]
    for name, members in classes.items():
        if members:
            lines.append(f"    class {','.join(members)} {name}")
    return "\n".join(lines) + "\n"


def _dot_text(text: str) -> str:
    return _short(text).replace("\\", "\\\\").replace('"', '\\"')


def to_dot(flow: Flow, lang: str = "en") -> str:
    """A Graphviz digraph: diamonds for questions, boxes for advice, ovals for ends."""
    lines = [f'digraph "{_dot_text(flow.id)}" {{', "  rankdir=TB;",
             '  node [fontname="sans-serif"];']
    for node in flow.nodes.values():
        text = _dot_text(_label(node, lang))
        if isinstance(node, Question):
            attrs = 'shape=diamond, style=filled, fillcolor="#eeeeff"'
        elif isinstance(node, Advice):
            attrs = 'shape=box, style=filled, fillcolor="#eeffee"'
        elif node.outcome == "urgent":
            attrs = ('shape=oval, style="filled,bold", color="#cc0000", fillcolor="#ffdddd", '
                     "penwidth=3")
        else:
            attrs = 'shape=oval, style=filled, fillcolor="#eeeeee"'
        lines.append(f'  "{node.id}" [label="{text}", {attrs}];')
    for source, dest, label in _edges(flow, lang):
        extra = f' [label="{_dot_text(label)}"]' if label else ""
        lines.append(f'  "{source}" -> "{dest}"{extra};')
    lines.append("}")
    return "\n".join(lines) + "\n"
