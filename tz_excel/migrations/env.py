"""Alembic environment of the history store, run only by ``tz_excel.migrate``.

``migrate`` hands over a connection inside its own transaction, already holding the upgrade lock
(``config.attributes["connection"]``), and the id of the workspace that is upgrading
(``config.attributes["workspace"]``, read by migrations that assign rows to it). Alembic joins
that transaction, so the whole upgrade commits or rolls back as one.
"""

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=None)
with context.begin_transaction():
    context.run_migrations()
