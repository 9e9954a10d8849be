"""demo: the whole week on the bundled notice, offline, deterministic."""

from __future__ import annotations

import hashlib
from email import policy
from email.parser import BytesParser

import pytest
from openpyxl import load_workbook
from rich.console import Console

from tz_excel import cli
from tz_excel.demo import MARKER, NOT_A_WORKBOOK, PERIOD, SILENT, TEXT_IN_NUMBER, TOWNS, run_demo
from tz_excel.departments import read_directory


def _tree(root):
    """{relative path: sha256} of every file but the log, the lock files (and who held them), the
    history database and the workspace's random id (tz_excel.id)."""
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*"))
            if p.is_file() and p.suffix not in (".sqlite", ".log", ".lock", ".holder", ".id")}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    root = tmp_path_factory.mktemp("demo") / "demo-workspace"
    outcome = run_demo(root, console=Console(file=open("/dev/null", "w"), width=120))
    return root, outcome


def test_demo_writes_workbook_and_mail(demo):
    root, outcome = demo
    assert outcome.workbook.exists() and outcome.workbook.parent == root / "outbox" / str(PERIOD)
    assert load_workbook(outcome.workbook, read_only=True).sheetnames[:2] == ["总览", "指标进度"]
    mails = sorted(p.name for p in outcome.mail_dir.glob("*.eml"))
    directory = read_directory(root / "departments.xlsx")
    addressed = [d for d in directory if d.emails]
    assert sum(name.startswith("send_") for name in mails) == len(addressed)
    assert "report.eml" in mails
    report = BytesParser(policy=policy.default).parsebytes((outcome.mail_dir / "report.eml").read_bytes())
    [(name, data)] = [(a.get_filename(), a.get_content()) for a in report.iter_attachments()]
    assert name == outcome.workbook.name and data == outcome.workbook.read_bytes()


def test_demo_directory_has_the_21_towns_and_test_addresses(demo):
    root, _ = demo
    directory = read_directory(root / "departments.xlsx")
    assert {d.name for d in directory.members("各镇街")} == set(TOWNS) and len(TOWNS) == 21
    assert all(e.endswith("@tengzhou.example") for d in directory for e in d.emails)
    assert [d.name for d in directory if not d.emails and not directory.is_group(d)] == ["市铁路货场迁建指挥部"]


def test_demo_clerks_behave_as_cast_and_faulty_ones_get_feedback(demo):
    root, outcome = demo
    kinds = set(outcome.behaviours.values())
    assert {SILENT, NOT_A_WORKBOOK, TEXT_IN_NUMBER} <= kinds
    assert list(outcome.behaviours.values()).count("on_time") > len(outcome.behaviours) / 2
    faulty = next(name for name, kind in outcome.behaviours.items() if kind == TEXT_IN_NUMBER)
    assert (outcome.mail_dir / f"feedback_{faulty}.eml").exists()
    assert (root / "outbox" / str(PERIOD) / "feedback" / f"{faulty}_{PERIOD}_请修改.xlsx").exists()
    stray = next(name for name, kind in outcome.behaviours.items() if kind == NOT_A_WORKBOOK)
    assert any(p.name.startswith("feedback_") and "@" in p.name for p in outcome.mail_dir.glob("*.eml")), stray
    assert list((root / "inbox").glob("*.xlsx")) == []          # everything was archived


def test_demo_rerun_is_identical_and_refuses_foreign_folders(demo, tmp_path, capsys):
    root, _ = demo
    before = _tree(root)
    assert cli.main(["demo", str(root)]) == 0
    assert _tree(root) == before and (root / MARKER).exists()

    foreign = tmp_path / "office"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("keep me", encoding="utf-8")
    assert cli.main(["demo", str(foreign)]) == 2
    assert (foreign / "notes.txt").read_text(encoding="utf-8") == "keep me"
    assert "不是演示目录" in capsys.readouterr().err


def test_demo_generates_a_template_for_every_department_and_whole_counts(tmp_path):
    """Departments without an e-mail still get a template; simulated clerks report whole 个/家."""
    import contextlib
    import io

    from openpyxl import load_workbook

    from tz_excel import Workspace, load_catalogue, load_directory
    from tz_excel.demo import run_demo

    with contextlib.redirect_stdout(io.StringIO()):
        run_demo(tmp_path / "demo")
    ws = Workspace(tmp_path / "demo")
    expected = {d.name for d in load_directory(ws).recipients_for(load_catalogue(ws).department_names())}
    made = {p.stem for p in ws.templates_dir(PERIOD).glob("*.xlsx")}
    assert made == expected
    catalogue = load_catalogue(ws)
    counts = [i for i in catalogue.indicators() if i.unit in ("个", "家", "人")]
    seen = 0
    for path in (ws.archive / "2023-W36").rglob("*.xlsx"):
        sheet = load_workbook(path, read_only=True).worksheets[0]
        rows = list(sheet.iter_rows(values_only=True))
        header = next(i for i, r in enumerate(rows) if "指标编号" in r)
        idx, val = rows[header].index("指标编号"), rows[header].index("累计完成值")
        for r in rows[header + 1:]:
            if any(str(r[idx]) == i.id for i in counts) and isinstance(r[val], (int, float)):
                seen += 1
                assert float(r[val]).is_integer(), (path.name, r[idx], r[val])
    assert seen > 5


@pytest.mark.parametrize("cadence, period, deadline", [
    ("month", "2023-09", "2023年10月5日（星期四）17:00"),
    ("quarter", "2023-Q3", "2023年9月30日（星期六）17:00"),
])
def test_demo_runs_a_monthly_and_a_quarterly_cycle(tmp_path, cadence, period, deadline):
    from tz_excel import Workspace, load_catalogue
    from tz_excel.assess import assess_period
    from tz_excel.periods import Period
    from tz_excel.store import HistoryStore

    root = tmp_path / f"demo-{cadence}"
    assert cli.main(["demo", str(root), "--cadence", cadence]) == 0
    ws, p = Workspace(root), Period.parse(period)
    assert ws.settings.office.cadence == cadence
    assert list((root / "outbox" / period).glob(f"*推进情况汇总_{period}.xlsx"))
    sheet = load_workbook(ws.templates_dir(p) / "市科技局.xlsx", read_only=True)["填报表"]
    rows = list(sheet.iter_rows(max_row=4, values_only=True))
    assert rows[0][0].endswith(f"（{p.short_label}）") and deadline in rows[1] and "完成时限" in rows[3]
    store = HistoryStore.for_workspace(ws)
    try:
        values = store.values(period)
    finally:
        store.close()
    assessments, _ = assess_period(load_catalogue(ws), values, p, ws.settings)
    firms = next(a for a in assessments if a.target == 195 and a.unit == "家")
    assert round(firms.expected, 1) == 145.8 and firms.due.isoformat() == "2023-12-31"   # 195 × 273/365
    assert sorted(x.name for x in (root / "archive").iterdir() if x.name != "rejected") == sorted(
        {period, str(p.previous())})                                  # one clerk sent last period's
