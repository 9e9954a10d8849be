"""mailer: composing, the .eml outbox, and SMTP against a real aiosmtpd server on 127.0.0.1."""

from __future__ import annotations

from datetime import datetime
from email import policy
from email.parser import BytesParser

import pytest

from _servers import SMTP_PASSWORD, SMTP_USER, client_tls_context, server_tls_context, start_smtp
from tz_excel.config import Settings, SmtpSettings, Workspace
from tz_excel.errors import ConfigError, DeliveryError
from tz_excel.mailer import OutboxMailer, SmtpMailer, compose, fill, placeholders, safe_file_name
from tz_excel.periods import Period

NOW = datetime(2023, 9, 4, 9, 0)
PERIOD = Period.parse("2023-W36")
LONG_NAME = "滕州经济技术开发区管委会_2023-W36_重点任务推进情况表.xlsx"


@pytest.fixture
def workbook(tmp_path):
    path = tmp_path / "滕州经济技术开发区管委会.xlsx"
    path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 40)
    return path


def _message(workbook, to=("kfq@tengzhou.example", "kfq2@tengzhou.example"), kind="send"):
    return compose(Settings(), kind=kind, department="滕州经济技术开发区管委会", to=to,
                   subject="【请报送】2023年第36周重点任务推进情况表（滕州经济技术开发区管委会）",
                   text="滕州经济技术开发区管委会：\n\n    请于9月8日前报送。<附件>\n", attachments=[(workbook, LONG_NAME)],
                   now=NOW)


def _parse(data: bytes):
    return BytesParser(policy=policy.default).parsebytes(data)


# -- composing -------------------------------------------------------------------------------------

def test_compose_chinese_text_html_and_attachment(workbook):
    parsed = _parse(_message(workbook).as_bytes())

    assert parsed["Subject"] == "【请报送】2023年第36周重点任务推进情况表（滕州经济技术开发区管委会）"
    assert parsed["To"].addresses[1].addr_spec == "kfq2@tengzhou.example"
    assert parsed.get_body(("plain",)).get_content().startswith("滕州经济技术开发区管委会：")
    html = parsed.get_body(("html",)).get_content()
    assert "请于9月8日前报送。&lt;附件&gt;" in html
    [attachment] = list(parsed.iter_attachments())
    assert attachment.get_filename() == LONG_NAME
    assert attachment.get_content() == workbook.read_bytes()
    assert attachment.get_content_type() == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def test_attachment_name_is_rfc2231_and_rfc2047(workbook):
    raw = _message(workbook).as_bytes().decode("ascii")      # every header is 7-bit

    assert "filename*=utf-8''%E6%BB%95%E5%B7%9E" in raw      # RFC 2231, one piece (no continuations)
    assert 'name="=?utf-8?b?' in raw                         # RFC 2047 for Outlook/Foxmail
    [attachment] = list(_parse(raw.encode()).iter_attachments())
    from email.header import decode_header, make_header
    assert str(make_header(decode_header(attachment.get_param("name")))) == LONG_NAME


def test_compose_is_byte_stable(workbook):
    assert _message(workbook).as_bytes() == _message(workbook).as_bytes()
    assert _message(workbook).as_bytes() != _message(workbook, to=("other@x.cn",)).as_bytes()


def test_placeholders_and_unknown_placeholder():
    values = placeholders(Settings(), PERIOD, "市科技局")
    assert fill("{department}{period}{deadline}", values) == "市科技局2023-W362023年9月8日（星期五）17:00"
    assert fill("{period_label}", values) == "2023年第36周（9月4日—9月10日）"
    with pytest.raises(ConfigError, match="deparment"):
        fill("{deparment}", values)


@pytest.mark.parametrize("name, expected", [
    ("../../etc/passwd", "passwd"), ("a:b*c?.xlsx", "a_b_c_.xlsx"), ("", "附件"), ("C:\\Users\\x\\表.xlsx", "表.xlsx"),
])
def test_safe_file_name(name, expected):
    assert safe_file_name(name) == expected


