"""The validator finds every graph problem, names file and line, and reports them all."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from walletsupport.cli import app
from walletsupport.diagnosis.catalog import load_catalog

from .conftest import MINIMAL

CORPUS = Path(__file__).parent / "corpus"
runner = CliRunner()


def _expectation(path: Path) -> tuple[int, str]:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    line, message = first.removeprefix("# expect: ").split(": ", 1)
    return int(line), message


@pytest.mark.parametrize("path", sorted((CORPUS / "invalid").glob("*.yaml")), ids=lambda p: p.stem)
def test_graph_problem_is_reported_with_file_and_line(path: Path) -> None:
    line, message = _expectation(path)
    problems = [str(p) for p in load_catalog(paths=[path]).problems]
    assert f"{path}:{line}: {message}" in problems


def test_duplicate_flow_ids_across_files() -> None:
    folder = CORPUS / "invalid" / "dup"
    line, message = _expectation(folder / "b.yaml")
    problems = [str(p) for p in load_catalog(paths=[folder]).problems]
    assert problems == [f"{folder}/b.yaml:{line}: {message.replace('{dir}', str(folder))}"]


def test_validate_command_prints_every_problem_and_exits_1() -> None:
    paths = sorted(str(p) for p in (CORPUS / "invalid").glob("*.yaml"))
    result = runner.invoke(app, ["flows", "validate", *paths])
    assert result.exit_code == 1
    for path in paths:
        line, message = _expectation(Path(path))
        assert f"{path}:{line}: {message}" in result.output
    assert f"{len(paths)} flow file(s) checked:" in result.output


def test_validate_command_exits_0_on_the_shipped_flows() -> None:
    result = runner.invoke(app, ["flows", "validate"])
    assert result.exit_code == 0, result.output
    assert "no problems" in result.output


def test_validate_command_exits_2_on_a_missing_path(tmp_path: Path) -> None:
    result = runner.invoke(app, ["flows", "validate", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 2
    assert "no such file or folder" in result.output


def test_validate_command_exits_2_on_an_unknown_option() -> None:
    result = runner.invoke(app, ["flows", "validate", "--bogus"])
    assert result.exit_code == 2


def test_warnings_pass_but_strict_fails(write_flow) -> None:
    path = write_flow(MINIMAL.format(id="plain").replace("message: {en: Done, zh: 完成}",
                                                         "message: Done"))
    loose = runner.invoke(app, ["flows", "validate", str(path)])
    assert loose.exit_code == 0
    assert "warning: node 'done': message has one form for both languages" in loose.output
    strict = runner.invoke(app, ["flows", "validate", "--strict", str(path)])
    assert strict.exit_code == 1


def test_when_tests_a_choice_the_question_does_not_have(write_flow) -> None:
    path = write_flow("""\
        id: when-choice
        title: {en: t, zh: 标题}
        summary: {en: s, zh: 概述}
        start: q
        nodes:
          q:
            kind: select
            prompt: {en: p, zh: 问}
            choices:
              - {id: a, label: {en: A, zh: 甲}}
            next: tip
          tip:
            kind: advice
            when: {q: z}
            steps: [{id: s, text: {en: do, zh: 做}}]
            next: done
          done: {kind: end, outcome: resolved, message: {en: d, zh: 完}}
        """)
    problems = [str(p) for p in load_catalog(paths=[path]).problems]
    assert problems == [f"{path}:14: node 'tip': when tests 'q' for 'z', which is not one of "
                        "its choices (a)"]


def test_an_end_freeze_condition_is_checked_like_when(write_flow) -> None:
    path = write_flow("""\
        id: freeze-cond
        title: {en: t, zh: 标题}
        summary: {en: s, zh: 概述}
        start: q
        nodes:
          q:
            kind: select
            prompt: {en: p, zh: 问}
            choices:
              - {id: a, label: {en: A, zh: 甲}}
            next: done
          done:
            kind: end
            outcome: urgent
            freeze: {q: z}
            message: {en: d, zh: 完}
        """)
    problems = [str(p) for p in load_catalog(paths=[path]).problems]
    assert problems == [f"{path}:15: node 'done': when tests 'q' for 'z', which is not one of "
                        "its choices (a)"]


def test_an_end_with_freeze_false_never_shows_the_freeze_line(write_flow) -> None:
    from walletsupport.diagnosis import engine
    from walletsupport.diagnosis.model import End

    path = write_flow(MINIMAL.format(id="nofreeze").replace(
        "outcome: resolved", "outcome: urgent\n    freeze: false"))
    catalog = load_catalog(paths=[path])
    assert not catalog.problems
    flow = catalog.get("nofreeze")
    answers: tuple = ()
    while not isinstance(step := engine.next_step(flow, answers), End):
        answers = engine.apply_answer(flow, answers, step.choices[0].id)
    assert engine.result(flow, answers).freeze is False


def test_flows_dir_replaces_a_packaged_flow_of_the_same_id(write_flow) -> None:
    path = write_flow(MINIMAL.format(id="failed-withdrawal"))
    catalog = load_catalog([path.parent])
    assert catalog.flows["failed-withdrawal"].path.endswith("flow.yaml")
    assert catalog.problems == []


def test_the_hostile_sizes_benchmark_runs_in_quick_mode() -> None:
    """benchmarks/hostile.py never rots: it runs here on 1 and 10 KiB texts, without targets."""
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parent.parent / "benchmarks" / "hostile.py"
    done = subprocess.run([sys.executable, str(script), "--quick"], capture_output=True,
                          text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    for what in ("flow check", "profile check", "notes export", "redaction"):
        assert what in done.stdout


def test_the_validation_scale_benchmark_runs_in_quick_mode() -> None:
    """benchmarks/validate_scale.py never rots (its generated flows pass every check)."""
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parent.parent / "benchmarks" / "validate_scale.py"
    done = subprocess.run([sys.executable, str(script), "--quick"], capture_output=True,
                          text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert len(done.stdout.splitlines()) == 3
