"""The redaction corpus, through `redact` and through the real CLI into the database and exports.

Secrets (tests/redaction_corpus.py: public test vectors and generated phrases)
must be masked everywhere; ordinary details must come back exactly; everyday
sentences must pass untouched. The end-to-end part batches many items into
the free-text answers of one `diagnose --answers` run, so the whole corpus
costs a handful of runs.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from tests.redaction_corpus import (
    Detail,
    Secret,
    load_details,
    load_secrets,
    load_sentences,
)
from walletsupport.cli import app
from walletsupport.redact import REGISTRY, findings, redact

SECRETS = load_secrets()
DETAILS = load_details()
SENTENCES = load_sentences()
ROOT = Path(__file__).resolve().parents[1]

# Items in one answer are apart by a line that no rule reads as part of a
# phrase, a number or a clause.
_APART = "\n=====\n"
_ANSWER_ROOM = 1000  # answers are capped at 2,000 characters, markers included
# Not destination-detail: it asks for an account's last 4 digits only, so a long number
# typed there is cut to them (`last-digits: 4`), and details must come back exactly.
_TEXT_QUESTIONS = ("error-text", "amount", "when")
_BASE = {
    "what-happened": "returned",
    "destination": "bank-card",
    "destination-detail": "ICBC, card ending 4821",
    "details-checked": True,
    "limits": "within",
    "account-state": "normal",
    "tried": [],
}


def test_the_corpus_is_as_large_as_promised() -> None:
    assert len(SECRETS) >= 150
    assert len(DETAILS) >= 100
    assert len(SENTENCES["en"]) + len(SENTENCES["zh"]) >= 200
    assert len(SENTENCES["en"]) >= 100 and len(SENTENCES["zh"]) >= 100


def _forms(secret: str, typed: str) -> set[str]:
    """What of a secret must never be seen: itself, its digits, any two words in a row.

    A short secret (a CVV, a PIN) may occur by chance inside other text, so
    what is looked for then is the text it was typed in.
    """
    if len(secret) < 6:
        return {typed}
    forms = {secret, json.dumps(secret)[1:-1], json.dumps(secret, ensure_ascii=False)[1:-1]}
    digits = re.sub(r"\D", "", secret.translate({c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)}))
    if len(digits) >= 12:
        forms.add(digits)
    words = secret.replace("\u3000", " ").split()
    forms.update(
        " ".join(pair)
        for pair in zip(words, words[1:], strict=False)
        if len(pair[0]) + len(pair[1]) >= 7
    )
    return forms


def _leaks(item: Secret, text: str, flat: str | None = None) -> list[str]:
    """The forms of the secret found in `text` (or in `flat`, its spaces squeezed)."""
    if flat is None:
        flat = re.sub(r"\s+", " ", text)
    return [form for form in _forms(item.secret, item.text) if form in text or form in flat]


@pytest.mark.parametrize("item", SECRETS, ids=lambda s: f"{s.group}:{s.text[:40]}")
def test_every_secret_is_masked(item: Secret) -> None:
    result = redact(item.text, item.lang, reference=item.reference)
    assert result.changed
    assert _leaks(item, result.text) == []


@pytest.mark.parametrize("item", DETAILS, ids=lambda d: f"{d.group}:{d.detail[:40]}")
def test_every_detail_survives(item: Detail) -> None:
    assert item.detail in redact(item.text, reference=item.reference).text


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_everyday_sentences_pass_untouched(lang: str) -> None:
    changed = [(s, redact(s).text) for s in SENTENCES[lang] if redact(s).changed]
    assert changed == []
    # Joined into one long message they still are.
    joined = ("，" if lang == "zh" else " ").join(SENTENCES[lang])
    assert redact(joined).text == joined


def test_card_markers_keep_the_last_four_digits() -> None:
    assert redact("5555 5555 5555 4444").text == "[card number removed, ending 4444]"
    wide = "6200000000000005".translate({c: c + 0xFEE0 for c in range(0x30, 0x3A)})
    assert redact(f"卡号{wide}", "zh").text == "卡号[已移除银行卡号，尾号 0005]"


def test_every_finding_names_its_detector_and_reason() -> None:
    names = {detector.name for detector in REGISTRY}
    for item in SECRETS:
        for found in findings(item.text, reference=item.reference):
            assert found.reason, item.text
            assert found.detector in names, found


def test_every_detector_declares_kind_and_validator() -> None:
    findings("warm up")  # registers the detectors
    assert len(REGISTRY) >= 10
    for detector in REGISTRY:
        assert detector.kind and detector.validator and detector.name


# --- end to end through the CLI -------------------------------------------------------


def _pack(texts: list[str]) -> Iterator[list[str]]:
    """Group texts into answers of at most `_ANSWER_ROOM` characters."""
    answer: list[str] = []
    size = 0
    for text in texts:
        if answer and size + len(_APART) + len(text) > _ANSWER_ROOM:
            yield answer
            answer, size = [], 0
        answer.append(text)
        size += len(_APART) + len(text)
    if answer:
        yield answer


def _runs(texts: list[str], reference: list[str]) -> list[dict[str, object]]:
    """Answers files that carry every text, each in a free-text answer."""
    answers = [_APART.join(group) for group in _pack(texts)]
    references = [_APART.join(group) for group in _pack(reference)]
    runs = []
    while answers or references:
        run: dict[str, object] = dict(_BASE)
        for question in _TEXT_QUESTIONS:
            run[question] = answers.pop(0) if answers else "2026-11-25 08:00 UTC+8"
        run["reference"] = references.pop(0) if references else ""
        runs.append(run)
    return runs


def _invoke(args: list[str], env: dict[str, str]) -> str:
    result = CliRunner().invoke(app, args, env=env)
    assert result.exit_code == 0, result.output
    return result.output


def _through_the_cli(tmp_path: Path, runs: list[dict[str, object]], lang: str) -> dict[str, str]:
    """Run each answers file through `diagnose`, export each case; return what was written."""
    env = {
        "WALLETSUPPORT_DATA_DIR": str(tmp_path / "data"),
        "WALLETSUPPORT_CONFIG_DIR": str(tmp_path / "config"),
        "WALLETSUPPORT_NOW": "2026-11-25T10:00:00+08:00",
        "COLUMNS": "100",
    }
    seen: dict[str, str] = {"screen": "", "markdown": "", "text": "", "json": ""}
    for number, run in enumerate(runs, 1):
        path = tmp_path / f"answers-{lang}-{number}.yaml"
        path.write_text(yaml.safe_dump(run, allow_unicode=True), encoding="utf-8")
        seen["screen"] += _invoke(
            ["--lang", lang, "diagnose", "failed-withdrawal", "--answers", str(path), "--no-input"],
            env,
        )
        for fmt in ("markdown", "text", "json"):
            seen[fmt] += _invoke(["--lang", lang, "export", str(number), "-f", fmt], env)
    # A diagnosis left unfinished keeps a draft in the database: it is redacted too.
    draft = {
        key: value
        for key, value in runs[0].items()
        if key not in ("when", "timing", "reference", "tried")
    }
    path = tmp_path / f"draft-{lang}.yaml"
    path.write_text(yaml.safe_dump(draft, allow_unicode=True), encoding="utf-8")
    CliRunner().invoke(
        app,
        ["--lang", lang, "diagnose", "failed-withdrawal", "--answers", str(path), "--no-input"],
        env=env,
    )
    folder = tmp_path / "data"
    seen["database"] = b"".join(
        p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    ).decode("utf-8", "replace")
    return seen


def _json_strings(text: str) -> str:
    """Every string value of the concatenated JSON exports, one a line."""
    out: list[str] = []
    decoder = json.JSONDecoder()
    pos = 0
    text = text.strip()

    def walk(value: object) -> None:
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    while pos < len(text):
        value, pos = decoder.raw_decode(text, pos)
        walk(value)
        while pos < len(text) and text[pos].isspace():
            pos += 1
    return "\n".join(out)


def _as_read(fmt: str, text: str) -> str:
    """The export as a reader copies it: Markdown escapes undone, text lines rejoined."""
    if fmt == "markdown":
        return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", text)
    if fmt == "text":
        # Lines rejoined with a space (words) and without (a long token cut at the
        # margin: keeping tokens whole is the text exporter's own rule and test).
        return re.sub(r"[ \t]*\n[ \t]+", " ", text) + "\n" + re.sub(r"[ \t]*\n[ \t]+", "", text)
    if fmt == "json":
        return _json_strings(text)
    return text


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_no_secret_of_the_corpus_reaches_the_database_or_any_export(
    tmp_path: Path, lang: str
) -> None:
    # Every secret in English; in Chinese, the Chinese ones and every fifth other one
    # (the markers differ, the rules do not).
    chosen = [
        item for n, item in enumerate(SECRETS) if lang == "en" or item.lang == "zh" or n % 5 == 0
    ]
    runs = _runs(
        [item.text for item in chosen if not item.reference],
        [item.text for item in chosen if item.reference],
    )
    seen = _through_the_cli(tmp_path, runs, lang)
    flat = {place: re.sub(r"\s+", " ", text) for place, text in seen.items()}
    leaks = {
        place: [item.secret for item in chosen if _leaks(item, text, flat[place])]
        for place, text in seen.items()
    }
    assert leaks == {place: [] for place in seen}
    masked = seen["json"].count("removed") if lang == "en" else seen["json"].count("已移除")
    assert masked >= len(chosen)  # every secret left a marker


def test_every_detail_of_the_corpus_comes_back_exactly(tmp_path: Path) -> None:
    runs = _runs(
        [item.text for item in DETAILS if not item.reference],
        [item.text for item in DETAILS if item.reference],
    )
    seen = _through_the_cli(tmp_path, runs, "en")
    for fmt in ("markdown", "text", "json"):
        read = _as_read(fmt, seen[fmt])
        missing = [item.detail for item in DETAILS if item.detail not in read]
        assert missing == [], fmt
    stored = seen["database"]
    assert [
        item.detail
        for item in DETAILS
        if item.detail not in stored and json.dumps(item.detail)[1:-1] not in stored
    ] == []


def test_the_redaction_benchmark_runs_in_quick_mode() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "redact_speed.py"), "--quick"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "MB/s" in done.stdout


@pytest.mark.parametrize("form", ["NFC", "NFKD"])
@pytest.mark.parametrize("language", ["japanese", "spanish", "korean", "french"])
def test_phrases_pasted_in_either_unicode_form_are_masked(language: str, form: str) -> None:
    import unicodedata

    from mnemonic import Mnemonic

    phrase = unicodedata.normalize(form, Mnemonic(language).to_mnemonic(bytes(range(16))))
    assert redact(phrase).text == "[recovery phrase removed]"


def test_partial_phrases_after_a_cue() -> None:
    from mnemonic import Mnemonic

    words = Mnemonic("english").to_mnemonic(bytes(range(16, 32))).split()
    text = " ".join(words[:6]) + " ... forgot the rest"
    assert redact(text).text == "[recovery phrase removed] ... forgot the rest"
    chinese = " ".join(Mnemonic("chinese_traditional").to_mnemonic(bytes(16)).split()[:8])
    assert redact(f"助记词：{chinese}").text == "助记词：[recovery phrase removed]"
    # Without a cue, eight spaced characters are no phrase.
    assert redact(chinese).text == chinese
