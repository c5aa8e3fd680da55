"""Exports: every format field by field, in both languages; follow-ups; the clipboard."""

from __future__ import annotations

import json
import textwrap
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from walletsupport.cases.export import SCHEMA_VERSION, follow_up, render, scrub
from walletsupport.cases.layout import TEXT_WIDTH, format_time, wrap
from walletsupport.cases.store import CaseStore
from walletsupport.diagnosis import engine
from walletsupport.diagnosis.catalog import load_catalog
from walletsupport.errors import UsageError
from walletsupport.wrapping import display_width

SHANGHAI = ZoneInfo("Asia/Shanghai")
DIAGNOSED = datetime(2026, 11, 24, 16, 5, tzinfo=SHANGHAI)
ANSWERED = datetime(2026, 11, 25, 9, 30, tzinfo=SHANGHAI)

TINY = textwrap.dedent("""\
    id: tiny
    title: {en: A payment is stuck, zh: 付款卡住了}
    summary: {en: Only for tests., zh: 仅供测试。}
    keywords: {en: [stuck], zh: [卡住]}
    start: kind
    nodes:
      kind:
        kind: select
        label: {en: Payment kind, zh: 付款类型}
        prompt: {en: "What kind of payment?", zh: 哪种付款？}
        choices:
          - id: card
            label: {en: A card payment, zh: 刷卡付款}
          - id: transfer
            label: {en: A transfer, zh: 转账}
        next: seen
      seen:
        kind: confirm
        label: {en: Error shown, zh: 是否报错}
        prompt: {en: "Did the app show an error?", zh: 应用有没有报错？}
        next: words
      words:
        kind: text
        optional: true
        label: {en: Error message, zh: 提示内容}
        prompt: {en: "What did it say?", zh: 提示了什么？}
        next: tried
      tried:
        kind: multiselect
        optional: true
        prompt: {en: "What have you tried?", zh: 试过哪些办法？}
        choices:
          - id: restart
            label: {en: Restarted the app, zh: 重启应用}
          - id: wait
            label: {en: Waited a day, zh: 等了一天}
        next: tips
      tips:
        kind: advice
        title: {en: Before you call, zh: 联系客服之前}
        steps:
          - id: keep
            text: {en: Keep the receipt., zh: 保留好凭证。}
          - id: never
            severity: urgent
            text: {en: Never share a verification code., zh: 不要把验证码告诉任何人。}
        next: done
      done:
        kind: end
        outcome: contact-support
        message: {en: Contact support with the checklist., zh: 请带着清单联系客服。}
        recommend: [chat, phone]
    checklist:
      - id: kind
        label: {en: Kind of payment, zh: 付款类型}
        from: kind
      - id: words
        label: {en: The exact message, zh: 提示原文}
        from: words
      - id: receipt
        label: {en: The receipt, zh: 付款凭证}
        hint: {en: A screenshot will do., zh: 截图即可。}
    """)

WORDS = "Declined, call 13812345678. My password is Hunter22!"


@pytest.fixture
def store(tmp_path: Path):
    with CaseStore(tmp_path / "data") as opened:
        yield opened


@pytest.fixture
def tiny(tmp_path: Path):
    folder = tmp_path / "flows"
    folder.mkdir()
    (folder / "tiny.yaml").write_text(TINY, encoding="utf-8")
    # It stands for a flow of walletsupport's own: an outside flow's texts are labelled
    # with their file (tests/test_faults.py checks that), which these exact exports omit.
    return replace(load_catalog(paths=[folder]).get("tiny"), source="built-in")


def finish(store, flow, script, *, lang="en", redactions=None):
    answers: tuple = ()
    for value in script:
        answers = engine.apply_answer(flow, answers, value)
    return store.finish(case_id=None, result=engine.result(flow, answers), lang=lang,
                        now=DIAGNOSED, redactions=redactions or {})


@pytest.fixture
def case(store, tiny):
    done = finish(store, tiny, ["card", True, WORDS, ["restart", "wait"]],
                  redactions={"card-number": 1})
    store.set_ticket(done.id, "CS-1001", DIAGNOSED)
    return store.add_note(done.id, "Wait 2 days, or write to help@wallet.example.", ANSWERED)


@pytest.fixture(scope="module")
def withdrawal():
    return load_catalog().get("failed-withdrawal")


