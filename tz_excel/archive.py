"""archive/: names for the files a merge decided, and moving them there without ever losing one.

    >>> namer = ArchiveNamer(ws.root, taken=store_names)
    >>> namer.name(("archive", "2023-W36"), "inbox/科技局.xlsx", arrived, sha, owner="市科技局")
    'archive/2023-W36/市科技局__科技局__20230905-100000__dbbda192.xlsx'
    >>> staged, failed = stage_all(ws.root, jobs)        # hidden temporary copies
    >>> publish(staged)                                   # one sync, renames, one sync

An archive name starts with the department, keeps the original name, the arrival time and a
short hash, so a person finds a file by who sent it and what the clerk called it; a period's
returns share one folder (archive/<period>/), sorted by department. Every part is bounded in
bytes, not characters (a Linux name holds 255 bytes; 关于报送 ×18 is 216), and made of text only.

Crash safety: each file is first copied (a hard link where the disk allows it) to a hidden
temporary name beside its archive name; one sync makes all copies durable; then each is renamed
into place, and a second sync makes the renames durable. The inbox is not touched here: the merge
removes inbox files only after the ledger has committed. A run killed at any point leaves every
file either still in inbox/ (its temporary copy is removed by the next run,
``remove_partial_copies``) or archived under the name the next run will choose again.
"""

from __future__ import annotations

import logging
import os
import shutil
from dataclasses import dataclass
from functools import lru_cache
from datetime import datetime
from pathlib import Path
from typing import Iterable

from .faults import crash_point
from .inbox import PART_SUFFIX, SIDECAR_SUFFIX, file_sha256
from .records import REJECTED, STATUS_WORDS, FileOutcome

log = logging.getLogger("tz_excel")

REASON_SUFFIX = ".reason.txt"
NAME_MAX = 255                         # bytes in a file name (Linux, macOS; Windows counts 255 UTF-16 units)
OVERHEAD = 66                          # "__YYYYmmdd-HHMMSS__sha8" 27, "__n" 6, extension 13,
                                       # ".reason.txt" 11, the temporary "." + ".tz-part" 9
FOLDER_BYTES = 120                     # a folder named after a period
OWNER_BYTES = 60                       # the department an archive name starts with
STEM_BYTES = 150                       # the original name's stem, at most
_BAD_PATH_CHARS = str.maketrans({c: "_" for c in '/\\:*?"<>|\0'})


@dataclass(frozen=True)
class ArchiveJob:
    """One decided file to archive: where it lies, where it goes, what travels with it."""

    source: Path
    archived_as: str               # relative to the workspace
    sidecar: Path | None = None
    reason: str | None = None      # text of the reason file (rejected files)


class ArchiveNamer:
    """Gives out free archive names; deterministic for the same inbox, so a run killed after
    copying chooses the same names again and reuses its own copies."""

    def __init__(self, root: Path, taken: Iterable[str] = ()) -> None:
        self.root = root
        self.taken = set(taken)

    def name(self, folder: tuple[str, ...], rel: str, received_at: datetime, sha256: str,
             owner: str = "") -> str:
        """A free name under ``folder`` (first part literal, the rest made safe) for ``rel``,
        starting with ``owner`` (the department) when given."""
        parts = [folder[0]] + [safe_component(p, FOLDER_BYTES) for p in folder[1:]]
        stem, ext = os.path.splitext(rel.rpartition("/")[2])
        ext = ("." + safe_component(ext[1:], 12)) if ext else ""
        lead = f"{safe_component(owner, OWNER_BYTES)}__" if owner else ""
        room = min(STEM_BYTES, NAME_MAX - OVERHEAD - len(lead.encode()))
        base = f"{lead}{safe_component(stem, room)}__{received_at:%Y%m%d-%H%M%S}__{sha256[:8]}"
        for n in range(1, 10_000):
            candidate = "/".join(parts + [f"{base}{'' if n == 1 else f'__{n}'}{ext}"])
            if self._free(candidate, sha256):
                self.taken.add(candidate)
                return candidate
        raise OSError(f"no free archive name for {rel}")

    def _free(self, candidate: str, sha256: str) -> bool:
        """Not given out yet, and nothing lies there (or the same bytes, copied by a killed run)."""
        if candidate in self.taken:
            return False
        target = self.root / candidate
        return not os.path.lexists(target) or same_bytes(target, sha256)


@lru_cache(maxsize=4096)            # the same department and period names, file after file
def safe_component(text: str, max_bytes: int) -> str:
    """A file or folder name from untrusted text: no separators or control characters, no
    leading dots, never empty, at most ``max_bytes`` in UTF-8 (cut at a character boundary)."""
    cleaned = "".join(ch for ch in str(text).translate(_BAD_PATH_CHARS)
                      if ch >= " " and not "\ud800" <= ch <= "\udfff").strip().lstrip(".")
    data = cleaned.encode("utf-8")[:max_bytes]
    return data.decode("utf-8", "ignore").strip() or "_"


