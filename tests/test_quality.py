"""The code stays as clean as the style guide asks: ruff, and mypy --strict on src/."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, TOOLS_CACHE

BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = BIN / name
    if found.exists():
        return str(found)
    other = shutil.which(name)
    if other is None:
        pytest.skip(f"{name} is not installed")
    return other


def test_ruff_is_clean() -> None:
    done = subprocess.run([_tool("ruff"), "check", "src", "tests", "benchmarks"], cwd=ROOT,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow
def test_mypy_strict_is_clean() -> None:
    # mypy's cache is kept with the tests' other tools, not in the checkout: a clean clone
    # or a new worktree then checks what differs, not typeshed and every dependency again
    # (7-8 s of CPU). mypy trusts an entry only for its own version and options and for
    # a file of the same size and hash, so a stale one is checked again.
    cache = TOOLS_CACHE / "mypy"
    done = subprocess.run([_tool("mypy"), "--strict", "--cache-dir", str(cache),
                           "src/walletsupport"], cwd=ROOT,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
