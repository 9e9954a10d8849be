"""Real mail servers on 127.0.0.1 for the tests: aiosmtpd (SMTP) and dovecot (IMAP).

    # conftest.py
    from _servers import dovecot, imap_server, smtp_server   # noqa: F401  (pytest fixtures)

    def test_x(smtp_server):
        ...                                  # smtp_server.port, smtp_server.messages
        smtp_server.fail_next(451)           # the next DATA gets "451", then normal service

    def test_y(imap_server):                 # session-wide dovecot, a fresh mailbox per test
        imap_server.deliver(raw_bytes)       # APPEND into the INBOX, unseen
        imap_server.flags()                  # {uid: flags} as the server holds them

Nothing here talks to anything but loopback. dovecot runs from a config in a temporary folder
(maildir, static password, plain auth without TLS) and is stopped at teardown.
"""

from __future__ import annotations

import imaplib
import itertools
import os
import pwd
import re
import shutil
import socket
import ssl
import subprocess
import tempfile
import time
from dataclasses import dataclass, field, replace
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import pytest

LOOPBACK = "127.0.0.1"
IMAP_USER, IMAP_PASSWORD = "office@tengzhou.example", "imap-secret"
SMTP_USER, SMTP_PASSWORD = "office@tengzhou.example", "smtp-secret"


def free_port() -> int:
    with socket.socket() as s:
        s.bind((LOOPBACK, 0))
        return s.getsockname()[1]


# -- SMTP (aiosmtpd) -----------------------------------------------------------------------------

@dataclass
class Received:
    """One message as the SMTP server accepted it."""

    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        return BytesParser(policy=policy.default).parsebytes(self.data)

    def attachments(self) -> list[tuple[str, bytes]]:
        """(decoded file name, bytes) of each attachment."""
        return [(part.get_filename(), part.get_content()) for part in self.message.iter_attachments()]


