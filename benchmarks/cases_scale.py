"""Case history at scale: `cases list`, `cases show` and `export` with 10,000 saved cases.

Builds a history of N finished cases of the reference flow (one real diagnosis
through the store, then copied row by row in SQL with its own times, every tenth
case with three notes, and a few drafts), then times whole processes:

- `walletsupport cases list` over the full history: target within 0.5 s and 60 MiB
  (peak resident memory of the process, from wait4);
- `walletsupport cases show ID` and `walletsupport export ID` of one case in the
  middle, against the same commands over a history of 100 cases: target a median
  ratio of at most 1.25x (one case is read by its id, whatever the history).

Run: python benchmarks/cases_scale.py [--cases N] [--runs N] [--quick]
(--quick: 300 cases and one run, no targets: the test suite runs it so it never rots.)
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

SCRIPT: list[object] = [
    "rejected", "E1021: daily withdrawal limit exceeded", "bank-card", "ICBC, card ending 4821",
    True, "5,000 CNY", "within", "normal", "2026-11-24 15:30, UTC+8", "OD20261124001",
    ["retried"],
]
START = datetime(2024, 1, 1, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def _ours() -> list[str]:
    script = Path(sys.executable).parent / "walletsupport"
    if script.exists():
        return [str(script)]
    found = shutil.which("walletsupport")
    return [found] if found else [sys.executable, "-m", "walletsupport"]


def build(folder: Path, count: int) -> None:
    """A history of `count` finished cases (and 5 drafts) in `folder`."""
    from walletsupport.cases.store import DB_NAME, CaseStore
    from walletsupport.diagnosis import engine
    from walletsupport.diagnosis.catalog import load_catalog

    flow = load_catalog().get("failed-withdrawal")
    answers: tuple = ()
    for value in SCRIPT:
        answers = engine.apply_answer(flow, answers, value)
    with CaseStore(folder) as store:
        store.finish(case_id=None, result=engine.result(flow, answers), lang="en", now=START,
                     redactions={})
        for n in range(5):
            store.save_draft(case_id=None, flow_id=flow.id, answers=answers[: n + 1],
                             lang="en", now=START, flow=flow)
    db = sqlite3.connect(folder / DB_NAME)
    columns = [row[1] for row in db.execute("PRAGMA table_info(cases)") if row[1] != "id"]
    template = db.execute(f"SELECT {', '.join(columns)} FROM cases WHERE id = 1").fetchone()
    rows = []
    for n in range(1, count):
        values = dict(zip(columns, template, strict=True))
        moment = (START + timedelta(hours=n)).isoformat(timespec="seconds")
        values.update(created=moment, updated=moment, finished=moment,
                      status=("open", "waiting", "escalated", "resolved")[n % 4],
                      ticket=f"CS-{n:06d}" if n % 3 == 0 else None)
        rows.append(tuple(values[c] for c in columns))
    with db:
        db.executemany(f"INSERT INTO cases ({', '.join(columns)}) VALUES "
                       f"({', '.join('?' for _ in columns)})", rows)
        ids = [r[0] for r in db.execute("SELECT id FROM cases WHERE status != 'draft'")]
        db.executemany("INSERT INTO notes (case_id, at, zone, text) VALUES (?, ?, NULL, ?)",
                       [(i, START.isoformat(), f"support answered about case {i}, part {k}")
                        for i in ids[::10] for k in range(3)])
    db.close()


def run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time (s) and peak resident memory (MiB) of one process."""
    started = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    err = child.stderr.read().decode() if child.stderr else ""
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {err[-400:]}")
    return elapsed, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    count, runs = (300, 1) if args.quick else (args.cases, args.runs)
    ours = _ours()
    failed = False
    with tempfile.TemporaryDirectory() as home:
        big, small = Path(home, "big"), Path(home, "small")
        started = time.perf_counter()
        build(big, count)
        build(small, 100)
        print(f"built {count:,} cases in {time.perf_counter() - started:.1f} s")
        env = dict(os.environ, WALLETSUPPORT_CONFIG_DIR=f"{home}/config", NO_COLOR="1",
                   COLUMNS="100", WALLETSUPPORT_CACHE_DIR=f"{home}/cache")
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # bytecode kept, as a normal install does
        big_env = dict(env, WALLETSUPPORT_DATA_DIR=str(big))
        small_env = dict(env, WALLETSUPPORT_DATA_DIR=str(small))
        middle = str(count // 2)
        for command in (["cases", "list"], ["cases", "show", "50"]):  # warm the caches
            if args.quick:
                break
            run(ours + command, big_env)
            run(ours + command, small_env)

        listed = [run(ours + ["cases", "list"], big_env) for _ in range(runs)]
        every = [run(ours + ["cases", "list", "--all"], big_env) for _ in range(max(1, runs // 3))]
        seconds = statistics.median(t for t, _ in listed)
        peak = max(m for _, m in listed)
        print(f"cases list over {count:,} cases: {seconds:.3f} s median, {peak:.1f} MiB peak "
              "(target 0.5 s, 60 MiB)")
        print(f"cases list --all ({count:,} rows): "
              f"{statistics.median(t for t, _ in every):.3f} s median, "
              f"{max(m for _, m in every):.1f} MiB peak")
        if not args.quick and (seconds > 0.5 or peak > 60):
            failed = True

        for name, command, target in (("cases show", ["cases", "show"], 1.25),
                                      ("export", ["export"], 1.25)):
            ratios, big_times, small_times = [], [], []
            for _ in range(runs):
                a, _ = run(ours + command + [middle], big_env)
                b, _ = run(ours + command + ["50"], small_env)
                big_times.append(a)
                small_times.append(b)
                ratios.append(a / b)
            ratio = statistics.median(ratios)
            print(f"{name} of one case: {statistics.median(big_times):.3f} s with {count:,} "
                  f"cases, {statistics.median(small_times):.3f} s with 100: {ratio:.2f}x "
                  f"(target at most {target}x)")
            if not args.quick and ratio > target:
                failed = True
    if failed:
        raise SystemExit("a target was missed")


if __name__ == "__main__":
    main()
