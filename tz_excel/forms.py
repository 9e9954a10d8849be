"""Per-department templates a clerk fills in Excel, WPS or LibreOffice (xlsxwriter).

    >>> paths = generate_forms(Workspace("office"), Period.parse("2023-W36"))
    >>> paths[0].relative_to(Workspace("office").root).as_posix()
    'templates/2023-W36/市科技局.xlsx'
    >>> build_form("科技局.xlsx", catalogue, "市科技局", directory, "2023-W36", Settings(),
    ...            prefill={"4.1": 98}, now=datetime(2023, 9, 4, 9, 0))
    PosixPath('科技局.xlsx')

Layout of the first sheet, ``填报表`` (0-based rows; the A1 cells readers may rely on are the
constants below)::

    row 0   title, merged A1:P1
    row 1   填报单位 | <department>   报送周期 | <period label>   报送截止时间 | <deadline>
    row 2   填报人   | [input C3]     联系电话 | [input H3]       说明 | <the lead-is-official rule>
    row 3   the header row: HEADERS (contains the cell 指标编号)
    row 4…  one row per catalogue.Row of the department, nothing below the last row

Labels are written without a colon; each label spans two columns and its value cell is the first
cell after it (``FILLER_CELL``/``PHONE_CELL`` for the two header inputs). 指标编号 is always a
string ("4.1", or the task number "7" for a task without an indicator).

Decisions a reader of returns (intake, numbers) needs to know:

* **Percent indicators.** The 累计完成值 cell keeps the *General* number format, never a percent
  format. In a percent-formatted cell Excel's "automatic percent entry" turns a typed ``95`` into
  95 %, but LibreOffice and older WPS builds store 95 (shown 9500 %), so the same keystrokes would
  mean different things. In a General cell every client behaves alike: typing ``95`` stores the
  number 95; typing ``95%`` stores 0.95 *and* gives the cell a percent number format (Excel, WPS
  and LibreOffice all apply the format on entry, also in an unlocked cell of a protected sheet);
  a pasted, percent-formatted 0.95 carries its format along. So the reading rule is: a numeric cell
  whose number format contains an unquoted ``%`` holds a fraction (× 100 gives points); any other
  number is already in percentage points; a text cell ("95%", "95％") goes through
  ``numbers.parse_number(text, unit="%")``. The input message says 95 and 95% both mean 95 points.
* **Validation style.** 累计完成值 carries a non-negative decimal rule with error style
  ``warning``: Excel and WPS ask "continue?" when a clerk types 约500 rather than refusing it, so an
  honest approximation reaches the office as text (flagged later as approximate) instead of a
  guessed number or a pasted work-around. Pasting ignores validation in every client anyway, so
  the reader must handle text whatever the style. 完成状态 (the four STATES) and the text length
  limits use ``stop``.
* **完成时限** (locked, not read back) shows each row's deadline: the indicator's own, else its
  task's, else the reporting year's end, as ``2023年9月1日前``, marked ``（已到期）`` when it lies
  before the period, ``（本期到期）`` inside it and ``（临期）`` within ``[assess] due_soon_periods``
  periods after it, so the clerk knows which 完成状态 is now due. It sits between 完成率 and
  完成状态 rather than beside 目标值 so the 累计完成值 column keeps its letter (J) across releases;
  readers find every column by its header text anyway.
* **Rows without an indicator.** Their 目标值, 单位, 累计完成值 and 完成率 are empty; 累计完成值
  stays locked (shaded grey). Only 完成状态 and the three narratives are inputs there.
* **完成率** is ``=IF(J="","",IFERROR(J/F,""))`` with an empty cached value. Percent rows use
  ``CELL("format",J)`` to scale a percent-formatted fraction to points, so the clerk sees the same
  rate the office will compute. For ``<=`` caps the number format reads ``已用 45.0%`` (已用比例).
* **Identity.** The hidden (not very hidden) sheet ``_meta`` holds key/value rows META_KEYS, the
  same pairs are custom document properties. ``template_id`` is ``template_id(catalogue_sha,
  department, period)``. Only the input cells are unlocked; the sheets are protected (password from
  ``TZ_EXCEL_SHEET_PASSWORD`` when set), with row heights and column widths still adjustable.
* **Text inputs** (填报人, 联系电话 and the narratives) have the Text number format ``@``, so a phone
  number keeps its leading zero and a narrative starting with ``=`` stays text.

Client notes (LibreOffice 7 checked by the tests; Excel/WPS from their documented behaviour):

* LibreOffice opens every template and, saving back as .xlsx, keeps the values, ``_meta`` (still
  hidden), the custom properties, sheet protection, the unlocked cells, merged ranges, number
  formats and every validation (it writes ``operator="between"`` on the list rule, harmless). A
  headless save drops the frozen panes, and a missing font is saved under its substitute's name.
  LibreOffice recalculates ``CELL("format")`` on load: 0.95 formatted ``0%`` shows 100 % against 95.
* xlsxwriter writes the formula's cached value as an empty ``<v></v>`` and sets ``fullCalcOnLoad``,
  so Excel, WPS and LibreOffice all recalculate 完成率 on opening.
* ``方正小标宋简体`` (title) falls back to 宋体 where it is not installed; the body is 宋体, which every
  Chinese Windows and WPS has.

Bytes are deterministic: the created date is ``sheets.FIXED_CREATED`` and ``generated_at`` comes
from ``now``; the same inputs and ``now`` give the same file.
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import shutil
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Iterable, Mapping

import xlsxwriter
from xlsxwriter.utility import xl_range, xl_rowcol_to_cell

from .catalogue import CO, ROLE_WORDS, Catalogue, Row
from .config import Settings, Workspace
from .departments import Department, Directory
from .errors import ConfigError, WorkspaceError
from .periods import Period, describe_date, describe_deadline, require_cadence
from .sheets import CJK_FONT, FIXED_CREATED, TITLE_FONT

FORMAT_VERSION = "2"                    # 2: the 完成时限 column
HEADERS = (
    "序号", "任务编号", "任务名称", "指标编号", "指标/工作内容", "目标值", "单位", "牵头/配合",
    "上期累计", "累计完成值", "完成率", "完成时限", "完成状态", "进展情况", "存在问题", "下步打算",
)
META_KEYS = ("format_version", "template_id", "department", "period", "catalogue_sha", "generated_at")
STATES = ("未启动", "正常推进", "已完成", "滞后")
SHEET_NAME, GUIDE_SHEET, META_SHEET = "填报表", "填报说明", "_meta"

TITLE_ROW, HEADER_ROW, FIRST_ROW = 0, 3, 4
FILLER_CELL, PHONE_CELL = "C3", "H3"
TEXT_LIMIT = 500

_COL = {name: i for i, name in enumerate(HEADERS)}
_WIDE = re.compile(r"[\u2e80-\U0002ffff]")
_WIDTHS = (5, 6, 16, 7, 32, 8, 7, 6, 9, 10, 9, 12, 13, 30, 22, 22)
_LINE_HEIGHT = 14.0           # points per wrapped line of 10.5 pt 宋体
_FONT_SIZE = 10.5             # 五号

_INPUT_FILL, _CO_FILL, _GREY_FILL, _HEAD_FILL = "#FFF2CC", "#FFFBEB", "#EDEDED", "#D9E1F2"
_LEAD_RULE = "配合单位所填数据仅供参考，汇总以牵头单位报送数据为准。"


# -- public API ------------------------------------------------------------------------------------

def template_id(catalogue_sha: str, department: str, period: str | Period) -> str:
    """A stable id for one department's template of one period (16 hex digits)."""
    key = f"{catalogue_sha}\n{department}\n{period}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def form_title(catalogue: Catalogue, period: Period) -> str:
    """``滕州市…2023年重点任务推进情况表（第36周）`` (or ``（9月）``, ``（三季度）``) from the notice's title."""
    title = catalogue.short_title or catalogue.title
    inner = re.search(r"《(.+?)》", title)
    if inner:
        title = inner.group(1)
    title = re.sub(r"(的通知|推进情况表)$", "", title.strip())
    return f"{title}推进情况表（{period.short_label}）"


