import pytest
from openpyxl import Workbook

from tz_excel.departments import (
    Department, Directory, directory_from_names, is_collective, read_directory, write_directory,
)
from tz_excel.errors import ConfigError


def _directory() -> Directory:
    return Directory((
        Department("滕州经济技术开发区管委会", aliases=("开发区管委会", "经开区")),
        Department("市科技局", emails=("kj@x.cn", "kj2@x.cn")),
        Department("各镇街"),
        Department("北辛街道", groups=("各镇街",)),
        Department("滨湖镇", groups=("各镇街",), emails=("bh@x.cn",)),
    ))


def test_alias_resolves_to_the_row():
    d = _directory()
    assert d.resolve("开发区管委会").name == "滕州经济技术开发区管委会"
    assert d.get(" 经开区 ").name == "滕州经济技术开发区管委会"
    with pytest.raises(ConfigError):
        d.resolve("市外事办")


def test_group_expands_to_members_and_members_know_their_group():
    d = _directory()
    assert [x.name for x in d.expand("各镇街")] == ["北辛街道", "滨湖镇"]
    assert [x.name for x in d.expand("市科技局")] == ["市科技局"]
    assert "各镇街" in d.names_for(d.resolve("滨湖镇"))


def test_recipients_dedupe_and_name_missing_rows():
    d = _directory()
    names = ["市科技局", "各镇街", "滨湖镇", "开发区管委会"]
    assert [x.name for x in d.recipients_for(names)] == ["市科技局", "北辛街道", "滨湖镇", "滕州经济技术开发区管委会"]
    with pytest.raises(ConfigError) as info:
        d.recipients_for(["市科技局", "市外事办", "市外事办"])
    assert info.value.departments == ["市外事办", "市外事办"] and "市外事办" in info.value.message


def test_xlsx_round_trip(tmp_path):
    path = tmp_path / "departments.xlsx"
    write_directory(path, _directory())
    assert read_directory(path) == _directory()


def test_reads_a_hand_made_directory_with_messy_separators(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["单位名录（请补充邮箱）"])
    ws.append(["单位名称", "简称/别名", "分组", "联系人", "电话", "邮箱"])
    ws.append(["市科技局", "科技局，市科学技术局", None, "张三", 6512345, "a@x.cn;b@x.cn , c@x.cn"])
    ws.append([None, None, None, None, None, None])
    ws.append(["东沙河街道", None, "各镇街、市直各有关部门单位", None, None, None])
    wb.save(tmp_path / "d.xlsx")
    d = read_directory(tmp_path / "d.xlsx")
    tech = d.resolve("市科学技术局")
    assert tech.emails == ("a@x.cn", "b@x.cn", "c@x.cn") and tech.phone == "6512345"
    assert d.resolve("东沙河街道").groups == ("各镇街", "市直各有关部门单位")


def test_missing_or_headerless_directory_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError):
        read_directory(tmp_path / "none.xlsx")
    wb = Workbook()
    wb.active.append(["名称", "邮箱"])
    wb.save(tmp_path / "bad.xlsx")
    with pytest.raises(ConfigError) as info:
        read_directory(tmp_path / "bad.xlsx")
    assert "单位名称" in info.value.message


def test_first_directory_from_catalogue_names():
    d = directory_from_names(["市科技局", "滨湖镇", "各镇街", "市直各有关部门单位", "生态环境滕州分局", "市科技局"])
    assert [x.name for x in d] == ["市科技局", "滨湖镇", "各镇街", "市直各有关部门单位", "生态环境滕州分局"]
    assert [x.name for x in d.expand("各镇街")] == ["滨湖镇"]
    assert [x.name for x in d.expand("市直各有关部门单位")] == ["市科技局", "生态环境滕州分局"]
    assert is_collective("各镇街") and not is_collective("市科技局")


def test_a_directory_edited_by_hand_reads_numbers_as_typed(tmp_path):
    wb = Workbook()
    wb.active.append(["说明：本表由办公室维护"])
    wb.active.append(["单位名称", "简称/别名", "分组", "联系人", "电话", "邮箱"])
    wb.active.append(["市科技局", None, None, "张三", 13800000000, "kj@x.cn; kj2@x.cn"])
    wb.active.append([None, None, None, None, None, None])
    wb.active.append(["北辛街道", "北辛", "各镇街", None, 6321234.0, None])
    wb.save(tmp_path / "departments.xlsx")
    d = read_directory(tmp_path / "departments.xlsx")
    assert [(x.name, x.phone, x.emails) for x in d.departments] == [
        ("市科技局", "13800000000", ("kj@x.cn", "kj2@x.cn")), ("北辛街道", "6321234", ())]
    assert d.get("北辛").groups == ("各镇街",)


def test_members_of_a_group_known_by_its_alias_too_come_once_in_directory_order():
    # The members are looked up in an index, not by a pass over the directory: a member listed
    # under the group's name and one under its alias both count, once each, in directory order.
    d = Directory((
        Department("滨湖镇", groups=("各镇（街道）",)),
        Department("各镇街", aliases=("各镇（街道）",)),
        Department("北辛街道", groups=("各镇街", "各镇(街道)")),
        Department("市科技局", groups=("市直各有关部门单位",)),
        Department("荆河街道", groups=("各镇街",)),
    ))
    assert [x.name for x in d.members("各镇街")] == ["滨湖镇", "北辛街道", "荆河街道"]
    assert [x.name for x in d.members("各镇（街道）")] == ["滨湖镇", "北辛街道", "荆河街道"]
    assert [x.name for x in d.members("市直各有关部门单位")] == ["市科技局"]
    assert d.members("市科技局") == [] and d.is_group(d.resolve("各镇街"))
