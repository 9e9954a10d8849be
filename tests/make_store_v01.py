"""Build tests/data/store/: history stores written by release 0.1 (commit d9c7ddd), two periods merged.

    git worktree add --detach /work/wt/release01 d9c7ddd
    python tests/make_store_v01.py --release /work/wt/release01        # regenerate on purpose only

Runs release 0.1's own code (its tree first on ``sys.path``, in a child process) through two weekly
cycles of the bundled notice, 2023-W35 and 2023-W36, as an office would have: templates mailed
(outbox .eml), clerks' returns filled into those templates and dropped into inbox/ (most on time,
one approximate figure, one text in a number cell, one corrected return, one file sent twice, one
return of the wrong week, one non-workbook, one department silent), a merge on Thursday, reminders,
late returns, a merge on Friday, the report and the feedback mailed. Writes:

- ``v01/``: the workspace's tz_excel.toml, catalogue.xlsx, departments.xlsx and history.sqlite
  (no tz_excel.id: release 0.1 had none);
- ``v01/expected.json``: what release 0.1's own ``HistoryStore`` read back (the ledger, each
  period's values, every indicator's statuses and series, the mail ledger) and the 趋势 sheet of
  its 2023-W36 report;
- ``history_v01.postgresql.sql``: the same rows written through release 0.1's store into a
  throwaway PostgreSQL (its schema made by 0.1's ``create_all``), as ``pg_dump --inserts``.

Everything is seeded and the clock is fixed, so a re-run gives the same rows.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "data" / "store"
PERIODS = (("2023-W35", datetime(2023, 8, 28, 9)), ("2023-W36", datetime(2023, 9, 4, 9)))
DOMAIN = "tengzhou.example"
SEED = 2023


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", default="/work/wt/release01", help="a checkout of release 0.1 (d9c7ddd)")
    parser.add_argument("--out", default=str(OUT))
    parser.add_argument("--inside", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.inside:
        env = {**os.environ, "PYTHONPATH": str(Path(args.release).resolve())}
        raise SystemExit(subprocess.call([sys.executable, __file__, "--inside", "--release", args.release,
                                          "--out", args.out], env=env, cwd=tempfile.gettempdir()))
    import tz_excel

    release = Path(args.release).resolve()
    if not Path(tz_excel.__file__).resolve().is_relative_to(release):
        raise SystemExit(f"tz_excel comes from {tz_excel.__file__}, not from the release at {release}")
    build(Path(args.out))


def build(out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        ws = make_workspace(Path(tmp) / "office")
        for period, monday in PERIODS:
            run_week(ws, period, monday)
        folder = out / "v01"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        for name in ("tz_excel.toml", "catalogue.xlsx", "departments.xlsx", "history.sqlite"):
            shutil.copy2(ws.root / name, folder / name)
        expected = read_back(ws)
        (folder / "expected.json").write_text(dump_json(expected), encoding="utf-8")
        dump_postgresql(folder / "history.sqlite", out / "history_v01.postgresql.sql")
    print(f"{folder}: {len(expected['ledger'])} files, "
          f"{sum(len(v) for v in expected['values'].values())} values, {len(expected['sent'])} mails")


# -- the office, as release 0.1 ran it ------------------------------------------------------------

def make_workspace(root: Path):
    from tz_excel.config import Workspace
    from tz_excel.departments import Department, Directory, read_directory, write_directory
    from tz_excel.office import init_workspace

    ws = Workspace(root)
    init_workspace(ws, now=datetime(2023, 8, 21, 9))
    directory = read_directory(ws.departments_path)
    rows = []
    for n, dep in enumerate(directory, 1):
        if directory.is_group(dep):
            rows.append(dep)
            continue
        rows.append(Department(dep.name, dep.aliases, dep.groups, contact=f"联系人{n:02d}",
                               phone=f"0632-55{n:05d}", emails=(f"d{n:02d}@{DOMAIN}",)))
    write_directory(ws.departments_path, Directory(tuple(rows)))
    text = ws.settings_path.read_text(encoding="utf-8")
    text = text.replace("recipients = []", f'recipients = ["leader@{DOMAIN}"]', 1)
    ws.settings_path.write_text(text, encoding="utf-8")
    return Workspace(root)


def run_week(ws, period_text: str, monday: datetime) -> None:
    """Send, return, merge on Thursday, remind, late returns, merge on Friday, report, feedback."""
    from tz_excel.mailer import send_feedback, send_reminders, send_report, send_templates
    from tz_excel.merge import merge_inbox
    from tz_excel.periods import Period

    period = Period.parse(period_text)
    thursday, friday = monday + timedelta(days=3, hours=6), monday + timedelta(days=4, hours=9)
    send_templates(ws, period, now=monday)
    early, late = clerks(ws, period, monday)
    for drop in early:
        drop()
    merge_inbox(ws, period, now=thursday)
    send_reminders(ws, period, now=thursday + timedelta(minutes=5))
    for drop in late:
        drop()
    result = merge_inbox(ws, period, now=friday)
    send_report(ws, period, result=result, now=friday + timedelta(minutes=5))
    send_feedback(ws, period, result, now=friday + timedelta(minutes=6))


def clerks(ws, period, monday: datetime):
    """(early drops, late drops): callables that put each department's return into inbox/."""
    from tz_excel.catalogue import LEAD
    from tz_excel.mailer import expected_departments
    from tz_excel.office import load_catalogue, load_directory
    from tz_excel.periods import year_share

    catalogue, directory = load_catalogue(ws), load_directory(ws)
    share = year_share(period.last_day, date(2023, 1, 1), date(2023, 12, 31))
    departments = [d for d in expected_departments(ws) if d.emails]
    rows = {d.name: catalogue.rows_for(directory.names_for(d)) for d in departments}
    leads = [n for n, rs in rows.items() if any(r.role == LEAD and r.indicator for r in rs)]
    others = [n for n in rows if n not in leads]
    roles = {leads[1]: "approx", leads[3]: "text", leads[5]: "corrected", leads[7]: "twice",
             others[0]: "silent", others[1]: "late", others[2]: "not_workbook", others[3]: "wrong_week"}
    if period.week == 35:
        roles[leads[9]] = "silent"
    early, late = [], []
    for n, dep in enumerate(departments):
        role = roles.get(dep.name, "on_time")
        if role == "silent":
            continue
        arrival = monday + timedelta(days=1 + n % 2, hours=n % 7, minutes=n % 50)
        if role == "late":
            arrival = monday + timedelta(days=4, hours=8, minutes=20)
        drop = _drop(ws, period, dep, rows[dep.name], share, role, arrival)
        (late if role == "late" else early).append(drop)
    return early, late


