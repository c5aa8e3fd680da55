"""`walletsupport diagnose` through CliRunner: plain prompts, scripted answers, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from walletsupport.cases.store import CaseStore
from walletsupport.cli import app

runner = CliRunner()

# The answers of tests/../flows/tests/failed-withdrawal.yaml "refused over the daily limit",
# as a person types them at the plain prompts.
LIMIT_LINES = [
    "1",                                    # what-happened: rejected
    "E1021: daily withdrawal limit exceeded",
    "1",                                    # destination: bank card
    "ICBC, card ending 4821",
    "y",                                    # details checked
    "5,000 CNY",
    "2",                                    # limits: over
    "1",                                    # account: normal
    "2026-11-24 15:30 UTC+8",
    "",                                     # reference: skipped
    "1",                                    # tried: submitted again
    "",                                     # review: the answers look right
    "4",                                    # export offer: not now
]


def _run(args: list[str], lines: list[str] | None = None, **env: str):
    """Run the CLI with `lines` typed; the wallet is decided (a profile in the environment)
    unless `env` says otherwise, so that the scripted lines answer the flow's questions."""
    text = None if lines is None else "\n".join(lines) + "\n"
    return runner.invoke(app, args, input=text, env={"WALLETSUPPORT_NOW":
                                                     "2026-11-25T10:00:00+08:00",
                                                     "WALLETSUPPORT_PROFILE": "generic", **env})


def _set_args(answers: dict[str, object]) -> list[str]:
    """`--set ID=VALUE` for each answer, written the way a person would type it."""
    args: list[str] = []
    for key, value in answers.items():
        text = ("yes" if value is True else "no" if value is False
                else ",".join(value) if isinstance(value, list) else str(value))
        args += ["--set", f"{key}={text}"]
    return args


def _stored_bytes() -> bytes:
    """The case database as bytes, with its write-ahead log (recent writes live there)."""
    path = _store().path
    return b"".join(p.read_bytes() for p in (path, path.with_name(path.name + "-wal"))
                    if p.exists())


def _store(tmp: str | None = None) -> CaseStore:
    import os

    return CaseStore(Path(tmp or os.environ["WALLETSUPPORT_DATA_DIR"]))


def test_plain_diagnosis_ends_on_outcome_contacts_checklist_and_case() -> None:
    result = _run(["diagnose", "failed-withdrawal"], LIMIT_LINES)
    assert result.exit_code == 0, result.output
    out = result.output
    assert ("What happened to the withdrawal?\n"
            "  1) It was refused straight away with an error") in out
    assert "(y/n)" in out
    assert "Warning: The amount is over a limit." in out
    # Stopped by a limit, the withdrawal has not happened: wait for the reset, never "resolved"
    flat = " ".join(out.replace("│", " ").split())  # the closing screen is boxed
    assert ("Outcome: Wait and check again. The limit is the likely cause, and the money is "
            "still in your wallet. A daily limit resets the next day; from") in flat
    assert ", withdraw again within your single, daily and monthly limits" in flat
    assert "Then: If a withdrawal within the limits is refused again" in flat
    closing = out.split("Outcome: Wait and check again", 1)[1]
    assert "If it is still not sorted by then, contact your wallet's official support" in closing
    assert "walletsupport contacts" in closing
    assert "Resolved" not in closing
    assert "Never give anyone your password, recovery phrase or codes: support never asks." in out
    assert "Saved as case 1. For support: walletsupport export 1" in out
    case = _store().get(1)
    assert case.outcome == "wait"
    assert case.status == "waiting"  # the status follows the outcome


