"""Where settings come from: command line, then environment, then config.toml, then defaults."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from walletsupport.cli import app
from walletsupport.errors import FlowError, UsageError
from walletsupport.i18n import detect_lang
from walletsupport.settings import resolve

from .conftest import MINIMAL

runner = CliRunner()


def _config(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.toml").write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize(("environ", "expected"), [
    ({}, "en"),
    ({"LANG": "zh_CN.UTF-8"}, "zh"),
    ({"LANG": "en_US.UTF-8", "LC_ALL": "zh_TW.UTF-8"}, "zh"),
    ({"LC_ALL": "en_GB.UTF-8", "LANG": "zh_CN.UTF-8"}, "en"),
    ({"LC_MESSAGES": "zh_CN", "LANG": "en_US"}, "zh"),
    ({"LANGUAGE": "zh_CN:en"}, "zh"),
    ({"LANG": "C"}, "en"),
])
def test_locale_detection(environ: dict[str, str], expected: str) -> None:
    assert detect_lang(environ) == expected


def test_precedence_command_line_environment_config_default(tmp_path: Path) -> None:
    folder = _config(tmp_path / "cfg", 'lang = "zh"\nprofile = "alipay"\n')
    default = resolve(lang=None, profile=None, flows_dirs=(), environ={},
                      config_folder=tmp_path / "none")
    assert (default.lang, default.profile) == ("en", "generic")
    config = resolve(lang=None, profile=None, flows_dirs=(), environ={"LANG": "en_US"},
                     config_folder=folder)
    assert (config.lang, config.profile) == ("zh", "alipay")
    assert config.lang_from.endswith("config.toml")
    env = resolve(lang=None, profile=None, flows_dirs=(),
                  environ={"WALLETSUPPORT_LANG": "en", "WALLETSUPPORT_PROFILE": "paypal"},
                  config_folder=folder)
    assert (env.lang, env.profile) == ("en", "paypal")
    cli = resolve(lang="zh", profile="coinbase", flows_dirs=(),
                  environ={"WALLETSUPPORT_LANG": "en", "WALLETSUPPORT_PROFILE": "paypal"},
                  config_folder=folder)
    assert (cli.lang, cli.profile, cli.lang_from) == ("zh", "coinbase", "--lang")


def test_config_beats_the_locale(tmp_path: Path) -> None:
    folder = _config(tmp_path / "cfg", 'lang = "en"\n')
    settings = resolve(lang=None, profile=None, flows_dirs=(), environ={"LANG": "zh_CN.UTF-8"},
                       config_folder=folder)
    assert settings.lang == "en"


def test_flow_folders_add_up_config_then_environment_then_command_line(tmp_path: Path) -> None:
    folder = _config(tmp_path / "cfg", 'flows_dirs = ["/a", "~/b"]\n')
    settings = resolve(lang=None, profile=None, flows_dirs=(Path("/d"),),
                       environ={"WALLETSUPPORT_FLOWS_DIR": "/c"}, config_folder=folder)
    assert settings.flows_dirs == (Path("/a"), Path("~/b").expanduser(), Path("/c"), Path("/d"))


@pytest.mark.parametrize(("text", "line", "message"), [
    ('lang = "fr"\n', 1, 'lang must be "en" or "zh"'),
    ('colour = "red"\n', 1,
     "unknown setting 'colour' (known: flows_dirs, lang, plain, profile, region, zone)"),
    ('zone = "Mars/Olympus"\n', 1, 'zone must be a time zone name such as "Asia/Shanghai"'),
    ('\nflows_dirs = "x"\n', 2, "flows_dirs must be a list of folder paths"),
    ('lang = \n', 1, "TOML syntax error"),
])
def test_bad_config_names_file_and_line(tmp_path: Path, text: str, line: int,
                                        message: str) -> None:
    folder = _config(tmp_path / "cfg", text)
    with pytest.raises(FlowError) as caught:
        resolve(lang=None, profile=None, flows_dirs=(), environ={}, config_folder=folder)
    assert str(caught.value).startswith(f"{folder / 'config.toml'}:{line}: {message}")


def test_unknown_language_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        resolve(lang="fr", profile=None, flows_dirs=(), environ={}, config_folder=tmp_path)
    result = runner.invoke(app, ["--lang", "fr", "flows", "list"])
    assert result.exit_code == 2
    assert "unknown language 'fr'" in result.output


def test_config_file_sets_language_and_flow_folder_for_commands(tmp_path: Path,
                                                                monkeypatch) -> None:
    flows = tmp_path / "myflows"
    flows.mkdir()
    (flows / "mine.yaml").write_text(MINIMAL.format(id="mine"), encoding="utf-8")
    folder = _config(tmp_path / "cfg", f'lang = "zh"\nflows_dirs = ["{flows}"]\n')
    monkeypatch.setenv("WALLETSUPPORT_CONFIG_DIR", str(folder))
    listed = runner.invoke(app, ["flows", "list"])
    assert listed.exit_code == 0, listed.output
    assert "测试流程" in listed.output
    english = runner.invoke(app, ["--lang", "en", "flows", "list"])
    assert "Test flow" in english.output


def test_broken_config_is_one_line_and_exit_1(tmp_path: Path, monkeypatch) -> None:
    folder = _config(tmp_path / "cfg", 'lang = "fr"\n')
    monkeypatch.setenv("WALLETSUPPORT_CONFIG_DIR", str(folder))
    result = runner.invoke(app, ["flows", "list"])
    assert result.exit_code == 1
    assert result.output.strip() == f'{folder / "config.toml"}:1: lang must be "en" or "zh"'


@pytest.mark.parametrize(("args", "environ"), [
    (["--lang", "zh"], {}), ([], {"WALLETSUPPORT_LANG": "zh"}), ([], {"LANG": "zh_CN.UTF-8"}),
])
def test_a_broken_config_is_reported_in_the_language_asked_for(
        tmp_path: Path, monkeypatch, args: list[str], environ: dict[str, str]) -> None:
    # The config that failed cannot choose the language: --lang, the environment and the
    # locale still do, as they would have without it.
    folder = _config(tmp_path / "cfg", 'colour = "red"\n')
    monkeypatch.setenv("WALLETSUPPORT_CONFIG_DIR", str(folder))
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    result = runner.invoke(app, [*args, "flows", "list"])
    assert result.exit_code == 1
    assert result.output.strip() == (f"{folder / 'config.toml'}:1: 未知的设置项 'colour'"
                                     "（可用的：flows_dirs、lang、plain、profile、region、zone）")


def test_missing_flows_dir_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["--flows-dir", str(tmp_path / "nope"), "flows", "list"])
    assert result.exit_code == 2
    assert "no such folder" in result.output


def test_version_and_help() -> None:
    from walletsupport import __version__

    assert runner.invoke(app, ["--version"]).output == f"walletsupport {__version__}\n"
    help_text = runner.invoke(app, ["--help"]).output
    for command in ("diagnose", "flows", "contacts", "cases", "export", "guide",
                    "check-contact", "profiles"):
        assert command in help_text


@pytest.mark.parametrize(("option", "environ", "config", "expected"), [
    (None, {}, "", (False, "default")),
    (None, {"TERM": "dumb"}, "", (True, "TERM=dumb")),
    (None, {"TERM": "xterm"}, "", (False, "default")),
    (None, {"WALLETSUPPORT_PLAIN": "1"}, "", (True, "WALLETSUPPORT_PLAIN")),
    (None, {"WALLETSUPPORT_PLAIN": "true"}, "", (True, "WALLETSUPPORT_PLAIN")),
    (None, {"WALLETSUPPORT_PLAIN": "0"}, "", (False, "WALLETSUPPORT_PLAIN")),
    (None, {"WALLETSUPPORT_PLAIN": ""}, "", (False, "default")),
    (None, {"WALLETSUPPORT_PLAIN": "0", "TERM": "dumb"}, "", (False, "WALLETSUPPORT_PLAIN")),
    (None, {}, "plain = true\n", (True, "config")),
    (None, {"TERM": "dumb"}, "plain = false\n", (False, "config")),
    (None, {"WALLETSUPPORT_PLAIN": "1"}, "plain = false\n", (True, "WALLETSUPPORT_PLAIN")),
    (False, {"WALLETSUPPORT_PLAIN": "1", "TERM": "dumb"}, "plain = true\n",
     (False, "--no-plain")),
    (True, {}, "plain = false\n", (True, "--plain")),
])
def test_plain_mode_sources(tmp_path: Path, option: bool | None, environ: dict[str, str],
                            config: str, expected: tuple[bool, str]) -> None:
    folder = _config(tmp_path / "cfg", config)
    settings = resolve(lang=None, profile=None, flows_dirs=(), environ=environ,
                       config_folder=folder, plain=option)
    source = "config" if settings.plain_from.endswith("config.toml") else settings.plain_from
    assert (settings.plain, source) == expected


def test_plain_in_config_must_be_a_boolean(tmp_path: Path) -> None:
    folder = _config(tmp_path / "cfg", 'lang = "en"\nplain = "yes"\n')
    with pytest.raises(FlowError) as caught:
        resolve(lang=None, profile=None, flows_dirs=(), environ={}, config_folder=folder)
    assert caught.value.line == 2
