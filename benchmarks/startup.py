"""Start-up time of walletsupport against a bare Typer app, as whole processes.

Runs each command paired with the bare app (`benchmarks/bare_app.py`: one
command printing a line with rich) in the same environment, alternating A B A B
after warm-up runs (so caches are warm, as for a user's second run), and reports
each command's median wall time and the median of the pair-by-pair ratios.

Targets: `--help` at most 1.25x the bare app's `--help`; `contacts` (with every
shipped profile), `flows list`, `guide` and `cases list` on a small history at
most 1.35x the bare app's command; a scripted diagnosis (`diagnose
failed-withdrawal --answers FILE --no-input`) at most 2x.

Run: python benchmarks/startup.py [--runs N] [--only NAME] [--quick]
(--quick: one run each, no targets: the test suite runs it so it never rots.)
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


def pair(ours: list[str], bare: list[str], runs: int, env: dict[str, str],
         warm: int = 3, bare_once: dict[tuple[str, ...], float] | None = None,
         ) -> dict[str, float]:
    """Median times of both and the median ratio, over `runs` alternating pairs.

    With `bare_once` (the quick mode), the bare app runs once per distinct command
    and its time is reused: the quick mode only keeps the script working.
    """
    for _ in range(warm):
        _run(ours, env)
        _run(bare, env)
    a_times, b_times, ratios = [], [], []
    for _ in range(runs):
        a = _run(ours, env)
        if bare_once is None:
            b = _run(bare, env)
        elif tuple(bare) in bare_once:
            b = bare_once[tuple(bare)]
        else:
            b = bare_once[tuple(bare)] = _run(bare, env)
        a_times.append(a)
        b_times.append(b)
        ratios.append(a / b)
    return {"ours": statistics.median(a_times), "bare": statistics.median(b_times),
            "ratio": statistics.median(ratios)}


ANSWERS = """\
_flow: failed-withdrawal
what-happened: rejected
error-text: "E1021: daily withdrawal limit exceeded"
destination: bank-card
destination-detail: ICBC, card ending 4821
details-checked: true
amount: 5,000 CNY
limits: within
account-state: normal
when: 2026-11-24 15:30 UTC+8
reference: OD20261124001
tried: [retried]
"""


def _profiles() -> list[str]:
    folder = HERE.parent / "profiles"
    if not folder.is_dir():
        from walletsupport.diagnosis.catalog import data_dir

        folder = data_dir("profiles")
    return sorted(p.stem for p in folder.glob("*.yaml"))


def _small_history(folder: Path, count: int = 3) -> None:
    """Three finished cases and a draft, made through the command line."""
    import subprocess

    answers = folder / "answers.yaml"
    answers.write_text(ANSWERS, encoding="utf-8")
    env = dict(os.environ, WALLETSUPPORT_DATA_DIR=str(folder / "data"), NO_COLOR="1")
    for _ in range(count):
        subprocess.run(_ours() + ["diagnose", "--answers", str(answers), "--no-input"],
                       env=env, stdout=subprocess.DEVNULL, check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--only", help="run only the commands whose name contains this")
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    runs = 1 if args.quick else args.runs
    ours = _ours()
    with tempfile.TemporaryDirectory() as home:
        _small_history(Path(home), 1 if args.quick else 3)
        env = dict(os.environ, WALLETSUPPORT_DATA_DIR=f"{home}/data",
                   WALLETSUPPORT_CONFIG_DIR=f"{home}/config",
                   WALLETSUPPORT_CACHE_DIR=f"{home}/cache", NO_COLOR="1", COLUMNS="80",
                   WALLETSUPPORT_NOW="2026-11-25T10:00:00+08:00")
        env.pop("WALLETSUPPORT_PROFILE", None)
        # Compiled bytecode is kept (as a normal install does); never recompiled per run.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        hello = BARE + ["hello"]
        cases = [
            ("--help", ours + ["--help"], BARE + ["--help"], 1.25),
            ("contacts", ours + ["contacts"], hello, 1.35),
            *[(f"contacts --profile {name}", ours + ["contacts", "--profile", name], hello, 1.35)
              for name in _profiles() if name != "generic"],
            ("flows list", ours + ["flows", "list"], hello, 1.35),
            ("guide", ours + ["guide"], hello, 1.35),
            ("cases list", ours + ["cases", "list"], hello, 1.35),
            ("diagnose --answers --no-input",
             ours + ["diagnose", "--answers", f"{home}/answers.yaml", "--no-input"], hello, 2.0),
        ]
        if args.only:
            cases = [c for c in cases if args.only in c[0]]
        if args.quick:  # one profile stands for all: the suite only keeps the script working
            cases = [c for c in cases if not c[0].startswith("contacts --profile")
                     or c[0].endswith("alipay")]
        header = ("command", "walletsupport", "bare Typer", "ratio", "target")
        print("{:<34} {:>14} {:>11} {:>6} {:>7}".format(*header))
        failed = False
        bare_once: dict[tuple[str, ...], float] | None = {} if args.quick else None
        for name, a, b, target in cases:
            figures = pair(a, b, runs, env, warm=0 if args.quick else 3, bare_once=bare_once)
            ok = args.quick or figures["ratio"] <= target
            failed |= not ok
            print(f"{name:<34} {figures['ours'] * 1000:>12.0f}ms "
                  f"{figures['bare'] * 1000:>9.0f}ms {figures['ratio']:>5.2f}x "
                  f"{'≤' + str(target) + 'x':>7} {'ok' if ok else 'OVER'}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
