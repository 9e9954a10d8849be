"""The consolidated workbook a leader opens and prints (xlsxwriter, byte-stable).

    >>> assessments, tasks = assess_period(catalogue, result.values, period, ws.settings)
    >>> write_report(ws, catalogue, period, result, assessments, tasks,
    ...              store=HistoryStore.for_workspace(ws))
    PosixPath('.../outbox/2023-W36/2023年重点任务推进情况汇总_2023-W36.xlsx')

Sheets: 总览 (headline figures, tables by section and by lead department, a stacked bar chart
of task statuses by section, the ten worst shortfalls; one A4 landscape page), 指标进度 (every
indicator with status fills and data bars), 任务进展 (every task with each department's
narratives), 报送情况 (every department: received when, on time or late, files and reasons),
校验问题 (every finding) and 趋势 (each indicator's figure per period with a sparkline).

Conventions: numbers are written as numbers with number formats, never rounded in the data;
every string becomes a string cell (as ``write_string`` makes it, never a formula) with a
``quote_prefix`` format (``sheets.TEXT_GUARD``), so clerk text starting with ``=``, ``+``, ``-``
or ``@`` stays text; ``created`` is fixed and no clock is read, so the same inputs give the same
bytes (``now`` only shows as 生成时间 when given).
The section table counts tasks (every task has a status, with or without indicators); indicator
counts sit beside it. 差距 shows only a shortfall against 序时进度 (or an excess over a cap).

Cells go in through XlsxWriter's public ``write_string``/``write_number``/``write_blank``
(``put_cells``); only finite numbers are ever written. Row heights are estimated for 宋体
(``line_count``), since LibreOffice does not fit them on open and Excel keeps what it is given.
"""

from __future__ import annotations

import math
import os
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Sequence

import xlsxwriter
from xlsxwriter.utility import xl_rowcol_to_cell

from .assess import (
    ASPIRATIONAL_TAG, BEHIND, COMPARATOR_WORDS, DUE_SOON_WORD, INVALID, LEAD, MET, NO_DATA, ON_TRACK, SEVERE,
    STATUS_WORDS, STATUSES, Assessment, TaskAssessment, combine_figures, count_statuses, deadline_items,
    shortfall,
)
from .catalogue import ROLE_WORDS
from .periods import Period, describe_date, describe_deadline, year_share
from .sheets import CJK_FONT, FIXED_CREATED, TEXT_GUARD, as_text, safe_sheet_name

SHEETS = ("总览", "指标进度", "任务进展", "报送情况", "校验问题", "趋势")
STATUS_FILLS = {
    SEVERE: "#FF6B6B", BEHIND: "#FFC000", MET: "#3FAE5A",
    ON_TRACK: "#C6EFCE", NO_DATA: "#D9D9D9", INVALID: "#B4A7D6",
}
MISSING_FILL = "#FCE4D6"
FILE_WORDS = {
    "accepted": "已采用", "superseded": "已被新版本替代", "duplicate": "重复文件",
    "other_period": "其他周期", "rejected": "已退回", "ignored": "已忽略",
}
ON_TIME, LATE, MISSING, RETURNED = "按时报送", "逾期报送", "未报送", "已退回，未重报"
FOOTER = "&C第 &P 页，共 &N 页"
LINE_HEIGHT = 12.75                # points per line of 10-point 宋体
# 宋体 is a fixed-pitch CJK font: a Chinese character is exactly two Latin ones (the digit that
# sets Excel's column unit). LibreOffice without 宋体 draws a narrower substitute (WenQuanYi), so
# some rows look roomier there than in Excel or WPS; rows sized for it would be cut off in those.
CJK_WIDTH = 2.0                    # column-width units per CJK character at 10 points
_CN_DIGITS = "零一二三四五六七八九"
_BAD_FILE_CHARS = re.compile(r'[\\/:*?"<>|\s]+')

# Number columns hold a 7-digit figure with separators and two decimals (1,234,567.89).
INDICATOR_COLUMNS = (
    ("部分", 5), ("任务编号", 6), ("任务名称", 22), ("指标编号", 7), ("指标", 24), ("牵头单位", 14),
    ("要求", 5), ("目标值", 11), ("单位", 8), ("累计完成值", 12), ("序时进度", 12), ("完成率", 9),
    ("差距", 11), ("状态", 9), ("完成时限", 13), ("力争", 5), ("备注", 30),
)
TASK_COLUMNS = (
    ("部分", 6), ("任务编号", 6), ("任务名称", 22), ("任务状态", 9), ("完成时限", 13), ("报送单位", 14),
    ("角色", 5), ("完成状态", 9), ("进展情况", 36), ("存在问题", 26), ("下步打算", 26), ("备注", 20),
)
RETURN_COLUMNS = (
    ("序号", 5), ("单位", 20), ("报送情况", 14), ("收到时间", 16), ("截止时间", 16),
    ("采用文件", 30), ("其他文件", 30), ("退回文件及原因", 48),
)
ISSUE_COLUMNS = (
    ("序号", 5), ("文件", 28), ("单位", 14), ("工作表", 8), ("单元格", 7), ("级别", 5), ("代码", 20),
    ("说明", 60), ("填写内容", 16),
)


def chinese_numeral(n: int) -> str:
    """1 → 一, 10 → 十, 11 → 十一, 21 → 二十一 (section numbers up to 99)."""
    if n < 10:
        return _CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return (_CN_DIGITS[tens] if tens > 1 else "") + "十" + (_CN_DIGITS[ones] if ones else "")


def report_path(ws, catalogue, period: Period | str) -> Path:
    """``outbox/<period>/<short title>推进情况汇总_<period>.xlsx``."""
    name = _BAD_FILE_CHARS.sub("_", catalogue.short_title or catalogue.title)
    return ws.outbox(_period(period)) / f"{name}推进情况汇总_{_period(period)}.xlsx"


