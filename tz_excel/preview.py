"""What the merge will make of one return, said at once: the verdict the intranet page shows.

    >>> preview = preview_return(Workspace("."), "inbox/科技局.xlsx", department="市科技局",
    ...                          period="2023-W36", now=datetime(2023, 9, 8, 16, 30))
    >>> preview.status, [(i.code, i.cell) for i in preview.warnings]
    ('accepted', [('approximate-value', 'J7')])

Built only from the public pieces ``merge`` uses, in merge's order:

1. ``intake.read_return`` reads the file. Not our template, or an error without a cell (not a
   workbook, too large, layout broken): **rejected** with the reader's findings.
2. The return's period does not parse: **rejected** (``wrong-period``, merge's wording).
3. The return's ``_meta`` department is not the department of the link it came through:
   **rejected** (``identity-mismatch``, naming both). Merge refuses the same file by its sidecar.
4. The department is not among those expected to report: **rejected** (``unknown-department``).
5. ``validation.validate_return`` with the department's figures of its last stored period before
   the return's (``HistoryStore.latest_before``) and the directory: an error without a cell makes
   it **rejected**, anything else is **accepted** (errors with a cell make only that row invalid).

Warnings never reject. One note merge does not make is added as a warning: ``other-period`` when
the return is of another period than the page's (merge stores it under its own, as accepted).
Merge's ``lead-co-mismatch`` notes compare departments with each other, so a preview has none.
``late`` is true when ``now`` is past the deadline (``[office] deadline``) of the return's period
(of the page's period when the return's is unknown).

``decide`` is the pure part (a Return in, a Preview out); ``preview_return`` reads the file and
the workspace around it. A ``Reference`` (catalogue, directory, settings, expected departments)
may be passed in so a server reads catalogue.xlsx once rather than on every upload.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterator

from .errors import PeriodError
from .findings import ERROR, WARNING, Issue, file_label
from .periods import Period

ACCEPTED, REJECTED = "accepted", "rejected"


@dataclass(frozen=True)
class Preview:
    """The verdict on one return."""

    status: str                          # ACCEPTED or REJECTED
    department: str | None               # the return's own department (its _meta), None when not ours
    period: str | None                   # the return's own period, None when unknown
    errors: tuple[Issue, ...] = ()
    warnings: tuple[Issue, ...] = ()
    late: bool = False

    @property
    def accepted(self) -> bool:
        return self.status == ACCEPTED


@dataclass(frozen=True)
class Reference:
    """What a verdict consults beside the return and the history store."""

    catalogue: object                    # catalogue.Catalogue
    directory: object                    # departments.Directory
    settings: object                     # config.Settings
    expected: frozenset[str]             # departments expected to report (groups expanded)

    @classmethod
    def load(cls, ws) -> "Reference":
        """The workspace's catalogue.xlsx, departments.xlsx and tz_excel.toml, as merge reads them."""
        from .office import load_catalogue, load_directory

        catalogue, directory = load_catalogue(ws), load_directory(ws)
        expected = frozenset(d.name for d in directory.recipients_for(catalogue.department_names()))
        return cls(catalogue, directory, ws.settings, expected)


def preview_return(ws, path: str | Path, *, department: str, period: Period | str | None = None,
                   now: datetime | None = None, reference: Reference | None = None,
                   previous: Callable[[str, str], dict] | None = None) -> Preview:
    """Read ``path`` and decide it as merge would, for a return sent through ``department``'s link.

    Args:
        ws: the workspace.
        path: the uploaded file, any name.
        department: the department whose link the file came through.
        period: the period of the page it was uploaded on (for ``other-period`` and ``late``).
        now: the clock (default: now).
        reference: catalogue, directory and settings already loaded (default: read them now).
        previous: ``HistoryStore.latest_before`` of an open store (default: open the workspace's).

    Raises:
        WorkbookReadError: the file cannot be read from disk at all.
    """
    from .intake import read_return

    reference = reference or Reference.load(ws)
    ret = read_return(path, reference.catalogue, settings=reference.settings, root=ws.root)
    if previous is not None:
        return decide(ret, department=department, reference=reference, previous=previous,
                      period=period, now=now)
    with history_of(ws) as previous:
        return decide(ret, department=department, reference=reference, previous=previous,
                      period=period, now=now)


