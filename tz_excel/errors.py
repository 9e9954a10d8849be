"""The one exception tree of tz_excel.

Findings about a clerk's workbook are data (``validation.Issue``); these exceptions are raised
only when a thing cannot be done at all::

    TzExcelError
     ├── NoticeParseError      (also ValueError)  the notice cannot be turned into a catalogue
     ├── CatalogueError        (also ValueError)  catalogue.xlsx / JSON is not a usable catalogue
     ├── ConfigError           (also ValueError)  tz_excel.toml, departments.xlsx or an option is wrong
     ├── PeriodError           (ConfigError)      a period is no 2023-W36 / 2023-09 / 2023-Q3,
     │                                            or not of the workspace's cadence
     ├── WorkspaceError        (also OSError)     the workspace is missing, locked or would be overwritten
     ├── WorkbookReadError     (also OSError)     a workbook cannot be opened at all
     └── DeliveryError         (also OSError)     mail could not be sent or fetched

The CLI turns every ``TzExcelError`` into a Chinese message and exit code 2. Context travels as
attributes (``path``, ``line``, ``department``, ``cell``), never only inside the message.
"""

from __future__ import annotations


class TzExcelError(Exception):
    """Base of every error tz_excel raises on purpose."""

    def __init__(self, message: str, **context: object) -> None:
        super().__init__(message)
        self.message = message
        for key, value in context.items():
            setattr(self, key, value)


class NoticeParseError(TzExcelError, ValueError):
    """The notice cannot be turned into a catalogue (no tasks, unreadable, duplicated numbers)."""


class CatalogueError(TzExcelError, ValueError):
    """A catalogue file (xlsx or JSON) is not a usable catalogue."""


class ConfigError(TzExcelError, ValueError):
    """Settings, the department directory or a command-line option are wrong."""


class PeriodError(ConfigError):
    """A period is not of the form 2023-W36, 2023-09 or 2023-Q3, or not of the workspace's cadence."""


class WorkspaceError(TzExcelError, OSError):
    """The workspace is missing, locked by another run, or would be overwritten."""


class WorkbookReadError(TzExcelError, OSError):
    """A workbook cannot be opened at all."""


class DeliveryError(TzExcelError, OSError):
    """Mail could not be sent or fetched."""


class StoreError(TzExcelError, OSError):
    """The history store cannot be reached, opened or upgraded."""
