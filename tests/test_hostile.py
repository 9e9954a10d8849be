"""Hostile and broken inputs: the reader never raises, every file gets a verdict, nothing is lost.

Two sources of bad files:

* the corpus in tests/data/hostile/ (built by tests/make_hostile.py, committed), each file named
  after its defect, with the findings and verdict it must get in expected.json;
* Hypothesis, damaging a real return at random: odd cell values and types, huge strings, values
  far out, parts of the zip dropped, duplicated or truncated, XML damaged, sheets renamed.

Each goes through ``intake.read_return`` and ``merge.merge_inbox`` in a real workspace; a merged
file must have a status, a Chinese reason when rejected, and its exact bytes in archive/.
"""

from __future__ import annotations

import hashlib
import json
import math
import shutil
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings, strategies as st

import _hostile as h
from _fixtures import CLEAN_NARRATIVES, CLEAN_STATE, CLEAN_VALUES, make_template, returns_catalogue, returns_directory
from _mergekit import MergeKit
from tz_excel.clerks import fill_return
from tz_excel.intake import Return, read_return
from tz_excel.merge import merge_inbox
from tz_excel.validation import validate_return

CORPUS = Path(__file__).parent / "data" / "hostile"
EXPECTED = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
CATALOGUE, DIRECTORY = returns_catalogue(), returns_directory()
READ_STATUSES = {"accepted", "superseded", "duplicate"}


def corpus_files() -> list[str]:
    return sorted(p.name for p in CORPUS.iterdir() if p.name != "expected.json")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def assert_sane(ret: Return) -> None:
    """What every Return must be, however bad its file."""
    assert isinstance(ret, Return) and len(ret.sha256) == 64
    assert ret.department is not None or any(i.is_error and not i.cell for i in ret.issues)
    for row in ret.rows:
        assert row.actual is None or (math.isfinite(row.actual) and abs(row.actual) <= 1e15)
        assert all(ch >= " " or ch in "\t\n\r" for text in (row.progress, row.problems, row.plans) for ch in text)
    for issue in ret.issues:
        assert issue.code and issue.code == issue.code.lower() and " " not in issue.code
        assert issue.message and len(issue.message) < 1000 and len(issue.value) <= 1000


# -- the corpus ------------------------------------------------------------------------------------

def test_every_corpus_file_has_its_expectation():
    assert sorted(EXPECTED) == corpus_files() and len(EXPECTED) >= 30


@pytest.mark.parametrize("name", corpus_files())
def test_corpus_file_read(name):
    started = time.perf_counter()
    ret = read_return(CORPUS / name, CATALOGUE)
    elapsed = time.perf_counter() - started
    assert_sane(ret)
    found = {i.code for i in validate_return(ret, CATALOGUE, directory=DIRECTORY)}
    assert set(EXPECTED[name]["codes"]) - {"unknown-department"} <= found
    assert elapsed < 5


def test_corpus_merged_in_one_week_with_a_clean_return(tmp_path):
    """Every corpus file beside a good return: all get a verdict, the good one is merged."""
    kit = MergeKit.create(tmp_path / "ws", catalogue=CATALOGUE, directory=DIRECTORY)
    originals = {}
    for name in corpus_files():
        data = (CORPUS / name).read_bytes()
        kit.put(name, data)
        originals[f"inbox/{name}"] = data
    kit.drop("市国资局", "2023-W36", {"5.1": 300, "5.2": 0.2}, name="国资局.xlsx")
    originals["inbox/国资局.xlsx"] = (kit.ws.inbox / "国资局.xlsx").read_bytes()
    result = merge_inbox(kit.ws, "2023-W36", now=kit.now)
    outcomes = {f.file: f for f in result.files}
    assert sorted(outcomes) == sorted(originals)
    assert outcomes["inbox/国资局.xlsx"].status == "accepted"
    for file, outcome in outcomes.items():
        assert_archived(kit.ws.root, outcome, originals[file])
        want = EXPECTED.get(file.removeprefix("inbox/"), {"status": "read", "codes": []})
        if want["status"] == "rejected":
            assert outcome.status == "rejected", file
        elif want["status"] == "read":
            assert outcome.status in READ_STATUSES, (file, outcome.issues)
        assert set(want["codes"]) <= {i.code for i in outcome.issues}, file
    assert not list(kit.ws.inbox.iterdir())


def assert_archived(root: Path, outcome, original: bytes) -> None:
    assert outcome.status, outcome
    assert outcome.archived_as, outcome
    assert sha256((root / outcome.archived_as).read_bytes()) == sha256(original) == outcome.sha256
    if outcome.status == "rejected":
        assert any(i.is_error for i in outcome.issues)
        reason = root / f"{outcome.archived_as}.reason.txt"
        assert any("\u4e00" <= ch <= "\u9fff" for ch in reason.read_text(encoding="utf-8"))


# -- Hypothesis: real returns damaged at random ----------------------------------------------------

_CLEAN: dict[str, bytes] = {}


