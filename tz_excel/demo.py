"""``tz-excel demo``: one whole cycle on the bundled notice, with simulated clerks, all offline.

    >>> outcome = run_demo(Path("demo-workspace"))
    >>> outcome.workbook, outcome.mail_dir
    (PosixPath('…/outbox/2023-W36/…推进情况汇总_2023-W36.xlsx'), PosixPath('…/outbox/2023-W36/mail'))
    >>> run_demo(Path("demo-monthly"), cadence="month").period     # tz-excel demo DIR --cadence month
    Period(year=2023, number=9, cadence='month')

The demo initialises a workspace from the bundled 2023 notice, gives every department a test address
on ``tengzhou.example`` (a reserved-style demo domain: the outbox writes ``.eml`` files and nothing is
sent), adds the 21 镇街 of 滕州 to 各镇街, sends the templates of the period that holds 8 September
2023 (2023-W36, 2023-09 or 2023-Q3 for ``cadence``), lets simulated clerks fill them (most on time,
some behind, a few late, a few with bad input, a couple silent), merges, mails the report and the
feedback, and prints a summary. The moments (send, deadline, merge) come from the workspace's own
``[schedule]`` and ``[office] deadline`` defaults for the cadence (``DemoCalendar``), so the demo
shows what an office of that cadence would see. Everything is seeded: the same run gives the same
files. A folder the demo made before (it holds ``.tz_excel_demo``) is cleared first; any other
non-empty folder is refused, so the demo never touches an office's real workspace.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path

from .assess import COUNT_UNITS
from .catalogue import LEAD
from .config import Workspace
from .errors import WorkspaceError
from .periods import WEEK, Period, check_cadence_name, share_to_due, step_time

PERIOD = Period.parse("2023-W36")          # the weekly demo's period
DAY = date(2023, 9, 8)                     # every cadence's demo period holds this day
SET_UP = datetime(2023, 9, 4, 9, 0)        # when the demo office runs init (names its backups)
SEED = 2023
MARKER = ".tz_excel_demo"
DOMAIN = "tengzhou.example"

TOWNS = ("北辛街道", "荆河街道", "龙泉街道", "善南街道", "东沙河镇", "洪绪镇", "南沙河镇", "大坞镇", "滨湖镇",
         "级索镇", "西岗镇", "姜屯镇", "鲍沟镇", "张汪镇", "官桥镇", "柴胡店镇", "羊庄镇", "木石镇", "界河镇",
         "龙阳镇", "东郭镇")
_PINYIN = {
    "北辛街道": "beixin", "荆河街道": "jinghe", "龙泉街道": "longquan", "善南街道": "shannan",
    "东沙河镇": "dongshahe", "洪绪镇": "hongxu", "南沙河镇": "nanshahe", "大坞镇": "dawu", "滨湖镇": "binhu",
    "级索镇": "jisuo", "西岗镇": "xigang", "姜屯镇": "jiangtun", "鲍沟镇": "baogou", "张汪镇": "zhangwang",
    "官桥镇": "guanqiao", "柴胡店镇": "chaihudian", "羊庄镇": "yangzhuang", "木石镇": "mushi", "界河镇": "jiehe",
    "龙阳镇": "longyang", "东郭镇": "dongguo",
    "市科技局": "kjj", "市委组织部": "zzb", "市国资局": "gzj", "市人社局": "rsj", "市卫健局": "wjj",
    "市工信局": "gxj", "市发改局": "fgj", "鲁南高科技化工园区": "lnhgyq", "市能源事务中心": "nyzx",
    "市大数据中心": "dsjzx", "市金融服务中心": "jrfwzx", "市交通运输局": "jtysj", "市自然资源局": "zrzyj",
    "市城乡水务局": "cxswj", "市住建局": "zjj", "市财政局": "czj", "市民政局": "mzj", "市文旅局": "wlj",
    "市商投局": "stj", "市农业农村局": "nyncj", "市综合执法局": "zhzfj", "生态环境滕州分局": "sthjfj",
    "市林业发展中心": "lyfzzx", "市行政审批局": "xzspj", "市政府办公室": "zfbgs", "市委编办": "swbb",
    "市司法局": "sfj", "市市场监管局": "scjgj", "市招商引资中心": "zszyzx", "开发区管委会": "kfqgwh",
    "市委宣传部": "xcb", "市教体局": "jtj", "市医保局": "ybj", "市应急局": "yjj", "市委办公室": "swbgs",
}
# A temporary headquarters the office has no address for yet: shows the "no address" path.
WITHOUT_ADDRESS = ("市铁路货场迁建指挥部",)
_SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗"
_GIVEN = ("伟", "芳", "娜", "敏", "静", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "霞", "平", "刚", "桂英")


@dataclass(frozen=True)
class DemoCalendar:
    """The demo's period and its moments, from the workspace's settings."""

    period: Period
    send: datetime
    deadline: datetime
    merge: datetime
    previous_send: datetime            # when the previous period's templates went out

    @classmethod
    def for_settings(cls, settings, cadence: str = WEEK) -> "DemoCalendar":
        period = Period.containing(DAY, check_cadence_name(cadence))
        spec, schedule = settings.office.deadline, settings.schedule
        return cls(period, step_time(period, schedule.send, spec), period.deadline(spec),
                   step_time(period, schedule.merge, spec), step_time(period.previous(), schedule.send, spec))


@dataclass
class DemoOutcome:
    """Where the demo put things, and what happened."""

    root: Path
    period: Period = PERIOD
    workbook: Path | None = None
    mail_dir: Path | None = None
    behaviours: dict[str, str] = field(default_factory=dict)     # department → what its clerk did
    merge_summary: str = ""
    result: object = None                                        # the merge.MergeResult of the period
    mail_summaries: list[str] = field(default_factory=list)


# -- the run -----------------------------------------------------------------------------------

def run_demo(folder: str | os.PathLike = "demo-workspace", *, console=None,
             cadence: str = WEEK) -> DemoOutcome:
    """Run one whole cycle of ``cadence`` in ``folder`` and print a summary; return where everything is."""
    from rich.console import Console

    from .mailer import send_feedback, send_report, send_templates
    from .cycle import consolidate
    from .office import init_workspace

    console = console or Console()
    check_cadence_name(cadence)
    ws = Workspace(_fresh_folder(Path(folder)))
    with console.status("由随附通知建立工作区……"):
        init_workspace(ws, force=ws.catalogue_path.exists(), now=SET_UP)
        (ws.root / MARKER).write_text("tz-excel demo\n", encoding="utf-8")
        _complete_directory(ws)
        _complete_settings(ws, cadence)
    ws = Workspace(ws.root)          # re-read the settings just written
    cal = DemoCalendar.for_settings(ws.settings, cadence)
    period, outcome = cal.period, DemoOutcome(ws.root, cal.period)
    console.print(f"[bold]1. 工作区[/]：{ws.root}（任务清单、单位名录、设置已生成；按{period.word}报送）")

    with console.status(f"生成并发送 {period} 填报模板……"):
        sent = send_templates(ws, period, now=cal.send)
    outcome.mail_summaries.append(sent.summary())
    templates = ws.templates_dir(period)
    console.print(f"[bold]2. 生成并发送模板[/]：{len(list(templates.glob('*.xlsx')))} 份模板在 {templates}；"
                  f"发出 {len(sent.sent)} 封（{len(sent.no_address)} 个单位缺邮箱）")

    outcome.behaviours = simulate_clerks(ws, console, cal)
    console.print(f"[bold]3. 模拟填报[/]：{_behaviour_line(outcome.behaviours)}", soft_wrap=True)

    with console.status("校验、归档、汇总……"):
        result = consolidate(ws, period, now=cal.merge)
        report = send_report(ws, period, result=result, now=cal.merge)
        feedback = send_feedback(ws, period, result, now=cal.merge)
    outcome.merge_summary, outcome.result = result.summary(), result
    outcome.mail_summaries += [report.summary(), feedback.summary()]
    outcome.workbook = ws.root / result.workbook
    outcome.mail_dir = ws.mail_dir(period)
    console.print(f"[bold]4. 汇总[/]：已发送汇总表 {len(report.sent)} 封，校验问题反馈 {len(feedback.sent)} 封")
    _print_summary(console, ws, result, outcome)
    return outcome


def _fresh_folder(folder: Path) -> Path:
    """``folder`` empty and ready; a previous demo's folder is cleared, anything else refused."""
    if folder.exists() and any(folder.iterdir()):
        if not (folder / MARKER).exists():
            raise WorkspaceError(f"目录 {folder} 已存在且不是演示目录，为免覆盖，演示未运行。请换一个目录。",
                                 path=str(folder))
        for child in folder.iterdir():
            shutil.rmtree(child) if child.is_dir() and not child.is_symlink() else child.unlink()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _complete_directory(ws: Workspace) -> None:
    """Test addresses and contacts for everyone; the 21 镇街 as members of 各镇街."""
    from .departments import Department, Directory, read_directory, write_directory

    rng = random.Random(SEED)
    directory = read_directory(ws.departments_path)
    rows = list(directory)
    group = next((d.name for d in rows if d.name == "各镇街"), None)
    if group:
        known = {d.name for d in rows}
        rows += [Department(town, groups=(group,)) for town in TOWNS if town not in known]
    completed = []
    for n, dep in enumerate(rows, 1):
        if directory.is_group(dep) or dep.name == group or dep.name in WITHOUT_ADDRESS:
            completed.append(dep)
            continue
        box = _PINYIN.get(dep.name, f"unit{n:02d}")
        contact = rng.choice(_SURNAMES) + rng.choice(_GIVEN)
        completed.append(replace(dep, contact=contact, phone=f"0632-55{rng.randrange(10000, 99999)}",
                                 emails=(f"{box}@{DOMAIN}",)))
    write_directory(ws.departments_path, Directory(tuple(completed)))


