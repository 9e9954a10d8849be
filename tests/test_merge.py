"""merge_inbox: what each file becomes, nothing lost, re-runs, crashes, the lock, the history."""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
import time
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from tz_excel.cli import main
from tz_excel.errors import WorkspaceError
from tz_excel.merge import merge_inbox, workspace_lock
from tz_excel.records import ACCEPTED, DUPLICATE, IGNORED, OTHER_PERIOD, REJECTED, SUPERSEDED
from tz_excel.store import HistoryStore

from _mergekit import MergeKit, tree

P = "2023-W36"
HERE = Path(__file__).parent


@pytest.fixture
def kit(tmp_path) -> MergeKit:
    return MergeKit.create(tmp_path / "ws")


def statuses(result) -> dict[str, str]:
    return {f.file: f.status for f in result.files}


def by_file(result, file: str):
    return next(f for f in result.files if f.file == file)


def dump(result) -> str:
    return json.dumps(result.to_dict(), ensure_ascii=False, sort_keys=True)


def fill_busy_inbox(kit: MergeKit) -> None:
    """One of every case: two versions, a duplicate, another period, junk, lock and system files."""
    kit.drop("市科技局", P, {"1.1": 1, "1.2": 3, "5.1": "0.5亿"}, name="科技局第36周.xlsx",
             received=datetime(2023, 9, 5, 10, 0))
    newer = kit.drop("市科技局", P, {"1.1": 2, "1.2": 4, "5.1": 0.6}, name="科技局第36周(修改).xlsx",
                     received=datetime(2023, 9, 6, 11, 0))
    kit.put("转发/科技局.xlsx", newer.read_bytes(), received=datetime(2023, 9, 7, 9, 0))
    kit.drop("市工信局", "2023-W35", {}, state={"7": "正常推进"}, name="工信局35周.xlsx",
             received=datetime(2023, 9, 1, 15, 0))
    kit.drop("市工信局", P, {}, state={"7": "滞后"}, name="工信局.xlsx")
    kit.put("请查收.docx", b"PK\x03\x04 this is not a workbook at all")
    kit.put("~$科技局第36周.xlsx", b"\x0e locked by someone")
    kit.put(".DS_Store", b"\0\0\0\1Bud1")
    kit.put("转发/Thumbs.db", b"thumbs")


def test_each_file_gets_its_status(kit):
    fill_busy_inbox(kit)
    result = merge_inbox(kit.ws, P, now=kit.now)
    assert statuses(result) == {
        "inbox/工信局35周.xlsx": OTHER_PERIOD,
        "inbox/科技局第36周.xlsx": SUPERSEDED,
        "inbox/工信局.xlsx": ACCEPTED,
        "inbox/请查收.docx": REJECTED,
        "inbox/科技局第36周(修改).xlsx": ACCEPTED,
        "inbox/转发/科技局.xlsx": DUPLICATE,
        "inbox/.DS_Store": IGNORED,
        "inbox/~$科技局第36周.xlsx": IGNORED,
        "inbox/转发/Thumbs.db": IGNORED,
    }
    newest = by_file(result, "inbox/科技局第36周(修改).xlsx")
    assert newest.archived_as == f"archive/{P}/市科技局__科技局第36周(修改)__20230906-110000__{newest.sha256[:8]}.xlsx"
    dup = by_file(result, "inbox/转发/科技局.xlsx")
    assert dup.archived_as.startswith(f"archive/{P}/市科技局__科技局__20230907-090000__")
    assert [w["code"] for w in dup.to_dict()["warnings"]] == ["duplicate-file"]
    other = by_file(result, "inbox/工信局35周.xlsx")
    assert (other.period, other.department) == ("2023-W35", "市工信局")
    assert other.archived_as.startswith("archive/2023-W35/市工信局__工信局35周__20230901-150000__")


def test_values_come_from_the_newest_return(kit):
    fill_busy_inbox(kit)
    result = merge_inbox(kit.ws, P, now=kit.now)
    mine = {v.id: v.actual for v in result.values if v.department == "市科技局"}
    assert mine == {"1.1": 2, "1.2": 4, "5.1": 0.6, "7": None}
    store = HistoryStore.for_workspace(kit.ws)
    assert {v.id: v.state for v in store.values("2023-W35")} == {"7": "正常推进"}
    assert {v.file for v in result.values if v.department == "市科技局"} == {
        by_file(result, "inbox/科技局第36周(修改).xlsx").archived_as}


