from datetime import date, datetime, time

import pytest

from tz_excel.errors import ConfigError, PeriodError
from tz_excel.periods import (
    DEFAULT_DEADLINES, DEFAULT_STEPS, MONTH, QUARTER, WEEK, Period, check_cadence, check_schedule, cycle_period,
    deadline_rule, describe_deadline, parse_weekly_time, require_cadence, share_to_due, step_time, year_share,
)


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


# -- months and quarters ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, cadence, first, last, label, short", [
    ("2023-W36", WEEK, date(2023, 9, 4), date(2023, 9, 10), "2023年第36周（9月4日—9月10日）", "第36周"),
    ("2023-09", MONTH, date(2023, 9, 1), date(2023, 9, 30), "2023年9月", "9月"),
    ("2024-02", MONTH, date(2024, 2, 1), date(2024, 2, 29), "2024年2月", "2月"),
    ("2023-Q3", QUARTER, date(2023, 7, 1), date(2023, 9, 30), "2023年第三季度", "三季度"),
    ("2023-Q4", QUARTER, date(2023, 10, 1), date(2023, 12, 31), "2023年第四季度", "四季度"),
])
def test_every_cadence_has_days_labels_and_a_round_trip(text, cadence, first, last, label, short):
    p = Period.parse(text)
    assert (p.cadence, p.first_day, p.last_day, p.label, p.short_label) == (cadence, first, last, label, short)
    assert str(p) == text and Period.parse(str(p)) == p
    assert Period.containing(p.last_day, cadence) == p == Period.containing(p.first_day, cadence)


@pytest.mark.parametrize("text, expected", [
    ("2023-9", "2023-09"), (" 2023-09 ", "2023-09"), ("2023q3", "2023-Q3"), ("2023-Q1", "2023-Q1"),
])
def test_lenient_month_and_quarter_spellings(text, expected):
    assert str(Period.parse(text)) == expected


@pytest.mark.parametrize("text, words", [
    ("2023-13", "按月应为 2023-01 至 2023-12"), ("2023-00", "格式不正确"), ("2023-Q5", "Q1至Q4"),
    ("2023/09", "2023-09，按月"), ("九月", "2023-Q3，按季度"),
])
def test_bad_months_and_quarters_say_what_is_expected(text, words):
    with pytest.raises(PeriodError) as info:
        Period.parse(text)
    assert words in info.value.message


def test_neighbours_of_months_and_quarters_cross_the_year():
    assert [str(Period.parse("2023-12").next()), str(Period.parse("2023-01").previous())] == ["2024-01", "2022-12"]
    assert [str(Period.parse("2023-Q4").next()), str(Period.parse("2023-Q1").previous())] == ["2024-Q1", "2022-Q4"]
    assert str(Period.parse("2023-09").shifted(-9)) == "2022-12" and str(Period.parse("2023-W36").shifted(2)) == "2023-W38"
    assert Period.parse("2023-10").index - Period.parse("2022-10").index == 12


def test_periods_order_by_their_days():
    weeks = [Period.parse(t) for t in ("2023-W36", "2020-W53", "2023-W01", "2022-W52")]
    assert [str(p) for p in sorted(weeks)] == ["2020-W53", "2022-W52", "2023-W01", "2023-W36"]
    assert Period.parse("2023-09") < Period.parse("2023-10") < Period.parse("2024-01")
    assert Period.parse("2023-Q3") > Period.parse("2023-Q2") and Period.parse("2023-Q3") <= Period.parse("2023-Q3")
    assert Period.parse("2023-W36").week == 36
    with pytest.raises(AttributeError):
        Period.parse("2023-09").week