WITHDRAWAL_SCRIPT: list[object] = [
    "rejected", "E1021: daily withdrawal limit exceeded", "crypto-address",
    "TRC-20 to TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE, it is a long address that must wrap",
    False, True, False, "12,000.50 USDT", "over", "review", "2026-11-24 15:30, UTC+8",
    "TxID 0x" + "ab" * 32, ["retried", "checked-explorer"],
]


# -- Markdown ---------------------------------------------------------------------------

MARKDOWN_EN = """\
**Case 1: A payment is stuck**

- **Outcome**: Contact support — Contact support with the checklist.
- **Diagnosed**: 2026-11-24 16:05 UTC+08:00 (China time)
- **Status**: open
- **Support ticket**: CS-1001
- **Contact first by**: online chat, phone
- **Local record**: 1 (on this computer only; not a support ticket)

**Answers**

- Payment kind
  → A card payment
- Error shown
  → yes
- Error message
  → Declined, call 138****5678. My password is [password removed]
- What have you tried
  → Restarted the app; Waited a day

**Advice already given**

- Before you call
  - Keep the receipt.
  - URGENT: Never share a verification code.

**Checklist**

- [x] Kind of payment: A card payment
- [x] The exact message: Declined, call 138****5678. My password is [password removed]
- [ ] The receipt (A screenshot will do.)

**What support said**

- 2026-11-25 09:30 UTC+08:00: Wait 2 days, or write to `h***@wallet.example`.

_Removed before saving: card number ×1, password ×1._
"""

MARKDOWN_ZH = """\
**记录 1：付款卡住了**

- **结论**：需要联系客服。请带着清单联系客服。
- **诊断时间**：2026-11-24 16:05（北京时间，UTC+08:00）
- **状态**：待处理
- **客服工单号**：CS-1001
- **建议优先联系方式**：在线客服、电话
- **本机记录号**：1（仅在本机使用，不是客服工单号）

**回答**

- 付款类型
  → 刷卡付款
- 是否报错
  → 是
- 提示内容
  → Declined, call 138****5678. My password is [已移除密码]
- 试过哪些办法
  → 重启应用；等了一天

**已经给出的建议**

- 联系客服之前
  - 保留好凭证。
  - 【紧急】不要把验证码告诉任何人。

**准备清单**

- [x] 付款类型：刷卡付款
- [x] 提示原文：Declined, call 138****5678. My password is [已移除密码]
- [ ] 付款凭证（截图即可。）

**客服的答复**

- 2026-11-25 09:30 UTC+08:00：Wait 2 days, or write to `h***@wallet.example`.

_保存前已移除：银行卡号 1 处、密码 1 处。_
"""


def test_markdown_holds_every_field_in_english(case):
    assert render(case, "markdown", "en") == MARKDOWN_EN


def test_markdown_holds_every_field_in_chinese(case):
    assert render(case, "markdown", "zh") == MARKDOWN_ZH


def test_markdown_keeps_masks_plain_and_puts_what_would_format_in_code(store, tiny):
    done = finish(store, tiny, ["card", False, "", []])
    one = store.add_note(done.id, "call 138****5678", ANSWERED)
    assert "- 2026-11-25 09:30 UTC+08:00: call 138****5678\n" in render(one, "markdown", "en")
    two = store.add_note(done.id, "*this* and `that` <b>\nsecond line", ANSWERED)
    out = render(two, "markdown", "en")
    assert "`*this*` and `` `that` <b> ``\n  second line\n" in out


def test_markdown_marks_a_skipped_answer_and_an_empty_history(store, tiny):
    done = finish(store, tiny, ["transfer", False, "", []])
    out = render(done, "markdown", "en")
    assert "- Error message\n  → (skipped)\n" in out
    # An optional multi-select left empty was answered "none of these", not skipped.
    assert "- What have you tried\n  → none of these\n" in out
    assert "- **Support ticket**: none yet\n" in out
    assert "- No answer from support noted yet.\n" in out
    assert out.endswith("_Nothing secret was found in the answers or notes._\n")
    zh = render(done, "markdown", "zh")
    assert "  → （未填写）\n" in zh
    assert "- **客服工单号**：暂无\n" in zh


# -- plain text -------------------------------------------------------------------------

