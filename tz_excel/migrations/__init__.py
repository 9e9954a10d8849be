"""The history store's Alembic environment and migrations (package data; see ``tz_excel.migrate``)."""
