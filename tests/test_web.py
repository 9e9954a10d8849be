"""The intranet server over real HTTP on 127.0.0.1: pages, uploads, limits, headers, login, log, load.

The flows a clerk clicks through are in test_web_browser.py (Chromium); here the same server is
spoken to by a plain client and raw sockets, for what a browser cannot easily show.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tz_excel.clerks import fill_return
from tz_excel.forms import generate_forms
from tz_excel.intake import read_return
from tz_excel.merge import merge_inbox
from tz_excel.records import ACCEPTED, SUPERSEDED
from tz_excel.office import load_catalogue
from tz_excel.web import LOG_FILE, LoginThrottle

from _office import MONDAY, PERIOD
from _servers import free_port
from _web import (AFTER_DEADLINE, ON_TIME, PASSWORD, Client, Clock, RunningServer, inbox_uploads, link,
                  raw_connection, text_of, web_office)

HEADERS = {"Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy"}


@pytest.fixture
def ws(tmp_path):
    return web_office(tmp_path / "office")


@pytest.fixture
def returns(ws, tmp_path):
    """Filled returns of 市科技局 and 市工信局, made from this period's templates."""
    generate_forms(ws, PERIOD, now=MONDAY)
    folder = tmp_path / "clerk"

    def make(department: str, values: dict, name: str, **options) -> Path:
        return fill_return(ws.templates_dir(PERIOD) / f"{department}.xlsx", folder / name, values, **options)
    return make


def test_department_page_names_department_period_and_deadline_with_one_file_form(ws):
    with RunningServer(ws) as server:
        status, headers, html = Client(server.url).get(link(ws, "市科技局"))

    text = text_of(html)
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert "市科技局" in text and PERIOD.label in text and "2023年9月8日（星期五）17:00" in text
    assert "本期尚未报送" in text
    assert html.count("<form") == 1 and html.count('type="file"') == 1
    assert 'enctype="multipart/form-data"' in html and 'name="csrf_token"' in html
    assert "<script" not in html and "style=" not in html           # nothing the CSP would block


def test_security_headers_on_every_response(ws):
    with RunningServer(ws) as server:
        client = Client(server.url)
        responses = [client.get(link(ws, "市科技局")), client.get("/d/nope/2023-W36"), client.get("/"),
                     client.get("/office"), client.get("/static/style.css"), client.get(link(ws, "市科技局") + "/x")]
        template = client.get_bytes(link(ws, "市科技局") + "/template")

    for status, headers, _ in responses + [template]:
        assert HEADERS <= set(headers), status
        assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
        assert "script-src" not in headers["Content-Security-Policy"]      # default-src 'none' forbids all
        assert headers["X-Content-Type-Options"] == "nosniff" and headers["X-Frame-Options"] == "DENY"
        assert headers["Server"] == "tz-excel"
    assert [r[0] for r in responses] == [200, 404, 200, 200, 200, 404]
    assert responses[0][1]["Cache-Control"] == "no-store"


def test_unknown_or_rotated_token_opens_nothing(ws):
    from tz_excel.links import department_links

    old = link(ws, "市科技局")
    with RunningServer(ws) as server:
        client = Client(server.url)
        unknown = client.get("/d/" + "A" * 32 + "/2023-W36")
        department_links(ws, PERIOD, departments=["市科技局"], rotate=True)
        rotated = client.get(old)
        fresh = client.get(link(ws, "市科技局"))

    for status, _, html in (unknown, rotated):
        assert status == 404 and "链接无效" in text_of(html) and "市科技局" not in text_of(html)
    assert fresh[0] == 200


def test_the_department_link_without_period_goes_to_the_current_week(ws):
    clock = Clock(datetime(2023, 9, 13, 9, 0))                         # Wednesday of 2023-W37
    with RunningServer(ws, clock=clock) as server:
        status, _, html = Client(server.url).get(link(ws, "市科技局").rsplit("/", 1)[0])
        old_week = text_of(Client(server.url).get(link(ws, "市科技局"))[2])

    assert status == 200 and "2023年第37周" in text_of(html)
    assert "当前为2023年第37周" in old_week and "已过截止时间" in old_week