def write_report(ws, catalogue, period: Period | str, result, assessments: Sequence[Assessment],
                 task_assessments: Sequence[TaskAssessment], store=None,
                 now: datetime | None = None) -> Path:
    """Write the consolidated workbook of ``period`` and return its path.

    Args:
        ws: the ``Workspace`` (settings for the deadline and year, outbox for the path).
        catalogue: the ``Catalogue``.
        period: the reporting week.
        result: the ``merge.MergeResult`` of the period (files, values, departments, issues).
        assessments, task_assessments: from ``assess.assess_period``.
        store: a ``HistoryStore`` for the 趋势 sheet; None shows only this period there.
        now: shown as 生成时间 on 总览 when given; the workbook never reads the clock.

    Returns:
        The path written (atomically: a partial file never takes the final name).
    """
    data = ReportData.build(ws.settings, catalogue, _period(period), result, assessments,
                            task_assessments, store, now)
    path = report_path(ws, catalogue, period)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.stem}.partial.xlsx")
    try:
        write_workbook(partial, data)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)      # only left when writing failed
    return path


def write_workbook(path: str | os.PathLike, data: "ReportData") -> None:
    """Write the six sheets of ``data`` to ``path``.

    Not ``in_memory``: XlsxWriter then keeps every part's XML in memory until it zips them, about
    as much again as the cells themselves (150 MB for a province's week); on its default each part
    goes through a temporary file. The bytes stay deterministic (its parts are dated 1980-01-31).
    """
    wb = xlsxwriter.Workbook(str(path), {
        "strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
        "default_format_properties": {"font_name": CJK_FONT, "font_size": 10},
    })
    wb.set_properties({
        "title": f"{data.title}推进情况汇总（{data.period}）", "author": data.office,
        "company": data.office, "created": FIXED_CREATED,
    })
    fm = Formats(wb)
    taken: set[str] = set()
    sheets = {name: wb.add_worksheet(safe_sheet_name(name, taken)) for name in SHEETS}
    write_overview(wb, sheets["总览"], fm, data)
    write_indicators(sheets["指标进度"], fm, data)
    write_tasks(sheets["任务进展"], fm, data)
    write_returns(sheets["报送情况"], fm, data)
    write_issues(sheets["校验问题"], fm, data)
    write_trends(sheets["趋势"], fm, data)
    wb.close()


# -- prepared data ----------------------------------------------------------------------------
@dataclass
class DepartmentReturn:
    """One row of 报送情况."""

    name: str
    state: str                       # ON_TIME, LATE, MISSING, RETURNED
    received_at: datetime | None = None
    accepted: tuple[str, ...] = ()
    others: tuple[str, ...] = ()
    rejected: tuple[str, ...] = ()   # "file：reasons"


@dataclass
class ReportData:
    """Everything the sheets show, computed once from the inputs."""

    title: str
    office: str
    period: Period
    catalogue: object
    result: object
    assessments: list
    tasks: list
    deadline: datetime
    share: float
    now: datetime | None
    store: object = None
    returns: list = field(default_factory=list)
    year_end: date | None = None      # the reporting year's last day (a deadline there reads 年底前)

    @classmethod
    def build(cls, settings, catalogue, period, result, assessments, tasks, store, now) -> "ReportData":
        start, end = settings.office.year_bounds(catalogue.year)
        data = cls(
            title=catalogue.short_title or catalogue.title, office=settings.office.name, period=period,
            catalogue=catalogue,
            result=result, assessments=list(assessments), tasks=list(tasks),
            deadline=period.deadline(settings.office.deadline),
            share=year_share(period.last_day, start, end), now=now, store=store, year_end=end,
        )
        data.returns = department_returns(result, period, data.deadline)
        return data

    @cached_property
    def by_id(self) -> dict[str, Assessment]:
        return {a.id: a for a in self.assessments}

    @cached_property
    def by_task(self) -> dict[int, TaskAssessment]:
        return {t.no: t for t in self.tasks}

    def section_label(self, no: int) -> str:
        return chinese_numeral(no)

    def task_lead(self, task) -> str:
        judged = self.by_task.get(task.no)
        return (judged.department if judged and judged.department else task.lead) or ""


def department_returns(result, period: Period, deadline: datetime) -> list[DepartmentReturn]:
    """One entry per expected department (then any other that sent something), in order."""
    files = _period_files(result, period)
    values: dict[str, list] = {}
    for v in result.values:
        if v.period == str(period):
            values.setdefault(v.department, []).append(v)
    names = dict.fromkeys([*result.expected_departments, *values,
                           *(f.department for f in files if f.department)])
    by_department: dict[str, list] = {}        # one pass over the files, not one per department
    for f in files:
        by_department.setdefault(f.department, []).append(f)
    rows = [department_return(name, values.get(name, []), by_department.get(name, []), deadline)
            for name in names]
    strangers = [f for f in files if not f.department and f.status == "rejected"]
    if strangers:
        rows.append(DepartmentReturn("（未能识别单位的文件）", RETURNED,
                                     rejected=tuple(_file_reason(f) for f in strangers)))
    return rows


def department_return(name: str, values: Sequence, period_files: Sequence,
                      deadline: datetime) -> DepartmentReturn:
    """One department's line: its values of the period and the period's files (those of other
    departments are passed over) decide it."""
    files = [f for f in period_files if f.department == name]
    accepted = list(dict.fromkeys([v.file for v in values if v.file] +
                                  [f.archived_as or f.file for f in files if f.status == "accepted"]))
    times = [v.received_at for v in values if v.received_at] or \
        [f.received_at for f in files if f.status == "accepted" and f.received_at]
    received = max(local_time(t) for t in times) if times else None
    others = tuple(f"{f.file}（{FILE_WORDS.get(f.status, f.status)}）" for f in files
                   if f.status not in ("accepted", "rejected"))
    rejected = tuple(_file_reason(f) for f in files if f.status == "rejected")
    if values or accepted:
        state = LATE if received and received > deadline else ON_TIME
    else:
        state = RETURNED if rejected else MISSING
    return DepartmentReturn(name, state, received, tuple(accepted), others, rejected)


def _period_files(result, period: Period) -> list:
    """Files of this period, files of other periods that arrived with it, and files whose period
    could not be read (foreign workbooks)."""
    return [f for f in result.files if f.status != "ignored"
            and (f.period == str(period) or f.period is None or f.status == "other_period")]


def local_time(moment: datetime) -> datetime:
    """Local wall-clock time without tzinfo (deadlines are local; Excel has no time zones)."""
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment


def _file_reason(f) -> str:
    reasons = "；".join(i.message for i in f.issues if i.is_error) or FILE_WORDS.get(f.status, f.status)
    return f"{f.file}：{reasons}"


