"""Deadlines in a notice's words: 6月底前, 上半年, 三季度末, 2024年6月底前, 秋季开学前 → a date.

    >>> read_deadline("2024年6月底前", 2024)
    datetime.date(2024, 6, 30)
    >>> read_deadline("秋季开学前", 2023)            # a named moment: [calendar] autumn_term, default 08-31
    datetime.date(2023, 8, 31)
    >>> [(d.text, d.day) for d in find_deadlines("一季度完成选址，9月底前开工。", 2023)]
    [('一季度', datetime.date(2023, 3, 31)), ('9月底前', datetime.date(2023, 9, 30))]
    >>> multi_year("到2025年建成5G基站1万个", 2023)
    '到2025年'

Named moments (秋季开学前, 汛期前, 国庆前 …) have no date of their own: ``Calendar`` holds the office's
(``[calendar]`` in tz_excel.toml) with sensible defaults. A deadline at the end of the reporting year
(年内, 年底前, 全年) is the same as none, since ``due`` None means the year's end.
"""

from __future__ import annotations

import calendar as _months
import re
from dataclasses import dataclass, field, replace
from datetime import date

from .chinese import cn_number, fold

__all__ = ["Calendar", "Deadline", "deadlines_in_text", "find_deadlines", "multi_year", "read_deadline", "short_year"]

# Named moment → the [calendar] key that dates it. Longer phrases first: they are matched in order.
MOMENTS = (
    ("秋季学期开学前", "autumn_term"), ("秋季开学前", "autumn_term"), ("秋季开学", "autumn_term"),
    ("春季学期开学前", "spring_term"), ("春季开学前", "spring_term"), ("春季开学", "spring_term"),
    ("主汛期前", "flood_season"), ("汛期前", "flood_season"), ("汛前", "flood_season"),
    ("国庆节前", "national_day"), ("国庆前", "national_day"),
    ("春节前", "spring_festival"), ("元旦前", "new_year"),
)
DEFAULT_MOMENTS = {"autumn_term": "08-31", "spring_term": "02-28", "flood_season": "05-31",
                   "national_day": "09-30", "spring_festival": "01-31", "new_year": "12-31"}


@dataclass(frozen=True)
class Calendar:
    """The office's dates for named moments, as ``MM-DD`` (``config.CalendarSettings`` gives them)."""

    moments: dict = field(default_factory=lambda: dict(DEFAULT_MOMENTS))

    @classmethod
    def of(cls, settings) -> "Calendar":
        """From a ``CalendarSettings`` (or anything with those attributes); missing keys keep the defaults."""
        if settings is None:
            return cls()
        return cls({key: getattr(settings, key, value) for key, value in DEFAULT_MOMENTS.items()})

    def moment(self, key: str, year: int) -> date:
        month, day = (int(x) for x in str(self.moments.get(key, DEFAULT_MOMENTS[key])).split("-"))
        return date(year, month, min(day, _months.monthrange(year, month)[1]))


@dataclass(frozen=True)
class Deadline:
    """One deadline found in a text: where, its words, its date."""

    start: int
    end: int
    text: str
    day: date


# 11月至次年3月, 剩余部分次年1月底前拨付: 次年 / 翌年 is the year after the reporting year. (明年 is not read so: a
# notice written in December for the next year's plan says 明年 of the reporting year itself, xialu_2023.)
_YEAR = r"(?:(?P<year>(?:19|20)\d{2})\s*年|(?P<next>次年|翌年))?"
# 一月一签, 一月一通报: "one month, one signing", how often the work recurs, names no month (一月一日 still dates).
_EVERY_MONTH = r"(?!一月一(?![日号])[\u4e00-\u9fff])"
# 2024年中考, 2026年中央财政资金, 今年中小学: 年中 (mid-year) only where 中 does not open another word
_MID_WORD = r"[央国考小秋期心医职标华共学药部资高低层专等级]"
# 保险于201810月到期, 截止到822日: a page that lost a date's 年 or 月 glues its digits; a month is never read out of
# the end of a longer number (201810月 is no 10月), the date lost.
_GLUED = r"(?<!\d)"
_PATTERNS = (
    ("iso", re.compile(r"(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})")),
    ("day", re.compile(_YEAR + _GLUED + r"(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号](?:前|以前|之前)?")),
    ("month", re.compile(_YEAR + _EVERY_MONTH + _GLUED + r"(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:份)?"
                         r"(?P<end>底|末|中旬|上旬|下旬)?(?P<before>前|以前|之前)?(?![0-9]|日|号|龄)")),
    ("half", re.compile(_YEAR + r"(?P<half>上半年|下半年|年中(?!" + _MID_WORD + "))")),
    ("quarter", re.compile(_YEAR + r"第?(?P<q>[一二三四1-4])\s*季度(?:末|底)?(?:前)?")),
    ("yearend", re.compile(r"(?P<year>(?:19|20)\d{2})?\s*(?:年内|年底前?|年末|年度内|全年|今年内|今年底)")),
)


