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


# -- round three: local notices of more shapes (labels in tests/data/notice/real/*.labels.json) ---------
# A row is a list of cells, None where a merged cell covers it; a merge is (first row, first column, last row,
# last column) over the data rows; "\n" in a Word cell separates its paragraphs.

DAZHU_HEADER = [
    "大竹县人民政府办公室关于对2016年民生实事进行重点督办的通知",
    "来源:信息公开办",
    "发布日期:2016-03-01",
    "点击数:人次",
    "竹府办〔2016〕20号",
    "各乡镇人民政府、街道办事处,县级各部门:",
    "    为让人民群众生活得更有保障、更加幸福,根据《2016年政府工作报告》安排部署,现将2016年“民生实事”目标任务分解下达。"
    "请各责任领导、责任单位认真研究、强化责任、细化措施,确保全年目标任务顺利完成。县政府督查室将常年跟踪,适时开展督查。"
    "请各责任单位于每季度末月20日前将“民生实事”完成情况书面报县政府督查室420室(联系电话:6239325)。",
    "    附件:2016年民生实事目标任务分解表",
    "                               大竹县人民政府办公室",
    "                                       2016年2月26日   ",
    "附件",
    "2016年民生实事目标任务分解表",
]
DAZHU_HEADS = ("序号", "民生实事", "责任单位", "完成时限")
DAZHU_ROWS = [
    ["1", "启动建设东柳河城区段综合治理工程和东湖湿地公园。", "县水务局\n县住建局\n县护城河指挥部", "12月底前"],
    ["2", "新建2座人行天桥。", "县住建局", "9月投入使用"],
    ["3", "启动县图书馆新馆建设。", "县文体广新局\n县代建中心", "12月底前"],
    ["4", "建成县残疾人综合服务中心。", "县残联", "5月底前动工"],
    ["5", "开工建设县老年养护楼。", "县民政局", "5月底前动工"],
    [None, "开工建设老年大学。", None, "12月底前"],
    ["6", "迁建县政务服务中心。", "县政务服务中心\n县代建中心", "12月底前"],
    ["7", "加快推进土地滩水库建设。", "县水务局", "12月底前"],
    ["8", "启动大竹县第十二小学建设,新建中心幼儿园2所。", "县教科局\n县代建中心", "12月底前"],
    ["9", "完成棚户区改造2836户。", "县住建局", "12月底前"],
    ["10", "城区再新建1个农贸市场。", "县商务局", "12月底前"],
]
DAZHU_MERGES = [(4, 0, 5, 0), (4, 2, 5, 2)]
DAZHU_TRAILER = ["分享到:"]

CANGNAN_TITLE = "2022年度市县民生实事未完成项目进度表(截至10月31日)"
CANGNAN_HEADS = ("序号", "项目内容", "当前进度", "牵头单位", "备注")
CANGNAN_ROWS = [
    ["1", "新(改、扩)建公办园5所,新增公办幼儿学位1000个。", "80%(新区实验幼儿园进度滞后)", "县教育局", "市民生实事"],
    ["2", "建设四好农村路55公里。", "95%", "县交通局", "县民生实事"],
    ["3", "完成农村公路大中修70公里。", "90%", "县交通局", "县民生实事"],
    ["4", "建成投用沿浦、宜山、莒溪、炎亭、望里、赤溪、岱岭、灵溪浦亭等8家卫生院", "98%", "县卫健局", "县民生实事"],
    ["5", "打通县城人民大道(苍南大道至山海大道)等12条断头路。", "88%(灵溪镇园区六路、金乡镇四好农村路推进缓慢)",
     "县住建局", "县民生实事"],
    ["6", "建成投用桥墩镇、赤溪镇、灵溪镇观美等3家中心敬老院。", "57%(赤溪、灵溪偏慢)", "县民政局", "县民生实事"],
    ["7", "开工建设矾山镇、马站镇等2家中心敬老院。", "50%(马站未开工", "县民政局", "县民生实事"],
    ["8", "推进县职业中专扩容提升。", "22%(严重滞后)", "县教育局", "县民生实事"],
    ["9", "建成投用中小学3所,新增学位3800位。", "95%", "县教育局", "县民生实事"],
    ["10", "完成上横河泵站和萧江水闸主体工程,开工建设萧江塘河控制闸。", "95%", "县水利局", "县民生实事"],
    ["11", "开工建设海塘安澜(南片海塘4.65公里)。", "70%", "县水利局", "县民生实事"],
    ["12", "完成县应急广播指挥中心、18个乡镇应急广播分控中心、376个村居广播室和752只可控IP化高音喇叭建设,"
           "实现县级应急广播平台与省、市互联互通。", "98%", "县文广旅体局", "县民生实事"],
    ["13", "新增16个“文化驿站”。", "98.4%", "县文广旅体局", "县民生实事"],
]

CHONGCHUAN_TITLE = "2023年区政府重点民生实事项目推进情况(1-11月)"
CHONGCHUAN_HEADS = ("序号", "主要任务", "全年目标任务", "分管 领导", "牵头 单位", "责任主体与协同单位", "1-10月推进情况",
                    "1-11月推进情况", "是否达序", "说明")
CHONGCHUAN_ROWS = [
    ["24", "优化提升50条背街后巷交通组织。", None, "徐国江", "城管局", "市政局、相关街道", "已进场施工,完成30%。",
     "已进场施工,完成60%。", "是", ""],
    ["25", "新增四分类“三定一督”达标小区210个。", None, "徐国江", "城管局", "市政局、环卫处、崇川经济开发区、各街道",
     "已进场施工,正在推进点位选址、场地硬化,第一批451个厢房(亭房)正在加紧制作。", "在46个小区,建成38个厢房,70个分类亭。",
     "否", "前期配合区相关部门对该项目招标质疑、投诉处置,项目于9月28才签订合同,滞后了2个月,后期将加快推进。"],
    ["26", "新建建筑垃圾中转站8个、建筑垃圾分类池20个。", None, "徐国江", "城管局", "崇川经济开发区、相关街道",
     "已建成建筑垃圾中转站3个、分类池10个;其余点位已启动建设流程。", "已建成建筑垃圾中转站7个、分类池17个。", "是", ""],
]
CHONGCHUAN_MERGES = [(0, 1, 0, 2), (1, 1, 1, 2), (2, 1, 2, 2)]

