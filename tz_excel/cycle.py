"""One period closed: merge the inbox, judge every target, write the consolidated workbook.

    >>> result = consolidate(Workspace("."), Period.parse("2023-W36"))
    >>> result.workbook
    'outbox/2023-W36/滕州市…推进情况汇总_2023-W36.xlsx'
    >>> result.to_dict()["indicators"][0]["status"]
    'on_track'

The orchestration is these few lines and nothing else: each stage is a function of its own
module, and none of them calls the next. The workspace lock is held throughout, so two runs never
interleave a merge and a report; one store connection serves all three stages.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

from .faults import crash_point
from .merge import MergeResult, begin, collector_paused, workspace_lock
from .periods import Period, as_period


def consolidate(ws, period: Period | str, now: datetime | None = None, *, workers: int | None = None) -> MergeResult:
    """Merge inbox/, assess ``period`` and write its consolidated workbook (outbox/<period>/).

    Raises:
        WorkspaceError: another run holds the workspace lock.
        ConfigError: the workspace, catalogue or directory is not usable.
    """
    from .office import load_catalogue, load_directory

    ws.require()
    period, now = as_period(period), now or datetime.now()
    catalogue, directory = load_catalogue(ws), load_directory(ws)
    with workspace_lock(ws), begin(ws, period, now, workers=workers, catalogue=catalogue,
                                   directory=directory) as run:
        from .assess import assess_period      # imported while the readers work
        from .report import write_report
        from .store import HistoryStore

        store = HistoryStore.for_workspace(ws)
        try:
            result = run.finish(store)
            with collector_paused():
                assessments, tasks = assess_period(catalogue, result.values, period, ws.settings)
                with store.transaction():
                    store.replace_statuses(str(period), assessments)
                result = replace(result, assessments=tuple(assessments), task_assessments=tuple(tasks))
                crash_point("report")
                path = write_report(ws, catalogue, period, result, assessments, tasks, store=store, now=now)
        finally:
            store.close()
    return replace(result, workbook=Path(path).resolve().relative_to(ws.root).as_posix())
