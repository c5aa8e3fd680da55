"""Files the tool writes: never over an existing file unasked, never through a link, 0600,
and nothing left behind when writing fails (a full disk, an error, Ctrl-C)."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from walletsupport import safefile
from walletsupport.cli import app
from walletsupport.errors import WalletSupportError
from walletsupport.safefile import TargetExists, WriteRefused, write_file

from .test_cli_cases import seed

runner = CliRunner()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _leftovers(folder: Path) -> list[str]:
    """Temporary files the writer would have left in `folder`."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def _squeezed(text: str) -> str:
    """`text` without any whitespace: the screen wraps long messages (and paths) anywhere."""
    return "".join(text.split())


def _disk_full_after(count: int):
    """A writer that puts `count` bytes on disk, then finds the disk full."""
    def write(fd: int, data: bytes) -> None:
        os.write(fd, data[:count])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    return write


# -- the helper itself --------------------------------------------------------------------


def test_a_new_file_is_written_whole_and_private(tmp_path):
    target = tmp_path / "case.md"
    write_file(target, "línea 1\n记录 2\n")
    assert target.read_text(encoding="utf-8") == "línea 1\n记录 2\n"
    assert _mode(target) == 0o600
    assert _leftovers(tmp_path) == []


def test_an_existing_file_is_refused_and_kept(tmp_path):
    target = tmp_path / "case.md"
    target.write_text("mine", encoding="utf-8")
    with pytest.raises(TargetExists) as caught:
        write_file(target, "new")
    assert target.read_text(encoding="utf-8") == "mine"
    assert "--force" in caught.value.render("en")
    assert "已存在" in caught.value.render("zh")
    assert _leftovers(tmp_path) == []


def test_force_replaces_a_file_and_makes_it_private(tmp_path):
    target = tmp_path / "case.md"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o644)
    write_file(target, "new", force=True)
    assert target.read_text(encoding="utf-8") == "new"
    assert _mode(target) == 0o600


@pytest.mark.parametrize("force", [False, True])
@pytest.mark.parametrize("dangling", [False, True])
def test_a_link_is_never_followed_even_with_force(tmp_path, force, dangling):
    elsewhere = tmp_path / "elsewhere.txt"
    if not dangling:
        elsewhere.write_text("precious", encoding="utf-8")
    link = tmp_path / "case.md"
    link.symlink_to(elsewhere)
    with pytest.raises(WriteRefused) as caught:
        write_file(link, "export", force=force)
    assert caught.value.key == "files.symlink"
    assert link.is_symlink()
    if dangling:
        assert not elsewhere.exists()
    else:
        assert elsewhere.read_text(encoding="utf-8") == "precious"


