"""Checks on a returned workbook: each a small function yielding ``Issue`` records.

    >>> issues = validate_return(ret, catalogue, previous={"4.1": 98.0}, settings=settings, directory=directory)
    >>> [(i.code, i.cell) for i in issues]
    [('not-a-number', 'J12')]

Findings are data. An ``Issue`` has a stable kebab-case ``code``, a ``severity`` ("error" makes the
indicator invalid, or the file when it has no cell; "warning" is shown but the value counts), a
Chinese ``message`` a clerk can act on (which file, which cell, what was typed, what is expected),
and where it is (``file``, ``sheet``, ``cell`` in A1 form, the typed ``value``).

``validate_return`` gives the file's complete list: the findings ``intake.read_return`` made while
reading (first, in sheet order), then the checks below. Codes:

=========================  =======  ==========================================================
code                       sev.     meaning
=========================  =======  ==========================================================
not-a-workbook             error    not .xlsx/.xlsm/.xls/.ods, broken, encrypted (file)
file-too-large             error    absurd size, zip bomb, absurd row count (file)
not-our-template           error    no ``_meta`` and no custom properties (file)
layout-broken              error    no 指标编号 header or no 累计完成值 column (file)
unknown-department         error    the department is in neither the directory nor the catalogue
not-a-number               error    text, a range or a date in 累计完成值
negative-value             error    a figure below zero
formula-without-value      warning  a formula whose result was never calculated (read as empty)
approximate-value          warning  约/左右/近/超/余/多/以上: the number counts
unit-converted             warning  8000万 on a 亿元 row read as 0.8; a percent fraction scaled
unit-mismatch              warning  30家 on a 个 row
template-tampered          warning  a locked cell (目标值, 单位, 指标/工作内容, 指标编号) edited;
                                    the catalogue's value is used
unknown-row                error    a row whose 指标编号 the catalogue does not know (not read)
added-row                  warning  figures typed in a row without 指标编号 (not read)
duplicate-row              warning  the same 指标编号 twice; the first filled row counts
value-on-task-row          warning  a figure on a row of a task without indicator (not read)
unknown-state              warning  完成状态 not one of 未启动/正常推进/已完成/滞后 (ignored)
catalogue-changed          warning  made from an older catalogue; rows are still matched by id
far-beyond-target          warning  more than ``assess.far_beyond`` × the target
stale-return               warning  every figure identical to the department's previous period
cumulative-decreased       warning  a cumulative figure below the previous period's
missing-rows               warning  indicator rows deleted from the template
empty-return               warning  nothing filled at all
state-contradiction        warning  已完成 while below target; 未启动 with progress reported
=========================  =======  ==========================================================

(``wrong-period`` is decided by ``merge``: a return of another period is stored under its own.)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Callable, Iterator

if TYPE_CHECKING:
    from .catalogue import Catalogue, Indicator, Task
    from .config import Settings
    from .departments import Directory
    from .intake import Return
    from .numbers import ParsedNumber

ERROR, WARNING = "error", "warning"
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


# -- validate_return -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Context:
    """What the checks may consult beside the return itself."""

    catalogue: "Catalogue"
    previous: dict                     # id → the department's last accepted figure (may be empty)
    far_beyond: float
    directory: "Directory | None"


def validate_return(ret: "Return", catalogue: "Catalogue", previous: dict | None = None,
                    settings: "Settings | None" = None, directory: "Directory | None" = None) -> list[Issue]:
    """Every finding about one return: what reading found, then each check of ``CHECKS``.

    Args:
        previous: the department's figures of its last accepted period, ``{id: float | None}``
            (``HistoryStore.latest_before``), for stale-return and cumulative-decreased.
        settings: for ``assess.far_beyond`` (default 10).
        directory: the department directory; without it a department is checked against the
            catalogue's names only (a town of a group such as 各镇街 is then accepted as is).
    """
    issues = list(ret.issues)
    if not ret.is_ours:
        return issues
    far = settings.assess.far_beyond if settings is not None else 10.0
    ctx = Context(catalogue, dict(previous or {}), far, directory)
    for check in CHECKS:
        issues.extend(check(ret, ctx))
    return issues


def check_department(ret: "Return", ctx: Context) -> Iterator[Issue]:
    from .departments import is_collective

    names = ctx.catalogue.department_names()
    if ctx.directory is not None:
        known = ctx.directory.get(ret.department) is not None
    else:
        known = ret.department in names or any(is_collective(n) for n in names)
    if not known:
        yield Issue("unknown-department", ERROR,
                    f"{_file(ret.file)}的模板标识中的单位“{ret.department}”不在单位名录中，无法汇总。"
                    "请使用办公室下发给贵单位的模板重新填报。", ret.file, value=ret.department or "")


def check_catalogue(ret: "Return", ctx: Context) -> Iterator[Issue]:
    if ret.catalogue_sha and ret.catalogue_sha != ctx.catalogue.sha:
        yield Issue("catalogue-changed", WARNING,
                    f"{_file(ret.file)}是按调整前的任务清单生成的模板，已按指标编号对应读取；"
                    "下期请使用新下发的模板。", ret.file)


def check_far_beyond(ret: "Return", ctx: Context) -> Iterator[Issue]:
    for row, ind in _indicator_rows(ret, ctx):
        target = float(ind.target)
        if row.actual is not None and target > 0 and row.actual > ctx.far_beyond * target:
            yield Issue("far-beyond-target", WARNING,
                        f"{_where(ret.file, ret.sheet, row.cell, ind)}填写的“{row.raw}”超过目标值"
                        f"{_num(target)}{ind.unit}的{_num(ctx.far_beyond)}倍，请核实数值和单位（本行单位：{ind.unit}）。",
                        ret.file, ret.sheet, row.cell, row.raw)


def check_stale(ret: "Return", ctx: Context) -> Iterator[Issue]:
    figures = {row.id: row.actual for row, _ in _indicator_rows(ret, ctx)}
    if not ctx.previous or not any(v is not None for v in figures.values()):
        return
    if all(_same(actual, ctx.previous.get(rid)) for rid, actual in figures.items()):
        yield Issue("stale-return", WARNING,
                    f"{_file(ret.file)}所填累计完成值与上期报送完全相同，请确认是否已更新为截至本期末的累计数。",
                    ret.file, ret.sheet)


def check_decreased(ret: "Return", ctx: Context) -> Iterator[Issue]:
    for row, ind in _indicator_rows(ret, ctx):
        before = ctx.previous.get(row.id)
        if ind.kind == "cumulative" and row.actual is not None and before is not None and row.actual < before - 1e-9:
            yield Issue("cumulative-decreased", WARNING,
                        f"{_where(ret.file, ret.sheet, row.cell, ind)}填写的累计完成值“{row.raw}”小于上期累计"
                        f"{_num(before)}{ind.unit}。累计数应自年初起累计，请核实。", ret.file, ret.sheet, row.cell, row.raw)


def check_missing_rows(ret: "Return", ctx: Context) -> Iterator[Issue]:
    present = {row.id for row in ret.rows}
    missing = [row.id for row in _expected_rows(ret, ctx) if row.indicator is not None and row.id not in present]
    if missing:
        yield Issue("missing-rows", WARNING,
                    f"{_file(ret.file)}缺少指标行 {'、'.join(missing)}（行被删除），这些指标本期按未报送处理。"
                    "请使用下发的模板填报，勿删除行。", ret.file, ret.sheet, value="、".join(missing))


def check_empty(ret: "Return", ctx: Context) -> Iterator[Issue]:
    if ret.rows and not any(row.is_filled for row in ret.rows):
        yield Issue("empty-return", WARNING,
                    f"{_file(ret.file)}未填写任何内容（累计完成值、完成状态和文字说明均为空），请填写后重新报送。",
                    ret.file, ret.sheet)


def check_states(ret: "Return", ctx: Context) -> Iterator[Issue]:
    for row, ind in _indicator_rows(ret, ctx):
        target = float(ind.target)
        if row.state == "已完成" and row.actual is not None and ind.comparator == ">=" and row.actual < target:
            yield Issue("state-contradiction", WARNING,
                        f"{_where(ret.file, ret.sheet, row.cell, ind)}完成状态为“已完成”，但累计完成值"
                        f"{_num(row.actual)}{ind.unit}低于目标值{_num(target)}{ind.unit}，请核实。",
                        ret.file, ret.sheet, row.cell, row.raw)
        elif row.state == "未启动" and row.actual:
            yield Issue("state-contradiction", WARNING,
                        f"{_where(ret.file, ret.sheet, row.cell, ind)}完成状态为“未启动”，但已填写累计完成值"
                        f"{_num(row.actual)}{ind.unit}，请核实。", ret.file, ret.sheet, row.cell, row.raw)


CHECKS: tuple[Callable[["Return", Context], Iterator[Issue]], ...] = (
    check_department, check_catalogue, check_missing_rows, check_far_beyond, check_decreased,
    check_states, check_stale, check_empty,
)


def _indicator_rows(ret: "Return", ctx: Context):
    for row in ret.rows:
        try:
            ind = ctx.catalogue.indicator(row.id) if "." in row.id else None
        except KeyError:
            ind = None
        if ind is not None:
            yield row, ind


def _expected_rows(ret: "Return", ctx: Context):
    """The template rows of the return's department (the same for all its returns of a merge)."""
    if _ROWS_CACHE[0] is not ctx.catalogue or _ROWS_CACHE[1] is not ctx.directory:
        _ROWS_CACHE[:] = [ctx.catalogue, ctx.directory, {}]
    by_department = _ROWS_CACHE[2]
    if ret.department not in by_department:
        names = {ret.department}
        if ctx.directory is not None and ctx.directory.get(ret.department) is not None:
            names = ctx.directory.names_for(ctx.directory.get(ret.department))
        by_department[ret.department] = tuple(ctx.catalogue.rows_for(names))
    return by_department[ret.department]