TEXT_EN = """\
Case 1: A payment is stuck
==========================
Outcome:          Contact support — Contact support with the checklist.
Diagnosed:        2026-11-24 16:05 UTC+08:00 (China time)
Status:           open
Support ticket:   CS-1001
Contact first by: online chat, phone
Local record:     1 (on this computer only; not a support ticket)

Answers
-------
* Payment kind
  → A card payment
* Error shown
  → yes
* Error message
  → Declined, call 138****5678. My password is [password removed]
* What have you tried
  → Restarted the app; Waited a day

Advice already given
--------------------
* Before you call
  - Keep the receipt.
  - URGENT: Never share a verification code.

Checklist
---------
[x] Kind of payment
    → A card payment
[x] The exact message
    → Declined, call 138****5678. My password is [password removed]
[ ] The receipt
    A screenshot will do.

What support said
-----------------
* 2026-11-25 09:30 UTC+08:00
  Wait 2 days, or write to h***@wallet.example.

Removed before saving: card number ×1, password ×1.
"""

TEXT_ZH = """\
记录 1：付款卡住了
==================
结论：             需要联系客服。请带着清单联系客服。
诊断时间：         2026-11-24 16:05（北京时间，UTC+08:00）
状态：             待处理
客服工单号：       CS-1001
建议优先联系方式： 在线客服、电话
本机记录号：       1（仅在本机使用，不是客服工单号）

回答
----
* 付款类型
  → 刷卡付款
* 是否报错
  → 是
* 提示内容
  → Declined, call 138****5678. My password is [已移除密码]
* 试过哪些办法
  → 重启应用；等了一天

已经给出的建议
--------------
* 联系客服之前
  - 保留好凭证。
  - 【紧急】不要把验证码告诉任何人。

准备清单
--------
[x] 付款类型
    → 刷卡付款
[x] 提示原文
    → Declined, call 138****5678. My password is [已移除密码]
[ ] 付款凭证
    截图即可。

客服的答复
----------
* 2026-11-25 09:30 UTC+08:00
  Wait 2 days, or write to h***@wallet.example.

保存前已移除：银行卡号 1 处、密码 1 处。
"""


def test_text_holds_every_field_in_english(case):
    assert render(case, "text", "en") == TEXT_EN


def test_text_holds_every_field_in_chinese(case):
    assert render(case, "text", "zh") == TEXT_ZH


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_text_of_the_reference_flow_fits_72_columns(store, withdrawal, lang):
    done = finish(store, withdrawal, WITHDRAWAL_SCRIPT, lang=lang)
    done = store.add_note(done.id, "客服说：这笔提币正在风控审核中，预计三个工作日内完成，"
                          "期间请不要重复提交，也不要相信任何声称可以加急处理的人。", ANSWERED)
    out = render(done, "text", lang)
    lines = out.splitlines()
    assert max(display_width(line) for line in lines) <= TEXT_WIDTH
    assert all(line == line.rstrip() for line in lines)
    flat = "".join(line.strip() for line in lines)
    # Wrapping loses nothing: every text is there once the lines are joined again.
    for answer in done.answers:
        assert "".join(answer.display[lang].split()) in flat.replace(" ", "")
    assert "TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE" in out  # an address is never cut
    assert "0x" + "ab" * 32 in flat  # a hash longer than a line is cut, then joins up


# -- JSON -------------------------------------------------------------------------------


