"""Office settings (``tz_excel.toml``) and the workspace layout.

    >>> ws = Workspace("/path/to/office")          # or Workspace.cwd()
    >>> ws.settings.assess.tolerance
    0.05
    >>> ws.templates_dir(Period.parse("2023-W36"))
    PosixPath('/path/to/office/templates/2023-W36')
    >>> ws.identity                                  # its key in a shared history store (tz_excel.id)
    '3f2c9a…'

Every key of ``tz_excel.toml`` is optional; ``DEFAULT_TOML`` is the commented file ``init`` writes.
Secrets never live in the workspace: passwords come from environment variables.
"""

from __future__ import annotations

import os
import re
import tomllib
import uuid
from dataclasses import dataclass, field, fields
from datetime import date
from pathlib import Path
from typing import Any

from .errors import ConfigError, WorkspaceError
from .periods import (
    CADENCE_WORDS, DEFAULT_DEADLINES, DEFAULT_STEPS, WEEK, Period, check_cadence_name, check_schedule,
    deadline_rule,
)

SMTP_PASSWORD_ENV = "TZ_EXCEL_SMTP_PASSWORD"
IMAP_PASSWORD_ENV = "TZ_EXCEL_IMAP_PASSWORD"
SHEET_PASSWORD_ENV = "TZ_EXCEL_SHEET_PASSWORD"
WEB_PASSWORD_ENV = "TZ_EXCEL_WEB_PASSWORD"
STORE_PASSWORD_ENV = "TZ_EXCEL_STORE_PASSWORD"


@dataclass(frozen=True)
class OfficeSettings:
    name: str = "滕州市推动绿色低碳高质量发展领导小组办公室"
    host: str = "市发改局"                 # where the office is housed
    contact: str = ""                      # 联系人
    phone: str = ""
    email: str = ""
    year: int | None = None               # default: the catalogue's year
    start: date | None = None             # default: 1 January of the year
    end: date | None = None               # default: 31 December of the year
    cadence: str = WEEK                   # "week" | "month" | "quarter": one per reporting year
    deadline: str = ""                    # empty: the cadence's default (periods.DEFAULT_DEADLINES)

    def __post_init__(self) -> None:
        if not self.deadline and self.cadence in DEFAULT_DEADLINES:
            object.__setattr__(self, "deadline", DEFAULT_DEADLINES[self.cadence])

    def year_bounds(self, catalogue_year: int) -> tuple[date, date]:
        year = self.year or catalogue_year
        return self.start or date(year, 1, 1), self.end or date(year, 12, 31)


@dataclass(frozen=True)
class AssessSettings:
    tolerance: float = 0.05               # on_track when actual ≥ expected × (1 − tolerance)
    severe_below: float = 0.6             # severe when actual < expected × severe_below
    approx: float = 0.05                  # "~" (左右) targets are met within this share
    not_started_until_month: int = 6      # 未启动 counts as on_track until this month, then behind
    far_beyond: float = 10.0              # a value more than this × target is flagged
    # Whole-number counts (个, 家, 处 …) up to this target are judged in whole units (milestones).
    # Below 1 / tolerance = 20 units one unit is more than the tolerance, so a fractional 序时进度
    # (3.47 of 5 处) would call a department that is exactly on schedule in whole units behind.
    milestone_max: int = 20
    overdue_severe_after: int = 2         # past the deadline and unmet: behind this many periods, then severe
    due_soon_periods: int = 2             # due within this many coming periods and not done: 临期


@dataclass(frozen=True)
class SmtpSettings:
    host: str = ""                        # empty: mail is written as .eml under outbox/<period>/mail/
    port: int = 587
    user: str = ""
    security: str = "starttls"            # "starttls" | "ssl" | "none"
    sender: str = ""
    timeout: float = 30.0
    retries: int = 3
    backoff: float = 5.0                  # seconds before the first retry after a 4xx; doubles each time

    @property
    def password(self) -> str:
        return os.environ.get(SMTP_PASSWORD_ENV, "")


@dataclass(frozen=True)
class ImapSettings:
    host: str = ""
    port: int = 993
    user: str = ""
    folder: str = "INBOX"
    security: str = "ssl"                 # "ssl" | "starttls" | "none"
    timeout: float = 30.0

    @property
    def password(self) -> str:
        return os.environ.get(IMAP_PASSWORD_ENV, "")


@dataclass(frozen=True)
class ReportSettings:
    recipients: tuple[str, ...] = ()


