"""Benchmark: templates for 1,000 department-periods, in milliseconds per template.

    .venv/bin/python bench/bench_forms.py                  # one process
    .venv/bin/python bench/bench_forms.py --processes 2    # a process pool, one period per task
    .venv/bin/python bench/bench_forms.py --count 200

Every department of the bundled notice (groups as ``init`` first writes departments.xlsx) gets a
template for consecutive weeks of 2023 until ``--count`` templates are written, each week into its
own folder through ``forms.write_forms`` (temporary folder, then rename), as ``generate`` does.
The goal of issue 3 is at most 5 ms per template on a 2-core machine. Wall time is what counts;
the CPU time printed for one process shows the cost when other work shares the machine.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime
from pathlib import Path

from tz_excel import BUNDLED_NOTICE
from tz_excel.config import Settings
from tz_excel.departments import directory_from_names
from tz_excel.forms import select_departments, write_forms
from tz_excel.periods import Period

NOW = datetime(2023, 1, 2, 9, 0)


def load_notice():
    """The bundled catalogue and a first directory for it."""
    from tz_excel.notice import parse_notice

    catalogue = parse_notice(str(BUNDLED_NOTICE))
    return catalogue, directory_from_names(catalogue.department_names())


def plan(count: int, per_period: int) -> list[tuple[str, int]]:
    """(period, how many departments) pairs adding up to ``count`` templates."""
    jobs, period = [], Period(2023, 1)
    while count > 0:
        jobs.append((str(period), min(per_period, count)))
        count -= per_period
        period = period.next()
    return jobs


def run_period(job: tuple[str, int], root: str) -> int:
    period, n = job
    catalogue, directory = _CACHE
    departments = select_departments(catalogue, directory)[:n]
    write_forms(Path(root) / period, catalogue, directory, departments, period, Settings(), now=NOW)
    return n


def _init_worker(loaded=None) -> None:
    global _CACHE
    _CACHE = loaded or load_notice()


_CACHE = None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000, help="templates to write (default 1000)")
    parser.add_argument("--processes", type=int, default=1, help="worker processes (default 1)")
    args = parser.parse_args(argv)
    _init_worker()
    catalogue, directory = _CACHE
    recipients = select_departments(catalogue, directory)
    rows = [len(catalogue.rows_for(directory.names_for(d))) for d in recipients]
    jobs = plan(args.count, len(recipients))
    with tempfile.TemporaryDirectory(prefix="bench_forms.") as root:
        run_period(("2022-W52", 2), root)                     # warm up imports and caches
        start, cpu = time.perf_counter(), time.process_time()
        if args.processes > 1:
            with ProcessPoolExecutor(args.processes, initializer=_init_worker, initargs=(_CACHE,)) as pool:
                written = sum(pool.map(run_period, jobs, [root] * len(jobs)))
        else:
            written = sum(run_period(job, root) for job in jobs)
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
        size = sum(p.stat().st_size for p in Path(root).rglob("*.xlsx")) / max(written + 2, 1)
    print(f"{written} templates ({len(recipients)} departments × {len(jobs)} periods, "
          f"{min(rows)}–{max(rows)} rows, mean {sum(rows) / len(rows):.1f}; ~{size / 1024:.0f} KiB each), "
          f"{args.processes} process{'es' if args.processes > 1 else ''} on {os.cpu_count()} CPUs: "
          f"{elapsed:.2f} s, {elapsed * 1000 / written:.2f} ms per template"
          + ("" if args.processes > 1 else f" (CPU time of this process: {cpu * 1000 / written:.2f} ms)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
