"""Authoring tools: graph, schema, starter flows."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from walletsupport.authoring.schema import flow_schema
from walletsupport.cli import app
from walletsupport.diagnosis.catalog import load_catalog
from walletsupport.diagnosis.yamlsrc import load_file

from .conftest import FLOWS, ROOT

runner = CliRunner()
SHIPPED = sorted(FLOWS.glob("*.yaml"))


def test_mermaid_graph_draws_kinds_differently_and_labels_edges() -> None:
    result = runner.invoke(app, ["flows", "graph", "failed-withdrawal"])
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.startswith("flowchart TD\n")
    assert '    n_what_happened{"What happened to the withdrawal?"}' in out
    assert '    n_what_to_do["What to do now"]' in out
    assert '    n_done_fixed(["wait: The withdrawal is on its way.' in out
    assert ('    n_what_happened -->|"It was refused straight away with an error"| '
            "n_error_text") in out
    assert '    n_details_checked -->|"no"| n_check_details' in out
    assert '    n_end_frozen -->|"otherwise"| n_end_verify' in out
    flow = load_catalog().flows["failed-withdrawal"]
    for node in flow.nodes:
        assert f"n_{node.replace('-', '_')}" in out


def test_urgent_ends_are_marked_in_both_formats(write_flow) -> None:
    path = write_flow("""\
        id: urgent-one
        title: {en: t, zh: 标题}
        summary: {en: s, zh: 概述}
        start: q
        nodes:
          q: {kind: confirm, prompt: {en: "Stolen?", zh: 被盗？}, yes: freeze, no: fine}
          freeze: {kind: end, outcome: urgent, message: {en: Freeze now, zh: 立即冻结}}
          fine: {kind: end, outcome: resolved, message: {en: Fine, zh: 没事}}
        """)
    mermaid = runner.invoke(app, ["--flows-dir", str(path.parent), "flows", "graph",
                                  "urgent-one"])
    assert "    class n_freeze urgent" in mermaid.output
    assert "classDef urgent fill:#fdd,stroke:#c00,stroke-width:3px" in mermaid.output
    dot = runner.invoke(app, ["--flows-dir", str(path.parent), "flows", "graph", "urgent-one",
                              "--format", "dot"])
    assert '"freeze" [label="urgent: Freeze now", shape=oval, style="filled,bold", ' \
           'color="#cc0000"' in dot.output
    assert '"q" -> "freeze" [label="yes"];' in dot.output
    zh = runner.invoke(app, ["--lang", "zh", "--flows-dir", str(path.parent), "flows", "graph",
                             "urgent-one"])
    assert 'n_q -->|"是"| n_freeze' in zh.output


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz is not installed")
def test_dot_output_is_accepted_by_graphviz(tmp_path: Path) -> None:
    out = tmp_path / "flow.dot"
    result = runner.invoke(app, ["flows", "graph", "failed-withdrawal", "-f", "dot", "-o",
                                 str(out)])
    assert result.exit_code == 0
    done = subprocess.run(["dot", "-Tsvg", str(out)], capture_output=True, check=False)
    assert done.returncode == 0, done.stderr


def test_graph_refuses_an_unknown_format_and_flow() -> None:
    assert runner.invoke(app, ["flows", "graph", "failed-withdrawal", "-f", "png"]).exit_code == 2
    unknown = runner.invoke(app, ["flows", "graph", "nope"])
    assert unknown.exit_code == 2
    assert "Unknown problem 'nope'" in unknown.output


def test_docs_show_the_graph_of_a_shipped_flow() -> None:
    docs = (ROOT / "docs" / "flows.md").read_text(encoding="utf-8")
    graph = runner.invoke(app, ["flows", "graph", "failed-withdrawal"]).output
    assert "```mermaid\n" + graph + "```" in docs


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_every_shipped_flow_validates_against_the_schema(path: Path) -> None:
    # Our reader, like editors' YAML 1.2 servers, keeps `yes:` and `no:` keys as text.
    jsonschema.validate(load_file(path), flow_schema())


def test_schema_command_prints_valid_json_schema() -> None:
    result = runner.invoke(app, ["flows", "schema"])
    assert result.exit_code == 0
    schema = json.loads(result.output)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema == flow_schema()


def test_schema_rejects_what_the_loader_rejects() -> None:
    flow = load_file(FLOWS / "failed-withdrawal.yaml")
    flow["nodes"]["done-fixed"]["outcome"] = "fixed"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(flow, flow_schema())
    flow = load_file(FLOWS / "failed-withdrawal.yaml")
    flow["title"] = {"en": "only English"}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(flow, flow_schema())


def test_new_writes_a_valid_covered_flow_and_refuses_to_overwrite(tmp_path: Path) -> None:
    result = runner.invoke(app, ["--flows-dir", str(tmp_path), "flows", "new", "card-declined"])
    assert result.exit_code == 0, result.output
    flow_file = tmp_path / "card-declined.yaml"
    scenario = tmp_path / "tests" / "card-declined.yaml"
    assert f"Wrote {flow_file}" in result.output
    validate = runner.invoke(app, ["flows", "validate", "--strict", str(flow_file)])
    assert validate.exit_code == 0, validate.output
    tested = runner.invoke(app, ["--flows-dir", str(tmp_path), "flows", "test", str(scenario)])
    assert tested.exit_code == 0, tested.output
    assert "coverage card-declined: 1/1 ends, 2/2 choices" in tested.output
    jsonschema.validate(load_file(flow_file), flow_schema())
    before = flow_file.read_text(encoding="utf-8")
    again = runner.invoke(app, ["--flows-dir", str(tmp_path), "flows", "new", "card-declined"])
    assert again.exit_code == 1
    assert "already exists; nothing was written" in again.output
    assert flow_file.read_text(encoding="utf-8") == before


def test_new_writes_to_the_current_folder_without_flows_dir(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["flows", "new", "my-flow"])
    assert result.exit_code == 0
    assert (tmp_path / "my-flow.yaml").exists()
    assert (tmp_path / "tests" / "my-flow.yaml").exists()


@pytest.mark.parametrize("target", [".", "tests", "tests/my-flow.yaml"])
def test_flows_test_runs_the_folder_new_made(tmp_path: Path, monkeypatch, target: str) -> None:
    """The starter's own 'Test it' line works as printed, and so do its folder and file."""
    monkeypatch.chdir(tmp_path)
    made = runner.invoke(app, ["flows", "new", "my-flow"])
    printed = [line for line in made.output.splitlines() if line.startswith("Test it:")]
    assert printed == [f"Test it:  walletsupport flows test {tmp_path}"]
    for args in (["flows", "test", str(tmp_path)], ["flows", "test", target]):
        tested = runner.invoke(app, args)
        assert tested.exit_code == 0, tested.output
        assert "coverage my-flow: 1/1 ends, 2/2 choices" in tested.output
        assert "2 passed, 0 failed" in tested.output


def test_new_refuses_a_bad_id(tmp_path: Path) -> None:
    result = runner.invoke(app, ["--flows-dir", str(tmp_path), "flows", "new", "Card_Declined"])
    assert result.exit_code == 2
    assert list(tmp_path.iterdir()) == []


def test_the_worked_example_in_the_docs_is_a_valid_flow(tmp_path: Path) -> None:
    docs = (ROOT / "docs" / "flows.md").read_text(encoding="utf-8")
    section = docs.split("## A complete worked example", 1)[1]
    example = section.split("```yaml\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "card-declined.yaml"
    path.write_text(example, encoding="utf-8")
    result = runner.invoke(app, ["flows", "validate", "--strict", str(path)])
    assert result.exit_code == 0, result.output
    jsonschema.validate(load_file(path), flow_schema())
