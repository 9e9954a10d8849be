"""Catalogue types: the notice's sections, tasks and numeric indicators.

    >>> from tz_excel import parse_notice
    >>> cat = parse_notice("notice.txt")
    >>> cat.task(4).indicators[0].target
    195
    >>> cat.to_dict()["tasks"][0]["departments"]
    ['市科技局']
    >>> Catalogue.from_dict(cat.to_dict()) == cat
    True

The JSON form (``to_dict``) is the contract in ``design.md``. ``sha`` hashes the canonical JSON,
so every template and return can name the exact catalogue it was made from. The office's editable
copy, ``catalogue.xlsx``, is written and read by ``write_catalogue_xlsx``/``read_catalogue_xlsx``
(further down this module); an edit there wins over the parser in every later stage.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from typing import Iterable, Iterator

COMPARATORS = (">=", "<=", "~")
KINDS = ("cumulative", "level")
LEAD, CO = "lead", "co"
ROLE_WORDS = {LEAD: "牵头", CO: "配合"}


@dataclass(frozen=True)
class Section:
    """A numbered part of the notice (一、… 十一、)."""

    no: int
    title: str


@dataclass(frozen=True)
class Indicator:
    """One numeric target of a task, e.g. 新培育高新技术企业195家."""

    id: str                      # "<task>.<n>", e.g. "4.1"
    metric: str                  # 高新技术企业
    target: float | int
    unit: str                    # 家, 亿元, %, 万平方米 …
    comparator: str = ">="       # ">=", "<=" or "~"
    kind: str = "cumulative"     # or "level": rates, shares, stocks (not pro-rated)
    aspirational: bool = False   # 力争 / 争取
    source: str = ""             # the phrase it was read from
    needs_review: bool = False
    due: date | None = None      # its own deadline when the text sets one (else the task's)
    review: str = ""             # why it needs review, in Chinese for the office

    @property
    def task_no(self) -> int:
        return int(self.id.split(".")[0])

    @property
    def is_percent(self) -> bool:
        return self.unit in ("%", "％")

    def to_dict(self) -> dict:
        data = {
            "id": self.id, "metric": self.metric, "target": _plain_number(self.target),
            "unit": self.unit, "comparator": self.comparator, "kind": self.kind,
            "aspirational": self.aspirational, "due": _iso(self.due), "source": self.source,
        }
        if self.needs_review:
            data["needs_review"] = True
            if self.review:
                data["review"] = self.review
        return data

    @classmethod
    def from_dict(cls, data: dict) -> "Indicator":
        return cls(
            id=str(data["id"]), metric=data["metric"], target=_plain_number(data["target"]),
            unit=data.get("unit", ""), comparator=data.get("comparator", ">="),
            kind=data.get("kind", "cumulative"), aspirational=bool(data.get("aspirational", False)),
            source=data.get("source", ""), needs_review=bool(data.get("needs_review", False)),
            due=_date(data.get("due")), review=data.get("review", ""),
        )


@dataclass(frozen=True)
class Task:
    """One numbered task; ``departments`` as written, the first leads (牵头)."""

    no: int
    section: int
    title: str
    text: str
    departments: tuple[str, ...]
    indicators: tuple[Indicator, ...] = ()
    needs_review: bool = False
    due: date | None = None              # the task's deadline (完成时限); None: the reporting year's end
    leaders: tuple[str, ...] = ()        # persons named as 责任领导/牵头领导, never departments
    review: str = ""                     # why it needs review, in Chinese for the office

    @property
    def lead(self) -> str | None:
        return self.departments[0] if self.departments else None

    def due_of(self, indicator: Indicator | None = None) -> date | None:
        """The deadline of ``indicator`` (its own, else the task's), or the task's own."""
        if indicator is not None and indicator.due is not None:
            return indicator.due
        return self.due

    def to_dict(self) -> dict:
        data = {
            "no": self.no, "section": self.section, "title": self.title, "text": self.text,
            "departments": list(self.departments),
            "indicators": [i.to_dict() for i in self.indicators],
            "due": _iso(self.due), "leaders": list(self.leaders),
        }
        if self.needs_review:
            data["needs_review"] = True
            if self.review:
                data["review"] = self.review
        return data

    @classmethod
    def from_dict(cls, data: dict) -> "Task":
        return cls(
            no=int(data["no"]), section=int(data["section"]), title=data["title"],
            text=data.get("text", ""), departments=tuple(data.get("departments", ())),
            indicators=tuple(Indicator.from_dict(i) for i in data.get("indicators", ())),
            needs_review=bool(data.get("needs_review", False)),
            due=_date(data.get("due")), leaders=tuple(data.get("leaders", ())),
            review=data.get("review", ""),
        )


@dataclass(frozen=True)
class Row:
    """One line of a department's template: an indicator, or a task that has none."""

    id: str                          # indicator id ("4.1") or task number ("7")
    task: Task
    indicator: Indicator | None
    role: str                        # LEAD or CO


@dataclass(frozen=True)
class Catalogue:
    """The whole notice: title, sections and tasks (plus 文号 and date where present)."""

    title: str
    year: int
    sections: tuple[Section, ...]
    tasks: tuple[Task, ...]
    doc_number: str = ""
    date: str = ""                   # ISO date of the notice, "" when absent
    short_title: str = field(default="", compare=False)

    # -- look-ups -----------------------------------------------------------------------------
    def task(self, no: int) -> Task:
        return self._tasks_by_no[int(no)]

    def section(self, no: int) -> Section:
        for section in self.sections:
            if section.no == no:
                return section
        raise KeyError(no)

    def indicators(self) -> Iterator[Indicator]:
        for task in self.tasks:
            yield from task.indicators

    def indicator(self, indicator_id: str) -> Indicator:
        return self._indicators_by_id[indicator_id]

    def department_names(self) -> list[str]:
        """Every department name as written, in order of first appearance."""
        return list(self._department_names)

    # Look-up tables, built once per catalogue: every return of a merge asks them per row.
    @cached_property
    def _tasks_by_no(self) -> dict[int, Task]:
        return {task.no: task for task in self.tasks}

    @cached_property
    def _indicators_by_id(self) -> dict[str, Indicator]:
        return {indicator.id: indicator for indicator in self.indicators()}

    @cached_property
    def _tasks_by_department(self) -> dict[str, tuple[int, ...]]:
        """Positions of the tasks naming each department: ``rows_for`` looks its names up here
        rather than passing over every task for every department."""
        found: dict[str, list[int]] = {}
        for at, task in enumerate(self.tasks):
            for name in dict.fromkeys(task.departments):
                found.setdefault(name, []).append(at)
        return {name: tuple(ats) for name, ats in found.items()}

    @cached_property
    def _department_names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(name for task in self.tasks for name in task.departments))

    def rows(self) -> Iterator[Row]:
        """Every template row of the notice, lead role, in catalogue order."""
        for task in self.tasks:
            yield from _task_rows(task, LEAD)

    def rows_for(self, names: Iterable[str]) -> list[Row]:
        """Rows for a department known under ``names`` (its name, aliases and groups it is in).

        Role is LEAD when one of the names is the task's first department, else CO.
        """
        names = set(names)
        by_name = self._tasks_by_department
        found = sorted({at for name in names for at in by_name.get(name, ())})
        rows: list[Row] = []
        for task in map(self.tasks.__getitem__, found):
            role = LEAD if task.lead in names else CO
            rows.extend(_task_rows(task, role))
        return rows

    # -- JSON contract ------------------------------------------------------------------------
    def to_dict(self) -> dict:
        data = {"title": self.title, "year": self.year}
        if self.doc_number:
            data["doc_number"] = self.doc_number
        if self.date:
            data["date"] = self.date
        data["sections"] = [{"no": s.no, "title": s.title} for s in self.sections]
        data["tasks"] = [t.to_dict() for t in self.tasks]
        return data

    @classmethod
    def from_dict(cls, data: dict) -> "Catalogue":
        return cls(
            title=data["title"], year=int(data["year"]),
            sections=tuple(Section(int(s["no"]), s["title"]) for s in data.get("sections", ())),
            tasks=tuple(Task.from_dict(t) for t in data.get("tasks", ())),
            doc_number=data.get("doc_number", ""), date=data.get("date", ""),
        )

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @cached_property
    def sha(self) -> str:
        """sha256 of the canonical JSON (sorted keys, no spaces): the catalogue's identity.

        Cached: every template and every return compares against it, and hashing the whole
        catalogue costs about a millisecond. (cached_property writes the instance ``__dict__``
        directly, which a frozen dataclass without slots allows.)"""
        canonical = json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()

    def with_tasks(self, tasks: Iterable[Task]) -> "Catalogue":
        return replace(self, tasks=tuple(tasks))


