"""Two workspaces share one PostgreSQL: their merges run at the same time and never mix.

Both workspaces have the same departments, the same file names and the same periods (so the same
archive paths and keys), with different figures. Two processes merge them at the same instant
against one database of the test cluster, the password coming from TZ_EXCEL_STORE_PASSWORD.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

from tz_excel.config import Workspace
from tz_excel.store import HistoryStore

from _mergekit import MergeKit
from _postgres import PASSWORD

ROOT = Path(__file__).resolve().parent.parent
WEEKS = range(30, 37)                                   # 2023-W30 … 2023-W36
DEPARTMENTS = ("市科技局", "市国资局", "市工信局", "市水利局", "市住建局", "北辛街道", "荆河街道")
MERGE = """
import json, sys, time
from tz_excel.cli import main
while time.time() < float(sys.argv[2]):
    time.sleep(0.001)
began = time.time()
code = main(["-w", sys.argv[1], "merge", "--period", "2023-W36"])
print(json.dumps([began, time.time(), code]))
"""


def office(tmp_path: Path, name: str, url: str, scale: float) -> MergeKit:
    """A workspace whose 市科技局 reports week × scale for 1.1 in every week; the others report words."""
    kit = MergeKit.create(tmp_path / name, templates=tmp_path / "templates")
    kit.ws.settings_path.write_text(f'[store]\nurl = "{url}"\n', encoding="utf-8")
    for week in WEEKS:
        period, monday = f"2023-W{week}", datetime.fromisocalendar(2023, week, 1)
        for n, department in enumerate(DEPARTMENTS):
            figures = {"1.1": week * scale} if department == "市科技局" else {}
            kit.drop(department, period, figures, name=f"{department}_{period}.xlsx",
                     received=monday + timedelta(days=1, minutes=n), modified=monday + timedelta(days=1))
    return Workspace(kit.ws.root)


def test_two_workspaces_merge_at_once_into_one_postgresql_and_never_mix(tmp_path, pg_url, monkeypatch):
    url = pg_url.set(password=None).render_as_string(hide_password=False)        # no password in a file
    a, b = office(tmp_path, "a", url, 1.0), office(tmp_path, "b", url, 10.0)
    start = time.time() + 3.0
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TZ_EXCEL_STORE_PASSWORD": PASSWORD}
    procs = [subprocess.Popen([sys.executable, "-c", MERGE, str(ws.root), str(start)], env=env, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) for ws in (a, b)]
    runs = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        runs.append(json.loads(out.splitlines()[-1]))
    (a_began, a_ended, a_code), (b_began, b_ended, b_code) = runs
    assert a_code in (0, 1) and b_code in (0, 1)            # 1: shortfalls worth attention, not a failure
    assert a_began < b_ended and b_began < a_ended, f"the two merges ran at the same time: {runs}"

    monkeypatch.setenv("TZ_EXCEL_STORE_PASSWORD", PASSWORD)
    for ws, scale in ((a, 1.0), (b, 10.0)):
        store = HistoryStore.for_workspace(ws)
        assert [(p, actual) for p, d, actual in store.series("1.1") if d == "市科技局"] == [
            (f"2023-W{w}", w * scale) for w in WEEKS]
        ledger = store.ledger()
        assert len(ledger) == len(WEEKS) * len(DEPARTMENTS) and {o.status for o in ledger} == {"accepted"}
        assert all((ws.root / o.archived_as).is_file() for o in ledger)       # its own archive
        assert store.statuses("1.1")[-1][0] == "2023-W36"
        assert list(ws.root.glob("outbox/2023-W36/*推进情况汇总_2023-W36.xlsx"))
        store.close()
    engine = sa.create_engine(pg_url)
    with engine.connect() as conn:
        for table in ("files", "values", "statuses"):
            query = f'SELECT workspace, count(*) FROM "{table}" GROUP BY workspace'
            owners = conn.execute(sa.text(query)).all()
            assert {w for w, _ in owners} == {a.identity, b.identity} and owners[0][1] == owners[1][1]
    engine.dispose()