def test_plain_diagnosis_in_chinese() -> None:
    result = _run(["--lang", "zh", "diagnose", "failed-withdrawal"], LIMIT_LINES)
    assert result.exit_code == 0, result.output
    out = result.output
    assert "这笔提现现在是什么情况？\n  1) 提交后直接失败，有错误提示" in out
    assert "【注意】金额超过了限额。" in out
    # Back is worded as every other hint words it (输入 < 返回上一步, ← 返回上一步).
    assert "  0) 返回上一步\n" in out
    assert "结论：先等待。很可能是限额导致的，钱还在钱包里。" in "".join(out.split())
    assert "到时还没解决的话，这样联系钱包的官方客服" in out
    assert "已保存为记录 1。导出给客服：walletsupport export 1" in out
    assert "官方客服绝不会索要密码（含支付密码）、验证码或助记词" in out


def test_locale_chooses_chinese_and_lang_flag_wins() -> None:
    zh = _run(["diagnose", "failed-withdrawal"], LIMIT_LINES, LANG="zh_CN.UTF-8")
    assert "结论：先等待" in zh.output
    en = _run(["--lang", "en", "diagnose", "failed-withdrawal"], LIMIT_LINES, LANG="zh_CN.UTF-8")
    assert "Outcome: Wait and check again" in en.output


def test_wrong_entries_are_asked_again_with_a_reason() -> None:
    lines = ["9", "rejected-ish", "1"] + LIMIT_LINES[1:4] + ["maybe", "y"] + LIMIT_LINES[5:]
    result = _run(["diagnose", "failed-withdrawal"], lines)
    assert result.exit_code == 0, result.output
    assert result.output.count("! Type a number from 1 to 4. Please try again.") == 2
    assert "! Answer y (yes) or n (no). Please try again." in result.output


def test_required_text_left_empty_is_asked_again() -> None:
    lines = LIMIT_LINES[:8] + ["", "2026-11-24 15:30 UTC+8"] + LIMIT_LINES[9:]
    result = _run(["diagnose", "failed-withdrawal"], lines)
    assert result.exit_code == 0, result.output
    assert "! An answer is needed here. Please try again." in result.output


@pytest.mark.parametrize("yes", ["是", "yes", "Y", "是的"])
def test_confirm_takes_chinese_and_english_yes(yes: str) -> None:
    lines = LIMIT_LINES[:4] + [yes] + LIMIT_LINES[5:]
    result = _run(["diagnose", "failed-withdrawal"], lines)
    assert result.exit_code == 0, result.output
    assert "How much did you try to withdraw" in result.output


def test_back_returns_to_the_previous_question_with_its_answer() -> None:
    # answer twice, go back, keep the answer (Enter), go back twice, then input ends
    lines = ["1", "E1", "<", "", "<", "<"]
    result = _run(["diagnose", "failed-withdrawal"], lines)
    out = result.output
    assert out.count("What exactly did the message say?") == 3
    assert out.count("(your earlier answer: E1; press Enter to keep it)") == 2
    assert out.count("Where were you withdrawing to?") == 2
    # asked first, after going back, and named by the final 'input ended' line
    assert out.count("What happened to the withdrawal?") == 3
    assert "(your earlier answer: It was refused straight away with an error" in out
    assert out.strip().splitlines()[-1].startswith(
        "Input ended before this question was answered: What happened to the withdrawal?")


def test_input_ending_early_names_the_question_and_keeps_a_draft() -> None:
    result = _run(["diagnose", "failed-withdrawal"], ["2", "1"])
    assert result.exit_code == 1
    last = result.output.strip().splitlines()[-1]
    assert last.startswith("Input ended before this question was answered: Which bank")
    draft = _store().latest_draft()
    assert draft is not None
    assert (f"kept (unfinished case {draft.id}): 'walletsupport diagnose --resume {draft.id}' "
            "continues where you stopped") in last
    assert draft.answers == (("what-happened", "pending"), ("destination", "bank-card"))


