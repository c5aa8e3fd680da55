"""Shared fixtures: isolated data/config folders, and flows written on the fly."""

from __future__ import annotations

import itertools
import os
import shutil
import sys
import tempfile
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

#: What the tests keep between runs that is not the program's own cache: compiled
#: bytecode and the example content package's built wheel, each checked against its
#: source. In the caller's cache folder (read before the tests replace `XDG_*`). An
#: xdist worker starts with the environment `pytest_configure` already made for the
#: main process (`XDG_CACHE_HOME` in the session's temporary folder, removed at the
#: end), so the folder is handed down in a variable of its own: read from `XDG_*` in a
#: worker, the wheel was built again on every run.
_TOOLS_VARIABLE = "PYTEST_WALLETSUPPORT_TOOLS_CACHE"
TOOLS_CACHE = Path(os.environ.get(_TOOLS_VARIABLE)
                   or Path(os.environ.get("XDG_CACHE_HOME") or Path("~/.cache").expanduser(),
                           "walletsupport-tests"))
os.environ[_TOOLS_VARIABLE] = str(TOOLS_CACHE)


def _keep_bytecode_outside_the_tree() -> None:
    """Compile each module once, not in every worker and every run.

    A caller who sets `PYTHONDONTWRITEBYTECODE` (CI, this machine) keeps `__pycache__`
    folders out of the checkout; then every worker recompiled the package and rewrote
    every test module's assertions (several CPU seconds each), and so did every
    `walletsupport` process a test starts. The bytecode goes to a folder of the
    caller's own cache instead (`sys.pycache_prefix`, as `PYTHONPYCACHEPREFIX` gives;
    Python checks each file against its source, so a stale one is never used), and the
    processes the tests start inherit it.
    """
    if not sys.dont_write_bytecode or sys.pycache_prefix is not None:
        return
    prefix = TOOLS_CACHE / "pycache"
    try:
        prefix.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return
    sys.pycache_prefix = str(prefix)
    sys.dont_write_bytecode = False
    os.environ["PYTHONPYCACHEPREFIX"] = str(prefix)
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)


_keep_bytecode_outside_the_tree()

from hypothesis import settings  # noqa: E402

from .fakeclip import fake_clipboard  # noqa: E402, F401  (a fixture for every test file)

# Property tests: the suite's profile tries a fifth of each test's examples (20 where a
# test names no count), the same ones on every run (derandomized, no example database),
# so the suite is quick and never flaky. HYPOTHESIS_PROFILE=thorough runs each test's
# full count with fresh random examples:
#     HYPOTHESIS_PROFILE=thorough python -m pytest -n auto -k "propert or arithmetic or hostile"
settings.register_profile("suite", max_examples=20, deadline=None, derandomize=True, database=None)
settings.register_profile("thorough", deadline=None)
THOROUGH = os.environ.get("HYPOTHESIS_PROFILE") == "thorough"
settings.load_profile("thorough" if THOROUGH else "suite")


