"""Targets + calendar → met / on_track / behind / severe / no_data / invalid (序时进度).

    >>> a = assess_indicator(indicator, actual=120, period=Period.parse("2023-W36"),
    ...                      start=date(2023, 1, 1), end=date(2023, 12, 31), rules=AssessSettings())
    >>> round(a.expected, 1), a.status
    (135.2, 'behind')
    >>> assessments, tasks = assess_period(catalogue, result.values, "2023-W36", ws.settings)

The rules, one pure function each (thresholds from ``[assess]``). "share" is the part of the
time from the reporting year's start (``[office] start``) to the indicator's deadline ``due`` (its
own, else its task's, else the year's end ``[office] end``) elapsed at the period's last day
(``expected_to_date``); once ``due`` has passed the whole target is due. A deadline has passed
(``due_passed``) when the period's last day is on or after it: the figures are as of that day.

- ``>=`` cumulative (``judge_at_least``): expected = target × share. met when actual ≥ target;
  on_track when actual ≥ expected × (1 − tolerance); severe when actual < expected × severe_below;
  behind otherwise.
- milestones (``is_milestone``, ``judge_milestone``): a cumulative ``>=``/``~`` target of whole
  things (``COUNT_UNITS``: 个, 家, 处, 座 …) no larger than ``milestone_max`` is judged in whole
  units: expected = ⌊target × share⌋ (``milestone_expected``). met when actual ≥ target. While
  expected is 0 and ``due`` has not passed, the lead's 完成状态 decides (``milestone_state``):
  滞后 is behind, anything else (未启动, 正常推进 …) on track. Once ``due`` has passed unmet:
  behind for ``overdue_severe_after`` periods, then severe (``overdue_status``). In between,
  below expected is behind, below expected × severe_below severe.
- ``<=`` cumulative caps (``judge_cap``): expected = the pro-rated cap. Above the whole cap:
  severe; above the pro-rated cap: behind; within: on_track, and met only once ``due`` has
  passed. No tolerance: a cap is a cap.
- ``<=`` level caps (``judge_level_cap``): expected = the cap; there is no pro-rated allowance, so
  above it is behind up to ``2 − severe_below`` times the cap (1.4× by default), severe beyond;
  within: on_track, met once ``due`` has passed.
- ``~`` 左右 (``judge_approx``): met when actual ≥ target × (1 − approx) (a figure well above the
  target is still met, with a note); below that it is judged like ``>=``.
- level indicators (``judge_level``; rates, shares, stocks) are not pro-rated: expected = target,
  met when actual ≥ target; on_track when ≥ target × (1 − tolerance); severe when
  < target × severe_below; behind otherwise.
- tasks without indicators (``status_from_state``): the lead's 完成状态: 已完成 met, 正常推进
  on_track, 滞后 behind, 未启动 on_track until the first day of month
  ``not_started_until_month`` of the reporting year, behind from then on; no return: no_data.
- tasks with indicators (``combine_task``): the worst of their indicators' statuses and of the
  lead's own 完成状态 when that is worse, in the order severe > invalid > behind > no_data >
  on_track > met (``SEVERITY``).
- deadlines of tasks (``task_deadline``): a task whose ``due`` (else the year's end) has passed
  and that is not done (its lead has not reported 已完成, and not all its indicators are met) is
  ``overdue``: at least behind, severe after ``overdue_severe_after`` periods
  (``periods_past_due``). Not done and due within the next ``due_soon_periods`` periods
  (``is_due_soon``): ``due_soon`` (临期), a flag the report and mail show; the status is unchanged.
  Indicators carry the same two flags against their own deadline.

Whose figure counts: the lead department's (role "lead"). Its invalid figure makes the indicator
invalid. With no lead figure the indicator is no_data even when a co-operating department gave
one: that figure is shown in the notes, never used as the official value, so responsibility stays
with the lead. When several departments lead (a group such as 市直各有关部门单位 expands to its
members), cumulative figures are summed, a level takes the weakest member's figure (the lowest,
or the highest for a cap), and 完成状态 the worst. A co-operator's figure that differs from the
lead's by more than ``tolerance`` is noted as a contradiction. Aspirational (力争) targets are
judged the same way; ``Assessment.aspirational`` carries the tag.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Iterable, Sequence

from .periods import Period, describe_date, share_to_due

MET, ON_TRACK, BEHIND, SEVERE, NO_DATA, INVALID = "met", "on_track", "behind", "severe", "no_data", "invalid"
STATUS_WORDS = {
    MET: "已完成", ON_TRACK: "正常推进", BEHIND: "进度滞后",
    SEVERE: "严重滞后", NO_DATA: "未报送", INVALID: "数据有误",
}
# Worst first: the order used to combine statuses and to sort shortfalls.
SEVERITY = (SEVERE, INVALID, BEHIND, NO_DATA, ON_TRACK, MET)
# Display order (best first), for tables and charts.
STATUSES = (MET, ON_TRACK, BEHIND, SEVERE, NO_DATA, INVALID)
COMPARATOR_WORDS = {">=": "≥", "<=": "≤", "~": "左右"}
ASPIRATIONAL_TAG = "力争"

STATE_STATUS = {"已完成": MET, "正常推进": ON_TRACK, "滞后": BEHIND}
NOT_STARTED, DONE = "未启动", "已完成"
# Units that count whole things: nobody reports 1.56 个 院士工作站 or 0.4 家 企业.
COUNT_UNITS = frozenset("个家人项所处座条户张次批名台套辆栋间支只")
DUE_SOON_WORD = "临期"
LEAD, CO = "lead", "co"


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
    due: date | None = None            # the deadline judged against: its own, its task's or the year's end
    milestone: bool = False            # judged in whole units (``is_milestone``)
    overdue: bool = False              # ``due`` has passed and the target is not met
    due_soon: bool = False             # 临期: not met and due within the next few periods

    @property
    def word(self) -> str:
        """The status as the workbook shows it (已完成 …)."""
        return STATUS_WORDS[self.status]

    def to_dict(self) -> dict:
        return {"id": self.id, "department": self.department, "target": self.target,
                "unit": self.unit, "actual": self.actual, "expected": display_number(self.expected),
                "status": self.status, "due": _iso(self.due)}


@dataclass(frozen=True)
class TaskAssessment:
    """The judgement of one task: from its indicators, or from the lead's 完成状态."""

    no: int
    status: str
    department: str = ""
    notes: tuple[str, ...] = ()
    due: date | None = None            # the task's deadline, else the year's end
    overdue: bool = False              # ``due`` has passed and the task is not done
    due_soon: bool = False             # 临期: not done and due within the next few periods

    @property
    def word(self) -> str:
        return STATUS_WORDS[self.status]

    def to_dict(self) -> dict:
        return {"no": self.no, "status": self.status, "due": _iso(self.due), "overdue": self.overdue,
                "due_soon": self.due_soon}


