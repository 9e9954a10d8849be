"""intake.read_return on real workbooks: generated templates filled as clerks do, and broken ones."""

from __future__ import annotations

import math
import re
import shutil
import time
import tracemalloc
from datetime import datetime

import pytest

from tz_excel.clerks import fill_return
from tz_excel.errors import WorkbookReadError
from tz_excel.intake import display_path, is_ignorable, read_return

from _fixtures import CLEAN_VALUES, make_template, returns_catalogue

CATALOGUE = returns_catalogue()


def read(path, **kwargs):
    return read_return(path, CATALOGUE, **kwargs)


def codes(ret):
    return [(i.code, i.cell) for i in ret.issues]


def figures(ret):
    return {row.id: row.actual for row in ret.rows}


CLEAN_FIGURES = {**{k: float(v) for k, v in CLEAN_VALUES.items()}, "6": None}


def test_clean_return_reads_identity_rows_and_header_block(fixture_returns):
    ret = read(fixture_returns["return_clean.xlsx"], root=fixture_returns["return_clean.xlsx"].parent)
    assert (ret.file, ret.department, ret.period) == ("return_clean.xlsx", "市科技局", "2023-W36")
    assert ret.catalogue_sha == CATALOGUE.sha and len(ret.template_id) == 16 and ret.format_version == "2"
    assert ret.generated_at == "2023-09-04T09:00:00"
    assert ret.modified == datetime(2023, 9, 8, 10, 0)
    assert (ret.filler, ret.phone) == ("张三", "0632-5510001")
    assert codes(ret) == []
    assert figures(ret) == CLEAN_FIGURES
    assert [r.id for r in ret.rows] == ["1.1", "1.2", "2.1", "4.1", "5.1", "5.2", "6", "25.1", "25.2", "25.3"]
    rows = {r.id: r for r in ret.rows}
    assert (rows["2.1"].role, rows["1.1"].role) == ("co", "lead")
    assert (rows["4.1"].cell, rows["4.1"].raw, rows["4.1"].state) == ("J8", "120", "正常推进")
    assert (rows["4.1"].progress, rows["4.1"].problems, rows["4.1"].plans) == ("已认定高新技术企业120家", "申报企业储备不足", "加强培育辅导")
    assert rows["6"].plans == "=开展校企对接" and rows["6"].task_no == 6
    assert len(ret.sha256) == 64


@pytest.mark.parametrize("name, expected_codes, changed", [
    ("return_fullwidth_digits.xlsx", [], {"1.2": 5.0, "4.1": 120.0, "5.1": 1500.0}),
    ("return_thousands_separators.xlsx", [], {"5.1": 1500.0, "4.1": 120.0}),
    ("return_chinese_numerals.xlsx", [], {"1.2": 5.0, "4.1": 120.0, "5.1": 1500.0}),
    ("return_approximate.xlsx", [("approximate-value", "J6"), ("approximate-value", "J8")], {"4.1": 120.0, "1.2": 5.0}),
    ("return_wan_on_yi_row.xlsx", [("unit-converted", "J9"), ("unit-converted", "J10")], {"5.1": 1500.0, "5.2": 0.8}),
    ("return_percent_three_forms.xlsx", [], {"25.1": 95.0, "25.2": 60.0, "25.3": 40.0}),
    ("return_text_in_number.xlsx", [("not-a-number", "J8")], {"4.1": None}),
    ("return_negative.xlsx", [("negative-value", "J6")], {"1.2": None}),
    ("return_formula_no_cache.xlsx", [("formula-without-value", "J8")], {"4.1": None}),
    ("return_target_edited.xlsx", [("template-tampered", "F8")], {}),
    ("return_id_edited.xlsx", [("template-tampered", "D6")], {}),
    ("return_rows_sorted.xlsx", [], {}),
    ("return_meta_deleted.xlsx", [], {}),
    ("return_far_beyond.xlsx", [], {"1.1": 50.0}),
])
def test_defect_fixtures(fixture_returns, name, expected_codes, changed):
    ret = read(fixture_returns[name])
    assert (ret.department, ret.period) == ("市科技局", "2023-W36")
    assert codes(ret) == expected_codes
    assert figures(ret) == {**CLEAN_FIGURES, **changed}