# -- the outbox ------------------------------------------------------------------------------------

def test_outbox_writes_named_eml_once_and_never_overwrites(tmp_path, workbook):
    mailer = OutboxMailer(tmp_path / "mail")
    mailer.send(_message(workbook))
    mailer.send(_message(workbook))                        # identical: same file
    mailer.send(_message(workbook, to=("new@x.cn",)))      # different: a new name

    names = sorted(p.name for p in (tmp_path / "mail").iterdir())
    assert names == ["send_滕州经济技术开发区管委会.eml", "send_滕州经济技术开发区管委会_2.eml"]
    parsed = _parse((tmp_path / "mail" / names[0]).read_bytes())
    assert [a.get_content() for a in parsed.iter_attachments()] == [workbook.read_bytes()]


# -- SMTP ------------------------------------------------------------------------------------------

def _smtp(server, **kw) -> SmtpSettings:
    return SmtpSettings(**{"host": "127.0.0.1", "port": server.port, "security": "none", "sender": "office@tengzhou.example",
                           "retries": 2, "backoff": 0.5, "timeout": 5, **kw})


def test_smtp_delivers_to_every_recipient(smtp_server, workbook):
    SmtpMailer(_smtp(smtp_server)).send(_message(workbook))

    [got] = smtp_server.messages
    assert got.rcpt_tos == ["kfq@tengzhou.example", "kfq2@tengzhou.example"]
    assert got.mail_from == "office@tengzhou.example"
    assert got.attachments() == [(LONG_NAME, workbook.read_bytes())]


def test_smtp_retries_451_with_backoff(smtp_server, workbook):
    waits = []
    smtp_server.fail_next(451)
    SmtpMailer(_smtp(smtp_server), sleep=waits.append).send(_message(workbook))

    assert smtp_server.attempts == 2 and len(smtp_server.messages) == 1
    assert waits == [0.5]


def test_smtp_gives_up_after_retries(smtp_server, workbook):
    waits = []
    smtp_server.fail_next(451, 451, 451)
    with pytest.raises(DeliveryError) as caught:
        SmtpMailer(_smtp(smtp_server), sleep=waits.append).send(_message(workbook))
    assert caught.value.code == 451 and not caught.value.fatal
    assert waits == [0.5, 1.0] and smtp_server.messages == []


def test_smtp_5xx_fails_at_once(smtp_server, workbook):
    waits = []
    smtp_server.fail_next(550)
    with pytest.raises(DeliveryError, match="550") as caught:
        SmtpMailer(_smtp(smtp_server), sleep=waits.append).send(_message(workbook))
    assert caught.value.code == 550 and not caught.value.fatal
    assert waits == [] and smtp_server.attempts == 1


def test_smtp_login_with_password_from_environment(smtp_server, workbook, monkeypatch):
    monkeypatch.setenv("TZ_EXCEL_SMTP_PASSWORD", SMTP_PASSWORD)
    SmtpMailer(_smtp(smtp_server, user=SMTP_USER)).send(_message(workbook))
    assert smtp_server.logins == [SMTP_USER] and len(smtp_server.messages) == 1

    monkeypatch.setenv("TZ_EXCEL_SMTP_PASSWORD", "wrong")
    with pytest.raises(DeliveryError, match="登录") as caught:
        SmtpMailer(_smtp(smtp_server, user=SMTP_USER)).send(_message(workbook))
    assert caught.value.fatal

    monkeypatch.delenv("TZ_EXCEL_SMTP_PASSWORD")
    with pytest.raises(ConfigError, match="TZ_EXCEL_SMTP_PASSWORD"):
        SmtpMailer(_smtp(smtp_server, user=SMTP_USER))


