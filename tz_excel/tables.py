"""Task tables (.xlsx sheets, Word tables, tables pasted as text) → ``Line`` records.

    >>> lines = xlsx_lines(Path("sample_nanning_table.xlsx").read_bytes(), "sample_nanning_table.xlsx")
    >>> next((ln.no, ln.text[:8], ln.departments[:2]) for ln in lines if ln.hint == "task")
    (11, '1.稳定粮食生产', ('市农业农村局', '市发展改革委'))

The header row names the columns (序号, the task, 牵头单位 and 配合单位, 责任领导, 完成时限, a target and its unit);
a table whose header names nothing known is read by its cells' content and its tasks flagged for review. Each
task row becomes one numbered line carrying its departments, leaders and deadline as the columns give them, so
the structure builder reads a table's tasks as it reads a text's; rows around the table become plain lines.
A table without 序号 numbers its tasks in row order (or as its name cells number them: 14.改扩建…); a table
laid out across (one task a column, a 责任单位 row, a 全市 row of targets) is turned one task a row; a table
naming only its task column still gives tasks, flagged for review: a task column is never a dead end. A table
dividing a plan's targets among places (县市区 | 08年…产值(万元) | 09年…产值(万元) | 产值增幅, one row a county) gives
each place a task whose targets are the latest year's figures and the rates, its 全市 row no task.
"""

from __future__ import annotations

import io
import itertools
import re
from dataclasses import dataclass, replace

from .chinese import cn_number, fold
from .errors import NoticeParseError
from .lines import Line, item_label, stripped
from .markers import DUE_ROLE, HELPING, LEADER_ROLE, Marker, read_marker

__all__ = ["header_cells", "pipe_tables", "table_lines", "text_tables", "xlsx_lines"]


# -- .xlsx: the first sheet that holds a task table ----------------------------------------------

def xlsx_lines(data: bytes, name: str) -> list[Line]:
    from python_calamine import CalamineWorkbook

    try:
        wb = CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheets = [_sheet_rows(wb.get_sheet_by_name(sheet)) for sheet in wb.sheet_names]
    except Exception as exc:  # calamine raises several kinds for a broken package
        raise NoticeParseError(f"{name} 无法作为 Excel 工作簿打开：{exc}", path=name, line=None) from exc
    rows = next((rows for rows in sheets if _find_header(rows) is not None or _transposed(rows) is not None),
                sheets[0] if sheets else [])
    # Numbered by sheet row, so a message names the row the office sees in Excel.
    return [Line(row, **stripped(entry), where="行") for row, entry in table_lines(rows)]


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
                        r"建设规模及内容|(?:主要|具体|重点)?(?:工作)?(?:措施|举措)|目标任务|重点事项|(?:工作|主要|具体|建设)目标|目标要求|"
                        r"(?:(?:重点|主要)?工作)?目标任务内容|(?:重点|主要)?工作目标任务|主要工作|工作要点|细化分工|(?:项目|任务|民生事项|事项|实事|工作|目标)名称|民生实事(?:项目)?|任务目标|实事(?:项目|内容)|"
                        r"(?:重点|建设|子)?项目|(?:考核|主要|具体|工作)指标(?:名称|内容)?|指标(?:名称|内容)|考核(?:内容|事项)|名称|内容)$")
_HEAD_SECTION = re.compile(r"^(一级|一级任务|一级指标|板块|领域|重点领域|所属领域|类别|大类|分类|门类|方面|部分|"
                           r"(?:事项|工作|任务|项目)(?:分类|类别))$")
# 牵头单位, and the cell that names the unit's head after it: 牵头单位及主要负责人 / 牵头单位(负责人); 主办单位 and 承办单位
# (the unit that runs the project, as a marker's 主办 is) head the same column
_HEAD_PERSON = re.compile(r"负责人|责任人|负责同志")
_HEAD_RESP = re.compile(r"^(?:[市区县]级)?(?:主要)?(?:责任单位|责任部门|责任主体|牵头单位|牵头部门|主责单位|责任股室|责任科室|责任处室|"
                        r"牵头责任单位|牵头责任部门|(?:牵头)?负责(?:单位|部门)|主办(?:单位|部门)|承办(?:单位|部门))"
                        r"(?:\(.{1,4}\)|（.{1,4}）|及(?:其)?(?:主要)?(?:负责人|责任人|负责同志))?$")
# 协同配合单位, 协助配合单位: two words for helping, as one column
_HEAD_CO = re.compile(r"^(配合单位|配合部门|参与单位|协办单位|协同单位|责任单位|责任部门|相关单位|相关部门|主体责任单位)$|"
                      rf"{HELPING}{{1,2}}(?:责任)?(?:单位|部门)")
# 责任领导, 分管市领导, 区政府分管领导, 挂点领导: the persons who answer for the task
_HEAD_LEADER = re.compile(rf"^(?:[市区县镇乡](?:人民)?政府|[市区县]委)?(?:{LEADER_ROLE}|(?:挂点|挂钩|包联|督办)(?:市|区|县)?领导)"
                          r"(?:同志)?$")
# 计划完成时间: the time the plan sets; 预计完工时间, 竣工时间: when a project's works are to be finished; 时间 alone
# (序号 | 内容 | 单位 | 时间), the short header of a plain list
_HEAD_DUE = re.compile(rf"^(?:计划|预计)?(?:{DUE_ROLE}|完工时间|竣工时间|时间)$")
# A column of persons who answer for the task beside its units (责任人 after 牵头单位, the office's 协管责任人): leaders
# after the 责任领导, as a 牵头单位及主要负责人 cell's persons are; a 项目责任人 (the project's manager) is none.
_HEAD_HEADS = re.compile(r"^(?:[\u4e00-\u9fff]{0,6}协管)?(?:责任人|负责人)$")
# A column of the unit's own sections (负责科室, 责任处室, 承办股室): offices inside the unit the row names, not units
# of their own beside it. With no column of units in the table (a bureau's own list) they are the units.
_HEAD_OFFICE = re.compile(r"^(?:牵头|主责|负责|责任|承办|具体承办|具体负责)?(?:科室|处室|股室|科|处|股)$")
_HEAD_TARGET = re.compile(r"^(?:年度目标|全年目标|目标值|年度目标值|预期目标|目标数)$")   # a task's target in a column
# A column that holds the target only when its cells are figures (工作目标 may also head a column of task texts;
# 指标任务, a 民生实事 table's commitment beside the item's name: 8000人以上高血压患者); a year before it (2024年目标
# beside 2023年完成, an indicator table's plan for the year) heads the same column
_HEAD_GOAL = re.compile(r"^(?:(?:19|20)\d{2}年度?)?(?:工作目标|目标|目标任务|计划目标|年度计划|全年计划|计划数|任务数|目标任务数|年度任务|全年任务|年度指标|"
                        r"全年指标|指标值|指标任务|任务指标)$")
# A column of the task's milestones (工作举措及实施计划, 推进计划, 节点安排): no task text, its last date the deadline
_HEAD_PLAN = re.compile(r"(?:实施|推进|进度|节点|时间|工作)(?:计划|安排)$")
_HEAD_UNIT = re.compile(r"^(?:单位|计量单位)$")                                      # … and its unit beside it
# Columns that report progress (已完成数, 占年任务之比 …) or comment, the next steps a progress report plans (下步计划)
# and the places the work is done (实施点位, 建设地点): never the task, never its target.
_HEAD_OTHER = re.compile(r"备注|说明|任务来源|来源|进展|进度|推进情况|完成情况|落实情况|执行情况|实施情况|是否|评分|考核部门|联系人|电话|"
                         r"完成数|完成值|完成率|完成比例|之比|占比|累计|已完成|实际完成|其他|其它|成效|截至|截止|下一?步|点位|地点|"
                         r"存在(?:的)?问题|困难|评价$")
# A column of where the work is done (建设地点, 实施范围, 项目选址): places and scopes (城关镇, 全县, 经济开发区) that may
# read as units' names, never the units answering for the task
_HEAD_PLACE = re.compile(r"(?:地点|点位|地址|位置|范围|选址)$")
# A cell that reports what was done (已完成, 完成率, 截至9月, 目前正在): a progress column's, read by its content
_PROGRESS_CELL = re.compile(r"已完成|已经完成|已建成|已竣工|已启动|完成率|截至|截止|目前|正在|累计完成|实际完成|取得成效")


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
    numbers = [int(c) for c in cells if c.isdecimal()]
    # a merged number read again between its row's sub-lines (4 / 农村保障人次 / 4 / 城市保障人次): the same row's
    numbers = [n for k, n in enumerate(numbers) if k == 0 or n != numbers[k - 1]]
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
    plan: int | None = None         # a column of milestones (工作举措及实施计划): its last date is the task's due
    monthly: bool = False           # the plan is the month's (月度工作计划): only a date it sets (8月底前) is a due
    groups: tuple[int, ...] = ()    # headings below the section's ((一)强化源头治理 under 一、…), each merged down
    share: int | None = None        # the area's share of a higher level's goal (涉及西湖区工作指标), and its name
    share_name: str = ""
    # columns of what the task is to meet (工作标准, 具体要求): its text after the content, each row's the task's
    # further text (a task merged down keeps its rows)
    standards: tuple[int, ...] = ()


def _columns(cells: list[str], body: list[list[str]]) -> _Columns:
    def column(pattern: re.Pattern) -> int | None:
        return next((i for i, c in enumerate(cells) if pattern.search(c)), None)

    # 牵头单位 before a 责任科室 beside it, wherever it stands: the unit's sections are no units of their own
    resp = next((i for i, c in enumerate(cells) if _HEAD_RESP.search(c) and not _HEAD_OFFICE.match(c)), None)
    resp = column(_HEAD_RESP) if resp is None else resp
    measure = column(_HEAD_UNIT)
    if measure is not None and _org_share(body, measure) >= 0.6:
        # 单位 over 市发展改革委, 市财政局 …: the responsible units, not a unit of measure
        resp, measure = (measure if resp is None else resp), None
    named = resp
    if resp is not None and _figures(body, resp):
        resp = _units_right(body, resp, len(cells))
    units = (resp,) + tuple(i for i, c in enumerate(cells) if _HEAD_CO.search(c) and i not in (resp, named))
    target, no, section = column(_HEAD_TARGET), column(_HEAD_NO), column(_HEAD_SECTION)
    if target is not None and _wordy_goals(body, target) and not any(_HEAD_TASK.match(c) for c in cells):
        # 序号 | 预期目标 | 责任单位 | 进展情况 over 地区生产总值增长6%以上: the goal written as a sentence, with no
        # other column for the task, is the task itself, its figure read from its text as a task's is
        target = None
    # 工作目标 over 5.2, 1360, 不低于60元: the target figures, not the task's text; beside the area's share of it
    # (涉及西湖区工作指标), the higher level's goal: the task's name, the share holding the area's figures
    share = column(_HEAD_SHARE)
    if target is None and share is None:
        target = next((i for i, c in enumerate(cells) if _HEAD_GOAL.match(c) and _figures(body, i) and (
            # 目标任务 over 8950人, 51个 beside 项目名称 is the task's second part, as it always was; over bare
            # figures (26000 beside 城镇新增就业(人)), or with no other column for the task, it is the target
            _unperiod(c) != "目标任务" or _bare_figures(body, i) or
            not any(_HEAD_TASK.match(x) for x in cells if x != c))),
            None)
    tasks = [i for i, c in enumerate(cells) if _HEAD_TASK.match(c) and i not in (target, section, measure)]
    # 项目内容 merged across two columns (a group, then the indicator): both are the task's text, not a group of tasks
    merged = len(tasks) > 1 and tasks[1] == tasks[0] + 1 and cells[tasks[0]] == cells[tasks[1]]
    if len(tasks) > 1 and not merged and _groups_rows(body, tasks[0], no):
        # 重点任务 merged down over rows numbered 1, 2, 3 (具体措施 beside it): a group of tasks, not a task's name
        section = tasks[0] if section is None else section
        tasks = tasks[1:]
    groups: tuple[int, ...] = ()
    if section is None and len(tasks) > 1 and _numbered_items(body, tasks[-1]) and \
            all(_headings(body, c) for c in tasks[:-1]):
        # 工作目标 (一、…) | 工作内容 ((一)…) | 工作措施 (1.…, 2.… down the rows): the columns of headings group the
        # numbered measures, each measure a task under its heading and sub-heading
        section, groups, tasks = tasks[0], tuple(tasks[1:-1]), tasks[-1:]
    if section is None and len(tasks) == 1 and _items_beside(cells, body, tasks[0], {*units, target, measure}):
        # 工作任务 merged down over the rows of 具体要求 numbered 1. 2. 3. …: the task column groups the numbered
        # requirements beside it, each a task of its own under its group
        section, tasks = tasks[0], [tasks[0] + 1]
    demand = next((i for i, c in enumerate(cells) if _HEAD_DEMAND.match(c) and tasks and i > tasks[-1]), None)
    if demand is not None and no is not None and len(tasks) == 1 and demand not in (*units, target, measure):
        # 序号 | 项目名称 | 工作标准, 序号 | 项目内容 | 工作要求: what the numbered task is to do, beside its name, is
        # its text too; a name merged down over rows of different 序号 (项目内容 over rows 7-11) groups them, each
        # row's 工作要求 a task. (Without 序号, a 工作任务 merged down over its rows is one task, as ever.)
        if section is None and _groups_rows(body, tasks[0], no):
            section, tasks = tasks[0], [demand]
        else:
            tasks.append(demand)
    leader, due = column(_HEAD_LEADER), column(_HEAD_DUE)
    if units == (None,):
        # No column headed 责任单位: the column whose cells read as units' names (备注: 交通局, 妇联 …)
        known = {no, section, *tasks, leader, due, target, measure,
                 *(i for i, c in enumerate(cells) if _HEAD_HEADS.match(c) or _HEAD_PLACE.search(c))}
        shares = {i: _org_share(body, i) for i in range(len(cells)) if i not in known}
        best = max(shares, key=lambda i: (shares[i], -i), default=None)
        if best is not None and shares[best] >= 0.6:
            units = (best,)
    heads = tuple(i for i, c in enumerate(cells) if _HEAD_HEADS.match(c) and i not in (*units, leader))
    plan = next((i for i, c in enumerate(cells) if _HEAD_PLAN.search(c) and i not in (*tasks, *units, leader, due,
                                                                                     target, section)), None)
    found = _Columns(no, tasks[0] if tasks else None, section, units, leader,
                     due, target, measure if target is not None else None,
                     tuple(tasks[1:]), tuple(i for i in units if i is not None and _HEAD_PERSON.search(cells[i])),
                     heads, plan, plan is not None and cells[plan].startswith("月度"), groups,
                     share, cells[share] if share is not None else "",
                     _standards(cells, tasks, {*units, section, leader, due, target, measure, plan, share}))
    if found.task is None:                              # 民生实事, 考核内容 …: the column of distinct texts
        taken = {found.no, found.section, *units, found.leader, found.due, target, found.unit, measure,
                 *heads, plan, found.share}
        free = [i for i, c in enumerate(cells) if i not in taken and not _HEAD_OTHER.search(c) and not _progress(body, i)]

        def weight(i: int) -> int:
            return sum(map(len, {row[i].strip() for row in body if i < len(row)}))

        span = _spanned(cells, max(free, key=weight, default=None), free)
        found = replace(found, task=span[0] if span else None, content=span[1:] + found.content)
    return found


def _wordy_goals(body: list[list[str]], col: int) -> bool:
    """Do the column's cells read as goals written out (地区生产总值增长6%以上, 固定资产投资总额增长8%): words
    naming what is measured before the figure, longer than a figure's qualifier (增长6%左右, 不低于60元)?"""
    cells = _cells(body, col)
    return bool(cells) and all(len(re.split(r"\d", c, maxsplit=1)[0]) > 6 for c in cells)


def _standards(cells: list[str], tasks: list[int], taken: set) -> tuple[int, ...]:
    """The columns of what a named task is to meet (项目名称 | 工作标准, 工作任务 | 具体要求): the standard its work
    must reach, where its figures stand, so its text after its name, as in a table pasted one cell a line
    (``_HEAD_DEMAND``). None without a task column named: the column of distinct texts is the task then."""
    return tuple(i for i, c in enumerate(cells)
                 if tasks and _HEAD_DEMAND.match(c) and i not in (*tasks, *taken))


def _units_right(body: list[list[str]], col: int, width: int) -> int:
    """The column of units a header names at ``col`` where its cells are figures (100, 55.6): a header over two
    rows (2022年工作计划 over 投资 | 工程主要形象进度) covers more columns than its first row names, so the names
    stand left of the cells they head (the row's further cells blank, ``width`` in all). A figure never names a
    unit: the units are the nearest column right of ``col`` whose cells read as units' names (``col`` itself
    when none does)."""
    return next((i for i in range(col + 1, width) if _org_share(body, i) >= 0.6), col)


def _numbered_items(body: list[list[str]], col: int) -> bool:
    """Does column ``col`` number its items 1. 2. 3. … down the rows, one in each, three at least (numbering
    may start again at 1)?"""
    labels = [item_label(fold(c)) for c in _cells(body, col)]
    return len(labels) >= 3 and all(label is not None and label.kind == "num" for label in labels) and \
        all(b.number in (a.number + 1, 1) for a, b in itertools.pairwise(labels))


def _headings(body: list[list[str]], col: int) -> bool:
    """Does every cell of column ``col`` open with a heading's label (一、…, （一）…)?"""
    cells = _cells(body, col)
    return bool(cells) and all(_heading_label(c) for c in cells)


def _items_beside(cells: list[str], body: list[list[str]], col: int, taken: set) -> bool:
    """Does column ``col`` group the rows of the column after it: its text merged down over two rows or more
    (written again in each row it covers), while the column after it, no column of units, target or comment,
    numbers its items 1. 2. 3. … running down the rows, one in each row?"""
    after = col + 1
    if after >= len(cells) or after in taken or _HEAD_OTHER.search(cells[after]) or \
            not _groups_rows(body, col, after):
        return False
    labels = [item_label(fold(c)) for c in _cells(body, after)]
    return len(labels) >= 3 and all(label is not None and label.kind == "num" for label in labels) and \
        all(b.number in (a.number + 1, 1) for a, b in itertools.pairwise(labels))


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


# The marks a units cell puts on its lead unit (*区投促局, ★区发改委): no part of any name
_STARS = "*＊★☆▲"
_FIGURE_CELL = re.compile(r"^[^\d]{0,6}\d[\d.,，]*\s*[^\d\s]{0,6}$")    # 5.2, 1360, 不低于60元, ≥2%, 5900万元
_EMPTY_CELL = re.compile(r"^[-—–/／\\、.。\s]*$")                          # -, —, /: nothing to say
_ORG_END = re.compile(r"(?:局|委|办|厅|部|院|所|站|中心|政府|管委会|委员会|公司|集团|队|会|联|行|署|馆|社|处|科|股|室|"
                      r"街道|办事处|乡|镇|县|区|市|场|校|台)$")
# 万所, 亿元, 千余家: units of measure, a magnitude and one word of measure; 万盛街道, 万东镇, 十堰市 are places
_MAGNITUDE = re.compile(r"^[万亿千百十][余多]?个?[\u4e00-\u9fff]$")


def _listed_words(cell: str) -> list[str]:
    """The words of a units cell between its list marks and spaces, each without the star marking the lead."""
    return [word for w in re.split(r"[、,，;；\s]+", cell) if (word := w.strip(_STARS))]


def _cells(body: list[list[str]], col: int) -> list[str]:
    """The column's non-empty cells, a dash (-, —, /) counted as empty."""
    cells = [row[col].strip() if col < len(row) else "" for row in body]
    return [c for c in cells if c and not _EMPTY_CELL.match(c)]


def _figures(body: list[list[str]], col: int) -> bool:
    """Do most of the column's cells hold a figure and little else (5.2, 1360, 不低于60元, ≥2%)?"""
    cells = _cells(body, col)
    return bool(cells) and sum(bool(_FIGURE_CELL.match(fold(c))) for c in cells) >= 0.6 * len(cells)


def _progress(body: list[list[str]], col: int) -> bool:
    """Do most of the column's cells report progress (已完成…, 完成率…, 截至…): no task's text, no target?"""
    cells = _cells(body, col)
    return len(cells) >= 2 and sum(bool(_PROGRESS_CELL.search(c)) for c in cells) >= 0.6 * len(cells)


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
        words = [w.strip(_STARS) for w in re.split(r"[、,，;；\s]+|(?<=[局委办厅])和", re.sub(r"[(（][^()（）]*[)）]", "", cell))
                 if w.strip(_STARS)]
        # 各镇街, 各平台 beside a named unit: collectives of units, as a units cell lists them
        named += any(map(_organisation, words)) and all(_organisation(w) or re.fullmatch(r"各[\u4e00-\u9fff]{1,6}", w)
                                                        for w in words)
    return named / len(cells)


def _groups_rows(body: list[list[str]], col: int, no: int | None) -> bool:
    """Does one text of column ``col`` span rows of different 序号 (a cell merged down over several tasks)?"""
    if no is None:
        return False

    def cell(row: list[str], i: int) -> str:
        return row[i].strip() if i < len(row) else ""

    return any(cell(a, col) and cell(a, col) == cell(b, col) and cell(a, no) and cell(b, no)
               and cell(a, no) != cell(b, no) for a, b in zip(body, body[1:]))


