"""Write the table-form sample notice (a 任务分工表) as .docx, .xlsx and .txt into tests/data/notice/.

    python tests/make_notice_samples.py

The three files carry one notice: the Word file as an office would send it (header paragraphs, then
a table whose 序号 column is Word's automatic numbering, so its cells hold no digits, and a
完成时限 column), the spreadsheet with typed numbers, and the text form with a department marker
after each task. tests/test_notice.py reads the files and expects one catalogue from all three.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _notice import docx_numbered_table  # noqa: E402

DATA = Path(__file__).parent / "data" / "notice"

HEADER = [
    "南宁市人民政府办公室关于印发南宁市2024年全面推进乡村振兴重点任务分工方案的通知",
    "南府办〔2024〕8号",
    "各县（市、区）人民政府，市政府各组成部门、各直属机构：",
    "经市人民政府同意，现将《南宁市2024年全面推进乡村振兴重点任务分工方案》印发给你们，请认真抓好落实。",
    "南宁市人民政府办公室",
    "2024年2月26日",
    "附件",
    "南宁市2024年全面推进乡村振兴重点任务分工表",
]
HEADS = ("序号", "重点任务", "牵头单位", "配合单位", "完成时限")
COUNTIES = "各县（市、区）人民政府"
# (重点任务, 牵头单位, 配合单位, 完成时限); a 1-tuple is a section row spanning the table.
ROWS = [
    ("一、保障粮食和重要农产品稳定供给",),
    ("稳定粮食生产。全市粮食播种面积稳定在1020万亩以上，总产量达到300万吨。", "市农业农村局",
     f"市发展改革委、市粮食和储备局，{COUNTIES}", "2024年12月底前"),
    ("建设高标准农田。新建和改造提升高标准农田25万亩，完成高效节水灌溉面积3万亩。", "市农业农村局",
     "市财政局、市水利局", "2024年11月底前"),
    ("抓好生猪稳产保供。能繁母猪存栏稳定在28万头左右，生猪出栏450万头以上。", "市农业农村局",
     "市发展改革委、市商务局", "长期坚持"),
    ("二、提升乡村建设水平",),
    ("推进农村公路建设。新改建农村公路500公里，实施危桥改造30座，第三批“四好农村路”示范县创建通过验收。",
     "市交通运输局", COUNTIES, "2024年12月底前"),
    ("改善农村人居环境。农村卫生厕所普及率达到92%，新增农村生活污水治理行政村120个，"
     "农村生活垃圾无害化处理率保持在99%以上。", "市农业农村局", "市生态环境局、市住房城乡建设局", "2024年12月底前"),
    ("完善农村供水保障。完成农村供水工程建设项目80个，农村自来水普及率提高到90%以上，"
     "规模化供水工程覆盖农村人口比例达到60%。", "市水利局", "市卫生健康委", "2024年10月底前"),
    ("三、促进农民增收",),
    ("壮大村级集体经济。村级集体经济收入10万元以上的村占比达到70%，培育集体经济强村100个。", "市委组织部",
     "市农业农村局、市财政局", "2024年12月底前"),
    ("促进农民就业增收。农村居民人均可支配收入增长7%左右，新增农村劳动力转移就业3万人，"
     "开展农民技能培训每年不少于2万人次。", "市人力资源社会保障局", "市农业农村局、市乡村振兴局", "长期坚持"),
    ("加大金融支农力度。涉农贷款余额增长10%以上，新增政策性农业保险保费规模2亿元，发放创业担保贷款3-5亿元。",
     "市地方金融管理局", "人民银行南宁市分行、国家金融监督管理总局南宁监管分局", "2024年12月底前"),
]


def write_docx(path: Path) -> Path:
    return docx_numbered_table(HEADER, [list(r) for r in ROWS], path, heads=HEADS)


def write_xlsx(path: Path) -> Path:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("任务分工表")
    for r, line in enumerate(HEADER):
        ws.write_string(r, 0, line)
    r = len(HEADER)
    ws.write_row(r, 0, HEADS)
    no = 0
    for row in ROWS:
        r += 1
        if len(row) == 1:
            ws.merge_range(r, 0, r, len(HEADS) - 1, row[0])
            continue
        no += 1
        ws.write_number(r, 0, no)
        for c, text in enumerate(row, start=1):
            ws.write_string(r, c, text)
    wb.close()
    return path


def write_txt(path: Path) -> Path:
    lines, no = list(HEADER), 0
    for row in ROWS:
        if len(row) == 1:
            lines.append(row[0])
            continue
        no += 1
        task, lead, co, _deadline = row
        lines.append(f"{no}.{task}（牵头单位：{lead}；配合单位：{co}）")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def main() -> None:
    for write, name in ((write_docx, "sample_nanning_table.docx"), (write_xlsx, "sample_nanning_table.xlsx"),
                        (write_txt, "sample_nanning_table.txt")):
        print(write(DATA / name))


if __name__ == "__main__":
    main()
