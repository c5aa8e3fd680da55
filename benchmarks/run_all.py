"""Every benchmark once, in full mode, and the figures the README's "Performance" section needs.

Runs each script in `benchmarks/` one after the other (never two at once: they
time whole processes) as the README quotes it, keeps what each prints, and ends
with a Markdown summary: when and where it ran (UTC, commit, load average before
and after each benchmark, cores, Python, whether walletsupport is installed
editable), each benchmark's wall and CPU time and whether it met its targets,
then the start-up table as the README prints it and every other benchmark's own
lines. Paste that summary into the README; run it on a quiet machine.

A benchmark that misses a target exits 1: that is reported ("targets missed"),
and the run goes on. Wall times on a loaded machine say little: compare CPU
seconds and the paired ratios.

Install as the README's figures are taken: not editable, with the test extras
(`pip install ".[test]"`: first_question.py drives a pty with pexpect).

Run: python benchmarks/run_all.py [--only NAME] [--list] [--quick]
(--quick: each benchmark in its quick mode, no targets, to try this script itself;
--list: the commands it would run.)  A full run takes about 15-20 minutes on the
2-core development machine when it is quiet (see the README).
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: (script, full-mode arguments, quick-mode arguments), in the README's order.
BENCHMARKS: list[tuple[str, list[str], list[str]]] = [
    ("startup", ["--runs", "9"], ["--quick"]),
    ("first_question", ["--runs", "9"], ["--quick"]),
    ("cases_scale", ["--runs", "5"], ["--quick"]),
    ("hostile", [], ["--quick"]),
    ("redact_speed", [], ["--quick"]),
    ("validate_scale", [], ["--quick"]),
    ("readers", [], ["--repeat", "1"]),
    ("contactscan", [], ["--quick"]),
    ("suite", [], ["--quick"]),
]


def _load() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "n/a" if not hasattr(os, "getloadavg") else " ".join(
            f"{x:.2f}" for x in os.getloadavg())


def _commit() -> str:
    done = subprocess.run(["git", "-C", str(HERE.parent), "describe", "--always", "--dirty"],
                          capture_output=True, text=True, check=False)
    return done.stdout.strip() or "unknown"


def _install() -> str:
    done = subprocess.run(
        [sys.executable, "-c", "import walletsupport; print(walletsupport.__file__)"],
        capture_output=True, text=True, check=False)
    where = done.stdout.strip()
    if not where:
        return "walletsupport is not importable"
    # A virtual environment inside the checkout is still an install: only the source
    # tree's own package is editable.
    inside = Path(where).resolve().is_relative_to((HERE.parent / "src").resolve())
    return f"{'editable (source tree)' if inside else 'installed'}: {where}"


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


@dataclass
class Result:
    """One benchmark's run."""

    name: str
    command: str
    code: int
    out: str
    err: str
    wall: float
    cpu: float
    at: str
    load: str


def run(name: str, args: list[str]) -> Result:
    """Run one benchmark; its output, exit code, wall and CPU seconds and the load around it."""
    command = [sys.executable, str(HERE / f"{name}.py"), *args]
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: bytecode kept, never recompiled
    load_before, cpu_before, started = _load(), _children_cpu(), time.perf_counter()
    stamp = datetime.now(UTC).strftime("%H:%M:%S")
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    wall = time.perf_counter() - started
    return Result(name, " ".join(["python", f"benchmarks/{name}.py", *args]), done.returncode,
                  done.stdout.rstrip(), done.stderr.rstrip(), wall,
                  _children_cpu() - cpu_before, stamp, f"{load_before} → {_load()}")


def _startup_table(out: str, quick: bool = False) -> list[str]:
    """startup.py's lines as the README's Markdown table (no verdicts in quick mode)."""
    rows = ["| command | walletsupport | bare Typer | median ratio | target |",
            "|---|---|---|---|---|"]
    for line in out.splitlines()[1:]:
        parts = line.split()
        if len(parts) < 5 or parts[-1] not in ("ok", "OVER"):
            continue
        verdict, target, ratio, bare, ours = parts[-1], parts[-2], parts[-3], parts[-4], parts[-5]
        command = " ".join(parts[:-5])
        mark = "" if quick else " ✓" if verdict == "ok" else " ✗"
        rows.append(f"| `{command}` | {ours} | {bare} | {ratio} | {target}{mark} |")
    return rows


def _verdict(result: Result, quick: bool) -> str:
    """Targets met or missed (exit 0 or 1), or failed: a crash also exits 1, with a traceback."""
    if result.code == 0:
        return "ran" if quick else "met"
    if result.code == 1 and "Traceback (most recent call last)" not in result.err:
        return "missed"
    return f"failed (exit {result.code})"


def summary(results: list[Result], started: str, quick: bool) -> str:
    """The Markdown summary: context, one line per benchmark, then their figures."""
    total_wall = sum(r.wall for r in results)
    lines = [
        f"## Benchmarks{' (quick mode: no targets)' if quick else ''}",
        "",
        f"- started {started} UTC, took {total_wall / 60:.1f} min; commit {_commit()}",
        f"- {os.cpu_count()} cores, {platform.python_implementation()} "
        f"{platform.python_version()}, {platform.system()} {platform.release()}",
        f"- {_install()}",
        "",
        "| benchmark | at (UTC) | wall | CPU | load (1, 5, 15 min) before → after | targets |",
        "|---|---|---|---|---|---|",
    ]
    for r in results:
        verdict = _verdict(r, quick)
        lines.append(f"| `{r.command}` | {r.at} | {r.wall:.0f} s | {r.cpu:.0f} s | {r.load} | "
                     f"{verdict} |")
    for r in results:
        lines += ["", f"### {r.name}", ""]
        if r.name == "startup" and r.out:
            lines += [*_startup_table(r.out, quick), ""]
        lines += ["```", r.out or "(nothing printed)", "```"]
        if _verdict(r, quick).startswith("failed") and r.err:
            lines += ["", "Its error output ended:", "```", r.err[-1500:], "```"]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="run only the benchmarks whose name contains this")
    parser.add_argument("--list", action="store_true", help="print the commands, run nothing")
    parser.add_argument("--quick", action="store_true", help="each in its quick mode")
    args = parser.parse_args()
    chosen = [(name, quick if args.quick else full) for name, full, quick in BENCHMARKS
              if not args.only or args.only in name]
    if args.list:
        for name, extra in chosen:
            print(" ".join(["python", f"benchmarks/{name}.py", *extra]))
        return
    started = datetime.now(UTC).strftime("%Y-%m-%d %H:%M")
    results = []
    for name, extra in chosen:
        print(f"[{datetime.now(UTC):%H:%M:%S}] {name} {' '.join(extra)} "
              f"(load {_load()})", file=sys.stderr, flush=True)
        results.append(run(name, extra))
        # Each benchmark's own lines as soon as it ends, so a run cut short keeps its figures.
        print(results[-1].out or "(nothing printed)", file=sys.stderr, flush=True)
    print(summary(results, started, args.quick))
    sys.exit(2 if any(_verdict(r, args.quick).startswith("failed") for r in results) else 0)


if __name__ == "__main__":
    main()