def _task_rows(task: Task, role: str) -> Iterator[Row]:
    if task.indicators:
        for indicator in task.indicators:
            yield Row(indicator.id, task, indicator, role)
    else:
        yield Row(str(task.no), task, None, role)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _date(value) -> date | None:
    """A JSON deadline ("2023-06-30" or null) as a date."""
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _plain_number(value: float | int | str) -> float | int:
    """2.0 → 2, "195" → 195, 3.05 stays 3.05: targets read naturally in JSON and workbooks."""
    number = float(value)
    return int(number) if number.is_integer() else number


# -- catalogue.xlsx: the office's editable copy ---------------------------------------------------

CATALOGUE_FORMAT = "2"
TASK_SHEET, INDICATOR_SHEET, NOTE_SHEET, META_SHEET = "任务", "指标", "说明", "_meta"
TASK_HEADERS = ("任务序号", "部分序号", "部分名称", "任务名称", "责任单位", "责任领导", "完成时限", "任务内容", "需复核",
                "复核说明")
INDICATOR_HEADERS = ("指标编号", "任务序号", "指标名称", "目标值", "单位", "比较方式", "类型", "力争", "完成时限", "本年目标",
                     "原文", "需复核", "复核说明")
# Columns a catalogue.xlsx of release 0.1 lacks: read as empty when absent.
OPTIONAL_HEADERS = ("责任领导", "完成时限", "复核说明", "本年目标")
COMPARATOR_WORDS = {">=": "不低于", "<=": "不高于", "~": "左右"}
KIND_WORDS = {"cumulative": "累计", "level": "水平"}
_COMPARATOR_READ = {
    ">=": ">=", "≥": ">=", "不低于": ">=", "不少于": ">=", "以上": ">=", "达到": ">=", "突破": ">=",
    "<=": "<=", "≤": "<=", "不高于": "<=", "不超过": "<=", "以内": "<=", "以下": "<=", "控制在": "<=",
    "~": "~", "≈": "~", "～": "~", "左右": "~", "约": "~",
}
_KIND_READ = {"累计": "cumulative", "cumulative": "cumulative", "累计值": "cumulative",
              "水平": "level", "level": "level", "水平值": "level", "时点": "level", "时点值": "level", "比率": "level"}
