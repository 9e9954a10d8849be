"""Latest return per department → the period's table; archive every file; keep the history.

    >>> result = merge_inbox(Workspace("."), Period.parse("2023-W36"))
    >>> result.to_dict()["missing_departments"]
    ['市委组织部', ...]
    >>> print(result.summary())
    2023年第36周（9月4日—9月10日）汇总完成。…

``merge_inbox`` reads every file under inbox/ (nested folders too), decides what each one is, moves
it into archive/ crash-safely, stores its values in the history store, then assesses the period and
writes the consolidated workbook. What each file becomes:

- ``accepted``: the newest return of its department and period (arrival time from a sidecar
  ``<name>.meta.json`` written by ``collect``, else the file's mtime; ties by the workbook's own
  modified time). Moved to ``archive/<period>/<department>/<原名>__<YYYYmmdd-HHMMSS>__<sha8><ext>``.
- ``superseded``: an earlier return of the same department and period; archived beside the winner.
- ``duplicate``: the same bytes were seen before (sha256); archived beside the first copy.
- ``other_period``: an accepted (or superseded) return of another period, archived and stored under
  its own period, never dropped; the word is how the summary of *this* period shows it.
- ``rejected``: not our template, an unknown department, a file-level error; moved to
  ``archive/rejected/`` with ``<archived name>.reason.txt`` saying why, in Chinese.
- ``ignored``: office lock files (``~$x.xlsx``, ``.~lock.x.xlsx#``), ``.DS_Store``, ``Thumbs.db``,
  ``desktop.ini``, hidden files and folders, symbolic links, unreadable files. These are left where
  they are, untouched: a lock file belongs to the Excel that holds it, and nothing here is deleted.

Crash safety: every move is a copy (a hard link where the disk allows it) to a hidden temporary
name → one sync of the disk → rename to the archive name → sync; the ledger and values are
committed in one transaction after the copies are durable and before any inbox file is removed.
A run killed at any point leaves every file either still in inbox/ (its temporary copy is removed
by the next run) or archived and recorded; the next run recognises a file already archived (same
path, same sha256) and only removes the inbox copy. ``.tz_excel.lock`` in the workspace keeps two
merges from running at once. Reading uses a process pool when there are many files; the pool
then creates the archive folders while this process decides and writes the ledger.

Re-running ``merge`` for a period recomputes from the ledger and store (the inbox only adds to them)
and gives the same summary: ``files`` lists every file the ledger holds for the period (its own
period, or decided by a merge of it) plus the ignored files still in inbox/.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import shutil
import stat
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from .errors import PeriodError, WorkspaceError
from .findings import ERROR, WARNING, Issue
from .locks import file_lock, holder_of, write_holder
from .periods import Period
from .records import (ACCEPTED, DUPLICATE, IGNORED, OTHER_PERIOD, REJECTED, STATUS_WORDS, SUPERSEDED,
                      FileOutcome, Value)

LOCK_NAME = ".tz_excel.lock"
SIDECAR_SUFFIX = ".meta.json"          # written by collect beside an attachment: received_at, sender
PART_SUFFIX = ".tz-part"               # temporary copies; any left by a crash are removed on the next run
CRASH_ENV = "TZ_EXCEL_CRASH_AFTER"     # test hook: "copy", "rename:3", "commit", "remove:2" (see crash_point)
SKIPPED_DIRS = {"__macosx", "$recycle.bin", "system volume information"}
_BAD_PATH_CHARS = str.maketrans({c: "_" for c in '/\\:*?"<>|\0'})


@dataclass(frozen=True)
class MergeResult:
    """Everything ``assess`` and ``report`` need for one period."""

    period: str
    files: tuple[FileOutcome, ...] = ()          # the ledger's files of the period + ignored ones in inbox/
    values: tuple[Value, ...] = ()               # the period's accepted values, all departments
    expected_departments: tuple[str, ...] = ()   # every department that should return
    missing_departments: tuple[str, ...] = ()
    issues: tuple[Issue, ...] = ()               # findings of the period's files (accepted and rejected)
    workbook: str = ""                           # consolidated workbook, relative to the workspace
    extra: dict = field(default_factory=dict)    # indicators/tasks added by assess for to_dict()
    assessments: tuple = ()                      # assess.Assessment of every indicator
    task_assessments: tuple = ()                 # assess.TaskAssessment of every task
    moved: tuple[str, ...] = ()                  # inbox files moved into archive/ by this run

    def to_dict(self) -> dict:
        """The merge summary of ``design.md``."""
        return {
            "period": self.period, "workbook": self.workbook,
            "files": [f.to_dict() for f in self.files],
            "indicators": list(self.extra.get("indicators", [])),
            "tasks": list(self.extra.get("tasks", [])),
            "missing_departments": list(self.missing_departments),
        }

    def count(self, status: str) -> int:
        return sum(1 for f in self.files if f.status == status)

    @property
    def shortfalls(self) -> list[dict]:
        """Indicators and tasks that are behind, severe or invalid."""
        bad = ("behind", "severe", "invalid")
        return [x for key in ("indicators", "tasks") for x in self.extra.get(key, []) if x["status"] in bad]

    @property
    def needs_attention(self) -> bool:
        """Rejected files or shortfalls: worth the office's attention (CLI exit code 1)."""
        return self.count(REJECTED) > 0 or bool(self.shortfalls)

    def summary(self) -> str:
        """A few lines of Chinese for the terminal."""
        return "\n".join(_summary_lines(self))