# -- formats ----------------------------------------------------------------------------------
class Formats:
    """Every format the report uses, made once (xlsxwriter formats are per workbook)."""

    BORDER = {"border": 1, "border_color": "#A6A6A6", "valign": "vcenter"}

    def __init__(self, wb) -> None:
        b = self.BORDER
        text = {**b, **TEXT_GUARD}
        self.title = wb.add_format({**TEXT_GUARD, "bold": True, "font_size": 16, "align": "center",
                                    "valign": "vcenter"})
        self.subtitle = wb.add_format({**TEXT_GUARD, "font_size": 10, "align": "center"})
        self.heading = wb.add_format({**TEXT_GUARD, "bold": True, "font_size": 12})
        self.note = wb.add_format({**TEXT_GUARD, "font_size": 9, "font_color": "#595959",
                                   "text_wrap": True, "valign": "top"})
        self.header = wb.add_format({**text, "bold": True, "bg_color": "#DDEBF7", "text_wrap": True,
                                     "align": "center"})
        self.text = wb.add_format(text)
        self.wrap = wb.add_format({**text, "text_wrap": True})
        self.center = wb.add_format({**text, "align": "center"})
        self.missing = wb.add_format({**text, "bg_color": MISSING_FILL, "bold": True, "text_wrap": True})
        self.missing_wrap = wb.add_format({**text, "bg_color": MISSING_FILL, "text_wrap": True})
        self.int = wb.add_format({**b, "num_format": "#,##0"})
        self.dec = wb.add_format({**b, "num_format": "#,##0.0##"})
        self.expected = wb.add_format({**b, "num_format": "#,##0.0#"})
        self.pct = wb.add_format({**b, "num_format": "0.0%"})
        self.time = wb.add_format({**b, "num_format": "yyyy-mm-dd hh:mm", "align": "center"})
        self.total = wb.add_format({**text, "bold": True, "bg_color": "#F2F2F2"})
        self.total_int = wb.add_format({**b, "bold": True, "bg_color": "#F2F2F2", "num_format": "#,##0"})
        self.status = {s: wb.add_format({**text, "bg_color": STATUS_FILLS[s], "align": "center",
                                         "bold": s == SEVERE}) for s in STATUSES}
        # 完成时限: plain, 临期 in dark orange, 已逾期 in bold red (legible in black and white too)
        self.due = {None: wb.add_format({**text, "align": "center", "text_wrap": True}),
                    "soon": wb.add_format({**text, "align": "center", "text_wrap": True, "font_color": "#C65911"}),
                    "overdue": wb.add_format({**text, "align": "center", "text_wrap": True, "bold": True,
                                              "font_color": "#C00000"})}

    def due_format(self, judged) -> object:
        return self.due["overdue" if judged.overdue else "soon" if judged.due_soon else None]

    def number(self, x: float) -> object:
        return self.int if float(x).is_integer() else self.dec


def put_cells(sheet, row: int, first: int, cells: Sequence[tuple[object, object]]) -> None:
    """Write ``(value, format)`` pairs into ``row`` from column ``first`` on (see ``put_cell``)."""
    for col, (value, fmt) in enumerate(cells, first):
        put_cell(sheet, row, col, value, fmt)


def put_cell(sheet, row: int, col: int, value: object, fmt) -> None:
    """A string cell for text, a number cell for a finite number, a formatted blank for nothing.

    A non-finite number (which validation never lets through) becomes a blank rather than a
    cell Excel cannot open.
    """
    if value is None or value == "":
        sheet.write_blank(row, col, None, fmt)
    elif isinstance(value, str):
        sheet.write_string(row, col, value, fmt)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        if math.isfinite(value):
            sheet.write_number(row, col, value, fmt)
        else:
            sheet.write_blank(row, col, None, fmt)
    else:
        sheet.write(row, col, value, fmt)


def put_text(sheet, row: int, col: int, value: object, fmt) -> None:
    """Any string, clerk text included: always a string cell (format carries quote_prefix).

    An empty value becomes a formatted blank cell (borders and fills stay, no shared string).
    """
    put_cell(sheet, row, col, as_text(value), fmt)


def put_number(sheet, row: int, col: int, value: float | None, fmt) -> None:
    put_cell(sheet, row, col, value, fmt)


@lru_cache(maxsize=None)
def char_width(ch: str) -> float:
    """Width of one character in column units, as 宋体 draws it: CJK (and the ambiguous
    punctuation such as “ ” ‘ ’ … ×, full-width in Chinese fonts) ``CJK_WIDTH``, others 1."""
    return CJK_WIDTH if unicodedata.east_asian_width(ch) in "WFA" else 1


def text_width(text: str) -> float:
    """Display width in Excel column units of one line of ``text``."""
    return len(text) if text.isascii() else sum(map(char_width, text))


@lru_cache(maxsize=1 << 16)
def line_count(text: str, width: float) -> int:
    """Lines ``text`` takes in a wrapped cell ``width`` units wide.

    Breaks at newlines and, as Excel, WPS and LibreOffice do in Chinese text, between any two
    characters: a character that does not fit starts the next line (so 9 CJK characters in a
    width of 8 take three lines, not the two a division would give).
    """
    if "\n" not in text and len(text) * CJK_WIDTH <= width:
        return 1
    lines = 0
    for part in text.split("\n"):
        lines += 1
        used = 0.0
        for ch in part:
            w = char_width(ch)
            if used + w > width and used:
                lines, used = lines + 1, 0.0
            used += w
    return lines


def fit_row(sheet, row: int, cells: Sequence[tuple[str, float]]) -> None:
    """Set the height of a row holding wrapped text, since LibreOffice does not grow it on open.

    ``cells`` are (text, column width) pairs; a row of one line keeps the default height.
    """
    height = row_height(cells)
    if height:
        sheet.set_row(row, height)


def row_height(cells: Sequence[tuple[str, float]]) -> float:
    """The height (points) a row of wrapped ``cells`` needs; 0 when one line is enough."""
    lines = max([line_count(text, max(width, 1)) for text, width in cells if text], default=1)
    return min(LINE_HEIGHT * lines + 3, 409) if lines > 1 else 0


def header_row(sheet, row: int, columns, fmt) -> None:
    for col, (name, width) in enumerate(columns):
        sheet.set_column(col, col, width)
    put_cells(sheet, row, 0, [(name, fmt) for name, _ in columns])
    fit_row(sheet, row, columns)


