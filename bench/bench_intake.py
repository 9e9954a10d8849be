"""Benchmark: ``intake.read_return`` per file against the calamine floor, same files, one process.

    .venv/bin/python bench/bench_intake.py                        # the 1,000 cached returns
    .venv/bin/python bench/bench_intake.py --cache /tmp/returns --repeat 5

The returns are bench_merge.py's (built into ``--cache`` when missing: real templates filled the
way clerks type). Measured as CPU time of this process (``time.process_time``), every file's
bytes read once beforehand so neither contender pays for a cold page cache, each figure the best
of ``--repeat`` runs (other work on the machine only ever makes a run slower):

1. the floor: python-calamine reading both sheets (填报表 and _meta) of every file, nothing else;
2. ``read_return`` of every file: the checks before calamine (zip limits, sheet surveys, identity),
   calamine, and the rows matched against the catalogue.

Goal (issue 13): reading costs at most ~1.3 ms a file, so that a whole merge stays within 3x the
floor. The statuses of the returns read are printed too: a faster reader that finds other things
is no faster reader.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench_merge import ensure_returns, time_floor  # noqa: E402
from tz_excel.config import Workspace  # noqa: E402
from tz_excel.intake import read_return  # noqa: E402
from tz_excel.office import load_catalogue  # noqa: E402


def time_intake(files: list[Path], catalogue, root: Path) -> tuple[float, Counter]:
    """CPU seconds of ``read_return`` on every file, and the findings' codes it made."""
    codes: Counter = Counter()
    started = time.process_time()
    returns = [read_return(path, catalogue, root=root) for path in files]
    elapsed = time.process_time() - started
    for ret in returns:
        codes.update(issue.code for issue in ret.issues)
        codes["(rows)"] += len(ret.rows)
        codes["(errors)"] += bool(ret.errors)
    return elapsed, codes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000, help="number of returns (default 1000)")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "tz_excel_bench",
                        help="where bench_merge.py keeps the built returns")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each contender, the best kept")
    args = parser.parse_args(argv)

    folder, files = ensure_returns(args.cache, args.count, False, 2)
    catalogue = load_catalogue(Workspace(folder / "workspace"))
    for path in files:                                   # warm the page cache for both
        path.read_bytes()
    read_return(files[0], catalogue, root=folder)        # lazy imports (calamine, defusedxml) paid once
    floors, reads, codes = [], [], Counter()
    for _ in range(max(1, args.repeat)):
        floors.append(time_floor(files, time.process_time))    # CPU seconds
        elapsed, codes = time_intake(files, catalogue, folder)
        reads.append(elapsed)
    floor_s, read_s = min(floors), min(reads)
    per_file = 1000 / len(files)
    print(f"returns: {len(files)} files from {folder / 'returns'}")
    print(f"floor: calamine, both sheets, one process: {floor_s:6.2f} s CPU  {floor_s * per_file:5.2f} ms/file"
          f"  (runs: {', '.join(f'{s:.2f}' for s in floors)})")
    print(f"intake.read_return, one process:           {read_s:6.2f} s CPU  {read_s * per_file:5.2f} ms/file"
          f"  (runs: {', '.join(f'{s:.2f}' for s in reads)})")
    print(f"read_return / floor: {read_s / floor_s:.2f}x; goal <= 1.3 ms/file")
    print("findings: " + ", ".join(f"{code} {n}" for code, n in sorted(codes.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
