"""The 序时进度 rules, each at a fixed date (the period is the frozen clock)."""

from datetime import date

import pytest

from tz_excel.assess import (
    BEHIND, INVALID, MET, NO_DATA, ON_TRACK, SEVERE, assess_indicator, assess_period, combine_task,
    expected_to_date, format_status_table, is_due_soon, is_milestone, judge_approx, judge_at_least,
    judge_cap, judge_level, judge_level_cap, judge_milestone, milestone_expected, milestone_state,
    overdue_status, periods_past_due, shortfall, status_from_state, task_deadline, task_done, worst,
)
from tz_excel.catalogue import Catalogue, Indicator, Section, Task
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


# -- deadlines, milestones and overdue tasks (the period is the frozen clock) ----------------------
W = Period.parse
SCHOOLS = Indicator("64.9", "学校项目", 5, "处", source="确保孙堂小学等5处项目秋季开学前投入使用",
                    due=date(2023, 9, 1))
PLANT = Indicator("36.1", "污水处理厂提标", 1, "座", source="完成1座污水处理厂提标改造")


def test_school_projects_due_before_the_autumn_term_are_wholly_due_at_w36():
    a = judged(SCHOOLS, 2)
    assert a.milestone and a.expected == 5 and a.due == date(2023, 9, 1)
    assert a.overdue and a.status == BEHIND                      # 2 periods past 1 September: behind
    assert any("已过完成时限（2023年9月1日）" in n for n in a.notes)
    assert a.to_dict()["due"] == "2023-09-01" and a.to_dict()["expected"] == 5
    assert judged(SCHOOLS, 2, period=W("2023-W37")).status == SEVERE   # a third period: severe
    assert judged(SCHOOLS, 5).status == MET and not judged(SCHOOLS, 5).overdue


def test_without_its_deadline_the_same_target_expects_3_of_5_and_fractionally_3_47():
    year_end = Indicator("64.9", "学校项目", 5, "处")
    assert judged(year_end, 2).expected == 3                     # ⌊5 × 253/365⌋
    fractional = judged(year_end, 2, rules=AssessSettings(milestone_max=0))
    assert not fractional.milestone and round(fractional.expected, 2) == 3.47


def test_a_deadline_ahead_pro_rates_to_the_deadline_not_the_year_end():
    assert judged(SCHOOLS, 4, period=W("2023-W34")).expected == 4   # ⌊5 × 239/244⌋, W34 ends 27 August
    renovation = Indicator("43.2", "老旧小区改造", 25, "万平方米", due=date(2023, 10, 31))
    a = judged(renovation, 20)
    assert round(a.expected, 3) == round(25 * 253 / 304, 3) and a.status == ON_TRACK and not a.milestone


@pytest.mark.parametrize("actual, state, status", [
    (0, "正常推进", ON_TRACK), (0, "未启动", ON_TRACK), (0, "", ON_TRACK), (0, "滞后", BEHIND),
    (None, "正常推进", ON_TRACK), (None, "", NO_DATA), (1, "", MET),
])
def test_one_off_milestone_at_w36_follows_the_leads_state_while_nothing_is_due(actual, state, status):
    a = judged(PLANT, actual, state=state)
    assert a.milestone and a.expected == 0 and a.status == status
    assert a.status != SEVERE and (a.gap or 0) <= 0 and shortfall(a) == 0
    assert not a.overdue


def test_unmet_milestone_after_its_deadline_is_behind_then_severe():
    plant = Indicator("36.1", "污水处理厂提标", 1, "座", due=date(2023, 6, 30))   # in W26 (26 June – 2 July)
    assert [judged(plant, 0, period=W(p), state="正常推进").status for p in
            ("2023-W25", "2023-W26", "2023-W27", "2023-W28")] == [ON_TRACK, BEHIND, BEHIND, SEVERE]
    patient = AssessSettings(overdue_severe_after=4)
    assert judged(plant, 0, period=W("2023-W28"), rules=patient).status == BEHIND


