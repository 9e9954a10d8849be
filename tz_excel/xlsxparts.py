"""Small, safe reads of an .xlsx package's parts, for what a value reader (calamine) does not say.

    >>> percent_cells("catalogue.xlsx", "指标")          # A1 references of percent-formatted cells
    {'D40'}

calamine gives values fast but not number formats, and typing "95%" in Excel stores 0.95 with a
percent format. Reading styles.xml (defusedxml) and scanning the sheet's XML for style indexes with
bounded regular expressions tells which cells show a percent, without loading openpyxl.
"""

from __future__ import annotations

import posixpath
import re
import zipfile

__all__ = ["percent_cells", "percent_styles"]

MAX_PART = 50 * 1024 * 1024          # a part that inflates beyond this is not read
_BUILTIN_PERCENT = {9, 10}
_CELL = re.compile(rb'<c\b[^>]{0,200}?\br="([A-Z]{1,3}[0-9]{1,7})"[^>]{0,200}?\bs="([0-9]{1,5})"')
_CELL_S_FIRST = re.compile(rb'<c\b[^>]{0,200}?\bs="([0-9]{1,5})"[^>]{0,200}?\br="([A-Z]{1,3}[0-9]{1,7})"')


def percent_cells(path, sheet: str) -> set[str]:
    """A1 references of the cells of ``sheet`` whose number format shows a percent ("" sheet: none)."""
    with zipfile.ZipFile(path) as zf:
        part = _sheet_part(zf, sheet)
        if part is None:
            return set()
        styles = percent_styles(_read(zf, "xl/styles.xml"))
        if not styles:
            return set()
        xml = _read(zf, part)
    cells = {ref.decode(): int(s) for ref, s in _CELL.findall(xml)}
    cells.update({ref.decode(): int(s) for s, ref in _CELL_S_FIRST.findall(xml)})
    return {ref for ref, style in cells.items() if style in styles}


def percent_styles(xml: bytes) -> set[int]:
    """Indexes of cellXfs whose number format shows a percent (built-in 9/10 or a code with %)."""
    from defusedxml import ElementTree

    if not xml:
        return set()
    parts = [m.group(0) for m in re.finditer(rb"<(numFmts|cellXfs)\b.*?</\1>", xml, re.S)]
    tree = ElementTree.fromstring(b"<styles>" + b"".join(parts) + b"</styles>")
    codes = {int(el.get("numFmtId", "0")): el.get("formatCode", "") for el in tree.iter()
             if el.tag.rpartition("}")[2] == "numFmt"}
    xfs = [el for el in tree.iter() if el.tag.rpartition("}")[2] == "cellXfs"]
    found = set()
    for index, xf in enumerate(x for block in xfs for x in block if x.tag.rpartition("}")[2] == "xf"):
        fmt = int(xf.get("numFmtId", "0"))
        if fmt in _BUILTIN_PERCENT or _shows_percent(codes.get(fmt, "")):
            found.add(index)
    return found


def _shows_percent(code: str) -> bool:
    """An unquoted, unescaped % in a number format code."""
    code = re.sub(r'"[^"]*"|\\.', "", code)
    return "%" in code


def _read(zf: zipfile.ZipFile, name: str) -> bytes:
    try:
        info = zf.getinfo(name)
    except KeyError:
        return b""
    if info.file_size > MAX_PART:
        return b""
    return zf.read(info)


def _sheet_part(zf: zipfile.ZipFile, sheet: str) -> str | None:
    from defusedxml import ElementTree

    workbook = _read(zf, "xl/workbook.xml")
    rels = _read(zf, "xl/_rels/workbook.xml.rels")
    if not workbook or not rels:
        return None
    rid = None
    for el in ElementTree.fromstring(workbook).iter():
        if el.tag.rpartition("}")[2] == "sheet" and el.get("name") == sheet:
            rid = next((v for k, v in el.attrib.items() if k.rpartition("}")[2] == "id"), None)
    for el in ElementTree.fromstring(rels).iter():
        if el.tag.rpartition("}")[2] == "Relationship" and el.get("Id") == rid:
            target = el.get("Target", "")
            return target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
    return None
