"""The intranet page: clerks upload their return and are told at once what the merge will make of it.

    tz-excel serve [--host 127.0.0.1] [--port 8300]          # waitress, until Ctrl-C
    tz-excel links --period 2023-W36                         # each department's private link

    >>> app = create_app(Workspace("."))                     # a Flask (WSGI) application
    >>> server = make_server(app, Workspace("."), "127.0.0.1", 8300)
    >>> server.run()

Pages (server-rendered HTML, plain forms: everything works with JavaScript off and in old browsers):

- ``/d/<token>/<period>``: one department's page (its private link, ``links.py``): the department,
  the period, the deadline, its template to download, where it stands, one upload form, and the
  verdict of its last upload (``preview.py``, the same rules as ``merge``), marked provisional.
  Uploading again replaces the earlier return (merge keeps the newest). After the deadline
  uploads are still taken and marked 逾期. ``/d/<token>`` goes to the current period.
- ``/office``: the office's page, behind ``TZ_EXCEL_WEB_PASSWORD`` (none set: disabled, saying
  so): every department on time, late or missing, its last verdict and problems, and the latest
  consolidated workbook to download.

Every upload is kept whole in inbox/ with its sidecar (``uploads.py``), so the office's ``merge``
takes it like a mailed return.

Why Flask on waitress: the work behind a request is blocking (writing and syncing files, reading a
workbook, SQLite), which a thread pool serves plainly; waitress is pure Python, runs the same on
the office's Windows or Linux server, and refuses bodies past its own limit as they arrive; Flask
brings Jinja2 (escaping on), a signed session, Werkzeug's request limits, and Flask-WTF's CSRF
protection.

Security: secret per-department tokens, stored hashed (``links.py``); the size limit enforced
while the body arrives (waitress ``max_request_body_size`` past twice the limit, Werkzeug's
``MAX_CONTENT_LENGTH`` and our own byte count while copying the file); content sniffed; no
client-supplied name in any path; a CSRF token on every form; CSP without script,
frame-ancestors 'none', nosniff, Referrer-Policy on every response; office logins throttled per
address; every request logged to ``tz_excel-web.log`` with the token replaced by the department.
"""

from __future__ import annotations

import hmac
import logging
import re
import secrets
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path, PurePosixPath
from typing import Callable

from flask import (Blueprint, Flask, abort, current_app, redirect, render_template, request, send_file,
                   session, url_for)
from flask_wtf.csrf import CSRFError, CSRFProtect

from .config import Workspace
from .errors import ConfigError, PeriodError, TzExcelError
from .findings import not_a_workbook, unsupported_reason
from .links import TokenIndex
from .periods import Period, cycle_period, describe_deadline
from .preview import Preview, Reference, preview_return, relocated
from .standings import LATE, MISSING, ON_TIME, period_standings
from .uploads import (UploadJournal, UploadTooLarge, publish_upload, recover_staged, stage_upload,
                      staged_path)

LOG_FILE = "tz_excel-web.log"
FORM_OVERHEAD = 64 * 1024            # multipart boundaries, headers and the CSRF field around the file
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSP = ("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
       "frame-ancestors 'none'; base-uri 'none'")
_TOKEN_PATH = re.compile(r"^/d/[^/]+")

pages = Blueprint("pages", __name__)


# -- the application ------------------------------------------------------------------------------

