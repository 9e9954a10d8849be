"""Benchmark: ``merge_inbox`` end to end against a plain ``pandas.read_excel`` loop, same files.

    .venv/bin/python bench/bench_merge.py                 # 1,200 returns (cached after the first run)
    .venv/bin/python bench/bench_merge.py --count 2000
    .venv/bin/python bench/bench_merge.py --cache /tmp/returns --rebuild

The returns are real: a workspace from the bundled notice (``office.init_workspace``), templates
from ``forms.build_form`` for consecutive weeks of 2023, each filled by ``clerks.fill_return`` the
way clerks type (plain numbers, "约120个", "1,200", full-width digits, "95%", narratives, states).
They are built once, in two worker processes, and kept in ``--cache`` (a temporary folder by
default) for the next run.

Measured in one process, in this order, with both sides' modules imported and every file read
once beforehand, so neither pays for imports or a cold page cache:

1. ``merge_inbox`` on a fresh copy of the workspace with every return in inbox/: reading (a process
   pool of one worker per CPU), validating, deciding, archiving (link or copy, sync, rename,
   remove), the history store, assessment and the consolidated workbook; ``--repeat`` times, each
   on a fresh copy, the best kept. Peak RSS (of the merging process) is taken right after.
2. ``pandas.read_excel(path, engine="openpyxl")`` of the first sheet of every file, nothing else.

The goal of issue 4: merge at least 10× faster than the pandas loop, peak RSS at most 300 MB.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import resource
import shutil
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime
from pathlib import Path

from tz_excel.config import Workspace
from tz_excel.periods import Period

NOW = datetime(2023, 9, 8, 18, 0)
FIRST = Period(2023, 10)


# -- building the returns (once) ------------------------------------------------------------------

def build_workspace(root: Path) -> Workspace:
    from tz_excel.office import init_workspace

    ws = Workspace(root)
    root.mkdir(parents=True, exist_ok=True)
    init_workspace(ws, now=NOW)
    return ws


def plan(ws: Workspace, count: int) -> list[tuple[str, str, int]]:
    """(period, department, serial) jobs: every department, week after week, ``count`` in all."""
    from tz_excel.forms import select_departments
    from tz_excel.office import load_catalogue, load_directory

    names = [d.name for d in select_departments(load_catalogue(ws), load_directory(ws))]
    jobs, period = [], FIRST
    while len(jobs) < count:
        for name in names:
            if len(jobs) < count:
                jobs.append((str(period), name, len(jobs)))
        period = period.next()
    return jobs


def build_returns(ws_root: str, jobs: list[tuple[str, str, int]], out: str) -> int:
    """Worker: template per (department, period), filled as a clerk would, into ``out``."""
    from tz_excel.clerks import fill_return
    from tz_excel.forms import build_form
    from tz_excel.office import load_catalogue, load_directory

    ws = Workspace(ws_root)
    catalogue, directory = load_catalogue(ws), load_directory(ws)
    scratch = Path(tempfile.mkdtemp(prefix="tz-bench-"))
    try:
        for period, name, serial in jobs:
            template = scratch / "t.xlsx"
            build_form(template, catalogue, name, directory, period, ws.settings, now=NOW)
            rows = catalogue.rows_for(directory.names_for(directory.resolve(name)))
            values, state, narratives = clerk_input(rows, Period.parse(period), serial)
            path = Path(out) / f"{serial:05d}_{name}_{period}.xlsx"
            fill_return(template, path, values, state=state, narratives=narratives,
                        filler="张三", phone="0632-5510001")
            arrival = (Period.parse(period).day(5) - datetime(1970, 1, 1).date()).days * 86400 + serial
            os.utime(path, (arrival, arrival))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return len(jobs)


def clerk_input(rows, period: Period, serial: int):
    """Figures growing through the year, typed in the ways clerks type them."""
    rng = random.Random(serial)
    share = period.week / 52
    values, state, narratives = {}, {}, {}
    for row in rows:
        if row.indicator is None:
            state[row.id] = rng.choice(("正常推进", "正常推进", "滞后", "已完成"))
            narratives[row.id] = ("按计划推进", "", "继续推进")
            continue
        figure = float(row.indicator.target) * share * rng.uniform(0.5, 1.2)
        values[row.id] = typed(figure, rng)
        narratives[row.id] = (f"已完成{figure:.1f}{row.indicator.unit}", "", "加快推进")
    return values, state, narratives


def typed(figure: float, rng: random.Random) -> object:
    style = rng.random()
    if style < 0.6:
        return round(figure, 2)
    if style < 0.75:
        return f"约{figure:.0f}"
    if style < 0.85:
        return f"{figure:,.0f}"
    if style < 0.95:
        return str(round(figure)).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    return f"{figure:.1f}"


def ensure_returns(cache: Path, count: int, rebuild: bool, processes: int) -> tuple[Path, list[Path]]:
    """The cached workspace and returns, built when missing."""
    key = hashlib.sha256(f"{count}:{FIRST}:v1".encode()).hexdigest()[:10]
    folder = cache / f"merge-{count}-{key}"
    done = folder / "DONE"
    if rebuild and folder.exists():
        shutil.rmtree(folder)
    if not done.exists():
        shutil.rmtree(folder, ignore_errors=True)
        ws = build_workspace(folder / "workspace")
        returns = folder / "returns"
        returns.mkdir()
        jobs = plan(ws, count)
        started = time.perf_counter()
        chunks = [jobs[i::processes] for i in range(processes)]
        with ProcessPoolExecutor(processes) as pool:
            built = sum(pool.map(build_returns, [str(ws.root)] * processes, chunks,
                                 [str(returns)] * processes))
        print(f"built {built} returns in {time.perf_counter() - started:.1f} s → {returns}")
        done.write_text("ok\n")
    return folder, sorted((folder / "returns").glob("*.xlsx"))


# -- measuring ------------------------------------------------------------------------------------

def fresh_workspace(folder: Path, files: list[Path], scratch: Path) -> Workspace:
    """A copy of the cached workspace with every return in inbox/ (mtimes kept: arrival times)."""
    root = scratch / "ws"
    shutil.copytree(folder / "workspace", root)
    inbox = root / "inbox"
    inbox.mkdir(exist_ok=True)
    for path in files:
        shutil.copy2(path, inbox / path.name)
    return Workspace(root)


def preload() -> None:
    """Import both contenders' modules before any clock starts."""
    import openpyxl.reader.excel  # noqa: F401
    import pandas  # noqa: F401
    import python_calamine  # noqa: F401
    import sqlalchemy  # noqa: F401
    import xlsxwriter  # noqa: F401

    from tz_excel import assess, intake, merge, office, report, store, validation  # noqa: F401


