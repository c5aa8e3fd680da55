"""A corpus of secret-laden answers: nothing of them reaches the database file or any export.

Answers are fed to the store raw, as if loaded from an answers file that no
session redacted, so that the store's own redaction is what is tested.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from mnemonic import Mnemonic
from typer.testing import CliRunner

from walletsupport.cases.export import follow_up, render
from walletsupport.cases.store import CaseStore
from walletsupport.cli import app
from walletsupport.diagnosis import engine
from walletsupport.diagnosis.catalog import load_catalog
from walletsupport.redact import redact

NOW = datetime(2026, 11, 24, 16, 5, tzinfo=ZoneInfo("Asia/Shanghai"))
_ENTROPY = hashlib.sha256(b"walletsupport").digest()[:16]
PHRASE_EN = Mnemonic("english").to_mnemonic(_ENTROPY)
PHRASE_ZH = Mnemonic("chinese_simplified").to_mnemonic(_ENTROPY)
PRIVATE_HEX = "3f" * 32
WIF = "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ"
XPRV = ("xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMR"
        "NNU3TGtRBeJgk33yuGBxrMPHi")

# (text a person typed, the secret pieces that must never be seen again)
CORPUS: list[tuple[str, list[str]]] = [
    ("Declined. My password is Hunter22! and the code 482913",
     ["Hunter22!", "482913"]),
    ("Visa 4111 1111 1111 1111, exp 09/28", ["4111 1111 1111 1111", "4111111111111111"]),
    (f"seed: {PHRASE_EN}", [PHRASE_EN, " ".join(PHRASE_EN.split()[3:9])]),
    (f"my private key is {PRIVATE_HEX}", [PRIVATE_HEX]),
    (f"WIF {WIF} and {XPRV}", [WIF, XPRV]),
    ("身份证 11010519491231002X", ["11010519491231002X"]),
    ("我的支付密码是 778899，验证码 539271", ["778899", "539271"]),
    (f"助记词：{PHRASE_ZH}", [PHRASE_ZH, PHRASE_ZH.replace(" ", "")]),
    (f"助记词{PHRASE_ZH.replace(' ', '')}", [PHRASE_ZH.replace(" ", "")]),
    ("银行卡号 6222021234567890128", ["6222021234567890128"]),
    ("PIN: 7788x! (don't tell)", ["7788x!"]),
]
SECRETS = sorted({piece for _, pieces in CORPUS for piece in pieces}, key=len, reverse=True)


def test_the_corpus_is_meaningful():
    # Each entry must be something redact is documented to catch; otherwise the other
    # tests here would prove nothing.
    for text, pieces in CORPUS:
        for lang in ("en", "zh"):
            done = redact(text, lang)
            assert done.changed, text
            assert not any(piece in done.text for piece in pieces), text


def _texts(n: int) -> list[str]:
    return [text for text, _ in CORPUS][n::3]


@pytest.fixture(scope="module")
def flow():
    return load_catalog().get("failed-withdrawal")


def _script(texts: list[str]) -> list[object]:
    # Every free-text question of the reference flow carries secrets.
    return ["rejected", texts[0], "crypto-address", texts[1], True, texts[2], "within",
            "normal", texts[3] if len(texts) > 3 else "yesterday", texts[-1], ["retried"]]


@pytest.fixture
def filled(tmp_path: Path, flow):
    """A database where every way in has been given secrets; returns (folder, planted)."""
    folder = tmp_path / "data"
    planted: Counter[str] = Counter()
    with CaseStore(folder) as store:
        for lang, offset in (("en", 0), ("zh", 1)):
            texts = _texts(offset) + _texts(offset + 1)
            script = _script(texts)
            answers: tuple = ()
            draft = None
            for value in script:
                answers = engine.apply_answer(flow, answers, value)
                draft = store.save_draft(case_id=draft, flow_id=flow.id, answers=answers,
                                         lang=lang, now=NOW)
            case = store.finish(case_id=draft, result=engine.result(flow, answers), lang=lang,
                                now=NOW, redactions={})
            for value in script:
                if isinstance(value, str) and value not in ("rejected", "crypto-address",
                                                            "within", "normal", "yesterday"):
                    planted.update(redact(value, lang).counts())
            for text in _texts(2):
                store.add_note(case.id, f"Support said: {text}", NOW)
                planted.update(redact(text, lang).counts())
            ticket = "CS-1 PIN: 7788x!"
            store.set_ticket(case.id, ticket, NOW)
            planted.update(redact(ticket, lang).counts())
        # A draft left unfinished, as after Ctrl-C.
        store.save_draft(case_id=None, flow_id=flow.id,
                         answers=(("what-happened", "rejected"), ("error-text", CORPUS[0][0])),
                         lang="en", now=NOW)
        yield folder, planted


def _leaks(data: bytes) -> list[str]:
    found = []
    for secret in SECRETS:
        forms = {secret.encode("utf-8"), json.dumps(secret)[1:-1].encode("utf-8"),
                 json.dumps(secret, ensure_ascii=False)[1:-1].encode("utf-8")}
        if any(form in data for form in forms):
            found.append(secret)
    return found


def _database_bytes(folder: Path) -> bytes:
    # The log and the shared-memory file hold recent pages too.
    return b"".join(path.read_bytes() for path in sorted(folder.iterdir()) if path.is_file())


def test_no_secret_reaches_the_database_file_while_open(filled):
    folder, _ = filled
    names = {p.name for p in folder.iterdir()}
    assert "cases.sqlite3" in names
    assert _leaks(_database_bytes(folder)) == []


def test_no_secret_reaches_the_database_file_after_closing(filled):
    folder, _ = filled
    CaseStore(folder).close()
    assert _leaks(_database_bytes(folder)) == []
    with CaseStore(folder) as store:
        assert len(store.list()) == 2  # the data is really there, only redacted
        assert b"[password removed]" in _database_bytes(folder)


@pytest.mark.parametrize("fmt", ["markdown", "text", "json"])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_no_secret_reaches_any_export(filled, fmt, lang):
    folder, _ = filled
    with CaseStore(folder) as store:
        for case in store.list():
            out = render(case, fmt, lang)
            assert _leaks(out.encode("utf-8")) == [], (fmt, lang)


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("escalate", [False, True])
def test_no_secret_reaches_a_follow_up_even_from_the_users_questions(filled, lang, escalate):
    folder, _ = filled
    with CaseStore(folder) as store:
        for case in store.list():
            out = follow_up(case, lang, escalate=escalate,
                            questions=[text for text, _ in CORPUS])
            assert _leaks(out.encode("utf-8")) == []


def test_the_json_export_counts_every_removal(filled):
    folder, planted = filled
    with CaseStore(folder) as store:
        counted: Counter[str] = Counter()
        for case in store.list():
            counted.update(json.loads(render(case, "json", "en"))["redactions"])
    assert counted == planted
    assert set(counted) == {"recovery-phrase", "private-key", "card-number", "id-number",
                            "verification-code", "password"}


def test_no_secret_reaches_the_screen_or_the_command_output(filled, tmp_path):
    folder, _ = filled
    runner = CliRunner()
    env = {"WALLETSUPPORT_DATA_DIR": str(folder), "WALLETSUPPORT_CONFIG_DIR": str(tmp_path / "c"),
           "COLUMNS": "80"}
    outputs = []
    for lang in ("en", "zh"):
        for args in (["cases", "list"], ["cases", "list", "--json"], ["cases", "show", "1"],
                     ["cases", "show", "2", "--json"], ["export", "1"], ["export", "2", "-f",
                     "text"], ["cases", "follow-up", "2", "--ask", CORPUS[0][0]]):
            result = runner.invoke(app, ["--lang", lang, *args], env=env)
            assert result.exit_code == 0, result.output
            outputs.append(result.output)
    # A note typed on the command line is redacted before it is stored or echoed.
    result = runner.invoke(app, ["cases", "note", "1", CORPUS[6][0]], env=env)
    assert result.exit_code == 0
    outputs.append(result.output)
    assert _leaks("\n".join(outputs).encode("utf-8")) == []
    assert _leaks(_database_bytes(folder)) == []