def test_resume_continues_the_draft_where_it_stopped() -> None:
    _run(["diagnose", "failed-withdrawal"], ["2", "1"])
    # ... the reference skipped, "none of these" tried, the review accepted, no export.
    rest = ["CMB 1234", "y", "2,000 CNY", "1", "1", "2026-11-25 08:00 UTC+8", "1", "", "6", "", "4"]
    result = _run(["diagnose", "--resume"], rest)
    assert result.exit_code == 0, result.output
    assert "Continuing unfinished case 1" in result.output
    assert "What happened to the withdrawal?\n  1)" not in result.output  # not asked again
    assert "1) What happened\n     your answer: It has said" in result.output
    assert "Saved as case 1" in result.output
    assert _store().get(1).status == "waiting"  # inside the promised time: a wait


def test_resume_without_a_draft_is_one_line() -> None:
    result = _run(["diagnose", "--resume"], [])
    assert result.exit_code == 1
    assert result.output.strip() == "There is no unfinished case to resume."


def test_unknown_flow_lists_the_valid_ids_and_exits_2() -> None:
    result = _run(["diagnose", "lost-wallet"])
    assert result.exit_code == 2
    assert result.output.startswith("Unknown problem 'lost-wallet'. Known problems: ")
    assert "failed-withdrawal" in result.output


ANSWERS = {
    "what-happened": "pending", "destination": "bank-card", "destination-detail": "CMB 1234",
    "details-checked": True, "amount": "2,000 CNY", "limits": "within",
    "account-state": "normal", "when": "2026-11-25 08:00 UTC+8", "timing": "inside-window",
    "reference": "", "tried": [],
}


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_answers_file_runs_without_asking(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"answers{suffix}"
    if suffix == ".json":
        path.write_text(json.dumps(ANSWERS), encoding="utf-8")
    else:
        import yaml

        path.write_text(yaml.safe_dump(ANSWERS), encoding="utf-8")
    result = _run(["diagnose", "failed-withdrawal", "--answers", str(path), "--no-input"])
    assert result.exit_code == 0, result.output
    assert "> " not in result.output  # nothing was asked
    assert "Outcome: Wait and check again. Nothing looks wrong yet" in result.output


def test_set_overrides_and_no_input_names_the_missing_question() -> None:
    result = _run(["diagnose", "failed-withdrawal", "--set", "what-happened=pending",
                   "--set", "destination=bank-card", "--no-input"])
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1].startswith(
        "No answer given for question 'details-checked'")  # the optional detail is skipped


def test_set_values_are_read_per_question_kind(tmp_path: Path) -> None:
    result = _run(["diagnose", "failed-withdrawal", "--no-input", *_set_args(ANSWERS)])
    assert result.exit_code == 0, result.output


def test_wrong_answer_in_file_names_question_and_allowed_values(tmp_path: Path) -> None:
    path = tmp_path / "answers.yaml"
    path.write_text("what-happened: exploded\n", encoding="utf-8")
    result = _run(["diagnose", "failed-withdrawal", "--answers", str(path), "--no-input"])
    assert result.exit_code == 1
    assert result.output.strip() == (
        f"Answer for 'what-happened' from {path}:1: 'exploded' is not one of the choices. "
        "Allowed: rejected, pending, not-arrived, returned"
    )


def test_unknown_question_in_answers_file(tmp_path: Path) -> None:
    path = tmp_path / "answers.yaml"
    path.write_text("what-hapened: pending\n", encoding="utf-8")
    result = _run(["diagnose", "failed-withdrawal", "--answers", str(path)])
    assert result.exit_code == 1
    assert "answers 'what-hapened', which flow 'failed-withdrawal' does not ask" in result.output


HASH = "0x" + "3f9a1c" * 10 + "ab0d"


