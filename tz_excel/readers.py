"""Read many returned workbooks in worker processes, so a file that kills its reader costs one file.

    >>> readings = read_all(paths, catalogue, root=ws.root)
    >>> readings[0].department                     # an intake.Return …
    '市科技局'
    >>> readings[3]                                # … or why the file could not be read from disk
    Unreadable(reason='无法读取该文件（权限不足），本次未处理，下次汇总时再试。')

Why processes: python-calamine is native code. A hostile workbook can make it allocate without
bound or crash outright, which would take the whole merge with it. Each worker runs under an
address-space limit and a timer per file (``[merge] reader_memory_mb`` and ``reader_seconds``),
so a runaway read ends that worker instead. When a worker dies, the files it may have held are read again one at a
time in a fresh worker: the file that kills that one too is named, and its ``Return`` carries an
``internal-error`` finding, so the merge rejects and archives it like any other bad file.

Workers are forked from the merging process (the catalogue is already in memory); with one file
there is still one worker, because safety does not depend on the count.
"""

from __future__ import annotations

import logging
import os
import signal
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

from . import faults
from .errors import WorkbookReadError
from .findings import ERROR, Issue
from .inbox import file_sha256
from .intake import Return, display_path, read_return

log = logging.getLogger("tz_excel")

CHUNK = 16                      # files per task: amortises the round trips, small enough to balance


@dataclass(frozen=True)
class Unreadable:
    """A file that could not be read from disk at all (it stays in inbox/ for the next run)."""

    reason: str


Reading = Return | Unreadable
_STATE: dict = {}


def read_all(paths: list[Path], catalogue, *, settings=None, root: Path | None = None,
             workers: int | None = None) -> list[Reading]:
    """The reading of each path, in order (``start_reading`` and ``collect`` in one call)."""
    with start_reading(paths, catalogue, settings=settings, root=root, workers=workers) as readings:
        return readings.collect()


def start_reading(paths: list[Path], catalogue, *, settings=None, root: Path | None = None,
                  workers: int | None = None) -> "Readings":
    """Start reading ``paths`` in worker processes and return at once; ``collect()`` the results.

    Args:
        paths: the files to read.
        catalogue: the office's catalogue (rows are matched against it).
        settings: passed to ``intake.read_return``; ``settings.merge`` gives the limits.
        root: file paths in findings are shown relative to it.
        workers: processes; default one per CPU, at most one per ``CHUNK`` files, at least one.
    """
    if workers is None:
        workers = min(os.cpu_count() or 1, -(-len(paths) // CHUNK))
    limits = getattr(settings, "merge", None)
    memory = (limits.reader_memory_mb if limits else 2048) * 2**20
    seconds = limits.reader_seconds if limits else 120.0
    return Readings(list(paths), (catalogue, settings, root, memory, seconds), max(1, min(workers, len(paths))))


class Readings:
    """Files being read in worker processes (a context manager: leaving it stops the workers)."""

    def __init__(self, paths: list[Path], start: tuple, workers: int) -> None:
        self.paths, self.start = paths, start
        self.results: list[Reading | None] = [None] * len(paths)
        chunks = [range(i, min(i + CHUNK, len(paths))) for i in range(0, len(paths), CHUNK)]
        self.pool = _pool(workers, start) if paths else None
        self.futures = [(chunk, self.pool.submit(_read_chunk, [paths[n] for n in chunk])) for chunk in chunks]

    def collect(self) -> list[Reading]:
        """Wait for every file; when a worker died, read the files left one at a time.

        The results are handed over, not kept: a merge holds its Readings until the week's
        workbook is written, and ten thousand returns are a good part of its memory."""
        try:
            for chunk, future in self.futures:
                for n, reading in zip(chunk, future.result()):
                    self.results[n] = reading
        except BrokenProcessPool:
            log.warning("a reader process died; reading the remaining files one at a time")
            self.close()
            _read_one_by_one(self.paths, self.results, self.start)
        self.close()
        results, self.results, self.futures = self.results, [], []     # futures hold results too
        return results

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None

    def __enter__(self) -> "Readings":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _read_one_by_one(paths: list[Path], results: list, start: tuple) -> None:
    """Read each file still without a result alone in a one-worker pool; a file whose reading
    kills that worker is the culprit (its result says so), and a new worker takes the next."""
    pool = _pool(1, start)
    try:
        for n in (n for n, r in enumerate(results) if r is None):
            try:
                results[n] = pool.submit(_read_chunk, [paths[n]]).result()[0]
            except BrokenProcessPool:
                log.error("reading %s killed its reader process", paths[n])
                results[n] = crashed(paths[n], start[2])
                pool.shutdown(wait=True)
                pool = _pool(1, start)
    finally:
        pool.shutdown(wait=True)


def crashed(path: Path, root: Path | None) -> Reading:
    """The Return of a file whose reading killed the reader (a file-level internal-error)."""
    try:
        sha = file_sha256(path)
    except OSError as exc:
        return Unreadable(f"无法读取该文件（{exc.strerror or exc}），本次未处理，下次汇总时再试。")
    shown = display_path(path, root)
    return Return(file=shown, sha256=sha, issues=(Issue(
        "internal-error", ERROR,
        f"文件“{Path(shown).name}”在读取时导致程序内部错误或异常终止（文件可能过大或结构异常），未予读取。"
        "请用 Excel 或 WPS 打开确认内容后另存为 .xlsx，或在下发的模板中重新填写后报送；如仍有问题请与办公室联系。",
        shown),))


def _pool(workers: int, start: tuple) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(workers, mp_context=get_context("fork"), initializer=_start_worker,
                               initargs=start)


def _start_worker(catalogue, settings, root, memory: int, seconds: float) -> None:
    """Runs once in each worker: the reading context, and the limits that protect the merge."""
    _STATE.update(catalogue=catalogue, settings=settings, root=root, seconds=seconds)
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = memory if hard == resource.RLIM_INFINITY else min(memory, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, ValueError, OSError):       # Windows, or a limit we may not set
        pass
    # A file that keeps a worker busy beyond its time ends it (SIGALRM's default action), so a
    # reader stuck in native code is treated like one that crashed.
    if hasattr(signal, "SIGALRM"):
        signal.signal(signal.SIGALRM, signal.SIG_DFL)


def _read_chunk(paths: list[Path]) -> list[Reading]:
    return [_read_one(p) for p in paths]


def _read_one(path: Path) -> Reading:
    if hasattr(signal, "setitimer"):
        signal.setitimer(signal.ITIMER_REAL, _STATE["seconds"])
    try:
        faults.reading(path.name)
        return read_return(path, _STATE["catalogue"], settings=_STATE["settings"], root=_STATE["root"])
    except WorkbookReadError as exc:
        return Unreadable(f"无法读取该文件（{exc.message}），本次未处理，下次汇总时再试。")
    except MemoryError:
        log.error("reading %s ran out of memory", path)
        return crashed(path, _STATE["root"])
    except Exception:                 # a defect of ours must cost this file, not the week
        log.exception("reading %s failed", path)
        return crashed(path, _STATE["root"])
    finally:
        if hasattr(signal, "setitimer"):
            signal.setitimer(signal.ITIMER_REAL, 0)