def test_json_has_a_stable_documented_shape(case):
    data = json.loads(render(case, "json", "en"))
    assert list(data) == ["schema_version", "id", "lang", "status", "ticket", "created",
                          "updated", "edited", "time_zone", "flow", "description", "outcome",
                          "message", "check_by", "then", "recommend", "channel_warnings",
                          "answers", "advice",
                          "checklist", "notes", "path", "redactions", "kind", "wallet"]
    assert data["schema_version"] == SCHEMA_VERSION == 1
    assert data["id"] == case.id
    assert data["lang"] == "en"
    assert data["status"] == "open"
    assert data["ticket"] == "CS-1001"
    assert data["created"] == "2026-11-24T16:05:00+08:00"
    assert data["updated"] == "2026-11-25T09:30:00+08:00"
    assert data["time_zone"] == "Asia/Shanghai"
    assert data["flow"] == {"id": "tiny", "title": {"en": "A payment is stuck", "zh": "付款卡住了"}}
    assert data["outcome"] == "contact-support"
    assert data["message"] == {"en": "Contact support with the checklist.",
                               "zh": "请带着清单联系客服。"}
    assert data["recommend"] == ["chat", "phone"]
    assert data["answers"] == [
        {"question": "kind", "kind": "select", "label": {"en": "Payment kind", "zh": "付款类型"},
         "prompt": {"en": "What kind of payment?", "zh": "哪种付款？"},
         "value": "card", "display": {"en": "A card payment", "zh": "刷卡付款"}},
        {"question": "seen", "kind": "confirm", "label": {"en": "Error shown", "zh": "是否报错"},
         "prompt": {"en": "Did the app show an error?", "zh": "应用有没有报错？"},
         "value": True, "display": {"en": "yes", "zh": "是"}},
        {"question": "words", "kind": "text", "label": {"en": "Error message", "zh": "提示内容"},
         "prompt": {"en": "What did it say?", "zh": "提示了什么？"},
         "value": "Declined, call 138****5678. My password is [password removed]",
         "display": {"en": "Declined, call 138****5678. My password is [password removed]",
                     "zh": "Declined, call 138****5678. My password is [已移除密码]"}},
        {"question": "tried", "kind": "multiselect",
         # No label in the flow: the prompt's first clause stands in.
         "label": {"en": "What have you tried", "zh": "试过哪些办法"},
         "prompt": {"en": "What have you tried?", "zh": "试过哪些办法？"},
         "value": ["restart", "wait"],
         "display": {"en": "Restarted the app; Waited a day", "zh": "重启应用；等了一天"}},
    ]
    assert data["advice"] == [{
        "id": "tips", "title": {"en": "Before you call", "zh": "联系客服之前"},
        "steps": [
            {"id": "keep", "severity": "info",
             "text": {"en": "Keep the receipt.", "zh": "保留好凭证。"}},
            {"id": "never", "severity": "urgent",
             "text": {"en": "Never share a verification code.", "zh": "不要把验证码告诉任何人。"}},
        ],
    }]
    assert data["checklist"] == [
        {"id": "kind", "label": {"en": "Kind of payment", "zh": "付款类型"}, "hint": None,
         "filled": True, "value": {"en": "A card payment", "zh": "刷卡付款"}},
        {"id": "words", "label": {"en": "The exact message", "zh": "提示原文"}, "hint": None,
         "filled": True,
         "value": {"en": "Declined, call 138****5678. My password is [password removed]",
                   "zh": "Declined, call 138****5678. My password is [已移除密码]"}},
        {"id": "receipt", "label": {"en": "The receipt", "zh": "付款凭证"},
         "hint": {"en": "A screenshot will do.", "zh": "截图即可。"},
         "filled": False, "value": None},
    ]
    assert data["notes"] == [{"at": "2026-11-25T09:30:00+08:00", "time_zone": "Asia/Shanghai",
                              "text": "Wait 2 days, or write to h***@wallet.example."}]
    assert data["path"] == ["kind", "seen", "words", "tried", "tips", "done"]
    # The session's count (a card number) and the password found when the case was saved.
    assert data["redactions"] == {"card-number": 1, "password": 1}


def test_json_is_the_same_in_every_language_but_for_lang(case):
    en = json.loads(render(case, "json", "en"))
    zh = json.loads(render(case, "json", "zh"))
    assert en.pop("lang") == "en" and zh.pop("lang") == "zh"
    assert en == zh


def test_json_of_the_reference_flow_matches_the_case(store, withdrawal):
    done = finish(store, withdrawal, WITHDRAWAL_SCRIPT)
    data = json.loads(render(done, "json", "zh"))
    assert [a["question"] for a in data["answers"]] == [a.question for a in done.answers]
    assert data["answers"][-2]["value"] == "TxID 0x" + "ab" * 32  # a tx hash is kept as is
    assert [c["id"] for c in data["checklist"]] == [i.id for i in done.checklist]
    assert [c["filled"] for c in data["checklist"]] == [i.filled for i in done.checklist]
    assert data["outcome"] == "wait"  # a review under way is waited out (walk B2)
    assert data["redactions"] == {}
    assert render(done, "json", "zh").endswith("}\n")


def test_an_unknown_format_is_a_usage_error(case):
    with pytest.raises(UsageError) as caught:
        render(case, "pdf", "en")
    assert caught.value.render("en") == "Unknown format 'pdf'. Use one of: markdown, text, json"


# -- scrubbing again on the way out -----------------------------------------------------


