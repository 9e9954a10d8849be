"""Build the hostile-input corpus: small broken or malicious files, each named after its defect.

    python tests/make_hostile.py            # rewrites tests/data/hostile/ (needs LibreOffice)

The files are committed: they are the inputs we have thought of, kept fixed so that a change in
the reader is measured against the same bytes (tests/test_hostile.py runs each through
``read_return`` and ``merge_inbox``). ``expected.json`` beside them says, per file, which finding
codes must be among its findings and whether the merge must reject it. Every file starts from a
real template of the test catalogue (tests/_fixtures.py) filled as a clerk would, then is damaged
at the byte level (tests/_hostile.py) or re-saved by LibreOffice.
"""

from __future__ import annotations

import json
import struct
import sys
from datetime import datetime
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import _hostile as h  # noqa: E402
from _fixtures import CLEAN_NARRATIVES, CLEAN_STATE, CLEAN_VALUES, make_template  # noqa: E402
from tz_excel.clerks import fill_return, resave_with_libreoffice  # noqa: E402

FOLDER = Path(__file__).parent / "data" / "hostile"
MODIFIED = datetime(2023, 9, 8, 10, 0, 0)       # fixed, so the .xlsx files come out byte-stable
REJECTED, READ = "rejected", "read"          # read: accepted, or superseded by a later return
ANY = "any"                                  # readers disagree on the file (which of two entries counts)


def build_corpus(folder: Path = FOLDER) -> dict[str, dict]:
    """Write every corpus file into ``folder``; returns the expectations written to expected.json."""
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        clean = fill_return(make_template(scratch, "市科技局"), scratch / "clean.xlsx", CLEAN_VALUES,
                            state=CLEAN_STATE, narratives=CLEAN_NARRATIVES, filler="张三", phone="0632-5510001",
                            modified=MODIFIED)
        medical = fill_return(make_template(scratch, "市医保局"), scratch / "medical.xlsx", {}, modified=MODIFIED,
                              state={"66": "正常推进"}, narratives={"66": ("已完成低保扩围摸底", "", "")})
        expected = _write_zip_corpus(folder, clean.read_bytes(), medical.read_bytes())
        expected.update(write_parity_corpus(folder, clean.read_bytes()))
        expected.update(_write_libreoffice_corpus(folder, clean.read_bytes(), scratch))
    (folder / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                          encoding="utf-8")
    return expected