# -- the run ------------------------------------------------------------------------------------

def merge_inbox(ws, period: Period | str, now: datetime | None = None, *,
                workers: int | None = None) -> MergeResult:
    """Decide, archive and store every file in inbox/, then assess and report ``period``.

    Args:
        ws: the workspace.
        period: the period to assess and report (files of other periods are stored under theirs).
        now: the clock, for the ledger's decision times and the report.
        workers: processes reading workbooks; default one per CPU once there are at least
            ``PARALLEL_FROM`` files to read, else 1.

    Raises:
        WorkspaceError: another merge holds the workspace lock.
        ConfigError: the workspace, catalogue or directory is not usable.
    """
    from .office import load_catalogue, load_directory
    from .store import HistoryStore

    ws.require()
    period = Period.parse(str(period))
    now = now or datetime.now()
    with workspace_lock(ws), collector_paused():
        catalogue = load_catalogue(ws)
        directory = load_directory(ws)
        expected = tuple(d.name for d in directory.recipients_for(catalogue.department_names()))
        store = HistoryStore.for_workspace(ws)
        try:
            remove_partial_copies(ws.archive)
            moved, ignored = _Run(ws, catalogue, directory, store, expected, str(period), now,
                                  workers).execute(scan_inbox(ws))
            result = _period_result(ws, store, str(period), expected, ignored, moved)
            return _assess_and_report(ws, catalogue, period, result, store, now)
        finally:
            store.close()


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for the block.

    A run builds some hundred thousand small objects (returns, rows, findings, ledger rows) that
    all stay alive until it ends; the collector would walk them again and again, a tenth of the
    run, to free nothing. Reference counting still frees everything else as usual.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@dataclass(eq=False)                      # compared by identity
class _Arrival:
    """One file found in inbox/, on its way to the archive."""

    path: Path
    rel: str                                  # "inbox/sub/x.xlsx"
    sha256: str                               # known once read
    received_at: datetime
    sender: str = ""
    sidecar: Path | None = None
    ret: object = None                        # intake.Return once read
    outcome: FileOutcome | None = None
    leftover: bool = False                    # archived and recorded by a run that was killed
    duplicate_of: object = None               # the earlier _Arrival or ledger FileOutcome


@dataclass
class _Scan:
    arrivals: list[_Arrival]
    ignored: list[FileOutcome]


class _Run:
    """One merge: decide every arrival, archive, record, then clear the inbox."""

    def __init__(self, ws, catalogue, directory, store, expected: tuple[str, ...], period: str,
                 now: datetime, workers: int | None = None):
        self.ws, self.catalogue, self.directory, self.store = ws, catalogue, directory, store
        self.workers = workers
        self.expected, self.period, self.now = set(expected), period, now
        self.ignored: list[FileOutcome] = []
        self.taken: set[str] = set()             # archive names given out (ledger's and this run's)
        self.folders = FolderMaker(None, ws.root)   # makes the folders of the names given out

    def execute(self, scan: _Scan) -> tuple[tuple[str, ...], list[FileOutcome]]:
        """Decide, archive and record every arrival.

        Returns the inbox paths moved or cleared, and the ignored files (the scan's and those that
        could not be read). Nothing else outlives the run: its returns die before the collector
        resumes (see ``collector_paused``).

        The ledger rows are written before the files are archived but committed after: a run
        killed in between leaves an uncommitted transaction, which the database rolls back.
        """
        self.ignored = scan.ignored
        with ReaderPool(self.catalogue, self.ws.settings, self.ws.root, self.workers,
                        len(scan.arrivals)) as readers:
            arrivals = self._read(scan.arrivals, readers)   # before the transaction: workers fork
            fresh = self._sort_out(arrivals)
            with self.store.transaction():
                # Deciding gives out the archive names; idle readers make their folders meanwhile.
                # The pool closes at the end of this block, before any of archive_all's crash points.
                with readers.making_folders() as self.folders:
                    lineups, updates = self._decide(fresh)
                    self.store.replace_many(lineups)
                    self.store.record_files([a.outcome for a in fresh] + updates, decided_at=self.now)
                archive_all(self.ws.root, fresh)
                crash_point("commit")
        remove_from_inbox(arrivals)
        return tuple(a.rel for a in arrivals), self.ignored

    # -- duplicates and left-overs ----------------------------------------------------------------
    def _sort_out(self, arrivals: list[_Arrival]) -> list[_Arrival]:
        """Mark left-overs of a killed run and duplicates; return the arrivals still to archive."""
        known = self.store.files_with_any(a.sha256 for a in arrivals)
        self.taken = {o.archived_as for outcomes in known.values() for o in outcomes}
        fresh, first_by_sha = [], {}
        for arrival in arrivals:
            earlier = known.get(arrival.sha256, [])
            if any(o.file == arrival.rel and _same_bytes(self.ws.root / o.archived_as, arrival.sha256)
                   for o in earlier):
                arrival.leftover = True
                continue
            arrival.duplicate_of = earlier[0] if earlier else first_by_sha.get(arrival.sha256)
            first_by_sha.setdefault(arrival.sha256, arrival)
            fresh.append(arrival)
        for arrival in arrivals:
            if arrival.leftover or arrival.duplicate_of is not None:
                arrival.ret = None                 # read for its hash only; a copy is not read again
        return fresh

    def _read(self, arrivals: list[_Arrival], readers: "ReaderPool") -> list[_Arrival]:
        """Read (and so hash) every arrival; return those that could be read.

        A file that cannot be read from disk at all (it vanished, or another program holds it)
        stays in inbox/ and is listed as ignored, to be tried again by the next run.
        """
        readable = []
        returns = readers.read([a.path for a in arrivals])
        for arrival, ret in zip(arrivals, returns):
            if isinstance(ret, str):
                self.ignored.append(FileOutcome(file=arrival.rel, sha256="", status=IGNORED, issues=(
                    Issue("unreadable-file", WARNING, ret, file=arrival.rel),)))
                continue
            arrival.ret, arrival.sha256 = ret, ret.sha256
            readable.append(arrival)
        self.ignored.sort(key=lambda o: o.file)
        return readable

    # -- decisions ------------------------------------------------------------------------------
    def _decide(self, fresh: list[_Arrival]) -> tuple[dict, list[FileOutcome]]:
        """Set every fresh arrival's outcome.

        Returns the winners' value line-ups by (period, department) and the ledger rows of earlier
        files whose status changes (accepted → superseded).
        """
        groups: dict[tuple[str, str], list[_Arrival]] = {}
        for arrival in fresh:
            if arrival.ret is None:
                continue
            key = self._group_of(arrival)
            if key is None:
                arrival.outcome = self._outcome(arrival, REJECTED, self._issues(arrival, None))
            else:
                groups.setdefault(key, []).append(arrival)
        history = _History(self.store, groups)
        earlier = self.store.candidates_in({period for _, period in groups})
        lineups, updates = {}, []
        for key in sorted(groups, key=lambda k: (k[1], k[0])):      # earlier periods first: history
            lineup, changed = self._decide_group(key, groups[key], earlier.get(key, []), history)
            if lineup is not None:
                lineups[(key[1], key[0])] = lineup
            updates += changed
        for arrival in fresh:
            if arrival.duplicate_of is not None:
                arrival.outcome = self._duplicate(arrival, arrival.duplicate_of)
        return lineups, updates

    def _group_of(self, arrival: _Arrival) -> tuple[str, str] | None:
        """``(department, period)`` of a usable return, or None (with a finding) when rejected."""
        ret = arrival.ret
        if not ret.is_ours or any(i.is_error and not i.cell for i in ret.issues):
            return None
        try:
            period = str(Period.parse(ret.period))
        except PeriodError:
            arrival.ret = replace(ret, issues=ret.issues + (_finding(
                "wrong-period", f"文件中的报送周期“{ret.period}”无法识别，请使用本办下发的模板重新填报。",
                arrival),))
            return None
        if ret.department not in self.expected:
            arrival.ret = replace(ret, issues=ret.issues + (_finding(
                "unknown-department",
                f"文件中的填报单位“{ret.department}”不在本次应报单位之列，请使用本办下发给贵单位的模板重新填报。",
                arrival),))
            return None
        return ret.department, period

    def _decide_group(self, key, arrivals: list[_Arrival], earlier: list[FileOutcome],
                      history: "_History") -> tuple[list[Value] | None, list[FileOutcome]]:
        from .validation import validate_return

        department, period = key
        previous = history.before(department, period)
        for arrival in arrivals:
            found = validate_return(arrival.ret, self.catalogue, previous=previous,
                                    settings=self.ws.settings, directory=self.directory)
            issues = self._issues(arrival, found)
            refused = any(i.is_error and not i.cell for i in issues)
            arrival.outcome = self._outcome(arrival, REJECTED if refused else ACCEPTED, issues,
                                            None if refused else key)
        contenders = earlier + [a.outcome for a in arrivals if a.outcome.status == ACCEPTED]
        if not contenders:
            return None, []
        winner = max(contenders, key=_arrival_order)
        for arrival in arrivals:
            if arrival.outcome.status == ACCEPTED and arrival.outcome is not winner:
                arrival.outcome = replace(arrival.outcome, status=SUPERSEDED)
        changed = []
        for outcome in earlier:
            status = ACCEPTED if outcome is winner else SUPERSEDED
            if outcome.status != status:
                changed.append(replace(outcome, status=status))
        new_winner = next((a for a in arrivals if a.outcome is winner), None)
        if new_winner is None:
            return None, changed
        lineup = _values_of(new_winner, winner)
        history.stored(department, period, lineup)
        return lineup, changed

    def _issues(self, arrival: _Arrival, found: list[Issue] | None) -> tuple[Issue, ...]:
        """The reading findings, then the checks' (validate_return repeats the first: kept once)."""
        issues = list(arrival.ret.issues)
        known = set(issues)
        issues += [i for i in (found or ()) if i not in known]
        return tuple(i if i.file else replace(i, file=arrival.rel) for i in issues)

    def _outcome(self, arrival: _Arrival, status: str, issues: tuple[Issue, ...],
                 key: tuple[str, str] | None = None) -> FileOutcome:
        ret = arrival.ret
        if key:
            department, period = key
            folder = ("archive", period, department)
        else:
            department, period = (ret.department or None), _period_or_none(ret.period)
            department = department[:200] if department else None
            folder = ("archive", "rejected")
        return FileOutcome(
            file=arrival.rel, sha256=arrival.sha256, status=status, department=department,
            period=period, archived_as=self._archive_name(folder, arrival),
            received_at=arrival.received_at, issues=issues, modified=_naive(ret.modified),
            filed_under=self.period, sender=arrival.sender,
        )

    def _duplicate(self, arrival: _Arrival, original) -> FileOutcome:
        first = original.outcome if isinstance(original, _Arrival) else original
        folder = tuple(Path(first.archived_as).parent.parts)
        note = _finding("duplicate-file", (
            f"该文件与 {_when(first.received_at)} 收到的“{Path(first.file).name}”内容完全相同，"
            f"已归档备查，不重复计入。"), arrival, severity=WARNING)
        return FileOutcome(
            file=arrival.rel, sha256=arrival.sha256, status=DUPLICATE, department=first.department,
            period=first.period, archived_as=self._archive_name(folder, arrival),
            received_at=arrival.received_at, issues=(note,), modified=first.modified,
            filed_under=self.period, sender=arrival.sender,
        )

    def _archive_name(self, folder: tuple[str, ...], arrival: _Arrival) -> str:
        """A free name under ``folder`` keeping the original name, the arrival time and a short hash.

        Deterministic for the same inbox, so a run killed after copying reuses its own copies.
        """
        parts = [folder[0]] + [_safe_component(p) for p in folder[1:]]
        stem, ext = os.path.splitext(arrival.rel.rpartition("/")[2])         # rel is POSIX
        stem, ext = _safe_component(stem)[:80], ("." + _safe_component(ext[1:])[:11]) if ext else ""
        base = f"{stem}__{arrival.received_at:%Y%m%d-%H%M%S}__{arrival.sha256[:8]}"
        for n in range(1, 1000):
            candidate = "/".join(parts + [f"{base}{'' if n == 1 else f'__{n}'}{ext}"])
            if self._free(candidate, arrival.sha256):
                self.taken.add(candidate)
                self.folders.add(candidate)
                return candidate
        raise WorkspaceError(f"无法为 {arrival.rel} 确定归档文件名。", path=arrival.rel)

    def _free(self, candidate: str, sha256: str) -> bool:
        """Not given out yet, and nothing lies there (or the same bytes, copied by a killed run)."""
        if candidate in self.taken:
            return False
        target = os.path.join(self.ws.root, candidate)
        return not os.path.exists(target) or _same_bytes(Path(target), sha256)


