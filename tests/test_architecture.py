"""The layers hold: import-linter's contracts (pyproject.toml) and rules every module keeps.

Lazy imports inside functions count as imports here: a layer broken only at run
time is still broken. docs/architecture.md draws the parts and the arrows allowed.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("walletsupport", include_external_packages=True, cache_dir=None)


def _inside(graph: grimp.ImportGraph) -> list[str]:
    return sorted(m for m in graph.modules if m == "walletsupport" or
                  m.startswith("walletsupport."))


def _importers(graph: grimp.ImportGraph, external: str) -> set[str]:
    return {m for m in graph.find_modules_that_directly_import(external)
            if m.startswith("walletsupport")}


def _outside(modules: Iterable[str], *allowed: str) -> list[str]:
    return sorted(m for m in modules
                  if not any(m == a or m.startswith(a + ".") for a in allowed))


def test_import_linter_contracts_hold(capsys: pytest.CaptureFixture[str]) -> None:
    from importlinter.cli import lint_imports

    code = lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True)
    assert code == 0, capsys.readouterr().out


def test_only_the_cli_imports_typer(graph: grimp.ImportGraph) -> None:
    importers = _importers(graph, "typer")
    assert importers, "the CLI is built on Typer"
    assert _outside(importers, "walletsupport.cli") == []


def test_only_prompting_imports_questionary_and_prompt_toolkit(graph: grimp.ImportGraph) -> None:
    importers = _importers(graph, "questionary") | _importers(graph, "prompt_toolkit")
    assert "walletsupport.prompting" in importers
    assert _outside(importers, "walletsupport.prompting") == []


def test_only_the_screens_draw_with_rich(graph: grimp.ImportGraph) -> None:
    # The environment makes the console; the CLI prints errors on it; `wrapping` counts
    # columns with rich's cell widths (rich.cells only); the rest is rendering.
    importers = _importers(graph, "rich")
    assert _outside(importers, "walletsupport.rendering", "walletsupport.cli",
                    "walletsupport.environment", "walletsupport.wrapping") == []


def test_no_import_cycles(graph: grimp.ImportGraph) -> None:
    modules = _inside(graph)
    edges = {m: sorted(i for i in graph.find_modules_directly_imported_by(m)
                       if i in set(modules) and i != m) for m in modules}
    cycles = _strongly_connected(edges)
    assert cycles == [], "\n".join(" <-> ".join(c) for c in cycles)


def _strongly_connected(edges: dict[str, list[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative: the groups of modules that import each other."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in edges:
        if root in index:
            continue
        work = [(root, iter(edges[root]))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(edges[child])))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return sorted(found)


def test_the_cycle_finder_finds_a_cycle() -> None:
    # The check above can fail: two modules importing each other are one group.
    edges = {"a": ["b"], "b": ["c"], "c": ["a"], "d": ["a"]}
    assert _strongly_connected(edges) == [["a", "b", "c"]]
    assert _strongly_connected({"a": ["b"], "b": []}) == []
