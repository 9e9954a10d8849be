"""init_workspace, the terminal summaries, and the init/catalogue commands (through exit codes and files)."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tz_excel import BUNDLED_NOTICE
from tz_excel.catalogue import read_catalogue_xlsx
from tz_excel.cli import main
from tz_excel.config import Settings, Workspace
from tz_excel.departments import read_directory
from tz_excel.errors import ConfigError, NoticeParseError, WorkspaceError
from tz_excel.notice import read_notice
from tz_excel.office import init_workspace, load_catalogue, load_directory, summarize, summarize_catalogue

DATA = Path(__file__).parent / "data" / "notice"
NOW = datetime(2023, 11, 28, 10, 30, 0)


@pytest.fixture
def ws(tmp_path) -> Workspace:
    return Workspace(tmp_path / "office")


def test_init_writes_the_workspace(ws):
    result = init_workspace(ws, now=NOW)
    assert sorted(p.name for p in ws.root.iterdir()) == [
        "archive", "catalogue.xlsx", "departments.xlsx", "inbox", "outbox", "templates", "tz_excel.id",
        "tz_excel.toml"]
    expected = read_notice(BUNDLED_NOTICE).catalogue
    assert result.catalogue == expected
    assert load_catalogue(ws) == expected
    assert result.catalogue_sha == expected.sha
    settings = Settings.load(ws.settings_path)
    assert settings == Settings()                     # every default, written out
    assert "# year = 2023" in ws.settings_path.read_text(encoding="utf-8")
    directory = load_directory(ws)
    assert [d.name for d in directory] == expected.department_names()
    assert [d.name for d in directory.members("各镇街")] == ["滨湖镇"]
    assert result.needs_review                        # six indicators are flagged
    assert result.warnings == ("第16行“纵深推进新旧动能转换”没有序号，按位置推定为第二部分。",)
    assert result.backups == ()


def test_init_refuses_an_existing_workspace(ws):
    init_workspace(ws, now=NOW)
    before = {p.name: p.read_bytes() for p in ws.root.iterdir() if p.is_file()}
    with pytest.raises(WorkspaceError, match="已是 tz_excel 工作区") as info:
        init_workspace(ws, document=DATA / "sample_linyi.txt")
    assert info.value.path == str(ws.root)
    assert {p.name: p.read_bytes() for p in ws.root.iterdir() if p.is_file()} == before


def test_force_keeps_dated_backups_and_the_office_contacts(ws):
    init_workspace(ws, now=NOW)
    wb = load_workbook(ws.departments_path)
    sheet = wb.active
    for row in sheet.iter_rows(min_row=2):
        if row[0].value == "市科技局":
            row[3].value, row[5].value = "张三", "kjj@tz.gov.cn"
    wb.save(ws.departments_path)
    edited = {p.name: p.read_bytes() for p in ws.root.iterdir() if p.is_file()}

    result = init_workspace(ws, document=DATA / "sample_linyi.txt", force=True, now=NOW)
    stamp = "20231128-103000"
    assert sorted(p.name for p in result.backups) == [
        f"catalogue.{stamp}.xlsx", f"departments.{stamp}.xlsx", f"tz_excel.{stamp}.toml"]
    for backup in result.backups:
        original = backup.name.replace(f".{stamp}", "")
        assert backup.read_bytes() == edited[original]
    directory = read_directory(ws.departments_path)
    kept = directory.get("市科技局")
    assert (kept.contact, kept.emails) == ("张三", ("kjj@tz.gov.cn",))
    assert directory.get("市行政审批局") is not None          # the new notice's names are added
    assert load_catalogue(ws).short_title == "临沂市2024年优化营商环境重点任务"

    again = init_workspace(ws, force=True, now=NOW)            # same second: a second backup, not a clash
    assert f"catalogue.{stamp}-2.xlsx" in [p.name for p in again.backups]


def test_init_from_other_documents_and_year(ws, tmp_path):
    result = init_workspace(ws, document=DATA / "sample_wrapped.txt", year=2025)
    assert result.catalogue.year == 2025
    assert load_catalogue(ws).year == 2025
    nameless = tmp_path / "noyear.txt"
    nameless.write_text("一、节水\n1.推进节水。新增节水型单位12家。(责任单位:市水务局)\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="--year"):
        init_workspace(Workspace(tmp_path / "other"), document=nameless)
    assert not (tmp_path / "other" / "catalogue.xlsx").exists()
    # the year given dates the deadlines the notice writes without one
    nameless.write_text("一、节水\n1.推进节水,6月底前新增节水型单位12家。(责任单位:市水务局)\n", encoding="utf-8")
    dated = init_workspace(Workspace(tmp_path / "dated"), document=nameless, year=2024)
    assert dated.catalogue.tasks[0].indicators[0].due == date(2024, 6, 30)
    assert load_catalogue(Workspace(tmp_path / "dated")).tasks[0].indicators[0].due == date(2024, 6, 30)


def test_summaries_name_the_figures_and_the_doubts(ws):
    result = init_workspace(ws, document=DATA / "sample_linyi.txt")
    text = summarize(result)
    assert f"已建立工作区：{ws.root}" in text
    assert "3 个部分，8 项任务，16 个量化指标，涉及 15 个责任单位（含统称）" in text
    assert "需复核：任务 1 项，指标 1 个" in text
    assert "任务6“降低企业成本”：未标注责任单位" in text
    assert "指标7.2：对30家以上重点企业开展“体检式”服务（目标 30家）" in text
    assert "第16行任务6没有责任单位标注" in text
    bundled = summarize_catalogue(read_notice(BUNDLED_NOTICE).catalogue)
    assert bundled.splitlines()[0] == ("任务清单：《滕州市深化新旧动能转换推动绿色低碳高质量发展2023年重点任务》"
                                       "（滕政办发〔2023〕30号，2023-08-15）")
    assert "11 个部分，75 项任务，58 个量化指标" in bundled
    assert "完成时限早于年底的：任务 0 项，指标 1 个（其余按年底前）。" in bundled
    assert "指标37.1：全面完成城区一座污水处理厂提标任务（目标 1座）：数量写在名词之前，请核对是否为承诺的目标" in bundled


# -- the commands ----------------------------------------------------------------------------------------

def test_cli_init_then_refuse_then_force(tmp_path, capsys):
    root = tmp_path / "office"
    assert main(["--workspace", str(root), "init"]) == 0          # done; doubtful indicators listed, not a failure
    assert (root / "catalogue.xlsx").exists() and (root / "inbox").is_dir()
    assert "75 项任务" in capsys.readouterr().out
    assert main(["--workspace", str(root), "init"]) == 2
    assert "--force" in capsys.readouterr().err
    assert main(["--workspace", str(root), "init", "--force", "--document", str(DATA / "sample_wrapped.txt")]) == 0
    assert len(list(root.glob("catalogue.*.xlsx"))) == 1
    assert read_catalogue_xlsx(root / "catalogue.xlsx").short_title == "枣庄市2024年城市更新重点工作任务"


def test_cli_init_bad_document_exits_2_and_writes_nothing(tmp_path, capsys):
    notice = tmp_path / "empty.txt"
    notice.write_text("关于做好节水工作的通知\n请认真做好节水工作。\n", encoding="utf-8")
    root = tmp_path / "office"
    assert main(["-w", str(root), "init", "--document", str(notice)]) == 2
    assert "没有找到编号的条目" in capsys.readouterr().err
    assert not root.exists()


def test_cli_catalogue_json_and_xlsx(tmp_path, capsys):
    out = tmp_path / "c.xlsx"
    assert main(["catalogue", str(DATA / "sample_linyi_gbk.txt"), "--json", "-o", str(out)]) == 0
    captured = capsys.readouterr()
    expected = read_notice(DATA / "sample_linyi.txt").catalogue
    assert json.loads(captured.out) == expected.to_dict()
    assert "提示：第16行任务6没有责任单位标注" in captured.err
    assert read_catalogue_xlsx(out) == expected


def test_cli_catalogue_summary_and_errors(tmp_path, capsys):
    assert main(["catalogue", str(BUNDLED_NOTICE)]) == 0
    assert "58 个量化指标" in capsys.readouterr().out
    duplicated = tmp_path / "dup.txt"
    duplicated.write_text("一、甲\n1.任务一。(责任单位:市发改局)\n1.任务二。(责任单位:市发改局)\n", encoding="utf-8")
    assert main(["catalogue", str(duplicated)]) == 0          # never a dead end: renumbered, listed for review
    captured = capsys.readouterr()
    assert "第3行：任务序号1重复" in captured.err
    assert "任务2“任务二”：原文序号为1，已按出现顺序重新编号" in captured.out
    assert main(["catalogue", str(tmp_path / "missing.docx")]) == 2
    with pytest.raises(NoticeParseError):
        read_notice(tmp_path / "missing.docx")


def test_force_reparses_with_the_offices_calendar(ws):
    init_workspace(ws, now=NOW)
    assert load_catalogue(ws).indicator("64.5").due.isoformat() == "2023-08-31"       # the default autumn term
    text = ws.settings_path.read_text(encoding="utf-8").replace('autumn_term = "08-31"', 'autumn_term = "09-01"')
    ws.settings_path.write_text(text, encoding="utf-8")
    init_workspace(Workspace(ws.root), force=True, now=NOW)
    again = Workspace(ws.root)
    assert load_catalogue(again).indicator("64.5").due.isoformat() == "2023-09-01"
    assert again.settings.calendar.autumn_term == "09-01"                             # kept in the new file
