"""The history store: every file ever seen, every period's values, the mail sent (SQLAlchemy Core).

    >>> store = HistoryStore.for_workspace(Workspace("."))      # history.sqlite, or [store] url
    >>> store.seen("9f2c…")
    False
    >>> store.replace_values("2023-W36", "市科技局", values)
    >>> store.latest_before("市科技局", "2023-W37")              # prefill of 上期累计
    {'4.1': 120.0, '7': None}
    >>> store.series("4.1")
    [('2023-W35', '市科技局', 110.0), ('2023-W36', '市科技局', 120.0)]

Tables (``schema``; portable types only, so SQLite and PostgreSQL hold the same):

- ``files``: the ledger, one row per file that arrived (keyed by where it was archived): sha256,
  original path, department, period, status, arrival and decision times, findings as JSON.
- ``values``: one row per (period, department, indicator id): the department's figure and narratives.
- ``statuses``: the assessed status of each indicator per period (for trends).
- ``sent``: one row per (period, department, kind) of mail sent.

One database may serve several workspaces (``[store] url`` on a shared PostgreSQL): every row
carries its workspace's id (``Workspace.identity``) and every query here is scoped by the
store's own, so a workspace never sees another's files, values, statuses or mail. Merges of
different workspaces run at the same time; their transactions touch disjoint rows.

Opening a store checks its schema version with one query; a new store, or one written by an
older release, is upgraded first (``migrate``, loaded only then), so a newer release reads an
older store without a step by hand and without losing a row.

Every write is idempotent: writing the same thing twice leaves the same rows. Inside
``with store.transaction():`` all calls share one transaction, committed at the end.
"""

from __future__ import annotations

import json
import logging
from contextlib import contextmanager
from dataclasses import fields
from datetime import datetime
from operator import attrgetter
from typing import TYPE_CHECKING, Iterable, Iterator

import sqlalchemy as sa

from .errors import ConfigError, StoreError
from .findings import Issue
from .records import FileOutcome, Value
from .schema import (HEAD, db_reason, files_table, metadata, sent_table, statuses_table,  # noqa: F401
                     stored_version, values_table)

if TYPE_CHECKING:
    from .migrate import Upgrade

log = logging.getLogger(__name__)

_COMPETING = ("accepted", "superseded")       # the statuses of returns that compete for a period
_VALUE_FIELDS = tuple(f.name for f in fields(Value))     # the values table's columns, in Value's order
_value_fields = attrgetter(*_VALUE_FIELDS)    # a Value's fields as a tuple, in one C call