def create_app(ws: Workspace, *, clock: Callable[[], datetime] | None = None,
               password: str | None = None) -> Flask:
    """The Flask application serving ``ws``.

    Args:
        clock: the current local time (naive), for deadlines and the current period.
        password: the office password; default ``TZ_EXCEL_WEB_PASSWORD`` (empty: office page off).

    Raises:
        ConfigError: the workspace is not usable (no catalogue.xlsx, a broken directory).
    """
    ws.require()
    site = Site(ws, clock or datetime.now, ws.settings.web.password if password is None else password)
    app = Flask(__name__, template_folder="web_templates", static_folder="web_static",
                static_url_path="/static")
    app.config.update(
        SECRET_KEY=secrets.token_bytes(32),          # per process: a restart asks the office to log in again
        SESSION_COOKIE_NAME="tz_session", SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=ws.settings.web.base_url.startswith("https://"),
        PERMANENT_SESSION_LIFETIME=timedelta(hours=8),
        MAX_CONTENT_LENGTH=site.limit + FORM_OVERHEAD, MAX_FORM_MEMORY_SIZE=FORM_OVERHEAD, MAX_FORM_PARTS=16,
        WTF_CSRF_TIME_LIMIT=12 * 3600,               # a clerk may leave the page open for a working day
    )
    app.extensions["tz_excel"] = site
    CSRFProtect(app)
    app.register_blueprint(pages)
    app.after_request(_security_headers)
    _register_errors(app)
    app.jinja_env.globals.update(office_name=site.reference().settings.office.name)
    app.jinja_env.filters.update(told=message_as_told, when=when_text,
                                 period_label=lambda text: Period.parse(text).label if text else "")
    app.wsgi_app = AccessLog(app.wsgi_app, site.log)
    site.recover()
    return app


def make_server(app: Flask, ws: Workspace, host: str | None = None, port: int | None = None):
    """A waitress server for ``app`` bound to ``host``:``port`` (default ``[web]``); call ``run()``.

    The body limit here is the hard one, twice the upload limit: a declared length past it is
    refused before a byte is read, a chunked body as soon as it passes. Below it, the application
    answers an oversized upload with its own page in Chinese.
    """
    from waitress import create_server

    web = ws.settings.web
    limit = upload_limit(ws)
    return create_server(app, host=host or web.host, port=web.port if port is None else port,
                         threads=max(1, web.threads), max_request_body_size=2 * limit + FORM_OVERHEAD,
                         channel_timeout=60, connection_limit=200, ident="tz-excel",
                         clear_untrusted_proxy_headers=True)


def serve(ws: Workspace, host: str | None = None, port: int | None = None) -> None:
    """Run the server in the foreground until interrupted."""
    app = create_app(ws)
    server = make_server(app, ws, host, port)
    site: Site = app.extensions["tz_excel"]
    site.log.info("服务启动：http://%s:%s/ 工作区 %s", server.effective_host, server.effective_port, ws.root)
    server.run()


def upload_limit(ws: Workspace) -> int:
    """The upload size limit in bytes (``[web] max_upload_mb``)."""
    mb = ws.settings.web.max_upload_mb
    if mb <= 0:
        raise ConfigError(f"[web] max_upload_mb 应大于 0，当前为 {mb}。")
    return int(mb * 2**20)


class Site:
    """What the pages share: the workspace, clock, tokens, journal, verdict inputs, throttle, log."""

    def __init__(self, ws: Workspace, clock: Callable[[], datetime], password: str) -> None:
        self.ws, self.clock, self.password = ws, clock, password
        self.limit = upload_limit(ws)
        self.limit_mb = f"{ws.settings.web.max_upload_mb:g}"
        self.tokens = TokenIndex(ws)
        self.journal = UploadJournal(ws)
        self.references = ReferenceCache(ws)
        self.history = History(ws)
        web = ws.settings.web
        self.throttle = LoginThrottle(web.login_attempts, timedelta(minutes=web.login_pause_minutes), clock)
        self.log = web_logger(ws)
        self.forms_lock = threading.Lock()

    def now(self) -> datetime:
        return self.clock()

    def reference(self) -> Reference:
        return self.references.get()

    def close(self) -> None:
        """Release the log file and the store (the server has stopped)."""
        for handler in list(self.log.handlers):
            self.log.removeHandler(handler)
            handler.close()
        self.history.close()

    def recover(self) -> None:
        published, left = recover_staged(self.ws)
        for name in published:
            self.log.warning("启动时补全上次中断的上传：inbox/%s", name)
        for name in left:
            self.log.warning("inbox/.uploading/%s 是上次中断时未收完或未答复的上传，已保留，请办公室查看。", name)


def site() -> Site:
    return current_app.extensions["tz_excel"]


# -- the department's page ------------------------------------------------------------------------

