"""Writing a file the user named, without surprises.

Every file the tool writes on request (exports, follow-ups, graphs, schemas,
the summary saved at the end of `diagnose`) goes through `write_file`:

* an existing file is never replaced unless the caller says so (`--force`, or
  the user said yes when asked);
* a symbolic link at the target is refused, even with `--force`: following it
  would write wherever the link points, and replacing it would silently break
  what someone set up on purpose. Folders above the target may be links (as
  ``/tmp`` is on some systems); only the file's own name is checked;
* a folder, device, pipe or socket at the target is refused at once, so
  nothing waits on a FIFO or writes into ``/dev``;
* the text goes to a new, private temporary file in the same folder, which
  is flushed to disk and only then moved into place, so a full disk or any
  write error leaves neither an empty nor a partial file, and an existing
  file stays as it was;
* what `--output` writes (exports, follow-ups, graphs, schemas) is readable
  by its owner only (0600): a case describes someone's money problem, and
  one rule for every output is easier to trust. Starter flows written by
  `flows new` are meant to be shared and follow the user's umask.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from contextlib import suppress
from pathlib import Path

from .errors import WalletSupportError

__all__ = ["TargetExists", "WriteRefused", "write_file"]


class WriteRefused(WalletSupportError):
    """The target cannot be written safely (a link, a folder, a device, a missing folder)."""


class TargetExists(WriteRefused):
    """The target is an existing file and replacing it was not asked for."""


def write_file(path: Path | str, text: str, *, force: bool = False,
               private: bool = True) -> None:
    """Write `text` (UTF-8, as given) to `path` in one step, or raise and change nothing.

    Args:
        path: Where to write, as the user gave it (``~`` is expanded).
        text: The whole content.
        force: Replace an existing regular file (never a link or anything else).
        private: Create the file with mode 0600; otherwise as the umask allows.

    Raises:
        TargetExists: `path` is a file and `force` is false.
        WriteRefused: `path` is a link, a folder, a device or a pipe, or its folder is missing.
        WalletSupportError: writing failed (a full disk, no permission...); nothing was left.
    """
    target = Path(path).expanduser()
    existed = _check_target(target, force=force)
    data = text.encode("utf-8")
    folder = target.parent
    try:
        # mkstemp opens with O_CREAT | O_EXCL (and O_NOFOLLOW where there is one), mode 0600.
        fd, name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".part")
    except (FileNotFoundError, NotADirectoryError):
        raise WriteRefused(key="files.no-folder", path=str(target), folder=str(folder)) from None
    except OSError as exc:
        raise _failure(exc, target, existed) from None
    temporary = Path(name)
    try:
        try:
            if not private and hasattr(os, "fchmod"):
                os.fchmod(fd, 0o666 & ~_umask())
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        _publish(temporary, target, force=force)
    except BaseException as exc:  # Ctrl-C too: never leave the temporary file behind
        with suppress(OSError):
            temporary.unlink()
        if isinstance(exc, OSError):
            raise _failure(exc, target, existed) from None
        raise


def _check_target(target: Path, *, force: bool) -> bool:
    """Whether a regular file is there to replace; refuse anything unsafe."""
    try:
        info = target.lstat()
    except FileNotFoundError:
        return False
    except NotADirectoryError:
        raise WriteRefused(key="files.no-folder", path=str(target),
                           folder=str(target.parent)) from None
    except OSError as exc:
        raise _failure(exc, target, False) from None
    if stat.S_ISLNK(info.st_mode):
        raise WriteRefused(key="files.symlink", path=str(target))
    if not stat.S_ISREG(info.st_mode):
        raise WriteRefused(key="files.not-regular", path=str(target))
    if not force:
        raise TargetExists(key="files.exists", path=str(target))
    return True


def _publish(temporary: Path, target: Path, *, force: bool) -> None:
    """Move the finished temporary file to `target`, replacing it only when `force` says so."""
    if force:
        # rename() replaces the name itself: a link put there meanwhile is replaced, not followed.
        temporary.replace(target)
        return
    try:
        # link() fails if anything (a file, a link) appeared at the target meanwhile.
        os.link(temporary, target)
    except FileExistsError:
        raise TargetExists(key="files.exists", path=str(target)) from None
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV,
                             errno.EMLINK, errno.ENOSYS, errno.EACCES):
            raise
        # A file system without hard links (FAT, some network shares): check, then rename.
        if target.is_symlink() or target.exists():
            raise TargetExists(key="files.exists", path=str(target)) from None
        temporary.rename(target)
        return
    temporary.unlink()


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _failure(exc: OSError, target: Path, existed: bool) -> WalletSupportError:
    """One plain sentence: what went wrong, where, and that nothing was left half-written."""
    suffix = "-kept" if existed else ""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return WalletSupportError(key=f"files.disk-full{suffix}", path=str(target))
    reason = exc.strerror or str(exc)
    return WalletSupportError(key=f"files.write-failed{suffix}", path=str(target), reason=reason)