class HistoryStore:
    """One workspace's memory across periods, behind one SQLAlchemy engine."""

    def __init__(self, url: str | sa.URL, workspace: str = "") -> None:
        """Open the store at ``url`` for ``workspace``, upgrading its schema first if it is older.

        Args:
            url: a SQLAlchemy URL (``sqlite:///…``, ``postgresql+psycopg://…``), as text or a
                ``sqlalchemy.URL`` carrying the password.
            workspace: the id whose rows this store reads and writes (``Workspace.identity``;
                ``for_workspace`` passes it). Stores opened with different ids never see each
                other's rows.

        Raises:
            StoreError: the database cannot be reached, or is newer than this program.
        """
        self.workspace = workspace
        self.engine = _engine(url)
        self.url = self.engine.url             # str() of a URL hides its password
        self._conn: sa.Connection | None = None
        self._open()

    @classmethod
    def for_workspace(cls, ws) -> "HistoryStore":
        """The store named by ``[store] url``, else ``history.sqlite`` in the workspace, for its identity."""
        return cls(store_url(ws), ws.identity)

    def __repr__(self) -> str:
        return f"HistoryStore({self.engine.url.render_as_string(hide_password=True)!r})"

    def close(self) -> None:
        self.engine.dispose()

    def _open(self) -> None:
        """Check the schema version with one query; upgrade when it is not the current one."""
        try:
            with self.engine.connect() as conn:
                version = stored_version(conn)
        except sa.exc.DBAPIError as exc:
            shown = self.engine.url.render_as_string(hide_password=True)
            raise StoreError(f"无法连接历史库 {shown}：{db_reason(exc)}", url=shown) from exc
        if version != HEAD:
            from .migrate import upgrade_store

            done = upgrade_store(self.engine.url, self.workspace)
            if done.changed and done.before is not None:
                log.warning(done.summary())

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
            query = self._select(files_table).where(files_table.c.sha256.in_(chunk))
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
                query = (sa.select(c.archived_as, c.status, c.decided_at)
                         .where(self._mine(files_table), c.archived_as.in_(chunk)))
                old.update({r.archived_as: r for r in conn.execute(query)})
            inserts, updates = [], []
            for o in outcomes:
                row = _outcome_row(o, self.workspace)
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
                statement = files_table.update().where(
                    self._mine(files_table), c.archived_as == sa.bindparam("old_archived_as"))
                conn.execute(statement, updates)

    def ledger(self, period: str | None = None) -> list[FileOutcome]:
        """Recorded files of ``period`` (by their own period or the merge that decided them), or all."""
        query = self._select(files_table)
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
            query = self._select(files_table).where(c.period.in_(chunk), c.status.in_(_COMPETING))
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
                rows.append({"workspace": self.workspace, **dict(zip(_VALUE_FIELDS, _value_fields(v)))})
        if not lineups:
            return
        c = values_table.c
        with self._connect() as conn:
            present = set()
            for chunk in _chunks(sorted({period for period, _ in lineups})):
                query = (sa.select(c.period, c.department).distinct()
                         .where(self._mine(values_table), c.period.in_(chunk)))
                present.update((r.period, r.department) for r in conn.execute(query))
            keys = [{"p": p, "d": d} for p, d in lineups if (p, d) in present]
            if keys:
                statement = values_table.delete().where(
                    self._mine(values_table), c.period == sa.bindparam("p"), c.department == sa.bindparam("d"))
                conn.execute(statement, keys)
            if rows:
                conn.execute(values_table.insert(), rows)

    def value_periods(self) -> dict[str, set[str]]:
        """``{department: periods with stored values}``."""
        c = values_table.c
        found: dict[str, set[str]] = {}
        with self._connect() as conn:
            query = sa.select(c.department, c.period).distinct().where(self._mine(values_table))
            for r in conn.execute(query):
                found.setdefault(r.department, set()).add(r.period)
        return found

    def check_cadence(self, settings, catalogue_year: int) -> None:
        """Refuse to go on when this workspace's year already holds periods of another cadence
        than ``[office] cadence`` (``periods.check_cadence`` says why, in Chinese)."""
        from .periods import check_cadence

        stored = {p for periods in self.value_periods().values() for p in periods}
        start, end = settings.office.year_bounds(catalogue_year)
        check_cadence(stored, settings.office.cadence, start, end)

    def actuals(self, department: str, period: str) -> dict[str, float | None]:
        """``{id: actual}`` of one department's stored values for ``period``."""
        c = values_table.c
        query = sa.select(c.id, c.actual).where(self._mine(values_table), c.department == department,
                                                c.period == period)
        with self._connect() as conn:
            return {r.id: r.actual for r in conn.execute(query)}

    def actuals_many(self, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], dict[str, float | None]]:
        """``actuals`` of many ``(department, period)`` pairs, a query per few hundred periods."""
        wanted = set(keys)
        found: dict[tuple[str, str], dict[str, float | None]] = {key: {} for key in wanted}
        c = values_table.c
        with self._connect() as conn:
            for chunk in _chunks(sorted({period for _, period in wanted})):
                query = (sa.select(c.department, c.period, c.id, c.actual)
                         .where(self._mine(values_table), c.period.in_(chunk)))
                for department, period, vid, actual in conn.execute(query):
                    if (department, period) in wanted:
                        found[(department, period)][vid] = actual
        return found

    def values(self, period: str) -> list[Value]:
        """Every stored value of ``period``, by department then id (catalogue order of ids)."""
        return self._values(values_table.c.period == period)

    def all_values(self) -> list[Value]:
        """Every stored value of every period, by period, department, then id."""
        return sorted(self._values(), key=lambda v: (v.period, v.department, _id_key(v.id)))

    def _values(self, *where) -> list[Value]:
        query = sa.select(*(values_table.c[name] for name in _VALUE_FIELDS)).where(
            self._mine(values_table), *where)
        with self._connect() as conn:
            found = [Value(*row) for row in conn.execute(query)]      # columns in Value's field order
        return sorted(found, key=lambda v: (v.department, _id_key(v.id)))

    def latest_period_before(self, department: str, period: str) -> str | None:
        """The latest period before ``period`` for which ``department`` has stored values."""
        c = values_table.c
        query = sa.select(sa.func.max(c.period)).where(self._mine(values_table), c.department == department,
                                                       c.period < period)
        with self._connect() as conn:
            return conn.execute(query).scalar()

    def latest_before(self, department: str, period: str) -> dict[str, float | None]:
        """``{id: actual}`` of the department's last accepted return before ``period`` ({} if none)."""
        last = self.latest_period_before(department, period)
        return {} if last is None else self.actuals(department, last)

    def series(self, indicator_id: str) -> list[tuple[str, str, float | None]]:
        """``(period, department, actual)`` of one indicator over every stored period."""
        c = values_table.c
        query = (sa.select(c.period, c.department, c.actual)
                 .where(self._mine(values_table), c.id == str(indicator_id))
                 .order_by(c.period, c.department))
        with self._connect() as conn:
            return [(r.period, r.department, r.actual) for r in conn.execute(query)]

    def series_all(self) -> dict[str, list[tuple[str, str, float | None]]]:
        """``series`` of every id at once, ``{id: [(period, department, actual), ...]}``.

        One query instead of one per indicator: ``values`` has no index on ``id`` alone, so each
        ``series`` call reads the whole table (the report's 趋势 sheet wants every indicator).
        """
        c = values_table.c
        query = (sa.select(c.id, c.period, c.department, c.actual).where(self._mine(values_table))
                 .order_by(c.id, c.period, c.department))
        found: dict[str, list[tuple[str, str, float | None]]] = {}
        with self._connect() as conn:
            for vid, period, department, actual in conn.execute(query):
                found.setdefault(vid, []).append((period, department, actual))
        return found

    # -- statuses -------------------------------------------------------------------------------
    def replace_statuses(self, period: str, assessments: Iterable) -> None:
        """Keep each indicator's assessed status for ``period`` (objects with id, department,
        actual, expected, status, such as ``assess.Assessment``)."""
        rows = [{"workspace": self.workspace, "period": period, "id": a.id, "department": a.department or "",
                 "actual": a.actual, "expected": a.expected, "status": a.status} for a in assessments]
        with self._connect() as conn:
            conn.execute(statuses_table.delete().where(self._mine(statuses_table),
                                                       statuses_table.c.period == period))
            if rows:
                conn.execute(statuses_table.insert(), rows)

    def statuses(self, indicator_id: str) -> list[tuple[str, str]]:
        """``(period, status)`` of one indicator over every assessed period."""
        c = statuses_table.c
        query = (sa.select(c.period, c.status).where(self._mine(statuses_table), c.id == str(indicator_id))
                 .order_by(c.period))
        with self._connect() as conn:
            return [(r.period, r.status) for r in conn.execute(query)]

    # -- mail -----------------------------------------------------------------------------------
    def was_sent(self, period: str, department: str, kind: str) -> bool:
        """True when mail of ``kind`` went to ``department`` for ``period``."""
        c = sent_table.c
        query = sa.select(c.at).where(self._mine(sent_table), c.period == period, c.department == department,
                                      c.kind == kind)
        with self._connect() as conn:
            return conn.execute(query).first() is not None

    def mark_sent(self, period: str, department: str, kind: str, recipients: Iterable[str],
                  at: datetime) -> None:
        """Record that mail of ``kind`` went to ``recipients`` (a repeat overwrites the row)."""
        c = sent_table.c
        row = {"workspace": self.workspace, "period": period, "department": department, "kind": kind,
               "recipients": list(recipients), "at": at}
        with self._connect() as conn:
            conn.execute(sent_table.delete().where(
                self._mine(sent_table), c.period == period, c.department == department, c.kind == kind))
            conn.execute(sent_table.insert().values(**row))

    def sent(self) -> list[tuple[str, str, str, tuple[str, ...], datetime]]:
        """The mail ledger: ``(period, department, kind, recipients, at)``, in that order."""
        c = sent_table.c
        query = (sa.select(c.period, c.department, c.kind, c.recipients, c.at).where(self._mine(sent_table))
                 .order_by(c.period, c.department, c.kind))
        with self._connect() as conn:
            return [(r.period, r.department, r.kind, tuple(_json(r.recipients)), r.at)
                    for r in conn.execute(query)]

    # -- scope ----------------------------------------------------------------------------------
    def _mine(self, table: sa.Table):
        """The condition that keeps a query to this store's workspace."""
        return table.c.workspace == self.workspace

    def _select(self, table: sa.Table) -> sa.Select:
        """Every column but ``workspace`` of this workspace's rows."""
        return sa.select(*(c for c in table.c if c.name != "workspace")).where(self._mine(table))


