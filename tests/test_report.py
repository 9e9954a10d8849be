"""The consolidated workbook, read back with openpyxl and printed by a real LibreOffice."""

import dataclasses
import json
import math
import shutil
import subprocess
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from tz_excel.assess import assess_period, format_status_table
from tz_excel.config import Settings, Workspace
from tz_excel.merge import MergeResult
from tz_excel.findings import ERROR, WARNING, Issue
from tz_excel.records import FileOutcome, Value
from tz_excel.periods import Period
from tz_excel.report import (
    INDICATOR_COLUMNS, MISSING_FILL, SHEETS, STATUS_FILLS, chinese_numeral,
    line_count, put_cells, report_path, worst_shortfalls, write_report,
)
from tz_excel.store import HistoryStore

from _reportdata import (
    GOLDEN, PERIOD, sample_catalogue, sample_result, sample_values, snapshot, v, write_sample_report,
)

NOW = datetime(2023, 9, 11, 8, 30)
# openpyxl drops the x14 extensions (data bar details, sparklines) it cannot model; the tests read
# those from the XML instead.
pytestmark = pytest.mark.filterwarnings("ignore:.*extension is not supported:UserWarning")


def build(root, values=None, store=None, catalogue=None, now=NOW):
    cat = catalogue or sample_catalogue()
    result = sample_result(cat, values)
    a, t = assess_period(cat, result.values, PERIOD, Settings())
    return write_report(Workspace(root), cat, Period.parse(PERIOD), result, a, t, store=store, now=now)


@pytest.fixture(scope="module")
def book_path(tmp_path_factory):
    return build(tmp_path_factory.mktemp("ws"))


@pytest.fixture(scope="module")
def book(book_path):
    return openpyxl.load_workbook(book_path)


def rows_of(ws, header_row=3):
    """Data rows as dicts keyed by the header texts."""
    header = [c.value for c in ws[header_row]]
    return [dict(zip(header, row)) for row in ws.iter_rows(min_row=header_row + 1, values_only=True)
            if any(x not in (None, "") for x in row)]


def cells_of(ws, header_row=3):
    header = [c.value for c in ws[header_row]]
    return [dict(zip(header, row)) for row in ws.iter_rows(min_row=header_row + 1)]


def fill(cell):
    return (cell.fill.fgColor.rgb or "")[-6:].upper()


def find(ws, text):
    for row in ws.iter_rows():
        for cell in row:
            if cell.value == text:
                return cell
    raise AssertionError(f"{text!r} not on {ws.title}")


# -- file and sheets -------------------------------------------------------------------------
def test_path_and_sheet_names(tmp_path, book_path, book):
    assert book_path.name == "2023年重点任务推进情况汇总_2023-W36.xlsx"
    assert book_path.parent.name == "2023-W36" and book_path.parent.parent.name == "outbox"
    assert book.sheetnames == list(SHEETS) == ["总览", "指标进度", "任务进展", "报送情况", "校验问题", "趋势"]
    assert report_path(Workspace(tmp_path), sample_catalogue(), "2023-W36").name == book_path.name
    assert not list(book_path.parent.glob(".*partial*"))


def test_same_inputs_give_identical_bytes(tmp_path, book_path):
    again = build(tmp_path / "other")
    assert again.read_bytes() == book_path.read_bytes()
    assert build(tmp_path / "other").read_bytes() == book_path.read_bytes()   # overwrite in place


def test_matches_golden_snapshot(tmp_path):
    """Every cell's value, number format and fill; regenerate on purpose: python tests/_reportdata.py"""
    golden = json.loads((Path(__file__).parent / GOLDEN).read_text(encoding="utf-8"))
    shot = json.loads(json.dumps(snapshot(write_sample_report(tmp_path)), ensure_ascii=False))
    for sheet in golden:
        assert shot[sheet] == golden[sheet], sheet
    assert list(shot) == list(golden)


