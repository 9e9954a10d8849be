"""The workspace's log, ``tz_excel.log``: what the program did, and the details of any defect.

    >>> with log_to_workspace(ws) as path:          # every command that works on a workspace
    ...     consolidate(ws, period)
    >>> report_defect(ws)                           # in the CLI's last-resort handler
    PosixPath('/office/tz_excel.log')

Messages for people are printed in Chinese by the commands; the log keeps the rest for whoever
maintains the installation: per-file internal errors with their tracebacks (the file was rejected
and archived, the week went on), and a defect that stopped a command (exit code 3).
"""

from __future__ import annotations

import logging
import tempfile
import traceback
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Iterator

LOG_FILE = "tz_excel.log"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


@contextmanager
def log_to_workspace(ws) -> Iterator[Path]:
    """Append the ``tz_excel`` loggers' records (INFO and up) to ``tz_excel.log`` in the workspace."""
    path = ws.root / LOG_FILE
    logger = logging.getLogger("tz_excel")
    if any(getattr(h, "baseFilename", None) == str(path) for h in logger.handlers):
        yield path
        return
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter(FORMAT))
    logger.addHandler(handler)
    old_level = logger.level
    if logger.level == logging.NOTSET or logger.level > logging.INFO:
        logger.setLevel(logging.INFO)
    try:
        yield path
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)
        handler.close()


def report_defect(ws, argv: list[str] | None = None) -> Path:
    """Write the exception being handled, with its traceback, to the workspace's log (or, when
    the workspace cannot be written, to a log in the temporary folder); return the log's path."""
    text = (f"{datetime.now():%Y-%m-%d %H:%M:%S} CRITICAL tz_excel: internal error"
            f"{' in: tz-excel ' + ' '.join(argv) if argv else ''}\n{traceback.format_exc()}\n")
    for path in (ws.root / LOG_FILE, Path(tempfile.gettempdir()) / LOG_FILE):
        try:
            with open(path, "a", encoding="utf-8") as log:
                log.write(text)
            return path
        except OSError:
            continue
    return Path(LOG_FILE)