def test_rejected_file_gets_a_chinese_reason(kit):
    fill_busy_inbox(kit)
    result = merge_inbox(kit.ws, P, now=kit.now)
    junk = by_file(result, "inbox/请查收.docx")
    assert junk.archived_as.startswith("archive/rejected/请查收__20230906-100000__")
    assert junk.to_dict()["errors"], "a rejected file says why"
    reason = (kit.ws.root / (junk.archived_as + ".reason.txt")).read_text(encoding="utf-8")
    assert "原文件：inbox/请查收.docx" in reason and "拒收" in reason
    assert junk.to_dict()["errors"][0]["message"] in reason
    assert result.needs_attention


def test_nothing_is_lost(kit):
    fill_busy_inbox(kit)
    before = tree(kit.ws.inbox)
    merge_inbox(kit.ws, P, now=kit.now)
    left = tree(kit.ws.inbox)
    assert sorted(left) == [".DS_Store", "~$科技局第36周.xlsx", "转发/Thumbs.db"]
    archived = {k: v for k, v in tree(kit.ws.archive).items() if not k.endswith(".reason.txt")}
    moved = {k: v for k, v in before.items() if k not in left}
    assert len(archived) == len(moved) == 6
    assert sorted(archived.values()) == sorted(moved.values())
    assert all(left[k] == before[k] for k in left), "ignored files are left untouched"


def test_rerun_gives_the_same_summary(kit):
    fill_busy_inbox(kit)
    first = merge_inbox(kit.ws, P, now=kit.now)
    archive = tree(kit.ws.archive)
    again = merge_inbox(kit.ws, P, now=kit.now)
    assert dump(again) == dump(first)
    assert again.moved == () and len(first.moved) == 6
    assert tree(kit.ws.archive) == archive


def test_reading_in_worker_processes_gives_the_same_result(kit, tmp_path):
    fill_busy_inbox(kit)
    twin = kit.copy_to(tmp_path / "twin")
    pooled = merge_inbox(kit.ws, P, now=kit.now, workers=2)
    assert dump(pooled) == dump(merge_inbox(twin.ws, P, now=kit.now, workers=1))
    assert tree(kit.ws.archive) == tree(twin.ws.archive)
    folders = [sorted(p.relative_to(ws.root).as_posix() for p in ws.archive.rglob("*") if p.is_dir())
               for ws in (kit.ws, twin.ws)]
    assert folders[0] == folders[1] and "archive/rejected" in folders[0]   # the workers made just these


def test_later_version_supersedes_an_earlier_merge(kit):
    kit.drop("市科技局", P, {"1.1": 1}, name="a.xlsx", received=datetime(2023, 9, 5, 10, 0))
    merge_inbox(kit.ws, P, now=kit.now)
    kit.drop("市科技局", P, {"1.1": 2}, name="b.xlsx", received=datetime(2023, 9, 6, 10, 0))
    result = merge_inbox(kit.ws, P, now=kit.now)
    assert statuses(result) == {"inbox/a.xlsx": SUPERSEDED, "inbox/b.xlsx": ACCEPTED}
    assert {v.id: v.actual for v in result.values if v.department == "市科技局"}["1.1"] == 2


def test_late_arrival_of_an_older_version_does_not_win(kit):
    kit.drop("市科技局", P, {"1.1": 2}, name="new.xlsx", received=datetime(2023, 9, 6, 10, 0))
    merge_inbox(kit.ws, P, now=kit.now)
    kit.drop("市科技局", P, {"1.1": 1}, name="old.xlsx", received=datetime(2023, 9, 5, 10, 0))
    result = merge_inbox(kit.ws, P, now=kit.now)
    assert statuses(result) == {"inbox/old.xlsx": SUPERSEDED, "inbox/new.xlsx": ACCEPTED}
    assert {v.id: v.actual for v in result.values if v.department == "市科技局"}["1.1"] == 2


