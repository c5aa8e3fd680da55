"""Time to the first question of `diagnose failed-withdrawal` in a real pseudo-terminal.

Starts the installed command in a pty (pexpect, 100x40, cursor-position requests
off as in the tests), waits for the first question's text, then presses Ctrl-C;
paired, alternating, with `python -c "import questionary, typer"` run in a pty
to its end (the least any arrow-key prompt built on them can cost). The wallet is
set (`WALLETSUPPORT_PROFILE=generic`), so the flow's own question comes first. Warm runs:
the flow catalog comes from the cache folder, as on a user's second run.

Target: a median ratio of at most 1.3x.

Run: python benchmarks/first_question.py [--runs N] [--quick]
(--quick: one pair, no warm-up, no target: the test suite runs it so it never rots.)
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pexpect

QUESTION = "What happened to the withdrawal?"


def _ours() -> str:
    script = Path(sys.executable).parent / "walletsupport"
    return str(script) if script.exists() else "walletsupport"


def first_question(env: dict[str, str]) -> float:
    started = time.perf_counter()
    child = pexpect.spawn(_ours(), ["diagnose", "failed-withdrawal"], env=env,
                          encoding="utf-8", dimensions=(40, 100), timeout=60)
    child.expect_exact(QUESTION)
    elapsed = time.perf_counter() - started
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    child.close()
    return elapsed


def baseline(env: dict[str, str]) -> float:
    started = time.perf_counter()
    child = pexpect.spawn(sys.executable, ["-c", "import questionary, typer"], env=env,
                          encoding="utf-8", dimensions=(40, 100), timeout=60)
    child.expect(pexpect.EOF)
    child.close()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    # The quick mode (no target) needs no warm-up pair: its one pair only keeps the script
    # working, and that pair's first question is then read from a cold catalog cache.
    runs, warm = (1, 0) if args.quick else (args.runs, 3)
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, TERM="xterm-256color", NO_COLOR="1", LANG="C.UTF-8",
                   PROMPT_TOOLKIT_NO_CPR="1", WALLETSUPPORT_DATA_DIR=f"{home}/data",
                   WALLETSUPPORT_CONFIG_DIR=f"{home}/config",
                   WALLETSUPPORT_CACHE_DIR=f"{home}/cache",
                   WALLETSUPPORT_PROFILE="generic")  # the wallet is decided: not asked first
        for name in ("WALLETSUPPORT_PLAIN", "PYTHONDONTWRITEBYTECODE", "COLUMNS", "LINES"):
            env.pop(name, None)
        for _ in range(warm):
            first_question(env)
            baseline(env)
        ours, bare, ratios = [], [], []
        for _ in range(runs):
            a, b = first_question(env), baseline(env)
            ours.append(a)
            bare.append(b)
            ratios.append(a / b)
    ratio = statistics.median(ratios)
    ok = args.quick or ratio <= 1.3
    print(f"first question {statistics.median(ours) * 1000:.0f}ms, import questionary+typer "
          f"{statistics.median(bare) * 1000:.0f}ms: {ratio:.2f}x (target at most 1.3x) "
          f"{'ok' if ok else 'OVER'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
