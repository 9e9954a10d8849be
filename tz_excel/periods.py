"""Reporting periods (weeks, months, quarters), deadlines, step times and the calendar share.

    >>> p = Period.parse("2023-W36")
    >>> p.first_day, p.last_day
    (datetime.date(2023, 9, 4), datetime.date(2023, 9, 10))
    >>> p.deadline("Fri 17:00")
    datetime.datetime(2023, 9, 8, 17, 0)
    >>> m = Period.parse("2023-09")
    >>> m.label, m.short_label, m.deadline("next 5 17:00")
    ('2023年9月', '9月', datetime.datetime(2023, 10, 5, 17, 0))
    >>> q = Period.parse("2023-Q3", cadence="quarter")
    >>> q.label, q.deadline()                         # the quarter's default: "30 17:00"
    ('2023年第三季度', datetime.datetime(2023, 9, 30, 17, 0))
    >>> step_time(m, "deadline-7 09:00", "next 5 17:00")
    datetime.datetime(2023, 9, 28, 9, 0)
    >>> round(share_to_due(m.last_day, date(2023, 1, 1), date(2023, 12, 31)), 4)   # 273/365
    0.7479

A workspace reports at one cadence (``[office] cadence``): ``week`` (``2023-W36``, ISO weeks),
``month`` (``2023-09``) or ``quarter`` (``2023-Q3``). Text is parsed into a ``Period`` once, at the
edge (the command line, a workbook's ``_meta``); everything below takes ``Period``.

Deadline specs (``[office] deadline``), one grammar for every cadence, ``[next] <day> HH:MM``:

- week: ``<day>`` is a weekday: ``Fri 17:00`` is the Friday of the period's week; ``next Mon 12:00``
  the Monday after it. Default ``Fri 17:00``.
- month and quarter: ``<day>`` is a day of the month (1–31) or ``last``, in the period's last month;
  with ``next``, in the month after the period. A day past the month's end means its last day
  (``30`` in February is the 28th or 29th). Month default ``next 5 17:00`` (每月5日前报送上月进展);
  quarter default ``30 17:00`` (每季度最后一个月30日前).

Step specs (``[schedule] send/remind/merge``), relative to the same period: ``start[+N] HH:MM``
(N days after its first day), ``end[±N] HH:MM`` (its last day), ``deadline[±N] HH:MM`` (the day of
its deadline); for weeks also the weekday form ``monday 09:00``. Each period's *cycle* begins on the
day its templates are sent and lasts until the next period's sending day (``cycle_period``): the
weekly defaults make that the ISO week, so ``tz-excel weekly`` on a Monday works on that week, and a
monthly office on 2 October is still working on September.

Why periods compare by their days, not by their text: the text sorts right only within one
cadence, and a workspace may hold nothing else (``check_cadence`` refuses a change mid-year).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cached_property, lru_cache, total_ordering
from typing import Iterable

from .errors import ConfigError, PeriodError

WEEK, MONTH, QUARTER = "week", "month", "quarter"
CADENCES = (WEEK, MONTH, QUARTER)
CADENCE_WORDS = {WEEK: "周", MONTH: "月", QUARTER: "季度"}
# How a period of each cadence is written, for messages: the form and an example.
CADENCE_FORMS = {WEEK: ("年份-W周次", "2023-W36"), MONTH: ("年份-月份", "2023-09"), QUARTER: ("年份-Q季度", "2023-Q3")}
DEFAULT_DEADLINES = {WEEK: "Fri 17:00", MONTH: "next 5 17:00", QUARTER: "30 17:00"}
# [schedule] defaults: send, remind, merge. Weeks keep the weekday form (Monday, Thursday, Friday);
# months send a week before the deadline (after the previous month's merge, so 上期累计 is last
# month's), quarters ten days before it.
DEFAULT_STEPS = {
    WEEK: ("monday 09:00", "thursday 15:00", "friday 18:00"),
    MONTH: ("deadline-7 09:00", "deadline-1 15:00", "deadline 18:00"),
    QUARTER: ("deadline-10 09:00", "deadline-2 15:00", "deadline 18:00"),
}

_WEEK = re.compile(r"^\s*(\d{4})-?[Ww](\d{1,2})\s*$")
_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")
_QUARTER = re.compile(r"^\s*(\d{4})-?[Qq](\d)\s*$")
_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})$")
_ANCHOR = re.compile(r"^(start|end|deadline)(?:([+-])(\d{1,3}))?$")
_WEEKDAYS = {
    "mon": 1, "monday": 1, "tue": 2, "tuesday": 2, "wed": 3, "wednesday": 3,
    "thu": 4, "thursday": 4, "fri": 5, "friday": 5, "sat": 6, "saturday": 6,
    "sun": 7, "sunday": 7,
}
_CN_WEEKDAYS = "一二三四五六日"
_CN_QUARTERS = "一二三四"


@total_ordering
@dataclass(frozen=True)
class Period:
    """One reporting period: ``Period(2023, 36)``, ``Period(2023, 9, MONTH)``, ``Period(2023, 3, QUARTER)``.

    ``number`` is the ISO week, the month or the quarter. Periods order by their days.
    """

    year: int
    number: int
    cadence: str = WEEK

    # -- making periods -------------------------------------------------------------------------
    @classmethod
    def parse(cls, text: str, cadence: str | None = None) -> "Period":
        """``2023-W36``, ``2023-09`` or ``2023-Q3`` (also ``2023W36``, ``2023-w6``, ``2023-9``, ``2023q3``).

        Args:
            text: the period as typed.
            cadence: when given, a period of another cadence is refused, naming the form expected.

        Raises:
            PeriodError: the text is no period, names one that does not exist, or has the wrong cadence.
        """
        try:
            period = _parse_any(str(text))
        except PeriodError as exc:
            if cadence is None or not getattr(exc, "malformed", False):
                raise
            form, example = CADENCE_FORMS[check_cadence_name(cadence)]
            raise PeriodError(f"报送周期“{text}”格式不正确：本工作区按{CADENCE_WORDS[cadence]}报送，"
                              f"应为“{form}”，例如 {example}。", value=text, expected=cadence) from None
        if cadence is not None:
            require_cadence(period, cadence, shown=str(text).strip())
        return period

    @classmethod
    def containing(cls, day: date | datetime, cadence: str = WEEK) -> "Period":
        """The period of ``cadence`` that contains ``day``."""
        check_cadence_name(cadence)
        if cadence == WEEK:
            iso = day.isocalendar()
            return cls(iso[0], iso[1])
        if cadence == MONTH:
            return cls(day.year, day.month, MONTH)
        return cls(day.year, (day.month - 1) // 3 + 1, QUARTER)

    def __str__(self) -> str:
        if self.cadence == WEEK:
            return f"{self.year}-W{self.number:02d}"
        if self.cadence == MONTH:
            return f"{self.year}-{self.number:02d}"
        return f"{self.year}-Q{self.number}"

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Period):
            return NotImplemented
        return (self.first_day, self.last_day) < (other.first_day, other.last_day)

    # -- its days (cached: the assessment asks for them per indicator) -------------------------------
    @cached_property
    def first_day(self) -> date:
        if self.cadence == WEEK:
            return date.fromisocalendar(self.year, self.number, 1)
        return date(self.year, self._first_month, 1)

    @cached_property
    def last_day(self) -> date:
        if self.cadence == WEEK:
            return date.fromisocalendar(self.year, self.number, 7)
        return _month_end(self.year, self._last_month)

    @property
    def week(self) -> int:
        """The ISO week of a week period (kept for callers written before months and quarters)."""
        if self.cadence != WEEK:
            raise AttributeError(f"{self} is a {self.cadence}, not a week")
        return self.number

    @property
    def _first_month(self) -> int:
        return self.number if self.cadence == MONTH else 3 * self.number - 2

    @property
    def _last_month(self) -> int:
        return self.number if self.cadence == MONTH else 3 * self.number

    def day(self, weekday: int) -> date:
        """The date of ISO ``weekday`` (1 = Monday) in this week."""
        return date.fromisocalendar(self.year, self.week, weekday)

    # -- words --------------------------------------------------------------------------------------
    @property
    def label(self) -> str:
        """``2023年第36周（9月4日—9月10日）``, ``2023年9月``, ``2023年第三季度``."""
        if self.cadence == WEEK:
            a, b = self.first_day, self.last_day
            return f"{self.year}年第{self.number}周（{a.month}月{a.day}日—{b.month}月{b.day}日）"
        if self.cadence == MONTH:
            return f"{self.year}年{self.number}月"
        return f"{self.year}年第{_CN_QUARTERS[self.number - 1]}季度"

    @property
    def short_label(self) -> str:
        """For table headings and titles: ``第36周``, ``9月``, ``三季度``."""
        if self.cadence == WEEK:
            return f"第{self.number}周"
        if self.cadence == MONTH:
            return f"{self.number}月"
        return f"{_CN_QUARTERS[self.number - 1]}季度"

    @property
    def word(self) -> str:
        """The cadence in one word: 周, 月, 季度 (本周末, 本月末, 本季度末)."""
        return CADENCE_WORDS[self.cadence]

    # -- neighbours ---------------------------------------------------------------------------------
    @cached_property
    def index(self) -> int:
        """A running number: consecutive periods of one cadence differ by one."""
        if self.cadence == WEEK:
            return self.first_day.toordinal() // 7
        per_year = 12 if self.cadence == MONTH else 4
        return self.year * per_year + self.number - 1

    def previous(self) -> "Period":
        return self.shifted(-1)

    def next(self) -> "Period":
        return self.shifted(1)

    def shifted(self, n: int) -> "Period":
        """The period ``n`` periods later (earlier when negative)."""
        return _shifted(self, n)

    # -- deadline -----------------------------------------------------------------------------------
    def deadline(self, spec: str | None = None) -> datetime:
        """This period's deadline for ``spec`` (``[office] deadline``; empty: the cadence's default).

        Raises:
            ConfigError: the spec does not fit the grammar for this cadence.
        """
        return deadline_rule(spec or DEFAULT_DEADLINES[self.cadence], self.cadence).moment(self)


@lru_cache(maxsize=256)
def _shifted(period: Period, n: int) -> Period:
    if period.cadence == WEEK:
        return Period.containing(period.first_day + timedelta(days=7 * n))
    per_year = 12 if period.cadence == MONTH else 4
    year, number = divmod(period.year * per_year + period.number - 1 + n, per_year)
    return Period(year, number + 1, period.cadence)


# -- parsing periods -----------------------------------------------------------------------------

def _parse_any(text: str) -> Period:
    for pattern, cadence in ((_WEEK, WEEK), (_QUARTER, QUARTER), (_MONTH, MONTH)):
        match = pattern.match(text)
        if match:
            return _checked(text, int(match[1]), int(match[2]), cadence)
    raise PeriodError(f"报送周期“{text}”格式不正确，应为“年份-W周次”（如 2023-W36，按周）、“年份-月份”"
                      "（如 2023-09，按月）或“年份-Q季度”（如 2023-Q3，按季度）。", value=text, malformed=True)


def _checked(text: str, year: int, number: int, cadence: str) -> Period:
    if cadence == WEEK:
        try:
            date.fromisocalendar(year, number, 1)
        except ValueError:
            raise PeriodError(f"报送周期“{text}”不存在：{year}年没有第{number}周。", value=text) from None
    elif cadence == MONTH and not 1 <= number <= 12:
        raise PeriodError(f"报送周期“{text}”格式不正确：按月应为 {year}-01 至 {year}-12；"
                          f"按周写作 {year}-W36 这样的周次，按季度写作 {year}-Q3。", value=text, malformed=True)
    elif cadence == QUARTER and not 1 <= number <= 4:
        raise PeriodError(f"报送周期“{text}”格式不正确：季度应为Q1至Q4，例如 2023-Q3。", value=text, malformed=True)
    return Period(year, number, cadence)


def check_cadence_name(cadence: str) -> str:
    """``cadence`` itself when it is week, month or quarter; else ConfigError."""
    if cadence not in CADENCES:
        raise ConfigError(f"报送周期类型“{cadence}”无法识别，[office] cadence 应为 \"week\"（按周）、"
                          "\"month\"（按月）或 \"quarter\"（按季度）。", value=cadence)
    return cadence


def require_cadence(period: Period, cadence: str, shown: str | None = None) -> Period:
    """``period`` when it has ``cadence``; else PeriodError saying which form is expected.

    The example in the message is the period of ``cadence`` that holds the given period's last day.
    """
    check_cadence_name(cadence)
    if period.cadence == cadence:
        return period
    form, _ = CADENCE_FORMS[cadence]
    example = Period.containing(period.last_day, cadence)
    raise PeriodError(
        f"报送周期“{shown or period}”是按{CADENCE_WORDS[period.cadence]}的写法，本工作区按"
        f"{CADENCE_WORDS[cadence]}报送（tz_excel.toml 中 [office] cadence = \"{cadence}\"），"
        f"请写成“{form}”，例如 {example}。", value=str(period), expected=cadence)


def check_cadence(stored: Iterable[str | Period], cadence: str, start: date | None = None,
                  end: date | None = None) -> None:
    """Refuse a cadence change inside a reporting year.

    Args:
        stored: periods already in the workspace (history store, archive), as text or Period;
            text that is no period is ignored.
        cadence: the configured ``[office] cadence``.
        start, end: the reporting year; periods mostly outside it do not count (a new year may
            start with a new cadence). None: every stored period counts.

    Raises:
        ConfigError: a stored period of the year has another cadence; the message says why.
    """
    check_cadence_name(cadence)
    others: dict[str, list[Period]] = {}
    for period in _periods(stored):
        if period.cadence != cadence and _in_year(period, start, end):
            others.setdefault(period.cadence, []).append(period)
    if not others:
        return
    old = max(others, key=lambda c: len(others[c]))
    periods = sorted(others[old])
    span = f"{periods[0]}" if len(periods) == 1 else f"{periods[0]} 至 {periods[-1]}"
    raise ConfigError(
        f"本年度已按{CADENCE_WORDS[old]}报送（已有 {span} 共{len(periods)}期数据），但 tz_excel.toml 中 "
        f"[office] cadence 设为“{cadence}”（按{CADENCE_WORDS[cadence]}）。同一年度内不能更改报送周期："
        "“上期累计”、趋势和序时进度都按同一周期逐期比较，混用会使各期数据对不上。"
        f"请把 cadence 改回“{old}”；新的报送年度可以改用其他周期。",
        cadence=cadence, stored=old)


def _periods(items: Iterable[str | Period]) -> Iterable[Period]:
    for item in items:
        try:
            yield item if isinstance(item, Period) else _parse_any(str(item))
        except PeriodError:
            continue


def _in_year(period: Period, start: date | None, end: date | None) -> bool:
    """Mostly inside [start, end]: a week across New Year belongs to the year holding its middle."""
    middle = period.first_day + (period.last_day - period.first_day) / 2
    return not (start and middle < start) and not (end and middle > end)


# -- deadlines -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class DeadlineRule:
    """A parsed ``[office] deadline``: ``[next] <day> HH:MM`` (see the module docstring)."""

    cadence: str
    day: int                 # ISO weekday (week) or day of month; 0 means the month's last day
    at: time
    following: bool = False  # "next": in the week or month after the period

    def moment(self, period: Period) -> datetime:
        """The deadline of ``period`` (which must have this rule's cadence)."""
        require_cadence(period, self.cadence)
        if self.cadence == WEEK:
            week = period.next() if self.following else period
            return datetime.combine(week.day(self.day), self.at)
        last = period.last_day
        year, month = (last.year, last.month)
        if self.following:
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        end = _month_end(year, month)
        day = end.day if self.day == 0 else min(self.day, end.day)
        return datetime.combine(date(year, month, day), self.at)

    def describe(self) -> str:
        """The rule in the office's words: ``每周五17:00前``, ``次月5日17:00前``, ``每季度最后一个月30日17:00前``."""
        at = f"{self.at:%H:%M}"
        if self.cadence == WEEK:
            return f"{'次周' if self.following else '每周'}{_CN_WEEKDAYS[self.day - 1]}{at}前"
        day = "最后一天" if self.day == 0 else f"{self.day}日"
        if self.following:
            return f"{'次月' if self.cadence == MONTH else '每季度结束后次月'}{day}{at}前"
        return f"{'每月' if self.cadence == MONTH else '每季度最后一个月'}{day}{at}前"


@lru_cache(maxsize=64)
def deadline_rule(spec: str, cadence: str) -> DeadlineRule:
    """Parse an ``[office] deadline`` for ``cadence``; ConfigError (PeriodError) with an example otherwise."""
    check_cadence_name(cadence)
    parts = str(spec).strip().lower().split()
    following = bool(parts) and parts[0] == "next"
    if following:
        parts = parts[1:]
    at = _clock(parts[1]) if len(parts) == 2 else None
    day = _deadline_day(parts[0], cadence) if len(parts) == 2 else None
    if at is None or day is None:
        raise PeriodError(f"截止时间设置“{spec}”不符合按{CADENCE_WORDS[cadence]}报送的写法，"
                          f"{_DEADLINE_HELP[cadence]}", value=spec)
    return DeadlineRule(cadence, day, at, following)


_DEADLINE_HELP = {
    WEEK: "应为“星期 时:分”，例如 Fri 17:00（本周五）或 next Mon 12:00（下周一）。",
    MONTH: "应为“日 时:分”，例如 next 5 17:00（次月5日）、25 17:00（当月25日）或 last 17:00（当月最后一天）。",
    QUARTER: "应为“日 时:分”，例如 30 17:00（季度最后一个月30日）或 next 10 17:00（季度结束后次月10日）。",
}


def _deadline_day(word: str, cadence: str) -> int | None:
    if cadence == WEEK:
        return _WEEKDAYS.get(word)
    if word == "last":
        return 0
    return int(word) if word.isdigit() and 1 <= int(word) <= 31 else None


def _clock(text: str) -> time | None:
    match = _CLOCK.match(text)
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        return None
    return time(int(match[1]), int(match[2]))


def as_period(period: "Period | str") -> "Period":
    """``period`` itself, or parsed once from its text at a public entry point."""
    return period if isinstance(period, Period) else Period.parse(str(period))


def parse_weekly_time(spec: str) -> tuple[int, time]:
    """``"monday 09:00"`` → ``(1, time(9, 0))``; raise PeriodError on anything else."""
    parts = str(spec).strip().lower().split()
    if len(parts) != 2 or parts[0] not in _WEEKDAYS or not re.fullmatch(r"\d{1,2}:\d{2}", parts[1]):
        raise PeriodError(f"时间设置“{spec}”格式不正确，应为“星期 时:分”，例如 Fri 17:00。", value=spec)
    at = _clock(parts[1])
    if at is None:
        raise PeriodError(f"时间设置“{spec}”中的时刻不存在。", value=spec)
    return _WEEKDAYS[parts[0]], at


# -- step times and cycles -------------------------------------------------------------------------

@dataclass(frozen=True)
class StepRule:
    """A parsed ``[schedule]`` time: an anchor of the period and a day offset, or a weekday (weeks)."""

    anchor: str              # "start", "end", "deadline" or "weekday"
    offset: int              # days after the anchor (negative: before); the ISO weekday for "weekday"
    at: time

    def moment(self, period: Period, deadline_spec: str | None = None) -> datetime:
        if self.anchor == "weekday":
            return datetime.combine(period.day(self.offset), self.at)
        base = {"start": lambda: period.first_day, "end": lambda: period.last_day,
                "deadline": lambda: period.deadline(deadline_spec).date()}[self.anchor]()
        return datetime.combine(base + timedelta(days=self.offset), self.at)


@lru_cache(maxsize=64)
def step_rule(spec: str, cadence: str) -> StepRule:
    """Parse a ``[schedule]`` time for ``cadence``; PeriodError with examples otherwise."""
    check_cadence_name(cadence)
    parts = str(spec).strip().lower().split()
    at = _clock(parts[1]) if len(parts) == 2 else None
    if at is not None and cadence == WEEK and parts[0] in _WEEKDAYS:
        return StepRule("weekday", _WEEKDAYS[parts[0]], at)
    match = _ANCHOR.match(parts[0]) if at is not None else None
    if match is None:
        weekly = "；按周报送时也可写“星期 时:分”，如 monday 09:00" if cadence == WEEK else \
            "（“monday 09:00”这类按星期的写法只适用于按周报送）"
        raise PeriodError(f"时间设置“{spec}”格式不正确，应为“start+天数 时:分”（本期第一天起）、"
                          f"“end-天数 时:分”（本期最后一天）或“deadline-天数 时:分”（截止日），"
                          f"例如 deadline-1 15:00{weekly}。", value=spec)
    offset = int(match[3] or 0) * (-1 if match[2] == "-" else 1)
    return StepRule(match[1], offset, at)


def step_time(period: Period, spec: str, deadline_spec: str | None = None) -> datetime:
    """When a ``[schedule]`` step (``spec``) falls for ``period``, given ``[office] deadline``."""
    return step_rule(spec, period.cadence).moment(period, deadline_spec)


def cycle_period(now: datetime, cadence: str, send_spec: str, deadline_spec: str | None = None) -> Period:
    """The period whose cycle holds ``now``: the latest one whose sending day has come.

    A cycle runs from the day a period's templates are sent (00:00) to the next period's sending
    day, so every step of a period (remind, merge) must fall before the next period is sent
    (``check_schedule``).
    """
    period = Period.containing(now, cadence).next()
    for _ in range(8):              # a send spec lies within about a period of its period
        if step_time(period, send_spec, deadline_spec).date() <= now.date():
            return period
        period = period.previous()
    return period


def check_schedule(cadence: str, deadline_spec: str, steps: dict[str, str],
                   years: Iterable[int] = (2023, 2024)) -> None:
    """Refuse a ``[schedule]`` that cannot work: raise ConfigError saying why.

    For every period of ``years`` (one common, one leap year): send < remind < merge, remind
    before the deadline, merge at or after it, and the merge before the next period's send (so
    ``上期累计`` of the next templates holds this period's figures).

    Args:
        steps: ``{"send": spec, "remind": spec, "merge": spec}``.
    """
    deadline_rule(deadline_spec, cadence)
    rules = {name: step_rule(spec, cadence) for name, spec in steps.items()}
    words = {"send": "发送", "remind": "催报", "merge": "汇总"}
    for year in years:
        period = Period.containing(date(year, 1, 10), cadence)
        while period.first_day.year <= year:
            t = {name: rule.moment(period, deadline_spec) for name, rule in rules.items()}
            due = period.deadline(deadline_spec)
            following = rules["send"].moment(period.next(), deadline_spec)
            problem = _schedule_problem(t, due, following, words)
            if problem:
                raise ConfigError(f"[schedule] 时间安排有误：以 {period} 为例，{problem}"
                                  f"（截止时间 {describe_deadline(due)}）。", period=str(period))
            period = period.next()


def _schedule_problem(t: dict[str, datetime], due: datetime, following: datetime, words: dict) -> str:
    if not t["send"] < t["remind"] < t["merge"]:
        return "应先发送、再催报、后汇总"
    if t["remind"] >= due:
        return f"催报（{describe_deadline(t['remind'])}）应在报送截止之前"
    if t["merge"] < due:
        return f"汇总（{describe_deadline(t['merge'])}）应在报送截止之后"
    if t["merge"] >= following:
        return (f"汇总（{describe_deadline(t['merge'])}）应早于下一期发送（{describe_deadline(following)}），"
                "否则下一期表格的“上期累计”取不到本期数据")
    return ""


# -- words and shares ------------------------------------------------------------------------------

def describe_deadline(moment: datetime) -> str:
    """``2023年9月8日（星期五）17:00`` for workbooks and mail."""
    weekday = _CN_WEEKDAYS[moment.isoweekday() - 1]
    return f"{moment.year}年{moment.month}月{moment.day}日（星期{weekday}）{moment:%H:%M}"


def describe_date(day: date) -> str:
    """``2023年9月1日``."""
    return f"{day.year}年{day.month}月{day.day}日"


def year_share(day: date, start: date, end: date) -> float:
    """The share of the reporting year [start, end] elapsed at the end of ``day``, clamped to 0..1."""
    return share_to_due(day, start, end)


def share_to_due(day: date, start: date, due: date) -> float:
    """The share of the time from ``start`` to ``due`` (both whole days) elapsed at the end of ``day``.

    0 before ``start``, 1 from ``due`` on; a ``due`` before ``start`` is wholly due from ``due``.
    """
    if day >= due:
        return 1.0
    total = (due - start).days + 1
    elapsed = (day - start).days + 1
    return min(max(elapsed / total, 0.0), 1.0) if total > 0 else 0.0


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])
