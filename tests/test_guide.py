"""`walletsupport guide`: every section in both languages, one section, JSON, and the layout."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.console import Console
from rich.text import Text
from typer.testing import CliRunner

from walletsupport.cli import app
from walletsupport.contacts import guide as guide_module
from walletsupport.contacts.guide import INTRO, SECTIONS, TITLE, find_section, section_ids, to_data
from walletsupport.diagnosis.catalog import load_catalog
from walletsupport.rendering.guide import render_guide, wrap

runner = CliRunner()
LANGS = ("en", "zh")
HAN = re.compile(r"[\u4e00-\u9fff]")


def _guide(*args: str, lang: str = "en") -> str:
    result = runner.invoke(app, ["--lang", lang, "guide", *args])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("lang", LANGS)
def test_the_whole_guide_shows_every_section_and_point(lang: str) -> None:
    out = _guide(lang=lang)
    flat = re.sub(r"\s+", "", out)
    assert out.startswith(TITLE[lang])
    for number, section in enumerate(SECTIONS, 1):
        assert f"{number}. {section.title[lang]}" in out
        for point in section.points:
            assert re.sub(r"\s+", "", point.lead[lang]) in flat
            assert re.sub(r"\s+", "", point.text[lang]) in flat
    assert "--section" in out.splitlines()[-1] or "--section" in flat[-80:]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", [s.id for s in SECTIONS])
def test_one_section_alone(lang: str, name: str) -> None:
    out = _guide("--section", name, lang=lang)
    shown = [s for s in SECTIONS if s.title[lang] in out]
    assert [s.id for s in shown] == [name]
    assert TITLE[lang] not in out


def test_the_chinese_guide_has_no_english_but_commands() -> None:
    out = _guide(lang="zh")
    # A command is typed as it is; everything else is Chinese (App is what the apps say).
    flat = " ".join(out.split())  # a command may wrap
    words = re.sub(r"'?walletsupport(?: [a-z-]+| --[a-z-]+)*'?|--[a-z-]+", "", flat)
    assert set(re.findall(r"[A-Za-z][A-Za-z-]*", words)) <= {"App", "Wi-Fi"}
    assert "（walletsupport diagnose failed-payment）" in flat
    assert "本指南分为这几部分：渠道、准备、时机、答复、问题。" in flat
    for name in ("渠道", "准备", "时机", "答复", "问题"):  # the names --section takes
        assert find_section(name) is not None


def test_section_names_ignore_case_and_space() -> None:
    assert find_section(" Prepare ") is find_section("prepare")
    assert find_section("nope") is None


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "No guide section 'nope'. Sections: channels, prepare, timing, answers, problems"),
    ("zh", "指南里没有“nope”这一部分。可选的部分：渠道、准备、时机、答复、问题"),
])
def test_an_unknown_section_is_a_usage_error(lang: str, expected: str) -> None:
    result = runner.invoke(app, ["--lang", lang, "guide", "--section", "nope"])
    assert result.exit_code == 2
    assert result.output.strip() == expected


@pytest.mark.parametrize("lang", LANGS)
def test_json_holds_every_section_in_the_chosen_language(lang: str) -> None:
    data = json.loads(_guide("--json", lang=lang))
    assert data["lang"] == lang
    assert data["title"] == TITLE[lang]
    assert [s["id"] for s in data["sections"]] == list(section_ids())
    for entry, section in zip(data["sections"], SECTIONS, strict=True):
        assert entry["title"] == section.title[lang]
        assert [p["text"] for p in entry["points"]] == [p.text[lang] for p in section.points]
    one = json.loads(_guide("--json", "--section", "timing", lang=lang))
    assert [s["id"] for s in one["sections"]] == ["timing"]


def test_the_source_guide_s_topics_are_all_there() -> None:
    assert section_ids() == ("channels", "prepare", "timing", "answers", "problems")
    leads = {s.id: [p.lead["en"] for p in s.points] for s in SECTIONS}
    assert {"In-app chat", "Phone", "Email", "Social media"} <= set(leads["channels"])
    assert {"Describe the problem", "Collect the evidence",
            "Check your account details"} <= set(leads["prepare"])
    assert {"Weekdays are fastest", "Weekends and holidays are slower"} <= set(leads["timing"])
    assert {"Read it carefully", "Prepare your follow-up",
            "Ask for escalation"} <= set(leads["answers"])


def test_the_problems_section_names_exactly_the_shipped_flows() -> None:
    problems = find_section("problems")
    assert problems is not None
    assert {p.lead["en"] for p in problems.points} == set(load_catalog().flows)


def test_every_text_is_written_in_both_languages() -> None:
    texts = [TITLE, INTRO]
    for section in SECTIONS:
        texts += [section.title, section.intro]
        texts += [part for p in section.points for part in (p.lead, p.text)]
    for text in texts:
        assert set(text) == {"en", "zh"}
        assert text["en"].strip() and text["zh"].strip()
    for section in SECTIONS:
        for point in section.points:
            assert HAN.search(point.text["zh"]), point.text["en"]
            assert not HAN.search(point.text["en"]), point.text["en"]


def test_the_guide_names_no_contact_details() -> None:
    dumped = json.dumps([to_data(SECTIONS, lang) for lang in LANGS], ensure_ascii=False)
    assert not re.search(r"https?://|www\.|\w@\w|\.com\b|\.cn\b", dumped)
    assert not re.search(r"\d{5,}|\d{3}[- ]\d{3,}", dumped)


def test_the_guide_module_is_pure_data() -> None:
    # What it may import is import-linter's to check (tests/test_architecture.py); here,
    # only that it does no I/O of its own.
    source = Path(guide_module.__file__).read_text(encoding="utf-8")
    for forbidden in ("print(", "sys.std", "open("):
        assert forbidden not in source


# ---------------------------------------------------------------- layout

def _render(lang: str, width: int = 80, **console: object) -> str:
    out = io.StringIO()
    render_guide(Console(file=out, width=width, color_system=None, **console), SECTIONS, lang)
    return out.getvalue()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("width", [60, 80, 120])
def test_lines_fit_without_trailing_space(lang: str, width: int) -> None:
    lines = _render(lang, width).splitlines()
    assert max(cell_len(line) for line in lines) <= min(width, 80)
    assert all(line == line.rstrip() for line in lines)


def test_chinese_lines_never_start_with_closing_punctuation() -> None:
    for width in range(40, 81):
        for line in _render("zh", width).splitlines():
            body = line.lstrip(" •")
            assert not body or body[0] not in "，。、；：！？）", (width, line)


def test_bullets_hang_under_their_first_word() -> None:
    lines = _render("en").splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("   • Phone: "))
    assert lines[first + 1].startswith("     ") and lines[first + 1][5] != " "


def test_no_colour_when_asked() -> None:
    out = io.StringIO()
    console = Console(file=out, width=80, force_terminal=True, no_color=True)
    render_guide(console, SECTIONS, "en")
    assert not re.search(r"\x1b\[[0-9;]*3[0-9]m", out.getvalue())


def test_wrap_breaks_chinese_anywhere_but_keeps_words_whole() -> None:
    text = Text("用之前先核实：'walletsupport contacts' 会列出你的钱包的官方渠道。")
    lines = [line.plain for line in wrap(text, 30)]
    assert all(cell_len(line) <= 30 for line in lines)
    assert "".join(lines).replace(" ", "") == text.plain.replace(" ", "")
    assert any("'walletsupport" in line for line in lines)
    assert not any(line.startswith("。") for line in lines)


def test_wrap_keeps_styles() -> None:
    text = Text()
    text.append("Lead", style="bold")
    text.append(": " + "word " * 30)
    first = wrap(text, 20)[0]
    assert first.plain.startswith("Lead:")
    assert any(span.style == "bold" and span.end == 4 for span in first.spans)


def test_wrap_folds_a_word_longer_than_the_line() -> None:
    lines = [line.plain for line in wrap(Text("x" * 25), 10)]
    assert lines == ["x" * 10, "x" * 10, "x" * 5]


@pytest.mark.parametrize(("typed", "section"), [("时机", "timing"), ("渠道", "channels"),
                                                ("答复", "answers"), (" Timing ", "timing")])
def test_a_section_can_be_named_in_chinese(typed: str, section: str) -> None:
    from walletsupport.contacts.guide import find_section

    found = find_section(typed)
    assert found is not None and found.id == section
