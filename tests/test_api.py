"""The public API: every exported name resolves, is documented, and the package imports lightly."""

import subprocess
import sys

import tz_excel


def test_every_exported_name_resolves_and_is_documented():
    for name in tz_excel.__all__:
        value = getattr(tz_excel, name)
        if callable(value):
            assert (value.__doc__ or "").strip(), f"{name} has no docstring"


def test_star_import_gives_the_stages():
    namespace: dict = {}
    exec("from tz_excel import *", namespace)
    assert {"parse_notice", "generate_forms", "merge_inbox", "assess_period", "send_report"} <= set(namespace)


def test_import_does_not_pull_in_heavy_stages():
    code = "import sys, tz_excel, tz_excel.cli; print(any(m in sys.modules for m in ('sqlalchemy', 'pandas')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_bundled_notice_is_package_data():
    text = tz_excel.BUNDLED_NOTICE.read_text(encoding="utf-8")
    assert text.startswith("滕政办发〔2023〕30号")
    assert len(tz_excel.parse_notice(tz_excel.BUNDLED_NOTICE).tasks) == 75


def test_module_entry_point_runs():
    out = subprocess.run([sys.executable, "-m", "tz_excel", "--help"], capture_output=True, text=True)
    assert out.returncode == 0 and "tz-excel" in out.stdout