def generate_forms(ws: Workspace, period: Period | str, departments: Iterable[str] | None = None,
                   now: datetime | None = None) -> list[Path]:
    """Write ``templates/<period>/<department>.xlsx`` for every (or the named) department.

    Args:
        ws: the workspace (catalogue.xlsx, departments.xlsx, tz_excel.toml, history store).
        period: the reporting period, a Period or its text (``"2023-W36"``, ``"2023-09"``, ``"2023-Q3"``).
        departments: names or aliases to generate; a group stands for its members. None: all.
        now: the moment recorded as ``generated_at`` (default: now).

    Returns:
        The written paths, in directory order.

    Raises:
        PeriodError: the text is no period, or the period is not of the workspace's cadence.
        ConfigError: a catalogue department has no row in departments.xlsx, or a named department
            is unknown or has no task.
        WorkspaceError: the files could not be moved into place (no temporary folder is left).
    """
    from .office import load_catalogue, load_directory

    period = require_cadence(_as_period(period), ws.settings.office.cadence)
    catalogue, directory = load_catalogue(ws), load_directory(ws)
    chosen = select_departments(catalogue, directory, departments)
    return write_forms(ws.templates_dir(period), catalogue, directory, chosen, period, ws.settings,
                       prefill=previous_values(ws, chosen, period, catalogue.year), now=now)