def table_lines(rows: list[list[str]]) -> list[tuple[int, dict]]:
    """Rows of a table → (row number, Line fields); a task table becomes numbered task lines. A table whose
    header names no task and no units but whose rows are numbered 1, 2, 3 … is read by its cells' content,
    its tasks flagged for review (``_numbered_table``)."""
    header, review = _find_header(rows), ""
    if header is None and (flipped := _transposed(rows)) is not None:
        table, where, review = flipped
        out = [(where[r - 1], entry) for r, entry in table_lines(table)]
        for _, entry in out:
            if review and entry.get("hint") == "task":
                entry["review"] = review
        return out
    if header is None and (divided := _divided_table(rows)) is not None:
        return divided
    headings: dict[int, str] = {}                    # rows opening a project of graded rows: its name
    if header is None:
        found = _numbered_table(rows) or _unnumbered_table(rows) or _units_table(rows)
        if found is None:
            return [(r, {"text": text}) for r, row in enumerate(rows, 1) for text in _distinct(row)]
        header, cols, review = found
    else:
        cols = _columns([_head(c) for c in rows[header]], rows[header + 1:])
        body, headings = _graded_rows(rows[header], rows[header + 1:], cols)
        rows = rows[:header + 1] + body
    out = [(r, {"text": text}) for r, row in enumerate(rows[:max(header, 0)], 1) for text in _distinct(row)]
    # No 序号 column (牵头单位 | 目标任务 | 责任单位): each row's distinct task cell is a task, numbered in the
    # table's order, or by the number its name cell opens with (14.改扩建…, 15.…) while those run in sequence
    ordinal = cols.no is None and cols.task is not None
    last_section, last_no, above, seq, inside = "", "", [], 0, set()
    last_groups: dict[int, str] = {}
    for r, row in enumerate(rows[header + 1:], start=header + 2):
        if r - header - 2 in headings:
            out.append((r, {"text": headings[r - header - 2], "hint": "section"}))
        if r == header + 2 and _sub_heads(row, cols):
            out.append((r, {"text": " ".join(_distinct(row)), "hint": "note"}))
            continue
        row = _units_in_place(row, cols)

        def get(i: int | None) -> str:
            return row[i].strip() if i is not None and i < len(row) else ""

        number, section = _number_cell(get(cols.no)), get(cols.section)
        if not number and _TOTAL_ROW.match(_head(get(cols.task))):
            # 合计 | 8000 under the last task: the column's total, neither that task's next line nor a task
            out.append((r, {"text": " ".join(_distinct(row)), "hint": "note"}))
            continue
        task_at = len(out) - 1 - len(list(itertools.takewhile(lambda entry: entry[0] in inside, reversed(out))))
        after_task = task_at >= 0 and out[task_at][1].get("hint") == "task"
        if after_task and number and not number.isdecimal() and item_label(fold(number)) is None and \
                not any(map(get, cols.units)) and last_no.isdecimal():
            # a line of a sub-table inside the task's row (农村保障人次 | 83342 | 持续推进中 under 最低生活保障 |
            # 农村标准(760元/月)), under the 序号 of a numbered table: no row of its own, a line of text
            out.append((r, {"text": " ".join(_distinct(row))}))
            inside.add(r)
            continue
        if ordinal:
            # the task cell merged down over this row too: the task above goes on (its further units)
            # (its further units); a row whose own item differs, in a column of the task's text beside it (a
            # group merged down over indicators 城镇新增就业人数, 城镇失业人员再就业), is a task of its own
            continues = after_task and bool(get(cols.task)) and bool(above) and (all(
                get(i) == (above[i].strip() if i < len(above) else "") for i in (cols.task, *cols.content) if get(i))
                or _numbered_name(get(cols.task)) and get(cols.task) == above[cols.task].strip())
        elif number or not last_no:
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
            last_section, last_groups = section, {}
        for g in cols.groups:
            if get(g) and get(g) != last_groups.get(g):
                out.append((r, {"text": get(g), "hint": "section"}))     # (二)严控农兽药残留超标 under 一、…
                last_groups[g] = get(g)
        label = item_label(fold(text or number))
        if len(set(filter(None, row))) == 1 and not (label and label.kind in ("num", "num_paren")):
            out.append((r, {"text": next(filter(None, row)).strip(), "hint": "section"}))   # merged across
            continue
        if not number and text and not any(map(get, cols.units)) and not continues and not (
                # without 序号, a long text is a task with its units left blank, and with no column of
                # units at all, only a heading (一、…) or a row merged across is a section; a row with a
                # deadline, target or leader of its own (新增停车位1000个 | | 10月底) is a task, a heading has none
                ordinal and (len(text) > 20 or cols.units == (None,) or
                             any(map(get, (cols.due, cols.target, cols.leader, *cols.heads))))
                and not (label and label.kind in ("cn", "cn_paren"))):
            out.append((r, {"text": text, "hint": "section"}))        # a section row spanning the table
            continue
        if ordinal and text and not continues:
            own = item_label(fold(text))
            if own is not None and own.kind != "num":
                pass                                # （一）…: numbered as the text numbers it, as before
            elif own is not None and (not seq or own.number == seq + 1):
                number = str(own.number)
            else:
                number = str(seq + 1)
            seq = int(number) if number else seq
        if text or continues:
            _table_task(out, r, number, text, get, cols, continues)
            if review and not continues:
                out[-1][1]["review"] = review
    return _units_run_together(_run_together(out))


# A progress table's column grading each row's progress (进度评价: 已完成, 正常推进, 滞后): each graded row is tracked
_HEAD_GRADE = re.compile(r"^(?:进度|进展|完成|推进|落实)(?:评价|状态|等次)$")
_GRADE_MAX = 8                          # a grade's length at most: a verdict, not a report


def _graded_rows(head: list[str], body: list[list[str]],
                 cols: _Columns) -> tuple[list[list[str]], dict[int, str]]:
    """A progress table's body with each project whose 序号 and name are merged down over rows graded one by one
    (1 | 农村人居环境整治提升工程 | 推广…试点村达到100个。 | … | 已完成, then 1 | 农村人居环境整治提升工程 | 建设“四好
    农村路”50公里。 | … | 已完成 …) made a heading (its name, by the index of its first row), each graded row a task
    of its own (its content), numbered in turn: the table tracks each row, the project groups them. In such
    a table every project with content is a heading over its rows (one row: one task; rows not graded one by
    one: one task, as a merged 序号 ever makes). The body as it is without a column of grades (进度评价), or
    without a project split so.
    """
    grade = next((i for i, c in enumerate(head) if _HEAD_GRADE.match(_head(c))), None)
    if grade is None or cols.no is None or cols.task is None or not cols.content:
        return body, {}

    def cell(row: list[str], i: int) -> str:
        return row[i].strip() if i < len(row) else ""

    def graded(rows: list[list[str]]) -> bool:
        return len(rows) > 1 and all(0 < len(cell(r, grade)) <= _GRADE_MAX for r in rows) and \
            len({cell(r, cols.content[0]) for r in rows}) == len(rows)

    groups = [list(g) for _, g in itertools.groupby(body, key=lambda r: (cell(r, cols.no),
                                                                          cell(r, cols.task)))]
    if not any(cell(g[0], cols.no) and graded(g) for g in groups):
        return body, {}
    out, headings, seq = [], {}, 0
    for group in groups:
        numbered = _number_cell(cell(group[0], cols.no)).isdecimal()
        project = numbered and bool(cell(group[0], cols.task)) and \
            all(cell(r, cols.content[0]) for r in group)
        if project:
            headings[len(out)] = cell(group[0], cols.task)
        split = project and graded(group)
        seq += numbered and not split
        for row in group:
            row = list(row)
            if split:
                seq += 1
            if numbered:
                row[cols.no] = str(seq)
            if project:
                row[cols.task] = ""
            out.append(row)
    return out, headings


def _sub_heads(row: list[str], cols: _Columns) -> bool:
    """Is the row right under the header the header's second line (截至6月底进展 | 7月工作计划 under 2025年进展情况,
    a header broken over two lines)? No 序号, two cells or more, each the head of a column of progress, comment or
    plan, never of a task: a section row merged across repeats one text, a task row names what is to be done."""
    heads = [_head(c) for c in _distinct(row)]
    number = _number_cell(row[cols.no]) if cols.no is not None and cols.no < len(row) else ""
    return not number.isdecimal() and len(heads) >= 2 and all(
        len(head) <= 12 and (_HEAD_OTHER.search(head) or _HEAD_PLAN.search(head) or _SUB_MONEY.match(head))
        for head in heads)


# The money a column under a header's group counts (投资, 完成投资 under 项目建设阶段) and its share done (%)
_SUB_MONEY = re.compile(r"^(?:完成|计划|实际|年度)?(?:投资|投资额|资金|金额)(?:[(（]?[万亿]?元[)）]?)?$|^[(（]?[%％][)）]?$")


def _numbered_name(cell: str) -> bool:
    """Does a name cell number its item (1.城市人居环境提升项目)? Merged down, it stands for that one item."""
    label = item_label(fold(cell))
    return label is not None and label.kind == "num" and len(cell) <= 40


def _units_in_place(row: list[str], cols: _Columns) -> list[str]:
    """A row one cell wider than its columns before its units (4 | 加强低保 | 最低生活保障 | 农村标准(760元/月) | 县民政局: a
    sub-table's cell pasted inline): the cell in the units column reads as no unit, the next one does, so the
    row's units stand one column right; the stray cell is left out, as no column of the table holds it."""
    u = cols.units[0]
    if u is None or u + 1 >= len(row) or u + 1 in cols.units or not row[u].strip():
        return row
    if _units_cell(row[u].strip()) or not _units_cell(row[u + 1].strip()):
        return row
    return row[:u] + row[u + 1:]


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


# A town's own office (派出所, 文化站, 城建办, 交警中队): an ending no unit with offices under it has (局, 中心, 院 have)
_OFFICE_END = re.compile(r"[\u4e00-\u9fff]{1,8}(?:所|站|办|队)$")


def _units_run_together(out: list[tuple[int, dict]]) -> list[tuple[int, dict]]:
    """Two units run together in one cell without a space (文化站 派出所工商质监所): split at a unit the table names
    alone in another row (工商质监所), when what is left before it is a town office's name (派出所), no unit
    with offices of its own (县公安局交警大队 stays whole)."""
    known = {name for _, e in out for name in e.get("departments") or () if len(name) >= 3}
    for _, entry in out:
        names: list[str] = []
        for name in entry.get("departments") or ():
            cut = next((k for k in known if name != k and name.endswith(k) and
                        _OFFICE_END.fullmatch(name[:-len(k)]) and _organisation(name[:-len(k)])), None)
            names += [name] if cut is None else [name[:-len(cut)], cut]
        if entry.get("departments"):
            entry["departments"] = tuple(dict.fromkeys(names))
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
            run += bool(row and _number_cell(row[0]).isdecimal())
        # Three numbered rows at least; two when they are the whole table, numbered 1, 2 with no header, and a
        # column names units (a table pasted as text, one row a line: 1 | …行动… | 陆夏峰 | *区投促局 各镇街)
        whole = at == 0 and run == len(body) == 2
        if run < 3 and not whole:
            continue
        head = [_head(c) for c in rows[at - 1]] if at and len(rows[at - 1]) == len(body[0]) else []
        cells = head or [""] * max(map(len, body))
        cols = _columns(cells, body)
        if whole and cols.units[0] is None:
            continue
        if cols.leader is None and not head:
            cols = replace(cols, leader=next((i for i in range(1, len(cells))
                                              if i not in (*cols.units, cols.target) and _persons(body, i)), None))
        taken = {cols.no, *cols.units, cols.leader, cols.target, cols.section}
        free = [i for i in range(1, len(cells)) if i not in taken and not _HEAD_OTHER.search(cells[i])
                and not _progress(body, i) and not _plans(body, i)]
        lengths = {i: [len(c) for c in _cells(body, i)] for i in free}
        task = max(free, key=lambda i: sum(lengths[i]) / max(1, len(lengths[i])), default=None)
        if task is None or not _wordy(body, task) or sum(lengths[task]) < 10 * len(lengths[task]):
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


_PLAN_CELL = re.compile(r"^(?:[1-4一二三四]季度|第[一二三四]季度|[上下]半年|\d{1,2}月(?:底|份|末)?)(?:前|底|末)?\s*[:：]")


def _plans(body: list[list[str]], col: int) -> bool:
    """Is the column a schedule of milestones (1季度:… 2季度:…, 6月底前:…) beside the task, not the task itself?"""
    cells = _cells(body, col)
    return len(cells) >= 2 and all(_PLAN_CELL.match(fold(c)) for c in cells)


# A progress column's word for where the task stands (已完成, 推进中, 正常推进, 滞后, 序时推进): as short as a name, none
_STATUS_WORD = re.compile(r"完成|推进|进行|实施|开工|竣工|启动|滞后|正常|序时|落实|达标|^已|^未|^暂无$|^无$")


def _persons(body: list[list[str]], col: int) -> bool:
    """Do all the column's cells (two at least) name persons only (陆夏峰, 韩 斌 padded, 张三、李四, one a line), no unit?"""
    cells = _cells(body, col)

    def person(word: str) -> bool:
        return bool(re.fullmatch(r"[\u4e00-\u9fff·]{2,4}", word)) and not _UNIT_WORD.search(word) and \
            not _organisation(word) and not _STATUS_WORD.search(word)

    return len(cells) >= 2 and all(
        all(person(re.sub(r"\s+", "", w)) for w in re.split(r"[、,，;；\n]|\s{2,}", c) if w.strip()) for c in cells)


def _unnumbered_table(rows: list[list[str]]) -> tuple[int, _Columns, str] | None:
    """A table whose header names its task column (工作任务, 项目名称 …) but neither a 序号 nor a column of units:
    still a task table, never a dead end; its rows numbered in order, the units read by content if a column
    reads as units, and its tasks flagged for review. A glossary or a list of contacts names no task column."""
    for at, row in enumerate(rows):
        cells = [_head(c) for c in row]
        if sum(map(bool, cells)) < 2 or any(len(c) > 12 for c in cells) or \
                not any(_HEAD_TASK.match(c) and c not in ("项目", "重点项目", "建设项目") for c in cells):
            continue
        body = rows[at + 1:]
        cols = _columns(cells, body)
        if cols.task is None or len(_cells(body, cols.task)) < 2 or not _wordy(body, cols.task):
            return None
        units = cols.units[0]
        review = "任务表没有序号列" + ("和责任单位列" if units is None else "") + "，已按行序编号（" + (
            f"责任单位取第{units + 1}列" if units is not None else "未找到责任单位") + "），请核对"
        return at, cols, review
    return None


def _units_table(rows: list[list[str]]) -> tuple[int, _Columns, str] | None:
    """A table whose header names its 责任单位 column but neither a 序号 nor its task column by a name any list knows
    (专项整治行业名称 | 时间安排 | 责任单位, then 烟花爆竹 | 1月份 | 安监站 安监所): each row one task, the task the
    column of distinct texts (``_columns``), numbered in order and flagged for review. Only when the column under
    责任单位 reads as units' names and the task's column reads as no figures and no units: a header-less table, or
    one of figures, is no such table."""
    for at, row in enumerate(rows):
        cells = [_head(c) for c in row]
        if sum(map(bool, cells)) < 2 or any(len(c) > 12 for c in cells) or not any(map(_HEAD_RESP.match, cells)):
            continue
        body = rows[at + 1:]
        cols = _columns(cells, body)
        task, units = cols.task, cols.units[0]
        if task is None or units is None or len(_cells(body, task)) < 2 or _org_share(body, units) < 0.6 or \
                _figures(body, task) or _org_share(body, task) >= 0.6:
            return None
        review = f"任务表没有序号列，也未写明任务列，已取第{task + 1}列为任务、按行序编号（责任单位取第{units + 1}列），请核对"
        return at, cols, review
    return None


# A table dividing a target among places or units: its first column names them (县市区, 乡镇(街道), 单位), its
# other columns are figures whose measure and unit the header names (09年高新技术产业产值(万元), 产值增幅)
_PLACES_HEAD = re.compile(r"^(?:县市区|县市|县区|区县|市县|县[(（]市、?区[)）]|市[(（]州[)）]|市州|地市|设区市|地区|区域|乡镇|"
                          r"镇街|乡镇街道|街道|[乡镇][(（]街道?[)）]|乡镇[(（]街道?[)）]|单位|单位名称|责任单位)"
                          r"(?:[(（][\u4e00-\u9fff、]{1,8}[)）])?$")
_MEASURE_HEAD = re.compile(r"^(?:(?P<year>(?:19|20)?\d{2})年度?)?(?P<measure>[\u4e00-\u9fff]{2,20}?)"
                           r"(?:[(（](?P<unit>[%％‰]|[\u4e00-\u9fff]{1,4}(?:/[\u4e00-\u9fff]{1,2})?)[)）])?$")
# A row for the whole jurisdiction or a sum (全市, 合计, 全县合计): a total, no place of its own. ``_TOTALS``
# also open a table laid out across's row of targets (``_ACROSS_TARGET``); 全镇, 小计, 总数 are read as totals
# here only.
_TOTALS = r"全市|全县|全区|全省|全州|全盟|合计|总计"
_TOTAL_ROW = re.compile(rf"^(?:{_TOTALS}|全镇|小计|总数|(?:全市|全县|全区|全省|全州|全盟|全镇)(?:合计|总计))$")
_DIVIDED_ROWS = 3                       # so many places at least
_DIVIDED_REVIEW = "目标分解表（每行一个地区或单位），已按行读取各地区的目标（往年数不作目标），请核对"


def _divided_table(rows: list[list[str]]) -> list[tuple[int, dict]] | None:
    """A table dividing a plan's targets among places or units (县市区(开发区) | 08年…产值(万元) | 09年…产值(万元) |
    产值增幅, then 潍城 | 474696 | 579129.1 | 22%, …, 全市 | …): each place's row a task, the place its unit, its
    text the header's measures with the row's figures (09年高新技术产业产值579129.1万元), flagged for review. A
    column of an earlier year than the latest the header names (08年 beside 09年) is the starting point, no
    target; a total row (全市, 合计, 全县合计) is no task. A 备注 column's words (其中…公司新种任务1500亩) are the row's
    note, after its figures. None unless the header's first cell names places and every other column but a
    备注 holds bare figures under a named measure."""
    at = next((i for i, row in enumerate(rows) if any(c.strip() for c in row)), None)
    if at is None or len(rows[at]) < 2 or not _PLACES_HEAD.match(_head(rows[at][0])):
        return None
    width = len(rows[at])
    heads = [_MEASURE_HEAD.match(_head(c)) for c in rows[at][1:]]
    notes = {c for c in range(1, width) if _column_kind(_head(rows[at][c])) == "note"}
    # a row pasted without its last, empty cell (潭头乡 | 300 | under 乡镇 | 新种任务(亩) | 备注 |) is as wide as the rest
    rows = rows[:at + 1] + [row + [""] * (width - len(row)) for row in rows[at + 1:]]
    body = [row for row in rows[at + 1:] if any(c.strip() for c in row)]
    if not all(heads) or len(body) < _DIVIDED_ROWS or any(len(row) != width for row in body) or \
            not all(_bare_figure(c) for row in body for k, c in enumerate(row[1:], 1) if k not in notes) or \
            not all(_name_cell(_head(row[0])) for row in body) or len(notes) == width - 1:
        return None
    latest = max((int(h["year"]) % 100 for h in heads if h["year"]), default=None)
    # a column of what was done (已完成, 完成率) reports on the targets, never one of them
    kept = [c for c, h in enumerate(heads, 1) if (not h["year"] or int(h["year"]) % 100 == latest)
            and not _HEAD_OTHER.search(_head(rows[at][c]))]
    kept = [c for c in kept if c not in notes]
    out = [(r, {"text": text}) for r, row in enumerate(rows[:at], 1) for text in _distinct(row)]
    out.append((at + 1, {"text": " ".join(_distinct(rows[at])), "hint": "note"}))
    seq = 0
    for r, row in enumerate(rows[at + 1:], start=at + 2):
        place = _head(row[0]) if row else ""
        if not place or _TOTAL_ROW.match(place):
            out.append((r, {"text": " ".join(_distinct(row)), "hint": "note"}))
            continue
        seq += 1
        text = "，".join(_measured(heads[c - 1], row[c].strip()) for c in kept if not _EMPTY_CELL.match(row[c]))
        remarks = [row[c].strip() for c in sorted(notes) if not _EMPTY_CELL.match(row[c])]
        text += "".join("。" + remark for remark in remarks)
        sharers = tuple(m["unit"] for remark in remarks if (m := _SHARE_HOLDER.match(remark)))
        out.append((r, {"text": f"{seq}.{place}：{text}", "hint": "task", "departments": (place, *sharers),
                        "leaders": None, "due": "", "review": _DIVIDED_REVIEW}))
    return out


# A divided table's 备注 naming a body that carries a share of the place's figure (其中县农业投资有限公司新种任务1500亩,
# 其中市城投公司承担500亩): that body answers for its share, after the place; a share without a body (其中新种柑橘300亩)
# names none.
_SHARE_HOLDER = re.compile(r"^其中(?P<unit>[\u4e00-\u9fff]{2,20}?(?:公司|集团|合作社|中心|局|委|办|站|所|厂|场))"
                           r"(?=[\u4e00-\u9fff]{0,12}\d)")


def _measured(head: re.Match, figure: str) -> str:
    """A measure named in a header and a row's figure under it: 09年高新技术产业产值 + 579129.1 (万元) → 09年高新技术产业
    产值579129.1万元; a rate (产值增幅 22%) as written."""
    year = f"{head['year']}年" if head["year"] else ""
    unit = head["unit"] if head["unit"] and not re.search(r"[%％‰]$", figure) else ""
    return f"{year}{head['measure']}{figure}{unit}"


# The first cell of a table laid out across: the row of the tasks' names, of their units, of their targets
_ACROSS_NAME = re.compile(r"^(?:地区|区域|单位|项目|指标|任务|内容|事项|名称|项目名称|指标名称|任务名称|民生实事|实事项目|重点任务)?$")
_ACROSS_TARGET = re.compile(rf"^(?:{_TOTALS}|目标|目标值|年度目标|全年目标|目标任务|任务数|"
                            r"年度任务|计划|年度计划|全年计划)$")