@pytest.mark.parametrize("key", ["reference", "reference-crypto"])
def test_an_answers_file_from_before_the_hash_split_still_fills_the_hash(
        tmp_path: Path, key: str) -> None:
    # `reference:` on the crypto path is `reference-crypto` now: an older answers file
    # (or `cases answers` of an older case) gave the hash under the old id.
    path = tmp_path / "answers.yaml"
    path.write_text("_flow: failed-withdrawal\nwhat-happened: not-arrived\n"
                    "destination: crypto-address\ncrypto-detail: TRC-20, TXyz\n"
                    "address-checked: true\namount: 150 USDT\naccount-state: normal\n"
                    "when: 2026-11-20 12:00 UTC\ntiming: past-window\n"
                    f"{key}: '{HASH}'\ntried: []\n", encoding="utf-8")
    data = tmp_path / "data"
    result = _run(["diagnose", "--answers", str(path), "--no-input"],
                  WALLETSUPPORT_DATA_DIR=str(data))
    assert result.exit_code == 0, result.output
    shown = _run(["cases", "answers", "1"], WALLETSUPPORT_DATA_DIR=str(data))
    assert f"reference-crypto: '{HASH}'" in shown.output or \
        f"reference-crypto: {HASH}" in shown.output, shown.output


def test_an_alias_of_a_question_is_not_an_unknown_id_but_a_typo_still_is(tmp_path: Path) -> None:
    path = tmp_path / "answers.yaml"
    path.write_text("what-happened: pending\nreferense-crypto: abc\n", encoding="utf-8")
    result = _run(["diagnose", "failed-withdrawal", "--answers", str(path), "--no-input"])
    assert result.exit_code == 1
    assert f"{path}:2: answers 'referense-crypto', which flow 'failed-withdrawal' does not " \
           "ask. Its questions: what-happened" in result.output
    assert "reference-crypto" in result.output.split("Its questions:")[1]


def test_broken_answers_file_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "answers.yaml"
    path.write_text("a: 1\na: 2\n", encoding="utf-8")
    result = _run(["diagnose", "failed-withdrawal", "--answers", str(path)])
    assert result.exit_code == 1
    assert result.output.strip() == f"{path}:2: duplicate key 'a' (first at line 1)"


def test_bad_set_syntax_is_a_usage_error() -> None:
    result = _run(["diagnose", "failed-withdrawal", "--set", "nonsense"])
    assert result.exit_code == 2
    assert "--set takes ID=VALUE" in result.output


def test_secrets_typed_in_an_answer_are_removed_before_display_and_storage() -> None:
    lines = list(LIMIT_LINES)
    lines[3] = "card 4111 1111 1111 1111"
    result = _run(["diagnose", "failed-withdrawal"], lines)
    assert result.exit_code == 0, result.output
    assert "I removed" in result.output or "removed" in result.output
    assert "[card number removed, ending 1111]" in result.output
    # not even in the transcript's echo of what was typed
    assert "4111 1111 1111 1111" not in result.output
    database = _stored_bytes()
    assert b"4111 1111 1111 1111" not in database
    assert b"4111111111111111" not in database


def test_describe_in_own_words_offers_the_best_matches() -> None:
    # menu: the last choice is "Describe it in your own words"
    listing = _run(["diagnose"], [])
    describe = next(line for line in listing.output.splitlines()
                    if line.endswith(") Describe it in your own words"))
    lines = [describe.split(")")[0].strip(), "提现一直没到账", "1"] + LIMIT_LINES
    result = _run(["diagnose"], lines)
    assert result.exit_code == 0, result.output
    out = result.output
    offer = out.split("These look closest. Which one fits?", 1)[1]
    assert offer.splitlines()[1] == "  1) A withdrawal failed or hasn't arrived"
    assert "Outcome: Wait and check again" in out


def test_export_offer_shows_the_markdown_summary() -> None:
    lines = LIMIT_LINES[:-1] + ["3"]
    result = _run(["diagnose", "failed-withdrawal"], lines)
    assert result.exit_code == 0, result.output
    summary = result.output.split("Copy or save the summary for support now?", 1)[1]
    assert "5,000 CNY" in summary
    # 'Show it here' prints the text summary: no Markdown marks on screen
    assert "Case 1: A withdrawal" in summary
    assert "**" not in summary


