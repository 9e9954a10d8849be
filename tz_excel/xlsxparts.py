"""Small, safe reads of an .xlsx package's parts, for what a value reader (calamine) does not say.

    >>> percent_cells("catalogue.xlsx", "指标")          # A1 references of percent-formatted cells
    {'D40'}
    >>> sheet_parts(workbook_xml, workbook_rels)         # where calamine finds each sheet
    {'填报表': 'xl/worksheets/sheet1.xml', '填报说明': 'xl/worksheets/sheet2.xml', '_meta': …}
    >>> percent_styles(styles_xml)                       # cellXfs indexes that show a percent
    {3, 7}

calamine gives values fast but not number formats, and typing "95%" in Excel stores 0.95 with a
percent format. Reading styles.xml (defusedxml) and scanning the sheet's XML for style indexes with
bounded regular expressions tells which cells show a percent, without loading openpyxl.

``sheet_parts`` finds each sheet's part the way calamine does (workbook.xml's ``<sheet name r:id>``,
then the Target of that relationship: absolute, or below ``xl/``), so that what is checked before
calamine loads a sheet is the part calamine will load. Parts written the common way (no comment,
CDATA section, processing instruction or DTD; every attribute once, quoted) are scanned with
bounded regular expressions; any other is parsed with defusedxml, and one it cannot parse gives
None: the caller must then not hand any sheet over.
"""

from __future__ import annotations

import io
import posixpath
import re
import struct
import zipfile
import zlib

__all__ = ["percent_cells", "percent_styles", "read_member", "sheet_parts"]

MAX_PART = 50 * 1024 * 1024          # a part that inflates beyond this is not read
_BUILTIN_PERCENT = {9: "0%", 10: "0.00%"}
_CELL = re.compile(rb'<c\b[^>]{0,200}?\br="([A-Z]{1,3}[0-9]{1,7})"[^>]{0,200}?\bs="([0-9]{1,5})"')
_CELL_S_FIRST = re.compile(rb'<c\b[^>]{0,200}?\bs="([0-9]{1,5})"[^>]{0,200}?\br="([A-Z]{1,3}[0-9]{1,7})"')

_ATTRIBUTE = re.compile(rb'\s([^\s=<>"\'/]+)\s*=\s*"([^"]*)"')
# A part written the common way, with all but < > " ' deleted: tags holding double-quoted values
# only (""), single quotes in text only. Then no value holds a < or >, every "<" starts a tag and
# a tag ends at the first ">", as for an XML reader, and plain searches read the part exactly.
_TEXT = bytes(sorted(set(range(256)) - set(b"<>\"'")))
_PLAIN = re.compile(rb"""(?:<(?:"")*>|')*""")
_LOCAL_LENGTHS = struct.Struct("<HH")       # a local file header's name and extra-field lengths
_PREFIX = rb"(?:[^\s<>/:]+:)?"                 # quick-xml's local name: what follows the first colon


def _element(name: bytes) -> re.Pattern:
    """A plain part's start tags of the element ``name``, their attributes in group 1."""
    return re.compile(rb"<" + _PREFIX + name + rb"((?:\s[^<>]*)?)>")


_SHEETS = _element(b"sheet")
_RELATIONSHIPS = _element(b"Relationship")
_DECLARATION = re.compile(rb"(?:\xef\xbb\xbf)?\s*<\?xml\b[^<>]*\?>")
_ENTITY = re.compile(r"&(lt|gt|amp|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}


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
    """Indexes of cellXfs whose number format shows a percent (built-in 9/10, or a code with an
    unquoted, unescaped % outside brackets); empty for a missing or broken part."""
    from defusedxml import ElementTree

    if not xml:
        return set()
    # Only two small sections matter; parsing just them keeps a 10 KB styles part cheap.
    parts = [m.group(0) for m in re.finditer(rb"<(numFmts|cellXfs)\b.*?</\1>", xml, re.S)]
    try:
        tree = ElementTree.fromstring(b"<styles>" + b"".join(parts) + b"</styles>" if parts else xml)
    except Exception:  # defusedxml refuses entities with its own errors; a broken part shows nothing
        return set()
    codes = dict(_BUILTIN_PERCENT)
    for el in tree.iter():
        if _local(el.tag) == "numFmt":
            codes[_number(el.get("numFmtId"))] = el.get("formatCode", "")
    found = set()
    for el in tree.iter():
        if _local(el.tag) == "cellXfs":
            for n, xf in enumerate(x for x in el if _local(x.tag) == "xf"):
                if _shows_percent(codes.get(_number(xf.get("numFmtId")), "")):
                    found.add(n)
    return found


def read_member(zf: zipfile.ZipFile, data: bytes, info: zipfile.ZipInfo, limit: int) -> bytes | None:
    """A member of the zip ``zf`` opened on ``data``: its bytes, or None when it is damaged or
    inflates beyond ``limit`` bytes.

    zipfile reads a member through a file object built for streaming, ~25 µs of Python a part,
    more than inflating a small part takes. A stored or deflated member, unencrypted, is read
    here straight from ``data`` with zlib, at the offset and sizes zipfile found in the central
    directory (where calamine's reader finds it too), and accepted only when its length and CRC
    are the declared ones; any other member, or any doubt, is read by zipfile.
    """
    if info.file_size > limit:
        return None
    if info.compress_type in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) and not info.flag_bits & 0x1:
        at = info.header_offset
        if at + 30 <= len(data) and data[at:at + 4] == b"PK\x03\x04":
            name_length, extra_length = _LOCAL_LENGTHS.unpack_from(data, at + 26)
            start = at + 30 + name_length + extra_length
            raw = memoryview(data)[start:start + info.compress_size]
            if info.compress_type == zipfile.ZIP_STORED:
                out = bytes(raw)
            else:
                inflater = zlib.decompressobj(-15)
                try:
                    out = inflater.decompress(raw, info.file_size + 1)
                except zlib.error:
                    out = b""
            if len(out) == info.file_size and zlib.crc32(out) == info.CRC:
                return out
    try:
        with zf.open(info) as handle:
            return handle.read(limit + 1)[:limit]
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError, ValueError, zlib.error):
        return None


