"""A key-task notice (.txt in any encoding, .docx, .xlsx task table) → ``Catalogue``.

    >>> cat = parse_notice("tengzhou-2023-key-tasks.txt")      # or .docx / .xlsx / bytes
    >>> len(cat.sections), len(cat.tasks), cat.doc_number, cat.date
    (11, 75, '滕政办发〔2023〕30号', '2023-08-15')
    >>> cat.task(28).departments
    ('市文旅局', '市商投局', '市农业农村局', '各镇街')
    >>> parsed = read_notice("tengzhou-2023-key-tasks.txt")    # the catalogue and the warnings
    >>> parsed.warnings[0]
    '第16行“纵深推进新旧动能转换”没有序号，按位置推定为第二部分。'

Every input is first turned into numbered ``Line`` records (a text line, a Word paragraph or table
row, a spreadsheet row), so the three forms of one notice go through the same structure parser and
give the same catalogue. Problems that make a catalogue impossible raise ``NoticeParseError`` with
``line=``; doubtful findings become warnings and ``needs_review`` flags for the office to check in
``catalogue.xlsx``.
"""

from __future__ import annotations

import io
import os
import re
import warnings
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import Path

from .catalogue import Catalogue, Indicator, Section, Task
from .errors import NoticeParseError

__all__ = ["Line", "NoticeWarning", "ParsedNotice", "parse_notice", "read_notice", "extract_indicators",
           "split_departments"]

MAX_UNZIPPED = 200 * 1024 * 1024       # a .docx/.xlsx that inflates beyond this is refused
CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
             "八": 8, "九": 9}
CN_SCALES = {"十": 10, "百": 100, "千": 1000}
SECTION_WORDS = "一二三四五六七八九十"


class NoticeWarning(UserWarning):
    """Something in the notice the office should check (a task without departments, a guessed heading)."""


@dataclass(frozen=True)
class Line:
    """One unit of the notice's text: a text line, a Word paragraph, a table row.

    ``departments`` is set when a table gave them in their own column; ``hint`` is "section" when the
    layout marks the line as a heading (a spreadsheet's section row or column).
    """

    no: int
    text: str
    hint: str = ""
    departments: tuple[str, ...] | None = None
    where: str = "行"                  # how to name the line in messages: 第12行 / 第12段 / 任务表第12行


@dataclass
class ParsedNotice:
    """What ``read_notice`` found: the catalogue and the warnings (Chinese, one per finding)."""

    catalogue: Catalogue
    warnings: list[str] = field(default_factory=list)


def parse_notice(source: str | os.PathLike | bytes) -> Catalogue:
    """Parse a notice into a catalogue; findings worth checking are issued as ``NoticeWarning``.

    Args:
        source: a path to a .txt (UTF-8 or GB18030/GBK), .docx or .xlsx file, or its bytes.

    Raises:
        NoticeParseError: unreadable file, no tasks, or a task number used twice (``line`` names it).
    """
    parsed = read_notice(source)
    for message in parsed.warnings:
        warnings.warn(NoticeWarning(message), stacklevel=2)
    return parsed.catalogue


def read_notice(source: str | os.PathLike | bytes) -> ParsedNotice:
    """Like ``parse_notice``, but return the warnings with the catalogue instead of issuing them."""
    lines = load_lines(source)
    return _Builder(lines).build()


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
    return [Line(no, raw.strip()) for no, raw in enumerate(text.splitlines(), start=1)]


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
    from docx import Document
    from docx.table import Table

    try:
        document = Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several kinds for a broken package
        raise NoticeParseError(f"{name} 无法作为 Word 文档打开：{exc}", path=name, line=None) from exc
    numbering = _Numbering(document)
    cells: dict = {}                                   # a merged cell appears in several rows: count it once

    def cell_text(cell) -> str:
        if cell._tc not in cells:
            cells[cell._tc] = "\n".join(numbering.label(p) + p.text for p in cell.paragraphs)
        return cells[cell._tc]

    texts: list[tuple[str, str, tuple[str, ...] | None]] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            rows = [[cell_text(cell) for cell in row.cells] for row in block.rows]
            texts.extend(entry[1:] for entry in _table_texts(rows))
        else:
            texts.extend((part, "", None) for part in (numbering.label(block) + block.text).split("\n"))
    return [Line(no, text.strip(), hint, deps, "段") for no, (text, hint, deps) in enumerate(texts, start=1)]


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
        self.levels = _numbering_levels(document)
        self.counts: dict[tuple[str, int], int] = {}

    def label(self, paragraph) -> str:
        """The label Word shows before ``paragraph`` ("一、", "2."), or "" when it is not numbered."""
        num_id, ilvl = _num_pr(paragraph)
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


def _num_pr(paragraph) -> tuple[str | None, int]:
    """(numId, ilvl) of a paragraph, from its own properties or else its style's (List Number …)."""
    num_id, ilvl = None, None
    sources = [paragraph._p.pPr]
    style = paragraph.style
    while style is not None:
        sources.append(style.element.pPr)
        style = style.base_style
    for ppr in sources:
        num_pr = ppr.numPr if ppr is not None else None
        if num_pr is None:
            continue
        if num_id is None and num_pr.numId is not None:
            num_id = str(num_pr.numId.val)
        if ilvl is None and num_pr.ilvl is not None:
            ilvl = num_pr.ilvl.val
    return (None if num_id == "0" else num_id), ilvl or 0


_STEMS = "甲乙丙丁戊己庚辛壬癸"


def _format_number(n: int, fmt: str) -> str:
    if fmt in _CHINESE_COUNTING:
        return _cn(n) if n < 100 else str(n)
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
    from openpyxl import load_workbook

    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises several kinds for a broken package
        raise NoticeParseError(f"{name} 无法作为 Excel 工作簿打开：{exc}", path=name, line=None) from exc
    sheets = [[["" if v is None else _cell_text(v) for v in row] for row in ws.iter_rows(values_only=True)]
              for ws in wb.worksheets]
    wb.close()
    rows = next((rows for rows in sheets if _find_header(rows) is not None), sheets[0] if sheets else [])
    # Numbered by sheet row, so a message names the row the office sees in Excel.
    return [Line(row, text.strip(), hint, deps, "行") for row, text, hint, deps in _table_texts(rows)]