def print_setup(sheet, data: ReportData, header_at: int | None, one_page: bool = False) -> None:
    """A4 landscape, fit to width (or one page), repeated header rows, page-numbered footers."""
    sheet.set_paper(9)
    sheet.set_landscape()
    sheet.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.6)
    sheet.center_horizontally()
    sheet.fit_to_pages(1, 1 if one_page else 0)
    if header_at is not None:
        sheet.repeat_rows(0, header_at)
    sheet.set_header("&L" + _escape(data.title) + "&R" + _escape(data.period.label))
    sheet.set_footer(FOOTER)


def _escape(text: str) -> str:
    return text.replace("&", "&&")


def sheet_title(sheet, fm: Formats, data: ReportData, title: str, last_col: int, note: str = "",
                width: float = 0) -> None:
    """Title row, and a note row under it; ``width`` (the table's, in column units) lets a long
    note take the lines it needs instead of being cut after the first."""
    sheet.merge_range(0, 0, 0, last_col, "", fm.title)
    put_text(sheet, 0, 0, f"{data.period.label}{title}", fm.title)
    sheet.set_row(0, 28)
    if note:
        sheet.merge_range(1, 0, 1, last_col, "", fm.note)
        put_text(sheet, 1, 0, note, fm.note)
        if width:
            fit_row(sheet, 1, [(note, width * 10 / 9)])       # the note is in 9 points, not 10


# -- 指标进度 ---------------------------------------------------------------------------------
INDICATOR_NOTE = ("序时进度＝目标值×时间进度；“≤”为控制上限，序时进度为按时间折算的上限；"
                  "比率、总量类指标不折算，以目标值比较。差距为落后于序时进度的量（上限类为超出的量），"
                  "未落后的不填。")
_INDICATOR_WIDTHS = dict(INDICATOR_COLUMNS)


def write_indicators(sheet, fm: Formats, data: ReportData) -> None:
    """Every indicator: target, actual, 序时进度, completion, gap, status, 力争, notes."""
    last = len(INDICATOR_COLUMNS) - 1
    day = data.period.last_day
    sheet_title(sheet, fm, data, "指标进度", last,
                f"时间进度{data.share:.1%}（截至{day.month}月{day.day}日）。{INDICATOR_NOTE}",
                width=sum(_INDICATOR_WIDTHS.values()))
    header_row(sheet, 2, INDICATOR_COLUMNS, fm.header)
    row = 3
    by_id = data.by_id
    for task in data.catalogue.tasks:
        for indicator in task.indicators:
            a = by_id.get(indicator.id)
            if a is not None:
                write_indicator_row(sheet, fm, row, data, task, indicator, a)
                row += 1
    if row > 3:
        # A light bar: the percentage printed over it stays legible in black and white.
        sheet.conditional_format(3, 11, row - 1, 11, {
            "type": "data_bar", "bar_color": "#9DC3E6", "bar_solid": True,
            "min_type": "num", "min_value": 0, "max_type": "num", "max_value": 1,
        })
    sheet.autofilter(2, 0, max(row - 1, 2), last)
    sheet.freeze_panes(3, 0)
    print_setup(sheet, data, header_at=2)


def write_indicator_row(sheet, fm: Formats, row: int, data: ReportData, task, indicator,
                        a: Assessment) -> None:
    notes = "；".join(n for n in a.notes if n != _ASPIRATIONAL_NOTE)
    department = as_text(a.department)
    put_cells(sheet, row, 0, (
        (data.section_label(task.section), fm.center),
        (task.no, fm.int),
        (task.title, fm.wrap),
        (indicator.id, fm.center),
        (indicator.metric, fm.wrap),
        (department, fm.wrap),
        (COMPARATOR_WORDS.get(a.comparator, a.comparator), fm.center),
        (a.target, fm.number(a.target)),
        (a.unit, fm.center),
        (a.actual, fm.dec if a.actual is None else fm.number(a.actual)),
        (a.expected, fm.expected),
        (a.completion, fm.pct),
        (shown_gap(a), fm.expected),
        (STATUS_WORDS[a.status], fm.status[a.status]),
        (due_label(a, data.year_end), fm.due_format(a)),
        (ASPIRATIONAL_TAG if a.aspirational else "", fm.center),
        (notes, fm.wrap),
    ))
    width = _INDICATOR_WIDTHS
    fit_row(sheet, row, [(task.title, width["任务名称"]), (indicator.metric, width["指标"]),
                         (department, width["牵头单位"]), (due_label(a, data.year_end), width["完成时限"]),
                         (notes, width["备注"])])


_ASPIRATIONAL_NOTE = f"{ASPIRATIONAL_TAG}目标"     # shown in the 力争 column instead


def due_label(judged, year_end: date | None) -> str:
    """完成时限 as a leader reads it: 9月1日前 (2024年6月30日前 in another year, 年底前 at the
    year's end), then （已逾期） or （临期） when the assessment says so."""
    due = judged.due
    if due is None:
        return ""
    overdue, soon = judged.overdue, judged.due_soon
    if due == year_end:
        text = "年底前"
    elif year_end is not None and due.year == year_end.year:
        text = f"{due.month}月{due.day}日前"
    else:
        text = f"{describe_date(due)}前"
    return text + ("（已逾期）" if overdue else f"（{DUE_SOON_WORD}）" if soon else "")


def shown_gap(a: Assessment) -> float | None:
    """The 差距 a reader sees: only a shortfall against 序时进度 (an excess over a cap).

    Blank when the indicator is level with or ahead of it (a negative gap reads oddly on paper),
    and when it is met (a 左右 target counts as met a little below its value).
    """
    if a.gap is None or a.status == MET or a.gap <= 1e-9 * max(1.0, abs(a.expected or 0)):
        return None
    return a.gap


