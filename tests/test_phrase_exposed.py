"""A recovery phrase removed from the user's own words: the closing says to move the funds."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from walletsupport.cli import app

runner = CliRunner()
NOW = {"WALLETSUPPORT_NOW": "2026-12-03T10:00:00+08:00"}
PHRASE = "legal winner thank year wave sausage worth useful legal winner thank yellow"
# walk F-23: the phrase pasted in "Paid to" while "Asked for" named only a fee
SCAM = {"concern": "scam-check", "who-claimed": "investment", "how-contact": "social",
        "asked-for": ["pay-fee"], "did-it": "some", "scam-amount": "500 USDT",
        "scam-contact": "", "noticed-when": "2026-12-02 20:00 UTC+8"}
EXPOSED = {"en": "Treat it as exposed", "zh": "请把它当作已经泄露"}


def _closing(tmp_path: Path, recipient: str, lang: str, wallet: str) -> str:
    answers = tmp_path / "answers.yaml"
    answers.write_text(yaml.safe_dump({**SCAM, "scam-recipient": recipient},
                                      allow_unicode=True), encoding="utf-8")
    result = runner.invoke(app, ["--lang", lang, "diagnose", "security", "--answers",
                                 str(answers), "--no-input", "--profile", wallet,
                                 "--region", "CN"], env=NOW)
    assert result.exit_code == 0, result.output
    screen = result.output.split("Outcome: Urgent" if lang == "en" else "结论：紧急", 1)[1]
    return screen if lang == "zh" else " ".join(screen.split())


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("wallet", ["binance", "metamask"])
def test_a_phrase_in_an_answer_says_move_the_funds_now(tmp_path: Path, lang: str,
                                                       wallet: str) -> None:
    screen = _closing(tmp_path, f"he also got my seed: {PHRASE}", lang, wallet)
    assert PHRASE not in screen and "sausage" not in screen
    assert EXPOSED[lang] in screen
    assert ("new wallet" if lang == "en" else "新建一个钱包") in screen.split(EXPOSED[lang], 1)[1]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_no_phrase_typed_no_such_line(tmp_path: Path, lang: str) -> None:
    screen = _closing(tmp_path, "Zhang San, ICBC", lang, "binance")
    assert EXPOSED[lang] not in screen


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_phrase_in_the_description_says_move_the_funds_now(lang: str) -> None:
    # the description is redacted too: the phrase typed there is as exposed
    from .test_cli_diagnose import LIMIT_LINES, _menu_number

    describe = _menu_number("Describe it in your own words")
    words = f"my Binance withdrawal to the bank was refused, my seed is {PHRASE}"
    lines = [describe, words, "1", *LIMIT_LINES[:-3], "4", "", "4"]
    env = {"WALLETSUPPORT_NOW": "2026-11-25T10:00:00+08:00"}
    result = runner.invoke(app, ["--plain", "--lang", lang, "diagnose"], env=env,
                           input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    assert "sausage" not in result.output
    assert EXPOSED[lang].replace(" ", "") in "".join(result.output.split()), result.output
