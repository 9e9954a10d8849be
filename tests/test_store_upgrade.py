"""Upgrades lose nothing: stores written by release 0.1 (tests/make_store_v01.py) upgraded in place.

The fixtures hold two merged periods (2023-W35, 2023-W36) of the bundled notice with their file
ledger, statuses and mail ledger, as release 0.1 wrote them: a SQLite workspace (tests/data/store/
v01/) and the same rows through release 0.1's store on PostgreSQL (history_v01.postgresql.sql, a
pg_dump loaded with psql into the test cluster). After the upgrade every row is still there, the
store's own API reads back what release 0.1's read, and the report's 趋势 sheet shows both periods.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from tz_excel.config import Workspace
from tz_excel.errors import StoreError
from tz_excel.schema import HEAD, REVISIONS, metadata
from tz_excel.store import HistoryStore

DATA = Path(__file__).parent / "data" / "store"
V01 = DATA / "v01"
PG_DUMP = DATA / "history_v01.postgresql.sql"
EXPECTED = json.loads((V01 / "expected.json").read_text(encoding="utf-8"))
TABLES = ("files", "values", "statuses", "sent")
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def v01_workspace(tmp_path) -> Workspace:
    """A copy of the release-0.1 workspace: settings, catalogue, directory, history.sqlite; no id yet."""
    root = tmp_path / "office"
    shutil.copytree(V01, root, ignore=shutil.ignore_patterns("expected.json"))
    return Workspace(root)


@pytest.fixture
def v01_postgresql(postgres):
    """A database on the test cluster holding release 0.1's schema and rows (the pg_dump)."""
    url = postgres.create_database()
    postgres.psql(url.database, PG_DUMP)
    return url


# -- reading a store as it is ------------------------------------------------------------------------

def raw_rows(url, table: str) -> list[tuple]:
    """Every row of ``table`` without the workspace column, values as the driver hands them back."""
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            found = sa.Table(table, sa.MetaData(), autoload_with=conn)
            columns = [c for c in found.columns if c.name != "workspace"]
            return sorted((tuple(r) for r in conn.execute(sa.select(*columns))), key=repr)
    finally:
        engine.dispose()


def workspaces_in(url, table: str) -> set[str]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return set(conn.execute(sa.text(f'SELECT DISTINCT workspace FROM "{table}"')).scalars())
    finally:
        engine.dispose()


def version_of(url) -> str | None:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
    finally:
        engine.dispose()


def read_back(store: HistoryStore) -> dict:
    """What the store's API reads, in the form of expected.json (make_store_v01.read_back)."""
    iso = lambda moment: moment.isoformat() if moment else None          # noqa: E731
    return {
        "periods": EXPECTED["periods"],
        "ledger": [{"file": o.file, "sha256": o.sha256, "status": o.status, "department": o.department,
                    "period": o.period, "archived_as": o.archived_as, "received_at": iso(o.received_at),
                    "modified": iso(o.modified), "filed_under": o.filed_under, "sender": o.sender,
                    "issues": [[i.code, i.severity, i.message, i.file, i.sheet, i.cell, i.value]
                               for i in o.issues]}
                   for o in store.ledger()],
        "values": {p: [{"period": v.period, "department": v.department, "id": v.id, "task_no": v.task_no,
                        "role": v.role, "actual": v.actual, "valid": v.valid, "state": v.state,
                        "progress": v.progress, "problems": v.problems, "plans": v.plans, "file": v.file,
                        "received_at": iso(v.received_at)} for v in store.values(p)]
                   for p in sorted({v.period for v in store.all_values()})},
        "statuses": {i: [list(s) for s in store.statuses(i)] for i in EXPECTED["statuses"]},
        "sent": [[p, d, k, list(r), iso(at)] for p, d, k, r, at in store.sent()],
    }


def expected_api(fits_varchar20: bool = False) -> dict:
    """expected.json's API part; on PostgreSQL release 0.1 could not write feedback mail rows."""
    wanted = {k: EXPECTED[k] for k in ("periods", "ledger", "values", "statuses", "sent")}
    if fits_varchar20:
        wanted["sent"] = [s for s in wanted["sent"] if len(s[2]) <= 20]
    return wanted


# -- the trend sheet ---------------------------------------------------------------------------------