def test_a_fifo_or_a_folder_is_refused_at_once(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for target in (fifo, tmp_path):
        with pytest.raises(WriteRefused) as caught:
            write_file(target, "x", force=True)
        assert caught.value.key == "files.not-regular"


def test_a_missing_folder_is_named(tmp_path):
    with pytest.raises(WriteRefused) as caught:
        write_file(tmp_path / "missing" / "case.md", "x")
    assert caught.value.render("en").startswith(f"Cannot write {tmp_path / 'missing' / 'case.md'}:")
    assert str(tmp_path / "missing") in caught.value.render("en")


def test_a_full_disk_leaves_no_file_and_says_where(tmp_path, monkeypatch):
    monkeypatch.setattr(safefile, "_write_all", _disk_full_after(10))
    target = tmp_path / "case.md"
    with pytest.raises(WalletSupportError) as caught:
        write_file(target, "x" * 100_000)
    assert not target.exists()
    assert _leftovers(tmp_path) == []
    message = caught.value.render("en")
    assert message.startswith(f"Cannot write {target}: the disk is full.")
    assert "no partial file" in message
    assert "delete" not in message.lower() and "history" not in message.lower()
    assert "磁盘已满" in caught.value.render("zh")


def test_a_full_disk_keeps_the_file_being_replaced(tmp_path, monkeypatch):
    target = tmp_path / "case.md"
    target.write_text("the earlier export", encoding="utf-8")
    monkeypatch.setattr(safefile, "_write_all", _disk_full_after(3))
    with pytest.raises(WalletSupportError) as caught:
        write_file(target, "a longer, newer export", force=True)
    assert target.read_text(encoding="utf-8") == "the earlier export"
    assert _leftovers(tmp_path) == []
    assert "The existing file is unchanged" in caught.value.render("en")


def test_a_failure_when_flushing_to_disk_leaves_nothing(tmp_path, monkeypatch):
    def no_room(fd: int) -> None:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(safefile.os, "fsync", no_room)
    target = tmp_path / "case.md"
    with pytest.raises(WalletSupportError) as caught:
        write_file(target, "text")
    assert not target.exists() and _leftovers(tmp_path) == []
    assert os.strerror(errno.EIO) in caught.value.render("en")


def test_ctrl_c_while_writing_leaves_nothing(tmp_path, monkeypatch):
    def interrupted(fd: int, data: bytes) -> None:
        os.write(fd, data[:5])
        raise KeyboardInterrupt

    monkeypatch.setattr(safefile, "_write_all", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_file(tmp_path / "case.md", "some text")
    assert list(tmp_path.iterdir()) == []


def test_a_file_appearing_while_writing_is_not_overwritten(tmp_path, monkeypatch):
    target = tmp_path / "case.md"
    real = safefile._write_all

    def racing(fd: int, data: bytes) -> None:
        target.write_text("someone else's", encoding="utf-8")
        real(fd, data)

    monkeypatch.setattr(safefile, "_write_all", racing)
    with pytest.raises(TargetExists):
        write_file(target, "ours")
    assert target.read_text(encoding="utf-8") == "someone else's"
    assert _leftovers(tmp_path) == []


def test_a_file_system_without_hard_links_still_works(tmp_path, monkeypatch):
    def no_links(src: object, dst: object) -> None:
        raise OSError(errno.EPERM, os.strerror(errno.EPERM))

    monkeypatch.setattr(safefile.os, "link", no_links)
    target = tmp_path / "case.md"
    write_file(target, "text")
    assert target.read_text(encoding="utf-8") == "text" and _mode(target) == 0o600
    with pytest.raises(TargetExists):
        write_file(target, "again")
    assert _leftovers(tmp_path) == []


def test_the_shared_starter_flow_follows_the_umask(tmp_path):
    old = os.umask(0o022)
    try:
        write_file(tmp_path / "flow.yaml", "x", private=False)
    finally:
        os.umask(old)
    assert _mode(tmp_path / "flow.yaml") == 0o644


# -- every --output of the command line ----------------------------------------------------


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def run(tmp_path: Path, data: Path):
    env = {"WALLETSUPPORT_DATA_DIR": str(data), "WALLETSUPPORT_LANG": "en", "COLUMNS": "80"}

    def invoke(*args: str):
        return runner.invoke(app, list(args), env=env, catch_exceptions=False)

    return invoke


@pytest.fixture
def case(data):
    from walletsupport.diagnosis.catalog import load_catalog

    seed(data, load_catalog().get("failed-withdrawal"))


OUTPUTS = {
    "export": ["export", "1"],
    "export-text": ["export", "1", "--format", "text"],
    "follow-up": ["cases", "follow-up", "1"],
    "flows-graph": ["flows", "graph", "failed-withdrawal"],
    "flows-schema": ["flows", "schema"],
}


@pytest.mark.parametrize("command", OUTPUTS)
def test_each_output_writes_a_private_file(run, case, tmp_path, command):
    target = tmp_path / "out.txt"
    result = run(*OUTPUTS[command], "--output", str(target))
    assert result.exit_code == 0, result.output
    assert _mode(target) == 0o600
    assert target.read_text(encoding="utf-8").strip()
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("command", OUTPUTS)
def test_each_output_refuses_an_existing_file_without_force(run, case, tmp_path, command):
    target = tmp_path / "out.txt"
    target.write_text("keep me", encoding="utf-8")
    result = run(*OUTPUTS[command], "--output", str(target))
    assert result.exit_code == 1
    assert result.stderr.strip() == (f"{target} already exists; nothing was written. Add --force "
                                     "to replace it, or choose another name.")
    assert "Traceback" not in result.output
    assert target.read_text(encoding="utf-8") == "keep me"
    forced = run(*OUTPUTS[command], "--output", str(target), "--force")
    assert forced.exit_code == 0, forced.output
    assert target.read_text(encoding="utf-8") != "keep me"
    assert _mode(target) == 0o600


@pytest.mark.parametrize("command", OUTPUTS)
@pytest.mark.parametrize("force", [[], ["--force"]])
def test_each_output_refuses_a_link(run, case, tmp_path, command, force):
    elsewhere = tmp_path / "bashrc"
    elsewhere.write_text("alias ls='ls -F'\n", encoding="utf-8")
    link = tmp_path / "out.txt"
    link.symlink_to(elsewhere)
    result = run(*OUTPUTS[command], "--output", str(link), *force)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{link} is a symbolic link; walletsupport never writes")
    assert elsewhere.read_text(encoding="utf-8") == "alias ls='ls -F'\n"
    assert link.is_symlink()


@pytest.mark.parametrize("command", OUTPUTS)
def test_each_output_leaves_nothing_when_the_disk_is_full(run, case, tmp_path, command,
                                                          monkeypatch):
    monkeypatch.setattr(safefile, "_write_all", _disk_full_after(1))
    target = tmp_path / "out.txt"
    result = run(*OUTPUTS[command], "--output", str(target))
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"Cannot write {target}: the disk is full. Nothing was written and no partial file was "
        "left behind; save it on a disk with free space."]
    assert not target.exists()
    assert _leftovers(tmp_path) == []


def test_a_device_as_output_is_refused_in_chinese_too(run, case):
    result = run("--lang", "zh", "export", "--output", "/dev/full")
    assert result.exit_code == 1
    assert result.stderr.strip() == ("/dev/full 不是普通文件（而是文件夹、设备或管道），"
                                     "没有写入任何内容。请给出一个文件名。")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["export"], ["flows", "schema"]])
