"""Notices in traditional characters and with pinyin glosses are read as the simplified text would be."""

from __future__ import annotations

import opencc
import pytest

from tz_excel import BUNDLED_NOTICE
from tz_excel.chinese import in_simplified, without_pinyin
from tz_excel.notice import read_notice

SIMPLIFIED = """关于印发2024年某县民生实事项目的通知
一、新建城乡供水工程12处，达到95%以上。（牵头单位：县水务局；配合单位：县财政局、县发改局）
二、完成老旧小区改造3000户。（牵头单位：县住房城乡建设局）
三、新增托位200个，力争达到1000个。（牵头单位：县卫生健康局）
"""


def _fields(parsed):
    """What the catalogue says of each task and target, as plain values."""
    return [(t.no, t.departments, t.leaders, t.due,
             [(i.target, i.unit, i.comparator, i.kind, i.aspirational) for i in t.indicators])
            for t in parsed.catalogue.tasks]


def test_a_traditional_notice_gives_the_catalogue_of_its_simplified_text():
    traditional = opencc.OpenCC("s2t").convert(SIMPLIFIED)
    assert "牽頭單位" in traditional and "縣水務局" in traditional      # the rewrite really is traditional

    simple, converted = read_notice(SIMPLIFIED.encode()), read_notice(traditional.encode())

    assert _fields(converted) == _fields(simple)
    assert converted.catalogue.tasks[0].departments == ("县水务局", "县财政局", "县发改局")
    assert converted.warnings[0].startswith("通知以繁体字书写，已转换为简体字读取")
    assert not any("繁体" in w for w in simple.warnings)


def test_a_simplified_notice_with_a_few_traditional_characters_is_read_as_written():
    # A name or a quotation in traditional characters does not make the notice traditional.
    text = SIMPLIFIED.replace("县卫生健康局", "县衛生健康局")
    parsed = read_notice(text.encode())

    assert parsed.catalogue.tasks[2].departments == ("县衛生健康局",)
    assert not any("繁体" in w for w in parsed.warnings)
    assert in_simplified(["县衛生健康局与县水务局"]) is None


def test_the_bundled_notice_is_not_converted():
    parsed = read_notice(BUNDLED_NOTICE)
    assert not any("繁体" in w for w in parsed.warnings)


@pytest.mark.parametrize("glossed, plain", [
    ("城鎮(zhèn)公益性崗位", "城鎮公益性崗位"),
    ("任務(wù)共2項", "任務共2項"),
    ("州住房城鄉(xiāng)建設(shè)局", "州住房城鄉建設局"),
    ("城乡（xiāng）", "城乡"),
    ("创(chuàng )建", "创建"),
])
def test_pinyin_glosses_are_left_out(glossed, plain):
    assert without_pinyin(glossed) == plain


@pytest.mark.parametrize("text", [
    "方案(a)", "建设(2)号线", "里程(km)", "按(一)执行", "单位(xian)", "道路(Road)", "(zhèn)开头",
])
def test_brackets_that_are_no_gloss_stay(text):
    # No tone mark, not after a Han character, a capital or a number: not a gloss.
    assert without_pinyin(text) == text


def test_a_glossed_notice_reads_like_the_plain_one():
    glossed = SIMPLIFIED.replace("县水务局", "县水务(wù)局").replace("城乡", "城乡(xiāng)")
    assert _fields(read_notice(glossed.encode())) == _fields(read_notice(SIMPLIFIED.encode()))