@dataclass(frozen=True)
class ScheduleSettings:
    """When the automatic steps run, relative to each period (periods.step_time); empty: the
    cadence's default (periods.DEFAULT_STEPS), filled in by ``Settings``."""

    send: str = ""
    remind: str = ""
    merge: str = ""

    def for_cadence(self, cadence: str) -> "ScheduleSettings":
        """These times with the empty ones replaced by ``cadence``'s defaults."""
        defaults = DEFAULT_STEPS.get(cadence, DEFAULT_STEPS[WEEK])
        return ScheduleSettings(*(own or default for own, default in
                                  zip((self.send, self.remind, self.merge), defaults)))

    def as_dict(self) -> dict[str, str]:
        return {"send": self.send, "remind": self.remind, "merge": self.merge}


@dataclass(frozen=True)
class MergeSettings:
    """Limits of the processes that read returned workbooks (a file beyond them is rejected)."""

    reader_memory_mb: int = 2048          # address space of one reader process
    reader_seconds: float = 120.0         # time one file may take to read


@dataclass(frozen=True)
class StoreSettings:
    url: str = ""                         # SQLAlchemy URL; default sqlite:///<workspace>/history.sqlite

    @property
    def password(self) -> str:
        """The database password, set into the URL by the store (never written to a file)."""
        return os.environ.get(STORE_PASSWORD_ENV, "")


@dataclass(frozen=True)
class FormSettings:
    protect: bool = True                  # protect the sheet; password from TZ_EXCEL_SHEET_PASSWORD if set

    @property
    def password(self) -> str:
        return os.environ.get(SHEET_PASSWORD_ENV, "")


@dataclass(frozen=True)
class WebSettings:
    """The intranet page (``tz-excel serve``); the office password comes from TZ_EXCEL_WEB_PASSWORD."""

    host: str = "127.0.0.1"               # the address the server listens on; 0.0.0.0 for the whole intranet
    port: int = 8300
    base_url: str = ""                    # what clerks type, e.g. "http://10.20.30.40:8300"; links in mail when set
    max_upload_mb: float = 10.0           # a return is ~20 KB; larger uploads are refused while they arrive
    threads: int = 4                      # requests handled at once (waitress worker threads)
    login_attempts: int = 5               # wrong office passwords from one address before a pause
    login_pause_minutes: int = 15         # how long that address must wait

    @property
    def password(self) -> str:
        return os.environ.get(WEB_PASSWORD_ENV, "")


@dataclass(frozen=True)
class MailSettings:
    """Subjects and bodies with placeholders {department} {period} {period_label} {deadline}
    {office} {contact} {phone} {email}; the report body also takes {summary} (headline figures),
    the feedback body {issues} (the findings, one per line)."""

    send_subject: str = "【请报送】{period_label}重点任务推进情况表（{department}）"
    send_body: str = (
        "{department}：\n\n"
        "    现将{period_label}重点任务推进情况表发给你们，请于{deadline}前填报后回复本邮件报送。"
        "请在附件表格中填写，勿修改表格结构、文件中的隐藏页和锁定单元格；文件可重命名。\n\n"
        "    联系人：{contact}　电话：{phone}\n\n{office}\n"
    )
    remind_subject: str = "【催报】{period_label}重点任务推进情况表尚未报送（{department}）"
    remind_body: str = (
        "{department}：\n\n"
        "    截至目前，尚未收到贵单位{period_label}重点任务推进情况表。请于{deadline}前报送，"
        "如已报送请忽略本提醒。\n\n    联系人：{contact}　电话：{phone}\n\n{office}\n"
    )
    report_subject: str = "{period_label}重点任务推进情况汇总"
    report_body: str = (
        "各位领导：\n\n    现将{period_label}重点任务推进情况汇总表报上，主要情况如下，详见附件。\n\n"
        "{summary}\n\n{office}\n"
    )
    feedback_subject: str = "【请修改】{period_label}重点任务推进情况表校验问题（{department}）"
    feedback_body: str = (
        "{department}：\n\n    贵单位报送的{period_label}重点任务推进情况表经校验存在以下问题：\n\n{issues}\n\n"
        "    以上问题已在附件表格中用颜色标出并附批注，表内“问题清单”页逐条列明。请在附件表格中直接修改后，"
        "尽快回复本邮件重新报送（本期报送截止时间：{deadline}）。\n\n    联系人：{contact}　电话：{phone}\n\n{office}\n"
    )


