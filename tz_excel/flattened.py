"""Lines cut again where a source ran several items into one: a page flattened into text, an item run on.

    >>> [ln.text for ln in split_items([Line(1, "（一）增长6%。（市发改委负责）（二）增长8%。")])]
    ['（一）增长6%。（市发改委负责）', '（二）增长8%。']
"""

from __future__ import annotations

import re
from dataclasses import replace

from .chinese import fold
from .lines import Label, Line, item_label
from .markers import marker_line, split_marker

__all__ = ["bare_numbers", "glued_numbers", "listed_items", "split_items", "stop_numbers", "unflatten"]


# -- text flattened from a web page -----------------------------------------------------------------
# A page stored as text may lose its line breaks: 前言。 1.轨道交通…试运营。 牵头领导:林静国 责任单位:市轨道
#交通工程建设指挥部 项目责任人:尹文德 实际完成情况:… 2.新增… Such lines are cut again before each numbered item
# (after a sentence end or a space, numbers in sequence, so 7.5G, 1.6倍, dates and 第1号 stay whole), and an
# item's fields written after it with spaces become lines of their own: responsibility fields marker lines,
# any other field (项目责任人, 实际完成情况 …) and what follows a name list (a flattened table) a note.
# In any document, a numbered line that goes on with the next item of its own level after a sentence end or a
# marker (（一）…11%左右。（省发改委负责）（二）…) is cut there too (``split_items``).

_RUN_ON_MIN = 300                       # a line this long may be a page's paragraphs run together
_ITEM_AHEAD = (r"(?=(?:\d{1,3}\s*[.．、](?![\d.．])|[(（]\s*\d{1,3}\s*[)）]|"
               r"[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])\s*[^\s\d])")
_INLINE_ITEM = re.compile(r"(?:(?<=[。；;！!？?])|(?<=\s))\s*" + _ITEM_AHEAD)
# In a line of any length: the next item right after a sentence end or a closing bracket (a marker's, see
# ``_next_item_cuts``), as in （一）…增长11%左右。（省发改委负责）（二）公共财政收入增长13%左右。（…）
_NEXT_ITEM = re.compile(r"(?<=[。；;！!？?)）\]】〕])\s*" + _ITEM_AHEAD)
_INLINE_FIELD = re.compile(r"\s+(?=[\u4e00-\u9fff]{2,8}\s*[:：])")
_NAMES_END = re.compile(r"(?<![、,，;；])\s+")     # a list of names ends at a space not after its separator


def unflatten(lines: list[Line]) -> list[Line]:
    """Lines of a document whose text was flattened (most of it in few very long lines holding numbered
    items in sequence) cut again into items, marker lines and notes; any other document as it is."""
    cuts = {ln.no: _item_cuts(ln.text) for ln in lines if not ln.hint and len(ln.text) >= _RUN_ON_MIN}
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
            out.extend(replace(ln, text=text, hint=hint) for text, hint in _item_fields(piece))
    return out


# A news item quotes its list in one sentence: 这十件实事是:1.新修…10万亩。2.引入…。3.完成… — the items run together
# after a colon, each after the one before's sentence end. In a text that numbers no line at all, such a line is
# the list, cut before each item; a text with numbered lines keeps its inline points (…主要包括:1.…；2.…) inside
# the item they belong to.
_LIST_RUN = 3                           # so many items in sequence at least, the first right after a colon


def listed_items(lines: list[Line]) -> list[Line]:
    """Lines holding a whole list after a colon (…是:1.…。2.…。3.…) cut into the lead and one line per item,
    in a text where no line starts with a numbering label; any other text as it is."""
    if any(item_label(fold(ln.text)) is not None for ln in lines):
        return lines
    out: list[Line] = []
    for ln in lines:
        cuts = [] if ln.hint or ln.departments is not None else _listed_cuts(ln.text)
        bounds = [0, *cuts, len(ln.text)]
        out.extend(replace(ln, text=ln.text[a:b].strip()) for a, b in zip(bounds, bounds[1:]) if ln.text[a:b].strip())
    return out


def _listed_cuts(text: str) -> list[int]:
    """Where the items of a list run on after a colon start: 1. right after the colon, then 2., 3. … each after
    a sentence end; [] unless at least ``_LIST_RUN`` items are found so."""
    folded = fold(text)
    colon = re.search(r"[:：]\s*(?=1\s*[.．、][^\d.．])", folded)
    if colon is None:
        return []
    cuts, expected = [colon.end()], 2
    for m in re.finditer(r"(?<=[。；;！!？?])\s*(?=(\d{1,3})\s*[.．、][^\d.．])", folded[colon.end():]):
        if int(m.group(1)) == expected:
            cuts.append(colon.end() + m.end())
            expected += 1
    return cuts if len(cuts) >= _LIST_RUN else []


