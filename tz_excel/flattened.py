"""Lines cut again where a source ran several items into one: a page flattened into text, an item run on; and
the labels of lists written without the marks of GB/T 9704 (一是…, at line starts, inline after a colon or as a
paragraph under a part's heading, 一教育方面, a list announced but unnumbered, or named by its titles in 《》, items
given as a title and its fields closed by the division of the work).

    >>> [ln.text for ln in split_items([Line(1, "（一）增长6%。（市发改委负责）（二）增长8%。")])]
    ['（一）增长6%。（市发改委负责）', '（二）增长8%。']
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import replace

from .chinese import cn_number, cn_numeral, fold
from .lines import Label, Line, item_label
from .markers import ROLE, marker_line, read_marker, split_marker

__all__ = ["announced_counts", "announced_items", "bare_numbers", "bulleted_items", "byline_items", "fielded_items",
           "glued_cn_numbers", "glued_numbers", "listed_items", "opened_labels", "quoted_items", "recut",
           "shi_numbers", "shi_paragraphs", "spaced_numbers", "split_items", "stop_numbers", "unflatten",
           "unnumbered_items"]


def recut(lines: list[Line]) -> list[Line]:
    """A notice's lines with every pass of this module applied, in this order: labels that lost a bracket
    given it back, labels given to lists numbered without the usual marks, lists announced or quoted numbered,
    then flattened pages and run-on items cut."""
    for cut in (opened_labels, byline_items, bare_numbers, spaced_numbers, stop_numbers, glued_numbers,
                shi_numbers, glued_cn_numbers, shi_paragraphs, listed_items, quoted_items, announced_items,
                bulleted_items, fielded_items, unflatten, split_items, unnumbered_items):
        lines = cut(lines)
    return lines


# -- text flattened from a web page -----------------------------------------------------------------
# A page stored as text may lose its line breaks: 前言。 1.轨道交通…试运营。 牵头领导:林静国 责任单位:市轨道
#交通工程建设指挥部 项目责任人:尹文德 实际完成情况:… 2.新增… Such lines are cut again before each numbered item
# (after a sentence end or a space, numbers in sequence, so 7.5G, 1.6倍, dates and 第1号 stay whole), and an
# item's fields written after it with spaces become lines of their own: responsibility fields marker lines,
# any other field (项目责任人, 实际完成情况 …) and what follows a name list (a flattened table) a note.
# In any document, a numbered line that goes on with the next item of its own level after a sentence end or a
# marker (（一）…11%左右。（省发改委负责）（二）…) is cut there too (``split_items``).

_RUN_ON_MIN = 300                       # a line this long may be a page's paragraphs run together
_ITEM_AHEAD = (r"(?=(?:\d{1,3}\s*[.．﹒․、](?![\d.．﹒․])|[(（]\s*\d{1,3}\s*[)）]|"
               r"[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])\s*[^\s\d])")
_INLINE_ITEM = re.compile(r"(?:(?<=[。；;！!？?])|(?<=\s))\s*" + _ITEM_AHEAD)
# In a line of any length: the next item right after a sentence end or a closing bracket (a marker's, see
# ``_next_item_cuts``), as in （一）…增长11%左右。（省发改委负责）（二）公共财政收入增长13%左右。（…）
# A circled item (①…;②…;③…) is cut only here, in a line that opens with ①: a paragraph that is nothing but the
# run of its points; inside an item of a higher level (1.…:①…;②…) the points stay the item's words.
_NEXT_ITEM = re.compile(r"(?<=[。；;！!？?)）\]】〕])\s*(?:" + _ITEM_AHEAD + r"|(?=[①-⑳]\s*[^\s\d]))")
# A shorter line run on from a page is told by its items' fields run on with it: 1.… 责任单位:A 2.… 责任单位:B
_RUN_ON_MARKED = 100                    # such a line's length at least
_ROLE_FIELD = re.compile(rf"(?<=\s)(?:{ROLE})\s*[:：]")


def _marked_run_on(text: str) -> bool:
    """Does a line shorter than ``_RUN_ON_MIN`` hold items run on with their fields: at least two role fields
    (责任单位:) after spaces, as a flattened page writes them?"""
    return len(text) >= _RUN_ON_MARKED and len(_ROLE_FIELD.findall(text)) >= 2


_INLINE_FIELD = re.compile(r"\s+(?=[\u4e00-\u9fff]{2,8}\s*[:：])")
_NAMES_END = re.compile(r"(?<![、,，;；])\s+")     # a list of names ends at a space not after its separator


# A page's byline, its date and a field or two (2012年05月31日 来源: 上海普陀; 2020-03-02 10:15 作者:…), with the
# first numbered item run onto it after a space: the item is a line of its own, the byline page furniture.
_BYLINE_ITEM = re.compile(r"^\s*(?:19|20)\d{2}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
                          r"(?:\s+(?:信息)?(?:来源|作者|发布|编辑|发布机构|发布者)\s*[:：]\s*[^\s:：]{1,20})+\s+" + _ITEM_AHEAD)


def byline_items(lines: list[Line]) -> list[Line]:
    """The lines with a numbered item run onto a page's byline (2012年05月31日 来源: 上海普陀 一、中远两湾养老院…)
    cut from it: the byline, then the item."""
    out: list[Line] = []
    for ln in lines:
        m = None if ln.hint or ln.departments is not None else _BYLINE_ITEM.match(ln.text)
        out += [replace(ln, text=ln.text[:m.end()].strip()), replace(ln, text=ln.text[m.end():])] if m else [ln]
    return out


def _labels_any(lines: list[Line], kind: str | None = None) -> bool:
    """Does any line open with a numbering label (of ``kind``, "num" or "cn", when given)? A text that numbers
    its lines so needs none of the labels read here for lists written without them."""
    labels = (item_label(fold(ln.text)) for ln in lines)
    return any(label is not None and kind in (None, label.kind) for label in labels)


def unflatten(lines: list[Line]) -> list[Line]:
    """Lines of a document whose text was flattened (most of it in few very long lines holding numbered
    items in sequence) cut again into items, marker lines and notes; any other document as it is."""
    cuts = {ln.no: _item_cuts(ln.text) for ln in lines if not ln.hint and (len(ln.text) >= _RUN_ON_MIN
                                                                           or _marked_run_on(ln.text))}
    cuts = {no: at for no, at in cuts.items() if len(at) >= 2}
    run_on = sum(len(ln.text) for ln in lines if ln.no in cuts)
    if not cuts or run_on * 2 < sum(len(ln.text) for ln in lines):
        return lines
    out: list[Line] = []
    for ln in lines:
        if ln.no not in cuts or ln.hint:
            out.append(ln)
            continue
        bounds = [0, *cuts[ln.no], len(ln.text)]
        # a page's cell border after the last item (…免费体检。 |) is no word of it: the item ends at its stop
        pieces = [re.sub(r"\s+\|$", "", ln.text[a:b].strip()) for a, b in zip(bounds, bounds[1:])]
        if pieces[0]:
            out.append(replace(ln, text=pieces[0]))         # what comes before the first item
        for piece in pieces[1:]:
            for part in _heading_and_paragraph(piece):
                out.extend(replace(ln, text=text, hint=hint) for text, hint in _item_fields(part))
    return out


# (一)省监察委员会牵头的工作 强化行政监察,建立健全…体系。: the page joined its paragraphs with single spaces, so a numbered heading (no
# stop, no comma: a heading's words) and the paragraph under it stand one space apart. The space is the line
# break the page lost; a heading's words never go on after a space into a sentence of their own.
_HEADING_SPACE = re.compile(r"[^\s。；;,，:：!！?？]{2,40}(?=\s+\S)")


def _heading_and_paragraph(piece: str) -> list[str]:
    """An item cut from a flattened line → [its heading, the paragraph under it] where its label opens a
    heading that a space parts from a paragraph (one with a stop or comma), else [the item]."""
    folded = fold(piece)
    label = item_label(folded)
    m = _HEADING_SPACE.match(folded, label.end) if label is not None else None
    if m is None or not _bare_heading(folded[label.end:m.end()]):
        return [piece]
    rest = piece[m.end():].strip()
    if item_label(fold(rest)) is not None or marker_line(rest) or not re.search(r"[。；;,，:：]", fold(rest)):
        return [piece]
    return [piece[:m.end()].strip(), rest]


# A news item quotes its list in one sentence: 这十件实事是:1.新修…10万亩。2.引入…。3.完成… — the items run together
# after a colon, each after the one before's sentence end. In a text that numbers no line at all, such a line is
# the list, cut before each item; a text with numbered lines keeps its inline points (…主要包括:1.…；2.…) inside
# the item they belong to.
_LIST_RUN = 3                           # so many items in sequence at least, the first right after a colon


def listed_items(lines: list[Line]) -> list[Line]:
    """Lines holding a whole list after a colon (…是:1.…。2.…。3.…, or 分别为:一是…；二是…；三是…) cut into the lead
    and one line per item, in a text where no line starts with a numbering label; any other text as it is."""
    if _labels_any(lines):
        return lines
    out: list[Line] = []
    for k, ln in enumerate(lines):
        prose = not ln.hint and ln.departments is None
        if prose and (shi := _shi_list(lines, k)) is not None:
            return out + shi[k:]                # shi starts with lines[:k], read here as out
        bounds = [0, *(_listed_cuts(ln.text) if prose else []), len(ln.text)]
        out.extend(replace(ln, text=ln.text[a:b].strip()) for a, b in zip(bounds, bounds[1:]) if ln.text[a:b].strip())
    return out


# A news item gives its list of 实事 inline, worded: 这10件实事分别为:一是实施…;二是实施…;…十是大力推进…。 — each item
# after a semicolon, the list closed by a full stop; a report may open it after a sentence end instead (…10个民生项目。
# 一是…。二是…。…十是…。), each item its own sentence: a run of 一是, 二是, 三是 in turn in one paragraph is the list.
# What follows it (在做好以上实事的同时…, the byline, the page's links) is no item's. A page may break the paragraph
# over lines (…五是加大 / 医疗卫生投入,…;六是…): read as one.
_SHI_INLINE = re.compile(r"(?:(?<=[:：；;。])|^)\s*([一二三四五六七八九十]{1,3})是(?=[\u4e00-\u9fff“\"《])")


def _shi_list(lines: list[Line], k: int) -> list[Line] | None:
    """The lines from ``lines[k]`` on with its inline list 一是…；二是… (see ``_shi_start``, at least
    ``_LIST_RUN`` items in turn) cut into the lead and one line an item 一、…, the rest notes; None for none."""
    text, last = lines[k].text, k
    folded = fold(text)
    first = _shi_start(folded)
    if first is None:
        return None
    cuts = _shi_cuts(folded, first.start())
    while last + 1 < len(lines) and (nxt := lines[last + 1]).text and not nxt.hint and \
            item_label(more := fold(nxt.text)) is None:
        longer = _shi_cuts(folded + more, first.start())
        if len(longer) <= len(cuts):
            break
        # the paragraph broken over lines, its list going on
        last, text, folded, cuts = last + 1, text + nxt.text, folded + more, longer
    if len(cuts) < _LIST_RUN:
        return None
    stop = folded.find("。", cuts[-1][0])
    bounds = [at for at, _ in cuts] + [len(text) if stop < 0 else stop + 1]
    items = [replace(lines[k], text=f"{text[a:a + len(numeral)]}、{text[a + len(numeral) + 1:b].strip()}")
             for (a, numeral), b in zip(cuts, bounds[1:])]
    closing = text[bounds[-1]:].strip()
    rest = ([replace(lines[last], text=closing)] if closing else []) + lines[last + 1:]
    return [*lines[:k], replace(lines[k], text=text[:cuts[0][0]].strip()), *items,
            *_as_notes(rest)]


def _shi_start(folded: str) -> re.Match | None:
    """The 一是 that opens the line's list: the first opening a run of ``_LIST_RUN`` items in turn (after a colon,
    a sentence end or at the line's start: 这10件实事分别为:一是… as much as …10个民生项目。一是…。二是…), else the
    first right after a colon (its paragraph may go on in the next lines); None for none."""
    firsts = [m for m in _SHI_INLINE.finditer(folded) if m.group(1) == "一"]
    return next((m for m in firsts if len(_shi_cuts(folded, m.start())) >= _LIST_RUN), None) or \
        next((m for m in firsts if re.search(r"[:：]\s*$", folded[:m.start(1)])), None)


def _shi_cuts(folded: str, start: int) -> list[tuple[int, str]]:
    """(where, numeral) of the items 一是, 二是, 三是 … in turn from ``start`` on, each after a colon or a stop."""
    cuts: list[tuple[int, str]] = []
    for m in _SHI_INLINE.finditer(folded, start):
        if cn_number(m.group(1)) == len(cuts) + 1:
            cuts.append((m.start(1), m.group(1)))
    return cuts


def _listed_cuts(text: str) -> list[int]:
    """Where the items of a list run on after a colon start: 1. right after the colon, then 2., 3. … each after
    a sentence end; [] unless at least ``_LIST_RUN`` items are found so."""
    folded = fold(text)
    colon = re.search(r"[:：]\s*(?=1\s*[.．﹒․、][^\d.．﹒․])", folded)
    if colon is None:
        return []
    cuts, expected = [colon.end()], 2
    for m in re.finditer(r"(?<=[。；;！!？?])\s*(?=(\d{1,3})\s*[.．﹒․、][^\d.．﹒․])", folded[colon.end():]):
        if int(m.group(1)) == expected:
            cuts.append(colon.end() + m.end())
            expected += 1
    return cuts if len(cuts) >= _LIST_RUN else []


def _item_cuts(text: str) -> list[int]:
    """Where numbered items start inside a line: after 。；or a space, each number the next of its kind
    (or 1, a list starting under a new item). A line running items on with their role fields (``_marked_run_on``)
    counts on from the item it opens with (1.… 责任单位:A 2.… 责任单位:B); any other line's inline points (1.…其中 2.…；3.…)
    are no items run on after it."""
    cuts = []
    opening = item_label(fold(text)) if _marked_run_on(text) else None
    last = {opening.kind: opening.number} if opening is not None else {}
    for m in _INLINE_ITEM.finditer(text):
        label = item_label(fold(text[m.end():]))
        if label is None or m.end() == 0 or m.end() in cuts:
            continue
        if label.number == 1 or label.number == last.get(label.kind, 0) + 1:
            cuts.append(m.end())
            last[label.kind] = label.number
    return cuts


# 一、聚焦政治引领,坚持和加强党对教育工作的全面领导1.始终把…: a heading run straight into the first item below
# it, without a line break: the heading's words (no sentence end, a heading's length), then 1. / （1） / （一）.
# The heading may end with a note in brackets, its count of items, and the items may be numbered through the
# parts, the first below a heading the next of the part before: 一、促进就业(3项)1.… / 二、社会保障(2项)4.…
_GLUED_FIRST = re.compile(r"[^。;；!?！？:：\d]{2,40}?(?<=[\u4e00-\u9fff])(?:[(（][^()（）。;；]{1,12}[)）])?"
                          r"(?=(?:\d{1,3}\s*[.．﹒․、]|[(（]\s*\d{1,3}\s*[)）]|[(（][一二三四五六七八九十]{1,3}[)）])"
                          r"\s*[\u4e00-\u9fff])")


def split_items(lines: list[Line]) -> list[Line]:
    """A numbered line that goes on with the next item of its own level (（一）…。（省发改委负责）（二）…) cut
    into one line per item, and a heading run into the first item below it (一、…全面领导1.始终把…) cut
    before that item, and before each next item of that item's level run on after it; any other line as it is."""
    out: list[Line] = []
    last: dict[str, int] = {}                       # the last number of each kind so far
    for ln in lines:
        folded = fold(ln.text)                      # as long as the text: its slices are the slices' folds
        first = None if ln.hint or ln.departments is not None else item_label(folded)
        cuts = _next_item_cuts(ln.text, first) if first is not None else []
        if first is not None and (glued := _glued_first_item(ln.text, first, last)):
            # the items below go on in the same line: 一、促进就业(3项)1.…(牵头单位:X)2.…
            below = item_label(folded[glued:])
            cuts = sorted({glued, *cuts, *(glued + at for at in _next_item_cuts(ln.text[glued:], below))})
        bounds = [0, *cuts, len(ln.text)]
        out.extend(replace(ln, text=ln.text[a:b].strip()) for a, b in zip(bounds, bounds[1:]))
        for a in bounds[:-1]:
            if (label := item_label(folded[a:])) is not None:
                last[label.kind] = label.number
    return out