def _complete_settings(ws: Workspace, cadence: str = WEEK) -> None:
    text = ws.settings_path.read_text(encoding="utf-8")
    text = re.sub(r'^cadence = "week"', f'cadence = "{cadence}"', text, count=1, flags=re.M)
    for key, value in (("contact", "王磊"), ("phone", "0632-5512345"), ("email", f"zdrw@{DOMAIN}")):
        text = re.sub(rf'^{key} = ""', f'{key} = "{value}"', text, count=1, flags=re.M)
    text = re.sub(r"^recipients = \[\]", f'recipients = ["leader-a@{DOMAIN}", "leader-b@{DOMAIN}"]',
                  text, count=1, flags=re.M)
    ws.settings_path.write_text(text, encoding="utf-8")


# -- simulated clerks --------------------------------------------------------------------------

ON_TIME, BEHIND, LATE, SILENT, CORRECTED = "on_time", "behind", "late", "silent", "corrected"
APPROX, FULL_WIDTH, TEXT_IN_NUMBER, TARGET_EDITED, WRONG_WEEK, NOT_A_WORKBOOK = (
    "approx", "full_width", "text_in_number", "target_edited", "wrong_week", "not_a_workbook")
BEHAVIOUR_WORDS = {
    ON_TIME: "按时报送", BEHIND: "进度滞后", LATE: "逾期报送", SILENT: "未报送", CORRECTED: "报送后更正",
    APPROX: "填写约数", FULL_WIDTH: "全角数字", TEXT_IN_NUMBER: "数字格填文字", TARGET_EDITED: "改动目标值",
    WRONG_WEEK: "报错期次", NOT_A_WORKBOOK: "发来非表格文件",
}
_DEFECTS = (APPROX, FULL_WIDTH, TEXT_IN_NUMBER, TARGET_EDITED, WRONG_WEEK, NOT_A_WORKBOOK)


