"""Read check-up files (``kind: checkup``), refusing anything malformed with `path:line`.

A check-up file sits among the flows, in the same YAML dialect, with the same
rules for ids and texts (both languages, no contact details). A file with
``extends: ID`` adds its habits to the check-up ``ID`` (a habit with an id the
check-up already has replaces it in place), so operators can add their own
habits from ``--flows-dir`` or a content package without copying the built-in
ones. `combine` applies the extensions once every file is loaded.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import Any

from ..diagnosis.loader import (
    FLOW_ID_PATTERN,
    ID_PATTERN,
    ProblemCollector,
    parse_condition,
    text_problems,
)
from ..diagnosis.model import FACTS, Condition, Text
from ..diagnosis.yamlsrc import Located, LocatedList
from ..errors import Many, Msg, Problem, type_name
from .model import MARKS, Checkup, Habit, HabitAnswer

__all__ = ["DEFAULT_LABELS", "combine", "is_checkup", "parse_checkup"]

_TOP_KEYS = {"kind", "id", "version", "title", "summary", "habits", "extends"}
_HABIT_KEYS = {"id", "title", "prompt", "help", "where", "answers", "when"}
_ANSWER_KEYS = {"id", "label", "mark", "status", "fix", "when"}
#: Answers with these ids may leave out their label: the catalog has it in both languages.
DEFAULT_LABELS = ("yes", "no", "unsure")


def is_checkup(data: Any) -> bool:
    """Whether parsed YAML is a check-up file rather than a flow."""
    return isinstance(data, Mapping) and data.get("kind") == "checkup"


class _Reader(ProblemCollector):
    """Reads a check-up file, gathering its problems as the flow loader does."""

    def unknown_keys(self, data: Located, allowed: set[str], what: Msg) -> None:
        for key in data:
            if key not in allowed:
                self.error(data.line_of(key), Msg("authoring.unknown-field", what=what, key=key,
                                                  known=Many(sorted(allowed))))

    def ident(self, data: Located, key: str, what: Msg, *, flow_id: bool = False) -> str | None:
        value = data.get(key)
        if value is None:
            self.error(data.line, Msg("authoring.missing-field", what=what, key=key))
            return None
        pattern = FLOW_ID_PATTERN if flow_id else ID_PATTERN
        if not isinstance(value, str) or not pattern.match(value):
            shown: object = repr(value) if isinstance(value, str) else type_name(value)
            self.error(data.line_of(key), Msg("checkup.id-pattern", what=what, key=key,
                                              shown=shown))
            return None
        return value

    def text(self, data: Located, key: str, what: Msg, *, optional: bool = False) -> Text | None:
        if data.get(key) is None:
            if not optional:
                self.error(data.line, Msg("authoring.missing-field", what=what, key=key))
            return None
        value = data[key]
        line = data.line_of(key)
        found = text_problems(value)
        for severity, message in found:
            (self.error if severity == "error" else self.warn)(
                line, Msg("authoring.text-field", what=what, key=key, message=message))
        if any(severity == "error" for severity, _ in found):
            return None
        text: Text = value if isinstance(value, str) else {k: value[k] for k in value}
        from ..diagnosis.validate import contact_detail

        for form in ([text] if isinstance(text, str) else list(text.values())):
            detail = contact_detail(form)
            if detail:
                self.error(line, Msg("check.contact-in-text",
                                     what=Msg("where.field", what=what, field=key),
                                     detail=detail))
                return None
        return text


def _default_label(answer_id: str) -> dict[str, str]:
    from ..i18n import t

    return {lang: t(f"checkup.answer.{answer_id}", lang) for lang in ("en", "zh")}


def _answers(r: _Reader, data: Located, what: Msg) -> tuple[HabitAnswer, ...]:
    raw = data.get("answers")
    if not isinstance(raw, LocatedList) or len(raw) < 2:
        r.error(data.line_of("answers"), Msg("checkup.answers", what=what))
        return ()
    found: list[HabitAnswer] = []
    seen: dict[str, int] = {}
    for index, item in enumerate(raw):
        line = raw.lines[index]
        if not isinstance(item, Located):
            r.error(line, Msg("authoring.not-mapping",
                              what=Msg("where.answer-n", what=what, n=index + 1),
                              type=type_name(item)))
            continue
        numbered = Msg("where.answer-n", what=what, n=index + 1)
        r.unknown_keys(item, _ANSWER_KEYS, numbered)
        if isinstance(item.get("id"), bool):  # YAML 1.1 reads a bare yes/no as true/false
            item["id"] = "yes" if item["id"] else "no"
        answer_id = r.ident(item, "id", numbered)
        where = Msg("where.answer", what=what, id=answer_id) if answer_id else numbered
        if answer_id is not None and answer_id in seen:
            r.error(item.line_of("id"), Msg("checkup.answer-duplicate", what=what, id=answer_id,
                                            first=seen[answer_id]))
            continue
        if answer_id is not None:
            seen[answer_id] = item.line_of("id")
        if item.get("label") is None and answer_id in DEFAULT_LABELS:
            label: Text | None = _default_label(answer_id)
        else:
            label = r.text(item, "label", where)
        mark = item.get("mark")
        if mark is None:
            r.error(item.line, Msg("checkup.mark-missing", what=where, known=Many(MARKS)))
        elif mark not in MARKS:
            r.error(item.line_of("mark"), Msg("checkup.mark", what=where, known=Many(MARKS),
                                              value=mark))
            mark = None
        status = r.text(item, "status", where)
        fix = r.text(item, "fix", where, optional=True)
        if mark in ("could-be-better", "at-risk") and fix is None and "fix" not in item:
            r.error(item.line, Msg("checkup.needs-fix", what=where, mark=mark))
        if mark == "good" and fix is not None:
            r.warn(item.line_of("fix"), Msg("checkup.good-fix", what=where))
        when = _when(r, item, where)
        if answer_id and label is not None and mark and status is not None:
            found.append(HabitAnswer(answer_id, label, mark, status, fix, line, when))
    if found and not any(a.mark == "good" for a in found):
        r.error(raw.line, Msg("checkup.no-good", what=what))
    return tuple(found)


def _habits(r: _Reader, top: Located, source: str) -> tuple[Habit, ...]:
    raw = top.get("habits")
    if not isinstance(raw, LocatedList) or not raw:
        r.error(top.line_of("habits"), Msg("checkup.habits-list"))
        return ()
    found: list[Habit] = []
    seen: dict[str, int] = {}
    for index, item in enumerate(raw):
        line = raw.lines[index]
        if not isinstance(item, Located):
            r.error(line, Msg("authoring.not-mapping", what=Msg("where.habit-n", n=index + 1),
                              type=type_name(item)))
            continue
        numbered = Msg("where.habit-n", n=index + 1)
        r.unknown_keys(item, _HABIT_KEYS, numbered)
        habit_id = r.ident(item, "id", numbered)
        what = Msg("where.habit", id=habit_id) if habit_id else numbered
        if habit_id is not None and habit_id in seen:
            r.error(item.line_of("id"), Msg("checkup.habit-duplicate", id=habit_id,
                                            first=seen[habit_id]))
            continue
        if habit_id is not None:
            seen[habit_id] = item.line_of("id")
        title = r.text(item, "title", what)
        prompt = r.text(item, "prompt", what)
        help_text = r.text(item, "help", what, optional=True)
        where = r.text(item, "where", what, optional=True)
        answers = _answers(r, item, what)
        when = _when(r, item, what)
        if habit_id and title is not None and prompt is not None and answers:
            found.append(Habit(habit_id, title, prompt, answers, help_text, where, line,
                               r.path, source, when))
    return tuple(found)


def _when(r: _Reader, item: Located, what: Msg) -> Condition | None:
    """A habit's `when:`, which may test only the wallet's facts (`wallet-custody: self`)."""
    if "when" not in item:
        return None

    def report(at: int, message: Msg) -> None:
        r.error(at, Msg("problem.in", what=what, message=message))

    cond = parse_condition(item["when"], item.line_of("when"), report)
    stack = [cond] if cond is not None else []
    while stack:
        part = stack.pop()
        stack.extend(part.parts)
        if part.op in ("answer", "answered") and part.question not in FACTS:
            report(part.line or item.line_of("when"),
                   Msg("checkup.when-fact", id=part.question, known=Many(sorted(FACTS))))
            return None
        if part.op == "answer" and any(v not in FACTS[part.question] for v in part.values):
            report(part.line or item.line_of("when"), Msg(
                "check.when-not-choice", what=what, id=part.question,
                value=next(v for v in part.values if v not in FACTS[part.question]),
                known=Many([str(v).lower() for v in FACTS[part.question]])))
            return None
    return cond


def parse_checkup(data: Any, path: str, source: str = "built-in"
                  ) -> tuple[Checkup | None, list[Problem]]:
    """Build a check-up from parsed YAML; return it (None on errors) with every problem found."""
    r = _Reader(path)
    if not isinstance(data, Located):
        r.error(1, Msg("checkup.top"))
        return None, r.problems
    top = Msg("where.checkup")
    r.unknown_keys(data, _TOP_KEYS, top)
    version = data.get("version", 1)
    if version != 1 or isinstance(version, bool):
        r.error(data.line_of("version"), Msg("checkup.version", version=version))
    extends = None
    if "extends" in data:
        extends = r.ident(data, "extends", top, flow_id=True)
        for key in ("id", "title", "summary"):
            if key in data:
                r.error(data.line_of(key), Msg("checkup.extension-field", key=key,
                                               target=data["extends"]))
        checkup_id: str | None = extends
        title: Text | None = ""
        summary: Text | None = ""
    else:
        checkup_id = r.ident(data, "id", top, flow_id=True)
        title = r.text(data, "title", top)
        summary = r.text(data, "summary", top)
    habits = _habits(r, data, source)
    if r.failed or checkup_id is None or title is None or summary is None:
        return None, r.problems
    return Checkup(checkup_id, title, summary, habits, path, data.line, source,
                   extends), r.problems


def combine(checkups: Iterable[Checkup], elsewhere: Collection[str] = ()
            ) -> tuple[dict[str, Checkup], list[Problem]]:
    """Whole check-ups by id, with every extension's habits added, in loading order.

    A later whole check-up of the same id replaces an earlier one (and the
    extensions before it); an extension of an id no file defines is a problem,
    unless the id is among `elsewhere` (check-ups defined by files not loaded
    now, as when `flows validate` checks an extension on its own).
    """
    whole: dict[str, Checkup] = {}
    pending: dict[str, list[Checkup]] = {}
    problems: list[Problem] = []
    for checkup in checkups:
        if checkup.extends is None:
            whole[checkup.id] = checkup
            pending.pop(checkup.id, None)
        else:
            pending.setdefault(checkup.extends, []).append(checkup)
    for target, extensions in pending.items():
        base = whole.get(target)
        if base is None and target in elsewhere:
            continue
        if base is None:
            for extension in extensions:
                known: object = Many(sorted(whole)) if whole else "-"
                problems.append(Problem(extension.path, extension.line,
                                        Msg("checkup.extends-unknown", target=target,
                                            known=known)))
            continue
        habits = list(base.habits)
        for extension in extensions:
            for habit in extension.habits:
                same = next((i for i, h in enumerate(habits) if h.id == habit.id), None)
                if same is None:
                    habits.append(habit)
                else:
                    habits[same] = habit
        whole[target] = Checkup(base.id, base.title, base.summary, tuple(habits), base.path,
                                base.line, base.source)
    return whole, problems
