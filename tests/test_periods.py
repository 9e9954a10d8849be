from datetime import date, datetime, time

import pytest

from tz_excel.errors import PeriodError
from tz_excel.periods import Period, describe_deadline, parse_weekly_time, year_share


def test_w36_bounds_and_label():
    p = Period.parse("2023-W36")
    assert (p.first_day, p.last_day) == (date(2023, 9, 4), date(2023, 9, 10))
    assert str(p) == "2023-W36"
    assert p.label == "2023年第36周（9月4日—9月10日）"


@pytest.mark.parametrize("text", ["2023W36", "2023-w36", " 2023-W36 "])
def test_lenient_spellings(text):
    assert Period.parse(text) == Period(2023, 36)


@pytest.mark.parametrize("text", ["2023-36", "W36", "2023-W54", "2021-W53x", ""])
def test_bad_periods_raise_with_chinese_message(text):
    with pytest.raises(PeriodError) as info:
        Period.parse(text)
    assert "周" in info.value.message


def test_week_53_exists_only_in_long_years():
    assert Period.parse("2020-W53").last_day == date(2021, 1, 3)
    with pytest.raises(PeriodError):
        Period.parse("2023-W53")


def test_neighbours_cross_year_boundary():
    assert str(Period.parse("2023-W01").previous()) == "2022-W52"
    assert str(Period.parse("2020-W53").next()) == "2021-W01"
    assert Period.containing(datetime(2023, 9, 10, 23, 59)) == Period(2023, 36)


def test_year_share_matches_issue_example():
    p = Period.parse("2023-W36")
    expected = 195 * year_share(p.last_day, date(2023, 1, 1), date(2023, 12, 31))
    assert round(expected, 1) == 135.2


def test_year_share_is_clamped():
    assert year_share(date(2022, 12, 1), date(2023, 1, 1), date(2023, 12, 31)) == 0.0
    assert year_share(date(2024, 1, 7), date(2023, 1, 1), date(2023, 12, 31)) == 1.0


def test_deadline_and_weekly_time():
    assert Period.parse("2023-W36").deadline("Fri 17:00") == datetime(2023, 9, 8, 17, 0)
    assert parse_weekly_time("monday 09:00") == (1, time(9, 0))
    assert describe_deadline(datetime(2023, 9, 8, 17, 0)) == "2023年9月8日（星期五）17:00"
    with pytest.raises(PeriodError):
        parse_weekly_time("someday 25:00")
