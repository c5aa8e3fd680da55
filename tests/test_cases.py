"""The case store: drafts, finished cases, notes, privacy of the file, concurrent writers."""

from __future__ import annotations

import json
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from walletsupport.cases import store as cases_module
from walletsupport.cases.store import STATUSES, CaseStore, parse_case_id
from walletsupport.diagnosis import engine
from walletsupport.diagnosis.catalog import load_catalog
from walletsupport.errors import CaseNotFound, UsageError, WalletSupportError

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 24, 16, 5, tzinfo=SHANGHAI)

# A path through the reference flow that passes every kind of question.
SCRIPT: list[object] = [
    "rejected",
    "E1021: daily withdrawal limit exceeded",
    "bank-card",
    "ICBC, card ending 4821",
    False,  # details checked?
    True,  # found a mistake
    False,  # retry worked?
    "5,000 CNY",
    "within",
    "normal",
    "2026-11-24 15:30, UTC+8",
    "OD20261124001",
    ["retried", "contacted-support"],
]


@pytest.fixture(scope="module")
def flow():
    return load_catalog().get("failed-withdrawal")


def answer_all(flow, script):
    answers: tuple = ()
    for value in script:
        answers = engine.apply_answer(flow, answers, value)
    return answers


@pytest.fixture
def store(tmp_path: Path):
    with CaseStore(tmp_path / "data") as opened:
        yield opened


def finished(store, flow, script=SCRIPT, now=NOW, redactions=None, case_id=None, lang="en"):
    result = engine.result(flow, answer_all(flow, script))
    return store.finish(case_id=case_id, result=result, lang=lang, now=now,
                        redactions=redactions or {})


# -- the file ---------------------------------------------------------------------------


def test_store_creates_a_private_folder_and_file_in_wal_mode(tmp_path: Path):
    store = CaseStore(tmp_path / "deep" / "data")
    assert store.path == tmp_path / "deep" / "data" / "cases.sqlite3"
    store.save_draft(case_id=None, flow_id="x", answers=(), lang="en", now=NOW)
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(store.path.parent.stat().st_mode) == 0o700
    with sqlite3.connect(store.path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    for extra in store.path.parent.glob("cases.sqlite3-*"):  # -wal and -shm follow the file
        assert stat.S_IMODE(extra.stat().st_mode) & 0o077 == 0
    store.close()


def test_a_database_readable_by_others_is_made_private(tmp_path: Path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "cases.sqlite3").touch(mode=0o644)
    (folder / "cases.sqlite3").chmod(0o644)
    with CaseStore(folder) as store:
        store.list()
    assert stat.S_IMODE((folder / "cases.sqlite3").stat().st_mode) == 0o600


def test_a_file_that_is_not_a_database_is_one_clear_error(tmp_path: Path):
    (tmp_path / "cases.sqlite3").write_text("this is not sqlite " * 100)
    with pytest.raises(WalletSupportError) as caught:
        CaseStore(tmp_path).list()
    assert caught.value.key == "cases.bad-db"
    assert "\n" not in caught.value.render("zh")


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path):
    with CaseStore(tmp_path) as store:
        store.list()
    with sqlite3.connect(tmp_path / "cases.sqlite3") as db:
        db.execute("PRAGMA user_version = 99")
    with pytest.raises(WalletSupportError) as caught:
        CaseStore(tmp_path).list()
    assert caught.value.key == "cases.newer-db"


