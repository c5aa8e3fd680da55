"""The security check-up: habits asked as yes/no/unsure questions, each marked ✓, ! or ✗.

`model` holds the data and the pure assessment, `loader` reads ``kind: checkup``
files from the flows folders, `run` asks the questions and checks scenario
files, and `export` turns a result into data and text.
"""

from __future__ import annotations

from .loader import combine, is_checkup, parse_checkup
from .model import MARKS, Checkup, CheckupResult, Finding, Habit, HabitAnswer, assess

__all__ = [
    "MARKS",
    "Checkup",
    "CheckupResult",
    "Finding",
    "Habit",
    "HabitAnswer",
    "assess",
    "combine",
    "is_checkup",
    "parse_checkup",
]