@pages.get("/")
def home():
    return render_template("message.html", title="重点任务推进情况网上报送",
                           message="请使用办公室发给贵单位的专用链接访问本单位的报送页面。"), 200


@pages.get("/d/<token>")
def department_now(token: str):
    _department_or_404(token)
    period = _current_period()
    return redirect(url_for("pages.department", token=token, period=str(period)), 303)


@pages.get("/d/<token>/<period>")
def department(token: str, period: str):
    name, period = _department_or_404(token), _period_or_404(period)
    return _department_page(token, name, period)


@pages.post("/d/<token>/<period>")
def upload(token: str, period: str):
    name, period = _department_or_404(token), _period_or_404(period)
    file = request.files.get("workbook")
    if file is None or not file.filename:
        return _department_page(token, name, period, notice="请先点击“选择文件”，选好本单位填报的表格后再上传。",
                                status=400)
    s = site()
    original = file.filename.replace("\\", "/").rpartition("/")[2][-200:]   # old IE sends C:\\…\\x.xlsx
    try:
        staged = stage_upload(s.ws, file.stream, department=name, period=period,
                              client=request.remote_addr or "", original_name=original, limit=s.limit,
                              now=s.now())
    except UploadTooLarge:
        s.log.info("拒收过大的上传：%s（%s）", name, original)
        return _too_large_page()
    try:
        preview = relocated(_verdict(staged, name, period), staged.rel)
    finally:
        publish_upload(s.ws, staged)        # kept even if judging it failed: merge will judge it again
    record = s.journal.append(staged, preview)
    s.log.info("收到上传：%s %s → inbox/%s，%d 字节，预审%s%s", name, period, staged.name, staged.size,
               "通过" if preview.accepted else "未通过", "（逾期）" if preview.late else "")
    return redirect(url_for("pages.department", token=token, period=str(period), u=record.upload.id)
                    + "#result", 303)


@pages.get("/d/<token>/<period>/template")
def template(token: str, period: str):
    from .forms import file_name, generate_forms
    from .mailer import attachment_name

    name, period = _department_or_404(token), _period_or_404(period)
    s = site()
    path = s.ws.templates_dir(period) / file_name(name)
    with s.forms_lock:                     # two clerks of one department may click at once
        if not path.exists():
            generate_forms(s.ws, period, departments=[name], now=s.now())
    return send_file(path, mimetype=XLSX_TYPE, as_attachment=True,
                     download_name=attachment_name(name, period), max_age=0)


def _department_page(token: str, name: str, period: Period, *, notice: str = "", status: int = 200):
    s = site()
    now, settings = s.now(), s.reference().settings
    deadline = period.deadline(settings.office.deadline)
    records = s.journal.of(name, str(period))
    chosen = request.args.get("u", "")
    shown = next((r for r in records if r.upload.id == chosen), records[-1] if records else None)
    standing = period_standings(period, [name], records, s.history.ledger(str(period)), deadline=deadline)[0]
    current = _current_period()
    return render_template(
        "department.html", department=name, period=period, token=token, deadline=describe_deadline(deadline),
        past_deadline=now > deadline, standing=standing, shown=shown, notice=notice,
        current=current if current != period else None, limit_mb=s.limit_mb,
        contact=settings.office, MISSING=MISSING,
    ), status


def _verdict(staged, department: str, period: Period) -> Preview:
    """The preview of a staged upload; bytes that are no workbook at all are refused unread."""
    s = site()
    if not staged.kind:
        named_as_workbook = staged.suffix in (".xlsx", ".xlsm", ".xls", ".ods", ".et")
        reason = ("文件内容不是 Excel 表格（可能已损坏，或只是改了扩展名）。"
                  "请用 Excel 或 WPS 打开本单位填报表，另存为 .xlsx 后重新上传。"
                  if named_as_workbook else unsupported_reason(staged.suffix))
        now = s.now()
        late = now > period.deadline(s.reference().settings.office.deadline)
        return Preview("rejected", None, None, errors=(not_a_workbook(staged.rel, reason),), late=late)
    return preview_return(s.ws, staged_path(s.ws, staged), department=department, period=period,
                          now=s.now(), reference=s.reference(), previous=s.history.latest_before)


