"""A workbook uploaded on the intranet page, kept as ``collect`` keeps a mail attachment.

    >>> upload = stage_upload(ws, request_stream, department="市科技局", period=Period.parse("2023-W36"),
    ...                       client="10.1.2.3", original_name="科技局.xlsx", limit=10 * 2**20)
    >>> upload.name
    '市科技局_2023-W36_网上报送_20230908-163000_1f2e3d4c.xlsx'
    >>> publish_upload(ws, upload)            # sidecar, then the workbook, into inbox/
    >>> UploadJournal(ws).append(upload, preview)

Nothing is lost and nothing half-written is ever seen by ``merge``:

1. ``stage_upload`` copies the bytes, exactly as received, into ``inbox/.uploading/`` (a hidden
   folder: merge skips hidden folders) under a name we make: the link's department, the page's
   period, the arrival time and 32 random bits; the extension comes from the bytes (zip or OLE)
   and the client's name only chooses among known extensions. The client's file name is kept only
   inside the sidecar. The copy counts bytes as they come and stops at the size limit. The data
   is flushed to disk (fsync) before anything else happens.
2. The verdict is made on the staged copy (``preview``), so a merge running meanwhile cannot
   move the file away from under the reader.
3. ``publish_upload`` writes the sidecar ``<name>.meta.json`` into inbox/ (hidden temporary name,
   fsync, rename), then renames the workbook into inbox/ and syncs the folder, in ``collect``'s
   order: merge never finds the workbook without its sidecar. The sidecar holds collect's keys
   (``received_at`` ISO 8601 with offset, ``sender``) and ``source: "web"``, ``department`` (the
   link's), ``period`` (the page's), ``client`` (address), ``original_name``, ``upload_id``.
4. ``UploadJournal`` appends the upload and its verdict to ``web/uploads.jsonl``; the pages read
   the state of each department from it.

A server killed between 1 and 3 leaves the staged copy; ``recover_staged`` (run when the server
starts) publishes those whose sidecar was written, and reports the others for the office to look at.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import threading
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO, Iterable

from .archive import sync_folder
from .errors import TzExcelError
from .findings import Issue
from .mailer import safe_file_name
from .periods import Period
from .preview import Preview

STAGING = ".uploading"
SIDECAR_SUFFIX = ".meta.json"            # the name collect and merge use
JOURNAL = "uploads.jsonl"                # under web/, beside the token files
CHUNK = 64 * 1024
ZIP_MAGIC, OLE_MAGIC = b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP, OLE = "zip", "ole"
# Workbooks, and what clerks send by mistake (kept under a telling extension in archive/rejected/).
# Any other name gets the extension of its bytes: .xlsx, .xls, or .bin.
_KNOWN_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".et", ".pdf", ".doc", ".docx", ".wps", ".txt", ".csv",
                   ".jpg", ".jpeg", ".png", ".zip", ".rar", ".7z")


class UploadTooLarge(TzExcelError, ValueError):
    """An upload went past the size limit while it arrived; nothing of it was kept."""


@dataclass(frozen=True)
class Upload:
    """One upload, staged or published."""

    id: str                          # "20230908-163000-1f2e3d4c": the time and the random part
    name: str                        # its name in inbox/
    department: str                  # the department of the link it came through
    period: str                      # the period of the page it was uploaded on
    received_at: datetime            # aware, local offset
    client: str                      # the client's address
    original_name: str               # as the browser sent it; never part of a path
    sha256: str
    size: int
    kind: str                        # ZIP, OLE, or "" when the bytes are neither

    @property
    def rel(self) -> str:
        """Where it lies once published, relative to the workspace."""
        return f"inbox/{self.name}"

    @property
    def suffix(self) -> str:
        """The client's extension as typed (for messages only)."""
        return client_suffix(self.original_name)


def stage_upload(ws, stream: BinaryIO, *, department: str, period: Period | str, client: str,
                 original_name: str, limit: int, now: datetime | None = None) -> Upload:
    """Copy ``stream`` into ``inbox/.uploading/`` durably, stopping at ``limit`` bytes.

    Raises:
        UploadTooLarge: more than ``limit`` bytes arrived (the partial copy is removed).
    """
    now = (now or datetime.now()).astimezone()
    head = _read_head(stream)
    kind = sniff(head)
    upload_id = f"{now:%Y%m%d-%H%M%S}-{secrets.token_hex(4)}"
    stem = f"{safe_file_name(department)}_{period}_网上报送_{upload_id[:15]}_{upload_id[16:]}"
    name = stem + storage_suffix(kind, original_name)
    folder = ws.inbox / STAGING
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    digest, size = hashlib.sha256(), 0
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        with os.fdopen(fd, "wb") as out:
            for chunk in _chunks(head, stream):
                size += len(chunk)
                if size > limit:
                    raise UploadTooLarge(f"上传的文件超过 {limit / 2**20:g} MB，未予接收。", limit=limit)
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return Upload(upload_id, name, department, str(period), now.replace(microsecond=0), client,
                  original_name, digest.hexdigest(), size, kind)


def staged_path(ws, upload: Upload) -> Path:
    return ws.inbox / STAGING / upload.name


def publish_upload(ws, upload: Upload) -> Path:
    """Move a staged upload into inbox/ with its sidecar (sidecar first); return its path."""
    final = ws.inbox / upload.name
    meta = json.dumps(sidecar(upload), ensure_ascii=False, indent=1)
    _write_durably(Path(str(final) + SIDECAR_SUFFIX), meta)
    os.replace(staged_path(ws, upload), final)
    sync_folder(ws.inbox)
    return final


