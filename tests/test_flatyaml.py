"""The YAML-free reader of flat answers files agrees with the YAML reader, or stands aside."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from walletsupport.diagnosis.flatyaml import load_flat, load_flat_file
from walletsupport.diagnosis.located import Located
from walletsupport.diagnosis.yamlsrc import load_text
from walletsupport.errors import FlowError


def _yaml(text: str, numbers_as_text: bool) -> object:
    try:
        return load_text(text, "a.yaml", numbers_as_text=numbers_as_text)
    except FlowError as exc:
        return exc


def _same(flat: object, full: object) -> None:
    """Equal values, types and every line, all the way down."""
    assert type(flat) is type(full), (flat, full)
    if isinstance(full, dict):
        assert isinstance(flat, Located)
        assert list(flat) == list(full)
        assert (flat.path, flat.line, flat.lines) == (full.path, full.line, full.lines)
        for key in full:
            _same(flat[key], full[key])
    elif isinstance(full, list):
        assert isinstance(flat, list)
        assert (flat.line, flat.lines, len(flat)) == (full.line, full.lines, len(full))  # type: ignore[attr-defined]
        for a, b in zip(flat, full, strict=True):
            _same(a, b)
    else:
        assert flat == full


def check(text: str) -> bool:
    """Whether the flat reader took `text`; when it did, it read it as the YAML reader."""
    took = False
    for numbers_as_text in (True, False):
        flat = load_flat(text, "a.yaml", numbers_as_text=numbers_as_text)
        if flat is not None:
            took = True
            _same(flat, _yaml(text, numbers_as_text))
    return took


ANSWERS = """\
# a comment
_flow: failed-withdrawal
what-happened: rejected

error-text: "E1021: daily withdrawal limit exceeded"
destination-detail: ICBC, card ending 4821
details-checked: true
amount: 5,000 CNY
when: 2026-11-24 15:30 UTC+8
reference: OD20261124001
tried: [retried, waited]
note: '提现失败 "again"'
other: 到账了吗？ 还没有
"""


def test_a_usual_answers_file_is_read_without_yaml() -> None:
    assert check(ANSWERS)
    flat = load_flat(ANSWERS, "a.yaml", numbers_as_text=True)
    assert flat is not None
    assert flat.line == 2 and flat.line_of("tried") == 11
    assert flat["details-checked"] is True and flat["tried"] == ["retried", "waited"]


@pytest.mark.parametrize("value", [
    "5000", "2.500", "0x1F", "1_000", "1:30", ".inf", "-3", "+3", "2026-11-24",
    "2026-11-24 15:30:00", "yes", "No", "ON", "off", "y", "n", "~", "null", "NULL", "Null", "nil",
    "True", "tRue", "<<", "=",
    "a b  c", "a#b", "a # b", "a: b", "a:b", "a:", "[]", "[ ]", "[a,]", "[a, [b]]", "[a: b]",
    "[yes, 2, ~]", "[a] # c", '"x" # c', '"a\\"b"', "'it''s'", '"a #b"', "''", '""',
    "&anchor x", "*alias", "!tag x", "|", ">", "%x", "@x", "`x", "? x", "- x", "-x", ":x",
    "{a: 1}", "a [b] {c}", "日本 语", "\u00a0x", "x\u3000",
])
def test_each_value_reads_as_yaml_reads_it(value: str) -> None:
    check(f"first: one\nkey: {value}\nlast: two\n")


@pytest.mark.parametrize("text", [
    "", "# only a comment\n", "key:\n", "key: \n", "key:value\n", " key: x\n", "key: a\n  b\n",
    "---\nkey: x\n", "key: x\n...\n", "%YAML 1.1\n---\nk: v\n", "k: v\nk: w\n", "k: v\r\nj: w\r\n",
    "k:\tv\n", "\ufeffk: v\n", "- a\n- b\n", "k:\n- a\n", "a b: c\n", "yes: no\n", "1: 2\n",
    "k: v\n\n\n# end", "k: v\x07\n", "k: \"a\x1bb\"\n", "-k: v\n", "k.x: v\n",
])
def test_every_other_shape_is_left_to_yaml_or_read_alike(text: str) -> None:
    check(text)


_plain_text = st.text(
    alphabet=st.sampled_from(list("ab yYnN01.:-#,[]{}'\"\\&*!|>%@`~<=+_\u00a0日")), max_size=8)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(["a", "b-c", "_d", "yes", "1", "e f", "-g", "h:"]),
                          st.sampled_from([": ", ":  ", ":", " : "]), _plain_text,
                          st.sampled_from(["", " ", "  # c"])), min_size=1, max_size=4),
       st.sampled_from(["\n", "\n\n", "\n# c\n"]))
def test_any_small_file_reads_as_yaml_reads_it_or_goes_to_yaml(lines, joint) -> None:  # type: ignore[no-untyped-def]
    check(joint.join(key + sep + value + tail for key, sep, value, tail in lines) + "\n")


def test_a_file_it_cannot_read_goes_to_the_yaml_reader_with_its_errors(tmp_path: Path) -> None:
    path = tmp_path / "answers.yaml"
    path.write_text("a: 1\na: 2\n", encoding="utf-8")
    with pytest.raises(FlowError, match="answers.yaml:2"):
        load_flat_file(path, numbers_as_text=True)
    path.write_bytes(b"a: caf\xe9\n")
    with pytest.raises(FlowError, match="answers.yaml:1"):
        load_flat_file(path)
    path.write_text("a:\n  b: [1, 2]\n", encoding="utf-8")
    assert load_flat_file(path)["a"]["b"] == [1, 2]
    path.write_bytes("\ufeffa: 2.500\n".encode())
    assert load_flat_file(path, numbers_as_text=True) == {"a": "2.500"}


def test_a_scripted_diagnosis_with_a_flat_file_never_imports_yaml(tmp_path: Path) -> None:
    """The flows come from the cache folder (the first run fills it), the answers need no YAML."""
    answers = tmp_path / "answers.yaml"
    answers.write_text(Path(__file__).resolve().parent.parent.joinpath(
        "benchmarks", "startup.py").read_text(encoding="utf-8").split('ANSWERS = """\\\n')[1]
        .split('"""')[0], encoding="utf-8")
    assert load_flat(answers.read_text(encoding="utf-8"), "a", numbers_as_text=True) is not None
    env = dict(os.environ, WALLETSUPPORT_CACHE_DIR=str(tmp_path / "cache"),
               WALLETSUPPORT_DATA_DIR=str(tmp_path / "data"),
               WALLETSUPPORT_CONFIG_DIR=str(tmp_path / "config"),
               WALLETSUPPORT_NOW="2026-11-25T10:00:00+08:00")
    env.pop("WALLETSUPPORT_PROFILE", None)
    script = (
        "import sys\n"
        "from walletsupport.cli import main\n"
        f"sys.argv = ['walletsupport', 'diagnose', '--answers', {str(answers)!r}, '--no-input']\n"
        "try:\n    main()\n"
        "except SystemExit:\n    pass\n"
        "print('LOADED', [m for m in ['yaml'] if m in sys.modules])\n"
    )
    for _ in range(2):
        done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                              text=True, check=True)
    assert "Saved as case 2." in done.stdout, done.stdout + done.stderr
    assert done.stdout.splitlines()[-1] == "LOADED []"