def test_milestone_rules_are_pure():
    assert milestone_expected(5, 253 / 365) == 3 and milestone_expected(3, 1 / 3) == 1
    assert milestone_state("滞后") == BEHIND and milestone_state("未启动") == ON_TRACK
    assert judge_milestone(0, 0, 1, 0, "正常推进", RULES) == ON_TRACK
    assert judge_milestone(3, 5, 5, 1, "正常推进", RULES) == BEHIND
    assert judge_milestone(2, 3, 8, 0, "", RULES) == BEHIND and judge_milestone(1, 3, 8, 0, "", RULES) == SEVERE
    assert is_milestone(PLANT, RULES) and is_milestone(Indicator("x.1", "企业", 20, "家"), RULES)
    assert not is_milestone(Indicator("x.1", "企业", 21, "家"), RULES)
    assert not is_milestone(Indicator("x.1", "高标准农田", 8, "万亩"), RULES)
    assert not is_milestone(Indicator("x.1", "幼儿园", 5, "所", kind="level"), RULES)
    assert not is_milestone(Indicator("x.1", "事故", 3, "起", comparator="<="), RULES)


@pytest.mark.parametrize("due, period, past", [
    (date(2023, 6, 30), "2023-W25", 0), (date(2023, 6, 30), "2023-W26", 1), (date(2023, 6, 30), "2023-W36", 11),
    (date(2023, 6, 30), "2023-06", 1), (date(2023, 6, 30), "2023-09", 4), (date(2023, 6, 30), "2023-Q3", 2),
    (date(2023, 9, 10), "2023-W36", 1), (date(2023, 9, 11), "2023-W36", 0),
])
def test_periods_past_due(due, period, past):
    assert periods_past_due(due, W(period)) == past


def test_overdue_status_and_due_soon_are_pure():
    assert overdue_status(2, RULES) == BEHIND and overdue_status(3, RULES) == SEVERE
    sept30 = date(2023, 9, 30)
    assert not is_due_soon(sept30, W("2023-W36"), RULES)         # W38 ends 24 September
    assert is_due_soon(sept30, W("2023-W37"), RULES)             # W39 ends 1 October
    assert not is_due_soon(sept30, W("2023-W40"), RULES)         # passed: overdue, not 临期
    assert is_due_soon(date(2023, 10, 31), W("2023-08"), RULES) and not is_due_soon(date(2023, 10, 31), W("2023-07"), RULES)
    assert not is_due_soon(sept30, W("2023-W37"), AssessSettings(due_soon_periods=0))


def _task(no, due=None, indicators=()):
    return Task(no, 1, f"任务{no}", "", ("市发改局",), tuple(indicators), due=due)


def test_task_due_end_of_june_not_reported_done_is_overdue_at_w36():
    task = _task(12, date(2023, 6, 30))
    t = combine_task(task, [], [v("市发改局", "12", None, state="正常推进")], W("2023-W36"), Y0, Y1, RULES)
    assert t.overdue and t.status == SEVERE and t.due == date(2023, 6, 30)
    assert any("已超过完成时限（2023年6月30日）" in n for n in t.notes)
    assert t.to_dict() == {"no": 12, "status": SEVERE, "due": "2023-06-30", "overdue": True, "due_soon": False}
    early = combine_task(task, [], [v("市发改局", "12", None, state="正常推进")], W("2023-W27"), Y0, Y1, RULES)
    assert early.overdue and early.status == BEHIND                # 2 periods past: behind
    done = combine_task(task, [], [v("市发改局", "12", None, state="已完成")], W("2023-W36"), Y0, Y1, RULES)
    assert not done.overdue and done.status == MET
    silent = combine_task(task, [], [], W("2023-W36"), Y0, Y1, RULES)
    assert silent.overdue and silent.status == SEVERE and "牵头单位未报送" in silent.notes


def test_task_whose_indicators_are_all_met_is_done_whatever_its_state_says():
    task = _task(1, date(2023, 6, 30), [PLANT])
    met = [judged(PLANT, 1)]
    assert task_done(task, met, [v("市发改局", "36.1", 1, state="正常推进")])
    t = combine_task(task, met, [v("市发改局", "36.1", 1, state="正常推进")], W("2023-W36"), Y0, Y1, RULES)
    assert not t.overdue and t.status == ON_TRACK                  # the lead's own word, not overdue


