"""How long opening the history store takes, the first thing every merge does.

    python bench/bench_store.py                       # SQLite: history.sqlite in a temporary workspace
    python bench/bench_store.py --url postgresql+psycopg://tz@127.0.0.1:5432/tz   (TZ_EXCEL_STORE_PASSWORD)

Fills a store with a year of one city (52 periods x 40 departments x 25 rows), then prints:

- ``open``: ``HistoryStore.for_workspace`` plus one query, in this process (median of ``--repeat``);
- ``cold``: a fresh interpreter that imports tz_excel.store, opens the store and runs one query
  (median of ``--cold`` runs): what a merge pays before it reads its first file.

Opening must not get slower with migrations: a store at the current version costs one SELECT of
its version; alembic is imported only when an upgrade is needed (``cold`` shows whether it was).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tz_excel.config import Workspace  # noqa: E402
from tz_excel.records import Value  # noqa: E402
from tz_excel.store import HistoryStore  # noqa: E402

COLD = """
import sys, time
t0 = time.perf_counter()
from tz_excel.config import Workspace
from tz_excel.store import HistoryStore
store = HistoryStore.for_workspace(Workspace(sys.argv[1]))
store.seen("0" * 64)
store.close()
print(time.perf_counter() - t0, "alembic" in sys.modules)
"""


def fill(ws: Workspace, periods: int = 52, departments: int = 40, rows: int = 25) -> int:
    """A year of values; returns the number of rows written."""
    store = HistoryStore.for_workspace(ws)
    lineups = {}
    for week in range(1, periods + 1):
        period = f"2023-W{week:02d}"
        for d in range(departments):
            name = f"单位{d:02d}"
            lineups[(period, name)] = [
                Value(period=period, department=name, id=f"{r // 5 + 1}.{r % 5 + 1}", task_no=r // 5 + 1,
                      role="lead", actual=float(week * r), state="正常推进", progress="按计划推进。",
                      file=f"archive/{period}/{name}/x.xlsx", received_at=datetime(2023, 1, 1))
                for r in range(rows)]
    with store.transaction():
        store.replace_many(lineups)
    store.close()
    return sum(len(v) for v in lineups.values())


def time_open(ws: Workspace, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        store = HistoryStore.for_workspace(ws)
        store.seen("0" * 64)
        times.append(time.perf_counter() - start)
        store.close()
    return statistics.median(times)


def time_cold(ws: Workspace, runs: int) -> tuple[float, bool]:
    times, imported = [], False
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", COLD, str(ws.root)], check=True, capture_output=True,
                             stdin=subprocess.DEVNULL, timeout=120, cwd=ROOT,
                             text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}).stdout.split()
        times.append(float(out[0]))
        imported = imported or out[1] == "True"
    return statistics.median(times), imported


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="", help="a [store] url (default: history.sqlite in the workspace)")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--cold", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace(tmp)
        if args.url:
            (ws.root / "tz_excel.toml").write_text(f'[store]\nurl = "{args.url}"\n', encoding="utf-8")
        count = fill(ws)
        warm = time_open(ws, args.repeat)
        cold, imported = time_cold(ws, args.cold)
    kind = "PostgreSQL" if args.url else "SQLite"
    print(f"history store ({kind}, {count:,} values): open {warm * 1000:.1f} ms (median of {args.repeat}); "
          f"cold import+open {cold * 1000:.0f} ms (median of {args.cold}); alembic imported: {imported}")


if __name__ == "__main__":
    main()
