"""Read one returned workbook into a ``Return`` (calamine for values, openpyxl only where needed).

    >>> ret = read_return("inbox/科技局第36周.xlsx", catalogue)
    >>> ret.department, ret.period, ret.rows[0].actual
    ('市科技局', '2023-W36', 120.0)

Identity comes from the hidden ``_meta`` sheet (or the custom properties), never the file name.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .validation import Issue


@dataclass(frozen=True)
class ReturnRow:
    """One filled row: an indicator (``id`` "4.1") or a task without one (``id`` "7")."""

    id: str
    task_no: int
    role: str                      # "lead" or "co", as the template said
    actual: float | None           # 累计完成值 after number parsing; None when empty or invalid
    state: str = ""                # 完成状态: 未启动 / 正常推进 / 已完成 / 滞后 / ""
    progress: str = ""             # 进展情况
    problems: str = ""             # 存在问题
    plans: str = ""                # 下步打算
    cell: str = ""                 # A1 address of the 累计完成值 cell
    raw: str = ""                  # what the clerk typed there
    valid: bool = True             # False when an error finding makes this row invalid


@dataclass(frozen=True)
class Return:
    """What one file says, with every finding. ``department`` is None when it is not our template."""

    file: str                      # path as given (relative to the workspace where possible)
    sha256: str
    department: str | None = None
    period: str | None = None
    template_id: str = ""
    catalogue_sha: str = ""
    generated_at: str = ""
    format_version: str = ""
    modified: datetime | None = None   # the workbook's own modified time (docProps), if any
    filler: str = ""               # 填报人
    phone: str = ""                # 联系电话
    rows: tuple[ReturnRow, ...] = ()
    issues: tuple[Issue, ...] = ()

    @property
    def is_ours(self) -> bool:
        return self.department is not None and self.period is not None