def test_cell_errors_make_only_their_row_invalid(fixture_returns):
    ret = read(fixture_returns["return_text_in_number.xlsx"])
    invalid = [(r.id, r.raw) for r in ret.rows if not r.valid]
    assert invalid == [("4.1", "已完成")]
    issue = ret.issues[0]
    assert issue.is_error and issue.value == "已完成" and issue.sheet == "填报表"
    assert "return_text_in_number.xlsx" in issue.message and "J8" in issue.message and "“已完成”" in issue.message


def test_percent_cell_shows_what_the_clerk_saw(fixture_returns):
    rows = {r.id: r for r in read(fixture_returns["return_percent_three_forms.xlsx"]).rows}
    assert (rows["25.1"].raw, rows["25.2"].raw, rows["25.3"].raw) == ("95", "60%", "40%")


def test_sorted_and_filtered_rows_are_matched_by_id(fixture_returns):
    ret = read(fixture_returns["return_rows_sorted.xlsx"])
    assert [r.id for r in ret.rows][:3] == ["6", "5.2", "5.1"]
    assert {r.id: r.state for r in ret.rows}["4.1"] == "正常推进"


def test_meta_sheet_deleted_identity_from_custom_properties(fixture_returns):
    ret = read(fixture_returns["return_meta_deleted.xlsx"])
    assert (ret.department, ret.period, ret.catalogue_sha) == ("市科技局", "2023-W36", CATALOGUE.sha)


def test_no_identity_is_not_our_template_and_names_the_template(fixture_returns):
    ret = read(fixture_returns["return_not_our_template.xlsx"])
    assert (ret.department, ret.period, ret.rows) == (None, None, ())
    assert codes(ret) == [("not-our-template", "")]
    assert "市科技局" in ret.issues[0].message and "模板" in ret.issues[0].message and ret.issues[0].is_error


def test_identity_never_comes_from_the_file_name(fixture_returns, tmp_path):
    renamed = tmp_path / "市水利局第35周.xlsx"
    shutil.copyfile(fixture_returns["return_clean.xlsx"], renamed)
    assert (read(renamed).department, read(renamed).period) == ("市科技局", "2023-W36")


def test_wrong_period_is_read_as_its_own_period(fixture_returns):
    ret = read(fixture_returns["return_wrong_period.xlsx"])
    assert (ret.period, codes(ret)) == ("2023-W35", [])


def test_other_departments(fixture_returns):
    co = read(fixture_returns["return_co_department.xlsx"])
    assert co.department == "市国资局" and [(r.id, r.role, r.actual) for r in co.rows] == [("5.1", "co", 300), ("5.2", "co", 0.2)]
    town = read(fixture_returns["return_town_units.xlsx"])
    assert town.department == "北辛街道"
    assert figures(town) == {"30.1": 0.3, "43.1": 2.5, "43.2": 15.5}
    assert codes(town) == [("unit-converted", "J5"), ("unit-converted", "J6")]


@pytest.mark.parametrize("name, fragment", [
    ("not_a_workbook.xlsx", "不是 Excel 表格"),
    ("return_wps.et", "另存为"),
])
def test_not_a_workbook(fixture_returns, name, fragment):
    ret = read(fixture_returns[name])
    assert ret.department is None and codes(ret) == [("not-a-workbook", "")]
    assert fragment in ret.issues[0].message and ".xlsx" in ret.issues[0].message


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".csv", ""])
def test_other_extensions_are_not_workbooks(fixture_returns, tmp_path, suffix):
    path = tmp_path / f"报送{suffix}"
    shutil.copyfile(fixture_returns["return_clean.xlsx"], path)
    ret = read(path)
    assert codes(ret) == [("not-a-workbook", "")] and "请另存为 .xlsx 后重新报送" in ret.issues[0].message


def test_extension_and_content_disagree(fixture_returns, tmp_path):
    xlsm = tmp_path / "a.xlsm"
    shutil.copyfile(fixture_returns["return_clean.xlsx"], xlsm)
    assert figures(read(xlsm)) == CLEAN_FIGURES
    truncated = tmp_path / "b.xlsx"
    truncated.write_bytes(fixture_returns["return_clean.xlsx"].read_bytes()[:3000])
    assert codes(read(truncated)) == [("not-a-workbook", "")]


def test_zip_bomb_is_refused_fast_with_flat_memory(fixture_returns):
    tracemalloc.start()
    started = time.perf_counter()
    ret = read(fixture_returns["return_zip_bomb.xlsx"])
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert codes(ret) == [("file-too-large", "")] and ret.department is None
    assert elapsed < 0.2 and peak < 2 * 2**20
    assert "64 MB" in ret.issues[0].message