def test_an_export_redacts_again_what_slipped_into_the_database(store, tiny):
    import sqlite3

    done = finish(store, tiny, ["card", True, "fine", []])
    # As if an older version had stored a secret: the export must still not show it.
    with sqlite3.connect(store.path) as db:
        db.execute("UPDATE notes SET text = 'x'")
        db.execute("INSERT INTO notes (case_id, at, zone, text) VALUES (?, ?, NULL, ?)",
                   (done.id, ANSWERED.isoformat(), "the code is 482913"))
        db.execute("UPDATE cases SET ticket = 'PIN: 7788x!'")
    again = store.get(done.id)
    for fmt in ("markdown", "text", "json"):
        out = render(again, fmt, "en")
        assert "482913" not in out and "7788x!" not in out
    assert json.loads(render(again, "json", "en"))["redactions"] == {
        "password": 1, "verification-code": 1}
    assert scrub(again).notes[0].text == "the code is [verification code removed]"


def test_format_time_shows_the_offset_and_the_zone():
    assert format_time(DIAGNOSED, "Asia/Shanghai") == "2026-11-24 16:05 UTC+08:00 (China time)"
    # In Chinese the zone's name comes first, the offset after it inside the brackets.
    assert format_time(DIAGNOSED, "Asia/Shanghai", "zh") == \
        "2026-11-24 16:05（北京时间，UTC+08:00）"
    assert format_time(DIAGNOSED, "Etc/UTC", "zh") == "2026-11-24 16:05 UTC+08:00"
    assert format_time(DIAGNOSED, "America/Lima") == "2026-11-24 16:05 UTC+08:00 (America/Lima)"
    assert format_time(DIAGNOSED) == "2026-11-24 16:05 UTC+08:00"
    assert format_time(datetime(2026, 1, 2, 3, 4)) == "2026-01-02 03:04 UTC?"


# -- wrapping ---------------------------------------------------------------------------


def test_display_width_counts_wide_characters_twice():
    assert display_width("abc") == 3
    assert display_width("提现") == 4
    assert display_width("（TxID）") == 8
    assert display_width("e\u0301") == 1


def test_wrap_breaks_between_words_and_between_cjk_characters():
    assert wrap("one two three four", 9) == ["one two", "three", "four"]
    assert wrap("一二三四五六七八", 6) == ["一二三", "四五六", "七八"]
    assert wrap("一二三四五六七八", 7, first="* ", rest="  ") == ["* 一二", "  三四", "  五六",
                                                                  "  七八"]


def test_wrap_never_starts_a_line_with_closing_punctuation_or_ends_one_with_opening():
    lines = wrap("请提供交易哈希（TxID）。然后等待。", 16)
    assert all(line[:1] not in "，。）" for line in lines)
    assert all(line[-1:] != "（" for line in lines)
    assert "".join(lines) == "请提供交易哈希（TxID）。然后等待。"


def test_wrap_never_cuts_a_word_longer_than_a_line():
    assert wrap("x" * 25, 10) == ["x" * 25]
    assert wrap("see " + "x" * 25 + " then", 10, first="* ", rest="  ") == [
        "* see", "  " + "x" * 25, "  then"]


def test_the_terminal_wrap_still_cuts_a_word_longer_than_a_line():
    from walletsupport.wrapping import wrap as fill

    assert fill("x" * 25, 10) == ["x" * 10, "x" * 10, "x" * 5]


def test_wrap_keeps_paragraphs_and_blank_lines():
    assert wrap("one\n\ntwo", 10, first="* ", rest="  ") == ["* one", "", "  two"]
    assert wrap("") == [""]


# -- follow-up and escalation -----------------------------------------------------------


def test_a_follow_up_restates_the_case_and_asks_to_confirm_the_solution(case):
    text = follow_up(case, "en", now=ANSWERED)
    assert text == textwrap.dedent("""\
        Subject: Follow-up on ticket CS-1001: A payment is stuck

        Hello,

        I am writing again about ticket CS-1001, open since 24 November, 16:05 (China time): \
“A payment is stuck”. (That is when I noted the problem down; I did not record when it \
started.)

        The details:
        - Kind of payment: A card payment
        - The exact message: Declined, call 138****5678. My password is [password removed]

        What support has told me so far:
        - 25 November, 09:30: Wait 2 days, or write to h***@wallet.example.

        I have read your last reply carefully. To make sure I understand the proposed \
solution, please confirm exactly what I should do next, and what you will do on your side.

        Still unresolved:
        - The problem itself is not solved yet.
        - The answers above have not solved it so far.

        My questions:
        1. What is the next step, and who takes it?
        2. When can I expect the problem to be solved, or the next update?

        Thank you.
        """)