def test_now_is_the_only_clock(tmp_path, book_path, book):
    assert "生成时间：2023-09-11 08:30" in find_text(book["总览"], "生成时间")
    later = build(tmp_path / "later", now=datetime(2023, 9, 12, 9, 0))
    assert later.read_bytes() != book_path.read_bytes()
    undated = openpyxl.load_workbook(build(tmp_path / "undated", now=None))
    assert "生成时间" not in (undated["总览"]["A2"].value or "")
    assert book.properties.created == datetime(2023, 1, 1)


def find_text(ws, part):
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and part in cell.value:
                return cell.value
    raise AssertionError(part)


# -- 指标进度 ---------------------------------------------------------------------------------
def test_indicator_values_and_statuses(book):
    rows = {r["指标编号"].value: r for r in cells_of(book["指标进度"]) if r["指标编号"].value}
    assert list(rows) == ["1.1", "1.2", "2.1", "2.2", "4.1", "25.1", "33.1", "64.1"]
    firms = rows["4.1"]
    assert firms["部分"].value == "一" and firms["任务编号"].value == 4
    assert firms["目标值"].value == 195 and firms["单位"].value == "家" and firms["要求"].value == "≥"
    assert firms["累计完成值"].value == 120 and firms["累计完成值"].data_type == "n"
    assert firms["序时进度"].value == pytest.approx(195 * 253 / 365)
    assert firms["完成率"].value == pytest.approx(120 / 195) and firms["完成率"].number_format == "0.0%"
    assert firms["差距"].value == pytest.approx(195 * 253 / 365 - 120)
    assert firms["状态"].value == "进度滞后"
    assert firms["牵头单位"].value == "市科技局"
    assert "市工信局报送150家" in firms["备注"].value
    assert rows["33.1"]["要求"].value == "≤" and rows["33.1"]["状态"].value == "正常推进"
    assert rows["2.1"]["要求"].value == "左右"
    assert rows["2.2"]["力争"].value == "力争" and rows["4.1"]["力争"].value in (None, "")
    assert rows["2.2"]["累计完成值"].value is None and rows["2.2"]["状态"].value == "数据有误"


def test_gap_shown_only_when_short_of_schedule(book):
    rows = {r["指标编号"]: r for r in rows_of(book["指标进度"])}
    assert rows["4.1"]["差距"] == pytest.approx(195 * 253 / 365 - 120)         # behind: shown
    assert rows["64.1"]["差距"] == pytest.approx(45)                           # level, severe
    assert rows["1.2"]["差距"] > 0
    # met (1.1), a cap within its pro-rated limit (33.1), a level ahead (25.1), 左右 met (2.1): blank
    assert [rows[i]["差距"] for i in ("1.1", "33.1", "25.1", "2.1")] == [None] * 4
    assert "未落后的不填" in book["指标进度"]["A2"].value and "差距为正" not in book["指标进度"]["A2"].value


def test_gap_of_a_cap_shows_the_excess(tmp_path):
    values = [x for x in sample_values() if x.id != "33.1"] + [v("市城乡水务局", "33.1", 2.5)]
    rows = {r["指标编号"]: r for r in rows_of(openpyxl.load_workbook(build(tmp_path, values=values))["指标进度"])}
    assert rows["33.1"]["状态"] == "进度滞后"
    assert rows["33.1"]["差距"] == pytest.approx(2.5 - 3.05 * 253 / 365)


def test_status_fills(book):
    rows = {r["指标编号"].value: r for r in cells_of(book["指标进度"]) if r["指标编号"].value}
    expected = {"1.1": "met", "1.2": "behind", "2.2": "invalid", "33.1": "on_track", "64.1": "severe"}
    for ident, status in expected.items():
        assert fill(rows[ident]["状态"]) == STATUS_FILLS[status][1:].upper(), ident
    assert len({fill(rows[i]["状态"]) for i in expected}) == 5


def test_no_data_fill_is_grey(tmp_path):
    book = openpyxl.load_workbook(build(tmp_path, values=[]))
    rows = [r for r in cells_of(book["指标进度"]) if r["指标编号"].value]
    assert {r["状态"].value for r in rows} == {"未报送"}
    assert {fill(r["状态"]) for r in rows} == {STATUS_FILLS["no_data"][1:].upper()}