def _too_large_page():
    return render_template(
        "message.html", title="文件过大，未予接收", back=_back_link(),
        message=f"上传的文件超过 {site().limit_mb} MB，未予接收。本单位填报表通常只有几十 KB，"
                "请确认选择的是办公室下发的填报表（不要在表内插入图片），另存为 .xlsx 后重新上传。"), 413


def _department_or_404(token: str) -> str:
    s = site()
    name = s.tokens.department(token)
    if name is None:
        s.log.info("未知链接：来自 %s", request.remote_addr)
        abort(404, description="链接无效：该链接不存在，或已被办公室更换。请向办公室索取本单位最新的报送链接。")
    request.environ["tz_excel.department"] = name
    if name not in s.reference().expected:
        abort(404, description=f"“{name}”不在本期应报单位之列，无需在此报送。如有疑问请与办公室联系。")
    return name


def _current_period() -> Period:
    """The period whose cycle holds now, in the workspace's cadence (as the commands' default)."""
    settings = site().reference().settings
    return cycle_period(site().now(), settings.office.cadence, settings.schedule.send, settings.office.deadline)


def _period_or_404(text: str) -> Period:
    reference = site().reference()
    try:
        period = Period.parse(text, reference.settings.office.cadence)
    except PeriodError as exc:
        abort(404, description=exc.message)
    start, end = reference.settings.office.year_bounds(reference.catalogue.year)
    if period.last_day < start or period.first_day > end:
        abort(404, description=f"{period.label}不在本年度报送期（{start:%Y年%m月%d日}至{end:%Y年%m月%d日}）之内。")
    return period


# -- the office's page ----------------------------------------------------------------------------

@pages.get("/office")
def office():
    s = site()
    if not s.password:
        return _office_disabled()
    if not session.get("office"):
        return render_template("login.html"), 200
    period = _office_period()
    reference = s.reference()
    deadline = period.deadline(reference.settings.office.deadline)
    names = [d.name for d in reference.directory if d.name in reference.expected]
    standings = period_standings(period, names, s.journal.records(), s.history.ledger(str(period)),
                                 deadline=deadline)
    workbook = latest_workbook(s.ws, period)
    return render_template(
        "office.html", period=period, standings=standings, deadline=describe_deadline(deadline),
        workbook=workbook.name if workbook else None,
        workbook_time=datetime.fromtimestamp(workbook.stat().st_mtime) if workbook else None,
        counts={state: sum(1 for x in standings if x.state == state) for state in (ON_TIME, LATE, MISSING)},
        previous=period.previous(), next=period.next(),
    )


@pages.post("/office/login")
def office_login():
    s = site()
    if not s.password:
        return _office_disabled()
    client = request.remote_addr or ""
    until = s.throttle.blocked_until(client)
    if until is not None:
        s.log.warning("办公室登录被暂停：%s（至 %s）", client, f"{until:%H:%M}")
        return render_template("login.html", error=f"密码错误次数过多，已暂停登录。请于 {until:%H:%M} 后再试。"), 429
    typed = request.form.get("password", "")
    if hmac.compare_digest(typed.encode("utf-8"), s.password.encode("utf-8")):
        s.throttle.succeeded(client)
        session.clear()
        session["office"] = True
        session.permanent = True
        s.log.info("办公室登录：%s", client)
        return redirect(url_for("pages.office"), 303)
    left = s.throttle.failed(client)
    s.log.warning("办公室登录密码错误：%s", client)
    error = "密码不正确。" + (f"还可再试 {left} 次。" if left else "已暂停登录，请稍后再试。")
    return render_template("login.html", error=error), 401


@pages.post("/office/logout")
def office_logout():
    session.clear()
    return redirect(url_for("pages.office"), 303)


@pages.get("/office/workbook")
def office_workbook():
    s = site()
    if not s.password or not session.get("office"):
        return redirect(url_for("pages.office"), 303)
    period = _office_period()
    workbook = latest_workbook(s.ws, period)
    if workbook is None:
        abort(404, description=f"{period.label}尚未生成汇总表（请先运行 tz-excel merge）。")
    return send_file(workbook, mimetype=XLSX_TYPE, as_attachment=True, download_name=workbook.name, max_age=0)