# -- the rules: pure functions ----------------------------------------------------------------
def expected_to_date(indicator, day: date, start: date, due: date) -> float:
    """序时进度: the target pro-rated from ``start`` to ``due`` at the end of ``day`` for cumulative
    indicators (the whole target from ``due`` on), else the target."""
    if indicator.kind == "level":
        return float(indicator.target)
    return float(indicator.target) * share_to_due(day, start, due)


def is_milestone(indicator, rules) -> bool:
    """A one-off or small count (1座 污水处理厂, 5处 学校项目): judged in whole units."""
    target = float(indicator.target)
    return (indicator.kind == "cumulative" and indicator.comparator in (">=", "~")
            and indicator.unit in COUNT_UNITS and target.is_integer() and 1 <= target <= rules.milestone_max)


def milestone_expected(target: float, share: float) -> int:
    """⌊target × share⌋ whole units (a hair of float error never drops a whole unit)."""
    return math.floor(float(target) * share + 1e-9)


def milestone_state(state: str) -> str:
    """What the lead's 完成状态 means while nothing is due yet: 滞后 behind, else on track."""
    return BEHIND if (state or "").strip() == "滞后" else ON_TRACK


def judge_milestone(actual: float, expected: int, target: float, past_due: int, state: str, rules) -> str:
    """A milestone: met, overdue (``past_due`` periods after its deadline), state-led or whole units."""
    if actual >= target:
        return MET
    if past_due:
        return overdue_status(past_due, rules)
    if expected == 0:
        return milestone_state(state)
    return judge_at_least(actual, expected, target, rules)


