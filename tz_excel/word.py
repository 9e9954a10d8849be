"""A Word document (.docx) → ``Line`` records: its paragraphs and table rows, in body order.

    >>> lines = docx_lines(Path("notice.docx").read_bytes(), "notice.docx")

A paragraph numbered with Word's list button gets its label ("一、", "2.") rebuilt as Word draws it; a table's
merged cells (w:gridSpan, w:vMerge) are read once and stand for every grid cell they cover, and its rows are
read as a task table by tables.py.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from .chinese import cn_numeral
from .errors import NoticeParseError
from .lines import Line, stripped
from .tables import table_lines

__all__ = ["docx_lines"]


def docx_lines(data: bytes, name: str) -> list[Line]:
    """A Word document's paragraphs and table rows, in body order.

    python-docx opens the package; the body is walked as XML from its public ``Document.element``, so a
    table's merged cells (w:gridSpan, w:vMerge) are known as such and read once.
    """
    from docx import Document

    try:
        document = Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several kinds for a broken package
        raise NoticeParseError(f"{name} 无法作为 Word 文档打开：{exc}", path=name, line=None) from exc
    numbering = _Numbering(document)
    fields: list[dict] = []
    for block in document.element.body.iterchildren(f"{_W}p", f"{_W}tbl"):
        if block.tag == f"{_W}tbl":
            fields.extend(entry for _, entry in table_lines(_grid_rows(block, numbering.text)))
        else:
            fields.extend({"text": part} for part in numbering.text(block).split("\n"))
    return [Line(no, **stripped(entry), where="段") for no, entry in enumerate(fields, start=1)]


def _grid_rows(table, paragraph_text) -> list[list[str]]:
    """A Word table's rows as cell texts, one per grid column a cell spans (w:gridSpan), the first cell
    of a vertical merge (w:vMerge) standing in for the cells it covers; each cell is read once, so the
    numbering counts a merged cell once."""
    rows, above = [], {}                               # above: grid column → text of the cell there
    for tr in table.iterchildren(f"{_W}tr"):
        column, here, cells = _int_val(tr.find(f"{_W}trPr"), "gridBefore", 0), {}, []
        for tc in tr.iterchildren(f"{_W}tc"):
            props = tc.find(f"{_W}tcPr")
            span = _int_val(props, "gridSpan", 1)
            merge = props.find(f"{_W}vMerge") if props is not None else None
            if merge is not None and merge.get(f"{_W}val", "continue") == "continue" and column in above:
                text = above[column]
            else:
                text = "\n".join(paragraph_text(p) for p in tc.iterchildren(f"{_W}p"))
            for _ in range(span):
                here[column] = text
                cells.append(text)
                column += 1
        rows.append(cells)
        above = here
    return rows


def _int_val(props, tag: str, default: int) -> int:
    """The integer w:val of child ``tag`` of a properties element, or ``default``."""
    node = props.find(f"{_W}{tag}") if props is not None else None
    value = node.get(f"{_W}val") if node is not None else None
    return _to_int(value, default)


def _to_int(value, default: int = 0) -> int:
    """A w:val read as a whole number, ``default`` for anything else (a damaged file never raises here)."""
    value = (value or "").strip()
    return int(value) if value.isdecimal() and len(value) < 10 else default

# -- Word's automatic numbering ---------------------------------------------------------------------
# A paragraph numbered with Word's list button keeps its "一、" or "1." in the numbering part, not in its
# text, so python-docx's ``paragraph.text`` lacks it. The label is rebuilt here the way Word draws it.

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CHINESE_COUNTING = {"chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
                     "koreanCounting", "ideographLegalTraditional"}
_PLACEHOLDER = re.compile(r"%([1-9])")                 # w:lvlText's %1 … %9: the number of level 1 … 9
_LABEL_END = re.compile(r"[.．、:：)）\]]$")              # a label that ends in its own separator


@dataclass(frozen=True)
class _Level:
    fmt: str           # w:numFmt: decimal, chineseCounting, ideographTraditional, bullet, none …
    text: str          # w:lvlText: "%1、", "（%1）", "%1."
    start: int


class _Numbering:
    """Counts the automatically numbered paragraphs of one document, in order, per (numId, ilvl)."""

    def __init__(self, document) -> None:
        self.document = document
        self.levels = _numbering_levels(document)
        self.counts: dict[tuple[str, int], int] = {}
        self.styles: dict[str | None, object] = {}      # w:pStyle's w:val (None: none) → its paragraph style

    def text(self, p) -> str:
        """A w:p element's text as Word shows it: its list label ("一、", "2."), if any, then its runs."""
        from docx.text.paragraph import Paragraph

        paragraph = Paragraph(p, self.document)
        return self.label(p, self._style(p, paragraph)) + paragraph.text

    def _style(self, p, paragraph):
        """``paragraph.style``, looked up once per style id: python-docx finds the style (the default one for a
        paragraph naming none) by a pass over all the document's styles, for every paragraph asked."""
        node = p.find(f"{_W}pPr/{_W}pStyle")
        key = None if node is None else node.get(f"{_W}val")
        if node is not None and key is None:
            return paragraph.style                      # a w:pStyle without w:val: python-docx's own error
        if key not in self.styles:
            self.styles[key] = paragraph.style
        return self.styles[key]

    def label(self, p, style) -> str:
        """The label Word shows before w:p element ``p`` of paragraph style ``style``, or ""."""
        num_id, ilvl = _num_pr(p, style)
        level = self.levels.get((num_id, ilvl))
        if level is None:
            return ""
        self.counts[(num_id, ilvl)] = self.counts.get((num_id, ilvl), level.start - 1) + 1
        for key in [k for k in self.counts if k[0] == num_id and k[1] > ilvl]:
            del self.counts[key]                        # a deeper level restarts under a new item
        if level.fmt in ("bullet", "none"):
            return ""

        def number(m: re.Match) -> str:
            at = int(m.group(1)) - 1
            shown = self.levels.get((num_id, at), level)
            return _format_number(self.counts.get((num_id, at), shown.start), shown.fmt)

        label = _PLACEHOLDER.sub(number, level.text).strip()
        if label and not _LABEL_END.search(label):
            label += "、" if level.fmt in _CHINESE_COUNTING else "."   # "%1" drawn before a tab
        return label


