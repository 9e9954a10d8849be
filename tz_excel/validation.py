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
file-too-large             error    (also) a sheet with a value far out (XFD1048576) or an absurd
                                    declared dimension: refused before it is loaded (file)
not-our-template           error    no ``_meta`` and no custom properties (file)
identity-mismatch          error    ``_meta`` and the custom properties name two departments or
                                    periods, or the rows are another department's (file)
layout-broken              error    no 指标编号 header or no 累计完成值 column (file)
internal-error             error    reading failed in a way the program did not foresee; the
                                    traceback is in the log (file)
unknown-department         error    the department is in neither the directory nor the catalogue
not-a-number               error    text, a range or a date in 累计完成值
negative-value             error    a figure below zero
number-out-of-range        error    not finite, or beyond 10^15 in the row's unit (400 digits, 1e308)
formula-error              error    an error value (#DIV/0!, #REF!, #N/A, Err:502 …) in an input cell
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
missing-rows               warning  rows of the department's template absent (deleted, or added
                                    to the catalogue after the template was made)
empty-return               warning  nothing filled at all
state-contradiction        warning  已完成 while below target; 未启动 with progress reported
value-under-merged-cell    warning  a value hidden under a merged range in the input area (read)
merged-cells               warning  input cells of several rows merged: only the first row reads
=========================  =======  ==========================================================

(``wrong-period`` is decided by ``merge``: a return of another period is stored under its own.)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterator

from .findings import ERROR, WARNING, Issue, file_label, num_text, shorten, where_label

if TYPE_CHECKING:
    from .catalogue import Catalogue
    from .config import Settings
    from .departments import Directory
    from .intake import Return

__all__ = ["ERROR", "WARNING", "Issue", "Context", "CHECKS", "validate_return"]


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
    if not ret.is_ours or any(i.is_error and not i.cell for i in issues):
        return issues                  # refused while reading: nothing was read to check
    far = settings.assess.far_beyond if settings is not None else 10.0
    ctx = Context(catalogue, dict(previous or {}), far, directory)
    for check in CHECKS:
        issues.extend(check(ret, ctx))
    return issues


def check_department(ret: "Return", ctx: Context) -> Iterator[Issue]:
    from .departments import is_collective

    if ctx.directory is not None:
        known = ctx.directory.get(ret.department) is not None
    else:                              # the catalogue's names, copied only when they are needed
        names = ctx.catalogue.department_names()
        known = ret.department in names or any(is_collective(n) for n in names)
    if not known:
        yield Issue("unknown-department", ERROR,
                    f"{file_label(ret.file)}的模板标识中的单位“{ret.department}”不在单位名录中，无法汇总。"
                    "请使用办公室下发给贵单位的模板重新填报。", ret.file, value=ret.department or "")


def check_identity(ret: "Return", ctx: Context) -> Iterator[Issue]:
    """Rows that are mostly another department's: the identity was changed (or copied)."""
    known = (ctx.directory.get(ret.department) is not None if ctx.directory is not None
             else ret.department in ctx.catalogue.department_names())
    if not known:                      # unknown-department says it; a town needs the directory
        return
    present = [row.id for row in ret.rows]
    own = {row.id for row in _expected_rows(ret, ctx)}
    foreign = [rid for rid in present if rid not in own]
    if not present or len(foreign) * 2 <= len(present):
        return
    owners = _owners(present, ret.department, ctx)
    belongs = f"属于“{'”“'.join(owners)}”" if owners else "不属于该单位"
    yield Issue("identity-mismatch", ERROR,
                f"{file_label(ret.file)}的模板标识为“{shorten(ret.department or '')}”，但表中的指标行"
                f"（{'、'.join(foreign[:6])}{'等' if len(foreign) > 6 else ''}）{belongs}，"
                f"不是“{shorten(ret.department or '')}”的任务，无法汇总。请在办公室下发给贵单位的模板中直接填写后重新报送，"
                "勿修改或复制隐藏页。", ret.file, value=ret.department or "")


def _owners(present: list[str], claimed: str | None, ctx: Context) -> list[str]:
    """The departments whose template rows are most like ``present`` (at most three)."""
    ids = set(present)
    scored = []
    for n, (name, rows) in enumerate(_rows_by_department(ctx).items()):
        if name == claimed or not rows & ids:
            continue
        scored.append((-len(rows & ids) / len(rows | ids), n, name))
    scored.sort()
    return [name for score, _, name in scored if score == scored[0][0]][:3]


def _rows_by_department(ctx: Context) -> dict[str, frozenset[str]]:
    """Every department's template row ids (the directory's, else the catalogue's names)."""
    if _OWNERS_CACHE[0] is not ctx.catalogue or _OWNERS_CACHE[1] is not ctx.directory:
        if ctx.directory is not None:
            pairs = [(d.name, ctx.directory.names_for(d)) for d in ctx.directory]
        else:
            pairs = [(name, {name}) for name in ctx.catalogue.department_names()]
        _OWNERS_CACHE[:] = [ctx.catalogue, ctx.directory,
                            {name: frozenset(r.id for r in ctx.catalogue.rows_for(names)) for name, names in pairs}]
    return _OWNERS_CACHE[2]


