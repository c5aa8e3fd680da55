"""Everywhere the tool quotes back what was typed, a secret comes back masked.

A recovery phrase (the BIP39 test vectors), a card number (the networks' test
numbers) and a password are fed through every place a value is echoed:
`check-contact`, error messages quoting an unknown flow, profile, case, status,
question, format or `--set` value, command-line usage errors, and the reason
given for a wrong scripted answer. The closing screen of `diagnose` masks
contact details the way exports do.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from walletsupport.cli import app

from .test_cli_cases import seed

runner = CliRunner()

SECRETS = {
    # BIP39 test vectors: all-zero entropy, English and simplified Chinese.
    "phrase-en": "abandon abandon abandon abandon abandon abandon abandon abandon abandon "
                 "abandon abandon about",
    "phrase-zh": "的 的 的 的 的 的 的 的 的 的 的 在",
    # Card networks' published test numbers.
    "visa": "4111 1111 1111 1111",
    "mastercard": "5500-0000-0000-0004",
    "password": "my password is hunter2",
    "password-zh": "密码是Abc12345",
}


def leaks(name: str, output: str) -> bool:
    """Whether `output` still holds the secret `name` (or enough of it to matter)."""
    value = SECRETS[name]
    if name.startswith("phrase"):
        return "abandon" in output or "的 的 的" in output
    if name in ("visa", "mastercard"):
        digits = re.sub(r"\D", "", value)
        return digits[:12] in re.sub(r"[\s-]", "", output)
    return value.split()[-1].removeprefix("密码是") in output


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def run(data: Path):
    env = {"WALLETSUPPORT_DATA_DIR": str(data), "COLUMNS": "80"}

    def invoke(*args: str):
        result = runner.invoke(app, list(args), env=env, catch_exceptions=False)
        assert "Traceback" not in result.output
        return result

    return invoke


@pytest.fixture
def case(data):
    from walletsupport.diagnosis.catalog import load_catalog

    seed(data, load_catalog().get("failed-withdrawal"))


# -- check-contact ----------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("name", SECRETS)
def test_check_contact_never_shows_a_secret_back(run, name, lang):
    result = run("--lang", lang, "check-contact", SECRETS[name])
    assert result.exit_code == 1
    assert not leaks(name, result.output)
    flat = "".join(result.output.split())
    assert ("itholdssomethingsecret" in flat if lang == "en" else "含有机密信息" in flat)


@pytest.mark.parametrize("name", SECRETS)
def test_check_contact_json_never_holds_a_secret(run, name):
    result = run("check-contact", "--json", SECRETS[name])
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["kind"] == "secret" and data["official"] is False
    assert data["secrets"] and data["reasons"][0]["code"] == "secret"
    assert not leaks(name, result.stdout)


def test_check_contact_takes_a_phrase_pasted_without_quotes(run):
    result = run("check-contact", *SECRETS["phrase-en"].split())
    assert result.exit_code == 1
    assert not leaks("phrase-en", result.output)
    from walletsupport.redact import redact

    assert redact(SECRETS["phrase-en"]).text in result.output


def test_check_contact_takes_a_number_written_in_groups_without_quotes(run):
    official = run("check-contact", "--profile", "alipay", "95188")
    assert official.exit_code == 0
    spaced = run("check-contact", "+86", "138", "0013", "8000")
    assert spaced.exit_code == 1
    assert "NOT ON FILE: walletsupport cannot confirm +86 138 0013 8000" in spaced.output


# -- error messages quoting what was typed ---------------------------------------------------

ECHO_SITES = {
    "unknown flow": lambda v: ["diagnose", v],
    "unknown flow (show)": lambda v: ["flows", "show", v],
    "unknown flow (graph)": lambda v: ["flows", "graph", v],
    "unknown profile": lambda v: ["--profile", v, "contacts"],
    "unknown profile (show)": lambda v: ["profiles", "show", v],
    "unknown case": lambda v: ["cases", "show", v],
    "unknown case (export)": lambda v: ["export", v],
    "unknown status": lambda v: ["cases", "status", "1", v],
    "unknown format": lambda v: ["export", "--format", v],
    "unknown graph format": lambda v: ["flows", "graph", "fees", "--format", v],
    "bad --set": lambda v: ["diagnose", "failed-withdrawal", "--set", v],
    "unknown --set question": lambda v: ["diagnose", "failed-withdrawal", "--set", f"{v}=1"],
    "wrong --set answer": lambda v: ["diagnose", "fees", "--no-input", "--set",
                                     "goal=check-charge", "--set", f"amount={v}"],
    "bad --when": lambda v: ["contacts", "--when", v],
    "unknown guide section": lambda v: ["guide", "--section", v],
    "bad flow id": lambda v: ["flows", "new", v],
    "usage error": lambda v: ["cases", "show", "1", *v.split()],
}


#: Each secret in the language it is most often written in (every message exists in both).
LANGS = {"phrase-en": "en", "phrase-zh": "zh", "visa": "en", "mastercard": "zh",
         "password": "en", "password-zh": "zh"}


@pytest.mark.parametrize("name", SECRETS)
@pytest.mark.parametrize("site", ECHO_SITES)
def test_an_error_never_quotes_a_secret(run, site, name, tmp_path, monkeypatch):
    lang = LANGS[name]
    monkeypatch.chdir(tmp_path)  # `flows new` would write here if the id were valid
    result = run("--lang", lang, *ECHO_SITES[site](SECRETS[name]))
    assert result.exit_code in (1, 2), result.output
    assert result.output.strip()
    assert not leaks(name, result.output), result.output


@pytest.mark.parametrize("name", SECRETS)
def test_an_answers_file_naming_a_secret_as_a_question_is_masked(run, tmp_path, name):
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({SECRETS[name]: "x"}), encoding="utf-8")
    result = run("diagnose", "failed-withdrawal", "--answers", str(answers))
    assert result.exit_code == 1
    assert "does not ask" in result.output
    assert not leaks(name, result.output)


def test_the_error_still_names_an_ordinary_typo(run):
    result = run("diagnose", "failed-withdrawl")
    assert result.exit_code == 2
    assert "Unknown problem 'failed-withdrawl'." in result.output


def test_a_long_value_is_shortened_in_an_error(run):
    result = run("diagnose", "x" * 500)
    assert result.exit_code == 2
    assert "x" * 77 + "..." in result.output and "x" * 78 not in result.output


# -- the closing screen masks contact details as exports do ----------------------------------

ANSWERS = {
    "what-happened": "rejected",
    "error-text": "E1021, they said call 13812345678 or write to kefu.help@example.com",
    "destination": "bank-card", "destination-detail": "ICBC 4821", "details-checked": "yes",
    "amount": "2,000 CNY", "limits": "over", "account-state": "normal",
    "when": "2026-11-25 08:00 UTC+8", "reference": "OD123 from +86 139 1234 5678", "tried": "",
}


def test_the_closing_screen_masks_contact_details_like_the_export(run):
    args = ["diagnose", "failed-withdrawal", "--no-input"]
    for key, value in ANSWERS.items():
        args += ["--set", f"{key}={value}"]
    done = run(*args)
    assert done.exit_code == 0, done.output
    # The closing screen lists only what is still to gather: nothing typed leaks there;
    # the case on screen (`cases show`) masks like the export.
    assert "13812345678" not in done.output and "kefu.help@" not in done.output
    closing = run("cases", "show", "1").stdout
    exported = run("export", "--format", "text").stdout
    for shown in (closing, exported):
        flat = " ".join(shown.split())
        assert "138****5678" in flat and "13812345678" not in flat
        assert "k***@example.com" in flat and "kefu.help@" not in flat
        # A reference reaches support as written, on screen as in the export.
        assert "OD123 from +86 139 1234 5678" in flat


@pytest.mark.parametrize("shape", ["list", "mapping"])
@pytest.mark.parametrize("name", SECRETS)
def test_a_wrong_answer_of_another_shape_is_quoted_masked(run, tmp_path, name, shape):
    value = [SECRETS[name]] if shape == "list" else {SECRETS[name]: SECRETS[name]}
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"what-happened": value}), encoding="utf-8")
    result = run("diagnose", "failed-withdrawal", "--answers", str(answers))
    assert result.exit_code == 1
    assert "is not one of the choices" in result.output
    assert not leaks(name, result.output)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_typed_control_character_comes_back_escaped(run, lang):
    # Chinese quotes a typed value with “…” rather than Python's repr: an escape
    # sequence pasted as a flow name must still not reach the terminal as one.
    result = run("--lang", lang, "diagnose", "\x1b[31mX\x07")
    assert result.exit_code != 0
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "\\x1b[31mX\\x07" in result.output
    if lang == "zh":
        assert "没有名为“\\x1b[31mX\\x07”的问题。" in result.output