def test_indicator_sheet_setup(book):
    ws = book["指标进度"]
    bars = [r for cf in ws.conditional_formatting for r in cf.rules if r.type == "dataBar"]
    ranges = [str(cf.sqref) for cf in ws.conditional_formatting]
    assert bars and ranges == ["L4:L11"]
    assert ws.auto_filter.ref == "A3:Q11"
    assert ws.freeze_panes == "A4"
    assert ws.print_title_rows == "$1:$3"
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert (ws.page_setup.fitToWidth or 1) == 1     # xlsxwriter leaves out the default 1
    assert ws.page_setup.fitToHeight == 0
    assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text
    assert ws["A3"].font.name == "宋体"


def test_long_texts_wrap_and_raise_their_row(tmp_path):
    cat = sample_catalogue()
    long_lead = "市铁路货场迁建指挥部办公室"                      # 13 characters: wider than its column
    tasks = tuple(dataclasses.replace(t, departments=(long_lead,)) if t.no == 25 else t for t in cat.tasks)
    values = [dataclasses.replace(x, department=long_lead) if x.id == "25.1" else x for x in sample_values()]
    path = build(tmp_path, values=values, catalogue=dataclasses.replace(cat, tasks=tasks))
    book = openpyxl.load_workbook(path)
    ws = book["指标进度"]
    cell = find(ws, long_lead)
    assert cell.alignment.wrap_text
    assert ws.row_dimensions[cell.row].height >= 2 * 12.75
    short = find(ws, "1.1")
    assert ws.row_dimensions[short.row].height in (None, 15)       # one line keeps the default height
    assert ws.row_dimensions[3].height >= 2 * 12.75                 # "任务编号" wraps in its header


def test_number_columns_hold_seven_digit_figures(book):
    ws = book["指标进度"]
    widths = {name: ws.column_dimensions[chr(ord("A") + i)].width
              for i, (name, _) in enumerate(INDICATOR_COLUMNS)}
    for name in ("目标值", "累计完成值", "序时进度", "差距"):
        assert widths[name] >= len("1,234,567.8"), name


def test_line_count_breaks_between_characters():
    assert line_count("一二三四五六七八九", 8) == 3               # 4 + 4 + 1 characters, not ceil(18 / 8)
    assert line_count("一二三四", 8) == 1
    assert line_count("“两高”行业", 12) == 1 and line_count("“两高”行业", 11) == 2   # quotes are full width
    assert line_count("abc\n\n一二", 20) == 3
    assert line_count("x" * 45, 22) == 3


# -- the cell writer ---------------------------------------------------------------------------
def test_put_cells_writes_text_numbers_and_blanks_and_never_a_non_finite_number(tmp_path):
    values = ["文本", "", None, 0, -1.5, 1e300, 2**40, True, datetime(2023, 9, 8, 17, 0), "长" * 20000,
              "=1+1", " 前后空格 ", math.nan, math.inf]
    path = tmp_path / "cells.xlsx"
    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "in_memory": True})
    wb.set_properties({"created": datetime(2023, 1, 1)})
    sheet = wb.add_worksheet("值")
    fmt, date = wb.add_format({"border": 1}), wb.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    put_cells(sheet, 2, 1, [(x, date if isinstance(x, datetime) else fmt) for x in values])
    put_cells(sheet, 20, 16383, [("last column", fmt)])
    wb.close()
    ws = openpyxl.load_workbook(path)["值"]
    assert [c.value for c in ws[3][1:8]] == ["文本", None, None, 0, -1.5, 1e300, 2**40]
    assert ws["I3"].value is True and ws["J3"].value == datetime(2023, 9, 8, 17, 0)
    assert len(ws["K3"].value) == 20000 and ws["L3"].value == "=1+1" and ws["L3"].data_type == "s"
    assert ws["N3"].value is None and ws["O3"].value is None          # NaN and inf: formatted blanks
    assert ws["N3"].border.left.style == "thin" and ws["XFD21"].value == "last column"