def _cell_text(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# -- task tables (.xlsx sheets, Word tables) -----------------------------------------------------

_HEAD_NO = re.compile(r"^(序号|编号|任务序号|任务编号)$")
_HEAD_TASK = re.compile(r"^(任务|重点任务|任务名称|工作任务|主要任务|任务内容|具体任务|工作内容|重点工作|工作措施|具体措施)$")
_HEAD_SECTION = re.compile(r"^(一级|一级任务|一级指标|板块|领域|重点领域|类别|分类|方面|部分)$")
_HEAD_RESP = re.compile(r"^(责任单位|责任部门|责任主体|牵头单位|牵头部门|主责单位)$")
_HEAD_CO = re.compile(r"^(配合单位|配合部门|参与单位|协办单位|协同单位)$")


def _find_header(rows: list[list[str]]) -> int | None:
    for at, row in enumerate(rows):
        cells = [re.sub(r"\s+", "", c) for c in row]
        if any(_HEAD_TASK.match(c) for c in cells) and any(_HEAD_RESP.match(c) for c in cells):
            return at
    return None


def _table_texts(rows: list[list[str]]) -> list[tuple[int, str, str, tuple[str, ...] | None]]:
    """Rows of a table → (row number, text, hint, departments); a task table becomes numbered task lines."""
    header = _find_header(rows)
    if header is None:
        return [(r, text, "", None) for r, row in enumerate(rows, 1) for text in _distinct(row)]
    cells = [re.sub(r"\s+", "", c) for c in rows[header]]

    def column(pattern: re.Pattern) -> int | None:
        return next((i for i, c in enumerate(cells) if pattern.match(c)), None)

    no_col, task_col, section_col = column(_HEAD_NO), column(_HEAD_TASK), column(_HEAD_SECTION)
    resp_col, co_col = column(_HEAD_RESP), column(_HEAD_CO)
    out = [(r, text, "", None) for r, row in enumerate(rows[:header], 1) for text in _distinct(row)]
    last_section = ""
    for r, row in enumerate(rows[header + 1:], start=header + 2):
        def get(i: int | None) -> str:
            return row[i].strip() if i is not None and i < len(row) else ""

        number, text, section = re.sub(r"[.．、\s]+$", "", get(no_col)), get(task_col), get(section_col)
        if section and section != last_section:
            out.append((r, section, "section", None))
            last_section = section
        if len(set(filter(None, row))) == 1 and not _TASK.match(fold(text or number)):
            out.append((r, next(filter(None, row)).strip(), "section", None))   # a merged row across the table
            continue
        if not number and text and not get(resp_col) and not get(co_col):
            out.append((r, text, "section", None))        # a section row spanning the table
            continue
        if not text:
            continue
        departments = split_departments(get(resp_col)) + split_departments(get(co_col))
        text = re.sub(rf"^\s*{re.escape(number)}\s*[.．、]\s*", "", text) if number else text
        prefix = f"{number}." if number else ""
        out.append((r, prefix + text, "task", departments or None))
    return out


def _distinct(row: list[str]) -> list[str]:
    """Cell texts of a row without the repeats that merged cells produce."""
    seen: list[str] = []
    for cell in row:
        for part in str(cell).split("\n"):
            part = part.strip()
            if part and part not in seen:
                seen.append(part)
    return seen


# -- character folding ----------------------------------------------------------------------------

# Full-width ASCII → half-width, one character for one, so positions in the folded text are
# positions in the text as written (which is what the catalogue keeps).
_FOLD = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def fold(text: str) -> str:
    """``（１２３）：`` → ``(123):``; same length as ``text``."""
    return text.translate(_FOLD)


def cn_number(text: str) -> int | None:
    """Chinese numerals: 一 → 1, 两 → 2, 十一 → 11, 二十 → 20, 一百二十 → 120; None if not one."""
    if not text or any(ch not in CN_DIGITS and ch not in CN_SCALES for ch in text):
        return None
    total, digit = 0, None
    for ch in text:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
        else:
            total += (1 if digit is None else digit) * CN_SCALES[ch]
            digit = None
    return total + (digit or 0)


# -- structure: header, sections, tasks ------------------------------------------------------------

_SECTION = re.compile(r"^第?([一二三四五六七八九十]{1,3})(?:部分|章|篇)?\s*[、.:\s]\s*(\S.*)$")
_SUBSECTION = re.compile(r"^\(([一二三四五六七八九十]{1,3})\)\s*(\S.*)$")
_TASK = re.compile(r"^(?:(\d{1,3})\s*[.、,](?!\d)|\((\d{1,3})\))\s*(\S.*)$")
_BULLET = re.compile(r"^[-–—•·*#>◆■●○\s]+")
_ROLE = r"(?:责任|牵头|配合|参与|协办|协同|主办|主责|承办|协助)(?:单位|部门)|责任主体"
_MARKER_LINE = re.compile(rf"^[(]?\s*(?:{_ROLE})\s*:")
# Lines a 分工方案 puts under a task besides its departments: deadlines, leaders. Not part of the task.
_META_LINE = re.compile(r"^[(]?\s*(?:完成时限|完成时间|时间节点|时限要求|进度安排|牵头领导|责任领导|分管领导|责任人)\s*:")
_DOCNO = re.compile(r"[\u4e00-\u9fff]{1,8}[〔\[［(【]\s*((?:19|20)\d{2})\s*[〕\]］)】]\s*第?\s*\d+\s*号")
_DATE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_CN_DATE = re.compile(r"^([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$")
_TITLE_END = re.compile(r"(通知|意见|方案|计划|任务|要点|清单|安排)$")


@dataclass
class _Draft:
    """A task being read: its number, the lines it spans, and what the layout said."""

    no: int
    line: Line
    parts: list[str]
    departments: tuple[str, ...] | None
    section: int
    sub: int | None = None          # index into _Builder.subs of the （一） heading above it, if any

    @property
    def text(self) -> str:
        return "".join(self.parts)


class _Builder:
    """One pass over the lines: header, then sections and tasks (see ``read_notice``)."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = [ln for ln in lines if ln.text]
        self.warnings: list[str] = []
        self.sections: list[Section] = []
        self.drafts: list[_Draft] = []
        self.current: _Draft | None = None
        self.pending: Line | None = None          # a heading without numeral, kept once a task follows
        self.subs: list[tuple[str, Line]] = []      # （一） headings inside sections: (title, line)
        self.sub: int | None = None                 # the one the next task sits under
        self.dotted = any((m := _TASK.match(fold(ln.text))) and m.group(1) for ln in self.lines)

    def build(self) -> ParsedNotice:
        body_at = next((i for i, ln in enumerate(self.lines) if self._starts_body(ln)), None)
        if body_at is None or not any(self._task_match(ln) for ln in self.lines):
            raise NoticeParseError("通知中没有找到编号的任务（如“1.”“1、”开头的段落），无法生成任务清单。",
                                   line=None)
        header, body = self.lines[:body_at], self.lines[body_at:]
        use_subsections = not any(_SECTION.match(fold(ln.text)) and not self._task_match(ln) for ln in body)
        for ln in body:
            self._read(ln, use_subsections)
        self._close()
        self._promote_subsections()
        tasks = self._tasks()
        sections = self.sections or [Section(1, "重点任务")]
        meta = _header_info(header, self.lines)
        if not meta["year"]:
            self.warnings.append("通知中没有找到年度（成文日期、标题或文号中的年份），请在初始化时用 --year 指定。")
        catalogue = Catalogue(
            title=meta["title"], year=meta["year"], sections=tuple(sections), tasks=tuple(tasks),
            doc_number=meta["doc_number"], date=meta["date"], short_title=meta["short_title"],
        )
        return ParsedNotice(catalogue, self.warnings)

    # -- line kinds
    def _task_match(self, ln: Line):
        m = _TASK.match(fold(ln.text))
        # "（1）" numbers tasks only in notices without "1." tasks; otherwise it numbers points inside one.
        return m if m and (m.group(1) or not self.dotted) else None

    def _starts_body(self, ln: Line) -> bool:
        text = fold(ln.text)
        return bool(self._task_match(ln) or ln.hint == "section" or _SECTION.match(text)
                    or (_SUBSECTION.match(text) and _heading_like(_SUBSECTION.match(text).group(2))))

    def _read(self, ln: Line, use_subsections: bool) -> None:
        text = fold(ln.text)
        section, task = _SECTION.match(text), self._task_match(ln)
        sub = _SUBSECTION.match(text)
        if task and ln.hint != "section":
            self._close()
            if self.pending:
                self._add_section(None, _BULLET.sub("", self.pending.text), self.pending)
            number = int(task.group(1) or task.group(2))
            start = task.start(3)
            self.current = _Draft(number, ln, [ln.text[start:].strip()], ln.departments, self._section_no(),
                                  self.sub)
        elif section and ln.hint != "task":
            self._add_section(cn_number(section.group(1)), ln.text[section.start(2):], ln)
        elif sub and use_subsections and _heading_like(sub.group(2)):
            self._add_section(cn_number(sub.group(1)), ln.text[sub.start(2):], ln)
        elif sub:
            self._close()                                   # （一）…行动计划。: a sub-plan, not a task
            self.subs.append((_first_sentence(ln.text[sub.start(2):]).rstrip("。."), ln))
            self.sub = len(self.subs) - 1
        elif _MARKER_LINE.match(text) and self.current and self.current.departments is None:
            self.current.departments = split_departments(_strip_label(ln.text))
        elif _META_LINE.match(text):
            pass                                            # 完成时限：… under a task
        elif ln.hint == "section" or self._is_lost_heading(ln):
            self._close()
            self.pending = ln                               # a section only if tasks follow (not a signature)
        elif self.current and not self._has_departments(self.current):
            self.current.parts.append(ln.text)              # a wrapped line or a further paragraph of the task
        else:
            self._close()                                   # closing words, signatures, 抄送 …

    def _is_lost_heading(self, ln: Line) -> bool:
        # A short heading-like line between tasks, after a finished task: a section that lost its numeral.
        return bool(self.drafts or self.current) and _heading_like(_BULLET.sub("", ln.text)) and (
            self.current is None or self._finished(self.current))

    @staticmethod
    def _has_departments(draft: _Draft) -> bool:
        return draft.departments is not None or _split_marker(draft.text.rstrip())[1] is not None

    def _finished(self, draft: _Draft) -> bool:
        return self._has_departments(draft) or draft.text.rstrip().endswith(("。", "；", ";"))

    def _section_no(self) -> int:
        return self.sections[-1].no if self.sections else 1

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

    def _add_section(self, number: int | None, title: str, ln: Line) -> None:
        self._close()
        self.pending = None
        self.sub = None
        title = title.strip().rstrip("。.").strip()
        expected = self.sections[-1].no + 1 if self.sections else 1
        if number is None:
            number = expected
            if ln.hint != "section":                        # a table's section column rarely has numerals
                self.warnings.append(
                    f"第{ln.no}{ln.where}“{title}”没有序号，按位置推定为第{_cn(number)}部分。")
        elif number != expected:
            self.warnings.append(f"第{ln.no}{ln.where}部分序号“{_cn(number)}”与上一部分不连续，请核对。")
        if any(s.no == number for s in self.sections):
            raise NoticeParseError(f"第{ln.no}{ln.where}：部分序号“{_cn(number)}”重复。", line=ln.no)
        self.sections.append(Section(number, title))

    def _close(self) -> None:
        if self.current:
            self.drafts.append(self.current)
            self.current = None

    # -- drafts → tasks
    def _tasks(self) -> list[Task]:
        numbers = self._numbers()
        tasks = []
        for draft, number in zip(self.drafts, numbers):
            tasks.append(self._task(draft, number))
        return tasks

    def _numbers(self) -> list[int]:
        """Task numbers as written; numbering that restarts in every section is made continuous."""
        written = [d.no for d in self.drafts]
        if len(set(written)) == len(written):
            for prev, draft in zip(written, self.drafts[1:]):
                if draft.no != prev + 1:
                    self.warnings.append(f"第{draft.line.no}{draft.line.where}任务序号{draft.no}与上一任务"
                                         f"（{prev}）不连续，请核对。")
            return written
        restarts = all(d.no == 1 or d.no == p.no + 1 for p, d in zip(self.drafts, self.drafts[1:]))
        restarts = restarts and all(d.no != 1 or d.section != p.section
                                    for p, d in zip(self.drafts, self.drafts[1:]))
        if restarts:
            self.warnings.append("各部分的任务分别从1编号，已按出现顺序统一编为1至"
                                 f"{len(written)}号。")
            return list(range(1, len(written) + 1))
        seen: dict[int, _Draft] = {}
        for draft in self.drafts:
            if draft.no in seen:
                first = seen[draft.no].line
                raise NoticeParseError(
                    f"第{draft.line.no}{draft.line.where}：任务序号{draft.no}重复（第{first.no}{first.where}已使用）。",
                    line=draft.line.no)
            seen[draft.no] = draft
        return written  # pragma: no cover - duplicates always raise above

    def _task(self, draft: _Draft, number: int) -> Task:
        body, marker = _split_marker(draft.text)
        departments = draft.departments if draft.departments is not None else (
            split_departments(marker) if marker is not None else ())
        needs_review = not departments
        if needs_review:
            self.warnings.append(f"第{draft.line.no}{draft.line.where}任务{number}没有责任单位标注，"
                                 "请在 catalogue.xlsx 中补充。")
        title = _first_sentence(body)
        return Task(no=number, section=draft.section, title=title, text=body, departments=departments,
                    indicators=extract_indicators(body, number), needs_review=needs_review)


def _heading_like(text: str) -> bool:
    text = text.strip()
    return (2 <= len(text) <= 30 and re.search(r"[\u4e00-\u9fff]", text) is not None
            and not re.search(r"[。;；,，:：]$|[。；;]", fold(text)) and not _TASK.match(fold(text))
            and _split_marker(text)[1] is None)


def _first_sentence(text: str) -> str:
    head = text.split("。", 1)[0].strip()
    return head or text.strip()


def _cn(number: int) -> str:
    if number <= 10:
        return "零一二三四五六七八九十"[number]
    if number < 20:
        return "十" + "零一二三四五六七八九"[number - 10]
    tens, ones = divmod(number, 10)
    return "零一二三四五六七八九"[tens] + "十" + ("零一二三四五六七八九"[ones] if ones else "")


def _header_info(header: list[Line], lines: list[Line]) -> dict:
    texts = [ln.text.strip() for ln in header]
    doc_number = _doc_number(texts)
    date = _notice_date(texts) or _notice_date([ln.text.strip() for ln in lines[-5:]])
    title = _title(texts)
    short = _short_title(title, texts)
    year = int(date[:4]) if date else 0
    for text in (title, short, doc_number):
        if not year and (m := re.search(r"((?:19|20)\d{2})", text or "")):
            year = int(m.group(1))
    return {"title": title, "short_title": short, "doc_number": doc_number, "date": date, "year": year}


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


def _title(texts: list[str]) -> str:
    candidates = [_DOCNO.sub("", t).strip() for t in texts]
    for text in candidates:
        if "关于" in text and _TITLE_END.search(text):
            return text
    for text in candidates:
        if text and not text.endswith((":", "：")) and not _DATE.search(text) and len(text) <= 80 \
                and not re.fullmatch(r"附\s*件\s*\d*", fold(text)):      # 附件 above an attached 分工表
            return text
    return "重点任务"


def _short_title(title: str, texts: list[str]) -> str:
    """A name for file names: the document title inside 《》, else the bare title."""
    if m := re.search(r"《([^《》]+)》", title):
        short = m.group(1)
    else:
        short = next((t for t in texts if "关于" not in t and re.search(r"重点(工作)?任务|工作要点", t)
                      and len(t) <= 60 and not t.endswith(("。", ":", "："))), "")
        short = short or re.sub(r"^.*?关于(印发)?|的通知$", "", title) or title
    short = re.sub(r"[〈〉<>《》\"“”/\\:*?|]", "", short).strip()
    return short or "重点任务"


# -- departments -----------------------------------------------------------------------------------

_LEAD_ROLE = re.compile(r"^(责任|牵头|主办|主责|承办)")


def _split_marker(text: str) -> tuple[str, str | None]:
    """``…任务。(责任单位:A、B)`` or ``…任务(责任单位:A、B)。`` → (``…任务。``, ``责任单位:A、B``)."""
    stripped = text.rstrip()
    trail = ""
    if stripped.endswith(("。", ".")) and stripped[:-1].rstrip().endswith((")", "）")):
        trail, stripped = "。", stripped[:-1].rstrip()
    if stripped.endswith((")", "）")):
        start = _open_bracket(stripped)
        if start is not None:
            content = stripped[start + 1:-1]
            if _is_marker(content):
                return stripped[:start].rstrip() + trail, content
    # An unbracketed marker closing the paragraph: …。责任单位：A、B
    m = re.search(rf"(?<=[。;；])\s*((?:{_ROLE})\s*[:：].+)$", fold(text))
    if m:
        return text[:m.start()].rstrip(), text[m.start(1):].strip()
    return text, None


def _open_bracket(text: str) -> int | None:
    depth = 0
    for at in range(len(text) - 1, -1, -1):
        ch = text[at]
        if ch in ")）":
            depth += 1
        elif ch in "(（":
            depth -= 1
            if depth == 0:
                return at
    return None


def _is_marker(content: str) -> bool:
    folded = fold(content).strip()
    return bool(re.match(rf"^(?:{_ROLE})\s*:", folded) or re.search(r"(负责|牵头)$", folded)
                or re.search(r"牵头.*(配合|参与|协助)$", folded))


def split_departments(marker: str) -> tuple[str, ...]:
    """The names a marker gives, in written order, lead first.

    >>> split_departments("牵头单位：市发改局；配合单位：市财政局、各镇街")
    ('市发改局', '市财政局', '各镇街')
    >>> split_departments("市科技局负责")
    ('市科技局',)
    """
    folded = fold(marker or "")
    labels = list(re.finditer(rf"({_ROLE})\s*:", folded))
    if not labels:
        m = re.match(r"^(.*?)牵头[,;、]?(.*?)(?:配合|参与|协助)$", folded)
        if m:
            return _names(marker[:m.end(1)]) + _names(marker[m.start(2):m.end(2)])
        return _names(re.sub(r"(负责|牵头)\s*$", "", marker or ""))
    groups = []
    for i, label in enumerate(labels):
        end = labels[i + 1].start() if i + 1 < len(labels) else len(marker)
        groups.append((0 if _LEAD_ROLE.match(label.group(1)) else 1, _names(marker[label.end():end])))
    groups.sort(key=lambda g: g[0])                         # stable: 牵头 before 配合, else as written
    return tuple(name for _, names in groups for name in names)


def _strip_label(text: str) -> str:
    """``（责任单位：A、B）。`` → ``责任单位：A、B``; a name's own brackets stay."""
    text = text.strip().rstrip("。.")
    if text[:1] in "(（" and _open_bracket(text) == 0:
        return text[1:-1]
    return text


def _names(text: str) -> tuple[str, ...]:
    """Names split at 、,;， but not inside brackets: 各县（市、区）人民政府 is one name."""
    parts, depth, current = [], 0, ""
    for ch in text:
        depth += (ch in "(（") - (ch in ")）")
        if depth <= 0 and ch in "、,，;；\n":
            parts.append(current)
            current, depth = "", 0
        else:
            current += ch
    parts.append(current)
    return tuple(p.strip().rstrip("。.") for p in parts if p.strip().rstrip("。."))


# -- indicators ------------------------------------------------------------------------------------

_BASE_UNITS = ("平方公里", "平方千米", "平方米", "立方米", "千瓦时", "千米", "公里", "千瓦", "兆瓦", "吨标准煤",
               "标准煤", "公顷", "千克", "微克", "毫克", "人次", "个百分点", "百分点", "个工作日", "工作日", "小时",
               "分钟", "天", "床位", "元", "吨", "亩", "头", "尾", "只", "羽", "家", "个", "项", "人", "处", "条", "座",
               "所", "张", "户", "台", "套", "辆", "件", "场", "次", "名", "篇", "部", "栋", "株", "棵", "间", "册", "米",
               "架", "笔", "宗", "艘", "%")
_COUNTERS = set("家个项处条座所张户台套辆件场次名篇部栋间人")  # measure words that may precede a noun
_SCALED_UNITS = {p + u for u in _BASE_UNITS for p in ("", "万", "亿", "万亿") if u != "%" or not p}
_UNIT = ("(?:" + "|".join(sorted(_SCALED_UNITS, key=len, reverse=True))
         + ")(?:/(?:千瓦时|立方米|平方米|吨|亩|人|户|年|月|天|度))?")
_CANDIDATE = re.compile(
    rf"(?<![0-9A-Za-z.%/第])(?P<num>\d+(?:\.\d+)?|(?<![零〇一二两三四五六七八九十百千])[一二两三四五六七八九十百千]+)"
    rf"(?P<unit>{_UNIT})(?P<post>及以上|以上|以下|以内|之内|左右)?")
_DURATION = re.compile(r"(?<=个)(?:月|季度|年度|星期|小时|周)")
_RANGE_LOW = re.compile(r"(?<![0-9.])(\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)\s*[-~—–至到]\s*$")
_CLAUSE_END = set(",;。:!?)、”\"’」") | {""}
_QUOTES = {"“": "”", "‘": "’", "《": "》", "〔": "〕", "「": "」", '"': '"'}
_COMMIT = re.compile(r"完成|参加|推荐|确保|建成|新建|新增|创建|实施|培育|引进|培养|组织|开工|投用|打造|建设")
_SCOPE = re.compile(r"聚焦|围绕|推进|保障|依托|针对|涉及|包括|覆盖|重点|其中")
_COMMIT_AFTER = re.compile(r"开展|完成|建成|投入使用|投用|开工|竣工|落地|认定|验收|上市|挂牌")
_LEVEL_TAIL = re.compile(r"(保持|保持在|稳定在|发展到|扩大到|提高到|提升到|总量达到|总数达到|规模达到|存栏)$")
_LEVEL_METRIC = re.compile(r"率|比重|占比|比例|余额|存栏|保有量|存量|平均|均值|价格|单价|时间|时限|强度|浓度|指数")
_INCREMENT = re.compile(r"新增|新建|新培育|新创建|新认定|建设|创建|实施|培育|引进|完成|组织|治理|改造|开工|建成|"
                        r"培养|放流|申请|推荐|入选|争取|造林|累计|开展|举办|招引|签约|落地")
_STATE = re.compile(r"达到|实现")
_LE_TAIL = re.compile(r"(不超过|不高于|不大于|控制在|(?<!不)少于|(?<!不)低于|压减到|压减至|降低到|降至|下降到|缩短到|缩短至)$")
_APPROX_TAIL = re.compile(r"(约|大约|大概)$")
_LEAD_WORDS = re.compile(r"^(?:全年|年内|年度内|年底前|年底|到年底|今年|全市|我市|全区|全县|力争|争取|确保|全面|"
                         r"累计|持续|进一步|共|再|\d{4}年度?|[,、\s])+")
_LEAD_VERB = re.compile(r"^(?:新培育|新创建|新认定|新建|新增|建设|创建|实施|培育|引进|完成|组织|开展|治理|开通|"
                        r"推荐|实现|争取|申请|放流)(?![和及与、])")
_TAIL_WORDS = re.compile(r"(?:力争|争取|不少于|不低于|不超过|不高于|突破|超过|达到|控制在|保持在|保持|稳定在|发展到|扩大到|"
                         r"提高到|提升到|压减至|压减到|降至|降低到|下降到|缩短至|缩短到|达|过|为|约|等|在)+$")


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    value: float
    unit: str
    post: str
    form: str          # "after": …企业195家 ; "before": 完成…一座污水处理厂…
    low: int = -1      # where the lower bound of a range (3-5家) starts, else -1


def extract_indicators(text: str, task_no: int) -> tuple[Indicator, ...]:
    """Every numeric target of one task's text, ids ``<task>.<n>`` in order of appearance.

    >>> [(i.target, i.unit) for i in extract_indicators("实施500万元以上工业技改项目100个。", 8)]
    [(100, '个')]
    """
    masked = _mask_quotes(fold(text))
    found: list[tuple[_Hit, Indicator]] = []
    for n, hit in enumerate(_targets(masked), start=1):
        found.append((hit, _indicator(f"{task_no}.{n}", hit, text, masked, found)))
    return tuple(indicator for _, indicator in found)


def _mask_quotes(text: str) -> str:
    """Blank out quoted names, titles and document numbers (“十百千”, 《…2023年…》, 〔2021〕)."""
    chars = list(text)
    at = 0
    while at < len(chars):
        close = _QUOTES.get(chars[at])
        if close:
            end = text.find(close, at + 1)
            if end != -1 and end - at <= 60:
                for i in range(at, end + 1):
                    chars[i] = "□"
                at = end
        at += 1
    return "".join(chars)


def _targets(masked: str) -> list[_Hit]:
    found: list[_Hit] = []
    for m in _CANDIDATE.finditer(masked):
        value = _number(m.group("num"))
        if value is None or _DURATION.match(masked, m.end("unit")):
            continue                                    # 6个月内完成: a time limit, not a count
        after = masked[m.end():m.end() + 1]
        hit = _Hit(m.start(), m.end(), value, m.group("unit"), m.group("post") or "", "after")
        if low := _RANGE_LOW.search(masked, 0, m.start()):
            # 培育3-5家: the lower bound is what the notice commits to; the office confirms (needs_review).
            hit = replace(hit, value=_number(low.group(1)) or value, post="以上", low=low.start())
        if after in _CLAUSE_END or after.isspace():
            found.append(hit)
        elif (m.group("post") or "") in ("", "以上") and m.group("unit") in _COUNTERS and _is_noun_start(after):
            if _committed(masked, m.start(), m.end()):
                found.append(replace(hit, form="before"))
    # In "21个镇街192个村居…" the first count only places the second: keep the last of such a chain.
    kept = []
    for hit in found:
        if kept and kept[-1].form == "before" and hit.form == "before" and \
                not re.search(r"[,;。:]", masked[kept[-1].end:hit.start]) and hit.start - kept[-1].end <= 4:
            kept.pop()
        kept.append(hit)
    return kept


def _number(text: str) -> float | None:
    if text[0].isdigit():
        return float(text)
    value = cn_number(text)
    return float(value) if value else None


def _is_noun_start(ch: str) -> bool:
    return ch == "□" or "\u4e00" <= ch <= "\u9fff"


def _committed(masked: str, start: int, end: int) -> bool:
    """A count before its noun (…完成一座污水处理厂提标…) is a target only with a verb of delivery:
    before it (完成/确保/参加 …) with no verb of scope after that verb, or after it (…开展/建成) with no
    verb of scope before it. 聚焦/推进/围绕 … mean the count only names what is meant."""
    clause_start = _clause_start(masked, start, strict=True)
    pre, post = masked[clause_start:start], masked[end:_clause_end(masked, end)]
    commits = list(_COMMIT.finditer(pre))
    if commits:
        return not _SCOPE.search(pre[commits[-1].end():])
    return not _SCOPE.search(pre) and bool(_COMMIT_AFTER.search(post))


def _clause_start(masked: str, at: int, strict: bool = False) -> int:
    """Start of the clause holding position ``at``: after , ; 。 : and, unless ``strict``, after a 、
    that follows another target (…20家以上、专精特新“小巨人”企业1家以上)."""
    i = at - 1
    while i >= 0:
        ch = masked[i]
        if ch in ",;。:!?" or (ch == "、" and not strict and _AFTER_TARGET.search(masked, 0, i)):
            return i + 1
        i -= 1
    return 0


_AFTER_TARGET = re.compile(rf"(?:\d|[一二两三四五六七八九十])(?:{_UNIT})(?:及以上|以上|以下|以内|左右)?$")


def _sentence_start(masked: str, at: int) -> int:
    i = at - 1
    while i >= 0 and masked[i] not in "。;!?":
        i -= 1
    return i + 1


def _indicator(ident: str, hit: _Hit, text: str, masked: str,
               earlier: list[tuple[_Hit, Indicator]]) -> Indicator:
    if hit.low >= 0:
        hit = replace(hit, start=hit.low)               # the words end before "3-5家", not inside it
    start = _clause_start(masked, hit.start, strict=hit.form == "before")
    pre = masked[start:hit.start]
    sentence = masked[_sentence_start(masked, hit.start):hit.start]
    # ``metric`` (the bare words) decides kind and review; ``name`` is what the office and leaders read.
    if hit.form == "before":
        end = _clause_end(masked, hit.end)
        metric = _clean_metric(text[hit.end:end])
        source = text[start:end]
        name = _name_before(text, masked, start, hit, end)
    else:
        metric = _clean_metric(text[start:hit.start])
        source = text[start:hit.end]
        name = _name_after(text, masked, start, hit, earlier)
    return Indicator(
        id=ident, metric=name or metric or source.strip(), target=_plain(hit.value), unit=hit.unit,
        comparator=_comparator(pre, hit.post), kind=_kind(pre, sentence, hit, metric),
        aspirational=bool(re.search(r"力争|争取", sentence)), source=source.strip(),
        needs_review=hit.form == "before" or len(metric) < 2 or _is_range(masked, hit),
    )


def _clause_end(masked: str, at: int) -> int:
    m = re.compile(r"[,;。:!?)]").search(masked, at)
    return m.start() if m else len(masked)


def _clean_metric(text: str) -> str:
    metric = _LEAD_WORDS.sub("", text.strip())
    verb = _LEAD_VERB.match(metric)
    if verb and len(metric) - verb.end() >= 2:
        metric = metric[verb.end():]
    metric = _TAIL_WORDS.sub("", metric)
    return metric.strip(" ,，、")


# -- metric names ----------------------------------------------------------------------------------
# The office reviews, and leaders read, each indicator by its name, so a name should be a short noun
# phrase: "老旧小区改造" rather than "实施改造老旧小区", "泰山人才工程入选人数" rather than "入选".

_NAME_LEAD = re.compile(r"^(?:全年|年内|年度内|年底前|年底|到年底|今年|每年|每季度|每月|全省|全市|我市|全区|全县|其中|力争|"
                        r"争取|确保|全面|"
                        r"累计|持续|进一步|共|再|加快|积极|大力|着力|深入|扎实|全力|切实|不断|稳步|有序|继续|"
                        r"(?:19|20)\d{2}年度?|[,、\s])+")
_HELPER = re.compile(r"^(?:协助|帮助|支持|引导|鼓励|指导|带动|动员|为|向|帮)"
                     r"(?:中小企业|各类企业|企业|群众|农户|居民|村民|市场主体|农民|学生)")
_BARE_CHANGE = re.compile(r"(?:同比|年均|比上年)?(?:增长|增加|提高|提升|下降|降低|减少)(?:率|幅度)?")  # 同比增长15%
_PLAIN_VERB = r"实施|完成|开展|组织|推进|推动|实现"             # only say that something is done
_NEW_VERB = (r"新培育|新创建|新认定|新建成|新开工|新建|新增|新上|建设(?!用地|规模|项目|资金|任务|进度|面积)|建成|"
             r"创建|培育|引进|招引|引育|开通|推荐|申请|打造|认定")   # the count is of the thing itself
_WORK_VERB = r"改造提升|改造|提升|整治|治理|改建|扩建|提标|修缮|维修|更新|放流|修复|配送|培训|开工"  # the count is of work
_VERB = f"{_PLAIN_VERB}|{_NEW_VERB}|{_WORK_VERB}"
_PLAIN_RUN = re.compile(rf"^(?:{_PLAIN_VERB})+")
_VERB_RUN = re.compile(rf"^(?:{_VERB})(?:(?:和|及|与|、)?(?:{_VERB}))*")
_LOCATIVE = re.compile(rf"^在[^,;。]{{1,20}}?(?={_VERB})")
_MEASURE_NOUN = re.compile(r"(?:面积|数量|规模|长度|里程|总量|产量|户数|人数|金额)$")
_VERB_ONLY = re.compile(r"(?:入选|培养|培训|引进|招引|招聘|吸纳|安置|帮扶|救助|资助|接待|服务|造林|绿化|放流|签约|落地|"
                        r"开工|竣工|投产|转移|就业|参保|参训|新增|完成|实现|认定|创建|新建|建成|改造|治理|整治|修复|"
                        r"办理|受理|发放|投放|减免|推荐|申报)+")
_TOPIC_PREP = re.compile(r"^(?:对|围绕|聚焦|针对|依托|按照|通过|就)")
_TOPIC_VERB = re.compile(rf"^(?:做好|抓好|办好|落实|加强|深化|启动|持续推进|{_PLAIN_VERB}|{_NEW_VERB})+")
_TOPIC_CUT = re.compile(r"申报|申请|工作|的|做好|开展|服务|活动")
_COUNT = re.compile(rf"\d+(?:\.\d+)?(?:{_UNIT})(?:以上|左右)?")
_ORDINAL = re.compile(r"^第[一二三四五六七八九十\d]+(?:批|届|轮|次)")
_WHEN = (r"尽快|按期|如期|按时|全部|全面|年底前|年内|年底|上半年|下半年|春季|夏季|秋季|冬季|汛期前|开学前|"
         r"\d{1,2}月底?前?|底前|前")
_PREDICATE = re.compile(rf"(?:在[^,;。]{{1,10}}?)?(?:{_WHEN})*(?:投入使用|投入运营|投用|建成|竣工|开工|落地|验收|认定|运行|上市|挂牌|开业|通车)$")
_PURPOSE = re.compile(r"^(?:参加|参与|参评|申报|争创|争取)")


def _head_off(pattern: re.Pattern, text: str) -> str:
    """``text`` without what ``pattern`` matches at its start (matched on the folded text)."""
    m = pattern.match(fold(text))
    return text[m.end():] if m else text


def _tail_off(pattern: re.Pattern, text: str) -> str:
    m = pattern.search(fold(text))
    return text[:m.start()] if m else text


def _name_after(text: str, masked: str, start: int, hit: _Hit, earlier: list[tuple[_Hit, Indicator]]) -> str:
    """Name of a target written after its words (…新培育高新技术企业195家)."""
    name = _noun_phrase(text[start:hit.start])
    if shared := _shared_head(name, masked, start, earlier):
        return shared + name
    core = _head_off(_PLAIN_RUN, name)                      # 完成投资 → 投资
    if len(core) > 2 and not _BARE_CHANGE.fullmatch(fold(core)):
        return name
    # 入选3人 / 资金7000万元: too bare alone; the clause before, in the same sentence, says of what.
    topic = _topic_before(text, masked, start, earlier)
    if topic:
        name = core or name
    if _VERB_ONLY.fullmatch(fold(core or "-")):
        name = core + _measure_word(hit.unit)             # 完成造林1.2万亩 → 造林面积
    return topic + name if topic and topic not in name else name


def _shared_head(name: str, masked: str, start: int, earlier: list[tuple[_Hit, Indicator]]) -> str:
    """``营业收入`` for ``过10亿元企业`` after ``营业收入过100亿元企业…``: a threshold that only repeats
    the words before it in the same sentence."""
    threshold = re.match(r"(过|超过|超|达)\d", fold(name))
    if not threshold:
        return ""
    sentence = _sentence_start(masked, start)
    for hit, indicator in reversed(earlier):
        at = fold(indicator.metric).find(threshold.group(1))
        if hit.start >= sentence and at > 0:
            return indicator.metric[:at]
    return ""


def _noun_phrase(words: str) -> str:
    """``全年协助企业申请科技成果转化贷款`` → ``科技成果转化贷款``; ``实施改造老旧小区`` → ``老旧小区改造``."""
    words = _head_off(_NAME_LEAD, words.strip())
    words = _head_off(_HELPER, words)
    words = _head_off(_LOCATIVE, words)
    words = _tail_off(_TAIL_WORDS, words)
    words = _tail_off(re.compile(r"(?:每年|每季度|每月|全年|年内)$"), words).strip(" ,，、")
    return _verbs_after(words)


def _verbs_after(words: str) -> str:
    """Move or drop the verbs that open a name: 新增X → X, 治理X面积 → X治理面积, 建设提升X → X建设提升."""
    m = _VERB_RUN.match(fold(words))
    if not m:
        return words
    run, noun = words[:m.end()], words[m.end():]
    if len(noun) <= 2 or re.search(r"[和及与、]", run):
        return words                                    # 新开工项目, 新建和改造提升高标准农田 read well as written
    work = _head_off(_PLAIN_RUN, run)
    if not re.search(_WORK_VERB, work):
        return noun
    measure = _MEASURE_NOUN.search(noun)
    if measure:
        return noun[:measure.start()] + work + noun[measure.start():]
    return noun + work


def _measure_word(unit: str) -> str:
    base = re.sub(r"^(?:万亿|万|亿)", "", unit.split("/")[0])
    if base in ("人", "名"):
        return "人数"
    if base in ("人次", "户"):
        return {"人次": "人次", "户": "户数"}[base]
    if base == "元":
        return "金额"
    if base in ("亩", "公顷", "平方米", "平方公里", "平方千米"):
        return "面积"
    return "数量"


def _topic_before(text: str, masked: str, start: int, earlier: list[tuple[_Hit, Indicator]]) -> str:
    """What the previous clause of the same sentence is about: the name of its own target, if it has
    one (科技项目30项、资金7000万元), else its noun phrase (对2023泰山人才工程申报工作做好…服务)."""
    sep = start - 1
    if sep < 0 or masked[sep] not in ",、:":
        return ""
    prev_start = _clause_start(masked, sep)
    for hit, indicator in reversed(earlier):
        if prev_start <= hit.start < sep:
            return indicator.metric
    return _topic(text[prev_start:sep])


def _topic(clause: str) -> str:
    """The thing a clause is about, or "" when it has no clear one."""
    words = _head_off(_NAME_LEAD, clause.strip())
    words = _head_off(_TOPIC_PREP, words)
    words = _head_off(_NAME_LEAD, words)
    words = _head_off(_TOPIC_VERB, words)
    words = _head_off(_ORDINAL, words)
    words = _head_off(_NAME_LEAD, words)
    words = "".join(_spans_outside(_COUNT, words))          # 聚焦开发区36个重点工业项目 → 开发区重点工业项目
    words = _tail_off(_TOPIC_CUT, words)
    words = _tail_off(re.compile(r"(?:建设|工作|活动)$"), words)
    words = _head_off(re.compile(r"^(?:19|20)\d{2}(?:年度?)?"), words).strip(" ,，、")
    plain = fold(words)
    if 2 <= len(words) <= 14 and re.search(r"[\u4e00-\u9fff]", plain) and not re.search(r"\d", plain):
        return words
    return ""


def _spans_outside(pattern: re.Pattern, text: str) -> list[str]:
    parts, at = [], 0
    for m in pattern.finditer(fold(text)):
        parts.append(text[at:m.start()])
        at = m.end()
    return parts + [text[at:]]


def _name_before(text: str, masked: str, start: int, hit: _Hit, end: int) -> str:
    """Name of a count written before its noun (完成城区一座污水处理厂提标任务 → 城区污水处理厂提标)."""
    noun = _tail_off(re.compile(r"(?:工作|任务)$"), text[hit.end:end].strip())
    predicate = ""
    m = _PREDICATE.search(fold(noun))
    if m and m.start() > 0:
        noun, predicate = noun[:m.start()], noun[m.start():]
    pre = fold(text[start:hit.start])
    verb = list(_COMMIT.finditer(pre))
    between = pre[verb[-1].end():] if verb else ""
    if len(noun) > 2:
        qualifies = 0 < len(between) <= 6 and re.fullmatch(r"[\u4e00-\u9fff]+", between) and \
            not between.endswith("等")
        return (text[hit.start - len(between):hit.start] if qualifies else "") + noun
    if predicate:
        return predicate + noun                     # 5处项目秋季开学前投入使用 → 秋季开学前投入使用项目
    if verb:
        return verb[-1].group(0) + _purpose(text, masked, end, noun)   # 推荐2所学校,参加…示范校申报 → 推荐参评示范校
    return noun


def _purpose(text: str, masked: str, end: int, noun: str) -> str:
    """``参评`` and the kind of thing when the next clause says what the count is put forward for."""
    if masked[end:end + 1] not in (",", ":"):
        return noun
    clause = text[end + 1:_clause_end(masked, end + 1)]
    if not _PURPOSE.match(fold(clause)):
        return noun
    topic = _topic(_head_off(_PURPOSE, clause))
    last = re.split(r"[、和及与]", topic)[-1] if topic else ""
    return "参评" + (last if last and last[-1] == noun[-1] else noun)


def _comparator(pre: str, post: str) -> str:
    if post == "左右":
        return "~"
    if post in ("以下", "以内", "之内"):
        return "<="
    if post in ("以上", "及以上"):
        return ">="
    tail = pre.rstrip()
    tail = re.sub(r"(力争|争取)$", "", tail)
    if _LE_TAIL.search(tail):
        return "<="
    if _APPROX_TAIL.search(tail):
        return "~"
    return ">="


def _kind(pre: str, sentence: str, hit: _Hit, metric: str) -> str:
    """``level`` for rates, shares and stocks (not pro-rated over the year), else ``cumulative``."""
    tail = re.sub(r"(力争|争取|要|将)$", "", pre.rstrip())
    rate_unit = hit.unit.endswith(("%", "百分点", "工作日", "小时", "天")) or "/" in hit.unit
    if rate_unit or _LEVEL_METRIC.search(metric) or _LEVEL_TAIL.search(tail):
        return "level"
    if _INCREMENT.search(pre):
        return "cumulative"
    if "覆盖" in metric:                                # 千兆光网覆盖家庭1500万户: how far it reaches, a stock
        return "level"
    # "企业达到16家", "年底全市实现…1处": a count of what exists at the end of the year.
    if hit.unit in _COUNTERS and (_STATE.search(pre) or "年底" in sentence):
        return "level"
    return "cumulative"


def _is_range(masked: str, hit: _Hit) -> bool:
    return hit.low >= 0


def _plain(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value
