"""The loader refuses every malformed file with `path:line: message`, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from walletsupport.diagnosis.catalog import load_catalog
from walletsupport.diagnosis.loader import load_flow
from walletsupport.diagnosis.yamlsrc import MAX_BYTES, load_text
from walletsupport.errors import FlowErrors

from .conftest import MINIMAL

CORPUS = Path(__file__).parent / "corpus"


def _expectation(path: Path) -> tuple[int, str]:
    """The `# expect:` header; libyaml and the pure parser word syntax errors differently."""
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# expect: "), f"{path} has no '# expect:' header"
    header = lines[0]
    if not yaml.__with_libyaml__ and lines[1].startswith("# expect-pure: "):
        header = lines[1].replace("# expect-pure: ", "# expect: ")
    line, message = header.removeprefix("# expect: ").split(": ", 1)
    return int(line), message


def _problems(path: Path) -> list[str]:
    catalog = load_catalog(paths=[path])
    return [str(p) for p in catalog.problems]


@pytest.mark.parametrize("path", sorted((CORPUS / "broken").glob("*.yaml")), ids=lambda p: p.stem)
def test_broken_file_is_refused_with_file_line_and_message(path: Path) -> None:
    line, message = _expectation(path)
    with pytest.raises(FlowErrors) as caught:
        load_flow(path)
    assert f"{path}:{line}: {message}" in [str(p) for p in caught.value.problems]


def test_alias_bomb_is_refused_at_its_first_anchor() -> None:
    # How fast is for benchmarks/hostile.py; here: refused at the first anchor, never expanded.
    levels = ["a: &a [" + ",".join(['"lol"'] * 9) + "]"]
    for n, name in enumerate("bcdefghij"):
        prev = "abcdefghij"[n]
        levels.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    with pytest.raises(Exception) as caught:
        load_text("\n".join(levels), "bomb.yaml")
    assert str(caught.value) == "bomb.yaml:1: anchors (&name) are not allowed in these files"


def test_alias_without_anchor_in_scope_is_a_syntax_error() -> None:
    with pytest.raises(Exception) as caught:
        load_text("a: *nowhere\n", "x.yaml")
    assert str(caught.value).startswith("x.yaml:1: ")


def test_file_over_one_mebibyte_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_text("id: big\n" + "# padding\n" * (MAX_BYTES // 10 + 1), encoding="utf-8")
    with pytest.raises(FlowErrors) as caught:
        load_flow(path)
    assert [str(p) for p in caught.value.problems] == [f"{path}:1: the file is larger than 1 MiB"]


def test_invalid_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("id: x\ntitle: caf\xe9\n".encode("latin-1"))
    with pytest.raises(FlowErrors) as caught:
        load_flow(path)
    assert [str(p) for p in caught.value.problems] == [f"{path}:2: the file is not valid UTF-8"]


def test_nul_byte_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "nul.yaml"
    path.write_bytes(b"id: x\n\x00\n")
    with pytest.raises(FlowErrors) as caught:
        load_flow(path)
    assert [str(p) for p in caught.value.problems] == [f"{path}:2: the file holds a NUL byte"]


@pytest.mark.parametrize("content", ["", "\n\n", "# only a comment\n", "---\n", "~\n"])
def test_empty_file_is_refused(tmp_path: Path, content: str) -> None:
    path = tmp_path / "empty.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(FlowErrors) as caught:
        load_flow(path)
    assert [str(p) for p in caught.value.problems] == [f"{path}:1: the file is empty"]


def test_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FlowErrors) as caught:
        load_flow(tmp_path / "nope.yaml")
    assert str(caught.value) == f"{tmp_path / 'nope.yaml'}:1: no such file"


def test_every_type_error_of_a_file_is_reported_not_only_the_first(write_flow) -> None:
    path = write_flow("""\
        id: several
        title: [not, text]
        summary: {en: s, zh: 概述}
        start: q
        nodes:
          q:
            kind: text
            prompt: 42
            next: done
          done:
            kind: end
            outcome: finished
            message: {en: d, zh: 完}
        """)
    with pytest.raises(FlowErrors) as caught:
        load_flow(path)
    assert [str(p) for p in caught.value.problems] == [
        f"{path}:2: flow: title must be text or a mapping {{en: ..., zh: ...}}, not a list",
        f"{path}:8: node 'q': prompt must be text or a mapping {{en: ..., zh: ...}}, not a number",
        f"{path}:12: node 'done': outcome 'finished' is not one of resolved, "
        "contact-support, urgent, wait, estimate, self-check, ask-bank, ask-sender",
    ]


def test_minimal_flow_loads_with_lines(write_flow) -> None:
    flow, warnings = load_flow(write_flow(MINIMAL.format(id="minimal")))
    assert warnings == []
    assert flow.id == "minimal"
    assert flow.start == "q"
    assert flow.nodes["q"].line == 7
    assert flow.nodes["done"].line == 13
    assert [c.id for c in flow.nodes["q"].choices] == ["a", "b"]


def test_yes_and_no_keys_stay_text(write_flow) -> None:
    flow, _ = load_flow(write_flow("""\
        id: yes-no
        title: {en: t, zh: 标题}
        summary: {en: s, zh: 概述}
        start: q
        nodes:
          q: {kind: confirm, prompt: {en: ok, zh: 好}, yes: done, no: done}
          done: {kind: end, outcome: resolved, message: {en: d, zh: 完}}
        """))
    question = flow.nodes["q"]
    assert (question.yes, question.no) == ("done", "done")


def test_plain_string_text_is_a_warning_not_an_error(write_flow) -> None:
    path = write_flow(MINIMAL.format(id="plain").replace(
        "message: {en: Done, zh: 完成}", "message: Done"))
    flow, warnings = load_flow(path)
    assert flow is not None
    assert [str(w) for w in warnings] == [
        f"{path}:16: warning: node 'done': message has one form for both languages: "
        "give {en: ..., zh: ...}"
    ]


def test_order_puts_urgent_problems_first_and_is_checked(write_flow) -> None:
    from walletsupport.diagnosis.catalog import load_catalog as catalog

    shipped = sorted(catalog().flows.values(), key=lambda f: (f.order, f.id))
    assert [f.id for f in shipped][:2] == ["security", "locked-account"]
    path = write_flow(MINIMAL.format(id="ordered").replace("start: q", "order: -3\nstart: q"))
    with pytest.raises(FlowErrors) as caught:
        load_flow(path)
    assert str(caught.value) == f"{path}:5: flow: order must be a whole number from 0 to 10000, " \
                                "not -3"