# -- 任务进展 ---------------------------------------------------------------------------------
def test_tasks_with_narratives_of_lead_and_co(book):
    rows = rows_of(book["任务进展"])
    by = {(r["任务编号"], r["报送单位"]): r for r in rows}
    assert [r["任务编号"] for r in rows] == [1, 2, 2, 4, 4, 7, 7, 8, 25, 33, 64]
    lead = by[(4, "市科技局")]
    assert lead["角色"] == "牵头" and lead["任务状态"] == "进度滞后" and lead["进展情况"] == "累计认定120家"
    co = by[(4, "市工信局")]
    assert co["角色"] == "配合" and co["进展情况"] == "配合做好培育库建设"
    assert by[(7, "市发改局")]["完成状态"] == "未报送" and by[(7, "市工信局")]["进展情况"] == "配合梳理链主企业"
    assert by[(1, "市科技局")]["完成状态"] == "已完成、正常推进"
    assert "自评" in by[(33, "市城乡水务局")]["备注"]


def test_formula_like_narratives_stay_text(book_path, book):
    ws = book["任务进展"]
    for text in ("=已建成2个工作站", "+用地指标紧张", "@下周调度", "-已报省厅审核"):
        cell = find(ws, text)
        assert cell.data_type == "s" and cell.quotePrefix, text
    with zipfile.ZipFile(book_path) as z:
        sheet3 = z.read("xl/worksheets/sheet3.xml").decode()
    assert "<f>" not in sheet3


def test_missing_co_operator_is_listed(tmp_path):
    values = [x for x in sample_values() if not (x.department == "市工信局" and x.task_no == 4)]
    book = openpyxl.load_workbook(build(tmp_path, values=values))
    rows = cells_of(book["任务进展"])
    gone = [r for r in rows if r["任务编号"].value == 4 and r["报送单位"].value == "市工信局"]
    assert gone and gone[0]["完成状态"].value == "未报送"
    assert fill(gone[0]["报送单位"]) == MISSING_FILL[1:].upper()


# -- 报送情况 ---------------------------------------------------------------------------------
def test_returns_sheet(book):
    ws = book["报送情况"]
    rows = {r["单位"].value: r for r in cells_of(ws) if r["单位"].value}
    assert list(rows)[:7] == ["市科技局", "市委组织部", "市工信局", "市发改局", "市城乡水务局", "市教体局",
                              "市商投局"]
    assert rows["市科技局"]["报送情况"].value == "按时报送"
    assert rows["市科技局"]["收到时间"].value == datetime(2023, 9, 8, 10, 0)
    assert rows["市科技局"]["截止时间"].value == datetime(2023, 9, 8, 17, 0)
    assert rows["市委组织部"]["报送情况"].value == "逾期报送"
    assert "inbox/组织部旧.xlsx" in rows["市委组织部"]["其他文件"].value
    assert rows["市商投局"]["报送情况"].value == "未报送"
    assert fill(rows["市商投局"]["单位"]) == MISSING_FILL[1:].upper()
    assert fill(rows["市科技局"]["单位"]) != MISSING_FILL[1:].upper()
    fagai = rows["市发改局"]
    assert fagai["报送情况"].value == "已退回，未重报" and "不是数字" in fagai["退回文件及原因"].value
    stranger = rows["（未能识别单位的文件）"]
    assert stranger["退回文件及原因"].value.startswith("inbox/=cmd.xlsx") and stranger["单位"].data_type == "s"
    assert ws["A2"].value.startswith("应报7家，已报5家（按时4家，逾期1家），未报2家")
    assert ws.row_dimensions[2].height in (None, 15)                # a short note keeps one line


def test_long_note_takes_the_lines_it_needs(tmp_path):
    names = tuple(f"第{n}街道办事处" for n in range(1, 41))
    cat = sample_catalogue()
    result = MergeResult(Period.parse(PERIOD), expected_departments=names, missing_departments=names)
    a, t = assess_period(cat, (), PERIOD, Settings())
    ws = openpyxl.load_workbook(write_report(Workspace(tmp_path), cat, PERIOD, result, a, t))["报送情况"]
    assert ws["A2"].value.endswith("第40街道办事处。")
    assert ws.row_dimensions[2].height >= 3 * 12.75                 # not cut after the first line


