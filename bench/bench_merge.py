"""Benchmark: ``tz-excel merge`` end to end against a calamine floor and a pandas loop, same files, one run.

    .venv/bin/python bench/bench_merge.py                   # 1,000 returns (cached after the first run)
    .venv/bin/python bench/bench_merge.py --count 10000 --week --no-pandas   # province scale: one week
    .venv/bin/python bench/bench_merge.py --cache /tmp/returns --rebuild

The returns are real: a workspace from the bundled notice (``office.init_workspace``), templates
from ``forms.build_form`` for weeks of 2023 (see below), each filled by ``clerks.fill_return`` the
way clerks type (plain numbers, "约120个", "1,200", full-width digits, "95%", narratives, states).
They are built once, in two worker processes, and kept in ``--cache`` for the next run.

Two shapes of workspace:

* default (the issue's 1,000 figure): the bundled notice as it is, 37 departments returning week
  after week from 2023-W10 until ``--count`` returns exist; the merge reads, validates, archives and
  stores all of them, and reports the last week.
* ``--week`` (the issue's 10,000 figure, "a week of a province's counties"): a province whose K
  counties all run the bundled notice, every return of ONE week (2023-W36). K is the smallest
  number of counties whose templates number at least ``--count`` (270 × 37 = 9,990 < 10,000, so
  271 counties, 10,027 templates; the first ``--count`` departments in the catalogue's order
  return, so 27 of the last county's are missing). Built through public functions and the two files an
  office edits: ``office.init_workspace`` for the bundled notice, then ``catalogue.xlsx`` and
  ``departments.xlsx`` rewritten with ``write_catalogue_xlsx``/``write_directory``:

  - each county has its own copy of every department, named with the county's name: ``市发改局``
    becomes ``安平县发改局``, ``市委组织部`` ``安平县委组织部``, ``市直各有关部门单位``
    ``安平县直各有关部门单位``, ``滨湖镇`` ``安平县滨湖镇``, ``生态环境滕州分局`` ``生态环境安平分局``;
    groups (各镇街, 市直各有关部门单位) become the county's own groups, with the county's members;
  - each county has its own copy of every task (75), numbered on (county k's task n is
    ``75·k + n``, its indicators ``<that>.1`` …), titled ``〔安平县〕<title>``, its 责任单位 the
    county's departments in the notice's order, its section the notice's: K × 75 tasks, K × 58
    indicators, the notice's 11 sections;
  - the catalogue's title reads 全省各县 for 滕州市.

  The catalogue format holds this shape as it is (task numbers are integers, 责任单位 a list of
  names), so nothing is approximated.

Measured in one run, in this order, every file read once beforehand so nobody pays for a cold
page cache:

1. ``tz-excel merge`` as a command (a fresh Python process: imports, catalogue, reading in worker
   processes, validating, deciding, archiving with syncs, the history store, assessment and the
   consolidated workbook) on a fresh copy of the workspace with every return in inbox/, the
   package's bytecode written first as pip writes it for an installed package;
   ``--repeat`` times, each on a fresh copy, the best kept. Peak RSS: the largest process of the
   run (the command or one of its readers).
2. ``cycle.consolidate`` called from Python on a fresh copy, its modules imported before the clock
   starts — the same footing as the two below, whose modules are imported before theirs.
3. The floor: python-calamine reading both sheets (填报表 and _meta) of every file in one process,
   nothing else — what any reader of these files must at least do.
4. ``pandas.read_excel(path, engine="openpyxl")`` of the first sheet of every file, nothing else.

Goals (issue 13): merge at least 10x faster than the pandas loop and at most 3x the floor, on
1,000 returns;
a province's week of 10,000 returns (``--week``) within 500 MB peak RSS.
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
WEEK = Period(2023, 36)              # --week: every return of the province is of this week
COUNTY_SYLLABLES = "安平宁阳山河东西南北清泉新丰临长永兴定远通德"   # 21 × 20 two-character county names


# -- building the returns (once) ------------------------------------------------------------------

def build_workspace(root: Path) -> Workspace:
    from tz_excel.office import init_workspace

    ws = Workspace(root)
    root.mkdir(parents=True, exist_ok=True)
    init_workspace(ws, now=NOW)
    return ws


def county_names(count: int) -> list[str]:
    """``安平县``, ``安宁县`` … distinct two-character names (no doubled character)."""
    names = [f"{a}{b}县" for a in COUNTY_SYLLABLES for b in COUNTY_SYLLABLES if a != b]
    if count > len(names):
        raise SystemExit(f"at most {len(names)} counties")
    return names[:count]


def county_name(county: str, name: str) -> str:
    """The county's own copy of a department of the notice (滕州市's): 市发改局 → 安平县发改局."""
    stem = county[:-1]
    if "滕州" in name:
        return name.replace("滕州市", county).replace("滕州", stem)
    return county + (name[1:] if name.startswith("市") else name)


def build_province(root: Path, count: int) -> Workspace:
    """A province's workspace: K counties each running the bundled notice (see the docstring)."""
    from dataclasses import replace

    from tz_excel.catalogue import write_catalogue_xlsx
    from tz_excel.departments import Department, Directory, write_directory
    from tz_excel.forms import select_departments
    from tz_excel.office import load_catalogue, load_directory

    ws = build_workspace(root)
    notice, directory = load_catalogue(ws), load_directory(ws)
    per_county = len(select_departments(notice, directory))
    counties = county_names(-(-count // per_county))
    tasks, departments = [], []
    for k, county in enumerate(counties):
        own = lambda name: county_name(county, name)
        departments += [Department(own(d.name), aliases=tuple(own(a) for a in d.aliases),
                                   groups=tuple(own(g) for g in d.groups)) for d in directory]
        for n, task in enumerate(notice.tasks, start=1):
            no = k * len(notice.tasks) + n
            indicators = tuple(replace(i, id=f"{no}.{i.id.split('.', 1)[1]}") for i in task.indicators)
            tasks.append(replace(task, no=no, title=f"〔{county}〕{task.title}",
                                 departments=tuple(own(d) for d in task.departments), indicators=indicators))
    province = replace(notice, title=notice.title.replace("滕州市", "全省各县"),
                       short_title=notice.short_title.replace("滕州市", "全省各县"), tasks=tuple(tasks))
    write_catalogue_xlsx(ws.catalogue_path, province)
    write_directory(ws.departments_path, Directory(tuple(departments)))
    return ws


def plan_week(ws: Workspace, count: int) -> list[tuple[str, str, int]]:
    """(period, department, serial) jobs: the first ``count`` departments of the province, one week."""
    from tz_excel.forms import select_departments
    from tz_excel.office import load_catalogue, load_directory

    names = [d.name for d in select_departments(load_catalogue(ws), load_directory(ws))]
    return [(str(WEEK), name, serial) for serial, name in enumerate(names[:count])]


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


def ensure_returns(cache: Path, count: int, rebuild: bool, processes: int,
                   week: bool = False) -> tuple[Path, list[Path]]:
    """The cached workspace and returns, built when missing (``week``: the province's one week)."""
    if week:
        key = hashlib.sha256(f"week:{count}:{WEEK}:{COUNTY_SYLLABLES}:v1".encode()).hexdigest()[:10]
        folder = cache / f"merge-week-{count}-{key}"
    else:
        key = hashlib.sha256(f"{count}:{FIRST}:v1".encode()).hexdigest()[:10]
        folder = cache / f"merge-{count}-{key}"
    done = folder / "DONE"
    if rebuild and folder.exists():
        shutil.rmtree(folder)
    if not done.exists():
        shutil.rmtree(folder, ignore_errors=True)
        started = time.perf_counter()
        ws = build_province(folder / "workspace", count) if week else build_workspace(folder / "workspace")
        returns = folder / "returns"
        returns.mkdir()
        jobs = plan_week(ws, count) if week else plan(ws, count)
        chunks = [jobs[i::processes] for i in range(processes)]
        with ProcessPoolExecutor(processes) as pool:
            built = sum(pool.map(build_returns, [str(ws.root)] * processes, chunks,
                                 [str(returns)] * processes))
        print(f"built {built} returns in {time.perf_counter() - started:.1f} s (workspace included) → {returns}")
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


def compile_package() -> None:
    """Write the package's bytecode, as pip does when it installs one. A development checkout run
    with PYTHONDONTWRITEBYTECODE set (as CI and this machine do) would otherwise compile some thirty
    modules from source in every command: about 0.1 s that no installed tz-excel pays."""
    import compileall

    import tz_excel

    compileall.compile_dir(Path(tz_excel.__file__).parent, quiet=1)


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


def time_floor(files: list[Path], clock=time.perf_counter) -> float:
    """python-calamine reading both sheets of every file, nothing else, timed by ``clock``
    (wall time here; bench_intake.py passes ``time.process_time``)."""
    import python_calamine as calamine

    started = clock()
    for path in files:
        book = calamine.CalamineWorkbook.from_path(str(path))
        book.get_sheet_by_name("填报表").to_python()
        book.get_sheet_by_name("_meta").to_python()
    return clock() - started


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


def describe_province(ws: Workspace, returns: int) -> None:
    from tz_excel.forms import select_departments
    from tz_excel.office import load_catalogue, load_directory

    catalogue, directory = load_catalogue(ws), load_directory(ws)
    recipients = select_departments(catalogue, directory)
    counties = len({t.title[1:].split("〕", 1)[0] for t in catalogue.tasks})
    print(f"province: {counties} counties, {len(directory)} directory rows ({len(recipients)} departments "
          f"with a template), {len(catalogue.tasks)} tasks, {sum(1 for _ in catalogue.indicators())} indicators, "
          f"{len(catalogue.sections)} sections; {returns} returns of {WEEK}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000, help="number of returns (default 1000)")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "tz_excel_bench",
                        help="where the built returns are kept between runs")
    parser.add_argument("--rebuild", action="store_true", help="build the returns again")
    parser.add_argument("--processes", type=int, default=2, help="processes for building (default 2)")
    parser.add_argument("--repeat", type=int, default=1, help="merge runs, each on a fresh copy (best kept)")
    parser.add_argument("--no-pandas", action="store_true", help="skip the pandas loop (slow at 10,000)")
    parser.add_argument("--week", action="store_true",
                        help="a province: counties running the same notice, every return of one week")
    args = parser.parse_args(argv)

    folder, files = ensure_returns(args.cache, args.count, args.rebuild, args.processes, args.week)
    last = max(f.stem.rsplit("_", 1)[1] for f in files)
    first = str(WEEK) if args.week else str(FIRST)
    if args.week:
        describe_province(Workspace(folder / "workspace"), len(files))
    compile_package()
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
    print(f"returns: {len(files)} files, periods {first}..{last}; summary of {last}: {statuses}")
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
