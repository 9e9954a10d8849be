"""A key-task notice (.txt in any encoding, .docx, .xlsx task table) → ``Catalogue``.

    >>> cat = parse_notice("tengzhou-2023-key-tasks.txt")      # or .docx / .xlsx / bytes
    >>> len(cat.sections), len(cat.tasks), cat.doc_number, cat.date
    (11, 75, '滕政办发〔2023〕30号', '2023-08-15')
    >>> cat.task(28).departments
    ('市文旅局', '市商投局', '市农业农村局', '各镇街')
    >>> cat.indicator("64.5").due                            # 秋季开学前, from [calendar]
    datetime.date(2023, 8, 31)
    >>> parsed = read_notice("tengzhou-2023-key-tasks.txt")    # the catalogue and the warnings
    >>> parsed.warnings[0]
    '第16行“纵深推进新旧动能转换”没有序号，按位置推定为第二部分。'

Every input is first turned into numbered ``Line`` records (lines.py: a text line, a Word paragraph or
table row, a spreadsheet row), so the three forms of one notice go through the same structure parser and
give the same catalogue: a text is read here, a Word document by word.py, task tables (.xlsx sheets, Word
tables, tables pasted into a text as words or ' | ' cells) by tables.py, where a merged cell counts for
every row it covers (one 序号 merged down rows makes one task); flattened.py cuts again the lines that ran
several items together (a web page stored as text). This module reads the structure, before the words:
the numbering levels the notice uses (一、 （一） 1. （1） ①, any width or separator), the task level (the one
whose items carry responsibility: a marker, a 责任单位 line under the item, a table row), the sections above
it, and the notice's own 一、二、三 before the plan. The words are read by markers.py (departments, leaders),
targets.py (the quantities a task commits to) and deadlines.py (完成时限 and each clause's own).

Only a text without any numbered item raises ``NoticeParseError`` (saying which lines were looked at), unless
at least two of its paragraphs each name the unit answering for them (由X负责的…项目), or a line announces its list
(办好10件实事:…, 具体包括:…, 十大民生实事项目) and the items follow it unnumbered, or a sentence names as many
items as the notice announces by their titles in 《》 (《新建…》《改造…》), or one sentence lists at least three
projects as ;-pieces each naming its unit after a role label (神丹工业园,责任单位畜牧局;…): those are its tasks, flagged;
everything doubtful becomes a warning and a ``needs_review`` flag with its reason, for the office to
check in ``catalogue.xlsx``.
"""

from __future__ import annotations

import io
import os
import re
import warnings
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from .catalogue import Catalogue, Section, Task
from .chinese import CN_DIGITS, cn_number, cn_numeral, fold, in_simplified, standard_marks, without_pinyin
from .deadlines import Calendar, date_task, short_year
from .errors import NoticeParseError
from .flattened import announced_counts, recut
from .lines import LEVELS, Label, Line, item_label, joined_labels
from .markers import (HELPING, LEADER_ROLE, ROLE, Marker, above_marker, content_line, covering_marker,
                      head_markers, heading_persons, heading_units, marker_line, read_marker, split_content,
                      split_departments, split_head_markers, split_marker, split_markers)
from .tables import header_cells, pipe_tables, text_tables, xlsx_lines
from .word import docx_lines
from .targets import extract_indicators

__all__ = ["Line", "NoticeWarning", "ParsedNotice", "parse_notice", "read_notice", "extract_indicators",
           "split_departments"]

MAX_UNZIPPED = 200 * 1024 * 1024       # a .docx/.xlsx that inflates beyond this is refused


class NoticeWarning(UserWarning):
    """Something in the notice the office should check (a task without departments, a guessed heading)."""


@dataclass
class ParsedNotice:
    """What ``read_notice`` found: the catalogue and the warnings (Chinese, one per finding)."""

    catalogue: Catalogue
    warnings: list[str] = field(default_factory=list)


def parse_notice(source: str | os.PathLike | bytes, calendar: Calendar | None = None,
                 year: int | None = None) -> Catalogue:
    """Parse a notice into a catalogue; findings worth checking are issued as ``NoticeWarning``.

    Args:
        source: a path to a .txt (UTF-8 or GB18030/GBK), .docx or .xlsx file, or its bytes.
        calendar: the office's dates for named moments (秋季开学前 …); default ``Calendar()``.
        year: the reporting year, when the office knows it (``init --year``): it is the catalogue's
            year and dates the deadlines (6月底前 → that year's June 30), whatever the notice says.

    Raises:
        NoticeParseError: an unreadable file, or no numbered item at all and no paragraphs naming their
            units (the message says which lines were looked at). Anything less certain is a warning and a
            ``needs_review`` flag.
    """
    parsed = read_notice(source, calendar, year)
    for message in parsed.warnings:
        warnings.warn(NoticeWarning(message), stacklevel=2)
    return parsed.catalogue


def read_notice(source: str | os.PathLike | bytes, calendar: Calendar | None = None,
                year: int | None = None) -> ParsedNotice:
    """Like ``parse_notice``, but return the warnings with the catalogue instead of issuing them.

    A document no reader expected (a damaged file, a label form no rule knows) is a ``NoticeParseError``
    like any other unreadable notice, never a bare ``ValueError``/``IndexError`` from deep inside."""
    try:
        lines, converted = _read_lines(source)
        parsed = _Builder(recut(lines), calendar, year).build()     # lines cut again where a page ran items together
        if converted:
            parsed.warnings.insert(0, "通知以繁体字书写，已转换为简体字读取；请核对任务清单中的单位名称和指标。")
        return parsed
    except NoticeParseError:
        raise
    except (ArithmeticError, AttributeError, IndexError, KeyError, LookupError, TypeError, ValueError,
            RecursionError, zipfile.BadZipFile) as exc:
        name = _source_name(source)
        raise NoticeParseError(f"{name} 无法读取：{type(exc).__name__}: {exc}。请检查文件是否完整，或改用任务表导入。",
                               path=name, line=None) from exc


def _source_name(source) -> str:
    if isinstance(source, (bytes, bytearray)):
        return "通知内容"
    return Path(os.fspath(source)).name if isinstance(source, (str, os.PathLike)) else str(source)


# -- sources → lines ------------------------------------------------------------------------------

def load_lines(source: str | os.PathLike | bytes) -> list[Line]:
    """Read any supported source into ``Line`` records, in document order (in simplified characters)."""
    return _read_lines(source)[0]


def _read_lines(source: str | os.PathLike | bytes) -> tuple[list[Line], bool]:
    """The source's lines in simplified characters, and whether it was written in traditional ones. A text is
    converted before its pasted tables are read, so a header written 序號 | 責任單位 names its columns as 序号 does."""
    data, suffix, name = _read_source(source)
    if data[:4] == b"PK\x03\x04":
        members = _zip_members(data, name)
        if "word/document.xml" in members:
            return _simplified(docx_lines(data, name))
        if "xl/workbook.xml" in members:
            return _simplified(xlsx_lines(data, name))
        raise NoticeParseError(f"{name} 既不是 Word 文档也不是 Excel 工作簿，无法读取。", path=name, line=None)
    if suffix in (".doc", ".xls", ".wps", ".et"):
        raise NoticeParseError(f"{name} 是旧版 Office 格式，请另存为 .docx 或 .xlsx 后再导入。", path=name, line=None)
    text = decode_text(data, name)
    lines, converted = _simplified([Line(no, "" if _MARKUP.match(raw) or _IMAGE_NAME.match(raw) else raw.strip())
                                    for no, raw in enumerate(text.splitlines(), start=1)])
    return text_tables(pipe_tables(lines)), converted


# A page saved as text may keep lines of bare markup (<strike id="…"></strike>, • <abbr id=…></abbr>): page
# furniture, no words of the notice.
_MARKUP = re.compile(r"^[-–—•·*\s]*(?:<[^<>]*>\s*)+$")
# A picture's file name left on its own line where the picture stood (2.png, 图1.jpg): never the notice's words,
# and 2.png must not read as an item 2. titled png.
_IMAGE_NAME = re.compile(r"^\s*[^\s。；;，,:：]{1,40}\.(?:png|jpe?g|gif|bmp|webp|tiff?|svg)\s*$", re.IGNORECASE)


def _simplified(lines: list[Line]) -> tuple[list[Line], bool]:
    """The lines without pinyin glosses, their look-alike marks (﹐ ｡ ﹙) written as a notice writes them, in
    simplified characters when the notice is written in traditional ones (and whether it was): text and table
    departments alike."""
    lines = [replace(ln, text=standard_marks(without_pinyin(ln.text)), departments=None if ln.departments is None
                     else tuple(map(standard_marks, ln.departments))) for ln in lines]
    texts = [ln.text for ln in lines] + [name for ln in lines for name in ln.departments or ()]
    converted = in_simplified(texts)
    if converted is None:
        return lines, False
    names = iter(converted[len(lines):])
    return [replace(ln, text=text, departments=None if ln.departments is None else
                    tuple(next(names) for _ in ln.departments))
            for ln, text in zip(lines, converted)], True


def _read_source(source) -> tuple[bytes, str, str]:
    if isinstance(source, (bytes, bytearray)):
        return bytes(source), "", "通知内容"
    name = os.fspath(source) if isinstance(source, (str, os.PathLike)) else str(source)
    try:
        data = source.read_bytes() if hasattr(source, "read_bytes") else Path(name).read_bytes()
    except OSError as exc:
        raise NoticeParseError(f"无法读取通知文件 {name}：{exc.strerror or exc}", path=name, line=None) from exc
    return data, Path(name).suffix.lower(), Path(name).name


def _zip_members(data: bytes, name: str) -> set[str]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except zipfile.BadZipFile as exc:
        raise NoticeParseError(f"{name} 已损坏，无法打开。", path=name, line=None) from exc
    if sum(i.file_size for i in infos) > MAX_UNZIPPED:
        raise NoticeParseError(f"{name} 解压后过大，拒绝读取。", path=name, line=None)
    return {i.filename for i in infos}