def _glued_first_item(text: str, first: Label, last: dict[str, int]) -> int | None:
    """Where the first item of the level below starts inside a heading line it was run into (numbered 1, or
    the next of its kind after ``last``, items numbered through the parts), else None."""
    folded = fold(text)
    m = _GLUED_FIRST.match(folded, first.end)
    if m is None:
        return None
    below = item_label(folded[m.end():])
    if below is None or below.kind == first.kind or below.number not in (1, last.get(below.kind, 0) + 1):
        return None
    return m.end()


def _next_item_cuts(text: str, first: Label) -> list[int]:
    """Where the items after ``first`` (the line's own label) start inside the line: each the expected next
    number of the same kind, right after a sentence end or after a bracket that is a marker (…。（X局负责）),
    never inside a quotation (“…。（2）…”). 7.5G, 1.6倍 and dates are no item labels at all."""
    folded = fold(text)
    cuts, expected = [], first.number + 1
    for m in _NEXT_ITEM.finditer(folded):
        label = item_label(folded[m.end():])
        if label is None or label.kind != first.kind or label.number != expected:
            continue
        before = folded[:m.start()].rstrip()
        if before.count("“") > before.count("”") or before.count('"') % 2 or before.count("「") > before.count("」"):
            continue
        if before[-1:] in ")）]】〕" and split_marker(text[:m.start()])[1] is None:
            continue                                        # …（含试点）（二）: a bracket of content, no item end
        cuts.append(m.end())
        expected += 1
    return cuts