def test_task_due_soon_is_flagged_but_keeps_its_status():
    task = _task(20, date(2023, 9, 30))
    lead = [v("市发改局", "20", None, state="正常推进")]
    soon = combine_task(task, [], lead, W("2023-W37"), Y0, Y1, RULES)
    assert soon.due_soon and not soon.overdue and soon.status == ON_TRACK
    assert "临期：完成时限为2023年9月30日" in soon.notes
    assert not combine_task(task, [], lead, W("2023-W36"), Y0, Y1, RULES).due_soon
    finished = combine_task(task, [], [v("市发改局", "20", None, state="已完成")], W("2023-W37"), Y0, Y1, RULES)
    assert not finished.due_soon
    judged_task = task_deadline(soon, date(2023, 9, 30), False, W("2023-W40"), RULES)
    assert judged_task.overdue and judged_task.status == BEHIND


def test_not_started_one_off_does_not_drag_its_task_behind():
    cat = Catalogue("某市2023年重点任务", 2023, (Section(1, "一"),), (_task(36, None, [PLANT]),))
    values = [v("市发改局", "36.1", 0, state="未启动", period="2023-W36")]
    a, t = assess_period(cat, values, W("2023-W36"), Settings())
    assert a[0].status == ON_TRACK and t[0].status == ON_TRACK and not t[0].overdue


# -- golden expected figures per cadence ---------------------------------------------------------
def _cadence_catalogue() -> Catalogue:
    firms = Indicator("4.1", "高新技术企业", 195, "家")
    labs = Indicator("1.2", "枣庄市级重点实验室", 8, "个")
    water = Indicator("33.1", "年度用水总量", 3.05, "亿立方米", comparator="<=")
    cover = Indicator("64.1", "强校扩优覆盖率", 95, "%", kind="level")
    renovation = Indicator("43.2", "老旧小区改造", 25, "万平方米")
    tasks = (_task(4, None, [firms]), _task(1, None, [labs]), _task(33, None, [water]),
             _task(64, None, [cover, SCHOOLS]), _task(43, date(2023, 10, 31), [renovation]))
    return Catalogue("某市2023年重点任务", 2023, (Section(1, "一"),), tasks)


# Every expected figure of the catalogue above at the end of September (or the week of 10 September).
CADENCE_GOLDEN = {
    "2023-W36": {"4.1": 135.2, "1.2": 5, "33.1": 2.114, "64.1": 95, "64.9": 5, "43.2": 20.8},
    "2023-09": {"4.1": 145.8, "1.2": 5, "33.1": 2.281, "64.1": 95, "64.9": 5, "43.2": 22.5},
    "2023-Q3": {"4.1": 145.8, "1.2": 5, "33.1": 2.281, "64.1": 95, "64.9": 5, "43.2": 22.5},
}


@pytest.mark.parametrize("period", sorted(CADENCE_GOLDEN))
def test_golden_expected_figures_for_each_cadence(period):
    p = W(period)
    a, t = assess_period(_cadence_catalogue(), [], p, Settings.from_dict({"office": {"cadence": p.cadence}}))
    assert {x.id: x.to_dict()["expected"] for x in a} == CADENCE_GOLDEN[period]
    assert all(x.status == NO_DATA for x in a)
    dues = {x.id: x.to_dict()["due"] for x in a}
    assert dues == {"4.1": "2023-12-31", "1.2": "2023-12-31", "33.1": "2023-12-31", "64.1": "2023-12-31",
                    "64.9": "2023-09-01", "43.2": "2023-10-31"}
    # 43 (due 31 October) is 临期 at the end of September by month and by quarter, not in week 36.
    assert {x.no: x.due_soon for x in t}[43] == (period != "2023-W36")


def test_195_firms_expect_about_145_8_at_the_end_of_september_monthly_and_quarterly():
    firms = Indicator("4.1", "高新技术企业", 195, "家")
    for text in ("2023-09", "2023-Q3"):
        a = judged(firms, 140, period=W(text))
        assert round(a.expected, 1) == 145.8 and a.expected == pytest.approx(195 * 273 / 365)
        assert a.status == ON_TRACK                               # 140 ≥ 145.85 × 0.95
    assert expected_to_date(firms, date(2023, 9, 30), Y0, Y1) == pytest.approx(145.849, abs=1e-3)