_YES = {"是", "√", "✓", "y", "yes", "true", "1", "需复核"}
_NO = {"", "否", "×", "n", "no", "false", "0"}
_NOTE = (
    ("本表是什么", "由通知解析出的重点任务清单，是生成填报模板、汇总和研判的依据。此处的修改优先于通知原文解析结果。"),
    ("任务", "每行一项任务。“责任单位”按通知原文顺序，以“、”分隔，第一个为牵头单位，其余为配合单位；"
             "“各镇街”“市直各有关部门单位”等统称在 departments.xlsx 中展开为具体单位。“责任领导”为通知中列明的领导同志，"
             "不作为填报单位。"),
    ("完成时限", "任务或指标须完成的日期。可填日期（如 2023-06-30），也可照原文填写（如“6月底前”“三季度末”“秋季开学前”）；"
                 "留空表示年底前。指标未填时限的，按所属任务的时限；序时进度按时限计算。"),
    ("指标", "每行一个量化目标。可改正目标值、单位、比较方式（不低于/不高于/左右）和类型"
             "（累计：全年逐步完成，按序时进度研判；水平：比率、比重、存量等，不分摊）；"
             "误识别的指标可整行删除；漏识别的可在末尾新增一行（指标编号可留空，自动编号）。"),
    ("本年目标", "原文目标跨多个年度（如“到2025年”“三年行动”）的，请在“本年目标”栏填写本年度应完成的量，研判以此为准。"),
    ("需复核", "标黄的行为程序无法确定、需人工核对的内容，原因见“复核说明”。核对无误后将“需复核”改为“否”。"),
    ("注意", "请勿修改表头文字和隐藏工作表 _meta。修改后保存为 .xlsx 格式。"),
)