def due_passed(due: date, period: Period) -> bool:
    """The deadline has passed at the period's last day (the figures are as of that day)."""
    return period.last_day >= due


def periods_past_due(due: date, period: Period) -> int:
    """How many periods (this one included) end on or after ``due``: 0 while it has not passed."""
    if not due_passed(due, period):
        return 0
    return period.index - _containing(due, period.cadence).index + 1


@lru_cache(maxsize=512)          # a catalogue has a handful of distinct deadlines
def _containing(day: date, cadence: str) -> Period:
    return Period.containing(day, cadence)


def overdue_status(past_due: int, rules) -> str:
    """Unmet after the deadline: behind for ``overdue_severe_after`` periods, then severe."""
    return SEVERE if past_due > rules.overdue_severe_after else BEHIND


def is_due_soon(due: date, period: Period, rules) -> bool:
    """临期: ``due`` falls after this period and within the next ``due_soon_periods`` periods."""
    if rules.due_soon_periods <= 0 or due_passed(due, period):
        return False
    return due <= period.shifted(rules.due_soon_periods).last_day


def judge_at_least(actual: float, expected: float, target: float, rules) -> str:
    """A cumulative ``>=`` target judged against the calendar."""
    if actual >= target:
        return MET
    if actual >= expected * (1 - rules.tolerance):
        return ON_TRACK
    if actual < expected * rules.severe_below:
        return SEVERE
    return BEHIND


def judge_cap(actual: float, expected: float, target: float, year_over: bool) -> str:
    """A cumulative ``<=`` cap: ``expected`` is the cap pro-rated to date."""
    if actual > target:
        return SEVERE
    if actual > expected:
        return BEHIND
    return MET if year_over else ON_TRACK


def judge_level_cap(actual: float, target: float, year_over: bool, rules) -> str:
    """A level ``<=`` cap: no pro-rated allowance, so behind up to (2 − severe_below) × the cap."""
    if actual > target * (2 - rules.severe_below):
        return SEVERE
    if actual > target:
        return BEHIND
    return MET if year_over else ON_TRACK


def judge_approx(actual: float, expected: float, target: float, rules) -> str:
    """A ``~`` (左右) target: met within ``approx`` below it (or anywhere above), else like ``>=``."""
    if actual >= target * (1 - rules.approx):
        return MET
    return judge_at_least(actual, expected, target, rules)


def judge_level(actual: float, target: float, rules) -> str:
    """A level ``>=`` (rate, share, stock): the latest value against the target, not pro-rated."""
    return judge_at_least(actual, float(target), float(target), rules)


def status_from_state(state: str, day: date, start: date, rules) -> str:
    """A task without indicators: the lead's 完成状态 ("" or unknown → no_data)."""
    state = (state or "").strip()
    if state == NOT_STARTED:
        cutoff = date(start.year, rules.not_started_until_month, 1)
        return BEHIND if day >= cutoff else ON_TRACK
    return STATE_STATUS.get(state, NO_DATA)


def worst(statuses: Iterable[str]) -> str:
    """The most serious status (``SEVERITY`` order); no statuses → no_data."""
    ranked = [SEVERITY.index(s) for s in statuses]
    return SEVERITY[min(ranked)] if ranked else NO_DATA