def select_departments(catalogue: Catalogue, directory: Directory,
                       names: Iterable[str] | None = None) -> list[Department]:
    """The departments that get a template: every recipient, or those ``names`` pick out.

    Raises:
        ConfigError: a catalogue name has no directory row; a name is unknown or has no task.
    """
    recipients = directory.recipients_for(catalogue.department_names())
    if not names:
        return recipients
    unknown = [n for n in names if directory.get(n) is None]
    if unknown:
        raise ConfigError(f"单位名录中没有以下单位：{'、'.join(unknown)}。请检查名称或在 departments.xlsx 中补充别名。",
                          departments=unknown)
    wanted = {d.name for n in names for d in directory.expand(n)}
    idle = sorted(wanted - {d.name for d in recipients})
    if idle:
        raise ConfigError(f"以下单位在任务清单中没有牵头或配合的任务，无需生成模板：{'、'.join(idle)}。",
                          departments=idle)
    return [d for d in recipients if d.name in wanted]


def write_forms(folder: str | os.PathLike, catalogue: Catalogue, directory: Directory,
                departments: Iterable[Department], period: Period | str, settings: Settings,
                prefill: Mapping[str, Mapping[str, float | None]] | None = None,
                now: datetime | None = None) -> list[Path]:
    """Build the templates in a temporary folder beside ``folder``, then move them into place.

    A missing ``folder`` is created by one rename of the whole temporary folder; in an existing
    one each file is replaced atomically and files of other departments are kept.

    Args:
        prefill: 上期累计 by department name, then by row id: ``{"市科技局": {"4.1": 98}}``.
    """
    folder, period, now = Path(folder), _as_period(period), now or datetime.now()
    folder.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", suffix=".tmp", dir=folder.parent))
    try:
        names = []
        for dep in departments:
            name = file_name(dep.name)
            values = (prefill or {}).get(dep.name)
            build_form(scratch / name, catalogue, dep, directory, period, settings, prefill=values, now=now)
            names.append(name)
        _move_into_place(scratch, folder, names)
    except OSError as exc:
        raise WorkspaceError(f"模板无法写入 {folder}：{exc}", path=str(folder)) from exc
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return [folder / name for name in names]


