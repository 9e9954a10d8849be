"""A clerk and the office in a real browser: Debian's Chromium driven by Playwright, JavaScript on and off.

Every flow runs twice: with JavaScript enabled, and disabled (the office PCs' old browsers and
360 in compatibility mode must manage with plain forms).
"""

from __future__ import annotations

import hashlib
import json
from datetime import timedelta
from pathlib import Path

import pytest

from tz_excel.clerks import fill_return
from tz_excel.forms import generate_forms
from tz_excel.intake import read_return
from tz_excel.cycle import consolidate
from tz_excel.records import ACCEPTED, REJECTED
from tz_excel.office import load_catalogue

from _office import MONDAY, PERIOD
from _web import (AFTER_DEADLINE, ON_TIME, PASSWORD, Clock, RunningServer, inbox_uploads,  # noqa: F401
                  link, web_office)

SUBMIT = "input[type=submit][value='上传并预审']"


@pytest.fixture
def serve():
    """Start servers; they stop after the browser (set up later, torn down first) has let go."""
    running = []

    def start(ws, **options) -> RunningServer:
        running.append(RunningServer(ws, **options).__enter__())
        return running[-1]
    yield start
    for server in running:
        server.__exit__(None, None, None)


@pytest.fixture(params=[True, False], ids=["js", "no-js"])
def browser(serve, chromium, request):  # noqa: F811
    context = chromium.new_context(java_script_enabled=request.param, accept_downloads=True, locale="zh-CN")
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def ws(tmp_path):
    return web_office(tmp_path / "office")


def upload(page, path: Path) -> None:
    page.set_input_files("#workbook", str(path))
    with page.expect_navigation():
        page.click(SUBMIT)


def test_clerk_downloads_fills_uploads_and_sees_the_warning_with_its_cell(serve, browser, ws, tmp_path):
    page = browser
    server = serve(ws)
    page.goto(link(ws, "市科技局", base=server.url))
    assert "市科技局" in page.inner_text("h1")
    facts = page.inner_text("table.facts")
    assert PERIOD.label in facts and "2023年9月8日（星期五）17:00" in facts and "本期尚未报送" in facts

    with page.expect_download() as info:
        page.click("#template-link")
    download = info.value
    template = tmp_path / download.suggested_filename
    download.save_as(template)
    assert download.suggested_filename == "市科技局_2023-W36_重点任务推进情况表.xlsx"
    ret = read_return(template, load_catalogue(ws))
    assert (ret.department, ret.period) == ("市科技局", "2023-W36")

    filled = fill_return(template, tmp_path / "科技局第36周.xlsx", {"1.1": "约2个", "1.2": 3, "5.1": 0.4},
                         state={"1.1": "正常推进"}, filler="张三", phone="0632-5510001")
    upload(page, filled)

    assert page.url.endswith("#result")
    assert "预审通过" in page.inner_text("#verdict-head")
    cell = next(r.cell for r in read_return(filled, load_catalogue(ws)).rows if r.id == "1.1")
    rows = page.locator("#problems tr").all_inner_texts()
    assert any(cell in r and "约数" in r and "提示" in r and "科技局第36周.xlsx" in r for r in rows)
    assert "预审结果，以办公室汇总为准" in page.inner_text("#verdict")
    assert "已报送" in page.inner_text("#standing") and "按时" in page.inner_text("#standing")

    [stored] = inbox_uploads(ws)
    assert hashlib.sha256(stored.read_bytes()).digest() == hashlib.sha256(filled.read_bytes()).digest()
    meta = json.loads(Path(str(stored) + ".meta.json").read_text(encoding="utf-8"))
    assert (meta["department"], meta["original_name"], meta["source"]) == ("市科技局", "科技局第36周.xlsx", "web")


def test_a_file_that_is_no_workbook_is_refused_on_the_page(serve, browser, ws, tmp_path):
    page = browser
    pdf = tmp_path / "推进情况.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n")
    server = serve(ws)
    page.goto(link(ws, "市科技局", base=server.url))
    upload(page, pdf)

    head, verdict = page.inner_text("#verdict-head"), page.inner_text("#verdict")
    standing = page.inner_text("#standing")

    assert "待修改" in head
    assert "推进情况.pdf" in verdict and "不是 Excel 表格" in verdict and "另存为 .xlsx" in verdict
    assert "尚未报送成功" in standing
    [stored] = inbox_uploads(ws)                      # kept all the same: nothing is lost
    assert stored.suffix == ".pdf" and stored.read_bytes() == pdf.read_bytes()


def test_another_departments_return_is_refused_on_the_page(serve, browser, ws, tmp_path):
    page = browser
    generate_forms(ws, PERIOD, departments=["市工信局"], now=MONDAY)
    other = fill_return(ws.templates_dir(PERIOD) / "市工信局.xlsx", tmp_path / "工信局.xlsx", {},
                        state={"7": "正常推进"})
    server = serve(ws)
    page.goto(link(ws, "市科技局", base=server.url))
    upload(page, other)
    verdict = page.inner_text("#verdict")
    rows = page.locator("#problems tr.error").all_inner_texts()

    assert "待修改" in verdict
    assert len(rows) == 1 and "是“市工信局”的填报表，不是“市科技局”的" in rows[0] and "不计入任何单位" in rows[0]
    meta = json.loads(Path(str(inbox_uploads(ws)[0]) + ".meta.json").read_text(encoding="utf-8"))
    assert meta["department"] == "市科技局"          # the link's department: merge refuses the mismatch by it