def store_url(ws) -> sa.URL:
    """The URL of ``ws``'s store, with the password from ``TZ_EXCEL_STORE_PASSWORD`` set into it.

    The password goes in through SQLAlchemy's URL API, never through text, so any character is
    safe in it, and it is never written anywhere: ``str()`` and ``repr()`` of a URL hide it.
    """
    try:
        url = sa.make_url(ws.store_url)
    except sa.exc.ArgumentError as exc:
        raise ConfigError(f"tz_excel.toml：[store] url 不是有效的数据库地址：{ws.settings.store.url}",
                          path=str(ws.settings_path)) from exc
    password = ws.settings.store.password
    return _with_driver(url.set(password=password) if password else url)


def upgrade_workspace_store(ws) -> Upgrade:
    """Upgrade the store of workspace ``ws`` for its identity: what ``tz-excel store upgrade`` does."""
    from .migrate import upgrade_store

    url = store_url(ws)
    _engine(url).dispose()          # a missing driver or a wrong URL: the same clear error as opening
    return upgrade_store(url, ws.identity)


def _with_driver(url: sa.URL) -> sa.URL:
    """A plain ``postgresql://`` means psycopg 3 here (the ``postgresql`` extra), not psycopg2."""
    return url.set(drivername="postgresql+psycopg") if url.drivername == "postgresql" else url