def build_form(path: str | os.PathLike, catalogue: Catalogue, department: Department | str,
               directory: Directory, period: Period | str, settings: Settings,
               prefill: Mapping[str, float | None] | None = None, now: datetime | None = None) -> Path:
    """Write one department's template to ``path``.

    Args:
        department: a Department or a name/alias known to ``directory``.
        prefill: 上期累计 by row id (indicator id or task number), e.g. ``{"4.1": 98}``.
        now: the moment recorded as ``generated_at`` (default: now).

    Raises:
        ConfigError: the department is unknown or has no task in the catalogue.
    """
    dep = directory.resolve(department) if isinstance(department, str) else department
    period, now = _as_period(period), now or datetime.now()
    rows = catalogue.rows_for(directory.names_for(dep))
    if not rows:
        raise ConfigError(f"单位“{dep.name}”在任务清单中没有牵头或配合的任务。", department=dep.name)
    meta = _meta(catalogue, dep.name, period, now)
    # in_memory: nothing touches the disk until close(), so a failure leaves no partial file.
    book = xlsxwriter.Workbook(str(path), {"in_memory": True})
    _describe_book(book, catalogue, dep.name, period, settings, meta)
    styles = _Styles(book)
    _write_form_sheet(book, styles, catalogue, dep.name, period, settings, rows, prefill or {})
    _write_guide_sheet(book, styles, period, settings)
    _write_meta_sheet(book, meta, settings)
    book.close()
    return Path(path)


def file_name(department: str) -> str:
    """``<department>.xlsx`` with characters no file system accepts replaced."""
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", department).strip(" .") + ".xlsx"


# -- workbook parts --------------------------------------------------------------------------------

def _meta(catalogue: Catalogue, department: str, period: Period, now: datetime) -> dict[str, str]:
    sha = catalogue.sha
    return {
        "format_version": FORMAT_VERSION,
        "template_id": template_id(sha, department, period),
        "department": department,
        "period": str(period),
        "catalogue_sha": sha,
        "generated_at": now.replace(microsecond=0).isoformat(),
    }


def _describe_book(book, catalogue: Catalogue, department: str, period: Period, settings: Settings,
                   meta: dict[str, str]) -> None:
    book.set_properties({
        "title": form_title(catalogue, period), "subject": f"{department} {period}",
        "author": settings.office.name, "company": settings.office.host,
        "comments": "请在黄色单元格中填写；请勿修改表格结构和隐藏页。", "created": FIXED_CREATED,
    })
    for key in META_KEYS:
        book.set_custom_property(key, meta[key])
    # The default (Normal) style: empty cells and row heights follow the CJK font too.
    book.formats[0].set_font_name(CJK_FONT)
    book.formats[0].set_font_size(_FONT_SIZE)


class _Styles:
    """The formats of one workbook, made once (xlsxwriter formats belong to their workbook)."""

    def __init__(self, book) -> None:
        base = {"font_name": CJK_FONT, "font_size": _FONT_SIZE, "valign": "vcenter", "text_wrap": True}
        cell = {**base, "border": 1}
        add = lambda **kw: book.add_format({**cell, **kw})
        self.title = book.add_format({**base, "font_name": TITLE_FONT, "font_size": 16, "bold": True,
                                      "align": "center"})
        self.label = book.add_format({**base, "bold": True, "align": "right"})
        self.value = book.add_format({**base, "align": "left"})
        self.note = book.add_format({**base, "align": "left", "font_size": 9, "font_color": "#7F7F7F"})
        self.head = add(bold=True, align="center", bg_color=_HEAD_FILL)
        self.text = add(align="left")
        self.center = add(align="center")
        self.number = add(align="right")
        self.grey_number = add(align="right", bg_color=_GREY_FILL)
        self.grey = add(bg_color=_GREY_FILL)
        self.rate = add(align="right", bg_color=_GREY_FILL, num_format="0.0%")
        self.cap_rate = add(align="right", bg_color=_GREY_FILL, num_format='"已用"0.0%')
        self.co_role = add(align="center", font_color="#7F7F7F")
        self.due_alert = add(align="center", font_color="#C00000")
        for role, fill in (("lead", _INPUT_FILL), ("co", _CO_FILL)):
            setattr(self, f"{role}_number", add(align="right", bg_color=fill, locked=False))
            setattr(self, f"{role}_state", add(align="center", bg_color=fill, locked=False))
            setattr(self, f"{role}_text", add(align="left", bg_color=fill, locked=False, num_format="@"))
        self.header_input = add(align="left", bg_color=_INPUT_FILL, locked=False, num_format="@")
        self.guide_title = book.add_format({**base, "font_name": TITLE_FONT, "font_size": 14, "bold": True})
        self.guide_head = book.add_format({**base, "bold": True})
        self.guide = book.add_format({**base, "align": "left"})
        self.legend = {fill: add(bg_color=fill) for fill in (_INPUT_FILL, _CO_FILL, _GREY_FILL)}

    def input(self, role: str, kind: str):
        return getattr(self, f"{'co' if role == CO else 'lead'}_{kind}")


