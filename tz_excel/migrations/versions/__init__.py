"""One file per schema version, oldest first; their ids are listed in ``tz_excel.schema.REVISIONS``."""