@dataclass(frozen=True)
class CalendarSettings:
    """Dates (MM-DD) of the named moments notices set deadlines by: 秋季开学前, 汛期前, 国庆前 …
    (the notice reader turns them into each task's or target's 完成时限)."""

    autumn_term: str = "08-31"            # 秋季开学前
    spring_term: str = "02-28"            # 春季开学前
    flood_season: str = "05-31"           # 汛期前 / 汛前
    national_day: str = "09-30"           # 国庆前
    spring_festival: str = "01-31"        # 春节前 (set it for the year: the festival moves)
    new_year: str = "12-31"               # 元旦前

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            try:
                month, day = (int(x) for x in str(value).split("-"))
                date(2024, month, day)                 # a leap year, so 02-29 is allowed
            except ValueError:
                raise ConfigError(f"tz_excel.toml：[calendar] {f.name} 应为“月-日”，例如 08-31，当前为“{value}”。",
                                  path="tz_excel.toml") from None


@dataclass(frozen=True)
class Settings:
    office: OfficeSettings = field(default_factory=OfficeSettings)
    assess: AssessSettings = field(default_factory=AssessSettings)
    smtp: SmtpSettings = field(default_factory=SmtpSettings)
    imap: ImapSettings = field(default_factory=ImapSettings)
    report: ReportSettings = field(default_factory=ReportSettings)
    schedule: ScheduleSettings = field(default_factory=ScheduleSettings)
    store: StoreSettings = field(default_factory=StoreSettings)
    merge: MergeSettings = field(default_factory=MergeSettings)
    forms: FormSettings = field(default_factory=FormSettings)
    mail: MailSettings = field(default_factory=MailSettings)
    calendar: CalendarSettings = field(default_factory=CalendarSettings)
    web: WebSettings = field(default_factory=WebSettings)

    def __post_init__(self) -> None:
        # Step times default by cadence, so the office can switch a new year's cadence in one line.
        object.__setattr__(self, "schedule", self.schedule.for_cadence(self.office.cadence))

    @classmethod
    def from_dict(cls, data: dict[str, Any], source: str = "tz_excel.toml") -> "Settings":
        """Build settings from parsed TOML; unknown sections or keys raise ConfigError."""
        parts = {}
        for f in fields(cls):
            section = data.get(f.name, {})
            if not isinstance(section, dict):
                raise ConfigError(f"{source}：[{f.name}] 应为一个设置段。", path=source)
            parts[f.name] = _build_section(f.default_factory, f.name, section, source)
        unknown = set(data) - {f.name for f in fields(cls)}
        if unknown:
            raise ConfigError(f"{source}：无法识别的设置段 {', '.join(sorted(unknown))}。", path=source)
        settings = cls(**parts)
        check_calendar(settings, source)
        return settings

    @classmethod
    def load(cls, path: str | os.PathLike) -> "Settings":
        """Read ``tz_excel.toml``; a missing file gives the defaults."""
        path = Path(path)
        if not path.exists():
            return cls()
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path.name} 格式有误：{exc}", path=str(path)) from exc
        return cls.from_dict(data, source=path.name)


def _build_section(factory, name: str, values: dict, source: str):
    defaults = factory()
    known = {f.name: f for f in fields(defaults)}
    kwargs = {}
    for key, value in values.items():
        if key not in known:
            raise ConfigError(f"{source}：[{name}] 中无法识别的设置项 {key}。", path=source)
        default = getattr(defaults, key)
        kwargs[key] = _coerce(value, default, f"[{name}] {key}", source)
    return type(defaults)(**kwargs)


def _coerce(value, default, where: str, source: str):
    if isinstance(default, tuple):
        if isinstance(value, str):
            value = [value]
        return tuple(str(v) for v in value)
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ConfigError(f"{source}：{where} 应为 true 或 false。", path=source)
        return value
    if isinstance(default, (int, float)) and not isinstance(default, bool):
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise ConfigError(f"{source}：{where} 应为数字，当前为“{value}”。", path=source)
        return type(default)(value) if isinstance(default, float) else value
    if where.endswith((" start", " end")):
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            raise ConfigError(f"{source}：{where} 应为日期，例如 2023-01-01。", path=source) from None
    if where.endswith(" year"):
        return int(value)
    return value


def check_calendar(settings: "Settings", source: str = "tz_excel.toml") -> None:
    """Check that ``[office] cadence``/``deadline``, ``[schedule]`` and the calendar keys of
    ``[assess]`` fit together; raise ConfigError naming the key otherwise."""
    office = settings.office
    try:
        check_cadence_name(office.cadence)
    except ConfigError as exc:
        raise ConfigError(f"{source}：{exc.message}", path=source) from None
    word = CADENCE_WORDS[office.cadence]
    try:
        deadline_rule(office.deadline, office.cadence)
    except ConfigError as exc:
        raise ConfigError(f"{source}：[office] deadline：{exc.message}删除此项则按{word}报送的默认值 "
                          f"\"{DEFAULT_DEADLINES[office.cadence]}\"。", path=source) from None
    try:
        check_schedule(office.cadence, office.deadline, settings.schedule.as_dict())
    except ConfigError as exc:
        raise ConfigError(f"{source}：[schedule]：{exc.message}删除 [schedule] 中的各项则使用按{word}报送的默认时间。",
                          path=source) from None
    rules = settings.assess
    for key in ("milestone_max", "overdue_severe_after", "due_soon_periods"):
        value = getattr(rules, key)
        if not float(value).is_integer() or value < 0:
            raise ConfigError(f"{source}：[assess] {key} 应为不小于0的整数，当前为“{value}”。", path=source)


