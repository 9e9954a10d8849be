"""A small office workspace for the mail, feedback and weekly tests.

    >>> ws = small_office(tmp_path, smtp_port=server.port)     # SMTP on loopback
    >>> ws = small_office(tmp_path)                            # no [smtp] host: .eml outbox
    >>> fill(ws, "市科技局", {"1.1": 2, "1.2": "约5个"})         # a clerk's return dropped into inbox/

Four concrete departments from a five-task notice: 市科技局 (leads 1 and 5), 市工信局 (leads 7),
北辛街道 and 荆河街道 (members of 各镇街, which co-operates on 30), and 市国资局 without an address.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from tz_excel.catalogue import Catalogue, Indicator, Section, Task, write_catalogue_xlsx
from tz_excel.config import Workspace
from tz_excel.departments import Department, Directory, write_directory
from tz_excel.periods import Period

PERIOD = Period.parse("2023-W36")
MONDAY = datetime(2023, 9, 4, 9, 0)
ADDRESSES = {
    "市科技局": ("kjj@tengzhou.example", "kjj-2@tengzhou.example"),
    "市工信局": ("gxj@tengzhou.example",),
    "北辛街道": ("beixin@tengzhou.example",),
    "荆河街道": ("jinghe@tengzhou.example",),
}
LEADERS = ("leader1@tengzhou.example", "leader2@tengzhou.example")


def small_catalogue() -> Catalogue:
    tasks = (
        Task(1, 1, "完善实验室体系", "建设省院士工作站2个,建设枣庄市级重点实验室8个。", ("市科技局",), (
            Indicator("1.1", "省院士工作站", 2, "个", source="建设省院士工作站2个"),
            Indicator("1.2", "枣庄市级重点实验室", 8, "个", source="建设枣庄市级重点实验室8个"),
        )),
        Task(5, 1, "优化创新创业环境", "协助企业申请科技成果转化贷款1.5亿元。", ("市科技局", "市国资局"), (
            Indicator("5.1", "科技成果转化贷款", 1.5, "亿元", source="协助企业申请科技成果转化贷款1.5亿元"),
        )),
        Task(7, 2, "推动产业数字化", "加快推进企业数字化转型。", ("市工信局", "市科技局"), ()),
        Task(30, 3, "强化用水总量控制", "年度用水总量控制在3.05亿立方米以内。", ("市工信局", "各镇街"), (
            Indicator("30.1", "年度用水总量", 3.05, "亿立方米", comparator="<=", source="年度用水总量控制在3.05亿立方米以内"),
        )),
    )
    sections = (Section(1, "深入实施创新驱动发展战略"), Section(2, "加快产业转型升级"), Section(3, "推动绿色低碳发展"))
    return Catalogue("滕州市深化新旧动能转换推动绿色低碳高质量发展2023年重点任务", 2023, sections, tasks)


def small_directory(addresses: dict[str, tuple[str, ...]] = ADDRESSES) -> Directory:
    return Directory((
        Department("市科技局", aliases=("科技局",), contact="张三", emails=addresses.get("市科技局", ())),
        Department("市国资局", emails=addresses.get("市国资局", ())),
        Department("市工信局", emails=addresses.get("市工信局", ())),
        Department("各镇街"),
        Department("北辛街道", groups=("各镇街",), emails=addresses.get("北辛街道", ())),
        Department("荆河街道", groups=("各镇街",), emails=addresses.get("荆河街道", ())),
    ))


def small_office(root: Path, *, smtp_port: int | None = None, addresses=ADDRESSES,
                 extra: str = "") -> Workspace:
    """Write tz_excel.toml, catalogue.xlsx and departments.xlsx under ``root``."""
    root.mkdir(parents=True, exist_ok=True)
    toml = ['[office]', 'contact = "王五"', 'phone = "0632-5510000"', 'email = "office@tengzhou.example"',
            '[report]', f"recipients = {json.dumps(list(LEADERS))}"]
    if smtp_port:
        toml += ["[smtp]", 'host = "127.0.0.1"', f"port = {smtp_port}", 'security = "none"',
                 'sender = "office@tengzhou.example"', "retries = 1", "backoff = 0.01", "timeout = 5"]
    (root / "tz_excel.toml").write_text("\n".join(toml) + "\n" + extra, encoding="utf-8")
    write_catalogue_xlsx(root / "catalogue.xlsx", small_catalogue())
    write_directory(root / "departments.xlsx", small_directory(addresses))
    for folder in ("inbox", "archive", "outbox", "templates"):
        (root / folder).mkdir(exist_ok=True)
    return Workspace(root)


def fill(ws: Workspace, department: str, values: dict, *, name: str | None = None, period: Period = PERIOD,
         received: datetime | None = None, **options) -> Path:
    """A clerk's return of ``department`` in inbox/ (the template is generated when missing)."""
    from tz_excel.clerks import fill_return
    from tz_excel.forms import file_name, generate_forms

    template = ws.templates_dir(period) / file_name(department)
    if not template.exists():
        generate_forms(ws, period, now=MONDAY)
    out = ws.inbox / (name or f"{department}报送.xlsx")
    fill_return(template, out, values, modified=received or datetime(2023, 9, 7, 10, 0), **options)
    if received:
        sender = f"clerk <{ADDRESSES.get(department, ('x@x',))[0]}>"
        meta = {"received_at": received.isoformat(), "sender": sender, "subject": "报送"}
        Path(str(out) + ".meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    return out
