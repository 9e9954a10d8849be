"""The records every source of a notice becomes, and the numbering label a record may start with.

    >>> item_label(fold("（三）加快建设…"))
    Label(kind='cn_paren', number=3, end=3)

A text line, a Word paragraph and a table row all become one ``Line``, so the source readers (word.py,
tables.py, notice.py's text reading), the flattened-page splitter (flattened.py) and the structure builder
(notice.py) pass plain values. ``item_label`` reads the 一、 （一） 1. （1） ① that the splitters cut at and the
builder ranks into levels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .chinese import cn_number

__all__ = ["LEVELS", "Label", "Line", "item_label", "joined_labels", "label_number", "stripped"]


@dataclass(frozen=True)
class Line:
    """One unit of the notice's text: a text line, a Word paragraph, a table row.

    ``departments`` is set when a table gave them in their own column; ``hint`` is "section" when the
    layout marks the line as a heading (a spreadsheet's section row or column), "note" for words of a
    flattened page's item that are no part of it (项目责任人, 实际完成情况 …, see ``unflatten``).
    """

    no: int
    text: str
    hint: str = ""
    departments: tuple[str, ...] | None = None
    where: str = "行"                  # how to name the line in messages: 第12行 / 第12段 / 任务表第12行
    leaders: tuple[str, ...] | None = None   # a table's 责任领导 column
    due: str = ""                      # a table's 完成时限 column, as written
    review: str = ""                   # why a table's row needs the office's check (its columns read by content)


# Official documents number their levels 一、 → （一） → 1. → （1） → ① (GB/T 9704), in this order. Rules
# and regulations (若干规定, 办法, 条例) number chapters 第一章 (the level of 一、), their sections 第一节 and
# articles 第一条, an article holding （一） and 1. points. A plan may count its items by ordinals instead: 第一件实事：,
# 第二项工作：, 第三条措施：, the noun left out where the colon or 、 follows at once (第一项：); the colon makes it a
# label, where 第一项任务是… in prose stays text. A news item counts the works it announces 之一：, 之二： (…的“十大工程”——
# 之一:“亮点工程”——…), "the first of them": the same level, the colon again making it a label. Such items rank
# below the article. The one-character forms ⒈ and
# ⑴ are the levels of 1. and （1）; ① to ⑳ the circled level, each with its value (``label_number``).
LEVELS = ("cn", "jie", "article", "ordinal", "cn_paren", "num", "num_paren", "circled")
_LABELS = (
    ("cn", re.compile(r"^第?([一二三四五六七八九十]{1,3})(?:部分|章|篇)?\s*[、.:\s]\s*(?=\S)")),
    ("jie", re.compile(r"^第([一二三四五六七八九十]{1,3})节(?:\s*[、.:]|\s)\s*(?=\S)")),
    ("article", re.compile(r"^第([一二三四五六七八九十百零〇]{1,6})条(?:\s*[、.:]|\s)\s*(?=\S)")),
    ("ordinal", re.compile(r"^(?:第([一二三四五六七八九十]{1,3})[件项条][\u4e00-\u9fff]{0,6}?\s*[:、]|"
                           r"之([一二三四五六七八九十]{1,3})\s*:)\s*(?=\S)")),
    ("cn_paren", re.compile(r"^\(([一二三四五六七八九十]{1,3})\)\s*(?=\S)")),
    ("num", re.compile(r"^(?:(\d{1,3})\s*[.、,](?!\d)|([⒈-⒛])\s*[.、,]?)\s*(?=\S)")),
    ("num_paren", re.compile(r"^(?:\((\d{1,3})\)|(\d{1,3})\)|([⑴-⒇]))\s*(?=\S)")),
    ("circled", re.compile(r"^([①-⑳])\s*(?=\S)")),
)
# A word processor or a converted PDF may write the full stop after a number as a look-alike: ﹒ (U+FE52 SMALL
# FULL STOP) or ․ (U+2024 ONE DOT LEADER); ． (U+FF0E) is folded already. Each is read as "." where a label may
# stand. The middle dots (· ‧ ・, as in 努尔买买提·阿布来提) are no full stop and stay as written.
_STOP_LOOKALIKES = str.maketrans("\ufe52\u2024", "..")
# The one-character forms of a level: ⒈ (digit full stop) is 1., ⑴ (parenthesized digit) is (1), ① circled;
# each runs 1 to 20 from its first code point.
_SINGLE = {"num": 0x2488, "num_paren": 0x2474, "circled": 0x2460}


@dataclass(frozen=True)
class Label:
    """A numbering label: its level's kind (one of ``LEVELS``), its number, where the item's text starts."""

    kind: str
    number: int
    end: int            # where the item's own text starts


# 第一篇:2014—6汉滨…打造十大民生工程: a compilation of sample texts (范文) numbers the pieces it copies, each headed by
# its date (year—month) and title; that 第一篇 is the page's, no part of the notice copied (a plan's 第一篇 names its
# part: 第一篇 总体要求).
_COMPILED_PIECE = re.compile(r"^第[一二三四五六七八九十]{1,3}篇\s*:\s*(?:19|20)\d{2}\s*[—\-–.年]\s*\d{1,2}(?!\d)")


def item_label(folded: str) -> Label | None:
    """The numbering label a (folded) line starts with, if any."""
    folded = folded[:8].translate(_STOP_LOOKALIKES) + folded[8:]
    if _COMPILED_PIECE.match(folded):
        return None
    for kind, pattern in _LABELS:
        m = pattern.match(folded)
        if m:
            raw = next(g for g in m.groups() if g)
            return Label(kind, label_number(kind, raw), m.end())
    return None


def joined_labels(lines: list[Line], fold=lambda text: text) -> list[Line]:
    """Lines with a label standing alone on its line (``（一）`` then the item's words on the next line)
    joined to the line after it, at any level (一、 （一） 1. （1） ①): the item is the label and that line.

    Only when the next line is plain text (no label of its own, no table columns, no layout hint)."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        folded = fold(ln.text)
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        label = item_label(folded + "\u4e00") if ln.departments is None and not ln.hint else None
        if (label is not None and label.end == len(folded) and nxt is not None and nxt.text
                and not nxt.hint and nxt.departments is None and item_label(fold(nxt.text)) is None):
            out.append(Line(ln.no, f"{ln.text}{nxt.text}", where=ln.where))
            i += 2
            continue
        out.append(ln)
        i += 1
    return out


def label_number(kind: str, raw: str) -> int:
    """The value of a label's number as matched: 12, 十二, ⑿ or ⑫ → 12; 0 for anything else (never raises).

    ``str.isdigit`` is true of ① and ² too, which ``int`` refuses, so decimals are told by ``isdecimal``."""
    if raw.isdecimal():
        return int(raw)
    if len(raw) == 1 and kind in _SINGLE and 0 <= ord(raw) - _SINGLE[kind] < 20:
        return ord(raw) - _SINGLE[kind] + 1
    return cn_number(raw) or 0


def stripped(entry: dict) -> dict:
    """Line fields with the text stripped of the spaces around it."""
    return {**entry, "text": entry["text"].strip()}