LUEYANG_HEADS = ("序号", "指标", "工作任务", "完成时限", "责任领导", "责任股室\n(单位)", "备注")
LUEYANG_ROWS = [
    ["1", "公共文化服务", "“两馆一站”免费开放服务人次较上年增长15%。", "12月底前", "夏俊贵", "文化宣传股\n文化馆\n图书馆", ""],
    ["2", None, "全年组织开展文化下乡等惠民演出不少于100场。", None, None, "文化宣传股文化馆", ""],
    ["3", None, "开展好“三下乡”活动。", None, None, None, ""],
    ["4", None, "推进县文化馆、图书馆总分馆制建设。", None, None, None, ""],
    ["5", "文化产业", "培育规模以上文化服务企业1家。", None, None, None, ""],
    ["6", "非遗保护", "完成非遗展厅布展任务,办好《郙阁颂》学术交流活动。", None, None, "羌研会\n灵岩寺博物馆", ""],
    ["7", "文化市场管理", "开展专项整治行动4次以上,查办案件不少于5件。", None, None, "执法大队", ""],
    ["8", None, "净化文化市场和网络文化环境抽查合格率达到92%以上。", None, None, None, ""],
    ["9", "广电", "完成县级应急广播系统(二期)建设。", None, None, "广电事业股", ""],
    ["10", "三建设一整治", "完善西淮坝油菜观花线路观景平台及配套服务设施建设,精心策划2019年汉中油菜花海略阳观花活动。",
     "5月底", "周 斐", "旅游股", ""],
]
LUEYANG_MERGES = [(0, 1, 3, 1), (0, 3, 8, 3), (0, 4, 8, 4), (1, 5, 4, 5), (6, 1, 7, 1), (6, 5, 7, 5)]

SHENGSI_HEADER = [
    "中共嵊泗县委办公室嵊泗县人民政府办公室关于印发《2021年嵊泗县乡村振兴任务清单》的通知",
    "发布时间:2021-12-21 14:34",
    "信息来源:县农业农村局(水利局)",
    "各乡镇党委、政府,县属各单位:",
    "《2021年嵊泗县乡村振兴任务清单》已经县委、县政府同意,现印发给你们,请结合实际,切实加强组织领导,落实工作措施,"
    "确保高质量如期完成各项工作任务。",
    "中共嵊泗县委办公室  嵊泗县人民政府办公室",
    "2021年9月16日",
    "2021年嵊泗县乡村振兴任务清单",
]
SHENGSI_HEADS = ("考核项目", "序号", "考核指标", "考核内容", "单位", "年度目标", "责任部门", "评分部门")
_SS = [("农林牧渔业增加值增幅", "%", "≥2%", "县海洋与渔业局\n县农业农村局", "市海洋渔业局市农业农村局"),
       ("农业劳动生产率及增幅", "万元/人", "全市统筹", "县海洋与渔业局\n县农业农村局", "市海洋渔业局市农业农村局"),
       ("粮食安全责任制", "-", "良好以上", "县经济和信息化局", "市商务局"),
       ("粮食播种面积", "万亩", "0.07", "县农业农村局", "市农业农村局"),
       ("油菜面积", "万亩", "0", "县农业农村局", "市农业农村局"),
       ("粮食总产量", "亿斤", "0.0038", "县农业农村局", "市农业农村局"),
       ("生猪存栏", "万头", "0", "县农业农村局", "市农业农村局"),
       ("家禽出栏", "万只", "1", "县农业农村局", "市农业农村局"),
       ("水产品产量", "万吨", "42", "县农业农村局", "市海洋渔业局")]
SHENGSI_ROWS = [["农业高质高效" if i == 0 else None, str(i + 1), "确保粮食和重要农产品有效供给" if i == 0 else None, *cells]
                for i, cells in enumerate(_SS)]
SHENGSI_MERGES = [(0, 0, 8, 0), (0, 2, 8, 2)]


