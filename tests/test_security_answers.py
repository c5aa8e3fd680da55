"""Security answers as the walk found them: kept whole where support needs them, and not
taken when they say two things (walk A27, A29)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from walletsupport.cli import app

runner = CliRunner()
NOW = {"WALLETSUPPORT_NOW": "2026-12-03T10:00:00+01:00"}
IBAN = "DE89 3704 0044 0532 0130 00"


def _diagnose(tmp_path: Path, answers: dict[str, object], lang: str = "en") -> tuple[int, str]:
    path = tmp_path / "answers.yaml"
    path.write_text(yaml.safe_dump(answers, allow_unicode=True), encoding="utf-8")
    result = runner.invoke(app, ["--lang", lang, "diagnose", "security", "--answers", str(path),
                                 "--no-input", "--region", "DE"], env=NOW)
    return result.exit_code, result.output


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_account_an_unknown_transaction_went_to_is_kept_whole(tmp_path: Path,
                                                                  lang: str) -> None:
    # walk A29: the intruder's IBAN is where the money went, what support and the police
    # trace; it was partly hidden ("DE89 3704 0044 **** 0130 00") in the export.
    code, output = _diagnose(tmp_path, {
        "_wallet": "wise", "concern": "unknown-transactions", "can-sign-in": False,
        "cause": ["none-or-unsure"], "unknown-detail": f"2026-12-02 14:05, 2.500,50 € to {IBAN}",
        "noticed-when": "2026-12-02 15:00 UTC+1", "devices": ""}, lang)
    assert code == 0, output
    case = re.findall(r"(?:case|记录) (\d+)", output)[-1]
    exported = runner.invoke(app, ["--lang", lang, "export", case], env=NOW)
    assert exported.exit_code == 0, exported.output
    assert exported.output.count(IBAN) == 2, exported.output  # the answer and the checklist
    assert "****" not in exported.output


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_none_of_these_with_a_cause_ticked_is_refused_in_one_line(tmp_path: Path,
                                                                  lang: str) -> None:
    # walk A27: "I read out a code" and "None of these, or I'm not sure" were both taken,
    # and the export said both.
    code, output = _diagnose(tmp_path, {
        "_wallet": "alipay", "concern": "account-changed", "can-sign-in": True,
        "cause": ["gave-code", "none-or-unsure"], "noticed-when": "2026-12-02 21:00 UTC+8"},
        lang)
    assert code != 0
    assert "Traceback" not in output
    said = {"en": "“None of these, or I'm not sure” cannot be ticked together with other choices",
            "zh": "“都没有，或者不确定”不能和其他选项同时勾选"}[lang]
    assert said in " ".join(output.split()) if lang == "en" else said in output.replace("\n", "")


def test_none_of_these_alone_or_a_cause_alone_is_taken() -> None:
    from walletsupport.diagnosis import engine
    from walletsupport.diagnosis.catalog import load_catalog
    from walletsupport.diagnosis.model import Question

    cause = load_catalog().flows["security"].nodes["cause"]
    assert isinstance(cause, Question)
    assert engine.check_answer(cause, ["none-or-unsure"]) == ("none-or-unsure",)
    assert engine.check_answer(cause, ["gave-code", "public-wifi"]) == ("gave-code",
                                                                        "public-wifi")
    with pytest.raises(engine.AnswerError) as refused:
        engine.check_answer(cause, ["none-or-unsure", "public-wifi"])
    assert refused.value.code == "alone"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_scam_amount_without_a_currency_is_refused_for_a_reason_that_fits(
        tmp_path: Path, lang: str) -> None:
    # walk A W3: the refusal spoke of "the sums shown in it" / 后面的算式, which the scam
    # path has none of (the fees flow's reason).
    code, output = _diagnose(tmp_path, {
        "_wallet": "alipay", "concern": "scam-check", "who-claimed": "bank-or-police",
        "how-contact": "call", "asked-for": ["safe-account"], "did-it": "some",
        "scam-amount": "2500", "scam-recipient": "", "scam-contact": "",
        "noticed-when": "2026-12-02 21:00 UTC+8"}, lang)
    assert code != 0 and "Traceback" not in output
    flat = " ".join(output.split()) if lang == "en" else output.replace("\n", "")
    assert {"en": "has no currency", "zh": "没有写币种"}[lang] in flat
    assert {"en": "yuan, dollars or euros", "zh": "分不清是人民币、美元还是欧元"}[lang] in flat
    assert not any(word in flat for word in ("sums", "算式"))


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize(("asked", "replace"), [
    (["pay-fee"], False), (["safe-account", "take-loan"], False),
    (["recovery-phrase"], True), (["safe-account", "remote-control"], True)])
def test_a_self_custody_scam_victim_replaces_the_wallet_only_when_it_is_exposed(
        tmp_path: Path, lang: str, asked: list[str], replace: bool) -> None:
    # walk A22 (sub-note): a Trust Wallet user who sent coins as a "fee" gave no phrase or
    # key, yet the closing opened with "create a new wallet … move everything", ahead of
    # the exchange report that can still recover something.
    code, output = _diagnose(tmp_path, {
        "_wallet": "trust-wallet", "concern": "scam-check", "who-claimed": "investment",
        "how-contact": "social", "asked-for": asked, "did-it": "some",
        "scam-amount": "500 USDT", "scam-recipient": "0x52908400098527886E0F7030069857D2E4169EE7",
        "scam-contact": "", "noticed-when": "2026-12-02 21:00 UTC+8"}, lang)
    assert code == 0, output
    flat = " ".join(output.split()) if lang == "en" else output.replace("\n", "")
    line = {"en": "has no account to freeze", "zh": "没有可以冻结的账户"}[lang]
    assert (line in flat) is replace
