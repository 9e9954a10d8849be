"""Fetch returned workbooks from the office mailbox (``[imap]``) into ``inbox/``.

    >>> outcome = collect_mail(Workspace("."))
    >>> print(outcome.summary())
    收取 3 封邮件的 4 个附件到 inbox/。

Only UNSEEN messages are read (``BODY.PEEK``, so reading marks nothing); once every attachment
of a message is safely on disk the message is flagged ``\\Seen``. Mail is never deleted or moved.
A message without attachments stays unseen, for a person to read. Each saved file gets a sidecar
``<file name>.meta.json`` in the same folder::

    {"received_at": "2023-09-08T16:30:00+08:00", "sender": "张三 <kjj@x.cn>",
     "subject": "回复：…", "message_id": "<…>", "attachment": "科技局36周.xlsx"}

``received_at`` is the mail's Date header in ISO 8601 with its UTC offset (the server's arrival
time when the header is missing or broken); ``merge`` reads it as the arrival time.
"""

from __future__ import annotations

import imaplib
import json
import logging
import os
import re
import ssl
from dataclasses import dataclass, field
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from pathlib import Path

from .config import ImapSettings, Workspace
from .errors import ConfigError, DeliveryError
from .mailer import safe_file_name

log = logging.getLogger(__name__)

META_SUFFIX = ".meta.json"


@dataclass(frozen=True)
class Collected:
    """One attachment saved into inbox/."""

    path: Path
    sender: str
    subject: str
    received_at: datetime | None


@dataclass
class CollectOutcome:
    """What one ``collect`` did."""

    files: list[Collected] = field(default_factory=list)
    messages: int = 0                       # unseen messages with attachments, now seen
    without_attachment: list[str] = field(default_factory=list)   # subjects, left unseen

    @property
    def needs_attention(self) -> bool:
        return False

    def summary(self) -> str:
        lines = [f"收取 {self.messages} 封邮件的 {len(self.files)} 个附件到 inbox/。" if self.files
                 else "没有新的报送邮件。"]
        lines += [f"  {c.path.name}　（{c.sender}）" for c in self.files]
        if self.without_attachment:
            lines.append(f"{len(self.without_attachment)} 封新邮件没有附件，保留为未读，请人工查看：")
            lines += [f"  - {subject or '（无主题）'}" for subject in self.without_attachment]
        return "\n".join(lines)


def collect_mail(ws: Workspace, now: datetime | None = None, *,
                 ssl_context: ssl.SSLContext | None = None) -> CollectOutcome:
    """Save the attachments of every unseen message in ``[imap] folder`` into ``inbox/``.

    Raises:
        ConfigError: no ``[imap] host``, or a user without TZ_EXCEL_IMAP_PASSWORD.
        DeliveryError: the server cannot be reached, refuses the login or the folder.
    """
    settings = ws.settings.imap
    ws.inbox.mkdir(parents=True, exist_ok=True)
    outcome = CollectOutcome()
    with _connect(settings, ssl_context) as client:
        for number in _unseen(client, settings.folder):
            message, arrived = _fetch(client, number)
            saved = save_attachments(message, ws.inbox, fallback_time=arrived or now)
            if saved:
                client.store(number, "+FLAGS", "(\\Seen)")
                outcome.messages += 1
                outcome.files.extend(saved)
            else:
                outcome.without_attachment.append(str(message.get("Subject", "")))
    log.info("收取邮件：%d 封邮件，%d 个附件", outcome.messages, len(outcome.files))
    return outcome