def test_standard_output_on_a_full_disk_is_one_line(case, data, args):
    with Path("/dev/full").open("w") as full:
        done = subprocess.run([sys.executable, "-m", "walletsupport", *args], stdout=full,
                              stderr=subprocess.PIPE, text=True, timeout=60,
                              env={**os.environ, "WALLETSUPPORT_DATA_DIR": str(data)})
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "Cannot write to standard output: the disk is full. The file it was sent to may hold "
        "only part of it; use --output FILE on a disk with free space."]


def test_flows_new_never_writes_through_a_link(tmp_path):
    folder = tmp_path / "flows"
    folder.mkdir()
    elsewhere = tmp_path / "elsewhere.yaml"
    (folder / "card-declined.yaml").symlink_to(elsewhere)
    result = runner.invoke(app, ["--flows-dir", str(folder), "flows", "new", "card-declined"])
    assert result.exit_code == 1
    assert not elsewhere.exists()
    assert not (folder / "tests").exists() or not any((folder / "tests").iterdir())


# -- the summary saved at the end of diagnose -----------------------------------------------


def _diagnose_and_save(tmp_path: Path, *save_lines: str):
    from .test_cli_diagnose import LIMIT_LINES, _run

    return _run(["diagnose", "failed-withdrawal"], LIMIT_LINES[:-1] + ["2", *save_lines])


def test_saving_over_an_existing_file_asks_first_and_another_name_keeps_it(tmp_path):
    target = tmp_path / "summary.md"
    target.write_text("my notes", encoding="utf-8")
    other = tmp_path / "other.md"
    result = _diagnose_and_save(tmp_path, str(target), "1", str(other))
    assert result.exit_code == 0, result.output
    assert f"{target} already exists. Replace it?" in result.output
    assert "1) No, choose another name" in result.output
    assert target.read_text(encoding="utf-8") == "my notes"
    assert "E1021" in other.read_text(encoding="utf-8")
    assert _mode(other) == 0o600
    assert f"Summary saved to {other}" in result.output


def test_saving_over_an_existing_file_replaces_it_when_the_user_says_so(tmp_path):
    target = tmp_path / "summary.md"
    target.write_text("old", encoding="utf-8")
    result = _diagnose_and_save(tmp_path, str(target), "2")
    assert result.exit_code == 0, result.output
    assert "E1021" in target.read_text(encoding="utf-8")
    assert _mode(target) == 0o600


def test_saving_through_a_link_is_refused_and_asked_again(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    link = tmp_path / "summary.md"
    link.symlink_to(elsewhere)
    saved = tmp_path / "real.md"
    result = _diagnose_and_save(tmp_path, str(link), str(saved))
    assert result.exit_code == 0, result.output
    assert _squeezed(f"{link} is a symbolic link") in _squeezed(result.output)
    assert not elsewhere.exists()
    assert saved.exists() and _mode(saved) == 0o600


def test_saving_on_a_full_disk_says_so_and_asks_again(tmp_path, monkeypatch):
    calls = []
    real = safefile._write_all

    def full_once(fd: int, data: bytes) -> None:
        calls.append(fd)
        if len(calls) == 1:
            _disk_full_after(5)(fd, data)
        real(fd, data)

    monkeypatch.setattr(safefile, "_write_all", full_once)
    first, second = tmp_path / "a.md", tmp_path / "b.md"
    result = _diagnose_and_save(tmp_path, str(first), str(second))
    assert result.exit_code == 0, result.output
    assert _squeezed(f"Cannot write {first}: the disk is full.") in _squeezed(result.output)
    assert not first.exists() and second.exists()
    assert _leftovers(tmp_path) == []
