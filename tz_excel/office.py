"""The office's copy of the notice: ``init`` a workspace, load its catalogue and directory.

    >>> result = init_workspace(Workspace("office"))            # the bundled 2023 notice
    >>> print(summarize(result))                                  # a short Chinese summary
    >>> catalogue = load_catalogue(Workspace("office"))          # catalogue.xlsx, with the office's edits
    >>> directory = load_directory(Workspace("office"))

``init`` writes ``tz_excel.toml``, ``catalogue.xlsx`` and ``departments.xlsx`` and creates the
folders. It refuses to touch an existing workspace unless ``force=True``; then every file it
replaces is first copied to a dated backup (``catalogue.20231128-103000.xlsx``), and the contacts
and e-mail addresses already in ``departments.xlsx`` are kept.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass, fields
from datetime import datetime
from pathlib import Path

from .catalogue import Catalogue, write_catalogue_xlsx
from .config import DEFAULT_TOML, CalendarSettings, OfficeSettings, Settings, Workspace
from .deadlines import Calendar
from .departments import Directory, directory_from_names, read_directory, write_directory
from .errors import ConfigError, WorkspaceError

FOLDERS = ("templates", "inbox", "outbox", "archive")
REVIEW_SHOWN = 12                     # doubtful items listed in the summary; the rest are counted


@dataclass(frozen=True)
class InitResult:
    """What ``init_workspace`` did: the catalogue and directory written, and what to check."""

    workspace: Workspace
    catalogue: Catalogue
    directory: Directory
    warnings: tuple[str, ...] = ()
    written: tuple[Path, ...] = ()
    backups: tuple[Path, ...] = ()

    @property
    def needs_review(self) -> bool:
        """True when a task or indicator is flagged for the office to check in catalogue.xlsx."""
        return bool(_review_items(self.catalogue))

    @property
    def catalogue_sha(self) -> str:
        return self.catalogue.sha


def init_workspace(ws: Workspace, document: str | os.PathLike | bytes | None = None, year: int | None = None,
                   force: bool = False, now: datetime | None = None) -> InitResult:
    """Create a workspace from a notice (default: the bundled 2023 notice).

    Args:
        ws: the workspace folder (created if missing).
        document: the notice (.txt/.docx/.xlsx path or bytes).
        year: the reporting year, which also dates the notice's deadlines (6月底前 → its June 30);
            default the notice's year.
        force: replace an existing workspace's files, keeping dated backups.
        now: the time used to name backups.

    Raises:
        NoticeParseError: the notice cannot be read as a catalogue.
        WorkspaceError: the workspace exists and ``force`` is not set.
        ConfigError: no year in the notice and none given.
    """
    existing = [p for p in (ws.settings_path, ws.catalogue_path, ws.departments_path) if p.exists()]
    if existing and not force:
        raise WorkspaceError(
            f"{ws.root} 已是 tz_excel 工作区（已有 {'、'.join(p.name for p in existing)}），为免覆盖办公室的修改，"
            "未做任何改动。确需重新生成请加 --force（原文件将先备份）。", path=str(ws.root))
    kept = _office_settings(ws) if existing else Settings()
    from .notice import read_notice        # only init parses a notice; merges load catalogue.xlsx

    parsed = read_notice(_bundled() if document is None else document, Calendar.of(kept.calendar), year)
    catalogue = parsed.catalogue
    if not catalogue.year:
        raise ConfigError("无法从通知中确定年度，请用 --year 指定，例如 --year 2023。")
    directory = _directory(catalogue, ws.departments_path)
    ws.root.mkdir(parents=True, exist_ok=True)
    backups = tuple(_backup(p, now or datetime.now()) for p in existing)
    ws.settings_path.write_text(_settings_text(catalogue.year, kept.calendar), encoding="utf-8")
    write_catalogue_xlsx(ws.catalogue_path, catalogue)
    write_directory(ws.departments_path, directory)
    for folder in FOLDERS:
        (ws.root / folder).mkdir(exist_ok=True)
    ws.identity          # writes tz_excel.id, the workspace's key in a shared store; kept by --force
    written = (ws.settings_path, ws.catalogue_path, ws.departments_path)
    return InitResult(ws, catalogue, directory, tuple(parsed.warnings), written, backups)


def _office_settings(ws: Workspace) -> Settings:
    """The office's settings before ``--force`` replaces the file: its [calendar] dates the deadlines."""
    try:
        return Settings.load(ws.settings_path)
    except ConfigError:
        return Settings()                                  # unreadable: the backup keeps it