def test_an_unwritable_folder_is_one_clear_error(tmp_path: Path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(WalletSupportError) as caught:
        CaseStore(blocker / "data").list()
    assert caught.value.key in ("cases.cannot-open",)


# -- drafts -----------------------------------------------------------------------------


def test_a_draft_keeps_answers_of_every_type(store):
    answers = (("a", "text"), ("b", True), ("c", False), ("d", ("x", "y")), ("e", ()))
    draft_id = store.save_draft(case_id=None, flow_id="f", answers=answers, lang="zh", now=NOW)
    draft = store.latest_draft()
    assert draft is not None
    assert draft.id == draft_id
    assert draft.flow_id == "f"
    assert draft.answers == answers
    assert isinstance(draft.answers[3][1], tuple)
    assert draft.lang == "zh"
    assert draft.created == NOW and draft.updated == NOW
    assert draft.created.utcoffset() == timedelta(hours=8)


def test_saving_again_updates_the_same_draft(store):
    first = store.save_draft(case_id=None, flow_id="f", answers=(("a", "1"),), lang="en",
                             now=NOW)
    later = NOW + timedelta(minutes=3)
    again = store.save_draft(case_id=first, flow_id="f", answers=(("a", "1"), ("b", True)),
                             lang="en", now=later)
    assert again == first
    draft = store.latest_draft()
    assert draft.answers == (("a", "1"), ("b", True))
    assert draft.created == NOW and draft.updated == later
    assert len(store.drafts()) == 1


def test_a_draft_deleted_meanwhile_is_saved_as_a_new_one(store):
    first = store.save_draft(case_id=None, flow_id="f", answers=(), lang="en", now=NOW)
    store.drop_draft(first)
    second = store.save_draft(case_id=first, flow_id="f", answers=(("a", "x"),), lang="en",
                              now=NOW)
    assert second != first
    assert store.latest_draft().answers == (("a", "x"),)


def test_latest_draft_is_the_most_recent_instant_and_can_be_limited_to_a_flow(store):
    utc_later = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)  # 17:00 in Shanghai: later than NOW
    a = store.save_draft(case_id=None, flow_id="one", answers=(), lang="en", now=utc_later)
    b = store.save_draft(case_id=None, flow_id="two", answers=(), lang="en", now=NOW)
    assert store.latest_draft().id == a
    assert store.latest_draft("two").id == b
    assert store.latest_draft("three") is None


def test_drop_draft_forgets_it_and_never_touches_a_case(store, flow):
    draft = store.save_draft(case_id=None, flow_id="f", answers=(), lang="en", now=NOW)
    store.drop_draft(draft)
    assert store.latest_draft() is None
    case = finished(store, flow)
    store.drop_draft(case.id)
    assert store.get(case.id).id == case.id


def test_free_text_in_a_draft_is_redacted_before_it_is_stored(store):
    secret = "my password is Hunter22!"
    store.save_draft(case_id=None, flow_id="f", answers=(("q", secret),), lang="en", now=NOW)
    stored = store.latest_draft().answers[0][1]
    assert "Hunter22!" not in stored
    assert "[password removed]" in stored


def test_no_draft_at_all(store):
    assert store.latest_draft() is None
    assert store.drafts() == []


# -- finishing --------------------------------------------------------------------------


def test_finish_turns_the_draft_into_an_open_case_with_the_same_id(store, flow):
    answers = answer_all(flow, SCRIPT)
    draft = store.save_draft(case_id=None, flow_id=flow.id, answers=answers[:3], lang="en",
                             now=NOW)
    done = NOW + timedelta(minutes=10)
    case = store.finish(case_id=draft, result=engine.result(flow, answers), lang="en", now=done,
                        redactions={})
    assert case.id == draft
    assert case.status == "open"
    assert case.created == NOW  # when the diagnosis began
    assert case.updated == done
    assert store.latest_draft() is None
    assert [c.id for c in store.list()] == [draft]


def test_finish_without_a_draft_creates_the_case(store, flow):
    case = finished(store, flow)
    assert case.status == "open"
    assert case.created == NOW
    assert case.zone == "Asia/Shanghai"


