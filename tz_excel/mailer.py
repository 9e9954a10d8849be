"""The office's mail: templates out, reminders, the report to leaders, feedback to clerks.

    >>> outcome = send_templates(Workspace("."), Period.parse("2023-W36"), dry_run=True)
    >>> print(outcome.summary())                     # what would go, nothing sent
    >>> send_reminders(ws, period).needs_attention   # True when a department has no address
    >>> mailer_for(ws, period)                       # SmtpMailer with [smtp] host, else OutboxMailer

Every message is Chinese plain text with an HTML alternative; subjects and bodies come from the
``[mail]`` templates of ``tz_excel.toml``. Attachments carry their Chinese names twice, the way
Outlook, Foxmail and web mail all read them: ``filename*=utf-8''…`` (RFC 2231) in
Content-Disposition and an RFC 2047 ``name=`` in Content-Type. Without an ``[smtp] host`` every
message is written as an ``.eml`` file under ``outbox/<period>/mail/`` and nothing leaves the machine.
"""

from __future__ import annotations

import hashlib
import html
import logging
import re
import smtplib
import ssl
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from email import encoders
from email.header import Header, decode_header, make_header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Callable, Iterable, Protocol

from .config import Settings, SmtpSettings, Workspace
from .errors import ConfigError, DeliveryError
from .periods import Period, describe_deadline

log = logging.getLogger(__name__)

SEND, REMIND, REPORT, FEEDBACK = "send", "remind", "report", "feedback"
KIND_WORDS = {SEND: "填报模板", REMIND: "催报提醒", REPORT: "汇总表", FEEDBACK: "校验问题反馈"}
KIND_HEADER, DEPARTMENT_HEADER = "X-TZ-Excel-Kind", "X-TZ-Excel-Department"
XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
SECURITIES = ("starttls", "ssl", "none")
_UNSAFE_NAME = re.compile(r'[\x00-\x1f<>:"/\\|?*]+')


class Mailer(Protocol):
    """Delivers one composed message, or raises DeliveryError."""

    def send(self, message: Message) -> None: ...


# -- outcome -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Delivery:
    """One message that went (or, in a dry run, would go)."""

    department: str
    recipients: tuple[str, ...]
    subject: str
    attachments: tuple[str, ...] = ()


@dataclass
class MailOutcome:
    """What one mailing did: sent, skipped (ledger), failed, departments without an address."""

    kind: str
    period: str
    dry_run: bool = False
    sent: list[Delivery] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    no_address: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    outbox: str = ""               # folder of the .eml files when no SMTP server is set

    @property
    def needs_attention(self) -> bool:
        return bool(self.failed or self.no_address)

    def summary(self) -> str:
        """A few Chinese lines for the terminal and the log."""
        word = KIND_WORDS.get(self.kind, self.kind)
        lines = []
        if self.dry_run:
            lines.append(f"预演（--dry-run），未发送任何邮件。{self.period} 将发送 {len(self.sent)} 封{word}邮件：")
            lines += [f"  {_describe(d)}" for d in self.sent]
        else:
            lines.append(f"{self.period} 已发送 {len(self.sent)} 封{word}邮件。")
        if self.skipped:
            lines.append(f"已发送过、本次跳过 {len(self.skipped)} 个单位：{'、'.join(self.skipped)}"
                         "（如需重发请加 --force）。")
        if self.no_address:
            lines.append(f"以下 {len(self.no_address)} 个单位在单位名录中没有邮箱，未发送，"
                         "请在 departments.xlsx 的“邮箱”列补充后重新运行：")
            lines += [f"  - {name}" for name in self.no_address]
        if self.failed:
            lines.append(f"发送失败 {len(self.failed)} 封：")
            lines += [f"  - {name}：{reason}" for name, reason in self.failed]
        lines += self.notes
        if self.outbox and self.sent and not self.dry_run:
            lines.append(f"未设置 SMTP 服务器，邮件已写入 {self.outbox}")
        return "\n".join(lines)