def test_absurd_row_count_is_refused(tmp_path):
    def pad(wb):
        wb["填报表"].cell(5000, 1).value = "x"

    path = fill_return(make_template(tmp_path), tmp_path / "long.xlsx", CLEAN_VALUES, mutate=pad)
    assert codes(read(path)) == [("file-too-large", "")]


def test_unknown_id_added_row_duplicate_and_task_row_value(tmp_path):
    def tamper(wb):
        ws = wb["填报表"]
        ws["D5"], ws["E5"] = "9.9", "自己加的指标"          # 1.1: id and content both changed
        ws["J20"], ws["M20"] = 7, "新增一行"                # below the rows, no 指标编号
        ws["D7"] = "4.1"                                     # 2.1 becomes a second 4.1 (content stays 2.1's)

    values = {**CLEAN_VALUES, "6": "3"}
    path = fill_return(make_template(tmp_path), tmp_path / "t.xlsx", values, mutate=tamper)
    ret = read(path)
    # Row 7 (2.1 relabelled 4.1) loses to the real 4.1 row, whose content still matches.
    assert codes(ret) == [("unknown-row", "D5"), ("template-tampered", "F7"), ("template-tampered", "E7"),
                          ("duplicate-row", "D7"), ("value-on-task-row", "J11"), ("added-row", "D20")]
    assert "1.1" not in figures(ret) and "2.1" not in figures(ret) and figures(ret)["4.1"] == 120
    assert ret.issues[0].is_error and not ret.issues[1].is_error


def test_unknown_state_is_ignored_with_a_warning(tmp_path):
    path = fill_return(make_template(tmp_path), tmp_path / "s.xlsx", CLEAN_VALUES, state={"4.1": "进行中"})
    ret = read(path)
    assert codes(ret) == [("unknown-state", "M8")] and {r.id: r.state for r in ret.rows}["4.1"] == ""


def test_catalogue_change_is_not_tampering(fixture_returns):
    task = CATALOGUE.task(4)
    indicator = task.indicators[0].__class__(**{**task.indicators[0].__dict__, "target": 200})
    changed = CATALOGUE.with_tasks(t if t.no != 4 else t.__class__(**{**t.__dict__, "indicators": (indicator,)})
                                   for t in CATALOGUE.tasks)
    ret = read_return(fixture_returns["return_clean.xlsx"], changed)
    assert codes(ret) == [] and figures(ret) == CLEAN_FIGURES


def test_lock_and_system_files_are_ignorable():
    assert is_ignorable("inbox/~$科技局.xlsx") and is_ignorable(".~lock.科技局.ods#")
    assert is_ignorable("Thumbs.db") and is_ignorable("a/.DS_Store")
    assert not is_ignorable("inbox/科技局.xlsx") and not is_ignorable("inbox/x~y.xlsx")


def test_missing_file_raises(tmp_path):
    with pytest.raises(WorkbookReadError):
        read(tmp_path / "gone.xlsx")


def test_paths_are_relative_to_root(fixture_returns):
    path = fixture_returns["return_clean.xlsx"]
    assert read(path, root=path.parent.parent).file == f"{path.parent.name}/return_clean.xlsx"
    assert read(path).file == path.as_posix()


@pytest.mark.libreoffice
@pytest.mark.parametrize("fmt, extra", [
    ("xlsx", []), ("ods", []),
    # .xls keeps no number format we read: a fraction on a percent row is taken as a percent, flagged.
    ("xls", [("unit-converted", "J13")]),
])
def test_libreoffice_resaves_read_the_same(resaved_returns, fmt, extra):
    ret = read(resaved_returns[f"return_resaved_libreoffice.{fmt}"])
    assert (ret.department, ret.period, ret.filler, ret.phone) == ("市科技局", "2023-W36", "张三", "0632-5510001")
    assert figures(ret) == {**CLEAN_FIGURES, "25.2": 60.0}
    assert codes(ret) == [("approximate-value", "J8"), *extra]
    rows = {r.id: r for r in ret.rows}
    assert rows["6"].plans == "=开展校企对接" and rows["4.1"].state == "正常推进" and rows["2.1"].role == "co"
    if fmt != "xls":
        assert ret.modified == datetime(2023, 9, 8, 10, 0)


