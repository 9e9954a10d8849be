"""Latest return per department → the period's table; archive every file; keep the history.

    >>> result = merge_inbox(Workspace("."), Period.parse("2023-W36"))
    >>> result.to_dict()["missing_departments"]
    ['市委组织部', ...]

``merge_inbox`` reads every file under inbox/, decides what each is (accepted, superseded,
duplicate, other_period, rejected, ignored), moves it into archive/ crash-safely, stores its values
in the history store, and returns a ``MergeResult`` for the period asked for.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from .validation import Issue

ACCEPTED, SUPERSEDED, DUPLICATE = "accepted", "superseded", "duplicate"
OTHER_PERIOD, REJECTED, IGNORED = "other_period", "rejected", "ignored"


@dataclass(frozen=True)
class FileOutcome:
    """What became of one file found in inbox/ (or re-read from the archive)."""

    file: str                      # original path relative to the workspace, e.g. "inbox/x.xlsx"
    sha256: str
    status: str                    # ACCEPTED … IGNORED
    department: str | None = None
    period: str | None = None
    archived_as: str = ""          # path relative to the workspace
    received_at: datetime | None = None   # arrival time (inbox mtime, or the mail's date)
    issues: tuple[Issue, ...] = ()

    def to_dict(self) -> dict:
        return {
            "file": self.file, "sha256": self.sha256, "department": self.department,
            "period": self.period, "status": self.status, "archived_as": self.archived_as,
            "errors": [i.to_dict() for i in self.issues if i.is_error],
            "warnings": [i.to_dict() for i in self.issues if not i.is_error],
        }


@dataclass(frozen=True)
class Value:
    """One department's line for one indicator (or indicator-less task) in one period."""

    period: str
    department: str
    id: str                        # indicator id or task number
    task_no: int
    role: str                      # "lead" or "co"
    actual: float | None
    valid: bool = True
    state: str = ""
    progress: str = ""
    problems: str = ""
    plans: str = ""
    file: str = ""                 # archived_as of the return it came from
    received_at: datetime | None = None


@dataclass(frozen=True)
class MergeResult:
    """Everything ``assess`` and ``report`` need for one period."""

    period: str
    files: tuple[FileOutcome, ...] = ()          # every file decided in this run, any period
    values: tuple[Value, ...] = ()               # the period's accepted values, all departments
    expected_departments: tuple[str, ...] = ()   # every department that should return
    missing_departments: tuple[str, ...] = ()
    issues: tuple[Issue, ...] = ()               # findings of the period's files (accepted and rejected)
    workbook: str = ""                           # consolidated workbook, relative to the workspace
    extra: dict = field(default_factory=dict)    # indicators/tasks added by assess for to_dict()
