"""A key-task notice (.txt in any encoding, .docx, .xlsx task table) → ``Catalogue``.

    >>> cat = parse_notice("tengzhou-2023-key-tasks.txt")      # or .docx / .xlsx / bytes
    >>> len(cat.sections), len(cat.tasks), cat.doc_number, cat.date
    (11, 75, '滕政办发〔2023〕30号', '2023-08-15')
    >>> cat.task(28).departments
    ('市文旅局', '市商投局', '市农业农村局', '各镇街')
    >>> cat.indicator("64.5").due                            # 秋季开学前, from [calendar]
    datetime.date(2023, 8, 31)
    >>> parsed = read_notice("tengzhou-2023-key-tasks.txt")    # the catalogue and the warnings
    >>> parsed.warnings[0]
    '第16行“纵深推进新旧动能转换”没有序号，按位置推定为第二部分。'

Every input is first turned into numbered ``Line`` records (a text line, a Word paragraph or table
row, a spreadsheet row), so the three forms of one notice go through the same structure parser and
give the same catalogue. A task table's merged cells count for every row they cover (one 序号 merged
down rows makes one task), and a table pasted into a text file as words (a header line 序号 … 牵头单位,
rows by number) is read as a table. The structure is read before the words: the numbering levels the notice
uses (一、 （一） 1. （1） ①, any width or separator), the task level (the one whose items carry
responsibility: a marker, a 责任单位 line under the item, a table row), the sections above it, and the
notice's own 一、二、三 before the plan. The words are read by markers.py (departments, leaders),
targets.py (the quantities a task commits to) and deadlines.py (完成时限 and each clause's own).

Only a text without any numbered item raises ``NoticeParseError`` (saying which lines were looked at);
everything doubtful becomes a warning and a ``needs_review`` flag with its reason, for the office to
check in ``catalogue.xlsx``.
"""

from __future__ import annotations

import io
import itertools
import os
import re
import warnings
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import Path

from .catalogue import Catalogue, Section, Task
from .chinese import CN_DIGITS, cn_number, cn_numeral, fold
from .deadlines import Calendar, date_task
from .errors import NoticeParseError
from .markers import (DUE_ROLE, LEADER_ROLE, Marker, head_markers, heading_persons, heading_units, marker_line,
                      read_marker, split_departments, split_head_markers, split_marker, split_markers)
from .targets import extract_indicators

__all__ = ["Line", "NoticeWarning", "ParsedNotice", "parse_notice", "read_notice", "extract_indicators",
           "split_departments"]

MAX_UNZIPPED = 200 * 1024 * 1024       # a .docx/.xlsx that inflates beyond this is refused


class NoticeWarning(UserWarning):
    """Something in the notice the office should check (a task without departments, a guessed heading)."""


@dataclass(frozen=True)
class Line:
    """One unit of the notice's text: a text line, a Word paragraph, a table row.

    ``departments`` is set when a table gave them in their own column; ``hint`` is "section" when the
    layout marks the line as a heading (a spreadsheet's section row or column), "note" for words of a
    flattened page's item that are no part of it (项目责任人, 实际完成情况 …, see ``_unflatten``).
    """

    no: int
    text: str
    hint: str = ""
    departments: tuple[str, ...] | None = None
    where: str = "行"                  # how to name the line in messages: 第12行 / 第12段 / 任务表第12行
    leaders: tuple[str, ...] | None = None   # a table's 责任领导 column
    due: str = ""                      # a table's 完成时限 column, as written
    review: str = ""                   # why a table's row needs the office's check (its columns read by content)


@dataclass
class ParsedNotice:
    """What ``read_notice`` found: the catalogue and the warnings (Chinese, one per finding)."""

    catalogue: Catalogue
    warnings: list[str] = field(default_factory=list)


def parse_notice(source: str | os.PathLike | bytes, calendar: Calendar | None = None) -> Catalogue:
    """Parse a notice into a catalogue; findings worth checking are issued as ``NoticeWarning``.

    Args:
        source: a path to a .txt (UTF-8 or GB18030/GBK), .docx or .xlsx file, or its bytes.
        calendar: the office's dates for named moments (秋季开学前 …); default ``Calendar()``.

    Raises:
        NoticeParseError: an unreadable file, or no numbered item at all (the message says which lines
            were looked at). Anything less certain is a warning and a ``needs_review`` flag.
    """
    parsed = read_notice(source, calendar)
    for message in parsed.warnings:
        warnings.warn(NoticeWarning(message), stacklevel=2)
    return parsed.catalogue


def read_notice(source: str | os.PathLike | bytes, calendar: Calendar | None = None) -> ParsedNotice:
    """Like ``parse_notice``, but return the warnings with the catalogue instead of issuing them."""
    lines = _split_items(_unflatten(load_lines(source)))
    return _Builder(lines, calendar).build()


# -- sources → lines ------------------------------------------------------------------------------

def load_lines(source: str | os.PathLike | bytes) -> list[Line]:
    """Read any supported source into ``Line`` records, in document order."""
    data, suffix, name = _read_source(source)
    if data[:4] == b"PK\x03\x04":
        members = _zip_members(data, name)
        if "word/document.xml" in members:
            return _docx_lines(data, name)
        if "xl/workbook.xml" in members:
            return _xlsx_lines(data, name)
        raise NoticeParseError(f"{name} 既不是 Word 文档也不是 Excel 工作簿，无法读取。", path=name, line=None)
    if suffix in (".doc", ".xls", ".wps", ".et"):
        raise NoticeParseError(f"{name} 是旧版 Office 格式，请另存为 .docx 或 .xlsx 后再导入。", path=name, line=None)
    text = decode_text(data, name)
    return _text_tables(_pipe_tables([Line(no, raw.strip()) for no, raw in enumerate(text.splitlines(), start=1)]))


def _read_source(source) -> tuple[bytes, str, str]:
    if isinstance(source, (bytes, bytearray)):
        return bytes(source), "", "通知内容"
    name = os.fspath(source) if isinstance(source, (str, os.PathLike)) else str(source)
    try:
        data = source.read_bytes() if hasattr(source, "read_bytes") else Path(name).read_bytes()
    except OSError as exc:
        raise NoticeParseError(f"无法读取通知文件 {name}：{exc.strerror or exc}", path=name, line=None) from exc
    return data, Path(name).suffix.lower(), Path(name).name


def _zip_members(data: bytes, name: str) -> set[str]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except zipfile.BadZipFile as exc:
        raise NoticeParseError(f"{name} 已损坏，无法打开。", path=name, line=None) from exc
    if sum(i.file_size for i in infos) > MAX_UNZIPPED:
        raise NoticeParseError(f"{name} 解压后过大，拒绝读取。", path=name, line=None)
    return {i.filename for i in infos}


def decode_text(data: bytes, name: str = "通知内容") -> str:
    """UTF-8 first (with or without BOM), then what charset-normalizer finds; GBK is read as GB18030."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    encoding = (best.encoding if best else "").lower().replace("-", "_")
    # GB2312 and GBK are subsets of GB18030; reading with the superset never loses a character.
    candidates = ["gb18030"] if encoding in ("", "gb2312", "gbk", "gb18030", "hz") else [encoding, "gb18030"]
    for candidate in candidates:
        try:
            text = data.decode(candidate)
        except (UnicodeDecodeError, LookupError):
            continue
        if _looks_like_chinese(text):
            return text
    raise NoticeParseError(f"{name} 的文字编码无法识别（既非 UTF-8 也非 GBK/GB18030）。", path=name, line=None)


def _looks_like_chinese(text: str) -> bool:
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    return cjk >= max(1, len(text.strip()) // 10)


def _docx_lines(data: bytes, name: str) -> list[Line]:
    """A Word document's paragraphs and table rows, in body order.

    python-docx opens the package; the body is walked as XML from its public ``Document.element``, so a
    table's merged cells (w:gridSpan, w:vMerge) are known as such and read once.
    """
    from docx import Document

    try:
        document = Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several kinds for a broken package
        raise NoticeParseError(f"{name} 无法作为 Word 文档打开：{exc}", path=name, line=None) from exc
    numbering = _Numbering(document)
    fields: list[dict] = []
    for block in document.element.body.iterchildren(f"{_W}p", f"{_W}tbl"):
        if block.tag == f"{_W}tbl":
            fields.extend(entry for _, entry in _table_lines(_grid_rows(block, numbering.text)))
        else:
            fields.extend({"text": part} for part in numbering.text(block).split("\n"))
    return [Line(no, **_stripped(entry), where="段") for no, entry in enumerate(fields, start=1)]


def _grid_rows(table, paragraph_text) -> list[list[str]]:
    """A Word table's rows as cell texts, one per grid column a cell spans (w:gridSpan), the first cell
    of a vertical merge (w:vMerge) standing in for the cells it covers; each cell is read once, so the
    numbering counts a merged cell once."""
    rows, above = [], {}                               # above: grid column → text of the cell there
    for tr in table.iterchildren(f"{_W}tr"):
        column, here, cells = _int_val(tr.find(f"{_W}trPr"), "gridBefore", 0), {}, []
        for tc in tr.iterchildren(f"{_W}tc"):
            props = tc.find(f"{_W}tcPr")
            span = _int_val(props, "gridSpan", 1)
            merge = props.find(f"{_W}vMerge") if props is not None else None
            if merge is not None and merge.get(f"{_W}val", "continue") == "continue" and column in above:
                text = above[column]
            else:
                text = "\n".join(paragraph_text(p) for p in tc.iterchildren(f"{_W}p"))
            for _ in range(span):
                here[column] = text
                cells.append(text)
                column += 1
        rows.append(cells)
        above = here
    return rows


def _int_val(props, tag: str, default: int) -> int:
    """The integer w:val of child ``tag`` of a properties element, or ``default``."""
    node = props.find(f"{_W}{tag}") if props is not None else None
    value = node.get(f"{_W}val") if node is not None else None
    return int(value) if value and value.isdigit() else default


def _stripped(entry: dict) -> dict:
    return {**entry, "text": entry["text"].strip()}


# -- Word's automatic numbering ---------------------------------------------------------------------
# A paragraph numbered with Word's list button keeps its "一、" or "1." in the numbering part, not in its
# text, so python-docx's ``paragraph.text`` lacks it. The label is rebuilt here the way Word draws it.

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CHINESE_COUNTING = {"chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
                     "koreanCounting", "ideographLegalTraditional"}


@dataclass(frozen=True)
class _Level:
    fmt: str           # w:numFmt: decimal, chineseCounting, ideographTraditional, bullet, none …
    text: str          # w:lvlText: "%1、", "（%1）", "%1."
    start: int


class _Numbering:
    """Counts the automatically numbered paragraphs of one document, in order, per (numId, ilvl)."""

    def __init__(self, document) -> None:
        self.document = document
        self.levels = _numbering_levels(document)
        self.counts: dict[tuple[str, int], int] = {}

    def text(self, p) -> str:
        """A w:p element's text as Word shows it: its list label ("一、", "2."), if any, then its runs."""
        from docx.text.paragraph import Paragraph

        paragraph = Paragraph(p, self.document)
        return self.label(p, paragraph.style) + paragraph.text

    def label(self, p, style) -> str:
        """The label Word shows before w:p element ``p`` of paragraph style ``style``, or ""."""
        num_id, ilvl = _num_pr(p, style)
        level = self.levels.get((num_id, ilvl))
        if level is None:
            return ""
        self.counts[(num_id, ilvl)] = self.counts.get((num_id, ilvl), level.start - 1) + 1
        for key in [k for k in self.counts if k[0] == num_id and k[1] > ilvl]:
            del self.counts[key]                        # a deeper level restarts under a new item
        if level.fmt in ("bullet", "none"):
            return ""

        def number(m: re.Match) -> str:
            at = int(m.group(1)) - 1
            shown = self.levels.get((num_id, at), level)
            return _format_number(self.counts.get((num_id, at), shown.start), shown.fmt)

        label = re.sub(r"%([1-9])", number, level.text).strip()
        if label and not re.search(r"[.．、:：)）\]]$", label):
            label += "、" if level.fmt in _CHINESE_COUNTING else "."   # "%1" drawn before a tab
        return label


