"""What each return is: one return judged alone, then the returns of a merge judged together.

    >>> verdict = judge_return(ret, catalogue, directory=directory, expected=expected,
    ...                        previous={"4.1": 98.0}, settings=settings)
    >>> verdict.status, [(i.code, i.cell) for i in verdict.issues]
    ('accepted', [('approximate-value', 'J5')])
    >>> batch = decide_batch(pairs, office, history, earlier)      # the merge's decisions

``judge_return`` is the one rule for a single return, shared by ``merge`` and the upload page:
not our template, a period we cannot read, a department that is not expected, a return uploaded
through another department's link, or any error that concerns the whole file (an ``Issue``
without a cell) → rejected; otherwise accepted, with every finding of ``validation``.

``decide_batch`` then compares: of the accepted returns of one department and period (this run's
and those the ledger holds), the newest arrival wins and the others are superseded; a file whose
bytes were seen before is a duplicate of the first. Whatever goes wrong while one return is
judged stays with that return: it is rejected with ``internal-error`` and the traceback is logged.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Collection, Iterable

from .errors import PeriodError
from .findings import ERROR, WARNING, Issue, file_label, num_text
from .inbox import Arrival, naive
from .intake import Return
from .periods import Period
from .records import ACCEPTED, DUPLICATE, REJECTED, SUPERSEDED, FileOutcome, Value
from .validation import validate_return

log = logging.getLogger("tz_excel")


@dataclass(frozen=True)
class Verdict:
    """What the merge makes of one return on its own."""

    status: str                    # ACCEPTED or REJECTED
    department: str | None
    period: str | None             # canonical text ("2023-W36") when readable
    issues: tuple[Issue, ...] = ()

    @property
    def errors(self) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if i.is_error)

    @property
    def warnings(self) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if not i.is_error)


def judge_return(ret: Return, catalogue, *, directory=None, expected: Collection[str] | None = None,
                 previous: dict | None = None, settings=None, link_department: str = "") -> Verdict:
    """Judge one return alone (the rule ``merge`` and the upload page share).

    Args:
        ret: what ``intake.read_return`` made of the file.
        catalogue: the office's catalogue.
        directory: the department directory (for validation).
        expected: the departments that should return; None accepts any the checks accept.
        previous: the department's figures of its last accepted period (stale/decreased checks).
        settings: ``Settings`` (validation thresholds).
        link_department: the department whose upload link the file came through, if any.
    """
    issues = list(ret.issues)
    if not ret.is_ours or any(i.is_error and not i.cell for i in issues):
        return Verdict(REJECTED, ret.department or None, _period_text(ret.period), tuple(issues))
    try:
        period = str(Period.parse(ret.period))
    except PeriodError:
        issues.append(_file_issue("wrong-period", ret, f"{file_label(ret.file)}中的报送周期“{ret.period}”"
                                  "无法识别，请使用本办下发的模板重新填报。"))
        return Verdict(REJECTED, ret.department, None, tuple(issues))
    problem = _department_problem(ret, expected, link_department)
    if problem is not None:
        return Verdict(REJECTED, ret.department, period, tuple(issues) + (problem,))
    found = validate_return(ret, catalogue, previous=previous, settings=settings, directory=directory)
    known = set(issues)
    issues += [i for i in found if i not in known]
    refused = any(i.is_error and not i.cell for i in issues)
    return Verdict(REJECTED if refused else ACCEPTED, ret.department, period, tuple(issues))


def _department_problem(ret: Return, expected, link_department: str) -> Issue | None:
    if link_department and link_department != ret.department:
        return _file_issue("identity-mismatch", ret,
                           f"{file_label(ret.file)}是“{ret.department}”的填报表，不是“{link_department}”的"
                           f"（通过“{link_department}”的报送链接上传），不计入任何单位。"
                           f"请{link_department}下载本单位的模板填写后重新上传。")
    if expected is not None and ret.department not in expected:     # one look-up: no set built for it
        return _file_issue("unknown-department", ret,
                           f"{file_label(ret.file)}中的填报单位“{ret.department}”不在本次应报单位之列，"
                           "请使用本办下发给贵单位的模板重新填报。")
    return None


def internal_error(ret: Return) -> Verdict:
    """The verdict on a return whose judging failed in our code (the traceback is in the log)."""
    return Verdict(REJECTED, ret.department, _period_text(ret.period), ret.issues + (_file_issue(
        "internal-error", ret, f"程序在处理{file_label(ret.file)}时发生内部错误，该文件暂未计入汇总。"
        "办公室已记录错误详情（tz_excel.log），将尽快处理；如急需，请与办公室联系。"),))


# -- the batch of one merge ------------------------------------------------------------------

@dataclass
class Pending:
    """One fresh arrival of a merge, from reading to its outcome (``archived_as`` given later)."""

    arrival: Arrival
    ret: Return
    outcome: FileOutcome | None = None
    folder: tuple[str, ...] = ()           # where it goes: ("archive", period) or ("archive", "rejected")
    owner: str = ""                        # the department an archive name starts with ("" none)
    duplicate_of: object = None            # the earlier Pending or ledger FileOutcome
    winner: bool = False                   # its values become the department's line-up


@dataclass
class Batch:
    """A merge's decisions: every pending arrival's outcome, and ledger rows whose status changes."""

    pending: list[Pending]
    updates: list[FileOutcome] = field(default_factory=list)


@dataclass
class Office:
    """What the decisions consult: catalogue, directory, settings, expected departments."""

    catalogue: object
    directory: object
    settings: object
    expected: frozenset[str]
    filed_under: str                       # the period of the merge run (the ledger's filed_under)


def decide_batch(pending: list[Pending], office: Office, history: "History",
                 earlier: dict[tuple[str, str], list[FileOutcome]]) -> Batch:
    """Set every pending arrival's outcome (without its archive name) and the ledger updates.

    ``earlier``: the ledger's accepted and superseded returns by (department, period).
    """
    # Judged a department and period at a time, earlier periods first, so that a return's
    # "previous figures" include the line-up this very run decided for the period before.
    groups: dict[tuple, list[Pending]] = {}
    for item in pending:
        if item.duplicate_of is None:
            groups.setdefault((_period_text(item.ret.period) or "", item.ret.department or ""), []).append(item)
    batch = Batch(pending)
    for period, department in sorted(groups):
        accepted = []
        for item in groups[(period, department)]:
            verdict = _judge_safely(item, office, history)
            if verdict.status == REJECTED:
                _settle(item, office, verdict, REJECTED, ("archive", "rejected"))
            else:
                _settle(item, office, verdict, ACCEPTED, ("archive", verdict.period), verdict.department)
                accepted.append(item)
        if accepted:
            key = (department, period)
            batch.updates += _choose(accepted, earlier.get(key, []), history, key)
    return batch


def _judge_safely(item: Pending, office: Office, history: "History") -> Verdict:
    ret = item.ret
    try:
        previous = history.before(ret.department, str(Period.parse(ret.period))) if ret.is_ours else {}
    except PeriodError:
        previous = {}
    try:
        return judge_return(ret, office.catalogue, directory=office.directory, expected=office.expected,
                            previous=previous, settings=office.settings,
                            link_department=item.arrival.link_department)
    except Exception:
        log.exception("judging %s failed", item.arrival.rel)
        return internal_error(ret)


def _settle(item: Pending, office: Office, verdict: Verdict, status: str, folder: tuple[str, ...],
            owner: str = "") -> None:
    arrival, ret = item.arrival, item.ret
    department = verdict.department[:200] if verdict.department else None
    issues = tuple(i if i.file else replace(i, file=arrival.rel) for i in arrival.notes + verdict.issues)
    item.folder, item.owner = folder, owner
    item.outcome = FileOutcome(
        file=arrival.rel, sha256=ret.sha256, status=status, department=department,
        period=verdict.period, received_at=arrival.received_at, issues=issues,
        modified=naive(ret.modified), filed_under=office.filed_under, sender=arrival.sender,
    )


def _choose(group: list[Pending], earlier: list[FileOutcome], history: "History",
            key: tuple[str, str]) -> list[FileOutcome]:
    """The newest accepted return of one department and period wins; returns the changed ledger rows."""
    contenders = earlier + [p.outcome for p in group]
    winner = max(contenders, key=arrival_order)
    for item in group:
        item.winner = item.outcome is winner
        if not item.winner:
            item.outcome = replace(item.outcome, status=SUPERSEDED)
    changed = [replace(o, status=ACCEPTED if o is winner else SUPERSEDED) for o in earlier
               if o.status != (ACCEPTED if o is winner else SUPERSEDED)]
    fresh_winner = next((p for p in group if p.winner), None)
    if fresh_winner is not None:
        history.stored(*key, {row.id: row.actual for row in fresh_winner.ret.rows})
    return changed


def mark_duplicates(pending: list[Pending], known: dict[str, list[FileOutcome]]) -> None:
    """Point each arrival whose bytes were seen before (ledger or earlier in this run) at the first."""
    first: dict[str, Pending] = {}
    for item in pending:
        sha = item.ret.sha256
        earlier = known.get(sha, [])
        item.duplicate_of = earlier[0] if earlier else first.get(sha)
        first.setdefault(sha, item)


def settle_duplicate(item: Pending, office: Office) -> None:
    """A duplicate's outcome, filed beside the first copy (whose archive name is known by now)."""
    original = item.duplicate_of
    first = original.outcome if isinstance(original, Pending) else original
    note = Issue("duplicate-file", WARNING,
                 f"该文件与 {_when(first.received_at)} 收到的“{first.file.rpartition('/')[2]}”内容完全相同，"
                 "已归档备查，不重复计入。", file=item.arrival.rel)
    item.folder = tuple(first.archived_as.split("/")[:-1])
    item.owner = "" if first.archived_as.startswith("archive/rejected/") else (first.department or "")
    item.outcome = FileOutcome(
        file=item.arrival.rel, sha256=item.ret.sha256, status=DUPLICATE, department=first.department,
        period=first.period, received_at=item.arrival.received_at, issues=item.arrival.notes + (note,),
        modified=first.modified, filed_under=office.filed_under, sender=item.arrival.sender,
    )


