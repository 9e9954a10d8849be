"""clerks.fill_return keeps the template's identity and stores values the way Excel does."""

from __future__ import annotations

import zipfile
from datetime import datetime

import pytest
from openpyxl import load_workbook

from tz_excel.clerks import AsText, excel_value, fill_return

from _fixtures import CLEAN_VALUES, make_template


@pytest.mark.parametrize("typed, stored", [
    ("120", (120, None)), ("0.8", (0.8, None)), ("8,000", (8000.0, "#,##0.##")), ("95%", (0.95, "0%")),
    ("12.5%", (0.125, "0.0%")), ("约500个", ("约500个", None)), ("１２０", ("１２０", None)),
    (AsText("120"), (AsText("120"), None)), (7, (7, None)),
])
def test_excel_value(typed, stored):
    assert excel_value(typed) == stored


def test_fill_keeps_identity_and_sets_modified(tmp_path):
    template = make_template(tmp_path)
    out = fill_return(template, tmp_path / "out" / "r.xlsx", {**CLEAN_VALUES, "25.2": "60%", "4.1": "=1+1"},
                      filler="李四", phone="0632-1", modified=datetime(2023, 9, 8, 10, 0))
    wb = load_workbook(out)
    assert wb["_meta"].sheet_state == "hidden"
    assert {p.name: p.value for p in wb.custom_doc_props.props}["department"] == "市科技局"
    ws = wb["填报表"]
    assert (ws["C3"].value, ws["H3"].value) == ("李四", "0632-1")
    assert (ws["J13"].value, ws["J13"].number_format) == (0.6, "0%")
    assert ws["J8"].value == "=1+1" and ws["J8"].data_type == "s"       # typed text never becomes a formula
    assert ws.protection.sheet
    with zipfile.ZipFile(out) as zf:
        assert b"2023-09-08T10:00:00Z" in zf.read("docProps/core.xml")


def test_unknown_row_id_raises(tmp_path):
    with pytest.raises(KeyError):
        fill_return(make_template(tmp_path), tmp_path / "r.xlsx", {"99.9": 1})