def _numbering_levels(document) -> dict[tuple[str, int], _Level]:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    try:
        root = document.part.part_related_by(RT.NUMBERING).element
    except KeyError:
        return {}
    abstract = {a.get(f"{_W}abstractNumId"): {int(lvl.get(f"{_W}ilvl", 0)): lvl
                                               for lvl in a.findall(f"{_W}lvl")}
                for a in root.findall(f"{_W}abstractNum")}
    levels = {}
    for num in root.findall(f"{_W}num"):
        ref = num.find(f"{_W}abstractNumId")
        lvls = dict(abstract.get(ref.get(f"{_W}val") if ref is not None else None, {}))
        starts = {}
        for override in num.findall(f"{_W}lvlOverride"):
            ilvl = int(override.get(f"{_W}ilvl", 0))
            if (lvl := override.find(f"{_W}lvl")) is not None:
                lvls[ilvl] = lvl
            if (start := override.find(f"{_W}startOverride")) is not None:
                starts[ilvl] = int(start.get(f"{_W}val"))
        for ilvl, lvl in lvls.items():
            fmt = lvl.findall(f".//{_W}numFmt")         # the last one is mc:Fallback's, if any
            text = lvl.find(f"{_W}lvlText")
            start = lvl.find(f"{_W}start")
            levels[(num.get(f"{_W}numId"), ilvl)] = _Level(
                fmt=fmt[-1].get(f"{_W}val") if fmt else "decimal",
                text=text.get(f"{_W}val", "") if text is not None else f"%{ilvl + 1}.",
                start=starts.get(ilvl, int(start.get(f"{_W}val")) if start is not None else 1))
    return levels


def _num_pr(p, style) -> tuple[str | None, int]:
    """(numId, ilvl) of w:p element ``p``, from its own properties or else its style chain's (List Number …)."""
    num_id, ilvl = None, None
    sources = [p.find(f"{_W}pPr")]
    while style is not None:
        sources.append(style.element.find(f"{_W}pPr"))
        style = style.base_style
    for num_pr in (ppr.find(f"{_W}numPr") for ppr in sources if ppr is not None):
        if num_pr is None:
            continue
        if num_id is None:
            num_id = _val(num_pr, "numId")
        if ilvl is None and (level := _val(num_pr, "ilvl")) is not None:
            ilvl = int(level)
    return (None if num_id == "0" else num_id), ilvl or 0


def _val(parent, tag: str) -> str | None:
    node = parent.find(f"{_W}{tag}")
    return None if node is None else node.get(f"{_W}val")


_STEMS = "甲乙丙丁戊己庚辛壬癸"


def _format_number(n: int, fmt: str) -> str:
    if fmt in _CHINESE_COUNTING:
        return cn_numeral(n) if n < 100 else str(n)
    if fmt == "ideographTraditional":                   # 甲, 乙, 丙 … as Word draws it
        return _STEMS[(n - 1) % 10]
    if fmt == "ideographDigital":
        return "".join("〇一二三四五六七八九"[int(d)] for d in str(n))
    if fmt in ("upperLetter", "lowerLetter"):
        letter = chr(ord("A") + (n - 1) % 26)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)                                       # decimal and its full-width, circled … forms


def _xlsx_lines(data: bytes, name: str) -> list[Line]:
    from python_calamine import CalamineWorkbook

    try:
        wb = CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheets = [_sheet_rows(wb.get_sheet_by_name(sheet)) for sheet in wb.sheet_names]
    except Exception as exc:  # calamine raises several kinds for a broken package
        raise NoticeParseError(f"{name} 无法作为 Excel 工作簿打开：{exc}", path=name, line=None) from exc
    rows = next((rows for rows in sheets if _find_header(rows) is not None), sheets[0] if sheets else [])
    # Numbered by sheet row, so a message names the row the office sees in Excel.
    return [Line(row, **_stripped(entry), where="行") for row, entry in _table_lines(rows)]


def _sheet_rows(sheet) -> list[list[str]]:
    """A sheet's cells as text from A1 (so row numbers are Excel's); a merged cell's text in every cell it
    covers, as the office sees it (a 牵头单位 merged down three rows leads all three)."""
    rows = [["" if v is None else _cell_text(v) for v in row] for row in sheet.to_python(skip_empty_area=False)]
    for (top, left), (bottom, right) in sheet.merged_cell_ranges or ():
        if top >= len(rows) or left >= len(rows[top]):
            continue
        value = rows[top][left]
        for r in range(top, min(bottom, len(rows) - 1) + 1):
            for c in range(left, min(right, len(rows[r]) - 1) + 1):
                rows[r][c] = value
    return rows


