"""`python -m walletsupport`, and the `walletsupport` command's entry point.

Before anything is imported, the cyclic garbage collector is told to wait for
50,000 new objects instead of 700: starting up creates tens of thousands of
long-lived objects (modules, classes, functions, the message catalog), and
scanning them again and again cost 15-30 ms, 5-7 % of a command, while
collecting nothing. A long session (questions asked for minutes, `cases list
--all`) still collects, about every 50,000 objects; reference counting frees
everything else at once, as before.

When the command is done, every object left is frozen (`gc.freeze`): the
interpreter's shutdown otherwise scans them all four times looking for cycles
to free just before the process ends (about 45 million instructions, 10 % of
`contacts`, as much for every command). Shutdown still runs the `atexit`
handlers, flushes the streams and frees every object not in a cycle; only
cycles are left to the operating system, which takes back the whole process.
"""

from __future__ import annotations

#: The collector's thresholds for a run of the command (generation 0, 1, 2).
GC_THRESHOLDS = (50_000, 10, 10)


def main() -> None:
    """Run the `walletsupport` command."""
    import gc

    gc.set_threshold(*GC_THRESHOLDS)
    try:
        from walletsupport.cli import main as run

        run()
    finally:
        gc.freeze()  # nothing left to collect: spare the shutdown its scans


if __name__ == "__main__":
    main()