def _item_fields(piece: str) -> list[tuple[str, str]]:
    """An item cut from a flattened line → (text, hint): the item, then its fields from the first field of
    responsibility on: marker lines (hint ""), anything else a note (hint "note") the builder passes over."""
    fields = _INLINE_FIELD.split(piece)
    first = next((i for i, f in enumerate(fields) if i and marker_line(f)), None)
    if first is None:
        return [(piece, "")]
    out = [(" ".join(fields[:first]), "")]
    for field in fields[first:]:
        if not marker_line(field):
            out.append((field, "note"))
            continue
        label, value = re.split(r"[:：]", field, maxsplit=1)
        names, *rest = _NAMES_END.split(value.strip(), maxsplit=1)
        out.append((f"{label}:{names}", ""))
        out.extend((note, "note") for note in rest if note.strip())
    return out


# -- titles numbered by a bare digit ---------------------------------------------------------------
# A newspaper's list may number its items by a digit run straight into the title, no separator: 1开展职业技能培训 /
# its paragraph / 2改善农村学校办学条件 … . Such a line is an item only as one of a run numbered 1, 2, 3 … of short
# titles (no sentence end) in a text with no 1. level of its own; a digit before a measure (3季度, 10万人, 2023年)
# never numbers anything.
# The measures a numeral may stand before (2023年, 10万人, 3季度): a numeral so followed counts, it numbers nothing.
_MEASURE = "年月日号时点分秒个万亿千百元人次项家所件条座户名台套辆吨米倍成季周天期批级类位岁层栋亩"
_GLUED_TITLE = re.compile(rf"^(\d{{1,2}})(?=[\u4e00-\u9fff])(?![十{_MEASURE}])")
_GLUED_RUN = 3                          # so many titles in sequence at least
_GLUED_TITLE_MAX = 40                   # a title's length at most


def glued_numbers(lines: list[Line]) -> list[Line]:
    """Titles numbered by a bare digit (1开展职业技能培训) given the separator of their level (1.开展…), when at
    least three of them run 1, 2, 3 … and no line is numbered 1. already; any other line as it is."""
    if _labels_any(lines, "num"):
        return lines
    run = _title_run(lines, _GLUED_TITLE, int, _GLUED_TITLE_MAX, r"[。；;]")
    return lines if len(run) < _GLUED_RUN else _with_separator(lines, run, _GLUED_TITLE, ".")


def _title_run(lines: list[Line], numeral: re.Pattern, value, longest: int, stops: str) -> list[int]:
    """Where the short titles (no longer than ``longest``, none of ``stops`` in them) opening with ``numeral``
    run 1, 2, 3 … in turn; ``value`` reads the numeral's number."""
    run: list[int] = []
    for k, ln in enumerate(lines):
        m = numeral.match(fold(ln.text))
        if m is None or ln.hint or ln.departments is not None or len(ln.text) > longest \
                or re.search(stops, ln.text):
            continue
        if value(m.group(1)) == len(run) + 1:
            run.append(k)
    return run


def _opening_numbers(lines: list[Line], numeral: re.Pattern, value) -> dict[int, int | None]:
    """Line index → the number, read by ``value``, of the ``numeral`` (group 1) the line opens with; in order."""
    return {k: value(m.group(1)) for k, ln in enumerate(lines) if (m := numeral.match(fold(ln.text)))}


def _with_separator(lines: list[Line], at: list[int], numeral: re.Pattern, separator: str) -> list[Line]:
    """The lines, those at ``at`` given ``separator`` right after the numeral they open with (group 1), in place
    of what else ``numeral`` matched after it (the 是 of 一是, the 。 of 1。; nothing where the title runs on)."""
    out = list(lines)
    for k in at:
        m = numeral.match(fold(out[k].text))
        out[k] = replace(out[k], text=f"{out[k].text[:m.end(1)]}{separator}{out[k].text[m.end():]}")
    return out


# -- items numbered by a number alone on its line ------------------------------------------------------
# A news copy of a list gives each item's number a line of its own (1 / 新增100张床位 / 改建… / 2 / …): the
# number is the item's label, the paragraphs under it its text. Read so only when every line that is a bare
# number belongs to one run 1, 2, 3 … (three at least), each followed by words, and no line is numbered 1.
# already: a table's cells pasted one a line (figures 2, 12 among them) never make such a run. A lone 0 numbers
# nothing (a host page's cart count, 购物车 / 0): it is no part of the run.
_BARE_NUMBER = re.compile(r"^\s*(\d{1,3})\s*$")
_BARE_RUN = 3


def bare_numbers(lines: list[Line]) -> list[Line]:
    """Items whose number stands alone on its line (1 then 新增100张…) given the separator of their level (1.),
    so the number and the line after it are read as one item; any other line as it is."""
    if _labels_any(lines, "num"):
        return lines
    bare = {k: number for k, number in _opening_numbers(lines, _BARE_NUMBER, int).items() if number}
    if len(bare) < _BARE_RUN or any(lines[k].hint or lines[k].departments is not None for k in bare):
        return lines
    if list(bare.values()) != list(range(1, len(bare) + 1)):
        return lines
    words = [next((ln for ln in lines[k + 1:] if ln.text.strip()), None) for k in bare]
    if any(ln is None or ln.hint or item_label(fold(ln.text)) is not None or not re.search(r"[\u4e00-\u9fff]", ln.text)
           for ln in words):
        return lines
    out = list(lines)
    for k in bare:
        out[k] = replace(out[k], text=f"{out[k].text.strip()}.")
    return out


# The copy may keep the number on the item's line, set apart by a space only (1 实施10条城市“断头路”畅通工程; / 2 发展…):
# the space is the label's separator, as it is after 一 in 一 总体要求. Read so only when the lines opening with a
# number, a space and words (not a measure: 13 日, 10 万元, 2022 年) run 1, 2, 3 … (a list may start again at 1 under
# its next heading), at least three, in a text with no line numbered 1. already; a spaced table's rows carry their
# columns (read by tables.py) and are left alone.
_SPACED_LABEL = re.compile(rf"^\s*(\d{{1,3}})\s+(?=[\u4e00-\u9fff“\"《])(?![十{_MEASURE}])")
_SPACED_RUN = 3


def spaced_numbers(lines: list[Line]) -> list[Line]:
    """Items numbered by a number and a space (1 实施…) given the separator of their level (1.实施…), when every
    line so opened belongs to runs 1, 2, 3 … of at least three items in all; any other line as it is."""
    if _labels_any(lines, "num"):
        return lines
    spaced = _opening_numbers(lines, _SPACED_LABEL, int)
    if len(spaced) < _SPACED_RUN or any(lines[k].hint or lines[k].departments is not None for k in spaced):
        return lines
    last = 0
    for number in spaced.values():
        if number not in (1, last + 1):
            return lines
        last = number
    return _with_separator(lines, list(spaced), _SPACED_LABEL, ".")


# -- items numbered with a full stop -----------------------------------------------------------------
# An input method types 。 for the full stop after a number: 1。推动轨道交通… / 2。建成… . Such a line is an item
# only as one of a run numbered 1, 2, 3 … at the starts of lines (a list may start again at 1 under its next
# heading); a digit that ends a sentence (…增长6。) stands inside a line, never at its start, and a lone line
# opening 2。 is no list.
_STOP_LABEL = re.compile(r"^\s*(\d{1,3})[。｡](?=\s*[^\s\d])")
_STOP_RUN = 3                           # so many items in sequence at least, in one run