def _write_form_sheet(book, st: _Styles, catalogue: Catalogue, department: str, period: Period,
                      settings: Settings, rows: list[Row], prefill: Mapping) -> None:
    sheet = book.add_worksheet(SHEET_NAME)
    last = len(HEADERS) - 1
    for col, width in enumerate(_WIDTHS):
        sheet.set_column(col, col, width)
    sheet.set_row(TITLE_ROW, 36)
    sheet.merge_range(TITLE_ROW, 0, TITLE_ROW, last, form_title(catalogue, period), st.title)
    _write_block(sheet, st, department, period, settings)
    sheet.set_row(HEADER_ROW, 30)
    sheet.write_row(HEADER_ROW, 0, HEADERS, st.head)
    year_end = settings.office.year_bounds(catalogue.year)[1]
    for n, row in enumerate(rows):
        due = due_text(row.task.due_of(row.indicator) or year_end, period, settings.assess.due_soon_periods)
        _write_row(sheet, st, FIRST_ROW + n, n + 1, row, prefill.get(row.id), due)
    _add_validations(sheet, rows, period)
    _set_print(sheet, FIRST_ROW + len(rows) - 1)
    sheet.freeze_panes(FIRST_ROW, 0)
    sheet.activate()
    _protect(sheet, settings)


def _write_block(sheet, st: _Styles, department: str, period: Period, settings: Settings) -> None:
    deadline = describe_deadline(period.deadline(settings.office.deadline))
    sheet.set_row(1, 22)
    sheet.set_row(2, 22)
    pairs = (
        (1, 0, "填报单位", (2, 4), department, st.value),
        (1, 5, "报送周期", (7, 10), period.label, st.value),
        (1, 11, "报送截止时间", (12, 15), deadline, st.value),
        (2, 0, "填报人", (2, 4), "", st.header_input),
        (2, 5, "联系电话", (7, 10), "", st.header_input),
        (2, 11, "说明", (12, 15), _LEAD_RULE, st.note),
    )
    for row, col, label, (first, last), value, fmt in pairs:
        if first - col > 1:
            sheet.merge_range(row, col, row, first - 1, label, st.label)
        else:
            sheet.write_string(row, col, label, st.label)
        sheet.merge_range(row, first, row, last, value, fmt)
    sheet.data_validation(FILLER_CELL, _length_rule(20, "填报人"))
    sheet.data_validation(PHONE_CELL, _length_rule(40, "联系电话"))


def due_text(due, period: Period, soon_periods: int = 2) -> str:
    """完成时限 as a clerk reads it: ``2023年9月1日前``, marked when due before, in or soon after ``period``."""
    text = f"{describe_date(due)}前"
    if due < period.first_day:
        return text + "（已到期）"
    if due <= period.last_day:
        return text + "（本期到期）"
    if soon_periods and due <= period.shifted(soon_periods).last_day:
        return text + "（临期）"
    return text


