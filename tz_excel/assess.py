"""Targets + calendar → met / on_track / behind / severe / no_data / invalid (序时进度).

    >>> a = assess_indicator(indicator, actual=120, period=Period.parse("2023-W36"),
    ...                      start=date(2023, 1, 1), end=date(2023, 12, 31), rules=AssessSettings())
    >>> round(a.expected, 1), a.status
    (135.2, 'behind')
"""

from __future__ import annotations

from dataclasses import dataclass

MET, ON_TRACK, BEHIND, SEVERE, NO_DATA, INVALID = "met", "on_track", "behind", "severe", "no_data", "invalid"
STATUS_WORDS = {
    MET: "已完成", ON_TRACK: "正常推进", BEHIND: "进度滞后",
    SEVERE: "严重滞后", NO_DATA: "未报送", INVALID: "数据有误",
}


@dataclass(frozen=True)
class Assessment:
    """The judgement of one indicator for one period (the lead department's figure)."""

    id: str
    task_no: int
    department: str                # lead department
    target: float | int
    unit: str
    comparator: str
    kind: str
    aspirational: bool
    actual: float | None
    expected: float | None
    status: str
    completion: float | None = None    # actual / target (share, 0.62 = 62 %)
    gap: float | None = None           # expected − actual (positive = short), for caps actual − expected
    notes: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {"id": self.id, "department": self.department, "target": self.target,
                "unit": self.unit, "actual": self.actual, "expected": self.expected,
                "status": self.status}


@dataclass(frozen=True)
class TaskAssessment:
    """The judgement of one task: from its indicators, or from the lead's 完成状态."""

    no: int
    status: str
    department: str = ""
    notes: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {"no": self.no, "status": self.status}
