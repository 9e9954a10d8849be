"""weekly: the step due now, catch-up, the lock, and the schedule loop on a frozen/fast clock."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta

from _office import PERIOD, fill, small_office
from _servers import free_port
from tz_excel import cli
from tz_excel.config import Workspace
from tz_excel.periods import Period
from tz_excel.weekly import LOG_FILE, MERGE, REMIND, SEND, due_steps, exclusive, read_state, run_schedule, run_weekly

MON_0905 = datetime(2023, 9, 4, 9, 5)
THU_1510 = datetime(2023, 9, 7, 15, 10)
FRI_1805 = datetime(2023, 9, 8, 18, 5)


def _mail(ws):
    folder = ws.mail_dir(PERIOD)
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_due_steps_order_and_remind_yields_to_merge():
    times = {SEND: MON_0905, REMIND: THU_1510, MERGE: FRI_1805}
    assert due_steps(times, set(), datetime(2023, 9, 4, 8, 0)) == []
    assert due_steps(times, set(), datetime(2023, 9, 5, 8, 0)) == [SEND]
    assert due_steps(times, {SEND}, datetime(2023, 9, 7, 16, 0)) == [REMIND]
    assert due_steps(times, set(), datetime(2023, 9, 8, 19, 0)) == [SEND, MERGE]
    assert due_steps(times, {SEND, REMIND, MERGE}, datetime(2023, 9, 8, 19, 0)) == []


def test_the_week_step_by_step(tmp_path):
    ws = small_office(tmp_path / "office")

    assert run_weekly(ws, now=datetime(2023, 9, 4, 8, 0)).steps == []          # before Monday 09:00
    monday = run_weekly(ws, now=MON_0905)
    assert [s.step for s in monday.steps] == [SEND]
    assert _mail(ws) == ["send_北辛街道.eml", "send_市工信局.eml", "send_市科技局.eml", "send_荆河街道.eml"]
    assert monday.needs_attention                                               # 市国资局 has no address
    again = run_weekly(ws, now=MON_0905 + timedelta(hours=1))
    assert again.steps == [] and "已于 2023-09-04 09:05:00 执行" in again.summary()

    fill(ws, "市科技局", {"1.1": "约1个", "1.2": 5, "5.1": 0.9}, received=datetime(2023, 9, 6, 10, 0))
    thursday = run_weekly(ws, now=THU_1510)
    assert [s.step for s in thursday.steps] == [REMIND]
    assert {"remind_北辛街道.eml", "remind_荆河街道.eml", "remind_市工信局.eml", "feedback_市科技局.eml"} <= set(_mail(ws))
    assert "remind_市科技局.eml" not in _mail(ws)

    fill(ws, "市工信局", {"30.1": 1.1}, received=datetime(2023, 9, 8, 16, 0))
    friday = run_weekly(ws, now=FRI_1805)
    assert [s.step for s in friday.steps] == [MERGE]
    assert "report.eml" in _mail(ws)
    assert (ws.outbox(PERIOD) / "feedback" / "市科技局_2023-W36_请修改.xlsx").exists()
    assert {k: v["period"] for k, v in read_state(ws).items()} == {SEND: "2023-W36", REMIND: "2023-W36", MERGE: "2023-W36"}
    log = (ws.root / LOG_FILE).read_text(encoding="utf-8")
    assert "开始：发送填报模板" in log and "完成：收取、汇总、报送领导并反馈" in log


def test_missed_week_is_caught_up_inside_its_period(tmp_path):
    ws = small_office(tmp_path / "office")
    friday_night = run_weekly(ws, now=datetime(2023, 9, 8, 23, 0))     # off since Monday morning
    assert [s.step for s in friday_night.steps] == [SEND, MERGE]
    assert "remind_北辛街道.eml" not in _mail(ws)


def test_a_held_lock_means_nothing_runs_twice(tmp_path):
    ws = small_office(tmp_path / "office")
    ready, release = threading.Event(), threading.Event()

    def holder():
        with exclusive(ws) as got:
            assert got
            ready.set()
            release.wait(10)

    thread = threading.Thread(target=holder)
    thread.start()
    ready.wait(10)
    try:
        outcome = run_weekly(ws, now=MON_0905)
    finally:
        release.set()
        thread.join()
    assert outcome.steps == [] and "另一个自动任务正在运行" in outcome.note
    assert _mail(ws) == [] and read_state(ws) == {}
    assert [s.step for s in run_weekly(ws, now=MON_0905).steps] == [SEND]


def test_cli_weekly_exit_code(tmp_path, capsys):
    ws = small_office(tmp_path / "office", addresses={
        n: (f"{i}@tengzhou.example",) for i, n in enumerate(["市科技局", "市国资局", "市工信局", "北辛街道", "荆河街道"])})
    # The CLI runs for "now": whatever today is, the call succeeds and says what it did.
    from tz_excel.periods import Period

    code = cli.main(["-w", str(ws.root), "weekly"])
    assert code in (0, 1)
    assert str(Period.containing(datetime.now())) in capsys.readouterr().out
    assert (ws.root / LOG_FILE).exists()
    assert cli.main(["-w", str(tmp_path / "not-a-workspace"), "weekly"]) == 2


class FastClock:
    """A clock that jumps ahead by whatever the loop sleeps; stops the loop at ``end``."""

    def __init__(self, start: datetime, end: datetime, stop: threading.Event, on_tick=None):
        self.now, self.end, self.stop, self.on_tick = start, end, stop, on_tick
        self.sleeps = 0

    def __call__(self) -> datetime:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps += 1
        self.now += timedelta(seconds=max(seconds, 1.0))
        if self.on_tick:
            self.on_tick(self.now)
        if self.now >= self.end:
            self.stop.set()


def _runs(ws):
    return {step: run["at"] for step, run in read_state(ws).items()}


def test_schedule_runs_each_step_at_its_time(tmp_path):
    ws = small_office(tmp_path / "office")
    stop = threading.Event()
    clock = FastClock(datetime(2023, 9, 4, 8, 59), datetime(2023, 9, 8, 18, 30), stop)

    run_schedule(ws, clock=clock, stop=stop, sleep=clock.sleep)

    assert _runs(ws) == {SEND: "2023-09-04T09:00:00", REMIND: "2023-09-07T15:00:00", MERGE: "2023-09-08T18:00:00"}
    assert "report.eml" in _mail(ws)
    log = (ws.root / LOG_FILE).read_text(encoding="utf-8")
    assert "按计划自动运行开始" in log and "按计划自动运行已停止" in log


def test_schedule_catches_up_at_start(tmp_path):
    ws = small_office(tmp_path / "office")
    stop = threading.Event()
    clock = FastClock(datetime(2023, 9, 5, 10, 0), datetime(2023, 9, 5, 10, 5), stop)   # Tuesday: send missed

    run_schedule(ws, clock=clock, stop=stop, sleep=clock.sleep)

    assert _runs(ws) == {SEND: "2023-09-05T10:00:00"}


def test_a_failing_job_is_logged_and_the_loop_goes_on(tmp_path):
    # [smtp] points at a closed loopback port: Monday's send fails (and again at 15:00 and 18:00:
    # the loop wakes daily at every step's time). On Tuesday the office fixes tz_excel.toml; the
    # 09:00 run catches the send up and Thursday's reminds, without a restart.
    dead = free_port()
    ws = small_office(tmp_path / "office", smtp_port=dead)
    settings = (ws.root / "tz_excel.toml").read_text(encoding="utf-8")
    stop = threading.Event()

    def fix_on_tuesday(now):
        if now.isoweekday() == 2 and "[smtp]" in settings:
            (ws.root / "tz_excel.toml").write_text(settings.split("[smtp]")[0], encoding="utf-8")

    clock = FastClock(datetime(2023, 9, 4, 8, 59), datetime(2023, 9, 7, 15, 30), stop, on_tick=fix_on_tuesday)
    run_schedule(Workspace(ws.root), clock=clock, stop=stop, sleep=clock.sleep)

    log = (ws.root / LOG_FILE).read_text(encoding="utf-8")
    assert "自动任务执行失败" in log and "DeliveryError" in log and "无法连接邮件服务器" in log
    assert _runs(ws) == {SEND: "2023-09-05T09:00:00", REMIND: "2023-09-07T15:00:00"}
    assert "send_市科技局.eml" in _mail(ws) and "remind_市科技局.eml" in _mail(ws)


def test_schedule_process_stops_cleanly_on_sigterm(tmp_path):
    ws = small_office(tmp_path / "office")
    process = subprocess.Popen([sys.executable, "-m", "tz_excel", "-w", str(ws.root), "schedule"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    log = ws.root / LOG_FILE
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and "按计划自动运行开始" not in (log.read_text(encoding="utf-8") if log.exists() else ""):
        time.sleep(0.1)
    time.sleep(0.5)
    process.send_signal(signal.SIGTERM)
    try:
        code = process.wait(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
    assert code == 0, process.stderr.read().decode()
    assert "按计划自动运行已停止" in log.read_text(encoding="utf-8")


def test_a_week_outside_the_reporting_year_runs_nothing(tmp_path):
    ws = small_office(tmp_path / "office")
    outcome = run_weekly(ws, now=datetime(2026, 11, 27, 18, 30))     # Friday, merge time, but 2026
    assert outcome.steps == [] and outcome.out_of_year and outcome.needs_attention
    assert "不在报送年度" in outcome.summary() and "2023-12-31" in outcome.summary()
    assert not ws.outbox(Period(2026, 48)).exists()
    assert run_weekly(ws, now=datetime(2023, 12, 31, 23, 0)).out_of_year is False   # W52 of 2023 still counts


# -- a monthly and a quarterly office -----------------------------------------------------------------
def _with_cadence(ws, cadence: str) -> Workspace:
    path = ws.root / "tz_excel.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("[office]\n", f'[office]\ncadence = "{cadence}"\n', 1),
                    encoding="utf-8")
    return Workspace(ws.root)


def test_a_monthly_cycle_step_by_step(tmp_path):
    from tz_excel.weekly import current_period

    ws = _with_cadence(small_office(tmp_path / "office"), "month")
    september = Period.parse("2023-09")
    assert current_period(ws, datetime(2023, 9, 27, 12, 0)) == Period.parse("2023-08")
    early = run_weekly(ws, now=datetime(2023, 9, 28, 8, 0))           # September's sending day, before 09:00
    assert early.steps == [] and early.period == "2023-09" and "2023年9月安排" in early.note
    assert "9月28日（星期四）09:00，待执行" in early.note

    assert [s.step for s in run_weekly(ws, now=datetime(2023, 9, 28, 9, 5)).steps] == [SEND]
    assert "send_市科技局.eml" in sorted(p.name for p in ws.mail_dir(september).iterdir())
    fill(ws, "市科技局", {"1.1": 1, "1.2": 5, "5.1": 1.1}, period=september, received=datetime(2023, 10, 3, 10, 0))
    october_4 = run_weekly(ws, now=datetime(2023, 10, 4, 15, 10))      # still September's cycle
    assert october_4.period == "2023-09" and [s.step for s in october_4.steps] == [REMIND]
    merged = run_weekly(ws, now=datetime(2023, 10, 5, 18, 5))
    assert [s.step for s in merged.steps] == [MERGE]
    assert (ws.mail_dir(september) / "report.eml").exists()
    assert {k: v["period"] for k, v in read_state(ws).items()} == {SEND: "2023-09", REMIND: "2023-09", MERGE: "2023-09"}
    assert run_weekly(ws, now=datetime(2023, 10, 20, 9, 0)).steps == []
    october = run_weekly(ws, now=datetime(2023, 10, 29, 9, 0))           # 5 November − 7 days
    assert october.period == "2023-10" and [s.step for s in october.steps] == [SEND]


def test_a_quarterly_merge_missed_is_caught_up_while_its_cycle_lasts(tmp_path):
    ws = _with_cadence(small_office(tmp_path / "office"), "quarter")
    late = run_weekly(ws, now=datetime(2023, 10, 9, 10, 0))            # off from 20 to 30 September
    assert late.period == "2023-Q3" and [s.step for s in late.steps] == [SEND, MERGE]
    assert (ws.mail_dir(Period.parse("2023-Q3")) / "report.eml").exists()


def test_schedule_loop_runs_a_monthly_cycle_on_a_fast_clock(tmp_path):
    ws = _with_cadence(small_office(tmp_path / "office"), "month")
    stop = threading.Event()
    clock = FastClock(datetime(2023, 9, 28, 8, 59), datetime(2023, 10, 5, 18, 30), stop)

    run_schedule(ws, clock=clock, stop=stop, sleep=clock.sleep)

    assert _runs(ws) == {SEND: "2023-09-28T09:00:00", REMIND: "2023-10-04T15:00:00", MERGE: "2023-10-05T18:00:00"}


def test_cli_refuses_a_period_of_another_cadence(tmp_path, capsys):
    ws = _with_cadence(small_office(tmp_path / "office"), "quarter")
    assert cli.main(["-w", str(ws.root), "generate", "--period", "2023-W36"]) == 2
    err = capsys.readouterr().err
    assert "按季度报送" in err and "例如 2023-Q3" in err
    assert list((ws.root / "templates").iterdir()) == []
    assert cli.main(["-w", str(ws.root), "generate", "--period", "2023-Q3"]) == 0
    assert (ws.root / "templates" / "2023-Q3" / "市科技局.xlsx").exists()
