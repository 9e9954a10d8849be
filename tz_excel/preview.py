"""What the merge will make of one return, said at once: the verdict the intranet page shows.

    >>> preview = preview_return(Workspace("."), "inbox/科技局.xlsx", department="市科技局",
    ...                          period="2023-W36", now=datetime(2023, 9, 8, 16, 30))
    >>> preview.status, [(i.code, i.cell) for i in preview.warnings]
    ('accepted', [('approximate-value', 'J7')])

The same code path as ``merge``: ``intake.read_return`` reads the file and ``decide.judge_return``
judges it, with the department's figures of its last stored period before the return's
(``HistoryStore.latest_before``) and the link's department (a return of another department is
**rejected** with ``identity-mismatch``, as merge rejects the same file by its sidecar).

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
from .findings import WARNING, Issue, file_label
from .periods import Period
from .records import ACCEPTED


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
    """The verdict on a read return (``intake.Return``): ``decide.judge_return``, merge's own rule,
    for a return sent through ``department``'s link; pure but for ``previous``.

    Args:
        previous: ``(department, period) → {id: figure}`` of the department's last stored period
            before ``period`` (``HistoryStore.latest_before``).
    """
    from .decide import judge_return

    page = str(Period.parse(str(period))) if period else None
    own = _period_of(ret)
    late = _late(own or page, reference.settings, now or datetime.now())
    figures = previous(ret.department, own) if ret.is_ours and own else {}
    verdict = judge_return(ret, reference.catalogue, directory=reference.directory, expected=reference.expected,
                           previous=figures, settings=reference.settings, link_department=department)
    issues = verdict.issues
    if verdict.status == ACCEPTED and page and own != page:
        issues += (_other_period(ret, own, page),)
    return _verdict(verdict.status, ret, own, issues, late)


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