def read_deadline(text: str, year: int, cal: Calendar | None = None) -> date | None:
    """The date a deadline's words name (完成时限 cell or line), or None (长期坚持, 持续推进, nothing)."""
    found = find_deadlines(text, year, cal)
    return max((d.day for d in found), default=None)


def find_deadlines(text: str, year: int, cal: Calendar | None = None) -> list[Deadline]:
    """Every deadline in ``text``, in order; overlapping matches keep the first, longest."""
    folded = fold(text or "")
    cal = cal or Calendar()
    hits: list[Deadline] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(folded):
            day = _date(kind, m, year)
            if day is not None:
                hits.append(Deadline(m.start(), m.end(), text[m.start():m.end()], day))
    for phrase, key in MOMENTS:
        for m in re.finditer(re.escape(phrase), folded):
            hits.append(Deadline(m.start(), m.end(), phrase, cal.moment(key, year)))
    hits.sort(key=lambda d: (d.start, -(d.end - d.start)))
    kept: list[Deadline] = []
    for hit in hits:
        if not kept or hit.start >= kept[-1].end:
            kept.append(hit)
    return kept


# A policy's period of application is not a deadline: 2019年1月1日至12月31日，对…返还; 从2019年1月1日起，实施….
_PERIOD_LINK = re.compile(r"\s*(?:至|到|[-—–~])\s*$")
_PERIOD_START = re.compile(r"\s*(?:起(?!草|步|到|来|止)|以来)")
_PERIOD_FROM = re.compile(r"(?:从|自)\s*$")
# A date followed by what happened on it is past, and due for nothing (8月底前督查整改, with its 前, stays a deadline):
# 在3月22日举行的…会议上, the day an event was held (召开的, 举行的, 印发的 …);
# 8月份督查暗访发现问题整改不到位的…, the month an inspection found something.
_EVENT = r"(?:召开|举行|举办|印发|发布|公布|通过|审议通过|批准)的"
_FOUND = r"的?(?:督查|暗访|检查|巡查|抽查|督导|明察|暗查)+(?:中|时)?(?:发现|查出)"
_PAST_AFTER = re.compile(rf"\s*(?:{_EVENT}|{_FOUND})")
# 1-6月,铁路口岸完成整车进口1589辆: a month range from January is the period a report reckons its records over,
# not a deadline (1-6月底前完成, with its 前, still is one).
_FROM_JANUARY = re.compile(r"(?<![\d.])1\s*[-—–~至到]\s*$")


def deadlines_in_text(text: str, year: int, cal: Calendar | None = None) -> list[Deadline]:
    """The deadlines of a task's running text: ``find_deadlines`` less the dates that bound a period
    (…至…, 从…起), which say when a rule applies, not when work is due. A 完成时限 cell's range
    (2023年3月至12月) is read by ``read_deadline``, where the period's end is the deadline."""
    folded = fold(text or "")
    found = find_deadlines(text, year, cal)
    period: set[int] = set()
    for i, hit in enumerate(found):
        if _PERIOD_START.match(folded, hit.end) or _PERIOD_FROM.search(folded, 0, hit.start):
            period.add(i)
        if (_FROM_JANUARY.search(folded, 0, hit.start) or _PAST_AFTER.match(folded, hit.end)) \
                and not hit.text.endswith("前"):
            period.add(i)
        if i + 1 < len(found) and _PERIOD_LINK.match(folded[hit.end:found[i + 1].start]):
            period.add(i)                   # 6月至9月底前完成: the end is still a deadline when it says 前
            if not found[i + 1].text.endswith("前"):
                period.add(i + 1)
        if _is_bare_moment(folded, hit):
            period.add(i)
    return [hit for i, hit in enumerate(found) if i not in period]


