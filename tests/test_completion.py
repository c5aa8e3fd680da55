"""Shell completion: scripts for bash, zsh and fish, and the values they complete.

Completion runs with `_WALLETSUPPORT_COMPLETE` set, as the shell scripts do: the
installed command for each shell once (the door a shell uses), in-process otherwise.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from walletsupport.cli import app

COMMAND = str(Path(sys.executable).parent / "walletsupport")


def _complete(shell: str, words: str, tmp_path: Path, *, process: bool = False,
              **extra: str) -> list[str]:
    """What completing `words` offers, through the environment variables a shell script sets.

    With `process`, the installed command runs as the shell would run it; otherwise
    the same variables reach the same entry point in-process (click reads them in
    `main`), which is several times cheaper.
    """
    env = dict(extra, _WALLETSUPPORT_COMPLETE=f"complete_{shell}")
    if shell == "bash":
        env.update(COMP_WORDS=words, COMP_CWORD=str(len(words.split(" ")) - 1))
    else:
        env.update(_TYPER_COMPLETE_ARGS=words)
        if shell == "fish":
            env["_TYPER_COMPLETE_FISH_ACTION"] = "get-args"
    if process:
        done = subprocess.run([COMMAND], env=dict(os.environ, **env), capture_output=True,
                              text=True, timeout=60, cwd=tmp_path, check=False)
        assert done.returncode == 0, done.stderr
        assert done.stderr == ""
        return [line for line in done.stdout.splitlines() if line]
    result = CliRunner().invoke(app, [], env=env, prog_name="walletsupport")
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    return [line for line in result.stdout.splitlines() if line]


def _values(shell: str, lines: list[str]) -> set[str]:
    if shell == "zsh":  # _arguments '*: :(("id":"help" ...))'
        import re

        return {found.group(1) for line in lines
                if (found := re.search(r'"((?:[^"]|"")+)"', line))}
    return {line.split("\t")[0] for line in lines if line}


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_flow_ids_complete_after_diagnose(shell: str, tmp_path: Path) -> None:
    # The installed command, run the way each shell's script runs it.
    values = _values(shell, _complete(shell, "walletsupport diagnose fa", tmp_path, process=True))
    assert values == {"failed-payment", "failed-withdrawal"}
    everything = _values(shell, _complete(shell, "walletsupport diagnose ", tmp_path,
                                          process=True))
    assert {"security", "locked-account", "fees", "top-up"} <= everything


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_profile_names_complete_for_profile_options(shell: str, tmp_path: Path) -> None:
    for words in ("walletsupport --profile a", "walletsupport contacts --profile a",
                  "walletsupport profiles show a"):
        assert _values(shell, _complete(shell, words, tmp_path)) == {"alipay"}, words


def test_extra_flow_folders_complete_too(tmp_path: Path, write_flow) -> None:
    from .conftest import MINIMAL

    folder = write_flow(MINIMAL.format(id="card-stolen"), "card-stolen.yaml").parent
    values = _complete("bash", "walletsupport diagnose card", tmp_path,
                       WALLETSUPPORT_FLOWS_DIR=str(folder))
    assert values == ["card-stolen"]


def test_case_ids_complete_newest_first(tmp_path: Path) -> None:
    data = tmp_path / "data"
    # Three different starts: the same input run again goes on in the same draft.
    for start in ("rejected", "pending", "returned"):
        done = CliRunner().invoke(app, ["diagnose", "failed-withdrawal", "--no-input",
                                        "--set", f"what-happened={start}"],
                                  env={"WALLETSUPPORT_DATA_DIR": str(data)})
        assert done.exception is None or isinstance(done.exception, SystemExit), done.exception
    values = _complete("bash", "walletsupport cases show ", tmp_path,
                       WALLETSUPPORT_DATA_DIR=str(data))
    assert values == ["3", "2", "1"]
    assert _complete("bash", "walletsupport export ", tmp_path,
                     WALLETSUPPORT_DATA_DIR=str(data)) == values


def test_completion_of_a_broken_history_completes_nothing_quietly(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    from walletsupport.cases.store import DB_NAME

    (data / DB_NAME).write_bytes(b"not a database at all" * 100)
    assert _complete("bash", "walletsupport cases show ", tmp_path,
                     WALLETSUPPORT_DATA_DIR=str(data)) == []


@pytest.mark.parametrize(("shell", "marker"), [("bash", "complete -o"), ("zsh", "compdef"),
                                               ("fish", "complete --command walletsupport")])
def test_show_completion_prints_each_shells_script(shell: str, marker: str,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION", "1")
    result = CliRunner().invoke(app, ["--show-completion", shell], prog_name="walletsupport")
    assert result.exit_code == 0, result.output
    assert marker in result.output
    assert "_WALLETSUPPORT_COMPLETE" in result.output


def test_install_completion_writes_the_script_for_the_shell(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION", "1")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setattr(Path, "home", lambda: tmp_path)
    result = CliRunner().invoke(app, ["--install-completion", "bash"], prog_name="walletsupport")
    assert result.exit_code == 0, result.output
    scripts = list((tmp_path / ".bash_completions").glob("walletsupport*"))
    assert scripts and "_WALLETSUPPORT_COMPLETE" in scripts[0].read_text()
    assert "walletsupport" in (tmp_path / ".bashrc").read_text()
