"""Random mutations of a valid flow never end in a traceback: only `path:line:` problems."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from walletsupport.diagnosis.catalog import load_catalog
from walletsupport.errors import Problem

from .conftest import FLOWS, examples

REFERENCE = (FLOWS / "failed-withdrawal.yaml").read_text(encoding="utf-8")
LINES = REFERENCE.splitlines()
PROBLEM = re.compile(r"^.+:\d+: .+")
SETTINGS = settings(max_examples=examples(150), deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])

junk = st.sampled_from([
    "", " ", ":", "- ", "{", "}", "[", "]", "&a ", "*a", "!!python/object:os.system", "? ",
    "\t", "'", '"', "#", "|", ">", "%YAML 1.1", "---", "...", "~", "yes", "0x1F", "1e9",
    "kind: end", "next: nowhere", "when: {x: y}", "\u00e9", "提现", "\ufeff", "\\", "@", "`",
])


def _check(path: Path) -> None:
    catalog = load_catalog(paths=[path])  # any other exception fails the test
    for problem in catalog.problems:
        assert isinstance(problem, Problem)
        assert PROBLEM.match(str(problem)), str(problem)
        assert problem.line >= 1


@SETTINGS
@given(index=st.integers(0, len(LINES) - 1), cut=st.integers(0, 200), insert=junk)
def test_text_mutations_never_raise(tmp_path: Path, index: int, cut: int, insert: str) -> None:
    lines = list(LINES)
    line = lines[index]
    position = min(cut, len(line))
    lines[index] = line[:position] + insert + line[position + 1:]
    path = tmp_path / "mutant.yaml"
    path.write_text("\n".join(lines), encoding="utf-8")
    _check(path)


@SETTINGS
@given(order=st.permutations(range(12)), start=st.integers(0, len(LINES) - 13))
def test_shuffled_lines_never_raise(tmp_path: Path, order: list[int], start: int) -> None:
    lines = list(LINES)
    block = lines[start:start + 12]
    lines[start:start + 12] = [block[i] for i in order]
    path = tmp_path / "shuffled.yaml"
    path.write_text("\n".join(lines), encoding="utf-8")
    _check(path)


values = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 5) | st.text(max_size=8)
    | st.sampled_from(["end", "amount", "what-happened", "urgent", "select", "confirm"]),
    lambda children: st.lists(children, max_size=3)
    | st.dictionaries(st.sampled_from(["en", "zh", "id", "next", "kind", "x"]), children,
                      max_size=3),
    max_leaves=6,
)


def _paths(data: object, prefix: tuple = ()) -> list[tuple]:
    found = [prefix]
    if isinstance(data, dict):
        for key, value in data.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            found += _paths(value, (*prefix, i))
    return found


STRUCTURE = yaml.safe_load(REFERENCE)
# libyaml's dumper when present: the pure-Python one made this the slowest test of the suite.
DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
ALL_PATHS = [p for p in _paths(STRUCTURE) if p]


@SETTINGS
@given(where=st.sampled_from(ALL_PATHS), value=values, delete=st.booleans())
def test_structural_mutations_never_raise(tmp_path: Path, where: tuple, value: object,
                                          delete: bool) -> None:
    data = copy.deepcopy(STRUCTURE)
    parent = data
    for key in where[:-1]:
        parent = parent[key]
    if delete:
        del parent[where[-1]]
    else:
        parent[where[-1]] = value
    path = tmp_path / "structural.yaml"
    path.write_text(yaml.dump(data, Dumper=DUMPER, allow_unicode=True, sort_keys=False),
                    encoding="utf-8")
    _check(path)


@SETTINGS
@given(data=st.binary(max_size=300))
def test_random_bytes_never_raise(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "bytes.yaml"
    path.write_bytes(data)
    _check(path)