# 保障…学院秋季开学, 实现秋季开学: in running text a bare named moment can be the thing the work brings about, not
# when it is due. It dates the work only as 秋季开学前 (its own phrase) or followed by 时 or a word of finishing
# (确保秋季开学投入使用). A 完成时限 cell's bare 秋季开学 is read by ``read_deadline`` and stays a deadline.
_MOMENT_DUE = re.compile(r"\s*(?:时|之时|以前|之前|后即|即)?\s*(?:全部|全面|按时|如期)?"
                         r"(?:投入使用|投用|启用|交付使用|交付|建成|竣工|完工|完成|到位|开放|使用)")
_BARE_MOMENTS = frozenset(phrase for phrase, _ in MOMENTS if not phrase.endswith("前"))     # 秋季开学, 春季开学


def _is_bare_moment(folded: str, hit: Deadline) -> bool:
    return hit.text in _BARE_MOMENTS and not _MOMENT_DUE.match(folded, hit.end)


def _date(kind: str, m: re.Match, year: int) -> date | None:
    written = m.groupdict().get("year") or m.groupdict().get("y")
    y = int(written) if written else year + 1 if m.groupdict().get("next") else year
    try:
        if kind == "iso":
            return date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        if kind == "day":
            return date(y, int(m.group("m")), int(m.group("d")))
        if kind == "month":
            return _month(m, y)
        if kind == "half":
            return date(y, 6, 30) if m.group("half") in ("上半年", "年中") else date(y, 12, 31)
        if kind == "quarter":
            q = cn_number(m.group("q")) or int(m.group("q"))
            return date(y, 3 * q, _months.monthrange(y, 3 * q)[1])
        return date(y, 12, 31)
    except ValueError:
        return None


def _month(m: re.Match, y: int) -> date | None:
    raw = m.group("m")
    month = int(raw) if raw.isdecimal() else cn_number(raw)
    if not month or not 1 <= month <= 12:
        return None
    end = m.group("end") or ""
    if m.group("before") and not end:
        # "6月前": before June, so by the end of May
        if month == 1:
            return date(y - 1, 12, 31)
        month -= 1
    last = _months.monthrange(y, month)[1]
    return date(y, month, {"上旬": 10, "中旬": 20}.get(end, last))


_MULTI = re.compile(r"到(?:19|20)\d{2}年(?:底|末)?|(?:19|20)\d{2}\s*[-—–~至到]\s*(?:19|20)?\d{2}\s*年|"
                    r"[两二三四五2-5]\s*年内|[两二三四五]年行动|三年攻坚|“?十四五”?(?:期间|末)")


def multi_year(text: str, year: int) -> str:
    """The words that make a target span several years (到2025年, 5年内, 三年行动), or ""."""
    for m in _MULTI.finditer(fold(text or "")):
        words = m.group(0)
        years = [int(y) for y in re.findall(r"(?:19|20)\d{2}", words)]
        if years and max(years) <= year:
            continue                                    # 到2023年底 in a 2023 notice: this year
        return text[m.start():m.end()]
    return ""


# -- deadlines of a parsed task ---------------------------------------------------------------------

def date_task(task, words: str, year: int, cal: Calendar | None = None):
    """``task`` with its deadlines: its own from ``words`` (a 完成时限 line or column) or from a deadline
    that governs the whole text; each indicator's from its own clause, or from the clause that opens its
    sentence (2023年6月底前，完成…). Multi-year targets are flagged for review.

    A deadline at the reporting year's end is left as None (the same thing, and the catalogue stays as
    it was for notices without deadlines); an indicator's deadline equal to its task's is left to inherit."""
    year = year or _year_written(words or task.text)
    if not year:
        return task
    due = read_deadline(words, year, cal) if words else _governing(task.text, task.indicators, year, cal)
    due = _not_year_end(due, year)
    by_year = _writes_year_alone(task.text, year)
    indicators = tuple(_date_indicator(task.text, ind, year, cal, due, by_year) for ind in task.indicators)
    return replace(task, indicators=indicators, due=due)


