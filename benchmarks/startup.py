"""Start-up time of walletsupport against a bare Typer app, as whole processes.

Runs `walletsupport --help` and `walletsupport contacts` paired with the bare
app (`benchmarks/bare_app.py`: one command printing a line with rich) in the
same environment, alternating A B A B after warm-up runs, and reports each
command's median wall time and the median of the pair-by-pair ratios.

Targets: `--help` at most 1.25x the bare app's `--help`; `contacts` at most
1.35x the bare app's command.

Run: python benchmarks/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BARE = [sys.executable, str(HERE / "bare_app.py")]


def _ours() -> list[str]:
    script = Path(sys.executable).parent / "walletsupport"
    if script.exists():
        return [str(script)]
    found = shutil.which("walletsupport")
    return [found] if found else [sys.executable, "-m", "walletsupport"]


def _run(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {done.stderr.decode()[-400:]}")
    return elapsed


def pair(ours: list[str], bare: list[str], runs: int, env: dict[str, str]) -> dict[str, float]:
    """Median times of both and the median ratio, over `runs` alternating pairs."""
    for _ in range(3):
        _run(ours, env)
        _run(bare, env)
    a_times, b_times, ratios = [], [], []
    for _ in range(runs):
        a = _run(ours, env)
        b = _run(bare, env)
        a_times.append(a)
        b_times.append(b)
        ratios.append(a / b)
    return {"ours": statistics.median(a_times), "bare": statistics.median(b_times),
            "ratio": statistics.median(ratios)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    ours = _ours()
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, WALLETSUPPORT_DATA_DIR=f"{home}/data",
                   WALLETSUPPORT_CONFIG_DIR=f"{home}/config", NO_COLOR="1", COLUMNS="80")
        cases = [
            ("--help", ours + ["--help"], BARE + ["--help"], 1.25),
            ("contacts", ours + ["contacts"], BARE + ["hello"], 1.35),
        ]
        header = ("command", "walletsupport", "bare Typer", "ratio", "target")
        print("{:<10} {:>14} {:>11} {:>6} {:>7}".format(*header))
        failed = False
        for name, a, b, target in cases:
            figures = pair(a, b, args.runs, env)
            ok = figures["ratio"] <= target
            failed |= not ok
            print(f"{name:<10} {figures['ours'] * 1000:>12.0f}ms {figures['bare'] * 1000:>9.0f}ms "
                  f"{figures['ratio']:>5.2f}x {'≤' + str(target) + 'x':>7} "
                  f"{'ok' if ok else 'OVER'}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
