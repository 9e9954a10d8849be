"""Findings about a returned workbook: the ``Issue`` record and the wording of each kind.

    >>> issue = not_a_workbook("inbox/x.pdf", "文件类型（.pdf）不是 Excel 表格。")
    >>> issue.code, issue.is_error
    ('not-a-workbook', True)

An ``Issue`` has a stable kebab-case ``code``, a ``severity`` ("error" makes the indicator invalid,
or the file when it has no cell; "warning" is shown but the value counts), a Chinese ``message`` a
clerk can act on (which file, which cell, what was typed, what is expected), and where it is
(``file``, ``sheet``, ``cell`` in A1 form, the typed ``value``). The codes are listed in
``validation``'s docstring.

This module sits below both ``intake`` (which finds problems while reading) and ``validation``
(which checks a return once read), so the two never import each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .catalogue import Indicator, Task
    from .numbers import ParsedNumber

ERROR, WARNING = "error", "warning"
SHOWN_CHARS, VALUE_CHARS = 40, 200     # typed text quoted in a message, and kept in Issue.value
ACTUAL_HINT = "累计完成值请只填写数字（不带单位），文字说明请填在“进展情况”栏"


@dataclass(frozen=True)
class Issue:
    """One finding about one file (or one cell of it)."""

    code: str
    severity: str
    message: str
    file: str = ""
    sheet: str = ""
    cell: str = ""
    value: str = ""

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def to_dict(self) -> dict:
        return {"cell": self.cell, "code": self.code, "message": self.message}


# -- findings made while reading (intake builds them through these) -------------------------------

def not_a_workbook(file: str, reason: str) -> Issue:
    return Issue("not-a-workbook", ERROR, f"{file_label(file)}无法作为报送表格读取：{reason}", file)


def unsupported_reason(suffix: str) -> str:
    if suffix == ".et":
        return "这是 WPS 表格格式（.et）。请在 WPS 中“另存为”Excel 文件（.xlsx）后重新报送。"
    shown = suffix or "无扩展名"
    return f"文件类型（{shown}）不是 Excel 表格。请另存为 .xlsx 后重新报送。"


def file_too_large(file: str, detail: str) -> Issue:
    return Issue("file-too-large", ERROR,
                 f"{file_label(file)}大小或结构异常（{detail}），出于安全考虑未予读取。"
                 "请用下发的模板重新填写后另存为 .xlsx 报送。", file)


def not_our_template(file: str, department: str | None = None, detail: str = "") -> Issue:
    which = f"为“{department}”下发的" if department else "办公室下发的"
    reason = detail or "文件中没有模板标识（隐藏页 _meta），可能是自制表格或复制粘贴生成的新文件"
    return Issue("not-our-template", ERROR,
                 f"{file_label(file)}不是本期下发的报送模板（{reason}）。请在{which}“重点任务推进情况表”模板"
                 "（邮件附件）中直接填写后重新报送，文件名可以修改，但请勿新建表格或删除隐藏页。", file,
                 value=department or "")


def sheet_too_large(file: str, sheet: str, cell: str, max_rows: int, max_columns: int, *,
                    declared: bool = False) -> Issue:
    """A sheet whose values (or declared area) reach far beyond any return: refused unread."""
    where = f"声明的使用区域为 {cell}" if declared else f"在 {cell} 单元格有内容"
    return Issue("file-too-large", ERROR,
                 f"{file_label(file)}的工作表“{shorten(sheet)}”{where}，远超报送表的正常范围（不超过 {max_rows} 行、"
                 f"{max_columns} 列），出于安全考虑未予读取。这通常是误在远处单元格输入了内容：请在该工作表中按 "
                 "Ctrl+End 定位，删除多余的内容（或多余的行、列）后保存，重新报送。", file, sheet, value=cell)


def internal_error(file: str, exc: BaseException) -> Issue:
    """Reading failed in a way the program did not foresee: a defect of ours, logged for us."""
    return Issue("internal-error", ERROR,
                 f"{file_label(file)}读取时程序内部出错（{type(exc).__name__}），本次未能处理。"
                 "这是程序缺陷而不是报送单位的问题，已记入日志，办公室将联系技术人员处理；"
                 "如急需，请用 Excel 或 WPS 打开该文件另存为 .xlsx 后重新报送。", file)


def identity_mismatch(file: str, key: str, meta: str, props: str) -> Issue:
    """``_meta`` and the custom properties name two departments (or periods)."""
    what = "填报单位" if key == "department" else "报送周期"
    return Issue("identity-mismatch", ERROR,
                 f"{file_label(file)}的模板标识前后矛盾：隐藏页 _meta 中的{what}为“{shorten(meta)}”，"
                 f"文档属性中的{what}为“{shorten(props)}”，无法确定是哪个单位、哪一期的报送，未予汇总。"
                 f"请在办公室下发给贵单位的模板中直接填写后重新报送，勿修改或复制隐藏页。", file,
                 value=f"{shorten(meta)} / {shorten(props)}")


def formula_error(file: str, sheet: str, cell: str, *, typed: str, indicator: "Indicator | None" = None) -> Issue:
    """A cell holding an error value (#DIV/0!, #REF! …), as Excel or LibreOffice saved it."""
    return Issue("formula-error", ERROR,
                 f"{where_label(file, sheet, cell, indicator)}的计算结果是错误值“{shorten(typed)}”"
                 f"（{_ERROR_MEANING.get(typed, '公式无法计算')}），未计入。请直接填写数字或文字，"
                 "或改正公式后重新报送。", file, sheet, cell, shorten(typed, VALUE_CHARS))


_ERROR_MEANING = {"#DIV/0!": "除数为零", "#REF!": "引用的单元格已被删除", "#VALUE!": "公式中的数据类型不对",
                  "#N/A": "查找不到数据", "#NAME?": "公式中有无法识别的函数或名称", "#NUM!": "数值无效",
                  "#NULL!": "引用的区域不相交", "#SPILL!": "结果溢出", "#CALC!": "无法计算"}


def value_under_merged_cell(file: str, sheet: str, cell: str, *, typed: str, span: str) -> Issue:
    return Issue("value-under-merged-cell", WARNING,
                 f"{where_label(file, sheet, cell)}被合并单元格 {span} 遮住，其中的“{shorten(typed)}”在表格中看不到，"
                 "已照常读取。请取消合并单元格并核实该内容。", file, sheet, cell, shorten(typed, VALUE_CHARS))


def merged_cells(file: str, sheet: str, span: str, *, first: str) -> Issue:
    return Issue("merged-cells", WARNING,
                 f"{file_label(file)}“{sheet}”表中 {span} 被合并为一格，只有 {first} 所在行读取到内容，"
                 "其余各行按未填写处理。请取消合并，逐行填写。", file, sheet, first, span)


def layout_broken(file: str, sheet: str, detail: str) -> Issue:
    return Issue("layout-broken", ERROR,
                 f"{file_label(file)}“{sheet}”表结构被修改（{detail}），无法读取。请使用下发的模板填写，勿删除表头或列。",
                 file, sheet)


def cell_issue(code: str, file: str, sheet: str, cell: str, typed: str, indicator: "Indicator",
               parsed: "ParsedNumber", note: str = "") -> Issue:
    """The Issue for a code ``numbers.parse_number`` gave a 累计完成值 cell."""
    where = where_label(file, sheet, cell, indicator)
    unit = indicator.unit or "无"
    value = f"{num_text(parsed.value)}{indicator.unit}"
    shown, typed = shorten(typed), shorten(typed, VALUE_CHARS)
    messages = {
        "not-a-number": (ERROR, f"{where}填写的“{shown}”不是数字{_paren(note or parsed.note)}。{ACTUAL_HINT}（本行单位：{unit}）。"),
        "negative-value": (ERROR, f"{where}填写的“{shown}”是负数，累计完成值应不小于0，请核实后重新填写。"),
        "number-out-of-range": (ERROR, f"{where}填写的“{shown}”超出合理范围{_paren(note or parsed.note)}，未计入。"
                                       f"请填写以“{unit}”计的实际累计数。"),
        "approximate-value": (WARNING, f"{where}填写的“{shown}”是约数，已按{value}计入；如有准确数字，请填写准确数字。"),
        "unit-converted": (WARNING, f"{where}填写的“{shown}”已按本行单位“{unit}”折合为{value}计入{_paren(note)}；"
                                    f"请直接填写以“{unit}”计的数字。"),
        "unit-mismatch": (WARNING, f"{where}填写的“{shown}”所带单位与本行单位“{unit}”不一致，已按{value}计入，请核实。"),
    }
    severity, message = messages[code]
    return Issue(code, severity, message, file, sheet, cell, typed)


def formula_without_value(file: str, sheet: str, cell: str, *, indicator: "Indicator") -> Issue:
    return Issue("formula-without-value", WARNING,
                 f"{where_label(file, sheet, cell, indicator)}是公式，但文件中没有计算结果，按未填写处理。"
                 "请直接填写数字，或在 Excel/WPS 中打开、重新计算并保存后报送。", file, sheet, cell)


def tampered_cell(file: str, sheet: str, cell: str, *, typed: str, expected: str,
                  indicator: "Indicator | None" = None) -> Issue:
    return Issue("template-tampered", WARNING,
                 f"{where_label(file, sheet, cell, indicator)}是锁定内容，任务清单为“{expected}”，表中被改为“{shorten(typed)}”；"
                 f"已按任务清单的“{expected}”处理。请勿修改模板中的锁定内容。", file, sheet, cell, shorten(typed, VALUE_CHARS))


def unknown_row(file: str, sheet: str, cell: str, *, typed: str) -> Issue:
    return Issue("unknown-row", ERROR,
                 f"{where_label(file, sheet, cell)}的指标编号“{shorten(typed)}”不在任务清单中，该行未读取。"
                 "请勿修改指标编号；如需补充情况，请写在对应指标的“进展情况”栏。", file, sheet, cell, shorten(typed, VALUE_CHARS))


def added_row(file: str, sheet: str, cell: str) -> Issue:
    return Issue("added-row", WARNING,
                 f"{where_label(file, sheet, cell)}所在行没有指标编号（疑似新增行），该行内容未读取。"
                 "如需补充情况，请写在对应指标的“进展情况”栏。", file, sheet, cell)


def duplicate_row(file: str, sheet: str, cell: str, *, typed: str) -> Issue:
    return Issue("duplicate-row", WARNING,
                 f"{where_label(file, sheet, cell)}的指标编号“{shorten(typed)}”重复出现，只读取第一处已填写的行。请删除重复行。",
                 file, sheet, cell, shorten(typed, VALUE_CHARS))


def value_on_task_row(file: str, sheet: str, cell: str, *, typed: str, task: "Task") -> Issue:
    return Issue("value-on-task-row", WARNING,
                 f"{where_label(file, sheet, cell)}（任务{task.no}“{task.title}”没有量化指标）填写了“{shorten(typed)}”，未计入。"
                 "请在“进展情况”栏用文字说明。", file, sheet, cell, shorten(typed, VALUE_CHARS))


def unknown_state(file: str, sheet: str, cell: str, *, typed: str) -> Issue:
    return Issue("unknown-state", WARNING,
                 f"{where_label(file, sheet, cell)}的完成状态“{shorten(typed)}”不是可选项，未计入。"
                 "请从下拉列表中选择：未启动、正常推进、已完成、滞后。", file, sheet, cell, shorten(typed, VALUE_CHARS))


# -- wording ---------------------------------------------------------------------------------------

def file_label(file: str) -> str:
    return f"文件“{PurePosixPath(file).name or file}”"


def where_label(file: str, sheet: str, cell: str, indicator: "Indicator | None" = None) -> str:
    text = file_label(file) + (f"“{sheet}”表" if sheet else "") + (f"{cell}单元格" if cell else "")
    if indicator is not None:
        text += f"（指标{indicator.id}“{indicator.metric}”）"
    return text


def shorten(text: str, limit: int = SHOWN_CHARS) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis: a 400-digit cell or a pasted page
    must not make every message about it as long."""
    text = str(text)
    return text if len(text) <= limit else f"{text[:limit - 1]}…（共{len(text)}字）"


def _paren(note: str) -> str:
    return f"（{note}）" if note else ""


def num_text(value: float | None) -> str:
    from .numbers import format_number

    return format_number(value)