def time_merge(ws: Workspace, period: str):
    from tz_excel.merge import merge_inbox

    started = time.perf_counter()
    result = merge_inbox(ws, period, now=NOW)
    return time.perf_counter() - started, result


def time_pandas(files: list[Path]) -> float:
    import pandas as pd

    started = time.perf_counter()
    for path in files:
        pd.read_excel(path, engine="openpyxl")
    return time.perf_counter() - started


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1200, help="number of returns (default 1200)")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "tz_excel_bench",
                        help="where the built returns are kept between runs")
    parser.add_argument("--rebuild", action="store_true", help="build the returns again")
    parser.add_argument("--processes", type=int, default=2, help="processes for building (default 2)")
    parser.add_argument("--repeat", type=int, default=1, help="merge runs, each on a fresh copy (best kept)")
    args = parser.parse_args(argv)

    folder, files = ensure_returns(args.cache, args.count, args.rebuild, args.processes)
    last = max(f.stem.rsplit("_", 1)[1] for f in files)
    preload()
    runs = []
    for n in range(max(1, args.repeat)):
        with tempfile.TemporaryDirectory(prefix="tz-bench-merge-") as scratch:
            ws = fresh_workspace(folder, files, Path(scratch))
            for path in [*files, *ws.inbox.iterdir()]:      # warm the page cache for both contenders
                path.read_bytes()
            runs.append(time_merge(ws, last))
    merge_s, result = min(runs, key=lambda run: run[0])
    merge_rss = peak_rss_mb()
    pandas_s = time_pandas(files)
    statuses = {s: result.count(s) for s in ("accepted", "other_period", "superseded", "rejected")}
    print(f"returns: {len(files)} files, {len(result.expected_departments)} departments, "
          f"periods {FIRST}..{last}; summary of {last}: {statuses}")
    per_file = 1000 / len(files)
    times = ", ".join(f"{s:.2f}" for s, _ in runs)
    print(f"merge_inbox end to end (incl. report): {merge_s:8.2f} s  {merge_s * per_file:6.2f} ms/file"
          + (f"  (runs: {times} s)" if len(runs) > 1 else ""))
    print(f"pandas.read_excel(openpyxl) loop:      {pandas_s:8.2f} s  {pandas_s * per_file:6.2f} ms/file")
    print(f"ratio: merge is {pandas_s / merge_s:.1f}x faster (goal >= 10x)")
    print(f"peak RSS after merge: {merge_rss:.0f} MB (goal <= 300 MB); "
          f"after the pandas loop: {peak_rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
