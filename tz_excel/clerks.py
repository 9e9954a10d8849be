"""Simulated clerks: fill a generated template as Excel would, or re-save files with LibreOffice.

    >>> fill_return("templates/2023-W36/市科技局.xlsx", "inbox/科技局第36周.xlsx",
    ...             {"4.1": "约120家", "1.1": 2, "9.2": "95%"}, state={"4.1": "正常推进"},
    ...             narratives={"4.1": ("已认定120家", "", "加快申报")}, filler="张三", phone="0632-1234567")
    PosixPath('inbox/科技局第36周.xlsx')
    >>> resave_with_libreoffice(["a.xlsx", "b.xlsx"], "ods", "out/")
    [PosixPath('out/a.ods'), PosixPath('out/b.ods')]

Used by the test fixtures and by ``tz-excel demo``. ``fill_return`` types strings the way Excel
turns keystrokes into cell values: "120" and "8,000" become numbers, "95%" becomes 0.95 with a
percent format, anything else ("约500个", "１２０") stays text. Wrap a value in ``AsText`` to store
it as text whatever it looks like (a pasted cell). ``mutate(workbook)`` lets a fixture break the
file the ways clerks do (delete ``_meta``, edit a target, sort the rows) before it is saved.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterable, Mapping

from .feedback import stamp_workbook

ACTUAL, STATE = "累计完成值", "完成状态"
NARRATIVES = ("进展情况", "存在问题", "下步打算")
_NUMBER = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)")
_GROUPED = re.compile(r"[+-]?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?")
_PERCENT = re.compile(r"([+-]?[0-9]+(\.[0-9]+)?)%")
_FILTERS = {"xlsx": "xlsx:Calc MS Excel 2007 XML", "xls": "xls:MS Excel 97", "ods": "ods:calc8"}


class AsText(str):
    """A value stored as text exactly as given (what pasting into a cell does)."""


def fill_return(template_path: str | os.PathLike, out_path: str | os.PathLike, values: Mapping[str, object],
                *, state: Mapping[str, str] | None = None, narratives: Mapping[str, object] | None = None,
                filler: str = "", phone: str = "", mutate: Callable | None = None,
                modified: datetime | None = None) -> Path:
    """Open a generated template with openpyxl, fill it as a clerk would, and save a copy.

    Args:
        values: 累计完成值 by row id ("4.1", or a task number); numbers, or strings as typed.
        state: 完成状态 by row id.
        narratives: by row id, a tuple (进展情况, 存在问题, 下步打算) or a dict keyed by those headers.
        filler, phone: the header block's 填报人 and 联系电话.
        mutate: called with the openpyxl workbook after filling, before saving.
        modified: the workbook's modified time (docProps, UTC); default the saving moment.

    Raises:
        KeyError: a row id is not in the template.
    """
    from openpyxl import load_workbook

    wb = load_workbook(template_path, keep_vba=False, keep_links=False)
    ws = wb.worksheets[0]
    header_row, columns = find_header(ws)
    rows = _row_index(ws, header_row, columns["指标编号"])
    for key, value in values.items():
        _type_into(ws.cell(rows[str(key)], columns[ACTUAL]), value)
    for key, word in (state or {}).items():
        ws.cell(rows[str(key)], columns[STATE]).value = word
    for key, texts in (narratives or {}).items():
        if isinstance(texts, str):
            texts = (texts,)
        pairs = texts.items() if isinstance(texts, Mapping) else zip(NARRATIVES, texts)
        for header, text in pairs:
            _write_text(ws.cell(rows[str(key)], columns[header]), text)
    _fill_label(ws, header_row, "填报人", filler)
    _fill_label(ws, header_row, "联系电话", phone)
    if mutate is not None:
        mutate(wb)
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(out_path)
    wb.close()
    if modified is not None:
        stamp_workbook(Path(out_path), modified)   # openpyxl stamps the saving moment
    return out_path


def excel_value(value: object) -> tuple[object, str | None]:
    """What Excel stores for a typed value in a General cell: (value, number format or None)."""
    if not isinstance(value, str) or isinstance(value, AsText):
        return value, None
    text = value.strip()
    if _NUMBER.fullmatch(text):
        number = float(text)
        return (int(number) if number.is_integer() and "." not in text else number), None
    if _GROUPED.fullmatch(text):
        return float(text.replace(",", "")), "#,##0.##"
    match = _PERCENT.fullmatch(text)
    if match:
        return round(float(match.group(1)) / 100, 12), "0%" if "." not in text else "0.0%"
    return value, None


def _type_into(cell, value: object) -> None:
    stored, number_format = excel_value(value)
    cell.value = str(stored) if isinstance(stored, AsText) else stored
    if isinstance(stored, str):
        cell.data_type = "s"       # keep "=1+1" typed as text as text: clerk text is never a formula
    if number_format:
        cell.number_format = number_format


def _write_text(cell, text: str) -> None:
    """Text stays text: the template's text cells have the @ format, so "=x" typed there is no formula."""
    cell.value = str(text) if text else None
    if text:
        cell.data_type = "s"


def find_header(ws) -> tuple[int, dict[str, int]]:
    """The template's header row in an openpyxl sheet, and each header text's column number."""
    for row in ws.iter_rows(min_row=1, max_row=30):
        texts = {str(c.value).strip(): c.column for c in row if c.value is not None}
        if "指标编号" in texts:
            return row[0].row, texts
    raise KeyError("指标编号")


def _row_index(ws, header_row: int, id_column: int) -> dict[str, int]:
    index = {}
    for r in range(header_row + 1, ws.max_row + 1):
        value = ws.cell(r, id_column).value
        if value not in (None, ""):
            index.setdefault(str(value).strip(), r)
    return index


def _fill_label(ws, header_row: int, label: str, text: str) -> None:
    if not text:
        return
    for row in ws.iter_rows(min_row=1, max_row=header_row - 1):
        for cell in row:
            if cell.value == label:
                _write_text(_first_value_cell(ws, cell), text)
                return


def _first_value_cell(ws, label_cell):
    """The cell after the label's merged range (labels span two columns in our templates)."""
    column = label_cell.column
    for merged in ws.merged_cells.ranges:
        if label_cell.coordinate in merged:
            column = merged.max_col
            break
    return ws.cell(label_cell.row, column + 1)


def resave_with_libreoffice(paths: Iterable[str | os.PathLike], fmt: str, outdir: str | os.PathLike,
                            *, timeout: float = 180) -> list[Path]:
    """Open each file in LibreOffice and save it as ``fmt`` (xlsx, xls or ods) into ``outdir``.

    One ``soffice`` run for all files, with a private profile so a running LibreOffice and other
    runs do not interfere. Returns the written paths, in the order given.

    Raises:
        RuntimeError: soffice is missing, failed, or did not write every file.
    """
    paths = [Path(p).resolve() for p in paths]
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise RuntimeError("soffice (LibreOffice) is not installed")
    with tempfile.TemporaryDirectory(prefix="tz-lo-") as scratch:
        profile = Path(scratch, "profile").as_uri()
        work = Path(scratch, "out")            # same-format conversions must not overwrite the source
        command = [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                   "--convert-to", _FILTERS[fmt], "--outdir", str(work), *map(str, paths)]
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
        written = []
        for path in paths:
            produced = work / f"{path.stem}.{fmt}"
            if not produced.exists():
                raise RuntimeError(f"LibreOffice did not convert {path.name}: {done.stderr.strip()}")
            target = outdir / produced.name
            shutil.move(str(produced), target)
            written.append(target)
    return written