# The last catalogue and directory seen, and their rows by department. Held, not keyed by id(), so
# a new catalogue (or directory) can never be taken for a freed one.
_ROWS_CACHE: list = [None, None, {}]


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 1e-9 * max(1.0, abs(b))


# -- findings made while reading (intake builds them through these) -------------------------------

def not_a_workbook(file: str, reason: str) -> Issue:
    return Issue("not-a-workbook", ERROR, f"{_file(file)}无法作为报送表格读取：{reason}", file)


def unsupported_reason(suffix: str) -> str:
    if suffix == ".et":
        return "这是 WPS 表格格式（.et）。请在 WPS 中“另存为”Excel 文件（.xlsx）后重新报送。"
    shown = suffix or "无扩展名"
    return f"文件类型（{shown}）不是 Excel 表格。请另存为 .xlsx 后重新报送。"


def file_too_large(file: str, detail: str) -> Issue:
    return Issue("file-too-large", ERROR,
                 f"{_file(file)}大小或结构异常（{detail}），出于安全考虑未予读取。"
                 "请用下发的模板重新填写后另存为 .xlsx 报送。", file)


def not_our_template(file: str, department: str | None = None, detail: str = "") -> Issue:
    which = f"为“{department}”下发的" if department else "办公室下发的"
    reason = detail or "文件中没有模板标识（隐藏页 _meta），可能是自制表格或复制粘贴生成的新文件"
    return Issue("not-our-template", ERROR,
                 f"{_file(file)}不是本期下发的报送模板（{reason}）。请在{which}“重点任务推进情况表”模板"
                 "（邮件附件）中直接填写后重新报送，文件名可以修改，但请勿新建表格或删除隐藏页。", file,
                 value=department or "")


