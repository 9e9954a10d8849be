"""preview_return: the merge's verdict on one return, said at once (the intranet page shows it)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from tz_excel.intake import read_return
from tz_excel.merge import merge_inbox
from tz_excel.records import ACCEPTED, REJECTED, SUPERSEDED
from tz_excel.preview import Reference, decide, preview_return

from _mergekit import MergeKit

P = "2023-W36"
THURSDAY, SATURDAY = datetime(2023, 9, 7, 10, 0), datetime(2023, 9, 9, 10, 0)


@pytest.fixture
def kit(tmp_path) -> MergeKit:
    return MergeKit.create(tmp_path / "ws")


def codes(issues) -> list[tuple[str, str]]:
    return [(i.code, i.cell) for i in issues]


def actual_cell(kit: MergeKit, path: Path, row_id: str) -> str:
    ret = read_return(path, kit.catalogue)
    return next(r.cell for r in ret.rows if r.id == row_id)


def test_clean_return_is_accepted_without_findings(kit):
    path = kit.drop("市科技局", P, {"1.1": 1, "1.2": 3, "5.1": 0.5})

    preview = preview_return(kit.ws, path, department="市科技局", period=P, now=THURSDAY)

    assert (preview.status, preview.department, preview.period) == ("accepted", "市科技局", P)
    assert preview.errors == () and preview.warnings == () and not preview.late


def test_approximate_figure_is_a_warning_with_its_cell(kit):
    path = kit.drop("市科技局", P, {"1.1": "约2个", "1.2": 3})

    preview = preview_return(kit.ws, path, department="市科技局", period=P, now=THURSDAY)

    assert preview.accepted
    assert codes(preview.warnings) == [("approximate-value", actual_cell(kit, path, "1.1"))]
    assert "约数" in preview.warnings[0].message


def test_text_in_a_number_cell_is_an_error_with_a_cell_and_the_file_still_counts(kit):
    path = kit.drop("市科技局", P, {"1.1": "正在推进", "1.2": 3})

    preview = preview_return(kit.ws, path, department="市科技局", period=P, now=THURSDAY)

    assert preview.accepted                          # merge keeps the file; the row is invalid
    assert codes(preview.errors) == [("not-a-number", actual_cell(kit, path, "1.1"))]


def test_not_a_workbook_is_rejected(kit):
    path = kit.put("科技局.xlsx", b"%PDF-1.4 not a workbook")

    preview = preview_return(kit.ws, path, department="市科技局", period=P, now=THURSDAY)

    assert preview.status == "rejected" and preview.department is None
    assert codes(preview.errors) == [("not-a-workbook", "")]


def test_a_form_without_identity_is_rejected(kit):
    path = kit.drop("市科技局", P, {"1.1": 1}, mutate=lambda wb: wb.remove(wb["_meta"]))
    _strip_custom_properties(path)

    preview = preview_return(kit.ws, path, department="市科技局", period=P, now=THURSDAY)

    assert preview.status == "rejected"
    assert codes(preview.errors) == [("not-our-template", "")]


def test_another_departments_return_is_refused_naming_both(kit):
    path = kit.drop("市工信局", P, {}, state={"7": "正常推进"})

    preview = preview_return(kit.ws, path, department="市科技局", period=P, now=THURSDAY)

    assert preview.status == "rejected" and preview.department == "市工信局"
    assert codes(preview.errors) == [("identity-mismatch", "")]
    assert "市工信局" in preview.errors[0].message and "市科技局" in preview.errors[0].message


def test_department_not_expected_is_refused(kit):
    path = kit.drop("市科技局", P, {"1.1": 1})
    ret = replace(read_return(path, kit.catalogue), department="市外事办")
    reference = Reference.load(kit.ws)

    preview = decide(ret, department="市外事办", reference=reference, period=P, now=THURSDAY)

    assert preview.status == "rejected"
    assert [i.code for i in preview.errors] == ["unknown-department"]


def test_after_the_deadline_the_verdict_is_marked_late(kit):
    path = kit.drop("市科技局", P, {"1.1": 1})

    on_time = preview_return(kit.ws, path, department="市科技局", period=P, now=THURSDAY)
    late = preview_return(kit.ws, path, department="市科技局", period=P, now=SATURDAY)

    assert (on_time.late, late.late) == (False, True)
    assert late.accepted                              # late returns are still taken


def test_a_return_of_another_week_counts_for_its_own_week_with_a_warning(kit):
    path = kit.drop("市科技局", "2023-W35", {"1.1": 1})

    preview = preview_return(kit.ws, path, department="市科技局", period=P, now=THURSDAY)

    assert preview.accepted and preview.period == "2023-W35"
    assert [i.code for i in preview.warnings] == ["other-period"]
    assert "第35周" in preview.warnings[0].message and "第36周" in preview.warnings[0].message


def test_previous_figures_come_from_the_history_store(kit):
    kit.drop("市科技局", "2023-W35", {"1.1": 2, "1.2": 5}, name="w35.xlsx")
    merge_inbox(kit.ws, "2023-W35", now=datetime(2023, 9, 1, 18, 0))
    path = kit.drop("市科技局", P, {"1.1": 1, "1.2": 5}, name="w36.xlsx")

    preview = preview_return(kit.ws, path, department="市科技局", period=P, now=THURSDAY)

    assert preview.accepted
    assert codes(preview.warnings) == [("cumulative-decreased", actual_cell(kit, path, "1.1"))]


def test_a_preview_never_creates_the_history_store(kit):
    path = kit.drop("市科技局", P, {"1.1": 1})

    preview_return(kit.ws, path, department="市科技局", period=P, now=THURSDAY)

    assert not (kit.ws.root / "history.sqlite").exists()


def test_the_verdict_is_the_merges(kit):
    """Every file's preview, made before the merge, says what the merge then decides."""
    kit.drop("市科技局", "2023-W35", {"1.1": 2, "1.2": 5}, name="w35.xlsx")
    merge_inbox(kit.ws, "2023-W35", now=datetime(2023, 9, 1, 18, 0))
    cases = {
        "clean.xlsx": kit.drop("市工信局", P, {}, state={"7": "正常推进"}, name="clean.xlsx"),
        "approx.xlsx": kit.drop("市科技局", P, {"1.1": "约3个", "1.2": 4, "5.1": "0.5亿"}, name="approx.xlsx",
                                received=datetime(2023, 9, 6, 9, 0)),
        "decreased.xlsx": kit.drop("市科技局", P, {"1.1": 1, "1.2": "多家"}, name="decreased.xlsx",
                                   received=datetime(2023, 9, 6, 11, 0)),
        "w34.xlsx": kit.drop("市水利局", "2023-W34", {"30.1": "2.9亿立方米"}, name="w34.xlsx"),
        "junk.xlsx": kit.put("junk.xlsx", b"PK\x03\x04 broken"),
        "no-meta.xlsx": kit.drop("市国资局", P, {"5.1": 1}, name="no-meta.xlsx",
                                 mutate=lambda wb: wb.remove(wb["_meta"])),
    }
    _strip_custom_properties(cases["no-meta.xlsx"])
    own = {"clean.xlsx": "市工信局", "approx.xlsx": "市科技局", "decreased.xlsx": "市科技局",
           "w34.xlsx": "市水利局", "junk.xlsx": "市科技局", "no-meta.xlsx": "市国资局"}
    previews = {name: preview_return(kit.ws, path, department=own[name], now=THURSDAY)
                for name, path in cases.items()}

    result = merge_inbox(kit.ws, P, now=datetime(2023, 9, 8, 18, 0))

    decided = {Path(f.file).name: f for f in _ledger(kit)}
    for name, preview in previews.items():
        outcome = decided[name]
        merged = "accepted" if outcome.status in (ACCEPTED, SUPERSEDED) else outcome.status
        assert (name, preview.status) == (name, merged)
        assert set(codes(preview.errors + preview.warnings)) == set(codes(outcome.issues)), name
    assert result.count(REJECTED) == 2


def _ledger(kit: MergeKit) -> list:
    from tz_excel.store import HistoryStore

    store = HistoryStore.for_workspace(kit.ws)
    try:
        return store.ledger()
    finally:
        store.close()


def _strip_custom_properties(path: Path) -> None:
    """Remove docProps/custom.xml too, so nothing identifies the return (a hand-made copy)."""
    import zipfile

    data = {}
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            if info.filename != "docProps/custom.xml":
                data[info.filename] = zf.read(info.filename)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in data.items():
            if name == "[Content_Types].xml":
                override = (b'<Override PartName="/docProps/custom.xml" ContentType="application/'
                            b'vnd.openxmlformats-officedocument.custom-properties+xml"/>')
                content = content.replace(override, b"")
            zf.writestr(name, content)
