"""Build the returned-workbook fixtures, each named after the defect it carries.

    python tests/make_fixtures.py                 # writes tests/data/returns/*.xlsx …
    python tests/make_fixtures.py --libreoffice   # also the LibreOffice re-saves (.xlsx/.xls/.ods)

Tests build the same files into a temporary folder once per session (``_fixtures.fixture_returns``),
so the fixtures always follow the current template layout (forms.build_form). Every file starts
from a generated template of the small catalogue in ``_fixtures`` and is filled by
``tz_excel.clerks.fill_return`` the way Excel stores what a clerk types.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import zipfile
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _fixtures import (  # noqa: E402
    CLEAN_NARRATIVES, CLEAN_STATE, CLEAN_VALUES, make_template,
)
from tz_excel.clerks import AsText, fill_return, find_header, resave_with_libreoffice  # noqa: E402

MODIFIED = datetime(2023, 9, 8, 10, 0, 0)
BOMB_BYTES = 64 * 2**20


def build_returns(folder: str | Path) -> dict[str, Path]:
    """Write every fixture into ``folder``; returns {file name: path}."""
    folder = Path(folder)
    templates = folder / "templates"
    folder.mkdir(parents=True, exist_ok=True)
    sci = make_template(templates, "市科技局")
    built: dict[str, Path] = {}

    def fill(name: str, values: dict, template: Path = sci, **kwargs) -> None:
        kwargs.setdefault("state", CLEAN_STATE)
        kwargs.setdefault("narratives", CLEAN_NARRATIVES)
        kwargs.setdefault("filler", "张三")
        kwargs.setdefault("phone", "0632-5510001")
        built[name] = fill_return(template, folder / name, values, modified=MODIFIED, **kwargs)

    fill("return_clean.xlsx", CLEAN_VALUES)
    fill("return_empty.xlsx", {}, state={}, narratives={}, filler="", phone="")
    fill("return_fullwidth_digits.xlsx", {**CLEAN_VALUES, "1.2": AsText("５"), "4.1": AsText("１２０"),
                                          "5.1": AsText("１，５００")})
    fill("return_thousands_separators.xlsx", {**CLEAN_VALUES, "5.1": AsText("1,500"), "4.1": AsText("1 20")})
    fill("return_chinese_numerals.xlsx", {**CLEAN_VALUES, "1.2": "五", "4.1": "一百二十", "5.1": "一千五百"})
    fill("return_approximate.xlsx", {**CLEAN_VALUES, "4.1": "约120家", "1.2": "5个左右"})
    fill("return_wan_on_yi_row.xlsx", {**CLEAN_VALUES, "5.2": "8000万", "5.1": "0.15亿"})
    fill("return_percent_three_forms.xlsx", {**CLEAN_VALUES, "25.1": 95, "25.2": "60%", "25.3": AsText("40%")})
    fill("return_text_in_number.xlsx", {**CLEAN_VALUES, "4.1": "已完成"})
    fill("return_negative.xlsx", {**CLEAN_VALUES, "1.2": -3})
    fill("return_far_beyond.xlsx", {**CLEAN_VALUES, "1.1": 50})
    fill("return_state_contradiction.xlsx", {**CLEAN_VALUES, "4.1": 100}, state={**CLEAN_STATE, "4.1": "已完成"})
    fill("return_formula_no_cache.xlsx", CLEAN_VALUES, mutate=lambda wb: _set(wb, "4.1", "累计完成值", "=100+20"))
    fill("return_target_edited.xlsx", CLEAN_VALUES, mutate=lambda wb: _set(wb, "4.1", "目标值", 100))
    fill("return_id_edited.xlsx", CLEAN_VALUES, mutate=lambda wb: _set(wb, "1.2", "指标编号", "1.9"))
    fill("return_rows_deleted.xlsx", CLEAN_VALUES, mutate=lambda wb: _delete_row(wb, "1.2"))
    fill("return_rows_sorted.xlsx", CLEAN_VALUES, mutate=_sort_and_filter)
    fill("return_meta_deleted.xlsx", CLEAN_VALUES, mutate=lambda wb: wb.remove(wb["_meta"]))
    fill("return_not_our_template.xlsx", CLEAN_VALUES, mutate=_strip_identity)
    fill("return_wrong_period.xlsx", CLEAN_VALUES, template=make_template(templates, "市科技局", "2023-W35"))
    fill("return_co_department.xlsx", {"5.1": 300, "5.2": 0.2}, template=make_template(templates, "市国资局"),
         state={}, narratives={"5.2": ("配合推进贷款申请", "", "")})
    fill("return_town_units.xlsx", {"30.1": "3000万立方米", "43.1": "25000亩", "43.2": "15.5万平方米"},
         template=make_template(templates, "北辛街道"), state={}, narratives={})
    fill("return_resaved_libreoffice.xlsx", {**CLEAN_VALUES, "4.1": "约120家", "25.2": "60%"})

    # Hostile or broken in ways that once stopped a whole merge, or passed silently (issue 10).
    fill("return_stray_cell_xfd1048576.xlsx", CLEAN_VALUES, mutate=lambda wb: _put(wb, "XFD1048576", "x"))
    fill("return_stray_cell_iv65536.xlsx", CLEAN_VALUES, mutate=lambda wb: _put(wb, "IV65536", 1))   # .xls's last cell
    fill("return_huge_number_text.xlsx", {**CLEAN_VALUES, "4.1": AsText("1" * 400)})
    fill("return_absurd_number_cell.xlsx", {**CLEAN_VALUES, "4.1": 1e308, "1.2": 2e15})
    fill("return_div_by_zero_cached.xlsx", CLEAN_VALUES, mutate=lambda wb: _set(wb, "4.1", "累计完成值", "=1/0"))
    _cache_error(built["return_div_by_zero_cached.xlsx"], {"J8": "#DIV/0!"})
    fill("return_error_values_in_text_cells.xlsx", CLEAN_VALUES, mutate=_error_formulas)
    _cache_error(built["return_error_values_in_text_cells.xlsx"], {"M5": "#REF!", "N8": "#N/A", "P11": "#SPILL!"})
    fill("return_identity_changed.xlsx", {}, template=make_template(templates, "市医保局"),
         state={"66": "正常推进"}, narratives={"66": ("已完成低保扩围摸底", "", "")},
         mutate=lambda wb: _set_meta(wb, "department", "市应急局"))
    fill("return_rows_of_another_department.xlsx", {"5.1": 300, "5.2": 0.2}, template=make_template(templates, "市国资局"),
         state={}, narratives={}, mutate=_relabel_as_water)
    fill("return_merged_cells_value.xlsx", CLEAN_VALUES)
    _merge_over(built["return_merged_cells_value.xlsx"], "J5:J6")

    built["return_zip_bomb.xlsx"] = _zip_bomb(built["return_clean.xlsx"], folder / "return_zip_bomb.xlsx")
    built["not_a_workbook.xlsx"] = _write(folder / "not_a_workbook.xlsx", "这不是表格，是改了扩展名的文本。".encode())
    built["return_wps.et"] = _write(folder / "return_wps.et", built["return_clean.xlsx"].read_bytes())
    built["~$return_clean.xlsx"] = _write(folder / "~$return_clean.xlsx", b"\x06zhangsan" + b"\x00" * 150)
    return built


RESAVED = ("return_resaved_libreoffice.xlsx", "return_div_by_zero_cached.xlsx", "return_stray_cell_iv65536.xlsx")


def build_resaved(returns: dict[str, Path], folder: str | Path) -> dict[str, Path]:
    """LibreOffice re-saves of the RESAVED returns as .xlsx, .xls and .ods (one soffice run each)."""
    folder = Path(folder)
    sources = [returns[name] for name in RESAVED]
    built = {}
    for fmt in ("xlsx", "xls", "ods"):
        for path in resave_with_libreoffice(sources, fmt, folder / fmt):
            built[path.name] = path
    return built


# -- mutations: what clerks do to templates -------------------------------------------------------


def _row_of(ws, row_id: str) -> int:
    header, columns = find_header(ws)
    for r in range(header + 1, ws.max_row + 1):
        if str(ws.cell(r, columns["指标编号"]).value) == row_id:
            return r
    raise KeyError(row_id)


def _set(wb, row_id: str, header: str, value) -> None:
    ws = wb["填报表"]
    ws.cell(_row_of(ws, row_id), find_header(ws)[1][header]).value = value


def _delete_row(wb, row_id: str) -> None:
    ws = wb["填报表"]
    ws.delete_rows(_row_of(ws, row_id))


def _sort_and_filter(wb) -> None:
    """Sort the rows by 指标编号 descending (as a clerk's sort does) and hide one (a filter)."""
    ws = wb["填报表"]
    header, columns = find_header(ws)
    first, last = header + 1, ws.max_row
    lines = [[ws.cell(r, c).value for c in range(1, ws.max_column + 1)] for r in range(first, last + 1)]
    lines.sort(key=lambda line: str(line[columns["指标编号"] - 1]), reverse=True)
    for r, line in enumerate(lines, start=first):
        for c, value in enumerate(line, start=1):
            ws.cell(r, c).value = value
    ws.row_dimensions[first + 1].hidden = True


def _put(wb, cell: str, value) -> None:
    wb["填报表"][cell] = value


def _set_meta(wb, key: str, value: str) -> None:
    """Change one value of the hidden _meta sheet (the custom properties keep the old one)."""
    for row in wb["_meta"].iter_rows(min_col=1, max_col=2):
        if row[0].value == key:
            row[1].value = value
            return
    raise KeyError(key)


def _relabel_as_water(wb) -> None:
    """国资局's rows, with _meta and the custom properties both saying 市水利局."""
    from openpyxl.packaging.custom import StringProperty

    _set_meta(wb, "department", "市水利局")
    del wb.custom_doc_props["department"]
    wb.custom_doc_props.append(StringProperty(name="department", value="市水利局"))


def _error_formulas(wb) -> None:
    """Formulas in a 完成状态 and two narrative cells, their results cached as errors below."""
    _set(wb, "1.1", "完成状态", "=A1000")
    _set(wb, "4.1", "进展情况", "=VLOOKUP(1,A1:A2,2,FALSE)")
    _set(wb, "6", "下步打算", "=SEQUENCE(3)")


def _cache_error(path: Path, errors: dict[str, str]) -> None:
    """Give formulas openpyxl saved without a result the cached error Excel saves
    (``<c r="J8" t="e"><f>1/0</f><v>#DIV/0!</v></c>``), by cell."""
    def cache(xml: bytes) -> bytes:
        for cell, error in errors.items():
            pattern = re.compile(rb'(<c r="' + cell.encode() + rb'"(?: s="\d+")?)(>\s*<f>[^<]*</f>)\s*(?:<v\s*/>|<v>\s*</v>)?\s*</c>')
            xml, found = pattern.subn(lambda m: m.group(1) + b' t="e"' + m.group(2) + b"<v>" + error.encode() + b"</v></c>", xml)
            if found != 1:
                raise ValueError(f"{path.name}: no formula in {cell}")
        return xml

    _rewrite_sheet(path, cache)


def _merge_over(path: Path, ref: str) -> None:
    """Merge ``ref`` in the saved file while its second cell keeps its value (openpyxl would
    drop it; Excel asks first, other programs keep it hidden)."""
    def merge(xml: bytes) -> bytes:
        return re.sub(rb"(<mergeCells[^>]*>)", lambda m: m.group(1) + f'<mergeCell ref="{ref}"/>'.encode(), xml, count=1)

    _rewrite_sheet(path, merge)


def _rewrite_sheet(path: Path, change) -> None:
    """Rewrite the first worksheet part of ``path`` with ``change(xml) -> xml``."""
    scratch = path.with_name(path.name + ".part")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(scratch, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = change(data)
            dst.writestr(info, data)
    scratch.replace(path)


def _strip_identity(wb) -> None:
    wb.remove(wb["_meta"])
    for name in list(wb.custom_doc_props.names):
        del wb.custom_doc_props[name]


# -- files that are not returns -------------------------------------------------------------------

def _zip_bomb(source: Path, target: Path) -> Path:
    """A real return plus a part that unzips to 64 MB of zeros (~64 KB on disk)."""
    shutil.copyfile(source, target)
    chunk = b"\x00" * 2**20
    with zipfile.ZipFile(target, "a", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        with zf.open("xl/media/image1.bin", "w", force_zip64=True) as part:
            for _ in range(BOMB_BYTES // len(chunk)):
                part.write(chunk)
    return target


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(Path(__file__).parent / "data" / "returns"))
    parser.add_argument("--libreoffice", action="store_true", help="also re-save with LibreOffice")
    args = parser.parse_args(argv)
    built = build_returns(args.folder)
    if args.libreoffice:
        built.update(build_resaved(built, Path(args.folder) / "resaved"))
    for name, path in sorted(built.items()):
        print(f"{path}  ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
