"""Saved cases: drafts of unfinished diagnoses and finished cases, in one SQLite file.

A finished case keeps a self-contained record of what the flow showed (texts in
both languages), so that it reads the same after its flow file changes or goes.
Nothing that came from a person is stored before `redact` has seen it, and the
file is private to its owner (mode 0600 in a 0700 folder).

Several processes may write at once: the database is in WAL mode with a busy
timeout, and every write is one `BEGIN IMMEDIATE` transaction, so writers queue
instead of failing or overwriting each other.

The schema grows by numbered steps (`_MIGRATIONS`): a file at version N runs
steps N+1... once, in one transaction, and keeps every case. What `cases list`
shows (title, outcome, kind, where a draft stopped) has columns of its own, so a
list reads no record and stays quick with thousands of cases; one case is read
by its id, so `show` and `export` do not grow with the history. To add a column:
append a step that calls `_add_column` (and fills it from the record, if it can
be), and name the column in `_SUMMARY_COLUMNS` when the list shows it.
"""

from __future__ import annotations

import builtins
import os
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from ..errors import CaseNotFound, Echo, Msg, UsageError, WalletSupportError
from ..frozen import frozen

if TYPE_CHECKING:
    import sqlite3

    from ..diagnosis.model import Answer, Flow, Text
    from ..diagnosis.results import Result
    from ..redact import Redacted
    from .records import Case, CaseAdvice, CaseAnswer, CaseItem, CaseStep, Draft, Note

__all__ = [
    "DB_NAME",
    "NO_FLOW_YET",
    "STATUSES",
    "Bilingual",
    "Case",
    "CaseAdvice",
    "CaseAnswer",
    "CaseItem",
    "CaseStep",
    "CaseStore",
    "Draft",
    "Note",
    "Summary",
    "UnreadableCase",
    "bilingual",
    "database_error",
    "parse_case_id",
    "status_named",
]

_T = TypeVar("_T")
#: Defined in `records`, loaded when first used (`cases list` needs none of them).
_RECORDS = frozenset({"Case", "CaseAdvice", "CaseAnswer", "CaseItem", "CaseStep", "Draft", "Note"})


