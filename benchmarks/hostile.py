"""Linear on hostile sizes: flow and profile checks, note exports and redaction of big texts.

Each case is timed (CPU seconds of this process, `time.process_time`, so that a
machine shared with other work gives comparable figures) at a small size and at
ten times that size, up to 1 MiB of text in one field:

- a flow whose question prompt is one hostile text (one long word, a run of digits,
  digits and dashes, digits with spaces, Chinese prose, mixed prose), loaded and
  checked as `flows validate` does (YAML, model, every loader and graph check,
  the contact-detail scan);
- a contact profile whose warning is such a text, parsed and checked;
- a case with a note of that size, exported as text (wrapped to 72 columns; the
  note is redacted again and contact details masked on the way out);
- `redact` of mixed text (`benchmarks/redact_speed.py` has the full corpus run).
- `asked_for_secret` (the closing screen's "someone asked for my code" check, run on
  every description), on these texts and on runs of its own cue words ("he asked me ",
  "客服让我把", "share my screen "), where a careless pattern turns quadratic.

Targets: each under 2 s at 1 MiB (redaction under 1 s), and growing at most about
tenfold (here: at most 13x, for timer noise) when the input grows tenfold.
The 1 MiB file-size limit of the readers is lifted in this process only, since
such files exceed it.

How it is timed, so that a busy machine does not fake a superlinear growth: each
case runs once at each size untimed (first-use costs: imports, compiled
patterns), then in `--rounds` rounds (5), each timing the small size ten times
in a row and the big size once, so both samples cover the same amount of work
and the same stretch of the machine's load. The growth is the median of the
rounds' ratios; the time at the big size is the median of its rounds. (One
best-of-two run at each size once read 15.8x for a flow check of "1 1 1 ...";
callgrind counts 10.4x-11.3x the instructions of a flow check for 10.24x the text.)

Run: python benchmarks/hostile.py [--quick] [--rounds N]
(--quick: 1 and 10 KiB, one round, no targets: the test suite runs it so it never rots.)
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

KIB = 1024
SHAPES: dict[str, str] = {
    "one word": "a",
    "digits": "1",
    "digits and dashes": "1-",
    "digits and spaces": "1 ",
    "dots": "a.",
    "Chinese prose": "提现失败了，请联系客服处理。",
    "mixed prose": "Withdrawal E1021 failed at 15:30, order OD2026 ",
}


#: Runs of the cue words of `asked_for_secret`: actors, asking, giving, screen sharing.
ASKED_SHAPES: dict[str, str] = {
    "asking cues": "he asked me ",
    "giving cues": "I gave him the ",
    "Chinese asking cues": "客服让我把",
    "screen cues": "share my screen ",
}


def sized(unit: str, size: int) -> str:
    """`unit` repeated to about `size` bytes of UTF-8."""
    return unit * max(1, size // len(unit.encode("utf-8")))


def _lift_limits() -> None:
    from walletsupport import sourcefile
    from walletsupport.contacts import loading as profiles
    from walletsupport.diagnosis import yamlsrc

    if sourcefile.read_source.__defaults__ is not None:
        sourcefile.read_source.__defaults__ = (1 << 30,)
    profiles._MAX_BYTES = 1 << 30
    yamlsrc.MAX_BYTES = 1 << 30
    if yamlsrc.load_text.__kwdefaults__ is not None:
        yamlsrc.load_text.__kwdefaults__["max_bytes"] = None


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def flow_check(folder: Path, text: str) -> Callable[[], object]:
    path = folder / "big.yaml"
    path.write_text(f"""\
id: big
title: {{en: Big, zh: 大}}
summary: {{en: A flow with one big text, zh: 有一段很长文字的流程}}
keywords: [big]
start: q
nodes:
  q:
    kind: select
    prompt: {{en: {_quoted(text)}, zh: 选一个}}
    choices:
      - {{id: a, label: {{en: A, zh: 甲}}, next: done}}
  done: {{kind: end, outcome: resolved, message: {{en: Done, zh: 完成}}}}
