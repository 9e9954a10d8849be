"""catalogue.xlsx: written for the office, read back with the office's edits, validated."""

from __future__ import annotations

import shutil
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from tz_excel import BUNDLED_NOTICE
from tz_excel.catalogue import (
    INDICATOR_HEADERS, TASK_HEADERS, Catalogue, Indicator, Section, Task, read_catalogue_xlsx,
    write_catalogue_xlsx,
)
from tz_excel.errors import CatalogueError
from tz_excel.notice import read_notice


@pytest.fixture(scope="module")
def bundled() -> Catalogue:
    return read_notice(BUNDLED_NOTICE).catalogue


@pytest.fixture
def written(bundled, tmp_path):
    path = tmp_path / "catalogue.xlsx"
    write_catalogue_xlsx(path, bundled)
    return path


def _row_of(ws, column: int, value) -> int:
    for row in ws.iter_rows(min_row=2):
        if row[column - 1].value == value:
            return row[0].row
    raise KeyError(value)


def test_round_trip_bundled(bundled, written):
    back = read_catalogue_xlsx(written)
    assert back == bundled
    assert back.to_dict() == bundled.to_dict()
    assert back.sha == bundled.sha
    assert back.short_title == bundled.short_title


def test_round_trip_small_catalogue_with_review_flags(tmp_path):
    cat = Catalogue(
        title="关于印发《某市2024年重点任务》的通知", year=2024, short_title="某市2024年重点任务",
        sections=(Section(1, "甲"), Section(2, "空的部分")),
        tasks=(Task(1, 1, "任务一", "任务一。新增企业3.5家。", ("市发改局",), (
            Indicator("1.1", "企业", 3.5, "家", "~", "level", True, "新增企业3.5家", True),)),
               Task(2, 1, "任务二", "任务二。", (), needs_review=True)),
    )
    write_catalogue_xlsx(tmp_path / "c.xlsx", cat)
    back = read_catalogue_xlsx(tmp_path / "c.xlsx")
    assert back == cat and back.to_dict() == cat.to_dict()


def test_byte_stable(bundled, tmp_path):
    write_catalogue_xlsx(tmp_path / "a.xlsx", bundled)
    write_catalogue_xlsx(tmp_path / "b.xlsx", bundled)
    assert (tmp_path / "a.xlsx").read_bytes() == (tmp_path / "b.xlsx").read_bytes()


def test_layout_for_the_office(bundled, written):
    wb = load_workbook(written)
    assert wb.sheetnames == ["任务", "指标", "说明", "_meta"]
    assert wb["_meta"].sheet_state == "hidden"
    tasks, indicators = wb["任务"], wb["指标"]
    assert tuple(c.value for c in tasks[1]) == TASK_HEADERS
    assert tuple(c.value for c in indicators[1]) == INDICATOR_HEADERS
    assert [c.value for c in tasks[29]] == [
        28, 3, "坚定不移扩大内需", "持续激发城乡消费活力", "市文旅局、市商投局、市农业农村局、各镇街", None, None,
        bundled.task(28).text, "否", None]
    assert [c.value for c in indicators[2]] == [
        "1.1", 1, "省院士工作站", 2, "个", "不低于", "累计", "否", None, None, "建设省院士工作站2个", "否", None]
    water = indicators[_row_of(indicators, 1, "33.1")]
    assert (water[5].value, water[6].value) == ("不高于", "累计")
    review = indicators[_row_of(indicators, 1, "37.1")]
    assert (review[11].value, review[12].value) == ("是", "数量写在名词之前，请核对是否为承诺的目标")
    school = indicators[_row_of(indicators, 1, "64.5")]         # 秋季开学前投入使用: a date cell
    assert (school[8].value.date(), school[8].number_format) == (date(2023, 8, 31), "yyyy-mm-dd")
    rules = [r for rng in indicators.conditional_formatting for r in rng.rules]
    assert rules and rules[0].formula == ['$L2="是"']
    task_rules = [r for rng in tasks.conditional_formatting for r in rng.rules]
    assert task_rules[0].formula == ['$I2="是"']
    assert rules[0].dxf.fill.bgColor.rgb.endswith("FFEB9C")
    meta = {row[0].value: row[1].value for row in wb["_meta"].iter_rows()}
    assert (meta["title"], meta["year"], meta["doc_number"], meta["date"]) == (
        bundled.title, "2023", "滕政办发〔2023〕30号", "2023-08-15")
    assert wb["说明"]["A1"].value == "本表是什么"


