"""Every command and option explains itself, in `--help`."""

from __future__ import annotations

import re

import pytest
import typer.main
from typer.testing import CliRunner

from walletsupport.cli import app
from walletsupport.cli.helptext import pick_help

runner = CliRunner()


def _commands(command, prefix=()):
    # Through click's group API: the root builds a command when it is first looked up.
    yield prefix, command
    for name in getattr(command, "list_commands", lambda ctx: [])(None):
        yield from _commands(command.get_command(None, name), (*prefix, name))


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


# -- help in the user's language ------------------------------------------------------------

_CJK = re.compile(r"[\u4e00-\u9fff]")


def _paths() -> list[tuple[str, ...]]:
    return [path for path, _ in _commands(typer.main.get_command(app))]


def test_every_help_text_has_both_languages() -> None:
    """A help text shows in English or Chinese alone, so each needs both halves."""
    root = typer.main.get_command(app)
    for path, command in _commands(root):
        texts = [("", command.help)] + [(p.name, getattr(p, "help", None))
                                        for p in command.params]
        for name, text in texts:
            if not text:
                continue
            english, chinese = pick_help(text, "en"), pick_help(text, "zh")
            assert english and not _CJK.search(english), (path, name, text)
            assert chinese and _CJK.search(chinese), (path, name, "has no Chinese", text)


@pytest.mark.parametrize("path", _paths(), ids=lambda p: " ".join(p) or "walletsupport")
def test_help_in_one_language_at_a_time_ending_in_examples(path: tuple[str, ...]) -> None:
    english = runner.invoke(app, ["--lang", "en", *path, "--help"], env={"COLUMNS": "100"})
    assert english.exit_code == 0, english.output
    assert not _CJK.search(english.output), english.output
    assert "Usage: walletsupport" in english.output
    chinese = runner.invoke(app, ["--lang", "zh", *path, "--help"], env={"COLUMNS": "100"})
    assert chinese.exit_code == 0, chinese.output
    assert "用法：walletsupport" in chinese.output
    for word in ("Usage:", "Options", "Arguments", "Commands", "Show this message"):
        assert word not in chinese.output, (word, chinese.output)
    for output, title in ((english.output, "Examples:"), (chinese.output, "示例：")):
        tail = output.split(title, 1)[1]
        examples = [line.strip() for line in tail.splitlines()
                    if line.strip().startswith("walletsupport ")]
        assert 2 <= len(examples) <= 3, (path, output)
    # What the user would write in an example (a note to keep) is in the help's language.
    chinese_tail = chinese.output.split("示例：", 1)[1]
    for line in chinese_tail.splitlines():
        quoted = re.findall(r'"([^"]*)"', line)
        assert all(not re.search(r"[A-Za-z]{3} [A-Za-z]{3}", q) for q in quoted), (path, line)


@pytest.mark.parametrize(("path", "english", "chinese"), [
    (["guide"], "guide --section timing", "guide --section 时机"),
    (["cases", "status"], "cases status 3 waiting", "cases status 3 等待中"),
])
def test_a_chinese_example_types_the_chinese_word_the_command_takes(
        path: list[str], english: str, chinese: str) -> None:
    """A status or a guide section is taken in Chinese, so the Chinese help writes it so."""
    zh = runner.invoke(app, ["--lang", "zh", *path, "--help"], env={"COLUMNS": "100"}).output
    assert chinese in zh and english not in zh, zh
    en = runner.invoke(app, ["--lang", "en", *path, "--help"], env={"COLUMNS": "100"}).output
    assert english in en, en
    section = runner.invoke(app, ["--lang", "zh", "guide", "--section", "时机"])
    assert section.exit_code == 0 and "选对联系时间" in section.output, section.output


@pytest.mark.parametrize("plain", [["--plain"], []], ids=["plain", "rich"])
def test_usage_names_arguments_as_the_help_does_without_braces(plain: list[str]) -> None:
    """Typer writes a required argument as {ID}; the Arguments list and examples say ID."""
    for path in _paths():
        for lang in ("en", "zh"):
            result = runner.invoke(app, [*plain, "--lang", lang, *path, "--help"],
                                   env={"COLUMNS": "100"})
            usage = next(line for line in result.output.splitlines()
                         if "walletsupport" in line)
            assert "{" not in usage, (path, usage)
    result = runner.invoke(app, ["--plain", "cases", "set-ticket", "--help"])
    assert "Usage: walletsupport cases set-ticket [OPTIONS] ID TICKET\n" in result.output
    result = runner.invoke(app, ["cases", "show"])
    assert "walletsupport cases show [OPTIONS] ID" in result.output
    assert "{ID}" not in result.output