def test_a_period_of_the_wrong_cadence_is_refused_naming_the_form_expected():
    with pytest.raises(PeriodError) as info:
        Period.parse("2023-09", cadence=WEEK)
    assert "按周报送" in info.value.message and "例如 2023-W39" in info.value.message
    with pytest.raises(PeriodError) as info:
        Period.parse("2023-W36", cadence=QUARTER)
    assert "“年份-Q季度”，例如 2023-Q3" in info.value.message
    with pytest.raises(PeriodError) as info:
        Period.parse("2023-36", cadence=MONTH)
    assert "本工作区按月报送" in info.value.message and "2023-09" in info.value.message
    assert require_cadence(Period.parse("2023-Q3"), QUARTER) == Period(2023, 3, QUARTER)
    with pytest.raises(ConfigError):
        Period.parse("2023-09", cadence="fortnight")


# -- deadlines -------------------------------------------------------------------------------------
@pytest.mark.parametrize("period, spec, moment", [
    ("2023-W36", "", datetime(2023, 9, 8, 17, 0)),
    ("2023-W36", "next Mon 12:00", datetime(2023, 9, 11, 12, 0)),
    ("2023-09", "", datetime(2023, 10, 5, 17, 0)),                 # 每月5日前报送上月进展
    ("2023-12", "next 5 17:00", datetime(2024, 1, 5, 17, 0)),
    ("2023-09", "25 17:00", datetime(2023, 9, 25, 17, 0)),
    ("2023-02", "30 17:00", datetime(2023, 2, 28, 17, 0)),         # past the month's end: its last day
    ("2023-02", "last 12:00", datetime(2023, 2, 28, 12, 0)),
    ("2023-Q3", "", datetime(2023, 9, 30, 17, 0)),                  # 每季度最后一个月30日前
    ("2023-Q1", "30 17:00", datetime(2023, 3, 30, 17, 0)),
    ("2023-Q4", "next 10 09:30", datetime(2024, 1, 10, 9, 30)),
])
def test_deadline_relative_to_the_period(period, spec, moment):
    assert Period.parse(period).deadline(spec) == moment


def test_default_deadlines_and_their_words():
    assert DEFAULT_DEADLINES == {WEEK: "Fri 17:00", MONTH: "next 5 17:00", QUARTER: "30 17:00"}
    assert deadline_rule("Fri 17:00", WEEK).describe() == "每周五17:00前"
    assert deadline_rule("next 5 17:00", MONTH).describe() == "次月5日17:00前"
    assert deadline_rule("30 17:00", QUARTER).describe() == "每季度最后一个月30日17:00前"


@pytest.mark.parametrize("spec, cadence, words", [
    ("Fri 17:00", MONTH, "不符合按月报送的写法"), ("5 17:00", WEEK, "Fri 17:00"), ("next 32 17:00", MONTH, "next 5 17:00"),
    ("30 25:00", QUARTER, "30 17:00"), ("Fri", WEEK, "星期 时:分"), ("next next 5 17:00", MONTH, "日 时:分"),
])
def test_bad_deadline_specs_are_refused_with_an_example(spec, cadence, words):
    with pytest.raises(ConfigError) as info:
        deadline_rule(spec, cadence)
    assert words in info.value.message


# -- step times, cycles, the schedule check ---------------------------------------------------------
def test_step_times_relative_to_the_period_and_its_deadline():
    m = Period.parse("2023-09")
    assert step_time(m, "deadline-7 09:00") == datetime(2023, 9, 28, 9, 0)
    assert step_time(m, "deadline 18:00") == datetime(2023, 10, 5, 18, 0)
    assert step_time(m, "start+2 09:00") == datetime(2023, 9, 3, 9, 0)
    assert step_time(m, "end-1 15:00", "25 17:00") == datetime(2023, 9, 29, 15, 0)
    assert step_time(Period.parse("2023-W36"), "monday 09:00") == datetime(2023, 9, 4, 9, 0)
    with pytest.raises(PeriodError) as info:
        step_time(m, "monday 09:00")
    assert "只适用于按周报送" in info.value.message


