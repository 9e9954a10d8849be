"""Private links: tokens kept hashed for the server, the plain ones for the office, rotation, mail."""

from __future__ import annotations

import base64
import json
import stat
from datetime import datetime

from tz_excel import cli
from tz_excel.links import TOKEN_BYTES, TokenIndex, department_links, token_hash, upload_link
from tz_excel.mailer import send_reminders, send_templates

from _office import MONDAY, PERIOD, small_office

EXPECTED = ["市科技局", "市国资局", "市工信局", "北辛街道", "荆河街道"]


def _token(url: str) -> str:
    return url.split("/d/", 1)[1].split("/", 1)[0]


def test_every_expected_department_gets_a_link_of_its_own(tmp_path):
    ws = small_office(tmp_path)

    links = department_links(ws, PERIOD, base_url="http://10.20.30.40:8300/")

    assert [d for d, _ in links.departments] == EXPECTED
    assert links.office == "http://10.20.30.40:8300/office"
    tokens = [_token(u) for _, u in links.departments]
    assert len(set(tokens)) == len(tokens)
    for (_, url), token in zip(links.departments, tokens):
        assert url == f"http://10.20.30.40:8300/d/{token}/2023-W36"
        assert len(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))) == TOKEN_BYTES >= 16   # ≥ 128 bits


def test_the_server_file_holds_hashes_only_and_the_plain_file_is_private(tmp_path):
    ws = small_office(tmp_path)
    links = department_links(ws, PERIOD)
    tokens = {d: _token(u) for d, u in links.departments}

    hashes = (ws.root / "web" / "tokens.json").read_text(encoding="utf-8")
    for token in tokens.values():
        assert token not in hashes and token_hash(token) in hashes
    secret = ws.root / "web" / "links.secret.json"
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    assert json.loads(secret.read_text(encoding="utf-8"))["departments"] == tokens


def test_links_are_stable_until_rotated(tmp_path):
    ws = small_office(tmp_path)
    first = department_links(ws, PERIOD)
    index = TokenIndex(ws)
    old = _token(first.url_of("市科技局"))
    assert index.department(old) == "市科技局"

    assert department_links(ws, PERIOD) == first
    rotated = department_links(ws, PERIOD, departments=["科技局"], rotate=True)   # an alias names it too

    new = _token(rotated.url_of("市科技局"))
    assert new != old
    assert (index.department(old), index.department(new)) == (None, "市科技局")   # reloaded at once
    assert department_links(ws, PERIOD).url_of("市工信局") == first.url_of("市工信局")


def test_unknown_tokens_find_nothing(tmp_path):
    ws = small_office(tmp_path)
    department_links(ws, PERIOD)
    index = TokenIndex(ws)

    assert index.department("") is None
    assert index.department("x" * 32) is None
    assert index.department("a" * 5000) is None


def test_cli_links_json_has_the_design_shape(tmp_path, capsys):
    ws = small_office(tmp_path)

    code = cli.main(["-w", str(ws.root), "links", "--period", "2023-W36", "--json", "--base-url", "http://intra:8300"])

    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert set(data) == {"office", "departments"} and data["office"] == "http://intra:8300/office"
    assert [d["department"] for d in data["departments"]] == EXPECTED
    assert all(set(d) == {"department", "url"} and d["url"].endswith("/2023-W36") for d in data["departments"])


def test_cli_links_rotate_and_errors(tmp_path, capsys):
    ws = small_office(tmp_path)
    assert cli.main(["-w", str(ws.root), "links", "--period", "2023-W36"]) == 0
    before = capsys.readouterr()
    assert "市科技局\thttp://127.0.0.1:8300/d/" in before.out and "base_url" in before.err

    assert cli.main(["-w", str(ws.root), "links", "--period", "2023-W36", "--rotate", "--department", "市工信局"]) == 0
    after = capsys.readouterr().out
    assert after.count("\n") == 2 and "市工信局" in after and after.split("\t")[1] not in before.out

    assert cli.main(["-w", str(ws.root), "links", "--period", "2023-W36", "--department", "市外事办"]) == 2
    assert "市外事办" in capsys.readouterr().err
    assert cli.main(["-w", str(ws.root), "links", "--period", "2023-W36", "--base-url", "intra:8300"]) == 2
    assert cli.main(["-w", str(tmp_path / "nowhere"), "links", "--period", "2023-W36"]) == 2


def test_send_and_remind_carry_the_link_when_base_url_is_set(tmp_path):
    ws = small_office(tmp_path, extra='[web]\nbase_url = "http://10.20.30.40:8300"\n')

    send_templates(ws, PERIOD, now=MONDAY)
    send_reminders(ws, PERIOD, now=datetime(2023, 9, 7, 15, 0))

    folder = ws.mail_dir(PERIOD)
    link = upload_link(ws, "市科技局", PERIOD)
    assert link.startswith("http://10.20.30.40:8300/d/") and link.endswith("/2023-W36")
    for name in ("send_市科技局.eml", "remind_市科技局.eml"):
        message = _parse((folder / name).read_bytes())
        assert link in message.get_body(("plain",)).get_content()
        assert f'<a href="{link}">' in message.get_body(("html",)).get_content()
    beixin = _parse((folder / "send_北辛街道.eml").read_bytes()).get_body(("plain",)).get_content()
    assert upload_link(ws, "北辛街道", PERIOD) in beixin and link not in beixin


def test_without_base_url_mail_has_no_link(tmp_path):
    ws = small_office(tmp_path)

    send_templates(ws, PERIOD, now=MONDAY)

    text = _parse((ws.mail_dir(PERIOD) / "send_市科技局.eml").read_bytes()).get_body(("plain",)).get_content()
    assert "/d/" not in text and "网上报送" not in text
    assert upload_link(ws, "市科技局", PERIOD) == ""
    assert not (ws.root / "web").exists()              # no tokens made for nothing


def _parse(data: bytes):
    from email import policy
    from email.parser import BytesParser

    return BytesParser(policy=policy.default).parsebytes(data)