def test_smtp_unreachable_is_fatal_after_retries(workbook):
    from _servers import free_port

    waits = []
    settings = SmtpSettings(host="127.0.0.1", port=free_port(), security="none", retries=1, backoff=0.1, timeout=2)
    with pytest.raises(DeliveryError, match="无法连接") as caught:
        SmtpMailer(settings, sleep=waits.append).send(_message(workbook))
    assert caught.value.fatal and waits == [0.1]


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_smtp_over_tls(security, tls_files, workbook):
    context = server_tls_context(tls_files)
    options = {"tls_context": context} if security == "starttls" else {"ssl_context": context}
    controller, handler = start_smtp(**options)
    try:
        mailer = SmtpMailer(_smtp(handler, security=security), ssl_context=client_tls_context(tls_files))
        mailer.send(_message(workbook))
    finally:
        controller.stop()
    assert [m.attachments()[0][0] for m in handler.messages] == [LONG_NAME]


def test_bad_security_is_a_config_error():
    with pytest.raises(ConfigError, match="security"):
        SmtpMailer(SmtpSettings(host="127.0.0.1", security="tls"))


# -- the office's mailings, end to end on a small workspace ----------------------------------------

from _office import ADDRESSES, LEADERS, MONDAY, PERIOD as W36, small_office  # noqa: E402
from _office import fill as drop_return  # noqa: E402
from tz_excel import cli  # noqa: E402
from tz_excel.mailer import attachment_name, send_feedback, send_reminders, send_report, send_templates  # noqa: E402

SENT_TO = ["市科技局", "市工信局", "北辛街道", "荆河街道"]


def _by_department(messages):
    return {m.message["X-TZ-Excel-Department"]: m for m in messages}


def test_send_templates_each_department_its_own(tmp_path, smtp_server):
    ws = small_office(tmp_path / "office", smtp_port=smtp_server.port)

    outcome = send_templates(ws, W36, now=MONDAY)

    got = _by_department(smtp_server.messages)
    assert sorted(got) == sorted(SENT_TO) and len(smtp_server.messages) == 4
    for name in SENT_TO:
        assert got[name].rcpt_tos == list(ADDRESSES[name])
        template = ws.templates_dir(W36) / f"{name}.xlsx"
        assert got[name].attachments() == [(attachment_name(name, W36), template.read_bytes())]
        assert got[name].message["Subject"] == f"【请报送】{W36.label}重点任务推进情况表（{name}）"
    assert "2023年9月8日（星期五）17:00" in got["市科技局"].message.get_body(("plain",)).get_content()
    assert outcome.no_address == ["市国资局"] and outcome.needs_attention
    assert "市国资局" in outcome.summary()


def test_second_send_skips_unless_forced(tmp_path, smtp_server):
    ws = small_office(tmp_path / "office", smtp_port=smtp_server.port)
    send_templates(ws, W36, now=MONDAY)

    again = send_templates(ws, W36, now=MONDAY)
    assert len(smtp_server.messages) == 4
    assert sorted(again.skipped) == sorted(SENT_TO) and again.sent == []

    forced = send_templates(ws, W36, force=True, now=MONDAY)
    assert len(forced.sent) == 4 and len(smtp_server.messages) == 8


def test_dry_run_sends_nothing_and_records_nothing(tmp_path, smtp_server):
    ws = small_office(tmp_path / "office", smtp_port=smtp_server.port)

    outcome = send_templates(ws, W36, dry_run=True, now=MONDAY)

    assert smtp_server.messages == [] and smtp_server.attempts == 0
    assert [d.department for d in outcome.sent] == SENT_TO
    assert "预演" in outcome.summary() and "kjj@tengzhou.example; kjj-2@tengzhou.example" in outcome.summary()
    assert len(send_templates(ws, W36, now=MONDAY).sent) == 4          # the ledger was not touched


def test_send_retries_451_and_records_550(tmp_path, smtp_server):
    ws = small_office(tmp_path / "office", smtp_port=smtp_server.port)
    smtp_server.fail_next(451, 550)       # first department: 451 then 550 on the retry

    outcome = send_templates(ws, W36, now=MONDAY)

    assert [name for name, _ in outcome.failed] == ["市科技局"] and "550" in outcome.failed[0][1]
    assert sorted(_by_department(smtp_server.messages)) == sorted(SENT_TO[1:])
    again = send_templates(ws, W36, now=MONDAY)                        # the failed one is still due
    assert [d.department for d in again.sent] == ["市科技局"]


