"""Safe YAML reading that remembers where every value came from.

Flow files, profiles, answer files and scenarios are all read here. The YAML
event stream (from libyaml's parser when it is installed) is turned into plain
dicts, lists and scalars by a small builder, which lets us refuse what a safe
loader would otherwise accept: duplicate keys, anchors and aliases (so an
alias bomb cannot expand), very deep nesting, huge or non-UTF-8 files.

Each mapping is a `Located` dict: ``.line`` is the line of the mapping itself
and ``.lines[key]`` the line of each value, all 1-based, so any later check
can say ``path:line: message``.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from ..errors import FlowError, Msg, type_name
from ..sourcefile import read_source
from ..vocabulary import MAX_FILE_BYTES as MAX_BYTES
from .located import CONTROL as _CONTROL
from .located import Located, LocatedList

__all__ = ["MAX_BYTES", "MAX_DEPTH", "Located", "LocatedList", "load_bytes", "load_file",
           "load_text", "read_source"]

MAX_DEPTH = 40

# libyaml's CSafeLoader is only asked for events: we build the values ourselves.
_Parser: Any = getattr(yaml, "CSafeLoader", None)

_RESOLVER = yaml.resolver.Resolver()
_CONSTRUCTOR = yaml.constructor.SafeConstructor()
_PLAIN_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
}


def _events(text: str) -> Iterator[Any]:
    if _Parser is not None:
        parser = _Parser(text)
        try:
            while parser.check_event():
                yield parser.get_event()
        finally:
            parser.dispose()
    else:  # pragma: no cover - exercised only without libyaml
        yield from yaml.parse(text, Loader=yaml.SafeLoader)


def _scalar(event: Any, path: str, numbers_as_text: bool = False) -> Any:
    line = event.start_mark.line + 1
    tag = event.tag
    if tag is None or tag == "!":
        if event.implicit[0]:
            tag = _RESOLVER.resolve(  # type: ignore[no-untyped-call]
                yaml.ScalarNode, event.value, (True, False))
        else:
            tag = "tag:yaml.org,2002:str"
    elif tag not in _PLAIN_TAGS:
        raise FlowError(path, line, key="yaml.tag", tag=tag)
    if _CONTROL.search(event.value):
        raise FlowError(path, line, key="yaml.control-in-text")
    if tag == "tag:yaml.org,2002:str":
        return event.value
    if numbers_as_text and tag in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float"):
        return event.value  # an answer "2.500" must reach the number reader as written
    if tag not in _PLAIN_TAGS:
        # Timestamps, binary and the like: keep the text as it was written.
        return event.value
    node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
    try:
        return _CONSTRUCTOR.construct_object(node, deep=True)
    except (ValueError, yaml.YAMLError) as exc:
        raise FlowError(path, line, key="yaml.bad-value", value=event.value,
                        error=str(exc)) from None


def _build(text: str, path: str, numbers_as_text: bool = False) -> Any:
    stack: list[Any] = []
    keys: list[Any] = []  # pending key for each mapping on the stack (or _NO_KEY)
    root: Any = _NOTHING
    root_line = 1
    documents = 0

    def add(value: Any, line: int) -> None:
        nonlocal root, root_line
        if not stack:
            root, root_line = value, line
            return
        top = stack[-1]
        if isinstance(top, LocatedList):
            top.append(value)
            top.lines.append(line)
            return
        key = keys[-1]
        if key is _NO_KEY:
            if isinstance(value, (dict, list)):
                raise FlowError(path, line, key="yaml.key-not-plain")
            key = value
            if key in top:
                raise FlowError(path, line, key="yaml.duplicate-key", name=key,
                                first=top.lines[key])
            keys[-1] = key
            top.lines[key] = line  # provisional: replaced by the value's line
            return
        top[key] = value
        if isinstance(value, (Located, LocatedList)):
            # A block collection starts on the line after its key: point at the key.
            value.line = top.lines[key]
        else:
            top.lines[key] = line
        keys[-1] = _NO_KEY

    try:
        for event in _events(text):
            kind = type(event)
            line = event.start_mark.line + 1 if event.start_mark else 1
            if kind is yaml.ScalarEvent:
                if event.anchor is not None:
                    raise FlowError(path, line, key="yaml.anchor")
                top = stack[-1] if stack else None
                if isinstance(top, Located) and keys[-1] is _NO_KEY:
                    # Keys are always text: `yes:` and `1:` name things, they are not values.
                    add(event.value, line)
                else:
                    add(_scalar(event, path, numbers_as_text), line)
            elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                if event.anchor is not None:
                    raise FlowError(path, line, key="yaml.anchor")
                if event.tag not in (None, "!", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"):
                    raise FlowError(path, line, key="yaml.tag", tag=event.tag)
                if len(stack) >= MAX_DEPTH:
                    raise FlowError(path, line, key="yaml.too-deep", depth=MAX_DEPTH)
                container: Any = (
                    Located(path, line) if kind is yaml.MappingStartEvent
                    else LocatedList(path, line)
                )
                stack.append(container)
                keys.append(_NO_KEY)
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                container = stack.pop()
                keys.pop()
                add(container, container.line)
            elif kind is yaml.AliasEvent:
                raise FlowError(path, line, key="yaml.alias")
            elif kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise FlowError(path, line, key="yaml.documents")
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        problem = exc.problem or exc.context or "invalid YAML"
        raise FlowError(path, line, key="yaml.syntax", problem=_worded(problem)) from None
    except yaml.YAMLError as exc:
        raise FlowError(path, 1, key="yaml.error", error=str(exc)) from None
    if root is not _NOTHING and root is not None and not isinstance(root, (Located, LocatedList)):
        raise FlowError(path, root_line, key="yaml.top-not-mapping", type=type_name(root))
    return root


#: PyYAML's commonest complaints, each as a catalog message (its English as PyYAML
#: words it), so that an author reads them in their language; others stay as written.
_YAML_PROBLEMS = (
    (re.compile(r"mapping values are not allowed here$"), "yaml.p.mapping-values"),
    # libyaml's (the C loader's) wording of the same complaints
    (re.compile(r"mapping values are not allowed in this context$"), "yaml.p.mapping-values-c"),
    (re.compile(r"found character that cannot start any token$"), "yaml.p.char-c"),
    (re.compile(r"did not find expected ',' or '\]'$"), "yaml.p.sequence-c"),
    (re.compile(r"did not find expected ',' or '\}'$"), "yaml.p.mapping-c"),
    (re.compile(r"found unknown escape character$"), "yaml.p.escape-c"),
    (re.compile(r"did not find expected key$"), "yaml.p.expected-key"),
    (re.compile(r"did not find expected '-' indicator$"), "yaml.p.expected-dash"),
    (re.compile(r"could not find expected ':'$"), "yaml.p.expected-colon"),
    (re.compile(r"found character '\\t' that cannot start any token$"), "yaml.p.tab"),
    (re.compile(r"found character (?P<char>'.*') that cannot start any token$"), "yaml.p.char"),
    (re.compile(r"found unexpected end of stream$"), "yaml.p.end-of-stream"),
    (re.compile(r"expected <block end>, but found (?P<found>'.*')$"), "yaml.p.block-end"),
    (re.compile(r"expected ',' or '\]', but got (?P<found>'.*')$"), "yaml.p.sequence"),
    (re.compile(r"expected ',' or '\}', but got (?P<found>'.*')$"), "yaml.p.mapping"),
    (re.compile(r"found unknown escape character (?P<char>'.*')$"), "yaml.p.escape"),
    (re.compile(r"found undefined alias (?P<name>'.*')$"), "yaml.p.alias"),
    (re.compile(r"did not find expected node content$"), "yaml.p.node-c"),
    (re.compile(r"expected the node content, but found (?P<found>'.*')$"), "yaml.p.node"),
    (re.compile(r"block sequence entries are not allowed in this context$"), "yaml.p.dash-c"),
    (re.compile(r"sequence entries are not allowed here$"), "yaml.p.dash"),
)


def _worded(problem: str) -> str | Msg:
    """PyYAML's `problem` as a catalog message when it is a known one."""
    for pattern, key in _YAML_PROBLEMS:
        match = pattern.match(problem)
        if match:
            return Msg(key, **match.groupdict())
    return problem


