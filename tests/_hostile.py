"""Byte-level damage to real returns: what broken programs, stray keystrokes and strangers make.

    >>> data = clean.read_bytes()
    >>> data = set_cell(data, "J8", '<c r="J8" t="e"><f>1/0</f><v>#DIV/0!</v></c>')
    >>> data = drop_part(data, "xl/sharedStrings.xml")

Each helper takes the bytes of an .xlsx and returns new bytes; none needs openpyxl, so a
Hypothesis example costs a few milliseconds. tests/make_hostile.py builds the committed corpus
with them, tests/test_hostile.py mutates returns with them at random.
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from xml.sax.saxutils import escape

SHEET = "xl/worksheets/sheet1.xml"          # 填报表, the first sheet of every template
META = "xl/worksheets/sheet3.xml"           # _meta (after 填报说明)


def parts(data: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return [(info, zf.read(info)) for info in zf.infolist()]


def build(entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> bytes:
    """A zip of ``entries`` in order; a name given twice is written twice (on purpose)."""
    out = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        warnings.simplefilter("ignore")               # zipfile warns of a duplicate name
        for info, payload in entries:
            name = info.filename if isinstance(info, zipfile.ZipInfo) else info
            zf.writestr(zipfile.ZipInfo(name, date_time=(2023, 9, 8, 10, 0, 0)), payload,
                        compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def part_names(data: bytes) -> list[str]:
    return [info.filename for info, _ in parts(data)]


def change_part(data: bytes, name: str, change) -> bytes:
    """``change(bytes) -> bytes`` applied to one part (absent: nothing happens)."""
    return build([(info, change(payload) if info.filename == name else payload) for info, payload in parts(data)])


def drop_part(data: bytes, name: str) -> bytes:
    return build([(info, payload) for info, payload in parts(data) if info.filename != name])


def duplicate_part(data: bytes, name: str, payload: bytes | None = None) -> bytes:
    """A second zip entry of the same name (zipfile warns; readers pick one or the other)."""
    entries = parts(data)
    original = next((p for i, p in entries if i.filename == name), b"")
    return build(entries + [(name, original if payload is None else payload)])


def truncate_part(data: bytes, name: str, fraction: float) -> bytes:
    return change_part(data, name, lambda xml: xml[: int(len(xml) * fraction)])


def damage_part(data: bytes, name: str, at: int, junk: bytes) -> bytes:
    def damage(xml: bytes) -> bytes:
        n = at % (len(xml) + 1)
        return xml[:n] + junk + xml[n + len(junk):]

    return change_part(data, name, damage)


def set_cell(data: bytes, ref: str, element: str) -> bytes:
    """Put the cell element ``element`` (``<c r=…>…</c>``) in place of cell ``ref`` of 填报表."""
    pattern = re.compile(rb'<c r="' + ref.encode() + rb'"[^>]*?(?:/>|>.*?</c>)', re.S)

    def put(xml: bytes) -> bytes:
        new, found = pattern.subn(lambda m: element.encode(), xml, count=1)
        return new if found else add_row_xml(xml, int(re.sub(r"[A-Z]", "", ref)), element)

    return change_part(data, SHEET, put)


def add_row_xml(xml: bytes, row: int, element: str) -> bytes:
    return xml.replace(b"</sheetData>", f'<row r="{row}">{element}</row></sheetData>'.encode(), 1)


def add_far_cell(data: bytes, ref: str, element: str) -> bytes:
    """A value in a new last row (a Ctrl+End slip far out)."""
    row = int(re.sub(r"[A-Z]", "", ref))
    return change_part(data, SHEET, lambda xml: add_row_xml(xml, row, element))


def number(ref: str, text: str) -> str:
    return f'<c r="{ref}"><v>{escape(text)}</v></c>'


def string(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(text)}</t></is></c>'


def error(ref: str, text: str, formula: str = "1/0") -> str:
    return f'<c r="{ref}" t="e"><f>{escape(formula)}</f><v>{escape(text)}</v></c>'


def boolean(ref: str, value: bool) -> str:
    return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'


def set_dimension(data: bytes, ref: str) -> bytes:
    return change_part(data, SHEET, lambda xml: re.sub(rb'<dimension ref="[^"]*"/>',
                                                       f'<dimension ref="{ref}"/>'.encode(), xml, count=1))


def rename_sheet(data: bytes, old: str, new: str) -> bytes:
    return change_part(data, "xl/workbook.xml", lambda xml: xml.replace(
        f'name="{escape(old)}"'.encode(), f'name="{escape(new, {chr(34): "&quot;"})}"'.encode(), 1))


def set_meta(data: bytes, key: str, value: str) -> bytes:
    """Change a value of the hidden _meta sheet (its strings are inline or shared; set inline)."""
    keys = ("format_version", "template_id", "department", "period", "catalogue_sha", "generated_at")
    row = keys.index(key) + 2                 # row 1 holds the headers key, value
    return change_part(data, META, lambda xml: re.sub(
        rb'<c r="B' + str(row).encode() + rb'"[^>]*?(?:/>|>.*?</c>)', string(f"B{row}", value).encode(), xml,
        count=1, flags=re.S))


def add_merge(data: bytes, ref: str) -> bytes:
    return change_part(data, SHEET, lambda xml: re.sub(
        rb"(<mergeCells[^>]*>)", lambda m: m.group(1) + f'<mergeCell ref="{ref}"/>'.encode(), xml, count=1))


def shared_string_bomb(data: bytes, length: int = 30_000, rows: range = range(40, 1990), columns: int = 100) -> bytes:
    """One long shared string referenced from every cell of a block: a 400 KB file that asks the
    reader for gigabytes (each cell gets its own copy), inside every row and column limit."""
    def col(n: int) -> str:
        name = ""
        n += 1
        while n:
            n, rest = divmod(n - 1, 26)
            name = chr(65 + rest) + name
        return name

    names = [col(16 + n) for n in range(columns)]
    block = "".join(f'<row r="{r}">' + "".join(f'<c r="{c}{r}" t="s"><v>0</v></c>' for c in names) + "</row>"
                    for r in rows).encode()
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/'
           f'spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>{"长" * length}</t></si></sst>').encode()
    data = change_part(data, SHEET, lambda xml: xml.replace(b"</sheetData>", block + b"</sheetData>"))
    data = change_part(data, "[Content_Types].xml", lambda x: x.replace(b"</Types>", (
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        b'spreadsheetml.sharedStrings+xml"/></Types>')))
    data = change_part(data, "xl/_rels/workbook.xml.rels", lambda x: x.replace(b"</Relationships>", (
        b'<Relationship Id="rIdBomb" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        b'sharedStrings" Target="sharedStrings.xml"/></Relationships>')))
    return build(parts(data) + [("xl/sharedStrings.xml", sst)])
