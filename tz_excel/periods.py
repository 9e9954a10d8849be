"""ISO-week reporting periods, the calendar share of the year, and deadlines.

    >>> p = Period.parse("2023-W36")
    >>> p.first_day, p.last_day
    (datetime.date(2023, 9, 4), datetime.date(2023, 9, 10))
    >>> round(year_share(p.last_day, date(2023, 1, 1), date(2023, 12, 31)), 4)
    0.6932
    >>> p.deadline("Fri 17:00")
    datetime.datetime(2023, 9, 8, 17, 0)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from .errors import PeriodError

_PERIOD = re.compile(r"^\s*(\d{4})-?[Ww](\d{1,2})\s*$")
_WEEKDAYS = {
    "mon": 1, "monday": 1, "tue": 2, "tuesday": 2, "wed": 3, "wednesday": 3,
    "thu": 4, "thursday": 4, "fri": 5, "friday": 5, "sat": 6, "saturday": 6,
    "sun": 7, "sunday": 7,
}
_CN_WEEKDAYS = "一二三四五六日"


@dataclass(frozen=True, order=True)
class Period:
    """One ISO week, written ``YYYY-Www``."""

    year: int
    week: int

    @classmethod
    def parse(cls, text: str) -> "Period":
        """Parse ``2023-W36`` (also ``2023W36``, ``2023-w6``); raise PeriodError otherwise."""
        match = _PERIOD.match(str(text))
        if not match:
            raise PeriodError(f"报送周期“{text}”格式不正确，应为“年份-W周次”，例如 2023-W36。", value=text)
        year, week = int(match[1]), int(match[2])
        try:
            date.fromisocalendar(year, week, 1)
        except ValueError:
            raise PeriodError(f"报送周期“{text}”不存在：{year}年没有第{week}周。", value=text) from None
        return cls(year, week)

    @classmethod
    def containing(cls, day: date | datetime) -> "Period":
        """The period that contains ``day``."""
        iso = day.isocalendar()
        return cls(iso[0], iso[1])

    def __str__(self) -> str:
        return f"{self.year}-W{self.week:02d}"

    @property
    def first_day(self) -> date:
        return date.fromisocalendar(self.year, self.week, 1)

    @property
    def last_day(self) -> date:
        return date.fromisocalendar(self.year, self.week, 7)

    @property
    def label(self) -> str:
        """Chinese label, e.g. ``2023年第36周（9月4日—9月10日）``."""
        a, b = self.first_day, self.last_day
        return f"{self.year}年第{self.week}周（{a.month}月{a.day}日—{b.month}月{b.day}日）"

    def previous(self) -> "Period":
        return Period.containing(self.first_day - timedelta(days=7))

    def next(self) -> "Period":
        return Period.containing(self.first_day + timedelta(days=7))

    def day(self, weekday: int) -> date:
        """The date of ISO ``weekday`` (1 = Monday) in this week."""
        return date.fromisocalendar(self.year, self.week, weekday)

    def deadline(self, spec: str = "Fri 17:00") -> datetime:
        """The deadline of this period for a spec such as ``Fri 17:00`` or ``friday 17:00``."""
        weekday, at = parse_weekly_time(spec)
        return datetime.combine(self.day(weekday), at)


def as_period(period: "Period | str") -> "Period":
    """``period`` itself, or parsed once from its text at a public entry point."""
    return period if isinstance(period, Period) else Period.parse(str(period))


def parse_weekly_time(spec: str) -> tuple[int, time]:
    """``"monday 09:00"`` → ``(1, time(9, 0))``; raise PeriodError on anything else."""
    parts = str(spec).strip().lower().split()
    if len(parts) != 2 or parts[0] not in _WEEKDAYS or not re.fullmatch(r"\d{1,2}:\d{2}", parts[1]):
        raise PeriodError(f"时间设置“{spec}”格式不正确，应为“星期 时:分”，例如 Fri 17:00。", value=spec)
    hour, minute = (int(x) for x in parts[1].split(":"))
    if hour > 23 or minute > 59:
        raise PeriodError(f"时间设置“{spec}”中的时刻不存在。", value=spec)
    return _WEEKDAYS[parts[0]], time(hour, minute)


def describe_deadline(moment: datetime) -> str:
    """``2023年9月8日（星期五）17:00`` for workbooks and mail."""
    weekday = _CN_WEEKDAYS[moment.isoweekday() - 1]
    return f"{moment.year}年{moment.month}月{moment.day}日（星期{weekday}）{moment:%H:%M}"


def year_share(day: date, start: date, end: date) -> float:
    """The share of the reporting year [start, end] elapsed at the end of ``day``, clamped to 0..1."""
    total = (end - start).days + 1
    elapsed = (day - start).days + 1
    return min(max(elapsed / total, 0.0), 1.0)