def test_a_follow_up_in_chinese(case):
    text = follow_up(case, "zh", now=ANSWERED)
    assert text.startswith("主题：跟进工单 CS-1001（付款卡住了）\n\n您好：\n\n")
    # The time as a person writes it, in the case's zone; no menu title in quotes for a
    # flow with its own plain words (below), this flow of the tests has none.
    assert ("我想跟进工单 CS-1001：“付款卡住了”。"
            "从11月24日 16:05（北京时间）到现在，一直没有解决。"
            "（这是我记下这个问题的时间，问题开始的确切时间没有记录。）") in text
    assert "UTC+08:00" not in text
    assert "- 付款类型：刷卡付款\n" in text
    assert "- 11月25日 09:30：Wait 2 days" in text
    assert "为了确认我正确理解了你们提出的解决办法" in text
    assert "1. 下一步是什么？由谁来处理？\n" in text
    assert text.endswith("谢谢！\n")


def test_a_follow_up_asks_the_users_questions_redacted(case):
    text = follow_up(case, "en", questions=["Why two days?", "  ", "My PIN is 7788x, is it ok?"])
    assert "1. Why two days?\n2. My PIN is [password removed], is it ok?\n" in text
    assert "7788x" not in text
    assert "What is the next step" not in text


def test_a_follow_up_for_a_case_never_sent_is_a_first_message(store, tiny):
    """Issue 12 walk (F26): a case never sent to support (no ticket, no reply, support not
    contacted) was written "I am writing again…" and "What support has told me so far: I
    have not had an answer yet."."""
    done = finish(store, tiny, ["card", False, "", []])
    text = follow_up(done, "en")
    assert text.startswith("Subject: Help with a problem: A payment is stuck\n")
    assert "I am writing about a problem that has been open since" in text
    for old in ("writing again", "Follow-up", "told me so far", "not had an answer",
                "I have read your last reply", "Still unresolved"):
        assert old not in text, old
    assert "The details:\n- Kind of payment: A card payment\n\n" in text
    zh = follow_up(done, "zh")
    assert zh.startswith("主题：请协助处理一个问题（付款卡住了）\n")
    assert "我想反映一个问题：" in zh
    for old in ("跟进", "客服给我的答复", "还没有收到答复", "目前的情况"):
        assert old not in zh, old
    # Once a ticket is noted, the same case is followed up.
    ticketed = store.set_ticket(done.id, "CS-7", DIAGNOSED)
    again = follow_up(ticketed, "en")
    assert again.startswith("Subject: Follow-up on ticket CS-7")
    assert "- I have not had an answer yet.\n" in again


def test_a_follow_up_when_the_user_said_support_was_contacted(store, withdrawal):
    script = list(WITHDRAWAL_SCRIPT)
    script[-1] = ["retried", "contacted-support"]
    done = finish(store, withdrawal, script)
    text = follow_up(done, "en", now=ANSWERED)
    assert text.startswith("Subject: Follow-up on my request")
    assert "I am writing again about a problem" in text
    assert "- I have not had an answer yet.\n" in text


def test_a_follow_up_says_the_problem_in_plain_words_not_the_menu_title(store, withdrawal):
    done = finish(store, withdrawal, WITHDRAWAL_SCRIPT, lang="zh")
    zh = follow_up(done, "zh", now=ANSWERED)
    assert ("我想反映一个问题：我有一笔提现失败了，或者一直没到账。"
            "从11月24日 16:05（北京时间）") in zh
    assert "“提现失败或迟迟没到账”" not in zh
    en = follow_up(done, "en", now=ANSWERED)
    assert "open since 24 November, 16:05 (China time): a withdrawal of mine failed" in en
    # The details are the user's, not the tool's instructions to the user.
    for text in (zh, en):
        assert "never the full" not in text and "不要提供" not in text
        assert "date, time, time zone" not in text and "日期、时刻、时区" not in text
    assert "- When the withdrawal was submitted: 2026-11-24 15:30" in en