def decode_text(data: bytes, name: str = "通知内容") -> str:
    """UTF-8 first (with or without BOM), then what charset-normalizer finds; GBK is read as GB18030."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    encoding = (best.encoding if best else "").lower().replace("-", "_")
    # GB2312 and GBK are subsets of GB18030; reading with the superset never loses a character.
    candidates = ["gb18030"] if encoding in ("", "gb2312", "gbk", "gb18030", "hz") else [encoding, "gb18030"]
    for candidate in candidates:
        try:
            text = data.decode(candidate)
        except (UnicodeDecodeError, LookupError):
            continue
        if _looks_like_chinese(text):
            return text
    raise NoticeParseError(f"{name} 的文字编码无法识别（既非 UTF-8 也非 GBK/GB18030）。", path=name, line=None)


def _looks_like_chinese(text: str) -> bool:
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    return cjk >= max(1, len(text.strip()) // 10)

# -- structure: numbering levels, body and annex, sections, tasks ---------------------------------
# Official documents number their levels 一、 → （一） → 1. → （1） → ① (GB/T 9704); any may be missing,
# start lower, or use other widths and separators. The task level is the level whose items carry
# responsibility; levels above it are sections, levels below stay inside their task.

_DECIMAL_START = re.compile(r"^(\d{1,3})\.(?=\d)")       # 7.5G网络建设 numbered 7, or the decimal 7.5?
_BULLET = re.compile(r"^[-–—•·*#>◆■●○\s]+")
_POINT_BULLET = re.compile(r"^\s*([◆◇■□●○•★☆▲△▶►▸])\s*(?=\S)")     # a point's bullet (a dash may be a wrap's)
_DOCNO = re.compile(r"[\u4e00-\u9fff]{1,8}[〔\[［(【]\s*((?:19|20)\d{2})\s*[〕\]］)】]\s*第?\s*\d+\s*号")
_DATE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_DATE_ISSUED = re.compile(_DATE.pattern + r"印发")      # 2023年8月15日印发
_CN_DATE = re.compile(r"^([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$")
# (…意见建议的通告, …的公告: what a 人大 committee or an office publishes ends its title the same way)
_TITLE_END = re.compile(r"(通知|通告|公告|意见|方案|计划|任务|要点|清单|安排|分解|分工|责任分解)$")


# A section heading that names its leaders at its end: 主要经济指标…(牵头领导:成坤、柯相国)
_SECTION_LEADERS = re.compile(rf"[(（]\s*((?:{LEADER_ROLE})\s*[:：][^()（）]*)[)）]\s*$")


# A paragraph naming who carries it out: 由镇公路站负责的农村道路硬化项目, 由县住建局牵头实施 (see ``_marked_paragraphs``)
_UNIT_CLAUSE = re.compile(r"由([^，,。；;:：、“”\s]{2,30}?)(?:牵头负责|负责|牵头|承办|承担|组织实施)")
_REMARK_AFTER = re.compile(r"(?<=[)）])[^。；;，,:：()（）\d]{1,12}$")      # (责任单位:…)已全面完成
_MARKED_PARAGRAPHS = 2                  # so many paragraphs naming their unit at least
# The same paragraphs under a numbered part whose line is but a heading (一、8项区人代会考核指标设置情况 / 人均地区生产
# 总值:增长6%左右…,责任单位为区发改委; / 规模以上工业增加值:…): the part is a part, not a task swallowing them.
_PART_PARAGRAPHS_REVIEW = "该部分下未编号的段落各自写明责任单位，已逐段列为任务，请核对"
_COVERED_REVIEW = "该条目下未编号的项目段落由其后“上述项目由…负责”一句写明责任单位，已逐段列为任务，请核对"
_MARKED_REVIEW = "通知没有编号的条目，已将写明责任单位（由…负责）的段落逐段列为任务，请核对"
_TRAILING_REVIEW = "通知没有编号的条目，已将段末写明责任单位（责任单位：…）的段落逐段列为任务，请核对"
# A marker naming only the units that help (协同单位:…, 配合单位:…; 协办部门): under a heading naming the lead
# (X牵头的工作) the lead is the heading's unit, the helpers after it.
_CO_LABELS = re.compile(rf"(?:(?:主要)?{HELPING}(?:责任|实施)?(?:单位|部门)\s*:[^:]*)+")

# A section heading that is nothing but an organisation's name, perhaps with the offices merged into it in
# brackets: (一)综合办公室(党群工作部、监察室、督查室、财务室), 二、招商合作局. An industrial park or a bureau lists its
# work by office so; the office answers for every item under it, written as on the page. The whole heading must
# read as a name: ending as a unit does (局, 委, 办公室, 中心, 管委会, 居委会 …), no verb at its head (建设区域医疗中心 is
# work, not a unit), no stop or comma, and any bracket a list of such names.
_UNIT_END = r"(?:局|委|厅|办|办公室|部|院|中心|政府|管委会|委员会|居委会|村委会|公司|集团|室|处|科|股|大队|支队)"
_UNIT_WORD = rf"[\u4e00-\u9fff]{{1,18}}?{_UNIT_END}"
_UNIT_HEADING = re.compile(rf"^(?P<head>{_UNIT_WORD})(?:[(（]{_UNIT_WORD}(?:[、,，]{_UNIT_WORD})*[)）])?$")

# A sentence listing projects as ;-pieces, each naming its unit after a role label, the colon often dropped:
# “神丹工业园,责任单位畜牧局;潮汕食品创业园二期,责任单位开发区;锐腾综合物流园,责任单位李店镇、交通局……” (see
# ``_labelled_pieces``). Each unit's name must read as one: a unit's ending (``_UNIT_END``) or a place's (镇, 区 …).
_PIECE = re.compile(rf"^(?P<name>[^,，;；:：。]{{2,40}}?)\s*[,，]\s*(?P<role>{ROLE})\s*[:：]?\s*"
                    r"(?P<units>[\u4e00-\u9fff、和]+?)\s*(?P<rest>(?:……|…|[”\"。]).*)?$")
_PIECE_UNIT = re.compile(rf"^[\u4e00-\u9fff]{{1,20}}?(?:{_UNIT_END}|站|所|镇|乡|街道|区|县|市|园区|集团)$")
_LABELLED_PIECES = 3                    # so many ;-pieces in the sentence at least

# A heading naming an organisation's tasks: 一、产业经济发展工作小组重点任务, 二、城建指挥部工作任务. The organisation (a
# bureau, or a group the government formed: 小组, 工作组, 指挥部) answers for every item under it. Not the government
# itself (市政府重点任务 is the issuer's whole list, not one unit's share).
_GROUP_END = r"(?:小组|工作组|指挥部)"
_TASKS_HEADING = re.compile(rf"^(?P<head>[\u4e00-\u9fff]{{1,18}}?(?:{_UNIT_END}|{_GROUP_END}))"
                            r"(?:重点任务|工作任务|重点工作任务)$")
# A title naming an office's own list: 教育体育局2020年为民办实事, 市住建局重点工作. When no item names a unit, the
# office answers for every item (as under ``_TASKS_HEADING``), flagged for review; not the government (its list
# is the whole city's). So does an office's target book, the work it signs to answer for (水务局2018年度(分季)目标
# 责任书: its note in brackets after the year says how the targets are set, by quarter).
# An office's list named after the office (2011年重点工作目标责任书(4项): its year, the book, the tally of its items).
_LIST_NAME = (r"(?:(?:19|20)\d{2}年度?)?(?:\([\u4e00-\u9fff]{1,6}\))?"
              r"(?:为民办实事|重点工作|工作要点|(?:重点工作)?目标(?:管理)?责任书)(?:\(\d{1,3}项\))?")
_TITLE_UNITS = re.compile(rf"^(?P<head>[\u4e00-\u9fff]{{2,18}}?{_UNIT_END}){_LIST_NAME}$")
# The same office written alone on its line, its list's name on the line under it, right above the items
# (市卫生局 / 2011年重点工作目标责任书(4项) / 1、…): a newspaper sets the unit apart as the book's heading.
_LIST_NAME_LINE = re.compile(rf"^{_LIST_NAME}$")
# The indicators a higher level sets the units it assesses, under a heading naming that kind of unit (区委、区政府对
# 镇(街)考核指标:, 对区直单位的考核目标), the unit assessed written alone on the line above: a district's report gives each
# township's (太平店镇 / 区委、区政府对镇(街)考核指标: / 1、…) so, the township answering for each indicator. A township
# (…镇, …乡, …街道) only under a heading assessing its kind (镇 in 镇(街)); an office's name as above.
_ASSESSED_LIST = re.compile(r"^[^。;:]{0,20}?对(?P<kind>[\u4e00-\u9fff()、]{1,12}?)(?:的)?"
                            r"(?:考核指标|考核目标|考核内容|考核任务|目标任务)[:]?$")
_TOWNSHIP = re.compile(r"^[\u4e00-\u9fff]{2,8}?(?P<kind>镇|乡|街道)$")
_TITLE_UNITS_REVIEW = "通知各条目没有写明责任单位，已按标题所列单位推定"
_WORK_START = re.compile(r"^(?:建设|新建|建成|打造|推进|加快|实施|完善|提升|加强|创建|争创|培育|深化|强化|优化|开展|"
                         r"组建|设立|成立|筹建|改造|扩建|提高|健全|落实|做好|抓好|全面|持续|积极|进一步)")
# A news item's sentence naming its unit as subject and its deadline: 市住建局要在8月底完成…, 赛罕区政府11月底启动…,
# or a clause of it opening with its own deadline (…,11月底新建…). The subject must read as a unit (``_UNIT_END``).
_DEADLINE_WORDS = r"\d{1,2}月(?:底|末|中旬|下旬|上旬|份)?前?"
_CLAUSE_START = re.compile(rf"(?:^|(?<=[,;]))\s*(?:(?P<unit>[\u4e00-\u9fff]{{2,18}}?{_UNIT_END})"
                           rf"(?=要|将|应|须|在|于|{_DEADLINE_WORDS}[\u4e00-\u9fff])(?:要|将|应|须)?(?:在|于)?)?"
                           rf"(?:(?P<due>{_DEADLINE_WORDS})(?=[\u4e00-\u9fff]))?")
_SUBJECT_UNITS = 3                      # so many units named as subjects at least
_NOT_A_UNIT = re.compile(r"(?:东|西|南|北|中|内|外|全|局|上|下|干)部$")
_SIGNATURE_LINES = 3                     # lines above a notice's closing date at most (附件:, the issuer)
# The formula closing a notice's words (…十、…建设项目。 / 现予以公告。 / the 主席团, its date): never an item's words.
_CLOSING_FORMULA = re.compile(r"(?:特此|现予以?|现将有关事项)(?:通知|公告|公布|通报|函告|批复)(?:如上)?[。.!！]?")
_SIGNATURE_WIDTH = 30                    # a signature line's length at most: a name, not a sentence
_BODY_MIN = 15                          # a paragraph under an item's title at least: a sentence, not a byline
_PARAGRAPH_MIN = 40                     # a paragraph's length at least: a project's description, not a line
_TAKES_ON = r"牵头负责|负责|牵头|承担"    # the verbs after a unit answering for the work (由X负责, X牵头)
# An item whose head names who does it, as the subject of its work: 由保洁公司负责组织…, 各包村干部、村干部,负责…,
# 乡村振兴办公室做好…, 区水务局要加大…. Each name must read as a unit (``_UNIT_END``) or as a body of persons (各包村干部,
# 村干部). A meeting's decided item may open with its reason and name the unit in the clause after the comma
# (考虑到…的实际情况,区交通建设局负责解决…): the clause that carries the work (``_subject_units``).
_SUBJECT_HEAD = re.compile(rf"(?:由(?P<by>[^,，。;；:：\s]{{2,30}}?)(?:{_TAKES_ON})"
                           r"|(?P<subject>[^,，。;；:：\s]{2,30}?)(?:[,，]?(?:要|应|须)?(?:牵头负责|负责|做好|抓好|承担)"
                           r"|要(?!求)(?=[\u4e00-\u9fff])))")
# A line leading into a list whose last sentence names the unit that answers for the items after its colon.
# A unit that only oversees the list (由市政府办公室负责统筹协调,主要有:) answers for none of its items.
_LEAD_OWNER = re.compile(rf"(?:^|[,，])\s*由?(?P<unit>[^,，。;；:：\s]{{2,30}}?)(?:{_TAKES_ON})"
                         r"(?![^,，。;；:：]*(?:统筹|协调|督查|督促|督办|调度|考核|汇总))[^,，。;；:：]*"
                         r"(?:[,，]\s*(?:主要|具体)?(?:包括|有|如下))?\s*:$")
_PERSONS = re.compile(r"^[\u4e00-\u9fff]{1,10}(?:干部|人员)$")
# A field under an item giving the measure taken on it (1、广伟商城户外宣传广告破损。/ 整改措施:由县住建局督促商户更换。):
# a problem list's way of naming who answers, the unit after 由 and before the verb of its work (督促, 负责 …).
# A role word may stand before the name (由包片单位县文广局督促…: the unit in charge of the block), not part of it.
_MEASURE_FIELD = re.compile(r"^\s*(?:整改|工作|具体|主要|落实|处理)?措施\s*:\s*由(?:(?:包片|包保|包联|属地|责任|主管|牵头)"
                            rf"(?:单位|部门))?(?P<by>[^,，。;；:：\s]{{2,30}}?)(?:{_TAKES_ON}|督促|组织|督导)")
# A part written as a field and its value (二、整治重点:各村主次干道…), in a notice whose parts holding tasks are
# fields too (三、整治任务: / 1.…): what the campaign is about (its time, its places), not a task.
_FIELD_VALUE = re.compile(r"^[\u4e00-\u9fff]{2,8}:\s*\S")
# Minutes open a part with the meeting's view (一、会议认为,…要主动配合…) before the part holding the decided items
# (二、会议就以下事项进行了明确:): what the meeting thought, said or stressed, not an item it decided.
_MEETING_VIEW = re.compile(r"^会议(?:认为|指出|强调)")
_LIST_CLOSE_MIN = 3                      # a list of three items or more is named by its count (三件实事)
# 1、任务 / 2、项目攻坚领导小组 / 3、责任分工: a numbered line that is only a field's name over the item above's
# lines (its work, the group leading it): the item's fields, never a task of its own.
_GROUP_FIELD = re.compile(r"领导小组|工作专班|指挥部")
_FIELD_ITEM = re.compile(r"^(?:(?:主要|工作|建设|具体|攻坚)?(?:任务|内容)|(?:责任|任务|工作)?分工|"
                         rf"[\u4e00-\u9fff]{{0,8}}(?:{_GROUP_FIELD.pattern}))$")
# 组长:常务副县长 / 副组长:县长助理 / 成员单位:城建局、土地局 under such a group: its leaders and its units, the
# first member leading (as 牵头 lists do).
_GROUP_MEMBER = re.compile(r"^\s*(?:(?P<leader>(?:常务)?副?组长)|成员单位|成员)\s*:\s*(?P<value>\S.*)$")
_PROGRESS_WORDS = r"进展|完成|推进|落实|执行|进度"     # each + 情况 names a report on progress (进展情况)
# A document's title naming a progress report on its list (完成情况进度表, 进展情况汇总表, 推进情况)
_PROGRESS_TITLE = re.compile(rf"(?:{_PROGRESS_WORDS})情况|进度表")
# A notice asking the units to report their progress (关于报送2024年民生实事推进情况的通知, 请按月填报完成情况) sets the
# list and the reports to come: no report itself, its items' paragraphs say what is to be done.
_ASKS_REPORT = re.compile(rf"(?:报送|上报|填报|报备)[^。；;]{{0,20}}?(?:{_PROGRESS_TITLE.pattern})")
# A line above the list reporting it done (29个为民办实事项目已全部完成,具体情况如下:): a completion report, as a
# title naming the progress is; each item's paragraph under its title line then says what was done.
# (我市100件实事已全部落实: a list carried out, 已 before 落实, which a plan's wish never writes, 推动各项任务全面落实.)
_LIST_DONE = re.compile(r"(?:项目|实事|任务)(?:均已|已经?)?(?:全部|全面|圆满)完成|(?:全部|全面|圆满)完成[^。；;]{0,6}情况如下"
                        r"|(?:项目|实事|任务)(?:均已|已经?)(?:全部|全面)落实"
                        r"|(?:项目|实事|任务)(?:总体)?进展(?:良好|顺利)")
# A completion report may group its items by how they stand, the part of those done headed so: 一、当年完成的 97 件实事
# (then 二、跨年度实施的3件实事). Under such a heading, in a document reporting its list done, an item is the account of
# what was done (一是…完成创建充分就业社区43个;…): its figures are results, save a target it names as such
# (…3.56%,低于3.7%的控制目标), see ``targets.extract_indicators(reported=True)``. A plan may group its projects 当年完成
# 项目 too (those to finish in the year): only a report's heading (the document's title or lead saying the list is done,
# ``_titled_progress``) reads so, and only 已/当年/全年 + 完成的, a part of items past.
_DONE_PART = re.compile(r"(?:已|当年|全年)(?:全部)?完成的\s*(?:\d+|[一二三四五六七八九十百]+)?\s*(?:件|项|个)?\s*"
                        r"(?:民生)?(?:实事|项目|任务|事项|工作)")
# A plan's own wish (确保各项目标任务圆满完成) or a line that goes on to set a new list (…10件实事全部完成。现将2024年
# 重点工作通知如下; 2023年民生实事项目进展顺利。2024年民生实事项目如下:) reports no list done.
_DONE_WISH = re.compile(r"确保|力争|争取|保证|务必|为了?$")
_NEW_LIST = re.compile(r"现将|印发|下达|予以分解|通知如下|安排如下|(?:项目|实事|任务|工作)(?:清单)?如下")
# A completion report gives under each item (…增长8.5%左右。) a paragraph of what was done (进展情况:…实现4302亿元,
# 同比增长11.6%) before the units that answer for it: the clerk reads it with the task, but its figures are
# results, never the task's targets. Its label names the report (进展/完成/推进/落实/实施/执行/进度 + 情况, 工作进展),
# a short time before it at most (截至12月底完成情况:).
_PROGRESS_FIELD = re.compile(rf"^\s*[^。；;，,:]{{0,10}}?(?:(?:{_PROGRESS_WORDS}|实施)情况|工作进展|进展)\s*:")
# The words of a paragraph reporting how far an item got (目前, 已完成, 截至8月底, 下一步将): in a progress report,
# under the item's title and marker, it is the item's text, its dates steps done or next, never its due
_REPORTS_PROGRESS = re.compile(r"目前|已经?完成|已建成|已竣工|已启动|截[至止]|正在|下一步|累计完成|完成率")
# A field saying where the money comes from (资金来源:中央资金50%、自治区资金40%; 资金筹措:市级财政配套290万元; 投资来源,
# 经费渠道): its shares and sums are the funding of the work, never what the work is to achieve, so it is kept with
# the item as its progress report is, out of its targets.
_FUNDING_FIELD = re.compile(r"^\s*(?:项目)?(?:资金|经费|投资|建设资金|筹资)(?:来源|筹措|筹集|渠道|保障)(?:及[^:]{1,6})?\s*:")
# A part giving the campaign's period (一、整治时间:2021年6月23日-2021年7月1日): its end is the deadline of the
# tasks that name none of their own.
_DAY = r"(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日"
_CAMPAIGN_PERIOD = re.compile(rf"^[\u4e00-\u9fff]{{0,6}}(?:时间|期限|时限):\s*{_DAY}\s*(?:-|—|–|~|至|到)+\s*"
                              rf"(?P<end>{_DAY})\s*[。.]?$")
# A sentence of the notice's body, before its list, setting the day by which the listed items are to be done
# (请各事涉部门…立即进行整改,并于5月20日前将问题整改完成): the deadline of every item naming none, flagged. A day for
# reporting only (于5月20日前报送整改方案, 上报进展) is not: the clause naming the day must name the work done, and
# end there: a step done by then (于5月31日前完成摸底排查) is a step of the campaign, not the items' deadline.
_BODY_DEADLINE = re.compile(rf"(?:于|在)(?P<due>{_DAY}|(?:(?:19|20)\d{{2}}年)?\d{{1,2}}月(?:底|末))(?:前|之前)"
                            r"[^,，;；。]{0,12}?(?:整改完成|完成整改|整改到位|全部完成|完成|办结|落实到位)"
                            r"(?:(?:全年|各项|全部|年度|目标)?(?:任务|工作))?\s*$")   # 完成全年任务: the whole list
_REPORTING = re.compile(r"报|送|方案|材料|总结|计划")
_BODY_DEADLINE_REVIEW = "条目未写完成时限，已按通知正文规定的整改完成时间推定"


@dataclass
class _Draft:
    """A task being read: its number, the lines it spans, and what the layout said."""

    no: int
    line: Line
    parts: list[str]
    marker: Marker | None           # from a table's columns or marker lines under the item
    section: int
    sub: int | None = None          # index into _Builder.subs of the heading above it, if any
    leaders: tuple[str, ...] = ()   # from the section heading (牵头领导:…) above it
    due: str = ""                   # 完成时限 words from a column or a line
    units: tuple[str, ...] = ()     # named by the heading above it (一、X牵头工作): its units if it names none
    details: list[str] = field(default_factory=list)   # its 任务目标:/建设内容: fields, read for targets
    review: str = ""                # why the office should check it, when its line does not say
    restating: list[int] = field(default_factory=list)  # parts that are sub-items with their own units (1.…(责任单位:…))
    reports: list[str] = field(default_factory=list)    # its 进展情况:… paragraphs: what was done, never its targets
    reporting: set[int] = field(default_factory=set)    # details that report progress: dating nothing

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def add_marker(self, marker: Marker) -> None:
        self.marker = marker if self.marker is None else self.marker + marker


class _Builder:
    """One pass over the lines: header, then sections and tasks (see ``read_notice``)."""

    def __init__(self, lines: list[Line], calendar: Calendar | None = None, year: int | None = None) -> None:
        self.lines = joined_labels([ln for ln in lines if ln.text], fold)
        self.calendar = calendar or Calendar()
        self.year = year or 0                       # the office's reporting year, over the notice's
        self.warnings: list[str] = []
        self.sections: list[Section] = []
        self.section_at: list[int] = []          # line index of each section heading
        self.section_kinds: dict[int, str | None] = {}   # each section's label kind (cn, cn_paren …) by its number
        self.section_warnings: list[str] = []     # warnings on the parts' numbering, void if the plan restarts
        self.drafts: list[_Draft] = []
        self.current: _Draft | None = None
        self.paused: _Draft | None = None           # the item closed by words after it, its sub-items may go on
        self.pending: Line | None = None          # a heading without numeral, kept once a task follows
        self.lost_run: list[Line] = []              # the pending line and the heading-like lines right above it
        self.subs: list[tuple[str, Line]] = []      # headings between a section and its tasks: (title, line)
        self.sub: int | None = None                 # the one the next task sits under
        self.section_leaders: tuple[str, ...] = ()
        self.section_units: tuple[str, ...] = ()     # units the heading above names (一、X牵头工作)
        self.labels = [item_label(fold(ln.text)) for ln in self.lines]
        self.field_items = self._field_items()
        self.labels = [None if i in self.field_items else label for i, label in enumerate(self.labels)]
        self.group_field = False                    # under a field naming the group leading the item (领导小组)
        self._inline: dict[int, bool] = {}          # line index → ``_inline_marked``
        self._marked: dict[int, bool] = {}          # line index → ``_marker_line``
        self.task_kind = self._task_kind()
        self.plan_at = 0                            # where the plan starts (after the notice's body)
        self.title_units: tuple[str, ...] = ()      # the office the title names as the list's owner
        self.progress_sheet = self._titled_progress()
        self.body_due: str | None = None            # ``_body_deadline``, read once
        self.covered: dict[int, Marker] = {}         # a project's paragraph → its closing line's units
        self.covered_by: set[int] = set()            # those closing lines (上述项目由X牵头负责。)
        self.marked_runs = self._marked_runs()       # heading line → the paragraphs under it naming their units
        self.in_run = {j: k for run in self.marked_runs.values() for k, j in enumerate(run)}

    def _field_items(self) -> set[int]:
        """Numbered lines that are only a field's name (1、任务 / 2、项目攻坚领导小组), the same names under each of
        several items: the items' fields. One such line alone (二、主要任务) is a part's heading, as ever."""
        names = {i: fold(self.lines[i].text[label.end:]).strip() for i, label in enumerate(self.labels)
                 if label is not None and self.lines[i].hint != "section"}
        fields = {i: name for i, name in names.items() if _FIELD_ITEM.match(name)}
        repeated = Counter(fields.values())
        return {i for i, name in fields.items() if repeated[name] >= 2}

    # -- the task level
    def _task_kind(self) -> str | None:
        """The level whose items carry responsibility (a marker, a marker line, a table row)."""
        carried: dict[str, int] = {}
        count: dict[str, int] = {}
        direct: dict[str, int] = {}
        for i, label in enumerate(self.labels):
            if label is None or self.lines[i].hint == "section":
                continue
            count[label.kind] = count.get(label.kind, 0) + 1
            if self._carries(i, LEVELS.index(label.kind)) and not self._lead_heading(i):
                carried[label.kind] = carried.get(label.kind, 0) + 1
                direct[label.kind] = direct.get(label.kind, 0) + self._carries(i, len(LEVELS))
        if carried:
            # Levels carrying as many items: the one whose every item carries, then the one the markers follow
            # directly (一、heading / 1.task / 责任单位: — the marker is 1.'s, not the heading's), then the higher.
            return max(carried, key=lambda k: (carried[k], carried[k] / count[k], direct.get(k, 0), -LEVELS.index(k)))
        if "num" in count:
            return "num"
        return max(count, key=lambda k: (count[k], LEVELS.index(k))) if count else None

    def _lead_heading(self, i: int) -> bool:
        """Is numbered line ``i`` nothing but a heading naming the unit that leads the work under it
        ((一)省监察委员会牵头的工作 / 强化行政监察…。 / 协同部门:…), or the person who does (一、于幼军省长负责的工作)?
        The markers under it are its items' (its paragraph or its 1. 2.): it names a group, as a part's heading
        does, and carries no work of its own."""
        title = self.lines[i].text[self.labels[i].end:]
        return _heading_like(title) and bool(heading_units(title) or _heading_leaders(title)[1])

    def _carries(self, i: int, stop: int) -> bool:
        """Does item ``i`` name who answers: on its own line (a column, a marker), or on a line under it (a marker
        line, an inline marker) before the next numbered line of rank ``stop`` or higher? With ``stop`` the
        item's own rank, its points (（1）…) may come between; with ``len(LEVELS)``, directly under the item
        (一、heading / 1.task / 责任单位: — the marker is 1.'s, not the heading's)."""
        if self.lines[i].departments is not None or self._inline_marked(i):
            return True
        for j in range(i + 1, min(i + 40, len(self.lines))):
            label = self.labels[j]
            if label is not None and LEVELS.index(label.kind) <= stop:
                return False
            if self._marker_line(j) or (label is None and self._inline_marked(j)):
                return True
        return False

    # Each line is looked at from every item up to 40 lines above it, for two ranks: read once.
    def _inline_marked(self, j: int) -> bool:
        """Does line ``j`` carry a marker in its text (…（市发改委负责）, 由X承办，Y协办)?"""
        if j not in self._inline:
            text = self.lines[j].text
            if (label := self.labels[j]) is not None and _unit_heading(text[label.end:]):
                # (三)工程建设管理局(安全生产监督局): an office's name over its items, its bracket no marker
                self._inline[j] = False
                return False
            # …。(责任单位:A、B)该件实事已全面完成: a marker inside the text, a remark after it, is the line's too
            self._inline[j] = bool(split_markers(text)[1]) or bool(head_markers(text))
        return self._inline[j]

    def _marker_line(self, j: int) -> bool:
        """Is line ``j`` a marker line naming departments (责任单位：X)?"""
        if j not in self._marked:
            text = self.lines[j].text
            self._marked[j] = marker_line(text) and bool(read_marker(text).departments)
        return self._marked[j]

    def _kind_of(self, i: int) -> tuple[str, Label] | None:
        """("task" | "section" | "sub" | "inner", label) for a numbered line, else None."""
        label, ln = self.labels[i], self.lines[i]
        if label is None and self.task_kind == "num" and (m := _DECIMAL_START.match(fold(ln.text))):
            expected = self.drafts[-1].no + 1 if self.drafts else 1
            if self.current is not None:
                expected = self.current.no + 1
            if int(m.group(1)) == expected:       # 7.5G网络建设 after task 6: task 7, titled 5G网络建设
                return "task", Label("num", expected, m.end())
        if label is None:
            return None
        if ln.hint == "section":
            return "section", label
        rank, task_rank = LEVELS.index(label.kind), LEVELS.index(self.task_kind)
        if rank == task_rank:
            return "task", label
        if rank > task_rank:
            return "inner", label
        return ("section" if label.kind == self.section_kind else "sub"), label

    # -- the pass
    def build(self) -> ParsedNotice:
        if self.task_kind is None:
            self.drafts = self._marked_paragraphs() or self._subject_sentences() or self._labelled_pieces()
            if not self.drafts:
                raise NoticeParseError(_no_items_message(self.lines), line=None)
        else:
            self._read_items()
        meta = _header_info(self.lines[:self._plan_start()], self.lines)
        if self.year:
            meta["year"], meta["opening_year"] = self.year, 0
        if not meta["year"] and self.sections:
            meta["year"] = meta["opening_year"] = (_heading_year(self.sections[0].title)
                                                   or self._first_part_year())
        if not any(map(self._has_departments, self.drafts)):
            self.title_units = _owner_units(_TITLE_UNITS, meta["title"]) or self._list_owner()
        if self.title_units:
            self.warnings.append(f"{_TITLE_UNITS_REVIEW}（{self.title_units[0]}），请核对。")
        tasks = self._tasks(meta["year"])
        sections = self._held(tasks) or [Section(1, "重点任务")]
        if not meta["year"]:
            self.warnings.append("通知中没有找到年度（成文日期、标题或文号中的年份），请在初始化时用 --year 指定。")
        elif meta["opening_year"]:
            self.warnings.append(f"通知中没有成文日期、标题或文号中的年份，按正文开头推定为{meta['year']}年，"
                                 "请核对（可在初始化时用 --year 指定）。")
        catalogue = Catalogue(
            title=meta["title"], year=meta["year"], sections=tuple(sections), tasks=tuple(tasks),
            doc_number=meta["doc_number"], date=meta["date"], short_title=meta["short_title"],
        )
        return ParsedNotice(catalogue, self.warnings)

    def _list_owner(self) -> tuple[str, ...]:
        """The office named alone on the line above its list's name, both right above the first item (市卫生局 /
        2011年重点工作目标责任书(4项) / 1、…), as written; () for any other lines there."""
        at = self._plan_start()
        if at < 2:
            return ()
        unit, name = self.lines[at - 2], self.lines[at - 1]
        if unit.hint or name.hint or unit.departments is not None:
            return ()
        if (assessed := _ASSESSED_LIST.match(fold(name.text).strip())) is not None:
            # 太平店镇 / 区委、区政府对镇(街)考核指标: / 1、…: a township assessed as the heading's kind of unit
            place = _TOWNSHIP.match(fold(unit.text).strip())
            if place is not None and place["kind"][0] in assessed["kind"]:
                return (unit.text.strip(),)
        elif not _LIST_NAME_LINE.match(fold(name.text).strip()):
            return ()
        return (unit.text.strip(),) if _unit_heading(unit.text) else ()

    def _first_part_year(self) -> int:
        """The year the first sentence under the notice's first part names (一、…目标任务 / 从2005年起,自治区制定
        规划,分3年安排资金…), dating a plan pasted without its title, date or 文号 as its first heading would: the
        plan's first part says when its work starts. 0 when that line is numbered, or its first sentence names
        no year."""
        at = self.section_at[0] + 1 if self.section_at else len(self.lines)
        if at >= len(self.lines) or self.labels[at] is not None or self.lines[at].hint:
            return 0
        return _heading_year(_first_sentence(self.lines[at].text))

    def _held(self, tasks: list[Task]) -> list[Section]:
        """The sections that hold a task, or head sections that do (二、区政府重点工作 over （一）…): a part whose
        items were all left out (一、各县区…综合排名 over a ranking of places) or that never had any (总体要求) names
        nothing the catalogue lists. All of them when none holds a task."""
        used = {task.section for task in tasks}
        kinds = [self.section_kinds.get(s.no) for s in self.sections]
        held = [s for k, s in enumerate(self.sections) if s.no in used or k + 1 < len(kinds) and
                _heads(kinds[k], kinds[k + 1])]
        return held if held else self.sections

    def _read_items(self) -> None:
        above = [lb.kind for lb in self.labels if lb and LEVELS.index(lb.kind) < LEVELS.index(self.task_kind)]
        self.section_kind = min(above, key=LEVELS.index) if above else None
        # (一) headings are sections only when no 一、 level is above them and they read as headings
        self.sub_sections = self.section_kind == "cn_paren"
        for i, ln in enumerate(self.lines):
            self._read(i, ln)
        self._close()
        self._lone_parts_as_tasks()
        self._lone_lines_as_tasks()
        self._drop_body_items()
        self._drop_preamble_items()
        self._drop_unmarked_articles()
        self._promote_subsections()

    def _marked_paragraphs(self) -> list[_Draft]:
        """A text that numbers no item at all (a news item's projects, one paragraph each): the paragraphs that
        each name the unit answering for them (由镇公路站负责的…项目, or a marker after the last sentence: …通车。
        责任单位:市城建委。) are the tasks, in order, flagged for review; none when fewer than ``_MARKED_PARAGRAPHS``
        do (any other text stays a text without items). Short headings without a stop right above such a
        paragraph (强化路网建设缓解交通拥堵) group them, as a list's parts."""
        drafts, headings = [], []
        for i, ln in enumerate(self.lines):
            if ln.hint or ln.departments is not None or len(ln.text) < _PARAGRAPH_MIN:
                continue
            body, marker = _paragraph_marker(ln.text)
            if marker is None:
                continue
            if i and _heading_like(self.lines[i - 1].text) and not self.lines[i - 1].hint:
                headings.append((i - 1, len(drafts)))
            review = _MARKED_REVIEW if body == ln.text.strip() else _TRAILING_REVIEW
            drafts.append(_Draft(len(drafts) + 1, ln, [body], marker, 1, review=review))
        if len(drafts) < _MARKED_PARAGRAPHS:
            return []
        if headings and headings[0][1] == 0:              # every paragraph under a heading: the headings are parts
            for no, (at, first) in enumerate(headings, start=1):
                self.sections.append(Section(no, self.lines[at].text.strip()))
                self.section_at.append(at)
                for draft in drafts[first:]:
                    draft.section = no
        return drafts

    def _subject_sentences(self) -> list[_Draft]:
        """A text that numbers no item, told as a news item's sentences each naming its unit as subject with its
        deadline (市住建局要在8月底完成…。市教育局要在11月底新建…): one task per deadline clause, the unit that of
        the last subject (9月底完成…,11月底新建… go on with it), flagged; none when fewer than
        ``_SUBJECT_UNITS`` units are named so (any other text stays a text without items)."""
        review = "通知没有编号的条目，已将以单位为主语、写明完成时限的句子按时限逐句列为任务，请核对"
        drafts: list[_Draft] = []
        unit = ""
        for ln, sentence in self._prose_sentences():
            clauses = _deadline_clauses(sentence)
            if not clauses:
                unit = ""                                 # a sentence of other words ends the unit's run
            for clause, subject, due in clauses:
                unit = subject or unit
                if unit and (subject or drafts):
                    drafts.append(_Draft(len(drafts) + 1, ln, [clause], Marker((unit,)), 1, due=due,
                                         review=review))
        units = {d.marker.departments for d in drafts}
        return drafts if len(units) >= _SUBJECT_UNITS else []

    def _labelled_pieces(self) -> list[_Draft]:
        """A text that numbers no item, listing its projects in one sentence of ;-pieces that each name the unit
        answering after a role label (神丹工业园,责任单位畜牧局;潮汕食品创业园二期,责任单位开发区;…): each piece is a
        task, the project its text, flagged for review as ``_marked_paragraphs``. Strict: at least
        ``_LABELLED_PIECES`` pieces, every piece of the sentence carrying the label and units that read as units,
        only the last followed by words (the quotation closing ……”, the sentence going on); else none."""
        review = "通知没有编号的条目，已将一句中以分号分开、各自写明责任单位的项目逐项列为任务，请核对"
        for ln, sentence in self._prose_sentences():
            pieces = _labelled(sentence)
            if len(pieces) >= _LABELLED_PIECES:
                return [_Draft(n, ln, [name], Marker(units), 1, review=review)
                        for n, (name, units) in enumerate(pieces, start=1)]
        return []

    def _prose_sentences(self) -> Iterator[tuple[Line, str]]:
        """Each sentence (up to and with its 。) of the lines of running text (no layout hint, no units given
        by a table's column), with its line: what ``_subject_sentences`` and ``_labelled_pieces`` read."""
        for ln in self.lines:
            if not ln.hint and ln.departments is None:
                for sentence in re.findall(r"[^。]+。?", ln.text):
                    yield ln, sentence

    def _plan_start(self) -> int:
        first_task = self.drafts[0].line if self.drafts else None
        starts = [self.section_at[0]] if self.section_at else []
        if first_task is not None:
            starts.append(next(i for i, ln in enumerate(self.lines) if ln is first_task))
        return min(starts) if starts else 0

    def _read(self, i: int, ln: Line) -> None:
        if ln.hint == "note":
            return                                          # a flattened item's 项目责任人, 完成情况 …: no task text
        text = fold(ln.text)
        what, label = self._kind_of(i) or (None, None)
        if label is not None or i in self.field_items:
            self.group_field = i in self.field_items and bool(_GROUP_FIELD.search(text))
        if i in self.field_items and self.current is not None:
            self._end_heading(self.current)                 # (一)X项目 / 1、任务: X is the item's title
            return
        if self.group_field and self.current is not None and (member := _GROUP_MEMBER.match(text)):
            value = member["value"].strip().rstrip("。;")
            self.current.add_marker(Marker((), (value,)) if member["leader"] else Marker(split_departments(value)))
            return
        if i in self.covered_by:
            self._close()                                   # 上述项目由X牵头负责。: read with the projects above
            return
        if i in self.marked_runs:
            self._add_run_heading(i, ln)
        elif i in self.in_run:
            self._start_paragraph(ln, self.in_run[i] + 1, self.covered.get(i))
        elif what == "task" and ln.hint != "section":
            self._start_task(ln, label)
        elif (what == "section" and ln.hint != "task") or (
                what == "sub" and self.sub_sections and _heading_like(ln.text[label.end:])):
            self._add_section(label.number, ln.text[label.end:], ln, i)
        elif what == "sub":
            self._close()                                   # （一）…行动计划。: a group, not a task
            title, leaders = _heading_leaders(_first_sentence(ln.text[label.end:]).rstrip("。."))
            self.subs.append((title, ln))
            self.sub = len(self.subs) - 1
            self.section_leaders = leaders or self.section_leaders
            self.section_units = _heading_units(title) or self.section_units
        elif what is None and self.current is None and not ln.hint and (owner := _lead_owner(ln.text)):
            self.section_units = owner                      # 其中,X承担了多个实事项目,包括: / the items it lists
        elif what is None and self.current is None and self._lone_under_unit(i):
            self._close()                                   # (一)X牵头的工作 / its one task, unnumbered
            self.current = _Draft(1, ln, [ln.text.strip()], None, self._section_no(), self.sub,
                                  self.section_leaders, ln.due, self.section_units)
        elif what is None and (self.current or self.drafts) and (covering := covering_marker(text)) is not None:
            self._close()                                   # 4项目标的责任单位均为X。: the items just before
            self._cover(*covering)
        elif marker_line(text) and self.current is not None:
            words, content = split_content(ln.text)          # 责任单位:莲塘镇任务目标:… run on in one line
            marker = read_marker(words)
            if self.current.marker is None and self.current.units and _CO_LABELS.fullmatch(fold(words).strip()):
                marker = Marker(self.current.units) + marker  # 协同单位:… under X牵头的工作: X leads, they help
            self.current.add_marker(marker)
            self.current.due = self.current.due or marker.due
            if content:
                self.current.details.append(content)
        elif content_line(text) and self.current is not None and what != "inner":
            self.current.details.append(ln.text)            # 任务目标:… under the item: what it is to achieve
        elif what == "inner" and self.current is not None:
            self._add_part(self.current, i, ln)             # （1）… points inside a task
        elif what == "inner" and self.paused is not None and self._inline_marked(i):
            # 一、…(责任单位:…) / 1.…(责任单位:…) / 此项工作已完成… / 2.…(责任单位:…): a sub-item naming its units after
            # the report on the one before is still the item's
            self._add_part(self.paused, i, ln)
            return
        elif self.current and not ln.hint and not self._tail_marked(self.current) and (
                _PROGRESS_FIELD.match(text) or _FUNDING_FIELD.match(text) or
                self.current.reports and self._reporting(i) or self._progress_paragraph(i)):
            self.current.reports.append(ln.text)            # 进展情况:… under the item, before its units
        elif self.current and self._bullet_point(i):
            # ●改造老旧小区12个 / ●…: the item's points, not headings; the bullet is no word of a target's name
            self.current.details.append(_POINT_BULLET.sub("", ln.text))
        elif ln.hint == "section" or self._is_lost_heading(ln):
            self._close()
            lost = self.pending is not None and self.pending is self.lines[i - 1] and not ln.hint
            self.lost_run = self.lost_run + [ln] if lost and self.lost_run else [ln]
            self.pending = ln                               # a section only if tasks follow (not a signature)
        elif self.current and self._titled_body(self.current, ln):
            self.current.details.append(ln.text)            # the paragraph under an item's title and its marker
            if self.progress_sheet and _REPORTS_PROGRESS.search(fold(ln.text)):
                # …进展情况通报: (二)听力障碍患者康复救助(责任单位:…) / 目前,已完成…,计划9月将…复筛。 says how far the
                # item got: its text still, but its dates are steps done or next, no deadline of the item
                self.current.reporting.add(len(self.current.details) - 1)
        elif self.current and not self._tail_marked(self.current) and not self._run_ended(self.current, ln) \
                and not (self._finished(self.current) and self._signs_off(i)):
            _go_on(self.current, ln)                        # a wrapped line or a further paragraph of the task
        else:
            self.paused = self.current or self.paused
            self._close()                                   # closing words, signatures, 抄送 …
            return
        self.paused = None

    @staticmethod
    def _end_heading(draft: _Draft) -> None:
        """A title with no stop, its fields to follow: ended, so its first field's words do not run into it."""
        if len(draft.parts) == 1 and not fold(draft.parts[0]).rstrip().endswith(("。", "；", ";", ":")):
            draft.parts[0] = draft.parts[0].rstrip() + "。"

    def _cover(self, count: int, words: str) -> None:
        """The units a line names after the items it covers: theirs, for the last ``count`` items naming none."""
        marker = read_marker(words)
        for draft in reversed(self.drafts):
            if count <= 0 or self._has_departments(draft):
                break
            draft.add_marker(marker)
            count -= 1

    def _add_part(self, draft: _Draft, i: int, ln: Line) -> None:
        """A point inside a task; one naming its own units under an item that names its units (一、…(责任单位:A、B) /
        1.…(责任单位:A,各县区)) is a sub-item: it restates a part of the item, its figures the item's already."""
        if self._inline_marked(i) and split_markers(draft.parts[0])[1]:
            draft.restating.append(len(draft.parts))
        draft.parts.append(ln.text)

    def _start_task(self, ln: Line, label: Label) -> None:
        self._close()
        if (pending := self.pending) and _FIELD_VALUE.match(fold(_BULLET.sub("", pending.text))):
            # a field and its value under the item before (整改时限:2024年6月底, 备注:按季度调度) ends that item as a
            # heading would, but names no part: a heading gives no value after a colon
            pending = self.pending = None
        if pending and len(self.lost_run) >= _POINTS_RUN and self.lost_run[-1] is pending and self.drafts:
            # 一季度完成规划设计 / 二季度完成招标 / 三季度完成主体工程 under an item: a part that lost its numeral is one
            # line, so lines in a run are the item's steps, kept with its text (not read for its targets or deadline:
            # they are stages on the way)
            self.drafts[-1].reports.extend(ln.text for ln in self.lost_run if not ln.hint)
            pending = self.pending = None
        if pending:
            # numbers the reader gave (flagged) run on across groups: the first group's heading is one all the same
            if (label.number == 1 or ln.review) and (opening := self._opening_heading()) is not None:
                self._add_section(None, _BULLET.sub("", self.lines[opening].text), self.lines[opening], opening)
            self._add_section(None, _BULLET.sub("", pending.text), pending, None)
        marker = Marker(ln.departments, ln.leaders or ()) if ln.departments is not None else (
            Marker((), ln.leaders) if ln.leaders else None)
        title = ln.text[label.end:].strip()
        # (一)省监察厅牵头的工作 / 加强行政监察。 / 协同单位:… where every group holds one paragraph, no 1. 2.: the items
        # are the groups (see ``_lead_heading``), each naming its lead as a group's heading would, its heading ended
        # so that the paragraph under it (the work) never reads as its wrapped line
        units = heading_units(title) if _heading_like(title) and ln.departments is None else ()
        self.current = _Draft(label.number, ln, [title + "。" if units else title], marker, self._section_no(),
                              self.sub, self.section_leaders, ln.due, units or self.section_units)

    def _marked_runs(self) -> dict[int, list[int]]:
        """Each numbered line that is but a heading (no marker of its own, no stop) over at least
        ``_MARKED_PARAGRAPHS`` unnumbered paragraphs right under it that each name their unit (as
        ``_marked_paragraphs`` reads them): its index → theirs. Such a heading is a part, each paragraph a
        task. So is a numbered line of one sentence naming no unit ((一)推动经济稳定健康发展,必须充分发挥消费、投资、出口均衡拉动作用。 /
        认真贯彻…。(省发展改革委、省财政厅…等负责) / 发挥投资的关键作用…。(…等负责)): a 分工意见 states the requirement a group of its tasks
        answers, and the paragraphs under it, each naming its units, are the tasks."""
        runs: dict[int, list[int]] = {}
        for i, label in enumerate(self.labels):
            ln = self.lines[i]
            if label is None or ln.hint or ln.departments is not None or self._inline_marked(i) \
                    or not (_heading_like(ln.text[label.end:]) or _one_sentence(ln.text[label.end:])):
                continue
            run = []
            for j in range(i + 1, len(self.lines)):
                if not self._marked_paragraph(j):
                    break
                run.append(j)
            if len(run) >= _MARKED_PARAGRAPHS:
                runs[i] = run
        for i, run in self._covered_runs().items():
            runs.setdefault(i, run)
        return runs

    def _covered_runs(self) -> dict[int, list[int]]:
        """Each numbered item naming no unit whose line restates the projects that follow it as unnumbered
        paragraphs, each group of them closed by a line naming its units (五、加强社区公共服务设施建设。改建…4家;
        … / 改建…4家。项目具体实施进度为:… / 在6家…。项目具体实施进度为:… / 上述项目由区商务委牵头负责。 / …): its
        index → the paragraphs', whatever its own line holds (a title, or the title and the projects at once).
        The item is the heading, each project a task, answered for by the closing line after it
        (``self.covered``), at least ``_MARKED_PARAGRAPHS`` of them."""
        runs: dict[int, list[int]] = {}
        for i, label in enumerate(self.labels):
            ln = self.lines[i]
            if label is None or ln.hint or ln.departments is not None or self._inline_marked(i):
                continue
            run, group, covered, closing = [], [], {}, []
            for j in range(i + 1, len(self.lines)):
                if group and (marker := above_marker(self.lines[j].text)) is not None:
                    covered.update({k: marker for k in group})
                    run, group = run + group, []
                    closing.append(j)
                elif self._bare_paragraph(j):
                    group.append(j)
                else:
                    break
            if len(run) >= _MARKED_PARAGRAPHS:
                runs[i] = run
                self.covered.update(covered)
                self.covered_by.update(closing)
        return runs

    def _bare_paragraph(self, j: int) -> bool:
        """Is line ``j`` an unnumbered paragraph naming no unit of its own (a project's description)?"""
        ln = self.lines[j]
        return (self.labels[j] is None and not ln.hint and ln.departments is None
                and len(ln.text) >= _PARAGRAPH_MIN and _paragraph_marker(ln.text)[1] is None
                and not self._inline_marked(j))

    def _add_run_heading(self, i: int, ln: Line) -> None:
        """The heading over a run of paragraphs naming their units (``_marked_runs``): a part, or, numbered
        below the notice's parts (一、… / (一)推动…作用。 / paragraphs), a group of the part's tasks as a sub-heading
        is."""
        label = self.labels[i]
        if self.section_kind is None or LEVELS.index(label.kind) <= LEVELS.index(self.section_kind):
            # an item restating its projects (五、加强…建设。改建…4家;…) is headed by its title, its first sentence
            self._add_section(label.number, _first_sentence(ln.text[label.end:]), ln, i)
            return
        self._close()
        self.subs.append((_first_sentence(ln.text[label.end:]).rstrip("。."), ln))
        self.sub = len(self.subs) - 1

    def _marked_paragraph(self, j: int) -> bool:
        """Is line ``j`` an unnumbered paragraph naming the unit answering for it (``_paragraph_marker``)?"""
        ln = self.lines[j]
        return (self.labels[j] is None and not ln.hint and ln.departments is None
                and (len(ln.text) >= _PARAGRAPH_MIN or _marked_sentence(ln.text))
                and _paragraph_marker(ln.text)[1] is not None)

    def _start_paragraph(self, ln: Line, number: int, covered: Marker | None = None) -> None:
        """A task of one paragraph under a part's heading (``_marked_runs``), numbered by its place there. A marker
        the text keeps (…,责任单位:X;…,责任单位:Y;) is read with the task, in written order; only a 由X负责 clause
        inside is given as the draft's."""
        self._close()
        body, marker = _paragraph_marker(ln.text)
        clause = marker if body == ln.text.strip() else None
        review = _PART_PARAGRAPHS_REVIEW if covered is None or clause else _COVERED_REVIEW
        self.current = _Draft(number, ln, [ln.text.strip()], clause or covered, self._section_no(), self.sub,
                              self.section_leaders, ln.due, review=review)

    def _signs_off(self, i: int) -> bool:
        """Does the notice sign off at line ``i``, after its last item: from it only short lines (附件:, the
        issuer), at most ``_SIGNATURE_LINES``, down to a date alone on its line (2013年3月4日), and no item after?
        That date is the notice's, never the item's deadline, and the lines are no more of the item's text. A
        line that is but the notice's closing formula (现予以公告。, 特此通知。) signs it off as well, whatever
        follows."""
        if _CLOSING_FORMULA.fullmatch(re.sub(r"\s+", "", fold(self.lines[i].text))):
            return True
        for k in range(i, min(i + _SIGNATURE_LINES + 1, len(self.lines))):
            ln, text = self.lines[k], re.sub(r"\s+", "", fold(self.lines[k].text))
            if ln.hint or ln.departments is not None or self.labels[k] is not None:
                return False
            if _notice_date([text]):
                return not any(lb is not None and lb.kind == self.task_kind for lb in self.labels[k + 1:])
            if len(text) > _SIGNATURE_WIDTH or re.search(r"[。；;]", text):
                return False
        return False

    def _opening_heading(self) -> int | None:
        """The index of the heading right above the first item, when items were read before any part and the
        numbering now restarts at 1 under a heading without numeral (a news post's groups: 缓解停车难 / 1. 2. 3. /
        加大扶贫力度 / 1. 2.): the first group's heading lost no numeral either, it was only met before any item
        made it a part. Never the notice's first line (its title) nor a line the layout marks."""
        if self.sections or not self.drafts or self.drafts[0].no != 1:
            return None
        first = next(i for i, ln in enumerate(self.lines) if ln is self.drafts[0].line)
        if first < 1 or self.labels[first - 1] is not None:
            return None
        above = self.lines[first - 1]
        heading = _BULLET.sub("", above.text)
        if first == 1 and not _parallel(heading, _BULLET.sub("", self.pending.text)):
            return None         # the first line is the title, unless it reads as the next group's heading does
        # 附件:1. … is a field naming the annex, no heading
        return first - 1 if not above.hint and above.departments is None and _heading_like(heading) and \
            ":" not in fold(heading) else None

    def _run_ended(self, draft: _Draft, ln: Line) -> bool:
        """Is ``draft`` the last item of a list run together in one paragraph (cut apart by flattened.py, so the
        item shares its line with the one before), its sentence finished, and ``ln`` the next paragraph? Then the
        paragraph is the notice's words after the list (the results announced on 5月11日), not more of the item:
        the page kept that break where it lost the items' own."""
        before = self.drafts[-1] if self.drafts else None
        return (before is not None and before.line.no == draft.line.no != ln.no and len(draft.parts) == 1
                and self._finished(draft)) or self._list_closed(draft, ln)

    def _list_closed(self, draft: _Draft, ln: Line) -> bool:
        """Is ``ln``, after the finished item ``draft``, words on the whole list: a paragraph naming the list by
        its count, that count the item's own number (一、…十、 then 经组织各有关部门制定了为民办好十件实事实施方案 /
        各县(区)、各部门要充分认识办好十件实事是…)? An item speaks of its own work, never of all N items, so the
        paragraph is the notice's close (its 十件 no target of item 十)."""
        return (draft.no >= _LIST_CLOSE_MIN and self._finished(draft) and not ln.hint and ln.departments is None
                and draft.no in announced_counts(fold(ln.text)))

    def _titled_progress(self) -> bool:
        """Is the document titled as a progress report on its list (…实事项目完成情况进度表, …进展情况汇总表): a short
        line above the first item that names one?"""
        first = next((i for i, label in enumerate(self.labels) if label is not None), len(self.lines))
        return any(_PROGRESS_TITLE.search(folded) and _heading_like(ln.text) and not _ASKS_REPORT.search(folded)
                   or _reports_done(folded) for ln in self.lines[:first] for folded in [fold(ln.text)])

    def _progress_paragraph(self, i: int) -> bool:
        """Is line ``i``, in a document titled as a progress report, the report under the item on the line above
        (七、居委会办公用房标准化改扩建20个 / 15个居委会完成改扩建,16个居委会正在施工中。): a paragraph of its own, a sentence
        finished, right under an item's line that is no more than its title? Its figures are what was done."""
        draft, ln = self.current, self.lines[i]
        return (self.progress_sheet and not draft.reports and not draft.details and len(draft.parts) == 1
                and self.lines[i - 1] is draft.line and ln.departments is None and self.labels[i] is None
                and re.search(r"[。；;]$", fold(ln.text).strip()) is not None
                and not re.search(r"[,，、]$", fold(draft.line.text).strip()))

    def _reporting(self, i: int) -> bool:
        """Does line ``i`` go on with a progress report, the line before it one (a report's further paragraph)?"""
        ln = self.lines[i]
        return i > 0 and self.lines[i - 1].text == self.current.reports[-1] and not marker_line(fold(ln.text)) \
            and not _heading_like(ln.text)

    @staticmethod
    def _titled_body(draft: _Draft, ln: Line) -> bool:
        """Is ``ln`` the paragraph under an item whose line is but its title and marker ((一)城区学校扩容(牵头单位:县
        教育局), then 新建幼儿园3所…)? The item's line names it and who answers; the paragraph says what it is (or
        how far it got): the item's text, as the item's first paragraph, not words after the list. A title that is a
        sentence (…6100人。(责任单位:…)) is a whole item, and a field under it (推进情况:…) a report kept out, as before."""
        if len(draft.parts) != 1 or draft.details or ln.hint or ln.departments is not None:
            return False
        title, markers = split_markers(draft.parts[0].strip())   # a role label run onto the title is one too
        body = fold(ln.text).strip()
        return bool(markers) and _heading_like(title) and len(body) >= _BODY_MIN and not _heading_like(body) \
            and not marker_line(body) and not _FIELD_VALUE.match(body)

    def _bullet_point(self, i: int) -> bool:
        """Is line ``i`` one of a run of lines under an item opening with the same bullet (●改造老旧小区12个 / ●改造供水
        管网20公里)? A part that lost its numeral is one line; bulleted lines side by side are the item's points."""
        ln, mark = self.lines[i], _POINT_BULLET.match(self.lines[i].text)
        if mark is None or ln.hint or ln.departments is not None or self.labels[i] is not None:
            return False
        near = [self.lines[j] for j in (i - 1, i + 1) if 0 <= j < len(self.lines) and self.labels[j] is None]
        return any(other.text.lstrip().startswith(mark.group(1)) and not other.hint for other in near)

    def _is_lost_heading(self, ln: Line) -> bool:
        # A short heading-like line between tasks, after a finished task: a section that lost its numeral. A
        # task whose report under its title ends a sentence is finished too (☑项目 / 该项目已于3月完成。 / 已启动实施项目).
        return bool(self.drafts or self.current) and _heading_like(_BULLET.sub("", ln.text)) and (
            self.current is None or self._finished(self.current) or
            bool(self.current.reports) and fold(self.current.reports[-1]).rstrip().endswith(("。", "；", ";")))

    @classmethod
    def _has_departments(cls, draft: _Draft) -> bool:
        # a marker inside the item's text counts as well (学前教育促进,牵头单位:市教体局。其中,…): the task reads it
        return cls._tail_marked(draft) or bool(head_markers(draft.text)) or bool(draft.units) or \
            bool(split_markers(draft.text)[1])

    @staticmethod
    def _tail_marked(draft: _Draft) -> bool:
        """Responsibility given where an item ends (a marker after its text, a column, a line under it): the
        item is complete. A marker at its head (由X承办，Y协办。) leaves the paragraphs after it to the item."""
        # …。(责任单位:A、B)该件实事已全面完成: a short remark after the closing marker ends the item as well
        text = _REMARK_AFTER.sub("", draft.text.rstrip())
        return (draft.marker is not None and bool(draft.marker.departments)) or split_marker(text)[1] is not None

    def _finished(self, draft: _Draft) -> bool:
        return self._tail_marked(draft) or draft.text.rstrip().endswith(("。", "；", ";"))

    def _lone_under_unit(self, i: int) -> bool:
        """Is line ``i`` the one unnumbered paragraph right under a group heading naming its lead unit ((一)省审计厅
        牵头的工作 / 全面加强审计工作。 / 协同单位:… / (二)…), where the list's other groups number their items 1. 2.?
        A group of one item needs no number; that sentence is its task. Not a line under a part heading (一、X省长
        负责的工作 / 全面负责…的落实。: the leader's role), nor an opening before numbered items."""
        ln, folded = self.lines[i], fold(self.lines[i].text)
        if not i or not self.subs or self.subs[-1][1] is not self.lines[i - 1] or not _heading_units(self.subs[-1][0]):
            return False
        if ln.hint or ln.departments is not None or not folded.rstrip().endswith(("。", ";", "；")) or \
                marker_line(folded) or content_line(folded) or _heading_like(ln.text):
            return False
        after = self.labels[i + 1] if i + 1 < len(self.labels) else None
        if after is not None:
            return LEVELS.index(after.kind) < LEVELS.index(self.task_kind)    # the next group, not items under it
        return i + 1 == len(self.lines) or self._marker_line(i + 1)

    def _section_no(self) -> int:
        return self.sections[-1].no if self.sections else 1

    def _add_section(self, number: int | None, title: str, ln: Line, at: int | None) -> None:
        self._close()
        self.pending = None
        self.sub = None
        title, self.section_leaders = _heading_leaders(title.strip().rstrip("。.").strip())
        self.section_units = _heading_units(title)
        expected = self.sections[-1].no + 1 if self.sections else 1
        if number is not None and self.sections and self._body_behind(number):
            # The notice's own 一、二、三 (instructions, before the annex) numbered like the plan's parts:
            # the plan starts again at 一, and what came before it is the notice, not the catalogue.
            self.sections, self.section_at, self.subs = [], [], []
            expected = 1
            # and what was said about the notice's own parts (二 after a lost 一) is no finding of the plan
            self.warnings = [w for w in self.warnings if w not in self.section_warnings]
        if number is None:
            number = expected
            if ln.hint != "section":                        # a table's section column rarely has numerals
                self._section_warning(
                    f"第{ln.no}{ln.where}“{title}”没有序号，按位置推定为第{cn_numeral(number)}部分。")
        elif number != expected:
            self._section_warning(f"第{ln.no}{ln.where}部分序号“{cn_numeral(number)}”与上一部分不连续，请核对。")
            if any(s.no == number for s in self.sections):
                number = expected                           # a repeated numeral: counted on, never a dead end
        self.sections.append(Section(number, title))
        self.section_kinds[number] = label.kind if (label := item_label(fold(ln.text))) else None
        self.section_at.append(at if at is not None else next(
            (i for i, other in enumerate(self.lines) if other is ln), 0))

    def _section_warning(self, message: str) -> None:
        self.warnings.append(message)
        self.section_warnings.append(message)

    def _body_behind(self, number: int) -> bool:
        """Is a part numbered ``number`` the plan starting again after the notice's own numbered parts? So when
        it repeats one of them before any item, or, wherever the notice's first part was lost (一、 run on at
        the end of a paragraph, so its parts read 二、三、), when it goes back to 一 after items none of which
        names who answers for it (the notice's own 1. 2. 3. questions or instructions)."""
        if any(s.no == number for s in self.sections) and not self.drafts:
            return True
        return number == 1 and self.sections[-1].no >= 1 and not any(map(self._has_departments, self.drafts))

    def _close(self) -> None:
        if self.current:
            self.drafts.append(self.current)
            self.current = None

    def _lone_parts_as_tasks(self) -> None:
        """A list mixing its levels (一、二、 each a task of one sentence, 三、 a heading over (一)-(五) tasks): a part
        with no task under it, written as a sentence and followed at once by the next part, is a task itself,
        when a later part holds tasks (so a notice's closing words stay words); not a field and its value
        (整治重点:…) where the parts holding tasks are fields (整治任务:), which says what the campaign is about."""
        with_tasks = {d.section for d in self.drafts}
        fields = any(s.no in with_tasks and fold(s.title).rstrip().endswith(":") for s in self.sections)
        lone = []
        for section, i, label in self._parts_without_tasks(with_tasks):
            if i + 1 >= len(self.lines):
                continue
            title = self.lines[i].text[label.end:].strip()
            after = self.labels[i + 1]
            if (after is not None and after.kind == label.kind and title.endswith(("。", "；", ";"))
                    and not _heading_like(title) and any(s > section.no for s in with_tasks)
                    and not _MEETING_VIEW.match(fold(title))
                    and not (fields and _FIELD_VALUE.match(fold(title)))):
                lone.append(_Draft(label.number, self.lines[i], [title], None, section.no))
        self._add_drafts(lone)

    def _lone_lines_as_tasks(self) -> None:
        """A part holding no numbered item but one line of text, right before the next part (一、(一)…(四) / 二、 and
        one line / 三、(一)…), between parts that hold tasks: that line is the part's one task, written without
        the number its only item needs no more than a list of one does."""
        with_tasks = {d.section for d in self.drafts}
        lone = []
        for section, i, label in self._parts_without_tasks(with_tasks):
            if i + 2 >= len(self.lines) or not with_tasks:
                continue
            line, after = self.lines[i + 1], self.labels[i + 2]
            if self.labels[i + 1] is not None or line.hint or after is None or after.kind != label.kind \
                    or marker_line(fold(line.text)):
                continue
            if self._inline_marked(i) or self._inline_marked(i + 1):
                # (一)扎实推进民生工程。(X牵头,Y负责) and a paragraph, beside (二)(三) holding items: the part
                # names who answers for it, so it is a task wherever it stands, its paragraph its text; so too
                # when the marker ends the paragraph ((七)X / 完成…。责任单位:A、B,完成时间:…)
                title = self.lines[i].text[label.end:].strip()
                if not fold(title).endswith(("。", "；", ";", ")")):
                    title += "。"                       # a bare heading: the task's title, not run into its text
                lone.append(_Draft(1, self.lines[i], [title, line.text.strip()], None, section.no))
            elif any(s < section.no for s in with_tasks) and any(s > section.no for s in with_tasks):
                lone.append(_Draft(1, line, [line.text.strip()], None, section.no))
        self._add_drafts(lone)

    def _parts_without_tasks(self, with_tasks: set[int]) -> Iterator[tuple[Section, int, Label]]:
        """(section, its line's index, its label) of each part numbered at the sections' level that holds no task."""
        for section, i in zip(self.sections, self.section_at):
            label = self.labels[i]
            if section.no not in with_tasks and label is not None and label.kind == self.section_kind:
                yield section, i, label

    def _add_drafts(self, drafts: list[_Draft]) -> None:
        """``drafts`` put among the drafts read, all in the order of their lines."""
        if drafts:
            at = {id(ln): i for i, ln in enumerate(self.lines)}
            self.drafts = sorted(self.drafts + drafts, key=lambda d: at[id(d.line)])

    def _drop_body_items(self) -> None:
        """Items of the task level before a restart at 1 that carry no responsibility are the notice's
        own instructions (1.明确任务… 2.统筹协调…), not tasks. Where no item at all names who answers, a restart
        at 1 under the next group's heading ((一)…1. 2. (二)…1. 2. 3., a progress report's groups) is a new
        group of the same list, not the list after the notice's words: nothing is dropped there."""
        anyone = any(map(self._has_departments, self.drafts))
        for k in range(1, len(self.drafts)):
            if not anyone and self.drafts[k].section != self.drafts[k - 1].section:
                continue
            if self.drafts[k].no == 1 and all(not self._has_departments(d) for d in self.drafts[:k]):
                self.drafts = self.drafts[k:]
                return

    def _drop_preamble_items(self) -> None:
        """A plan that opens with 一、总体要求 numbers its 指导思想, 基本原则 and 发展目标 at the task level
        (（一）（二）（三）, then tasks from （四）): items of leading parts in which no item carries
        responsibility, before parts in which nearly every item does, are the plan's preamble, not tasks."""
        sections = [d.section for d in self.drafts]
        carried = {s for d, s in zip(self.drafts, sections) if self._has_departments(d)}
        lead = 0
        while lead < len(self.drafts) and sections[lead] not in carried:
            lead += 1
        rest = self.drafts[lead:]
        if not lead or not rest or sum(map(self._has_departments, rest)) < 0.8 * len(rest):
            return
        dropped = self.drafts[:lead]
        first, last = dropped[0].line, dropped[-1].line
        self.warnings.append(
            f"第{first.no}至{last.no}{last.where}的{len(dropped)}项（序号{dropped[0].no}至{dropped[-1].no}）"
            "位于首个标注责任单位的任务之前，所在部分均无责任单位，按总体要求（指导思想、原则、目标）处理，"
            "未列为任务；如确为任务，请在 catalogue.xlsx 中补充。")
        self.drafts = rest
        # The emptied parts leave the catalogue; section_at keeps them: the plan still starts at the first.
        emptied = {d.section for d in dropped} - {d.section for d in rest}
        self.sections = [s for s in self.sections if s.no not in emptied]

    def _drop_unmarked_articles(self) -> None:
        """Rules numbered by articles (第一条 …) hold provisions besides tasks: the rules' purpose (总则), what a
        word means, when they take effect (附则). Where articles name who answers for them, those are the
        tasks and the others provisions; the parts left without a task leave the catalogue."""
        if self.task_kind != "article" or not any(map(self._has_departments, self.drafts)):
            return
        kept = [d for d in self.drafts if self._has_departments(d)]
        dropped = [d for d in self.drafts if not self._has_departments(d)]
        if not dropped:
            return
        self.warnings.append(
            f"第{'、'.join(cn_numeral(d.no) for d in dropped)}条没有标注责任单位，按规定的条款（总则、附则等）处理，"
            "未列为任务；如确为任务，请在 catalogue.xlsx 中补充。")
        self.drafts = kept
        emptied = {d.section for d in dropped} - {d.section for d in kept}
        self.sections = [s for s in self.sections if s.no not in emptied]

    def _promote_subsections(self) -> None:
        """A 分工方案 puts every task under one part (二、重点任务) and groups them by （一）（二）…:
        then those groups are the catalogue's sections, and the framing parts (主要目标, 保障措施) drop out."""
        subs = [d.sub for d in self.drafts]
        if len({d.section for d in self.drafts}) != 1 or None in subs or len(set(subs)) < 2:
            return
        order = list(dict.fromkeys(subs))
        self.sections = [Section(n, self.subs[i][0]) for n, i in enumerate(order, start=1)]
        for draft in self.drafts:
            draft.section = order.index(draft.sub) + 1

    # -- drafts → tasks
    def _tasks(self, year: int) -> list[Task]:
        numbers, renumbered = self._numbers()
        return [self._task(draft, number, renumbered, year) for draft, number in zip(self.drafts, numbers)]

    def _numbers(self) -> tuple[list[int], bool]:
        """Task numbers as written; numbering that restarts in every section, or repeats, is made continuous."""
        written = [d.no for d in self.drafts]
        if len(set(written)) == len(written):
            for prev, draft in zip(written, self.drafts[1:]):
                if draft.no != prev + 1:
                    self.warnings.append(f"第{draft.line.no}{draft.line.where}任务序号{draft.no}与上一任务"
                                         f"（{prev}）不连续，请核对。")
            return written, False
        restarts = all(d.no == 1 or d.no == p.no + 1 for p, d in zip(self.drafts, self.drafts[1:]))
        # each part, or each group heading ((一)X牵头的工作 / 1. 2.), numbering its own items from 1
        restarts = restarts and all(d.no != 1 or d.section != p.section or d.sub != p.sub
                                    for p, d in zip(self.drafts, self.drafts[1:]))
        if restarts:
            self.warnings.append(f"各部分的任务分别从1编号，已按出现顺序统一编为1至{len(written)}号。")
            return list(range(1, len(written) + 1)), False
        seen: dict[int, _Draft] = {}
        for draft in self.drafts:
            if draft.no in seen:
                first = seen[draft.no].line
                self.warnings.append(f"第{draft.line.no}{draft.line.where}：任务序号{draft.no}重复（第{first.no}"
                                     f"{first.where}已使用），已按出现顺序重新编号，请核对。")
            seen.setdefault(draft.no, draft)
        return list(range(1, len(written) + 1)), True

    def _task(self, draft: _Draft, number: int, renumbered: bool, year: int) -> Task:
        heads = [split_head_markers(part) for part in draft.parts]   # 由X承办，Y协办。 heads a paragraph
        body, inline = split_markers("".join(part for part, _ in heads))
        head = tuple(words for _, found in heads for words in found)
        marker = sum((read_marker(words) for words in head + inline), Marker(()))
        if draft.marker is not None:
            marker = draft.marker + marker if draft.marker.departments else marker + draft.marker
        if not marker.departments and draft.units:
            marker = Marker(draft.units) + marker       # the heading's units; an item's own marker wins
        if not marker.departments:
            marker = Marker(_subject_units(body)) + marker   # 由保洁公司负责…: the subject answers for its work
        if not marker.departments:
            marker = Marker(_measure_units(draft.parts[1:] + draft.details)) + marker   # 整改措施:由X督促…
        reasons = []
        if not marker.departments and self.title_units:
            marker = Marker(self.title_units) + marker       # 教育体育局2020年为民办实事: the office's own list
            reasons.append(_TITLE_UNITS_REVIEW)
        if not marker.departments:
            reasons.append("未标注责任单位")
            self.warnings.append(f"第{draft.line.no}{draft.line.where}任务{number}没有责任单位标注，"
                                 "请在 catalogue.xlsx 中补充。")
        if renumbered:
            reasons.append(f"原文序号为{draft.no}，已按出现顺序重新编号")
        if review := draft.line.review or draft.review:
            reasons.append(review)
            if not any(review in w for w in self.warnings):               # once a table
                self.warnings.append(f"第{draft.line.no}{draft.line.where}起：{review}。")
        # the item's own words, its sub-items restating parts of it (1.…(责任单位:…)) left out, give its targets
        own = split_markers("".join(part for k, (part, _) in enumerate(heads) if k not in draft.restating))[0] \
            if draft.restating else body
        restated = [split_markers(heads[k][0])[0] for k in draft.restating]
        planned, indicators = _with_details(body, draft.details, number, own, restated, year, self._done_part(draft))
        text = planned
        for report in draft.reports:                    # read by the clerk, not for targets
            text = text.rstrip() + ("" if text.rstrip()[-1:] in ("。", "；", ";") else "。") + report.strip()
        task = Task(no=number, section=draft.section, title=_first_sentence(body), text=planned,
                    departments=marker.departments, indicators=indicators,
                    needs_review=bool(reasons), leaders=marker.leaders or draft.leaders, review="；".join(reasons))
        # dated by the plan's words alone: a report's 已于3月完成 is when the work was done, no deadline
        if draft.reporting:
            plan = [detail for k, detail in enumerate(draft.details) if k not in draft.reporting]
            task = replace(task, text=_with_details(body, plan, number, own, restated, year)[0])
        dated = date_task(task, marker.due or draft.due, year, self.calendar)
        if dated.due is None and not (marker.due or draft.due) and (end := self._campaign_end()):
            dated = date_task(task, end, year, self.calendar)
        if dated.due is None and not (marker.due or draft.due) and (end := self._body_deadline()):
            dated = date_task(task, end, year, self.calendar)
            if dated.due is not None:
                dated = replace(dated, needs_review=True,
                                review="；".join(filter(None, (dated.review, _BODY_DEADLINE_REVIEW))))
        return replace(dated, text=text)

    def _done_part(self, draft: _Draft) -> bool:
        """Is ``draft`` an item of a report's part of items done (一、当年完成的 97 件实事, see ``_DONE_PART``)?"""
        headings = [s.title for s in self.sections if s.no == draft.section]
        headings += [self.subs[draft.sub][0]] if draft.sub is not None else []
        return self.progress_sheet and any(_DONE_PART.search(fold(title)) for title in headings)

    def _campaign_end(self) -> str:
        """The end of the campaign's period, where a part of the notice gives it (一、整治时间:…-2021年7月1日)."""
        for section in self.sections:
            if m := _CAMPAIGN_PERIOD.match(fold(section.title).strip()):
                return m.group("end")
        return ""

    def _body_deadline(self) -> str:
        """The day the notice's body, above its list, sets for the listed items to be done (并于5月20日前将问题整改
        完成), where it gives one (``_BODY_DEADLINE``); "" for none or for a day of reporting only."""
        if self.body_due is None:
            clauses = (clause for ln in self.lines[:self._plan_start()] for clause in re.split(r"[,，;；。]", fold(ln.text)))
            found = (m for clause in clauses if not _REPORTING.search(clause) and (m := _BODY_DEADLINE.search(clause)))
            self.body_due = next((m.group("due") + "前" for m in found), "")
        return self.body_due


def _heads(kind: str | None, below: str | None) -> bool:
    """Does a section heading of label ``kind`` head the one after it, of label ``below`` (None: no label)? 一、
    heads （一）, and a heading without a label under it (二、区政府重点工作 / 打造临空经济桥头堡); a heading without a
    label heads any labelled one; two without a label are parts side by side."""
    if kind is None or below is None:
        return (kind is None) != (below is None)
    return LEVELS.index(kind) < LEVELS.index(below)


def _with_details(body: str, details: list[str], number: int, own: str,
                  restated: list[str], year: int, reported: bool = False) -> tuple[str, tuple]:
    """The task's text with its 任务目标:/建设内容: fields after the item's own words, and its targets: the
    item's, then the fields' (each read as a text of its own), a figure the item's words already gave
    (二、10万平方米老旧小区改造项目 … 任务目标:…不少于10万平方米) counted once, as the item's. So are the figures of
    the ``restated`` sub-items, part of ``body``, when the item's ``own`` words (``body`` without them; ``body``
    itself when none restates) gave them. ``year``: the notice's (0 when unknown), earlier years' figures no targets.
    ``reported``: the item is a report's account of what was done, its figures results but for a target it names."""
    indicators = list(extract_indicators(own, number, year, reported))
    for sub_item in restated:
        _add_new(indicators, sub_item, number, year, reported)
    text = body
    for detail in details:
        stop = "" if not text or text.rstrip()[-1:] in ("。", "；", ";") else "。"
        text = text.rstrip() + stop + detail.strip()
        _add_new(indicators, detail, number, year, reported)
    return text, tuple(indicators)


def _add_new(indicators: list, text: str, number: int, year: int, reported: bool = False) -> None:
    """The targets of ``text`` added to ``indicators`` but for those a figure already there gave."""
    seen = {(ind.target, ind.unit) for ind in indicators}
    for ind in extract_indicators(text, number, year, reported):
        if (ind.target, ind.unit) not in seen:
            indicators.append(replace(ind, id=f"{number}.{len(indicators) + 1}"))


def _no_items_message(lines: list[Line]) -> str:
    shown = "、".join(f"第{ln.no}{ln.where}“{ln.text[:12]}”" for ln in lines[:3])
    looked = f"共查看{len(lines)}{lines[0].where if lines else '行'}（如{shown}）" if lines else "文件中没有文字"
    return (f"通知中没有找到编号的条目（如“一、”“（一）”“1.”“（1）”开头的段落），无法生成任务清单。{looked}。"
            "也可改用任务表（.xlsx，含“序号”“任务”“责任单位”列）导入。")


def _subject_units(text: str) -> tuple[str, ...]:
    """The units an item names at its head as the subject of its work (由保洁公司负责组织…, 各包村干部、村干部,负责…,
    乡村振兴办公室做好…), else in the first later clause of its first sentence that opens so (考虑到…的实际情况,
    区交通建设局负责解决…), as written; () unless every name reads as a unit or a body of persons."""
    folded = fold(text)
    # where the first sentence and each clause after a comma in it start, spaces skipped
    heads = [m.end() for m in re.finditer(r"(?:^|[,，])\s*", re.match(r"[^。;；]*", folded).group())]
    for at in heads:
        m = _SUBJECT_HEAD.match(folded, at)
        if m is None:
            continue
        group = "by" if m.group("by") else "subject"
        if names := _subject_names(text[m.start(group):m.end(group)]):
            return names
    return ()


def _lead_owner(text: str) -> tuple[str, ...]:
    """The units a line leading into a list names as answering for what it lists (…涉及A、B等。其中,市劳动和社会保障局
    承担了多个实事项目,包括:): its last sentence ends with the colon and has a unit as the subject of 承担/负责/牵头,
    as written; () for any other line (a line naming many units as an overview gives no item its unit)."""
    text, folded = text.strip(), fold(text.strip())
    at = folded.rfind("。") + 1                       # the last sentence (a slice: _LEAD_OWNER's ^ is its start)
    m = _LEAD_OWNER.search(folded[at:])
    return _subject_names(text[at + m.start("unit"):at + m.end("unit")]) if m else ()


def _subject_names(words: str, groups: bool = False) -> tuple[str, ...]:
    """The names in ``words`` (a list as a marker writes it), as written, or () unless every one reads as a unit
    or a body of persons (``_subject_name``), or with ``groups`` as a group the government formed (工作组)."""
    names = read_marker("牵头单位:" + words).departments
    return names if names and all(_subject_name(fold(name)) or groups and re.search(_GROUP_END + "$", name)
                                  for name in names) else ()


def _measure_units(paragraphs: list[str]) -> tuple[str, ...]:
    """The units the first measure field among an item's further ``paragraphs`` names (整改措施:由县住建局督促…), as
    ``_subject_names`` reads them, groups (工作组) included; () when none names them so."""
    for paragraph in paragraphs:
        if m := _MEASURE_FIELD.match(fold(paragraph)):
            return _subject_names(paragraph[m.start("by"):m.end("by")], groups=True)
    return ()


def _subject_name(name: str) -> bool:
    """Does a (folded) subject read as a unit (乡村振兴办公室, 保洁公司) or a body of persons (村干部), not as work?"""
    if _WORK_START.match(name) or re.search(r"[\d()]", name):
        return False
    if _PERSONS.match(name):
        return True
    # 政府 alone (政府要当好服务员) is the government in general, no unit the notice names
    return bool(re.search(".+" + _UNIT_END + "$", name)) and not _NOT_A_UNIT.search(name)


def _heading_leaders(title: str) -> tuple[str, tuple[str, ...]]:
    """``主要经济指标…(牵头领导:成坤、柯相国)`` → (``主要经济指标…``, (``成坤``, ``柯相国``)); a heading naming the
    person who leads (``袁家军省长主抓重点工作``, ``区长陈兴立牵头重点工作``) keeps its words and gives the person."""
    m = _SECTION_LEADERS.search(title)
    if not m:
        return title, heading_persons(title)
    return title[:m.start()].rstrip(), read_marker(m.group(1)).leaders


def _labelled(sentence: str) -> list[tuple[str, tuple[str, ...]]]:
    """(name, units) of each ;-piece of ``sentence`` (神丹工业园,责任单位畜牧局), or [] unless every piece is so
    written; words may follow the last piece's units only after …… or a closing quote or stop. The first piece's
    name starts after an opening quote or colon (…项目有:神丹工业园,…)."""
    folded = fold(sentence)
    pieces = re.split(r"[;；]", folded)
    found = []
    for k, piece in enumerate(pieces):
        piece = re.split(r"[“\":：]", piece)[-1] if k == 0 else piece
        m = _PIECE.match(piece.strip())
        if m is None or (m.group("rest") and k < len(pieces) - 1):
            return []
        units = read_marker(f"{m.group('role')}:{m.group('units')}").departments
        if not units or not all(_PIECE_UNIT.match(unit) for unit in units):
            return []
        found.append((m.group("name").strip(), units))
    return found


def _deadline_clauses(sentence: str) -> list[tuple[str, str, str]]:
    """(clause, its subject unit or "", its deadline) of each piece of work in ``sentence``: one opened by a unit
    as subject (市教育局要在11月底…, 市轨道交通公司要加快…,10月底完成…), or by a deadline of its own after one that
    had its deadline already (…,11月底新建…); each runs to the next. Words before the first (根据…,今年,) are no
    task's; a piece of work without a deadline is none."""
    folded = fold(sentence)
    pieces: list[list] = []                                 # [start, subject, due]
    for m in _CLAUSE_START.finditer(folded):
        subject, due = m.group("unit") or "", m.group("due") or ""
        if not subject and not due:
            continue                                        # a clause of the work before it
        if subject or not pieces or pieces[-1][2]:
            pieces.append([m.start(), subject and sentence[m.start("unit"):m.end("unit")], due])
        else:
            pieces[-1][2] = due                             # the subject's own deadline, later in its sentence
    bounds = [start for start, _, _ in pieces] + [len(sentence)]
    return [(sentence[start:end].strip().rstrip(",，"), subject, due)
            for (start, subject, due), end in zip(pieces, bounds[1:]) if due]


def _heading_units(title: str) -> tuple[str, ...]:
    """The units a section heading makes responsible for its items: named as such (X牵头工作), the heading
    being nothing but one unit's name (``_UNIT_HEADING``), kept as written, or the organisation whose tasks it
    names (产业经济发展工作小组重点任务, ``_TASKS_HEADING``)."""
    if units := heading_units(title):
        return units
    if _unit_heading(title):
        return (title.strip(),)
    return _owner_units(_TASKS_HEADING, title)


def _owner_units(pattern: re.Pattern, title: str) -> tuple[str, ...]:
    """The office ``pattern`` reads as the owner of the list a heading or title names (its ``head`` group: 产业经济
    发展工作小组重点任务, 教育体育局2020年为民办实事), kept as written; () for none, or for the government (its list
    is the whole city's)."""
    m = pattern.match(fold(title).strip())
    if m is None or not _is_unit_head(m.group("head")) or m.group("head").endswith("政府"):
        return ()
    return (m.group("head"),)


def _unit_heading(title: str) -> bool:
    """Is the heading nothing but an organisation's name (综合办公室(党群工作部、监察室))?"""
    m = _UNIT_HEADING.match(fold(title).strip())
    return m is not None and _is_unit_head(m.group("head"))


def _is_unit_head(head: str) -> bool:
    """Does a heading's head read as a unit's name: no work at its start (建设区域医疗中心), not a part (东部)?"""
    return not _WORK_START.match(head) and not _NOT_A_UNIT.search(head) and len(head) >= 3


_CLOSING_MARKER = re.compile(r"(?:责任|牵头|承办|主办)(?:单位|部门)(?:为|:)[^,;。:]{2,40}[;。]?\s*$")


def _paragraph_marker(text: str) -> tuple[str, Marker | None]:
    """A paragraph without a number → its text and who answers for it: the marker after its last sentence
    (…具备通车条件。责任单位:市城建委。, its text then without it), else a clause 由X负责 inside it (the text whole);
    (text, None) when it names no unit so."""
    text, folded = text.strip(), fold(text.strip())
    body, last = split_marker(text)
    if last is not None and (marker := read_marker(last)).departments:
        return body.strip(), marker
    # markers kept inside the paragraph, the last closing it (…(依据…),责任单位为区发改委;技改投资…,责任单位为区经信局;):
    # who answers for its parts, in the order written; the text keeps them
    _, inside = split_markers(text)
    units = tuple(dict.fromkeys(d for one in inside for d in read_marker(one).departments))
    if units and _CLOSING_MARKER.search(folded):
        return text, Marker(units)
    m = _UNIT_CLAUSE.search(folded)
    units = heading_units(f"由{text[m.start(1):m.end(1)]}负责") if m else ()
    return text, (Marker(units) if units else None)


def _marked_sentence(text: str) -> bool:
    """Is ``text`` one short sentence closed by a bracket naming who answers (完成国家下达的耕地保有量指标。(省国土资源厅
    牵头))? Under a numbered heading, lines of that shape side by side are its tasks, one a line, however short: a
    division of binding targets lists them so (1. 约束性指标的责任部门 / …降低20%左右。(省经贸委牵头) / …). A line
    without the full stop before its bracket (…改造(市住建局)) may be a wrapped half of a paragraph: left alone."""
    body, marker = split_marker(text.strip())
    folded = fold(text).rstrip()
    return marker is not None and folded[-1:] in (")", "）") and _one_sentence(body)


def _go_on(draft: _Draft, ln: Line) -> None:
    """A further line of ``draft``: a line the page wrapped runs on; a paragraph under an item that is but a bare
    heading (五、扎实推进人居环境整治提升 / 9月底前,完成农村问题户厕整改…) starts after it, the heading given its full
    stop so the task's title is the heading, not run into its text. A paragraph, not a wrap: longer than the heading
    by more than a wrap leaves over, under a heading that ends no word half-said (…改造和 / 配套设施建设 is one line)."""
    first = draft.parts[0].strip() if len(draft.parts) == 1 else ""
    if first and _heading_like(first) and not _OPEN_END.search(first) \
            and (len(ln.text.strip()) > len(first) + _WRAP_SLACK or _short_heading(first, ln.text.strip())):
        draft.parts[0] = first + "。"
    draft.parts.append(ln.text)


_POINTS_RUN = 3                          # heading-like lines in a run between items at least: the item's points
_WRAP_SLACK = 10                         # a wrapped line's next line is no longer than it by more than this
_WRAP_MIN = 12                           # a line shorter than this was never wrapped by a page: a heading


def _short_heading(first: str, line: str) -> bool:
    """Is ``first`` too short a line to have been wrapped (城区学校扩容工程 / 新建幼儿园3所,新增学位900个。), ``line`` a
    sentence of its own? Not where ``line`` opens by ending a word (加强大气污染治 / 理。对7台…: a narrow column)."""
    opening = re.match(r"[^,，。；;、:：]*", fold(line)).group()
    return len(first) < _WRAP_MIN <= len(line) and len(opening) >= _CLAUSE_MIN


_CLAUSE_MIN = 4                          # the first clause of a sentence at least
_OPEN_END = re.compile(r"[和及与的对在为并以等、或向将把从由]$")


def _one_sentence(text: str) -> bool:
    """Is ``text`` one sentence, its only stop closing it (推动经济稳定健康发展,必须充分发挥…作用。)?"""
    folded = fold(text).strip()
    return bool(folded) and folded[-1] == "。" and not re.search(r"[。；;]", folded[:-1]) \
        and not item_label(folded)


def _heading_like(text: str) -> bool:
    text = text.strip()
    return (2 <= len(text) <= 30 and re.search(r"[\u4e00-\u9fff]", text) is not None
            and not re.search(r"[。;；,，:：]$|[。；;]", fold(text)) and not item_label(fold(text))
            and split_marker(text)[1] is None and not marker_line(text))    # 分管省领导:林克庆 is no heading


def _reports_done(folded: str) -> bool:
    """Does a line above the list report the list done (``_LIST_DONE``): no clause wishing it done ahead of the
    words (确保…全面完成) and no new list set after them (…全部完成。现将2024年重点工作通知如下)?"""
    if _NEW_LIST.search(folded):
        return False
    return any(not _DONE_WISH.search(re.split(r"[,，;；。]", folded[:m.start()])[-1])
               for m in _LIST_DONE.finditer(folded))


def _parallel(one: str, other: str) -> bool:
    """Do two headings read as a pair of groups (为农民办好十件实事 / 为城镇居民办好十件实事): the same words closing
    both, or opening both, and neither a document's title (…工作方案)?"""
    one, other = fold(one).strip(), fold(other).strip()
    if one == other or _TITLE_END.search(one) or _TITLE_END.search(other):
        return False
    return len(os.path.commonprefix([one[::-1], other[::-1]])) >= _PARALLEL_MIN or \
        len(os.path.commonprefix([one, other])) >= _PARALLEL_MIN


_PARALLEL_MIN = 4                        # the words two group headings share at least (办好十件实事)


def _first_sentence(text: str) -> str:
    head = text.split("。", 1)[0].strip()
    return head or text.strip()



def _header_info(header: list[Line], lines: list[Line]) -> dict:
    texts = [ln.text.strip() for ln in header]
    doc_number = _doc_number(texts)
    tail = [ln.text.strip() for ln in lines[-5:]]
    date = _notice_date(texts) or _notice_date(tail)
    title = _title(texts)
    short = _short_title(title, texts)
    year = int(date[:4]) if date else 0
    titled = next((int(m.group(1)) for text in (title, short) if (m := re.search(r"((?:19|20)\d{2})年", text or ""))), 0)
    if titled == year + 1:
        year = titled                                   # a plan for next year, signed in December
    year = year or _plan_year(title)                   # 2023年工作总结和2024年工作安排: the plan's year
    for text in (title, short, doc_number):
        if not year and (m := re.search(r"((?:19|20)\d{2})", text or "")):
            year = int(m.group(1))
    year = year or short_year(title)                    # 天津市06年…二十件实事: a title's year in two digits
    year = year or _five_year_plan_start(title)         # …第十一个五年规划纲要…工作分工: the plan's first year
    # a web page's 发布日期, the 文号's year first; a news page may list it after the body (时间:… 来源:…)
    if not date and (listed := _listed_date(texts) or _listed_date(tail)):
        date, year = listed, year or int(listed[:4])
    if date and year == int(date[:4]) and _next_years_list(date, texts):
        year += 1                                       # a list voted in December for the year to come
    opening = 0 if year else _opening_year(texts)
    return {"title": title, "short_title": short, "doc_number": doc_number, "date": date, "year": year or opening,
            "opening_year": opening}


# A title naming a past year's review and the plan's year (2023年工作总结和2024年工作安排): the plan's is the one whose
# words set work to do.
_PLAN_YEAR = re.compile(r"((?:19|20)\d{2})年度?[^0-9,，。;；]{0,8}?(?:安排|计划|要点|任务|方案|实事|清单|分工)")


_LATE_MONTH = 11                         # a notice dated from this month on may set the next year's list


def _next_years_list(date: str, texts: list[str]) -> bool:
    """Does a notice dated late in its year (``_LATE_MONTH`` on) name, above its list, the list of the year
    after (…第二次会议于2022年12月27日投票表决,确定区政府2023年民生实事项目为10项,分别是:)? A people's congress
    votes on the coming year's 实事 in December, and a government sets its plan for it then: the list is that
    year's."""
    year, month = int(date[:4]), int(date[5:7])
    return month >= _LATE_MONTH and any(int(named) == year + 1 for text in texts
                                        for named in _YEARS_LIST.findall(fold(text)))


# 2023年民生实事项目, 2026年县政府民生实事: the year a list is for; not a time in it (2023年底前完成任务).
_YEARS_LIST = re.compile(r"((?:19|20)\d{2})年度?(?![底末初中内前])[^0-9,，。;；]{0,8}?(?:安排|计划|要点|任务|方案|实事|清单|分工)")


# A title naming a five-year plan by its ordinal (第十一个五年规划, “十一五”规划), with no year of its own: a division of
# the plan's targets among departments is dated by the plan's first year, as the plan's own notice is. The plans
# run in five-year steps from the third (1966—1970): the Nth starts in 1966 + 5 × (N − 3).
_FIVE_YEAR_PLAN = re.compile(r"第([一二三四五六七八九十]{1,3})个五年(?:规划|计划)|[“\"]十([一二三四五六七八九]?)五[”\"](?:规划|计划|时期|期间)")
_THIRD_PLAN_START = 1966


def _five_year_plan_start(title: str) -> int:
    """The first year of the five-year plan a title names by its ordinal (third or later), else 0."""
    m = _FIVE_YEAR_PLAN.search(fold(title or ""))
    if m is None:
        return 0
    ordinal = cn_number(m.group(1)) if m.group(1) else 10 + (cn_number(m.group(2)) if m.group(2) else 0)
    return _THIRD_PLAN_START + 5 * (ordinal - 3) if ordinal and ordinal >= 3 else 0


def _plan_year(title: str) -> int:
    """The plan's year in a title naming a review of one year and the plan of another (2023年工作总结和2024年工作安排);
    0 for any other title (its first year is read as ever)."""
    years = {int(y) for y in re.findall(r"((?:19|20)\d{2})年", title or "")}
    planned = [int(y) for y in _PLAN_YEAR.findall(title or "")]
    # the plan follows the review of the year before it: its year is the last and the latest named
    if len(years) > 1 and re.search(r"总结|回顾|完成情况", title) and planned and planned[-1] == max(years):
        return planned[-1]
    return 0


_OPENING_YEAR = re.compile(r"^\s*((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)")
# A year the lead names the plan by, inside its sentence (确定美兰区2025年10项民生实事项目如下, 报告指出,2022年县政府将…);
# not a month's (2024年10月), a span's (2021—2025年, 2020年以来) nor a part of a number.
_LEAD_YEAR = re.compile(r"(?<![\d\-—–~～至到])((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月|以来|来|前|度?[-—–~～至到])")


def _opening_year(texts: list[str]) -> int:
    """``2014年市政府民生实事项目共有42项…``: the year a text without title, date or 文号 opens with; failing
    that, the year named in the lead's last line that names one (…2025年10项民生实事项目如下:)."""
    if opening := next((int(m.group(1)) for text in texts if (m := _OPENING_YEAR.match(fold(text)))), 0):
        return opening
    return next((int(m.group(1)) for text in reversed(texts) if (m := _LEAD_YEAR.search(fold(text)))), 0)


def _heading_year(title: str) -> int:
    """The year a notice's first section heading names (一、2024年经济社会发展计划目标), dating a plan pasted without
    its title, date or 文号: the plan's first part sets the year's goals. 0 when it names none (nor a span,
    2021—2025年, nor a month, 2024年10月)."""
    m = _LEAD_YEAR.search(fold(title))
    return int(m.group(1)) if m else 0


def _doc_number(texts: list[str]) -> str:
    whole = [t for t in texts if (m := _DOCNO.fullmatch(t.strip()))]
    if whole:
        return whole[0].strip()
    for text in texts:
        if (m := _DOCNO.match(text)) and not _cited(text, m):
            return m.group(0)
    for text in texts:
        if m := next((m for m in _DOCNO.finditer(text) if not _cited(text, m)), None):
            return m.group(0)
    return ""


# 根据新竞办〔2010〕5号文件要求,…制定了《…2011年度…目标》: a 文号 the notice cites as its basis (根据, 按照 … before it;
# 文件, 精神, 要求 … after it) is another document's, neither the notice's number nor its year.
_CITING = re.compile(r"(?:根据|按照|依据|依照|遵照|参照|对照|贯彻|落实|执行|转发)[^。；;]{0,30}$")
_CITED_AFTER = re.compile(r"\s*(?:文件|文|通知|精神|要求|规定|的(?:要求|规定|精神))")


def _cited(text: str, m: re.Match) -> bool:
    """Is the 文号 ``m`` found in ``text`` one the text cites (根据…〔2010〕5号文件要求), not the notice's own?"""
    folded = fold(text)
    return bool(_CITING.search(folded[:m.start(1)]) or _CITED_AFTER.match(folded, m.end()))


def _notice_date(texts: list[str]) -> str:
    for text in texts:
        compact = re.sub(r"\s+", "", fold(text)).strip("()[]")
        if m := _DATE.fullmatch(compact) or _DATE_ISSUED.fullmatch(compact):
            return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
        if m := _CN_DATE.match(compact):
            year = "".join(str(CN_DIGITS[ch]) for ch in m.group(1))
            return f"{year}-{cn_number(m.group(2)):02d}-{cn_number(m.group(3)):02d}"
    return ""


_LISTED_DATE = re.compile(r"(?:成文日期|发文日期|印发日期|发布日期|发布时间)[\s:：|]*"
                          r"((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})")
# A web page's furniture around the notice: breadcrumb, date and counter lines, buttons. Never its title.
_FURNITURE = re.compile(r"^(?:当前位置|您的位置|您现在的位置|您当前的位置|所在位置|首页|来源|信息来源|文章来源|发布时间|发布日期|"
                        r"时间|日期|浏览次数|访问次数|点击数|字号|打印|关闭|分享|索引号|主题分类|发文机关|发文字号|文号|成文日期|"
                        r"发文日期|政务微信|政务微博|公开方式|公开范围|组配分类|发布机构|生成日期|进入老年版)|>>|»|›|^>|>.*>|浏览次数|"
                        r"(?:成文日期|发文日期|印发日期|发布日期|发布时间)[\s:：|]*(?:19|20)\d{2}[-/.]|"   # 发文字号 … 发布日期 2020-5-12
                        r"【\s*(?:打印|关闭|字号|大|中|小)|\|.*\||"    # …, a row of the page's metadata table
                        r"^!\[[^\]]*\]\(")                               # an image: ![](/Files/2021-11/28/….jpg)
# The metadata table's own 名称 | 标题 cell, when the page has one: the notice's title as the site files it.
# (名  称 spaced to fit its column; a next field, 发布机构: …, may follow on the same line)
_PAGE_TITLE = re.compile(r"(?:^|\|)\s*(?:名\s*称|标\s*题|文件名称)\s*[:：]\s*\|?\s*([^|]{4,80}?)"
                         r"\s*(?:\||$|\s[\u4e00-\u9fff]{2,6}\s*[:：])")


# A bare 时间: 2023-07-11 is the page's date of publication only on the page's line of 来源 or 浏览次数.
_PAGE_DATE = re.compile(r"(?<![\u4e00-\u9fff])(?:时间|日期)[\s:：|]*((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})"
                        r"(?=.*(?:来源|浏览|点击|访问))")


# A news page's stamp line: its date of publication, perhaps with the time, then its 来源 (2021-07-09 10:39:30
# 来源:中华网山东频道) or its counters.
_PAGE_STAMP = re.compile(r"^((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*\|?\s*"
                         r"(?:来源|浏览|点击|访问|作者|编辑|发布者|发布人|查看)")   # 2016-4-28 16:30| 发布者: admin| 查看: 165


# A line that is nothing but a date written with dots, perhaps with its time: a page's or a paper's date of
# publication, 13.03.2015  07:51 (day.month.year) or 2015.03.13.
_DOTTED_DATE = re.compile(r"(?:(?:成文日期|发文日期|印发日期|发布日期|发布时间)[\s:：|]*)?"
                          r"(?:((?:19|20)\d{2})\.(\d{1,2})\.(\d{1,2})|(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2}))"
                          r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?")


def _listed_date(texts: list[str]) -> str:
    """A web page's 发布日期: 2018-07-09 (or 成文日期 …, or its stamp 2021-07-09 10:39:30 来源:…), for a notice that
    shows no date of its own; else a line holding only a dotted date (13.03.2015 07:51, 2015.03.13)."""
    for text in texts:
        if m := _LISTED_DATE.search(fold(text)) or _PAGE_DATE.search(fold(text)) or \
                _PAGE_STAMP.match(fold(text).strip()):
            return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    for text in texts:
        if m := _DOTTED_DATE.fullmatch(fold(text).strip()):
            year, month, day = m.group(1, 2, 3) if m.group(1) else m.group(6, 5, 4)
            if 1 <= int(month) <= 12 and 1 <= int(day) <= 31:
                return f"{int(year):04d}-{int(month):02d}-{int(day):02d}"
    return ""


def _title(texts: list[str]) -> str:
    if named := next((m.group(1) for t in texts if (m := _PAGE_TITLE.search(t))), ""):
        return _tidy_title(named)
    heads = header_cells(texts)                         # 进展情况(一季度): a table's column, not the notice's name
    candidates = [_unwrapped(re.sub(r"[(（]\s*[)）]", "", _DOCNO.sub("", t)).strip()) for k, t in enumerate(texts)
                  if not _FURNITURE.search(fold(t).strip()) and k not in heads]
    for i, text in enumerate(candidates):
        if title := _joined_title(candidates[i:i + 4]) or _run_on_title(text):
            return _tidy_title(title)
    plain = [text for text in candidates
             if text and not text.endswith((":", "：", "。")) and not _DATE.search(text) and len(text) <= 80
             and not re.match(r"附\s*件\s*(?:\d*$|[:：]|\d+\s*[:：.．])|\d{1,2}\s*[.．﹒․、]", fold(text))]
    # a line named like a plan (…任务清单, …工作方案) before any other; a bare 重点任务 only when nothing longer is
    named = [text for text in plain if _TITLE_END.search(text)]
    longer = [text for text in named or plain if len(re.sub(r"\s", "", text)) > 6]
    return _tidy_title(next(iter(longer or named or plain), "重点任务"))


def _unwrapped(text: str) -> str:
    """《成都市人民政府办公厅关于印发2019年〈政府工作报告〉…的通知》: a title quoted whole is the title."""
    m = re.fullmatch(r"《([^《》]+)》", text)
    return m.group(1) if m else text


_ISSUER = re.compile(r"^[\u4e00-\u9fff]{2,30}(?:政府|办公室|办公厅|委员会|委|局|厅|部|办|院|会)$")
_TITLE_PART_END = re.compile(r"[。；;:：!！?？]$")


def _joined_title(parts: list[str]) -> str:
    """A title on one line (…关于…的通知), or split over up to four (辽宁省人民政府关于印发《2024年 / 省〈政府工作报告〉
    重点工作分工方案》的通知; 太康县人民政府 / 关于印发…的 / 通 知): the lines from the first, which holds 关于 or
    names the issuer above a line opening with 关于, to the first that ends like a title, none ending a sentence."""
    if not parts or not parts[0]:
        return ""
    first = fold(parts[0])
    if "关于" not in first and not (_ISSUER.match(re.sub(r"\s", "", first)) and len(parts) > 1
                                    and fold(parts[1]).lstrip().startswith("关于")):
        return ""
    joined = ""
    for k, part in enumerate(parts):
        compact = re.sub(r"\s", "", part)
        if not compact or _DATE.search(part) or len(compact) > 60 or (k and _TITLE_PART_END.search(joined)):
            return ""
        joined = (joined + " " + part) if joined else part
        if "关于" in joined and _TITLE_END.search(re.sub(r"\s", "", joined)):
            return joined
        if _TITLE_END.search(compact):
            return ""                                   # a line ending like a title that is not this one's end
    return ""


# A page flattened into one line: 河南省人民政府 关于明确…的通知 豫政〔2023〕5号 现将… (the 文号 already cut)
_RUN_ON_TITLE = re.compile(r"^([^。；;，,：:《]{0,40}?关于[^。；;：:]{2,80}?(?:通知|意见|方案|计划|要点|清单|安排|分解|分工))(?=\s)")


def _run_on_title(text: str) -> str:
    m = _RUN_ON_TITLE.match(text) if len(text) > 80 else None
    return m.group(1) if m else ""


def _tidy_title(title: str) -> str:
    """Spaces that only fit a title to its lines (…2023年 重点工作…的通知, 通 知) go; others stay."""
    cjk = r"[\u4e00-\u9fff《》〈〉“”（）()、]"
    title = _FILE_SUFFIX.sub("", title.strip())        # a sharing site names the page by its file (…分工表.docx)
    return re.sub(rf"(?<={cjk})\s+(?={cjk})", "", title)


_FILE_SUFFIX = re.compile(r"\.(?:docx?|wps|pdf|xlsx?|txt)$", re.IGNORECASE)


def _short_title(title: str, texts: list[str]) -> str:
    """A name for file names: the document title inside 《》, else the bare title."""
    if m := re.search(r"《([^《》]+)》", title):
        short = m.group(1)
    else:
        short = next((t for t in texts if "关于" not in t and re.search(r"重点(工作)?任务|工作要点", t)
                      and not _FURNITURE.search(fold(t).strip())
                      and len(t) <= 60 and not t.endswith(("。", ":", "："))), "")
        short = short or re.sub(r"^.*?关于(印发)?|的通知$", "", title) or title
    short = re.sub(r"[〈〉<>《》\"“”/\\:*?|]", "", short).strip()
    return short or "重点任务"