def test_cli_send_exit_codes(tmp_path, smtp_server, capsys):
    ws = small_office(tmp_path / "office", smtp_port=smtp_server.port)
    assert cli.main(["-w", str(ws.root), "send", "--period", "2023-W36"]) == 1
    assert "市国资局" in capsys.readouterr().out

    complete = small_office(tmp_path / "complete", smtp_port=smtp_server.port,
                            addresses={**ADDRESSES, "市国资局": ("gzj@tengzhou.example",)})
    assert cli.main(["-w", str(complete.root), "send", "--period", "2023-W36", "--dry-run"]) == 0
    assert cli.main(["-w", str(tmp_path / "nowhere"), "send", "--period", "2023-W36"]) == 2


def test_without_smtp_mail_goes_to_the_outbox(tmp_path):
    ws = small_office(tmp_path / "office")

    outcome = send_templates(ws, W36, now=MONDAY)

    folder = ws.mail_dir(W36)
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"send_{n}.eml" for n in SENT_TO)
    parsed = _parse((folder / "send_北辛街道.eml").read_bytes())
    assert [a.get_content() for a in parsed.iter_attachments()] == [
        (ws.templates_dir(W36) / "北辛街道.xlsx").read_bytes()]
    assert "outbox/2023-W36/mail/" in outcome.summary()


def test_reminders_go_to_those_without_an_accepted_return(tmp_path, smtp_server):
    from tz_excel.cycle import consolidate

    ws = small_office(tmp_path / "office", smtp_port=smtp_server.port)
    drop_return(ws, "市科技局", {"1.1": 1, "1.2": 4, "5.1": 0.8})
    drop_return(ws, "市工信局", {"30.1": 1.2})
    consolidate(ws, W36, now=datetime(2023, 9, 7, 15, 0))

    outcome = send_reminders(ws, W36, now=datetime(2023, 9, 7, 15, 0))

    got = _by_department(smtp_server.messages)
    assert sorted(got) == ["北辛街道", "荆河街道"]
    assert got["北辛街道"].rcpt_tos == ["beixin@tengzhou.example"]
    assert got["北辛街道"].message["Subject"].startswith("【催报】")
    assert got["北辛街道"].attachments()[0][1] == (ws.templates_dir(W36) / "北辛街道.xlsx").read_bytes()
    assert outcome.no_address == ["市国资局"]


def test_report_to_leaders_with_figures(tmp_path, smtp_server):
    from tz_excel.cycle import consolidate

    ws = small_office(tmp_path / "office", smtp_port=smtp_server.port)
    drop_return(ws, "市科技局", {"1.1": 0, "1.2": 5, "5.1": 0.2})
    result = consolidate(ws, W36, now=datetime(2023, 9, 8, 18, 0))

    outcome = send_report(ws, W36, result=result, now=datetime(2023, 9, 8, 18, 0))

    [got] = smtp_server.messages
    assert sorted(got.rcpt_tos) == sorted(LEADERS) and not outcome.needs_attention
    workbook = ws.root / result.workbook
    assert got.attachments() == [(workbook.name, workbook.read_bytes())]
    html = got.message.get_body(("html",)).get_content()
    assert "<table" not in html and "省院士工作站" in html and "严重滞后" in html
    text = got.message.get_body(("plain",)).get_content()
    assert "应报送 5 个单位，已报送 1 个，未报送 4 个（市国资局、市工信局、北辛街道、荆河街道）" in text
    assert "1.1 省院士工作站（市科技局）：目标2个，完成0个" in text


