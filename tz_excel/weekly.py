"""The cycle, run by itself: ``tz-excel weekly`` (for cron / 任务计划程序) and ``tz-excel schedule``.

    >>> outcome = run_weekly(Workspace("."), now=datetime(2023, 9, 4, 9, 5))   # Monday: send
    >>> print(outcome.summary())
    >>> current_period(Workspace("monthly"), datetime(2023, 10, 2, 9, 0))      # still September's cycle
    Period(year=2023, number=9, cadence='month')
    >>> run_schedule(Workspace("."))          # forever, at the [schedule] times; Ctrl-C stops it

Each period has three steps, at the ``[schedule]`` times of that period (periods.step_time; the
defaults depend on ``[office] cadence``):

- ``send``   (week: monday 09:00; month: deadline-7 09:00): every department gets its template;
- ``remind`` (thursday 15:00; deadline-1 15:00): collect mail, merge, feedback on faulty returns,
  remind the rest;
- ``merge``  (friday 18:00; deadline 18:00): collect mail, merge, the report to leaders, feedback.

The current period is the one whose cycle holds the moment: a cycle starts on the day its
templates are sent and ends when the next period's are (periods.cycle_period). With the weekly
defaults that is the ISO week; a monthly office reporting September by 5 October is still in
September's cycle on 2 October. ``run_weekly`` runs every step of the current period whose time
has come and that has not run yet (``weekly_state.json`` in the workspace remembers), so a cron job
may call it as often as it likes and a step missed while the machine was off is caught up while its
cycle lasts. A reminder is dropped when the merge is due as well. Both write to ``tz_excel.log``.
"""

from __future__ import annotations

import datetime as _dt
import json
import logging
import os
import signal
import threading
import types
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Callable, Iterator

from .config import Workspace
from .logs import log_to_workspace
from .periods import Period, cycle_period, step_rule, step_time

log = logging.getLogger("tz_excel.weekly")

SEND, REMIND, MERGE = "send", "remind", "merge"
STEPS = (SEND, REMIND, MERGE)
STEP_WORDS = {SEND: "发送填报模板", REMIND: "收取、汇总并催报", MERGE: "收取、汇总、报送领导并反馈"}
STATE_FILE, LOG_FILE, LOCK_FILE = "weekly_state.json", "tz_excel.log", ".tz_excel_weekly.lock"
_CN_WEEKDAY = "一二三四五六日"


@dataclass(frozen=True)
class StepResult:
    """One step that ran."""

    step: str
    summary: str
    needs_attention: bool = False


@dataclass
class WeeklyOutcome:
    """What one ``weekly`` run did, or why it did nothing."""

    period: str
    now: datetime
    steps: list[StepResult] = field(default_factory=list)
    note: str = ""
    out_of_year: bool = False          # the week lies outside the notice's reporting year

    @property
    def needs_attention(self) -> bool:
        return self.out_of_year or any(s.needs_attention for s in self.steps)

    def summary(self) -> str:
        lines = [f"{self.period}　{self.now:%Y-%m-%d %H:%M}（星期{_CN_WEEKDAY[self.now.isoweekday() - 1]}）"]
        for s in self.steps:
            lines += [f"【{STEP_WORDS[s.step]}】", s.summary]
        if self.note:
            lines.append(self.note)
        return "\n".join(lines)


# -- which step is due -----------------------------------------------------------------------------

def current_period(ws: Workspace, now: datetime) -> Period:
    """The period whose cycle holds ``now`` (the default ``--period`` of every command)."""
    settings = ws.settings
    return cycle_period(now, settings.office.cadence, settings.schedule.send, settings.office.deadline)


def step_times(ws: Workspace, period: Period) -> dict[str, datetime]:
    """When each step falls for ``period``, from ``[schedule]`` and ``[office] deadline``."""
    settings = ws.settings
    return {step: step_time(period, getattr(settings.schedule, step), settings.office.deadline)
            for step in STEPS}


def due_steps(times: dict[str, datetime], done: set[str], now: datetime) -> list[str]:
    """Steps whose time has come and that have not run, in time order; remind yields to merge."""
    due = sorted((s for s in STEPS if times[s] <= now and s not in done), key=times.get)
    if MERGE in due and REMIND in due:
        due.remove(REMIND)
    return due


