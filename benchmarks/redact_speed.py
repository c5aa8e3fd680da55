"""How fast `redact` is, and that it stays linear: mixed text of 0.25, 0.5 and 1 MB.

The text is built from the redaction corpus of the tests: everyday support
sentences in English and Chinese, ordinary details (addresses, hashes, order
numbers, amounts, error codes) and secrets of every kind, shuffled with a
fixed seed and repeated to size, one item a line. It also times a few
adversarial inputs (trigger words, digits, list words, Chinese, each repeated)
of 100 KB, where a careless rule turns quadratic.

Target: 1 MB of mixed text in under 1 s; doubling the size at most about
doubles the time.

Times are CPU seconds of this process (`time.process_time`), so that a
machine shared with other work still gives comparable figures.

It also times a fresh process's import of `walletsupport.redact` and its
first redaction (which compiles the detectors' patterns and reads the word
lists), median of several processes, in wall-clock milliseconds.

Run: python benchmarks/redact_speed.py [--repeat N] [--quick]
(--quick: 64 KB and one repeat, as the test suite runs it once.)
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.redaction_corpus import load_details, load_secrets, load_sentences  # noqa: E402

from walletsupport.redact import redact  # noqa: E402

MB = 1_000_000


def mixed_text(size: int) -> str:
    """`size` bytes (UTF-8) of mixed support text: about 1 line in 6 holds a secret."""
    sentences = load_sentences()
    lines = sentences["en"] + sentences["zh"]
    lines += [detail.text for detail in load_details()]
    lines += [secret.text for secret in load_secrets()][::4]
    rng = random.Random(2026)
    out: list[str] = []
    total = 0
    while total < size:
        line = rng.choice(lines)
        out.append(line)
        total += len(line.encode("utf-8")) + 1
    return "\n".join(out)


def adversarial(size: int) -> dict[str, str]:
    def fill(piece: str) -> str:
        return (piece * (size // len(piece) + 1))[:size]

    return {
        "code ": fill("code "),
        "password is ": fill("password is "),
        "abandon ": fill("abandon "),
        "的一是在不了有和人这中大": fill("的一是在不了有和人这中大"),
        "1 ": fill("1 "),
        "hex": fill("4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b "),
        "API key: ": fill("API key: "),
        "backup codes ": fill("backup codes 1234-5678 "),
    }


_FIRST = """
import time
start = time.perf_counter()
from walletsupport.redact import redact
imported = time.perf_counter()
redact("my wallet shows zero after the update, what should I do?")
print(imported - start, time.perf_counter() - imported)
"""


def first_redaction(runs: int) -> tuple[float, float]:
    """Median seconds of a fresh process's import and first redaction."""
    import subprocess

    imports, firsts = [], []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", _FIRST], capture_output=True, text=True, check=True
        ).stdout.split()
        imports.append(float(out[0]))
        firsts.append(float(out[1]))
    return statistics.median(imports), statistics.median(firsts)


def timed(text: str, repeat: int) -> float:
    """Median CPU seconds of this process (a shared machine's wall clock says little)."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        redact(text)
        times.append(time.process_time() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    sizes = (64_000,) if args.quick else (MB // 4, MB // 2, MB)
    repeat = 1 if args.quick else args.repeat
    imported, first = first_redaction(1 if args.quick else 9)
    print(f"fresh process: import {imported * 1000:.0f} ms, first redaction {first * 1000:.0f} ms")
    redact("warm up: load the word lists")
    results = {}
    for size in sizes:
        text = mixed_text(size)
        seconds = timed(text, repeat)
        results[size] = seconds
        print(f"mixed {size / MB:5.2f} MB: {seconds:6.3f} s  {size / MB / seconds:6.2f} MB/s")
    if len(sizes) > 1:
        print(
            f"growth {sizes[0] / MB:.2f} -> {sizes[-1] / MB:.2f} MB: "
            f"{results[sizes[-1]] / results[sizes[0]]:.2f}x for {sizes[-1] / sizes[0]:.0f}x"
        )
    for name, text in adversarial(16_000 if args.quick else 100_000).items():
        seconds = timed(text, repeat)
        print(
            f"adversarial {name!r:28} {len(text) / MB:.2f} MB: {seconds:6.3f} s  "
            f"{len(text) / MB / seconds:6.2f} MB/s"
        )


if __name__ == "__main__":
    main()
