"""`cases answers N` writes a file that `diagnose --answers FILE` replays along the same path."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from walletsupport.authoring.scenarios import load_scenarios
from walletsupport.cases.store import CaseStore
from walletsupport.cli import app

from .conftest import FLOWS

runner = CliRunner()

SCENARIOS = [(path.stem, scenario) for path in sorted((FLOWS / "tests").glob("*.yaml"))
             if path.stem != "checkup"  # the check-up is no diagnosis: it keeps no answers file
             for scenario in load_scenarios(path)[:2]]


SCENARIO_NOW = datetime(2026, 11, 25, 12, 0, tzinfo=timezone(timedelta(hours=8)))


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _finished(store: CaseStore, case_id: int) -> tuple[str, list[str], str]:
    case = store.get(case_id)
    return case.flow_id, list(case.path), case.outcome


@pytest.mark.parametrize(("flow_id", "scenario"), SCENARIOS,
                         ids=[f"{f}:{s.name}" for f, s in SCENARIOS])
def test_answers_replay_the_same_path(flow_id: str, scenario: Any, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    monkeypatch.setenv("WALLETSUPPORT_DATA_DIR", str(data))
    # The scenarios' own clock: a date answer bounds "still inside the promised time"
    # (a card top-up for a day), so the machine's date would fail them as time goes by.
    monkeypatch.setenv("WALLETSUPPORT_NOW", (scenario.now or SCENARIO_NOW).isoformat())
    given = tmp_path / "given.yaml"
    given.write_text(json.dumps(_plain(dict(scenario.answers)), ensure_ascii=False))
    first = runner.invoke(app, ["diagnose", flow_id, "--answers", str(given), "--no-input"])
    assert first.exit_code == 0, first.output
    printed = runner.invoke(app, ["cases", "answers", "1"])
    assert printed.exit_code == 0, printed.output
    assert printed.output.startswith("# ")
    replay = tmp_path / "replay.yaml"
    replay.write_text(printed.output, encoding="utf-8")
    # No flow named on the command line: the file names it.
    second = runner.invoke(app, ["diagnose", "--answers", str(replay), "--no-input"])
    assert second.exit_code == 0, second.output
    with CaseStore(data) as store:
        assert _finished(store, 2) == _finished(store, 1)
        assert store.answers_of(2)[2] == store.answers_of(1)[2]


def test_masked_secrets_stay_masked_and_drafts_print_too(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WALLETSUPPORT_DATA_DIR", str(tmp_path / "data"))
    phrase = ("abandon abandon abandon abandon abandon abandon abandon abandon abandon "
              "abandon abandon about")
    started = runner.invoke(app, ["diagnose", "failed-withdrawal", "--no-input",
                                  "--set", "what-happened=rejected",
                                  "--set", f"error-text=it said {phrase}"])
    assert started.exit_code != 0  # stops at the first question not answered: a draft
    printed = runner.invoke(app, ["cases", "answers", "1"])
    assert printed.exit_code == 0, printed.output
    assert "abandon" not in printed.output
    data = yaml.safe_load(printed.output)
    assert data["_flow"] == "failed-withdrawal"
    assert data["what-happened"] == "rejected"
    assert data["error-text"].startswith("it said [")


def test_a_file_for_another_flow_is_refused(tmp_path: Path) -> None:
    answers = tmp_path / "a.yaml"
    answers.write_text("_flow: security\nconcern: scam-contact\n", encoding="utf-8")
    result = runner.invoke(app, ["diagnose", "fees", "--answers", str(answers), "--no-input"])
    assert result.exit_code != 0
    assert "for flow 'security', not 'fees'" in result.output


def test_unknown_case_is_one_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["cases", "answers", "42"])
    assert result.exit_code != 0
    assert "No case with id 42" in result.output