@pytest.mark.parametrize("period", ["2023-W99", "1999-W10", "2025-W02", "abc"])
def test_periods_outside_the_reporting_year_are_not_served(ws, period):
    with RunningServer(ws) as server:
        client = Client(server.url)
        page = client.get(link(ws, "市科技局").rsplit("/", 1)[0] + "/" + period)
        template = client.get(link(ws, "市科技局").rsplit("/", 1)[0] + "/" + period + "/template")

    assert page[0] == template[0] == 404
    assert "报送周期" in text_of(page[2]) or "不在本年度报送期" in text_of(page[2])
    assert not (ws.root / "templates" / period).exists()


def test_template_is_generated_on_demand_for_the_department(ws):
    with RunningServer(ws) as server:
        status, headers, data = Client(server.url).get_bytes(link(ws, "市工信局") + "/template")

    assert status == 200
    assert "attachment" in headers["Content-Disposition"] and "filename*=UTF-8''" in headers["Content-Disposition"]
    path = ws.root / "dl.xlsx"
    path.write_bytes(data)
    ret = read_return(path, load_catalogue(ws))
    assert (ret.department, ret.period) == ("市工信局", str(PERIOD))
    assert (ws.templates_dir(PERIOD) / "市工信局.xlsx").read_bytes() == data


def test_upload_answers_with_the_verdict_and_keeps_the_file_whole(ws, returns):
    path = returns("市科技局", {"1.1": "约2个", "1.2": 3}, "科技局第36周.xlsx")
    with RunningServer(ws) as server:
        status, _, html = Client(server.url).upload(link(ws, "市科技局"), path.read_bytes(), "科技局第36周.xlsx")

    text = text_of(html)
    assert status == 200 and "预审通过" in text and "预审结果，以办公室汇总为准" in text
    cell = next(r.cell for r in read_return(path, load_catalogue(ws)).rows if r.id == "1.1")
    assert re.search(rf"提示 {cell} 文件“科技局第36周.xlsx”“填报表”表{cell}单元格.*约数", text)
    [stored] = inbox_uploads(ws)
    assert stored.read_bytes() == path.read_bytes()
    meta = json.loads(Path(str(stored) + ".meta.json").read_text(encoding="utf-8"))
    assert (meta["source"], meta["department"], meta["original_name"], meta["client"]) == \
        ("web", "市科技局", "科技局第36周.xlsx", "127.0.0.1")
    assert "已报送" in text and "（按时）" in text


def test_what_a_clerk_typed_is_shown_as_text_never_as_markup(ws, returns):
    from tz_excel.clerks import AsText

    path = returns("市科技局", {"1.1": AsText("<script>alert(1)</script>")}, "x.xlsx")
    with RunningServer(ws) as server:
        client = Client(server.url)
        status, _, html = client.upload(link(ws, "市科技局"), path.read_bytes(), "<img src=x onerror=alert(2)>.xlsx")
        client.post_form("/office/login", {"password": PASSWORD}, csrf_from="/office")
        office = client.get("/office")[2]

    for page in (html, office):
        assert "<script>alert" not in page and "<img src=x" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(2)&gt;.xlsx" in html
    assert "<script" not in html


def test_upload_without_csrf_token_is_refused_and_nothing_kept(ws, returns):
    path = returns("市科技局", {"1.1": 1}, "a.xlsx")
    with RunningServer(ws) as server:
        client = Client(server.url)
        missing = client.upload(link(ws, "市科技局"), path.read_bytes(), csrf=None)
        forged = client.upload(link(ws, "市科技局"), path.read_bytes(), csrf="forged-token")

    for status, _, html in (missing, forged):
        assert status == 400 and "页面已过期" in text_of(html) and "文件未上传" in text_of(html)
    assert inbox_uploads(ws) == []


def test_upload_with_no_file_chosen_asks_for_one(ws):
    with RunningServer(ws) as server:
        status, _, html = Client(server.url).upload(link(ws, "市科技局"), b"", filename="")

    assert status == 400 and "请先点击“选择文件”" in text_of(html) and inbox_uploads(ws) == []


def test_over_the_limit_upload_gets_a_chinese_page_and_nothing_is_kept(tmp_path):
    ws = web_office(tmp_path / "office", extra="[web]\nmax_upload_mb = 0.05\n")       # 51 KB
    with RunningServer(ws) as server:
        status, headers, html = Client(server.url).upload(link(ws, "市科技局"), b"PK\x03\x04" + os.urandom(120_000))

    assert status == 413 and "文件过大" in text_of(html) and "0.05 MB" in text_of(html)
    assert HEADERS <= set(headers)
    assert inbox_uploads(ws) == [] and not any((ws.inbox / ".uploading").glob("*"))


