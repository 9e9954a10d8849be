"""The department directory (``departments.xlsx``): names, aliases, groups, contacts, e-mail.

    >>> directory = read_directory("departments.xlsx")
    >>> directory.resolve("开发区管委会").name
    '滕州经济技术开发区管委会'
    >>> [d.name for d in directory.expand("各镇街")][:2]
    ['北辛街道', '荆河街道']

Sheet one, header row: 单位名称, 简称/别名, 分组, 联系人, 电话, 邮箱. A row whose name is used as
another row's 分组 is a group (各镇街, 市直各有关部门单位): the catalogue may name it, and it expands
to its members. A department may sit in several groups (分组 separated by 、 , ; or ，).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .errors import ConfigError
from .sheets import CJK_FONT, FIXED_CREATED

HEADERS = ("单位名称", "简称/别名", "分组", "联系人", "电话", "邮箱")
_SPLIT = re.compile(r"[、,，;；\s]+")
_TOWN = re.compile(r"(镇|街道|乡|办事处)$")


@dataclass(frozen=True)
class Department:
    """One row of the directory."""

    name: str
    aliases: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    contact: str = ""
    phone: str = ""
    emails: tuple[str, ...] = ()


@dataclass(frozen=True)
class Directory:
    """All departments, with look-ups by name or alias and group expansion."""

    departments: tuple[Department, ...] = ()
    _index: dict = field(default_factory=dict, compare=False, repr=False)
    _members: dict = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for at, dep in enumerate(self.departments):
            for key in (dep.name, *dep.aliases):
                self._index.setdefault(_key(key), dep)
            # Positions of the members of each group key: a look-up, not a pass over the directory
            # per name (a province's directory has ten thousand rows, its catalogue as many names).
            for key in {_key(g) for g in dep.groups}:
                self._members.setdefault(key, []).append(at)

    def __iter__(self):
        return iter(self.departments)

    def __len__(self) -> int:
        return len(self.departments)

    def get(self, name: str) -> Department | None:
        """The department known as ``name`` (its name or an alias), or None."""
        return self._index.get(_key(name))

    def resolve(self, name: str) -> Department:
        dep = self.get(name)
        if dep is None:
            raise ConfigError(f"单位“{name}”不在单位名录（departments.xlsx）中。", department=name)
        return dep

    def members(self, group: str) -> list[Department]:
        """Members of a group, in directory order (empty when ``group`` is no group)."""
        dep = self.get(group)
        names = {_key(group)} | ({_key(a) for a in (dep.name, *dep.aliases)} if dep else set())
        found = [self._members.get(name, ()) for name in names]
        if len(found) == 1:
            return [self.departments[at] for at in found[0]]
        return [self.departments[at] for at in sorted({at for ats in found for at in ats})]

    def expand(self, name: str) -> list[Department]:
        """A group becomes its members; a plain department (or an empty group) itself."""
        members = self.members(name)
        return members or [self.resolve(name)]

    def names_for(self, dep: Department) -> set[str]:
        """Every name under which the catalogue may name ``dep``: its own, aliases, its groups'."""
        names = {dep.name, *dep.aliases}
        for group in dep.groups:
            names.add(group)
            group_dep = self.get(group)
            if group_dep:
                names.update((group_dep.name, *group_dep.aliases))
        return names

    def is_group(self, dep: Department) -> bool:
        return bool(self.members(dep.name))

    def recipients_for(self, names: Iterable[str]) -> list[Department]:
        """Concrete departments (groups expanded, duplicates dropped) for catalogue names.

        Raises ConfigError naming every name that has no row.
        """
        missing = [n for n in names if self.get(n) is None]
        if missing:
            raise ConfigError(
                "以下单位在任务清单中出现，但单位名录（departments.xlsx）中没有对应行："
                + "、".join(dict.fromkeys(missing)) + "。请在名录中补充单位或别名后重试。",
                departments=missing,
            )
        result: dict[str, Department] = {}
        for name in names:
            for dep in self.expand(name):
                result.setdefault(dep.name, dep)
        return list(result.values())


def _key(name: str) -> str:
    """Names compare without spaces and with full-width brackets folded."""
    return re.sub(r"\s+", "", str(name)).replace("(", "（").replace(")", "）")