DEFAULT_TOML = '''\
# tz_excel 办公室设置。Every key is optional; the values shown are the defaults.
# Passwords never go here: set TZ_EXCEL_SMTP_PASSWORD / TZ_EXCEL_IMAP_PASSWORD /
# TZ_EXCEL_SHEET_PASSWORD / TZ_EXCEL_WEB_PASSWORD / TZ_EXCEL_STORE_PASSWORD in the environment instead.

[office]
name = "{office_name}"
host = "市发改局"            # the department that houses the office
contact = ""                 # 联系人, shown in templates and mail
phone = ""
email = ""
# year = {year}              # default: the catalogue's year
# start = {year}-01-01       # the reporting year, for 序时进度
# end = {year}-12-31
cadence = "week"             # "week" (2023-W36), "month" (2023-09) or "quarter" (2023-Q3); one a year
# deadline = "Fri 17:00"     # default by cadence: week "Fri 17:00" (the week's Friday); month
                             # "next 5 17:00" (5th of the next month); quarter "30 17:00" (30th of the
                             # quarter's last month). Also "next Mon 12:00", "25 17:00", "last 17:00".

[assess]
tolerance = 0.05             # on_track when actual >= expected x (1 - tolerance)
severe_below = 0.6           # severe when actual < expected x severe_below
approx = 0.05                # targets with 左右 are met within this share
not_started_until_month = 6  # 未启动 counts as on track until this month, then behind
far_beyond = 10.0            # a value more than this x the target is flagged
milestone_max = 20           # whole-number counts (个, 家, 处 ...) up to this are judged in whole units
overdue_severe_after = 2     # unmet past the deadline: behind for this many periods, then severe
due_soon_periods = 2         # due within this many coming periods and not done: flagged 临期

[smtp]
host = ""                    # empty: mail is written as .eml files under outbox/<period>/mail/
port = 587
user = ""
security = "starttls"        # "starttls", "ssl" or "none"
sender = ""

[imap]
host = ""
port = 993
user = ""
folder = "INBOX"
security = "ssl"             # "ssl", "starttls" or "none"

[report]
recipients = []              # leaders who receive the consolidated workbook

[schedule]
# When the automatic steps run for each period. Defaults by cadence:
#   week:    send = "monday 09:00"       remind = "thursday 15:00"    merge = "friday 18:00"
#   month:   send = "deadline-7 09:00"   remind = "deadline-1 15:00"  merge = "deadline 18:00"
#   quarter: send = "deadline-10 09:00"  remind = "deadline-2 15:00"  merge = "deadline 18:00"
# Also "start+N HH:MM" (N days after the period's first day) and "end-N HH:MM" (its last day).
# Each merge must come before the next period's send.
# send = "monday 09:00"
# remind = "thursday 15:00"
# merge = "friday 18:00"

[store]
url = ""                     # SQLAlchemy URL; empty: history.sqlite in the workspace. A shared PostgreSQL:
                             # "postgresql+psycopg://user@host:5432/dbname" (TZ_EXCEL_STORE_PASSWORD)

[merge]
reader_memory_mb = 2048      # memory one reader process may use; a file needing more is rejected
reader_seconds = 120         # time one file may take to read; a file taking longer is rejected

[forms]
protect = true               # lock everything but the input cells

[calendar]                   # dates (月-日) of the moments notices set deadlines by; init reads them
autumn_term = "08-31"       # 秋季开学前
spring_term = "02-28"       # 春季开学前
flood_season = "05-31"      # 汛期前
national_day = "09-30"      # 国庆前
spring_festival = "01-31"   # 春节前 (the festival moves: set it for the year)
new_year = "12-31"          # 元旦前

[web]                        # tz-excel serve: clerks upload on the intranet (password: TZ_EXCEL_WEB_PASSWORD)
host = "127.0.0.1"           # "0.0.0.0" to serve the whole intranet
port = 8300
base_url = ""                # e.g. "http://10.20.30.40:8300": send and remind then carry each department's link
max_upload_mb = 10           # uploads past this are refused while they arrive (a return is ~20 KB)
threads = 4                  # requests served at once
login_attempts = 5           # wrong office passwords from one address before it must wait
login_pause_minutes = 15
'''


