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
    texts: list[tuple[str, str, tuple[str, ...] | None]] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            rows = [[cell.text for cell in row.cells] for row in block.rows]
            texts.extend(entry[1:] for entry in _table_texts(rows))
        else:
            texts.extend((part, "", None) for part in block.text.split("\n"))
    return [Line(no, text.strip(), hint, deps, "段") for no, (text, hint, deps) in enumerate(texts, start=1)]


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
            self.current = _Draft(number, ln, [ln.text[start:].strip()], ln.departments, self._section_no())
        elif section and ln.hint != "task":
            self._add_section(cn_number(section.group(1)), ln.text[section.start(2):], ln)
        elif sub and use_subsections and _heading_like(sub.group(2)):
            self._add_section(cn_number(sub.group(1)), ln.text[sub.start(2):], ln)
        elif sub:
            self._close()                                   # （一）…行动计划。: a sub-plan, not a task
        elif _MARKER_LINE.match(text) and self.current and self.current.departments is None:
            self.current.departments = split_departments(_strip_label(ln.text))
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

    def _add_section(self, number: int | None, title: str, ln: Line) -> None:
        self._close()
        self.pending = None
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
        if text and not text.endswith((":", "：")) and not _DATE.search(text) and len(text) <= 80:
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
    parts = re.split(r"[、,，;；\n]+", text)
    return tuple(p.strip().rstrip("。.") for p in parts if p.strip().rstrip("。."))


# -- indicators ------------------------------------------------------------------------------------

_BASE_UNITS = ("平方公里", "平方千米", "平方米", "立方米", "千瓦时", "千米", "公里", "千瓦", "兆瓦", "吨标准煤",
               "标准煤", "公顷", "千克", "微克", "毫克", "人次", "个百分点", "百分点", "个工作日", "工作日", "小时",
               "分钟", "天", "床位", "元", "吨", "亩", "头", "尾", "只", "羽", "家", "个", "项", "人", "处", "条", "座",
               "所", "张", "户", "台", "套", "辆", "件", "场", "次", "名", "篇", "部", "栋", "株", "棵", "间", "册", "米",
               "%")
_COUNTERS = set("家个项处条座所张户台套辆件场次名篇部栋间人")  # measure words that may precede a noun
_SCALED_UNITS = {p + u for u in _BASE_UNITS for p in ("", "万", "亿", "万亿") if u != "%" or not p}
_UNIT = ("(?:" + "|".join(sorted(_SCALED_UNITS, key=len, reverse=True))
         + ")(?:/(?:千瓦时|立方米|平方米|吨|亩|人|户|年|月|天|度))?")
_CANDIDATE = re.compile(
    rf"(?<![0-9A-Za-z.%/第])(?P<num>\d+(?:\.\d+)?|(?<![零〇一二两三四五六七八九十百千])[一二两三四五六七八九十百千]+)"
    rf"(?P<unit>{_UNIT})(?P<post>及以上|以上|以下|以内|之内|左右)?")
_CLAUSE_END = set(",;。:!?)、”\"’」") | {""}
_QUOTES = {"“": "”", "‘": "’", "《": "》", "〔": "〕", "「": "」", '"': '"'}
_COMMIT = re.compile(r"完成|参加|推荐|确保|建成|新建|新增|创建|实施|培育|引进|培养|组织|开工|投用|打造|建设")
_SCOPE = re.compile(r"聚焦|围绕|推进|保障|依托|针对|涉及|包括|覆盖|重点|其中")
_COMMIT_AFTER = re.compile(r"开展|完成|建成|投入使用|投用|开工|竣工|落地|认定|验收")
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


def extract_indicators(text: str, task_no: int) -> tuple[Indicator, ...]:
    """Every numeric target of one task's text, ids ``<task>.<n>`` in order of appearance.

    >>> [(i.target, i.unit) for i in extract_indicators("实施500万元以上工业技改项目100个。", 8)]
    [(100, '个')]
    """
    folded = fold(text)
    masked = _mask_quotes(folded)
    hits = _targets(masked)
    return tuple(_indicator(f"{task_no}.{n}", hit, text, masked) for n, hit in enumerate(hits, start=1))


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
        if value is None:
            continue
        after = masked[m.end():m.end() + 1]
        hit = _Hit(m.start(), m.end(), value, m.group("unit"), m.group("post") or "", "after")
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


def _indicator(ident: str, hit: _Hit, text: str, masked: str) -> Indicator:
    start = _clause_start(masked, hit.start, strict=hit.form == "before")
    pre = masked[start:hit.start]
    sentence = masked[_sentence_start(masked, hit.start):hit.start]
    if hit.form == "before":
        end = _clause_end(masked, hit.end)
        metric = _clean_metric(text[hit.end:end])
        source = text[start:end]
    else:
        metric = _clean_metric(text[start:hit.start])
        source = text[start:hit.end]
    return Indicator(
        id=ident, metric=metric or source, target=_plain(hit.value), unit=hit.unit,
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
    # "企业达到16家", "年底全市实现…1处": a count of what exists at the end of the year.
    if hit.unit in _COUNTERS and (_STATE.search(pre) or "年底" in sentence):
        return "level"
    return "cumulative"


def _is_range(masked: str, hit: _Hit) -> bool:
    return bool(re.search(r"\d\s*[-~—至到]\s*$", masked[:hit.start]))


def _plain(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value
