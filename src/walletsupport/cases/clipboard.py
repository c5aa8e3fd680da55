"""Copying text to the system clipboard, truthfully and within a time limit.

pyperclip starts the clipboard program and waits for it without a time limit,
and does not look at its exit status, so a program that hangs (an X server
that never answers) hangs the tool, and one that fails (no display) is taken
for a success. Here the program (pbcopy, wl-copy, xclip or xsel) is run
directly: the copy counts only when it exits 0, and a program still running
after `TIME_LIMIT` seconds (or `WALLETSUPPORT_CLIPBOARD_WAIT`) is stopped,
with its whole process group, and reported. The program's own stdout is not
read (xclip and wl-copy leave a child behind that serves the selection and
keeps inherited pipes open), and its stderr goes to a file, so only the
program's exit is waited for.

On Windows, pyperclip talks to the clipboard through the system's API; it
runs in a worker thread so that a call that never returns cannot hold the
tool past the same time limit.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence

from ..errors import WalletSupportError

__all__ = ["TIME_LIMIT", "ClipboardError", "clipboard_commands", "copy_to_clipboard"]

#: Seconds a clipboard program may take before it is stopped.
TIME_LIMIT = 5.0


class ClipboardError(WalletSupportError):
    """Nothing was copied; the message says why in one line."""


def clipboard_commands(environ: Mapping[str, str] | None = None,
                       platform: str | None = None) -> list[list[str]]:
    """The clipboard programs to try, in order, as found on PATH (empty when there are none).

    Raises:
        ClipboardError: on Linux and the BSDs, neither DISPLAY nor WAYLAND_DISPLAY is set.
    """
    env = os.environ if environ is None else environ
    system = sys.platform if platform is None else platform
    path = env.get("PATH", os.defpath)
    wanted: list[list[str]] = []
    if system == "darwin":
        wanted.append(["pbcopy"])
    else:
        if not env.get("WAYLAND_DISPLAY") and not env.get("DISPLAY"):
            raise ClipboardError(key="clipboard.no-display")
        if env.get("WAYLAND_DISPLAY"):
            wanted.append(["wl-copy"])
        if env.get("DISPLAY"):
            wanted += [["xclip", "-selection", "clipboard"], ["xsel", "--clipboard", "--input"]]
    found = []
    for argv in wanted:
        program = shutil.which(argv[0], path=path)
        if program is not None:
            found.append([program, *argv[1:]])
    return found


def copy_to_clipboard(text: str, *, environ: Mapping[str, str] | None = None,
                      time_limit: float | None = None) -> None:
    """Put `text` on the clipboard, or raise `ClipboardError` saying why nothing was copied.

    Each program found is tried in turn until one succeeds; a program that
    hangs is stopped and ends the attempt (another would most likely hang on
    the same display too).
    """
    limit = _wait(os.environ if environ is None else environ) if time_limit is None \
        else time_limit
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        _copy_windows(text, limit)
        return
    commands = clipboard_commands(environ)
    if not commands:
        raise ClipboardError(key="clipboard.no-program")
    first: ClipboardError | None = None
    for argv in commands:
        try:
            _run(argv, text.encode("utf-8"), limit, environ)
        except ClipboardError as error:
            if error.key == "clipboard.timeout":
                raise
            first = first or error
            continue
        return
    assert first is not None
    raise first


def _wait(environ: Mapping[str, str]) -> float:
    """How long a program may take: WALLETSUPPORT_CLIPBOARD_WAIT seconds, or `TIME_LIMIT`.

    A slow remote display may need longer; a value that is not a number is ignored.
    """
    raw = environ.get("WALLETSUPPORT_CLIPBOARD_WAIT", "")
    try:
        seconds = float(raw) if raw else TIME_LIMIT
    except ValueError:
        return TIME_LIMIT
    if seconds != seconds:  # nan
        return TIME_LIMIT
    return min(max(seconds, 0.1), 600.0)


def _run(argv: Sequence[str], data: bytes, limit: float,
         environ: Mapping[str, str] | None) -> None:
    import tempfile
    from pathlib import Path

    name = Path(argv[0]).name
    env = None if environ is None else dict(environ)
    with tempfile.TemporaryFile() as errors:
        try:
            process = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                       stderr=errors, env=env, close_fds=True,
                                       start_new_session=True)
        except OSError as exc:
            raise ClipboardError(key="clipboard.failed", program=name,
                                 reason=exc.strerror or str(exc)) from None
        try:
            process.communicate(data, timeout=limit)
        except subprocess.TimeoutExpired:
            _stop(process)
            raise ClipboardError(key="clipboard.timeout", program=name,
                                 seconds=f"{limit:g}") from None
        except BaseException:  # Ctrl-C while waiting: do not leave the program running
            _stop(process)
            raise
        if process.returncode != 0:
            errors.seek(0)
            raise ClipboardError(key="clipboard.failed", program=name,
                                 reason=_reason(errors.read(4000), process.returncode))


def _reason(output: bytes, code: int) -> str:
    """The program's first line of complaint, or its exit status."""
    from ..redact import redact

    lines = [line.strip() for line in output.decode("utf-8", "replace").splitlines()]
    line = next((line for line in lines if line), "")
    if not line:
        return f"exit status {code}" if code >= 0 else f"signal {-code}"
    line = redact(line[:2000]).text  # it may quote what it was given
    return line if len(line) <= 120 else line[:117] + "..."


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Kill the program and whatever it started, then reap it."""
    import signal

    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (AttributeError, OSError):
        process.kill()
    process.wait()


def _copy_windows(text: str, limit: float) -> None:  # pragma: no cover - Windows only
    import threading

    import pyperclip  # type: ignore[import-untyped]

    failure: list[BaseException] = []

    def copy() -> None:
        try:
            pyperclip.copy(text)
        except BaseException as exc:  # reported by the waiting thread
            failure.append(exc)

    worker = threading.Thread(target=copy, daemon=True)
    worker.start()
    worker.join(limit)
    if worker.is_alive():
        raise ClipboardError(key="clipboard.timeout", program="pyperclip",
                             seconds=f"{limit:g}")
    if failure:
        raise ClipboardError(key="clipboard.failed", program="pyperclip",
                             reason=str(failure[0]) or type(failure[0]).__name__)
