"""How fast numbers and times are read: everyday answers and 2,000-character worst cases.

Answers are capped at 2,000 characters, so the worst cases here are the longest
an answer can be: long runs of digits, separators and Chinese numerals, which a
careless pattern would read in quadratic time. Prints the median per answer.

Run: python benchmarks/readers.py [--repeat N]
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import time
from collections.abc import Callable
from datetime import datetime

from walletsupport.diagnosis.dates import read_when
from walletsupport.diagnosis.numbers import NumberError, read_number

EVERYDAY_NUMBERS = ["2.500,50 €", "１２５０．５０元", "两千五百", "1.5万元", "千分之一", "¥10,000",
                    "12.50 USDT", "1'250.50", "0,5 %", "壹万贰仟"]
EVERYDAY_TIMES = ["yesterday 10:30", "3 hours ago", "昨天上午10点半", "前天晚上8点",
                  "11月24日 15:20", "2026-11-30 14:05", "last Friday", "今天下午"]
WORST = ["1" * 2000, "1." * 1000, "一" * 2000, "万1" * 1000, "1" * 1998 + "元5", "1:" * 1000,
         "昨天" * 1000, "at " * 666]
NOW = datetime.fromisoformat("2026-12-02T11:20:00+08:00")


def _number(text: str) -> None:
    # read_number keeps its last readings: time the reading itself, not the cache.
    with contextlib.suppress(NumberError):
        read_number.__wrapped__(text)


def _time(text: str) -> None:
    read_when(text, NOW, "Asia/Shanghai")


def _median_ms(read: Callable[[str], None], texts: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        for text in texts:
            start = time.perf_counter()
            read(text)
            times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    """Print the median time per answer for each group."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    repeat = parser.parse_args().repeat
    _number("warm up")
    _time("warm up")
    rows = [("everyday numbers", _median_ms(_number, EVERYDAY_NUMBERS, repeat)),
            ("everyday times", _median_ms(_time, EVERYDAY_TIMES, repeat)),
            ("2,000-character numbers", _median_ms(_number, WORST, repeat)),
            ("2,000-character times", _median_ms(_time, WORST, repeat))]
    for name, ms in rows:
        print(f"{name:26} {ms:8.3f} ms per answer")


if __name__ == "__main__":
    main()
