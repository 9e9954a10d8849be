"""The analysts' DataFrames: the history of a workspace, a period's values, its assessments."""

from __future__ import annotations

import math
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pandas as pd

import tz_excel
from tz_excel.assess import Assessment
from tz_excel.config import Workspace
from tz_excel.records import Value
from tz_excel.store import HistoryStore

ROOT = Path(__file__).resolve().parent.parent


def value(period, vid, actual, department="市科技局", received=datetime(2023, 9, 5, 10)):
    return Value(period=period, department=department, id=vid, task_no=int(vid.split(".")[0]), role="lead",
                 actual=actual, state="正常推进", progress="进展", file=f"archive/{period}/x.xlsx",
                 received_at=received)


def test_history_frame_holds_every_period_of_this_workspace_only(tmp_path):
    ws = Workspace(tmp_path / "office")
    ws.root.mkdir()
    store = HistoryStore.for_workspace(ws)
    store.replace_values("2023-W36", "市科技局", [value("2023-W36", "4.10", 12.5), value("2023-W36", "4.9", None)])
    store.replace_values("2023-W35", "市科技局", [value("2023-W35", "4.9", 3.0, received=None)])
    neighbour = HistoryStore(ws.store_url, workspace="another-office")      # same database, other workspace
    neighbour.replace_values("2023-W36", "市科技局", [value("2023-W36", "4.9", 999.0)])

    frame = tz_excel.history_frame(ws)

    assert list(frame.columns) == ["period", "department", "id", "task_no", "role", "actual", "valid", "state",
                                   "progress", "problems", "plans", "file", "received_at"]
    assert list(zip(frame.period, frame.id)) == [("2023-W35", "4.9"), ("2023-W36", "4.9"), ("2023-W36", "4.10")]
    actuals = frame.actual.tolist()
    assert actuals[0] == 3.0 and math.isnan(actuals[1]) and actuals[2] == 12.5 and 999.0 not in actuals
    assert frame.dtypes["actual"] == "float64" and frame.dtypes["valid"] == "bool"
    assert pd.api.types.is_datetime64_any_dtype(frame.dtypes["received_at"])
    assert pd.isna(frame.received_at[0]) and frame.received_at[2] == pd.Timestamp("2023-09-05 10:00")
    pivot = frame.pivot_table(index="id", columns="period", values="actual", aggfunc="sum")
    assert pivot.loc["4.9", "2023-W35"] == 3.0 and pivot.loc["4.10", "2023-W36"] == 12.5
    assert tz_excel.history_frame(str(ws.root)).equals(frame)               # a folder will do


def test_values_frame_of_nothing_has_the_columns():
    frame = tz_excel.values_frame([])
    assert frame.empty and list(frame.columns)[:3] == ["period", "department", "id"]


def test_assessments_frame_one_row_per_indicator_with_its_fields():
    items = [Assessment(id="4.1", task_no=4, department="市科技局", target=195, unit="家", comparator=">=",
                        kind="cumulative", aspirational=False, actual=120.0, expected=135.2, status="behind",
                        completion=120 / 195, gap=15.2, notes=("约数", "已核实")),
             Assessment(id="4.2", task_no=4, department="市科技局", target=95, unit="%", comparator=">=",
                        kind="level", aspirational=True, actual=None, expected=95, status="no_data")]
    frame = tz_excel.assessments_frame(items)
    assert frame.id.tolist() == ["4.1", "4.2"] and frame.status.tolist() == ["behind", "no_data"]
    assert frame.notes.tolist() == ["约数；已核实", ""] and frame.dtypes["target"] == "float64"
    assert math.isnan(frame.actual[1]) and frame.expected[0] == 135.2
    assert (frame.groupby("status").size() == 1).all()
    assert tz_excel.assessments_frame([]).columns.tolist()[:3] == ["id", "task_no", "department"]


def test_importing_tz_excel_or_the_store_does_not_import_pandas():
    script = "import sys, tz_excel, tz_excel.frames, tz_excel.store; print('pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(ROOT), "PATH": ""})
    assert out.stdout.strip() == "False"


def test_a_consolidated_period_as_frames(tmp_path):
    """result.to_frame(): the assessed indicators, the tasks, the merged values of a real cycle."""
    import pytest

    from tz_excel.cycle import consolidate

    sys.path.insert(0, str(ROOT / "tests"))
    from _mergekit import MergeKit

    kit = MergeKit.create(tmp_path / "ws")
    kit.drop("市科技局", "2023-W36", {"1.1": 1, "1.2": "约6个"})
    result = consolidate(kit.ws, "2023-W36", now=kit.now)
    indicators = result.to_frame()
    assert list(indicators.id) == [a.id for a in result.assessments]
    row = indicators.set_index("id").loc["1.1"]
    assert (row.actual, row.status) == (1.0, result.assessments[0].status)
    tasks = result.to_frame("tasks")
    assert len(tasks) == len(kit.catalogue.tasks) and "overdue" in tasks.columns
    values = result.to_frame("values")
    assert set(values.department) == {"市科技局"} and values.set_index("id").actual["1.2"] == 6
    with pytest.raises(ValueError):
        result.to_frame("everything")