def test_office_edits_win(bundled, written):
    wb = load_workbook(written)
    tasks, ind = wb["任务"], wb["指标"]
    ind.cell(_row_of(ind, 1, "4.1"), 4).value = 200                      # a corrected target
    ind.cell(_row_of(ind, 1, "33.1"), 6).value = "以内"                   # comparator typed in words
    ind.delete_rows(_row_of(ind, 1, "64.4"))                              # a false indicator deleted
    new = ind.max_row + 1
    for col, value in enumerate([None, 7, "“两高”项目监督检查", 12, "次", "不低于", "累计", "否", "三季度末", None, "",
                                 "否", None], 1):
        ind.cell(new, col).value = value                                  # a new one, no id given, a deadline in words
    pct = _row_of(ind, 1, "38.1")
    ind.cell(pct, 4).value = 0.9                                          # typed as "90%" in Excel
    ind.cell(pct, 4).number_format = "0%"
    tasks.cell(_row_of(tasks, 1, 1), 5).value = "市科技局，市财政局; 市教体局"    # departments edited
    tasks.cell(_row_of(tasks, 1, 1), 6).value = "张三"                       # a leader named
    tasks.cell(_row_of(tasks, 1, 1), 7).value = "2023-06-30"                 # a deadline typed as text
    tasks.cell(_row_of(tasks, 1, 2), 9).value = "是"
    tasks.cell(_row_of(tasks, 1, 2), 10).value = "请核对责任单位"
    ind.cell(_row_of(ind, 1, "64.5"), 9).value = datetime(2023, 9, 1)       # the office's own date wins
    wb.save(written)

    back = read_catalogue_xlsx(written)
    assert back.indicator("4.1").target == 200
    assert back.indicator("33.1").comparator == "<="
    assert [i.id for i in back.task(64).indicators] == ["64.1", "64.2", "64.3", "64.5", "64.6"]
    added = back.task(7).indicators
    assert [(i.id, i.metric, i.target, i.unit, i.comparator, i.kind) for i in added] == [
        ("7.1", "“两高”项目监督检查", 12, "次", ">=", "cumulative")]
    assert back.indicator("38.1").target == 90
    assert back.task(1).departments == ("市科技局", "市财政局", "市教体局")
    assert (back.task(1).leaders, back.task(1).due) == (("张三",), date(2023, 6, 30))
    assert back.task(7).indicators[0].due == date(2023, 9, 30)
    assert back.indicator("64.5").due == date(2023, 9, 1)
    assert back.task(2).needs_review and back.task(2).review == "请核对责任单位"
    assert back.sha != bundled.sha
    unchanged = [t for t in back.tasks if t.no not in (1, 2, 4, 7, 33, 38, 64)]
    assert unchanged == [t for t in bundled.tasks if t.no not in (1, 2, 4, 7, 33, 38, 64)]


def test_multi_year_target_takes_the_years_own(tmp_path):
    cat = read_notice("关于印发2023年重点任务的通知\n一、基础设施\n1.建设5G基站。到2025年累计建成5G基站1万个。"
                      "（责任单位：市工信局）\n".encode("utf-8")).catalogue
    base = cat.indicator("1.1")
    assert (base.target, base.needs_review) == (1, True)
    assert "目标跨年度（“到2025年”）" in base.review
    path = tmp_path / "c.xlsx"
    write_catalogue_xlsx(path, cat)
    wb = load_workbook(path)
    ws = wb["指标"]
    ws.cell(2, 10).value = 0.3                                                  # 本年目标
    wb.save(path)
    assert read_catalogue_xlsx(path).indicator("1.1").target == 0.3