def _engine(url: str | sa.URL) -> sa.Engine:
    """An engine for ``url``, with a clear error when its driver is missing or the URL is wrong."""
    url = _with_driver(sa.make_url(url))
    shown = url.render_as_string(hide_password=True)
    try:
        return sa.create_engine(url)
    except ImportError as exc:                  # the driver's package (psycopg) is not installed
        raise StoreError(f"历史库 {shown} 需要数据库驱动 {url.drivername}，尚未安装。PostgreSQL 请安装："
                         "pip install 'tz_excel[postgresql]'", url=shown) from exc
    except sa.exc.ArgumentError as exc:         # an unknown dialect or driver name, among others
        raise StoreError(f"历史库地址无效：{shown}（{exc}）", url=shown) from exc


def _outcome_row(o: FileOutcome, workspace: str) -> dict:
    return {
        "workspace": workspace, "archived_as": o.archived_as, "sha256": o.sha256, "file": o.file,
        "department": o.department, "period": o.period, "filed_under": o.filed_under, "status": o.status,
        "received_at": o.received_at, "modified": o.modified, "sender": o.sender or "",
        "issues": [_issue_dict(i) for i in o.issues],
    }


def _row_outcome(r) -> FileOutcome:
    issues = _json(r.issues)
    return FileOutcome(
        file=r.file, sha256=r.sha256, status=r.status, department=r.department, period=r.period,
        archived_as=r.archived_as, received_at=r.received_at, issues=tuple(Issue(**i) for i in issues),
        modified=r.modified, filed_under=r.filed_under, sender=r.sender or "",
    )


def _json(value) -> list:
    """A JSON column's list (some drivers hand back the text)."""
    return value if isinstance(value, list) else json.loads(value or "[]")


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