def _settings_text(year: int, calendar: CalendarSettings) -> str:
    """DEFAULT_TOML with the office's [calendar] dates, so re-parsing keeps what the office set."""
    text = DEFAULT_TOML.format(office_name=OfficeSettings().name, year=year)
    head, sep, block = text.partition("\n[calendar]")
    for f in fields(calendar):
        block = re.sub(rf'(?m)^{f.name} = "[^"]*"', f'{f.name} = "{getattr(calendar, f.name)}"', block)
    return head + sep + block


def _bundled():
    from . import BUNDLED_NOTICE

    return BUNDLED_NOTICE


def _directory(catalogue: Catalogue, path: Path) -> Directory:
    """A first directory from the catalogue's names, keeping every row the office already has."""
    fresh = directory_from_names(catalogue.department_names())
    if not path.exists():
        return fresh
    try:
        kept = read_directory(path)
    except ConfigError:
        return fresh                                       # unreadable: the backup keeps it
    added = [d for d in fresh if kept.get(d.name) is None]
    return Directory(tuple(kept) + tuple(added))


def _backup(path: Path, now: datetime) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{stamp}{path.suffix}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.stem}.{stamp}-{n}{path.suffix}")
    shutil.copy2(path, target)
    return target


# -- summaries for the terminal --------------------------------------------------------------------

def summarize(result: InitResult) -> str:
    """A short Chinese account of ``init``: where, what was found, what to check next."""
    lines = [f"已建立工作区：{result.workspace.root}"]
    lines += [f"  已写入 {p.name}" for p in result.written]
    lines += [f"  原文件已备份为 {p.name}" for p in result.backups]
    lines.append(summarize_catalogue(result.catalogue))
    if result.warnings:
        lines.append("解析提示：")
        lines += [f"  {w}" for w in result.warnings[:REVIEW_SHOWN]]
        if len(result.warnings) > REVIEW_SHOWN:
            lines.append(f"  另有 {len(result.warnings) - REVIEW_SHOWN} 条提示。")
    lines.append("下一步：请在 catalogue.xlsx 中核对标黄的行，在 departments.xlsx 中补全各单位联系人和邮箱。")
    return "\n".join(lines)


def summarize_catalogue(catalogue: Catalogue) -> str:
    """Sections, tasks, indicators, departments, and the first items needing review."""
    indicators = list(catalogue.indicators())
    heading = f"《{catalogue.short_title}》" if catalogue.short_title else catalogue.title
    extra = "，".join(x for x in (catalogue.doc_number, catalogue.date) if x)
    lines = [f"任务清单：{heading}" + (f"（{extra}）" if extra else ""),
             f"  {len(catalogue.sections)} 个部分，{len(catalogue.tasks)} 项任务，{len(indicators)} 个量化指标，"
             f"涉及 {len(catalogue.department_names())} 个责任单位（含统称）。"]
    dated = [t for t in catalogue.tasks if t.due], [i for i in indicators if i.due]
    if any(dated):
        lines.append(f"  完成时限早于年底的：任务 {len(dated[0])} 项，指标 {len(dated[1])} 个（其余按年底前）。")
    review = _review_items(catalogue)
    if not review:
        lines.append("  无需复核的条目。")
        return "\n".join(lines)
    tasks = sum(1 for kind, _ in review if kind == "task")
    lines.append(f"  需复核：任务 {tasks} 项，指标 {len(review) - tasks} 个（catalogue.xlsx 中标黄）：")
    lines += [f"    {text}" for _, text in review[:REVIEW_SHOWN]]
    if len(review) > REVIEW_SHOWN:
        lines.append(f"    …… 另有 {len(review) - REVIEW_SHOWN} 条。")
    return "\n".join(lines)


def _review_items(catalogue: Catalogue) -> list[tuple[str, str]]:
    """("task" | "indicator", a Chinese line naming the item and why it needs checking)."""
    items = []
    for task in catalogue.tasks:
        if task.needs_review:
            items.append(("task", f"任务{task.no}“{task.title}”：{task.review or '请核对'}"))
        for ind in task.indicators:
            if ind.needs_review:
                why = f"：{ind.review}" if ind.review else ""
                items.append(("indicator", f"指标{ind.id}：{ind.source}（目标 {ind.target}{ind.unit}）{why}"))
    return items


# -- loading -----------------------------------------------------------------------------------------

def load_catalogue(ws: Workspace) -> Catalogue:
    """The workspace's catalogue: ``catalogue.xlsx`` as the office left it."""
    from .catalogue import read_catalogue_xlsx

    ws.require()
    # 完成时限 typed as words (秋季开学前) in catalogue.xlsx are dated by the office's [calendar].
    return read_catalogue_xlsx(ws.catalogue_path, ws.settings.calendar)


def load_directory(ws: Workspace) -> Directory:
    """The workspace's department directory, ``departments.xlsx``."""
    return read_directory(ws.departments_path)


__all__ = ["InitResult", "init_workspace", "load_catalogue", "load_directory", "summarize", "summarize_catalogue"]