def test_a_declared_huge_body_is_refused_before_it_is_sent(tmp_path):
    ws = web_office(tmp_path / "office", extra="[web]\nmax_upload_mb = 1\n")
    with RunningServer(ws) as server:
        conn = raw_connection(server.url)
        conn.putrequest("POST", link(ws, "市科技局"))
        conn.putheader("Content-Type", "multipart/form-data; boundary=x")
        conn.putheader("Content-Length", str(10 * 2**30))                 # 10 GB announced, none sent
        conn.endheaders()
        started = time.monotonic()
        response = conn.getresponse()
        response.read()
        conn.close()

    assert response.status == 413 and time.monotonic() - started < 5
    assert inbox_uploads(ws) == []


def test_a_chunked_body_is_cut_off_while_it_arrives(tmp_path):
    ws = web_office(tmp_path / "office", extra="[web]\nmax_upload_mb = 1\n")
    chunk = b"\0" * 65536
    sent = 0
    with RunningServer(ws) as server:
        host, port = server.url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=10) as sock:
            sock.sendall((f"POST {link(ws, '市科技局')} HTTP/1.1\r\nHost: x\r\n"
                          "Content-Type: multipart/form-data; boundary=x\r\n"
                          "Transfer-Encoding: chunked\r\n\r\n").encode())
            try:
                for _ in range(2000):                                   # at most 128 MB, never reached
                    sock.sendall(b"%x\r\n" % len(chunk) + chunk + b"\r\n")
                    sent += len(chunk)
            except OSError:
                pass                                                    # the server stopped listening
            answer = sock.recv(200)

    assert answer.startswith(b"HTTP/1.1 413") or answer == b""
    assert sent < 16 * 2**20                                           # cut near twice the 1 MB limit
    assert inbox_uploads(ws) == []


def test_uploading_again_replaces_the_earlier_return_in_the_merge(ws, returns):
    first = returns("市科技局", {"1.1": 1, "1.2": 3}, "first.xlsx")
    second = returns("市科技局", {"1.1": 2, "1.2": 4}, "second.xlsx")
    clock = Clock(ON_TIME)
    with RunningServer(ws, clock=clock) as server:
        client = Client(server.url)
        client.upload(link(ws, "市科技局"), first.read_bytes(), "first.xlsx")
        clock.now = ON_TIME + timedelta(minutes=20)
        status, _, html = client.upload(link(ws, "市科技局"), second.read_bytes(), "second.xlsx")

    assert status == 200 and "second.xlsx" in text_of(html)
    result = merge_inbox(ws, PERIOD, now=AFTER_DEADLINE)

    web = sorted((f for f in result.files if "网上报送" in f.file), key=lambda f: f.received_at)
    assert [f.status for f in web] == [SUPERSEDED, ACCEPTED]
    assert all(f.archived_as.startswith("archive/2023-W36/市科技局__") for f in web)
    figures = {v.id: v.actual for v in result.values if v.department == "市科技局"}
    assert (figures["1.1"], figures["1.2"]) == (2, 4)
    assert inbox_uploads(ws) == []


def test_after_the_deadline_uploads_are_taken_and_marked_late(ws, returns):
    path = returns("市科技局", {"1.1": 1}, "late.xlsx")
    with RunningServer(ws, clock=Clock(AFTER_DEADLINE)) as server:
        client = Client(server.url)
        page = text_of(client.get(link(ws, "市科技局"))[2])
        status, _, html = client.upload(link(ws, "市科技局"), path.read_bytes(), "late.xlsx")

    assert "已过截止时间" in page
    assert status == 200 and "预审通过" in text_of(html) and "逾期" in text_of(html) and "（逾期）" in text_of(html)
    assert len(inbox_uploads(ws)) == 1


def test_office_page_is_off_without_a_password(ws, monkeypatch):
    monkeypatch.delenv("TZ_EXCEL_WEB_PASSWORD", raising=False)
    with RunningServer(ws, password=None) as server:
        client = Client(server.url)
        status, _, html = client.get("/office")
        login = client.post_form("/office/login", {"password": ""}, csrf_from=link(ws, "市科技局"))
        page = client.get(link(ws, "市科技局"))

    assert status == 503 and "TZ_EXCEL_WEB_PASSWORD" in text_of(html) and "未启用" in text_of(html)
    assert login[0] == 503 and page[0] == 200