def _transposed(rows: list[list[str]]) -> tuple[list[list[str]], list[int], str] | None:
    """A table laid out across, one task a column (meishan: 地区 | 组织技能培训 over the indicators, a 责任单位 row,
    the city's targets in the 全市 row), turned to one task a row: (rows, the sheet row each came from, why to
    review it or ""). Read as such when its shape is clear: a row headed 责任单位 whose cells name units, the
    row of the tasks' names above it (distinct texts, no units), and a target row below headed 全市/目标 … if
    any; rows merged across above the names are the tasks' group. Without a 责任单位 row, a row headed 指标/项目/
    任务 whose cells name no columns, right above a target row of figures, is read too, flagged for review."""
    for r, row in enumerate(rows):
        if len(row) < 3 or not _HEAD_RESP.match(_head(row[0])):
            continue
        units = [c.strip() for c in row[1:]]
        named = [c for c in units if c and not _EMPTY_CELL.match(c)]
        if len(named) < 2 or sum(all(map(_unit_name, _unit_lines(c).replace("\n", "、").split("、"))) for c in named) \
                < 0.6 * len(named):
            return None
        n = next((k for k in range(r - 1, -1, -1) if len(set(filter(None, map(str.strip, rows[k][1:])))) >= 2), None)
        if n is None or not _ACROSS_NAME.match(_head(rows[n][0])) or not _names_across(rows[n]):
            return None
        target = next((k for k in range(r + 1, len(rows)) if _ACROSS_TARGET.match(_head(rows[k][0]))), None)
        return _across(rows, n, r, target, "")
    for n, row in enumerate(rows):
        if len(row) < 3 or not _ACROSS_ITEMS.match(_head(row[0])) or not _names_across(row) or \
                any(_head(c) and _known_head(_head(c)) for c in row[1:]):
            continue
        target = next((k for k in (n + 1, n + 2) if k < len(rows) and _ACROSS_TARGET.match(_head(rows[k][0]))), None)
        if target is None or not _figures([[c] for c in rows[target][1:]], 0):
            return None
        return _across(rows, n, None, target, "任务表按列排列（每列一项），未找到责任单位行，已按列读取，请核对")
    return None


# The head of a row of tasks' names in a table laid out across, when no 责任单位 row vouches for its shape
_ACROSS_ITEMS = re.compile(r"^(?:指标|项目|任务|指标名称|项目名称|任务名称|民生实事|实事项目|重点任务|考核指标|主要指标)$")


def _known_head(cell: str) -> bool:
    """Does a cell name a column of a task table laid out down (序号, 责任单位, 完成时限 …)?"""
    return any(p.match(cell) for p in (_HEAD_NO, _HEAD_TASK, _HEAD_RESP, _HEAD_CO, _HEAD_LEADER, _HEAD_DUE,
                                       _HEAD_TARGET, _HEAD_GOAL, _HEAD_UNIT, _HEAD_SECTION))


def _names_across(row: list[str]) -> bool:
    """Are a row's cells after its head the tasks' names: nearly all filled, few of them units' names?"""
    names = [c.strip() for c in row[1:]]
    return sum(bool(c) for c in names) >= 0.8 * len(names) and sum(_unit_name(c) for c in names if c) <= len(names) / 3


def _across(rows: list[list[str]], n: int, r: int | None, target: int | None,
            review: str) -> tuple[list[list[str]], list[int], str]:
    """The table laid out across with its names in row ``n``, its units in row ``r`` and its targets in row
    ``target`` turned to one task a row, a group row merged across above the names its 类别."""
    names = rows[n][1:]
    group = next((k for k in range(n - 1, -1, -1) if len(set(filter(None, map(str.strip, rows[k][1:])))) == 1
                  and all(c.strip() for c in rows[k][1:len(names) + 1]) and _ACROSS_NAME.match(_head(rows[k][0]))),
                 None)
    top = min(k for k in (n, group) if k is not None)

    def cell(k: int | None, c: int) -> str:
        return rows[k][c].strip() if k is not None and c < len(rows[k]) else ""

    heads = ["类别", "项目名称"] + (["责任单位"] if r is not None else []) + ["目标值"]
    table = [list(rw) for rw in rows[:top]] + [heads]
    where = list(range(1, top + 1)) + [(r if r is not None else n) + 1]
    for c in range(1, len(rows[n])):
        if cell(n, c):
            table.append([cell(group, c), cell(n, c)] + ([cell(r, c)] if r is not None else []) + [cell(target, c)])
            where.append(n + 1)
    return table, where, review


def _task_text(row: list[str], above: list[str], cols: _Columns) -> str:
    """The task's text in a row: its name and content columns joined (项目名称。主要内容), a text met twice (a cell
    merged across both columns) once, and on a row that goes on with the task above, without the cells it
    repeats from that row (the 项目名称 merged down over both)."""
    def cell(row: list[str], i: int) -> str:
        return row[i].strip() if i < len(row) else ""

    parts: list[str] = []
    for i in (cols.task, *cols.content, *cols.standards) if cols.task is not None else ():
        text = cell(row, i)
        if not text or (above and text == cell(above, i)) or any(text in part for part in parts):
            continue
        parts = [p for p in parts if not text.startswith(p)] + [text]     # 老城厢复兴发展：… after its name
    joined = ""
    for part in parts:
        joined = _stopped(joined) + part if joined else part
    return joined


def _stopped(text: str) -> str:
    """A text ended as a sentence before the text after it (农村路灯亮化工程 → 农村路灯亮化工程。)."""
    return text if re.search(r"[。；;:：.!！?？]$", text) else text + "。"


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
        cell = _units_apart(_lead_first(cell))
        if _MEASURED.search(cell) and not _units_cell(cell):
            continue                                    # 城市标准(788元/月) merged down into the units column: no unit
        marker += _collectives(read_marker(cell), cell)
    leaders = read_marker(f"责任领导:{get(cols.leader)}").leaders if get(cols.leader) else ()
    for col in cols.heads:
        leaders += read_marker(f"责任领导:{get(col)}").leaders if get(col) else ()
    leaders = tuple(dict.fromkeys(leaders + persons)) or None
    text = re.sub(rf"^\s*{re.escape(number)}\s*[.．﹒․、]\s*", "", text) if number else text
    if (target := get(cols.target)) and re.search(r"\d", target) and not _stated(text, target):
        figure = _QUALIFIED_FIGURE.fullmatch(target)
        unit = get(cols.unit) if figure or not re.search(r"[^\d.]$", target) else ""
        named = _NAMED_UNIT.search(text) if not unit and figure else None
        if named:           # 城镇新增就业(人) | 26000, 地区生产总值增长(%) | 6左右: the figure where its unit is named
            text = f"{text[:named.start()]}{figure['before']}{figure['number']}{named.group(1)}{figure['after']}" \
                   f"{text[named.end():]}"
        elif figure:        # 4.5以内 | %: the unit after the figure, before the words that bound it
            text += f"（目标：{figure['before']}{figure['number']}{unit}{figure['after']}）"
        else:
            text += f"（目标：{target}{unit}）"
    if share := get(cols.share):
        text = f"{_stopped(text)}{cols.share_name}:{share}"     # 新增停车位10万个。涉及西湖区工作指标:9300个
    if continues:
        previous = next(entry for _, entry in reversed(out) if entry.get("hint") == "task")
        if text and not re.search(r"[。；;！!？?：:，,、]$", previous["text"]):
            text = "。" + text                          # the task's next row (its second road, its next standard)
        previous["text"] += text
        previous["departments"] = tuple(dict.fromkeys((previous["departments"] or ()) + marker.departments)) or None
        previous["leaders"] = tuple(dict.fromkeys((previous["leaders"] or ()) + (leaders or ()))) or None
        return
    label = number + ("." if number and not re.fullmatch(r"[(（].+[)）]", number) else "")     # (一) is a label
    out.append((r, {"text": label + text, "hint": "task",
                    "departments": marker.departments or None, "leaders": leaders,
                    "due": get(cols.due) or _last_milestone(get(cols.plan), set_only=cols.monthly)}))


_MEASURED = re.compile(r"\d\s*(?:[%％‰]|元/|[元万亿个人户家吨米亩](?:[)）/]|$))")     # 788元/月, 60%: an amount, no unit's name
_MILESTONE = re.compile(r"(?:((?:19|20)\d{2})年)?(?<!\d)(\d{1,2})月(?:(\d{1,2})日|(上旬|中旬|下旬|底|末))?(?:前|以前)?")
_PERIOD_MILESTONE = re.compile(r"(?:((?:19|20)\d{2})年)?(?:第?([一二三四1-4])季度|([上下])半年)(?:底|末)?(?:前|以前)?")


def _last_milestone(cell: str, set_only: bool = False) -> str:
    """The words of the latest date in a plan cell (1.4月底前… 2.8月底前… 3.11月底前…竣工交付 → ``11月底前``), "" for
    none: a task whose plan runs to 11月底 is due then. With ``set_only`` (a month's plan: 4月:公布采购公告 is the
    step of the month reported) only a date the cell sets as a limit counts (8月底前…确保完成)."""
    rank = {"上旬": 10, "中旬": 20, "下旬": 31, "底": 31, "末": 31, None: 31}
    found = [(int(m.group(1) or 0), int(m.group(2)), int(m.group(3)) if m.group(3) else rank[m.group(4)], m.group())
             for m in _MILESTONE.finditer(fold(cell)) if 1 <= int(m.group(2)) <= 12
             and (not set_only or m.group().endswith("前"))]
    # 三季度:建成, 下半年:完工: a quarter or a half ends with its last month
    found += [(int(m.group(1) or 0), _period_end(m), 31, m.group())
              for m in _PERIOD_MILESTONE.finditer(fold(cell)) if not set_only or m.group().endswith("前")]
    return max(found)[3] if found else ""


def _period_end(milestone: re.Match) -> int:
    """The last month of the quarter or half year a milestone names (三季度 → 9, 上半年 → 6)."""
    quarter, half = milestone.group(2), milestone.group(3)
    if half:
        return 6 if half == "上" else 12
    return 3 * (int(quarter) if quarter.isdigit() else "一二三四".index(quarter) + 1)


# A unit of measure named in brackets at the end of a table's item (城镇新增就业(人), 城镇登记失业率低于(%), 投资（万元）)
_NAMED_UNIT = re.compile(r"[(（]\s*([%％‰]|[\u4e00-\u9fff]{1,3}(?:/[\u4e00-\u9fff]{1,2})?)\s*[)）]$")
# A target cell under a column whose unit the item names (地区生产总值增长(%)): a figure alone or with the words
# that bound it (6左右, ≥60, 5.5以内, 不低于85), the unit to go right after the figure
_QUALIFIED_FIGURE = re.compile(r"(?P<before>(?:[≥≤＞＜><]=?|不低于|不少于|不高于|不超过|低于|高于|超过|约)?)"
                               r"(?P<number>\d[\d.,]*)(?P<after>(?:左右|以上|以内|以下)?)")
# A note in brackets after a unit on its part in the task (数据统计评估牵头单位, 牵头, 配合)
_ROLE_NOTE = re.compile(r"[(（][^()（）]*(?:牵头|负责|配合|协办|参与)[^()（）]*[)）]")
# A target verb and figure in the item's own words (…月均分别达到300元/人): the item states its targets
_STATES_TARGET = re.compile(r"(?:达到|提高到|提高至|不低于|不少于|控制在)\s*\d")


def _stated(text: str, target: str) -> bool:
    """Does the item's text already state its target (完成征缴基金10000万元 | 10000万), or targets of its own in place
    of the column's figure (补差水平月均分别达到300元/人 | 100%)?"""
    figure = re.search(r"\d+(?:\.\d+)?", target).group()
    # a number that names a thing or an age (5G基站, 60岁以上老年人) is no figure the item states
    own = rf"(?<![\d.A-Za-z]){re.escape(figure)}(?![\d.A-Za-z岁])"
    return bool(re.search(own, text) or _STATES_TARGET.search(text))


# One star or two before or after a name mark it the lead; more (****分局, the name's characters masked by a
# site that reposts the notice) or inside it (县**局) are the name as written
_LEAD_MARK = re.compile(rf"^[{_STARS}]{{1,2}}(?![{_STARS}])|(?<![{_STARS}])[{_STARS}]{{1,2}}$")


def _lead_first(cell: str) -> str:
    """A units cell marking its lead with a star (*区投促局 各镇街 各平台, 区财政局 区住建局*, ★区发改委、统计局): the
    starred units first, the star no part of any name; a cell without a star as it is."""
    if not any(star in cell for star in _STARS):
        return cell
    pieces = re.split(r"([\s、,，;；]+)", cell.strip())
    names, seps = pieces[0::2], pieces[1::2]
    starred = [bool(_LEAD_MARK.search(n)) for n in names]
    clean = [_LEAD_MARK.sub("", n) for n in names]
    if all(starred[:sum(starred)]):                 # the lead already first: only the stars go
        return "".join(c + (seps[k] if k < len(seps) else "") for k, c in enumerate(clean)).strip()
    order = [c for c, s in zip(clean, starred) if s] + [c for c, s in zip(clean, starred) if not s]
    return "、".join(c for c in order if c)


def _unit_lines(cell: str) -> str:
    """A units cell whose name is broken over lines to fit the column (市人力资源 / 社会保障局) made whole; lines that
    each end a name (市发改委 / 市财政局) or a list (、) stay apart."""
    lines = cell.split("\n")
    if _vertical_name(lines):
        return "".join(line.strip() for line in lines)
    out = [lines[0]]
    for line in lines[1:]:
        last = _last_word(out[-1].strip())
        if re.fullmatch(r"[\u4e00-\u9fff]{2,12}", last) and not _organisation(last) and line.strip():
            out[-1] = out[-1].rstrip() + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


def _unit_name(word: str) -> bool:
    """A unit's name (县教体局, 岳麓区) or a collective of units (各相关乡镇政府, 市直相关单位, 有关部门)."""
    return _organisation(word) or bool(re.fullmatch(r"[\u4e00-\u9fff]{0,8}(?:单位|部门)|[\u4e00-\u9fff]{2,16}成员单位|"
                                                    r"各[\u4e00-\u9fff]{1,6}", word))


def _units_apart(cell: str) -> str:
    """A units cell whose names stand apart by a space (县教体局 各相关乡镇政府) or a 和 (统计局和市直相关单位) listed
    with 、, when the words on both sides read as units' names: 市住房和城乡建设局 (市住房 no name) stays whole; a unit
    and the collective after it (高新投公司等各部门) two names."""
    # 高新投公司等各部门: the unit and then all the others, each a name (等 a list's "and", not "such as")
    cell = re.sub(r"(?<=[\u4e00-\u9fff])等(?=各[\u4e00-\u9fff]{1,6}$)",
                  lambda m: "、" if _unit_name(_last_word(cell[:m.start()])) else m.group(0), cell)
    cell = _UNIT_WITH.sub(lambda m: "会同" if _unit_name(_last_word(cell[:m.start()])) and
                          _unit_name(m.group(1)) else m.group(0), cell)
    pieces = re.split(r"([ \t\u3000]+|和)", cell)
    text = pieces[0]
    for k in range(1, len(pieces) - 1, 2):
        sep, right = pieces[k], pieces[k + 1]
        left_word = _last_word(text)
        right_word = re.split(r"[、,，;；\s和]", right)[0]
        if _unit_name(left_word) and _unit_name(right_word):
            text += "、" + right
        else:
            text += sep + right
    return text


def _last_word(text: str) -> str:
    """The words after the last list mark or space of ``text``: the name it ends with, if any (市财政局 of
    县教体局、市财政局)."""
    return re.split(r"[、,，;；\s]", text)[-1]


# 宣传处会办公室: 会 short for 会同 between two units' names, after an ending no 会 makes a word with (社会, 工会,
# 管委会, 协会 are names' own), before no word of its own (会计核算中心, 会议中心)
_UNIT_WITH = re.compile(r"(?<=[处局室科股办部厅心院站所队])会(?!同|计|议|展|员|所|馆|堂|务)"
                        r"(?=([\u4e00-\u9fff]{2,16})(?:$|[、,，;；\s(（]))")


def _vertical_name(lines: list[str]) -> bool:
    """A unit's name written down a narrow column, a few characters a line (市政 / 府办 / 公厅, 市 / 监 / 察 / 局):
    short lines with no list marks, the first no name of its own, all together one name."""
    parts = [line.strip() for line in lines]
    whole = "".join(parts)
    return len(parts) >= 2 and all(re.fullmatch(r"[\u4e00-\u9fff]{1,5}", part) for part in parts) and \
        not _organisation(parts[0]) and len(whole) <= 14 and _organisation(whole)


def _collectives(marker: Marker, cell: str) -> Marker:
    """各乡、街道办事处 (the townships and the sub-districts, named as one) kept as one name, as written; and a
    units cell's 相关部门 listed as a name of its own (经信局、相关部门、各镇乡(街道)), kept in its place as the
    cell's 各部门 is: the cell names it among the units (a 市财政局等相关部门 adds no one, and stays out)."""
    names = list(marker.departments)
    k = 0
    while k + 1 < len(names):
        joined = f"{names[k]}、{names[k + 1]}"
        if re.fullmatch(r"各[\u4e00-\u9fff]{1,2}", names[k]) and \
                re.fullmatch(r"(?:街道|街道办事处|办事处|社区)", names[k + 1]) and joined in cell:
            names[k:k + 2] = [joined]
        k += 1
    words = _listed_words(cell.strip().rstrip("。."))
    if len(words) > 1 and names:
        for i, word in enumerate(words):
            if _LISTED_GENERIC.fullmatch(word) and word not in names:
                names.insert(max((names.index(w) + 1 for w in words[:i] if w in names), default=0), word)
    return replace(marker, departments=tuple(names)) if names != list(marker.departments) else marker


_LISTED_GENERIC = re.compile(r"(?:其他|其它)?(?:相关|有关)(?:部门|单位)")      # 相关部门 as one of a cell's names


def _listed_departments(units: list[str]) -> tuple[str, ...] | None:
    """The departments a row's units cells name, read as one list (the starred lead first, names apart by a
    space or a 和 listed, collectives kept as written); None for none."""
    if not units:
        return None
    listed = _units_apart(_lead_first("、".join(units)))
    return _collectives(read_marker(listed), listed).departments or None


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


_SPACED_ROW = re.compile(r"\d{1,3}\s+\S")        # a spaced table's row: its number, then its cells


def text_tables(lines: list[Line]) -> list[Line]:
    """A table pasted as text: a header line of column names separated by spaces (序号 类别 主要任务 … 牵头单位
    参与单位 责任单位) and rows that start with their number. A row's cells may hold spaces themselves, but
    department names do not: the row's last words fill the columns of units, leaders and deadlines that end
    the header, and the rest, from the number on, is the task. A row whose line stops short of its cells goes on
    over the lines of names below it, up to the next row (``_broken_cells``). A table pasted one cell a line
    (序号 / 目标任务 / 牵头单位 / … then 1 / its cells) is read by ``_column_cells``."""
    out, roles, review, reported = [], None, "", []
    lines = _glued_rows(_requirement_rows(_column_cells(lines)))
    taken = 0                                   # lines up to here were read as a row's broken cells
    for at, ln in enumerate(lines):
        if at < taken:
            continue
        heads = _header_tail(_spaced_heads(ln.text))
        if len(heads) >= 3 and all(re.fullmatch(r"[\u4e00-\u9fff()（）]{2,10}", _unperiod(h)) for h in heads):
            if any(map(_units_head, heads)):
                roles, review = list(reversed(list(itertools.takewhile(_role_column, reversed(heads))))), ""
                reported = _reported(heads, roles)
                out.append(ln)
                continue
            if found := _roles_by_content(heads, lines[at + 1:at + 6]):
                roles, review = found, "任务表的表头未能识别责任单位列，已按各列内容推定，请核对"
                reported = []                   # its units are the rows' last words, as in any spaced table
                out.append(ln)
                continue
        # a progress report's header may end with its progress column: no role column, yet a table
        m = _SPACED_ROW.match(ln.text) if roles or reported else None
        if m and reported and (read := _report_row(lines, at, roles, reported, review)):
            taken, rows = read
            out.extend(rows)
            continue
        if m is None:
            out.append(ln)
            continue
        words = _padded_words(ln.text)
        broken = _persons_below(lines, at + 1) if _stops_at_persons(words, roles) else \
            _broken_cells(lines, at + 1, roles) if len(words) <= len(roles) + 1 else []
        if len(words) + sum(len(piece.split()) for piece in broken) <= len(roles) + 1:
            out.append(ln)
            continue
        taken = at + 1 + len(broken)
        out.append(_spaced_row(ln.no, " ".join([ln.text, *broken]), roles, review, bool(broken)))
    return out


def _reported(heads: list[str], roles: list[str]) -> list[str]:
    """Does a spaced header put columns of progress between its units and its closing role columns (序号 目标任务
    牵头责任部门 进展情况 存在问题 完成时限: a progress report on the plan)? Then the units are not among the row's
    last words: ``_report_row`` reads such rows. → the role columns before the progress (牵头领导 牵头责任单位 主体责任单位
    配合责任单位), [] for a header of no progress report."""
    tail = heads[:len(heads) - len(roles)]
    unit = next((k for k in reversed(range(len(tail))) if _units_head(tail[k])), None)
    if unit is None or unit + 1 == len(tail) or \
            any(_column_kind(_unperiod(h)) not in ("other", "note") for h in tail[unit + 1:]):
        return []
    return list(reversed(list(itertools.takewhile(_role_column, reversed(tail[:unit + 1])))))


# The period a header cell opens with (2023年重点工作任务, 2023年10-12月份进展情况, 1-3月份进度安排): not the column's name
_HEAD_PERIOD = re.compile(r"^(?:\d{4,5}年度?)?(?:\d{1,2}(?:[-—~至]\d{1,2})?月份?)?(?=[\u4e00-\u9fff])")


def _unperiod(head: str) -> str:
    return _HEAD_PERIOD.sub("", head, count=1)


_REPORT_ROW_LINES = 6                          # a progress report's row runs over so many lines at most


