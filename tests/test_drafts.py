"""Unfinished diagnoses you can see and pick: `diagnose --resume N`, drafts in `cases`."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from typer.testing import CliRunner

from walletsupport.cases.store import CaseStore
from walletsupport.cli import app

runner = CliRunner()


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("WALLETSUPPORT_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def _draft(flow: str, typed: str = "1\n") -> None:
    """Answer the first question at the plain prompts, then let the input end."""
    result = runner.invoke(app, ["--plain", "--profile", "generic", "diagnose", flow],
                           input=typed)
    assert result.exit_code == 1 and "Your answers so far are kept" in result.output


def test_resume_a_chosen_draft_by_id(data: Path) -> None:
    _draft("failed-withdrawal", "2\n")
    _draft("security")
    _draft("fees")
    # bare --resume takes the latest; --resume 1 the first one, whatever came after
    result = runner.invoke(app, ["--plain", "diagnose", "--resume", "1"], input="")
    assert "Continuing unfinished case 1" in result.output
    assert "Where were you withdrawing to?" in result.output  # its next question
    latest = runner.invoke(app, ["--plain", "diagnose", "--resume"], input="")
    assert "Continuing unfinished case 3" in latest.output


def test_resume_of_a_finished_case_points_to_edit(data: Path, tmp_path: Path) -> None:
    import json

    from walletsupport.authoring.scenarios import load_scenarios

    from .conftest import FLOWS

    scenario = load_scenarios(FLOWS / "tests" / "fees.yaml")[0]
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps({k: v for k, v in scenario.answers.items()}))
    done = runner.invoke(app, ["diagnose", "fees", "--answers", str(answers), "--no-input"])
    assert done.exit_code == 0, done.output
    with CaseStore(data) as store:
        assert store.answers_of(1)[0] != "draft"
    result = runner.invoke(app, ["diagnose", "--resume", "1"])
    assert result.exit_code == 1
    assert "Case 1 is finished" in result.output and "cases edit 1" in result.output


def test_resume_of_an_unknown_id_is_one_line(data: Path) -> None:
    result = runner.invoke(app, ["diagnose", "--resume", "42"])
    assert result.exit_code == 1
    assert result.output.strip() == ("No case with id 42. 'walletsupport cases list' shows the "
                                     "saved cases.")


def test_cases_show_of_a_draft(data: Path) -> None:
    _draft("failed-withdrawal", "2\n")
    shown = runner.invoke(app, ["cases", "show", "1"], env={"COLUMNS": "60"})
    assert shown.exit_code == 0, shown.output
    out = shown.output
    assert " ".join(out.split()).startswith(
        "Unfinished diagnosis 1: A withdrawal failed or hasn't arrived")
    assert "Stopped at: Where were you withdrawing to?" in out
    assert 'It has said "processing" or "pending" for a long time' in out
    assert "'walletsupport diagnose --resume 1'" in out  # never broken inside a command
    chinese = runner.invoke(app, ["--lang", "zh", "cases", "show", "1"])
    assert "未完成的诊断 1：提现失败或迟迟没到账" in chinese.output
    assert "停在：" in chinese.output
    import json

    data_ = json.loads(runner.invoke(app, ["cases", "show", "1", "--json"]).output)
    assert data_["status"] == "draft" and data_["next_question"] == "Where were you withdrawing to?"


def test_cases_delete_of_a_draft_asks_and_deletes(data: Path) -> None:
    _draft("security")
    asked = runner.invoke(app, ["cases", "delete", "1"], input="y\n")
    assert "Delete the unfinished diagnosis 1 (Account security, theft or a possible scam)" in (
        " ".join(asked.output.split()))
    assert "Case 1 deleted." in asked.output
    assert runner.invoke(app, ["cases", "show", "1"]).exit_code == 1


def test_what_an_earlier_session_removed_is_counted_when_the_case_is_finished(
        data: Path) -> None:
    # The password went in the first session; the case, finished after --resume, says so.
    from .test_cli_diagnose import LIMIT_LINES

    first = ["1", "E1021: daily limit. my password is Hunter22!"]
    runner.invoke(app, ["--plain", "--profile", "generic", "diagnose", "failed-withdrawal"],
                  input="\n".join(first) + "\n")
    done = runner.invoke(app, ["--plain", "--profile", "generic", "diagnose", "--resume"],
                         input="\n".join(LIMIT_LINES[2:]) + "\n")
    assert done.exit_code == 0, done.output
    shown = runner.invoke(app, ["cases", "show", "1"]).output
    assert "[password removed]" in shown
    assert "Nothing secret was found" not in shown
    assert "password" in runner.invoke(app, ["export", "1", "--format", "json"]).output


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_piped_run_ended_early_again_goes_on_in_the_same_draft(data: Path, lang: str) -> None:
    # The same input piped again, or more of it, keeps to one draft; different answers
    # get their own (the earlier input is never overwritten). stderr names the draft.
    def piped(typed: str) -> str:
        result = runner.invoke(app, ["--lang", lang, "--plain", "--profile", "generic",
                                     "diagnose", "failed-withdrawal"], input=typed)
        assert result.exit_code == 1, result.output
        return result.output.strip().splitlines()[-1]

    first = piped("1\n")
    again = piped("1\n")
    more = piped("1\nE1021 daily limit\n")
    with CaseStore(data) as store:
        drafts = store.drafts()
    limit = (("what-happened", "rejected"), ("error-text", "E1021 daily limit"))
    assert [d.answers for d in drafts] == [limit]
    number = drafts[0].id
    said = (f"'walletsupport diagnose --resume {number}'",
            f"(unfinished case {number})" if lang == "en" else f"（未完成记录 {number}）")
    for line in (first, again, more):
        assert all(part in line for part in said), line
    other = piped("2\n")
    with CaseStore(data) as store:
        drafts = store.drafts()
    assert [d.answers for d in drafts] == [limit, (("what-happened", "pending"),)]
    assert f"--resume {drafts[1].id}'" in other


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_words_typed_before_a_first_answer_are_kept_in_a_draft(data: Path, lang: str) -> None:
    # The description typed at the problem list, then the input ends at the flow's first
    # question: the user's own words were lost with "no saved cases".
    words = "my withdrawal to my bank card is stuck for three days"
    result = runner.invoke(app, ["--lang", lang, "--plain", "--profile", "generic", "diagnose"],
                           input=f"{words}\n1\n")
    assert result.exit_code == 1, result.output
    with CaseStore(data) as store:
        drafts = store.drafts()
    assert [(d.flow_id, d.answers, d.description) for d in drafts] == [
        ("failed-withdrawal", (), words)]
    assert f"--resume {drafts[0].id}'" in result.output
    assert ("Your description is kept" if lang == "en" else "你的描述已经保存") in result.output
    shown = runner.invoke(app, ["--lang", lang, "cases", "show", str(drafts[0].id)])
    assert words in shown.output
    assert ("In my words" if lang == "en" else "我的描述") in shown.output


class _CtrlCAfter(io.StringIO):
    """Lines typed, then Ctrl-C at the next prompt (the terminal's read is interrupted)."""

    def readline(self, size: int | None = -1) -> str:
        line = super().readline(size)
        if not line:
            raise KeyboardInterrupt
        return line


def _stopped(args: list[str], typed: str) -> tuple[int, str]:
    from walletsupport.environment import Environment

    out = io.StringIO()
    result = runner.invoke(app, args, obj=Environment(stdin=_CtrlCAfter(typed), stdout=out,
                                                       stderr=out))
    return result.exit_code, out.getvalue() + result.output


WORDS = {"en": ("my withdrawal to my bank card is stuck, the code was 739201",
                "[verification code removed]"),
         "zh": ("提现到银行卡三天了还没到账，验证码 739201", "[已移除验证码]")}


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("then", ["", "0\n"], ids=["at the matches", "back at the list"])
def test_words_typed_before_a_problem_is_chosen_survive_ctrl_c(data: Path, lang: str,
                                                               then: str) -> None:
    # Ctrl-C at the closest matches (or back at the list) lost the description.
    words, mask = WORDS[lang]
    code, out = _stopped(["--lang", lang, "--plain", "--profile", "generic", "diagnose"],
                         f"{words}\n{then}")
    assert code == 130, out
    with CaseStore(data) as store:
        (draft,) = store.drafts()
    assert draft.flow_id == "" and draft.answers == ()
    assert draft.description is not None and mask in draft.description
    assert "739201" not in draft.description  # masked, as any free text
    assert f"'walletsupport diagnose --resume {draft.id}'" in " ".join(out.split())
    # No answer was given: the line says what it keeps.
    assert ("Your description is kept" if lang == "en" else "你的描述已经保存") in out
    shown = " ".join(runner.invoke(app, ["--lang", lang, "cases", "show", str(draft.id)])
                     .output.split())
    assert mask in shown
    assert ("Problem not chosen yet" if lang == "en" else "还没选定问题") in shown
    listed = runner.invoke(app, ["--lang", lang, "cases", "list"]).output
    assert ("choosing the problem" if lang == "en" else "根据你的描述选择问题") in listed


def test_a_draft_of_words_only_resumes_at_their_matches(data: Path) -> None:
    words, _ = WORDS["en"]
    _stopped(["--plain", "--profile", "generic", "diagnose"], f"{words}\n")
    result = runner.invoke(app, ["--plain", "--profile", "generic", "diagnose", "--resume",
                                 "1"], input="1\n")
    assert "Continuing unfinished case 1" in result.output
    assert "These look closest. Which one fits?" in result.output
    assert "What is the problem?" not in result.output  # the words were given already
    with CaseStore(data) as store:
        (draft,) = store.drafts()  # the same draft goes on, now with its problem
    assert (draft.id, draft.flow_id) == (1, "failed-withdrawal")
    assert draft.description is not None and "bank card is stuck" in draft.description


def test_words_survive_ctrl_c_at_the_wallet_question_and_it_is_asked_again(data: Path) -> None:
    words, mask = WORDS["en"]
    code, out = _stopped(["--plain", "diagnose"], f"{words}\n1\n")
    assert code == 130, out
    assert "Which wallet or app is the problem with?" in out
    with CaseStore(data) as store:
        (draft,) = store.drafts()
    assert (draft.flow_id, draft.answers, draft.wallet) == ("failed-withdrawal", (), None)
    assert draft.description is not None and mask in draft.description
    # Resumed, the wallet question it stopped at is asked (no wallet was chosen yet).
    again = runner.invoke(app, ["--plain", "diagnose", "--resume", str(draft.id)], input="")
    assert "Which wallet or app is the problem with?" in again.output


def test_words_survive_ctrl_c_back_at_the_list_from_the_first_question(data: Path) -> None:
    # Back from the flow's first question leaves that problem: Ctrl-C at the list then
    # keeps one draft of the words, not one more of the problem left behind.
    words, mask = WORDS["en"]
    code, out = _stopped(["--plain", "--profile", "generic", "diagnose"], f"{words}\n1\n0\n")
    assert code == 130, out
    assert out.count("What is the problem?") == 2
    with CaseStore(data) as store:
        (draft,) = store.drafts()
    assert draft.flow_id == "" and draft.description is not None and mask in draft.description
    assert f"--resume {draft.id}'" in out