@pytest.mark.parametrize("cadence, now, period", [
    (WEEK, datetime(2023, 9, 4, 0, 0), "2023-W36"), (WEEK, datetime(2023, 9, 3, 23, 59), "2023-W35"),
    (MONTH, datetime(2023, 9, 27, 23, 0), "2023-08"), (MONTH, datetime(2023, 9, 28, 0, 0), "2023-09"),
    (MONTH, datetime(2023, 10, 5, 20, 0), "2023-09"),             # still September's cycle: its merge day
    (QUARTER, datetime(2023, 9, 19, 12, 0), "2023-Q2"), (QUARTER, datetime(2023, 9, 20, 9, 0), "2023-Q3"),
    (QUARTER, datetime(2023, 12, 19, 9, 0), "2023-Q3"),
])
def test_the_cycle_starts_on_the_sending_day(cadence, now, period):
    send = DEFAULT_STEPS[cadence][0]
    assert str(cycle_period(now, cadence, send, DEFAULT_DEADLINES[cadence])) == period


def test_schedule_check_names_what_cannot_work():
    for cadence in (WEEK, MONTH, QUARTER):
        check_schedule(cadence, DEFAULT_DEADLINES[cadence], dict(zip(("send", "remind", "merge"), DEFAULT_STEPS[cadence])))
    month = {"send": "start 09:00", "remind": "deadline-1 15:00", "merge": "deadline 18:00"}
    with pytest.raises(ConfigError) as info:                  # September's merge (5 Oct) after October's send (1 Oct)
        check_schedule(MONTH, "next 5 17:00", month)
    assert "上期累计" in info.value.message
    with pytest.raises(ConfigError, match="应在报送截止之后"):
        check_schedule(WEEK, "Fri 17:00", {"send": "monday 09:00", "remind": "thursday 15:00", "merge": "friday 16:00"})
    with pytest.raises(ConfigError, match="应在报送截止之前"):
        check_schedule(WEEK, "Thu 12:00", {"send": "monday 09:00", "remind": "thursday 15:00", "merge": "friday 18:00"})
    with pytest.raises(ConfigError, match="先发送、再催报、后汇总"):
        check_schedule(QUARTER, "30 17:00", {"send": "deadline-1 09:00", "remind": "deadline-2 15:00",
                                             "merge": "deadline 18:00"})


# -- a cadence per year --------------------------------------------------------------------------
def test_a_cadence_change_mid_year_is_refused_saying_why():
    stored = ["2023-W30", "2023-W31", "2023-W36", "not-a-period"]
    check_cadence(stored, WEEK, date(2023, 1, 1), date(2023, 12, 31))
    with pytest.raises(ConfigError) as info:
        check_cadence(stored, MONTH, date(2023, 1, 1), date(2023, 12, 31))
    message = info.value.message
    assert "本年度已按周报送" in message and "2023-W30 至 2023-W36 共3期" in message and "改回“week”" in message
    assert info.value.cadence == MONTH and info.value.stored == WEEK
    check_cadence(["2022-W50", "2022-W52"], MONTH, date(2023, 1, 1), date(2023, 12, 31))   # a new year may change
    with pytest.raises(ConfigError):
        check_cadence([Period.parse("2023-Q2")], MONTH)


def test_share_to_a_deadline():
    y0 = date(2023, 1, 1)
    assert share_to_due(date(2023, 9, 30), y0, date(2023, 12, 31)) == pytest.approx(273 / 365)
    assert share_to_due(date(2023, 8, 31), y0, date(2023, 9, 1)) == pytest.approx(243 / 244)
    assert share_to_due(date(2023, 9, 1), y0, date(2023, 9, 1)) == 1.0
    assert share_to_due(date(2022, 12, 31), y0, date(2023, 9, 1)) == 0.0
    assert share_to_due(date(2023, 3, 1), y0, date(2022, 12, 31)) == 1.0       # due before the year: all due
