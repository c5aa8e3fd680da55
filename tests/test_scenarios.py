"""The shipped scenario files pass and reach every end and every choice of every flow."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from walletsupport.authoring.scenarios import coverage, load_scenarios, run_scenario
from walletsupport.cli import app
from walletsupport.diagnosis.catalog import load_catalog
from walletsupport.errors import FlowError

from .conftest import FLOWS, MINIMAL

runner = CliRunner()
SCENARIO_FILES = sorted((FLOWS / "tests").glob("*.yaml"))
# The check-up's scenarios are checked in tests/test_checkup.py.
FLOW_SCENARIOS = [p for p in SCENARIO_FILES if p.stem != "checkup"]


def test_every_shipped_flow_has_a_scenario_file() -> None:
    flows = {p.stem for p in FLOWS.glob("*.yaml")}
    assert flows == {p.stem for p in SCENARIO_FILES}


@pytest.mark.parametrize("path", FLOW_SCENARIOS, ids=lambda p: p.stem)
def test_scenarios_pass_and_cover_every_end_and_choice(path: Path) -> None:
    catalog = load_catalog()
    scenarios = load_scenarios(path)
    flow = catalog.flows[scenarios[0].flow_id]
    outcomes = [run_scenario(flow, s) for s in scenarios]
    failed = {o.scenario.name: o.failures for o in outcomes if not o.passed}
    assert failed == {}
    report = coverage(flow, outcomes)
    assert report.missing_ends() == []
    assert report.missing_branches() == []


def test_flows_test_command_reports_pass_and_coverage() -> None:
    result = runner.invoke(app, ["flows", "test"])
    assert result.exit_code == 0, result.output
    assert "0 failed" in result.output.splitlines()[-1]
    assert "coverage failed-withdrawal: 10/10 ends, 30/30 choices" in result.output


def _scenario(tmp_path: Path, body: str) -> Path:
    (tmp_path / "flows").mkdir(exist_ok=True)
    (tmp_path / "flows" / "mini.yaml").write_text(MINIMAL.format(id="mini"), encoding="utf-8")
    path = tmp_path / "flows" / "tests" / "mini.yaml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(body, encoding="utf-8")
    return path


def test_a_failing_scenario_says_why_and_exits_1(tmp_path: Path) -> None:
    path = _scenario(tmp_path, "flow: mini\nscenarios:\n  - name: wrong end\n"
                     "    answers: {q: a}\n    expect: {end: nowhere, outcome: urgent}\n")
    result = runner.invoke(app, ["--flows-dir", str(tmp_path / "flows"), "flows", "test",
                                 str(path)])
    assert result.exit_code == 1
    assert "FAIL mini: wrong end" in result.output
    assert "ends at 'done', expected 'nowhere'" in result.output
    assert "outcome 'resolved', expected 'urgent'" in result.output
    assert "choices no scenario takes: q=b" in result.output
    assert result.output.splitlines()[-1] == "0 passed, 1 failed"


def test_a_scenario_missing_an_answer_names_the_question(tmp_path: Path) -> None:
    path = _scenario(tmp_path, "flow: mini\nscenarios:\n  - name: silent\n"
                     "    answers: {}\n    expect: {end: done}\n")
    flow = load_catalog([path.parent.parent]).flows["mini"]
    outcome = run_scenario(flow, load_scenarios(path)[0])
    assert outcome.failures == ("stops at question 'q': the scenario gives no answer",)


def test_a_malformed_scenario_file_names_file_and_line(tmp_path: Path) -> None:
    path = _scenario(tmp_path, "flow: mini\nscenarios:\n  - name: x\n    answers: {q: a}\n"
                     "    expect: {end: done, colour: red}\n")
    with pytest.raises(FlowError) as caught:
        load_scenarios(path)
    assert str(caught.value) == (f"{path}:5: scenario 'x': unknown expectation 'colour' "
                                 "(known: advice, check_by, checklist, end, not_advice, "
                                 "not_asked, not_checklist, not_text, outcome, path, values)")


def test_not_asked_and_not_text_fail_on_what_the_path_shows(tmp_path: Path) -> None:
    path = _scenario(tmp_path, "flow: mini\nscenarios:\n  - name: picky\n"
                     "    answers: {q: a}\n"
                     "    expect: {end: done, not_asked: [q], not_text: [PICK, 完成, Option]}\n")
    flow = load_catalog([path.parent.parent]).flows["mini"]
    outcome = run_scenario(flow, load_scenarios(path)[0])
    # The prompt (any case) and the end's Chinese message are seen; a choice label is not.
    assert outcome.failures == (
        "question 'q' is asked, expected it not to be",
        "'PICK' appears in a text on this path, expected it not to: 'Pick one'",
        "'完成' appears in a text on this path, expected it not to: '完成'",
    )


def test_a_scenario_now_reads_relative_times_and_derives_answers() -> None:
    flow = load_catalog().flows["failed-payment"]
    path = FLOWS / "tests" / "failed-payment.yaml"
    derived = next(s for s in load_scenarios(path) if s.now is not None)
    assert derived.now is not None and derived.now.utcoffset() is not None
    outcome = run_scenario(flow, derived)
    assert outcome.failures == ()
    assert "time-since" not in dict(outcome.taken)  # answered by the date, never asked


def test_a_scenario_now_without_an_offset_is_refused(tmp_path: Path) -> None:
    path = _scenario(tmp_path, "flow: mini\nscenarios:\n  - name: x\n"
                     "    now: 2026-11-25 10:00\n    answers: {q: a}\n    expect: {end: done}\n")
    with pytest.raises(FlowError) as caught:
        load_scenarios(path)
    assert str(caught.value) == (f"{path}:4: scenario 'x': now must be a time with its offset, "
                                 "such as 2026-11-25T10:00:00+08:00")