class _History:
    """``latest_before`` over the store plus the line-ups decided in this run (not yet committed)."""

    def __init__(self, store, groups: Iterable[tuple[str, str]] = ()) -> None:
        """``groups``: the (department, period) pairs this run will ask about; the stored line-ups
        they need are fetched in one go rather than one query per department."""
        self.store = store
        self.periods = store.value_periods()
        latest = ((d, self._latest(d, p)) for d, p in groups)
        self.cache: dict[tuple[str, str], dict[str, float | None]] = store.actuals_many(
            key for key in latest if key[1] is not None)

    def before(self, department: str, period: str) -> dict[str, float | None]:
        latest = self._latest(department, period)
        if latest is None:
            return {}
        key = (department, latest)
        if key not in self.cache:
            self.cache[key] = self.store.actuals(*key)
        return self.cache[key]

    def _latest(self, department: str, period: str) -> str | None:
        return max((p for p in self.periods.get(department, ()) if p < period), default=None)

    def stored(self, department: str, period: str, lineup: list[Value]) -> None:
        self.periods.setdefault(department, set()).add(period)
        self.cache[(department, period)] = {v.id: v.actual for v in lineup}


PARALLEL_FROM = 64                     # files to read before a process pool pays for itself
_READER: dict = {}


class ReaderPool:
    """``intake.read_return`` over many files: in a process pool when there are many, else here.

    After reading, the idle workers create the archive folders (``making_folders``) while this
    process decides and writes the ledger: creating a folder costs the kernel about a quarter of
    a millisecond on ext4, and a run creates one per department and period it archives.
    Close the pool (leave the ``with`` block) before anything that may kill this process on
    purpose: workers do not notice a dead parent.
    """

    def __init__(self, catalogue, settings, root: Path, workers: int | None, count: int) -> None:
        """``workers``: processes; default one per CPU from ``PARALLEL_FROM`` files on, else 1."""
        if workers is None:
            workers = (os.cpu_count() or 1) if count >= PARALLEL_FROM else 1
        self.workers = max(1, min(workers, count))
        self.start, self.root = (catalogue, settings, root), root
        self.pool = None

    def __enter__(self) -> "ReaderPool":
        if self.workers > 1:
            from concurrent.futures import ProcessPoolExecutor

            self.pool = ProcessPoolExecutor(self.workers, initializer=_start_reader, initargs=self.start)
        else:
            _start_reader(*self.start)
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown()
            self.pool = None

    def read(self, paths: list[Path]) -> list:
        """The Return of each path, in order; a file that cannot be read from disk gives the
        Chinese reason (a str) in its place."""
        if self.pool is None:
            return [_read_one(p) for p in paths]
        chunk = max(1, min(16, len(paths) // (self.workers * 4)))
        return list(self.pool.map(_read_one, paths, chunksize=chunk))

    @contextmanager
    def making_folders(self) -> Iterator["FolderMaker"]:
        """A FolderMaker for the block; at its end, wait for the folders and close the pool."""
        maker = FolderMaker(self.pool, self.root)
        yield maker
        maker.finish()
        self.close()


class FolderMaker:
    """Creates the folders of archive names, in batches, in a pool's workers as names are given.

    Without a pool it does nothing: ``archive_all`` creates each folder it needs anyway.
    """

    BATCH = 48                # names are given in (period, department) order: a batch is mostly
                              # siblings, and the kernel makes one folder at a time in a parent

    def __init__(self, pool, root: Path) -> None:
        self.pool, self.root = pool, root
        self.seen: set[str] = set()
        self.batch: list[str] = []
        self.jobs: list = []

    def add(self, archived_as: str) -> None:
        """Have the folder of ``archived_as`` (relative to the workspace) made soon."""
        if self.pool is None:
            return
        folder = os.path.dirname(os.path.join(self.root, archived_as))
        if folder not in self.seen:           # one that exists already costs the worker a look
            self.seen.add(folder)
            self.batch.append(folder)
            if len(self.batch) >= self.BATCH:
                self._submit()

    def finish(self) -> None:
        """Wait until every folder is made (one that cannot be made raises here)."""
        self._submit()
        for job in self.jobs:
            job.result()
        self.jobs, self.pool = [], None           # the pool closes now; later names need no help

    def _submit(self) -> None:
        if self.batch:
            self.jobs.append(self.pool.submit(make_folders, self.batch))
            self.batch = []


def make_folders(folders: list[str]) -> None:
    for folder in folders:
        os.makedirs(folder, exist_ok=True)


def _start_reader(catalogue, settings, root: Path) -> None:
    _READER.update(catalogue=catalogue, settings=settings, root=root)


def _read_one(path: Path):
    from .errors import WorkbookReadError
    from .intake import read_return

    try:
        return read_return(path, _READER["catalogue"], settings=_READER["settings"], root=_READER["root"])
    except WorkbookReadError as exc:
        return f"无法读取该文件（{exc.message}），本次未处理，下次汇总时再试。"


def _arrival_order(outcome: FileOutcome) -> tuple:
    """Newest arrival wins; ties go to the later workbook modified time, then the hash."""
    return (outcome.received_at or datetime.min, outcome.modified or datetime.min, outcome.sha256)


def _values_of(arrival: _Arrival, outcome: FileOutcome) -> list[Value]:
    bad_cells = {i.cell for i in outcome.issues if i.is_error and i.cell}
    return [
        Value(period=outcome.period, department=outcome.department, id=row.id, task_no=row.task_no,
              role=row.role, actual=row.actual, valid=row.valid and row.cell not in bad_cells,
              state=row.state, progress=row.progress, problems=row.problems, plans=row.plans,
              file=outcome.archived_as, received_at=outcome.received_at)
        for row in arrival.ret.rows
    ]


def _period_or_none(text) -> str | None:
    try:
        return str(Period.parse(str(text))) if text else None
    except PeriodError:
        return None


def _finding(code: str, message: str, arrival: _Arrival, severity: str = ERROR) -> Issue:
    return Issue(code=code, severity=severity, message=message, file=arrival.rel)


# -- the inbox ----------------------------------------------------------------------------------

def scan_inbox(ws) -> _Scan:
    """Every file under inbox/ (nested folders too), oldest arrival first, and the ignored ones."""
    arrivals, ignored = [], []
    if not ws.inbox.is_dir():
        return _Scan(arrivals, ignored)
    for path, rel, listed in _walk(ws):
        if path.name.endswith(SIDECAR_SUFFIX) and _sidecar_owner(path).is_file():
            continue                                  # travels with its workbook
        if is_ignorable(path):
            ignored.append(FileOutcome(file=rel, sha256=_sha_or_blank(path), status=IGNORED))
            continue
        try:
            arrivals.append(_arrival(path, rel, (path.name + SIDECAR_SUFFIX).casefold() in listed))
        except OSError as exc:
            ignored.append(FileOutcome(file=rel, sha256="", status=IGNORED, issues=(Issue(
                "unreadable-file", WARNING, f"无法读取该文件（{exc.strerror or exc}），本次未处理，下次汇总时再试。",
                file=rel),)))
    arrivals.sort(key=lambda a: (a.received_at, a.rel))
    return _Scan(arrivals, sorted(ignored, key=lambda o: o.file))


def _walk(ws) -> Iterator[tuple[Path, str, set[str]]]:
    """Every file under inbox/: its path, the path relative to the workspace in POSIX form, and
    the case-folded names in its folder (a sidecar is looked for only where one is listed; folded,
    as Windows and macOS find a name in any case)."""
    for folder, dirs, names in os.walk(ws.inbox):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d.lower() not in SKIPPED_DIRS)
        here = Path(folder)
        prefix, listed = here.relative_to(ws.root).as_posix() + "/", {n.casefold() for n in names}
        for name in sorted(names):
            yield here / name, prefix + name, listed


def is_ignorable(path: Path) -> bool:
    """Lock files, system files, hidden files, symbolic links: never read, never moved."""
    from .intake import is_ignorable as is_office_litter

    name = path.name
    if is_office_litter(path) or name.startswith("~") or name.endswith((PART_SUFFIX, SIDECAR_SUFFIX)):
        return True
    try:
        st = path.lstat()
    except OSError:
        return True
    hidden = getattr(st, "st_file_attributes", 0) & (stat.FILE_ATTRIBUTE_HIDDEN | stat.FILE_ATTRIBUTE_SYSTEM)
    return stat.S_ISLNK(st.st_mode) or not stat.S_ISREG(st.st_mode) or bool(hidden)


def _arrival(path: Path, rel: str, sidecar_listed: bool = True) -> _Arrival:
    received = datetime.fromtimestamp(path.stat().st_mtime)
    sender, sidecar = "", Path(str(path) + SIDECAR_SUFFIX)
    if sidecar_listed and sidecar.is_file():
        meta = _read_sidecar(sidecar)
        received = meta.get("received_at") or received
        sender = meta.get("sender", "")
    else:
        sidecar = None
    return _Arrival(path, rel, "", received.replace(microsecond=0), sender, sidecar)


def _read_sidecar(path: Path) -> dict:
    """``{"received_at": datetime, "sender": str}`` from collect's sidecar; {} when unusable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        received = _naive(datetime.fromisoformat(str(data["received_at"])))
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    return {"received_at": received, "sender": str(data.get("sender") or "")}


def _sidecar_owner(sidecar: Path) -> Path:
    return sidecar.with_name(sidecar.name[: -len(SIDECAR_SUFFIX)])


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _sha_or_blank(path: Path) -> str:
    try:
        return file_sha256(path) if stat.S_ISREG(path.lstat().st_mode) else ""
    except OSError:
        return ""


def _same_bytes(path: Path, sha256: str) -> bool:
    try:
        return path.is_file() and file_sha256(path) == sha256
    except OSError:
        return False


# -- moving files -------------------------------------------------------------------------------

def archive_all(root: Path, arrivals: list[_Arrival]) -> None:
    """Copy every arrival (its sidecar, and a reason file for rejections) to its archive name, durably.

    Copies go to hidden temporary names first; one flush makes them durable; then each is renamed
    into place and the renames are made durable too. The inbox is not touched here.
    """
    jobs, folders = [], set()                  # (temporary, final); folders made or found
    for arrival in arrivals:
        final = root / arrival.outcome.archived_as
        folder = final.parent
        if folder not in folders:
            if not folder.is_dir():            # usually made already, by ReaderPool.making_folders
                folder.mkdir(parents=True, exist_ok=True)
            folders.add(folder)
        if not os.path.exists(final):          # else: copied by a run killed before recording
            jobs.append(_copy_to_part(arrival.path, final))
        if arrival.sidecar is not None:
            jobs.append(_copy_to_part(arrival.sidecar, Path(str(final) + SIDECAR_SUFFIX)))
        if arrival.outcome.status == REJECTED or arrival.outcome.archived_as.startswith("archive/rejected/"):
            reason = Path(str(final) + ".reason.txt")
            jobs.append(_write_part(reason, reason_text(arrival.outcome)))
    _flush([part for part, _ in jobs])
    for part, final in jobs:
        os.replace(part, final)
        crash_point("rename")
    flush_folders({final.parent for _, final in jobs})


def _copy_to_part(source: Path, final: Path) -> tuple[Path, Path]:
    """Copy ``source`` beside ``final`` under a hidden temporary name.

    A hard link is the copy where the file system allows one (inbox/ and archive/ are normally on
    the same disk): no bytes are duplicated, the arrival time stays on the file, and removing the
    inbox name later leaves the archived one. Elsewhere the bytes are copied, mtime included.
    """
    part = final.with_name(f".{final.name}{PART_SUFFIX}")
    part.unlink(missing_ok=True)
    try:
        os.link(source, part)                  # symbolic links never get here: scan_inbox ignores them
    except (OSError, NotImplementedError):
        shutil.copy2(source, part)
    crash_point("copy")
    return part, final


def _write_part(final: Path, text: str) -> tuple[Path, Path]:
    part = final.with_name(f".{final.name}{PART_SUFFIX}")
    part.write_text(text, encoding="utf-8")
    return part, final


def _flush(paths: list[Path]) -> None:
    """Make the data of ``paths`` durable: one sync of everything beats an fsync per file."""
    if not paths:
        return
    if hasattr(os, "sync"):
        os.sync()
        return
    for path in paths:
        with open(path, "rb+") as f:
            os.fsync(f.fileno())


def flush_folders(folders: Iterable[Path]) -> None:
    """Make renames and removals in ``folders`` durable (one sync where there is one; Windows
    cannot open a folder to fsync it, and its rename is durable once it returns)."""
    folders = set(folders)
    if not folders:
        return
    if hasattr(os, "sync"):
        os.sync()
        return
    for folder in sorted(folders):
        try:
            fd = os.open(folder, os.O_RDONLY)
        except OSError:
            continue
        try:
            os.fsync(fd)
        except OSError:
            pass
        finally:
            os.close(fd)


def remove_from_inbox(arrivals: list[_Arrival]) -> None:
    """Remove archived and recorded files from inbox/: the sidecar first, so a kill in between
    leaves the workbook, which the next run recognises as already archived."""
    folders = set()
    for arrival in arrivals:
        if not (arrival.leftover or arrival.outcome):
            raise RuntimeError(f"{arrival.rel} was not archived")
        if arrival.sidecar is not None:
            arrival.sidecar.unlink(missing_ok=True)
        arrival.path.unlink(missing_ok=True)
        folders.add(arrival.path.parent)
        crash_point("remove")
    flush_folders(folders)


def remove_partial_copies(archive: Path) -> None:
    """Remove temporary copies a killed run left in archive/ (their originals are still in inbox/)."""
    if archive.is_dir():
        for path in archive.rglob(f".*{PART_SUFFIX}"):
            path.unlink(missing_ok=True)


def reason_text(outcome: FileOutcome) -> str:
    """The Chinese reason file beside a rejected file (or a duplicate of one)."""
    lines = [
        f"原文件：{outcome.file}",
        f"收到时间：{_when(outcome.received_at)}",
        f"SHA-256：{outcome.sha256}",
        f"处理结果：{STATUS_WORDS[outcome.status]}，未计入汇总。",
        "原因：",
    ]
    lines += [f"  {n}. {i.message}" + (f"（单元格 {i.cell}）" if i.cell else "")
              for n, i in enumerate(outcome.issues, 1)]
    lines.append("请按上述原因修改后，使用本办下发的填报模板重新报送；如有疑问请与办公室联系。")
    return "\n".join(lines) + "\n"


@contextmanager
def workspace_lock(ws) -> Iterator[Path]:
    """Hold ``.tz_excel.lock`` in the workspace, or raise WorkspaceError if another run holds it.

    The lock is the operating system's (``flock``; byte-range locking on Windows), so it dies with
    its holder: a killed run never leaves a stale lock behind. The file stays, holding the last
    holder's process id for the message.
    """
    path = ws.root / LOCK_NAME
    with file_lock(path) as fd:
        if fd is None:
            raise WorkspaceError(
                f"另一个汇总任务（进程 {holder_of(path)}）正在使用工作区 {ws.root}，请待其结束后再试。",
                path=str(path))
        write_holder(fd, f"{os.getpid():<12d}{datetime.now():%Y-%m-%dT%H:%M:%S}\n")
        yield path


_crash_counts: dict[str, int] = {}


def crash_point(stage: str) -> None:
    """Test hook: with TZ_EXCEL_CRASH_AFTER=stage[:n], die like a killed process at the n-th pass.

    Stages: ``copy`` (after a temporary copy), ``rename`` (after a rename into archive/),
    ``commit`` (just before the ledger commits), ``remove`` (after an inbox file is removed).
    """
    wanted = os.environ.get(CRASH_ENV)
    if not wanted:
        return
    name, _, nth = wanted.partition(":")
    if name == stage:
        _crash_counts[stage] = _crash_counts.get(stage, 0) + 1
        if _crash_counts[stage] >= int(nth or 1):
            os._exit(70)


# -- the period's result ------------------------------------------------------------------------

def _period_result(ws, store, period: str, expected: tuple[str, ...], ignored: list[FileOutcome],
                   moved: tuple[str, ...]) -> MergeResult:
    values = store.values(period)
    files = [_as_seen_from(o, period) for o in store.ledger(period)]
    notes = lead_co_mismatches(values, ws.settings.assess.tolerance)
    files = [_with_notes(f, notes) for f in files]
    reported = {f.department for f in files if f.status == ACCEPTED and f.period == period}
    issues = tuple(i for f in files if f.status in (ACCEPTED, REJECTED) for i in f.issues)
    return MergeResult(
        period=period, files=tuple(files + ignored), values=tuple(values),
        expected_departments=expected,
        missing_departments=tuple(d for d in expected if d not in reported),
        issues=issues, moved=moved,
    )


def _as_seen_from(outcome: FileOutcome, period: str) -> FileOutcome:
    if outcome.period != period and outcome.status in (ACCEPTED, SUPERSEDED):
        return replace(outcome, status=OTHER_PERIOD)
    return outcome


def _with_notes(outcome: FileOutcome, notes: list[Issue]) -> FileOutcome:
    mine = tuple(n for n in notes if n.file == outcome.archived_as and outcome.status == ACCEPTED)
    return replace(outcome, issues=outcome.issues + mine) if mine else outcome


def lead_co_mismatches(values: Iterable[Value], tolerance: float) -> list[Issue]:
    """A ``lead-co-mismatch`` warning for each co-operator figure that differs from the sole lead's
    by more than ``tolerance`` (a share of the lead's figure). The lead's figure stays official."""
    by_id: dict[str, list[Value]] = {}
    for v in values:
        if v.actual is not None and v.valid:
            by_id.setdefault(v.id, []).append(v)
    notes = []
    for vid, group in by_id.items():
        leads = [v for v in group if v.role == "lead"]
        if len(leads) != 1:
            continue
        lead = leads[0]
        for co in (v for v in group if v.role != "lead"):
            if abs(co.actual - lead.actual) > tolerance * abs(lead.actual) or (lead.actual == 0 != co.actual):
                notes.append(Issue(
                    "lead-co-mismatch", WARNING,
                    f"指标{vid}：牵头单位{lead.department}填报{_num(lead.actual)}，配合单位{co.department}"
                    f"填报{_num(co.actual)}，相差超过{tolerance:.0%}；以牵头单位数据为准，请双方核实。",
                    file=co.file, value=_num(co.actual)))
    return notes


def _assess_and_report(ws, catalogue, period: Period, result: MergeResult, store, now) -> MergeResult:
    try:
        from .assess import assess_period
        from .report import write_report
    except ImportError:                         # until assess/report land (issue 5)
        return result
    assessments, tasks = assess_period(catalogue, list(result.values), period, ws.settings)
    result = replace(result, assessments=tuple(assessments), task_assessments=tuple(tasks), extra={
        "indicators": [a.to_dict() for a in assessments], "tasks": [t.to_dict() for t in tasks]})
    with store.transaction():
        store.replace_statuses(str(period), assessments)
    path = write_report(ws, catalogue, period, result, assessments, tasks, store=store, now=now)
    return replace(result, workbook=Path(path).resolve().relative_to(ws.root).as_posix())


def _summary_lines(result: MergeResult) -> list[str]:
    p = Period.parse(result.period)
    counts = "，".join(f"{STATUS_WORDS[s]} {result.count(s)}" for s in STATUS_WORDS if result.count(s))
    expected, missing = len(result.expected_departments), len(result.missing_departments)
    lines = [f"{p.label}汇总完成。",
             f"  本次移入归档 {len(result.moved)} 个文件；本期共涉及文件 {len(result.files)} 个"
             + (f"（{counts}）" if counts else "") + "。",
             f"  应报单位 {expected} 个，已报 {expected - missing} 个，未报 {missing} 个"
             + (f"：{'、'.join(result.missing_departments)}" if result.missing_departments else "") + "。"]
    if result.extra.get("indicators"):
        from .assess import STATUS_WORDS as WORDS
        tally = {s: 0 for s in WORDS}
        for item in result.extra["indicators"]:
            tally[item["status"]] = tally.get(item["status"], 0) + 1
        lines.append("  指标：" + "，".join(f"{WORDS.get(s, s)} {n}" for s, n in tally.items() if n) + "。")
    for f in (f for f in result.files if f.status == REJECTED):
        reason = next((i.message for i in f.issues if i.is_error), "")
        lines.append(f"  拒收：{f.file}（{reason}）已移至 {f.archived_as}")
    if result.workbook:
        lines.append(f"  汇总表：{result.workbook}")
    return lines


# -- small helpers ------------------------------------------------------------------------------

@lru_cache(maxsize=4096)                   # the same department and period names, file after file
def _safe_component(text: str) -> str:
    """A file or folder name from untrusted text: no separators, no leading dots, never empty."""
    cleaned = "".join(ch for ch in str(text).translate(_BAD_PATH_CHARS) if ch >= " ").strip().lstrip(".")
    return cleaned or "_"


def _naive(moment: datetime | None) -> datetime | None:
    """Local wall-clock time without tzinfo, as the ledger keeps it."""
    if moment is None or moment.tzinfo is None:
        return moment
    return moment.astimezone().replace(tzinfo=None)


def _when(moment: datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M:%S}" if moment else "未知时间"


def _num(value: float) -> str:
    return f"{value:g}"