def test_office_password_comes_from_the_environment(ws, monkeypatch):
    monkeypatch.setenv("TZ_EXCEL_WEB_PASSWORD", "环境变量里的密码")
    with RunningServer(ws, password=None) as server:
        client = Client(server.url)
        status, _, html = client.post_form("/office/login", {"password": "环境变量里的密码"}, csrf_from="/office")

    assert status == 200 and "各单位报送情况" in text_of(html)


def test_office_login_is_throttled_per_address(ws):
    clock = Clock(ON_TIME)
    with RunningServer(ws, clock=clock) as server:
        client = Client(server.url)
        tries = [client.post_form("/office/login", {"password": "wrong"}, csrf_from="/office") for _ in range(5)]
        blocked = client.post_form("/office/login", {"password": PASSWORD}, csrf_from="/office")
        clock.now = ON_TIME + timedelta(minutes=16)
        later = client.post_form("/office/login", {"password": PASSWORD}, csrf_from="/office")

    assert [t[0] for t in tries] == [401, 401, 401, 401, 401]
    assert "还可再试 4 次" in text_of(tries[0][2]) and "已暂停登录" in text_of(tries[4][2])
    assert blocked[0] == 429 and "请于 10:15 后再试" in text_of(blocked[2])
    assert later[0] == 200 and "各单位报送情况" in text_of(later[2])


def test_the_web_settings_of_a_new_workspace_are_the_defaults(tmp_path):
    from tz_excel.config import DEFAULT_TOML, Settings, WebSettings

    (tmp_path / "tz_excel.toml").write_text(DEFAULT_TOML.format(office_name="办公室", year=2023), encoding="utf-8")
    web = Settings.load(tmp_path / "tz_excel.toml").web

    assert web == WebSettings() and web.host == "127.0.0.1" and web.max_upload_mb == 10.0


def test_login_throttle_forgets_old_failures_and_a_success():
    clock = Clock(ON_TIME)
    throttle = LoginThrottle(3, timedelta(minutes=10), clock)
    assert throttle.failed("a") == 2 and throttle.failed("a") == 1
    clock.now += timedelta(minutes=11)                                   # those two have aged out
    assert throttle.failed("a") == 2 and throttle.blocked_until("a") is None
    throttle.succeeded("a")
    assert [throttle.failed("a") for _ in range(3)] == [2, 1, 0]
    assert throttle.blocked_until("a") == clock.now + timedelta(minutes=10)
    assert throttle.blocked_until("b") is None


def test_office_page_needs_the_login_and_lists_every_department(ws, returns):
    path = returns("市科技局", {"1.1": "正在推进"}, "科技局.xlsx")
    with RunningServer(ws) as server:
        client = Client(server.url)
        client.upload(link(ws, "市科技局"), path.read_bytes(), "科技局.xlsx")
        before = client.get("/office")
        download = client.get("/office/workbook?period=2023-W36")
        status, _, html = client.post_form("/office/login", {"password": PASSWORD}, csrf_from="/office")

    assert before[0] == 200 and "办公室登录" in text_of(before[2]) and "市科技局" not in text_of(before[2])
    assert download[0] == 200 and "办公室登录" in text_of(download[2])         # redirected to the login
    text = text_of(html)
    assert status == 200 and "应报 5 个单位：按时报送 1 个，逾期报送 0 个，未报送 4 个" in text
    row = re.search(r"<tr class=\"state-on_time\">.*?</tr>", html, re.S).group(0)
    assert "市科技局" in row and "预审通过" in row and "不是数字" in text_of(row)
    assert text.count("未报送") >= 4 and "本期尚未汇总" in text


def test_every_request_is_logged_without_the_token(ws, returns):
    path = returns("市科技局", {"1.1": 1}, "a.xlsx")
    url = link(ws, "市科技局")
    token = url.split("/")[2]
    with RunningServer(ws) as server:
        client = Client(server.url)
        client.upload(url, path.read_bytes(), "a.xlsx")
        client.get("/d/" + "B" * 32 + "/2023-W36")

    log = (ws.root / LOG_FILE).read_text(encoding="utf-8")
    assert token not in log and "B" * 32 not in log
    assert re.search(r"127\.0\.0\.1 GET /d/\[市科技局\]/2023-W36 200", log)
    assert re.search(r"127\.0\.0\.1 POST /d/\[市科技局\]/2023-W36 303", log)
    assert re.search(r"127\.0\.0\.1 GET /d/\[\?\]/2023-W36 404", log)
    assert "收到上传：市科技局 2023-W36 → inbox/市科技局_2023-W36_网上报送_" in log