def write_catalogue_xlsx(path, catalogue: Catalogue) -> None:
    """Write ``catalogue.xlsx``: sheets 任务, 指标, 说明 and the hidden ``_meta``; doubtful rows highlighted."""
    import xlsxwriter

    from .sheets import CJK_FONT, FIXED_CREATED

    wb = xlsxwriter.Workbook(str(path))
    wb.set_properties({"title": catalogue.title, "subject": "重点任务清单", "created": FIXED_CREATED})
    base = {"font_name": CJK_FONT, "font_size": 10, "border": 1, "valign": "top"}
    fmt = {
        "head": wb.add_format({**base, "bold": True, "bg_color": "#D9E1F2", "align": "center", "text_wrap": True}),
        "text": wb.add_format({**base, "text_wrap": True}),
        "cell": wb.add_format(base),
        "date": wb.add_format({**base, "num_format": "yyyy-mm-dd"}),
        "review": wb.add_format({"bg_color": "#FFEB9C"}),
    }
    _write_tasks(wb.add_worksheet(TASK_SHEET), catalogue, fmt)
    _write_indicators(wb.add_worksheet(INDICATOR_SHEET), catalogue, fmt)
    note = wb.add_worksheet(NOTE_SHEET)
    note.set_column(0, 0, 12)
    note.set_column(1, 1, 100)
    for r, (key, text) in enumerate(_NOTE):
        note.write_string(r, 0, key, fmt["head"])
        note.write_string(r, 1, text, fmt["text"])
    _write_meta(wb.add_worksheet(META_SHEET), catalogue)
    wb.close()


def _write_due(ws, r: int, c: int, due: date | None, fmt: dict) -> None:
    from datetime import datetime

    if due is None:
        ws.write_blank(r, c, None, fmt["date"])
    else:
        ws.write_datetime(r, c, datetime(due.year, due.month, due.day), fmt["date"])


def _write_text(ws, r: int, c: int, text: str, fmt: dict) -> None:
    if text:
        ws.write_string(r, c, text, fmt["text"])
    else:
        ws.write_blank(r, c, None, fmt["text"])


def _write_tasks(ws, catalogue: Catalogue, fmt: dict) -> None:
    ws.write_row(0, 0, TASK_HEADERS, fmt["head"])
    titles = {s.no: s.title for s in catalogue.sections}
    for r, task in enumerate(catalogue.tasks, start=1):
        ws.write_number(r, 0, task.no, fmt["cell"])
        ws.write_number(r, 1, task.section, fmt["cell"])
        ws.write_string(r, 2, titles.get(task.section, ""), fmt["text"])
        ws.write_string(r, 3, task.title, fmt["text"])
        ws.write_string(r, 4, "、".join(task.departments), fmt["text"])
        _write_text(ws, r, 5, "、".join(task.leaders), fmt)
        _write_due(ws, r, 6, task.due, fmt)
        ws.write_string(r, 7, task.text, fmt["text"])
        ws.write_string(r, 8, "是" if task.needs_review else "否", fmt["cell"])
        _write_text(ws, r, 9, task.review, fmt)
    _finish_sheet(ws, len(catalogue.tasks), TASK_HEADERS, (8, 8, 22, 26, 36, 12, 11, 90, 8, 30), fmt)