def test_entity_bomb_in_custom_properties_is_no_identity(fixture_returns, tmp_path):
    """defusedxml refuses entity expansion: a billion-laughs custom.xml yields no identity, fast."""
    import zipfile

    laughs = ('<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaaaaaaaa">'
              + "".join(f'<!ENTITY {chr(98 + n)} "{("&" + chr(97 + n) + ";") * 10}">' for n in range(8))
              + ']><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties">'
              '<property name="department"><lpwstr>&i;</lpwstr></property></Properties>')
    path = tmp_path / "laughs.xlsx"
    with zipfile.ZipFile(fixture_returns["return_meta_deleted.xlsx"]) as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            data = laughs.encode() if info.filename == "docProps/custom.xml" else src.read(info)
            dst.writestr(info, data)
    started = time.perf_counter()
    ret = read(path)
    assert codes(ret) == [("not-our-template", "")] and time.perf_counter() - started < 0.5


def test_display_path_is_relative_to_the_resolved_root_even_when_folders_move(tmp_path):
    real = tmp_path / "real" / "ws"
    (real / "inbox").mkdir(parents=True)
    (real / "inbox" / "a.xlsx").write_bytes(b"x")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "b.xlsx").write_bytes(b"x")
    (tmp_path / "link").symlink_to(tmp_path / "real")
    (real / "inbox" / "b.xlsx").symlink_to(tmp_path / "other" / "b.xlsx")
    root = tmp_path / "link" / "ws"
    for _ in range(2):                              # the second time from what was remembered
        assert display_path(root / "inbox" / "a.xlsx", root) == "inbox/a.xlsx"
        assert display_path(root / "inbox" / "b.xlsx", root) == (tmp_path / "link/ws/inbox/b.xlsx").as_posix()
        assert display_path(root / "inbox" / "gone.xlsx", root) == "inbox/gone.xlsx"
    (tmp_path / "link").unlink()                    # the same path now leads elsewhere
    (tmp_path / "link").symlink_to(tmp_path / "other")
    (tmp_path / "other" / "ws" / "inbox").mkdir(parents=True)
    (tmp_path / "other" / "ws" / "inbox" / "a.xlsx").write_bytes(b"x")
    assert display_path(root / "inbox" / "a.xlsx", root) == "inbox/a.xlsx"
    assert display_path(real / "inbox" / "a.xlsx", root) == (real / "inbox" / "a.xlsx").as_posix()


# -- hostile and broken inputs (issue 10) ----------------------------------------------------------

def test_stray_cell_far_out_is_refused_before_calamine_sees_it(fixture_returns):
    tracemalloc.start()
    ret = read(fixture_returns["return_stray_cell_xfd1048576.xlsx"])
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert codes(ret) == [("file-too-large", "")] and peak < 20 * 2**20
    issue = ret.issues[0]
    assert (issue.sheet, issue.value, ret.department) == ("填报表", "XFD1048576", "市科技局")
    assert "工作表“填报表”在 XFD1048576 单元格有内容" in issue.message and "Ctrl+End" in issue.message


