"""benchmarks/run_all.py runs every benchmark, and each benchmark has a quick mode the suite runs.

The timings themselves are never asserted here (they belong to the benchmarks).
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def _run_all() -> ModuleType:
    spec = importlib.util.spec_from_file_location("run_all", BENCHMARKS / "run_all.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["run_all"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_run_all_runs_every_benchmark_once_in_full_and_in_quick_mode() -> None:
    scripts = {p.stem for p in BENCHMARKS.glob("*.py")} - {"bare_app", "run_all"}
    for mode in ([], ["--quick"]):
        done = subprocess.run([sys.executable, str(BENCHMARKS / "run_all.py"), "--list", *mode],
                              capture_output=True, text=True, timeout=120, check=True)
        listed = [line.split()[1] for line in done.stdout.splitlines()]
        assert sorted(listed) == sorted(f"benchmarks/{name}.py" for name in scripts)
        quick = all(("--quick" in line or "--repeat 1" in line) for line in
                    done.stdout.splitlines())
        assert quick == bool(mode), done.stdout


def test_every_quick_mode_named_by_run_all_is_run_by_the_suite() -> None:
    """A quick mode nobody runs rots: each benchmark's is run by some test file."""
    tests = Path(__file__).resolve().parent
    text = "".join(p.read_text(encoding="utf-8") for p in tests.glob("test_*.py"))
    for name, _, _ in _run_all().BENCHMARKS:
        assert f'"{name}.py"' in text, name


def test_the_contact_scan_benchmark_runs_in_quick_mode() -> None:
    done = subprocess.run([sys.executable, str(BENCHMARKS / "contactscan.py"), "--quick"],
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 16 and lines[-1].startswith("slowest 32 KiB case: "), lines
    assert all("8 KiB" in line and "ratio" in line for line in lines[:-1]), lines


def test_the_suite_benchmark_runs_in_quick_mode() -> None:
    """benchmarks/suite.py times the README's test command; quick mode runs one small file."""
    done = subprocess.run([sys.executable, str(BENCHMARKS / "suite.py"), "--quick"],
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    line, = done.stdout.splitlines()
    assert line.startswith("pytest -n 0 tests/test_frozen.py: "), line
    assert " s wall, " in line and " s CPU; " in line and " passed" in line, line


def test_the_summary_turns_the_startup_lines_into_the_readme_table() -> None:
    run_all = _run_all()
    out = ("command                             walletsupport  bare Typer  ratio  target\n"
           "--help                                      512ms       401ms  1.28x  ≤1.25x OVER\n"
           "contacts --profile alipay                   380ms       300ms  1.27x  ≤1.35x ok\n")
    result = run_all.Result("startup", "python benchmarks/startup.py --runs 9", 1, out, "",
                            61.0, 40.0, "15:00:00", "0.5 0.4 0.3 → 1.1 0.6 0.4")
    text = run_all.summary([result], "2026-12-03 15:00", quick=False)
    assert "| `python benchmarks/startup.py --runs 9` | 15:00:00 | 61 s | 40 s | " \
           "0.5 0.4 0.3 → 1.1 0.6 0.4 | missed |" in text
    assert "| `--help` | 512ms | 401ms | 1.28x | ≤1.25x ✗ |" in text
    assert "| `contacts --profile alipay` | 380ms | 300ms | 1.27x | ≤1.35x ✓ |" in text
    assert text.count("| `") == 3  # the header line is not a row


def test_a_benchmark_that_crashes_is_reported_as_failed_not_as_missing_its_targets() -> None:
    run_all = _run_all()
    crashed = run_all.Result("readers", "python benchmarks/readers.py", 1, "",
                             "Traceback (most recent call last):\n  ...\nImportError: pexpect",
                             1.0, 0.5, "15:00:00", "0.1 0.1 0.1 → 0.1 0.1 0.1")
    missed = run_all.Result("hostile", "python benchmarks/hostile.py", 1, "redaction 1.2 s", "",
                            9.0, 8.5, "15:00:01", "0.1 0.1 0.1 → 0.1 0.1 0.1")
    text = run_all.summary([crashed, missed], "2026-12-03 15:00", quick=False)
    assert "| failed (exit 1) |" in text and "ImportError: pexpect" in text
    assert "| missed |" in text