def write_real_xlsx_grid(path: Path, title: str, heads: tuple, rows: list, merges: list = ()) -> Path:
    """A title row, a header row and the data rows; a merge keeps its value in its first cell."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    wb.set_properties({"created": __import__("datetime").datetime(2024, 1, 1)})
    ws = wb.add_worksheet("Sheet1")
    if title:
        ws.write_string(0, 0, title)
    top = 1 if title else 0
    ws.write_row(top, 0, heads)
    for r, row in enumerate(rows, start=top + 1):
        for c, text in enumerate(row):
            if text is None or text == "":
                continue
            if text.isdigit():
                ws.write_number(r, c, int(text))
            else:
                ws.write_string(r, c, text)
    for r0, c0, r1, c1 in merges:
        first = rows[r0][c0]
        value = int(first) if first and first.isdigit() else (first or "")
        ws.merge_range(top + 1 + r0, c0, top + 1 + r1, c1, value)
    wb.close()
    return path


def write_real_docx_grid(path: Path, header: list[str], heads: tuple, rows: list, merges: list = (),
                         trailer: list[str] = ()) -> Path:
    """Paragraphs, a table (merged cells merged in Word, a cell's lines as paragraphs), more paragraphs."""
    from docx import Document

    doc = Document()
    for line in header:
        doc.add_paragraph(line)
    table = doc.add_table(rows=1 + len(rows), cols=len(heads))
    for c, text in enumerate(heads):
        table.cell(0, c).text = text
    for r0, c0, r1, c1 in merges:
        table.cell(1 + r0, c0).merge(table.cell(1 + r1, c1))
    for r, row in enumerate(rows, start=1):
        for c, text in enumerate(row):
            if text:
                first, *more = text.split("\n")
                cell = table.cell(r, c)
                cell.paragraphs[0].text = first
                for line in more:
                    cell.add_paragraph(line)
    for line in trailer:
        doc.add_paragraph(line)
    doc.save(path)
    return path


def write_real_round3() -> list[Path]:
    return [
        write_real_docx_grid(REAL / "dazhu_2016.docx", DAZHU_HEADER, DAZHU_HEADS, DAZHU_ROWS, DAZHU_MERGES,
                             DAZHU_TRAILER),
        write_real_xlsx_grid(REAL / "cangnan_2022.xlsx", CANGNAN_TITLE, CANGNAN_HEADS, CANGNAN_ROWS),
        write_real_xlsx_grid(REAL / "chongchuan_2023.xlsx", CHONGCHUAN_TITLE, CHONGCHUAN_HEADS, CHONGCHUAN_ROWS,
                             CHONGCHUAN_MERGES),
        write_real_xlsx_grid(REAL / "lueyang_2019.xlsx", "", LUEYANG_HEADS, LUEYANG_ROWS, LUEYANG_MERGES),
        write_real_docx_grid(REAL / "shengsi_2021.docx", SHENGSI_HEADER, SHENGSI_HEADS, SHENGSI_ROWS, SHENGSI_MERGES),
    ]


# -- round four (b): four more published tables and a run-on progress list, labelled before the reader saw them

WENZHOU_HEADER = [
    "您现在的位置:首页",
    " > 政务公开 > 重点领域信息公开 > 为民办实事",
    "2018年6月民生实事进展情况",
    "发布日期:2018-06-27 10:35:00浏览次数: 来源:温州市人民政府办公室 字体:[ ]",
    "截至6月20日,我市省、市民生实事52项指标中已有4项指标提前完成年度任务,分别为:市区公交车实现移动支付全覆盖、"
    "生态搬迁、新增(优化)城乡公交线路、城镇生活垃圾资源化利用率和无害化处理率。14项指标完成进度在50%以上,"
    "实现时间过半任务过半。",
    "2018年省、市民生实事按时序推进的项目(截至6月20日)",
]
WENZHOU_HEADS = ("序号", "实事内容", "牵头单位", "进展情况")
WENZHOU_ROWS = [
    ["1", "市区公交车实现移动支付全覆盖。", "市交运集团", "已完成。"],
    ["2", "推进下山异地搬迁工程,完成生态搬迁1.5万人。", "市委农办(市农业局)", "已完成搬迁20612人,完成率137%。"],
    ["3", "全市新增(优化)城乡公交线路35条。", "市交通运输局", "已完成新增(优化)线路37条,完成率106%。其中新增11条,优化26条。"],
    ["4", "全市城镇生活垃圾资源化利用率达到92%以上、城镇生活垃圾无害化处理率达到100%。", "市综合行政执法局",
     "全市城镇生活垃圾资源化利用率已达到92%以上,城镇生活垃圾无害化处理率达到100%。"],
    ["5", "新增屋顶光伏装机5万千瓦, 家庭屋顶光伏1.2万户, 家庭屋顶装机容量2.4万千瓦。", "市发改委",
     "已新增屋顶光伏装机5.009万千瓦, 家庭屋顶光伏6232户, 家庭屋顶装机容量2.464万千瓦。"],
    ["6", "为7万名学龄儿童实施免费窝沟封闭。", "市卫计委", "已完成67290名学龄儿童免费窝沟封闭,完成率96.13%。"],
    ["7", "全市农村饮水安全提升工程新增受益人口17.85万人。", "市水利局",
     "完成工程投资7856万元,完成率54.7%,新增受益人口11.05万人,完成率61.9%。"],
]

ZHAOQING_HEADS = ("大类", "序号", "工作任务", "分管 市领导", "牵头单位及 主要负责人", "落实进展情况")
ZHAOQING_ROWS = [
    ["一、继续提高底线民生保障水平", "1", "将城镇、农村低保人均最低补差水平从每人每月574元、271元分别提高到每人每月609元、300元。",
     "陈宣群", "市民政局 伍泽国",
     "已完成。 从2020年1月1日起,已将我市城乡低保标准提高到835元/人月;中心区补差水平提高到城镇616元/人月、农村459元/人月,"
     "山区县补差水平提高到城镇609元/人月、农村300元/人月。"],
    [None, "2", "特困供养人员基本生活标准不低于当地最低生活保障标准的1.6倍,且不低于当地现行特困人员基本生活标准。",
     "陈宣群", "市民政局 伍泽国",
     "已完成。 从2020年1月1日起,已提高我市城乡特困人员供养最低标准,其中,端州区提高到20100元/人年,鼎湖区提高到17340元/人年,"
     "高要区、四会市、广宁县、德庆县、封开县、怀集县提高到16032元/人年,肇庆高新区提高到30000元/人年。"],
    [None, "3", "将全市集中供养孤儿养育标准提高到每人每月2200元,将端州区、鼎湖区、高要区、四会市、肇庆高新区分散供养孤儿养育标准"
     "提高到每人每月1400元,广宁县、德庆县、封开县、怀集县分散供养孤儿养育标准提高到每人每月1180元。",
     "陈宣群", "市民政局 伍泽国",
     "已完成。 从2020年1月1日起,已将端州区、鼎湖区、高要区、四会市、肇庆高新区集中供养孤儿养育标准提高到2200元/人月,"
     "分散供养孤儿养育标准提高到1400元/人月;广宁县、德庆县、封开县、怀集县集中供养孤儿养育标准提高到2200元/人月,"
     "分散供养孤儿养育标准提高到1180元/人月。"],
    [None, "4", "将困难残疾人生活补贴和重度残疾人护理补贴标准分别从每人每年2100元、2800元提高到每人每年2200元、2900元。",
     "陈宣群", "市民政局 伍泽国", ""],      # the published excerpt stops inside this progress cell
]
ZHAOQING_MERGES = [(0, 0, 3, 0)]

ZHONGLOU_HEADER = ["2021年重大民生实事项目目标任务责任分解表"]
ZHONGLOU_HEADS = ("序号", "项目名称", "主要内容", "区政府分管领导", "牵头单位", "配合单位")
ZHONGLOU_ROWS = [
    ["1", "增加教育资源供给", "实施新建、改扩建学校重点建设项目12个,计划竣工3个,其中幼儿园7个、小学4个、初中1个;增加学位5000个,"
     "其中幼儿园420个,中小学4580个。", "何海平", "教育局", "经开区\n高新园(邹区镇)\n各街道\n市国有公司"],
    ["2", "促进就业稳定增长", "落实就业优先战略。全区城镇新增就业15000人,失业人员再就业5800人,新增参保大学生5400人,"
     "城乡“零就业家庭”动态清零,城镇登记失业率控制在3%以内;支持成功自主创业2000人,支持大学生创业240人;"
     "开展职业技能补贴培训10000人次。", "何海平", "人社局", "高新园(邹区镇)\n各街道"],
    ["3", "老城厢复兴发展", "完成瞿秋白纪念馆整体提升工程对外开放,完成常州盛宣怀故居(本体)修缮展陈。", "何海平", "文体旅局",
     "晋陵公司\n轨道公司"],
    [None, None, "推进大庙弄核心区改造、瞿秋白纪念馆周边立面整治及三堡街、西横街、民元里、邮电路、北大街等老城厢道路整治。",
     "芮春祥", "住建局", "五星街道\n南大街街道\n荷花池街道"],
    ["4", "优化养老服务", "为全区23000名老年人提供居家上门服务。", "张菁", "民政局", "高新园(邹区镇)\n各街道"],
    [None, None, "提升改造8家城乡社区居家养老服务中心(站)。对300户困难老人家庭进行居家适老化改造。"
     "提升康复辅具社区租赁服务点建设水平,为IO(X)人提供康复辅具社区租赁服务。", None, None, None],
]
ZHONGLOU_MERGES = [(2, 0, 3, 0), (2, 1, 3, 1), (4, 0, 5, 0), (4, 1, 5, 1), (4, 3, 5, 3), (4, 4, 5, 4), (4, 5, 5, 5)]


def write_real_round4b() -> list[Path]:
    return [
        write_real_docx_grid(REAL / "wenzhou_2018.docx", WENZHOU_HEADER, WENZHOU_HEADS, WENZHOU_ROWS),
        write_real_xlsx_grid(REAL / "zhaoqing_2020.xlsx", "", ZHAOQING_HEADS, ZHAOQING_ROWS, ZHAOQING_MERGES),
        write_real_docx_grid(REAL / "zhonglou_2021.docx", ZHONGLOU_HEADER, ZHONGLOU_HEADS, ZHONGLOU_ROWS,
                             ZHONGLOU_MERGES),
    ]


# -- round five (b): two more published tables, labelled before the reader saw them -------------------------

YUEYANGLOU_TITLE = "岳阳楼区2019年1-7月省市重点民生实事项目完成情况"
YUEYANGLOU_HEADS = ("序号", "项目名称", "责任单位", "目标任务", "1-7月\n实际完成情况", "任务完成率", "备注")
YUEYANGLOU_ROWS = [
    ["1", "新增城镇就业", "区人社局", "8950人", "6453人", "72%", ""],
    ["2", "减少义务教育大班额", "区教育局", "51个", "3个", "5%",
     "春季入学期间,已化解大班额3个;秋季入学期间,可完成消除超大班任务。"],
    ["3", "农村及城镇低保适龄妇女“两癌”免费检查", "区卫健局", "2500人", "3321", "133%", "已超额完成。"],
    ["4", "孕产妇免费产前筛查", "区卫健局", "3600人", "2849人", "79%", ""],
    ["5", "提高城乡低保标准和救助水平", "区民政局", "标准不低于3480元/年,人均救助水平不低于185元/月", "", "100%",
     "2019年1至7月农村低保标准为3600元/年;人均救助水平211.25元/月。"],
    ["6", "提高困难残疾人生活补贴和重度残疾人护理补贴发放标准", "区民政局", "发放标准不低于每人每月60元/月", "", "100%",
     "已达标完成。"],
    ["7", "改(新)建农村用户厕所", "农业农村局", "3980个", "1153个", "29%",
     "目前,全市正在进行城市污水管网建设,1835户居民生活污水将全部纳入城市污水处理系统。因工程建设时间长,"
     "施工受天气和不明地形等多方面影响,导致进度缓慢。"],
    ["8", "推行“一村一辅警”全覆盖", "岳阳楼公安分局", "18个", "18个", "100%", "已完成。"],
    ["9", "完成棚改项目", "区棚改办", "5", "", "", "因集体土地征收新政策出台滞后,影响签约进度。"],
    ["10", "改善棚户区居民住房条件", "住房保障中心楼区分中心", "1271户", "346户", "27%",
     "因集体土地征收新政策出台滞后,影响签约进度。"],
    ["11", "完成公路生命安全防护工程", "区住建局", "11.2公里", "7.7公里", "69%", ""],
    ["12", "建成“城市快警”平台", "岳阳楼公安分局", "4个", "", "", "已完成人员配置,警用车辆进入控购审批阶段。"],
    ["13", "标准化建设改造农贸市场", "区商务粮食局", "2家", "", "98%", "已经完成主体工程建设,室内装修已完成60%。"],
]

TONGLIANG_HEADER = [
    "您当前的位置:首页>政务公开>政府信息公开目录>政府工作报告执行情况",
    "《2025年区政府工作报告目标任务上半年推进情况汇总表》",
    "时间:2025-09-19 来源:政府办",
    "【字体: 打印",
    "2025年区政府工作报告目标任务上半年推进情况汇总表",
]
TONGLIANG_HEADS = ("序号", "目标任务", "责任单位", "上半年推进情况")
TONGLIANG_ROWS = [
    ["一、经济社会发展主要预期目标", None, None, None],
    ["1", "地区生产总值增长6%以上。", "区发展改革委", "地区生产总值同比增长2.9%。"],
    ["2", "第一产业增加值增长5%。", "区农业农村委\n区林业局\n区供销联社\n区畜牧业发展中心", "第一产业增加值同比增长3.4%。"],
    ["3", "规上工业增加值增长3.5%。", "区经济信息委", "规上工业增加值同比增长0.4%。"],
    ["4", "第三产业增加值增长8%以上。", "区发展改革委", "第三产业增加值同比增长4.3%。"],
    ["5", "固定资产投资增长10%。", "区发展改革委", "固定资产投资同比增长5.1%。"],
    ["6", "工业投资增长12%。", "区经济信息委", "工业投资同比增长23.5%。"],
    ["7", "社会消费品零售总额增长5.5%。", "区商务委", "社会消费品零售总额同比增长3.6%。"],
    ["8", "一般公共预算收入增长7%。", "区财政局", "一般公共预算收入同比增长4.2%。"],
    ["9", "全体居民人均可支配收入增长6%。", "区发展改革委\n区人力社保局\n区农业农村委", "全体居民人均可支配收入同比增长4.7%。"],
    ["二、重点工作", None, None, None],
    ["(一)以创建国家高新区为抓手,更大力度推动科技创新", None, None, None],
    ["10", "实施高能级创新平台建设行动,启动创建国家高能级科技型企业孵化器。", "区科技局",
     "全面启动国家高新区创建工作,对升级国家高新区“门槛”指标、定量指标、定性指标进行深入梳理和自评;"
     "编制“两规划”、环境影响评价、土地集约利用评价等;起草升级国家高新区汇报材料及答辩PPT等,汇编升级国家高新区申报资料。"],
    ["11", "加快推进智能网联新能源汽车零部件产业发展行动计划。", "区经济信息委", ""],   # the excerpt stops in this cell
]
TONGLIANG_MERGES = [(0, 0, 0, 3), (10, 0, 10, 3), (11, 0, 11, 3)]


def write_real_round5b() -> list[Path]:
    return [
        write_real_xlsx_grid(REAL / "yueyanglou_2019.xlsx", YUEYANGLOU_TITLE, YUEYANGLOU_HEADS, YUEYANGLOU_ROWS),
        write_real_docx_grid(REAL / "tongliang_2025.docx", TONGLIANG_HEADER, TONGLIANG_HEADS, TONGLIANG_ROWS,
                             TONGLIANG_MERGES),
    ]


# -- round six (b): two more published tables, labelled before the reader saw them ---------------------------

SHAPINGBA_HEADER = [
    "重庆市沙坪坝区人民政府办公室关于印发2022年区政府工作报告目标任务的通知",
    "发布日期:2022-01-21",
    "字体:【 默认 超大 |",
    "各镇人民政府、街道办事处,区级各部门、各管委会、各人民团体、区属重点国有企业,有关单位:",
    "2022年《重庆市沙坪坝区人民政府工作报告》已经区十九届人大一次会议审议通过。根据工作安排,区政府办公室对报告明确的目标任务"
    "进行了分解,并报经区政府十九届第1次常务会议审议同意,现印发给你们。",
    "请各单位提高政治站位,细化工作举措,压实工作责任,确保全面高质量完成各项目标任务。区政府办公室将定期跟踪督办,"
    "并将目标任务完成情况纳入年度考核。",
    "附件:1. 2022年区政府工作报告经济社会发展预期目标任务分解表",
    "2. 2022年区政府工作报告重点工作任务分解表",
    "重庆市沙坪坝区人民政府办公室",
    "2022121日              ",          # as the store has it (年 and 月 lost)
    "     (此件公开发布)",
    "附件1",
    "2022年区政府工作报告经济社会发展预期目标任务分解表",
]
SHAPINGBA_HEADS = ("序号", "2022年预期目标", "责任单位")
SHAPINGBA_ROWS = [
    ["1", "地区生产总值增长5.5%左右", "区发展改革委"],
    ["2", "固定资产投资增长6%左右", "区发展改革委"],
    ["3", "工业增加值增长7%左右", "区经济信息委"],
    ["4", "社会消费品零售总额增长8%左右", "区商务委"],
    ["5", "进出口总额增长5%以上", "区商务委"],
    ["6", "一般公共预算收入增长5%左右", "区财政局"],
    ["7", "区级税收增长6%左右", "区税务局"],
    ["8", "全体居民人均可支配收入增长6%左右", "区人力社保局"],
    ["9", "空气质量完成年度目标任务", "区生态环境局"],
    ["10", "节能减排降碳完成年度目标任务", "区发展改革委"],
]      # 附件2 (重点工作任务分解表) is cut off by the store inside its first row: not kept

YUEYANG_TITLE = "岳阳市1-11月12件重点民生实事工作落实情况"
YUEYANG_HEADS = ("序号", "考核指标", "单 位", "工作目标", "已完成数", "占年任务之比", "备  注")
YUEYANG_ROWS = [
    ["1", "城镇新增就业", "万人", "5.2", "7.23", "139.1%", "人力资源社会保障局"],
    ["2", "自然村通水泥(沥青)路", "公里", "1360", "1361.92", "100.1%", "交通局"],
    [None, "提质改造农村公路", "公里", "168", "171.70", "102.2%", None],
    ["3", "新增农村通自来水人口", "万人", "4.52", "5.52", "122.0%", "水利局"],
    ["4", "减少义务教育大班额1.4万个以上", "", "869", "1022", "117.6%", "教体局"],
    ["5", "农村适龄妇女“两癌”免费检查", "", "93215", "106345", "114.1%", "妇联"],
    [None, "孕产妇免费产前筛查", "万人", "3.31", "3.49", "105.3%", "卫健委"],
    ["6", "提高困难残疾人生活补贴发放标准", "元/月/人", "不低于60元", "60", "达到目标60元", "民政局"],
    [None, "提高重度残疾人护理补贴发放标准", "元/月/人", "不低于60元", "60", "达到目标60元", None],
    [None, "提高农村低保标准", "元/年/人", "不低于3700元", "3840", "达到目标3840元", None],
    [None, "提高农村救助水平", "元/月/人", "不低于197元", "197", "达到目标197元", None],
    ["7", "所有县(市)实现二甲公立医院全覆盖", "", "-", "-", "-", ""],
    [None, "基本消除村卫生室“空白村”(平江17、汩罗4)", "", "21", "21", "100.0%", "卫健委"],
    ["8", "改(新)建农村户用厕所100万户以上", "", "144281", "127258", "88.2%", "农业农村局"],
    ["9", "推行“一村一辅警", "", "1379", "1626", "117.9%", "公安局"],
    ["10", "完成10千伏及以下行政村配电网改造(37个村)", "万元", "5900", "5900", "100.0%", "岳阳电力公司"],
]      # rows 11 and 12, whose cells cannot be placed in these columns, not kept
YUEYANG_MERGES = [(1, 0, 2, 0), (1, 6, 2, 6), (5, 0, 6, 0), (7, 0, 10, 0), (7, 6, 10, 6), (11, 0, 12, 0)]


def write_real_round6b() -> list[Path]:
    return [
        write_real_docx_grid(REAL / "shapingba_2022.docx", SHAPINGBA_HEADER, SHAPINGBA_HEADS, SHAPINGBA_ROWS),
        write_real_xlsx_grid(REAL / "yueyang_2019.xlsx", YUEYANG_TITLE, YUEYANG_HEADS, YUEYANG_ROWS, YUEYANG_MERGES),
    ]


# -- round seven (b): three more published tables, labelled before the reader saw them -----------------------
# Here a table is given whole, its header row(s) included, so a header cell may span columns too: a merge
# is (first row, first column, last row, last column) over the table's own rows (the header is row 0); None
# marks a cell a merge covers; "\n" separates the lines of one cell.


def write_real_docx_table_rows(path: Path, header: list[str], rows: list, merges: list = ()) -> Path:
    """Paragraphs, then one Word table given row by row (header included), merged cells merged."""
    from docx import Document

    doc = Document()
    for line in header:
        doc.add_paragraph(line)
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r0, c0, r1, c1 in merges:
        table.cell(r0, c0).merge(table.cell(r1, c1))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text:
                first, *more = text.split("\n")
                cell = table.cell(r, c)
                cell.paragraphs[0].text = first
                for line in more:
                    cell.add_paragraph(line)
    doc.save(path)
    return path


def write_real_xlsx_table_rows(path: Path, title: str, rows: list, merges: list = ()) -> Path:
    """A title row, then the table row by row (header included); digits typed as numbers, merges kept."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    wb.set_properties({"created": __import__("datetime").datetime(2024, 1, 1)})
    ws = wb.add_worksheet("Sheet1")
    top = 0
    if title:
        ws.write_string(0, 0, title)
        top = 1

    def value(text):
        return int(text) if text.isdigit() else text

    for r, row in enumerate(rows, start=top):
        for c, text in enumerate(row):
            if text:
                v = value(text)
                (ws.write_number if isinstance(v, int) else ws.write_string)(r, c, v)
    for r0, c0, r1, c1 in merges:
        first = rows[r0][c0] or ""
        ws.merge_range(top + r0, c0, top + r1, c1, value(first) if first else "")
    wb.close()
    return path


MEISHAN_HEADER = [
    "首页 >> 政府信息公开 >> 法定主动公开内容 >> 重大民生信息 >> 民生工程 >> 正文",
    "2017年1—11月十大民生工程项目实施进度表及20件民生大事项目推进情况表",
    "2017-12-15 00:00   [字号: ] 打印",
    "2017年1—11月十大民生工程项目实施进度表",
]
_MSRS = "市人力资源\n社会保障局"
MEISHAN_ROWS = [
    ["工程\n名称", "序号", "项 目 内 容", None, "目标任务", "市级牵头\n责任单位", "进度", "完成目标\n(%)", "备注"],
    ["就业促进工程", "1", "促进城乡劳动者就业创业", "城镇新增就业(人)", "26000", _MSRS, "32095", "123.4", "超额完成"],
    [None, "2", None, "城镇失业人员再就业(人)", "4000", None, "4934", "123.4", "超额完成"],
    [None, "3", None, "就业困难人员就业(人)", "2000", None, "2519", "125.9", "超额完成"],
    [None, "4", None, "城镇登记失业率低于(%)", "4.3", None, "4.17", "103.1", "超额完成"],
    [None, "5", None, "2014级民族地区“9+3”免费教育计划毕业生初次就业率(%)", "95", None, "100", "105.3", "超额完成"],
    [None, "6", None, "劳务品牌培训(人)", "2425", None, "2425", "100", "已完成"],
    [None, "7", None, "青年劳动者技能培训(人)", "3000", None, "3291", "109.7", "超额完成"],
    [None, "8", "对创业的在校大学生和毕业5年内的高校毕业生给予创业补贴创业担保贷款等政策扶持", None, "应补尽补",
     "市人力资源社会保障局、市教体局、\n团市委", "发放一次性创业补贴262万元,争取创业补贴、贷款537万元。", "", "达到时间进度"],
    [None, "9*", "促进大学生创业(人)", None, "260", _MSRS, "262", "100.8", "超额完成"],
    [None, "10*", "促进城乡劳动者就业创业", "妇女居家灵活就业培训(人)", "4000", "市妇联", "4856", "121.4", "超额完成"],
    [None, "11*", None, "开展农村青年技能培训(人)", "400", "团市委", "1876", "469", "超额完成"],
    [None, "12*", None, "开展现代畜牧业科技培训(人次)", "30000", "市畜牧局", "38120", "127.1", "超额完成"],
    [None, "13*", None, "电子商务人才培训(人)", "8000", "市商务局", "9200", "115", "超额完成"],
    [None, "14", None, "下岗失业人员再就业(人)", "400", "市总工会", "1008", "252", "超额完成"],
    [None, "15", None, "促进高校毕业生就业(%)", "78", "市教体局", "97", "124.4", "超额完成"],
]      # row 16 (扶贫解困工程 16 对贫困家庭发展产业给予贷款…), cut off by the store, not kept
MEISHAN_MERGES = [(0, 2, 0, 3), (1, 0, 15, 0), (1, 2, 7, 2), (1, 5, 7, 5), (8, 2, 8, 3), (9, 2, 9, 3),
                  (10, 2, 15, 2)]

YUEYANGLOU2018_TITLE = "2018年《政府工作报告》目标任务一季度完成情况一览表"
_YYL_UNITS = "各乡、街道办事处"
_YYL_STATS = "区统计局(数据统计评估牵头单位),"
YUEYANGLOU2018_ROWS = [
    ["序号", "目标任务", "责任领导", "区政府办\n协管责任人", "牵头单位", "责任人", "相关单位", "完成情况"],
    ["1", "地区生产总值达到678亿元,增长9.5%", "徐  平", "陈  曦", "区发改局", "徐铭喜",
     f"{_YYL_STATS}\n区财政局、区商务粮食局、\n区工信局、区农林水务局、\n区房产分局、区交建局、\n区金融办,{_YYL_UNITS}",
     "完成地区生产总值121.9亿元(预计数),同比增长8%。"],
    ["2", "财政收入达到30亿元,增长15%", "徐  平", "陈  曦", "区财政局", "杨大明", f"区国税局、区地税局,\n{_YYL_UNITS}",
     "完成一般公共预算收入9.01亿元,占预算任务的30.7%,同比增长42.2%。"],
    ["3", "固定资产投资达到266亿元,增长16%", "徐  平", "陈  曦", "区发改局", "徐铭喜",
     f"{_YYL_STATS}\n相关各单位,{_YYL_UNITS}", "固定资产投资预计完成27.4亿元,同比增长14%。"],
    ["4", "城镇居民人均可支配收入3.61万元,增长9%", "徐  平", "陈  曦", "区发改局", "徐铭喜", f"{_YYL_STATS}\n{_YYL_UNITS}",
     "城镇居民人均可支配收入预计达到8716元,增长9.1%。"],
    ["5", "▲完成全国第四次经济普查", "徐  平", "陈  曦", "区统计局", "杨林立", _YYL_UNITS,
     "成立了领导小组,联合区公网中心对辖区内实有法人单位清查摸底。做好各级各部门之间协调和沟通,确保普查各个环节按照规定时间节点稳步推进。"],
    ["6", "农村居民人均可支配收入19618元,增长9.5%", "方正春", "王  勇", "区农林水务局", "沈为庆", f"{_YYL_STATS}\n{_YYL_UNITS}",
     "已实现农村居民人均可支配收入9072元。"],
]      # row 7 (社会消费品零售总额达…), cut off by the store inside its target, not kept

YUEYANGLOU2017_HEADER = [
    "岳阳楼区2017年1-8月省重点民生实事完成情况表",
    "来源:区实事办   2017-08-24 17:04",
    "浏览量:1 | | | |",
    "岳阳楼区2017年1-8月省重点民生实事完成情况表",
]
YUEYANGLOU2017_ROWS = [
    ["序号", "省重点民生实事项目名称", None, "责任单位", "目标任务", "1- 8月实际完成情况", "1-8月实际完成率%", "备注"],
    ["1", "精准扶贫:农村饮用水安全巩固提升", None, "农林水务局", "1300人", "700", "54%", "已解决700人(贫困人口)的饮水问题"],
    ["2", "新增城镇就业", None, "人社局", "8950", "7356", "82%", ""],
    ["3", "建设农村公办幼儿园(所)", None, "教育局", "2所", "", "70%", "累计完成项目的70%;两所幼儿园已完成项目工程主体建设部分。"],
    ["4", "城市棚户区改造(户)", None, "房产分局", "7699套", "4629", "60%", ""],
    ["5", "新增养老服务床位", None, "民政局", "71个", "55", "77%", ""],
    ["6", "残疾儿童抢救性康复", None, "残联", "73人", "73", "100%", ""],
    ["7", "孕产妇产前免费筛查", None, "卫生局", "3600人", "3436", "95%", ""],
    ["8", "新增社会治安视频监控摄像头", None, "区公安分局", "100个", "", "", "设备购进中"],
    ["9", "深化机关事业单位养老保险制度改革和提高城乡低保补助标准", "完成在职参保人数6300人", "区人社局", "6300人", "7558", "119%", ""],
    [None, None, "完成征缴基金10000万元", "区人社局", "10000万", "7965", "80%", ""],
    [None, None, "城市低保、农村低保补差水平月均分别达到300元/人、140元/人", "区民政局", "100%", "100%", "",
     "城市低保:300.1元/月,农村低保:154.33元/月"],
    ["10", "实事“质量强市”战略和食品安全“扫雷”行动", "培养省、市名牌产品各一个", "区质监分局", "2", "", "",
     "申报省名牌产品5家。其中旅游服务单位2家、现已完成现场评审。食品企业1家、饲料企业1家、纸业企业1家;市名牌产品2家。"],
    [None, None, "开展食品安全“九查九扫”", "区食药监管局", "11098", "14001", "126%",
     ("年初计划监督检查11098家,未包含未发证的食品经营者4572家(其中:①不需发证的初级农产品经营者1989家,②拆迁范围不能发证的2136家,"
      "③午托237家,④私家厨房58家,⑤小作坊152家),实际全年需监督检查15670家。")],
]      # item 11 (文化惠民), whose second row the store cuts off, not kept
YUEYANGLOU2017_MERGES = [(0, 1, 0, 2)] + [(r, 1, r, 2) for r in range(1, 9)] + [(9, 0, 11, 0), (9, 1, 11, 1),
                                                                               (12, 0, 13, 0), (12, 1, 13, 1)]


def write_real_round7b() -> list[Path]:
    return [
        write_real_docx_table_rows(REAL / "meishan_2017.docx", MEISHAN_HEADER, MEISHAN_ROWS, MEISHAN_MERGES),
        write_real_xlsx_table_rows(REAL / "yueyanglou_2018.xlsx", YUEYANGLOU2018_TITLE, YUEYANGLOU2018_ROWS),
        write_real_docx_table_rows(REAL / "yueyanglou_2017.docx", YUEYANGLOU2017_HEADER, YUEYANGLOU2017_ROWS,
                                   YUEYANGLOU2017_MERGES),
    ]


# -- round eight (b): three more published tables, labelled before the reader saw them ------------------------
# Given whole, header row(s) included, as in round seven (b): None marks a cell a merge covers, "\n" separates the
# lines of one cell, a merge is (first row, first column, last row, last column) over the table's own rows.

CHANGSHA2012_HEADER = [
    "法搜网--中国法律信息搜索网",
    "长沙市人民政府关于对2012年《政府工作报告》目标任务实施责任分解管理的通知",
    "长沙市人民政府关于对2012年《政府工作报告》目标任务实施责任分解管理的通知",
    "(长政发〔2012〕6号)",
    "各区、县(市)人民政府,市直机关各单位:",
    "  长沙市第十三届人民代表大会第五次会议通过的《政府工作报告》,是一个全面指导我市2012年经济社会发展、具有法律效力的"
    "纲领性文件。为确保全面完成《政府工作报告》确定的目标任务,市政府对《政府工作报告》中的各项目标任务实施责任分解管理,"
    "各级各部门和单位务必高度重视,按照市委、市政府工作部署和目标管理要求,进一步明确责任,强化措施,狠抓落实。已明确具体"
    "指标的部门和单位,要严格按指标抓好落实。没有明确具体指标只有工作任务的,要结合各自职能职责,进一步细化工作任务并提出"
    "工作措施报市政府批准后实施。有工作任务但在目标责任分解表中未明确的,要制定工作方案,切实履行好工作职责。",
    "  市政府将对《政府工作报告》中各项目标任务完成情况进行跟踪督查,实行季度通报、年度考核,并将目标任务纳入全市绩效考核"
    "管理,对未完成工作目标任务的责任单位和责任人实行行政问责。",
    "  附件:长沙市人民政府2012年《政府工作报告》目标任务责任分解表",
    "长沙市人民政府",
    "二〇一二年三月六日",
    "  附件:",
    "  长沙市人民政府2012年《政府工作报告》目标任务责任分解表",
]
CHANGSHA2012_ROWS = [
    ["牵头单位", "目 标 任 务", "责 任 单 位"],
    ["市政\n府办\n公厅", "强化行政监督,自觉接受人大和政协监督,优质高效办理人大代表议案、建议和政协提案,认真听取和采纳各民主党派、"
     "工商联、人民团体和社会各界意见,主动接受新闻媒体和社会公众监督", "市直各单位、各区县市"],
    [None, "推进国家安全工作发展", "市直各单位、各区县市"],
    ["长沙\n先导\n区管委会", "推进河西商业配套建设", "商务局、高新区、岳麓区"],
    [None, "实施先导区新三年行动计划,加快梅溪湖国际服务区、洋湖总部经济区、大河西综合交通枢纽等重大项目建设,全面提升"
     "先导区示范功能", "市直相关单位、高新区、岳麓区、望城区"],
    [None, "继续开展岳麓山景区综合整治,启动坪塘工业基地生态修复和桃花岭景区、大王山公园建设,加快西湖文化园、洋湖湿地公园"
     "二期建设", "环保局、城投集团、林业局、园林局、工信委、岳麓区和市直相关单位"],
    ["市\n监\n察\n局", "想问题、做决策、安排资金,必须首先考虑群众受益,确保有限的财力用在群众最需要的地方。时常换位思考,设身处地"
     "理解群众的困难,了解群众的需求,帮助群众解决入学难、看病难、出行难,让群众得到更多的实惠。坚持一切从群众利益出发,做群众"
     "利益的代言人和保护者,坚决反对漠视群众利益、遇事推诿、甚至拿公共资源做人情的“老好人”作风。", "市直各单位、各区县市"],
    [None, "严肃查处利用职权或公共资源谋取私利的腐败行为,建设诚信、廉洁的政府", "审计局、财政局和市直各单位、各区县市"],
    ["市\n发\n改\n委", "地区生产总值增长13%", "统计局和市直相关单位、各区县市、各园区"],
    [None, "固定资产投资增长20%", None],
    [None, "单位地区生产总值综合能耗下降3.5%", None],
    [None, "城乡居民人均可支配收入分别增长12%和14%", None],
]      # the next row (力争全年实施重点项目566个,完成投资1494亿…), cut off by the store inside its text, not kept
CHANGSHA2012_MERGES = [(1, 0, 2, 0), (3, 0, 5, 0), (6, 0, 7, 0), (8, 0, 11, 0), (8, 2, 11, 2)]

YUEYANGXIAN2024_HEADER = [
    "各乡镇(街道)、鹿角区域发展服务中心,县直相关单位:",
    "根据中央、省财政衔接推进乡村振兴补助资金使用管理办法,《岳阳市财政局365体育博彩:下达2024年第三批市级财政衔接推进乡村"
    "振兴补助资金的通知》(岳财农指〔2024〕28号),经县委农村工作领导小组办公室审批,现将2024年度第十批财政衔接资金项目计划"
    "下达给你们。本次计划共安排项目19个170万元,其中产业发展项目10个105万元,乡村建设行动项目9个65万元。",
    "对于计划安排项目,各责任单位要进一步核实核准建设内容及规模,原则上不得变更,如遇特殊情况需要调整变更的,必须严格依法"
    "依规按相关程序办理。各项目实施单位必须加快推进项目实施,确保项目早建成、早收益。各乡镇(街道)、中心,县直相关单位要"
    "切实履行好资金项目的监管责任,跟踪收集项目实施情况,并将项目实施信息录入全国防返贫监测信息系统。县委农村工作领导小组"
    "办公室将联合县纪监委、县审计局、县财政局对资金项目进行不定期督查。",
    "附件:岳阳县2024年第十批财政衔接资金项目计划表",
    "中共岳阳县委农村工作领导小组办公室",
    "2024年12月9日",
    "附件",
    "岳阳县2024年第十批财政衔接资金项目计划表",
]
YUEYANGXIAN2024_ROWS = [
    ["序号", "乡镇 (单位名称)", "村名", "项目 名称", "项目 类别", "项目建设 内容", "本批衔接资金安排情况 (万元)", None, None,
     None],
    [None, None, None, None, None, None, "中央", "省级", "市级", "县级"],
    ["1", "柏祥镇", "柏祥村", "柏祥村黄升组中间塘清污加固护砌", "产业发展", "黄升组中间塘清污、塘堤加固硬化65米", "20", "", "",
     ""],
    ["2", "步仙镇", "狮山社区", "狮山片道路维修", "乡村建设行动", "狮山片东边组西边组,硬化路面宽3.5米,长700米", "10", "",
     "", ""],
]      # row 3 (筻口镇 明星村 …), cut off by the store inside its 项目建设内容, not kept
YUEYANGXIAN2024_MERGES = [(0, c, 1, c) for c in range(6)] + [(0, 6, 0, 9)]

MEISHAN2021_TITLE = "2021年眉山市30件民生实事责任分工表"
MEISHAN2021_ROWS = [
    ["地区", "组织技能培训", None, None, None, None, None, None, None],
    [None, "建成投用市公共实训基地", "★组织开展各类补贴性职业技能培训(万人次)", "劳务品牌\n培训(人)", "农村残疾人实用技术培训(人)",
     "妇女居家灵活就业培训(人)", "家政从业人员培训(人)", "农村青年技能培训(人)", "高素质农民培训(人次)"],
    ["责任\n单位", "市人力资源社会保障局", None, None, "市残联", "市妇联", "市商务局", "团市委", "市农业农村局"],
    ["全市", "完成年度\n目标任务", "2.2", "2400", "2000", "1000", "2400", "400", "500"],
]      # the districts' rows (市本级, 眉山天府新区 … 青神县), whose empty cells leave no mark, and the page's second table,
#        cut off by the store inside its districts' rows, not kept
MEISHAN2021_MERGES = [(0, 0, 1, 0), (0, 1, 0, 8), (2, 1, 2, 3)]


def write_real_round8b() -> list[Path]:
    return [
        write_real_docx_table_rows(REAL / "changsha_zhongdian_2012.docx", CHANGSHA2012_HEADER, CHANGSHA2012_ROWS,
                                   CHANGSHA2012_MERGES),
        write_real_docx_table_rows(REAL / "yueyangxian_xiangcun_2024.docx", YUEYANGXIAN2024_HEADER, YUEYANGXIAN2024_ROWS,
                                   YUEYANGXIAN2024_MERGES),
        write_real_xlsx_table_rows(REAL / "meishan_minsheng_2021.xlsx", MEISHAN2021_TITLE, MEISHAN2021_ROWS,
                                   MEISHAN2021_MERGES),
    ]


ZHAOHUA2017_HEADER = [
    "各乡镇党委、政府,拣银岩街道党工委、办事处,区级各有关部门:",
    "现将我区2017年度民生工程目标任务分解下达你们,请认真组织实施,确保目标任务全面完成。各乡镇(街道)和区级有关部门要在每月20日之前将本月民生工程"
    "实施情况,包括组织领导、项目进展、主要做法、资金落实(执行)、存在的问题及原因、建议等情况,以书面形式报区政府督办室。区委督查室、区政府督办室将会同"
    "有关部门对民生工程实施情况进行常态化督查督办,并每月通报一次进展情况,将实施结果纳入年度综合目标考核。",
    "联系人:杨 沫 联系电话:0839—8722868。",
    "附件:广元市昭化区2017年度民生工程目标任务分解表",
    "中共广元市昭化区委办公室",
    "广元市昭化区人民政府办公室",
    "2017年4月26日",
    "附件",
    "广元市昭化区2017年度民生工程目标任务分解表(一)",
]
ZHAOHUA2017_ROWS = [
    ["项 目", None, None, "目标", "分 解 情 况", "责任领导", "责任单位", "责任人"],
    ["就 业 促 进 工 程", "促进城乡劳动者就业创业", "城镇新增就业人数(人)", "1300",
     "元坝镇280 白果乡15 柏林沟镇40 朝阳乡20 陈江乡15 大朝乡20 丁家乡15 红岩镇25 虎跳镇120 黄龙乡15 晋贤乡15 柳桥乡50 梅树乡15 "
     "明觉镇40 磨滩镇30 青牛乡10 清水乡40 沙坝乡15 射箭乡15 石井铺镇30 太公镇60 王家镇60 卫子镇40 文村乡15 香溪乡10 张家乡40 "
     "昭化镇180 紫云乡30 拣银岩街道办40", "刘 强", "区人社局", "陈 宗"],
    [None, None, "城镇失业人员再就业(人)", "250",
     "白果乡8 柏林沟镇8 朝阳乡5 陈江乡5 大朝乡6 丁家乡5 红岩镇5 虎跳镇12 黄龙乡5 晋贤乡5 柳桥乡8 梅树乡8 明觉镇5 磨滩镇8 青牛乡5 "
     "清水乡8 沙坝乡5 射箭乡5 石井铺镇6 太公镇6 王家镇20 卫子镇8 文村乡5 香溪乡5 元坝镇40 张家乡5 昭化镇25 紫云乡6 拣银岩街道办8",
     None, None, None],
]      # row 3 (就业困难人员再就业(人) | 120 | …) is cut off by the store inside its 分解情况 cell: not kept
ZHAOHUA2017_MERGES = [(0, 0, 0, 2), (1, 0, 2, 0), (1, 1, 2, 1), (1, 5, 2, 5), (1, 6, 2, 6), (1, 7, 2, 7)]


def write_real_round9b() -> list[Path]:
    return [
        write_real_docx_table_rows(REAL / "zhaohua_minsheng_2017.docx", ZHAOHUA2017_HEADER, ZHAOHUA2017_ROWS,
                                   ZHAOHUA2017_MERGES),
    ]


def write_real() -> list[Path]:
    return (write_real_round3() + write_real_round4b() + write_real_round5b() + write_real_round6b()
            + write_real_round7b() + write_real_round8b() + write_real_round9b()) + [
        write_real_xlsx(REAL / "huoshan_2025.xlsx", HUOSHAN_TITLE, HUOSHAN_HEADS, HUOSHAN_ROWS),
        write_real_xlsx(REAL / "shaoxing_2020.xlsx", SHAOXING_TITLE, SHAOXING_HEADS, SHAOXING_ROWS),
        write_real_docx_table(REAL / "yunyang_2023.docx", YUNYANG_HEADER, YUNYANG_HEADS, YUNYANG_ROWS),
    ]


if __name__ == "__main__":
    main()
