"""Templates: layout, inputs, validations, identity, stable bytes, atomic folders, a real LibreOffice."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from _forms import FIXED_NOW, small_catalogue, small_directory, snapshot
from make_form_golden import CASES, GOLDEN, case_snapshot
from tz_excel.catalogue import Catalogue
from tz_excel.config import SHEET_PASSWORD_ENV, Settings, Workspace
from tz_excel.departments import Department, Directory
from tz_excel.errors import ConfigError, PeriodError, WorkspaceError
from tz_excel.forms import (
    FILLER_CELL, FIRST_ROW, HEADER_ROW, HEADERS, META_KEYS, PHONE_CELL, STATES, build_form, form_title,
    generate_forms, previous_values, select_departments, template_id, write_forms,
)
from tz_excel.periods import Period

INPUT_HEADERS = ("累计完成值", "完成状态", "进展情况", "存在问题", "下步打算")
COL = {name: chr(ord("A") + i) for i, name in enumerate(HEADERS)}


def build(tmp_path, department="市科技局", directory=None, settings=None, name="t.xlsx", **kw) -> Path:
    path = tmp_path / name
    build_form(path, small_catalogue(), department, directory or small_directory(), "2023-W36",
               settings or Settings(), now=kw.pop("now", FIXED_NOW), **kw)
    return path


def data_rows(sheet) -> list[tuple]:
    return list(sheet.iter_rows(min_row=FIRST_ROW + 1, values_only=True))


# -- layout and content ----------------------------------------------------------------------------

def test_headers_follow_the_design_contract():
    assert HEADERS == ("序号", "任务编号", "任务名称", "指标编号", "指标/工作内容", "目标值", "单位", "牵头/配合",
                       "上期累计", "累计完成值", "完成率", "完成时限", "完成状态", "进展情况", "存在问题", "下步打算")
    assert HEADERS.index("累计完成值") == 9                      # column J, as in every release
    assert META_KEYS == (
        "format_version", "template_id", "department", "period", "catalogue_sha", "generated_at")
    assert STATES == ("未启动", "正常推进", "已完成", "滞后")


@pytest.mark.parametrize("case", sorted(CASES))
def test_template_matches_golden_expectation(case, tmp_path):
    expected = json.loads((GOLDEN / f"{case}.json").read_text(encoding="utf-8"))
    actual = case_snapshot(case, tmp_path)
    assert differences(actual, expected) == [], "output drifted: review, then run tests/make_form_golden.py"


def differences(actual, expected, at="") -> list[str]:
    """Paths where two snapshots differ, so a drift names the cell or setting that moved."""
    if isinstance(actual, dict) and isinstance(expected, dict):
        return [d for k in sorted(set(actual) | set(expected), key=str)
                for d in differences(actual.get(k), expected.get(k), f"{at}/{k}")]
    if isinstance(actual, list) and isinstance(expected, list) and len(actual) == len(expected):
        return [d for i, (a, e) in enumerate(zip(actual, expected)) for d in differences(a, e, f"{at}[{i}]")]
    return [] if actual == expected else [f"{at}: {actual!r} != {expected!r}"]


def test_title_block_and_header_row(tmp_path):
    sheet = load_workbook(build(tmp_path)).worksheets[0]
    assert sheet.title == "填报表"
    assert sheet["A1"].value == "滕州市深化新旧动能转换推动绿色低碳高质量发展2023年重点任务推进情况表（第36周）"
    assert "A1:P1" in {str(r) for r in sheet.merged_cells.ranges}
    block = {sheet.cell(r, c).value: sheet.cell(r, c + 2 if c < 12 else c + 1).value
             for r in (2, 3) for c in (1, 6, 12)}
    assert block["填报单位"] == "市科技局"
    assert block["报送周期"] == "2023年第36周（9月4日—9月10日）"
    assert block["报送截止时间"] == "2023年9月8日（星期五）17:00"
    assert sheet[FILLER_CELL].value is None and sheet[PHONE_CELL].value is None
    assert [c.value for c in sheet[HEADER_ROW + 1]] == list(HEADERS)


def test_rows_cover_lead_and_co_tasks_with_bare_task_ids(tmp_path):
    sheet = load_workbook(build(tmp_path)).worksheets[0]
    rows = data_rows(sheet)
    assert [(r[0], r[1], r[3], r[7]) for r in rows] == [
        (1, 1, "1.1", "牵头"), (2, 1, "1.2", "牵头"), (3, 5, "5.1", "牵头"), (4, 7, "7", "配合")]
    assert rows[3][5] is None and rows[3][6] is None          # a bare task has no target or unit
    assert rows[2][5] == 1.5 and rows[2][6] == "亿元"
    assert "力争" in rows[2][4]
    assert sheet.max_row == FIRST_ROW + len(rows)             # nothing below the table


def test_only_input_cells_are_unlocked_and_the_sheet_is_protected(tmp_path):
    sheet = load_workbook(build(tmp_path)).worksheets[0]
    unlocked = {c.coordinate for row in sheet.iter_rows() for c in row if not c.protection.locked}
    inputs = {f"{COL[h]}{r}" for r in range(FIRST_ROW + 1, FIRST_ROW + 5) for h in INPUT_HEADERS}
    inputs.discard(f"{COL['累计完成值']}{FIRST_ROW + 4}")      # bare task 7: no figure to give
    header_inputs = {"C3", "D3", "E3", "H3", "I3", "J3", "K3"}  # the merged 填报人 and 联系电话 cells
    assert unlocked == inputs | header_inputs
    assert sheet.protection.sheet and not sheet.protection.password
    assert sheet.protection.formatRows is False                # clerks may still resize rows to read text


def test_sheet_password_comes_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv(SHEET_PASSWORD_ENV, "s3cret")
    book = load_workbook(build(tmp_path))
    assert all(ws.protection.sheet and ws.protection.password for ws in book.worksheets)


def test_protection_can_be_switched_off(tmp_path):
    settings = Settings.from_dict({"forms": {"protect": False}})
    book = load_workbook(build(tmp_path, settings=settings))
    assert not any(ws.protection.sheet for ws in book.worksheets)


def test_rate_is_a_live_formula_and_caps_read_used_share(tmp_path):
    sheet = load_workbook(build(tmp_path, "北辛街道")).worksheets[0]
    cap, percent = FIRST_ROW + 1, FIRST_ROW + 2
    assert sheet[f"K{cap}"].value == f'=IF(J{cap}="","",IFERROR(J{cap}/F{cap},""))'
    assert sheet[f"K{cap}"].number_format == '"已用"0.0%'
    assert 'CELL("format",J' in sheet[f"K{percent}"].value
    assert sheet[f"K{percent}"].number_format == "0.0%"


def test_percent_input_stays_general_and_says_95_means_points(tmp_path):
    sheet = load_workbook(build(tmp_path, "北辛街道")).worksheets[0]
    row = FIRST_ROW + 2
    assert sheet[f"G{row}"].value == "%" and sheet[f"J{row}"].number_format == "General"
    rule = next(v for v in sheet.data_validations.dataValidation if str(v.sqref) == f"J{row}")
    assert "95 或 95% 均可" in rule.prompt and "填写年度累计数" in rule.prompt and "%" in rule.prompt


def test_validations(tmp_path):
    sheet = load_workbook(build(tmp_path)).worksheets[0]
    rules = {str(v.sqref): v for v in sheet.data_validations.dataValidation}
    actual = rules["J5:J6"]
    assert (actual.type, actual.operator, actual.formula1, actual.errorStyle) == (
        "decimal", "greaterThanOrEqual", "0", "warning")
    assert "单位：个" in actual.prompt and "填写年度累计数" in actual.prompt
    assert "单位：亿元" in rules["J7"].prompt
    assert "J8" not in " ".join(rules)                          # the bare task row has no figure
    state = rules["M5:M8"]
    assert state.type == "list" and state.formula1 == '"未启动,正常推进,已完成,滞后"'
    assert state.errorStyle in (None, "stop")
    text = rules["N5:P8"]
    assert (text.type, text.operator, text.formula1) == ("textLength", "lessThanOrEqual", "500")


def test_co_rows_are_lighter_and_the_lead_rule_is_stated(tmp_path):
    book = load_workbook(build(tmp_path))
    sheet = book.worksheets[0]
    lead, co = sheet["M5"].fill.fgColor.rgb, sheet["M8"].fill.fgColor.rgb
    assert lead != co and co.endswith("FFFBEB")
    guide = " ".join(str(c.value) for row in book["填报说明"].iter_rows() for c in row if c.value)
    assert "以牵头单位报送数据为准" in guide and "2023年9月8日（星期五）17:00" in guide
    assert "黄色" in guide and "灰色" in guide


def test_prefill_fills_previous_cumulative_only(tmp_path):
    rows = data_rows(load_workbook(build(tmp_path, prefill={"1.1": 1, "5.1": 0.6, "7": 3})).worksheets[0])
    assert [r[8] for r in rows] == [1, None, 0.6, None]
    assert all(r[9] is None for r in rows)                     # 累计完成值 is the clerk's to type


def test_text_inputs_are_text_formatted(tmp_path):
    sheet = load_workbook(build(tmp_path)).worksheets[0]
    assert {sheet[c].number_format for c in (FILLER_CELL, PHONE_CELL, "N5", "O5", "P8")} == {"@"}


def test_print_setup(tmp_path):
    sheet = load_workbook(build(tmp_path)).worksheets[0]
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.paperSize == 9
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToHeight == 0
    assert sheet.print_title_rows == f"${HEADER_ROW + 1}:${HEADER_ROW + 1}"
    assert "&P" in sheet.oddFooter.center.text and "&N" in sheet.oddFooter.center.text
    assert sheet.freeze_panes == f"A{FIRST_ROW + 1}"
    assert sheet["E5"].alignment.wrap_text and sheet["E5"].font.name == "宋体"
    assert sheet.row_dimensions[FIRST_ROW + 4].height > sheet.row_dimensions[FIRST_ROW + 1].height


def test_meta_sheet_and_custom_properties_identify_the_template(tmp_path):
    book = load_workbook(build(tmp_path))
    meta = book["_meta"]
    assert meta.sheet_state == "hidden"
    pairs = {k: v for k, v in meta.iter_rows(min_row=2, values_only=True)}
    catalogue = small_catalogue()
    assert pairs == {
        "format_version": "2", "template_id": template_id(catalogue.sha, "市科技局", "2023-W36"),
        "department": "市科技局", "period": "2023-W36", "catalogue_sha": catalogue.sha,
        "generated_at": "2023-09-04T09:00:00",
    }
    assert {p.name: p.value for p in book.custom_doc_props.props} == pairs
    assert [ws.title for ws in book.worksheets] == ["填报表", "填报说明", "_meta"]


def test_template_id_is_stable_and_specific():
    assert template_id("abc", "市科技局", "2023-W36") == template_id("abc", "市科技局", Period.parse("2023-W36"))
    others = {template_id("abd", "市科技局", "2023-W36"), template_id("abc", "市工信局", "2023-W36"),
              template_id("abc", "市科技局", "2023-W37")}
    assert template_id("abc", "市科技局", "2023-W36") not in others and len(others) == 3


def test_same_inputs_give_identical_bytes(tmp_path):
    first = build(tmp_path, name="a.xlsx").read_bytes()
    assert build(tmp_path, name="b.xlsx").read_bytes() == first
    later = build(tmp_path, name="c.xlsx", now=FIXED_NOW.replace(hour=10)).read_bytes()
    assert later != first


def test_alias_and_empty_group(tmp_path):
    by_alias = load_workbook(build(tmp_path, "科技局")).worksheets[0]
    assert by_alias["C2"].value == "市科技局"
    group = load_workbook(build(tmp_path, "各镇街", directory=small_directory(towns=False))).worksheets[0]
    assert [r[3] for r in data_rows(group)] == ["30.1", "41.1"]


def test_form_title_from_a_plain_title():
    plain = Catalogue("某市2024年重点任务", 2024, (), ())
    assert form_title(plain, Period.parse("2024-W02")) == "某市2024年重点任务推进情况表（第2周）"


def test_department_without_tasks_or_unknown_is_refused(tmp_path):
    directory = Directory(small_directory().departments + (Department("市档案馆"),))
    with pytest.raises(ConfigError, match="没有牵头或配合的任务"):
        build(tmp_path, "市档案馆", directory=directory)
    with pytest.raises(ConfigError, match="市不存在局"):
        build(tmp_path, "市不存在局")
    with pytest.raises(PeriodError):
        build_form(tmp_path / "x.xlsx", small_catalogue(), "市科技局", small_directory(), "2023-36", Settings())


# -- choosing departments --------------------------------------------------------------------------

def test_select_departments_expands_groups_and_accepts_aliases():
    catalogue, directory = small_catalogue(), small_directory()
    everyone = [d.name for d in select_departments(catalogue, directory)]
    assert everyone == ["市科技局", "市国资局", "市工信局", "市水利局", "北辛街道", "荆河街道", "市住建局"]
    assert [d.name for d in select_departments(catalogue, directory, ["科技局", "各镇街"])] == [
        "市科技局", "北辛街道", "荆河街道"]
    alone = [d.name for d in select_departments(catalogue, small_directory(towns=False))]
    assert "各镇街" in alone


def test_select_departments_refuses_unknown_names_and_gaps_in_the_directory():
    catalogue, directory = small_catalogue(), small_directory()
    with pytest.raises(ConfigError) as unknown:
        select_departments(catalogue, directory, ["市科技局", "市宇宙局", "火星办"])
    assert unknown.value.departments == ["市宇宙局", "火星办"]
    gappy = Directory(tuple(d for d in directory if d.name not in ("市水利局", "市住建局")))
    with pytest.raises(ConfigError) as missing:
        select_departments(catalogue, gappy)
    assert missing.value.departments == ["市水利局", "市住建局"]
    assert "市水利局" in missing.value.message and "市住建局" in missing.value.message


# -- folders ---------------------------------------------------------------------------------------

def write_all(folder, departments=None, **kw):
    catalogue, directory = small_catalogue(), small_directory()
    chosen = select_departments(catalogue, directory, departments)
    return write_forms(folder, catalogue, directory, chosen, "2023-W36", Settings(), now=FIXED_NOW, **kw)


def test_write_forms_creates_the_period_folder(tmp_path):
    folder = tmp_path / "templates" / "2023-W36"
    paths = write_all(folder)
    assert [p.name for p in paths] == [
        "市科技局.xlsx", "市国资局.xlsx", "市工信局.xlsx", "市水利局.xlsx", "北辛街道.xlsx", "荆河街道.xlsx", "市住建局.xlsx"]
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in paths)
    assert os.listdir(folder.parent) == ["2023-W36"]            # no temporary folder left


def test_write_forms_replaces_only_the_named_departments(tmp_path):
    folder = tmp_path / "templates" / "2023-W36"
    write_all(folder)
    keep = (folder / "市工信局.xlsx").read_bytes()
    (folder / "office-notes.txt").write_text("留存", encoding="utf-8")
    (folder / "市科技局.xlsx").write_bytes(b"stale")
    paths = write_all(folder, ["市科技局"], prefill={"市科技局": {"1.1": 2}})
    assert paths == [folder / "市科技局.xlsx"]
    assert load_workbook(paths[0]).worksheets[0]["I5"].value == 2
    assert (folder / "市工信局.xlsx").read_bytes() == keep
    assert (folder / "office-notes.txt").exists()
    assert os.listdir(folder.parent) == ["2023-W36"]


def test_write_forms_failure_leaves_no_temporary_folder(tmp_path):
    folder = tmp_path / "templates" / "2023-W36"
    (folder / "市国资局.xlsx").mkdir(parents=True)               # a folder where a file must go
    with pytest.raises(WorkspaceError):
        write_all(folder)
    assert os.listdir(folder.parent) == ["2023-W36"]


def test_prefill_comes_from_the_history_store(tmp_path):
    from tz_excel.records import Value
    from tz_excel.store import HistoryStore

    ws = Workspace(tmp_path)
    deps = small_directory().departments[:2]
    assert previous_values(ws, deps, Period.parse("2023-W36")) == {}
    assert not (tmp_path / "history.sqlite").exists()          # looking does not create a store
    store = HistoryStore.for_workspace(ws)
    store.replace_values("2023-W35", "市科技局", [Value("2023-W35", "市科技局", "1.1", 1, "lead", 1.0),
                                                  Value("2023-W35", "市科技局", "7", 7, "co", None)])
    store.replace_values("2023-W36", "市科技局", [Value("2023-W36", "市科技局", "1.1", 1, "lead", 2.0)])
    store.close()
    found = previous_values(ws, deps, Period.parse("2023-W36"))
    assert found == {"市科技局": {"1.1": 1.0, "7": None}, "市国资局": {}}


# -- a real client ---------------------------------------------------------------------------------

def libreoffice_roundtrip(paths: list[Path], out: Path, profile: Path) -> subprocess.CompletedProcess:
    """Open every file in one LibreOffice run and save it back as .xlsx into ``out``."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice is required (Debian package libreoffice-calc)"
    return subprocess.run(
        [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
         "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), *map(str, paths)],
        capture_output=True, text=True, timeout=240,
    )


def comparable(book) -> dict:
    """What must survive a client's save: values, inputs, validations, protection, identity."""
    data = snapshot(book)
    for sheet in data["sheets"]:
        for key in ("fonts", "column_widths", "row_heights", "freeze", "print", "fills"):
            sheet.pop(key)
        for rule in sheet["validations"]:
            rule["errorStyle"] = rule["errorStyle"] or "stop"      # the default, written out or not
            if rule["type"] == "list":
                rule["operator"] = None                # meaningless for a list; LO writes "between"
    data.pop("defined_names")
    return data


# -- the bundled notice, through the workspace and the command line ----------------------------------

@pytest.fixture(scope="module")
def office(tmp_path_factory):
    """A workspace initialised from the bundled notice (init's first departments.xlsx)."""
    import warnings

    from tz_excel.office import init_workspace

    ws = Workspace(tmp_path_factory.mktemp("office"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        init_workspace(ws)
    return ws


def fresh_copy(office, tmp_path) -> Workspace:
    target = tmp_path / "ws"
    shutil.copytree(office.root, target)
    return Workspace(target)


def test_generate_forms_for_the_bundled_notice(office, tmp_path):
    from tz_excel.office import load_catalogue, load_directory

    ws = fresh_copy(office, tmp_path)
    paths = generate_forms(ws, "2023-W36", now=FIXED_NOW)
    catalogue, directory = load_catalogue(ws), load_directory(ws)
    assert 30 <= len(paths) <= 45
    assert all(p.parent == ws.root / "templates" / "2023-W36" for p in paths)
    covered = set()
    for path in paths:
        book = load_workbook(path, read_only=True)
        meta = dict(book["_meta"].iter_rows(min_row=2, values_only=True))
        dep = directory.resolve(meta["department"])
        ids = [r[3] for r in book["填报表"].iter_rows(min_row=FIRST_ROW + 1, values_only=True)]
        assert ids == [r.id for r in catalogue.rows_for(directory.names_for(dep))], path.name
        assert meta["period"] == "2023-W36" and meta["catalogue_sha"] == catalogue.sha
        covered |= directory.names_for(dep)
        book.close()
    assert set(catalogue.department_names()) <= covered          # every name reaches a template
    assert sorted(os.listdir(ws.root / "templates")) == ["2023-W36"]


def test_generate_forms_twice_gives_identical_bytes(office, tmp_path):
    ws = fresh_copy(office, tmp_path)
    first = {p.name: p.read_bytes() for p in generate_forms(ws, "2023-W36", now=FIXED_NOW)}
    second = {p.name: p.read_bytes() for p in generate_forms(ws, Period.parse("2023-W36"), now=FIXED_NOW)}
    assert first == second


def test_generate_forms_prefills_from_the_workspace_history(office, tmp_path):
    from tz_excel.records import Value
    from tz_excel.store import HistoryStore

    ws = fresh_copy(office, tmp_path)
    store = HistoryStore.for_workspace(ws)
    store.replace_values("2023-W35", "市科技局", [Value("2023-W35", "市科技局", "4.1", 4, "lead", 120.0)])
    store.close()
    (path,) = generate_forms(ws, "2023-W36", departments=["市科技局"], now=FIXED_NOW)
    rows = {r[3]: r for r in load_workbook(path)["填报表"].iter_rows(min_row=FIRST_ROW + 1, values_only=True)}
    assert rows["4.1"][8] == 120 and rows["1.1"][8] is None


def cli(ws: Workspace, *args: str) -> int:
    from tz_excel.cli import main

    return main(["--workspace", str(ws.root), *args])


def test_cli_generate_one_department_by_alias(office, tmp_path, capsys):
    from tz_excel.departments import Department, Directory, read_directory, write_directory

    ws = fresh_copy(office, tmp_path)
    directory = read_directory(ws.departments_path)
    renamed = [Department(d.name, aliases=("科技局",)) if d.name == "市科技局" else d for d in directory]
    write_directory(ws.departments_path, Directory(tuple(renamed)))
    assert cli(ws, "generate", "--period", "2023-W36", "--department", "科技局") == 0
    assert os.listdir(ws.root / "templates" / "2023-W36") == ["市科技局.xlsx"]
    assert "已生成 1 份" in capsys.readouterr().out


@pytest.mark.parametrize("args, words", [
    (("--period", "2023-36"), "格式不正确"),
    (("--period", "2023-W54"), "没有第54周"),
    (("--period", "2023-W36", "--department", "市宇宙局"), "市宇宙局"),
])
def test_cli_generate_refuses_bad_input_and_writes_nothing(office, tmp_path, capsys, args, words):
    ws = fresh_copy(office, tmp_path)
    assert cli(ws, "generate", *args) == 2
    assert words in capsys.readouterr().err
    assert os.listdir(ws.root / "templates") == []


def test_cli_generate_names_departments_missing_from_the_directory(office, tmp_path, capsys):
    from tz_excel.departments import Directory, read_directory, write_directory

    ws = fresh_copy(office, tmp_path)
    directory = read_directory(ws.departments_path)
    kept = tuple(d for d in directory if d.name not in ("市科技局", "市医保局"))
    write_directory(ws.departments_path, Directory(kept))
    assert cli(ws, "generate", "--period", "2023-W36") == 2
    err = capsys.readouterr().err
    assert "市科技局" in err and "市医保局" in err and "departments.xlsx" in err
    assert os.listdir(ws.root / "templates") == []


@pytest.fixture(scope="module")
def libreoffice_saved(office, tmp_path_factory):
    """Every bundled template and the small notice's templates, opened and saved back by ONE LibreOffice run.

    Returns (original, saved, LibreOffice's stdout) with originals in generation order.
    """
    root = tmp_path_factory.mktemp("lo")
    ws = Workspace(root / "ws")
    shutil.copytree(office.root, ws.root)
    bundled = generate_forms(ws, "2023-W36", now=FIXED_NOW)
    small = write_all(root / "small", prefill={"北辛街道": {"41.1": 88.5}, "市科技局": {"1.1": 1}})
    for path in small:                                          # one --outdir: keep the names apart
        path.rename(path.with_name(f"small-{path.name}"))
    originals = bundled + [p.with_name(f"small-{p.name}") for p in small]
    filled = fill_percent_rows(root / "small" / "small-北辛街道.xlsx", root / "filled-percent.xlsx")
    result = libreoffice_roundtrip([*originals, filled], root / "out", root / "profile")
    assert result.returncode == 0, result.stderr
    return [(p, root / "out" / p.name) for p in originals], result.stdout, root / "out" / filled.name


def fill_percent_rows(template: Path, out: Path) -> Path:
    """北辛街道's cap row given 1.2, its percent row a percent-formatted 0.95 (a clerk typing 95%)."""
    book = load_workbook(template)
    sheet = book["填报表"]
    sheet[f"J{FIRST_ROW + 1}"] = 1.2
    sheet[f"J{FIRST_ROW + 2}"] = 0.95
    sheet[f"J{FIRST_ROW + 2}"].number_format = "0%"
    book.save(out)
    return out


@pytest.mark.libreoffice
def test_libreoffice_converts_every_template_without_error(libreoffice_saved):
    pairs, stdout, _ = libreoffice_saved
    assert len(pairs) > 40 and stdout.count("convert ") == len(pairs) + 1
    missing = [p.name for p, saved in pairs if not saved.exists()]
    assert missing == [], stdout


@pytest.mark.libreoffice
def test_libreoffice_saves_back_meta_protection_inputs_and_validations(libreoffice_saved):
    pairs, _, _ = libreoffice_saved
    for original, saved in pairs:
        before, after = comparable(load_workbook(original)), comparable(load_workbook(saved))
        assert differences(after, before) == [], original.name
        assert after["sheets"][2]["state"] == "hidden" and after["sheets"][0]["unlocked"]


@pytest.mark.libreoffice
def test_libreoffice_computes_the_rate_of_a_percent_formatted_fraction_in_points(libreoffice_saved):
    _, _, filled = libreoffice_saved
    sheet = load_workbook(filled, data_only=True)["填报表"]
    cap, percent = sheet[f"K{FIRST_ROW + 1}"].value, sheet[f"K{FIRST_ROW + 2}"].value
    assert cap == pytest.approx(1.2 / 3.05)                       # shown as 已用 39.3%
    assert percent == pytest.approx(0.95 * 100 / 95)              # 95% against a target of 95 points


# -- the calendar in the template --------------------------------------------------------------------

def test_each_row_shows_its_deadline_marked_against_the_period(tmp_path):
    from _forms import dated_catalogue

    path = tmp_path / "m.xlsx"
    settings = Settings.from_dict({"office": {"cadence": "month"}})
    build_form(path, dated_catalogue(), "市科技局", small_directory(), Period.parse("2023-09"), settings, now=FIXED_NOW)
    book = load_workbook(path)
    sheet = book.worksheets[0]
    assert [(r[3], r[HEADERS.index("完成时限")]) for r in data_rows(sheet)] == [
        ("1.1", "2023年9月1日前（本期到期）"),       # its own deadline
        ("1.2", "2023年6月30日前（已到期）"),        # its task's
        ("5.1", "2023年10月31日前（临期）"),         # within the next two months
        ("7", "2023年12月31日前"),                  # none written: the year's end
    ]
    assert sheet[f"{COL['完成时限']}6"].font.color.rgb.endswith("C00000")
    assert sheet[f"{COL['完成时限']}5"].protection.locked
    assert sheet["A1"].value.endswith("推进情况表（9月）") and sheet["H2"].value == "2023年9月"
    assert sheet["M2"].value == "2023年10月5日（星期四）17:00"
    prompts = " ".join(v.prompt or "" for v in sheet.data_validations.dataValidation)
    assert "自年初至本月末" in prompts and "本周" not in prompts
    guide = " ".join(str(c.value) for row in book["填报说明"].iter_rows() for c in row if c.value)
    assert "完成时限" in guide and "本月末" in guide and "2023年9月" in guide


def test_due_text_is_pure():
    from datetime import date

    from tz_excel.forms import due_text

    w36 = Period.parse("2023-W36")
    assert due_text(date(2023, 9, 1), w36) == "2023年9月1日前（已到期）"
    assert due_text(date(2023, 9, 10), w36) == "2023年9月10日前（本期到期）"
    assert due_text(date(2023, 9, 24), w36) == "2023年9月24日前（临期）"
    assert due_text(date(2023, 9, 25), w36) == "2023年9月25日前"
    assert due_text(date(2023, 9, 24), w36, soon_periods=0) == "2023年9月24日前"


def test_quarterly_titles_and_the_cli_generates_by_quarter(office, tmp_path):
    ws = fresh_copy(office, tmp_path)
    text = ws.settings_path.read_text(encoding="utf-8")
    assert 'cadence = "week"' in text                                   # init writes the key
    ws.settings_path.write_text(text.replace('cadence = "week"', 'cadence = "quarter"'), encoding="utf-8")
    assert cli(ws, "generate", "--period", "2023-Q3", "--department", "市科技局") == 0
    sheet = load_workbook(ws.root / "templates" / "2023-Q3" / "市科技局.xlsx")["填报表"]
    assert sheet["A1"].value.endswith("（三季度）") and sheet["H2"].value == "2023年第三季度"
    assert sheet["M2"].value == "2023年9月30日（星期六）17:00"
    assert cli(ws, "generate", "--period", "2023-09") == 2
    with pytest.raises(PeriodError, match="按季度报送"):               # the library refuses it too
        generate_forms(ws, "2023-W36", departments=["市科技局"], now=FIXED_NOW)