# -- 校验问题 ---------------------------------------------------------------------------------
def test_issues_sheet(book):
    rows = rows_of(book["校验问题"])
    assert [(r["单位"], r["单元格"], r["代码"], r["级别"]) for r in rows] == [
        ("市科技局", "J9", "approximate-value", "提示"),
        ("市发改局", "J8", "not-a-number", "错误"),
        (None, None, "not-our-template", "错误"),
    ]
    assert rows[1]["文件"] == "inbox/发改局.xlsx" and "不是数字" in rows[1]["说明"]
    assert rows[1]["填写内容"] == "很多"


def test_a_return_of_another_period_shows_its_errors_not_its_warnings(tmp_path):
    from dataclasses import replace as with_

    from tz_excel.records import OTHER_PERIOD

    cat = sample_catalogue()
    result = sample_result(cat)
    old = FileOutcome("inbox/科技局35周.xlsx", "f" * 64, OTHER_PERIOD, "市科技局", "2023-W35",
                      "archive/2023-W35/市科技局__科技局35周.xlsx", datetime(2023, 9, 8, 9, 0), (
                          Issue("approximate-value", WARNING, "“约100家”按100计算。", "inbox/科技局35周.xlsx", cell="J9"),
                          Issue("formula-error", ERROR, "J10 是错误值 #DIV/0!。", "inbox/科技局35周.xlsx", cell="J10")))
    result = with_(result, files=result.files + (old,))
    a, t = assess_period(cat, result.values, PERIOD, Settings())
    book = openpyxl.load_workbook(write_report(Workspace(tmp_path), cat, Period.parse(PERIOD), result, a, t))
    rows = [(r["文件"], r["代码"]) for r in rows_of(book["校验问题"])]
    assert ("inbox/科技局35周.xlsx", "formula-error") in rows
    assert ("inbox/科技局35周.xlsx", "approximate-value") not in rows
    assert ("inbox/科技局.xlsx", "approximate-value") in rows          # this period's warnings stay


# -- 趋势 -------------------------------------------------------------------------------------
def test_trends_without_store_show_this_period(book):
    ws = book["趋势"]
    header = [c.value for c in ws[3]]
    assert header == ["指标编号", "指标", "单位", "牵头单位", "第36周", "较上周", "走势"]
    rows = {r["指标编号"]: r for r in rows_of(ws)}
    assert rows["4.1"]["第36周"] == 120 and rows["4.1"]["较上周"] is None


def test_trends_from_history_store(tmp_path):
    store = HistoryStore(f"sqlite:///{tmp_path / 'history.sqlite'}")
    try:
        for period, firms in (("2023-W34", 100), ("2023-W35", 110), ("2023-W37", 999)):
            store.replace_values(period, "市科技局", [v("市科技局", "4.1", firms, period=period)])
        store.replace_values("2023-W35", "市工信局", [v("市工信局", "4.1", 140, role="co", period="2023-W35")])
        store.replace_values(PERIOD, "市科技局", [x for x in sample_values() if x.department == "市科技局"])
        path = build(tmp_path / "ws", store=store)
    finally:
        store.close()
    ws = openpyxl.load_workbook(path)["趋势"]
    header = [c.value for c in ws[3]]
    assert header[4:] == ["第34周", "第35周", "第36周", "较上周", "走势"]       # W37 is later: left out
    rows = {r["指标编号"]: r for r in rows_of(ws)}
    assert [rows["4.1"][h] for h in ("第34周", "第35周", "第36周", "较上周")] == [100, 110, 120, 10]
    assert rows["1.2"]["第36周"] == 4 and rows["1.2"]["第35周"] is None
    with zipfile.ZipFile(path) as z:
        xml = z.read("xl/worksheets/sheet6.xml").decode()
    assert xml.count("<x14:sparkline>") == 8 and "<xm:f>趋势!E4:G4</xm:f>" in xml