def clean_return() -> bytes:
    """A clean 市科技局 return, built once per session (openpyxl, ~0.1 s)."""
    if "data" not in _CLEAN:
        with tempfile.TemporaryDirectory() as scratch:
            path = fill_return(make_template(Path(scratch)), Path(scratch) / "r.xlsx", CLEAN_VALUES,
                               state=CLEAN_STATE, narratives=CLEAN_NARRATIVES)
            _CLEAN["data"] = path.read_bytes()
    return _CLEAN["data"]


INPUT_CELLS = ["J5", "J6", "J8", "J9", "J13", "M8", "N8", "O8", "P11", "D8", "F8", "B4"]
PARTS = ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet3.xml", "xl/workbook.xml", "xl/styles.xml",
         "xl/_rels/workbook.xml.rels", "docProps/custom.xml", "docProps/core.xml", "[Content_Types].xml"]
odd_numbers = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.integers(min_value=-10**400, max_value=10**400).map(str),
    st.sampled_from(["NaN", "inf", "-inf", "1e309", "1e-400", "", " ", "0x10", "1,5", "--1", "١٢٣"]),
)
odd_texts = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["=1/0", "约1e308个", "1" * 400, "９" * 50, "_x0000_", "\u202e120", "一" * 100]),
    st.integers(min_value=1, max_value=200_000).map(lambda n: "长" * n),
)
cell_elements = st.one_of(
    st.builds(lambda v: ("number", v), odd_numbers),
    st.builds(lambda v: ("string", v), odd_texts),
    st.builds(lambda v: ("error", v), st.sampled_from(["#DIV/0!", "#REF!", "#N/A", "#SPILL!", "#CALC!", "Err:502", ""])),
    st.builds(lambda v: ("boolean", v), st.booleans()),
)
refs = st.tuples(st.integers(0, 1048575), st.integers(0, 16383))
mutations = st.one_of(
    st.tuples(st.just("cell"), st.sampled_from(INPUT_CELLS), cell_elements),
    st.tuples(st.just("far"), refs, cell_elements),
    st.tuples(st.just("dimension"), refs),
    st.tuples(st.just("drop"), st.sampled_from(PARTS)),
    st.tuples(st.just("duplicate"), st.sampled_from(PARTS), st.binary(max_size=64)),
    st.tuples(st.just("truncate_part"), st.sampled_from(PARTS), st.floats(0, 1)),
    st.tuples(st.just("damage"), st.sampled_from(PARTS), st.integers(0, 30_000),
              st.sampled_from([b"<", b">", b"&", b"\x00", b"\xff\xfe", b"<!DOCTYPE x>", b"</c>", b"<c r=\"J8\">",
                               b'"', b"<row>", b"]]>", b"&#0;", b"&lt"])),
    st.tuples(st.just("rename"), st.sampled_from(["填报表", "_meta"]), st.text(max_size=40)),
    st.tuples(st.just("meta"), st.sampled_from(["department", "period", "catalogue_sha"]), odd_texts),
    st.tuples(st.just("merge"), refs, refs),
    st.tuples(st.just("truncate_file"), st.floats(0, 1)),
)


def address(row: int, col: int) -> str:
    from tz_excel.survey import address as a1

    return a1(row, col)


def element(ref: str, kind_value) -> str:
    kind, value = kind_value
    if kind == "error":
        return h.error(ref, value)
    if kind == "boolean":
        return h.boolean(ref, value)
    return (h.number if kind == "number" else h.string)(ref, value)


def mutate(data: bytes, mutation) -> bytes:
    kind, *args = mutation
    if kind == "cell":
        return h.set_cell(data, args[0], element(args[0], args[1]))
    if kind == "far":
        ref = address(*args[0])
        return h.add_far_cell(data, ref, element(ref, args[1]))
    if kind == "dimension":
        return h.set_dimension(data, f"A1:{address(*args[0])}")
    if kind == "drop":
        return h.drop_part(data, args[0])
    if kind == "duplicate":
        return h.duplicate_part(data, *args)
    if kind == "truncate_part":
        return h.truncate_part(data, *args)
    if kind == "damage":
        return h.damage_part(data, *args)
    if kind == "rename":
        return h.rename_sheet(data, *args)
    if kind == "meta":
        return h.set_meta(data, args[0], args[1])
    if kind == "merge":
        (r0, c0), (r1, c1) = args
        return h.add_merge(data, f"{address(min(r0, r1), min(c0, c1))}:{address(max(r0, r1), max(c0, c1))}")
    return data[: int(len(data) * args[0])]


def damaged(mutation_list) -> bytes:
    data = clean_return()
    for mutation in mutation_list:
        try:
            data = mutate(data, mutation)
        except Exception:  # the zip is already broken (truncated): later mutations cannot open it
            break
    return data


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(mutations, min_size=1, max_size=3))
def test_read_return_never_raises_on_damaged_returns(mutation_list):
    data = damaged(mutation_list)
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "damaged.xlsx"
        path.write_bytes(data)
        started = time.perf_counter()
        ret = read_return(path, CATALOGUE)
        assert time.perf_counter() - started < 10
        assert_sane(ret)
        assert ret.sha256 == sha256(data)
        issues = validate_return(ret, CATALOGUE, directory=DIRECTORY)
        refused = next((i.code for i in issues if i.is_error and not i.cell), None)
        event(f"refused: {refused}" if refused else f"read, {len(ret.rows)} rows")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.sampled_from([n for n in corpus_files() if n.endswith((".xls", ".ods"))]),
       st.lists(st.tuples(st.integers(0, 40_000), st.binary(min_size=1, max_size=16)), min_size=0, max_size=4),
       st.one_of(st.just(1.0), st.floats(0.05, 1.0)))