def stop_numbers(lines: list[Line]) -> list[Line]:
    """Items numbered 1。2。3。 given the full stop of their level (1.推动…), when a run of at least three of them
    stands at the starts of lines; any other line as it is. Runs of two (a part's 1。2。) count beside it."""
    runs: list[list[int]] = []
    for k, ln in enumerate(lines):
        m = _STOP_LABEL.match(fold(ln.text))
        if m is None or ln.hint or ln.departments is not None:
            continue
        number = int(m.group(1))
        if runs and number == len(runs[-1]) + 1:
            runs[-1].append(k)
        elif number == 1:
            runs.append([k])
    if not runs or max(map(len, runs)) < _STOP_RUN:
        return lines
    return _with_separator(lines, [k for run in runs if len(run) >= 2 for k in run], _STOP_LABEL, ".")


# -- lists written without the marks of GB/T 9704 ----------------------------------------------------
# Offices and papers number a list of 实事 in words: 一是实施…项目, 二是… one a line. Official prose uses 一是…
# 二是… inside its paragraphs too, so such lines are items only in a text that numbers nothing else, as one run
# 一是, 二是, 三是 … (three at least) at the starts of lines, with no line so opened outside it.
_SHI_LABEL = re.compile(r"^([一二三四五六七八九十]{1,3})是(?=[\u4e00-\u9fff“\"《])")
_SHI_RUN = 3


def shi_numbers(lines: list[Line]) -> list[Line]:
    """Items numbered 一是, 二是, 三是 … at the starts of lines given the label of their level (一、实施…), when they
    make one run of at least three and no line is numbered otherwise; any other text as it is."""
    if _labels_any(lines):
        return lines
    opened = _opening_numbers(lines, _SHI_LABEL, cn_number)
    if len(opened) < _SHI_RUN or list(opened.values()) != list(range(1, len(opened) + 1)) or \
            any(lines[k].hint or lines[k].departments is not None for k in opened):
        return lines
    return _with_separator(lines, list(opened), _SHI_LABEL, "、")


# A page may lose a label's opening bracket: (一)眼科疾病筛查治疗(责任单位:…) / … / 二)听力障碍患者康复救助(…)
# / … / (三)…. A line opening with a Chinese numeral and a closing bracket is that label, its bracket given
# back, when the nearest (一)-level label before it numbers one less or the nearest after it one more; 二)…
# that fits no run stays as written.
_OPENLESS_CN = re.compile(r"^\s*([一二三四五六七八九十]{1,3})[)）]\s*(?=\S)")


def opened_labels(lines: list[Line]) -> list[Line]:
    """Lines opening with a (一)-level label whose opening bracket was lost (二)…) given it back, when the
    labels around run through it (see above); any other line as it is."""
    labels = [None if ln.hint or ln.departments is not None else item_label(fold(ln.text)) for ln in lines]
    out = list(lines)
    for k, ln in enumerate(lines):
        plain = labels[k] is None and not ln.hint and ln.departments is None
        m = _OPENLESS_CN.match(fold(ln.text)) if plain else None
        if m is None:
            continue
        number = cn_number(m.group(1))
        before = next((label for label in reversed(labels[:k]) if label and label.kind == "cn_paren"), None)
        after = next((label for label in labels[k + 1:] if label and label.kind == "cn_paren"), None)
        if before is not None and before.number == number - 1 or \
                after is not None and after.number == number + 1:
            text = ln.text.lstrip()
            out[k] = replace(ln, text=("（" if text[len(m.group(1))] == "）" else "(") + text)
    return out


# A list's headings may lose the separator after their numeral: 一教育方面 / 学前教育设施建设工程,… / 二医疗卫生方面.
# Such a line is a heading only as one of a run 一, 二, 三 … of short titles (no punctuation) in a text with no 一、
# level of its own; a numeral before a measure or a word it begins (一季度, 三年, 一是, 一体化) numbers nothing.
_GLUED_CN = re.compile(rf"^([一二三四五六七八九十]{{1,3}})(?=[\u4e00-\u9fff])(?![{_MEASURE}是些切直体般样定起同])")
_GLUED_CN_RUN = 3
_HEADING_MAX = 20                        # a heading's length at most


def glued_cn_numbers(lines: list[Line]) -> list[Line]:
    """Headings numbered by a bare Chinese numeral (一教育方面) given the separator of their level (一、教育方面),
    when at least three short titles run 一, 二, 三 … and no line is numbered 一、 already; any other line as it is."""
    if _labels_any(lines, "cn"):
        return lines
    run = _title_run(lines, _GLUED_CN, cn_number, _HEADING_MAX, r"[。；;，,:：!！?？]")
    return lines if len(run) < _GLUED_CN_RUN else _with_separator(lines, run, _GLUED_CN, "、")


# A report that numbers its parts but not the items in them may give a part's items as one paragraph right under
# its heading, worded: (一)促进就业和提高社会保障水平方面 15 / 一是完善社区就业服务体系,…;二是强化…培训,…;三是…。 The
# paragraph is the part's list, one item a 实事, cut into one line per item numbered at the level below the
# heading's (1. 2. 3. under （一）), when it opens with 一是 and runs 一是, 二是, 三是 … in turn (``_LIST_RUN`` at least),
# each after a ; or 。, right under a numbered line that is but a heading (no stop, no colon), and no line of the
# text is numbered at that lower level already (items numbered elsewhere make 一是… an item's points). A 一是…
# paragraph under an item with words of its own (1.加强组织领导。/ 一是…) stays the item's text; so does one whose
# first 一是 is not at the line's start (…主要有:一是…, an item's inline points).
_SHI_PARAGRAPH = re.compile(r"^\s*一是(?=[\u4e00-\u9fff“\"《])")
_BELOW = {"cn": "cn_paren", "cn_paren": "num", "num": "num_paren", "num_paren": "circled"}


def shi_paragraphs(lines: list[Line]) -> list[Line]:
    """A paragraph 一是…;二是…;三是… right under a numbered heading cut into items of the level below it (see
    above); any other line as it is."""
    labels = [None if ln.hint or ln.departments is not None else item_label(fold(ln.text)) for ln in lines]
    used = {label.kind for label in labels if label is not None}
    out: list[Line] = []
    heading = None                                  # the label of the last non-blank line, if a bare heading
    for ln, label in zip(lines, labels):
        below = _BELOW.get(heading.kind) if heading is not None else None
        items = _shi_paragraph(ln, below) if below is not None and below not in used else None
        out.extend(items or [ln])
        if ln.text.strip():
            heading = label if label is not None and _bare_heading(fold(ln.text)[label.end:]) else None
    return out


def _bare_heading(title: str) -> bool:
    """Is ``title`` (a numbered line's words after its label) a heading and no more: short, no stop or colon?"""
    title = title.strip()
    return 2 <= len(title) <= _TITLE_MAX and re.search(r"[\u4e00-\u9fff]", title) is not None \
        and not re.search(r"[。；;:：!！?？]", title)


def _shi_paragraph(ln: Line, kind: str) -> list[Line] | None:
    """``ln`` cut into its items 一是, 二是 … (numbered as level ``kind``), what follows the last item's sentence a
    note; None unless it is a paragraph of such items (see ``shi_paragraphs``)."""
    folded = fold(ln.text)
    if ln.hint or ln.departments is not None or not _SHI_PARAGRAPH.match(folded):
        return None
    cuts = _shi_cuts(folded, 0)
    if len(cuts) < _LIST_RUN:
        return None
    stop = folded.find("。", cuts[-1][0])
    bounds = [at for at, _ in cuts] + [len(folded) if stop < 0 else stop + 1]
    # each item's words without the ; that parted it from the next (the last keeps its full stop)
    items = [replace(ln, text=f"{_LABEL_FORMS[kind](n)}{ln.text[a + len(numeral) + 1:b].strip().rstrip(';；')}")
             for n, ((a, numeral), b) in enumerate(zip(cuts, bounds[1:]), start=1)]
    closing = ln.text[bounds[-1]:].strip()
    return items + ([replace(ln, text=closing, hint="note")] if closing else [])


