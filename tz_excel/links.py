"""Each department's private upload link: a secret token per department, kept hashed for the server.

    >>> links = department_links(Workspace("."), Period.parse("2023-W36"), base_url="http://10.1.2.3:8300")
    >>> links.to_dict()["departments"][0]
    {'department': '市科技局', 'url': 'http://10.1.2.3:8300/d/Xq3…/2023-W36'}
    >>> TokenIndex(Workspace(".")).department("Xq3…")       # what the server does with a token
    '市科技局'

A token is 192 random bits (``secrets.token_urlsafe``), one per department, kept until the office
rotates it (``tz-excel links --rotate``). Two files under ``web/`` in the workspace hold them:

- ``web/tokens.json``: ``{"departments": {"市科技局": "<sha256 of the token>"}}``. The server needs
  only this file: it hashes the token of a request and looks the hash up. A copy of this file
  (a backup, a shared folder) opens no page.
- ``web/links.secret.json``: the tokens themselves, mode 0600, read by ``links``, ``send`` and
  ``remind`` so the office can print and mail the links again. The server never opens it. On
  Windows the mode has no effect: keep the workspace in a folder only the office can read.

Why SHA-256 and not a slow password hash: a token is random and long, so nothing can be guessed
from its hash; a fast hash lets the server look every request up in one step. The look-up is by
hash (a dict), then the stored and computed hashes are compared with ``hmac.compare_digest``.
Rotating replaces every token (or the named departments'): old links stop working at once, since
the server reloads ``tokens.json`` when it changes.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from .config import Workspace
from .errors import ConfigError, WorkspaceError
from .periods import Period

TOKEN_BYTES = 24                       # 192 bits; the brief's floor is 128
FOLDER = "web"
HASHES = "tokens.json"
SECRETS = "links.secret.json"
LOCK = ".tokens.lock"


@dataclass(frozen=True)
class Links:
    """The office's link and each department's, for one period."""

    office: str
    departments: tuple[tuple[str, str], ...]       # (department, url)

    def to_dict(self) -> dict:
        """The ``links --json`` shape of design.md."""
        return {"office": self.office,
                "departments": [{"department": d, "url": u} for d, u in self.departments]}

    def url_of(self, department: str) -> str:
        return dict(self.departments)[department]


def department_links(ws: Workspace, period: Period, *, base_url: str | None = None,
                     departments: Iterable[str] | None = None, rotate: bool = False) -> Links:
    """Every expected department's link for ``period`` (tokens made for those without one).

    Args:
        base_url: the server as clerks reach it; default ``[web] base_url``, else ``http://host:port``.
        departments: only these (names as in departments.xlsx); default every expected department.
        rotate: give the chosen departments new tokens; their old links stop working.

    Raises:
        ConfigError: a named department is not expected to report.
        WorkspaceError: the token files cannot be written, or another process keeps them locked.
    """
    names = _chosen(ws, departments)
    tokens = ensure_tokens(ws, names, rotate=rotate)
    base = server_url(ws, base_url)
    return Links(office=office_url(base),
                 departments=tuple((n, department_url(base, tokens[n], period)) for n in names))


def upload_link(ws: Workspace, department: str, period: Period | str) -> str:
    """``department``'s link for ``period`` when ``[web] base_url`` is set (for mail), else ""."""
    base = ws.settings.web.base_url
    if not base:
        return ""
    token = ensure_tokens(ws, [department])[department]
    return department_url(server_url(ws, base), token, period)


def server_url(ws: Workspace, base_url: str | None = None) -> str:
    """``base_url``, else ``[web] base_url``, else ``http://<host>:<port>`` from ``[web]``; no trailing /."""
    web = ws.settings.web
    base = base_url or web.base_url or f"http://{web.host}:{web.port}"
    if not base.startswith(("http://", "https://")):
        raise ConfigError(f"网址“{base}”应以 http:// 或 https:// 开头，例如 http://10.20.30.40:8300。", value=base)
    return base.rstrip("/")