def examples(count: int) -> int:
    """A property test's `max_examples`: `count` when thorough, a fifth of it in the suite."""
    return count if THOROUGH else max(20, count // 5)


ROOT = Path(__file__).resolve().parent.parent
FLOWS = ROOT / "flows"

MINIMAL = """\
id: {id}
title: {{en: Test flow, zh: 测试流程}}
summary: {{en: A flow for tests, zh: 测试用的流程}}
keywords: [test]
start: q
nodes:
  q:
    kind: select
    prompt: {{en: Pick one, zh: 选一个}}
    choices:
      - {{id: a, label: {{en: Option A, zh: 选项甲}}, next: done}}
      - {{id: b, label: {{en: Option B, zh: 选项乙}}, next: done}}
  done:
    kind: end
    outcome: resolved
    message: {{en: Done, zh: 完成}}
"""


_SESSION: dict[str, object] = {}


def pytest_configure(config: pytest.Config) -> None:
    """Isolate the whole process from the caller's folders before any test module is imported.

    A module may load a flow at import (collection runs outside any fixture): with the
    caller's `XDG_*` and `WALLETSUPPORT_*` variables dropped and the folders pointed into
    a temporary folder first, not even collection reads or writes the caller's cache,
    data or config. Each test then gets its own folders (`_isolated_home`).
    """
    folder = Path(tempfile.mkdtemp(prefix="walletsupport-tests-"))
    saved = {name: os.environ.pop(name) for name in list(os.environ)
             if name.startswith(("XDG_", "WALLETSUPPORT_"))}
    for kind in ("data", "config", "cache", "state"):
        os.environ[f"XDG_{kind.upper()}_HOME"] = str(folder / f"xdg-{kind}")
    for kind in ("data", "config", "cache"):
        os.environ[f"WALLETSUPPORT_{kind.upper()}_DIR"] = str(folder / kind)
    _SESSION.update(folder=folder, saved=saved)
    _read_each_signature_once()


def _read_each_signature_once() -> None:
    """Let Typer read each command function's signature once per process, not once per run.

    Every `CliRunner().invoke` builds the command tree anew, as every real run does
    (help in another language changes the built commands, so the tree itself must not
    be kept); most of that time is Typer reading signatures and type hints
    (`get_params_from_function`), which never change. Those are kept, and each build
    still gets fresh copies of the option and argument objects, as Typer gives it.
    """
    from copy import copy

    import typer.main
    from typer.models import ParameterInfo, ParamMeta

    read = typer.main.get_params_from_function
    seen: dict[Callable[..., object], dict[str, ParamMeta]] = {}

    def get_params_from_function(func: Callable[..., object]) -> dict[str, ParamMeta]:
        if func not in seen:
            seen[func] = read(func)
        return {name: ParamMeta(name=meta.name, annotation=meta.annotation,
                                default=copy(meta.default)
                                if isinstance(meta.default, ParameterInfo) else meta.default)
                for name, meta in seen[func].items()}

    typer.main.get_params_from_function = get_params_from_function  # type: ignore[assignment]


def pytest_unconfigure(config: pytest.Config) -> None:
    """Give the caller's variables back and remove the session's folder."""
    folder = _SESSION.pop("folder", None)
    saved = _SESSION.pop("saved", {})
    for name in list(os.environ):
        if name.startswith(("XDG_", "WALLETSUPPORT_")):
            del os.environ[name]
    os.environ.update(saved)  # type: ignore[arg-type]
    if isinstance(folder, Path):
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def _shared_cache() -> Path:
    """One cache folder for the tests of a session (of an xdist worker, each has its own).

    The cache holds only what is computed from the shipped files (the checked flow
    catalog, parsed profiles, holiday calendars), each entry keyed by the contents it
    was made from, so tests can share it safely; sharing it spares every test a cold
    load. A test that looks at what is kept uses the `cache` fixture, a folder of its own.
    It is the cache folder collection used (see `pytest_configure`), already warm.
    """
    folder = _SESSION["folder"]
    assert isinstance(folder, Path)
    return folder / "cache"


@pytest.fixture(scope="session")
def _homes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Names for the tests' home folders, each new, in one folder of the session's.

    Made with one `mkdir` each: `tmp_path_factory.mktemp` also points a `homeN-current`
    link at each one it makes, which cost about three times as much, for every test.
    """
    folder = tmp_path_factory.mktemp("homes")
    return (f"{folder}/{number}" for number in itertools.count())


@pytest.fixture(autouse=True)
def _isolated_home(_homes: Iterator[str], _shared_cache: Path,
                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test gets its own home and folders, whatever the caller's environment says.

    Every `XDG_*` and `WALLETSUPPORT_*` variable of the caller is dropped first, so a
    developer's own settings (or CI's) never leak into a test; then the test's home,
    XDG folders and walletsupport folders all point into a fresh folder.
    Only the cache folder is shared by the session's tests (see `_shared_cache`).
    The language is pinned to English, colours are off, and prompt_toolkit is told
    not to ask the terminal for the cursor position (a pty test would otherwise wait
    for a reply that no one sends).
    """
    home = next(_homes)
    os.mkdir(home, 0o700)  # noqa: PTH102  (a string in, strings out: no Path for every test)
    for name in list(os.environ):
        if name.startswith(("XDG_", "WALLETSUPPORT_")):
            monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", home)
    monkeypatch.setenv("XDG_DATA_HOME", f"{home}/.local/share")
    monkeypatch.setenv("XDG_CONFIG_HOME", f"{home}/.config")
    monkeypatch.setenv("XDG_CACHE_HOME", f"{home}/.cache")
    monkeypatch.setenv("XDG_STATE_HOME", f"{home}/.local/state")
    monkeypatch.setenv("WALLETSUPPORT_DATA_DIR", f"{home}/data")
    monkeypatch.setenv("WALLETSUPPORT_CONFIG_DIR", f"{home}/config")
    monkeypatch.setenv("WALLETSUPPORT_CACHE_DIR", str(_shared_cache))
    monkeypatch.setenv("PROMPT_TOOLKIT_NO_CPR", "1")
    monkeypatch.setenv("TERM", "xterm-256color")
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "TZ"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "80")


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache folder of the test's own (WALLETSUPPORT_CACHE_DIR), to see what is kept."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("WALLETSUPPORT_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def write_flow(tmp_path: Path) -> Callable[..., Path]:
    """Write YAML text (dedented) to a file in a temporary folder and return its path."""

    def write(text: str, name: str = "flow.yaml") -> Path:
        path = tmp_path / name
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    return write