def _write_row(sheet, st: _Styles, r: int, serial: int, row: Row, previous: float | None, due: str) -> None:
    task, ind = row.task, row.indicator
    sheet.write_number(r, _COL["序号"], serial, st.center)
    sheet.write_number(r, _COL["任务编号"], task.no, st.center)
    sheet.write_string(r, _COL["任务名称"], task.title, st.text)
    sheet.write_string(r, _COL["指标编号"], row.id, st.center)
    content = _content(row)
    sheet.write_string(r, _COL["指标/工作内容"], content, st.text)
    sheet.write_string(r, _COL["牵头/配合"], ROLE_WORDS[row.role], st.co_role if row.role == CO else st.center)
    if ind is not None:
        sheet.write_number(r, _COL["目标值"], ind.target, st.number)
        sheet.write_string(r, _COL["单位"], ind.unit, st.center)
        sheet.write_blank(r, _COL["累计完成值"], None, st.input(row.role, "number"))
        sheet.write_formula(r, _COL["完成率"], _rate_formula(r, ind.is_percent),
                            st.cap_rate if ind.comparator == "<=" else st.rate, "")
    else:
        for name in ("目标值", "单位", "累计完成值", "完成率"):
            sheet.write_blank(r, _COL[name], None, st.grey)
    if previous is None or ind is None:
        sheet.write_blank(r, _COL["上期累计"], None, st.grey_number)
    else:
        sheet.write_number(r, _COL["上期累计"], previous, st.grey_number)
    sheet.write_string(r, _COL["完成时限"], due, st.due_alert if due.endswith("）") else st.center)
    sheet.write_blank(r, _COL["完成状态"], None, st.input(row.role, "state"))
    for name in ("进展情况", "存在问题", "下步打算"):
        sheet.write_blank(r, _COL[name], None, st.input(row.role, "text"))
    sheet.set_row(r, _row_height(task.title, content))


def _content(row: Row) -> str:
    """指标/工作内容: the indicator as the notice phrased it, or the task's own text."""
    ind = row.indicator
    if ind is None:
        return row.task.text or row.task.title
    text = ind.source or f"{ind.metric}{ind.target}{ind.unit}"
    notes = [w for w, on in (("力争", ind.aspirational), ("上限", ind.comparator == "<="),
                             ("左右", ind.comparator == "~")) if on and w not in text]
    notes.append("年度累计" if ind.kind == "cumulative" else "当前水平")
    return f"{text}（{'，'.join(notes)}）"


def _rate_formula(r: int, percent: bool) -> str:
    actual = xl_rowcol_to_cell(r, _COL["累计完成值"])
    target = xl_rowcol_to_cell(r, _COL["目标值"])
    value = actual
    if percent:
        # A percent-formatted fraction (typed "95%") counts as points, as the reader counts it.
        value = f'IF(LEFT(CELL("format",{actual}),1)="P",{actual}*100,{actual})'
    return f'=IF({actual}="","",IFERROR({value}/{target},""))'


def _row_height(title: str, content: str) -> float:
    """Wrapped text needs taller rows; clients do not autofit rows on their own in print."""
    lines = max(_lines(title, _WIDTHS[_COL["任务名称"]]), _lines(content, _WIDTHS[_COL["指标/工作内容"]]), 2)
    return lines * _LINE_HEIGHT + 4


def _lines(text: str, width: int) -> int:
    units = len(text) + len(_WIDE.findall(text))      # a CJK character is two columns wide
    return math.ceil(units / max(width + 1, 1))