def test_the_record_is_complete_and_in_both_languages(store, flow):
    case = finished(store, flow, lang="zh")
    assert case.flow_id == "failed-withdrawal"
    assert case.flow_title == {"en": "A withdrawal failed or hasn't arrived",
                               "zh": "提现失败或迟迟没到账"}
    assert case.outcome == "contact-support"
    assert case.message["en"].startswith("This needs the wallet's support team")
    assert case.message["zh"].startswith("请准备好下面的清单")
    assert case.recommend == ("chat", "in-app", "phone")
    assert case.lang == "zh"
    # Answers: in the order asked, each with its prompt and how it reads, in both languages.
    asked = [a.question for a in case.answers]
    assert asked == ["what-happened", "error-text", "destination", "destination-detail",
                     "details-checked", "fixed-details", "retry-worked", "amount", "limits",
                     "account-state", "when", "reference", "tried"]
    first = case.answers[0]
    assert first.kind == "select"
    assert first.value == "rejected"
    assert first.prompt == {"en": "What happened to the withdrawal?",
                            "zh": "这笔提现现在是什么情况？"}
    assert first.display == {"en": "It was refused straight away with an error",
                             "zh": "提交后直接失败，有错误提示"}
    confirm = case.answers[4]
    assert confirm.value is False
    assert confirm.display == {"en": "no", "zh": "否"}
    tried = case.answers[-1]
    assert tried.value == ("retried", "contacted-support")
    assert tried.display["zh"] == "重新提交过提现；已经联系过钱包客服"
    text = case.answers[1]
    assert text.kind == "text"
    assert text.display == {"en": "E1021: daily withdrawal limit exceeded",
                            "zh": "E1021: daily withdrawal limit exceeded"}
    # Advice: node, title and the steps that applied, with severities.
    assert [a.node for a in case.advice] == ["check-details", "retry-advice", "what-to-do"]
    check = case.advice[0]
    assert check.title["zh"] == "先核对提现信息"
    assert [(s.id, s.severity) for s in check.steps] == [("name-matches", "warning"),
                                                         ("number-and-bank", "warning")]
    assert check.steps[0].text["en"].startswith("The account holder's name must match")
    # Checklist: filled from the answers, or still open with its hint.
    by_id = {item.id: item for item in case.checklist}
    assert by_id["amount"].value == {"en": "5,000 CNY", "zh": "5,000 CNY"}
    assert by_id["amount"].filled
    assert by_id["destination"].value == {"en": "A bank card or bank account",
                                          "zh": "银行卡或银行账户"}
    assert by_id["screenshots"].value is None
    assert not by_id["screenshots"].filled
    assert by_id["screenshots"].hint["zh"] == "发送前，请遮住上面完整的账号、密码和验证码。"
    assert by_id["time"].label["en"] == "When the withdrawal was submitted"
    assert case.path[0] == "what-happened" and case.path[-1] == "end-support"
    assert case.redactions == {}


def test_the_record_does_not_depend_on_the_flow_file(tmp_path: Path):
    folder = tmp_path / "flows"
    folder.mkdir()
    (folder / "tiny.yaml").write_text(textwrap.dedent("""\
        id: tiny
        title: {en: A tiny problem, zh: 小问题}
        summary: {en: Only for tests., zh: 仅供测试。}
        keywords: {en: [tiny], zh: [小]}
        start: what
        nodes:
          what:
            kind: text
            prompt: {en: "What happened?", zh: 发生了什么？}
            next: done
          done:
            kind: end
            outcome: resolved
            message: {en: All good., zh: 没问题了。}
        checklist:
          - id: what
            label: {en: What happened, zh: 经过}
            from: what
        """), encoding="utf-8")
    flow = load_catalog(paths=[folder]).get("tiny")
    result = engine.result(flow, engine.apply_answer(flow, (), "It broke"))
    with CaseStore(tmp_path / "data") as store:
        case_id = store.finish(case_id=None, result=result, lang="en", now=NOW,
                               redactions={}).id
    (folder / "tiny.yaml").unlink()
    with CaseStore(tmp_path / "data") as store:
        case = store.get(case_id)
    assert case.flow_title == {"en": "A tiny problem", "zh": "小问题"}
    assert case.answers[0].display == {"en": "It broke", "zh": "It broke"}
    assert case.checklist[0].value == {"en": "It broke", "zh": "It broke"}
    assert case.message == {"en": "All good.", "zh": "没问题了。"}


def test_finish_redacts_answers_again_and_adds_what_it_found(store, flow):
    script = list(SCRIPT)
    script[1] = "Declined. My password is Hunter22!"
    script[7] = "card 4111 1111 1111 1111"  # not the last-4-digits answer: that one is cut
    case = finished(store, flow, script, redactions={"verification-code": 2})
    assert case.redactions == {"card-number": 1, "password": 1, "verification-code": 2}
    error = case.answers[1]
    assert error.value == "Declined. My password is [password removed]"
    assert error.display["zh"] == "Declined. My password is [password removed]"
    items = {i.id: i for i in case.checklist}
    assert items["amount"].value["en"] == "card [card number removed, ending 1111]"
    assert items["error"].value["zh"] == "Declined. My password is [password removed]"


