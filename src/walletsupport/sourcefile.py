"""Reading a source file the user named, refusing anything that is not a regular file.

Kept apart from `yamlsrc` (which imports PyYAML) so that reading the settings
file costs no YAML import at start-up.
"""

from __future__ import annotations

from pathlib import Path

from .errors import FlowError

__all__ = ["MAX_BYTES", "read_source"]

#: The largest source file read (flows, profiles, answers, settings).
MAX_BYTES = 1024 * 1024


def read_source(path: Path | str, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a source file the user named (a flow, a profile, answers), at most `limit`.

    Only a regular file is read: a folder, a named pipe (which would wait for a
    writer forever), a device (``/dev/zero`` never ends) or a socket is refused
    at once, and so is a loop of symbolic links. Each refusal is one
    `FlowError` naming the path.
    """
    import errno
    import os
    import stat

    name = str(path)
    try:
        info = Path(path).stat()  # follows links, as reading does
        if not stat.S_ISREG(info.st_mode):
            raise FlowError(name, 1, key="faults.source-not-regular", what=_what(info.st_mode))
        # O_NONBLOCK: should a pipe be swapped in after the check, opening it cannot wait.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
                     | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise FlowError(name, 1, key="faults.source-missing") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise FlowError(name, 1, key="faults.source-loop") from None
        raise FlowError(name, 1, key="faults.source-unreadable",
                        reason=exc.strerror or str(exc)) from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise FlowError(name, 1, key="faults.source-not-regular", what=_what(mode))
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise FlowError(name, 1, key="faults.source-unreadable",
                        reason=exc.strerror or str(exc)) from None
    finally:
        os.close(fd)
    return data


def _what(mode: int) -> object:
    import stat

    from .errors import Msg

    if stat.S_ISDIR(mode):
        kind = "folder"
    elif stat.S_ISFIFO(mode):
        kind = "fifo"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = "device"
    elif stat.S_ISSOCK(mode):
        kind = "socket"
    else:
        kind = "other"
    return Msg(f"faults.what.{kind}")