def sheet_parts(workbook: bytes, rels: bytes, folder: str = "xl/") -> dict[str, str] | None:
    """Each sheet's part by sheet name, as calamine resolves it; None when the parts cannot be read.

    Args:
        workbook: ``xl/workbook.xml``.
        rels: ``xl/_rels/workbook.xml.rels``.
        folder: where a relative Target starts (calamine: the workbook's folder, as written).

    The first sheet of a name wins and the last relationship of an Id, as in calamine; a path is
    returned as calamine asks its zip for it (which matches names ignoring ASCII case). calamine
    stops reading at the first end of the root element: a sheet after it is one calamine does not
    know (asking for it fails), and a relationship after it with a repeated Id is read by the parser.
    """
    scanned = _scan(workbook, _SHEETS), _scan(rels, _RELATIONSHIPS)
    if scanned[1] is not None and len({a.get(b"Id") for a in scanned[1]}) != len(scanned[1]):
        scanned = None, None                      # an Id twice: which counts depends on where calamine stops
    if None in scanned:
        scanned = _parse(workbook, "sheet", "workbook"), _parse(rels, "Relationship", "Relationships")
        if None in scanned:
            return None
    sheets, relationships = scanned
    targets = {attrs[b"Id"]: attrs.get(b"Target", b"") for attrs in relationships if b"Id" in attrs}
    parts: dict[str, str] = {}
    for attrs in sheets:
        rid = next((v for k, v in attrs.items() if k == b"id" or k.endswith(b":id")), None)
        if b"name" in attrs and rid in targets:
            target = targets[rid].decode("utf-8", "replace")
            name = _unescape(attrs[b"name"].decode("utf-8", "replace"))
            parts.setdefault(name, target[1:] if target.startswith("/") else folder + target)
    return parts


def _scan(xml: bytes, element: re.Pattern) -> list[dict[bytes, bytes]] | None:
    """The attributes of each ``element``, as written; None for a part not written the common way
    (a comment, CDATA, a processing instruction, a DTD, single quotes, an attribute twice)."""
    declaration = _DECLARATION.match(xml)
    start = declaration.end() if declaration else 0
    if xml.find(b"<!", start) >= 0 or xml.find(b"<?", start) >= 0 or not _PLAIN.fullmatch(xml.translate(None, _TEXT)):
        return None
    found = []
    for raw in element.findall(xml, start):
        pairs = _ATTRIBUTE.findall(raw)
        attrs = dict(pairs)
        if len(attrs) != len(pairs):
            return None
        found.append(attrs)
    return found


def _parse(xml: bytes, tag: str, root: str) -> list[dict[bytes, bytes]] | None:
    """``_scan`` by a real XML parser (defusedxml: no entity is expanded); None when it fails.

    The parser decodes every value: a sheet name is given back escaped, as ``_scan`` gives it;
    calamine decodes no other value, so a part with an entity or character reference (``&``) in
    one is not located at all.
    """
    from xml.sax.saxutils import escape

    from defusedxml.ElementTree import iterparse

    found = []
    try:
        for event, el in iterparse(io.BytesIO(xml), events=("start", "end")):
            if event == "end" and _local(el.tag) == root:
                break
            if event == "start" and _local(el.tag) == tag:
                # A namespaced attribute ({uri}id) is read as "_:id", as a prefixed one in _scan.
                attrs = {("_:" + _local(k) if k.startswith("{") else k): v for k, v in el.attrib.items()}
                if any("&" in v for k, v in attrs.items() if k != "name"):
                    return None
                found.append({k.encode(): (escape(v) if k == "name" else v).encode() for k, v in attrs.items()})
    except Exception:  # broken XML, a DTD, entities: no sheet is located in it
        return None
    return found


def _unescape(text: str) -> str:
    """The five XML entities and character references, as an XML reader decodes an attribute."""
    if "&" not in text:
        return text
    return _ENTITY.sub(lambda m: _NAMED.get(m.group(1)) or _char(m.group(1)), text)


def _char(reference: str) -> str:
    number = int(reference[2:], 16) if reference.startswith("#x") else int(reference[1:])
    return chr(number) if 0 < number <= 0x10FFFF else "&" + reference + ";"


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _number(text: str | None) -> int:
    return int(text) if text and text.isdigit() and len(text) < 10 else 0


def _shows_percent(code: str) -> bool:
    """An unquoted, unescaped % outside brackets ([Red], [$-804]) in a number format code."""
    code = re.sub(r'"[^"]*"|\\.|\[[^\]]*\]', "", code)
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
    workbook = _read(zf, "xl/workbook.xml")
    rels = _read(zf, "xl/_rels/workbook.xml.rels")
    part = (sheet_parts(workbook, rels) or {}).get(sheet) if workbook and rels else None
    return posixpath.normpath(part) if part else None
