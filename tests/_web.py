"""The intranet page on 127.0.0.1 for the tests: a real waitress server, a plain HTTP client, Chromium.

    >>> ws = web_office(tmp_path)                              # _office.small_office + [web] settings
    >>> with RunningServer(ws, clock=Clock(ON_TIME)) as server:
    ...     client = Client(server.url)
    ...     status, headers, text = client.get(link(ws, "市科技局"))

    def test_x(chromium):                                      # session-wide Debian chromium (Playwright)
        context = chromium.new_context(java_script_enabled=False)

The server runs in a thread of the test process (so the clock can be set); nothing listens
anywhere but 127.0.0.1, on a free port.
"""

from __future__ import annotations

import http.client
import http.cookiejar
import re
import threading
import urllib.error
import urllib.request
import uuid
from datetime import datetime
from pathlib import Path

import pytest

from _office import PERIOD, small_office
from tz_excel.config import Workspace
from tz_excel.links import department_links
from tz_excel.web import create_app, make_server

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync"]
ON_TIME = datetime(2023, 9, 7, 10, 0)          # Thursday of 2023-W36, before Friday 17:00
AFTER_DEADLINE = datetime(2023, 9, 8, 18, 30)
PASSWORD = "办公室-secret-2023"


def web_office(root: Path, *, extra: str = "", **options) -> Workspace:
    """The small office of _office.py, with links made for every department."""
    ws = small_office(root, extra=extra, **options)
    department_links(ws, PERIOD)
    return ws


def link(ws: Workspace, department: str, period=PERIOD, base: str = "") -> str:
    """The department's page path (or URL, with ``base``)."""
    url = department_links(ws, period, base_url="http://x").url_of(department)
    path = url[len("http://x"):]
    return base + path


class Clock:
    """A settable clock for the server."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class RunningServer:
    """create_app + make_server on a free port of 127.0.0.1, run in a thread."""

    def __init__(self, ws: Workspace, *, clock=None, password: str | None = PASSWORD) -> None:
        self.app = create_app(ws, clock=clock or Clock(ON_TIME), password=password)
        self.server = make_server(self.app, ws, "127.0.0.1", 0)
        self.url = f"http://127.0.0.1:{self.server.effective_port}"
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> "RunningServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        # The workers finish their requests first (each pulls the trigger when done); then close()
        # runs in the server's own loop thread (the trigger carries it there), and the loop ends once
        # the clients' connections are gone.
        self.server.task_dispatcher.shutdown(timeout=10)
        self.server.trigger.pull_trigger(self.server.close)
        self.thread.join(timeout=10)
        self.app.extensions["tz_excel"].close()


class Client:
    """A browser-less client with cookies, following redirects; HTTP errors come back as statuses."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def get(self, path: str) -> tuple[int, dict, str]:
        return self._open(urllib.request.Request(self.base + path))

    def get_bytes(self, path: str) -> tuple[int, dict, bytes]:
        with self.opener.open(self.base + path, timeout=30) as resp:
            return resp.status, dict(resp.headers), resp.read()

    def csrf(self, path: str) -> str:
        _, _, text = self.get(path)
        return re.search(r'name="csrf_token" value="([^"]+)"', text).group(1)

    def upload(self, path: str, data: bytes, filename: str = "报送.xlsx", *, csrf: str | None = "fetch",
               field: str = "workbook") -> tuple[int, dict, str]:
        """POST a file the way a browser form does (the CSRF token fetched from the page first)."""
        fields = {}
        if csrf == "fetch":
            csrf = self.csrf(path)
        if csrf is not None:
            fields["csrf_token"] = csrf
        body, boundary = multipart(fields, {field: (filename, data)})
        request = urllib.request.Request(self.base + path, data=body, method="POST",
                                         headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
        return self._open(request)

    def post_form(self, path: str, fields: dict, *, csrf_from: str | None = None) -> tuple[int, dict, str]:
        if csrf_from:
            fields = {"csrf_token": self.csrf(csrf_from), **fields}
        body, boundary = multipart(fields, {})
        request = urllib.request.Request(self.base + path, data=body, method="POST",
                                         headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
        return self._open(request)

    def _open(self, request) -> tuple[int, dict, str]:
        try:
            with self.opener.open(request, timeout=60) as resp:
                return resp.status, dict(resp.headers), resp.read().decode("utf-8")
        except urllib.error.HTTPError as exc:
            return exc.code, dict(exc.headers), exc.read().decode("utf-8", "replace")


def multipart(fields: dict, files: dict) -> tuple[bytes, str]:
    boundary = "----tz" + uuid.uuid4().hex
    parts = []
    for name, value in fields.items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    for name, (filename, data) in files.items():
        head = (f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                "Content-Type: application/octet-stream\r\n\r\n")
        parts.append(head.encode() + data + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), boundary


def raw_connection(url: str) -> http.client.HTTPConnection:
    host, port = url.removeprefix("http://").split(":")
    return http.client.HTTPConnection(host, int(port), timeout=30)


def text_of(html: str) -> str:
    """The visible words of a page, tags dropped, spaces squeezed."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def inbox_uploads(ws: Workspace) -> list[Path]:
    """Workbooks (not sidecars) the web put into inbox/."""
    return sorted(p for p in ws.inbox.iterdir() if p.is_file() and "网上报送" in p.name
                  and not p.name.endswith(".meta.json"))


@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium driven by Playwright, one per test session."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