def layout_broken(file: str, sheet: str, detail: str) -> Issue:
    return Issue("layout-broken", ERROR,
                 f"{_file(file)}“{sheet}”表结构被修改（{detail}），无法读取。请使用下发的模板填写，勿删除表头或列。",
                 file, sheet)


def cell_issue(code: str, file: str, sheet: str, cell: str, typed: str, indicator: "Indicator",
               parsed: "ParsedNumber", note: str = "") -> Issue:
    """The Issue for a code ``numbers.parse_number`` gave a 累计完成值 cell."""
    where = _where(file, sheet, cell, indicator)
    unit = indicator.unit or "无"
    value = f"{_num(parsed.value)}{indicator.unit}"
    messages = {
        "not-a-number": (ERROR, f"{where}填写的“{typed}”不是数字{_paren(note or parsed.note)}。{ACTUAL_HINT}（本行单位：{unit}）。"),
        "negative-value": (ERROR, f"{where}填写的“{typed}”是负数，累计完成值应不小于0，请核实后重新填写。"),
        "approximate-value": (WARNING, f"{where}填写的“{typed}”是约数，已按{value}计入；如有准确数字，请填写准确数字。"),
        "unit-converted": (WARNING, f"{where}填写的“{typed}”已按本行单位“{unit}”折合为{value}计入{_paren(note)}；"
                                    f"请直接填写以“{unit}”计的数字。"),
        "unit-mismatch": (WARNING, f"{where}填写的“{typed}”所带单位与本行单位“{unit}”不一致，已按{value}计入，请核实。"),
    }
    severity, message = messages[code]
    return Issue(code, severity, message, file, sheet, cell, typed)


