"""A check-up's result as data and as text: the `--json` document, the case record, exports.

Every text here is ours or the check-up file's (the check-up asks no free
text), so nothing needs redacting but the notes and ticket a saved case may
gain later, which `export.scrub` has already cleaned when these run.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..diagnosis.model import Text
from ..i18n import pick, t
from .model import MARKS, CheckupResult

__all__ = [
    "SYMBOLS",
    "case_record",
    "mark_word",
    "result_data",
    "summary_line",
    "summary_text",
    "text_lines",
]

_LANGS = ("en", "zh")
#: The mark of each finding, as `flutter doctor` draws it.
SYMBOLS = {"good": "✓", "could-be-better": "!", "at-risk": "✗"}


def _both(text: Text | None) -> dict[str, str] | None:
    return None if text is None else {lang: pick(text, lang) for lang in _LANGS}


def mark_word(mark: str, lang: str) -> str:
    """The mark spelled out ("good", "could be better", "at risk"), for screen readers."""
    return t(f"checkup.mark.{mark}", lang)


def summary_text(counts: Mapping[str, int], lang: str) -> str:
    """"7 of 10 good; 1 at risk; 2 could be better" from the counts of each mark."""
    total = sum(counts.get(mark, 0) for mark in MARKS)
    line = t("checkup.summary.good", lang, good=counts.get("good", 0), total=total)
    risk = counts.get("at-risk", 0)
    line += (t("checkup.summary.risk", lang, count=risk) if risk
             else t("checkup.summary.no-risk", lang))
    better = counts.get("could-be-better", 0)
    if better:
        line += t("checkup.summary.better", lang, count=better)
    return line + t("checkup.summary.end", lang)


def summary_line(result: CheckupResult, lang: str) -> str:
    """The summary line of a result in `lang`."""
    return summary_text({mark: result.count(mark) for mark in MARKS}, lang)


def result_data(result: CheckupResult) -> dict[str, Any]:
    """The result as the language-independent data `checkup --json` prints (docs/checkup.md)."""
    habits = []
    for finding in result.findings:
        habit, answer = finding.habit, finding.answer
        habits.append({
            "id": habit.id,
            "title": _both(habit.title),
            "question": _both(habit.prompt),
            "answer": answer.id,
            "answer_label": _both(answer.label),
            "mark": answer.mark,
            "status": _both(answer.status),
            "fix": _both(answer.fix) if answer.mark != "good" else None,
            "where": _both(habit.where) if answer.mark != "good" else None,
        })
    counts = {mark: result.count(mark) for mark in MARKS}
    return {
        "checkup": {"id": result.checkup.id, "title": _both(result.checkup.title)},
        "summary": {"total": len(result.findings), **counts,
                    "line": {lang: summary_line(result, lang) for lang in _LANGS}},
        "overall": result.overall,
        "exit_code": result.exit_code,
        "habits": habits,
    }


def case_record(result: CheckupResult) -> dict[str, Any]:
    """The result as a case record: the fields every case has, and the check-up's own."""
    answers = [{
        "question": f.habit.id,
        "kind": "select",
        "reference": False,
        "prompt": _both(f.habit.prompt),
        "value": f.answer.id,
        "display": _both(f.answer.label),
    } for f in result.findings]
    return {
        "version": 1,
        "kind": "checkup",
        "flow": {"id": result.checkup.id, "title": _both(result.checkup.title), "version": 1},
        "outcome": result.overall,
        "end": "",
        "message": {lang: summary_line(result, lang) for lang in _LANGS},
        "recommend": [],
        "answers": answers,
        "advice": [],
        "checklist": [],
        "path": [f.habit.id for f in result.findings],
        "checkup": result_data(result),
    }


def text_lines(data: Mapping[str, Any], lang: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """Each habit of `result_data` as (mark, "✓ Good: title — status", [(label, text)...]).

    The pairs are the fix and where to find the setting, for marks short of good.
    """
    found = []
    for habit in data.get("habits", []):
        mark = str(habit.get("mark", ""))
        head = t("checkup.line.export", lang, symbol=SYMBOLS.get(mark, "?"),
                 mark=_capital(mark_word(mark, lang) if mark in MARKS else mark),
                 title=pick(habit["title"], lang), status=pick(habit["status"], lang))
        extra: list[tuple[str, str]] = []
        if habit.get("fix"):
            extra.append((t("checkup.fix", lang), pick(habit["fix"], lang)))
        if habit.get("where"):
            extra.append((t("checkup.where", lang), pick(habit["where"], lang)))
        found.append((mark, head, extra))
    return found


def _capital(word: str) -> str:
    return word[:1].upper() + word[1:]
