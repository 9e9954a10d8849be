import subprocess
import sys

from tz_excel.locks import file_lock, holder_of, write_holder


def test_second_holder_is_refused_until_the_first_lets_go(tmp_path):
    path = tmp_path / ".lock"
    with file_lock(path) as first:
        assert first is not None
        write_holder(first, "4242        2023-09-08T18:00:00\n")
        with file_lock(path) as second:
            assert second is None
        assert holder_of(path) == "4242"
    with file_lock(path) as again:
        assert again is not None


def test_a_killed_holder_leaves_no_stale_lock(tmp_path):
    path = tmp_path / ".lock"
    code = f"import os; from tz_excel.locks import file_lock\nwith file_lock({str(path)!r}) as fd: os._exit(9)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 9
    with file_lock(path) as fd:
        assert fd is not None


def test_holder_of_a_missing_or_empty_file_is_unknown(tmp_path):
    assert holder_of(tmp_path / "none") == "未知"
    (tmp_path / "empty").write_bytes(b"")
    assert holder_of(tmp_path / "empty") == "未知"