def _describe(d: Delivery) -> str:
    names = f"（附件：{'、'.join(d.attachments)}）" if d.attachments else ""
    return f"{d.department or '领导'} → {'; '.join(d.recipients)}{names}"


# -- composing ---------------------------------------------------------------------------------

def placeholders(settings: Settings, period: Period, department: str = "", **extra: str) -> dict[str, str]:
    """The values the ``[mail]`` templates may use."""
    office = settings.office
    return {
        "department": department, "period": str(period), "period_label": period.label,
        "deadline": describe_deadline(period.deadline(office.deadline)), "office": office.name,
        "contact": office.contact or "（未填）", "phone": office.phone or "（未填）",
        "email": office.email, **extra,
    }


def fill(template: str, values: dict[str, str]) -> str:
    """``template`` with its placeholders filled; an unknown one is a ConfigError."""
    try:
        return template.format_map(values)
    except KeyError as exc:
        raise ConfigError(
            f"tz_excel.toml 的 [mail] 模板中有无法识别的占位符 {{{exc.args[0]}}}，"
            f"可用：{'、'.join('{' + k + '}' for k in values)}。", placeholder=exc.args[0]) from None
    except (ValueError, IndexError) as exc:
        raise ConfigError(f"tz_excel.toml 的 [mail] 模板格式有误：{exc}（花括号请写成 {{{{ }}}}）。") from None


def text_to_html(text: str) -> str:
    """Plain text as an HTML block that keeps its lines and indents, readable on a phone."""
    return (f'<div style="{_FONT}white-space:pre-wrap;line-height:1.6">{html.escape(text)}</div>')


_FONT = "font-family:'Microsoft YaHei','PingFang SC','Noto Sans CJK SC',SimSun,sans-serif;font-size:15px;"


def sender_address(settings: Settings) -> str:
    return settings.smtp.sender or settings.office.email or settings.smtp.user or "tz-excel@localhost"


def compose(settings: Settings, *, kind: str, department: str, to: Iterable[str], subject: str,
            text: str, html_body: str | None = None, attachments: Iterable[tuple[Path, str]] = (),
            now: datetime | None = None) -> Message:
    """One MIME message: text + HTML alternative, attachments as (path, shown name).

    Boundaries and Message-ID derive from the content, so the same mail gives the same bytes.
    """
    now = now or datetime.now()
    to = tuple(to)
    files = [(Path(path), name, Path(path).read_bytes()) for path, name in attachments]
    digest = hashlib.sha256("\0".join([kind, department, subject, *to, now.isoformat()]).encode())
    for _, name, data in files:
        digest.update(name.encode() + hashlib.sha256(data).digest())
    token = digest.hexdigest()[:24]

    alternative = MIMEMultipart("alternative", boundary=f"=_alt_{token}")
    alternative.attach(MIMEText(text, "plain", "utf-8"))
    alternative.attach(MIMEText(html_body if html_body is not None else text_to_html(text), "html", "utf-8"))
    if files:
        message = MIMEMultipart("mixed", boundary=f"=_mix_{token}")
        message.attach(alternative)
        for _, name, data in files:
            message.attach(_attachment(name, data))
    else:
        message = alternative
    sender = sender_address(settings)
    message["Subject"] = Header(subject, "utf-8")
    message["From"] = formataddr((settings.office.name, sender), "utf-8")
    message["To"] = ", ".join(to)
    if settings.office.email and settings.office.email != sender:
        message["Reply-To"] = settings.office.email
    message["Date"] = format_datetime(now if now.tzinfo else now.astimezone())
    message["Message-ID"] = f"<{token}.{kind}@{sender.rpartition('@')[2] or 'localhost'}>"
    message[KIND_HEADER] = kind
    if department:
        message[DEPARTMENT_HEADER] = Header(department, "utf-8")
    return message