def _add_validations(sheet, rows: list[Row], period: Period) -> None:
    first, last = FIRST_ROW, FIRST_ROW + len(rows) - 1
    by_message: dict[str, list[int]] = {}
    for n, row in enumerate(rows):
        if row.indicator is not None:
            by_message.setdefault(_actual_message(row, period), []).append(FIRST_ROW + n)
    for message, numbers in by_message.items():
        cells = _column_ranges(numbers, _COL["累计完成值"])
        sheet.data_validation(cells[0], {
            "validate": "decimal", "criteria": ">=", "value": 0, "error_type": "warning",
            "input_title": "累计完成值", "input_message": message,
            "error_title": "请填写数字", "error_message": "累计完成值应为不小于0的数字（不带单位）。"
                                                     "如确需填写文字说明，请写在“进展情况”栏。是否仍要保留当前输入？",
            "multi_range": " ".join(cells),
        })
    col = _COL["完成状态"]
    sheet.data_validation(first, col, last, col, {
        "validate": "list", "source": list(STATES), "input_title": "完成状态",
        "input_message": "请从下拉列表中选择：" + "、".join(STATES) + "。",
        "error_title": "完成状态", "error_message": "请从下拉列表中选择：" + "、".join(STATES) + "。",
    })
    sheet.data_validation(first, _COL["进展情况"], last, _COL["下步打算"], _length_rule(TEXT_LIMIT, "文字说明"))


def _column_ranges(rows: list[int], col: int) -> list[str]:
    """Ascending row numbers of one column as A1 ranges: [4, 5, 6, 9] → ["J5:J7", "J10"]."""
    runs: list[list[int]] = []
    for r in rows:
        if runs and r == runs[-1][1] + 1:
            runs[-1][1] = r
        else:
            runs.append([r, r])
    return [xl_range(a, col, b, col) if a != b else xl_rowcol_to_cell(a, col) for a, b in runs]


def _actual_message(row: Row, period: Period) -> str:
    ind = row.indicator
    unit, end = ind.unit or "无", f"本{period.word}末"
    text = f"填写年度累计数（自年初至{end}），单位：{unit}，只填数字、不带单位。"
    if ind.kind == "level":
        text = f"填写年度累计数；比率、总量类指标填截至{end}达到的数值。单位：{unit}，只填数字。"
    if ind.is_percent:
        text += "填 95 或 95% 均可，均表示 95 个百分点（请勿填 0.95）。"
    if row.role == CO:
        text += "本行为配合任务，以牵头单位数据为准。"
    return text


def _length_rule(limit: int, what: str) -> dict:
    return {
        "validate": "length", "criteria": "<=", "value": limit, "ignore_blank": True,
        "error_title": what, "error_message": f"{what}不超过{limit}字，请精简。",
    }


def _set_print(sheet, last_row: int) -> None:
    sheet.set_landscape()
    sheet.set_paper(9)                      # A4
    sheet.fit_to_pages(1, 0)                # one page wide, as many tall as needed
    sheet.repeat_rows(HEADER_ROW)
    sheet.print_area(0, 0, last_row, len(HEADERS) - 1)
    sheet.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.7)
    sheet.center_horizontally()
    sheet.set_footer("&C第 &P 页 共 &N 页")


def _protect(sheet, settings: Settings) -> None:
    if settings.forms.protect:
        sheet.protect(settings.forms.password, {
            "select_locked_cells": True, "select_unlocked_cells": True,
            "format_columns": True, "format_rows": True,   # widen a column or row to read long text
        })


def _write_guide_sheet(book, st: _Styles, period: Period, settings: Settings) -> None:
    sheet = book.add_worksheet(GUIDE_SHEET)
    sheet.set_column(0, 0, 16)
    sheet.set_column(1, 1, 90)
    sheet.write_string(0, 0, "填报说明", st.guide_title)
    for r, (head, text, fill) in enumerate(_guide_lines(period, settings), start=2):
        sheet.write_string(r, 0, head, st.legend[fill] if fill else st.guide_head)
        sheet.write_string(r, 1, text, st.guide)
        sheet.set_row(r, _LINE_HEIGHT * _lines(text, 90) + 6)
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
    _protect(sheet, settings)


