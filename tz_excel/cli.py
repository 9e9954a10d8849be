"""The ``tz-excel`` command: one small function per subcommand over the library API.

    tz-excel [--workspace DIR] init [--document FILE] [--year YYYY] [--force]
    tz-excel catalogue FILE [--json] [-o catalogue.xlsx] [--year YYYY]
    tz-excel generate --period 2023-W36 [--department NAME ...]
    tz-excel send     --period 2023-W36 [--dry-run] [--force]
    tz-excel collect
    tz-excel merge    --period 2023-W36 [--json] [--feedback]
    tz-excel report   --period 2023-W36
    tz-excel remind   --period 2023-W36
    tz-excel weekly
    tz-excel schedule
    tz-excel demo [DIR] [--cadence week|month|quarter]
    tz-excel serve    [--host 127.0.0.1] [--port 8300]
    tz-excel links    --period 2023-W36 [--json] [--base-url URL] [--rotate] [--department NAME ...]
    tz-excel store upgrade

Exit codes: 0 done; 1 done, with rejected files or shortfalls worth attention; 2 usage or
configuration error (every ``TzExcelError`` ends here with its Chinese message); 3 internal error:
a defect of ours stopped the command. Its message says so and where the log with the traceback is;
nothing was lost (files only move into archive/ once recorded), so re-running is safe.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import datetime
from pathlib import Path

from .config import Workspace
from .errors import TzExcelError
from .periods import Period

OK, ATTENTION, USAGE, INTERNAL = 0, 1, 2, 3
BROKEN_PIPE = 141                     # as a program ended by SIGPIPE, which shells know


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return USAGE
    ws = Workspace(args.workspace)
    try:
        with _logging(ws):
            return args.func(args, ws)
    except TzExcelError as exc:
        print(f"错误：{exc.message}", file=sys.stderr)
        return USAGE
    except KeyboardInterrupt:
        print("已中断。", file=sys.stderr)
        return 130
    except BrokenPipeError:           # the reader of stdout left (`| head`): the work itself is done
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())   # so exit's flush stays quiet
        return BROKEN_PIPE
    except Exception:                 # a defect of ours: say so, keep the traceback, exit 3
        from .logs import report_defect

        log = report_defect(ws, list(argv if argv is not None else sys.argv[1:]))
        print(f"程序内部错误：本次操作因程序缺陷而中止（不是您的操作或文件造成的）。已处理的文件均已妥善保存，"
              f"未处理的文件仍在原处，修复后可放心重新运行。错误详情已写入 {log}，请将该文件发给系统维护人员。",
              file=sys.stderr)
        return INTERNAL


def _logging(ws: Workspace):
    """The workspace's log for commands that work on an existing workspace, else nothing."""
    from contextlib import nullcontext

    from .logs import log_to_workspace

    return log_to_workspace(ws) if ws.catalogue_path.exists() else nullcontext()


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse exits 2 too; keep the message short
        self.print_usage(sys.stderr)
        print(f"用法错误：{message}", file=sys.stderr)
        raise SystemExit(USAGE)