def _attachment(name: str, data: bytes) -> MIMEBase:
    # RFC 2231 in Content-Disposition for standard readers; the RFC 2047 form of name= in
    # Content-Type for older Outlook and Foxmail, which look only there.
    part = MIMEBase(*_mime_type(name), name=Header(name, "utf-8").encode(maxlinelen=10_000))
    part.set_payload(data)
    encoders.encode_base64(part)
    part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
    return part


def _mime_type(name: str) -> tuple[str, str]:
    suffix = Path(name).suffix.lower()
    return {".xlsx": XLSX, ".xls": ("application", "vnd.ms-excel"), ".pdf": ("application", "pdf")}.get(
        suffix, ("application", "octet-stream"))


def header_text(message: Message, name: str) -> str:
    """A header's decoded text ('' when absent)."""
    value = message.get(name)
    return str(make_header(decode_header(str(value)))) if value is not None else ""


def recipients_of(message: Message) -> list[str]:
    return [a.strip() for a in header_text(message, "To").split(",") if a.strip()]


# -- mailers -----------------------------------------------------------------------------------

class OutboxMailer:
    """Writes each message as an ``.eml`` file (``<kind>_<department>.eml``) into ``folder``.

    A message identical to one already there is not written twice; a different one with the same
    name gets ``_2``, ``_3`` … so nothing is overwritten.
    """

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self.written: list[Path] = []

    def send(self, message: Message) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        data = message.as_bytes()
        stem = safe_file_name("_".join(p for p in (header_text(message, KIND_HEADER) or "mail",
                                                   header_text(message, DEPARTMENT_HEADER)) if p))
        path, n = self.folder / f"{stem}.eml", 1
        while path.exists() and path.read_bytes() != data:
            n += 1
            path = self.folder / f"{stem}_{n}.eml"
        path.write_bytes(data)
        self.written.append(path)


class SmtpMailer:
    """Sends through ``[smtp]``: STARTTLS, SSL or none; login when ``user`` is set.

    A 4xx answer (or a dropped connection) is retried ``retries`` times, waiting ``backoff``
    seconds and doubling; a 5xx answer raises DeliveryError at once. DeliveryError carries
    ``code`` and ``fatal`` (True when no message can go at all: connection or login failed).
    """

    def __init__(self, settings: SmtpSettings, *, ssl_context: ssl.SSLContext | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        if settings.security not in SECURITIES:
            raise ConfigError(f"[smtp] security 应为 starttls、ssl 或 none，当前为“{settings.security}”。")
        if settings.user and not settings.password:
            raise ConfigError("已设置 [smtp] user，但环境变量 TZ_EXCEL_SMTP_PASSWORD 为空，无法登录邮件服务器。")
        self.settings = settings
        self.ssl_context = ssl_context
        self.sleep = sleep
        self.sender = settings.sender or settings.user

    def send(self, message: Message) -> None:
        s = self.settings
        for attempt in range(s.retries + 1):
            try:
                self._send_once(message)
                return
            except DeliveryError as exc:
                if not exc.transient or attempt == s.retries:
                    raise
                wait = s.backoff * 2 ** attempt
                log.warning("邮件服务器暂时不可用（%s），%.0f 秒后第 %d 次重试", exc.message, wait, attempt + 1)
                self.sleep(wait)

    def _send_once(self, message: Message) -> None:
        s = self.settings
        context = self.ssl_context or ssl.create_default_context()
        try:
            if s.security == "ssl":
                client = smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout, context=context)
            else:
                client = smtplib.SMTP(s.host, s.port, timeout=s.timeout)
        except (OSError, smtplib.SMTPException) as exc:
            raise _delivery_error(exc, connecting=True) from exc
        with client:
            try:
                if s.security == "starttls":
                    client.starttls(context=context)
                if s.user:
                    client.login(s.user, s.password)
            except (OSError, smtplib.SMTPException) as exc:
                raise _delivery_error(exc, connecting=True) from exc
            try:
                refused = client.send_message(message, from_addr=self.sender or None)
            except (OSError, smtplib.SMTPException) as exc:
                raise _delivery_error(exc) from exc
        for address, (code, text) in refused.items():
            log.warning("收件人 %s 被拒收：%s %s", address, code, _text(text))


