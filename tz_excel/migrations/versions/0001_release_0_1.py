"""Release 0.1's schema, exactly as its ``metadata.create_all`` made it.

Release 0.1 kept no version table: ``migrate`` recognises such a store by its ``files`` table and
stamps it 0001 before upgrading. A new store runs this migration first, then the later ones.
Frozen: never edit it; change the schema in a new migration.

Revision ID: 0001
Revises: (none)
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "files",
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
    )
    # Release 0.1 declared these with index=True: SQLAlchemy named them ix_<table>_<column>.
    for column in ("sha256", "period", "filed_under"):
        op.create_index(f"ix_files_{column}", "files", [column])
    op.create_table(
        "values",
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
    op.create_table(
        "statuses",
        sa.Column("period", sa.String(10), primary_key=True),
        sa.Column("id", sa.String(20), primary_key=True),
        sa.Column("department", sa.String(200), nullable=False),
        sa.Column("actual", sa.Float),
        sa.Column("expected", sa.Float),
        sa.Column("status", sa.String(20), nullable=False),
    )
    op.create_table(
        "sent",
        sa.Column("period", sa.String(10), primary_key=True),
        sa.Column("department", sa.String(200), primary_key=True),
        sa.Column("kind", sa.String(20), primary_key=True),
        sa.Column("recipients", sa.JSON, nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    for name in ("sent", "statuses", "values", "files"):
        op.drop_table(name)