_YEAR_HELP = "年度（默认取自通知；通知未写年份时据此推算完成时限）"   # init and catalogue read a notice alike


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="tz-excel", description="重点任务推进情况周报：任务清单、填报模板、汇总、研判与邮件。")
    parser.add_argument("--workspace", "-w", default=".", metavar="DIR", help="工作区目录（默认当前目录）")
    sub = parser.add_subparsers(metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("init", help="由通知文本建立工作区")
    p.add_argument("--document", metavar="FILE", help="通知文件（.txt/.docx/.xlsx；默认随附的2023年通知）")
    p.add_argument("--year", type=int, help=_YEAR_HELP)
    p.add_argument("--force", action="store_true", help="覆盖已有工作区（先做带日期的备份）")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("catalogue", help="解析通知为任务清单")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.add_argument("-o", "--output", metavar="catalogue.xlsx", help="写出可编辑的任务清单")
    p.add_argument("--year", type=int, help=_YEAR_HELP)
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
    p.add_argument("--cadence", choices=("week", "month", "quarter"), default="week",
                   help="报送周期：week 按周（2023-W36，默认）、month 按月（2023-09）、quarter 按季度（2023-Q3）")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("serve", help="运行网上报送页面（各单位上传、办公室查看）")
    p.add_argument("--host", metavar="ADDRESS", help="监听地址（默认 [web] host，即 127.0.0.1 仅本机）")
    p.add_argument("--port", type=int, metavar="PORT", help="端口（默认 [web] port，即 8300）")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("links", help="列出各单位的专用报送链接")
    _period_option(p)
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.add_argument("--base-url", metavar="URL", help="各单位访问本服务的网址（默认 [web] base_url）")
    p.add_argument("--rotate", action="store_true", help="更换链接（原链接立即失效）")
    p.add_argument("--department", action="append", metavar="NAME", help="只处理这些单位（可重复）")
    p.set_defaults(func=cmd_links)
    return parser


def _period_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--period", metavar="PERIOD",
                   help="报送周期，按 [office] cadence 书写：按周 2023-W36、按月 2023-09、按季度 2023-Q3（默认当前一期）")


def _finish(outcome) -> int:
    """Print an outcome's summary; exit 1 when it holds something worth the office's attention."""
    print(outcome.summary())
    return ATTENTION if outcome.needs_attention else OK


def _period(args) -> Period:
    """``--period`` in the workspace's cadence (another cadence is refused, naming the form
    expected), or the period whose cycle holds the present moment."""
    from .weekly import current_period

    ws = Workspace(args.workspace)
    if args.period:
        return Period.parse(args.period, cadence=ws.settings.office.cadence)
    return current_period(ws, datetime.now())


def _json_text(data) -> str:
    """``--json`` output: indented for a person at a terminal, one line for a program reading a
    pipe (a thousand files' summary is encoded several times faster without indentation, which
    only Python's slower pure encoder can add)."""
    return json.dumps(data, ensure_ascii=False, indent=2 if sys.stdout.isatty() else None)


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

    parsed = read_notice(args.file, year=args.year)
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
    from .cycle import consolidate

    ws.require()
    period = _period(args)
    result = consolidate(ws, period)
    if args.json:
        print(_json_text(result.to_dict()))
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

    run_demo(Path(args.dir), cadence=args.cadence)
    return OK


def cmd_serve(args, ws: Workspace) -> int:
    from .web import LOG_FILE, serve

    ws.require()
    web = ws.settings.web
    host, port = args.host or web.host, web.port if args.port is None else args.port
    print(f"网上报送页面运行中：http://{host}:{port}/（办公室页面 /office），日志写入 {ws.root / LOG_FILE}，"
          "按 Ctrl-C 停止。", flush=True)
    if not web.password:
        print("提示：未设置环境变量 TZ_EXCEL_WEB_PASSWORD，办公室页面暂不开放。", file=sys.stderr)
    serve(ws, host=host, port=port)
    return OK


def cmd_links(args, ws: Workspace) -> int:
    from .links import department_links

    ws.require()
    links = department_links(ws, _period(args), base_url=args.base_url, departments=args.department,
                             rotate=args.rotate)
    if not (args.base_url or ws.settings.web.base_url):
        print("提示：未设置 [web] base_url，链接使用服务监听的地址，其他电脑可能无法访问；"
              "请在 tz_excel.toml 的 [web] 中填写 base_url，或加 --base-url。", file=sys.stderr)
    if args.json:
        print(_json_text(links.to_dict()))
        return OK
    if args.rotate:
        print("已更换以下单位的链接，原链接已失效：", file=sys.stderr)
    print(f"办公室：{links.office}")
    for department, url in links.departments:
        print(f"{department}\t{url}")
    return OK


if __name__ == "__main__":
    raise SystemExit(main())
