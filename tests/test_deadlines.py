"""Deadlines: the words notices use, named moments from the office's calendar, and whose deadline it is."""

from __future__ import annotations

from datetime import date

import pytest

from tz_excel.config import CalendarSettings
from tz_excel.deadlines import Calendar, deadlines_in_text, find_deadlines, multi_year, read_deadline
from tz_excel.errors import ConfigError
from tz_excel.notice import read_notice


@pytest.mark.parametrize("words, day", [
    ("年内", date(2023, 12, 31)), ("年底前", date(2023, 12, 31)), ("全年", date(2023, 12, 31)),
    ("6月底前", date(2023, 6, 30)), ("上半年", date(2023, 6, 30)), ("一季度", date(2023, 3, 31)),
    ("三季度末", date(2023, 9, 30)), ("9月底前", date(2023, 9, 30)), ("2024年6月底前", date(2024, 6, 30)),
    ("2023-06-30", date(2023, 6, 30)), ("10月31日前", date(2023, 10, 31)), ("6月前", date(2023, 5, 31)),
    ("秋季开学前", date(2023, 8, 31)), ("汛期前", date(2023, 5, 31)), ("长期坚持", None), ("持续推进", None),
])
def test_words_to_dates(words, day):
    assert read_deadline(words, 2023) == day


def test_named_moments_come_from_the_offices_calendar():
    cal = Calendar.of(CalendarSettings(autumn_term="09-01"))
    assert read_deadline("秋季开学前", 2023, cal) == date(2023, 9, 1)
    with pytest.raises(ConfigError, match=r"\[calendar\] autumn_term 应为“月-日”"):
        CalendarSettings(autumn_term="开学")


def test_find_deadlines_in_order():
    found = find_deadlines("一季度完成选址，9月底前开工，年底前建成。", 2023)
    assert [(d.text, d.day) for d in found] == [("一季度", date(2023, 3, 31)), ("9月底前", date(2023, 9, 30)),
                                                 ("年底前", date(2023, 12, 31))]


@pytest.mark.parametrize("text, span", [
    ("到2025年建成5G基站1万个", "到2025年"), ("5年内培育企业100家", "5年内"), ("实施三年行动", "三年行动"),
    ("到2023年底建成基站100个", ""), ("新增企业3家", ""),
])
def test_multi_year_spans(text, span):
    assert multi_year(text, 2023) == span


def _notice(body: str) -> bytes:
    return f"关于印发2023年重点任务的通知\n一、建设\n{body}\n".encode("utf-8")


def test_a_clauses_deadline_is_its_indicators_and_an_opening_one_the_tasks():
    cat = read_notice(_notice("1.建设学校。确保孙堂小学等5处项目秋季开学前投入使用，新建幼儿园3所。（责任单位：市教体局）\n"
                              "2.改造小区。2023年6月底前，完成改造老旧小区41个。（责任单位：市住建局）")).catalogue
    school, kindergarten = cat.task(1).indicators
    assert (school.due, kindergarten.due, cat.task(1).due) == (date(2023, 8, 31), None, None)
    assert cat.task(1).due_of(kindergarten) is None                    # the year's end
    assert (cat.task(2).due, cat.task(2).indicators[0].due) == (date(2023, 6, 30), None)
    assert cat.task(2).due_of(cat.task(2).indicators[0]) == date(2023, 6, 30)


def test_deadline_lines_and_year_end_words():
    cat = read_notice(_notice("1.建设园区。新增企业3家。\n责任单位：市发改局\n完成时限：2023年9月底前\n"
                              "2.建设道路。新建道路5公里。（责任单位：市交通局）\n完成时限：年底前")).catalogue
    assert [t.due for t in cat.tasks] == [date(2023, 9, 30), None]
    assert [t.departments for t in cat.tasks] == [("市发改局",), ("市交通局",)]
    assert "完成时限" not in cat.task(1).text


def test_a_task_without_targets_is_due_when_its_last_step_is():
    cat = read_notice(_notice("1.建设产业园。确保仓储物流区7月份建成、商业引导区11月份建成。[责任单位:老街办]")).catalogue
    assert cat.task(1).due == date(2023, 11, 30)