def test_release_0_1_catalogue_still_reads(bundled, tmp_path):
    """A catalogue.xlsx written by release 0.1: no 责任领导, 完成时限, 复核说明, 本年目标 columns."""
    import xlsxwriter

    path = tmp_path / "old.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    tasks, inds, meta = wb.add_worksheet("任务"), wb.add_worksheet("指标"), wb.add_worksheet("_meta")
    tasks.write_row(0, 0, ("任务序号", "部分序号", "部分名称", "任务名称", "责任单位", "任务内容", "需复核"))
    tasks.write_row(1, 0, (1, 1, "甲", "任务一", "市发改局、市财政局", "任务一。新增企业3家。", "否"))
    inds.write_row(0, 0, ("指标编号", "任务序号", "指标名称", "目标值", "单位", "比较方式", "类型", "力争", "原文", "需复核"))
    inds.write_row(1, 0, ("1.1", 1, "企业", 0.95, "%", "不低于", "水平", "否", "达到95%", "是"))
    inds.set_row(1, None)
    inds.write_number(1, 3, 0.95, wb.add_format({"num_format": "0%"}))
    for r, row in enumerate([("format_version", "1"), ("title", "某通知"), ("year", "2023"), ("section", "1", "甲")]):
        meta.write_row(r, 0, row)
    wb.close()
    back = read_catalogue_xlsx(path)
    assert back.task(1) == Task(1, 1, "任务一", "任务一。新增企业3家。", ("市发改局", "市财政局"), (
        Indicator("1.1", "企业", 95, "%", ">=", "level", False, "达到95%", True),))
    assert (back.task(1).due, back.task(1).leaders, back.task(1).review) == (None, (), "")


def test_unreadable_deadline_names_its_cell(written):
    wb = load_workbook(written)
    wb["任务"].cell(3, 7).value = "尽快"
    wb.save(written)
    with pytest.raises(CatalogueError, match="完成时限“尽快”无法识别") as info:
        read_catalogue_xlsx(written)
    assert (info.value.sheet, info.value.cell) == ("任务", "G3")


@pytest.mark.parametrize("sheet, column, value, message", [
    ("指标", 6, "大于等于", "比较方式“大于等于”无法识别"),
    ("指标", 4, "约500", "目标值“约500”不是数字"),
    ("指标", 4, None, "目标值“”不是数字"),
    ("指标", 7, "年度", "类型“年度”无法识别"),
    ("指标", 2, 99, "任务序号99在“任务”表中不存在"),
    ("指标", 1, "5.9", "指标编号“5.9”应为“1.序号”的形式"),
    ("指标", 1, "1.2", "指标编号1.2重复"),
    ("指标", 8, "也许", "“也许”应为“是”或“否”"),
    ("任务", 1, "第一", "任务序号“第一”应为整数"),
    ("任务", 1, 2, "任务序号2重复"),
])
def test_bad_cells_name_sheet_and_cell(written, sheet, column, value, message):
    wb = load_workbook(written)
    wb[sheet].cell(2, column).value = value
    wb.save(written)
    with pytest.raises(CatalogueError, match=message) as info:
        read_catalogue_xlsx(written)
    expected_row = 3 if message.startswith("任务序号2重复") or message.startswith("指标编号1.2") else 2
    assert (info.value.sheet, info.value.cell) == (sheet, f"{'ABCDEFGH'[column - 1]}{expected_row}")
    assert f"工作表“{sheet}”" in info.value.message


def test_missing_sheet_and_foreign_file(written, tmp_path):
    wb = load_workbook(written)
    del wb["指标"]
    wb.save(written)
    with pytest.raises(CatalogueError, match="工作表“指标”：工作表不存在"):
        read_catalogue_xlsx(written)
    other = tmp_path / "notes.xlsx"
    other.write_text("not a workbook")
    with pytest.raises(CatalogueError, match="无法打开"):
        read_catalogue_xlsx(other)
    with pytest.raises(CatalogueError, match="找不到任务清单"):
        read_catalogue_xlsx(tmp_path / "missing.xlsx")


@pytest.mark.libreoffice
def test_survives_a_save_in_libreoffice(bundled, written, tmp_path):
    from tz_excel.clerks import resave_with_libreoffice

    assert shutil.which("soffice") or shutil.which("libreoffice")
    [resaved] = resave_with_libreoffice([written], "xlsx", tmp_path / "lo")
    assert read_catalogue_xlsx(resaved) == bundled


def test_rows_for_looks_names_up_yet_gives_the_rows_a_pass_over_the_tasks_gives(bundled):
    # rows_for uses an index of tasks by department; the rows, roles and order are those of
    # checking every task in catalogue order.
    def by_pass(names):
        return [(r.id, "lead" if r.task.lead in names else "co") for r in bundled.rows()
                if names.intersection(r.task.departments)]

    for names in [{n} for n in bundled.department_names()] + [set(bundled.department_names()[:5]),
                                                              {"市科技局", "市直各有关部门单位", "无此单位"}, set()]:
        assert [(r.id, r.role) for r in bundled.rows_for(names)] == by_pass(names), names
