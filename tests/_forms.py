"""Test helpers for templates: a small hand-built notice and a snapshot of what openpyxl reads back.

    >>> catalogue, directory = small_catalogue(), small_directory()
    >>> snapshot(load_workbook(path))["sheets"][0]["title"]
    '填报表'

``snapshot`` is what the golden files under tests/data/forms/ hold (written by
tests/make_form_golden.py, on purpose only).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from tz_excel.catalogue import Catalogue, Indicator, Section, Task
from tz_excel.departments import Department, Directory

FIXED_NOW = datetime(2023, 9, 4, 9, 0, 0)


def small_catalogue() -> Catalogue:
    """Three sections' worth of the notice's shapes: counts, a cap, a percent level, a bare task."""
    tasks = (
        Task(1, 1, "完善实验室体系", "建设省院士工作站2个,建设枣庄市级重点实验室8个。", ("市科技局",), (
            Indicator("1.1", "省院士工作站", 2, "个", source="建设省院士工作站2个"),
            Indicator("1.2", "枣庄市级重点实验室", 8, "个", source="建设枣庄市级重点实验室8个"),
        )),
        Task(5, 1, "优化创新创业环境", "协助企业申请科技成果转化贷款1.5亿元。", ("市科技局", "市国资局"), (
            Indicator("5.1", "科技成果转化贷款", 1.5, "亿元", aspirational=True, source="力争协助企业申请科技成果转化贷款1.5亿元"),
        )),
        Task(7, 2, "推动产业数字化", (
            "加快推进企业数字化转型,实施“工赋滕州”行动,推动规模以上工业企业数字化改造全覆盖,"
            "培育一批“专精特新”企业和智能工厂、数字化车间,打造工业互联网平台。"), ("市工信局", "市科技局"), ()),
        Task(30, 3, "强化用水总量控制", "年度用水总量控制在3.05亿立方米以内。", ("市水利局", "各镇街"), (
            Indicator("30.1", "年度用水总量", 3.05, "亿立方米", comparator="<=", source="年度用水总量控制在3.05亿立方米以内"),
        )),
        Task(41, 3, "提升污水处理水平", "城市生活污水集中收集率达到95%。", ("市住建局", "各镇街"), (
            Indicator("41.1", "城市生活污水集中收集率", 95, "%", kind="level", source="城市生活污水集中收集率达到95%"),
        )),
    )
    sections = (Section(1, "深入实施创新驱动发展战略"), Section(2, "加快产业转型升级"), Section(3, "推动绿色低碳发展"))
    return Catalogue("滕州市人民政府办公室关于印发《滕州市深化新旧动能转换推动绿色低碳高质量发展2023年重点任务》的通知",
                     2023, sections, tasks, doc_number="滕政办发〔2023〕30号", date="2023-08-15")


def dated_catalogue() -> Catalogue:
    """``small_catalogue`` with deadlines: 1.1 by 1 September (its own), task 1 by 30 June, task 5
    by 31 October, task 41 by year end (written out); the rest take the year's end."""
    base = small_catalogue()
    dues = {1: date(2023, 6, 30), 5: date(2023, 10, 31), 41: date(2023, 12, 31)}
    tasks = []
    for task in base.tasks:
        indicators = tuple(replace(i, due=date(2023, 9, 1)) if i.id == "1.1" else i for i in task.indicators)
        tasks.append(replace(task, indicators=indicators, due=dues.get(task.no)))
    return replace(base, tasks=tuple(tasks))


def small_directory(towns: bool = True) -> Directory:
    """The catalogue's departments; with ``towns`` 各镇街 has two members."""
    deps = [
        Department("市科技局", aliases=("科技局",), contact="张三", phone="0632-5510001", emails=("kjj@example.cn",)),
        Department("市国资局"), Department("市工信局"), Department("市水利局"), Department("市住建局"),
        Department("各镇街"),
    ]
    if towns:
        deps += [Department("北辛街道", groups=("各镇街",)), Department("荆河街道", groups=("各镇街",))]
    return Directory(tuple(deps))


def snapshot(book) -> dict:
    """What a reader of the workbook can see, as plain JSON-able data."""
    props = book.custom_doc_props
    return {
        "sheets": [_sheet(ws) for ws in book.worksheets],
        "custom_properties": {p.name: p.value for p in props.props},
        "title": book.properties.title,
        "created": book.properties.created.isoformat() if book.properties.created else None,
        "defined_names": sorted(_defined_names(book)),
    }


def _defined_names(book) -> list[str]:
    names = []
    for ws in book.worksheets:
        if ws.print_title_rows:
            names.append(f"{ws.title}!print_title_rows={ws.print_title_rows}")
        if ws.print_area:
            names.append(f"{ws.title}!print_area={ws.print_area}")
    return names


def _sheet(ws) -> dict:
    cells, formats, unlocked = {}, {}, []
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None:
                cells[c.coordinate] = c.value
            if c.number_format != "General" and (c.value is not None or not c.protection.locked):
                formats[c.coordinate] = c.number_format
            if not c.protection.locked:
                unlocked.append(c.coordinate)
    protection = ws.protection
    setup = ws.page_setup
    fit = ws.sheet_properties.pageSetUpPr
    return {
        "title": ws.title,
        "state": ws.sheet_state,
        "cells": cells,
        "number_formats": formats,
        "unlocked": unlocked,
        "fills": _fills(ws),
        "fonts": sorted({c.font.name for row in ws.iter_rows() for c in row if c.value is not None}),
        "column_widths": {k: d.width for k, d in sorted(ws.column_dimensions.items()) if d.width},
        "row_heights": {str(k): d.height for k, d in sorted(ws.row_dimensions.items()) if d.height},
        "merged": sorted(str(r) for r in ws.merged_cells.ranges),
        "validations": sorted((_validation(v) for v in ws.data_validations.dataValidation),
                              key=lambda v: v["sqref"]),
        # openpyxl's raw attributes: True means the action is *forbidden* when the sheet is protected.
        "protection": {"sheet": bool(protection.sheet), "password": bool(protection.password),
                       "formatColumns": bool(protection.formatColumns),
                       "formatRows": bool(protection.formatRows),
                       "selectLockedCells": bool(protection.selectLockedCells),
                       "selectUnlockedCells": bool(protection.selectUnlockedCells)},
        "freeze": ws.freeze_panes,
        "print": {"orientation": setup.orientation, "paperSize": setup.paperSize,
                  "fitToWidth": setup.fitToWidth, "fitToHeight": setup.fitToHeight,
                  "fitToPage": bool(fit and fit.fitToPage), "footer": ws.oddFooter.center.text},
    }


def _fills(ws) -> dict:
    fills = {}
    for row in ws.iter_rows():
        for c in row:
            if c.fill is not None and c.fill.fill_type == "solid":
                fills[c.coordinate] = c.fill.fgColor.rgb
    return fills


def _validation(v) -> dict:
    return {"sqref": str(v.sqref), "type": v.type, "operator": v.operator, "formula1": v.formula1,
            "errorStyle": v.errorStyle, "allowBlank": bool(v.allow_blank),
            "promptTitle": v.promptTitle, "prompt": v.prompt, "showDropDown": bool(v.showDropDown)}