def when_text(moment: datetime, seconds: bool = False) -> str:
    """``9月7日 10:00`` (with ``seconds``: ``2023年9月7日 10:00:05``), in the server's local time."""
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    if seconds:
        return f"{moment.year}年{moment.month}月{moment.day}日 {moment:%H:%M:%S}"
    return f"{moment.month}月{moment.day}日 {moment:%H:%M}"


def message_as_told(issue, name: str) -> str:
    """An Issue's message naming the file as the clerk knows it (``name``), not by its inbox name."""
    stored = f"文件“{PurePosixPath(issue.file).name}”"
    if issue.file and name and issue.message.startswith(stored):
        return f"文件“{name}”" + issue.message[len(stored):]
    return issue.message


def latest_workbook(ws: Workspace, period: Period) -> Path | None:
    """The newest consolidated workbook under outbox/<period>/ (feedback copies lie in a subfolder)."""
    folder = ws.outbox(period)
    found = [p for p in folder.glob("*.xlsx") if p.is_file() and not p.name.startswith((".", "~"))] \
        if folder.is_dir() else []
    return max(found, key=lambda p: p.stat().st_mtime) if found else None


def _office_period() -> Period:
    text = request.args.get("period", "").strip()
    if not text:
        return _current_period()
    try:
        return Period.parse(text, site().reference().settings.office.cadence)
    except PeriodError as exc:
        abort(404, description=exc.message)


def _office_disabled():
    return render_template(
        "message.html", title="办公室页面未启用",
        message="办公室页面未设置密码，暂不开放。请在运行 tz-excel serve 的计算机上设置环境变量 "
                "TZ_EXCEL_WEB_PASSWORD（办公室登录密码）后重新启动服务。各单位的报送页面不受影响。"), 503


# -- responses ------------------------------------------------------------------------------------

def _security_headers(response):
    headers = response.headers
    headers["Content-Security-Policy"] = CSP
    headers["X-Frame-Options"] = "DENY"              # frame-ancestors for browsers older than CSP 2
    headers["X-Content-Type-Options"] = "nosniff"
    headers["Referrer-Policy"] = "same-origin"      # a token in the address never leaves the site
    if response.mimetype == "text/html":
        headers["Cache-Control"] = "no-store"
    return response


def _register_errors(app: Flask) -> None:
    def page(title: str, status: int):
        def handler(error):
            message = getattr(error, "description", "") or title
            return render_template("message.html", title=title, message=message, back=_back_link()), status
        return handler

    app.register_error_handler(404, page("页面不存在", 404))
    app.register_error_handler(405, page("不支持的操作", 405))
    app.register_error_handler(400, page("请求有误", 400))

    @app.errorhandler(CSRFError)
    def csrf_failed(error):
        return render_template("message.html", title="页面已过期", back=_back_link(),
                               message="页面已过期或不是从本页面提交的，文件未上传。请返回页面、刷新后重新提交。"), 400

    @app.errorhandler(413)
    def too_large(error):
        return _too_large_page()

    @app.errorhandler(TzExcelError)
    def not_usable(error):
        site().log.error("无法完成请求 %s：%s", request.path, error.message)
        return render_template("message.html", title="暂时无法处理", back=_back_link(),
                               message=f"{error.message}（请与办公室联系。）"), 503

    @app.errorhandler(500)
    def internal(error):
        original = getattr(error, "original_exception", None) or error
        site().log.error("内部错误 %s", request.path, exc_info=original)
        return render_template("message.html", title="服务器内部错误", back=_back_link(),
                               message=f"服务器处理时出错（程序缺陷，详情已记入 {LOG_FILE}）。"
                                       "如已上传文件，文件已经保存，请稍后刷新页面查看，或与办公室联系。"), 500


def _back_link() -> str | None:
    args = request.view_args or {}
    if "token" in args and "period" in args and site().tokens.department(args["token"]):
        return url_for("pages.department", token=args["token"], period=args["period"])
    if request.path.startswith("/office"):
        return url_for("pages.office")
    return None