""", encoding="utf-8")

    def run() -> object:
        from walletsupport.diagnosis.catalog import load_catalog

        return load_catalog(paths=[path])

    return run


def profile_check(folder: Path, text: str) -> Callable[[], object]:
    from walletsupport.diagnosis.catalog import data_dir

    base = (data_dir("profiles") / "paypal.yaml").read_text(encoding="utf-8")
    head, found, tail = base.partition("\nwarnings:\n")
    assert found, "the profile has no warnings to grow"
    body = (f"{head}\nwarnings:\n  - confidence: M\n    text:\n      en: {_quoted(text)}\n"
            f"      zh: 很长的提示\n{tail}")
    path = folder / "paypal.yaml"
    path.write_text(body, encoding="utf-8")

    def run() -> object:
        from walletsupport.contacts.loading import _parse
        from walletsupport.errors import ProfileError

        try:
            return _parse(path, body, str(path), source="bench", builtin=False,
                          expect_name=None)
        except ProfileError as refused:  # a refusal is an answer too
            return refused

    return run


def notes_export(folder: Path, text: str) -> Callable[[], object]:
    from walletsupport.cases.store import CaseStore
    from walletsupport.diagnosis import engine
    from walletsupport.diagnosis.catalog import load_catalog

    flow = load_catalog().get("failed-withdrawal")
    answers: tuple = ()
    for value in ("rejected", "E1021", "bank-card", "ICBC 4821", True, "5,000 CNY", "within",
                  "normal", "2026-11-24 15:30 UTC+8", "OD1", ["retried"]):
        answers = engine.apply_answer(flow, answers, value)
    now = datetime(2026, 11, 24, 16, 5, tzinfo=ZoneInfo("Asia/Shanghai"))
    with CaseStore(folder / f"data-{len(text)}") as store:
        case = store.finish(case_id=None, result=engine.result(flow, answers), lang="en",
                            now=now, redactions={})
        case = store.add_note(case.id, text, now)

    def run() -> object:
        from walletsupport.cases.export import render

        return render(case, "text", "en")

    return run


def redaction(_folder: Path, text: str) -> Callable[[], object]:
    from walletsupport.redact import redact

    return lambda: redact(text, "en")


def asked(_folder: Path, text: str) -> Callable[[], object]:
    from walletsupport.redact.asked import asked_for_secret

    return lambda: asked_for_secret(text)


def cpu(run: Callable[[], object], times: int = 1) -> float:
    """CPU seconds of one call of `run`: the mean of `times` calls in a row."""
    started = time.process_time()
    for _ in range(times):
        run()
    return (time.process_time() - started) / times


def grow(small: Callable[[], object], big: Callable[[], object], rounds: int,
         factor: int = 10) -> tuple[float, float, float]:
    """Median CPU seconds at each size and the median growth, over alternating rounds.

    Each round times `small` `factor` times in a row and `big` once: both samples
    are about the same work, so a burst of load on a shared machine weighs on
    both alike; the median of the rounds drops the round a burst spoiled.
    """
    small()  # first use: imports, patterns compiled, caches filled
    big()
    smalls, bigs, ratios = [], [], []
    for _ in range(rounds):
        a = cpu(small, factor)
        b = cpu(big)
        smalls.append(a)
        bigs.append(b)
        ratios.append(b / max(a, 1e-6))
    return statistics.median(smalls), statistics.median(bigs), statistics.median(ratios)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    small, big = (KIB, 10 * KIB) if args.quick else (100 * KIB, 1024 * KIB)
    rounds = 1 if args.quick else max(1, args.rounds)
    _lift_limits()
    checks = [("flow check", flow_check, 2.0), ("profile check", profile_check, 2.0),
              ("notes export", notes_export, 2.0), ("redaction", redaction, 1.0),
              ("someone asked", asked, 1.0)]
    failed = False
    print(f"{'what':<14} {'text':<18} {small // KIB:>6} KiB {big // KIB:>6} KiB {'growth':>7}")
    with tempfile.TemporaryDirectory() as home:
        import os

        os.environ["WALLETSUPPORT_DATA_DIR"] = f"{home}/data"
        os.environ["WALLETSUPPORT_CACHE_DIR"] = f"{home}/cache"
        for what, make, limit in checks:
            shapes = {**SHAPES, **(ASKED_SHAPES if make is asked else {})}
            for shape, unit in shapes.items():
                runs = []
                for size in (small, big):  # each size its own files: both are made first
                    folder = Path(home, f"{what}-{shape}-{size}".replace(" ", "-"))
                    folder.mkdir()
                    runs.append(make(folder, sized(unit, size)))
                at_small, at_big, growth = grow(*runs, rounds, factor=big // small)
                ok = args.quick or (at_big < limit and growth <= 13)
                failed |= not ok
                print(f"{what:<14} {shape:<18} {at_small:>8.3f}s {at_big:>8.3f}s "
                      f"{growth:>6.1f}x {'ok' if ok else 'OVER'}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
