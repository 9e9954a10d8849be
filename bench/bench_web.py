"""Benchmark: 60 departments upload their return to ``tz-excel serve`` within a minute, on loopback.

    .venv/bin/python bench/bench_web.py                    # 60 uploads spread over 60 s
    .venv/bin/python bench/bench_web.py --window 0         # all 60 at the same moment (the worst case)
    .venv/bin/python bench/bench_web.py --uploads 120 --window 30

The workspace is the bundled notice with the 21 镇街 (57 departments); each department fills its
own 2023-W36 template, and the uploads past 57 are corrections (a department uploading again).
The server runs as ``tz-excel serve`` in its own process, bound to 127.0.0.1 on a free port; each
simulated clerk, at a seeded random moment of the window, opens its page (GET, which gives the
form's CSRF token) and uploads (POST, then the verdict page the server redirects to). The figure
is the clerk's wait: from sending the file to seeing the verdict.

Bounded in count (``--uploads``) and time (every request times out after 60 s; the run gives up
``--window`` + 120 s after it started). Afterwards every upload must be answered with its verdict
page, lie in inbox/ byte for byte with its sidecar, and be in the journal; ``merge`` then archives
them all. Nothing here leaves 127.0.0.1.
"""

from __future__ import annotations

import argparse
import hashlib
import http.cookiejar
import json
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path

from tz_excel.clerks import fill_return
from tz_excel.config import Workspace
from tz_excel.demo import TOWNS
from tz_excel.departments import Department, Directory, read_directory, write_directory
from tz_excel.forms import file_name, generate_forms
from tz_excel.links import department_links
from tz_excel.merge import merge_inbox
from tz_excel.records import ACCEPTED, SUPERSEDED
from tz_excel.office import init_workspace
from tz_excel.periods import Period

PERIOD = Period.parse("2023-W36")
MONDAY = datetime(2023, 9, 4, 9, 0)
SEED = 36


def build_workspace(root: Path) -> tuple[Workspace, dict[str, Path]]:
    """The bundled notice with the towns, and every department's filled return (file per department)."""
    ws = Workspace(root)
    init_workspace(ws, now=MONDAY)
    directory = read_directory(ws.departments_path)
    rows = list(directory) + [Department(t, groups=("各镇街",)) for t in TOWNS if directory.get(t) is None]
    write_directory(ws.departments_path, Directory(tuple(rows)))
    ws = Workspace(root)
    paths = generate_forms(ws, PERIOD, now=MONDAY)
    rng = random.Random(SEED)
    returns = {}
    for template in paths:
        department = template.stem
        out = root.parent / "returns" / file_name(department)
        phone = f"0632-55{rng.randrange(10000, 99999)}"
        returns[department] = fill_return(template, out, {}, filler="张三", phone=phone, state=_states(template, rng))
    return ws, returns


def correction(ws: Workspace, department: str, n: int, folder: Path) -> Path:
    """The department's return filled again (other bytes: merge takes it as the newer version)."""
    template = ws.templates_dir(PERIOD) / file_name(department)
    return fill_return(template, folder / f"{n}-{file_name(department)}", {}, filler="李四", phone=f"0632-{n:07d}",
                       state=_states(template, random.Random(n)))


def _states(template: Path, rng: random.Random) -> dict[str, str]:
    """完成状态 for every row of a template (what a clerk always fills)."""
    from openpyxl import load_workbook

    from tz_excel.clerks import find_header

    sheet = load_workbook(template, read_only=False).worksheets[0]
    header, columns = find_header(sheet)
    ids = [str(sheet.cell(r, columns["指标编号"]).value) for r in range(header + 1, sheet.max_row + 1)
           if sheet.cell(r, columns["指标编号"]).value not in (None, "")]
    return {i: rng.choice(("正常推进", "正常推进", "已完成", "滞后")) for i in ids}


