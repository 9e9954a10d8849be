"""The identity a workspace keeps in tz_excel.id: written by init, kept by moves, copies and --force."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tz_excel.config import Workspace
from tz_excel.errors import ConfigError, WorkspaceError
from tz_excel.office import init_workspace

ROOT = Path(__file__).resolve().parent.parent


def test_init_writes_the_identity_and_init_force_keeps_it(tmp_path):
    ws = Workspace(tmp_path / "office")
    init_workspace(ws)
    text = (ws.root / "tz_excel.id").read_text(encoding="utf-8")
    first = Workspace(ws.root).identity
    assert text.startswith("# tz_excel 工作区标识") and text.rstrip().endswith(first) and len(first) == 32
    init_workspace(Workspace(ws.root), force=True)
    assert Workspace(ws.root).identity == first


def test_a_workspace_copied_to_another_place_keeps_its_identity(tmp_path):
    ws = Workspace(tmp_path / "office")
    ws.root.mkdir()
    identity = ws.identity
    shutil.copytree(ws.root, tmp_path / "other-machine" / "office")
    assert Workspace(tmp_path / "other-machine" / "office").identity == identity


def test_two_new_workspaces_get_different_identities(tmp_path):
    a, b = Workspace(tmp_path / "a"), Workspace(tmp_path / "b")
    a.root.mkdir(), b.root.mkdir()
    assert a.identity != b.identity


@pytest.mark.parametrize("content", ["", "# only a comment\n", "two\nlines\n", "空格 不行\n", "x" * 65 + "\n"])
def test_a_damaged_identity_file_is_a_clear_error(tmp_path, content):
    (tmp_path / "tz_excel.id").write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match="工作区标识文件 tz_excel.id 内容有误") as caught:
        Workspace(tmp_path).identity
    assert "请从备份中恢复该文件" in caught.value.message


def test_an_identity_written_by_hand_is_accepted(tmp_path):
    (tmp_path / "tz_excel.id").write_text("\ufeff# 办公室标识\n\n  tengzhou-fgj.2023  \n", encoding="utf-8")
    assert Workspace(tmp_path).identity == "tengzhou-fgj.2023"


def test_a_workspace_that_cannot_be_written_says_so(tmp_path):
    with pytest.raises(WorkspaceError, match="无法在 .* 写入工作区标识文件 tz_excel.id"):
        Workspace(tmp_path / "missing").identity


def test_processes_starting_at_once_in_an_older_workspace_agree_on_one_identity(tmp_path):
    script = ("import sys, time\nfrom tz_excel.config import Workspace\n"
              "while time.time() < float(sys.argv[2]): pass\nprint(Workspace(sys.argv[1]).identity)\n")
    start = time.time() + 1.5
    procs = [subprocess.Popen([sys.executable, "-c", script, str(tmp_path), str(start)], stdout=subprocess.PIPE,
                              text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}) for _ in range(4)]
    ids = {p.communicate(timeout=60)[0].strip() for p in procs}
    assert ids == {Workspace(tmp_path).identity}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tz_excel.id"]        # no temporary file left