# -- a list announced, its items unnumbered ----------------------------------------------------------------
# A news item announces the list and gives its items without numbers: 这十件民生实事分别是:完成…;完成…;… in one
# sentence, 具体包括:加强…。 then one paragraph an item, 十大民生实事项目 then one line an item opening with its
# figure. In a text that numbers no line at all, the items are read after a line that announces them (a count of
# items, 十件实事 / 10项工作 / 十大…项目, or a colon after 包括/分别是/如下): the pieces after its colon when they are
# exactly as many as it counts, else the run of lines of one form right after it (paragraphs each ending a sentence,
# or short lines each opening with a figure), at least ``_ANNOUNCED_RUN`` and no more than it counts. Each is
# numbered in order and flagged for the office's check. A news item may miscount its own list (这十件民生实事是: then
# eleven items, two of them one 实事 in its author's mind): the pieces after the colon, when nothing else reads as the
# list and they are close to the count (``_COUNT_SLACK``), are the items all the same, as written, flagged with the
# difference: the notice announces its list, so the office gets it to check, never a dead end. Only a line that
# announces a count does this; ;-separated sentences anywhere else stay sentences. A count of aspects (10个方面的民生
# 实事:) counts items as well. A page may run the list's last items together on one line after the run (…饮水安全。 /
# 全面实现…全覆盖;实施20个村…;新改造20个小区。(记者…)): while the run is short of the count, that line's pieces are
# items too (``_run_on_last``).
_ANNOUNCED_COUNT = re.compile(r"(\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:件|项|大|个方面)[^。；;，,:：]{0,8}?"
                              r"(?:实事|项目|工程|任务|事项|工作)")
_ANNOUNCING = r"包括|分别是|分别为|如下|是|为"     # the words that give a list's items (包括:, 分别是 …)
# The words after a count that give its items at once, with a comma or nothing before them (10件民生实事包括,加力…;
# 十件实事是完成…;…): the list starts there, but only when its ;-pieces number the count (``_worded_pieces``).
_ANNOUNCING_WORD = re.compile(rf"\s*(?:主要|具体)?(?:{_ANNOUNCING})\s*[:：,，]?\s*")
# 票决出:, 评选出:, 确定出: the vote or choice that names the items, its colon the list's start
_ANNOUNCING_COLON = re.compile(rf"(?:{_ANNOUNCING}|[决选定]出)\s*[:：]")
# A group's line counting its items after their name (承接市级民生实事8件, 落实区级民生实事7件): a heading, no sentence
_COUNT_HEADING = re.compile(r"^[^。；;，,:：]{0,16}?(?:实事|项目|工程|任务|事项|工作)\s*"
                            r"(\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:件|项)\s*$")
_COUNT_HEADING_REVIEW = "通知按组宣布件数后以分号列出事项而未编号，已将各组事项按顺序编号为任务，请核对"
_ANNOUNCED_RUN = 3
_PIECE_END = re.compile(r"(?<=[；;])")
_FIGURE_START = re.compile(r"^(?:\d|[一二两三四五六七八九十百千万]{1,3}[名个人项所座条户套处家辆场次公万千百])")
_ITEM_PARAGRAPH_MIN = 15                 # an item's paragraph at least: a sentence, not a byline
_PIECE_MIN = 6                           # an item's line ended by ; at least (新建10所农村互助幸福院;)
_TITLE_MAX = 30                          # an item's title line at most
_ANNOUNCED_REVIEW = "通知没有编号的条目，已将宣布清单后逐条（逐段）列出的事项按顺序编号为任务，请核对"
_COUNT_SLACK = 5                         # pieces may differ from the count by one per five announced (at least one)
_BYLINE_WORD = r"(?:记者|通讯员|来源|编辑)"          # a byline's words (a search for 编辑 finds 责任编辑)
_BYLINE = re.compile(rf"(?<=。)\s*([(（][^()（）。]{{1,12}}[)）]|[^。；;]{{0,12}}{_BYLINE_WORD}[^。；;]{{0,12}}"
                     rf"|[(（][^()（）。]{{0,30}}?{_BYLINE_WORD}[^()（）。]{{0,30}}[)）])\s*$")
_FIGURE = re.compile(r"\d|[一二两三四五六七八九十百千万]{1,3}[名个人项所座条户套处家辆场次]")


def announced_items(lines: list[Line]) -> list[Line]:
    """In a text numbering no line, the items of a list announced by a line (…办好10件实事:…;…;…, 具体包括:…,
    十大民生实事项目) numbered in order (1. …) and flagged for review; any other text as it is."""
    if _labels_any(lines):
        return lines
    for k, ln in enumerate(lines):
        announced = None if ln.hint or ln.departments is not None else _announcement(fold(ln.text))
        if announced is None:
            if _group_count(ln) is not None and (groups := _counted_groups(lines, k)) is not None:
                return groups
            if (titled := _titled_paragraphs(lines, k)) is not None:
                return titled
            continue
        most, cut = announced
        lead, tail = ln.text[:cut], ln.text[cut:].strip()
        pieces = _pieces(tail)
        if most is not None and most >= _ANNOUNCED_RUN and len(pieces) == most:
            return _pieces_listed(lines, k, lead, pieces)
        worded = _worded_pieces(ln.text, most)
        if worded is not None and len(worded[1]) == most:
            return _pieces_listed(lines, k, *worded)
        if (listed := _listed_below(lines, k, most)) is not None:
            return listed
        first = [replace(ln, text=tail)] if tail else []
        run = _form_run(first + lines[k + 1:])
        intro = [] if first else list(itertools.takewhile(_speaks_of_list, run))
        run = run[len(intro):][:most]
        if len(run) >= _ANNOUNCED_RUN and not (not first and _announces_inline(run[0])):
            after = k + 1 + len(intro) + len(run) - len(first)
            run, after, review, byline = _run_on_last(lines, run, after, most)
            # what follows the list (a byline, the page's links) is no part of its last item
            rest = _as_notes(lines[after:])
            return [*lines[:k], replace(ln, text=lead if first else ln.text), *intro, *_numbered(run, review),
                    *byline, *rest]
        if worded is not None and cut == len(ln.text):
            lead, pieces = worded                   # no colon: the pieces after the words that give the items
        if most is not None and len(pieces) >= _ANNOUNCED_RUN and \
                len(pieces) != most and _near_count(len(pieces), most):
            review = (f"{_ANNOUNCED_REVIEW}；通知宣布{most}项，但列出的以分号分隔的事项为{len(pieces)}项，"
                      "件数不符，已按原文逐项列出")
            return _pieces_listed(lines, k, lead, pieces, review)
    return lines


# A report of a count of 实事 in news words (2018年10个民生实事项目全面落实: 个, not 件 or 项), then the items as
# paragraphs each opening with its short title as a sentence of its own (学前教育扩容提质工程。全年新建幼儿园48所,…):
# the count alone is too common a phrase to announce a list, so the paragraphs must each show the title. Up to the
# count are items (a page may be cut short of it: flagged); a paragraph without a title (the lead's own) ends them.
_REPORTED_COUNT = re.compile(r"(\d{1,2}|[一二三四五六七八九十]{1,3})\s*个[^。；;，,:：]{0,6}?实事")
_PARAGRAPH_TITLE = re.compile(rf"^[^。；;，,:：!！?？()（）]{{4,20}}。(?=.{{{_ITEM_PARAGRAPH_MIN},}})")


def _titled_paragraphs(lines: list[Line], k: int) -> list[Line] | None:
    """The lines with the titled paragraphs after a sentence reporting a count of 实事 (line ``k``) numbered as
    its items, flagged for review; None when line ``k`` reports no count or fewer than three such paragraphs
    follow it."""
    ln, folded = lines[k], fold(lines[k].text)
    count = None if ln.hint or ln.departments is not None else _REPORTED_COUNT.search(folded)
    most = None if count is None else _count_value(count.group(1))
    if most is None or not folded.rstrip().endswith("。"):
        return None
    titled = itertools.takewhile(lambda line: not line.hint and line.departments is None
                                 and _PARAGRAPH_TITLE.match(fold(line.text).strip()), lines[k + 1:])
    run = list(itertools.islice(titled, most))
    if len(run) < _ANNOUNCED_RUN:
        return None
    review = _ANNOUNCED_REVIEW if len(run) == most else (
        f"{_ANNOUNCED_REVIEW}；通知宣布{most}项，但列出的事项为{len(run)}项，件数不符，已按原文逐项列出")
    return [*lines[:k + 1], *_numbered(run, review), *_as_notes(lines[k + 1 + len(run):])]


def _worded_pieces(text: str, most: int | None) -> tuple[str, list[str]] | None:
    """(lead, pieces) of a line whose count is followed at once by the words giving its items, a comma or nothing
    after them (10件民生实事包括,加力推进…;促进…;…): the ;-pieces after the words, items only where they number
    the count (or come close, flagged, as after a colon), so that a sentence going on after its count (办好10件实事,
    涵盖就业…; 十件实事包括了…的方方面面) stays one. None when no such words follow the count."""
    folded = fold(text)
    count = _ANNOUNCED_COUNT.search(folded)
    if most is None or most < _ANNOUNCED_RUN or count is None or \
            (words := _ANNOUNCING_WORD.match(folded, count.end())) is None:
        return None
    return text[:words.end()], _pieces(text[words.end():].strip())