def test_times_keep_their_offset_and_name_their_zone_when_known(store, flow, monkeypatch):
    monkeypatch.setattr(cases_module, "_local_zone", lambda: "Asia/Shanghai")
    plus8 = datetime(2026, 11, 24, 16, 5, tzinfo=timezone(timedelta(hours=8)))
    case = finished(store, flow, now=plus8)
    assert case.created.isoformat() == "2026-11-24T16:05:00+08:00"
    assert case.zone == "Asia/Shanghai"  # the machine's zone, as the offsets agree
    plus2 = datetime(2026, 11, 24, 10, 5, tzinfo=timezone(timedelta(hours=2)))
    assert finished(store, flow, now=plus2).zone is None  # not the machine's zone: no guess
    monkeypatch.setattr(cases_module, "_local_zone", lambda: None)
    assert finished(store, flow, now=plus8).zone is None
    assert finished(store, flow, now=NOW).zone == "Asia/Shanghai"  # a ZoneInfo names itself


# -- reading ----------------------------------------------------------------------------


def test_an_unknown_id_is_case_not_found_with_a_one_line_message(store):
    with pytest.raises(CaseNotFound) as caught:
        store.get(42)
    assert caught.value.exit_code == 1
    assert caught.value.key == "errors.unknown-case"
    assert caught.value.render("en") == ("No case with id 42. 'walletsupport cases list' "
                                         "shows the saved cases.")
    assert "\n" not in caught.value.render("zh")


def test_a_draft_is_not_a_case(store):
    draft = store.save_draft(case_id=None, flow_id="f", answers=(), lang="en", now=NOW)
    with pytest.raises(CaseNotFound):
        store.get(draft)
    assert store.list() == []


def test_latest_without_cases_is_a_usage_error(store):
    with pytest.raises(UsageError) as caught:
        store.latest()
    assert caught.value.exit_code == 2
    assert caught.value.key == "errors.no-cases"


def test_latest_is_the_case_finished_last(store, flow):
    answers = answer_all(flow, SCRIPT)
    early_draft = store.save_draft(case_id=None, flow_id=flow.id, answers=answers, lang="en",
                                   now=NOW)
    other = finished(store, flow, now=NOW + timedelta(hours=1))
    assert store.latest().id == other.id
    resumed = store.finish(case_id=early_draft, result=engine.result(flow, answers), lang="en",
                           now=NOW + timedelta(hours=2), redactions={})
    assert store.latest().id == resumed.id == early_draft


def test_list_gives_every_case_oldest_first_with_its_notes(store, flow):
    one = finished(store, flow)
    two = finished(store, flow)
    store.add_note(two.id, "They are checking with the bank.", NOW)
    listed = store.list()
    assert [c.id for c in listed] == [one.id, two.id]
    assert listed[1].notes[0].text == "They are checking with the bank."
    assert listed[0].notes == ()


def test_parse_case_id():
    assert parse_case_id("12") == 12
    assert parse_case_id(" #7 ") == 7
    for bad in ("abc", "-1", "1.5", "١٢", ""):
        with pytest.raises(CaseNotFound):
            parse_case_id(bad)


# -- changing a case --------------------------------------------------------------------


def test_set_ticket_and_clear_it(store, flow):
    case = finished(store, flow)
    later = NOW + timedelta(days=1)
    changed = store.set_ticket(case.id, "  CS-2026-114455 ", later)
    assert changed.ticket == "CS-2026-114455"
    assert changed.updated == later
    assert store.set_ticket(case.id, "", later).ticket is None


def test_a_ticket_is_redacted_too(store, flow):
    case = finished(store, flow)
    changed = store.set_ticket(case.id, "pwd: s3cret!x", NOW)
    assert "s3cret" not in (changed.ticket or "")
    assert changed.redactions == {"password": 1}


