"""The `flows list`, `flows show` and `flows validate` screens."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..errors import Problem, t_list
from ..i18n import pick, t

if TYPE_CHECKING:
    from ..diagnosis.catalog import FlowHead
    from ..diagnosis.model import Flow

__all__ = ["render_flow", "render_flow_list", "render_problems"]


def render_flow_list(console: Console, flows: Sequence[Flow | FlowHead], lang: str) -> None:
    """A table of the available problems."""
    if not flows:
        console.print(t("flows.none", lang))
        return
    table = Table(box=None, show_edge=False, pad_edge=False)
    table.add_column(t("flows.col.id", lang), no_wrap=True, style="bold")
    table.add_column(t("flows.col.title", lang))
    table.add_column(t("flows.col.source", lang), style="dim", overflow="fold")
    for flow in flows:
        if flow.source == "built-in":
            source = t("flows.source.builtin", lang, file=flow.path.rsplit("/", 1)[-1])
        else:
            source = f"{flow.source}: {flow.path}"
        table.add_row(flow.id, escape(pick(flow.title, lang)), escape(source))
    console.print(table)


def _cond(value: Any) -> str:
    from ..diagnosis.describe import describe_condition

    return escape(str(describe_condition(value)))


def render_flow(console: Console, flow: Flow, lang: str) -> None:
    """The flow as a tree of questions, branches, advice and ends."""
    # Here, not at the top: `flows list` shows titles only and needs neither.
    from rich.tree import Tree

    from ..diagnosis.model import Advice, End, Question

    console.print(f"[bold]{escape(pick(flow.title, lang))}[/] ({flow.id}) — "
                  f"{escape(flow.path)}")
    # Broken where Chinese breaks (rich alone starts a line with "，" at some widths).
    from rich.text import Text as RichText

    from ..wrapping import wrap_styled

    for line in wrap_styled(RichText(pick(flow.summary, lang)), max(console.width, 8)):
        console.print(line, no_wrap=True, overflow="ignore", crop=False)
    tree = Tree(t("flows.show.start.line", lang, node=flow.start))
    goes = t("flows.show.goes-to", lang)
    for node in flow.nodes.values():
        kind = node.kind if isinstance(node, Question) else (
            "advice" if isinstance(node, Advice) else "end")
        where = t("flows.show.head", lang, kind=t("flows.kind." + kind, lang), line=node.line)
        head = f"[bold]{node.id}[/] [dim]{escape(where)}[/]"
        if node.when is not None:
            head += f" [dim]{t('flows.show.when', lang)} {_cond(node.when)}[/]"
        branch = tree.add(head)
        if isinstance(node, Question):
            branch.add(escape(pick(node.prompt, lang)))
            for choice in node.choices:
                dest = choice.next or node.next
                branch.add(f"• {escape(pick(choice.label, lang))} [dim]{choice.id}[/]"
                           + (f" → {dest}" if node.kind == "select" else ""))
            if node.kind == "confirm":
                branch.add(f"{t('answer.yes', lang)} → {node.yes or node.next}")
                branch.add(f"{t('answer.no', lang)} → {node.no or node.next}")
            elif node.kind in ("text", "multiselect", "number", "datetime"):
                branch.add(f"{goes} {node.next}")
            elif node.when is not None:
                branch.add(f"{t('flows.show.otherwise', lang)} → {node.next}")
        elif isinstance(node, Advice):
            for step in node.steps:
                mark = t("flows.show.mark", lang, label=t("severity." + step.severity, lang))
                extra = (f" [dim]{t('flows.show.when', lang)} {_cond(step.when)}[/]"
                         if step.when else "")
                branch.add(escape(mark) + escape(pick(step.text, lang)) + extra)
            branch.add(f"{goes} {node.next}")
        elif isinstance(node, End):
            outcome = t("outcome." + node.outcome, lang)
            branch.add(escape(t("flows.show.outcome", lang, outcome=outcome,
                                message=pick(node.message, lang))))
            if node.next:
                branch.add(f"{t('flows.show.otherwise', lang)} → {node.next}")
    console.print(tree)
    if flow.checklist:
        console.print(f"[bold]{t('flows.show.checklist', lang)}[/]")
        for item in flow.checklist:
            src = f" [dim]← {item.source}[/]" if item.source else ""
            console.print(f"  • {escape(pick(item.label, lang))}{src}")


def render_problems(console: Console, problems: Sequence[Problem], lang: str = "en") -> None:
    """One line per problem, `path:line: message` in `lang`, as editors and CI can read it."""
    for problem in problems:
        style = "red" if problem.severity == "error" else "yellow"
        console.print(f"[{style}]{escape(problem.render(lang))}[/]", soft_wrap=True)


def render_scenario_report(console: Console, results: Sequence[Any], reports: Sequence[Any],
                           problems: Sequence[Any], lang: str) -> None:
    """A pass/fail line per scenario, the failures, coverage, and `N passed, N failed`.

    PASS, FAIL and the closing count stay in English in both languages: test runners
    and CI read them.
    """
    for problem in problems:  # `Problem`s and `FlowError`s, worded in `lang`
        console.print(f"[red]{escape(problem.render(lang))}[/]", soft_wrap=True)
    for outcome in results:
        scenario = outcome.scenario
        where = f"{scenario.path}:{scenario.line}"
        if outcome.passed:
            console.print(f"[green]PASS[/] {escape(scenario.flow_id)}: {escape(scenario.name)}",
                          soft_wrap=True)
        else:
            console.print(f"[red]FAIL[/] {escape(scenario.flow_id)}: {escape(scenario.name)} "
                          f"({escape(where)})", soft_wrap=True)
            for failure in outcome.failures:
                console.print(f"     {escape(failure.render(lang))}", soft_wrap=True)
    for report in reports:
        if not hasattr(report, "all_ends"):  # a check-up's: habits and answers, not ends
            _checkup_coverage(console, report, lang)
            continue
        ends, branches = report.all_ends(), report.all_branches()
        missing_ends, missing_branches = report.missing_ends(), report.missing_branches()
        reached_ends = len(ends) - len(missing_ends)
        reached_branches = len(branches) - len(missing_branches)
        console.print(t("flows.test.coverage", lang, flow=report.flow.id, ends=reached_ends,
                        all_ends=len(ends), branches=reached_branches,
                        all_branches=len(branches)), soft_wrap=True)
        if missing_ends:
            console.print("  " + t("flows.test.missing-ends", lang,
                                   ends=t_list(list(missing_ends), lang)), soft_wrap=True)
        if missing_branches:
            console.print("  " + t("flows.test.missing-branches", lang, branches=t_list(
                [f"{q}={c}" for q, c in missing_branches], lang)), soft_wrap=True)
    passed = sum(1 for r in results if r.passed)
    console.print(f"{passed} passed, {len(results) - passed} failed")


def _checkup_coverage(console: Console, report: Any, lang: str) -> None:
    """How many of a check-up's answers and marks the scenarios reach, and which they miss."""
    answers, missing = report.all_answers(), report.missing_answers()
    marks = report.all_marks()
    reached = report.reached_marks()
    console.print(t("flows.test.checkup-coverage", lang, checkup=report.checkup.id,
                    answers=len(answers) - len(missing), all_answers=len(answers),
                    marks=sum(1 for m in marks if m in reached), all_marks=len(marks)),
                  soft_wrap=True)
    if missing:
        console.print("  " + t("flows.test.missing-answers", lang, answers=t_list(
            [f"{habit}={answer}" for habit, answer in missing], lang)), soft_wrap=True)