def read_state(ws: Workspace) -> dict:
    """``{"send": {"period": "2023-W36", "at": "…"}, …}``: the last run of each step."""
    try:
        data = json.loads((ws.root / STATE_FILE).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _record(ws: Workspace, step: str, period: Period, now: datetime) -> None:
    state = read_state(ws)
    state[step] = {"period": str(period), "at": now.isoformat(timespec="seconds")}
    scratch = ws.root / (STATE_FILE + ".part")
    scratch.write_text(json.dumps(state, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(scratch, ws.root / STATE_FILE)


# -- one run -----------------------------------------------------------------------------------

def run_weekly(ws: Workspace, now: datetime | None = None, *, mailer=None) -> WeeklyOutcome:
    """Run every step due now in the current week that has not run yet.

    A step that raises is not recorded as done (the next run tries again) and the error propagates.
    When another run holds the workspace, nothing happens and the outcome says so.
    """
    ws.require()
    now = now or datetime.now()
    period = current_period(ws, now)
    outcome = WeeklyOutcome(str(period), now)
    with log_to_workspace(ws), exclusive(ws) as free:
        if not free:
            outcome.note = "另一个自动任务正在运行，本次不重复执行。"
            log.warning(outcome.note)
            return outcome
        outside = _outside_reporting_year(ws, period)
        if outside:
            outcome.note, outcome.out_of_year = outside, True
            log.warning(outside)
            return outcome
        state = read_state(ws)
        done = {step for step, run in state.items()
                if isinstance(run, dict) and run.get("period") == str(period)}
        times = step_times(ws, period)
        for step in due_steps(times, done, now):
            log.info("开始：%s（%s）", STEP_WORDS[step], period)
            result = run_step(ws, step, period, now, mailer=mailer)
            _record(ws, step, period, now)
            log.info("完成：%s\n%s", STEP_WORDS[step], result.summary)
            outcome.steps.append(result)
        if not outcome.steps:
            outcome.note = plan_text(times, state, period, now)
    return outcome


def _outside_reporting_year(ws: Workspace, period: Period) -> str:
    """Why nothing may run this week (it lies outside the reporting year), or ""."""
    from .office import load_catalogue

    start, end = ws.settings.office.year_bounds(load_catalogue(ws).year)
    if period.last_day >= start and period.first_day <= end:
        return ""
    return (f"本期（{period}）不在报送年度（{start:%Y-%m-%d} 至 {end:%Y-%m-%d}）内，未执行任何步骤。"
            "如已进入新的年度，请用新通知运行 tz-excel init，或在 tz_excel.toml 的 [office] 中调整 start/end。")


def plan_text(times: dict[str, datetime], state: dict, period: Period, now: datetime) -> str:
    """Why nothing ran: each step of the period, done (when) or due (when)."""
    lines = [f"当前没有需要执行的步骤。{period.label}安排："]
    for step in sorted(STEPS, key=times.get):
        run = state.get(step) or {}
        when = times[step]
        if run.get("period") == str(period):
            status = f"已于 {run.get('at', '').replace('T', ' ')} 执行"
        elif when > now:
            status = "待执行"
        else:
            status = "已由汇总步骤替代"
        lines.append(f"  {STEP_WORDS[step]}：{when.month}月{when.day}日（星期{_CN_WEEKDAY[when.isoweekday() - 1]}）"
                     f"{when:%H:%M}，{status}")
    return "\n".join(lines)


def run_step(ws: Workspace, step: str, period: Period, now: datetime, *, mailer=None) -> StepResult:
    """Run one step of the cycle for ``period`` now, whatever the state file says."""
    from .mailer import mailer_for, send_feedback, send_reminders, send_report, send_templates

    mailer = mailer or mailer_for(ws, period)
    if step == SEND:
        sent = send_templates(ws, period, mailer=mailer, now=now)
        return StepResult(step, sent.summary(), sent.needs_attention)
    parts, attention = [], False
    if ws.settings.imap.host:
        from .collect import collect_mail

        parts.append(collect_mail(ws, now=now).summary())
    from .cycle import consolidate

    result = consolidate(ws, period, now=now)
    parts.append(result.summary())
    mailings = [send_feedback(ws, period, result, mailer=mailer, now=now)]
    if step == REMIND:
        mailings.append(send_reminders(ws, period, mailer=mailer, now=now))
    else:
        mailings.insert(0, send_report(ws, period, result=result, mailer=mailer, now=now))
        attention = result.needs_attention
    parts += [m.summary() for m in mailings]
    return StepResult(step, "\n".join(parts), attention or any(m.needs_attention for m in mailings))


# -- the long-running loop ---------------------------------------------------------------------

def run_schedule(ws: Workspace, clock: Callable[[], datetime] | None = None,
                 stop: threading.Event | None = None, *, sleep: Callable[[float], None] | None = None,
                 mailer=None) -> None:
    """Run the cycle forever with the ``schedule`` package until ``stop`` is set, Ctrl-C or SIGTERM.

    At start, a step missed while the machine was off is caught up (``run_weekly``). A job runs
    ``run_weekly`` every day at each step's time of day (steps of a month or quarter fall on
    changing weekdays); ``run_weekly`` decides whether a step is due. A failing job is logged and
    the loop goes on.

    Args:
        clock: returns the current local time (tests pass a frozen or fast clock).
        stop: set it to end the loop after the current job.
        sleep: waits between checks (default: ``stop.wait``, so setting ``stop`` wakes it).
    """
    import schedule

    ws.require()
    clock = clock or datetime.now
    stop = stop or threading.Event()
    sleep = sleep or stop.wait
    scheduler = schedule.Scheduler()
    job = lambda: _guarded(ws, clock, mailer)   # noqa: E731
    with log_to_workspace(ws), scheduler_clock(clock), _stop_on_sigterm(stop):
        for at in daily_times(ws):   # inside scheduler_clock: the first run is computed from ``clock``
            scheduler.every().day.at(at).do(job)
        log.info("按计划自动运行开始：%s", "；".join(
            f"{STEP_WORDS[s]} {getattr(ws.settings.schedule, s)}" for s in STEPS))
        try:
            _guarded(ws, clock, mailer)          # catch up what was missed while off
            _loop(scheduler, stop, sleep)
        except KeyboardInterrupt:
            pass
        log.info("按计划自动运行已停止。")


def daily_times(ws: Workspace) -> list[str]:
    """The distinct times of day (``"09:00"``) of the ``[schedule]`` steps."""
    cadence, schedule = ws.settings.office.cadence, ws.settings.schedule
    return sorted({f"{step_rule(getattr(schedule, step), cadence).at:%H:%M}" for step in STEPS})


def _loop(scheduler, stop: threading.Event, sleep: Callable[[float], None]) -> None:
    while not stop.is_set():
        scheduler.run_pending()
        idle = scheduler.idle_seconds
        # Wake at least once a minute: a suspended laptop's clock jumps.
        sleep(min(max(idle if idle is not None else 60.0, 0.0), 60.0))


def _guarded(ws: Workspace, clock: Callable[[], datetime], mailer) -> None:
    """One scheduled run: errors are logged, never raised into the loop.

    A fresh Workspace re-reads tz_excel.toml, so the office's edits apply without a restart.
    """
    try:
        outcome = run_weekly(Workspace(ws.root), now=clock(), mailer=mailer)
        if outcome.steps:
            log.info("本次执行结果：\n%s", outcome.summary())
    except Exception:  # the loop must outlive any failing job; the log has the traceback
        log.exception("自动任务执行失败，将在下次计划时间重试")


@contextmanager
def scheduler_clock(clock: Callable[[], datetime]) -> Iterator[None]:
    """Make the ``schedule`` package read time from ``clock`` (it calls datetime.datetime.now())."""
    import schedule

    if clock is datetime.now:
        yield
        return

    class _Clocked(_dt.datetime):
        @classmethod
        def now(cls, tz=None):
            moment = clock()
            return moment if tz is None else moment.astimezone(tz)

    real = schedule.datetime
    shim = types.SimpleNamespace(**{k: getattr(_dt, k) for k in dir(_dt) if not k.startswith("__")})
    schedule.datetime = shim
    schedule.datetime.datetime = _Clocked
    try:
        yield
    finally:
        schedule.datetime = real


@contextmanager
def _stop_on_sigterm(stop: threading.Event) -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


# -- log and lock ------------------------------------------------------------------------------

@contextmanager
def exclusive(ws: Workspace) -> Iterator[bool]:
    """Hold the weekly lock of the workspace; yields False when another run holds it.

    The operating system drops the lock when its holder dies, so no stale lock survives a crash.
    """
    from filelock import FileLock, Timeout

    lock = FileLock(ws.root / LOCK_FILE, timeout=0)
    try:
        lock.acquire()
    except Timeout:
        yield False
        return
    try:
        yield True
    finally:
        lock.release()