def test_notes_are_redacted_counted_and_kept_in_order(store, flow):
    case = finished(store, flow)
    t1 = datetime(2026, 11, 25, 10, 0, tzinfo=SHANGHAI)
    store.add_note(case.id, "Agent said: wait 2 working days.", t1)
    changed = store.add_note(case.id, "They asked for the code 482913, I refused.", t1 +
                             timedelta(days=2))
    assert [n.text for n in changed.notes] == [
        "Agent said: wait 2 working days.",
        "They asked for the code [verification code removed], I refused.",
    ]
    assert changed.notes[0].at == t1 and changed.notes[0].zone == "Asia/Shanghai"
    assert changed.redactions == {"verification-code": 1}
    assert changed.updated == t1 + timedelta(days=2)


def test_an_empty_note_is_refused(store, flow):
    case = finished(store, flow)
    with pytest.raises(UsageError) as caught:
        store.add_note(case.id, "   ", NOW)
    assert caught.value.key == "cases.empty-note"


@pytest.mark.parametrize("status", STATUSES)
def test_each_status_can_be_set(store, flow, status):
    case = finished(store, flow)
    assert store.set_status(case.id, status, NOW).status == status


def test_an_unknown_status_is_a_usage_error_listing_the_valid_ones(store, flow):
    case = finished(store, flow)
    with pytest.raises(UsageError) as caught:
        store.set_status(case.id, "finished", NOW)
    assert caught.value.render("en") == ("Unknown status 'finished'. "
                                         "Use one of: open, waiting, escalated, resolved, closed")
    assert store.get(case.id).status == "open"


@pytest.mark.parametrize(("typed", "status"), [
    ("已升级", "escalated"), ("升级", "escalated"), ("已解决", "resolved"), ("等待中", "waiting"),
    ("等待答复", "waiting"), ("待处理", "open"), ("已结束", "closed"), (" Waiting ", "waiting")])
def test_a_status_can_be_typed_in_chinese(store, flow, typed, status):
    case = finished(store, flow)
    assert store.set_status(case.id, typed, NOW).status == status


@pytest.mark.parametrize("change", [
    lambda s: s.set_ticket(9, "x", NOW),
    lambda s: s.add_note(9, "x", NOW),
    lambda s: s.set_status(9, "open", NOW),
    lambda s: s.delete(9),
])
def test_changing_an_unknown_case_is_case_not_found(store, change):
    with pytest.raises(CaseNotFound):
        change(store)


def test_delete_removes_the_case_and_its_notes_and_never_reuses_the_id(store, flow):
    case = finished(store, flow)
    store.add_note(case.id, "note", NOW)
    store.delete(case.id)
    with pytest.raises(CaseNotFound):
        store.get(case.id)
    with sqlite3.connect(store.path) as db:
        assert db.execute("SELECT COUNT(*) FROM notes").fetchone()[0] == 0
    assert finished(store, flow).id == case.id + 1


def test_delete_also_removes_a_draft(store):
    draft = store.save_draft(case_id=None, flow_id="f", answers=(), lang="en", now=NOW)
    store.delete(draft)
    assert store.latest_draft() is None


# -- several processes at once ----------------------------------------------------------

WRITER = textwrap.dedent("""
    import sys
    from datetime import datetime, timezone
    from pathlib import Path
    from walletsupport.diagnosis import engine
    from walletsupport.cases.store import CaseStore
    from walletsupport.diagnosis.catalog import load_catalog

    folder, worker, count = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    flow = load_catalog().get("failed-withdrawal")
    script = ["pending", "bank-card", "", True, "", "normal", "yesterday 10:00",
              "inside-window", "", []]
    answers = ()
    for value in script:
        answers = engine.apply_answer(flow, answers, value)
    result = engine.result(flow, answers)
    now = datetime.now(timezone.utc)
    store = CaseStore(folder)
    for i in range(count):
        store.add_note(1, f"worker {worker} note {i}", now)
        draft = store.save_draft(case_id=None, flow_id=flow.id, answers=answers[:2],
                                 lang="en", now=now)
        store.save_draft(case_id=draft, flow_id=flow.id, answers=answers, lang="en", now=now)
        store.finish(case_id=draft, result=result, lang="en", now=now,
                     redactions={"password": 1})
        store.set_status(1, ("open", "waiting")[i % 2], now)
    store.close()
""")


