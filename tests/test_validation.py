"""validation.validate_return: the file's complete findings, reading's first, then the checks."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tz_excel.config import AssessSettings, Settings
from tz_excel.intake import Return, ReturnRow, read_return
from tz_excel.validation import ERROR, WARNING, Issue, validate_return

from _fixtures import CLEAN_VALUES, returns_catalogue, returns_directory

CATALOGUE = returns_catalogue()
DIRECTORY = returns_directory()
CLEAN_PREVIOUS = {k: float(v) - 1 for k, v in CLEAN_VALUES.items()}     # last week: a bit lower


def check(path, previous=None, settings=None, directory=DIRECTORY):
    ret = read_return(path, CATALOGUE)
    return validate_return(ret, CATALOGUE, previous=previous, settings=settings, directory=directory)


def pinned(issues):
    return [(i.code, i.cell) for i in issues]


def test_clean_return_has_no_findings(fixture_returns):
    assert check(fixture_returns["return_clean.xlsx"], previous=CLEAN_PREVIOUS) == []


@pytest.mark.parametrize("name, expected", [
    ("return_text_in_number.xlsx", [("not-a-number", "J8")]),
    ("return_negative.xlsx", [("negative-value", "J6")]),
    ("return_approximate.xlsx", [("approximate-value", "J6"), ("approximate-value", "J8")]),
    ("return_far_beyond.xlsx", [("far-beyond-target", "J5")]),
    ("return_state_contradiction.xlsx", [("state-contradiction", "J8")]),
    ("return_rows_deleted.xlsx", [("missing-rows", "")]),
    ("return_empty.xlsx", [("empty-return", "")]),
    ("return_target_edited.xlsx", [("template-tampered", "F8")]),
    ("return_not_our_template.xlsx", [("not-our-template", "")]),
    ("return_zip_bomb.xlsx", [("file-too-large", "")]),
])
def test_findings_of_the_defect_fixtures(fixture_returns, name, expected):
    assert pinned(check(fixture_returns[name])) == expected


def test_severities(fixture_returns):
    severity = {i.code: i.severity for name in ("return_text_in_number.xlsx", "return_negative.xlsx",
                                                  "return_far_beyond.xlsx", "return_empty.xlsx")
                for i in check(fixture_returns[name])}
    assert severity == {"not-a-number": ERROR, "negative-value": ERROR, "far-beyond-target": WARNING,
                        "empty-return": WARNING}


def test_far_beyond_follows_the_setting(fixture_returns):
    generous = Settings(assess=AssessSettings(far_beyond=30.0))
    assert check(fixture_returns["return_far_beyond.xlsx"], settings=generous) == []
    issue = check(fixture_returns["return_far_beyond.xlsx"])[0]
    assert "“50”" in issue.message and "10倍" in issue.message and "J5" in issue.message


def test_stale_return(fixture_returns):
    same = {k: float(v) for k, v in CLEAN_VALUES.items()}
    issues = check(fixture_returns["return_clean.xlsx"], previous=same)
    assert pinned(issues) == [("stale-return", "")]
    assert "与上期报送完全相同" in issues[0].message
    # One figure moved: not stale.
    assert check(fixture_returns["return_clean.xlsx"], previous={**same, "1.2": 4.0}) == []


def test_cumulative_decreased_only_for_cumulative_indicators(fixture_returns):
    previous = {**CLEAN_PREVIOUS, "4.1": 130.0, "25.1": 99.0}     # 25.1 is a level (rate): may go down
    issues = check(fixture_returns["return_clean.xlsx"], previous=previous)
    assert pinned(issues) == [("cumulative-decreased", "J8")]
    assert "小于上期累计130家" in issues[0].message


def test_missing_rows_uses_the_directory_for_group_members(fixture_returns):
    town = read_return(fixture_returns["return_town_units.xlsx"], CATALOGUE)
    assert pinned(validate_return(town, CATALOGUE, directory=DIRECTORY)) == [("unit-converted", "J5"),
                                                                                ("unit-converted", "J6")]
    cut = replace(town, rows=town.rows[:1])
    issues = validate_return(cut, CATALOGUE, directory=DIRECTORY)
    assert pinned(issues)[-1] == ("missing-rows", "") and issues[-1].value == "43.1、43.2"


def test_unknown_department(fixture_returns):
    ret = replace(read_return(fixture_returns["return_clean.xlsx"], CATALOGUE), department="市外事局")
    issues = validate_return(ret, CATALOGUE, directory=DIRECTORY)
    assert pinned(issues)[0] == ("unknown-department", "") and issues[0].is_error
    # Without a directory the catalogue's names decide; a catalogue naming a group (各镇街) cannot
    # tell a member town from a stranger, so it lets the name pass.
    assert "unknown-department" not in [i.code for i in validate_return(ret, CATALOGUE)]
    no_groups = CATALOGUE.with_tasks(t for t in CATALOGUE.tasks if "各镇街" not in t.departments)
    assert pinned(validate_return(ret, no_groups))[:2] == [("unknown-department", ""), ("catalogue-changed", "")]
    known = replace(ret, department="市国资局")
    assert "unknown-department" not in [i.code for i in validate_return(known, CATALOGUE, directory=DIRECTORY)]


def test_catalogue_changed_warns_and_rows_still_match(fixture_returns):
    tasks = [t if t.no != 4 else replace(t, indicators=(replace(t.indicators[0], target=200),))
             for t in CATALOGUE.tasks]
    changed = CATALOGUE.with_tasks(tasks)
    ret = read_return(fixture_returns["return_clean.xlsx"], changed)
    issues = validate_return(ret, changed, directory=DIRECTORY)
    assert pinned(issues) == [("catalogue-changed", "")] and not issues[0].is_error
    assert {r.id: r.actual for r in ret.rows}["4.1"] == 120


def test_state_contradictions_from_hand_built_return():
    rows = (ReturnRow("1.1", 1, "lead", 1.0, state="已完成", cell="J5", raw="1"),
            ReturnRow("1.2", 1, "lead", 3.0, state="未启动", cell="J6", raw="3"),
            ReturnRow("4.1", 4, "lead", 195.0, state="已完成", cell="J8", raw="195"))
    ret = Return("x.xlsx", "0" * 64, department="市科技局", period="2023-W36", catalogue_sha=CATALOGUE.sha,
                 rows=rows, sheet="填报表")
    issues = validate_return(ret, CATALOGUE, directory=DIRECTORY)
    assert pinned(issues) == [("missing-rows", ""), ("state-contradiction", "J5"), ("state-contradiction", "J6")]


def test_reading_findings_come_first_and_foreign_files_get_no_checks(fixture_returns):
    ret = read_return(fixture_returns["return_text_in_number.xlsx"], CATALOGUE)
    issues = validate_return(ret, CATALOGUE, previous={"4.1": 500.0})
    assert issues[: len(ret.issues)] == list(ret.issues)
    foreign = Return("y.xlsx", "1" * 64, issues=(Issue("not-a-workbook", ERROR, "…"),))
    assert pinned(validate_return(foreign, CATALOGUE, previous=CLEAN_PREVIOUS)) == [("not-a-workbook", "")]


def test_messages_say_file_cell_typed_and_expected(fixture_returns):
    issue = check(fixture_returns["return_wan_on_yi_row.xlsx"])[1]
    assert issue.code == "unit-converted" and issue.cell == "J10" and issue.value == "8000万"
    for fragment in ("return_wan_on_yi_row.xlsx", "J10", "“8000万”", "0.8亿元", "“亿元”"):
        assert fragment in issue.message
    assert issue.to_dict() == {"cell": "J10", "code": "unit-converted", "message": issue.message}


def test_rows_of_another_department_are_an_identity_mismatch(fixture_returns):
    issues = check(fixture_returns["return_rows_of_another_department.xlsx"])
    assert pinned(issues) == [("identity-mismatch", ""), ("missing-rows", "")] and issues[0].is_error
    assert "“市水利局”" in issues[0].message and "“市国资局”" in issues[0].message and "5.1、5.2" in issues[0].message
    # Without a directory the catalogue's names stand in for it.
    assert pinned(check(fixture_returns["return_rows_of_another_department.xlsx"], directory=None))[0] == \
        ("identity-mismatch", "")


def test_identity_mismatch_names_every_department_the_rows_could_be(fixture_returns):
    ret = read_return(fixture_returns["return_identity_changed.xlsx"], CATALOGUE)
    assert pinned(validate_return(ret, CATALOGUE, directory=DIRECTORY)) == [("identity-mismatch", "")]
    # _meta and the properties both changed: the rows alone tell; task 66 has three departments.
    relabelled = replace(ret, department="市应急局", period="2023-W36", issues=(),
                         rows=(ReturnRow("66", 66, "co", None, progress="已完成低保扩围摸底", cell="J5"),))
    issues = validate_return(relabelled, CATALOGUE, directory=DIRECTORY)
    assert pinned(issues)[0] == ("identity-mismatch", "")
    assert "“市民政局”“市财政局”“市医保局”" in issues[0].message and "“市应急局”" in issues[0].message


def test_a_few_foreign_rows_are_not_an_identity_mismatch(fixture_returns):
    """A task moved to another department after the template was made: a minority of rows."""
    moved = CATALOGUE.with_tasks(t if t.no != 1 else replace(t, departments=("市人社局",)) for t in CATALOGUE.tasks)
    ret = read_return(fixture_returns["return_clean.xlsx"], moved)
    assert "identity-mismatch" not in [i.code for i in validate_return(ret, moved, directory=DIRECTORY)]


def test_a_town_is_not_mistaken_for_another_department_without_a_directory(fixture_returns):
    town = read_return(fixture_returns["return_town_units.xlsx"], CATALOGUE)
    assert "identity-mismatch" not in [i.code for i in validate_return(town, CATALOGUE)]


def test_missing_rows_lists_deleted_task_rows_and_says_when_the_catalogue_changed(fixture_returns):
    ret = read_return(fixture_returns["return_clean.xlsx"], CATALOGUE)
    cut = replace(ret, rows=tuple(r for r in ret.rows if r.id not in ("6", "1.2")))
    issue = validate_return(cut, CATALOGUE, directory=DIRECTORY)[-1]
    assert (issue.code, issue.value) == ("missing-rows", "1.2、6") and "行被删除）" in issue.message
    older = replace(cut, catalogue_sha="0" * 16)
    assert "任务清单有调整" in validate_return(older, CATALOGUE, directory=DIRECTORY)[-1].message


def test_a_file_refused_while_reading_gets_no_further_checks(fixture_returns):
    issues = check(fixture_returns["return_stray_cell_xfd1048576.xlsx"], previous=CLEAN_PREVIOUS)
    assert pinned(issues) == [("file-too-large", "")]
