"""How long the test suite takes: the README's test command, timed as CI runs it.

Runs `python -m pytest -n auto` from the checkout, as `.ci/run` does, with every
`XDG_*` folder and the tool's own settings pointed at fresh temporary folders (so
neither the caller's history nor a warm cache helps), and prints the wall time,
the CPU time of pytest and its workers, and pytest's own summary line. The target
(issue 16) is a wall time under 45 s on the 2-core development machine.

Run it on a quiet machine and compare CPU seconds too: wall time under load says
little. Full mode runs the suite `--runs` times (default 1) and reports the median.

Run: python benchmarks/suite.py [--runs N] [--quick]
(--quick: one small test file, once, no target: to try this script itself.)
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_S = 45.0
QUICK_FILE = "tests/test_frozen.py"


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _env(scratch: Path) -> dict[str, str]:
    """The caller's environment without pytest's or the tool's own, with fresh XDG folders."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTEST_", "WALLETSUPPORT_", "XDG_", "COV_"))}
    for name in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        folder = scratch / name.lower()
        folder.mkdir()
        env[name] = str(folder)
    return env


def run_once(args: list[str]) -> tuple[float, float, str, int]:
    """One run of pytest: wall seconds, CPU seconds, its summary line and its exit code."""
    with tempfile.TemporaryDirectory(prefix="ws-suite-") as scratch:
        command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *args]
        cpu_before, started = _children_cpu(), time.perf_counter()
        done = subprocess.run(command, cwd=ROOT, env=_env(Path(scratch)), capture_output=True,
                              text=True, check=False)
        wall = time.perf_counter() - started
    lines = [line for line in done.stdout.splitlines() if re.search(r"\d+ (passed|failed)", line)]
    summary = lines[-1].strip("= ") if lines else f"no summary (exit {done.returncode})"
    if done.returncode != 0 and not lines:
        summary += ": " + (done.stdout + done.stderr).strip()[-500:]
    return wall, _children_cpu() - cpu_before, summary, done.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--quick", action="store_true", help="one small file, no target")
    options = parser.parse_args()
    args = ["-n", "0", QUICK_FILE] if options.quick else ["-n", "auto"]
    walls, cpus, codes = [], [], []
    for _ in range(1 if options.quick else max(1, options.runs)):
        wall, cpu, summary, code = run_once(args)
        walls.append(wall)
        cpus.append(cpu)
        codes.append(code)
        print(f"pytest {' '.join(args)}: {wall:.1f} s wall, {cpu:.1f} s CPU; {summary}")
    wall = statistics.median(walls)
    if options.quick:
        sys.exit(0 if codes == [0] else 2)
    verdict = "ok" if wall < TARGET_S else "OVER"
    print(f"median wall {wall:.1f} s (target < {TARGET_S:.0f} s) {verdict}; "
          f"median CPU {statistics.median(cpus):.1f} s; {os.cpu_count()} cores")
    if any(codes):
        sys.exit(2)
    sys.exit(0 if verdict == "ok" else 1)


if __name__ == "__main__":
    main()