def trend_of_report(ws: Workspace, store: HistoryStore, period_text: str = "2023-W36") -> dict:
    """Write the consolidated workbook of ``period`` from the store alone; read its 趋势 sheet back."""
    from openpyxl import load_workbook

    from tz_excel.assess import assess_period
    from tz_excel.merge import MergeResult
    from tz_excel.office import load_catalogue, load_directory
    from tz_excel.periods import Period
    from tz_excel.report import write_report

    catalogue, directory = load_catalogue(ws), load_directory(ws)
    period = Period.parse(period_text)
    values = tuple(store.values(period_text))
    expected = tuple(d.name for d in directory.recipients_for(catalogue.department_names()))
    reported = {v.department for v in values}
    result = MergeResult(period=period_text, files=tuple(store.ledger(period_text)), values=values,
                         expected_departments=expected,
                         missing_departments=tuple(d for d in expected if d not in reported))
    assessments, tasks = assess_period(catalogue, list(values), period, ws.settings)
    path = write_report(ws, catalogue, period, result, assessments, tasks, store=store)
    rows = [list(r) for r in load_workbook(path, read_only=True)["趋势"].iter_rows(values_only=True)]
    header = next(i for i, r in enumerate(rows) if r and r[0] == "指标编号")
    columns = {h: n for n, h in enumerate(rows[header]) if isinstance(h, str)}
    headings = [h for h in EXPECTED["trend"]["headings"] if h in columns]
    return {"headings": headings,
            "figures": {str(r[0]): [r[columns[h]] for h in headings]
                        for r in rows[header + 1:] if r and r[0]}}


def assert_trend_matches_release_01(trend: dict) -> None:
    assert trend["headings"] == EXPECTED["trend"]["headings"] == ["第35周", "第36周"]
    old = EXPECTED["trend"]["figures"]
    assert set(trend["figures"]) == set(old)
    both = [i for i, (w35, w36) in old.items() if w35 is not None and w36 is not None]
    assert len(both) > 50, "most indicators have a figure in both periods"
    for indicator, figures in old.items():
        for got, want in zip(trend["figures"][indicator], figures):
            assert (got is None and want is None) or math.isclose(got, want, rel_tol=1e-9), indicator


# -- SQLite ------------------------------------------------------------------------------------------

def test_opening_a_release_01_store_upgrades_it_and_loses_nothing(v01_workspace):
    ws = v01_workspace
    url = f"sqlite:///{ws.root / 'history.sqlite'}"
    before = {t: raw_rows(url, t) for t in TABLES}
    assert version_of_or_none(url) is None and not ws.identity_path.exists()

    store = HistoryStore.for_workspace(ws)              # opening it is the upgrade

    assert version_of(url) == HEAD
    assert {t: raw_rows(url, t) for t in TABLES} == before
    assert all(workspaces_in(url, t) == {ws.identity} for t in TABLES)
    assert read_back(store) == expected_api()
    backups = list(ws.root.glob("history.v0001.*.sqlite"))          # the store as it was, beside it
    assert len(backups) == 1 and sqlite_master(backups[0]) == sqlite_master(V01 / "history.sqlite")
    assert {t: raw_rows(f"sqlite:///{backups[0]}", t) for t in TABLES} == before
    assert_trend_matches_release_01(trend_of_report(ws, store))
    store.close()


def test_the_upgraded_store_goes_on_working(v01_workspace):
    """The next period builds on the upgraded history: 上期累计 and the trend reach back to 0.1's data."""
    store = HistoryStore.for_workspace(v01_workspace)
    lead = next(v for v in store.values("2023-W36") if v.role == "lead" and v.actual is not None)
    assert store.latest_before(lead.department, "2023-W37")[lead.id] == lead.actual
    store.replace_values("2023-W37", lead.department, [type(lead)(**{**lead.__dict__, "period": "2023-W37",
                                                                      "actual": lead.actual + 1})])
    periods = [p for p, d, a in store.series(lead.id) if d == lead.department]
    assert periods == ["2023-W35", "2023-W36", "2023-W37"]


def test_the_command_upgrades_and_says_what_it_did(v01_workspace):
    def run(*args):
        return subprocess.run([sys.executable, "-m", "tz_excel", "-w", str(v01_workspace.root), *args],
                              capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})

    first, second = run("store", "upgrade"), run("store", "upgrade")
    assert first.returncode == 0 and "已由版本 0001（0.1 版）升级到 0002，原有数据全部保留" in first.stdout
    assert "升级前的副本" in first.stdout and len(list(v01_workspace.root.glob("history.v0001.*"))) == 1
    assert second.returncode == 0 and "已是最新版本 0002，无需升级" in second.stdout
    assert run("store").returncode == 2


