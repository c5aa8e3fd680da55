"""Every command and option explains itself, in `--help`."""

from __future__ import annotations

import typer.main
from typer.testing import CliRunner

from walletsupport.cli import app

runner = CliRunner()


def _commands(command, prefix=()):
    yield prefix, command
    for name, sub in getattr(command, "commands", {}).items():
        yield from _commands(sub, (*prefix, name))


def test_every_command_and_option_has_help_text() -> None:
    root = typer.main.get_command(app)
    seen = 0
    for path, command in _commands(root):
        seen += 1
        assert (command.help or "").strip(), f"{' '.join(path) or 'walletsupport'} has no help"
        for param in command.params:
            if param.param_type_name == "option" and param.name not in ("help",):
                assert (getattr(param, "help", "") or "").strip(), (
                    f"{' '.join(path)} {param.opts[0]} has no help")
        result = runner.invoke(app, [*path, "--help"])
        assert result.exit_code == 0, (path, result.output)
    assert seen > 15


def test_unknown_command_is_a_usage_error() -> None:
    result = runner.invoke(app, ["diagnoze"])
    assert result.exit_code == 2