def _report_row(lines: list[Line], at: int, roles: list[str], inner: list[str],
                review: str) -> tuple[int, list[Line]] | None:
    """A row of a spaced progress report (``_reported``): its number, the task, the cells of the role columns
    before the progress (``inner``: persons, then the words naming units, one or more columns of them), the
    progress and problems, then the role cells (3月底). The row goes on over the lines below it (a problems
    cell, 下一步工作打算:…) up to the one ending with its deadline, when the header ends with one, and over the
    lines a units cell broken one name a line puts below it (各乡镇 / 县开发区 / 县直有关单位 …). → (the index after
    the row, [its task line, the progress as a note]); None when no word after the task names a unit."""
    end, stop = at + 1, min(at + _REPORT_ROW_LINES, len(lines))
    if roles and _HEAD_DUE.match(roles[-1]):
        while end < stop and not _ends_dated(lines[end - 1].text) and _row_goes_on(lines[end]):
            end += 1
    while end < stop and _row_goes_on(lines[end]) and \
            _units_cell(lines[end].text.split()[0]) and _units_cell(lines[end - 1].text.split()[-1]):
        end += 1
    row = " ".join(ln.text.strip() for ln in lines[at:end])
    number = re.match(r"\d{1,3}", row)
    words = list(re.finditer(r"\S+", row))
    first = next((k for k in range(2, len(words)) if _units_cell(words[k].group())), None)
    if first is None:
        return None
    last = first
    if sum(map(_units_head, inner)) > 1:         # a column of units each: the words naming units run on
        while last + 1 < len(words) and _units_cell(words[last + 1].group()):
            last += 1
    persons = first
    if any(_HEAD_LEADER.match(h) for h in inner):
        while persons > 2 and _PADDED_PART.fullmatch(words[persons - 1].group()):
            persons -= 1
    unit = words[last]
    cells = words[len(words) - len(roles):] if len(words) - len(roles) > last else []
    due = next((c.group() for h, c in zip(roles, cells) if _HEAD_DUE.match(h)), "")
    progress = row[unit.end():cells[0].start() if cells else len(row)].strip()
    text = row[number.end():words[persons].start()].strip()
    units = "、".join(dict.fromkeys(w.group() for w in words[first:last + 1]))
    leaders = _padded_names([w.group() for w in words[persons:first]])
    task = Line(lines[at].no, f"{number.group()}.{text}", hint="task",
                departments=read_marker(f"责任单位:{units}").departments or None, leaders=leaders or None,
                due=due, review=review)
    return end, [task] + ([Line(lines[at].no, progress, hint="note")] if progress else [])


_PADDED_PART = re.compile(r"[\u4e00-\u9fff]{1,3}")     # a person's name, or a part of one padded to fit (汪  峰)


def _row_goes_on(ln: Line) -> bool:
    """Can a line carry on the row above it: words, no row, heading or line read already?"""
    text = ln.text.strip()
    return bool(text) and not ln.hint and not _SPACED_ROW.match(text) and item_label(fold(text)) is None


def _padded_names(words: list[str]) -> tuple[str, ...]:
    """Persons' names as a cell spaced them (汪 峰 吴蓓蓓): a run of single characters is one padded name."""
    return tuple(n for n in _singles_joined(words) if _PERSON_CELL.fullmatch(n) and not _organisation(n))


def _singles_joined(words: list[str]) -> list[str]:
    """``words`` with each run of single characters joined: one word a cell spaced out (汪 峰, 工 作 任 务)."""
    joined: list[str] = []
    for single, run in itertools.groupby(words, key=lambda word: len(word) == 1):
        joined += ["".join(run)] if single else list(run)
    return joined


def _ends_dated(text: str) -> bool:
    """Does a line end with a deadline cell (… 3月底)?"""
    words = text.split()
    return bool(words) and _DUE_CELL.match(fold(words[-1])) is not None


def _padded_words(text: str) -> list[str]:
    """A spaced row's words, a two-character name padded to fit its cell (王  忠) taken whole."""
    return [m.group() for m in _row_words(text)]


# A word of a spaced row, a padded name (王  忠) one word: two single characters standing alone side by side are one
# name spaced out, not two cells (a cell of one character stands beside longer ones)
_ROW_WORD = re.compile(r"(?<!\S)[\u4e00-\u9fff] {1,3}[\u4e00-\u9fff](?!\S)(?! {1,3}[\u4e00-\u9fff](?!\S))|\S+")


def _row_words(row: str) -> list[re.Match]:
    """The words of a spaced row as matches (``_ROW_WORD``)."""
    return list(_ROW_WORD.finditer(row))


def _stops_at_persons(words: list[str], roles: list[str]) -> bool:
    """Does a row's line stop at its persons, before the units column that ends the header (… / / 陶静华, then
    范颖飞 / 钱  辉 镇社会事业局… on lines of their own): a leaders column broken one name a line?"""
    return len(roles) >= 2 and _units_head(roles[-1]) and bool(_HEAD_LEADER.match(roles[-2])) and \
        _line_kind(words[-1]) == "leader"


def _persons_below(lines: list[Line], at: int) -> list[str]:
    """The lines from ``at`` that carry on a row stopped at its persons (``_stops_at_persons``): persons' names,
    one a line, the last line ending with the units cell, whatever names it holds (镇社会事业局绿化条线、兆丰社区).
    [] unless a line ends so: names alone after a row are no cell of it."""
    out: list[str] = []
    for ln in lines[at:at + _REPORT_ROW_LINES]:
        words = _padded_words(ln.text)
        if not words or not _row_goes_on(ln) or any(_line_kind(w) != "leader" for w in words[:-1]):
            return []
        out.append(ln.text.strip())
        if _line_kind(words[-1]) != "leader":
            return out
    return []


def _spaced_row(no: int, row: str, roles: list[str], review: str, broken: bool) -> Line:
    """A spaced table's row (its lines joined when ``broken``) → its task line: the last words fill the role
    columns, the rest after the number is the task. In a broken row the names before the role cells that read as
    units (or persons, for a leaders column first) belong to the first role column, whose cell the page broke one
    name a line. A cell written / is empty."""
    number = re.match(r"\d{1,3}", row)
    words = _row_words(row)
    first = len(words) - len(roles)             # the word that opens the role cells
    kind = "units" if _units_head(roles[0]) else "leader" if _HEAD_LEADER.match(roles[0]) else None
    # a row with more units than its units columns (2 完成造林1万亩 县林业局 县自然资源局 各乡镇 under 牵头单位 责任单位):
    # the names before the role cells are the first column's too, the lead among them, not the task's last words
    if kind == "units" or broken and kind:
        while first > 2 and _line_kind(words[first - 1].group()) == kind:
            first -= 1
    cells = dict(zip(roles, ["、".join(w.group() for w in words[first:len(words) - len(roles) + 1]),
                             *(w.group() for w in words[len(words) - len(roles) + 1:])]))
    text = re.sub(r"(?:\s+[-—–/／])+$", "", row[number.end():words[first].start()].strip())   # its empty cells (/ /)
    cells = {h: re.sub(r"\s+", "", v) if _HEAD_LEADER.match(h) else v for h, v in cells.items()
             if not _EMPTY_CELL.match(v)}
    marker = read_marker(";".join(f"{h}:{v}" for h, v in cells.items() if not _HEAD_LEADER.match(h)
                                  and not _HEAD_DUE.match(h)))
    leaders = next((read_marker(f"责任领导:{v}").leaders for h, v in cells.items() if _HEAD_LEADER.match(h)), None)
    due = next((v for h, v in cells.items() if _HEAD_DUE.match(h)), "")
    return Line(no, f"{number.group()}.{text}", hint="task", departments=marker.departments or None,
                leaders=leaders, due=due, review=review)


def _broken_cells(lines: list[Line], at: int, roles: list[str]) -> list[str]:
    """The lines from ``at`` that carry on a spaced table's row its line left short of cells (2 一般公共预算收入
    增长5%左右。 / 区财政局 / 区税务局 / 区政府有关部门,各乡镇…: a page breaks a cell holding two units, one a line,
    and puts the next cell on a line of its own): each a cell or a cell's part, its words naming what the role
    columns hold (units, persons, dates), up to the next row, heading or blank line ([] for none: a page's
    furniture after the table is no cell)."""
    kinds = {"units" if _units_head(h) else "leader" if _HEAD_LEADER.match(h) else "due" for h in roles}
    out: list[str] = []
    for ln in lines[at:]:
        text = ln.text.strip()
        if not text or ln.hint or _SPACED_ROW.match(text) or item_label(fold(text)) is not None or \
                not all(_line_kind(word) in kinds for word in _padded_words(text)):
            break
        out.append(text)
    return out


# The names a column read by its content is given, so the row's last words are read as a known header's are
_ROLE_NAMES = {"units": "责任单位", "due": "完成时限", "leader": "责任领导"}


def _roles_by_content(heads: list[str], rows: list[Line]) -> list[str] | None:
    """The role columns ending a spaced header whose names no list knows (序号 事项描述 承办主体 时间节点): read from
    the last words of the rows under it (two at least, each led by its number): units, dates, persons, from the
    last column back to the first that is none of these (the task). None without a column of units."""
    words = [ln.text.split() for ln in itertools.takewhile(lambda ln: _SPACED_ROW.match(ln.text), rows)]
    if len(words) < 2:
        return None
    roles: list[str] = []
    for back in range(1, len(heads) - 1):
        cells = [row[-back] for row in words if len(row) > back + 1]
        kind = _kind_by_content(cells) if len(cells) == len(words) else "task"
        if kind not in _ROLE_NAMES:
            break
        roles.insert(0, _ROLE_NAMES[kind])
    return roles if "责任单位" in roles else None


def _header_tail(words: list[str]) -> list[str]:
    """A spaced header's names, from its 序号 on: a page that runs the paragraphs together may end the notice's
    last paragraph (附件, the issuer, the table's title) with the header of the table that follows. [] without 序号."""
    at = next((i for i in reversed(range(len(words))) if _HEAD_NO.match(words[i])), None)
    return [] if at is None else words[at:]


def _spaced_heads(text: str) -> list[str]:
    """A header line's column names, a name spaced out to fit its column (工 作 任 务) taken whole: a run of
    single characters apart is one name; a name broken in two to fit (牵头  领导, 配合  责任单位) is one too: a
    word heading no column that with the next word heads a column of units or leaders."""
    joined: list[str] = []
    for head in _singles_joined(text.split()):
        # the cheap length test first: text_tables reads every line of a notice through here
        if joined and len(joined[-1]) <= 2 and _column_kind(joined[-1]) is None and _role_column(joined[-1] + head):
            joined[-1] += head
        else:
            joined.append(head)
    return joined


_PIPE = re.compile(r"\s\|\s|\s\|$")


def _column_kind(head: str) -> str | None:
    """What a header cell of a table pasted one cell a line heads: no (序号), section (分类 …), task, lead (牵头单位),
    units, office (负责科室: a section inside the unit), leader (责任领导, 负责人), due, note (备注), target (年度目标:
    the task's target beside its name), other; None: no head (nor a title naming 进展情况 at its end: heads are
    short)."""
    if len(head) > 12:
        return None
    if _HEAD_NO.match(head):
        return "no"
    if _HEAD_OFFICE.match(head):
        return "office"
    if _units_head(head):
        return "lead" if re.search(r"牵头|主责", head) else "units"
    if _HEAD_LEADER.match(head) or _HEAD_HEADS.match(head):
        return "leader"
    if _HEAD_DUE.match(head):
        return "due"
    if _HEAD_TASK.match(head) or _HEAD_GOAL.match(head) or _HEAD_DEMAND.match(head) or _HEAD_AIMED.match(head):
        return "task"
    if _HEAD_SECTION.match(head):
        return "section"
    if re.fullmatch(r"备注|说明", head):
        return "note"
    if _HEAD_TARGET.match(head):
        return "target"
    if _HEAD_SHARE.match(head):
        return "share"
    if _HEAD_OTHER.search(head) or _HEAD_MONEY.match(head):
        return "other"
    return None


def _head_kind(cell: str) -> str | None:
    """What a header cell as written heads (``_column_kind``): its spaces and its note in brackets left out."""
    return _column_kind(_noted(_head(cell)))


# 涉及西湖区工作指标, 分解到我区任务: the area's own share of a higher level's goal, in a progress table that restates
# the province's or city's 民生实事 (工作目标: 新增停车位10万个) beside the figure the area answers for (9300个停车位)
_HEAD_SHARE = re.compile(r"^(?:涉及|分解(?:到|至|给))[\u4e00-\u9fff]{1,10}?(?:工作)?(?:指标|任务|目标)(?:任务|数)?$")
# 2023年目标进度: the progress the year is to reach, the task's own plan (not a report of progress made)
_HEAD_AIMED = re.compile(r"^(?:\d{4}年度?|年度|全年)?(?:目标进度|进度目标)$")
# 总投资, 年度投资金额: the money spent, a figure beside the task
_HEAD_MONEY = re.compile(r"^(?:\d{4}年度?|年度|计划|预计)?(?:总投资|投资|投资额|投资金额|资金|金额)$")


# 具体要求, 工作标准 (what the task is to do, the standard its work must meet) and 事项 (the matter): the task's text
# in a table pasted one cell a line; so are 目标及质量要求, 质量要求 (a target book's: what the work must
# reach, how well)
_HEAD_DEMAND = re.compile(r"^(?:(?:具体|工作|主要|任务|质量|目标及质量|目标及)(?:要求|标准)|事项)$")
_UNIT_ROLE = re.compile(r"(?:牵头|负责落实|负责|落实|配合|参与|协办|协助)$")   # 区政府办公室牵头, 各乡镇街负责落实


@dataclass(frozen=True)
class _CellHeader:
    """The header of a table pasted one cell a line: its row columns' kinds (after 序号), where it ends, whether
    it has a 序号 column, whether a group column (分类) stands before the rows (its cells given before a row)."""

    kinds: tuple[str, ...]
    begin: int                      # index into the full lines of its first name (序号, or 分类 before it)
    end: int                        # index into the full lines just after the header
    numbered: bool
    grouped: bool
    share: str = ""                 # the name of its column of the area's share (涉及西湖区工作指标), if any


def _column_cells(lines: list[Line]) -> list[Line]:
    """A table pasted one cell a line with no mark between cells, or each cell ending ' |' (序号 / 目标任务 / 牵头单位
    / 进展情况 / 备注, then 1 / the task / *区住建局 / *区综合行政执法局 / its progress …, blank lines anywhere): a
    header of known column names naming a task and a units column, then rows each led by its bare number 1, 2,
    3 …, or, a table without 序号, by its task cell numbered 1. 2. … . A row's cells follow the header's order, a
    units column taking every line that reads as units (two 牵头单位, a line each) unless another units column
    follows; cells of progress are dropped, a 备注 saying when (11月底前完成) is the deadline. Headings between
    rows (一、…, （一）…, a 分类 cell merged down) stay lines of their own. The task lines are flagged for review:
    the cells were placed by their order and content, not by marks."""
    full = [k for k, ln in enumerate(lines) if _cell_text_of(ln.text) and ln.hint == "" and ln.departments is None]
    out: list[Line | None] = list(lines)
    at = 0
    while at < len(full):
        header = _cell_header(lines, full, at)
        table = _cell_rows(lines, full, header) if header is not None else None
        if table is None and (groups := _numeral_groups(lines, full, at)) is not None:
            end, tasks = groups
            for k in range(full[at], full[end - 1] + 1):
                out[k] = tasks.get(k)
            at = end
            continue
        if table is None:
            at += 1
            continue
        rows, keep, end = table
        rows = _item_rows(rows, keep, lines, header)
        for k in range(full[header.begin], full[end - 1] + 1):
            out[k] = keep.get(k)
        above = None                                  # the row before, its cells merged down over this one
        for start, number, cells, row_header in rows:
            task, group = _cell_row(lines[start], number, cells, row_header)
            if above is not None and (group is not None or any(k in keep for k in range(above[0], start))):
                above = None                          # a heading between: a merged cell ends at its group
            if task.hint == "task":
                if above is not None and not _blank_written(lines, cells):
                    task = _merged_down(task, above[1], row_header)
                above = (start, task)
            out[start] = task
            if group is not None:
                heading = replace(lines[group], text=_cell_text_of(lines[group].text), hint="section")
                if cells and cells[0][0] == group:
                    out[start], out[group] = heading, task      # the row's own group cell heads the row
                else:
                    out[group] = heading
        at = end
    return [ln for ln in out if ln is not None]


def _blank_written(lines: list[Line], cells: list[tuple[int, str]]) -> bool:
    """Does a row write an empty cell between two of its cells: two cell marks with nothing between (the ' |' that
    ends a cell, then a bare '|' line: a cell left empty)? Such a row writes its blanks, so a cell it leaves out is
    empty, not merged down from the row above."""
    for (k, _), (after, _) in itertools.pairwise(cells):
        between = [lines[m].text.strip() for m in range(k + 1, after)]
        if all(re.fullmatch(r"[|\s]*", text) for text in between) and \
                _cell_marks(lines[k].text) + sum(text.count("|") for text in between) >= 2:
            return True
    return False


def _cell_marks(text: str) -> int:
    """How many cell marks ('|') end a pasted line."""
    return re.search(r"[|\s]*$", text).group(0).count("|")


def _merged_down(task: Line, above: Line, header: _CellHeader) -> Line:
    """A row with the cells merged down from the row above: a cell merged over several rows is pasted once, in
    its first row, and holds for the rows below until a new value appears (牵头单位 and 负责人 given in row 1 only,
    计划完成时间 10月底前 in row 2 only, rows 3-5 a task and a progress cell each). The units carry down whole,
    to a row that names none of its own (a row naming its lead has its own units, co-units left blank); its
    persons and its deadline each to a row without one, under a header that has such a column."""
    kinds, own = set(header.kinds), task
    if task.departments is None and above.departments and {"lead", "units"} & kinds:
        task = replace(task, departments=above.departments)
    if task.leaders is None and above.leaders and "leader" in kinds:
        task = replace(task, leaders=above.leaders)
    if not task.due and above.due and "due" in kinds:
        task = replace(task, due=above.due)
    if task == own:
        return task
    return replace(task, review=task.review.removesuffix("，请核对") + "，未写的单元格按上一行的合并单元格沿用，请核对")


def header_cells(texts: list[str]) -> set[int]:
    """Which lines are a table's header cells pasted one a line: the lines of a run of two or more column names
    (序号 / 重点工作任务 / 牵头单位 …, 进展情况(一季度) among them). Such a line names a column, never the notice."""
    named = [_head_kind(_cell_text_of(text)) is not None for text in texts]
    return {k for k, name in enumerate(named)
            if name and (k > 0 and named[k - 1] or k + 1 < len(named) and named[k + 1])}


# A progress table pasted one cell a line may number its rows 一, 二, 三, each a group of projects under the unit
# leading it (序号 | / 牵头单位 | / 项目数量 | / 项目名称 | / 业主单位 | / 本月进展情况 | …, then 一 | / 区住建局 | /
# 区政府民生实事项目(1个) | / (一)…专项行动(6条路) | / 1.文化中心北路 | / 区城投 | / 已完工 | / 2.乐业路 | …): the group is
# the task. Its unit is the lead column's cell, its text the project cells from the name column on (those its own
# numbers open, (一) / 1.; else the one cell there); the cells before that column (a count), the owners and the
# progress beside each project are no part of it. Read so only when every line of the table ends with its cell
# mark, the header names a task and a lead column before it, and at least three rows run 一, 二, 三 … .
_NUMERAL_ROW = re.compile(r"^([一二三四五六七八九十]{1,3})$")
_NUMERAL_ROWS = 3


def _numeral_groups(lines: list[Line], full: list[int], at: int) -> tuple[int, dict[int, Line]] | None:
    """(index into ``full`` after the table, {line index: task line}) of a table whose rows are numbered 一, 二,
    三 … from its 序号 at ``full[at]``; None for any other line."""
    def text(j: int) -> str:
        return _cell_text_of(lines[full[j]].text)

    if _head_kind(text(at)) != "no":
        return None
    names, j = [], at + 1
    while j < len(full) and len(names) < 12 and not _NUMERAL_ROW.match(text(j)):
        kind = _head_kind(text(j))
        if kind is None and not _unknown_head(text(j)):
            return None
        names.append(kind)
        j += 1
    leads = [c for c, kind in enumerate(names) if kind in ("lead", "units")]
    if "task" not in names or not leads or leads[0] > names.index("task"):
        return None
    end = next((m for m in range(at, len(full)) if not lines[full[m]].text.rstrip().endswith("|")), len(full))
    rows, number = [], 1
    while j < end and (m := _NUMERAL_ROW.match(text(j))) and cn_number(m.group(1)) == number:
        start, j = j, j + 1
        while j < end and not _NUMERAL_ROW.match(text(j)):
            j += 1
        rows.append((full[start], number, [text(c) for c in range(start + 1, j)]))
        number += 1
    if len(rows) < _NUMERAL_ROWS or j != end:
        return None
    return end, {k: _group_task(lines[k], number, cells, names) for k, number, cells in rows}


def _group_task(line: Line, number: int, cells: list[str], names: list) -> Line:
    """A group row's task line: the lead column's unit, the project cells from the name column on."""
    task_col = names.index("task")
    units = [cell for c, cell in enumerate(cells[:task_col]) if names[c] in ("lead", "units") and _units_cell(cell)]
    projects = [cell for cell in cells[task_col:] if item_label(fold(cell)) is not None] or cells[task_col:task_col + 1]
    return Line(line.no, f"{number}.{'；'.join(projects)}", hint="task", departments=_listed_departments(units),
                review="进度表逐格分行粘贴，已按一、二、三各组读取牵头单位和项目，请核对")


