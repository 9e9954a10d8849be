"""inbox/ → archive/ and the history store: every file decided, archived and recorded, nothing lost.

    >>> result = merge_inbox(Workspace("."), Period.parse("2023-W36"))
    >>> result.missing_departments
    ('市委组织部', ...)
    >>> print(result.summary())
    2023年第36周（9月4日—9月10日）汇总完成。…

The stages of one merge, each in its own module:

    inbox.scan_inbox ─▶ readers.read_all ─▶ decide.decide_batch ─▶ archive (stage, publish) + store
    (arrivals, files     (worker processes)   (verdicts, winners,     (one transaction: ledger,
     left alone)                               duplicates)             values; then inbox cleared)

What each file becomes: ``accepted`` (the newest return of its department and period),
``superseded`` (an earlier one), ``duplicate`` (bytes seen before), ``other_period`` (how this
period's summary shows a return of another period: it is stored under its own), ``rejected``
(moved to archive/rejected/ with a Chinese reason file) or ``ignored`` (left in inbox/ untouched,
listed with the reason). Assessment and the consolidated workbook are the next stages
(``cycle.consolidate``); this module never calls them.

A wall around each file: whatever goes wrong while one file is read (readers), judged (decide),
archived or stored stays with that file, which is rejected with ``internal-error`` (or, if it
cannot even be archived, left in inbox/ for the next run) while the rest of the week merges.

Crash safety: copies are staged and made durable before the ledger's transaction writes, renamed
into place before it commits, and inbox files are removed only after the commit. A run killed at
any point leaves every file either still in inbox/ or archived and recorded; the next run
recognises a file already archived (same path, same sha256) and only removes the inbox copy.
``.tz_excel.lock`` keeps two merges of one workspace from running at once.

Re-running ``merge`` for a period gives the same summary: ``files`` lists every file the ledger
holds for the period (its own period, or decided by a merge of it) plus the files left in inbox/.
"""

from __future__ import annotations

import gc
import logging
import os
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Iterator

from .archive import (ArchiveJob, ArchiveNamer, needs_reason, publish, reason_text, remove_from_inbox,
                      remove_partial_copies, same_bytes, stage_all)
from .decide import (Batch, History, Office, Pending, decide_batch, lead_co_mismatches, mark_duplicates,
                     settle_duplicate, values_of)
from .errors import WorkspaceError
from .faults import crash_point
from .findings import ERROR, Issue
from .inbox import Scan, left_alone, scan_inbox, unreadable
from .periods import Period, as_period, require_cadence
from .readers import Unreadable, start_reading
from .records import ACCEPTED, OTHER_PERIOD, REJECTED, STATUS_WORDS, SUPERSEDED, FileOutcome, Value

log = logging.getLogger("tz_excel")

LOCK_NAME = ".tz_excel.lock"


@dataclass(frozen=True)
class MergeResult:
    """One period as merged: its files, its values, who has not returned; after ``cycle.consolidate``
    also the assessments and the consolidated workbook."""

    period: Period
    files: tuple[FileOutcome, ...] = ()          # the ledger's files of the period + those left in inbox/
    values: tuple[Value, ...] = ()               # the period's accepted values, all departments
    expected_departments: tuple[str, ...] = ()   # every department that should return
    missing_departments: tuple[str, ...] = ()
    issues: tuple[Issue, ...] = ()               # findings of the period's files (accepted and rejected)
    moved: tuple[str, ...] = ()                  # inbox files moved into archive/ by this run
    assessments: tuple = ()                      # assess.Assessment of every indicator
    task_assessments: tuple = ()                 # assess.TaskAssessment of every task
    workbook: str = ""                           # consolidated workbook, relative to the workspace

    def to_dict(self) -> dict:
        """The merge summary of ``design.md``."""
        return {
            "period": str(self.period), "workbook": self.workbook,
            "files": [f.to_dict() for f in self.files],
            "indicators": [a.to_dict() for a in self.assessments],
            "tasks": [t.to_dict() for t in self.task_assessments],
            "missing_departments": list(self.missing_departments),
        }

    def count(self, status: str) -> int:
        return sum(1 for f in self.files if f.status == status)

    def to_frame(self, what: str = "indicators"):
        """The period as a pandas DataFrame, for analysts: ``"indicators"`` (one row per assessed
        indicator, after ``cycle.consolidate``), ``"tasks"``, or ``"values"`` (every department's
        merged line, lead and co-operators)."""
        from . import frames

        if what == "values":
            return frames.values_frame(self.values)
        if what in ("indicators", "tasks"):
            return frames.assessments_frame(self.assessments if what == "indicators" else self.task_assessments)
        raise ValueError(f"to_frame: what must be 'indicators', 'tasks' or 'values', not {what!r}")

    @property
    def shortfalls(self) -> list:
        """Assessments of indicators and tasks that are behind, severe or invalid."""
        bad = ("behind", "severe", "invalid")
        return [a for a in (*self.assessments, *self.task_assessments) if a.status in bad]

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
    """Decide, archive and store every file in inbox/; return ``period`` as merged.

    Args:
        ws: the workspace.
        period: the period to summarise (files of other periods are stored under theirs).
        now: the clock, for the ledger's decision times.
        workers: processes reading workbooks (default: see ``readers.start_reading``).

    Raises:
        WorkspaceError: another merge holds the workspace lock.
        ConfigError: the workspace, catalogue or directory is not usable.
    """
    ws.require()
    with workspace_lock(ws), begin(ws, as_period(period), now or datetime.now(), workers=workers) as run:
        from .store import HistoryStore        # imported and opened while the readers work

        store = HistoryStore.for_workspace(ws)
        try:
            return run.finish(store)
        finally:
            store.close()