def arrival_order(outcome: FileOutcome) -> tuple:
    """Newest arrival wins; ties go to the later workbook modified time, then the hash."""
    return (outcome.received_at or datetime.min, outcome.modified or datetime.min, outcome.sha256)


def values_of(ret: Return, outcome: FileOutcome) -> list[Value]:
    """The winner's rows as the department's line-up (a row with an error on its cell is invalid)."""
    bad_cells = {i.cell for i in outcome.issues if i.is_error and i.cell}
    return [
        Value(period=outcome.period, department=outcome.department, id=row.id, task_no=row.task_no,
              role=row.role, actual=row.actual, valid=row.valid and row.cell not in bad_cells,
              state=row.state, progress=row.progress, problems=row.problems, plans=row.plans,
              file=outcome.archived_as, received_at=outcome.received_at)
        for row in ret.rows
    ]


class History:
    """Each department's figures of its last accepted period before a given one: the store's,
    plus the line-ups decided in this run (not yet committed)."""

    def __init__(self, store, groups: Iterable[tuple[str, str]] = ()) -> None:
        """``groups``: the (department, period) pairs this run will ask about; the stored line-ups
        they need are fetched in one go rather than one query per department."""
        self.store = store
        self.periods = store.value_periods()
        latest = ((d, self._latest(d, p)) for d, p in groups)
        self.cache: dict[tuple[str, str], dict[str, float | None]] = store.actuals_many(
            key for key in latest if key[1] is not None)

    def before(self, department: str | None, period: str) -> dict[str, float | None]:
        latest = self._latest(department, period)
        if latest is None:
            return {}
        key = (department, latest)
        if key not in self.cache:
            self.cache[key] = self.store.actuals(*key)
        return self.cache[key]

    def _latest(self, department: str | None, period: str) -> str | None:
        return max((p for p in self.periods.get(department, ()) if p < period), default=None)

    def stored(self, department: str, period: str, actuals: dict[str, float | None]) -> None:
        self.periods.setdefault(department, set()).add(period)
        self.cache[(department, period)] = actuals


