"""The ledger's plain records: what became of one file, and one department's figure for one row.

    >>> FileOutcome(file="inbox/x.xlsx", sha256="…", status=ACCEPTED, department="市科技局",
    ...             period="2023-W36", archived_as="archive/2023-W36/市科技局/x__…xlsx")
    >>> Value(period="2023-W36", department="市科技局", id="4.1", task_no=4, role="lead", actual=120.0)

``merge`` makes them, ``store`` keeps them, ``assess`` and ``report`` read them; this module
imports nothing of ours but the ``Issue`` record, so all of those can import it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .findings import Issue

ACCEPTED, SUPERSEDED, DUPLICATE = "accepted", "superseded", "duplicate"
OTHER_PERIOD, REJECTED, IGNORED = "other_period", "rejected", "ignored"
STATUS_WORDS = {ACCEPTED: "采用", SUPERSEDED: "被新版本替代", DUPLICATE: "重复", OTHER_PERIOD: "其他周期",
                REJECTED: "拒收", IGNORED: "忽略"}


@dataclass(frozen=True)
class FileOutcome:
    """What became of one file found in inbox/ (as the ledger keeps it)."""

    file: str                      # original path relative to the workspace, e.g. "inbox/x.xlsx"
    sha256: str
    status: str                    # ACCEPTED … IGNORED
    department: str | None = None
    period: str | None = None
    archived_as: str = ""          # path relative to the workspace
    received_at: datetime | None = None   # arrival time (inbox mtime, or the mail's date)
    issues: tuple[Issue, ...] = ()
    modified: datetime | None = None      # the workbook's own modified time (tie-break)
    filed_under: str | None = None        # the period of the merge run that decided it
    sender: str = ""                      # the mail's sender, from collect's sidecar

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
