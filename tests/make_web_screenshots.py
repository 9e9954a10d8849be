"""Screenshots of each intranet page for docs/使用说明.md, taken in Debian's Chromium (Playwright).

    .venv/bin/python tests/make_web_screenshots.py            # writes docs/web-*.png
    .venv/bin/python tests/make_web_screenshots.py --out /tmp/shots

A small office (tests/_office.py) on a private server on 127.0.0.1, its clock on Thursday of
2023-W36; JavaScript is off, as on the oldest office PCs. Regenerate on purpose when a page changes.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from _office import MONDAY, PERIOD  # noqa: E402
from _web import CHROMIUM, CHROMIUM_ARGS, ON_TIME, PASSWORD, Clock, RunningServer, link, web_office  # noqa: E402
from tz_excel.clerks import fill_return  # noqa: E402
from tz_excel.forms import generate_forms  # noqa: E402
from tz_excel.merge import merge_inbox  # noqa: E402

SHOTS = {
    "web-department.png": "a department's page before any upload",
    "web-accepted.png": "the verdict: accepted, with a warning and its cell",
    "web-rejected.png": "the verdict: 待修改, another department's return",
    "web-office-login.png": "the office's login",
    "web-office.png": "the office's page: every department, on time, late or missing",
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=str(HERE.parent / "docs"), help="folder for the PNG files")
    out = Path(parser.parse_args().out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        take(Path(scratch), out)
    for name, what in SHOTS.items():
        print(f"{out / name}: {what}")
    return 0


def take(scratch: Path, out: Path) -> None:
    from playwright.sync_api import sync_playwright

    ws = web_office(scratch / "office")
    generate_forms(ws, PERIOD, now=MONDAY)
    templates = ws.templates_dir(PERIOD)
    good = fill_return(templates / "市科技局.xlsx", scratch / "科技局第36周.xlsx",
                       {"1.1": "约2个", "1.2": 5, "5.1": 0.6},
                       state={"1.1": "正常推进", "1.2": "正常推进", "5.1": "滞后"})
    other = fill_return(templates / "市工信局.xlsx", scratch / "工信局第36周.xlsx", {"30.1": 1.1},
                        state={"7": "正常推进"})
    town = fill_return(templates / "北辛街道.xlsx", scratch / "北辛街道.xlsx", {"30.1": "0.3亿立方米"})
    clock = Clock(ON_TIME)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(java_script_enabled=False, viewport={"width": 1100, "height": 800},
                                      locale="zh-CN", device_scale_factor=1)
        page = context.new_page()
        server = RunningServer(ws, clock=clock).__enter__()
        try:
            page.goto(link(ws, "市科技局", base=server.url))
            page.screenshot(path=str(out / "web-department.png"), full_page=True)
            _upload(page, good)
            page.screenshot(path=str(out / "web-accepted.png"), full_page=True)
            page.goto(link(ws, "荆河街道", base=server.url))
            _upload(page, other)
            page.screenshot(path=str(out / "web-rejected.png"), full_page=True)
            clock.now = ON_TIME + timedelta(days=1, hours=8)          # Friday evening, after the deadline
            page.goto(link(ws, "北辛街道", base=server.url))
            _upload(page, town)
            merge_inbox(ws, PERIOD, now=clock.now)
            page.goto(server.url + "/office")
            page.screenshot(path=str(out / "web-office-login.png"), full_page=True)
            page.fill("#password", PASSWORD)
            with page.expect_navigation():
                page.click("input[type=submit]")
            page.screenshot(path=str(out / "web-office.png"), full_page=True)
        finally:
            context.close()
            server.__exit__(None, None, None)
            browser.close()


def _upload(page, path: Path) -> None:
    page.set_input_files("#workbook", str(path))
    with page.expect_navigation():
        page.click("input[type=submit][value='上传并预审']")


if __name__ == "__main__":
    raise SystemExit(main())
