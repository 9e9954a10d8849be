"""Shared test helpers for returned workbooks: a small catalogue, templates, and defect fixtures.

    >>> catalogue, directory = returns_catalogue(), returns_directory()
    >>> template = make_template(tmp_path, "市科技局")              # forms.build_form, 2023-W36
    >>> fill_return(template, tmp_path / "r.xlsx", CLEAN_VALUES)

    # in a test module (or, for everyone, in conftest.py):
    from _fixtures import fixture_returns, resaved_returns  # noqa: F401  (session-scoped pytest fixtures)

    def test_x(fixture_returns):
        path = fixture_returns["return_fullwidth_digits.xlsx"]

``fixture_returns`` builds every defect fixture of tests/make_fixtures.py once per test session in
a temporary folder; ``resaved_returns`` (LibreOffice, a few seconds) re-saves a clean and a mixed
return as .xlsx, .xls and .ods.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from tz_excel.catalogue import Catalogue, Indicator, Section, Task
from tz_excel.config import Settings
from tz_excel.departments import Department, Directory

PERIOD = "2023-W36"
NOW = datetime(2023, 9, 4, 9, 0, 0)


def _ind(id_, metric, target, unit, source, comparator=">=", kind="cumulative", aspirational=False):
    return Indicator(id_, metric, target, unit, comparator=comparator, kind=kind, aspirational=aspirational,
                     source=source)


def returns_catalogue() -> Catalogue:
    """The notice's shapes a reader meets: 个/家 counts, 万元/亿元, percents, 万亩/万平方米, a cap,
    a task without indicator, a co-operating department and a group (各镇街)."""
    tasks = (
        Task(1, 1, "完善实验室体系", "建设省院士工作站2个，建设枣庄市级重点实验室8个。", ("市科技局",), (
            _ind("1.1", "省院士工作站", 2, "个", "建设省院士工作站2个"),
            _ind("1.2", "枣庄市级重点实验室", 8, "个", "建设枣庄市级重点实验室8个"))),
        Task(2, 1, "加强创新平台建设", "省级新型研发机构总量达到5家左右。", ("市委组织部", "市科技局"), (
            _ind("2.1", "省级新型研发机构", 5, "家", "省级新型研发机构总量达到5家左右", "~", "level"),)),
        Task(4, 1, "强化科技型企业培训", "新培育高新技术企业195家。", ("市科技局",), (
            _ind("4.1", "高新技术企业", 195, "家", "新培育高新技术企业195家"),)),
        Task(5, 1, "优化创新创业环境", "争取省企业研发补助突破2000万元，协助企业申请科技成果转化贷款1.5亿元。",
             ("市科技局", "市国资局"), (
                 _ind("5.1", "省企业研发补助", 2000, "万元", "争取省企业研发补助、创新券等突破2000万元"),
                 _ind("5.2", "科技成果转化贷款", 1.5, "亿元", "协助企业申请科技成果转化贷款1.5亿元"))),
        Task(6, 1, "培育引进创新人才", "绘制完善“人才地图”，建立人才库，明确招才引智重点。", ("市科技局", "市人社局"), ()),
        Task(25, 1, "提升企业研发水平", "规上工业企业研发活动覆盖率达到95%，研发机构覆盖率达到60%，产学研合作覆盖率达到40%。",
             ("市科技局",), (
                 _ind("25.1", "规上工业企业研发活动覆盖率", 95, "%", "规上工业企业研发活动覆盖率达到95%", kind="level"),
                 _ind("25.2", "研发机构覆盖率", 60, "%", "研发机构覆盖率达到60%", kind="level"),
                 _ind("25.3", "产学研合作覆盖率", 40, "%", "产学研合作覆盖率达到40%", kind="level"))),
        Task(30, 2, "强化用水总量控制", "年度用水总量控制在3.05亿立方米以内。", ("市水利局", "各镇街"), (
            _ind("30.1", "年度用水总量", 3.05, "亿立方米", "年度用水总量控制在3.05亿立方米以内", "<=", "level"),)),
        Task(43, 2, "实施高标准农田和城镇更新", "新建高标准农田8万亩，改造老旧小区84.59万平方米。", ("各镇街",), (
            _ind("43.1", "高标准农田", 8, "万亩", "新建高标准农田8万亩"),
            _ind("43.2", "老旧小区改造", 84.59, "万平方米", "改造老旧小区84.59万平方米"))),
        # Two departments with one task each, as in the notice: 医保局 co-operates on 66, 应急局 leads 71.
        Task(66, 3, "推动低保扩围增效", "健全完善城乡低保准入和家庭经济状况评估认定条件。", ("市民政局", "市财政局", "市医保局"), ()),
        Task(71, 3, "着力抓实安全生产", "深入开展安全生产专项整治、隐患排查行动。", ("市应急局",), ()),
    )
    sections = (Section(1, "深入实施创新驱动发展战略"), Section(2, "推动绿色低碳发展"), Section(3, "持续增进民生福祉"))
    return Catalogue("滕州市深化新旧动能转换推动绿色低碳高质量发展2023年重点任务", 2023, sections, tasks,
                     short_title="2023年重点任务")


def returns_directory() -> Directory:
    return Directory((
        Department("市科技局", aliases=("科技局",)), Department("市委组织部"), Department("市国资局"),
        Department("市人社局"), Department("市水利局"), Department("各镇街"),
        Department("北辛街道", groups=("各镇街",)), Department("荆河街道", groups=("各镇街",)),
        Department("市民政局"), Department("市财政局"), Department("市医保局"), Department("市应急局"),
    ))


def make_template(folder: str | Path, department: str = "市科技局", period: str = PERIOD,
                  catalogue: Catalogue | None = None, prefill: dict | None = None) -> Path:
    """One generated template (forms.build_form) at ``folder/template_<department>_<period>.xlsx``."""
    from tz_excel.forms import build_form

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"template_{department}_{period}.xlsx"
    if not path.exists():
        build_form(path, catalogue or returns_catalogue(), department, returns_directory(), period, Settings(),
                   prefill=prefill, now=NOW)
    return path


# What a careful clerk of 市科技局 types (rows 2.1 is co-operating, 6 has no indicator).
CLEAN_VALUES = {"1.1": 2, "1.2": 5, "2.1": 4, "4.1": 120, "5.1": 1500, "5.2": 0.8,
                "25.1": 91.5, "25.2": 55, "25.3": 30}
CLEAN_STATE = {"1.1": "已完成", "1.2": "正常推进", "4.1": "正常推进", "6": "正常推进"}
CLEAN_NARRATIVES = {"4.1": ("已认定高新技术企业120家", "申报企业储备不足", "加强培育辅导"),
                    "6": ("人才库已建立", "", "=开展校企对接")}


@pytest.fixture(scope="session")
def fixture_returns(tmp_path_factory) -> dict[str, Path]:
    """Every defect fixture of make_fixtures.build_returns, built once per session."""
    from make_fixtures import build_returns

    return build_returns(tmp_path_factory.mktemp("returns"))


@pytest.fixture(scope="session")
def resaved_returns(fixture_returns, tmp_path_factory) -> dict[str, Path]:
    """make_fixtures.RESAVED re-saved by a real LibreOffice as .xlsx, .xls and .ods (by file name)."""
    from make_fixtures import build_resaved

    return build_resaved(fixture_returns, tmp_path_factory.mktemp("resaved"))