def judge(indicator, actual: float, expected: float, year_over: bool, rules) -> str:
    """Dispatch to the rule for the indicator's comparator and kind."""
    target = float(indicator.target)
    if indicator.comparator == "<=" and indicator.kind == "level":
        return judge_level_cap(actual, target, year_over, rules)
    if indicator.comparator == "<=":
        return judge_cap(actual, expected, target, year_over)
    if indicator.comparator == "~":
        return judge_approx(actual, expected, target, rules)
    if indicator.kind == "level":
        return judge_level(actual, target, rules)
    return judge_at_least(actual, expected, target, rules)


# -- one indicator ----------------------------------------------------------------------------
def assess_indicator(indicator, actual: float | None, period: Period, start: date, end: date,
                     rules, *, department: str = "", valid: bool = True, notes: Sequence[str] = (),
                     due: date | None = None, state: str = "") -> Assessment:
    """Judge one indicator's official figure at ``period``.

    Args:
        indicator: a catalogue ``Indicator``.
        actual: the lead's year-to-date figure (None when not given).
        period: the reporting period; its last day fixes the share of the time to ``due``.
        start, end: the reporting year (``settings.office.year_bounds``).
        rules: ``AssessSettings`` (tolerance, severe_below, approx, far_beyond, milestone_max …).
        department: the lead department, for display.
        valid: False when validation found an error in the figure (→ invalid).
        notes: notes gathered by the caller (contradictions, co-operators' figures).
        due: the deadline (``Task.due_of(indicator)``); default the indicator's own, else ``end``.
        state: the lead's 完成状态, which decides a milestone while nothing is due yet.

    Returns:
        The ``Assessment``; ``expected`` is never rounded here.
    """
    due = due or indicator.due or end
    milestone = is_milestone(indicator, rules)
    expected = expected_to_date(indicator, period.last_day, start, due)
    if milestone:
        expected = float(milestone_expected(indicator.target, share_to_due(period.last_day, start, due)))
    notes = list(notes)
    actual = actual if valid else None
    status = _judge_figure(indicator, actual, valid, expected, due, period, milestone, state, rules, notes)
    overdue, soon = _deadline_flags(indicator, status, due, period, rules)
    if overdue:
        notes.append(f"已过完成时限（{describe_date(due)}），尚未完成目标")
    elif soon:
        notes.append(f"{DUE_SOON_WORD}：完成时限为{describe_date(due)}")
    if indicator.aspirational:
        notes.append(f"{ASPIRATIONAL_TAG}目标")
    return Assessment(
        id=indicator.id, task_no=indicator.task_no, department=department, target=indicator.target,
        unit=indicator.unit, comparator=indicator.comparator, kind=indicator.kind,
        aspirational=indicator.aspirational, actual=actual, expected=expected, status=status,
        completion=completion(actual, indicator.target), gap=gap(indicator.comparator, actual, expected),
        notes=tuple(notes), due=due, milestone=milestone, overdue=overdue, due_soon=soon,
    )


def _judge_figure(indicator, actual, valid, expected, due, period, milestone, state, rules, notes) -> str:
    """The status of one figure (``notes`` collects what the reader should know about it)."""
    if not valid:
        return INVALID
    waiting = milestone and expected == 0 and not due_passed(due, period)
    if actual is None:
        if waiting and (state or "").strip():
            notes.append("未填写累计完成值，尚无应完成数量，按完成状态研判")
            return milestone_state(state)
        return NO_DATA
    notes.extend(_figure_notes(indicator, actual, rules))
    if not milestone:
        return judge(indicator, actual, expected, due_passed(due, period), rules)
    if waiting and actual < float(indicator.target):
        notes.append("尚无应完成数量，按完成状态研判")
    return judge_milestone(actual, int(expected), float(indicator.target), periods_past_due(due, period),
                           state, rules)


def _deadline_flags(indicator, status: str, due: date, period: Period, rules) -> tuple[bool, bool]:
    """(overdue, due_soon) of an indicator; a cap (``<=``) is never late, only over."""
    if status == MET or indicator.comparator == "<=":
        return False, False
    return due_passed(due, period), is_due_soon(due, period, rules)


def completion(actual: float | None, target: float) -> float | None:
    """actual / target as a share (None without a figure or with a zero target)."""
    if actual is None or not target:
        return None
    return actual / float(target)


