"""The marker reader on generated markers (hypothesis): every form, width and order gives the names back."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tz_excel.markers import (
    Marker,
    content_line,
    head_markers,
    heading_persons,
    heading_units,
    marker_line,
    read_marker,
    split_content,
    split_head_markers,
    split_marker,
    split_markers,
)

_STEMS = st.text(alphabet="发改财政科技工信教体住建水务农业商投文旅卫健自然资源生态环境交通运输", min_size=1, max_size=5)
_NAMES = st.builds(lambda prefix, stem, suffix: prefix + stem + suffix,
                   st.sampled_from(["市", "区", "县", "省"]), _STEMS, st.sampled_from(["局", "委", "办", "中心"]))
_COLLECTIVE = st.sampled_from(["各镇街", "各县（市、区）人民政府", "市直各有关部门单位", "各街办(新区)", "各县、市、区政府",
                              "各乡镇、街道"])
_DEPARTMENTS = st.lists(st.one_of(_NAMES, _COLLECTIVE), min_size=1, max_size=5, unique=True)
_PERSONS = st.lists(st.text(alphabet="王李张刘陈杨赵黄周吴某", min_size=2, max_size=3), max_size=3, unique=True)
_BRACKETS = st.sampled_from([("(", ")"), ("（", "）"), ("[", "]"), ("【", "】"), ("（", ")"), ("(", "）"), ("（", "")])
_SEPARATORS = st.sampled_from(["、", "，", ","])


def _forms(deps: list[str], persons: list[str], sep: str) -> list[str]:
    lead, co = deps[0], sep.join(deps[1:])
    who = f"责任领导:{'、'.join(persons)};" if persons else ""
    forms = [f"{who}责任单位:{sep.join(deps)}", f"{who}责任单位：{sep.join(deps)}",
             f"{who}牵头单位:{lead}" + (f";配合单位:{co}" if co else ""),
             f"{who}牵头单位：{lead}" + (f"；责任单位：{co}" if co else ""),
             f"{who}牵头责任单位:{lead}" + (f";协同责任单位:{co}" if co else ""),
             f"{who.replace('责任领导', '牵头负责领导')}牵头单位:{lead}" + (f";参与单位:{co}" if co else "")]
    if len(deps) > 2:                                   # 牵头 leads, then the others in the columns' order
        forms.append(f"{who}牵头单位:{lead};参与单位:{deps[1]};责任单位:{sep.join(deps[2:])}")
    if not persons:
        forms += [f"{sep.join(deps)}负责", f"{sep.join(deps)}负责，列第一位者为牵头单位，下同",
                  f"{sep.join(deps)}负责，排在第一位的部门为牵头部门，下同",
                  f"{lead}牵头" + (f"，{co}配合" if co else ""), f"{lead}牵头" + (f"，{co}按职责分工负责" if co else ""),
                  f"{sep.join(deps)}等有关部门负责", f"{sep.join(deps)}会同有关部门负责",
                  f"{lead}主办" + (f"，{co}协办" if co else ""), f"{lead}主责" + (f"，{co}协同" if co else "")]
    forms.append(f"{who}牵头责任单位:{lead}" + (f";主要协作单位:{co}" if co else ""))
    return forms


@settings(max_examples=300, deadline=None)
@given(deps=_DEPARTMENTS, persons=_PERSONS, sep=_SEPARATORS, brackets=_BRACKETS, form=st.integers(0, 20),
       before_stop=st.booleans())
def test_generated_markers_give_the_names_back(deps, persons, sep, brackets, form, before_stop):
    forms = _forms(deps, persons, sep)
    content = forms[form % len(forms)]
    opening, closing = brackets
    marker = f"{opening}{content}{closing}"
    text = f"推进节水{marker}。" if before_stop else f"推进节水。{marker}"
    body, found = split_marker(text)
    assert found is not None, text
    assert body in ("推进节水。", "推进节水")
    read = read_marker(found)
    assert list(read.departments) == deps, (text, read)
    assert list(read.leaders) == persons, (text, read)


@settings(max_examples=100, deadline=None)
@given(deps=_DEPARTMENTS, persons=_PERSONS, sep=_SEPARATORS)
def test_persons_are_never_departments(deps, persons, sep):
    read = read_marker(f"（责任领导：{'、'.join(persons)}；牵头单位：{deps[0]}；配合单位：{sep.join(deps[1:])}）")
    assert not set(read.leaders) & set(read.departments)
    assert read.departments[0] == deps[0]


@given(text=st.text(max_size=60))
def test_the_reader_never_fails(text):
    body, found = split_marker(text)
    assert isinstance(body, str)
    read_marker(found or text)


_ORGS = st.lists(_NAMES, min_size=1, max_size=4, unique=True)


@settings(max_examples=200, deadline=None)
@given(deps=_ORGS, others=_ORGS, verbs=st.sampled_from([("承办", "协办"), ("负责", "配合"), ("牵头", "参与"),
                                                           ("牵头负责", "协助")]), by=st.booleans(),
       pure=st.booleans(), comma=st.sampled_from(["，", ","]))
def test_generated_head_markers_give_the_names_back(deps, others, verbs, by, pure, comma):
    """由X承办，Y、Z协办。 at the head of an item (or of a sentence in it): lead first, the others after."""
    others = [o for o in others if o not in deps] or ["市督查室"]
    clause = f"{'由' if by else ''}{'、'.join(deps)}{verbs[0]}{comma}{'、'.join(others)}{verbs[1]}"
    text = f"完成治理。{clause}。目标：建成3个。" if pure else f"（一）{clause}{comma}加快建设。"
    body, found = split_head_markers(text)
    assert len(found) == 1, text
    read = read_marker(found[0])
    assert list(read.departments) == deps + others, (text, read)
    assert body == ("完成治理。目标：建成3个。" if pure else text)     # a clause that is only a marker goes


def test_a_sentence_naming_a_department_is_no_head_marker():
    assert head_markers("省农业厅做好全省无公害畜禽基地建设，加快产地认定。") == ()
    assert head_markers("推进节水。（市水务局牵头，市财政局配合）") == ()        # a bracketed marker is no head
    assert head_markers("由市发改委牵头，加快项目建设。") == ()                 # no one named to co-operate


def test_collectives_listing_kinds_of_place_stay_one_name():
    assert read_marker("协同责任单位：市经信局等，各县、市、区政府。").departments == ("市经信局", "各县、市、区政府")
    assert read_marker("责任单位：各乡镇、街道，区直各部门").departments == ("各乡镇、街道", "区直各部门")
    assert read_marker("责任单位：各街道、区直各部门").departments == ("各街道", "区直各部门")


def test_markers_inside_a_task_in_written_order():
    body, markers = split_markers("推进改革（含试点）。（A局负责）加强服务。（B局、C局负责）鼓励应用。(D局牵头，E局配合)")
    assert body == "推进改革（含试点）。加强服务。鼓励应用。"
    assert markers == ("A局负责", "B局、C局负责", "D局牵头，E局配合")
    assert split_markers("没有标注的任务。") == ("没有标注的任务。", ())


@pytest.mark.parametrize("marker, departments, leaders", [
    ("部门分工:省发展改革委牵头,各地、各部门配合。", ("省发展改革委", "各地", "各部门"), ()),
    ("责任分工：省税务局配合，省财政厅牵头", ("省财政厅", "省税务局"), ()),
    ("分管省领导:林某某", (), ("林某某",)),
    ("省政府分管领导：张某、王某", (), ("张某", "王某")),
])
def test_division_and_provincial_leader_lines(marker, departments, leaders):
    assert marker_line(marker)
    assert (read_marker(marker).departments, read_marker(marker).leaders) == (departments, leaders)


@pytest.mark.parametrize("title, units", [
    ("县示范区管委会牵头工作（8项）", ("县示范区管委会",)), ("由市住建局负责的工作", ("市住建局",)),
    ("市发改委、市财政局牵头", ("市发改委", "市财政局")),
    ("加强组织领导", ()), ("经济社会发展主要预期目标", ()), ("坚持党的领导", ()),
])
def test_a_heading_naming_units(title, units):
    assert heading_units(title) == units


@settings(max_examples=200, deadline=None)
@given(deps=_DEPARTMENTS, sep=_SEPARATORS, brackets=_BRACKETS.filter(lambda b: b[1]))
def test_a_bare_list_of_units_after_the_last_sentence_gives_the_names_back(deps, sep, brackets):
    opening, closing = brackets
    body, found = split_marker(f"推进节水。{opening}{sep.join(deps)}{closing}")
    assert body == "推进节水。" and found is not None
    assert list(read_marker(found).departments) == deps


@pytest.mark.parametrize("text, departments", [
    # no role word at all: every part reads as a unit, the first leads
    ("地区生产总值增长7%以上。(市发展改革委,各县〔市、区〕政府)", ("市发展改革委", "各县〔市、区〕政府")),
    ("居民收入同步增长。（市人社局、农业农村局，各县（市、区）政府）", ("市人社局", "农业农村局", "各县（市、区）政府")),
    ("推进节水（市水务局、市发改委）。", ("市水务局", "市发改委")),
    ("推进节水。（县直各单位，各乡镇、街道）", ("县直各单位", "各乡镇、街道")),
    ("建设医联体。（县人民医院、县中医院）", ("县人民医院", "县中医院")),     # after the last sentence: its own
    ("推进改革。（市工业和信息化局等有关部门）", ("市工业和信息化局",)),
    ("推进改革。（市财政局、市发改委（牵头））", ("市发改委", "市财政局")),
])
def test_a_bracket_of_units_closing_an_item_is_its_marker(text, departments):
    body, found = split_marker(text)
    assert found is not None and "（" not in body.rstrip("。")[-3:] and read_marker(found).departments == departments


@pytest.mark.parametrize("text", [
    "推进改革（含试点县）。", "建设项目（不含市本级）。", "实施规划（2023—2025年）。", "设立专班（以下简称市项目办）。",
    "整合职能（原市科委）。", "在城区开展试点（北京、上海、广州）。", "覆盖重点区域（东部、西部）。",
    "建设场馆（市体育中心、市会展中心）。",                  # before the stop, places that only may be units
    "建设场馆。（市体育中心、会展中心）", "办好展会（进博会、广交会）。", "推进工作（有关部门）。", "分两期实施（一期、二期）。",
    "因地制宜。（各具特色）", "推进“放管服”改革（“一网通办”）。", "组建协会（筹）。",
])
def test_a_bracket_of_content_closing_an_item_is_no_marker(text):
    assert split_marker(text) == (text, None)


@pytest.mark.parametrize("marker, departments", [
    ("省财政厅主办,省国税局、地税局协办", ("省财政厅", "省国税局", "地税局")),
    ("省国税局协办，省财政厅主办", ("省财政厅", "省国税局")),
    ("市发改委主责，市财政局、市统计局协同", ("市发改委", "市财政局", "市统计局")),
    ("牵头责任单位:县卫健委、县民政局;主要协作单位:各乡镇人民政府、县政府有关部门",
     ("县卫健委", "县民政局", "各乡镇人民政府", "县政府有关部门")),
    ("协办单位：市财政局；主办单位：市发改委", ("市发改委", "市财政局")),
])
def test_host_and_co_operating_words(marker, departments):
    assert read_marker(marker).departments == departments
    assert split_marker(f"推进节水。（{marker}）")[1] == marker


@pytest.mark.parametrize("line", ["主要协作单位：各乡镇人民政府", "协作单位:县政府有关部门", "配合单位:X局", "参与单位：Y局",
                                  "协办单位：Z局"])
def test_co_operating_labels_are_marker_lines(line):
    assert marker_line(line) and read_marker(line).departments


@pytest.mark.parametrize("title, persons", [
    ("袁家军省长主抓重点工作", ("袁家军",)), ("冯某常务副省长主抓重点工作", ("冯某",)),
    ("王某、李某某副市长分管工作（12项）", ("王某", "李某某")), ("张某书记牵头的重点任务", ("张某",)),
    ("常务副市长主抓重点工作", ()), ("市长牵头工作", ()), ("加强组织领导", ()), ("县示范区管委会牵头工作（8项）", ()),
    ("袁家军省长在会上强调的重点工作", ()),
])
def test_a_heading_naming_the_person_who_leads(title, persons):
    assert heading_persons(title) == persons


@pytest.mark.parametrize("line, departments, leaders, due", [
    ("项目责任单位:洛克乡、水利局", ("洛克乡", "水利局"), (), ""),
    ("工作牵头单位：市发改委", ("市发改委",), (), ""),
    ("任务配合单位:市财政局", ("市财政局",), (), ""),
    ("项目责任领导:努尔买买提·阿布来提(县人大常委会四级调研员)", (), ("努尔买买提·阿布来提",), ""),
    ("项目责任领导：王某（副县长）、李某某", (), ("王某", "李某某"), ""),
    ("项目实施时间:2026年1月-2026年10月", (), (), "2026年1月-2026年10月"),
    ("建设期限：2023年3月至9月", (), (), "2023年3月至9月"),
    ("项目责任人:张海龙、王平", (), (), ""),            # a unit's head: neither leader nor department
])
def test_labels_prefixed_with_what_they_answer_for(line, departments, leaders, due):
    assert marker_line(line)
    assert read_marker(line) == Marker(departments, leaders, due)


def test_a_responsible_person_ends_the_names_before_it():
    assert read_marker("责任单位:区发改局;项目责任人:张三").departments == ("区发改局",)


@pytest.mark.parametrize("line", ["项目建设内容:新建渠道", "工作要求:按期完成", "项目投资:340万元", "实施方案:另行制定"])
def test_other_prefixed_fields_are_no_markers(line):
    assert not marker_line(line)


@pytest.mark.parametrize("line, departments, leaders, due, content", [
    ("责任单位:莲塘镇任务目标:2024年计划改造完成莲水巷、橡西巷等住宅小区", ("莲塘镇",), (), "", "任务目标:2024年计划改造完成莲水巷、橡西巷等住宅小区"),
    ("责任单位：甲镇、乙镇目标任务：新建公厕5座", ("甲镇", "乙镇"), (), "", "目标任务：新建公厕5座"),
    ("牵头单位:县住建局工作目标:改造管网3公里", ("县住建局",), (), "", "工作目标:改造管网3公里"),
    ("责任单位:县水利局建设内容:新建渠道2公里", ("县水利局",), (), "", "建设内容:新建渠道2公里"),
    ("责任单位:县卫健委主要内容:新建卫生室3所", ("县卫健委",), (), "", "主要内容:新建卫生室3所"),
    ("牵头领导:涂超牵头单位:县城管执法局", ("县城管执法局",), ("涂超",), "", ""),
    ("责任单位:县城投集团完成时限:2024年底", ("县城投集团",), (), "2024年底", ""),
    ("牵头单位:县发改委配合单位:县财政局", ("县发改委", "县财政局"), (), "", ""),
])
def test_a_label_s_value_stops_where_another_label_starts(line, departments, leaders, due, content):
    words, rest = split_content(line)
    assert rest == content
    assert read_marker(line) == Marker(departments, leaders, due)


@pytest.mark.parametrize("line, departments", [
    ("责任单位:县目标考核办", ("县目标考核办",)), ("责任单位:县工作目标督查室", ("县工作目标督查室",)),
    ("责任单位:县建设局、县内容审核中心", ("县建设局", "县内容审核中心")),
])
def test_names_holding_a_content_word_without_a_colon_stay_whole(line, departments):
    assert split_content(line) == (line, "")
    assert read_marker(line).departments == departments


@pytest.mark.parametrize("line, expected", [
    ("任务目标:2024年度计划改造20个排水单元", True), ("目标任务：新建300个充电桩", True), ("工作目标:完成改造", True),
    ("建设内容：新建渠道2公里", True), ("主要内容:改造小区", True),
    ("责任单位:县住建局", False), ("加强目标管理:按季度考核", False), ("任务目标", False),
])
def test_content_lines(line, expected):
    assert content_line(line) is expected


# round ten: 负责 as the heading's verb, a tally of its items after it
@pytest.mark.parametrize("title, persons", [
    ("潘东旭市长负责事项(共9项)", ("潘东旭",)), ("王宏副市长牵头重点工作", ("王宏",)), ("李某副市长负责重点工作（共12项）", ("李某",)),
    ("张某市长联系工作", ("张某",)),
    ("市长负责事项", ()), ("常务副市长负责事项(共9项)", ()), ("市政府办负责事项", ()), ("各县区负责事项", ()),
    ("潘东旭市长负责同志讲话", ()),
])
def test_a_heading_naming_the_person_responsible(title, persons):
    assert heading_persons(title) == persons


# round eleven (haishu_2023): two units joined by 和/及/与 before 分别牵头 / 共同牵头 are two units; a name that
# merely holds 和 (市住房和城乡建设局, 人力资源和社会保障局) stays whole
@pytest.mark.parametrize("line, departments", [
    ("责任单位:经济投资局和航空口岸局分别牵头、区发改局", ("经济投资局", "航空口岸局", "区发改局")),
    ("责任单位:区教育局与区卫健局共同牵头、区财政局", ("区教育局", "区卫健局", "区财政局")),
    ("市发改委及市商务局分别负责", ("市发改委", "市商务局")),
    ("区发改局和区住房和城乡建设局分别牵头", ("区发改局", "区住房和城乡建设局")),
    ("责任单位:市住房和城乡建设局分别牵头、市财政局", ("市住房和城乡建设局", "市财政局")),
    ("责任单位:区人力资源和社会保障局共同牵头", ("区人力资源和社会保障局",)),
    ("责任单位:市发展和改革委员会、市住房和城乡建设局", ("市发展和改革委员会", "市住房和城乡建设局")),
    ("责任单位:区文化和旅游局", ("区文化和旅游局",)),
    ("责任单位:经济投资局和航空口岸局", ("经济投资局和航空口岸局",)),
])
def test_two_units_joined_by_and_before_each_leads(line, departments):
    assert read_marker(line).departments == departments


# round eleven (haishu_2023): a post that is a body and a role (区政府党组成员, 市政府秘书长, 区委常委)
@pytest.mark.parametrize("title, persons", [
    ("张盈军区政府党组成员牵头重点工作", ("张盈军",)), ("李某市政府秘书长牵头重点工作", ("李某",)),
    ("王某某区委常委负责事项", ("王某某",)), ("赵某党组书记牵头重点工作", ("赵某",)),
    ("刘某市政府副秘书长牵头重点工作（5项）", ("刘某",)),
    ("区政府党组成员牵头重点工作", ()), ("市政府秘书长牵头重点工作", ()), ("区委常委负责事项", ()),
    ("市政府党组负责事项", ()), ("党组成员负责的工作", ()),
])
def test_a_heading_person_whose_post_is_a_body_and_role(title, persons):
    assert heading_persons(title) == persons


# -- an unbracketed marker that a sentence follows -------------------------------------------------

def test_an_unbracketed_marker_ends_at_its_full_stop():
    body, found = split_marker("新建道路10公里。牵头单位：市交通局；配合单位：市财政局。各单位要加强协调。")
    assert found == "牵头单位：市交通局；配合单位：市财政局"
    assert body == "新建道路10公里。各单位要加强协调。"
    assert read_marker(found).departments == ("市交通局", "市财政局")


def test_an_unbracketed_marker_closing_the_paragraph_is_read_as_before():
    body, found = split_marker("新建公园3个。牵头单位：市住建局；配合单位：市自然资源局。")
    assert (body, found) == ("新建公园3个。", "牵头单位：市住建局；配合单位：市自然资源局")
    assert split_marker("新建学校2所。责任单位：市教育局、市财政局")[1] == "责任单位：市教育局、市财政局"


# -- review (rv4_markers) ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # businesses without a jurisdiction, before the item's stop: what the item brings in or lends through
    "引进亿元以上项目5个（比亚迪公司、宁德时代公司）。", "发放创业担保贷款1亿元（农业银行、邮储银行）。",
])
def test_a_bracket_of_businesses_inside_the_item_is_no_marker(text):
    assert split_marker(text) == (text, None)


@pytest.mark.parametrize("text, departments", [
    ("新建5G基站300个（县工信局、中国移动县分公司、中国电信县分公司）。", ("县工信局", "中国移动县分公司", "中国电信县分公司")),
    ("建设智慧停车场（县城投公司）。", ("县城投公司",)),                      # the government's own company
    ("改造农村电网（国网某县供电公司）。", ("国网某县供电公司",)),              # a utility's local branch
    ("引进亿元以上项目5个。（比亚迪公司、宁德时代公司）", ("比亚迪公司", "宁德时代公司")),   # after the last sentence
])
def test_a_bracket_of_local_or_closing_businesses_is_a_marker(text, departments):
    _body, found = split_marker(text)
    assert found is not None and read_marker(found).departments == departments


@pytest.mark.parametrize("text, body, departments", [
    # a plain marker with no bracket closing the item's sentence: X牵头，Y配合
    ("建设人才公寓500套，区人才办牵头，区住建局、区财政局配合。", "建设人才公寓500套。", ("区人才办", "区住建局", "区财政局")),
    ("推进改革，县发改局牵头，各乡镇配合。", "推进改革。", ("县发改局", "各乡镇")),
])
def test_a_plain_marker_closing_the_sentence_is_read(text, body, departments):
    found_body, markers = split_markers(text)
    assert found_body == body and sum((read_marker(m) for m in markers), Marker(())).departments == departments


@pytest.mark.parametrize("text", [
    "建立联席会议制度，定期研究牵头，部门配合。",                     # no unit leads
    "确保粮食面积80万亩以上，县农业农村局负责。",                     # one half: the sentence's subject, the notice's
    "发挥龙头企业牵头作用，带动农户参与。",
])
def test_a_sentence_with_lead_words_but_no_units_is_no_plain_marker(text):
    assert split_markers(text) == (text, ())


@pytest.mark.parametrize("marker, departments, due", [
    # a time word of the work, no unit: 常态化推进 / 逐年推进 after who does it
    ("县自然资源局负责，常态化推进", ("县自然资源局",), "常态化推进"),
    ("县住建局、县城管局，逐年推进", ("县住建局", "县城管局"), "逐年推进"),
])
def test_a_when_clause_after_the_units_is_no_unit(marker, departments, due):
    assert read_marker(marker) == Marker(departments, due=due)


@pytest.mark.parametrize("text, body, departments", [
    # units and their time limit in one bracket, no role word
    ("改造城镇燃气管道30公里。（县住建局，2024年10月底前）", "改造城镇燃气管道30公里。", ("县住建局",)),
    ("改造燃气管道30公里（县住建局、县发改局，10月底前完成）。", "改造燃气管道30公里。", ("县住建局", "县发改局")),
])
def test_a_bracket_of_units_and_their_time_limit_is_a_marker(text, body, departments):
    found_body, found = split_marker(text)
    assert found_body == body and read_marker(found).departments == departments


@pytest.mark.parametrize("text", ["建设公园（城东，年底前）。", "开展培训（2024年，10月底前）。"])
def test_a_bracket_of_a_place_or_a_year_and_a_time_limit_is_no_marker(text):
    assert split_marker(text) == (text, None)


def test_a_rectification_deadline_label_is_no_unit():
    # 整改时限 is a 整改清单's deadline label; 整改 had been left as a unit before 时限
    assert read_marker("责任单位：县住建局；整改时限：2024年6月30日") == Marker(("县住建局",), due="2024年6月30日")


@pytest.mark.parametrize("text, body, departments", [
    # each field of the marker a sentence of its own: every one the marker's
    ("工业增加值增长8%以上。牵头单位：县工信局。配合单位：县统计局。", "工业增加值增长8%以上。", ("县工信局", "县统计局")),
    ("实施技改项目30个。牵头单位：县工信局。配合单位：各乡镇。进展情况：已开工12个。", "实施技改项目30个。", ("县工信局", "各乡镇")),
    # a sentence of the item's own, or its content field, after the marker stays the item's
    ("工业增加值增长8%以上。牵头单位：县工信局。各单位要加强配合。", "工业增加值增长8%以上。各单位要加强配合。", ("县工信局",)),
    ("新建学校1所。责任单位：县教育局。任务目标：新增学位1000个。", "新建学校1所。任务目标：新增学位1000个。", ("县教育局",)),
])
def test_marker_fields_written_as_sentences_are_one_marker(text, body, departments):
    found_body, found = split_marker(text)
    assert found_body == body and read_marker(found).departments == departments


@pytest.mark.parametrize("marker, departments, due", [
    # a duty phrase in brackets after a name is no part of it
    ("县政府办公室、县发改局（按职责分工）", ("县政府办公室", "县发改局"), ""),
    ("县委宣传部、县文明办（按职责分工负责）", ("县委宣传部", "县文明办"), ""),
    # units with no label before a deadline's label: written first, they are the marker's
    ("县人社局、县农业农村局；完成时限：2024年底", ("县人社局", "县农业农村局"), "2024年底"),
    ("2024年重点项目；完成时限：年底", (), "年底"),
])
def test_unlabelled_units_and_duty_notes_beside_labels(marker, departments, due):
    assert read_marker(marker) == Marker(departments, due=due)


def test_a_bracket_of_units_and_a_deadline_field_is_a_marker():
    text = "开展就业培训1000人次。（县人社局、县农业农村局；完成时限：2024年底）"
    assert split_marker(text) == ("开展就业培训1000人次。", "县人社局、县农业农村局；完成时限：2024年底")
    assert split_marker("开展培训（2024年；完成时限：年底）。") == ("开展培训（2024年；完成时限：年底）。", None)


@pytest.mark.parametrize("text, marker", [
    # the places' governments as one collective among those who help
    ("由县交通局负责，各乡镇配合，完成农村公路养护100公里。", "牵头单位:县交通局;配合单位:各乡镇"),
    ("由县卫健局牵头，县医保局、各乡镇配合，开展健康体检。", "牵头单位:县卫健局;配合单位:县医保局、各乡镇"),
])
def test_a_head_marker_may_name_every_town_among_the_helpers(text, marker):
    assert head_markers(text) == (marker,)


@pytest.mark.parametrize("marker, leaders", [
    # a post written after the name, without brackets, is left off as a bracketed one is
    ("责任领导：张三副县长；牵头单位：县农业农村局", ("张三",)),
    ("责任领导：王某某常务副县长、李四副县长", ("王某某", "李四")),
    ("责任领导：张三", ("张三",)),
    ("分管领导：副县长", ("副县长",)),                  # a post alone, no name: kept as written
])
def test_a_leader_s_post_after_the_name_is_no_part_of_it(marker, leaders):
    assert read_marker(marker).leaders == leaders