# -- 任务进展 ---------------------------------------------------------------------------------
def write_tasks(sheet, fm: Formats, data: ReportData) -> None:
    """Every task with its status and each department's 完成状态 and narratives."""
    last = len(TASK_COLUMNS) - 1
    sheet_title(sheet, fm, data, "重点任务进展", last)
    header_row(sheet, 2, TASK_COLUMNS, fm.header)
    by_task, row = data.by_task, 3
    expected = set(data.result.expected_departments)
    by_id: dict[str, list] = {}
    current = str(data.period)
    for value in data.result.values:
        if value.period == current:
            by_id.setdefault(str(value.id), []).append(value)
    for task in data.catalogue.tasks:
        judged = by_task.get(task.no)
        status = judged.status if judged else NO_DATA
        mine = [v for i in (str(task.no), *(i.id for i in task.indicators)) for v in by_id.get(i, ())]
        for entry in task_entries(task, mine, expected):
            notes = "；".join(judged.notes) if judged and entry.role == LEAD else ""
            due = (due_label(judged, data.year_end), fm.due_format(judged)) if judged else ("", fm.center)
            write_task_row(sheet, fm, row, data.section_label(task.section), task, status, due, entry, notes)
            row += 1
    sheet.autofilter(2, 0, max(row - 1, 2), last)
    sheet.freeze_panes(3, 0)
    print_setup(sheet, data, header_at=2)


def write_task_row(sheet, fm: Formats, row: int, section: str, task, status: str, due: tuple,
                   entry: "TaskEntry", notes: str) -> None:
    """One department's line on one task; departments and 完成状态 wrap, as narratives do."""
    fmt = fm.missing if entry.missing else fm.wrap
    state = MISSING if entry.missing else entry.state
    put_cells(sheet, row, 0, (
        (section, fm.center), (task.no, fm.int), (task.title, fm.wrap),
        (STATUS_WORDS[status], fm.status[status]), due, (entry.department, fmt),
        (ROLE_WORDS.get(entry.role, entry.role), fm.center), (state, fmt),
        (entry.progress, fm.wrap), (entry.problems, fm.wrap), (entry.plans, fm.wrap), (notes, fm.wrap),
    ))
    texts = (task.title, due[0], entry.department, state, entry.progress, entry.problems, entry.plans, notes)
    fit_row(sheet, row, list(zip(texts, _TASK_WRAPPED)))


_TASK_WRAPPED = tuple(TASK_COLUMNS[col][1] for col in (2, 4, 5, 7, 8, 9, 10, 11))


@dataclass(frozen=True)
class TaskEntry:
    """One department's words on one task (all its rows of the task folded together)."""

    department: str
    role: str
    state: str = ""
    progress: str = ""
    problems: str = ""
    plans: str = ""
    missing: bool = False


def task_entries(task, values: Sequence, expected: set[str]) -> list[TaskEntry]:
    """Lead(s) first, then co-operators; named departments that sent nothing are marked missing.

    ``values`` are the period's values of the task's rows (its indicators, or the task itself).
    """
    mine: dict[str, list] = {}
    for v in values:
        mine.setdefault(v.department, []).append(v)
    entries = [_fold(name, rows) for name, rows in mine.items()]
    order = {name: i for i, name in enumerate(task.departments)}
    entries.sort(key=lambda e: (e.role != LEAD, order.get(e.department, len(order))))
    if not any(e.role == LEAD for e in entries) and task.lead:
        entries.insert(0, TaskEntry(task.lead, LEAD, missing=True))
    for name in task.departments[1:]:
        if name in expected and name not in mine:
            entries.append(TaskEntry(name, "co", missing=True))
    return entries


def _fold(name: str, rows: Sequence) -> TaskEntry:
    def joined(attr: str, sep: str) -> str:
        """The rows' distinct non-blank texts of ``attr``, in order."""
        return sep.join(text for text in dict.fromkeys(getattr(r, attr).strip() for r in rows) if text)

    role = LEAD if any(r.role == LEAD for r in rows) else rows[0].role
    return TaskEntry(name, role, joined("state", "、"), joined("progress", "\n"),
                     joined("problems", "\n"), joined("plans", "\n"))


# -- 报送情况 ---------------------------------------------------------------------------------
def write_returns(sheet, fm: Formats, data: ReportData) -> None:
    """Every department: received when, on time or late, files used, files returned and why."""
    last = len(RETURN_COLUMNS) - 1
    sheet_title(sheet, fm, data, "报送情况", last, headline_text(data),
                width=sum(w for _, w in RETURN_COLUMNS))
    header_row(sheet, 2, RETURN_COLUMNS, fm.header)
    for i, r in enumerate(data.returns):
        bad = r.state in (MISSING, RETURNED)
        name, files = (fm.missing, fm.missing_wrap) if bad else (fm.wrap, fm.wrap)
        texts = (r.name, r.state, "\n".join(r.accepted), "\n".join(r.others), "\n".join(r.rejected))
        put_cells(sheet, 3 + i, 0, (
            (i + 1, fm.int), (texts[0], name), (texts[1], name),
            (r.received_at, fm.time) if r.received_at else ("", name), (data.deadline, fm.time),
            (texts[2], files), (texts[3], files), (texts[4], files),
        ))
        fit_row(sheet, 3 + i, list(zip(texts, _RETURN_WRAPPED)))
    sheet.autofilter(2, 0, max(2 + len(data.returns), 2), last)
    sheet.freeze_panes(3, 0)
    print_setup(sheet, data, header_at=2)


_RETURN_WRAPPED = tuple(RETURN_COLUMNS[col][1] for col in (1, 2, 5, 6, 7))


def return_counts(data: ReportData) -> dict[str, int]:
    expected = set(data.result.expected_departments)
    rows = [r for r in data.returns if r.name in expected]
    counts = {state: sum(r.state == state for r in rows) for state in (ON_TIME, LATE, MISSING, RETURNED)}
    counts["expected"] = len(expected)
    counts["reported"] = counts[ON_TIME] + counts[LATE]
    return counts


def headline_text(data: ReportData) -> str:
    c = return_counts(data)
    expected = set(data.result.expected_departments)
    missing = [r.name for r in data.returns if r.state in (MISSING, RETURNED) and r.name in expected]
    text = (f"应报{c['expected']}家，已报{c['reported']}家（按时{c[ON_TIME]}家，逾期{c[LATE]}家），"
            f"未报{c[MISSING] + c[RETURNED]}家。报送截止时间：{describe_deadline(data.deadline)}。")
    return text + (f"未报单位：{'、'.join(missing)}。" if missing else "")