def test_declared_dimension_alone_can_refuse(fixture_returns, tmp_path):
    path = tmp_path / "dimension.xlsx"
    _rewrite(fixture_returns["return_clean.xlsx"], path, "xl/worksheets/sheet1.xml",
             lambda xml: re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:XFD1048576"/>', xml))
    ret = read(path)
    assert codes(ret) == [("file-too-large", "")] and "A1:XFD1048576" in ret.issues[0].message


def test_a_declared_dimension_a_bit_wide_is_fine(fixture_returns, tmp_path):
    path = tmp_path / "formatted.xlsx"
    _rewrite(fixture_returns["return_clean.xlsx"], path, "xl/worksheets/sheet1.xml",
             lambda xml: re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:Z5000"/>', xml))
    assert codes(read(path)) == [] and figures(read(path)) == CLEAN_FIGURES


@pytest.mark.parametrize("name, expected, changed", [
    ("return_huge_number_text.xlsx", [("number-out-of-range", "J8")], {"4.1": None}),
    ("return_absurd_number_cell.xlsx", [("number-out-of-range", "J6"), ("number-out-of-range", "J8")],
     {"1.2": None, "4.1": None}),
    ("return_div_by_zero_cached.xlsx", [("formula-error", "J8")], {"4.1": None}),
    ("return_error_values_in_text_cells.xlsx", [("formula-error", "M5"), ("formula-error", "N8"),
                                                 ("formula-error", "P11")], {}),
    ("return_merged_cells_value.xlsx", [("merged-cells", "J5"), ("value-under-merged-cell", "J6")], {}),
])
def test_hostile_cells_become_findings_on_their_cells(fixture_returns, name, expected, changed):
    ret = read(fixture_returns[name])
    assert (ret.department, codes(ret)) == ("市科技局", expected)
    assert figures(ret) == {**CLEAN_FIGURES, **changed}
    for row in ret.rows:
        assert row.actual is None or (math.isfinite(row.actual) and abs(row.actual) <= 1e15)
    assert all(len(i.message) < 400 for i in ret.issues)


def test_error_values_name_the_error_and_invalidate_only_their_row(fixture_returns):
    ret = read(fixture_returns["return_div_by_zero_cached.xlsx"])
    issue = ret.issues[0]
    assert issue.is_error and issue.value == "#DIV/0!" and "#DIV/0!" in issue.message and "除数为零" in issue.message
    assert [(r.id, r.raw) for r in ret.rows if not r.valid] == [("4.1", "#DIV/0!")]
    spill = read(fixture_returns["return_error_values_in_text_cells.xlsx"])
    assert "#SPILL!" in spill.issues[2].message          # calamine refuses #SPILL!; we read the sheet anyway
    assert all(r.valid for r in spill.rows) and {r.id: r.state for r in spill.rows}["1.1"] == ""


def test_identity_meta_and_properties_must_agree(fixture_returns):
    ret = read(fixture_returns["return_identity_changed.xlsx"])
    assert codes(ret) == [("identity-mismatch", "")] and ret.department is None and ret.issues[0].is_error
    assert "市应急局" in ret.issues[0].message and "市医保局" in ret.issues[0].message


def test_identity_from_properties_when_meta_sheet_is_gone_is_not_a_mismatch(fixture_returns):
    assert codes(read(fixture_returns["return_meta_deleted.xlsx"])) == []


def test_control_characters_never_leave_the_reader(tmp_path):
    """Excel escapes a control character as _x0000_ in the XML; calamine gives it back raw."""
    path = fill_return(make_template(tmp_path), tmp_path / "ctl.xlsx", {**CLEAN_VALUES, "4.1": "12_x000B_0"},
                       narratives={"4.1": ("进展_x0000_顺利_x0007_", "", "")})
    rows = {r.id: r for r in read(path).rows}
    assert (rows["4.1"].progress, rows["4.1"].actual) == ("进展顺利", 120.0)


def test_an_unforeseen_failure_is_an_internal_error_finding_and_logged(fixture_returns, caplog):
    """A catalogue whose target is no number (a defect upstream) breaks the tampering check."""
    task = CATALOGUE.task(4)
    broken = task.indicators[0].__class__(**{**task.indicators[0].__dict__, "target": None})
    catalogue = CATALOGUE.with_tasks(t if t.no != 4 else t.__class__(**{**t.__dict__, "indicators": (broken,)})
                                     for t in CATALOGUE.tasks)
    with caplog.at_level("ERROR", logger="tz_excel"):
        ret = read_return(fixture_returns["return_clean.xlsx"], catalogue)
    assert codes(ret) == [("internal-error", "")] and ret.issues[0].is_error and len(ret.sha256) == 64
    assert "程序内部出错" in ret.issues[0].message and "TypeError" in ret.issues[0].message
    record = next(r for r in caplog.records if r.name.startswith("tz_excel"))
    assert record.exc_info and record.exc_info[0] is TypeError and "return_clean.xlsx" in record.getMessage()


@pytest.mark.libreoffice
@pytest.mark.parametrize("fmt", ["xlsx", "xls", "ods"])
def test_error_values_as_libreoffice_saves_them(resaved_returns, fmt):
    ret = read(resaved_returns[f"return_div_by_zero_cached.{fmt}"])
    assert codes(ret) == [("formula-error", "J8")] and ret.issues[0].value == "#DIV/0!"
    assert figures(ret) == {**CLEAN_FIGURES, "4.1": None}


@pytest.mark.libreoffice
@pytest.mark.parametrize("fmt", ["xls", "ods"])
def test_stray_cell_in_xls_and_ods_is_refused_before_calamine_opens_them(resaved_returns, fmt):
    tracemalloc.start()
    ret = read(resaved_returns[f"return_stray_cell_iv65536.{fmt}"])
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert codes(ret) == [("file-too-large", "")] and ret.issues[0].value == "IV65536"
    assert peak < 40 * 2**20                      # calamine alone would take ~1 GB for the .xls


def _rewrite(source, target, part, change):
    import zipfile

    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info, change(data) if info.filename == part else data)