def test_sidecar_arrival_time_wins_over_mtime_and_travels_along(kit):
    kit.drop("市科技局", P, {"1.1": 1}, name="a.xlsx", received=datetime(2023, 9, 7, 10, 0),
             sidecar={"received_at": "2023-09-05T10:00:00", "sender": "张三 <kjj@x.cn>"})
    kit.drop("市科技局", P, {"1.1": 2}, name="b.xlsx", received=datetime(2023, 9, 6, 10, 0))
    result = merge_inbox(kit.ws, P, now=kit.now)
    assert statuses(result) == {"inbox/a.xlsx": SUPERSEDED, "inbox/b.xlsx": ACCEPTED}
    a = by_file(result, "inbox/a.xlsx")
    assert (a.received_at, a.sender) == (datetime(2023, 9, 5, 10, 0), "张三 <kjj@x.cn>")
    assert (kit.ws.root / (a.archived_as + ".meta.json")).is_file()
    assert list(kit.ws.inbox.iterdir()) == []


def test_same_arrival_time_goes_to_the_later_workbook(kit):
    at = datetime(2023, 9, 6, 10, 0)
    kit.drop("市科技局", P, {"1.1": 2}, name="a.xlsx", received=at, modified=datetime(2023, 9, 6, 9, 0))
    kit.drop("市科技局", P, {"1.1": 1}, name="b.xlsx", received=at, modified=datetime(2023, 9, 5, 9, 0))
    result = merge_inbox(kit.ws, P, now=kit.now)
    assert statuses(result) == {"inbox/a.xlsx": ACCEPTED, "inbox/b.xlsx": SUPERSEDED}


def test_co_operator_contradicting_the_lead_is_flagged(kit):
    kit.drop("市科技局", P, {"5.1": 1.0}, name="lead.xlsx")
    kit.drop("市国资局", P, {"5.1": 1.4}, name="co.xlsx")
    result = merge_inbox(kit.ws, P, now=kit.now)
    notes = [i for i in result.issues if i.code == "lead-co-mismatch"]
    assert [(i.severity, i.value) for i in notes] == [("warning", "1.4")]
    assert "市科技局填报1" in notes[0].message and "市国资局填报1.4" in notes[0].message
    co = by_file(result, "inbox/co.xlsx")
    assert "lead-co-mismatch" in [w["code"] for w in co.to_dict()["warnings"]]
    assert {(v.department, v.role, v.actual) for v in result.values if v.id == "5.1"} == {
        ("市科技局", "lead", 1.0), ("市国资局", "co", 1.4)}


def test_missing_departments(kit):
    kit.drop("市科技局", P, {"1.1": 1})
    result = merge_inbox(kit.ws, P, now=kit.now)
    assert "市科技局" not in result.missing_departments
    assert set(result.missing_departments) == set(result.expected_departments) - {"市科技局"}
    assert result.to_dict()["missing_departments"] == list(result.missing_departments)


def test_summary_json_has_the_design_keys(kit):
    fill_busy_inbox(kit)
    data = merge_inbox(kit.ws, P, now=kit.now).to_dict()
    assert list(data) == ["period", "workbook", "files", "indicators", "tasks", "missing_departments"]
    assert list(data["files"][0]) == ["file", "sha256", "department", "period", "status", "archived_as",
                                      "errors", "warnings"]
    assert data["period"] == P


def test_history_feeds_latest_before(kit):
    kit.drop("市科技局", "2023-W35", {"1.1": 1, "1.2": 2}, name="35.xlsx", received=datetime(2023, 9, 1, 10))
    merge_inbox(kit.ws, "2023-W35", now=kit.now)
    kit.drop("市科技局", P, {"1.1": 2, "1.2": 5}, name="36.xlsx")
    merge_inbox(kit.ws, P, now=kit.now)
    store = HistoryStore.for_workspace(kit.ws)
    assert store.latest_before("市科技局", P) == {"1.1": 1, "1.2": 2, "5.1": None, "7": None}
    assert store.latest_before("市科技局", "2023-W37")["1.2"] == 5
    assert store.series("1.2") == [("2023-W35", "市科技局", 2), (P, "市科技局", 5)]