def test_export_offer_shows_the_summary_no_wider_than_the_screen() -> None:
    # At 60 columns the 72-column summary was broken by the terminal inside words.
    from walletsupport.wrapping import display_width

    lines = LIMIT_LINES[:-1] + ["3"]
    for lang in ("en", "zh"):
        result = _run(["--lang", lang, "diagnose", "failed-withdrawal"], lines, COLUMNS="60")
        assert result.exit_code == 0, result.output
        heading = "\nCase " if lang == "en" else "\n记录 "
        summary = result.output[result.output.rindex(heading):].splitlines()
        assert any("E1021" in line for line in summary)
        assert max(display_width(line) for line in summary) <= 60, lang
        assert max(display_width(line) for line in summary) > 50, lang  # still filled


def test_export_offer_saves_a_file(tmp_path: Path) -> None:
    target = tmp_path / "summary.md"
    lines = LIMIT_LINES[:-1] + ["2", str(target)]
    result = _run(["diagnose", "failed-withdrawal"], lines)
    assert result.exit_code == 0, result.output
    assert "E1021" in target.read_text(encoding="utf-8")
    assert f"Summary saved to {target}" in result.output


@pytest.mark.parametrize(("lang", "says", "skip"), [
    ("en", "Enter for walletsupport-case-1.md", "press Enter to skip"),
    ("zh", "直接回车则保存为 walletsupport-case-1.md", "可直接回车跳过"),
])
def test_the_file_name_question_gives_enter_one_meaning(lang: str, says: str, skip: str,
                                                         tmp_path: Path) -> None:
    # Enter saves under the suggested name: "press Enter to skip" beside it said the opposite.
    lines = LIMIT_LINES[:-1] + ["2"]
    result = _run(["--lang", lang, "diagnose", "failed-withdrawal"], lines)
    asked = result.output.split(says, 1)
    assert len(asked) == 2, result.output
    assert skip not in asked[1].split("\n> ", 1)[0]


@pytest.mark.parametrize(("lang", "lead", "count"), [
    ("en", "Before you contact them, gather:", "0 of 1"),
    ("zh", "联系之前，请准备好：", "已有 0 项"),
])
def test_a_checklist_none_of_the_answers_filled_is_not_counted(lang: str, lead: str,
                                                                count: str) -> None:
    # A self-custody wallet's lock asks nothing: "0 of 1 details are in your answers" said
    # nothing, the list just follows.
    result = _run(["--lang", lang, "diagnose", "locked-account", "--no-input"],
                  WALLETSUPPORT_PROFILE="metamask")
    assert result.exit_code == 0, result.output
    assert lead in result.output
    assert count not in result.output


TX_HASH = "0x9fc76417374aa880d4449a1f7f31ec597f00b1f6f3dd2d66f4c9c6c445836d8b"


def test_a_reference_question_keeps_a_transaction_hash_but_not_a_password() -> None:
    answers = dict(ANSWERS, reference=f"{TX_HASH} (my password is hunter2)")
    result = _run(["diagnose", "failed-withdrawal", "--no-input", *_set_args(answers)])
    assert result.exit_code == 0, result.output
    assert "hunter2" not in result.output
    shown = _run(["cases", "show", "1"]).output
    assert TX_HASH in shown
    assert "hunter2" not in shown
    database = _stored_bytes()
    assert TX_HASH.encode() in database
    assert b"hunter2" not in database


def test_the_same_hash_in_an_ordinary_question_is_treated_as_a_private_key() -> None:
    answers = dict(ANSWERS, **{"destination-detail": TX_HASH})
    result = _run(["diagnose", "failed-withdrawal", "--no-input", *_set_args(answers)])
    assert result.exit_code == 0, result.output
    assert TX_HASH not in result.output
    assert TX_HASH.encode() not in _stored_bytes()