def _not_year_end(day: date | None, year: int) -> date | None:
    return None if day is None or day == date(year, 12, 31) else day


# A notice whose year the reader could not find still dates a task by a deadline that writes its own year
# (完成时限:2021年11月底, 2022年10月底前编制…): the year it writes is the year it is read in.
_YEAR_OF_DEADLINE = re.compile(r"((?:19|20)\d{2})\s*年\s*(?=(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月|上半年|下半年|年中|"
                               r"第?[一二三四1-4]\s*季度|年?底|年?末|内)")


# 天津市06年改善城乡人民生活的二十件实事: a title may write its year in two digits, right before what the plan is
# (实事, 工作要点, 计划 …); read only where no four-digit year is written (a number, 20年, or 10年规划 is no year:
# a span of years before 规划 or 远景, 十年规划实施方案, is a plan's length).
_SHORT_YEAR = re.compile(r"(?<![\d.第])(\d{2})年(?![度以来前内底末间]|\d|[\u4e00-\u9fff]{0,6}?(?:规划|远景))"
                         r"(?=[\u4e00-\u9fff]{0,16}?(?:实事|民生|工作要点|工作计划|计划|重点任务|任务分工|分工方案|实施方案))")
_SHORT_YEAR_MAX = 50                    # 06年 is 2006, 98年 is 1998


def short_year(title: str) -> int:
    """The year a title writes in two digits (天津市06年…二十件实事 → 2006), or 0; 0 too when it writes four."""
    folded = fold(title or "")
    if re.search(r"(?:19|20)\d{2}", folded) or not (m := _SHORT_YEAR.search(folded)):
        return 0
    yy = int(m.group(1))
    return (2000 if yy < _SHORT_YEAR_MAX else 1900) + yy


def _year_written(text: str) -> int:
    """The first year a deadline in ``text`` writes of its own (2021年11月底 → 2021), or 0."""
    m = _YEAR_OF_DEADLINE.search(fold(text or ""))
    return int(m.group(1)) if m else 0


_CLAUSE_MARKS = ",，;；。:："
_OPENING_MAX = 14                       # an opening clause (2023年6月底前，) this long at most


def _clause_start(text: str, at: int) -> int:
    """Start of the clause holding position ``at``: just after the last of ``_CLAUSE_MARKS`` before it."""
    return max(text.rfind(ch, 0, at) for ch in _CLAUSE_MARKS) + 1


def _clauses(text: str, at: int) -> tuple[int, int, int]:
    """(sentence start, clause start, clause end) around position ``at``."""
    sentence = max(text.rfind(ch, 0, at) for ch in "。；;!?！？") + 1
    clause = _clause_start(text, at)
    end = at
    while end < len(text) and text[end] not in _CLAUSE_MARKS:
        end += 1
    return sentence, clause, end


def _opening(text: str, sentence: int, year: int, cal: Calendar | None) -> list[Deadline]:
    """Deadlines in a short clause that opens a sentence (2023年6月底前，…): they govern the sentence. Their
    positions are in ``text``, as the other deadlines' are (``_reckoned_to`` reads the words around them)."""
    end = min((i for i in (text.find(ch, sentence) for ch in _CLAUSE_MARKS) if i >= 0), default=len(text))
    found = [replace(d, start=d.start + sentence, end=d.end + sentence)
             for d in deadlines_in_text(text[sentence:end], year, cal)]
    if end - sentence <= _OPENING_MAX:
        # 3月开工，年底前完成… / 每年6月为安全生产月，…: a bare month (no 前, 底, 末) with work of its own, the
        # sentence going on after its comma, is a step of the schedule, not the time limit of what follows
        return [d for d in found if not (_BARE_MONTH.fullmatch(fold(d.text)) and text[end:end + 1] in ",，"
                                         and fold(text[d.end:end]).strip())]
    # 扎实推进人居环境整治提升9月底前,完成…: a heading run onto its paragraph makes the opening clause long, but a
    # time limit (…前) that closes it, set off by its comma, still opens what follows
    return [d for d in found if d.end == end and d.text.endswith("前") and text[end:end + 1] in ",，"]


