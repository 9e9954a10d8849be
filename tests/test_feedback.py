"""feedback: the clerk's own return back, problem cells marked, a 问题清单 sheet; the original untouched."""

from __future__ import annotations

import hashlib
from datetime import datetime

import pytest
from openpyxl import load_workbook

from _office import PERIOD, fill, small_catalogue, small_office
from tz_excel.errors import WorkbookReadError
from tz_excel.feedback import ERROR_FILL, ISSUES_SHEET, WARNING_FILL, annotate_return, feedback_items, issue_lines
from tz_excel.records import FileOutcome
from tz_excel.validation import ERROR, WARNING, Issue


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def faulty(tmp_path):
    """A merged workspace where 市科技局 sent approximate and non-numeric values."""
    from tz_excel.cycle import consolidate

    ws = small_office(tmp_path / "office")
    fill(ws, "市科技局", {"1.1": "约1个", "1.2": "正在推进", "5.1": "=1+1"})
    result = consolidate(ws, PERIOD, now=datetime(2023, 9, 8, 18, 0))
    return ws, result


def test_annotated_copy_marks_cells_and_lists_issues(faulty, tmp_path):
    ws, result = faulty
    [item] = feedback_items(ws, result, PERIOD)
    assert item.department == "市科技局" and item.original is not None
    before = _sha(item.original)
    codes = {(i.code, i.cell) for i in item.issues}
    assert ("not-a-number", "J6") in codes and ("approximate-value", "J5") in codes

    out = annotate_return(item.original, tmp_path / "copy.xlsx", item.issues, department="市科技局", period=PERIOD)

    assert _sha(item.original) == before
    book = load_workbook(out)
    sheet = book["填报表"]
    assert sheet["J6"].fill.fgColor.rgb.endswith(ERROR_FILL)
    assert sheet["J5"].fill.fgColor.rgb.endswith(WARNING_FILL)
    assert "正在推进" in sheet["J6"].comment.text and sheet["J6"].comment.text.startswith("【错误】")
    assert book.sheetnames == ["填报表", "填报说明", "_meta", ISSUES_SHEET]
    assert book["_meta"].sheet_state == "hidden"
    assert book.active.title == ISSUES_SHEET and not sheet.sheet_view.tabSelected
    listed = [row for row in book[ISSUES_SHEET].iter_rows(min_row=4, values_only=True)]
    assert len(listed) == len(item.issues)
    assert {(r[2], r[3]) for r in listed} >= {("J6", "错误"), ("J5", "提示")}
    typed = [r[5] for r in listed if r[2] == "J7"]
    assert typed == ["=1+1"] and book[ISSUES_SHEET].cell(4 + [r[2] for r in listed].index("J7"), 6).data_type == "s"


def test_corrected_copy_reads_as_a_clean_return(faulty, tmp_path):
    from tz_excel.clerks import fill_return
    from tz_excel.intake import read_return
    from tz_excel.validation import validate_return

    ws, result = faulty
    [item] = feedback_items(ws, result, PERIOD)
    copy = annotate_return(item.original, tmp_path / "copy.xlsx", item.issues, department="市科技局", period=PERIOD)
    fixed = fill_return(copy, tmp_path / "fixed.xlsx", {"1.1": 1, "1.2": 5, "5.1": 0.9})

    catalogue = small_catalogue()
    ret = read_return(fixed, catalogue)
    issues = list(ret.issues) + list(validate_return(ret, catalogue))
    assert (ret.department, ret.period) == ("市科技局", "2023-W36")
    assert [(i.code, i.cell) for i in issues if i.is_error] == []


def test_latest_return_decides_and_duplicates_collapse(tmp_path):
    ws = small_office(tmp_path / "office")
    issue = Issue("not-a-number", ERROR, "J6 填写的“正在推进”不是数字。", cell="J6", value="正在推进")
    early = FileOutcome("inbox/a.xlsx", "a" * 64, "rejected", "市科技局", "2023-W36",
                        received_at=datetime(2023, 9, 7, 9, 0), issues=(issue, issue))
    late = FileOutcome("inbox/b.xlsx", "b" * 64, "accepted", "市科技局", "2023-W36",
                       received_at=datetime(2023, 9, 8, 9, 0))
    other = FileOutcome("inbox/c.xlsx", "c" * 64, "accepted", "市工信局", "2023-W36",
                        received_at=datetime(2023, 9, 8, 9, 0), issues=(issue, issue))

    class Result:
        files = (early, late, other)

    items = feedback_items(ws, Result, PERIOD)

    assert [(i.department, len(i.issues), i.original) for i in items] == [("市工信局", 1, None)]


def test_issue_lines_do_not_repeat_the_cell():
    lines = issue_lines([Issue("x", WARNING, "J5单元格填写的是约数。", cell="J5"),
                         Issue("y", ERROR, "表格结构被修改。", cell="B2")])
    assert lines == "    1. 【提示】J5单元格填写的是约数。\n    2. 【错误】B2：表格结构被修改。"


def test_non_workbook_cannot_be_annotated(tmp_path):
    bogus = tmp_path / "a.xlsx"
    bogus.write_bytes(b"not a zip")
    with pytest.raises(WorkbookReadError):
        annotate_return(bogus, tmp_path / "out" / "a.xlsx", [])
    assert not (tmp_path / "out" / "a.xlsx").exists() and bogus.read_bytes() == b"not a zip"


def test_cli_merge_with_feedback_writes_the_marked_return_as_mail(tmp_path, capsys):
    """`tz-excel merge --json --feedback`: JSON on stdout stays parseable, feedback goes out as .eml."""
    import json

    from tz_excel.cli import main

    ws = small_office(tmp_path / "office")
    fill(ws, "市科技局", {"1.1": "约1个", "1.2": "正在推进"})
    code = main(["-w", str(ws.root), "merge", "--period", str(PERIOD), "--json", "--feedback"])
    out = capsys.readouterr()
    summary = json.loads(out.out)
    assert code == 1 and summary["period"] == str(PERIOD)
    mails = list(ws.mail_dir(PERIOD).glob("*.eml"))
    assert len(mails) == 1 and "市科技局" in mails[0].name
    assert "问题" in out.err
