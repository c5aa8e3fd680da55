"""Plain mode draws nothing with box characters: panels and tables read as headings and lists."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from walletsupport.cli import app

from .test_cli_diagnose import LIMIT_LINES

runner = CliRunner()
_BOX = re.compile(r"[\u2500-\u257f]")
_NOW = {"WALLETSUPPORT_NOW": "2026-11-25T10:00:00+08:00",
        "WALLETSUPPORT_PROFILE": "generic"}  # the wallet decided: not asked


def _run(args: list[str], lines: list[str] | None = None, **env: str) -> str:
    text = None if lines is None else "\n".join(lines) + "\n"
    result = runner.invoke(app, args, input=text, env={**_NOW, **env})
    assert result.exit_code == 0, result.output
    return result.output


def _boxes(text: str) -> list[str]:
    return [line for line in text.splitlines() if _BOX.search(line)]


def test_contacts_draw_a_bordered_table_by_default() -> None:
    # The control for the tests below: the same screen is boxed outside plain mode.
    assert _boxes(_run(["contacts", "--profile", "alipay"]))


@pytest.mark.parametrize("how", [{"WALLETSUPPORT_PLAIN": "1"}, {"TERM": "dumb"}])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_contacts_in_plain_mode_are_a_numbered_list(how: dict[str, str], lang: str) -> None:
    out = _run(["--lang", lang, "contacts", "--profile", "alipay"], **how)
    assert _boxes(out) == []
    lines = out.splitlines()
    channel = "Channel" if lang == "en" else "渠道"
    contact = "Contact" if lang == "en" else "联系方式"
    first = next(i for i, line in enumerate(lines) if line.startswith(f"1. {channel}: "))
    # The row's other columns follow it, indented and named, in reading order.
    row = lines[first:first + 12]
    assert f"   {contact}: 95188" in row
    assert any(line.startswith("2. ") for line in lines[first + 1:])


def test_plain_flag_and_config_turn_boxes_off(tmp_path) -> None:
    assert _boxes(_run(["--plain", "contacts", "--profile", "binance"])) == []
    config = tmp_path / "config"
    config.mkdir()
    (config / "config.toml").write_text("plain = true\n", encoding="utf-8")
    out = _run(["contacts", "--profile", "binance"], WALLETSUPPORT_CONFIG_DIR=str(config))
    assert _boxes(out) == []
    assert _boxes(_run(["--no-plain", "contacts", "--profile", "binance"],
                       WALLETSUPPORT_CONFIG_DIR=str(config)))


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_whole_plain_diagnosis_and_its_case_have_no_boxes(lang: str) -> None:
    out = _run(["--lang", lang, "diagnose", "failed-withdrawal"], LIMIT_LINES,
               WALLETSUPPORT_PLAIN="1")
    assert _boxes(out) == []
    # The advice is still numbered steps under its heading, not lost with the panel.
    assert re.search(r"^1\. \S", out, re.M)
    for args in (["cases", "list"], ["cases", "show", "1"], ["flows", "list"], ["guide"],
                 ["profiles", "list"]):
        shown = _run(["--lang", lang, *args], WALLETSUPPORT_PLAIN="1")
        assert _boxes(shown) == [], (args, _boxes(shown))


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("args", [[], ["diagnose"], ["cases"], ["contacts"]])
def test_help_in_plain_mode_has_headings_not_panels(lang: str, args: list[str]) -> None:
    out = _run(["--lang", lang, *args, "--help"], WALLETSUPPORT_PLAIN="1")
    assert _boxes(out) == []
    heading = "Options:" if lang == "en" else "选项："
    assert heading in out.splitlines()
    # Each example command stands on its own line, ready to copy.
    if args:
        assert re.search(rf"^    walletsupport {args[0]}\b", out, re.M)
    assert _boxes(_run(["--lang", lang, *args, "--help"]))


def test_lists_with_column_headings_are_lists_in_plain_mode(tmp_path) -> None:
    # cases list: a ticket number stays whole on its line, named by its column.
    lines = LIMIT_LINES
    _run(["diagnose", "failed-withdrawal"], lines, WALLETSUPPORT_PLAIN="1")
    _run(["cases", "set-ticket", "1", "ALI-20261203-5531"])
    out = _run(["cases", "list"], WALLETSUPPORT_PLAIN="1", COLUMNS="60")
    assert "  ticket: ALI-20261203-5531" in out.splitlines()
    flows = _run(["flows", "list"], WALLETSUPPORT_PLAIN="1")
    assert "- id: fees" in flows.splitlines()


@pytest.mark.parametrize("columns", ["60", "100"])
def test_a_ticket_number_is_never_split_in_the_case_list(columns: str) -> None:
    _run(["diagnose", "failed-withdrawal"], LIMIT_LINES, WALLETSUPPORT_PLAIN="1")
    _run(["cases", "set-ticket", "1", "ALI-20261203-5531"])
    out = _run(["cases", "list"], COLUMNS=columns)
    assert "ALI-20261203-5531" in out
    assert max(len(line.rstrip()) for line in out.splitlines()) <= int(columns)
