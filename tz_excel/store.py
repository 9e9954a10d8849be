"""The history store: every file ever seen, every period's values, the mail sent (SQLAlchemy Core).

    >>> store = HistoryStore.for_workspace(Workspace("."))      # history.sqlite, or [store] url
    >>> store.seen("9f2c…")
    False
    >>> store.replace_values("2023-W36", "市科技局", values)
    >>> store.latest_before("市科技局", "2023-W37")              # prefill of 上期累计
    {'4.1': 120.0, '7': None}
    >>> store.series("4.1")
    [('2023-W35', '市科技局', 110.0), ('2023-W36', '市科技局', 120.0)]

Tables (created on first use, portable types only, so a PostgreSQL URL works as well as SQLite):

- ``files``: the ledger, one row per file that arrived (keyed by where it was archived): sha256,
  original path, department, period, status, arrival and decision times, findings as JSON.
- ``values``: one row per (period, department, indicator id): the department's figure and narratives.
- ``statuses``: the assessed status of each indicator per period (for trends).
- ``sent``: one row per (period, department, kind) of mail sent.

Every write is idempotent: writing the same thing twice leaves the same rows. Inside
``with store.transaction():`` all calls share one transaction, committed at the end.
"""

from __future__ import annotations

import json
from contextlib import contextmanager
from datetime import datetime
from operator import attrgetter
from typing import Iterable, Iterator

import sqlalchemy as sa

from .records import FileOutcome, Value
from .findings import Issue

metadata = sa.MetaData()

files_table = sa.Table(
    "files", metadata,
    sa.Column("archived_as", sa.String(1000), primary_key=True),   # "" never: ignored files are not kept
    sa.Column("sha256", sa.String(64), nullable=False, index=True),
    sa.Column("file", sa.String(1000), nullable=False),            # original path, e.g. inbox/x.xlsx
    sa.Column("department", sa.String(200)),
    sa.Column("period", sa.String(10), index=True),
    sa.Column("filed_under", sa.String(10), index=True),           # period of the merge that decided it
    sa.Column("status", sa.String(20), nullable=False),
    sa.Column("received_at", sa.DateTime),
    sa.Column("modified", sa.DateTime),                            # the workbook's own modified time
    sa.Column("sender", sa.String(500), nullable=False, default=""),
    sa.Column("decided_at", sa.DateTime),
    sa.Column("issues", sa.JSON, nullable=False),
)

values_table = sa.Table(
    "values", metadata,
    sa.Column("period", sa.String(10), primary_key=True),
    sa.Column("department", sa.String(200), primary_key=True),
    sa.Column("id", sa.String(20), primary_key=True),
    sa.Column("task_no", sa.Integer, nullable=False),
    sa.Column("role", sa.String(10), nullable=False),
    sa.Column("actual", sa.Float),
    sa.Column("valid", sa.Boolean, nullable=False),
    sa.Column("state", sa.Text, nullable=False),
    sa.Column("progress", sa.Text, nullable=False),
    sa.Column("problems", sa.Text, nullable=False),
    sa.Column("plans", sa.Text, nullable=False),
    sa.Column("file", sa.String(1000), nullable=False),
    sa.Column("received_at", sa.DateTime),
)

statuses_table = sa.Table(
    "statuses", metadata,
    sa.Column("period", sa.String(10), primary_key=True),
    sa.Column("id", sa.String(20), primary_key=True),
    sa.Column("department", sa.String(200), nullable=False),
    sa.Column("actual", sa.Float),
    sa.Column("expected", sa.Float),
    sa.Column("status", sa.String(20), nullable=False),
)

sent_table = sa.Table(
    "sent", metadata,
    sa.Column("period", sa.String(10), primary_key=True),
    sa.Column("department", sa.String(200), primary_key=True),
    sa.Column("kind", sa.String(20), primary_key=True),            # template, reminder, report, feedback
    sa.Column("recipients", sa.JSON, nullable=False),
    sa.Column("at", sa.DateTime, nullable=False),
)

_COMPETING = ("accepted", "superseded")       # the statuses of returns that compete for a period
_VALUE_FIELDS = ("period", "department", "id", "task_no", "role", "actual", "valid", "state",
                 "progress", "problems", "plans", "file", "received_at")
_value_fields = attrgetter(*_VALUE_FIELDS)    # a Value's fields as a tuple, in one C call