class Workspace:
    """The office's folder: settings, catalogue, directory, templates, inbox, archive, outbox."""

    SETTINGS = "tz_excel.toml"
    CATALOGUE = "catalogue.xlsx"
    DEPARTMENTS = "departments.xlsx"
    HISTORY = "history.sqlite"
    IDENTITY = "tz_excel.id"

    def __init__(self, root: str | os.PathLike = ".") -> None:
        self.root = Path(root).resolve()
        self._settings: Settings | None = None
        self._identity: str | None = None

    def __repr__(self) -> str:
        return f"Workspace({str(self.root)!r})"

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = Settings.load(self.settings_path)
        return self._settings

    settings_path = property(lambda self: self.root / self.SETTINGS)
    catalogue_path = property(lambda self: self.root / self.CATALOGUE)
    departments_path = property(lambda self: self.root / self.DEPARTMENTS)
    inbox = property(lambda self: self.root / "inbox")
    archive = property(lambda self: self.root / "archive")
    rejected = property(lambda self: self.root / "archive" / "rejected")

    def templates_dir(self, period: Period) -> Path:
        return self.root / "templates" / str(period)

    def outbox(self, period: Period) -> Path:
        return self.root / "outbox" / str(period)

    def mail_dir(self, period: Period) -> Path:
        return self.outbox(period) / "mail"

    @property
    def store_url(self) -> str:
        return self.settings.store.url or f"sqlite:///{self.root / self.HISTORY}"

    identity_path = property(lambda self: self.root / self.IDENTITY)

    @property
    def identity(self) -> str:
        """This workspace's id in the history store, from ``tz_excel.id`` (created on first use).

        A shared database keeps each workspace's rows under this id. It lives in a file of its own
        in the workspace, so it travels with the folder when it is moved, copied or restored on
        another machine (a path or host name would change), and it is not in ``tz_excel.toml``,
        which the office edits, copies between offices and ``init --force`` rewrites. ``init``
        writes it; an older workspace gets one the first time its store is opened.

        Raises:
            ConfigError: the file holds something other than one id.
            WorkspaceError: the file is missing and cannot be written.
        """
        if self._identity is None:
            path = self.identity_path
            self._identity = read_identity(path) if path.exists() else create_identity(path)
        return self._identity

    def require(self) -> None:
        """Raise ConfigError unless ``init`` has been run here."""
        if not self.catalogue_path.exists():
            raise ConfigError(
                f"目录 {self.root} 不是 tz_excel 工作区（缺少 {self.CATALOGUE}），请先运行 tz-excel init。",
                path=str(self.root),
            )


IDENTITY_HEADER = "# tz_excel 工作区标识：历史库凭此区分各工作区的数据。请勿修改或删除；移动或复制工作区时一并保留。"
_IDENTITY_RE = re.compile(r"[A-Za-z0-9._-]{1,64}")


def read_identity(path: Path) -> str:
    """The id in a ``tz_excel.id`` file: its one line that is not blank and not a ``#`` comment."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"无法读取工作区标识文件 {path}：{exc}", path=str(path)) from exc
    ids = [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    if len(ids) != 1 or not _IDENTITY_RE.fullmatch(ids[0]):
        raise ConfigError(
            f"工作区标识文件 {path.name} 内容有误：应只有一行标识（字母、数字、“-”“_”“.”，不超过64个字符），"
            f"当前为“{'；'.join(ids)[:80]}”。请从备份中恢复该文件；历史库中的数据按此标识存放。", path=str(path))
    return ids[0]


def create_identity(path: Path) -> str:
    """Write a new random id to ``path`` unless another process got there first; return the id kept.

    The file appears whole or not at all (written aside, then hard-linked into place, which fails
    when the name exists), so two processes starting in an older workspace agree on one id.
    """
    text = f"{IDENTITY_HEADER}\n{uuid.uuid4().hex}\n"
    aside = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(aside, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        try:
            os.link(aside, path)
        except FileExistsError:
            pass
        except OSError:                       # no hard links on this disk (some network shares)
            try:
                with open(path, "x", encoding="utf-8") as f:
                    f.write(text)
            except FileExistsError:
                pass
    except OSError as exc:
        raise WorkspaceError(f"无法在 {path.parent} 写入工作区标识文件 {path.name}：{exc}", path=str(path)) from exc
    finally:
        aside.unlink(missing_ok=True)
    return read_identity(path)