@pytest.mark.parametrize(("typed", "en", "zh"), [
    ("2026-11-24 15:30, UTC+8", "open since 24 November, 15:30 (China time): a withdrawal",
     "从11月24日 15:30（北京时间）到现在"),
    ("昨天下午", "open since 23 November, afternoon (China time): a withdrawal",
     "从11月23日 下午（北京时间）到现在"),
    ("3 hours ago UTC-5", "open since 24 November, 00:05 (UTC-5): a withdrawal",
     "从11月24日 00:05（UTC-5）到现在"),
])
def test_a_follow_up_counts_from_when_it_happened_not_from_the_diagnosis(
        store, withdrawal, typed, en, zh):
    from walletsupport.diagnosis.dates import resolve

    script = list(WITHDRAWAL_SCRIPT)
    script[script.index("2026-11-24 15:30, UTC+8")] = resolve(typed, DIAGNOSED, "Asia/Shanghai")
    done = finish(store, withdrawal, script)
    english, chinese = follow_up(done, "en", now=ANSWERED), follow_up(done, "zh", now=ANSWERED)
    assert en in english and zh in chinese
    assert "16:05" not in english and "16:05" not in chinese  # the diagnosis time
    assert "noted the problem down" not in english and "记下这个问题的时间" not in chinese
    # No time answered (kept as written): the diagnosis time, and the letter says so.
    script[script.index(resolve(typed, DIAGNOSED, "Asia/Shanghai"))] = "? | sometime last week"
    done = finish(store, withdrawal, script)
    assert ("open since 24 November, 16:05 (China time): a withdrawal of mine failed or has "
            "not arrived. (That is when I noted the problem down; I did not record when it "
            "started.)") in follow_up(done, "en", now=ANSWERED)


def test_an_escalation_request_asks_for_a_higher_level(case):
    text = follow_up(case, "en", escalate=True, now=ANSWERED)
    assert text.startswith("Subject: Request to escalate ticket CS-1001: A payment is stuck\n")
    assert ('My problem (ticket CS-1001) has been open since 24 November, 16:05 (China time) '
            'and is still unresolved: “A payment is stuck”.') in text
    assert "- 25 November, 09:30: Wait 2 days" in text  # what support said so far
    assert "Still unresolved:\n- The problem itself" in text
    assert "please transfer my case to a higher level of support" in text
    assert "1. Who will handle my case after the escalation" in text
    zh = follow_up(case, "zh", escalate=True, now=ANSWERED)
    assert zh.startswith("主题：申请升级处理工单 CS-1001（付款卡住了）\n")
    assert "关于工单 CS-1001：“付款卡住了”，从11月24日 16:05（北京时间）到现在仍未解决" in zh
    # A year other than this one is written out.
    next_year = ANSWERED.replace(year=2027)
    assert "从2026年11月24日 16:05（北京时间）到现在" in follow_up(case, "zh", now=next_year)
    assert "since 24 November 2026, 16:05" in follow_up(case, "en", now=next_year)
    assert "请把我的问题转交给更高一级的客服（主管或专门团队）处理" in zh


def test_markdown_does_not_turn_a_typed_link_into_a_link() -> None:
    from walletsupport.cases.export import _md

    assert _md("see [click here](https://evil.example) now") == \
        "see \\[click here\\](https://evil.example) now"
    assert _md("a [b] c") == "a [b] c"


# -- the channels to try first are the wallet's own ---------------------------------------