# -- the pieces the pages share -------------------------------------------------------------------

class ReferenceCache:
    """``preview.Reference`` of the workspace, read again when catalogue, directory or settings change."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self._lock = threading.Lock()
        self._stamp: tuple | None = None
        self._reference: Reference | None = None

    def get(self) -> Reference:
        paths = (self.ws.catalogue_path, self.ws.departments_path, self.ws.settings_path)
        stamp = tuple(_stamp(p) for p in paths)
        with self._lock:
            if stamp != self._stamp or self._reference is None:
                self._reference = Reference.load(Workspace(self.ws.root))
                self._stamp = stamp
            return self._reference


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


class History:
    """The history store, opened once it exists (a page never creates it: that is merge's part)."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self._lock = threading.Lock()
        self._store = None

    def store(self):
        with self._lock:
            exists = self.ws.settings.store.url or (self.ws.root / self.ws.HISTORY).exists()
            if self._store is None and exists:
                from .store import HistoryStore

                self._store = HistoryStore.for_workspace(self.ws)
            return self._store

    def close(self) -> None:
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None

    def latest_before(self, department: str, period: str) -> dict:
        store = self.store()
        return store.latest_before(department, period) if store else {}

    def ledger(self, period: str) -> list:
        store = self.store()
        return store.ledger(period) if store else []


class LoginThrottle:
    """Wrong office passwords per client address: after ``attempts`` of them within ``pause``,
    that address may not try again until ``pause`` has passed. Kept in memory: a restart forgets."""

    MAX_CLIENTS = 10_000                  # bounded memory against a flood of addresses

    def __init__(self, attempts: int, pause: timedelta, clock: Callable[[], datetime]) -> None:
        self.attempts, self.pause, self.clock = max(1, attempts), pause, clock
        self._lock = threading.Lock()
        self._failures: dict[str, list[datetime]] = {}
        self._blocked: dict[str, datetime] = {}

    def blocked_until(self, client: str) -> datetime | None:
        with self._lock:
            until = self._blocked.get(client)
            if until is not None and until <= self.clock():
                del self._blocked[client]
                return None
            return until

    def failed(self, client: str) -> int:
        """Record a failure; return how many tries are left before the pause (0: paused now)."""
        now = self.clock()
        with self._lock:
            recent = [t for t in self._failures.get(client, []) if now - t < self.pause] + [now]
            if len(recent) >= self.attempts:
                self._blocked[client] = now + self.pause
                self._failures.pop(client, None)
                return 0
            if len(self._failures) >= self.MAX_CLIENTS:
                self._failures.pop(next(iter(self._failures)))
            self._failures[client] = recent
            return self.attempts - len(recent)

    def succeeded(self, client: str) -> None:
        with self._lock:
            self._failures.pop(client, None)


def web_logger(ws: Workspace) -> logging.Logger:
    """A logger of this server's own, writing to ``tz_excel-web.log`` beside ``tz_excel.log``."""
    logger = logging.Logger(f"tz_excel.web[{ws.root}]", logging.INFO)   # not registered: one per app
    handler = logging.FileHandler(ws.root / LOG_FILE, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    return logger


class AccessLog:
    """WSGI middleware: one log line per request, the department in place of its secret token."""

    def __init__(self, app, log: logging.Logger) -> None:
        self.app, self.log = app, log

    def __call__(self, environ, start_response):
        started = time.perf_counter()
        status = ["-"]

        def recording(code, headers, exc_info=None):
            status[0] = code.split(" ", 1)[0]
            return start_response(code, headers, exc_info)

        try:
            return self.app(environ, recording)
        finally:
            path = environ.get("PATH_INFO", "")
            shown = _TOKEN_PATH.sub(f"/d/[{environ.get('tz_excel.department', '?')}]", path)
            query = environ.get("QUERY_STRING", "")
            self.log.info("%s %s %s%s %s %.0fms", environ.get("REMOTE_ADDR", "-"),
                          environ.get("REQUEST_METHOD", "-"), shown, f"?{query}" if query else "", status[0],
                          (time.perf_counter() - started) * 1000)
