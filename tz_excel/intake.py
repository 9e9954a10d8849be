"""Read one returned workbook into a ``Return`` (calamine for values, openpyxl only where needed).

    >>> ret = read_return("inbox/科技局第36周.xlsx", catalogue, root=ws.root)
    >>> ret.department, ret.period, ret.rows[0].actual
    ('市科技局', '2023-W36', 120.0)
    >>> [(i.code, i.cell) for i in ret.issues]
    [('approximate-value', 'J5')]
    >>> is_ignorable("inbox/~$科技局.xlsx")
    True

Identity comes from the hidden ``_meta`` sheet and the custom properties, never the file name;
where both name a department (or period) they must agree, else the file is refused with
``identity-mismatch`` (validation also checks that the rows are the department's own).
``read_return`` never raises for a bad file: a non-workbook, a foreign workbook or a dangerous one
gives an error ``Issue`` without a cell (the merge rejects the file). It raises
``WorkbookReadError`` only when the file cannot be read from disk at all; any other failure while
reading becomes an ``internal-error`` finding, with its traceback logged to "tz_excel.intake".

How a return is read, and why:

* The file is read once into memory (after a size check) and hashed; the format is sniffed from
  the bytes, not the extension (clerks rename .xls to .xlsx).
* Zip-based files (.xlsx, .xlsm, .ods) are refused before any parsing when the zip declares an
  absurd uncompressed size, entry count or compression ratio (a zip bomb costs microseconds, and
  memory stays flat), or holds two entries of one name (which one a reader takes is a guess). A
  part is read no further than its declared size, so the few parts we read cannot exceed what was
  checked; each is read once.
* Every sheet is surveyed (``survey``) before calamine loads it: calamine allocates a sheet's
  whole rectangle, so one value in XFD1048576 would cost 512 GB and abort the process. An .xls or
  .ods is loaded whole when opened, so all its sheets are surveyed first; an .xls's compound-file
  container is checked for the loops and claimed lengths calamine would follow into gigabytes.
  An .xlsx loads a sheet at a time: only the sheets reading hands over (填报表 and _meta, in the
  common case) are inflated and surveyed, each found as calamine finds it (``xlsxparts``: zip
  names matched ignoring case, workbook.xml and its relationships read as calamine's XML reader
  reads them, one workbook part only). A sheet whose part cannot be found or read is never
  handed over. Doing less is what makes reading cheap: ~1.2 ms a return with calamine's ~0.45
  (bench/bench_intake.py).
* python-calamine reads values, including cached formula values, and never runs macros or
  follows external links. It reads an error value (#DIV/0!) as an empty cell: the survey finds
  them (``formula-error``), and a newer error it does not know (#SPILL!, which makes it refuse
  the whole sheet) is shown to it as #VALUE! in an in-memory copy, made only when a handed sheet
  holds a cell typed as an error. The survey also gives the formulas without a cached value and
  the percent-formatted cells; an .xlsx sheet's merged ranges are calamine's own.
* We parse XML ourselves only with defusedxml (properties, styles, .ods content, streamed) or
  scan it with bounded regular expressions after a cheap check proves it written the common
  way; a numeric cell leaves as a finite number below 10^15 or not at all (``numbers``), text
  without control characters.
* Rows are matched by 指标编号, so sorted or filtered rows read right; the header row is the one
  holding 指标编号 and columns are found by header text.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import re
import stat
import unicodedata
import zipfile
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from operator import itemgetter
from pathlib import Path

from . import findings as checks
from .catalogue import CO, LEAD, Catalogue, Indicator, Task
from .errors import PeriodError, WorkbookReadError
from .findings import Issue
from .inbox import shown_name
from .numbers import format_number, normalize, parse_number
from .periods import Period
from .survey import MAX_COLUMNS, MAX_ROWS, SheetSurvey, address, survey_ods, survey_xls, survey_xlsx_sheet
from .xlsxparts import percent_styles, read_member, sheet_parts

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
META_SHEET, FORM_SHEET = "_meta", "填报表"
META_KEYS = ("format_version", "template_id", "department", "period", "catalogue_sha", "generated_at")
STATES = ("未启动", "正常推进", "已完成", "滞后")
_STATE_WORDS, _ROLE_WORDS = frozenset(STATES), frozenset(("牵头", "配合"))
ID, CONTENT, TARGET, UNIT, ROLE = "指标编号", "指标/工作内容", "目标值", "单位", "牵头/配合"
ACTUAL, STATE, NARRATIVES = "累计完成值", "完成状态", ("进展情况", "存在问题", "下步打算")
BLOCK_LABELS = ("填报单位", "报送周期", "报送截止时间", "填报人", "联系电话", "说明")

# Limits for untrusted attachments. A real return is ~15 KB zipped, ~50 KB unzipped, < 200 rows.
MAX_FILE_BYTES = 20 * 2**20
MAX_UNZIPPED_BYTES = 40 * 2**20
MAX_ENTRIES = 500
MAX_RATIO = 120            # XML compresses ~5-20×; a bomb compresses ~1000×
MAX_TEXT_BYTES = 40 * 2**20    # a sheet's text with every shared string written out where it is used
HEADER_SEARCH_ROWS = 30

_SHARED_STRING = re.compile(rb"<(?:\w+:)?si\b[^>]*>(.*?)</(?:\w+:)?si>", re.S)
_XLSX_MODIFIED = re.compile(rb"<dcterms:modified[^>]*>([^<]{8,40})</dcterms:modified>")
_ODS_MODIFIED = re.compile(rb"<dc:date[^>]*>([^<]{8,40})</dc:date>")
_V_NUMBER = re.compile(rb"<(?:[\w.-]+:)?v\b[^<>]*>\s*(\d{1,9})\s*<")     # any <v> that may index a shared string
_PROPERTY = re.compile(rb'<property\s[^<>]*?(?<=\s)name="([^"]*)"[^<>]*>\s*<vt:\w+(?:\s[^<>]*)?>([^<]*)</vt:\w+>\s*</property>')
_IGNORED_NAMES = {".ds_store", "thumbs.db", "ehthumbs.db", "desktop.ini", ".directory", "icon\r"}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
# Error values calamine 0.9 reads (as empty); any other in a t="e" cell makes it refuse the sheet.
CALAMINE_ERRORS = frozenset({"#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!"})
_UNKNOWN_ERROR = re.compile(rb'(<c\b[^<>]*\bt="e"[^<>]*>(?:<f\b[^<>]*/>|<f\b[^<>]*>[^<]*</f>)?<v>)([^<]*)(</v>)')
_CONTROL = dict.fromkeys(c for c in range(32) if chr(c) not in "\t\n\r")
log = logging.getLogger("tz_excel.intake")
# What no reading may swallow. Everything else raised while a file is read is about that file:
# pyo3 turns a panic inside calamine into PanicException, which derives from BaseException.
NEVER_CAUGHT = (KeyboardInterrupt, SystemExit, GeneratorExit)


@dataclass(frozen=True)
class ReturnRow:
    """One filled row: an indicator (``id`` "4.1") or a task without one (``id`` "7")."""

    id: str
    task_no: int
    role: str                      # "lead" or "co", as the template said
    actual: float | None           # 累计完成值 after number parsing; None when empty or invalid
    state: str = ""                # 完成状态: 未启动 / 正常推进 / 已完成 / 滞后 / ""
    progress: str = ""             # 进展情况
    problems: str = ""             # 存在问题
    plans: str = ""                # 下步打算
    cell: str = ""                 # A1 address of the 累计完成值 cell
    raw: str = ""                  # what the clerk typed there
    valid: bool = True             # False when an error finding makes this row invalid

    @property
    def is_filled(self) -> bool:
        return bool(self.raw or self.state or self.progress or self.problems or self.plans)


@dataclass(frozen=True)
class Return:
    """What one file says, with every finding. ``department`` is None when it is not our template."""

    file: str                      # path as given (relative to the workspace where possible)
    sha256: str
    department: str | None = None
    period: str | None = None
    template_id: str = ""
    catalogue_sha: str = ""
    generated_at: str = ""
    format_version: str = ""
    modified: datetime | None = None   # the workbook's own modified time (docProps), naive UTC
    filler: str = ""               # 填报人
    phone: str = ""                # 联系电话
    rows: tuple[ReturnRow, ...] = ()
    issues: tuple[Issue, ...] = ()
    sheet: str = ""                # the sheet the rows were read from (填报表)

    @property
    def is_ours(self) -> bool:
        return self.department is not None and self.period is not None

    @property
    def errors(self) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if i.is_error)


# -- public API ------------------------------------------------------------------------------------

def is_ignorable(path: str | Path) -> bool:
    """Office lock files (``~$x.xlsx``, ``.~lock.x.ods#``), hidden and system files: never a return."""
    name = Path(path).name
    return (name.startswith(("~$", ".~lock.", ".")) or name.lower() in _IGNORED_NAMES
            or name.endswith(("#", "~")) or name.lower().endswith((".tmp", ".crdownload", ".part")))


def read_return(path: str | Path, catalogue: Catalogue, *, settings=None, root: str | Path | None = None) -> Return:
    """Read one returned workbook.

    Args:
        path: the file, any name, any extension.
        catalogue: the office's catalogue (rows are matched against it).
        settings: unused for reading today; accepted so callers pass one set of arguments.
        root: make ``Return.file`` (and each Issue's ``file``) relative to this folder.

    Raises:
        WorkbookReadError: the file cannot be read from disk (missing, permission denied).
    """
    path = Path(path)
    try:
        shown = display_path(path, root)
    except (OSError, RuntimeError):           # a symlink loop: show the path as given
        shown = path.as_posix()
    data, sha = _load(path)
    base = Return(file=shown, sha256=sha)
    try:
        return _read_data(path, data, base, catalogue)
    except NEVER_CAUGHT:
        raise
    except BaseException as exc:  # noqa: B036 - calamine's PanicException is a BaseException
        # The wall around one file: whatever the content does to us stays with this file, as a
        # finding the clerk and the office can read; the traceback goes to the log for us.
        log.exception("internal error while reading %s", shown)
        return _refused(base, checks.internal_error(shown, exc))


def _read_data(path: Path, data: bytes | None, base: Return, catalogue: Catalogue) -> Return:
    shown = base.file
    if data is None:
        return _refused(base, checks.file_too_large(shown, f"文件大小 {path.stat().st_size // 2**20} MB"))
    kind, problem = _sniff(path, data, shown)
    if problem:
        return _refused(base, problem)
    package = _Package.open(data, kind, shown)
    if isinstance(package, Issue):
        return _refused(base, package)
    try:
        import python_calamine as calamine
        book = calamine.CalamineWorkbook.from_filelike(io.BytesIO(package.patched()))
    except NEVER_CAUGHT:
        raise
    except BaseException as exc:  # noqa: B036 - calamine's own errors, and PanicException where it trips
        return _refused(base, checks.not_a_workbook(shown, _broken_reason(exc)))
    try:
        return _read_book(base, book, package, catalogue)
    except _Refusal as refusal:
        return replace(base, issues=(refusal.issue,))


def display_path(path: Path, root: str | Path | None) -> str:
    """``path`` relative to ``root`` in POSIX form when it lies below it, else as given; always
    text (a name in undecodable bytes is shown as ``inbox.shown_name`` shows it)."""
    shown = None
    if root is not None:
        full, base = _resolved(os.fspath(path)), _resolved_folder(os.fspath(root))
        if full == base:
            shown = "."
        elif full.startswith(base.rstrip("/") + "/"):
            shown = full[len(base.rstrip("/")) + 1:]
    if shown is None:
        shown = Path(path).as_posix()
    return "/".join(shown_name(part) for part in shown.split("/"))


def _resolved(path: str) -> str:
    """``Path(path).resolve()`` as text, with the folder part taken from ``_resolved_folder``."""
    folder, name = os.path.split(path)
    try:
        if name in ("", ".", "..") or stat.S_ISLNK(os.lstat(path).st_mode):
            return str(Path(path).resolve())
    except OSError:                       # missing: resolve() says what it can
        return str(Path(path).resolve())
    return os.path.join(_resolved_folder(folder or "."), name)


_FOLDERS: dict[str, tuple[tuple[int, int], str]] = {}


def _resolved_folder(folder: str) -> str:
    """``Path(folder).resolve()`` as text, remembered while the folder stays the same one.

    ``resolve`` asks the system about every component of the path; a merge reads a thousand
    files from one inbox, each shown relative to one workspace. The folder's device and inode
    are checked on every use, so a folder replaced or re-linked behind the same path is resolved
    afresh.
    """
    try:
        info = os.stat(folder)
    except OSError:                       # missing: resolve() says what it can
        return str(Path(folder).resolve())
    key, identity = os.path.abspath(folder), (info.st_dev, info.st_ino)
    known = _FOLDERS.get(key)
    if known is None or known[0] != identity:
        if len(_FOLDERS) >= 256:
            _FOLDERS.clear()
        known = _FOLDERS[key] = (identity, str(Path(folder).resolve()))
    return known[1]


# -- refusing early --------------------------------------------------------------------------------

def _load(path: Path) -> tuple[bytes | None, str]:
    """The bytes (None when absurdly large) and the sha256 of the file."""
    try:
        with open(path, "rb") as handle:
            if os.fstat(handle.fileno()).st_size > MAX_FILE_BYTES:
                digest = hashlib.sha256()
                for chunk in iter(lambda: handle.read(2**20), b""):
                    digest.update(chunk)
                return None, digest.hexdigest()
            data = handle.read()
    except OSError as exc:
        raise WorkbookReadError(f"无法读取文件 {path}：{exc.strerror or exc}", path=str(path)) from exc
    return data, hashlib.sha256(data).hexdigest()


def _refused(base: Return, issue: Issue) -> Return:
    return replace(base, issues=(issue,))


def _sniff(path: Path, data: bytes, shown: str) -> tuple[str, Issue | None]:
    """The container kind ("xlsx", "ods", "xls") from the bytes, or an Issue saying why not."""
    suffix = path.suffix.lower()
    if suffix not in WORKBOOK_SUFFIXES:
        return "", checks.not_a_workbook(shown, checks.unsupported_reason(suffix))
    if data.startswith(_ZIP_MAGIC):
        return "zip", None
    if data.startswith(_OLE_MAGIC):
        if b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e" in data:
            return "", checks.not_a_workbook(shown, "文件设置了打开密码，程序无法读取。请取消密码后重新报送。")
        return "xls", None
    return "", checks.not_a_workbook(shown, "文件内容不是 Excel 表格（可能已损坏，或只是改了扩展名）。")


def _broken_reason(exc: BaseException) -> str:
    return f"文件已损坏或格式无法识别（{type(exc).__name__}）。请用 Excel 或 WPS 打开确认后另存为 .xlsx 重新报送。"


# A sheet whose part the package cannot find or read is never handed to calamine.
_UNLOCATED = "工作表的内容在文件中找不到或无法读取（文件已损坏或结构异常）。请用 Excel 或 WPS 打开确认后另存为 .xlsx 重新报送。"


# -- the package (zip) around the values: limits, properties, formats ----------------------------

class _Package:
    """The container of a workbook: size checks and the few parts we read beside calamine.

    A part is looked up as calamine looks it up (zip names matched ignoring ASCII case, "\\" read
    as "/"), and an xlsx sheet is found through workbook.xml as calamine finds it, so that what is
    surveyed is what calamine will load; a sheet whose part cannot be found or read is never
    handed over (``loadable``).
    """

    def __init__(self, kind: str, data: bytes, zf: zipfile.ZipFile | None = None,
                 entries: dict[str, zipfile.ZipInfo] | None = None) -> None:
        self.kind, self.data, self.zf = kind, data, zf
        self.entries = entries or {}          # zip name, as calamine looks it up → its entry
        self.surveys: dict[str, SheetSurvey | None] = {}
        self._sheet_parts: dict[str, str] | None = None
        self._sheets: dict[str, bytes | None] = {}      # xlsx sheet XML by sheet name (None: unreadable)
        self._percent_styles: set[int] | None = None
        self._shared_sizes: list[int] | None = None     # bytes of each shared string (xlsx)

    @classmethod
    def open(cls, data: bytes, kind: str, shown: str) -> "_Package | Issue":
        """The package, its .xls or .ods sheets surveyed (calamine loads all of them at once)."""
        package = cls._open(data, kind, shown)
        if isinstance(package, Issue) or package.kind == "xlsx":
            return package
        try:
            surveys = survey_xls(data) if package.kind == "xls" else survey_ods(package.read("content.xml"))
        except Exception as exc:  # olefile and defusedxml raise their own kinds for broken files
            return checks.not_a_workbook(shown, _broken_reason(exc))
        package.surveys.update(surveys)
        for name in surveys:
            problem = package.refusal(name, shown)
            if problem:
                return problem
        return package

    @classmethod
    def _open(cls, data: bytes, kind: str, shown: str) -> "_Package | Issue":
        if kind == "xls":
            return cls("xls", data)
        try:
            zf = zipfile.ZipFile(io.BytesIO(data))
            infos = zf.infolist()
        except (zipfile.BadZipFile, ValueError, OSError, NotImplementedError, EOFError):  # e.g. "zip file version 22.5"
            return checks.not_a_workbook(shown, "文件已损坏，无法解压。请用 Excel 或 WPS 打开确认后另存为 .xlsx 重新报送。")
        problem = _zip_problem(infos)
        if problem:
            return checks.file_too_large(shown, problem)
        entries = {info.filename.replace("\\", "/").lower(): info for info in infos}
        if len(entries) != len(infos):
            return checks.not_a_workbook(shown, "压缩包内有重名的部件（文件已损坏或被改动），无法确定应读取哪一个。"
                                                "请用 Excel 或 WPS 打开确认后另存为 .xlsx 重新报送。")
        book = entries.get("xl/workbook.xml")
        if book is not None and book.filename == "xl/workbook.xml":    # named exactly so (names are unique)
            # calamine reads the workbook named by _rels/.rels; with one workbook part there is no choice.
            if any(name.endswith("workbook.xml") and name != "xl/workbook.xml" for name in entries):
                return checks.not_a_workbook(shown, "文件内有多个工作簿部件（文件已损坏或被改动）。"
                                                    "请用 Excel 或 WPS 打开确认后另存为 .xlsx 重新报送。")
            return cls("xlsx", data, zf, entries)
        package = cls("ods", data, zf, entries)
        if "content.xml" in entries and b"opendocument.spreadsheet" in package.read("mimetype", 200):
            return package
        return checks.not_a_workbook(shown, "文件是压缩包而不是 Excel 表格（或为 Word 等其他文档）。")

    def read(self, name: str, limit: int = MAX_UNZIPPED_BYTES) -> bytes:
        """A part's bytes; b"" when absent, damaged or larger than ``limit``."""
        return self.read_part(name, limit) or b""

    def read_part(self, name: str, limit: int = MAX_UNZIPPED_BYTES) -> bytes | None:
        """A part's bytes as calamine finds it: b"" when absent, None when damaged or too large.

        A part is read no further than its declared size, which the limits were checked on.
        """
        info = self.entries.get(name.replace("\\", "/").lower()) if self.zf else None
        if info is None or ("\\" in name and info.filename != name):
            return b""
        return read_member(self.zf, self.data, info, limit)

    # identity and time
    def custom_properties(self) -> dict[str, str]:
        if self.kind == "xlsx":
            return _custom_properties_xlsx(self.read("docProps/custom.xml"))
        if self.kind == "ods":
            return _user_defined_ods(self.read("meta.xml"))
        return {}

    def modified(self) -> datetime | None:
        if self.kind == "xlsx":
            match = _XLSX_MODIFIED.search(self.read("docProps/core.xml", 64 * 1024))
        elif self.kind == "ods":
            match = _ODS_MODIFIED.search(self.read("meta.xml", 256 * 1024))
        else:
            return None
        return _parse_time(match.group(1).decode("ascii", "replace")) if match else None

    # what calamine does not tell: the sheet survey
    def survey(self, sheet: str) -> SheetSurvey | None:
        """The survey of ``sheet``: xlsx scanned on first use, None when its part cannot be found
        or read (then it must not be loaded); ods and xls surveyed when opened."""
        if sheet not in self.surveys:
            if self.kind != "xlsx":
                return SheetSurvey(sheet)
            xml = self._xlsx_sheet(sheet)
            self.surveys[sheet] = None if xml is None else survey_xlsx_sheet(xml, sheet)
        return self.surveys[sheet]

    def loadable(self, sheet: str) -> bool:
        """May calamine be asked for ``sheet`` (its part found and read, so surveyable)?"""
        return self.survey(sheet) is not None

    def refusal(self, sheet: str, shown: str) -> Issue | None:
        """Why ``sheet`` must not be handed to calamine (a value or a declared area far out), or None."""
        survey = self.survey(sheet) or SheetSurvey(sheet)
        if survey.beyond():
            return checks.sheet_too_large(shown, sheet, survey.beyond(), MAX_ROWS, MAX_COLUMNS)
        if survey.declares_too_much():
            return checks.sheet_too_large(shown, sheet, survey.declared, MAX_ROWS, MAX_COLUMNS, declared=True)
        text = self.expanded_text(sheet) if self.kind == "xlsx" else 0
        if text > MAX_TEXT_BYTES:
            return checks.file_too_large(shown, f"工作表“{checks.shorten(sheet)}”引用的文字合计约 {text // 2**20} MB，"
                                                 "远超正常表格")
        return None

    def expanded_text(self, sheet: str) -> int:
        """Bytes of text the sheet holds once every shared string is written out in each cell that
        uses it, at most: what calamine allocates. One long string referenced by 200,000 cells
        fits in a 400 KB file and asks for gigabytes.

        Each ``<v>`` holding a whole number counts as a reference (cells of any form, numbers
        too: an upper bound). When even every ``<`` times the whole shared-strings part stays
        within the limit, the part is not inflated at all.
        """
        xml = self._xlsx_sheet(sheet) or b""
        info = self.entries.get("xl/sharedstrings.xml")
        if info is None or xml.count(b"<") * info.file_size <= MAX_TEXT_BYTES:
            return 0
        if self._shared_sizes is None:
            part = self.read("xl/sharedStrings.xml")
            self._shared_sizes = [len(m.group(1)) for m in _SHARED_STRING.finditer(part)]
        sizes = self._shared_sizes
        return sum(sizes[n] for n in map(int, _V_NUMBER.findall(xml)) if n < len(sizes)) if sizes else 0

    def percent_formatted(self, sheet: str, row: int, col: int) -> bool:
        """Does the cell (zero-based) show its number as a percent (Excel's 95% typed into a General cell)?"""
        survey = self.survey(sheet) or SheetSurvey(sheet)
        if self.kind == "ods":
            return (row, col) in survey.percent
        style = survey.style(row, col) if self.kind == "xlsx" else None
        if style is None:
            return False
        if self._percent_styles is None:
            self._percent_styles = percent_styles(self.read("xl/styles.xml"))
        return style in self._percent_styles

    def _xlsx_parts(self) -> dict[str, str]:
        """Each sheet's part by sheet name ({} when workbook.xml or its relationships cannot be read)."""
        if self._sheet_parts is None:
            self._sheet_parts = sheet_parts(self.read("xl/workbook.xml", 2**20),
                                            self.read("xl/_rels/workbook.xml.rels", 2**20)) or {}
        return self._sheet_parts

    def _xlsx_sheet(self, name: str) -> bytes | None:
        """The sheet's XML; None when its part cannot be found or read, or is absent (calamine
        cannot load an absent one either: not asking it is the same verdict, surely safe)."""
        if name not in self._sheets:
            part = self._xlsx_parts().get(name)
            self._sheets[name] = (self.read_part(part) if part is not None else None) or None
        return self._sheets[name]

    def handed_over(self, names: list[str]) -> list[str]:
        """The sheets of ``names`` that reading may hand to calamine: 填报表 and _meta, or every sheet
        when there is no 填报表, and the first (where a foreign file names its 填报单位)."""
        wanted = [FORM_SHEET, META_SHEET] if FORM_SHEET in names else list(names)
        return [name for name in dict.fromkeys([*wanted, *names[:1]]) if name in names]

    def patched(self) -> bytes:
        """The workbook's bytes, with error values calamine does not know replaced (xlsx only).

        calamine refuses a whole sheet over one ``#SPILL!`` or ``#CALC!`` (newer Excel errors); the
        survey records them for their findings, so calamine may read ``#VALUE!`` in their place.
        Only the sheets reading may hand over are looked at. The original file is never changed:
        this copy lives in memory for reading only.
        """
        if self.kind != "xlsx":
            return self.data
        located = self._xlsx_parts()
        parts = {located[name].replace("\\", "/").lower(): self._xlsx_sheet(name)
                 for name in self.handed_over(list(located))
                 if getattr(self.survey(name), "error_typed", False) and _has_unknown_error(self._xlsx_sheet(name))}
        if not parts:
            return self.data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
            for info in self.zf.infolist():
                part = parts.get(info.filename.replace("\\", "/").lower())
                copy.writestr(info.filename, self.read(info.filename) if part is None else
                              _UNKNOWN_ERROR.sub(_known_error, part))
        return out.getvalue()


def _zip_problem(infos: list[zipfile.ZipInfo]) -> str:
    if len(infos) > MAX_ENTRIES:
        return f"压缩包内有 {len(infos)} 个部件，远超正常表格"
    total = sum(i.file_size for i in infos)
    if total > MAX_UNZIPPED_BYTES:
        return f"解压后大小达 {total // 2**20} MB，远超正常表格"
    for info in infos:
        if info.file_size > 2**20 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            return f"部件 {info.filename} 压缩比异常（疑似压缩炸弹）"
    return ""


def _has_unknown_error(xml: bytes) -> bool:
    return b't="e"' in xml and any(m.group(2).decode("utf-8", "replace").strip() not in CALAMINE_ERRORS
                                   for m in _UNKNOWN_ERROR.finditer(xml))


def _known_error(match: re.Match) -> bytes:
    known = match.group(2).decode("utf-8", "replace").strip() in CALAMINE_ERRORS
    return match.group(1) + (match.group(2) if known else b"#VALUE!") + match.group(3)


def _parse_time(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    return moment.replace(microsecond=0)


def _custom_properties_xlsx(xml: bytes) -> dict[str, str]:
    """docProps/custom.xml's properties by name, each the text of its one value element.

    A part written the common way (no entity or reference, comment or DTD, nothing but
    ``<property name=…><vt:lpwstr>text</vt:lpwstr></property>`` in its root) is read with one
    search; any other is parsed with defusedxml, which refuses entity declarations.
    """
    if not xml:
        return {}
    if b"&" not in xml and b"<!" not in xml:
        found = _PROPERTY.findall(xml)
        markup = xml.count(b"<") - (1 if xml.lstrip().startswith(b"<?xml") else 0)
        if found and markup == 2 + 4 * len(found) and xml.count(b"name=") == len(found):
            try:
                return {name.decode(): text.decode().strip() for name, text in found}
            except UnicodeDecodeError:
                pass                              # the parser says what such a part holds
    from defusedxml import ElementTree

    try:
        tree = ElementTree.fromstring(xml)
    except Exception:  # defusedxml refuses entities with its own errors; a broken part is no identity
        return {}
    props = {}
    for prop in tree:
        name = prop.get("name")
        if name and len(prop):
            props[name] = (prop[0].text or "").strip()
    return props


def _user_defined_ods(xml: bytes) -> dict[str, str]:
    if not xml:
        return {}
    from defusedxml import ElementTree

    ns = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
    try:
        tree = ElementTree.fromstring(xml)
    except Exception:
        return {}
    return {el.get(f"{{{ns}}}name"): (el.text or "").strip() for el in tree.iter(f"{{{ns}}}user-defined")}


# -- the workbook's content -----------------------------------------------------------------------

class _Refusal(Exception):
    """A sheet that must not be loaded: the file is refused with ``issue``."""

    def __init__(self, issue: Issue) -> None:
        super().__init__(issue.message)
        self.issue = issue


def _read_book(base: Return, book, package: _Package, catalogue: Catalogue) -> Return:
    shown = base.file
    meta, problem = _identity(book, package, shown)
    modified = package.modified()
    if problem:
        return replace(base, modified=modified, issues=(problem,))
    known = {"modified": modified, "department": meta["department"], "period": meta["period"],
             **{key: meta.get(key, "") for key in ("template_id", "catalogue_sha", "generated_at", "format_version")}}
    try:
        sheet_name, grid, merged, problem = _form_grid(book, package, shown)
    except _Refusal as refusal:
        problem = refusal.issue
    if problem:
        return replace(base, **known, issues=(problem,))
    header = _find_header(grid)
    if header is None:
        return replace(base, **known, issues=(checks.layout_broken(shown, sheet_name, "找不到表头“指标编号”"),))
    columns = _columns(grid[header])
    missing = [h for h in (ID, ACTUAL) if h not in columns]
    if missing:
        problem = checks.layout_broken(shown, sheet_name, f"找不到“{'”“'.join(missing)}”列")
        return replace(base, **known, issues=(problem,))
    reader = _RowReader(catalogue, known["department"], shown, sheet_name, columns, package, merged,
                        locked_cells_current=known["catalogue_sha"] in ("", catalogue.sha))
    rows, issues = reader.read(grid, header)
    filler, phone = _block_values(grid[:header], ("填报人", "联系电话"))
    return replace(base, **known, rows=rows, issues=tuple(issues), filler=filler, phone=phone, sheet=sheet_name)


def _identity(book, package: _Package, shown: str) -> tuple[dict[str, str], Issue | None]:
    """The identity the file claims, or the finding that it has none or two that disagree.

    ``_meta``'s key/value rows win; the custom properties fill what ``_meta`` lacks (a deleted
    ``_meta`` sheet) and must agree with it on department and period where both say something.
    """
    meta = _meta_rows(book, package, shown)
    props = {k: _text(v) for k, v in package.custom_properties().items() if k in META_KEYS}   # str: cleaned
    for key in ("department", "period"):
        if meta.get(key) and props.get(key) and _squeeze(meta[key]) != _squeeze(props[key]):
            return meta, checks.identity_mismatch(shown, key, meta[key], props[key])
    for key in META_KEYS:
        if not meta.get(key) and props.get(key):
            meta[key] = props[key]
    if not meta.get("department") or not meta.get("period"):
        return meta, checks.not_our_template(shown, _claimed_department(book, package, shown))
    try:
        meta["period"] = str(Period.parse(meta["period"]))
    except PeriodError:
        return meta, checks.not_our_template(shown, meta.get("department"),
                                             f"模板标识中的报送周期“{checks.shorten(meta['period'])}”无效")
    return meta, None


def _meta_rows(book, package: _Package, shown: str) -> dict[str, str]:
    """``_meta``'s key/value rows ({} when the sheet is missing or broken)."""
    if META_SHEET not in book.sheet_names or not package.loadable(META_SHEET):
        return {}
    problem = package.refusal(META_SHEET, shown)
    if problem:
        raise _Refusal(problem)
    meta: dict[str, str] = {}
    try:
        for row in book.get_sheet_by_name(META_SHEET).to_python(nrows=50):
            key = _text(row[0]) if len(row) >= 2 else ""
            if key in META_KEYS:
                meta[key] = _text(row[1])
    except NEVER_CAUGHT:
        raise
    except BaseException:  # noqa: B036 - a broken or missing _meta sheet is the same as none
        return {}
    return meta


def _claimed_department(book, package: _Package, shown: str) -> str | None:
    """The 填报单位 a foreign-looking file names in its first rows, for the rejection message."""
    names = book.sheet_names
    if not names or not package.loadable(names[0]) or package.refusal(names[0], shown):
        return None
    try:
        grid = book.get_sheet_by_name(names[0]).to_python(nrows=HEADER_SEARCH_ROWS)
    except NEVER_CAUGHT:
        raise
    except BaseException:  # noqa: B036 - calamine's errors and panics: no name to quote then
        return None
    return checks.shorten(_block_values(grid, ("填报单位",))[0]) or None


def _form_grid(book, package: _Package, shown: str):
    """(sheet name, its rows as lists, its merged ranges, problem) for 填报表, or the first sheet with
    a 指标编号 header. An xlsx sheet's merged ranges are calamine's (it reads them as it loads the
    sheet); those of an .ods or .xls, the survey's."""
    names = [FORM_SHEET] if FORM_SHEET in book.sheet_names else [n for n in book.sheet_names if n != META_SHEET]
    unreadable = None
    for name in names:
        if not package.loadable(name):
            unreadable = unreadable or (name, _UNLOCATED)
            continue
        problem = package.refusal(name, shown)
        if problem:
            return name, [], (), problem
        try:
            sheet = book.get_sheet_by_name(name)
            if sheet.total_height > MAX_ROWS:
                return name, [], (), checks.file_too_large(shown, f"工作表“{name}”有 {sheet.total_height} 行，远超正常表格")
            grid = sheet.to_python(skip_empty_area=False, nrows=MAX_ROWS)
            merged = tuple((r0, c0, r1, c1) for (r0, c0), (r1, c1) in sheet.merged_cell_ranges or ()) \
                if package.kind == "xlsx" else (package.survey(name) or SheetSurvey(name)).merged
        except NEVER_CAUGHT:
            raise
        except BaseException as exc:  # noqa: B036 - calamine's errors and panics: a sheet it cannot read
            unreadable = unreadable or (name, _broken_reason(exc))
            continue
        if _find_header(grid) is not None or name == FORM_SHEET:
            return name, grid, merged, None
    if unreadable:
        return unreadable[0], [], (), checks.layout_broken(shown, unreadable[0], unreadable[1])
    return "", [], (), checks.layout_broken(shown, FORM_SHEET, "找不到填报表")


def _find_header(grid: list[list]) -> int | None:
    for n, row in enumerate(grid[:HEADER_SEARCH_ROWS]):
        for v in row:
            if type(v) is str and "编号" in v and _squeeze(v) == ID:
                return n
    return None


def _columns(header: list) -> dict[str, int]:
    columns: dict[str, int] = {}
    for n, value in enumerate(header):
        if type(value) is str and value and not value.isspace():
            columns.setdefault(_squeeze(value), n)
    return columns


def _block_values(rows: list[list], labels: tuple[str, ...]) -> list[str]:
    """The value after each label in the header block (labels span merged cells; skip the blanks)."""
    found = dict.fromkeys(labels, "")
    wanted = set(labels)
    for row in rows:
        for n, value in enumerate(row):
            if type(value) is not str or not value or not wanted:
                continue
            label = next((label for label in wanted if label in value), None)
            if label is not None and _squeeze(value).rstrip(":：") == label:
                wanted.discard(label)
                found[label] = _after_label(row[n + 1:])
    return [found[label] for label in labels]


def _after_label(cells: list) -> str:
    """The first text after a label, "" when the next text is another label."""
    for after in cells:
        text = _text(after)
        if text:
            return "" if _squeeze(text).rstrip(":：") in BLOCK_LABELS else text
    return ""


# -- rows ------------------------------------------------------------------------------------------

class _RowReader:
    """Turns the grid below the header into ReturnRows and cell Issues."""

    def __init__(self, catalogue: Catalogue, department: str, file: str, sheet: str, columns: dict[str, int],
                 package: _Package, merged: tuple = (), locked_cells_current: bool = True) -> None:
        self.known, self.clean_ids = _row_index(catalogue)
        self.department, self.file, self.sheet = department, file, sheet
        self.columns, self.package, self.merged = columns, package, merged
        self.actual_letter = column_letter(columns[ACTUAL])
        # A template made from an older catalogue differs from today's in its locked cells by
        # design: that is catalogue-changed (validation), not tampering.
        self.check_locked = locked_cells_current
        self.survey = package.survey(sheet) or SheetSurvey(sheet)
        # Each row is read once into {header: value} for the headers reading looks at (absent: a
        # column the sheet lacks); calamine's rows are all as wide as the widest, header included.
        self.wanted = tuple(h for h in (ID, CONTENT, TARGET, UNIT, ROLE, ACTUAL, STATE, *NARRATIVES) if h in columns)
        self.pick = itemgetter(*(columns[h] for h in self.wanted))
        self.width = max(columns[h] for h in self.wanted) + 1

    def read(self, grid: list[list], header: int) -> tuple[tuple[ReturnRow, ...], list[Issue]]:
        kept: dict[str, tuple[ReturnRow, list[Issue], int, bool]] = {}
        notes: list[tuple[int, Issue]] = []            # (grid row, finding) outside the kept rows
        wanted, pick, width = self.wanted, self.pick, self.width
        for r in range(header + 1, len(grid)):
            values = grid[r]
            line = dict(zip(wanted, pick(values))) if len(values) >= width else self._cells(values)
            row_id = line[ID]
            if not (type(row_id) is str and row_id in self.clean_ids):
                row_id = _id_text(row_id)
            if not row_id:
                if any(line.get(h) not in ("", None) for h in (ACTUAL, STATE, *NARRATIVES)):
                    notes.append((r, self._issue(checks.added_row, ID, r)))
                continue
            found: list[Issue] = []
            entry = self.known.get(row_id)
            if entry is None:
                row_id, entry = self._recover(line, kept, r, row_id, found)
                if entry is None:
                    notes.extend((r, i) for i in found)
                    continue
            task, indicator = entry
            content_ok = CONTENT not in line or _content_matches(_text(line[CONTENT]), task, indicator)
            if self.check_locked:
                found += self._tampered(line, r, task, indicator, content_ok)
            if found:
                notes.extend((r, i) for i in found)
            row, cell_issues = self._row(line, r, row_id, task, indicator)
            candidate = (row, cell_issues, r, content_ok)
            if row_id in kept:
                winner, loser = _prefer(kept[row_id], candidate)
                notes.append((loser[2], self._issue(checks.duplicate_row, ID, loser[2], typed=row_id)))
                candidate = winner
            kept[row_id] = candidate
        for row, cell_issues, r, _ in kept.values():
            notes.extend((r, i) for i in cell_issues)
        notes.extend(self._merged(grid, header))
        notes.sort(key=lambda pair: pair[0])                  # sheet order, stable within a row
        return tuple(k[0] for k in kept.values()), [issue for _, issue in notes]

    # one row
    def _row(self, line: dict, r: int, row_id: str, task: Task, indicator: Indicator | None):
        issues: list[Issue] = []
        value = line[ACTUAL]
        cell = f"{self.actual_letter}{r + 1}"
        raw = _text(value)
        actual, valid = None, True
        error = self._error(r, ACTUAL) if self.survey.errors else ""
        if error:
            raw, valid = error, False
            issues.append(self._issue(checks.formula_error, ACTUAL, r, typed=error, indicator=indicator))
        elif indicator is not None:
            actual, valid, raw, issues = self._actual(value, raw, cell, r, indicator)
        elif raw:
            issues.append(self._issue(checks.value_on_task_row, ACTUAL, r, typed=raw, task=task))
        for header in (STATE, *NARRATIVES) if self.survey.errors else ():
            error = self._error(r, header)
            if error:
                issues.append(self._issue(checks.formula_error, header, r, typed=error, indicator=indicator))
        state = _word(line.get(STATE, ""), _STATE_WORDS)
        if state and state not in _STATE_WORDS:
            issues.append(self._issue(checks.unknown_state, STATE, r, typed=state))
            state = ""
        get = line.get
        row = ReturnRow(id=row_id, task_no=task.no, role=self._role(line, task), actual=actual, state=state,
                        progress=_text(get(NARRATIVES[0], "")), problems=_text(get(NARRATIVES[1], "")),
                        plans=_text(get(NARRATIVES[2], "")), cell=cell, raw=raw, valid=valid)
        return row, issues

    def _actual(self, value, raw: str, cell: str, r: int, indicator: Indicator):
        issues: list[Issue] = []
        percent_format = False
        if value == "" or value is None:
            if self.survey.formula_without_value(r, self.columns[ACTUAL]):
                issues.append(self._issue(checks.formula_without_value, ACTUAL, r, indicator=indicator))
            return None, True, raw, issues
        if indicator.is_percent and isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value <= 1.5:
            percent_format = self._fraction_is_percent(r, value, indicator)
        parsed = parse_number(value, indicator.unit, percent_format=percent_format is not False)
        if percent_format:
            raw = f"{format_number(parsed.value)}%"      # what the cell shows
        for code in parsed.codes:
            issues.append(checks.cell_issue(code, self.file, self.sheet, cell, raw, indicator, parsed))
        if percent_format is None:
            issues.append(checks.cell_issue("unit-converted", self.file, self.sheet, cell, raw, indicator, parsed,
                                            note="按百分数折算"))
        return parsed.usable, parsed.error is None, raw, issues

    def _fraction_is_percent(self, r: int, value: float, indicator: Indicator) -> bool | None:
        """Is this fraction on a percent row a percent-formatted cell (95% typed)? None: guessed yes."""
        if self.package.kind == "xls":
            # No format information: a fraction far below a target in points was almost surely 95%.
            return None if float(indicator.target) > 1.5 and value <= 1.0 else False
        return self.package.percent_formatted(self.sheet, r, self.columns[ACTUAL])

    def _error(self, r: int, header: str) -> str:
        """The error value (#DIV/0! …) the file holds in this row's cell under ``header``, or ""."""
        n = self.columns.get(header)
        return self.survey.errors.get((r, n), "") if n is not None else ""

    # merged cells in the input area
    def _merged(self, grid: list[list], header: int) -> list[tuple[int, Issue]]:
        """Merged ranges over input cells below the header: hidden values, and rows read as empty."""
        inputs = {self.columns[h] for h in (ACTUAL, STATE, *NARRATIVES) if h in self.columns}
        notes = []
        for r0, c0, r1, c1 in self.merged:
            if r1 <= header or not inputs.intersection(range(c0, c1 + 1)):
                continue
            span = f"{address(r0, c0)}:{address(r1, c1)}"
            for r in range(max(r0, header + 1), min(r1, len(grid) - 1) + 1):
                for c in range(c0, min(c1, len(grid[r]) - 1) + 1):
                    if (r, c) != (r0, c0) and _text(grid[r][c]):
                        notes.append((r, checks.value_under_merged_cell(
                            self.file, self.sheet, address(r, c), typed=_text(grid[r][c]), span=span)))
            if r1 > r0 and r1 > header:
                notes.append((max(r0, header + 1), checks.merged_cells(self.file, self.sheet, span,
                                                                       first=address(r0, c0))))
        return notes

    def _role(self, line: dict, task: Task) -> str:
        word = _word(line.get(ROLE, ""), _ROLE_WORDS)
        if word in ("牵头", "配合"):
            return LEAD if word == "牵头" else CO
        return LEAD if task.lead == self.department else CO

    # tampering with locked cells
    def _tampered(self, line: dict, r: int, task: Task, indicator: Indicator | None, content_ok: bool) -> list[Issue]:
        found = []
        if indicator is not None:
            if TARGET in line and not _same_number(line[TARGET], indicator.target):
                found.append(self._issue(checks.tampered_cell, TARGET, r, typed=_text(self._get(line, TARGET)),
                                         expected=format_number(indicator.target), indicator=indicator))
            unit = self._get(line, UNIT)
            if UNIT in line and unit != indicator.unit and normalize(_text(unit)) != normalize(indicator.unit):
                found.append(self._issue(checks.tampered_cell, UNIT, r, typed=_text(self._get(line, UNIT)),
                                         expected=indicator.unit, indicator=indicator))
        if not content_ok:
            found.append(self._issue(checks.tampered_cell, CONTENT, r, typed=_text(self._get(line, CONTENT)),
                                     expected=_expected_content(task, indicator), indicator=indicator))
        return found

    def _recover(self, line: dict, rows: dict, r: int, typed: str, issues: list[Issue]):
        """A changed 指标编号: find the row by its content, else the row cannot be read."""
        content = _text(self._get(line, CONTENT))
        candidates = [(rid, entry) for rid, entry in self.known.items()
                      if rid not in rows and content and _content_matches(content, *entry)]
        if len(candidates) == 1:
            rid, entry = candidates[0]
            issues.append(self._issue(checks.tampered_cell, ID, r, typed=typed, expected=rid, indicator=entry[1]))
            return rid, entry
        issues.append(self._issue(checks.unknown_row, ID, r, typed=typed))
        return typed, None

    # helpers
    def _cells(self, values: list) -> dict:
        """A grid row narrower than the header, as {header: value} (a cell it lacks is empty)."""
        width = len(values)
        return {h: values[self.columns[h]] if self.columns[h] < width else "" for h in self.wanted}

    @staticmethod
    def _get(line: dict, header: str):
        return line.get(header, "")

    def _issue(self, make, header: str, r: int, **context) -> Issue:
        return make(self.file, self.sheet, f"{column_letter(self.columns.get(header, 0))}{r + 1}", **context)


def _prefer(first: tuple, second: tuple) -> tuple[tuple, tuple]:
    """Of two rows with one 指标编号: the one whose content still matches, else the first filled."""
    (row_a, _, _, ok_a), (row_b, _, _, ok_b) = first, second
    if ok_a != ok_b:
        return (first, second) if ok_a else (second, first)
    if row_a.is_filled or not row_b.is_filled:
        return first, second
    return second, first


_INDEX_CACHE: list = [None, {}, frozenset()]


def _row_index(catalogue: Catalogue) -> tuple[dict[str, tuple[Task, Indicator | None]], frozenset[str]]:
    """Every row id the catalogue knows (indicator ids, and task numbers of tasks without one),
    and those a cell holding them needs no cleaning to match (the common case, checked once)."""
    if _INDEX_CACHE[0] is not catalogue:
        index: dict[str, tuple[Task, Indicator | None]] = {}
        for task in catalogue.tasks:
            for indicator in task.indicators:
                index[indicator.id] = (task, indicator)
            if not task.indicators:
                index[str(task.no)] = (task, None)
        _INDEX_CACHE[:] = [catalogue, index, frozenset(rid for rid in index if _squeeze(_text(rid)) == rid)]
    return _INDEX_CACHE[1], _INDEX_CACHE[2]


def _content_matches(text: str, task: Task, indicator: Indicator | None) -> bool:
    """Does a 指标/工作内容 cell still say what the catalogue says (the notice's phrase is in it)?"""
    phrase = (indicator.source or indicator.metric) if indicator else (task.text or task.title)[:16]
    if phrase in text:
        return True
    expected = _squeeze(phrase)
    return not expected or expected in _squeeze(text)


def _expected_content(task: Task, indicator: Indicator | None) -> str:
    return (indicator.source or indicator.metric) if indicator else (task.text or task.title)


def _same_number(value, target: float) -> bool:
    if value == target:
        return True
    number = value if isinstance(value, (int, float)) and not isinstance(value, bool) else parse_number(value).value
    return number is not None and abs(float(number) - float(target)) <= 1e-9 * max(1.0, abs(float(target)))


def _id_text(value) -> str:
    """指标编号 as text; a number a client made of it (4.1, 7.0) back to "4.1", "7"."""
    if isinstance(value, float):
        return format_number(value)
    return _squeeze(_text(value))


def _word(value, words: frozenset[str]) -> str:
    """``_squeeze(_text(value))``, at once for a cell holding one of ``words`` as written."""
    if type(value) is str and (value in words or not value):
        return value
    return _squeeze(_text(value))


def _text(value) -> str:
    """A cell's value as text; a string stripped, without control characters (a NUL in a cell can
    reach no database or writer)."""
    if type(value) is str:
        text = value.strip()
        return text if text.isprintable() else text.translate(_CONTROL)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, (int, float)):
        return format_number(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    return str(value).strip()


def _squeeze(text: str) -> str:
    """Full-width folded, spaces removed: how header texts and ids are compared."""
    if type(text) is not str:
        text = str(text)
    if not text.isascii() and not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    return "".join(text.split())


def column_letter(n: int) -> str:
    """0 → "A", 25 → "Z", 26 → "AA"."""
    letters = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters

