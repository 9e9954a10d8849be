"""A small prepared period for the assess and report tests: hand-made catalogue, values, files.

    >>> cat = sample_catalogue()
    >>> result = sample_result(cat)        # a merge.MergeResult for 2023-W36
"""

from __future__ import annotations

from datetime import datetime

from tz_excel.catalogue import Catalogue, Indicator, Section, Task
from tz_excel.merge import MergeResult
from tz_excel.records import ACCEPTED, REJECTED, SUPERSEDED, FileOutcome, Value
from tz_excel.findings import ERROR, WARNING, Issue
from tz_excel.periods import Period

PERIOD = "2023-W36"


def ind(id_, metric, target, unit, comparator=">=", kind="cumulative", aspirational=False):
    return Indicator(id=id_, metric=metric, target=target, unit=unit, comparator=comparator,
                     kind=kind, aspirational=aspirational, source=f"{metric}{target}{unit}")


def sample_catalogue() -> Catalogue:
    sections = (Section(1, "深入实施创新驱动发展战略"), Section(2, "推动产业绿色低碳转型"),
                Section(3, "加强生态环境保护"))
    tasks = (
        Task(1, 1, "完善实验室体系", "建设省院士工作站2个，建设枣庄市级重点实验室8个。", ("市科技局",),
             (ind("1.1", "省院士工作站", 2, "个"), ind("1.2", "枣庄市级重点实验室", 8, "个"))),
        Task(2, 1, "加强创新平台建设", "省级新型研发机构总量达到5家左右，力争新增创新平台3家以上。",
             ("市委组织部", "市科技局"),
             (ind("2.1", "省级新型研发机构", 5, "家", "~", "level"),
              ind("2.2", "省级以上创新平台", 3, "家", aspirational=True))),
        Task(4, 1, "强化科技型企业培训", "新培育高新技术企业195家。", ("市科技局", "市工信局"),
             (ind("4.1", "高新技术企业", 195, "家"),)),
        Task(7, 2, "推进产业链链长制", "完善链长制工作机制。", ("市发改局", "市工信局"), ()),
        Task(8, 2, "实施技改提级", "组织实施技改项目。", ("市工信局",), ()),
        Task(25, 3, "加强水土流失综合治理", "全市水土保持率达到91.34%。", ("市城乡水务局",),
             (ind("25.1", "水土保持率", 91.34, "%", kind="level"),)),
        Task(33, 3, "打好深度节水控水攻坚战", "年度用水总量控制在3.05亿立方米以内。", ("市城乡水务局",),
             (ind("33.1", "年度用水总量", 3.05, "亿立方米", "<="),)),
        Task(64, 3, "推动基础教育高质量发展", "覆盖率达到95%。", ("市教体局",),
             (ind("64.1", "强校扩优覆盖率", 95, "%", kind="level"),)),
    )
    return Catalogue(title="滕州市深化新旧动能转换推动绿色低碳高质量发展2023年重点任务", year=2023,
                     sections=sections, tasks=tasks, short_title="2023年重点任务")


def v(dep, id_, actual, role="lead", valid=True, state="", progress="", problems="", plans="",
      at=datetime(2023, 9, 8, 10, 0), period=PERIOD):
    task_no = int(str(id_).split(".")[0])
    return Value(period=period, department=dep, id=str(id_), task_no=task_no, role=role, actual=actual,
                 valid=valid, state=state, progress=progress, problems=problems, plans=plans,
                 file=f"archive/{period}/{dep}.xlsx", received_at=at)


def sample_values() -> list[Value]:
    late = datetime(2023, 9, 9, 9, 30)
    return [
        v("市科技局", "1.1", 2, state="已完成", progress="=已建成2个工作站"),
        v("市科技局", "1.2", 4, state="正常推进", problems="+用地指标紧张", plans="@下周调度"),
        v("市科技局", "2.1", 4.9, role="co"),
        v("市科技局", "2.2", 1, role="co"),
        v("市委组织部", "2.1", 5, at=late, state="正常推进", progress="-已报省厅审核"),
        v("市委组织部", "2.2", None, valid=False, at=late),
        v("市科技局", "4.1", 120, state="正常推进", progress="累计认定120家"),
        v("市工信局", "4.1", 150, role="co", state="正常推进", progress="配合做好培育库建设"),
        v("市工信局", "7", None, role="co", state="正常推进", progress="配合梳理链主企业"),
        v("市工信局", "8", None, state="未启动", problems="资金未到位"),
        v("市城乡水务局", "25.1", 91.5, state="已完成"),
        v("市城乡水务局", "33.1", 2.0, state="滞后"),
        v("市教体局", "64.1", 50, state="滞后"),
    ]