def _cell_text(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# -- task tables (.xlsx sheets, Word tables) -----------------------------------------------------

_HEAD_NO = re.compile(r"^(序号|编号|任务序号|任务编号|项目序号)$")
# The task's own columns: its name (项目名称, 工作任务 …) and what it is to do (主要内容, 目标任务, 具体措施 …). A table
# with both gives the task as the name and the content; a 全年/年度 before the head is the same column.
_HEAD_TASK = re.compile(r"^(?:全年|年度|\d{4}年度?)?(?:"
                        r"(?:重点|主要|具体|工作|目标|年度)?(?:任务|工作)(?:名称|内容|及目标|措施|事项)?|(?:重点|主要)工作任务|"
                        r"内容与要求|(?:主要|具体|项目|任务|工作|实施|建设|主要建设|项目建设)内容(?:及规模|与要求|及要求)?|"
                        r"建设规模及内容|工作措施|具体措施|主要措施|目标任务|重点事项|(?:工作|主要|具体|建设)目标|目标要求|"
                        r"目标任务内容|主要工作|工作要点|(?:项目|任务|事项|实事|工作)名称|民生实事(?:项目)?|实事(?:项目|内容)|"
                        r"(?:重点|建设)?项目|(?:考核|主要|具体|工作)指标(?:名称|内容)?|指标(?:名称|内容)|考核(?:内容|事项))$")
_HEAD_SECTION = re.compile(r"^(一级|一级任务|一级指标|板块|领域|重点领域|所属领域|类别|大类|分类|门类|方面|部分|"
                           r"(?:工作|任务|项目)类别)$")
# 牵头单位, and the cell that names the unit's head after it: 牵头单位及主要负责人 / 牵头单位(负责人)
_HEAD_PERSON = re.compile(r"负责人|责任人|负责同志")
_HEAD_RESP = re.compile(r"^(?:[市区县]级)?(?:主要)?(?:责任单位|责任部门|责任主体|牵头单位|牵头部门|主责单位|责任股室|责任科室|责任处室|"
                        r"牵头责任单位|牵头责任部门)"
                        r"(?:\(.{1,4}\)|（.{1,4}）|及(?:其)?(?:主要)?(?:负责人|责任人|负责同志))?$")
_HEAD_CO = re.compile(r"^(配合单位|配合部门|参与单位|协办单位|协同单位|责任单位|责任部门|相关单位|相关部门)$|(?:协同|配合|参与|协办|协助)(?:单位|部门)")
# 责任领导, 分管市领导, 区政府分管领导, 挂点领导: the persons who answer for the task
_HEAD_LEADER = re.compile(rf"^(?:[市区县镇乡](?:人民)?政府|[市区县]委)?(?:{LEADER_ROLE}|(?:挂点|挂钩|包联|督办)(?:市|区|县)?领导)"
                          r"(?:同志)?$")
_HEAD_DUE = re.compile(rf"^(?:{DUE_ROLE})$")
# A column of persons who answer for the task beside its units (责任人 after 牵头单位, the office's 协管责任人): leaders
# after the 责任领导, as a 牵头单位及主要负责人 cell's persons are; a 项目责任人 (the project's manager) is none.
_HEAD_HEADS = re.compile(r"^(?:[\u4e00-\u9fff]{0,6}协管)?责任人$")
_HEAD_TARGET = re.compile(r"^(?:年度目标|全年目标|目标值|年度目标值|预期目标|目标数)$")   # a task's target in a column
# A column that holds the target only when its cells are figures (工作目标 may also head a column of task texts)
_HEAD_GOAL = re.compile(r"^(?:工作目标|目标|目标任务|计划目标|年度计划|全年计划|计划数|任务数|目标任务数|年度任务|全年任务|年度指标|"
                        r"全年指标|指标值)$")
_HEAD_UNIT = re.compile(r"^(?:单位|计量单位)$")                                      # … and its unit beside it
# Columns that report progress (已完成数, 占年任务之比 …) or comment: never the task, never its target.
_HEAD_OTHER = re.compile(r"备注|说明|进展|进度|推进情况|完成情况|落实情况|执行情况|实施情况|是否|评分|考核部门|联系人|电话|"
                         r"完成数|完成值|完成率|完成比例|之比|占比|累计|已完成|实际完成|其他|其它")
_SECTION_LEADERS = re.compile(rf"[(（]\s*((?:{LEADER_ROLE})\s*[:：][^()（）]*)[)）]\s*$")


def _head(cell: str) -> str:
    """A header cell as compared: without the spaces and line breaks that fit it to the column (分管 市领导)."""
    return re.sub(r"\s+", "", cell)


def _find_header(rows: list[list[str]]) -> int | None:
    """The row that names a task table's columns: a task column (or 序号) and a column of units; failing that,
    a 序号 column over rows numbered 1, 2, 3 … beside a task column, or beside a column of units known by its
    cells only (the units under 备注)."""
    for at, row in enumerate(rows):
        cells = [_head(c) for c in row]
        if any(_HEAD_RESP.match(c) for c in cells) and any(_HEAD_TASK.match(c) or _HEAD_NO.match(c) for c in cells):
            return at
    for at, row in enumerate(rows):
        cells = [_head(c) for c in row]
        no = next((i for i, c in enumerate(cells) if _HEAD_NO.match(c)), None)
        if no is None or sum(map(bool, cells)) < 3 or not _numbered(rows[at + 1:], no):
            continue
        if any(_HEAD_TASK.match(c) for c in cells):
            return at
        cols = _columns(cells, rows[at + 1:])
        if cols.units != (None,) and cols.task is not None and _wordy(rows[at + 1:], cols.task):
            return at
    return None


def _wordy(body: list[list[str]], col: int) -> bool:
    """Do the column's cells read as tasks, longer than a name (张三) and no figures?"""
    cells = _cells(body, col)
    return bool(cells) and not _figures(body, col) and sum(map(len, cells)) >= 6 * len(cells)


def _numbered(body: list[list[str]], no: int) -> bool:
    """Are the rows under column ``no`` numbered 1, 2, 3 … (a merged number read once; numbering may start
    again at 1 in a new part), with at least two numbers and few other words in the column?"""
    cells = [_number_cell(row[no]) if no < len(row) else "" for row in body]
    cells = [c for k, c in enumerate(cells) if c and (k == 0 or c != cells[k - 1])]
    numbers = [int(c) for c in cells if c.isdigit()]
    return len(numbers) >= 2 and 2 * len(numbers) >= len(cells) and numbers[0] == 1 and \
        all(b in (a + 1, 1) for a, b in zip(numbers, numbers[1:]))


def _number_cell(cell: str) -> str:
    """A 序号 cell without the marks written after the number (9*, 10※, 11、, 12.): still the number."""
    return re.sub(r"[.．、\s*＊※★☆▲△#＃]+$", "", cell.strip())


@dataclass(frozen=True)
class _Columns:
    """Which column of a task table holds what (None when it has no such column)."""

    no: int | None
    task: int | None
    section: int | None
    units: tuple[int, ...]          # 牵头单位 (or 责任单位) first, then 配合/参与/责任单位 in the table's order
    leader: int | None
    due: int | None
    target: int | None
    unit: int | None
    content: tuple[int, ...] = ()   # further columns of the task's text (主要内容 beside 项目名称), in order
    persons: tuple[int, ...] = ()   # unit columns whose cells name the unit's head after it (牵头单位及主要负责人)
    heads: tuple[int, ...] = ()     # columns of persons answering for the task (责任人, 协管责任人), in order


def _columns(cells: list[str], body: list[list[str]]) -> _Columns:
    def column(pattern: re.Pattern) -> int | None:
        return next((i for i, c in enumerate(cells) if pattern.search(c)), None)

    resp = column(_HEAD_RESP)
    measure = column(_HEAD_UNIT)
    if measure is not None and _org_share(body, measure) >= 0.6:
        # 单位 over 市发展改革委, 市财政局 …: the responsible units, not a unit of measure
        resp, measure = (measure if resp is None else resp), None
    units = (resp,) + tuple(i for i, c in enumerate(cells) if _HEAD_CO.search(c) and i != resp)
    target, no, section = column(_HEAD_TARGET), column(_HEAD_NO), column(_HEAD_SECTION)
    if target is None:          # 工作目标 over 5.2, 1360, 不低于60元: the target figures, not the task's text
        target = next((i for i, c in enumerate(cells) if _HEAD_GOAL.match(c) and _figures(body, i) and (
            # 目标任务 over 8950人, 51个 beside 项目名称 is the task's second part, as it always was; over bare
            # figures (26000 beside 城镇新增就业(人)), or with no other column for the task, it is the target
            c != "目标任务" or _bare_figures(body, i) or not any(_HEAD_TASK.match(x) for x in cells if x != c))),
            None)
    tasks = [i for i, c in enumerate(cells) if _HEAD_TASK.match(c) and i not in (target, section, measure)]
    # 项目内容 merged across two columns (a group, then the indicator): both are the task's text, not a group of tasks
    merged = len(tasks) > 1 and tasks[1] == tasks[0] + 1 and cells[tasks[0]] == cells[tasks[1]]
    if len(tasks) > 1 and not merged and _groups_rows(body, tasks[0], no):
        # 重点任务 merged down over rows numbered 1, 2, 3 (具体措施 beside it): a group of tasks, not a task's name
        section = tasks[0] if section is None else section
        tasks = tasks[1:]
    leader, due = column(_HEAD_LEADER), column(_HEAD_DUE)
    if units == (None,):
        # No column headed 责任单位: the column whose cells read as units' names (备注: 交通局, 妇联 …)
        known = {no, section, *tasks, leader, due, target, measure,
                 *(i for i, c in enumerate(cells) if _HEAD_HEADS.match(c))}
        shares = {i: _org_share(body, i) for i in range(len(cells)) if i not in known}
        best = max(shares, key=lambda i: (shares[i], -i), default=None)
        if best is not None and shares[best] >= 0.6:
            units = (best,)
    heads = tuple(i for i, c in enumerate(cells) if _HEAD_HEADS.match(c) and i not in (*units, leader))
    found = _Columns(no, tasks[0] if tasks else None, section, units, leader,
                     due, target, measure if target is not None else None,
                     tuple(tasks[1:]), tuple(i for i in units if i is not None and _HEAD_PERSON.search(cells[i])),
                     heads)
    if found.task is None:                              # 民生实事, 考核内容 …: the column of distinct texts
        taken = {found.no, found.section, *units, found.leader, found.due, target, found.unit, measure, *heads}
        free = [i for i, c in enumerate(cells) if i not in taken and not _HEAD_OTHER.search(c)]

        def weight(i: int) -> int:
            return sum(map(len, {row[i].strip() for row in body if i < len(row)}))

        span = _spanned(cells, max(free, key=weight, default=None), free)
        found = replace(found, task=span[0] if span else None, content=span[1:] + found.content)
    return found


def _spanned(cells: list[str], col: int | None, free: list[int]) -> tuple[int, ...]:
    """The columns one header cell merged across covers, ``col`` among them (项目名称 over a group and an item's
    name): all hold the task's text, the first its group. Just ``col`` when its header covers one column."""
    if col is None:
        return ()
    first, last = col, col
    while first - 1 in free and cells[col] and cells[first - 1] == cells[col]:
        first -= 1
    while last + 1 in free and cells[col] and cells[last + 1] == cells[col]:
        last += 1
    return tuple(range(first, last + 1))


_FIGURE_CELL = re.compile(r"^[^\d]{0,6}\d[\d.,，]*\s*[^\d\s]{0,6}$")    # 5.2, 1360, 不低于60元, ≥2%, 5900万元
_EMPTY_CELL = re.compile(r"^[-—–/／\\、.。\s]*$")                          # -, —, /: nothing to say
_ORG_END = re.compile(r"(?:局|委|办|厅|部|院|所|站|中心|政府|管委会|委员会|公司|集团|队|会|联|行|署|馆|社|处|科|股|室|"
                      r"街道|办事处|乡|镇|县|区|市|场|校|台)$")
_MAGNITUDE = re.compile(r"^[万亿千百十]")                                   # 万所, 亿元: units of measure


def _cells(body: list[list[str]], col: int) -> list[str]:
    """The column's non-empty cells, a dash (-, —, /) counted as empty."""
    cells = [row[col].strip() if col < len(row) else "" for row in body]
    return [c for c in cells if c and not _EMPTY_CELL.match(c)]


def _figures(body: list[list[str]], col: int) -> bool:
    """Do most of the column's cells hold a figure and little else (5.2, 1360, 不低于60元, ≥2%)?"""
    cells = _cells(body, col)
    return bool(cells) and sum(bool(_FIGURE_CELL.match(fold(c))) for c in cells) >= 0.6 * len(cells)


def _bare_figures(body: list[list[str]], col: int) -> bool:
    """Are most of the column's cells a number alone (26000, 4.3), its unit written elsewhere?"""
    cells = _cells(body, col)
    return bool(cells) and sum(bool(re.fullmatch(r"\d[\d.,]*", c)) for c in cells) >= 0.6 * len(cells)


def _organisation(word: str) -> bool:
    """Does a word read as a unit's name (交通局, 妇联, 岳阳电力公司), not a unit of measure (公里, 万所, 元/月/人)?"""
    return 2 <= len(word) <= 30 and bool(_ORG_END.search(word)) and not _MAGNITUDE.match(word) and \
        not re.search(r"[\d%％/。，,：:]", word)


def _org_share(body: list[list[str]], col: int) -> float:
    """The share of the column's non-empty cells (at least two) that list units' names only."""
    cells = _cells(body, col)
    if len(cells) < 2:
        return 0.0
    named = 0
    for cell in cells:
        words = [w for w in re.split(r"[、,，;；\s]+|(?<=[局委办厅])和", re.sub(r"[(（][^()（）]*[)）]", "", cell)) if w]
        named += bool(words) and all(map(_organisation, words))
    return named / len(cells)


def _groups_rows(body: list[list[str]], col: int, no: int | None) -> bool:
    """Does one text of column ``col`` span rows of different 序号 (a cell merged down over several tasks)?"""
    if no is None:
        return False

    def cell(row: list[str], i: int) -> str:
        return row[i].strip() if i < len(row) else ""

    return any(cell(a, col) and cell(a, col) == cell(b, col) and cell(a, no) and cell(b, no)
               and cell(a, no) != cell(b, no) for a, b in zip(body, body[1:]))


def _table_lines(rows: list[list[str]]) -> list[tuple[int, dict]]:
    """Rows of a table → (row number, Line fields); a task table becomes numbered task lines. A table whose
    header names no task and no units but whose rows are numbered 1, 2, 3 … is read by its cells' content,
    its tasks flagged for review (``_numbered_table``)."""
    header, review = _find_header(rows), ""
    if header is None:
        found = _numbered_table(rows)
        if found is None:
            return [(r, {"text": text}) for r, row in enumerate(rows, 1) for text in _distinct(row)]
        header, cols, review = found
    else:
        cols = _columns([_head(c) for c in rows[header]], rows[header + 1:])
    out = [(r, {"text": text}) for r, row in enumerate(rows[:max(header, 0)], 1) for text in _distinct(row)]
    last_section, last_no, above = "", "", []
    for r, row in enumerate(rows[header + 1:], start=header + 2):
        def get(i: int | None) -> str:
            return row[i].strip() if i is not None and i < len(row) else ""

        number, section = _number_cell(get(cols.no)), get(cols.section)
        after_task = bool(out) and out[-1][1].get("hint") == "task"
        if number or not last_no:
            continues, last_no = bool(number) and number == last_no and after_task, number
        else:
            # No 序号 under a numbered task, but a target (and its unit) of its own: the task's next line (a
            # second road, a further standard) written in a row of its own, its 序号 left blank, not merged
            continues = after_task and bool(re.search(r"\d", get(cols.target)) or get(cols.unit))
            last_no = last_no if continues else ""
        text = _task_text(row, above if continues else [], cols)
        above = row
        if section and section != last_section:
            out.append((r, {"text": section, "hint": "section"}))
            last_section = section
        label = _label(fold(text or number))
        if len(set(filter(None, row))) == 1 and not (label and label.kind in ("num", "num_paren")):
            out.append((r, {"text": next(filter(None, row)).strip(), "hint": "section"}))   # merged across
            continue
        if not number and text and not any(map(get, cols.units)) and not continues:
            out.append((r, {"text": text, "hint": "section"}))        # a section row spanning the table
            continue
        if text or continues:
            _table_task(out, r, number, text, get, cols, continues)
            if review and not continues:
                out[-1][1]["review"] = review
    return _run_together(out)


def _run_together(out: list[tuple[int, dict]]) -> list[tuple[int, dict]]:
    """Two persons run together in one cell with the spaces of a padded name (陆 明俞 悦): split at a name the
    table names alone in another row (俞 悦), when what is left is a name too."""
    known = {n for _, e in out for n in e.get("leaders") or () if re.fullmatch(r"[\u4e00-\u9fff]{2,3}", n)}
    for _, entry in out:
        names: list[str] = []
        for name in entry.get("leaders") or ():
            word = re.sub(r"\s+", "", name)
            cut = next((k for k in known if name != word and word != k and len(word) - len(k) in (2, 3)
                        and (word.endswith(k) or word.startswith(k))), None)
            if cut is None:
                names.append(name)
            else:
                names += [word[:-len(cut)], cut] if word.endswith(cut) else [cut, word[len(cut):]]
        if entry.get("leaders"):
            entry["leaders"] = tuple(dict.fromkeys(names))
    return out


_DUE_CELL = re.compile(r"^(?:\d{4}年)?(?:\d{1,2}月(?:\d{1,2}日)?|[上下]半年|年底|年内|全年|长期|持续|季度|\d{4}年)"
                       r"(?:底|末|中旬|上旬|下旬)?(?:前|内|以前)?(?:完成|推进|落实)?$|^(?:长期|持续)(?:推进|坚持)?$")


def _numbered_table(rows: list[list[str]]) -> tuple[int, _Columns, str] | None:
    """A table whose header (if any) names neither its task nor its units, whose first column is numbered 1,
    2, 3 … down the rows: (header row, or -1 for none; columns read by content; why to review it). The task
    is the column of the longest texts, which must read as tasks (a numbered list of names and telephone
    numbers is no task table); units and deadlines are the columns whose cells read as such, or none."""
    for at in range(len(rows)):
        body = rows[at:]
        if not body or _number_cell(body[0][0] if body[0] else "") != "1" or not _numbered(body, 0):
            continue
        run = 0
        for row in body:
            run += bool(row and _number_cell(row[0]).isdigit())
        if run < 3:
            continue
        head = [_head(c) for c in rows[at - 1]] if at and len(rows[at - 1]) == len(body[0]) else []
        cells = head or [""] * max(map(len, body))
        cols = _columns(cells, body)
        taken = {cols.no, *cols.units, cols.leader, cols.target, cols.section}
        free = [i for i in range(1, len(cells)) if i not in taken and not _HEAD_OTHER.search(cells[i])]
        task = max(free, key=lambda i: sum(map(len, _cells(body, i))) / max(1, len(_cells(body, i))), default=None)
        if task is None or not _wordy(body, task) or sum(map(len, _cells(body, task))) < 10 * len(_cells(body, task)):
            return None
        due = cols.due if cols.due is not None else next(
            (i for i in free if i != task and len(_cells(body, i)) >= 2
             and all(_DUE_CELL.match(fold(c)) for c in _cells(body, i))), None)
        cols = replace(cols, no=0, task=task, content=(), due=due, section=None)
        unknown = "、".join(what for what, col in (("任务", cols.task if head and _HEAD_TASK.match(cells[task]) else None),
                                                   ("责任单位", cols.units[0])) if col is None)
        review = f"任务表的表头未能识别{unknown or '各列'}列，已按内容推定（任务取第{task + 1}列" + (
            f"，责任单位取第{cols.units[0] + 1}列" if cols.units[0] is not None else "，未找到责任单位列") + "），请核对"
        return at - 1, cols, review
    return None


def _task_text(row: list[str], above: list[str], cols: _Columns) -> str:
    """The task's text in a row: its name and content columns joined (项目名称。主要内容), a text met twice (a cell
    merged across both columns) once, and on a row that goes on with the task above, without the cells it
    repeats from that row (the 项目名称 merged down over both)."""
    def cell(row: list[str], i: int) -> str:
        return row[i].strip() if i < len(row) else ""

    parts: list[str] = []
    for i in (cols.task, *cols.content) if cols.task is not None else ():
        text = cell(row, i)
        if not text or (above and text == cell(above, i)) or any(text in part for part in parts):
            continue
        parts = [p for p in parts if not text.startswith(p)] + [text]     # 老城厢复兴发展：… after its name
    joined = ""
    for part in parts:
        joined += part if not joined or re.search(r"[。；;:：.!！?？]$", joined) else "。" + part
    return joined


def _table_task(out: list[tuple[int, dict]], r: int, number: str, text: str, get, cols: _Columns,
                continues: bool) -> None:
    """One task row into ``out``; a row whose 序号 repeats the row above (a merged cell) goes on with its task."""
    marker, persons = Marker(()), ()
    for k, col in enumerate(cols.units):
        cell = _unit_lines(get(col))
        if col in cols.persons:
            cell, named = _unit_heads(cell)
            persons += named
        if k:       # 区统计局(数据统计评估牵头单位) among the 相关单位: a note on its part, not the task's lead
            cell = _ROLE_NOTE.sub("", cell)
        marker += _collectives(read_marker(cell), cell)
    leaders = read_marker(f"责任领导:{get(cols.leader)}").leaders if get(cols.leader) else ()
    for col in cols.heads:
        leaders += read_marker(f"责任领导:{get(col)}").leaders if get(col) else ()
    leaders = tuple(dict.fromkeys(leaders + persons)) or None
    text = re.sub(rf"^\s*{re.escape(number)}\s*[.．、]\s*", "", text) if number else text
    if (target := get(cols.target)) and re.search(r"\d", target) and not _stated(text, target):
        unit = get(cols.unit) if not re.search(r"[^\d.]$", target) else ""
        named = _NAMED_UNIT.search(text) if not unit and re.fullmatch(r"\d[\d.,]*", target) else None
        if named:           # 城镇新增就业(人) | 26000: the figure where its unit is named
            text = f"{text[:named.start()]}{target}{named.group(1)}{text[named.end():]}"
        else:
            text += f"（目标：{target}{unit}）"
    if continues:
        previous = out[-1][1]
        if text and not re.search(r"[。；;！!？?：:，,、]$", previous["text"]):
            text = "。" + text                          # the task's next row (its second road, its next standard)
        previous["text"] += text
        previous["departments"] = tuple(dict.fromkeys((previous["departments"] or ()) + marker.departments)) or None
        previous["leaders"] = tuple(dict.fromkeys((previous["leaders"] or ()) + (leaders or ()))) or None
        return
    out.append((r, {"text": (f"{number}." if number else "") + text, "hint": "task",
                    "departments": marker.departments or None, "leaders": leaders, "due": get(cols.due)}))


# A unit of measure named in brackets at the end of a table's item (城镇新增就业(人), 城镇登记失业率低于(%), 投资（万元）)
_NAMED_UNIT = re.compile(r"[(（]\s*([%％‰]|[\u4e00-\u9fff]{1,3}(?:/[\u4e00-\u9fff]{1,2})?)\s*[)）]$")
# A note in brackets after a unit on its part in the task (数据统计评估牵头单位, 牵头, 配合)
_ROLE_NOTE = re.compile(r"[(（][^()（）]*(?:牵头|负责|配合|协办|参与)[^()（）]*[)）]")
# A target verb and figure in the item's own words (…月均分别达到300元/人): the item states its targets
_STATES_TARGET = re.compile(r"(?:达到|提高到|提高至|不低于|不少于|控制在)\s*\d")


def _stated(text: str, target: str) -> bool:
    """Does the item's text already state its target (完成征缴基金10000万元 | 10000万), or targets of its own in place
    of the column's figure (补差水平月均分别达到300元/人 | 100%)?"""
    figure = re.search(r"\d+(?:\.\d+)?", target).group()
    return bool(re.search(rf"(?<![\d.]){re.escape(figure)}(?![\d.])", text) or _STATES_TARGET.search(text))


def _unit_lines(cell: str) -> str:
    """A units cell whose name is broken over lines to fit the column (市人力资源 / 社会保障局) made whole; lines that
    each end a name (市发改委 / 市财政局) or a list (、) stay apart."""
    lines = cell.split("\n")
    out = [lines[0]]
    for line in lines[1:]:
        last = re.split(r"[、,，;；\s]+", out[-1].strip())[-1]
        if re.fullmatch(r"[\u4e00-\u9fff]{2,12}", last) and not _organisation(last) and line.strip():
            out[-1] = out[-1].rstrip() + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


def _collectives(marker: Marker, cell: str) -> Marker:
    """各乡、街道办事处 (the townships and the sub-districts, named as one) kept as one name, as written."""
    names = list(marker.departments)
    k = 0
    while k + 1 < len(names):
        joined = f"{names[k]}、{names[k + 1]}"
        if re.fullmatch(r"各[\u4e00-\u9fff]{1,2}", names[k]) and \
                re.fullmatch(r"(?:街道|街道办事处|办事处|社区)", names[k + 1]) and joined in cell:
            names[k:k + 2] = [joined]
        k += 1
    return replace(marker, departments=tuple(names)) if len(names) != len(marker.departments) else marker


# A word that names a unit, not a person: its ending (局, 委, 街道, 公司 …) or its start (各, 全); and words of a
# marker that are no name at all (牵头, 负责, 有关).
_UNIT_WORD = re.compile(r"(?:局|委|厅|办|部|院|所|站|中心|政府|管委会|公司|集团|队|会|行|署|馆|社|处|科|股|室|团|组|单位|部门|"
                        r"街道|社区|镇|乡|区|县|市|省|村|园|校|场|港|厂|联|协|盟|关|台)$|^(?:各|全|有关|相关|市|县|省|乡|中国)|"
                        r"牵头|负责|配合|参与|协办|协助|等")


_PERSON = re.compile(r"([\u4e00-\u9fff·]{2,4}?)(?:同志|副?(?:局长|主任|书记|区长|县长|市长|镇长|乡长|院长|所长|站长|部长|处长|"
                     r"科长|总经理|经理|董事长))?")


def _unit_heads(cell: str) -> tuple[str, tuple[str, ...]]:
    """A 牵头单位及主要负责人 cell → (its units, the persons named after them): ``市民政局 伍泽国`` → (``市民政局``,
    (``伍泽国``,)); ``市民政局（伍泽国）`` likewise. A person is a word of two to four characters standing alone after
    a unit, which no unit's ending or start marks as a unit; a name padded with spaces (周 斐) is one word."""
    folded = fold(cell)
    words = [(m.start(), m.end()) for m in re.finditer(r"[\u4e00-\u9fff·]+", folded)]
    persons, cut, seen_unit, k = [], [], False, 0
    while k < len(words):
        start, end = words[k]
        nxt = k + 1
        # 周 斐 / 王 小 明: single characters padded apart in a cell
        while end - start == 1 and nxt < len(words) and words[nxt][1] - words[nxt][0] == 1 \
                and not folded[end:words[nxt][0]].strip():
            end = words[nxt][1]
            nxt += 1
        word = re.sub(r"\s+", "", folded[start:end])
        before, after = folded[start - 1:start], folded[end:end + 1]
        alone = before in ("", " ", "\u3000", "\t", "\n", "、", ",", ";", ":", "(", "/") and \
            after in ("", " ", "\u3000", "\t", "\n", "、", ",", ";", ":", ")", "/")
        name = _PERSON.fullmatch(word)
        if seen_unit and alone and name and not _UNIT_WORD.search(name.group(1)):
            persons.append(name.group(1))
            cut.append((start, end))
        else:
            seen_unit = True
        k = nxt
    units = cell
    for start, end in reversed(cut):
        units = units[:start] + " " + units[end:]
    units = re.sub(r"[(（]\s*[)）]", " ", units)                    # the emptied （伍泽国）
    units = re.sub(r"\s*\n\s*", "\n", re.sub(r"[ \t\u3000]+", " ", units)).strip()
    return units, tuple(persons)


def _text_tables(lines: list[Line]) -> list[Line]:
    """A table pasted as text: a header line of column names separated by spaces (序号 类别 主要任务 … 牵头单位
    参与单位 责任单位) and rows that start with their number. A row's cells may hold spaces themselves, but
    department names do not: the row's last words fill the columns of units, leaders and deadlines that end
    the header, and the rest, from the number on, is the task."""
    out, roles = [], None
    for ln in lines:
        heads = ln.text.split()
        if len(heads) >= 3 and _HEAD_NO.match(heads[0]) and all(re.fullmatch(r"[\u4e00-\u9fff()（）]{2,10}", h)
                                                              for h in heads) \
                and any(_HEAD_RESP.match(h) or _HEAD_CO.match(h) for h in heads):
            roles = list(reversed(list(itertools.takewhile(_role_column, reversed(heads)))))
            out.append(ln)
            continue
        m = re.match(r"(\d{1,3})\s+\S", ln.text) if roles else None
        words = ln.text.split()
        if m is None or len(words) <= len(roles) + 1:
            out.append(ln)
            continue
        cells = dict(zip(roles, words[-len(roles):]))
        start = [w.start() for w in re.finditer(r"\S+", ln.text)][-len(roles)]
        text = ln.text[m.end(1):start].strip()
        marker = read_marker(";".join(f"{h}:{v}" for h, v in cells.items() if not _HEAD_LEADER.match(h)
                                      and not _HEAD_DUE.match(h)))
        leaders = next((read_marker(f"责任领导:{v}").leaders for h, v in cells.items() if _HEAD_LEADER.match(h)), None)
        due = next((v for h, v in cells.items() if _HEAD_DUE.match(h)), "")
        out.append(Line(ln.no, f"{m.group(1)}.{text}", hint="task", departments=marker.departments or None,
                        leaders=leaders, due=due))
    return out


_PIPE = re.compile(r"\s\|\s|\s\|$")


def _pipe_tables(lines: list[Line]) -> list[Line]:
    """A table pasted as text with its cells split by ' | ': one row a line (1 | 地区生产总值增长6%左右。 | 市发展改革委 |),
    or one cell a line, each ending ' |' (序号 | / 目标与任务 | / … / 80 | / …, a page's cells as stored), read
    as the table it is when it is a task table (a header naming its columns, or rows numbered 1, 2, 3 …);
    other lines (a page's 索引号: | … metadata) stay as they are."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        run = k
        while run < len(lines) and _PIPE.search(lines[run].text + " ") and \
                len([c for c in lines[run].text.split("|") if c.strip()]) >= 2:
            run += 1
        rows: list[tuple[int, list[str]]] = []
        if run - k >= 2:                                   # one row a line
            rows = [(ln.no, _pipe_cells(ln.text)) for ln in lines[k:run]]
        else:
            run = k
            while run < len(lines) and re.fullmatch(r"[^|]*[^|\s][^|]*\s*\|", lines[run].text):
                run += 1
            rows = _cell_lines(lines[k:run])
        read = _table_lines([cells for _, cells in rows]) if rows else []
        if not any(entry.get("hint") == "task" for _, entry in read):
            out.append(lines[k])
            k += 1
            continue
        out.extend(Line(rows[r - 1][0], **_stripped(entry)) for r, entry in read)
        k = run
    return out


def _pipe_cells(text: str) -> list[str]:
    cells = [c.strip() for c in text.split("|")]
    return cells[:-1] if cells and not cells[-1] else cells


def _cell_lines(lines: list[Line]) -> list[tuple[int, list[str]]]:
    """Lines of one cell each (序号 | / 目标与任务 | / … / 80 | / …) → rows: the header the cells from 序号 to the
    first number, every row as many cells and led by its number; [] when they do not fall into such rows."""
    cells = [ln.text.rstrip("|").strip() for ln in lines]
    if len(cells) < 4 or not _HEAD_NO.match(_head(cells[0])):
        return []
    width = next((i for i, c in enumerate(cells) if _number_cell(c).isdigit()), 0)
    if width < 2 or len(cells) < 2 * width:
        return []
    chunks = [(lines[i].no, cells[i:i + width]) for i in range(0, len(cells) - len(cells) % width, width)]
    if not all(_number_cell(row[0]).isdigit() for _, row in chunks[1:]):
        return []
    return chunks


def _role_column(head: str) -> bool:
    return bool(_HEAD_RESP.match(head) or _HEAD_CO.match(head) or _HEAD_LEADER.match(head) or _HEAD_DUE.match(head))


def _distinct(row: list[str]) -> list[str]:
    """Cell texts of a row without the repeats that merged cells produce."""
    seen: list[str] = []
    for cell in row:
        for part in str(cell).split("\n"):
            part = part.strip()
            if part and part not in seen:
                seen.append(part)
    return seen


# -- text flattened from a web page -----------------------------------------------------------------
# A page stored as text may lose its line breaks: 前言。 1.轨道交通…试运营。 牵头领导:林静国 责任单位:市轨道
#交通工程建设指挥部 项目责任人:尹文德 实际完成情况:… 2.新增… Such lines are cut again before each numbered item
# (after a sentence end or a space, numbers in sequence, so 7.5G, 1.6倍, dates and 第1号 stay whole), and an
# item's fields written after it with spaces become lines of their own: responsibility fields marker lines,
# any other field (项目责任人, 实际完成情况 …) and what follows a name list (a flattened table) a note.
# In any document, a numbered line that goes on with the next item of its own level after a sentence end or a
# marker (（一）…11%左右。（省发改委负责）（二）…) is cut there too (``_split_items``).

_RUN_ON_MIN = 300                       # a line this long may be a page's paragraphs run together
_ITEM_AHEAD = (r"(?=(?:\d{1,3}\s*[.．、](?![\d.．])|[(（]\s*\d{1,3}\s*[)）]|"
               r"[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])\s*[^\s\d])")
_INLINE_ITEM = re.compile(r"(?:(?<=[。；;！!？?])|(?<=\s))\s*" + _ITEM_AHEAD)
# In a line of any length: the next item right after a sentence end or a closing bracket (a marker's, see
# ``_next_item_cuts``), as in （一）…增长11%左右。（省发改委负责）（二）公共财政收入增长13%左右。（…）
_NEXT_ITEM = re.compile(r"(?<=[。；;！!？?)）\]】〕])\s*" + _ITEM_AHEAD)
_INLINE_FIELD = re.compile(r"\s+(?=[\u4e00-\u9fff]{2,8}\s*[:：])")
_NAMES_END = re.compile(r"(?<![、,，;；])\s+")     # a list of names ends at a space not after its separator


def _unflatten(lines: list[Line]) -> list[Line]:
    """Lines of a document whose text was flattened (most of it in few very long lines holding numbered
    items in sequence) cut again into items, marker lines and notes; any other document as it is."""
    cuts = {ln.no: _item_cuts(ln.text) for ln in lines if not ln.hint and len(ln.text) >= _RUN_ON_MIN}
    cuts = {no: at for no, at in cuts.items() if len(at) >= 2}
    run_on = sum(len(ln.text) for ln in lines if ln.no in cuts)
    if not cuts or run_on * 2 < sum(len(ln.text) for ln in lines):
        return lines
    out: list[Line] = []
    for ln in lines:
        if ln.no not in cuts or ln.hint:
            out.append(ln)
            continue
        bounds = [0, *cuts[ln.no], len(ln.text)]
        pieces = [ln.text[a:b].strip() for a, b in zip(bounds, bounds[1:])]
        if pieces[0]:
            out.append(replace(ln, text=pieces[0]))         # what comes before the first item
        for piece in pieces[1:]:
            out.extend(replace(ln, text=text, hint=hint) for text, hint in _item_fields(piece))
    return out


def _item_cuts(text: str) -> list[int]:
    """Where numbered items start inside a line: after 。；or a space, each number the next of its kind
    (or 1, a list starting under a new item)."""
    cuts, last = [], {}
    for m in _INLINE_ITEM.finditer(text):
        label = _label(fold(text[m.end():]))
        if label is None or m.end() == 0 or m.end() in cuts:
            continue
        if label.number == 1 or label.number == last.get(label.kind, 0) + 1:
            cuts.append(m.end())
            last[label.kind] = label.number
    return cuts


def _split_items(lines: list[Line]) -> list[Line]:
    """A numbered line that goes on with the next item of its own level (（一）…。（省发改委负责）（二）…) cut
    into one line per item; any other line as it is."""
    out: list[Line] = []
    for ln in lines:
        first = None if ln.hint or ln.departments is not None else _label(fold(ln.text))
        cuts = _next_item_cuts(ln.text, first) if first is not None else []
        bounds = [0, *cuts, len(ln.text)]
        out.extend(replace(ln, text=ln.text[a:b].strip()) for a, b in zip(bounds, bounds[1:]))
    return out


def _next_item_cuts(text: str, first: _Label) -> list[int]:
    """Where the items after ``first`` (the line's own label) start inside the line: each the expected next
    number of the same kind, right after a sentence end or after a bracket that is a marker (…。（X局负责）),
    never inside a quotation (“…。（2）…”). 7.5G, 1.6倍 and dates are no item labels at all."""
    folded = fold(text)
    cuts, expected = [], first.number + 1
    for m in _NEXT_ITEM.finditer(folded):
        label = _label(folded[m.end():])
        if label is None or label.kind != first.kind or label.number != expected:
            continue
        before = folded[:m.start()].rstrip()
        if before.count("“") > before.count("”") or before.count('"') % 2 or before.count("「") > before.count("」"):
            continue
        if before[-1:] in ")）]】〕" and split_marker(text[:m.start()])[1] is None:
            continue                                        # …（含试点）（二）: a bracket of content, no item end
        cuts.append(m.end())
        expected += 1
    return cuts


def _item_fields(piece: str) -> list[tuple[str, str]]:
    """An item cut from a flattened line → (text, hint): the item, then its fields from the first field of
    responsibility on: marker lines (hint ""), anything else a note (hint "note") the builder passes over."""
    fields = _INLINE_FIELD.split(piece)
    first = next((i for i, f in enumerate(fields) if i and marker_line(f)), None)
    if first is None:
        return [(piece, "")]
    out = [(" ".join(fields[:first]), "")]
    for field in fields[first:]:
        if not marker_line(field):
            out.append((field, "note"))
            continue
        label, value = re.split(r"[:：]", field, maxsplit=1)
        names, *rest = _NAMES_END.split(value.strip(), maxsplit=1)
        out.append((f"{label}:{names}", ""))
        out.extend((note, "note") for note in rest if note.strip())
    return out


# -- structure: numbering levels, body and annex, sections, tasks ---------------------------------
# Official documents number their levels 一、 → （一） → 1. → （1） → ① (GB/T 9704); any may be missing,
# start lower, or use other widths and separators. The task level is the level whose items carry
# responsibility; levels above it are sections, levels below stay inside their task.

LEVELS = ("cn", "cn_paren", "num", "num_paren", "circled")
_LABELS = (
    ("cn", re.compile(r"^第?([一二三四五六七八九十]{1,3})(?:部分|章|篇)?\s*[、.:\s]\s*(?=\S)")),
    ("cn_paren", re.compile(r"^\(([一二三四五六七八九十]{1,3})\)\s*(?=\S)")),
    ("num", re.compile(r"^(\d{1,3})\s*[.、,](?!\d)\s*(?=\S)")),
    ("num_paren", re.compile(r"^(?:\((\d{1,3})\)|(\d{1,3})\))\s*(?=\S)")),
    ("circled", re.compile(r"^([①-⑳])\s*(?=\S)")),
)
_DECIMAL_START = re.compile(r"^(\d{1,3})\.(?=\d)")       # 7.5G网络建设 numbered 7, or the decimal 7.5?
_BULLET = re.compile(r"^[-–—•·*#>◆■●○\s]+")
_DOCNO = re.compile(r"[\u4e00-\u9fff]{1,8}[〔\[［(【]\s*((?:19|20)\d{2})\s*[〕\]］)】]\s*第?\s*\d+\s*号")
_DATE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_CN_DATE = re.compile(r"^([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$")
# (…意见建议的通告, …的公告: what a 人大 committee or an office publishes ends its title the same way)
_TITLE_END = re.compile(r"(通知|通告|公告|意见|方案|计划|任务|要点|清单|安排|分解|分工|责任分解)$")


@dataclass(frozen=True)
class _Label:
    kind: str
    number: int
    end: int            # where the item's own text starts


def _label(folded: str) -> _Label | None:
    """The numbering label a (folded) line starts with, if any."""
    for kind, pattern in _LABELS:
        m = pattern.match(folded)
        if m:
            raw = next(g for g in m.groups() if g)
            number = int(raw) if raw.isdigit() else (ord(raw) - 0x245F if kind == "circled" else cn_number(raw))
            return _Label(kind, number, m.end())
    return None


@dataclass
class _Draft:
    """A task being read: its number, the lines it spans, and what the layout said."""

    no: int
    line: Line
    parts: list[str]
    marker: Marker | None           # from a table's columns or marker lines under the item
    section: int
    sub: int | None = None          # index into _Builder.subs of the heading above it, if any
    leaders: tuple[str, ...] = ()   # from the section heading (牵头领导:…) above it
    due: str = ""                   # 完成时限 words from a column or a line
    units: tuple[str, ...] = ()     # named by the heading above it (一、X牵头工作): its units if it names none

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def add_marker(self, marker: Marker) -> None:
        self.marker = marker if self.marker is None else self.marker + marker


class _Builder:
    """One pass over the lines: header, then sections and tasks (see ``read_notice``)."""

    def __init__(self, lines: list[Line], calendar: Calendar | None = None) -> None:
        self.lines = [ln for ln in lines if ln.text]
        self.calendar = calendar or Calendar()
        self.warnings: list[str] = []
        self.sections: list[Section] = []
        self.section_at: list[int] = []          # line index of each section heading
        self.section_warnings: list[str] = []     # warnings on the parts' numbering, void if the plan restarts
        self.drafts: list[_Draft] = []
        self.current: _Draft | None = None
        self.pending: Line | None = None          # a heading without numeral, kept once a task follows
        self.subs: list[tuple[str, Line]] = []      # headings between a section and its tasks: (title, line)
        self.sub: int | None = None                 # the one the next task sits under
        self.section_leaders: tuple[str, ...] = ()
        self.section_units: tuple[str, ...] = ()     # units the heading above names (一、X牵头工作)
        self.labels = [_label(fold(ln.text)) for ln in self.lines]
        self.task_kind = self._task_kind()
        self.plan_at = 0                            # where the plan starts (after the notice's body)

    # -- the task level
    def _task_kind(self) -> str | None:
        """The level whose items carry responsibility (a marker, a marker line, a table row)."""
        carried: dict[str, int] = {}
        count: dict[str, int] = {}
        for i, label in enumerate(self.labels):
            if label is None or self.lines[i].hint == "section":
                continue
            count[label.kind] = count.get(label.kind, 0) + 1
            if self._carries(i, label.kind):
                carried[label.kind] = carried.get(label.kind, 0) + 1
        if carried:
            return max(carried, key=lambda k: (carried[k], -LEVELS.index(k)))
        if "num" in count:
            return "num"
        return max(count, key=lambda k: (count[k], LEVELS.index(k))) if count else None

    def _carries(self, i: int, kind: str) -> bool:
        ln = self.lines[i]
        if ln.departments is not None or split_marker(ln.text)[1] is not None or head_markers(ln.text):
            return True
        rank = LEVELS.index(kind)
        for j in range(i + 1, min(i + 40, len(self.lines))):
            label = self.labels[j]
            if label is not None and LEVELS.index(label.kind) <= rank:
                return False
            if marker_line(self.lines[j].text) and read_marker(self.lines[j].text).departments:
                return True
            if label is None and (split_marker(self.lines[j].text)[1] is not None or head_markers(self.lines[j].text)):
                return True
        return False

    def _kind_of(self, i: int) -> tuple[str, _Label] | None:
        """("task" | "section" | "sub" | "inner", label) for a numbered line, else None."""
        label, ln = self.labels[i], self.lines[i]
        if label is None and self.task_kind == "num" and (m := _DECIMAL_START.match(fold(ln.text))):
            expected = self.drafts[-1].no + 1 if self.drafts else 1
            if self.current is not None:
                expected = self.current.no + 1
            if int(m.group(1)) == expected:       # 7.5G网络建设 after task 6: task 7, titled 5G网络建设
                return "task", _Label("num", expected, m.end())
        if label is None:
            return None
        if ln.hint == "section":
            return "section", label
        rank, task_rank = LEVELS.index(label.kind), LEVELS.index(self.task_kind)
        if rank == task_rank:
            return "task", label
        if rank > task_rank:
            return "inner", label
        return ("section" if label.kind == self.section_kind else "sub"), label

    # -- the pass
    def build(self) -> ParsedNotice:
        if self.task_kind is None:
            raise NoticeParseError(_no_items_message(self.lines), line=None)
        above = [lb.kind for lb in self.labels if lb and LEVELS.index(lb.kind) < LEVELS.index(self.task_kind)]
        self.section_kind = min(above, key=LEVELS.index) if above else None
        # (一) headings are sections only when no 一、 level is above them and they read as headings
        self.sub_sections = self.section_kind == "cn_paren"
        for i, ln in enumerate(self.lines):
            self._read(i, ln)
        self._close()
        self._drop_body_items()
        self._drop_preamble_items()
        self._promote_subsections()
        meta = _header_info(self.lines[:self._plan_start()], self.lines)
        tasks = self._tasks(meta["year"])
        sections = self.sections or [Section(1, "重点任务")]
        if not meta["year"]:
            self.warnings.append("通知中没有找到年度（成文日期、标题或文号中的年份），请在初始化时用 --year 指定。")
        elif meta["opening_year"]:
            self.warnings.append(f"通知中没有成文日期、标题或文号中的年份，按正文开头推定为{meta['year']}年，"
                                 "请核对（可在初始化时用 --year 指定）。")
        catalogue = Catalogue(
            title=meta["title"], year=meta["year"], sections=tuple(sections), tasks=tuple(tasks),
            doc_number=meta["doc_number"], date=meta["date"], short_title=meta["short_title"],
        )
        return ParsedNotice(catalogue, self.warnings)

    def _plan_start(self) -> int:
        first_task = self.drafts[0].line if self.drafts else None
        starts = [self.section_at[0]] if self.section_at else []
        if first_task is not None:
            starts.append(next(i for i, ln in enumerate(self.lines) if ln is first_task))
        return min(starts) if starts else 0

    def _read(self, i: int, ln: Line) -> None:
        if ln.hint == "note":
            return                                          # a flattened item's 项目责任人, 完成情况 …: no task text
        text = fold(ln.text)
        kind = self._kind_of(i)
        if kind and kind[0] == "task" and ln.hint != "section":
            self._start_task(ln, kind[1])
        elif kind and kind[0] == "section" and ln.hint != "task":
            self._add_section(kind[1].number, ln.text[kind[1].end:], ln, i)
        elif kind and kind[0] == "sub" and self.sub_sections and _heading_like(ln.text[kind[1].end:]):
            self._add_section(kind[1].number, ln.text[kind[1].end:], ln, i)
        elif kind and kind[0] == "sub":
            self._close()                                   # （一）…行动计划。: a group, not a task
            title, leaders = _heading_leaders(_first_sentence(ln.text[kind[1].end:]).rstrip("。."))
            self.subs.append((title, ln))
            self.sub = len(self.subs) - 1
            self.section_leaders = leaders or self.section_leaders
            self.section_units = heading_units(title) or self.section_units
        elif marker_line(text) and self.current is not None:
            marker = read_marker(ln.text)
            self.current.add_marker(marker)
            self.current.due = self.current.due or marker.due
        elif kind and kind[0] == "inner" and self.current is not None:
            self.current.parts.append(ln.text)              # （1）… points inside a task
        elif ln.hint == "section" or self._is_lost_heading(ln):
            self._close()
            self.pending = ln                               # a section only if tasks follow (not a signature)
        elif self.current and not self._tail_marked(self.current):
            self.current.parts.append(ln.text)              # a wrapped line or a further paragraph of the task
        else:
            self._close()                                   # closing words, signatures, 抄送 …

    def _start_task(self, ln: Line, label: _Label) -> None:
        self._close()
        if self.pending:
            self._add_section(None, _BULLET.sub("", self.pending.text), self.pending, None)
        marker = Marker(ln.departments, ln.leaders or ()) if ln.departments is not None else (
            Marker((), ln.leaders) if ln.leaders else None)
        self.current = _Draft(label.number, ln, [ln.text[label.end:].strip()], marker, self._section_no(),
                              self.sub, self.section_leaders, ln.due, self.section_units)

    def _is_lost_heading(self, ln: Line) -> bool:
        # A short heading-like line between tasks, after a finished task: a section that lost its numeral.
        return bool(self.drafts or self.current) and _heading_like(_BULLET.sub("", ln.text)) and (
            self.current is None or self._finished(self.current))

    @classmethod
    def _has_departments(cls, draft: _Draft) -> bool:
        return cls._tail_marked(draft) or bool(head_markers(draft.text)) or bool(draft.units)

    @staticmethod
    def _tail_marked(draft: _Draft) -> bool:
        """Responsibility given where an item ends (a marker after its text, a column, a line under it): the
        item is complete. A marker at its head (由X承办，Y协办。) leaves the paragraphs after it to the item."""
        return (draft.marker is not None and bool(draft.marker.departments)) or \
            split_marker(draft.text.rstrip())[1] is not None

    def _finished(self, draft: _Draft) -> bool:
        return self._tail_marked(draft) or draft.text.rstrip().endswith(("。", "；", ";"))

    def _section_no(self) -> int:
        return self.sections[-1].no if self.sections else 1

    def _add_section(self, number: int | None, title: str, ln: Line, at: int | None) -> None:
        self._close()
        self.pending = None
        self.sub = None
        title, self.section_leaders = _heading_leaders(title.strip().rstrip("。.").strip())
        self.section_units = heading_units(title)
        expected = self.sections[-1].no + 1 if self.sections else 1
        if number is not None and self.sections and self._body_behind(number):
            # The notice's own 一、二、三 (instructions, before the annex) numbered like the plan's parts:
            # the plan starts again at 一, and what came before it is the notice, not the catalogue.
            self.sections, self.section_at, self.subs = [], [], []
            expected = 1
            # and what was said about the notice's own parts (二 after a lost 一) is no finding of the plan
            self.warnings = [w for w in self.warnings if w not in self.section_warnings]
        if number is None:
            number = expected
            if ln.hint != "section":                        # a table's section column rarely has numerals
                self._section_warning(
                    f"第{ln.no}{ln.where}“{title}”没有序号，按位置推定为第{cn_numeral(number)}部分。")
        elif number != expected:
            self._section_warning(f"第{ln.no}{ln.where}部分序号“{cn_numeral(number)}”与上一部分不连续，请核对。")
            if any(s.no == number for s in self.sections):
                number = expected                           # a repeated numeral: counted on, never a dead end
        self.sections.append(Section(number, title))
        self.section_at.append(at if at is not None else next(
            (i for i, other in enumerate(self.lines) if other is ln), 0))

    def _section_warning(self, message: str) -> None:
        self.warnings.append(message)
        self.section_warnings.append(message)

    def _body_behind(self, number: int) -> bool:
        """Is a part numbered ``number`` the plan starting again after the notice's own numbered parts? So when
        it repeats one of them before any item, or, wherever the notice's first part was lost (一、 run on at
        the end of a paragraph, so its parts read 二、三、), when it goes back to 一 after items none of which
        names who answers for it (the notice's own 1. 2. 3. questions or instructions)."""
        if any(s.no == number for s in self.sections) and not self.drafts:
            return True
        return number == 1 and self.sections[-1].no >= 1 and not any(map(self._has_departments, self.drafts))

    def _close(self) -> None:
        if self.current:
            self.drafts.append(self.current)
            self.current = None

    def _drop_body_items(self) -> None:
        """Items of the task level before a restart at 1 that carry no responsibility are the notice's
        own instructions (1.明确任务… 2.统筹协调…), not tasks."""
        for k in range(1, len(self.drafts)):
            if self.drafts[k].no == 1 and all(not self._has_departments(d) for d in self.drafts[:k]):
                self.drafts = self.drafts[k:]
                return

    def _drop_preamble_items(self) -> None:
        """A plan that opens with 一、总体要求 numbers its 指导思想, 基本原则 and 发展目标 at the task level
        (（一）（二）（三）, then tasks from （四）): items of leading parts in which no item carries
        responsibility, before parts in which nearly every item does, are the plan's preamble, not tasks."""
        sections = [d.section for d in self.drafts]
        carried = {s for d, s in zip(self.drafts, sections) if self._has_departments(d)}
        lead = 0
        while lead < len(self.drafts) and sections[lead] not in carried:
            lead += 1
        rest = self.drafts[lead:]
        if not lead or not rest or sum(map(self._has_departments, rest)) < 0.8 * len(rest):
            return
        dropped = self.drafts[:lead]
        first, last = dropped[0].line, dropped[-1].line
        self.warnings.append(
            f"第{first.no}至{last.no}{last.where}的{len(dropped)}项（序号{dropped[0].no}至{dropped[-1].no}）"
            "位于首个标注责任单位的任务之前，所在部分均无责任单位，按总体要求（指导思想、原则、目标）处理，"
            "未列为任务；如确为任务，请在 catalogue.xlsx 中补充。")
        self.drafts = rest
        # The emptied parts leave the catalogue; section_at keeps them: the plan still starts at the first.
        emptied = {d.section for d in dropped} - {d.section for d in rest}
        self.sections = [s for s in self.sections if s.no not in emptied]

    def _promote_subsections(self) -> None:
        """A 分工方案 puts every task under one part (二、重点任务) and groups them by （一）（二）…:
        then those groups are the catalogue's sections, and the framing parts (主要目标, 保障措施) drop out."""
        subs = [d.sub for d in self.drafts]
        if len({d.section for d in self.drafts}) != 1 or None in subs or len(set(subs)) < 2:
            return
        order = list(dict.fromkeys(subs))
        self.sections = [Section(n, self.subs[i][0]) for n, i in enumerate(order, start=1)]
        for draft in self.drafts:
            draft.section = order.index(draft.sub) + 1

    # -- drafts → tasks
    def _tasks(self, year: int) -> list[Task]:
        numbers, renumbered = self._numbers()
        return [self._task(draft, number, renumbered, year) for draft, number in zip(self.drafts, numbers)]

    def _numbers(self) -> tuple[list[int], bool]:
        """Task numbers as written; numbering that restarts in every section, or repeats, is made continuous."""
        written = [d.no for d in self.drafts]
        if len(set(written)) == len(written):
            for prev, draft in zip(written, self.drafts[1:]):
                if draft.no != prev + 1:
                    self.warnings.append(f"第{draft.line.no}{draft.line.where}任务序号{draft.no}与上一任务"
                                         f"（{prev}）不连续，请核对。")
            return written, False
        restarts = all(d.no == 1 or d.no == p.no + 1 for p, d in zip(self.drafts, self.drafts[1:]))
        restarts = restarts and all(d.no != 1 or d.section != p.section
                                    for p, d in zip(self.drafts, self.drafts[1:]))
        if restarts:
            self.warnings.append(f"各部分的任务分别从1编号，已按出现顺序统一编为1至{len(written)}号。")
            return list(range(1, len(written) + 1)), False
        seen: dict[int, _Draft] = {}
        for draft in self.drafts:
            if draft.no in seen:
                first = seen[draft.no].line
                self.warnings.append(f"第{draft.line.no}{draft.line.where}：任务序号{draft.no}重复（第{first.no}"
                                     f"{first.where}已使用），已按出现顺序重新编号，请核对。")
            seen.setdefault(draft.no, draft)
        return list(range(1, len(written) + 1)), True

    def _task(self, draft: _Draft, number: int, renumbered: bool, year: int) -> Task:
        heads = [split_head_markers(part) for part in draft.parts]   # 由X承办，Y协办。 heads a paragraph
        body, inline = split_markers("".join(part for part, _ in heads))
        head = tuple(words for _, found in heads for words in found)
        marker = sum((read_marker(words) for words in head + inline), Marker(()))
        if draft.marker is not None:
            marker = draft.marker + marker if draft.marker.departments else marker + draft.marker
        if not marker.departments and draft.units:
            marker = Marker(draft.units) + marker       # the heading's units; an item's own marker wins
        reasons = []
        if not marker.departments:
            reasons.append("未标注责任单位")
            self.warnings.append(f"第{draft.line.no}{draft.line.where}任务{number}没有责任单位标注，"
                                 "请在 catalogue.xlsx 中补充。")
        if renumbered:
            reasons.append(f"原文序号为{draft.no}，已按出现顺序重新编号")
        if draft.line.review:
            reasons.append(draft.line.review)
            if not any(draft.line.review in w for w in self.warnings):     # once a table
                self.warnings.append(f"第{draft.line.no}{draft.line.where}起：{draft.line.review}。")
        task = Task(no=number, section=draft.section, title=_first_sentence(body), text=body,
                    departments=marker.departments, indicators=extract_indicators(body, number),
                    needs_review=bool(reasons), leaders=marker.leaders or draft.leaders, review="；".join(reasons))
        return date_task(task, marker.due or draft.due, year, self.calendar)


def _no_items_message(lines: list[Line]) -> str:
    shown = "、".join(f"第{ln.no}{ln.where}“{ln.text[:12]}”" for ln in lines[:3])
    looked = f"共查看{len(lines)}{lines[0].where if lines else '行'}（如{shown}）" if lines else "文件中没有文字"
    return (f"通知中没有找到编号的条目（如“一、”“（一）”“1.”“（1）”开头的段落），无法生成任务清单。{looked}。"
            "也可改用任务表（.xlsx，含“序号”“任务”“责任单位”列）导入。")


def _heading_leaders(title: str) -> tuple[str, tuple[str, ...]]:
    """``主要经济指标…(牵头领导:成坤、柯相国)`` → (``主要经济指标…``, (``成坤``, ``柯相国``)); a heading naming the
    person who leads (``袁家军省长主抓重点工作``) keeps its words and gives the person."""
    m = _SECTION_LEADERS.search(title)
    if not m:
        return title, heading_persons(title)
    return title[:m.start()].rstrip(), read_marker(m.group(1)).leaders


def _heading_like(text: str) -> bool:
    text = text.strip()
    return (2 <= len(text) <= 30 and re.search(r"[\u4e00-\u9fff]", text) is not None
            and not re.search(r"[。;；,，:：]$|[。；;]", fold(text)) and not _label(fold(text))
            and split_marker(text)[1] is None and not marker_line(text))    # 分管省领导:林克庆 is no heading


def _first_sentence(text: str) -> str:
    head = text.split("。", 1)[0].strip()
    return head or text.strip()



def _header_info(header: list[Line], lines: list[Line]) -> dict:
    texts = [ln.text.strip() for ln in header]
    doc_number = _doc_number(texts)
    date = _notice_date(texts) or _notice_date([ln.text.strip() for ln in lines[-5:]])
    title = _title(texts)
    short = _short_title(title, texts)
    year = int(date[:4]) if date else 0
    titled = next((int(m.group(1)) for text in (title, short) if (m := re.search(r"((?:19|20)\d{2})年", text or ""))), 0)
    if titled == year + 1:
        year = titled                                   # a plan for next year, signed in December
    for text in (title, short, doc_number):
        if not year and (m := re.search(r"((?:19|20)\d{2})", text or "")):
            year = int(m.group(1))
    if not date and (listed := _listed_date(texts)):
        date, year = listed, year or int(listed[:4])   # a web page's 发布日期, the 文号's year first
    opening = 0 if year else _opening_year(texts)
    return {"title": title, "short_title": short, "doc_number": doc_number, "date": date, "year": year or opening,
            "opening_year": opening}


_OPENING_YEAR = re.compile(r"^\s*((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)")


def _opening_year(texts: list[str]) -> int:
    """``2014年市政府民生实事项目共有42项…``: the year a text without title, date or 文号 opens with."""
    return next((int(m.group(1)) for text in texts if (m := _OPENING_YEAR.match(fold(text)))), 0)


def _doc_number(texts: list[str]) -> str:
    whole = [t for t in texts if (m := _DOCNO.fullmatch(t.strip()))]
    if whole:
        return whole[0].strip()
    for text in texts:
        if m := _DOCNO.match(text):
            return m.group(0)
    for text in texts:
        if m := _DOCNO.search(text):
            return m.group(0)
    return ""


def _notice_date(texts: list[str]) -> str:
    for text in texts:
        compact = re.sub(r"\s+", "", fold(text)).strip("()[]")
        if m := _DATE.fullmatch(compact) or re.fullmatch(_DATE.pattern + r"印发", compact):
            return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
        if m := _CN_DATE.match(compact):
            year = "".join(str(CN_DIGITS[ch]) for ch in m.group(1))
            return f"{year}-{cn_number(m.group(2)):02d}-{cn_number(m.group(3)):02d}"
    return ""


_LISTED_DATE = re.compile(r"(?:成文日期|发文日期|印发日期|发布日期|发布时间)[\s:：|]*"
                          r"((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})")
# A web page's furniture around the notice: breadcrumb, date and counter lines, buttons. Never its title.
_FURNITURE = re.compile(r"^(?:当前位置|您的位置|您现在的位置|您当前的位置|所在位置|首页|来源|信息来源|文章来源|发布时间|发布日期|"
                        r"时间|日期|浏览次数|访问次数|点击数|字号|打印|关闭|分享|索引号|主题分类|发文机关|发文字号|文号|成文日期|"
                        r"发文日期|政务微信|政务微博)|>>|»|›|^>|>.*>|浏览次数|"
                        r"(?:成文日期|发文日期|印发日期|发布日期|发布时间)[\s:：|]*(?:19|20)\d{2}[-/.]|"   # 发文字号 … 发布日期 2020-5-12
                        r"【\s*(?:打印|关闭|字号|大|中|小)|\|.*\|")      # …, a row of the page's metadata table
# The metadata table's own 名称 | 标题 cell, when the page has one: the notice's title as the site files it.
_PAGE_TITLE = re.compile(r"(?:^|\|)\s*(?:名称|标题|文件名称)\s*[:：]\s*\|?\s*([^|]{4,80}?)\s*(?:\||$)")


# A bare 时间: 2023-07-11 is the page's date of publication only on the page's line of 来源 or 浏览次数.
_PAGE_DATE = re.compile(r"(?<![\u4e00-\u9fff])(?:时间|日期)[\s:：|]*((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})"
                        r"(?=.*(?:来源|浏览|点击|访问))")


# A line that is nothing but a date written with dots, perhaps with its time: a page's or a paper's date of
# publication, 13.03.2015  07:51 (day.month.year) or 2015.03.13.
_DOTTED_DATE = re.compile(r"(?:(?:成文日期|发文日期|印发日期|发布日期|发布时间)[\s:：|]*)?"
                          r"(?:((?:19|20)\d{2})\.(\d{1,2})\.(\d{1,2})|(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2}))"
                          r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?")


def _listed_date(texts: list[str]) -> str:
    """A web page's 发布日期: 2018-07-09 (or 成文日期 …), for a notice that shows no date of its own; else a
    line holding only a dotted date (13.03.2015 07:51, 2015.03.13)."""
    for text in texts:
        if m := _LISTED_DATE.search(fold(text)) or _PAGE_DATE.search(fold(text)):
            return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    for text in texts:
        if m := _DOTTED_DATE.fullmatch(fold(text).strip()):
            year, month, day = m.group(1, 2, 3) if m.group(1) else m.group(6, 5, 4)
            if 1 <= int(month) <= 12 and 1 <= int(day) <= 31:
                return f"{int(year):04d}-{int(month):02d}-{int(day):02d}"
    return ""


def _title(texts: list[str]) -> str:
    if named := next((m.group(1) for t in texts if (m := _PAGE_TITLE.search(t))), ""):
        return _tidy_title(named)
    candidates = [_unwrapped(re.sub(r"[(（]\s*[)）]", "", _DOCNO.sub("", t)).strip()) for t in texts
                  if not _FURNITURE.search(fold(t).strip())]
    for i, text in enumerate(candidates):
        if title := _joined_title(candidates[i:i + 4]) or _run_on_title(text):
            return _tidy_title(title)
    plain = [text for text in candidates
             if text and not text.endswith((":", "：")) and not _DATE.search(text) and len(text) <= 80
             and not re.match(r"附\s*件\s*(?:\d*$|[:：]|\d+\s*[:：.．])|\d{1,2}\s*[.．、]", fold(text))]
    # a line named like a plan (…任务清单, …工作方案) before any other; a bare 重点任务 only when nothing longer is
    named = [text for text in plain if _TITLE_END.search(text)]
    longer = [text for text in named or plain if len(re.sub(r"\s", "", text)) > 6]
    return _tidy_title(next(iter(longer or named or plain), "重点任务"))


def _unwrapped(text: str) -> str:
    """《成都市人民政府办公厅关于印发2019年〈政府工作报告〉…的通知》: a title quoted whole is the title."""
    m = re.fullmatch(r"《([^《》]+)》", text)
    return m.group(1) if m else text


_ISSUER = re.compile(r"^[\u4e00-\u9fff]{2,30}(?:政府|办公室|办公厅|委员会|委|局|厅|部|办|院|会)$")
_TITLE_PART_END = re.compile(r"[。；;:：!！?？]$")


def _joined_title(parts: list[str]) -> str:
    """A title on one line (…关于…的通知), or split over up to four (辽宁省人民政府关于印发《2024年 / 省〈政府工作报告〉
    重点工作分工方案》的通知; 太康县人民政府 / 关于印发…的 / 通 知): the lines from the first, which holds 关于 or
    names the issuer above a line opening with 关于, to the first that ends like a title, none ending a sentence."""
    if not parts or not parts[0]:
        return ""
    first = fold(parts[0])
    if "关于" not in first and not (_ISSUER.match(re.sub(r"\s", "", first)) and len(parts) > 1
                                    and fold(parts[1]).lstrip().startswith("关于")):
        return ""
    joined = ""
    for k, part in enumerate(parts):
        compact = re.sub(r"\s", "", part)
        if not compact or _DATE.search(part) or len(compact) > 60 or (k and _TITLE_PART_END.search(joined)):
            return ""
        joined = (joined + " " + part) if joined else part
        if "关于" in joined and _TITLE_END.search(re.sub(r"\s", "", joined)):
            return joined
        if _TITLE_END.search(compact):
            return ""                                   # a line ending like a title that is not this one's end
    return ""


# A page flattened into one line: 河南省人民政府 关于明确…的通知 豫政〔2023〕5号 现将… (the 文号 already cut)
_RUN_ON_TITLE = re.compile(r"^([^。；;，,：:《]{0,40}?关于[^。；;：:]{2,80}?(?:通知|意见|方案|计划|要点|清单|安排|分解|分工))(?=\s)")


def _run_on_title(text: str) -> str:
    m = _RUN_ON_TITLE.match(text) if len(text) > 80 else None
    return m.group(1) if m else ""


def _tidy_title(title: str) -> str:
    """Spaces that only fit a title to its lines (…2023年 重点工作…的通知, 通 知) go; others stay."""
    cjk = r"[\u4e00-\u9fff《》〈〉“”（）()、]"
    return re.sub(rf"(?<={cjk})\s+(?={cjk})", "", title.strip())


def _short_title(title: str, texts: list[str]) -> str:
    """A name for file names: the document title inside 《》, else the bare title."""
    if m := re.search(r"《([^《》]+)》", title):
        short = m.group(1)
    else:
        short = next((t for t in texts if "关于" not in t and re.search(r"重点(工作)?任务|工作要点", t)
                      and not _FURNITURE.search(fold(t).strip())
                      and len(t) <= 60 and not t.endswith(("。", ":", "："))), "")
        short = short or re.sub(r"^.*?关于(印发)?|的通知$", "", title) or title
    short = re.sub(r"[〈〉<>《》\"“”/\\:*?|]", "", short).strip()
    return short or "重点任务"