_OWNERS_CACHE: list = [None, None, {}]


def check_catalogue(ret: "Return", ctx: Context) -> Iterator[Issue]:
    if ret.catalogue_sha and ret.catalogue_sha != ctx.catalogue.sha:
        yield Issue("catalogue-changed", WARNING,
                    f"{file_label(ret.file)}是按调整前的任务清单生成的模板，已按指标编号对应读取；"
                    "下期请使用新下发的模板。", ret.file)


def check_far_beyond(ret: "Return", ctx: Context) -> Iterator[Issue]:
    for row, ind in _indicator_rows(ret, ctx):
        target = float(ind.target)
        if row.actual is not None and target > 0 and row.actual > ctx.far_beyond * target:
            yield Issue("far-beyond-target", WARNING,
                        f"{where_label(ret.file, ret.sheet, row.cell, ind)}填写的“{row.raw}”超过目标值"
                        f"{num_text(target)}{ind.unit}的{num_text(ctx.far_beyond)}倍，请核实数值和单位（本行单位：{ind.unit}）。",
                        ret.file, ret.sheet, row.cell, row.raw)


def check_stale(ret: "Return", ctx: Context) -> Iterator[Issue]:
    figures = {row.id: row.actual for row, _ in _indicator_rows(ret, ctx)}
    if not ctx.previous or not any(v is not None for v in figures.values()):
        return
    if all(_same(actual, ctx.previous.get(rid)) for rid, actual in figures.items()):
        yield Issue("stale-return", WARNING,
                    f"{file_label(ret.file)}所填累计完成值与上期报送完全相同，请确认是否已更新为截至本期末的累计数。",
                    ret.file, ret.sheet)


def check_decreased(ret: "Return", ctx: Context) -> Iterator[Issue]:
    for row, ind in _indicator_rows(ret, ctx):
        before = ctx.previous.get(row.id)
        if ind.kind == "cumulative" and row.actual is not None and before is not None and row.actual < before - 1e-9:
            yield Issue("cumulative-decreased", WARNING,
                        f"{where_label(ret.file, ret.sheet, row.cell, ind)}填写的累计完成值“{row.raw}”小于上期累计"
                        f"{num_text(before)}{ind.unit}。累计数应自年初起累计，请核实。", ret.file, ret.sheet, row.cell, row.raw)


def check_missing_rows(ret: "Return", ctx: Context) -> Iterator[Issue]:
    """Rows of the department's template the file lacks: indicators, and tasks without one."""
    present = {row.id for row in ret.rows}
    missing = [row.id for row in _expected_rows(ret, ctx) if row.id not in present]
    if not missing:
        return
    if ret.catalogue_sha and ret.catalogue_sha != ctx.catalogue.sha:
        why = "行被删除，或模板生成后任务清单有调整"
    else:
        why = "行被删除"
    yield Issue("missing-rows", WARNING,
                f"{file_label(ret.file)}缺少指标编号为 {'、'.join(missing)} 的行（{why}），这些指标和任务本期按未报送处理。"
                "请使用下发的模板填报，勿删除行。", ret.file, ret.sheet, value="、".join(missing))


def check_empty(ret: "Return", ctx: Context) -> Iterator[Issue]:
    if ret.rows and not any(row.is_filled for row in ret.rows):
        yield Issue("empty-return", WARNING,
                    f"{file_label(ret.file)}未填写任何内容（累计完成值、完成状态和文字说明均为空），请填写后重新报送。",
                    ret.file, ret.sheet)


def check_states(ret: "Return", ctx: Context) -> Iterator[Issue]:
    for row, ind in _indicator_rows(ret, ctx):
        target = float(ind.target)
        if row.state == "已完成" and row.actual is not None and ind.comparator == ">=" and row.actual < target:
            yield Issue("state-contradiction", WARNING,
                        f"{where_label(ret.file, ret.sheet, row.cell, ind)}完成状态为“已完成”，但累计完成值"
                        f"{num_text(row.actual)}{ind.unit}低于目标值{num_text(target)}{ind.unit}，请核实。",
                        ret.file, ret.sheet, row.cell, row.raw)
        elif row.state == "未启动" and row.actual:
            yield Issue("state-contradiction", WARNING,
                        f"{where_label(ret.file, ret.sheet, row.cell, ind)}完成状态为“未启动”，但已填写累计完成值"
                        f"{num_text(row.actual)}{ind.unit}，请核实。", ret.file, ret.sheet, row.cell, row.raw)


CHECKS: tuple[Callable[["Return", Context], Iterator[Issue]], ...] = (
    check_department, check_identity, check_catalogue, check_missing_rows, check_far_beyond, check_decreased,
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