# -- 校验问题 ---------------------------------------------------------------------------------
def write_issues(sheet, fm: Formats, data: ReportData) -> None:
    """Every finding about the period's files: file, department, cell, code, message."""
    last = len(ISSUE_COLUMNS) - 1
    issues = period_issues(data.result, data.period)
    errors = sum(i.is_error for i in issues)
    sheet_title(sheet, fm, data, "校验问题", last,
                f"共{len(issues)}条，其中错误{errors}条（该数据不予采用或文件被退回），提示{len(issues) - errors}条。")
    header_row(sheet, 2, ISSUE_COLUMNS, fm.header)
    owners = file_departments(data.result)
    for n, issue in enumerate(issues, start=1):
        texts = (as_text(issue.file), owners.get(issue.file, ""), as_text(issue.message))
        put_cells(sheet, 2 + n, 0, (
            (n, fm.int), (texts[0], fm.wrap), (texts[1], fm.wrap), (as_text(issue.sheet), fm.text),
            (as_text(issue.cell), fm.text),
            ("错误", fm.status[INVALID]) if issue.is_error else ("提示", fm.center),
            (as_text(issue.code), fm.text), (texts[2], fm.wrap), (as_text(issue.value), fm.text),
        ))
        fit_row(sheet, 2 + n, list(zip(texts, _ISSUE_WRAPPED)))
    sheet.autofilter(2, 0, 2 + len(issues), last)
    sheet.freeze_panes(3, 0)
    print_setup(sheet, data, header_at=2)


_ISSUE_WRAPPED = tuple(ISSUE_COLUMNS[col][1] for col in (1, 2, 7))


def period_issues(result, period: Period) -> list:
    """The result's findings, then any others carried by the period's files, without repeats.

    A return of another period that arrived with this one shows its errors only: its warnings
    belong to its own period's workbook (``merge --period`` that period), not to this one.
    """
    found = dict.fromkeys(result.issues)
    for f in _period_files(result, period):
        mine = f.period == str(period) or f.period is None or f.status == "rejected"
        found.update(dict.fromkeys(i for i in f.issues if mine or i.is_error))
    return list(found)


def file_departments(result) -> dict[str, str]:
    owners: dict[str, str] = {}
    for f in result.files:
        for name in (f.file, f.archived_as):
            if name and f.department:
                owners.setdefault(name, f.department)
    return owners


# -- 趋势 -------------------------------------------------------------------------------------
def write_trends(sheet, fm: Formats, data: ReportData) -> None:
    """Each indicator's official figure per period, the change on last week, and a sparkline."""
    table = trend_table(data)
    periods = table[0]
    fixed = (("指标编号", 7), ("指标", 22), ("单位", 8), ("牵头单位", 13))
    columns = (*fixed, *((period_heading(p, data.period), 9) for p in periods), (f"较上{data.period.word}", 9), ("走势", 14))
    last = len(columns) - 1
    sheet_title(sheet, fm, data, "指标走势", last,
                f"各{data.period.word}累计完成值（牵头单位报送口径）。"
                + ("" if data.store is not None else f"暂无历史数据，仅显示本{data.period.word}。"))
    header_row(sheet, 2, columns, fm.header)
    first_p, last_p = len(fixed), len(fixed) + len(periods) - 1
    locations, ranges = [], []
    for n, (a, metric, series) in enumerate(table[1]):
        row = 3 + n
        put_text(sheet, row, 0, a.id, fm.center)
        put_text(sheet, row, 1, metric, fm.text)
        put_text(sheet, row, 2, a.unit, fm.center)
        put_text(sheet, row, 3, a.department, fm.text)
        for col, value in enumerate(series, start=first_p):
            put_number(sheet, row, col, value, fm.number(value) if value is not None else fm.dec)
        change = _change(series)
        put_number(sheet, row, last - 1, change, fm.number(change) if change is not None else fm.dec)
        put_text(sheet, row, last, "", fm.text)
        locations.append(xl_rowcol_to_cell(row, last))
        ranges.append(_range(row, first_p, last_p))
    if locations:
        # One sparkline group for all rows: xlsxwriter builds the style once per call, not per row.
        sheet.add_sparkline(3, last, {"location": locations, "range": ranges, "markers": True})
    sheet.freeze_panes(3, len(fixed))
    print_setup(sheet, data, header_at=2)


def period_heading(name: str, current: Period) -> str:
    """``第36周`` (``9月``, ``三季度``) for periods of the current year, else ``2022年第52周``."""
    p = Period.parse(name)
    return p.short_label if p.year == current.year else f"{p.year}年{p.short_label}"


def trend_table(data: ReportData) -> tuple[list[str], list[tuple[Assessment, str, list]]]:
    """(period names, [(assessment, metric, figure per period)]), periods up to this one."""
    current = str(data.period)
    history: dict[str, dict[str, float]] = {}
    periods = {current}
    # One query for every indicator's history and one pass for the leads, not one per indicator.
    stored = data.store.series_all() if data.store is not None else {}
    leads = _period_leads(data.result.values)
    for task in data.catalogue.tasks:
        for indicator in task.indicators:
            per = _history(task, indicator, stored.get(indicator.id, ()), leads.get(indicator.id, set()))
            history[indicator.id] = per
            periods.update(p for p in per if p <= current)
    ordered = sorted(periods)
    rows = []
    by_id = data.by_id
    for task in data.catalogue.tasks:
        for indicator in task.indicators:
            a = by_id.get(indicator.id)
            if a is None:
                continue
            per = {**history[indicator.id], current: a.actual}
            rows.append((a, indicator.metric, [per.get(p) for p in ordered]))
    return ordered, rows


def _period_leads(values) -> dict[str, set[str]]:
    """``{indicator id: departments reporting it as lead}`` in the period's values."""
    leads: dict[str, set[str]] = {}
    for v in values:
        if v.role == LEAD:
            leads.setdefault(v.id, set()).add(v.department)
    return leads


def _history(task, indicator, series, period_leads: set[str]) -> dict[str, float]:
    """The lead's figure per period from the stored ``series`` (several leads combined as assess
    does); the leads are the catalogue's and those reporting as lead this period."""
    leads = {*period_leads, task.lead or ""}
    figures: dict[str, list[float]] = {}
    for period, department, actual in series:
        if department in leads and actual is not None:
            figures.setdefault(str(period), []).append(float(actual))
    return {p: combine_figures(indicator, xs) for p, xs in figures.items()}