@pytest.mark.parametrize("fmt", ["markdown", "text", "json"])
def test_a_wallet_without_a_phone_line_is_never_contacted_first_by_phone(store, tiny,
                                                                         fmt) -> None:
    # The flow recommends chat then phone; Binance lists no phone line (calls claiming to
    # be Binance are a known scam), so its case says chat only.
    answers: tuple = ()
    for value in ["card", True, "", []]:
        answers = engine.apply_answer(tiny, answers, value)
    done = store.finish(case_id=None, result=engine.result(tiny, answers), lang="en",
                        now=DIAGNOSED, redactions={}, wallet="binance")
    shown = render(store.get(done.id), fmt, "en")
    if fmt == "json":
        assert json.loads(shown)["recommend"] == ["chat"]
    else:
        assert "Contact first by**: online chat\n" in shown or "Contact first by: online chat\n" \
            in shown
    generic = store.finish(case_id=None, result=engine.result(tiny, answers), lang="en",
                           now=DIAGNOSED, redactions={})
    assert "phone" in render(store.get(generic.id), "text", "en")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_channel_to_try_first_keeps_its_safety_note_in_the_export_and_cases_show(
        tmp_path: Path, store, tiny, lang: str) -> None:
    # MetaMask's community forum is only safe with its note: "ignore anyone who DMs you"
    # (walk A, finding 28). Wherever the case says to try social media first, the note of
    # each such channel goes with it; the channels the case does not recommend add nothing.
    import io

    from rich.console import Console

    from walletsupport.rendering.cases import render_case

    folder = tmp_path / "social"
    folder.mkdir()
    (folder / "tiny.yaml").write_text(TINY.replace("recommend: [chat, phone]",
                                                   "recommend: [social, web-form]"),
                                      encoding="utf-8")
    flow = replace(load_catalog(paths=[folder]).get("tiny"), source="built-in")
    answers: tuple = ()
    for value in ["card", True, "", []]:
        answers = engine.apply_answer(flow, answers, value)
    done = store.finish(case_id=None, result=engine.result(flow, answers), lang=lang,
                        now=DIAGNOSED, redactions={}, wallet="metamask")
    forum = {"en": "Public questions only. Never share your recovery phrase; ignore anyone "
                   "who DMs you.",
             "zh": "只适合公开提问。绝不要透露助记词；私信你的人一律不要理会。"}[lang]
    reddit = {"en": "Public posts only; no support by DM.",
              "zh": "只用于公开发帖；不通过私信提供客服。"}[lang]
    case = store.get(done.id)
    console = Console(file=io.StringIO(), width=100, color_system=None)
    render_case(console, case, lang)
    shown = console.file.getvalue()  # type: ignore[attr-defined]
    for text in (render(case, "markdown", lang), render(case, "text", lang), shown):
        joined = "".join(text.split())
        assert "".join(forum.split()) in joined and "".join(reddit.split()) in joined, text
    data = json.loads(render(case, "json", lang))
    assert [w["warning"] for w in data["channel_warnings"]] == [forum, reddit]
    # Chat and phone first: neither has a note, and the forum is not recommended.
    plain = store.finish(case_id=None, result=engine.result(tiny, answers),
                         lang=lang, now=DIAGNOSED, redactions={}, wallet="metamask")
    assert forum not in render(store.get(plain.id), "text", lang)


@pytest.mark.parametrize(("lang", "mark"), [("en", "URGENT: "), ("zh", "【紧急】")])
def test_an_urgent_step_has_the_same_mark_in_every_export_and_in_cases_show(case, lang, mark):
    import io

    from rich.console import Console

    from walletsupport.rendering.cases import render_case

    console = Console(file=io.StringIO(), width=100, color_system=None)
    render_case(console, case, lang)
    shown = console.file.getvalue()
    for text in (render(case, "markdown", lang), render(case, "text", lang), shown):
        assert f"{mark}{'Never share' if lang == 'en' else '不要把验证码'}" in text
        for other in ("(URGENT)", "[URGENT]", "（紧急）", "[紧急]"):
            assert other not in text


def test_removal_markers_are_written_in_the_readers_language(store, tiny):
    # A case typed in Chinese keeps its markers in Chinese; an English export (for an
    # English-reading support agent) names what was removed in English, and back.
    done = finish(store, tiny, ["card", True, "我的登录密码是 Abc12345x!，卡号 4111 1111 1111 1111",
                                []], lang="zh")
    kept = store.get(done.id)
    assert "[已移除密码]" in kept.answers[2].value
    data = json.loads(render(kept, "json", "en"))
    shown = [a for a in data["answers"] if "Abc12345x" not in json.dumps(a)]
    assert any("[password removed]" in json.dumps(a, ensure_ascii=False) for a in shown)
    assert "Abc12345x" not in json.dumps(data)
    for fmt in ("markdown", "text"):
        english = " ".join(render(kept, fmt, "en").split())  # the text export wraps
        assert "已移除" not in english, fmt
        assert "[password removed]" in english
        assert "[card number removed, ending 1111]" in english
        chinese = render(kept, fmt, "zh")
        assert "[已移除密码]" in chinese and "[password removed]" not in chinese
    letter = follow_up(kept, "en")
    assert "[password removed]" in letter and "已移除" not in letter