def split_list(text: object) -> tuple[str, ...]:
    """``"a@x.cn; b@x.cn"`` → ``("a@x.cn", "b@x.cn")``."""
    return tuple(p for p in _SPLIT.split(str(text or "").strip()) if p)


def read_directory(path: str | Path) -> Directory:
    """Read ``departments.xlsx`` (first sheet, header row found by 单位名称).

    Values come from python-calamine: every merge reads the directory, and it needs no formats.
    """
    import python_calamine

    path = Path(path)
    if not path.exists():
        raise ConfigError(f"缺少单位名录 {path.name}，请先运行 tz-excel init。", path=str(path))
    try:
        sheet = python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0)
        rows = [[_cell_text(v) for v in row] for row in sheet.to_python(skip_empty_area=False)]
    except Exception as exc:  # calamine raises its own kinds for a broken file
        raise ConfigError(f"单位名录 {path.name} 无法打开：{exc}", path=str(path)) from exc
    for at, row in enumerate(rows):
        if "单位名称" in row:
            columns = {h: row.index(h) for h in HEADERS if h in row}
            break
    else:
        raise ConfigError(f"单位名录 {path.name} 第一张表中找不到表头“单位名称”。", path=str(path))
    cell = lambda r, h: r[columns[h]] if h in columns and columns[h] < len(r) else ""
    departments = []
    for row in rows[at + 1:]:
        name = cell(row, "单位名称")
        if not name:
            continue
        departments.append(Department(
            name=name, aliases=_split_names(cell(row, "简称/别名")),
            groups=_split_names(cell(row, "分组")), contact=cell(row, "联系人"), phone=cell(row, "电话"),
            emails=split_list(cell(row, "邮箱")),
        ))
    return Directory(tuple(departments))


def _cell_text(value) -> str:
    """A cell as text: a phone number typed as a number reads "13800000000", not "13800000000.0"."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _split_names(text: str) -> tuple[str, ...]:
    # Names may contain spaces or parentheses but never these separators.
    return tuple(p.strip() for p in re.split(r"[、,，;；]", text or "") if p.strip())


def write_directory(path: str | Path, directory: Directory) -> None:
    """Write ``departments.xlsx`` for the office to complete (contacts and e-mail)."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    wb.set_properties({"title": "单位名录", "created": FIXED_CREATED})
    ws = wb.add_worksheet("单位名录")
    head = wb.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1, "font_name": CJK_FONT})
    body = wb.add_format({"border": 1, "font_name": CJK_FONT})
    ws.write_row(0, 0, HEADERS, head)
    for r, dep in enumerate(directory, start=1):
        values = (dep.name, "、".join(dep.aliases), "、".join(dep.groups), dep.contact, dep.phone, "; ".join(dep.emails))
        for c, value in enumerate(values):
            ws.write_string(r, c, value, body)
    for c, width in enumerate((30, 24, 24, 10, 16, 36)):
        ws.set_column(c, c, width)
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, max(len(directory), 1), len(HEADERS) - 1)
    wb.close()


def directory_from_names(names: Iterable[str]) -> Directory:
    """A first directory for ``init``: one row per catalogue name, groups filled where obvious.

    A collective name for towns (各镇街, 各镇（街道）) gathers the towns the catalogue names; one for
    the city's own departments (市直各有关部门单位) gathers every other department. The office
    completes the rest (members, aliases, contacts, e-mail) by editing the file.
    """
    names = list(dict.fromkeys(names))
    groups = [n for n in names if is_collective(n)]
    town_groups = [g for g in groups if re.search(r"镇|街", g)]
    city_groups = [g for g in groups if g not in town_groups]
    rows = []
    for name in names:
        if name in groups:
            rows.append(Department(name))
            continue
        member_of = town_groups if _TOWN.search(name) else city_groups
        rows.append(Department(name, groups=tuple(member_of)))
    return Directory(tuple(rows))


def is_collective(name: str) -> bool:
    """各镇街, 市直各有关部门单位, 各区（市）… name many departments at once."""
    return bool(re.match(r"^(各|全市|市直各|市直有关|有关)", name)) or "各有关" in name