def begin(ws, period: Period, now: datetime, *, workers: int | None = None, catalogue=None,
          directory=None) -> "MergeRun":
    """Scan inbox/ and start reading it in worker processes; ``finish`` the run with a store.

    The caller holds the workspace lock. Starting the readers first lets this process import and
    open the history store (and anything else it needs) while they work.
    """
    from .office import load_catalogue, load_directory

    period = require_cadence(period, ws.settings.office.cadence)
    catalogue = catalogue or load_catalogue(ws)
    directory = directory or load_directory(ws)
    expected = tuple(d.name for d in directory.recipients_for(catalogue.department_names()))
    office = Office(catalogue, directory, ws.settings, frozenset(expected), str(period))
    remove_partial_copies(ws.archive)
    return MergeRun(ws, period, now, office, expected, scan_inbox(ws), workers)


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


class MergeRun:
    """One merge: files being read, then decided, named, archived and recorded; inbox cleared."""

    def __init__(self, ws, period: Period, now: datetime, office: Office, expected: tuple[str, ...],
                 scan: Scan, workers: int | None) -> None:
        self.ws, self.period, self.now, self.office, self.expected = ws, period, now, office, expected
        self.scan = scan
        self.left: list[FileOutcome] = list(scan.left_alone)   # files that stay in inbox/, with the reason
        self._taken: set[str] = set()                # archive names the ledger has given out
        self._updates: list[FileOutcome] = []        # ledger rows whose status this run changes
        self._staged: list[tuple[Path, Path]] = []   # (temporary copy, archive name)
        self._folders: set[Path] = set()             # archive folders made by this run
        self.readings = start_reading([a.path for a in scan.arrivals], office.catalogue,
                                      settings=ws.settings, root=ws.root, workers=workers)

    def __enter__(self) -> "MergeRun":
        return self

    def __exit__(self, *exc) -> None:
        self.readings.close()

    def finish(self, store) -> MergeResult:
        """Decide, archive and record every file read; the period as the store then holds it."""
        self.store = store
        store.check_cadence(self.ws.settings, self.office.catalogue.year)
        with collector_paused():
            pending = self._read()
            leftovers, fresh = self._sort_out(pending)
            batch = self._decide(fresh)
            done = self._name_and_stage(batch, ArchiveNamer(self.ws.root, self._taken))
            self._record(done)
            cleared = leftovers + done
            remove_from_inbox((p.arrival.path, p.arrival.sidecar) for p in cleared)
            self.left.sort(key=lambda o: o.file)
            moved = tuple(p.arrival.rel for p in cleared)
            # The returns read are recorded: let them go before the period is read back, so a
            # week of ten thousand is never held twice (as returns and as stored values).
            del pending, leftovers, fresh, batch, done, cleared
            return period_result(store, self.period, self.expected, self.left, moved,
                                 self.ws.settings.assess.tolerance)

    def _read(self) -> list[Pending]:
        """The files read; a file that cannot be read from disk stays in inbox/ (listed)."""
        pending = []
        for arrival, reading in zip(self.scan.arrivals, self.readings.collect()):
            if isinstance(reading, Unreadable):
                self.left.append(left_alone(arrival.rel, reading.reason, code="unreadable-file"))
            else:
                pending.append(Pending(arrival, reading))
        return pending

    def _sort_out(self, pending: list[Pending]) -> tuple[list[Pending], list[Pending]]:
        """(left-overs of a killed run: archived and recorded already, the rest to decide)."""
        known = self.store.files_with_any(p.ret.sha256 for p in pending)
        self._taken = {o.archived_as for outcomes in known.values() for o in outcomes}
        leftovers, fresh = [], []
        for item in pending:
            if any(o.file == item.arrival.rel and same_bytes(self.ws.root / o.archived_as, item.ret.sha256)
                   for o in known.get(item.ret.sha256, [])):
                leftovers.append(item)
            else:
                fresh.append(item)
        mark_duplicates(fresh, known)
        return leftovers, fresh

    def _decide(self, fresh: list[Pending]) -> Batch:
        groups = {(p.ret.department, str(p.ret.period)) for p in fresh if p.ret.is_ours}
        history = History(self.store, groups)
        earlier = self.store.candidates_in({period for _, period in groups})
        return decide_batch(fresh, self.office, history, earlier)

    def _name_and_stage(self, batch: Batch, namer: ArchiveNamer) -> list[Pending]:
        """Give every decided file its archive name and stage its copy; returns the files staged.

        Duplicates are named after the file they copy. A file that cannot be named or staged is
        rejected with internal-error under a plain name; one that cannot be staged even then
        stays in inbox/ (listed) for the next run.
        """
        self._updates = list(batch.updates)
        firsts = [p for p in batch.pending if p.duplicate_of is None]
        copies = [p for p in batch.pending if p.duplicate_of is not None]
        staged_pairs, done = [], []
        for group in (firsts, copies):
            for item in group:
                if item.duplicate_of is not None:
                    settle_duplicate(item, self.office)
                pairs = self._stage(item, namer)
                if pairs is not None:
                    staged_pairs += pairs
                    done.append(item)
        self._staged = staged_pairs
        return done

    def _stage(self, item: Pending, namer: ArchiveNamer) -> list | None:
        for attempt in (1, 2):
            try:
                folder, owner = (item.folder, item.owner) if attempt == 1 else (("archive", "rejected"), "")
                name = namer.name(folder, item.arrival.rel, item.arrival.received_at, item.ret.sha256, owner)
                item.outcome = replace(item.outcome, archived_as=name)
                staged, failed = stage_all(self.ws.root, [self._job(item)], self._folders)
            except OSError as exc:
                staged, failed = [], [(None, exc)]
            if not failed:
                return staged
            log.error("archiving %s as %s failed: %s", item.arrival.rel, item.outcome.archived_as, failed[0][1])
            if item.winner:                  # the ledger's earlier winner keeps its place
                key = (item.outcome.department, item.outcome.period)
                self._updates = [o for o in self._updates if (o.department, o.period) != key]
            item.outcome = _internal_error(item.outcome, "归档")
            item.winner = False
        self.left.append(unreadable(item.arrival.rel, "无法写入归档目录"))
        return None

    def _job(self, item: Pending) -> ArchiveJob:
        outcome = item.outcome
        return ArchiveJob(item.arrival.path, outcome.archived_as, item.arrival.sidecar,
                          reason_text(outcome) if needs_reason(outcome) else None)

    def _record(self, done: list[Pending]) -> None:
        """Write the ledger and the winners' values in one transaction, publish the copies, commit.

        If the store refuses the batch, each file is recorded in a transaction of its own, and a
        file the store refuses even alone is recorded as rejected (internal-error) without values.
        """
        try:
            with self.store.transaction():
                self._write(done, self._updates)
                publish(self._staged)
                crash_point("commit")
        except Exception:
            if not done:
                raise
            log.exception("recording the merge failed; recording file by file")
            self._record_one_by_one(done)

    def _write(self, items: list[Pending], updates: list[FileOutcome]) -> None:
        lineups = {(p.outcome.period, p.outcome.department): values_of(p.ret, p.outcome)
                   for p in items if p.winner}
        self.store.replace_many(lineups)
        self.store.record_files([p.outcome for p in items] + updates, decided_at=self.now)

    def _record_one_by_one(self, done: list[Pending]) -> None:
        updates = list(self._updates)
        for item in list(done):
            try:
                with self.store.transaction():
                    self._write([item], updates if item.winner else [])
                if item.winner:
                    updates = []
            except Exception:
                log.exception("recording %s failed", item.arrival.rel)
                item.outcome, item.winner = _internal_error(item.outcome, "记录"), False
                with self.store.transaction():
                    self._write([item], [])
        publish(self._staged)