@dataclass
class SmtpServer:
    """A handler for aiosmtpd that keeps every message and can answer with failures on demand."""

    port: int = 0
    messages: list[Received] = field(default_factory=list)
    failures: list[int] = field(default_factory=list)     # codes for the next DATA commands
    attempts: int = 0
    logins: list[str] = field(default_factory=list)

    def fail_next(self, *codes: int) -> None:
        """Answer the next ``len(codes)`` DATA commands with these codes (451, 550 …)."""
        self.failures.extend(codes)

    async def handle_DATA(self, server, session, envelope):
        self.attempts += 1
        if self.failures:
            code = self.failures.pop(0)
            return f"{code} {'4.3.0 Try again later' if code < 500 else '5.7.1 Delivery not authorized'}"
        self.messages.append(Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 2.0.0 OK"

    def authenticate(self, server, session, envelope, mechanism, auth_data):
        from aiosmtpd.smtp import AuthResult, LoginPassword

        ok = isinstance(auth_data, LoginPassword) and (
            auth_data.login.decode(), auth_data.password.decode()) == (SMTP_USER, SMTP_PASSWORD)
        if ok:
            self.logins.append(auth_data.login.decode())
        return AuthResult(success=ok, handled=False)

    def clear(self) -> None:
        self.messages.clear()
        self.attempts = 0


def start_smtp(**controller_options):
    """Start aiosmtpd on a free loopback port; return (controller, handler)."""
    from aiosmtpd.controller import Controller

    handler = SmtpServer(port=free_port())
    controller = Controller(handler, hostname=LOOPBACK, port=handler.port, authenticator=handler.authenticate,
                            auth_require_tls=False, **controller_options)
    controller.start()
    return controller, handler


@pytest.fixture(scope="session")
def tls_files(tmp_path_factory):
    """(certificate, key) of a self-signed certificate for 127.0.0.1 (made with the openssl tool)."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    return cert, key


def server_tls_context(tls_files) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*tls_files)
    return context


def client_tls_context(tls_files) -> ssl.SSLContext:
    """A client context that trusts only the test certificate (and checks the host name)."""
    return ssl.create_default_context(cafile=str(tls_files[0]))


@pytest.fixture
def smtp_server():
    """A real SMTP server on 127.0.0.1 (no TLS; AUTH PLAIN/LOGIN accepted for SMTP_USER)."""
    controller, handler = start_smtp()
    try:
        yield handler
    finally:
        controller.stop()


# -- IMAP (dovecot) ------------------------------------------------------------------------------

DOVECOT_CONF = """\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
mail_location = maildir:{root}/mail/%u
first_valid_uid = 0
default_internal_user = {internal}
default_login_user = {login}
passdb {{
  driver = static
  args = password={password}
}}
userdb {{
  driver = static
  args = uid={mail_user} gid={mail_group} home={root}/home/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
  chroot =
}}
service anvil {{
  chroot =
}}
service stats {{
  chroot =
}}
"""


@dataclass
class ImapServer:
    """A dovecot process serving one maildir user on 127.0.0.1."""

    root: Path
    port: int
    process: subprocess.Popen
    user: str = IMAP_USER
    password: str = IMAP_PASSWORD

    def connect(self) -> imaplib.IMAP4:
        client = imaplib.IMAP4(LOOPBACK, self.port, timeout=10)
        client.login(self.user, self.password)
        return client

    def deliver(self, raw: bytes, folder: str = "INBOX", flags: str = "") -> None:
        """APPEND a message (unseen unless ``flags`` says otherwise)."""
        client = self.connect()
        try:
            if folder != "INBOX":
                client.create(folder)
            typ, data = client.append(folder, flags or None, None, raw)
            assert typ == "OK", data
        finally:
            client.logout()

    def flags(self, folder: str = "INBOX") -> dict[int, str]:
        """{sequence number: flags text} for every message in ``folder``."""
        client = self.connect()
        try:
            client.select(folder, readonly=True)
            typ, data = client.fetch("1:*", "(FLAGS)")
            result = {}
            for line in data:
                if isinstance(line, bytes) and b"FLAGS" in line:
                    n = int(line.split()[0])
                    result[n] = re.search(rb"FLAGS \(([^)]*)\)", line)[1].decode()
            return result
        finally:
            client.logout()

    def count(self, folder: str = "INBOX") -> int:
        return len(self.flags(folder))


def _dovecot_users() -> dict[str, str]:
    """Who dovecot's processes run as: unprivileged system users under root, else ourselves."""
    if os.geteuid() == 0:
        mail = "dovecot" if _exists("dovecot") else "nobody"
        return {"internal": mail, "login": "dovenull" if _exists("dovenull") else "nobody",
                "mail_user": mail, "mail_group": pwd.getpwnam(mail).pw_gid}
    me = pwd.getpwuid(os.geteuid())
    return {"internal": me.pw_name, "login": me.pw_name, "mail_user": me.pw_uid, "mail_group": me.pw_gid}


def _exists(user: str) -> bool:
    try:
        pwd.getpwnam(user)
        return True
    except KeyError:
        return False


def start_imap() -> ImapServer:
    """Start dovecot with a throw-away config; wait until it greets."""
    binary = shutil.which("dovecot") or "/usr/sbin/dovecot"
    # Not pytest's tmp_path: its 0700 parents would lock out dovecot's unprivileged processes.
    root = Path(tempfile.mkdtemp(prefix="tz-dovecot-"))
    root.chmod(0o755)
    users = _dovecot_users()
    for sub in ("mail", "home"):
        (root / sub).mkdir()
        if os.geteuid() == 0:
            shutil.chown(root / sub, pwd.getpwnam(users["internal"]).pw_uid, users["mail_group"])
    port = free_port()
    conf = root / "dovecot.conf"
    conf.write_text(DOVECOT_CONF.format(root=root, port=port, password=IMAP_PASSWORD, **users))
    process = subprocess.Popen([binary, "-F", "-c", str(conf)], stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    server = ImapServer(root, port, process)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"dovecot exited: {process.stderr.read().decode()} {_log(root)}")
        try:
            server.connect().logout()
            return server
        except (OSError, imaplib.IMAP4.error):
            time.sleep(0.05)
    stop_imap(server)
    raise RuntimeError(f"dovecot did not start on {port}: {_log(root)}")


def _log(root: Path) -> str:
    log = root / "dovecot.log"
    return log.read_text(errors="replace")[-2000:] if log.exists() else ""


def stop_imap(server: ImapServer) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()
    shutil.rmtree(server.root, ignore_errors=True)


@pytest.fixture(scope="session")
def dovecot():
    """One dovecot for the whole session (starting and stopping takes about a second)."""
    server = start_imap()
    try:
        yield server
    finally:
        stop_imap(server)


_mailboxes = itertools.count(1)


@pytest.fixture
def imap_server(dovecot):
    """A real dovecot IMAP server on 127.0.0.1, with a fresh user (so an empty INBOX) per test.

    Plain login without TLS; any user name logs in with ``IMAP_PASSWORD``.
    """
    return replace(dovecot, user=f"clerk{next(_mailboxes)}@tengzhou.example")
