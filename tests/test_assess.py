"""The 序时进度 rules, each at a fixed date (the period is the frozen clock)."""

from datetime import date

import pytest

from tz_excel.assess import (
    BEHIND, INVALID, MET, NO_DATA, ON_TRACK, SEVERE, assess_indicator, assess_period,
    format_status_table, judge_approx, judge_at_least, judge_cap, judge_level, judge_level_cap,
    shortfall, status_from_state, worst,
)
from tz_excel.config import AssessSettings, OfficeSettings, Settings
from tz_excel.periods import Period

from _reportdata import PERIOD, ind, sample_catalogue, sample_values, v

RULES = AssessSettings()
Y0, Y1 = date(2023, 1, 1), date(2023, 12, 31)
W36 = Period.parse("2023-W36")           # ends 2023-09-10: 253/365 of the year


def judged(indicator, actual, period=W36, rules=RULES, **kw):
    return assess_indicator(indicator, actual, period, Y0, Y1, rules, **kw)


# -- cumulative >= --------------------------------------------------------------------------
def test_issue_example_195_firms_at_w36_expects_135_2_and_120_is_behind():
    a = judged(ind("4.1", "高新技术企业", 195, "家"), 120)
    assert round(a.expected, 1) == 135.2
    assert a.status == BEHIND
    assert round(a.completion, 4) == round(120 / 195, 4)
    assert round(a.gap, 1) == 15.2
    assert a.to_dict()["expected"] == 135.2


@pytest.mark.parametrize("actual, status", [
    (195, MET), (200, MET), (128.5, ON_TRACK), (128.4, BEHIND), (81.2, BEHIND), (81.0, SEVERE), (0, SEVERE),
])
def test_at_least_boundaries_at_w36(actual, status):
    # expected 135.17; on_track from 128.41 (×0.95), severe below 81.10 (×0.6)
    assert judged(ind("4.1", "高新技术企业", 195, "家"), actual).status == status


def test_at_least_rule_is_pure():
    assert judge_at_least(95, 100, 200, RULES) == ON_TRACK
    assert judge_at_least(94.9, 100, 200, RULES) == BEHIND
    assert judge_at_least(59.9, 100, 200, RULES) == SEVERE
    assert judge_at_least(200, 100, 200, RULES) == MET


def test_thresholds_come_from_settings():
    strict = AssessSettings(tolerance=0.0, severe_below=0.9)
    assert judged(ind("4.1", "x", 195, "家"), 130, rules=strict).status == BEHIND
    assert judged(ind("4.1", "x", 195, "家"), 120, rules=strict).status == SEVERE
    assert judged(ind("4.1", "x", 195, "家"), 130).status == ON_TRACK


def test_early_in_year_small_figures_are_on_track():
    a = judged(ind("4.1", "高新技术企业", 195, "家"), 5, period=Period.parse("2023-W01"))
    assert round(a.expected, 2) == round(195 * 8 / 365, 2) and a.status == ON_TRACK


# -- caps <= ---------------------------------------------------------------------------------
WATER = ind("33.1", "年度用水总量", 3.05, "亿立方米", "<=")


@pytest.mark.parametrize("actual, period, status", [
    (2.0, "2023-W36", ON_TRACK),      # within the pro-rated cap 3.05 × 253/365 = 2.114
    (2.2, "2023-W36", BEHIND),        # over the pro-rated cap
    (3.1, "2023-W36", SEVERE),        # over the whole cap
    (3.0, "2023-W52", MET),           # W52 ends on 2023-12-31: the year is over
    (3.0, "2024-W01", MET),
    (3.06, "2024-W01", SEVERE),
])
def test_water_cap_305_million_m3(actual, period, status):
    p = Period.parse(period)
    a = judged(WATER, actual, period=p)
    assert a.status == status
    assert a.expected == pytest.approx(3.05 * min((p.last_day - Y0).days + 1, 365) / 365)


def test_cap_met_only_once_the_year_is_over():
    assert Period.parse("2023-W52").last_day == Y1
    assert judged(WATER, 3.0, period=Period.parse("2023-W52")).status == MET
    assert judged(WATER, 1.0, period=Period.parse("2023-W51")).status == ON_TRACK
    assert judge_cap(1.0, 2.0, 3.05, year_over=False) == ON_TRACK
    assert judge_cap(1.0, 2.0, 3.05, year_over=True) == MET


def test_cap_gap_is_the_overrun():
    a = judged(WATER, 2.2)
    assert a.gap == pytest.approx(2.2 - 3.05 * 253 / 365) and a.gap > 0
    assert shortfall(a) == pytest.approx(a.gap / a.expected)