def test_language_of_help_follows_the_locale_and_the_environment() -> None:
    zh = runner.invoke(app, ["diagnose", "--help"], env={"LANG": "zh_CN.UTF-8"})
    assert "用法：" in zh.output and "Usage:" not in zh.output
    en = runner.invoke(app, ["diagnose", "--help"], env={"LANG": "zh_CN.UTF-8",
                                                         "WALLETSUPPORT_LANG": "en"})
    assert "Usage:" in en.output and not _CJK.search(en.output)


@pytest.mark.parametrize(("args", "english", "chinese"), [
    (["diagnoze"], "No such command 'diagnoze'. Did you mean 'diagnose'?",
     "没有“diagnoze”这个命令。你是不是想用 'diagnose'？"),
    (["cases", "show"], "Missing argument 'ID'.", "缺少参数 'ID'。"),
    (["diagnose", "--colour"], "No such option: --colour", "没有 --colour 这个选项。"),
    (["contacts", "--when"], "Option '--when' requires an argument.",
     "选项 '--when' 后面需要一个值。"),
    # click 8.2 on says "argument(s)": it was printed in English under --lang zh
    (["contacts", "alipay", "binance"], "Got unexpected extra argument(s) (binance)",
     "多余的参数：binance。"),
    (["cases", "list", "a", "b"], "Got unexpected extra argument(s) (a b)", "多余的参数：a b。"),
    (["diagnose", "--no-input=3"], "Option '--no-input' does not take a value.",
     "选项 '--no-input' 后面不能带值。"),
])
def test_usage_errors_in_the_users_language(args: list[str], english: str, chinese: str) -> None:
    en = runner.invoke(app, args)
    assert en.exit_code == 2
    assert en.output.splitlines()[0] == f"walletsupport: {english}"
    assert en.output.splitlines()[-1].startswith("Try 'walletsupport")
    assert not _CJK.search(en.output)
    zh = runner.invoke(app, ["--lang", "zh", *args])
    assert zh.exit_code == 2
    assert zh.output.splitlines()[0] == f"walletsupport：{chinese}"
    assert zh.output.splitlines()[1].startswith(("用法：walletsupport", "运行 'walletsupport"))
    assert zh.output.splitlines()[-1].startswith("运行 'walletsupport")
    assert "╭" not in en.output + zh.output  # one plain message, no box
    locale = runner.invoke(app, args, env={"LANG": "zh_CN.UTF-8"})  # the zh locale too
    assert locale.output.splitlines()[0] == f"walletsupport：{chinese}"


@pytest.mark.parametrize("path", _paths(), ids=lambda p: " ".join(p) or "walletsupport")
def test_chinese_help_wraps_whole_at_80_columns(path: tuple[str, ...]) -> None:
    # Rich breaks only at spaces and cut Chinese help texts off with "…"; each one is
    # shown whole now, broken between characters.
    root = typer.main.get_command(app)
    command = root
    for name in path:
        command = command.get_command(None, name)
    for lang_env in ({"WALLETSUPPORT_LANG": "zh"}, {}):
        args = [*path, "--help"] if lang_env else ["--lang", "zh", *path, "--help"]
        result = runner.invoke(app, args, env={"COLUMNS": "80", **lang_env})
        assert result.exit_code == 0, result.output
        flat = re.sub(r"[\s│╭╮╰╯─]", "", result.output)
        for param in command.params:
            text = pick_help(getattr(param, "help", None), "zh")
            if text and not param.hidden:
                assert re.sub(r"\s", "", text) in flat, (path, param.name, result.output)
        assert max(len(line) for line in result.output.splitlines()) <= 80


def test_plain_chinese_help_words_clicks_extras_in_chinese() -> None:
    """'[required]' and '[default: …]' after a parameter read in Chinese, in plain help too."""
    shown = ""
    for path in _paths():
        result = runner.invoke(app, ["--plain", "--lang", "zh", *path, "--help"])
        assert result.exit_code == 0, (path, result.output)
        assert "[required]" not in result.output, path
        assert "[default:" not in result.output, path
        assert "env var:" not in result.output, path
        shown += result.output
    assert "[必填]" in shown and "[默认：markdown]" in shown