def gap(comparator: str, actual: float | None, expected: float) -> float | None:
    """Shortfall against 序时进度: expected − actual (for a cap, actual − expected); positive is bad."""
    if actual is None:
        return None
    return actual - expected if comparator == "<=" else expected - actual


def shortfall(a: Assessment) -> float:
    """How far behind, relative to what was due (0 when not behind): for sorting the worst."""
    if a.gap is None or a.expected in (None, 0) or a.gap <= 0:
        return 0.0
    return a.gap / abs(a.expected)


def _figure_notes(indicator, actual: float, rules) -> list[str]:
    notes = []
    target = float(indicator.target)
    if target > 0 and actual > target * rules.far_beyond:
        notes.append(f"报送数值为目标值的{actual / target:.0f}倍，请核实")
    if indicator.comparator == "~" and target > 0 and actual > target * (1 + rules.approx):
        notes.append("明显高于“左右”目标值")
    return notes


# -- the period -------------------------------------------------------------------------------
def assess_period(catalogue, values: Iterable, period: Period | str,
                  settings) -> tuple[list[Assessment], list[TaskAssessment]]:
    """Judge every indicator and every task of ``catalogue`` from the period's merged values.

    Args:
        catalogue: the ``Catalogue``.
        values: ``merge.Value`` records of the period (all departments, lead and co).
        period: the period (a ``Period``; text such as ``"2023-09"`` is parsed here, for callers of
            the public API); values of other periods are ignored.
        settings: ``Settings`` (``office`` for the year bounds, ``assess`` for the thresholds).

    Returns:
        (indicator assessments, task assessments), both in catalogue order.
    """
    period = period if isinstance(period, Period) else Period.parse(str(period))
    start, end = settings.office.year_bounds(catalogue.year)
    rules = settings.assess
    by_id: dict[str, list] = {}
    for value in values:
        if value.period == str(period):
            by_id.setdefault(str(value.id), []).append(value)
    assessments, tasks = [], []
    for task in catalogue.tasks:
        lead = task.lead or ""
        own = [assess_value_group(ind, by_id.get(ind.id, []), period, start, end, rules, lead,
                                  due=task.due_of(ind) or end)
               for ind in task.indicators]
        assessments.extend(own)
        task_values = _lead_values(by_id.get(str(task.no), [])) or _task_state_values(task, by_id)
        tasks.append(combine_task(task, own, task_values, period, start, end, rules))
    return assessments, tasks


def assess_value_group(indicator, values: Sequence, period: Period, start: date, end: date,
                       rules, lead: str, due: date | None = None) -> Assessment:
    """Judge one indicator from all departments' values for it (lead figure official)."""
    leads, cos = _lead_values(values), [v for v in values if v.role != LEAD]
    actual, valid, notes = lead_figure(indicator, leads)
    if leads and len({v.department for v in leads}) == 1:
        lead = leads[0].department
    if not leads and any(v.actual is not None for v in cos):
        notes.append("牵头单位未报送；" + _co_figures(indicator, cos) + "（未作为正式数据）")
    elif actual is not None and valid:
        notes.extend(contradictions(indicator, actual, cos, rules))
    return assess_indicator(indicator, actual, period, start, end, rules, department=lead, valid=valid,
                            notes=notes, due=due, state=lead_state(leads))


def lead_state(leads: Sequence) -> str:
    """The leads' 完成状态 as one: 滞后 when any lead says so, else the first one given."""
    states = [(v.state or "").strip() for v in leads if v.valid and (v.state or "").strip()]
    return "滞后" if "滞后" in states else (states[0] if states else "")