def lead_co_mismatches(values: Iterable[Value], tolerance: float) -> list[Issue]:
    """A ``lead-co-mismatch`` warning for each co-operator figure that differs from the sole lead's
    by more than ``tolerance`` (a share of the lead's figure). The lead's figure stays official."""
    by_id: dict[str, list[Value]] = {}
    for v in values:
        if v.actual is not None and v.valid:
            by_id.setdefault(v.id, []).append(v)
    notes = []
    for vid, group in by_id.items():
        leads = [v for v in group if v.role == "lead"]
        if len(leads) != 1:
            continue
        lead = leads[0]
        for co in (v for v in group if v.role != "lead"):
            if abs(co.actual - lead.actual) > tolerance * abs(lead.actual) or (lead.actual == 0 != co.actual):
                notes.append(Issue(
                    "lead-co-mismatch", WARNING,
                    f"指标{vid}：牵头单位{lead.department}填报{num_text(lead.actual)}，配合单位{co.department}"
                    f"填报{num_text(co.actual)}，相差超过{tolerance:.0%}；以牵头单位数据为准，请双方核实。",
                    file=co.file, value=num_text(co.actual)))
    return notes


def _file_issue(code: str, ret: Return, message: str) -> Issue:
    return Issue(code=code, severity=ERROR, message=message, file=ret.file)


def _period_text(text) -> str | None:
    try:
        return str(Period.parse(str(text))) if text else None
    except PeriodError:
        return None


def _when(moment: datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M:%S}" if moment else "未知时间"