class HistoryStore:
    """The workspace's memory across periods, behind one SQLAlchemy engine."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = sa.create_engine(url)
        self._conn: sa.Connection | None = None
        metadata.create_all(self.engine)

    @classmethod
    def for_workspace(cls, ws) -> "HistoryStore":
        """The store named by ``[store] url``, else ``history.sqlite`` in the workspace."""
        return cls(ws.store_url)

    def __repr__(self) -> str:
        return f"HistoryStore({self.engine.url.render_as_string(hide_password=True)!r})"

    def close(self) -> None:
        self.engine.dispose()

    # -- transactions ---------------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator["HistoryStore"]:
        """Run every call inside the block in one transaction; commit at the end, roll back on error."""
        if self._conn is not None:
            yield self
            return
        with self.engine.begin() as conn:
            self._conn = conn
            try:
                yield self
            finally:
                self._conn = None

    @contextmanager
    def _connect(self) -> Iterator[sa.Connection]:
        if self._conn is not None:
            yield self._conn
        else:
            with self.engine.begin() as conn:
                yield conn

    # -- the file ledger ------------------------------------------------------------------------
    def seen(self, sha256: str) -> bool:
        """True when a file with these bytes has been recorded before."""
        return bool(self.files_with(sha256))

    def files_with(self, sha256: str) -> list[FileOutcome]:
        """Every recorded arrival of these bytes, earliest first."""
        return self.files_with_any([sha256]).get(sha256, [])

    def files_with_any(self, shas: Iterable[str]) -> dict[str, list[FileOutcome]]:
        """``{sha256: recorded arrivals, earliest first}`` for those of ``shas`` seen before."""
        found: dict[str, list[FileOutcome]] = {}
        for chunk in _chunks(list(dict.fromkeys(shas))):
            query = sa.select(files_table).where(files_table.c.sha256.in_(chunk))
            for outcome in _sorted_outcomes(self._outcomes(query)):
                found.setdefault(outcome.sha256, []).append(outcome)
        return found

    def record_file(self, outcome: FileOutcome, decided_at: datetime | None = None) -> None:
        """Insert or update the ledger row of ``outcome`` (keyed by ``archived_as``).

        The first decision time is kept while the status stays the same, so re-recording the same
        outcome leaves the row unchanged.
        """
        self.record_files([outcome], decided_at)

    def record_files(self, outcomes: Iterable[FileOutcome], decided_at: datetime | None = None) -> None:
        """``record_file`` for many outcomes, in a few statements."""
        outcomes = list(outcomes)
        if any(not o.archived_as for o in outcomes):
            raise ValueError("only archived files are recorded")
        c = files_table.c
        with self._connect() as conn:
            old = {}
            for chunk in _chunks([o.archived_as for o in outcomes]):
                query = sa.select(c.archived_as, c.status, c.decided_at).where(c.archived_as.in_(chunk))
                old.update({r.archived_as: r for r in conn.execute(query)})
            inserts, updates = [], []
            for o in outcomes:
                row = _outcome_row(o)
                before = old.get(o.archived_as)
                if before is None:
                    inserts.append({**row, "decided_at": decided_at})
                else:
                    keep = before.status == o.status and before.decided_at is not None
                    updates.append({**row, "old_archived_as": o.archived_as,
                                    "decided_at": before.decided_at if keep else decided_at})
            if inserts:
                conn.execute(files_table.insert(), inserts)
            if updates:
                # SET comes from the parameter keys; the row is found by its old key.
                statement = files_table.update().where(c.archived_as == sa.bindparam("old_archived_as"))
                conn.execute(statement, updates)

    def ledger(self, period: str | None = None) -> list[FileOutcome]:
        """Recorded files of ``period`` (by their own period or the merge that decided them), or all."""
        query = sa.select(files_table)
        if period is not None:
            query = query.where(sa.or_(files_table.c.period == period, files_table.c.filed_under == period))
        return _sorted_outcomes(self._outcomes(query))

    def candidates(self, department: str, period: str) -> list[FileOutcome]:
        """Accepted and superseded returns of one department and period: the ones that compete."""
        return self.candidates_in([period]).get((department, period), [])

    def candidates_in(self, periods: Iterable[str]) -> dict[tuple[str, str], list[FileOutcome]]:
        """``{(department, period): candidates}`` for every department of ``periods``."""
        c = files_table.c
        found: dict[tuple[str, str], list[FileOutcome]] = {}
        for chunk in _chunks(sorted(set(periods))):
            query = sa.select(files_table).where(c.period.in_(chunk), c.status.in_(_COMPETING))
            for outcome in _sorted_outcomes(self._outcomes(query)):
                found.setdefault((outcome.department, outcome.period), []).append(outcome)
        return found

    def _outcomes(self, query) -> list[FileOutcome]:
        with self._connect() as conn:
            return [_row_outcome(r) for r in conn.execute(query)]

    # -- values ---------------------------------------------------------------------------------
    def replace_values(self, period: str, department: str, values: Iterable[Value]) -> None:
        """Make ``values`` the department's whole line-up for ``period`` (deleting what was there)."""
        self.replace_many({(period, department): list(values)})

    def replace_many(self, lineups: dict[tuple[str, str], list[Value]]) -> None:
        """``replace_values`` for many ``(period, department)`` line-ups, in two statements."""
        rows = []
        for (period, department), values in lineups.items():
            for v in values:
                if v.period != period or v.department != department:
                    raise ValueError(f"value {v.id} belongs to {v.department} {v.period}")
                rows.append(dict(zip(_VALUE_FIELDS, _value_fields(v))))
        if not lineups:
            return
        c = values_table.c
        with self._connect() as conn:
            present = set()
            for chunk in _chunks(sorted({period for period, _ in lineups})):
                query = sa.select(c.period, c.department).distinct().where(c.period.in_(chunk))
                present.update((r.period, r.department) for r in conn.execute(query))
            keys = [{"p": p, "d": d} for p, d in lineups if (p, d) in present]
            if keys:
                conn.execute(values_table.delete().where(
                    c.period == sa.bindparam("p"), c.department == sa.bindparam("d")), keys)
            if rows:
                conn.execute(values_table.insert(), rows)

    def value_periods(self) -> dict[str, set[str]]:
        """``{department: periods with stored values}``."""
        c = values_table.c
        found: dict[str, set[str]] = {}
        with self._connect() as conn:
            for r in conn.execute(sa.select(c.department, c.period).distinct()):
                found.setdefault(r.department, set()).add(r.period)
        return found

    def actuals(self, department: str, period: str) -> dict[str, float | None]:
        """``{id: actual}`` of one department's stored values for ``period``."""
        c = values_table.c
        query = sa.select(c.id, c.actual).where(c.department == department, c.period == period)
        with self._connect() as conn:
            return {r.id: r.actual for r in conn.execute(query)}

    def actuals_many(self, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], dict[str, float | None]]:
        """``actuals`` of many ``(department, period)`` pairs, a query per few hundred periods."""
        wanted = set(keys)
        found: dict[tuple[str, str], dict[str, float | None]] = {key: {} for key in wanted}
        c = values_table.c
        with self._connect() as conn:
            for chunk in _chunks(sorted({period for _, period in wanted})):
                query = sa.select(c.department, c.period, c.id, c.actual).where(c.period.in_(chunk))
                for department, period, vid, actual in conn.execute(query):
                    if (department, period) in wanted:
                        found[(department, period)][vid] = actual
        return found

    def values(self, period: str) -> list[Value]:
        """Every stored value of ``period``, by department then id (catalogue order of ids)."""
        query = sa.select(values_table).where(values_table.c.period == period)
        with self._connect() as conn:
            found = [Value(**{name: getattr(r, name) for name in _VALUE_FIELDS}) for r in conn.execute(query)]
        return sorted(found, key=lambda v: (v.department, _id_key(v.id)))

    def latest_period_before(self, department: str, period: str) -> str | None:
        """The latest period before ``period`` for which ``department`` has stored values."""
        c = values_table.c
        query = sa.select(sa.func.max(c.period)).where(c.department == department, c.period < period)
        with self._connect() as conn:
            return conn.execute(query).scalar()

    def latest_before(self, department: str, period: str) -> dict[str, float | None]:
        """``{id: actual}`` of the department's last accepted return before ``period`` ({} if none)."""
        last = self.latest_period_before(department, period)
        return {} if last is None else self.actuals(department, last)

    def series(self, indicator_id: str) -> list[tuple[str, str, float | None]]:
        """``(period, department, actual)`` of one indicator over every stored period."""
        c = values_table.c
        query = (sa.select(c.period, c.department, c.actual).where(c.id == str(indicator_id))
                 .order_by(c.period, c.department))
        with self._connect() as conn:
            return [(r.period, r.department, r.actual) for r in conn.execute(query)]

    def series_all(self) -> dict[str, list[tuple[str, str, float | None]]]:
        """``series`` of every id at once, ``{id: [(period, department, actual), ...]}``.

        One query instead of one per indicator: ``values`` has no index on ``id`` alone, so each
        ``series`` call reads the whole table (the report's 趋势 sheet wants every indicator).
        """
        c = values_table.c
        query = sa.select(c.id, c.period, c.department, c.actual).order_by(c.id, c.period, c.department)
        found: dict[str, list[tuple[str, str, float | None]]] = {}
        with self._connect() as conn:
            for vid, period, department, actual in conn.execute(query):
                found.setdefault(vid, []).append((period, department, actual))
        return found

    # -- statuses -------------------------------------------------------------------------------
    def replace_statuses(self, period: str, assessments: Iterable) -> None:
        """Keep each indicator's assessed status for ``period`` (objects with id, department,
        actual, expected, status, such as ``assess.Assessment``)."""
        rows = [{"period": period, "id": a.id, "department": a.department or "", "actual": a.actual,
                 "expected": a.expected, "status": a.status} for a in assessments]
        with self._connect() as conn:
            conn.execute(statuses_table.delete().where(statuses_table.c.period == period))
            if rows:
                conn.execute(statuses_table.insert(), rows)

    def statuses(self, indicator_id: str) -> list[tuple[str, str]]:
        """``(period, status)`` of one indicator over every assessed period."""
        c = statuses_table.c
        query = sa.select(c.period, c.status).where(c.id == str(indicator_id)).order_by(c.period)
        with self._connect() as conn:
            return [(r.period, r.status) for r in conn.execute(query)]

    # -- mail -----------------------------------------------------------------------------------
    def was_sent(self, period: str, department: str, kind: str) -> bool:
        """True when mail of ``kind`` went to ``department`` for ``period``."""
        c = sent_table.c
        query = sa.select(c.at).where(c.period == period, c.department == department, c.kind == kind)
        with self._connect() as conn:
            return conn.execute(query).first() is not None

    def mark_sent(self, period: str, department: str, kind: str, recipients: Iterable[str],
                  at: datetime) -> None:
        """Record that mail of ``kind`` went to ``recipients`` (a repeat overwrites the row)."""
        c = sent_table.c
        row = {"period": period, "department": department, "kind": kind,
               "recipients": list(recipients), "at": at}
        with self._connect() as conn:
            conn.execute(sent_table.delete().where(
                c.period == period, c.department == department, c.kind == kind))
            conn.execute(sent_table.insert().values(**row))


