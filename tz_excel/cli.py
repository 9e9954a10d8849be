"""The ``tz-excel`` command: one small function per subcommand over the library API.

    tz-excel [--workspace DIR] init [--document FILE] [--year YYYY] [--force]
    tz-excel catalogue FILE [--json] [-o catalogue.xlsx]
    tz-excel generate --period 2023-W36 [--department NAME ...]
    tz-excel send     --period 2023-W36 [--dry-run] [--force]
    tz-excel collect
    tz-excel merge    --period 2023-W36 [--json] [--feedback]
    tz-excel report   --period 2023-W36
    tz-excel remind   --period 2023-W36
    tz-excel weekly
    tz-excel schedule
    tz-excel demo [DIR]
    tz-excel store upgrade

Exit codes: 0 done; 1 done, with rejected files or shortfalls worth attention; 2 usage or
configuration error (every ``TzExcelError`` ends here with its Chinese message).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path

from .config import Workspace
from .errors import TzExcelError
from .periods import Period

OK, ATTENTION, USAGE = 0, 1, 2


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return USAGE
    ws = Workspace(args.workspace)
    try:
        return args.func(args, ws)
    except TzExcelError as exc:
        print(f"错误：{exc.message}", file=sys.stderr)
        return USAGE
    except KeyboardInterrupt:
        print("已中断。", file=sys.stderr)
        return 130


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse exits 2 too; keep the message short
        self.print_usage(sys.stderr)
        print(f"用法错误：{message}", file=sys.stderr)
        raise SystemExit(USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="tz-excel", description="重点任务推进情况周报：任务清单、填报模板、汇总、研判与邮件。")
    parser.add_argument("--workspace", "-w", default=".", metavar="DIR", help="工作区目录（默认当前目录）")
    sub = parser.add_subparsers(metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("init", help="由通知文本建立工作区")
    p.add_argument("--document", metavar="FILE", help="通知文件（.txt/.docx/.xlsx；默认随附的2023年通知）")
    p.add_argument("--year", type=int, help="年度（默认取自通知）")
    p.add_argument("--force", action="store_true", help="覆盖已有工作区（先做带日期的备份）")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("catalogue", help="解析通知为任务清单")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.add_argument("-o", "--output", metavar="catalogue.xlsx", help="写出可编辑的任务清单")
    p.set_defaults(func=cmd_catalogue)

    p = sub.add_parser("generate", help="生成各单位填报模板")
    _period_option(p)
    p.add_argument("--department", action="append", metavar="NAME", help="只生成这些单位（可重复）")
    p.set_defaults(func=cmd_generate)

    p = sub.add_parser("send", help="向各单位发送填报模板")
    _period_option(p)
    p.add_argument("--dry-run", action="store_true", help="只列出将发送的邮件")
    p.add_argument("--force", action="store_true", help="已发送过的单位也重新发送")
    p.set_defaults(func=cmd_send)

    p = sub.add_parser("collect", help="从 IMAP 邮箱收取报送附件到 inbox/")
    p.set_defaults(func=cmd_collect)

    p = sub.add_parser("merge", help="校验、归档并汇总 inbox/ 中的报送文件")
    _period_option(p)
    p.add_argument("--json", action="store_true", help="输出 JSON 汇总")
    p.add_argument("--feedback", action="store_true", help="汇总后把标注了问题的报送表发回有问题的单位")
    p.set_defaults(func=cmd_merge)

    p = sub.add_parser("report", help="向领导发送汇总表")
    _period_option(p)
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("remind", help="提醒尚未报送的单位")
    _period_option(p)
    p.set_defaults(func=cmd_remind)

    p = sub.add_parser("weekly", help="执行本周期当前应做的一步")
    p.set_defaults(func=cmd_weekly)

    p = sub.add_parser("schedule", help="常驻运行，按 [schedule] 设置的时间自动执行")
    p.set_defaults(func=cmd_schedule)

    p = sub.add_parser("store", help="历史库维护")
    store = p.add_subparsers(metavar="ACTION", parser_class=_Parser, required=True)
    q = store.add_parser("upgrade", help="把历史库升级到本程序的版本（打开时也会自动升级），数据全部保留")
    q.set_defaults(func=cmd_store_upgrade)

    p = sub.add_parser("demo", help="用随附通知和模拟填报走完整个周期")
    p.add_argument("dir", nargs="?", default="demo-workspace", metavar="DIR")
    p.set_defaults(func=cmd_demo)
    return parser


def _period_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--period", metavar="YYYY-Www", help="报送周期，如 2023-W36（默认本周）")


def _finish(outcome) -> int:
    """Print an outcome's summary; exit 1 when it holds something worth the office's attention."""
    print(outcome.summary())
    return ATTENTION if outcome.needs_attention else OK


def _period(args) -> Period:
    return Period.parse(args.period) if args.period else Period.containing(datetime.now())


# -- subcommands: parse options, call one library function, print, return an exit code -------------

def cmd_init(args, ws: Workspace) -> int:
    from .office import init_workspace, summarize

    result = init_workspace(ws, document=args.document, year=args.year, force=args.force)
    print(summarize(result))
    # Indicators needing review are listed in the summary and highlighted in catalogue.xlsx; they
    # are the normal state of a fresh catalogue, not a failure, so scripts may chain on exit 0.
    return OK


def cmd_catalogue(args, ws: Workspace) -> int:
    from .catalogue import write_catalogue_xlsx
    from .notice import read_notice
    from .office import summarize_catalogue

    parsed = read_notice(args.file)
    for warning in parsed.warnings:
        print(f"提示：{warning}", file=sys.stderr)
    catalogue = parsed.catalogue
    if args.output:
        write_catalogue_xlsx(args.output, catalogue)
        print(f"已写入 {args.output}", file=sys.stderr)
    if args.json:
        print(catalogue.to_json())
    else:
        print(summarize_catalogue(catalogue))
    return OK


def cmd_generate(args, ws: Workspace) -> int:
    from .forms import generate_forms

    ws.require()
    paths = generate_forms(ws, _period(args), departments=args.department)
    if paths:
        print(f"已生成 {len(paths)} 份填报模板：{paths[0].parent}")
    return OK


def cmd_send(args, ws: Workspace) -> int:
    from .mailer import send_templates

    ws.require()
    return _finish(send_templates(ws, _period(args), dry_run=args.dry_run, force=args.force))


def cmd_collect(args, ws: Workspace) -> int:
    from .collect import collect_mail

    ws.require()
    outcome = collect_mail(ws)
    print(outcome.summary())
    return OK


def cmd_merge(args, ws: Workspace) -> int:
    from .merge import merge_inbox

    ws.require()
    period = _period(args)
    result = merge_inbox(ws, period)
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(result.summary())
    if args.feedback:
        from .mailer import send_feedback

        # With --json, stdout stays pure JSON; the mail summary goes to stderr.
        print(send_feedback(ws, period, result).summary(), file=sys.stderr if args.json else sys.stdout)
    return ATTENTION if result.needs_attention else OK


def cmd_report(args, ws: Workspace) -> int:
    from .mailer import send_report

    ws.require()
    return _finish(send_report(ws, _period(args)))


def cmd_remind(args, ws: Workspace) -> int:
    from .mailer import send_reminders

    ws.require()
    return _finish(send_reminders(ws, _period(args)))


def cmd_weekly(args, ws: Workspace) -> int:
    from .weekly import run_weekly

    ws.require()
    return _finish(run_weekly(ws))


def cmd_schedule(args, ws: Workspace) -> int:
    from .weekly import run_schedule

    ws.require()
    print(f"按计划自动运行中（{ws.settings.schedule.send}、{ws.settings.schedule.remind}、"
          f"{ws.settings.schedule.merge}），日志写入 {ws.root / 'tz_excel.log'}，按 Ctrl-C 停止。", flush=True)
    run_schedule(ws)
    return OK


def cmd_store_upgrade(args, ws: Workspace) -> int:
    from .store import upgrade_workspace_store

    ws.require()
    print(upgrade_workspace_store(ws).summary())
    return OK


def cmd_demo(args, ws: Workspace) -> int:
    from .demo import run_demo

    run_demo(Path(args.dir))
    return OK


if __name__ == "__main__":
    raise SystemExit(main())