class _connect:
    """An IMAP session per ``[imap]`` settings, logged out on exit."""

    def __init__(self, settings: ImapSettings, ssl_context: ssl.SSLContext | None) -> None:
        if not settings.host:
            raise ConfigError("未设置 [imap] host，无法收取邮件。请在 tz_excel.toml 的 [imap] 中填写邮箱服务器。")
        if settings.security not in ("ssl", "starttls", "none"):
            raise ConfigError(f"[imap] security 应为 ssl、starttls 或 none，当前为“{settings.security}”。")
        if not settings.password:
            raise ConfigError("环境变量 TZ_EXCEL_IMAP_PASSWORD 为空，无法登录收件邮箱。")
        self.settings, self.context = settings, ssl_context

    def __enter__(self) -> imaplib.IMAP4:
        s = self.settings
        context = self.context or ssl.create_default_context()
        try:
            if s.security == "ssl":
                client = imaplib.IMAP4_SSL(s.host, s.port, ssl_context=context, timeout=s.timeout)
            else:
                client = imaplib.IMAP4(s.host, s.port, timeout=s.timeout)
                if s.security == "starttls":
                    client.starttls(ssl_context=context)
        except (OSError, imaplib.IMAP4.error) as exc:
            raise DeliveryError(f"无法连接收件服务器 {s.host}:{s.port}：{exc}") from exc
        try:
            client.login(s.user, s.password)
        except imaplib.IMAP4.error as exc:
            client.shutdown()
            raise DeliveryError(f"登录收件邮箱 {s.user} 失败：{_text(exc)}") from exc
        self.client = client
        return client

    def __exit__(self, *exc) -> None:
        try:
            self.client.logout()
        except (OSError, imaplib.IMAP4.error):
            pass    # the session is over either way; the mail already handled stays handled


def _text(exc: Exception) -> str:
    arg = exc.args[0] if exc.args else exc
    return arg.decode("utf-8", "replace") if isinstance(arg, bytes) else str(arg)


def _unseen(client: imaplib.IMAP4, folder: str) -> list[bytes]:
    typ, data = client.select(_quote(folder))
    if typ != "OK":
        raise DeliveryError(f"收件邮箱中没有文件夹“{folder}”：{_text(imaplib.IMAP4.error(data[0]))}")
    typ, data = client.search(None, "UNSEEN")
    return data[0].split() if typ == "OK" and data and data[0] else []


def _quote(folder: str) -> str:
    return folder if re.fullmatch(r"[A-Za-z0-9._/-]+", folder) else '"' + folder.replace('"', '\\"') + '"'


def _fetch(client: imaplib.IMAP4, number: bytes) -> tuple[EmailMessage, datetime | None]:
    typ, data = client.fetch(number, "(BODY.PEEK[] INTERNALDATE)")
    if typ != "OK":
        raise DeliveryError(f"读取第 {number.decode()} 封邮件失败。")
    raw, arrived = b"", None
    for item in data:
        if isinstance(item, tuple):
            raw = item[1]
            date = imaplib.Internaldate2tuple(item[0])
            if date:
                arrived = datetime(*date[:6]).astimezone()
    return BytesParser(policy=policy.default).parsebytes(raw), arrived


def save_attachments(message: EmailMessage, folder: Path,
                     fallback_time: datetime | None = None) -> list[Collected]:
    """Write each attachment of ``message`` into ``folder`` with its sidecar; never overwrite."""
    received = _mail_date(message) or fallback_time
    sender, subject = str(message.get("From", "")), str(message.get("Subject", ""))
    saved = []
    for part in message.iter_attachments():
        if part.get_content_disposition() == "inline" and part.get_content_maintype() == "image":
            continue   # pictures in a signature, not a return
        data = part.get_payload(decode=True) or b""
        original = part.get_filename() or ""
        path = unique_path(folder, safe_file_name(original, default=f"附件{_suffix_for(part)}"))
        meta = {"received_at": received.isoformat() if received else None, "sender": sender,
                "subject": subject, "message_id": str(message.get("Message-ID", "")), "attachment": original}
        # A merge may run at the same moment: the sidecar goes first, and the workbook appears
        # whole, by a rename from a hidden name that merge ignores.
        sidecar = Path(str(path) + META_SUFFIX)
        sidecar.write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
        partial = path.with_name(f".{path.name}.part")
        partial.write_bytes(data)
        os.replace(partial, path)
        saved.append(Collected(path, sender, subject, received))
    return saved


def _mail_date(message: EmailMessage) -> datetime | None:
    try:
        value = message.get("Date")
        return parsedate_to_datetime(str(value)) if value else None
    except (TypeError, ValueError):
        return None


def _suffix_for(part) -> str:
    return {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ".xlsx",
            "application/vnd.ms-excel": ".xls"}.get(part.get_content_type(), "")


def unique_path(folder: Path, name: str) -> Path:
    """``folder/name``, or ``name(2)``, ``name(3)`` … when taken (sidecars count as taken)."""
    stem, suffix = Path(name).stem, Path(name).suffix
    path, n = folder / name, 1
    while path.exists() or Path(str(path) + META_SUFFIX).exists():
        n += 1
        path = folder / f"{stem}({n}){suffix}"
    return path