def test_a_store_of_release_01_is_upgraded_only_for_a_workspace(v01_workspace):
    path = v01_workspace.root / "history.sqlite"
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(StoreError, match="须由使用它的工作区升级"):
        HistoryStore(f"sqlite:///{path}")                 # no workspace: whose rows would they be?
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    assert list(v01_workspace.root.glob("history.v*")) == []


def test_a_store_newer_than_this_program_is_refused(tmp_path):
    url = f"sqlite:///{tmp_path / 'history.sqlite'}"
    HistoryStore(url, workspace="w").close()
    with sqlite3.connect(tmp_path / "history.sqlite") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999'")
    with pytest.raises(StoreError, match="版本 0999 比本程序新"):
        HistoryStore(url, workspace="w")


def test_two_processes_opening_an_old_store_at_once_upgrade_it_once(v01_workspace):
    """Both start the same instant in a workspace that has no id yet: one id, one upgrade, all rows."""
    url = f"sqlite:///{v01_workspace.root / 'history.sqlite'}"
    before = {t: raw_rows(url, t) for t in TABLES}
    script = ("import sys, time, json\n"
              "from tz_excel.config import Workspace\nfrom tz_excel.store import HistoryStore\n"
              "while time.time() < float(sys.argv[2]): time.sleep(0.001)\n"
              "s = HistoryStore.for_workspace(Workspace(sys.argv[1]))\n"
              "print(json.dumps([s.workspace, len(s.all_values())]))\n")
    outs = race(script, [str(v01_workspace.root)] * 2)
    assert outs[0] == outs[1] and outs[0][1] == sum(len(v) for v in EXPECTED["values"].values())
    assert outs[0][0] == v01_workspace.identity
    assert len(list(v01_workspace.root.glob("history.v0001.*.sqlite"))) == 1
    assert {t: raw_rows(url, t) for t in TABLES} == before


def race(script: str, args: list[str], env: dict | None = None) -> list:
    """Run ``script`` once per argument, all released at the same moment; their JSON outputs."""
    start = time.time() + 1.5
    procs = [subprocess.Popen([sys.executable, "-c", script, arg, str(start)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True,
                              env={**os.environ, **(env or {}), "PYTHONPATH": str(ROOT)}) for arg in args]
    outs = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        outs.append(json.loads(out.splitlines()[-1]))
    return outs


def version_of_or_none(url) -> str | None:
    try:
        return version_of(url)
    except sa.exc.OperationalError:
        return None


# -- PostgreSQL --------------------------------------------------------------------------------------

def test_a_release_01_store_on_postgresql_upgrades_and_loses_nothing(v01_postgresql, v01_workspace):
    url = v01_postgresql
    before = {t: raw_rows(url, t) for t in TABLES}
    assert len(before["values"]) == sum(len(v) for v in EXPECTED["values"].values())

    store = HistoryStore(url, workspace=v01_workspace.identity)

    assert version_of(url) == HEAD
    assert {t: raw_rows(url, t) for t in TABLES} == before
    assert all(workspaces_in(url, t) == {v01_workspace.identity} for t in TABLES)
    assert read_back(store) == expected_api(fits_varchar20=True)
    assert_trend_matches_release_01(trend_of_report(v01_workspace, store))
    # The mail ledger's kind is wide enough now for what release 0.1 could not keep on PostgreSQL.
    store.mark_sent("2023-W36", "市科技局", "feedback:0123456789abcdef", ["x@y.cn"], store.sent()[0][4])
    assert store.was_sent("2023-W36", "市科技局", "feedback:0123456789abcdef")
    store.close()


def test_two_processes_upgrading_one_postgresql_store_at_once_migrate_it_once(v01_postgresql):
    before = {t: raw_rows(v01_postgresql, t) for t in TABLES}
    script = ("import sys, time, json\nfrom tz_excel.migrate import upgrade_store\n"
              "while time.time() < float(sys.argv[2]): time.sleep(0.001)\n"
              "u = upgrade_store(sys.argv[1], 'office-a')\nprint(json.dumps([u.before, u.after]))\n")
    outs = race(script, [v01_postgresql.render_as_string(hide_password=False)] * 2)
    assert sorted(outs) == [["0001", HEAD], [HEAD, HEAD]]
    assert {t: raw_rows(v01_postgresql, t) for t in TABLES} == before


# -- the migrations themselves -----------------------------------------------------------------------

def alembic_to(url, revision: str) -> None:
    """Run the shipped migrations up to ``revision`` on an empty database."""
    from alembic import command
    from alembic.config import Config

    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            config = Config()
            config.set_main_option("script_location", "tz_excel:migrations")
            config.attributes.update(connection=conn, workspace="w")
            command.upgrade(config, revision)
    finally:
        engine.dispose()


def shape(url) -> dict:
    """Tables, columns (type, nullability), primary keys and indexes, as the database reports them."""
    engine = sa.create_engine(url)
    try:
        inspector = sa.inspect(engine)
        return {t: {"columns": [(c["name"], str(c["type"]), c["nullable"]) for c in inspector.get_columns(t)],
                    "pk": inspector.get_pk_constraint(t)["constrained_columns"],
                    "indexes": sorted((i["name"], tuple(i["column_names"]), bool(i["unique"]))
                                      for i in inspector.get_indexes(t))}
                for t in TABLES}
    finally:
        engine.dispose()


def test_the_revisions_are_the_shipped_migrations_in_order():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", "tz_excel:migrations")
    scripts = ScriptDirectory.from_config(config)
    assert [s.revision for s in reversed(list(scripts.walk_revisions()))] == list(REVISIONS)
    assert scripts.get_current_head() == HEAD


def sqlite_master(path) -> list[tuple]:
    """Every table and index with the SQL that created it (SQLite keeps it verbatim)."""
    with sqlite3.connect(path) as conn:
        return sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))