def _item_rows(rows: list, keep: dict, lines: list[Line], header: _CellHeader) -> list:
    """Rows whose 序号 numbers a group of items, not one task (序号 1 | 主要预期目标 | 1.地区生产总值… | 钱 宇 | ★区发改委
    then 2.一般公共预算收入… | ★区财政局 … below, the 序号 and group cells merged down): one row an item, numbered as its
    text numbers it, the group cell kept as a heading, the item's cells filling the columns from the last text
    column on. A table is read so when a row holds two items numbered on from each other, a name (units, a
    leader) between them; a task's points (1.… 2.… in one cell's paragraphs, no name between) stay one task. → [(line index,
    number, cells, header of the row's columns)]."""
    def items(cells: list) -> list[int]:
        at = [i for i, (_, c) in enumerate(cells) if _task_cell(c) and _item_number(c) is not None]
        run = at[:1]
        for i in at[1:]:
            named = any(_units_cell(c) or _name_cell(c) for _, c in cells[run[-1] + 1:i])
            # once two items are told apart by their names, an item numbered on with none between is a row whose
            # cells are merged down from the one above ((4) 区商务局 … then (5), (6) under the same cells)
            if _item_number(cells[i][1]) != _item_number(cells[run[-1]][1]) + 1 or \
                    not named and (len(run) < 2 or _item_kind(cells[i][1]) != _item_kind(cells[run[-1]][1])):
                break
            run.append(i)
        return run

    runs = [items(cells) for _, _, cells in rows]
    if not any(len(run) >= 2 for run in runs):
        return [(start, number, cells, header) for start, number, cells in rows]
    texts = [c for c, kind in enumerate(header.kinds) if kind == "task"]
    own = replace(header, kinds=header.kinds[texts[-1]:]) if texts else header
    out = []
    for (start, number, cells), run in zip(rows, runs):
        if not run:
            out.append((start, number, cells, header))
            continue
        for k, _ in cells[:run[0]]:                       # the group's cell, merged down over its items
            keep[k] = replace(lines[k], text=_cell_text_of(lines[k].text), hint="section")
        for i, end in zip(run, run[1:] + [len(cells)]):
            k, cell = cells[i]
            label = item_label(fold(cell))
            out.append((k, label.number, [(k, cell[label.end:].strip())] + cells[i + 1:end], own))
    return out


def _item_kind(cell: str) -> str | None:
    """The kind of the numbering label a cell's text opens with (num for 2., num_paren for (2))."""
    label = item_label(fold(cell))
    return label.kind if label is not None else None


def _item_number(cell: str) -> int | None:
    """The number a cell's text opens with (2.一般公共预算收入…, (2)一般公共预算收入…), None for none."""
    label = item_label(fold(cell))
    return label.number if label is not None and label.kind in ("num", "num_paren") else None


def _cell_text_of(text: str) -> str:
    """A cell pasted as a line: its text without the ' |' that ended it ('|' and '||' alone: an empty cell)."""
    return re.sub(r"(?:\s*\|)+$", "", text.strip()).strip()


def _cell_header(lines: list[Line], full: list[int], at: int) -> _CellHeader | None:
    """The header starting at ``full[at]``: known column names with a task and a units column, after 序号 (a
    group column such as 分类 may stand just before it), or, a header without 序号, a run of names from its start."""
    def kind(j: int) -> str | None:
        return _head_kind(_cell_text_of(lines[full[j]].text)) if 0 <= j < len(full) else None

    first = kind(at)
    if first == "no":
        grouped = kind(at - 1) == "section"
        start = at + 1
    elif first in ("task", "section") and kind(at - 1) is None:
        grouped, start = first == "section", at
    else:
        return None
    kinds, j = [], start
    while j < len(full) and len(kinds) < 12:
        k, width = _broken_head(lines, full, j, kind)
        if k is None or k == "no":
            break
        kinds.append(k)
        j += width
    if first == "no":
        kinds, j = _content_kinds([_cell_text_of(lines[full[m]].text) for m in range(len(full))], kind, kinds, j)
    row = _offices(tuple(k for k in kinds if k != "section") if first != "no" else tuple(kinds))
    if first != "no" and (len(kinds) < 3 or kind(j) == "no"):
        return None                                   # 重点任务 above 序号 …: the header starts at 序号
    if "task" not in row or not {"units", "lead"} & set(row):
        return None
    share = next((_noted(_head(_cell_text_of(lines[full[m]].text))) for m in range(start, j)
                  if kind(m) == "share"), "")
    return _CellHeader(row, at - 1 if grouped and first == "no" else at, j, first == "no", grouped, share)


def _offices(kinds: tuple[str, ...]) -> tuple[str, ...]:
    """A header's columns with its office columns (负责科室) read as units when no other column names units: the
    sections of a bureau listing its own work are its units; beside a 牵头单位 they are offices inside it."""
    if {"lead", "units"} & set(kinds):
        return kinds
    return tuple("units" if kind == "office" else kind for kind in kinds)


def _broken_head(lines: list[Line], full: list[int], j: int, kind) -> tuple[str | None, int]:
    """The kind of the header name at ``full[j]`` and how many lines it takes: one, or two when a page broke the
    name over lines (2023年 / 目标进度): a line naming nothing alone, joined to the next; a name's note in brackets
    on the line after it (总投资 / (万元)) goes with the name."""
    own = kind(j)
    if j + 1 >= len(full):
        return own, 1
    after = _cell_text_of(lines[full[j + 1]].text)
    if own is not None:                               # its note on the next line, (万元): the same name's
        return own, 2 if re.fullmatch(r"[(（][^()（）]{1,6}[)）]", after) else 1
    joined = _cell_text_of(lines[full[j]].text) + after
    if len(joined) > 12 or _row_number(after) is not None:
        return None, 1
    return _head_kind(joined), 2


def _content_kinds(texts: list[str], kind, kinds: list[str], j: int) -> tuple[list[str], int]:
    """A header after 序号 naming columns no list knows (承办主体, 时间节点 …): each such column's kind read from its
    cells (units, persons, dates, progress, the task's sentences), the names a hint only. Read so when most rows
    under it (two at least) give one cell a column, rows aligned by content (``_content_rows``); else ``kinds``
    and ``j`` as they came (the header ends at its first unknown name)."""
    names: list[str | None] = list(kinds)
    at = j
    while at < len(texts) and len(names) < 12 and _unknown_head(texts[at]):
        names.append(None)
        at += 1
        while at < len(texts) and len(names) < 12 and (k := kind(at)) not in (None, "no"):
            names.append(k)
            at += 1
    first = at
    while first < len(texts) and first - at < 3 and _group_row(texts[first]):
        first += 1                                    # （一）王宏副市长牵头重点工作: a group heading above the rows
    if None not in names or first >= len(texts) or _row_number(texts[first]) is None and \
            not _task_cell(texts[first]):
        return kinds, j
    # the last names may be a group cell before the first row (发展目标), no column's: the widest header that fits
    for width in range(len(names), len(kinds), -1):
        columns = _columns_by_position(texts, first, width, _known_tail(names[:width]))
        if columns is not None:
            read = [k if k is not None else _kind_by_content(columns[c]) for c, k in enumerate(names[:width])]
            return _roles_by_words(read, names[:width], columns), at - (len(names) - width)
    return kinds, j


def _known_tail(names: list[str | None]) -> int:
    """How many columns end a header under names a list knows (进展情况, 备注): cells a row may leave empty."""
    return len(list(itertools.takewhile(lambda name: name is not None, reversed(names))))


def _roles_by_words(read: list[str], names: list[str | None], columns: list[list[str]]) -> list[str]:
    """Kinds read by content, the words columns placed. With no task column among them (its cells short:
    推进“乡债县管”), the first unnamed column of words before the units is the task's; with no units column, the
    last unnamed column after the task holding names only, one at least reading as a unit's (余杭经济技术开发区
    beside 临平新城), is the units'. Other columns of words stay other."""
    read = list(read)
    if "task" not in read:
        task = next((c for c, kind in enumerate(read) if names[c] is None and kind == "words"
                     and "units" not in read[:c] and "lead" not in read[:c]), None)
        if task is not None:
            read[task] = "task"
    if "task" in read and not {"units", "lead"} & set(read):
        units = [c for c in range(read.index("task") + 1, len(read)) if names[c] is None and read[c] == "words"
                 and all(map(_name_cell, columns[c])) and any(map(_units_cell, columns[c]))]
        if units:
            read[units[-1]] = "units"
    return ["other" if kind == "words" else kind for kind in read]


def _columns_by_position(texts: list[str], at: int, width: int, optional: int = 0) -> list[list[str]] | None:
    """The cells of the rows from ``texts[at]`` on (up to six rows) by column, when most rows, two at least (or
    the table's one row), give exactly ``width`` cells, as pasted or with a column's cell over several lines
    taken as one (two units a line each, two persons), the last ``optional`` columns possibly left empty; None
    otherwise."""
    columns: list[list[str]] = [[] for _ in range(width)]
    rows = list(itertools.islice(_content_rows(texts, at), 6))
    fitting = 0
    for cells in rows:
        fit = cells if width - optional <= len(cells) <= width else _grouped(cells)
        if width - optional <= len(fit) <= width:
            fitting += 1
            for column, cell in zip(columns, fit):
                column.append(cell)
    return columns if fitting >= min(2, len(rows)) and 2 * fitting > len(rows) else None


def _content_rows(texts: list[str], at: int):
    """The cells of the rows of a table pasted one cell a line, from ``texts[at]`` on: a row starts at its bare
    number (1, 2, 3 … in turn), or, its 序号 cells left empty, at its task's sentence once the row before has
    given a name (its units or leader). Yields each row's lines after its number."""
    numbered = _row_number(texts[at]) is not None
    number, m = _row_number(texts[at]), at
    while m < len(texts):
        first = m + 1 if numbered else m
        end = first + (0 if numbered else 1)
        while end < len(texts) and end - first < 16:
            text = texts[end]
            if numbered and _row_number(text) == number + 1 or not numbered and _task_cell(text) and \
                    any(_name_cell(cell) for cell in texts[first + 1:end]) or _group_row(text) or \
                    _HEAD_NO.match(_head(text)):
                break
            end += 1
        yield _first_item(texts[first:end])
        while end < len(texts) and _group_row(texts[end]):
            end += 1                                  # the next group's heading, its rows under it
        if end >= len(texts) or numbered and _row_number(texts[end]) != number + 1 or \
                not numbered and not _task_cell(texts[end]):
            return
        number, m = (number + 1 if numbered else None), end


def _first_item(cells: list[str]) -> list[str]:
    """A row's cells up to its second item when its 序号 numbers a group of items (主要预期目标 / 1.地区生产总值… /
    钱 宇 / ★区发改委 / 2.一般公共预算收入… / ★区财政局 …, see ``_item_rows``): the first item's cells are the
    row's full width, the others' a cell short where the group's cells are merged down."""
    at = [i for i, cell in enumerate(cells) if _task_cell(cell) and _item_number(cell) is not None]
    for i, later in itertools.pairwise(at):
        if _item_number(cells[later]) == _item_number(cells[i]) + 1 and \
                any(_units_cell(cell) or _name_cell(cell) for cell in cells[i + 1:later]):
            return cells[:later]
    return cells


def _grouped(cells: list[str]) -> list[str]:
    """A row's cells with the lines of one column's cell joined: consecutive lines of units (*区住建局 /
    *区综合行政执法局), of persons (祝振伟 / 陈夏林) or of dates each one cell."""
    out: list[tuple[str | None, str]] = []
    for cell in cells:
        kind = _line_kind(cell)
        named = _NAMED_UNITS.match(cell)
        if out and out[-1][0] == "units" and named and _units_cell(named.group(1)):
            out[-1] = ("units", out[-1][1] + "、" + named.group(1))     # 省牵头单位:省农业农村厅 under its units
        elif out and kind is not None and out[-1][0] == kind:
            out[-1] = (kind, out[-1][1] + "、" + cell)
        else:
            out.append((kind, cell))
    return [cell for _, cell in out]


_NAMED_UNITS = re.compile(r"^[\u4e00-\u9fff]{0,6}(?:单位|部门)[:：]\s*(.+)$")     # 省牵头单位:省农业农村厅


def _line_kind(cell: str) -> str | None:
    """What one line of a cell names: units, a person (leader), a date (due); None for words of any other kind."""
    if _units_cell(cell):
        return "units"
    if _PERSON_CELL.fullmatch(cell) and not _organisation(cell):
        return "leader"
    return "due" if _DUE_CELL.match(fold(cell)) else None


def _unknown_head(text: str) -> bool:
    """Could a line be a column's name no list knows: a few characters, no figure, no sentence mark?"""
    return bool(re.fullmatch(r"[\u4e00-\u9fff()（）/、]{2,10}", text)) and not _group_row(text)


def _kind_by_content(cells: list[str]) -> str:
    """A column's kind read from its cells: units (区住建局), due (6月底前), leader (张三), other (已完成…, figures),
    task (sentences, or words longer than a name)."""
    def most(test) -> bool:
        return sum(map(bool, map(test, cells))) >= 0.6 * len(cells)

    if most(_units_cell):
        return "units"
    if most(lambda c: _DUE_CELL.match(fold(c))):
        return "due"
    if most(lambda c: all(_PERSON_CELL.fullmatch(p) and not _organisation(p) for p in re.split(r"[、,，]", c))):
        return "leader"
    if most(_PROGRESS_CELL.search) or most(lambda c: _FIGURE_CELL.match(fold(c))):
        return "other"
    return "task" if most(_task_cell) else "words"


def _cell_rows(lines: list[Line], full: list[int], header: _CellHeader):
    """The rows under a cell header: ([(line index, number, [(line index, cell)])], {line index: heading line
    kept}, index into ``full`` after the table), or None when no row follows the header."""
    def text(j: int) -> str:
        return _cell_text_of(lines[full[j]].text)

    def opens(j: int, expected: tuple[int, ...] | None, by_label: bool | None = None, cells: list = ()):
        after = text(j + 1) if j + 1 < len(full) else ""
        return _row_start(text(j), expected, header, by_label, cells, after)

    j, keep = header.end, {}
    while j < len(full) and j - header.end < 4 and not opens(j, None) and _preface(text(j)):
        keep[full[j]] = _kept(lines[full[j]], header.grouped and not _group_row(text(j)))
        j += 1
    for m in _late_heads([text(m) for m in range(header.end, j)]):
        del keep[full[header.end + m]]                # header cells read past the header's end: no lines of text
    first = opens(j, None) if j < len(full) else None
    if first is None:
        return None
    number, label_end = first
    rows = []
    while True:
        by_label = label_end is not None
        start, cells = full[j], [(full[j], text(j)[label_end:].strip())] if by_label else []
        j += 1
        following = None
        while j < len(full):
            ahead = [text(m) for m in range(j, min(j + 8, len(full)))]
            expected = (number + 1, 1) + _skipped(ahead, number, header, cells)
            following = opens(j, expected[:1] + expected[2:] + _restarted(header, by_label), by_label, cells)
            if following and following[1] is None and j + 1 < len(full) and _bare_figure(text(j + 1)):
                following = None                      # 7 | 7 | 100%: a figure under a target column, not a row's 序号
            heads = 0 if following else _heads_ahead(ahead, expected, header, by_label, cells)
            if following or heads:
                for m in range(j, j + heads):
                    keep[full[m]] = _kept(lines[full[m]], False)
                j += heads
                following = following or opens(j, expected, by_label, cells)
                break
            if _part_head(lines, full, j) and not (cells == [] and header.kinds[0] in ("section", "task")):
                break                                 # (right after 序号: the row's own group or name cell, 二、…)
            cells.append((full[j], text(j)))
            j += 1
        rows.append((start, number, cells))
        if following is None:
            break
        number, label_end = following
    if header.numbered and label_end is not None and not all(any(_name_cell(c) for _, c in cells[1:])
                                                             for _, _, cells in rows):
        return None                                   # rows in reading order, each must name its unit or leader
    return rows, keep, j


def _restarted(header: _CellHeader, by_label: bool) -> tuple[int, ...]:
    """(1,) when a row may open at a task cell numbered 1. again with no heading before it: a target book's
    objectives numbered afresh for each domain (健康 1.-6., then 教育 1.…), its 领域 column not pasted. Only rows
    numbered by their task cells' labels, under a header whose last columns are the units' (no cell of
    progress or measures after the units, where points 1. 2. … may stand), and only once the row has given its
    units (``_row_start``)."""
    return (1,) if by_label and not header.numbered and header.kinds[-1] in ("lead", "units") else ()


def _late_heads(texts: list[str]) -> range:
    """The lines after a cell header that are header cells still (对接专班 / 包保人员 / 计划完成时间 / 进展情况, the
    header read up to its first name no list knows): up to the last naming a column of names, dates or progress
    (not a task's nor a group's: 重点任务 there may be the first group's cell), the unknown names before it too."""
    late = [m for m, t in enumerate(texts) if _head_kind(t) not in (None, "task", "section")]
    return range(late[-1] + 1 if late and all(map(_unknown_head, texts[:late[-1]])) else 0)


def _row_start(text: str, expected: tuple[int, ...] | None, header: _CellHeader, by_label: bool | None = None,
               cells: list = (), after: str = "") -> tuple[int, int | None] | None:
    """(number, where the task's text starts or None) when ``text`` starts a row: its bare number (1, or any
    number under 序号, for the first row; then one ``expected``), or, in a table without 序号 whose first column
    is the task, the task cell numbered 1. (then one ``expected``), once the row before has given its units. A
    table whose 序号 cells were left empty (the pasted rows carry no number) starts a row at each task cell, the
    row before having given a name (its leader or units): its rows are numbered in reading order. So does a
    table without 序号 whose task cells carry no number, its units column right after the task's: a row starts
    at a task cell that the units cell ``after`` it follows (see ``_unnumbered_row``)."""
    number = _row_number(text)
    if number is not None and by_label is not True and (
            number in (expected or ()) or expected is None and (number == 1 or header.numbered)):
        return number, None
    if header.numbered and header.kinds[0] == "task" and by_label is not False and _task_cell(text) and (
            expected is None or any(_name_cell(cell) for _, cell in cells[1:])):
        return (expected or (1,))[0], 0               # 序号 cells left empty: rows in reading order
    if _unnumbered_row(text, after, header, by_label, expected, cells):
        return (expected or (1,))[0], 0
    label = item_label(fold(text)) if not header.numbered and header.kinds[0] == "task" and by_label is not False \
        else None
    if label is None or label.kind != "num" or label.number not in (expected or (1,)):
        return None
    if expected is not None and not any(_units_cell(cell) for _, cell in cells):
        return None                                   # 2. inside the row's text, before its units
    return label.number, label.end


# A table pasted one cell a paragraph with no 序号 and no number on its task cells (目标任务 / 牵头单位 / 进展情况 /
# 下步举措, then 固定资产投资增长10%以上。 / 发改局 / 一季度累计完成投资96.8亿元… / 督促…): a row opens at the task's
# sentence the lead unit's cell follows, the header putting the units column right after the task's. The cells
# after the units (progress, next steps: sentences too, or points 1. 2. …) are no row's start: no units follow
# them. Each row must have given its units before the next opens.
# 1.提高孕产妇医疗保健水平。 / ——孕产妇死亡率控制在15/10万以内。 / 省卫生厅 / 省公安厅 / ——住院分娩率达到98%以上。 /
# 省卫生厅 / 省财政厅 / 3.…: a target book's objective numbered 1. 2. … with its sub-objectives a line each under
# a dash, each sub-objective (or run of them) followed by the units answering for it. The dashed lines are the
# item's own points, so no row opens at one; they join the item's text, their units its units (``_cell_row``).
_SUB_POINT = re.compile(r"^(?:——|—|－－|--)(?=\S)")


def _unnumbered_row(text: str, after: str, header: _CellHeader, by_label: bool | None,
                    expected: tuple[int, ...] | None, cells: list) -> bool:
    """Does ``text`` open a row of a table without 序号 whose task cells carry no number?"""
    kinds = header.kinds
    if header.numbered or len(kinds) < 2 or kinds[0] != "task" or kinds[1] not in ("lead", "units") or \
            by_label is False:
        return False
    if by_label and _SUB_POINT.match(text):
        return False                                  # 1.… / ——…达到90%以上 / 省卫生厅: the item's sub-point
    if not _task_cell(text) or item_label(fold(text)) is not None or not _units_cell(after):
        return False
    return expected is None or any(_units_cell(cell) for _, cell in cells)


def _skipped(texts: list[str], number: int, header: _CellHeader, cells: list) -> tuple[int, ...]:
    """The number of a next row that skips numbers (rows 6, 52, 53 of a bureau's extract of the county's whole
    list): a bare number above ``number`` heading ``texts`` (past any headings 二、… between), a task's text
    right after it, once the row so far has given its task and a name (its units): () for none."""
    if not header.numbered or header.kinds[0] != "task" or not any(_name_cell(c) for _, c in cells[1:]) or \
            not any(_task_cell(c) for _, c in cells[:1]):
        return ()
    at = next((k for k, t in enumerate(texts) if not _group_row(t)), len(texts))
    later = _row_number(texts[at]) if at + 1 < len(texts) else None
    if later is None or later <= number + 1 or not _task_cell(texts[at + 1]):
        return ()
    return (later,)


_BARE_FIGURE = re.compile(r"[-+]?\d[\d.,，]*\s*[%％‰]?|[-—–/／]")


def _bare_figure(text: str) -> bool:
    """Is a cell a figure and nothing more (1100, 96.64%, - for none): a value beside a task, never its text?"""
    return bool(_BARE_FIGURE.fullmatch(fold(text.strip())))


def _task_cell(text: str) -> bool:
    """Does a cell read as a task's text (a sentence, or words longer than any name), not a heading or units?"""
    return (len(text) >= 20 or bool(re.search(r"[，,。；;]", text))) and not _group_row(text) and \
        not _units_cell(text) and _row_number(text) is None


def _name_cell(text: str) -> bool:
    """Does a cell read as a name (a unit's, a person's): short, no sentence in it?"""
    return 2 <= len(text) <= 20 and not re.search(r"[，,。；;:：\d]", text)


def _heads_ahead(texts: list[str], expected: tuple[int, ...], header: _CellHeader, by_label: bool, cells: list) -> int:
    """How many heading lines (一、…, （一）…。) start ``texts`` right before the next row: those stay headings."""
    heads = 0
    while heads < len(texts) - 1 and _group_row(texts[heads]):
        heads += 1
    after = texts[heads + 1] if heads + 1 < len(texts) else ""
    return heads if heads and _row_start(texts[heads], expected, header, by_label, cells, after) else 0


def _preface(text: str) -> bool:
    """A line between a cell header and its first row: a heading, or a short group cell (发展目标)."""
    return _group_row(text) or (len(text) <= 20 and not re.search(r"[。;；,，:：]", text))


def _kept(line: Line, group: bool) -> Line:
    text = _cell_text_of(line.text)
    if not group and text == line.text:
        return line
    return replace(line, text=text, hint="section" if group else line.hint)