def test_decreasing_cumulative_is_checked_against_the_same_run(kit):
    kit.drop("市科技局", "2023-W35", {"1.2": 5}, name="35.xlsx", received=datetime(2023, 9, 1, 10))
    kit.drop("市科技局", P, {"1.2": 3}, name="36.xlsx")
    result = merge_inbox(kit.ws, P, now=kit.now)
    codes = [i.code for i in by_file(result, "inbox/36.xlsx").issues]
    assert "cumulative-decreased" in codes


# -- locking and crashes ----------------------------------------------------------------------------

def test_second_merge_is_refused_while_one_runs(kit):
    kit.drop("市科技局", P, {"1.1": 1})
    with workspace_lock(kit.ws):
        with pytest.raises(WorkspaceError, match="正在使用工作区"):
            merge_inbox(kit.ws, P, now=kit.now)
    assert len(list(kit.ws.inbox.iterdir())) == 1
    assert merge_inbox(kit.ws, P, now=kit.now).moved == (f"inbox/市科技局_{P}.xlsx",)


def test_a_killed_holder_leaves_no_stale_lock(kit):
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\nfrom tz_excel.config import Workspace\n"
         "from tz_excel.merge import workspace_lock\n"
         "with workspace_lock(Workspace(sys.argv[1])):\n    print('held', flush=True); time.sleep(60)",
         str(kit.ws.root)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(WorkspaceError, match=f"进程 {holder.pid}"):
            merge_inbox(kit.ws, P, now=kit.now)
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    assert str(merge_inbox(kit.ws, P, now=kit.now).period) == P