def _text(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _delivery_error(exc: Exception, connecting: bool = False) -> DeliveryError:
    """DeliveryError for an smtplib failure, with ``code``, ``transient`` and ``fatal``."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _ in exc.recipients.values()]
        detail = "；".join(f"{a} {c} {_text(t)}" for a, (c, t) in exc.recipients.items())
        transient = all(400 <= c < 500 for c in codes)
        return DeliveryError(f"收件人被拒收：{detail}", code=max(codes), transient=transient, fatal=False)
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return DeliveryError(f"登录邮件服务器失败：{exc.smtp_code} {_text(exc.smtp_error)}",
                             code=exc.smtp_code, transient=False, fatal=True)
    if isinstance(exc, smtplib.SMTPResponseException):
        code = exc.smtp_code
        return DeliveryError(f"邮件服务器拒绝：{code} {_text(exc.smtp_error)}", code=code,
                             transient=400 <= code < 500, fatal=connecting and code >= 500)
    # Dropped or refused connections and timeouts may pass; retried, then fatal for the batch.
    return DeliveryError(f"无法连接邮件服务器：{exc}", code=None, transient=True, fatal=True)


def mailer_for(ws: Workspace, period: Period) -> Mailer:
    """SmtpMailer when ``[smtp] host`` is set, else OutboxMailer into ``outbox/<period>/mail/``."""
    if ws.settings.smtp.host:
        return SmtpMailer(ws.settings.smtp)
    return OutboxMailer(ws.mail_dir(period))


def safe_file_name(name: str, default: str = "附件") -> str:
    """A file name without folders, control characters or characters Windows forbids."""
    name = Path(str(name).replace("\\", "/")).name
    name = _UNSAFE_NAME.sub("_", name).strip(" .")
    stem, suffix = (name[: -len(Path(name).suffix)], Path(name).suffix) if Path(name).suffix else (name, "")
    return (stem[:120] + suffix[:20]) if stem else default + suffix[:20]


# -- delivering one batch --------------------------------------------------------------------------

@contextmanager
def _history(ws: Workspace):
    from .store import HistoryStore

    store = HistoryStore.for_workspace(ws)
    try:
        yield store
    finally:
        close = getattr(store, "close", None)
        if close:
            close()


def _deliver(mailer: Mailer | None, message: Message, outcome: MailOutcome, department: str,
             attachments: Iterable[str], on_sent: Callable[[], None] | None = None) -> None:
    """Send one message (unless a dry run) and record it; a per-message failure is recorded."""
    delivery = Delivery(department, tuple(recipients_of(message)), header_text(message, "Subject"),
                        tuple(attachments))
    if outcome.dry_run:
        outcome.sent.append(delivery)
        return
    try:
        mailer.send(message)
    except DeliveryError as exc:
        if getattr(exc, "fatal", False):
            raise
        outcome.failed.append((department or "领导", exc.message))
        log.error("%s 发送失败：%s", department or "汇总表", exc.message)
        return
    outcome.sent.append(delivery)
    log.info("已发送%s：%s → %s", KIND_WORDS.get(outcome.kind, outcome.kind), department or "领导",
             "; ".join(delivery.recipients))
    if on_sent:
        on_sent()


def _start(ws: Workspace, kind: str, period: Period, dry_run: bool, mailer: Mailer | None):
    mailer = None if dry_run else (mailer or mailer_for(ws, period))
    outcome = MailOutcome(kind, str(period), dry_run=dry_run)
    if isinstance(mailer, OutboxMailer):
        outcome.outbox = _relative(ws, mailer.folder)
    return mailer, outcome


def _relative(ws: Workspace, path: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(ws.root)) + "/"
    except ValueError:
        return str(path)


def expected_departments(ws: Workspace):
    """Every concrete department the catalogue names (groups expanded), in directory order."""
    from .office import load_catalogue, load_directory

    catalogue, directory = load_catalogue(ws), load_directory(ws)
    wanted = {d.name for d in directory.recipients_for(catalogue.department_names())}
    return [d for d in directory if d.name in wanted]


def template_paths(ws: Workspace, period: Period, departments,
                   now: datetime | None = None) -> dict[str, Path]:
    """``templates/<period>/<department>.xlsx`` per department, generating the missing ones."""
    from .forms import file_name, generate_forms

    folder = ws.templates_dir(period)
    paths = {d.name: folder / file_name(d.name) for d in departments}
    missing = [name for name, path in paths.items() if not path.exists()]
    if missing:
        generate_forms(ws, period, departments=missing, now=now)
    return paths


def attachment_name(department: str, period: Period) -> str:
    """What a clerk sees as the template's file name."""
    return f"{department}_{period}_重点任务推进情况表.xlsx"


# -- send, remind ------------------------------------------------------------------------------

def send_templates(ws: Workspace, period: Period, dry_run: bool = False, force: bool = False,
                   mailer: Mailer | None = None, now: datetime | None = None) -> MailOutcome:
    """Mail every department its own template; skip those the ledger says got it, unless ``force``."""
    ws.require()
    now = now or datetime.now()
    departments = expected_departments(ws)
    # Every department gets a template, addressed or not: the office hands the others over itself.
    templates = template_paths(ws, period, departments, now=now)
    mailer, outcome = _start(ws, SEND, period, dry_run, mailer)
    mail = ws.settings.mail
    with _history(ws) as store:
        for dep in departments:
            if not dep.emails:
                outcome.no_address.append(dep.name)
            elif not force and store.was_sent(str(period), dep.name, SEND):
                outcome.skipped.append(dep.name)
            else:
                _mail_template(ws, SEND, (mail.send_subject, mail.send_body), dep, period,
                               templates[dep.name], mailer, outcome, store, now)
    return outcome


def _mail_template(ws: Workspace, kind: str, wording: tuple[str, str], dep, period: Period,
                   template: Path, mailer: Mailer, outcome: "MailOutcome", store, now: datetime) -> None:
    """One department's template mail (send or remind), recorded in the ledger once delivered."""
    from .links import upload_link

    values = placeholders(ws.settings, period, dep.name)
    shown = attachment_name(dep.name, period)
    text, html_body = fill(wording[1], values), None
    link = upload_link(ws, dep.name, period)          # "" unless [web] base_url is set
    if link:
        text, html_body = with_upload_link(text, link)
    message = compose(ws.settings, kind=kind, department=dep.name, to=dep.emails,
                      subject=fill(wording[0], values), text=text, html_body=html_body,
                      attachments=[(template, shown)], now=now)
    _deliver(mailer, message, outcome, dep.name, [shown],
             lambda: store.mark_sent(str(period), dep.name, kind, list(dep.emails), now))


UPLOAD_NOTE = "附：贵单位专用的网上报送页面（请勿转发），可下载填报表，上传后即时显示预审结果："


def with_upload_link(text: str, url: str) -> tuple[str, str]:
    """A mail body with the department's upload page after it: (plain text, HTML with the link clickable)."""
    plain = f"{text.rstrip()}\n\n{UPLOAD_NOTE}\n{url}\n"
    anchor = html.escape(url, quote=True)
    return plain, (text_to_html(f"{text.rstrip()}\n\n{UPLOAD_NOTE}")
                   + f'<div style="{_FONT}"><a href="{anchor}">{anchor}</a></div>')


def returned_departments(ws: Workspace, period: Period) -> set[str]:
    """Departments with an accepted return for ``period`` in the history store."""
    with _history(ws) as store:
        return {v.department for v in store.values(str(period))}


def send_reminders(ws: Workspace, period: Period, dry_run: bool = False, mailer: Mailer | None = None,
                   now: datetime | None = None) -> MailOutcome:
    """Remind every department with no accepted return for ``period``, template attached again."""
    ws.require()
    now = now or datetime.now()
    returned = returned_departments(ws, period)
    late = [d for d in expected_departments(ws) if d.name not in returned]
    templates = template_paths(ws, period, [d for d in late if d.emails], now=now)
    mailer, outcome = _start(ws, REMIND, period, dry_run, mailer)
    mail = ws.settings.mail
    if not late:
        outcome.notes.append("各单位均已报送，无需提醒。")
    with _history(ws) as store:
        for dep in late:
            if not dep.emails:
                outcome.no_address.append(dep.name)
                continue
            _mail_template(ws, REMIND, (mail.remind_subject, mail.remind_body), dep, period,
                           templates[dep.name], mailer, outcome, store, now)
    return outcome


# -- report ------------------------------------------------------------------------------------

def send_report(ws: Workspace, period: Period, result=None, dry_run: bool = False,
                mailer: Mailer | None = None, now: datetime | None = None) -> MailOutcome:
    """Mail the consolidated workbook to ``[report] recipients`` with the headline figures.

    ``result`` is the period's MergeResult; without it, ``merge_inbox`` runs when the workbook is
    not there yet, else the figures are assessed again from the history store.
    """
    from .office import load_catalogue
    ws.require()
    now = now or datetime.now()
    settings = ws.settings
    mailer, outcome = _start(ws, REPORT, period, dry_run, mailer)
    recipients = settings.report.recipients
    if not recipients:
        outcome.no_address.append("领导（tz_excel.toml 中 [report] recipients 为空）")
        return outcome
    workbook, assessments, tasks, missing, expected = _report_inputs(ws, period, result, now)
    figures = report_figures(load_catalogue(ws), assessments, tasks, expected, missing)
    values = placeholders(settings, period, "", summary=figures.text)
    text = fill(settings.mail.report_body, values)
    intro = fill(settings.mail.report_body, {**values, "summary": "\0"}).split("\0")
    html_body = text_to_html(intro[0]) + figures.html + (text_to_html(intro[1]) if len(intro) > 1 else "")
    message = compose(settings, kind=REPORT, department="", to=recipients,
                      subject=fill(settings.mail.report_subject, values), text=text,
                      html_body=html_body, attachments=[(workbook, workbook.name)], now=now)
    with _history(ws) as store:
        _deliver(mailer, message, outcome, "", [workbook.name],
                 lambda: store.mark_sent(str(period), "", REPORT, list(recipients), now))
    return outcome


def _report_inputs(ws: Workspace, period: Period, result, now: datetime):
    """(workbook path, assessments, task assessments, missing departments, expected count)."""
    if result is None:
        workbook = consolidated_workbook(ws, period)
        if workbook is None:
            from .cycle import consolidate

            result = consolidate(ws, period, now=now)
    if result is not None:
        return (ws.root / result.workbook, list(result.assessments), list(result.task_assessments),
                list(result.missing_departments), len(result.expected_departments))
    return (workbook, *_assess_from_store(ws, period))


def consolidated_workbook(ws: Workspace, period: Period) -> Path | None:
    """The period's consolidated workbook under outbox/<period>/, if written."""
    found = sorted(ws.outbox(period).glob(f"*推进情况汇总_{period}.xlsx"))
    return found[-1] if found else None


def _assess_from_store(ws: Workspace, period: Period):
    from .assess import assess_period
    from .office import load_catalogue

    with _history(ws) as store:
        values = store.values(str(period))
    assessments, tasks = assess_period(load_catalogue(ws), values, period, ws.settings)
    expected = [d.name for d in expected_departments(ws)]
    returned = {v.department for v in values}
    return assessments, tasks, [n for n in expected if n not in returned], len(expected)


# -- feedback ----------------------------------------------------------------------------------

def send_feedback(ws: Workspace, period: Period, result, dry_run: bool = False,
                  mailer: Mailer | None = None, now: datetime | None = None) -> MailOutcome:
    """Send each department whose return had findings its own return back, problems marked.

    ``result`` is the MergeResult of ``merge_inbox``. The annotated copy is written under
    ``outbox/<period>/feedback/``; the archived original is never touched. The ledger remembers
    each file fed back (by its sha256), so one file gets one feedback mail.
    """
    from .feedback import annotate_return, feedback_items, issue_lines
    from .office import load_directory

    ws.require()
    now = now or datetime.now()
    directory = load_directory(ws)
    mailer, outcome = _start(ws, FEEDBACK, period, dry_run, mailer)
    items = feedback_items(ws, result, period)
    if not items:
        outcome.notes.append("本期报送文件均未发现问题，无需反馈。")
    with _history(ws) as store:
        for item in items:
            kind = f"{FEEDBACK}:{item.sha256[:16]}"
            if not item.department:
                _answer_stray(ws, period, item, store, kind, mailer, outcome, now)
                continue
            dep = directory.get(item.department)
            if dep is None or not dep.emails:
                outcome.no_address.append(item.department)
            elif store.was_sent(str(period), dep.name, kind):
                outcome.skipped.append(dep.name)
            else:
                attachments = []
                if item.original is not None:
                    copy = ws.outbox(period) / "feedback" / f"{dep.name}_{period}_请修改.xlsx"
                    if not dry_run:
                        annotate_return(item.original, copy, item.issues, department=dep.name, period=period,
                                        now=now)
                        attachments = [(copy, copy.name)]
                values = placeholders(ws.settings, period, dep.name, issues=issue_lines(item.issues))
                message = compose(ws.settings, kind=FEEDBACK, department=dep.name, to=dep.emails,
                                  subject=fill(ws.settings.mail.feedback_subject, values),
                                  text=fill(ws.settings.mail.feedback_body, values),
                                  attachments=attachments, now=now)
                _deliver(mailer, message, outcome, dep.name, [name for _, name in attachments],
                         lambda dep=dep, kind=kind: store.mark_sent(str(period), dep.name, kind,
                                                                    list(dep.emails), now))
    return outcome


STRAY_BODY = (
    "您好：\n\n    本办收到您发送的文件“{file}”，但无法作为{period_label}重点任务推进情况表读取：\n\n{issues}\n\n"
    "    请使用本办下发的填报模板（邮件附件）填写后，回复本邮件重新报送。\n\n"
    "    联系人：{contact}　电话：{phone}\n\n{office}\n"
)


def _answer_stray(ws: Workspace, period: Period, item, store, kind: str, mailer, outcome: MailOutcome,
                  now: datetime) -> None:
    """Tell the sender of a file that names no department why it was not taken."""
    from email.utils import parseaddr

    from .feedback import issue_lines

    address = parseaddr(item.sender)[1]
    if "@" not in address:
        return
    if store.was_sent(str(period), address, kind):
        outcome.skipped.append(address)
        return
    values = placeholders(ws.settings, period, "", issues=issue_lines(item.issues), file=Path(item.file).name)
    message = compose(ws.settings, kind=FEEDBACK, department=address, to=[address],
                      subject=fill(ws.settings.mail.feedback_subject, {**values, "department": "来件无法识别"}),
                      text=fill(STRAY_BODY, values), now=now)
    _deliver(mailer, message, outcome, address, [],
             lambda: store.mark_sent(str(period), address, kind, [address], now))


# -- the report's headline figures --------------------------------------------------------------

@dataclass(frozen=True)
class ReportFigures:
    """The report mail's summary, as plain text and as HTML that reads on a phone."""

    text: str
    html: str


def report_figures(catalogue, assessments, task_assessments, expected: int, missing: list[str]) -> ReportFigures:
    """Headline figures, the lagging indicators and the overdue or 临期 tasks."""
    from .assess import BEHIND, INVALID, MET, NO_DATA, ON_TRACK, SEVERE, STATUS_WORDS, count_statuses, deadline_items

    counts = count_statuses(assessments)
    returned = expected - len(missing)
    heads = [
        f"一、报送情况：应报送 {expected} 个单位，已报送 {returned} 个"
        + (f"，未报送 {len(missing)} 个（{'、'.join(missing)}）。" if missing else "，全部报送。"),
        f"二、指标进度：共 {len(assessments)} 项指标，" + "，".join(
            f"{STATUS_WORDS[s]} {counts[s]} 项" for s in (MET, ON_TRACK, BEHIND, SEVERE, NO_DATA, INVALID)
            if counts.get(s)) + "。",
    ]
    short = sorted((a for a in assessments if a.status in (SEVERE, BEHIND)),
                   key=lambda a: (a.status != SEVERE, _id_key(a.id)))
    lagging = [Line(f"{a.id} {_metric(catalogue, a.id)}", a.department,
                    f"目标{_amount(a.target, a.unit)}，完成{_amount(a.actual, a.unit)}，"
                    f"序时进度{_amount(a.expected, a.unit)}", STATUS_WORDS[a.status]) for a in short]
    heads.append(f"三、进度滞后的指标 {len(short)} 项（严重滞后在前）：" if short else "三、没有进度滞后的指标。")
    dated = deadline_items(catalogue, assessments, task_assessments)
    overdue = sum(1 for d in dated if d.overdue)
    watch = [Line(f"{'任务' if d.kind == 'task' else '指标'}{d.id} {d.name}", d.department,
                  f"完成时限 {d.due.month}月{d.due.day}日" if d.due.year == catalogue.year
                  else f"完成时限 {d.due.year}年{d.due.month}月{d.due.day}日",
                  "已逾期" if d.overdue else "临期") for d in dated]
    fourth = (f"四、逾期未完成的任务 {overdue} 项，临期 {len(dated) - overdue} 项：" if dated
              else "四、没有逾期未完成或临期的任务。")
    text = "\n".join([f"    {h}" for h in heads]
                     + [f"        {n}. {line.text}" for n, line in enumerate(lagging, 1)]
                     + [f"    {fourth}"] + [f"        {n}. {line.text}" for n, line in enumerate(watch, 1)])
    html_body = "".join([_paragraph(h) for h in heads] + [_card(line) for line in lagging]
                        + [_paragraph(fourth)] + [_card(line) for line in watch])
    return ReportFigures(text, html_body)


@dataclass(frozen=True)
class Line:
    """One item of the report mail: what, who, the figures, and a status word."""

    title: str
    department: str
    detail: str
    status: str

    @property
    def text(self) -> str:
        return f"{self.title}（{self.department}）：{self.detail}，{self.status}"


_STATUS_COLOURS = {"严重滞后": "#C00000", "进度滞后": "#C65911", "已逾期": "#C00000", "临期": "#C65911"}


def _paragraph(text: str) -> str:
    return f'<p style="{_FONT}margin:10px 0 6px">{html.escape(text)}</p>'


def _card(line: Line) -> str:
    """One item as a block, not a table row: a leader reads the mail on a phone 400 pixels wide,
    where a seven-column table left the status one character a line (严/重/滞/后)."""
    colour = _STATUS_COLOURS.get(line.status, "#000")
    return (f'<div style="{_FONT}border-left:4px solid {colour};padding:4px 8px;margin:6px 0 6px 8px">'
            f'<div><b>{html.escape(line.title)}</b></div>'
            f'<div style="color:#595959">{html.escape(line.department)}</div>'
            f'<div>{html.escape(line.detail)}　<span style="color:{colour};font-weight:bold;'
            f'white-space:nowrap">{html.escape(line.status)}</span></div></div>')


def _id_key(text: str) -> tuple[int, ...]:
    return tuple(int(p) if p.isdigit() else 0 for p in str(text).split("."))


def _metric(catalogue, indicator_id: str) -> str:
    try:
        return catalogue.indicator(indicator_id).metric
    except KeyError:
        try:
            return catalogue.task(int(indicator_id)).title
        except (KeyError, ValueError):
            return ""


def _amount(value, unit: str) -> str:
    if value is None:
        return "—"
    number = float(value)
    shown = f"{int(number)}" if number.is_integer() else f"{number:.2f}".rstrip("0").rstrip(".")
    return shown + unit