def _change(series: list) -> float | None:
    if len(series) < 2 or series[-1] is None or series[-2] is None:
        return None
    return series[-1] - series[-2]


def _range(row: int, first: int, last: int) -> str:
    return f"{xl_rowcol_to_cell(row, first)}:{xl_rowcol_to_cell(row, last)}"


# -- 总览 -------------------------------------------------------------------------------------
# Left: the section and lead tables (A:K); right: headline counts, chart, ten worst (M:T).
OVERVIEW_WIDTHS = (5, 28, 7, 8, 8, 8, 8, 8, 8, 7, 14, 2, 9, 28, 14, 11, 11, 11, 8, 9)


def write_overview(wb, sheet, fm: Formats, data: ReportData) -> None:
    """Headline figures, tables by section and by lead department, chart, ten worst shortfalls."""
    for col, width in enumerate(OVERVIEW_WIDTHS):
        sheet.set_column(col, col, width)
    last = len(OVERVIEW_WIDTHS) - 1
    sheet.merge_range(0, 0, 0, last, "", fm.title)
    put_text(sheet, 0, 0, f"{data.title}推进情况汇总", fm.title)
    sheet.set_row(0, 30)
    sub = f"{data.period.label}　时间进度{data.share:.1%}"
    if data.now is not None:
        sub += f"　生成时间：{data.now:%Y-%m-%d %H:%M}"
    sheet.merge_range(1, 0, 1, last, "", fm.subtitle)
    put_text(sheet, 1, 0, sub, fm.subtitle)
    write_headline(sheet, fm, data)
    end = write_section_table(sheet, fm, data, top=8)
    insert_chart(wb, sheet, data, top=8, end=end)
    lead_top = max(end + 2, 26)
    # The two tables sit side by side: a row takes the taller of its two halves.
    tall: dict[int, float] = {}
    write_lead_table(sheet, fm, data, lead_top, tall)
    write_worst(sheet, fm, data, lead_top, tall)
    write_deadlines(sheet, fm, data, lead_top + 3 + max(len(worst_shortfalls(data.assessments)), 1), tall)
    for row, height in sorted(tall.items()):
        if height:
            sheet.set_row(row, height)
    print_setup(sheet, data, header_at=None, one_page=True)


def write_headline(sheet, fm: Formats, data: ReportData) -> None:
    c = return_counts(data)
    put_text(sheet, 3, 0, "报送与进度概况", fm.heading)
    labels = ("项目", "合计", *(STATUS_WORDS[s] for s in STATUSES))
    for col, label in enumerate(labels, start=1):
        put_text(sheet, 4, col, label, fm.status[STATUSES[col - 3]] if col >= 3 else fm.header)
    for row, (name, items) in enumerate((("指标", data.assessments), ("任务", data.tasks)), start=5):
        put_text(sheet, row, 1, name, fm.text)
        sheet.write_number(row, 2, len(items), fm.int)
        for col, n in enumerate(count_statuses(items).values(), start=3):
            sheet.write_number(row, col, n, fm.int)
    for col, (label, n) in enumerate((("应报单位", c["expected"]), ("已报送", c["reported"]),
                                      ("按时报送", c[ON_TIME]), ("逾期报送", c[LATE]),
                                      ("未报送", c[MISSING] + c[RETURNED])), start=13):
        put_text(sheet, 4, col, label, fm.header)
        sheet.write_number(5, col, n, fm.int)
    expected = set(data.result.expected_departments)
    missing = [r.name for r in data.returns if r.state in (MISSING, RETURNED) and r.name in expected]
    sheet.merge_range(6, 12, 6, 19, "", fm.note)
    put_text(sheet, 6, 12, "未报单位：" + ("、".join(missing) if missing else "无"), fm.note)


SECTION_COLUMNS = ("序号", "部分", "任务数", *(STATUS_WORDS[s] for s in STATUSES), "指标数", "指标滞后")


def write_section_table(sheet, fm: Formats, data: ReportData, top: int) -> int:
    """Task statuses per section (一 … 十一); returns the row of the total line."""
    put_text(sheet, top, 0, "一、分部分推进情况（按任务计）", fm.heading)
    for col, name in enumerate(SECTION_COLUMNS):
        put_text(sheet, top + 1, col, name, fm.header)
    by_task, by_id = data.by_task, data.by_id
    row = top + 2
    for section in data.catalogue.sections:
        tasks = [t for t in data.catalogue.tasks if t.section == section.no]
        judged = [by_task[t.no] for t in tasks if t.no in by_task]
        inds = [by_id[i.id] for t in tasks for i in t.indicators if i.id in by_id]
        put_text(sheet, row, 0, chinese_numeral(section.no), fm.center)
        put_text(sheet, row, 1, section.title, fm.wrap)
        fit_row(sheet, row, [(section.title, OVERVIEW_WIDTHS[1])])
        numbers = (len(tasks), *count_statuses(judged).values(), len(inds),
                   sum(a.status in (BEHIND, SEVERE) for a in inds))
        for col, n in enumerate(numbers, start=2):
            sheet.write_number(row, col, n, fm.int)
        row += 1
    put_text(sheet, row, 0, "", fm.total)
    put_text(sheet, row, 1, "合计", fm.total)
    totals = (len(data.catalogue.tasks), *count_statuses(data.tasks).values(), len(data.assessments),
              sum(a.status in (BEHIND, SEVERE) for a in data.assessments))
    for col, n in enumerate(totals, start=2):
        sheet.write_number(row, col, n, fm.total_int)
    return row


def insert_chart(wb, sheet, data: ReportData, top: int, end: int) -> None:
    """Native stacked bars: task statuses by section, one series per status in its colour."""
    first, last = top + 2, end - 1
    if last < first:
        return
    chart = wb.add_chart({"type": "bar", "subtype": "stacked"})
    name = sheet.get_name()
    for i, status in enumerate(STATUSES):
        chart.add_series({
            "name": [name, top + 1, 3 + i],
            "categories": [name, first, 0, last, 0],
            "values": [name, first, 3 + i, last, 3 + i],
            "fill": {"color": STATUS_FILLS[status]},
            "border": {"color": "#7F7F7F", "width": 0.5},
            "gap": 60,
        })
    chart.set_title({"name": "各部分任务推进状态", "name_font": {"size": 11, "name": CJK_FONT}})
    # In a bar chart xlsxwriter's y axis is the (vertical) category axis: reversed, 一 comes first.
    chart.set_y_axis({"reverse": True, "num_font": {"name": CJK_FONT}})
    # Whole tasks only: left alone, a small section gets an axis of 0, 0.5, 1, 1.5 …
    most = max(Counter(t.section for t in data.catalogue.tasks).values(), default=1)
    chart.set_x_axis({"num_font": {"name": CJK_FONT}, "major_gridlines": {"visible": True},
                      "min": 0, "major_unit": max(1, math.ceil(most / 8))})
    chart.set_legend({"position": "bottom", "font": {"name": CJK_FONT, "size": 9}})
    chart.set_size({"width": 640, "height": 340})
    sheet.insert_chart(top, 12, chart, {"x_offset": 4, "y_offset": 4, "object_position": 3})


