"""Test helpers: the same notice as a Word document or a spreadsheet task table.

    >>> docx_paragraphs(lines, tmp_path / "n.docx")                       # one paragraph per line
    >>> docx_task_table(header, catalogue, tmp_path / "t.docx", roles=True) # header paragraphs + a task table
    >>> xlsx_task_table(header, catalogue, tmp_path / "t.xlsx", section_column=True)

The tables are written from a catalogue parsed from the text form, task by task (number, text
without the department marker, departments in their own column), so reading them back must give
that catalogue again.
"""

from __future__ import annotations

from pathlib import Path

from tz_excel.catalogue import Catalogue

CN = "零一二三四五六七八九十"


def section_numeral(no: int) -> str:
    return CN[no] if no <= 10 else "十" + CN[no - 10]


def header_lines(path: Path) -> list[str]:
    """The lines of a text notice before its first section heading."""
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(("一、", "一.")):
            break
        lines.append(line.strip())
    return lines


def docx_paragraphs(lines: list[str], path: Path) -> Path:
    from docx import Document

    doc = Document()
    for line in lines:
        doc.add_paragraph(line)
    doc.save(path)
    return path


def _rows(catalogue: Catalogue, roles: bool, plain_sections: set[int] = frozenset()):
    """(kind, cells) rows: ("section", title) then ("task", [no, text, departments…])."""
    titles = {s.no: s.title for s in catalogue.sections}
    current = None
    for task in catalogue.tasks:
        if task.section != current:
            current = task.section
            title = titles[current]
            yield "section", title if current in plain_sections else f"{section_numeral(current)}、{title}"
        deps = list(task.departments)
        if roles:
            yield "task", [str(task.no), task.text, deps[0] if deps else "", "、".join(deps[1:])]
        else:
            yield "task", [str(task.no), task.text, "、".join(deps)]


def docx_task_table(header: list[str], catalogue: Catalogue, path: Path, roles: bool = False,
                    plain_sections: set[int] = frozenset()) -> Path:
    """Header paragraphs, then one table: 序号 | 重点任务 | 责任单位 (or 牵头单位 | 配合单位), with merged
    section rows."""
    from docx import Document

    doc = Document()
    for line in header:
        doc.add_paragraph(line)
    heads = ["序号", "重点任务", "牵头单位", "配合单位"] if roles else ["序号", "重点任务", "责任单位"]
    table = doc.add_table(rows=1, cols=len(heads))
    for cell, text in zip(table.rows[0].cells, heads):
        cell.text = text
    for kind, value in _rows(catalogue, roles, plain_sections):
        row = table.add_row()
        if kind == "section":
            merged = row.cells[0].merge(row.cells[-1])
            merged.text = value
        else:
            for cell, text in zip(row.cells, value):
                cell.text = text
    doc.save(path)
    return path


def xlsx_task_table(header: list[str], catalogue: Catalogue, path: Path, section_column: bool = False,
                    roles: bool = False, plain_sections: set[int] = frozenset()) -> Path:
    """Title rows, then a task table; sections as rows spanning the table or in a 一级 column."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("重点任务")
    for r, line in enumerate(header):
        ws.write_string(r, 0, line)
    heads = ["序号", "重点任务"] + (["牵头单位", "配合单位"] if roles else ["责任单位"])
    if section_column:
        heads = ["一级"] + heads
    r = len(header)
    ws.write_row(r, 0, heads)
    section = ""
    for kind, value in _rows(catalogue, roles, plain_sections):
        if kind == "section":
            section = value
            if not section_column:
                r += 1
                ws.merge_range(r, 0, r, len(heads) - 1, value)
            continue
        r += 1
        row = ([section] if section_column else []) + value
        ws.write_number(r, 0 + section_column, int(row[section_column]))
        for c, text in enumerate(row):
            if c != section_column:
                ws.write_string(r, c, text)
    wb.close()
    return path


# -- Word's automatic numbering ---------------------------------------------------------------------

_SECTION_LINE = r"^(?:[-–—]\s*)?([一二三四五六七八九十]+)、\s*(.*)$"
_TASK_LINE = r"^(\d{1,3})\s*[.、．]\s*(.*)$"
_SUB_LINE = r"^[（(]([一二三四五六七八九十]+)[）)]\s*(.*)$"


def _add_list(doc, levels: list[tuple[str, str]], start_override: int | None = None) -> int:
    """A numbering definition (one abstractNum with ``levels`` of (numFmt, lvlText)) and a num using it;
    returns the numId. python-docx has no API for this, so the XML is built with its oxml helpers."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    numbering = doc.part.numbering_part.element
    taken = [int(a.get(_w("abstractNumId"))) for a in numbering.findall(_w("abstractNum"))]
    abstract_id = max(taken + [-1]) + 1
    lvls = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                   f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>' for i, (fmt, text) in enumerate(levels))
    abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
                         f'<w:multiLevelType w:val="multilevel"/>{lvls}</w:abstractNum>')
    first_num = numbering.find(_w("num"))
    if first_num is None:
        numbering.append(abstract)
    else:
        first_num.addprevious(abstract)                 # the schema wants every abstractNum before the nums
    num = numbering.add_num(abstract_id)
    if start_override is not None:
        num.add_lvlOverride(0).add_startOverride(start_override)
    return num.numId