def test_multi_year_target_is_flagged_with_a_place_for_the_years_own():
    cat = read_notice(_notice("1.建设基站。到2025年累计建成5G基站1万个，年内新建基站2000个。（责任单位：市工信局）")).catalogue
    multi, year = cat.task(1).indicators
    assert multi.needs_review and multi.review == "目标跨年度（“到2025年”），请在“本年目标”栏填写本年度应完成的量"
    assert not year.needs_review


@pytest.mark.parametrize("text, days", [
    ("2019年1月1日至12月31日，对参保企业返还失业保险费。", []),
    ("从2019年1月1日起，实施青年见习计划。", []),
    ("2019年1月1日至2020年12月31日，放宽申领条件。", []),
    ("6月至9月底前完成改造。", [date(2019, 9, 30)]),
    ("2019年6月底前完成改造，9月起草方案。", [date(2019, 6, 30), date(2019, 9, 30)]),
])
def test_a_policy_period_is_not_a_deadline(text, days):
    assert [d.day for d in deadlines_in_text(text, 2019)] == days


def test_a_period_in_a_deadline_cell_ends_when_the_period_does():
    assert read_deadline("2023年3月至12月", 2023) == date(2023, 12, 31)


def test_a_task_that_only_states_its_rules_period_has_no_deadline():
    cat = read_notice(_notice("1.支持在岗培训。2019年1月1日至12月31日，困难企业可组织开展职工在岗培训。（责任单位：市人社局）"
                              )).catalogue
    assert cat.task(1).due is None


def test_a_closing_deadline_in_the_next_year_is_the_tasks():
    text = ("关于印发2020年重点民生实事的通知\n一、建设\n1.建设道路。全长1.38公里，投资概算1.45亿元，2020年启动，2021年6月30日前完成。"
            "实施东环路工程，于2021年6月30日前完成。（牵头单位：公路局）\n"
            "2.建设游园。打造街头游园9个，2020年年底前完成。（牵头单位：城管局）\n"
            "3.建设学校。新建学校3所，2035年6月底前完成。（牵头单位：教育局）\n"
            "4.建设幼儿园。新建幼儿园2所，2019年6月底前完成。（牵头单位：教育局）\n")
    cat = read_notice(text.encode("utf-8")).catalogue
    # the next year read; the year's end is no deadline; a year far away or past governs nothing
    assert [t.due for t in cat.tasks] == [date(2021, 6, 30), None, None, None]


def test_a_deadline_inside_an_indicators_clause_is_not_the_tasks():
    cat = read_notice(_notice("1.建设学校。新建学校3所，6月底前完成主体工程建设，新建幼儿园2所。（责任单位：市教体局）")).catalogue
    assert cat.task(1).due is None


def test_a_project_line_of_its_implementation_period_gives_the_end_as_due():
    text = ("叶城县2026年项目公示\n1.某乡种植业基地配套建设项目:新建防渗渠4公里。\n项目责任领导:王某(县委常委)\n"
            "项目责任单位:某乡、水利局\n项目责任人:张某、李某\n项目实施时间:2026年1月-2026年10月\n"
            "2.某镇道路建设项目:新建道路2公里。\n项目责任单位:某镇、交通局\n项目实施时间:2026年3月-2026年8月\n")
    parsed = read_notice(text.encode("utf-8"))
    cat = parsed.catalogue
    assert [(t.departments, t.leaders, t.due) for t in cat.tasks] == [
        (("某乡", "水利局"), ("王某",), date(2026, 10, 31)), (("某镇", "交通局"), (), date(2026, 8, 31))]
    assert len(cat.sections) == 1 and not any("没有序号" in w for w in parsed.warnings)


@pytest.mark.parametrize("text, due", [
    # a deadline as a clause of its own inside the sentence governs what follows it, targets or not
    ("提升设立登记便利度。优化升级企业开办系统,9月底前,实现开办企业全流程1个环节、0成本、1天办结。", date(2022, 9, 30)),
    ("提升设立登记便利度。优化升级企业开办系统,9月底前实现开办企业全流程1个环节、0成本、1天办结。", None),
])
def test_a_deadline_clause_inside_a_sentence_governs_the_task(text, due):
    cat = read_notice(f"2022年重点任务\n一、甲\n1.{text}(牵头单位:省市场监管局)\n".encode("utf-8")).catalogue
    assert cat.tasks[0].indicators and cat.tasks[0].due == due


