"""Feedback to clerks: their own return back, problem cells marked, and a 问题清单 sheet.

    >>> items = feedback_items(ws, merge_result, Period.parse("2023-W36"))
    >>> annotate_return(items[0].original, Path("out/市科技局_请修改.xlsx"), items[0].issues,
    ...                 department="市科技局", period=Period.parse("2023-W36"))

The copy is made with openpyxl from the archived original, which is never altered. Each problem
cell gets a fill (red for an error, yellow for a warning) and a comment in plain Chinese; the sheet
问题清单, added last and opened first, lists every finding. The clerk corrects the copy and sends it
back: the hidden ``_meta`` sheet is kept, so the resubmission is read like any return.
"""

from __future__ import annotations

import os
import re
import shutil
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .config import Workspace
from .errors import WorkbookReadError
from .periods import Period
from .sheets import needs_guard
from .findings import Issue

ISSUES_SHEET = "问题清单"
ERROR_FILL, WARNING_FILL = "FFC7CE", "FFEB9C"
_FEEDBACK_STATUSES = ("accepted", "rejected", "other_period")
_HEADERS = ("序号", "工作表", "单元格", "类别", "问题说明", "填写内容")
_WIDTHS = (6, 10, 9, 8, 70, 24)
AUTHOR = "校验程序"


@dataclass(frozen=True)
class FeedbackItem:
    """One department's latest return of the run, with its findings.

    ``department`` is "" for a rejected file that names no department (not our template, not a
    workbook); such a file is answered to its ``sender`` when collect recorded one.
    """

    department: str
    sha256: str
    file: str                      # as found in inbox/, relative to the workspace
    original: Path | None          # archived original, None when it cannot be annotated
    issues: tuple[Issue, ...]
    sender: str = ""


def feedback_items(ws: Workspace, result, period: Period) -> list[FeedbackItem]:
    """Departments whose latest return in ``result`` (a MergeResult) carries findings.

    A department that sent a faulty file and then a clean one gets no feedback.
    """
    latest: dict[str, object] = {}
    strays = []
    for outcome in result.files:
        if not outcome.department and outcome.status == "rejected" and getattr(outcome, "sender", ""):
            strays.append(FeedbackItem("", outcome.sha256, outcome.file, None,
                                       tuple(dict.fromkeys(outcome.issues)), outcome.sender))
        if not outcome.department or outcome.status not in _FEEDBACK_STATUSES:
            continue
        if outcome.status != "other_period" and outcome.period not in (None, str(period)):
            continue
        current = latest.get(outcome.department)
        if current is None or _arrival(outcome) >= _arrival(current):
            latest[outcome.department] = outcome
    items = []
    for department, outcome in latest.items():
        issues = tuple(dict.fromkeys(outcome.issues))      # the same finding once
        if outcome.status == "other_period" and outcome.period != str(period):
            issues += (_other_period_note(outcome.period, period),)
        if issues:
            items.append(FeedbackItem(department, outcome.sha256, outcome.file,
                                      _annotatable(ws, outcome.archived_as), issues))
    return sorted(items, key=lambda i: i.department) + strays


def _other_period_note(found: str | None, period: Period) -> Issue:
    # Kept under its own period by merge; the department has sent nothing for this one.
    return Issue("other-period-return", "warning",
                 f"贵单位发来的是{found or '其他周期'}的表格，已按该周期归档；本期（{period.label}）的表格尚未收到，"
                 "请使用本期模板填写后报送。")


def _arrival(outcome) -> tuple:
    # Files without an arrival time keep the order merge decided them in (a stable sort).
    return (outcome.received_at.timestamp() if outcome.received_at else 0.0,)


def _annotatable(ws: Workspace, archived_as: str) -> Path | None:
    if not archived_as:
        return None
    path = ws.root / archived_as
    return path if path.is_file() and path.suffix.lower() in (".xlsx", ".xlsm") else None


def issue_lines(issues: tuple[Issue, ...] | list[Issue]) -> str:
    """The findings as numbered Chinese lines for the mail body."""
    return "\n".join(
        f"    {n}. 【{'错误' if i.is_error else '提示'}】{_where(i)}{i.message}" for n, i in enumerate(issues, 1))


def _where(issue: Issue) -> str:
    # Messages from validation usually name the cell already; do not say it twice.
    return f"{issue.cell}：" if issue.cell and issue.cell not in issue.message else ""