def test_sixty_uploads_at_once_are_all_answered_and_kept(tmp_path):
    """A bounded burst: 60 uploads from 12 clients at once; every one answered, stored and journalled."""
    ws = web_office(tmp_path / "office")
    generate_forms(ws, PERIOD, now=MONDAY)
    departments = ["市科技局", "市工信局", "北辛街道", "荆河街道", "市国资局"]
    files = {d: fill_return(ws.templates_dir(PERIOD) / f"{d}.xlsx", tmp_path / f"{d}.xlsx", {}).read_bytes()
             for d in departments}
    jobs = [departments[n % 5] for n in range(60)]
    with RunningServer(ws) as server:
        def send(department):
            return Client(server.url).upload(link(ws, department), files[department], f"{department}.xlsx")[0]

        with ThreadPoolExecutor(12) as pool:
            started = time.monotonic()
            codes = list(pool.map(send, jobs, timeout=120))
            elapsed = time.monotonic() - started

    assert codes == [200] * 60 and elapsed < 60
    stored = inbox_uploads(ws)
    assert len(stored) == 60 and len({p.name for p in stored}) == 60
    assert sorted(hashlib.sha256(p.read_bytes()).hexdigest() for p in stored) == \
        sorted(hashlib.sha256(files[d]).hexdigest() for d in jobs)
    journal = (ws.root / "web" / "uploads.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(journal) == 60


def test_cli_serve_runs_on_loopback_and_stops(ws):
    port = free_port()
    env = {**os.environ, "TZ_EXCEL_WEB_PASSWORD": PASSWORD}
    process = subprocess.Popen([sys.executable, "-m", "tz_excel", "-w", str(ws.root), "serve", "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        status = _wait_for(f"http://127.0.0.1:{port}", link(ws, "市科技局"))
    finally:
        process.terminate()
        out, err = process.communicate(timeout=20)

    assert status == 200
    assert f"http://127.0.0.1:{port}/" in out.decode("utf-8")
    listening = (ws.root / LOG_FILE).read_text(encoding="utf-8")
    assert f"服务启动：http://127.0.0.1:{port}/" in listening


def _wait_for(base: str, path: str, timeout: float = 30) -> int:
    deadline = time.monotonic() + timeout
    while True:
        try:
            return Client(base).get(path)[0]
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def test_a_monthly_workspace_serves_months(tmp_path):
    """The pages follow [office] cadence: a link opens the current month, uploads of the month's
    template are accepted, the office page steps by month, a week's address is refused."""
    from tz_excel.links import department_links
    from tz_excel.periods import Period

    root = tmp_path / "office"
    ws = web_office(root)
    toml = ws.settings_path.read_text(encoding="utf-8").replace("[office]\n", '[office]\ncadence = "month"\n', 1)
    ws.settings_path.write_text(toml, encoding="utf-8")
    ws = type(ws)(root)                                      # settings read afresh
    september = Period.parse("2023-09")
    generate_forms(ws, september, departments=["市科技局"], now=datetime(2023, 9, 25, 9, 0))
    filled = fill_return(ws.templates_dir(september) / "市科技局.xlsx", tmp_path / "九月.xlsx", {"1.1": 1})
    page = department_links(ws, september).url_of("市科技局").split("/d/", 1)[1].split("/")[0]
    with RunningServer(ws, clock=Clock(datetime(2023, 10, 3, 10, 0))) as server:   # before 10月5日 17:00
        client = Client(server.url)
        status, _, html = client.get(f"/d/{page}")
        assert status == 200 and "2023年9月" in text_of(html) and "2023年10月5日" in text_of(html)
        status, _, html = client.upload(f"/d/{page}/2023-09", filled.read_bytes())
        assert status == 200 and "预审通过" in text_of(html) and "计入2023年9月" in text_of(html)
        assert client.get(f"/d/{page}/2023-W36")[0] == 404
        client.post_form("/office/login", {"password": PASSWORD}, csrf_from="/office")
        status, _, html = client.get("/office?period=2023-09")
        assert status == 200 and "上一月" in html and "下一月" in html and "2023年9月" in text_of(html)
    assert [p.name.split("_")[1] for p in inbox_uploads(ws)] == ["2023-09"]
