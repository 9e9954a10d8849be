"""xlsxparts and the survey against calamine itself: where a sheet's part is, what a member holds,
and where calamine places cells written in unusual but readable ways.

Each case is a real workbook (the test template filled as a clerk would, then changed at the byte
level) read by real python-calamine; the cells placed "far out" are at row 3000, beyond the
survey's limit yet cheap for calamine, so a disagreement fails an assertion rather than a process.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import _hostile as h
import pytest
import python_calamine as calamine

from tz_excel.survey import MAX_COLUMNS, MAX_ROWS, survey_xlsx_sheet
from tz_excel.xlsxparts import read_member, sheet_parts

CORPUS = Path(__file__).parent / "data" / "hostile"
CLEAN = (CORPUS / "control_characters_in_text.xlsx").read_bytes()      # a filled return, one cell odd


def part(data: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return zf.read(name)


WORKBOOK, RELS = part(CLEAN, "xl/workbook.xml"), part(CLEAN, "xl/_rels/workbook.xml.rels")
EXPECTED = {"填报表": "xl/worksheets/sheet1.xml", "填报说明": "xl/worksheets/sheet2.xml", "_meta": h.META}


# -- where calamine finds each sheet ------------------------------------------------------------------

def test_sheet_parts_of_a_template():
    assert sheet_parts(WORKBOOK, RELS) == EXPECTED


@pytest.mark.parametrize("change", [
    lambda x: x.replace('name="填报表"'.encode(), "name='填报表'".encode()),                 # single quotes
    lambda x: x.replace('name="填报表"'.encode(),
                        b'name="' + "".join(f"&#{ord(c)};" for c in "填报表").encode() + b'"'),  # references
    lambda x: x.replace(b"<sheets>", b"<!-- a comment --><sheets>"),                          # parsed instead
    lambda x: x.replace(b"<sheets>", b"<sheets >").replace(b"/></sheets>", b" /></sheets>"),
])
def test_sheet_parts_written_otherwise_are_found_alike(change):
    assert sheet_parts(change(WORKBOOK), RELS) == EXPECTED


def test_a_sheet_tag_inside_a_value_is_no_sheet():
    """calamine's XML reader sees one attribute where a text search would see a sheet."""
    phantom = WORKBOOK.replace(b"<sheets>", b"<sheets><x a='<sheet name=\"evil\" r:id=\"rId1\"/>'/>")
    assert "evil" not in (sheet_parts(phantom, RELS) or {})
    phantom = WORKBOOK.replace(b"<sheets>", b'<sheets><x a="y><sheet name=\'evil\' r:id=\'rId1\'/><z b="/>')
    assert "evil" not in (sheet_parts(phantom, RELS) or {})


def test_relationships_as_calamine_keeps_them():
    later = b'<Relationship Id="rId1" Target="/xl/evil.xml" Type="x"/></Relationships>'
    assert sheet_parts(WORKBOOK, RELS.replace(b"</Relationships>", later))["填报表"] == "xl/evil.xml"
    stopped = RELS.replace(b"</Relationships>", b"<Relationships/>" + later)           # calamine stops at an end
    assert sheet_parts(WORKBOOK, stopped)["填报表"] == "xl/worksheets/sheet1.xml"
    assert sheet_parts(WORKBOOK, b"<Relationships><Relationship Id='rId1' Target=\"x&amp;y\"/>") is None


def test_sheet_parts_agree_with_calamine_on_a_renamed_sheet():
    data = h.change_part(CLEAN, "xl/workbook.xml", lambda x: x.replace('name="填报表"'.encode(),
                                                                       b'name="&#x586B;&#25253;&#34920;&amp;"'))
    book = calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    parts = sheet_parts(part(data, "xl/workbook.xml"), RELS)
    assert book.sheet_names[0] in parts and parts[book.sheet_names[0]] == "xl/worksheets/sheet1.xml"


# -- a member's bytes ---------------------------------------------------------------------------------

@pytest.mark.parametrize("method", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED])
def test_read_member_gives_zipfiles_bytes(method):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as zf:
        zf.writestr("a.xml", b"<a>" + "填报".encode() * 5000 + b"</a>")
    data = out.getvalue()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = zf.getinfo("a.xml")
        assert read_member(zf, data, info, 10**6) == zf.read(info)
        assert read_member(zf, data, info, 100) is None                    # inflates beyond the limit


def test_read_member_refuses_a_damaged_member():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("a.xml", b"<a>hello</a>")
    data = bytearray(out.getvalue())
    data[data.index(b"hello")] = ord("j")                                   # the CRC no longer holds
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        assert read_member(zf, bytes(data), zf.getinfo("a.xml"), 10**6) is None


# -- where calamine places a cell -------------------------------------------------------------------

@pytest.mark.parametrize("cell", [
    '<c r="A0000000003000"><v>1</v></c>',                    # leading zeros
    '<c\nr="Z3000"><v>1</v></c>', '<c  r="Z3000"><v>1</v></c>', "<c r='Z3000'><v>1</v></c>",
    '<c r="z3000"><v>1</v></c>', '<c r="iw8"><v>1</v></c>',  # either case
    '<x:c r="Z3000"><x:v>1</x:v></x:c>', '<前:c r="Z3000"><前:v>1</前:v></前:c>', '<:c r="Z3000"><:v>1</:v></:c>',
    '<c s="1" r="IW8"><v>1</v></c>',
    "</row><row r=\"00003000\"><c><v>1</v></c>",               # a row's r, then a cell without one
    '</row><row r="A3000"><c><v>1</v></c>',                   # a row's letters are ignored
    '</row><row r="2999"></row><c><v>1</v></c>',              # a row's end steps to the next
    '<c r="A4294970296"><v>1</v></c>',                        # 32 bits wrap: row 3000
    '<c  r="A8" r="Z3000"><v>1</v></c>',                      # r twice: the later one
    '<c r="Z3000" s="1" t="n" r="A8"><v>1</v></c>',           # r, s and t seen: calamine stops looking
    '<c  r="A8" x="a>b" r="Z3000"><v>1</v></c>',              # a > inside a value ends no tag
    '</row><row r="3000"><c q r="A1"><v>1</v></c>',           # r unreadable to calamine: placed by row
])
def test_survey_places_cells_where_calamine_does(cell):
    data = h.set_cell(CLEAN, "J8", cell)
    sheet = calamine.CalamineWorkbook.from_filelike(io.BytesIO(data)).get_sheet_by_name("填报表")
    assert sheet.height > MAX_ROWS or sheet.width > MAX_COLUMNS                      # the case is real
    assert survey_xlsx_sheet(part(data, h.SHEET), "填报表").beyond()


@pytest.mark.parametrize("cell", ['<c r="A4294967297"><v>1</v></c>', '<c r="IV2000"><v>1</v></c>'])
def test_survey_lets_near_cells_pass(cell):
    data = h.set_cell(CLEAN, "J8", cell)
    sheet = calamine.CalamineWorkbook.from_filelike(io.BytesIO(data)).get_sheet_by_name("填报表")
    assert sheet.height <= MAX_ROWS and sheet.width <= MAX_COLUMNS
    assert survey_xlsx_sheet(part(data, h.SHEET), "填报表").beyond() == ""