def annotate_return(original: str | Path, out: str | Path, issues, *, department: str = "",
                    period: Period | None = None, now: datetime | None = None) -> Path:
    """Copy ``original`` to ``out`` and mark ``issues`` on the copy; return ``out``.

    ``now`` stamps the copy (modified time and zip entries), so the same inputs give the same bytes.
    Raises WorkbookReadError when the copy cannot be opened as a workbook (it is then removed).
    """
    from openpyxl import load_workbook

    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(original, out)
    try:
        wb = load_workbook(out)
    except Exception as exc:  # zipfile, XML and KeyError failures alike mean "not a workbook"
        out.unlink()
        raise WorkbookReadError(f"{Path(original).name} 无法作为工作簿打开，不能标注：{exc}",
                                path=str(original)) from exc
    for issue in issues:
        _mark(wb, issue)
    _add_issue_sheet(wb, issues, department, period)
    wb.save(out)
    stamp_workbook(out, now or datetime.now())
    return out


def stamp_workbook(path: Path, moment: datetime) -> None:
    """Give every zip entry and docProps' modified time ``moment`` (openpyxl stamps the clock)."""
    stamp = moment.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    scratch = path.with_name(path.name + ".part")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(scratch, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              lambda m: m.group(1) + stamp + m.group(2), data)
            entry = zipfile.ZipInfo(info.filename, date_time=moment.timetuple()[:6])
            entry.compress_type, entry.external_attr = zipfile.ZIP_DEFLATED, info.external_attr
            dst.writestr(entry, data)
    os.replace(scratch, path)


def _target_sheet(wb, issue: Issue):
    if issue.sheet and issue.sheet in wb.sheetnames:
        return wb[issue.sheet]
    visible = [ws for ws in wb.worksheets if ws.sheet_state == "visible"]
    return (visible or wb.worksheets)[0]


def _mark(wb, issue: Issue) -> None:
    from openpyxl.comments import Comment
    from openpyxl.styles import PatternFill
    from openpyxl.utils.cell import coordinate_from_string

    if not issue.cell:
        return
    address = issue.cell.split(":")[0].replace("$", "")
    try:
        coordinate_from_string(address)
    except ValueError:
        return
    cell = _target_sheet(wb, issue)[address]
    colour = ERROR_FILL if issue.is_error else WARNING_FILL
    # An error fill wins over a warning fill on the same cell.
    if not (cell.fill and cell.fill.fgColor and cell.fill.fgColor.rgb == "00" + ERROR_FILL):
        cell.fill = PatternFill("solid", fgColor=colour)
    note = f"【{'错误' if issue.is_error else '提示'}】{issue.message}"
    text = f"{cell.comment.text}\n{note}" if cell.comment else note
    comment = Comment(text, AUTHOR)
    comment.width, comment.height = 320, 120
    cell.comment = comment


def _add_issue_sheet(wb, issues, department: str, period: Period | None) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    if ISSUES_SHEET in wb.sheetnames:      # a copy fed back before: replace its list
        del wb[ISSUES_SHEET]
    sheet = wb.create_sheet(ISSUES_SHEET)
    title = f"{department}{period.label if period else ''}报送表校验问题清单"
    sheet.append([title])
    sheet["A1"].font = Font(name="宋体", bold=True, size=14)
    sheet.append(["请在“填报表”中按下列说明修改标色单元格（红色为错误，必须修改；黄色为提示，请核实），"
                  "修改后保存本文件并回复邮件报送。"])
    sheet.append(list(_HEADERS))
    for cell in sheet[3]:
        cell.font = Font(name="宋体", bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
    for n, issue in enumerate(issues, 1):
        where = (issue.sheet or _target_sheet(wb, issue).title) if issue.cell else ""
        sheet.append([n, where, issue.cell, "错误" if issue.is_error else "提示", issue.message, issue.value])
        row = sheet.max_row
        sheet.cell(row, 4).fill = PatternFill("solid", fgColor=ERROR_FILL if issue.is_error else WARNING_FILL)
        for cell in sheet[row]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.font = Font(name="宋体")
            # What the clerk typed stays text: openpyxl would store "=…" as a formula.
            if isinstance(cell.value, str) and needs_guard(cell.value):
                cell.data_type = "s"
                cell.quotePrefix = True
    for column, width in zip("ABCDEF", _WIDTHS):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A4"
    # Open on the list; exactly one tab selected, else Excel groups the sheets and edits go to both.
    for ws in wb.worksheets:
        ws.sheet_view.tabSelected = False
    sheet.sheet_view.tabSelected = True
    wb.active = wb.worksheets.index(sheet)