_BARE_MONTH = re.compile(r"(?:(?:19|20)\d{2}\s*年)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月份?")


def _date_indicator(text: str, indicator, year: int, cal: Calendar | None, task_due: date | None, by_year: bool):
    at = text.find(indicator.source) if indicator.source else -1
    if at < 0:
        return indicator
    sentence, clause, end = _clauses(text, at + len(indicator.source) - 1)
    clause = min(clause, at)
    own = deadlines_in_text(text[clause:end], year, cal) or _opening(text, sentence, year, cal)
    due = _not_year_end(max((d.day for d in own), default=None), year)
    due = None if due == task_due else due
    span = multi_year(text[clause:end], year)
    if not span and clause - sentence <= _OPENING_MAX:
        span = multi_year(text[sentence:clause], year)      # 到2025年，累计建成…: the opening clause says so
    if not span and by_year:
        span = _later_year(text[clause:end], year)
    if not span:
        return replace(indicator, due=due)
    reason = f"目标跨年度（“{span}”），请在“本年目标”栏填写本年度应完成的量"
    review = "；".join(r for r in (indicator.review, reason) if r)
    return replace(indicator, due=due, needs_review=True, review=review)


# 2024年改造20个，2025年改造30个 (a 2024 task of a three-year plan): a later year written alone, the period of its
# clause's target, where the task writes the reporting year so too. A later year with a month or a quarter
# (2025年6月底前) is a deadline, dated; and a task that writes no year of its own like this (2023年启动… read
# as a 2022 notice, wuxue_2023, whose year is the plan's, not the page's date) flags nothing.
_BARE_YEAR = re.compile(r"((?:19|20)\d{2})\s*年(?![度份\d]|\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月|"
                        r"\s*(?:[上下]半年|年中|第?[一二三四1-4]\s*季度))")


def _writes_year_alone(text: str, year: int) -> bool:
    """Does a task's ``text`` write the reporting year alone (2024年改造20个), as a year-by-year task does?"""
    return any(int(m.group(1)) == year for m in _BARE_YEAR.finditer(fold(text)))


def _later_year(clause: str, year: int) -> str:
    """The later year alone (2025年) that a clause of a year-by-year task sets its target in, or ""."""
    later = next((m for m in _BARE_YEAR.finditer(fold(clause)) if int(m.group(1)) > year), None)
    return clause[later.start():later.end()] if later else ""


def _governing(text: str, indicators, year: int, cal: Calendar | None) -> date | None:
    """A deadline that opens the task's text or its first sentence after the title (2023年6月底前，完成…)
    governs the task, or the latest of those opening the sentences from there on, when the text is a
    schedule of dated steps (第一季度:完成设计;第二季度:开工建设;…第四季度:完工, 续建项目3月底前复工;新建项目6月
    底前开工: done when its last step is); so does the last one of a task without indicators (仓储物流区7月份建成、…11月份建成:
    done when the last step is), and one that closes each sentence dated at all (…，2021年6月30日前完成。):
    the whole undertaking is done by then. A date in a past year, or beyond the next, is no deadline of
    this year's task (a past event, a long-term goal) and governs nothing."""
    folded = fold(text)
    found = _may_govern(folded, deadlines_in_text(text, year, cal), year)
    if not found:
        return None
    title_end = text.find("。") + 1 if "。" in text else 0
    opening = _may_govern(folded, _opening(text, 0, year, cal) or _opening(text, title_end, year, cal), year)
    if opening:
        return max(d.day for d in opening + _later_steps(text, opening[0].start, year, cal))
    if not indicators:
        return max(d.day for d in found)
    if all(_closing(folded, d) or _standalone(folded, d) for d in found):
        return max(d.day for d in found)
    return None