LEAD_COLUMNS = ("序号", "牵头单位", "牵头任务", *(STATUS_WORDS[s] for s in STATUSES), "指标数", "报送情况")


def write_lead_table(sheet, fm: Formats, data: ReportData, top: int, tall: dict[int, float]) -> None:
    """Task statuses per lead department, with the department's return state (row heights into ``tall``)."""
    put_text(sheet, top, 0, "二、分牵头单位推进情况（按任务计）", fm.heading)
    for col, name in enumerate(LEAD_COLUMNS):
        put_text(sheet, top + 1, col, name, fm.header)
    groups: dict[str, list] = {}
    for task in data.catalogue.tasks:
        groups.setdefault(data.task_lead(task), []).append(task)
    states = {r.name: r.state for r in data.returns}
    by_task, by_id = data.by_task, data.by_id
    for n, (lead, tasks) in enumerate(groups.items(), start=1):
        row = top + 1 + n
        judged = [by_task[t.no] for t in tasks if t.no in by_task]
        numbers = (len(tasks), *count_statuses(judged).values(),
                   sum(1 for t in tasks for i in t.indicators if i.id in by_id))
        state = states.get(lead, "")
        put_cells(sheet, row, 0, [(n, fm.int), (lead, fm.wrap), *((x, fm.int) for x in numbers),
                                 (state, fm.missing if state in (MISSING, RETURNED) else fm.center)])
        height = row_height([(lead, OVERVIEW_WIDTHS[1]), (state, OVERVIEW_WIDTHS[10])])
        tall[row] = max(tall.get(row, 0), height)


WORST_COLUMNS = ("指标编号", "指标", "牵头单位", "目标值", "累计完成", "序时进度", "完成率", "状态")


def worst_shortfalls(assessments: Sequence[Assessment], limit: int = 10) -> list[Assessment]:
    """The behind/severe indicators furthest short of 序时进度 (relative), worst first."""
    lagging = [(i, a) for i, a in enumerate(assessments) if a.status in (BEHIND, SEVERE)]
    lagging.sort(key=lambda pair: (-shortfall(pair[1]), pair[0]))
    return [a for _, a in lagging[:limit]]


def write_worst(sheet, fm: Formats, data: ReportData, top: int, tall: dict[int, float]) -> None:
    put_text(sheet, top, 12, "三、差距最大的十项指标", fm.heading)
    for col, name in enumerate(WORST_COLUMNS, start=12):
        put_text(sheet, top + 1, col, name, fm.header)
    metrics = {i.id: i.metric for i in data.catalogue.indicators()}
    worst = worst_shortfalls(data.assessments)
    for n, a in enumerate(worst):
        row = top + 2 + n
        tag = f"（{ASPIRATIONAL_TAG}）" if a.aspirational else ""
        metric, department = f"{metrics.get(a.id, '')}{tag}", as_text(a.department)
        put_cells(sheet, row, 12, (
            (a.id, fm.center), (metric, fm.wrap), (department, fm.wrap),
            (a.target, fm.number(a.target)),
            (a.actual, fm.dec if a.actual is None else fm.number(a.actual)),
            (a.expected, fm.expected), (a.completion, fm.pct),
            (STATUS_WORDS[a.status], fm.status[a.status]),
        ))
        height = row_height([(metric, OVERVIEW_WIDTHS[13]), (department, OVERVIEW_WIDTHS[14])])
        tall[row] = max(tall.get(row, 0), height)
    if not worst:
        put_text(sheet, top + 2, 12, f"本{data.period.word}无进度滞后指标。", fm.note)


DEADLINE_COLUMNS = ("编号", "任务或指标", "牵头单位", "完成时限", "情况")
DEADLINE_ROWS = 12                 # the rest are in 任务进展 and 指标进度 (总览 stays one page)


def write_deadlines(sheet, fm: Formats, data: ReportData, top: int, tall: dict[int, float]) -> None:
    """四、逾期未完成和临期的任务: overdue first, then 临期, under the ten worst."""
    items = deadline_items(data.catalogue, data.assessments, data.tasks)
    put_text(sheet, top, 12, "四、逾期未完成和临期的任务", fm.heading)
    if not items:
        put_text(sheet, top + 1, 12, "没有逾期未完成或临期的任务。", fm.note)
        return
    for col, name in enumerate(DEADLINE_COLUMNS, start=12):
        put_text(sheet, top + 1, col, name, fm.header)
    for n, item in enumerate(items[:DEADLINE_ROWS]):
        row = top + 2 + n
        ident = f"任务{item.id}" if item.kind == "task" else f"指标{item.id}"
        department = as_text(item.department)
        state = "已逾期" if item.overdue else DUE_SOON_WORD
        put_cells(sheet, row, 12, (
            (ident, fm.center), (item.name, fm.wrap), (department, fm.wrap),
            (due_label(item, data.year_end).split("（")[0], fm.center),
            (state, fm.due["overdue" if item.overdue else "soon"]),
        ))
        height = row_height([(item.name, OVERVIEW_WIDTHS[13]), (department, OVERVIEW_WIDTHS[14])])
        tall[row] = max(tall.get(row, 0), height)
    if len(items) > DEADLINE_ROWS:
        put_text(sheet, top + 2 + DEADLINE_ROWS, 12,
                 f"另有{len(items) - DEADLINE_ROWS}项，详见“任务进展”“指标进度”表的“完成时限”栏。", fm.note)


def _period(period: Period | str) -> Period:
    return period if isinstance(period, Period) else Period.parse(str(period))