def _merge_in_subprocess(kit: MergeKit, crash_after: str) -> subprocess.CompletedProcess:
    code = ("import sys\nfrom datetime import datetime\nfrom tz_excel.config import Workspace\n"
            "from tz_excel.merge import merge_inbox\n"
            "merge_inbox(Workspace(sys.argv[1]), sys.argv[2], now=datetime.fromisoformat(sys.argv[3]))")
    env = dict(os.environ, TZ_EXCEL_CRASH_AFTER=crash_after)
    return subprocess.run([sys.executable, "-c", code, str(kit.ws.root), P, kit.now.isoformat()],
                          env=env, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("crash_after", ["copy:3", "rename:2", "rename:7", "commit", "remove:1", "remove:5"])
def test_killed_merge_loses_nothing_and_the_next_run_completes(kit, tmp_path, crash_after):
    fill_busy_inbox(kit)
    clean = kit.copy_to(tmp_path / "clean")
    expected = merge_inbox(clean.ws, P, now=kit.now)

    crashed = _merge_in_subprocess(kit, crash_after)
    assert crashed.returncode == 70, crashed.stderr
    result = merge_inbox(kit.ws, P, now=kit.now)

    assert dump(result) == dump(expected)
    assert tree(kit.ws.archive) == tree(clean.ws.archive)
    assert tree(kit.ws.inbox) == tree(clean.ws.inbox)
    ledger = HistoryStore.for_workspace(kit.ws).ledger()
    assert len(ledger) == len(HistoryStore.for_workspace(clean.ws).ledger()) == 6


def _archived_something(kit: MergeKit) -> bool:
    return kit.ws.archive.is_dir() and any(kit.ws.archive.rglob("*.xlsx*"))


def _inbox_shrank(kit: MergeKit) -> bool:
    return len(list(kit.ws.inbox.rglob("*.xlsx"))) < 17


@pytest.mark.parametrize("moment", [_archived_something, _inbox_shrank])
def test_sigkill_while_moving_loses_nothing(kit, tmp_path, moment):
    fill_busy_inbox(kit)
    for n in range(12):
        kit.drop("市科技局", "2023-W30", {"1.1": n}, name=f"旧/{n:02d}.xlsx", received=datetime(2023, 7, 28, 9, n))
    clean = kit.copy_to(tmp_path / "clean")
    expected = merge_inbox(clean.ws, P, now=kit.now)
    victim = subprocess.Popen([sys.executable, "-c", (
        "import sys\nfrom datetime import datetime\nfrom tz_excel.config import Workspace\n"
        "from tz_excel.merge import merge_inbox\n"
        "merge_inbox(Workspace(sys.argv[1]), sys.argv[2], now=datetime.fromisoformat(sys.argv[3]))"),
        str(kit.ws.root), P, kit.now.isoformat()])
    while victim.poll() is None and not moment(kit):
        time.sleep(0.0002)
    victim.send_signal(signal.SIGKILL)
    victim.wait()
    result = merge_inbox(kit.ws, P, now=kit.now)
    assert dump(result) == dump(expected)
    assert tree(kit.ws.archive) == tree(clean.ws.archive)
    assert tree(kit.ws.inbox) == tree(clean.ws.inbox)


# -- untrusted files --------------------------------------------------------------------------------

def zip_bomb(path: Path, megabytes: int = 1000) -> None:
    """An .xlsx-shaped zip whose sheet inflates to ``megabytes`` MB of nothing (~230:1)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            block = b" " * (1 << 20)
            for _ in range(megabytes):
                sheet.write(block)


def test_zip_bomb_is_rejected_quickly_and_the_rest_merged(kit, tmp_path):
    bomb = tmp_path / "bomb.xlsx"
    zip_bomb(bomb)
    kit.put("报表.xlsx", bomb.read_bytes())
    kit.drop("市科技局", P, {"1.1": 1})
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    result = merge_inbox(kit.ws, P, now=kit.now)
    elapsed = time.perf_counter() - started
    assert statuses(result) == {"inbox/报表.xlsx": REJECTED, f"inbox/市科技局_{P}.xlsx": ACCEPTED}
    assert elapsed < 3, "the bomb is refused without inflating it"
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) / 1024
    assert grown_mb < 100


def test_openpyxl_parses_xml_with_defusedxml():
    import openpyxl

    assert openpyxl.DEFUSEDXML is True


def test_symlink_in_inbox_is_ignored_and_left(kit, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("not for the archive")
    (kit.ws.inbox / "link.xlsx").symlink_to(secret)
    result = merge_inbox(kit.ws, P, now=kit.now)
    assert statuses(result) == {"inbox/link.xlsx": IGNORED}
    assert (kit.ws.inbox / "link.xlsx").is_symlink()


# -- the command line -------------------------------------------------------------------------------

def test_cli_merge_json_and_exit_code(kit, capsys):
    kit.drop("市科技局", P, {"1.1": 1})
    kit.put("坏文件.xlsx", b"garbage")
    code = main(["--workspace", str(kit.ws.root), "merge", "--period", P, "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 1                       # a rejected file needs attention
    assert {f["file"]: f["status"] for f in data["files"]} == {
        f"inbox/市科技局_{P}.xlsx": ACCEPTED, "inbox/坏文件.xlsx": REJECTED}
    assert not any(kit.ws.inbox.iterdir())


def test_cli_merge_json_is_one_line_for_a_program(kit, capsys):
    kit.drop("市科技局", P, {"1.1": 1})
    main(["--workspace", str(kit.ws.root), "merge", "--period", P, "--json"])
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and json.loads(out)["period"] == P


def test_cli_merge_into_a_closed_pipe_is_done_quietly(kit):
    """`tz-excel merge --json | head -c 10`: the reader leaves before the summary is written; the
    merge is complete and the command says nothing about a defect."""
    kit.drop("市科技局", P, {"1.1": 1})
    read, write = os.pipe()
    os.close(read)                                   # nobody will read the summary
    try:
        done = subprocess.run([sys.executable, "-m", "tz_excel", "--workspace", str(kit.ws.root), "merge",
                               "--period", P, "--json"], stdout=write, stderr=subprocess.PIPE, text=True)
    finally:
        os.close(write)
    assert done.returncode == 141, done.stderr
    assert done.stderr == ""
    assert not any(kit.ws.inbox.iterdir())
    assert any((kit.ws.root / "archive" / P).iterdir())


def test_cli_merge_text_summary(kit, capsys):
    kit.drop("市科技局", P, {"1.1": 1})
    main(["--workspace", str(kit.ws.root), "merge", "--period", P])
    out = capsys.readouterr().out
    assert "2023年第36周" in out and "已报 1 个" in out