def test_an_unknown_link_opens_nothing(serve, browser, ws):
    page = browser
    server = serve(ws)
    response = page.goto(server.url + "/d/" + "x" * 32 + "/2023-W36")
    text = page.inner_text("body")

    assert response.status == 404
    assert "链接无效" in text and "向办公室索取" in text and page.locator("form").count() == 0


def test_late_upload_is_taken_and_marked(serve, browser, ws, tmp_path):
    page = browser
    generate_forms(ws, PERIOD, departments=["北辛街道"], now=MONDAY)
    late = fill_return(ws.templates_dir(PERIOD) / "北辛街道.xlsx", tmp_path / "北辛.xlsx", {"30.1": 0.2})
    server = serve(ws, clock=Clock(AFTER_DEADLINE))
    page.goto(link(ws, "北辛街道", base=server.url))
    assert "已过截止时间" in page.inner_text("table.facts")
    upload(page, late)
    head, standing = page.inner_text("#verdict-head"), page.inner_text("#standing")

    assert "预审通过" in head and "逾期" in head and "（逾期）" in standing
    assert len(inbox_uploads(ws)) == 1


def test_office_logs_in_sees_every_department_and_is_throttled(serve, browser, ws, tmp_path):
    page = browser
    clock = Clock(ON_TIME)
    generate_forms(ws, PERIOD, departments=["市科技局"], now=MONDAY)
    filled = fill_return(ws.templates_dir(PERIOD) / "市科技局.xlsx", tmp_path / "科技局.xlsx", {"1.1": "正在推进"})
    server = serve(ws, clock=clock)
    page.goto(link(ws, "市科技局", base=server.url))
    upload(page, filled)

    page.goto(server.url + "/office")
    page.fill("#password", "not the password")
    with page.expect_navigation():
        page.click("input[type=submit]")
    assert "密码不正确" in page.inner_text("#login-error")

    page.fill("#password", PASSWORD)
    with page.expect_navigation():
        page.click("input[type=submit]")
    assert "各单位报送情况" in page.inner_text("h1")
    counts = page.inner_text("#counts")
    board = page.locator("#board tr").all_inner_texts()

    with page.expect_navigation():
        page.click("input[value='退出登录']")
    for _ in range(5):                           # the login above cleared the first one; five pause
        page.fill("#password", "guess")
        with page.expect_navigation():
            page.click("input[type=submit]")
    paused = page.inner_text("#login-error")
    page.fill("#password", PASSWORD)
    with page.expect_navigation():
        page.click("input[type=submit]")
    still = page.inner_text("#login-error")

    assert counts == "应报 5 个单位：按时报送 1 个，逾期报送 0 个，未报送 4 个。"
    science = next(r for r in board if "市科技局" in r)
    assert "按时报送" in science and "预审通过" in science and "不是数字" in science
    assert sum("未报送" in r for r in board) == 4
    assert "已暂停登录" in paused and "暂停登录" in still and "后再试" in still


def test_the_merge_takes_what_was_uploaded(serve, browser, ws, tmp_path):
    page = browser
    generate_forms(ws, PERIOD, departments=["市科技局"], now=MONDAY)
    good = fill_return(ws.templates_dir(PERIOD) / "市科技局.xlsx", tmp_path / "科技局.xlsx",
                       {"1.1": 2, "1.2": "约6个", "5.1": "8000万"})
    junk = tmp_path / "说明.docx"
    junk.write_bytes(b"PK\x03\x04 a Word file, not a workbook")
    clock = Clock(ON_TIME)
    server = serve(ws, clock=clock)
    page.goto(link(ws, "市科技局", base=server.url))
    upload(page, good)
    clock.now = ON_TIME + timedelta(hours=1)
    upload(page, junk)
    assert "待修改" in page.inner_text("#verdict-head")
    assert "以此前报送的为准" in page.inner_text("#standing")

    result = consolidate(ws, PERIOD, now=AFTER_DEADLINE)

    page.goto(server.url + "/office?period=2023-W36")
    page.fill("#password", PASSWORD)
    with page.expect_navigation():
        page.click("input[type=submit]")
    with page.expect_download() as info:
        page.click("#workbook-link")
    report = tmp_path / info.value.suggested_filename
    info.value.save_as(report)

    web = {f.file.rpartition(".")[2]: f for f in result.files if "网上报送" in f.file}
    assert web["xlsx"].status == ACCEPTED and web["xlsx"].archived_as.startswith("archive/2023-W36/市科技局__")
    assert (ws.root / web["xlsx"].archived_as).read_bytes() == good.read_bytes()
    assert web["docx"].status == REJECTED and web["docx"].archived_as.startswith("archive/rejected/")
    figures = {v.id: v.actual for v in result.values if v.department == "市科技局"}
    assert (figures["1.1"], figures["1.2"], figures["5.1"]) == (2, 6, 0.8)
    assert "市科技局" not in result.missing_departments
    assert report.name == Path(result.workbook).name and report.read_bytes() == (ws.root / result.workbook).read_bytes()
    assert inbox_uploads(ws) == []