def _later_steps(text: str, after: int, year: int, cal: Calendar | None) -> list[Deadline]:
    """The deadlines opening the sentences after position ``after`` (a schedule's steps, ``_governing``)."""
    folded = fold(text)
    starts = [m.end() for m in re.finditer(r"[。；;!?！？]\s*", text) if m.end() > after and m.end() < len(text)]
    return [d for start in starts for d in _may_govern(folded, _opening(text, start, year, cal), year)]


def _may_govern(folded: str, deadlines: list[Deadline], year: int) -> list[Deadline]:
    """Those of ``deadlines`` that may be the task's: of this year or the next (``_plausible``), and no day a
    progress report is reckoned to (``_reckoned_to``)."""
    return [d for d in deadlines if _plausible(d.day, year) and not _reckoned_to(folded, d)
            and not _groundwork(folded, d)]


# 在今年1月中旬从…发放价格临时补贴的基础上,省财政再安排…: a day inside the work a task builds on (在…的基础上) dates
# what was done before, never when the task is due.
_GROUNDWORK_OPEN = re.compile(r"在[^,;。]{0,8}$")
_GROUNDWORK_CLOSE = re.compile(r"[^,;。]{0,60}?的基础上")


def _groundwork(folded: str, deadline: Deadline) -> bool:
    return bool(_GROUNDWORK_OPEN.search(folded, 0, deadline.start)) and \
        bool(_GROUNDWORK_CLOSE.match(folded, deadline.end))


# 截至4月28日,…已完成筛查263人 / 4月底,免费服药患者共计792人: a day a progress report is reckoned to (after
# 截至/截止, or a day set off by a comma with no 前 and no verb of finishing) says when the record stands, never
# when the task is due.
_RECKONED_BEFORE = re.compile(r"截[至止]\s*$")
# A plan's time limit all the same: a word before the day (到6月底, 于6月底, 力争6月底) or in its own words
# (6月底前, 年内, 6月底完成).
_BY_WORD = re.compile(r"(?:到|至|于|在|力争|争取|确保|计划|预计)\s*$")
_LIMIT_WORD = re.compile(r"前|内|完成")


def _reckoned_to(folded: str, deadline: Deadline) -> bool:
    """Is ``deadline`` a day a progress report is reckoned to (see ``_RECKONED_BEFORE``), not a time limit?"""
    if _RECKONED_BEFORE.search(folded, 0, deadline.start):
        return True
    # fold has made every full-width comma a "," already
    return folded.startswith(",", deadline.end) and not _LIMIT_WORD.search(deadline.text) \
        and not _BY_WORD.search(folded, 0, deadline.start)


def _plausible(day: date, year: int) -> bool:
    """A deadline of a task of ``year``'s notice: this year, or the next (a plan that finishes then)."""
    return year <= day.year <= year + 1


# …，2021年6月30日前完成。 / 于6月底前建成投用。: a clause that is nothing but the deadline and a word of finishing
_CLOSING_HEAD = re.compile(r"(?:并|并于|于|在|须|必须|确保|力争|争取|计划|预计)?\s*$")
_CLOSING_TAIL = re.compile(r"\s*(?:全部|全面|基本)?(?:完成|建成|竣工|完工|投用|投入使用|建成投用|交付使用|通车|见效|办结|到位)?"
                           r"(?:任务)?\s*(?:[。；;!！]|$)")
_COMMA_NEXT = re.compile(r"\s*[,，]")                 # the deadline's clause ends at a comma: more follows


def _standalone(folded: str, deadline: Deadline) -> bool:
    """Is ``deadline`` a clause of its own inside its sentence (…系统,9月底前,实现…1天办结。)? It governs the
    clauses after it, as an opening clause governs its sentence."""
    clause = _clause_start(folded, deadline.start)
    return clause > 0 and folded[clause - 1] in ",，" and bool(
        _CLOSING_HEAD.fullmatch(folded, clause, deadline.start) and _COMMA_NEXT.match(folded, deadline.end))


def _closing(folded: str, deadline: Deadline) -> bool:
    """Does ``deadline`` stand as the closing clause of its sentence (…投资概算1.45亿元，2021年6月30日前完成。)?"""
    clause = _clause_start(folded, deadline.start)
    return bool(_CLOSING_HEAD.fullmatch(folded, clause, deadline.start)
                and _CLOSING_TAIL.match(folded, deadline.end))
