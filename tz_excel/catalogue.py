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
from dataclasses import dataclass, field, replace
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
            "aspirational": self.aspirational, "source": self.source,
        }
        if self.needs_review:
            data["needs_review"] = True
        return data

    @classmethod
    def from_dict(cls, data: dict) -> "Indicator":
        return cls(
            id=str(data["id"]), metric=data["metric"], target=_plain_number(data["target"]),
            unit=data.get("unit", ""), comparator=data.get("comparator", ">="),
            kind=data.get("kind", "cumulative"), aspirational=bool(data.get("aspirational", False)),
            source=data.get("source", ""), needs_review=bool(data.get("needs_review", False)),
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

    @property
    def lead(self) -> str | None:
        return self.departments[0] if self.departments else None

    def to_dict(self) -> dict:
        data = {
            "no": self.no, "section": self.section, "title": self.title, "text": self.text,
            "departments": list(self.departments),
            "indicators": [i.to_dict() for i in self.indicators],
        }
        if self.needs_review:
            data["needs_review"] = True
        return data

    @classmethod
    def from_dict(cls, data: dict) -> "Task":
        return cls(
            no=int(data["no"]), section=int(data["section"]), title=data["title"],
            text=data.get("text", ""), departments=tuple(data.get("departments", ())),
            indicators=tuple(Indicator.from_dict(i) for i in data.get("indicators", ())),
            needs_review=bool(data.get("needs_review", False)),
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
        for task in self.tasks:
            if task.no == int(no):
                return task
        raise KeyError(no)

    def section(self, no: int) -> Section:
        for section in self.sections:
            if section.no == no:
                return section
        raise KeyError(no)

    def indicators(self) -> Iterator[Indicator]:
        for task in self.tasks:
            yield from task.indicators

    def indicator(self, indicator_id: str) -> Indicator:
        for indicator in self.indicators():
            if indicator.id == indicator_id:
                return indicator
        raise KeyError(indicator_id)

    def department_names(self) -> list[str]:
        """Every department name as written, in order of first appearance."""
        seen: dict[str, None] = {}
        for task in self.tasks:
            for name in task.departments:
                seen.setdefault(name, None)
        return list(seen)

    def rows(self) -> Iterator[Row]:
        """Every template row of the notice, lead role, in catalogue order."""
        for task in self.tasks:
            yield from _task_rows(task, LEAD)

    def rows_for(self, names: Iterable[str]) -> list[Row]:
        """Rows for a department known under ``names`` (its name, aliases and groups it is in).

        Role is LEAD when one of the names is the task's first department, else CO.
        """
        names = set(names)
        rows: list[Row] = []
        for task in self.tasks:
            if not names.intersection(task.departments):
                continue
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

    @property
    def sha(self) -> str:
        """sha256 of the canonical JSON (sorted keys, no spaces): the catalogue's identity."""
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


def _plain_number(value: float | int | str) -> float | int:
    """2.0 → 2, "195" → 195, 3.05 stays 3.05: targets read naturally in JSON and workbooks."""
    number = float(value)
    return int(number) if number.is_integer() else number