def stage_all(root: Path, jobs: list[ArchiveJob], made: set[Path] | None = None
              ) -> tuple[list[tuple[Path, Path]], list[tuple[ArchiveJob, OSError]]]:
    """Copy every job (its sidecar, its reason file) to hidden temporary names beside its archive name.

    Returns the staged (temporary, final) pairs and the jobs that could not be staged, with the
    error; a failed job leaves nothing behind. ``made``: folders known to exist (kept up to date),
    so a period's thousand returns ask for their folder once.
    """
    staged, failed = [], []
    made = set() if made is None else made
    for job in jobs:
        pairs: list[tuple[Path, Path]] = []
        try:
            final = root / job.archived_as
            if final.parent not in made:
                final.parent.mkdir(parents=True, exist_ok=True)
                made.add(final.parent)
            if not os.path.lexists(final):      # else: copied by a run killed before recording
                pairs.append(_copy_to_part(job.source, final))
            if job.sidecar is not None:
                pairs.append(_copy_to_part(job.sidecar, Path(str(final) + SIDECAR_SUFFIX)))
            if job.reason is not None:
                pairs.append(_write_part(Path(str(final) + REASON_SUFFIX), job.reason))
        except OSError as exc:
            for part, _ in pairs:
                part.unlink(missing_ok=True)
            failed.append((job, exc))
            continue
        staged.extend(pairs)
    return staged, failed


def publish(staged: list[tuple[Path, Path]]) -> None:
    """Make the staged copies durable, rename them into place, make the renames durable."""
    flush([part for part, _ in staged])
    for part, final in staged:
        if not os.path.lexists(part) and os.path.lexists(final):
            continue                       # published already (a retry after the store refused)
        os.replace(part, final)
        crash_point("rename")
    flush_folders({final.parent for _, final in staged})


def _copy_to_part(source: Path, final: Path) -> tuple[Path, Path]:
    """Copy ``source`` beside ``final`` under a hidden temporary name.

    A hard link is the copy where the file system allows one (inbox/ and archive/ are normally on
    the same disk): no bytes are duplicated, the arrival time stays on the file, and removing the
    inbox name later leaves the archived one. Elsewhere the bytes are copied, mtime included.
    """
    part = final.with_name(f".{final.name}{PART_SUFFIX}")
    part.unlink(missing_ok=True)
    try:
        os.link(source, part)                  # symbolic links never get here: the scan leaves them alone
    except (OSError, NotImplementedError):
        shutil.copy2(source, part)
    crash_point("copy")
    return part, final


def _write_part(final: Path, text: str) -> tuple[Path, Path]:
    part = final.with_name(f".{final.name}{PART_SUFFIX}")
    part.write_text(text, encoding="utf-8")
    return part, final


def flush(paths: list[Path]) -> None:
    """Make the data of ``paths`` durable: one sync of everything beats an fsync per file."""
    if not paths:
        return
    if hasattr(os, "sync"):
        os.sync()
        return
    for path in paths:
        with open(path, "rb+") as f:
            os.fsync(f.fileno())


def flush_folders(folders: Iterable[Path]) -> None:
    """Make renames and removals in ``folders`` durable (one sync where there is one; Windows
    cannot open a folder to fsync it, and its rename is durable once it returns)."""
    folders = set(folders)
    if not folders:
        return
    if hasattr(os, "sync"):
        os.sync()
        return
    for folder in sorted(folders):
        sync_folder(folder)


def sync_folder(folder: Path) -> None:
    """Make renames in one folder durable (Windows cannot open a folder; its renames are durable)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_from_inbox(paths: Iterable[tuple[Path, Path | None]]) -> None:
    """Remove archived and recorded files (and their sidecars) from inbox/: the sidecar first, so
    a kill in between leaves the workbook, which the next run recognises as already archived."""
    folders = set()
    for path, sidecar in paths:
        try:
            if sidecar is not None:
                sidecar.unlink(missing_ok=True)
            path.unlink(missing_ok=True)
        except OSError as exc:             # archived and recorded: the next run only clears it
            log.warning("could not remove %s from inbox/: %s", path, exc)
        folders.add(path.parent)
        crash_point("remove")
    flush_folders(folders)


def remove_partial_copies(archive: Path) -> None:
    """Remove temporary copies a killed run left in archive/ (their originals are still in inbox/)."""
    if archive.is_dir():
        for path in archive.rglob(f".*{PART_SUFFIX}"):
            path.unlink(missing_ok=True)


def reason_text(outcome: FileOutcome) -> str:
    """The Chinese reason file beside a rejected file (or a duplicate of one)."""
    lines = [
        f"原文件：{outcome.file}",
        f"收到时间：{_when(outcome.received_at)}",
        f"SHA-256：{outcome.sha256}",
        f"处理结果：{STATUS_WORDS[outcome.status]}，未计入汇总。",
        "原因：",
    ]
    lines += [f"  {n}. {i.message}" + (f"（单元格 {i.cell}）" if i.cell else "")
              for n, i in enumerate(outcome.issues, 1)]
    lines.append("请按上述原因修改后，使用本办下发的填报模板重新报送；如有疑问请与办公室联系。")
    return "\n".join(lines) + "\n"


def needs_reason(outcome: FileOutcome) -> bool:
    """Rejected files, and copies filed beside a rejected file, get a reason file."""
    return outcome.status == REJECTED or outcome.archived_as.startswith("archive/rejected/")


def same_bytes(path: Path, sha256: str) -> bool:
    try:
        return path.is_file() and file_sha256(path) == sha256
    except OSError:
        return False


def _when(moment: datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M:%S}" if moment else "未知时间"