def formula_without_value(file: str, sheet: str, cell: str, *, indicator: "Indicator") -> Issue:
    return Issue("formula-without-value", WARNING,
                 f"{_where(file, sheet, cell, indicator)}是公式，但文件中没有计算结果，按未填写处理。"
                 "请直接填写数字，或在 Excel/WPS 中打开、重新计算并保存后报送。", file, sheet, cell)


def tampered_cell(file: str, sheet: str, cell: str, *, typed: str, expected: str,
                  indicator: "Indicator | None" = None) -> Issue:
    return Issue("template-tampered", WARNING,
                 f"{_where(file, sheet, cell, indicator)}是锁定内容，任务清单为“{expected}”，表中被改为“{typed}”；"
                 f"已按任务清单的“{expected}”处理。请勿修改模板中的锁定内容。", file, sheet, cell, typed)


def unknown_row(file: str, sheet: str, cell: str, *, typed: str) -> Issue:
    return Issue("unknown-row", ERROR,
                 f"{_where(file, sheet, cell)}的指标编号“{typed}”不在任务清单中，该行未读取。"
                 "请勿修改指标编号；如需补充情况，请写在对应指标的“进展情况”栏。", file, sheet, cell, typed)


def added_row(file: str, sheet: str, cell: str) -> Issue:
    return Issue("added-row", WARNING,
                 f"{_where(file, sheet, cell)}所在行没有指标编号（疑似新增行），该行内容未读取。"
                 "如需补充情况，请写在对应指标的“进展情况”栏。", file, sheet, cell)


def duplicate_row(file: str, sheet: str, cell: str, *, typed: str) -> Issue:
    return Issue("duplicate-row", WARNING,
                 f"{_where(file, sheet, cell)}的指标编号“{typed}”重复出现，只读取第一处已填写的行。请删除重复行。",
                 file, sheet, cell, typed)


def value_on_task_row(file: str, sheet: str, cell: str, *, typed: str, task: "Task") -> Issue:
    return Issue("value-on-task-row", WARNING,
                 f"{_where(file, sheet, cell)}（任务{task.no}“{task.title}”没有量化指标）填写了“{typed}”，未计入。"
                 "请在“进展情况”栏用文字说明。", file, sheet, cell, typed)


def unknown_state(file: str, sheet: str, cell: str, *, typed: str) -> Issue:
    return Issue("unknown-state", WARNING,
                 f"{_where(file, sheet, cell)}的完成状态“{typed}”不是可选项，未计入。"
                 "请从下拉列表中选择：未启动、正常推进、已完成、滞后。", file, sheet, cell, typed)


# -- wording ---------------------------------------------------------------------------------------

def _file(file: str) -> str:
    return f"文件“{PurePosixPath(file).name or file}”"


def _where(file: str, sheet: str, cell: str, indicator: "Indicator | None" = None) -> str:
    text = _file(file) + (f"“{sheet}”表" if sheet else "") + (f"{cell}单元格" if cell else "")
    if indicator is not None:
        text += f"（指标{indicator.id}“{indicator.metric}”）"
    return text


def _paren(note: str) -> str:
    return f"（{note}）" if note else ""


def _num(value: float | None) -> str:
    from .numbers import format_number

    return format_number(value)