def _drop(ws, period, dep, rows, share: float, role: str, arrival: datetime):
    from tz_excel.clerks import AsText

    def drop() -> None:
        if role == "not_workbook":
            path = ws.inbox / f"{dep.name}情况说明.docx"
            path.write_bytes("本周工作按计划推进。".encode("utf-8"))
            _arrived(path, dep, arrival)
            return
        target_period = period.previous() if role == "wrong_week" else period
        values, states, narratives = _figures(dep.name, rows, share)
        if role == "approx" and values:
            key = sorted(values)[0]
            values[key] = f"约{values[key]}"
        if role == "text" and values:
            values[sorted(values)[0]] = AsText("正在统计")
        name = f"{dep.name}{period}推进情况.xlsx"
        if role == "corrected":
            first = dict(values)
            if first:
                first[sorted(first)[0]] = AsText("待核实")
            _return(ws, target_period, dep, ws.inbox / f"{dep.name}（初稿）.xlsx", first, states, narratives,
                    arrival - timedelta(hours=5))
        path = _return(ws, target_period, dep, ws.inbox / name, values, states, narratives, arrival)
        if role == "twice":
            copy = ws.inbox / f"副本 - {name}"
            shutil.copyfile(path, copy)
            _arrived(copy, dep, arrival + timedelta(minutes=30))
    return drop


def _figures(department: str, rows, share: float):
    """Each lead figure at a pace of its own (the same every week), so cumulative figures grow."""
    from tz_excel.catalogue import LEAD

    values, states, narratives = {}, {}, {}
    for row in rows:
        ind = row.indicator
        if ind is None or row.role != LEAD:
            states[row.id] = "正常推进"
            narratives[row.id] = (f"配合推进{row.task.title}。", "", "继续配合。")
            continue
        pace = random.Random(f"{SEED}-{department}-{row.id}").uniform(0.5, 1.2)
        value = float(ind.target) * (pace if ind.kind == "level" else share * pace)
        values[row.id] = round(value, 2)
        states[row.id] = "滞后" if pace < 0.9 else "正常推进"
        narratives[row.id] = (f"{ind.metric}累计完成{round(value, 2)}{ind.unit}。",
                              "进度偏慢。" if pace < 0.9 else "", "加快推进。")
    return values, states, narratives


def _return(ws, period, dep, out: Path, values, states, narratives, arrival: datetime) -> Path:
    from tz_excel.clerks import fill_return
    from tz_excel.feedback import stamp_workbook
    from tz_excel.forms import file_name, generate_forms

    template = ws.templates_dir(period) / file_name(dep.name)
    if not template.exists():
        generate_forms(ws, period, departments=[dep.name], now=arrival - timedelta(days=7))
    fill_return(template, out, values, state=states, narratives=narratives, filler=dep.contact,
                phone=dep.phone, modified=arrival)
    stamp_workbook(out, arrival)
    _arrived(out, dep, arrival)
    return out