def test_level_cap():
    pm = ind("50.1", "PM2.5平均浓度", 40, "微克/立方米", "<=", "level")
    assert judged(pm, 39).status == ON_TRACK
    assert judged(pm, 41).status == BEHIND
    assert judged(pm, 57).status == SEVERE
    assert judge_level_cap(56, 40, False, RULES) == BEHIND
    assert judge_level_cap(56.1, 40, False, RULES) == SEVERE
    assert judge_level_cap(40, 40, True, RULES) == MET


# -- approximately ~ -------------------------------------------------------------------------
def test_approx_level_five_institutes():
    five = ind("2.1", "省级新型研发机构", 5, "家", "~", "level")
    assert judged(five, 5).status == MET
    assert judged(five, 4.75).status == MET          # within 5 %
    assert judged(five, 4.7).status == BEHIND        # below: like >= against the target
    assert judged(five, 2.9).status == SEVERE
    high = judged(five, 6)
    assert high.status == MET and any("左右" in n for n in high.notes)


def test_approx_cumulative_is_judged_on_the_calendar_below_the_band():
    wheat = ind("42.1", "繁种面积", 1, "万亩", "~")
    assert judged(wheat, 0.96).status == MET
    assert judged(wheat, 0.68).status == ON_TRACK    # expected 0.693, × 0.95 = 0.658
    assert judged(wheat, 0.5).status == BEHIND
    assert judge_approx(0.3, 0.693, 1, RULES) == SEVERE


# -- level >= --------------------------------------------------------------------------------
def test_level_coverage_95_percent_is_not_pro_rated():
    cover = ind("64.1", "强校扩优覆盖率", 95, "%", kind="level")
    a = judged(cover, 93)
    assert a.expected == 95 and a.status == ON_TRACK  # 93 ≥ 95 × 0.95
    assert judged(cover, 95).status == MET
    assert judged(cover, 80).status == BEHIND
    assert judged(cover, 50).status == SEVERE
    assert judge_level(57, 95, RULES) == BEHIND and judge_level(56.9, 95, RULES) == SEVERE


def test_level_soil_conservation_rate():
    rate = ind("25.1", "水土保持率", 91.34, "%", kind="level")
    assert judged(rate, 91.5, period=Period.parse("2023-W02")).status == MET
    assert judged(rate, 90, period=Period.parse("2023-W02")).status == ON_TRACK


# -- aspirational, invalid, no data ----------------------------------------------------------
def test_aspirational_judged_the_same_and_tagged():
    plain, aspired = ind("2.2", "平台", 3, "家"), ind("2.2", "平台", 3, "家", aspirational=True)
    a, b = judged(plain, 1.8), judged(aspired, 1.8)
    assert a.status == b.status == BEHIND
    assert b.aspirational and "力争目标" in b.notes and "力争目标" not in a.notes


def test_invalid_and_no_data():
    firms = ind("4.1", "高新技术企业", 195, "家")
    bad = judged(firms, 120, valid=False)
    assert bad.status == INVALID and bad.actual is None and bad.completion is None
    none = judged(firms, None)
    assert none.status == NO_DATA and none.gap is None and round(none.expected, 1) == 135.2


def test_far_beyond_target_is_noted():
    a = judged(ind("1.1", "省院士工作站", 2, "个"), 200)
    assert a.status == MET and any("100倍" in n for n in a.notes)


# -- tasks from 完成状态 ---------------------------------------------------------------------
@pytest.mark.parametrize("state, day, status", [
    ("已完成", date(2023, 3, 5), MET),
    ("正常推进", date(2023, 9, 10), ON_TRACK),
    ("滞后", date(2023, 3, 5), BEHIND),
    ("未启动", date(2023, 5, 31), ON_TRACK),
    ("未启动", date(2023, 6, 1), BEHIND),
    ("", date(2023, 9, 10), NO_DATA),
    ("不清楚", date(2023, 9, 10), NO_DATA),
])
def test_status_from_state(state, day, status):
    assert status_from_state(state, day, Y0, RULES) == status


def test_not_started_month_is_configurable():
    rules = AssessSettings(not_started_until_month=10)
    assert status_from_state("未启动", date(2023, 9, 10), Y0, rules) == ON_TRACK
    assert status_from_state("未启动", date(2023, 10, 1), Y0, rules) == BEHIND


def test_worst_order():
    assert worst([MET, ON_TRACK]) == ON_TRACK
    assert worst([ON_TRACK, NO_DATA]) == NO_DATA
    assert worst([NO_DATA, BEHIND, INVALID]) == INVALID
    assert worst([INVALID, SEVERE]) == SEVERE
    assert worst([]) == NO_DATA


# -- a whole period --------------------------------------------------------------------------
def period_result(values=None, settings=Settings()):
    cat = sample_catalogue()
    a, t = assess_period(cat, sample_values() if values is None else values, PERIOD, settings)
    return {x.id: x for x in a}, {x.no: x for x in t}