def _units_cell(cell: str) -> bool:
    """Does a cell name units only (*区住建局, 区政府办公室、区发改委牵头,各乡镇街负责落实, 区税务局,各镇(街道、园区),
    区科技局等区级有关部门)? A bracket's words (街道、园区) belong to the name before them, and 等… lists no unit."""
    bare = re.sub(r"[(（][^()（）]*[)）]", "", cell).rstrip("。.")     # a list of units closed as a sentence
    words = [_UNIT_ETC.sub("", _UNIT_DUTY.sub("", _UNIT_ROLE.sub("", w))) for w in _listed_words(bare)]
    return bool(words) and all(_unit_name(w) for w in words)


# 区科技局等区级有关部门, 市财政局等相关单位: "and the others", after a unit's name
_UNIT_ETC = re.compile(r"(?<=[\u4e00-\u9fff])等[\u4e00-\u9fff]{0,6}(?:单位|部门)$")
# 基层处等按职责分工落实, 各成员单位按职责负责: each unit doing its own part, after the last name (its 落实 gone already)
_UNIT_DUTY = re.compile(r"(?<=[\u4e00-\u9fff])等?(?:各自)?按(?:照)?(?:各自)?职责(?:分工)?(?:分别)?$")


def _cell_row(line: Line, number: int, cells: list[tuple[int, str]], header: _CellHeader) -> tuple[Line, int | None]:
    """A row of cells → its task line, and the line of a group cell (分类): given after its cells (a group column
    before 序号, the next row's), or as the row's first cell (a group column after 序号, merged down: shown in a
    group's first row only, the other rows a cell short, their group column the one left blank)."""
    kinds, taken, left = header.kinds, {}, []
    cells = _names_joined(cells)
    col = _blank_groups(kinds, [cell for _, cell in cells])
    cells = _runs_joined(cells, _text_columns(kinds) - col, named=kinds[col] == "task")
    groups = [taken]                                  # the row's cells by column, a group per unit it names
    last = None                                       # the column the cell before went to
    for i, (k, cell) in enumerate(cells):
        named = i + 1 < len(cells) and _task_cell(cells[i + 1][1]) and _task_ahead(kinds, col, taken)
        c = _cell_column(cell, kinds, col, taken, units=not named)
        if c is None and (unit := _further_unit(cell, kinds, col, taken)) is not None:
            taken = {unit: []}                        # 区住建局 after the row's last column: its own group
            groups.append(taken)
            c = unit
        elif c is None and last is not None and kinds[last] == "task" and re.search(r"[,，、]$", taken[last][-1]):
            taken[last][-1] += cell                   # a cell's next paragraph after a comma: the same cell
            continue
        if (c is None or kinds[c] != "task") and _SUB_POINT.match(cell) and \
                (texts := [t for t in taken if kinds[t] == "task"]):
            taken[texts[-1]].append(cell)             # ——…: the item's next sub-point, after its units or not
            col, last = texts[-1] + 1, texts[-1]
            continue
        if _next_line_target(cells[i:], kinds, c, taken):
            texts = [t for t in taken if kinds[t] == "task"]
            taken[texts[-1]].append(cell)             # the row's next line, its figures after it: one more target
            continue
        if c is None and last is not None and kinds[last] in ("lead", "units") and _listed_name(cells, i):
            taken[last].append(cell)                  # 省财政厅 / 省人口计生 / 省妇联: a name no list knows, among units
            continue
        if c is None:
            left.append((k, cell))
            continue
        if kinds[c] == "task" and (_bare_figure(cell) or _PROGRESS_CELL.search(cell)) and \
                any(kinds[t] == "task" for t in taken):
            # a second 目标任务 column restating the target as a bare number, or its cell reporting progress
            taken[c], col, last = [], c + 1, c
            continue
        taken.setdefault(c, []).append(cell)
        col, last = (c if kinds[c] in ("lead", "units", "office") else c + 1), c
    group = left[-1][0] if header.grouped and left and left[-1] == cells[-1] and _preface(left[-1][1]) else None
    if kinds[0] == "section" and 0 in groups[0] and cells:
        group = cells[0][0]

    def cells_of(*wanted: str) -> list[str]:
        return [cell for one in groups for c in sorted(one) if kinds[c] in wanted for cell in one[c]]

    task = ""
    for part in cells_of("task"):
        task = _stopped(task) + part if task else part
    if header.numbered and (label := item_label(fold(task))) is not None and label.kind in ("cn", "cn_paren"):
        task = task[label.end:].lstrip()              # 3 / 二、农村路灯亮化工程: the item's heading, 序号 its number
    if not task:
        return line, group                            # a row without its task cell: its number stays a line
    for target in cells_of("target"):
        if re.search(r"\d", target) and not _stated(task, target):
            task += f"（目标：{target}）"              # 区级财政收入增长率 | 6%以上, as a row table reads it
    if shares := "".join(map(_stopped, cells_of("share"))):
        # the province's goal, then the area's share of it as a field of its own (…10万个。涉及西湖区工作指标:9300个
        # 停车位。): the share is what the area answers for, the goal's figures the higher level's (targets.py)
        task = f"{_stopped(task)}{header.share or '本级指标'}:{shares}"
    leader = "、".join(cells_of("leader"))
    due = next(iter(cells_of("due")), "") or next((c for c in cells_of("note") if _DUE_CELL.match(fold(c))), "")
    task_line = Line(line.no, f"{number}.{task}", hint="task",
                     departments=_listed_departments(cells_of("lead") + cells_of("units")),
                     leaders=read_marker(f"责任领导:{leader}").leaders or None if leader else None, due=due,
                     review="任务表逐格分行粘贴，已按表头顺序和内容读取各列，请核对")
    return task_line, group


# A cell's line that cannot end it: a comparator or verb still owing its figure (控制在 / 10410人内, 提升 / 4个百分点)
_OWES_FIGURE = re.compile(r"(?:控制在|保持在|稳定在|达到|提升|提高|增长|增加|新增|不低于|不少于|不超过|低于|高于|超过|完成)$")
# … or a line that is only the measure of the figure ending the line above (提升4个 / 百分点, 3.5 / 万元)
_MEASURE_LINE = re.compile(r"(?:个)?百分点|万元|亿元|万人|万户|万平方米|平方米|公里|千米|人次|个|家|人|户|元|%|％")


def _runs_joined(cells: list[tuple[int, str]], columns: int, named: bool = False) -> list[tuple[int, str]]:
    """A row's cells with a cell run over two lines by a narrow column made one, while the row gives more lines
    before its first units than it has columns there (四大重点培育产业占区级税收 / 比重, 提升4个 / 百分点, 控制在 /
    10410人内 under 指标名称 | 年度目标 | 完成情况): a line owing its figure joined to the figure after it, a bare
    measure to the figure before it, then the task's name to a short line after it with no figure. A row whose
    lines fit its columns is left as it is. First, a cell's numbered points a paragraph each (1)…416人; / 2)…902人。
    under 项目内容) are one cell; last, a name cell written as a heading and its sentence (一、农村路灯亮化工程 /
    实施…提供服务。 under 实事名称) are one cell when that cell is ``named`` (the row's first column the item's
    name, not a group column 类别 whose own cell is the heading)."""
    before = len(list(itertools.takewhile(lambda cell: not _units_cell(cell[1]), cells)))
    surplus = before - columns
    if columns < 1 or surplus < 1:
        return cells
    out = _points_joined(cells, before, surplus)
    if columns < 2:
        return out
    surplus, before = surplus - (len(cells) - len(out)), before - (len(cells) - len(out))
    for join in (_owes_figure, _bare_measure, _name_run, *([_headed] if named else [])):
        i = 0
        while surplus and i + 1 < before:
            if (joined := join(out[i][1], out[i + 1][1], i)) is not None:
                out[i: i + 2] = [(out[i][0], joined)]
                surplus, before = surplus - 1, before - 1
            i += 1
    return out


def _points_joined(cells: list[tuple[int, str]], before: int, surplus: int) -> list[tuple[int, str]]:
    """Cells with a line that goes on with the numbered points of the line before (2) after 1)…;) joined to it."""
    out: list[tuple[int, str]] = []
    for i, (k, cell) in enumerate(cells):
        if surplus and i < before and out and _point_after(out[-1][1], cell):
            # a point opened by a half bracket (2)…) inside a text reads as a figure: its label written whole, (2)
            out[-1] = (out[-1][0], out[-1][1] + re.sub(r"^\s*(\d{1,2})\s*[)）]", r"(\1)", cell))
            surplus -= 1
        else:
            out.append((k, cell))
    return out


def _point_after(cell: str, after: str) -> bool:
    """Does ``after`` open with the next point of those ``cell`` numbers (1)…; then 2)…, 1.… then 2.…): the cell
    opening with a point of the same form, ``after`` one past its points so far (one more than its stops inside)?"""
    label, first = item_label(fold(after)), item_label(fold(cell))
    if label is None or first is None or label.kind in ("cn", "cn_paren") or first.kind != label.kind:
        return False
    return 0 < label.number - first.number <= len(re.findall(r"[;；。]\s*\S", cell)) + 1


# The joins of ``_runs_joined``: a row's line ``cell`` (its ``i``-th) and the line ``after`` it → the one cell
# they make, or None when they are two cells.

def _owes_figure(cell: str, after: str, i: int) -> str | None:
    owes = not re.search(r"\d", cell) and _OWES_FIGURE.search(cell) and re.match(r"\d", fold(after))
    return cell + after if owes else None


def _bare_measure(cell: str, after: str, i: int) -> str | None:
    return cell + after if re.search(r"\d[个]?$", fold(cell)) and _MEASURE_LINE.fullmatch(after) else None


def _name_run(cell: str, after: str, i: int) -> str | None:
    return cell + after if i == 0 and len(after) <= 6 and not re.search(r"[\d，,。；;:：]", cell + after) else None


def _headed(cell: str, after: str, i: int) -> str | None:
    # a heading and its sentence: the heading ends as a sentence (农村路灯亮化工程。实施…)
    headed = i == 0 and _group_row(cell) and not re.match(r"\d", fold(after)) and not _units_cell(after)
    return _stopped(cell) + after if headed else None


def _next_line_target(cells: list[tuple[int, str]], kinds: tuple[str, ...], c: int | None, taken: dict) -> bool:
    """Is ``cells[0]`` a row's second line of targets (社区4个 | 4 | 4 | 100% under 1 | 就业促进 | 城镇新增就业1100人 |
    县人社局 | 1100 | 1063 | 96.64%, the cells on the left merged down): words, not a figure, past the row's figure
    columns (into its 备注, or past the last column), bare figures after it, the row's text given already?"""
    if c is not None and kinds[c] != "note" or len(cells) < 2 or not any(kinds[t] == "task" for t in taken):
        return False
    cell = cells[0][1]
    return not _bare_figure(cell) and not _units_cell(cell) and not _PROGRESS_CELL.search(cell) and \
        bool(re.search(r"\d", cell)) and _bare_figure(cells[1][1])


_LEVEL_OPENS = re.compile(r"[省市区县镇乡]")      # a unit's name opening with its level (区投促办, 市财政局)


