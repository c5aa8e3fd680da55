"""The hostile corpus: flows and profiles written to slip a scam contact past validation.

Each file in tests/corpus/hostile/{flows,profiles} holds one disguised contact
detail (tests/corpus/hostile/generate.py lists them: dotted and spaced numbers,
full-width and zero-width characters, Chinese numerals, ＠, bare IPs, domain-like
words...) on the line marked ``# <- hostile``. Every one must be refused at
that place, while the same file without it loads.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from walletsupport.contacts.loading import parse_profile
from walletsupport.contactscan import find_contact, find_contacts, unmask
from walletsupport.diagnosis.catalog import load_catalog
from walletsupport.errors import ProfileError

CORPUS = Path(__file__).resolve().parent / "corpus" / "hostile"
FLOWS = sorted((CORPUS / "flows").glob("*.yaml"))
PROFILES = sorted((CORPUS / "profiles").glob("*.yaml"))
MARK = "# <- hostile"
#: The field each generated flow hides its contact in, as validation names it.
FIELDS = {"title_en": "title", "title_zh": "title", "summary_en": "summary",
          "prompt_en": "node 'q': prompt", "label_en": "node 'q': choice 'a'",
          "step_en": "node 'tip': step 'step'", "step_zh": "node 'tip': step 'step'",
          "message_en": "node 'done': message"}


def _marked_line(path: Path) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if MARK in line)


def test_the_corpus_is_all_there():
    assert len(FLOWS) >= 55 and len(PROFILES) >= 55
    assert {p.name for p in FLOWS} <= {p.name for p in PROFILES}


def test_the_control_files_load():
    catalog = load_catalog(paths=[CORPUS / "control-flow.yaml"])
    assert catalog.problems == []
    profile = parse_profile(CORPUS / "control-profile.yaml")
    assert profile.channel("hotline") is not None


@pytest.mark.parametrize("path", FLOWS, ids=lambda p: p.stem)
def test_a_hostile_flow_is_refused_where_it_hides(path):
    catalog = load_catalog(paths=[path])
    errors = catalog.errors
    assert errors, f"{path.name} passed validation"
    assert all("looks like a contact detail" in p.message for p in errors), errors
    # Named by its owner (the node, step or choice, which carries the line) and field.
    where = re.search(r"a flow whose (\w+) holds", path.read_text(encoding="utf-8"))
    assert where is not None
    field = FIELDS[where.group(1)]
    assert any(f"{field} holds what looks like a contact detail" in p.message and
               p.line <= _marked_line(path) for p in errors), errors
    assert not catalog.flows


@pytest.mark.parametrize("path", PROFILES, ids=lambda p: p.stem)
def test_a_hostile_profile_is_refused_where_it_hides(path):
    with pytest.raises(ProfileError) as caught:
        parse_profile(path)
    error = caught.value
    marked = _marked_line(path)
    assert marked - 2 <= error.line <= marked, (str(error), marked)
    assert "channels" in error.detail or "disguised characters" in error.detail


def test_a_listed_number_may_be_repeated_in_a_note_even_spaced(tmp_path):
    text = (CORPUS / "control-profile.yaml").read_text(encoding="utf-8")
    path = tmp_path / "spaced.yaml"
    path.write_text(text.replace('"Dial 95188 from', '"Dial 9 5 1 8 8 from'), encoding="utf-8")
    assert parse_profile(path).channel("hotline") is not None


def test_an_official_subdomain_in_a_note_is_allowed_but_a_longer_one_is_not(tmp_path):
    text = (CORPUS / "control-profile.yaml").read_text(encoding="utf-8")
    ok = tmp_path / "ok.yaml"
    ok.write_text(text.replace("testwallet.com/help.", "help.testwallet.com."), encoding="utf-8")
    parse_profile(ok)
    bad = tmp_path / "bad.yaml"
    bad.write_text(text.replace("testwallet.com/help.", "testwallet.com.verify-id.top."),
                   encoding="utf-8")
    with pytest.raises(ProfileError, match="testwallet.com.verify-id.top"):
        parse_profile(bad)


def test_a_hostile_flow_in_an_extra_folder_is_named_and_not_offered(tmp_path):
    folder = tmp_path / "extra"
    folder.mkdir()
    source = CORPUS / "flows" / "phone-chinese-numerals.yaml"
    (folder / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "walletsupport", "--flows-dir", str(folder), "--plain",
         "diagnose", "hostile-phone-chinese-numerals"],
        input="", capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 1
    assert "looks like a contact detail ('13800138000')" in result.stderr
    assert "internal error" not in result.stderr


# -- the scanner on its own ------------------------------------------------------------------

#: Ordinary flow wording that must not read as a contact detail.
HARMLESS = [
    "A fee of ¥10,000 × 0.1% = ¥10.00 is charged.",
    "Withdrawals over 50,000 元 take 1–3 working days.",
    "It happened on 2026-11-03 at 10:30, or 03/11/2026.",
    "Rates run from 0.1% to 1.5%, about 12345.67 in all.",
    "Open Me / Account → Help or Customer service.",
    "Look for 冻结, 挂失 or 客服中心 in the app.",
    "e.g. the app shows a red banner; i.e. it is locked.",
    "Amounts up to 1,000,000,000,000,000 are taken.",
    "WeChat Pay and Alipay both show it.",
    "Step 3. Check the receipt.",
    "一二三 are the first three steps.",
    "Version 2.5 of the app moved the button.",
    "(amount × 2) + fixed-fee",
    "The flows/tests/fees.yaml scenarios check the sums.",
]


@pytest.mark.parametrize("text", HARMLESS)
def test_ordinary_wording_holds_no_contact(text):
    assert find_contacts(text) == []


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("拨打一三八〇〇一三八〇〇〇", "phone", "13800138000"),
    ("Call 138.0013.8000.", "phone", "138.0013.8000"),
    ("help＠qq．com", "email", "help@qq.com"),
    ("visit wallet.support", "domain", "wallet.support"),
    ("185。23。4。77", "ip", "185.23.4.77"),
    ("加微信kefu888", "handle", "kefu888"),
])
def test_each_kind_is_read_once_unmasked(text, kind, value):
    found = find_contacts(text)
    assert [(c.kind, c.value) for c in found] == [(kind, value)]


def test_unmask_undoes_width_invisibles_and_numerals():
    assert unmask("１３８\u200b０") == "1380"
    assert unmask("一三八〇〇") == "13800"
    assert unmask("一三八") == "一三八"  # too short to be a number read out
    assert unmask("wallet[dot]support") == "wallet.support"


def test_long_texts_are_scanned_whole():
    # A contact at the very end of a long, awkward text is still found (no cut-off).
    for filler in ("1" * 200_000, "a." * 100_000, "@" * 100_000, "1.2." * 50_000,
                   "一二三四" * 50_000, "a-" * 100_000):
        assert find_contact(filler + " call 138 0013 8000") is not None


# -- properties: any text, and any number disguised with the usual tricks --------------------

from hypothesis import HealthCheck, assume, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from .conftest import examples  # noqa: E402

_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_HANZI = str.maketrans("0123456789", "〇一二三四五六七八九")
_DATE_LIKE = re.compile(r"\d{4}[-/]\d{1,2}[-/]\d{1,2}|\d{1,2}[-/]\d{1,2}[-/]\d{4}")


@settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_text_is_scanned_without_error(text):
    for contact in find_contacts(text):
        assert contact.value  # each finding names what it found


@settings(max_examples=examples(400), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(digits=st.text("0123456789", min_size=8, max_size=12),
       gaps=st.lists(st.sampled_from(["", "", " ", "-", "/", "\u200b", "\u200d", "\u2060",
                                      "\u00ad", "\ufeff", " - ", "\u3000"]),
                     min_size=12, max_size=12),
       script=st.sampled_from(["ascii", "full-width", "hanzi"]),
       words=st.sampled_from([("Call ", " now."), ("请拨打", "联系客服。"), ("(", ")"), ("", "")]))
def test_a_number_disguised_any_usual_way_is_found(digits, gaps, script, words):
    written = "".join(d + gap for d, gap in zip(digits, gaps, strict=False)).rstrip(
        " -/\u3000")
    assume(not _DATE_LIKE.search(unmask(written)))  # a date is not a number to call
    if script == "full-width":
        written = written.translate(_FULL_WIDTH)
    elif script == "hanzi":
        written = written.translate(_HANZI)
    found = find_contacts(words[0] + written + words[1])
    assert any(c.kind == "phone" and re.sub(r"\D", "", c.value) == digits for c in found), (
        written, found)
