"""`walletsupport flows ...`: list, show and check the problem flows."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ..errors import ExitCode
from . import env_of, load_flows, write_stdout
from .completion import flow_ids

if TYPE_CHECKING:
    from ..environment import Environment

__all__ = ["flows_app", "register"]

flows_app = typer.Typer(help="List, show and check the problem flows. 查看和检查问题流程。",
                        no_args_is_help=True)


def register(app: typer.Typer) -> None:
    """Add the `flows` group to the main app."""
    app.add_typer(flows_app, name="flows")


def _print_json(env: object, data: object) -> None:
    stream = env.stdout  # type: ignore[attr-defined]
    stream.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


@flows_app.command("list")
def list_flows(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List the problems walletsupport can diagnose."""
    from ..diagnosis.catalog import load_catalog

    env = env_of(ctx)
    catalog = load_catalog(env.flows_dirs)
    flows = catalog.listing()  # from the cache: heads only, no flow is built (nor the model)
    if as_json:
        from ..diagnosis.describe import flow_entry

        _print_json(env, [flow_entry(f, env.lang) for f in flows])
    else:
        from ..rendering.flows import render_flow_list

        render_flow_list(env.console(), flows, env.lang)
    if catalog.errors:
        from ..rendering.flows import render_problems

        render_problems(env.console(stderr=True), catalog.errors, env.lang)
        raise typer.Exit(ExitCode.FAILURE)