def _write_indicators(ws, catalogue: Catalogue, fmt: dict) -> None:
    ws.write_row(0, 0, INDICATOR_HEADERS, fmt["head"])
    indicators = list(catalogue.indicators())
    for r, ind in enumerate(indicators, start=1):
        ws.write_string(r, 0, ind.id, fmt["cell"])
        ws.write_number(r, 1, ind.task_no, fmt["cell"])
        ws.write_string(r, 2, ind.metric, fmt["text"])
        ws.write_number(r, 3, ind.target, fmt["cell"])
        ws.write_string(r, 4, ind.unit, fmt["cell"])
        ws.write_string(r, 5, COMPARATOR_WORDS[ind.comparator], fmt["cell"])
        ws.write_string(r, 6, KIND_WORDS[ind.kind], fmt["cell"])
        ws.write_string(r, 7, "是" if ind.aspirational else "否", fmt["cell"])
        _write_due(ws, r, 8, ind.due, fmt)
        ws.write_blank(r, 9, None, fmt["cell"])          # 本年目标: the office's, for multi-year targets
        ws.write_string(r, 10, ind.source, fmt["text"])
        ws.write_string(r, 11, "是" if ind.needs_review else "否", fmt["cell"])
        _write_text(ws, r, 12, ind.review, fmt)
    last = max(len(indicators), 1) + 200          # room for rows the office adds
    ws.data_validation(1, 5, last, 5, {"validate": "list", "source": list(COMPARATOR_WORDS.values())})
    ws.data_validation(1, 6, last, 6, {"validate": "list", "source": list(KIND_WORDS.values())})
    ws.data_validation(1, 7, last, 7, {"validate": "list", "source": ["是", "否"]})
    for col in (3, 9):
        ws.data_validation(1, col, last, col, {"validate": "decimal", "criteria": ">=", "value": 0,
                                               "error_message": "目标值应为数字。"})
    _finish_sheet(ws, len(indicators), INDICATOR_HEADERS, (9, 8, 32, 10, 10, 9, 7, 6, 11, 9, 50, 8, 30), fmt)


def _finish_sheet(ws, rows: int, headers: tuple, widths: tuple, fmt: dict) -> None:
    last_col = len(headers) - 1
    flag_col = headers.index("需复核")
    for c, width in enumerate(widths):
        ws.set_column(c, c, width)
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, max(rows, 1), last_col)
    flag = chr(ord("A") + flag_col)
    ws.data_validation(1, flag_col, max(rows, 1) + 200, flag_col, {"validate": "list", "source": ["是", "否"]})
    # A conditional format, not a fixed fill: the highlight goes when the office sets 需复核 to 否.
    ws.conditional_format(1, 0, max(rows, 1) + 200, last_col, {
        "type": "formula", "criteria": f'=${flag}2="是"', "format": fmt["review"]})


def _write_meta(ws, catalogue: Catalogue) -> None:
    rows = [("format_version", CATALOGUE_FORMAT), ("title", catalogue.title), ("short_title", catalogue.short_title),
            ("year", str(catalogue.year)), ("doc_number", catalogue.doc_number), ("date", catalogue.date)]
    rows += [("section", str(s.no), s.title) for s in catalogue.sections]
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            ws.write_string(r, c, value)
    ws.hide()


