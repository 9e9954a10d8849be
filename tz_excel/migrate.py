"""Bring a history store to the current schema with Alembic, one process at a time.

    >>> upgrade_store("sqlite:///office/history.sqlite", workspace=ws.identity)
    Upgrade(url='sqlite:///office/history.sqlite', workspace='3f2c…', before='0001', after='0002',
            backup=PosixPath('office/history.v0001.20231128-103000.sqlite'))
    >>> print(store.upgrade_workspace_store(ws).summary())  # what ``tz-excel store upgrade`` does
    历史库 …已由版本 0001（0.1 版）升级到 0002，原有数据全部保留。

``HistoryStore`` calls ``upgrade_store`` itself when ``schema.stored_version`` is not ``schema.HEAD``
(a new store, or one written by an older release), so an upgrade needs no command; the command
exists for an office that wants to upgrade at a moment of its choosing and read what happened.

One process migrates, the others wait and then find nothing left to do: the upgrade runs in one
transaction that first takes a lock, then reads the version again. On PostgreSQL the lock is a
transaction-level advisory lock; on SQLite it is the database's own write lock (``BEGIN
IMMEDIATE``: every other writer waits, readers go on reading the old tables until the commit),
which also makes the upgrade atomic there: SQLite's DDL is transactional, so a killed upgrade
leaves the old store as it was. Before changing a SQLite store that holds data, a copy is saved
beside it (``history.v0001.20231128-103000.sqlite``); a PostgreSQL store's backups are its
administrator's.

Release 0.1 had no version table: a store with tables but no version is stamped 0001 (that release's
schema, which migration 0001 builds exactly) and upgraded from there.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa

from .errors import StoreError
from .schema import HEAD, REVISIONS, VERSION_TABLE, db_reason

SCRIPTS = "tz_excel:migrations"          # Alembic's package-resource form of the script directory
LOCK_KEY = 0x747A5F657863656C             # b"tz_excel" as a bigint: the advisory lock of upgrades
SQLITE_LOCK_WAIT = 120.0                  # seconds a process waits for another one's upgrade
RELEASE_01 = REVISIONS[0]


@dataclass(frozen=True)
class Upgrade:
    """What ``upgrade_store`` found and did."""

    url: str                              # the store, password hidden
    workspace: str
    before: str | None                    # None: a new, empty store
    after: str
    backup: Path | None = None            # the copy saved before a SQLite store was changed

    @property
    def changed(self) -> bool:
        return self.before != self.after

    def summary(self) -> str:
        """One or two lines of Chinese for the terminal."""
        where = f"历史库 {self.url}（本工作区标识 {self.workspace}）"
        if self.before is None:
            return f"已建立{where}，版本 {self.after}。"
        if not self.changed:
            return f"{where}已是最新版本 {self.after}，无需升级。"
        line = f"{where}已由版本 {_version_word(self.before)}升级到 {self.after}，原有数据全部保留。"
        return line + (f"\n升级前的副本：{self.backup}" if self.backup else "")


def upgrade_store(url: str | sa.URL, workspace: str, *, backup: bool = True) -> Upgrade:
    """Upgrade the store at ``url`` to ``schema.HEAD``; rows of an older store go to ``workspace``.

    Args:
        url: the store's SQLAlchemy URL (with its password, if any).
        workspace: the id of the workspace upgrading (``Workspace.identity``); a store of release
            0.1 holds one workspace's data, which becomes this workspace's.
        backup: save a copy of a SQLite store before changing it.

    Raises:
        StoreError: the store is newer than this program, cannot be reached, or the upgrade failed
            (nothing was changed then).
    """
    engine = _upgrade_engine(sa.make_url(url))
    shown = engine.url.render_as_string(hide_password=True)
    try:
        with engine.begin() as conn:
            _lock(conn)
            if not sa.inspect(conn).get_table_names():
                _create_current(conn)
                return Upgrade(shown, workspace, None, HEAD)
            before = _current_version(conn)
            if before == HEAD:
                return Upgrade(shown, workspace, before, HEAD)
            if before is not None and before not in REVISIONS:
                raise StoreError(f"历史库 {shown} 的版本 {before} 比本程序新（本程序支持到 {HEAD}），"
                                 "请先升级 tz_excel。", url=shown)
            if before is not None and not workspace:
                raise StoreError(f"历史库 {shown} 须由使用它的工作区升级：请在该工作区目录中运行"
                                 "“tz-excel store upgrade”。", url=shown)
            saved = _backup_sqlite(conn, before) if backup and before is not None else None
            _run_alembic(conn, workspace, stamp=before == RELEASE_01 and not _has_version_table(conn))
        return Upgrade(shown, workspace, before, HEAD, saved)
    except sa.exc.SQLAlchemyError as exc:
        raise StoreError(f"历史库 {shown} 升级失败，未做任何改动：{db_reason(exc)}", url=shown) from exc
    finally:
        engine.dispose()


def _upgrade_engine(url: sa.URL) -> sa.Engine:
    """An engine whose transactions hold the upgrade lock for their whole length."""
    if url.get_backend_name() != "sqlite":
        return sa.create_engine(url)
    engine = sa.create_engine(url, connect_args={"timeout": SQLITE_LOCK_WAIT}, poolclass=sa.pool.NullPool)

    # SQLAlchemy's recipe for SQLite transactions that include DDL: the driver's own transaction
    # handling is turned off and every transaction starts with an explicit BEGIN.
    @sa.event.listens_for(engine, "connect")
    def _driver_autocommit(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None

    @sa.event.listens_for(engine, "begin")
    def _begin_immediate(conn) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _lock(conn: sa.Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(sa.select(sa.func.pg_advisory_xact_lock(LOCK_KEY)))
    # SQLite: BEGIN IMMEDIATE already holds the database's one write lock.


def _current_version(conn: sa.Connection) -> str | None:
    """The version inside the lock: Alembic's, else 0001 for a release-0.1 store, else None (empty)."""
    from alembic.runtime.migration import MigrationContext

    version = MigrationContext.configure(conn).get_current_revision()
    if version is None and sa.inspect(conn).has_table("files"):
        return RELEASE_01
    return version


