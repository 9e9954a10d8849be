"""Where each department stands for a period: on time, late or missing, and its last submission.

    >>> rows = period_standings(Period.parse("2023-W36"), ["市科技局", "市工信局"], journal.records(),
    ...                         store.ledger("2023-W36"), deadline=datetime(2023, 9, 8, 17, 0))
    >>> rows[0].state, rows[0].last.accepted
    ('on_time', True)

Two sources, so the office sees returns however they came: the web upload journal (each upload
with the verdict the clerk was shown) and the history store's ledger (every file a merge decided,
mail included). A file in both (a web upload, since merged) is taken from the journal. A return
counts for the period when it was accepted as a return of that period; the department is on time
when one such return arrived by the deadline, late when only later ones did, missing otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Iterable

from .findings import Issue
from .periods import Period

ON_TIME, LATE, MISSING = "on_time", "late", "missing"
STATE_WORDS = {ON_TIME: "按时报送", LATE: "逾期报送", MISSING: "未报送"}
WEB, MAIL = "网页上传", "邮件或手工放入"


@dataclass(frozen=True)
class Submission:
    """One return a department sent, as far as the office knows."""

    received_at: datetime                # naive local time
    source: str                          # WEB or MAIL
    accepted: bool
    period: str | None                   # the return's own period
    name: str                            # what to call it: the clerk's file name, or the inbox name
    errors: tuple[Issue, ...] = ()
    warnings: tuple[Issue, ...] = ()
    late: bool = False
    upload_id: str = ""                  # for web uploads


@dataclass(frozen=True)
class Standing:
    """One department for one period."""

    department: str
    state: str                           # ON_TIME, LATE or MISSING
    last: Submission | None = None       # the newest submission that concerns the period
    counted: Submission | None = None    # the newest accepted return of the period (merge's pick)

    @property
    def word(self) -> str:
        return STATE_WORDS[self.state]


def period_standings(period: Period | str, departments: Iterable[str], records: Iterable,
                     ledger: Iterable, *, deadline: datetime) -> list[Standing]:
    """A Standing per department, in the order given.

    Args:
        records: ``uploads.Record`` of the journal.
        ledger: ``records.FileOutcome`` of the store for the period.
        deadline: the period's deadline (naive local time).
    """
    period = str(period)
    by_department: dict[str, list[Submission]] = {}
    seen = set()
    for record in records:
        seen.add(record.upload.sha256)
        if record.concerns(period):
            by_department.setdefault(record.upload.department, []).append(_from_upload(record))
    for outcome in ledger:
        if outcome.sha256 in seen or not outcome.department or outcome.period != period:
            continue
        submission = _from_ledger(outcome, deadline)
        if submission is not None:
            by_department.setdefault(outcome.department, []).append(submission)
    return [_standing(name, by_department.get(name, []), period, deadline) for name in departments]


def _standing(department: str, submissions: list[Submission], period: str, deadline: datetime) -> Standing:
    submissions.sort(key=lambda s: s.received_at)
    counted = [s for s in submissions if s.accepted and s.period == period]
    if not counted:
        state = MISSING
    elif any(s.received_at <= deadline for s in counted):
        state = ON_TIME
    else:
        state = LATE
    return Standing(department, state, submissions[-1] if submissions else None,
                    counted[-1] if counted else None)


def _from_upload(record) -> Submission:
    upload, preview = record.upload, record.preview
    return Submission(received_at=upload.received_at.astimezone().replace(tzinfo=None), source=WEB,
                      accepted=preview.accepted, period=preview.period,
                      name=upload.original_name or upload.name, errors=preview.errors,
                      warnings=preview.warnings, late=preview.late, upload_id=upload.id)


def _from_ledger(outcome, deadline: datetime) -> Submission | None:
    if outcome.status in ("accepted", "superseded"):
        accepted = True
    elif outcome.status == "rejected":
        accepted = False
    else:
        return None                      # duplicates and ignored files say nothing new
    received = outcome.received_at or datetime.min
    return Submission(received_at=received, source=MAIL, accepted=accepted, period=outcome.period,
                      name=outcome.file.rpartition("/")[2],
                      errors=tuple(i for i in outcome.issues if i.is_error),
                      warnings=tuple(i for i in outcome.issues if not i.is_error),
                      late=received > deadline)
