"""The history store's tables as they are now, and the cheap check of a store's version.

    >>> stored_version(connection)          # one SELECT; None for a new store or one of release 0.1
    '0002'
    >>> HEAD
    '0002'

Every table leads with ``workspace``: the id a workspace keeps in its ``tz_excel.id`` file
(``Workspace.identity``), so several workspaces can share one database and never see each
other's rows. Every primary key and index starts with it, and every query of ``store`` filters on
it. Portable types only, so SQLite and PostgreSQL hold the same schema.

The schema changes only through a migration in ``tz_excel/migrations/versions`` (Alembic); the
tables here must equal what the migrations build (a test compares them on both databases), and
``REVISIONS`` lists the migrations in order. This module never imports Alembic: opening a store
that is already current costs one query (``stored_version``), and ``migrate`` is loaded only when
an upgrade is due.
"""

from __future__ import annotations

import sqlalchemy as sa

# Alembic revision ids, oldest first: 0001 is release 0.1's schema exactly (that release had no
# version table), 0002 scopes every table by workspace.
REVISIONS = ("0001", "0002")
HEAD = REVISIONS[-1]
VERSION_TABLE = "alembic_version"         # Alembic's default name for it

WORKSPACE_LENGTH = 64                    # a uuid4 hex (32) with room for longer ids

# Named constraints, so a rename during a migration never collides with an old default name
# (PostgreSQL names a primary key <table>_pkey, and index names are unique per schema).
metadata = sa.MetaData(naming_convention={
    "pk": "pk_%(table_name)s",
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
})


def _workspace() -> sa.Column:
    return sa.Column("workspace", sa.String(WORKSPACE_LENGTH), primary_key=True)


files_table = sa.Table(
    "files", metadata,
    _workspace(),
    sa.Column("archived_as", sa.String(1000), primary_key=True),   # "" never: ignored files are not kept
    sa.Column("sha256", sa.String(64), nullable=False),
    sa.Column("file", sa.String(1000), nullable=False),            # original path, e.g. inbox/x.xlsx
    sa.Column("department", sa.String(200)),
    sa.Column("period", sa.String(10)),
    sa.Column("filed_under", sa.String(10)),                       # period of the merge that decided it
    sa.Column("status", sa.String(20), nullable=False),
    sa.Column("received_at", sa.DateTime),
    sa.Column("modified", sa.DateTime),                            # the workbook's own modified time
    sa.Column("sender", sa.String(500), nullable=False, default=""),
    sa.Column("decided_at", sa.DateTime),
    sa.Column("issues", sa.JSON, nullable=False),
)
sa.Index(None, files_table.c.workspace, files_table.c.sha256)
sa.Index(None, files_table.c.workspace, files_table.c.period)
sa.Index(None, files_table.c.workspace, files_table.c.filed_under)

values_table = sa.Table(
    "values", metadata,
    _workspace(),
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
    _workspace(),
    sa.Column("period", sa.String(10), primary_key=True),
    sa.Column("id", sa.String(20), primary_key=True),
    sa.Column("department", sa.String(200), nullable=False),
    sa.Column("actual", sa.Float),
    sa.Column("expected", sa.Float),
    sa.Column("status", sa.String(20), nullable=False),
)

sent_table = sa.Table(
    "sent", metadata,
    _workspace(),
    sa.Column("period", sa.String(10), primary_key=True),
    sa.Column("department", sa.String(200), primary_key=True),
    sa.Column("kind", sa.String(64), primary_key=True),   # send, remind, report, feedback:<sha16>
    sa.Column("recipients", sa.JSON, nullable=False),
    sa.Column("at", sa.DateTime, nullable=False),
)

_version = sa.table(VERSION_TABLE, sa.column("version_num"))


def stored_version(conn: sa.Connection) -> str | None:
    """The store's schema version, or None when it has no version table (new, or release 0.1).

    One query on a connection of its own. Any failure of it sends the caller to ``migrate``, which
    looks again under the upgrade lock (so a store busy with another process's upgrade is fine).
    """
    try:
        return conn.execute(sa.select(_version.c.version_num)).scalar()
    except (sa.exc.OperationalError, sa.exc.ProgrammingError):
        conn.rollback()
        return None


def db_reason(exc: sa.exc.SQLAlchemyError) -> str:
    """The database driver's own words, without the statement and parameters SQLAlchemy appends."""
    original = getattr(exc, "orig", None)
    return str(original if original is not None else exc).strip().splitlines()[0]