def department_url(base: str, token: str, period: Period | str) -> str:
    return f"{base.rstrip('/')}/d/{token}/{period}"


def office_url(base: str) -> str:
    return f"{base.rstrip('/')}/office"


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def ensure_tokens(ws: Workspace, names: Iterable[str], *, rotate: bool = False) -> dict[str, str]:
    """``{department: token}`` for ``names``, making (or, with ``rotate``, replacing) tokens.

    Both files are rewritten atomically under a lock, hashes first: a token is never in the
    secret file without its hash in the server's.
    """
    names = list(dict.fromkeys(names))
    with _locked(ws):
        known = _read(_path(ws, SECRETS)).get("departments", {})
        fresh = {n: secrets.token_urlsafe(TOKEN_BYTES) for n in names if rotate or not known.get(n)}
        if fresh:
            tokens = {**known, **fresh}
            _write(_path(ws, HASHES), {"departments": {n: token_hash(t) for n, t in tokens.items()}}, 0o644)
            _write(_path(ws, SECRETS), {"departments": tokens}, 0o600)
            known = tokens
    return {n: known[n] for n in names}


class TokenIndex:
    """The server's view of the tokens: hash → department, reloaded when tokens.json changes."""

    def __init__(self, ws: Workspace) -> None:
        self.path = _path(ws, HASHES)
        self._lock = threading.Lock()
        self._stamp: tuple[int, int] | None = None
        self._by_hash: dict[str, tuple[str, str]] = {}

    def department(self, token: str) -> str | None:
        """The department whose token this is, or None."""
        if not token or len(token) > 200:
            return None
        digest = token_hash(token)
        found = self._index().get(digest)
        if found is None or not hmac.compare_digest(found[1], digest):
            return None
        return found[0]

    def _index(self) -> dict[str, tuple[str, str]]:
        try:
            st = self.path.stat()
            stamp = (st.st_mtime_ns, st.st_size)
        except OSError:
            stamp = None
        with self._lock:
            if stamp != self._stamp:
                hashes = _read(self.path).get("departments", {}) if stamp else {}
                self._by_hash = {h: (name, h) for name, h in hashes.items() if isinstance(h, str)}
                self._stamp = stamp
            return self._by_hash


# -- files ----------------------------------------------------------------------------------------

def _chosen(ws: Workspace, departments: Iterable[str] | None) -> list[str]:
    from .office import load_catalogue, load_directory

    directory = load_directory(ws)
    expected = [d.name for d in directory.recipients_for(load_catalogue(ws).department_names())]
    if departments is None:
        return expected
    names = []
    for name in departments:
        dep = directory.get(name)
        if dep is None or dep.name not in expected:
            raise ConfigError(f"单位“{name}”不在本次应报单位之列，无法生成报送链接。", department=name)
        names.append(dep.name)
    return names


def _path(ws: Workspace, name: str) -> Path:
    return ws.root / FOLDER / name


@contextmanager
def _locked(ws: Workspace, wait: float = 10.0) -> Iterator[None]:
    """Hold ``web/.tokens.lock``, waiting up to ``wait`` seconds for another ``links`` or ``send``."""
    from filelock import FileLock, Timeout

    path = _path(ws, LOCK)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with FileLock(path, timeout=wait):
            yield
    except Timeout:
        raise WorkspaceError(f"报送链接文件正被另一个任务使用（{path}），请稍后再试。", path=str(path)) from None


def _read(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise WorkspaceError(f"报送链接文件 {path} 无法读取（{exc}）。"
                             "可运行 tz-excel links --rotate 重新生成全部链接。", path=str(path)) from exc
    return data if isinstance(data, dict) else {}


def _write(path: Path, data: dict, mode: int) -> None:
    """Write ``data`` as JSON to ``path`` atomically, created with ``mode`` (never wider for a moment)."""
    part = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1, sort_keys=True)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(part, mode)                  # against a umask that took bits away from 0644
        os.replace(part, path)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
