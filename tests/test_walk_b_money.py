"""Walk B findings in the money flows (fees, top-up, failed-withdrawal) checked through the CLI.

The flows' own findings are scenarios in `flows/tests/`; these are the ones a scenario
cannot hold: a refused answer and its message, and what the prompt asks again.
"""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from walletsupport.cli import app

runner = CliRunner()
ENV = {"WALLETSUPPORT_NOW": "2026-11-25T10:00:00+08:00", "TZ": "Asia/Shanghai",
       "WALLETSUPPORT_PROFILE": "generic"}


def _run(args: list[str], lines: list[str] | None = None):
    text = None if lines is None else "\n".join(lines) + "\n"
    return runner.invoke(app, args, input=text, env=ENV)


def _flat(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize(("lang", "words"), [
    ("en", ["'2.500' has no currency", "2.5 (two point five) or 2,500 (two thousand five hundred)",
            "such as 2.5 CNY or 2500 €"]),
    ("zh", ["“2.500”没有写币种", "2.5（二点五）或2,500（两千五百）", "比如2.5元或2500€"]),
])
def test_a_bare_amount_that_reads_two_ways_names_both_and_picks_neither(
        lang: str, words: list[str]) -> None:
    # walk B8: the example to copy was "2.5 CNY, ¥2.5 or €2.5": a German user who meant
    # 2,500 and followed it got a fee a thousand times too small
    result = _run(["--lang", lang, "diagnose", "fees", "--no-input", "--set",
                   "fee-type=withdrawal", "--set", "goal=estimate", "--set", "amount=2.500"])
    assert result.exit_code == 1
    assert len(result.output.strip().splitlines()) == 1, result.output
    for word in words:
        assert _flat(word) in _flat(result.output), result.output
    assert "¥2.5" not in result.output and "€2.5 " not in result.output


def test_the_prompt_asks_again_for_a_bare_amount_that_reads_two_ways() -> None:
    lines = ["2", "1", "2.500", "2500 EUR", "0.5%", "", "", "4"]
    result = _run(["--plain", "diagnose", "fees"], lines)
    assert result.exit_code == 0, result.output
    out = " ".join(result.output.split())
    assert "it can also be read as 2.5 (two point five) or 2,500" in out
    assert "€2,500 × 0.5% = €12.50" in out


@pytest.mark.parametrize(("lang", "said", "unsaid"), [
    ("en", "you were charged 0.0005 BTC, the withdrawal page gives 0.0004 BTC, 0.0001 BTC apart",
     "published rate"),
    ("zh", "实际扣了 0.0005 BTC，提币页面上写的是 0.0004 BTC，相差 0.0001 BTC", "公布的费率"),
])
def test_about_the_same_on_a_crypto_fee_names_the_withdrawal_page_not_a_rate(
        lang: str, said: str, unsaid: str) -> None:
    # walk B W2: a crypto withdrawal has a fixed fee from its page, not a published rate
    result = _run(["--lang", lang, "diagnose", "fees", "--no-input",
                   "--set", "fee-type=crypto-withdrawal", "--set", "goal=check-charge",
                   "--set", "amount=０．０５ BTC", "--set", "charged=0.0005",
                   "--set", "fixed-fee=0.0004", "--set", "compare=matches"])
    assert result.exit_code == 1
    assert _flat(said) in _flat(result.output), result.output
    assert unsaid not in result.output


@pytest.mark.parametrize(("flow", "sets"), [
    ("top-up", ["problem=not-credited", "method=bank-transfer", "source-detail=HSBC 7001",
                "memo=included", "bank-status=debited", "amount=500 HKD", "when=2 hours ago",
                "elapsed=holiday"]),
    ("failed-withdrawal", ["what-happened=pending", "destination=bank-card",
                           "destination-detail=CMB 0932", "details-checked=yes",
                           "amount=5000 CNY", "account-state=normal", "when=2 hours ago",
                           "timing=holiday"]),
])
def test_no_weekend_lies_within_the_last_few_hours(flow: str, sets: list[str]) -> None:
    # walk B W14: "past it, but a weekend came in between" for a transfer two hours old
    args = ["diagnose", flow, "--no-input"]
    for item in sets:
        args += ["--set", item]
    result = _run(args)
    assert result.exit_code == 1, result.output
    assert "does not fit your earlier answer “2 hours ago”" in " ".join(result.output.split())
