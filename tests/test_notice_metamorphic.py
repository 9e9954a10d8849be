"""The bundled notice rewritten in other numbering styles, marker forms and bracket widths, with and
without a notice body before it, gives the same catalogue (metamorphic tests of the notice reader)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tz_excel import BUNDLED_NOTICE
from tz_excel.chinese import cn_numeral
from tz_excel.notice import read_notice

BUNDLED = Path(str(BUNDLED_NOTICE))
_TASK = re.compile(r"^(\d+)\.(.*)\(责任单位:(.*)\)$")
_SECTION = re.compile(r"^([一二三四五六七八九十]+)、(.*)$")


@pytest.fixture(scope="module")
def expected():
    return read_notice(BUNDLED).catalogue.to_dict()


@pytest.fixture(scope="module")
def catalogue():
    return read_notice(BUNDLED).catalogue


def rewrite(task=None, section=None, marker=None, body: bool = False) -> bytes:
    """The bundled notice with its task numbers, section numbers or markers written another way."""
    cat = read_notice(BUNDLED).catalogue
    out = []
    for line in BUNDLED.read_text(encoding="utf-8").splitlines():
        t, s = _TASK.match(line), _SECTION.match(line)
        if t:
            no, text = int(t.group(1)), t.group(2)
            label = task(no) if task else f"{no}."
            out.extend(marker(label, text, cat.task(no).departments) if marker else [line.replace(f"{no}.", label, 1)])
        elif s and section:
            out.append(section(s.group(1)) + s.group(2))
        else:
            out.append(line)
        if body and line.startswith("《滕州市深化"):
            out += ["一、各责任单位要高度重视，切实加强领导，制订工作方案，明确时间节点，狠抓落实。",
                    "二、各牵头单位要于每月25日前报送进展情况。",
                    "三、市政府督查室要加强督促检查，定期通报。"]
    return "\n".join(out).encode("utf-8")


@pytest.mark.parametrize("style", ["{}、", "{}．", "（{}）", "({})", "{}）", "{}. "])
def test_task_numbering_styles(expected, style):
    assert read_notice(rewrite(task=style.format)).catalogue.to_dict() == expected


@pytest.mark.parametrize("style", ["第{}部分 ", "{}．", "{}.", "{} "])
def test_section_numbering_styles(expected, style):
    assert read_notice(rewrite(section=style.format)).catalogue.to_dict() == expected


def test_tasks_numbered_as_chinese_in_brackets(expected):
    """（一）…（七十五） as the task level, 一、 above it."""
    assert read_notice(rewrite(task=lambda n: f"（{cn_numeral(n)}）")).catalogue.to_dict() == expected


def _joined(deps, sep="、"):
    return sep.join(deps)


MARKERS = {
    "full width": lambda label, text, deps: [f"{label}{text}（责任单位：{_joined(deps)}）"],
    "square": lambda label, text, deps: [f"{label}{text}[责任单位:{_joined(deps)}]"],
    "before the 。": lambda label, text, deps: [f"{label}{text[:-1]}（责任单位：{_joined(deps)}）。"],
    "mixed widths": lambda label, text, deps: [f"{label}{text}（责任单位:{_joined(deps)})"],
    "unclosed": lambda label, text, deps: [f"{label}{text}（责任单位：{_joined(deps)}"],
    "line of its own": lambda label, text, deps: [f"{label}{text}", f"责任单位：{_joined(deps)}"],
    "two lines": lambda label, text, deps: [f"{label}{text}", f"牵头单位：{deps[0]}"]
    + ([f"配合单位：{_joined(deps[1:])}"] if deps[1:] else []),
    "lead and co": lambda label, text, deps: [
        f"{label}{text}(牵头单位:{deps[0]}" + (f";配合单位:{_joined(deps[1:])})" if deps[1:] else ")")],
    "plain 牵头/配合": lambda label, text, deps: [
        f"{label}{text}（{deps[0]}牵头" + (f"，{_joined(deps[1:])}配合）" if deps[1:] else "）")],
    "负责 with the order rule": lambda label, text, deps: [
        f"{label}{text}（{_joined(deps)}负责，列第一位者为牵头单位，下同）"],
    "with a leader": lambda label, text, deps: [f"{label}{text}(责任领导:王某某;牵头单位:{_joined(deps)})"],
    "等有关部门": lambda label, text, deps: [f"{label}{text}（{_joined(deps)}等有关部门按职责分工负责）"],
}


@pytest.mark.parametrize("form", list(MARKERS))
def test_marker_forms(expected, form):
    got = read_notice(rewrite(marker=MARKERS[form])).catalogue.to_dict()
    if form == "with a leader":
        assert all(t["leaders"] == ["王某某"] for t in got["tasks"])
        got = {**got, "tasks": [dict(t, leaders=[]) for t in got["tasks"]]}
    assert got == expected


def test_with_a_notice_body_before_the_plan(expected):
    parsed = read_notice(rewrite(body=True))
    assert parsed.catalogue.to_dict() == expected