def _run_writers(folder: Path, workers: int, count: int) -> None:
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(folder), str(w), str(count)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for w in range(workers)]
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err.decode()


def test_concurrent_processes_lose_no_write(tmp_path: Path, flow):
    folder = tmp_path / "data"
    with CaseStore(folder) as store:
        first = finished(store, flow)
    assert first.id == 1
    workers, count = 6, 12
    _run_writers(folder, workers, count)
    with CaseStore(folder) as store:
        case = store.get(1)
        notes = {n.text for n in case.notes}
        assert notes == {f"worker {w} note {i}" for w in range(workers) for i in range(count)}
        assert len(case.notes) == workers * count
        assert len(store.list()) == 1 + workers * count
        assert store.drafts() == []
        assert all(c.redactions == {"password": 1} for c in store.list()[1:])


def test_concurrent_processes_can_all_create_the_database(tmp_path: Path, flow):
    folder = tmp_path / "fresh"  # nobody has created the file yet: they race for it
    script = textwrap.dedent("""
        import sys
        from datetime import datetime, timezone
        from pathlib import Path
        from walletsupport.cases.store import CaseStore
        store = CaseStore(Path(sys.argv[1]))
        for i in range(10):
            store.save_draft(case_id=None, flow_id=f"w{sys.argv[2]}", answers=(("i", str(i)),),
                             lang="en", now=datetime.now(timezone.utc))
    """)
    procs = [subprocess.Popen([sys.executable, "-c", script, str(folder), str(w)],
                              stderr=subprocess.PIPE) for w in range(8)]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err.decode()
    with CaseStore(folder) as store:
        assert len(store.drafts()) == 80


# -- Ctrl-C in the middle of a diagnosis -----------------------------------------------

INTERRUPTED = textwrap.dedent("""
    import json, os, signal, sys
    from datetime import datetime, timezone
    from pathlib import Path
    from walletsupport.diagnosis import engine
    from walletsupport.cases.store import CaseStore
    from walletsupport.diagnosis.catalog import load_catalog

    flow = load_catalog().get("failed-withdrawal")
    store = CaseStore(Path(sys.argv[1]))
    script = json.loads(sys.argv[2])
    answers, draft = (), None
    for number, value in enumerate(script):
        answers = engine.apply_answer(flow, answers, value)
        draft = store.save_draft(case_id=draft, flow_id=flow.id, answers=answers, lang="zh",
                                 now=datetime.now(timezone.utc))
        if number == 4:
            os.kill(os.getpid(), signal.SIGINT)  # the user presses Ctrl-C
    """)