def test_migration_0001_is_release_01_schema_exactly_on_sqlite(tmp_path):
    alembic_to(f"sqlite:///{tmp_path / 'new.sqlite'}", "0001")
    made = [row for row in sqlite_master(tmp_path / "new.sqlite") if row[2] != "alembic_version"]
    assert made == sqlite_master(V01 / "history.sqlite")


def test_migration_0001_is_release_01_schema_exactly_on_postgresql(postgres, v01_postgresql):
    fresh = postgres.create_database()
    alembic_to(fresh, "0001")
    assert shape(fresh) == shape(v01_postgresql)
    pk_names = ("SELECT conname FROM pg_constraint WHERE contype = 'p' AND conname <> 'alembic_version_pkc' "
                "ORDER BY conname")
    with sa.create_engine(fresh).connect() as a, sa.create_engine(v01_postgresql).connect() as b:
        assert list(a.exec_driver_sql(pk_names)) == list(b.exec_driver_sql(pk_names))


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_the_migrations_build_the_tables_schema_py_declares(kind, tmp_path, request):
    if kind == "sqlite":
        migrated, declared = (f"sqlite:///{tmp_path / n}" for n in ("migrated.sqlite", "declared.sqlite"))
    else:
        postgres = request.getfixturevalue("postgres")
        migrated, declared = postgres.create_database(), postgres.create_database()
    alembic_to(migrated, "head")                       # every migration, from release 0.1's schema
    engine = sa.create_engine(declared)
    metadata.create_all(engine)
    engine.dispose()
    assert shape(migrated) == shape(declared)


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_a_new_store_is_the_schema_the_migrations_build_stamped_head(kind, tmp_path, request):
    """A new, empty database gets the current schema at once (no replay of every migration): the
    same tables, keys and indexes as the migrations build, and Alembic reads it as at HEAD."""
    from alembic.runtime.migration import MigrationContext

    if kind == "sqlite":
        new, migrated = (f"sqlite:///{tmp_path / n}" for n in ("new.sqlite", "migrated.sqlite"))
    else:
        postgres = request.getfixturevalue("postgres")
        new, migrated = postgres.create_database(), postgres.create_database()
    HistoryStore(new, workspace="w").close()
    alembic_to(migrated, "head")
    assert shape(new) == shape(migrated)
    engine = sa.create_engine(new)
    try:
        with engine.connect() as conn:
            assert MigrationContext.configure(conn).get_current_revision() == HEAD
            assert sa.inspect(conn).get_pk_constraint("alembic_version")["constrained_columns"] == ["version_num"]
    finally:
        engine.dispose()


def test_opening_a_current_store_costs_one_query_and_no_alembic(tmp_path):
    HistoryStore(f"sqlite:///{tmp_path / 'history.sqlite'}", workspace="w").close()
    script = ("import sys, sqlalchemy as sa\nseen = []\n"
              "sa.event.listen(sa.Engine, 'before_cursor_execute', lambda *a: seen.append(a[2]))\n"
              "from tz_excel.store import HistoryStore\n"
              "HistoryStore(sys.argv[1], workspace='w')\n"
              "print(repr(seen)); print('alembic' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", script, f"sqlite:///{tmp_path / 'history.sqlite'}"], check=True,
                         capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    statements, alembic = out.stdout.splitlines()
    assert statements == "['SELECT alembic_version.version_num \\nFROM alembic_version']"
    assert alembic == "False"