def _near_count(listed: int, count: int) -> bool:
    """Are ``listed`` items close enough to the ``count`` announced to be its list (``_COUNT_SLACK``)?"""
    return abs(listed - count) <= max(1, count // _COUNT_SLACK)


def _pieces(tail: str) -> list[str]:
    """The ;-separated pieces of a list's text, a closing clause that names the list again (…巩固提升工程,为我市2023年
    市政府10项民生实事项目。) left out of the last."""
    pieces = [p.strip().rstrip("；;").strip() for p in _PIECE_END.split(tail) if p.strip()]
    if pieces and (closing := re.search(r"[,，]\s*(?:为|是|即|共)[^,，;；。]*。?$", pieces[-1])) and \
            _ANNOUNCED_COUNT.search(fold(closing.group(0))):
        pieces[-1] = pieces[-1][:closing.start()].rstrip()
    return pieces


def _listed_below(lines: list[Line], k: int, most: int | None) -> list[Line] | None:
    """The lines with the list a count announces read where it is given: a later line of the paragraphs that
    follow, whose ;-pieces after its own announcing colon (最终票决出:…;…;…) number the count (``_colon_list``),
    or, the line a group's heading (民生实事8件), the paragraph under it and under each further such heading
    (``_counted_groups``). None when neither is so."""
    if most is None or most < _ANNOUNCED_RUN:
        return None
    return _colon_list(lines, k, most) or (_counted_groups(lines, k) if _group_count(lines[k]) else None)


def _colon_list(lines: list[Line], k: int, most: int) -> list[Line] | None:
    """A count announced (the title's 10项民生实事项目) and its items given later after a colon, in one sentence
    of ;-pieces (会上…最终票决出:创建…;建设…;…): that line's pieces are the items when they number the count."""
    for j in range(k + 1, min(k + 4, len(lines))):
        ln = lines[j]
        if ln.hint or ln.departments is not None or not (colon := _ANNOUNCING_COLON.search(fold(ln.text))):
            continue
        pieces = _pieces(ln.text[colon.end():].strip())
        if len(pieces) == most:
            return _pieces_listed(lines, j, ln.text[:colon.end()], pieces)
    return None


def _counted_groups(lines: list[Line], k: int) -> list[Line] | None:
    """Groups of items each under a heading that counts them (承接市级民生实事8件 / 落实区级民生实事7件), each group one
    paragraph of ;-separated items: the headings sections, the items numbered on across the groups. Read so when
    the first group's pieces number its count (within ``_COUNT_SLACK``); a later group short of its count (a page
    cut off) is kept, flagged."""
    groups, j = [], k
    while j + 1 < len(lines) and (count := _group_count(lines[j])) is not None:
        below = lines[j + 1]
        pieces = _pieces(below.text) if not below.hint and below.departments is None else []
        if not pieces or not groups and (len(pieces) < 2 or not _near_count(len(pieces), count)):
            break
        groups.append((j, count, pieces))
        j += 2
    if not groups:
        return None
    out, number = list(lines[:k]), 0
    for at, count, pieces in groups:
        review = _COUNT_HEADING_REVIEW if len(pieces) == count else (
            f"{_COUNT_HEADING_REVIEW}；该组宣布{count}项，但列出的以分号分隔的事项为{len(pieces)}项，件数不符，已按原文逐项列出")
        out.append(replace(lines[at], hint="section"))
        out.extend(replace(lines[at + 1], text=f"{number + n}. {p}", review=review) for n, p in enumerate(pieces, 1))
        number += len(pieces)
    return out + _as_notes(lines[j:])


def _group_count(ln: Line) -> int | None:
    """The count a group's heading line gives (承接市级民生实事8件 → 8), None for any other line."""
    m = None if ln.hint or ln.departments is not None else _COUNT_HEADING.match(fold(ln.text).strip())
    if m is None:
        return None
    return _count_value(m.group(1))


def _run_on_last(lines: list[Line], run: list[Line], after: int,
                 most: int | None) -> tuple[list[Line], int, str, list[Line]]:
    """The list's run of lines, the index of the first line after it, the items' review and a byline's note,
    taking in the line after the run when it runs the list's last items together (…饮水安全。 / 全面实现…全覆盖;
    实施20个村…;新改造20个小区。(记者 …)): its ;-separated pieces are items while the run is short of the count, a
    byline after its stop a note. A piece with no figure that repeats the subject of the item before it
    (全面实现农村安全饮水全覆盖 after 解决0.8万人饮水安全) is the rest of that item where the pieces outrun the count;
    the list is kept only within ``_COUNT_SLACK`` of it, else the run alone, as before."""
    if most is None or len(run) >= most or after >= len(lines):
        return run, after, _ANNOUNCED_REVIEW, []
    nxt = lines[after]
    text, byline = nxt.text.strip(), None
    if nxt.hint or nxt.departments is not None or not (found := _BYLINE.search(text)) and not text.endswith("。"):
        return run, after, _ANNOUNCED_REVIEW, []
    if found:
        text, byline = text[:found.start()].rstrip(), replace(nxt, text=found.group(1), hint="note")
    pieces = [p.strip().rstrip("；;。").strip() for p in _PIECE_END.split(text) if p.strip()]
    if len(pieces) < 2 or any(len(p) < 4 or not re.search(r"[\u4e00-\u9fff]", p) for p in pieces):
        return run, after, _ANNOUNCED_REVIEW, []
    items = [*run, *(replace(nxt, text=p) for p in pieces)]
    for i in range(len(items) - 1, len(run) - 1, -1):
        if len(items) > most and _continues(items[i - 1].text, items[i].text):
            items[i - 1:i + 1] = [replace(items[i - 1], text=items[i - 1].text.rstrip() + items[i].text)]
    if not _near_count(len(items), most):
        return run, after, _ANNOUNCED_REVIEW, []
    review = _ANNOUNCED_REVIEW if len(items) == most else (
        f"{_ANNOUNCED_REVIEW}；通知宣布{most}项，但列出的事项为{len(items)}项，件数不符，已按原文逐项列出")
    return items, after + 1, review, [byline] if byline else []


def _continues(before: str, piece: str) -> bool:
    """Is ``piece`` the rest of the item ``before``: no figure of its own, and two words of the item's (its
    subject: 安全饮水 after 饮水安全), not a mere shared verb, repeated?"""
    pairs = {piece[i:i + 2] for i in range(len(piece) - 1) if re.fullmatch(r"[\u4e00-\u9fff]{2}", piece[i:i + 2])}
    return not _FIGURE.search(fold(piece)) and sum(pair in before for pair in pairs) >= 2


def _pieces_listed(lines: list[Line], k: int, lead: str, pieces: list[str],
                   review: str = _ANNOUNCED_REVIEW) -> list[Line]:
    """The lines with line ``k`` cut into its lead and its ;-separated ``pieces`` numbered as items; a byline
    after the list's closing stop (…道路。(吕锦武)) and every line after it are notes."""
    ln, tail = lines[k], []
    if byline := _BYLINE.search(pieces[-1]):
        pieces, tail = [*pieces[:-1], pieces[-1][:byline.start()].rstrip()], [replace(ln, text=byline.group(1), hint="note")]
    return [*lines[:k], replace(ln, text=lead), *_numbered([replace(ln, text=p) for p in pieces], review), *tail,
            *_as_notes(lines[k + 1:])]


def _announcement(folded: str) -> tuple[int | None, int] | None:
    """(how many items it counts, where its items start) of a line announcing a list, else None."""
    count = _ANNOUNCED_COUNT.search(folded)
    colon = _ANNOUNCING_COLON.search(folded)
    if count is not None and (after := re.search(r"[:：]", folded[count.end():])):
        at = count.end() + after.end()
        colon_end = min(colon.end(), at) if colon else at
    else:
        colon_end = colon.end() if colon else None
    if count is None and colon_end is None:
        return None
    most = None if count is None else _count_value(count.group(1))
    return most, len(folded) if colon_end is None else colon_end


def _speaks_of_list(ln: Line) -> bool:
    """Is a paragraph after the line announcing a list a news item's lead on the whole list (据悉,本次10件民生实事
    经过多次讨论…, 该市2019年度10件民生实事日前确定,涉及…): it counts the items, opens with no item's short
    title (农村危房改造。…) and starts no list of its own (10件民生实事具体包括:…, read as the announcing line)?"""
    text = fold(ln.text).strip()
    return _ANNOUNCED_COUNT.search(text) is not None and not _PARAGRAPH_TITLE.match(text) and \
        not _announces_inline(ln)


def _announces_inline(ln: Line) -> bool:
    """Does the line announce a list and go on with its first item (具体包括:加强…)? Then the list is its own,
    not the one of a line above that counts the same items (…办好10件实事。)."""
    announced = _announcement(fold(ln.text))
    return announced is not None and announced[1] < len(ln.text.rstrip())


def _form_run(lines: list[Line]) -> list[Line]:
    """The lines from the first on that share its form: paragraphs each ending a sentence, or short lines each
    opening with a figure (10个滨江生态公园建设); [] when the first has neither."""
    form = _form(lines[0]) if lines else None
    if form is None:
        return []
    run = []
    for ln in lines:
        if _form(ln) != form:
            if form == "paragraph" and _closes(run[-1], ln):
                run.append(ln)
            break
        run.append(ln)
    return run


def _closes(last: Line, ln: Line) -> bool:
    """Is ``ln`` (解决0.8万人饮水安全。) the last item of a list whose items end with ;, its stop the list's?"""
    text = fold(ln.text).strip()
    return (fold(last.text).rstrip().endswith((";", "；")) and not ln.hint and ln.departments is None
            and len(text) >= _PIECE_MIN and text.endswith("。") and text.count("。") == 1
            and re.search(r"[\u4e00-\u9fff]", text) is not None)


def _form(ln: Line) -> str | None:
    text = fold(ln.text).strip()
    if ln.hint or ln.departments is not None or not re.search(r"[\u4e00-\u9fff]", text):
        return None
    if len(text) >= _ITEM_PARAGRAPH_MIN and text.endswith(("。", "；", ";")) or (
            len(text) >= _PIECE_MIN and text.endswith(("；", ";"))):
        return "paragraph"                # a short line ended by ; is a list's item too: no byline ends so
    if _short_sentence(text):
        return "paragraph"
    if len(text) <= _TITLE_MAX and _FIGURE_START.match(text) and not re.search(r"[。；;，,:：]", text):
        return "figure"
    return None


def _short_sentence(text: str) -> bool:
    """Is ``text`` one short sentence of work with a figure (建设24个“渝好空间”项目。)? A list's items may be as short
    as that; a byline or a date line carries no work's figure closed by a stop."""
    return (len(text) >= _PIECE_MIN and text.endswith("。") and text.count("。") == 1
            and _FIGURE.search(text) is not None and not _BYLINE_WORDS.search(text)
            and not re.fullmatch(r"[\d年月日号时分:：\-—\s。]+", text))


_BYLINE_WORDS = re.compile(rf"{_BYLINE_WORD}|摄影|供图")


# -- a list quoted by its titles ---------------------------------------------------------------------------
# A page explaining a notice (政策解读) may name its 实事 as titles in 《》, run together in one sentence without
# numbers: 《通知》内容主要包括《城镇新增就业2000人以上》《建成幼儿园3所,新增园位1000个以上》…10个为民办实事方案, after
# an earlier sentence announcing 确定了…10件为民实事. 《》 mostly quotes documents (《政府工作报告》, 《通知》), so a run
# of titles is the list of tasks only when the notice announces exactly as many items elsewhere (N件实事, N项任务,
# N项工作, as ``announced_items`` reads them) and no title of it names a document. Its titles are numbered in order
# and flagged like an announced list's; the line's words around the run are notes, no item's.
_QUOTED = re.compile(r"《([^《》]{2,80})》")
_QUOTED_GAP = re.compile(r"[\s、,;]*")
_QUOTED_REVIEW = "通知以《》标题列出事项而未编号，已将与通知宣布件数相符的标题按顺序编号为任务，请核对"
_DOCUMENT_TITLE = re.compile(r"^关于|(?:通知|报告|意见|办法|条例|规定|决定|决议|纲要|细则|公告|通告)$")


def quoted_items(lines: list[Line]) -> list[Line]:
    """A line naming the items of a list announced elsewhere in the notice (…10件实事) as a run of as many
    《》 titles, cut into its lead, the items numbered in order (1. …) and flagged, and its tail; any other
    text as it is."""
    for k, ln in enumerate(lines):
        if ln.hint or ln.departments is not None or item_label(fold(ln.text)) is not None:
            continue                        # an item's own quoted titles are its words
        for start, end, titles in _quoted_runs(fold(ln.text)):
            if len(titles) < _ANNOUNCED_RUN or any(_DOCUMENT_TITLE.search(t.strip()) for t in titles):
                continue
            others = [other.text for other in lines[:k] + lines[k + 1:]] + [ln.text[:start], ln.text[end:]]
            if not any(len(titles) in announced_counts(fold(text)) for text in others):
                continue
            lead, tail = ln.text[:start].strip(), ln.text[end:].strip()
            items = _numbered([replace(ln, text=title.strip()) for title in titles], _QUOTED_REVIEW)
            return [*lines[:k], *([replace(ln, text=lead, hint="note")] if lead else []), *items,
                    *([replace(ln, text=tail, hint="note")] if tail else []), *lines[k + 1:]]
    return lines


def _quoted_runs(folded: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, titles) of each run of 《》 titles written one after another (only spaces, 、 , ; between)."""
    runs: list[tuple[int, int, list[str]]] = []
    for m in _QUOTED.finditer(folded):
        if runs and _QUOTED_GAP.fullmatch(folded, runs[-1][1], m.start()):
            runs[-1] = (runs[-1][0], m.end(), [*runs[-1][2], m.group(1)])
        else:
            runs.append((m.start(), m.end(), [m.group(1)]))
    return runs


def announced_counts(folded: str) -> set[int | None]:
    """The counts of items a text announces (10件实事, 十项任务, 5项工作)."""
    return {_count_value(m.group(1)) for m in _ANNOUNCED_COUNT.finditer(folded)}


def _count_value(numeral: str) -> int | None:
    """An announced count as a number, in digits or in Chinese numerals (10 or 十 → 10)."""
    return int(numeral) if numeral.isdecimal() else cn_number(numeral)


def _numbered(items: list[Line], review: str = _ANNOUNCED_REVIEW) -> list[Line]:
    return [replace(ln, text=f"{n}. {ln.text}", review=review) for n, ln in enumerate(items, start=1)]


def _as_notes(lines: list[Line]) -> list[Line]:
    """The lines after a list (a byline, the page's links) as notes, no item's words; a hint already given stays."""
    return [ln if ln.hint else replace(ln, hint="note") for ln in lines]


# -- a list of bulleted lines -------------------------------------------------------------------------------
# A post written for phones (a WeChat article) marks each project with a symbol instead of a number: ☑辖区内老旧路灯
#改造出新工程项目, then the lines telling how far it has come, then ☑ the next. In a text that numbers no line, the
# lines opening with one and the same bullet, at least ``_BULLETED_RUN`` of them, are the list's items, numbered in
# reading order (group headings between them, 已完工项目 / 已启动实施项目, stay headings) and flagged for review;
# the lines after each are its text. Only symbols that mark list items (check boxes, squares, diamonds, dots,
# stars, triangles) count: a dash or an asterisk may open a sentence or a footnote.
_BULLETS = "☑☐☒✅✔✓□■◆◇●○•★☆▲△▶►▸"
_BULLETED = re.compile(rf"^\s*([{_BULLETS}])\s*(?=[\u4e00-\u9fff\d“\"(（])")
_BULLETED_RUN = 3
_BULLETED_REVIEW = "通知没有编号的条目，已将以同一符号（如☑）开头的各行按顺序编号为任务，请核对"


def bulleted_items(lines: list[Line]) -> list[Line]:
    """In a text numbering no line, the lines opened by one bullet symbol (☑…), numbered in order (1. …) and
    flagged for review, when at least ``_BULLETED_RUN`` lines open with it; any other text as it is."""
    if _labels_any(lines):
        return lines
    # a bulleted field (● 责任单位:区教育局, ● 完成时限:…) belongs to the item above it, no item of its own
    opened = [None if ln.hint or ln.departments is not None or not (m := _BULLETED.match(ln.text))
              or marker_line(fold(ln.text[m.end():])) else m for ln in lines]
    counts = Counter(m.group(1) for m in opened if m is not None)
    if not counts or (top := counts.most_common(1)[0])[1] < _BULLETED_RUN:
        return lines
    out, n = [], 0
    for ln, m in zip(lines, opened):
        if m is not None and m.group(1) == top[0]:
            n += 1
            ln = replace(ln, text=f"{n}. {ln.text[m.end():].strip()}", review=_BULLETED_REVIEW)
        elif m is None and (field := _BULLETED.match(ln.text)) and field.group(1) == top[0] and not ln.hint:
            ln = replace(ln, text=ln.text[field.end():].strip())      # the field read as the item's marker
        out.append(ln)
    return out


# -- items written as a title and its fields, unnumbered ----------------------------------------------------
# A department's news copy of a 分工方案 gives the items that concern it without their numbers, each a bare title,
# then its fields, the last naming who answers: 粮食产量1268万吨以上 / 部门分工:省农业农村厅牵头,各地配合。 / 大力推进…
# 集群建设 / 工作措施:完成…。 / 部门分工:省工业和信息化厅牵头,…等配合。 A page stored as text may run all of it on one
# line, a space for each break (…配合。 大力推进…建设 工作措施:…): such a line is read as its pieces, cut at each space
# before a field's label (X:) or after a sentence's end. In a text that numbers no line, a run of at least
# ``_FIELDED_RUN`` groups, each one title (a heading's words: no stop, no colon) followed at once by fields and
# closed by fields naming units (部门分工:, 责任单位:, 牵头单位:), are the items: the titles numbered in order and
# flagged for review, the fields read under them as under a numbered item. A title without fields after it, or
# a paragraph of prose between, ends the run; the lines before it are the lead-in.
_FIELD_START = re.compile(r"^[\u4e00-\u9fff]{2,8}\s*[:：]\s*\S")
_FIELDED_CUT = re.compile(r"\s+(?=[\u4e00-\u9fff]{2,8}\s*[:：])|(?<=[。；;])\s+")
_FIELDED_RUN = 3
_FIELDED_TITLE_MAX = 40
_FIELDED_REVIEW = "通知没有编号的条目，已将各以标题开头、以分工（责任单位）结尾的事项按顺序编号为任务，请核对"


def fielded_items(lines: list[Line]) -> list[Line]:
    """In a text numbering no line, a run of items each a title line then its fields, closed by the units that
    answer (see above), the titles numbered (1. …) and flagged; a line running them on with spaces cut first.
    Any other text as it is."""
    if _labels_any(lines):
        return lines
    pieces = [piece for ln in lines for piece in _fielded_pieces(ln)]
    groups = _fielded_groups(pieces)
    if len(groups) < _FIELDED_RUN:
        return lines
    titles = {at: n for n, at in enumerate(groups, start=1)}
    return [replace(ln, text=f"{titles[k]}. {ln.text}", review=_FIELDED_REVIEW) if k in titles else ln
            for k, ln in enumerate(pieces)]


def _fielded_pieces(ln: Line) -> list[Line]:
    """``ln`` cut at its spaces into title and fields when it runs on at least two fields naming units after a
    space (…配合。 大力推进…建设 工作措施:… 部门分工:…); else ``[ln]``."""
    if ln.hint or ln.departments is not None:
        return [ln]
    parts = [part.strip() for part in _FIELDED_CUT.split(ln.text) if part.strip()]
    if sum(_unit_field(part) for part in parts[1:]) < 2:
        return [ln]
    return [replace(ln, text=part) for part in parts]


def _unit_field(text: str) -> bool:
    """Is ``text`` a field naming the units that answer (部门分工:X牵头,Y配合。 / 责任单位:X)?"""
    return marker_line(text) and bool(read_marker(text).departments)


def _fielded_groups(lines: list[Line]) -> list[int]:
    """The indexes of the titles of the longest run of groups title / fields / fields naming units (see above)."""
    best: list[int] = []
    run: list[int] = []
    k = 0
    while k < len(lines):
        end = _fielded_group(lines, k)
        if end is None:
            best, run = max(best, run, key=len), []
            k += 1
            continue
        run.append(k)
        k = end
    return max(best, run, key=len)


def _fielded_group(lines: list[Line], k: int) -> int | None:
    """Where the group whose title is ``lines[k]`` ends (the index after its last field), None if it is none:
    a title, at least one field after it, the last of its fields naming units."""
    title = fold(lines[k].text).strip()
    if (lines[k].hint or lines[k].departments is not None or not 2 <= len(title) <= _FIELDED_TITLE_MAX
            or re.search(r"[。；;:：,，!！?？]", title) or not re.search(r"[\u4e00-\u9fff]", title)):
        return None
    end = k + 1
    while end < len(lines) and not lines[end].hint and _FIELD_START.match(fold(lines[end].text).strip()):
        end += 1
    return end if end > k + 1 and _unit_field(lines[end - 1].text) else None


# -- items that lost their numbers -------------------------------------------------------------------------
# A page may lose the numbers of a list's last items (①…(责任单位:A); … ⑤…(责任单位:E); then three lines of the
# same shape with no number: the circled ⑥-⑧ dropped in the store). A line after the list's last item that ends
# in its own complete marker, of the same role as every item's of the list (责任单位), is an item of its own,
# numbered on from the list and flagged. Strict: the list must show the form (three items at least, each ending
# so), and no later label may go on with the list's numbers (an item's second paragraph before its next item
# stays the item's); a line without a marker of its own ends the run (it is the item's words, or a new lead-in).
_UNNUMBERED_RUN = 3                     # numbered items ending in the same marker form, at least
_UNNUMBERED_REVIEW = "原文此条缺少编号（前后条目格式相同、各有责任单位），已按顺序补编号，请核对"
_MARKER_ROLE = re.compile(r"^\s*([\u4e00-\u9fff]{2,8})\s*[:：]")


def unnumbered_items(lines: list[Line]) -> list[Line]:
    """Lines after a list's last numbered item, each ending in its own marker of the list's form, numbered on
    from the list (⑤ → ⑥, ⑦ …) and flagged for review; any other line as it is."""
    out = list(lines)
    labels = [None if ln.hint or ln.departments is not None else item_label(fold(ln.text)) for ln in lines]
    k = 0
    while k < len(lines):
        run = _marked_run(lines, labels, k)
        if run is None:
            k += 1
            continue
        last, role = run
        kind, number = labels[last].kind, labels[last].number
        found = _unnumbered_after(lines, labels, last, role)
        later = next((lb for lb in labels[found[-1] + 1:] if lb is not None and lb.kind == kind), None) \
            if found else None
        if found and (later is None or later.number in (1, number + len(found) + 1)):
            for n, j in enumerate(found, start=number + 1):
                out[j] = replace(lines[j], text=f"{_LABEL_FORMS[kind](n)}{lines[j].text.strip()}",
                                 review=_UNNUMBERED_REVIEW)
        k = last + 1
    return out


def _marked_run(lines: list[Line], labels: list, k: int) -> tuple[int, str] | None:
    """(index of the last item, marker role) of a run of items numbered 1, 2, 3 … of one kind from ``lines[k]``,
    each ending in a marker of one role (责任单位); None unless ``lines[k]`` starts such a run of three or more."""
    first = labels[k]
    if first is None or first.kind not in _LABEL_FORMS or (role := _own_marker_role(lines[k].text)) is None:
        return None
    last, count = k, 1
    for j in range(k + 1, len(lines)):
        if not lines[j].text.strip():
            continue
        label = labels[j]
        if label is None or label.kind != first.kind or label.number != labels[last].number + 1 or \
                _own_marker_role(lines[j].text) != role:
            break
        last, count = j, count + 1
    return (last, role) if count >= _UNNUMBERED_RUN else None


def _unnumbered_after(lines: list[Line], labels: list, last: int, role: str) -> list[int]:
    """The lines right after ``lines[last]`` (blank lines between) with no label, each ending in its own
    complete marker of ``role`` after words of its own."""
    found: list[int] = []
    for j in range(last + 1, len(lines)):
        ln = lines[j]
        if not ln.text.strip():
            continue
        if labels[j] is not None or ln.hint or ln.departments is not None or _own_marker_role(ln.text) != role:
            break
        found.append(j)
    return found


def _own_marker_role(text: str) -> str | None:
    """The role (责任单位) of the complete marker a line ends in after words of its own, naming its units; None
    for a line ending otherwise, or a marker line alone."""
    body, marker = split_marker(text.rstrip().rstrip(";；。").rstrip())     # …(责任单位:A); as …(责任单位:A)
    if marker is None or not re.search(r"[\u4e00-\u9fff]{2}", body) or marker_line(body.strip()):
        return None
    role = _MARKER_ROLE.match(fold(marker))
    return role.group(1) if role and read_marker(marker).departments else None


# The label each level writes for a number (see ``lines.LEVELS``); the levels of 章, 节 and 条 are never lost so.
_LABEL_FORMS = {"cn": lambda n: f"{cn_numeral(n)}、", "cn_paren": lambda n: f"（{cn_numeral(n)}）",
                "num": lambda n: f"{n}.", "num_paren": lambda n: f"（{n}）",
                "circled": lambda n: chr(0x2460 + n - 1) if n <= 20 else f"（{n}）"}