class _Sentinel:
    __slots__ = ()


_NO_KEY: Any = _Sentinel()
_NOTHING: Any = _Sentinel()


def load_text(text: str, path: str, *, max_bytes: int | None = MAX_BYTES,
              numbers_as_text: bool = False) -> Any:
    """Parse YAML (or JSON, a subset of it) from `text`, refusing unsafe shapes.

    `max_bytes=None` lifts the size limit; only the scale benchmark does that.
    `numbers_as_text` keeps numbers as written (answers files: YAML reads `2.500` as 2.5).
    """
    if max_bytes is not None and len(text.encode("utf-8", "surrogatepass")) > max_bytes:
        raise FlowError(path, 1, key="yaml.too-big")
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise FlowError(path, line, key="yaml.nul")
    control = _CONTROL.search(text)
    if control is not None:
        line = text[: control.start()].count("\n") + 1
        raise FlowError(path, line, key="yaml.control",
                        code=f"U+{ord(control.group()):04X}")
    # The builder makes many small containers and no cycles: the cyclic garbage
    # collector would only rescan them again and again (quadratic on big files).
    collecting = gc.isenabled()
    gc.disable()
    try:
        root = _build(text, path, numbers_as_text)
    finally:
        if collecting:
            gc.enable()
    if root is _NOTHING or root is None:
        raise FlowError(path, 1, key="yaml.empty")
    return root


def load_file(path: Path | str, *, numbers_as_text: bool = False) -> Any:
    """Read and parse one YAML file, with every refusal naming `path:line`."""
    name = str(path)
    data = read_source(path)  # a pipe, a device, a folder or a link loop is refused at once
    return load_bytes(data, name, numbers_as_text=numbers_as_text)


def load_bytes(data: bytes, name: str, *, numbers_as_text: bool = False) -> Any:
    """Parse the bytes of the file `name` (UTF-8, perhaps with a byte-order mark)."""
    if len(data) > MAX_BYTES:
        raise FlowError(name, 1, key="yaml.too-big")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise FlowError(name, line, key="yaml.utf8") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    return load_text(text, name, numbers_as_text=numbers_as_text)
