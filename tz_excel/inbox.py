"""What lies in inbox/: the files to read, and the files left alone, each with its reason.

    >>> scan = scan_inbox(ws)
    >>> [a.rel for a in scan.arrivals]
    ['inbox/科技局第36周.xlsx']
    >>> [(o.file, o.issues[0].code) for o in scan.left_alone]
    [('inbox/~$科技局.xlsx', 'left-alone')]

Every regular file under inbox/ (nested folders too) is an ``Arrival``, oldest first. Its arrival
time comes from the sidecar ``<name>.meta.json`` that ``collect`` and the upload page write (with
the sender, and for an upload the department whose link it came through), else from the file's
modification time.

Left alone, never read, never moved, and listed in the merge summary with the reason: office lock
files (``~$x.xlsx``, ``.~lock.x.xlsx#``: they belong to the Excel or WPS that has the file open),
hidden and system files, unfinished downloads, symbolic links (not followed, for safety), pipes
and devices, files that cannot be opened right now (tried again next time), and a sidecar whose
workbook is gone.

A name that is not text (a Windows zip unpacked on Linux leaves GBK bytes) is shown decoded as
GB18030 where that works, and its original bytes travel with the arrival, so the ledger and the
reason file keep them.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Iterator

from .findings import WARNING, Issue
from .records import IGNORED, FileOutcome

SIDECAR_SUFFIX = ".meta.json"          # written by collect and by the upload page beside a file
PART_SUFFIX = ".tz-part"               # our own temporary copies (see archive.py)
SKIPPED_DIRS = {"__macosx", "$recycle.bin", "system volume information"}
SYSTEM_NAMES = {".ds_store", "thumbs.db", "ehthumbs.db", "desktop.ini", ".directory", "icon\r"}
DOWNLOAD_SUFFIXES = (".tmp", ".crdownload", ".part", ".download", ".partial")

LOCK_FILE = "这是 Excel、WPS 或 LibreOffice 打开文件时生成的锁定文件，文件关闭后会自动消失，程序不处理。"
HIDDEN_FILE = "这是隐藏文件或系统文件，不是报送表格，程序不处理。"
UNFINISHED = "这是尚未下载或复制完成的临时文件，程序不处理；完成后下次汇总时会自动处理。"
SYMLINK = "这是符号链接（快捷方式），出于安全考虑程序不跟随链接，请把表格文件本身放入 inbox/。"
NOT_A_FILE = "这不是普通文件（可能是管道或设备），程序不处理。"
ORPHAN_SIDECAR = "这是报送文件的附属说明（收件时间、发件人），对应的表格文件已不在 inbox/ 中，程序不处理。"


@dataclass(frozen=True)
class Arrival:
    """One file found in inbox/, on its way to the archive."""

    path: Path                     # where it lies (the name on disk, whatever its bytes)
    rel: str                       # "inbox/sub/x.xlsx": relative to the workspace, always text
    received_at: datetime          # naive local time, to the second
    sender: str = ""               # the mail's sender (collect's sidecar)
    sidecar: Path | None = None
    source: str = ""               # "web" for an upload through a department's link, else ""
    link_department: str = ""      # the department whose link it was uploaded through
    name_bytes: bytes | None = None    # the original name's bytes when they are not valid text

    @property
    def notes(self) -> tuple[Issue, ...]:
        """Findings about the arrival itself (an unusual name), kept with its outcome."""
        if self.name_bytes is None:
            return ()
        return (Issue("file-name-not-text", WARNING,
                      f"文件名不是有效的文字编码（常见于在 Windows 上压缩、在其他系统上解压的文件），"
                      f"已按“{self.rel.rpartition('/')[2]}”显示；原文件名字节为 {self.name_bytes.hex(' ')}。",
                      file=self.rel, value=self.name_bytes.hex()),)


@dataclass
class Scan:
    """The inbox as found: arrivals (oldest first) and files left alone (by path)."""

    arrivals: list[Arrival] = field(default_factory=list)
    left_alone: list[FileOutcome] = field(default_factory=list)


def scan_inbox(ws) -> Scan:
    """Every file under ``ws.inbox``: arrivals oldest first, and the files left alone."""
    scan = Scan()
    if not ws.inbox.is_dir():
        return scan
    for path, rel, listed in walk(ws.inbox, ws.root):
        if is_sidecar_of_listed(path, listed):
            continue                                  # travels with its workbook
        reason = left_alone_reason(path, listed)
        if reason:
            scan.left_alone.append(left_alone(rel, reason, sha256=_sha_or_blank(path)))
            continue
        try:
            scan.arrivals.append(arrival(path, rel, (path.name + SIDECAR_SUFFIX).casefold() in listed))
        except OSError as exc:
            scan.left_alone.append(unreadable(rel, exc.strerror or str(exc)))
    scan.arrivals.sort(key=lambda a: (a.received_at, a.rel))
    scan.left_alone.sort(key=lambda o: o.file)
    return scan


def walk(inbox: Path, root: Path) -> Iterator[tuple[Path, str, set[str]]]:
    """Every file under ``inbox``: its path, its display path relative to ``root``, and the
    case-folded names in its folder (a sidecar is looked for only where one is listed; folded, as
    Windows and macOS find a name in any case)."""
    for folder, dirs, names in os.walk(inbox):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d.lower() not in SKIPPED_DIRS)
        here = Path(folder)
        prefix = "/".join(shown_name(p) for p in here.relative_to(root).parts) + "/"
        listed = {n.casefold() for n in names}
        for name in sorted(names):
            yield here / name, prefix + shown_name(name), listed


def left_alone_reason(path: Path, listed: set[str] | None = None) -> str:
    """Why ``path`` is not read ("" when it is to be read)."""
    name = path.name
    lower = name.lower()
    if name.endswith(SIDECAR_SUFFIX):
        owner = name[: -len(SIDECAR_SUFFIX)]
        return "" if listed is not None and owner.casefold() in listed and _is_file(path.with_name(owner)) \
            else ORPHAN_SIDECAR
    if name.startswith(("~$", ".~lock.")) or (name.startswith(".~") and name.endswith("#")):
        return LOCK_FILE
    if name.startswith(".") or lower in SYSTEM_NAMES:
        return HIDDEN_FILE
    if name.endswith(("#", "~", PART_SUFFIX)) or name.startswith("~") or lower.endswith(DOWNLOAD_SUFFIXES):
        return UNFINISHED
    try:
        st = path.lstat()
    except OSError:
        return ""                     # arrival() says why it cannot be opened
    if stat.S_ISLNK(st.st_mode):
        return SYMLINK
    if not stat.S_ISREG(st.st_mode):
        return NOT_A_FILE
    if getattr(st, "st_file_attributes", 0) & (stat.FILE_ATTRIBUTE_HIDDEN | stat.FILE_ATTRIBUTE_SYSTEM):
        return HIDDEN_FILE
    return ""


def is_sidecar_of_listed(path: Path, listed: set[str]) -> bool:
    """True for a sidecar whose workbook lies beside it (it travels with that workbook)."""
    return path.name.endswith(SIDECAR_SUFFIX) and not left_alone_reason(path, listed)


def left_alone(rel: str, reason: str, sha256: str = "", code: str = "left-alone") -> FileOutcome:
    """The ledger-style record of a file left in inbox/ (never stored, only listed)."""
    return FileOutcome(file=rel, sha256=sha256, status=IGNORED,
                       issues=(Issue(code, WARNING, reason, file=rel),))


def unreadable(rel: str, why: str) -> FileOutcome:
    return left_alone(rel, f"无法读取该文件（{why}），本次未处理，下次汇总时再试。", code="unreadable-file")


def arrival(path: Path, rel: str, sidecar_listed: bool = True) -> Arrival:
    """The ``Arrival`` of ``path`` (its sidecar read when one is listed beside it)."""
    received = datetime.fromtimestamp(path.stat().st_mtime)
    sidecar = Path(str(path) + SIDECAR_SUFFIX)
    meta = read_sidecar(sidecar) if sidecar_listed and sidecar.is_file() else None
    raw = os.fsencode(path.name)
    not_text = shown_name(path.name) != path.name or not _is_utf8(raw)
    return Arrival(
        path=path, rel=rel,
        received_at=((meta or {}).get("received_at") or received).replace(microsecond=0),
        sender=(meta or {}).get("sender", ""), sidecar=sidecar if meta is not None else None,
        source=(meta or {}).get("source", ""), link_department=(meta or {}).get("department", ""),
        name_bytes=raw if not_text else None,
    )


def read_sidecar(path: Path) -> dict:
    """``received_at`` (naive local datetime), ``sender``, ``source``, ``department`` from a sidecar.

    A sidecar that cannot be read or parsed gives {} (the arrival then uses the file's time), and
    values of the wrong type are dropped rather than trusted.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    meta = {key: data[key].strip() for key in ("sender", "source", "department")
            if isinstance(data.get(key), str)}
    try:
        meta["received_at"] = naive(datetime.fromisoformat(str(data["received_at"])))
    except (KeyError, TypeError, ValueError):
        pass
    return meta


def shown_name(name: str) -> str:
    """A file or folder name as text: names holding undecodable bytes (``os`` gives them as
    surrogate escapes) are decoded as GB18030 where that works, else with replacement marks."""
    if not any("\udc80" <= ch <= "\udcff" for ch in name):
        return name
    raw = os.fsencode(name)
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        return raw.decode("utf-8", "replace")


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def naive(moment: datetime | None) -> datetime | None:
    """Local wall-clock time without tzinfo, as the ledger keeps it."""
    if moment is None or moment.tzinfo is None:
        return moment
    return moment.astimezone().replace(tzinfo=None)


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def _is_file(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.lstat().st_mode)
    except OSError:
        return False


def _sha_or_blank(path: Path) -> str:
    try:
        return file_sha256(path) if _is_file(path) else ""
    except OSError:
        return ""
