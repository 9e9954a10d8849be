"""tz_excel: the weekly reporting cycle of a municipal key-task notice.

    >>> import tz_excel
    >>> catalogue = tz_excel.parse_notice(tz_excel.BUNDLED_NOTICE)
    >>> len(catalogue.tasks)
    75
"""

from importlib.resources import files as _files

from .catalogue import Catalogue, Indicator, Row, Section, Task
from .config import Settings, Workspace
from .departments import Department, Directory, read_directory, write_directory
from .errors import (
    CatalogueError, ConfigError, DeliveryError, NoticeParseError, PeriodError, TzExcelError,
    WorkbookReadError, WorkspaceError,
)
from .periods import Period, year_share

BUNDLED_NOTICE = _files("tz_excel") / "data" / "tengzhou-2023-key-tasks.txt"

__all__ = [
    "BUNDLED_NOTICE", "Catalogue", "CatalogueError", "ConfigError", "DeliveryError", "Department",
    "Directory", "Indicator", "NoticeParseError", "Period", "PeriodError", "Row", "Section",
    "Settings", "Task", "TzExcelError", "WorkbookReadError", "Workspace", "WorkspaceError",
    "read_directory", "write_directory", "year_share",
]