def decide(ret, *, department: str, reference: Reference,
           previous: Callable[[str, str], dict] = lambda department, period: {},
           period: Period | str | None = None, now: datetime | None = None) -> Preview:
    """The verdict on a read return (``intake.Return``); pure but for ``previous``.

    Args:
        previous: ``(department, period) → {id: figure}`` of the department's last stored period
            before ``period`` (``HistoryStore.latest_before``).
    """
    from .validation import validate_return

    page = str(Period.parse(str(period))) if period else None
    now = now or datetime.now()
    own = _period_of(ret)
    late = _late(own or page, reference.settings, now)
    refusal = _refusal(ret, department, reference.expected, own)
    if refusal is not None:
        return _verdict(REJECTED, ret, own, refusal, late)
    found = validate_return(ret, reference.catalogue, previous=previous(ret.department, own),
                            settings=reference.settings, directory=reference.directory)
    issues = _merged(ret.issues, found)
    if page and own != page:
        issues += (_other_period(ret, own, page),)
    refused = any(i.is_error and not i.cell for i in issues)
    return _verdict(REJECTED if refused else ACCEPTED, ret, own, issues, late)


def _refusal(ret, department: str, expected: frozenset[str], own: str | None) -> tuple[Issue, ...] | None:
    """Merge's reasons to refuse a whole file, plus the link's identity; None when there are none."""
    if not ret.is_ours or any(i.is_error and not i.cell for i in ret.issues):
        return tuple(ret.issues)
    if own is None:
        return tuple(ret.issues) + (Issue(
            "wrong-period", ERROR, f"文件中的报送周期“{ret.period}”无法识别，请使用本办下发的模板重新填报。",
            ret.file),)
    if ret.department != department:
        return tuple(ret.issues) + (Issue(
            "identity-mismatch", ERROR,
            f"{file_label(ret.file)}是“{ret.department}”的填报表，不是“{department}”的。"
            f"本页面只接收“{department}”的报送，该文件不计入任何单位；请下载本页面的模板填写后重新上传。",
            ret.file, value=ret.department),)
    if ret.department not in expected:
        return tuple(ret.issues) + (Issue(
            "unknown-department", ERROR,
            f"文件中的填报单位“{ret.department}”不在本次应报单位之列，请使用本办下发给贵单位的模板重新填报。",
            ret.file, value=ret.department),)
    return None


def _merged(read: tuple[Issue, ...], found: list[Issue]) -> tuple[Issue, ...]:
    """The reading findings, then the checks' (validate_return repeats the first: kept once)."""
    issues = list(read)
    known = set(issues)
    return tuple(issues + [i for i in found if i not in known])


def _other_period(ret, own: str, page: str) -> Issue:
    return Issue("other-period", WARNING,
                 f"{file_label(ret.file)}是{Period.parse(own).label}的填报表，将计入该周期，不计入本页面的"
                 f"{Period.parse(page).label}。如需报送本期，请下载本页面的模板填写后重新上传。",
                 ret.file, value=own)


def _verdict(status: str, ret, own: str | None, issues: tuple[Issue, ...], late: bool) -> Preview:
    return Preview(status=status, department=ret.department, period=own,
                   errors=tuple(i for i in issues if i.is_error),
                   warnings=tuple(i for i in issues if not i.is_error), late=late)


def _period_of(ret) -> str | None:
    try:
        return str(Period.parse(str(ret.period))) if ret.period else None
    except PeriodError:
        return None


def _late(period: str | None, settings, now: datetime) -> bool:
    if period is None:
        return False
    moment = now.astimezone().replace(tzinfo=None) if now.tzinfo else now
    return moment > Period.parse(period).deadline(settings.office.deadline)


@contextmanager
def history_of(ws) -> Iterator[Callable[[str, str], dict]]:
    """``latest_before`` of the workspace's store; {} for everyone while no store exists yet
    (a preview never creates history.sqlite: that is merge's to make)."""
    if not ws.settings.store.url and not (ws.root / ws.HISTORY).exists():
        yield lambda department, period: {}
        return
    from .store import HistoryStore

    store = HistoryStore.for_workspace(ws)
    try:
        yield store.latest_before
    finally:
        store.close()


def relocated(preview: Preview, file: str) -> Preview:
    """The same verdict with every finding's ``file`` set to ``file`` (where the upload now lies)."""
    def move(issues: tuple[Issue, ...]) -> tuple[Issue, ...]:
        return tuple(replace(i, file=file) for i in issues)

    return replace(preview, errors=move(preview.errors), warnings=move(preview.warnings))