@flows_app.command("show")
def show_flow(
    ctx: typer.Context,
    flow_id: Annotated[str, typer.Argument(metavar="FLOW", help="The flow id.",
                                              autocompletion=flow_ids)],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Show one flow: its questions, branches, advice and ends."""
    env = env_of(ctx)
    flow = load_flows(env, flow_id).get(flow_id)
    if as_json:
        from ..diagnosis.describe import describe_flow

        _print_json(env, describe_flow(flow))
    else:
        from ..rendering.flows import render_flow

        render_flow(env.console(), flow, env.lang)


@flows_app.command("validate")
def validate_flows(
    ctx: typer.Context,
    paths: Annotated[list[Path] | None, typer.Argument(
        metavar="[PATH]...", help="Flow files or folders (default: every flow the tool loads).",
        show_default=False)] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Treat warnings as errors.")] = False,
) -> None:
    """Check flow files: syntax, types, references, reachability, dead ends, translations."""
    from ..diagnosis.catalog import flow_files, load_catalog
    from ..errors import UsageError
    from ..i18n import t
    from ..rendering.flows import render_problems

    env = env_of(ctx)
    if paths:
        for path in paths:
            if not os.path.lexists(path):  # a broken link or a loop is read, and named, below
                raise UsageError(t("flows.validate.no-path", env.lang, path=path))
        count = sum(len(flow_files(p)) if p.is_dir() else 1 for p in paths)
        if count == 0:
            raise UsageError(key="flows.validate.none-found",
                             paths=", ".join(str(p) for p in paths))
        catalog = load_catalog(paths=paths)
    else:
        catalog = load_catalog(env.flows_dirs)
        count = len(catalog.flows) + len(catalog.broken) + len(catalog.checkups)
    from ..diagnosis.validate import authoring_hints

    # What loading needs, then what helps the flow's readers (a label for each answer).
    hints = [hint for flow in catalog.flows.values() for hint in authoring_hints(flow)]
    problems = [*catalog.problems, *hints]
    errors = [p for p in problems if p.severity == "error"]
    warnings = [p for p in problems if p.severity != "error"]
    render_problems(env.console(), problems, env.lang)
    console = env.console()
    if not problems:
        console.print(t("flows.validate.ok", env.lang, count=count))
    else:
        console.print(t("flows.validate.summary", env.lang, count=count, errors=len(errors),
                        warnings=len(warnings)))
    if errors or (strict and warnings):
        raise typer.Exit(ExitCode.FAILURE)


def _flow_folder_of(path: Path) -> Path | None:
    """The flow folder a scenario path belongs to, as `flows new` lays them out.

    A folder with a `tests/` folder inside is a flow folder (its scenarios are in
    `tests/`); a `tests/` folder, or a file in one, belongs to the folder above.
    """
    if path.is_dir() and (path / "tests").is_dir():
        return path
    folder = path if path.is_dir() else path.parent
    if folder.name == "tests" and any(folder.parent.glob("*.y*ml")):
        return folder.parent
    return None


@flows_app.command("test")
def test_flows(
    ctx: typer.Context,
    paths: Annotated[list[Path] | None, typer.Argument(
        metavar="[PATH]...", help="Scenario files or folders (default: the tests/ folder "
        "beside every flow folder).", show_default=False)] = None,
) -> None:
    """Run scenario files: each gives answers and expects an end, advice and checklist values."""
    from ..authoring.scenarios import coverage, load_scenarios, run_scenario
    from ..diagnosis.catalog import data_dir
    from ..errors import FlowError, Msg, Problem, UsageError
    from ..i18n import t
    from ..rendering.flows import render_scenario_report

    env = env_of(ctx)
    flow_dirs = list(env.flows_dirs)
    if paths:
        folders = []
        for path in paths:
            if not os.path.lexists(path):  # a broken link or a loop is read, and named, below
                raise UsageError(t("flows.validate.no-path", env.lang, path=path))
            flows_beside = _flow_folder_of(path)
            if flows_beside is not None and flows_beside not in flow_dirs:
                flow_dirs.append(flows_beside)  # the flows its scenarios are about
            folders.append(path / "tests" if flows_beside == path else path)
    else:
        from ..diagnosis.content import content_folders

        packaged = [folder for _, folder in content_folders("flows")]
        folders = [folder / "tests" for folder in (data_dir("flows"), *packaged,
                                                    *env.flows_dirs)]
    catalog = load_flows(env, dirs=tuple(flow_dirs))  # a broken flow is named, not just missing
    files = sorted({f for p in folders for f in (
        sorted(p.glob("*.y*ml")) if p.is_dir() else [p] if p.exists() else [])})
    from ..checkup.run import (
        CheckupScenario,
        checkup_coverage,
        load_checkup_scenarios,
        run_checkup_scenario,
    )
    from ..diagnosis.yamlsrc import load_file

    results: list[Any] = []
    problems: list[Problem | FlowError] = []
    for file in files:
        try:
            data = load_file(file)
            # A file naming `checkup:` holds a check-up's scenarios (docs/flows.md).
            scenarios: list[Any] = (load_checkup_scenarios(file, data)
                                    if isinstance(data, dict) and "checkup" in data
                                    else load_scenarios(file, data))
        except FlowError as error:
            problems.append(error)
            continue
        for scenario in scenarios:
            if isinstance(scenario, CheckupScenario):
                if scenario.flow_id not in catalog.checkups:
                    problems.append(Problem(scenario.path, scenario.line,
                                            Msg("scenario.checkup-not-loaded",
                                                id=scenario.flow_id)))
                    continue
                results.append(run_checkup_scenario(catalog.checkups[scenario.flow_id],
                                                    scenario))
                continue
            if scenario.flow_id not in catalog.flows:
                problems.append(Problem(scenario.path, scenario.line,
                                        Msg("scenario.flow-not-loaded", id=scenario.flow_id)))
                continue
            results.append(run_scenario(catalog.flows[scenario.flow_id], scenario))
    by_flow: dict[tuple[bool, str], list[Any]] = {}
    for outcome in results:
        key = (isinstance(outcome.scenario, CheckupScenario), outcome.scenario.flow_id)
        by_flow.setdefault(key, []).append(outcome)
    reports = [checkup_coverage(catalog.checkups[flow_id], outcomes) if is_checkup
               else coverage(catalog.flows[flow_id], outcomes)
               for (is_checkup, flow_id), outcomes in sorted(by_flow.items())]
    render_scenario_report(env.console(), results, reports, problems, env.lang)
    if problems or any(not r.passed for r in results) or not results:
        raise typer.Exit(ExitCode.FAILURE)


@flows_app.command("graph")
def graph_flow(
    ctx: typer.Context,
    flow_id: Annotated[str, typer.Argument(metavar="FLOW", help="The flow id.",
                                              autocompletion=flow_ids)],
    fmt: Annotated[str, typer.Option("--format", "-f", help="mermaid or dot.")] = "mermaid",
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write to this file instead of stdout.", dir_okay=False,
        show_default=False)] = None,
    force: Annotated[bool, typer.Option(
        "--force", help="Replace the --output file if it exists (a link is never followed). "
        "如果 --output 文件已存在则替换它（不会通过链接写入）。")
    ] = False,
) -> None:
    """Draw a flow's decision tree as a Mermaid flowchart or a Graphviz DOT graph."""
    from ..authoring.graph import FORMATS, to_dot, to_mermaid
    from ..errors import Echo, UsageError

    env = env_of(ctx)
    if fmt not in FORMATS:
        raise UsageError(key="flows.graph.bad-format", formats=", ".join(FORMATS), fmt=Echo(fmt))
    flow = load_flows(env, flow_id).get(flow_id)
    text = to_mermaid(flow, env.lang) if fmt == "mermaid" else to_dot(flow, env.lang)
    _write(env, text, output, force)


def _write(env: Environment, text: str, output: Path | None, force: bool) -> None:
    if output is None or str(output) == "-":
        write_stdout(env, text)
        return
    from ..safefile import write_file

    write_file(output, text, force=force, private=True)


@flows_app.command("schema")
def schema_flows(
    ctx: typer.Context,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write to this file instead of stdout.", dir_okay=False,
        show_default=False)] = None,
    force: Annotated[bool, typer.Option(
        "--force", help="Replace the --output file if it exists (a link is never followed). "
        "如果 --output 文件已存在则替换它（不会通过链接写入）。")
    ] = False,
) -> None:
    """Print the JSON Schema of the flow format (for editors' YAML support)."""
    from ..authoring.schema import flow_schema

    _write(env_of(ctx), json.dumps(flow_schema(), ensure_ascii=False, indent=2) + "\n", output,
           force)


