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
