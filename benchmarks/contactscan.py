"""How fast disguised contact details are looked for: 1 MiB adversarial texts.

Flow files may be 1 MiB, and every text in one goes through
`walletsupport.contactscan.find_contacts`. Each case here is a text built to
make a careless pattern quadratic (long runs of digits, dots, at signs, name
characters, Chinese numerals, separators) or to hold very many contacts. It
prints the median time per case and the ratio of the 1 MiB time to the 256 KiB
time: about 4 means linear, 16 would mean quadratic.

Target: every case linear (ratio under 6) and under 3 s at 1 MiB.

Run: python benchmarks/contactscan.py [--repeat N] [--quick]
(--quick: 8 and 32 KiB, one repeat: the test suite runs it so it never rots.)
"""

from __future__ import annotations

import argparse
import statistics
import time

from walletsupport.contactscan import find_contacts

MIB = 1 << 20
CASES = {
    "digits": "1", "letters": "a", "dotted-names": "a.", "at-signs": "@", "mailboxes": "a@",
    "dotted-digits": "1.2.", "spaced-digits": "1 ", "dashes": "a-", "colons": "ab:",
    "endings": ".com", "chinese-numerals": "一二三四", "full-width": "１", "zero-width": "1\u200b",
    "many-contacts": "call 138 0013 8000 or visit wallet.support; ",
    "prose": "Open the app, then Me / Account → Help; fees are 0.1% (¥10.00). ",
}


def build(unit: str, size: int) -> str:
    """`unit` repeated to `size` characters."""
    return (unit * (size // len(unit) + 1))[:size]


def median_time(text: str, repeat: int) -> float:
    """The median seconds of `find_contacts(text)` over `repeat` runs."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        find_contacts(text)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    """Time every case at 256 KiB and 1 MiB and print the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    size, repeat = (MIB // 32, 1) if args.quick else (MIB, args.repeat)
    names = (f"{size // 4 >> 10} KiB", f"{size >> 10} KiB" if size < MIB else "1 MiB")
    worst = 0.0
    for name, unit in CASES.items():
        small = median_time(build(unit, size // 4), repeat)
        large = median_time(build(unit, size), repeat)
        ratio = large / small if small else 0.0
        worst = max(worst, large)
        print(f"{name:18} {names[0]} {small:6.3f} s   {names[1]} {large:6.3f} s   "
              f"ratio {ratio:4.1f}")
    print(f"slowest {names[1]} case: {worst:.3f} s")


if __name__ == "__main__":
    main()
