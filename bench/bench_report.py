"""Benchmark: the consolidated workbook for 10,000 indicator rows, in seconds.

    .venv/bin/python bench/bench_report.py                 # 10,000 indicators, no history
    .venv/bin/python bench/bench_report.py --rows 2000 --repeat 5
    .venv/bin/python bench/bench_report.py --by-sheet      # also each sheet's writer on its own

A synthetic catalogue (11 sections, 10 indicators per task, a quarter of them rates) gets one lead
figure per indicator for 2023-W36; ``assess_period`` and ``write_report`` are timed separately
(best of ``--repeat``). Every sheet is written: 指标进度 with status fills and a data bar, 趋势
with one sparkline per indicator (about 250,000 cells in all). The goal of issue 5 is well under a
second for the workbook, against xlsxwriter alone taking 0.6 s for 10,000 × 15 cells with a
conditional format on the issue's machine; that baseline is timed here too, on this machine, so the
two figures can be compared where the machine is slower or busy. Times are CPU seconds of this
process (``time.process_time``), steadier than wall time on a shared machine; on a machine busy
with other work both figures rise, so compare the ratio too.

``--by-sheet`` times each sheet's writer alone (filling xlsxwriter's tables, before the file is
written); ``close`` is the rest: cell XML, shared strings, sparklines and the zip compression.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from datetime import datetime

import xlsxwriter

from tz_excel.assess import assess_period
from tz_excel.catalogue import Catalogue, Indicator, Section, Task
from tz_excel.config import Settings, Workspace
from tz_excel import report
from tz_excel.merge import MergeResult
from tz_excel.records import Value
from tz_excel.periods import Period
from tz_excel.report import write_report

PERIOD = "2023-W36"


def synthetic(rows: int, seed: int = 36) -> tuple[Catalogue, list[Value]]:
    """A catalogue of ``rows`` indicators and one lead figure (or gap) for each."""
    rnd = random.Random(seed)
    sections = tuple(Section(n, f"第{n}部分重点任务") for n in range(1, 12))
    tasks, values = [], []
    for no in range(1, rows // 10 + 1):
        lead = f"单位{no % 40:02d}"
        inds = tuple(Indicator(f"{no}.{k}", f"指标{no}-{k}", rnd.choice((5, 20, 195, 3.05, 95)),
                               "%" if k % 4 == 0 else "个", rnd.choice((">=", ">=", "<=", "~")),
                               "level" if k % 4 == 0 else "cumulative", k == 3)
                     for k in range(1, 11))
        tasks.append(Task(no, no % 11 + 1, f"任务{no}", "", (lead, f"单位{(no + 1) % 40:02d}"), inds))
        for i in inds:
            actual = None if rnd.random() < 0.05 else round(float(i.target) * rnd.uniform(0.2, 1.1), 2)
            values.append(Value(PERIOD, lead, i.id, no, "lead", actual, state="正常推进",
                                progress="按计划推进，" * rnd.randint(0, 4), file=f"archive/{lead}.xlsx",
                                received_at=datetime(2023, 9, 8, rnd.randint(8, 20))))
    catalogue = Catalogue("基准测试重点任务", 2023, sections, tuple(tasks), short_title="基准测试")
    return catalogue, values


def baseline(path: str, rows: int = 10_000, cols: int = 15) -> float:
    """Seconds for xlsxwriter alone: rows × cols of text and numbers, one data bar."""
    t0 = time.process_time()
    wb = xlsxwriter.Workbook(path)
    sheet = wb.add_worksheet()
    text, number = wb.add_format({"border": 1}), wb.add_format({"num_format": "0.0%"})
    for r in range(rows):
        for c in range(cols):
            if c % 2:
                sheet.write_number(r, c, r * 0.5 + c, number)
            else:
                sheet.write_string(r, c, f"文本{r}-{c}", text)
    sheet.conditional_format(0, 3, rows - 1, 3, {"type": "data_bar"})
    wb.close()
    return time.process_time() - t0


def by_sheet(catalogue, values, result, settings, repeat: int) -> dict[str, float]:
    """Best CPU seconds of each sheet writer on a fresh workbook, and of closing the whole one."""
    assessments, tasks = assess_period(catalogue, values, PERIOD, settings)
    data = report.ReportData.build(settings, catalogue, Period.parse(PERIOD), result, assessments,
                                   tasks, None, None)
    writers = {"总览": lambda wb, s, fm: report.write_overview(wb, s, fm, data),
               "指标进度": lambda wb, s, fm: report.write_indicators(s, fm, data),
               "任务进展": lambda wb, s, fm: report.write_tasks(s, fm, data),
               "报送情况": lambda wb, s, fm: report.write_returns(s, fm, data),
               "校验问题": lambda wb, s, fm: report.write_issues(s, fm, data),
               "趋势": lambda wb, s, fm: report.write_trends(s, fm, data)}
    best: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(repeat):
            wb = xlsxwriter.Workbook(os.path.join(tmp, "sheets.xlsx"), {"in_memory": True})
            fm = report.Formats(wb)
            for name, write in writers.items():
                sheet = wb.add_worksheet(name)
                t0 = time.process_time()
                write(wb, sheet, fm)
                best[name] = min(best.get(name, 1e9), time.process_time() - t0)
            t0 = time.process_time()
            wb.close()
            best["close"] = min(best.get("close", 1e9), time.process_time() - t0)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--by-sheet", action="store_true", help="also time each sheet's writer")
    args = parser.parse_args()
    catalogue, values = synthetic(args.rows)
    departments = tuple(sorted({t.lead for t in catalogue.tasks}))
    result = MergeResult(Period.parse(PERIOD), values=tuple(values), expected_departments=departments)
    settings = Settings()
    assess_times, write_times, base_times = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace(tmp)
        for _ in range(args.repeat):
            t0 = time.process_time()
            assessments, tasks = assess_period(catalogue, values, PERIOD, settings)
            t1 = time.process_time()
            path = write_report(ws, catalogue, PERIOD, result, assessments, tasks)
            t2 = time.process_time()
            assess_times.append(t1 - t0)
            write_times.append(t2 - t1)
            base_times.append(baseline(os.path.join(tmp, "baseline.xlsx")))
        size = path.stat().st_size
    print(f"indicators: {len(assessments)}  tasks: {len(tasks)}  workbook: {size / 1e6:.1f} MB")
    print(f"assess_period: {min(assess_times):.3f} s")
    print(f"write_report:  {min(write_times):.3f} s  (best of {args.repeat})")
    print(f"baseline, xlsxwriter alone, 10,000 x 15 with a data bar: {min(base_times):.3f} s "
          f"(report / baseline = {min(write_times) / min(base_times):.2f})")
    if args.by_sheet:
        parts = by_sheet(catalogue, values, result, settings, args.repeat)
        print("by sheet:  " + "  ".join(f"{name} {seconds:.3f}" for name, seconds in parts.items()))


if __name__ == "__main__":
    main()