def _names_joined(cells: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A row's cells with a unit's name broken over two lines by a narrow column (区新兴产业 / 服务中心) made one: the
    first line the column's full width, longer than a person's name (易承志 / 经济发展局 are two cells). A line
    that opens a unit's name of its own with its level (区投促办 after the 完成情况 cell 年度指标) is no name's end."""
    out: list[tuple[int, str]] = []
    for k, cell in cells:
        if out and 4 <= len(out[-1][1]) >= len(cell) and not _units_cell(out[-1][1]) and \
                not (_LEVEL_OPENS.match(cell) and _units_cell(cell)) and _vertical_name([out[-1][1], cell]):
            out[-1] = (out[-1][0], out[-1][1] + cell)
        else:
            out.append((k, cell))
    return out


def _listed_name(cells: list[tuple[int, str]], i: int) -> bool:
    """Is the ``i``th cell a name no list knows (省人口计生, a name clipped; 省科协) one a line among units' cells:
    the cell after it a unit's, or, the row's last cell, a name opening with its place's prefix (省, 市, 区, 县)?
    A units column takes it as one more unit (the cell before it went to that column)."""
    cell = cells[i][1]
    if not _name_cell(cell) or _units_cell(cell):
        return False
    if i + 1 < len(cells):
        return _units_cell(cells[i + 1][1])
    return cell[0] in "省市区县" and not _group_row(cell)     # (高品质生活 last: the next rows' group cell)


def _further_unit(cell: str, kinds: tuple[str, ...], col: int, taken: dict) -> int | None:
    """The units column a units cell goes back to when it comes after the row's columns are filled from its units
    on (序号 | 项目 | 责任单位 | 建设内容 | 进度, one item with a group of cells for each unit that answers for a part
    of it): the row's next group, its unit one more of the item's. None for any other cell."""
    units = [c for c in range(len(kinds)) if kinds[c] in ("lead", "units")]
    if not units or not _units_cell(cell) or any(c >= col for c in units) or units[-1] not in taken:
        return None
    if not any(kinds[c] == "task" and c in taken for c in range(units[-1] + 1, len(kinds))):
        return None                                   # no group of the unit's own cells before it
    return units[-1]


def _task_ahead(kinds: tuple[str, ...], col: int, taken: dict) -> bool:
    """Is a task column still free from column ``col`` on, before the columns of units? A cell reading as a unit's
    name (新(改)建村卫生室: an item's name ending like one) that a sentence follows is then the row's text."""
    for c in range(col, len(kinds)):
        if kinds[c] in ("lead", "units"):
            return False
        if kinds[c] == "task" and c not in taken:
            return True
    return False


def _text_columns(kinds: tuple[str, ...]) -> int:
    """How many columns a header has before its first column of units (牵头单位, 责任单位)."""
    return len(list(itertools.takewhile(lambda kind: kind not in ("lead", "units"), kinds)))


def _blank_groups(kinds: tuple[str, ...], cells: list[str]) -> int:
    """The column a row's first cell fills: past the leading group columns (分类 after 序号, merged down) that the
    row leaves blank, when it gives fewer text cells before its units than the header has text columns (a
    cell reading as a name, with a sentence after it while text columns remain, is text: the item's name). A row
    naming no units gives its item's name and units merged down from the row above (2 / 1700人以上糖尿病患者 /
    全县17家乡镇卫生院 / 12月底 under 实事名称 | 指标任务 | 责任单位 | 实施点位 | 完成时限): when it gives fewer cells
    before its date than the header has columns of words there, the leading item columns are the ones left blank
    (the last of them, the item's own line, kept)."""
    groups = len(list(itertools.takewhile(lambda kind: kind == "section", kinds)))
    columns = _text_columns(kinds)
    given = 0
    while given < len(cells) and (not _units_cell(cells[given]) or given + 1 < min(columns, len(cells))
                                  and _task_cell(cells[given + 1])):
        given += 1
    blank = min(groups, max(0, columns - given))
    if blank or "due" not in kinds or any(map(_units_cell, cells)):
        return blank
    dated = next((i for i, cell in enumerate(cells) if _DUE_CELL.match(fold(cell))), None)
    items = len(list(itertools.takewhile(lambda kind: kind in ("section", "task"), kinds)))
    words = sum(kind not in ("lead", "units", "leader", "office") for kind in kinds[:kinds.index("due")])
    return 0 if dated is None else min(items - 1, max(0, words - dated))


def _cell_column(cell: str, kinds: tuple[str, ...], col: int, taken: dict, units: bool = True) -> int | None:
    """The column a row's next cell fills, from column ``col`` on: a units column for a cell of units (the one it
    is at takes more lines of units unless another follows), else the next column whose content it fits (a
    column of units, leaders or dates that it does not fit is one left blank); None past the last. With
    ``units`` false the cell is text whatever it reads as (a name before the row's text)."""
    offices = [c for c in range(col, len(kinds)) if kinds[c] == "office"]
    if units and offices and _OFFICE_CELL.fullmatch(cell):
        return next((c for c in offices if c not in taken), offices[-1])
    if units and _units_cell(cell):
        ahead = [c for c in range(col, len(kinds)) if kinds[c] in ("lead", "units")]
        free = [c for c in ahead if c not in taken]
        if ahead:
            return free[0] if free else ahead[-1]
        behind = [c for c in range(col) if kinds[c] in ("lead", "units") and c not in taken]
        if behind:
            return behind[0]                          # the row's units after a sub-line's cells (农村标准 / 县民政局)
    if col and kinds[col - 1] == "leader" and col - 1 in taken and _PERSON_CELL.fullmatch(cell):
        return col - 1                                # the 牵头领导 cell's second person, a paragraph of its own
    for c in range(col, len(kinds)):
        kind = kinds[c]
        if kind in ("lead", "units", "office") or c in taken or \
                kind == "leader" and not re.fullmatch(r"[\u4e00-\u9fff·、,，\s]{2,40}", cell) or \
                kind == "due" and not _DUE_CELL.match(fold(cell)):
            continue
        return c
    # A name no rule knows for a unit's (临平新城, 未来科技城(海创园)) where only a units column is left to fill
    free = [c for c in range(col, len(kinds)) if kinds[c] in ("lead", "units") and c not in taken]
    return free[0] if free and _name_cell(cell) and not _PERSON_CELL.fullmatch(cell) else None


_PERSON_CELL = re.compile(r"[\u4e00-\u9fff]\s*[\u4e00-\u9fff]\s*[\u4e00-\u9fff]?")     # 祝振伟, 沈  昱: a person's name
# A section inside a unit (养老服务科, 办公室, 规划处, 财务股): no place name before it, as a unit's own name has
_OFFICE_CELL = re.compile(r"(?![省市区县镇乡])[\u4e00-\u9fff]{1,12}(?:科|处|股|室)")


def _noted(head: str) -> str:
    """A header cell without the note in brackets after it: 重点工作任务（杭州市2项配合工作） → 重点工作任务."""
    return re.sub(r"(?<=\S)[(（][^()（）]*[)）]$", "", head)


def _part_head(lines: list[Line], full: list[int], j: int) -> bool:
    """Does the table end here: a part's heading (二、…) or the header of a next table (序号) on this line?"""
    text = lines[full[j]].text.strip()
    label = item_label(fold(text))
    return bool(_HEAD_NO.match(_head(text))) or (label is not None and label.kind == "cn" and len(text) <= 60
                                                 and not re.search(r"[。;；]", text))


def _row_number(text: str) -> int | None:
    """The bare number leading a row of a table pasted one cell a line: 1, 2, or 1* (a row marked, e.g. led by
    the city); None for any other line."""
    m = re.fullmatch(r"(\d{1,3})\s*[*＊]?", fold(text.strip()))
    return int(m.group(1)) if m else None


def _group_row(text: str) -> bool:
    """A table's group row, one line: （一）王宏副市长牵头重点工作, （一）做好各类规划主动公开。 — a numbered heading, not
    a cell of a row."""
    label = item_label(fold(text.strip()))
    return label is not None and label.kind in ("cn", "cn_paren") and len(text.strip()) <= 40 and \
        not re.search(r"[。;；]", text.strip().rstrip("。"))


# -- a two-column table of tasks and their requirements, pasted one cell a paragraph -------------------
# A unit's target book (目标责任书) may list its work in two columns, the task's name and what it must
# reach (工作任务 | 目标及质量要求), with no 序号 and no column of units: the book is the unit's own, named
# in its title. Pasted one cell a paragraph, a row is its name (重点项目, its score weight maybe a paragraph
# of its own: (5分)) and then its requirement (续建项目3月底前复工建设;新建项目6月底前开工建设。); a cell
# merged down over several rows on the left (党工委管委会考核指标和重点工作(55分) / 追赶超越 / “三重”工作)
# leaves short paragraphs before the row's name. Each paragraph that reads as a task's text (a sentence,
# or a clause of twenty characters and more) is a task: a requirement, a cell's points 1、 2、 each one, or
# a name that is work in itself, its requirement cell left empty (联系共建部委、省厅争取项目、资金支持及
# 活动开展等工作成效(5分)). A short paragraph right before a requirement names it; any other is a group's
# heading (so is a short requirement: 另行分解下达, nothing yet to do). Score weights are no part of a
# name. The table ends at a line of units or a date (the book's signature), a part's heading or the
# header of another table; a units cell inside it means a column of units: not this shape.
_REQUIREMENT_REVIEW = "任务表逐格分行粘贴，未设序号和责任单位列，已按任务名称和目标要求逐段读取，请核对"
_WEIGHT = re.compile(r"\s*[(（]\s*(?:\d+(?:\.\d+)?\s*分|加分项|扣分项|附加分)\s*[)）]\s*$")   # (5分), (加分项)
_SIGNED = re.compile(r"^(?:\d{4}|[〇○零一二]{4})年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日$")
_REQUIREMENT_ROWS = 3                   # so many tasks at least


def _requirement_rows(lines: list[Line]) -> list[Line]:
    """The tasks of a two-column table of names and requirements pasted one cell a paragraph, each a numbered
    task line flagged for review, its name before its text as a heading is (重点项目。续建项目…); the group cells
    section lines; every other line as it came."""
    full = [k for k, ln in enumerate(lines)
            if _cell_text_of(ln.text) and ln.hint == "" and ln.departments is None]
    out: list[Line | None] = list(lines)
    at = 0
    while at + 2 < len(full):
        read = _requirement_table(lines, full, at)
        if read is None:
            at += 1
            continue
        end, rows = read
        for j in range(at, end):
            out[full[j]] = rows.get(full[j])          # the header's names and the score weights: no lines
        at = end
    return [ln for ln in out if ln is not None]


def _requirement_table(lines: list[Line], full: list[int], at: int) -> tuple[int, dict[int, Line]] | None:
    """(index into ``full`` after the table, {line index: the line it becomes}) for a header at
    ``full[at]`` of two columns, a task's name and its requirement (工作任务 / 目标及质量要求) and nothing
    else; None otherwise."""
    def text(j: int) -> str:
        return _cell_text_of(lines[full[j]].text) if 0 <= j < len(full) else ""

    if _head_kind(text(at - 1)) is not None or _head_kind(text(at)) != "task" or \
            not _HEAD_DEMAND.match(_noted(_head(text(at + 1)))) or _head_kind(text(at + 2)) is not None:
        return None
    end = at + 2
    while end < len(full) and not (_units_cell(text(end)) or _SIGNED.match(fold(text(end))) or
                                   _part_head(lines, full, end) or _two_heads(text(end), text(end + 1))):
        end += 1
    if _units_cell(text(end)) and not _SIGNED.match(fold(text(end + 1))):
        return None                                   # a column of units, or a signature with no date
    body = [(full[j], text(j)) for j in range(at + 2, end) if not _WEIGHT.fullmatch(text(j))]
    texts = [_WEIGHT.sub("", cell) for _, cell in body]
    if sum(map(_task_cell, texts)) < _REQUIREMENT_ROWS:
        return None
    out: dict[int, Line] = {}
    number = 0
    for i, ((k, _), cell) in enumerate(zip(body, texts)):
        if not _task_cell(cell):
            if i + 1 < len(texts) and _task_cell(texts[i + 1]) and item_label(fold(texts[i + 1])) is None:
                continue                              # the name of the requirement after it
            out[k] = replace(lines[k], text=cell, hint="section")
            continue
        label = item_label(fold(cell))
        if label is not None and label.kind in ("num", "num_paren", "cn", "cn_paren"):
            cell = cell[label.end:].lstrip()          # a cell's points, 1、 2、: each a task, numbered as a row
        elif i > 0 and not _task_cell(texts[i - 1]):
            cell = _stopped(texts[i - 1]) + cell      # 重点项目。续建项目…: the row's name heads its text
        number += 1
        out[k] = Line(lines[k].no, f"{number}.{cell}", hint="task", review=_REQUIREMENT_REVIEW)
    return end, out


def _two_heads(text: str, after: str) -> bool:
    """Do ``text`` and the line ``after`` it both name columns: a next table's header? (One alone may be a
    row's name that is a column's too: 重点项目 / (5分).)"""
    return _head_kind(text) is not None and _head_kind(after) is not None


def pipe_tables(lines: list[Line]) -> list[Line]:
    """A table pasted as text with its cells split by ' | ': one row a line (1 | 地区生产总值增长6%左右。 | 市发展改革委 |),
    or one cell a line, each ending ' |' (序号 | / 目标与任务 | / … / 80 | / …, a page's cells as stored), read
    as the table it is when it is a task table (a header naming its columns, or rows numbered 1, 2, 3 …);
    other lines (a page's 索引号: | … metadata) stay as they are."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        run = _pipe_run(lines, k)
        rows: list[tuple[int, list[str]]] = []
        heading: list[Line] = []                           # a group heading before a barred table's first row
        if run - k >= 2:                                   # one row a line
            rows = [(ln.no, _pipe_cells(ln.text)) for ln in lines[k:run] if ln.text.strip() != "|"]
            if all(cells and not cells[0] for _, cells in rows):
                # | 工作目标 | 工作内容 | … |: every row opened by a bar, the table's border, no empty first column
                rows = [(no, cells[1:]) for no, cells in rows]
            rows = _record_rows(rows) or _aligned(rows)
        elif barred := _barred_rows(lines, k):
            run, rows = barred
            if len(rows[0][1]) == 1 and _group_row(rows[0][1][0]):
                heading, rows = [Line(rows[0][0], rows[0][1][0])], rows[1:]
        elif opened := _opened_rows(lines, k):
            run, rows = opened
        else:
            run, cell_lines = _cell_run(lines, k)
            rows = _cell_lines(cell_lines)
            if run < len(lines) and _text_ends(lines, run) and "|" not in lines[run].text and \
                    (longer := _cell_lines(cell_lines + [lines[run]])) and len(cell_lines) % len(longer[0][1]):
                # the page's text ends inside a row (… / 3 | / 工业增加值增长8% | / 区经济信息委): its last line is
                # the last cell written, its bar lost with the rest of the row (after whole rows, a signature)
                run, rows = run + 1, longer
        read = table_lines([cells for _, cells in rows]) if rows else []
        if not any(entry.get("hint") == "task" for _, entry in read):
            out.append(lines[k])
            k += 1
            continue
        out.extend(heading)
        out.extend(Line(rows[r - 1][0], **stripped(entry)) for r, entry in read)
        k = run
    return out


def _pipe_run(lines: list[Line], k: int) -> int:
    """The index after the rows pasted one a line from ``lines[k]``: lines with ' | ' between two cells or more,
    a line '|' alone between two of them taken along (a page that closes every row with a bare bar line)."""
    def row(at: int) -> bool:
        text = lines[at].text
        return bool(_PIPE.search(text + " ")) and (
            len([c for c in text.split("|") if c.strip()]) >= 2 or
            # a row of one cell (城市标准(788元/月) | | | …): its other cells empty, still the table's
            at > k and text.count("|") >= 3)

    run = k
    while run < len(lines):
        if row(run):
            run += 1
        elif run > k and lines[run].text.strip() == "|" and run + 1 < len(lines) and row(run + 1):
            run += 1
        else:
            break
    return run


_OPENED_CELL_LINES = 3                   # a cell of so many lines at most (峡山生态 / 发展区)


def _opened_rows(lines: list[Line], k: int) -> tuple[int, list[tuple[int, list[str]]]] | None:
    """A table pasted one cell a line with each cell after a row's first opened by '| ' and each row closed by a
    lone '|' (潍城 / | 474696 / | 579129.1 / | 22% / |), a cell's words running on over lines (峡山生态 / 发展区),
    a units cell one unit a line (市建设局 / 镇江新区管委会), from its header at ``lines[k]``: (the index after
    the table, its rows), all as wide, a header and three rows at least. A numbered row short of the cells
    after its number takes them from the row above, merged down over it (``_merged_group``: 8 | 工作要求 |
    责任单位 under 7 | 项目内容 | 工作要求 | 责任单位). None for lines of any other shape."""
    rows: list[tuple[int, list[str]]] = []
    at = k
    while at < len(lines):
        cells: list[list[str]] = [[]]
        end = at
        while end < len(lines) and lines[end].text.strip() != "|":
            text = lines[end].text.strip()
            if not text or "|" in text[1:] or (text.startswith("|") and not cells[0]):
                break
            if text.startswith("|"):
                cells.append([text[1:].strip()])
            else:
                cells[-1].append(text)
            if len(cells[-1]) > _OPENED_CELL_LINES and not all(map(_units_cell, cells[-1])):
                break                                 # (丹阳市政府 / 句容市政府 / 丹徒区政府 / 市建设局: one a line)
            end += 1
        if end >= len(lines) or lines[end].text.strip() != "|" or len(cells) < 2:
            break
        row = [_opened_cell(parts) for parts in cells]
        if rows and len(row) < len(rows[0][1]) and len(rows) > 1:
            row = _merged_group(row, rows[-1][1]) or row
        if rows and len(row) != len(rows[0][1]):
            break
        rows.append((lines[at].no, row))
        at = end + 1
    return (at, rows) if len(rows) > _BARRED_ROWS else None


def _opened_cell(parts: list[str]) -> str:
    """A cell of an opened table from its lines: units one a line (市建设局 / 镇江新区管委会) kept a line each, as
    a units cell lists them; any other cell's words run on over its lines (峡山生态 / 发展区, 污水处理厂和 / 管网
    工程建设)."""
    if len(parts) > 1 and all(map(_units_cell, parts)) and not _vertical_name(parts):
        return "\n".join(parts)
    return "".join(parts)


_BARRED_ROWS = 3                         # rows numbered 1, 2, 3 … at least


def _barred_rows(lines: list[Line], k: int) -> tuple[int, list[tuple[int, list[str]]]] | None:
    """A table pasted one cell a line with a line '|' between cells (1 / | / the task / | / 产业科 / 市畜牧中心 / | / …),
    a cell of several lines holding several units, persons or phone numbers one a line, its header kept or not:
    from a header 序号 or a row numbered 1 at ``lines[k]``, (the index after the table, its rows), each row led by
    its number 1, 2, 3 … in turn. A row's group cell (一、加快新型工业化进程, merged down, so only the group's first row has it) is a row
    of its own before the row: every row then as wide. None for lines of any other shape."""
    headed = bool(_HEAD_NO.match(_head(lines[k].text)))
    if not (headed or _row_number(lines[k].text) == 1 and not (k and lines[k - 1].text.strip() == "|")) or \
            k + 1 >= len(lines) or lines[k + 1].text.strip() != "|":
        return None
    cells: list[tuple[int, list[str]]] = [(lines[k].no, [lines[k].text.strip()])]
    end = k + 1
    while end < len(lines) and (lines[end].text.strip() == "|" or len(cells[-1][1]) < 8):
        text = lines[end].text.strip()
        if not text or "|" in text and text != "|":
            break
        if text == "|":
            cells.append((lines[end].no, []))
        else:
            cells[-1][1].append(text)
        end += 1
    if cells and not cells[-1][1]:
        cells.pop()                                   # the bar closing the last cell
    rows: list[tuple[int, list[str]]] = []
    if headed and (ordinal := _ordinal_rows(cells, end)) is not None:
        return ordinal
    if headed:                                        # the header's names up to the first row's number
        width = next((i for i, (_, parts) in enumerate(cells) if _row_number("\n".join(parts)) == 1), 0)
        if width < 3:
            return None
        rows.append((cells[0][0], ["".join(parts) for _, parts in cells[:width]]))
        cells = cells[width:]
    seq = 0                                           # the rows started so far, each by its number
    for no, parts in cells:
        cell = "\n".join(parts)
        if _row_number(cell) == seq + 1:
            seq += 1
            rows.append((no, [cell]))
        elif rows and _group_row(cell) and len(rows[-1][1]) == 1:
            rows.insert(len(rows) - 1, (no, [cell]))  # the group's heading, before the row it was merged over
        elif rows:
            rows[-1][1].append(cell)
    numbered = [cells for _, cells in rows[headed:] if _row_number(cells[0]) is not None]
    if len(numbered) < _BARRED_ROWS or any(len(row) < 3 for row in numbered):
        return None
    return end, rows


def _first_name(head: str) -> str:
    """A header cell naming two things its column holds (目标任务/项目所在地): the first, when it names a column."""
    first = re.split(r"[/／]", head)[0]
    return first if first != head and _column_kind(first) is not None else head


_ORDINAL_CELL = re.compile(r"^[(（]\s*([一二三四五六七八九十]{1,3})\s*[)）]$")


def _ordinal_rows(cells: list[tuple[int, list[str]]], end: int) -> tuple[int, list[tuple[int, list[str]]]] | None:
    """A barred table whose page writes every cell, an empty one as a bare '|', so every row is the header's width
    (序号 | 项目名称 | 责任单位 | 数量 | … | 预计完工时间, then | 一、扶贫工作 | | … and (一) | 党建引领扶贫工程 | 市委组织部 | …),
    its projects numbered (一), (二), (三) in the 序号 cell: the header ends at its first empty cell, the cells after
    it fall in rows of its width. A row with its 序号 left empty under a numbered row (a sub-project, one road of
    the project's list) is that project's, its 序号 merged down; a row above the first numbered one (the group
    一、扶贫工作) stays a row of its own. None unless the cells fill whole rows and three rows at least run (一), (二),
    (三) …"""
    names = list(itertools.takewhile(lambda cell: cell[1], cells))
    width, body = len(names), cells[len(names):]
    heads = [_head_kind("".join(parts)) for _, parts in names]
    if width < 3 or "task" not in heads or not {"units", "lead"} & set(heads) or \
            not all(_unknown_head(_head("".join(parts))) or kind for (_, parts), kind in zip(names, heads)):
        return None
    while body and not body[-1][1]:
        body.pop()                                    # the bars closing the last row, its empty cells
    body += [(0, [])] * (-len(body) % width)
    rows = [(names[0][0], [_first_name(_head("".join(parts))) for _, parts in names])]
    number = 0
    for at in range(0, len(body), width):
        row = ["\n".join(parts) for _, parts in body[at:at + width]]
        ordinal = _ORDINAL_CELL.match(row[0].strip())
        if ordinal is not None and cn_number(ordinal.group(1)) == number + 1:
            number += 1
        elif row[0]:
            return None
        elif number:
            row[0] = rows[-1][1][0]                   # the project's 序号, merged down over its sub-rows
        rows.append((body[at][0], row))
    return (end, rows) if number >= _BARRED_ROWS else None


def _aligned(rows: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """Rows of a pasted table whose leading cells were merged down (四、教育文化 | 14.改扩建… then 15.推进… alone):
    a short row that opens with its numbered name (15.) where the full rows have it in column ``j`` is moved
    right to column ``j``, the cells before it those of the row above, as a merged cell stands for all it covers;
    a short row under a row opening with its numbered name (1.城市… | …) fills that row's last columns; a numbered
    row short of the group cell after its number takes the row above's (``_merged_group``)."""
    def numbered(cell: str) -> bool:
        label = item_label(fold(cell.strip()))
        return label is not None and label.kind == "num" and not _number_cell(cell).isdecimal()

    width = max((len(cells) for _, cells in rows), default=0)
    project = _project_columns(rows)
    out: list[tuple[int, list[str]]] = []
    for no, cells in rows:
        filled = list(cells)
        while filled and not filled[-1]:
            filled.pop()
        above = out[-1][1] if out else []
        merged = _merged_project(filled, _numbered_above(out), *project) if project is not None else None
        if merged is not None:
            out.append((no, merged))
            continue
        at = next((j for j, c in enumerate(above) if numbered(c)), None) if above else None
        named = [c for c in above if c.strip()]
        level = next((j for j, c in enumerate(above) if j and _heading_label(c) and
                      _heading_label(c) == _heading_label(filled[0] if filled else "")), None)
        if at and filled and numbered(filled[0]) and not numbered(above[0]) and len(filled) + at <= width:
            cells = above[:at] + filled
        elif level and _heading_label(above[0]) != _heading_label(filled[0]) and len(filled) + level <= width:
            # 一、… | (一)强化源头治理 | 1.… then (二)严控… | 3.… (the 一、 merged down): a short row opening with a
            # heading of the kind column ``level`` holds (（二） under （一）) moves right to that column
            cells = above[:level] + filled
        elif above and numbered(above[0]) and filled and not numbered(filled[0]) and \
                not _number_cell(filled[0]).isdecimal() and len(filled) < len(named) == len(above[:len(named)]):
            # 1.城市人居环境提升项目 | 改造道路 | 11月 | 建设局 then 新建公园2处 | 11月 | 建设局 (no 序号, the numbered
            # name merged down): the item's further row, its cells the last columns, the name the row above's
            cells = above[:len(named) - len(filled)] + filled
        elif filled and not _number_cell(filled[0]).isdecimal() and (full := _numbered_above(out)) is not None:
            cells = _merged_left(filled, full) or cells
        elif (unit := _merged_unit(filled, named)) is not None:
            # 2 | 项目 | 计划 | 已完成。… | | under 1 | … | 县卫生健康局 | 已完成。… |: the units cell merged down, left out
            cells = filled[:unit] + [named[unit]] + filled[unit:]
        elif (group := _merged_group(filled, _numbered_above(out))) is not None:
            cells = group
        out.append((no, cells))
    return out


def _heading_label(cell: str) -> str | None:
    """The kind of heading label a cell opens with: 一、 (cn) or （一） (cn_paren); None for any other cell."""
    label = item_label(fold(cell.strip()))
    return label.kind if label is not None and label.kind in ("cn", "cn_paren") else None


def _project_columns(rows: list[tuple[int, list[str]]]) -> tuple[int, int] | None:
    """How many columns of a pasted table's header a project's cells merged down may cover: (the leading ones,
    the trailing ones). Leading: 序号, a group column and the project's name (项目名称 before 项目内容); trailing:
    its units, leader and deadline (主办单位, 责任领导, 完成时限). None without a header naming a 序号 column."""
    for _, cells in rows:
        kinds = [_head_kind(c) for c in cells]
        if "no" not in kinds or sum(k is not None for k in kinds) < 3:
            continue
        lead = 0
        while lead < len(kinds) and (kinds[lead] in ("no", "section") or
                                     kinds[lead] == "task" and kinds[lead + 1:].count("task") >= 1):
            lead += 1
        trail = 0
        while trail < len(kinds) - lead and \
                kinds[len(kinds) - 1 - trail] in ("units", "lead", "leader", "due"):
            trail += 1
        return (lead, trail) if lead and trail else None
    return None


def _merged_project(cells: list[str], full: list[str] | None, lead: int, trail: int) -> list[str] | None:
    """A row pasted without the cells a project merged down over its rows (1 | 农村人居环境整治提升工程 | 推广… |
    … | 已完成 | 县…专班, then 建设“四好农村路”50公里。 | 完工建设50.52公里。 | 已完成 | |||): its cells, as many as the
    header's columns between the project's leading ones (序号, 项目名称) and its trailing ones (主办单位), are those
    columns', the others the numbered row's above, as a merged cell stands for all it covers. None for a row
    of any other width, a row with a number of its own, or one without a numbered row above."""
    if full is None or not cells or _number_cell(cells[0]).isdecimal() or \
            len(cells) != len(full) - lead - trail or not all(c.strip() for c in cells):
        return None
    return full[:lead] + cells + full[len(full) - trail:]


def _merged_group(cells: list[str], full: list[str] | None) -> list[str] | None:
    """A numbered row short of the cells right after its number, merged down from the numbered row above (2 |
    扎实做好… | 疾控处 | 长期推进 under 1 | 做好疫情信息发布 | 重点围绕… | 应急处… | 长期推进, the 工作任务 cell
    covering both): its cells after the number under the last columns of the row above, each where the row above
    has a cell that reads alike, the columns skipped those of the merged cell. None for any other row (a row
    short of a cell in its middle or at its end, a row whose cells read otherwise)."""
    if not cells or not _number_cell(cells[0]).isdecimal() or full is None or len(cells) < 2:
        return None
    last = len(full)
    while last > 1 and _cell_kind(full[last - 1]) == "empty":
        last -= 1
    skipped = last - len(cells)
    if skipped < 1:
        return None
    moved = list(range(skipped + 1, last))
    if any(_cell_kind(cells[i]) != _cell_kind(full[c]) for i, c in enumerate(moved, 1)):
        return None
    return [cells[0]] + full[1:skipped + 1] + cells[1:]


def _merged_unit(cells: list[str], above: list[str]) -> int | None:
    """The units column a numbered row left out, its units cell merged down from the row above: the row one cell
    short of the row above, which names its units in column ``j`` where this row holds a sentence, the cells
    from there on those of the columns after it (its progress under 牵头单位). None for any other row."""
    if not cells or not _number_cell(cells[0]).isdecimal() or len(cells) + 1 != len(above) or \
            not _number_cell(above[0]).isdecimal() or any(_units_cell(c) for c in cells[1:]):
        return None
    at = next((j for j in range(1, len(cells)) if _units_cell(above[j])), None)
    if at is None or not _task_cell(cells[at]) or _cell_kind(above[at + 1]) != "text":
        return None
    return at


def _numbered_above(rows: list[tuple[int, list[str]]]) -> list[str] | None:
    """The last row above led by its 序号 (a number), when the row right above is that row or one going on with it."""
    for _, cells in reversed(rows):
        if cells and _number_cell(cells[0]).isdecimal():
            return cells
        if not cells or not cells[0].strip():
            return None
    return None


# A 起止年限 cell: a year or a span of years (2025, 2024-2025, 2024- 2025, 2024年—2025年), never a row's number
_YEARS_CELL = re.compile(r"(?:19|20)\d{2}年?(?:\s*[-—–~～至到]\s*(?:19|20)\d{2}年?)?")


def _cell_kind(cell: str) -> str:
    """What a cell reads as, to place it under its column: empty, years, number, figure, units or text."""
    cell = cell.strip()
    if not cell or _EMPTY_CELL.match(cell):
        return "empty"
    if _YEARS_CELL.fullmatch(fold(cell)):
        return "years"
    if _number_cell(cell).isdecimal():
        return "number"
    if _FIGURE_CELL.match(fold(cell)):
        return "figure"
    return "units" if _units_cell(cell) else "text"


def _merged_left(cells: list[str], full: list[str]) -> list[str] | None:
    """A row pasted without its cells merged down from the numbered row above (序号, 项目名称, 牵头单位: the row's
    second target 社区6个 | 6 | 100% under 1 | 促进就业 | 城镇新增就业2450人 | 县人社局 | 2712 | 110.69%): its cells,
    taken from the right, each under the nearest column of the row above whose cell reads alike (text, figure,
    units), the columns between given the cells of the row above, as a merged cell stands for all it covers.
    None when the cells do not fit so (a sub-table's own lines)."""
    kinds = [_cell_kind(c) for c in full]
    at, placed = len(full), {}
    for cell in reversed(cells):
        kind = _cell_kind(cell)
        at = next((c for c in range(at - 1, 0, -1) if kinds[c] == kind), None)
        if at is None:
            return None
        placed[at] = cell
    if not placed:
        return None
    last = max(placed)
    return [placed.get(c, full[c]) for c in range(last + 1)]


# A table laid out as records: each row a label cell and its value (具体措施: | the task | then 责任单位: | units |),
# the labels repeating in a fixed cycle, one cycle a task. The labels are the header, each cycle a row.
_RECORD_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,8}\s*[:：]?$")
_RECORD_WIDTH = 8                        # so many labels in one record at most


def _record_rows(rows: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]] | None:
    """Rows of label and value whose labels repeat in a cycle of two or more (具体措施 / 责任单位 / 具体措施 / …) → a
    header row of the labels, then one row a cycle, numbered by the line of its first label; a cycle cut short at
    the end keeps its cells. None for rows of any other shape (a page's 索引号: | … metadata, labels that never
    repeat), so at least two cycles, every row exactly a label and a value."""
    if any(len(cells) != 2 or not _RECORD_LABEL.match(cells[0]) for _, cells in rows):
        return None
    labels = [re.sub(r"\s*[:：]$", "", cells[0]) for _, cells in rows]
    width = next((w for w in range(2, _RECORD_WIDTH + 1) if len(set(labels[:w])) == w and
                  all(label == labels[i % w] for i, label in enumerate(labels))), None)
    if width is None or len(rows) < 2 * width:
        return None
    records = [(rows[at][0], [cells[1] for _, cells in rows[at:at + width]]) for at in range(0, len(rows), width)]
    return [(rows[0][0], labels[:width])] + [(no, values + [""] * (width - len(values))) for no, values in records]


