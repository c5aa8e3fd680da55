"""An error shown on a terminal is broken between words, never cut inside one."""

from __future__ import annotations

import io

import pytest

from walletsupport.cli import _fail
from walletsupport.errors import Cancelled
from walletsupport.wrapping import display_width


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class _Env:
    def __init__(self, lang: str, stream: io.StringIO) -> None:
        self.lang = lang
        self.stderr = stream


@pytest.mark.parametrize("columns", range(44, 101))
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_interrupted_message_keeps_the_command_whole_at_every_width(
        lang: str, columns: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The command to copy stands on one line: at 60 columns in Chinese it was broken as
    'walletsupport diagnose' / '--resume'."""
    monkeypatch.setenv("COLUMNS", str(columns))
    monkeypatch.setenv("LINES", "30")
    error = Cancelled(key="errors.cancelled")
    error.case_id = 4
    stream = _Terminal()
    _fail(_Env(lang, stream), error)  # type: ignore[arg-type]
    lines = stream.getvalue().splitlines()
    assert all(display_width(line) < columns for line in lines), lines
    assert any("'walletsupport diagnose --resume 4'" in line for line in lines), lines


def test_piped_error_stays_one_line_per_message(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    error = Cancelled(key="errors.cancelled")
    error.case_id = 4
    stream = io.StringIO()
    _fail(_Env("en", stream), error)  # type: ignore[arg-type]
    assert "diagnose --resume 4' continues" in stream.getvalue()
    assert stream.getvalue().count("\n") == 1


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_an_error_fits_the_terminal_it_is_written_to(lang: str,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The --no-input zone refusal on a 60-column terminal, with standard output piped on
    (`| tail`): it was wrapped at standard output's width (80, a pipe's default)."""
    import fcntl
    import os
    import struct
    import termios

    from walletsupport.errors import WalletSupportError

    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.setenv("LINES", "30")
    leader, follower = os.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 60, 0, 0))
    error = WalletSupportError(key="errors.zone-unsure", origin="--set", question="when",
                               typed="“yesterday 10:30”", zone="Asia/Shanghai",
                               suggested="Beijing time", offset="UTC+8")
    with os.fdopen(follower, "w", encoding="utf-8", closefd=True) as stream:
        _fail(_Env(lang, stream), error)  # type: ignore[arg-type]
        stream.flush()
        written = os.read(leader, 65536).decode("utf-8").replace("\r\n", "\n")
    os.close(leader)
    lines = written.splitlines()
    assert len(lines) > 2, lines
    assert all(display_width(line) < 60 for line in lines), lines
    assert "".join(lines).replace(" ", "") == error.render(lang).replace(" ", "")