def assign_behaviours(leads: list[str], others: list[str], rng: random.Random) -> dict[str, str]:
    """Most on time. Among departments that lead a numeric target: some behind, one defect each for
    a few, one late, one silent, one correcting itself. Among the rest: a wrong week, a
    non-workbook, two late, one silent."""
    leads, others = sorted(leads), sorted(others)
    rng.shuffle(leads)
    rng.shuffle(others)
    lead_roles = [APPROX, FULL_WIDTH, TEXT_IN_NUMBER, TARGET_EDITED, CORRECTED, LATE, SILENT]
    lead_roles += [BEHIND] * max(len(leads) // 4, 1)
    other_roles = [WRONG_WEEK, NOT_A_WORKBOOK, LATE, LATE, SILENT]
    chosen = {name: (lead_roles[i] if i < len(lead_roles) else ON_TIME) for i, name in enumerate(leads)}
    chosen.update({name: (other_roles[i] if i < len(other_roles) else ON_TIME)
                   for i, name in enumerate(others)})
    return chosen


def simulate_clerks(ws: Workspace, console, cal: DemoCalendar | None = None) -> dict[str, str]:
    """Fill every addressed department's template as its clerk would and drop it into inbox/."""
    from rich.progress import Progress

    from .office import load_catalogue, load_directory

    cal = cal or DemoCalendar.for_settings(ws.settings)
    catalogue, directory = load_catalogue(ws), load_directory(ws)
    rng = random.Random(SEED)
    departments = [d for d in directory.recipients_for(catalogue.department_names()) if d.emails]
    rows = {d.name: catalogue.rows_for(directory.names_for(d)) for d in departments}
    leads = [name for name, rs in rows.items() if any(r.role == LEAD and r.indicator for r in rs)]
    behaviours = assign_behaviours(leads, [name for name in rows if name not in leads], rng)
    start, end = ws.settings.office.year_bounds(catalogue.year)

    def share(row) -> float:
        """The part of the row's target due by the period's end (序时进度 to its deadline)."""
        return share_to_due(cal.period.last_day, start, row.task.due_of(row.indicator) or end)

    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("模拟各单位填报", total=len(departments))
        for dep in departments:
            _clerk(ws, dep, rows[dep.name], behaviours[dep.name], share, rng, cal)
            progress.advance(task)
    return {d.name: behaviours[d.name] for d in departments}


def _clerk(ws: Workspace, dep, rows, behaviour: str, share, rng: random.Random, cal: DemoCalendar) -> None:
    from .clerks import AsText, fill_return
    from .forms import file_name, generate_forms

    if behaviour == SILENT:
        return
    arrival = _arrival(behaviour, rng, cal)
    if behaviour == NOT_A_WORKBOOK:
        path = ws.inbox / f"{dep.name}推进情况说明.docx"
        path.write_bytes(f"本{cal.period.word}各项工作按计划推进，详见附件说明。".encode("utf-8"))
        _sidecar(path, dep, arrival, cal.period)
        return
    period = cal.period.previous() if behaviour == WRONG_WEEK else cal.period
    template = ws.templates_dir(period) / file_name(dep.name)
    if not template.exists():
        generate_forms(ws, period, departments=[dep.name], now=cal.previous_send)
    pace = rng.uniform(0.4, 0.8) if behaviour == BEHIND else rng.uniform(0.95, 1.3)
    values, states, narratives = _figures(rows, share, pace, rng)
    mutate = None
    if behaviour == CORRECTED:
        first = dict(values)
        key = next(iter(first), None)
        if key:
            first[key] = AsText("待统计")
        early = arrival - timedelta(days=1)
        _save(fill_return, template, ws.inbox / f"{dep.name}（初稿）.xlsx", dep, first, states, narratives, early,
              cal.period)
    elif values and behaviour in (APPROX, FULL_WIDTH, TEXT_IN_NUMBER):
        key = rng.choice(sorted(values))
        values[key] = _defect(behaviour, values[key], rows, key)
    elif behaviour == TARGET_EDITED:
        mutate = lambda book: _edit_target(book, sorted(values)[0])   # noqa: E731
    name = rng.choice(("{d}" + cal.period.short_label + "推进情况表.xlsx", "{d}.xlsx", "重点任务推进情况（{d}）.xlsx",
                       "副本 - {d}.xlsx"))
    _save(fill_return, template, ws.inbox / name.format(d=dep.name), dep, values, states, narratives, arrival,
          cal.period, mutate=mutate)


def _save(fill_return, template, out: Path, dep, values, states, narratives, arrival: datetime,
          period: Period, mutate=None) -> None:
    from .feedback import stamp_workbook

    fill_return(template, out, values, state=states, narratives=narratives, filler=dep.contact,
                phone=dep.phone, mutate=mutate, modified=arrival)
    stamp_workbook(out, arrival)      # same bytes on every run, as the archive names carry the sha
    _sidecar(out, dep, arrival, period)


def _sidecar(path: Path, dep, arrival: datetime, period: Period) -> None:
    meta = {"received_at": arrival.isoformat(), "sender": f"{dep.contact} <{dep.emails[0]}>",
            "subject": f"回复：【请报送】{period.label}重点任务推进情况表（{dep.name}）"}
    Path(str(path) + ".meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    stamp = arrival.timestamp()
    os.utime(path, (stamp, stamp))


def _arrival(behaviour: str, rng: random.Random, cal: DemoCalendar) -> datetime:
    """Late returns shortly after the deadline; the others on a day between sending and the deadline."""
    if behaviour == LATE:
        return cal.deadline + timedelta(minutes=rng.randrange(5, 55))
    days = max((cal.deadline.date() - cal.send.date()).days, 2)
    return cal.send + timedelta(days=rng.randrange(1, days), hours=rng.randrange(0, 8),
                                minutes=rng.randrange(60))


def _figures(rows, share, pace: float, rng: random.Random):
    """Figures, states and narratives of one clerk; ``share(row)`` is the part of the row's target due."""
    values, states, narratives = {}, {}, {}
    for row in rows:
        ind = row.indicator
        if ind is None or row.role != LEAD:      # co-operating departments report words, not the figure
            states[row.id] = "滞后" if pace < 0.9 else "正常推进"
            narratives[row.id] = (f"按计划推进{row.task.title}相关工作。", "", "继续抓好落实。")
            continue
        if ind.kind == "level":
            value = float(ind.target) * min(pace, 1.05) * rng.uniform(0.97, 1.0)
        elif ind.comparator == "<=":
            used = rng.uniform(0.85, 0.98) if pace >= 0.9 else rng.uniform(1.05, 1.2)
            value = float(ind.target) * share(row) * used
        else:
            value = float(ind.target) * share(row) * pace
        value = _as_clerk_would_write(value, ind)
        values[row.id] = value
        done = ind.comparator != "<=" and value >= float(ind.target)
        states[row.id] = "已完成" if done else ("滞后" if pace < 0.9 else "正常推进")
        problem = "项目推进慢于预期，要素保障不足。" if pace < 0.9 else ""
        narratives[row.id] = (f"{ind.metric}累计完成{value}{ind.unit}。", problem, "倒排工期，加快推进。")
    return values, states, narratives


def _as_clerk_would_write(value: float, ind) -> float | int:
    if ind.unit in COUNT_UNITS:
        return int(value)
    return round(value) if float(ind.target) >= 20 and not ind.is_percent else round(value, 2)


def _defect(behaviour: str, value, rows, key: str):
    from .clerks import AsText

    unit = next((r.indicator.unit for r in rows if r.id == key and r.indicator), "")
    if behaviour == APPROX:
        return f"约{value}{unit}"
    if behaviour == FULL_WIDTH:
        return AsText(str(value).translate(str.maketrans("0123456789.", "０１２３４５６７８９．")))
    return AsText("正在推进中")


def _edit_target(book, row_id: str) -> None:
    """Halve the 目标值 of ``row_id``: a clerk "correcting" a target they find too high."""
    from .clerks import find_header

    sheet = book.worksheets[0]
    header, columns = find_header(sheet)
    for r in range(header + 1, sheet.max_row + 1):
        if str(sheet.cell(r, columns["指标编号"]).value) == row_id:
            target = sheet.cell(r, columns["目标值"])
            target.value = float(target.value) / 2
            return


# -- the summary -------------------------------------------------------------------------------

def _behaviour_line(behaviours: dict[str, str]) -> str:
    counts: dict[str, int] = {}
    for b in behaviours.values():
        counts[b] = counts.get(b, 0) + 1
    return "，".join(f"{BEHAVIOUR_WORDS[b]} {n}" for b, n in sorted(counts.items(), key=lambda x: -x[1]))


def _print_summary(console, ws: Workspace, result, outcome: DemoOutcome) -> None:
    from rich.table import Table

    from . import report

    console.print()
    console.print(result.summary(), soft_wrap=True)
    formatter = getattr(report, "format_status_table", None)
    if formatter is not None:
        console.print(formatter(result))
    else:
        table = Table(title="指标研判")
        table.add_column("状态")
        table.add_column("指标数", justify="right")
        from .assess import STATUS_WORDS

        counts: dict[str, int] = {}
        for item in result.to_dict().get("indicators", []):
            counts[item["status"]] = counts.get(item["status"], 0) + 1
        for status, word in STATUS_WORDS.items():
            table.add_row(word, str(counts.get(status, 0)))
        console.print(table)
    mails = sorted(outcome.mail_dir.glob("*.eml")) if outcome.mail_dir.exists() else []
    console.print(f"\n汇总表：{outcome.workbook}", soft_wrap=True)
    console.print(f"邮件（{len(mails)} 封 .eml，未实际发送）：{outcome.mail_dir}", soft_wrap=True)
    console.print(f"反馈给各单位的标注表：{ws.outbox(outcome.period) / 'feedback'}", soft_wrap=True)
