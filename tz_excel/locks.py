"""One run at a time: an operating-system file lock that dies with its holder.

    >>> with file_lock(ws.root / ".tz_excel.lock") as fd:
    ...     if fd is None:
    ...         raise WorkspaceError("另一个任务正在运行")
    ...     ...                                   # the lock is held here

``flock`` on POSIX, byte-range locking on Windows. Because the kernel owns the lock, a run that
is killed never leaves a stale lock behind; the file itself stays, and may carry the holder's
process id for messages (``holder_of``).
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

# Windows locks a byte past any text in the file, so a holder's pid stays readable.
_LOCK_OFFSET = 4096


@contextmanager
def file_lock(path: str | os.PathLike) -> Iterator[int | None]:
    """Try to lock ``path`` (created if missing): yield the open descriptor, or None when held."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        locked = _try_lock(fd)
        try:
            yield fd if locked else None
        finally:
            if locked:
                _unlock(fd)
    finally:
        os.close(fd)


def write_holder(fd: int, text: str) -> None:
    """Record who holds the lock (a pid and a time) at the start of the lock file."""
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, text.encode("ascii", "replace"))


def holder_of(path: str | os.PathLike) -> str:
    """The first word of the lock file (the holder's pid), or 未知."""
    try:
        words = Path(path).read_bytes()[:64].decode("ascii", "replace").split()
    except OSError:
        words = []
    return words[0] if words else "未知"


def _try_lock(fd: int) -> bool:
    try:
        import fcntl
    except ImportError:                        # Windows
        import msvcrt
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False


def _unlock(fd: int) -> None:
    try:
        import fcntl
    except ImportError:
        import msvcrt
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    fcntl.flock(fd, fcntl.LOCK_UN)