def _item_cuts(text: str) -> list[int]:
    """Where numbered items start inside a line: after 。；or a space, each number the next of its kind
    (or 1, a list starting under a new item)."""
    cuts, last = [], {}
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
                          r"(?=(?:\d{1,3}\s*[.．、]|[(（]\s*\d{1,3}\s*[)）]|[(（][一二三四五六七八九十]{1,3}[)）])"
                          r"\s*[\u4e00-\u9fff])")


def split_items(lines: list[Line]) -> list[Line]:
    """A numbered line that goes on with the next item of its own level (（一）…。（省发改委负责）（二）…) cut
    into one line per item, and a heading run into the first item below it (一、…全面领导1.始终把…) cut
    before that item, and before each next item of that item's level run on after it; any other line as it is."""
    out: list[Line] = []
    last: dict[str, int] = {}                       # the last number of each kind so far
    for ln in lines:
        first = None if ln.hint or ln.departments is not None else item_label(fold(ln.text))
        cuts = _next_item_cuts(ln.text, first) if first is not None else []
        if first is not None and (glued := _glued_first_item(ln.text, first, last)):
            # the items below go on in the same line: 一、促进就业(3项)1.…(牵头单位:X)2.…
            below = item_label(fold(ln.text[glued:]))
            cuts = sorted({glued, *cuts, *(glued + at for at in _next_item_cuts(ln.text[glued:], below))})
        bounds = [0, *cuts, len(ln.text)]
        out.extend(replace(ln, text=ln.text[a:b].strip()) for a, b in zip(bounds, bounds[1:]))
        for a in bounds[:-1]:
            if (label := item_label(fold(ln.text[a:]))) is not None:
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
_GLUED_TITLE = re.compile(r"^(\d{1,2})(?=[\u4e00-\u9fff])(?![年月日号时点分秒个万亿千百十元人次项家所件条座户名台套辆吨米倍成季周天期批级类位岁层栋亩])")
_GLUED_RUN = 3                          # so many titles in sequence at least


def glued_numbers(lines: list[Line]) -> list[Line]:
    """Titles numbered by a bare digit (1开展职业技能培训) given the separator of their level (1.开展…), when at
    least three of them run 1, 2, 3 … and no line is numbered 1. already; any other line as it is."""
    if any((label := item_label(fold(ln.text))) is not None and label.kind == "num" for ln in lines):
        return lines
    run: list[int] = []
    for k, ln in enumerate(lines):
        m = _GLUED_TITLE.match(fold(ln.text))
        if m is None or ln.hint or ln.departments is not None or len(ln.text) > 40 or re.search(r"[。；;]", ln.text):
            continue
        if int(m.group(1)) == len(run) + 1:
            run.append(k)
    if len(run) < _GLUED_RUN:
        return lines
    out = list(lines)
    for k in run:
        text = out[k].text
        digits = _GLUED_TITLE.match(fold(text)).end(1)
        out[k] = replace(out[k], text=f"{text[:digits]}.{text[digits:]}")
    return out


# -- items numbered by a number alone on its line ------------------------------------------------------
# A news copy of a list gives each item's number a line of its own (1 / 新增100张床位 / 改建… / 2 / …): the
# number is the item's label, the paragraphs under it its text. Read so only when every line that is a bare
# number belongs to one run 1, 2, 3 … (three at least), each followed by words, and no line is numbered 1.
# already: a table's cells pasted one a line (figures 2, 12 among them) never make such a run.
_BARE_NUMBER = re.compile(r"^\s*(\d{1,3})\s*$")
_BARE_RUN = 3


def bare_numbers(lines: list[Line]) -> list[Line]:
    """Items whose number stands alone on its line (1 then 新增100张…) given the separator of their level (1.),
    so the number and the line after it are read as one item; any other line as it is."""
    if any((label := item_label(fold(ln.text))) is not None and label.kind == "num" for ln in lines):
        return lines
    bare = [k for k, ln in enumerate(lines) if _BARE_NUMBER.match(fold(ln.text))]
    if len(bare) < _BARE_RUN or any(lines[k].hint or lines[k].departments is not None for k in bare):
        return lines
    numbers = [int(_BARE_NUMBER.match(fold(lines[k].text)).group(1)) for k in bare]
    if numbers != list(range(1, len(bare) + 1)):
        return lines
    words = [next((ln for ln in lines[k + 1:] if ln.text.strip()), None) for k in bare]
    if any(ln is None or ln.hint or item_label(fold(ln.text)) is not None or not re.search(r"[\u4e00-\u9fff]", ln.text)
           for ln in words):
        return lines
    out = list(lines)
    for k in bare:
        out[k] = replace(out[k], text=f"{out[k].text.strip()}.")
    return out


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
    out = list(lines)
    for k in (k for run in runs if len(run) >= 2 for k in run):
        stop = _STOP_LABEL.match(fold(out[k].text)).end(1)
        out[k] = replace(out[k], text=f"{out[k].text[:stop]}.{out[k].text[stop + 1:]}")
    return out
