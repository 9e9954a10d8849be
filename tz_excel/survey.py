"""Survey a workbook's sheets before calamine loads them: extent, error values, merged ranges.

    >>> survey = survey_xlsx_sheet(sheet_xml, "填报表")
    >>> survey.beyond(), survey.errors
    ('XFD1048576', {(7, 9): '#DIV/0!'})
    >>> surveys = survey_ods(content_xml)        # every table of an .ods, by name
    >>> surveys = survey_xls(data)               # every sheet of an .xls (BIFF8, BIFF5), by name

Why look first: calamine allocates a sheet's whole rectangle, 32 bytes a cell, up to the farthest
cell holding a value. One stray value in XFD1048576 (a Ctrl+End slip) asks for 512 GB and the
process aborts, beyond any ``except``. An .xls reaches IV65536 at most, but calamine loads every
sheet of it when the file is opened (half a gigabyte for one stray cell), and an .ods is loaded
whole too. So ``intake`` surveys each sheet it will hand over (for .xls and .ods: every sheet) and
refuses one whose values lie beyond ``MAX_ROWS`` × ``MAX_COLUMNS`` or whose declared dimension
claims more than ``MAX_DECLARED_CELLS`` (an older calamine may reserve what a sheet declares).

What calamine does not tell, the survey records on the way:

* error values: calamine reads a cached ``#DIV/0!`` (Excel's ``t="e"``, LibreOffice's
  ``calcext:value-type="error"`` with ``Err:502`` and the like, BIFF's error bytes) as an empty
  cell, so a formula that failed would pass as "nothing reported";
* merged ranges of an .ods and an .xls (calamine gives those of an .xlsx sheet when it loads it,
  reading them from the part anyway: ``intake`` takes them from there);
* per cell of the first ``MAX_ROWS`` × ``MAX_COLUMNS``: formulas without a cached value, the
  xlsx style index of value cells, LibreOffice's percentage cells (for reading 95% right).

Every scan is linear in the part's size, which ``intake`` has already capped. Sheet XML written
the common way (``<c r="J8"…`` throughout) takes a few whole-part searches; any other is read
cell by cell, and a cell holding another (forged XML) tag by tag, each search stopping at the
next ``<`` or ``>``. An .ods is streamed with defusedxml's ``iterparse``, finished rows dropped as
they end. An .xls has its compound-file container checked first (``ole_problem``: calamine follows
sector chains without looking for loops and reserves what the header claims), then its BIFF
records are walked once. Coordinates are zero-based ``(row, column)`` like calamine's.
"""

from __future__ import annotations

import io
import re
import struct
from dataclasses import dataclass, field

MAX_ROWS = 2000               # a real return has < 200 rows
MAX_COLUMNS = 256             # ~15 in a real return; IV, the old .xls width
MAX_DECLARED_CELLS = 10**6    # a declared dimension beyond this is no worksheet a clerk filled

XLS_ERRORS = {0x00: "#NULL!", 0x07: "#DIV/0!", 0x0F: "#VALUE!", 0x17: "#REF!", 0x1D: "#NAME?",
              0x24: "#NUM!", 0x2A: "#N/A"}


@dataclass(frozen=True)
class SheetSurvey:
    """What one sheet holds, as far as the reader must know before and beside calamine.

    ``last_row`` and ``last_column`` say where the values end as far as any limit is concerned:
    an .xlsx sheet written the common way leaves a value in A1:Z999 unlocated (-1, ""), and
    reckons with the cells outside it whether they hold a value or only a format.
    """

    name: str
    last_row: tuple[int, str] = (-1, "")        # (row index, A1 address) of the lowest value cell
    last_column: tuple[int, str] = (-1, "")     # (column index, A1 address) of the rightmost one
    declared: str = ""                          # the declared dimension as written ("A1:O40")
    declared_cells: int = 0
    errors: dict = field(default_factory=dict)          # (row, col) → "#DIV/0!" as the file shows it
    merged: tuple[tuple[int, int, int, int], ...] = ()  # ods, xls: (first row, first col, last row, last col)
    uncached: frozenset = frozenset()           # formula cells without a cached value
    styles: dict = field(default_factory=dict)  # xlsx: (row, col) → cellXfs index of value cells
    percent: frozenset = frozenset()            # ods: cells LibreOffice typed as percentage
    xml: bytes = field(default=b"", repr=False)  # xlsx part, for styles not collected on the way
    error_typed: bool = False                   # xlsx: a cell is typed as an error (t="e"), whatever it holds

    def style(self, row: int, col: int) -> int | None:
        """The xlsx style index (cellXfs) of a value cell, None when it has none or no value."""
        if (row, col) in self.styles or not self.xml:
            return self.styles.get((row, col))
        cell = self._xlsx_cell(row, col)
        return cell[3] if cell and cell[4] else None

    def formula_without_value(self, row: int, col: int) -> bool:
        """Is the cell a formula whose result was never calculated (saved by a program that does
        not calculate, such as openpyxl)?"""
        if (row, col) in self.uncached or not self.xml:
            return (row, col) in self.uncached
        cell = self._xlsx_cell(row, col)
        return bool(cell) and cell[5] and not cell[4]

    def _xlsx_cell(self, row: int, col: int) -> list | None:
        match = re.search(rb'<c r="' + address(row, col).encode() + rb'"([^<>]*)>', self.xml)
        if match is None or match.group(1).endswith(b"/"):
            return None
        close = self.xml.find(b"</c>", match.end())
        body = self.xml[match.end():close if close >= 0 else min(len(self.xml), match.end() + 4096)]
        return _xlsx_cell(row, col, _attrs(match.group(1)), body)

    def beyond(self, max_rows: int = MAX_ROWS, max_columns: int = MAX_COLUMNS) -> str:
        """The address of a value cell outside the limits ("" when all lie within)."""
        if self.last_row[0] >= max_rows:
            return self.last_row[1]
        if self.last_column[0] >= max_columns:
            return self.last_column[1]
        return ""

    def declares_too_much(self) -> bool:
        return self.declared_cells > MAX_DECLARED_CELLS