# -- 总览 -------------------------------------------------------------------------------------
def test_overview_headline_and_tables(book):
    ws = book["总览"]
    assert ws["A1"].value == "2023年重点任务推进情况汇总"           # the catalogue's short title
    ind = find(ws, "指标")
    assert [ws.cell(ind.row, c).value for c in range(3, 10)] == [8, 3, 1, 2, 1, 0, 1]
    task = find(ws, "任务")
    assert [ws.cell(task.row, c).value for c in range(3, 10)] == [8, 1, 0, 4, 1, 1, 1]
    head = find(ws, "应报单位")
    assert [ws.cell(head.row + 1, c).value for c in range(head.column, head.column + 5)] == [7, 5, 4, 1, 2]
    assert "市发改局、市商投局" in find_text(ws, "未报单位")
    section = find(ws, "深入实施创新驱动发展战略")
    assert ws.cell(section.row, 1).value == "一"
    assert [ws.cell(section.row, c).value for c in range(3, 12)] == [3, 0, 0, 2, 0, 0, 1, 5, 2]
    assert ws.cell(section.row + 3, 2).value == "合计" and ws.cell(section.row + 3, 3).value == 8
    lead = find(ws, "牵头任务")
    leads = [ws.cell(r, 2).value for r in range(lead.row + 1, lead.row + 7)]
    assert leads == ["市科技局", "市委组织部", "市发改局", "市工信局", "市城乡水务局", "市教体局"]
    assert ws.cell(lead.row + 3, 11).value == "已退回，未重报"


def test_overview_worst_shortfalls(book):
    ws = book["总览"]
    top = find(ws, "三、差距最大的十项指标")
    ids = [ws.cell(r, top.column).value for r in range(top.row + 2, top.row + 12)]
    assert ids[:4] == ["64.1", "1.2", "4.1", None]
    assert ws.cell(top.row + 2, top.column + 7).value == "严重滞后"
    assert fill(ws.cell(top.row + 2, top.column + 7)) == STATUS_FILLS["severe"][1:].upper()


def test_worst_shortfalls_order_and_limit():
    cat = sample_catalogue()
    a, _ = assess_period(cat, sample_values(), PERIOD, Settings())
    assert [x.id for x in worst_shortfalls(a)] == ["64.1", "1.2", "4.1"]
    assert [x.id for x in worst_shortfalls(a, limit=1)] == ["64.1"]


def test_overview_chart_and_one_page_setup(book_path, book):
    ws = book["总览"]
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert (ws.page_setup.fitToWidth or 1) == 1 and (ws.page_setup.fitToHeight or 1) == 1
    with zipfile.ZipFile(book_path) as z:
        chart = z.read("xl/charts/chart1.xml").decode()
    assert '<c:barDir val="bar"/>' in chart and '<c:grouping val="stacked"/>' in chart
    assert chart.count("<c:ser>") == 6 and "总览!$A$11:$A$13" in chart
    assert '<c:majorUnit val="1"/>' in chart           # whole tasks on the axis, no 0.5 steps


def test_chinese_numerals():
    assert [chinese_numeral(n) for n in (1, 9, 10, 11, 20, 21)] == ["一", "九", "十", "十一", "二十", "二十一"]


def test_format_status_table_for_the_demo():
    cat = sample_catalogue()
    a, t = assess_period(cat, sample_values(), PERIOD, Settings())
    assert "严重滞后" in format_status_table(a, t)


# -- the bundled notice and a real LibreOffice -----------------------------------------------
def bundled_period(tmp_path):
    from tz_excel import BUNDLED_NOTICE
    from tz_excel.notice import parse_notice

    cat = parse_notice(BUNDLED_NOTICE)
    values = []
    for n, row in enumerate(cat.rows()):
        actual = float(row.indicator.target) * (0.3 + (n % 9) / 10) if row.indicator else None
        values.append(Value(PERIOD, row.task.lead, row.id, row.task.no, "lead", actual,
                            state=("正常推进", "滞后", "已完成")[n % 3], progress="按计划推进。" * (n % 5),
                            file=f"archive/{PERIOD}/{row.task.lead}.xlsx",
                            received_at=datetime(2023, 9, 8, 9 + n % 10)))
    return cat, values


def pdf_of(xlsx, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice is required (Debian package libreoffice-calc)"
    profile = tmp_path / "lo-profile"
    out = tmp_path / "pdf"
    subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
                    "--convert-to", "pdf", "--outdir", str(out), str(xlsx)],
                   check=True, capture_output=True, timeout=180)
    return next(out.glob("*.pdf"))