@pytest.mark.parametrize("text, due", [
    # a day inside the work a task builds on (在…的基础上) dates what was done before it, never the task's due
    ("在今年1月中旬发放价格临时补贴的基础上,再向低保对象每人一次性发放100元补贴。", None),
    # a day the task's own work is done by still governs it
    ("在今年9月底前完成低保对象价格补贴发放,每人一次性发放100元补贴。", date(2011, 9, 30)),
])
def test_a_day_inside_the_groundwork_a_task_builds_on_is_no_deadline(text, due):
    cat = read_notice(f"2011年十件民生实事\n1.{text}(由省财政厅牵头)\n".encode("utf-8")).catalogue
    assert cat.tasks[0].due == due


# -- review (rv4_markers) ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, due", [
    # 次年 / 翌年 is the year after the reporting year, not the reporting year's own month
    ("次年3月底前", date(2025, 3, 31)),
    ("翌年一季度", date(2025, 3, 31)),
    ("12月20日前完成资金拨付，剩余部分在次年1月底前拨付", date(2025, 1, 31)),
    ("3月底前", date(2024, 3, 31)),
])
def test_the_following_year_is_the_year_after(text, due):
    assert read_deadline(text, 2024) == due


def test_an_age_in_months_is_no_month():
    # 0-6月龄婴儿 (infants up to six months old) names an age, never June
    assert deadlines_in_text("为0-6月龄婴儿家庭发放营养包1万份", 2024) == []
    assert read_deadline("6月底前", 2024) == date(2024, 6, 30)


def test_a_later_year_of_a_year_by_year_task_flags_its_target():
    text = ("某区2024年重点任务\n1.推进老旧小区改造。2024年改造20个，2025年改造30个，2026年改造25个。（区住建局）\n")
    task = read_notice(text.encode()).catalogue.tasks[0]
    assert [(i.target, i.needs_review) for i in task.indicators] == [(20, False), (30, True), (25, True)]
    assert "2025年" in task.indicators[1].review


def test_a_year_alone_in_a_task_that_writes_no_reporting_year_flags_nothing():
    # read as a 2022 notice (the page's date), 2023年启动… is the plan's own year: nothing to flag
    text = "某市2022年重点任务\n1.优化教育资源布局。2023年新建学校10所。（市教育局）\n"
    task = read_notice(text.encode(), year=2022).catalogue.tasks[0]
    assert [(i.target, i.needs_review) for i in task.indicators] == [(10, False)]


@pytest.mark.parametrize("text", ["组织好2024年中考", "争取2026年中央财政资金1000万元", "今年中小学新增学位500个"])
def test_a_year_before_a_word_opening_with_zhong_is_no_mid_year(text):
    # 年中 (mid-year) only where 中 opens no word of its own: 中考, 中央, 中小学
    assert find_deadlines(text, 2024) == []


def test_mid_year_is_still_read():
    assert read_deadline("年中前完成", 2024) == read_deadline("2024年中完成", 2024) == date(2024, 6, 30)


@pytest.mark.parametrize("text, due", [
    # a bare month with work of its own, the sentence going on: a step of the schedule, not the task's limit
    ("实施农村公路建设。3月开工，年底前完成新改建农村公路50公里。", None),
    ("开展安全生产月活动。每年6月为安全生产月，组织开展宣传活动50场次。", None),
    # a time limit opening the sentence, or the sentence that is the whole work, still governs
    ("开展春季植树造林。3月底前完成植树造林1万亩。", date(2024, 3, 31)),
    ("推进项目建设。6月底前，完成项目开工10个。", date(2024, 6, 30)),
])
def test_a_bare_month_step_opening_a_sentence_does_not_date_the_task(text, due):
    cat = read_notice(f"某县2024年重点工作任务\n一、重点工作\n1.{text}（责任单位：县发改局）\n".encode()).catalogue
    assert cat.tasks[0].due == due


def test_a_dated_deadline_with_a_space_before_its_month_is_no_bare_later_year():
    from tz_excel.deadlines import _later_year

    # 2025年 12月底前 dates a deadline as 2025年12月底前 does; only a year standing alone flags its clause
    assert _later_year("2025年 12月底前完成改造", 2024) == _later_year("2025年12月底前完成改造", 2024) == ""
    assert _later_year("2025年完成改造20个", 2024) == "2025年"