def _pipe_cells(text: str) -> list[str]:
    cells = [c.strip() for c in text.split("|")]
    return cells[:-1] if cells and not cells[-1] else cells


# One cell ending its bar: 区房管局 |. Each character can match one way only, so a long line without a bar fails
# at once instead of the pattern trying every split of it (tested on every line of a notice).
_CELL_LINE = re.compile(r"\s*[^|\s][^|]*\|")


def _cell_run(lines: list[Line], k: int) -> tuple[int, list[Line]]:
    """The lines of one cell each from ``lines[k]`` (序号 | / 目标与任务 | / …) → (the index after them, the cells'
    lines). A line '|' alone inside the run is an empty cell (a row's blank last column, as pages store it), or
    the bar of the line above when that line has none of its own: a cell's closing '|' fallen onto the next line
    (4 / | / the task |), put back after it (4 |)."""
    run, cells = k, []
    while run < len(lines):
        text = lines[run].text
        if _CELL_LINE.fullmatch(text) or run > k and text.strip() == "|":
            cells.append(lines[run])
            run += 1
        elif run > k and _bar_below(lines, run):
            cells.append(replace(lines[run], text=text.rstrip() + " |"))
            run += 2
        else:
            break
    return run, cells


def _text_ends(lines: list[Line], k: int) -> bool:
    """Is ``lines[k]`` the text's last line with words?"""
    return bool(lines[k].text.strip()) and not any(ln.text.strip() for ln in lines[k + 1:])


def _bar_below(lines: list[Line], k: int) -> bool:
    """Is ``lines[k]`` a cell without its bar, the bar alone on the next line (4 / |)?"""
    return "|" not in lines[k].text and bool(lines[k].text.strip()) and k + 1 < len(lines) and \
        lines[k + 1].text.strip() == "|"


def _cell_lines(lines: list[Line]) -> list[tuple[int, list[str]]]:
    """Lines of one cell each (序号 | / 目标与任务 | / … / 80 | / …) → rows: the header the cells from 序号 to the
    first number, every row as many cells and led by its number; [] when they do not fall into such rows."""
    cells = [ln.text.rstrip("|").strip() for ln in lines]
    if len(cells) < 4 or not _HEAD_NO.match(_head(cells[0])):
        return []
    width = next((i for i, c in enumerate(cells) if _number_cell(c).isdecimal()), 0)
    if width < 2 or len(cells) < 2 * width:
        return []
    chunks = [(lines[i].no, cells[i:i + width]) for i in range(0, len(cells), width)]
    if not all(_number_cell(row[0]).isdecimal() for _, row in chunks[1:]):
        return []
    if len(chunks[-1][1]) < width:
        # a row cut short where the page's text ends (3 | 工业增加值增长8% | 区经济信息委, its 进展情况 lost): its
        # cells kept, the lost ones empty; a row of its number alone says nothing
        no, row = chunks[-1]
        chunks[-1:] = [(no, row + [""] * (width - len(row)))] if len(row) > 1 else []
    return chunks


def _role_column(head: str) -> bool:
    return _units_head(head) or bool(_HEAD_LEADER.match(head) or _HEAD_DUE.match(head))


def _units_head(head: str) -> bool:
    """Does a header cell name a column of units, lead (牵头单位) or co-units (配合单位, 协同配合单位)?"""
    return bool(_HEAD_RESP.match(head) or _HEAD_CO.match(head))


def _distinct(row: list[str]) -> list[str]:
    """Cell texts of a row without the repeats that merged cells produce."""
    seen: list[str] = []
    for cell in row:
        for part in str(cell).split("\n"):
            part = part.strip()
            if part and part not in seen:
                seen.append(part)
    return seen


# -- a table pasted with its cells run together ----------------------------------------------------------
# A page may lose every separator of a table: the header is its column names run together (序号工作任务牵头单位
# 责任单位推进落实情况, 类别序号重点督办内容牵头单位全年完成情况) and each row one line (or a few) whose cells follow each
# other: [类别] 序号 (1.1 / 1), the task, the lead unit (市教育局), the other units (a list with 、 and ,, maybe one a
# line), then the progress made. A row is cut where its first unit's name begins after the task's words and where
# the list of units ends; a unit glued to the one before (市教育局市住房城乡建设局) opens the next units column. What
# follows the units reports what was done: no task's words, never its targets.

_GLUED_HEAD_MIN = 3                     # so many known column names at least, run together
_GLUED_HEAD_LINE = re.compile(r"[\u4e00-\u9fff]{6,60}")       # a header line: words only, 60 at most
_GLUED_ROW = re.compile(r"^(?P<group>[\u4e00-\u9fff]{2,20}?)?(?P<no>\d{1,2}(?:\.\d{1,2})?)[.、]?(?=[^\d\s.、])")
_GLUED_TASK_MIN = 4                     # a task's words before its first unit, at least
# 局 closing a name, not a word (布局, 格局, 大局); 总工会, 妇联: the people's organisations among the units
_GLUED_UNIT_END = r"(?:办公室|管委会|委员会|指挥部|检察院|法院|政府|中心|公司|集团|街道|(?<![布格大全结开时变残破])局|委|厅|办|部|院|队)"
_PEOPLES = r"(?:总?工会|妇联|残联|科协|侨联|文联|工商联)"      # 市总工会, 市妇联: named by their level alone
_JURISDICTION_UNIT = re.compile(rf"[省市县区镇乡州旗盟](?:[\u4e00-\u9fff]{{1,14}}?{_GLUED_UNIT_END}|{_PEOPLES})")   # 市教育局
_LISTED_UNIT = re.compile(rf"[\u4e00-\u9fff]{{2,14}}?{_GLUED_UNIT_END}|[\u4e00-\u9fff]{{1,13}}?{_PEOPLES}")   # after a 、
_GROUP_UNITS = re.compile(r"各[\u4e00-\u9fff]{1,6}?(?:[(（][\u4e00-\u9fff、,，]{1,12}[)）])?(?:政府|党委|单位|部门)?"
                          r"(?=[、,，\n\s]|$)|"
                          # 各区(市)县政府(管委会): the collective's governments, a bracket inside and after its name
                          r"各[\u4e00-\u9fff]{1,3}[(（][\u4e00-\u9fff、,，]{1,12}[)）][\u4e00-\u9fff]{0,3}?(?:政府|党委)"
                          r"(?:[(（][\u4e00-\u9fff、,，]{1,12}[)）])?")
# between two names of one list (or one cell a line); 等部门, closing the named ones before a collective (…市文广旅局等
# 部门,各区(市)县政府)
_UNIT_GAP = re.compile(r"(?:等(?:相关|有关)?(?:部门|单位))?[、,，]\s*\n?\s*|\s*\n\s*")
_UNIT_NOTE = re.compile(r"[(（][\u4e00-\u9fff、]{2,12}[)）]")     # 市委宣传部(市文明办): the unit's other name, its own
_GLUED_REVIEW = "任务表各栏连在一起（无分隔符），已按单位名称切分任务内容、责任单位和完成情况，请核对"


def _glued_heads(text: str) -> tuple[str, ...] | None:
    """The columns' kinds of a header line made of known column names run together (序号工作任务牵头单位责任单位
    推进落实情况 → no, task, lead, units, other), one unknown name among them at most (重点督办内容, taken as the task's
    column); None for any other line. It numbers its rows and names a column of units."""
    if not _GLUED_HEAD_LINE.fullmatch(text):
        return None
    best = _head_pieces(text)
    if best is None:
        return None
    kinds = tuple(kind for kind in best if kind != "?")
    if len(kinds) < _GLUED_HEAD_MIN or best.count("?") > 1 or "no" not in kinds or \
            not {"lead", "units"} & set(kinds):
        return None
    return tuple("task" if kind == "?" else kind for kind in best)


def _head_pieces(text: str) -> list[str] | None:
    """The kinds of the fewest known names (an unknown one of 2 to 8 characters counted as ten) that make up
    ``text``, "?" for an unknown one; None when none do. A name holding 单位, 部门 or 序号 is never an unknown
    one nor a column of "other" words: those are names of their own run on."""
    def kind(piece: str) -> str | None:
        found = _column_kind(piece) or ("?" if len(piece) <= 8 else None)
        return None if found in ("other", "?") and re.search(r"单位|部门|序号", piece) else found

    best: list[tuple[int, list[str]] | None] = [(0, [])] + [None] * len(text)
    for end in range(1, len(text) + 1):
        for start in range(max(0, end - 12), end - 1):
            if best[start] is None:
                continue
            piece = text[start:end]
            found = kind(piece)
            if found is None:
                continue
            cost = best[start][0] + (10 if found == "?" else 1)
            if best[end] is None or cost < best[end][0]:
                best[end] = (cost, best[start][1] + [found])
    return None if best[-1] is None else best[-1][1]


# A run-together header inside a line, row 1 glued right after it (序号工作内容目标任务责任单位备注1加强…)
_INLINE_HEAD = re.compile(r"序号[\u4e00-\u9fff]{4,50}?(?=1[\u4e00-\u9fff])")
_PAGE_MARK = re.compile(r"^(\d{1,3})、")      # a sharing site's page number opening each page's text (1、 2、 …)
# A row's number glued after the last unit of the row before (…各区(市)县政府(管委会)3加强…): a unit's name or a
# bracket closed just before it, and no measure after it (3个, 2021年 are figures of the text)
_UNITS_CLOSED = re.compile(r"(?:办公室|管委会|委员会|指挥部|政府|中心|公司|集团|街道|工会|[局委厅办部院队联)）])$")
_GLUED_NUMBER = re.compile(r"(?<=[\u4e00-\u9fff)）])(\d{1,2})(?=[\u4e00-\u9fff])(?![年月日号个项家人户条座所名次万亿千百元岁台辆间套栋处批类期])")


def _inline_tables(lines: list[Line]) -> list[Line]:
    """A run-together table pasted whole into a line or two: the table's title, its header (序号工作内容目标任务
    责任单位备注) and its rows glued in one line, each row's number right after the last unit of the row before, the
    lines that follow opening with a sharing site's page numbers (1、 2、 …: a page breaks anywhere, even inside a
    name, 市 / 2、住建局). → the title, the header and each row a line of its own, as ``_glued_rows`` reads them."""
    out: list[Line] = []
    at = 0
    while at < len(lines):
        split = _inline_table(lines, at)
        if split is None:
            out.append(lines[at])
            at += 1
            continue
        at, table = split
        out.extend(table)
    return out


def _inline_table(lines: list[Line], at: int) -> tuple[int, list[Line]] | None:
    """The table glued into ``lines[at]`` and the page-numbered lines after it → (the index after them, its
    lines); None unless a run-together header (``_glued_heads``) runs into row 1 inside the line."""
    text = lines[at].text.strip()
    head = next((m for m in _INLINE_HEAD.finditer(text) if _glued_heads(m.group())), None)
    if head is None:
        return _standard_table(lines, at)
    page = _PAGE_MARK.match(text)
    end, body = _paged(lines, at, head.end())
    starts, expected = [0], 2
    for m in _GLUED_NUMBER.finditer(body):
        if int(m.group(1)) == expected and _UNITS_CLOSED.search(body[:m.start()]):
            starts.append(m.start())
            expected += 1
    if len(starts) < 2:
        return None
    no = lines[at].no
    title = text[page.end() if page else 0:head.start()].strip()
    rows = [Line(no, body[a:b]) for a, b in zip(starts, starts[1:] + [len(body)])]
    return end, ([Line(no, title)] if title else []) + [Line(no, head.group())] + rows


def _paged(lines: list[Line], at: int, start: int) -> tuple[int, str]:
    """The text of ``lines[at]`` from ``start`` with the lines after it that go on with it, each opening with a
    sharing site's next page number (1、… / 2、…), blank lines between pages passed over: (the index after
    them, the text joined, page numbers left out)."""
    text = lines[at].text.strip()
    page = _PAGE_MARK.match(text)
    body, end, number = text[start:], at + 1, int(page.group(1)) if page else None
    while number is not None:
        nxt = next((k for k in range(end, len(lines)) if lines[k].text.strip()), len(lines))
        mark = _PAGE_MARK.match(lines[nxt].text.strip()) if nxt < len(lines) else None
        if mark is None or int(mark.group(1)) != number + 1:
            break
        body += lines[nxt].text.strip()[mark.end():]
        end, number = nxt + 1, number + 1
    return end, body


# The header of a table without 序号 run together, its units column last (项目名称具体标准责任单位)
_UNITS_LAST_HEAD = re.compile(r"(?:责任单位|牵头单位|责任部门|牵头部门|责任主体)(?=[\u4e00-\u9fff])")
_STANDARD_ROWS = 2                      # rows at least
# A collective closing a row's units, the next row's words glued after it (…、各街道学习宣传道德模范…)
_GLUED_COLLECTIVE = re.compile(r"各(?:街道办事处|街道|乡镇(?:人民)?政府|乡镇街道|乡镇|镇街|社区|区县|县区|县市区|"
                               r"(?:相关|有关|成员)?(?:部门|单位))")


def _standard_table(lines: list[Line], at: int) -> tuple[int, list[Line]] | None:
    """A table without 序号 or row numbers pasted whole into a line (and the page-numbered lines after it), its
    header's known names run together with its units column last (项目名称具体标准责任单位), each row its text
    ending a sentence and its units right after (…群众满意率≥85%。区教育局、各街道学习宣传…): rows cut after each
    list of units that follows a 。 → (the index after the lines, the words before the header, the header and
    each row a task line in order, flagged for review); None unless every row so ends, two rows at least."""
    text = lines[at].text.strip()
    for unit_head in _UNITS_LAST_HEAD.finditer(text):
        start = next((a for a in range(max(0, unit_head.start() - 16), unit_head.start())
                      if (kinds := _head_pieces(text[a:unit_head.end()])) and "?" not in kinds and "task" in kinds),
                     None)
        if start is None:
            continue
        end, body = _paged(lines, at, unit_head.end())
        rows = _standard_rows(body)
        if rows is None:
            return None
        no = lines[at].no
        page = _PAGE_MARK.match(text)
        before = text[page.end() if page else 0:start].strip()
        tasks = [Line(no, f"{n}.{task}", hint="task", departments=units, review=_GLUED_REVIEW)
                 for n, (task, units) in enumerate(rows, 1)]
        return end, [Line(no, part) for part in _signed_off(before)] + \
            [Line(no, text[start:unit_head.end()], hint="note")] + tasks
    return None


_SIGNED_DATE = re.compile(r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日")


def _signed_off(text: str) -> list[str]:
    """The words before a run-together table in their parts: the notice's text up to its last 。, its issuer, its
    date, the table's title (…圆满完成工作任务。 / 开福区文明办 / 2016年6月23日 / 开福区深化文明社区建设责任分解表)."""
    cut = text.rfind("。") + 1
    parts = [text[:cut]]
    date = _SIGNED_DATE.search(text, cut)
    if date:
        parts += [text[cut:date.start()], date.group()]
        cut = date.end()
    return [part for part in (*parts, text[cut:]) if part.strip()]


def _standard_rows(body: str) -> list[tuple[str, tuple[str, ...]]] | None:
    """A run-together table's rows, each its text up to a 。 and the units right after it: (text, units) in order;
    None unless the body ends with a row's units and holds two rows at least."""
    rows: list[tuple[str, tuple[str, ...]]] = []
    start = 0
    for stop in re.finditer("。", body):
        run = _closing_units(body, stop.end())
        if run is None:
            continue
        end, names = run
        rows.append((body[start:stop.end()], read_marker("、".join(names)).departments))
        start = end
    return rows if len(rows) >= _STANDARD_ROWS and start == len(body) and all(u for _, u in rows) else None


def _closing_units(text: str, start: int) -> tuple[int, list[str]] | None:
    """The list of units opening at ``start`` (``_units_run``), its last a collective the next row's words may be
    glued to (各街道学习…, 各社区组织志愿服务队伍: no 志愿服务队 of its own when no list mark closes it): (where it
    ends, its names)."""
    run = _units_run(text, start, 1)
    end, names = run if run else (start, [])
    if names and end < len(text) and not re.match(r"[、,，\s。;；]", text[end]) and \
            (collective := _GLUED_COLLECTIVE.match(names[-1])) and collective.end() < len(names[-1]):
        return end - len(names[-1]) + collective.end(), names[:-1] + [collective.group()]
    gap = _UNIT_GAP.match(text, end) if names else None
    at = gap.end() if gap and gap.end() > end else end
    if (not names or at > end) and (collective := _GLUED_COLLECTIVE.match(text, at)):
        return collective.end(), names + [collective.group()]
    return run


def _glued_rows(lines: list[Line]) -> list[Line]:
    """Lines with each table pasted with its cells run together (``_glued_heads``) read into task lines: a group
    cell changing (类别) a section line, each row a task line with its units, the progress after them a note."""
    out: list[Line] = []
    lines = _inline_tables(lines)
    at = 0
    while at < len(lines):
        kinds = _glued_heads(lines[at].text)
        rows = _glued_row_lines(lines, at + 1, kinds) if kinds else []
        if not rows:
            out.append(lines[at])
            at += 1
            continue
        out.append(lines[at])
        group, dotted = None, "." in _GLUED_ROW.match(rows[0][0].text).group("no")
        for count, row in enumerate(rows, start=1):
            read = _glued_row(row, kinds)
            if read is None:
                out.extend(row)
                continue
            if read["group"] and read["group"] != group:
                out.append(Line(row[0].no, read["group"], hint="section"))
            group = read["group"] or group
            number = count if dotted else read["no"]
            out.append(Line(row[0].no, f"{number}.{read['task']}", hint="task", departments=read["units"],
                            review=_GLUED_REVIEW))
            if read["rest"]:
                out.append(Line(row[0].no, read["rest"], hint="note"))
        at = at + 1 + sum(map(len, rows))
    return out


def _glued_row_lines(lines: list[Line], at: int, kinds: tuple[str, ...]) -> list[list[Line]]:
    """The rows under a run-together header, each its lines: a row opens with its number, the next in sequence
    (1.1, 1.2 … 2.1; or 1, 2, 3), after its group's words when a group column comes first; it goes on over the
    lines up to the next row, a blank line or the end."""
    rows: list[list[Line]] = []
    expected: tuple[str, ...] = ("1", "1.1")
    for ln in lines[at:]:
        m = _GLUED_ROW.match(ln.text)
        if m and m.group("group") and kinds.index("no") == 0:
            m = None                                # words before the number: no group column to hold them
        if m and m.group("no") in expected:
            rows.append([ln])
            expected = _next_numbers(m.group("no"))
        elif rows and ln.text:
            rows[-1].append(ln)
        else:
            break
    return rows


def _next_numbers(no: str) -> tuple[str, ...]:
    """The numbers a row after row ``no`` may have: 4 after 3; 1.3 or 2.1 after 1.2."""
    if "." not in no:
        return (str(int(no) + 1),)
    major, minor = map(int, no.split("."))
    return (f"{major}.{minor + 1}", f"{major + 1}.1")


def _glued_row(row: list[Line], kinds: tuple[str, ...]) -> dict | None:
    """A run-together row's group, number, task, units and the words after them; None when no unit follows
    the task's words."""
    text = "\n".join(ln.text for ln in row)
    m = _GLUED_ROW.match(text)
    body = text[m.end():]
    columns = sum(kind in ("lead", "units") for kind in kinds)
    for start in range(_GLUED_TASK_MIN, len(body)):
        names = _units_run(body, start, columns)
        if names:
            end, units = names
            return {"group": m.group("group"), "no": m.group("no"), "task": body[:start].replace("\n", "").strip(),
                    "units": read_marker("、".join(units)).departments, "rest": body[end:].strip()}
    return None


def _units_run(text: str, start: int, columns: int) -> tuple[int, list[str]] | None:
    """Where a list of units opening at ``start`` ends, and its names: the first led by its jurisdiction (市, 区 …)
    or a collective (各县(市、区)); after a 、 or a line break any unit's name; glued to the one before only the
    first of another units column (of ``columns``), led by its jurisdiction. None when no unit opens there."""
    first = _unit_at(text, start, led=True)
    if first is None:
        return None
    names, end, glued = [text[start:first]], first, 1
    while True:
        gap = _UNIT_GAP.match(text, end)
        if gap and gap.end() > end and (nxt := _unit_at(text, gap.end(), led="\n" in gap.group() and
                                                         not re.search(r"[、,，]", gap.group()))):
            names.append(text[gap.end():nxt])
            end = nxt
        elif glued < columns and (nxt := _unit_at(text, end, led=True)):
            names.append(text[end:nxt])
            end, glued = nxt, glued + 1
        else:
            return end, names


def _unit_at(text: str, start: int, led: bool) -> int | None:
    """The end of a unit's name opening at ``start`` (``led``: by its jurisdiction, or a collective): the
    shortest name followed by a list mark, a space, a line's end, a figure or the next jurisdiction (区委宣传部、
    not 区委), else the shortest of all (区财政局 before the progress 西城区…); None when no name opens there."""
    if m := _GROUP_UNITS.match(text, start):
        return m.end()
    pattern = _JURISDICTION_UNIT if led else _LISTED_UNIT
    ends = [end for end in range(start + 2, min(len(text), start + 16) + 1) if pattern.fullmatch(text, start, end)]
    if not ends:
        return None
    closed = [end for end in ends if end == len(text) or re.match(r"[、,，\s\d(（省市县区镇乡各]", text[end])]
    end = (closed or ends)[0]
    note = _UNIT_NOTE.match(text, end)
    return note.end() if note and _unit_note(note.group()) else end


def _unit_note(bracket: str) -> bool:
    """Is a bracket after a unit's name a name it also goes by (市委宣传部(市文明办)), not its part (牵头)?"""
    return bool(_JURISDICTION_UNIT.fullmatch(bracket[1:-1]))