def test_a_scammers_number_reaches_the_export_unmasked() -> None:
    from walletsupport.authoring.scenarios import load_scenarios
    from walletsupport.diagnosis.catalog import load_catalog

    from .conftest import FLOWS

    flow = load_catalog().flows["security"]
    chosen = next(s for s in load_scenarios(FLOWS / "tests" / "security.yaml")
                  if "scam-contact" in s.answers and s.answers.get("concern") == "scam-check")
    scam = dict(chosen.answers, **{"scam-contact": "+86 138 0013 8000, kefu.alipay@gmail.com",
                                   # before the test's "now": a time to come is refused
                                   "noticed-when": "2026-11-25 09:00 UTC+8"})
    assert set(scam) <= set(flow.nodes)
    done = _run(["diagnose", "security", "--no-input", *_set_args(scam)])
    assert done.exit_code == 0, done.output
    exported = runner.invoke(app, ["export", "--format", "text", "--output", "-"])
    assert "+86 138 0013 8000" in exported.output
    assert "kefu.alipay@gmail.com" in exported.output


def test_no_input_skips_the_optional_questions_it_has_no_answer_for() -> None:
    answers = {k: v for k, v in ANSWERS.items() if k not in ("reference", "tried",
                                                              "destination-detail")}
    result = _run(["diagnose", "failed-withdrawal", "--no-input", *_set_args(answers)])
    assert result.exit_code == 0, result.output
    case = _store().get(1)
    skipped = {a.question: a.value for a in case.answers}
    assert skipped["reference"] == "" and skipped["destination-detail"] == ""
    assert skipped["tried"] == ()  # an optional multi-select: "none of these"


def _menu_number(label: str) -> str:
    listing = _run(["diagnose"], [])
    line = next(line for line in listing.output.splitlines() if line.endswith(") " + label))
    return line.split(")")[0].strip()


def test_back_from_the_first_question_returns_to_the_problem_list() -> None:
    withdrawal = _menu_number("A withdrawal failed or hasn't arrived")
    locked = _menu_number("My account is locked or frozen")
    # the first question, Back (as 0, then as a full-width ＜); the earlier pick is kept
    # by Enter the first time, replaced by another problem the second time.
    result = _run(["diagnose", "--profile", "generic"],
                  [withdrawal, "0", "", "＜", locked])
    out = result.output
    assert out.count("What is the problem?") == 3
    assert out.count("(your earlier answer: A withdrawal failed or hasn't arrived; "
                     "press Enter to keep it)") == 2
    assert out.count("What happened to the withdrawal?") == 2
    assert "My account is locked or frozen\n" in out.split("What is the problem?")[-1]
    assert _store().latest_draft() is None  # nothing answered, nothing kept


def test_back_from_the_closest_matches_returns_to_the_description() -> None:
    describe = _menu_number("Describe it in your own words")
    typed = "提现一直没到账，卡号 4111 1111 1111 1111"
    result = _run(["diagnose", "--profile", "generic"],
                  [describe, typed, "0", "", "1", "<", describe, ""])
    out = result.output
    # back to the description twice: from the matches, and from the flow via the list
    assert out.count("These look closest. Which one fits?\n  1)") == 3
    # the words typed come back (masked), and Enter keeps them
    assert "(your earlier answer: 提现一直没到账，卡号 [" in out
    assert out.count("Describe the problem in a sentence (English or Chinese).\n  (e.g.") == 3
    assert "4111 1111 1111 1111\n  (" not in out


def test_back_from_the_wallet_question_returns_to_the_problem_list(tmp_path) -> None:
    # Problem 3 from the list, then Back (0) at the wallet question: the list comes again.
    result = runner.invoke(app, ["--plain", "diagnose"], input="3\n0\n",
                           env={"WALLETSUPPORT_NOW": "2026-11-25T10:00:00+08:00"})
    out = result.output
    assert out.splitlines().count("What is the problem?") == 2  # the list, then again
    assert "press Enter to keep it" in out  # the earlier choice starts selected
    wallet = out.index("Which wallet or app is the problem with?")
    assert "0) Back to the previous question" in out[wallet:]
    assert out.index("What is the problem?", wallet) > wallet


