import xlsxwriter
from openpyxl import load_workbook

from tz_excel.sheets import TEXT_GUARD, as_text, needs_guard, safe_sheet_name


def test_safe_sheet_names_are_legal_and_unique():
    taken: set[str] = set()
    first = safe_sheet_name("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三", taken)
    second = safe_sheet_name("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三", taken)
    assert len(first) == 31 and len(second) == 31 and first != second
    assert not set("[]:*?/\\") & set(safe_sheet_name("a[b]:c*d?e/f\\g"))


def test_guarded_text_stays_text_in_the_file(tmp_path):
    path = tmp_path / "t.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet()
    guard = wb.add_format(TEXT_GUARD)
    for row, text in enumerate(["=1+1", "+86 632", "-5%的降幅", "@SUM(A1)", "正常"]):
        ws.write_string(row, 0, as_text(text), guard)
    wb.close()
    sheet = load_workbook(path).active
    cells = [sheet.cell(r, 1) for r in range(1, 6)]
    assert [c.value for c in cells] == ["=1+1", "+86 632", "-5%的降幅", "@SUM(A1)", "正常"]
    assert all(c.data_type == "s" and c.quotePrefix for c in cells)
    assert [needs_guard(c.value) for c in cells] == [True, True, True, True, False]