@flows_app.command("new")
def new_flow(
    ctx: typer.Context,
    flow_id: Annotated[str, typer.Argument(metavar="ID", help="The new flow's id (kebab-case).")],
) -> None:
    """Write a small, valid starter flow and its scenario file, never overwriting."""
    from ..authoring.starter import starter_flow, starter_scenario
    from ..diagnosis.loader import FLOW_ID_PATTERN
    from ..errors import Echo, UsageError, WalletSupportError

    env = env_of(ctx)
    from ..redact import redact

    # A card number is a valid-looking id ("5500-0000-0000-0004"): never make it a file name.
    if not FLOW_ID_PATTERN.match(flow_id) or redact(flow_id).changed:
        raise UsageError(key="flows.new.bad-id", id=Echo(flow_id))
    folder = env.flows_dirs[0] if env.flows_dirs else Path.cwd()
    target = folder / f"{flow_id}.yaml"
    scenario = folder / "tests" / f"{flow_id}.yaml"
    for path in (target, scenario):
        if path.exists() or path.is_symlink():
            raise WalletSupportError(key="flows.new.exists", path=path)
    try:
        scenario.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WalletSupportError(key="flows.write-failed", path=folder,
                                 reason=exc.strerror) from None
    from ..safefile import write_file

    write_file(target, starter_flow(flow_id), private=False)
    write_file(scenario, starter_scenario(flow_id), private=False)
    console = env.console()
    from ..i18n import t

    # `flows test FOLDER` loads the folder's flows and runs its tests/ beside them.
    test_command = f"flows test {folder}"
    for line in (t("flows.new.wrote", env.lang, path=target),
                 t("flows.new.wrote", env.lang, path=scenario),
                 t("flows.new.check", env.lang, path=target),
                 t("flows.new.test", env.lang, command=test_command)):
        console.print(line, soft_wrap=True, markup=False)