def _internal_error(outcome: FileOutcome, stage: str) -> FileOutcome:
    note = Issue("internal-error", ERROR,
                 f"程序在{stage}文件“{outcome.file.rpartition('/')[2]}”时发生内部错误，该文件未计入汇总，"
                 "已原样归档。办公室已记录错误详情（tz_excel.log），将尽快处理。", file=outcome.file)
    return replace(outcome, status=REJECTED, issues=outcome.issues + (note,))


@contextmanager
def workspace_lock(ws) -> Iterator[Path]:
    """Hold ``.tz_excel.lock`` in the workspace, or raise WorkspaceError if another run holds it.

    The lock is the operating system's (``filelock``: flock, or byte-range locking on Windows), so
    it dies with its holder: a killed run never leaves a stale lock behind. Who holds it (process id
    and start time) is written beside it, for the message a second run gives.
    """
    from filelock import FileLock, Timeout

    path = ws.root / LOCK_NAME
    holder = path.with_name(LOCK_NAME + ".holder")
    lock = FileLock(path, timeout=0)
    try:
        lock.acquire()
    except Timeout:
        raise WorkspaceError(
            f"另一个汇总任务（{_holder(holder)}）正在使用工作区 {ws.root}，请待其结束后再试。",
            path=str(path)) from None
    try:
        holder.write_text(f"进程 {os.getpid()}，{datetime.now():%Y-%m-%d %H:%M:%S} 开始\n", encoding="utf-8")
        yield path
    finally:
        lock.release()


