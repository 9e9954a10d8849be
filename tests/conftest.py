"""Fixtures shared by every test module.

Session-scoped defect fixtures (tests/make_fixtures.py) are built once per run; the loopback mail
servers live in tests/_servers.py, the throwaway PostgreSQL cluster in tests/_postgres.py.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _fixtures import fixture_returns, resaved_returns  # noqa: E402,F401
from _postgres import pg_url, postgres  # noqa: E402,F401
from _servers import dovecot, imap_server, smtp_server, tls_files  # noqa: E402,F401
from _web import chromium  # noqa: E402,F401  (one Chromium for the session, whichever module asks first)