def sample_files() -> tuple[FileOutcome, ...]:
    rejected_issue = Issue("not-a-number", ERROR, "累计完成值“很多”不是数字，请填写数字。",
                           file="inbox/发改局.xlsx", sheet="填报表", cell="J8", value="很多")
    warning = Issue("approximate-value", WARNING, "“约120家”按120计算。", file="inbox/科技局.xlsx",
                    sheet="填报表", cell="J9", value="约120家")
    return (
        FileOutcome("inbox/科技局.xlsx", "a" * 64, ACCEPTED, "市科技局", PERIOD,
                    f"archive/{PERIOD}/市科技局.xlsx", datetime(2023, 9, 8, 10, 0), (warning,)),
        FileOutcome("inbox/组织部.xlsx", "b" * 64, ACCEPTED, "市委组织部", PERIOD,
                    f"archive/{PERIOD}/市委组织部.xlsx", datetime(2023, 9, 9, 9, 30)),
        FileOutcome("inbox/组织部旧.xlsx", "c" * 64, SUPERSEDED, "市委组织部", PERIOD,
                    f"archive/{PERIOD}/superseded/市委组织部.xlsx", datetime(2023, 9, 7, 9, 0)),
        FileOutcome("inbox/发改局.xlsx", "d" * 64, REJECTED, "市发改局", PERIOD,
                    "archive/rejected/发改局.xlsx", datetime(2023, 9, 8, 16, 0), (rejected_issue,)),
        FileOutcome("inbox/=cmd.xlsx", "e" * 64, REJECTED, None, None,
                    "archive/rejected/=cmd.xlsx", datetime(2023, 9, 8, 11, 0),
                    (Issue("not-our-template", ERROR, "该文件不是本办下发的填报模板。",
                           file="inbox/=cmd.xlsx"),)),
    )


def sample_result(catalogue: Catalogue | None = None, values=None) -> MergeResult:
    values = tuple(sample_values() if values is None else values)
    files = sample_files()
    expected = ("市科技局", "市委组织部", "市工信局", "市发改局", "市城乡水务局", "市教体局", "市商投局")
    reported = {x.department for x in values}
    issues = tuple(i for f in files for i in f.issues)
    return MergeResult(period=Period.parse(PERIOD), files=files, values=values, expected_departments=expected,
                       missing_departments=tuple(d for d in expected if d not in reported),
                       issues=issues)


# -- golden snapshot of the sample workbook ---------------------------------------------------
GOLDEN = "data/report/sample-2023-W36.json"
GOLDEN_NOW = datetime(2023, 9, 11, 8, 30)


def write_sample_report(root):
    """The sample period's workbook under workspace ``root`` (default settings, fixed ``now``)."""
    from tz_excel.assess import assess_period
    from tz_excel.config import Settings, Workspace
    from tz_excel.report import write_report

    cat = sample_catalogue()
    result = sample_result(cat)
    a, t = assess_period(cat, result.values, PERIOD, Settings())
    return write_report(Workspace(root), cat, PERIOD, result, a, t, now=GOLDEN_NOW)


def snapshot(path) -> dict:
    """What openpyxl reads back: every sheet's non-empty cells, with status fills, as JSON-ready data."""
    import openpyxl

    book = openpyxl.load_workbook(path)
    shot = {}
    for ws in book.worksheets:
        cells = {}
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                value = c.value.isoformat() if isinstance(c.value, datetime) else c.value
                fill = c.fill.fgColor.rgb if c.fill.fill_type == "solid" else None
                cells[c.coordinate] = [value, c.number_format, fill]
        shot[ws.title] = cells
    return shot


if __name__ == "__main__":
    # Regenerate the golden snapshot on purpose: python tests/_reportdata.py
    import json
    import sys
    import tempfile
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    with tempfile.TemporaryDirectory() as tmp:
        shot = snapshot(write_sample_report(tmp))
    target = Path(__file__).parent / GOLDEN
    target.parent.mkdir(parents=True, exist_ok=True)
    lines = ["{"]
    for n, (sheet, cells) in enumerate(shot.items()):
        lines.append(f" {json.dumps(sheet, ensure_ascii=False)}: {{")
        body = [f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in cells.items()]
        lines.append(",\n".join(body))
        lines.append(" }" + ("," if n < len(shot) - 1 else ""))
    lines.append("}")
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")   # one cell per line: readable diffs
    print(target)