def test_words_typed_before_none_of_these_stay_with_the_case() -> None:
    """Describe, then "None of these" and a problem from the full list: the words were
    dropped (no "In my words" in the case or its exports) and the wallet they named was
    asked for again."""
    import json

    describe = _menu_number("Describe it in your own words")
    withdrawal = _menu_number("A withdrawal failed or hasn't arrived")
    words = "my Binance payout to the bank was refused"
    env = {"WALLETSUPPORT_NOW": "2026-11-25T10:00:00+08:00"}
    first = runner.invoke(app, ["--plain", "diagnose"], input=f"{describe}\n{words}\n", env=env)
    none = next(line.split(")")[0].strip() for line in first.output.splitlines()
                if line.endswith(") None of these: show the full list"))
    result = runner.invoke(app, ["--plain", "diagnose"], env=env, input="\n".join(
        [describe, words, none, withdrawal, *LIMIT_LINES]) + "\n")
    assert result.exit_code == 0, result.output
    assert "Wallet: Binance (from your description)" in result.output
    assert "Which wallet or app is the problem with?" not in result.output
    exported = runner.invoke(app, ["export", "1", "--format", "json"], env=env)
    assert json.loads(exported.output)["description"] == words


def test_a_secret_in_the_description_is_masked_and_the_reason_is_given() -> None:
    # The description's phrase was masked silently; an answer's gets the reason.
    describe = _menu_number("Describe it in your own words")
    phrase = ("abandon ability able about above absent absorb abstract absurd abuse access "
              "accident")
    result = _run(["diagnose", "--profile", "generic"],
                  [describe, f"my withdrawal is stuck, my recovery phrase is {phrase}"])
    out = result.output
    assert "absorb abstract" not in out
    assert "I removed what looked like a recovery phrase." in " ".join(out.split())
    assert out.index("I removed what looked like") < out.index("These look closest.")


def test_no_progress_line_for_a_question_answered_by_set() -> None:
    # Each --set answer left "Question N of about M" with no question under it.
    result = _run(["--plain", "diagnose", "failed-withdrawal", "--set", "what-happened=pending",
                   "--set", "destination=bank-card"], [])
    out = result.output
    assert "Question 1 of about" not in out and "Question 2 of about" not in out
    assert "Question 3 of about" in out  # the first question asked
    assert out.index("Question 3 of about") < out.index("Which bank or service")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_enter_at_the_export_offer_means_not_now(lang: str) -> None:
    """The offer took six rows and refused Enter: now two rows, and Enter is 'Not now'."""
    lines = LIMIT_LINES[:-1] + [""]
    result = _run(["--lang", lang, "diagnose", "failed-withdrawal"], lines)
    assert result.exit_code == 0, result.output
    prompt = ("Copy or save the summary for support now? (Enter: not now)" if lang == "en"
              else "要现在复制或保存这份摘要，方便发给客服吗？（直接回车表示暂不需要）")
    offer = result.output.split(prompt, 1)[1].splitlines()
    assert offer[1].strip().startswith("1) ") and "4) " in offer[1]  # the choices, one line
    assert "Case 1" not in result.output.split(prompt, 1)[1]  # nothing shown or saved
    assert "1 to 4" not in result.output and "1 到 4" not in result.output


@pytest.mark.parametrize(("lang", "words", "matches", "wallet"), [
    ("en", "my Binance withdrawal is stuck", "These look closest. Which one fits?",
     "Wallet: Binance (from your description)"),
    ("zh", "支付宝提现没到账", "下面几项最接近，哪一项符合你的情况？",
     "钱包：支付宝（根据你的描述）"),
])
def test_words_typed_at_the_problem_list_are_the_description(lang, words, matches,
                                                             wallet) -> None:
    """Typing the problem at the first list was refused ('not one of the choices')."""
    result = runner.invoke(app, ["--lang", lang, "diagnose"], input=f"{words}\n1\n",
                           env={"WALLETSUPPORT_NOW": "2026-11-25T10:00:00+08:00"})
    out = result.output
    assert "not one of the choices" not in out and "不在可选项中" not in out
    after = out.split(words, 1)[1]
    assert after.lstrip().startswith(matches)
    assert wallet in after
    # a number that is no choice is still refused with the range
    wrong = runner.invoke(app, ["--lang", lang, "diagnose"], input="99\n")
    assert "1 to 8" in wrong.output or "1 到 8" in wrong.output