def _numbering_levels(document) -> dict[tuple[str, int], _Level]:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    try:
        root = document.part.part_related_by(RT.NUMBERING).element
    except KeyError:
        return {}
    abstract = {a.get(f"{_W}abstractNumId"): {_to_int(lvl.get(f"{_W}ilvl")): lvl
                                               for lvl in a.findall(f"{_W}lvl")}
                for a in root.findall(f"{_W}abstractNum")}
    levels = {}
    for num in root.findall(f"{_W}num"):
        ref = num.find(f"{_W}abstractNumId")
        lvls = dict(abstract.get(ref.get(f"{_W}val") if ref is not None else None, {}))
        starts = {}
        for override in num.findall(f"{_W}lvlOverride"):
            ilvl = _to_int(override.get(f"{_W}ilvl"))
            if (lvl := override.find(f"{_W}lvl")) is not None:
                lvls[ilvl] = lvl
            if (start := override.find(f"{_W}startOverride")) is not None:
                starts[ilvl] = _to_int(start.get(f"{_W}val"), 1)
        for ilvl, lvl in lvls.items():
            fmt = lvl.findall(f".//{_W}numFmt")         # the last one is mc:Fallback's, if any
            text = lvl.find(f"{_W}lvlText")
            start = lvl.find(f"{_W}start")
            levels[(num.get(f"{_W}numId"), ilvl)] = _Level(
                fmt=fmt[-1].get(f"{_W}val") if fmt else "decimal",
                text=text.get(f"{_W}val", "") if text is not None else f"%{ilvl + 1}.",
                start=starts.get(ilvl, _to_int(start.get(f"{_W}val"), 1) if start is not None else 1))
    return levels


def _num_pr(p, style) -> tuple[str | None, int]:
    """(numId, ilvl) of w:p element ``p``, from its own properties or else its style chain's (List Number …)."""
    num_id, ilvl = None, None
    sources = [p.find(f"{_W}pPr")]
    while style is not None:
        sources.append(style.element.find(f"{_W}pPr"))
        style = style.base_style
    for num_pr in (ppr.find(f"{_W}numPr") for ppr in sources if ppr is not None):
        if num_pr is None:
            continue
        if num_id is None:
            num_id = _val(num_pr, "numId")
        if ilvl is None and (level := _val(num_pr, "ilvl")) is not None:
            ilvl = _to_int(level)
    return (None if num_id == "0" else num_id), ilvl or 0


def _val(parent, tag: str) -> str | None:
    node = parent.find(f"{_W}{tag}")
    return None if node is None else node.get(f"{_W}val")


_STEMS = "甲乙丙丁戊己庚辛壬癸"


def _format_number(n: int, fmt: str) -> str:
    if fmt in _CHINESE_COUNTING:
        return cn_numeral(n) if n < 100 else str(n)
    if fmt == "ideographTraditional":                   # 甲, 乙, 丙 … as Word draws it
        return _STEMS[(n - 1) % 10]
    if fmt == "ideographDigital":
        return "".join("〇一二三四五六七八九"[int(d)] for d in str(n))
    if fmt in ("upperLetter", "lowerLetter"):
        letter = chr(ord("A") + (n - 1) % 26)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)                                       # decimal and its full-width, circled … forms
