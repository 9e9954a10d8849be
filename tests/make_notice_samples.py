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
    for path in write_real():
        print(path)



# -- real notices published as tables (tests/data/notice/real/) ------------------------------------------
# Each is rebuilt cell for cell from the published table (source address in its .labels.json); nothing is
# added, and a cell the published excerpt cuts off is left empty rather than guessed.

REAL = DATA / "real"

HUOSHAN_TITLE = "2025年开发区重点工作及责任清单"
HUOSHAN_HEADS = ("序号", "重点工作", "责任领导", "责任单位", "完成时限")
HUOSHAN_ROWS = [
    ("1", "坚持服务跟着项目走,优化“重点项目直通车”“无忧办”工作机 制,落实重点项目“领导+专班””“项目管家”等制度,"
          "全力服务重 大项目落地见效。", "叶林", "招商工作部、安商工作部", "全年"),
    ("2", "全力推进开发区“空间再造”,推动工业用地“腾笼换鸟”,力争 全年盘活僵尸企业10家,盘活存量土地400亩。",
     "马振明", "改革办", "全年"),
    ("3", "持续提升园区承载能力,加快推进开发区污水处理厂及污水管 网提升项目,全面做好纬六路以北、中沟以北地块水电气路网 "
          "等基础设施配套。", "张云峰", "规划建设局", "全年"),
]

SHAOXING_TITLE = "市政府2020年重点工作(预下达)一季度进展情况表"
SHAOXING_HEADS = ("序号", "内容与要求", "进展情况", "责任单位")
SHAOXING_ROWS = [
    ("1", "坚持“稳开稳走,提质提效”的总体态势,加强季度、月度数据监测,确保地区生产总值增长7%左右。",
     "从1-2月主要经济指标完成情况看,金融机构存贷款余额、保费收入、规上其他营利性服务业营收、规上非营利性服务业中营利活动营收等"
     "错月指标实现正增长,其他指标增速虽有不同程度回落,但在全省排名靠前,如规上工业增加值全省第2,建安投资全省第1,限上零售、住宿、"
     "餐饮分别为全省第1、第3和第2,商品房销售面积全省第1。", "市发改委"),
    ("2", "持续推进重大项目攻坚,确保有效投资增长高于经济增长、4个结构性指标均实现10%以上增长,市县长项目落地率50%以上。",
     "1-2月,全市固定资产投资同比下降12.7%,高于全省平均水平1.7个百分点,居全省第6位,比去年同期提升5位。4个结构性指标中,"
     "生态环保、城市更新和水利设施投资增长12.5%,为全省唯一个该指标实现10%以上增长的地市;民间项目投资同比下降26.8%、"
     "交通投资同比下降4.8%、高新技术产业投资同比下降2.0%。市县长项目目前已安排36个项目,总投资882.1亿元。", "市发改委"),
    ("3", "聚焦重点领域编制培育发展新兴产业新三年行动计划,力争规上工业中四大新兴产业增加值占比提升至44%;"
          "力争生物医药纳入省级“万亩千亿”新产业平台。",
     "启动培育发展新兴产业研究报告招投标相关前期工作;1-2月,战略性新兴产业增加值占规上工业增加值比重为46.3%;", "市发改委"),
]

YUNYANG_HEADER = [
    "郧阳区人民政府关于分解落实2023年区政府工作目标任务的通知",
    "郧政发〔2023〕5号",
    "各乡镇人民政府,区政府各部门:",
    "2023年是贯彻党的二十大精神的开局之年,是加快“建设汉江生态城、冲刺中部百强县”目标任务的关键之年,是深入实施“十四五”"
    "规划的攻坚之年。各乡镇、各部门务必要统一思想,提振精神,担当善为,为推动郧阳高质量发展做出更大贡献。区十八届人大二次会议"
    "审议通过的《政府工作报告》对2023年区政府工作进行了全面安排部署。经研究决定,现将2023年区政府工作目标任务分解下达给你们,"
    "请认真组织落实。",
    "各乡镇、各部门要切实履行职责,进一步量化细化目标任务,逐项列出工作清单,凝心聚力,抓好落实。各责任单位要按照“一把手”负责制,"
    "咬定目标不放松,亲自研究安排部署,将年度任务分解到季,阶段性任务分解到月,责任落实到人。由多个单位共同落实的工作,"
    "各责任单位要加强与牵头单位沟通联系,及时报送工作进展情况,主动履职尽责,对责任范围内的事项不得推诿应付。区政府办公室将对"
    "目标任务完成情况进行跟踪督办,从2023年3月份起,每季度通报目标任务推进落实情况。",
    "附件:2023年区政府工作目标任务落实责任分解表",
    "2023年1月30日",
    "附件",
    "2023年区政府工作目标任务落实责任分解表",
]
YUNYANG_HEADS = ("序号", "目  标  任  务", "牵头单位", "责任单位", "责任人")
YUNYANG_ROWS = [
    ("一、主要经济社会发展指标、发改、财政、行政审批、生态环境、营商环境、交通、金融、安全生产等工作目标"
     "(牵头领导:成坤、柯相国、王俊)",),
    ("1", "★地区生产总值增长15%。", "区发改局", "", ""),      # the published excerpt stops after 区发改局
]


def write_real_xlsx(path: Path, title: str, heads: tuple, rows: list) -> Path:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    wb.set_properties({"created": __import__("datetime").datetime(2024, 1, 1)})
    ws = wb.add_worksheet("Sheet1")
    ws.write_string(0, 0, title)
    ws.write_row(1, 0, heads)
    for r, row in enumerate(rows, start=2):
        ws.write_number(r, 0, int(row[0]))
        for c, text in enumerate(row[1:], start=1):
            ws.write_string(r, c, text)
    wb.close()
    return path


def write_real_docx_table(path: Path, header: list[str], heads: tuple, rows: list) -> Path:
    from docx import Document

    doc = Document()
    for line in header:
        doc.add_paragraph(line)
    table = doc.add_table(rows=1, cols=len(heads))
    for cell, text in zip(table.rows[0].cells, heads):
        cell.text = text
    for values in rows:
        row = table.add_row()
        if len(values) == 1:
            row.cells[0].merge(row.cells[-1]).text = values[0]
            continue
        for cell, text in zip(row.cells, values):
            cell.text = text
    doc.save(path)
    return path


def write_real() -> list[Path]:
    return [
        write_real_xlsx(REAL / "huoshan_2025.xlsx", HUOSHAN_TITLE, HUOSHAN_HEADS, HUOSHAN_ROWS),
        write_real_xlsx(REAL / "shaoxing_2020.xlsx", SHAOXING_TITLE, SHAOXING_HEADS, SHAOXING_ROWS),
        write_real_docx_table(REAL / "yunyang_2023.docx", YUNYANG_HEADER, YUNYANG_HEADS, YUNYANG_ROWS),
    ]


if __name__ == "__main__":
    main()
