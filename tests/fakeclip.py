"""A fake clipboard program (`xclip`) on PATH: one that copies, fails or hangs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SCRIPTS = {
    # Keeps what it was given, as the real xclip would put it on the clipboard.
    "copies": 'cat > "{out}"\n',
    # What xclip says with DISPLAY set but no X server to talk to.
    "fails": 'cat > /dev/null\necho "Error: Can\'t open display: :99" >&2\nexit 1\n',
    # An X server that never answers: the program never exits.
    "hangs": 'echo $$ > "{pid}"\nexec sleep 60\n',
}


class FakeClipboard:
    """Where the fake program put the copied text, and the pid of a hanging one."""

    def __init__(self, folder: Path) -> None:
        self.bin = folder / "bin"
        self.out = folder / "clipboard.txt"
        self.pid_file = folder / "clipboard.pid"

    def install(self, behaviour: str) -> None:
        self.bin.mkdir(exist_ok=True)
        script = self.bin / "xclip"
        script.write_text("#!/bin/sh\n" + SCRIPTS[behaviour].format(
            out=self.out, pid=self.pid_file), encoding="utf-8")
        script.chmod(0o755)

    @property
    def copied(self) -> str | None:
        return self.out.read_text(encoding="utf-8") if self.out.exists() else None

    def still_running(self) -> bool:
        pid = int(self.pid_file.read_text().strip())
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True

    def environ(self) -> dict[str, str]:
        return {"PATH": f"{self.bin}:/usr/bin:/bin", "DISPLAY": ":99"}


@pytest.fixture
def fake_clipboard(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Put a fake xclip first on PATH, with a display to reach, and no Wayland."""
    fake = FakeClipboard(tmp_path / "clip")
    fake.bin.mkdir(parents=True)
    for name, value in fake.environ().items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    return fake
