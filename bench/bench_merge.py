"""Benchmark: ``tz-excel merge`` end to end against a calamine floor and a pandas loop, same files, one run.

    .venv/bin/python bench/bench_merge.py                   # 1,000 returns (cached after the first run)
    .venv/bin/python bench/bench_merge.py --count 10000     # province scale: a week of many counties
    .venv/bin/python bench/bench_merge.py --cache /tmp/returns --rebuild

The returns are real: a workspace from the bundled notice (``office.init_workspace``), templates
from ``forms.build_form`` for consecutive weeks of 2023, each filled by ``clerks.fill_return`` the
way clerks type (plain numbers, "约120个", "1,200", full-width digits, "95%", narratives, states).
They are built once, in two worker processes, and kept in ``--cache`` for the next run.

Measured in one run, in this order, every file read once beforehand so nobody pays for a cold
page cache:

1. ``tz-excel merge`` as a command (a fresh Python process: imports, catalogue, reading in worker
   processes, validating, deciding, archiving with syncs, the history store, assessment and the
   consolidated workbook) on a fresh copy of the workspace with every return in inbox/;
   ``--repeat`` times, each on a fresh copy, the best kept. Peak RSS: the largest process of the
   run (the command or one of its readers).
2. ``cycle.consolidate`` called from Python on a fresh copy, its modules imported before the clock
   starts — the same footing as the two below, whose modules are imported before theirs.
3. The floor: python-calamine reading both sheets (填报表 and _meta) of every file in one process,
   nothing else — what any reader of these files must at least do.
4. ``pandas.read_excel(path, engine="openpyxl")`` of the first sheet of every file, nothing else.

Goals (issue 13): merge at least 10x faster than the pandas loop and at most 3x the floor, on
1,000 returns; 10,000 returns within 500 MB peak RSS.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import resource
import shutil
import subprocess
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


def time_command(ws: Workspace, period: str) -> tuple[float, dict]:
    """Wall time of ``tz-excel merge --json`` in a process of its own, and its summary."""
    command = [sys.executable, "-m", "tz_excel", "--workspace", str(ws.root), "merge", "--period", period,
               "--json"]
    started = time.perf_counter()
    out = subprocess.run(command, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if out.returncode not in (0, 1):
        raise SystemExit(f"merge failed ({out.returncode}): {out.stderr}")
    return elapsed, json.loads(out.stdout)


def time_library(ws: Workspace, period: str) -> float:
    """``cycle.consolidate`` called from Python, its modules imported before the clock starts (as
    the floor and the pandas loop have theirs)."""
    from tz_excel import assess, cycle, merge, report, store  # noqa: F401
    from tz_excel.periods import Period

    started = time.perf_counter()
    cycle.consolidate(ws, Period.parse(period), now=NOW)
    return time.perf_counter() - started


def time_floor(files: list[Path]) -> float:
    """python-calamine reading both sheets of every file, nothing else."""
    import python_calamine as calamine

    started = time.perf_counter()
    for path in files:
        book = calamine.CalamineWorkbook.from_path(str(path))
        book.get_sheet_by_name("填报表").to_python()
        book.get_sheet_by_name("_meta").to_python()
    return time.perf_counter() - started


def time_pandas(files: list[Path]) -> float:
    import pandas as pd

    started = time.perf_counter()
    for path in files:
        pd.read_excel(path, engine="openpyxl")
    return time.perf_counter() - started


def children_peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000, help="number of returns (default 1000)")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "tz_excel_bench",
                        help="where the built returns are kept between runs")
    parser.add_argument("--rebuild", action="store_true", help="build the returns again")
    parser.add_argument("--processes", type=int, default=2, help="processes for building (default 2)")
    parser.add_argument("--repeat", type=int, default=1, help="merge runs, each on a fresh copy (best kept)")
    parser.add_argument("--no-pandas", action="store_true", help="skip the pandas loop (slow at 10,000)")
    args = parser.parse_args(argv)

    folder, files = ensure_returns(args.cache, args.count, args.rebuild, args.processes)
    last = max(f.stem.rsplit("_", 1)[1] for f in files)
    runs = []
    for _ in range(max(1, args.repeat)):
        with tempfile.TemporaryDirectory(prefix="tz-bench-merge-") as scratch:
            ws = fresh_workspace(folder, files, Path(scratch))
            for path in [*files, *ws.inbox.iterdir()]:      # warm the page cache for every contender
                path.read_bytes()
            runs.append(time_command(ws, last))
    merge_s, summary = min(runs, key=lambda run: run[0])
    merge_rss = children_peak_rss_mb()
    library = []
    for _ in range(max(1, args.repeat)):
        with tempfile.TemporaryDirectory(prefix="tz-bench-merge-") as scratch:
            ws = fresh_workspace(folder, files, Path(scratch))
            for path in ws.inbox.iterdir():
                path.read_bytes()
            library.append(time_library(ws, last))
    library_s = min(library)
    floor_s = time_floor(files)
    statuses = {}
    for f in summary["files"]:
        statuses[f["status"]] = statuses.get(f["status"], 0) + 1
    per_file = 1000 / len(files)
    print(f"returns: {len(files)} files, periods {FIRST}..{last}; summary of {last}: {statuses}")
    times = ", ".join(f"{s:.2f}" for s, _ in runs)
    print(f"tz-excel merge (command, incl. imports and report): {merge_s:7.2f} s  {merge_s * per_file:6.2f} ms/file"
          + (f"  (runs: {times} s)" if len(runs) > 1 else ""))
    print(f"consolidate() from Python, modules imported:       {library_s:7.2f} s  {library_s * per_file:6.2f} ms/file"
          + (f"  (runs: {', '.join(f'{s:.2f}' for s in library)} s)" if len(library) > 1 else ""))
    print(f"floor: calamine, both sheets, one process:          {floor_s:7.2f} s  {floor_s * per_file:6.2f} ms/file")
    print(f"merge / floor: command {merge_s / floor_s:.2f}x, library {library_s / floor_s:.2f}x (goal <= 3x)")
    if not args.no_pandas:
        pandas_s = time_pandas(files)
        print(f"pandas.read_excel(openpyxl) loop, pandas imported:  {pandas_s:7.2f} s  {pandas_s * per_file:6.2f} ms/file")
        print(f"pandas / merge: command {pandas_s / merge_s:.1f}x, library {pandas_s / library_s:.1f}x (goal >= 10x)")
    print(f"peak RSS of the merge (largest process): {merge_rss:.0f} MB (goal <= 500 MB at 10,000 returns)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
