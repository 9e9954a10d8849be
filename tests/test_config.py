from datetime import date

import pytest

from tz_excel.config import DEFAULT_TOML, Settings, Workspace
from tz_excel.errors import ConfigError


def test_missing_file_gives_defaults(tmp_path):
    settings = Workspace(tmp_path).settings
    assert settings.assess.tolerance == 0.05
    assert settings.office.deadline == "Fri 17:00"
    assert settings.smtp.host == ""


def test_default_toml_round_trips_to_defaults(tmp_path):
    text = DEFAULT_TOML.format(office_name="某市领导小组办公室", year=2023)
    (tmp_path / "tz_excel.toml").write_text(text, encoding="utf-8")
    settings = Settings.load(tmp_path / "tz_excel.toml")
    defaults = Settings()
    assert settings.assess == defaults.assess
    assert settings.schedule == defaults.schedule
    assert settings.office.name == "某市领导小组办公室"


def test_values_are_typed(tmp_path):
    (tmp_path / "tz_excel.toml").write_text(
        '[office]\nstart = 2023-02-01\nend = "2023-11-30"\n[report]\nrecipients = "a@x.cn"\n'
        '[assess]\ntolerance = 0\n', encoding="utf-8")
    settings = Settings.load(tmp_path / "tz_excel.toml")
    assert settings.office.year_bounds(2023) == (date(2023, 2, 1), date(2023, 11, 30))
    assert settings.report.recipients == ("a@x.cn",)
    assert settings.assess.tolerance == 0.0 and isinstance(settings.assess.tolerance, float)


@pytest.mark.parametrize("text, fragment", [
    ("[assess]\ntolerance = \"五\"\n", "tolerance"),
    ("[office]\nnmae = \"x\"\n", "nmae"),
    ("[mystery]\n", "mystery"),
    ("[office\n", "格式有误"),
])
def test_bad_settings_name_the_key(tmp_path, text, fragment):
    (tmp_path / "tz_excel.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        Settings.load(tmp_path / "tz_excel.toml")
    assert fragment in info.value.message


def test_passwords_come_from_environment(monkeypatch):
    monkeypatch.setenv("TZ_EXCEL_SMTP_PASSWORD", "s3cret")
    assert Settings().smtp.password == "s3cret"


def test_workspace_paths_and_require(tmp_path):
    from tz_excel.periods import Period

    ws = Workspace(tmp_path)
    assert ws.templates_dir(Period(2023, 36)) == tmp_path / "templates" / "2023-W36"
    assert ws.store_url == f"sqlite:///{tmp_path / 'history.sqlite'}"
    with pytest.raises(ConfigError) as info:
        ws.require()
    assert "tz-excel init" in info.value.message


# -- the calendar keys: [office] cadence and deadline, [schedule], [assess] -----------------------------
@pytest.mark.parametrize("cadence, deadline, send, merge", [
    ("week", "Fri 17:00", "monday 09:00", "friday 18:00"),
    ("month", "next 5 17:00", "deadline-7 09:00", "deadline 18:00"),
    ("quarter", "30 17:00", "deadline-10 09:00", "deadline 18:00"),
])
def test_deadline_and_schedule_default_by_cadence(tmp_path, cadence, deadline, send, merge):
    (tmp_path / "tz_excel.toml").write_text(f'[office]\ncadence = "{cadence}"\n', encoding="utf-8")
    settings = Settings.load(tmp_path / "tz_excel.toml")
    assert (settings.office.cadence, settings.office.deadline) == (cadence, deadline)
    assert (settings.schedule.send, settings.schedule.merge) == (send, merge)


def test_default_toml_switches_cadence_in_one_line(tmp_path):
    text = DEFAULT_TOML.format(office_name="某办", year=2023).replace('cadence = "week"', 'cadence = "month"')
    (tmp_path / "tz_excel.toml").write_text(text, encoding="utf-8")
    settings = Settings.load(tmp_path / "tz_excel.toml")
    assert settings.office.deadline == "next 5 17:00" and settings.schedule.remind == "deadline-1 15:00"
    assert settings.assess.milestone_max == 20 and settings.assess.overdue_severe_after == 2


@pytest.mark.parametrize("text, fragments", [
    ('[office]\ncadence = "fortnight"\n', ("fortnight", '"month"（按月）')),
    ('[office]\ncadence = "month"\ndeadline = "Fri 17:00"\n', ("[office] deadline", "按月报送", 'next 5 17:00')),
    ('[office]\ncadence = "month"\n[schedule]\nsend = "monday 09:00"\n', ("[schedule]", "只适用于按周报送")),
    ('[office]\ncadence = "month"\n[schedule]\nsend = "start 09:00"\n', ("[schedule]", "上期累计")),
    ('[schedule]\nmerge = "friday 16:00"\n', ("汇总", "应在报送截止之后")),
    ('[assess]\noverdue_severe_after = -1\n', ("overdue_severe_after", "不小于0的整数")),
    ('[assess]\nmilestone_max = 2.5\n', ("milestone_max",)),
])
def test_calendar_settings_that_cannot_work_are_refused_naming_the_key(tmp_path, text, fragments):
    (tmp_path / "tz_excel.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        Settings.load(tmp_path / "tz_excel.toml")
    assert all(f in info.value.message for f in fragments), info.value.message
    assert info.value.message.startswith("tz_excel.toml：")