def start_server(ws: Workspace) -> tuple[subprocess.Popen, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    process = subprocess.Popen([sys.executable, "-m", "tz_excel", "-w", str(ws.root), "serve", "--host", "127.0.0.1",
                                "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(base + "/", timeout=2).read()
            return process, base
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                raise SystemExit("the server did not start")
            time.sleep(0.1)


def clerk(base: str, url: str, department: str, data: bytes) -> dict:
    """One clerk: open the page, upload, read the verdict. Returns what happened and how long it took."""
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    path = url[url.index("/d/"):]
    started = time.perf_counter()
    page = opener.open(base + path, timeout=60).read().decode("utf-8")
    opened = time.perf_counter()
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    boundary = "----bench" + uuid.uuid4().hex
    body = (f'--{boundary}\r\nContent-Disposition: form-data; name="csrf_token"\r\n\r\n{token}\r\n'
            f'--{boundary}\r\nContent-Disposition: form-data; name="workbook"; filename="{department}.xlsx"\r\n'
            "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n").encode()
    body += data + f"\r\n--{boundary}--\r\n".encode()
    request = urllib.request.Request(base + path, data=body, method="POST",
                                     headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    try:
        with opener.open(request, timeout=60) as response:
            status, verdict = response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        status, verdict = exc.code, ""
    done = time.perf_counter()
    return {"department": department, "status": status, "answered": 'id="verdict"' in verdict,
            "open": opened - started, "upload": done - opened, "sha256": hashlib.sha256(data).hexdigest()}


def run(args) -> int:
    scratch = Path(tempfile.mkdtemp(prefix="bench-web-"))
    print(f"Building the workspace (bundled notice, 21 镇街) in {scratch} …", flush=True)
    ws, returns = build_workspace(scratch / "office")
    links = dict(department_links(ws, PERIOD).departments)
    departments = sorted(returns)
    jobs = [departments[n % len(departments)] for n in range(args.uploads)]
    files = [returns[d] if n < len(departments) else correction(ws, d, n, scratch / "corrections")
             for n, d in enumerate(jobs)]
    rng = random.Random(SEED)
    moments = sorted(rng.uniform(0, args.window) for _ in jobs)
    sizes = [returns[d].stat().st_size for d in departments]
    print(f"{len(departments)} departments, {args.uploads} uploads over {args.window:g} s, "
          f"returns of {min(sizes) // 1024}–{max(sizes) // 1024} KB; server threads: {ws.settings.web.threads}",
          flush=True)
    process, base = start_server(ws)
    results, started = [], time.monotonic()
    try:
        def at_moment(job):
            moment, department, path = job
            time.sleep(max(0.0, started + moment - time.monotonic()))
            return clerk(base, links[department], department, path.read_bytes())

        with ThreadPoolExecutor(max_workers=args.uploads) as pool:
            results = list(pool.map(at_moment, zip(moments, jobs, files), timeout=args.window + 120))
        elapsed = time.monotonic() - started
    finally:
        process.terminate()
        process.wait(timeout=30)
    try:
        return report(ws, results, elapsed, args)
    finally:
        if not args.keep:
            shutil.rmtree(scratch, ignore_errors=True)


def report(ws: Workspace, results: list[dict], elapsed: float, args) -> int:
    waits = sorted(r["upload"] for r in results)
    opens = sorted(r["open"] for r in results)
    answered = sum(1 for r in results if r["status"] == 200 and r["answered"])
    stored = [p for p in ws.inbox.iterdir() if p.is_file() and not p.name.endswith(".meta.json")]
    kept = sorted(hashlib.sha256(p.read_bytes()).hexdigest() for p in stored)
    sidecars = sum(1 for p in stored if Path(str(p) + ".meta.json").is_file())
    journal = len((ws.root / "web" / "uploads.jsonl").read_text(encoding="utf-8").splitlines())
    lost = kept != sorted(r["sha256"] for r in results)
    print(f"answered with a verdict: {answered}/{len(results)} in {elapsed:.1f} s")
    print(f"upload → verdict: p50 {_ms(statistics.median(waits))}, p95 {_ms(_p95(waits))}, max {_ms(waits[-1])}")
    print(f"opening the page: p50 {_ms(statistics.median(opens))}, p95 {_ms(_p95(opens))}")
    print(f"kept in inbox/: {len(stored)} files byte for byte {'NO' if lost else 'yes'}, {sidecars} sidecars, "
          f"{journal} journal lines")
    t = time.perf_counter()
    result = merge_inbox(ws, PERIOD, now=datetime(2023, 9, 8, 18, 0))
    taken = sum(1 for f in result.files if f.status in (ACCEPTED, SUPERSEDED))
    print(f"merge afterwards: {taken} accepted or superseded, {len(result.missing_departments)} departments missing "
          f"({time.perf_counter() - t:.1f} s)")
    ok = answered == len(results) and not lost and sidecars == len(stored) == journal == len(results)
    if args.json:
        print(json.dumps({"uploads": len(results), "answered": answered, "p95_ms": round(_p95(waits) * 1000),
                          "p50_ms": round(statistics.median(waits) * 1000), "lost": lost}))
    return 0 if ok else 1


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[18] if len(values) > 1 else values[0]


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--uploads", type=int, default=60, help="uploads in all (default 60; at most 600)")
    parser.add_argument("--window", type=float, default=60.0, help="seconds over which they arrive (0: all at once)")
    parser.add_argument("--json", action="store_true", help="also print the figures as one JSON line")
    parser.add_argument("--keep", action="store_true", help="keep the workspace (its folder is printed)")
    args = parser.parse_args()
    if not 1 <= args.uploads <= 600 or not 0 <= args.window <= 600:
        parser.error("--uploads must be 1..600 and --window 0..600")
    os.environ.pop("TZ_EXCEL_WEB_PASSWORD", None)
    return run(args)


if __name__ == "__main__":
    raise SystemExit(main())