def __getattr__(name: str) -> Any:
    if name in _RECORDS:
        from . import records

        return getattr(records, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


DB_NAME = "cases.sqlite3"
#: The problem of a draft kept before one was chosen: it holds the user's words only.
NO_FLOW_YET = ""
#: The statuses a finished case can be given; a draft has the status "draft".
STATUSES = ("open", "waiting", "escalated", "resolved", "closed")
#: Words a user may type for a status, in Chinese as `cases list` shows it and as said.
_STATUS_WORDS = {
    "待处理": "open", "未处理": "open", "处理中": "open", "打开": "open",
    "等待": "waiting", "等待中": "waiting", "等待答复": "waiting", "等回复": "waiting",
    "已升级": "escalated", "升级": "escalated", "已升级处理": "escalated", "升级处理": "escalated",
    "已解决": "resolved", "解决": "resolved", "解决了": "resolved",
    "已结束": "closed", "结束": "closed", "已关闭": "closed", "关闭": "closed",
}
def status_named(typed: str) -> str:
    """The status `typed` names, in English or in Chinese (已解决, 等待中…); else a usage error."""
    status = _STATUS_WORDS.get(typed.strip().lower(), typed.strip().lower())
    if status not in STATUSES:
        raise UsageError(key="cases.bad-status", status=Echo(typed),
                         allowed=Msg("cases.statuses"))
    return status


#: A text in every language the tool speaks: {"en": ..., "zh": ...}.
Bilingual = Mapping[str, str]

_RECORD_VERSION = 1
_BUSY_MS = 10_000  # how long to wait for another walletsupport to finish writing
_LANGS = ("en", "zh")
#: Version 1: the first schema (cases with their record, notes).
_SCHEMA_V1 = """
CREATE TABLE IF NOT EXISTS cases (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    status TEXT NOT NULL,
    flow_id TEXT NOT NULL,
    lang TEXT NOT NULL,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    finished TEXT,
    zone TEXT,
    ticket TEXT,
    answers TEXT NOT NULL,
    record TEXT,
    redactions TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    zone TEXT,
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS notes_by_case ON notes(case_id);
"""


def _add_column(db: sqlite3.Connection, table: str, column: str, declaration: str) -> None:
    """Add a column unless it is there already (another process may have added it)."""
    if column not in {row[1] for row in db.execute(f"PRAGMA table_info({table})")}:
        db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {declaration}")


def _migrate_1(db: sqlite3.Connection) -> None:
    for statement in _SCHEMA_V1.split(";"):
        if statement.strip():
            db.execute(statement)


def _migrate_2(db: sqlite3.Connection) -> None:
    """What the list shows gets columns of its own, filled from each case's record."""
    import json

    _add_column(db, "cases", "title", "TEXT")      # the flow's title, {"en": ..., "zh": ...}
    _add_column(db, "cases", "outcome", "TEXT")
    _add_column(db, "cases", "kind", "TEXT NOT NULL DEFAULT 'diagnosis'")
    _add_column(db, "cases", "waiting", "TEXT")    # a draft: the question it stopped at
    db.execute("CREATE INDEX IF NOT EXISTS cases_by_status ON cases(status, id)")
    db.execute("CREATE INDEX IF NOT EXISTS cases_by_finished ON cases(finished, id)")
    filled = []
    for case_id, record in db.execute(
            "SELECT id, record FROM cases WHERE record IS NOT NULL AND title IS NULL"):
        try:
            data = json.loads(record)
        except ValueError:
            continue
        if not isinstance(data, dict):
            continue
        flow = data.get("flow")
        title = flow.get("title") if isinstance(flow, dict) else None
        filled.append((json.dumps(title, ensure_ascii=False) if isinstance(title, dict) else None,
                       str(data.get("outcome", "")), str(data.get("kind", "diagnosis")),
                       case_id))
    db.executemany("UPDATE cases SET title = ?, outcome = ?, kind = ? WHERE id = ?", filled)


#: Step N brings a file from version N-1 to N; a new step goes at the end.
_MIGRATIONS = (_migrate_1, _migrate_2)
#: The columns `_migrate_2` adds: a file lacking only these can be repaired in place.
_SUMMARY_ADDED = frozenset({"title", "outcome", "kind", "waiting"})
_SCHEMA_VERSION = len(_MIGRATIONS)


@frozen
class Summary:
    """One row of `cases list`: a finished case, or a draft (status "draft")."""

    id: int
    status: str
    flow_id: str
    title: Bilingual | None  # None: a draft saved before titles were kept
    outcome: str
    kind: str
    lang: str
    created: datetime
    updated: datetime
    zone: str | None
    ticket: str | None
    notes: int
    #: A draft: the question it stopped at, when it was saved with its flow.
    waiting: Bilingual | None = None


class UnreadableCase(WalletSupportError):
    """A saved case or draft whose stored row cannot be read (damaged JSON, a bad date).

    Listing goes on without it (`CaseStore.unreadable` names it); asking for it
    by id says which case it is and what is wrong, never an internal error.
    """

    def __init__(self, case_id: object, what: str) -> None:
        super().__init__(key="faults.case-unreadable", case=case_id,
                         reason=Msg(f"faults.case-{what}"))
        self.case_id = case_id


def _readable(case_id: object, build: Callable[[], _T]) -> _T:
    """`build()`, with any damage in the stored row turned into `UnreadableCase`."""
    import json

    try:
        return build()
    except json.JSONDecodeError:
        what = "bad-json"
    except (ValueError, OverflowError):  # a date (or number) stored in a form not written here
        what = "bad-value"
    except (KeyError, TypeError, AttributeError, IndexError):
        what = "bad-shape"
    raise UnreadableCase(case_id, what)


def _busy_ms() -> int:
    """How long to wait for another process's write: WALLETSUPPORT_DB_WAIT seconds, or 10."""
    raw = os.environ.get("WALLETSUPPORT_DB_WAIT", "")
    try:
        seconds = float(raw) if raw else _BUSY_MS / 1000
    except ValueError:
        seconds = _BUSY_MS / 1000
    return int(min(max(seconds, 0.0), 600.0) * 1000)


def database_error(exc: Exception, path: Path) -> WalletSupportError:
    """One plain sentence for an SQLite failure: busy (another walletsupport), full, or other.

    None of them advises deleting or moving the cases: the file is fine.
    """
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return WalletSupportError(key="faults.db-busy", path=str(path),
                                  seconds=f"{_busy_ms() / 1000:g}")
    if "full" in text:
        return WalletSupportError(key="faults.db-full", path=str(path))
    return WalletSupportError(key="faults.db-failed", path=str(path), error=str(exc))


def parse_case_id(raw: str) -> int:
    """A case id as typed (``12`` or ``#12``), or `CaseNotFound` naming what was typed."""
    text = raw.strip().removeprefix("#")
    if text.isascii() and text.isdigit() and len(text) <= 18:  # SQLite ids fit in 63 bits
        return int(text)
    if text.isascii() and text.isdigit():  # a number, only no case has it
        raise CaseNotFound(key="errors.unknown-case", case=Echo(raw))
    raise CaseNotFound(key="errors.case-id-not-a-number", case=Echo(raw))


_COLUMNS = {"id", "status", "flow_id", "lang", "created", "updated", "zone", "answers", "title",
            "outcome", "kind", "waiting"}


class CaseStore:
    """The case database in `folder`, opened on first use."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.path = self.folder / DB_NAME
        self._db: sqlite3.Connection | None = None
        #: Rows the last `list` or `drafts` could not read, each naming its case.
        self.unreadable: list[UnreadableCase] = []

    # -- connection -----------------------------------------------------------------

    def close(self) -> None:
        """Close the connection (the store reopens it when used again)."""
        if self._db is not None:
            self._db.close()
            self._db = None

    def __enter__(self) -> CaseStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _connect(self) -> sqlite3.Connection:
        if self._db is not None:
            return self._db
        import sqlite3

        try:
            _private_file(self.folder, self.path)
            db = sqlite3.connect(self.path, timeout=_busy_ms() / 1000, isolation_level=None)
        except OSError as exc:
            raise WalletSupportError(key="cases.cannot-open", path=str(self.path),
                                     error=exc.strerror or str(exc)) from None
        try:
            db.execute(f"PRAGMA busy_timeout = {_busy_ms()}")
            db.execute("PRAGMA foreign_keys = ON")
            # Deleted cases should not linger in free pages of the file.
            db.execute("PRAGMA secure_delete = ON")
            db.execute("PRAGMA journal_mode = WAL")
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > _SCHEMA_VERSION:
                raise WalletSupportError(key="cases.newer-db", path=str(self.path))
            if version < _SCHEMA_VERSION:
                self._db = db
                with self._write():
                    # Another process may have migrated meanwhile: read the version again
                    # under the write lock.
                    version = db.execute("PRAGMA user_version").fetchone()[0]
                    for step in _MIGRATIONS[version:]:
                        step(db)
                    db.execute(f"PRAGMA user_version = {max(version, _SCHEMA_VERSION)}")
            columns = {row[1] for row in db.execute("PRAGMA table_info(cases)")}
            missing = _COLUMNS - columns
            if missing and missing <= _SUMMARY_ADDED and columns:
                # A file whose numbering ran ahead of its columns (a development build
                # numbered its own second step 2): add the list's columns, keep every case.
                self._db = db
                with self._write():
                    _migrate_2(db)
                columns = {row[1] for row in db.execute("PRAGMA table_info(cases)")}
                missing = _COLUMNS - columns
            if missing:  # an older or foreign file that happens to have this name
                raise sqlite3.DatabaseError(f"the cases table lacks {', '.join(sorted(missing))}")
        except sqlite3.OperationalError as exc:
            self._db = None
            db.close()
            # Busy or full is not a damaged file: never advise moving it aside for that.
            raise database_error(exc, self.path) from None
        except sqlite3.DatabaseError as exc:
            self._db = None
            db.close()
            raise WalletSupportError(key="cases.bad-db", path=str(self.path),
                                     error=str(exc)) from None
        except BaseException:
            self._db = None
            db.close()
            raise
        self._db = db
        return db

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """Run one write transaction.

        IMMEDIATE takes the write lock up front, so no reader turning writer can
        meet a deadlock that the busy timeout cannot wait out.
        """
        import sqlite3

        db = self._connect()
        try:
            db.execute("BEGIN IMMEDIATE")
            yield db
            db.execute("COMMIT")
        except sqlite3.OperationalError as exc:  # locked past the timeout, read-only, disk full
            if db.in_transaction:
                with suppress(sqlite3.Error):
                    db.execute("ROLLBACK")
            raise database_error(exc, self.path) from None
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise

    # -- drafts ---------------------------------------------------------------------

    def save_draft(self, *, case_id: int | None, flow_id: str,
                   answers: Sequence[tuple[str, Answer]], lang: str, now: datetime,
                   references: Collection[str] = (), flow: Flow | None = None,
                   wallet: str | None = None, description: str | None = None) -> int:
        """Create or update the draft `case_id` with the answers so far; its id.

        `references` names the questions whose answers are references (`Question.reference`).
        With its `flow`, the draft also keeps the flow's title and the question it stopped
        at, so `cases list` can show them without reading any flow.
        """
        import json

        clean, _ = _clean_answers(answers, lang, references)
        stored = json.dumps([[q, list(v) if isinstance(v, tuple) else v] for q, v in clean],
                            ensure_ascii=False)
        title = waiting = None
        if flow is None and flow_id == NO_FLOW_YET:  # words only: no problem chosen yet
            from ..i18n import t

            title = _json_text({lang: t("cases.drafts.no-flow", lang) for lang in ("en", "zh")})
            waiting = _json_text({lang: t("cases.drafts.at-matches", lang)
                                  for lang in ("en", "zh")})
        if flow is not None:
            from ..diagnosis.engine import walk
            from ..diagnosis.model import Question

            title = _json_text(flow.title)
            # With the time: a question a date answers (`from:`) is never where it stopped.
            step = walk(flow, answers, now).step
            if isinstance(step, Question):
                waiting = _json_text(step.prompt)
            else:  # every question answered: it stopped at the review, before the result
                from ..i18n import t

                waiting = _json_text({lang: t("cases.drafts.at-review", lang)
                                      for lang in ("en", "zh")})
        stamp = _iso(now)
        # A draft's record holds only the wallet and the description typed (redacted); a
        # finished case's record replaces it.
        kept: dict[str, str] = {} if wallet is None else {"wallet": wallet}
        if description and description.strip():
            kept["description"] = _clean(" ".join(description.split()), lang)[0]
        record = json.dumps(kept, ensure_ascii=False) if kept else None
        with self._write() as db:
            if case_id is not None:
                cursor = db.execute(
                    "UPDATE cases SET flow_id = ?, answers = ?, lang = ?, updated = ?, "
                    "title = coalesce(?, title), waiting = ?, record = coalesce(?, record) "
                    "WHERE id = ? AND status = 'draft'",
                    (flow_id, stored, lang, stamp, title, waiting, record, case_id))
                if cursor.rowcount:
                    return case_id
            # The draft is gone (deleted meanwhile) or never existed: start a new one.
            cursor = db.execute(
                "INSERT INTO cases (status, flow_id, lang, created, updated, zone, answers, "
                "title, waiting, record) VALUES ('draft', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (flow_id, lang, stamp, stamp, _zone_name(now), stored, title, waiting, record))
            return int(cursor.lastrowid or 0)

    def latest_draft(self, flow_id: str | None = None) -> Draft | None:
        """The most recently saved draft (of `flow_id`, when given), if any."""
        query = ("SELECT id, flow_id, answers, lang, created, updated, record FROM cases "
                 "WHERE status = 'draft'")
        params: tuple[str, ...] = ()
        if flow_id is not None:
            query += " AND flow_id = ?"
            params = (flow_id,)
        drafts = self._drafts(self._connect().execute(query, params).fetchall())
        if not drafts:
            return None
        # Compare instants, not strings: drafts may be saved under different UTC offsets.
        return max(drafts, key=lambda d: (d.updated, d.id))

    def draft(self, case_id: int) -> Draft:
        """The unfinished diagnosis `case_id`, or `CaseNotFound`."""
        row = self._connect().execute(
            "SELECT id, flow_id, answers, lang, created, updated, record FROM cases "
            "WHERE id = ? AND status = 'draft'", (case_id,)).fetchone()
        if row is None:
            raise CaseNotFound(key="errors.unknown-case", case=case_id)
        return _readable(case_id, lambda: _draft(row))

    def drafts(self) -> list[Draft]:
        """Every unfinished diagnosis, oldest first."""
        rows = self._connect().execute(
            "SELECT id, flow_id, answers, lang, created, updated, record FROM cases "
            "WHERE status = 'draft' ORDER BY id").fetchall()
        return self._drafts(rows)

    def _drafts(self, rows: Sequence[Sequence[Any]]) -> list[Draft]:
        """The drafts that can be read; the others are noted in `unreadable`."""
        found: list[Draft] = []
        for row in rows:
            try:
                found.append(_readable(row[0], lambda row=row: _draft(row)))  # type: ignore[misc]
            except UnreadableCase as damaged:
                self.unreadable.append(damaged)
        return found

    def answers_of(self, case_id: int) -> tuple[str, str, tuple[tuple[str, Answer], ...]]:
        """The status, flow id and answers (redacted, in the order given) of a case or draft."""
        import json

        row = self._connect().execute("SELECT status, flow_id, answers FROM cases WHERE id = ?",
                                      (case_id,)).fetchone()
        if row is None:
            raise CaseNotFound(key="errors.unknown-case", case=case_id)
        answers = _readable(case_id, lambda: tuple(
            (str(q), _answer(v)) for q, v in json.loads(row[2] or "[]")))
        return str(row[0]), str(row[1]), answers

    def drop_draft(self, case_id: int) -> None:
        """Forget a draft (nothing happens when there is none with this id)."""
        with self._write() as db:
            db.execute("DELETE FROM cases WHERE id = ? AND status = 'draft'", (case_id,))

    # -- finished cases -------------------------------------------------------------

    def finish(self, *, case_id: int | None, result: Result, lang: str, now: datetime,
               redactions: Mapping[str, int], description: str | None = None,
               wallet: str | None = None) -> Case:
        """Store a finished diagnosis (see `finish_id`) and read it back."""
        return self.get(self.finish_id(case_id=case_id, result=result, lang=lang, now=now,
                                       redactions=redactions, description=description,
                                       wallet=wallet))

    def finish_id(self, *, case_id: int | None, result: Result, lang: str, now: datetime,
                  redactions: Mapping[str, int], description: str | None = None,
                  wallet: str | None = None) -> int:
        """Store a finished diagnosis (turning draft `case_id` into it); its id.

        Its status follows the outcome: waiting for a wait, closed for an estimate,
        resolved when solved, open when support is still needed. `description` is
        what the user typed to describe the problem; it is redacted here too.
        `wallet` (a profile name, "other" or "unsaid") is kept in the case's record.
        """
        import json

        from ..diagnosis.model import OUTCOME_STATUS

        record, found = _record(result, lang, description)
        if wallet is not None:
            record["wallet"] = wallet
        status = OUTCOME_STATUS.get(result.end.outcome, "open")
        counts = Counter({k: int(v) for k, v in redactions.items() if v}) + found
        answers = json.dumps([[a["question"], a["value"]] for a in record["answers"]],
                             ensure_ascii=False)
        body = json.dumps(record, ensure_ascii=False, sort_keys=True)
        title = json.dumps(record["flow"]["title"], ensure_ascii=False)
        stamp = _iso(now)
        with self._write() as db:
            updated = 0
            if case_id is not None:
                updated = db.execute(
                    "UPDATE cases SET status = ?, flow_id = ?, lang = ?, updated = ?, "
                    "finished = ?, answers = ?, record = ?, redactions = ?, title = ?, "
                    "outcome = ?, kind = 'diagnosis', waiting = NULL "
                    "WHERE id = ? AND status = 'draft'",
                    (status, result.flow.id, lang, stamp, _utc(now), answers, body,
                     _counts_json(counts), title, result.end.outcome, case_id)).rowcount
            if not updated:
                case_id = db.execute(
                    "INSERT INTO cases (status, flow_id, lang, created, updated, finished, zone, "
                    "answers, record, redactions, title, outcome, kind) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'diagnosis')",
                    (status, result.flow.id, lang, stamp, stamp, _utc(now), _zone_name(now),
                     answers, body, _counts_json(counts), title, result.end.outcome)).lastrowid
        assert case_id is not None
        return case_id

    def amend(self, case_id: int, *, result: Result, lang: str, now: datetime,
              redactions: Mapping[str, int]) -> Case:
        """Replace a finished case's answers and result after a correction.

        The case keeps its id, ticket, notes and history; the record notes when it was
        edited (every edit is kept, oldest first). A new outcome brings its status, as a
        finished diagnosis does (a case still escalated to support stays so); the same
        outcome keeps the status the user gave it.
        """
        import json

        from ..diagnosis.model import OUTCOME_STATUS

        db = self._connect()
        row = db.execute("SELECT record, redactions, status, outcome FROM cases "
                         "WHERE id = ? AND status != 'draft'", (case_id,)).fetchone()
        if row is None:
            raise CaseNotFound(key="errors.unknown-case", case=case_id)
        old = json.loads(row[0] or "{}")
        record, found = _record(result, lang)
        if old.get("description"):
            record["description"] = old["description"]  # already redacted when first kept
        record["edited"] = [*old.get("edited", []), _iso(now)]
        if old.get("wallet") is not None:
            record["wallet"] = old["wallet"]  # an edit corrects answers, not the wallet
        counts = Counter(json.loads(row[1] or "{}")) + found + Counter(
            {k: int(v) for k, v in redactions.items() if v})
        answers = json.dumps([[a["question"], a["value"]] for a in record["answers"]],
                             ensure_ascii=False)
        status = row[2]
        if result.end.outcome != row[3]:
            status = OUTCOME_STATUS.get(result.end.outcome, "open")
            if status == "open" and row[2] == "escalated":
                status = "escalated"
        with self._write() as writer:
            writer.execute(
                "UPDATE cases SET status = ?, flow_id = ?, updated = ?, answers = ?, record = ?, "
                "redactions = ?, title = ?, outcome = ? WHERE id = ? AND status != 'draft'",
                (status, result.flow.id, _iso(now), answers,
                 json.dumps(record, ensure_ascii=False, sort_keys=True), _counts_json(counts),
                 json.dumps(record["flow"]["title"], ensure_ascii=False), result.end.outcome,
                 case_id))
        return self.get(case_id)

    def save_checkup(self, *, record: Mapping[str, Any], lang: str, now: datetime) -> Case:
        """Store a security check-up's result (`checkup.export.case_record`) as an open case.

        A check-up asks no free text, so its record holds nothing to redact.
        """
        import json

        answers = json.dumps([[a["question"], a["value"]] for a in record["answers"]],
                             ensure_ascii=False)
        stamp = _iso(now)
        with self._write() as db:
            case_id = db.execute(
                "INSERT INTO cases (status, flow_id, lang, created, updated, finished, zone, "
                "answers, record, redactions, title, outcome, kind) "
                "VALUES ('open', ?, ?, ?, ?, ?, ?, ?, ?, '{}', ?, ?, ?)",
                (record["flow"]["id"], lang, stamp, stamp, _utc(now), _zone_name(now), answers,
                 json.dumps(record, ensure_ascii=False, sort_keys=True),
                 json.dumps(record["flow"].get("title"), ensure_ascii=False),
                 str(record.get("outcome", "")), str(record.get("kind", "checkup"))
                 )).lastrowid
        assert case_id is not None
        return self.get(case_id)

    def get(self, case_id: int) -> Case:
        """The finished case `case_id`, or `CaseNotFound`."""
        db = self._connect()
        row = db.execute(f"SELECT {_CASE_COLUMNS} FROM cases WHERE id = ? AND status != 'draft'",
                         (case_id,)).fetchone()
        if row is None:
            raise CaseNotFound(key="errors.unknown-case", case=case_id)
        notes = db.execute("SELECT case_id, at, zone, text FROM notes WHERE case_id = ? "
                           "ORDER BY id", (case_id,)).fetchall()
        return _readable(case_id, lambda: _case(row, [_note(n) for n in notes]))

    def latest(self) -> Case:
        """The most recently finished case, or a usage error when there is none."""
        row = self._connect().execute(
            "SELECT id FROM cases WHERE status != 'draft' "
            "ORDER BY finished DESC, id DESC LIMIT 1").fetchone()
        if row is None:
            raise UsageError(key="errors.no-cases")
        return self.get(int(row[0]))

    def list(self) -> list[Case]:
        """Every finished case, oldest first."""
        db = self._connect()
        rows = db.execute(f"SELECT {_CASE_COLUMNS} FROM cases WHERE status != 'draft' "
                          "ORDER BY id").fetchall()
        by_case: dict[int, list[Any]] = {}
        for n in db.execute("SELECT case_id, at, zone, text FROM notes ORDER BY id"):
            by_case.setdefault(int(n[0]), []).append(n)
        found: list[Case] = []
        for row in rows:
            notes = by_case.get(int(row[0]), [])
            try:  # one damaged row must not hide every other case
                found.append(_readable(row[0], lambda row=row, notes=notes: _case(  # type: ignore[misc]
                    row, [_note(n) for n in notes])))
            except UnreadableCase as damaged:
                self.unreadable.append(damaged)
        return found

    def summaries(self, *, limit: int | None = None, drafts: bool = False,
                  status: str | None = None) -> tuple[Sequence[Summary], int]:
        """The newest `limit` finished cases (or drafts), oldest first, and how many there are.

        Only the columns a list shows are read: no record, no notes' texts.
        """
        where = "status = 'draft'" if drafts else "status != 'draft'"
        params: list[Any] = []
        if status is not None and not drafts:
            where, params = "status = ?", [status]
        db = self._connect()
        total = int(db.execute(f"SELECT count(*) FROM cases WHERE {where}", params).fetchone()[0])
        query = (f"SELECT {_SUMMARY_COLUMNS}, (SELECT count(*) FROM notes "
                 f"WHERE notes.case_id = cases.id) FROM cases WHERE {where} ORDER BY id DESC")
        if limit is not None:
            query += " LIMIT ?"
            params.append(limit)
        rows = db.execute(query, params).fetchall()
        rows.reverse()
        found: list[Summary] = []
        for row in rows:
            try:  # one damaged row must not hide every other case
                found.append(_readable(row[0], lambda row=row: _summary(row)))  # type: ignore[misc]
            except UnreadableCase as damaged:
                self.unreadable.append(damaged)
        return found, total

    def stream_summaries(self, *, status: str | None = None,
                         batch: int = 500) -> Iterator[Summary]:
        """Every finished case (or those with `status`), oldest first, read `batch` rows at a time.

        Nothing is held but one batch: `cases list --all` prints ten thousand cases as
        they are read. Damaged rows are noted in `unreadable`, like `summaries`.
        """
        where, params = self._summary_filter(status)
        cursor = self._connect().execute(
            f"SELECT {_SUMMARY_COLUMNS}, (SELECT count(*) FROM notes "
            f"WHERE notes.case_id = cases.id) FROM cases WHERE {where} ORDER BY id", params)
        while rows := cursor.fetchmany(batch):
            for row in rows:
                try:
                    yield _readable(row[0], lambda row=row: _summary(row))  # type: ignore[misc]
                except UnreadableCase as damaged:
                    self.unreadable.append(damaged)

    def summary_extent(self, *, status: str | None = None) -> dict[str, builtins.list[Any]]:
        """What a streamed list must know before its first row, to size its columns.

        The largest id and the different titles, flows, outcomes, statuses and
        tickets: one small query each; titles and outcomes repeat across cases.
        """
        where, params = self._summary_filter(status)
        db = self._connect()
        extent: dict[str, builtins.list[Any]] = {
            "id": [db.execute(f"SELECT max(id) FROM cases WHERE {where}", params).fetchone()[0]]}
        for column in ("title", "flow_id", "outcome", "status", "ticket"):
            extent[column] = [row[0] for row in db.execute(
                f"SELECT DISTINCT {column} FROM cases WHERE {where}", params)]
        extent["title"] = [_bilingual(title) for title in extent["title"]]
        return extent

    @staticmethod
    def _summary_filter(status: str | None) -> tuple[str, builtins.list[Any]]:
        if status is not None:
            return "status = ?", [status]
        return "status != 'draft'", []

    def set_ticket(self, case_id: int, ticket: str, now: datetime) -> Case:
        """Record support's ticket number (an empty one clears it)."""
        lang = self._lang_of(case_id)
        clean, found = _clean(" ".join(ticket.split()), lang)
        with self._write() as db:
            self._touch(db, case_id, now, found)
            db.execute("UPDATE cases SET ticket = ? WHERE id = ?", (clean or None, case_id))
        return self.get(case_id)

    def add_note(self, case_id: int, text: str, now: datetime) -> Case:
        """Write down what support answered (redacted like any text)."""
        lang = self._lang_of(case_id)
        clean, found = _clean(text.strip(), lang)
        if not clean:
            raise UsageError(key="cases.empty-note")
        with self._write() as db:
            self._touch(db, case_id, now, found)
            db.execute("INSERT INTO notes (case_id, at, zone, text) VALUES (?, ?, ?, ?)",
                       (case_id, _iso(now), _zone_name(now), clean))
        return self.get(case_id)

    def set_status(self, case_id: int, status: str, now: datetime) -> Case:
        """Move a case to open, waiting, escalated, resolved or closed (Chinese words too)."""
        status = status_named(status)
        with self._write() as db:
            self._touch(db, case_id, now, Counter())
            db.execute("UPDATE cases SET status = ? WHERE id = ?", (status, case_id))
        return self.get(case_id)

    def delete(self, case_id: int) -> None:
        """Remove a case (or a draft) and its notes for good."""
        with self._write() as db:
            if not db.execute("DELETE FROM cases WHERE id = ?", (case_id,)).rowcount:
                raise CaseNotFound(key="errors.unknown-case", case=case_id)
        # Move the freed (zeroed) pages out of the log into the file now.
        self._connect().execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # -- helpers ----------------------------------------------------------------------

    def _lang_of(self, case_id: int) -> str:
        row = self._connect().execute(
            "SELECT lang FROM cases WHERE id = ? AND status != 'draft'", (case_id,)).fetchone()
        if row is None:
            raise CaseNotFound(key="errors.unknown-case", case=case_id)
        return str(row[0])

    @staticmethod
    def _touch(db: sqlite3.Connection, case_id: int, now: datetime,
               found: Counter[str]) -> None:
        import json

        row = db.execute("SELECT redactions FROM cases WHERE id = ? AND status != 'draft'",
                         (case_id,)).fetchone()
        if row is None:
            raise CaseNotFound(key="errors.unknown-case", case=case_id)
        counts = Counter(json.loads(row[0] or "{}")) + found
        db.execute("UPDATE cases SET updated = ?, redactions = ? WHERE id = ?",
                   (_iso(now), _counts_json(counts), case_id))


_SUMMARY_COLUMNS = ("id, status, flow_id, title, outcome, kind, lang, created, updated, zone, "
                    "ticket, waiting")
_CASE_COLUMNS = "id, status, flow_id, lang, created, updated, zone, ticket, record, redactions"


# -- files and times ------------------------------------------------------------------


def _private_file(folder: Path, path: Path) -> None:
    """Make sure the folder exists (0700 when we create it) and the file is 0600."""
    if not folder.is_dir():
        folder.mkdir(parents=True, mode=0o700, exist_ok=True)
        folder.chmod(0o700)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if os.fstat(fd).st_mode & 0o077:
            os.fchmod(fd, 0o600)
    finally:
        os.close(fd)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.astimezone()


def _iso(moment: datetime) -> str:
    return _aware(moment).isoformat(timespec="seconds")


def _utc(moment: datetime) -> str:
    return _aware(moment).astimezone(UTC).isoformat(timespec="microseconds")


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _local_zone() -> str | None:
    """The IANA name of this machine's time zone, when it can be told."""
    from ..diagnosis.dates import local_zone

    return local_zone()


def _zone_name(moment: datetime) -> str | None:
    """The IANA zone of `moment`: its own, or the machine's when the offsets agree."""
    key = getattr(moment.tzinfo, "key", None)
    if isinstance(key, str):
        return key
    name = _local_zone()
    if name is None or moment.tzinfo is None:
        return None
    from zoneinfo import ZoneInfo

    try:
        zone = ZoneInfo(name)
    except (ValueError, OSError, LookupError):
        return None
    return name if zone.utcoffset(moment.replace(tzinfo=None)) == moment.utcoffset() else None


# -- redaction and the record ---------------------------------------------------------


def _clean(text: str, lang: str, *, reference: bool = False) -> tuple[str, Counter[str]]:
    """The text as it may be stored, and what `redact` removed from it."""
    done = _redacted(text, lang, reference)
    return done.text, Counter(done.counts())


@lru_cache(maxsize=256)
def _redacted(text: str, lang: str, reference: bool) -> Redacted:
    """`redact`, once per text: a run saves the same answers with every draft and the case."""
    from ..redact import redact

    return redact(text, lang, reference=reference)


def _clean_answers(answers: Sequence[tuple[str, Answer]], lang: str,
                   references: Collection[str] = ()) -> tuple[list[tuple[str, Answer]],
                                                             Counter[str]]:
    found: Counter[str] = Counter()
    clean: list[tuple[str, Answer]] = []
    for question, value in answers:
        if isinstance(value, str):
            value, counts = _clean(value, lang, reference=question in references)
            found += counts
        clean.append((question, value))
    return clean, found


def bilingual(text: Text | None) -> dict[str, str] | None:
    """A flow text in every language the tool speaks (None stays None)."""
    return _both(text)


def _both(text: Text | None) -> dict[str, str] | None:
    if text is None:
        return None
    from ..i18n import pick

    return {lang: pick(text, lang) for lang in _LANGS}


def _record(result: Result, lang: str,
            description: str | None = None) -> tuple[dict[str, Any], Counter[str]]:
    """The finished diagnosis as language-independent data, with person texts redacted."""
    from ..diagnosis.answers import answer_label, display_answer
    from ..diagnosis.dates import parse_stored
    from ..diagnosis.model import Question

    flow = result.flow
    found: Counter[str] = Counter()
    free: set[str] = set()  # checklist values taken from free-text answers get redacted too

    references = {q.id for q in flow.questions() if q.reference}

    def clean(text: str, *, count: bool = True, reference: bool = False) -> str:
        # Displays and checklist values repeat an answer: count each secret once.
        nonlocal found
        done, counts = _clean(text, lang, reference=reference)
        if count:
            found += counts
        return done

    answers: list[dict[str, Any]] = []
    seen: set[str] = set()
    for node_id in result.path:
        question = flow.nodes.get(node_id)
        if not isinstance(question, Question) or node_id in seen or node_id not in result.answers:
            continue
        seen.add(node_id)
        value = result.answers[node_id]
        display = _both(display_answer(question, value)) or {}
        if isinstance(value, str) and question.kind in ("text", "number", "datetime"):
            free.add(node_id)
            value = clean(value, reference=question.reference)
            display = {k: clean(v, count=False, reference=question.reference)
                       for k, v in display.items()}
        row: dict[str, Any] = {
            "question": node_id,
            "kind": question.kind,
            "reference": question.reference,
            "label": _both(answer_label(question)),
            "prompt": _both(question.prompt),
            "value": list(value) if isinstance(value, tuple) else value,
            "display": display,
        }
        source = result.derived.get(node_id)
        said = result.answers.get(source) if source else None
        if isinstance(said, str):
            parsed = parse_stored(said)
            row["derived_from"] = clean(parsed[1] if parsed else said, count=False)
        answers.append(row)
    checklist = []
    for entry in result.checklist:
        filled = _both(entry.value)
        if filled is not None and entry.item.source in free:
            filled = {k: clean(v, count=False, reference=entry.item.source in references)
                      for k, v in filled.items()}
        checklist.append({"id": entry.item.id, "label": _both(entry.item.label),
                          "hint": _both(entry.item.hint), "value": filled,
                          "from": entry.item.source})
    record = {
        "version": _RECORD_VERSION,
        "flow": {"id": flow.id, "title": _both(flow.title), "version": flow.version,
                 # A flow that is not walletsupport's own: its texts say where they came from.
                 **({} if flow.source == "built-in" else {"origin": flow.path})},
        "outcome": result.end.outcome,
        "end": result.end.id,
        "message": {code: result.message(code) for code in _LANGS},
        "recommend": list(result.end.recommend),
        "answers": answers,
        "advice": [{"node": shown.advice.id, "title": _both(shown.advice.title),
                    "steps": [{"id": s.id, "severity": s.severity,
                               "text": {lang: shown.text(s, lang) for lang in _LANGS}}
                              for s in shown.steps]}
                   for shown in result.advice],
        "checklist": checklist,
        "path": list(result.path),
    }
    if result.check_by is not None:
        record["check_by"] = result.check_by.isoformat()
    then = {code: result.then(code) for code in _LANGS}
    if all(then.values()):
        record["then"] = then
    if description and description.strip():
        from ..redact import marker_kinds

        # A resumed draft's words were redacted when first typed: their markers still count.
        found.update(marker_kinds(description))
        record["description"] = clean(" ".join(description.split()))
    return record, found


def _answers_of(record: Mapping[str, Any]) -> list[CaseAnswer]:
    from .records import CaseAnswer

    return [CaseAnswer(a["question"], a.get("kind", "text"), a["prompt"], _answer(a["value"]),
                       a["display"], bool(a.get("reference", False)), a.get("label"),
                       a.get("derived_from"))
            for a in record.get("answers", [])]


def _answer(value: Any) -> Answer:
    if isinstance(value, list):
        return tuple(str(v) for v in value)
    if isinstance(value, bool):
        return value
    return str(value)


def _counts_json(counts: Mapping[str, int]) -> str:
    import json

    return json.dumps({k: int(v) for k, v in sorted(counts.items()) if v}, ensure_ascii=False)


def _json_text(text: Text | None) -> str | None:
    import json

    both = _both(text)
    return None if both is None else json.dumps(both, ensure_ascii=False)


def _bilingual(stored: str | None) -> Bilingual | None:
    import json

    if not stored:
        return None
    try:
        value = json.loads(stored)
    except ValueError:
        return None
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else None


def _summary(row: Sequence[Any]) -> Summary:
    return Summary(id=int(row[0]), status=str(row[1]), flow_id=str(row[2]),
                   title=_bilingual(row[3]), outcome=str(row[4] or ""),
                   kind=str(row[5] or "diagnosis"), lang=str(row[6]), created=_parse(row[7]),
                   updated=_parse(row[8]), zone=row[9], ticket=row[10],
                   waiting=_bilingual(row[11]), notes=int(row[12]))


def _draft(row: Sequence[Any]) -> Draft:
    import json

    from .records import Draft

    answers = tuple((str(q), _answer(v)) for q, v in json.loads(row[2]))
    wallet = description = None
    if len(row) > 6 and row[6]:
        try:
            kept = json.loads(row[6])
            found, typed = kept.get("wallet"), kept.get("description")
        except (ValueError, AttributeError):
            found = typed = None
        wallet = found if isinstance(found, str) else None
        description = typed if isinstance(typed, str) else None
    return Draft(int(row[0]), str(row[1]), answers, str(row[3]), _parse(row[4]),
                 _parse(row[5]), wallet, description)


def _note(row: Sequence[Any]) -> Note:
    from .records import Note

    return Note(_parse(row[1]), row[2], str(row[3]))


def _case(row: Sequence[Any], notes: Sequence[Note]) -> Case:
    import json

    from .records import Case, CaseAdvice, CaseItem, CaseStep

    record = json.loads(row[8] or "{}")
    flow = record.get("flow", {})
    advice = tuple(
        CaseAdvice(a["node"], a.get("title"),
                   tuple(CaseStep(s["id"], s["text"], s.get("severity", "info"))
                         for s in a.get("steps", [])))
        for a in record.get("advice", []))
    checklist = tuple(CaseItem(i["id"], i["label"], i.get("hint"), i.get("value"), i.get("from"))
                      for i in record.get("checklist", []))
    return Case(
        id=int(row[0]),
        status=str(row[1]),
        flow_id=str(row[2]),
        flow_title=flow.get("title") or {lang: str(row[2]) for lang in _LANGS},
        outcome=str(record.get("outcome", "")),
        message=record.get("message") or {lang: "" for lang in _LANGS},
        recommend=tuple(record.get("recommend", ())),
        answers=tuple(_answers_of(record)),
        advice=advice,
        checklist=checklist,
        path=tuple(record.get("path", ())),
        redactions=json.loads(row[9] or "{}"),
        lang=str(row[3]),
        created=_parse(row[4]),
        updated=_parse(row[5]),
        zone=row[6],
        ticket=row[7],
        notes=tuple(notes),
        edited=tuple(_parse(stamp) for stamp in record.get("edited", ())),
        kind=str(record.get("kind", "diagnosis")),
        checkup=record.get("checkup"),
        origin=flow.get("origin") if isinstance(flow.get("origin"), str) else None,
        check_by=record.get("check_by"),
        then=record.get("then"),
        description=record.get("description"),
        wallet=record.get("wallet") if isinstance(record.get("wallet"), str) else None,
    )