def _w(tag: str) -> str:
    from docx.oxml.ns import qn

    return qn(f"w:{tag}")


def number_paragraph(paragraph, num_id: int, ilvl: int = 0) -> None:
    """Put ``paragraph`` in list ``num_id`` at level ``ilvl`` (w:numPr), through the public w:p element."""
    from lxml import etree

    p = paragraph.paragraph_format.element
    ppr = p.find(_w("pPr"))
    if ppr is None:
        ppr = etree.Element(_w("pPr"))
        p.insert(0, ppr)                                 # the schema wants w:pPr first
    num_pr = etree.SubElement(ppr, _w("numPr"))
    etree.SubElement(num_pr, _w("ilvl")).set(_w("val"), str(ilvl))
    etree.SubElement(num_pr, _w("numId")).set(_w("val"), str(num_id))


def docx_auto_numbered(lines: list[str], path: Path, *, multilevel: bool = False, style_tasks: bool = False,
                       headings: tuple[str, ...] = (), section_format: str = "chineseCounting") -> Path:
    """The notice as Word paragraphs whose "一、" and "1." come from automatic numbering, not the text.

    Args:
        multilevel: one list, sections at level 0 ("%1、"), "（一）" headings at level 1 ("（%2）") and
            tasks at level 2 ("%3."), so task numbers restart under every heading; otherwise two lists,
            tasks numbered straight through, "（一）" headings typed.
        style_tasks: number the tasks through the "List Number" paragraph style instead of their own
            properties (python-docx's default template links that style to a decimal list).
        headings: further lines to number as sections (a heading that lost its numeral in the text).
    """
    import re

    from docx import Document

    doc = Document()
    subs = None
    if multilevel:
        one = _add_list(doc, [(section_format, "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3.")])
        sections, subs, tasks = (one, 0), (one, 1), (one, 2)
    else:
        sections = (_add_list(doc, [(section_format, "%1、")]), 0)
        tasks = (_add_list(doc, [("decimal", "%1.")]), 0)
    for line in lines:
        line = line.strip()
        section, task = re.match(_SECTION_LINE, line), re.match(_TASK_LINE, line)
        sub = re.match(_SUB_LINE, line)
        if sub and subs:
            number_paragraph(doc.add_paragraph(sub.group(2)), *subs)
        elif section or line.lstrip("-– ") in headings:
            paragraph = doc.add_paragraph(section.group(2) if section else line.lstrip("-– "))
            number_paragraph(paragraph, *sections)
        elif task and style_tasks:
            doc.add_paragraph(task.group(2), style="List Number")
        elif task:
            number_paragraph(doc.add_paragraph(task.group(2)), *tasks)
        else:
            doc.add_paragraph(line)
    doc.save(path)
    return path


def docx_numbered_table(header: list[str], rows: list[list[str]], path: Path,
                        heads=("序号", "重点任务", "牵头单位", "配合单位", "完成时限")) -> Path:
    """Header paragraphs, then a task table whose 序号 cells are numbered by Word ("%1"), left empty in text.
    A row with one cell is a section row spanning the table."""
    from docx import Document

    doc = Document()
    for line in header:
        doc.add_paragraph(line)
    num_id = _add_list(doc, [("decimal", "%1")])
    table = doc.add_table(rows=1, cols=len(heads))
    for cell, text in zip(table.rows[0].cells, heads):
        cell.text = text
    for values in rows:
        row = table.add_row()
        if len(values) == 1:
            row.cells[0].merge(row.cells[-1]).text = values[0]
            continue
        number_paragraph(row.cells[0].paragraphs[0], num_id)
        for cell, text in zip(row.cells[1:], values):
            cell.text = text
    doc.save(path)
    return path
