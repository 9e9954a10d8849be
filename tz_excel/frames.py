"""pandas views for analysts: the history, a period's values and its assessments as DataFrames.

    >>> import tz_excel
    >>> ws = tz_excel.Workspace("office")
    >>> history = tz_excel.history_frame(ws)                 # every stored period's values
    >>> leads = history[(history.role == "lead") & history.actual.notna()]
    >>> leads.pivot_table(index="id", columns="period", values="actual", aggfunc="sum")
    >>> tz_excel.values_frame(result.values)                 # one merged period (merge_inbox's result)
    >>> tz_excel.assessments_frame(result.assessments)       # its statuses, one row per indicator

One row per record, one column per field of the record (``records.Value``, ``assess.Assessment``),
in the record's field order, so a field added to a record shows up here without a change. Text
tuples (an assessment's notes) become one string joined with "；". pandas is imported inside these
functions only: the CLI and a merge never pay for it.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Iterable

from .records import Value

VALUE_COLUMNS = tuple(f.name for f in fields(Value))


def history_frame(ws) -> "pandas.DataFrame":  # noqa: F821
    """Every stored value of workspace ``ws`` (a ``Workspace`` or its folder), all periods, by
    period, department, then id.

    Reads the workspace's own history store (``[store] url`` or history.sqlite), scoped to this
    workspace as every read of the store is.
    """
    from .config import Workspace
    from .store import HistoryStore

    store = HistoryStore.for_workspace(ws if isinstance(ws, Workspace) else Workspace(ws))
    try:
        return values_frame(store.all_values())
    finally:
        store.close()


def values_frame(values: Iterable[Value]) -> "pandas.DataFrame":  # noqa: F821
    """``records.Value`` rows as a DataFrame: ``actual`` a float (NaN when empty), ``valid`` a
    bool, ``received_at`` a datetime, the rest text."""
    import pandas as pd

    frame = pd.DataFrame.from_records([_row(v) for v in values], columns=list(VALUE_COLUMNS))
    return frame.astype({"task_no": "int64", "actual": "float64", "valid": "bool",
                         "received_at": "datetime64[ns]"})


def assessments_frame(assessments: Iterable) -> "pandas.DataFrame":  # noqa: F821
    """``assess.Assessment`` rows as a DataFrame (any frozen dataclass records work alike)."""
    import pandas as pd

    items = list(assessments)
    if not items:
        from .assess import Assessment

        return pd.DataFrame(columns=[f.name for f in fields(Assessment)])
    columns = [f.name for f in fields(items[0])]
    frame = pd.DataFrame.from_records([_row(a) for a in items], columns=columns)
    numeric = [c for c in ("target", "actual", "expected", "completion", "gap") if c in frame]
    return frame.astype({c: "float64" for c in numeric})


def _row(record) -> tuple:
    """A dataclass record's field values, text tuples joined."""
    return tuple("；".join(map(str, v)) if isinstance(v, tuple) else v
                 for v in (getattr(record, f.name) for f in fields(record)))