def _guide_lines(period: Period, settings: Settings) -> list[tuple[str, str, str]]:
    office = settings.office
    deadline = describe_deadline(period.deadline(office.deadline))
    end = f"本{period.word}末"
    contact = "　".join(x for x in (office.contact and f"联系人：{office.contact}",
                                    office.phone and f"电话：{office.phone}",
                                    office.email and f"邮箱：{office.email}") if x) or "见通知邮件"
    return [
        ("报送周期", period.label, ""),
        ("报送截止", f"请于{deadline}前填写完毕，以邮件回复方式报送。文件可以重命名。", ""),
        ("填报范围", "“填报表”列出贵单位牵头或配合的全部任务：有量化指标的每个指标一行，"
                 "没有量化指标的任务一行（指标编号即任务编号）。", ""),
        ("累计完成值", f"填写年度累计数（自年初至{end}），只填数字，不带单位，单位见“单位”列。"
                  f"比率、总量类指标填截至{end}达到的数值。百分比指标填 95 或 95% 均可，均表示 95 个百分点（请勿填 0.95）。"
                  "约数、区间等情况请在“进展情况”中说明。", ""),
        ("完成时限", "每行任务或指标应完成的日期（通知未写明的为年底）。“已到期”“本期到期”表示本期末已到完成时限，"
                 "尚未完成的请在“完成状态”中如实选择“滞后”并在“存在问题”中说明；“临期”表示近期即将到期。", ""),
        ("完成状态", "从下拉列表中选择：" + "、".join(STATES) + "。", ""),
        ("文字栏目", f"进展情况、存在问题、下步打算请简明填写，每格不超过{TEXT_LIMIT}字。", ""),
        ("上期累计", "根据上期已接收的报送自动填入，仅供参考，不可修改；本期请填写新的累计数。", ""),
        ("完成率", "自动计算（累计完成值÷目标值）。“以内”“不超过”等上限类指标显示为“已用比例”，越低越好。", ""),
        ("牵头与配合", "“牵头/配合”列标明贵单位在该任务中的角色。" + _LEAD_RULE, ""),
        ("黄色", "颜色说明：牵头任务的填写栏，请填写。", _INPUT_FILL),
        ("浅黄色", "颜色说明：配合任务的填写栏，可填写，以牵头单位数据为准。", _CO_FILL),
        ("灰色", "颜色说明：自动生成或无需填写，不可修改。白色单元格为任务信息，不可修改。", _GREY_FILL),
        ("注意事项", "请勿插入或删除行列、修改锁定单元格或隐藏工作表，以免无法自动汇总。", ""),
        ("联系方式", f"{office.name}（设在{office.host}）　{contact}", ""),
    ]


def _write_meta_sheet(book, meta: dict[str, str], settings: Settings) -> None:
    sheet = book.add_worksheet(META_SHEET)
    sheet.write_row(0, 0, ("key", "value"))
    for r, key in enumerate(META_KEYS, start=1):
        sheet.write_string(r, 0, key)
        sheet.write_string(r, 1, meta[key])
    sheet.set_column(0, 0, 16)
    sheet.set_column(1, 1, 70)
    sheet.hide()
    _protect(sheet, settings)


# -- workspace helpers -----------------------------------------------------------------------------

def _as_period(period: Period | str) -> Period:
    return period if isinstance(period, Period) else Period.parse(period)


def previous_values(ws: Workspace, departments: Iterable[Department], period: Period,
                    year: int | None = None) -> dict[str, dict]:
    """上期累计 for each department: ``{name: {id: number}}`` from the history store ({} before one
    exists). With ``year`` (the catalogue's), a store holding another cadence that year is refused."""
    if not ws.settings.store.url and not (ws.root / ws.HISTORY).exists():
        return {}
    from .store import HistoryStore

    store = HistoryStore.for_workspace(ws)
    try:
        with store.transaction():
            if year is not None:
                store.check_cadence(ws.settings, year)
            return {d.name: store.latest_before(d.name, str(period)) for d in departments}
    finally:
        store.close()


def _move_into_place(scratch: Path, folder: Path, names: list[str]) -> None:
    if not folder.exists():
        scratch.rename(folder)
        return
    for name in names:
        os.replace(scratch / name, folder / name)