def _arrived(path: Path, dep, arrival: datetime) -> None:
    """The sidecar collect writes, and the arrival as the file's mtime."""
    meta = {"received_at": arrival.isoformat(), "sender": f"{dep.contact} <{dep.emails[0]}>"}
    Path(str(path) + ".meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    os.utime(path, (arrival.timestamp(), arrival.timestamp()))


# -- what release 0.1 reads back -------------------------------------------------------------------

def read_back(ws) -> dict:
    import sqlalchemy as sa
    from tz_excel.store import HistoryStore, sent_table, statuses_table

    store = HistoryStore.for_workspace(ws)
    with store.engine.connect() as conn:
        ids = sorted(conn.execute(sa.select(statuses_table.c.id).distinct()).scalars())
        sent = [[r.period, r.department, r.kind, list(r.recipients), r.at.isoformat()]
                for r in conn.execute(sa.select(sent_table).order_by(*sent_table.primary_key.columns))]
    expected = {
        "periods": [p for p, _ in PERIODS],
        "ledger": [outcome_dict(o) for o in store.ledger()],
        "values": {p: [value_dict(v) for v in store.values(p)]        # every stored period (a wrong week too)
                   for p in sorted(set().union(*store.value_periods().values()))},
        "statuses": {i: [list(s) for s in store.statuses(i)] for i in ids},
        "sent": sent,
        "trend": trend_sheet(ws, PERIODS[-1][0]),
    }
    store.close()
    return expected


def outcome_dict(o) -> dict:
    return {"file": o.file, "sha256": o.sha256, "status": o.status, "department": o.department,
            "period": o.period, "archived_as": o.archived_as, "received_at": _iso(o.received_at),
            "modified": _iso(o.modified), "filed_under": o.filed_under, "sender": o.sender,
            "issues": [[i.code, i.severity, i.message, i.file, i.sheet, i.cell, i.value] for i in o.issues]}


def value_dict(v) -> dict:
    return {"period": v.period, "department": v.department, "id": v.id, "task_no": v.task_no, "role": v.role,
            "actual": v.actual, "valid": v.valid, "state": v.state, "progress": v.progress,
            "problems": v.problems, "plans": v.plans, "file": v.file, "received_at": _iso(v.received_at)}


def trend_sheet(ws, period: str) -> dict:
    """The 趋势 sheet of release 0.1's report: the period headings and each indicator's figures."""
    from openpyxl import load_workbook

    path = next(ws.outbox(period).glob(f"*推进情况汇总_{period}.xlsx"))
    sheet = load_workbook(path, read_only=True)["趋势"]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    header = next(i for i, r in enumerate(rows) if r and r[0] == "指标编号")
    headings = [h for h in rows[header] if isinstance(h, str) and h.startswith("第") and h.endswith("周")]
    start = rows[header].index(headings[0])
    figures = {str(r[0]): r[start:start + len(headings)] for r in rows[header + 1:] if r and r[0]}
    return {"headings": headings, "figures": figures}


def dump_json(expected: dict) -> str:
    """JSON with one record per line: readable in a diff, a third of the size of indented JSON."""
    def block(value, indent: str) -> str:
        if isinstance(value, dict) and value and all(isinstance(v, (list, dict)) for v in value.values()):
            inner = ",\n".join(f"{indent} {json.dumps(k, ensure_ascii=False)}: {block(v, indent + ' ')}"
                                for k, v in value.items())
            return "{\n" + inner + "\n" + indent + "}"
        if isinstance(value, list) and value and all(isinstance(v, (list, dict)) for v in value):
            inner = ",\n".join(indent + " " + json.dumps(v, ensure_ascii=False) for v in value)
            return "[\n" + inner + "\n" + indent + "]"
        return json.dumps(value, ensure_ascii=False)
    return block(expected, "") + "\n"


def _iso(moment) -> str | None:
    return moment.isoformat() if moment else None


# -- the same rows through release 0.1's store on PostgreSQL ---------------------------------------

def fits(table, row) -> bool:
    """False for a row release 0.1 could not write on PostgreSQL, which enforces VARCHAR lengths.

    Its mail ledger's ``kind`` is VARCHAR(20), but a feedback mail's kind is ``feedback:`` and 16
    hex digits (25 characters): on PostgreSQL, release 0.1 failed to record feedback mail. SQLite
    ignores the length, so the SQLite store holds those rows; migration 0002 widens the column.
    """
    return table.name != "sent" or len(row.kind) <= table.c.kind.type.length


def dump_postgresql(sqlite_path: Path, out: Path) -> None:
    import sqlalchemy as sa
    from tz_excel.store import HistoryStore, metadata

    from _postgres import PostgresCluster

    cluster = PostgresCluster.start()
    try:
        url = cluster.create_database("v01")
        store = HistoryStore(url.render_as_string(hide_password=False))      # 0.1's create_all
        source = sa.create_engine(f"sqlite:///{sqlite_path}")
        with source.connect() as read, store.engine.begin() as write:
            for table in metadata.sorted_tables:
                rows = [dict(r._mapping) for r in read.execute(sa.select(table)) if fits(table, r)]
                if rows:
                    write.execute(table.insert(), rows)
        source.dispose()
        store.close()
        cluster.pg_dump("v01", out)
    finally:
        cluster.stop()
    # pg_dump of a newer minor release writes \restrict lines that older psql does not know; the
    # dump is ours and holds no secrets, so they go.
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [x for x in lines if not x.startswith(("\\restrict", "\\unrestrict"))]
    out.write_text("".join(kept), encoding="utf-8")


if __name__ == "__main__":
    main()
