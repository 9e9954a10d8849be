"""Scope every table by workspace, so several workspaces can share one database.

Each table gains a leading ``workspace`` column, in its primary key and its indexes. ``sent.kind``
widens from 20 to 64 characters: a feedback mail's kind (``feedback:`` and 16 hex digits) is 25,
which SQLite stored anyway but PostgreSQL refused, so release 0.1 could not record feedback mail
there. The rows
already there belong to the workspace that runs the upgrade (``config.attributes["workspace"]``):
before this version a store served one workspace. The tables are rebuilt (renamed aside, created
anew, rows copied, the old ones dropped) in the upgrade's one transaction, the same statements on
SQLite and PostgreSQL; a failure leaves the store as it was.
Frozen: never edit it; change the schema in a new migration.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import context, op

from tz_excel.errors import StoreError

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

OLD_INDEXES = ("ix_files_sha256", "ix_files_period", "ix_files_filed_under")


def _workspace() -> sa.Column:
    return sa.Column("workspace", sa.String(64), primary_key=True)


def _tables() -> list[sa.Table]:
    meta = sa.MetaData()
    return [
        sa.Table(
            "files", meta, _workspace(),
            sa.Column("archived_as", sa.String(1000), primary_key=True),
            sa.Column("sha256", sa.String(64), nullable=False),
            sa.Column("file", sa.String(1000), nullable=False),
            sa.Column("department", sa.String(200)),
            sa.Column("period", sa.String(10)),
            sa.Column("filed_under", sa.String(10)),
            sa.Column("status", sa.String(20), nullable=False),
            sa.Column("received_at", sa.DateTime),
            sa.Column("modified", sa.DateTime),
            sa.Column("sender", sa.String(500), nullable=False),
            sa.Column("decided_at", sa.DateTime),
            sa.Column("issues", sa.JSON, nullable=False),
            sa.PrimaryKeyConstraint("workspace", "archived_as", name="pk_files"),
            sa.Index("ix_files_workspace_sha256", "workspace", "sha256"),
            sa.Index("ix_files_workspace_period", "workspace", "period"),
            sa.Index("ix_files_workspace_filed_under", "workspace", "filed_under"),
        ),
        sa.Table(
            "values", meta, _workspace(),
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
            sa.PrimaryKeyConstraint("workspace", "period", "department", "id", name="pk_values"),
        ),
        sa.Table(
            "statuses", meta, _workspace(),
            sa.Column("period", sa.String(10), primary_key=True),
            sa.Column("id", sa.String(20), primary_key=True),
            sa.Column("department", sa.String(200), nullable=False),
            sa.Column("actual", sa.Float),
            sa.Column("expected", sa.Float),
            sa.Column("status", sa.String(20), nullable=False),
            sa.PrimaryKeyConstraint("workspace", "period", "id", name="pk_statuses"),
        ),
        sa.Table(
            "sent", meta, _workspace(),
            sa.Column("period", sa.String(10), primary_key=True),
            sa.Column("department", sa.String(200), primary_key=True),
            sa.Column("kind", sa.String(64), primary_key=True),     # was 20: feedback:<sha16> is 25
            sa.Column("recipients", sa.JSON, nullable=False),
            sa.Column("at", sa.DateTime, nullable=False),
            sa.PrimaryKeyConstraint("workspace", "period", "department", "kind", name="pk_sent"),
        ),
    ]


def upgrade() -> None:
    workspace = context.config.attributes.get("workspace") or ""
    tables = _tables()
    bind = op.get_bind()
    if not workspace and any(_has_rows(bind, t.name) for t in tables):
        raise StoreError("该历史库由旧版本写入，其中的数据须归入某个工作区，请在该工作区目录中运行"
                         "“tz-excel store upgrade”完成升级。")
    for name in OLD_INDEXES:
        op.drop_index(name, table_name="files")
    for table in tables:
        op.rename_table(table.name, f"v0001_{table.name}")
    for table in tables:
        table.create(bind)
        names = [c.name for c in table.columns]                    # "workspace" first, then the old ones
        old = sa.table(f"v0001_{table.name}", *(sa.column(n) for n in names[1:]))
        copied = sa.select(sa.literal(workspace, sa.String(64)), *old.c)
        op.execute(table.insert().from_select(names, copied))
        op.drop_table(old.name)


def downgrade() -> None:
    raise StoreError("历史库不支持降级到 0.1 版的结构（各工作区的数据会混在一起）。请用升级前自动保存的副本。")


def _has_rows(bind, name: str) -> bool:
    return bind.execute(sa.select(sa.literal(1)).select_from(sa.table(name)).limit(1)).first() is not None