class _Builder:
    """Collects one sheet's survey as cells come by, keeping per-cell detail within the limits."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.last_row, self.last_column = (-1, (0, 0)), (-1, (0, 0))     # index, and the cell that set it
        self.declared, self.declared_cells = "", 0
        self.errors: dict = {}
        self.merged: list = []
        self.uncached: set = set()
        self.styles: dict = {}
        self.percent: set = set()
        self.error_typed = False

    def value(self, row: int, col: int, rows: int = 1, cols: int = 1) -> bool:
        """A value in ``rows`` × ``cols`` cells from (row, col); True when it lies within limits."""
        bottom, right = row + max(rows, 1) - 1, col + max(cols, 1) - 1
        if bottom > self.last_row[0]:
            self.last_row = (bottom, (bottom, col))
        if right > self.last_column[0]:
            self.last_column = (right, (row, right))
        return row < MAX_ROWS and col < MAX_COLUMNS

    @property
    def exceeded(self) -> bool:
        """A value lies beyond the limits: the verdict is made, the rest need not be read."""
        return self.last_row[0] >= MAX_ROWS or self.last_column[0] >= MAX_COLUMNS

    def cells(self, row: int, col: int, rows: int, cols: int):
        """The positions of a repeated cell that lie within the limits."""
        for r in range(row, min(row + rows, MAX_ROWS)):
            for c in range(col, min(col + cols, MAX_COLUMNS)):
                yield r, c

    def declare(self, first: tuple[int, int], last: tuple[int, int], text: str) -> None:
        self.declared = text
        self.declared_cells = max(0, last[0] - first[0] + 1) * max(0, last[1] - first[1] + 1)

    def done(self, **given) -> SheetSurvey:
        """The survey; ``given`` fields (a quick pass's extent, the part) instead of the collected."""
        if "last_row" not in given:
            given["last_row"], given["last_column"] = ((n, address(*at) if n >= 0 else "")
                                                       for n, at in (self.last_row, self.last_column))
        return SheetSurvey(self.name, declared=self.declared, declared_cells=self.declared_cells,
                           errors=self.errors, merged=tuple(self.merged), uncached=frozenset(self.uncached),
                           styles=self.styles, percent=frozenset(self.percent), error_typed=self.error_typed,
                           **given)


# -- xlsx: one sheet part -------------------------------------------------------------------------

# An element's prefix as quick-xml (calamine's XML reader) reads a name: its local name is what
# follows the first colon, whatever precedes it (<x:c, <前:c and <:c are all cells).
_ANY_PREFIX = rb"(?:[^\s<>/:=\"'!?]*:)?"
_TAG_REST = rb"""((?:[^<>"']++|"[^"]*+"|'[^']*+')*+)>"""     # quotes honoured, as quick-xml ends a tag
_XLSX_TAG = re.compile(rb"<(/?)" + _ANY_PREFIX + rb"(row|c|v|f|is|dimension)(?=[\s/>])" + _TAG_REST)


_XLSX_OPEN = re.compile(rb"<(/?)(" + _ANY_PREFIX + rb")(row|c|dimension)(?=[\s/>])" + _TAG_REST)
_NESTED_CELL = re.compile(rb"<" + _ANY_PREFIX + rb"(?:c|row)[\s/>]")
_V_TEXT = re.compile(rb"<" + _ANY_PREFIX + rb"v(?:\s[^<>]*)?>([^<]*)")


# The common writers (Excel, WPS, LibreOffice, openpyxl, XlsxWriter) write every cell as
# <c r="J8"…, with r first, double quotes and no prefix, and the dimension as <dimension ref="…".
#
# _CELL_OUTLIER matches every cell but one written the common way in A1:Z999 (one letter, at most
# three digits): those lie well within MAX_ROWS × MAX_COLUMNS, and the engine passes them with one
# short look each.
# What it matches is either a plain reference to look at (_PLAIN_REF) or a cell written another
# way (<c\nr=…, <c>, <c s="1" r=…). It starts with a literal, so the engine skips ahead fast; the
# rarer elements are found with bytes.find, faster still.
_CELL_OUTLIER = re.compile(rb'<c(?! r="[A-Z][0-9]{1,3}")[\s/>]')
_PLAIN_REF = re.compile(rb'<c r="([A-Z]{1,7})([0-9]{1,10})"')
_DIMENSION = re.compile(rb'<dimension(?:( )ref="([^"]*)"|[\s/>])')   # ( ): written the common way
_PREFIXED = re.compile(rb":(?:c|dimension)[\s/>]")
_PLAIN_ERROR = re.compile(rb'<c r="[A-Z]{1,7}[0-9]{1,10}"[^<>]*?\bt="e"[^<>]*>')


def survey_xlsx_sheet(xml: bytes, name: str) -> SheetSurvey:
    """Survey one worksheet part of an .xlsx (``xl/worksheets/sheetN.xml``).

    A sheet written the common way (every cell ``<c r="J8"…``, no element prefixed), none far
    out, is surveyed with one pass of the regular-expression engine over its cells and bytes.find
    for the rest: its extent is then located only as far as it could matter, formulas and styles
    are looked up when asked. Any other sheet goes cell by cell (``_survey_cells``), which reads
    tags and references exactly as calamine does. Not looked for on the common way: a cell tag
    that names r a second time (no program writes one; a forged one is the merge's worker wall's).
    """
    far = _far_cells(xml)
    declared = _dimensions(xml)
    if far is None or any(not plain for plain, _ in declared) or _prefixed(xml):
        return _survey_cells(xml, name)
    last_row, last_column = _far_extent(far)
    if last_row[0] >= MAX_ROWS or last_column[0] >= MAX_COLUMNS:
        return _survey_cells(xml, name)           # far out, or only formatted far out: look closely
    sheet = _Builder(name)
    for _, ref in declared:
        _xlsx_dimension(sheet, ref)
    first_error = xml.find(b't="e"')
    sheet.error_typed = first_error >= 0
    if first_error >= 0:
        for match in _PLAIN_ERROR.finditer(xml, max(xml.rfind(b"<", 0, first_error), 0)):
            _quick_cell(sheet, xml, match.start(), match.end())
    return sheet.done(last_row=last_row, last_column=last_column, xml=xml)


# bytes.find skips ahead several times faster than the regular-expression engine: the engine is
# run from where the rarer elements are, found so. Each search stays linear in the part's size.

def _dimensions(xml: bytes) -> list[tuple[bytes, bytes]]:
    """(b" " when written the common way, ref) of each <dimension before the cells (<sheetData>),
    where calamine reads it: the first is near the start, and only the head is searched for more."""
    first, cells = xml.find(b"<dimension"), xml.find(b"<sheetData")
    if first < 0:
        return []
    head = xml[first:cells] if cells > first else xml[first:]
    if head.count(b"<dimension") > 1:
        return _DIMENSION.findall(head)
    match = _DIMENSION.match(head)
    return [match.groups()] if match else []


def _prefixed(xml: bytes) -> bool:
    """Is a cell or the dimension written with a prefix (``<x:c``)? Colons are few in a sheet
    (namespaces, ranges): each is looked at, or past 256 the engine searches the rest."""
    pos, seen = xml.find(b":"), 0
    while pos >= 0:
        if xml[pos + 1:pos + 2] in (b"c", b"d") and _PREFIXED.match(xml, pos):
            return True
        seen += 1
        if seen > 256:
            return _PREFIXED.search(xml, pos) is not None
        pos = xml.find(b":", pos + 1)
    return False


def _far_cells(xml: bytes) -> list[tuple[bytes, bytes]] | None:
    """(letters, digits) of each plain reference outside A1:Z999; None when a cell is written
    another way (or there is none): the part then goes cell by cell."""
    if b"<c " not in xml:
        return None
    far = []
    for match in _CELL_OUTLIER.finditer(xml):
        plain = _PLAIN_REF.match(xml, match.start())
        if plain is None:
            return None
        far.append(plain.groups())
    return far


def _far_extent(refs: list[tuple[bytes, bytes]]) -> tuple[tuple[int, str], tuple[int, str]]:
    """(last row, last column) among the references ``_far_cells`` found; (-1, "") when none."""
    if not refs:
        return (-1, ""), (-1, "")
    row = max(int(digits) for _, digits in refs) - 1
    col = max(_column(letters) for letters in {letters for letters, _ in refs})
    return (row, address(row, 0)), (col, address(0, col))


def _quick_cell(sheet: _Builder, xml: bytes, start: int, end: int) -> None:
    """Record one cell (an error value, a formula) found by a whole-part search."""
    tag = xml[start:end]
    a = _attrs(tag[2:-1])
    where = _cell_ref(a.get(b"r"))
    if where is None or tag.endswith(b"/>"):
        return
    close = xml.find(b"</c>", end)
    cell = _xlsx_cell(where[0], where[1], a, xml[end:close if close >= 0 else min(len(xml), end + 4096)])
    cell[3] = None                                # styles come from SheetSurvey.style on demand
    _end_xlsx_cell(sheet, cell)


def _survey_cells(xml: bytes, name: str) -> SheetSurvey:
    """Survey a part cell by cell: one search per cell, from its start tag to its end tag.

    A cell that holds another (broken or forged XML) sends the part to ``_survey_tokens``.
    """
    sheet = _Builder(name)
    row, next_col, pos = 0, 0, 0
    while (match := _XLSX_OPEN.search(xml, pos)) is not None:
        closing, prefix, tag, attrs = match.groups()
        pos = match.end()
        if tag == b"row":
            row, next_col = _row_event(row, next_col, closing, attrs)
        elif closing:
            continue
        elif tag == b"c":
            a = _attrs(attrs)
            r, c = _cell_ref(a.get(b"r")) or (row, next_col)
            next_col = c + 1
            if attrs.rstrip().endswith(b"/"):
                continue
            close = xml.find(b"</" + prefix + b"c>", pos)
            body = xml[pos:close if close >= 0 else len(xml)]
            if _NESTED_CELL.search(body):
                return _survey_tokens(xml, name)
            pos = close + 4 + len(prefix) if close >= 0 else len(xml)
            _end_xlsx_cell(sheet, _xlsx_cell(r, c, a, body))
            if sheet.exceeded:
                break
        else:
            _xlsx_dimension(sheet, _attrs(attrs, (b"ref",)).get(b"ref", b""))    # the one tag left
    return sheet.done()


def _row_event(row: int, next_col: int, closing: bytes, attrs: bytes) -> tuple[int, int]:
    """The row and column a cell without a reference takes after a <row> tag, as calamine counts:
    a row's r sets the row (its letters ignored), the row's end steps to the next and column A."""
    if closing or attrs.rstrip().endswith(b"/"):
        start = row if closing else _row_ref(_attrs(attrs, (b"r",)).get(b"r"), row)
        return start + 1, 0
    return _row_ref(_attrs(attrs, (b"r",)).get(b"r"), row), next_col


def _xlsx_cell(r: int, c: int, attrs: dict, body: bytes) -> list:
    """The cell record ``_end_xlsx_cell`` takes, from a cell's attributes and its inner XML."""
    style = attrs.get(b"s", b"")
    kind = attrs.get(b"t", b"")
    value = _V_TEXT.search(body)
    text = value.group(1).strip() if value else b""
    inline = b"<is" in body or b":is" in body
    formula = b"<f" in body or b":f" in body
    error = text.decode("utf-8", "replace")[:32] if kind == b"e" else ""
    return [r, c, kind, int(style) if style.isdigit() and len(style) < 8 else None,
            bool(text) or inline, formula, error, bool(value) or inline or formula]


def _survey_tokens(xml: bytes, name: str) -> SheetSurvey:
    """``survey_xlsx_sheet`` tag by tag, for parts whose cells nest (every tag counts)."""
    sheet = _Builder(name)
    row, next_col = 0, 0
    cell = None                    # [row, col, type, style, has a value, formula, error text, has a child]
    for match in _XLSX_TAG.finditer(xml):
        closing, tag, attrs = match.group(1), match.group(2), match.group(3)
        if tag == b"c" and closing:
            if cell is not None:
                _end_xlsx_cell(sheet, cell)
                if sheet.exceeded:
                    return sheet.done()
            cell = None
        elif tag == b"row":
            row, next_col = _row_event(row, next_col, closing, attrs)
        elif closing:
            continue
        elif tag == b"c":
            a = _attrs(attrs)
            where = _cell_ref(a.get(b"r"))
            r, c = where if where else (row, next_col)
            next_col = c + 1
            style = a.get(b"s", b"")
            cell = None if attrs.rstrip().endswith(b"/") else \
                [r, c, a.get(b"t", b""), int(style) if style.isdigit() and len(style) < 8 else None, False, False, "", False]
        elif cell is not None and tag in (b"v", b"is") and not attrs.rstrip().endswith(b"/"):
            text = xml[match.end():xml.find(b"<", match.end())] if tag == b"v" else b"x"
            cell[4] = cell[4] or bool(text.strip())
            cell[7] = True
            if tag == b"v" and cell[2] == b"e":
                cell[6] = text.decode("utf-8", "replace").strip()[:32]
        elif cell is not None and tag in (b"f", b"v", b"is"):
            cell[5] = cell[5] or tag == b"f"
            cell[7] = True
        elif tag == b"dimension":
            _xlsx_dimension(sheet, _attrs(attrs, (b"ref",)).get(b"ref", b""))
    if cell is not None:                         # the part ended inside a cell (truncated XML)
        _end_xlsx_cell(sheet, cell)
    return sheet.done()


def _end_xlsx_cell(sheet: _Builder, cell: list) -> None:
    r, c, kind, style, has_value, formula, error, occupied = cell
    sheet.error_typed = sheet.error_typed or kind == b"e"
    if not occupied:
        return                                   # formatting only: calamine skips it
    # calamine places a cell with an empty <v> after a formula (t="e" too), and an empty <is>:
    # any child at all counts for the extent, whatever its text.
    within = sheet.value(r, c)
    if not has_value:
        if formula and within:
            sheet.uncached.add((r, c))
        return
    if within:
        if kind == b"e":
            sheet.errors[(r, c)] = error or "#ERROR"
        if style is not None:
            sheet.styles[(r, c)] = style


def _xlsx_dimension(sheet: _Builder, ref: bytes) -> None:
    """A declared dimension (the one range an xlsx survey keeps: calamine reads merged cells itself)."""
    first, _, last = ref.partition(b":")
    start, end = _cell_ref(first.strip()), _cell_ref((last or first).strip())
    if start is not None and end is not None:
        sheet.declare(start, end, ref.decode("ascii", "replace"))


_SPACE = b" \t\n\r\x0c"


def _attrs(raw: bytes, keys: tuple[bytes, ...] = (b"r", b"s", b"t")) -> dict[bytes, bytes]:
    """The values of ``keys`` among a tag's attributes (``raw``: what follows the element's name),
    taken as calamine takes them: its own scanner (a key is whatever precedes "=", a value is in
    quotes of either kind), each key as found until every key was seen (so a key given twice may
    count twice). {} where calamine refuses the attributes: it then fails the whole sheet."""
    raw = raw.rstrip(_SPACE)
    raw = raw[:-1] if raw.endswith(b"/") else raw
    got, seen, pos, end = {}, 0, 0, len(raw)
    while True:
        while pos < end and raw[pos] in _SPACE:
            pos += 1
        equals = raw.find(b"=", pos)
        if pos >= end or equals < 0:
            return got if pos >= end else {}
        key, pos = raw[pos:equals].rstrip(_SPACE), equals + 1
        while pos < end and raw[pos] in _SPACE:
            pos += 1
        if pos >= end or raw[pos] not in b"\"'":
            return {}
        close = raw.find(raw[pos:pos + 1], pos + 1)
        value, pos = raw[pos + 1:close if close >= 0 else end], close + 1 if close >= 0 else end
        if key in keys:
            got[key] = value
            seen += 1
            if seen == len(keys):
                return got


_COLUMNS: dict[bytes, int] = {}
_REF_BYTES = re.compile(rb"([A-Za-z]*)([0-9]+)")
_WRAP = 2**32              # calamine counts rows and columns in 32 bits, wrapping over


def _cell_ref(ref: bytes | None) -> tuple[int, int] | None:
    """(row, column) where calamine places a cell with this r attribute, counting as it does (any
    number of letters, either case, and digits; 32 bits that wrap); None for a reference calamine
    refuses, which makes it fail the whole sheet (it then allocates nothing)."""
    match = _REF_BYTES.fullmatch(ref) if ref else None
    if match is None or not match.group(1):
        return None
    row = int(match.group(2)[-32:]) % _WRAP      # 10**32 is a multiple of 2**32: earlier digits count nothing
    col = _column(match.group(1))
    return (row - 1, col) if row and col >= 0 else None


def _row_ref(ref: bytes | None, row: int) -> int:
    """The row a <row r="…"> sets, as calamine reads it (column letters ignored); ``row`` when it
    has none (calamine fails the sheet over a reference it refuses: no matter then)."""
    match = _REF_BYTES.fullmatch(ref) if ref else None
    number = int(match.group(2)[-32:]) % _WRAP if match else 0
    return number - 1 if number else row


def _column(letters: bytes) -> int:
    """b"J" → 9, as calamine counts (-1 where it wraps to no column), remembered: a sheet names a
    few columns thousands of times."""
    col = _COLUMNS.get(letters)
    if col is None:
        number = 0
        for ch in letters[-32:].upper():           # 26**32 is a multiple of 2**32
            number = (number * 26 + ch - 64) % _WRAP
        col = number - 1
        if len(_COLUMNS) < 20_000:
            _COLUMNS[letters] = col
    return col


# -- ods: content.xml, every table ----------------------------------------------------------------

_T = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_O = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_CALCEXT = "{urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0}"
_CELLS = (_T + "table-cell", _T + "covered-table-cell")


def survey_ods(xml: bytes) -> dict[str, SheetSurvey]:
    """Survey every table of an .ods ``content.xml``, streamed.

    Raises:
        Exception: what defusedxml raises for XML that is broken or uses entities.
    """
    from defusedxml.ElementTree import iterparse

    surveys: dict[str, SheetSurvey] = {}
    stack: list = []
    sheet, row, col, repeat = None, 0, 0, 1
    for event, el in iterparse(io.BytesIO(xml), events=("start", "end")):
        if event == "start":
            stack.append(el)
            if el.tag == _T + "table" and sheet is None:
                sheet, row = _Builder(el.get(_T + "name", "")), 0
            elif el.tag == _T + "table-row":
                repeat, col = _count(el.get(_T + "number-rows-repeated")), 0
            continue
        stack.pop()
        if sheet is not None and el.tag in _CELLS and len(stack) >= 2 and stack[-1].tag == _T + "table-row":
            span = _count(el.get(_T + "number-columns-repeated"))
            _ods_cell(sheet, el, row, col, repeat, span)
            col += span
            if sheet.exceeded:
                surveys[sheet.name] = sheet.done()
                return surveys
        elif el.tag == _T + "table-row" and sheet is not None:
            row += repeat
        elif el.tag == _T + "table" and sheet is not None and not any(s.tag == _T + "table" for s in stack):
            surveys.setdefault(sheet.name, sheet.done())
            sheet = None
        if stack and el.tag in (*_CELLS, _T + "table-row"):
            del stack[-1][-1]                    # drop what has been read: memory stays flat
    return surveys


def _ods_cell(sheet: _Builder, el, row: int, col: int, rows: int, cols: int) -> None:
    kind = el.get(_O + "value-type")
    formula = el.get(_T + "formula") is not None
    spans = _count(el.get(_T + "number-rows-spanned")), _count(el.get(_T + "number-columns-spanned"))
    if spans != (1, 1) and len(sheet.merged) < 10_000:
        sheet.merged.append((row, col, row + spans[0] - 1, col + spans[1] - 1))
    if kind is None and not _has_text(el):
        if formula and sheet.value(row, col, rows, cols):      # a formula counts for the extent too
            sheet.uncached.update(sheet.cells(row, col, rows, cols))
        return
    if not sheet.value(row, col, rows, cols):
        return
    where = list(sheet.cells(row, col, rows, cols))
    if el.get(_CALCEXT + "value-type") == "error":
        text = "".join(el.itertext()).strip()[:32] or "#ERROR"
        sheet.errors.update((at, text) for at in where)
    if kind == "percentage":
        sheet.percent.update(where)


def _has_text(el) -> bool:
    return any((t or "").strip() for t in el.itertext())


def _count(text: str | None) -> int:
    """A repeat or span attribute; anything odd counts as 1 (as LibreOffice reads it)."""
    if text is None or not text.isdigit() or len(text) > 9:
        return 1
    return max(int(text), 1)


# -- xls: BIFF records of every sheet -------------------------------------------------------------

_BOF, _EOF, _BOUNDSHEET, _DIMENSIONS, _MERGED = 0x0809, 0x000A, 0x0085, 0x0200, 0x00E5
_FORMULA, _BOOLERR, _MULRK = 0x0006, 0x0205, 0x00BD
_VALUES = {0x0203, 0x027E, 0x00FD, 0x0204, 0x00D6,       # NUMBER, RK, LABELSST, LABEL, RSTRING
           0x0002, 0x0003, 0x0004, 0x0206, 0x0406}         # and BIFF2-4's cell records, whoever reads them
_MAX_STREAM = 64 * 2**20


def survey_xls(data: bytes) -> dict[str, SheetSurvey]:
    """Survey every sheet of an .xls (the ``Workbook`` stream, or ``Book`` for BIFF5).

    Raises:
        ValueError: no workbook stream, one too large, or a container calamine must not open
            (``ole_problem``).
        Exception: what olefile raises for a broken compound file.
    """
    import olefile

    problem = ole_problem(data)
    if problem:
        raise ValueError(problem)

    with olefile.OleFileIO(io.BytesIO(data)) as ole:
        stream = next((s for s in ("Workbook", "Book") if ole.exists(s)), None)
        if stream is None or ole.get_size(stream) > _MAX_STREAM:
            raise ValueError("no usable workbook stream")
        biff = ole.openstream(stream).read(_MAX_STREAM)
    return _walk_biff(memoryview(biff))


_ENDOFCHAIN, _SPECIAL = 0xFFFFFFFE, 0xFFFFFFFA


def ole_problem(data: bytes) -> str:
    """Why calamine's compound-file reader must not open ``data`` ("" when it may).

    calamine follows sector chains without looking for loops (a looping DIFAT or directory chain
    grows a buffer until memory runs out) and reserves what the header claims (FAT and DIFAT
    lengths: gigabytes from four bytes). Legitimate files have no loops and claim no more
    sectors than they hold; anything else is refused here, in a time linear in the file's size.
    """
    if len(data) < 512:
        return "文件头不完整"
    shift = struct.unpack_from("<H", data, 0x1E)[0]
    if shift not in (9, 12):
        return "扇区大小无效"
    size = 1 << shift
    sectors = max(len(data) // size - (1 if size > 512 else 0), 0)
    fat_len, misread_difat_len, mini_fat_len = (struct.unpack_from("<I", data, at)[0] for at in (44, 62, 64))
    if fat_len > sectors + 1 or mini_fat_len > sectors + 1 or misread_difat_len > 2**24:
        return "文件头声明的长度与文件大小不符"
    fat_ids = _difat(data, size, sectors)
    if fat_ids is None:
        return "扇区分配表链循环或越界"
    fat = _table(data, size, fat_ids)
    mini_fat_ids = _chain(fat, struct.unpack_from("<I", data, 60)[0])
    if fat is None or _loops(fat) or mini_fat_ids is None:
        return "扇区链循环或越界"
    mini_fat = _table(data, size, mini_fat_ids)
    if mini_fat is None or _loops(mini_fat):
        return "扇区链循环或越界"
    return ""


def _sector(data: bytes, size: int, sector: int) -> bytes | None:
    start = (sector + 1) * size
    return data[start:start + size] if start + size <= len(data) else None


def _difat(data: bytes, size: int, sectors: int) -> list[int] | None:
    """The FAT's sector ids: 109 in the header, then the DIFAT chain (None when it loops)."""
    ids = list(struct.unpack_from("<109I", data, 76))
    sector, seen = struct.unpack_from("<I", data, 68)[0], 0
    while sector < _SPECIAL:
        block = _sector(data, size, sector)
        seen += 1
        if block is None or seen > sectors:
            return None
        links = struct.unpack(f"<{size // 4}I", block)
        ids.extend(links[:-1])
        sector = links[-1]
    ids = [i for i in ids if i < _SPECIAL]
    return ids if len(ids) <= sectors + 1 else None


def _table(data: bytes, size: int, ids: list[int] | None):
    """The u32 entries of the sectors ``ids`` (a FAT or mini FAT); None when one lies outside."""
    from array import array

    if ids is None:
        return None
    table = array("I")
    for sector in ids:
        block = _sector(data, size, sector)
        if block is None:
            return None
        table.frombytes(block)
    if table.itemsize == 4 and struct.pack("=I", 1) != struct.pack("<I", 1):
        table.byteswap()
    return table


def _chain(fat, start: int) -> list[int] | None:
    """The sectors of a chain from ``start`` (None when the chain loops or leaves the table)."""
    if fat is None:
        return None
    chain = []
    while start < _SPECIAL:
        if start >= len(fat) or len(chain) > len(fat):
            return None
        chain.append(start)
        start = fat[start]
    return chain


def _loops(table) -> bool:
    """Does any chain of ``table`` (each entry the next sector) run in a circle?"""
    state = bytearray(len(table))              # 0 unseen, 1 on the current walk, 2 known to end
    for first in range(len(table)):
        path, at = [], first
        while at < len(table) and state[at] == 0:
            state[at] = 1
            path.append(at)
            at = table[at]
        if at < len(table) and state[at] == 1:
            return True
        for n in path:
            state[n] = 2
    return False


def _walk_biff(biff: memoryview) -> dict[str, SheetSurvey]:
    names: dict[int, str] = {}
    surveys: dict[str, SheetSurvey] = {}
    open_streams: list[_Builder | None] = []     # substreams nest: a chart inside its sheet
    biff8, pos, substreams = True, 0, 0
    while pos + 4 <= len(biff):
        kind, size = struct.unpack_from("<HH", biff, pos)
        body = biff[pos + 4:pos + 4 + size]
        sheet = open_streams[-1] if open_streams else None
        if kind in (_BOF, 0x0009, 0x0209, 0x0409):
            if substreams == 0 and len(body) >= 2:
                biff8 = struct.unpack_from("<H", body)[0] >= 0x0600
            open_streams.append(_Builder(names.get(pos, f"#{substreams}")) if substreams else None)
            substreams += 1
        elif kind == _BOUNDSHEET and substreams == 1 and len(body) >= 8:
            names[struct.unpack_from("<I", body)[0]] = _sheet_name(body, biff8)
        elif kind == _EOF and open_streams:
            if sheet is not None:
                surveys.setdefault(sheet.name, sheet.done())
            open_streams.pop()
        elif sheet is not None:
            _biff_record(sheet, kind, body, biff8)
            if sheet.exceeded:
                break
        pos += 4 + size
    for sheet in open_streams:                   # truncated, or stopped early: what was seen counts
        if sheet is not None:
            surveys.setdefault(sheet.name, sheet.done())
    return surveys


def _biff_record(sheet: _Builder, kind: int, body: memoryview, biff8: bool) -> None:
    if kind in _VALUES and len(body) >= 4:
        sheet.value(*struct.unpack_from("<HH", body))
    elif kind == _FORMULA and len(body) >= 14:
        r, c = struct.unpack_from("<HH", body)
        result = bytes(body[6:14])
        if result[6:8] == b"\xff\xff" and result[0] == 3:
            return                                # a formula whose result is an empty string
        if sheet.value(r, c) and result[6:8] == b"\xff\xff" and result[0] == 2:
            sheet.errors[(r, c)] = XLS_ERRORS.get(result[2], "#ERROR")
    elif kind == _BOOLERR and len(body) >= 8:
        r, c = struct.unpack_from("<HH", body)
        if sheet.value(r, c) and body[7]:
            sheet.errors[(r, c)] = XLS_ERRORS.get(body[6], "#ERROR")
    elif kind == _MULRK and len(body) >= 6:
        r, first = struct.unpack_from("<HH", body)
        last = struct.unpack_from("<H", body, len(body) - 2)[0]
        if last >= first:
            sheet.value(r, first, 1, last - first + 1)
    elif kind == _DIMENSIONS:
        _biff_dimensions(sheet, body, biff8)
    elif kind == _MERGED and len(body) >= 2:
        count = min(struct.unpack_from("<H", body)[0], (len(body) - 2) // 8)
        for n in range(count):
            r0, r1, c0, c1 = struct.unpack_from("<HHHH", body, 2 + 8 * n)
            if len(sheet.merged) < 10_000:
                sheet.merged.append((r0, c0, r1, c1))


def _biff_dimensions(sheet: _Builder, body: memoryview, biff8: bool) -> None:
    """The declared area, computed as calamine does (it reserves that many cells at once,
    with 32-bit arithmetic that wraps when the first row lies past the last)."""
    if len(body) == 14:
        r0, r1, c0, c1 = struct.unpack_from("<IIHH", body)
    elif len(body) == 10:
        r0, r1, c0, c1 = struct.unpack_from("<HHHH", body)
    else:
        return
    if c0 > 0xFF or c1 < c0:
        c0 = 0
    last = (r1 - 1, c1 - 1) if r1 >= 1 and c1 >= 1 else (r0, c0)
    rows, cols = (last[0] - r0 + 1) & 0xFFFFFFFF, (last[1] - c0 + 1) & 0xFFFFFFFF
    sheet.declared = f"{address(r0, c0)}:{address(*last)}" if rows * cols <= MAX_DECLARED_CELLS else \
        f"{address(r0, c0)}:{address(r0 + rows - 1, c0 + cols - 1)}"
    sheet.declared_cells = rows * cols


def _sheet_name(body: memoryview, biff8: bool) -> str:
    if biff8:
        count, wide = body[6], body[7] & 1
        raw = bytes(body[8:8 + count * (2 if wide else 1)])
        return raw.decode("utf-16-le" if wide else "latin-1", "replace")
    count = body[6]
    raw = bytes(body[7:7 + count])
    for codec in ("gbk", "latin-1"):             # BIFF5 names are in the writer's code page
        try:
            return raw.decode(codec)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


# -- addresses ------------------------------------------------------------------------------------

def address(row: int, col: int) -> str:
    """(0, 0) → "A1"; (1048575, 16383) → "XFD1048576"."""
    letters, n = "", col + 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return f"{letters}{row + 1}"