def lead_figure(indicator, leads: Sequence) -> tuple[float | None, bool, list[str]]:
    """The official figure from the lead value(s): (actual, valid, notes)."""
    if any(not v.valid for v in leads):
        bad = "、".join(sorted({v.department for v in leads if not v.valid}))
        return None, False, [f"{bad}报送的数据有误，见校验问题"]
    figures = [float(v.actual) for v in leads if v.actual is not None]
    if not figures:
        notes = ["牵头单位已报送，但未填写累计完成值"] if leads else []
        return None, True, notes
    if len(leads) == 1:
        return figures[0], True, []
    combined = combine_figures(indicator, figures)
    notes = [f"由{len(figures)}家牵头单位数据汇总"]
    if len(figures) < len(leads):
        notes.append(f"{len(leads) - len(figures)}家牵头单位未填写数值")
    return combined, True, notes


def combine_figures(indicator, figures: Sequence[float]) -> float:
    """Several leads' figures as one: cumulative summed; a level the weakest (max for a cap)."""
    if len(figures) == 1 or indicator.kind == "cumulative":
        return sum(figures)
    return max(figures) if indicator.comparator == "<=" else min(figures)


def contradictions(indicator, actual: float, cos: Sequence, rules) -> list[str]:
    """Notes for co-operators whose figure differs from the lead's by more than ``tolerance``."""
    notes = []
    for v in cos:
        if v.actual is None or not v.valid:
            continue
        scale = max(abs(actual), abs(float(v.actual)), 1e-9)
        if abs(float(v.actual) - actual) > rules.tolerance * scale:
            notes.append(f"配合单位{v.department}报送{_fmt(v.actual)}{indicator.unit}，"
                         f"与牵头单位报送的{_fmt(actual)}{indicator.unit}不一致")
    return notes


def combine_task(task, indicator_assessments: Sequence[Assessment], lead_values: Sequence,
                 period: Period, start: date, end: date, rules) -> TaskAssessment:
    """A task's status from its indicators and its lead's 完成状态, then its deadline (``task_deadline``)."""
    judged = _task_status(task, indicator_assessments, lead_values, period.last_day, start, rules)
    done = task_done(task, indicator_assessments, lead_values)
    return task_deadline(judged, task.due or end, done, period, rules)


def task_done(task, indicator_assessments: Sequence[Assessment], lead_values: Sequence) -> bool:
    """Done: every lead line says 已完成, or the task has indicators and all are met."""
    if lead_values and all(v.valid and (v.state or "").strip() == DONE for v in lead_values):
        return True
    return bool(task.indicators) and all(a.status == MET for a in indicator_assessments)


def task_deadline(judged: TaskAssessment, due: date, done: bool, period: Period, rules) -> TaskAssessment:
    """Add the deadline to a task's judgement: overdue (at least behind) or 临期, unless done."""
    past = periods_past_due(due, period)
    overdue, soon = not done and past > 0, not done and is_due_soon(due, period, rules)
    status, notes = judged.status, list(judged.notes)
    if overdue:
        status = worst([status, overdue_status(past, rules)])
        notes.append(f"已超过完成时限（{describe_date(due)}），牵头单位尚未报告完成")
    elif soon:
        notes.append(f"{DUE_SOON_WORD}：完成时限为{describe_date(due)}")
    return TaskAssessment(judged.no, status, judged.department, tuple(notes), due=due, overdue=overdue,
                          due_soon=soon)


def _task_status(task, indicator_assessments: Sequence[Assessment], lead_values: Sequence,
                 day: date, start: date, rules) -> TaskAssessment:
    """A task's status: its indicators' worst, or the lead's 完成状态 when worse (or alone)."""
    lead = task.lead or ""
    notes: list[str] = []
    if lead_values and len({v.department for v in lead_values}) == 1:
        lead = lead_values[0].department
    # On a milestone row where nothing is due yet, 未启动 is on track (it decided the indicator).
    waiting = {a.id for a in indicator_assessments if a.milestone and a.expected == 0 and not a.overdue}
    states = [INVALID if not v.valid
              else milestone_state(v.state) if str(v.id) in waiting and (v.state or "").strip()
              else status_from_state(v.state, day, start, rules)
              for v in lead_values]
    if not task.indicators:
        if not lead_values:
            return TaskAssessment(task.no, NO_DATA, lead, ("牵头单位未报送",))
        if all(s == NO_DATA for s in states):
            notes.append("牵头单位未选择完成状态")
        return TaskAssessment(task.no, worst(states), lead, tuple(notes))
    status = worst(a.status for a in indicator_assessments)
    reported = [s for s in states if s != NO_DATA]
    if reported and SEVERITY.index(worst(reported)) < SEVERITY.index(status):
        notes.append(f"牵头单位自评为“{STATUS_WORDS[worst(reported)]}”")
        status = worst(reported)
    return TaskAssessment(task.no, status, lead, tuple(notes))