def read_catalogue_xlsx(path, calendar=None) -> Catalogue:
    """Read ``catalogue.xlsx`` back, with the office's edits; a value that makes no sense raises.

    Values come from python-calamine and percent formats from the package's styles (``xlsxparts``):
    every merge reads the catalogue, and openpyxl would cost its import and a quarter second.

    Args:
        path: the workbook.
        calendar: dates of named moments for 完成时限 typed as words (秋季开学前); default ``Calendar()``.

    Raises:
        CatalogueError: a sheet or header is missing, or a cell holds an unusable value
            (``sheet`` and ``cell`` name it).
    """
    from python_calamine import CalamineError, CalamineWorkbook

    from .errors import CatalogueError

    name = getattr(path, "name", str(path))
    if not os.path.exists(path):
        raise CatalogueError(f"找不到任务清单 {name}。", path=str(path))
    try:
        wb = CalamineWorkbook.from_path(str(path))
    except (CalamineError, OSError, ValueError) as exc:
        raise CatalogueError(f"任务清单 {name} 无法打开：{exc}", path=str(path)) from exc
    reader = _SheetReader(wb, str(path), calendar)
    meta = reader.meta()
    sections, tasks = reader.tasks(meta["sections"], meta["year"])
    tasks = reader.indicators(tasks, meta["year"])
    return Catalogue(title=meta["title"], year=meta["year"], sections=sections, tasks=tasks,
                     doc_number=meta["doc_number"], date=meta["date"], short_title=meta["short_title"])


@dataclass(frozen=True)
class _Cell:
    """One cell as the reader needs it: its value and its A1 name."""

    value: object
    coordinate: str


def _column_letter(col: int) -> str:
    letters = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        letters = chr(ord("A") + rem) + letters
    return letters


