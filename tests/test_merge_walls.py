"""One bad file never stops the week (merge side): names, odd inbox entries, dying readers,
a store that refuses, a defect at command level (exit 3), uploads through another's link."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from tz_excel.cycle import consolidate
from tz_excel.merge import merge_inbox
from tz_excel.records import ACCEPTED, IGNORED, REJECTED
from tz_excel.store import HistoryStore

from _mergekit import MergeKit, tree

P = "2023-W36"
LONG = "关于报送" * 18                      # 72 characters, 216 bytes in UTF-8


@pytest.fixture
def kit(tmp_path) -> MergeKit:
    return MergeKit.create(tmp_path / "ws")


def by_file(result, file: str):
    return next(f for f in result.files if f.file == file)


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def archived_names(root: Path) -> list[str]:
    return [p.name for p in (root / "archive").rglob("*")]


def run_cli(kit: MergeKit, *args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tz_excel", "--workspace", str(kit.ws.root), *args],
                          capture_output=True, text=True, timeout=300, env={**os.environ, **env})


# -- names ---------------------------------------------------------------------------------------

def test_a_long_chinese_name_is_archived_under_a_name_bounded_in_bytes(kit):
    kit.drop("市科技局", P, {"1.1": 1}, name=f"{LONG}.xlsx")
    kit.put(f"{LONG}（其他）.docx", b"not a workbook")
    result = merge_inbox(kit.ws, P, now=kit.now)
    assert by_file(result, f"inbox/{LONG}.xlsx").status == ACCEPTED
    assert by_file(result, f"inbox/{LONG}（其他）.docx").status == REJECTED
    names = archived_names(kit.ws.root)
    assert any(n.endswith(".reason.txt") for n in names)
    assert max(len(n.encode()) for n in names) <= 255
    assert not list(kit.ws.inbox.rglob("*.*"))


def test_a_name_in_gbk_bytes_is_archived_and_its_bytes_kept(kit):
    raw = "科技局第36周报送.xlsx".encode("gbk")
    path = kit.drop("市科技局", P, {"1.1": 1}, name="x.xlsx")
    os.rename(path, os.fsencode(kit.ws.inbox) + b"/" + raw)
    junk_raw = "说明.docx".encode("gbk")
    with open(os.fsencode(kit.ws.inbox) + b"/" + junk_raw, "wb") as f:
        f.write(b"junk")
    result = merge_inbox(kit.ws, P, now=kit.now)
    accepted = by_file(result, "inbox/科技局第36周报送.xlsx")       # shown decoded as GB18030
    assert accepted.status == ACCEPTED
    note = next(i for i in accepted.issues if i.code == "file-name-not-text")
    assert note.value == raw.hex() and raw.hex(" ") in note.message
    rejected = by_file(result, "inbox/说明.docx")
    assert rejected.status == REJECTED
    reason = (kit.ws.root / (rejected.archived_as + ".reason.txt")).read_text(encoding="utf-8")
    assert junk_raw.hex(" ") in reason
    stored = HistoryStore.for_workspace(kit.ws).ledger(P)          # the ledger kept the note
    assert any(i.code == "file-name-not-text" for o in stored for i in o.issues)
    assert os.listdir(os.fsencode(kit.ws.inbox)) == []


# -- what is left alone -----------------------------------------------------------------------

def test_a_pipe_a_link_and_a_lock_file_are_left_alone_with_reasons(kit):
    good = kit.drop("市科技局", P, {"1.1": 1})
    os.mkfifo(kit.ws.inbox / "管道.xlsx")
    os.symlink(good, kit.ws.inbox / "链接.xlsx")
    kit.put("~$市科技局.xlsx", b"\x0e held by Excel")
    kit.put("孤立.xlsx.meta.json", b"{}")
    # A FIFO opened for reading would block forever: run the merge where a hang fails the test.
    out = run_cli(kit, "merge", "--period", P, "--json")
    assert out.returncode in (0, 1), out.stderr
    files = {f["file"]: f for f in json.loads(out.stdout)["files"]}
    for name in ("管道.xlsx", "链接.xlsx", "~$市科技局.xlsx", "孤立.xlsx.meta.json"):
        entry = files[f"inbox/{name}"]
        assert entry["status"] == IGNORED and entry["warnings"][0]["code"] == "left-alone", name
    assert "管道" in files["inbox/管道.xlsx"]["warnings"][0]["message"] or \
        "普通文件" in files["inbox/管道.xlsx"]["warnings"][0]["message"]
    assert "符号链接" in files["inbox/链接.xlsx"]["warnings"][0]["message"]
    assert "锁定文件" in files["inbox/~$市科技局.xlsx"]["warnings"][0]["message"]
    assert files[f"inbox/{good.name}"]["status"] == ACCEPTED
    assert (kit.ws.inbox / "管道.xlsx").exists() and (kit.ws.inbox / "链接.xlsx").is_symlink()
    assert "未处理" in run_cli(kit, "merge", "--period", P).stdout


# -- a reader that dies ---------------------------------------------------------------------------

def test_a_file_that_kills_its_reader_is_rejected_and_the_rest_merge(kit):
    for n, department in enumerate(("市科技局", "市工信局", "市水利局")):
        kit.drop(department, P, {}, state={"7": "正常推进"} if department == "市工信局" else {},
                 name=f"{n}.xlsx")
    kit.drop("市住建局", P, {}, name="致命.xlsx")
    before = {p.name: sha(p.read_bytes()) for p in kit.ws.inbox.iterdir()}
    out = run_cli(kit, "merge", "--period", P, "--json", TZ_EXCEL_CRASH_READING="致命.xlsx")
    assert out.returncode == 1, out.stderr                 # done, with a rejected file
    files = {f["file"]: f for f in json.loads(out.stdout)["files"]}
    culprit = files["inbox/致命.xlsx"]
    assert culprit["status"] == REJECTED and culprit["errors"][0]["code"] == "internal-error"
    assert all(files[f"inbox/{n}.xlsx"]["status"] == ACCEPTED for n in range(3))
    for entry in files.values():                            # every byte archived as it came
        assert sha((kit.ws.root / entry["archived_as"]).read_bytes()) == before[Path(entry["file"]).name]
    assert "killed its reader" in (kit.ws.root / "tz_excel.log").read_text(encoding="utf-8")


def test_many_files_and_one_killer_in_a_pool(kit):
    for n in range(40):
        kit.drop("市科技局", P, {"1.1": n}, name=f"科技局{n:02d}.xlsx",
                 received=datetime(2023, 9, 6, 10, n))
    kit.drop("市工信局", P, {}, name="工信局.xlsx")
    out = run_cli(kit, "merge", "--period", P, "--json", TZ_EXCEL_CRASH_READING="科技局17.xlsx")
    files = {f["file"]: f["status"] for f in json.loads(out.stdout)["files"]}
    assert files["inbox/科技局17.xlsx"] == REJECTED
    assert files["inbox/科技局39.xlsx"] == ACCEPTED and files["inbox/工信局.xlsx"] == ACCEPTED
    assert sum(s == "superseded" for s in files.values()) == 38
    assert not list(kit.ws.inbox.iterdir())


# -- the store refuses the batch, a defect at command level ---------------------------------------

def test_a_store_that_refuses_the_batch_records_file_by_file(kit):
    kit.drop("市科技局", P, {"1.1": 1}, name="科技局.xlsx")
    kit.drop("市工信局", P, {}, state={"7": "正常推进"}, name="工信局.xlsx")
    kit.put("坏.xlsx", b"garbage")
    twin = kit.copy_to(kit.ws.root.parent / "twin")
    out = run_cli(kit, "merge", "--period", P, "--json", TZ_EXCEL_FAULT="commit")
    assert out.returncode == 1, out.stderr
    clean = run_cli(twin, "merge", "--period", P, "--json")
    def summary(text: str, root: Path) -> list:
        return sorted((f["file"], f["status"], f["archived_as"]) for f in json.loads(text)["files"])
    assert summary(out.stdout, kit.ws.root) == summary(clean.stdout, twin.ws.root)
    assert "recording the merge failed" in (kit.ws.root / "tz_excel.log").read_text(encoding="utf-8")
    assert not list(kit.ws.inbox.iterdir())
    assert run_cli(kit, "merge", "--period", P, "--json").stdout == out.stdout


def test_a_defect_at_command_level_exits_3_and_loses_nothing(kit):
    kit.drop("市科技局", P, {"1.1": 1}, name="科技局.xlsx")
    original = (kit.ws.inbox / "科技局.xlsx").read_bytes()
    out = run_cli(kit, "merge", "--period", P, TZ_EXCEL_FAULT="report")
    assert out.returncode == 3
    log = kit.ws.root / "tz_excel.log"
    assert "程序内部错误" in out.stderr and str(log) in out.stderr and "Traceback" not in out.stderr
    assert "InjectedFault" in log.read_text(encoding="utf-8")
    archived = [p for p in (kit.ws.root / "archive").rglob("*.xlsx")]
    assert [p.read_bytes() for p in archived] == [original]        # merged and archived before the fault
    again = run_cli(kit, "merge", "--period", P, "--json")
    assert again.returncode in (0, 1) and json.loads(again.stdout)["workbook"]


# -- uploads through a department's link ----------------------------------------------------------

def test_a_return_uploaded_through_another_departments_link_counts_for_neither(kit):
    kit.drop("市科技局", P, {"1.1": 1}, name="上传1.xlsx",
             sidecar={"received_at": "2023-09-06T10:00:00+08:00", "source": "web", "department": "市工信局"})
    kit.drop("市工信局", P, {}, state={"7": "正常推进"}, name="上传2.xlsx",
             sidecar={"received_at": "2023-09-06T11:00:00+08:00", "source": "web", "department": "市工信局"})
    result = merge_inbox(kit.ws, P, now=kit.now)
    wrong = by_file(result, "inbox/上传1.xlsx")
    assert wrong.status == REJECTED and [i.code for i in wrong.issues if i.is_error] == ["identity-mismatch"]
    assert "市科技局" in wrong.issues[-1].message and "市工信局" in wrong.issues[-1].message
    assert by_file(result, "inbox/上传2.xlsx").status == ACCEPTED
    assert "市科技局" in result.missing_departments
    assert {v.department for v in result.values} == {"市工信局"}


def test_nothing_is_lost_whatever_the_inbox_holds(kit):
    """Every file that left inbox/ lies in archive/ with the same bytes."""
    kit.drop("市科技局", P, {"1.1": "1" * 400}, name="巨大数字.xlsx")
    kit.put(f"{LONG}.xlsx", b"PK\x03\x04" + os.urandom(64))
    kit.put("空.xlsx", b"")
    before = {p.relative_to(kit.ws.inbox).as_posix(): sha(p.read_bytes()) for p in kit.ws.inbox.rglob("*")}
    result = consolidate(kit.ws, P, now=kit.now)             # the report too: no NaN or inf reaches it
    assert (kit.ws.root / result.workbook).is_file()
    archived = {sha(data) for name, data in tree(kit.ws.root / "archive").items()
                if not name.endswith((".reason.txt", ".meta.json"))}
    assert set(before.values()) <= archived
    assert all(f.status in (ACCEPTED, REJECTED) for f in result.files)


# -- one cadence a year ----------------------------------------------------------------------------

def test_changing_the_cadence_mid_year_is_refused_with_the_reason(kit):
    kit.drop("市科技局", P, {"1.1": 1})
    merge_inbox(kit.ws, P, now=kit.now)
    settings = kit.ws.settings_path
    settings.write_text('[office]\ncadence = "month"\n', encoding="utf-8")
    for command in (["merge", "--period", "2023-09"], ["generate", "--period", "2023-09"]):
        out = run_cli(kit, *command)
        assert out.returncode == 2, command
        assert "同一年度内不能更改报送周期" in out.stderr and "按周" in out.stderr
    out = run_cli(kit, "merge", "--period", P)                    # a week's period in a monthly workspace
    assert out.returncode == 2 and "2023-09" in out.stderr