def _lead_values(values: Sequence) -> list:
    return [v for v in values if v.role == LEAD]


def _task_state_values(task, by_id: dict) -> list:
    """For a task with indicators, the lead's 完成状态 sits on its indicator rows."""
    found = []
    for ind in task.indicators:
        found.extend(_lead_values(by_id.get(ind.id, [])))
    return found


def _co_figures(indicator, cos: Sequence) -> str:
    parts = [f"{v.department}报送{_fmt(v.actual)}{indicator.unit}" for v in cos if v.actual is not None]
    return "配合单位" + "，".join(parts)


def _fmt(number: float) -> str:
    return f"{display_number(float(number)):g}"


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def display_number(x: float | None) -> float | None:
    """A number rounded for people: one decimal from 10 up, else four significant digits."""
    if x is None:
        return None
    if abs(x) >= 10:
        return round(x, 1)
    return float(f"{x:.4g}")


@dataclass(frozen=True)
class DeadlineItem:
    """A task (or an indicator with a deadline of its own) that is overdue or due soon."""

    kind: str                          # "task" or "indicator"
    id: str                            # task number or indicator id
    name: str                          # the task's title, or the indicator's metric
    department: str                    # the lead
    due: date
    overdue: bool
    status: str

    @property
    def due_soon(self) -> bool:
        return not self.overdue


def deadline_items(catalogue, assessments: Sequence[Assessment],
                   task_assessments: Sequence[TaskAssessment]) -> list[DeadlineItem]:
    """What the office must chase: overdue first, then 临期, each by deadline, tasks before their
    indicators; an indicator is listed only when its deadline is its own (its task's row says the rest)."""
    items = []
    for t in task_assessments:
        if (t.overdue or t.due_soon) and t.due is not None:
            items.append(DeadlineItem("task", str(t.no), catalogue.task(t.no).title, t.department, t.due,
                                      t.overdue, t.status))
    for a in assessments:
        indicator = catalogue.indicator(a.id)
        if (a.overdue or a.due_soon) and a.due is not None and indicator.due is not None:
            items.append(DeadlineItem("indicator", a.id, indicator.metric, a.department, a.due,
                                      a.overdue, a.status))
    return sorted(items, key=lambda i: (not i.overdue, i.due, i.kind != "task", i.id))


def count_statuses(items: Iterable) -> dict[str, int]:
    """How many assessments (or task assessments) have each status, in ``STATUSES`` order."""
    counts = dict.fromkeys(STATUSES, 0)
    for item in items:
        counts[item.status] += 1
    return counts


def format_status_table(assessments: Sequence[Assessment],
                        task_assessments: Sequence[TaskAssessment] = ()) -> str:
    """A short plain-text table of statuses for the terminal (the demo's last lines).

    >>> print(format_status_table(assessments, tasks))
    状态        指标  任务
    已完成         3     5
    ...
    """
    ind, tasks = count_statuses(assessments), count_statuses(task_assessments)
    rows = [("状态", "指标", "任务")]
    rows += [(STATUS_WORDS[s], str(ind[s]), str(tasks[s])) for s in STATUSES]
    rows.append(("合计", str(len(assessments)), str(len(task_assessments))))
    return "\n".join(_pad(a, 10) + _pad(b, 6, right=True) + _pad(c, 6, right=True) for a, b, c in rows)


def _pad(text: str, width: int, right: bool = False) -> str:
    used = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    fill = " " * max(width - used, 0)
    return fill + text if right else text + fill
