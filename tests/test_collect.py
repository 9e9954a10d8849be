"""collect: unseen mail on a real dovecot (127.0.0.1) → inbox/ with sidecars, marked seen, never deleted."""

import json
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone

import pytest

from tz_excel.collect import META_SUFFIX, collect_mail, unique_path
from tz_excel.config import Workspace
from tz_excel.errors import ConfigError, DeliveryError
from tz_excel.mailer import XLSX, compose
from tz_excel.config import Settings

pytestmark = pytest.mark.imap

CST = timezone(timedelta(hours=8))
WORKBOOK = b"PK\x03\x04" + bytes(range(256)) * 8


def _workspace(tmp_path, server, **overrides):
    imap = {"host": "127.0.0.1", "port": server.port, "user": server.user, "security": "none", **overrides}
    lines = ["[imap]"] + [f"{k} = {json.dumps(v)}" for k, v in imap.items()]
    (tmp_path / "tz_excel.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return Workspace(tmp_path)


@pytest.fixture
def password(monkeypatch, imap_server):
    monkeypatch.setenv("TZ_EXCEL_IMAP_PASSWORD", imap_server.password)


def _return_mail(sender, name, data=WORKBOOK, date=datetime(2023, 9, 8, 16, 30, tzinfo=CST), subject="回复：报送"):
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "office@tengzhou.example"
    message["Subject"] = subject
    message["Date"] = format_datetime(date)
    message.set_content("请查收。")
    if name is not None:
        message.add_attachment(data, maintype=XLSX[0], subtype=XLSX[1], filename=name)
    return message.as_bytes()


def test_unseen_attachments_land_in_inbox_with_sidecars(tmp_path, imap_server, password):
    ws = _workspace(tmp_path, imap_server)
    imap_server.deliver(_return_mail("张三 <kjj@tengzhou.example>", "市科技局第36周推进情况表.xlsx"))
    imap_server.deliver(_return_mail("李四 <gxj@tengzhou.example>", "../../etc/推进情况表.xlsx",
                                     data=b"PK other", date=datetime(2023, 9, 9, 10, 5, tzinfo=CST)))

    outcome = collect_mail(ws)

    assert outcome.messages == 2 and len(outcome.files) == 2
    first = ws.inbox / "市科技局第36周推进情况表.xlsx"
    assert first.read_bytes() == WORKBOOK
    meta = json.loads((ws.inbox / ("市科技局第36周推进情况表.xlsx" + META_SUFFIX)).read_text(encoding="utf-8"))
    assert meta["received_at"] == "2023-09-08T16:30:00+08:00"
    assert meta["sender"] == "张三 <kjj@tengzhou.example>"
    assert meta["subject"] == "回复：报送"
    # A path in the attachment name never escapes inbox/.
    assert (ws.inbox / "推进情况表.xlsx").read_bytes() == b"PK other"
    assert sorted(p.name for p in ws.inbox.iterdir()) == [
        "市科技局第36周推进情况表.xlsx", "市科技局第36周推进情况表.xlsx.meta.json",
        "推进情况表.xlsx", "推进情况表.xlsx.meta.json"]
    # Marked seen, never deleted.
    assert imap_server.flags() == {1: "\\Seen", 2: "\\Seen"}


def test_second_collect_fetches_nothing_and_same_name_is_suffixed(tmp_path, imap_server, password):
    ws = _workspace(tmp_path, imap_server)
    imap_server.deliver(_return_mail("a@x.cn", "报表.xlsx", data=b"first"))
    collect_mail(ws)
    assert collect_mail(ws).files == []

    imap_server.deliver(_return_mail("a@x.cn", "报表.xlsx", data=b"second"))
    outcome = collect_mail(ws)

    assert [c.path.name for c in outcome.files] == ["报表(2).xlsx"]
    assert (ws.inbox / "报表.xlsx").read_bytes() == b"first"
    assert (ws.inbox / "报表(2).xlsx").read_bytes() == b"second"
    assert imap_server.count() == 2


def test_message_without_attachment_stays_unseen(tmp_path, imap_server, password):
    ws = _workspace(tmp_path, imap_server)
    imap_server.deliver(_return_mail("a@x.cn", None, subject="请问表格怎么填"))
    imap_server.deliver(_return_mail("b@x.cn", "b.xlsx"))

    outcome = collect_mail(ws)

    assert outcome.without_attachment == ["请问表格怎么填"]
    assert imap_server.flags() == {1: "", 2: "\\Seen"}
    assert "保留为未读" in outcome.summary()


def test_rfc2047_and_rfc2231_names_from_our_own_composer(tmp_path, imap_server, password):
    ws = _workspace(tmp_path, imap_server)
    template = tmp_path / "t.xlsx"
    template.write_bytes(WORKBOOK)
    message = compose(Settings(), kind="send", department="滕州经济技术开发区管委会", to=["office@x.cn"],
                      subject="回复", text="附件", attachments=[(template, "滕州经济技术开发区管委会_2023-W36_重点任务推进情况表.xlsx")],
                      now=datetime(2023, 9, 8, 9, 0))
    imap_server.deliver(message.as_bytes())

    outcome = collect_mail(ws)

    assert [c.path.name for c in outcome.files] == ["滕州经济技术开发区管委会_2023-W36_重点任务推进情况表.xlsx"]
    assert outcome.files[0].path.read_bytes() == WORKBOOK


def test_wrong_password_is_a_delivery_error(tmp_path, imap_server, monkeypatch):
    monkeypatch.setenv("TZ_EXCEL_IMAP_PASSWORD", "wrong")
    with pytest.raises(DeliveryError, match="登录收件邮箱"):
        collect_mail(_workspace(tmp_path, imap_server))


def test_missing_host_or_password_is_a_config_error(tmp_path, monkeypatch):
    monkeypatch.delenv("TZ_EXCEL_IMAP_PASSWORD", raising=False)
    with pytest.raises(ConfigError, match="imap"):
        collect_mail(Workspace(tmp_path))
    (tmp_path / "tz_excel.toml").write_text('[imap]\nhost = "127.0.0.1"\nuser = "x"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="TZ_EXCEL_IMAP_PASSWORD"):
        collect_mail(Workspace(tmp_path))


def test_unique_path_counts_sidecars_as_taken(tmp_path):
    (tmp_path / ("a.xlsx" + META_SUFFIX)).write_text("{}")
    assert unique_path(tmp_path, "a.xlsx").name == "a(2).xlsx"