def _outcome_row(o: FileOutcome) -> dict:
    return {
        "archived_as": o.archived_as, "sha256": o.sha256, "file": o.file, "department": o.department,
        "period": o.period, "filed_under": o.filed_under, "status": o.status,
        "received_at": o.received_at, "modified": o.modified, "sender": o.sender or "",
        "issues": [_issue_dict(i) for i in o.issues],
    }


def _row_outcome(r) -> FileOutcome:
    issues = r.issues if isinstance(r.issues, list) else json.loads(r.issues or "[]")
    return FileOutcome(
        file=r.file, sha256=r.sha256, status=r.status, department=r.department, period=r.period,
        archived_as=r.archived_as, received_at=r.received_at, issues=tuple(Issue(**i) for i in issues),
        modified=r.modified, filed_under=r.filed_under, sender=r.sender or "",
    )


def _issue_dict(issue: Issue) -> dict:
    return {"code": issue.code, "severity": issue.severity, "message": issue.message,
            "file": issue.file, "sheet": issue.sheet, "cell": issue.cell, "value": issue.value}


def _sorted_outcomes(outcomes: list[FileOutcome]) -> list[FileOutcome]:
    return sorted(outcomes, key=lambda o: (o.received_at or datetime.min, o.file, o.archived_as))


def _chunks(items: list, size: int = 500) -> Iterator[list]:
    """Slices small enough for an IN (...) list on every database."""
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _id_key(value_id: str) -> tuple[int, ...]:
    """"4.10" sorts after "4.9"; a task number "7" sorts with its task."""
    try:
        return tuple(int(p) for p in value_id.split("."))
    except ValueError:
        return (10**9,)