def test_read_return_never_raises_on_damaged_xls_and_ods(name, damage, keep):
    """LibreOffice's .xls (OLE, BIFF records) and .ods with bytes overwritten and the tail cut."""
    data = bytearray((CORPUS / name).read_bytes())
    for at, junk in damage:
        at %= len(data)
        data[at:at + len(junk)] = junk
    data = bytes(data[: max(8, int(len(data) * keep))])
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / name
        path.write_bytes(data)
        ret = read_return(path, CATALOGUE)
        assert_sane(ret)
        event(next((i.code for i in ret.issues if i.is_error and not i.cell), "read"))


_WORKSPACE: dict[str, MergeKit] = {}


def pristine_workspace(root: Path) -> MergeKit:
    """A copy of one workspace built once (catalogue.xlsx, departments.xlsx, empty inbox)."""
    if "kit" not in _WORKSPACE:
        base = Path(tempfile.mkdtemp(prefix="tz-hostile-"))
        _WORKSPACE["kit"] = MergeKit.create(base / "ws", catalogue=CATALOGUE, directory=DIRECTORY)
    return _WORKSPACE["kit"].copy_to(root)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(st.lists(mutations, min_size=1, max_size=2), min_size=1, max_size=3))
def test_merge_gives_every_damaged_file_a_status_and_archives_its_bytes(files):
    with tempfile.TemporaryDirectory() as scratch:
        kit = pristine_workspace(Path(scratch) / "ws")
        originals = {}
        for n, mutation_list in enumerate(files):
            data = damaged(mutation_list)
            kit.put(f"damaged_{n}.xlsx", data)
            originals[f"inbox/damaged_{n}.xlsx"] = data
        result = merge_inbox(kit.ws, "2023-W36", now=kit.now)
        outcomes = {f.file: f for f in result.files}
        assert sorted(outcomes) == sorted(originals)
        for file, outcome in outcomes.items():
            assert outcome.status in READ_STATUSES | {"rejected"}
            assert_archived(kit.ws.root, outcome, originals[file])


def teardown_module(module):
    for kit in _WORKSPACE.values():
        shutil.rmtree(kit.ws.root.parent, ignore_errors=True)


# -- the survey's three ways through an xlsx sheet agree --------------------------------------------

@pytest.mark.parametrize("name", [n for n in corpus_files() if n.endswith(".xlsx")])
def test_survey_paths_agree_on_every_corpus_sheet(name):
    """The quick whole-part searches, the cell-by-cell pass and the tag-by-tag pass."""
    import io
    import zipfile

    from tz_excel.survey import _survey_cells, _survey_tokens, survey_xlsx_sheet

    try:
        with zipfile.ZipFile(io.BytesIO((CORPUS / name).read_bytes())) as zf:
            xml = zf.read(h.SHEET)
    except Exception:  # not a zip, or no such part: nothing to survey
        return
    quick, cells, tokens = survey_xlsx_sheet(xml, "s"), _survey_cells(xml, "s"), _survey_tokens(xml, "s")
    assert quick.beyond() == cells.beyond() == tokens.beyond()
    assert quick.errors == cells.errors == tokens.errors
    assert quick.merged == cells.merged == tokens.merged == ()       # an xlsx sheet's merged ranges are calamine's
    assert (quick.declared, quick.declared_cells) == (cells.declared, cells.declared_cells)
    for row, col in [(7, 9), (4, 9), (7, 12)]:
        assert quick.style(row, col) == cells.style(row, col)
        assert quick.formula_without_value(row, col) == cells.formula_without_value(row, col)


def test_survey_sees_what_calamine_would_place_far_out():
    """Cells calamine counts for its rectangle: any <v>, <f> or <is> child, with or without text;
    a cell with formatting only does not count."""
    from tz_excel.survey import survey_xlsx_sheet

    def sheet(cell: str) -> bytes:
        return f'<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="9000">{cell}</row>' \
               f'</sheetData></worksheet>'.encode()

    for cell in ['<c r="GL9000" t="e"><f>1/0</f><v></v></c>', '<c r="GL9000"><f>1/0</f></c>',
                 '<c r="GL9000" t="inlineStr"><is></is></c>', '<c r="GL9000"><v>1</v></c>',
                 '<c><v>1</v></c>' * 300, '<x:c r="GL9000"><x:v>1</x:v></x:c>']:
        assert survey_xlsx_sheet(sheet(cell), "s").beyond(), cell
    assert survey_xlsx_sheet(sheet('<c r="GL9000" s="3"/>'), "s").beyond() == ""