def test_report_without_result_uses_the_workbook_or_merges(tmp_path, smtp_server):
    ws = small_office(tmp_path / "office", smtp_port=smtp_server.port)
    drop_return(ws, "市工信局", {"30.1": 1.2})

    send_report(ws, W36, now=datetime(2023, 9, 8, 18, 0))          # merges: no workbook yet
    send_report(ws, W36, now=datetime(2023, 9, 8, 18, 5))          # uses it, assessing from the store

    first, second = smtp_server.messages
    assert first.attachments() == second.attachments()
    assert "市工信局" not in second.message.get_body(("plain",)).get_content().split("未报送")[-1]


def test_report_without_recipients_needs_attention(tmp_path):
    ws = small_office(tmp_path / "office", extra="")
    (ws.root / "tz_excel.toml").write_text("[report]\nrecipients = []\n", encoding="utf-8")
    outcome = send_report(Workspace(ws.root), W36)
    assert outcome.needs_attention and "recipients" in outcome.summary()


def test_feedback_returns_marked_copy_and_keeps_the_original(tmp_path, smtp_server):
    import hashlib

    from openpyxl import load_workbook

    from tz_excel.cycle import consolidate

    ws = small_office(tmp_path / "office", smtp_port=smtp_server.port)
    drop_return(ws, "市科技局", {"1.1": "约1个", "1.2": "正在推进", "5.1": 0.5})
    drop_return(ws, "市工信局", {"30.1": 1.2})                           # clean: no feedback
    result = consolidate(ws, W36, now=datetime(2023, 9, 8, 18, 0))
    archived = ws.root / next(f.archived_as for f in result.files if f.department == "市科技局")
    before = hashlib.sha256(archived.read_bytes()).hexdigest()

    outcome = send_feedback(ws, W36, result, now=datetime(2023, 9, 8, 18, 0))

    [got] = smtp_server.messages
    assert got.rcpt_tos == list(ADDRESSES["市科技局"])
    assert got.message["Subject"].startswith("【请修改】")
    copy = ws.outbox(W36) / "feedback" / "市科技局_2023-W36_请修改.xlsx"
    assert got.attachments() == [(copy.name, copy.read_bytes())]
    assert hashlib.sha256(archived.read_bytes()).hexdigest() == before
    body = got.message.get_body(("plain",)).get_content()
    assert "约1个" in body and "正在推进" in body
    book = load_workbook(copy)
    assert book.sheetnames[-1] == "问题清单" and book.active.title == "问题清单"
    assert [d.department for d in outcome.sent] == ["市科技局"]

    again = send_feedback(ws, W36, result, now=datetime(2023, 9, 8, 18, 30))
    assert again.skipped == ["市科技局"] and len(smtp_server.messages) == 1


def test_report_mail_reads_on_a_phone(tmp_path, smtp_server, chromium):
    """Rendered in Chromium 400 pixels wide: nothing wider than the screen, every status word on
    one line (a seven-column table used to stack 严/重/滞/后 a character a line)."""
    from tz_excel.cycle import consolidate

    ws = small_office(tmp_path / "office", smtp_port=smtp_server.port)
    drop_return(ws, "市科技局", {"1.1": 0, "1.2": 5, "5.1": 0.2})
    result = consolidate(ws, W36, now=datetime(2023, 9, 8, 18, 0))
    send_report(ws, W36, result=result, now=datetime(2023, 9, 8, 18, 0))
    [got] = smtp_server.messages
    html = got.message.get_body(("html",)).get_content()
    page = chromium.new_page(viewport={"width": 400, "height": 800})
    try:
        page.set_content(html)
        assert page.evaluate("document.documentElement.scrollWidth") <= 400
        boxes = page.evaluate("""() => [...document.querySelectorAll('span')]
            .filter(s => /滞后|逾期|临期/.test(s.textContent))
            .map(s => [s.textContent, s.getClientRects().length, s.getBoundingClientRect().height])""")
        assert boxes and all(lines == 1 and height < 30 for _, lines, height in boxes), boxes
        assert "严重滞后" in [word for word, _, _ in boxes]
    finally:
        page.close()