def _create_current(conn: sa.Connection) -> None:
    """A new, empty database: the current schema at once (``schema.py``, which the tests check the
    migrations build exactly), stamped with ``HEAD`` in Alembic's version table as Alembic lays it
    out. Replaying every migration from release 0.1 would rebuild tables that hold nothing."""
    from .schema import metadata

    version = sa.Table(VERSION_TABLE, sa.MetaData(), sa.Column("version_num", sa.String(32), nullable=False),
                       sa.PrimaryKeyConstraint("version_num", name=f"{VERSION_TABLE}_pkc"))
    metadata.create_all(conn)
    version.create(conn)
    conn.execute(version.insert().values(version_num=HEAD))


def _has_version_table(conn: sa.Connection) -> bool:
    return sa.inspect(conn).has_table(VERSION_TABLE)


def _run_alembic(conn: sa.Connection, workspace: str, stamp: bool) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", SCRIPTS)
    config.attributes["connection"] = conn
    config.attributes["workspace"] = workspace
    if stamp:
        command.stamp(config, RELEASE_01)
    command.upgrade(config, "head")


def _backup_sqlite(conn: sa.Connection, before: str) -> Path | None:
    """Copy a SQLite store aside with SQLite's backup API, while ``conn`` holds the write lock.

    The copy reads through a second SQLite connection: the backup API refuses a connection in a
    write transaction, and a plain file copy would open and close the file in this process, which
    drops every POSIX lock the process holds on it (another process could then roll our upgrade
    back from under us). SQLite shares its locks between its own connections in one process.
    """
    database = conn.engine.url.database
    if conn.dialect.name != "sqlite" or not database or database == ":memory:":
        return None
    path = Path(database)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.v{before}.{stamp}{path.suffix}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.stem}.v{before}.{stamp}-{n}{path.suffix}")
    source, copy = sqlite3.connect(path), sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()
    return target


def _version_word(version: str) -> str:
    return f"{version}（0.1 版）" if version == RELEASE_01 else version
