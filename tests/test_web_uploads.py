"""uploads: staged, synced and published into inbox/ whole, with collect's sidecar; the journal."""

from __future__ import annotations

import io
import json
from datetime import datetime

import pytest

from tz_excel.config import Workspace
from tz_excel.findings import Issue
from tz_excel.merge import scan_inbox
from tz_excel.preview import Preview
from tz_excel.uploads import (STAGING, UploadJournal, UploadTooLarge, client_suffix, publish_upload, recover_staged,
                              sidecar, stage_upload, staged_path, storage_suffix)

NOW = datetime(2023, 9, 8, 16, 30, 5)                  # the server's local time
XLSX = b"PK\x03\x04" + bytes(range(256)) * 40


@pytest.fixture
def ws(tmp_path) -> Workspace:
    (tmp_path / "inbox").mkdir()
    return Workspace(tmp_path)


class Trickle(io.RawIOBase):
    """A request body that arrives a few bytes at a time and counts what was read of it."""

    def __init__(self, data: bytes, step: int = 7) -> None:
        self.data, self.step, self.taken = data, step, 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        chunk = self.data[self.taken:self.taken + min(self.step, size if size > 0 else self.step)]
        self.taken += len(chunk)
        return chunk


def _stage(ws, data=XLSX, name="科技局.xlsx", limit=1 << 20, stream=None):
    return stage_upload(ws, stream or io.BytesIO(data), department="市科技局", period="2023-W36", client="10.1.2.3",
                        original_name=name, limit=limit, now=NOW)


def test_published_upload_is_the_exact_bytes_with_collects_sidecar(ws):
    upload = _stage(ws, stream=Trickle(XLSX))
    path = publish_upload(ws, upload)

    assert path.read_bytes() == XLSX and upload.size == len(XLSX)
    assert path.parent == ws.inbox and path.name == upload.name
    assert path.name.startswith("市科技局_2023-W36_网上报送_20230908-163005_") and path.suffix == ".xlsx"
    meta = json.loads((ws.inbox / (upload.name + ".meta.json")).read_text(encoding="utf-8"))
    assert meta == {"received_at": NOW.astimezone().isoformat(), "sender": "网页上传（10.1.2.3）", "source": "web",
                    "department": "市科技局", "period": "2023-W36", "client": "10.1.2.3",
                    "original_name": "科技局.xlsx", "upload_id": upload.id}
    assert not list((ws.inbox / STAGING).iterdir())


def test_merge_reads_the_arrival_time_and_sender_from_the_sidecar(ws):
    publish_upload(ws, _stage(ws))

    arrival = scan_inbox(ws).arrivals[0]

    assert arrival.received_at == NOW
    assert arrival.sender == "网页上传（10.1.2.3）"


@pytest.mark.parametrize("hostile", ["../../etc/passwd.xlsx", "..\\..\\x.xlsx", "/tmp/abs.xlsx", "a\0b.xlsx",
                                     "科技局.xlsx/../../..", "CON.xlsx", "x" * 300 + ".xlsx"])
def test_the_clients_name_never_reaches_a_path(ws, hostile):
    upload = _stage(ws, name=hostile)
    path = publish_upload(ws, upload)

    assert path.parent == ws.inbox and path.name.startswith("市科技局_2023-W36_网上报送_")
    assert "passwd" not in path.name and ".." not in path.name and "abs" not in path.name
    assert sidecar(upload)["original_name"] == hostile         # kept, but only inside the JSON


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@pytest.mark.parametrize("head, name, suffix", [
    (b"PK\x03\x04", "科技局.xlsx", ".xlsx"), (b"PK\x03\x04", "x.ods", ".ods"), (b"PK\x03\x04", "x.docx", ".docx"),
    (b"PK\x03\x04", "noext", ".xlsx"), (b"PK\x03\x04", "x.xlsx(1)", ".xlsx"), (b"PK\x03\x04", "x.php", ".xlsx"),
    (OLE, "x.xls", ".xls"), (OLE, "x.et", ".et"), (OLE, "x.doc", ".doc"), (OLE, "x", ".xls"),
    (b"%PDF-1.4", "x.pdf", ".pdf"), (b"%PDF-1.4", "x.xlsx", ".xlsx"), (b"MZ\x90", "x.exe", ".bin"),
    (b"", "empty", ".bin"),
])
def test_the_extension_is_a_known_one_or_the_bytes_kind(ws, head, name, suffix):
    upload = _stage(ws, data=head + b"\0" * 100, name=name)

    assert upload.name.endswith(suffix)
    assert storage_suffix(upload.kind, name) == suffix


def test_client_suffix():
    assert client_suffix("C:\\Users\\张三\\桌面\\科技局.XLSX") == ".xlsx"
    assert client_suffix("科技局") == "" and client_suffix("a.b/c") == "" and client_suffix("x.verylongext") == ""


def test_too_large_stops_while_arriving_and_keeps_nothing(ws):
    body = Trickle(b"PK\x03\x04" + b"\0" * 10_000_000, step=4096)

    with pytest.raises(UploadTooLarge):
        _stage(ws, limit=100_000, stream=body)

    assert body.taken < 200_000                  # stopped near the limit, not after reading it all
    assert not list((ws.inbox / STAGING).iterdir()) and not [p for p in ws.inbox.iterdir() if p.is_file()]


def test_staged_files_are_hidden_from_merge_until_published(ws):
    upload = _stage(ws)

    assert scan_inbox(ws).arrivals == [] and staged_path(ws, upload).read_bytes() == XLSX
    publish_upload(ws, upload)
    assert [a.path.name for a in scan_inbox(ws).arrivals] == [upload.name]


def test_recovery_publishes_what_had_its_sidecar_and_keeps_the_rest(ws):
    done = _stage(ws)
    half = _stage(ws)
    sidecar_path = ws.inbox / (done.name + ".meta.json")
    sidecar_path.write_text(json.dumps(sidecar(done), ensure_ascii=False), encoding="utf-8")   # killed here

    published, left = recover_staged(ws)

    assert (published, left) == ([done.name], [half.name])
    assert (ws.inbox / done.name).read_bytes() == XLSX
    assert staged_path(ws, half).exists()        # kept for the office, never deleted


def test_journal_round_trip_and_queries(ws):
    journal = UploadJournal(ws)
    first = _stage(ws)
    warning = Issue("approximate-value", "warning", "约数", "inbox/x.xlsx", "填报表", "J5", "约2个")
    journal.append(first, Preview("accepted", "市科技局", "2023-W36", (), (warning,), False))
    second = _stage(ws, name="第35周.xlsx")
    journal.append(second, Preview("accepted", "市科技局", "2023-W35", (), (), True))
    (ws.root / "web" / "uploads.jsonl").open("a", encoding="utf-8").write('{"upload": {"id": "cut sh')

    again = UploadJournal(ws)                     # a fresh reader sees both, and skips the cut line
    records = again.records()

    assert [r.upload for r in records] == [first, second]
    assert records[0].preview.warnings == (warning,)
    assert [r.upload.id for r in again.of("市科技局", "2023-W35")] == [second.id]
    assert [r.upload.id for r in again.of("市科技局", "2023-W36")] == [first.id, second.id]
    assert records[0].counts_for("2023-W36") and not records[1].counts_for("2023-W36")
    assert again.find(second.id) == records[1] and again.of("市工信局", "2023-W36") == []