def test_a_diagnosis_stopped_by_ctrl_c_resumes_from_its_draft(tmp_path: Path, flow):
    folder = tmp_path / "data"
    proc = subprocess.run([sys.executable, "-c", INTERRUPTED, str(folder), json.dumps(SCRIPT)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode != 0
    assert "KeyboardInterrupt" in proc.stderr
    with CaseStore(folder) as store:
        draft = store.latest_draft("failed-withdrawal")
        assert draft is not None
        assert draft.lang == "zh"
        assert draft.answers == answer_all(flow, SCRIPT[:5])
        # Resuming: replay the kept answers, answer the rest, finish the same case.
        answers = draft.answers
        for value in SCRIPT[5:]:
            answers = engine.apply_answer(flow, answers, value)
        case = store.finish(case_id=draft.id, result=engine.result(flow, answers), lang="zh",
                            now=NOW, redactions={})
        assert case.id == draft.id
        assert store.latest_draft() is None
        assert len(case.answers) == len(SCRIPT)


def test_sigint_handler_is_untouched_by_the_store(tmp_path: Path):
    before = signal.getsignal(signal.SIGINT)
    with CaseStore(tmp_path) as store:
        store.list()
    assert signal.getsignal(signal.SIGINT) is before


def test_a_write_the_database_refuses_is_one_clear_error_and_changes_nothing(tmp_path: Path,
                                                                             flow):
    with CaseStore(tmp_path) as store:
        case = finished(store, flow)
    holder = sqlite3.connect(tmp_path / "cases.sqlite3", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another process holding the lock for too long
    try:
        store = CaseStore(tmp_path)
        store.list()
        store._db.execute("PRAGMA busy_timeout = 50")
        with pytest.raises(WalletSupportError) as caught:
            store.add_note(case.id, "a note", NOW)
        assert caught.value.key == "faults.db-busy"
        assert "another walletsupport" in caught.value.render("en")
        assert "move" not in caught.value.render("en").lower()
        assert "\n" not in caught.value.render("zh")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert store.get(case.id).notes == ()
    store.close()


# -- the schema grows without losing a case ---------------------------------------------


def _version_1_file(folder: Path, flow) -> Path:
    """A file as the first schema wrote it: two finished cases (one with a note), a draft."""
    folder.mkdir(parents=True)
    path = folder / cases_module.DB_NAME
    record, _ = cases_module._record(engine.result(flow, answer_all(flow, SCRIPT)), "en")
    db = sqlite3.connect(path)
    db.executescript(cases_module._SCHEMA_V1)
    for status in ("open", "resolved"):
        db.execute(
            "INSERT INTO cases (status, flow_id, lang, created, updated, finished, zone, ticket, "
            "answers, record, redactions) VALUES (?, ?, 'en', ?, ?, ?, 'Asia/Shanghai', ?, ?, ?, "
            "'{}')", (status, flow.id, NOW.isoformat(), NOW.isoformat(), NOW.isoformat(),
                      "CS-1" if status == "resolved" else None,
                      json.dumps([[a["question"], a["value"]] for a in record["answers"]]),
                      json.dumps(record)))
    db.execute("INSERT INTO notes (case_id, at, zone, text) VALUES (2, ?, NULL, 'refund soon')",
               (NOW.isoformat(),))
    db.execute("INSERT INTO cases (status, flow_id, lang, created, updated, zone, answers) "
               "VALUES ('draft', ?, 'en', ?, ?, NULL, ?)",
               (flow.id, NOW.isoformat(), NOW.isoformat(), json.dumps([["what-happened",
                                                                         "rejected"]])))
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()
    return path


def test_a_version_1_file_is_migrated_keeping_every_case(tmp_path: Path, flow):
    path = _version_1_file(tmp_path / "data", flow)
    before = sqlite3.connect(path).execute("SELECT * FROM cases ORDER BY id").fetchall()
    with CaseStore(tmp_path / "data") as store:
        cases, total = store.summaries()
        drafts, waiting = store.summaries(drafts=True)
        first, second = store.get(1), store.get(2)
    assert total == 2 and waiting == 1
    assert [(c.id, c.status, c.outcome, c.ticket, c.notes) for c in cases] == [
        (1, "open", first.outcome, None, 0), (2, "resolved", second.outcome, "CS-1", 1)]
    assert cases[0].title == {"en": "A withdrawal failed or hasn't arrived",
                              "zh": "提现失败或迟迟没到账"}
    assert [(d.id, d.flow_id, d.title) for d in drafts] == [(3, flow.id, None)]
    assert second.notes[0].text == "refund soon" and second.answers == first.answers
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == cases_module._SCHEMA_VERSION
    # Every value the first schema held is still there, unchanged.
    after = db.execute("SELECT id, status, flow_id, lang, created, updated, finished, zone, "
                       "ticket, answers, record, redactions FROM cases ORDER BY id").fetchall()
    assert after == before
    indexes = {row[1] for row in db.execute("PRAGMA index_list(cases)")}
    assert {"cases_by_status", "cases_by_finished"} <= indexes


def test_a_file_numbered_2_without_the_list_columns_is_repaired_keeping_every_case(
        tmp_path: Path, flow):
    """A development build numbered its own second step 2 (title_en, title_zh): such a file
    gets the list's columns added in place, not 'move it aside'."""
    path = _version_1_file(tmp_path / "data", flow)
    db = sqlite3.connect(path)
    db.execute("ALTER TABLE cases ADD COLUMN title_en TEXT")
    db.execute("PRAGMA user_version = 2")
    db.commit()
    db.close()
    with CaseStore(tmp_path / "data") as store:
        cases, total = store.summaries()
    assert total == 2
    assert cases[0].title == {"en": "A withdrawal failed or hasn't arrived",
                              "zh": "提现失败或迟迟没到账"}


def test_a_file_lacking_core_columns_is_still_refused(tmp_path: Path):
    (tmp_path / "data").mkdir()
    db = sqlite3.connect(tmp_path / "data" / "cases.sqlite3")
    db.execute("CREATE TABLE cases (id INTEGER PRIMARY KEY, note TEXT)")
    db.execute("PRAGMA user_version = 2")
    db.commit()
    db.close()
    with pytest.raises(WalletSupportError):
        CaseStore(tmp_path / "data").list()


def test_a_new_schema_step_runs_once_and_adds_its_column(tmp_path: Path, monkeypatch):
    """Adding a column is one step at the end of _MIGRATIONS."""
    with CaseStore(tmp_path / "data") as store:
        store.save_draft(case_id=None, flow_id="x", answers=(), lang="en", now=NOW)
    runs = []

    def step(db):
        runs.append(1)
        cases_module._add_column(db, "cases", "provider", "TEXT")

    monkeypatch.setattr(cases_module, "_MIGRATIONS", (*cases_module._MIGRATIONS, step))
    monkeypatch.setattr(cases_module, "_SCHEMA_VERSION", len(cases_module._MIGRATIONS))
    for _ in range(2):
        with CaseStore(tmp_path / "data") as store:
            assert store.summaries(drafts=True)[1] == 1
    assert runs == [1]
    db = sqlite3.connect(tmp_path / "data" / cases_module.DB_NAME)
    assert "provider" in {row[1] for row in db.execute("PRAGMA table_info(cases)")}


def test_summaries_read_only_the_shown_columns(store, flow):
    answers = answer_all(flow, SCRIPT)
    for _ in range(3):
        store.finish(case_id=None, result=engine.result(flow, answers), lang="en", now=NOW,
                     redactions={})
    store.add_note(3, "called back", NOW)
    statements: list[str] = []
    store._connect().set_trace_callback(statements.append)
    rows, total = store.summaries(limit=2)
    assert [r.id for r in rows] == [2, 3] and total == 3 and rows[1].notes == 1
    assert rows[0].outcome == store.get(2).outcome
    assert not any("record" in s or "answers" in s for s in statements[:2])


def test_streamed_summaries_are_the_listed_ones_read_a_batch_at_a_time(store, flow):
    for _ in range(5):
        finished(store, flow)
    store.set_status(2, "waiting", NOW)
    store.save_draft(case_id=None, flow_id=flow.id, answers=answer_all(flow, SCRIPT[:2]),
                     lang="en", now=NOW, flow=flow)
    store._connect().execute("UPDATE cases SET created = 'not a date' WHERE id = 4")
    listed = store.summaries()[0]
    assert [d.case_id for d in store.unreadable] == [4]
    assert [s.id for s in listed] == [1, 2, 3, 5]
    assert list(store.stream_summaries(batch=2)) == listed
    assert [d.case_id for d in store.unreadable] == [4, 4]  # named again, the others listed
    assert [s.id for s in store.stream_summaries(status="waiting")] == [2]
    extent = store.summary_extent()
    assert extent["id"] == [5] and sorted(extent["status"]) == ["open", "waiting"]
    assert extent["title"] == [cases_module.bilingual(flow.title)]
    assert extent["outcome"] == [listed[0].outcome] and extent["ticket"] == [None]


def test_the_case_history_benchmark_runs_in_quick_mode():
    """benchmarks/cases_scale.py never rots: it runs here on a small history, without targets."""
    script = Path(__file__).resolve().parent.parent / "benchmarks" / "cases_scale.py"
    done = subprocess.run([sys.executable, str(script), "--quick"], capture_output=True,
                          text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    assert "cases list over 300 cases:" in done.stdout
    assert "export of one case:" in done.stdout