def pdf_pages(pdf):
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def pdf_page_text(pdf, page):
    return subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-layout", str(pdf), "-"],
                          check=True, capture_output=True, text=True).stdout


@pytest.mark.libreoffice
def test_libreoffice_prints_each_small_sheet_on_one_page(tmp_path, book_path):
    pdf = pdf_of(book_path, tmp_path)
    assert pdf_pages(pdf) == 6
    assert "分部分推进情况" in pdf_page_text(pdf, 1)
    assert "指标进度" in pdf_page_text(pdf, 2) and "第 2 页，共 6 页" in pdf_page_text(pdf, 2)


@pytest.mark.libreoffice
@pytest.mark.filterwarnings("ignore::UserWarning")    # the notice parser's remarks on the bundled text
def test_libreoffice_bundled_notice_overview_fits_one_page(tmp_path):
    cat, values = bundled_period(tmp_path)
    result = sample_result(cat, values)
    a, t = assess_period(cat, values, PERIOD, Settings())
    assert len(a) >= 40 and len(t) == 75
    path = write_report(Workspace(tmp_path / "ws"), cat, PERIOD, result, a, t, now=NOW)
    book = openpyxl.load_workbook(path)
    section = find(book["总览"], "十一")
    assert section.column == 1
    pdf = pdf_of(path, tmp_path)
    pages = pdf_pages(pdf)
    first, second = pdf_page_text(pdf, 1), pdf_page_text(pdf, 2)
    assert "分部分推进情况" in first and "分牵头单位推进情况" in first and "差距最大的十项指标" in first
    assert "指标进度" in second and "分牵头单位" not in second       # 总览 is exactly one page
    assert 6 < pages < 40


# -- deadlines ------------------------------------------------------------------------------------
def dated_sample():
    """The sample with task 7 due 6月底前 (not reported 已完成), indicator 1.2 due 9月15日 and
    task 8 due next year."""
    from dataclasses import replace as with_

    from tz_excel.catalogue import Catalogue

    cat = sample_catalogue()
    tasks = []
    for task in cat.tasks:
        if task.no == 7:
            task = with_(task, due=date(2023, 6, 30))
        elif task.no == 8:
            task = with_(task, due=date(2024, 6, 30))
        elif task.no == 1:
            task = with_(task, indicators=(task.indicators[0], with_(task.indicators[1], due=date(2023, 9, 15))))
        tasks.append(task)
    return Catalogue.with_tasks(cat, tasks)


def test_deadlines_in_every_sheet_and_the_overview_list(tmp_path):
    book = openpyxl.load_workbook(build(tmp_path, catalogue=dated_sample()))
    tasks = {(r["任务编号"], r["报送单位"]): r for r in rows_of(book["任务进展"])}
    assert tasks[(7, "市发改局")]["完成时限"] == "6月30日前（已逾期）"
    assert tasks[(8, "市工信局")]["完成时限"] == "2024年6月30日前"
    assert tasks[(4, "市科技局")]["完成时限"] == "年底前"
    overdue = find(book["任务进展"], "6月30日前（已逾期）")
    assert overdue.font.b and overdue.font.color.rgb.endswith("C00000")
    indicators = {r["指标编号"]: r for r in rows_of(book["指标进度"])}
    assert indicators["1.2"]["完成时限"] == "9月15日前（临期）"
    assert indicators["4.1"]["完成时限"] == "年底前"
    overview = book["总览"]
    heading = find(overview, "四、逾期未完成和临期的任务")
    listed = [[overview.cell(r, c).value for c in range(13, 18)] for r in range(heading.row + 2, heading.row + 5)]
    assert listed[0][:2] == ["任务7", "推进产业链链长制"] and listed[0][3:] == ["6月30日前", "已逾期"]
    assert listed[1][0] == "指标1.2" and listed[1][4] == "临期"
    assert listed[2] == [None] * 5


def test_overview_without_deadlines_says_so(book):
    heading = find(book["总览"], "四、逾期未完成和临期的任务")
    assert book["总览"].cell(heading.row + 1, 13).value == "没有逾期未完成或临期的任务。"