def test_period_statuses():
    a, t = period_result()
    assert [(i, a[i].status) for i in a] == [
        ("1.1", MET), ("1.2", BEHIND), ("2.1", MET), ("2.2", INVALID), ("4.1", BEHIND),
        ("25.1", MET), ("33.1", ON_TRACK), ("64.1", SEVERE),
    ]
    assert a["4.1"].department == "市科技局" and a["2.1"].department == "市委组织部"
    assert [(n, t[n].status) for n in t] == [
        (1, BEHIND), (2, INVALID), (4, BEHIND), (7, NO_DATA), (8, BEHIND), (25, MET),
        (33, BEHIND), (64, SEVERE),
    ]


def test_lead_self_assessment_worse_than_figures_wins_with_note():
    _, t = period_result()
    assert t[33].status == BEHIND and "牵头单位自评为“进度滞后”" in t[33].notes


def test_task_without_lead_return_is_no_data_even_if_co_reported():
    _, t = period_result()
    assert t[7].status == NO_DATA and t[7].department == "市发改局"


def test_co_figure_contradiction_is_noted():
    a, _ = period_result()
    assert a["4.1"].actual == 120
    assert any("市工信局报送150家" in n and "120家" in n for n in a["4.1"].notes)
    assert not any("市科技局" in n for n in a["2.1"].notes)   # 4.9 vs 5: within tolerance


def test_co_only_figure_is_noted_not_used():
    values = [v("市工信局", "4.1", 150, role="co")]
    a, t = period_result(values)
    assert a["4.1"].status == NO_DATA and a["4.1"].actual is None
    assert any("牵头单位未报送" in n and "150家" in n for n in a["4.1"].notes)


def test_group_lead_figures_are_combined():
    values = [v("北辛街道", "4.1", 60), v("荆河街道", "4.1", 70), v("北辛街道", "64.1", 96),
              v("荆河街道", "64.1", 91)]
    a, _ = period_result(values)
    assert a["4.1"].actual == 130 and a["4.1"].status == ON_TRACK
    assert a["64.1"].actual == 91 and a["64.1"].status == ON_TRACK
    assert "由2家牵头单位数据汇总" in a["4.1"].notes


def test_values_of_other_periods_are_ignored():
    a, _ = period_result([v("市科技局", "4.1", 190, period="2023-W35")])
    assert a["4.1"].status == NO_DATA


def test_year_bounds_from_settings():
    settings = Settings(office=OfficeSettings(start=date(2023, 7, 1), end=date(2024, 6, 30)))
    a, _ = period_result(settings=settings)
    assert round(a["4.1"].expected, 1) == round(195 * 72 / 366, 1)
    assert a["4.1"].status == ON_TRACK


def test_format_status_table():
    cat = sample_catalogue()
    a, t = assess_period(cat, sample_values(), PERIOD, Settings())
    text = format_status_table(a, t)
    lines = text.splitlines()
    assert lines[0].split() == ["状态", "指标", "任务"]
    assert lines[1].split() == ["已完成", "3", "1"]
    assert lines[-1].split() == ["合计", "8", "8"]
    assert len({len(line.encode("gbk")) for line in lines}) == 1   # CJK-aware alignment


# -- the bundled notice, as A's parser reads it ----------------------------------------------
@pytest.mark.filterwarnings("ignore::UserWarning")    # the parser's remarks on the bundled text
def test_bundled_notice_examples_judged_at_w36():
    from tz_excel import BUNDLED_NOTICE
    from tz_excel.notice import parse_notice

    cat = parse_notice(BUNDLED_NOTICE)

    def find(source_part):
        return next(i for i in cat.indicators() if source_part in i.source)
    firms, water, cover, five = find("高新技术企业195家"), find("3.05亿立方米"), find("覆盖率达到95%"), \
        find("5家左右")
    values = [v(cat.task(i.task_no).lead, i.id, actual) for i, actual in
              ((firms, 120), (water, 2.0), (cover, 93), (five, 4.8))]
    a, t = assess_period(cat, values, PERIOD, Settings())
    got = {x.id: x for x in a}
    assert round(got[firms.id].expected, 1) == 135.2 and got[firms.id].status == BEHIND
    assert water.comparator == "<=" and got[water.id].status == ON_TRACK
    assert cover.kind == "level" and got[cover.id].expected == 95 and got[cover.id].status == ON_TRACK
    assert five.comparator == "~" and got[five.id].status == MET
    # a task is no_data while any of its indicators is: only task 4 has all its figures
    assert len(t) == 75 and [x.no for x in t if x.status != NO_DATA] == [firms.task_no]
    aspired = [x for x in a if x.aspirational]
    assert aspired and all("力争目标" in x.notes for x in aspired)