def sidecar(upload: Upload) -> dict:
    """collect's sidecar keys, and the web's own."""
    return {
        "received_at": upload.received_at.isoformat(), "sender": f"网页上传（{upload.client}）",
        "source": "web", "department": upload.department, "period": upload.period,
        "client": upload.client, "original_name": upload.original_name, "upload_id": upload.id,
    }


def recover_staged(ws) -> tuple[list[str], list[str]]:
    """Finish publishing what a killed server staged after writing the sidecar.

    Returns the names published and the names left in ``inbox/.uploading/`` (arrived only in part,
    or never answered: the clerk was not told they were received). Nothing is deleted.
    """
    folder = ws.inbox / STAGING
    published, left = [], []
    if not folder.is_dir():
        return published, left
    for path in sorted(folder.iterdir()):
        if not path.is_file():
            continue
        if Path(str(ws.inbox / path.name) + SIDECAR_SUFFIX).is_file() and not (ws.inbox / path.name).exists():
            os.replace(path, ws.inbox / path.name)
            published.append(path.name)
        else:
            left.append(path.name)
    if published:
        sync_folder(ws.inbox)
    return published, left


# -- the bytes ------------------------------------------------------------------------------------

def sniff(head: bytes) -> str:
    """ZIP (.xlsx, .xlsm, .ods), OLE (.xls, .et) or "" from the first bytes; the reader decides the rest."""
    if head.startswith(ZIP_MAGIC):
        return ZIP
    if head.startswith(OLE_MAGIC):
        return OLE
    return ""


def client_suffix(original_name: str) -> str:
    """The extension of the client's file name, lower-cased, if it is a plain one; else ""."""
    match = re.search(r"(\.[A-Za-z0-9]{1,5})$", original_name.replace("\\", "/").rpartition("/")[2])
    return match.group(1).lower() if match else ""


def storage_suffix(kind: str, original_name: str) -> str:
    """The extension we store under: the client's if it is a known one, else the bytes' kind's."""
    typed = client_suffix(original_name)
    if typed in _KNOWN_SUFFIXES:
        return typed           # a Word file (also a zip) stays .docx: the reader then says what it is
    return {ZIP: ".xlsx", OLE: ".xls"}.get(kind, ".bin")


def _read_head(stream: BinaryIO) -> bytes:
    head = b""
    while len(head) < len(OLE_MAGIC):
        chunk = stream.read(CHUNK)
        if not chunk:
            break
        head += chunk
    return head


def _chunks(head: bytes, stream: BinaryIO) -> Iterable[bytes]:
    if head:
        yield head
    for chunk in iter(lambda: stream.read(CHUNK), b""):
        yield chunk


def _write_durably(path: Path, text: str) -> None:
    part = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    with open(part, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(part, path)


# -- the journal ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Record:
    """One upload and the verdict the clerk was shown."""

    upload: Upload
    preview: Preview

    def concerns(self, period: str) -> bool:
        """Uploaded on ``period``'s page, or a return of ``period`` uploaded elsewhere."""
        return self.upload.period == period or self.preview.period == period

    def counts_for(self, period: str) -> bool:
        """Accepted as a return of ``period`` (merge will take the newest of these)."""
        return self.preview.accepted and self.preview.period == period


class UploadJournal:
    """``web/uploads.jsonl``: one JSON line per upload with its verdict, appended durably."""

    def __init__(self, ws) -> None:
        self.path = ws.root / "web" / JOURNAL
        self._lock = threading.Lock()
        self._cache: tuple[tuple[int, int] | None, list[Record]] = (None, [])

    def append(self, upload: Upload, preview: Preview) -> Record:
        record = Record(upload, preview)
        line = json.dumps(_record_dict(record), ensure_ascii=False) + "\n"
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(self.path, "a", encoding="utf-8") as f:
                f.write(line)
                f.flush()
                os.fsync(f.fileno())
        return record

    def records(self) -> list[Record]:
        """Every upload, oldest first (re-read when the file changes)."""
        with self._lock:
            try:
                st = self.path.stat()
                stamp = (st.st_mtime_ns, st.st_size)
            except OSError:
                return []
            if self._cache[0] != stamp:
                self._cache = (stamp, _read_records(self.path))
            return list(self._cache[1])

    def find(self, upload_id: str) -> Record | None:
        return next((r for r in self.records() if r.upload.id == upload_id), None)

    def of(self, department: str, period: str) -> list[Record]:
        """The department's uploads (through its own link) that concern ``period``, oldest first."""
        return [r for r in self.records() if r.upload.department == department and r.concerns(period)]


def _record_dict(record: Record) -> dict:
    upload = {**asdict(record.upload), "received_at": record.upload.received_at.isoformat()}
    p = record.preview
    preview = {"status": p.status, "department": p.department, "period": p.period, "late": p.late,
               "errors": [asdict(i) for i in p.errors], "warnings": [asdict(i) for i in p.warnings]}
    return {"upload": upload, "preview": preview}


def _read_records(path: Path) -> list[Record]:
    records = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            try:
                data = json.loads(line)
                upload = Upload(**{**data["upload"],
                                   "received_at": datetime.fromisoformat(data["upload"]["received_at"])})
                p = data["preview"]
                preview = Preview(p["status"], p["department"], p["period"],
                                  tuple(Issue(**i) for i in p["errors"]),
                                  tuple(Issue(**i) for i in p["warnings"]), p["late"])
            except (ValueError, KeyError, TypeError):
                continue                  # a line cut short by a crash: the upload itself is in inbox/
            records.append(Record(upload, preview))
    return records