def _holder(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8").strip() or "进程号未知"
    except OSError:
        return "进程号未知"


# -- the period's result ------------------------------------------------------------------------

def period_result(store, period: Period, expected: tuple[str, ...], left: list[FileOutcome],
                  moved: tuple[str, ...], tolerance: float) -> MergeResult:
    """The period as the ledger and store hold it, with the files still left in inbox/."""
    key = str(period)
    values = store.values(key)
    files = [_as_seen_from(o, key) for o in store.ledger(key)]
    notes: dict[str, list[Issue]] = {}          # by file: one look-up per file, not a pass over all
    for note in lead_co_mismatches(values, tolerance):
        notes.setdefault(note.file, []).append(note)
    files = [_with_notes(f, notes.get(f.archived_as, ())) for f in files]
    reported = {f.department for f in files if f.status == ACCEPTED and f.period == key}
    issues = tuple(i for f in files if f.status in (ACCEPTED, REJECTED) for i in f.issues)
    return MergeResult(
        period=period, files=tuple(files + left), values=tuple(values),
        expected_departments=expected,
        missing_departments=tuple(d for d in expected if d not in reported),
        issues=issues, moved=moved,
    )


def _as_seen_from(outcome: FileOutcome, period: str) -> FileOutcome:
    if outcome.period != period and outcome.status in (ACCEPTED, SUPERSEDED):
        return replace(outcome, status=OTHER_PERIOD)
    return outcome


def _with_notes(outcome: FileOutcome, notes) -> FileOutcome:
    """``outcome`` with ``notes`` (those on its archived name, already picked out) when accepted."""
    if not notes or outcome.status != ACCEPTED:
        return outcome
    return replace(outcome, issues=outcome.issues + tuple(notes))


def _summary_lines(result: MergeResult) -> list[str]:
    counts = "，".join(f"{STATUS_WORDS[s]} {result.count(s)}" for s in STATUS_WORDS if result.count(s))
    expected, missing = len(result.expected_departments), len(result.missing_departments)
    lines = [f"{result.period.label}汇总完成。",
             f"  本次移入归档 {len(result.moved)} 个文件；本期共涉及文件 {len(result.files)} 个"
             + (f"（{counts}）" if counts else "") + "。",
             f"  应报单位 {expected} 个，已报 {expected - missing} 个，未报 {missing} 个"
             + (f"：{'、'.join(result.missing_departments)}" if result.missing_departments else "") + "。"]
    if result.assessments:
        from .assess import STATUS_WORDS as WORDS, count_statuses

        tally = count_statuses(result.assessments)
        lines.append("  指标：" + "，".join(f"{WORDS[s]} {n}" for s, n in tally.items() if n) + "。")
    for f in (f for f in result.files if f.status == REJECTED):
        reason = next((i.message for i in f.issues if i.is_error), "")
        lines.append(f"  拒收：{f.file}（{reason}）已移至 {f.archived_as}")
    for f in (f for f in result.files if f.status == "ignored"):
        reason = f.issues[0].message if f.issues else ""
        lines.append(f"  未处理：{f.file}（{reason}）")
    if result.workbook:
        lines.append(f"  汇总表：{result.workbook}")
    return lines