@pytest.mark.parametrize("args", [
    ["diagnose", "--lang", "zh", "failed-withdrawal"],
    ["diagnose", "failed-withdrawal", "--lang=zh"],
    ["--plain", "diagnose", "--lang", "zh", "failed-withdrawal"],
])
def test_the_language_typed_after_the_command_is_taken(args) -> None:
    """A newcomer writes `diagnose --lang zh`: it means the same as `--lang zh diagnose`."""
    result = _run(args, [])
    assert "提现" in result.output and "What happened to the withdrawal" not in result.output
    assert "No such option" not in result.output


def test_plain_typed_after_the_command_is_taken_and_checkups_own_stays_its_own() -> None:
    result = _run(["diagnose", "--plain", "failed-withdrawal"], [])
    assert "1) " in result.output and "No such option" not in result.output
    checkup = _run(["checkup", "--plain", "--lang", "zh"], [])
    assert "No such option" not in checkup.output and "账户安全自查" in checkup.output
    # After `--` nothing is an option: it stays an argument of the command.
    literal = _run(["diagnose", "failed-withdrawal", "--", "--lang"], [])
    assert literal.exit_code == 2 and "--lang" in literal.output


@pytest.mark.parametrize(("lang", "mark"), [("en", "Note: I removed"), ("zh", "提示：已移除")])
def test_plain_mode_says_note_in_words_not_a_sign_a_screen_reader_reads_aloud(lang,
                                                                              mark) -> None:
    result = _run(["--plain", "--lang", lang, "diagnose", "failed-withdrawal",
                   "--set", "what-happened=rejected"], ["my password is Hunter2!xyz"])
    assert mark in result.output and "ⓘ" not in result.output
    assert "Hunter2!xyz" not in result.output
    shown = _run(["--lang", lang, "diagnose", "failed-withdrawal",
                  "--set", "what-happened=rejected"], ["my password is Hunter2!xyz"])
    assert "ⓘ" in shown.output  # not plain: the sign stays


@pytest.mark.parametrize(("lang", "warnings"), [
    ("en", ("Whoever asked you for a code, password or recovery phrase is not Binance's real "
            "support", "Real support never asks for codes or passwords: stop talking to "
            "whoever did.")),  # the full wording, or the short one a tight screen takes
    ("zh", ("向你索要验证码、密码或助记词的人不是币安的真客服",
            "向你索要验证码或密码的不是真客服，请马上停止和对方联系。")),
])
def test_words_saying_support_asked_for_a_code_warn_on_the_closing_screen(
        lang: str, warnings: tuple[str, str]) -> None:
    """Issue 12 walk (F30): the description is the only place the user said it; the
    closing screen must say that whoever asked is not real support."""
    describe = _menu_number("Describe it in your own words")
    words = "my Binance withdrawal to the bank was refused and support asked me for my SMS code"
    lines = [describe, words, "1", *LIMIT_LINES[:-3], "4", "", "4"]  # tried: contacted
    env = {"WALLETSUPPORT_NOW": "2026-11-25T10:00:00+08:00"}
    result = runner.invoke(app, ["--plain", "--lang", lang, "diagnose"], env=env,
                           input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    joined = "".join(result.output.split())
    assert any(w.replace(" ", "") in joined for w in warnings), result.output
    calm = runner.invoke(app, ["--plain", "--lang", lang, "diagnose"], env=env, input="\n".join(
        [describe, "my Binance withdrawal to the bank was refused", *lines[2:]]) + "\n")
    assert calm.exit_code == 0, calm.output
    calm_text = "".join(calm.output.split())
    assert not any(w.replace(" ", "") in calm_text for w in warnings), calm.output