def _write_zip_corpus(folder: Path, clean: bytes, medical: bytes) -> dict[str, dict]:
    expected: dict[str, dict] = {}

    def put(name: str, data: bytes, status: str, *codes: str) -> None:
        (folder / name).write_bytes(data)
        expected[name] = {"status": status, "codes": list(codes)}

    laughs = ('<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaaaaaaaa">'
              + "".join(f'<!ENTITY {chr(98 + n)} "{("&" + chr(97 + n) + ";") * 10}">' for n in range(8))
              + ']><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties">'
              '<property name="department"><lpwstr>&i;</lpwstr></property></Properties>').encode()
    no_meta = h.drop_part(clean, h.META)            # still listed in workbook.xml: calamine cannot find it
    put("stray_value_in_xfd1048576.xlsx", h.add_far_cell(clean, "XFD1048576", h.string("XFD1048576", "x")),
        REJECTED, "file-too-large")
    put("stray_value_in_row_5000.xlsx", h.add_far_cell(clean, "A5000", h.number("A5000", "1")),
        REJECTED, "file-too-large")
    put("stray_value_after_300_cells_without_address.xlsx",
        h.add_far_cell(clean, "A40", "<c/>" * 300 + "<c><v>1</v></c>"),
        REJECTED, "file-too-large")
    put("declared_dimension_a1_xfd1048576.xlsx", h.set_dimension(clean, "A1:XFD1048576"), REJECTED, "file-too-large")
    put("number_typed_as_400_digit_text.xlsx", h.set_cell(clean, "J8", h.string("J8", "1" * 400)),
        READ, "number-out-of-range")
    put("number_cell_1e308.xlsx", h.set_cell(clean, "J8", h.number("J8", "1e308")), READ, "number-out-of-range")
    put("number_cell_nan_and_inf.xlsx", h.set_cell(h.set_cell(clean, "J8", h.number("J8", "NaN")),
                                                    "J6", h.number("J6", "inf")), READ, "number-out-of-range")
    put("number_cell_not_a_number_text.xlsx", h.set_cell(clean, "J8", h.number("J8", "12abc")), READ)
    put("div_by_zero_cached_as_excel_saves_it.xlsx", h.set_cell(clean, "J8", h.error("J8", "#DIV/0!")),
        READ, "formula-error")
    put("spill_error_calamine_does_not_know.xlsx", h.set_cell(clean, "J8", h.error("J8", "#SPILL!", "SEQUENCE(3)")),
        READ, "formula-error")
    put("ref_error_in_progress_text.xlsx", h.set_cell(clean, "M8", h.error("M8", "#REF!", "A1")), READ, "formula-error")
    put("boolean_in_number_cell.xlsx", h.set_cell(clean, "J8", h.boolean("J8", True)), READ, "not-a-number")
    put("control_characters_in_text.xlsx", h.set_cell(clean, "M8", h.string("M8", "进展_x0000_顺利_x001B_")), READ)
    put("narrative_of_32767_characters.xlsx", h.set_cell(clean, "M8", h.string("M8", "推进" * 16383 + "完")), READ)
    put("narrative_of_a_million_same_characters.xlsx", h.set_cell(clean, "M8", h.string("M8", "长" * 10**6)),
        REJECTED, "file-too-large")                 # 3 MB of XML packed 300×: the zip-bomb rule refuses it
    put("meta_department_changed_properties_not.xlsx", h.set_meta(medical, "department", "市应急局"),
        REJECTED, "identity-mismatch")
    put("meta_and_properties_say_another_department.xlsx",
        h.change_part(h.set_meta(medical, "department", "市应急局"), "docProps/custom.xml",
                      lambda x: x.replace("市医保局".encode(), "市应急局".encode())), REJECTED, "identity-mismatch")
    put("meta_period_garbage.xlsx", h.set_meta(h.drop_part(clean, "docProps/custom.xml"), "period", "第36周" * 50),
        REJECTED, "not-our-template")
    put("meta_department_of_ten_thousand_characters.xlsx",
        h.set_meta(h.drop_part(clean, "docProps/custom.xml"), "department", "局" * 10_000), REJECTED,
        "unknown-department")
    put("value_hidden_under_merged_cells.xlsx", h.add_merge(clean, "J5:J6"), READ, "value-under-merged-cell")
    put("form_sheet_renamed.xlsx", h.rename_sheet(clean, "填报表", "Sheet1"), READ)
    put("meta_sheet_and_properties_gone.xlsx", h.drop_part(no_meta, "docProps/custom.xml"), REJECTED, "not-our-template")
    put("entity_bomb_in_custom_properties.xlsx", h.change_part(no_meta, "docProps/custom.xml", lambda x: laughs),
        REJECTED, "not-our-template")
    put("sheet_xml_truncated.xlsx", h.truncate_part(clean, h.SHEET, 0.5), REJECTED)
    put("sheet_xml_with_junk_bytes.xlsx", h.damage_part(clean, h.SHEET, 3000, b"<<\x00\xff>>"), REJECTED)
    put("shared_strings_declared_but_missing.xlsx", h.change_part(
        clean, "[Content_Types].xml", lambda x: x.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" '
        b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')), READ)
    put("workbook_xml_missing.xlsx", h.drop_part(clean, "xl/workbook.xml"), REJECTED, "not-a-workbook")
    put("sheet_part_duplicated_with_garbage.xlsx", h.duplicate_part(clean, h.SHEET, b"garbage"), ANY)
    put("one_shared_string_in_195000_cells.xlsx", h.shared_string_bomb(clean), REJECTED, "file-too-large")
    put("zip_cut_in_half.xlsx", clean[: len(clean) // 2], REJECTED, "not-a-workbook")
    put("zip_bomb_part_of_8_mb.xlsx", h.build(h.parts(clean) + [("xl/media/zeros.bin", b"\0" * 8 * 2**20)]),
        REJECTED, "file-too-large")
    put("empty_file.xlsx", b"", REJECTED, "not-a-workbook")
    put("png_renamed_to_xlsx.xlsx", b"\x89PNG\r\n\x1a\n" + b"\0" * 200, REJECTED, "not-a-workbook")
    put("ole_header_then_garbage.xls", bytes.fromhex("d0cf11e0a1b11ae1") + b"\xff" * 2000, REJECTED, "not-a-workbook")
    put("ods_mimetype_with_broken_content.ods", h.build([("mimetype", b"application/vnd.oasis.opendocument.spreadsheet"),
                                                         ("content.xml", b"<office:document-content")]),
        REJECTED, "not-a-workbook")
    return expected


def write_parity_corpus(folder: Path, clean: bytes) -> dict[str, dict]:
    """Files where a reader that finds parts or cells otherwise than calamine would hand it a sheet
    it never surveyed: calamine reads XML as quick-xml does and finds parts as its zip does."""
    expected: dict[str, dict] = {}

    def put(name: str, data: bytes, status: str, *codes: str) -> None:
        (folder / name).write_bytes(data)
        expected[name] = {"status": status, "codes": list(codes)}

    far = h.string("XFD1048576", "x")
    put("stray_value_in_xfd1048576_after_a_line_break.xlsx",
        h.add_far_cell(clean, "XFD1048576", far.replace("<c r=", "<c\nr=")), REJECTED, "file-too-large")
    put("stray_value_with_leading_zeros_in_its_reference.xlsx",
        h.set_cell(clean, "J8", '<c r="XFD0000000001048576"><v>1</v></c>'), REJECTED, "file-too-large")
    put("stray_value_in_a_cell_with_a_chinese_prefix.xlsx",
        h.set_cell(clean, "J8", '<前:c r="XFD1048576"><前:v>1</前:v></前:c>'), REJECTED, "file-too-large")
    referenced = "".join(f"&#{ord(ch)};" for ch in "填报表").encode()
    as_references = h.change_part(clean, "xl/workbook.xml", lambda x: x.replace('name="填报表"'.encode(),
                                                                               b'name="' + referenced + b'"'))
    put("sheet_names_written_as_character_references.xlsx", as_references, READ)
    put("stray_value_in_a_sheet_named_by_character_references.xlsx",
        h.add_far_cell(as_references, "XFD1048576", far), REJECTED, "file-too-large")
    put("second_workbook_part_in_another_folder.xlsx",
        h.build(h.parts(clean) + [("x/workbook.xml", {i.filename: p for i, p in h.parts(clean)}["xl/workbook.xml"])]),
        REJECTED, "not-a-workbook")
    return expected


def _write_libreoffice_corpus(folder: Path, clean: bytes, scratch: Path) -> dict[str, dict]:
    """.xls and .ods as LibreOffice writes them, with a stray value and an error value."""
    sources = {
        "stray_value_in_iv65536": h.add_far_cell(clean, "IV65536", h.number("IV65536", "1")),
        "div_by_zero_saved_by_libreoffice": h.set_cell(clean, "J8", '<c r="J8"><f>1/0</f></c>'),
    }
    paths = []
    for stem, data in sources.items():
        path = scratch / f"{stem}.xlsx"
        path.write_bytes(data)
        paths.append(path)
    expected: dict[str, dict] = {}
    for fmt in ("xls", "ods"):
        for path in resave_with_libreoffice(paths, fmt, scratch / fmt):
            target = folder / path.name
            target.write_bytes(path.read_bytes())
            stray = path.stem.startswith("stray")
            expected[path.name] = {"status": REJECTED if stray else READ,
                                   "codes": ["file-too-large" if stray else "formula-error"]}
    expected.update(_write_ole_corpus(folder, (folder / "div_by_zero_saved_by_libreoffice.xls").read_bytes()))
    ods = folder / "stray_value_in_iv65536.ods"
    repeated = h.change_part(ods.read_bytes(), "content.xml", lambda x: x.replace(
        b'table:number-rows-repeated="', b'table:number-rows-repeated="99', 1))
    (folder / "ods_rows_repeated_a_billion_times.ods").write_bytes(repeated)
    expected["ods_rows_repeated_a_billion_times.ods"] = {"status": REJECTED, "codes": ["file-too-large"]}
    return expected


def _write_ole_corpus(folder: Path, xls: bytes) -> dict[str, dict]:
    """.xls files whose container or records would make calamine reserve gigabytes or loop."""
    def patched(at: int, raw: bytes) -> bytes:
        return xls[:at] + raw + xls[at + len(raw):]

    fat_sector = struct.unpack_from("<I", xls, 76)[0]
    dir_start = struct.unpack_from("<I", xls, 48)[0]
    dimensions = xls.index(b"\x00\x02\x0e\x00", 512) + 4         # the first sheet's DIMENSIONS record
    files = {
        "ole_header_claims_4_billion_fat_sectors.xls": patched(44, b"\xff\xff\xff\xff"),
        "ole_header_difat_length_misread_as_huge.xls": patched(62, b"\xff\xff\xff\xff"),
        "ole_directory_chain_loops_on_itself.xls": patched((fat_sector + 1) * 512 + 4 * dir_start,
                                                           struct.pack("<I", dir_start)),
        "biff_dimensions_first_row_after_last.xls": patched(dimensions, struct.pack("<IIHH", 5000, 10, 0, 15)),
    }
    expected = {}
    for name, data in files.items():
        (folder / name).write_bytes(data)
        expected[name] = {"status": REJECTED, "codes": ["file-too-large" if name.startswith("biff") else "not-a-workbook"]}
    return expected


def main() -> int:
    expected = build_corpus()
    for name in sorted(expected):
        print(f"{name:60} {(FOLDER / name).stat().st_size:>8} bytes  {expected[name]['status']:9} "
              f"{' '.join(expected[name]['codes'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
