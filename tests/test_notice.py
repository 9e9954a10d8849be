"""parse_notice: the bundled notice, its quality against hand labels, and other layouts and forms."""

from __future__ import annotations

import importlib.util
import json
import sys
import warnings
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from openpyxl import load_workbook

from tz_excel import BUNDLED_NOTICE
from tz_excel.chinese import cn_numeral, fold
from tz_excel.errors import NoticeParseError
from tz_excel.lines import Line, item_label, label_number
from tz_excel.notice import (
    NoticeWarning, extract_indicators, load_lines, parse_notice, read_notice, split_departments,
)

from _notice import (
    _add_list, docx_auto_numbered, docx_paragraphs, docx_task_table, header_lines, number_paragraph,
    xlsx_task_table,
)

DATA = Path(__file__).parent / "data" / "notice"
ROOT = Path(__file__).resolve().parents[1]
BUNDLED = Path(str(BUNDLED_NOTICE))


def _bench():
    spec = importlib.util.spec_from_file_location("notice_quality", ROOT / "bench" / "notice_quality.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module               # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bundled():
    return read_notice(BUNDLED)


@pytest.fixture(scope="module")
def linyi():
    return read_notice(DATA / "sample_linyi.txt")


@pytest.fixture(scope="module")
def zhejiang():
    return read_notice(DATA / "sample_zhejiang_division.txt")


@pytest.fixture(scope="module")
def nanning():
    return read_notice(DATA / "sample_nanning_table.docx")


# -- the bundled notice ------------------------------------------------------------------------------

def test_bundled_structure(bundled):
    cat = bundled.catalogue
    assert (len(cat.sections), len(cat.tasks)) == (11, 75)
    assert [t.no for t in cat.tasks] == list(range(1, 76))
    assert cat.title == "滕州市人民政府办公室关于印发《滕州市深化新旧动能转换推动绿色低碳高质量发展2023年重点任务》的通知"
    assert cat.short_title == "滕州市深化新旧动能转换推动绿色低碳高质量发展2023年重点任务"
    assert (cat.doc_number, cat.date, cat.year) == ("滕政办发〔2023〕30号", "2023-08-15", 2023)
    assert [s.title for s in cat.sections][:3] == ["深入实施创新驱动发展战略", "纵深推进新旧动能转换", "坚定不移扩大内需"]
    assert cat.sections[-1].title == "切实抓好组织实施"
    first_task_of = {s: min(t.no for t in cat.tasks if t.section == s) for s in range(1, 12)}
    assert first_task_of == {1: 1, 2: 7, 3: 18, 4: 29, 5: 39, 6: 41, 7: 46, 8: 57, 9: 63, 10: 70, 11: 73}
    assert bundled.warnings == ["第16行“纵深推进新旧动能转换”没有序号，按位置推定为第二部分。"]


def test_bundled_task_title_and_text(bundled):
    task = bundled.catalogue.task(1)
    assert task.title == "完善实验室体系"
    assert task.text.startswith("完善实验室体系。持续强化")
    assert task.text.endswith("建设枣庄市级重点实验室8个。")
    assert not any("(责任单位" in t.text or t.text.endswith(")") for t in bundled.catalogue.tasks)
    assert bundled.catalogue.task(65).title == "全力支持职业教育体系建设"


@pytest.mark.parametrize("no, departments", [
    (1, ("市科技局",)),
    (2, ("市委组织部", "市科技局")),
    (6, ("市委组织部", "市科技局", "市人社局", "市卫健局", "市工信局")),
    (10, ("鲁南高科技化工园区",)),
    (28, ("市文旅局", "市商投局", "市农业农村局", "各镇街")),
    (29, ("市自然资源局", "市农业农村局", "市综合执法局", "生态环境滕州分局")),
    (46, ("市政府办公室", "市委编办", "市大数据中心", "市发改局", "市司法局", "市市场监管局", "市行政审批局")),
    (54, ("市商投局", "开发区管委会")),
    (75, ("市直各有关部门单位",)),
])
def test_bundled_departments_as_written(bundled, no, departments):
    assert bundled.catalogue.task(no).departments == departments


def test_every_bundled_task_has_departments(bundled):
    assert all(t.departments and not t.needs_review for t in bundled.catalogue.tasks)


def test_bundled_quality_against_hand_labels(bundled):
    bench = _bench()
    quality = bench.measure(bundled.catalogue, bench.load_labels())
    assert quality.labelled == 58
    assert quality.recall >= 0.98, quality.misses
    assert quality.precision >= 0.98, [(i.id, i.source) for i in quality.false_finds]
    assert quality.comparator >= 0.98
    assert quality.kind >= 0.95


def test_bundled_ids_in_order_of_appearance(bundled):
    task48 = bundled.catalogue.task(48)
    assert [i.id for i in task48.indicators] == [f"48.{n}" for n in range(1, 8)]
    assert [i.target for i in task48.indicators] == [2, 16, 430, 2, 2, 3, 200]


@pytest.mark.parametrize("no, targets", [
    (8, [(100, "个")]),                           # 500万元以上 qualifies the projects
    (10, []),                                     # 125亿元的…项目, 总投资10.97亿元的…项目
    (22, []),                                     # 30万千瓦以下小煤电机组
    (23, []),                                     # 100MW/100MWh, 省2023年度
    (31, []),                                     # 3个国控断面, 三类标准
    (41, []),                                     # 第三批“十百千”
    (55, [(177, "亿元"), (120, "亿元")]),          # 聚焦开发区36个重点工业项目
    (58, []),                                     # 推进…等14个重点文旅康养项目建设
    (61, []),                                     # 4A级
    (72, []),                                     # “12345”
])
def test_bundled_qualifiers_are_not_targets(bundled, no, targets):
    assert [(i.target, i.unit) for i in bundled.catalogue.task(no).indicators] == targets


def test_bundled_indicator_details(bundled):
    cat = bundled.catalogue
    assert cat.indicator("1.1").to_dict() == {
        "id": "1.1", "metric": "省院士工作站", "target": 2, "unit": "个", "comparator": ">=",
        "kind": "cumulative", "aspirational": False, "due": None, "source": "建设省院士工作站2个"}
    water = cat.indicator("33.1")
    assert (water.target, water.unit, water.comparator, water.kind) == (3.05, "亿立方米", "<=", "cumulative")
    assert (cat.indicator("2.1").comparator, cat.indicator("2.1").kind) == ("~", "level")
    assert cat.indicator("2.2").aspirational and not cat.indicator("1.1").aspirational
    assert cat.indicator("38.1").unit == "%" and cat.indicator("38.1").kind == "level"
    sewage = cat.indicator("37.1")                # 一座 in "完成城区一座污水处理厂提标任务"
    assert (sewage.target, sewage.unit, sewage.needs_review) == (1, "座", True)


def test_bundled_bytes_and_path_agree(bundled):
    assert read_notice(BUNDLED.read_bytes()).catalogue.to_dict() == bundled.catalogue.to_dict()


def test_parse_notice_issues_warnings():
    with pytest.warns(NoticeWarning, match="纵深推进新旧动能转换"):
        parse_notice(BUNDLED)


# -- one notice, three forms -----------------------------------------------------------------------------

def _variants(path: Path, catalogue, tmp_path: Path, plain_sections=frozenset()):
    header = header_lines(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    return {
        "docx paragraphs": docx_paragraphs(lines, tmp_path / "paragraphs.docx"),
        "docx table": docx_task_table(header, catalogue, tmp_path / "table.docx", plain_sections=plain_sections),
        "docx table, 牵头/配合": docx_task_table(header, catalogue, tmp_path / "roles.docx", roles=True,
                                               plain_sections=plain_sections),
        "xlsx section rows": xlsx_task_table(header, catalogue, tmp_path / "rows.xlsx", plain_sections=plain_sections),
        "xlsx 一级 column, 牵头/配合": xlsx_task_table(header, catalogue, tmp_path / "column.xlsx", section_column=True,
                                                   roles=True, plain_sections=plain_sections),
    }


def test_bundled_notice_in_every_form(bundled, tmp_path):
    expected = bundled.catalogue.to_dict()
    for name, path in _variants(BUNDLED, bundled.catalogue, tmp_path, plain_sections={2}).items():
        assert read_notice(path).catalogue.to_dict() == expected, name


def test_sample_in_every_form(linyi, tmp_path):
    expected = linyi.catalogue.to_dict()
    for name, path in _variants(DATA / "sample_linyi.txt", linyi.catalogue, tmp_path).items():
        parsed = read_notice(path)
        assert parsed.catalogue.to_dict() == expected, name
        assert any("任务6没有责任单位" in w for w in parsed.warnings), name


def test_docx_table_sections_without_numerals(linyi, tmp_path):
    path = xlsx_task_table(header_lines(DATA / "sample_linyi.txt"), linyi.catalogue, tmp_path / "plain.xlsx",
                           section_column=True, plain_sections={1, 2, 3})
    assert read_notice(path).catalogue.to_dict() == linyi.catalogue.to_dict()


# -- other layouts -------------------------------------------------------------------------------------------

def test_sample_linyi_structure(linyi):
    cat = linyi.catalogue
    assert (cat.doc_number, cat.date, cat.year) == ("临政办字〔2024〕12号", "2024-03-06", 2024)
    assert cat.short_title == "临沂市2024年优化营商环境重点任务"
    assert [s.title for s in cat.sections] == ["提升政务服务效能", "强化要素保障", "优化法治环境"]
    assert [t.no for t in cat.tasks] == list(range(1, 9))     # （一）…行动计划。 is not a task
    assert [t.section for t in cat.tasks] == [1, 1, 1, 2, 2, 2, 3, 3]


@pytest.mark.parametrize("no, departments", [
    (1, ("市行政审批局", "市大数据局", "市直有关部门")),               # （牵头单位：A；配合单位：B、C）
    (3, ("市大数据局", "各县区人民政府")),                            # （牵头单位：A，参与单位：B）
    (4, ("市自然资源和规划局",)),                                     # (A负责) before 。
    (5, ("市金融工作局", "人行临沂市分行", "临沂金融监管分局")),
    (6, ()),                                                         # no marker
    (7, ("市司法局", "市直各有关部门单位")),                           # （A牵头，B配合）
    (8, ("市市场监管局", "市法院", "市检察院")),
])
def test_sample_linyi_departments(linyi, no, departments):
    task = linyi.catalogue.task(no)
    assert task.departments == departments
    assert task.needs_review == (not departments)


def test_sample_linyi_task_without_marker_is_a_warning(linyi):
    assert "第16行任务6没有责任单位标注，请在 catalogue.xlsx 中补充。" in linyi.warnings
    assert linyi.catalogue.task(4).text == "保障项目用地。全年供应建设用地2.5万亩以上，盘活批而未供和闲置土地8000亩。"


def test_sample_linyi_targets(linyi):
    labels = json.loads((DATA / "sample_linyi_targets.json").read_text(encoding="utf-8"))
    found = [{"task": i.task_no, "target": i.target, "unit": i.unit, "comparator": i.comparator, "kind": i.kind}
             for i in linyi.catalogue.indicators()]
    assert found == labels


def test_gbk_file_reads_like_utf8(linyi):
    raw = (DATA / "sample_linyi_gbk.txt").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert read_notice(DATA / "sample_linyi_gbk.txt").catalogue.to_dict() == linyi.catalogue.to_dict()


def test_gb18030_bytes_with_rare_characters(tmp_path):
    text = "关于印发《䶮城2024年重点任务》的通知\n一、总体\n1.建设䶮城公园3个。（责任单位：市住建局）\n"
    cat = parse_notice(text.encode("gb18030"))
    assert cat.short_title == "䶮城2024年重点任务"
    assert [(i.target, i.unit) for i in cat.task(1).indicators] == [(3, "个")]


def test_sample_wrapped_lines_marker_line_and_restarted_numbers():
    parsed = read_notice(DATA / "sample_wrapped.txt")
    cat = parsed.catalogue
    assert (cat.title, cat.date, cat.year, cat.doc_number) == ("枣庄市2024年城市更新重点工作任务", "2024-02-20", 2024, "")
    assert [t.no for t in cat.tasks] == [1, 2, 3, 4]
    assert any("统一编为1至4号" in w for w in parsed.warnings)
    first = cat.task(1)
    assert first.text == "改造提升老旧小区。全年开工改造老旧小区120个以上，惠及居民1.2万户。"
    assert first.departments == ("市住房城乡建设局", "各区（市）人民政府")
    assert cat.task(2).departments == ("市住房城乡建设局",)
    assert cat.task(3).departments == ("市住房城乡建设局", "市自然资源和规划局", "市公安局交警支队")
    assert [(i.target, i.unit) for i in cat.task(2).indicators] == [(3, "个"), (2000, "套")]
    assert [(i.target, i.unit, i.comparator, i.kind) for i in cat.task(4).indicators] == [(9, "%", "<=", "level")]


_BODY = "推进节水。新增节水型单位12家。"


@pytest.mark.parametrize("line", [
    f"1.{_BODY}(责任单位:市水务局、市工信局)",
    f"1、{_BODY[:-1]}（责任单位：市水务局、市工信局）。",
    f"1．{_BODY}（牵头单位：市水务局；配合单位：市工信局）",
    f"1. {_BODY}(牵头单位:市水务局,参与单位:市工信局)",
    f"1.{_BODY[:-1]}(市水务局牵头,市工信局配合)。",
    f"1.{_BODY}（配合单位：市工信局；牵头单位：市水务局）",
    f"1.{_BODY}责任单位：市水务局，市工信局",
])
def test_marker_forms_give_the_same_task(line):
    cat = read_notice(f"一、节约用水\n{line}\n".encode("utf-8")).catalogue
    task = cat.task(1)
    assert (task.title, task.text, task.departments) == ("推进节水", _BODY, ("市水务局", "市工信局"))
    assert [(i.target, i.unit) for i in task.indicators] == [(12, "家")]


def test_single_department_负责_marker():
    assert split_departments("市科技局负责") == ("市科技局",)
    assert split_departments("责任单位：市委编办（市委机构编制委员会办公室）、各镇街") == (
        "市委编办（市委机构编制委员会办公室）", "各镇街")


@pytest.mark.parametrize("text, expected", [
    ("新增护理型床位五百张。", [(500, "张", ">=")]),
    ("引进两家链主企业，建成一座污水处理厂。", [(2, "家", ">="), (1, "座", ">=")]),
    ("PM2.5平均浓度控制在38微克/立方米以内，优良天数比例达到72%。", [(38, "微克/立方米", "<="), (72, "%", ">=")]),
    ("年度用水总量不超过3亿立方米，节水量不少于200万立方米。", [(3, "亿立方米", "<="), (200, "万立方米", ">=")]),
    ("组织开展第二批试点，发布2023年度报告。", []),
])
def test_extract_indicators_cases(text, expected):
    assert [(i.target, i.unit, i.comparator) for i in extract_indicators(text, 1)] == expected


# -- bad input ---------------------------------------------------------------------------------------------

def test_no_numbered_item_is_the_only_dead_end():
    with pytest.raises(NoticeParseError, match="没有找到编号的条目") as info:
        parse_notice("关于做好节水工作的通知\n各单位：请认真做好节水工作。\n".encode("utf-8"))
    assert info.value.line is None
    assert "共查看2行（如第1行“关于做好节水工作的通知”" in info.value.message
    assert "任务表（.xlsx，含“序号”“任务”“责任单位”列）" in info.value.message


def test_duplicated_task_number_is_renumbered_for_review():
    text = "一、甲\n1.任务一。(责任单位:市发改局)\n2.任务二。(责任单位:市发改局)\n2.任务三。(责任单位:市发改局)\n"
    parsed = read_notice(text.encode("utf-8"))
    assert [t.no for t in parsed.catalogue.tasks] == [1, 2, 3]
    assert "第4行：任务序号2重复（第3行已使用），已按出现顺序重新编号，请核对。" in parsed.warnings
    third = parsed.catalogue.task(3)
    assert third.needs_review and third.review == "原文序号为2，已按出现顺序重新编号"


def test_items_without_any_responsibility_still_give_a_catalogue():
    parsed = read_notice("2024年重点工作\n一、抓好节水。新增节水型单位12家。\n二、抓好绿化。\n".encode("utf-8"))
    tasks = parsed.catalogue.tasks
    assert [(t.no, t.needs_review, t.review) for t in tasks] == [(1, True, "未标注责任单位"), (2, True, "未标注责任单位")]
    assert [(i.target, i.unit) for i in tasks[0].indicators] == [(12, "家")]


def test_missing_file_is_an_error(tmp_path):
    with pytest.raises(NoticeParseError, match="无法读取通知文件"):
        parse_notice(tmp_path / "nope.txt")


def test_corrupt_docx_is_an_error(tmp_path):
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 this is not a zip archive")
    with pytest.raises(NoticeParseError, match="已损坏"):
        parse_notice(path)


def test_undecodable_text_is_an_error(tmp_path):
    path = tmp_path / "binary.txt"
    path.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(NoticeParseError, match="编码无法识别"):
        parse_notice(path)


def test_old_word_format_is_refused(tmp_path):
    path = tmp_path / "notice.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64)
    with pytest.raises(NoticeParseError, match="另存为 .docx"):
        parse_notice(path)


def test_signature_after_the_last_task_is_no_section():
    text = ("关于印发2024年重点任务的通知\n第一部分 产业升级\n1.培育企业。新增企业3家。(责任单位:市工信局)\n"
            "- 生态保护\n2.植树造林。完成造林200亩。(责任单位:市林业局)\n某某市人民政府办公室\n2024年1月5日\n")
    parsed = read_notice(text.encode("utf-8"))
    cat = parsed.catalogue
    assert [(s.no, s.title) for s in cat.sections] == [(1, "产业升级"), (2, "生态保护")]
    assert [t.section for t in cat.tasks] == [1, 2]
    assert (cat.date, cat.year) == ("2024-01-05", 2024)
    assert parsed.warnings == ["第4行“生态保护”没有序号，按位置推定为第二部分。"]


def test_parenthesised_numbers_are_tasks_only_without_dotted_ones():
    alone = "一、产业\n（1）培育企业。新增企业3家。（责任单位：市工信局）\n（2）建设园区。建成园区1个。（责任单位：市发改局）\n"
    assert [t.title for t in read_notice(alone.encode("utf-8")).catalogue.tasks] == ["培育企业", "建设园区"]
    points = ("一、产业\n1.培育企业。主要做好：\n（1）新增企业3家；\n（2）新增个体户50户。\n（责任单位：市工信局）\n"
              "2.建设园区。建成园区1个。（责任单位：市发改局）\n")
    cat = read_notice(points.encode("utf-8")).catalogue
    assert [t.no for t in cat.tasks] == [1, 2]
    assert cat.task(1).text == "培育企业。主要做好：（1）新增企业3家；（2）新增个体户50户。"
    assert cat.task(1).departments == ("市工信局",)
    assert [(i.target, i.unit) for i in cat.task(1).indicators] == [(3, "家"), (50, "户")]


def test_xlsx_messages_name_the_sheet_row(linyi, tmp_path):
    path = xlsx_task_table(header_lines(DATA / "sample_linyi.txt"), linyi.catalogue, tmp_path / "t.xlsx")
    parsed = read_notice(path)
    # 7 title rows, the header in row 8, section rows 9 and 13: task 6 sits in row 16
    assert "第16行任务6没有责任单位标注，请在 catalogue.xlsx 中补充。" in parsed.warnings
    ws = load_workbook(path).active
    assert (ws["A16"].value, ws["B16"].value[:6]) == (6, "降低企业成本")


# -- metric names ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("ident, name", [
    ("3.2", "省市级以上科技项目资金"),         # 资金突破7000万元: the target before it, in the same sentence
    ("6.1", "泰山人才工程入选人数"),           # 力争入选3人: the clause before it (对2023泰山人才工程申报工作…)
    ("65.1", "乡村振兴学历提升工程培养人数"),   # 培养600人左右
    ("55.1", "开发区重点工业项目投资"),         # 聚焦开发区36个重点工业项目,确保全年完成投资177亿元
    ("48.2", "营业收入过10亿元企业"),           # …营业收入过100亿元企业达到2家、过10亿元企业达到16家
    ("64.4", "推荐参评示范校"),                 # 推荐2所学校,参加…随班就读示范区、示范校申报和评估认定
    ("64.5", "秋季开学前投入使用项目"),         # 确保孙堂小学等5处项目秋季开学前投入使用
    ("64.6", "公办幼儿园新建改建项目"),         # 确保8处…项目尽快建成
    ("60.1", "村居综合文化服务中心器材配送"),   # …器材配送工作
    ("37.1", "城区污水处理厂提标"),             # 完成城区一座污水处理厂提标任务
    ("26.1", "老旧小区改造"),                   # 实施改造老旧小区41个
    ("25.1", "水土流失治理面积"),               # 治理水土流失面积10平方公里
    ("14.1", "5G基站"),                         # 力争建设开通5G基站500个左右
    ("5.2", "科技成果转化贷款"),                # 协助企业申请科技成果转化贷款1.5亿元
    ("44.1", "净水鱼苗放流"),                   # 在大中型水库和城市水系放流净水鱼苗450万尾
    ("1.1", "省院士工作站"),
])
def test_bundled_metric_names_read_as_noun_phrases(bundled, ident, name):
    assert bundled.catalogue.indicator(ident).metric == name


def test_bundled_names_closer_to_the_hand_labels(bundled):
    quality = _bench().measure(bundled.catalogue, _bench().load_labels())
    assert quality.names >= 0.93                  # 0.881 before names borrowed subjects and moved verbs
    assert sum(score < 0.6 for score, _, _ in quality.name_scores) <= 2       # was 6


@pytest.mark.parametrize("text, names", [
    ("年内培养600人左右。", ["培养人数"]),                                  # nothing to borrow: verb + measure
    ("围绕乡村振兴人才计划,年内培训3000人次。", ["乡村振兴人才计划培训人次"]),
    ("集成电路产业营业收入突破3000亿元,同比增长15%。", ["集成电路产业营业收入", "集成电路产业营业收入同比增长"]),
    ("新增企业3家,新建园区1个。", ["新增企业", "新建园区"]),                  # too short without the verb
    ("实施改造老旧小区41个,新建改造城市道路15公里。", ["老旧小区改造", "城市道路新建改造"]),
    ("每年组织“数字化诊断”服务企业不少于5000家。", ["“数字化诊断”服务企业"]),
    ("确保3处项目年底前建成。", ["年底前建成项目"]),
    ("推动10家企业上市，力争3家企业在新三板挂牌。", ["上市企业", "在新三板挂牌企业"]),
    ("完成造林1.2万亩。", ["造林面积"]),
    ("加快项目建设，完成投资50亿元。", ["项目投资"]),
    ("新改建农村公路100公里以上，其中县道20公里。", ["新改建农村公路", "新改建农村公路县道"]),
])
def test_metric_names_cases(text, names):
    assert [i.metric for i in extract_indicators(text, 1)] == names


def test_metric_names_are_never_bare(bundled, linyi, zhejiang, nanning):
    for parsed in (bundled, linyi, zhejiang, nanning):
        assert all(len(i.metric) >= 3 for i in parsed.catalogue.indicators()), parsed.catalogue.title


# -- Word's automatic numbering ------------------------------------------------------------------------

def test_docx_auto_numbered_bundled_notice(bundled, tmp_path):
    from docx import Document

    lines = BUNDLED.read_text(encoding="utf-8").splitlines()
    expected = bundled.catalogue.to_dict()
    for name, kwargs in {"two lists": {}, "List Number style": {"style_tasks": True},
                         "one multilevel list": {"multilevel": True}}.items():
        path = docx_auto_numbered(lines, tmp_path / "numbered.docx", headings=("纵深推进新旧动能转换",), **kwargs)
        texts = [p.text for p in Document(path).paragraphs]
        assert "完善实验室体系。" in texts[9][:8] and not any(t.startswith(("1.", "一、")) for t in texts), name
        parsed = read_notice(path)
        assert parsed.catalogue.to_dict() == expected, name
        restarted = "各部分的任务分别从1编号，已按出现顺序统一编为1至75号。"
        assert parsed.warnings == ([restarted] if kwargs.get("multilevel") else []), name


def test_docx_numbering_formats_and_restarts(tmp_path):
    from docx import Document

    doc = Document()
    doc.add_paragraph("关于印发2024年重点任务的通知")
    parts = _add_list(doc, [("ideographTraditional", "%1、")])           # Word draws 甲、乙、
    sections = _add_list(doc, [("chineseCountingThousand", "%1")])        # no punctuation: drawn before a tab
    tasks = _add_list(doc, [("decimal", "（%1）")], start_override=3)
    bullets = _add_list(doc, [("bullet", "•")])
    number_paragraph(doc.add_paragraph("甲部分标题"), parts)
    number_paragraph(doc.add_paragraph("产业升级"), sections)
    number_paragraph(doc.add_paragraph("培育企业。新增企业3家。（责任单位：市工信局）"), tasks)
    number_paragraph(doc.add_paragraph("说明：按季度调度"), bullets)
    number_paragraph(doc.add_paragraph("生态保护"), sections)
    number_paragraph(doc.add_paragraph("植树造林。完成造林200亩。（责任单位：市林业局）"), tasks)
    doc.save(tmp_path / "formats.docx")
    texts = [line.text[:8] for line in load_lines(tmp_path / "formats.docx")]
    assert texts == ["关于印发2024", "甲、甲部分标题", "一、产业升级", "（3）培育企业。", "说明：按季度调度", "二、生态保护",
                     "（4）植树造林。"]
    cat = read_notice(tmp_path / "formats.docx").catalogue
    assert [(s.no, s.title) for s in cat.sections] == [(1, "产业升级"), (2, "生态保护")]
    assert [(t.no, t.section, t.title) for t in cat.tasks] == [(3, 1, "培育企业"), (4, 2, "植树造林")]


def test_docx_merged_cells_read_once(tmp_path):
    """A vertically merged 序号 or 牵头单位 cell (w:vMerge) and a section row merged across the table
    (w:gridSpan) are read once: Word's numbering counts them once and the cell stands in for those it covers."""
    from docx import Document

    doc = Document()
    doc.add_paragraph("关于印发2024年重点任务分工的通知")
    numbers, sections = _add_list(doc, [("decimal", "%1")]), _add_list(doc, [("chineseCounting", "%1、")])
    table = doc.add_table(rows=5, cols=3)
    for cell, head in zip(table.rows[0].cells, ("序号", "重点任务", "牵头单位")):
        cell.text = head
    number_paragraph(table.cell(1, 0).merge(table.cell(2, 0)).paragraphs[0], numbers)      # one task, two rows
    table.cell(1, 1).text, table.cell(2, 1).text = "新建道路10公里。", "改造桥梁3座。"
    table.cell(1, 2).merge(table.cell(3, 2)).text = "市交通局"                            # two tasks, one lead
    number_paragraph(table.cell(3, 0).paragraphs[0], numbers)
    table.cell(3, 1).text = "改造学校5所。"
    heading = table.cell(4, 0).merge(table.cell(4, 2)).paragraphs[0]
    number_paragraph(heading, sections)
    heading.add_run("民生保障")
    doc.save(tmp_path / "merged.docx")
    texts = [(line.text, line.departments) for line in load_lines(tmp_path / "merged.docx")]
    assert texts == [("关于印发2024年重点任务分工的通知", None), ("1.新建道路10公里。改造桥梁3座。", ("市交通局",)),
                     ("2.改造学校5所。", ("市交通局",)), ("一、民生保障", None)]          # a 序号 merged down: one task


def test_notice_uses_no_private_name_of_a_dependency():
    """Word documents are read through python-docx's public API and the document XML: no ``x._name``
    other than the module's own (``self._…``, ``cls._…``)."""
    import re

    source = (ROOT / "tz_excel" / "notice.py").read_text(encoding="utf-8")
    assert re.findall(r"(?<!self)(?<!cls)\._[a-z]\w*", source) == []


# -- a provincial 分工方案: （一） groups, 1. tasks, markers and 完成时限 on lines of their own ------------

def test_sample_zhejiang_structure(zhejiang):
    cat = zhejiang.catalogue
    assert (cat.doc_number, cat.date, cat.year) == ("浙政办发〔2024〕15号", "2024-03-28", 2024)
    assert cat.short_title == "浙江省2024年数字经济创新提质重点任务分工方案"
    # 二、重点任务 holds every task, so its （一）… groups are the sections; 主要目标/保障措施 drop out
    assert [s.title for s in cat.sections] == ["夯实数字基础设施", "推进制造业数字化改造", "壮大数字产业", "深化数据要素改革"]
    assert [t.section for t in cat.tasks] == [1, 1, 2, 2, 2, 3, 3, 4, 4]
    assert zhejiang.warnings == []


@pytest.mark.parametrize("no, departments", [
    (1, ("省通信管理局", "省经信厅", "各设区市政府")),              # 牵头单位：A；责任单位：B，C on the next line
    (2, ("省发展改革委", "省经信厅", "省大数据局")),
    (8, ("省大数据局", "省直有关单位")),
])
def test_sample_zhejiang_marker_lines(zhejiang, no, departments):
    task = zhejiang.catalogue.task(no)
    assert task.departments == departments
    assert "完成时限" not in task.text and "牵头单位" not in task.text


def test_sample_zhejiang_targets(zhejiang):
    _assert_labels(zhejiang.catalogue, DATA / "sample_zhejiang_division_targets.json", 18)
    cat = zhejiang.catalogue
    assert [(i.target, i.unit) for i in cat.task(2).indicators] == [(1, "万架")]     # not 6个月内, not 6月底前
    growth = cat.indicator("6.2")
    assert (growth.target, growth.unit, growth.kind, growth.metric) == (15, "%", "level", "集成电路产业营业收入同比增长")
    ranged = cat.indicator("4.1")                                                      # 培育3-5家
    assert (ranged.target, ranged.comparator, ranged.needs_review) == (3, ">=", True)


def test_sample_zhejiang_in_every_form(zhejiang, tmp_path):
    expected = zhejiang.catalogue.to_dict()
    path = DATA / "sample_zhejiang_division.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    forms = _variants(path, zhejiang.catalogue, tmp_path)
    forms["docx, Word numbering in three levels"] = docx_auto_numbered(lines, tmp_path / "auto.docx",
                                                                       multilevel=True)
    for name, form in forms.items():
        assert read_notice(form).catalogue.to_dict() == expected, name


# -- a city's 任务分工表 in a Word table (序号 by Word's numbering, a 完成时限 column) -----------------------

def test_sample_nanning_table_in_three_forms(nanning):
    expected = nanning.catalogue.to_dict()
    assert read_notice(DATA / "sample_nanning_table.xlsx").catalogue.to_dict() == expected
    undated = nanning.catalogue.with_tasks(replace(t, due=None) for t in nanning.catalogue.tasks)
    assert read_notice(DATA / "sample_nanning_table.txt").catalogue == undated      # no 完成时限 column
    cat = nanning.catalogue
    # 完成时限 column: 2024年12月底前 is the year's end (None), 11月底前 and 10月底前 are dates, 长期坚持 none
    assert [t.due.isoformat() if t.due else None for t in cat.tasks] == [
        None, "2024-11-30", None, None, None, "2024-10-31", None, None, None]
    assert cat.title == "南宁市人民政府办公室关于印发南宁市2024年全面推进乡村振兴重点任务分工方案的通知"
    assert (cat.short_title, cat.doc_number, cat.date) == ("南宁市2024年全面推进乡村振兴重点任务分工表", "南府办〔2024〕8号",
                                                           "2024-02-26")
    assert [t.no for t in cat.tasks] == list(range(1, 10))
    assert [t.section for t in cat.tasks] == [1] * 3 + [2] * 3 + [3] * 3
    assert cat.task(1).departments == ("市农业农村局", "市发展改革委", "市粮食和储备局", "各县（市、区）人民政府")
    assert not any("月底前" in t.text or "长期坚持" in t.text for t in cat.tasks)
    assert nanning.warnings == []


def test_sample_nanning_targets(nanning):
    _assert_labels(nanning.catalogue, DATA / "sample_nanning_table_targets.json", 22)


def _assert_labels(catalogue, labels: Path, count: int) -> None:
    bench = _bench()
    quality = bench.measure(catalogue, bench.load_labels(labels))
    assert quality.labelled == count
    assert (quality.recall, quality.precision) == (1.0, 1.0), (quality.misses, quality.false_finds)
    assert (quality.comparator, quality.kind, quality.aspirational) == (1.0, 1.0, 1.0)


@pytest.mark.parametrize("text, expected", [
    ("2024年6月底前完成验收，确保6个月内上线。", []),
    ("培育3-5家链主企业。", [(3, "家", ">=", True)]),
    ("发放贷款三至五亿元。", [(3, "亿元", ">=", True)]),
    ("开展第二批试点，每年举办培训2次以上。", [(2, "次", ">=", False)]),
])
def test_genre_false_targets_and_ranges(text, expected):
    assert [(i.target, i.unit, i.comparator, i.needs_review) for i in extract_indicators(text, 1)] == expected


def test_department_names_keep_their_bracketed_lists():
    assert split_departments("牵头单位：市水利局；配合单位：各县（市、区）人民政府，市财政局") == (
        "市水利局", "各县（市、区）人民政府", "市财政局")


# -- issue 9: any notice of the genre ----------------------------------------------------------------------

def test_a_title_starting_with_digits_is_not_a_decimal():
    text = ("一、数字经济\n6.建设数据中心。(责任单位:市工信局)\n7.5G网络建设。新建基站100个。(责任单位:市工信局)\n"
            "8.推进工业互联网。(责任单位:市工信局)\n")
    cat = read_notice(text.encode("utf-8")).catalogue
    assert [(t.no, t.title) for t in cat.tasks] == [(6, "建设数据中心"), (7, "5G网络建设"), (8, "推进工业互联网")]


def test_the_notices_own_instructions_are_not_the_catalogue():
    text = ("关于印发2023年重点任务分解方案的通知\n各单位：\n现印发给你们，并就有关事项通知如下：\n"
            "一、各责任单位要高度重视，明确时间节点，狠抓落实。\n二、从第一季度开始，每季度报送进展。\n某区人民政府办公室\n2023年1月3日\n"
            "2023年重点任务分解方案\n一、主要预期目标\n（一）地区生产总值增长7%以上\n责任单位：区发展和改革局\n"
            "（二）固定资产投资增长10%以上\n责任单位：区发展和改革局、区住建局\n二、重点工作\n（三）建设学校3所\n"
            "责任单位：区教育局\n")
    parsed = read_notice(text.encode("utf-8"))
    cat = parsed.catalogue
    assert [(s.no, s.title) for s in cat.sections] == [(1, "主要预期目标"), (2, "重点工作")]
    assert [(t.no, t.section, t.departments) for t in cat.tasks] == [
        (1, 1, ("区发展和改革局",)), (2, 1, ("区发展和改革局", "区住建局")), (3, 2, ("区教育局",))]
    assert [(i.target, i.unit, i.kind) for i in cat.indicators()] == [(7, "%", "level"), (10, "%", "level"), (3, "所", "cumulative")]
    assert (cat.date, cat.year) == ("2023-01-03", 2023)
    assert not any("重复" in w for w in parsed.warnings)


@pytest.mark.parametrize("marker, departments, leaders", [
    ("(责任领导:王某某;牵头单位:区发改局)", ("区发改局",), ("王某某",)),
    ("（市商务局、市发改局负责，排在第一位的部门为牵头部门，下同）", ("市商务局", "市发改局"), ()),
    ("（市科技局、市财政局负责，列第一位者为牵头单位，下同）", ("市科技局", "市财政局"), ()),
    ("（商务部等有关部门按职责分工负责）", ("商务部",), ()),
    ("（市政府办公室牵头，市级各有关部门及各县市区政府按职责分工负责）", ("市政府办公室", "市级各有关部门", "各县市区政府"), ()),
    ("[牵头单位:区卫健局、区创文办;责任单位:各街办(新区)]", ("区卫健局", "区创文办", "各街办(新区)"), ()),
    ("（人力资源社会保障部、财政部、教育部等有关部门和单位负责）", ("人力资源社会保障部", "财政部", "教育部"), ()),
    ("（扶贫办、商务部等和各有关省级人民政府负责）", ("扶贫办", "商务部", "各有关省级人民政府"), ()),
    ("（负责部门：发展改革委、粮食和储备局，适用范围：浙江自贸试验区）", ("发展改革委", "粮食和储备局"), ()),
    ("（负责单位：市商务局；备注：与上年相同）", ("市商务局",), ()),
])
def test_marker_forms_of_published_notices(marker, departments, leaders):
    task = read_notice(f"一、甲\n1.推进工作。新增企业3家。{marker}\n".encode("utf-8")).catalogue.task(1)
    assert (task.departments, task.leaders, task.text) == (departments, leaders, "推进工作。新增企业3家。")


@pytest.mark.parametrize("text, expected", [
    ("对新建项目按投资额的50%给予补贴。", []),
    ("对吸纳就业的企业给予社保补贴（超过100人的企业达到15%）。", []),
    ("每人每年只享受一次，补贴标准为每人500元。", []),
    ("地区生产总值增长8%以上，新增就业3000人。", [(8, "%", ">=", "level"), (3000, "人", ">=", "cumulative")]),
    ("确保有效投资增长高于经济增长、4个结构性指标均实现10%以上增长。", [(10, "%", ">=", "level")]),
    ("力争取得军工资质8本以上。", [(8, "本", ">=", "cumulative")]),
    ("对参保企业，可返还其上年度实际缴纳失业保险费的50%。", []),
    ("大力发展高山滑雪、跳台滑雪、冬季两项、速度滑冰等各类冰雪体育赛事。", []),
])
def test_targets_are_commitments_not_every_number(text, expected):
    assert [(i.target, i.unit, i.comparator, i.kind) for i in extract_indicators(text, 1)] == expected


def test_table_with_leaders_and_deadlines(tmp_path):
    import xlsxwriter

    path = tmp_path / "table.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet()
    ws.write_row(0, 0, ["2024年开发区重点工作及责任清单"])
    ws.write_row(1, 0, ["序号", "重点工作", "责任领导", "责任单位", "完成时限"])
    ws.write_row(2, 0, [1, "盘活存量土地400亩。", "马某", "改革办", "6月底前"])
    ws.write_row(3, 0, [2, "建设污水管网。", "张某、李某", "规划建设局、财政局", "全年"])
    wb.close()
    cat = read_notice(path).catalogue
    assert [(t.departments, t.leaders, t.due) for t in cat.tasks] == [
        (("改革办",), ("马某",), date(2024, 6, 30)), (("规划建设局", "财政局"), ("张某", "李某"), None)]
    assert cat.indicator("1.1").kind == "cumulative"


def test_published_dev_notices():
    """The dev part of tests/data/notice/real/ (the held-out part is measured by bench/notice_quality.py)."""
    bench = _bench()
    for name, path, labels in bench.real_documents():
        if labels["split"] != "dev":
            continue
        q = bench.measure_document(name, read_notice(path).catalogue, labels)
        assert (q.found, q.lead, q.departments, q.leaders, q.deadlines, q.year_right) == (
            q.expected, 1.0, 1.0, 1.0, 1.0, True), (name, q.details)
        assert (q.targets.recall, q.targets.precision, q.decoys) == (1.0, 1.0, 0), (name, q.targets.misses)


def test_counts_in_a_list_of_targets_are_all_targets():
    found = extract_indicators("新培育高新技术企业20家、专精特新企业10家、上市企业2家。", 1)
    assert [(i.target, i.unit) for i in found] == [(20, "家"), (10, "家"), (2, "家")]


def test_a_marker_after_each_sentence_gives_all_their_departments():
    text = ("一、甲\n（一）鼓励创新创业。推进商事制度改革。（市场监管总局负责）加强创新创业教育服务。（体育总局、教育部负责）"
            "鼓励新技术应用。（体育总局、科技部负责）\n（二）培育中介机构。（体育总局、民政部负责）\n")
    cat = read_notice(text.encode("utf-8")).catalogue
    assert [t.departments for t in cat.tasks] == [("市场监管总局", "体育总局", "教育部", "科技部"), ("体育总局", "民政部")]
    assert cat.task(1).text == "鼓励创新创业。推进商事制度改革。加强创新创业教育服务。鼓励新技术应用。"


def test_leading_general_requirements_numbered_like_tasks_are_not_tasks():
    text = ("一、总体要求\n（一）指导思想。以新发展理念为指导。\n（二）发展目标。到2025年，产业总规模达到2万亿元。\n"
            "二、丰富赛事活动\n（三）发展职业赛事。建立职业联赛理事会。（体育总局、民政部负责）\n"
            "（四）引进国际赛事。引进一批国际顶级赛事。（体育总局负责）\n"
            "三、优化环境\n（五）支持企业发展。鼓励企业做大做强。（体育总局、市场监管总局负责）\n")
    parsed = read_notice(text.encode("utf-8"))
    assert [(t.no, t.departments[0]) for t in parsed.catalogue.tasks] == [(3, "体育总局"), (4, "体育总局"), (5, "体育总局")]
    assert not list(parsed.catalogue.indicators())                    # the goals to 2025 are not a task's
    assert [s.title for s in parsed.catalogue.sections] == ["丰富赛事活动", "优化环境"]
    assert any("未列为任务" in w for w in parsed.warnings)


def test_items_without_responsibility_in_a_later_part_stay_tasks():
    text = ("一、甲\n（一）建设学校。（市教育局负责）\n（二）建设医院。（市卫健委负责）\n"
            "二、乙\n（三）建设道路。\n（四）建设公园。（市城管局负责）\n")
    cat = read_notice(text.encode("utf-8")).catalogue
    assert [(t.no, t.needs_review) for t in cat.tasks] == [(1, False), (2, False), (3, True), (4, False)]


# -- round three: local shapes (tests/data/notice/real/, dev part) --------------------------------------

def test_compound_roles_on_lines_of_their_own():
    """牵头负责领导 (a person), 牵头责任单位 and 协同责任单位 on lines of their own, each ending in 。"""
    text = ("一、主要目标\n1. 地区生产总值增长8%以上。\n牵头负责领导:金力。\n牵头责任单位:市发展改革委。\n"
            "协同责任单位:市经信局、滁州经开区管委会等,各县、市、区政府。\n2. 财政收入增长8%左右。\n牵头负责领导:金力。\n"
            "牵头责任单位:市财政局。\n")
    cat = read_notice(text.encode("utf-8")).catalogue
    assert [(t.departments, t.leaders) for t in cat.tasks] == [
        (("市发展改革委", "市经信局", "滁州经开区管委会", "各县、市、区政府"), ("金力",)), (("市财政局",), ("金力",))]


def test_a_marker_at_the_head_of_an_item():
    """由X承办，Y协办。 under the item's heading: the item carries responsibility (so 一、 is the task level,
    its （一） measures stay inside), the marker sentence leaves the text, and the paragraphs after it — goals on
    lines of their own — stay the item's."""
    text = ("关于印发2015年治理工作方案的通知\n一、治理畜牧业产品污染\n由乡三农服务中心承办，乡畜牧站、卫生院配合。\n"
            "治理工作目标：\n全乡生猪定点屠宰率达到95%以上。\n（一）由乡畜牧站负责，乡派出所配合，加强检疫。\n"
            "二、治理水产品污染\n由乡农业站承办，乡卫生院协办。治理工作目标：养殖基地抽检合格率达到96%以上。\n")
    cat = read_notice(text.encode("utf-8")).catalogue
    assert [t.departments for t in cat.tasks] == [("乡三农服务中心", "乡畜牧站", "卫生院", "乡派出所"),
                                                  ("乡农业站", "乡卫生院")]
    assert [[(i.target, i.unit) for i in t.indicators] for t in cat.tasks] == [[(95, "%")], [(96, "%")]]
    assert "承办" not in cat.task(1).text and "加强检疫" in cat.task(1).text


def test_a_table_pasted_as_text():
    """序号 … 牵头单位 参与单位 责任单位 as a line of words, rows starting with their number: the last words of a
    row fill the unit columns (the task's cells may hold spaces, names do not)."""
    text = ("平顶山市全面推行河长制主要任务分解表\n序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位\n"
            "1 加强水资源保 护 严守红线 到2020年,全市用水总量控制在11.88亿立方米以内。 市水利局 市发展改革委、农业局等 "
            "各县(市、区)人民政府\n2  严守用水 效率 红线 万元工业增加值用水量下降25%以上。 市水利局 市住建局 各县(市、区)人民政府\n")
    cat = read_notice(text.encode("utf-8")).catalogue
    assert [t.departments for t in cat.tasks] == [("市水利局", "市发展改革委", "农业局", "各县(市、区)人民政府"),
                                                  ("市水利局", "市住建局", "各县(市、区)人民政府")]
    assert [(i.target, i.unit) for i in cat.indicators()] == [(11.88, "亿立方米"), (25, "%")]
    plain = read_notice("一、甲\n1.建设道路 10公里。（市交通局负责）\n".encode("utf-8")).catalogue   # no header: prose
    assert plain.task(1).departments == ("市交通局",)


def test_task_table_with_several_unit_columns(tmp_path):
    """牵头单位, 参与单位 and 责任单位 columns all give departments, 牵头 first; 项目内容 names the task column;
    a progress column is not the task's."""
    import xlsxwriter

    path = tmp_path / "table.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet()
    ws.write_row(0, 0, ["序号", "项目内容", "当前进度", "参与单位", "牵头单位", "责任单位"])
    ws.write_row(1, 0, [1, "新增学位3800位。", "95%", "县财政局", "县教育局", "各乡镇、街道"])
    ws.write_row(2, 0, [2, "打通县城人民大道等12条断头路。", "88%", "", "县住建局", ""])
    wb.close()
    cat = read_notice(path).catalogue
    assert [t.departments for t in cat.tasks] == [("县教育局", "县财政局", "各乡镇、街道"), ("县住建局",)]
    assert [(i.target, i.unit) for i in cat.indicators()] == [(3800, "位"), (12, "条")]


def test_counts_in_seats_and_measure_words():
    found = extract_indicators("完成18个乡镇分控中心和752只高音喇叭建设，增速保持两位数，排名第1位。", 1)
    assert [(i.target, i.unit) for i in found] == [(18, "个"), (752, "只")]


def test_a_web_page_date_when_the_notice_shows_none():
    text = "关于印发河长制任务分解方案的通知\n发布日期:2018-07-09 浏览次数:\n一、甲\n1.加强保护。（市水利局负责）\n"
    cat = read_notice(text.encode("utf-8")).catalogue
    assert (cat.date, cat.year) == ("2018-07-09", 2018)
    numbered = "池州市人民政府关于优化营商环境的实施意见(池政〔2017〕101号)\n发布时间:2018-01-26 20:57:53\n一、甲\n1.推进改革。（市发改委负责）\n"
    assert read_notice(numbered.encode("utf-8")).catalogue.year == 2017          # the 文号's year first


# -- round three, after the held-out run: tables as offices make them ----------------------------------

def test_xlsx_merged_cells_cover_the_rows_they_span(tmp_path):
    """A 牵头单位, 责任领导 or 完成时限 merged down several rows is every row's; a 序号 merged down two rows makes one
    task of them; a 责任股室 column of a department's sections is a column of units; a leader's name padded with a
    space (周 斐) is the name."""
    import xlsxwriter

    path = tmp_path / "merged.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet()
    ws.write(0, 0, "2019年文化旅游工作任务分解表")
    ws.write_row(1, 0, ["序号", "工作任务", "完成时限", "责任领导", "责任股室\n(单位)"])
    ws.merge_range(2, 0, 3, 0, 1)
    ws.write(2, 1, "开展文化下乡演出不少于100场。")
    ws.write(3, 1, "开展好“三下乡”活动。")
    ws.write_row(4, 0, [2, "培育规模以上文化服务企业1家。"])
    ws.merge_range(2, 2, 4, 2, "9月底前")
    ws.merge_range(2, 3, 4, 3, "周 斐")
    ws.merge_range(2, 4, 4, 4, "文化宣传股")
    wb.close()
    cat = read_notice(path).catalogue
    assert [(t.no, t.text, t.departments, t.leaders) for t in cat.tasks] == [
        (1, "开展文化下乡演出不少于100场。开展好“三下乡”活动。", ("文化宣传股",), ("周斐",)),
        (2, "培育规模以上文化服务企业1家。", ("文化宣传股",), ("周斐",))]
    assert [t.due for t in cat.tasks] == [date(2019, 9, 30)] * 2


def test_a_task_table_whose_task_column_has_another_name(tmp_path):
    """民生实事 or 考核内容 heads the task column: the column of distinct texts (not a merged group column, not a
    column of units such as 评分部门) is taken; a 年度目标 column with its 单位 gives the task's target; a column
    headed 责任主体与协同单位 lists co-operating units."""
    import xlsxwriter

    path = tmp_path / "list.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet()
    ws.write_row(0, 0, ["序号", "考核指标", "考核内容", "单位", "年度目标", "责任部门", "评分部门", "责任主体与协同单位"])
    ws.merge_range(1, 1, 3, 1, "确保粮食和重要农产品有效供给")
    ws.write_row(1, 2, ["粮食播种面积", "万亩", "0.07", "县农业农村局", "市农业农村局", "各乡镇"])
    ws.write_row(2, 2, ["粮食安全责任制", "-", "良好以上", "县经济和信息化局", "市商务局"])
    ws.write_row(3, 2, ["农林牧渔业增加值增幅", "%", "≥2%", "县农业农村局", "市农业农村局"])
    for r in (1, 2, 3):
        ws.write(r, 0, r)
    wb.close()
    cat = read_notice(path).catalogue
    assert [(t.title, t.departments) for t in cat.tasks] == [
        ("粮食播种面积（目标：0.07万亩）", ("县农业农村局", "各乡镇")), ("粮食安全责任制", ("县经济和信息化局",)),
        ("农林牧渔业增加值增幅（目标：≥2%）", ("县农业农村局",))]
    assert [(i.task_no, i.target, i.unit) for i in cat.indicators()] == [(1, 0.07, "万亩"), (3, 2, "%")]


# -- round six (b), after the held-out run: progress tables of 考核指标 with figures and units under 备注 -------------

_PROGRESS_HEADS = ["序号", "考核指标", "单 位", "工作目标", "已完成数", "占年任务之比", "备  注"]


def _progress_xlsx(path: Path, rows: list[list], merges: tuple = (), heads: list = _PROGRESS_HEADS) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["某市重点民生实事工作落实情况"])
    ws.append(heads)
    for row in rows:
        ws.append(row)
    for merge in merges:
        ws.merge_cells(merge)
    wb.save(path)
    return path


def test_a_progress_table_of_indicators_with_figures_and_units_under_remarks(tmp_path):
    """考核指标 heads the task column; 单 位 holds units of measure (万人, 公里) beside 工作目标's figures, which give the
    target; 已完成数 and 占年任务之比 report progress, never a target; the responsible units stand under 备注 (found by
    their names); an item of two rows under one merged 序号 is one task, both its targets and its units kept."""
    path = _progress_xlsx(tmp_path / "progress.xlsx", [
        [1, "城镇新增就业", "万人", "5.2", "7.23", "139.1%", "人力资源社会保障局"],
        [2, "自然村通水泥路", "公里", 1360, "1361.92", "100.1%", "交通局"],
        [None, "提质改造农村公路", "公里", 168, "171.70", "102.2%", None],
        [3, "农村适龄妇女免费检查", None, 93215, 106345, "114.1%", "妇联"],
        [None, "孕产妇免费产前筛查", "万人", "3.31", "3.49", "105.3%", "卫健委"],
        [4, "所有县实现二甲公立医院全覆盖", None, "-", "-", "-", None],
    ], merges=("A4:A5", "G4:G5", "A6:A7"))
    cat = read_notice(path).catalogue
    assert [(t.no, t.text, t.departments) for t in cat.tasks] == [
        (1, "城镇新增就业（目标：5.2万人）", ("人力资源社会保障局",)),
        (2, "自然村通水泥路（目标：1360公里）。提质改造农村公路（目标：168公里）", ("交通局",)),
        (3, "农村适龄妇女免费检查（目标：93215）。孕产妇免费产前筛查（目标：3.31万人）", ("妇联", "卫健委")),
        (4, "所有县实现二甲公立医院全覆盖", ())]
    assert [(i.task_no, i.target, i.unit) for i in cat.indicators()] == [
        (1, 5.2, "万人"), (2, 1360, "公里"), (2, 168, "公里"), (3, 93215, ""), (3, 3.31, "万人")]


def test_rows_of_one_item_with_its_number_left_blank_are_one_task(tmp_path):
    """A row without 序号 (not merged, just blank) that gives a target of its own goes on with the numbered task
    above; a row without 序号, target or unit, text only, is still a section row."""
    path = _progress_xlsx(tmp_path / "blank.xlsx", [
        ["一、民生保障"],
        [1, "提高困难残疾人生活补贴标准", "元/月/人", "不低于60元", 60, "达到目标60元", "民政局"],
        [None, "提高农村低保标准", "元/年/人", "不低于3700元", 3840, "达到目标3840元", None],
        ["二、基础设施"],
        [2, "新增农村通自来水人口", "万人", "4.52", "5.52", "122.0%", "水利局"],
    ])
    cat = read_notice(path).catalogue
    assert [(s.no, s.title) for s in cat.sections] == [(1, "民生保障"), (2, "基础设施")]
    assert [(t.no, t.section, t.text, t.departments) for t in cat.tasks] == [
        (1, 1, "提高困难残疾人生活补贴标准（目标：不低于60元）。提高农村低保标准（目标：不低于3700元）", ("民政局",)),
        (2, 2, "新增农村通自来水人口（目标：4.52万人）", ("水利局",))]
    assert [(i.task_no, i.target, i.unit) for i in cat.indicators()] == [(1, 60, "元"), (1, 3700, "元"), (2, 4.52, "万人")]


@pytest.mark.parametrize("task_head, target_head, unit_head, units_head", [
    ("指标名称", "年度目标", "计量单位", "说明"),
    ("重点工作", "目标值", "单位", "其他"),
    ("工作内容", "全年目标", "单位", "备注"),
    ("项目内容", "工作目标", "计量单位", "备注"),
])
def test_a_docx_task_table_of_figures_under_other_headers(tmp_path, task_head, target_head, unit_head, units_head):
    """The same table in Word under other wordings: the task (指标名称, 重点工作 …), the target (年度目标, 目标值 …) with
    its unit of measure (计量单位, 单位) and the units under 说明, 其他 or 备注; 完成数 and 完成比例 are progress."""
    from docx import Document

    doc = Document()
    doc.add_paragraph("某县重点工作推进情况")
    heads = ["序号", task_head, unit_head, target_head, "完成数", "完成比例", units_head]
    rows = [["1", "新建农村公路", "公里", "120", "80", "66.7%", "县交通运输局"],
            ["2", "新增城镇就业", "万人", "1.2", "1.5", "125%", "县人社局、县财政局"],
            ["3", "改造老旧小区", "个", "12", "3", "25%", "县住建局"]]
    table = doc.add_table(rows=1 + len(rows), cols=len(heads))
    for r, cells in enumerate([heads, *rows]):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    doc.save(tmp_path / "table.docx")
    cat = read_notice(tmp_path / "table.docx").catalogue
    assert [(t.text, t.departments) for t in cat.tasks] == [
        ("新建农村公路（目标：120公里）", ("县交通运输局",)), ("新增城镇就业（目标：1.2万人）", ("县人社局", "县财政局")),
        ("改造老旧小区（目标：12个）", ("县住建局",))]
    assert [(i.target, i.unit) for i in cat.indicators()] == [(120, "公里"), (1.2, "万人"), (12, "个")]


def test_a_unit_column_of_organisations_is_the_responsible_unit(tmp_path):
    """单位 over 县发展改革局, 县财政局 names who answers for the task, not a unit of measure (no figure column
    beside it either); a 工作目标 column of sentences is the task's text, not its target."""
    path = _progress_xlsx(tmp_path / "units.xlsx", [
        [1, "推进项目建设", "县发展改革局", "全年完成投资10亿元。"],
        [2, "优化营商环境", "县政务服务中心、县市场监管局", "企业开办时间压减至1个工作日以内。"],
        [3, "加强财政管理", "县财政局", "化解债务风险。"],
    ], heads=["序号", "重点工作", "单位", "工作目标"])
    cat = read_notice(path).catalogue
    assert [(t.text, t.departments) for t in cat.tasks] == [
        ("推进项目建设。全年完成投资10亿元。", ("县发展改革局",)),
        ("优化营商环境。企业开办时间压减至1个工作日以内。", ("县政务服务中心", "县市场监管局")),
        ("加强财政管理。化解债务风险。", ("县财政局",))]
    assert [(i.task_no, i.target, i.unit) for i in cat.indicators()] == [(1, 10, "亿元"), (2, 1, "个工作日")]


def test_remarks_that_are_no_units_and_tables_that_are_no_task_tables(tmp_path):
    """A 备注 of remarks (已完成, 进度滞后) is no column of units: the tasks are read without departments; a numbered
    list of people (序号 姓名 电话) is no task table, nor a table whose 序号 column is not numbered 1, 2, 3; a numbered
    table of tasks under an unknown head (事项) with units' names under 备注 is one."""
    path = _progress_xlsx(tmp_path / "remarks.xlsx", [
        [1, "城镇新增就业", "万人", "5.2", "7.23", "139.1%", "已完成"],
        [2, "新增农村通自来水人口", "万人", "4.52", "3.1", "68.6%", "进度滞后"],
    ])
    cat = read_notice(path).catalogue
    assert [(t.text, t.departments) for t in cat.tasks] == [("城镇新增就业（目标：5.2万人）", ()),
                                                             ("新增农村通自来水人口（目标：4.52万人）", ())]
    contacts = _progress_xlsx(tmp_path / "contacts.xlsx", [[1, "张三", "13800000000", "县交通运输局"],
                                                           [2, "李四", "13900000000", "县水利局"]],
                              heads=["序号", "姓名", "电话", "备注"])
    assert [ln.hint for ln in load_lines(contacts)] == [""] * len(load_lines(contacts))
    unknown = _progress_xlsx(tmp_path / "unknown.xlsx", [[1, "完成城区雨污分流改造", "县住建局"],
                                                         [2, "建成农村寄递物流体系", "县邮政管理局、县商务局"]],
                             heads=["序号", "事项", "备注"])
    assert [(t.text, t.departments) for t in read_notice(unknown).catalogue.tasks] == [
        ("完成城区雨污分流改造", ("县住建局",)), ("建成农村寄递物流体系", ("县邮政管理局", "县商务局"))]
    unnumbered = _progress_xlsx(tmp_path / "unnumbered.xlsx", [["甲", "城镇新增就业", "万人", "5.2", "7", "1%", "县人社局"],
                                                               ["乙", "新增人口", "万人", "4.52", "5", "1%", "县水利局"]])
    assert [ln.hint for ln in load_lines(unnumbered)] == [""] * len(load_lines(unnumbered))


def test_counts_before_their_nouns_in_lists_of_programmes():
    """Talent programmes list counts before their nouns: 选拔/选派/资助/培训/扶持/设立 … deliver them; a clause that
    opens with a count goes on with the list before it; 左右 may follow such a count; 优先支持…1家 is a quota."""
    found = extract_indicators("5年内重点支持300名领军人才赴境外培训，1000名核心人才参加专题研修。选拔100名正职后备人才、"
                               "200名副职后备人才。重点评选资助200名技能突出人才、2000名技能重点人才和10000名青年高技能人才。"
                               "重点引进和培养1万名左右紧缺人才，扶持50场次名家讲座。", 2)
    assert [(i.target, i.unit) for i in found] == [(300, "名"), (1000, "名"), (100, "名"), (200, "名"), (200, "名"),
                                                   (2000, "名"), (10000, "名"), (1, "万名"), (50, "场次")]
    assert extract_indicators("优先支持其行政区域内1家符合条件的开发区扩区。", 1) == ()
    assert [(i.target, i.unit) for i in extract_indicators("粮食总产量0.0038亿斤。", 1)] == [(0.0038, "亿斤")]


# -- round four (b), after the held-out run: progress tables and name + content tables ------------------

def test_a_progress_table_with_a_category_column_and_the_lead_units_head(tmp_path):
    """大类 merged down is a section (not glued to the task, 序号 read from its own column); header cells written with
    spaces (分管 市领导, 牵头单位及 主要负责人) name the leader and lead-unit columns; a lead-unit cell names the unit's
    head after it (市民政局 伍泽国, 市教育局（王芳）): a leader after the column's; the progress column is no target."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["大类", "序号", "工作任务", "分管 市领导", "牵头单位及\n主要负责人", "落实进展情况"])
    ws.append(["一、提高民生保障水平", 1, "将低保标准提高到每人每月609元。", "陈某", "市民政局 伍泽国",
               "已完成。已提高到835元/人月。"])
    ws.append([None, 2, "新增养老床位300张。", "陈某", "市民政局 伍泽国", "已新增420张。"])
    ws.append(["二、办好教育", 3, "新建幼儿园5所。", "李某", "市教育局（王芳）", "已开工8所。"])
    ws.merge_cells("A2:A3")
    wb.save(tmp_path / "progress.xlsx")
    cat = read_notice(tmp_path / "progress.xlsx").catalogue
    assert [(s.no, s.title) for s in cat.sections] == [(1, "提高民生保障水平"), (2, "办好教育")]
    assert [(t.no, t.section, t.text, t.departments, t.leaders) for t in cat.tasks] == [
        (1, 1, "将低保标准提高到每人每月609元。", ("市民政局",), ("陈某", "伍泽国")),
        (2, 1, "新增养老床位300张。", ("市民政局",), ("陈某", "伍泽国")),
        (3, 2, "新建幼儿园5所。", ("市教育局",), ("李某", "王芳"))]
    assert [(i.task_no, i.target) for i in cat.indicators()] == [(1, 609), (2, 300), (3, 5)]


def test_a_table_with_a_name_and_a_content_column(tmp_path):
    """项目名称 beside 主要内容: the task is the name and the content, its targets read from the content; a row that
    goes on with the item above (序号 and 项目名称 merged down) adds its content, leaders and units, not the name
    again; 区政府分管领导 is the leaders' column."""
    from docx import Document

    doc = Document()
    doc.add_paragraph("2021年民生实事项目责任分解表")
    table = doc.add_table(rows=4, cols=6)
    for cell, head in zip(table.rows[0].cells, ("序号", "项目名称", "主要内容", "区政府分管领导", "牵头单位", "配合单位")):
        cell.text = head
    for r, row in enumerate((("1", "增加教育资源供给", "新建学校12个，增加学位5000个。", "何某", "教育局", "各街道"),
                             ("2", "老城厢复兴发展", "完成纪念馆提升工程。", "何某", "文体旅局", "晋陵公司"),
                             ("", "", "整治道路3条。", "芮某", "住建局", "五星街道")), start=1):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    table.cell(2, 0).merge(table.cell(3, 0)).text = "2"
    table.cell(2, 1).merge(table.cell(3, 1)).text = "老城厢复兴发展"
    doc.save(tmp_path / "items.docx")
    cat = read_notice(tmp_path / "items.docx").catalogue
    assert [(t.title, t.text, t.departments, t.leaders) for t in cat.tasks] == [
        ("增加教育资源供给", "增加教育资源供给。新建学校12个，增加学位5000个。", ("教育局", "各街道"), ("何某",)),
        ("老城厢复兴发展", "老城厢复兴发展。完成纪念馆提升工程。整治道路3条。", ("文体旅局", "晋陵公司", "住建局", "五星街道"),
         ("何某", "芮某"))]
    assert [(i.task_no, i.target, i.unit) for i in cat.indicators()] == [(1, 12, "个"), (1, 5000, "个"), (2, 3, "条")]


def test_a_task_merged_across_name_and_content_is_read_once(tmp_path):
    """主要任务 and 全年目标任务 merged across (one text in both) give the text once; a progress column (1-10月推进情况)
    is neither the task's text nor a source of targets."""
    import xlsxwriter

    path = tmp_path / "merged.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet()
    ws.write_row(0, 0, ["序号", "主要任务", "全年目标任务", "分管领导", "牵头单位", "1-10月推进情况"])
    ws.write(1, 0, 1)
    ws.merge_range(1, 1, 1, 2, "新建公园4个。")
    ws.write_row(1, 3, ["张某", "市城管局", "已建成6个。"])
    wb.close()
    cat = read_notice(path).catalogue
    assert [(t.text, t.departments, t.leaders) for t in cat.tasks] == [("新建公园4个。", ("市城管局",), ("张某",))]
    assert [(i.target, i.unit) for i in cat.indicators()] == [(4, "个")]


def test_a_task_column_merged_over_numbered_measures_groups_them(tmp_path):
    """重点任务 merged down over rows numbered 1, 2 with a 具体措施 column beside it: the merged text groups the tasks
    (a section), each measure is a task of its own, not prefixed with the group's text."""
    import xlsxwriter

    path = tmp_path / "groups.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet()
    ws.write_row(0, 0, ["序号", "重点任务", "具体措施", "责任单位"])
    ws.merge_range(1, 1, 2, 1, "推进城市更新")
    ws.write_row(1, 0, [1])
    ws.write_row(1, 2, ["改造老旧小区20个。", "市住建局"])
    ws.write_row(2, 0, [2])
    ws.write_row(2, 2, ["新建停车位500个。", "市城管局"])
    ws.write_row(3, 0, [3, "优化营商环境", "压减审批时限30%。", "市政务服务局"])
    wb.close()
    cat = read_notice(path).catalogue
    assert [s.title for s in cat.sections] == ["推进城市更新", "优化营商环境"]
    assert [(t.no, t.section, t.text) for t in cat.tasks] == [
        (1, 1, "改造老旧小区20个。"), (2, 1, "新建停车位500个。"), (3, 2, "压减审批时限30%。")]


@pytest.mark.parametrize("cell, expected", [
    ("市民政局 伍泽国", ("市民政局", ("伍泽国",))),
    ("市民政局（伍泽国）", ("市民政局", ("伍泽国",))),
    ("市民政局 周 斐\n市财政局 张三局长", ("市民政局\n市财政局", ("周斐", "张三"))),
    ("市住建局 市城管局", ("市住建局 市城管局", ())),
    ("各县（市、区）人民政府", ("各县（市、区）人民政府", ())),
    ("高新园（邹区镇） 李四", ("高新园（邹区镇）", ("李四",))),
    ("团市委 市妇联 市科协", ("团市委 市妇联 市科协", ())),
    ("市残联、市邮政 王五", ("市残联、市邮政", ("王五",))),
])
def test_the_head_named_after_a_lead_unit(cell, expected):
    from tz_excel.tables import _unit_heads

    assert _unit_heads(cell) == expected


@pytest.mark.parametrize("name", ["zhaoqing_2020", "zhonglou_2021", "wenzhou_2018"])
def test_round_four_tables_read_whole(name):
    """The held-out tables of round four (b): every task, its lead, departments and leaders as labelled, and no
    figure of a progress column (落实进展情况, 进展情况) taken for a target."""
    bench = _bench()
    path, labels = next((p, lab) for n, p, lab in bench.real_documents() if n == name)
    cat = read_notice(path).catalogue
    q = bench.measure_document(name, cat, labels)
    assert (q.found, q.lead, q.departments, q.leaders, q.deadlines) == (q.expected, 1.0, 1.0, 1.0, 1.0), q.details
    progress = {(d["target"], d["unit"]) for t in labels["tasks"] for d in t["decoys"] if "进展" in d["why"]}
    assert not progress & {(i.target, i.unit) for i in cat.indicators()}

# -- round four: prose notices (tests/data/notice/real/, held-out part) ------------------------------

@pytest.mark.parametrize("marker, departments", [
    ("责任单位：市发改委、市卫生健康委（除标注“分别牵头”外，列第一位为牵头或汇总单位，下同）", ("市发改委", "市卫生健康委")),
    ("责任单位：市人力社保局、市农业农村局分别牵头", ("市人力社保局", "市农业农村局")),
    ("责任单位：区教育局、区财政局共同牵头", ("区教育局", "区财政局")),
    ("责任单位：区财政局、区发改局（牵头）、各镇街（配合）", ("区发改局", "区财政局", "各镇街")),
])
def test_unit_lines_with_a_note_or_a_role_after_the_names(marker, departments):
    text = f"一、甲\n1.固定资产投资增长10%。\n{marker}\n2.建设学校3所。\n责任单位：区教育局\n"
    cat = read_notice(text.encode("utf-8")).catalogue
    assert [t.departments for t in cat.tasks] == [departments, ("区教育局",)]


def test_web_page_furniture_is_never_the_title():
    text = ("当前位置：首页\n>> 专题专栏 >> 2023重点工作\n市政府工作报告重点工作责任分解（2023年）\n"
            "时间：2023-07-11 17:01 浏览次数： 信息来源：某市政府\n一、主要目标\n1.生产总值增长6%。\n责任单位：市发改委\n")
    cat = read_notice(text.encode("utf-8")).catalogue
    assert (cat.title, cat.year, cat.date) == ("市政府工作报告重点工作责任分解（2023年）", 2023, "2023-07-11")
    # a page's metadata table names the title in its 名称 cell; a bare 时间 without 来源 is no publication date
    text = ("索引号: | 0001/202006-00026 | 组配分类: | 政策文件 |\n名称: | 某区2020年重点工作安排 | 文号: | 无 |\n"
            "根据《关于…的意见》（中发〔2019〕17号），安排如下：\n一、甲\n1.建设学校3所。（区教育局负责）\n")
    assert read_notice(text.encode("utf-8")).catalogue.title == "某区2020年重点工作安排"
    text = "某县重点工作方案\n时间:2022-11-27 02:50:00\n一、甲\n1.建设学校3所。（区教育局负责）\n"
    assert read_notice(text.encode("utf-8")).catalogue.year == 0


@pytest.mark.parametrize("text, expected", [
    ("为7万名学龄儿童实施免费窝沟封闭。", [(7, "万名", ">=", "cumulative")]),
    ("为全市3000户困难家庭提供上门服务。", [(3000, "户", ">=", "cumulative")]),
    ("为100个村配备保洁员。", [(100, "个", ">=", "cumulative")]),
    ("作为100个企业提供服务的平台。", []),
    ("为3个乡镇的规划作参考。", []),
])
def test_a_count_of_those_served_is_a_commitment(text, expected):
    assert [(i.target, i.unit, i.comparator, i.kind) for i in extract_indicators(text, 1)] == expected


# -- round four (c), after the held-out run: raised standards, per-head amounts, multiples, counts worked on --

@pytest.mark.parametrize("text, expected", [
    # the figures after 从/由 are where a standard stands now; those after the verb of change are the targets
    ("将城乡低保标准从每人每月500元、300元分别提高到每人每月550元、330元。",
     [(550, "元", ">=", "level"), (330, "元", ">=", "level")]),
    ("将高龄津贴由每人每月100元提高到每人每月150元。", [(150, "元", ">=", "level")]),
    ("将困难残疾人生活补贴和重度残疾人护理补贴标准分别从每人每年1000元、1200元提高到每人每年1100元、1300元。",
     [(1100, "元", ">=", "level"), (1300, "元", ">=", "level")]),
    ("城市绿化覆盖率从40%提升至45%。", [(45, "%", ">=", "level")]),
    ("将养老床位从800张增加到1000张。", [(1000, "张", ">=", "level")]),
    ("由市民政局负责，从严审核。", []),
])
def test_a_raised_standard_commits_to_the_new_figure_not_the_old(text, expected):
    assert [(i.target, i.unit, i.comparator, i.kind) for i in extract_indicators(text, 1)] == expected


def test_a_raised_standard_is_named_by_what_is_raised():
    names = [i.metric for i in extract_indicators("将城乡低保标准从每人每月500元提高到每人每月550元。", 1)]
    assert names == ["城乡低保标准"]


@pytest.mark.parametrize("text, expected", [
    # a standard per head is paid at that rate all year: a level, not a count built up through the year
    ("孤儿养育标准提高到每人每月1500元。", [(1500, "元", ">=", "level")]),
    ("城乡居民基础养老金最低标准提高至每人每月180元。", [(180, "元", ">=", "level")]),
    ("补贴标准提高到每人每年2000元。", [(2000, "元", ">=", "level")]),
    ("农村居民人均可支配收入达到2.5万元。", [(2.5, "万元", ">=", "level")]),
    # rules that pay or qualify per head stay out
    ("对符合条件的人员给予每人每月500元补贴。", []),
    ("每人每年补助标准为600元。", []),
    ("每人每年只享受一次，补贴标准为每人500元。", []),
    ("对新建项目按投资额的50%给予补贴。", []),
    ("对吸纳就业的企业给予社保补贴（超过100人的企业达到15%）。", []),
])
def test_a_standard_per_head_is_a_level(text, expected):
    assert [(i.target, i.unit, i.comparator, i.kind) for i in extract_indicators(text, 1)] == expected


@pytest.mark.parametrize("text, expected", [
    ("特困人员基本生活标准不低于当地低保标准的1.3倍。", [(1.3, "倍", ">=", "level")]),
    ("救助金额不超过当地低保标准的2倍。", [(2, "倍", "<=", "level")]),
    ("发车间隔缩短1.5倍。", []),                     # a change by so many times, no floor on a base
])
def test_a_multiple_of_a_base_is_a_level(text, expected):
    assert [(i.target, i.unit, i.comparator, i.kind) for i in extract_indicators(text, 1)] == expected


@pytest.mark.parametrize("text, expected", [
    ("对200户困难家庭进行适老化改造。", [(200, "户", ">=", "cumulative")]),
    ("对全市50所学校实施校舍加固。", [(50, "所", ">=", "cumulative")]),
    ("开展补贴性职业技能培训5000人次。", [(5000, "人次", ">=", "cumulative")]),
    ("开展职业技能补贴培训8000人次。", [(8000, "人次", ">=", "cumulative")]),
    ("对100人以上的企业给予奖励。", []),
    ("对3家企业给予补贴。", []),
    ("针对3个乡镇开展调研。", []),
])
def test_a_count_worked_on_or_trained_is_a_commitment(text, expected):
    assert [(i.target, i.unit, i.comparator, i.kind) for i in extract_indicators(text, 1)] == expected


def test_a_page_flattened_into_one_line_is_read_item_by_item():
    preamble = "2015年区政府民生实事项目共有8项任务，各责任单位高度重视，现将1—6月份进展情况公示如下，" * 3
    text = (preamble + "确保完成。 1.建成7.5G基站20个，运营第1号线。 牵头领导:张某 责任单位:区信息中心 项目责任人:李某 "
            "实际完成情况:已于2015年5月30日开通，完成年度任务的55%。 2.新增公交线路10条，发车间隔缩短1.6倍。 "
            "牵头领导:王某 责任单位:区交通局,各街道 项目责任人:赵某,各街道主任 配合单位:区公安局、区财政局 "
            "东片 西片 合计 线路目标 4 6 10 实际完成 2 3 5 3.改造老旧小区3个。 责任单位:区住建局")
    parsed = read_notice(text.encode("utf-8"))
    cat = parsed.catalogue
    assert [(t.no, t.text, t.departments, t.leaders) for t in cat.tasks] == [
        (1, "建成7.5G基站20个，运营第1号线。", ("区信息中心",), ("张某",)),
        (2, "新增公交线路10条，发车间隔缩短1.6倍。", ("区交通局", "各街道", "区公安局", "区财政局"), ("王某",)),
        (3, "改造老旧小区3个。", ("区住建局",), ())]
    assert [(i.id, i.target, i.unit) for i in cat.indicators()] == [("1.1", 20, "个"), ("2.1", 10, "条"), ("3.1", 3, "个")]
    assert cat.year == 2015 and any("按正文开头推定为2015年" in w for w in parsed.warnings)


def test_long_lines_of_an_ordinary_notice_are_not_cut():
    task = "推进数字化改革，建成数据中心。其中 2.完善平台功能；3.扩大覆盖面。" * 10 + "（1）建平台；（2）扩覆盖。"
    text = f"某区2023年重点任务\n一、甲\n1.{task}（区大数据局负责）\n2.建设学校3所。（区教育局负责）\n"
    cat = read_notice(text.encode("utf-8")).catalogue
    assert [(t.text, t.departments) for t in cat.tasks] == [(task, ("区大数据局",)), ("建设学校3所。", ("区教育局",))]


@pytest.mark.parametrize("text, expected", [
    # cost estimates describe a project; an investment the task makes, completes or plans for the year is a target
    ("启动支农路东延工程,投资概算1.45亿元,2020年启动。", []),
    ("实施东环路闭合建设工程,项目总投资1.5亿元,年底前完成。", []),
    ("推进河道生态修复,估算投资7500万元。", []),
    ("该项目计划投资1.5亿元,年内开工。", []),
    ("投资3000万元建设南美白对虾工厂化循环水养殖基地。", [(3000, "万元", ">=", "cumulative")]),
    ("确保全年完成投资177亿元以上。", [(177, "亿元", ">=", "cumulative")]),
    ("完成年度计划投资50亿元。", [(50, "亿元", ">=", "cumulative")]),
    # funding allotted to a project is what it may spend, never a target; 投资 heading a clause states its budget
    ("某项目(xm202601):投资340万元,本次安排资金310万元。", []),
    ("下达补助资金500万元用于建设村道。", []),
    ("安排项目资金1441.8万元。", []),
    ("争取上级资金5000万元。", [(5000, "万元", ">=", "cumulative")]),
    ("落实衔接资金2000万元。", [(2000, "万元", ">=", "cumulative")]),
    # works that come with the counted thing (及配套) leave the count at its clause's end; a unit cost is none
    ("建设内容:新建0.6-1m³/s防渗渠4公里及配套,85万元/公里。", [(4, "公里", ">=", "cumulative")]),
    ("改造供水管网3公里及附属设施。", [(3, "公里", ">=", "cumulative")]),
    ("新建防渗渠4公里及配套水闸改造。", []),
    # a count before its noun that the task brings to a state (达到, 投产); measure words of works built
    ("年底前,6家中心村卫生室达到《山东省村卫生室服务能力提升标准》;", [(6, "家", ">=", "cumulative")]),
    ("推动潞讯精密电子30条生产线投产,培育服装加工产业园。", [(30, "条", ">=", "cumulative")]),
    ("完成400口教室护眼灯改造施工。", [(400, "口", ">=", "cumulative")]),
    ("新打机井50眼,安装路灯300盏,新建5幢住房。",
     [(50, "眼", ">=", "cumulative"), (300, "盏", ">=", "cumulative"), (5, "幢", ">=", "cumulative")]),
    ("一口气完成改造,一眼望去。", []),
    # an ordinal or a distributive term is no count; 两 counts
    ("优化二套房认定标准,满足刚性住房需求。", []),
    ("实施一件事一次办改革,推行一户一档。", []),
    ("推进一网通办、一码通。", []),
    ("新建两所学校。", [(2, "所", ">=", "cumulative")]),
    ("建成一座污水处理厂。", [(1, "座", ">=", "cumulative")]),
    # a bracketed note after a figure leaves it at the end of its clause
    ("启动支农路东延工程,全长1.38公里(西起团结路,东至东环路)。", [(1.38, "公里", ">=", "cumulative")]),
    ("培育企业10家(其中高新技术企业5家)。", [(10, "家", ">=", "cumulative")]),
    # rules and subsidies stay no target
    ("对新建项目按投资额的50%给予补贴。", []),
    ("按每人每月200元标准给予补贴。", []),
])
def test_round_five_targets_and_decoys(text, expected):
    assert [(i.target, i.unit, i.comparator, i.kind) for i in extract_indicators(text, 1)] == expected


def test_amounts_per_period_are_in_yuan_with_the_period_in_the_name():
    """3480元/年, 185元/月: reported in 元 like 每人每月609元, a level, the period (or per-head words) in the name."""
    found = extract_indicators("提高城乡低保标准和救助水平。标准不低于3480元/年,人均救助水平不低于185元/月", 5)
    assert [(i.target, i.unit, i.comparator, i.kind, i.metric) for i in found] == [
        (3480, "元", ">=", "level", "标准（每年）"), (185, "元", ">=", "level", "人均救助水平（每月）")]
    found = extract_indicators("提高重度残疾人护理补贴发放标准。发放标准不低于每人每月60元/月", 6)
    assert [(i.target, i.unit, i.kind, i.metric) for i in found] == [(60, "元", "level", "发放标准（每人每月）")]
    found = extract_indicators("天然气价格控制在3.5元/立方米以内。", 1)
    assert [(i.target, i.unit) for i in found] == [(3.5, "元/立方米")]      # a price per quantity keeps its unit


@pytest.mark.parametrize("text", ["完成棚改项目。5", "完成棚改项目(目标:5)"])
def test_a_bare_figure_from_a_target_column_is_a_target(text):
    """A number alone after the task's words (a 目标任务 cell joined to the task) is a target without a unit."""
    found = extract_indicators(text, 9)
    assert [(i.target, i.unit, i.comparator, i.kind, i.metric) for i in found] == [
        (5, "", ">=", "cumulative", "棚改项目")]
    assert extract_indicators("2.完成棚改项目。", 1) == ()
    assert extract_indicators("5", 1) == ()


def test_investment_names_say_what_is_invested_in():
    found = extract_indicators("投资3000万元建设南美白对虾工厂化循环水养殖基地。", 1)
    assert [i.metric for i in found] == ["南美白对虾工厂化循环水养殖基地投资"]

def test_leader_and_division_lines_under_an_item():
    text = ("某省2021年重点任务分工方案\n一、主要预期目标\n1.地区生产总值增长6%以上。\n分管省领导:林某某\n"
            "部门分工:省发展改革委牵头,各地、各部门配合。\n2.地方一般公共预算收入增长5%左右。\n"
            "省政府分管领导：张某\n责任分工：省税务局配合，省财政厅牵头。\n3.新建学校3所。\n分工:省教育厅负责\n")
    parsed = read_notice(text.encode("utf-8"))
    cat = parsed.catalogue
    assert [(t.departments, t.leaders) for t in cat.tasks] == [
        (("省发展改革委", "各地", "各部门"), ("林某某",)), (("省财政厅", "省税务局"), ("张某",)), (("省教育厅",), ())]
    assert len(cat.sections) == 1 and not any("没有序号" in w or "没有责任单位" in w for w in parsed.warnings)


def test_a_line_naming_a_leadership_principle_stays_a_heading():
    # 坚持党的领导: names no leader role (分管, 责任, 牵头 …), so it is no marker line
    text = ("某区2023年重点任务\n一、甲\n1.建设学校3所。（区教育局负责）\n坚持党的领导\n2.改造道路5公里。（区交通局负责）\n")
    cat = read_notice(text.encode("utf-8")).catalogue
    assert [s.title for s in cat.sections] == ["甲", "坚持党的领导"]
    assert [t.section for t in cat.tasks] == [1, 2]


def test_a_heading_naming_the_lead_unit_leads_its_items():
    text = ("附件1\n2025年县政府工作报告任务清单\n一、县示范区管委会牵头工作（2项）\n1.打造食用菌生产基地。\n"
            "2.建设产业园3个。（县工信局负责）\n二、由县住建局负责的工作\n3.改造小区5个。\n三、加强组织保障\n"
            "4.完善制度。\n")
    parsed = read_notice(text.encode("utf-8"))
    assert [t.departments for t in parsed.catalogue.tasks] == [
        ("县示范区管委会",), ("县工信局",), ("县住建局",), ()]           # an item's own marker wins
    assert sum("没有责任单位" in w for w in parsed.warnings) == 1


def test_a_marker_between_two_full_stops_leaves_one():
    text = ("某县2020年重点民生实事\n一、建设工程\n推进工程建设，2020年年底前完成。（牵头责任单位：水利局；配合单位：有关乡镇）。"
            "打造街头游园9个。（牵头责任单位：城管局）\n")
    task = read_notice(text.encode("utf-8")).catalogue.task(1)
    assert "。。" not in task.text and task.text.endswith("2020年年底前完成。打造街头游园9个。")
    assert task.departments == ("水利局", "有关乡镇", "城管局")


_ITEMS = "一、甲\n1.建设学校3所。（区教育局负责）\n"


@pytest.mark.parametrize("head, title", [
    # page metadata lines are never the title; a title over three lines, 通 知 spaced out, is joined
    ("发文机关 某县人民政府\n发文字号 某政〔2020〕13号 发布日期 2020-5-12\n某县人民政府\n关于印发2020年某县重点民生实事的\n通 知\n",
     "某县人民政府关于印发2020年某县重点民生实事的通知"),
    # the first line of two not ending a sentence, the second ending in 通知
    ("某政发〔2024〕3号\n某省人民政府关于印发《2024年\n省〈政府工作报告〉重点工作分工方案》的通知\n各市人民政府：\n",
     "某省人民政府关于印发《2024年省〈政府工作报告〉重点工作分工方案》的通知"),
    ("国务院关于加快推进农业机械化和\n农机装备产业转型升级的指导意见\n国发〔2018〕42号\n", "国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见"),
    # a page flattened into one line: the title before the 文号
    ("某省人民政府 关于明确2023年 重点工作责任单位的通知 某政〔2023〕5号 " + "现将重点工作任务予以分解并明确责任单位。" * 5 + "\n",
     "某省人民政府关于明确2023年重点工作责任单位的通知"),
    # a breadcrumb and a quoted title; an annex list and a signature lose to the list's own title
    ("您当前的位置:首页>政务公开>政府信息公开目录\n《2025年区政府工作报告目标任务汇总表》\n", "2025年区政府工作报告目标任务汇总表"),
    (("各乡镇：\n附件:1.2025年县《政府工作报告》任务清单\n2.2025年民生实事任务分解\n某县人民政府办公室\n2025年5月18日\n"
      "附件1\n2025年县政府工作报告任务清单\n"), "2025年县政府工作报告任务清单"),
])
def test_the_title_from_a_notices_head(head, title):
    assert read_notice((head + _ITEMS).encode("utf-8")).catalogue.title == title


def test_a_title_is_not_joined_with_the_lines_around_it():
    head = "某区2023年重点工作任务\n关于做好2023年重点工作的通知\n为贯彻落实会议精神，现通知如下：\n"
    assert read_notice((head + _ITEMS).encode("utf-8")).catalogue.title == "关于做好2023年重点工作的通知"
    head = "政务公开\n关于做好2023年重点工作的通知\n"       # no issuer above: the line alone
    assert read_notice((head + _ITEMS).encode("utf-8")).catalogue.title == "关于做好2023年重点工作的通知"
    assert read_notice(("重点任务\n某区2023年重点工作安排\n" + _ITEMS).encode("utf-8")).catalogue.title == "某区2023年重点工作安排"


# -- round six, after the held-out run: lists of figures, 抓好 counts, a count's own noun, sown area ------------

@pytest.mark.parametrize("text, expected", [
    # a qualifier and a verb spread over figures joined by 和/及/与/、, with 分别 and without
    ("城镇调查失业率、城镇登记失业率分别控制在5%和4%以内。", [(5, "%", "<=", "level"), (4, "%", "<=", "level")]),
    ("城镇调查失业率、城镇登记失业率控制在5.5%和4.5%。", [(5.5, "%", "<=", "level"), (4.5, "%", "<=", "level")]),
    ("两项指标分别增长7.5%和8%左右。", [(7.5, "%", "~", "level"), (8, "%", "~", "level")]),
    ("三项指标分别达到90%、95%及98%以上。", [(90, "%", ">=", "level"), (95, "%", ">=", "level"), (98, "%", ">=", "level")]),
    ("分别增长7.5%、8%。", [(7.5, "%", ">=", "level"), (8, "%", ">=", "level")]),
    # negatives: a rule's shares joined by 和, and figures of different units, stay as they were
    ("按5%和3%给予补贴。", []),
    ("完成投资5亿元和项目10个。", [(10, "个", ">=", "cumulative")]),
])
def test_a_qualifier_spreads_over_a_list_of_figures(text, expected):
    assert [(i.target, i.unit, i.comparator, i.kind) for i in extract_indicators(text, 1)] == expected


@pytest.mark.parametrize("text, expected", [
    ("继续抓好30个重大文化项目，支持服务业发展。", [(30, "个", ">=", "cumulative")]),
    ("办好10件民生实事。", [(10, "件", ">=", "cumulative")]),
    ("全市已建成30个示范村。", []),                      # a figure of the past
    ("抓好3个方面工作。", []),                           # aspects of the work organise the text
    ("办好四项重点工作。", []),
    ("加快推进甲、乙、丙等14个重点项目建设。", []),          # 推进 names the projects it pushes on
    ("对投资超过30个亿的项目抓好服务。", []),
])
def test_a_count_the_task_sees_through_is_a_commitment(text, expected):
    assert [(i.target, i.unit, i.comparator, i.kind) for i in extract_indicators(text, 1)] == expected


def test_each_count_of_a_list_is_named_by_its_own_noun():
    found = extract_indicators("实施16个乡镇卫生院、158个村卫生室改扩建项目，进一步提升服务能力。", 5)
    assert [(i.target, i.metric) for i in found] == [(16, "乡镇卫生院"), (158, "村卫生室改扩建项目")]
    found = extract_indicators("建设3个产业园和5个物流中心。", 1)
    assert [(i.target, i.metric) for i in found] == [(3, "产业园"), (5, "物流中心")]
    found = extract_indicators("新建一所学校和两所幼儿园。", 1)
    assert [(i.target, i.metric) for i in found] == [(1, "新建学校"), (2, "幼儿园")]
    # a count that only places the next one (no joint between them) still gives way to it
    assert [i.target for i in extract_indicators("完成21个镇街192个村居改造。", 1)] == [192]


@pytest.mark.parametrize("text, expected", [
    ("全年粮食播种面积4600万亩，总产1150万吨。", [("万亩", "level"), ("万吨", "cumulative")]),
    ("油菜种植面积稳定在2万亩。", [("万亩", "level")]),
    ("新增中药材种植面积1万亩。", [("万亩", "cumulative")]),      # new area is work done in the year
    ("完成造林面积3万亩。", [("万亩", "cumulative")]),
    ("粮食播种面积（目标：0.07万亩）", [("万亩", "level")]),       # a table's target column
    ("生猪存栏（目标：5万头）", [("万头", "level")]),
    ("粮食总产量（目标：0.0038亿斤）", [("亿斤", "cumulative")]),
])
def test_sown_area_is_a_level_and_the_harvest_cumulative(text, expected):
    assert [(i.unit, i.kind) for i in extract_indicators(text, 1)] == expected


def test_a_target_column_names_its_row_and_reads_its_sign():
    found = extract_indicators("城镇登记失业率（目标：≤4.5%）", 1)
    assert [(i.metric, i.target, i.comparator) for i in found] == [("城镇登记失业率", 4.5, "<=")]
    assert extract_indicators("粮食播种面积（目标：0.07万亩）", 1)[0].metric == "粮食播种面积"

def test_a_bare_bracket_of_units_gives_each_item_its_departments():
    text = ("某市人民政府办公室关于明确2023年重点工作责任单位的通知\n一、主要预期目标\n"
            "1.地区生产总值增长7%以上。(市发展改革委,各县〔市、区〕政府)\n"
            "2.居民收入与经济增长基本同步。(市人力资源社会保障局、农业农村局,各县〔市、区〕政府)\n"
            "3.推进城乡融合（含试点县）。（市农业农村局负责）\n")
    parsed = read_notice(text.encode("utf-8"))
    cat = parsed.catalogue
    assert [t.departments for t in cat.tasks] == [
        ("市发展改革委", "各县〔市、区〕政府"), ("市人力资源社会保障局", "农业农村局", "各县〔市、区〕政府"), ("市农业农村局",)]
    assert [t.text for t in cat.tasks] == ["地区生产总值增长7%以上。", "居民收入与经济增长基本同步。", "推进城乡融合（含试点县）。"]
    assert not any("没有责任单位" in w for w in parsed.warnings)


def test_co_operating_unit_lines_under_an_item():
    text = ("县卫健委2021年政府工作报告任务分解\n1.创建国家卫生县城。\n牵头责任单位:县卫健委\n"
            "主要协作单位:各乡镇人民政府、经济开发区管委会,县政府有关部门\n2.推广家庭医生签约服务。\n牵头单位：县卫健委\n"
            "配合单位：县医保局\n")
    cat = read_notice(text.encode("utf-8")).catalogue
    assert [t.departments for t in cat.tasks] == [
        ("县卫健委", "各乡镇人民政府", "经济开发区管委会", "县政府有关部门"), ("县卫健委", "县医保局")]
    assert "协作" not in cat.task(1).text


def test_two_items_on_one_line_are_two_tasks():
    text = ("某省人民政府关于落实《政府工作报告》重点工作责任分工的意见\n一、主要目标\n"
            "(一)地区生产总值增长11%左右。(省发改委负责)(二)公共财政收入增长13%左右。(省财政厅主办,省国税局、地税局协办)\n"
            "(三)全社会固定资产投资增长30%以上。(省发改委主办,省工信委、金融办协办)\n")
    cat = read_notice(text.encode("utf-8")).catalogue
    assert [(t.text, t.departments) for t in cat.tasks] == [
        ("地区生产总值增长11%左右。", ("省发改委",)), ("公共财政收入增长13%左右。", ("省财政厅", "省国税局", "地税局")),
        ("全社会固定资产投资增长30%以上。", ("省发改委", "省工信委", "金融办"))]


@pytest.mark.parametrize("line", [
    "1.建成7.5G基站。2.6倍于去年。（市发改委负责）",               # decimals are no item numbers
    "1.推进改革，2023年5月完成。2024年全面推开。（市发改委负责）",       # nor years
    "1.开展“提升年”活动。“2.优化服务”专项行动同步推进。（市发改委负责）",  # a number inside a quotation
    "1.推进改革（含试点县）2.扩大开放。（市发改委负责）",              # after a bracket of content
    "1.推进改革。3.扩大开放。（市发改委负责）",                      # not the next number
    "1.推进改革。（二）扩大开放。（市发改委负责）",                   # another level
])
def test_a_line_goes_on_with_what_is_no_next_item(line):
    cat = read_notice(f"某区2023年重点任务\n一、甲\n{line}\n".encode("utf-8")).catalogue
    assert [(t.text, t.departments) for t in cat.tasks] == [(line[2:].replace("（市发改委负责）", ""), ("市发改委",))]


def test_a_heading_naming_the_person_who_leads_its_items():
    text = ("2020年政府工作报告重点工作责任分解\n一、袁某某省长主抓重点工作\n1. 稳企业、防风险。\n牵头单位:省发展改革委、省财政厅\n"
            "2. 深化改革。\n责任领导:王某\n牵头单位:省委改革办\n二、加强组织保障\n3. 完善制度。\n牵头单位:省司法厅\n")
    cat = read_notice(text.encode("utf-8")).catalogue
    assert [t.leaders for t in cat.tasks] == [("袁某某",), ("王某",), ()]   # an item's own leader wins
    assert cat.sections[0].title == "袁某某省长主抓重点工作"


@pytest.mark.parametrize("head, year, when", [
    ("陕西《政府工作报告》部门分工确定\n\n13.03.2015  07:51\n", 2015, "2015-03-13"),
    ("某省政府工作报告部门分工确定\n2015.03.13\n", 2015, "2015-03-13"),
    ("某省政府工作报告部门分工确定\n发布日期：05.07.2021 10:49\n", 2021, "2021-07-05"),
    ("某省政府工作报告部门分工确定\n32.13.2015\n", 0, ""),                      # no such day
    ("某省政府工作报告部门分工确定\n第13.03.2015号\n", 0, ""),                   # not a line of its own
])
def test_a_dotted_publication_date(head, year, when):
    cat = read_notice((head + "1、推进节水。(省水利厅负责)\n").encode("utf-8")).catalogue
    assert (cat.year, cat.date) == (year, when)


# -- round seven (b), after the held-out run: merged header cells, bare figures, tables pasted as ' | ' text ---------

def _merged_header_docx(path: Path) -> Path:
    """序号 | 项目内容 (one cell over two columns: group, indicator) | 目标任务 (bare figures) | 市级牵头责任单位 | 进度."""
    from docx import Document

    doc = Document()
    doc.add_paragraph("某市2017年十大民生工程进度表")
    table = doc.add_table(rows=5, cols=6)
    heads = ["序号", "项 目 内 容", "", "目标任务", "市级牵头\n责任单位", "进度"]
    for cell, text in zip(table.rows[0].cells, heads):
        cell.text = text
    table.cell(0, 1).merge(table.cell(0, 2))
    rows = [["1", "促进就业创业", "城镇新增就业(人)", "26000", "市人力资源\n社会保障局", "32095"],
            ["2", "促进就业创业", "城镇登记失业率低于(%)", "4.3", "市人力资源\n社会保障局", "4.17"],
            ["3*", "促进大学生创业（人）", "促进大学生创业（人）", "260", "团市委", "262"],
            ["4※", "开展畜牧业科技培训(人次)", "开展畜牧业科技培训(人次)", "30000", "市畜牧局、市农业局", "38120"]]
    for r, row in enumerate(rows, start=1):
        for cell, text in zip(table.rows[r].cells, row):
            cell.text = text
    doc.save(path)
    return path


def test_a_header_cell_merged_across_columns_and_bare_figures_with_the_unit_in_the_name(tmp_path):
    """项目内容 merged across two columns gives both the task's role (group and indicator joined, a text met in both
    once); 目标任务's bare figures take their unit from the name's brackets, put where the unit was named (低于4.3%);
    序号 3* and 4※ are numbers; a unit's name broken over two lines in its cell is one name; 进度 is no target."""
    cat = read_notice(_merged_header_docx(tmp_path / "merged.docx")).catalogue
    assert [t.no for t in cat.tasks] == [1, 2, 3, 4]
    assert cat.tasks[0].text == "促进就业创业。城镇新增就业26000人"
    assert [(i.target, i.unit, i.comparator) for i in cat.tasks[1].indicators] == [(4.3, "%", "<=")]
    assert cat.tasks[2].text == "促进大学生创业260人"
    assert [(i.target, i.unit) for i in cat.tasks[3].indicators] == [(30000, "人次")]
    assert cat.tasks[0].departments == ("市人力资源社会保障局",)
    assert cat.tasks[3].departments == ("市畜牧局", "市农业局")
    assert not any(t.needs_review for t in cat.tasks)


def test_related_units_and_persons_columns_of_a_sheet(tmp_path):
    """相关单位 adds departments after 牵头单位 (a unit's bracketed note on its part dropped, 各乡、街道办事处 kept whole);
    责任人 and 协管责任人 are leaders after 责任领导, in column order; a 项目责任人 column is none."""
    path = _progress_xlsx(tmp_path / "related.xlsx", [
        [1, "地区生产总值达到678亿元,增长9.5%", "徐  平", "陈  曦", "区发改局", "徐铭喜",
         "区统计局(数据统计评估牵头单位),\n区财政局、区商务粮食局、\n区金融办,各乡、街道办事处", "李四"],
        [2, "财政收入达到30亿元", "徐  平", "陈  曦", "区财政局", "杨大明", "区国税局", "王五"],
    ], heads=["序号", "目标任务", "责任领导", "区政府办\n协管责任人", "牵头单位", "责任人", "相关单位", "项目责任人"])
    cat = read_notice(path).catalogue
    assert cat.tasks[0].departments == ("区发改局", "区统计局", "区财政局", "区商务粮食局", "区金融办", "各乡、街道办事处")
    assert cat.tasks[0].leaders == ("徐平", "陈曦", "徐铭喜")
    assert cat.tasks[1].leaders == ("徐平", "陈曦", "杨大明")


def test_a_table_pasted_as_text_one_row_a_line(tmp_path):
    """Cells split by ' | ', each row ending ' |', a header written with spaces: read as the task table."""
    path = tmp_path / "pipe.txt"
    path.write_text("序号 | 主 要 工 作 任 务 | 责任单位 |\n"
                    "1 | 地区生产总值增长6%左右。 | 市发展改革委 |\n"
                    "2 | 研发投入强度达到3.5%。 | 市科技局 |\n"
                    "3 | 加强金融服务保障。 | 市金融办、人行嘉兴市中心支行、 嘉兴银保监分局 |\n", encoding="utf-8")
    parsed = read_notice(path)
    cat = parsed.catalogue
    assert [(t.no, t.text) for t in cat.tasks][:2] == [(1, "地区生产总值增长6%左右。"), (2, "研发投入强度达到3.5%。")]
    assert cat.tasks[2].departments == ("市金融办", "人行嘉兴市中心支行", "嘉兴银保监分局")
    assert not any(t.needs_review for t in cat.tasks)


def test_a_table_pasted_as_text_one_cell_a_line(tmp_path):
    """A page's cells stored one a line, each ending ' |': the header from 序号 to the first number gives the
    width; persons run together in a cell (陆 明俞 悦) are split at a name the column gives alone (俞 悦)."""
    path = tmp_path / "cells.txt"
    path.write_text("重点工作目标任务分解表\n序号 |\n目标与任务 |\n分 管 县领导 |\n牵头责任单位 |\n责任单位 |\n"
                    "80 |\n新增托位数400个以上。 |\n俞 悦 |\n县教育局 |\n县各有关单位 |\n"
                    "81 |\n支持芜湖科技工程学校发展。 |\n陆 明俞 悦 |\n县教育局 |\n县各有关单位 |\n", encoding="utf-8")
    cat = read_notice(path).catalogue
    assert [t.no for t in cat.tasks] == [80, 81]
    assert cat.tasks[0].departments == ("县教育局", "县各有关单位")
    assert cat.tasks[0].leaders == ("俞悦",) and cat.tasks[1].leaders == ("陆明", "俞悦")


def test_a_numbered_table_without_a_known_header_still_gives_tasks_for_review(tmp_path):
    """Never a dead end: rows numbered 1, 2, 3 under a header naming nothing known give tasks (the longest texts),
    units found by their names, every task flagged for review and one warning saying what was guessed."""
    path = tmp_path / "unknown.txt"
    path.write_text("编 | 事 项 | 承 担 | 时 间 |\n"
                    "1 | 推进老旧小区改造，完成改造小区30个以上。 | 市住建局 | 年底前 |\n"
                    "2 | 加快城市更新，建成口袋公园10个。 | 市城管局、市住建局 | 6月底前 |\n"
                    "3 | 深化营商环境改革，推行企业开办一日办结。 | 市市场监管局 | 长期 |\n", encoding="utf-8")
    parsed = read_notice(path)
    cat = parsed.catalogue
    assert [t.no for t in cat.tasks] == [1, 2, 3]
    assert cat.tasks[1].departments == ("市城管局", "市住建局")
    assert all(t.needs_review and "表头未能识别" in t.review for t in cat.tasks)
    assert sum("表头未能识别" in w for w in parsed.warnings) == 1


def test_a_numbered_contact_list_is_no_task_table(tmp_path):
    """A numbered list of names and telephone numbers is no task table: it stays text (and, alone, no catalogue)."""
    path = tmp_path / "contacts.txt"
    path.write_text("联系人名单\n1 | 张三 | 市住建局 | 13800000001 |\n2 | 李四 | 市城管局 | 13800000002 |\n"
                    "3 | 王五 | 市财政局 | 13800000003 |\n", encoding="utf-8")
    assert [ln.hint for ln in load_lines(path)] == ["", "", "", ""]
    with pytest.raises(NoticeParseError):
        read_notice(path)

@pytest.mark.parametrize("text, expected", [
    # 万 before a noun of people counts persons; samples are counted in 批次, a rate per thousand people is a level
    ("实施农村供水保障工程,提升3万农村人口供水保障水平。", [(3, "万人", ">=", "cumulative")]),
    ("为2万名儿童实施免费窝沟封闭。", [(2, "万名", ">=", "cumulative")]),
    ("食品安全抽检量不少于4批次/千人,开展药品抽检800批次。",
     [(4, "批次/千人", ">=", "level"), (800, "批次", ">=", "cumulative")]),
    ("全县3万农村人口中,贫困人口500人。", [(500, "人", ">=", "cumulative")]),   # no verb of delivery: who lives there
    ("惠及5万群众。", []),
    ("推进3万亩农田建设。", [(3, "万亩", ">=", "cumulative")]),             # 万亩 is no count of people: an area built up
])
def test_round_seven_counts_of_people_and_samples(text, expected):
    assert [(i.target, i.unit, i.comparator, i.kind) for i in extract_indicators(text, 1)] == expected


@pytest.mark.parametrize("text, expected", [
    # a service standard written as its figures: each a ceiling (<=), a level
    ("9月底前,实现开办企业全流程(名称申报、企业登记)1个环节、0成本、1天办结。",
     [("开办企业全流程环节", 1, "个"), ("开办企业全流程成本", 0, ""), ("开办企业全流程办结时间", 1, "天")]),
    ("企业开办一个环节、零成本、一天办结。", [("企业开办环节", 1, "个"), ("企业开办成本", 0, ""), ("企业开办办结时间", 1, "天")]),
    ("实现不动产登记3个工作日办结。", [("不动产登记办结时间", 3, "个工作日")]),
    # 环节 alone counts parts of the work; 零成本 alone is a manner of speaking
    ("抓好3个环节。", []),
    ("把好3个环节、2个关口。", []),
    ("实现零成本。", []),
])
def test_round_seven_a_service_standard_of_figures(text, expected):
    found = extract_indicators(text, 1)
    assert [(i.metric, i.target, i.unit) for i in found] == expected
    assert all((i.comparator, i.kind) == ("<=", "level") for i in found)


_NOTICE_BODY = ("关于征集对2023年某市民生实事项目\n实施情况专题询问意见建议的通告\n"
                "根据工作安排,现向社会各界征集意见和建议。一、征集意见和建议的主要内容\n"
                "1. 您比较关注哪些方面的民生问题?\n2. 您对民生实事推进工作有哪些意见或建议?\n"
                "二、征集意见和建议的时间\n即日起至8月5日\n三、反映意见和建议的方式\n联系电话:85800393\n"
                "市人大社会建设委员会\n2023年7月24日\n附件:\n2023年某市民生实事项目\n")


def test_the_notice_s_own_parts_are_no_sections_when_its_first_was_run_on():
    text = _NOTICE_BODY + ("一、教育惠民领域\n1. 新建中小学15所。(牵头单位:市教育局;共同责任单位:市财政局)\n"
                           "2. 新建幼儿园14所。(牵头单位:市教育局)\n二、健康惠民领域\n3. 新建社区卫生服务中心2个。(牵头单位:市卫健委)\n")
    parsed = read_notice(text.encode("utf-8"))
    cat = parsed.catalogue
    assert cat.title == "关于征集对2023年某市民生实事项目实施情况专题询问意见建议的通告"
    assert [(s.no, s.title) for s in cat.sections] == [(1, "教育惠民领域"), (2, "健康惠民领域")]
    assert [(t.no, t.section, t.departments[0]) for t in cat.tasks] == [(1, 1, "市教育局"), (2, 1, "市教育局"),
                                                                       (3, 2, "市卫健委")]
    assert not any("不连续" in w for w in parsed.warnings)


def test_a_plan_going_back_to_one_after_its_own_tasks_keeps_its_parts():
    text = ("某区2023年重点任务\n一、甲\n1. 推进节水。(区水务局负责)\n二、乙\n2. 推进改革。(区发改局负责)\n"
            "一、丙\n3. 扩大开放。(区商务局负责)\n")
    parsed = read_notice(text.encode("utf-8"))
    assert [s.title for s in parsed.catalogue.sections] == ["甲", "乙", "丙"]
    assert len(parsed.catalogue.tasks) == 3 and any("不连续" in w for w in parsed.warnings)


# -- round eight (b): tables without 序号, laid out across, pasted with the number in the name cell ----------

def test_docx_table_without_number_column_numbers_its_rows(tmp_path):
    """牵头单位 | 目 标 任 务 | 责 任 单 位, no 序号: each row a task numbered in order; the lead merged down and
    written down the narrow column (市政 / 府办 / 公厅) read as one name; 和 between two units' names lists them."""
    from docx import Document

    doc = Document()
    doc.add_paragraph("某市人民政府关于2012年目标任务责任分解的通知")
    table = doc.add_table(rows=4, cols=3)
    for cell, head in zip(table.rows[0].cells, ("牵头单位", "目 标 任 务", "责 任 单 位")):
        cell.text = head
    table.cell(1, 0).merge(table.cell(2, 0)).text = "市政\n府办\n公厅"
    table.cell(1, 1).text, table.cell(1, 2).text = "强化行政监督,办理人大代表建议", "市直各单位、各区县市"
    table.cell(2, 1).text, table.cell(2, 2).text = "推进国家安全工作发展", "统计局和市直相关单位"
    table.cell(3, 0).text, table.cell(3, 1).text = "市\n发\n改\n委", "地区生产总值增长13%"
    table.cell(3, 2).text = "市住房和城乡建设局"
    doc.save(tmp_path / "no_number.docx")
    cat = read_notice(tmp_path / "no_number.docx").catalogue
    assert [(t.no, t.departments) for t in cat.tasks] == [
        (1, ("市政府办公厅", "市直各单位", "各区县市")), (2, ("市政府办公厅", "统计局", "市直相关单位")),
        (3, ("市发改委", "市住房和城乡建设局"))]
    assert [(i.task_no, i.target, i.unit) for i in cat.indicators()] == [(3, 13, "%")]


def test_units_cell_with_names_apart_by_a_space():
    text = ("某县2021年民生实事任务分解表\n序号 | 具体工作任务和要求 | 责任领导 | 责任单位 |\n"
            "1 | 增加义务教育学位5000个。 | 毛晓青 | 县教体局 各相关乡镇政府 |\n"
            "2 | 完成县妇幼保健院主体工程建设。 | 毛晓青 | 县卫健委　各相关单位 |\n"
            "3 | 提升供水能力。 | 张学伟 | 县住建局 伍泽 |\n")
    cat = read_notice(text.encode("utf-8")).catalogue
    assert [t.departments for t in cat.tasks] == [("县教体局", "各相关乡镇政府"), ("县卫健委", "各相关单位"),
                                                  ("县住建局 伍泽",)]      # a word that is no unit stays as written


def test_vertical_unit_names_only_when_the_lines_are_fragments():
    from tz_excel.tables import _unit_lines

    assert _unit_lines("长沙\n先导\n区管委会") == "长沙先导区管委会"
    assert _unit_lines("市\n监\n察\n局") == "市监察局"
    assert _unit_lines("市发改委\n市财政局") == "市发改委\n市财政局"       # two names, one a line


def test_pipe_table_with_the_number_in_the_name_cell():
    """类别 | 民生事项名称 | … pasted with ' | ': the number inside the name cell (14.改扩建…) numbers the task, the
    category cell (merged down, so only in the first row) is a section, and the progress columns' figures
    (完成70%, 32402人, 参与率100%) give no targets."""
    text = ("类别 | 民生事项名称 | 2022年度任务目标 | 责任单位 | 分管市领导 | 1-9月份工作完成情况 | 1-9月份工作取得成效 |\n"
            "四、教育文化 | 14.改扩建泉山学校 | 完成2座教学楼建设。 | 教育体育局 | 刘福利 | 整体钢结构施工完成70%。 | "
            "正在加速推进。 |\n"
            "15.推进运动场地建设 | 完成13处农村学校塑胶运动场地建设。 | 教育体育局 | 刘福利 | 完成基础施工30%。 | "
            "已完成基础建设。 | |\n"
            "16.推进课后服务 | 对全市义务教育学校实行课后服务全覆盖。 | 教育体育局 | 刘福利 | 调度2次。 | "
            "学生32402人参与,参与率100%。 |\n")
    cat = read_notice(text.encode("utf-8")).catalogue
    assert [(s.no, s.title) for s in cat.sections] == [(4, "教育文化")]
    assert [(t.no, t.title, t.departments, t.leaders) for t in cat.tasks] == [
        (14, "改扩建泉山学校", ("教育体育局",), ("刘福利",)), (15, "推进运动场地建设", ("教育体育局",), ("刘福利",)),
        (16, "推进课后服务", ("教育体育局",), ("刘福利",))]
    assert [(i.task_no, i.target, i.unit) for i in cat.indicators()] == [(14, 2, "座"), (15, 13, "处")]


def test_progress_column_is_never_the_task_by_its_content():
    from tz_excel.tables import table_lines

    rows = [["序号", "事项", "情况"], ["1", "新建幼儿园3所,扩充学位600个", "截至9月底已完成2所幼儿园主体建设,学位完成率67%"],
            ["2", "改造老旧小区12个,惠及居民3000户", "目前正在全面施工,已完成8个小区的外立面改造"], ["3", "新建公园2个,绿地50亩", "已完成1个公园的建设,另一个正在进行绿化"]]
    tasks = [e["text"] for _, e in table_lines(rows) if e.get("hint") == "task"]
    assert tasks == ["1.新建幼儿园3所,扩充学位600个", "2.改造老旧小区12个,惠及居民3000户", "3.新建公园2个,绿地50亩"]


def test_xlsx_table_laid_out_across_is_read_one_task_a_column(tmp_path):
    """One indicator a column: the names under a group row merged across, a 责任单位 row (one unit merged over two
    columns), the targets in the 全市 row, a bare figure placed where the name gives its unit ((人)); no 序号."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["2021年某市民生实事责任分工表"])
    ws.append(["地区", "组织技能培训", None, None])
    ws.append(["地区", "建成投用市公共实训基地", "劳务品牌培训(人)", "农村残疾人实用技术培训(人)"])
    ws.append(["责任\n单位", "市人力资源社会保障局", None, "市残联"])
    ws.append(["全市", "完成年度\n目标任务", 2400, 2000])
    ws.append(["市本级", None, 300, 200])
    ws.merge_cells("B2:D2")
    ws.merge_cells("A2:A3")
    ws.merge_cells("B4:C4")
    wb.save(tmp_path / "across.xlsx")
    cat = read_notice(tmp_path / "across.xlsx").catalogue
    assert [(s.no, s.title) for s in cat.sections] == [(1, "组织技能培训")]
    assert [(t.no, t.departments) for t in cat.tasks] == [(1, ("市人力资源社会保障局",)), (2, ("市人力资源社会保障局",)),
                                                          (3, ("市残联",))]
    assert [(i.task_no, i.target, i.unit) for i in cat.indicators()] == [(2, 2400, "人"), (3, 2000, "人")]
    assert not any(t.needs_review for t in cat.tasks)


def test_a_table_naming_only_its_task_column_is_no_dead_end(tmp_path):
    """重点工作任务 | 完成时限, no 序号 and no units: tasks in row order, flagged for the office's review."""
    from docx import Document

    doc = Document()
    doc.add_paragraph("某区2023年重点工作安排")
    table = doc.add_table(rows=3, cols=2)
    for r, cells in enumerate((("重点工作任务", "完成时限"), ("新建城市公园2个,完善配套设施", "2023年6月底前"),
                               ("改造老旧小区12个,惠及居民3000户", "2023年9月底前"))):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    doc.save(tmp_path / "task_only.docx")
    parsed = read_notice(tmp_path / "task_only.docx")
    cat = parsed.catalogue
    assert [(t.no, t.due.isoformat() if t.due else None) for t in cat.tasks] == [(1, "2023-06-30"), (2, "2023-09-30")]
    assert all(t.needs_review and "没有序号列" in t.review for t in cat.tasks)
    assert any("没有序号列" in w for w in parsed.warnings)


@pytest.mark.parametrize("rows", [
    [["术语", "解释"], ["民生实事", "政府每年承诺办理的与群众生活密切相关的实事"], ["责任单位", "承担任务的牵头部门和配合部门"]],
    [["单位", "联系人", "电话"], ["市发展改革委", "张三", "0531-1234567"], ["市财政局", "李四", "0531-7654321"]],
    [["责任单位", "市发展改革委", "市财政局"], ["联系人", "张三", "李四"], ["电话", "0531-1234567", "0531-7654321"]],
])
def test_glossary_and_contact_tables_are_no_task_tables(rows):
    from tz_excel.tables import table_lines

    assert not any(entry.get("hint") == "task" for _, entry in table_lines(rows))


def test_table_across_without_a_units_row_is_read_for_review(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["2024年某县主要民生指标"])
    ws.append(["指标", "城镇新增就业(人)", "新建幼儿园(所)", "改造农村公路(公里)"])
    ws.append(["目标", 2600, 5, 120])
    wb.save(tmp_path / "across_no_units.xlsx")
    parsed = read_notice(tmp_path / "across_no_units.xlsx")
    cat = parsed.catalogue
    assert [t.no for t in cat.tasks] == [1, 2, 3] and all(t.needs_review for t in cat.tasks)
    assert [(i.task_no, i.target, i.unit) for i in cat.indicators()] == [(1, 2600, "人"), (2, 5, "所"), (3, 120, "公里")]
    assert any("按列排列" in w for w in parsed.warnings)


def test_a_table_laid_out_down_is_not_turned_across():
    from tz_excel.tables import _transposed

    rows = [["项目", "主要内容", "目标值", "完成时限"], ["新建公园", "新建城市公园,完善配套设施", "2", "6月底前"],
            ["合计", "", "2", ""]]
    assert _transposed(rows) is None

# -- 任务目标:/建设内容: fields under an item (round eight) -----------------------------------------------

_FIELDS_NOTICE = ("某县2024年民生实事项目任务\n一、莲塘等片区排水单元雨污分流改造项目\n牵头领导:张某\n牵头单位:县城管局\n"
                  "责任单位:县水业公司、属地乡镇\n任务目标:2024年度计划对唐庄、百城经典等20个排水单元进行雨污管网分流改造;"
                  "对洪州大道、澄湖西路等三条道路进行市政配套管网建设\n二、10万平方米老旧小区改造项目\n牵头领导:张某\n"
                  "牵头单位:县城管局\n责任单位:莲塘镇任务目标:2024年计划改造完成莲水巷等住宅小区,改造总建筑面积不少于10万平方米。\n"
                  "三、新建300个公共充电桩项目\n牵头领导:张某\n牵头单位:县城管局\n责任单位:县城投集团\n"
                  "任务目标:2024年计划在莲塘片区等区域内共完成300个公共充电桩建设\n")


def test_target_fields_under_an_item_belong_to_its_task():
    cat = read_notice(_FIELDS_NOTICE.encode("utf-8")).catalogue
    assert [t.departments for t in cat.tasks] == [("县城管局", "县水业公司", "属地乡镇"), ("县城管局", "莲塘镇"),
                                                 ("县城管局", "县城投集团")]
    assert [t.leaders for t in cat.tasks] == [("张某",)] * 3
    assert [t.title for t in cat.tasks] == ["莲塘等片区排水单元雨污分流改造项目", "10万平方米老旧小区改造项目",
                                            "新建300个公共充电桩项目"]
    assert "20个排水单元" in cat.tasks[0].text and "不少于10万平方米" in cat.tasks[1].text
    assert [(i.target, i.unit) for i in cat.tasks[0].indicators] == [(20, "个"), (3, "条")]
    assert [(i.target, i.unit, i.comparator) for i in cat.tasks[1].indicators] == [(10, "万平方米", ">=")]
    # the size the heading gives (新建300个…) is read once, not again from the field
    assert [(i.id, i.target, i.unit) for i in cat.tasks[2].indicators] == [("3.1", 300, "个")]


def test_a_target_field_before_any_item_is_no_task_text():
    text = ("某县2024年任务\n工作目标:全年新建公厕50座\n一、改厕项目\n责任单位:县农业农村局\n任务目标:改造户厕200户\n")
    cat = read_notice(text.encode("utf-8")).catalogue
    assert len(cat.tasks) == 1 and "50座" not in cat.tasks[0].text
    assert [(i.target, i.unit) for i in cat.tasks[0].indicators] == [(200, "户")]


# -- targets (round eight): 余, a count closing a list, 至 a total, dimensions ----------------------------

@pytest.mark.parametrize("text, expected", [
    ("建设30余亩产业园,建大棚20个。", [(30, "亩", ">=", "cumulative"), (20, "个", ">=", "cumulative")]),
    ("新建2公里道路。", [(2, "公里", ">=", "cumulative")]),
    ("年内启动尚贤、冠山等6个乡镇供水管网设施建设。", [(6, "个", ">=", "cumulative")]),
    ("对洪州大道、澄湖西路等三条道路进行市政配套管网建设。", [(3, "条", ">=", "cumulative")]),
    ("扩充公办幼儿园学位至1800个。", [(1800, "个", ">=", "level")]),
    ("病床数增加到500张。", [(500, "张", ">=", "level")]),
    ("硬化路面宽3.5米,长700米。", [(700, "米", ">=", "cumulative")]),
    ("新建护坡高2米、长120米。", [(120, "米", ">=", "cumulative")]),
    ("引导企业群众网上办事,2019年实现90%事项网上办。", [(90, "%", ">=", "level")]),
])
def test_round_eight_targets(text, expected):
    assert [(i.target, i.unit, i.comparator, i.kind) for i in extract_indicators(text, 1)] == expected


@pytest.mark.parametrize("text", [
    "推进A项目、B项目等14个项目建设。",           # a verb of scope: the list only names what is meant
    "聚焦甲、乙等5个领域。",
    "安装直径1.2米管道。",
    "墙体厚0.5米。",
    "超过50%部分按规定执行。",                   # a share before a noun without a verb reaching it
])
def test_round_eight_non_targets(text):
    assert extract_indicators(text, 1) == ()


def test_a_rise_in_points_is_no_dimension():
    found = extract_indicators("常住人口城镇化率提高1.2个百分点。", 1)
    assert [(i.target, i.unit) for i in found] == [(1.2, "个百分点")]


# -- rules numbered by chapters and articles (round eight) ------------------------------------------

_RULES = ("某县进一步优化营商环境的若干规定\n第一章  总  则\n第一条  为优化营商环境,特制定本规定。\n"
          "第二章  推进改革\n第一节  窗口服务\n第二条  推进一窗办。对43项“一件事”启动实施办理。(牵头责任单位:县政务服务中心;责任单位:各相关单位)\n"
          "第三条  推进网上办。(牵头责任单位:县政务服务中心)\n第二节  审批服务\n"
          "第四条  压缩审批时限。(责任单位:县住建局)\n第三章  附  则\n第五条  本规定自印发之日起施行。\n")


def test_chapters_are_sections_and_articles_that_carry_markers_are_tasks():
    cat = read_notice(_RULES.encode("utf-8")).catalogue
    assert [(t.no, t.title, t.departments[0]) for t in cat.tasks] == [
        (2, "推进一窗办", "县政务服务中心"), (3, "推进网上办", "县政务服务中心"), (4, "压缩审批时限", "县住建局")]
    # the one chapter holding tasks is grouped by its 第一节/第二节, which become the catalogue's parts
    assert [t.section for t in cat.tasks] == [1, 1, 2] and [s.title for s in cat.sections] == ["窗口服务", "审批服务"]
    assert all("第" not in t.title and "窗口服务" not in t.text for t in cat.tasks)


@pytest.mark.parametrize("text, kind", [
    ("第一章  总  则", "cn"), ("第一节  一般规定", "jie"), ("第二条  推进", "article"), ("第一百零二条 附则", "article"),
    ("第一条道路建成通车", None), ("第二节课安排", None),
])
def test_chapter_section_and_article_labels(text, kind):
    label = item_label(text)
    assert (label.kind if label else None) == kind


def test_a_plan_numbered_by_parts_keeps_its_tasks():
    text = ("某区2023年重点任务\n一、甲\n1. 推进节水。(区水务局负责)\n第一条道路建成通车。\n2. 推进改革。(区发改局负责)\n")
    cat = read_notice(text.encode("utf-8")).catalogue
    assert [(t.no, t.departments) for t in cat.tasks] == [(1, ("区水务局",)), (2, ("区发改局",))]


# -- a heading over a single numbered task whose marker line follows it (round eight) ----------------

_ONE_POINT = ("某局2025年工作要点\n{head}\n1.始终把政治建设摆在首位。严格落实第一议题制度。\n"
              "责任单位:组干科、办公室、人事科。\n")


@pytest.mark.parametrize("head_and_item", [
    "一、聚焦政治引领,坚持和加强党的全面领导",
    "一、聚焦政治引领,坚持和加强党的全面领导1.始终把政治建设摆在首位。严格落实第一议题制度。",   # glued
])
def test_the_marker_under_a_point_is_the_point_s_not_its_heading_s(head_and_item):
    text = _ONE_POINT.format(head=head_and_item)
    if "1." in head_and_item:
        text = text.replace("\n1.始终把政治建设摆在首位。严格落实第一议题制度。", "")
    cat = read_notice(text.encode("utf-8")).catalogue
    assert [(t.no, t.title) for t in cat.tasks] == [(1, "始终把政治建设摆在首位")]
    assert cat.tasks[0].departments == ("组干科", "办公室", "人事科")
    assert [s.title for s in cat.sections] == ["聚焦政治引领,坚持和加强党的全面领导"]


def test_a_heading_whose_points_share_one_marker_stays_the_task():
    text = ("某局2025年工作要点\n一、加强党的建设\n1.落实第一议题制度。\n2.加强干部队伍建设。\n责任单位:组干科、人事科。\n"
            "二、推进教育改革\n1.深化课程改革。\n2.推进集团化办学。\n责任单位:基教科。\n")
    cat = read_notice(text.encode("utf-8")).catalogue
    assert [(t.no, t.departments[0]) for t in cat.tasks] == [(1, "组干科"), (2, "基教科")]
    assert cat.tasks[0].title.startswith("加强党的建设")


@pytest.mark.parametrize("line, expected", [
    ("一、聚焦政治引领,加强全面领导1.始终把政治建设摆在首位。", ["一、聚焦政治引领,加强全面领导", "1.始终把政治建设摆在首位。"]),
    ("一、主要目标（一）经济增长", ["一、主要目标", "（一）经济增长"]),
    ("一、加快建设1.5万亩基地", ["一、加快建设1.5万亩基地"]),
    ("一、建设5G基站1000个", ["一、建设5G基站1000个"]),
    ("（一）推进改革。1.深化", ["（一）推进改革。1.深化"]),
])
def test_a_heading_run_into_its_first_point_is_cut(line, expected):
    from tz_excel.flattened import split_items
    assert [ln.text for ln in split_items([Line(1, line)])] == expected


# -- round nine, after the held-out run: rules set by policy, frequencies, per-unit specifications --

def _targets_of(text):
    return [(i.target, i.unit, i.comparator, i.kind) for i in extract_indicators(text, 1)]


@pytest.mark.parametrize("text", [
    # a rate levied on payers, set by the policy: applied, not reported against
    "将参保单位缴费费率由7%降至6%,将灵活就业人员缴费费率由9%降至8%。",
    "阶段性降低失业保险费率至1%。",
    "将小微企业增值税征收率下调至1%。",
    # the estimated effect of a measure (约), not a commitment
    "为全市各类用人单位及灵活就业人员减负约39.13亿元。",
    "预计为企业节约成本约500万元。",
    # how often a body meets or studies: a rule of its working
    "至少半年组织1次集体学习。",
    "每季度至少召开1次调度会。",
    "每月开展1次安全检查。",
    "每年至少组织2次应急演练。",
    # what each facility or place must have: a specification
    "年底前实现每个街道有1处综合养老服务设施,嵌入式养老床位不少于50张。",
    "每所学校配备心理教师不少于2名。",
])
def test_round_nine_rules_are_not_targets(text):
    assert extract_indicators(text, 1) == ()


@pytest.mark.parametrize("text, expected", [
    # a benefit standard raised is paid out and reported: still a target (round five)
    ("将城乡低保标准从每人每月500元提高到每人每月550元。", [(550, "元", ">=", "level")]),
    # a market rate held to a bound is no rate set by rule
    ("普惠小微企业贷款利率控制在5%以内。", [(5, "%", "<=", "level")]),
    # a commitment to relief says its bound, not 约
    ("全年为企业减税降费50亿元左右。", [(50, "亿元", "~", "cumulative")]),
    ("全年为企业减负200亿元以上。", [(200, "亿元", ">=", "cumulative")]),
    # a year's total of sessions, not a frequency
    ("全年组织开展文化下乡演出不少于100场。", [(100, "场", ">=", "cumulative")]),
    ("开展专项整治行动4次以上。", [(4, "次", ">=", "cumulative")]),
    # a total the task delivers, not what each place must have
    ("全区新建养老床位不少于500张。", [(500, "张", ">=", "cumulative")]),
    ("每个乡镇建成1个综合文化站,全县建成文化站不少于20个。", [(20, "个", ">=", "cumulative")]),
])
def test_round_nine_commitments_next_to_rules_stay(text, expected):
    assert _targets_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("开展胃肠癌联合筛查1万例以上。", [(1, "万例", ">=", "cumulative")]),
    ("完成白内障复明手术300例。", [(300, "例", ">=", "cumulative")]),
    ("全面启动130个乡村振兴示范村建设。", [(130, "个", ">=", "cumulative")]),
])
def test_round_nine_cases_and_works_started_are_counted(text, expected):
    assert _targets_of(text) == expected


@pytest.mark.parametrize("text", [
    "探索一例一策,建立首例报告制度。",         # 例 in words is no count
    "启动3个方面工作。",                         # aspects of the work organise the text
])
def test_round_nine_cases_and_starts_that_are_no_counts(text):
    assert extract_indicators(text, 1) == ()


@pytest.mark.parametrize("text, expected", [
    # one 新增 over a list: every item is new area, counted up
    ("新增供热管网覆盖面积50万平方米、燃气管网覆盖面积100万平方米、供水管网覆盖面积100万平方米。",
     [(50, "万平方米", ">=", "cumulative"), (100, "万平方米", ">=", "cumulative"),
      (100, "万平方米", ">=", "cumulative")]),
    # a verb before the first figure alone governs only it
    ("能繁母猪存栏稳定在28万头左右,生猪出栏450万头以上。",
     [(28, "万头", "~", "level"), (450, "万头", ">=", "cumulative")]),
    # a later item with a verb of its own keeps its own kind
    ("新增绿地面积50万平方米,城市绿化覆盖面积保持在300万平方米。",
     [(50, "万平方米", ">=", "cumulative"), (300, "万平方米", ">=", "level")]),
])
def test_round_nine_a_list_under_one_verb_shares_its_kind(text, expected):
    assert _targets_of(text) == expected


@pytest.mark.parametrize("text, kind", [
    ("力争全年优良天数不少于202天。", "cumulative"),       # days of a kind counted as the year goes
    ("企业开办时间压缩至3天。", "level"),                  # a time limit in days
])
def test_round_nine_a_count_of_days_is_cumulative_a_time_limit_a_level(text, kind):
    assert [i.kind for i in extract_indicators(text, 1)] == [kind]


def test_round_nine_one_for_each_place_is_no_total():
    assert extract_indicators("每个乡镇建成1个综合文化站。", 1) == ()

# -- round nine: every numbering label form is a level with its value, and nothing but NoticeParseError ----

# Each level's written forms, as a function of the item's number (1 to 20).
_LABEL_FORMS = {
    "cn": (lambda n: f"{cn_numeral(n)}、", lambda n: f"第{cn_numeral(n)}部分 "),
    "cn_paren": (lambda n: f"（{cn_numeral(n)}）", lambda n: f"({cn_numeral(n)})"),
    "num": (lambda n: f"{n}.", lambda n: f"{n}、", lambda n: f"{n}．".translate({ord(d): ord(d) + 0xFEE0 for d in "0123456789"}),
            lambda n: chr(0x2487 + n)),
    "num_paren": (lambda n: f"（{n}）", lambda n: f"{n})", lambda n: chr(0x2473 + n)),
    "circled": (lambda n: chr(0x245F + n),),
}


@pytest.mark.parametrize("kind,form", [(k, i) for k, forms in _LABEL_FORMS.items() for i in range(len(forms))])
@pytest.mark.parametrize("n", [1, 2, 9, 10, 11, 20])
def test_every_label_form_reads_its_kind_and_value(kind, form, n):
    label = item_label(fold(_LABEL_FORMS[kind][form](n) + "推进工作"))
    assert label is not None and (label.kind, label.number) == (kind, n)


def test_circled_and_parenthesized_digits_are_their_values_and_others_are_not_labels():
    assert [label_number("circled", c) for c in "①⑨⑩⑳"] == [1, 9, 10, 20]
    assert [label_number("num_paren", c) for c in "⑴⒇"] == [1, 20]
    assert [label_number("num", c) for c in "⒈⒛"] == [1, 20]
    assert label_number("num", "²") == 0 and label_number("circled", "㉑") == 0     # never an int() error
    assert item_label("²推进工作") is None and item_label("①") is None


def test_five_levels_with_the_task_at_circled_number():
    text = ("2021年民生实事工作方案\n一、工作任务\n（一）实施民生工程\n1.城乡居民增收工程\n（1）增加城镇居民收入\n"
            "①以就业促增收，帮助就业困难人员实现就业1.39万人。（牵头部门：州人力资源和社会保障局；"
            "责任单位：10县市人民政府）\n②提高农村居民收入，转移就业10万人。（牵头部门：州农业农村局）\n")
    catalogue = read_notice(text.encode()).catalogue
    assert [t.departments[0] for t in catalogue.tasks] == ["州人力资源和社会保障局", "州农业农村局"]
    assert catalogue.tasks[0].title.startswith("以就业促增收")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(sorted(_LABEL_FORMS)), st.integers(0, 3), st.integers(1, 20),
                          st.booleans()), min_size=1, max_size=12))
def test_any_label_at_any_level_reads_or_raises_notice_parse_error(items):
    """Labels of every form, at any depth and in any order (a bad document too): a catalogue or NoticeParseError."""
    lines = ["某区2022年重点工作任务"]
    for kind, form, n, marked in items:
        forms = _LABEL_FORMS[kind]
        line = forms[form % len(forms)](n) + "推进重点工作，新建学校3所"
        lines.append(line + ("。（责任单位：区教育局）" if marked else "。"))
    try:
        catalogue = read_notice("\n".join(lines).encode()).catalogue
    except NoticeParseError:
        return
    assert all(t.no >= 1 for t in catalogue.tasks)


def test_bench_counts_no_lead_found_right_when_labelled_none():
    """hebi_minsheng_2022 names no unit: a null lead label and no department found agree; a found one does not,
    and a task not found at all is still wrong."""
    from tz_excel.catalogue import Catalogue, Section, Task

    bench = _bench()
    labels = {"split": "heldout", "year": 2022, "tasks": [
        {"no": 1, "lead": None, "departments": [], "leaders": [], "targets": []},
        {"no": 2, "lead": None, "departments": [], "leaders": [], "targets": []},
        {"no": 3, "lead": None, "departments": [], "leaders": [], "targets": []}]}
    tasks = (Task(1, 1, "甲", "甲", ()), Task(2, 1, "乙", "乙", ("区财政局",)))
    cat = Catalogue("通知", 2022, (Section(1, "一"),), tasks)
    assert bench.measure_document("x", cat, labels).lead == pytest.approx(1 / 3)


# -- round nine: tables pasted as text with bare row numbers and no header ----------------------------

_HEADERLESS = (
    "1 | “6张清单”招大引强行动。深化“6张清单”，招引10亿元以上项目8个，亿元以上项目60个。 | "
    "1季度:招引10亿元以上项目2个; 4季度:招引10亿元以上项目8个。 | 陆夏峰 | *区投促局 各镇街 各平台 |\n"
    "2 | 高校经济“三百”行动。落地高质量高校经济项目100个，实现技术交易总额120亿元以上。 | "
    "1季度:落地项目20个; 4季度:落地项目20个。 | 韩 斌 | 各镇街 区科技局* |\n")


def test_headerless_pasted_table_rows_numbered_in_sequence_are_tasks():
    catalogue = read_notice(_HEADERLESS.encode()).catalogue
    assert [t.departments for t in catalogue.tasks] == [("区投促局", "各镇街", "各平台"), ("区科技局", "各镇街")]
    assert [t.leaders for t in catalogue.tasks] == [("陆夏峰",), ("韩斌",)]
    assert catalogue.tasks[0].title == "“6张清单”招大引强行动"
    # the quarterly plan is no part of the task: its milestones are no targets
    assert [(i.target, i.unit) for i in catalogue.tasks[0].indicators] == [(8, "个"), (60, "个")]


@pytest.mark.parametrize("text", [
    # numbered rows of names and telephone numbers, no units: a list of contacts, no task table
    "1 | 张三 | 13800000000 |\n2 | 李四 | 13900000000 |\n",
    # rows numbered 2, 3 (not from 1): no table of tasks
    "2 | 推进招大引强行动，招引亿元以上项目60个。 | 区投促局 |\n3 | 推进高校经济行动，落地项目100个。 | 区科技局 |\n",
])
def test_two_numbered_rows_without_units_or_sequence_stay_no_table(text):
    with pytest.raises(NoticeParseError):
        read_notice(text.encode())


@pytest.mark.parametrize("cell, expected", [
    ("*区投促局 各镇街 各平台", "区投促局 各镇街 各平台"),
    ("区投促局 *区科技局 各镇街", "区科技局、区投促局、各镇街"),
    ("区财政局 区住建局*", "区住建局、区财政局"),
    ("区财政局、区教育局", "区财政局、区教育局"),            # no star: as written
])
def test_a_star_marks_the_lead_unit(cell, expected):
    from tz_excel.tables import _lead_first

    assert _lead_first(cell) == expected


_ONE_CELL_A_LINE = """2022年区政府民生实事项目滞后项目情况表

序号

目标任务

牵头单位

进展情况

备注

1

开工老旧小区综合改造提升工程15个、竣工24个，安装既有住宅电梯65台。

*区住建局

*区综合行政执法局

已开工8个项目，2个项目正在编制招标控制价。
2

新增婴幼儿托位500个。

区卫健局

已完成300个。
"""


def test_table_pasted_one_cell_a_line_under_its_header():
    catalogue = read_notice(_ONE_CELL_A_LINE.encode()).catalogue
    assert [t.departments for t in catalogue.tasks] == [("区住建局", "区综合行政执法局"), ("区卫健局",)]
    assert [(i.target, i.unit) for i in catalogue.tasks[1].indicators] == [(500, "个")]   # progress cells dropped
    assert all(t.needs_review for t in catalogue.tasks)


def test_one_cell_a_line_needs_a_units_column_in_its_header():
    text = _ONE_CELL_A_LINE.replace("牵头单位\n", "联系人\n")
    with pytest.raises(NoticeParseError):
        read_notice(text.encode())


# -- round nine: a Word table's group merged down over its indicators -----------------------------------

def _merged_group_docx(path: Path, second_item: str) -> Path:
    """项 目 across three columns (工程 | group | indicator) | 目标 | 责任领导 | 责任单位, no 序号; the 工程, the group,
    the leader and the unit merged down (w:vMerge) over two indicator rows."""
    from docx import Document

    doc = Document()
    doc.add_paragraph("2017年民生工程目标任务分解表")
    table = doc.add_table(rows=3, cols=6)
    head = table.cell(0, 0).merge(table.cell(0, 2))
    head.text = "项 目"
    for c, text in zip(range(3, 6), ["目标", "责任领导", "责任单位"]):
        table.cell(0, c).text = text
    for c, text in [(0, "就 业 促 进 工 程"), (1, "促进城乡劳动者就业创业"), (4, "刘 强"), (5, "区人社局")]:
        table.cell(1, c).merge(table.cell(2, c)).text = text
    table.cell(1, 2).text, table.cell(1, 3).text = "城镇新增就业人数(人)", "1300"
    table.cell(2, 2).text, table.cell(2, 3).text = second_item, "250"
    doc.save(path)
    return path


def test_docx_rows_of_their_own_item_under_a_merged_group_are_tasks(tmp_path):
    catalogue = read_notice(_merged_group_docx(tmp_path / "a.docx", "城镇失业人员再就业(人)")).catalogue
    assert [(t.departments, t.leaders) for t in catalogue.tasks] == [(("区人社局",), ("刘强",))] * 2
    assert [[(i.target, i.unit) for i in t.indicators] for t in catalogue.tasks] == [[(1300, "人")], [(250, "人")]]


def test_docx_row_merged_down_whole_goes_on_with_its_task(tmp_path):
    """The item merged down too (the same in both rows): one task, as before."""
    catalogue = read_notice(_merged_group_docx(tmp_path / "b.docx", "城镇新增就业人数(人)")).catalogue
    assert len(catalogue.tasks) == 1


# -- round nine: a bracket naming who, then when ----------------------------------------------------------

@pytest.mark.parametrize("bracket, departments", [
    ("（国务院各部门分别负责，年内持续推进）", ("国务院各部门",)),
    ("（教育部、人力资源社会保障部分别负责，2020年10月底前完成）", ("教育部", "人力资源社会保障部")),
    ("(市财政局负责,持续推进)", ("市财政局",)),
])
def test_a_bracket_of_who_then_when_names_the_units(bracket, departments):
    text = f"2020年重点工作分工\n一、稳就业\n1.加强就业服务，新增就业1万人。{bracket}\n2.做好统计。（统计局负责）\n"
    task = read_notice(text.encode()).catalogue.tasks[0]
    assert task.departments == departments
    assert "负责" not in task.text


def test_the_when_of_a_who_then_when_bracket_is_the_deadline():
    text = "2020年重点工作分工\n一、稳就业\n1.加强就业服务。（教育部负责，2020年10月底前完成）\n2.做好统计。（统计局负责）\n"
    assert read_notice(text.encode()).catalogue.tasks[0].due == date(2020, 10, 31)


@pytest.mark.parametrize("bracket", ["（2020年底前完成）", "（推进改革，年内完成）", "（含各县、市、区，持续推进）"])
def test_a_bracket_of_when_alone_names_no_unit(bracket):
    text = f"2020年重点工作分工\n一、稳就业\n1.加强就业服务。{bracket}\n2.做好统计。（统计局负责）\n"
    assert read_notice(text.encode()).catalogue.tasks[0].departments == ()


# -- round nine: a plan column's last milestone is the task's due -------------------------------------------

def _plan_table(plan_head: str, plan: str) -> bytes:
    return ("发布单位 | 区政府 | 发文日期 | 2022-07-14 |\n"
            f"序号 | 实事项目 | {plan_head} | 责任单位 | 配合单位 |\n"
            f"1 | 新建成公办中小学、幼儿园7所。 | {plan} | 教育局 | 财政局 |\n"
            "2 | 新增婴幼儿照护服务托位500个。 | 持续推进。 | 卫生健康局 | 民政局 |\n").encode()


def test_the_last_milestone_of_a_plan_column_is_the_due():
    plan = "1.4月底前主体完工。 2.8月底前竣工交付。 3.11月底前天目山镇中心幼儿园竣工交付。"
    tasks = read_notice(_plan_table("工作举措及实施计划", plan)).catalogue.tasks
    assert [t.due for t in tasks] == [date(2022, 11, 30), None]
    assert [(i.target, i.unit) for i in tasks[0].indicators] == [(7, "所")]       # milestones no targets


def test_a_column_not_of_plans_gives_no_due_from_its_months():
    plan = "1.4月底前主体完工。 2.8月底前竣工交付。 3.11月底前竣工交付。"
    tasks = read_notice(_plan_table("进展情况", plan)).catalogue.tasks
    assert tasks[0].due is None


# -- round nine: places sharing one office's kind, written once ------------------------------------------

@pytest.mark.parametrize("marker, departments", [
    ("配合单位:区财政局、交警未央大队,未央湖、大明宫街办", ("区财政局", "交警未央大队", "未央湖、大明宫街办")),
    ("莲塘、龙城镇负责", ("莲塘、龙城镇",)),
    # negatives: a unit before the township, a unit's short name, a place that is a city: apart as before
    ("区教育局、龙城镇", ("区教育局", "龙城镇")),
    ("市发改委、财政局", ("市发改委", "财政局")),
    ("张家港、昆山市", ("张家港", "昆山市")),
    ("区教育局，龙城镇", ("区教育局", "龙城镇")),
])
def test_places_sharing_their_office_kind_stay_one_name_as_written(marker, departments):
    assert split_departments(marker) == departments


# -- round ten: a label alone on its line takes the next line as its item's words ---------------------------

@pytest.mark.parametrize("label", ["（一）", "一、", "1.", "（1）", "①"])
def test_a_label_alone_on_its_line_numbers_the_next_line(label):
    text = (f"2024年民生实事\n{label}\n促进就业增收，开展职业技能培训2.5万人次。\n"
            f"{label.replace('一', '二').replace('1', '2').replace('①', '②')}\n办好教育，新建学校20所。\n")
    tasks = read_notice(text.encode()).catalogue.tasks
    assert [t.title.rstrip("。") for t in tasks] == ["促进就业增收，开展职业技能培训2.5万人次", "办好教育，新建学校20所"]
    assert [(i.target, i.unit) for i in tasks[1].indicators] == [(20, "所")]


def test_a_label_alone_before_another_label_is_not_joined_to_it():
    text = "2024年民生实事\n（一）\n1.开展职业技能培训2.5万人次。\n2.新建学校20所。\n"
    tasks = read_notice(text.encode()).catalogue.tasks
    assert [t.title.rstrip("。") for t in tasks] == ["开展职业技能培训2.5万人次", "新建学校20所"]


# -- round ten: the deadline label lines under an item (完成时限 / 完成时间 / 时间要求 / 时限) -----------------

@pytest.mark.parametrize("label", ["完成时限", "完成时间", "时间要求", "完成时间要求", "时限"])
def test_a_deadline_label_line_under_an_item_sets_its_due(label):
    text = ("2021年重点工作\n一、稳增长\n1.地区生产总值增长8.5%以上。\n牵头责任单位:市发改委。\n"
            f"{label}:2021年6月30日\n2.做好统计。\n牵头责任单位:市统计局。\n")
    tasks = read_notice(text.encode()).catalogue.tasks
    assert [(t.due, t.departments) for t in tasks] == [(date(2021, 6, 30), ("市发改委",)), (None, ("市统计局",))]


def test_a_year_end_deadline_line_stays_the_default_due():
    # the year's end is the default deadline, kept as None (kunming_2023 labels 完成时限:…12月31日前 so)
    text = ("2021年重点工作\n一、稳增长\n1.地区生产总值增长8.5%以上。\n牵头责任单位:市发改委。\n"
            "时间要求:2021年12月31日前\n")
    assert read_notice(text.encode()).catalogue.tasks[0].due is None


# -- round ten: a unit's second name in brackets; a table pasted one cell a line with group rows --------------

def test_a_bracketed_second_name_after_a_unit_is_part_of_its_name():
    from tz_excel.markers import split_marker
    line = "加强粮食保障。市农业农村局、市规划和自然资源局、市商务局（市粮食和物资储备局）"
    assert split_marker(line) == (line, None)
    assert split_departments("市农业农村局、市商务局（市粮食和物资储备局）") == ("市农业农村局", "市商务局（市粮食和物资储备局）")


@pytest.mark.parametrize("line, marker", [
    ("优化城市空间布局（市规划局）", "市规划局"),                 # words ending like a unit: still the item's marker
    ("做好统计工作。（市统计局）", "市统计局"),
    ("加强保障。市发改委、市财政局（市统计局、市税务局）", "市统计局、市税务局"),   # several names: a marker
])
def test_a_bracket_of_units_after_words_is_still_the_marker(line, marker):
    from tz_excel.markers import split_marker
    assert split_marker(line)[1] == marker


_CELL_TABLE = """2021年重点工作责任分解
一、十四五时期重点工作责任分解
序号
重点工作任务(全市2项配合工作)
责任单位
(一)王宏副市长牵头重点工作
1
加强粮食保障，粮食产量在120亿斤以上。
市农业农村局、市商务局(市粮食和物资储备局)
省牵头单位:省农业农村厅
(二)胡伟副市长牵头重点工作
2
深入实施消费新政，居民消费率达到42%。
市商务局、市发改委
二、2021年重点工作责任分解
序号
重点工作任务(全市1项牵头工作)
责任单位
(一)戴建平常务副市长牵头重点工作
1*
大力推进科创大走廊建设。
市科技局、市发改委
"""


def test_a_cell_a_line_table_with_group_rows_and_parts_reads_every_row():
    tasks = read_notice(_CELL_TABLE.encode()).catalogue.tasks
    assert [(t.no, t.title.rstrip("。")) for t in tasks] == [
        (1, "加强粮食保障，粮食产量在120亿斤以上"), (2, "深入实施消费新政，居民消费率达到42%"), (3, "大力推进科创大走廊建设")]
    assert [t.departments for t in tasks] == [("市农业农村局", "市商务局(市粮食和物资储备局)"), ("市商务局", "市发改委"),
                                             ("市科技局", "市发改委")]
    assert [t.leaders for t in tasks] == [("王宏",), ("胡伟",), ("戴建平",)]


def test_a_cell_a_line_table_without_group_rows_reads_as_before():
    text = "2021年重点工作\n序号\n重点工作任务\n责任单位\n1\n加强粮食保障。\n市农业农村局\n2\n做好统计。\n市统计局\n"
    tasks = read_notice(text.encode()).catalogue.tasks
    assert [t.departments for t in tasks] == [("市农业农村局",), ("市统计局",)]


# -- round ten: a section row naming its leader (X市长负责事项(共9项)); a tally is never a target ----------------

def test_a_cell_a_line_table_under_a_leaders_section_row():
    text = ("2022年重点工作及责任清单\n序号\n重点工作\n牵头责任单位\n协同责任单位\n任务来源\n"
            "一、潘东旭市长负责事项(共9项)\n1\n全面延伸双招双引。\n市政府办\n市政府各部门、各直属机构\n皖政〔2022〕9号文件\n")
    task, = read_notice(text.encode()).catalogue.tasks
    assert task.departments == ("市政府办", "市政府各部门", "各直属机构")
    assert task.leaders == ("潘东旭",)
    assert task.indicators == ()


@pytest.mark.parametrize("text, found", [
    ("潘东旭市长负责事项(共9项)", []),
    ("推进重大项目建设（共12项），完成投资100亿元", [(100, "亿元")]),
    ("全年实施重点项目（共30个）", [(30, "个")]),           # a count of things to deliver, not of items: a target
    ("共实施12项改革", [(12, "项")]),
])
def test_a_tally_of_items_in_brackets_is_never_a_target(text, found):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == found


# -- round ten: groups each numbered from 1 under their own headings, no unit named anywhere ------------------

_GROUPS = ("2023年十件民生实事推进情况\n(一)已完成任务共2项\n1.安置就业困难人员6100人。\n2.新开工棚户区改造1666套。\n"
           "(二)已开工建设任务共3项\n1.新开工老旧小区改造221个。\n2.完成5550亩矿山生态修复。\n3.实施危桥改造40座。\n")


def test_groups_numbered_from_1_under_their_headings_are_one_list_in_reading_order():
    tasks = read_notice(_GROUPS.encode()).catalogue.tasks
    assert [(t.no, t.section) for t in tasks] == [(1, 1), (2, 1), (3, 2), (4, 2), (5, 2)]
    assert [(i.target, i.unit) for i in tasks[0].indicators] == [(6100, "人")]


@pytest.mark.parametrize("text, titles", [
    # the notice's own instructions before the list (1. 2. then the annex's 1.): dropped as before
    ("关于做好民生实事的通知\n各单位：\n1.明确任务分工。\n2.加强统筹协调。\n附件\n民生实事任务清单\n"
     "1.新开工老旧小区改造221个。\n2.完成5550亩矿山生态修复。\n", ["新开工老旧小区改造221个", "完成5550亩矿山生态修复"]),
    # instructions before tasks that name their units, even under headings of their own: dropped as before
    ("2023年民生实事\n一、工作要求\n1.明确任务分工。\n2.加强统筹协调。\n二、任务清单\n"
     "1.新开工老旧小区改造221个。（责任单位：市住建局）\n2.完成5550亩矿山生态修复。（责任单位：市自然资源局）\n",
     ["新开工老旧小区改造221个", "完成5550亩矿山生态修复"]),
])
def test_instructions_before_a_restart_are_still_no_tasks(text, titles):
    assert [t.title.rstrip("。") for t in read_notice(text.encode()).catalogue.tasks] == titles


# -- r12cells: tables pasted one cell a line (a group column before 序号, no 序号, ' |' ends, 备注 dates) --------

_CELLS_GROUPED = ("2024年某区重点工作责任分解\n类别\n序号\n事项\n责任单位\n牵头单位\n经济指标\n1\n全区生产总值增长6%以上。\n"
                  "区统计局、区发改局\n区发改局\n2\n城镇登记失业率控制在3%以内。\n区人社局\n区人社局\n民生事业\n3\n"
                  "新建口袋公园5个。\n区住建局\n区住建局\n")


def test_a_group_column_before_number_gives_sections_and_the_lead_column_leads():
    catalogue = read_notice(_CELLS_GROUPED.encode()).catalogue
    assert [(t.no, t.section, t.departments) for t in catalogue.tasks] == [
        (1, 1, ("区发改局", "区统计局")), (2, 1, ("区人社局",)), (3, 2, ("区住建局",))]
    assert [s.title for s in catalogue.sections] == ["经济指标", "民生事业"]
    assert [(i.target, i.comparator) for i in catalogue.tasks[1].indicators] == [(3, "<=")]


_CELLS_UNNUMBERED = ("某区政务公开重点工作任务分工进展情况\n工作任务\n具体要求\n责任单位\n时限要求\n进展情况\n"
                     "一、强化重点领域公开\n(一)做好规划公开。\n1\n公开区级各类规划。\n区政府办、区发改委牵头,各乡镇负责落实\n"
                     "9月底前\n已建立专栏。\n2\n集中发布专项规划。\n区发改委牵头,各部门负责落实\n年底前\n正在推进。\n")

_CELLS_PIPED = ("政务公开重点工作任务清单\n工作任务 |\n具 体 要 求 |\n责任单位 |\n完成情况 |\n备注 |\n||\n一、专项工作 |\n|\n"
                "1.规范性文件公开 |\n1.清理规范性文件。2.发布文件目录。 |\n市政府各部门,各县市区政府 |\n推进中 |\n11月底前完成 |\n||\n"
                "2.政策解读 |\n做好政策解读。 |\n市政府办 |\n已完成 |\n|\n")


@pytest.mark.parametrize("text, expected", [
    (_CELLS_UNNUMBERED, [(1, ("区政府办", "区发改委", "各乡镇"), date(2024, 9, 30)), (2, ("区发改委", "各部门"), None)]),
    (_CELLS_PIPED, [(1, ("市政府各部门", "各县市区政府"), date(2024, 11, 30)), (2, ("市政府办",), None)]),
])
def test_a_cell_table_without_number_column_is_read_by_its_row_numbers(text, expected):
    catalogue = read_notice(("2024年" + text).encode()).catalogue
    assert [(t.no, t.departments, t.due) for t in catalogue.tasks] == expected
    assert catalogue.sections[0].title in ("强化重点领域公开", "专项工作")


def test_lines_that_only_look_like_column_names_stay_text():
    # 工作任务 / 责任单位 as headings of a prose notice, no row after them: read as before, not as a table
    text = ("2024年重点工作\n工作任务\n责任单位\n进展情况\n一、推进项目建设\n1.新建道路5公里。（责任单位：区交通局）\n")
    task, = read_notice(text.encode()).catalogue.tasks
    assert (task.no, task.departments) == (1, ("区交通局",))


_GLUED = ("2024年十件民生实事\n记者从发布会获悉，今年将办好以下实事。\n1开展技能培训\n全年培训技能人才20万人次。\n"
          "2改善学校条件\n新开工寄宿制学校15所。\n3建设养老设施\n新建社区养老服务中心30个。\n")


def test_titles_numbered_by_a_bare_digit_in_sequence_are_items():
    tasks = read_notice(_GLUED.encode()).catalogue.tasks
    assert [(t.no, [(i.target, i.unit) for i in t.indicators]) for t in tasks] == [
        (1, [(20, "万人次")]), (2, [(15, "所")]), (3, [(30, "个")])]


@pytest.mark.parametrize("lines", [
    ["1开展技能培训", "2改善学校条件"],                                  # two in sequence: too few to be a list
    ["1开展技能培训", "2改善学校条件", "3季度完成验收"],                  # a digit before a measure numbers nothing
    ["1.开展技能培训", "2改善学校条件", "3建设养老设施", "4新建道路"],      # the text has its 1. level: as it is
])
def test_bare_digits_that_do_not_run_as_titles_stay_as_written(lines):
    from tz_excel.flattened import glued_numbers

    given = [Line(k, text) for k, text in enumerate(lines, 1)]
    assert glued_numbers(given) == given


_MIXED = ("2024年为民办实事项目\n一、完成易地搬迁1万人。\n二、新建农村公路200公里。\n三、建设放心食品工程。\n"
          "(一)食品抽检合格率达98%以上。\n(二)创建示范街2条。\n(三)新建食品快检室100个。\n")


def test_parts_that_are_tasks_themselves_stand_beside_parts_holding_tasks():
    tasks = read_notice(_MIXED.encode()).catalogue.tasks
    assert [(t.no, t.section, [(i.target, i.unit) for i in t.indicators]) for t in tasks] == [
        (1, 1, [(1, "万人")]), (2, 2, [(200, "公里")]), (3, 3, [(98, "%")]), (4, 3, [(2, "条")]), (5, 3, [(100, "个")])]


def test_headings_without_tasks_and_closing_parts_stay_no_tasks():
    text = ("2024年重点工作\n一、总体要求\n二、重点任务\n(一)新建农村公路200公里。\n(二)创建示范街2条。\n"
            "(三)新建食品快检室100个。\n三、各地要加强组织领导。\n")
    tasks = read_notice(text.encode()).catalogue.tasks
    assert [t.title for t in tasks] == ["新建农村公路200公里", "创建示范街2条", "新建食品快检室100个"]

# -- round twelve (targets): progress reports, ages and sizes before a noun, once, per-head amounts -----------

def _found_units(text: str) -> list[tuple]:
    return [(i.target, i.unit) for i in extract_indicators(text, 1)]


@pytest.mark.parametrize("text, found", [
    # a sentence opening with 已 reports what is done, every clause of it, up to its 。
    ("培训电工3万人次,安置就业5000人。已培训电工1234人次;在岗人员达2.17万人;已印发方案。", [(3, "万人次"), (5000, "人")]),
    # a sentence whose first clause sums up a tally (共计…余) is a report too, and so are the clauses after it
    ("发放宣传册20万份。完成入户走访共计8万余户;完成宣传册发放123456份。", [(20, "万份")]),
    # 已 inside the name of what the task works on opens no report
    ("已建成的30个示范村全部提标,年内新建示范村10个。", [(10, "个")]),
    # without 已 or a tally the same figures are targets
    ("培训电工3万人次。在岗人员达2.17万人。", [(3, "万人次"), (2.17, "万人")]),
])
def test_a_progress_report_after_the_undertakings_holds_no_targets(text, found):
    assert _found_units(text) == found


@pytest.mark.parametrize("text, found", [
    ("为全县5万名18-45岁妇女免费做健康筛查。", [(5, "万名")]),          # an age range qualifies the noun
    ("对1200户80周岁以上老人家庭适老化改造。", [(1200, "户")]),
    ("完成超120个30户以上村寨消防管网建设。", [(120, "个")]),          # a bounded size says which ones are counted
    ("完成30户以上村寨消防管网建设。", [(30, "户")]),                    # alone, the bounded count is the target
    ("完成8个镇街96个村居改造。", [(96, "个")]),                          # a chain of places: the last count, as before
])
def test_an_age_or_a_bounded_size_between_a_count_and_its_noun_qualifies_the_noun(text, found):
    assert _found_units(text) == found


@pytest.mark.parametrize("text, found", [
    ("为全县70岁以上老人免费体检一次,对中学生进行一次视力筛查。", []),      # 一次 in words: once for each person
    ("建成5人制足球场12个。", [(12, "个")]),                               # 5人制: the kind of pitch
    ("全年开展消防培训10次。", [(10, "次")]),                              # a count of events in digits stays
    ("发放防疫包80万份。", [(80, "万份")]),
])
def test_once_and_a_team_size_are_no_counts(text, found):
    assert _found_units(text) == found


@pytest.mark.parametrize("text, found", [
    ("解决4.2万常住人口饮水问题。", [(4.2, "万人")]),
    ("完善12个乡镇文化站设施设备。", [(12, "个")]),
    ("实现8000名毕业生进入本科院校学习。", [(8000, "名")]),
    ("增创3条省级示范街。", [(3, "条")]),
    ("对全市26所小学实行课后服务全覆盖。", [(26, "所")]),
    ("推进12个乡镇文化站建设。", [(12, "个")]),                            # a bare count pushed on to be built
])
def test_more_verbs_of_delivery_before_a_count(text, found):
    assert _found_units(text) == found


def test_a_per_head_amount_with_its_period_in_words_is_reported_in_yuan():
    found = extract_indicators("城乡低保补差水平月均分别达到420元/人、210元/人", 1)
    assert [(i.target, i.unit, i.kind) for i in found] == [(420, "元", "level"), (210, "元", "level")]
    assert found[0].metric == "城乡低保补差水平（每人每月）"
    # without a period it is a ratio (output per worker) and keeps its unit
    assert _found_units("全员劳动生产率52000元/人以上。") == [(52000, "元/人")]


@pytest.mark.parametrize("text, found", [
    ("政府采购项目预留给小微企业比例不低于30%。", []),                    # a share set aside by rule
    ("小微企业贷款占比不低于30%。", [(30, "%")]),
    # a table's own target note: a count in another bracket only says what the indicator covers
    ("完成35千伏及以下配电网改造(12个村)(目标:800万元)", [(800, "万元")]),
    ("完成配电网改造(12个村)", [(12, "个")]),
])
def test_set_aside_rules_and_scope_notes_are_no_targets(text, found):
    assert _found_units(text) == found


def test_a_scope_note_leaves_the_target_named_by_its_words():
    found, = extract_indicators("完成35千伏及以下配电网改造(12个村)(目标:800万元)", 1)
    assert found.metric == "配电网改造"


@pytest.mark.parametrize("text, found", [
    ("全市侦破不少于150起电信诈骗案件。", [(150, "起")]),                 # cases closed
    ("查处违法案件80起。", [(80, "起")]),
    ("自2024年起施行,一起抓好落实。", []),                               # 年起, 一起: no cases
])
def test_cases_closed_are_counted_in_qi(text, found):
    assert _found_units(text) == found


@pytest.mark.parametrize("text, kind, comparator", [
    ("3年内培育青年人才达到600名。", "cumulative", ">="),       # a total built up over the years given
    ("年底全市示范企业达到12家。", "level", ">="),              # what exists at the year's end, as before
    ("油料产量稳定在4万吨。", "level", "~"),                     # held steady at: about the figure
    ("油料播种面积稳定在30万亩以上。", "level", ">="),           # a bound after it wins
    ("提高农村救助水平(目标:不低于210元)", "level", ">="),       # the amount a benefit is paid at
])
def test_kind_and_comparator_of_years_within_steady_levels_and_benefit_levels(text, kind, comparator):
    found, = extract_indicators(text, 1)
    assert (found.kind, found.comparator) == (kind, comparator)


def test_the_noun_of_one_served_ends_where_the_next_item_served_begins():
    first, second = extract_indicators("为全县3万名40-60岁妇女免费做甲状腺筛查、为全县2万名学生免费做视力筛查。", 1)
    assert (first.target, first.unit, second.target, second.unit) == (3, "万名", 2, "万名")
    assert "学生" not in first.metric


# -- round thirteen, structure: a cell table whose 序号 cells are empty, headings run into items numbered through -

_CELLS_NO_NUMBERS = ("附件\n2019年某区重点工作任务分解表\n序号\n重 点 工 作 任 务\n牵头领导\n牵头单位\n"
                     "高新园区要加快建设创新平台,引进研发机构,力争新增高新技术企业30家。\n王一鸣\n李  强\n高新园区(创业园)\n"
                     "东湖新区要推进产城融合,建成商业综合体,力争服务业增加值增长8%。\n赵海\n东湖新区\n")


def test_a_cell_table_whose_number_cells_are_empty_is_read_row_by_row_in_order():
    catalogue = read_notice(_CELLS_NO_NUMBERS.encode()).catalogue
    assert [(t.no, t.departments, t.leaders) for t in catalogue.tasks] == [
        (1, ("高新园区(创业园)",), ("王一鸣", "李强")), (2, ("东湖新区",), ("赵海",))]
    assert [(i.target, i.unit) for i in catalogue.tasks[0].indicators] == [(30, "家")]


def test_a_cell_table_with_its_row_numbers_reads_as_before():
    numbered = _CELLS_NO_NUMBERS.replace("高新园区要", "1\n高新园区要").replace("东湖新区要", "2\n东湖新区要")
    assert [(t.no, t.departments) for t in read_notice(numbered.encode()).catalogue.tasks] == [
        (1, ("高新园区(创业园)",)), (2, ("东湖新区",))]
    # a 序号 header over prose with no name after it is no table: the notice has no item to read
    with pytest.raises(NoticeParseError):
        read_notice("序号\n重点工作任务\n牵头领导\n牵头单位\n各单位要高度重视,认真抓好落实,确保取得实效。\n".encode())


_HEADINGS_RUN_ON = ("2023年某省实施8项民生实事\n一、促进就业(2项)1.新增城镇就业5万人。(牵头单位:省人社厅)2.培训家政人员2万人次。"
                    "(牵头单位:省商务厅)\n二、社会保障(1项)3.新增老年食堂300个。(牵头单位:省民政厅、省财政厅)\n")


def test_headings_with_a_count_run_into_items_numbered_through():
    catalogue = read_notice(_HEADINGS_RUN_ON.encode()).catalogue
    assert [(t.no, t.section, t.departments) for t in catalogue.tasks] == [
        (1, 1, ("省人社厅",)), (2, 1, ("省商务厅",)), (3, 2, ("省民政厅", "省财政厅"))]
    assert [(i.task_no, i.target, i.unit) for i in catalogue.indicators()] == [
        (1, 5, "万人"), (2, 2, "万人次"), (3, 300, "个")]          # the headings' counts (2项, 1项) are no targets


def test_a_heading_ending_in_a_bracket_of_content_before_a_figure_is_not_cut():
    # 1.5 after a bracket is a decimal, no item; a heading's 2 that is not the next number starts nothing
    text = "2023年重点工作\n一、稳定增长(全年)1.5倍于上年的投资强度要保持。(牵头单位:市发改委)\n"
    assert [t.text for t in read_notice(text.encode()).catalogue.tasks][0].startswith("稳定增长")


# -- round thirteen, structure: the year named inside the lead, or listed after the body --------------------

@pytest.mark.parametrize("lead, year", [
    ("1月20日,区人代会票决确定某区2026年10项民生实事项目如下:", 2026),          # the year inside the lead's sentence
    ("1月20日上午,在某区人民代表大会闭幕会上,代表现场投票表决,从12个候选项目中票决确定区级民生实事项目,涉及交通、教育、"
     "文旅、民生等领域,受到群众普遍关注和欢迎。\n2025年10月,某区启动候选项目征集,共收集项目136件。\n"
     "代表票决确定某区2026年8项民生实事如下:", 2026),                              # a month's year is no plan's
    ("报告指出,2021年以来成效明显,今年重点办好以下实事:", 0),                      # a span's year names no plan
])
def test_the_year_named_inside_the_lead(lead, year):
    text = f"{lead}\n一、新建公园\n新建口袋公园5个。\n二、改造小区\n改造老旧小区10个。\n"
    assert read_notice(text.encode()).catalogue.year == year


def test_the_year_of_a_page_listed_after_the_body_and_an_image_is_no_title():
    text = ("![](/Files/Pic/2021-11/28/2021112801.jpg)\n5月10日,县长作政府工作报告,重点抓好以下实事:\n"
            "(1)新建公厕20座。\n(2)新增停车位500个。\n政府信息公开\n某县政府将为民办好2件实事\n"
            "索引号:001-2020 时间:2020-05-11 来源:某县融媒体中心\n")
    catalogue = read_notice(text.encode()).catalogue
    assert (catalogue.year, catalogue.date) == (2020, "2020-05-11")
    assert "Files" not in catalogue.title

# -- round thirteen, targets: co-operating roles, figures' notes and currencies, counts before their noun ------

def test_a_co_operating_role_joined_to_the_work_is_a_second_role_line():
    text = ("某市2024年民生实事及责任分工\n一、改善出行\n1.新建停车场3处。\n牵头责任单位:市住建局、市城投公司,甲区管委会\n"
            "配合实施单位:各区人民政府,乙区管委会\n2.改造路灯100盏。\n责任单位:市城管局\n")
    cat = read_notice(text.encode("utf-8")).catalogue
    assert [(t.no, t.section, t.departments) for t in cat.tasks] == [
        (1, 1, ("市住建局", "市城投公司", "甲区管委会", "各区人民政府", "乙区管委会")), (2, 1, ("市城管局",))]


@pytest.mark.parametrize("text, found", [
    ("全年外贸进出口总额达到120亿元人民币。", [(120, "亿元", ">=")]),        # the currency after the amount
    ("全年外贸进出口总额达到120亿元,增长5%。", [(120, "亿元", ">="), (5, "%", ">=")]),
    # a note on which figure counts, after the figure, leaves it at the end of its clause
    ("用水总量增长率控制在3%以内(以省下达指标为准)。", [(3, "%", "<=")]),
    ("用水总量增长率控制在3%以内(省)。", []),                                 # a bracket that is no note
    ("完成修缮约800m²,新建绿地1200㎡。", [(800, "m²", "~"), (1200, "㎡", ">=")]),   # an area by its symbol
    ("采购K300m²型设备。", []),                                              # a model name, no area
])
def test_figures_followed_by_a_currency_a_note_or_an_area_symbol(text, found):
    assert [(i.target, i.unit, i.comparator) for i in extract_indicators(text, 1)] == found


@pytest.mark.parametrize("text, found", [
    ("制作20块宣传展板。", [(20, "块")]),                                   # the things the task makes
    ("12所小学(含教学点)门口安装减速带,保障通行安全。", [(12, "所")]),       # a note between the noun and its verb
    ("12所小学(含教学点)纳入规划。", []),                                    # no verb of delivery after it
    ("引导500名以上退役军人到企业就业。", [(500, "名")]),                      # people brought into work
    ("3个乡镇(街道)就业形势良好。", []),                                      # places, not people
    ("按800元/人标准发放创业补贴。", []),                                     # a rate per head, not people
    ("创建2-3家省级示范基地。", [(2, "家")]),                                # a range: its floor
])
def test_counts_before_their_noun_made_equipped_or_brought_into_work(text, found):
    assert _found_units(text) == found


def test_the_noun_of_a_count_before_it_closes_its_bracket():
    found, = extract_indicators("12所小学(含教学点)门口安装减速带,保障通行安全。", 1)
    assert found.metric.count("(") == found.metric.count(")")


@pytest.mark.parametrize("text, due", [
    ("保障职业学院新校区秋季开学,支持职业教育发展。", None),                  # the opening is what the work brings about
    ("城南小学实现秋季开学。", None),
    ("确保城南小学秋季开学投入使用。", date(2024, 8, 31)),                    # followed by a word of finishing
    ("城南小学秋季开学前投入使用。", date(2024, 8, 31)),
])
def test_a_bare_autumn_term_opening_dates_the_work_only_in_a_deadline_form(text, due):
    cat = read_notice(f"某区2024年重点工作\n一、教育\n1.{text}(责任单位:区教育局)\n2.新建学校1所。(责任单位:区教育局)\n"
                      .encode("utf-8")).catalogue
    assert cat.tasks[0].due == due


@pytest.mark.parametrize("text, kind", [
    ("全年社会消费品零售总额达到500亿元。", "level"),           # a total the year's figure is brought to, as 总量达到
    ("全年实现进出口总额120亿元以上。", "cumulative"),          # a total built up over the year, as before
])
def test_a_total_brought_to_a_figure_is_a_level(text, kind):
    found, = extract_indicators(text, 1)
    assert found.kind == kind


@pytest.mark.parametrize("text, found", [
    ("全面建成城乡供水工程,让3.6万群众喝上放心水。", [(3.6, "万人")]),       # the people the work serves
    ("即使3万群众受益,也要做好宣传。", []),                                   # 即使: "even if", no one served
])
def test_people_the_work_lets_have_what_it_brings_are_counted(text, found):
    assert _found_units(text) == found


# -- round fourteen, structure: items numbered 1。, a cell table's group column, its units cells ----------

def _catalogue(text: str):
    return read_notice(text.encode("utf-8")).catalogue


def test_items_numbered_with_an_ideographic_full_stop_are_items():
    cat = _catalogue("某市2022年民生实事目标\n一、城市交通\n1。新建停车位3000个。(牵头单位:市交通局)\n"
                     "2。打通断头路12条。(牵头单位:市住建局、市交通局)\n二、社区服务\n3。建成社区食堂40个。(牵头单位:市民政局)\n")
    assert [(t.no, t.section, t.departments) for t in cat.tasks] == [
        (1, 1, ("市交通局",)), (2, 1, ("市住建局", "市交通局")), (3, 2, ("市民政局",))]
    assert cat.tasks[0].text.startswith("新建停车位")


def test_a_digit_ending_a_sentence_numbers_nothing():
    # a line opening 2。 without a run 1。2。3。 at line starts: prose, the notice's own 1. items untouched
    cat = _catalogue("某区2022年重点工作\n1.全年新建学校3所,增幅达\n2。(责任单位:区教育局)\n2.新建公园5个。(责任单位:区住建局)\n")
    assert [(t.no, t.departments) for t in cat.tasks] == [(1, ("区教育局",)), (2, ("区住建局",))]


_CELLS_GROUP_AFTER_NO = ("某区2024年民生实事任务分解\n序号\n事项分类\n事项名称\n项目内容\n牵头单位\n协同单位\n"
                         "1\n健康惠民工程\n新(改)建社区卫生室\n新(改)建社区卫生室30家。\n区卫健局\n各街道\n"
                         "2\n急救站点建设\n建设急救站点4个。\n区卫健局\n区红十字会\n"
                         "3\n助学工程\n新(扩)建一批幼儿园\n新(扩)建幼儿园6所。\n区教体局\n各镇(街道、园区)\n")


def test_a_group_column_after_the_number_merged_down_heads_its_rows():
    cat = _catalogue(_CELLS_GROUP_AFTER_NO)
    assert [s.title for s in cat.sections] == ["健康惠民工程", "助学工程"]
    assert [(t.no, t.section, t.title, t.departments) for t in cat.tasks] == [
        (1, 1, "新(改)建社区卫生室", ("区卫健局", "各街道")),        # the item's name ends like a unit's: still text
        (2, 1, "急救站点建设", ("区卫健局", "区红十字会")),          # the group cell merged down: left blank
        (3, 2, "新(扩)建一批幼儿园", ("区教体局", "各镇(街道、园区)"))]
    assert [(i.target, i.unit) for t in cat.tasks for i in t.indicators] == [(30, "家"), (4, "个"), (6, "所")]


def test_units_after_the_text_followed_by_progress_stay_units():
    # a unit's cell with a sentence after it, no text column left before the units: progress, not the item's name
    cat = _catalogue("序号\n目标任务\n牵头单位\n进展情况\n1\n建成口袋公园10个,提升城市品质。\n区住建局\n已完成选址,正在设计。\n"
                     "2\n新增公共停车泊位500个。\n区交通局\n已开工3处。\n")
    assert [t.departments for t in cat.tasks] == [("区住建局",), ("区交通局",)]


@pytest.mark.parametrize("cell, units", [
    ("区税务局,各镇(街道、园区)", ("区财政局", "区税务局", "各镇(街道、园区)")),      # 、 inside a bracket lists no units
    ("区级各部门,各镇(街道)", ("区财政局", "区级各部门", "各镇(街道)")),
    ("区社会治安综合治理委员会成员单位", ("区财政局", "区社会治安综合治理委员会成员单位")),   # member units, one name
])
def test_a_cell_table_reads_every_unit_of_a_cell_of_several(cell, units):
    cat = _catalogue(f"序号\n目标任务\n牵头单位\n配合单位\n1\n全年财政收入增长5%以上\n区财政局\n{cell}\n"
                     "2\n推进预算绩效管理改革\n区财政局\n区审计局\n")
    assert cat.tasks[0].departments == units

# -- round fourteen, targets: verbs that open, install or add; those served; names that carry a count or a unit --


@pytest.mark.parametrize("text, found", [
    ("为全县中小学教室安装300台空气净化器。", [(300, "台")]),                 # the things the task installs
    ("开设25个社区四点半课堂、8个周末兴趣班。", [(25, "个"), (8, "个")]),      # the classes it opens
    ("在公园和广场增配60台自助售卖机。", [(60, "台")]),                       # the things it adds
    ("新开通4条城乡公交线路。", [(4, "条")]),
    ("城区路灯安装项目12个路口完成调试。", [(12, "个")]),                      # 安装项目 is a name, 完成 its verb
    ("去年已开设40个暑托班。", []),                                           # opened already: a record
])
def test_counts_after_a_verb_that_opens_installs_or_adds(text, found):
    assert _found_units(text) == found


def test_a_project_named_for_its_installing_is_no_verb_in_the_name():
    found, = extract_indicators("城区路灯安装项目12个路口完成调试。", 1)
    assert not found.metric.startswith("项目")


@pytest.mark.parametrize("text, found", [
    ("为不少于3万名65岁以上老人提供免费体检。", [(3, "万名")]),               # those served, their floor said first
    ("开展2万名35-64岁妇女宫颈癌筛查。", [(2, "万名")]),                     # the people the work is done for
    ("免费开展一次眼底病筛查。", []),                                         # how often, not how many
])
def test_counts_of_those_served_with_a_floor_or_by_the_work_done_for_them(text, found):
    assert _found_units(text) == found


@pytest.mark.parametrize("text, found", [
    ("全年志愿服务人次达150万以上。", [(150, "万人次")]),                      # the unit is in the name
    ("城乡居民医保参保人数达到42万。", [(42, "万人")]),
    ("全年接待游客达300万人次以上。", [(300, "万人次")]),                      # a unit of its own: unchanged
])
def test_a_bare_figure_takes_its_unit_from_the_name(text, found):
    assert _found_units(text) == found


@pytest.mark.parametrize("text, found", [
    ("市级五公里就业服务圈社区数量达到城市社区的50%。", [(50, "%")]),          # a count in the name measured
    ("新建五公里健身步道。", [(5, "公里")]),                                   # a length of what is built
    ("6家乡镇卫生院达到国家推荐标准。", [(6, "家")]),                          # units brought to a state
    ("引进千人计划专家3名。", [(3, "名")]),                                    # 千人 names, 一千人 counts
    ("培训一千人。", [(1000, "人")]),
])
def test_a_count_inside_a_name_is_no_target(text, found):
    assert _found_units(text) == found


@pytest.mark.parametrize("text, kind", [
    ("全县千人托位数达3.8个。", "level"),                                      # a rate per thousand people
    ("每万人口高价值发明专利拥有量达到9件。", "level"),
    ("新增托位300个。", "cumulative"),                                          # a count of new places
])
def test_a_figure_per_thousand_people_is_a_level(text, kind):
    found, = extract_indicators(text, 1)
    assert found.kind == kind


@pytest.mark.parametrize("text, kinds", [
    ("未来五年,全市地区生产总值突破8000亿元。", ["level"]),                  # a year's flow at a horizon ahead
    ("到2027年,规上工业总产值突破5000亿元,一般公共预算收入突破300亿元。", ["level", "level"]),
    ("到2030年,全县用水总量控制在3.2亿立方米以内。", ["level"]),              # a cap on a year's use, then
    ("全年地区生产总值达到560亿元。", ["cumulative"]),                          # this year's flow, pro-rated
    ("到2027年,新建中小学校12所。", ["cumulative"]),                            # counts built up: as before
])
def test_a_years_flow_set_for_a_horizon_ahead_is_a_level(text, kinds):
    assert [i.kind for i in extract_indicators(text, 1)] == kinds


@pytest.mark.parametrize("text, found", [
    ("新开工棚户区改造56个1.2万户。", [(56, "个"), (1.2, "万户")]),              # two measures of the same work
    ("完成农村公路提升80公里。", [(80, "公里")]),
    ("实现50户以上村寨污水处理设施覆盖率达90%以上。", [(90, "%")]),           # a size saying which villages
    ("确保20个村垃圾收运设施覆盖率达到100%。", [(20, "个"), (100, "%")]),     # a count with no size: as before
])
def test_two_measures_of_one_work_and_a_size_inside_the_name_measured(text, found):
    assert _found_units(text) == found


def test_the_second_measure_of_one_work_is_named_as_the_first():
    first, second = extract_indicators("新开工棚户区改造56个1.2万户。", 1)
    assert second.metric == first.metric

# -- round fifteen, structure: a 序号 over a group of numbered items, ★ leads, spaced heads, a part's lone line --

_CELLS_GROUPED_ITEMS = ("某区2024年重点工作任务分解\n序号\n|\n项目\n|\n重点工作目标任务\n|\n牵头领导\n|\n责任单位\n|\n"
                        "一、主要指标\n|\n||||\n1\n|\n发展指标\n|\n1.全区工业产值增长6%以上。\n|\n张 三\n|\n★区工信局、统计局\n|\n"
                        "2.社会消费品零售总额增长5%左右。\n|\n|\n★区商务局、统计局\n|\n||\n"
                        "3.城镇新增就业8000人。\n|\n李 四\n王 五\n|\n★区人社局\n|\n||\n")


def test_a_number_over_a_group_of_items_numbered_in_their_text_gives_one_task_an_item():
    # the 序号 1 and the group cell merged down over items 1.-3.: each item a task, numbered as written, the star
    # marking the lead no part of its name, the leader's padded name whole
    cat = _catalogue(_CELLS_GROUPED_ITEMS)
    assert [(t.no, t.departments, t.leaders) for t in cat.tasks] == [
        (1, ("区工信局", "统计局"), ("张三",)), (2, ("区商务局", "统计局"), ()),
        (3, ("区人社局",), ("李四", "王五"))]
    assert cat.tasks[0].title == "全区工业产值增长6%以上"


def test_points_numbered_inside_one_row_with_no_name_between_stay_one_task():
    cat = _catalogue("序号\n|\n重点工作目标任务\n|\n责任单位\n|\n1\n|\n1.新建学校3所。\n|\n2.改扩建幼儿园5所。\n|\n区教育局\n|\n"
                     "2\n|\n新建公园4个。\n|\n区住建局\n|\n")
    assert [(t.no, t.departments) for t in cat.tasks] == [(1, ("区教育局",)), (2, ("区住建局",))]


def test_a_cell_table_headed_by_its_measures_reads_a_row_short_of_a_leader():
    cat = _catalogue("2024年主要工作任务分解表\n\n序号\n\n主要工作举措\n\n牵头单位\n\n配合单位\n\n责任领导\n\n一、做强产业\n\n"
                     "1\n\n推进食品加工产业链招商,实现三产融合发展。\n\n区农业农村局\n\n区发展改革局、区商务局\n\n"
                     "2\n\n加快在建项目建设进度,推动签约项目开工。\n\n区工业和信息化局\n\n区自然资源分局\n\n赵六\n")
    assert [(t.no, t.departments, t.leaders) for t in cat.tasks] == [
        (1, ("区农业农村局", "区发展改革局", "区商务局"), ()),
        (2, ("区工业和信息化局", "区自然资源分局"), ("赵六",))]


def test_a_table_pasted_as_text_with_a_header_spaced_to_fit_its_columns():
    cat = _catalogue("某省2016年量化指标任务分工\n序号 工 作 任 务 牵头负责部门\n1 城镇新增就业100万人以上 省人力资源社会保障厅\n"
                     "2 新建农村公路3000公里 省交通运输厅\n")
    assert [(t.no, t.departments) for t in cat.tasks] == [(1, ("省人力资源社会保障厅",)), (2, ("省交通运输厅",))]


def test_a_part_with_one_line_and_no_item_between_parts_with_items_is_that_task():
    cat = _catalogue("2019年为民办实事工作计划\n一、改善公交出行\n(一)新购置公交车100辆\n(二)新建公交站台50个\n"
                     "二、实施棚户区改造\n完成1万户棚户区征迁改造\n三、办好教育\n(一)新建幼儿园5所\n")
    assert [(t.no, t.section, t.title) for t in cat.tasks] == [
        (1, 1, "新购置公交车100辆"), (2, 1, "新建公交站台50个"), (3, 2, "完成1万户棚户区征迁改造"),
        (4, 3, "新建幼儿园5所")]


def test_a_parts_lone_line_before_any_item_is_no_task():
    # the plan's opening part (its aims) before the parts of items: words, not a task
    cat = _catalogue("2019年为民办实事工作计划\n一、总体要求\n坚持以人民为中心的发展思想\n二、改善公交出行\n"
                     "(一)新购置公交车100辆\n(二)新建公交站台50个\n三、办好教育\n(一)新建幼儿园5所\n")
    assert [t.title for t in cat.tasks] == ["新购置公交车100辆", "新建公交站台50个", "新建幼儿园5所"]


def test_a_news_pages_stamp_line_gives_the_year():
    text = ("某省公布民生项目清单\n2021-07-09 10:39:30 来源:某某网\n一、推广课后服务\n事项内容:开展课后托管服务。\n"
            "完成时限:2021年11月底\n牵头部门:省教育厅\n二、改善学校取暖\n事项内容:配齐取暖设施。\n牵头部门:省教育厅\n")
    cat = _catalogue(text)
    assert (cat.year, cat.date) == (2021, "2021-07-09")
    assert cat.tasks[0].due == date(2021, 11, 30)
    # a date with no 来源 or counters after it is no page's stamp
    assert _catalogue(text.replace(" 来源:某某网", " 至2021-12-31")).date == ""


def test_a_heading_naming_its_leader_after_the_office_gives_its_tasks_that_leader():
    cat = _catalogue("2024年目标任务分解清单\n一、区长张三丰牵头重点工作\n1.地区生产总值增长6%(责任单位:区发改局)\n"
                     "二、综合事务\n2.推进政务公开(责任单位:区政府办)\n")
    assert [t.leaders for t in cat.tasks] == [("张三丰",), ()]


# -- round fifteen, targets and markers: a titled leader in a heading, 等区级有关部门, index figures, densities,
#    counts of those helped, a cell separator after a figure ---------------------------------------------------

from tz_excel.markers import heading_persons, read_marker  # noqa: E402


@pytest.mark.parametrize("title, persons", [
    ("区长张某某牵头重点工作", ("张某某",)),                                  # the post first, as a title
    ("常务副县长李某牵头重点工作", ("李某",)),
    ("副市长王某、赵某某分管工作（6项）", ("王某", "赵某某")),
    ("县委书记周某联系重点工作", ("周某",)),
    ("李某副市长牵头工作", ("李某",)),                                        # name first: as before
    ("常务副区长牵头重点工作", ()), ("副市长分管联系工作", ()),               # a post with no name names no one
    ("区长办公会议定事项", ()),
])
def test_a_heading_may_name_its_leader_title_first(title, persons):
    assert heading_persons(title) == persons


def test_a_notice_whose_parts_are_led_by_a_titled_person():
    text = ("关于印发2025年重点工作责任分解的通知\n"
            "一、区长张某某牵头重点工作\n"
            "1.一般公共预算收入增长5%以上。(牵头单位:区财政局)\n"
            "2.推进预算绩效管理。(牵头单位:区财政局)\n"
            "二、常务副区长李某牵头重点工作\n"
            "3.地区生产总值增长6%左右。(牵头单位:区发改局)\n").encode("utf-8")
    cat = parse_notice(text)
    assert [t.leaders for t in cat.tasks] == [("张某某",), ("张某某",), ("李某",)]


@pytest.mark.parametrize("line, departments", [
    ("配合单位:区发改局、区科技局等区级有关部门,各镇(街道)", ("区发改局", "区科技局", "各镇(街道)")),
    ("配合单位:市教育局等市直相关单位", ("市教育局",)),
    ("配合单位:县财政局等有关部门", ("县财政局",)),                           # as before
    ("配合单位:区级各部门", ("区级各部门",)),                                 # a collective, no 等: kept
])
def test_etc_with_a_level_word_is_no_part_of_a_name(line, departments):
    assert read_marker(line).departments == departments


@pytest.mark.parametrize("text, found", [
    ("居民消费价格指数控制在102.5左右。", [(102.5, "", "~")]),               # an index has no unit
    ("空气质量综合指数控制在4.1以内。", [(4.1, "", "<=")]),
    ("居民消费价格涨幅控制在3%左右。", [(3, "%", "~")]),                     # a unit of its own: as before
    ("发布2项指数。", []),
])
def test_a_figure_set_for_an_index_has_no_unit(text, found):
    assert [(i.target, i.unit, i.comparator) for i in extract_indicators(text, 1)] == found


@pytest.mark.parametrize("text, found", [
    ("建成区路网密度达到7.2公里/平方公里。", [(7.2, "公里/平方公里")]),     # a density, a rate per area
    ("森林蓄积量达到85立方米/公顷。", [(85, "立方米/公顷")]),
    ("新建道路12公里。", [(12, "公里")]),
])
def test_a_density_per_area_is_one_unit(text, found):
    assert _found_units(text) == found


@pytest.mark.parametrize("text, found", [
    ("城市医院对口帮扶60家乡镇卫生院,助推200家村卫生室提档升级。", [(60, "家"), (200, "家")]),
    ("推进10家卫生院信息化建设。", [(10, "家")]),                              # a bare count pushed on to be built
])
def test_counts_of_units_helped_or_upgraded(text, found):
    assert _found_units(text) == found


def test_a_figure_before_a_table_cell_separator_closes_its_clause():
    text = "工业投资占比达30%,研发投入强度达3.6%||★区科技局|"
    assert _found_units(text) == [(30, "%"), (3.6, "%")]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_notice_without_a_year_dates_a_task_by_a_deadline_that_writes_its_own():
    text = ("重点民生项目清单\n"
            "一、改善学校取暖\n事项内容:配齐农村学校取暖设施。\n完成时限:2025年11月底\n牵头部门:省教育厅\n"
            "二、建设公园\n事项内容:建设口袋公园。\n完成时限:10月底\n牵头部门:省住房城乡建设厅\n"
            "三、编制清单\n事项内容:全面实施清单管理。依据省清单,2025年9月底前编制并公布市县两级清单。\n"
            "牵头部门:省司法厅\n").encode("utf-8")
    cat = parse_notice(text)
    assert cat.year == 0
    # a deadline with no year of its own stays undated: the reader cannot tell which year's October
    assert [t.due for t in cat.tasks] == [date(2025, 11, 30), None, date(2025, 9, 30)]
    # the office names the year (init --year): 10月底 is that year's, the rest keep their own year
    cat = parse_notice(text, year=2025)
    assert cat.year == 2025
    assert [t.due for t in cat.tasks] == [date(2025, 11, 30), date(2025, 10, 31), date(2025, 9, 30)]


def test_the_year_the_office_gives_is_the_catalogues_and_silences_the_year_warning():
    text = "一、节水\n1.推进节水,6月底前新增节水型单位12家。(责任单位:市水务局)\n"
    assert "--year" in " ".join(read_notice(text.encode()).warnings)
    parsed = read_notice(text.encode(), year=2024)
    assert parsed.catalogue.year == 2024
    assert parsed.catalogue.tasks[0].indicators[0].due == date(2024, 6, 30)
    assert not [w for w in parsed.warnings if "年度" in w or "--year" in w]


@pytest.mark.parametrize("text, found", [
    ("力争实际利用外资2.5亿美元。", [(2.5, "亿美元")]),                       # an amount in a foreign currency
    ("进出口总额突破60亿美元。", [(60, "亿美元")]),
    ("实际利用外资5亿元。", [(5, "亿元")]),                                   # as before
    ("扩大以美元结算的出口。", []),
])
def test_an_amount_in_dollars_keeps_its_currency(text, found):
    assert _found_units(text) == found


@pytest.mark.parametrize("text, found", [
    ("续建甲线二期、乙线一期及丙线等6个项目。", [(6, "个")]),                 # the projects it goes on building
    ("续建保障性住房800套。", [(800, "套")]),
    ("推进甲线、乙线等6个项目建设。", []),                                    # a verb of scope: as before
])
def test_a_count_the_task_goes_on_building(text, found):
    assert _found_units(text) == found


# -- round sixteen, structure: rows numbered as in a longer list, merged cells left out, numbers on their own line --

@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_cell_table_keeps_the_numbers_of_the_whole_list_it_was_cut_from():
    text = ("某局2024年承担重点工作进展\n\n序号\n\n工作任务\n\n牵头责任单位\n\n计划完成时间\n\n目前进展\n\n"
            "4\n\n推进城乡供水一体化,新建水厂2座。\n\n水务股\n\n3\n\n2024年底\n\n已完成一座。\n\n"
            "一、生态环境\n\n二、城乡建设\n\n"
            "31\n\n完成河道清淤40公里,整治塘坝12座。\n\n河道站、\n\n水保股\n\n2024年底\n\n正在施工。\n\n"
            "32\n\n开展水资源专项执法,查处违法取水行为。\n\n执法大队\n\n2024年底\n\n已立案5起。\n").encode("utf-8")
    cat = parse_notice(text)
    assert [(t.no, t.departments) for t in cat.tasks] == [
        (4, ("水务股",)), (31, ("河道站", "水保股")), (32, ("执法大队",))]
    assert [(i.target, i.unit) for i in cat.tasks[1].indicators] == [(40, "公里"), (12, "座")]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_cell_table_number_below_the_row_is_no_next_row():
    # a figure 2 in a row numbered 4 (a cell of its own), and a 9 with no task after it: no rows of their own
    text = ("序号\n工作任务\n牵头责任单位\n备注\n"
            "4\n推进城乡供水一体化,新建水厂2座。\n水务股\n2\n"
            "5\n完成河道清淤40公里,整治塘坝12座。\n河道站\n9\n").encode("utf-8")
    cat = parse_notice(text)
    assert [(t.no, t.departments) for t in cat.tasks] == [(4, ("水务股",)), (5, ("河道站",))]


def test_a_units_cell_closed_as_a_sentence_is_still_units():
    from tz_excel.tables import _units_cell

    assert _units_cell("区财政局、区审计局,各镇人民政府、街道办事处。")
    assert not _units_cell("完成河道清淤40公里。")


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_pipe_table_row_pasted_without_its_merged_cells_goes_on_with_the_row_above():
    text = ("2024年民生实事进展\n"
            "序号 | 项目名称 | 目标任务 | 牵头单位 | 累计完成 | 完成比例 | 备注 |\n"
            "1 | 扩大就业 | 新增城镇就业1200人 | 县人社局 | 1300 | 108% | |\n"
            "新建零工驿站4个 | 4 | 100% | | | |\n"
            "2 | 保障低保对象 | 基本生活保障 | 城市标准(800元/月) | 县民政局 | | |\n"
            "保障人次 | 5000 | 持续推进中 | | | |\n"
            "农村标准(700元/月) | | | | | |\n"
            "3 | 改造老旧小区 | 改造老旧小区15个 | 县住建局 | 12 | 80% | |\n").encode("utf-8")
    cat = parse_notice(text)
    assert [(t.no, t.departments) for t in cat.tasks] == [
        (1, ("县人社局",)), (2, ("县民政局",)), (3, ("县住建局",))]
    assert [(i.target, i.unit) for i in cat.tasks[0].indicators] == [(1200, "人"), (4, "个")]
    assert [(i.target, i.unit) for i in cat.tasks[2].indicators] == [(15, "个")]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_pipe_table_with_every_row_numbered_reads_as_before():
    text = ("序号 | 项目名称 | 目标任务 | 牵头单位 |\n"
            "1 | 扩大就业 | 新增城镇就业1200人 | 县人社局 |\n"
            "2 | 改造老旧小区 | 改造老旧小区15个 | 县住建局 |\n").encode("utf-8")
    cat = parse_notice(text)
    assert [(t.no, t.departments, len(t.indicators)) for t in cat.tasks] == [
        (1, ("县人社局",), 1), (2, ("县住建局",), 1)]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_an_item_number_alone_on_its_line_labels_the_paragraphs_under_it():
    text = ("2024年某区为民办实事项目\n\n某区人大代表票决产生以下项目。\n\n"
            "1\n\n新增50张养护床位\n\n完成200户适老化改造\n\n"
            "2\n\n新建3座公共厕所\n\n"
            "3\n\n新增公办托位120个\n").encode("utf-8")
    cat = parse_notice(text)
    assert [t.no for t in cat.tasks] == [1, 2, 3]
    assert [(i.target, i.unit) for i in cat.tasks[0].indicators] == [(50, "张"), (200, "户")]


def test_bare_numbers_out_of_sequence_label_nothing():
    from tz_excel.flattened import bare_numbers

    lines = [Line(1, "1"), Line(2, "新增50张养护床位"), Line(3, "3"), Line(4, "新建3座公共厕所"),
             Line(5, "2"), Line(6, "新增公办托位")]
    assert bare_numbers(lines) == lines
    numbered = [Line(1, "1.新增50张养护床位"), Line(2, "2"), Line(3, "x"), Line(4, "3"), Line(5, "y"), Line(6, "4")]
    assert bare_numbers(numbered) == numbered


# a table pasted as text whose header names no list knows: its columns read by their cells
_UNKNOWN_HEADS = [
    ("推进老旧小区改造,完成改造小区12个。", "区住建局", "2024年6月底前", "已完成8个"),
    ("新建公共停车泊位500个,缓解停车难。", "区交通局、区城管局", "2024年10月底前", "正在施工"),
    ("开展食品安全专项整治行动,抽检样品300批次。", "区市场监管局", "2024年11月底前", "已抽检120批次"),
]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
@pytest.mark.parametrize("layout", ["cells", "spaced"])
def test_a_pasted_table_with_unknown_column_names_is_read_by_its_cells(layout):
    if layout == "cells":
        body = "\n".join(["序号", "事项描述", "承办主体", "时间节点", "当前状态"]
                         + [x for k, row in enumerate(_UNKNOWN_HEADS, 1) for x in (str(k), *row)])
    else:
        body = "\n".join(["序号 事项描述 承办主体 办结日期"]
                         + [f"{k} {task} {units} {due}" for k, (task, units, due, _) in enumerate(_UNKNOWN_HEADS, 1)])
    cat = parse_notice(("某局重点工作推进表\n" + body + "\n").encode("utf-8"))
    assert [(t.no, t.departments, t.due) for t in cat.tasks] == [
        (1, ("区住建局",), date(2024, 6, 30)), (2, ("区交通局", "区城管局"), date(2024, 10, 31)),
        (3, ("区市场监管局",), date(2024, 11, 30))]
    assert all(t.needs_review for t in cat.tasks)


def test_unknown_column_names_over_rows_of_uneven_cells_are_no_header():
    from tz_excel.tables import text_tables

    # the rows give two cells, then three: their cells cannot be placed by position, so nothing is read
    texts = ["序号", "事项描述", "承办主体", "1", "推进老旧小区改造,完成改造小区12个。", "区住建局", "2",
             "新建公共停车泊位500个。", "区交通局", "正在施工"]
    lines = [Line(k, t) for k, t in enumerate(texts, 1)]
    assert [ln.hint for ln in text_tables(lines)] == [""] * len(texts)


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_group_cell_before_the_first_row_is_no_unknown_column():
    body = ["分类", "序号", "事项", "承办主体", "发展目标"] + [
        x for k, (task, units, _, _) in enumerate(_UNKNOWN_HEADS, 1) for x in (str(k), task, units)]
    cat = parse_notice(("某局重点工作推进表\n" + "\n".join(body) + "\n").encode("utf-8"))
    assert [(t.no, t.departments) for t in cat.tasks] == [
        (1, ("区住建局",)), (2, ("区交通局", "区城管局")), (3, ("区市场监管局",))]

# -- round sixteen, targets: travel times, size bounds, site areas, allocations, reserves ----------------------------


def _read(text: str) -> list[tuple]:
    return [(i.target, i.unit, i.comparator, i.kind) for i in extract_indicators(text, 1)]


@pytest.mark.parametrize("text, found", [
    ("开通新航线,5小时通达东欧主要城市,1小时通达周边省会。", [(5, "小时", "<=", "level"), (1, "小时", "<=", "level")]),
    ("实现40分钟内到达市区各医院。", [(40, "分钟", "<=", "level")]),
    ("打造10分钟健身圈。", []),                                               # a kind of area: no verb of reaching
])
def test_a_travel_time_to_somewhere_is_a_ceiling(text, found):
    assert _read(text) == found


@pytest.mark.parametrize("text, found", [
    ("实现1500人以上行政村文化室标准化全覆盖。", []),                         # which villages: their size
    ("基本完成3万户以上老城区危旧房改造。", [(3, "万户")]),                   # the households reached: as before
    ("新建养老院12所(其中公办5所以上)。", [(12, "所"), (5, "所")]),          # a part with its own floor
    ("培育企业10家(其中高新技术企业5家)。", [(10, "家")]),                   # a part of the total: as before
    ("新建骑行道15条(每条3公里以上);建设绿道80公里。", [(15, "条"), (80, "公里")]),
    ("完成路灯全覆盖和城区40条道路标识设置。", [(40, "条")]),               # 全覆盖 is a result, no verb of scope
])
def test_a_size_that_says_which_ones_is_not_a_target(text, found):
    assert _found_units(text) == found


@pytest.mark.parametrize("text, found", [
    ("实施滨河安置小区建设工程,占地86亩,总面积9.5万平方米,总套数760套安置房。", [(9.5, "万平方米"), (760, "套")]),
    ("实施老街改造,占地面积约3200平方米,地上建筑面积400平方米,修缮老宅150平方米。", [(150, "平方米")]),
    ("新建停车场占地2000平方米,建筑面积1600平方米。", [(1600, "平方米")]),
    ("新建绿地2000平方米。", [(2000, "平方米")]),                             # no site described: as before
])
def test_a_site_area_describes_what_is_built(text, found):
    assert _found_units(text) == found


@pytest.mark.parametrize("text, found", [
    ("安排财政赤字1.5万亿元,赤字率提高到2.8%。", []),                       # what a budget arranges and sets
    ("2019年安排300亿元,重点用于困难群众救助。", []),
    ("争取上级资金3亿元。", [(3, "亿元")]),                                   # money brought in: as before
    ("推进2万个自然村通光纤。", [(2, "万个")]),                              # the places the task connects
    ("推进甲村、乙村等6个村道路建设。", []),                                  # a verb of scope: as before
])
def test_allocations_are_not_targets_and_connected_places_are(text, found):
    assert _found_units(text) == found


@pytest.mark.parametrize("text, kind", [
    ("储备冻猪肉800吨。", "level"),                                          # a stock kept on hand
    ("新增储备项目50个。", "cumulative"),                                      # a pipeline built up: as before
])
def test_a_reserve_of_goods_is_a_level(text, kind):
    assert [i.kind for i in extract_indicators(text, 1)] == [kind]


@pytest.mark.parametrize("text, found", [
    ("推进12个社区托育点扩优提质。", [(12, "个")]),                          # the places the task upgrades
    ("推进8个重点项目开工。", [(8, "个")]),                                   # brought to a state
    ("推进8个重点项目建设。", [(8, "个")]),                                   # a bare count pushed on to be built
])
def test_a_count_of_places_the_task_pushes_to_a_state(text, found):
    assert _found_units(text) == found


@pytest.mark.parametrize("text, found", [
    ("落实技能培训补贴800万元。", []),                                        # a subsidy's budget put in place
    ("发放一次性生活补贴300万元。", [(300, "万元")]),                         # paid out to people: as before
    ("落实配套资金500万元。", [(500, "万元")]),                               # money secured: as before
])
def test_a_subsidy_budget_put_in_place_is_not_a_target(text, found):
    assert _found_units(text) == found


# -- round seventeen's target shapes: time limits, a threshold with a note, parts of a total, full coverage, floors --

@pytest.mark.parametrize("text, found", [
    # a time limit closing its clause, or before the verb of finishing: a ceiling, a level
    ("甲类申请10个工作日内、乙类申请5个工作日内、丙类申请2个工作日内完成审核。",
     [(10, "个工作日", "<=", "level"), (5, "个工作日", "<=", "level"), (2, "个工作日", "<=", "level")]),
    ("材料齐全的申请4小时内。", [(4, "小时", "<=", "level")]),
    ("受理后20天内组织现场核查。", []),                                       # when something happens: no target
    ("企业开办2天内办结。", [(2, "天", "<=", "level")]),                        # the service standard: as before
])
def test_a_time_limit_within_days_is_a_ceiling(text, found):
    assert [(i.target, i.unit, i.comparator, i.kind) for i in extract_indicators(text, 1)] == found


def test_a_time_limit_is_named_by_its_own_words():
    names = [i.metric for i in extract_indicators("甲类申请10个工作日内、乙类申请5个工作日内完成审核。", 1)]
    assert names == ["甲类申请", "乙类申请"]


@pytest.mark.parametrize("text, found", [
    ("园区内8亩以下(含8亩)的地块由园区审核。", []),                          # a threshold saying which plots
    ("新建绿道全长3.2公里(东起河滨路)。", [(3.2, "公里")]),                   # a note closing the clause: as before
])
def test_a_threshold_with_a_note_before_its_noun_is_no_target(text, found):
    assert _found_units(text) == found


@pytest.mark.parametrize("text, found", [
    ("12个社区新增老年助餐点;为6个小区实施雨污分流改造。", [(12, "个"), (6, "个")]),   # the places equipped
    ("300个文化室提供不少于1200场演出活动。", [(1200, "场")]),                  # what the task provides
    ("升级80家现有驿站服务功能。", [(80, "家")]),                               # the places it upgrades
    ("推进30处积水点改善;推进60条公交线路实现来车预报。", [(30, "处"), (60, "条")]),  # improved, brought to a state
    ("推进8个重点项目建设。", [(8, "个")]),                                   # a bare count pushed on to be built
])
def test_counts_of_places_equipped_provided_or_improved(text, found):
    assert _found_units(text) == found


@pytest.mark.parametrize("text, found", [
    # parts that add up to the total: each delivered and reported on its own
    ("新建公厕120座(其中,城区公厕20座、镇村公厕100座)。", [(120, "座"), (20, "座"), (100, "座")]),
    # one part, or parts that do not add up: how many of them are of a kind, as before
    ("培育企业10家(其中高新技术企业5家、专精特新企业3家)。", [(10, "家")]),
])
def test_the_parts_a_total_is_split_into_are_targets(text, found):
    assert _found_units(text) == found


@pytest.mark.parametrize("text, kind", [
    ("实现3万台以上电梯远程监测全覆盖。", "cumulative"),                      # the count the coverage reaches
    ("孕妇产前筛查全覆盖(2000人)。", "cumulative"),
    ("对全县20所小学实行课后服务全覆盖。", "level"),                           # the area's whole stock
    ("千兆光网覆盖家庭80万户。", "level"),                                      # how far a network reaches: as before
])
def test_full_coverage_reached_by_a_count_is_counted_up(text, kind):
    assert [i.kind for i in extract_indicators(text, 1)] == [kind]


@pytest.mark.parametrize("text, found", [
    ("年内完成主体结构12层以上。", [(12, "层")]),                              # the floors the works rise to
    ("建设6层综合楼1栋。", [(1, "栋")]),                                        # a building's height: no target
    ("加装电梯一层一层推进。", []),
])
def test_the_floors_a_building_rises_to_in_the_year(text, found):
    assert _found_units(text) == found


@pytest.mark.parametrize("text, found", [
    # what the task puts on (推出) and oversees (督促), and class hours delivered
    ("推出8处以上街区“口袋公园”、12个社区文化示范点。", [(8, "处"), (12, "个")]),
    ("推出不少于60场公益演出、90场读书活动以及30场艺术讲座。", [(60, "场"), (90, "场"), (30, "场")]),
    ("区级配送文化辅导不少于600课时。", [(600, "课时")]),
    ("督促辖区内9家民办养老机构规范运营。", [(9, "家")]),
    ("推进不少于4个乡镇公墓新建、改扩建。", [(4, "个")]),                       # with a floor, then built
    ("推进8个重点项目建设。", [(8, "个")]),                                   # a bare count pushed on to be built
])
def test_counts_put_on_overseen_or_pushed_to_be_built(text, found):
    assert _found_units(text) == found


@pytest.mark.parametrize("text, found", [
    ("完成河道整治;2022.11", []),                                               # a deadline cell joined: a date
    ("完成棚改项目。5", [(5, "")]),                                              # a target column's figure: as before
])
def test_a_year_and_month_after_the_task_is_no_bare_figure(text, found):
    assert _found_units(text) == found


def test_a_note_cut_open_by_the_clause_is_no_part_of_the_counted_noun():
    total, = extract_indicators("新建改造120座公共厕所(其中,城区公厕若干)。", 1)
    assert (total.metric, total.source) == ("公共厕所", "新建改造120座公共厕所")

# -- round seventeen, structure: a list run on after a colon, a traditional cell table, cells merged down ---------

@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_list_run_on_after_a_colon_is_cut_into_its_items():
    text = ("某县人代会确定2020年为民办理6件实事。\n"
            "这六件实事是:1.新建公办幼儿园3所。2.改造农村公路80公里,新增公交线路2条。3.新增城镇就业1500人。"
            "4.实施城区供水管网改造工程。5.建成老年食堂10个。6.完成全县中小学校园安防建设。\n").encode("utf-8")
    cat = parse_notice(text)
    assert [t.no for t in cat.tasks] == [1, 2, 3, 4, 5, 6]
    assert [(i.target, i.unit) for i in cat.tasks[1].indicators] == [(80, "公里"), (2, "条")]
    assert cat.tasks[3].title == "实施城区供水管网改造工程"


def test_points_run_on_inside_a_numbered_notice_stay_in_their_item():
    from tz_excel.flattened import listed_items

    lines = [Line(1, "一、改善民生"),
             Line(2, "主要包括:1.新建幼儿园3所。2.改造公路80公里。3.新增就业1500人。(县教育局负责)")]
    assert listed_items(lines) == lines
    # two items run on after a colon are no list of their own: the sentence stays whole
    two = [Line(1, "今年的两件实事是:1.新建幼儿园3所。2.改造公路80公里。")]
    assert listed_items(two) == two


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_traditional_cell_table_with_empty_cells_reads_its_header_in_simplified_characters():
    text = ("附件:\n|\n某縣2024年民生實事項目清單 |\n||||||\n|\n"
            "序號 |\n項目名稱 |\n建設地點 |\n建設內容 |\n責任單位 |\n|\n"
            "1 |\n城區學校運動場改造項目 |\n城關鎮 |\n改造學校運動場地3處。 |\n教體局 |\n|\n"
            "2 |\n農村公路建設項目 |\n各鎮 |\n新建農村公路20公里。 |\n交通局 |\n|\n").encode("utf-8")
    cat = parse_notice(text)
    assert [(t.no, t.departments) for t in cat.tasks] == [(1, ("教体局",)), (2, ("交通局",))]
    assert [(i.target, i.unit) for i in cat.tasks[1].indicators] == [(20, "公里")]


def test_a_bar_alone_before_a_cell_table_starts_no_table():
    from tz_excel.tables import pipe_tables

    # the bare '|' lines only go on a run of cells; a run that opens with one is no header
    lines = [Line(1, "|"), Line(2, "说明文字 |"), Line(3, "|")]
    assert [ln.text for ln in pipe_tables(lines)] == ["|", "说明文字 |", "|"]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_cell_table_item_with_a_group_of_cells_for_each_unit_names_every_unit():
    # header names broken over lines (总投资 / (万元), 2024年 / 目标进度), a unit's name broken by a narrow column,
    # and item 1 carried out by two units, each with its own content, investment and progress
    text = ("2024年区民生实事项目分解表\n\n序号\n\n项目\n\n责任单位\n\n建设内容\n\n总投资\n\n(万元)\n\n2024年\n\n目标进度\n\n"
            "1\n\n改善道路交通\n\n区城市建设\n\n服务中心\n\n实施滨江路提升改造工程。\n\n32000\n\n"
            "3月开工,年内完成工程量的60%,\n\n二期完成工程量的20%。\n\n\n\n区交通局\n\n新建公交站台30个。\n\n800\n\n年内完工。\n\n"
            "2\n\n提升防洪能力\n\n区水利局\n\n实施城西河道整治工程。\n\n9000\n\n6月开工\n").encode("utf-8")
    cat = parse_notice(text)
    assert [(t.no, t.departments) for t in cat.tasks] == [
        (1, ("区城市建设服务中心", "区交通局")), (2, ("区水利局",))]
    assert [(i.target, i.unit) for i in cat.tasks[0].indicators] == [(60, "%"), (20, "%"), (30, "个")]
    assert not any(i.target == 32000 for i in cat.tasks[0].indicators)


def test_a_person_before_a_unit_is_no_unit_name_broken_over_two_lines():
    from tz_excel.tables import _names_joined

    assert _names_joined([(1, "张承志"), (2, "经济发展局")]) == [(1, "张承志"), (2, "经济发展局")]
    assert _names_joined([(1, "区综合行政"), (2, "执法局")]) == [(1, "区综合行政执法局")]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_table_with_a_bar_line_between_cells_and_no_header_is_read_by_content():
    # the group cell merged down (only the group's first row has it), a cell holding two units and two persons
    text = ("1\n|\n一、稳定经济增长\n|\n全年地区生产总值增长6%以上。\n|\n综合科\n|\n王建国\n|\n2024年底前\n|\n5550001\n|\n"
            "2\n|\n新增规上工业企业20家。\n|\n产业科\n市工业中心\n|\n李卫东\n赵明华\n|\n2024年底前\n|\n5550002\n|\n"
            "3\n|\n二、改善民生\n|\n新增城镇就业3000人。\n|\n就业科\n|\n|\n2024年底前\n|\n5550003\n|\n"
            "4\n|\n新建养老服务中心5个。\n|\n民政科\n|\n孙丽娟\n|\n2024年底前\n|\n5550004\n").encode("utf-8")
    cat = parse_notice(text)
    assert [(t.no, t.departments, t.leaders) for t in cat.tasks] == [
        (1, ("综合科",), ("王建国",)), (2, ("产业科", "市工业中心"), ("李卫东", "赵明华")),
        (3, ("就业科",), ()), (4, ("民政科",), ("孙丽娟",))]
    assert [s.title for s in cat.sections] == ["稳定经济增长", "改善民生"]
    assert [(i.target, i.unit) for t in cat.tasks for i in t.indicators] == [
        (6, "%"), (20, "家"), (3000, "人"), (5, "个")]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_barred_table_header_names_its_units_column_and_a_supervisor_is_none():
    text = ("序号\n|\n重点工作任务\n|\n责任领导\n|\n责任部门\n|\n完成期限\n|\n监督方式\n|\n"
            "1\n|\n建设数字产业园,引进企业20家。\n|\n张志强\n|\n经济发展局\n|\n持续推进\n|\n区委、区政府\n|\n"
            "2\n|\n推进园区道路互通,新建道路5公里。\n|\n李明\n|\n建设管理局、城投公司\n|\n持续推进\n|\n区委、区政府\n|\n"
            "3\n|\n开展二次创业,新增规上企业30家以上。\n|\n李明\n|\n科技中心、城投公司等各部门\n|\n持续推进\n|\n区委、区政府\n|\n"
            ).encode("utf-8")
    cat = parse_notice(text)
    assert [t.departments for t in cat.tasks] == [
        ("经济发展局",), ("建设管理局", "城投公司"), ("科技中心", "城投公司", "各部门")]


def test_rows_with_a_bar_between_cells_need_three_numbered_rows():
    from tz_excel.tables import _barred_rows

    lines = [Line(n, t) for n, t in enumerate(["1", "|", "新建公园2个。", "|", "园林科", "|",
                                                 "2", "|", "新建道路5公里。", "|", "交通科"], 1)]
    assert _barred_rows(lines, 0) is None
    # a row's number right after a bar is a cell of the table above, never a table's start
    assert _barred_rows([Line(1, "|")] + lines, 1) is None


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_pipe_table_item_goes_on_over_rows_without_its_numbered_name():
    text = ("2022年某县民生实事进展登记表\n"
            "项目名称 | 工作任务 | 计划完成时间 | 牵头单位 |\n"
            "1.城市环境提升项目 | 改造城区道路5条; | 11月 | 建设局 |\n"
            "2022.8 | 城投集团 | ||\n"
            "新建口袋公园4处; | 11月 | 建设局 | |\n"
            "2.养老服务项目 | 新建老年食堂12个。 | 10月底 | 民政局 |\n"
            "3.农村公路项目 | 提升改造农村公路30公里。 | 9月 | 交通运输局 |\n").encode("utf-8")
    cat = parse_notice(text)
    assert [(t.no, t.departments) for t in cat.tasks] == [
        (1, ("建设局", "城投集团")), (2, ("民政局",)), (3, ("交通运输局",))]
    assert [(i.target, i.unit) for i in cat.tasks[0].indicators] == [(5, "条"), (4, "处")]
    assert [t.due for t in cat.tasks[1:]] == [date(2022, 10, 31), date(2022, 9, 30)]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_pipe_table_short_row_under_a_name_without_number_is_not_joined_to_it():
    # the name numbers no item: a short row under it is not taken as that item's further row (read as before)
    text = ("项目名称 | 工作任务 | 牵头单位 |\n"
            "就业创业 | 城镇新增就业1200人。 | 县人社局 |\n"
            "技能培训3000人次。 | 县人社局 | |\n"
            "养老服务 | 新建老年食堂12个。 | 县民政局 |\n").encode("utf-8")
    cat = parse_notice(text)
    assert [(t.no, t.text) for t in cat.tasks] == [(1, "就业创业。城镇新增就业1200人。"), (2, "养老服务。新建老年食堂12个。")]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_progress_table_row_without_its_merged_unit_takes_the_unit_above():
    text = ("2024年5月民生实事项目进展情况汇总表\n"
            "序号 | 项目内容 | 月度工作计划 | 牵头单位 | 落实情况 |\n"
            "1 | 新建城市书房12家。 | 5月:完成选址。 | 县文广旅体局 | 已完成。 已确定选址8处。 |\n"
            "2 | 免费开放公共体育场馆20个。 | 5月:制定开放方案。 | 已完成。 已制定方案,开放场馆6个。 | |\n"
            "3 | 改造农村公路50公里。 | 9月底前完成全部改造任务。 | 县交通运输局 | 已完成。 完成改造12公里。 |\n"
            ).encode("utf-8")
    cat = parse_notice(text)
    assert [(t.no, t.departments, t.due) for t in cat.tasks] == [
        (1, ("县文广旅体局",), None), (2, ("县文广旅体局",), None), (3, ("县交通运输局",), date(2024, 9, 30))]
    assert [[(i.target, i.unit) for i in t.indicators] for t in cat.tasks] == [[(12, "家")], [(20, "个")], [(50, "公里")]]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_row_with_its_own_unit_and_an_empty_last_cell_keeps_its_cells():
    # a unit cell the row gives itself, a last cell left empty: nothing merged, nothing moved
    text = ("序号 | 项目内容 | 牵头单位 | 备注 |\n"
            "1 | 新建城市书房12家。 | 县文广旅体局 | 已完成选址,正在建设。 |\n"
            "2 | 免费开放公共体育场馆20个。 | 县教育局 | |\n").encode("utf-8")
    cat = parse_notice(text)
    assert [t.departments for t in cat.tasks] == [("县文广旅体局",), ("县教育局",)]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_unnumbered_paragraphs_naming_their_unit_are_tasks_to_review():
    text = ("某镇今年确定为民办实事重点项目3项。\n"
            "聚焦“民生保障”。由镇社会事务办负责的养老服务中心建设项目,新建养老床位60张,预计2023年10月底完成。\n"
            "聚焦“乡村振兴”。由镇农业农村办负责的高标准农田建设项目,新建高标准农田3000亩,预计2023年11月底完成。\n"
            ).encode("utf-8")
    cat = parse_notice(text)
    assert [(t.no, t.departments, t.needs_review) for t in cat.tasks] == [
        (1, ("镇社会事务办",), True), (2, ("镇农业农村办",), True)]
    assert [(i.target, i.unit) for t in cat.tasks for i in t.indicators] == [(60, "张"), (3000, "亩")]


def test_a_text_without_numbered_items_and_one_unit_named_still_has_no_items():
    text = ("某镇召开民生工作会议。\n"
            "会议指出,由镇社会事务办负责的养老服务中心建设项目进展顺利,要继续抓好落实,确保按期完工交付使用。\n"
            "会议强调,各村要提高认识,加强领导,切实把各项民生工作抓实抓细抓出成效,让群众有更多获得感。\n").encode("utf-8")
    with pytest.raises(NoticeParseError):
        parse_notice(text)


def test_a_flattened_page_cell_border_after_the_last_item_ends_it():
    from tz_excel.flattened import unflatten

    items = "".join(f"({n})新建社区食堂{n + 10}个,新增养老床位{n * 100}张,改造老旧小区{n + 3}个。 " for n in range(1, 16))
    lines = unflatten([Line(1, "县长作政府工作报告。 " + items + "|"), Line(2, "政府信息公开")])
    assert [ln.text for ln in lines][-2:] == ["(15)新建社区食堂25个,新增养老床位1500张,改造老旧小区18个。", "政府信息公开"]
    # a bar inside an item's words stays
    assert unflatten([Line(1, "甲 | 乙")]) == [Line(1, "甲 | 乙")]


# -- round eighteen, targets: figures set apart, items marked, shares seen to, collectives with a bracketed kind --

def _figures(text: str) -> list[tuple]:
    return [(i.target, i.unit) for i in extract_indicators(text, 1)]


def test_a_figure_set_apart_from_its_unit_by_a_space_is_one_figure():
    assert _figures("扩大普惠学前资源,增加公办托位 450 个。") == [(450, "个")]
    assert _figures("改造提升农村小学 12 所、建成村级书屋 6 家。") == [(12, "所"), (6, "家")]
    # a space between two figures joins nothing
    assert _figures("编号 2023 12 项目") == []


def test_circled_numbers_and_asterisks_open_items_of_their_own():
    assert _figures("县实事工程:①改造乡村学校 8 所;②建成笼式足球场 4 个。") == [(8, "所"), (4, "个")]
    # an asterisk (a higher level's item) opening a line joined to the one before without a stop
    assert _figures("新增就业2500人*帮助80名失业青年实现就业*开展技能培训1200人次") == [
        (2500, "人"), (80, "名"), (1200, "人次")]
    ind = extract_indicators("*新增2家社区食堂、*5家照护之家", 1)
    assert [(i.target, i.unit, i.source) for i in ind] == [
        (2, "家", "新增2家社区食堂"), (5, "家", "新增2家社区食堂、5家照护之家")]
    # a size (30*10m) and a blanked number are no items
    assert _figures("建大棚30*10m规格") == []


def test_courts_are_counted_in_pian_and_a_year_after_a_figure_starts_other_words():
    assert _figures("新建改建6片社区球场。") == [(6, "片")]
    assert _figures("新建改建一片社区球场。") == []               # 一片 in words: a stretch, no count
    assert _figures("配送图书3万册2024年某区实事项目安排") == [(3, "万册")]


def test_a_share_right_before_what_is_done_is_a_level():
    ind = extract_indicators("符合条件的随迁子女在居住地100%保障入学", 3)
    assert [(i.target, i.unit, i.comparator, i.kind) for i in ind] == [(100, "%", ">=", "level")]
    # a rate named after the share is not what is done
    assert _figures("按100%完成率计算奖励") == []


def test_a_project_name_with_its_count_in_a_bracket_commits_to_it():
    assert _figures("(一)“畅通微循环”攻坚专项行动(6条路)") == [(6, "条")]
    assert _figures("道路提升工程(3条道路)") == [(3, "条")]
    # a bracket that is only a note on the words, no project's name before it
    assert _figures("涉及城区(3条道路)") == []


def test_a_collective_whose_second_kind_carries_its_alternative_in_brackets_stays_whole():
    assert split_departments("市财政局、各有关部门、各开发区、镇(街道)") == ("市财政局", "各有关部门", "各开发区、镇(街道)")
    assert split_departments("市财政局、各园区、乡(镇)") == ("市财政局", "各园区、乡(镇)")
    # a department after a collective stays apart
    assert split_departments("各开发区、市城管局") == ("各开发区", "市城管局")


def test_a_plant_capacity_and_a_length_said_before_its_width_are_what_is_built():
    assert _figures("新建50兆瓦光伏电站项目,年底前并网。") == [(50, "兆瓦")]
    assert _figures("沿河两侧建设长800米宽30米的滨河绿道,预计年底完成。") == [(800, "米")]
    assert _figures("新建长1200米的健身步道。") == [(1200, "米")]
    # a lengthening, a width alone and energy saved name no length built
    assert _figures("延长800米的管道") == []
    assert _figures("节约用电1000千瓦时的目标") == []


def test_portal_debris_and_bracketed_units_leave_the_figure_as_written():
    # a comma right before 、 is debris, no end of the clause that holds the verb
    assert _figures("实施东村、西村,、南村等自然村内约5.6公里道路硬化,,预计年底完成。") == [(5.6, "公里")]
    assert _figures("开展职业技能培训600人(次)。") == [(600, "人次")]
    assert _figures("新建公益性墓地3处,新增墓穴5000穴。") == [(3, "处"), (5000, "穴")]


def test_a_count_after_one_name_and_deng_worked_on_is_a_target():
    assert _figures("对解放路等4条城区道路进行提升改造;") == [(4, "条")]
    # 针对 is no 对, and nothing is done to them
    assert _figures("针对解放路等4条道路的问题") == []

# -- round eighteen: lists written without the marks of GB/T 9704 ---------------------------------------------

@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_items_numbered_yishi_one_a_line_are_the_tasks_of_a_text_numbering_nothing_else():
    text = ("某县今年为民办好3件实事:\n"
            "一是实施学校建设项目,新建小学2所。\n"
            "二是实施道路改造项目,改造道路15公里。\n"
            "三是实施公园建设项目,新建口袋公园6个。\n").encode("utf-8")
    cat = parse_notice(text)
    assert [(t.no, t.title) for t in cat.tasks] == [
        (1, "实施学校建设项目,新建小学2所"), (2, "实施道路改造项目,改造道路15公里"), (3, "实施公园建设项目,新建口袋公园6个")]
    assert [(i.target, i.unit) for t in cat.tasks for i in t.indicators] == [(2, "所"), (15, "公里"), (6, "个")]


def test_yishi_lines_beside_numbered_items_or_out_of_sequence_stay_words():
    from tz_excel.flattened import shi_numbers

    numbered = [Line(1, "一、加强组织领导"), Line(2, "一是健全机制。"), Line(3, "二是压实责任。"), Line(4, "三是强化督查。")]
    assert shi_numbers(numbered) == numbered
    broken = [Line(1, "一是健全机制。"), Line(2, "三是压实责任。"), Line(3, "四是强化督查。")]
    assert shi_numbers(broken) == broken
    two = [Line(1, "一是健全机制。"), Line(2, "二是压实责任。")]
    assert shi_numbers(two) == two


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_headings_with_their_numeral_glued_on_are_the_items_of_their_level():
    text = ("某区2021年重点办好的实事\n"
            "一教育方面\n学校建设工程,新建幼儿园3所以上。\n"
            "二卫生方面\n基层医疗提升工程,新建社区卫生服务站4个。\n"
            "三交通方面\n道路畅通工程,打通断头路5条。\n").encode("utf-8")
    cat = parse_notice(text)
    assert [(t.no, t.text[:4]) for t in cat.tasks] == [(1, "教育方面"), (2, "卫生方面"), (3, "交通方面")]
    assert [(i.target, i.unit) for t in cat.tasks for i in t.indicators] == [(3, "所"), (4, "个"), (5, "条")]


def test_quarters_and_a_pair_of_glued_numerals_are_no_headings():
    from tz_excel.flattened import glued_cn_numbers

    quarters = [Line(1, "一季度"), Line(2, "完成投资5亿元。"), Line(3, "二季度"), Line(4, "三季度")]
    assert glued_cn_numbers(quarters) == quarters
    pair = [Line(1, "一教育方面"), Line(2, "新建学校。"), Line(3, "二卫生方面")]
    assert glued_cn_numbers(pair) == pair


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_counted_list_run_into_one_sentence_gives_one_task_a_piece_to_review():
    text = ("记者从县人代会获悉,今年县政府将集中力量办好4件民生实事:新建城区停车位500个;改造农村公路80公里;"
            "新建公厕12座;启动实施城区供水工程。\n").encode("utf-8")
    cat = parse_notice(text)
    assert [(t.no, t.title, t.needs_review) for t in cat.tasks] == [
        (1, "新建城区停车位500个", True), (2, "改造农村公路80公里", True), (3, "新建公厕12座", True),
        (4, "启动实施城区供水工程", True)]


def test_a_list_run_into_one_sentence_not_as_many_as_counted_is_no_list():
    text = ("今年县政府将集中力量办好5件民生实事:新建城区停车位500个;改造农村公路80公里;新建公厕12座。\n"
            "会议还审议了其他事项。\n").encode("utf-8")
    with pytest.raises(NoticeParseError):
        parse_notice(text)


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_paragraphs_after_an_announcing_line_are_tasks_to_review():
    text = ("本报讯 区政府工作报告提出今年办好民生实事。\n"
            "民生实事具体包括:加强教育设施建设,扩大优质资源。新建学校3所。\n"
            "加强文体设施建设,丰富群众生活。新建笼式足球场5处。\n"
            "实施老有颐养工程,提高养老服务水平。新建日间照料中心4处。\n"
            "记者 张三\n").encode("utf-8")
    cat = parse_notice(text)
    assert [(t.no, t.title, t.needs_review) for t in cat.tasks] == [
        (1, "加强教育设施建设,扩大优质资源", True), (2, "加强文体设施建设,丰富群众生活", True),
        (3, "实施老有颐养工程,提高养老服务水平", True)]
    assert [(i.target, i.unit) for t in cat.tasks for i in t.indicators] == [(3, "所"), (5, "处"), (4, "处")]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_lines_each_opening_with_a_figure_after_a_counted_heading_are_tasks():
    text = ("会议票决产生了今年的民生实事。\n"
            "五大民生实事项目\n"
            "万名长者乐享智慧养老\n20个口袋公园建设\n5万名学生参加研学实践\n100公里绿道建设提升\n3000套公租房分配入住\n"
            "文/某报记者:李四\n").encode("utf-8")
    cat = parse_notice(text)
    assert [t.title for t in cat.tasks] == ["万名长者乐享智慧养老", "20个口袋公园建设", "5万名学生参加研学实践",
                                            "100公里绿道建设提升", "3000套公租房分配入住"]
    assert all(t.needs_review for t in cat.tasks)


def test_prose_after_an_announcing_line_too_short_a_run_stays_a_text_without_items():
    text = ("会议审议了3项议题。\n"
            "会议指出,要切实加强组织领导,确保各项工作落到实处,取得实效。\n"
            "会议强调,各部门要提高认识,形成合力,推动工作再上新台阶。\n"
            "会议要求\n").encode("utf-8")
    with pytest.raises(NoticeParseError):
        parse_notice(text)


def test_lines_of_bare_markup_are_no_text_of_the_notice():
    text = ('<strike id="ab"></strike>\n  • <abbr id="ab"></abbr>\n'
            '<fieldset id="ab"><menu id="ab"></menu></fieldset>\n'
            "1.新建学校2所。（区教育局负责）\n标签<b>加粗</b>的文字\n").encode("utf-8")
    assert [ln.text for ln in load_lines(text) if ln.text] == ["1.新建学校2所。（区教育局负责）", "标签<b>加粗</b>的文字"]


def _group_table(groups: list[tuple[str, str, list[tuple[str, str]]]]) -> bytes:
    """A progress table pasted one cell a line, rows numbered 一, 二, 三 …: (numeral, lead, [(project, owner)])."""
    cells = ["某区民生实事项目进度表", "序号 |", "牵头单位 |", "项目数量 |", "项目名称 |", "业主单位 |", "本月进展情况 |", "||"]
    for numeral, lead, projects in groups:
        cells += [f"{numeral} |", f"{lead} |", f"民生实事项目({len(projects)}个) |"]
        for project, owner in projects:
            cells += [f"{project} |", f"{owner} |", "已完工 |", "||"]
    return "\n".join(cells + ["制表单位：区发改委"]).encode("utf-8")


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_cell_table_with_rows_numbered_yi_er_san_gives_one_task_a_group_under_its_lead():
    text = _group_table([("一", "区住建局", [("(一)道路畅通工程", "区城投"), ("(二)管网改造工程", "区水投")]),
                         ("二", "区城管局", [("(一)公厕新建项目", "区城管局")]),
                         ("三", "区教体局", [("(一)学校建设项目", "区教体局"), ("(二)健身器材更换", "长堎街道")])])
    cat = parse_notice(text)
    assert [(t.no, t.text, t.departments, t.needs_review) for t in cat.tasks] == [
        (1, "(一)道路畅通工程；(二)管网改造工程", ("区住建局",), True), (2, "(一)公厕新建项目", ("区城管局",), True),
        (3, "(一)学校建设项目；(二)健身器材更换", ("区教体局",), True)]


def test_a_cell_table_with_two_rows_numbered_yi_er_is_not_read_as_groups():
    text = _group_table([("一", "区住建局", [("(一)道路畅通工程", "区城投")]), ("二", "区城管局", [("(一)公厕新建项目", "区城管局")])])
    assert [ln.text for ln in load_lines(text)] == text.decode("utf-8").splitlines()


# -- round nineteen, targets: sessions, services to people, equipment, names in lists, reports dated 截至 ----------

@pytest.mark.parametrize("text, expected", [
    # a count of sessions after 推进 is the sessions held; 推进 a count of projects still only names them
    ("开展文化惠民活动,推进120堂非遗传承课。", [(120, "堂")]),
    ("推进甲、乙等12个项目建设。", []),
    ("一堂课讲清政策。", []),
    # 免费为N人 then a screening or check-up: the people served
    ("免费为2000人检查眼底,为500名老人体检。", [(2000, "人"), (500, "名")]),
    ("以500人检查为限。", []),
    # 装备/购置 N台: the things the task equips its services with
    ("购置8辆救护车,装备2台移动检测车。", [(8, "辆"), (2, "台")]),
    # a space before a figure is no word of the clause: 对 a count worked on
    ("对全县 25所学校操场进行改造。", [(25, "所")]),
    # a count inside one item of a list of names closed by 等N所 is part of a name; a list of counts is not
    ("甲镇东关小学、乙镇五里新校区、丙镇中学等3所学校开工建设。", [(3, "所")]),
    ("新建幼儿园3所、中小学5所、学位3600个。", [(3, "所"), (5, "所"), (3600, "个")]),
    ("提升甲社区、建设5个站点、丙社区改造。", [(5, "个")]),
    # a programme's name holding a count (三公里…社区) measured by 数量达到: not a target, also after another target
    ("稳定就业,新增就业800人,三公里就业社区数量达到社区总数的50%。", [(800, "人"), (50, "%")]),
    ("新增就业800人,三个示范社区建成。", [(800, "人"), (3, "个")]),
    # a sentence opened by the date it is reckoned to (截至…,) reports what is done; a plan's 到…年底 commits
    ("解决2万人饮水问题。截至2020年12月底,全县争取补助资金300万元,解决2.1万人的饮水问题。", [(2, "万人")]),
    ("到2025年底,全县新建公厕30座。", [(30, "座")]),
    # 对沿线 a count then the work done on it; 拆除 a list closed by 等N个: the things taken down
    ("对沿线12座桥梁进行加固。", [(12, "座")]),
    ("拆除甲路、乙路等4个废弃站亭,新建丙站1个。", [(4, "个"), (1, "个")]),
    # villages counted without 个 before what they get; a numbered village (某乡1村) is a place's name
    ("实施45村道路硬化项目。", [(45, "村")]),
    ("建设地点:某乡2村。", []),
    ("推进一村一品建设。", []),
])
def test_round_nineteen_target_shapes(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == expected

# -- round nineteen, structure: a header run on, a progress table's second lines, an inline 一是 list, sub-items --

@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_spaced_header_run_on_at_the_end_of_a_paragraph_heads_the_rows_after_it():
    text = ("某市人民政府办公室关于分解落实年度工作任务的通知 各镇人民政府: 现将任务下达给你们,请认真组织实施. "
            "附件:任务分解表 某市人民政府办公室 2020年3月1日 任务分解表 序号 名称 工作任务 牵头责任单位\n\n"
            "一、主要预期目标(3项)\n\n"
            "1 城镇新增就业5000人. 人社局\n\n"
            "2 新建公园3个. 住建局\n\n"
            "3 新增养老床位200张. 民政局、卫健委\n").encode("utf-8")
    cat = parse_notice(text)
    assert [(t.no, t.title, t.departments) for t in cat.tasks] == [
        (1, "城镇新增就业5000人.", ("人社局",)), (2, "新建公园3个.", ("住建局",)),
        (3, "新增养老床位200张.", ("民政局", "卫健委"))]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_xuhao_inside_a_sentence_heads_no_table():
    text = ("各单位请按序号 逐项报送责任单位的完成情况,不得遗漏。\n"
            "1 新建公园3个 市住建局\n"
            "2 改造道路5公里 市交通局\n").encode("utf-8")
    assert [(ln.text, ln.hint) for ln in load_lines(text)] == [(line, "") for line in text.decode("utf-8").splitlines()]


def _progress_table(rows: list[list[str]]) -> bytes:
    """A progress table pasted one cell a line, each ending ' |', an empty cell a bare '|'."""
    head = ["序号", "类别", "项目名称", "目标任务", "牵头单位", "目标任务", "累计完成", "累计进度", "备注"]
    return "\n".join(f"{cell} |" if cell else "|" for row in [head, *rows] for cell in row).encode("utf-8")


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_progress_table_with_group_cells_a_restated_target_and_second_lines():
    text = _progress_table([
        ["1", "一、就业创业(2项)", "促进就业", "城镇新增就业800人", "县人社局", "800", "790", "98.75%", "",
         "零就业家庭动态清零12户", "12", "12", "100%", ""],
        ["2", "创业扶持", "发放创业担保贷款", "县人社局", "", "目前正在按程序审核，资金于12月底前拨付。"],
        ["3", "二、社会保障(2项)", "敬老院提升", "改造敬老院3家", "县民政局", "3", "3", "100%", "按工程进度测算"],
        ["4", "公墓建设", "新建公墓不少于4个", "县民政局", "4", "4", "100%", ""],
        ["5", "退休一件事办理", "退休一件事一次办理人次", "县人社局", "-", "210", "持续推进", ""]])
    cat = parse_notice(text)
    assert [(t.no, t.section, t.departments) for t in cat.tasks] == [
        (1, 1, ("县人社局",)), (2, 1, ("县人社局",)), (3, 2, ("县民政局",)), (4, 2, ("县民政局",)), (5, 2, ("县人社局",))]
    assert [t.text for t in cat.tasks[:2]] == ["促进就业。城镇新增就业800人。零就业家庭动态清零12户",
                                               "创业扶持。发放创业担保贷款"]
    assert [(i.task_no, i.target, i.unit) for i in cat.indicators()] == [
        (1, 800, "人"), (1, 12, "户"), (3, 3, "家"), (4, 4, "个")]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_an_inline_shi_list_after_a_colon_gives_one_task_an_item_and_leaves_what_follows():
    text = ("某县确定今年为民五件实事\n"
            "近日,某县确定了今年努力办好的为民五件实事。\n"
            "这5件实事分别为:一是新建学校2所;二是改造农村公路30公里;三是新增停车位500个,改扩建公交站台8对;四是建成养老服务"
            "\n中心,床位不少于100张;五是推进城区大气污染综合治理。同时支持乡镇办好实事,每个乡镇不少于2件。(记者张三)\n"
            "新闻推荐\n记者看到代表材料袋里有4本画册。\n").encode("utf-8")
    cat = parse_notice(text)
    assert [t.title for t in cat.tasks] == ["新建学校2所;", "改造农村公路30公里;", "新增停车位500个,改扩建公交站台8对;",
                                            "建成养老服务中心,床位不少于100张;", "推进城区大气污染综合治理"]
    assert (2, "件") not in [(i.target, i.unit) for i in cat.indicators()]
    assert (4, "本") not in [(i.target, i.unit) for i in cat.indicators()]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_shi_in_a_paragraph_without_a_colon_before_it_is_no_list():
    text = ("会议强调,一是要提高认识;二是要加强领导;三是要狠抓落实。\n"
            "1.新建公园3个。（市住建局负责）\n").encode("utf-8")
    cat = parse_notice(text)
    assert [(t.no, t.title) for t in cat.tasks] == [(1, "新建公园3个")]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_items_with_their_units_and_a_remark_keep_their_marked_sub_items_and_count_restated_figures_once():
    text = ("截止年底,十件实事全面完成。具体情况如下:\n"
            "一、减少扶贫对象2万人;实施搬迁5000人。(责任单位:市扶贫办、市移民局,各县区政府)该件实事已全面完成\n"
            "1.减少扶贫对象2万人(责任单位:市扶贫办,各县区)\n"
            "此项工作已完成。截至12月底,全市完成减少扶贫对象2.3万人。\n"
            "2.实施搬迁5000人。(责任单位:市移民局,甲县、乙县)\n"
            "此项工作已完成。截至12月底,已完成搬迁入住5200人。\n"
            "二、解决3万人饮水安全问题。(责任单位:市水务局,各县区政府)该件实事已全面完成\n"
            "此项工作已完成。截至12月底,争取补助资金800万元,解决3.1万人饮水安全问题。\n").encode("utf-8")
    cat = parse_notice(text)
    assert [(t.no, t.departments) for t in cat.tasks] == [
        (1, ("市扶贫办", "市移民局", "各县区政府", "各县区", "甲县", "乙县")), (2, ("市水务局", "各县区政府"))]
    assert [(i.task_no, i.target, i.unit) for i in cat.indicators()] == [(1, 2, "万人"), (1, 5000, "人"), (2, 3, "万人")]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_points_without_units_of_their_own_stay_points_and_give_their_figures():
    text = ("一、新建学校。(责任单位:市教育局)\n"
            "1.新建小学2所。\n"
            "2.新建中学1所。\n"
            "二、改造道路。(责任单位:市住建局)\n").encode("utf-8")
    cat = parse_notice(text)
    assert [(t.no, t.departments) for t in cat.tasks] == [(1, ("市教育局",)), (2, ("市住建局",))]
    assert [(i.target, i.unit) for i in cat.indicators()] == [(2, "所"), (1, "所")]


# -- round twenty, tables: a cell-line table under column names no list knows, its rows uneven -------------------

def _cells_a_line(*cells: str) -> bytes:
    """A notice whose table is pasted one cell a line, a blank line after each cell."""
    return ("某区2025年重点工作任务分解表\n" + "\n\n".join(cells) + "\n").encode("utf-8")


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_unknown_column_names_over_rows_with_two_units_and_two_persons_still_give_units_and_leaders():
    text = _cells_a_line("序号", "工作事项", "督办人", "主办机构",
                         "1", "建成口袋公园12个,完善周边配套设施。", "赵一鸣", "钱二", "*区住建局", "*区城管局",
                         "2", "新增养老床位300张,提升服务水平。", "孙三", "区民政局",
                         "3", "改造老旧小区8个,同步加装电梯。", "赵一鸣", "区住建局")
    cat = parse_notice(text)
    assert [(t.no, t.departments, t.leaders) for t in cat.tasks] == [
        (1, ("区住建局", "区城管局"), ("赵一鸣", "钱二")), (2, ("区民政局",), ("孙三",)), (3, ("区住建局",), ("赵一鸣",))]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_unknown_column_names_over_empty_number_cells_and_a_group_heading_are_read_by_content():
    # 序号 cells left empty: each row starts at its task's sentence; units no list knows (新城, 开发区)
    text = _cells_a_line("序号", "工作事项", "督办人", "主办机构",
                         "东部新城要加快产业平台建设,推动重点项目落地见效。", "赵一鸣", "钱二", "东部新城",
                         "高新开发区要对标国家级园区,加强主导产业培育。", "孙三", "高新技术产业开发区")
    cat = parse_notice(text)
    assert [(t.no, t.departments, t.leaders) for t in cat.tasks] == [
        (1, ("东部新城",), ("赵一鸣", "钱二")), (2, ("高新技术产业开发区",), ("孙三",))]
    # a group heading between the header and the rows, a line naming the province's unit under the city's
    text = _cells_a_line("序号", "年度工作", "主办机构",
                         "(一)李副市长牵头工作", "1", "稳定粮食生产,严守耕地红线。", "市农业农村局、市自然资源局",
                         "省主办单位:省农业农村厅", "(二)王副市长牵头工作", "2", "扩大有效投资,推进重大项目。",
                         "市发改委")
    cat = parse_notice(text)
    assert [(t.no, t.departments[:1]) for t in cat.tasks] == [(1, ("市农业农村局",)), (2, ("市发改委",))]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_cell_line_table_of_names_and_figures_only_stays_lines():
    # unknown names over a list of contacts: no sentence a task's, nothing read as a task table
    text = _cells_a_line("序号", "联络对象", "所在机构", "1", "赵一鸣", "区住建局", "2", "孙三", "区民政局")
    with pytest.raises(NoticeParseError):
        parse_notice(text)


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_pipe_table_whose_merged_number_recurs_around_its_sub_lines_is_still_numbered():
    # 序号 merged down over a row's sub-lines: the number read again after each, the same row
    text = ("某县2025年民生实事进展表\n"
            "序号 | 实事名称 | 事项内容 | 承办机构 | 累计数 | 备注 |\n"
            "1 | 促进稳定就业 | 城镇新增就业1200人 | 县人社局 | 1300 | |\n"
            "2 | 兜牢民生底线 | 最低生活保障 | 农村标准(700元/月) | 县民政局 | |\n"
            "农村保障人次 | 8000 | 持续推进中 | | | |\n"
            "城市标准(750元/月) | | | | | |\n"
            "城市保障人次 | 900 | 持续推进中 | | | |\n"
            "3 | 改善农村道路 | 改造农村公路50公里 | 县交通局 | 52 | |\n"
            "4 | 提升养老服务 | 改造敬老院3家,规范运营管理 | 县民政局 | 3 | |\n").encode()
    cat = parse_notice(text)
    assert [(t.no, t.departments) for t in cat.tasks] == [
        (1, ("县人社局",)), (2, ("县民政局",)), (3, ("县交通局",)), (4, ("县民政局",))]
    # a row numbered as the one before it, the next skipped (1, 2, 2, 4): no numbering, no task table
    text = text.replace(b"3 | \xe6\x94\xb9\xe5\x96\x84", b"2 | \xe6\x94\xb9\xe5\x96\x84")
    with pytest.raises(NoticeParseError):
        parse_notice(text)


# -- round twenty, targets: where the work is done (在N个…), the people and households it serves -----------------

@pytest.mark.parametrize("text, expected", [
    # 在 a count of places, then the work measured by a figure of its own: the places are its scope
    ("在12个行政村铺设供水管网8公里并新建蓄水池20座,惠及12个行政村。", [(8, "公里"), (20, "座")]),
    ("在5个社区改造雨污管网3.2公里、检查井60座。", [(3.2, "公里"), (60, "座")]),
    # with no figure of its own the places the work reaches are what it delivers
    ("在60所小学实施“书香校园”工程。", [(60, "所")]),
    ("正在3个乡镇推广。", []),
    # 并 and a verb of delivery after a figure close it; 及其他附属设施 are the works that come with it
    ("新建停车场2处并安装充电桩40个。", [(2, "处"), (40, "个")]),
    ("铺设雨水管网520米及其他附属设施。", [(520, "米")]),
    ("长度120米并列第一。", []),
    # repaired or replaced: the things the task delivers
    ("维修更换城区26处的消防栓。", [(26, "处")]),
    # a verb of benefit before people or households: those the work serves; before places: its scope
    ("有效改善3.5万人口的出行条件,提高城区2万户居民的用气安全。", [(3.5, "万人"), (2, "万户")]),
    ("惠及8个街道,提高3个园区的通行效率。", []),
    # a later item of a list of those served; an age between 万 and the people qualifies them
    ("为全县70岁以上老人、1.2万名环卫工人免费体检一次。", [(1.2, "万名")]),
    ("为30万城乡35—64岁妇女免费做“两癌”筛查。", [(30, "万人")]),
    ("为65岁以上老人免费体检。", []),
])
def test_round_twenty_target_shapes(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == expected


def test_a_count_of_people_before_renkou_names_the_noun_renkou():
    indicator, = extract_indicators("解决1.8万人口饮水问题。", 1)
    assert (indicator.target, indicator.unit, indicator.metric) == (1.8, "万人", "人口饮水问题")


# -- round twenty, structure: a spaced table whose row breaks a units cell over lines --

def _spaced_rows(*rows: str) -> bytes:
    return ("某县2025年政府工作报告重点工作任务分解表\n序号 重点工作任务 主要责任单位 协同配合单位\n一、主要预期目标\n"
            + "\n".join(rows) + "\n").encode("utf-8")


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_spaced_row_with_two_lead_units_one_a_line_and_its_co_units_below_is_one_row():
    cat = parse_notice(_spaced_rows(
        "1 城镇新增就业增长3%左右。 县人社局 县财政局、县商务局,各乡镇人民政府。",
        "2 税收收入增长4%左右。 县财政局",
        "县税务局",
        "县政府有关部门,各乡镇人民政府、街道办事处。",
        "3 粮食产量稳定在50万吨以上。 县农业农村局 县水利局。"))
    assert [(t.no, t.section, t.title, t.departments) for t in cat.tasks] == [
        (1, 1, "城镇新增就业增长3%左右", ("县人社局", "县财政局", "县商务局", "各乡镇人民政府")),
        (2, 1, "税收收入增长4%左右", ("县财政局", "县税务局", "县政府有关部门", "各乡镇人民政府", "街道办事处")),
        (3, 1, "粮食产量稳定在50万吨以上", ("县农业农村局", "县水利局"))]
    assert [s.title for s in cat.sections] == ["主要预期目标"]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_spaced_rows_broken_cells_take_no_task_words_and_no_page_furniture():
    # a task's own words before the units (a 医院 in its text, spaced off) stay the task's
    lines = load_lines(_spaced_rows("1 推进 县人民医院扩建", "县卫健委", "县发改委、县住建局。"))
    task = next(ln for ln in lines if ln.hint == "task")
    assert (task.text, task.departments) == ("1.推进 县人民医院扩建", ("县卫健委", "县发改委", "县住建局"))
    # a last row short of its co-units cell, the page's furniture below: the furniture is no cell, the row as before
    text = _spaced_rows("1 城镇新增就业增长3%左右。 县人社局 县财政局。", "2 税收收入增长4%左右。 县财政局",
                        "扫一扫在手机打开当前页", "关闭窗口")
    assert [ln.text for ln in load_lines(text)][-3:] == ["2 税收收入增长4%左右。 县财政局", "扫一扫在手机打开当前页", "关闭窗口"]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_spaced_rows_broken_lines_fill_a_leader_and_a_deadline_column_but_no_column_it_lacks():
    head = "某县重点工作任务分解表\n序号 重点工作任务 牵头单位 责任领导 完成时限\n"
    cat = parse_notice((head + "1 新建公园3个。 县住建局\n县城管局\n张三\n2025年9月底\n"
                        "2 改造道路5公里。 县交通局 李四 2025年6月底\n").encode("utf-8"))
    assert [(t.no, t.departments, t.leaders, t.due) for t in cat.tasks] == [
        (1, ("县住建局", "县城管局"), ("张三",), date(2025, 9, 30)),
        (2, ("县交通局",), ("李四",), date(2025, 6, 30))]
    # a table of units alone: a date line below a short row (the notice's own date) is none of its cells
    text = _spaced_rows("1 城镇新增就业增长3%左右。 县人社局 县财政局。", "2 税收收入增长4%左右。 县财政局", "2025年3月1日")
    assert [ln.text for ln in load_lines(text)][-2:] == ["2 税收收入增长4%左右。 县财政局", "2025年3月1日"]


# -- round twenty-one, words: an inline marker clause, a route's sections, counts worked on -----------------------

@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_an_unbracketed_marker_clause_after_an_items_title_names_its_lead():
    text = ("某市民生工程进度通报\n一、部分项目进展情况\n"
            "1、城乡公交提升工程，牵头部门：市运输局。进度较慢的县区为甲县。\n"
            "2、小型水库除险加固，牵头单位：市水务局。乙县尚未开工。\n")
    cat = parse_notice(text.encode("utf-8"))
    assert [(t.no, t.title, t.departments) for t in cat.tasks] == [
        (1, "城乡公交提升工程", ("市运输局",)), (2, "小型水库除险加固", ("市水务局",))]
    assert "进度较慢的县区为甲县" in cat.tasks[0].text


def test_a_clause_that_only_mentions_a_role_is_no_marker():
    from tz_excel.markers import split_markers

    for text in ("完善工作机制，责任单位要加强协调。", "推进改革，责任单位：各有关方面认真落实。"):
        assert split_markers(text) == (text, ())


@pytest.mark.parametrize("text, expected", [
    # a whole's length, then 其中 and its sections adding up to it: the whole is the target
    ("开工建设滨河绿道。绿道全长20.5公里,其中新建段12.3公里,提升改造段8.2公里,途经3个街道。", [(20.5, "公里")]),
    # sections that do not add up to the whole: no split of it, each read as before
    ("建设绿道全长12公里,其中新建段8公里,改造段3公里。", [(12, "公里"), (8, "公里"), (3, "公里")]),
    # a count split into kinds of work (no length of one whole): each part is work, as before
    ("培训家政服务人员2840人次,其中岗前培训560人次,回炉培训2280人次。",
     [(2840, "人次"), (560, "人次"), (2280, "人次")]),
])
def test_a_routes_sections_after_its_whole_length_are_no_targets(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == expected


@pytest.mark.parametrize("text, expected", [
    # 对 the places, then the count worked on in them: the chain keeps the count worked on
    ("对5个乡镇23个行政村进行供水管网改造。", [(23, "个")]),
    ("对5个乡镇进行供水管网改造。", [(5, "个")]),                              # one count: as before
    # a verb, then a floor on the count it is done to or holds: at least that many, whatever the verb
    ("全年巡查不少于80个积水点位,整改到位;举办不少于6场次防汛演练。", [(80, "个"), (6, "场次")]),
    ("推进不少于10个项目建设。", []),                                          # 推进: its own rule, as before
    ("聚焦不少于5个重点领域。", []),                                           # a verb of scope: as before
])
def test_counts_worked_on_after_their_places_or_a_floor_are_targets(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == expected


# -- round twenty-one, structure: cells merged down, a unit's offices, a header cell, a year in the first heading --

def _progress_cells(*rows: str, year: str = "2025年") -> bytes:
    """A progress table pasted one cell a line (序号 / 实事项目 / 牵头单位 / 负责科室 / 负责人 / 计划完成时间 / 进展情况)."""
    head = "序号\n实事项目(民生实事)\n牵头单位\n负责科室\n负责人\n计划完成时间\n进展情况(二季度)\n"
    return ((f"某县{year}民生实事项目推进表\n" if year else "") + head + "\n".join(rows) + "\n").encode("utf-8")


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_cells_merged_down_hold_for_the_rows_below_until_a_new_value():
    cat = parse_notice(_progress_cells(
        "1", "新建城市书房8个", "县文旅局", "公共服务股", "李明", "9月底前", "已完成选址3个。",
        "2", "改造农村公路60公里", "8月底前", "目前已开工20公里。",
        "3", "建成全民健身中心", "目前正在进行主体施工。",
        "4", "新增公办幼儿园学位900个", "县教育局", "王芳", "目前已完成600个。"))
    assert [(t.no, t.departments, t.leaders, t.due) for t in cat.tasks] == [
        (1, ("县文旅局",), ("李明",), date(2025, 9, 30)),       # the 负责科室 is an office inside 县文旅局
        (2, ("县文旅局",), ("李明",), date(2025, 8, 31)),
        (3, ("县文旅局",), ("李明",), date(2025, 8, 31)),
        (4, ("县教育局",), ("王芳",), date(2025, 8, 31))]       # a new unit and person; the date still merged down
    assert cat.tasks[0].review == "任务表逐格分行粘贴，已按表头顺序和内容读取各列，请核对"
    assert "合并单元格" in cat.tasks[1].review


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_row_that_writes_its_empty_cells_takes_nothing_from_the_row_above():
    # each cell ends with a '|' line; a bare '|' more between two cells is a cell left empty, not one merged down
    head = "某县2025年重点工作任务分解表\n序号\n|\n重点工作任务\n|\n牵头领导\n|\n责任单位\n|\n"
    cat = parse_notice((head + "1\n|\n新建污水管网12公里。\n|\n赵 刚\n|\n★县住建局、县水利局\n|\n"
                        "2\n|\n改造老旧小区5个。\n|\n★县住建局\n|\n||\n"
                        "3\n|\n新增停车位800个。\n|\n|\n★县公安局\n|\n").encode("utf-8"))
    assert [(t.no, t.leaders) for t in cat.tasks] == [(1, ("赵刚",)), (2, ("赵刚",)), (3, ())]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_column_of_offices_is_the_units_only_when_no_column_names_units():
    text = ("某局2025年重点工作任务\n序号\n重点工作任务\n责任科室\n完成时限\n"
            "1\n完善执法案卷评查制度,全年评查案卷50件。\n法规科\n6月底前\n"
            "2\n开展安全生产大检查,检查企业120家。\n安全监管股\n10月底前\n")
    assert [(t.no, t.departments) for t in parse_notice(text.encode("utf-8")).tasks] == [
        (1, ("法规科",)), (2, ("安全监管股",))]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_header_cell_is_never_the_title():
    # the header read only in part (names no list knows stop it): the cells after it still name no notice
    text = ("序号\n重点工作任务\n牵头单位\n对接专班\n包保人员\n计划完成时间\n进展情况(一季度)\n"
            "1\n新建城市书房8个\n县文旅局\n书香专班\n李明\n9月底前\n已完成3个。\n"
            "2\n改造农村公路60公里\n8月底前\n目前已开工20公里。\n")
    cat = parse_notice(text.encode("utf-8"))
    assert (cat.title, [t.title for t in cat.tasks]) == ("重点任务", ["新建城市书房8个", "改造农村公路60公里"])
    # a line naming the notice stays its title
    assert parse_notice(_progress_cells("1", "新建城市书房8个", "县文旅局", "公共服务股", "李明", "9月底前",
                                        "已完成。")).title == "某县2025年民生实事项目推进表"


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_year_in_the_first_section_heading_dates_a_plan_without_title_or_date():
    body = ("(一)地区生产总值增长6%。(牵头单位:市发改委)\n(二)建成城市书房10个,9月底前完成。(牵头单位:市文旅局)\n"
            "二、重点工作\n(一)城镇新增就业2万人。(牵头单位:市人社局)\n")
    read = read_notice(("一、2025年经济社会发展主要目标\n" + body).encode("utf-8"))
    assert read.catalogue.year == 2025
    assert read.catalogue.tasks[1].due == date(2025, 9, 30)
    assert any("推定为2025年" in w for w in read.warnings)
    # a heading naming a span (2021—2025年) or no year dates nothing
    for first in ("一、2021—2025年发展目标", "一、经济社会发展主要目标"):
        assert read_notice((first + "\n" + body).encode("utf-8")).catalogue.year == 0


# -- round twenty-two: a list named by its titles in 《》 ------------------------------------------------------

_QUOTED_LIST = ("某县人民政府办公室关于民生实事实施方案的政策解读\n"
                "县政府工作报告确定了2024年全县集中办理的4件民生实事,现对《通知》进行解读。\n"
                "一、《通知》出台的目的\n为把实事办好办实,结合全县实际制定印发该《通知》。\n"
                "二、《通知》主要内容\n"
                "《通知》内容主要包括《新建城区停车位800个以上》《改造农村公路60公里,建设公路驿站5处》"
                "《开展老年人免费体检》《新增公办幼儿园学位900个》4个实事方案,分别明确了目标任务和保障措施。\n")


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_titles_in_quotes_as_many_as_the_notice_announces_are_its_tasks():
    read = read_notice(_QUOTED_LIST.encode("utf-8"))
    cat = read.catalogue
    assert [(t.no, t.title, t.needs_review) for t in cat.tasks] == [
        (1, "新建城区停车位800个以上", True), (2, "改造农村公路60公里,建设公路驿站5处", True),
        (3, "开展老年人免费体检", True), (4, "新增公办幼儿园学位900个", True)]
    assert [(t.no, i.target, i.unit, i.comparator) for t in cat.tasks for i in t.indicators] == [
        (1, 800, "个", ">="), (2, 60, "公里", ">="), (2, 5, "处", ">="), (4, 900, "个", ">=")]
    assert any("《》标题" in w for w in read.warnings)


def test_quoted_titles_not_as_many_as_announced_or_naming_documents_stay_words():
    from tz_excel.flattened import quoted_items

    # the count announced is five, the titles four: no list
    lines = [Line(1, _QUOTED_LIST.splitlines()[1].replace("4件", "5件")), Line(2, _QUOTED_LIST.splitlines()[-1])]
    assert quoted_items(lines) == lines
    # documents quoted one after another, as many as a count the notice gives, are documents still
    docs = [Line(1, "会议部署了3项重点工作。"),
            Line(2, "会议学习了《政府工作报告》《关于加强民生保障的意见》《民生实事管理办法》。")]
    assert quoted_items(docs) == docs
    # a numbered item's own quoted titles are its words
    item = [Line(1, "今年办好3件实事。"), Line(2, "1.推广《健康知识》《安全常识》《法律常识》进社区。")]
    assert quoted_items(item) == item


# -- round twenty-two, words: a firm clause after 力争, a sized count, running metres, a subject count --------


def _found(text: str) -> list[tuple]:
    return [(i.target, i.unit, i.aspirational) for i in extract_indicators(text, 1)]


def test_a_later_clause_opened_by_a_firm_verb_ends_the_reach_of_li_zheng():
    assert _found("力争新签约项目30个,完成2个50亿元以上重大项目落地,确保到位资金120亿元以上。") == [
        (30, "个", True), (2, "个", False), (120, "亿元", False)]
    # 确保 first, 力争 after: the stretch figure is the hope; 力争确保 in one clause stays a hope
    assert _found("确保新增就业1万人,力争达到1.2万人。") == [(1, "万人", False), (1.2, "万人", True)]
    assert _found("力争确保完成投资50亿元。") == [(50, "亿元", True)]
    # a list after 力争 with no verb of its own stays under it
    assert _found("力争引进项目20个、签约项目15个。") == [(20, "个", True), (15, "个", True)]


def test_a_size_bound_in_money_between_a_count_and_its_noun_leaves_the_count_the_target():
    assert _found("培育3家5000万元以上骨干企业。") == [(3, "家", False)]
    assert _found("建设2个100亩以上示范基地。") == [(2, "个", False)]
    # a sized noun with no count before it: the count after its noun is the target, the size no target
    assert _found("引进亿元以上工业项目12个。") == [(12, "个", False)]


def test_running_metres_are_a_unit():
    assert [(i.target, i.unit) for i in extract_indicators("铺设方砖800平方米,安装路缘石650延长米。", 1)] == [
        (800, "平方米"), (650, "延长米")]


def test_a_count_opening_its_clause_before_a_verb_of_building_counts_the_units_doing_it():
    assert _found("改造A广场,9个社区打造“一社一品”文化阵地。") == [(9, "个", False)]
    # a clause measuring the work by its own figure leaves the units its scope; a verb of scope before, no target
    assert _found("5个乡镇建设通村道路40公里。") == [(40, "公里", False)]
    assert _found("推进9个社区打造“一社一品”。") == []
    assert _found("9个社区要加强文化阵地管理。") == []


# -- round twenty-three, tables: rows closed by a bare bar, a merged group cell, ▲ lead, a listed 相关部门 --------


_BARRED_LEDGER = """某局2024年重点工作任务台账 |
序号 | 工作任务 | 细化分工 | 责任科室 | 完成时限 | 备注 |
1 | 优化营商环境 | 梳理办事清单并向社会公布 | 审批科、法规科等按职责分工落实 | 长期坚持 |
|
2 | 压缩审批时限,提高网上办理比例 | 审批科 | 2024年6月底前 |
|
3 | 开展企业走访服务 | 服务科会办公室 | 长期坚持 |
|
4 | 平安建设 | 排查各类安全隐患 | 安全科 | 长期坚持 |
|
5 | 组织开展应急演练 | 应急科 | 2024年9月底前 |
|
"""


def _tasks(text: str) -> list[tuple]:
    """(no, text, departments, due) of each task; the review warnings a pasted table brings are not the point."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cat = parse_notice(text.encode("utf-8"))
    return [(t.no, t.text, t.departments, t.due) for t in cat.tasks]


def test_a_pipe_table_closing_each_row_with_a_bare_bar_lines_up_rows_under_a_merged_group_cell():
    assert _tasks(_BARRED_LEDGER) == [
        (1, "梳理办事清单并向社会公布", ("审批科", "法规科"), None),
        (2, "压缩审批时限,提高网上办理比例", ("审批科",), date(2024, 6, 30)),
        (3, "开展企业走访服务", ("服务科", "办公室"), None),
        (4, "排查各类安全隐患", ("安全科",), None),
        (5, "组织开展应急演练", ("应急科",), date(2024, 9, 30))]


def test_a_row_short_at_its_end_or_a_name_holding_hui_is_not_moved_or_split():
    text = ("序号 | 重点任务 | 责任单位 | 完成时限 |\n"
            "1 | 推进就业创业服务 | 市人力资源社会保障局 | 2024年6月底前 |\n"
            "2 | 建设创业孵化基地 | 高新区管委会办公室 |\n"
            "3 | 开展职业技能培训 | 市总工会、市妇联 | 2024年10月底前 |\n")
    assert _tasks(text) == [
        (1, "推进就业创业服务", ("市人力资源社会保障局",), date(2024, 6, 30)),
        (2, "建设创业孵化基地", ("高新区管委会办公室",), None),
        (3, "开展职业技能培训", ("市总工会", "市妇联"), date(2024, 10, 31))]


_CELL_PARAGRAPHS = """附件

2024年重点工作责任清单

序号

主要工作

责任单位

1

地区生产总值增长6%左右

▲发改局,各部门,各镇街

2

一般公共预算收入增长5%

财政局,▲税务局,各镇街

3

推进制造业高质量发展

经信局,相关部门,各镇街

4

推进科技创新

科技局等相关部门

"""


def test_a_triangle_marks_the_lead_and_a_listed_xiangguan_bumen_is_kept_as_written():
    assert [(no, deps) for no, _, deps, _ in _tasks(_CELL_PARAGRAPHS)] == [
        (1, ("发改局", "各部门", "各镇街")),
        (2, ("税务局", "财政局", "各镇街")),
        (3, ("经信局", "相关部门", "各镇街")),
        (4, ("科技局",))]                     # 等相关部门: the others, no unit of its own


# -- round twenty-three, prose: circled items run together under an office's name, a miscounted announced list --

_OFFICE_ITEMS = """某某经济开发区各部门年度任务
(一)办公室(人事科、财务科)
(1)年度主要任务与要求:
①完成信息上稿10篇;②做好会务保障工作;③完成领导交办的其他工作。
(二)投资促进局(行政审批局)
(1)年度主要任务与要求:
①引进工业项目4个以上;②全程代办项目审批手续。
"""


def test_circled_items_run_together_under_an_office_heading_are_its_tasks():
    read = read_notice(_OFFICE_ITEMS.encode())
    assert [(t.no, t.section, t.title.rstrip(";"), t.departments) for t in read.catalogue.tasks] == [
        (1, 1, "完成信息上稿10篇", ("办公室(人事科、财务科)",)),
        (2, 1, "做好会务保障工作", ("办公室(人事科、财务科)",)),
        (3, 1, "完成领导交办的其他工作", ("办公室(人事科、财务科)",)),
        (4, 2, "引进工业项目4个以上", ("投资促进局(行政审批局)",)),
        (5, 2, "全程代办项目审批手续", ("投资促进局(行政审批局)",))]


def test_circled_points_inside_an_item_and_headings_of_work_stay_as_they_were():
    # ①②③ inside a numbered item are its points; a heading naming work (建设…中心) names no unit
    text = ("某县重点工作\n(一)建设区域医疗中心\n1.完善设施:①新建病房楼;②购置设备;③培训人员。(县卫健局)\n"
            "2.引进专家10名。(县卫健局)\n")
    tasks = read_notice(text.encode()).catalogue.tasks
    assert [(t.no, t.departments) for t in tasks] == [(1, ("县卫健局",)), (2, ("县卫健局",))]
    assert "①新建病房楼;②购置设备;③培训人员" in tasks[0].text
    from tz_excel.notice import _heading_units
    assert _heading_units("建设区域医疗中心") == ()
    assert _heading_units("加强组织领导") == ()
    assert _heading_units("工程建设管理局(安全生产监督局)") == ("工程建设管理局(安全生产监督局)",)


_MISCOUNTED = ("今年,某区继续为民办五件实事。\n"
               "这五件民生实事是:新建公园2个;改造老旧小区10个;维修中心广场;新增停车位300个;"
               "建设农贸市场1个;改造农村公路20公里。(张三)\n")


def test_a_list_announced_with_a_count_close_to_its_items_is_read_flagged_with_the_difference():
    read = read_notice(_MISCOUNTED.encode())
    tasks = read.catalogue.tasks
    assert [t.title for t in tasks] == ["新建公园2个", "改造老旧小区10个", "维修中心广场", "新增停车位300个",
                                        "建设农贸市场1个", "改造农村公路20公里"]
    assert all(t.needs_review and "通知宣布5项" in t.review and "6项" in t.review for t in tasks)
    assert "张三" not in tasks[-1].text                                  # the byline is no part of the last item
    assert any("件数不符" in w for w in read.warnings)


def test_semicolons_without_an_announced_count_or_far_from_it_stay_sentences():
    # ordinary sentences joined by ; in a text numbering nothing: still no list
    with pytest.raises(NoticeParseError):
        read_notice("今年各项工作稳步推进;城市面貌持续改善;群众满意度不断提升;营商环境进一步优化。\n".encode())
    # ten announced, four given: too far from the count to be the list
    with pytest.raises(NoticeParseError):
        read_notice("这十件民生实事是:新建公园2个;改造老旧小区10个;维修中心广场;新增停车位300个。\n".encode())


_SUBJECT_NEWS = ("某市公布今年重点任务\n"
                 "根据目标任务要求,今年,市住建局要在8月底完成老旧小区改造30个。9月底完成供热管网改造20公里,"
                 "11月底新建道路12条。市交通公司要加快公交线网优化,10月底完成年度任务。市教育局要在9月底新建幼儿园4所,"
                 "新建中小学2所。高新区管委会6月下旬建成投用科创中心。\n")


def test_a_news_item_whose_sentences_name_their_unit_and_deadline_gives_one_task_per_deadline():
    read = read_notice(_SUBJECT_NEWS.encode())
    tasks = read.catalogue.tasks
    assert [(t.no, t.departments, t.due) for t in tasks] == [
        (1, ("市住建局",), None), (2, ("市住建局",), None), (3, ("市住建局",), None), (4, ("市交通公司",), None),
        (5, ("市教育局",), None), (6, ("高新区管委会",), None)]
    assert tasks[1].text == "9月底完成供热管网改造20公里"
    assert tasks[4].text.endswith("新建中小学2所。")
    assert all(t.needs_review for t in tasks)
    dated = read_notice(("2021年" + _SUBJECT_NEWS).encode()).catalogue.tasks
    assert [t.due for t in dated][:2] == [date(2021, 8, 31), date(2021, 9, 30)]


def test_sentences_naming_units_without_deadlines_or_too_few_units_stay_a_text_without_items():
    with pytest.raises(NoticeParseError):
        read_notice("今年,市住建局要加快老旧小区改造。市教育局要新建幼儿园4所。市交通公司要优化公交线网。\n".encode())
    with pytest.raises(NoticeParseError):      # two units only
        read_notice("市住建局要在8月底完成改造30个。市教育局要在9月底新建幼儿园4所。\n".encode())


# -- round twenty-three, words: 各 before a figure, a subject count reaching a state, 修建, a standard raised by an
# amount, a fresh time-framed clause after 力争 --------


def test_ge_before_a_figure_gives_it_to_each_thing_joined_before():
    found = extract_indicators("铺设供水管道和排水管网各25公里,新建游园、球场各3个。", 1)
    assert [(i.id, i.metric, i.target, i.unit) for i in found] == [
        ("1.1", "供水管道铺设", 25, "公里"), ("1.2", "排水管网铺设", 25, "公里"),
        ("1.3", "游园", 3, "个"), ("1.4", "球场", 3, "个")]
    # no list of things before 各: one figure, as before
    assert _found("每个乡镇各1个。") == []
    assert _found("新建公园各2个。") == [(2, "个", False)]


def test_a_count_opening_its_clause_before_shi_xian_counts_the_units_brought_to_a_state():
    assert _found("实施供水工程,年内8个村实现自来水入户。") == [(8, "个", False)]
    # not opening its clause, or after a verb of scope, the count only names them
    assert _found("加快8个村实现自来水入户。") == []
    assert _found("聚焦8个村实现自来水入户。") == []


def test_xiu_jian_is_a_verb_of_building():
    # the money spent on it stays no target; the count of what is built is one
    assert _found("投资500万元修建东街、西街2个农贸市场。") == [(2, "个", False)]


def test_a_standard_raised_by_an_amount_is_a_step_of_the_rule_not_a_target():
    assert _found("城市低保月人均标准提高60元,残疾人补贴标准上调15元。") == []
    # raised to an amount: the standard the department pays at, a target
    assert _found("城市低保标准提高到每人每月650元。") == [(650, "元", False)]


def test_a_time_framed_clause_with_its_own_verb_ends_li_zheng_once_it_has_its_figure():
    assert _found("编制手册,力争引进8家亿元以上项目,年内新增规上企业4家以上。") == [
        (8, "家", True), (4, "家", False)]
    # 力争 with no figure of its own hopes for the figures that measure it
    assert _found("力争在企业认定上实现新突破,年内新增高新技术企业6家以上。") == [(6, "家", True)]
    # the pinned negatives: a list with no verb of its own, and 年内争取
    assert _found("力争引进项目20个、签约项目15个。") == [(20, "个", True), (15, "个", True)]
    assert _found("力争引进项目20个,年内争取签约15个。") == [(20, "个", True), (15, "个", True)]


# -- round twenty-four: stray spaces inside unit names; per-household rules, agents after 由, units picked ------


@pytest.mark.parametrize("marker, departments", [
    ("责任单位:县 教育局", ("县教育局",)),                                   # a fragment before a unit: one name
    ("责任单位:县民政局、桃花 湖管委 会", ("县民政局", "桃花湖管委会")),        # pieces of one name, none a unit alone
    ("责任单位: 县 卫健局 、自然资源 局", ("县卫健局", "自然资源局")),
    ("责任单位:县财政局 县税务局", ("县财政局", "县税务局")),                  # two whole units: the space separates
    ("牵头单位:县发改局 县统计局;配合单位:各乡镇", ("县发改局", "县统计局", "各乡镇")),
    ("责任单位:县财政局、县税务局", ("县财政局", "县税务局")),                 # no space: as before
    ("责任单位:县住建局 伍泽", ("县住建局 伍泽",)),                          # joined, no unit: as written
])
def test_a_space_inside_a_unit_name_is_stray_unless_it_parts_two_whole_units(marker, departments):
    assert split_departments(marker) == departments


def test_a_notice_with_stray_spaces_in_its_unit_names_names_them_whole():
    text = ("某县2021年重点工作任务分解方案\n"
            "1 . 加快建设县城污水处理厂,提升县城承载能力。\n"
            "牵头单位:县 住建局\n"
            "责任单位: 县发改局、生态环境 局, 各乡镇政府 、桃花 湖管委 会\n"
            "2 . 做好财政收支管理。\n"
            "责任单位:县财政局 县税务局\n")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tasks = parse_notice(text.encode("utf-8")).tasks
    assert [t.departments for t in tasks] == [
        ("县住建局", "县发改局", "生态环境局", "各乡镇政府", "桃花湖管委会"), ("县财政局", "县税务局")]


@pytest.mark.parametrize("text, found", [
    ("确保有劳动能力的零就业家庭至少有一人就业。", []),                        # a rule for each family
    ("实现城镇零就业家庭每户至少1人就业。", []),
    ("全年新增城镇就业3000人,确保零就业家庭至少有一人就业。", [(3000, "人")]),  # the year's total stays
    ("帮扶困难人员就业500人。", [(500, "人")]),                                # no household before: as before
])
def test_a_head_count_each_household_must_have_is_no_target(text, found):
    assert _found_units(text) == found


@pytest.mark.parametrize("text, found", [
    ("安防小区建设由全县8个乡镇按照统一标准,完成不少于60个安防小区。", [(60, "个")]),   # 8个: those who do it
    ("由5家医院承担免费筛查任务。", []),
    ("建设8个乡镇综合文化站。", [(8, "个")]),                                  # no 由: as before
    ("将补贴标准由3个档次调整为5个档次。", []),                                # 由 as "from": as before
])
def test_a_count_after_you_names_those_who_do_the_work(text, found):
    assert _found_units(text) == found


@pytest.mark.parametrize("text, found", [
    ("在三个县区重点区域优选出15个基础条件较好的村,打造一批示范村。", [(15, "个")]),  # 三个: where, as before
    ("选定10个社区作为垃圾分类试点。", [(10, "个")]),
    ("聚焦10个社区开展垃圾分类试点。", []),                                    # a verb of scope: as before
])
def test_a_count_the_task_picks_is_a_target(text, found):
    assert _found_units(text) == found


# -- a bare count pushed on to be built ------------------------------------------------------------------------

@pytest.mark.parametrize("text, found", [
    ("加快10个商贸项目建设。", [(10, "个")]),                                  # the projects carried forward
    ("推进4所幼儿园项目建设。", [(4, "所")]),
    ("加快推进甲、乙、丙等14个重点项目建设。", []),                            # a list's count only names them
    ("推进12个乡镇建设用地审批。", []),                                        # 建设用地: no building of those places
])
def test_a_bare_count_pushed_on_to_be_built(text, found):
    assert _found_units(text) == found


# -- round twenty-four, structure: a list run together in one paragraph ends with it; an item's subject as its
# unit; a part written as a field and its value is no task; a campaign's period ends its tasks --------


def test_the_paragraph_after_a_list_run_together_in_one_paragraph_is_not_its_last_item():
    text = ("2022年全市民生实事如下:\n(1)新建公园3个。(2)改造老旧小区20个。(3)新增停车位500个。\n"
            "6月8日,市人大常委会公布了票决结果,涵盖民生各方面。\n")
    tasks = read_notice(text.encode()).catalogue.tasks
    assert [(t.no, t.text, t.due) for t in tasks] == [
        (1, "新建公园3个。", None), (2, "改造老旧小区20个。", None), (3, "新增停车位500个。", None)]
    # items on lines of their own: the paragraph after the last stays its further paragraph, as before
    own_lines = "2022年全市民生实事如下:\n(1)新建公园3个。\n(2)改造老旧小区20个。\n(3)新增停车位500个。\n6月8日前完成选址。\n"
    assert read_notice(own_lines.encode()).catalogue.tasks[-1].text == "新增停车位500个。6月8日前完成选址。"


_CAMPAIGN_NOTICE = """关于开展村庄清洁行动的通知
各村委会:
现将有关事宜通知如下:
一、行动时间:2022年5月10日-2022年5月31日
二、行动范围:各村主干道、河塘沟渠、房前屋后。
三、行动任务:
1.清理河塘沟渠漂浮物;
2.拆除违章搭建的棚舍。
四、责任分工:
1.由环卫公司负责组织保洁人员清运垃圾;
2.各驻村干部、村组干部,负责督促农户整治房前屋后;
3.镇农业服务中心做好督查通报工作。
4.全面做好宣传发动工作。
城关镇人民政府
2022年5月9日
"""


def test_a_part_written_as_a_field_and_its_value_is_no_task_where_the_parts_with_tasks_are_fields():
    tasks = read_notice(_CAMPAIGN_NOTICE.encode()).catalogue.tasks
    assert [(t.no, t.section, t.text[:6]) for t in tasks] == [
        (1, 3, "清理河塘沟渠"), (2, 3, "拆除违章搭建"), (3, 4, "由环卫公司负"), (4, 4, "各驻村干部、"),
        (5, 4, "镇农业服务中"), (6, 4, "全面做好宣传")]
    # a part written as a sentence among parts that are headings is still a task of its own, as before
    mixed = "一、新建公园3个。\n二、重点工程:\n1.改造老旧小区20个;\n2.新增停车位500个。\n"
    assert [t.text for t in read_notice(mixed.encode()).catalogue.tasks][0] == "新建公园3个。"


def test_a_unit_named_at_the_head_of_an_item_as_the_subject_of_its_work_is_its_unit():
    tasks = read_notice(_CAMPAIGN_NOTICE.encode()).catalogue.tasks
    assert [t.departments for t in tasks] == [
        (), (), ("环卫公司",), ("各驻村干部", "村组干部"), ("镇农业服务中心",), ()]
    # no subject that reads as a unit or a body of persons: no unit (全面 is how, 各村 a place)
    plain = "1.全面做好宣传发动工作。\n2.各村要做好环境整治。\n3.加强组织领导,负责统筹协调。\n4.群众负责清扫门前。\n"
    assert [t.departments for t in read_notice(plain.encode()).catalogue.tasks] == [(), (), (), ()]
    # a unit asking for the work (市政府要求) does not do it; 政府 alone is the government in general
    asked = "1.加快旧城改造,市政府要求年内完成棚户区改造1000户。\n2.加强医疗服务,政府要当好服务员。\n"
    assert [t.departments for t in read_notice(asked.encode()).catalogue.tasks] == [(), ()]


def test_a_campaigns_stated_period_ends_the_tasks_that_name_no_deadline():
    tasks = read_notice(_CAMPAIGN_NOTICE.encode()).catalogue.tasks
    assert {t.due for t in tasks} == {date(2022, 5, 31)}
    own = _CAMPAIGN_NOTICE.replace("1.清理河塘沟渠漂浮物;", "1.5月20日前清理河塘沟渠漂浮物;")
    assert [t.due for t in read_notice(own.encode()).catalogue.tasks][:2] == [date(2022, 5, 20), date(2022, 5, 31)]
    # a part naming a time that is no period (行动时间:5月) dates nothing
    vague = _CAMPAIGN_NOTICE.replace("2022年5月10日-2022年5月31日", "2022年5月")
    assert {t.due for t in read_notice(vague.encode()).catalogue.tasks} == {None}


# -- round twenty-five, structure: 一是…十是 after a sentence end in one paragraph, items numbered by a number and a
# space after a host page's furniture, a progress table with its 项目名称 merged down and its header on two lines --


def test_a_run_of_yi_shi_er_shi_after_a_sentence_end_in_one_paragraph_is_the_list():
    text = ("本县今年承诺办好三件实事。\n"
            "经代表票决,确定以下3个民生项目。一是新建城区公园3个。二是改造老旧小区20个,惠及居民800户。"
            "三是新增公共停车位500个以上。\n")
    tasks = read_notice(text.encode()).catalogue.tasks
    assert [(t.no, t.text) for t in tasks] == [
        (1, "新建城区公园3个。"), (2, "改造老旧小区20个,惠及居民800户。"), (3, "新增公共停车位500个以上。")]
    # inside a numbered item, 一是…二是…三是 are that item's words, as before
    numbered = "1.抓好民生工程。一是新建公园3个。二是改造小区20个。三是新增车位500个。\n2.加强组织领导。\n"
    assert [t.text for t in read_notice(numbered.encode()).catalogue.tasks] == [
        "抓好民生工程。一是新建公园3个。二是改造小区20个。三是新增车位500个。", "加强组织领导。"]
    # two points only make no list: still no numbered item
    with pytest.raises(NoticeParseError):
        read_notice("今年办好两件事。一是新建公园3个。二是改造小区20个。\n".encode())


def test_items_numbered_by_a_number_and_a_space_after_a_pages_furniture_are_the_list():
    text = ("关闭\n\n举报\n  • 提交\n    购物车\n    0\n\n某市今年十件民生实事出炉\n\n"
            "      13 日下午,市人大会议票决产生以下项目:\n\n"
            "      1 实施8条城市道路畅通工程;\n\n      2 新建普惠性幼儿园12所;\n\n"
            "      3 实施老旧小区改造提升工程。\n")
    tasks = read_notice(text.encode()).catalogue.tasks
    assert [(t.no, t.text) for t in tasks] == [
        (1, "实施8条城市道路畅通工程;"), (2, "新建普惠性幼儿园12所;"), (3, "实施老旧小区改造提升工程。")]
    # numbers before a measure (13 日, 10 万元) or out of turn make no list
    for lines in ("1 实施道路工程;\n3 新建幼儿园;\n4 改造小区。\n", "10 万元用于道路;\n20 万元用于幼儿园;\n30 万元用于小区。\n"):
        with pytest.raises(NoticeParseError):
            read_notice(lines.encode())


_PROGRESS_TABLE = """2025年区民生实事项目进展表
序号 | 项目名称 | 起止 年限 | 子项目 | 具体内容 | 具体完成情况 | 2025年进展情况 | ||
截至6月底进展 | 7月工作计划 | |||||||
1 | 一、教育提升工程 | 2024- 2025 | 建成城东小学 | 新建教学楼一幢,设24个教学班 | 当年完成 | 主体施工 | 主体施工 | |
2 | 2025 | 改造提升学校食堂8所 | 对8所学校食堂进行提升,新增餐桌600张 | 当年完成 | 已完成招标 | 开工建设 | ||
3 | 2024-2025 | 配备护眼灯 | 为教室配备护眼灯3000套 | 当年完成 | 正在备货 | 完成配备 | ||
"""


def test_a_progress_tables_sub_project_is_the_task_and_its_content_cell_its_text_under_a_merged_name():
    parsed = read_notice(_PROGRESS_TABLE.encode())
    tasks = parsed.catalogue.tasks
    assert [(s.no, s.title) for s in parsed.catalogue.sections] == [(1, "教育提升工程")]
    assert [(t.no, t.title, t.text) for t in tasks] == [
        (1, "建成城东小学", "建成城东小学。新建教学楼一幢,设24个教学班"),
        (2, "改造提升学校食堂8所", "改造提升学校食堂8所。对8所学校食堂进行提升,新增餐桌600张"),
        (3, "配备护眼灯", "配备护眼灯。为教室配备护眼灯3000套")]
    # the progress columns stay out of the task's text, and the header's second line is no task nor section
    assert not any("招标" in t.text or "备货" in t.text or "工作计划" in t.text for t in tasks)


def test_only_a_row_of_progress_heads_under_a_tables_header_is_its_second_line():
    from tz_excel.tables import table_lines

    header = ["序号", "项目名称", "具体内容", "完成情况", "进展情况"]
    row = ["1", "建成城东小学", "新建教学楼一幢", "当年完成", "主体施工"]
    heads = table_lines([header, ["截至6月底进展", "7月工作计划", "", "", ""], row])
    assert [(e["text"], e.get("hint")) for _, e in heads][0] == ("截至6月底进展 7月工作计划", "note")
    # a section row merged across (one text, even a head's word) and a row naming work are read as before
    for second in (["备注", "备注", "备注", "备注", "备注"], ["", "新建学校", "配备设备", "", ""]):
        assert all(e.get("hint") != "note" for _, e in table_lines([header, second, row]))


# -- r25words: counts beside areas, verbs run together before 各, lists built anew, descriptions of what is counted --

def _plain_targets(text: str) -> list[tuple]:
    return [(i.target, i.unit, i.kind) for i in extract_indicators(text, 1)]


def test_a_count_then_an_area_of_the_same_work_are_both_targets():
    assert _plain_targets("完成320栋12.5万平方米住宅外墙改造和40栋8万平方米老旧楼房加固。") == [
        (320, "栋", "cumulative"), (12.5, "万平方米", "cumulative"),
        (40, "栋", "cumulative"), (8, "万平方米", "cumulative")]
    # a second figure with its own bound says which ones: still only the first
    assert _plain_targets("完成超120个30户以上连片村寨消防管网建设。") == [(120, "个", "cumulative")]


def test_two_verbs_run_together_before_each_give_the_figure_to_each_work():
    names = [(i.metric, i.target) for i in extract_indicators("开竣工保障性住房各80万平方米。", 1)]
    assert names == [("保障性住房开工", 80), ("保障性住房竣工", 80)]
    # no list and no pair of verbs: one figure
    assert _plain_targets("每个街道各建成1个。") == []


def test_more_than_after_the_scale_is_a_floor_in_that_scale():
    assert [(i.target, i.unit, i.comparator) for i in extract_indicators("完成3.4万余户管道燃气入户改造。", 1)] == [
        (3.4, "万户", ">=")]
    assert _plain_targets("已完成入户走访共计8万余户。") == []          # a record, as before


def test_a_list_closed_by_its_count_then_built_anew_counts_the_places():
    assert _plain_targets("启动东区小学扩建,西湖中学、南岭小学和幼儿园等8所学校新建。") == [(8, "所", "cumulative")]
    # the same list after a verb of scope only names them
    assert _plain_targets("聚焦西湖中学、南岭小学等8所学校新建。") == []


def test_a_place_count_of_a_later_count_and_its_description_are_no_targets():
    assert _plain_targets("完成东苑小区、西苑小区等9个老旧小区的30栋楼房改造,总建筑面积3.1万平方米,涉及户数520户。") == [
        (30, "栋", "cumulative")]
    # the area said with the work measures it
    assert _plain_targets("计划改造5个老旧小区,涉及改造建筑面积6万平方米。") == [
        (5, "个", "cumulative"), (6, "万平方米", "cumulative")]


def test_a_heading_and_its_body_saying_the_same_figure_are_one_target():
    text = "开展送戏下乡演出40场次 项目内容:在12个乡镇开展送戏下乡演出40场次,丰富群众文化生活。"
    assert _plain_targets(text) == [(40, "场次", "cumulative")]


def test_schools_then_pupils_after_for_are_both_served():
    assert _plain_targets("为36所中小学校3.2万名学生开展1轮视力筛查。") == [
        (36, "所", "cumulative"), (3.2, "万名", "cumulative")]
    assert _plain_targets("改造12个镇街150个村居。") == [(150, "个", "cumulative")]      # places in places: the last


def test_a_removal_and_a_floor_on_the_share_of_people_served_are_targets():
    assert _plain_targets("基本消除30个地质灾害隐患点。") == [(30, "个", "cumulative")]
    assert [(i.target, i.unit, i.comparator, i.kind) for i in
            extract_indicators("实现全市不少于3%的老年人享有居家养老服务。", 1)] == [(3, "%", ">=", "level")]
    # a floor on a share of money set aside, or a share with no floor said, is no share of people reached
    assert _plain_targets("确保不少于10%的资金用于农村。") == []
    assert _plain_targets("实现全县3%的老年人享有居家养老服务。") == []


def test_a_count_of_places_each_brought_to_a_whole_service_is_counted_up():
    assert _plain_targets("实现沿江60个村生活污水全收集。") == [(60, "个", "cumulative")]


# -- round twenty-six, structure: a table pasted as records (label | value rows in a cycle), a heading naming an
# organisation's tasks, the paragraph under an item's title and marker -------------------------------------------

def test_rows_of_label_and_value_repeating_in_a_cycle_are_one_task_each():
    cat = _catalogue("欢迎访问某市政府网站!\n"
                     "具体措施: | 为全市困难家庭发放取暖补贴,标准提高15%。 |\n"
                     "责任单位: | 市民政局、市财政局,各区县政府(字体加粗者为牵头部门,下同) |\n"
                     "具体措施: | 新建社区养老服务站20个。 |\n"
                     "责任单位: | 市民政局、市住建局,各区县政府 |\n"
                     "具体措施: | 为新生儿免费开展听力筛查。 |\n"
                     "责任单位: | 市卫生健康委,各区县政府 |\n")
    assert [(t.no, t.departments) for t in cat.tasks] == [
        (1, ("市民政局", "市财政局", "各区县政府")), (2, ("市民政局", "市住建局", "各区县政府")),
        (3, ("市卫生健康委", "各区县政府"))]
    assert [(i.task_no, i.target, i.unit) for i in cat.indicators()] == [(1, 15, "%"), (2, 20, "个")]


def test_label_and_value_rows_that_never_repeat_stay_page_lines():
    from tz_excel.tables import pipe_tables

    lines = [Line(1, "索引号: | 001-2021-0042 |"), Line(2, "发布机构: | 市政府办公室 |"), Line(3, "成文日期: | 2021-03-01 |")]
    assert [ln.text for ln in pipe_tables(lines)] == [ln.text for ln in lines]


def test_a_heading_naming_a_working_groups_tasks_gives_them_their_unit():
    cat = _catalogue("某市2020年重点任务\n一、城市建设工作小组重点任务\n1.新建城市道路12公里。\n2.改造老旧小区30个。\n"
                     "二、市商务局工作任务\n3.新增限上企业20家。\n")
    assert [(t.no, t.departments) for t in cat.tasks] == [
        (1, ("城市建设工作小组",)), (2, ("城市建设工作小组",)), (3, ("市商务局",))]


def test_a_heading_of_tasks_not_named_for_an_organisation_gives_no_unit():
    cat = _catalogue("某市2020年重点任务\n一、产业发展重点任务\n1.新建城市道路12公里。\n二、市政府重点工作任务\n"
                     "2.改造老旧小区30个。\n")
    assert [(t.no, t.departments) for t in cat.tasks] == [(1, ()), (2, ())]


def test_the_paragraph_under_an_items_title_and_marker_is_the_items_text():
    cat = _catalogue("2024年某县民生实事推进情况\n一、进展情况\n(一)城区学校扩容(牵头单位:县教育局)\n"
                     "年内新建幼儿园3所,新增学位900个。\n(二)农村道路改造(牵头单位:县交通运输局)\n"
                     "改造农村公路120公里,提升群众出行条件。\n")
    assert [(t.no, t.departments, t.text) for t in cat.tasks] == [
        (1, ("县教育局",), "城区学校扩容。年内新建幼儿园3所,新增学位900个。"),
        (2, ("县交通运输局",), "农村道路改造。改造农村公路120公里,提升群众出行条件。")]
    assert [(i.task_no, i.target, i.unit) for i in cat.indicators()] == [(1, 3, "所"), (1, 900, "个"), (2, 120, "公里")]


def test_an_item_that_is_a_whole_sentence_keeps_the_report_under_it_out():
    cat = _catalogue("2023年某州民生实事1-3月推进情况\n(一)已完成任务共2项\n1.新建幼儿园3所。(责任单位:州教育局)\n"
                     "推进情况:目前已完成新建幼儿园3所,完成年度任务的100%。\n2.改造农村公路120公里。(责任单位:州交通运输局)\n"
                     "推进情况:已完成改造农村公路60公里。\n")
    assert [(t.no, t.text) for t in cat.tasks] == [(1, "新建幼儿园3所。"), (2, "改造农村公路120公里。")]
    assert [(i.task_no, i.target) for i in cat.indicators()] == [(1, 3), (2, 120)]


# -- round twenty-six's word shapes (r26words) ---------------------------------------------------------


def test_enlarging_improving_and_subsidising_count_the_places_worked_on():
    assert _plain_targets("新改扩建12所公办幼儿园;") == [(12, "所", "cumulative")]
    assert _plain_targets("新、改建8个社区体育公园,推动全民健身。") == [(8, "个", "cumulative")]
    assert _plain_targets("改善全县35所中小学校教室照明环境;") == [(35, "所", "cumulative")]
    assert _plain_targets("继续补助全县96家村卫生室;") == [(96, "家", "cumulative")]
    # what a subsidy pays each one is a rule, not a target
    assert _plain_targets("对困难老人每人补助300元。") == []


def test_sessions_held_and_places_put_right_after_push_on_are_targets():
    assert _plain_targets("开展180场戏曲惠民演出;") == [(180, "场", "cumulative")]
    assert _plain_targets("推进全县41处农村公路安全隐患点整治;") == [(41, "处", "cumulative")]
    # the parts of a campaign after 开展 are no sessions
    assert _plain_targets("开展3个专项行动;") == []


def test_a_count_under_work_after_dui_with_its_site_is_the_count_worked_on():
    assert _plain_targets("对城区南、北两岸18千米雨水管网进行疏浚、维护及改造。") == [(18, "千米", "cumulative")]
    assert _plain_targets("对镇东3个废弃矿坑采取回填、覆绿等措施。") == [(3, "个", "cumulative")]
    # a count inside what is studied (的 before the verb) is no work
    assert _plain_targets("对城区南、北两岸3个片区的情况进行调研。") == []


def test_fenbie_before_one_figure_gives_it_to_each_work_listed():
    found = extract_indicators("新开工、竣工项目分别达到25个以上;", 1)
    assert [(i.target, i.unit, i.metric) for i in found] == [(25, "个", "新开工项目"), (25, "个", "竣工项目")]
    # 分别 before a figure for each item keeps the figures as written
    assert _plain_targets("城乡居民收入分别增长7%和8%;") == [(7, "%", "level"), (8, "%", "level")]


def test_kinds_covered_are_counted_after_arabic_digits_only():
    assert [(i.target, i.unit, i.kind) for i in
            extract_indicators("门诊慢特病报销范围分别扩大到45种和35种。", 1)] == [(45, "种", "level"), (35, "种", "level")]
    assert _plain_targets("推广一种模式。") == []


def test_a_progress_report_keeps_only_the_years_task_as_a_target():
    text = ("截至5月10日,已完成2剂次接种,共2400剂次(年度任务2400剂次),完成率100%")
    assert _plain_targets(text) == [(2400, "剂次", "cumulative")]
    assert _plain_targets("截至6月15日,辖区出生人数310人,已完成筛查298人,确诊阳性3人,发病率1.01%") == []
    assert _plain_targets("5月底,服药患者共计615人,累计服药人次数2210人。") == []
    # a clause opening with 已 is a record; the commitment after it stays
    assert _plain_targets("年内建成30个站点,已完成12个,力争再建10个。")[0] == (30, "个", "cumulative")
    # a deadline (前) set off by a comma still opens the work
    assert _plain_targets("6月底前,建成10个站点。") == [(10, "个", "cumulative")]


def test_a_day_a_report_is_reckoned_to_is_no_deadline():
    from tz_excel.catalogue import Task
    from tz_excel.deadlines import date_task

    def due(text: str):
        return date_task(Task(1, 1, "x", text, ()), "", 2022).due

    assert due("严重精神障碍患者免费服药。5月底,服药患者共计615人。") is None
    assert due("截至5月10日,HPV疫苗接种顺利推进。") is None
    assert due("仓储物流区7月份建成、综合楼11月份建成。") == date(2022, 11, 30)


def test_a_role_label_run_straight_onto_the_title_is_the_items_marker():
    from tz_excel.markers import split_markers

    assert split_markers("(二)老年人健康体检牵头责任部门:县卫生健康委员会") == (
        "(二)老年人健康体检", ("牵头责任部门:县卫生健康委员会",))
    assert split_markers("(三)农村道路养护责任单位:各乡镇") == ("(三)农村道路养护", ("责任单位:各乡镇",))
    # a role named in a sentence whose value reads as no unit is left alone
    assert split_markers("进一步明确责任单位:落实到人") == ("进一步明确责任单位:落实到人", ())


def test_a_share_of_places_connected_said_with_de_is_a_level_reached():
    found = extract_indicators("实现85%以上的建制村通客车;", 1)
    assert [(i.target, i.unit, i.kind, i.metric) for i in found] == [(85, "%", "level", "建制村通客车")]
    # a share of things with no connection after 的 stays unread, as before
    assert _plain_targets("实现30%的企业上云;") == []


# -- round twenty-seven (structure): a list of N个方面 run on to its last line; a role label run onto a title ----

_ASPECTS_PAGE = ("某县新闻网\n"
                 "某县今年要办8件实事\n"
                 "2019-3-12 09:15| 发布者: admin| 查看: 88\n"
                 "今年,该县确定了6个方面的民生实事:\n"
                 "新建城东小学和2所幼儿园;\n"
                 "改造15条背街小巷;\n"
                 "新建8所养老服务站;\n"
                 "解决1.2万人供水安全。\n"
                 "全面提升农村供水安全保障水平;新增公交线路3条;建成口袋公园5个。(某报 记者 张三)\n"
                 "点赞\n收藏\n返回顶部\n")


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_list_of_n_aspects_is_announced_and_its_run_on_last_line_gives_its_last_items():
    cat = parse_notice(_ASPECTS_PAGE.encode("utf-8"))
    assert [t.text for t in cat.tasks] == [
        "新建城东小学和2所幼儿园;", "改造15条背街小巷;", "新建8所养老服务站;",
        # the figureless piece repeating the item's subject (供水安全) is its rest: the count is six
        "解决1.2万人供水安全。全面提升农村供水安全保障水平", "新增公交线路3条", "建成口袋公园5个"]
    assert [(i.target, i.unit) for t in cat.tasks[3:] for i in t.indicators] == [(1.2, "万人"), (3, "条"), (5, "个")]
    assert cat.year == 2019                       # the page's stamp line: date, time, 发布者


def test_a_run_on_last_line_is_read_only_while_the_run_is_short_of_its_count():
    # the run already gives the count: the line after it stays words after the list
    full = _ASPECTS_PAGE.replace("6个方面", "4个方面")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cat = parse_notice(full.encode("utf-8"))
    assert len(cat.tasks) == 4 and cat.tasks[-1].text == "解决1.2万人供水安全。"
    # pieces with figures of their own are items as written, flagged with the count that does not fit
    loose = _ASPECTS_PAGE.replace("全面提升农村供水安全保障水平;", "新建农贸市场2个;")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cat = parse_notice(loose.encode("utf-8"))
    assert [t.text for t in cat.tasks][3:] == ["解决1.2万人供水安全。", "新建农贸市场2个", "新增公交线路3条", "建成口袋公园5个"]
    assert "件数不符" in cat.tasks[0].review


def test_a_role_label_run_onto_an_items_title_names_its_units_above_its_paragraph():
    text = ("某县2022年为民办实事进展情况\n"
            "一、进展情况\n"
            "(一)城区学校扩容牵头责任部门:县教育局\n"
            "截至4月底,新建幼儿园2所已开工,新增学位600个,完成年度任务的50%。\n"
            "(二)农村道路养护责任单位:县交通运输局\n"
            "截至4月底,完成农村公路养护120公里,占年度任务的40%。\n")
    assert [(no, departments) for no, _, departments, _ in _tasks(text)] == [
        (1, ("县教育局",)), (2, ("县交通运输局",))]
    assert [t[1][:7] for t in _tasks(text)] == ["城区学校扩容。", "农村道路养护。"]
    # a title whose words merely mention a role (its value no unit) names no units; in a document titled as a
    # progress report (…进展情况) the paragraph under it is kept with it as its report (round 38)
    plain = text.replace("牵头责任部门:县教育局", "进一步明确责任单位:落实到人")
    assert _tasks(plain)[0][2] == () and _tasks(plain)[0][1].startswith("城区学校扩容进一步明确责任单位:落实到人。截至4月底")


# -- round twenty-seven (words): unit lists, run-on names, standards met, restated figures ----------------------


def test_a_bare_unit_list_after_the_last_sentence_may_hold_a_short_or_bare_unit():
    from tz_excel.markers import split_marker

    assert split_marker("扶持创业,提供扶持资金50万元。(劳动局、孵化中心)") == (
        "扶持创业,提供扶持资金50万元。", "劳动局、孵化中心")
    assert split_marker("建设示范社区;(民政局、党办、各街道)") == ("建设示范社区;", "民政局、党办、各街道")
    # without a sure unit beside them, or not after a full stop, such names stay the item's words
    assert split_marker("建设场馆。(体育中心、会展中心)") == ("建设场馆。(体育中心、会展中心)", None)
    assert split_marker("建设体育馆(市文化局、体育中心)") == ("建设体育馆(市文化局、体育中心)", None)


def test_two_whole_unit_names_run_together_are_two_units():
    from tz_excel.markers import read_marker

    assert read_marker("责任单位:县商务局县统计局").departments == ("县商务局", "县统计局")
    assert read_marker("责任单位:市委办公室市政府办公室").departments == ("市委办公室", "市政府办公室")
    # never inside one name, nor a unit from its "others" or its branch
    assert read_marker("责任单位:市人力资源和社会保障局").departments == ("市人力资源和社会保障局",)
    assert read_marker("责任单位:县乡镇政府").departments == ("县乡镇政府",)
    assert read_marker("责任单位:区科技局等区级有关部门").departments == ("区科技局",)
    assert read_marker("责任单位:市生态环境局市区分局").departments == ("市生态环境局市区分局",)


def test_money_handed_out_and_people_placed_in_work_are_targets_counted_up():
    assert _plain_targets("提供创业担保扶持资金200万元。") == [(200, "万元", "cumulative")]
    assert _plain_targets("帮助零就业家庭成员实现就业40人;") == [(40, "人", "cumulative")]
    # funds arranged for the work stay no target
    assert _plain_targets("安排补助资金200万元。") == []


def test_a_share_meeting_a_standard_is_the_target_not_the_standard():
    found = extract_indicators("城区90%以上养老服务站面积达到300平方米。", 1)
    assert [(i.target, i.unit, i.kind) for i in found] == [(90, "%", "level")]
    # a standard with no share before it is the task's own figure
    assert _plain_targets("新建养老服务站面积达到300平方米。") == [(300, "平方米", "cumulative")]


def test_a_count_of_places_restating_their_names_is_where_the_work_is():
    assert _plain_targets("完成东山、西山、三河3个镇污水管网建设、完成城关村120户危房改造。") == [
        (120, "户", "cumulative")]
    # places worked on themselves, an open list (等) and things that are no places keep their counts
    assert _plain_targets("完成东关、西关2个村改造。") == [(2, "个", "cumulative")]
    assert _plain_targets("启动东山、西山等6个乡镇供水管网建设。") == [(6, "个", "cumulative")]
    assert _plain_targets("完成中山路、人民路2个积水点改造。") == [(2, "个", "cumulative")]


def test_a_voltage_class_and_thousands_of_households_belong_to_the_count():
    from tz_excel.numbers import split_unit

    assert _plain_targets("建设东城变等3座220千伏变电站。") == [(3, "座", "cumulative")]
    assert _plain_targets("解决周边6千余户群众出行问题。") == [(6, "千户", "cumulative")]
    assert split_unit("千户") == (1000, "户")
    assert split_unit("千米") == (1, "千米") and split_unit("千瓦") == (1, "千瓦")


def test_a_headings_tally_of_its_projects_is_no_target():
    text = "文化惠民工程(项目5个,其中基建工程类4个、“小而美”事项类1个)。主要是新建文化广场12个;对全市1200名老人实施免费体检。"
    assert _plain_targets(text) == [(12, "个", "cumulative"), (1200, "名", "cumulative")]
    # a bracket after an item's title that holds no tally of projects keeps its figures
    assert _plain_targets("文化惠民工程(新建广场5个)。") == [(5, "个", "cumulative")]


def test_a_figure_restated_under_its_heading_or_shared_out_by_area_is_one_target():
    text = ("新建、改 ( 扩 ) 建中小学 12 所,新增学位 1.2 万个。( 一 ) 新建、改 ( 扩 ) 建中小学 12 所,新增学位 1.2 万个"
            "建设甲小学、乙中学等教育项目 12 个。完成城镇新增就业 6 万人 ( 甲市 5.5 万人,乙区 0.5 万人 ) 。")
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == [(12, "所"), (1.2, "万个"), (6, "万人")]
    # two figures of one list, and parts that do not add up to the total, stay apart
    assert _plain_targets("新增200个托班托额、200个社区托额。") == [(200, "个", "cumulative"), (200, "个", "cumulative")]


def test_a_titles_figure_said_again_in_its_content_field_is_one_target():
    text = "实施8000平方米老旧小区改造项目内容:启动实施8000平方米直管公房修缮工作。"
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == [(8000, "平方米")]
    # without a content field, two works of the same size are two targets
    assert len(extract_indicators("实施8000平方米老旧小区改造;启动实施8000平方米直管公房修缮工作。", 1)) == 2


# -- round twenty-eight's word shapes: reporting periods, 仅, what each place has, an event's day, 全部建成, 涉及 ------

def test_figures_in_a_reporting_period_from_the_years_start_are_records():
    text = "新建污水管网20公里。1-6月,全区累计完成管网建设6.5公里,与全年目标有较大差距。"
    assert _plain_targets(text) == [(20, "公里", "cumulative")]
    assert _plain_targets("实现工业增加值增长8%1-6月,全区工业增加值同比增长仅为2.1%。") == [(8, "%", "level")]
    assert _plain_targets("新建公园5个。今年以来,全区建成公园2个。") == [(5, "个", "cumulative")]
    assert _plain_targets("新建公园5个。上半年,全区建成公园2个。") == [(5, "个", "cumulative")]
    assert _plain_targets("改造老旧小区10个,仅完成3个。") == [(10, "个", "cumulative")]
    # a plan's 上半年 with no comma, a range from another month and a service's 仅需 stay as they were
    assert _plain_targets("上半年建成公园2个。") == [(2, "个", "cumulative")]
    assert _plain_targets("3-6月,建成公园2个。") == [(2, "个", "cumulative")]
    assert _plain_targets("办理时限压缩至3个工作日。") == _plain_targets("办理时限仅需压缩至3个工作日。")


def test_a_reporting_period_and_an_events_day_are_no_deadlines():
    from tz_excel.catalogue import Task
    from tz_excel.deadlines import date_task

    def due(text: str):
        return date_task(Task(1, 1, "x", text, ()), "", 2022).due

    assert due("新建污水管网20公里。1-6月,全区累计完成6.5公里,与全年目标有较大差距。") is None
    assert due("在3月15日召开的区人大会议上,代表票决出10项民生实事。") is None
    # a range closed by 前 and a day followed by the work stay deadlines
    assert due("1-6月底前完成管网建设。") == date(2022, 6, 30)
    assert due("3月15日前召开动员会议。") == date(2022, 3, 15)


def test_what_each_place_has_is_a_rule_of_distribution():
    assert _plain_targets("实现全区5个街道各有2家养老服务中心。") == []
    # each of the things named gets the work: the figure is given to each
    assert [(i.target, i.unit) for i in extract_indicators("新建公园、广场各2个。", 1)] == [(2, "个"), (2, "个")]


def test_all_of_a_count_building_a_thing_each_counts_them():
    assert _plain_targets("8家二级医院全部建成智慧医院,开展预约诊疗。") == [(8, "家", "cumulative")]
    # a quantifier over measured things, or a clause measured by a figure of its own, stays as it was
    assert _plain_targets("4个结构性指标均实现增长。") == []
    assert _plain_targets("5个乡镇全部建成污水管网20公里。") == [(20, "公里", "cumulative")]


def test_the_places_a_project_involves_working_on_are_counted():
    assert _plain_targets("校园安全工程涉及30所中小学围墙改造。") == [(30, "所", "cumulative")]
    # those who merely take part, with no work named, are no target
    assert _plain_targets("明确50项具体任务,涉及20个责任单位。") == []


# -- round twenty-eight, structure: a 目标任务 table's items (1)…(n) one cell a line, cells merged down ----------

def test_a_cell_table_of_bracketed_items_under_a_group_row_carries_merged_cells_down():
    """序号 / 目标名称 / 工 作 标 准 / 区政府 + 分管领导 (one name on two lines) / 牵头单位 / 配合单位, a group row 1 and
    its name, then items (1)…(4): a leader and a lead given once cover the items below that give none."""
    text = ("各乡镇,县各部门:\n现将主要目标任务责任分解表印发给你们,请抓好落实。\n某县人民政府\n2024年2月1日\n附件1\n"
            "2024年主要目标任务责任分解表\n序号\n目标名称\n工 作 标 准\n县政府\n分管领导\n牵头单位\n配合单位\n"
            "1\n全县经济社会发展的主要预期目标\n(1)地区生产总值增长6%左右。\n李 明\n县发改局\n各乡镇\n"
            "(2)税收收入保持稳定增长。\n县税务局\n(3)固定资产投资增长7%左右。\n(4)城镇新增就业3000人。\n张华\n县人社局\n")
    cat = _catalogue(text)
    assert [(t.no, t.departments, t.leaders) for t in cat.tasks] == [
        (1, ("县发改局", "各乡镇"), ("李明",)), (2, ("县税务局",), ("李明",)), (3, ("县税务局",), ("李明",)),
        (4, ("县人社局",), ("张华",))]
    assert [t.text for t in cat.tasks][:2] == ["地区生产总值增长6%左右。", "税收收入保持稳定增长。"]


def test_points_numbered_in_one_cell_with_no_name_between_stay_one_task():
    text = ("序号\n工作任务\n牵头单位\n1\n推进城市更新,重点抓好以下工作。\n(1)改造老旧住宅。\n(2)完善公共设施。\n"
            "县住建局\n2\n提升教育质量。\n县教育局\n")
    cat = _catalogue(text)
    assert [(t.no, t.text[:6], t.departments) for t in cat.tasks] == [
        (1, "推进城市更新", ("县住建局",)), (2, "提升教育质量", ("县教育局",))]


def test_groups_each_counting_their_items_then_a_paragraph_of_them_are_the_tasks():
    """承接市级民生实事3件 / a paragraph of three ;-pieces / 落实区级民生实事2件 / its paragraph (a page cut inside the second
    group keeps what it gives, flagged): the headings are sections, the items numbered on across them."""
    text = ("某区民生实事出炉\n近日,某区出台了2022年民生实事,共5件。\n承接市级民生实事3件\n"
            "新建幼儿园2所,新增学位600个;改造老旧小区12个;新建公厕5座。\n落实区级民生实事2件\n"
            "培训农村劳动力800人;\n")
    cat = _catalogue(text)
    assert [(t.no, t.text) for t in cat.tasks] == [
        (1, "新建幼儿园2所,新增学位600个"), (2, "改造老旧小区12个"), (3, "新建公厕5座。"), (4, "培训农村劳动力800人")]
    assert [s.title for s in cat.sections] == ["承接市级民生实事3件", "落实区级民生实事2件"]


def test_a_count_announced_then_its_items_after_a_later_colon_are_the_tasks():
    text = ("某市票决产生2023年4项民生实事项目\n在3月20日举行的市人代会上,代表们票决出2023年4项民生实事项目。\n"
            "会上,代表们差额票决,最终票决出:新建幼儿园5所;改造农贸市场3个;建设口袋公园10个;开展送戏下乡活动,"
            "为我市2023年4项民生实事项目。\n代表们表示期待项目落实。\n")
    cat = _catalogue(text)
    assert [t.text for t in cat.tasks] == ["新建幼儿园5所", "改造农贸市场3个", "建设口袋公园10个", "开展送戏下乡活动"]
    assert [t.due for t in cat.tasks] == [None] * 4                # the meeting's date is no deadline


def test_a_heading_counting_items_over_sentences_that_are_no_list_changes_nothing():
    # a count heading whose next line is one sentence (no ;-pieces), and a colon whose pieces miss the count
    with pytest.raises(NoticeParseError):
        _catalogue("某区民生工作\n承接市级民生实事8件\n今年将全力推进民生实事,确保按期完成。\n")
    cat = _catalogue("今年办好3件实事。\n最终确定出:新建幼儿园2所;改造老旧小区12个。\n一是加强领导。\n二是强化督查。\n三是严格考核。\n")
    assert [t.text for t in cat.tasks] == ["加强领导。", "强化督查。", "严格考核。"]


def _barred(cells: list[str]) -> str:
    """Cells pasted one a line with a bare '|' line between each two (an empty cell: nothing between two bars)."""
    lines = []
    for k, cell in enumerate(cells):
        lines += ["|"] * bool(k) + [cell] * bool(cell)
    return "\n".join(lines + ["|"]) + "\n"


def test_a_barred_table_of_projects_numbered_in_brackets_reads_each_project_with_its_sub_rows():
    """序号 | 项目名称 | 责任单位 | 数量 | 目标任务/项目所在地 | 预计完工时间, every cell written (empty ones as bare
    bars), a group row 一、… with its 序号 empty, projects (一)-(三) and rows under (三) with their 序号 empty."""
    cells = ["序号", "项 目 名 称", "责任单位", "数量", "目 标 任 务/项目所在地", "预计完工时间",
             "", "一、社会事业", "", "", "", "",
             "(一)", "学前教育工程", "县教育局", "", "新建幼儿园3所", "2019.12",
             "(二)", "文化惠民工程", "县文旅局", "", "送戏下乡100场", "",
             "(三)", "农村道路工程", "县交通局", "2", "", "",
             "", "东山路", "县交通局", "1", "东山镇", "2018.12",
             "", "西山路", "县交通局", "1", "西山镇", "2018.12"]
    cat = _catalogue("某县2019年民生工程项目分解表\n" + _barred(cells))
    assert [(t.no, t.text[:6], t.departments) for t in cat.tasks] == [
        (1, "学前教育工程", ("县教育局",)), (2, "文化惠民工程", ("县文旅局",)), (3, "农村道路工程", ("县交通局",))]
    assert "西山路" in cat.tasks[2].text and "新建幼儿园3所" in cat.tasks[0].text
    assert [s.title for s in cat.sections] == ["社会事业"]


def test_a_barred_table_whose_rows_miss_the_headers_width_is_not_read_as_bracketed_projects():
    # a row's 序号 cell holding words where the header's width puts it: the cells do not fall in rows
    cells = ["序号", "项目名称", "责任单位", "(一)", "学前教育工程", "县教育局", "多出的一格",
             "(二)", "文化惠民工程", "县文旅局", "(三)", "农村道路工程", "县交通局"]
    from tz_excel.tables import _barred_rows

    lines = [Line(n, text) for n, text in enumerate(_barred(cells).splitlines(), 1)]
    assert _barred_rows(lines, 0) is None


# -- a sentence of ;-pieces each naming its unit after a role label (r29struct) ------------------------------------


def test_a_sentence_of_pieces_each_naming_its_unit_after_a_label_gives_one_task_a_piece():
    """A news item quoting its projects in one sentence, each piece 'project,责任单位X', the colon dropped or not."""
    text = ("某县重点项目逐一明确责任单位\n2021-4-2 |\n"
            "“城东污水处理厂,责任单位县住建局;西山旅游公路,牵头单位县交通局、西山镇;南湖湿地公园,责任单位:县林业局……”"
            "4月1日,某县召开重点项目推进会,20个重点项目明确了责任单位。\n据了解,20个项目总投资约50亿元。\n")
    cat = _catalogue(text)
    assert [(t.no, t.text, t.departments) for t in cat.tasks] == [
        (1, "城东污水处理厂", ("县住建局",)), (2, "西山旅游公路", ("县交通局", "西山镇")),
        (3, "南湖湿地公园", ("县林业局",))]
    assert all(t.needs_review for t in cat.tasks)
    assert not any(t.indicators for t in cat.tasks)          # the aggregates after the list are no piece's


@pytest.mark.parametrize("sentence", [
    # two pieces only
    "“城东污水处理厂,责任单位县住建局;西山旅游公路,责任单位县交通局”,项目推进顺利。",
    # one piece without its label
    "城东污水处理厂,责任单位县住建局;西山旅游公路,县交通局;南湖湿地公园,责任单位县林业局。",
    # a label whose value is no unit
    "城东污水处理厂,责任单位县住建局;西山旅游公路,责任单位负责协调服务;南湖湿地公园,责任单位县林业局。",
    # words after a piece that is not the last
    "城东污水处理厂,责任单位县住建局,年内完工;西山旅游公路,责任单位县交通局;南湖湿地公园,责任单位县林业局。",
])
def test_pieces_that_do_not_each_carry_a_label_and_units_stay_a_text_without_items(sentence):
    with pytest.raises(NoticeParseError):
        _catalogue("某县重点项目推进会召开\n" + sentence + "\n")


# ---- r29words: a bare unit bracket on its own line, verbs that create/optimise/mark out, rules and scope ----


def test_a_bare_unit_bracket_on_its_own_line_with_a_short_name_and_a_bracketed_collective_is_the_items_units():
    text = ("某市2012年重点工作分解方案\n一、目标分解\n1、农村居民人均纯收入增长10%。\n"
            "(市财政局、农委、社保局,各县(市)、区政府)\n2、城镇登记失业率控制在4%以内。\n(市社保局)\n")
    cat = _catalogue(text)
    assert [t.departments for t in cat.tasks] == [("市财政局", "农委", "社保局", "各县(市)、区政府"), ("市社保局",)]
    assert [s.title for s in cat.sections] == ["目标分解"]


def test_a_short_name_alone_in_a_bracket_on_its_own_line_is_still_no_unit():
    # 农委 leans like a unit only beside a sure one; alone it says nothing about who does the work
    from tz_excel.markers import split_marker

    assert split_marker("(农委)") == ("(农委)", None)
    assert split_marker("(市财政局、农委)") == ("", "市财政局、农委")


@pytest.mark.parametrize("text, expected", [
    ("培训家政人员2000人,创造3000个就业岗位", [(2000, "人"), (3000, "个")]),
    ("优化城区150个路口的信号灯配时,施划5000个停车位", [(150, "个"), (5000, "个")]),
    ("围绕200个就业岗位开展技能培训", []),                     # a count the work only names stays none
])
def test_counts_created_optimised_or_marked_out_are_targets(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == expected


@pytest.mark.parametrize("text, expected", [
    ("各学校每周至少安排2课时体育课,每学期不少于30课时,培训体育教师100人", [(100, "人")]),
    ("全年送教下乡3000课时", [(3000, "课时")]),                # a year's total is no per-term rule
    ("完成困难家庭大学生800人学费资助320万元", [(800, "人")]),
    ("发放助学金资助320万元", [(320, "万元")]),                  # money with no one counted stays what is paid out
    ("为全县120个社区开展义诊活动600场", [(600, "场")]),
    ("为120个社区配备健身器材", [(120, "个")]),                  # no figure of the work's own: the places served
])
def test_per_term_rules_aid_costs_and_places_served_give_way_to_the_works_own_figure(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == expected


def test_a_hope_inside_the_sentence_reaches_its_clause_alone():
    found = extract_indicators("加强水环境治理,力争主要河流水质优良率提高2个百分点以上,新建污水管网30公里", 1)
    assert [(i.target, i.aspirational) for i in found] == [(2, True), (30, False)]
    # a hope opening the sentence frames every clause of it
    found = extract_indicators("力争年底规上企业发展到300家,新培育专精特新企业5家以上", 1)
    assert [(i.target, i.aspirational) for i in found] == [(300, True), (5, True)]


# -- an inline 一是 list after other lines --------------------------------------------------------------------------

def test_the_lines_before_an_inline_shi_list_are_kept_once():
    from tz_excel.flattened import listed_items

    lines = [Line(1, "某县民生实事"), Line(2, "这3件实事分别为：一是新建学校2所；二是改造道路5公里；三是新增停车位100个。")]
    assert [ln.text for ln in listed_items(lines)].count("某县民生实事") == 1


# ---- r30struct: a counted list given after 包括, a progress paragraph under an item, the list's closing words ----


@pytest.mark.parametrize("words", ["包括,", "包括", "分别是", "为:", "如下,"])
def test_a_counted_semicolon_list_given_after_words_without_a_colon_is_read_as_items(words):
    text = ("某县今年将办好4件民生实事\n记者从县人代会获悉,今年将集中财力办好4件民生实事,涵盖教育、养老等方面。\n"
            f"4件民生实事{words}新建幼儿园2所;改造老旧小区8个;建成社区食堂5个;新增停车位600个。\n")
    cat = _catalogue(text)
    assert [t.title for t in cat.tasks] == ["新建幼儿园2所", "改造老旧小区8个", "建成社区食堂5个", "新增停车位600个"]
    assert [[(i.target, i.unit) for i in t.indicators] for t in cat.tasks] == [
        [(2, "所")], [(8, "个")], [(5, "个")], [(600, "个")]]


def test_a_sentence_with_bao_kuo_after_a_count_whose_pieces_do_not_number_it_stays_a_sentence():
    # 包括 after the count, but two pieces for four 实事: an ordinary sentence, no list
    text = ("某县今年将办好4件民生实事\n4件民生实事包括教育、养老、医疗等方面;总投资约3亿元。\n")
    with pytest.raises(NoticeParseError):
        _catalogue(text)


def test_a_progress_paragraph_under_an_item_reports_results_never_targets():
    text = ("某市2021年重点工作完成情况的通报\n一、主要目标\n1.地区生产总值增长7%左右。\n"
            "进展情况:全年实现地区生产总值820亿元,同比增长9.2%\n牵头责任单位:市发展改革委。\n协同责任单位:市统计局。\n"
            "2.社会消费品零售总额增长8%\n完成情况:全年实现社会消费品零售额310亿元,增长12.5%。\n"
            "比全省高3个百分点。\n牵头责任单位:市商务局。\n")
    cat = _catalogue(text)
    assert [[(i.target, i.unit) for i in t.indicators] for t in cat.tasks] == [[(7, "%")], [(8, "%")]]
    assert [t.departments for t in cat.tasks] == [("市发展改革委", "市统计局"), ("市商务局",)]
    assert cat.tasks[1].title == "社会消费品零售总额增长8%"
    assert "310亿元" in cat.tasks[1].text and "3个百分点" in cat.tasks[1].text   # kept for the clerk to read


def test_a_paragraph_under_an_item_that_is_no_progress_report_still_gives_targets():
    text = ("某市2021年重点工作任务\n1.地区生产总值增长7%左右。\n主要措施:新建产业园区3个。\n牵头单位:市发展改革委。\n")
    cat = _catalogue(text)
    assert [(i.target, i.unit) for i in cat.tasks[0].indicators] == [(7, "%"), (3, "个")]


def test_a_paragraph_naming_the_whole_list_by_its_count_closes_the_last_item():
    text = ("某市人民政府关于印发2020年为民办好五件实事方案的通知\n提出为民办好5件实事,分别是:\n"
            "一、新建乡村公路50条。\n二、新建敬老院3个。\n三、新建沼气池2000座。\n四、新建文化站6个。\n"
            "五、改造小街小巷10条以上,方便居民出行。\n为落实这一要求,制定了为民办好五件实事实施方案,请认真组织实施。\n"
            "各县(区)、各部门要充分认识办好五件实事的重要意义,确保年底前完成。\n")
    cat = _catalogue(text)
    assert len(cat.tasks) == 5
    assert cat.tasks[4].text == "改造小街小巷10条以上,方便居民出行。"
    assert [(i.target, i.unit) for i in cat.tasks[4].indicators] == [(10, "条")]


def test_a_last_items_further_paragraph_naming_another_count_stays_the_items():
    text = ("某市人民政府关于印发2020年为民办好五件实事方案的通知\n"
            "一、新建乡村公路50条。\n二、新建敬老院3个。\n三、新建沼气池2000座。\n四、新建文化站6个。\n"
            "五、改造小街小巷10条以上。\n其中城区实施3项工程,新建口袋公园2个。\n")
    cat = _catalogue(text)
    assert "口袋公园" in cat.tasks[4].text


# ---- r30words: 万以上 people, the list's own count, round magnitudes, counts brought in, a restated heading ----


@pytest.mark.parametrize("text, expected", [
    ("新增解决12万以上农村人口饮水安全问题", [(12, "万人", ">=")]),
    ("解决12万农村人口饮水安全问题", [(12, "万人", ">=")]),        # without the floor, as before
    ("覆盖12万以上人口的中心城区", []),                            # a size naming a place, no verb of delivery
])
def test_a_count_in_wan_with_a_floor_before_people_counts_persons(text, expected):
    assert [(i.target, i.unit, i.comparator) for i in extract_indicators(text, 1)] == expected


def test_the_lists_own_count_after_an_items_first_sentence_is_no_target():
    text = ("实施背街小巷改造工程,改造8条以上背街小巷。各乡镇要认真落实办好八件实事的要求,"
            "制定为民办好8件实事工作计划,共同办好政府承诺的八项民生实事。")
    assert [(i.target, i.unit) for i in extract_indicators(text, 10)] == [(8, "条")]


@pytest.mark.parametrize("text, expected", [
    ("扎实办好12项为民办实事项目。", [(12, "项")]),                 # the item's own commitment, another list's size
    ("新建6个社区服务中心等实事。", [(6, "个")]),                  # a count of things closing a list stays
])
def test_a_count_of_shishi_in_the_items_own_sentence_stays(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 7)] == expected


@pytest.mark.parametrize("text, expected", [
    ("力争全年接待游客突破千万人次", [(1000, "万人次", True)]),
    ("全县农业总产值达到百亿元", [(100, "亿元", False)]),
    ("培育百亿级企业2家", [(2, "家", False)]),                     # 百亿级 names a kind of firm
    ("建设千万亩粮食生产基地", []),                                # the base's kind, not a count
    ("每千人口拥有床位达到6张", [(6, "张", False)]),               # a bare 千 still divides
])
def test_a_round_magnitude_before_its_unit_is_a_number(text, expected):
    assert [(i.target, i.unit, i.aspirational) for i in extract_indicators(text, 1)] == expected


@pytest.mark.parametrize("text, expected", [
    ("采取以奖代补方式,引导支持120户小微加工户入驻产业园生产经营", [(120, "户")]),
    ("吸引40家企业入驻孵化基地", [(40, "家")]),
    ("目前孵化基地内有40家企业入驻", []),                          # no verb of bringing: how things stand
])
def test_a_count_the_task_brings_into_a_place_is_a_target(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == expected


def test_a_heading_figure_restated_in_the_body_of_the_same_object_is_one_target():
    text = ("建设口袋公园健身设施60处。在城区建设以小型健身器材为主的口袋公园健身设施60处,方便群众就近锻炼。")
    assert [(i.target, i.unit) for i in extract_indicators(text, 5)] == [(60, "处")]
    text = ("建设30个示范性中医馆。遴选30个社区卫生服务中心开展示范性中医馆建设,组织30个名医工作团队下沉服务,"
            "中医馆中医药服务项目达到15种以上。")
    found = extract_indicators(text, 6)
    assert [(i.target, i.unit, i.kind) for i in found] == [
        (30, "个", "cumulative"), (30, "个", "cumulative"), (15, "种", "level")]
    assert "名医工作团队" in found[1].metric                       # the same figure of other things stays


def test_two_stages_of_one_object_with_the_same_figure_stay_two_targets():
    found = extract_indicators("开工安置小区2个,建成2个", 1)
    assert [(i.target, i.unit) for i in found] == [(2, "个"), (2, "个")]


# ---- r31struct: full-stop look-alikes after a number, a cell's bar on the next line, items that lost their numbers ----


@pytest.mark.parametrize("dot", ["\ufe52", "\u2024", "．", "."])
def test_a_number_written_with_a_full_stop_look_alike_labels_its_item(dot):
    assert item_label(fold(f"3{dot}新建公园5个。")) == item_label("3.新建公园5个。")
    text = (f"某县2024年重点工作责任分解\n一、稳增长\n1{dot}地区生产总值增长6%以上。\n分管领导:张明。\n"
            f"牵头单位:县发展改革局。\n配合单位:县财政局、县统计局等。\n2{dot}新建公园5个。\n分管领导:李华。\n"
            "牵头单位:县住建局。\n配合单位:县自然资源局。\n")
    tasks = parse_notice(text.encode("utf-8")).tasks
    assert [(t.departments, t.leaders) for t in tasks] == [
        (("县发展改革局", "县财政局", "县统计局"), ("张明",)), (("县住建局", "县自然资源局"), ("李华",))]


def test_a_middle_dot_is_no_full_stop():
    assert item_label(fold("1·5万人次")) is None
    assert item_label(fold("努尔买买提·阿布来提")) is None


def test_a_cells_bar_fallen_onto_the_next_line_stays_the_cells():
    rows = ["1 |", "新建10个社区充电站(区级) |", "区发改委 |", "完成选址。 |", "已开工。 |",
            "2 |", "为20个小区加装电梯(区级) |", "区房管局 |", "新增3台。 |", "已完成5台。 |",
            "3", "|", "为8个老旧小区实施消防改造(市级) |", "区住建委 |", "完成招标。 |", "正在设计。 |",
            "4 |", "新增60张养老床位(区级) |", "区民政局 |", "完成验收。 |", "已建成30张。 |"]
    text = "\n".join(["宝兴区2024年实事项目8月进展表", "序号 |", "项目内容 |", "牵头单位 |", "9月份目标 |", "进展情况 |", *rows]) + "\n"
    tasks = parse_notice(text.encode("utf-8")).tasks
    assert [(t.departments, [(i.target, i.unit) for i in t.indicators]) for t in tasks] == [
        (("区发改委",), [(10, "个")]), (("区房管局",), [(20, "个")]),
        (("区住建委",), [(8, "个")]), (("区民政局",), [(60, "张")])]      # the month's plan and progress left out


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_lines_after_a_list_each_with_its_own_marker_are_items_numbered_on():
    items = ["①新建公园3个(责任单位:县住建局);", "②改造道路5条(责任单位:县交通局);",
             "③新增学位800个(责任单位:县教育局);"]
    lost = ["新建养老床位60张(责任单位:县民政局);", "新增停车位500个(责任单位:县公安局)。"]
    text = "\n".join(["某县关于2024年重点工作进展情况的通报", "进展偏慢的重点工作为:", *items, *lost,
                      "尚未完成的民生实事为:", "①新建菜市场2个(责任单位:县商务局);",
                      "②新增公交线路4条(责任单位:县交通局)。"]) + "\n"
    tasks = parse_notice(text.encode("utf-8")).tasks
    assert [(t.no, t.departments, [i.target for i in t.indicators]) for t in tasks] == [
        (1, ("县住建局",), [3]), (2, ("县交通局",), [5]), (3, ("县教育局",), [800]), (4, ("县民政局",), [60]),
        (5, ("县公安局",), [500]), (6, ("县商务局",), [2]), (7, ("县交通局",), [4])]
    assert ["缺少编号" in t.review for t in tasks] == [False, False, False, True, True, False, False]
    assert all(t.needs_review for t in tasks[3:5])


def test_an_items_second_paragraph_without_its_own_marker_stays_the_items():
    items = ["①新建公园3个(责任单位:县住建局);", "②改造道路5条(责任单位:县交通局);",
             "③新增学位800个(责任单位:县教育局);"]
    text = "\n".join(["某县关于2024年重点工作进展情况的通报", "进展偏慢的重点工作为:", *items,
                      "其中城东小学新增学位300个。"]) + "\n"
    tasks = parse_notice(text.encode("utf-8")).tasks
    assert len(tasks) == 3 and "城东小学" in tasks[2].text


def test_a_line_with_its_own_marker_before_the_lists_next_number_stays_the_items():
    text = "\n".join(["某县关于2024年重点工作进展情况的通报", "进展偏慢的重点工作为:",
                      "①新建公园3个(责任单位:县住建局);", "②改造道路5条(责任单位:县交通局);",
                      "③新增学位800个(责任单位:县教育局);", "其中新建城东小学(责任单位:城东街道);",
                      "④新增停车位500个(责任单位:县公安局)。"]) + "\n"
    tasks = parse_notice(text.encode("utf-8")).tasks
    assert len(tasks) == 4 and "城东小学" in tasks[2].text


# ---- r31words: a collective of the places concerned, a department's own offices, rates, comparisons, kinds ----


@pytest.mark.parametrize("marker, departments", [
    ("省交通厅、有关市、县政府负责", ("省交通厅", "有关市、县政府")),
    ("省水利厅、相关区、县政府负责", ("省水利厅", "相关区、县政府")),
    ("省交通厅、有关部门、县政府负责", ("省交通厅", "县政府")),     # 有关部门 is no place: the county government alone
])
def test_the_places_concerned_listed_by_kind_are_one_collective(marker, departments):
    assert split_departments(marker) == departments


def test_a_departments_own_offices_in_a_bare_bracket_after_the_items_stop_are_its_units():
    text = ("某厅2015年目标任务分解方案\n一、目标分解\n3.全年新增培训岗位2000个。 (培训处、技能鉴定中心)\n"
            "4.完成职工档案数字化。 (档案室)\n5.修缮老旧厂房。(共三处)\n")
    cat = _catalogue(text)
    assert [t.departments for t in cat.tasks] == [("培训处", "技能鉴定中心"), ("档案室",), ()]


def test_an_office_name_in_a_bracket_inside_the_sentence_is_still_no_unit():
    from tz_excel.markers import split_marker

    assert split_marker("开展技能培训(鉴定中心)") == ("开展技能培训(鉴定中心)", None)
    # a 中心 named for what goes on there is a venue, maybe what the item builds, not an office
    assert split_marker("建设全民健身场馆。(体育中心)") == ("建设全民健身场馆。(体育中心)", None)


@pytest.mark.parametrize("text, expected", [
    ("市财政安排奖补资金3.5亿元,比上年增加0.8亿元。", []),          # funds, and their rise on last year
    ("新增城镇就业3万人,比上年多0.5万人。", [(3, "万人")]),          # the rise compares, the count stays
    ("新增城镇就业3万人,比上年增长5%。", [(3, "万人"), (5, "%")]),    # a rate of growth is a level of its own
])
def test_an_amount_more_than_last_years_only_compares_the_figure_before_it(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == expected


@pytest.mark.parametrize("text, expected", [
    ("扎实推进城区新三件实事。", []),                                # the new three: a programme's name
    ("扎实办好3件民生实事。", [(3, "件")]),                          # the item's own commitment stays
])
def test_a_count_after_xin_before_shishi_names_a_programme(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == expected


@pytest.mark.parametrize("text, expected", [
    ("带动30%的脱贫户实现稳定增收。", [(30, "%", ">=", "level")]),
    ("帮助15%以上的低收入农户就业。", [(15, "%", ">=", "level")]),
    ("帮助20%的企业了解惠企政策。", []),                             # no state the people are brought to
])
def test_a_share_of_people_helped_to_a_state_is_a_level(text, expected):
    assert [(i.target, i.unit, i.comparator, i.kind) for i in extract_indicators(text, 1)] == expected


@pytest.mark.parametrize("text, expected", [
    ("为80个社区配建(更新)儿童游乐设施", [(80, "个")]),
    ("为45所学校安装直饮水设备", [(45, "所")]),
    ("在80个社区中选择试点", []),                                    # no verb of providing: only a scope
])
def test_the_places_served_by_a_verb_of_providing_are_the_count(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == expected


@pytest.mark.parametrize("text, expected", [
    ("临时救助对象扩大至6类人员", [(6, "类", "level")]),
    ("报销范围分别扩大到25种和18种。", [(25, "种", "level"), (18, "种", "level")]),
    ("对3类企业开展专项检查", []),                                   # kinds naming whom the work is for
])
def test_a_scope_widened_to_a_number_of_kinds_is_a_level(text, expected):
    assert [(i.target, i.unit, i.kind) for i in extract_indicators(text, 1)] == expected


@pytest.mark.parametrize("text, expected", [
    ("按照每人每月300元标准发放护理补贴", []),
    ("对托育机构按照一孩400元、二孩500元每人每月进行补助", []),
    ("发放护理补贴3000万元", [(3000, "万元")]),                    # a total paid out, no rate
])
def test_an_amount_set_by_a_rule_per_head_is_no_target(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == expected


def test_jianzao_is_a_verb_of_building():
    found = extract_indicators("主要建造3座公厕、1座垃圾中转站。", 1)
    assert [(i.target, i.unit) for i in found] == [(3, "座"), (1, "座")]


# ---- r32struct: a table with 责任单位 but no 序号 nor task head, a group column merged down, places named 万… ----


def _table_tasks(rows: list[list[str]]) -> list[tuple]:
    from tz_excel.tables import table_lines

    return [(e["text"], e["departments"], e["due"]) for _, e in table_lines(rows) if e.get("hint") == "task"]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_table_heading_its_units_column_gives_a_task_a_row_without_a_number_column():
    text = "\n".join(["某镇2024年消防安全专项检查计划", "一、检查安排表", "检查场所类别 | 时间安排 | 责任单位 |",
                      "餐饮门店 | 3月份 | 安监站 市场所 |", "出租房屋 | 4月份 | 派出所 |",
                      "农贸市场 | 5月份 | 市场所 城建办 |"]) + "\n"
    tasks = parse_notice(text.encode("utf-8"), year=2024).tasks
    assert [(t.no, t.title, t.departments, t.due) for t in tasks] == [
        (1, "餐饮门店", ("安监站", "市场所"), date(2024, 3, 31)), (2, "出租房屋", ("派出所",), date(2024, 4, 30)),
        (3, "农贸市场", ("市场所", "城建办"), date(2024, 5, 31))]
    assert all(t.needs_review for t in tasks)


@pytest.mark.parametrize("rows", [
    [["指标", "2023年", "2024年"], ["地区生产总值", "520", "560"], ["财政收入", "38", "41"]],     # no 责任单位 head
    [["地区", "完成数", "责任单位"], ["120", "35", "县住建局"], ["98", "40", "县交通局"]],         # figures, no task
    [["姓名", "电话", "责任单位"], ["张明", "13800000000", "电话待定"], ["李华", "13900000000", "另行通知"]],  # no units
])
def test_a_table_of_figures_or_contacts_under_a_units_head_gives_no_tasks(rows):
    assert _table_tasks(rows) == []


def test_a_task_column_merged_down_over_numbered_requirements_groups_them():
    rows = [["工作任务", "具体要求", "责任部门"],
            ["一、做好财务公开。", "1.按时公开部门预算。", "财务科"],
            ["二、做好网站管理。", "2.及时更新网站信息。", "办公室"],
            ["二、做好网站管理。", "3.及时回复网民留言。", "各科室"],
            ["二、做好网站管理。", "4.更新公众号信息。", "办公室牵头,各科室配合"]]
    assert _table_tasks(rows) == [("1.按时公开部门预算。", ("财务科",), ""), ("2.及时更新网站信息。", ("办公室",), ""),
                                  ("3.及时回复网民留言。", ("各科室",), ""),
                                  ("4.更新公众号信息。", ("办公室", "各科室"), "")]


def test_a_pasted_row_short_of_its_merged_group_cell_takes_it_from_above():
    text = "\n".join(["工作任务 | 具体要求 | 责任部门 |", "一、做好财务公开。 | 1.按时公开部门预算。 | 财务科 |",
                      "二、做好网站管理。 | 2.及时更新网站信息。 | 办公室 |", "3.及时回复网民留言。 | 各科室 | |",
                      "4.更新公众号信息。 | 办公室牵头,各科室配合 | |"]) + "\n"
    tasks = parse_notice(text.encode("utf-8"), year=2024).tasks
    assert [(t.no, t.departments) for t in tasks] == [
        (1, ("财务科",)), (2, ("办公室",)), (3, ("各科室",)), (4, ("办公室", "各科室"))]
    assert [s.title for s in parse_notice(text.encode("utf-8"), year=2024).sections] == ["做好财务公开", "做好网站管理"]


def test_a_task_column_merged_down_without_numbered_requirements_stays_the_task():
    rows = [["工作任务", "具体要求", "责任部门"],
            ["一、做好财务公开。", "按时公开部门预算。", "财务科"],
            ["二、做好网站管理。", "及时更新网站信息。", "办公室"],
            ["二、做好网站管理。", "及时回复网民留言。", "各科室"]]
    # (round 46-47: the 具体要求 beside the task are its text after its name, the merged task's rows in turn)
    assert [(text, units) for text, units, _ in _table_tasks(rows)] == [
        ("一、做好财务公开。按时公开部门预算。", ("财务科",)),
        ("二、做好网站管理。及时更新网站信息。及时回复网民留言。", ("办公室", "各科室"))]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_places_named_with_a_magnitude_character_are_units():
    from tz_excel.tables import _organisation

    assert [_organisation(w) for w in ("万盛街道", "万东镇", "十堰市", "万所", "亿元", "千余所")] == [
        True, True, True, False, False, False]
    text = "\n".join(["某区2026年民生实事", "序号", "事项名称", "责任单位", "事项内容", "1", "建设城区便民生活圈",
                      "万盛街道", "东林街道", "万东镇", "完成城区便民生活圈建设,提升服务设施便捷度。", "2",
                      "实施老旧小区改造工程", "住房城乡建设局", "完成老旧小区改造;更新老旧电梯50台。"]) + "\n"
    tasks = parse_notice(text.encode("utf-8"), year=2026).tasks
    assert [t.departments for t in tasks] == [("万盛街道", "东林街道", "万东镇"), ("住房城乡建设局",)]


def test_two_offices_run_together_split_at_one_named_alone_in_another_row():
    rows = [["检查场所类别", "时间安排", "责任单位"], ["网吧", "8月份", "文化站 派出所市场所"],
            ["农贸市场", "9月份", "市场所"], ["道路交通", "10月份", "县公安局交警大队"], ["客运站", "11月份", "交警大队"]]
    assert [units for _, units, _ in _table_tasks(rows)] == [
        ("文化站", "派出所", "市场所"), ("市场所",), ("县公安局交警大队",), ("交警大队",)]


# ---- r32words: a tier note after a figure, its parts in brackets, a rate per day, 平米, planned costs, N月份 ----

@pytest.mark.parametrize("text, expected", [
    ("新建公共停车位300个(区级)", [(300, "个")]),
    ("加装无障碍坡道新增50处、完工30处(市级、区级)", [(50, "处"), (30, "处")]),
    ("新增托育托位80个(市区两级)", [(80, "个")]),
    ("新增80个托育托位(区级)", [(80, "个")]),
    ("建设30个村(社区)文化室", [(30, "个")]),                         # an alternate of the noun, no note
])
def test_a_tier_note_after_a_figure_leaves_the_figure(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == expected


def test_a_tier_note_is_no_part_of_the_name():
    assert [i.metric for i in extract_indicators("新增80个托育托位(区级)", 1)] == ["托育托位"]


@pytest.mark.parametrize("text, expected", [
    ("改造棚户区住房2400套(开工1800套,竣工600套),", [(2400, "套"), (1800, "套"), (600, "套")]),
    ("改造面积约26.5万平方米(开工面积20万平米,竣工面积6. 5万平米)。",
     [(26.5, "万平方米", "~"), (20, "万平米", ">="), (6.5, "万平米", ">=")]),
    # a variant of a rule in brackets, and the rule goes on: no breakdown of a target
    ("新招用人员达到职工人数20%(超过50人的企业达到10%)并签订劳动合同的,给予贷款。", []),
])
def test_a_bracket_splitting_a_figure_into_parts_is_a_note(text, expected):
    found = extract_indicators(text, 1)
    width = len(expected[0]) if expected else 2
    assert [(i.target, i.unit, i.comparator)[:width] for i in found] == expected


@pytest.mark.parametrize("text, expected", [
    ("新水厂设计供水总规模为12万吨/日。", [(12, "万吨/日", "level")]),
    ("总体规划设计供水规模20万吨/日,年内完成征地工作。", []),         # the master plan's end size
])
def test_a_capacity_per_day_is_a_level_and_a_master_plans_size_no_target(text, expected):
    assert [(i.target, i.unit, i.kind) for i in extract_indicators(text, 1)] == expected


@pytest.mark.parametrize("text, expected", [
    ("2015年计划投资1.2亿元。", []),                                 # a project's planned cost, dated
    ("完成年度计划投资50亿元。", [(50, "亿元")]),                     # the year's plan, reported against
])
def test_a_dated_planned_investment_is_a_cost_not_a_target(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == expected


def test_a_stray_space_after_a_decimal_point_is_read_only_after_words():
    assert [(i.target, i.unit) for i in extract_indicators("绿化面积3. 2万平方米。", 1)] == [(3.2, "万平方米")]
    # a list number after a stop keeps its space: 3. is no decimal point
    assert [(i.target, i.unit) for i in extract_indicators("完成改造。3. 新建2个公园", 1)] == [(2, "个")]


@pytest.mark.parametrize("text, expected", [
    ("1月份", date(2017, 1, 31)), ("2月份", date(2017, 2, 28)), ("12月份", date(2017, 12, 31)),
    ("3月", date(2017, 3, 31)),                                       # the month alone reads the same
])
def test_a_month_with_fen_is_that_months_end(text, expected):
    from tz_excel.deadlines import read_deadline

    assert read_deadline(text, 2017) == expected


# ---- r33struct: a 名称 column, a 资金来源 field, paragraphs closed by 责任单位:X。 ----

@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_table_pasted_one_cell_a_line_with_blank_lines_and_a_name_column_reads_its_columns():
    cells = ["某市2015年政府工作目标分解表", "序号", "名称", "工作任务", "主要责任单位", "主要预期目标分解(3项)",
             "1", "工业产值", "规模以上工业产值增长10%", "市经信委、统计局",
             "2", "外贸", "进出口总额增长8%以上", "市商务局、海关",
             "3", "就业", "城镇新增就业5000人", "市人社局"]
    tasks = parse_notice("\n\n".join(cells).encode("utf-8"), year=2015).tasks
    assert [(t.title, t.departments) for t in tasks] == [
        ("工业产值", ("市经信委", "统计局")), ("外贸", ("市商务局", "海关")), ("就业", ("市人社局",))]
    assert [[(i.target, i.unit) for i in t.indicators] for t in tasks] == [[(10, "%")], [(8, "%")], [(5000, "人")]]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_numbered_prose_with_blank_lines_between_paragraphs_is_read_as_before():
    text = "\n\n".join(["某县2015年重点工作安排", "1.新建道路10公里。(责任单位:县交通局)",
                       "2.改造学校3所。(责任单位:县教育局)", "名称", "3.新增绿地20公顷。(责任单位:县住建局)"])
    tasks = parse_notice(text.encode("utf-8"), year=2015).tasks
    assert [(t.no, t.departments, [(i.target, i.unit) for i in t.indicators]) for t in tasks] == [
        (1, ("县交通局",), [(10, "公里")]), (2, ("县教育局",), [(3, "所")]), (3, ("县住建局",), [(20, "公顷")])]


def test_a_field_saying_where_the_money_comes_from_gives_no_targets():
    text = "\n".join(["某市2016年惠民工程实施方案", "一、教育惠民工程",
                      "(一)农村学校改造项目。", "资金来源:中央资金60%、省级资金30%,市级财政配套500万元。",
                      "目标任务:改造农村学校12所。", "牵头单位:市教育局。", "配合单位:市财政局。",
                      "(二)学生资助项目。", "经费筹措:省级补助800万元。", "目标任务:资助学生3000人。",
                      "牵头单位:市教育局。"])
    tasks = parse_notice(text.encode("utf-8"), year=2016).tasks
    assert [(t.departments, [(i.target, i.unit) for i in t.indicators]) for t in tasks] == [
        (("市教育局", "市财政局"), [(12, "所")]), (("市教育局",), [(3000, "人")])]
    assert "资金来源:中央资金60%" in tasks[0].text                 # kept with the task for the clerk to read


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_unnumbered_paragraphs_closed_by_their_units_under_headings_are_tasks():
    text = "\n".join([
        "本报讯 记者从市政府常务会议获悉,今年的十件实事已经确定,各项任务的责任单位也已明确。",
        "改善城市交通",
        "加快主干道改造,年底前完成东环路改造工程,新建公共停车场3处,新增停车位1200个。责任单位:市城建局。",
        "新开通公交线路8条以上,更新新能源公交车100辆,方便群众出行。责任单位:市交通局、市公交公司。",
        "提升空气质量",
        "完成燃煤锅炉改造50台,减少燃煤约20万吨,城区空气优良天数明显增加。责任单位:市环保局。"])
    catalogue = parse_notice(text.encode("utf-8"), year=2016)
    assert [(t.no, t.section, t.departments) for t in catalogue.tasks] == [
        (1, 1, ("市城建局",)), (2, 1, ("市交通局", "市公交公司")), (3, 2, ("市环保局",))]
    assert [s.title for s in catalogue.sections] == ["改善城市交通", "提升空气质量"]
    assert all(t.needs_review and "责任单位" not in t.text for t in catalogue.tasks)
    assert [(i.target, i.unit) for i in catalogue.tasks[1].indicators] == [(8, "条"), (100, "辆")]


def test_a_single_paragraph_closed_by_its_units_is_no_list():
    text = "\n".join([
        "本报讯 记者从市政府常务会议获悉,今年的十件实事已经确定,各项任务的责任单位也已明确。",
        "加快主干道改造,年底前完成东环路改造工程,新建公共停车场3处,新增停车位1200个。责任单位:市城建局。",
        "会议要求,各责任单位要加强协调配合,确保各项实事按期完成,让群众得到更多实惠。"])
    with pytest.raises(NoticeParseError):
        parse_notice(text.encode("utf-8"), year=2016)


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_division_by_leader_then_lead_unit_reads_lone_paragraphs_and_co_units():
    text = "\n".join([
        "某省人民政府关于印发2010年政府工作目标责任分解的通知",
        "一、王明省长负责的工作", "全面负责省政府工作任务的落实。",
        "(一)省统计局牵头的工作", "加强统计监督,提高统计数据质量。",
        "(二)省审计厅牵头的工作", "全面加强审计监督工作。", "协同单位:省财政厅和各市人民政府。",
        "二、李强副省长负责的工作", "协助省长抓好省政府工作任务的落实。",
        "(一)省发展改革委牵头的工作", "1.编制全省年度投资计划。", "协同单位:省财政厅、省国土资源厅。",
        "2.推进重点项目建设,全年完成投资500亿元。", "协同单位:各市人民政府。",
        "(二)省教育厅牵头的工作", "1.新建农村幼儿园100所。", "2.改造薄弱学校200所。",
        "协同单位:省财政厅等省直有关部门和各市人民政府。"])
    tasks = parse_notice(text.encode("utf-8")).tasks
    assert [(t.no, t.section, t.departments, t.leaders) for t in tasks] == [
        (1, 1, ("省统计局",), ("王明",)), (2, 1, ("省审计厅", "省财政厅", "各市人民政府"), ("王明",)),
        (3, 2, ("省发展改革委", "省财政厅", "省国土资源厅"), ("李强",)), (4, 2, ("省发展改革委", "各市人民政府"), ("李强",)),
        (5, 2, ("省教育厅",), ("李强",)), (6, 2, ("省教育厅", "省财政厅", "各市人民政府"), ("李强",))]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_an_opening_sentence_before_a_unit_headings_numbered_items_is_no_task():
    text = "\n".join([
        "某省人民政府关于印发2010年政府工作目标责任分解的通知",
        "一、王明省长负责的工作",
        "(一)省统计局牵头的工作", "围绕统计改革,重点做好以下工作。", "1.加强统计监督。", "2.提高统计数据质量。",
        "(二)省审计厅牵头的工作", "1.全面加强审计监督工作。"])
    tasks = parse_notice(text.encode("utf-8")).tasks
    assert [t.title for t in tasks] == ["加强统计监督", "提高统计数据质量", "全面加强审计监督工作"]


# ---- r33words: a bare bracket of units with a zone, ‰, 3. 3% in a list, whole jurisdictions, places then
# households, a share of the work completed ----

def test_a_bare_bracket_of_units_with_a_zone_is_the_marker_and_its_figure_stays():
    text = ("关于分解落实2011年主要目标的通知\n一、主要目标\n"
            "1、工业增加值增长9%(市经信委,市政府相关部门,各县市区政府,滨江开发区)。\n"
            "2、出生率控制在7‰以内(市卫计委、市公安局,各县市区政府,滨江开发区)。\n"
            "3、能耗、排放分别下降3.5%、2. 5%和1.2%(市发改委,各县市区政府,滨江开发区)。\n")
    cat = parse_notice(text.encode("utf-8"))
    assert cat.task(1).departments == ("市经信委", "市政府相关部门", "各县市区政府", "滨江开发区")
    assert cat.task(2).departments == ("市卫计委", "市公安局", "各县市区政府", "滨江开发区")
    assert [(i.target, i.unit, i.comparator) for t in cat.tasks for i in t.indicators] == [
        (9, "%", ">="), (7, "‰", "<="), (3.5, "%", ">="), (2.5, "%", ">="), (1.2, "%", ">=")]


@pytest.mark.parametrize("line", [
    "在开发区建设创业园(工业园区、物流园区)。",          # places the item names: no sure unit beside the zones
    "推进产业集聚(高新区、经开区)",
])
def test_a_bracket_of_zones_alone_is_no_marker(line):
    from tz_excel.markers import split_marker

    assert split_marker(line) == (line, None)


@pytest.mark.parametrize("text, expected", [
    ("在全市9个县(市、区)全面开展免费孕前检查。", []),           # every county of the city: the reach
    ("在全县12个乡镇开展送戏下乡。", []),
    ("在9个县(市、区)开展免费孕前检查。", [(9, "个")]),           # no 全: the counties chosen
    ("支持全市300个村卫生室的标准化建设。", [(300, "个")]),       # the places the work builds
    ("完成全县17所乡(镇)中心幼儿园改造。", [(17, "所")]),
    ("优先支持其行政区域内1家符合条件的园区扩区。", []),          # a policy's preference, no count
])
def test_a_count_of_every_division_of_the_whole_is_scope(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == expected


@pytest.mark.parametrize("text, expected", [
    ("完成30个自然村2100户村庄改造。", [(30, "个"), (2100, "户")]),   # the places, then the households
    ("年底前完成8个小区420户改造任务。", [(8, "个"), (420, "户")]),
    ("对6个乡镇300户困难家庭进行改造。", [(300, "户")]),           # the townships only place the households
    ("完成21个镇街192个村居改造。", [(192, "个")]),               # a chain of places keeps the last
])
def test_places_then_households_are_two_measures_of_one_work(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == expected


@pytest.mark.parametrize("text, expected", [
    ("目标任务:年底完成省下达的总投资20%的任务。", [(20, "%", ">=", "level")]),
    ("完成年度计划40%的工作量。", [(40, "%", ">=", "level")]),
    ("已完成总投资15%的任务。", []),                               # a record of what is done
])
def test_a_share_of_the_work_completed_is_a_level(text, expected):
    assert [(i.target, i.unit, i.comparator, i.kind) for i in extract_indicators(text, 1)] == expected


def test_a_stray_space_after_a_decimal_point_in_a_list_of_figures():
    assert [(i.target, i.unit) for i in extract_indicators("分别下降4.8%、3. 3%和1.4%。", 1)] == [
        (4.8, "%"), (3.3, "%"), (1.4, "%")]


# ---- r34struct: a progress table pasted one cell a line with cells run over lines, a ranking numbered like the
# tasks, a result cell before a unit's name ----

_PROGRESS_CELLS = """某区2022年上半年计划执行情况
一、上半年计划执行基本情况
上半年全区经济运行总体平稳，主要指标完成情况如下。
表1:上半年主要指标完成情况
类别
指标名称
年度目标
完成情况
责任部门
经济发展
1、区域生产总值增长率
6.5%
7.1%
区发改委
2、规上工业产值占全区产值
比重
提升2个
百分点
提升1.5个百分点
区经委
区统计局
3、新增高新技术企业
20家
年度指标
区科委
4、新增上市企业
2家
1家
区金融办
区经委
民生保障
5、城镇新增就业
不少于
5000人
3200人
区人社局
"""


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_progress_table_pasted_one_cell_a_line_reads_every_row():
    # the 类别 cell merged down (written in its group's first row only), a name and a target run over two lines,
    # two units a line each, the 完成情况 results (7.1%, 年度指标) never targets nor units
    cat = parse_notice(_PROGRESS_CELLS.encode("utf-8"))
    assert [(t.no, t.departments) for t in cat.tasks] == [
        (1, ("区发改委",)), (2, ("区经委", "区统计局")), (3, ("区科委",)), (4, ("区金融办", "区经委")),
        (5, ("区人社局",))]
    assert "比重" in cat.task(2).title
    assert [(t.no, i.target, i.unit, i.comparator) for t in cat.tasks for i in t.indicators] == [
        (1, 6.5, "%", ">="), (2, 2, "个百分点", ">="), (3, 20, "家", ">="), (4, 2, "家", ">="),
        (5, 5000, "人", ">=")]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_progress_table_whose_cells_fit_their_lines_is_read_as_before():
    # the same table with every cell on one line: nothing to join, the same catalogue
    whole = (_PROGRESS_CELLS.replace("占全区产值\n比重", "占全区产值比重").replace("提升2个\n百分点", "提升2个百分点")
             .replace("不少于\n5000人", "不少于5000人"))
    one, other = parse_notice(whole.encode("utf-8")), parse_notice(_PROGRESS_CELLS.encode("utf-8"))
    assert [(t.title, t.departments, t.indicators) for t in one.tasks] == \
        [(t.title, t.departments, t.indicators) for t in other.tasks]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_ranking_numbered_like_the_tasks_is_no_task():
    # 一、 a ranking of places run on one line (no unit, no work); 二、 the tasks, each naming its lead inline
    text = ("某市1至6月份民生工程实施进度通报\n现将1至6月份实施进度通报如下:\n一、各县区实施进度综合排名\n"
            "1、甲县;2、乙区;3、丙县;4、丁区。\n二、部分项目进展情况\n"
            "1、农村道路畅通工程,牵头单位:市交通局。其中,进度较慢的为乙区。\n"
            "2、困难群众救助,牵头单位:市民政局。其中,进度较慢的为丁区。\n")
    cat = parse_notice(text.encode("utf-8"))
    assert [(t.no, t.departments) for t in cat.tasks] == [(1, ("市交通局",)), (2, ("市民政局",))]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_items_none_of_which_names_its_unit_are_all_kept():
    # the negative: no item names who answers, so the first part's items are tasks as much as the second's
    text = ("某市1至6月份民生工程实施进度通报\n一、各县区实施进度综合排名\n1、甲县;2、乙区;3、丙县。\n"
            "二、部分项目进展情况\n1、农村道路畅通工程进度较慢。\n2、困难群众救助进度较慢。\n")
    assert len(parse_notice(text.encode("utf-8")).tasks) == 5


_REPORTED = """第3版:要闻
2020年8个民生实事项目全面完成
    本报讯(记者 李明) 昨日,市政府通报全年民生实事项目落实情况。据通报,2020年8个民生实事项目全面完成。
    城乡供水提升工程。全年新建改造供水管网120公里,超额完成100公里的年度目标任务。
    老旧小区改造工程。全年改造老旧小区36个,超额完成30个的年度目标任务。
    农贸市场提升工程。全年改造农贸市场12家,完成年度目标任务。
"""


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_paragraphs_titled_after_a_reported_count_of_shishi_are_its_items():
    # a news report: a count of 实事 (个, in news words), then one paragraph an item, each opening with its short
    # title as a sentence; the page cut short of the count: the items flagged for review
    cat = parse_notice(_REPORTED.encode("utf-8"))
    assert [t.title for t in cat.tasks] == ["城乡供水提升工程", "老旧小区改造工程", "农贸市场提升工程"]
    assert all(t.needs_review for t in cat.tasks)


def test_paragraphs_without_titles_after_a_reported_count_stay_words():
    # the negative: the same report whose paragraphs open with a long sentence, no title: no list to read
    text = _REPORTED.replace("城乡供水提升工程。", "城乡供水提升工程全年推进顺利,").replace(
        "老旧小区改造工程。", "老旧小区改造工程在各区同步推进,").replace("农贸市场提升工程。", "农贸市场提升工程由各区实施,")
    with pytest.raises(NoticeParseError):
        parse_notice(text.encode("utf-8"))


# ---- r34words: 所以上 after a count, a group then its headcount, 和 then a spaced figure, 一月一签, two places'
# same measure, an enrolled count reached, 一个 as an article ----

@pytest.mark.parametrize("text, expected", [
    ("在20所以上中学开设课后托管班。", [(20, "所", ">=")]),       # 所 + 以上 after a count, not 所以
    ("在12个社区开办老年食堂。", [(12, "个", ">=")]),
    ("在12个社区开办老年食堂20个。", [(20, "个", ">=")]),         # the figure of the work: places its scope
    ("所以上述项目要加快推进。", []),                                # 所以 with no count before it
])
def test_places_a_service_is_opened_in_are_counted(text, expected):
    assert [(i.target, i.unit, i.comparator) for i in extract_indicators(text, 1)] == expected


@pytest.mark.parametrize("text, expected", [
    ("为城乡独居老人2300人全覆盖配发烟雾报警器。", [(2300, "人")]),   # the group, its headcount, what they get
    ("为困难家庭800户免费发放取暖补贴。", [(800, "户")]),
    ("为困难群众提供帮扶,惠及群众。", []),
    ("为独居老人2300人的安全负责。", []),                           # no delivery at once after the count
])
def test_a_group_named_then_its_headcount_is_those_served(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == expected


def test_a_spaced_figure_after_a_joint_is_the_second_of_the_list():
    found = extract_indicators("城镇和农村居民收入分别增长 6.5%和 7%,消费增长 5%。", 1)
    assert [(i.target, i.unit, i.kind) for i in found] == [(6.5, "%", "level"), (7, "%", "level"), (5, "%", "level")]


@pytest.mark.parametrize("text, expected", [
    ("落实“一月一调度两会两见”工作机制。", []),                    # how often: no month
    ("2021年一月一通报重点项目进展。", []),
    ("一月底前完成方案制定。", [date(2021, 1, 31)]),                 # a month still dates the work
    ("十一月一批项目集中开工。", [date(2021, 11, 30)]),
])
def test_one_month_one_round_is_a_frequency_not_january(text, expected):
    from tz_excel.deadlines import find_deadlines

    assert [d.day for d in find_deadlines(text, 2021)] == expected


@pytest.mark.parametrize("text, expected", [
    ("全市公办园覆盖率达90%,各县区公办园覆盖率达90%。", [(90, "%"), (90, "%")]),     # two places: two targets
    ("新建社区食堂10个。全市新建社区食堂10个。", [(10, "个")]),                    # one target said twice
])
def test_the_same_measure_of_two_places_is_two_targets(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == expected


@pytest.mark.parametrize("text, kind", [
    ("年底城乡居民医保参保人数达12.5万人以上。", "level"),          # how many are insured at a time
    ("完成灵活就业参保人数3000人。", "cumulative"),                 # people signed up in the year
])
def test_an_enrolled_count_reached_is_a_level(text, kind):
    assert [i.kind for i in extract_indicators(text, 1)] == [kind]


@pytest.mark.parametrize("text, expected", [
    ("打造一个集休闲购物和文化体验于一体的特色街区。", []),          # "a": the aim described, no count
    ("建成一个区级应急物资储备库。", [(1, "个")]),                   # the noun at once: a count of one
    ("新建垃圾中转站一座。", [(1, "座")]),
])
def test_one_before_a_long_description_is_an_article(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == expected


# ---- r35struct: a progress table whose cells run together with no separator, a part left without a task ----

_GLUED_TABLE = """\
某市2024年为民办实事推进情况

序号工作任务牵头单位责任单位推进落实情况
1.1新建12所社区养老服务站,新增床位600张市民政局市发展改革局、财政局,
各区(县)
    已建成养老服务站5所,新增床位210张。
1.2改造老旧小区35个市住房城乡建设局
市财政局
各区(县)    已开工20个,完成投资3000万元。
"""


def test_a_table_run_together_is_cut_at_its_units():
    parsed = read_notice(_GLUED_TABLE.encode("utf-8"))
    tasks = parsed.catalogue.tasks
    assert [(t.no, t.text, t.departments) for t in tasks] == [
        (1, "新建12所社区养老服务站,新增床位600张", ("市民政局", "市发展改革局", "财政局", "各区(县)")),
        (2, "改造老旧小区35个", ("市住房城乡建设局", "市财政局", "各区(县)")),
    ]
    # the progress after the units reports what was done: no target of the task
    assert [[(i.target, i.unit) for i in t.indicators] for t in tasks] == [[(12, "所"), (600, "张")], [(35, "个")]]
    assert all(t.needs_review for t in tasks)


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_run_together_table_with_a_group_column_gives_its_group_a_section():
    text = ("2023年重点工作完成情况\n类别序号重点督办内容牵头单位全年完成情况\n"
            "主要预期目标1地区生产总值增长5%左右。区发展改革委全区地区生产总值增长4.2%,完成调整后目标。\n"
            "主要预期目标2一般公共预算收入增长3%左右。区财政局全年完成收入120亿元,增长3.5%。\n")
    catalogue = parse_notice(text.encode("utf-8"))
    assert [s.title for s in catalogue.sections] == ["主要预期目标"]
    assert [(t.no, t.departments, [(i.target, i.unit) for i in t.indicators]) for t in catalogue.tasks] == [
        (1, ("区发展改革委",), [(5, "%")]), (2, ("区财政局",), [(3, "%")])]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_spaced_header_or_a_name_run_is_no_run_together_table():
    # a title naming columns' words is no header: fewer than three names, or words no column has
    from tz_excel.tables import _glued_heads

    assert _glued_heads("序号工作任务牵头单位责任单位推进落实情况") == ("no", "task", "lead", "units", "other")
    assert _glued_heads("重点工作任务牵头单位") is None               # no 序号
    assert _glued_heads("关于印发重点工作任务分工方案的通知") is None
    text = ("序号 工作任务 牵头单位 责任单位\n1 新建12所社区养老服务站 市民政局 市财政局\n"
            "2 改造老旧小区35个 市住建局 市财政局\n")
    assert [t.departments for t in parse_notice(text.encode("utf-8")).tasks] == [
        ("市民政局", "市财政局"), ("市住建局", "市财政局")]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_part_left_without_a_task_leaves_the_catalogue():
    text = ("某县民生工程进度通报\n一、各乡镇综合排名\n1、甲镇;2、乙镇;3、丙乡。\n二、部分项目进展情况\n"
            "1、学前教育促进,牵头单位:县教体局。\n2、村卫生室建设,牵头单位:县卫健委。\n")
    assert [s.title for s in parse_notice(text.encode("utf-8")).sections] == ["部分项目进展情况"]
    # a part heading the groups under it stays (二、重点工作 / 打造…桥头堡 / 1.…)
    text = ("一、主要目标\n1.地区生产总值增长6%。(责任单位:区发改局)\n二、区政府重点工作\n\n打造临空经济桥头堡\n\n"
            "2.推动产业集聚。(牵头单位:区发改局)\n")
    assert [s.title for s in parse_notice(text.encode("utf-8")).sections] == ["主要目标", "区政府重点工作", "打造临空经济桥头堡"]


# -- round thirty-five, words: a leader before the units of a head marker, 分工负责, targets reported against the
# year's target, 人内 under a cap, the month an inspection found something ------------------------------------------


def test_a_head_marker_may_name_its_leader_before_the_lead_and_co_units():
    text = ("关于落实重点工作的通知\n"
            "1、建设物流园区\n"
            "由张某某副县长负责,县商务局牵头,相关部门配合,加快完成园区规划。\n"
            "2、推进管网改造\n"
            "由李某县长负责,县住建局牵头,县财政局配合,按程序完成项目报批。\n"
            "3、办好农产品展会\n"
            "县农业局牵头,县商务局配合,办好年度展会。\n").encode("utf-8")
    cat = parse_notice(text, year=2024)
    assert [t.departments for t in cat.tasks] == [("县商务局", "相关部门"), ("县住建局", "县财政局"),
                                                  ("县农业局", "县商务局")]
    assert [t.leaders for t in cat.tasks] == [("张某某",), ("李某",), ()]


@pytest.mark.parametrize("marker, departments", [
    ("县发改局牵头,各乡镇政府、县政府有关工作部门分工负责", ("县发改局", "各乡镇政府", "县政府有关工作部门")),
    ("县发改局牵头,县财政局分工落实", ("县发改局", "县财政局")),
    ("县发改局牵头,相关部门配合", ("县发改局", "相关部门")),              # the co-operators, as written
    ("县发改局会同有关部门负责", ("县发改局",)),                           # "and others": as before
    ("县发改局等有关部门按职责分工负责", ("县发改局",)),
])
def test_division_of_work_is_a_role_phrase_and_a_generic_co_group_is_kept(marker, departments):
    assert split_departments(marker) == departments


@pytest.mark.parametrize("text, expected", [
    ("全年新建社区食堂36个,超额完成30个的年度目标任务;新增托位1.2万个,超额完成1万个的年度目标任务。",
     [(30, "个"), (1, "万个")]),                                       # the year's targets, not the results
    ("全年建成公厕共8座并投入使用,新增处理能力200吨/天,完成年度目标任务。", []),   # results only
    ("新建社区食堂36个,确保完成年度目标任务。", [(36, "个")]),              # a plan's words: the count is its target
])
def test_a_result_reported_against_the_years_target_is_no_target(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == expected


@pytest.mark.parametrize("text, expected", [
    ("城镇登记失业人数控制在8200人内。", [(8200, "人", "<=")]),
    ("会议数量控制在3个内。", [(3, "个", "<=")]),
    ("城镇登记失业人数控制在8200人以内。", [(8200, "人", "<=")]),           # as before
    ("组织培训200人内容涵盖急救。", [(200, "人", ">=")]),                   # 内容: no bound
])
def test_a_count_capped_within_is_at_most(text, expected):
    assert [(i.target, i.unit, i.comparator) for i in extract_indicators(text, 1)] == expected


@pytest.mark.parametrize("text, expected", [
    ("其中,9月份督查暗访发现问题整改不到位的为城南区。", []),             # when an inspection found it: past
    ("6月检查中发现的隐患已交办。", []),
    ("9月底前完成督查发现问题整改。", [date(2021, 9, 30)]),                  # a deadline with its 前 stays one
])
def test_the_month_an_inspection_found_something_is_no_deadline(text, expected):
    from tz_excel.deadlines import deadlines_in_text

    assert [d.day for d in deadlines_in_text(text, 2021)] == expected


# -- round thirty-five, words (targets): a plant's design capacity, storeys, sessions in 期, the places a work
# reaches and the people it serves, a size naming which villages, a bracketed alternative unit, days kept at ------


@pytest.mark.parametrize("text, expected", [
    ("在城东镇新建设计日供水规模为8000立方米水厂一座。", [(8000, "立方米", "level"), (1, "座", "cumulative")]),
    ("新建污水处理厂,设计处理规模2万吨。", [(2, "万吨", "level")]),
    ("总体规划设计规模30万吨/日,年内完成征迁。", []),                      # a master plan's end: as before
])
def test_a_plants_design_capacity_is_a_level(text, expected):
    assert [(i.target, i.unit, i.kind) for i in extract_indicators(text, 1)] == expected


@pytest.mark.parametrize("text, expected", [
    ("新建职工公寓,建筑内容共9层、120套。", [(120, "套")]),               # the storeys describe the building
    ("主楼地上18层,年内完工。", []),
    ("年内完成主体结构8层以上。", [(8, "层")]),                             # the storeys the works rise to
])
def test_a_buildings_storeys_are_no_target(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == expected


@pytest.mark.parametrize("text, expected", [
    ("开展“订单式”培训不少于6期。", [(6, "期")]),                           # sessions of a course
    ("举办创业培训班12期。", [(12, "期")]),
    ("完成园区一期工程建设。", []),                                          # 一期 in words: a phase
    ("完成二期3座厂房建设。", [(3, "座")]),
])
def test_sessions_are_counted_in_qi(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == expected


@pytest.mark.parametrize("text, expected", [
    ("实施农村供水保障行动,覆盖120个行政村,新增受益人口15万。", [(120, "个"), (15, "万人")]),
    ("聚焦120个行政村开展整治。", []),                                       # scope: as before
    ("项目建成后受益人口约3万。", []),                                       # 约: an estimate of the effect
])
def test_places_a_work_reaches_and_people_it_serves_are_counted(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == expected


@pytest.mark.parametrize("text, expected", [
    ("新建200家以上文化礼堂,实现三百人口规模以上村全覆盖。", [(200, "家")]),   # which villages, by size
    ("实现1000人以上行政村卫生室全覆盖。", []),                              # as before
])
def test_a_population_size_naming_which_villages_is_no_count(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == expected


@pytest.mark.parametrize("text, expected", [
    ("建设筹集保障性租赁住房1.5万套(间)以上。", [(1.5, "万套", ">=")]),
    ("建设筹集保障性租赁住房1.5万套以上。", [(1.5, "万套", ">=")]),        # as before
])
def test_a_bracketed_alternative_unit_keeps_the_bound(text, expected):
    assert [(i.target, i.unit, i.comparator) for i in extract_indicators(text, 1)] == expected


@pytest.mark.parametrize("text, kind", [
    ("全年空气质量优良天数保持300天以上。", "level"),                        # the figure kept at
    ("全年优良天数不少于202天。", "cumulative"),                             # days counted up: as before
])
def test_days_kept_at_a_figure_are_a_level(text, kind):
    assert [i.kind for i in extract_indicators(text, 1)] == [kind]


# -- r36struct: a 民生实事 progress table pasted one cell a paragraph, its name cell a heading and a sentence, a row
# short of the cells merged down from the row above; a 项目内容 cell's points a paragraph each ----------------------

_MERGED_PROGRESS = """某区2023年民生实事项目上半年推进情况汇总表
序号
实事名称
指标任务
责任单位
实施点位
完成时限
进展情况
下步计划
1
一、老年人健康服务提升。
为全区老年人提供健康服务,建立健康档案。
完成老年人免费体检6000人以上
区卫健委
全区12家社区卫生服务中心
10月底
截至6月底已体检3500人,完成任务数的58%
持续推进体检工作
2
完成老年人上门随访2000人次
全区12家社区卫生服务中心
12月底
截至6月底已随访900人次
加快随访进度
3
二、城市停车设施建设
新增公共停车位800个。
区住建局
城区5个片区
11月底
已完成选址,开工3处
力争9月底前完成主体施工
4
三、背街小巷改造
改造背街小巷25条
区城管局
全区8个街道
12月底
已完成改造10条,完成进度40%
加快施工进度
"""


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_short_row_of_a_progress_table_takes_the_merged_cells_from_the_row_above():
    # row 2 begins at 指标任务: its name and units merged down from row 1; places, progress and plans no targets
    cat = parse_notice(_MERGED_PROGRESS.encode("utf-8"))
    assert [(t.no, t.departments, t.due) for t in cat.tasks] == [      # 12月底: the year's end, no deadline of its own
        (1, ("区卫健委",), date(2023, 10, 31)), (2, ("区卫健委",), None),
        (3, ("区住建局",), date(2023, 11, 30)), (4, ("区城管局",), None)]
    assert [(t.no, i.target, i.unit) for t in cat.tasks for i in t.indicators] == [
        (1, 6000, "人"), (2, 2000, "人次"), (3, 800, "个"), (4, 25, "条")]
    assert cat.task(1).title.startswith("老年人健康服务提升") and cat.task(3).title.startswith("城市停车设施建设")


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_progress_table_whose_rows_are_whole_merges_nothing():
    # row 2 writing its own name and units: nothing merged, the same targets and units as its cells say
    whole = _MERGED_PROGRESS.replace("2\n完成老年人上门随访2000人次\n", "2\n老年人上门随访\n完成老年人上门随访2000人次\n区卫健委\n")
    cat = parse_notice(whole.encode("utf-8"))
    assert [(t.no, t.departments) for t in cat.tasks] == [
        (1, ("区卫健委",)), (2, ("区卫健委",)), (3, ("区住建局",)), (4, ("区城管局",))]
    assert [(t.no, i.target, i.unit) for t in cat.tasks for i in t.indicators] == [
        (1, 6000, "人"), (2, 2000, "人次"), (3, 800, "个"), (4, 25, "条")]
    assert "未写的单元格" not in cat.task(2).review


_POINTS_PROGRESS = """某县民生实事项目进展情况汇总表
序号
项目内容
牵头单位
落实情况
1
新建城乡公交候车亭20个。
县交通局
已完成12个。
2
1)完成农村危房改造300户;
2)完成老旧小区改造5个。
县住建局
1)已完成危房改造260户;
2)已完成改造3个。
"""


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_content_cells_points_a_paragraph_each_stay_one_cell():
    # 2) after 1)…; is the same 项目内容 cell: its target kept, the 落实情况 cell's progress figures none
    cat = parse_notice(_POINTS_PROGRESS.encode("utf-8"))
    assert [(t.no, t.departments) for t in cat.tasks] == [(1, ("县交通局",)), (2, ("县住建局",))]
    assert [(t.no, i.target, i.unit) for t in cat.tasks for i in t.indicators] == [
        (1, 20, "个"), (2, 300, "户"), (2, 5, "个")]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_cell_after_a_point_not_going_on_with_it_is_the_next_column():
    # the progress cell after a one-point content cell opens with its own 1): not the content's point 2
    one = _POINTS_PROGRESS.replace("2)完成老旧小区改造5个。\n", "")
    cat = parse_notice(one.encode("utf-8"))
    assert [(t.no, i.target, i.unit) for t in cat.tasks for i in t.indicators] == [(1, 20, "个"), (2, 300, "户")]


# -- round thirty-six, words: counts of places, users and people read in the shapes of its first run ---------------


@pytest.mark.parametrize("text, expected", [
    ("新修乡村道路50公里,山区800个行政村通公交。", [(50, "公里"), (800, "个")]),   # places connected
    ("其中15个县城实现供水一体化。", [(15, "个")]),                         # a sub-count the task delivers
    ("目前山区800个行政村通公交。", []),                                   # how things stand: no count
    ("新建学校6所,其中4所小学。", [(6, "所")]),                            # a breakdown, no verb: as before
])
def test_a_count_opening_its_clause_after_a_region_or_qizhong(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == expected


@pytest.mark.parametrize("text, expected", [
    ("推进12个县森林城市创建工作。", [(12, "个")]),                         # the places taken through 创建
    ("开展5个园林都市创建验收。", [(5, "个")]),                             # 都 in 都市 quantifies nothing
    ("推进A、B等12个示范区创建。", []),                                     # a list it only names: as before
    ("6个指标都实现达标。", []),                                           # 都 that quantifies: as before
])
def test_places_carried_through_a_chuangjian_are_counted(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == expected


def test_places_joined_up_are_counted_up():
    indicators = extract_indicators("实现80个县医院检查结果互联互通。", 1)
    assert [(i.target, i.unit, i.kind) for i in indicators] == [(80, "个", "cumulative")]


@pytest.mark.parametrize("text, expected", [
    ("新增城乡通燃气人口35万。", [(35, "万人", ">=", "cumulative")]),       # people a service adds
    ("开展“便民卡”推广,新增12万用户,会员总数达到60万。",
     [(12, "万用户", ">=", "cumulative"), (60, "万", ">=", "level")]),      # users signed up; a total reached
    ("常住人口35万。", []),                                                # no word of the work: as before
    ("建设服务50万用户的平台。", []),                                       # before a noun: no count delivered
])
def test_people_users_and_totals_named_before_their_scale(text, expected):
    assert [(i.target, i.unit, i.comparator, i.kind) for i in extract_indicators(text, 1)] == expected


@pytest.mark.parametrize("text, expected", [
    ("完成城乡学校结对帮扶2所(甲小学结对乙小学)。", [(2, "所")]),           # a note naming what is counted
    ("新建口袋公园3个(东湖公园、西山公园、南园)。", [(3, "个")]),
    ("整治1亩以下(不含1亩)的地块。", []),                                   # a threshold: as before
])
def test_a_bracket_naming_what_is_counted_keeps_the_count(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == expected


def test_an_item_number_after_a_stop_is_no_bare_figure():
    text = "1)完成农民技能培训300人;2)完成大专及以上学历提升120人。"
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == [(300, "人"), (120, "人")]
    assert [i.target for i in extract_indicators("完成棚改项目(目标:5)。", 1)] == [5]   # as before


# -- round thirty-seven, structure: groups without numerals, a progress report's spaced rows, a signature date, ------
# -- an office's own list named by the title -------------------------------------------------------------------

_GROUPS_RESTARTING = """\
青川县2022年惠民实事完成啦
2022-12-30   青川发布

改善群众出行条件

  1.新建乡村公路30公里。

  2.改造城区道路路口5处。

提升医疗服务水平

1.新增病床200张。

2.建成社区卫生服务站3个。
"""


def test_numbering_restarting_under_unnumbered_headings_keeps_the_first_group():
    parsed = read_notice(_GROUPS_RESTARTING.encode())
    cat = parsed.catalogue
    assert [s.title for s in cat.sections] == ["改善群众出行条件", "提升医疗服务水平"]
    assert [(t.no, t.section) for t in cat.tasks] == [(1, 1), (2, 1), (3, 2), (4, 2)]
    assert [i.target for t in cat.tasks for i in t.indicators] == [30, 5, 200, 3]
    assert any("已按出现顺序统一编为1至4号" in w for w in parsed.warnings)
    assert cat.title == "青川县2022年惠民实事完成啦"


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_the_notices_first_line_right_above_the_items_is_no_group_heading():
    # the title itself stands right above 1. 2.: it stays the notice's title, never a part (as before)
    text = ("青川县2022年惠民实事\n1.新建乡村公路30公里。\n2.改造城区道路路口5处。\n提升医疗服务水平\n"
            "1.新增病床200张。\n2.建成社区卫生服务站3个。\n")
    cat = parse_notice(text.encode())
    assert cat.title == "青川县2022年惠民实事"
    assert [s.title for s in cat.sections] == ["提升医疗服务水平"]


def test_an_annex_field_above_the_items_is_no_group_heading():
    # 附件:1. … names the annex; the plan's own parts follow (as before)
    text = ("关于印发2025年重点任务的通知\n各单位:\n现将有关事项通知如下。\n附件:1. 2025年重点任务分解表\n"
            "2. 2025年民生实事分解表\n青川县人民政府\n一、经济发展\n1.地区生产总值增长5%。(责任单位:县发改局)\n")
    cat = parse_notice(text.encode())
    assert [s.title for s in cat.sections] == ["经济发展"]
    assert cat.title == "关于印发2025年重点任务的通知"


_PROGRESS_SPACED = """\
2023年一季度区政府重点工作完成情况
序号 目标任务 牵头责任部门 进展情况 存在问题  完成时限
1 规模以上工业增加值增长8% 经信局 一季度增长5.1%,完成率64%。  3月底
2 新建保障性住房300套 住建局 已开工120套。 用地指标不足,进度偏慢。
下一步:加快办理用地手续。
  6月底
3 城镇新增就业2000人 人社局 已新增就业650人。   3月底
"""


def test_a_spaced_progress_report_reads_units_and_deadline_and_leaves_progress_out():
    cat = parse_notice(_PROGRESS_SPACED.encode())
    assert [(t.no, t.departments, t.due) for t in cat.tasks] == [
        (1, ("经信局",), date(2023, 3, 31)), (2, ("住建局",), date(2023, 6, 30)), (3, ("人社局",), date(2023, 3, 31))]
    assert [(t.no, i.target, i.unit) for t in cat.tasks for i in t.indicators] == [
        (1, 8, "%"), (2, 300, "套"), (3, 2000, "人")]               # the progress figures are no targets


def test_a_spaced_table_ending_with_its_units_is_read_as_before():
    text = ("2023年重点工作任务分解表\n序号 工作任务 完成时限 责任单位\n1 新建保障性住房300套 6月底 住建局\n"
            "2 城镇新增就业2000人 12月底 人社局\n")
    cat = parse_notice(text.encode())
    assert [(t.no, t.departments, t.due) for t in cat.tasks] == [
        (1, ("住建局",), date(2023, 6, 30)), (2, ("人社局",), None)]              # None: the year's end


_SIGNED_OFF = """\
关于做好2023年重点项目推进工作的通知
各镇人民政府,区各部门:
1.明确推进责任。各部门要及时了解项目进展情况。
2.加强督查考核。区督查室要定期通报项目推进情况。
附件:
青川县人民政府
2023年3月4日
"""


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_the_notices_signature_date_is_no_deadline_of_its_last_item():
    cat = parse_notice(_SIGNED_OFF.encode())
    assert [t.due for t in cat.tasks] == [None, None]
    assert cat.tasks[-1].text == "加强督查考核。区督查室要定期通报项目推进情况。"
    assert cat.date == "2023-03-04"


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_date_line_going_on_with_an_unfinished_item_stays_the_items():
    # the item's sentence runs on to the date: no signature, the line is the item's text (as before)
    text = "2023年重点工作\n1.新建保障性住房300套。\n2.城镇新增就业2000人,完成时间\n2023年6月30日\n"
    cat = parse_notice(text.encode())
    assert cat.tasks[-1].text == "城镇新增就业2000人,完成时间2023年6月30日"


def test_a_title_naming_an_office_gives_its_list_the_office():
    text = "市卫生健康委2021年为民办实事\n1.新建社区卫生服务站3个。\n2.新增家庭医生签约5000人。\n"
    parsed = read_notice(text.encode())
    assert [(t.departments, t.needs_review) for t in parsed.catalogue.tasks] == [(("市卫生健康委",), True)] * 2
    assert any("按标题所列单位推定" in w for w in parsed.warnings)


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
@pytest.mark.parametrize("title", ["市人民政府2021年为民办实事", "2021年为民办实事", "市卫生健康委关于印发2021年工作要点的通知"])
def test_a_title_naming_no_office_of_its_own_gives_no_unit(title):
    cat = parse_notice(f"{title}\n1.新建社区卫生服务站3个。\n2.新增家庭医生签约5000人。\n".encode())
    assert [t.departments for t in cat.tasks] == [(), ()]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_items_naming_their_units_keep_them_under_an_office_title():
    text = "市卫生健康委2021年重点工作\n1.新建社区卫生服务站3个。(责任单位:基层卫生科)\n2.新增家庭医生签约5000人。\n"
    cat = parse_notice(text.encode())
    assert [t.departments for t in cat.tasks] == [("基层卫生科",), ()]


# -- round thirty-seven, words: a level bound 及以下, a programme's breakdown by kind and its tally ----------------


@pytest.mark.parametrize("text, expected", [
    ("2022年PM10平均浓度在80至90微克/立方米之间的甲镇、乙乡的PM10平均浓度均下降至目标值80微克/立方米及以下。",
     [(80, "微克/立方米", "<=", "level")]),                                  # the band selects; the target bounds
    ("全县二氧化氮平均浓度下降至35微克/立方米及以下。", [(35, "微克/立方米", "<=", "level")]),
    ("对职工100人及以下的企业给予补贴。", []),                                # a threshold saying which ones: as before
    ("在2022年浓度低于50微克/立方米的丙镇确保不出现反弹。", []),               # a past band, no target: as before
])
def test_a_level_brought_down_to_a_bound_said_jiyixia(text, expected):
    assert [(i.target, i.unit, i.comparator, i.kind) for i in extract_indicators(text, 1)] == expected


def test_a_level_brought_down_is_named_by_its_measure():
    [indicator] = extract_indicators("臭氧平均浓度下降至目标值150微克/立方米及以下。", 1)
    assert indicator.metric == "臭氧平均浓度"


_PROGRAMME = ("我县2023年重点项目包括省级重点项目、市级重点项目和县级项目三类,共60项,总投资300亿元,"
              "完成年度计划投资45.5亿元。按项目类别分:省级重点项目8项,年度计划投资12亿元;市级重点项目20项,"
              "年度计划投资18亿元,县级项目32项,年度计划投资15.5亿元。")


def test_a_programme_split_by_kind_describes_the_whole():
    # the tally of the kinds named by 包括 and the per-kind counts and planned amounts are description; the
    # investment the programme must complete is the target
    assert [(i.target, i.unit) for i in extract_indicators(_PROGRAMME, 1)] == [(45.5, "亿元")]


@pytest.mark.parametrize("text, expected", [
    ("按项目类别分:省级重点项目8项,年度计划投资12亿元。", [(8, "项"), (12, "亿元")]),    # no whole given before
    ("全年完成投资50亿元。按季度分:一季度完成10亿元。", [(50, "亿元"), (10, "亿元")]),   # a schedule, not kinds
    ("全年实施民生实事项目,包括教育、医疗等,共计20项。", [(20, "项")]),              # what the year implements
])
def test_what_is_no_breakdown_of_a_programme_stays(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == expected


# -- review of rounds thirty to thirty-seven ---------------------------------------------------------------

@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_table_read_by_its_content_after_a_progress_report_reads_its_own_rows():
    report = ("序号 目标任务 牵头责任部门 进展情况 完成时限\n"
              "1 地区生产总值增长10% 区发改委 已上报季度数据 3月底\n"
              "2 固定资产投资增长15% 区发改委 已完成入库 3月底\n")
    plain = ("序号 事项描述 承办主体 时间节点\n"            # no header name says which column holds the units
             "1 完成老旧小区改造30个 区住建局 6月底\n"
             "2 新建公园5个 区城管局 9月底\n"
             "3 新增停车位800个 区交通局 10月底\n")
    alone = parse_notice(("2023年某区重点工作\n" + plain).encode())
    after = parse_notice(("2023年某区重点工作\n" + report + "二、民生实事\n" + plain).encode())
    assert [(t.departments, t.due) for t in after.tasks[2:]] == [(t.departments, t.due) for t in alone.tasks]
    assert [t.due for t in alone.tasks] == [date(2023, 6, 30), date(2023, 9, 30), date(2023, 10, 31)]


@pytest.mark.parametrize("listed", [9, 10, 11])
def test_a_list_announced_with_bao_kuo_one_item_off_its_count_is_read_and_flagged(listed):
    items = ["推进城乡居民增收", "促进高校毕业生就业", "新建中小学校舍10所", "实施老旧小区改造100个", "新增幼儿园学位3000个",
             "建设口袋公园20个", "改造农村公路300公里", "新增养老床位500张", "巩固提升农村饮水安全", "补齐全民健身设施短板",
             "建设公共充电桩1000个"]
    text = "关于印发2024年民生实事的通知\n2024年市政府将办好10件民生实事包括," + "；".join(items[:listed]) + "。\n"
    parsed = read_notice(text.encode("utf-8"))
    assert [t.title for t in parsed.catalogue.tasks] == items[:listed]
    off = [w for w in parsed.warnings if "件数不符" in w]
    assert off == ([] if listed == 10 else [off[0]]) and (not off or f"为{listed}项" in off[0])


# -- round thirty-eight: tables pasted as progress reports, news lists with a lead, progress sheets ------------

def test_a_spaced_progress_report_whose_header_ends_with_its_progress_column_reads_units_not_results():
    text = ("2024年县重点工作一季度完成情况\n"
            "序号 重点工作任务 牵头责任单位 一季度完成情况\n"
            "1 粮食产量稳定在50万吨以上。 县农业农村局 一季度完成春播8万亩\n"
            "2 新增城镇就业3000人。 县人社局、县财政局 一季度新增就业820人\n"
            "3 建成口袋公园5个。 县住建局 已建成2个\n")
    cat = parse_notice(text.encode("utf-8"))
    assert [(t.no, t.departments) for t in cat.tasks] == [
        (1, ("县农业农村局",)), (2, ("县人社局", "县财政局")), (3, ("县住建局",))]
    assert [(i.task_no, i.target) for i in cat.indicators()] == [(1, 50), (2, 3000), (3, 5)]


def test_a_quarterly_report_pasted_with_broken_header_names_reads_leaders_and_every_units_column():
    text = ("2023年县政府重点工作责任清单进展情况汇总表(10-12月)\n"
            "序号 2023年重点工作任务 牵头  领导 牵头         责任单位 主体          责任单位 配合         责任单位 "
            "工作评价 2023年10-12月份进展情况 2024年1-3月份进度安排 备注\n"
            "41 新建社区养老服务站6个。 李  明   王晓东 县民政局 各乡镇\n"
            "县开发区\n"
            "县直有关单位 达到时序进度 已建成4个 开展2024年选址\n"
            "45 改造农村公路30公里。 王晓东 县交通运输局 有关乡镇 县财政局 已完成 完成改造32公里 做好养护\n")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cat = parse_notice(text.encode("utf-8"))
    assert [(t.no, t.departments, t.leaders) for t in cat.tasks] == [
        (41, ("县民政局", "各乡镇", "县开发区", "县直有关单位"), ("李明", "王晓东")),
        (45, ("县交通运输局", "有关乡镇", "县财政局"), ("王晓东",))]
    assert [(i.task_no, i.target) for i in cat.indicators()] == [(41, 6), (45, 30)]


def test_a_news_items_lead_paragraphs_counting_the_list_are_no_items():
    text = ("某县五项民生工程确定\n"
            "据了解,某县2021年度5项民生实事日前确定,共涉及12个小项,总投资3亿元。\n"
            "据悉,本次5件民生实事经过多次讨论,涉及教育、交通、养老等方面。\n"
            "学校建设工程。新建小学2所,改扩建幼儿园3所,新增学位1800个。\n"
            "道路畅通工程。改造农村公路40公里。10月份完成。\n"
            "养老服务工程。新建日间照料中心6处,年内投用。\n"
            "饮水安全工程。改造供水管网20公里,惠及群众3万人。\n"
            "公园绿化工程。建成口袋公园4个,新增绿地8公顷。\n")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cat = parse_notice(text.encode("utf-8"))
    assert [t.text[:6] for t in cat.tasks] == ["学校建设工程", "道路畅通工程", "养老服务工程", "饮水安全工程", "公园绿化工程"]
    assert cat.year == 2021 and cat.tasks[1].due.isoformat() == "2021-10-31"


def test_a_progress_sheet_keeps_the_paragraph_under_each_item_as_its_report_and_cuts_an_item_off_its_byline():
    text = ("2020年区政府实事项目完成情况进度表(六月份)\n"
            "2020年06月30日 来源: 某区民政局 一、新建老年日间服务中心3所\n"
            "2所完成装修,1所正在施工。\n"
            "二、为800户困难家庭实施适老化改造\n"
            "已完成改造512户,完成年度任务64%。\n"
            "三、新增养老床位200张\n"
            "新增床位150张,按计划进度正常进行。\n")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cat = parse_notice(text.encode("utf-8"))
    assert [t.no for t in cat.tasks] == [1, 2, 3]
    assert [(i.task_no, i.target) for i in cat.indicators()] == [(1, 3), (2, 800), (3, 200)]
    assert "已完成改造512户" in cat.tasks[1].text


# -- round thirty-eight: words (results after the task, enrolled stocks, commit verbs) ------------------

@pytest.mark.parametrize("text, expected", [
    # after the task's sentence, a sentence comparing with another year, opening with a year, summing up or
    # saying how far a project has come reports the result: its figures are no targets
    ("启动建设技术交易中心,技术交易合同登记额增长15%。全年完成技术合同登记382项、交易金额26亿元,与2021年持平。",
     [(15, "%")]),
    ("打造5条精品游线路,旅游产业增加值增长5%。2022年全年旅游产业增加值约46.12亿元,同比下降2.6%。",
     [(5, "条"), (5, "%")]),
    ("拆除违法建筑10万平方米。累计整治违建22处,整治面积1.48万平方米。", [(10, "万平方米")]),
    ("建成江山公园、两溪花谷。完成江山公园建设。两溪花谷整治工程完成70%。", []),
    # a heading before the task's sentence is no task: the figures after it stay targets
    ("做强集成电路产业。集成电路产业营业收入突破3000亿元,同比增长15%。", [(3000, "亿元"), (15, "%")]),
    # a plan's later sentence with words of the plan stays a target
    ("新建公园10个,改造绿道20公里。2023年底前累计建成口袋公园50个。", [(10, "个"), (20, "公里"), (50, "个")]),
    # a plan over several years writes its steps as sentences opening with a year and naming the work: targets
    ("2023年改造老旧小区30个。2024年改造老旧小区40个,2025年改造老旧小区50个。", [(30, "个"), (40, "个"), (50, "个")]),
    ("新建农村公路100公里。2023年完成60公里。", [(100, "公里"), (60, "公里")]),
    # a year over a figure with no work named, or over a tally, is the year's record
    ("进口整车5000辆以上。2022年整车进口3808辆,取得主机厂授权。", [(5000, "辆")]),
    ("聚焦先导领域,积极引进知名企业。2022年,共签约48个项目,协议引资338.91亿元。", []),
    # 同比 alone is how a plan sets growth on the year before (jingan_2023): a target, as is the amount beside it
    ("推动区域经济稳定增长。地区生产总值增长5%左右。实现全年区级一般公共预算收入同比增长3%。", [(5, "%"), (3, "%")]),
    ("推动消费升级,社零增长8%。实现社会消费品零售总额1600亿元,同比增长10%。",
     [(8, "%"), (1600, "亿元"), (10, "%")]),    # a year over a level it is to reach, or over a tally of work named, is a plan's step, not a record
    ("推动经济发展,地区生产总值增长6%。2024年地区生产总值达到800亿元,2025年达到900亿元。",
     [(6, "%"), (800, "亿元"), (900, "亿元")]),
    ("全面提升城市品质,城镇化率达到65%。2025年城镇化率达到68%。", [(65, "%"), (68, "%")]),
    ("推进园区建设,新增企业10家。2024年,共实施重点项目50个。", [(10, "家"), (50, "个")]),
])
def test_a_result_after_the_task_sentence_is_no_target(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == expected


def test_an_enrolled_headcount_is_a_level_and_visits_served_a_flow():
    found = extract_indicators("失业保险参保人数130万人以上,在校生人数2万人,完成在职参保人数6300人,"
                               "服务覆盖学生和青少年不少于100万人次。", 1)
    assert [(i.target, i.kind) for i in found] == [(130, "level"), (2, "level"), (6300, "cumulative"),
                                                   (100, "cumulative")]


@pytest.mark.parametrize("text, expected", [
    ("提质扩能40个县级医疗卫生机构,提升基层医疗机构服务能力", [(40, "个")]),
    ("选聘100名各类“产业导师”助推乡村振兴", [(100, "名")]),
    ("在3家养老机构内增设医疗机构。", [(3, "家")]),
    ("完成高安路、龙南等6家菜市场新建、改建工作。", [(6, "家")]),
    ("开展6000户特殊困难高龄、失能、残疾老年人家庭居家适老化改造", [(6000, "户")]),
    ("农村低收入人口享受扶贫小额到户贷款12亿元,新增贷款户5000户。", [(12, "亿元"), (5000, "户")]),
    ("困难群众享受补贴500元", []),                                       # what a rule pays one
    ("新建老年日间服务中心1所,社区老年人助餐服务点2个", [(1, "所"), (2, "个")]),
    ("居委会办公用房标准化改扩建20个", [(20, "个")]),
    ("为7600名高龄老人提供家庭互助服务", [(7600, "名")]),
])
def test_a_count_the_task_commits_to_is_read_from_its_sentence_alone(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == expected


# -- round thirty-nine: tables (padded leaders, a two-row header, a table glued whole) ----------------------

def _read_table_notice(text: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return parse_notice(text.encode("utf-8"))


def test_a_spaced_progress_table_reads_padded_leaders_whole_and_a_slash_as_an_empty_cell():
    cat = _read_table_notice("2023年某镇民生实事项目推进情况\n\n"
                "序号 实事工程项目 年度目标 目前进度 下一步工作措施 存在问题 责任领导 牵头部门\n"
                "1 道路改造项目 改造镇区道路12条,提升通行能力。 项目已完成。 / / 李  明 镇城建办\n"
                "2 农贸市场提升项目 改造农贸市场3个。 正在施工。 加快推进。 / 孙小红 镇经发局、镇市场监管所\n"
                "3 健身广场项目 新建健身广场2个。 项目已完成。 / / 孙小红\n"
                "赵大伟\n"
                "周  强 镇社会事业局文体条线、东湖社区\n")
    assert [t.leaders for t in cat.tasks] == [("李明",), ("孙小红",), ("孙小红", "赵大伟", "周强")]
    assert [t.departments for t in cat.tasks] == [("镇城建办",), ("镇经发局", "镇市场监管所"),
                                                  ("镇社会事业局文体条线", "东湖社区")]
    assert not cat.tasks[0].text.rstrip().endswith("/")


def test_a_two_row_header_leaves_money_and_shares_out_of_the_units():
    cat = _read_table_notice("2023年某县民生实事项目进度表\n"
                "序号 | 项目名称 | 建设规模及内容 | 总投资 | 建设起止年限 | 2023年工作计划 | 项目建设阶段 | 责任单位 | 备注 | | | |\n"
                "投资 | 工程主要形象进度 | 完成投资 | % | 主要形象进度 | | | | |\n"
                "1 | 公园提升工程 | 改造城区公园3个 | 900 | 2023 | 900 | 建成 | 450 | 50.0 | 主体施工 | 县住建局 | |\n"
                "2 | 学校食堂改造工程 | 改造学校食堂12个 | 600 | 2023 | 600 | 建成 | 600 | 100 | 完工 | 县教育局 各乡镇 | |\n"
                "3 | 农村公路工程 | 新建农村公路40公里 | 2000 | 2023 | 2000 | 完工 | 1000 | 50 | 路基完成 | 县交通局 | |\n")
    assert [t.departments for t in cat.tasks] == [("县住建局",), ("县教育局", "各乡镇"), ("县交通局",)]


def test_a_table_glued_whole_into_a_line_with_page_numbers_is_cut_into_its_rows():
    cat = _read_table_notice("某市重点任务责任分工表.docx\n"
                "1、某市推进节约用水重点任务责任分工表序号工作内容目标任务责任单位备注1加强节水宣传教育,引导市民"
                "节约用水。2023年6月底前,节水知晓率达85%以上。市水务局(市节水办)、市教育局,市总工会、市妇联等部门,"
                "各区(市)县政府(管委会)2推进公共机构节水改造,优化用水设施布局。2023年9月底前,完成改造30个。市机关事务局,市\n"
                "2、住建局、各区(市)县政府(管委会)3加强工业节水,推进企业用水审计。2023年10月底前,完成审计50家。"
                "市经信局、市水务局\n")
    assert [t.departments for t in cat.tasks] == [
        ("市水务局(市节水办)", "市教育局", "市总工会", "市妇联", "各区(市)县政府(管委会)"),
        ("市机关事务局", "市住建局", "各区(市)县政府(管委会)"),
        ("市经信局", "市水务局")]
    assert [t.due for t in cat.tasks] == [date(2023, 6, 30), date(2023, 9, 30), date(2023, 10, 31)]


# -- round thirty-nine, prose shapes: a marked part without items, bare lines, circled numbers, furniture ----------

@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_part_naming_its_units_over_a_paragraph_is_a_task_beside_parts_holding_items():
    text = ("(一)扎实推进民生工程。(市民生办牵头,市财政局、市教育局等负责)\n"
            "大力实施就业促进、教育助学、社会保障为主要内容的民生工程,不断改善人民生活。\n"
            "(二)大力实施开发式扶贫。(市扶贫办牵头)\n"
            "1.实施易地扶贫搬迁1000户。(市扶贫办负责)\n"
            "2.建设定居点5个。(市民宗委)\n"
            "(三)加强就业和社会保障工作。(市人社局牵头)\n"
            "1.完成城镇新增就业13000人。(市人社局负责)\n"
            "2.实施棚户区改造2000户。(市住建局负责)\n")
    cat = parse_notice(text.encode("utf-8"))
    assert [t.title[:6] for t in cat.tasks] == ["扎实推进民生", "实施易地扶贫", "建设定居点5", "完成城镇新增", "实施棚户区改"]
    assert cat.tasks[0].departments == ("市民生办", "市财政局", "市教育局")


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_an_announced_list_of_bare_lines_keeps_its_short_sentences():
    text = ("今年,我市将接续办好5件重点民生实事。具体包括:\n"
            "新开工改造城镇老旧小区3011万平方米。\n"
            "建设24个“渝好空间”项目。\n"
            "建成14个高品质生活服务圈。\n"
            "打造20个“标准化菜市场”。\n"
            "加装农村公路安全护栏4000公里。\n"
            "责任编辑:李茜\n")
    cat = parse_notice(text.encode("utf-8"), year=2025)
    assert [t.text[:4] for t in cat.tasks] == ["新开工改", "建设24", "建成14", "打造20", "加装农村"]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_circled_items_restarting_under_a_pair_of_group_headings_from_the_first_line_read_on():
    text = ("为农民办好民生实事\n"
            "①新建农村户用沼气20万座。\n②解决20万人的饮水安全问题。\n③硬化道路3000公里。\n"
            "为城镇居民办好民生实事\n"
            "①新增就业10万人。\n②竣工经济适用房20万平方米。\n")
    cat = parse_notice(text.encode("utf-8"), year=2007)
    assert [(t.no, t.section) for t in cat.tasks] == [(1, 1), (2, 1), (3, 1), (4, 2), (5, 2)]
    assert [s.title for s in cat.sections] == ["为农民办好民生实事", "为城镇居民办好民生实事"]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_first_line_unlike_the_next_group_heading_stays_the_title():
    text = ("民生实事安排\n"
            "①新建农村户用沼气20万座。\n②解决20万人的饮水安全问题。\n"
            "为城镇居民办好两件实事\n"
            "①新增就业10万人。\n②竣工经济适用房20万平方米。\n")
    cat = parse_notice(text.encode("utf-8"), year=2007)
    assert "民生实事安排" not in [s.title for s in cat.sections]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_picture_file_name_on_its_own_line_is_page_furniture():
    text = ("2023年区为民办实事项目完成情况\n"
            "(一)完成2家社区综合为老服务中心建设\n\n"
            "完成等4家社区综合为老服务中心建设,超额完成年度任务。\n\n2.png\n\n"
            "(二)新增养老床位250张\n\n新增378张养老床位,超额完成年度任务。\n\n图3.JPG\n")
    cat = parse_notice(text.encode("utf-8"))
    assert [t.title for t in cat.tasks] == ["完成2家社区综合为老服务中心建设", "新增养老床位250张"]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_list_reported_done_keeps_each_title_figure_and_reads_its_paragraph_as_the_result():
    text = ("2023年共安排3个为民办实事项目,3个为民办实事项目已全部完成,具体情况如下:\n"
            "(一)完成2家社区综合为老服务中心建设\n"
            "完成A、B等4家社区综合为老服务中心建设,超额完成年度任务。\n"
            "(二)新增养老床位250张\n"
            "新增378张养老床位,超额完成年度任务。\n"
            "(三)完成300户居家环境适老化改造\n"
            "完成518户居家环境适老化改造,超额完成年度任务。\n")
    cat = parse_notice(text.encode("utf-8"))
    assert [[(i.target, i.unit) for i in t.indicators] for t in cat.tasks] == [[(2, "家")], [(250, "张")],
                                                                               [(300, "户")]]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
@pytest.mark.parametrize("above", [
    "2023年10件民生实事全部完成。现将2024年重点工作通知如下:",     # last year's list done, a new list set
    "请各单位认真组织实施,确保各项目标任务圆满完成。",             # the plan's wish, nothing done yet
])
def test_a_plan_that_only_mentions_a_list_done_keeps_its_paragraphs_targets(above):
    text = f"2024年区政府重点工作\n{above}\n一、新建学校\n新建中小学3所。\n二、道路建设\n新建道路10公里。\n"
    cat = parse_notice(text.encode("utf-8"))
    assert [[(i.target, i.unit) for i in t.indicators] for t in cat.tasks] == [[(3, "所")], [(10, "公里")]]


from tz_excel.flattened import bulleted_items


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_lines_opened_by_one_bullet_are_the_items_and_a_progress_post_s_lines_under_them_reports():
    text = ("2025年街道各民生实事项目总体进展良好\n"
            "已完工项目\n"
            "☑辖区内老旧路灯改造出新工程项目\n"
            "该项目已于3月完成。\n"
            "已启动实施项目\n"
            "☑街道社区卫生服务中心改扩建主体工程项目\n"
            "该项目已于3月25日开工建设,目前主体完成约70%。\n"
            "☑建成投用巴士邻居服务点2处\n"
            "大马巷巴士邻居服务点已于2月建成投用。\n")
    cat = parse_notice(text.encode("utf-8"))
    assert [t.title for t in cat.tasks] == ["辖区内老旧路灯改造出新工程项目", "街道社区卫生服务中心改扩建主体工程项目",
                                            "建成投用巴士邻居服务点2处"]
    assert [[(i.target, i.unit) for i in t.indicators] for t in cat.tasks] == [[], [], [(2, "处")]]
    assert [t.due for t in cat.tasks] == [None, None, None]
    assert [(s.title, [t.no for t in cat.tasks if t.section == s.no]) for s in cat.sections] == \
        [("已完工项目", [1]), ("已启动实施项目", [2, 3])]


def test_two_bulleted_lines_are_no_list():
    text = "2025年重点工作\n一、建设公园10个。(市住建局负责)\n■注:本表数据为初步统计\n■以上为计划数\n"
    lines = [ln.text for ln in bulleted_items([Line(1, t) for t in text.splitlines()])]
    assert lines == text.splitlines()


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_bulleted_fields_under_a_bulleted_item_are_its_marker_not_items():
    text = ("2024年民生实事项目\n● 新建学校3所\n● 责任单位:区教育局\n● 改造老旧小区40个\n● 责任单位:区住建局\n"
            "● 新建道路10公里\n● 责任单位:区交通局\n")
    cat = parse_notice(text.encode("utf-8"))
    assert [(t.title, t.departments) for t in cat.tasks] == [
        ("新建学校3所", ("区教育局",)), ("改造老旧小区40个", ("区住建局",)), ("新建道路10公里", ("区交通局",))]


# --- round thirty-nine's words: flows of people into work, stocks, notes, breakdowns and articles ---------------

def test_people_placed_in_work_are_a_flow_and_standing_timber_a_stock():
    found = extract_indicators("下岗失业人员再就业人数达到800人,农村劳动力转移就业人数达到1000人,"
                               "森林蓄积量达到3.2亿立方米。", 1)
    assert [(i.target, i.kind) for i in found] == [(800, "cumulative"), (1000, "cumulative"), (3.2, "level")]


@pytest.mark.parametrize("text, expected", [
    # a note saying what the figure is (系…指标) leaves it at the end of its clause
    ("单位地区生产总值能耗降低17%(系国家分解指标)。", [(17, "%")]),
    # a bracket saying where the things counted lie is a note; its count of places no target
    ("消除集镇区劣Ⅴ类河道20条(分布于永利、常丰、乐余等7个村)", [(20, "条")]),
    # a length's sections in a (其中…) bracket adding up to it describe it
    ("农村公路道路改造17.6公里(其中:县道大修6公里,乡村道维修11.6公里);", [(17.6, "公里")]),
    # a count before its noun and the repair after it; a part of a breakdown that does not add up is no target
    ("农村公路90座三类桥梁加固维修(其中:县道17座、乡村道72座、建北桥)。", [(90, "座")]),
    ("颜恒线人行道及2座桥改造。", [(2, "座")]),
    # a count in the name of what is measured
    ("养老、医疗、失业、工伤和生育等五项社会保险覆盖面达到95%以上。", [(95, "%")]),
    # a note on what the figure measures between it and its noun; those the work lets benefit
    ("完成40万平方米(屋面面积)屋面防水工程,使1.2万户居民受益;", [(40, "万平方米"), (1.2, "万户")]),
    # people counted by their scale before who they are
    ("组织10万下岗失业人员免费参加培训。", [(10, "万人")]),
    ("为200万中小学生开展心理健康测评", [(200, "万人")]),
    ("为全县1.7万余名80周岁以下持证残疾人免费购买意外伤害保险", [(1.7, "万名")]),
    # copies bought, vehicles purchased, silt in 方, visits reached, service points set up, lines in the suburbs
    ("为80周岁及以上老年人投保2.5万份意外伤害保险", [(2.5, "万份")]),
    ("采购2辆负压救护车", [(2, "辆")]),
    ("河湖库塘清淤10万方、水库山塘维修10座", [(10, "万方"), (10, "座")]),
    ("从3方面推进改革", []),
    ("开展100万人次长者智能技术运用能力提升行动;", [(100, "万人次")]),
    ("建立100个园区(楼宇)健康服务点。", [(100, "个")]),
    ("推进郊区32条公交线路实现中途站点实时到站信息预报服务;", [(32, "条")]),
    ("缓解市区1200户“双困”家庭的住房困难", [(1200, "户")]),
    # a budget, what each one gets, and 一个 as "a" are no targets
    ("项目初步预算600万元。", []),
    ("为60周岁及以上老年人每人购买1份银龄安康保险", []),
    ("为老人提供一个必要的出行和应急环境", []),
    ("在兆丰社区打造一个儿童友好主题“口袋公园”", []),
    ("建成一个“城市书房”。", [(1, "个")]),          # the quoted kind alone, no theme before it: one built
    # the places and the rooms worked on in them; the households and the people moved; a site built on; the rooms
    # of a building the task builds
    ("对全县70所中小学校1658间教室照明进行护眼灯光提升", [(70, "所"), (1658, "间")]),
    ("对居住在深石山区的3000户1.2万人实施扶贫搬迁", [(3000, "户"), (1.2, "万人")]),
    ("利用宁海中学南侧约7000平方米场地筹建学生接送临时停车场", [(7000, "平方米")]),
    ("拆翻建一幢四层教学楼,共18个教室", [(18, "个")]),
    ("全市现有学校,共18个教室", []),
])
def test_round_thirty_nine_sentences_read_alone(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == expected


def test_a_title_year_in_two_digits_is_read_only_when_no_four_digit_year_is_written():
    from tz_excel.deadlines import short_year

    assert short_year("天津市06年改善城乡人民生活的二十件实事") == 2006
    assert short_year("天津市2006年改善城乡人民生活的二十件实事") == 0
    assert short_year("30年来民生实事") == 0
    # a span of years before 规划 or 远景 is the plan's length
    assert short_year("全市10年规划实施方案") == 0
    assert short_year("十四五规划和30年远景目标的实施方案") == 0


# -- round forty: a title's two-digit year, a page named by its file ---------------------------------------------


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
@pytest.mark.parametrize("title, year", [
    ("天津市06年改善城乡人民生活的二十件实事", 2006),
    ("天津市2006年改善城乡人民生活的二十件实事", 2006),
    ("改善城乡人民生活的二十件实事", 0),                     # no year at all: the office gives it (--year)
])
def test_a_title_writing_its_year_in_two_digits_dates_the_notice(title, year):
    text = f"{title}\n一、新建社区卫生服务站10个。\n二、改造农村公路100公里。\n三、新增公办幼儿园学位2000个。\n"
    assert parse_notice(text.encode("utf-8")).year == year


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_title_a_sharing_site_gives_as_a_file_name_loses_its_suffix():
    text = ("重点任务责任分工表.docx\n"
            "1.加强生活垃圾分类宣传。(责任单位:市城管委)\n2.建成分类收运体系。(责任单位:市住建局)\n")
    cat = parse_notice(text.encode("utf-8"), year=2021)
    assert cat.title == "重点任务责任分工表"
    # a title that merely mentions a format keeps its words
    kept = parse_notice(text.replace("重点任务责任分工表.docx", "重点任务责任分工表(docx)").encode("utf-8"), year=2021)
    assert kept.title == "重点任务责任分工表(docx)"


# -- round forty-one (structure): a measure line naming its unit, a deadline set by the notice's body ---------------


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_measure_line_under_a_problem_names_its_unit_after_by():
    text = ("市容环境整治情况的通报\n巡查发现存在以下问题亟待整改:\n"
            "1、北街商城户外广告破损。\n整改措施:由县住建局督促商户更换。\n"
            "2、南街人行道流动摊贩经营。\n整改措施:由联合执法工作组负责整治。\n"
            "3、河滨路有住户晾晒衣物。\n整改措施:由包片单位县文广局督促住户移走晾晒的衣物。\n"
            "4、东街绿化带堆放杂物。\n整改措施:尽快清理。\n")
    cat = parse_notice(text.encode("utf-8"), year=2015)
    assert [t.departments for t in cat.tasks] == [("县住建局",), ("联合执法工作组",), ("县文广局",), ()]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
@pytest.mark.parametrize("body, due", [
    ("请各部门立即进行整改,并于5月20日前将问题整改完成,整改情况报区政府督查室。", date(2019, 5, 20)),
    ("请各部门立即进行整改,并于5月20日前报送整改方案。", None),        # a day for reporting only
    ("请各部门立即进行整改。", None),
    ("请各部门于5月20日前完成摸底排查,建立台账。", None),            # a step of the campaign, not the items done
])
def test_a_body_sentence_setting_the_day_the_listed_items_are_done_dates_each_item(body, due):
    text = (f"关于城区环境卫生检查情况的整改通知\n{body}\n附件:存在问题\n"
            "1.春江医院北侧胡同内垃圾。(责任单位:英雄街道)\n2.天桥下路面破损。(责任单位:住建局)\n"
            "3.西侧胡同内乱堆乱放,6月10日前清理。(责任单位:执法局)\n")
    cat = parse_notice(text.encode("utf-8"), year=2019)
    assert [t.due for t in cat.tasks] == [due, due, date(2019, 6, 10)]
    assert [t.needs_review for t in cat.tasks][:2] == [due is not None] * 2


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_paragraphs_naming_their_units_under_a_numbered_heading_are_its_tasks():
    text = ("2021年县域经济考核指标目标任务情况\n按照区政府安排,对考核指标进行了分析和目标设定,具体设定情况如下:\n"
            "一、区人代会考核指标设置情况\n"
            "规模以上工业增加值:增长8%(依据区人代会目标设置,居三区第一)。责任单位:区经信局。\n"
            "服务业增加值:增长8%(依据区人代会目标设置,居三区第一)。责任单位:区发改委。\n"
            "高新技术企业数:新增10家以上(依据区人代会目标设置,居三区第一)。责任单位:区科技局。\n"
            "二、市统一下达指标设置情况\n"
            "社会消费品零售总额:由区商务局负责,全年增长10%(依据市下达目标设置),力争增速居三区前列。\n"
            "实际利用外资:由区招商局负责,全年完成5000万美元(依据市下达目标设置),力争总量居三区前列。\n")
    cat = parse_notice(text.encode("utf-8"))
    assert [s.title for s in cat.sections] == ["区人代会考核指标设置情况", "市统一下达指标设置情况"]
    assert [(t.no, t.section, t.departments) for t in cat.tasks] == [
        (1, 1, ("区经信局",)), (2, 1, ("区发改委",)), (3, 1, ("区科技局",)),
        (4, 2, ("区商务局",)), (5, 2, ("区招商局",))]
    assert all(t.needs_review for t in cat.tasks)
    # a heading over one such paragraph only, or over paragraphs naming no unit, stays as it was read
    one = text.split("服务业增加值")[0] + "二、市统一下达指标设置情况\n"
    assert len(parse_notice(one.encode("utf-8")).tasks) < 3


# -- round forty-one (r41words): a heading restated by its body, basis notes, spans of years ---------------------


@pytest.mark.parametrize("text, expected", [
    # the heading's figure said again by the body (比上年 / 同口径 as the base, the place left out) is one target;
    # a part's own figure (二产增加值增长12%) stays
    ("地区生产总值增长12%。全市生产总值达到3260亿元,增长12%。其中二产增加值1800亿元,增长12%。",
     [(12, "%"), (3260, "亿元"), (1800, "亿元"), (12, "%")]),
    # two figures of the body saying the heading's again are its parts, each a target
    ("居民收入增长8%。城镇居民人均可支配收入增长8%,农村居民人均可支配收入增长8%。", [(8, "%"), (8, "%"), (8, "%")]),
    ("财政一般预算收入增长12%,其中市本级增长10%。全市财政一般预算收入623亿元,同口径比上年增长12%,"
     "其中市本级一般预算收入111.62亿元,同口径比上年增长10%。", [(12, "%"), (10, "%"), (623, "亿元"), (111.62, "亿元")]),
    ("全社会固定资产投资增长10%以上。全年完成固定资产投资超过1650亿元,比上年增长10%以上。", [(10, "%"), (1650, "亿元")]),
    # a second measure in the same clause, its verb shared; containers in 标箱, buses in 标台
    ("港口生产实现货物吞吐量3.2亿吨,集装箱吞吐量820万标箱。", [(3.2, "亿吨"), (820, "万标箱")]),
    ("优化、新增公交线路30条,新增公交车300标台。", [(30, "条"), (300, "标台")]),
    # a span of years reached (年限) is a measure in 年
    ("劳动年龄人口平均受教育年限达到11.1年。", [(11.1, "年")]),
    ("确保土地流转合同年限达到5年以上。", []),          # a term a rule sets, no span reached
    # a bracket giving the basis a figure was set on: its figures are no targets, the one before it is
    ("人均地区生产总值:增长6%左右(依据区人代会GDP目标8.5%增速,高于省、市8%平均水平,居三区第一)", [(6, "%")]),
    ("固定资产投资162亿元,增长7%(依据区人代会目标设置,固投总量居三区第一)", [(162, "亿元"), (7, "%")]),
    # a count in a bracket after the last of a list of names says what the named place holds
    ("完成群众小学、大丰小学及华师附中小学部(18个公费班)学校建设,新增公办小学学位2430个。", [(2430, "个")]),
    ("完成东村、西村(2个村)改造。", [(2, "个")]),
])
def test_round_forty_one_sentences_read_alone(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == expected


def test_an_amount_added_on_last_year_is_what_the_year_adds():
    found = extract_indicators("城镇居民人均可支配收入比上年增加1530元,达到21200元。", 1)
    assert [(i.target, i.kind) for i in found] == [(1530, "cumulative"), (21200, "level")]


def test_a_role_stated_with_wei_closing_a_sentence_is_a_marker():
    from tz_excel.markers import read_marker, split_markers

    body, markers = split_markers("产值增长16%(依据区人代会目标设置),责任单位为区发改委;技改投资比重16.5%,责任单位为区经信局;")
    assert body == "产值增长16%(依据区人代会目标设置);技改投资比重16.5%;"
    assert [read_marker(m).departments for m in markers] == [("区发改委",), ("区经信局",)]
    # a note on the order names no one
    assert split_markers("推进改革,责任单位为牵头单位。")[1] == ()
    # after a clause naming a role itself: the second role of a line covering the items before it
    assert split_markers("2项任务的牵头单位均为区住建局,配合部门为各街道。")[1] == ()
    # a role of two words is read whole (牵头单位和责任单位为X names X, not "责任单位为X")
    body, markers = split_markers("建设学校3所,牵头单位和责任单位为区教育局。")
    assert (body, [read_marker(m).departments for m in markers]) == ("建设学校3所。", [("区教育局",)])


# -- round forty-one (merge): a paragraph closing with ",责任单位为X;" names its unit ---------------------------


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_indicator_paragraphs_closing_with_their_unit_after_a_comma_are_tasks_under_their_part():
    text = ("某区2021年考核指标目标任务情况\n"
            "一、区人代会考核指标设置情况\n"
            "规模以上工业增加值:增长8%(依据区人代会目标设置,高于省、市7.5%平均水平),责任单位为区经信局;\n"
            "服务业增加值:增长8%(依据区人代会目标设置,居三区第一),责任单位为区发改委;\n"
            "固定资产投资:固定资产投资162亿元,增长7%(依据区人代会目标设置),责任单位为区发改委;"
            "技改投资占比:占工业投资比重16.5%,责任单位为区经信局。\n")
    cat = parse_notice(text.encode("utf-8"), year=2021)
    assert [(t.no, t.departments) for t in cat.tasks] == [
        (1, ("区经信局",)), (2, ("区发改委",)), (3, ("区发改委", "区经信局"))]
    assert [(i.target, i.unit) for i in cat.tasks[0].indicators] == [(8, "%")]
    # a unit named in the middle of a paragraph that goes on after it names no unit for the whole paragraph: the
    # first paragraph is no task of its own, and the part is read as one task, as before
    inside = text.replace("责任单位为区经信局;\n服务业", "责任单位为区经信局,并按季度报送进展;\n服务业")
    assert [t.no for t in parse_notice(inside.encode("utf-8"), year=2021).tasks] == [1]


# -- round forty-two (structure): ordinal items, a meeting's decided items, a lead naming the list's unit ------


@pytest.mark.parametrize("text, expected", [
    ("第一件实事:全年新增城镇就业4万人", ("ordinal", 1)),
    ("第二项工作:改造农村公路", ("ordinal", 2)),
    ("第三条措施:新建学校", ("ordinal", 3)),
    ("第四项:新建学校", ("ordinal", 4)),
    ("第五件、新建学校", ("ordinal", 5)),
    ("第一条 为了规范管理", ("article", 1)),
])
def test_an_ordinal_with_its_noun_and_a_colon_numbers_an_item(text, expected):
    label = item_label(fold(text))
    assert (label.kind, label.number) == expected


@pytest.mark.parametrize("text", ["第一项任务是完成改造", "第一,要加强领导", "第二件事情就是抓落实", "第一批项目已开工"])
def test_an_ordinal_in_prose_numbers_nothing(text):
    assert item_label(fold(text)) is None


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_items_numbered_by_ordinals_under_a_part_are_tasks():
    text = ("某市人民政府关于办理2009年度实事的通知\n"
            "一、实事内容\n"
            "第一件实事:全年新增城镇就业4万人;下岗失业人员再就业2万人。\n"
            "第二件实事:改造建设农村公路2000公里;新建农村客运站场12个。\n"
            "第三件实事:新建、改建廉租房8万平方米。\n"
            "二、工作要求\n"
            "各单位要加强领导。\n")
    cat = parse_notice(text.encode("utf-8"), year=2009)
    assert [t.title[:8] for t in cat.tasks] == ["全年新增城镇就业", "改造建设农村公路", "新建、改建廉租房"]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_meetings_view_is_no_task_and_its_decided_items_name_their_units_as_subjects():
    text = ("关于某社区水改有关事项的会议纪要\n"
            "(二○一二年九月十二日)\n"
            "一、会议认为,某社区实行水改关系到居民群众实际利益,各有关单位要主动配合,某街道办事处要组织专门班子强力推进。\n"
            "二、会议就以下事项进行了明确:\n"
            "(一)考虑到居民强烈要求改善饮用水源的实际情况,区交通建设局负责解决水改经费30万元。\n"
            "(二)区水务局要加大对某社区水改支持力度,加快项目启动。\n"
            "(三)某街道办事处、某社区居委会要加大项目建设协调力度,确保该项目于今年年内完工。\n"
            "与会人员:张三 李四\n")
    cat = parse_notice(text.encode("utf-8"), year=2012)
    assert [t.departments for t in cat.tasks] == [
        ("区交通建设局",), ("区水务局",), ("某街道办事处", "某社区居委会")]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_lead_naming_the_unit_that_answers_for_the_list_gives_its_items_that_unit():
    text = ("为确保2009年为民办实事项目全面完成,市政府将每个实事项目落实到相关部门。\n"
            "承担实事项目的政府部门涉及市劳动和社会保障局、市房管局、市卫生局等。其中,市劳动和社会保障局承担了多个实事项目,"
            "包括:年内全市新增城镇就业8万人以上,城镇登记失业率控制在3.8%以内。\n"
            "年内市区建成200个以上“放心豆制品”专供点;完成农贸市场标准化升级10家以上。责任部门:市工商局。\n"
            "年内完成老新村综合整治80万平方米;保障廉租住房2800户以上。责任部门:市房管局。\n")
    cat = parse_notice(text.encode("utf-8"), year=2009)
    assert [t.departments for t in cat.tasks] == [("市劳动和社会保障局",), ("市工商局",), ("市房管局",)]
    # a unit that only oversees the list answers for none of its items
    overseen = "2024年民生实事\n今年的实事涉及多个部门,由市政府办公室负责统筹协调,主要有:\n1.新建学校3所。\n2.新建道路10公里。\n"
    assert [t.departments for t in parse_notice(overseen.encode("utf-8")).tasks] == [(), ()]


# -- round forty-two (words): 由X牵头 in a bracket, households by plight, thresholds, ranges per place, funds ---------


def test_you_before_the_lead_unit_in_a_bracket_is_no_part_of_its_name():
    from tz_excel.markers import read_marker

    marker = read_marker("(由省财政厅牵头,会同省民政厅、物价局等单位负责落实)")
    assert marker.departments == ("省财政厅", "省民政厅", "物价局")
    assert read_marker("由市住建局牵头").departments == ("市住建局",)


@pytest.mark.parametrize("text, expected", [
    # households named by their plight after a number in 万
    ("实现25万贫困户、110万贫困人口稳定脱贫。", [(25, "万户"), (110, "万人")]),
    ("省财政拨款14亿元启动54万农村贫困户危房改造。", [(54, "万户")]),
    # 等 closing the sentence after the last figure
    ("基本医疗保险、生育保险各扩面4万人等。", [(4, "万人")]),
    # a subsidy among the means is no rule paying; a figure under 不足 before its noun is a threshold
    ("通过实物配租、租金补贴等方式保障廉租住房2800户以上,解决户均面积不足16平方米低保家庭住房困难问题。",
     [(2800, "户")]),
    ("建设不少于10个站点。", [(10, "个")]),
    # a range of works per place is a quota, its lower end the floor; one for each stays a standard
    ("每个未改厕村建设3-5户试点厕。", [(3, "户")]),
    ("每个乡镇建成1个综合文化站。", []),
    # a count of places naming the members of one whole that is worked on
    ("深化完善核心区8个城市的区域合作体系。", []),
    ("完成10个村的污水治理。", [(10, "个")]),
    # money to be found for the work (经费) is funds, as 资金 is; funds put in place stay
    ("区交通建设局负责解决水改经费30万元。", []),
    ("落实工作经费30万元。", [(30, "万元")]),
])
def test_round_forty_two_sentences_read_alone(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == expected


def test_output_value_and_protected_land_are_levels_added_output_is_counted_up():
    kinds = [(i.target, i.kind) for text in ("全年战略性新兴产业产值突破700亿元。", "永久基本农田保护面积不低于1.587万亩。",
                                            "新增跨境电商产值10亿元以上。")
             for i in extract_indicators(text, 1)]
    assert kinds == [(700, "level"), (1.587, "level"), (10, "cumulative")]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_time_limit_closing_a_heading_run_onto_its_paragraph_dates_the_task():
    from tz_excel.catalogue import Task
    from tz_excel.deadlines import date_task

    task = Task(no=1, section=1, title="扎实推进人居环境整治提升", departments=(),
                text="扎实推进人居环境整治提升9月底前,完成农村问题户厕整改和验收,户厕运维体系覆盖率达到100%。")
    task = replace(task, indicators=extract_indicators(task.text, 1))
    assert date_task(task, "", 2022).due == date(2022, 9, 30)
    # a day set off by a comma with no limit word is a day a record is reckoned to, as before
    reckoned = replace(task, text=task.text.replace("9月底前,", "9月底,"))
    assert date_task(reckoned, "", 2022).due is None


# -- round forty-three (tables): a target table divided among places one cell a line, a glued table without 序号 -----


_DIVIDED = """二、工作要求
各乡镇要加强组织领导,确保完成下列目标。
附件:
2023年各乡镇粮食生产目标
乡镇
(街道)
| 2022年粮食产量(吨)
| 2023年粮食产量(吨)
| 粮食产量
增长率
|
东城镇
| 12000
| 12600
| 5%
|
西河乡
| 8400
| 8900.5
| 6%
|
南山
街道
| 3100
| 3250
| 4.8%
|
合计
| 23500
| 24750.5
| 5.3%
|
"""


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_table_dividing_targets_among_places_one_cell_a_line_gives_each_place_its_task():
    cat = parse_notice(_DIVIDED.encode("utf-8"), year=2023)
    assert [t.departments for t in cat.tasks] == [("东城镇",), ("西河乡",), ("南山街道",)]
    # the plan year's column and the rate are targets; the year before is the starting point, the 合计 row no task
    assert [[(i.target, i.unit) for i in t.indicators] for t in cat.tasks] == [
        [(12600, "吨"), (5, "%")], [(8900.5, "吨"), (6, "%")], [(3250, "吨"), (4.8, "%")]]
    assert all(t.indicators[1].comparator == ">=" for t in cat.tasks)


def test_a_table_of_figures_whose_first_column_names_no_places_is_no_divided_table():
    from tz_excel.tables import table_lines

    rows = [["指标", "2022年(吨)", "2023年(吨)"], ["粮食产量", "100", "120"], ["油料产量", "30", "35"],
            ["蔬菜产量", "50", "55"]]
    assert not any(entry.get("hint") == "task" for _, entry in table_lines(rows))


def test_a_divided_tables_columns_of_what_was_done_are_no_targets():
    from tz_excel.tables import table_lines

    rows = [["单位", "目标任务(个)", "已完成(个)", "完成率"], ["甲镇", "10", "5", "50%"], ["乙镇", "8", "4", "50%"],
            ["丙镇", "6", "6", "100%"], ["合计", "24", "15", "62.5%"]]
    assert [entry["text"] for _, entry in table_lines(rows) if entry.get("hint") == "task"] == [
        "1.甲镇：目标任务10个", "2.乙镇：目标任务8个", "3.丙镇：目标任务6个"]


_GLUED_STANDARDS = """某区社区服务提升责任分解表
ID:1234
时间:2020-01-02
1、通知各社区:现制定社区服务提升责任分解表,请对照标准落实。某区民政局2017年3月8日某区社区服务提升责任分解表项目名称具体标准责任单位提升社区服务服务站点布局合理,居民满意率≥90%。区民政局、各社区组织志愿服务队伍,开展邻里互助活动经常,志愿者注册率≥

2、20%。区团委、区民政局、各社区有老年活动场所,开展文体活动,建成1个以上示范点。区老龄办、各社区
"""


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_glued_table_without_numbers_is_cut_after_the_units_following_each_standard():
    cat = parse_notice(_GLUED_STANDARDS.encode("utf-8"))
    assert [t.departments for t in cat.tasks] == [
        ("区民政局", "各社区"), ("区团委", "区民政局", "各社区"), ("区老龄办", "各社区")]
    assert [[(i.target, i.unit) for i in t.indicators] for t in cat.tasks][:2] == [[(90, "%")], [(20, "%")]]
    # the notice's date is its own, never a task's due; the site's upload date is no due either
    assert cat.year == 2017 and all(t.due is None for t in cat.tasks)


# -- round forty-three, prose shapes: a part marked in its paragraph, units named after their items, ---------------
# -- 攻坚 projects with their leading groups, a meeting's decided items ----------------------------------------------

@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_first_part_whose_paragraph_ends_in_its_marker_is_a_task_titled_by_its_heading():
    text = ("(七)市级园林单位创建\n"
            "完成市下达的园林单位创建任务,全市园林单位达60%以上。责任单位:各区人民政府、市房产局,完成时间:2009年5月底前。\n"
            "(八)环境绿化建设\n"
            "1、完成森林公园建设工作。责任单位:市林业局,完成时间:2009年9月30日前。\n"
            "2、完成江滩防护林建设。责任单位:市水利局,完成时间:2009年5月10日前。3、完成大道绿化隔离带建设。"
            "责任单位:市交通局,完成时间:2009年5月10日前。\n")
    cat = parse_notice(text.encode("utf-8"))
    assert [(t.title, t.lead) for t in cat.tasks] == [
        ("市级园林单位创建", "各区人民政府"), ("完成森林公园建设工作", "市林业局"),
        ("完成江滩防护林建设", "市水利局"), ("完成大道绿化隔离带建设", "市交通局")]


def test_a_line_naming_the_units_of_the_items_before_it_gives_them_theirs():
    text = ("一、目标体系\n"
            "(一)发展目标。包括5项。\n"
            "1.地区生产总值增长15%;\n"
            "2.第三产业增加值达到1000亿元;\n"
            "2项目标的责任单位均为市发展改革委。\n"
            "3.规模以上工业销售收入达到3000亿元;\n"
            "该目标责任单位为市经委。\n"
            "(二)减排目标。\n"
            "1.化学需氧量下降4%;\n"
            "2.二氧化硫排放量下降4.2%;\n"
            "两项目标责任单位均为市环保局、市统计局。\n")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cat = parse_notice(text.encode("utf-8"))
    assert [t.departments for t in cat.tasks] == [("市发展改革委",), ("市发展改革委",), ("市经委",),
                                                   ("市环保局", "市统计局"), ("市环保局", "市统计局")]
    assert [i.target for t in cat.tasks for i in t.indicators] == [15, 1000, 3000, 4, 4.2]
    assert cat.tasks[1].indicators[0].kind == "cumulative"       # 增加值, value added: the year's flow


def test_covering_marker_reads_the_count_and_the_units():
    from tz_excel.markers import covering_marker

    assert covering_marker("4项目标的责任单位均为市发展改革委。") == (4, "市发展改革委")
    assert covering_marker("该目标责任单位为市经委。") == (1, "市经委")
    assert covering_marker("两项任务的牵头单位为市商务局。") == (2, "市商务局")
    assert covering_marker("责任单位为市经委。") is None
    # the units end at a comma: another role's units follow the lead, a word on the work is no unit
    assert covering_marker("该任务牵头部门为区住建局,配合部门为各街道。") == (1, "区住建局、各街道")
    assert covering_marker("该项工作责任单位为各镇街,要于6月底前完成。") == (1, "各镇街")
    assert covering_marker("以上8项跨越式发展责任目标分别确定了责任领导和责任单位。") is None


def test_projects_with_field_items_and_their_leading_group_are_the_tasks():
    text = ("一、重点项目和责任分工\n"
            "(一)物资大楼改造项目\n1、任务\n完成拆迁尾留工作,开工建设。\n2、项目攻坚领导小组\n"
            "组长:常务副县长\n副组长:县长助理\n成员单位:城建局、土地局、物资总公司\n"
            "(二)王寨供水工程\n1、任务\n完成基础工程。\n2、项目攻坚领导小组\n组长:副县长\n成员:水利局、王家砭镇政府\n"
            "二、工作要求\n各单位要高度重视,认真落实。\n")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cat = parse_notice(text.encode("utf-8"))
    assert [(t.title, t.departments, t.leaders) for t in cat.tasks] == [
        ("物资大楼改造项目", ("城建局", "土地局", "物资总公司"), ("常务副县长", "县长助理")),
        ("王寨供水工程", ("水利局", "王家砭镇政府"), ("副县长",))]
    assert cat.tasks[1].text == "王寨供水工程。完成基础工程。"


# -- a bare heading over its paragraph: the task's title, not run into its text -----------------------------------


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_an_items_bare_heading_over_its_paragraph_is_its_title_and_a_wrapped_line_runs_on():
    text = ("某区2022年乡村振兴重点任务\n"
            "一、全力确保粮食安全\n"
            "粮食播种面积不低于4.11万亩,正常年景粮食产量达到0.24亿斤,全面落实粮食安全党政同责。\n"
            "二、扎实推进人居环境整治提升\n"
            "9月底前,完成农村问题户厕整改和验收,户厕运维体系覆盖率达到100%,建立农村户厕改造农民参与机制。\n"
            # a line the page wrapped: its next line is no longer than it, or it ends a word half-said
            "三、加快推进城区老旧小区改造和配套设施\n"
            "建设,完成改造小区30个。\n"
            "四、加快推进城区老旧小区改造和\n"
            "配套设施建设,完成改造小区30个,惠及居民5000户以上。\n")
    cat = parse_notice(text.encode("utf-8"), year=2022)
    assert [t.title for t in cat.tasks[:2]] == ["全力确保粮食安全", "扎实推进人居环境整治提升"]
    assert cat.tasks[0].indicators[0].metric == "粮食播种面积"
    assert cat.tasks[1].due == date(2022, 9, 30)
    assert cat.tasks[2].title.startswith("加快推进城区老旧小区改造和配套设施建设,完成改造小区30个")
    assert cat.tasks[3].title.startswith("加快推进城区老旧小区改造和配套设施建设,完成改造小区30个")


# -- review (rv3_words): 各 after a list of verbs --------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    # two stages listed with no noun after them (jingan_2025): the figure is each stage's
    ("完善重大工程协调推进机制,完成开工、竣工各100万平方米。", [("开工", 100), ("竣工", 100)]),
    # a verb that is itself the first item listed is no verb said of them all
    ("新建、改建公园各10个。", [("新建", 10), ("改建公园", 10)]),
    ("新建公园、广场各2个。", [("公园", 2), ("广场", 2)]),
])
def test_each_after_a_list_of_verbs_gives_the_figure_to_each_work(text, expected):
    assert [(i.metric, i.target) for i in extract_indicators(text, 1)] == expected


@pytest.mark.parametrize("text, metric", [
    # verbs listed before the noun (新建、改扩建; 新增及优化) name the work together: the name keeps them
    ("新建、改扩建学校12所。", "新建、改扩建学校"),
    ("新增及优化调整公交线路60条以上。", "新增及优化调整公交线路"),
    # one verb of a new thing still leaves the noun alone
    ("新建公办幼儿园12所。", "公办幼儿园"),
])
def test_a_metric_named_after_a_list_of_verbs_keeps_the_list(text, metric):
    assert [i.metric for i in extract_indicators(text, 1)] == [metric]


# -- review (rv4_tables) ---------------------------------------------------------------------------------------


def test_a_year_before_the_target_head_still_heads_the_target_column():
    """2023年完成 | 2024年目标 in an indicator table: the year's plan is the target, what was done is none."""
    text = ("序号 | 指标 | 单位 | 2023年完成 | 2024年目标 | 责任单位 |\n"
            "1 | 城镇新增就业 | 人 | 2800 | 3000 | 县人社局 |\n"
            "2 | 粮食产量 | 万吨 | 30 | 31 | 县农业农村局 |\n"
            "3 | 新增市场主体 | 户 | 4000 | 5000 | 县市场监管局 |\n")
    cat = parse_notice(text.encode("utf-8"), year=2024)
    assert [[(i.target, i.unit) for i in t.indicators] for t in cat.tasks] == [[(3000, "人")], [(31, "万吨")],
                                                                             [(5000, "户")]]


def test_a_column_headed_content_alone_is_the_task_column():
    """序号 | 内容 | 单位 | …: 内容 names the task as 名称 names it; short tasks with a figure (新增公交线路5条) are tasks,
    not a column of figures, once the header names them."""
    text = ("序号 | 内容 | 单位 |\n1 | 建成智慧停车场3个 | 县城管局 |\n2 | 新增公交线路5条 | 县交通局 |\n"
            "3 | 改造农贸市场2个 | 县商务局 |\n")
    cat = parse_notice(text.encode("utf-8"), year=2024)
    assert [(t.title, t.departments) for t in cat.tasks] == [
        ("建成智慧停车场3个", ("县城管局",)), ("新增公交线路5条", ("县交通局",)), ("改造农贸市场2个", ("县商务局",))]


def test_a_total_row_under_the_last_task_is_neither_its_next_line_nor_a_task():
    """合计 | 8000 with no 序号 under task 2: the column's total, not task 2's second target."""
    text = ("序号 | 项目名称 | 年度目标 | 责任单位 |\n1 | 新增城镇就业（人） | 3000 | 县人社局 |\n"
            "2 | 农村劳动力转移就业（人） | 5000 | 县人社局 |\n | 合计 | 8000 | |\n")
    cat = parse_notice(text.encode("utf-8"), year=2024)
    assert [[i.target for i in t.indicators] for t in cat.tasks] == [[3000], [5000]]
    assert "合计" not in cat.tasks[-1].text


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
@pytest.mark.parametrize("head, places", [("建设地点", ("城关镇", "经济开发区", "城关镇")), ("实施范围", ("全县", "城区", "全县"))])
def test_a_column_of_places_is_no_column_of_units(head, places):
    """建设地点 / 实施范围 over 城关镇, 全县 …: where the work is done, not who answers for it."""
    text = (f"序号 | 项目名称 | {head} | 完成时间 |\n1 | 新建农贸市场1个 | {places[0]} | 2024年10月 |\n"
            f"2 | 建设污水处理厂1座 | {places[1]} | 2024年12月 |\n3 | 改造老旧小区10个 | {places[2]} | 2024年11月 |\n")
    cat = parse_notice(text.encode("utf-8"), year=2024)
    assert [t.title for t in cat.tasks] == ["新建农贸市场1个", "建设污水处理厂1座", "改造老旧小区10个"]
    assert [t.departments for t in cat.tasks] == [(), (), ()]


def test_a_column_headed_time_alone_gives_the_deadline():
    """序号 | 工作任务 | 责任单位 | 时间: the short header of a plain list names the deadline column."""
    text = ("序号 | 工作任务 | 责任单位 | 时间 |\n1 | 建成智慧停车场3个 | 县城管局 | 6月底 |\n"
            "2 | 新增公交线路5条 | 县交通局 | 9月底 |\n3 | 改造农贸市场2个 | 县商务局 | 12月底 |\n")
    cat = parse_notice(text.encode("utf-8"), year=2024)
    assert [t.due for t in cat.tasks] == [date(2024, 6, 30), date(2024, 9, 30), None]


def test_a_bounded_target_cell_takes_the_unit_the_item_or_column_names():
    """地区生产总值增长（%） | 6左右: the unit goes after the figure, before 左右 (6%左右), as it does for a bare 26000;
    a unit column's % likewise (4.5以内 | % → 4.5%以内). Before, the bounded cell stayed 6左右 and gave no target."""
    text = ("序号 | 主要指标 | 单位 | 2024年目标 | 责任单位 |\n1 | 地区生产总值增长（%） | | 6左右 | 县发改局 |\n"
            "2 | 城镇调查失业率 | % | 5.5以内 | 县人社局 |\n3 | 森林覆盖率（%） | | ≥60 | 县林业局 |\n"
            "4 | 居民人均可支配收入增长（%） | | 与经济增长同步 | 县统计局 |\n")
    cat = parse_notice(text.encode("utf-8"), year=2024)
    assert [[(i.comparator, i.target, i.unit) for i in t.indicators] for t in cat.tasks] == [
        [("~", 6, "%")], [("<=", 5.5, "%")], [(">=", 60, "%")], []]


@pytest.mark.parametrize("item, figure, expected", [
    ("5G基站（个）", "5", (5, "个")),                             # 5G names the thing
    ("60岁以上老年人健康管理率（%）", "60", (60, "%")),               # 60岁 is an age
    ("完成征缴基金10000万元", "10000", (10000, "万元")),             # the item states its own target: kept
])
def test_a_number_naming_a_thing_or_an_age_does_not_state_the_target(item, figure, expected):
    text = (f"序号 | 指标名称 | 目标值 | 责任单位 |\n1 | {item} | {figure} | 县工信局 |\n"
            "2 | 新增高新技术企业（家） | 10 | 县科技局 |\n3 | 新建公园（个） | 3 | 县城管局 |\n")
    cat = parse_notice(text.encode("utf-8"), year=2024)
    assert [(i.target, i.unit) for i in cat.tasks[0].indicators] == [expected]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_an_unnumbered_row_with_a_target_of_its_own_is_a_task_not_a_heading():
    """项目名称 | 年度目标 | 责任单位 without 序号, one row's units left blank: still a task with its target (a heading
    row holds no figure of its own); it was read as a section, its 500套 lost and the next task put under it."""
    text = ("项目名称 | 年度目标 | 责任单位 |\n城镇新增就业（人） | 3000 | 县人社局 |\n新建保障房（套） | 500 | |\n"
            "新增养老床位（张） | 200 | 县民政局 |\n")
    cat = parse_notice(text.encode("utf-8"), year=2024)
    assert [([i.target for i in t.indicators], t.departments) for t in cat.tasks] == [
        ([3000], ("县人社局",)), ([500], ()), ([200], ("县民政局",))]
    assert len({t.section for t in cat.tasks}) == 1


def test_a_plan_column_by_quarters_gives_the_last_quarters_end_as_the_deadline():
    """推进计划 一季度：选址；三季度：建成: the plan runs to the third quarter, so the task is due 9月底, as a plan by
    months (… 11月底前完工) is due at its last month; the quarters gave no deadline at all."""
    text = ("序号 | 工作任务 | 责任单位 | 推进计划 |\n1 | 建设体育公园1个 | 县文体局 | 3月底前完成设计；11月底前完工 |\n"
            "2 | 新建公厕20座 | 县城管局 | 一季度：选址；三季度：建成 |\n3 | 改造供水管网10公里 | 县水利局 | 上半年完成招标 |\n")
    cat = parse_notice(text.encode("utf-8"), year=2024)
    assert [t.due for t in cat.tasks] == [date(2024, 11, 30), date(2024, 9, 30), date(2024, 6, 30)]


@pytest.mark.parametrize("head", ["目标任务", "2024年目标任务"])
def test_a_target_task_column_of_texts_beside_the_name_stays_the_tasks_text(head):
    """项目名称 | (2024年)目标任务 over 新增供水人口5万人: the task's second part, with or without the year before it."""
    text = (f"序号 | 项目名称 | {head} | 责任单位 |\n1 | 城乡供水 | 新增供水人口5万人 | 县水利局 |\n"
            "2 | 农村公路 | 新改建农村公路100公里 | 县交通局 |\n3 | 棚户区改造 | 改造棚户区500户 | 县住建局 |\n")
    cat = parse_notice(text.encode("utf-8"), year=2024)
    assert [t.text for t in cat.tasks] == ["城乡供水。新增供水人口5万人", "农村公路。新改建农村公路100公里",
                                          "棚户区改造。改造棚户区500户"]


def test_a_spaced_row_with_more_units_than_units_columns_keeps_them_all():
    """序号 工作任务 牵头单位 责任单位, then 2 完成造林1万亩 县林业局 县自然资源局 各乡镇: the lead 县林业局 is no last
    word of the task; it stayed in the task's text and the task lost its lead."""
    text = ("序号 工作任务 牵头单位 责任单位\n1 新增城镇就业3000人以上 县人社局 各乡镇\n"
            "2 完成造林1万亩 县林业局 县自然资源局 各乡镇\n3 改造老旧小区15个 县住建局 县财政局\n")
    cat = parse_notice(text.encode("utf-8"), year=2024)
    assert [(t.title, t.departments) for t in cat.tasks][1] == ("完成造林1万亩", ("县林业局", "县自然资源局", "各乡镇"))


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_column_of_status_words_in_a_headerless_table_names_no_leaders():
    """1 | task | 县农业农村局 | 已完成 with no header: 已完成, 推进中, 滞后 are as short as names but report where the
    task stands; they were read as the tasks' leaders."""
    text = ("1 | 推进农村人居环境整治，完成改厕1000户 | 县农业农村局 | 已完成 |\n"
            "2 | 实施城区道路提质改造工程，改造道路10条 | 县住建局 | 推进中 |\n"
            "3 | 推进农村饮水安全巩固提升工程建设 | 县水利局 | 滞后 |\n")
    cat = parse_notice(text.encode("utf-8"), year=2024)
    assert [(t.departments, t.leaders) for t in cat.tasks] == [
        (("县农业农村局",), ()), (("县住建局",), ()), (("县水利局",), ())]


# -- review (rv4_markers) ----------------------------------------------------------------------------

@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_review_rv4_markers_a_meeting_item_closing_with_a_plain_marker_names_its_units():
    text = ("县政府常务会议研究部署2024年重点工作\n会议要求：\n"
            "一、确保全年粮食播种面积稳定在80万亩以上，县农业农村局负责。\n"
            "二、加快推进高标准农田建设5万亩，县农业农村局牵头，县财政局、县水利局配合。\n")
    cat = parse_notice(text.encode("utf-8"))
    assert [t.departments for t in cat.tasks] == [("县农业农村局",), ("县农业农村局", "县财政局", "县水利局")]
    assert [(i.target, i.unit) for i in cat.tasks[1].indicators] == [(5, "万亩")]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_review_rv4_markers_a_rectification_table_dates_its_tasks_by_its_deadline_column():
    text = ("序号 | 整改问题 | 整改措施 | 责任领导 | 责任单位 | 整改时限\n"
            "1 | 城区部分路段积水 | 新建雨水管网5公里 | 王五 | 县住建局 | 2024年9月底\n"
            "2 | 农村垃圾收运不及时 | 新增垃圾转运车20辆 | 赵六 | 县城管局、各乡镇 | 2024年6月底\n")
    cat = parse_notice(text.encode("utf-8"), year=2024)
    assert [(t.departments, t.leaders, t.due) for t in cat.tasks] == [
        (("县住建局",), ("王五",), date(2024, 9, 30)), (("县城管局", "各乡镇"), ("赵六",), date(2024, 6, 30))]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_review_rv4_markers_marker_fields_as_sentences_keep_the_co_operators_and_drop_the_progress():
    text = ("2024年重点工作任务分工\n一、工业经济\n1.规模以上工业增加值增长8%以上。牵头单位：县工信局。配合单位：县统计局。\n"
            "2.实施技改项目30个。牵头单位：县工信局。配合单位：各乡镇。进展情况：已开工12个。\n")
    cat = parse_notice(text.encode("utf-8"))
    assert [t.departments for t in cat.tasks] == [("县工信局", "县统计局"), ("县工信局", "各乡镇")]
    assert [(i.target, i.unit) for i in cat.tasks[1].indicators] == [(30, "个")]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_review_rv4_markers_brackets_of_units_with_a_deadline_field_or_a_duty_note():
    text = ("某县2024年重点工作任务\n一、就业\n1.开展就业培训1000人次。（县人社局、县农业农村局；完成时限：2024年10月底）\n"
            "2.推进改革。（县政府办公室、县发改局（按职责分工））\n")
    cat = parse_notice(text.encode("utf-8"))
    assert [(t.text, t.departments, t.due) for t in cat.tasks] == [
        ("开展就业培训1000人次。", ("县人社局", "县农业农村局"), date(2024, 10, 31)),
        ("推进改革。", ("县政府办公室", "县发改局"), None)]


# -- review (rv4_targets) ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    # a clause whose verb follows 已 after the year, the place or 目前 reports what stands done
    ("2023年全县已建成5G基站300个,2024年新建5G基站200个。", [(200, "个")]),
    ("目前全市已建成充电桩800个,今年再建成充电桩500个。", [(500, "个")]),
    # so does a progress note in a bracket or a table's cell
    ("新建幼儿园3所(已完成2所)。", [(3, "所")]),
    ("| 1 | 新建幼儿园 | 3所 | 已完成2所 | 教育局 |", [(3, "所")]),
    # and a clause opening with last year and its verb
    ("去年完成造林1.5万亩,今年完成造林2万亩。", [(2, "万亩")]),
    ("上年度全市共建成保障房2000套。2024年建成保障房1500套。", [(1500, "套")]),
    # 比上年 opens no clause: the year's figure stays
    ("完成造林2万亩,比上年增长10%。", [(2, "万亩"), (10, "%")]),
])
def test_a_clause_of_work_already_done_is_a_record_not_a_target(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == expected


@pytest.mark.parametrize("text, expected", [
    # the difference on last year in another scale of the same measure only compares the year's figure
    ("完成造林2万亩,比上年多5000亩。", [(2, "万亩")]),
    ("全年新增就业1.2万人,比上年增加800人。", [(1.2, "万人")]),
    # another measure after 比上年 is a figure of its own
    ("完成投资2.5亿元,比上年增长10%。", [(2.5, "亿元"), (10, "%")]),
])
def test_a_change_on_last_year_in_another_scale_is_no_target(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == expected


@pytest.mark.parametrize("text, expected", [
    # what there is already, said with 现有 / 全县有 and no work, is the stock the task starts from
    ("现有村卫生室210个,今年新建标准化村卫生室30个。", [(30, "个")]),
    ("全县有养老机构12家,床位1500张,今年新增床位200张。", [(200, "张")]),
    # with a work of its own the count is of those worked on
    ("全县有12家养老机构完成适老化改造。", [(12, "家")]),
    # what a project is expected to bring once built is an estimate of its effect; the work is the target
    ("新建停车场3处,建成后可新增停车位500个。", [(3, "处")]),
    ("新建标准化厂房10万平方米,投产后预计新增产值20亿元。", [(10, "万平方米")]),
    ("项目建成后年可实现产值5亿元,带动就业300人。", []),
])
def test_a_stock_described_or_an_effect_expected_is_no_target(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == expected


@pytest.mark.parametrize("text, expected", [
    # 最高 before a figure caps what one case may get: a rule of the scheme, not a total delivered
    ("发放创业担保贷款1亿元以上,每户最高30万元。", [(1, "亿元")]),
    ("单个项目最高奖励50万元。", []),
    ("对新认定的高新技术企业最高给予20万元奖励,全年新认定高新技术企业30家。", [(30, "家")]),
])
def test_a_cap_on_what_one_case_gets_is_a_rule(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == expected


@pytest.mark.parametrize("text, expected", [
    # progress after a field's colon, in a cell set off by spaces, or reckoned 截至目前, is a record
    ("年度目标:新建充电桩200个;进展情况:已建成150个。", [(200, "个")]),
    ("1  农村公路提质改造  50公里  已完成30公里  县交通局", [(50, "公里")]),
    ("全年计划投资8亿元,截至目前完成投资3亿元。", [(8, "亿元")]),
    ("问题清单共梳理问题32个,已整改到位28个。", [(32, "个")]),
])
def test_progress_after_a_field_or_a_cell_is_a_record(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == expected


@pytest.mark.parametrize("text, expected", [
    # an area or a capacity before 的 and a noun the clause counts says how large each one is
    ("新建5000平方米以上的农贸市场2个。", [(2, "个")]),
    ("建设面积约3000平方米的综合服务中心1处。", [(1, "处")]),
    ("新建日处理能力5万吨的污水处理厂1座。", [(1, "座")]),
    # with no count after it the area is what the task builds
    ("建成3000平方米的综合服务中心。", [(3000, "平方米")]),
])
def test_a_size_before_a_counted_noun_is_a_specification(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == expected


@pytest.mark.parametrize("text, expected", [
    # per head and per period before the verb that pays: the rate each one gets, not a total
    ("对60周岁以上老人每人每月发放高龄补贴100元,惠及老人2万人。", [(2, "万人")]),
    # a standard raised to its amount stays the target
    ("每人每年补助标准提高到640元。", [(640, "元")]),
    ("城乡低保标准提高到每人每月800元。", [(800, "元")]),
])
def test_an_amount_paid_per_head_per_period_is_a_rate(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == expected


def test_a_bare_change_after_its_topic_is_named_once():
    # 力争…增长7%左右,确保增长6.5%以上: the genre's stretch and floor of one measure, named alike
    found = extract_indicators("力争地区生产总值增长7%左右,确保增长6.5%以上。", 1)
    assert [(i.metric, i.target, i.comparator) for i in found] == [
        ("地区生产总值增长", 7, "~"), ("地区生产总值增长", 6.5, ">=")]


@pytest.mark.parametrize("text, expected", [
    # a year alone after a task whose words hold their figure is a 完成时限 cell
    ("新建公园3个。2024", [(3, "个")]),
    # a bracket opening with 共 after a figure says what the counted thing holds
    ("新建学校1所(共3栋教学楼)。", [(1, "所")]),
    # with no figure before it, (共3个) gives the work's count
    ("改造老旧小区(共3个)。", [(3, "个")]),
])
def test_a_year_cell_and_a_contents_note_are_no_targets(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == expected


def test_the_people_insured_are_the_count_and_the_premium_each_a_rate():
    found = extract_indicators("为3000名困难群众购买意外伤害保险,每人保费50元。", 1)
    assert [(i.target, i.unit) for i in found] == [(3000, "名")]


# -- review (rv4_notice) ----------------------------------------------------------------------------------------


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
@pytest.mark.parametrize("field", ["整改时限:2024年6月底", "备注:按季度调度", "目标:新增学位900个"])
def test_a_field_under_a_marked_item_names_no_part(field):
    # a field and its value under an item ended by its marker is the item's line, never a part that lost its numeral
    text = ("整改清单\n"
            "1.农村集体三资管理不规范。\n整改措施:开展专项清理。\n责任单位:县农业农村局\n"
            f"{field}\n"
            "2.项目建设进度滞后。\n整改措施:建立周调度机制。\n责任单位:县发改局\n")
    cat = parse_notice(text.encode("utf-8"), year=2024)
    assert [s.title for s in cat.sections] == ["重点任务"]
    assert [t.departments for t in cat.tasks] == [("县农业农村局",), ("县发改局",)]


_TITLED_ITEMS = ("1.城区学校扩容工程\n新建幼儿园3所,改扩建校舍2万平方米,新增学位900个。\n责任单位:县教育局\n"
                 "2.老旧小区改造工程\n改造老旧小区12个,惠及居民2000户。\n责任单位:县住建局\n")


@pytest.mark.parametrize("lead", [
    # a notice asking the units to report their progress sets the list; it reports nothing itself
    "关于报送2024年民生实事推进情况的通知\n各责任单位:\n请于每月5日前报送推进情况。\n",
    # last year's list reported done, then this year's list announced
    "2024年县政府民生实事项目\n2023年民生实事项目进展顺利,群众满意度高。2024年民生实事项目如下:\n",
])
def test_a_plan_that_mentions_progress_keeps_its_items_targets(lead):
    cat = parse_notice((lead + _TITLED_ITEMS).encode("utf-8"), year=2024)
    assert [(i.metric, i.target) for i in cat.tasks[1].indicators] == [("老旧小区改造", 12), ("惠及居民", 2000)]
    assert cat.tasks[0].indicators


def test_a_progress_report_still_keeps_its_figures_out_of_the_targets():
    lead = "2024年民生实事项目推进情况\n"
    cat = parse_notice((lead + _TITLED_ITEMS).encode("utf-8"), year=2024)
    assert [t.indicators for t in cat.tasks] == [(), ()]


@pytest.mark.parametrize("after", ["", "。"])
def test_bulleted_points_under_an_item_are_its_own(after):
    # a run of lines opening with the same bullet under an item are its points (and their figures its targets),
    # never parts that lost their numerals, the last of them naming a section
    text = ("2024年重点任务\n1.推进城市更新。(责任单位:县住建局)\n"
            f"●改造老旧小区12个{after}\n●改造供水管网20公里{after}\n●新建口袋公园5个{after}\n"
            "2.提升教育质量。(责任单位:县教育局)\n")
    cat = parse_notice(text.encode("utf-8"), year=2024)
    assert [s.title for s in cat.sections] == ["重点任务"]
    assert [(i.target, i.unit) for i in cat.tasks[0].indicators] == [(12, "个"), (20, "公里"), (5, "个")]
    assert not any("●" in i.metric for i in cat.tasks[0].indicators)


@pytest.mark.parametrize("title, paragraph, expected", [
    # a title too short to have been wrapped by a page, a sentence under it: the title is the task's
    ("城区学校扩容工程", "新建幼儿园3所,新增学位900个。", "城区学校扩容工程"),
    # a narrow column's wrap, the next line ending the word first: one line
    ("加强大气污染治", "理。对7台燃煤锅炉实施脱硝改造。", "加强大气污染治理"),
])
def test_a_short_title_over_its_paragraph_is_not_a_wrapped_line(title, paragraph, expected):
    text = f"2024年民生实事\n1.{title}\n{paragraph}\n责任单位:县教育局\n2.改造老旧小区12个。\n责任单位:县住建局\n"
    cat = parse_notice(text.encode("utf-8"), year=2024)
    assert cat.tasks[0].title == expected


def test_a_run_of_short_lines_under_an_item_names_no_part():
    # 一季度… / 二季度… / 三季度… under an item are its steps, kept in its text; a part that lost its numeral is one
    # line, and the last of the run used to become a section (shexian_minsheng_2024: 城市保障人次 395 持续推进中)
    text = ("2024年重点任务\n1.推进高标准农田建设2万亩。(责任单位:县农业农村局)\n"
            "一季度完成规划设计\n二季度完成招标\n三季度完成主体工程\n"
            "2.新建幼儿园3所。(责任单位:县教育局)\n")
    cat = parse_notice(text.encode("utf-8"), year=2024)
    assert [s.title for s in cat.sections] == ["重点任务"]
    assert "三季度完成主体工程" in cat.tasks[0].text
    assert [(i.target, i.unit) for i in cat.tasks[0].indicators] == [(2, "万亩")]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
@pytest.mark.parametrize("body, due", [
    ("请各责任单位于12月10日前完成全年任务。", date(2024, 12, 10)),
    ("请各责任单位于11月30日前完成各项任务。", date(2024, 11, 30)),
    # a day to report by is no deadline of the work
    ("请各责任单位于每月5日前报送进展情况,于12月10日前报送全年任务完成情况。", None),
])
def test_the_body_s_day_for_the_whole_list_dates_its_items(body, due):
    text = f"关于做好2024年民生实事工作的通知\n{body}\n1.新建村级卫生室10个。(责任单位:县卫健局)\n" \
           "2.改造农村公路30公里。(责任单位:县交通运输局)\n"
    cat = parse_notice(text.encode("utf-8"), year=2024)
    assert [t.due for t in cat.tasks] == [due, due]


@pytest.mark.parametrize("title, year", [
    ("某县2023年工作总结和2024年工作安排", 2024),
    ("关于2023年民生实事完成情况和2024年民生实事项目安排的报告", 2024),
    # one year's list reported on: that year's, as ever
    ("2024年通报2023年民生实事完成情况", 2024),
    ("某市城市更新三年行动计划(2024-2026年)", 2024),
])
def test_a_title_naming_a_review_and_a_plan_is_dated_by_the_plan(title, year):
    text = f"{title}\n1.新建幼儿园3所。(责任单位:县教育局)\n2.改造老旧小区12个。(责任单位:县住建局)\n"
    assert parse_notice(text.encode("utf-8")).year == year


_RUN_ON_ITEMS = ("1.新建幼儿园3所,新增学位900个。 牵头领导:张三 责任单位:县教育局 完成时限:2024年9月底 "
                 "2.改造老旧小区12个,惠及居民2000户。 牵头领导:李四 责任单位:县住建局 "
                 "3.新增停车位1000个。 牵头领导:王五 责任单位:县城管局 完成时限:2024年10月底")


@pytest.mark.parametrize("text", [f"2024年重点工作任务 {_RUN_ON_ITEMS}", f"2024年重点工作任务\n{_RUN_ON_ITEMS}"])
def test_a_short_page_line_running_items_on_with_their_fields_is_cut(text):
    # shorter than a flattened page's usual paragraphs, but each item's role fields run on after spaces tell it;
    # the line may open with the first item itself
    cat = parse_notice(text.encode("utf-8"), year=2024)
    assert [(t.departments, t.leaders) for t in cat.tasks] == [
        (("县教育局",), ("张三",)), (("县住建局",), ("李四",)), (("县城管局",), ("王五",))]
    assert [t.due for t in cat.tasks] == [date(2024, 9, 30), None, date(2024, 10, 31)]


def test_a_line_with_one_role_field_keeps_its_inline_points():
    text = ("2024年重点任务\n1.推进城市更新,重点做好 1.老旧小区改造12个 2.供水管网改造20公里 3.口袋公园5个 "
            "等三项工作,确保年底前全面完成并通过验收,群众满意度达到90%以上。 责任单位:县住建局\n"
            "2.新建幼儿园3所。 责任单位:县教育局\n")
    cat = parse_notice(text.encode("utf-8"), year=2024)
    assert [t.departments for t in cat.tasks] == [("县住建局",), ("县教育局",)]


# -- names (rv5_names) -------------------------------------------------------------------------------
# Clerks read each indicator by its name in every weekly template: a short noun phrase of what is measured,
# without the deadline, the department charged, a sub-point label, a joint or a word said twice.

@pytest.mark.parametrize("text, names", [
    ("6月底前完成老旧管网改造30公里。", ["老旧管网改造"]),
    ("9月1日前完成义务教育学校教室改造20间。", ["义务教育学校教室改造"]),
    ("县住建局要在8月底完成老旧小区改造10个。", ["老旧小区改造"]),
    ("(1)新建幼儿园3所。", ["幼儿园"]),
    ("1.新建幼儿园3所。", ["幼儿园"]),
    ("①新建幼儿园3所。", ["幼儿园"]),
    ("今年底前新建、改扩建校舍14万平方米。", ["新建、改扩建校舍"]),
    ("农村生活污水治理率到2026年达到100%。", ["农村生活污水治理率"]),
    ("农村生活污水治理率稳步提升,到2026年达到100%。", ["农村生活污水治理率"]),
    ("可再生能源占能源消费总量的比例要达到4%以上。", ["可再生能源占能源消费总量的比例"]),
    ("12月底前全市无违建街(镇)达到全市街(镇)总数的80%。", ["无违建街(镇)比例"]),
])
def test_a_name_keeps_no_deadline_subject_or_label(text, names):
    assert [i.metric for i in extract_indicators(text, 1)] == names


@pytest.mark.parametrize("text, names", [
    # yearly steps after the first are the same work, not 改造老旧小区完成完成
    ("2024年改造老旧小区10个,2025年完成15个,2026年完成20个。", ["老旧小区改造"] * 3),
    ("劳动者终身职业技能培训,完成培训8万人次。", ["劳动者终身职业技能培训人次"]),
    ("完成建设改造城镇燃气管网建设100公里。", ["城镇燃气管网建设改造"]),
    # the investment named once, without the count of the work it pays for
    ("投资3000万元建设智慧停车场2个。", ["智慧停车场投资", "智慧停车场"]),
    ("投资5000万元实施项目总投资。", ["项目总投资"]),
    ("全县有规上企业新增10家以上。", ["规上企业"]),
])
def test_a_name_says_each_word_once(text, names):
    assert [i.metric for i in extract_indicators(text, 1)] == names


@pytest.mark.parametrize("text, names", [
    ("完成10个村的污水治理。", ["村污水治理"]),
    ("解决20万人的饮水安全问题。", ["饮水安全问题"]),
    ("建成3000平方米的综合服务中心。", ["综合服务中心面积"]),
    ("建设面积约3000平方米的综合服务中心1处。", ["综合服务中心"]),
    ("5年内组织和发动100家科技类社会组织。", ["科技类社会组织"]),
    ("实施1009户棚户区改造和712户农村危旧房改造项目。", ["棚户区改造", "农村危旧房改造项目"]),
    ("新增或改扩建村卫生室10家。", ["新增或改扩建村卫生室"]),
    ("主要是新建(改扩建)幼儿园35所。", ["新建(改扩建)幼儿园"]),
    # 有 opening a name of people in work is no subject's verb
    ("有劳动能力且有就业意愿的法定劳动年龄人口就业率达到95%。", ["有劳动能力且有就业意愿的法定劳动年龄人口就业率"]),
])
def test_a_name_opens_with_its_noun_not_a_joint_or_particle(text, names):
    assert [i.metric for i in extract_indicators(text, 1)] == names


@pytest.mark.parametrize("text, names", [
    ("三公里充分就业社区数量达到城市社区的60%。", ["三公里充分就业社区数量占城市社区比例"]),
    ("教师交流比例占符合条件教师的15%以上。", ["教师交流比例"]),
    ("5年内培训新型农民达到40000名。", ["新型农民培训"]),
])
def test_a_name_of_a_share_says_of_what_and_drops_its_span_of_years(text, names):
    assert [i.metric for i in extract_indicators(text, 1)] == names


@pytest.mark.parametrize("text, names", [
    ("全省全年完成10万人搬迁任务。", ["搬迁人数"]),
    ("完成60万平方米征拆任务。", ["征拆面积"]),
    ("贫困地区实现1万人脱贫。", ["脱贫人数"]),
])
def test_a_count_before_bare_work_is_named_by_what_it_counts(text, names):
    assert [i.metric for i in extract_indicators(text, 1)] == names


@pytest.mark.parametrize("text, names", [
    ("城镇固定资产投资新增200亿元。", ["新增城镇固定资产投资"]),   # the amount added, not the total
    ("既有多层住宅加装电梯新增400台。", ["既有多层住宅加装电梯"]),
])
def test_a_trailing_addition_is_kept_only_where_it_changes_the_measure(text, names):
    assert [i.metric for i in extract_indicators(text, 1)] == names


# -- a figure of a year before the notice's -------------------------------------------------------------

def test_a_clause_opening_with_an_earlier_year_reports_the_past():
    text = "2022年全区完成造林1万亩。今年完成造林2万亩。"
    assert [(i.target, i.unit) for i in extract_indicators(text, 1, 2023)] == [(2, "万亩")]
    # the year standing alone before a comma opens a record to the sentence's end
    text = "2022年,全区新增就业8000人,新建公园2个。今年新增城镇就业9000人以上。"
    assert [(i.target, i.unit) for i in extract_indicators(text, 1, 2023)] == [(9000, "人")]
    # without the notice's year nothing tells the past from the plan
    assert [(i.target, i.unit) for i in extract_indicators("2022年全区完成造林1万亩。", 1)] == [(1, "万亩")]


@pytest.mark.parametrize("text, expected", [
    ("2024年新建学校3所,2025年新建学校5所。", [(3, "所"), (5, "所")]),          # later years: steps of the plan
    ("2023年新建学校3所。", [(3, "所")]),                                       # the notice's own year
    ("2022年至2025年每年新建学校3所。", [(3, "所")]),                           # a range
    ("2022年12月底前完成改造10个小区。", [(10, "个")]),                          # a date
    ("比2022年增长5%。", [(5, "%")]),                                          # a comparison
    ("2019年浓度超过70微克/立方米的镇均下降至目标值70微克/立方米。", [(70, "微克/立方米")]),  # a plan's words
])
def test_an_earlier_year_that_opens_no_record(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1, 2023)] == expected


def test_the_notice_year_reaches_the_targets_of_its_tasks():
    text = ("2023年重点工作任务分解\n一、甲\n1.推进造林。2022年全区完成造林1万亩,今年完成造林2万亩。\n牵头单位：区林业局\n"
            "2.建设学校。2022年全区新建学校5所,2023年新建学校3所。\n牵头单位：区教育局\n")
    cat = read_notice(text.encode("utf-8")).catalogue
    assert [(i.id, i.target, i.unit) for i in cat.indicators()] == [("1.1", 2, "万亩"), ("2.1", 3, "所")]
    # read for an office that reports on 2022 (init --year 2022), the same figures are that year's targets
    cat = read_notice(text.replace("2023年重点", "重点").encode("utf-8"), year=2022).catalogue
    assert (1, "万亩") in [(i.target, i.unit) for i in cat.indicators()]


def test_small_look_alike_marks_read_as_the_marks_they_stand_for():
    text = ("一、甲\n1﹒建设学校3所﹐改造道路5公里｡\n牵头单位﹕区教育局\n2﹒新建公园2个﹔\n﹙牵头单位：区住建局﹚\n"
            "3﹒覆盖率达到95﹪﹙区卫健局﹚\n")
    cat = read_notice(text.encode("utf-8")).catalogue
    assert [t.departments for t in cat.tasks] == [("区教育局",), ("区住建局",), ("区卫健局",)]
    assert [(i.id, i.target, i.unit) for i in cat.indicators()] == [
        ("1.1", 3, "所"), ("1.2", 5, "公里"), ("2.1", 2, "个"), ("3.1", 95, "%")]
    assert cat.task(1).text == "建设学校3所，改造道路5公里。"
    # the middle dot of a name is no look-alike of a full stop
    from tz_excel.chinese import standard_marks
    assert standard_marks("努尔买买提·阿布来提") == "努尔买买提·阿布来提"


# -- round 45 (prose): an order note inside the first marker, units joined by 及, a plain marker whose brackets -----
# were lost, a count passing a mark, a 力争 inside the sentence that stops at a clause with a measure of its own

def test_an_order_note_written_as_a_sentence_inside_the_first_marker_is_no_unit():
    text = ("一、主要预期目标\n"
            "1、全县财政收入增长8%以上(由县财政局、税务局负责。一项任务涉及多个部门的,原则上由排名首位的部门牵头负责。下同)。\n"
            "2、新建学校3所(由县教育局、住建局负责)。\n")
    cat = read_notice(text.encode("utf-8")).catalogue
    assert [t.departments for t in cat.tasks] == [("县财政局", "税务局"), ("县教育局", "住建局")]
    assert cat.task(1).title == "全县财政收入增长8%以上"
    assert [(i.id, i.target, i.unit) for i in cat.indicators()] == [("1.1", 8, "%"), ("2.1", 3, "所")]
    # the note alone names no one: a bracket holding nothing else is no marker
    from tz_excel.markers import split_marker
    assert split_marker("全县财政收入增长8%以上(一项任务涉及多个部门的,原则上由排名首位的部门牵头负责)。")[1] is None


@pytest.mark.parametrize("marker, units", [
    ("省发改委牵头,甲领导小组成员单位及省地震局配合", ("省发改委", "甲领导小组成员单位", "省地震局")),
    ("县教育局及县财政局负责", ("县教育局", "县财政局")),
    # 及 inside one name: the words before it are no unit, or it joins the unit's own offices (及其…)
    ("市滨江新城及物流园区建设指挥部负责", ("市滨江新城及物流园区建设指挥部",)),
    ("各县(市)及相关区政府负责", ("各县(市)及相关区政府",)),
    ("市场监管局及其派出机构负责", ("市场监管局及其派出机构",)),
])
def test_units_joined_by_ji_are_two_units_only_where_each_side_is_one(marker, units):
    assert split_departments(marker) == units


def test_a_plain_marker_whose_brackets_were_lost_closes_the_paragraph():
    text = ("一、完善创新生态\n"
            "1.确保新增孵化器3家。区科技局主办,各街道、板块协办\n"
            "2.助推创新产品加快市场化进程。高新区管委会、区科技局主办\n"
            "3.新增培育瞪羚企业3家。(区发改委主办,区科技局协办\n")
    cat = read_notice(text.encode("utf-8")).catalogue
    assert [t.departments for t in cat.tasks] == [
        ("区科技局", "各街道", "板块"), ("高新区管委会", "区科技局"), ("区发改委", "区科技局")]
    assert [t.text for t in cat.tasks] == ["确保新增孵化器3家。", "助推创新产品加快市场化进程。", "新增培育瞪羚企业3家。"]


@pytest.mark.parametrize("text", [
    "推进工作。各镇街负责。",                       # a sentence of the item, with its own full stop
    "推进工作。区发改局牵头,做好协调配合",           # the helpers' words name no unit
    "确保完成5家。区发改局主办,2个街道协办",         # a figure among the helpers
    "推进工作。具体由县财政局负责",                  # the sentence's own words before the unit
])
def test_words_after_the_last_sentence_that_are_no_plain_marker(text):
    from tz_excel.markers import split_marker
    assert split_marker(text) == (text, None)


@pytest.mark.parametrize("text, kind", [
    ("力争高新技术企业突破600家。", "level"),          # the stock passing a mark
    ("高新技术企业达到600家。", "level"),
    ("全年新增高新技术企业突破50家。", "cumulative"),   # what the year adds
    ("引进项目突破10个。", "cumulative"),
])
def test_a_count_passing_a_mark_is_the_stock_reached(text, kind):
    assert [i.kind for i in extract_indicators(text, 1)] == [kind]


@pytest.mark.parametrize("text, hopes", [
    ("推动企业成长,健全培育体系,力争高企突破600家,科技服务业收入增长10%以上。", [True, False]),
    # words qualifying the hoped-for figure name no measure of their own
    ("推动企业成长,健全培育体系,力争营业收入达到100亿元,同比增长15%。", [True, True]),
    ("推动企业成长,健全培育体系,力争营业收入达到100亿元,比上年提高2个百分点。", [True, True]),
    # a 力争 opening the sentence frames every clause of it
    ("力争高企突破600家,科技服务业收入增长10%以上。", [True, True]),
])
def test_a_hope_inside_the_sentence_stops_at_a_clause_with_a_measure_of_its_own(text, hopes):
    assert [i.aspirational for i in extract_indicators(text, 1)] == hopes
# -- round 45 (tables): unnumbered progress rows, a unit's own target book, 等部门、单位 -------------------------

@pytest.mark.parametrize("marker, departments", [
    ("区城投公司等部门、单位,甲街道", ("区城投公司", "甲街道")),           # the etc phrase's two kinds, then a town
    ("区住建中心、区资产中心等部门、单位", ("区住建中心", "区资产中心")),
    ("区发改局等单位、部门", ("区发改局",)),
    # a unit listed after an etc phrase is a unit of its own
    ("区发改局等部门、区财政局", ("区发改局", "区财政局")),
])
def test_an_etc_phrase_naming_two_kinds_adds_no_unit(marker, departments):
    assert split_departments(marker) == departments


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_progress_table_without_numbers_opens_a_row_where_units_follow_the_task():
    cells = ["某区重点工作2023年第二季度进展情况表", "目标任务", "牵头单位", "进展情况", "下步举措",
             "新建城市公园5个。", "住建局", "二季度已建成2个,完成进度40%。", "加快推进剩余项目建设,确保年底前完工。",
             "农村居民收入稳步增长,城乡收入差距持续缩小。", "农业农村局", "人社局",
             "二季度农村居民人均收入8000元,增长6.5%。",
             "1.拓宽农民增收渠道,发展特色产业。", "2.加强就业帮扶,组织技能培训。",
             "城镇新增就业2000人以上。", "人社局", "已新增就业900人。", "继续开展招聘活动。"]
    tasks = parse_notice("\n\n".join(cells).encode("utf-8"), year=2023).tasks
    assert [(t.no, t.departments) for t in tasks] == [
        (1, ("住建局",)), (2, ("农业农村局", "人社局")), (3, ("人社局",))]
    # the target is the task cell's; progress made and the next steps' point numbers are none
    assert [[(i.target, i.unit) for i in t.indicators] for t in tasks] == [[(5, "个")], [], [(2000, "人")]]


@pytest.mark.parametrize("heads, rows", [
    (["目标任务", "牵头单位", "进展情况"], 2),          # the units cell right after the task's: rows read
    # 目标任务 / 进展情况 / 牵头单位: the sentence after the task is progress, the units come later; such rows
    # cannot be told apart by a units cell after the task's, and are left to the other readers
    (["目标任务", "进展情况", "牵头单位"], 0),
])
def test_an_unnumbered_task_cell_opens_a_row_only_when_the_units_column_is_next_to_it(heads, rows):
    from tz_excel.tables import _column_cells
    first, second = ("住建局", "二季度已建成2个,完成进度40%。"), ("人社局", "已新增就业900人。")
    if heads[1] != "牵头单位":
        first, second = first[::-1], second[::-1]
    cells = ["某区2023年重点工作第二季度进展情况表", *heads, "新建城市公园5个。", *first, "城镇新增就业2000人以上。", *second]
    lines = [Line(k + 1, text) for k, text in enumerate(cells)]
    assert sum(ln.hint == "task" for ln in _column_cells(lines)) == rows


_TARGET_BOOK = ["某县林业局2020年度(分季)目标责任书", "工作任务", "目标及质量要求",
                "核心指标", "推进国家森林城市创建工作;落实林长制。",
                "省考指标", "另行分解下达",                               # a placeholder, nothing yet to do
                "县委县政府考核指标(50分)", "重点工作", "(10分)",            # a group merged down, a row's name
                "全县新增造林面积2万亩以上(6分);完成森林抚育5000亩(4分)。",
                "加分项目", "(加分项)", "1、推进林业碳汇试点工作。", "2、争创省级森林乡镇1个。",
                "联系省厅争取林业项目、资金支持及宣传活动开展等工作成效(5分)",   # a name that is work, its cell empty
                "资金争取(5分)", "全年争取上级资金500万元。"]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_target_book_of_names_and_requirements_pasted_one_cell_a_paragraph_gives_a_task_a_requirement():
    signed = _TARGET_BOOK + ["某县林业局", "2020年3月1日"]       # the book's signature ends its table
    cat = read_notice("\n\n".join(signed).encode("utf-8"), year=2020).catalogue
    assert cat.title == "某县林业局2020年度(分季)目标责任书"
    assert [t.title for t in cat.tasks] == [
        "核心指标", "重点工作", "推进林业碳汇试点工作", "争创省级森林乡镇1个",
        "联系省厅争取林业项目、资金支持及宣传活动开展等工作成效", "资金争取"]
    # no unit in any row: the book is the bureau's, named in its title
    assert {t.departments for t in cat.tasks} == {("某县林业局",)}
    assert [[(i.target, i.unit) for i in t.indicators] for t in cat.tasks][1] == [(2, "万亩"), (5000, "亩")]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_two_column_table_with_a_units_cell_is_no_target_book_of_names_and_requirements():
    from tz_excel.tables import text_tables
    # a units cell after a requirement: the table has a column of units, read (or not) by the other readers
    cells = _TARGET_BOOK[1:5] + ["县林业局"] + _TARGET_BOOK[8:11] + ["县林业局"] + _TARGET_BOOK[17:] + ["县财政局"]
    lines = text_tables([Line(k + 1, text) for k, text in enumerate(cells)])
    assert not any(ln.review.startswith("任务表逐格分行粘贴，未设序号和责任单位列") for ln in lines)
    # the same rows under a header with no requirement column (工作任务 alone) are none of this shape either
    lines = text_tables([Line(k + 1, text) for k, text in enumerate(_TARGET_BOOK[:2] + _TARGET_BOOK[3:])])
    assert not any(ln.hint == "task" for ln in lines)


@pytest.mark.parametrize("title, units", [
    ("某县林业局2020年度(分季)目标责任书", ("某县林业局",)),
    ("市水务局2021年目标管理责任书", ("市水务局",)),
    ("某县人民政府2020年度目标责任书", ()),                   # the government's book is the whole county's
    ("某县林业局安全生产责任书", ()),                         # a pledge on one duty, no list of the bureau's work
])
def test_a_target_book_titled_by_its_office_names_the_office(title, units):
    from tz_excel.notice import _TITLE_UNITS, _owner_units
    assert _owner_units(_TITLE_UNITS, title) == units


@pytest.mark.parametrize("text, expected", [
    # a requirement's score weight after it: the figure before still closes its clause
    ("全县新增造林面积2万亩以上(6分);完成森林抚育5000亩(4分)。", [(2, "万亩"), (5000, "亩")]),
    ("新建村级服务站12个（2.5分）。", [(12, "个")]),
    # minutes in brackets are a measure, no weight: read as before
    ("完成森林抚育5000亩(4分钟)。", [(4, "分钟")]),
    ("服务响应时间不超过15分钟。", [(15, "分钟")]),
])
def test_a_score_weight_in_brackets_is_read_as_if_not_written(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1, 2020)] == expected


@pytest.mark.parametrize("text, expected", [
    # a schedule of dated steps, one a sentence: done when its last step is (the year's end: no deadline)
    ("验收工作任务。第一季度:完成设计;第二季度:开工建设;第三季度:完成主体;第四季度:完工验收。", None),
    ("续建项目3月底前复工建设;新建项目6月底前开工建设。", date(2022, 6, 30)),
    ("推进试点验收工作(一季度:制定方案。二季度:收集资料。三季度:申请验收)。", date(2022, 9, 30)),
    # one opening deadline and sentences that open with none: the opening one governs, as before
    ("6月底前,完成管网改造设计。加强施工管理,提升服务水平。", date(2022, 6, 30)),
    ("城区污水管网改造。2022年6月底前,完成设计。", date(2022, 6, 30)),
])
def test_a_schedule_of_dated_steps_is_due_at_its_last_step(text, expected):
    from tz_excel.catalogue import Task
    from tz_excel.deadlines import date_task
    assert date_task(Task(1, 1, "x", text, ()), "", 2022).due == expected


@pytest.mark.parametrize("text, expected", [
    # periods listed before 分别, the whole year last: the year's figure is the target, the parts' milestones
    ("全区半年、年度用水总量分别控制在0.24亿m³、0.47亿m³以内。", [(0.47, "亿m³")]),
    ("上半年、全年分别完成投资40亿元、100亿元。", [(100, "亿元")]),
    # parts of the year alone deliver an amount each; subjects listed before 分别 are no periods
    ("一季度、二季度分别完成投资40亿元、60亿元。", [(40, "亿元"), (60, "亿元")]),
    ("城镇、农村居民收入分别增长6%、7%。", [(6, "%"), (7, "%")]),
])
def test_a_figure_for_part_of_the_year_beside_the_years_own_is_a_mark_on_the_way(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1, 2020)] == expected


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_public_sites_filing_fields_are_never_the_title():
    # 组配分类 / 发布机构 / 生成日期 / 公开方式 / 公开范围: how the site files the page, two fields a line
    text = ("进入老年版\n索引号 0001/2022-01\n组配分类 区政府工作 发布机构 区府办\n生成日期 2022-05-06 公开方式 主动公开\n"
            "公开范围 面向全社会\n2022年区政府工作主要任务分解(部分)\n\n序号\n\n目标任务\n\n牵头单位\n\n配合单位\n\n"
            "1\n\n推动闲置岸线资源高效利用。\n\n区交通运输局\n\n\n\n2\n\n清零拆迁地块17个。\n\n区征迁中心\n\n各街道\n")
    assert read_notice(text.encode("utf-8")).catalogue.title == "2022年区政府工作主要任务分解(部分)"
    # the same words inside a title are the title's
    text = "关于公开方式改革的重点工作安排\n一、甲\n1.建设学校3所。（区教育局负责）\n"
    assert read_notice(text.encode("utf-8")).catalogue.title == "关于公开方式改革的重点工作安排"
# -- round 45 (runon): items as a title and its fields run on one line, a 一是 paragraph under a part heading, a
# report's part of items done, a result set against its target, firms taken through a change --------------------

_FIELDED_LEAD = "近日\n省政府印发重点工作任务分工方案\n一起来看看吧\n"
_FIELDED = ("城乡居民收入增长6%以上 部门分工:省发展改革委牵头,各地、各部门配合。 "
            "大力推进乡村道路建设 工作措施:完成农村公路改造3000公里。新建桥梁20座。 "
            "部门分工:省交通运输厅牵头,省财政厅、自然资源厅等配合。 "
            "加快发展智慧农业 工作措施:建设数字农业示范基地50个。 部门分工:省农业农村厅牵头,省科技厅配合。")


@pytest.mark.parametrize("body", [_FIELDED, _FIELDED.replace(" ", "\n")], ids=["run-on", "one-a-line"])
def test_unnumbered_items_each_a_title_and_its_fields_closed_by_the_division_are_the_tasks(body):
    parsed = read_notice((_FIELDED_LEAD + body).encode("utf-8"), year=2023)
    cat = parsed.catalogue
    assert [t.title for t in cat.tasks] == ["城乡居民收入增长6%以上", "大力推进乡村道路建设", "加快发展智慧农业"]
    assert [t.departments for t in cat.tasks] == [
        ("省发展改革委", "各地", "各部门"), ("省交通运输厅", "省财政厅", "自然资源厅"), ("省农业农村厅", "省科技厅")]
    assert [(i.task_no, i.target, i.unit) for i in cat.indicators()] == [
        (1, 6, "%"), (2, 3000, "公里"), (2, 20, "座"), (3, 50, "个")]
    assert all(t.needs_review and "以分工（责任单位）结尾" in t.review for t in cat.tasks)


@pytest.mark.parametrize("body", [
    # two groups only: too few to tell a list from a pair of paragraphs
    "城乡居民收入增长6%以上 部门分工:省发展改革委牵头,各地配合。 大力推进乡村道路建设 工作措施:完成农村公路改造"
    "3000公里。 部门分工:省交通运输厅牵头。",
    # fields that name no one: no division of the work, no items
    _FIELDED.replace("部门分工:", "工作要求:"),
], ids=["two-groups", "no-units"])
def test_titles_and_fields_without_a_run_of_divisions_stay_a_text_without_items(body):
    with pytest.raises(NoticeParseError, match="没有找到编号的条目"):
        read_notice((_FIELDED_LEAD + body).encode("utf-8"))


def test_titles_and_fields_in_a_numbered_notice_are_left_to_its_numbers():
    text = ("一、主要目标\n1.城乡居民收入增长6%以上\n部门分工:省发展改革委牵头,各地配合。\n"
            "2.大力推进乡村道路建设\n工作措施:完成农村公路改造3000公里。\n部门分工:省交通运输厅牵头。\n"
            "3.加快发展智慧农业\n部门分工:省农业农村厅牵头。\n")
    cat = read_notice(text.encode("utf-8"), year=2023).catalogue
    assert [t.departments[0] for t in cat.tasks] == ["省发展改革委", "省交通运输厅", "省农业农村厅"]
    assert not any("以分工（责任单位）结尾" in t.review for t in cat.tasks)


_SHI_PARAGRAPH = ("一是完善社区养老服务,完成新建养老服务站12个;二是强化职业技能培训,完成培训3.2万人次;"
                  "三是促进城镇就业,实现城镇登记失业率3.1%,低于4%的控制目标;四是改造老旧小区,完成改造35个。\n")


def test_a_shi_paragraph_right_under_a_part_heading_is_the_parts_list():
    text = "某市2020年民生实事安排\n一、社会保障\n(一)养老和就业方面\n" + _SHI_PARAGRAPH + "(二)住房方面\n"
    cat = read_notice(text.encode("utf-8"), year=2020).catalogue
    assert [t.title for t in cat.tasks] == ["完善社区养老服务,完成新建养老服务站12个", "强化职业技能培训,完成培训3.2万人次",
                                            "促进城镇就业,实现城镇登记失业率3.1%,低于4%的控制目标", "改造老旧小区,完成改造35个"]
    assert [(i.task_no, i.target, i.unit) for i in cat.indicators()] == [
        (1, 12, "个"), (2, 3.2, "万人次"), (3, 4, "%"), (4, 35, "个")]


@pytest.mark.parametrize("text, titles", [
    # under an item with words of its own (（一）做好养老工作。): the item's points
    ("某市2020年重点工作\n一、民生保障\n(一)做好养老工作。\n" + _SHI_PARAGRAPH + "(二)做好就业工作。\n",
     ["做好养老工作", "做好就业工作"]),
    # items numbered 1. elsewhere in the text: 一是… are no items of that level
    ("某市2020年重点工作\n一、民生保障\n(一)养老方面\n" + _SHI_PARAGRAPH + "(二)就业方面\n1.新增就业1万人。\n2.培训5000人。\n",
     ["新增就业1万人", "培训5000人"]),
    # the first 一是 inside the line (主要有:一是…): inline points of the part's words
    ("某市2020年重点工作\n一、民生保障\n(一)养老方面\n主要有:" + _SHI_PARAGRAPH + "(二)就业方面\n", ["养老方面", "就业方面"]),
], ids=["under-an-item", "numbered-elsewhere", "inline"])
def test_a_shi_paragraph_that_is_no_parts_list_stays_as_it_is(text, titles):
    assert [t.title for t in read_notice(text.encode("utf-8"), year=2020).catalogue.tasks] == titles


_DONE_REPORT = "某市2020年民生实事办理情况\n截至目前,我市10件实事已全部落实,其余8件实事均已完成。\n"


def test_the_items_of_a_reports_part_of_items_done_report_results_save_the_target_they_name():
    text = _DONE_REPORT + "一、当年完成的8件实事\n(一)社会保障方面\n" + _SHI_PARAGRAPH
    cat = read_notice(text.encode("utf-8"), year=2020).catalogue
    assert len(cat.tasks) == 4
    assert [(i.task_no, i.target, i.unit, i.comparator) for i in cat.indicators()] == [(3, 4, "%", "<=")]


@pytest.mark.parametrize("head", [
    # a plan grouping the items it sets (当年完成的…: to be finished in the year), no report
    "某市2020年民生实事安排\n现将2020年民生实事通知如下:\n一、当年完成的8件实事\n(一)社会保障方面\n",
    # a report whose part names no items done
    _DONE_REPORT + "一、社会保障方面\n(一)养老和就业\n",
    # a plan wishing its list carried out (推动…全面落实) is no report
    "某市2020年民生实事安排\n推动10件实事全面落实。\n一、当年完成的8件实事\n(一)社会保障方面\n",
], ids=["plan", "no-done-part", "wish"])
def test_items_outside_a_reports_part_of_items_done_keep_their_targets(head):
    cat = read_notice((head + _SHI_PARAGRAPH).encode("utf-8"), year=2020).catalogue
    assert [(i.task_no, i.target, i.unit) for i in cat.indicators()] == [
        (1, 12, "个"), (2, 3.2, "万人次"), (3, 4, "%"), (4, 35, "个")]


@pytest.mark.parametrize("text, expected", [
    ("完成安置就业8.92万人,实现城镇登记失业率3.56%,低于3.7%的控制目标。", [(3.7, "%", "<=")]),
    ("地区生产总值增长8%,超过7.5%的预期目标。", [(7.5, "%", ">=")]),
    ("新增城镇就业1.2万人,超过1万人的年度目标。", [(1, "万人", ">=")]),
])
def test_a_result_set_against_the_target_it_names_gives_the_target_only(text, expected):
    assert [(i.target, i.unit, i.comparator) for i in extract_indicators(text, 1)] == expected


@pytest.mark.parametrize("text, expected", [
    ("节约用电1000千瓦时的目标", []),                                # no result compared before it
    ("超过100人的企业全部纳入监管。", []),                             # a size naming which firms
    ("城镇登记失业率控制在4%以内。", [(4, "%")]),                      # a plan's ceiling, as ever
])
def test_a_figure_before_a_target_without_a_result_compared_is_read_as_ever(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("推动5000家规模以上工业企业数字化转型。", [(5000, "家")]),
    ("推进100家企业绿色转型。", [(100, "家")]),
    ("带动10万家中小企业“上云用云”。", [(10, "万家")]),
    ("推动200家企业“小升规”。", [(200, "家")]),
    ("聚焦5个产业转型。", []),                                       # a verb of scope names them only
    ("推动100家“专精特新”企业发展。", []),                            # the slogan names a kind of firm
    ("带动10万家中小企业“上云用云”活动。", []),                        # the slogan names an activity
])
def test_firms_taken_through_a_change_are_counted(text, expected):
    assert _figures(text) == expected


# -- round 46-47 (tablesA): a goal written out as the task, a page ending inside its table, a progress table's
# district share, a pipe table starting mid-document, rows of a pipe table short of their merged cells ------

_GOALS_TABLE = ("某区2021年一季度预期目标进展情况\n附件1\n预期目标进展情况表\n序号 |\n预期目标 |\n责任单位 |\n进展情况 |\n"
                "1 |\n全区社会消费品零售总额增长7%以上 |\n区商务委 |\n预计一季度增长15%左右。 |\n"
                "2 |\n城镇居民人均可支配收入增长6% |\n区人力社保局 |\n预计一季度增长9%左右。 |\n"
                "3 |\n农村居民人均可支配收入增长7% |\n区农业农村委")


def test_a_goal_written_out_with_no_task_column_is_the_task_and_a_page_ending_in_its_row_keeps_it():
    cat = read_notice(_GOALS_TABLE.encode("utf-8"), year=2021).catalogue
    assert [(t.no, t.departments) for t in cat.tasks] == [
        (1, ("区商务委",)), (2, ("区人力社保局",)), (3, ("区农业农村委",))]
    # the 进展情况 estimates are no targets
    assert [(i.task_no, i.target, i.unit) for i in cat.indicators()] == [
        (1, 7, "%"), (2, 6, "%"), (3, 7, "%")]


def test_a_goal_column_of_figures_stays_the_target_beside_the_task():
    from tz_excel.tables import table_lines
    rows = [["序号", "指标名称", "预期目标", "责任单位"], ["1", "地区生产总值", "增长6%左右", "区发展改革委"],
            ["2", "一般公共预算收入", "增长5%", "区财政局"]]
    assert [entry["text"] for _, entry in table_lines(rows) if entry.get("hint") == "task"] == [
        "1.地区生产总值（目标：增长6%左右）", "2.一般公共预算收入（目标：增长5%）"]


def test_a_last_line_after_whole_rows_is_no_cell():
    # the table's rows complete, the text ending with its signer: a line of the notice's own, no fourth row
    text = _GOALS_TABLE.replace("3 |\n农村居民人均可支配收入增长7% |\n区农业农村委", "某区政府督查办")
    cat = read_notice(text.encode("utf-8"), year=2021).catalogue
    assert [(t.no, t.departments) for t in cat.tasks] == [(1, ("区商务委",)), (2, ("区人力社保局",))]


def test_a_line_after_a_cell_table_with_text_below_is_no_lost_cell():
    # the table's last row cut short (3 | 农村居民… |), a line after it that is not where the text ends: the row
    # keeps the cells it has, and the line is no unit of its
    text = _GOALS_TABLE + "\n以上情况特此报告。\n某区政府督查办"
    cat = read_notice(text.encode("utf-8"), year=2021).catalogue
    assert [(t.no, t.departments) for t in cat.tasks][:2] == [(1, ("区商务委",)), (2, ("区人力社保局",))]
    assert all("区农业农村委" not in t.departments for t in cat.tasks)


_SHARE_TABLE = ("某区2020年民生实事项目进展情况通报\n附件1\n省民生实事项目涉及本区指标落实情况表\n\n序号\n\n工作目标\n\n区责任单位\n\n"
                "涉及本区工作指标\n\n进展情况\n\n1\n\n新增停车位8万个\n\n*区住建局\n\n5200个停车位。\n\n已完成。完成5600个。\n\n"
                "2\n\n改造提升农贸市场500家\n\n*区市场监管局\n\n*区商务局\n\n完成农贸市场改造12家。其中区市场监管局7家,区商务局5家。\n\n"
                "已完成。\n\n3\n\n建设城市书房200家\n\n区文旅局\n\n新建城市书房3家。\n\n已完成。\n")


def test_a_progress_tables_column_of_the_areas_share_gives_the_targets_and_the_higher_goal_none():
    cat = read_notice(_SHARE_TABLE.encode("utf-8"), year=2020).catalogue
    assert [(t.no, t.departments) for t in cat.tasks] == [
        (1, ("区住建局",)), (2, ("区市场监管局", "区商务局")), (3, ("区文旅局",))]
    assert "涉及本区工作指标:5200个停车位" in cat.tasks[0].text
    # the province's 8万个, 500家, 200家 and the units' parts 7家, 5家 are none of the district's targets
    assert [(i.task_no, i.target, i.unit) for i in cat.indicators()] == [
        (1, 5200, "个"), (2, 12, "家"), (3, 3, "家")]


def test_a_row_tables_column_of_the_areas_share_follows_the_goal_as_its_field():
    from tz_excel.tables import table_lines
    rows = [["序号", "工作目标", "责任单位", "涉及本区工作指标", "进展情况"],
            ["1", "新增停车位8万个", "区住建局", "5200个停车位", "已完成"],
            ["2", "建设城市书房200家", "区文旅局", "新建城市书房3家", "已完成"]]
    assert [entry["text"] for _, entry in table_lines(rows) if entry.get("hint") == "task"] == [
        "1.新增停车位8万个。涉及本区工作指标:5200个停车位", "2.建设城市书房200家。涉及本区工作指标:新建城市书房3家"]
    # without the share column, a 工作目标 of figures beside the task's name is its target, as ever
    rows = [["序号", "项目名称", "工作目标", "责任单位"], ["1", "停车设施建设", "新增停车位8万个", "区住建局"],
            ["2", "城市书房建设", "建设城市书房200家", "区文旅局"]]
    assert [entry["text"] for _, entry in table_lines(rows) if entry.get("hint") == "task"] == [
        "1.停车设施建设（目标：新增停车位8万个）", "2.城市书房建设（目标：建设城市书房200家）"]


def test_a_goal_column_without_a_share_beside_it_keeps_its_figures():
    text = _SHARE_TABLE.replace("涉及本区工作指标", "工作措施")
    cat = read_notice(text.encode("utf-8"), year=2020).catalogue
    assert (1, 8, "万个") in [(i.task_no, i.target, i.unit) for i in cat.indicators()]


@pytest.mark.parametrize("text, expected", [
    # the area's share after the higher level's goal: the share alone
    ("新增停车位8万个。涉及本区工作指标:5200个停车位。", [(5200, "个")]),
    ("建设美丽河湖100条以上。分解到本区任务:新建美丽河湖2条。", [(2, "条")]),
    # 涉及 in the work's own words, no field: as ever
    ("工程涉及70所中小学变压器增容,新增停车位500个。", [(70, "所"), (500, "个")]),
])
def test_a_field_giving_the_areas_share_leaves_the_higher_goal_out(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1, 2020)] == expected


@pytest.mark.parametrize("text, expected", [
    # the total shared out among the units answering for it, the parts adding up to it: the total alone
    ("完成河道清淤13万方。其中区城管局3万方,区农业农村局10万方。", [(13, "万方")]),
    ("区自定指标是76.5公里,区城管局42.7公里,区水利局33.8公里。", [(76.5, "公里")]),
    # parts that do not add up to the figure before them are each a unit's own work
    ("完成河道清淤13万方,其中街道完成5万方,区城管局3万方。", [(13, "万方"), (5, "万方"), (3, "万方")]),
    # a kind named before each part (not a unit): the work split by kind, as ever
    ("培训2840人次,其中岗前培训560人次,回炉培训2280人次。", [(2840, "人次"), (560, "人次"), (2280, "人次")]),
])
def test_a_total_shared_out_among_units_is_one_target(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1, 2020)] == expected


_OPENED_GROUPED = ("序号\n| 项目内容\n| 工 作 要 求\n| 责任单位\n|\n"
                   "3\n| 道路和\n桥梁建设\n| 完成东环路改造,年内建成通车5公里。\n| 市交通局\n|\n"
                   "4\n| 新建北桥,2021年6月底前开工建设。\n| 市交通局\n市住建局\n|\n"
                   "5\n| 完成西区道路修缮20公里。\n| 甲县政府\n乙县政府\n丙区政府\n市交通局\n|\n"
                   "6\n| 加快南区路网建设。\n| 丁区政府\n市交通局\n|\n")


def test_an_opened_table_from_mid_document_with_its_name_cell_merged_down_groups_its_requirements():
    # rows numbered from 3 (the page starts inside the table), each cell opened by '| ', each row closed by
    # '|'; 项目内容 given once over rows 3-6, so rows 4-6 start at 工作要求; units one a line, four in row 5
    cat = read_notice(_OPENED_GROUPED.encode("utf-8"), year=2021).catalogue
    assert [s.title for s in cat.sections] == ["道路和桥梁建设"]
    assert [(t.no, t.title, t.departments) for t in cat.tasks] == [
        (3, "完成东环路改造,年内建成通车5公里", ("市交通局",)),
        (4, "新建北桥,2021年6月底前开工建设", ("市交通局", "市住建局")),
        (5, "完成西区道路修缮20公里", ("甲县政府", "乙县政府", "丙区政府", "市交通局")),
        (6, "加快南区路网建设", ("丁区政府", "市交通局"))]
    assert [(i.task_no, i.target, i.unit) for i in cat.indicators()] == [(3, 5, "公里"), (5, 20, "公里")]


def test_an_opened_row_short_of_cells_that_read_otherwise_ends_the_table():
    # row 6 gives a bare figure where the row above has its requirement: no row of the table's
    text = _OPENED_GROUPED.replace("| 加快南区路网建设。\n", "| 120\n")
    cat = read_notice(text.encode("utf-8"), year=2021).catalogue
    assert [t.no for t in cat.tasks] == [3, 4, 5]
    assert all("丁区政府" not in t.departments for t in cat.tasks)


def test_a_numbered_tables_standard_beside_the_task_name_is_its_text():
    from tz_excel.tables import table_lines
    rows = [["序号", "项目名称", "工作标准", "责任单位"], ["1", "路网完善工程", "东环路年内通车,完成投资3亿元。", "市交通局"],
            ["2", "公园建设工程", "年内建成公园2个。", "市园林局"]]
    assert [entry["text"] for _, entry in table_lines(rows) if entry.get("hint") == "task"] == [
        "1.路网完善工程。东环路年内通车,完成投资3亿元。", "2.公园建设工程。年内建成公园2个。"]


@pytest.mark.parametrize("text, expected", [
    ("项目用地面积17.7公顷,年内完成投资5亿元。", [(5, "亿元")]),          # the site's land: a description
    ("用地面积为7165平方米,建筑面积4286平方米。", [(4286, "平方米")]),
    ("新增建筑面积41万平方米,新增用地面积35万平方米。", [(41, "万平方米"), (35, "万平方米")]),   # land added: work
])
def test_a_projects_land_area_is_no_target(text, expected):
    assert _figures(text) == expected


_BORDERED_GROUPS = ("某县2025年安全生产重点工作任务清单\n"
                    "| 工作目标 | 工作内容 | 工作措施 | 责任单位 | 完成时限 |\n"
                    "| 一、强化风险防控 | (一)加强源头管控 | 1.开展重点行业风险排查。 | 县应急局 | 2025年10月底前 |\n"
                    "| 2.建立隐患整改台账。 | 县应急局 | 2025年10月底前 | ||\n"
                    "| (二)严格执法检查 | 3.开展专项执法行动。 | 县应急局、县公安局 | 2025年11月底前 | |\n"
                    "| (三)提升应急能力 | 4.组织应急演练。 | *县消防大队、县应急局 | 2025年12月底前 | |\n"
                    "| 5.完善应急物资储备。 | 县**局 | 2025年12月底前 | ||\n")


def test_a_bordered_pipe_table_with_heading_columns_merged_down_gives_its_numbered_measures():
    # each row opened by a bar (the border), the merged 一、/（一） cells pasted once, so rows start at different
    # columns: a row opening with (二) goes under 工作内容, one opening with 2. under 工作措施
    cat = read_notice(_BORDERED_GROUPS.encode("utf-8"), year=2025).catalogue
    assert [s.title for s in cat.sections] == ["加强源头管控", "严格执法检查", "提升应急能力"]
    assert [(t.no, t.section, t.departments, str(t.due)) for t in cat.tasks] == [
        (1, 1, ("县应急局",), "2025-10-31"), (2, 1, ("县应急局",), "2025-10-31"),
        (3, 2, ("县应急局", "县公安局"), "2025-11-30"), (4, 3, ("县消防大队", "县应急局"), "None"),
        (5, 3, ("县**局",), "None")]                  # the year's end: no deadline of its own
    assert cat.tasks[0].title == "开展重点行业风险排查"


def test_task_columns_not_all_headings_stay_the_tasks_text():
    from tz_excel.tables import table_lines
    rows = [["工作目标", "工作内容", "工作措施", "责任单位"],
            ["强化风险防控", "加强源头管控", "1.开展重点行业风险排查。", "县应急局"],
            ["强化风险防控", "加强源头管控", "2.建立隐患整改台账。", "县应急局"],
            ["强化风险防控", "严格执法检查", "3.开展专项执法行动。", "县公安局"]]
    read = table_lines(rows)
    assert not any(entry.get("hint") == "section" for _, entry in read)
    assert [entry["text"] for _, entry in read if entry.get("hint") == "task"][0] == \
        "1.强化风险防控。加强源头管控。1.开展重点行业风险排查。"


@pytest.mark.parametrize("cell, expected", [
    ("****分局牵头,各有关部门按照职责分工负责", ("****分局", "各有关部门")),   # a site's masking: the name as written
    ("县财政局、****体育局", ("县财政局", "****体育局")),
    ("县财政局、*县教育局", ("县教育局", "县财政局")),                           # one star: the lead's mark
    ("县财政局、**县教育局", ("县教育局", "县财政局")),
])
def test_stars_masking_a_name_are_no_lead_mark(cell, expected):
    from tz_excel.tables import table_lines
    rows = [["序号", "工作任务", "责任单位"], ["1", "开展专项整治行动。", cell], ["2", "开展宣传活动。", "县市场监管局"]]
    tasks = [entry for _, entry in table_lines(rows) if entry.get("hint") == "task"]
    assert tasks[0]["departments"] == expected
# -- round 46-47 (prose): paragraphs naming their units under a numbered requirement, a flattened heading and
# its paragraph, groups headed by their lead unit, aides in a leader's heading, 等和各…, a closing 由…组织实施
# sentence, an item's funds (共投资), projects arranged (安排N个项目), a unit's line above its list's title, a
# list voted in December for the next year, a cited 文号, the closing 现予以公告, a count registered after 力争

def test_paragraphs_naming_their_units_under_a_numbered_requirement_are_its_tasks():
    text = ("某省人民政府办公厅关于落实重点工作部门分工的意见\n一、保持经济持续健康发展\n"
            "(一)推动经济稳定健康发展,必须充分发挥消费、投资、出口均衡拉动作用。\n"
            "发挥消费的基础作用,多渠道促进城乡居民增收,营造安全放心消费环境。(省发展改革委、省商务厅等负责)\n"
            "发挥投资的关键作用,引导资金重点投向社会民生、农林水利等领域。(省财政厅、省水利厅等负责)\n"
            "(二)推动产业转型升级。(省工业和信息化厅负责)\n")
    cat = read_notice(text.encode("utf-8"), year=2015).catalogue
    assert [t.departments for t in cat.tasks] == [
        ("省发展改革委", "省商务厅"), ("省财政厅", "省水利厅"), ("省工业和信息化厅",)]
    assert cat.task(1).title == "发挥消费的基础作用,多渠道促进城乡居民增收,营造安全放心消费环境"
    assert [s.title for s in cat.sections] == ["保持经济持续健康发展"]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
@pytest.mark.parametrize("under", [
    # one paragraph naming its units only: the item's text
    "发挥消费的基础作用,多渠道促进城乡居民增收,营造安全放心消费环境。(省发展改革委、省商务厅等负责)\n",
    # paragraphs naming none: the item's words
    "发挥消费的基础作用,多渠道促进城乡居民增收,营造安全放心消费环境。\n发挥投资的关键作用,引导资金投向社会民生等领域。\n",
], ids=["one-paragraph", "no-units"])
def test_a_numbered_requirement_without_a_run_of_marked_paragraphs_stays_an_item(under):
    text = ("某省人民政府办公厅关于落实重点工作部门分工的意见\n一、保持经济持续健康发展\n"
            "(一)推动经济稳定健康发展,必须充分发挥消费、投资、出口均衡拉动作用。\n" + under +
            "(二)推动产业转型升级。(省工业和信息化厅负责)\n")
    cat = read_notice(text.encode("utf-8"), year=2015).catalogue
    assert cat.task(1).title == "推动经济稳定健康发展,必须充分发挥消费、投资、出口均衡拉动作用"
    assert len(cat.tasks) == 2


_FLAT_DIVISION = ("某省人民政府关于印发某省五年规划纲要报告工作目标责任分解的通知 各市、县人民政府,省人民政府各委、厅,各直属机构: "
                  "《某省五年规划纲要报告》工作目标责任分解已经省人民政府同意,现印发给你们,请认真贯彻落实。 "
                  "根据省人民代表大会通过的《某省五年规划纲要报告》,现将工作目标责任分解安排如下: "
                  "一、张大同省长负责的工作(李四秘书长、王五省长助理协助) 对主要工作任务负总责,同时具体负责以下工作: "
                  "(一)省监察委员会牵头的工作 强化行政监察,建立健全惩治和预防腐败体系。 "
                  "协同部门:省政府办公厅、发展改革委、教育厅等。 "
                  "(二)省审计厅牵头的工作 强化审计监督,依法开展审计工作,维护财政经济秩序。 "
                  "协同部门:省政府办公厅、财政厅、地税局等和各市、县人民政府。 "
                  "(三)省编办牵头的工作 1.进一步优化政府组织机构,建立权责明确、行为规范的行政管理体制。 "
                  "协同部门:省人民政府各部门。\n")


def test_a_flattened_division_by_leader_and_lead_unit():
    cat = read_notice(_FLAT_DIVISION.encode("utf-8"), year=2006).catalogue
    assert [t.title for t in cat.tasks] == ["强化行政监察,建立健全惩治和预防腐败体系", "强化审计监督,依法开展审计工作,维护财政经济秩序",
                                            "进一步优化政府组织机构,建立权责明确、行为规范的行政管理体制"]
    assert [t.departments for t in cat.tasks] == [
        ("省监察委员会", "省政府办公厅", "发展改革委", "教育厅"),
        ("省审计厅", "省政府办公厅", "财政厅", "地税局", "各市、县人民政府"), ("省编办", "省人民政府各部门")]
    assert {t.leaders for t in cat.tasks} == {("张大同", "李四", "王五")}


def test_a_heading_and_its_paragraph_run_on_after_a_space_are_cut_only_in_a_flattened_page():
    from tz_excel.flattened import unflatten
    lines = [Line(1, _FLAT_DIVISION.strip())]
    texts = [ln.text for ln in unflatten(lines)]
    assert "(一)省监察委员会牵头的工作" in texts and "强化行政监察,建立健全惩治和预防腐败体系。" in texts
    # a line of its own (no flattened page) keeps its words together
    one = [Line(1, "(一)省监察委员会牵头的工作 强化行政监察,建立健全惩治和预防腐败体系。")]
    assert [ln.text for ln in unflatten(one)] == [one[0].text]
    # a sentence before the space (a comma in it) is no heading: the item's words go on
    from tz_excel.flattened import _heading_and_paragraph
    assert _heading_and_paragraph("(一)强化行政监察,建立体系 加强预防工作。") == ["(一)强化行政监察,建立体系 加强预防工作。"]
    # nor is a heading followed by words without any stop or comma (a title's second half)
    assert _heading_and_paragraph("(一)省监察委员会牵头的工作 强化行政监察") == ["(一)省监察委员会牵头的工作 强化行政监察"]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_items_that_only_name_their_lead_unit_are_groups_over_the_work_under_them():
    text = ("某省2008年工作目标责任分解\n一、张大同省长负责的工作\n(一)省监察厅牵头的工作\n加强行政监察工作。\n"
            "协同单位:省财政厅。\n(二)省编办牵头的工作\n1.深化行政管理体制改革。\n协同单位:省人事厅。\n")
    cat = read_notice(text.encode("utf-8")).catalogue
    assert [(t.title, t.departments) for t in cat.tasks] == [
        ("加强行政监察工作", ("省监察厅", "省财政厅")), ("深化行政管理体制改革", ("省编办", "省人事厅"))]
    # every group holding one paragraph, no 1. 2.: the groups are the items, each led by its heading's unit
    text = ("某省2008年工作目标责任分解\n一、张大同省长负责的工作\n(一)省监察厅牵头的工作\n加强行政监察工作。\n"
            "协同单位:省财政厅。\n(二)省审计厅牵头的工作\n全面加强审计工作。\n协同单位:省人事厅。\n")
    cat = read_notice(text.encode("utf-8")).catalogue
    assert [(t.text, t.departments, t.leaders) for t in cat.tasks] == [
        ("省监察厅牵头的工作。加强行政监察工作。", ("省监察厅", "省财政厅"), ("张大同",)),
        ("省审计厅牵头的工作。全面加强审计工作。", ("省审计厅", "省人事厅"), ("张大同",))]
    # an item whose heading is work (加强审计工作), not a lead unit, is the task it always was
    text = ("某省2008年工作目标责任分解\n一、张大同省长负责的工作\n(一)加强审计工作\n全面加强审计监督。\n"
            "责任单位:省审计厅。\n(二)深化机构改革\n积极稳妥推进乡镇机构改革。\n责任单位:省编办。\n")
    cat = read_notice(text.encode("utf-8")).catalogue
    assert [t.departments for t in cat.tasks] == [("省审计厅",), ("省编办",)]
    assert [t.text[:6] for t in cat.tasks] == ["加强审计工作", "深化机构改革"]


@pytest.mark.parametrize("heading, persons", [
    ("张大同省长负责的工作(李四秘书长、王五省长助理协助)", ("张大同", "李四", "王五")),
    ("张大同省长负责的工作(李四秘书长协助)", ("张大同", "李四")),
    # a bracket of units helping, or a tally, names no person
    ("张大同省长负责的工作(省发改委协助)", ("张大同",)),
    ("张大同省长负责的工作(12项)", ("张大同",)),
])
def test_aides_named_in_a_leaders_heading_answer_with_him(heading, persons):
    from tz_excel.markers import heading_persons
    assert heading_persons(heading) == persons


@pytest.mark.parametrize("marker, units", [
    ("协同部门:省政府办公厅、财政厅、地税局等和各市、县人民政府", ("省政府办公厅", "财政厅", "地税局", "各市、县人民政府")),
    ("协同单位:省直各部门和各市人民政府", ("省直各部门", "各市人民政府")),
    # 及 before no 各 stays inside the collective's name
    ("责任单位:各县(市)及相关区政府", ("各县(市)及相关区政府",)),
])
def test_a_collective_joined_by_he_after_etc_keeps_its_kinds_of_place(marker, units):
    assert split_departments(marker) == units


def test_an_items_closing_sentence_naming_who_carries_it_out_is_its_marker():
    text = ("某区民生工程实施方案\n一、建设内容和实施主体\n"
            "(一)道路硬化项目。安排道路硬化11个项目,共投资220万元,道路硬化达5397米。由区交通局、甲镇政府共同组织实施。\n"
            "(二)水电项目。安排水电工程4个项目,修水渠6490米,共投资80万元。由区交通局、水利、电力部门共同组织实施。\n")
    cat = read_notice(text.encode("utf-8"), year=2005).catalogue
    assert [t.departments for t in cat.tasks] == [("区交通局", "甲镇政府"), ("区交通局", "水利", "电力部门")]
    assert cat.task(1).text == "道路硬化项目。安排道路硬化11个项目,共投资220万元,道路硬化达5397米。"


@pytest.mark.parametrize("text", [
    "推进工作。具体工作由县财政局负责。",             # words of its own before 由: the item's sentence
    "推进工作。由群众自主实施。",                    # no unit named
    "推进工作。由县财政局安排资金300万元负责。",       # a figure: the sentence says more than who
])
def test_a_closing_sentence_with_more_than_who_carries_it_out_is_the_items(text):
    from tz_excel.markers import split_marker
    assert split_marker(text) == (text, None)


@pytest.mark.parametrize("text, expected", [
    # the projects arranged are counted; the item's funds in all (共投资) are its budget
    ("安排道路硬化11个项目,共投资220万元,道路硬化达5397米。", [(11, "个"), (5397, "米")]),
    ("安排水电工程4个项目,修水渠6490米,共投资80万元。", [(4, "个"), (6490, "米")]),
    # a count of anything else arranged, money arranged, or an investment building something, as ever
    ("共安排8个方面61个项目。", []),
    ("安排资金3个项目。", []),
    ("共投资300万元建设停车场2个。", [(300, "万元"), (2, "个")]),
])
def test_projects_arranged_are_counted_and_an_items_funds_in_all_are_no_target(text, expected):
    assert _figures(text) == expected


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_plan_without_a_year_of_its_own_is_dated_by_its_first_parts_opening_sentence():
    text = ("民生工程实施方案\n一、目标任务\n从2005年起,自治区制定规划,分3年安排资金,用3年左右时间完成建设。\n"
            "二、建设内容\n(一)道路项目。新建道路20公里。由区交通局负责实施。\n(二)桥梁项目。新建桥梁2座。由区交通局负责实施。\n")
    assert read_notice(text.encode("utf-8")).catalogue.year == 2005
    # a first part opening with its items, or with a sentence naming no year, dates nothing
    numbered = text.replace("从2005年起,自治区制定规划,分3年安排资金,用3年左右时间完成建设。\n", "")
    assert read_notice(numbered.encode("utf-8")).catalogue.year == 0
    later = text.replace("从2005年起,自治区制定规划", "自治区制定规划,2005年起步")
    assert read_notice(later.encode("utf-8")).catalogue.year == 2005
    elsewhere = text.replace("从2005年起,自治区制定规划,分3年安排资金,", "自治区制定规划,分3年安排资金。从2005年起,")
    assert read_notice(elsewhere.encode("utf-8")).catalogue.year == 0


_BOOK_UNDER_UNIT = ("专访市甲局局长\n记者:今年的目标任务重,您有怎样的想法?\n局长:我们有信心把今年的各项工作落实好、完成好。\n"
                "市甲局\n2011年重点工作目标责任书(3项)\n1、上半年开工建设市儿童医院。\n2、推进公立医院改革试点。\n"
                "3、新型农村合作医疗参保率稳定在92%以上。\n")


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_unit_alone_on_the_line_above_its_lists_name_answers_for_its_items():
    cat = read_notice(_BOOK_UNDER_UNIT.encode("utf-8")).catalogue
    assert [t.departments for t in cat.tasks] == [("市甲局",)] * 3
    assert all(t.needs_review for t in cat.tasks)


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
@pytest.mark.parametrize("old, new", [
    ("市甲局\n2011年", "市甲局的目标\n2011年"),                          # no unit's name alone
    ("市甲局\n2011年重点工作目标责任书(3项)\n", "市甲局\n以下为今年的目标责任书内容:\n"),   # no list's name under it
    ("市甲局\n2011年重点工作目标责任书(3项)\n", "2011年重点工作目标责任书(3项)\n市甲局\n"),  # the other way round
    ("2、推进公立医院改革试点。", "2、推进公立医院改革试点。(责任单位:市乙局)"),    # an item names its own unit
], ids=["no-unit", "no-list-name", "reversed", "item-names-its-unit"])
def test_no_unit_is_read_off_the_lines_above_a_list_of_other_shapes(old, new):
    cat = read_notice(_BOOK_UNDER_UNIT.replace(old, new).encode("utf-8")).catalogue
    assert cat.task(1).departments == ()


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
@pytest.mark.parametrize("lead, number, year", [
    # a 文号 cited as the basis is another document's: neither the notice's number nor its year
    ("根据新竞办〔2010〕5号文件要求,开发区制定了《某开发区2011年度目标》。现将各项目标任务报告如下:", "", 2011),
    ("根据《某市应急体系建设规划》(某政办发〔2016〕76号)精神,现将2017年建设任务分解如下:", "", 2017),
    # the notice's own, on its line or after its title
    ("某政办发〔2011〕5号\n现将各项目标任务分解如下:", "某政办发〔2011〕5号", 2011),
    ("某市人民政府关于印发目标任务的通知 某政发〔2011〕8号 现将各项目标任务分解如下:", "某政发〔2011〕8号", 2011),
], ids=["cited-basis", "cited-in-brackets", "own-line", "after-title"])
def test_a_wen_hao_cited_as_the_basis_is_not_the_notices(lead, number, year):
    text = "县工作领导小组:\n" + lead + "\n一、经济运行目标\n(1)地区生产总值增长16%。\n(2)新增企业3家。\n"
    cat = read_notice(text.encode("utf-8")).catalogue
    assert (cat.doc_number, cat.year) == (number, year)


_VOTED = ("某区第七届人民代表大会第二次会议于{date}投票表决,确定区政府{named}民生实事项目为3项,分别是:\n"
          "一、社区建设项目;\n二、移动公厕项目;\n三、农村公路建设项目。\n现予以公告。\n某区第七届人民代表大会\n第二次会议主席团\n{date}\n"
          "下一步,区人大常委会将组织人大代表围绕民生实事项目建设,以视察促进项目落实。\n")


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
@pytest.mark.parametrize("date, named, year", [
    ("2022年12月27日", "2023年", 2023),           # voted in December for the year to come
    ("2022年11月20日", "2023年度", 2023),
    ("2022年3月27日", "2023年", 2022),            # early in the year: the notice's year, as ever
    ("2022年12月27日", "2022年", 2022),           # the year's own list
    ("2022年12月27日", "2023年底前完成的", 2022),  # a time, no list's year
])
def test_a_list_voted_late_in_the_year_for_the_next_is_the_next_years(date, named, year):
    cat = read_notice(_VOTED.format(date=date, named=named).encode("utf-8")).catalogue
    assert cat.year == year


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_the_notices_closing_formula_ends_its_last_item():
    cat = read_notice(_VOTED.format(date="2022年12月27日", named="2023年").encode("utf-8")).catalogue
    assert cat.task(3).text == "农村公路建设项目。"
    assert cat.task(3).due is None                        # the 公告's date is no deadline
    # words after the last item that are no formula still go on with it, as ever
    text = "2023年民生实事项目:\n一、社区建设项目;\n二、农村公路建设项目。\n现予以公告如下内容,请各单位予以配合。\n"
    assert read_notice(text.encode("utf-8")).catalogue.task(2).text.endswith("请各单位予以配合。")


@pytest.mark.parametrize("text, hopes", [
    # a count registered under a name of its own after a 力争 inside the sentence: a statement of its own
    ("实施企业培育行动,2021年全市力争培育高新技术企业150家,科技型中小企业入库500家。", [True, False]),
    ("实施企业培育行动,力争引进工业项目6个,规上工业企业入统20家。", [True, False]),
    # a 力争 opening the sentence frames every clause of it, the registered count too
    ("力争培育高新技术企业150家,科技型中小企业入库500家。", [True, True]),
])
def test_a_hope_inside_the_sentence_stops_at_a_count_registered_under_its_own_name(text, hopes):
    assert [i.aspirational for i in extract_indicators(text, 1)] == hopes
# -- round 46-47 (tablesB): a target table's 工作标准 column, a project's 用地面积, a divided table with a 备注
# column and a total row, a progress table's graded sub-rows, a label that lost its opening bracket --------


_STANDARDS_TABLE = """类别 | 序号 | 项目名称 | 工作标准 |
重点类 | 1 | 道路建设工程 | 新建城市道路12公里,年内通车。 |
重点类 | 2 | 公园建设工程 | 建成口袋公园5个,完成投资8000万元。 |
一般类 | 3 | 供水保障工程 | 改造供水管网20公里。 |
"""


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_target_tables_standard_column_beside_the_task_name_is_the_tasks_text():
    cat = parse_notice(_STANDARDS_TABLE.encode("utf-8"), year=2023)
    assert [t.title for t in cat.tasks] == ["道路建设工程", "公园建设工程", "供水保障工程"]
    assert [(i.task_no, i.target, i.unit) for i in cat.indicators()] == [
        (1, 12, "公里"), (2, 5, "个"), (2, 8000, "万元"), (3, 20, "公里")]


def test_a_scoring_column_beside_the_task_name_is_no_standard_of_the_task():
    from tz_excel.tables import table_lines

    # 评分标准 says how the task is scored, not what it is to do: no part of the task's text
    rows = [["序号", "项目名称", "评分标准", "责任单位"], ["1", "道路建设工程", "每少1公里扣2分", "区住建局"],
            ["2", "公园建设工程", "未建成扣5分", "区园林局"]]
    assert [entry["text"] for _, entry in table_lines(rows) if entry.get("hint") == "task"] == [
        "1.道路建设工程", "2.公园建设工程"]


@pytest.mark.parametrize("text, expected", [
    ("项目用地面积17.7公顷,总建筑面积2.1万平方米。", [(2.1, "万平方米")]),      # the site the project stands on
    ("用地面积为7165.96平方米,建筑面积4286.2平方米。", [(4286.2, "平方米")]),
    ("新增用地面积35万平方米。", [(35, "万平方米")]),                          # land the task adds: delivered
])
def test_a_projects_land_area_describes_its_site(text, expected):
    assert _figures(text) == expected


_DIVIDED_NOTED = """各乡镇:
现将2023年油茶种植任务分解表下达给你们,请抓好落实。
附件
2023年油茶种植任务分解表
乡镇 | 新种任务(亩) | 备注 |
全县合计 | 3000 | |
东山镇 | 1200 | 其中县林业发展有限公司新种任务800亩,不计入东山镇考核。 |
西岭乡 | 700 | 其中新种高产品种200亩。 |
南坪镇 | 600 | |
北岗乡 | 500 |
"""


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_divided_table_with_a_remark_column_and_a_jurisdictions_total_row_gives_each_place_its_task():
    cat = parse_notice(_DIVIDED_NOTED.encode("utf-8"), year=2023)
    # 全县合计 is a total, no place; the last row pasted without its empty 备注 cell is still a row
    assert [t.departments for t in cat.tasks] == [("东山镇", "县林业发展有限公司"), ("西岭乡",), ("南坪镇",), ("北岗乡",)]
    assert [[(i.target, i.unit) for i in t.indicators] for t in cat.tasks] == [
        [(1200, "亩"), (800, "亩")], [(700, "亩"), (200, "亩")], [(600, "亩")], [(500, "亩")]]


def test_a_divided_tables_columns_other_than_a_remark_still_hold_figures_only():
    from tz_excel.tables import table_lines

    # a column of words under a heading other than 备注 (落实措施) is no table dividing figures among places
    rows = [["乡镇", "新种任务(亩)", "落实措施"], ["东山镇", "1200", "统一供苗"], ["西岭乡", "700", "技术培训"],
            ["南坪镇", "600", "统一供苗"]]
    assert not any(entry.get("hint") == "task" for _, entry in table_lines(rows))
    # nor is a table of places and remarks only, no figure under a measure
    rows = [["乡镇", "备注"], ["东山镇", "统一供苗"], ["西岭乡", "技术培训"], ["南坪镇", "统一供苗"]]
    assert not any(entry.get("hint") == "task" for _, entry in table_lines(rows))


_OPENLESS = ("2018年某县为民办实事8月份进展情况通报\n一、进展情况\n(一)眼病筛查(责任单位:县卫健委)\n"
             "截至8月底共完成筛查3000人。\n{second}(责任单位:县教育局、县卫健委)\n目前已完成名单收集。\n"
             "(三)老年人保险(责任单位:县民政局)\n已为特困老年人购买保险。\n")


@pytest.mark.parametrize("second", ["二)听力筛查", "二）听力筛查"])
def test_a_label_that_lost_its_opening_bracket_between_its_neighbours_is_the_item(second):
    cat = read_notice(_OPENLESS.format(second=second).encode("utf-8"), year=2018).catalogue
    assert [(t.no, t.title, t.departments) for t in cat.tasks] == [
        (1, "眼病筛查", ("县卫健委",)), (2, "听力筛查", ("县教育局", "县卫健委")), (3, "老年人保险", ("县民政局",))]


def test_a_numeral_and_a_closing_bracket_that_fits_no_run_of_labels_stays_text():
    from tz_excel.flattened import opened_labels

    # no (一)-level label around it numbers one less or one more: nothing to give a bracket back to
    lines = [Line(1, "(一)眼病筛查"), Line(2, "五)听力筛查"), Line(3, "(二)老年人保险")]
    assert [ln.text for ln in opened_labels(lines)] == ["(一)眼病筛查", "五)听力筛查", "(二)老年人保险"]


def test_a_progress_reports_paragraph_under_an_items_title_dates_nothing():
    text = ("2018年某县为民办实事8月份进展情况通报\n一、进展情况\n(一)听力筛查(责任单位:县卫健委)\n"
            "目前已完成名单收集,下一步到各乡镇筛查,计划9月将阳性对象送省医院复筛。\n"
            "(二)老年人保险(责任单位:县民政局)\n为特困老年人购买意外伤害保险,10月底前完成续保。\n")
    cat = read_notice(text.encode("utf-8"), year=2018).catalogue
    # the second paragraph reports nothing (no 目前, 已完成, 下一步): what the item is to do, and by when
    assert [t.due for t in cat.tasks] == [None, date(2018, 10, 31)]
    assert "计划9月" in cat.tasks[0].text                     # still the item's text, for the clerk


def test_a_plans_paragraph_under_an_items_title_still_dates_the_item():
    # a plan, no progress report: the paragraph says what the item is to do and by when
    text = ("2018年某县为民办实事安排\n一、民生实事\n(一)听力筛查(责任单位:县卫健委)\n"
            "到各乡镇开展儿童听力筛查,9月底前完成复筛。\n(二)老年人保险(责任单位:县民政局)\n"
            "为特困老年人购买意外伤害保险,10月底前完成。\n")
    cat = read_notice(text.encode("utf-8"), year=2018).catalogue
    assert [t.due for t in cat.tasks] == [date(2018, 9, 30), date(2018, 10, 31)]


@pytest.mark.parametrize("text, expected", [
    ("保险于201810月到期。", []),                     # 2018年10月 with its 年 lost: no month read from its tail
    ("截止到822日共完成3035人。", []),
    ("2018年10月底前完成。", [date(2018, 10, 31)]),
    ("1-6月完成投资5亿元,10月底前完工。", [date(2018, 6, 30), date(2018, 10, 31)]),
])
def test_a_month_is_never_read_from_the_end_of_a_longer_number(text, expected):
    from tz_excel.deadlines import find_deadlines

    assert [d.day for d in find_deadlines(text, 2018)] == expected


_GRADED = """序号 | 项目名称 | 项目内容 | 当前进展情况 | 进度评价 | 主办单位 |
1 | 城乡环境提升工程 | 新建口袋公园12个。 | 已建成口袋公园12个。 | 已完成 | 县住建局 |
新建城市道路8公里。 | 完工建设8.3公里。 | 已完成 | |||
改造供水管网20公里。 | 已开工建设,完成改造15公里。 | 正常推进 | |||
2 | 养老服务提升工程 | 新增养老床位300张。 | 已新增床位200张。 | 正常推进 | 县民政局 |
"""


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_progress_tables_project_graded_row_by_row_is_a_heading_over_its_rows_tasks():
    cat = parse_notice(_GRADED.encode("utf-8"), year=2023)
    # the rows pasted without the project's merged 序号, name and 主办单位 take them from the row above
    assert [(t.no, t.title, t.departments) for t in cat.tasks] == [
        (1, "新建口袋公园12个", ("县住建局",)), (2, "新建城市道路8公里", ("县住建局",)),
        (3, "改造供水管网20公里", ("县住建局",)), (4, "新增养老床位300张", ("县民政局",))]
    assert [s.title for s in cat.sections] == ["城乡环境提升工程", "养老服务提升工程"]
    assert [(i.task_no, i.target, i.unit) for i in cat.indicators()] == [
        (1, 12, "个"), (2, 8, "公里"), (3, 20, "公里"), (4, 300, "张")]


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_project_merged_over_rows_without_grades_stays_one_task():
    # no column grading each row (进度评价): the 序号 merged down makes one task, as ever
    text = _GRADED.replace(" | 进度评价", "").replace(" | 已完成 |", " |").replace(" | 正常推进 |", " |")
    cat = parse_notice(text.encode("utf-8"), year=2023)
    assert [(t.no, t.departments) for t in cat.tasks] == [(1, ("县住建局",)), (2, ("县民政局",))]
    assert [(i.task_no, i.target, i.unit) for i in cat.indicators()] == [
        (1, 12, "个"), (1, 8, "公里"), (1, 20, "公里"), (2, 300, "张")]


def test_a_pasted_row_of_another_width_or_its_own_number_is_no_row_of_the_project_above():
    from tz_excel.tables import _merged_project, _project_columns

    rows = [(1, ["序号", "项目名称", "项目内容", "当前进展情况", "进度评价", "主办单位"]),
            (2, ["1", "城乡环境提升工程", "新建口袋公园12个。", "已建成12个。", "已完成", "县住建局"])]
    assert _project_columns(rows) == (2, 1)           # 序号, 项目名称 lead; 主办单位 trails
    full = rows[1][1]
    assert _merged_project(["新建城市道路8公里。", "完工建设8.3公里。", "已完成"], full, 2, 1) == [
        "1", "城乡环境提升工程", "新建城市道路8公里。", "完工建设8.3公里。", "已完成", "县住建局"]
    assert _merged_project(["注:进度截至9月底。"], full, 2, 1) is None             # one cell: a note
    assert _merged_project(["2", "养老服务提升工程", "新增床位300张。"], full, 2, 1) is None   # a row of its own
    # a header naming no 序号 gives no project's columns
    assert _project_columns([(1, ["项目名称", "项目内容", "主办单位"])]) is None


def test_a_tables_organising_unit_heads_its_units_column():
    rows = [["序号", "项目名称", "承办单位"], ["1", "新建口袋公园12个", "县住建局"], ["2", "新增养老床位300张", "县民政局"]]
    assert [(text, units) for text, units, _ in _table_tasks(rows)] == [
        ("1.新建口袋公园12个", ("县住建局",)), ("2.新增养老床位300张", ("县民政局",))]


def test_a_column_naming_an_events_host_is_no_units_column():
    from tz_excel.tables import _HEAD_RESP

    assert _HEAD_RESP.match("主办单位") and _HEAD_RESP.match("承办部门")
    assert not any(_HEAD_RESP.match(head) for head in ("活动主办方", "承办事项", "主办单位地址"))


# -- round 48 (structure A): a division of binding targets (1. heading / short lines each closed by its bracketed
# units), a helper named before the unit it helps (Y配合X落实), 小于 as a ceiling, a five-year plan's first year,
# works counted 之一: 之二:, a compilation's dated piece heading (第一篇:2014—6…)

_BINDING = """某省人民政府关于落实第十二个五年规划纲要主要目标任务分工的通知
二、责任主体及工作分工
(一)约束性指标
1. 约束性指标的责任部门
万元产值用水量降低15%左右。(省水利厅牵头)
完成上级下达的减排指标。(省环保厅、发展改革委按职责分工负责)
婴儿死亡率小于6‰。(省卫生厅牵头)
2. 建立考核制度
将约束性指标纳入绩效考核。(省人事厅配合省委有关部门落实)
"""


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_short_lines_closed_by_their_bracketed_units_under_a_numbered_heading_are_its_tasks():
    cat = parse_notice(_BINDING.encode("utf-8"))
    assert [(t.title, t.departments) for t in cat.tasks] == [
        ("万元产值用水量降低15%左右", ("省水利厅",)),
        ("完成上级下达的减排指标", ("省环保厅", "发展改革委")),
        ("婴儿死亡率小于6‰", ("省卫生厅",)),
        ("建立考核制度", ("省委有关部门", "省人事厅"))]
    assert [(i.target, i.unit, i.comparator) for i in cat.indicators()] == [(15, "%", "~"), (6, "‰", "<=")]
    assert cat.year == 2011                         # 十二五 runs 2011—2015; the title gives no year of its own


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_lines_whose_bracket_follows_no_full_stop_stay_the_numbered_items_text():
    # …改造(市住建局) without a full stop before the bracket may be a wrapped half of the item's paragraph
    text = "1. 推进城区改造\n实施老旧小区改造(市住建局)\n完成道路提升(市交通局)\n2. 办好民生实事。(市民政局负责)\n"
    cat = parse_notice(text.encode("utf-8"), year=2024)
    assert [t.no for t in cat.tasks] == [1, 2]


def test_a_marked_sentence_is_one_short_sentence_closed_by_units_in_brackets():
    from tz_excel.notice import _marked_sentence

    assert _marked_sentence("完成国家下达的耕地保有量指标。(省国土资源厅牵头)")
    assert _marked_sentence("森林覆盖率20%左右。(省林业局牵头)")
    assert not _marked_sentence("实施老旧小区改造(市住建局)")           # no full stop before the bracket
    assert not _marked_sentence("加快建设。推进改造。(市住建局负责)")     # two sentences: a paragraph's
    assert not _marked_sentence("森林覆盖率20%左右。(含经济林)")          # a note, no units


def test_a_helper_named_before_the_unit_it_helps_follows_the_lead():
    from tz_excel.markers import read_marker, split_marker

    assert read_marker("省人事厅配合省委有关部门落实").departments == ("省委有关部门", "省人事厅")
    assert read_marker("区财政局协助区住建局实施").departments == ("区住建局", "区财政局")
    assert read_marker("市财政局配合").departments == ("市财政局",)
    # work to help with is no unit: the bracket stays the item's words
    assert split_marker("开展培训。(配合做好宣传工作)") == ("开展培训。(配合做好宣传工作)", None)


def test_less_than_bounds_a_figure_from_above_and_not_less_than_from_below():
    assert [(i.target, i.comparator) for i in extract_indicators("人口自然增长率小于4‰。", 1)] == [(4, "<=")]
    assert [(i.target, i.comparator) for i in extract_indicators("出生缺陷率不小于5%。", 1)] == [(5, ">=")]


def test_a_five_year_plan_named_by_its_ordinal_dates_a_title_without_a_year():
    from tz_excel.notice import _five_year_plan_start

    assert _five_year_plan_start("某省国民经济和社会发展第十一个五年规划纲要任务分工") == 2006
    assert _five_year_plan_start("“十四五”规划重点任务分工方案") == 2021
    assert _five_year_plan_start("“十五”计划主要目标分解") == 2001
    assert _five_year_plan_start("第二个五年计划") == 0             # before 1966 the plans ran unevenly
    assert _five_year_plan_start("2024年重点任务分工") == 0
    # a title's own year wins over the plan's
    text = "“十四五”规划2023年重点任务分工\n1.推进改造。(市住建局负责)\n2.新建公园3个。(市园林局负责)\n"
    assert parse_notice(text.encode("utf-8")).year == 2023


def test_works_counted_zhi_yi_are_ordinal_labels_only_before_a_colon():
    from tz_excel.lines import Label

    assert item_label(fold("之一:“亮点工程”——改造老街")) == Label("ordinal", 1, 3)
    assert item_label(fold("之三：网格工程")).number == 3
    assert item_label(fold("之一是改造老街")) is None
    assert item_label(fold("总之一:要抓落实")) is None


def test_a_compilations_dated_piece_heading_is_no_part_label():
    from tz_excel.lines import Label

    assert item_label(fold("第一篇:2014—6某街道打造十大民生工程")) is None
    assert item_label(fold("第二篇：2019-3某镇工作要点")) is None
    assert item_label(fold("第一篇 总体要求")) == Label("cn", 1, 4)      # a plan's part, as ever
    assert item_label(fold("第一篇:2014年发展目标")).kind == "cn"          # a year, no date of the piece


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_news_items_works_counted_zhi_yi_are_its_tasks_under_its_dated_heading():
    text = ("第一篇:2016—3某街道打造五大民生工程\n某街道打造五大民生工程\n通讯员:张三\n"
            "街道主任在会上敞出了“五大工程”的盘子——\n"
            "之一:“亮点工程”——老街改造提升是该街道2016年的标杆工作,打造特色街区。\n"
            "之二:“地标工程”——建成农贸市场,预期全年实现营业收入3亿元。\n")
    cat = parse_notice(text.encode("utf-8"))
    assert [t.no for t in cat.tasks] == [1, 2]
    assert cat.tasks[0].title.startswith("“亮点工程”")
    assert cat.year == 2016
# -- round 48 (structure B): projects closed by 上述项目由X牵头负责。, a quarterly schedule's milestones, a unit set
# apart above an assessment list's heading -----------------------------------------------------------

_COVERED = ("某区2020年实事项目\n"
            "一、加强社区服务设施建设。新建社区食堂3家;改造街心公园2个;建设社区图书室5个。\n"
            "新建社区食堂3家。项目具体实施进度为:第一季度确定选址;第二季度完成设计;第三季度完成2家;第四季度完成1家。\n"
            "改造街心公园2个,完善园内健身和照明设施。项目具体实施进度为:第一季度制定方案;第二季度招标;第四季度验收。\n"
            "上述项目由区建设管理委牵头负责。\n"
            "建设社区图书室5个,配齐图书和阅览设施。项目具体实施进度为:第一季度制定方案;第二季度采购;第四季度开放。\n"
            "上述项目由区文化旅游局牵头负责。\n")


def test_projects_closed_by_a_line_naming_their_units_are_the_items_tasks():
    cat = read_notice(_COVERED.encode("utf-8"), year=2020).catalogue
    assert [s.title for s in cat.sections] == ["加强社区服务设施建设"]
    assert [(t.no, t.departments) for t in cat.tasks] == [
        (1, ("区建设管理委",)), (2, ("区建设管理委",)), (3, ("区文化旅游局",))]
    # the item's line restates the projects: its figures are theirs, counted once; no quarter's step counts
    assert [(i.task_no, i.target, i.unit) for i in cat.indicators()] == [
        (1, 3, "家"), (2, 2, "个"), (3, 5, "个")]
    assert all("上述项目由…负责" in t.review for t in cat.tasks)


@pytest.mark.parametrize("text", [
    # one project only before the closing line: the item's own paragraph, as ever
    "某区2020年实事项目\n一、加强社区服务设施建设。\n"
    "新建社区食堂3家,为辖区老年人提供助餐服务。项目具体实施进度为:第一季度选址;第四季度建成。\n"
    "上述项目由区民政局牵头负责。\n二、改造街心公园2个(区绿化市容局负责)。\n",
    # projects with no line naming their units after them: the item's paragraphs
    "某区2020年实事项目\n一、加强社区服务设施建设。\n"
    "新建社区食堂3家,为辖区老年人提供助餐服务。项目具体实施进度为:第一季度选址;第四季度建成。\n"
    "建设社区图书室5个,配齐图书和阅览设施。项目具体实施进度为:第一季度制定方案;第四季度开放。\n"
    "二、改造街心公园2个(区绿化市容局负责)。\n",
], ids=["one-project", "no-closing-line"])
def test_an_items_paragraphs_without_a_closing_line_for_two_stay_its_text(text):
    cat = read_notice(text.encode("utf-8"), year=2020).catalogue
    assert [t.no for t in cat.tasks] == [1, 2]
    assert "新建社区食堂3家" in cat.tasks[0].text


def test_a_line_naming_the_units_of_the_projects_above_is_read_as_their_marker():
    from tz_excel.markers import above_marker

    assert above_marker("上述项目由区商务委牵头负责。").departments == ("区商务委",)
    assert above_marker("以上工作由县住建局、县财政局负责实施。").departments == ("县住建局", "县财政局")
    # a sentence that goes on with other work, or a unit inside a project's words: no such line
    assert above_marker("上述项目由区商务委牵头负责,各街道配合做好宣传。") is None
    assert above_marker("由区商务委牵头负责上述项目的招标。") is None


def test_a_quarterly_schedules_figures_are_milestones_not_targets():
    text = "改建标准化菜市场4家。项目具体实施进度为:第一季度细化方案;第二季度落实准备;第三季度完成3家;第四季度完成1家。"
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == [(4, "家")]
    assert [(i.target, i.unit) for i in extract_indicators(
        "建设追溯系统。进度安排:第三季度完成工作进度60%;第四季度完成40%。", 1)] == []
    # a quarter named outside a schedule's field (no 进度为:, 进度安排:): its figure stands, as before
    assert [(i.target, i.unit) for i in extract_indicators("改建标准化菜市场4家,第三季度完成3家。", 1)] == [
        (4, "家"), (3, "家")]


@pytest.mark.parametrize("text, expected", [
    # the places counted after 在, then what is built or installed at each: the count is the work's
    ("在6家标准化菜市场建设蔬菜追溯系统,在14家标准化菜市场建设水产品追溯系统。", [(6, "家"), (14, "家")]),
    ("在20个小区安装电动自行车充电桩。", [(20, "个")]),
    # the work measured by a figure of its own: the places are its scope, as before
    ("在17个乡镇建设农村道路10公里。", [(10, "公里")]),
    # 建设用地 is a noun, nothing built there
    ("推动在3个区建设用地指标调整。", []),
], ids=["built-at", "installed-at", "own-figure", "land-noun"])
def test_a_count_of_places_something_is_built_at_is_the_target(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == expected


_ASSESSED = ("为推动各镇(街)争先进位,区委、区政府制定了差异化考核评价方案,形成年初亮目标、年终亮成果的考评闭环。\n"
             "{unit}\n{heading}\n"
             "1、产业发展。力争建成纺织产业园区1个,新增规模以上企业5家。\n"
             "2、乡村振兴。完成15个村美丽乡村建设,建成高标准农田1万亩。\n")


def test_a_township_alone_above_its_assessment_headings_answers_for_each_indicator():
    text = _ASSESSED.format(unit="东湖镇", heading="区委、区政府对镇(街)考核指标:")
    parsed = read_notice(text.encode("utf-8"), year=2021)
    assert [t.departments for t in parsed.catalogue.tasks] == [("东湖镇",), ("东湖镇",)]
    assert any("东湖镇" in w for w in parsed.warnings)


@pytest.mark.parametrize("unit, heading", [
    ("东湖镇", "区委、区政府对区直单位考核指标:"),      # the heading assesses another kind of unit
    ("东湖镇", "区委、区政府考核指标:"),                 # no kind assessed named
    ("东湖村", "区委、区政府对镇(街)考核指标:"),        # a village, no township
], ids=["other-kind", "no-kind", "no-township"])
def test_a_line_above_an_assessment_heading_that_is_no_township_of_its_kind_names_no_unit(unit, heading):
    cat = read_notice(_ASSESSED.format(unit=unit, heading=heading).encode("utf-8"), year=2021).catalogue
    assert [t.departments for t in cat.tasks] == [(), ()]


@pytest.mark.parametrize("text, expected", [
    # a clause naming its places, then their count, goes on with the list of the clause before
    ("建成甲村、乙村等3个莲藕专业村,丙村、丁村、戊村3个蔬菜专业村。", [(3, "个"), (3, "个")]),
    # after a clause with no target of its own, a list of names and a count starts nothing
    ("加强专业村建设,丙村、丁村2个村已完成规划。", []),
], ids=["names-lead", "no-list-before"])
def test_a_count_after_a_list_of_names_goes_on_with_the_list_before(text, expected):
    assert [(i.target, i.unit) for i in extract_indicators(text, 1)] == expected
# -- round 48 (prose and targets): guangdong_funv_2011, hefei_nongwei_2010, xixing_banshishi,
# zhijiangxilu_shishi_2023, guangdong_fengong_2023

def test_a_headcount_held_under_a_cap_is_a_level_not_counted_up():
    def kinds(text):
        return [(i.target, i.comparator, i.kind) for i in extract_indicators(text, 1)]

    # the people on a register at any one time, kept below the figure all year
    assert kinds("帮助长期失业青年就业49人;失业登记人数控制在732人。") == [(49, ">=", "cumulative"),
                                                                       (732, "<=", "level")]
    # deaths under a cap are counted as the year goes; a cap on things (起) is no headcount
    assert kinds("交通事故死亡人数控制在12人以内。") == [(12, "<=", "cumulative")]
    assert kinds("火灾事故控制在30起以内。")[0][2] == "cumulative"


def test_a_note_giving_the_sentences_rate_to_every_place_alike_is_the_same_target():
    def targets(text):
        return [(i.target, i.unit) for i in extract_indicators(text, 1)]

    assert targets("农业增加值增长5%以上。(各县、区增幅均达到5%以上)") == [(5, "%")]
    assert targets("农民人均纯收入增幅达到9%以上。(各县、区增幅均达到9%以上)") == [(9, "%")]
    # a count given each place adds up to more than the total; another rate for each place is its own
    assert targets("新建公园2个,各镇均建成公园2个。") == [(2, "个"), (2, "个")]
    assert targets("粮食增产5%以上,各县均增长6%以上。") == [(5, "%"), (6, "%")]
    # two measures at the same rate, no 均: two targets
    assert targets("城镇居民收入增长8%,农村居民收入增长8%。") == [(8, "%"), (8, "%")]


def test_events_put_on_for_the_public_as_often_as_a_frequency_says_are_a_level_target():
    def targets(text):
        return [(i.target, i.unit, i.comparator, i.kind) for i in extract_indicators(text, 1)]

    assert targets("每月常态化开展群众文化体育活动不少于2场,并依托载体持续丰富群众文体活动。") == [
        (2, "场", ">=", "level")]
    # a body's meetings and checks stay rules of its working; a year's total of events is counted up
    assert targets("每季度至少召开1场调度会。") == []
    assert targets("每月开展1次安全检查。") == []
    assert targets("全年开展群众文化活动20场。") == [(20, "场", ">=", "cumulative")]


_DASHED_TARGET_BOOK = """某市妇女发展规划目标责任分解书

领域

主要目标

主要责任单位

责任单位

1.提高孕产妇医疗保健水平。

——孕产妇死亡率控制在15/10万以内。

市卫生局

市人口计生

市公安局

——孕产妇系统管理率达到90%以上。

——住院分娩率达到98%以上。

市卫生局

市财政局

2.妇女心理健康知识知晓率提高。

市卫生局

市新闻出版

市科协

市残联

1.教育工作全面贯彻性别平等原则。

市教育局

市人社局

市妇联
"""


@pytest.mark.filterwarnings("ignore::tz_excel.notice.NoticeWarning")
def test_a_target_books_dashed_sub_objectives_and_their_units_belong_to_the_item_above():
    cat = parse_notice(_DASHED_TARGET_BOOK.encode("utf-8"), year=2011)
    # each dashed sub-objective with its units is more of item 1., units joined in order of first mention;
    # names no list knows among units (市人口计生, 市科协) are units; numbering restarts at 1. for the next domain
    assert [(t.no, t.title, t.departments) for t in cat.tasks] == [
        (1, "提高孕产妇医疗保健水平", ("市卫生局", "市人口计生", "市公安局", "市财政局")),
        (2, "妇女心理健康知识知晓率提高", ("市卫生局", "市新闻出版", "市科协", "市残联")),
        (3, "教育工作全面贯彻性别平等原则", ("市教育局", "市人社局", "市妇联"))]
    assert [(i.task_no, i.target, i.unit, i.comparator) for i in cat.indicators()] == [
        (1, 15, "/10万", "<="), (1, 90, "%", ">="), (1, 98, "%", ">=")]


def test_a_dashed_line_opens_no_row_and_a_name_joins_units_only_among_them():
    from tz_excel.tables import _SUB_POINT, _listed_name

    assert _SUB_POINT.match("——住院分娩率达到98%以上。") and not _SUB_POINT.match("住院分娩率达到98%以上。")
    cells = [(1, "提高水平。"), (2, "市卫生局"), (3, "市人口计生"), (4, "市妇联")]
    assert _listed_name(cells, 2)                     # between units
    assert _listed_name([(1, "市卫生局"), (2, "市科协")], 1)           # last, a place's prefix
    assert not _listed_name([(1, "市卫生局"), (2, "高品质生活")], 1)   # last, the next rows' group cell
    assert not _listed_name([(1, "市卫生局"), (2, "张三"), (3, "已完成。")], 1)   # a person before progress


def test_a_ratio_per_hundred_thousand_is_its_own_unit():
    found = extract_indicators("孕产妇死亡率控制在15/10万以内。", 1)
    assert [(i.target, i.unit, i.comparator, i.kind) for i in found] == [(15, "/10万", "<=", "level")]
    assert extract_indicators("完成2023/10万元", 1) == ()


def test_rows_open_afresh_at_1_only_when_units_close_the_header():
    from tz_excel.tables import _CellHeader, _restarted

    units_last = _CellHeader(kinds=("task", "units", "units"), begin=0, end=3, numbered=False, grouped=False)
    progress_last = replace(units_last, kinds=("task", "units", "progress"))
    assert _restarted(units_last, True) == (1,)
    assert _restarted(progress_last, True) == ()      # 1. 2. … may be a progress cell's points
    assert _restarted(units_last, False) == ()        # rows not numbered by their labels


def test_a_count_of_the_economys_designated_sectors_pushed_on_names_the_set():
    def targets(text):
        return [(i.target, i.unit) for i in extract_indicators(text, 1)]

    assert targets("大力推进20个战略性产业集群建设。") == []
    # projects pushed on, and clusters made, stay counts
    assert targets("加快10个商贸项目建设。") == [(10, "个")]
    assert targets("培育5个产业集群。") == [(5, "个")]