class _SheetReader:
    """Reads the sheets of one ``catalogue.xlsx``; every complaint names sheet and cell."""

    def __init__(self, wb, path: str, calendar=None) -> None:
        self.wb, self.path, self.calendar = wb, path, calendar
        self._percent: set[str] | None = None

    def fail(self, sheet: str, cell: str, message: str):
        from .errors import CatalogueError

        where = f"工作表“{sheet}”{cell}" if cell else f"工作表“{sheet}”"
        return CatalogueError(f"任务清单 {where}：{message}", path=self.path, sheet=sheet, cell=cell)

    def grid(self, sheet: str) -> list[list]:
        if sheet not in self.wb.sheet_names:
            raise self.fail(sheet, "", "工作表不存在，请勿删除或重命名。")
        ws = self.wb.get_sheet_by_name(sheet)
        rows = ws.to_python(skip_empty_area=False)
        start_row, start_col = ws.start or (0, 0)
        pad = [None] * start_col
        return [[None] * 0 for _ in range(start_row)] + [pad + list(r) for r in rows]

    def rows(self, sheet: str, headers: tuple[str, ...]) -> list[tuple[int, dict]]:
        """(row number, {header: cell}) for every non-blank row under the header row."""
        grid = self.grid(sheet)
        for at, row in enumerate(grid[:10]):
            texts = [str(v if v is not None else "").strip() for v in row]
            if headers[0] in texts:
                break
        else:
            raise self.fail(sheet, "", f"找不到表头“{headers[0]}”。")
        columns = {}
        for h in headers:
            match = next((i for i, t in enumerate(texts) if t.startswith(h)), None)
            if match is None and h not in OPTIONAL_HEADERS:
                raise self.fail(sheet, f"A{at + 1}", f"缺少表头“{h}”，请勿修改表头。")
            if match is not None:
                columns[h] = match
        out = []
        for r, row in enumerate(grid[at + 1:], start=at + 2):
            cells = {h: _Cell(row[i] if i < len(row) else None, f"{_column_letter(i)}{r}") for h, i in columns.items()}
            if any(_text(c) for c in cells.values()):
                out.append((r, cells))
        return out

    def meta(self) -> dict:
        meta = {"title": "", "short_title": "", "doc_number": "", "date": "", "year": 0, "sections": {}}
        if META_SHEET not in self.wb.sheet_names:
            raise self.fail(META_SHEET, "", "隐藏工作表缺失，请用 tz-excel init 重新生成任务清单。")
        for r, row in enumerate(self.grid(META_SHEET), start=1):
            cells = [_Cell(v, f"{_column_letter(c)}{r}") for c, v in enumerate(row)] + [_Cell(None, "")] * 3
            key, value = _text(cells[0]), _text(cells[1])
            if key == "section":
                meta["sections"][self.integer(cells[1], META_SHEET, "部分序号")] = _text(cells[2])
            elif key == "year":
                meta["year"] = self.integer(cells[1], META_SHEET, "年度")
            elif key in meta:
                meta[key] = value
        return meta

    def integer(self, cell, sheet: str, what: str) -> int:
        value = cell.value
        try:
            number = float(str(value).strip().translate(_FULLWIDTH_DIGITS))
        except (TypeError, ValueError):
            number = 0.5                                   # fails the test below
        if not number.is_integer():
            raise self.fail(sheet, cell.coordinate, f"{what}“{value if value is not None else ''}”应为整数。")
        return int(number)

    def due(self, cell, sheet: str, year: int) -> date | None:
        """A 完成时限 cell: a date, an ISO date typed as text, or the notice's words (6月底前)."""
        from datetime import datetime, timedelta

        from .deadlines import Calendar, read_deadline

        value = cell.value if cell is not None else None
        if value in (None, ""):
            return None
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return date(1899, 12, 30) + timedelta(days=int(value))    # a date serial without a date format
        text = str(value).strip()
        day = read_deadline(text, year, Calendar.of(self.calendar)) if year else None
        if day is None:
            raise self.fail(sheet, cell.coordinate, f"完成时限“{text}”无法识别，应为日期（如 2023-06-30）"
                                                    "或“6月底前”“三季度末”这样的说法。")
        return day

    def tasks(self, meta_sections: dict, year: int) -> tuple[tuple[Section, ...], list[Task]]:
        titles: dict[int, str] = {}
        tasks: list[Task] = []
        seen: dict[int, str] = {}
        for _, c in self.rows(TASK_SHEET, TASK_HEADERS):
            no = self.integer(c["任务序号"], TASK_SHEET, "任务序号")
            if no in seen:
                raise self.fail(TASK_SHEET, c["任务序号"].coordinate, f"任务序号{no}重复（{seen[no]}已有）。")
            seen[no] = c["任务序号"].coordinate
            section = self.integer(c["部分序号"], TASK_SHEET, "部分序号")
            titles.setdefault(section, _text(c["部分名称"]))
            tasks.append(Task(no=no, section=section, title=_text(c["任务名称"]), text=_text(c["任务内容"]),
                              departments=_split_names(_text(c["责任单位"])),
                              needs_review=self.flag(c["需复核"], TASK_SHEET),
                              due=self.due(c.get("完成时限"), TASK_SHEET, year),
                              leaders=_split_names(_text(c.get("责任领导"))), review=_text(c.get("复核说明"))))
        numbers = dict(meta_sections)
        for no, title in titles.items():
            numbers[no] = title or numbers.get(no, "")
        return tuple(Section(no, numbers[no]) for no in sorted(numbers)), tasks

    def indicators(self, tasks: list[Task], year: int) -> tuple[Task, ...]:
        by_task: dict[int, list[Indicator]] = {t.no: [] for t in tasks}
        pending: list[tuple[int, dict]] = []
        ids: dict[str, str] = {}
        for _, c in self.rows(INDICATOR_SHEET, INDICATOR_HEADERS):
            task_no = self.integer(c["任务序号"], INDICATOR_SHEET, "任务序号")
            if task_no not in by_task:
                raise self.fail(INDICATOR_SHEET, c["任务序号"].coordinate, f"任务序号{task_no}在“任务”表中不存在。")
            ident = _text(c["指标编号"])
            if ident:
                match = _INDICATOR_ID.fullmatch(ident)        # one pattern, not one per task
                if match is None or match.group(1) != str(task_no):
                    raise self.fail(INDICATOR_SHEET, c["指标编号"].coordinate,
                                    f"指标编号“{ident}”应为“{task_no}.序号”的形式。")
                if ident in ids:
                    raise self.fail(INDICATOR_SHEET, c["指标编号"].coordinate, f"指标编号{ident}重复（{ids[ident]}已有）。")
                ids[ident] = c["指标编号"].coordinate
            pending.append((task_no, c))
        for task_no, c in pending:
            ident = _text(c["指标编号"]) or _next_id(task_no, ids)
            ids.setdefault(ident, "")
            by_task[task_no].append(self.indicator(ident, c, year))
        return tuple(replace(t, indicators=tuple(by_task[t.no])) for t in tasks)

    def indicator(self, ident: str, c: dict, year: int) -> Indicator:
        comparator_cell, kind_cell = c["比较方式"], c["类型"]
        comparator = _COMPARATOR_READ.get(_text(comparator_cell) or ">=")
        if comparator is None:
            raise self.fail(INDICATOR_SHEET, comparator_cell.coordinate,
                            f"比较方式“{_text(comparator_cell)}”无法识别，应为 不低于、不高于 或 左右。")
        kind = _KIND_READ.get(_text(kind_cell) or "累计")
        if kind is None:
            raise self.fail(INDICATOR_SHEET, kind_cell.coordinate, f"类型“{_text(kind_cell)}”无法识别，应为 累计 或 水平。")
        unit = _text(c["单位"])
        target = self.target(c["目标值"], unit)
        if _text(c.get("本年目标")):
            target = self.target(c["本年目标"], unit)        # a multi-year target: this year's share wins
        return Indicator(id=ident, metric=_text(c["指标名称"]), target=target, unit=unit,
                         comparator=comparator, kind=kind, aspirational=self.flag(c["力争"], INDICATOR_SHEET),
                         source=_text(c["原文"]), needs_review=self.flag(c["需复核"], INDICATOR_SHEET),
                         due=self.due(c.get("完成时限"), INDICATOR_SHEET, year), review=_text(c.get("复核说明")))

    def percent(self, coordinate: str) -> bool:
        if self._percent is None:
            from .xlsxparts import percent_cells

            self._percent = percent_cells(self.path, INDICATOR_SHEET)
        return coordinate in self._percent

    def target(self, cell, unit: str) -> float | int:
        value = cell.value
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            # Typing "95%" in Excel stores 0.95 with a percent format.
            if unit in ("%", "％") and self.percent(cell.coordinate):
                value = round(value * 100, 10)
            return _plain_number(value)
        text = str(value if value is not None else "").strip().translate(_FULLWIDTH_DIGITS).replace(",", "")
        text = text[:-1] if text.endswith("%") and unit in ("%", "％") else text
        try:
            return _plain_number(float(text))
        except ValueError:
            raise self.fail(INDICATOR_SHEET, cell.coordinate, f"目标值“{value if value is not None else ''}”不是数字。") \
                from None

    def flag(self, cell, sheet: str) -> bool:
        text = _text(cell).lower()
        if text in _YES:
            return True
        if text in _NO:
            return False
        raise self.fail(sheet, cell.coordinate, f"“{_text(cell)}”应为“是”或“否”。")


_INDICATOR_ID = re.compile(r"(\d+)\.\d+")         # 指标编号: <任务序号>.<n>
_FULLWIDTH_DIGITS = {0xFF10 + d: 0x30 + d for d in range(10)} | {0xFF0E: 0x2E, 0xFF0C: 0x2C, 0xFF05: 0x25}


def _text(cell) -> str:
    value = cell.value if cell is not None else None
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _split_names(text: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in re.split(r"[、,，;；\n]+", text) if p.strip())


def _next_id(task_no: int, ids: dict[str, str]) -> str:
    taken = [int(i.split(".")[1]) for i in ids if i.split(".")[0] == str(task_no)]
    return f"{task_no}.{max(taken, default=0) + 1}"
