"""Numeric targets in a task's text: what the task commits to, not every number it holds.

    >>> [(i.target, i.unit) for i in extract_indicators("实施500万元以上工业技改项目100个。", 8)]
    [(100, '个')]

"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .catalogue import Indicator
from .chinese import cn_number, fold
from .numbers import THOUSANDS_OF, split_unit

__all__ = ["extract_indicators"]

# -- indicators ------------------------------------------------------------------------------------

_BASE_UNITS = ("平方公里", "平方千米", "平方米", "立方米", "千瓦时", "千米", "公里", "千瓦", "兆瓦", "吨标准煤",
               "标准煤", "公顷", "千克", "微克", "毫克", "人次", "个百分点", "百分点", "个工作日", "工作日", "小时",
               "分钟", "天", "床位", "元", "吨", "亩", "头", "尾", "只", "羽", "家", "个", "项", "人", "处", "条", "座",
               "所", "张", "户", "台", "套", "辆", "件", "场", "次", "名", "篇", "部", "栋", "株", "棵", "间", "册", "米",
               "架", "笔", "宗", "艘", "本", "位", "%")
_COUNTERS = set("家个项处条座所张户台套辆件场次名篇部栋间人只口眼盏幢孔块根支份起片穴堂村")  # measure words that may precede a noun
_BASE_UNITS += ("场次", "公斤", "斤", "延米", "批次", "课时")      # 开展药品抽检800批次: samples are counted in 批次
# 安装边石1000延长米: kerbs, pipes and fences are measured in running metres, written 延长米 as often as 延米.
_BASE_UNITS += ("延长米",)
# Measure words of things a task builds or installs (教室护眼灯400口, 机井50眼, 路灯300盏, 住房5幢, 涵洞3孔), copies
# handed out (发放防疫健康包133万份) and cases (破获400起案件): taken after Arabic digits only, since 一口气, 一眼,
# 一块, 一支, 一份力量, 一起 … in words are manners of speaking, not counts. 新建改建10片市民球场: courts and
# fields are counted in 片 (一片 in words is a stretch of something, 一片森林, 一片繁荣); graves in 穴 (新增墓穴10000穴).
# 开展300堂健康讲座: lessons and talks are counted in 堂 (一堂课 in words is one lesson as a manner of speaking).
# 实施110村…奖补项目: villages counted without their 个 (一村一品, 三村 in words name a policy or a place), and
# only before what they get: 建设地点:洛克乡1村。 names a numbered village, as a township's name before it shows.
_VILLAGES = "村"
_NUMBERED_VILLAGE = re.compile(r"(?<=[乡镇])\d+村|\d+村(?=[,;。:!?)、|]|$)")
_DIGIT_ONLY_COUNTERS = ("口", "眼", "盏", "幢", "孔", "块", "根", "支", "份", "起", "片", "穴", "堂", _VILLAGES)
_BASE_UNITS += _DIGIT_ONLY_COUNTERS
# 开展胃肠癌联合筛查1万例以上, 完成手术300例: cases screened or treated are counted in 例 (after Arabic digits only:
# 一例 in words is 首例 or 一例一策, a manner of speaking).
_BASE_UNITS += ("例",)
# 接种疫苗1800剂次: vaccine doses given are counted in 剂次 (after Arabic digits only, as 例 is).
_BASE_UNITS += ("剂次",)
# 门诊慢特病报销范围扩大到40种, 免费筛查项目增至12种: the kinds a list covers (drugs, illnesses, services), after
# Arabic digits only (一种, 多种, 各种 in words are manners of speaking) and only as the figure closing its words.
_BASE_UNITS += ("种",)
# 年内完成主体结构8层以上: the floors a building's works rise to in the year, after Arabic digits only (一层 in words
# is a manner of speaking, 一层一层); never before a noun (5层教学楼 says what is built, not how much).
_BASE_UNITS += ("层",)
# 开展“项目化”培训不少于5期, 举办培训班12期: sessions of a course are counted in 期, after Arabic digits only (一期,
# 二期 in words are a project's phases, 二期工程) and only as the figure closing its words (not a measure word
# before a noun).
_BASE_UNITS += ("期",)
# 河湖库塘清淤10万方, 土方5000方: earth and silt are reckoned in 方 (cubic metres), after Arabic digits only (三方,
# 多方 in words are parties) and never before a word it begins (3方面, 双方案): see ``_SQUARE_WORD``.
_CUBIC = "方"
_BASE_UNITS += (_CUBIC,)
_SQUARE_WORD = re.compile(r"[面案式向法位针阵舱]")
# 新增30万用户, 发展5G用户200万户: the users a service signs up, counted as 用户 when no measure word follows (kept as
# written: 万用户), after Arabic digits only (一用户一档 in words is a manner of filing) and only as the figure closing
# its clause.
_BASE_UNITS += ("用户",)
# the units above taken after Arabic digits only (学位3800位 counts seats; 两位数增长 is a manner of speaking)
_DIGITS_ONLY = frozenset(("位", "例", "剂次", "种", "层", "期", "用户", _CUBIC, *_DIGIT_ONLY_COUNTERS))
# 修缮约500m², 新建绿地2000㎡: the area written with its symbol, kept as written (a letter before the figure still
# stops it: a model name, K3000m²).
_BASE_UNITS += ("m²", "㎡", "m³")
# 实际利用外资3亿美元, 进出口总额50亿美元: an amount in a foreign currency, kept in it (never converted).
_BASE_UNITS += ("美元", "欧元")
# 竣工面积14.3万平米: 平米 is the everyday short of 平方米, kept as written.
_BASE_UNITS += ("平米",)
# 人口自然增长率控制在6‰以内: a rate per thousand, written as a rate per hundred is (never scaled by 万 or 亿).
_BASE_UNITS += ("‰",)
# 新增公交车300标台, 集装箱吞吐量820万标箱: buses are counted in standard units (标台) and containers in
# twenty-foot equivalents (标箱, TEU), each a count as 台 and 箱 would be.
_BASE_UNITS += ("标台", "标箱")
_SCALED_UNITS = {p + u for u in _BASE_UNITS for p in ("", "万", "亿", "万亿") if u not in ("%", "‰") or not p}
_SCALED_UNITS |= {"千" + u for u in THOUSANDS_OF}      # 8千余户: see ``numbers.THOUSANDS_OF``
_SCALED_UNITS.add("倍")                                 # 不低于…的1.6倍: a multiple of a base, a level
# 孕产妇死亡率控制在15/10万以内, 婴儿死亡率5‰: a ratio per hundred thousand (or ten thousand) people, written after
# its figure as a rate per thousand is; kept as written, a level.
_SCALED_UNITS |= {"/10万", "/十万", "/万"}
_MULTIPLE_OF = re.compile(r"(?:的|不低于|不少于|不高于|不超过|达到|保持在)$")
_UNIT = ("(?:" + "|".join(sorted(_SCALED_UNITS, key=len, reverse=True))
         + ")(?:/(?:千瓦时|立方米|平方公里|平方千米|平方米|公顷|吨|亩|千人|万人|百人|人|户|年|月|天|日|度))?")
# 4批次/千人, 5.1公里/平方公里 (a road network's density), 25万吨/日 (a plant's capacity): a rate
# 浓度均下降至目标值60微克/立方米及以下: 及以下 bounds a level from above as 以下 does (and 及以上 as 以上).
_CANDIDATE = re.compile(
    rf"(?<![0-9A-Za-z.%/第])(?P<num>\d+(?:\.\d+)?|(?<![零〇一二两三四五六七八九十百千])[一二两三四五六七八九十百千]+)"
    rf"(?P<about>余)?(?P<unit>{_UNIT})(?P<post>及以上|以上|及以下|以下|以内|之内|左右)?")
# 建设长1575米宽40米的休闲绿道, 新建长800米的堤防: the length of what is built, said before its width or its
# noun, is how much of it is built (its width is a specification, see ``_DIMENSION``). (增长, 延长, 队长 … no
# length.)
_LENGTH_SAID = re.compile(r"(?<![增延成生助擅专队站部行校院所科厂家局处股组班社市县区镇乡村])(?:全长|总长|长)(?:约|为|达)?$")
_LENGTH_UNIT = re.compile(r"米|公里|千米")
_SPEC_AFTER = re.compile(r"(?:(?:宽|高|深)\d+(?:\.\d+)?(?:米|公里)?)*的")
# The marks that close a clause in the masked text (full-width ones folded); a lookahead for a clause's end.
_CLAUSE_STOP = re.compile(r"[,;。:!?)]")
_AT_CLAUSE_END = rf"(?={_CLAUSE_STOP.pattern}|$)"
# 1000名以上, 3座左右, 20种及以上: the bound a count may carry after its measure word
_FLOOR_OR_ABOUT = r"(?:及以上|以上|左右)"
_BOUND_AT_END = re.compile(rf"{_FLOOR_OR_ABOUT}$")
# 失业人数控制在10410人内, 控制在3个内: 内 alone after a count of people or things held under a cap (控制在) bounds
# it as 以内 does (10个工作日内 and 3个月内 are times, read apart).
_HEADS_WITHIN = re.compile(rf"内{_AT_CLAUSE_END}")
_HEADS_CAPPED = re.compile(r"控制在[\s|]*$")
# 配送图书5万册2019年…实事项目安排: a year right after a figure starts other words (a page's running head, a
# line joined without its stop); no count runs on into a year, nor into a reporting period reckoned from the year's
# start (增长7%1-6月,我区…: see ``_PERIOD_OPEN``).
_REPORT_PERIOD = r"1\s*[-—–~至到]\s*(?:1[0-2]|[1-9])月份?(?:以来)?"
_YEAR_AFTER = re.compile(rf"(?:19|20)\d\d年|{_REPORT_PERIOD},")
# 14个工作日内、, 3个工作日内完成审批, 5天内办结: the time a service is done within, closing its clause or followed by
# the verb of finishing (N天内办结 is ``_service_standard``'s). 30天内 before any other words, 6个月内完成
# (``_DURATION``), say when something happens, not a target.
_TIME_UNIT = re.compile(r"个工作日|工作日|天|小时")
_TIME_LIMIT = re.compile(r"内(?:完成|审结|审批完毕|作出答复|答复|反馈|(?=[,;。:!?)、]|$))")
# 新开工老旧小区改造221个3万户: a second figure of another unit right after the first, closing the clause, measures
# the same work another way (compounds, then households): both are targets.
_SECOND_MEASURE = re.compile(rf"(?:\d+(?:\.\d+)?)(?P<unit>{_UNIT}){_FLOOR_OR_ABOUT}?{_AT_CLAUSE_END}")
# 完成465幢23.25万平方米房屋“平改坡”: a count with an area of another unit right after it (a second ``_CANDIDATE``),
# before the noun both measure: both are targets (how many buildings, how much floor), as 221个3万户 is at a clause's
# end. (超230个50户以上木质房屋: a second figure with its own bound says which ones, see ``_last_of_chains``.)
_DURATION = re.compile(r"(?<=个)(?:月|季度|年度|星期|小时|周(?!末))")     # 8个周末兴趣班: weekend classes, no weeks
_RANGE_LOW = re.compile(r"(?<![0-9.])(\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)\s*[-~—–至到]\s*$")
# ``|``: a table's cell ends there (a row pasted as text, 比重达4.15%||★区科技局)
_CLAUSE_END = set(",;。:!?)、”\"’」|") | {""}
_QUOTES = {"“": "”", "‘": "’", "《": "》", "〔": "〕", "「": "」", '"': '"'}
# 抓好/办好 30个重大项目: the task sees those projects through. (推进/推动 stay verbs of scope: 推进A、B等14个项目建设
# names the projects it pushes on, as the bundled notice's labeller read it.)
# 解决13.3万常住人口饮水问题: the people whose need the task meets. 完善10个文化站设施设备: the places it equips.
# 实现1万名毕业生进入本科院校: the people the task brings there (实现 before a share, 实现90%事项网上办, is
# ``_SHARE_REACHED``'s). 增创2条示范街: one more way of saying 新创建. 破获400起案件: the cases the task closes.
# 制作14个标识牌: the things the task makes. 开设40个暑托班, 开通3条公交线路: the classes and lines it opens;
# 安装200台空调, 增配125台除颤器, 增设10个站点: the things it installs or adds (…防撞柱安装项目27所…: a project's
# name, no verb). 对口帮扶400家乡镇卫生院: the places the task helps, as 扶持 and 资助 count those supported.
# 优选出20个…村, 选定10个试点社区: the things the task picks, as 遴选 and 评选 count them.
# 续建A、B等9个项目: the projects the task goes on building, as 新建 counts those it starts. 装备1台检测车,
# 购置20辆救护车: the things the task equips its services with, as 增配 counts them. 拆除A、B等5个收费站: the
# things the task takes down. 维修更换37处机泵: the things the task repairs or replaces.
# 修建A、B、C3个停车场, 建造2座公厕: the things it builds, as 新建 counts them. 提质扩能40个县级医疗卫生机构: the
# places whose capacity the task raises, as 提升 counts them. 选聘100名产业导师: the people it hires, as 选派 counts them.
# 基本消除45个地质灾害隐患点: the hazards the task removes, as 拆除 counts what it takes down.
# 新改扩建20所幼儿园, 新、改建30个公园: the things the task enlarges or rebuilds, as 新建 counts those it starts.
# 改善60所学校教室视觉环境: the places whose conditions the task improves. 补助158家卫生所: the units it
# subsidises, as 资助 and 扶持 count them (补助500元 per head is a rule, read by ``_is_rule``).
# 支持全市756个村卫生室的标准化建设: the places whose work the task funds, as 扶持 and 资助 count them (优先支持其
# 行政区域内1家…, 积极支持…: a policy's preference for each region, no count the task delivers).
# 创造5000个就业岗位: the jobs the task creates, as 新增 counts them. 优化426个路口的信号灯配时: the places whose
# working the task improves, as 改善 and 提升 count them. 施划8000个停车位: the spaces it marks out on the road.
_COMMIT = re.compile(r"完成|消除|参加|推荐|确保|建成|建立|新建|续建|修建|扩建|改建|迁建|改善|补助|新增|创建|增创|实施|培育|引进|培养|组织|开工|投用|打造|建设|打通|制作|"
                     r"选拔|选派|遴选|评选|优选出?|选出|选定|(?<!优先)(?<!积极)支持|扶持|资助|培训|设立|筹建|提升|改造|抓好|办好|启动|解决|完善|实现|"
                     r"破获|侦破|查处|查办|(?:开设|开办|开通|安装|加装|增配|增设|装备|购置|采购|购买|投保)(?!项目|工程)|帮扶|升级|提供|推出|督促|拆除|"
                     r"维修|更换|创造|优化|施划|划设|建造|提质扩能|提质扩容|扩能|选聘|招聘")
# 已建成30个, 已经完成: the verb reports what is done already, so the count is a record, not a commitment.
_DONE_BEFORE = re.compile(r"(?:已|已经|业已|先后|累计已|共已)$")
# (完成电子站牌全覆盖和20条线路…: 全覆盖 is a result the task reaches, not a verb of scope.)
_SCOPE = re.compile(r"聚焦|围绕|推进|保障|依托|针对|涉及|包括|(?<!全)覆盖|重点|其中")
# …6家中心村卫生室达到《…标准》, …30条生产线投产: the count is of the things the task brings to that state.
# 27所中小学校门口安装防撞柱: of the places the task equips. 助推1000家卫生院提档升级: of the units it upgrades.
# 农村公路90座三类桥梁加固维修, …及2座桥改造: of the structures it repairs or rebuilds (a project's title, 20个排水单元
# 雨污管网分流改造…项目, leaves the count to the text under it).
_COMMIT_AFTER = re.compile(r"开展|完成|建成|投入使用|投用|开工|竣工|落地|认定|验收|上市|挂牌|达到|达标|投产|达产|"
                           r"安装|加装|配备|提档升级|提质升级|新增|(?:加固|维修|修缮|改造)(?![^,;。:]*(?:项目|工程))")
# 引导1000名毕业生到基层就业: a count of people the task brings into work (3个乡镇就业形势良好 counts no one).
_INTO_WORK = re.compile(r"就业|创业")
_PEOPLE_FIGURE = re.compile(rf"[\d万亿一二两三四五六七八九十百千][人名]{_FLOOR_OR_ABOUT}?$")   # 1000名以上, not 元/人
_LEVEL_WORDS = (r"保持|保持在|稳定在|发展到|扩大到|扩大至|提高到|提高至|提升到|提升至|增加到|增加至|增至|上调到|上调至|"
                r"调整为|调整到|调整至|总量达到|总数达到|总额达到|规模达到|存栏")
_LEVEL_TAIL = re.compile(rf"({_LEVEL_WORDS})$")
_LEVEL_METRIC = re.compile(r"率|比重|占比|比例|余额|存栏|保有量|存量|蓄积量|平均|均值|价格|单价|时间|时限|强度|浓度|指数")
# 千人托位数达4.2个, 每万人口高价值发明专利拥有量: a number per thousand or ten thousand people is a rate, a level.
# (引进千人计划专家5名: 千人 in a name, with no 数/量 closing the metric, counts heads.)
_PER_POPULATION = re.compile(r"(?:十万|千|万|百)(?:人口?|常住人口|户籍人口)[\u4e00-\u9fff()]{0,12}?(?:数|量)$")
_INCREMENT = re.compile(r"新增|新建|新培育|新创建|新认定|建设|创建|实施|培育|引进|完成|组织|治理|改造|开工|建成|"
                        r"培养|放流|申请|推荐|入选|争取|造林|累计|开展|举办|招引|签约|落地")
_STATE = re.compile(r"达到|实现")
# 长护险参保人数达3.59万人, 失业保险参保人数130万人以上: how many are enrolled (insured, in school) at a time,
# reached or not said how: a stock, a level, counted in heads or households (参保户数, 在校生人数). (完成在职参保人数
# 6300人, with a verb of work done, counts those signed up in the year.)
_ENROLLED_REACHED = re.compile(r"(?:参保|参合|在校|在园|在册)生?(?:人|户)数(?:达到|达|突破|超过|保持在|稳定在)?$")
# Words that bound a figure from above (不超过 10, 控制在 5% …), here and in ``_BOUND_WORD``; 小于 as 低于 (人口自然增长率
# 小于4‰: a ceiling), where 不小于 is a floor.
_LE_BOUND = r"不超过|不高于|不大于|控制在|(?<!不)少于|(?<!不)低于|(?<!不)小于"
_LE_TAIL = re.compile(rf"(≤|<=?|{_LE_BOUND}|压减到|压减至|降低到|降至|下降到|缩短到|缩短至)$")
# 粮食产量稳定在23万吨: a level held steady at the figure, about it either way (a bound after it, 稳定在…以上, wins).
_APPROX_TAIL = re.compile(r"(约|大约|大概|稳定在)$")
_LEAD_WORDS = re.compile(r"^(?:全年|年内|年度内|年底前|年底|到年底|今年|全市|我市|全区|全县|力争|争取|确保|全面|"
                         r"累计|持续|进一步|共|再|\d{4}年度?|[,、\s])+")
_LEAD_VERB = re.compile(r"^(?:新培育|新创建|新认定|新建|新增|建设|创建|实施|培育|引进|完成|组织|开展|治理|开通|"
                        r"推荐|实现|争取|申请|放流)(?![和及与、])")
_TAIL_WORDS = re.compile(r"(?:力争|争取|不少于|不低于|不超过|不高于|突破|超过|达到|控制在|保持在|保持|稳定在|发展到|扩大到|扩大至|"
                         r"提高到|提升到|压减至|压减到|下降至|降至|降低到|下降到|缩短至|缩短到|目标值|分别|达|过|为|约|等|在|至)+$")


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    value: float
    unit: str
    post: str
    form: str          # "after": …企业195家 ; "before": 完成…一座污水处理厂…
    low: int = -1      # where the lower bound of a range (3-5家) starts, else -1
    name: str = ""     # a name read with the figure (a service standard's), else built from the words around


def extract_indicators(text: str, task_no: int, year: int | None = None,
                       reported: bool = False) -> tuple[Indicator, ...]:
    """Every numeric target of one task's text, ids ``<task>.<n>`` in order of appearance.

    ``year``: the notice's year, when known; a clause opening with an earlier year (2022年全区完成造林1万亩 in a
    plan for 2023) reports the past, and its figures are no targets.
    ``reported``: the text is a report's account of what was done (完成创建充分就业社区43个;…), every figure a
    result but a target it names, set against the result (…3.56%,低于3.7%的控制目标) or in a target's note ((年度
    目标:…)).

    >>> [(i.target, i.unit) for i in extract_indicators("实施500万元以上工业技改项目100个。", 8)]
    [(100, '个')]
    """
    text = _DECIMAL_SPACE.sub(r"\1", _FIGURE_SPACE.sub("", text))
    text = _PERSON_TIMES.sub("人次", _ASTERISK_LEAD.sub("", _WEIGHT_NOTE.sub("", text)))
    masked = _TALLY.sub(_blank, _mask_quotes(fold(text)))
    masked = _PROJECT_TALLY.sub(lambda m: m.group(1) + "□" * len(m.group(2)), masked)
    masked = _mask_list_own_count(masked)
    masked = _CIRCLED.sub(";", _ASTERISK_ITEM.sub(",", _STRAY_COMMA.sub("、", masked)))
    masked = _SCALE_THEN_MORE.sub(lambda m: "余" + (m.group(1) or m.group(2)), masked)
    found: list[tuple[_Hit, Indicator]] = []
    past = _past_year_spans(masked, year) if year else []
    hits = [hit for hit in _targets(masked) if not any(start <= hit.start < end for start, end in past)]
    if reported:
        notes = [m.span() for m in _BRACKET.finditer(masked) if _TARGET_NOTE_OPEN.match(masked, m.start())]
        hits = [hit for hit in hits if _set_against(masked, hit.start, hit.end)
                or any(start <= hit.start < end for start, end in notes)]
    for n, hit in enumerate(hits, start=1):
        found.append((hit, _indicator(f"{task_no}.{n}", hit, text, masked, found)))
    field = _CONTENT_FIELD.search(masked)
    headline = {indicator.id for hit, indicator in found if field and hit.start < field.start()}
    opening = masked.find("。")                          # the item's heading sentence, when its body follows
    heading = {indicator.id for hit, indicator in found if 0 <= hit.start < opening}
    each = [item for hit, indicator in found for item in _each_of(text, masked, hit, indicator)]
    heading = _restated_once(each, heading)
    each = [item for n, item in enumerate(each) if not any(
        _same_target(item, other) or _restates_headline(item, other, headline)
        or _restates_heading(item, other, heading) for other in each[:n])]
    return tuple(replace(indicator, id=f"{task_no}.{n}") for n, indicator in enumerate(each, start=1))


def _same_target(one: Indicator, other: Indicator) -> bool:
    """开展医共体巡回义诊活动30场次 项目内容:在15个乡(镇)…开展医共体巡回义诊活动30场次: an item's heading and its
    body saying the same figure of the same work are one target, not two (``other`` said first)."""
    if one.target == other.target and one.unit != other.unit and _projects_of(earlier=other, later=one):
        return True
    if (one.target, one.unit) != (other.target, other.unit) or _of_other_places(one, other):
        return False
    if one.metric == other.metric or _rate_for_each(one, other):
        return True
    # ( 一 ) 新建…幼儿园 25 所 under 新建…幼儿园 25 所, 新增学位 2.7 万个建设… after 新增学位 2.7 万个: a sub-item
    # restating its heading's words and figure (its ordinal and spacing aside), on a line run on into its body.
    # (One phrase read as several targets, 公园、广场各2个 or 新增250个托班托额、250个…托额, shares its source: those
    # stay apart.)
    if one.source == other.source:
        return False
    if _names_same_object(one, other):
        return True
    said, again = sorted((_said(one.source), _said(other.source)), key=len)
    # the longer saying the figure once more after the shared words is a list of two figures (新增250个托班托额、
    # 250个…托额), not one figure said twice
    figure = f"{_plain(one.target)}{one.unit}"
    return len(re.sub(r"[^\u4e00-\u9fff]", "", said)) >= 4 and again.startswith(said) \
        and figure not in again[len(said):]


# 农民人均纯收入增幅达到9%以上。(各县、区增幅均达到9%以上): a note saying the rate the sentence set holds for
# each place alike (均 before the verb) repeats the one standard, placed on every county the list is sent to:
# one target. Only a rate: a count given each place (各镇均建成公园2个 after 新建公园2个) adds up to more than the total,
# and a sentence naming its own place first (全省…=50%) is another place's figure (below).
_ALL_ALIKE = re.compile(r"均(?:达到|达|为|不低于|不少于|保持在|稳定在|控制在|增长|提高)?$")
_RATE_UNITS = ("%", "‰", "百分点", "个百分点")


def _rate_for_each(later: Indicator, earlier: Indicator) -> bool:
    """The later saying the earlier's rate, comparator alike, of every place at once (…均达到9%以上)."""
    figure = f"{_plain(later.target)}{later.unit}"
    said, first = _said(later.source), _said(earlier.source)
    if later.unit not in _RATE_UNITS or later.comparator != earlier.comparator or figure not in said + first:
        return False
    alike = _ALL_ALIKE.search(said[:said.rfind(figure)])
    return bool(alike) and not _ALL_ALIKE.search(first[:first.rfind(figure)]) and not _PLACE_LEAD.match(first)


# 全省…门诊报销比例=50%,各设区市…门诊报销比例=50%: the same measure said of two places (the whole province, each
# of its cities) is two targets, each reported on, however alike their words and figures.
_PLACE_LEAD = re.compile(r"全[省市州区县镇乡旗]|各[^,;。:、\d]{0,6}?(?:市|县|区|乡|镇|街道)")


def _of_other_places(one: Indicator, other: Indicator) -> bool:
    """The two sayings differ only in the place each opens with (全省… / 各设区市…)."""
    said, again = _said(one.source), _said(other.source)
    words = 0                                       # the words both end with, the measure and its figure
    while words < min(len(said), len(again)) and said[-1 - words] == again[-1 - words]:
        words += 1
    place, other_place = said[:len(said) - words], again[:len(again) - words]
    return place != other_place and all(_PLACE_LEAD.fullmatch(p) for p in (place, other_place))


# 5.建设全民健身场地设施100处。在全市范围建设以…为主的全民健身场地设施100处: the item's body says its heading's
# figure again of the same thing, named once more with what it is like (遴选50个乡镇卫生院开展高水平国医堂建设 after
# 建设50个高水平国医堂: how the same 50 are built): one target. (组织50个中医专家小组 after it counts other things
# and stays; a short name such as 公园 is too common to tell one object by.) Each saying must write the name itself:
# 开工未来社区1个,完工1个 reads 完工1个's name from the clause before, two stages of one object, two targets.
_SAME_OBJECT_CHARS = 4


def _names_same_object(one: Indicator, other: Indicator) -> bool:
    name, longer = sorted((one.metric, other.metric), key=len)
    return len(re.sub(r"[^\u4e00-\u9fff]", "", name)) >= _SAME_OBJECT_CHARS and name in longer \
        and name in one.source and name in other.source


# 实施12000平方米城市危房改造 项目内容:启动实施12000平方米直管公房危房修缮改造工作: the item's title states its
# figure, and the field of its content (项目内容:, 建设内容:, 主要内容:) says the same figure again, in other words
# for the same work: one target.
_CONTENT_FIELD = re.compile(r"(?:项目|建设|主要|工作)内容:")


def _restates_headline(later: Indicator, earlier: Indicator, headline: set[str]) -> bool:
    return (earlier.id in headline and later.id not in headline
            and (later.target, later.unit) == (earlier.target, earlier.unit))


# 1.地区生产总值增长12%。全市生产总值达到3260亿元,增长12%。…: an item's heading sentence gives its targets and
# the body after it says them again with more (the amount, the parts, 比上年 or 同口径 as the base): the same figure of
# the same measure is one target. The measure is the same when, the base of comparison and the place it is said of
# left out, the one's name reads in the other's in order (市本级增长 in 市本级一般预算收入同口径比上年增长) and both
# end in the same change; 二产增加值增长12% under 地区生产总值增长12% is a part's own figure and stays.
_BASE_SAID = re.compile(r"同口径|比上年同期|比上年|较上年|比去年|较去年|同比|全市|全区|全县|全省|全社会|全年")
_CHANGE_END = re.compile(r"(?:增长|增加|提高|下降|降低|减少)$")


def _restates_heading(later: Indicator, earlier: Indicator, heading: set[str]) -> bool:
    if earlier.id not in heading or later.id in heading:
        return False
    if (later.target, later.unit, later.comparator) != (earlier.target, earlier.unit, earlier.comparator):
        return False
    said, again = sorted((_BASE_SAID.sub("", fold(m)) for m in (earlier.metric, later.metric)), key=len)
    change = _CHANGE_END.search(said)
    return len(said) >= _SAME_OBJECT_CHARS and bool(change) and again.endswith(change.group()) \
        and _reads_in(said, again)


def _restated_once(each: list[Indicator], heading: set[str]) -> set[str]:
    """The heading figures one figure of the body says again. Two or more saying it (城镇居民人均可支配收入增长8%,
    农村居民人均可支配收入增长8% under 居民收入增长8%) are its parts, each a target of its own."""
    return {earlier.id for earlier in each if earlier.id in heading
            and sum(_restates_heading(later, earlier, heading) for later in each) == 1}


def _reads_in(short: str, long: str) -> bool:
    """Every character of ``short`` found in ``long`` in the same order."""
    chars = iter(long)
    return all(ch in chars for ch in short)


def _projects_of(earlier: Indicator, later: Indicator) -> bool:
    """新建…中小学、幼儿园 25 所 … 建设A、B、C等教育项目 25 个: the projects counted are the schools counted, one
    figure of one work said twice (a count of things built, then of the projects building them)."""
    return (later.unit == "个" and later.metric.endswith("项目") and len(earlier.unit) == 1
            and earlier.unit in _COUNTERS and earlier.unit != "个")


_ORDINAL_OPEN = re.compile(r"^(?:\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、])")


def _said(source: str) -> str:
    """A target's source as said: spaces and an opening ordinal (( 一 ), 二、, 3.) left out."""
    return _ORDINAL_OPEN.sub("", re.sub(r"\s", "", fold(source)))


# 埋设天然气主管道和污水主管网各40公里, 新建公园、广场各2个: 各 right before a figure gives it to each of the things
# joined before it, one target apiece (each reported on its own). The verb that opens the list is said of every
# item. (每个乡镇各1个, 各建1个: no list of things before 各, one figure.)
# 新开工、竣工项目分别达到32个以上: 分别 before the one figure of its clause gives it to each item as 各 does
# (分别达到30%和40%, a figure for each item, is read item by item).
_EACH = re.compile(r"(?:各|(?P<each>分别))(?:约|不少于|不低于|达到|达)?$")
_EACH_JOINT = re.compile(r"和|及|与|、")
# 开竣工安置房各150万平方米: two verbs run together on their shared last character (开竣工: 开工 and 竣工) before 各
# give the figure to each of the two works, one target apiece, as a list of things joined by 和 does.
_VERB_PAIR = re.compile(r"(开)(竣)(工)")
# 新开工、竣工项目分别达到32个: two verbs listed before the noun they share, the figure given to each work; so with
# no noun after them (完成开工、竣工各100万平方米: the floor area each work reaches).
_STAGE = r"新?开工|竣工|建成|投产|达产|开业|签约|落地|新建|续建"
_VERB_LIST = re.compile(rf"(?:完成|实现)?({_STAGE})、({_STAGE})((?:[\u4e00-\u9fff]{{2,}})?)")
_EACH_VERB = re.compile(rf"^(?:{_COMMIT.pattern}|{_INCREMENT.pattern}|埋设|铺设|敷设|修复|整治|治理|硬化)")


def _each_of(text: str, masked: str, hit: _Hit, indicator: Indicator) -> list[Indicator]:
    start = _clause_start(masked, hit.start, strict=True)
    before = _EACH.search(masked, start, hit.start)
    if hit.form != "after" or hit.name or not before:
        return [indicator]
    if before["each"] and _CANDIDATE.search(masked, hit.end, _clause_end(masked, hit.end)):
        return [indicator]
    if listed := _VERB_LIST.fullmatch(fold(_head_off(_NAME_LEAD, text[start:before.start()].strip()))):
        return [replace(indicator, metric=work + listed[3]) for work in listed.group(1, 2)]
    words = _noun_phrase(text[start:before.start()])
    folded = fold(words)
    verb = _EACH_VERB.match(folded)
    if verb and _EACH_JOINT.match(folded, verb.end()):
        verb = None                                     # 开工、竣工各100万平方米: the verbs are the items listed
    items = _EACH_JOINT.split(words[verb.end():] if verb else words)
    pair = _VERB_PAIR.match(folded) if len(items) < 2 else None
    if (len(items) < 2 and not pair) or any(len(item) < 2 or re.search(r"\d", item) for item in items):
        return [indicator]
    if pair:                                            # 开竣工安置房各150万平方米: 开工 and 竣工
        return [replace(indicator, metric=words[pair.end():] + first + pair[3]) for first in pair.group(1, 2)]
    work = verb.group() if verb else ""
    return [replace(indicator, metric=item + work) for item in items]


# 增加公办幼儿园学位 970 个: a figure set apart from its unit by a space (a portal's typesetting) is read as one.
_FIGURE_SPACE = re.compile(rf"(?<=\d)[ \u3000\xa0]+(?={_UNIT})")
# 竣工面积14. 3万平米, 分别下降4.8%、3. 3%和1.4%: a space after a decimal point, inside a figure run on from its
# words or from the figure before it in a list, is a portal's debris (a list number, 14. 新建…, stands after a stop
# or at the start of a line, never right after a word or a 、).
_DECIMAL_SPACE = re.compile(rf"(?<=[\u4e00-\u9fff、])(\d+\.)[ \u3000\xa0]+(?=\d+(?:\.\d+)?{_UNIT})")
# ①提质改造…学校30所;②建成…7个, *为8个住宅小区…(标注*的项目为市级项目): a circled number or an asterisk
# opening an item (its lines joined to the one before without a stop) starts a clause of its own. (30*10m, a
# size, and [*], a blanked number, open nothing.) The asterisk's items go on one list (a clause opening with its
# count continues the targets before it), as after a comma; a circled number's are items of their own. An
# asterisk after a stop or a 、 (…食堂、*3家…) only marks its item and is left out.
# 开展职业技能培训800人(次): the people trained counted in 人次, the 次 bracketed as optional.
_PERSON_TIMES = re.compile(r"(?<=[\d万])人[(（]次[)）]")
# 新增造林面积2万亩以上(6分);完成森林抚育5000亩(4分)。: a requirement's score weight in an assessment's table
# or a target book, in brackets after it. It weighs the figure before it, counts nothing (分 is no unit of
# work), and would keep that figure from closing its clause: read as if not written.
_WEIGHT_NOTE = re.compile(r"[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]")
# 建设福山、青龙,、房圩,、裕林等自然村内…: a comma right before a 、 is a portal's debris, no end of a clause.
_STRAY_COMMA = re.compile(r",(?=、)")
_CIRCLED = re.compile(r"[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]")
_ASTERISK_LEAD = re.compile(r"(?:^|(?<=[、,，;；:：。\s]))\*(?=[\u4e00-\u9fff\d])")
_ASTERISK_ITEM = re.compile(r"(?<![0-9A-Za-z.])\*(?=[\u4e00-\u9fff\d])")


# 完成2.1万余户燃气改造: "more than 2.1万户", 余 set between the scale and the measure word; read (in the masked
# text only, the same length) as 2.1余万户, the shape 30余亩 already is; so are people (为1.7万余名残疾人投保…). 3万余人口
# keeps its own reading (``_people_counts``).
_SCALE_THEN_MORE = re.compile(rf"(?<=\d)([万亿])余(?=(?!人口)(?:{'|'.join(_BASE_UNITS)}))|(?<=\d)(千)余(?=(?:{'|'.join(THOUSANDS_OF)}))")


# (共9项), (共12件): a heading's tally of the items under it, never a target
_TALLY = re.compile(r"\(共[\d一二三四五六七八九十百]+(?:项|件|条|个方面|方面)\)")
# …制定了为民办好十件实事实施方案, 充分认识办好十件实事是…: the number of items of the list itself, said in the
# sentences after an item's own (a closing paragraph run on into the last item), never a target of that item.
# In the item's first sentence the count is what the item commits to (a plan of the year's work whose task 7 is
# 扎实办好11项为民办实事项目: eleven projects of another list).
_LIST_OWN_COUNT = re.compile(r"[\d一二两三四五六七八九十百]+(?:件|项|項|个方面|個方面|个|個|大)"
                             r"(?=(?:重点|重要|政府|民生|惠民|为民办?|為民辦?|民盼|民心|便民)*(?:实事|實事))")
# 继续办好农村新五件实事: 新 before the count makes it the name of a programme (the new five, as 新三样 is), in
# the item's first sentence too.
_NAMED_LIST_COUNT = re.compile(rf"(?<=新)(?:{_LIST_OWN_COUNT.pattern})")
# 科教惠民工程(项目6个,其中基建工程类5个、“小而美”事项类1个)。: a bracket after an item's title that tallies the
# projects it groups (and their kinds): the list's own bookkeeping, never a target (the projects the item builds
# are counted, if at all, in its sentences).
_PROJECT_TALLY = re.compile(r"(?:^|(?<=[。;]))([^,;。:()]{2,30})(\((?:共|含|包括)?(?:项目|子项目)(?:共)?"
                            r"[\d一二三四五六七八九十百]+[个项件][^()]*\))(?=。|$)")


def _mask_list_own_count(masked: str) -> str:
    first_end = masked.find("。") + 1 or len(masked)
    rest = _LIST_OWN_COUNT.sub(_blank, masked[first_end:])
    return _NAMED_LIST_COUNT.sub(_blank, masked[:first_end]) + rest


def _blank(m: re.Match) -> str:
    return "□" * len(m.group())


def _mask_quotes(text: str) -> str:
    """Blank out quoted names, titles and document numbers (“十百千”, 《…2023年…》, 〔2021〕)."""
    chars = list(text)
    at = 0
    while at < len(chars):
        close = _QUOTES.get(chars[at])
        if close:
            end = text.find(close, at + 1)
            if end != -1 and end - at <= 60:
                for i in range(at, end + 1):
                    chars[i] = "□"
                at = end
        at += 1
    return "".join(chars)


# 游客接待量突破千万人次, 年产值达到百亿元: a round magnitude (千万, 百万, 百亿) before its unit, closing the clause,
# is a number (1000万人次); 千万亩…基地, 百亿级 and 千人计划 name a kind or a programme and stay words.
_ROUND_MAGNITUDE = re.compile(rf"[百千](?=[万亿](?:{_UNIT})?{_FLOOR_OR_ABOUT}?{_AT_CLAUSE_END})")


def _targets(masked: str) -> list[_Hit]:
    found: list[_Hit] = []
    pending: list[tuple[_Hit, int]] = []                # figures followed by 和/及/与 and another figure
    for m in _CANDIDATE.finditer(masked):
        value = _number(m.group("num"))
        if value is None or _DURATION.match(masked, m.end("unit")):
            continue                                    # 6个月内完成: a time limit, not a count
        if m.group("num") in ("百", "千") and not _ROUND_MAGNITUDE.match(masked, m.start()):
            continue                                    # 千人计划, 每千人口: a count says 一千; a bare 千 names or divides
        if not _is_count(m):
            continue                                    # 学位3800位 counts seats; 两位数增长 is a manner of speaking
        base = split_unit(m.group("unit"))[1]
        if base == "用户" and masked[m.end():m.end() + 1] not in _CLAUSE_END:
            continue                                    # 服务50万用户的平台: what a thing is sized for, no count
        if base == _CUBIC and _SQUARE_WORD.match(masked, m.end()):
            continue                                    # 3方面: a word that begins with 方, no volume
        if m.group("unit") == _VILLAGES and _NUMBERED_VILLAGE.match(masked, m.start()):
            continue                                    # 建设地点:洛克乡1村: a village's name, not a count
        if not m.group("num")[0].isdigit() and masked[m.end():m.end() + 1].isdigit():
            continue                                    # 五台3个街道: a count in words never runs on into a figure
        if _is_places_listed(masked, m.start(), m.end()):
            continue                                    # 太乙、子午、五台3个街道…安置房建设: where the work is done
        if _is_ordinal_compound(masked, m.group("num"), m.start(), m.end()):
            continue                                    # 二套房, 一户一档, 一件事一次办: part of a term, not a count
        if _is_manner(masked, m.group("num"), m.group("unit"), m.end()):
            continue                                    # 免费体检一次, 3人制篮球场: how it is done, not how many
        if _is_article(masked, m.group("num"), m.group("unit"), m.end()):
            continue                                    # 打造一个兼具…的惠民集市: "a", not a count of one
        if _is_estimate(masked, m.start(), m.end(), m.group("unit")):
            continue                                    # 投资概算1.45亿元: what a project costs, not what it delivers
        if _DIMENSION.search(masked, max(0, m.start() - 4), m.start()):
            continue                                    # 硬化路面宽3.5米: a specification of what is built
        if _sizes_counted_noun(masked, m):
            continue                                    # 新建5000平方米以上的农贸市场2个: how large each one is
        if m.group("unit") == "层" and _STOREYS.search(masked, max(0, m.start() - 4), m.start()):
            continue                                    # 建筑内容共6层: how tall the building is
        pre = _clause_before(masked, m.start())
        if _SITE_AREA.search(pre) or _describes_counted(masked, m.start(), found):
            continue                                    # 占地132亩, 地上建筑面积601平方米: what the site is like
        if _MASTER_PLAN.search(pre):
            continue                                    # 总体规划设计规模30万吨/日: what the whole plan reaches
        # 800亿元人民币, 5000万美元: the currency named after the amount leaves it at the end of its clause
        currency = _CURRENCY_AFTER.match(masked, m.end()) if m.group("unit").endswith("元") else None
        after = masked[currency.end() if currency else m.end():][:1]
        # 建设30余亩产业园: "30 and more", a floor of 30
        post = m.group("post") or ("以上" if m.group("about") else "")
        if not post and (_TIME_LIMIT.match(masked, m.end()) and _TIME_UNIT.fullmatch(m.group("unit"))
                         or _HEADS_WITHIN.match(masked, m.end()) and _HEADS_CAPPED.search(masked, 0, m.start())
                         and base in ("人", "个")):
            # 环评报告书14个工作日内、…3个工作日内完成审批: the time a service is done within, a ceiling;
            # 登记失业人数控制在10410人内: 内 closing a capped count, as 以内 does
            found.append(_Hit(m.start(), m.end() + 1, value, m.group("unit"), "以内", "after"))
            continue
        hit = _Hit(m.start(), m.end(), value, m.group("unit"), post, "after")
        joined = _JOINED_FIGURE.match(masked, m.end())
        if low := _RANGE_LOW.search(masked, 0, m.start()):
            # 培育3-5家: the lower bound is what the notice commits to; the office confirms (needs_review).
            hit = replace(hit, value=_number(low.group(1)) or value, post="以上", low=low.start())
        if m.group("unit") == "倍" and not _MULTIPLE_OF.search(masked, 0, m.start()):
            continue                                    # 缩短1.6倍, 翻两倍: a change, not a floor on a base
        if _is_start_figure(masked, m.start(), m.end()):
            continue                                    # 从每人每月574元提高到…: where the standard stands now
        if (_is_rule(masked, m.start(), m.end()) and not _set_against(masked, m.start(), m.end())) \
                or _in_name_list(masked, m.start(), m.end()) or _is_named_size(masked, m.start(), m.end()):
            continue                                    # 按50%给予补贴, 超过100人的企业, 每人每年一次
        if _is_rate_paid(masked, m.start(), m.end(), m.group("unit")):
            continue                                    # 按照二孩500元每人每月进行补助: what a rule pays each
        if _is_change_on_last_year(masked, m.start(), m.group("unit")):
            continue                                    # 资金61.7亿元,比上年增加11.2亿元: the amount compared
        if _is_levy_rate(masked, m.start()) or _is_effect_estimate(masked, m.start()):
            continue                                    # 缴费费率由7%降至6%, 为企业减负约39亿元
        if _is_standard_raised_by(masked, m.start(), m.group("unit")):
            continue                                    # 低保年人均标准提高350元: a step of the rule, not a level
        if _is_aid_to_counted(masked, m.start(), m.group("unit")):
            continue                                    # 1700人学费资助1054万元: what the aid to them costs
        if _is_frequency_rule(masked, m.start(), m.group("unit")) or _is_per_unit_spec(masked, m.start()):
            continue                                    # 每季度至少召开1次, 每个街道…床位不少于50张
        if _is_per_household(masked, m.start(), m.group("unit")):
            continue                                    # 零就业家庭至少有一人就业: a rule for each family
        if not m.group("post") and _set_against(masked, m.start(), m.end()):
            found.append(hit)                           # …,低于3.7%的控制目标: the target the result is set against
        elif after in _CLAUSE_END or after.isspace() or (hit.unit == "%" and _GROWTH_AFTER.match(masked, m.end())) \
                or _ANCILLARY.match(masked, m.end()) or _THEN_VERB.match(masked, m.end()) \
                or _YEAR_AFTER.match(masked, m.end()) or _ETC_CLOSE.match(masked, m.end()):
            found.append(hit)                           # …达到95%。 / 实现10%以上增长 / 防渗渠4公里及配套,
        elif _DESIGN_SIZE.search(pre):
            found.append(hit)                           # 新建设计供水规模为6000立方米水厂一座: its capacity
        elif (alt := _ALT_UNIT.match(masked, m.end())) and alt.group("unit") in _COUNTERS and not m.group("post"):
            found.append(replace(hit, end=alt.end(), post=alt.group("post") or ""))   # 2.4万套(间)以上
        elif _LENGTH_SAID.search(masked, 0, m.start()) and _LENGTH_UNIT.fullmatch(m.group("unit")) \
                and _SPEC_AFTER.match(masked, m.end()):
            found.append(hit)                           # 建设长1575米宽40米的休闲绿道: how much of it is built
        elif not m.group("post") and (second := _SECOND_MEASURE.match(masked, m.end())) \
                and split_unit(second.group("unit"))[1] != base:
            found.append(hit)                           # 改造老旧小区221个3万户: two measures of one object
        elif not m.group("post") and m.group("unit")[-1] in _COUNTERS and \
                (second := _CANDIDATE.match(masked, m.end())) and not second.group("post") and \
                split_unit(second.group("unit"))[1] != base and \
                _committed(masked, m.start(), m.end()):
            found.append(replace(hit, form="before", end=second.end()))   # 完成465幢23.25万平方米房屋: how many, how large
        elif joined and not m.group("post"):
            pending.append((hit, joined.end()))  # 控制在5%和4%以内: kept if the figure after 和 is
        elif after == "(" and (_NOTE_AFTER.match(masked, m.end()) or _breaks_down(masked, m.end(), m.group("unit"))
                               or (m.group("unit")[-1] in _COUNTERS and _NAMES_NOTE.match(masked, m.end()))) \
                and not _NOTE_THEN_OF.match(masked, m.end()):
            found.append(hit)                           # 全长1.38公里(西起…,东至…): a note on the figure follows
        elif _is_investment(masked, m.start(), m.end(), m.group("unit")):
            found.append(hit)                           # 投资3000万元建设…基地: the investment the task makes
        elif (m.group("post") or "") in ("", "以上", "左右") and _is_noun_start(_noun_after(masked, m.end())) and (
                m.group("unit")[-1] in _COUNTERS or (_MEASURE_BEFORE.fullmatch(m.group("unit")) and after not in "及和与并等")) \
                and not _BELOW_BEFORE.search(pre) and not _MEMBERS_OF_WHOLE.match(masked, m.end()):
            committed = not _is_place_scope(masked, m.start(), m.end()) and (_committed(masked, m.start(), m.end()) or (
                _continues(masked, m.start(), found) and not _MEASURED_SUBJECT.match(masked, m.end())))
            if committed and not _quantified(masked, m.end()) and not _ABSTRACT_NOUN.match(masked, m.end()):
                # 改善9万人口的饮水: the noun is 人口, its 人 read as the unit too (9万人 of 人口, not of 口…)
                noun_at = m.end() - 1 if masked.startswith("人口", m.end() - 1) else m.end()
                found.append(replace(hit, form="before", end=noun_at))
        elif hit.unit == "%" and (m.group("post") or "") in ("", "以上") and _is_noun_start(after) \
                and (after != "的" or _CONNECTED.match(masked, m.end() + 1)) \
                and _SHARE_REACHED.search(pre):
            found.append(replace(hit, form="before"))  # 2019年实现90%事项网上办: the share of what is brought there
        elif hit.unit == "%" and not m.group("post") and _SHARE_FLOOR.search(pre) \
                and _SHARE_OF_PEOPLE.match(masked, m.end()):
            found.append(replace(hit, form="before"))  # 实现全县不少于2.5%的老年人享有…补贴: a floor on the share
        elif hit.unit == "%" and (m.group("post") or "") in ("", "以上") \
                and _SHARE_HELPED.search(pre) and _HELPED_TO.match(masked, m.end()):
            found.append(replace(hit, form="before"))  # 帮助20%的贫困户实现脱贫: the share of them brought there
        elif hit.unit == "%" and (m.group("post") or "") in ("", "以上") and _DONE_TO_SHARE.match(masked, m.end()):
            found.append(hit)                           # 随迁子女100%保障入学: the share of them seen to, a level
        elif hit.unit == "%" and (m.group("post") or "") in ("", "以上") and _SHARE_OF_WORK.match(masked, m.end()) \
                and (done := pre.rfind("完成")) != -1 and not _DONE_BEFORE.search(pre, 0, done):
            found.append(hit)                           # 完成…总投资15%的任务: the share of the work done, a level
    meetings = _meeting_clauses(masked)
    found += _shares_meeting(meetings, found)
    found += _people_counts(masked, found)
    found += _named_before(_PEOPLE_NAMED, masked, found, counted="人")
    found += _named_before(_TOTAL_REACHED, masked, found)
    found += _named_before(_YEARS_SPAN, masked, found, counted="年")
    found += _travel_times(masked, found)
    found += _counts_named_before(masked, found)
    found += _service_standard(masked, found)
    found += _bare_figures(masked)
    found += _kinds_widened(masked, found)
    found += _index_figures(masked)
    found = _joined_lists(masked, found, pending)
    standards = [m.span("std") for m in meetings]     # 80%以上社区…达到200平方米: what each one meets
    skipped = _report_spans(masked) + _scope_notes(masked) + _basis_notes(masked) + _section_lengths(masked) + standards \
        + _distributions(masked) + _breakdowns(masked) + _list_tallies(masked) + _stocks_and_effects(masked) \
        + _interim_marks(masked) + _goals_shared(masked) + _unit_shares(masked) + _schedules(masked)
    found = [hit for hit in found if not any(start <= hit.start < end for start, end in skipped)]
    found.sort(key=lambda hit: hit.start)
    return _last_of_chains(masked, found)


# In "21个镇街192个村居…" the first count only places the second: keep the last of such a chain (also with 的
# between, 15个老旧小区的25栋老旧楼房改造: the buildings are the work, the estates where they stand). After
# 为/给/向 (为42所中小学校4.74万名学生开展测评) the places and then the people in them are both served: both kept. A joint
# before the second (建设3个产业园和5个物流中心) makes a list of counts, each a target. A second count with
# a bound of its own (超230个50户以上木质房屋连片村寨) is a threshold that says which ones the first counts.
_HEADS_UNIT = re.compile(r"(?:万|亿)?(?:人|名)")
_PLACE_NOUN_OF = re.compile(r"[\u4e00-\u9fff()]{1,8}的")     # 老旧小区的 between 15个 and 25栋
# 完成44个自然村落1787户村庄改造, 完成5个小区119户改造任务: the places the work is done on, then the households it
# reaches there: two measures of one work, as 221个3万户 is (both targets). A division of the land (6个乡镇300户…)
# only says where the households are, and the chain keeps the households alone. 对全县70所中小学校1658间教室照明
# 进行…提升: the schools and the classrooms in them are the same two measures.
_HOUSEHOLDS_UNIT = re.compile(r"(?:万|千)?(?:户|间)")
_DIVISION_NOUN = re.compile(r"(?:县市区|县区|区县|乡镇|镇街|县|区|市|乡|镇|街道|社区|村)(?:\([^()]{1,8}\))?")


def _last_of_chains(masked: str, found: list[_Hit]) -> list[_Hit]:
    """The hits (in order) with each count that only places the next one before its noun left out."""
    kept: list[_Hit] = []
    for hit in found:
        if kept and kept[-1].form == "before" and hit.form == "before" and \
                not re.search(r"[,;。:、和及与]", masked[kept[-1].end:hit.start]) and (
                    hit.start - kept[-1].end <= 4 or _PLACE_NOUN_OF.fullmatch(masked, kept[-1].end, hit.start)):
            if hit.post in ("以上", "以下", "及以上", "及以下") and hit.start == kept[-1].end:
                continue
            if hit.start <= kept[-1].end and split_unit(hit.unit)[1] != split_unit(kept[-1].unit)[1]:
                kept.append(hit)                        # 465幢23.25万平方米房屋: two measures of one work
                continue
            if _SERVED_FOR.search(_clause_before(masked, kept[-1].start)) and _HEADS_UNIT.fullmatch(hit.unit) \
                    and not _HEADS_UNIT.fullmatch(kept[-1].unit):
                kept.append(hit)                        # 为42所中小学校4.74万名学生开展…: the schools and the pupils
                continue
            if _HOUSEHOLDS_UNIT.fullmatch(hit.unit) and kept[-1].unit[-1:] in _COUNTERS - {"户", "人", "名"} \
                    and not _DIVISION_NOUN.fullmatch(masked, kept[-1].end, hit.start):
                kept.append(hit)                        # 44个自然村落1787户村庄改造: the places and the households
                continue
            kept.pop()
        kept.append(hit)
    return kept


# A progress report joined to the undertakings (…培训2万人次。已开展培训8718人次;在岗人员达4.14万人;…): a sentence
# that opens with 已 says what is done so far, and so does one whose first clause sums up a tally (完成…筛查共计
# 53万余人次;完成…846363人): their figures are records, not what the task commits to. So does one that opens with
# the date it is reckoned to (截至2019年12月底,全市完成…7.497万人): a plan says 到…年底, a report 截至.
# (已建成的30个示范村年内全部提标: 已 inside the name of what the task works on opens no report.)
_REPORT_OPEN = re.compile(r"\s*(?:(?:已经|已|现已|目前已|截至目前已?)(?![^,;。:的]{0,4}的)|"
                          r"截[至止](?:19|20)\d\d年[^,;。:]{0,8},)")
# 截至4月28日,出生人数274人,已完成筛查263人: the date a report is reckoned to, wherever the sentence sets it (a
# heading run on before it, a document number's bracket), opens the record of what stands at that day to the
# sentence's end; so does a day or a month's end set off by a comma (4月底, with no 前 of a deadline). A clause opening
# with 已 (…,已完成筛查263人) is a record of its own. The year's task said beside them ((年度任务1800剂次)) stays the
# target (``_TARGET_NOTE_OPEN``).
_REPORT_DATE = re.compile(r"截[至止](?:(?:19|20)\d\d年?)?\d{0,4}(?:月|日|号|底|末|初|中旬|上旬|下旬|[\d月日号底末])*,")
_MONTH_OPEN = re.compile(r"(?<![\d.])\d{1,2}月(?:底|末|\d{1,2}日),")
# 1-6月,铁路口岸完成整车进口1589辆 / 今年以来,全区… / 上半年,全区完成…: a reporting period reckoned from the
# year's start (a month range from 1月, 以来) opens the record of what was done in it, as a day reckoned to does;
# 上半年 does so only at a sentence's head and set off by a comma (a plan's 上半年完成… is its deadline).
_PERIOD_OPEN = re.compile(rf"(?<![\d.]){_REPORT_PERIOD},|(?:今年|年初|本年度?)以来,?")
_HALF_OPEN = re.compile(r"\s*上半年,")
# 同比增长仅为1.2%, 仅完成违法建筑整治0.75万平方米: a figure said to be "only" so much is a shortfall recorded, never
# what a task commits to (仅需3天, 仅用…: how little a service takes, stays); nor is a clause after a comma that
# opens with 已 (…,已完成筛查263人, see ``_REPORT_DATE``).
_RECORD_CLAUSE = re.compile(r"(?<=[,;])(?:已经|已)(?:完成|累计|建成|开展|发放|接种|筛查|救助|服务|培训|帮扶|实施)"
                            r"|仅(?:为|有|完成|实现|达到?|占)")
# 2023年全县已建成5G基站300个,2024年新建…; 目前全市已建成充电桩800个,今年再建成…; 新建幼儿园3所(已完成2所);
# | 3所 | 已完成2所 |: a clause (a bracket, a table's cell) whose verb follows 已 after no more than the year, the place
# or 目前 it is said of reports what stands done, as one opening with 已 after a comma does; so does one opening with
# last year and its verb (去年完成造林1.5万亩,今年…). (已建成的30个示范村年内全部提标: 已 inside the name of what the
# task works on, before 的, opens no record; 比上年, 较去年 open no clause.)
_OWN_AREA = r"全[省市州区县镇乡]|我[省市区县镇乡]"       # the area a statement of how things stand is said of
_RECORD_LEAD = rf"(?:(?:19|20)\d\d年(?:底|末)?|目前|现|本月|{_OWN_AREA}|本项目|该项目)*"
# (进展情况:已建成150个, 1  农村公路提质改造  50公里  已完成30公里: after a field's colon or a cell set off by
# spaces; 全年计划投资8亿元,截至目前完成投资3亿元: 截至目前 opening a clause reckons to today with or without 已.)
_RECORD_LED = re.compile(rf"(?:^|(?<=[,;。(|:])|(?<=\s\s))\s*(?:{_RECORD_LEAD},?(?:已经|已)(?=完成|累计|建成|开展|发放|接种|"
                         rf"筛查|救助|服务|培训|帮扶|实施|改造|新建|开工|竣工|投用|创建|培育|引进|签约|整改)(?![^,;。:的|]{{0,6}}的)"
                         rf"|截[至止]目前,?"
                         rf"|(?:去年|上年度?|上一年度?)(?:全[省市州区县]|我[市县区])?(?:共|累计)?(?={_COMMIT.pattern}))")
_CELL_END = re.compile(r"\||\s\s|\t")
_TALLY_CLAUSE = re.compile(r"[^,;。]*?(?:共计|合计|总计)\d+(?:\.\d+)?[万亿]?余")
# 全年新建幼儿园48所,超额完成40所的年度目标任务; / …共6座并投入运行,完成年度目标任务。: a sentence that reports a
# result against the year's target; the figures reported before it are results, the figure of the target (40所)
# is the target. (确保完成年度目标任务 / 预计能够完成…: a plan's or a forecast's words, no report.)
# 实现城镇登记失业率3.56%,低于3.7%的控制目标 / 增长8%,超过7.5%的预期目标: a clause after the result comparing it with
# the target it names (低于/超过 + the target's figure + 的控制目标, 的预期目标) reports against the target in the same
# way: the result's figures before it are records, the figure of the target is the target (``_set_against``), its
# bound the one its word sets (低于 a 控制目标: a ceiling, <=; 超过 a 预期目标: a floor, >=). A figure before 的目标
# with no comparison after a result (节约用电1000千瓦时的目标) is read as ever.
_COMPARED = r"低于|高于|超过|超出|优于|好于"
_TARGET_NAMED = re.compile(r"的(?:控制|预期|年度|计划)?目标(?:值|任务)?(?=[,;。!?)]|$)")
_COMPARED_BEFORE = re.compile(rf"(?<=,)(?:{_COMPARED})$")
_AGAINST_TARGET = re.compile(r"(?<!确保)(?<!力争)(?<!争取)(?<!能够)(?<!努力)(?<![将要需])(?:超额)?完成[^,;。]{0,20}?"
                             r"的?年度目标(?:任务)?(?=[,;。!?]|$)"
                             rf"|(?<=,)(?:{_COMPARED})(?=\d[^,;。]{{0,12}}?{_TARGET_NAMED.pattern})")


def _set_against(masked: str, start: int, end: int) -> bool:
    """Is the figure at ``start:end`` the target a result is set against (…3.56%,低于3.7%的控制目标)?"""
    return bool(_COMPARED_BEFORE.search(masked, 0, start)) and bool(_TARGET_NAMED.match(masked, end))


# 启动建设技术交易中心,技术交易合同登记额增长15%。全年完成技术合同登记382项、交易金额26亿元,与2021年持平。: after
# the item's first sentence (the task as planned), a sentence that says the year's figure came level with another's
# (与…持平), reckons to today (截至目前), sums up (累计…) or opens with a year and says no more than what it came to
# (2022年整车进口3808辆, 2022年全年…约46.12亿元) or says how far a project has come (…整治工程完成70%) reports the
# result; its figures are records. (A plan's own later sentences set the year's work with 力争, 确保, 目标, 年底前 …
# and stay targets; so does a year opening a sentence that names the work to do, as a plan over several years writes
# its steps (2024年改造老旧小区40个, 2025年完成60公里), or a level the year is to reach
# (2025年地区生产总值达到800亿元): only a year over a figure with no work named and no reaching (2022年整车进口3808辆,
# 2022年,共签约48个项目) is the year's record; a date (2019年1月1日至…) is no year opening a record.) The task's
# sentence is the first that holds a figure, a comma or a list (建成A、B、C岸线。): a short phrase before it
# (做强集成电路产业。) is the item's heading. (同比 alone reports nothing: a plan sets its growth on the year before
# just so, 实现全年区级一般公共预算收入同比增长3%.)
_RESULT_SAID = re.compile(r"与[^,;。]{0,12}持平|截[至止]目前"
                          r"|工程已?完成(?:总?工程量的?)?\d+(?:\.\d+)?%")
_RESULT_OPEN = re.compile(r"\s*累计(?!达到|达|突破|超过)")
_YEAR_OPEN = re.compile(r"\s*(?:19|20)\d\d年(?:全年|度)?,?(?![底末前内起初\d]|[一二三四五六七八九十]{1,2}月|以来|开始|上半年|下半年)")
_REACHED = re.compile(rf"{_LEVEL_WORDS}|{_STATE.pattern}|突破|超过")
_PLAN_SAID = re.compile(r"力争|争取|确保|计划|目标|预计|要求|底前|以内|不少于|不低于|不超过|以上")


def _is_result_sentence(sentence: str) -> bool:
    """A sentence after the task's own that reports its result (see ``_report_spans``)."""
    return not _PLAN_SAID.search(sentence) \
        and bool(_RESULT_SAID.search(sentence) or _RESULT_OPEN.match(sentence) or _is_years_record(sentence))


def _is_years_record(sentence: str) -> bool:
    return bool(_YEAR_OPEN.match(sentence)) and not _COMMIT.search(sentence) and not _REACHED.search(sentence)


_TASK_SAID = re.compile(rf"(?:{_CANDIDATE.pattern}|[,、])[^。!?]*[。!?]")


def _report_spans(masked: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    task = _TASK_SAID.search(masked)                    # a result is said only in the sentences after the task's
    task_end = task.end() if task else len(masked) + 1
    for stop in _FULL_STOP.finditer(masked):
        if stop.start() > start and (_REPORT_OPEN.match(masked, start) or _TALLY_CLAUSE.match(masked, start)
                                     or start >= task_end and _is_result_sentence(masked[start:stop.start()])):
            spans.append((start, stop.start()))
        elif stop.start() > start and (dated := _REPORT_DATE.search(masked, start, stop.start())
                                       or _MONTH_OPEN.search(masked, start, stop.start())
                                       or _PERIOD_OPEN.search(masked, start, stop.start())
                                       or _HALF_OPEN.match(masked, start, stop.start())):
            spans.append((dated.start(), stop.start()))
        start = stop.end()
    for against in _AGAINST_TARGET.finditer(masked):
        spans.append((_sentence_start(masked, against.start()), against.start()))
    for done in _RECORD_CLAUSE.finditer(masked):
        spans.append((done.start(), _clause_end(masked, done.start())))
    for done in _RECORD_LED.finditer(masked):
        cell_end = _CELL_END.search(masked, done.end())     # a table's cell ends at its bar (or its spaces)
        spans.append((done.start(), min(_clause_end(masked, done.end()), cell_end.start() if cell_end else len(masked))))
    notes = [m.span() for m in _BRACKET.finditer(masked) if _TARGET_NOTE_OPEN.match(masked, m.start())]
    return _outside(spans, notes)


# 2022年全区完成造林1万亩。 / 2022年,共建成… in a plan for 2023: a clause opening with a year before the notice's
# reports what that year did (to the sentence's end when the year stands alone before a comma). A range
# (2022年至2025年, 2022-2025年), a date (2022年12月…) or a comparison (比2022年…, not opening) opens no record, nor
# does a year that only picks out what the plan works on (2019年浓度超过70的镇…均下降至目标值70: plan words follow).
_PAST_YEAR_OPEN = re.compile(r"(?:^|(?<=[,;。(:]))\s*((?:19|20)\d\d)年(?:底|末|度|全年)?(,)?"
                             r"(?![至到\-—~～]|\d|[一二三四五六七八九十]{1,2}月|起|开始|前|内)")


def _past_year_spans(masked: str, year: int) -> list[tuple[int, int]]:
    spans = []
    for m in _PAST_YEAR_OPEN.finditer(masked):
        if int(m.group(1)) < year:
            end = _FULL_STOP.search(masked, m.end()).start() if m.group(2) else _clause_end(masked, m.end())
            if not _PLAN_SAID.search(masked, m.end(), end):      # 2019年浓度超过70的镇…下降至目标值70: a plan
                spans.append((m.start(), end))
    return spans


def _outside(spans: list[tuple[int, int]], holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of ``spans`` that lie outside every one of ``holes``."""
    for lo, hi in holes:
        spans = [part for a, b in spans for part in ((a, min(b, lo)), (max(a, hi), b)) if part[0] < part[1]]
    return spans


# 实现3个办事处各有1家标杆社康中心: what each place has (各有, 均有, 都有) is a rule of distribution, one in each, and
# the places it holds for are its scope: neither figure is a count to deliver. (A、B各40公里, 各建1个: each of the
# things named gets the work, see ``_each_of``.)
_EACH_HAS = re.compile(r"(?:各|均|都)有(?=\d)")


# 现有村卫生室210个,今年新建…; 全县有养老机构12家,床位1500张: a clause that opens by saying what there is (现有,
# 全县有) and names no work (nor do the bare clauses after it) describes the stock the task starts from, no figure
# it delivers. (现有120所学校全部完成改造, with its verb, keeps the count of those worked on.)
_STOCK_OPEN = re.compile(rf"(?:^|(?<=[,;。]))\s*(?:(?:{_OWN_AREA}|目前|目前全[省市区县])(?:现|共|现共)?有"
                         r"|现(?:共)?有(?!的))")
# 项目建成后年可实现产值5亿元,带动就业300人: what a project is expected to bring once built (可, 将, 预计) is the
# notice's estimate of its effect, as 约 before what a measure saves is (``_is_effect_estimate``), to the sentence's
# end; the work itself is the target.
_EFFECT_OPEN = re.compile(r"(?:建成|投产|达产|投用|投入使用|运营|完工)(?:后|以后),?(?:每年|年均|年)?(?:可|将|预计|预期|能)")


def _stocks_and_effects(masked: str) -> list[tuple[int, int]]:
    spans = []
    for stock in _STOCK_OPEN.finditer(masked):
        end = _clause_end(masked, stock.end())
        if _COMMIT.search(masked, stock.end(), end) or _COMMIT_AFTER.search(masked, stock.end(), end):
            continue
        # …12家,床位1500张: the clauses after it that only name a thing and its figure go on describing the stock
        while masked[end:end + 1] == "," and not _OWN_VERB.search(masked, end + 1, _clause_end(masked, end + 1)):
            end = _clause_end(masked, end + 1)
        spans.append((stock.start(), end))
    for effect in _EFFECT_OPEN.finditer(masked):
        spans.append((effect.start(), _FULL_STOP.search(masked, effect.end()).start()))
    return spans


def _distributions(masked: str) -> list[tuple[int, int]]:
    spans = []
    for has in _EACH_HAS.finditer(masked):
        if figure := _CANDIDATE.match(masked, has.end()):
            spans.append((_clause_start(masked, has.start(), strict=True), figure.end()))
    return spans


# 路线全长53.5公里,其中新建段39.3公里,改建段14.2公里: a whole's length, then 其中 and the lengths of its sections
# adding up to it, says what the one road (pipe, river) is made of; the whole is the target, its sections are not
# delivered apart. (培训2840人次,其中岗前培训560人次,回炉培训2280人次 splits a count, not a length: each part is work.)
# 道路改造17.6公里(其中:县道大修6公里,乡村道维修11.6公里): a length, then a bracket opening with 其中 whose lengths
# add up to it, is the same: the sections of the length the task delivers, described in its note.
_WHOLE_LENGTH = re.compile(r"(?:全长|总长)(?:约|为|达)?$")
_PARTS_OPEN = re.compile(r"\s*,\s*其中\s*:?")
_PARTS_NOTE_OPEN = re.compile(r"\(其中\s*[:,]?")


def _section_lengths(masked: str) -> list[tuple[int, int]]:
    spans = []
    for total in _CANDIDATE.finditer(masked):
        opened = _PARTS_OPEN.match(masked, total.end())
        if not opened or not _WHOLE_LENGTH.search(masked, 0, total.start()):
            opened = _PARTS_NOTE_OPEN.match(masked, total.end()) \
                if _LENGTH_UNIT.fullmatch(split_unit(total.group("unit"))[1]) else None
        if not opened:
            continue
        sum_, parts_end = 0.0, opened.end()
        for part in _CANDIDATE.finditer(masked, opened.end()):
            if part.group("unit") != total.group("unit") or re.search(r"[;。]", masked[parts_end:part.start()]):
                break
            sum_, parts_end = sum_ + (_number(part.group("num")) or 0), part.end()
            if abs(sum_ - (_number(total.group("num")) or 0)) < 1e-9:
                spans.append((opened.end(), parts_end))
                break
    return spans


# 共115项,总投资1000.9亿元,完成年度计划投资97.38亿元。按项目类型分:自治区重大项目11项,年度计划投资33亿元;…: once
# a programme's whole is given, a sentence that opens by splitting it by kind (按类型分:, 按行业划分:) says what the
# whole is made of, kind by kind: its counts and amounts describe the programme, the whole's commitment stays the
# target. (Split by time, 按季度分:一季度完成…, is a schedule of deliveries and is not caught: only kinds are.)
_BREAKDOWN_OPEN = re.compile(r"按(?:项目|资金|建设)?(?:类型|类别|种类|性质|层级|级别|行业|领域|来源|渠道)"
                             r"(?:划分|分类|分)[:,]")
_FULL_STOP = re.compile(r"[。!?]|$")      # the parts of a breakdown may be set off by ;, its sentence ends at 。


def _breakdowns(masked: str) -> list[tuple[int, int]]:
    spans = []
    for opened in _BREAKDOWN_OPEN.finditer(masked):
        if (opened.start() == 0 or masked[opened.start() - 1] in "。;!?") \
                and _CANDIDATE.search(masked, 0, opened.start()):
            spans.append((opened.end(), _FULL_STOP.search(masked, opened.end()).start()))
    return spans


# 全区半年、年度用水总量分别控制在0.24亿m³、0.47亿m³以内, 上半年、全年分别完成投资40亿元、100亿元: periods
# listed before 分别, the whole year last, give one figure each. The year's figure holds the parts of the
# year, so the others are marks on the way to it (milestones), no commitments of their own; the year's is
# the target. Periods that are parts alone (一季度、二季度分别完成…) each deliver their own amount, kept as
# the breakdown by time above is.
_PERIOD_WORD = r"(?:上半年|下半年|半年|年中|前三季度|第?[一二三四1-4]季度|年度|全年|年底|年末)"
_PERIODS_EACH = re.compile(rf"({_PERIOD_WORD}(?:、{_PERIOD_WORD})+)[^,;。]{{0,20}}?分别[^,;。]*")
_WHOLE_YEAR = re.compile(r"年度|全年|年底|年末")
_LISTED_FIGURE = re.compile(r"\d+(?:\.\d+)?")


def _interim_marks(masked: str) -> list[tuple[int, int]]:
    spans = []
    for m in _PERIODS_EACH.finditer(masked):
        periods = m.group(1).split("、")
        figures = list(_LISTED_FIGURE.finditer(masked, m.end(1), m.end()))
        if len(figures) != len(periods) or not _WHOLE_YEAR.fullmatch(periods[-1]) or \
                any(_WHOLE_YEAR.fullmatch(period) for period in periods[:-1]):
            continue
        spans += [figure.span() for figure in figures[:-1]]
    return spans


# 改建标准化菜市场4家。项目具体实施进度为:第一季度细化方案;第二季度落实改建准备;第三季度完成3家;第四季度完成1家。: a
# schedule giving the year's work quarter by quarter, after a field naming it (进度为:, 进度安排:, 时间安排:), splits
# the task's target into steps on the way; its figures (完成3家, 完成工作进度60%) are milestones, no commitments of
# their own. Two quarters at least make it a schedule; it ends with its sentence.
_SCHEDULE_OPEN = re.compile(r"(?:进度|时间|节点)(?:安排|计划)?(?:为|如下)?:\s*(?=第?[一二三四1-4]季度)")
_QUARTER_STAGE = re.compile(r"第?[一二三四1-4]季度")


def _schedules(masked: str) -> list[tuple[int, int]]:
    spans = []
    for opened in _SCHEDULE_OPEN.finditer(masked):
        end = _FULL_STOP.search(masked, opened.end()).start()
        if len(_QUARTER_STAGE.findall(masked, opened.end(), end)) >= 2:
            spans.append((opened.end(), end))
    return spans


# 建设“美丽河湖”100条以上。涉及西湖区工作指标:1条: a higher level's goal (a province's 民生实事, restated by a
# district's progress table), then the field giving the area's own share of it (涉及…指标:, 分解到…任务:, the
# table's column beside the goal): the area answers for its share; the goal's figures are the higher level's,
# none of the area's targets.
_SHARE_FIELD = re.compile(r"(?:^|(?<=[。;]))\s*(?:涉及|分解(?:到|至|给))[\u4e00-\u9fff]{1,10}?(?:工作)?"
                          r"(?:指标|任务|目标)(?:任务|数)?:")


def _goals_shared(masked: str) -> list[tuple[int, int]]:
    field = _SHARE_FIELD.search(masked)
    return [(0, field.start())] if field else []


# 完成河湖库塘清淤13万方。其中区城管局3万方,区农业农村局10万方 / 区自定指标是76.487公里,区城管局42.73公里,
# 区农业农村局33.757公里: a total, then its shares among the units answering for it, each unit named before
# its figure, the figures (two at least, in the total's unit) adding up to it: the one target shared out, each
# unit's part reported under it, no targets of their own (as the shares among places in a bracket are,
# ``_AREA_SPLIT``). Parts that do not add up (各街道完成5万方,区城管局3万方) are each a unit's work, kept.
_SHARES_OPEN = re.compile(r"\s*[,;。]?\s*(?:其中\s*[:,]?)?")
_SHARE_UNIT = re.compile(r"\s*[,、;]?\s*[\u4e00-\u9fff]{1,12}?(?:局|委|办|中心|政府|街道|办事处|公司|集团|管委会)"
                         r"(?:\([\u4e00-\u9fff]{1,8}\))?(?:承担|负责|完成)?\s*")


def _unit_shares(masked: str) -> list[tuple[int, int]]:
    spans = []
    for total in _CANDIDATE.finditer(masked):
        opened = _SHARES_OPEN.match(masked, total.end())
        whole, sum_, at, parts = _number(total.group("num")), 0.0, opened.end(), 0
        for part in _CANDIDATE.finditer(masked, opened.end()):
            if part.group("unit") != total.group("unit") or \
                    not _SHARE_UNIT.fullmatch(masked, at, part.start()):
                break
            sum_, at, parts = sum_ + (_number(part.group("num")) or 0), part.end(), parts + 1
            if whole is not None and parts >= 2 and abs(sum_ - whole) < 1e-9:
                spans.append((opened.end(), at))
                break
    return spans


# 重大项目包括自治区重大项目、市级层面重大项目…五类,共115项,总投资…: a clause that only tallies (共N项) the list a
# clause before it names with 包括 counts what the programme holds, no work the task delivers.
_LIST_TALLY = re.compile(r"(?:^|(?<=[。;!?]))[^。;!?,]*?包括[^。;!?]*?,(?:共|共计|合计|总计)(?=\d)")


def _list_tallies(masked: str) -> list[tuple[int, int]]:
    spans = []
    for tally in _LIST_TALLY.finditer(masked):
        if (figure := _CANDIDATE.match(masked, tally.end())) and masked[figure.end():figure.end() + 1] in _CLAUSE_END:
            spans.append((tally.end(), figure.end()))
    return spans


# 完成行政村配电网改造(37个村)(目标:5900万元): where a task's text states its target in a note of its own (a
# table's 年度目标 column joined to the indicator), a figure in another bracket only says what the indicator covers.
_TARGET_NOTE_OPEN = re.compile(r"\((?:年度)?目标:|\(年度任务(?=\d)")
_BRACKET = re.compile(r"\([^()]*\)")


# 增长6%左右(依据区人代会GDP目标8.5%增速…,GDP目标增速高于省、市8%平均水平,居三区第一): a bracket after a target
# that opens with the basis it was set on (依据, 根据) says where the figure comes from and how it compares with
# others: its own figures are that basis, no targets.
_BASIS_NOTE = re.compile(r"\((?:依据|根据)[^()]*\)")


def _basis_notes(masked: str) -> list[tuple[int, int]]:
    return [m.span() for m in _BASIS_NOTE.finditer(masked)]


def _scope_notes(masked: str) -> list[tuple[int, int]]:
    if not _TARGET_NOTE_OPEN.search(masked):
        return []
    return [m.span() for m in _BRACKET.finditer(masked) if not _TARGET_NOTE_OPEN.match(masked, m.start())]


def _joined_lists(masked: str, found: list[_Hit], pending: list[tuple[_Hit, int]]) -> list[_Hit]:
    """Keep a figure followed by 和/及/与 when the figure after the joint is a target of the same unit,
    then spread a list's closing qualifier (以内, 以下, 以上, 左右) back over the figures before it:
    分别控制在5%和4%以内 commits to both figures, each within its bound."""
    starts = {hit.start: hit for hit in found}
    kept = list(found)
    for hit, joint_end in sorted(pending, key=lambda item: -item[0].start):
        following = starts.get(joint_end)
        if following is not None and following.unit == hit.unit:
            kept.append(hit)
            starts[hit.start] = hit
    kept.sort(key=lambda hit: hit.start)
    for i in range(len(kept) - 2, -1, -1):
        hit, following = kept[i], kept[i + 1]
        if hit.post or not following.post or hit.unit != following.unit or hit.form != following.form:
            continue
        if _LIST_JOINT.fullmatch(masked, hit.end, following.start):
            kept[i] = replace(hit, post=following.post)
    return kept


# 7万名35-64岁妇女, 2万名60周岁以上老人: an age (or its range) between a count and its noun qualifies the noun;
# so does a bounded size in any unit (230个50户以上村寨: villages of 50 households or more; 完成1个100亿元以上
# 招商引资任务, 培育3家5000万元以上企业: projects and firms of that size, the count the commitment).
_AGE = re.compile(r"\d+(?:\s*[-~—–至到]\s*\d+)?周?岁(?:及以上|以上|以下)?(?:的)?")
_SIZE = re.compile(rf"\d+(?:\.\d+)?(?:{_UNIT})(?:及以上|以上|及以下|以下)(?:的)?")
# 建设4座110千伏变电站, 新建2条35kV线路: the voltage class of what is built, a part of its name.
_VOLTAGE = re.compile(r"\d+(?:\.\d+)?(?:千伏|[kK][vV])(?:及以上|以上|以下)?(?:的)?")


# 完成40万平方米(屋面面积)屋面防水工程: a bracket naming what the figure measures (the roof's area, not the floor's)
# between the figure and its noun.
_MEASURE_NOTE = re.compile(r"\([\u4e00-\u9fff]{0,6}(?:面积|长度|里程|容量)\)")


def _noun_after(masked: str, end: int) -> str:
    """The first character of the noun a count written before it counts, past an age, a size that qualifies it
    or a note on what it measures."""
    qualifier = _AGE.match(masked, end) or _SIZE.match(masked, end) or _VOLTAGE.match(masked, end) \
        or _MEASURE_NOTE.match(masked, end)
    at = qualifier.end() if qualifier else end
    return masked[at:at + 1]


# 随迁子女在常住地100%保障入学, 问题线索95%以上办结: a share right before the verb that says what is done to
# them is the share the task sees to (a level). (90%覆盖率, 30%完成率 name a rate the share is not.)
# 年底完成自治区下达的总投资15%的任务: the share of a whole (its investment, its plan) the task completes, said
# before 的 and the word for the work, as 完成总投资的15% says it after: a level the work reaches.
_SHARE_OF_WORK = re.compile(r"的(?:年度|全年|建设|投资|工作)?(?:目标任务|任务|工作量|工程量|计划)(?=[,;。:]|$)")
_DONE_TO_SHARE = re.compile(r"(?:保障|覆盖|完成|落实|达标|到位|办结|入学|公开|上线|接入|联网)(?![率度面])")
# 实现90%事项网上办, 确保95%以上行政村…: a share before what it is of, reached by the task (a level); also with
# 的 before places the task connects (实现90%以上的建制村通公交; 实现10%的增长 is read as growth).
# the whole area a share's floor (实现全县不少于…) or a subsidy's units (补助全市158家…) may be placed in; ``_AREA``
# adds 全旗 and the places along a line (沿线 …) for the counts of those served, as those rules were taught
_WHOLE_AREAS = "全省|全市|全州|全区|全县|全镇|全乡|辖区|城乡|农村|城区|市区|郊区"
_WHOLE_AREA = rf"(?:{_WHOLE_AREAS})?"
# 实现全县不少于2.5%的老年人享有养老服务补贴: a floor on the share of people who come to have what the task gives
# (享有, 享受, 参加 …), said with 的 before them; a level the task reaches.
_SHARE_FLOOR = re.compile(rf"(?:实现|确保|达到){_WHOLE_AREA}(?:不少于|不低于|至少)$")
_SHARE_OF_PEOPLE = re.compile(r"的[\u4e00-\u9fff]{1,8}?(?:享有|享受|参加|参与|获得|接受)")
_SHARE_REACHED = re.compile(r"(?:实现|达到|确保)$")
# 帮助20%的贫困户实现脱贫, 带动30%以上的农户增收: a share of people the task helps to a state (实现…, 脱贫, 增收,
# 就业), said with 的 before them: the level the task reaches.
_SHARE_HELPED = re.compile(rf"(?:帮助|带动|引导|扶持){_WHOLE_AREA}$")
_HELPED_TO = re.compile(r"的[\u4e00-\u9fff]{1,8}?(?:实现|达到|脱贫|增收|致富|就业|创业)")


# 农村80%以上社区服务用房面积达到200平方米: a share opening its clause (after no more than where it holds and
# 力争/确保), then what each of them has, reaching a figure: the share is what the task reaches (a level), the
# figure after 达到 the standard each one must meet, no target of its own.
_SHARE_MEETING = re.compile(rf"(?P<share>\d+(?:\.\d+)?%(?:及以上|以上)?)的?[\u4e00-\u9fff]{{2,16}}?(?:达到|达)"
                            rf"(?P<std>\d+(?:\.\d+)?(?:{_UNIT})(?:及以上|以上)?){_AT_CLAUSE_END}")
_SHARE_SCOPE = re.compile(r"(?:力争|确保|争取|实现|年底前|年内|全?[省市区县镇乡]|全州|辖区|农村|城市|城镇|城乡|城区)*")


def _meeting_clauses(masked: str) -> list[re.Match]:
    """The ``_SHARE_MEETING`` matches whose clause opens with no more than ``_SHARE_SCOPE`` before the share."""
    return [m for m in _SHARE_MEETING.finditer(masked)
            if _SHARE_SCOPE.fullmatch(masked, _clause_start(masked, m.start(), strict=True), m.start())]


def _shares_meeting(meetings: list[re.Match], found: list[_Hit]) -> list[_Hit]:
    """The shares of ``_meeting_clauses`` (levels), where no hit starts there yet."""
    out = []
    for m in meetings:
        if any(hit.start == m.start() for hit in found):
            continue
        post = "以上" if m.group("share").endswith("以上") else ""
        out.append(_Hit(m.start(), m.end("share"), float(m.group("share").split("%")[0]), "%", post, "before"))
    return out


# 硬化路面宽3.5米, 直径1.2米, 墙高2米: a dimension of what is built is a specification, not what the task delivers
# (the length of a road or a dyke, 长700米, is: how much of it is built).
# (提高1.2个百分点, 拓宽, 加深: a verb of change ending in 高/宽/深, no dimension)
_DIMENSION = re.compile(r"(?<![提升增抬拔调最加拓降])(?:宽|高|厚|深|直径|口径|半径|宽度|高度|厚度|深度|净宽|净高)(?:为|约|达)?$")
# 占地132亩, 新建停车场占地4000平方米, 占地面积约5390平方米: the ground a project stands on describes the site, and
# 地上/地下建筑面积 split a building's floor area by level; neither is what the task delivers (its 建筑面积 or
# 总面积, the floor area it builds, is).
# 项目用地面积17.7公顷, 用地面积为7165.96平方米: the land a project is sited on, as 占地 is; land a task adds or
# supplies (新增用地面积35万平方米, 增加用地面积, 供用地面积) is what it delivers.
# 总体规划设计制水规模30万吨/日, 远期规划…: the size a project's master (or long-term) plan reaches in the end,
# not the year's work, which the clauses after it say (2014年完成征迁工作).
_MASTER_PLAN = re.compile(r"(?:总体|远期|长远)规划")
_SITE_AREA = re.compile(r"(?:占地(?:面积)?|(?<![增加供])用地面积|(?:地上|地下)建筑面积)(?:约|为|达|共|近)?$")
# 建筑内容共6层, 地上18层, 楼高6层: how many storeys a building has describes it (年内完成主体结构8层以上, the
# storeys the works rise to, stays a target).
_STOREYS = re.compile(r"(?:共|地上|地下|楼高|总高|层数为?)$")
# 新建设计供水规模为6000立方米水厂一座, 设计日处理规模2万吨: the capacity a plant is built to is a figure the work
# delivers, a level (总体规划设计规模…, a master plan's end, is ``_MASTER_PLAN``'s and skipped before this).
_DESIGN_SIZE = re.compile(r"设计[\u4e00-\u9fff]{0,6}?规模(?:为|达到|达|约)?$")
# 筹集保障性住房2.4万套(间)以上: the unit's alternative in brackets (a flat or a room), then the bound of the figure.
_ALT_UNIT = re.compile(rf"\((?P<unit>[\u4e00-\u9fff])\)(?P<post>及以上|以上|及以下|以下|以内|左右)?{_AT_CLAUSE_END}")
# 完成…25栋老旧楼房改造,总建筑面积2.84万平方米,涉及户数318户: a clause of no verb that opens with the floor area in
# all (总建筑面积) or the households or people concerned (涉及…), right after a counted target of its sentence,
# describes the things just counted, no second commitment. (计划改造5个老旧小区,涉及改造建筑面积8.6万平方米: the
# area said with the work, 改造, measures the work.)
_DESCRIPTION = re.compile(r"\s*(?:总建筑面积|涉及(?:户数|人数|人口|住户|居民|群众))(?:约|为|达|共|近|合计)?")


# 新建5000平方米以上的农贸市场2个, 建设面积约3000平方米的综合服务中心1处: an area or a length (no count) before 的
# and a noun that the clause then counts says how large each thing counted is; the count is the target.
_OF_NOUN = re.compile(r"的[\u4e00-\u9fff□]")


def _sizes_counted_noun(masked: str, m: re.Match) -> bool:
    if m.group("unit")[-1] in _COUNTERS or not _OF_NOUN.match(masked, m.end()):
        return False
    end = _clause_end(masked, m.end())
    return any(count.group("unit")[-1] in _COUNTERS and masked[count.end():count.end() + 1] in _CLAUSE_END
               for count in _CANDIDATE.finditer(masked, m.end(), end + 1))


def _describes_counted(masked: str, start: int, found: list[_Hit]) -> bool:
    clause_start = _clause_start(masked, start, strict=True)
    if not _DESCRIPTION.fullmatch(masked, clause_start, start) or not found:
        return False
    return found[-1].start >= _sentence_start(masked, clause_start) and masked[clause_start - 1:clause_start] == ","


# 建设30亩产业园, 新建2公里道路: an area or a length before what it measures, taken like a count before its noun;
# so is a plant's capacity before the plant (新建100兆瓦光伏电站).
_MEASURE_BEFORE = re.compile(r"(?:万)?(?:亩|公顷|平方米|平方公里|公里|千米|兆瓦|千瓦)")


# 新建防渗渠4公里及配套, 改造管网3公里及(其他)附属设施: the works that come with the counted thing leave the figure at
# the end of its clause all the same.
# 解决户均面积不足16平方米低保家庭住房困难问题: a figure under a bound (不足, 低于) before a noun is the threshold
# that says who is served, never a target (不低于, 不少于 before a figure are floors, and stay so).
_BELOW_BEFORE = re.compile(r"(?:不足|不到|(?<!不)低于|(?<!不)少于|(?<!不)小于)$")
# 深化完善核心区8个城市的区域合作体系: a count of places before 的 and the one whole they make together (a system,
# a mechanism, a circle) names that whole's members; it is what is worked on, described, not a count delivered.
_MEMBERS_OF_WHOLE = re.compile(r"(?:城市|县市|县区|市|区|县|省|国家|地区|乡镇|镇|街道|村)的[\u4e00-\u9fff]{0,8}?"
                               r"(?:体系|机制|格局|联盟|网络|圈|群)(?=[,;。]|$)")
# 基本医疗保险、失业保险…各扩面4万人等。: 等 after the last figure of a sentence closes the list of works ("and so
# on"), so the figure still ends its clause.
_ETC_CLOSE = re.compile(r"等(?=[,;。!?]|$)")
_ANCILLARY = re.compile(rf"(?:及|和|并)(?:其他|其它|其)?(?:相关)?(?:配套|附属)(?:设施|工程|建设|管网)?{_AT_CLAUSE_END}")
# 硬化道路10万平方米并安装路灯1000盏: 并 and a verb of delivery after a figure open the next undertaking, so the
# figure closes its own as at a comma.
_THEN_VERB = re.compile(rf"(?:并且|并|同时)(?:{_COMMIT.pattern}|{_COMMIT_AFTER.pattern})")

# (区级), (市级、区级), (市区两级): which tier of government delivers (or funds) the item, a note on the whole
# task as the notice's list of 实事 marks it, never a word of the figure's own.
_TIER = r"(?:国家|省|自治区|市|州|区|县|镇|乡|街道)"
_TIER_NOTE = rf"{_TIER}(?:[、和与及/]?{_TIER})*(?:[两二三四]级|级(?:[、和与及/]{_TIER}(?:[、和与及/]?{_TIER})*级)*)"
_TIER_NOTE_END = re.compile(rf"[(（](?:{_TIER_NOTE})[)）]$")
# A bracketed note after a figure (全长1.38公里(西起团结路,东至东环路), 培育企业10家(其中…)) leaves the figure
# at the end of its clause; a bracket that goes on with the figure's words (10家(个)) does not.
# 新建步道30条(每条5公里以上): a bracket saying what each one is like is such a note too.
# 增长7%(依据区人代会目标设置,…): a bracket giving the basis the figure was set on is such a note (``_BASIS_NOTE``).
_NOTE_AFTER = re.compile(r"\((?:西起|东起|南起|北起|起|自|从|含|其中|不含|包括|涉及|主要|即|系|分别|共|全长|总长|位于|分布|覆盖|每|"
                         r"依据|根据|"
                         r"以[^()]{1,20}为准)"       # 控制在2.5%以下(以市政府正式下达指标为准): which figure counts
                         rf"|\((?:{_TIER_NOTE})\)")   # 新增养老床位60张(区级): the tier of government that delivers it
# 结对帮扶学校1所(甲中学结对乙中学), 新建公园2个(东湖公园、西山公园): a bracket of words alone (no figure) that
# closes the clause after a count of things names the things counted; the count stays the target.
_NAMES_NOTE = re.compile(rf"\([\u4e00-\u9fff□、,“”]{{2,40}}\){_AT_CLAUSE_END}")
# 6亩以下(不含6亩)的土地: a note, then 的 and the noun the figure qualifies: a threshold saying which ones.
_NOTE_THEN_OF = re.compile(r"\([^()]*\)的")
_CURRENCY_AFTER = re.compile(r"人民币|美元|港元|港币|欧元")
# 安置房10348套(开工9398套,竣工950套), 建设面积约153.4万平方米(开工面积139.1万平米,…): a bracket that holds figures
# of the figure's own measure splits it into parts (by stage or kind), a note as (其中…) is, when the clause ends
# with it. 平米 is 平方米. (达到…人数25%(超过100人的企业达到15%)并…的: a rule's variant, and the rule goes on.)
def _measure(unit: str) -> str:
    base = split_unit(unit)[1]
    return "平方米" if base == "平米" else base


def _breaks_down(masked: str, at: int, unit: str) -> bool:
    note = _BRACKET.match(masked, at)
    if not note or masked[note.end():note.end() + 1] not in _CLAUSE_END:
        return False
    measure = _measure(unit)
    return any(_measure(part.group("unit")) == measure for part in _CANDIDATE.finditer(note.group()))

# 二套房, 二级公路, 二期: in counting Chinese says 两 (两所学校), so a lone 二 before a measure word is an
# ordinal or part of a term. 一户一档, 一件事一次办, 一人一策: a 一 that comes back within the next
# words makes a distributive term, not a count of one.
_DISTRIBUTIVE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,2}?一")
_DISTRIBUTIVE_BEFORE = re.compile(r"一[\u4e00-\u9fff]{1,2}$")


def _is_ordinal_compound(masked: str, num: str, start: int, end: int) -> bool:
    if num == "二":
        return True
    return num == "一" and bool(_DISTRIBUTIVE_AFTER.match(masked, end) or
                                _DISTRIBUTIVE_BEFORE.search(masked, max(0, start - 3), start))


# 为老年人免费体检一次, 进行一次筛查: 一次 in words says "once", how a service is given to each person, not a
# count of events (a count of events is written in digits: 开展培训10次). 3人制篮球场, 5人制足球: the number of
# players names the kind of court, not how many people are served.
_FORMAT_AFTER = re.compile(r"制")


def _is_manner(masked: str, num: str, unit: str, end: int) -> bool:
    if num == "一" and unit == "次":
        return True
    return unit == "人" and bool(_FORMAT_AFTER.match(masked, end))


# 打造一个兼具人文美学和功能实用的惠民集市: 一个 in words before a long phrase of what the thing is like, closed by
# 的, is the article "a", the task's aim described, not a count of one (建成平台一个, 新建消纳场一座, 完成一座污水
# 处理厂提标 still count: the noun follows at once or the figure comes after it).
# 在兆丰社区打造一个儿童友好主题“口袋公园”: 一个 before the quoted name of the kind of place made (its theme said
# first) is the same "a" (建成一个“城市书房”, the quoted kind alone, counts one). 为老人提供一个必要的出行和应急
# 环境: what the task provides, 一个 before what it is like, is "a" however short the words before 的.
_DESCRIBED = re.compile(r"[^,;。:、的\d]{6,24}的[\u4e00-\u9fff]")
_NAMED_KIND = re.compile(r"[^,;。:、的\d□]{2,12}□{3,}" + _AT_CLAUSE_END)     # quotes are masked as □
_PROVIDED = re.compile(r"提供$")
_DESCRIBED_SHORT = re.compile(r"[^,;。:、的\d]{1,24}的[\u4e00-\u9fff]")


def _is_article(masked: str, num: str, unit: str, end: int) -> bool:
    if num != "一" or unit != "个":
        return False
    provided = _PROVIDED.search(masked, 0, end - 2) and _DESCRIBED_SHORT.match(masked, end)
    return bool(_DESCRIBED.match(masked, end) or _NAMED_KIND.match(masked, end) or provided)


# 投资概算1.45亿元, 项目总投资10亿元, 计划投资1.5亿元: an amount that describes what a project is estimated to
# cost is no commitment of the task (a department reports works done, not the estimate). What the task
# invests (投资3000万元建设…), what it completes (完成投资177亿元, 完成年度计划投资) and a year's plan
# of investment (年度计划投资, the figure progress is reported against) stay targets; 2014年计划投资4亿元 dates
# a project's planned cost, as 该项目计划投资 does.
_ESTIMATE = re.compile(r"(?:投资概算|概算投资|概算总投资|概算|投资估算|估算投资|估算总投资|估算|预算投资|(?:初步)?预算|总投资额?|"
                       r"(?:(?<=\d年)|(?<![年度]))计划(?:总)?投资|预计(?:总)?投资)(?:约|为|达|共)?$")
# 提供无偿扶持资金300万元, 发放创业补贴资金…: money handed out to those the task supports is what it delivers.
_DELIVERED = re.compile(r"完成|实现|累计|到位|落实|争取|撬动|带动|拉动|提供|发放|兑现|兑付")
# 投资3000万元建设…: 投资 as the verb of its clause, the amount followed by what it builds.
_INVEST_VERB = re.compile(r"(?:^|计划|预计|拟|将|总|共)投资(?:约)?$")
_INVEST_FOR = re.compile(r"(?:用于|新建|建设|建成|实施|改造|打造|扩建|改建|提升|购置|引进|上马)")


# 本次安排资金310万元, 下达补助资金500万元, 项目资金1441万元: money allotted to the work is what it may spend,
# not what it delivers (a department reports works done, not its allocation), so it is never a target, even
# when what it pays for follows (安排资金500万元用于…). 项目(…):投资340万元, — 投资 as the noun heading its clause,
# nothing after the amount — states a project's budget, as 总投资 does. Money the task brings in (争取资金,
# 落实资金), an investment it makes in something (投资3000万元建设…) or completes (完成投资…) stay targets.
# (负责解决水改经费30万元: 经费, the money a work's running costs take, is funds as 资金 is.)
_FUNDS = re.compile(r"(?:资金|经费)(?:约|为|共|达|合计|总计|计)?$")
# 安排财政赤字2.18万亿元, 安排地方专项债券4000亿元, 2016年安排500亿元: what a budget arranges is an allocation too.
_ARRANGED = re.compile(r"安排[^,;。:\d]{0,12}$")
# (安排…11个项目,共投资220万元,街道硬化达5397米: 共投资, the item's funds in all, is a budget as 投资 heading its clause is.)
_BUDGET = re.compile(r"^(?:项目)?(?:共|共计|总共)?投资(?:约|为|共)?$")


def _is_estimate(masked: str, start: int, end: int, unit: str) -> bool:
    if not unit.endswith("元"):
        return False
    clause = _clause_before(masked, start)
    if (_FUNDS.search(clause) or _ARRANGED.search(clause)) and not _DELIVERED.search(clause):
        return True
    if _BUDGET.match(clause.strip()) and not _INVEST_FOR.match(masked, end):
        return True
    if not _ESTIMATE.search(clause) or _DELIVERED.search(clause):
        return False
    return not _INVEST_FOR.match(masked, end)


def _is_investment(masked: str, start: int, end: int, unit: str) -> bool:
    if not unit.endswith("元") or not _INVEST_FOR.match(masked, end):
        return False
    clause = _LEAD_WORDS.sub("", _clause_before(masked, start))
    return bool(_INVEST_VERB.search(clause))


# 提升3万农村人口供水保障水平, 惠及5万群众: a number in 万 right before a noun of people counts persons (万人),
# a count before its noun like 3万名群众, taken on the same terms (a verb of delivery, see ``_committed``);
# 解决30万以上农村人口饮水问题: a floor said between the figure and its people is still a count of them.
# 为80万农村35—64岁妇女…检查: an age between the figure and its people qualifies them, as it does after 万名.
_SCALED_COUNT = r"(?<![0-9A-Za-z.%/第])(?P<num>\d+(?:\.\d+)?)(?P<scale>万|亿)(?P<post>余|多|及以上|以上)?"
_PEOPLE = (r"(?:农村|城镇|城乡|贫困|脱贫|困难|低收入|搬迁|易地搬迁|新增|受益|留守|适龄|在校|流动|常住|户籍)?"
           rf"(?:{_AGE.pattern})?(?:人口|群众|居民|农民|村民|市民|职工|学生|中小学生|儿童|老人|妇女|患者|劳动力|"
           r"(?:下岗失业|下岗|失业|就业困难|富余|务工)人员)")
_PEOPLE_COUNT = re.compile(rf"{_SCALED_COUNT}(?={_PEOPLE})")


# 建成供水工程,让5.4万群众喝上放心水: the people the work lets have what it brings, those it serves.
_LET = re.compile(r"(?<![即促致迫假])(?:让|使)(?:全市|全县|全区|城乡|辖区)?$")


# 实现25万贫困户稳定脱贫, 启动54万农村贫困户危房改造: households named by their plight (贫困户, 低保户) after a
# number in 万 are counted in households (万户), as people after such a number are in persons. Only such names:
# 2.7万余租户, 30万用户 are the users of a service, often what it reports reaching, not what the task delivers.
_HOUSEHOLDS = r"(?:农村|城镇|城乡)?(?:贫困|脱贫|困难|低收入|低保|五保|特困|搬迁|易地搬迁)户"
_HOUSEHOLD_COUNT = re.compile(rf"{_SCALED_COUNT}(?={_HOUSEHOLDS})")


def _people_counts(masked: str, found: list[_Hit]) -> list[_Hit]:
    hits = []
    for counted, pattern in (("人", _PEOPLE_COUNT), ("户", _HOUSEHOLD_COUNT)):
        for m in pattern.finditer(masked):
            if any(h.start <= m.start() < h.end for h in found) or _RANGE_LOW.search(masked, 0, m.start()):
                continue
            let = _LET.search(_clause_before(masked, m.start()))
            if (let or _committed(masked, m.start(), m.end())) and not _is_rule(masked, m.start(), m.end()):
                hits.append(_Hit(m.start(), m.end(), float(m.group("num")), m.group("scale") + counted, "", "before"))
    return hits


# 新增受益人口40万, 惠及人口达12万: the people a work serves, named before their figure, which closes the clause
# with its scale and no measure word of its own: a count of people (万人). (受益人口约3万: 约 gives an estimate of the
# effect, as ``_is_effect_estimate`` reads 约 before what a measure saves.)
# 新增农村通自来水人口120万: the people the year's work adds to a service, named 新增…人口 before their figure, are
# the same count.
_SCALED_CLOSING = rf"(?P<num>\d+(?:\.\d+)?)(?P<scale>万|亿)(?P<post>余|多|以上)?{_AT_CLAUSE_END}"    # …40万。
_PEOPLE_NAMED = re.compile(r"(?:(?:受益|惠及|服务|覆盖)人口|新增[\u4e00-\u9fff]{0,12}?人口)(?:达到|达|超过)?"
                           + _SCALED_CLOSING)


# 服务船员总数达到120万: the total of what a service reaches (users, members), named before its figure, which closes
# the clause with its scale and no measure word: a level reached, kept in the scale as written (万); the words
# before say what is counted.
_TOTAL_REACHED = re.compile(r"(?:总数|总量)达到" + _SCALED_CLOSING)


# 劳动年龄人口平均受教育年限达到11.1年: the years of schooling reached are a measure counted in 年, not a year of
# the calendar: taken only right after 受教育年限 and its verb, and never as four digits (年限达到2020年 is no span).
# Other spans (合同年限, 使用年限, 缴费年限达到15年) are the terms a rule or a design sets, no target.
_YEARS_SPAN = re.compile(r"受教育年限(?:达到|达|提高到|提高至|提升到|提升至|超过|为|保持在)?"
                         rf"(?P<num>\d{{1,2}}(?:\.\d+)?)(?P<scale>)年(?P<post>以上)?{_AT_CLAUSE_END}")


def _named_before(named: re.Pattern, masked: str, found: list[_Hit], counted: str = "") -> list[_Hit]:
    """The figures ``named`` (``_PEOPLE_NAMED``, ``_TOTAL_REACHED``, ``_YEARS_SPAN``) finds after their words, in
    their scale and then ``counted`` (万人 for people, 年 for years), where no target found already holds them."""
    return [_Hit(m.start("num"), m.end(), float(m.group("num")), m.group("scale") + counted,
                 "以上" if m.group("post") else "", "after")
            for m in named.finditer(masked) if not any(h.start <= m.start("num") < h.end for h in found)]


# 4小时通达东南亚国家, 实现3小时通达沿线主要城市, 30分钟内到达: a travel time to somewhere is a ceiling the network
# brings the journey within, a level (<=). (15分钟生活圈, 1小时经济圈 name a kind of area: no verb of reaching.)
_TRAVEL_TIME = re.compile(r"(?<![0-9A-Za-z.%/第])(?P<num>\d+(?:\.\d+)?|[一两三四五六七八九十]+)"
                          r"(?P<unit>小时|分钟)(?:以内|之内|内)?(?=通达|到达|直达|抵达|可达)")


def _travel_times(masked: str, found: list[_Hit]) -> list[_Hit]:
    hits = []
    for m in _TRAVEL_TIME.finditer(masked):
        value = _number(m.group("num"))
        if value is None or any(h.start <= m.start() < h.end for h in found):
            continue
        end = _clause_end(masked, m.end())              # the source reads on to the place reached
        hits.append(_Hit(m.start(), end, value, m.group("unit"), "以内", "after", name=masked[m.end():end] + "时间"))
    return hits


# 服务人次达200万以上, 参保人数达到3.2万: a measure whose name says what it counts (人次, 人数, 户数 …) is
# given as a bare figure; the unit is the name's (万人次, 万人).
_COUNTED_IN_NAME = {"人次": "人次", "人数": "人", "户数": "户", "家数": "家", "个数": "个", "件数": "件"}
_NAMED_COUNT = re.compile(rf"(?P<noun>{'|'.join(_COUNTED_IN_NAME)})(?:达到|达|超过|突破|不少于|不低于)"
                          rf"(?P<num>\d+(?:\.\d+)?)(?P<scale>万|亿)?(?P<post>以上|左右)?{_AT_CLAUSE_END}")


def _counts_named_before(masked: str, found: list[_Hit]) -> list[_Hit]:
    hits = []
    for m in _NAMED_COUNT.finditer(masked):
        if any(h.start <= m.start("num") < h.end for h in found) or _is_rule(masked, m.start("num"), m.end()):
            continue
        unit = (m.group("scale") or "") + _COUNTED_IN_NAME[m.group("noun")]
        hits.append(_Hit(m.start("num"), m.end(), float(m.group("num")), unit, m.group("post") or "", "after"))
    return hits


# 开办企业全流程1个环节、0成本、1天办结: a service standard written as its figures, each a ceiling the service
# keeps (a level, <=): N个环节 (steps), N成本 / 零成本 (the cost, no unit), N天办结 (the time to finish). A count
# of 环节 alone reads as parts of the work (抓好3个环节), and 0成本 alone is rare prose, so those two are taken
# only in a run of two or more such figures; N天/N个工作日办结 says a time limit by itself.
_STD_NUM = r"(?:\d+(?:\.\d+)?|[零一两三四五六七八九十])"
_STD_PART = (rf"(?P<steps>{_STD_NUM})个环节|(?P<cost>{_STD_NUM})成本|"
             rf"(?P<days>{_STD_NUM})(?P<dunit>个工作日|工作日|天|小时)内?(?:办结|办完|办成)")
_STD_BARE = re.sub(r"\(\?P<\w+>", "(?:", _STD_PART)
_STD_RUN = re.compile(rf"(?:{_STD_BARE})(?:、(?:{_STD_BARE}))*{_AT_CLAUSE_END}")
_STD_ONE = re.compile(_STD_PART)
_CUT_TO = re.compile(r"(?:压缩|缩短|减少|压减)(?:到|至)?$")         # 办结时间压缩到: the subject's verb, left off


def _std_number(raw: str) -> float | None:
    return 0.0 if raw in ("零", "0") else _number(raw)


def _service_standard(masked: str, found: list[_Hit]) -> list[_Hit]:
    hits = []
    for run in _STD_RUN.finditer(masked):
        if masked[run.start() - 1:run.start()] in ("、", "-", "~") or masked[run.start() - 1:run.start()].isdigit():
            continue                                    # the tail of a longer list or a range
        parts = list(_STD_ONE.finditer(masked, run.start(), run.end()))
        if len(parts) < 2 and not parts[0].group("days"):
            continue
        if any(h.start < run.end() and run.start() < h.end for h in found):
            continue
        start = _clause_start(masked, run.start(), strict=True)
        subject = re.sub(r"\([^()]*\)", "", _noun_phrase(masked[start:run.start()]))
        subject = _tail_off(_LE_TAIL, _tail_off(_CUT_TO, subject))
        for part in parts:
            if part.group("steps"):
                value, unit, name = part.group("steps"), "个", "环节"
            elif part.group("cost"):
                value, unit, name = part.group("cost"), "", "成本"
            else:
                value, unit, name = part.group("days"), part.group("dunit"), "办结时间"
            number = _std_number(value)
            if number is not None:
                hits.append(_Hit(part.start(), part.end(), number, unit, "以内", "after", name=subject + name))
    return hits


# 完成棚改项目。5: a number that is a sentence of its own after the task's words is the figure of a target
# column (目标任务) joined to the task's text, and so is (目标:5) — a target without a unit.
# (…416人;2)完成…: a figure whose ) opens words of its own numbers the next item, no figure at all.)
_BARE_FIGURE = re.compile(r"(?:(?<=[。;])|(?<=目标:))\s*(?P<num>\d+(?:\.\d+)?)\s*(?=$|[。;]|\)\s*(?:$|[。;,|]))")


# 提档升级;2021.12: a table's 完成时限 cell joined to the task's text, a year and a month, no target; so is a
# year alone (新建公园3个。2024) after a task whose own words already hold their figure.
_YEAR_MONTH = re.compile(r"(?:19|20)\d\d\.(?:0?[1-9]|1[0-2])")
_YEAR_CELL = re.compile(r"20[1-3]\d")


# 医疗救助范围扩大至9类群体, 报销范围扩大到40种慢性病: a scope widened to a number of kinds of those it covers is
# the level the task reaches, the kinds counted before their noun (3类企业 elsewhere only names whom a rule is for).
_KINDS_WIDENED = re.compile(r"(?:扩大至|扩大到|扩展至|扩展到|拓展至|拓展到|增加至|增加到|增至)"
                            r"(?P<num>\d+)(?P<unit>类|种)(?=(?![和及与或以左])[\u4e00-\u9fff])")


def _kinds_widened(masked: str, found: list[_Hit]) -> list[_Hit]:
    taken = {hit.start for hit in found}
    return [_Hit(m.start("num"), m.end(), float(m.group("num")), m.group("unit"), "", "after")
            for m in _KINDS_WIDENED.finditer(masked) if m.start("num") not in taken]


def _bare_figures(masked: str) -> list[_Hit]:
    return [_Hit(m.start("num"), m.end("num"), float(m.group("num")), "", "", "after")
            for m in _BARE_FIGURE.finditer(masked)
            if masked[:m.start()].strip(" 。;(目标:") and not _YEAR_MONTH.fullmatch(m.group("num"))
            and not (_YEAR_CELL.fullmatch(m.group("num")) and _CANDIDATE.search(masked, 0, m.start()))]


# 居民消费价格指数控制在103左右, 空气质量综合指数控制在4.2以内: an index is a pure number, so the figure set for it
# has no unit; the words before say what it measures and the bound.
_INDEX_FIGURE = re.compile(r"指数(?:控制在|保持在|稳定在|达到|达|为|不超过|不高于|低于|降至|降到|下降到)"
                           r"(?P<num>\d+(?:\.\d+)?)(?P<post>左右|以内|以下|以上)?(?=[,;。!?)|]|$)")


def _index_figures(masked: str) -> list[_Hit]:
    return [_Hit(m.start("num"), m.end(), float(m.group("num")), "", m.group("post") or "", "after")
            for m in _INDEX_FIGURE.finditer(masked)]


# Numbers in rules, subsidies, thresholds and qualifiers are not what a task commits to: 按…的50%给予补贴,
# 补贴…元, （超过100人的企业达到15%）, 每人每年只享受一次, 采购项目预留给中小企业比例不低于40% (a share set
# aside by rule, binding on every purchase from the day it applies) — unless the amount is what a standard is
# raised to.
_RULE_WORDS = re.compile(r"给予|享受|按照?[^,;。]{0,12}的|每人每年|每户每年|最高不超过|标准为|预留")
# 补贴性职业技能培训, 补贴培训: the subsidy names a kind of training, it is not what a rule pays.
_SUBSIDY = re.compile(r"(?:补贴|补助|奖补|奖励)(?!性|培训|职业)")
# 补助全市158家卫生所: a count of places or firms right after the verb of subsidy is the units the task pays,
# what it delivers (补助500元, 每人补助200元 are what a rule pays).
# 通过实物配租、租金补贴等方式保障廉租住房2800户: a subsidy named among the means (通过…方式) is how the work is
# done, not what a rule pays; the figure after it is the work's.
_MEANS = re.compile(r"(?:通过|采取|采用|运用)[^,;。]{1,30}?(?:方式|形式|办法|途径|渠道)")
_SUBSIDISED_UNITS = re.compile(rf"(?:补助|补贴|资助){_WHOLE_AREA}\d+[家所个处座村](?:以上)?$")
# Money a subsidy brings in or pays out to people (争取, 发放, 兑现 …) is a result; 落实…补贴1950万元 only puts a
# subsidy's budget in place, an allocation as 安排资金 is.
_OBTAIN = re.compile(r"争取|申请|获得|兑现|发放|拨付|争创")
_THRESHOLD_AFTER = re.compile(r"(?:以上|以下|及以上|及以下)?的")
_GROWTH_AFTER = re.compile(r"(?:以上|左右|以内)?的?(?:增长|增幅|增速)")
# 抓好3个方面工作, 办好四项重点工作: a count of aspects or parts of the work organises the text, it delivers nothing.
_ABSTRACT_NOUN = re.compile(r"方面|环节|层面|维度|阶段|原则|要点|关键|抓手|着力点|重点(?:工作|任务)|工作|任务")
# (都 inside a word, 公交都市, 首都, 成都, 都会, quantifies nothing: 开展10个公交都市创建验收 counts the cities.)
_ALL_OF = r"(?:均|(?<![首成京国])都(?![市会城])|全部)"
_QUANTIFIER = re.compile(rf"[\u4e00-\u9fff□]{{1,10}}?(?:{_ALL_OF}|分别)")     # 4个结构性指标均实现…: which ones
# 13家三级医院全部建成互联网医院: all of the counted build a thing each, the count of those that deliver it (as
# 7个乡镇卫生院完成改扩建 counts them), when no other figure in the clause measures the work.
_ALL_BUILD = re.compile(rf"[\u4e00-\u9fff□]{{1,10}}?{_ALL_OF}(?:建成|新建|创建|建设)")


def _quantified(masked: str, end: int) -> bool:
    """Does a quantifier after the count's noun (均, 都, 全部, 分别) say which ones the clause speaks of?"""
    if not _QUANTIFIER.match(masked, end):
        return False
    built = _ALL_BUILD.match(masked, end)
    return not built or bool(_CANDIDATE.search(masked, built.end(), _clause_end(masked, built.end(), past_notes=True)))


# 返还…失业保险费的50%: a share of a base that a rule pays, refunds or charges.
_SHARE_RULE = re.compile(r"返还|退还|缴纳|支付|报销|减免|减征|免征|计提|提取|承担|分担|可[^,;。]{0,6}(?:获得|享受|申请)")


# 从/由 A 提高到/提升至/调整为 B: A is where a standard or a count stands now, B what the task commits to.
_FROM = re.compile(r"(?<![自理经缘来])(?:从|由)(?!于)")
_CHANGE_TO = re.compile(r"(?:提高|提升|增加|增长|上调|调高|调整|扩大|降低|下降|减少|压减|缩短|下调|缩减)(?:到|至|为)|"
                        r"[增降提升]至")
# Words that say an amount is per head or per household and per period: 每人每月, 每户每年, 人均, 生均.
_PER_HEAD = r"(?:(?:每(?:人|户|名|生|床|位)|(?:人|户|生|床)均)(?:每(?:年|月|日|天))?)"
_PER_HEAD_TAIL = re.compile(rf"{_PER_HEAD}$")
# 分别控制在5%和4%以内, 分别达到90%、95%及98%以上: figures of one unit joined by 和/及/与/、 under one verb
# (分别增长 7.5%和 8%: a portal's typesetting may set a space before the figure after the joint).
_JOINED_FIGURE = re.compile(rf"(?:和|及|与|以及){_PER_HEAD}?[ \u3000\xa0]*(?=\d|[一二两三四五六七八九十])")
_LIST_JOINT = re.compile(rf"(?:、|和|及|与|以及){_PER_HEAD}?[ \u3000\xa0]*")
# A standard raised to an amount (…标准提高到每人每年2200元、2900元): the amount is a commitment even though
# 每人每年 or 补贴 are in the clause; between the verb and the amount only per-head words and earlier amounts.
_RAISED_TO = re.compile(rf"(?:{_CHANGE_TO.pattern}|达到)(?:分别)?(?:{_PER_HEAD}|\d+(?:\.\d+)?(?:万|亿)?元|、)*$")
_STANDARD = re.compile(rf"标准|水平|{_PER_HEAD}")


# 将参保单位缴费费率由7%降至6%, 阶段性降低失业保险费率至1%: a rate levied on payers (a fee, a tax, a
# contribution, interest) that the policy sets by cutting or changing it is a rule the task applies — nobody
# reports progress toward it, it holds from the day it takes effect. A benefit standard paid out and raised
# (低保标准提高到每人每月609元) stays a target: the department pays at it and reports that it does. A market rate
# held to a bound (贷款利率控制在4%以内) is no set rate and is read as any level.
# (赤字率提高到3%: the deficit ratio a budget sets is such a setting too, no result anyone reports toward.)
_LEVY = re.compile(r"赤字率|费率|税率|利率|征收率|征收标准|收费标准|缴费比例|缴存比例|缴费基数|缴费标准")
_LEVY_CHANGE = re.compile(rf"(?:{_CHANGE_TO.pattern}|(?:降低|下调|调降|调减|上调|调整|提高)[^,;。:\d]{{0,16}}?(?:到|至|为))"
                          rf"(?:分别)?$")


# 农村低保年人均标准提高350元, 高龄补贴标准上调20元: a standard raised BY an amount states the step the policy takes;
# what the department pays at and reports is the standard it reaches (标准提高到每人每月609元 stays a target,
# ``_RAISED_TO``), which the step alone does not give.
_RAISED_BY = re.compile(r"标准(?:再|分别)?(?:提高|上调|提升|增加|调增|调高)$")


def _is_standard_raised_by(masked: str, start: int, unit: str) -> bool:
    return unit.endswith("元") and bool(_RAISED_BY.search(_clause_before(masked, start)))


# 按照二孩500元、三孩600元每人每月进行补助, 按每户每年200元标准发放: an amount in 元 set by 按 in a clause that
# pays it per head or per period (每人每月, 每户每年, /人) is a rate the rule pays each one, never what the task
# delivers, however the clause lists the rates.
_PAID_PER = re.compile(r"每(?:人|户|名|月|年|生|孩|床|次)|/(?:人|户|月|年)")
_PAID_OUT = re.compile(r"发放|给予|支付|补偿")


# 对60周岁以上老人每人每月发放高龄补贴100元: per head and per period right before the verb that pays is the rate the
# scheme pays each one, as 按…每人每月 is (标准提高到每人每月609元, the per-head words after the verb, is a standard
# raised and stays).
# (…,每人保费50元: what one policy or grant costs each, said as a noun after 每人, is such a rate.)
_PER_HEAD_PAID = re.compile(r"每(?:人|户|名|生)每(?:年|月|天|日)(?:发放|给予|支付|补助|补贴|奖励)"
                            r"|(?:^|(?<=[,;]))每(?:人|户|名|生)(?:每(?:年|月))?(?:保费|费用|补助|补贴|奖励|资助)(?:为|约)?$")


def _is_rate_paid(masked: str, start: int, end: int, unit: str) -> bool:
    if not unit.endswith("元"):
        return False
    if _PER_HEAD_PAID.search(before := _clause_before(masked, start)) and not _is_raised_standard(before):
        return True
    clause = masked[_clause_start(masked, start, strict=True):_clause_end(masked, end, past_notes=True)]
    return "按" in _clause_before(masked, start) and bool(_PAID_PER.search(clause)) \
        and bool(_SUBSIDY.search(clause) or _PAID_OUT.search(clause))


# 省安排补助资金61.7亿元,比上年增加11.2亿元: an amount said as more (or less) than last year's, right after the
# sentence's own figure of the same unit, only compares that figure with the year before: the first figure is what
# the text states (a target or not on its own terms), the difference no target. (比上年增长8%, a rate of growth,
# is the level itself and stays.)
_ON_LAST_YEAR = re.compile(r"(?:比|较)(?:上年|去年|上一年|上年度)(?:同期)?(?:增加|增长|多|提高|减少|下降|降低|新增|多出)了?$")


def _is_change_on_last_year(masked: str, start: int, unit: str) -> bool:
    if unit == "%" or not _ON_LAST_YEAR.search(_clause_before(masked, start)):
        return False
    before = masked[_sentence_start(masked, start):_clause_start(masked, start, strict=True)]
    # 完成造林2万亩,比上年增加5000亩: the same measure in another scale is compared all the same
    return any(_measure(m.group("unit")) == _measure(unit) for m in _CANDIDATE.finditer(before))


def _is_levy_rate(masked: str, start: int) -> bool:
    pre = _clause_before(masked, start)
    return bool(_LEVY.search(pre)) and bool(_LEVY_CHANGE.search(pre))


# 为用人单位减负约39.13亿元, 节约资金约500万元: 约 before what a measure saves or relieves is the notice's estimate
# of its effect, not a quantity the task commits to (a commitment says 以上, 不少于 or 左右: 减税降费50亿元左右).
_EFFECT = re.compile(r"减负|减轻|减税|降费|降本|降低成本|节约|节省|让利|少缴|减少支出")
_ABOUT = re.compile(r"(?:约|大约)$")


def _is_effect_estimate(masked: str, start: int) -> bool:
    pre = _clause_before(masked, start)
    return bool(_ABOUT.search(pre)) and bool(_EFFECT.search(pre))


# 每半年至少组织1次集体学习, 至少半年组织1次, 每季度召开1次调度会: how often a body must meet or study is a
# rule of its working, not a count the year builds up (全年组织培训10次 and 每年不少于2万人次 stay targets:
# a year's total, not a frequency). 每学期不少于10课时: the lessons each school gives a term, a rule of the same kind.
_FREQUENCY_UNIT = re.compile(r"次|场|轮|期|场次|课时|学时")
_FREQUENCY = re.compile(r"(?:每|至少每?|最少每?)(?:一个|一|两个|两|三个|三|个)?(?:半年|季度|季|月|周|星期|旬|天|日|学期|学年)|"
                        r"每年(?:度)?(?:至少|最少)|(?:至少|最少)每年")


# 每月常态化开展群众文化体育活动不少于2场: events put on for the public (活动, 演出, 放映 counted in 场) as often as
# the frequency says are the service the task delivers, its standard kept all year: a target (a level, see
# ``_kind``), where a body's meetings, studies and checks (召开1次调度会, 开展1次安全检查) are rules of its working.
_EVENTS_HELD = re.compile(r"活动|演出|放映")


def _is_frequency_rule(masked: str, start: int, unit: str) -> bool:
    if not _FREQUENCY_UNIT.fullmatch(unit):
        return False
    often = _FREQUENCY.search(masked, _clause_start(masked, start, strict=True), start)
    return bool(often) and not (unit in ("场", "场次") and _EVENTS_HELD.search(masked, often.end(), start))


# 年底前实现每个街道有1处综合养老服务设施,嵌入式养老床位不少于50张: what each facility or place must have is a
# specification of the unit, not a total the task delivers. Per-head amounts (每人每月609元) are standards paid
# out and stay targets. Within its own clause a figure after 每X is always per unit (每个乡镇建成1个文化站); in a
# later clause of the sentence only a bound with no verb of its own (…,床位不少于50张) continues the
# specification — a clause with a verb of its own (全县建成文化站不少于20个) is a commitment again.
# (每条5公里以上, 每间不少于20平方米: the size of each road or room, as 每个 is.)
_PER_UNIT = re.compile(r"每(?:个|所|家|座|处|条|间|栋|幢|套|村|镇|乡|乡镇|街道|社区|县|区|校|园|院|站)")
_SPEC_BOUND = re.compile(r"(?:不少于|不低于|至少|不小于)$")


def _is_per_unit_spec(masked: str, start: int) -> bool:
    clause_start = _clause_start(masked, start, strict=True)
    pre = masked[clause_start:start]
    if per := _PER_UNIT.search(pre):
        # 每个县区建设2-3个平台: a range of works each place builds is a quota of work, its lower end the floor
        # (the corpus labels it so), where one of a kind for each (每个乡镇建成1个文化站) is a standard of coverage
        return not (_RANGE_LOW.search(pre) and _COMMIT.search(pre, per.end()))
    if not _SPEC_BOUND.search(pre) or _COMMIT.search(pre) or _INCREMENT.search(pre):
        return False
    part = masked[max(masked.rfind(";", 0, start), masked.rfind("。", 0, start)) + 1:start]
    return bool(_PER_UNIT.search(part))


# 确保零就业家庭至少有一人就业, 每户至少1人参加培训: a head count right after a family or household (its 至少/有)
# is what each household must have, a rule of the work like 每个街道有1处…, not a number of people the task reaches
# (帮助1000户家庭…: the households, counted in 户, stay the count).
_PER_HOUSEHOLD = re.compile(r"(?:家庭|每户|每家|户均)(?:成员)?(?:中|里)?(?:至少|最少|确保|保证)*有?$")


# 为60周岁及以上老年人每人购买1份银龄安康保险: a figure right after 每人 (每户) and the verb is what each one gets,
# a rule of the work; the people (or the copies in all, 投保2.5万份) are the count.
_EACH_GETS = re.compile(r"(?:每人|每户|每名|每位)(?:购买|投保|发放|赠送|配发)$")


def _is_per_household(masked: str, start: int, unit: str) -> bool:
    before = _clause_before(masked, start).rstrip()
    if _EACH_GETS.search(before):
        return True                                     # 每人购买1份: in any unit, what each one gets
    return unit in ("人", "名") and bool(_PER_HOUSEHOLD.search(before))


# 大学生1700人学费资助1054万元: a sum right after a verb of aid whose receivers the clause has just counted is
# what the aid costs; the receivers counted are what the task delivers (资助1054万元 alone stays what it pays out).
_AID_TO_COUNTED = re.compile(r"(?:\d|[万一二两三四五六七八九十])[人名户](?:次)?[\u4e00-\u9fff]{0,6}?"
                             r"(?:资助|补助|救助|补贴|奖补|奖励)(?:资金|金额)?(?:共计|合计|共|约)?$")


def _is_aid_to_counted(masked: str, start: int, unit: str) -> bool:
    return unit.endswith("元") and bool(_AID_TO_COUNTED.search(_clause_before(masked, start)))


def _is_start_figure(masked: str, start: int, end: int) -> bool:
    """574 and 271 in 从每人每月574元、271元分别提高到每人每月609元、300元: a figure after 从/由 and before the
    verb of change of its clause is the starting point, not a target."""
    pre = _clause_before(masked, start)
    opened = list(_FROM.finditer(pre))
    if not opened or _CHANGE_TO.search(pre, opened[-1].end()):
        return False
    return bool(_CHANGE_TO.search(masked, end, _clause_end(masked, end)))


def _is_raised_standard(clause: str) -> bool:
    return bool(_RAISED_TO.search(clause)) and bool(_STANDARD.search(clause))


# 农村低收入人口享受扶贫小额到户贷款12亿元: a sum in 亿 that a group enjoys is the total the task lends or pays out,
# no rule's rate for each (享受补贴500元, 每户享受…1万元 are what a rule pays one).
_ENJOYED_TOTAL = re.compile(r"享受[^,;。每]{0,16}$")


def _is_total_enjoyed(clause: str, figure: str) -> bool:
    return "亿" in figure and bool(_ENJOYED_TOTAL.search(clause)) \
        and not _RULE_WORDS.search(_ENJOYED_TOTAL.sub("", clause))


# 发放创业担保贷款1亿元以上,每户最高30万元; 单个项目最高奖励50万元: 最高 right before a figure (and the verb of what
# is paid) caps what one case may get, a rule of the scheme as 最高不超过 is, never a total the task delivers.
_CAPPED_EACH = re.compile(r"最高(?:可)?(?:给予|补助|补贴|奖励|奖补|资助|支持|贷款|发放)?(?:额度)?(?:为|达|至)?$")


def _is_rule(masked: str, start: int, end: int) -> bool:
    clause = _clause_before(masked, start)
    if _CAPPED_EACH.search(clause):
        return True
    raised = _is_raised_standard(clause)
    if not raised and (_RULE_WORDS.search(clause) or _RULE_WORDS.match(masked, end)) \
            and not _is_total_enjoyed(clause, masked[start:end]):
        return True
    if clause.endswith("的") and _SHARE_RULE.search(clause):
        return True
    if (_SUBSIDY.search(_MEANS.sub("", clause)) or _SUBSIDY.match(masked, end)) and not _OBTAIN.search(clause) \
            and not raised and not _SUBSIDISED_UNITS.search(masked, 0, end):
        return True                                     # 补贴500元: what a rule pays, not what a task delivers
    if _THRESHOLD_AFTER.match(masked, end) and re.search(r"(?:超过|超|达到|过|年|规模)$", clause):
        return True                                     # 超过100人的企业: a threshold
    opened = max(masked.rfind("(", 0, start), masked.rfind("[", 0, start))
    if opened <= masked.rfind(")", 0, start):
        return False
    # 培育企业10家(其中高新技术企业5家): a part of the total, not a target of its own; 新建幼儿园80所(其中公办30所以上):
    # a part given its own floor is one more commitment.
    if masked.startswith("(其中", opened) and (_FLOOR_AFTER.match(masked, end - 2) or _FLOOR_BEFORE.search(clause)):
        return False
    if masked.startswith("(其中", opened) and _splits_total(masked, opened):
        return False                                # 750座(其中,城区100座、景区150座、农村500座): the total's parts
    if _AREA_SPLIT.fullmatch(re.sub(r"\s", "", masked[opened + 1:masked.find(")", opened)])) \
            and _splits_total(masked, opened):
        return True                                 # 15万人(甲市14.75万人,乙区0.25万人): the target shared out
    # 新建学校1所(共3栋教学楼): a bracket opening with 共 after a figure says what the thing counted holds, no work of
    # its own (改造老旧小区(共3个), with no figure before, gives the work's count)
    if masked.startswith("(共", opened) and _CANDIDATE.search(masked, _clause_start(masked, opened, strict=True), opened):
        return True
    return bool(re.match(r"\((?:超过|含|其中|不含|按|分布|位于)", masked[opened:]))


# 完成城镇新增就业15万人(贵阳市14.75万人,贵安新区0.25万人): a bracket with no 其中 that shares the total out among
# the places that answer for it, each place named before its figure: the parts are the one target's, reported
# under it, not targets of their own (as a list of kinds, 其中城区100座、景区150座, is).
_AREA_SPLIT = re.compile(r"(?:[\u4e00-\u9fff]{1,8}(?:市|新区|区|县|旗|州|镇|乡|街道)\d+(?:\.\d+)?[万亿千]?"
                         r"[\u4e00-\u9fff%]{1,3}[,、;]?){2,}")


def _splits_total(masked: str, opened: int) -> bool:
    """新建750座公共厕所(其中,城区公厕100座、旅游厕所150座、农村公厕500座): a bracket whose figures, two or more of
    the total's unit, add up to the figure before it splits the total into parts, each delivered (and reported) on
    its own; one part alone (其中高新技术企业5家) only says how many of them are of a kind."""
    close = masked.find(")", opened)
    before = list(_CANDIDATE.finditer(masked, _clause_start(masked, opened, strict=True), opened))
    parts = list(_CANDIDATE.finditer(masked, opened, close))
    if close == -1 or not before or len(parts) < 2:
        return False
    total = before[-1]
    if any(part.group("unit") != total.group("unit") for part in parts):
        return False
    values = [_number(m.group("num")) for m in (total, *parts)]
    return None not in values and abs(sum(values[1:]) - values[0]) < 1e-9


_FLOOR_AFTER = re.compile(r"以上")
_FLOOR_BEFORE = re.compile(r"(?:不少于|不低于|至少)$")
# 排查不少于179个路口, 举办不少于12场次宣讲: a verb, then a floor on the count of what it is done to or holds, commits
# to at least that many, whatever the verb. (推进不少于N个… keeps its own rule, ``_PUSH_ON``.)
_VERB_THEN_FLOOR = re.compile(r"[\u4e00-\u9fff]" + _FLOOR_BEFORE.pattern)


# 完成太乙、子午、五台3个街道新型农村社区后续安置房建设: a count of places (街道, 镇, 村 …) closing the list of their
# names, then what is built or done there: the count restates the names and says where the work is, not what it
# delivers. (Places worked on themselves, 完成A、B 2个村改造, have the verb right after; things named, 靖宁路、长兴南路2个
# 积水点, are no places.)
_NAMES_LISTED = re.compile(r"[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})+$")
_PLACES_COUNTED = re.compile(r"(?:街道|镇街|乡镇|镇|乡|行政村|村|社区|县区|县|区)(?=的?[\u4e00-\u9fff]{2})")


def _is_places_listed(masked: str, start: int, end: int) -> bool:
    if masked[end - 1:end] != "个" or not (place := _PLACES_COUNTED.match(masked, end)):
        return False
    if not (names := _NAMES_LISTED.search(_clause_before(masked, start))):
        return False
    # 尚贤、冠山等6个乡镇: a list left open by 等 is counted by its figure, not restated; a listed "name" holding a
    # verb (…服务社、新建改造20个) is a list of works
    listed = names.group().split("、")                   # (the first may hold the verb before it: 完成太乙)
    if listed[-1].endswith("等") or any(_COMMIT.search(name) for name in listed[1:]):
        return False
    rest = masked[place.end():].lstrip("的")
    if _FULL_REACH.search(masked, place.end(), _clause_end(masked, place.end())):
        return False                                # 近湖、近河、近城110个村生活污水全收集: the places reached
    return not (_EACH_VERB.match(rest) or _WORK_ON.match(rest) or _COMMIT_AFTER.match(rest))


def _in_name_list(masked: str, start: int, end: int) -> bool:
    """高山滑雪、跳台滑雪、冬季两项、速度滑冰: a count inside one item of a list of names whose neighbours
    hold no count is part of a name; so is one inside an item's words (A小学、B街道三台新校区、C学校等3所学校:
    the list's own count, after 等, is the target). (A list of targets, 企业20家、项目10个, has counts in every
    item.)"""
    rest = _ITEM_REST.match(masked, end)
    if not rest:
        return False
    before = _clause_before(masked, start)
    if "、" not in before or masked[start - 1:start] in ("、", "等"):
        return False                                # A、B等6家菜市场新建、改建: the list's own count
    if rest.group() and _COMMIT.search(before.rsplit("、", 1)[-1]):
        return False                                # A、建设3个站点、B: an item with a verb of its own is work
    if _LIGHT_VERB.match(rest.group()):
        return False                                # 对…43千米管网进行勘察、清理: the 、 lists the work, no names
    previous = before[:before.rfind("、")].rsplit("、", 1)[-1]
    following = re.split(r"[、,;。:]", masked[rest.end():], maxsplit=1)[0]
    following = following.split("等")[0] if rest.group() else following
    return not any(_CANDIDATE.search(item) for item in (previous, following))


# 完成群众小学、大丰小学及华师附中小学部(18个公费班)学校建设: a count in a bracket of its own right after the last of
# a list of names, with its noun and nothing more, says what the named place holds (its size), and the clause goes on
# to the work done on all of them: no target.
_NAMED_SIZE = re.compile(r"[^()]*?[\u4e00-\u9fff]{1,6}\)[\u4e00-\u9fff]")
_NAMES_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,}(?:、[\u4e00-\u9fff]{2,})+\($")


def _is_named_size(masked: str, start: int, end: int) -> bool:
    if masked[start - 1:start] != "(" or not _NAMED_SIZE.match(masked, end):
        return False
    close = masked.find(")", end)
    names = _NAMES_BEFORE.search(_clause_before(masked, start))
    # 东村、西村(2个村)改造: the bracket's noun the names' own kind, a tally of the list (the target)
    return bool(names) and not _CANDIDATE.search(masked, end, close) and names.group()[-2] != masked[close - 1]


# the rest of a list item after a count in it, up to the 、 that ends the item
_ITEM_REST = re.compile(r"[\u4e00-\u9fff]{0,8}、")


def _number(text: str) -> float | None:
    if text[0].isdigit():
        return float(text)
    value = cn_number(text)
    return float(value) if value else None


def _is_noun_start(ch: str) -> bool:
    return ch == "□" or "\u4e00" <= ch <= "\u9fff"


# 安排民族乡村屯人畜饮水工程9个项目: a plan arranging a count of projects (of a kind, named before the count) sets
# the projects it is to carry out, a count to deliver; 安排资金 is an allocation (``_ARRANGED``), and a count of
# anything else arranged (安排8个方面…) is no project.
_ARRANGE_PROJECTS = re.compile(r"(?:计划|拟|共)?安排(?!资金|经费)[\u4e00-\u9fff]")


def _committed(masked: str, start: int, end: int) -> bool:
    """A count before its noun (…完成一座污水处理厂提标…) is a target only with a verb of delivery:
    before it (完成/确保/参加 …) with no verb of scope after that verb, or after it (…开展/建成) with no
    verb of scope before it. 聚焦/推进/围绕 … mean the count only names what is meant."""
    clause_start = _clause_start(masked, start, strict=True)
    # 对全区 37所…学校进行改造: a space set before a figure (typeset text) is no word of the clause
    pre, post = masked[clause_start:start].rstrip(), masked[end:_clause_end(masked, end, past_notes=True)]
    if masked[end - 2:end] in ("以上", "以下") and _MEASURED_SUBJECT.match(post):
        return False                                # 实现30户以上自然村寨…覆盖率达95%: a size saying which ones
    if _SIZE_BOUND.search(masked, start, end) and _SIZED_PLACE.match(post) and _EVERY_ONE.search(post):
        return False                                # 实现2000人以上中心村卫生室达标: which villages, by their size
    if masked[end - 1:end] in ("人", "户") and (size := _SIZE_AFTER.match(post)) \
            and _SIZED_PLACE.match(post, size.end()) and _EVERY_ONE.search(post):
        return False                                # 实现五百人口规模以上村全覆盖: the same, its size said 人口规模
    # 开展农村饮用水达标提标行动,覆盖336个行政村: a clause of nothing but 覆盖 and a count of places, after the clause
    # that says the work, counts the places the work reaches (千兆光网覆盖家庭1500万户, with its subject, is a
    # stock's reach, see ``_kind``; 聚焦/涉及 … still only name what is meant).
    if pre == "覆盖" and masked[clause_start - 1:clause_start] == "," \
            and _clause_end(masked, end) == _noun_end(masked, end):
        return True                                 # 开展…行动,覆盖336个行政村: the places the work reaches
    if (tally := _TALLY_NAMED.search(pre)) and _BOUND_AT_END.sub("", masked[start:end]).endswith(tally[1]):
        return True                                 # 总套数1201套安置房: the figure of the count its words name
    if _PROJECT_NOTE.search(pre) and _NOTE_NOUN.match(masked, end):
        return True                                 # 攻坚专项行动(6条路): what the project delivers, in its note
    if (field := _SHARE_FIELD.search(masked, 0, start)) and not masked[field.end():start].strip():
        return True                                 # 涉及西湖区工作指标:9300个停车位: the area's share, delivered
    if _BY.search(pre):
        return False                                # 由全市12个区县按照统一标准…: those who do the work
    if _ARRANGE_PROJECTS.match(pre) and post == "项目":
        return True                                 # 安排村屯级公路20个项目: the projects the plan carries out
    commits = list(_COMMIT.finditer(pre))
    if commits:
        if _DONE_BEFORE.search(pre, 0, commits[-1].start()):
            return False                            # 已建成30个示范村: a figure of the past
        return not _SCOPE.search(pre[commits[-1].end():])
    if _BENEFICIARY.search(pre) and _DELIVER.search(post):
        return True                                 # 为7万名儿童实施免费窝沟封闭: the count of those served
    if _GROUP_NAMED.search(pre) and _HEADS.search(masked, start, end) and _DELIVER_NEXT.match(post):
        return True                                 # 为重点关爱群体4455人全覆盖配发…: the group's headcount served
    if (_BENEFIT.search(pre) or _LET.search(pre)) and _HEADS.search(masked, start, end):
        return True                                 # 有效提高4万户居民的供热安全, 使7万户居民受益: those it serves
    if _AT_PLACE.search(pre) and (_WORK_ON.search(post) or _SET_UP_WITHIN.search(post)
                                  or _BUILT_AT.match(post)):
        return True                                 # 在100所中小学实施…工程: the places the work reaches
    if _SERVE_PEOPLE.search(pre) and _HEADS.search(masked, start, end):
        return True                                 # 开展5万名居民…筛查, 开展6000户…适老化改造: those it serves
    if (_OBJECT.search(pre) or _OBJECT_NAMED.search(pre) or _OBJECT_PLACED.search(pre)) and _WORK_ON.search(post):
        return True                                 # 对300户困难家庭进行适老化改造: the count worked on
    if (_OBJECT_SITED.search(pre) or _OBJECT_IN_PLACES.search(pre)) and _LIGHT_VERB.match(post):
        return True                                 # 对沙河沿线43千米管网进行清理: the count worked on
    if pre == "共" and _BUILT_BEFORE.search(masked, 0, clause_start) and _ROOMS_TALLIED.fullmatch(post) \
            and masked[end - 1:end] == "个":
        return True                                 # 拆翻建一幢四层教学楼,共18个教室: what the building holds
    if masked[end - 1:end] in ("人", "名") and (households := _HOUSEHOLDS_BEFORE.search(masked, clause_start, start)) \
            and _committed(masked, households.start(), households.end()):
        return True                                 # 3000户1.2万人实施…搬迁: as the households are
    if _SITE_USED.search(pre) and _SITE_BUILT_ON.match(post):
        return True                                 # 利用…约7000平方米场地筹建停车场: the site built on
    if _OBJECT_SITED.search(pre) and _HEADS.search(masked, start, end) and _DELIVER.search(post):
        return True                                 # 对全市义务教育阶段4500名学生实施…计划: the people served
    if (listed := _LISTED.search(pre)) and _listed_committed(pre[:listed.start()], post):
        return True                                 # 启动尚贤、冠山等6个乡镇…建设: the count of the places listed
    if _INVOLVES.search(pre) and _WORK_CLOSES.search(post):
        return True                                 # 工程涉及70所中小学变压器增容: the places the work is done at
    if _MEASURED_SUBJECT.match(post):
        return False                                # 三公里充分就业社区数量达到…60%: the count is in the name measured
    if _VERB_THEN_FLOOR.search(pre) and not _SCOPE.search(pre) and not _PUSH_ON.search(pre):
        return True                                 # 排查不少于179个…路口: a floor the work must reach
    if _PUSHED_BARE.search(pre) and _BUILT_UP.match(post) and not _SECTORS_BUILT.match(post):
        return True                                 # 加快10个商贸项目建设: the projects the task pushes on
    if _PUSH_ON.search(pre) and (_CONNECTED.match(post) or _UPGRADED.search(post) or _COMMIT_AFTER.search(post)):
        return True                                 # 推进5万个行政村通光纤: the places the task connects
    if _FIRMS_MOVED.search(pre) and _FIRMS_TO_NAMED.fullmatch(post):
        return True                                 # 带动10万家中小企业“上云用云”: the firms the task moves there
    if (_PUSH_ON.search(pre) or _HOLD.search(pre)) and _SESSION.search(masked, start, end):
        return True                                 # 推进300堂健康知识巡讲: the sessions the task holds
    if (not pre or _LEAD_WORDS.fullmatch(pre) or _SUBJECT_OPENER.fullmatch(pre)) \
            and (_SUBJECT_BUILDS.match(post) or _CONNECTED.match(post)) \
            and not _CANDIDATE.search(masked, end, _clause_end(masked, end, past_notes=True)):
        return True                                 # 14个街道打造“一街一景”: the units that each deliver the work
    into_work = bool(_PEOPLE_FIGURE.search(masked, start, end)) and bool(_INTO_WORK.search(post))
    brought_in = bool(_BRING_IN.search(pre)) and bool(_SETTLE_IN.search(post))
    return not _SCOPE.search(pre) and (bool(_COMMIT_AFTER.search(post)) or into_work or brought_in)


# 14个街道打造“一街一景”, 10个乡镇新建文化站: a count that opens its clause as the subject of a verb of building
# counts the units that each deliver the work, as 7个乡镇卫生院完成改扩建 counts those brought to a state. When the
# clause measures the work by a figure of its own (3个乡镇建设道路10公里) the units are only its scope. (A task's
# title in a table, 10个滨江生态公园建设, is the same shape: the count of what it builds.) 年内6个村实现通气接污:
# the units the task brings to a state (实现 right after the subject), counted as those it builds in.
_SUBJECT_BUILDS = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:打造|创建|新建|建设|实施|实现)")
# 贫困地区7000个建制村通硬化路, 其中20个城市实现移动支付应用: the count may open its clause after the region it is
# counted in, or after 其中 (a share of the places just counted that the task takes further); as the subject of a
# verb of building, or of being connected to a network (通硬化路, 通客车 …), it counts the units the task delivers.
# (目前贫困地区…, 现有…: the words say how things stand, no count delivered.)
_SUBJECT_OPENER = re.compile(rf"其中|全国|{_WHOLE_AREAS}|(?!目前|现|已|截至|截止)[\u4e00-\u9fff]{{0,4}}(?:地区|山区|库区|牧区|老区)")


# “打通断头路”攻坚专项行动(6条路), 老旧小区改造工程(12个小区): a bracket right after a project's name that holds
# only a count and its noun says how much the project delivers. (项目(1个), a count with no noun, is a tally.)
_PROJECT_NOTE = re.compile(r"(?:项目|工程|行动|计划)\($")
_NOTE_NOUN = re.compile(r"[\u4e00-\u9fff]{1,6}\)")


# the area a count of those served or worked on may be placed in (为全市7万名儿童…, 对全县300户…)
# (对沿线15座山体进行治理: the places along what the task works on.)
_AREA = rf"(?:{_WHOLE_AREAS}|全旗|全市城乡|沿线|沿岸|周边)?"


# 推进5万个行政村通光纤, 推动300个建制村通客车, 推进18个社区托育点扩优提质: 推进 right before a count of places
# that the clause then connects to a network (通光纤, 通客车 …), upgrades or brings to a state (开工, 达标 …) counts
# the places the task does that to (推进A、B等14个项目建设, 推进10个项目建设 still only name them). 推进50处拥堵点改善,
# 推进215条公交线路实现…预报服务: the places it improves, the lines it brings to a service.
_PUSH_ON = re.compile(rf"(?:推进|推动)(?:实现)?{_AREA}(?:不少于|不低于|至少)?$")
# 引导支持300户食品小作坊入驻集中区, 吸引50家企业入驻园区: a count the task draws or helps into a place (入驻, 落户)
# is the number it brings in (园区内有30家企业入驻, with no verb of bringing, only says how things stand).
_BRING_IN = re.compile(rf"(?:引导|支持|吸引|鼓励|推动|招引|带动)+{_AREA}(?:不少于|不低于|至少)?$")
_SETTLE_IN = re.compile(r"入驻|进驻|入园|落户|迁入")
# 推进4所幼儿园项目建设, 加快10个商贸项目建设: a bare count right after 推进/加快 whose clause builds those things is
# the number of projects the task carries forward, what the office follows up (labellers of seven notices read it
# so); a count that closes a list naming them (加快推进A、B等14个项目建设, the bundled notice) only names them.
_PUSHED_BARE = re.compile(r"(?:加快|推进|推动)(?:推进)?$")
# 推进73个城市公交都市示范工程创建工作: a count of places whose 创建 (the making of a model city, a 示范 site) the
# task carries is the same shape: the places the task takes through it.
_BUILT_UP = re.compile(r"[\u4e00-\u9fff]{1,12}?(?:建设(?!用地|规划|标准|资金)|创建)")
# 大力推进20个战略性产业集群建设, 推进十大产业链建设: the sectors of the economy a policy designates (its 20 clusters,
# named again as 各战略性产业集群 and in its “1+20” policy) are a standing set whose building-up never completes, not
# projects the task carries through: the count names the set (培育5个产业集群, clusters made, is read by its verb).
_SECTORS_BUILT = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:产业集群|产业链|集群)建设")
# 推进300堂健康知识巡讲, 推动200场文化演出进社区: a count of sessions (lessons, shows, rounds) after 推进 is the
# sessions the task holds; sessions are held or not, never merely named as something to work on. 开展100万人次…提升
# 行动: the visits (people-times) the work it holds reaches, counted as sessions are.
_SESSION = re.compile(rf"(?:堂|场|场次|期|轮|人次){_FLOOR_OR_ABOUT}?$")
# 推进全市62处隐患点段整治: the places the task puts right, as 改造 counts those it rebuilds. 推动5000家规模以上工业
# 企业数字化转型: the firms it takes through a transformation (数字化转型, 绿色转型), as 智能化改造 counts them.
_UPGRADED = re.compile(r"提质|升级|扩优|提标|改善|新建|改扩建|改造|整治|转型|[^,;。:]{1,12}?实现")
# 带动10万家中小企业“上云用云”, 推动200家企业“小升规”, 引导300户个体工商户“个转企”: a count of firms that the task moves
# to a change named by its slogan in quotes, the slogan closing the clause, counts the firms it takes there, as
# 数字化转型 does unquoted. (The quotes are masked, see ``_mask_quotes``; a slogan before more words, 推动100家“专精特新”
# 企业发展, names a kind of firm, no change.)
_FIRMS_MOVED = re.compile(rf"(?:推进|推动|带动|引导){_AREA}(?:不少于|不低于|至少)?$")
_FIRMS_TO_NAMED = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:企业|商户|个体工商户|市场主体|经营主体)□{3,}")
# 开展250场公益性演出, 举办20场招聘会: a count of sessions right after the verb of holding is the sessions held
# (开展一次筛查, 开展3个专项行动 count no sessions: how often, or the work's parts).
_HOLD = re.compile(r"(?:开展|举办)(?:不少于|不低于|至少)?$")
_CONNECTED = re.compile(r"[^,;。:通]{1,12}通(?:光纤|宽带|4G|5G|千兆|硬化路|水泥路|公路|客车|公交|自来水|天然气|燃气|动力电)")


# 总套数1201套, 总户数300户: the words name the count (its measure word + 数) that the figure, in that measure
# word, gives.
_TALLY_NAMED = re.compile(r"([套户个所座间张台辆栋幢处条家])数(?:为|达到|达|约|共|合计)?$")


# 实现2000人以上中心村卫生室达标全覆盖: a number of people or households bounded and followed by a village, a
# community or a firm, with the work reaching every one of them, is the size that says which ones are meant.
# (500户以上农户, 2万户以上棚户区征迁改造 count the households the work reaches; 完成30户以上村寨消防管网建设, with no
# word of every one, stays the count it reads as.)
_SIZE_BOUND = re.compile(r"[人户](?:及以上|以上|及以下|以下)$")
_SIZE_AFTER = re.compile(r"口?规模(?:及以上|以上|以下)")
_SIZED_PLACE = re.compile(r"[\u4e00-\u9fff]{0,3}?(?:村|社区|小区|城市|县城|集镇|企业|单位)")
_EVERY_ONE = re.compile(r"全覆盖|全部|全面|均")


# 对 as "to, on" (对300户…进行改造), not inside 针对, 相对, 面对, 绝对, 核对, 应对, 反对, 比对, 配对, 校对.
_TO = r"(?<![针相面绝核应反比配校])对"
# 为/给/向 as "for, to" (为7万名儿童…), not inside 因为, 作为, 成为, 认为, 以为, 行为.
_FOR = r"(?<![因作成认以行])(?:为|给|向)"
# 尚贤、冠山等6个乡镇, 洪州大道、澄湖西路等三条道路: a count after a list of names closed by 等 totals them.
_LISTED = re.compile(r"(?:、[^,;。:、]{1,20})+等$")
# the verb before the list's first name: 启动 (work started on the places listed) or 对 … (进行 after the count)
_START_LIST = re.compile(r"(?:启动|开工|动工)[^,;。:、]{1,20}$")
# A、B、C等10所学校新建: the count of the places listed, then only their noun and the verb that builds them anew.
_BUILT_NEW = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:新建|迁建|扩建|改扩建|新改扩建)")
_OBJECT_LIST = re.compile(rf"{_TO}[^,;。:、对]{{1,24}}$")


def _listed_committed(head: str, post: str) -> bool:
    """The count closing a list (X、Y等N个Z) is a target when the list is what the task starts work on
    (启动X、Y等…建设) or works on (对X、Y等…进行改造); 推进/聚焦 X、Y等 still only name what is meant."""
    if _START_LIST.search(head) or (_BUILT_NEW.fullmatch(post) and not _SCOPE.search(head)):
        return True
    return bool(_OBJECT_LIST.search(head)) and bool(_WORK_ON.search(post))


# 为/给/向 a count of people or places, then what they are given: the count is what the task serves, also with
# its floor said before it (为不少于2.5万名妇女提供…检查), and also as a later item of the list of those served
# (为65岁以上老年人、4.5万名一线干部免费体检).
_BENEFICIARY = re.compile(rf"{_FOR}{_AREA}(?:[^,;。:、]{{1,20}}、)*(?:不少于|不低于|至少|超过)?$")
# 有效改善9万人口的饮水安全, 提高城区4万户居民的供热安全: a verb of benefit right before a count of people or
# households counts those the work serves. (惠及17个乡镇 names places, the work's scope; 提高到… is a level.)
_BENEFIT = re.compile(rf"(?:改善|提高|惠及|缓解){_AREA}$")
_HEADS = re.compile(rf"[\d万亿一二两三四五六七八九十百千][人名户]{_FLOOR_OR_ABOUT}?$")
# 在17个乡镇硬化道路10万平方米, 在39个村改造线路16公里: a count right after 在 says where the work is done. When
# the clause measures the work by a figure of its own, that figure is the target and the places only its scope;
# with none (在100所中小学实施…工程) the places the work reaches are what the task delivers. (正在, 现在, 存在,
# 所在, 实在 … are no 在 of place.)
_AT_PLACE = re.compile(rf"(?<![正现存所实内位处])在{_AREA}$")
# 由全市12个区县按照统一标准完成…, 由5家医院负责: a count right after 由 (by) is of those who do the work, not of
# what it delivers, whatever verb came before (…建设由…). (由3个增加到5个, 由 as "from", is a starting figure, read
# by ``_is_start_figure``.)
_BY = re.compile(rf"(?<![自理经缘来])由{_AREA}$")


# 在全市8个县(市、区)全面开展…检查: a count of the jurisdiction's own divisions after 全市/全区/全县 says "every one
# of them", the reach of the work, not a number to deliver. Only the divisions themselves (县, 乡镇, 街道 …, maybe
# with their kinds in brackets) closing the noun count so: 全市756个村卫生室, 全县17所乡(镇)中心幼儿园 count the
# places the work builds or equips.
_WHOLE_JURISDICTION = re.compile(r"(?:全省|全市|全州|全区|全县|全旗)(?:的)?$")
_EVERY_DIVISION = re.compile(r"个(?:县市区|县区|区县|市县|县市|乡镇|镇街|县|区|市|乡|镇|街道)(?:\([^()]{1,8}\))?"
                             r"(?=全面|全部|普遍|均|都|开展|实施|推行|推广|建立|实现|[,;。:、]|$)")


def _is_place_scope(masked: str, start: int, end: int) -> bool:
    pre, clause_end = _clause_before(masked, start).rstrip(), _clause_end(masked, end, past_notes=True)
    if _WHOLE_JURISDICTION.search(pre) and _EVERY_DIVISION.match(masked, end - 1):
        return True
    if _AT_PLACE.search(pre):
        return bool(_CANDIDATE.search(masked, end, clause_end))
    # 为全区138个行政村开展送文化活动550场: places (not people) the work is done for, the work then counted by a
    # figure of its own after its verb: that figure is the target, the places its reach (为42所中小学校4.74万名学生
    # 开展测评, with no figure after the verb, still counts the schools).
    if _BENEFICIARY.search(pre) and not _HEADS.search(masked, start, end):
        work = _DELIVER.search(masked, end, clause_end)
        return work is not None and bool(_CANDIDATE.search(masked, work.end(), clause_end))
    return False
# (免费为1000人筛查脑卒中: a screening, a check-up or a treatment given to them.)
# (为600个行政村配建健身器材, 为12个社区配发设备: the places the task equips, as 配备 and 安装 count them.)
# (为3000名困难群众购买意外伤害保险: the people insured, as those given a check-up.)
_DELIVER = re.compile(r"实施|提供|开展|发放|办理|配备|配建|配置|配发|配送|安装|建设|免费|筛查|检查|检测|体检|诊疗|治疗|救治|"
                      r"购买|投保")
# 为消防安全重点关爱群体4455人全覆盖配发…, 为困难群众300户发放…: the group named first, then its headcount in
# apposition, then at once what they are given: the people served, as 为4455名…群众配发 counts them. (The verb
# right after the count keeps out a figure that only describes the group: 为5000人以上企业提供….)
_GROUP_NAMED = re.compile(rf"{_FOR}{_AREA}[^,;。:、\d为给向]{{2,16}}$")
_DELIVER_NEXT = re.compile(rf"(?:全覆盖|全部|免费|统一)?(?:{_DELIVER.pattern})")
# 开展 right before a count of people or households (开展5万名40-74周岁居民…筛查, 开展6000户…老年人家庭居家适老化
# 改造, counted as ``_HEADS`` counts them): those the work is done for. (开展一次筛查
# counts no one: how often is a manner, and other counts after 开展 name the work's parts.)
_SERVE_PEOPLE = re.compile(r"开展(?:免费)?$")
# …N个X数量达到/比例达到 a figure: the clause measures the things the count's words name (省级三公里充分就业社区
# 数量达到城市社区的60%), so the count is part of that name and the figure after the verb is the target.
_MEASURED_SUBJECT = re.compile(r"[^,;。:]*?(?:数量|个数|人数|比例|占比|比重|覆盖率|覆盖面|总量|规模)(?:达到|达|实现|超过|突破|"
                               r"提高到|提升到|提高至|提升至)[^,;。:]*?(?:\d|[一二两三四五六七八九十])")
# 对 a count of people, households or places, then the work done on them (进行改造, 实施帮扶, 开展培训, 实行课后服务,
# 适老化改造).
_OBJECT = re.compile(rf"{_TO}{_AREA}$")
# 对人民中路等3条城区道路进行改造: one name and 等 before the count, the count of those worked on all the same.
_OBJECT_NAMED = re.compile(rf"{_TO}[^,;。:、对]{{1,20}}等$")
# 对6个乡镇17个行政村进行改造: the count of places the others are in, then the count worked on (the chain of counts
# keeps the last, as 完成21个镇街192个村居改造 does).
_OBJECT_PLACED = re.compile(rf"{_TO}{_AREA}(?:\d+|[一二两三四五六七八九十]+)个(?:乡镇|镇街|镇|乡|街道|县区|县市区|县|区)$")
# (在30所以上小学开设暑期托管班: the places the task opens a service in, as 开展 counts them.)
_WORK_ON = re.compile(r"进行|实施|开展|完成|实行|改造|开设|开办")
# 在3家养老机构内增设医疗机构: what the task sets up inside each of the places counted, one in each.
_SET_UP_WITHIN = re.compile(r"[内中](?:增设|设立|设置|新建|建立)")
# 在6家标准化菜市场建设猪肉流通安全信息追溯系统, 在20个小区安装充电桩: the places named (their noun, no figure),
# then at once what is built or installed at each, one a place: the count of places is what the task delivers.
_BUILT_AT = re.compile(r"[^,;。:、\d]{1,12}?(?:建设(?!用地|规模|项目|资金|任务|进度|面积|标准)|安装|配建|建立)")
# 清凉工程涉及70所中小学变压器增容: what a project involves, a count and its noun then the work done there closing
# the clause, counts the places worked on (涉及34个责任单位, with no work named, only says who takes part).
_INVOLVES = re.compile(r"涉及$")
_WORK_CLOSES = re.compile(r"(?:增容|改造|改建|扩建|提升|维修|修缮|更新|安装|整治|新建|加固|提质)$")
# 对城区东、西沙河沿线43千米污水管网进行清理, 对道北2个垃圾场采取封场…措施: 对, where the things are (any words,
# no figure), the count and its noun, then the light verb that puts them under the work: the count worked on.
_OBJECT_SITED = re.compile(rf"{_TO}[^,;。:对\d]{{1,16}}$")
# 对全县70所中小学校1658间教室照明进行护眼灯光提升: 对, a count of places and their noun, then the count of what in
# them is worked on, put under the work by the light verb.
# 利用宁海中学南侧约7000平方米场地筹建学生接送临时停车场: the area of the site the task puts to use and builds on.
_SITE_USED = re.compile(r"利用[^,;。:\d]{0,16}?(?:约|近)?$")
_SITE_BUILT_ON = re.compile(r"(?:场地|空地|土地|用地|闲置地|地块)(?:筹建|建设|新建|建成|改造|改建|打造)")
# 拆翻建一幢四层教学楼,共18个教室: a clause of 共 and a count of rooms closing the sentence right after the clause
# that builds them says how much of it the task builds (of what is there already, with no building, it says nothing).
_BUILT_BEFORE = re.compile(r"[^,;。:]*?(?:新建|翻建|改建|扩建|建设|建成)[^,;。:]*,$")
_ROOMS_TALLIED = re.compile(r"[\u4e00-\u9fff]{1,6}(?=[。;]|$)")
# 对居住在深石山区的3000户1.2万人实施扶贫搬迁: the people right after the households are the same work's second
# measure, committed as the households are.
_HOUSEHOLDS_BEFORE = re.compile(r"\d+(?:\.\d+)?[万千]?户$")
_OBJECT_IN_PLACES = re.compile(rf"{_TO}{_AREA}\d+(?:所|家|个)[^,;。:、对\d]{{1,8}}$")
_LIGHT_VERB = re.compile(r"[^的,;。:\d]{1,16}?(?:进行|采取)")


_COUNT_LEAD = re.compile(r"(?:不少于|不低于|约|共|再|另)?$")
# 建成宋闸、曾岗等3个莲藕专业村,龙巷、沈河、小樊3个蔬菜专业村: the next clause names its places first, a list of
# two names at least (with 等 or without), then their count: it goes on with the list of the clause before as a
# bare count would. Short names only (a place's, a village's, a firm's), six characters at most each.
_NAMES_LEAD = re.compile(r"[\u4e00-\u9fff]{1,6}(?:、[\u4e00-\u9fff]{1,6})+等?$")


def _continues(masked: str, start: int, found: list[_Hit]) -> bool:
    """…重点支持300名领军人才赴境外培训，1000名核心人才参加专题研修: a clause that opens with its count goes on
    with the list of targets the clause before it started; so does a count after 、 or 和 that follows another
    target of its clause (资助200名技能人才、2000名重点人才和10000名青年人才)."""
    clause_start = _clause_start(masked, start, strict=True)
    if found and found[-1].start >= clause_start and masked[start - 1:start] in ("、", "和", "及"):
        return True
    lead = masked[clause_start:start]
    if not found or not (_COUNT_LEAD.fullmatch(lead) or _NAMES_LEAD.fullmatch(lead)) or clause_start == 0:
        return False
    return found[-1].end > _clause_start(masked, clause_start - 1, strict=True) and masked[clause_start - 1] == ","


def _clause_start(masked: str, at: int, strict: bool = False) -> int:
    """Start of the clause holding position ``at``: after , ; 。 : and, unless ``strict``, after a 、
    that follows another target (…20家以上、专精特新“小巨人”企业1家以上)."""
    i = at - 1
    while i >= 0:
        ch = masked[i]
        if ch in ",;。:!?" or (ch == "、" and not strict and _AFTER_TARGET.search(masked, 0, i)):
            return i + 1
        i -= 1
    return 0


_SERVED_FOR = re.compile(rf"{_FOR}$")                  # (read by ``_last_of_chains``)
_AFTER_TARGET = re.compile(rf"(?:\d|[一二两三四五六七八九十])(?:{_UNIT})(?:及以上|以上|及以下|以下|以内|左右|(?<=日|天|时)内)?$")


def _clause_before(masked: str, at: int) -> str:
    """The words of the clause holding ``at`` (strictly: up to the last , ; 。 : before it) that come before it."""
    return masked[_clause_start(masked, at, strict=True):at]


def _sentence_start(masked: str, at: int) -> int:
    i = at - 1
    while i >= 0 and masked[i] not in "。;!?":
        i -= 1
    return i + 1


# 力争引进…55个,完成…,确保…280亿元以上: 力争 (争取) reaches for the figures after it until a later clause opens a
# firm commitment of its own with 确保 (the genre's stretch-and-floor pair 力争…确保…) or 完成. A list after 力争 whose
# items have no such verb (力争引进20个、签约15个) stays under it, and so does 力争确保… in one clause.
_ASPIRE = re.compile(r"力争|争取")
# the time words that may open such a clause (年内确保…, 全年新增…)
_THIS_YEAR = r"(?:全年|年内|年度内|年底前|今年)"
_ASSURE = re.compile(rf"(?<=[,;:])\s*(?:{_THIS_YEAR}|同时|并)?(?:确保|完成)")
# 力争引进6家…项目,年内新增入统企业5家以上: once 力争 has its own figure, a later clause framed anew by a time word and
# a delivery verb of its own sets a figure the year is held to. A 力争 whose clause names no figure (力争在…认定上实现
# 新突破,年内新增…20家以上) hopes for the figures that measure it, and keeps them. (年内争取…: still a hope.)
_DELIVERY_OPENS = (r"(?:新增|新建|新培育|新创建|新认定|建成|建设|创建|培育|引进|招引|签约|落地|实施|开工|改造|治理|培养|"
                   r"举办|组织)")
_FRESH_CLAUSE = re.compile(rf"(?<=[,;:])\s*{_THIS_YEAR}{_DELIVERY_OPENS}")
# 综合防控近视,力争实现近视率降低0.5个百分点以上,创建3所示范学校: a 力争 inside the sentence, after words of its own,
# hopes for its clause alone; the next clause opening with a delivery verb is a commitment again, time word or not.
# (力争年底…发展到430家,新培育…2家以上: a 力争 opening the sentence frames every clause of it.)
_OWN_CLAUSE = re.compile(rf"(?<=[,;:])\s*{_THIS_YEAR}?{_DELIVERY_OPENS}")
# …培育矩阵,力争高企突破600家,科技服务业收入增长10%以上: so is a clause naming a measure of its own and how it moves
# (收入增长, 覆盖率达到): a statement of its own after the hoped-for one. Words that only qualify the figure before
# (…100亿元,同比增长15%, 比上年提高2个百分点, 年均增长8%) name no measure and stay under the hope.
# So is a count entered in a register under its own name (…,力争培育高新技术企业150家,科技型中小企业入库500家): the firms
# registered (入库, 入统) are a measure of their own, not more of the firms the hope is for.
_OWN_MEASURE = re.compile(r"(?<=[,;:])\s*(?!同比|比|较|年均|平均|分别|其中|力争|争取)[\u4e00-\u9fffA-Za-z]{2,12}?"
                          r"(?:增长|提高|提升|下降|降低|减少|达到|突破|超过|入库|入统)(?=\d|$)")


def _is_aspirational(sentence: str) -> bool:
    """Whether the words of the sentence before a figure make it a hope (力争, 争取) rather than a commitment."""
    hopes = list(_ASPIRE.finditer(sentence))
    if not hopes:
        return False
    hope = hopes[-1].end()
    if any(m.start() >= hope for m in _ASSURE.finditer(sentence)):
        return False
    before = sentence[:max(0, *(sentence.rfind(ch, 0, hopes[-1].start()) for ch in ",;:"))]
    if re.search(r"[\u4e00-\u9fff]{4}", before):
        fresh = [*_OWN_CLAUSE.finditer(sentence, hope), *_OWN_MEASURE.finditer(sentence, hope)]
    else:
        fresh = _FRESH_CLAUSE.finditer(sentence, hope)
    return not any(_CANDIDATE.search(sentence, hope, m.start()) for m in fresh)


def _indicator(ident: str, hit: _Hit, text: str, masked: str,
               earlier: list[tuple[_Hit, Indicator]]) -> Indicator:
    if hit.low >= 0:
        hit = replace(hit, start=hit.low)               # the words end before "3-5家", not inside it
    if hit.name:                                        # a service standard's ceiling (1天办结)
        return Indicator(id=ident, metric=hit.name, target=_plain(hit.value), unit=hit.unit, comparator="<=",
                         kind="level", source=text[hit.start:hit.end],
                         aspirational=_is_aspirational(masked[_sentence_start(masked, hit.start):hit.start]))
    start = _clause_start(masked, hit.start, strict=hit.form == "before")
    pre = masked[start:hit.start]
    sentence = masked[_sentence_start(masked, hit.start):hit.start]
    # ``metric`` (the bare words) decides kind and review; ``name`` is what the office and leaders read.
    if hit.form == "before":
        end = _noun_end(masked, hit.end)
        metric = _clean_metric(text[hit.end:end])
        source = text[start:end]
        name = _name_before(text, masked, start, hit, end)
    else:
        metric = _clean_metric(text[start:hit.start])
        source = text[start:hit.end]
        name = _raised_subject(text, masked, hit) or _name_after(text, masked, start, hit, earlier)
    reasons = [why for flagged, why in (
        (hit.form == "before", "数量写在名词之前，请核对是否为承诺的目标"),
        (len(metric) < 2, "指标名称不明确，请补全"),
        (_is_range(masked, hit), "原文为区间，已取下限"),
    ) if flagged]
    # A figure alone after its words (a table's 年度目标 column: 粮食播种面积（目标：0.07万亩）) has its kind
    # read from the name its row gives it.
    comparator, kind = _comparator(pre, hit.post), _kind(pre, sentence, hit, metric or fold(name or ""))
    # (a share is never counted up: 80%以上社区…达到200平方米 is the share of them that meets it)
    if hit.form == "before" and kind == "level" and hit.unit != "%" and not _LEVEL_METRIC.search(metric) and \
            _COMMIT_AFTER.search(masked, hit.end, _clause_end(masked, hit.end)) and not _STATE.search(pre):
        kind = "cumulative"             # 年底前,6家卫生室达到…标准: units brought to it in the year, counted up
    unit = hit.unit
    if per := _PER_PERIOD.fullmatch(unit):                # 3480元/年 → 3480 元, the period kept in the name
        unit = per.group(1)
        words = _PER_HEAD_TAIL.search(_tail_off(_TAIL_WORDS, pre.rstrip()))
        name = _tail_off(_TAIL_WORDS, _tail_off(_PER_HEAD_TAIL, _tail_off(_TAIL_WORDS, name or metric)))
        qualifier = words.group(0) if words else _PERIOD_WORD[per.group(2)]
        name = f"{name}（{qualifier}）"
    elif (head := _PER_HEAD_UNIT.fullmatch(unit)) and (period := _PERIOD_SAID.search(_clause_before(masked, hit.start))):
        unit = head.group(1)                          # 补差水平月均300元/人 → 300 元, as 每人每月300元 is
        qualifier = ("每人" if head.group(2) == "人" else "每户") + ("每月" if "月" in period.group() else "每年")
        name = _tail_off(_PERIOD_TAIL, _tail_off(_TAIL_WORDS, name or metric))
        name = name if name.endswith(f"（{qualifier}）") else f"{name}（{qualifier}）"
    elif hit.unit == "" and not metric:
        name = _bare_name(text, masked, hit)
    elif hit.form == "after" and _is_investment(masked, hit.start, hit.end, hit.unit):
        # 投资3000万元建设智慧停车场2个 → 智慧停车场投资: the count is its own target; 实施项目总投资: 投资 said once
        work = _tail_off(_COUNT_END, _noun_phrase(text[hit.end:_clause_end(masked, hit.end)]))
        name = work if fold(work).endswith("投资") else _noun_phrase(work) + "投资"
    elif hit.form == "after" and (design := _DESIGN_SIZE.search(pre)):
        name = text[start + design.start():hit.start].rstrip("为达到约")     # 设计供水规模, not where it is built
    listed = bool(earlier) and bool(_LIST_JOINT.fullmatch(masked, earlier[-1][0].end, hit.start))
    if listed and not hit.post:
        comparator, kind = earlier[-1][1].comparator, earlier[-1][1].kind   # 提高到609元、300元: as the first
    elif _shares_verb(masked, earlier, hit):
        kind = earlier[-1][1].kind      # 新增A覆盖面积50万平方米、B覆盖面积100万平方米: all under the one 新增
    if listed and hit.form == "after" and earlier[-1][0].unit == hit.unit and re.search(r"\d|[和及与、]$", fold(name)):
        name = earlier[-1][1].metric                    # 控制在5%和4%以内: the second is named as the first
    elif earlier and hit.form == "after" and earlier[-1][0].end == hit.start and earlier[-1][0].form == "after":
        name = earlier[-1][1].metric                    # 改造221个3万户: the second measure of the same work
    return Indicator(
        id=ident, metric=_tidy_name(name or metric or source.strip()), target=_plain(hit.value), unit=unit,
        comparator=comparator, kind=kind,
        aspirational=_is_aspirational(sentence), source=source.strip(),
        needs_review=bool(reasons), review="；".join(reasons),
    )


# Words that give a figure a verb or a state of its own, so it no longer hangs on the verb of the figure before.
_OWN_VERB = re.compile(rf"{_COMMIT.pattern}|{_INCREMENT.pattern}|{_COMMIT_AFTER.pattern}|{_LEVEL_WORDS}|"
                       r"达到|实现|保持|稳定|控制|提高|提升|增加|增长|下降|降低|降至|减少|压减|缩短|扩大|突破|超过|累计|总量|总数")


_ITEM_VERB = re.compile(rf"(?:{_COMMIT.pattern}|{_INCREMENT.pattern})")     # a verb that opens a list of items


def _shares_verb(masked: str, earlier: list[tuple[_Hit, Indicator]], hit: _Hit) -> bool:
    """新增供热管网覆盖面积50万平方米、燃气管网覆盖面积100万平方米: a figure of the same unit after 、 or , whose
    words hold no verb of their own is one more item under the verb of the figure before it, and of its kind."""
    if not earlier or hit.form != "after":
        return False
    before = earlier[-1][0]
    if before.unit != hit.unit or before.form != "after" or before.name or hit.name:
        return False
    between = masked[before.end:hit.start]
    if not between or between[0] not in "、," or re.search(r"[;。:!?()]", between):
        return False
    if _OWN_VERB.search(between) or _CANDIDATE.search(between):
        return False
    # the verb must open the first item's clause (新增A…、B…), not sit before its figure alone (A稳定在28万头,B…)
    opening = _LEAD_WORDS.sub("", _clause_before(masked, before.start))
    return bool(_ITEM_VERB.match(opening))


# 元/年, 元/月: an amount per period is reported in 元 (as 每人每月609元 is), the period said in the name.
_PER_PERIOD = re.compile(r"(.*元)/(年|月|天|日)")
_PERIOD_WORD = {"年": "每年", "月": "每月", "天": "每天", "日": "每天"}
# 月均300元/人: an amount per head with its period said in words is a standard paid per head per period, reported
# in 元 as 每人每月609元 is. Without a period (劳动生产率46000元/人) it is a ratio and keeps its unit.
_PER_HEAD_UNIT = re.compile(r"(.*元)/(人|户)")
_PERIOD_SAID = re.compile(r"月均|每月|按月|年均|每年|按年")
_PERIOD_TAIL = re.compile(r"(?:月均|年均|每月|每年|分别)+$")


def _bare_name(text: str, masked: str, hit: _Hit) -> str:
    """``棚改项目`` for 5 in 完成棚改项目。5 or 完成棚改项目(目标:5): the task's words before the figure."""
    before = re.sub(r"[。;\s]*(?:\(目标:)?\s*$", "", masked[:hit.start])
    words = text[:len(before)]
    words = words[_sentence_start(masked, len(before)):]
    return _noun_phrase(_head_off(_PLAIN_RUN, words.strip())) or words.strip()


def _clause_end(masked: str, at: int, past_notes: bool = False) -> int:
    """Where the clause from ``at`` ends; ``past_notes``: not at the close of a bracket opened in it
    (27所中小学(幼儿园)校门口安装…: the note names the noun, the clause goes on to its verb)."""
    m = _CLAUSE_STOP.search(masked, at)
    while past_notes and m and m.group() == ")" and "(" in masked[at:m.start()]:
        m = _CLAUSE_STOP.search(masked, m.end())
    return m.start() if m else len(masked)


# 实施16个乡镇卫生院、158个村卫生室改扩建项目: a count's noun ends where the next count of the list begins, and
# where the next item of a list of those served begins (为7万名妇女做…筛查、为6.1万名妇女做…).
_NEXT_COUNT = re.compile(rf"(?:、|和|及|与|以及)(?:(?:为|给|向|{_TO}){_AREA})?"
                         rf"(?=(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)(?:{_UNIT}))")


def _noun_end(masked: str, at: int) -> int:
    """End of the noun a count written before it counts: the clause's end or the next count's joint."""
    end = _clause_end(masked, at, past_notes=True)
    m = _NEXT_COUNT.search(masked, at, end)
    end = m.start() if m else end
    opened = masked.rfind("(", at, end)
    # 750座公共厕所(其中,城区…: a note the clause's end cuts open is no part of the noun
    return opened if opened != -1 and masked.find(")", opened, end) == -1 else end


def _clean_metric(text: str) -> str:
    metric = _LEAD_WORDS.sub("", text.strip())
    verb = _LEAD_VERB.match(metric)
    if verb and len(metric) - verb.end() >= 2:
        metric = metric[verb.end():]
    metric = _TAIL_WORDS.sub("", metric)
    return metric.strip(" ,，、")


# -- metric names ----------------------------------------------------------------------------------
# The office reviews, and leaders read, each indicator by its name, so a name should be a short noun
# phrase: "老旧小区改造" rather than "实施改造老旧小区", "泰山人才工程入选人数" rather than "入选".

_NAME_LEAD = re.compile(r"^(?:\(其中|今年底前|今年底|底前|主要是|(?:\d+|[一二两三四五六七八九十])年内|(?:现|共)?有(?=规上|规模以上|[\u4e00-\u9fff]{0,6}(?:企业|单位|机构|学校|医院))|全年|年内|年度内|年底前|年底|到年底|今年|每年|每季度|每月|全省|全市|我市|全区|全县|其中|力争|"
                        r"争取|确保|全面|"
                        r"累计|持续|进一步|共|再|加快|积极|大力|着力|深入|扎实|全力|切实|不断|稳步|有序|继续|"
                        r"(?:19|20)\d{2}年度?|[,、\s])+")
# What may open a clause before its measure but is no part of a name: a sub-point label ((1), 1., ①), a
# deadline (6月底前, 到2026年, 在8月底) and the body charged with it (县住建局要在…). Clerks read the name in every
# weekly template; the deadline and the department have columns of their own.
_LABEL = re.compile(r"^(?:\(\d{1,2}\)|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[.、](?!\d)|[①-⑳]|[一二三四五六七八九十]{1,3}、)\s*")
_SUBJECT = re.compile(r"^(?:[\u4e00-\u9fff]{1,12}?(?:局|委|办|政府|部门|公司|中心|街道|各镇街|各乡镇))?(?:要|将|需|须|应)(?=在|于|\d)")
_DEADLINE = re.compile(r"^(?:在|于|到|至)?(?:(?:19|20)\d{2}\s*年\s*)?(?:\d{1,2}\s*月\s*(?:\d{1,2}\s*日|底|末|份|中旬|上旬|下旬)?|年?底|年?末)?"
                       r"(?:前|之前|以前)?(?:完成)?(?=\S)")
_HELPER = re.compile(r"^(?:协助|帮助|支持|引导|鼓励|指导|带动|动员|为|向|帮)"
                     r"(?:中小企业|各类企业|企业|群众|农户|居民|村民|市场主体|农民|学生)")
_BARE_CHANGE = re.compile(r"(?:同口径)?(?:同比|年均|比上年)?(?:增长|增加|提高|提升|下降|降低|减少)(?:率|幅度)?")  # 同比增长15%, 同口径比上年增长12%
_PLAIN_VERB = r"实施|完成|开展|组织|推进|推动|实现"             # only say that something is done
_NEW_VERB = (r"新培育|新创建|新认定|新建成|新开工|新建|新增|新上|建设(?!用地|规模|项目|资金|任务|进度|面积)|建成|"
             r"创建|培育|引进|招引|引育|开通|推荐|申请|打造|认定")   # the count is of the thing itself
_WORK_VERB = r"改造提升|改造|提升|整治|治理|改建|扩建|提标|修缮|维修|更新|放流|修复|配送|培训|开工"  # the count is of work
_VERB = f"{_PLAIN_VERB}|{_NEW_VERB}|{_WORK_VERB}"
_PLAIN_RUN = re.compile(rf"^(?:{_PLAIN_VERB})+")
_VERB_RUN = re.compile(rf"^(?:{_VERB})(?:(?:和|及|与|、)?(?:{_VERB}))*")
_LOCATIVE = re.compile(rf"^在[^,;。]{{1,20}}?(?={_VERB})")
_MEASURE_NOUN = re.compile(r"(?:面积|数量|规模|长度|里程|总量|产量|户数|人数|金额)$")
_VERB_ONLY = re.compile(r"(?:惠及|入选|培养|培训|引进|招引|招聘|吸纳|安置|帮扶|救助|资助|接待|服务|造林|绿化|放流|签约|落地|"
                        r"开工|竣工|投产|转移|就业|参保|参训|新增|完成|实现|认定|创建|新建|建成|改造|治理|整治|修复|"
                        r"办理|受理|发放|投放|减免|推荐|申报)+")
_TOPIC_PREP = re.compile(r"^(?:对|围绕|聚焦|针对|依托|按照|通过|就)")
_TOPIC_VERB = re.compile(rf"^(?:做好|抓好|办好|落实|加强|深化|启动|持续推进|提高|提升|{_PLAIN_VERB}|{_NEW_VERB})+")
_TOPIC_CUT = re.compile(r"申报|申请|工作|的|做好|开展|服务|活动")
_COUNT = re.compile(rf"\d+(?:\.\d+)?(?:{_UNIT})(?:以上|左右)?")
_ORDINAL = re.compile(r"^第[一二三四五六七八九十\d]+(?:批|届|轮|次)")
_WHEN = (r"尽快|按期|如期|按时|全部|全面|年底前|年内|年底|上半年|下半年|春季|夏季|秋季|冬季|汛期前|开学前|"
         r"\d{1,2}月底?前?|底前|前")
_PREDICATE = re.compile(rf"(?:在[^,;。]{{1,10}}?)?(?:{_WHEN})*(?:投入使用|投入运营|投用|建成|竣工|开工|落地|验收|认定|运行|上市|挂牌|开业|通车)$")
_PURPOSE = re.compile(r"^(?:参加|参与|参评|申报|争创|争取)")


def _head_off(pattern: re.Pattern, text: str) -> str:
    """``text`` without what ``pattern`` matches at its start (matched on the folded text)."""
    m = pattern.match(fold(text))
    return text[m.end():] if m else text


def _tail_off(pattern: re.Pattern, text: str) -> str:
    m = pattern.search(fold(text))
    return text[:m.start()] if m else text


def _name_after(text: str, masked: str, start: int, hit: _Hit, earlier: list[tuple[_Hit, Indicator]]) -> str:
    """Name of a target written after its words (…新培育高新技术企业195家)."""
    # 投资3000万元建设智慧停车场2个: a figure earlier in the clause is its own target, no part of this one's name
    # (only where a verb opens the words after it: 改造棚户区23个区块、1.33万户 keeps its words)
    start = max([start] + [h.end for h, _ in earlier if start <= h.start and h.end <= hit.start
                           and _VERB_RUN.match(fold(text[h.end:hit.start]))])
    name = _noun_phrase(text[start:hit.start]).rstrip("≥≤><=")      # 年度目标 ≥2%: the sign is the comparator
    # 建设面积约3000平方米的综合服务中心1处: the size before 的 describes the thing counted, no part of its name
    # (not when what is left is a share of them: 收入10万元以上的村占比)
    sized = re.sub(r"^[^,;。、“”\"]*\d[^,;。、\d的“”\"]*的(?=[\u4e00-\u9fff]{2})", "", name)
    name = sized if len(sized) >= 4 and not re.search(r"(?:占比|比例|比重|率)$", sized) else name
    if shared := _shared_head(name, masked, start, earlier):
        return shared + name
    core = _head_off(_PLAIN_RUN, name)                      # 完成投资 → 投资
    if len(core) > 2 and not _BARE_CHANGE.fullmatch(fold(core)):
        return name
    # 入选3人 / 资金7000万元: too bare alone; the clause before, in the same sentence, says of what.
    topic = _topic_before(text, masked, start, earlier)
    if topic:
        name = core                                     # 2025年完成15个 after 改造老旧小区10个: the topic alone
    if _VERB_ONLY.fullmatch(fold(core or "-")):
        # 完成造林1.2万亩 → 造林面积; 职业技能培训,完成培训8万人次 → 职业技能培训人次, not 培训培训人次
        name = ("" if topic and fold(topic).endswith(fold(core)) else core) + _measure_word(hit.unit)
    if topic and name and fold(topic).endswith(fold(name)):
        return topic                                    # 地区生产总值增长7%,确保增长6.5%: not 增长增长
    return topic + name if topic and topic not in name else name


def _raised_subject(text: str, masked: str, hit: _Hit) -> str:
    """``城镇低保补差水平`` for 609 in 将城镇低保补差水平从每人每月574元提高到每人每月609元: what a standard
    raised to an amount is, the words before 从/由 or, without them, before the verb of change."""
    start = _clause_start(masked, hit.start, strict=True)
    pre = masked[start:hit.start]
    change = list(_CHANGE_TO.finditer(pre))
    if not change or not _RAISED_TO.search(pre):
        return ""
    opened = list(_FROM.finditer(pre, 0, change[-1].start()))
    if not opened and not _STANDARD.search(pre):
        return ""                                   # 提高到500亿元 alone: named as any other target
    end = opened[-1].start() if opened else change[-1].start()
    subject = re.sub(r"^(?:将|把|使)", "", text[start:start + end].strip())
    subject = re.sub(r"分别$", "", subject).strip(" ,，、")
    return _noun_phrase(subject) if len(subject) >= 2 else ""


def _shared_head(name: str, masked: str, start: int, earlier: list[tuple[_Hit, Indicator]]) -> str:
    """``营业收入`` for ``过10亿元企业`` after ``营业收入过100亿元企业…``: a threshold that only repeats
    the words before it in the same sentence."""
    threshold = re.match(r"(过|超过|超|达)\d", fold(name))
    if not threshold:
        return ""
    sentence = _sentence_start(masked, start)
    for hit, indicator in reversed(earlier):
        at = fold(indicator.metric).find(threshold.group(1))
        if hit.start >= sentence and at > 0:
            return indicator.metric[:at]
    return ""


def _noun_phrase(words: str) -> str:
    """``全年协助企业申请科技成果转化贷款`` → ``科技成果转化贷款``; ``实施改造老旧小区`` → ``老旧小区改造``."""
    words = _strip_lead(words.strip())
    words = _head_off(_HELPER, words)
    words = _head_off(_LOCATIVE, words)
    words = _tail_off(_TAIL_WORDS, words)
    words = _tail_off(re.compile(r"(?:每年|每季度|每月|全年|年内)$"), words).strip(" ,，、")
    return _verbs_after(words)


def _strip_lead(words: str) -> str:
    """``words`` without the time words, labels, deadlines and subjects before the thing named, in any order
    (县住建局要在8月底完成…, (1)年内新建…, 到2026年…)."""
    while True:
        before = words
        for pattern in (_NAME_LEAD, _LABEL, _SUBJECT):
            words = _head_off(pattern, words)
        deadline = _DEADLINE.match(fold(words))
        if deadline and re.search(r"\d|底|末|前", deadline.group()):
            words = words[deadline.end():]
        if words == before:
            return words


# 治理率到2026年, 合格率均, 比例要: a deadline or a modal word left between the measure and its figure
_NAME_TAIL = re.compile(r"(?:(?:到|至|在|于)(?:(?:19|20)\d{2}年|\d{1,2}月)(?:底|末)?(?:前|之前)?|均|要|将|须|需|应|新增)+$")
# 10个村的污水治理, 4万人的饮水安全问题 → 的 joins the count to what it counts, no part of the name
_JOINT_LEAD = re.compile(r"^(?:、|和|及|与|以及|或|的|,|;)+")
# 无违建街(镇)达到全市街(镇)总数的 80%, 充分就业社区数量达到城市社区的60%: the share of them
_SHARE_OF_ALL = re.compile(r"^(.{2,}?)(?:达到|占)[^,;。]{0,12}(?:总数|总量)的$")
_SHARE_OF = re.compile(r"^(?P<part>.{2,}?)(?:达到|占)(?P<whole>[^,;。的]{2,12})的$")
# 完成完成, 建设建设改造: a word said twice where the name is stitched from a topic and its own words
_TWICE = re.compile(r"([\u4e00-\u9fff]{2,4})\1")


def _tidy_name(name: str) -> str:
    """The last pass over every name: no joint or 的 opening it, no deadline or modal word closing it, no word
    said twice in a row."""
    name = _JOINT_LEAD.sub("", name.strip())
    # 城镇固定资产投资新增200亿元: the amount added, not the total; said first, as 新增就业 is
    name = re.sub(r"^(.{2,}(?:投资|收入|产值|总额|总量|增加值|额|规模))新增$", r"新增\1", name)
    name = _SHARE_OF_ALL.sub(r"\1比例", name)
    if share := _SHARE_OF.match(name):
        part = share.group("part")
        name = part if re.search(r"(?:比例|比重|率)$", part) else f"{part}占{share.group('whole')}比例"
    tidy = _tail_off(_NAME_TAIL, name)
    name = tidy if len(tidy) >= 2 else name
    return _TWICE.sub(r"\1", name)


def _verbs_after(words: str) -> str:
    """Move or drop the verbs that open a name: 新增X → X, 治理X面积 → X治理面积, 建设提升X → X建设提升."""
    m = _VERB_RUN.match(fold(words))
    if not m:
        return words
    run, noun = words[:m.end()], words[m.end():]
    noted = re.match(r"[(（]", noun) and not _PLAIN_RUN.fullmatch(fold(run))     # 新建(改扩建)幼儿园
    if len(noun) <= 2 or re.search(r"[和及与、或]", run) or re.match(r"[和及与、或]", noun) or noted:
        return words                                    # 新开工项目, 新建和改造提升高标准农田, 新建、改扩建学校 as written
    work = _head_off(_PLAIN_RUN, run)
    if not re.search(_WORK_VERB, work):
        return noun
    measure = _MEASURE_NOUN.search(noun)
    if measure:
        return noun[:measure.start()] + work + noun[measure.start():]
    return noun + work


def _measure_word(unit: str) -> str:
    base = split_unit(unit.split("/")[0])[1]
    if base in ("人", "名"):
        return "人数"
    if base in ("人次", "户"):
        return {"人次": "人次", "户": "户数"}[base]
    if base == "元":
        return "金额"
    if base in ("亩", "公顷", "平方米", "平方公里", "平方千米"):
        return "面积"
    return "数量"


def _topic_before(text: str, masked: str, start: int, earlier: list[tuple[_Hit, Indicator]]) -> str:
    """What the previous clause of the same sentence is about: the name of its own target, if it has
    one (科技项目30项、资金7000万元), else its noun phrase (对2023泰山人才工程申报工作做好…服务)."""
    sep = start - 1
    if sep < 0 or masked[sep] not in ",、:":
        return ""
    prev_start = _clause_start(masked, sep)
    for hit, indicator in reversed(earlier):
        if prev_start <= hit.start < sep:
            return indicator.metric
    return _topic(text[prev_start:sep])


_STEADY_CHANGE = re.compile(r"(?<=..)(?:稳步|持续|不断|逐步|明显|大幅|进一步)(?:提升|提高|增长|增加|下降|降低|改善|减少)$")
_TARGET_NOTE = re.compile(r"\((?:年度)?目标$")


def _topic(clause: str) -> str:
    """The thing a clause is about, or "" when it has no clear one."""
    words = _tail_off(_TARGET_NOTE, clause.strip())        # 粮食播种面积（目标：0.07万亩）
    words = _head_off(_NAME_LEAD, words)
    words = _head_off(_TOPIC_PREP, words)
    words = _head_off(_NAME_LEAD, words)
    words = _head_off(_TOPIC_VERB, words)
    words = _head_off(_ORDINAL, words)
    words = _head_off(_NAME_LEAD, words)
    words = re.sub(r"[(（][^()（）]*\d[^()（）]*[)）]", "", words)  # 配电网改造(37个村): a note on its scope
    words = "".join(_spans_outside(_COUNT, words))          # 聚焦开发区36个重点工业项目 → 开发区重点工业项目
    words = "".join(_spans_outside(_BOUNDED_SIZE, words))   # 10千伏及以下行政村配电网 → 行政村配电网
    words = _tail_off(_TOPIC_CUT, words)
    words = _tail_off(_STEADY_CHANGE, words)               # 治理率稳步提升,到2026年达到100%: the rate, not its rise
    words = _tail_off(re.compile(r"(?:建设|工作|活动)$"), words)
    words = _head_off(re.compile(r"^(?:19|20)\d{2}(?:年度?)?"), words).strip(" ,，、")
    plain = fold(words)
    if 2 <= len(words) <= 14 and re.search(r"[\u4e00-\u9fff]", plain) and not re.search(r"\d", plain):
        return words
    return ""


_COUNT_END = re.compile(rf"{_COUNT.pattern}$")
_BOUNDED_SIZE = re.compile(r"\d+(?:\.\d+)?[\u4e00-\u9fff]{1,2}(?:及以下|及以上|以下|以上)")


def _spans_outside(pattern: re.Pattern, text: str) -> list[str]:
    parts, at = [], 0
    for m in pattern.finditer(fold(text)):
        parts.append(text[at:m.start()])
        at = m.end()
    return parts + [text[at:]]


_BOUND_BEFORE = re.compile(r"超过?|不少于|不低于|至少|约|共|近")


def _name_before(text: str, masked: str, start: int, hit: _Hit, end: int) -> str:
    """Name of a count written before its noun (完成城区一座污水处理厂提标任务 → 城区污水处理厂提标)."""
    noun = _tail_off(re.compile(r"(?:工作|任务)$"), text[hit.end:end].strip())
    noun = _TIER_NOTE_END.sub("", noun)                            # 新增60张养老床位(区级) → 养老床位
    noun = noun.removeprefix("的") if hit.unit == "%" else noun      # 90%以上的建制村通公交: 的 joins the share
    noun = _COUNTED_OF.sub(r"\1", noun)                            # 10个村的污水治理 → 村污水治理
    if noun.startswith("的") and _measure_word(hit.unit) == "面积" and not _MEASURE_NOUN.search(noun) \
            and not re.search(r"目标|任务|建设$|开工$", noun):
        noun = noun[1:] + "面积"                      # 建成3000平方米的综合服务中心: the figure is its floor area
    predicate = ""
    m = _PREDICATE.search(fold(noun))
    if m and m.start() > 0:
        noun, predicate = noun[:m.start()], noun[m.start():]
    pre = fold(text[start:hit.start])
    verb = list(_COMMIT.finditer(pre))
    between = pre[verb[-1].end():] if verb else ""
    if len(noun) > 2:
        qualifies = 0 < len(between) <= 6 and re.fullmatch(r"[\u4e00-\u9fff]+", between) and \
            not re.match(r"[和及与或、]", between) and \
            not between.endswith("等") and not any(map(_is_count, _CANDIDATE.finditer(between))) and \
            not _BOUND_BEFORE.fullmatch(between)              # 新建一所学校和两所幼儿园; 完成超230个…: no qualifier
        return (text[hit.start - len(between):hit.start] if qualifies else "") + noun
    if predicate:
        return predicate + noun                     # 5处项目秋季开学前投入使用 → 秋季开学前投入使用项目
    if verb and _PLAIN_RUN.fullmatch(verb[-1].group(0)) and (_VERB_ONLY.fullmatch(fold(noun)) or _WORK_DONE.fullmatch(noun)):
        return noun + _measure_word(hit.unit)        # 完成10万人搬迁任务 → 搬迁人数, not 完成搬迁
    if verb:
        return verb[-1].group(0) + _purpose(text, masked, end, noun)   # 推荐2所学校,参加…示范校申报 → 推荐参评示范校
    return noun


# 10个村的污水治理, 30所学校的智能黑板改造: the 的 after the places counted only joins them to the work done there
_COUNTED_OF = re.compile(r"^([\u4e00-\u9fff]{0,3}(?:村|镇|乡|街|校|院|园|小区|社区|站|室|路口|企业|家庭|人口|居民))的"
                         r"(?=[\u4e00-\u9fff]{2})")


_WORK_DONE = re.compile(r"搬迁|脱贫|征拆|征收|拆迁|种植|就业再就业|再就业")


def _is_count(m: re.Match) -> bool:
    """Is a ``_CANDIDATE`` match a count at all (一期, 一层 in words, a phase or a manner of speaking, are not)?"""
    return m.group("num")[0].isdigit() or split_unit(m.group("unit"))[1] not in _DIGITS_ONLY


def _purpose(text: str, masked: str, end: int, noun: str) -> str:
    """``参评`` and the kind of thing when the next clause says what the count is put forward for."""
    if masked[end:end + 1] not in (",", ":"):
        return noun
    clause = text[end + 1:_clause_end(masked, end + 1)]
    if not _PURPOSE.match(fold(clause)):
        return noun
    topic = _topic(_head_off(_PURPOSE, clause))
    last = re.split(r"[、和及与]", topic)[-1] if topic else ""
    return "参评" + (last if last and last[-1] == noun[-1] else noun)


def _comparator(pre: str, post: str) -> str:
    if post == "左右":
        return "~"
    if post in ("以下", "及以下", "以内", "之内"):
        return "<="
    if post in ("以上", "及以上"):
        return ">="
    tail = _PER_HEAD_TAIL.sub("", pre.rstrip())             # 控制在每人每月…元: the words before the per-head ones
    tail = re.sub(r"(力争|争取)$", "", tail)
    if _LE_TAIL.search(tail):
        return "<="
    if _APPROX_TAIL.search(tail):
        return "~"
    if tail.endswith("的"):                              # 不低于当地标准的1.6倍: the bound is said before the base
        bound = list(_BOUND_WORD.finditer(tail))
        if bound and bound[-1].group("le"):
            return "<="
    return ">="


_BOUND_WORD = re.compile(rf"(?P<le>{_LE_BOUND})|不低于|不少于|高于|超过|达到")


# The area sown to a crop (粮食播种面积, 油菜种植面积) is set once in its season and then stands: judged at its
# full value whenever reported, not pro-rated over the months (assess.judge_level). What the harvest yields
# (粮食总产量) comes in over the year's harvests and stays cumulative; so does new area (新增种植面积), caught
# by _INCREMENT first.
# 扩充公办幼儿园学位至1800个, 提升病床数到500张: what the stock is brought to (as 增加到/提高到 …), a level.
# (第三产业增加值达到1000亿元: 增加值, value added, is a noun, the year's flow, not a raising.)
_RAISED_OBJECT_TO = re.compile(r"(?:扩充|扩大|扩容|增加(?!值)|提高|提升|充实|增长)[^,;。:\d]{1,16}?(?:至|到)$")
_SOWN_AREA = re.compile(r"(?:播种|种植|复种)面积|(?:粮食|油菜|油料|大豆|玉米|水稻|小麦|棉花|蔬菜|马铃薯)面积")
# 全年战略性新兴产业产值突破700亿元: a year's output value (产值), known once the year's accounts are in, is
# labelled a level across the corpus (新增…产值, added output, is counted up: ``_INCREMENT`` reads it first); so is
# 永久基本农田保护面积, the land kept under protection, a stock. (产量 is left cumulative: the samples label
# 粮食总产量 so, while the corpus labels it a level; the two conventions disagree.)
_OUTPUT_OR_KEPT = re.compile(r"产值|保护面积")


# A reserve of goods kept on hand (储备活体生猪, 储备粮, 冻猪肉储备) stands at its figure all year, as 存栏 does; a
# pipeline of projects or firms lined up (储备项目, 储备企业) is counted as it is built up.
_RESERVE = re.compile(r"储备(?!项目|企业|人才|干部|库)|库存")


_YEARS_WITHIN = re.compile(r"(?:\d+|[一二两三四五六七八九十])年内")
# 到2025年,社会消费品零售总额达到3.5万亿元; 未来五年,地区生产总值突破1万亿元: a year's flow (output, revenue,
# sales) set for a horizon years ahead is the figure of the horizon's year, a level to stand at then, not a sum
# built up over this year (全年地区生产总值达到678亿元 stays cumulative: this year's flow, pro-rated). So is a cap
# on a year's use set for such a horizon (到2020年,全市用水总量控制在11.88亿立方米以内).
_FLOW_TOTAL = re.compile(r"生产总值|总产值|增加值|营业收入|销售收入|财政总收入|预算收入|财政收入|零售总额|进出口总额|"
                         r"出口总额|交易总额|总产量|营业额|销售额|GDP|用水总量|能源消费总量|能耗总量|排放总量")
_HORIZON = re.compile(r"(?:未来|今后)(?:\d+|[三五十两])年|到20\d\d年(?![底末])|(?:\d+|[三五十两])年后|期末")


# 实现10万台以上电梯维保透明全覆盖, 筛查全覆盖(5000人): full coverage reached by a count of the things or people
# covered, built up as the year goes (cumulative); 对全市34所学校实行课后服务全覆盖: the count is the area's whole stock,
# every one of them covered all year (a level).
# 实现近湖、近河、近城110个村生活污水全收集: a count of places each brought to the whole of a service (全收集,
# 全处理, 全覆盖) counts the places reached, built up through the year like 全覆盖's; the area's whole stock (全县所有村)
# stays a level.
# 实现260个城市交通一卡通互联互通: places each joined up with the rest (互联互通) are the same, counted as the
# year joins them.
_FULL_REACH = re.compile(r"全(?:覆盖|收集|处理|达标|接入)|互联互通")
# 就业困难人员实现就业60人, 帮助…实现再就业: 实现 before going into work counts the people placed as the year goes
# (a flow, as 新增就业 is), not a stock reached at its end.
_INTO_WORK_DONE = re.compile(r"实现(?:再|转移|稳定|灵活|自主)?(?:就业|创业)$")
# 下岗失业人员再就业人数达到800人, 农村劳动力转移就业人数达到1000人: the people who go back into work (or move into it)
# in the year, even "reached": a flow counted up, as 新增就业 is (城镇就业人数, all in work, stays a stock).
_PLACED_IN_WORK = re.compile(r"(?:再|转移)就业(?:人数|人员)$")
_WHOLE_STOCK = re.compile(r"(?:全省|全市|全州|全区|全县|全镇|全乡|辖区|所有|全部)(?:的)?$")


# 城镇居民人均可支配收入比上年增加1530元: an amount the measure rises by on last year is what this year adds to it,
# built up as the year goes (cumulative), even of a level measure (人均, 率): the level it reaches (达到21200元) is
# said apart.
_ADDED_ON_LAST_YEAR = re.compile(r"(?:比上年|较上年|比去年|较去年|同比)(?:增加|增长|多增)$")
_KINDS = ("种", "类")                                    # measure words of kinds (20种技术), not of things
_COUNT_REACHED = re.compile(rf"{_STATE.pattern}|突破")      # a count reached or passed (企业达到16家, 突破600家)
_HELD_AT = re.compile(r"(?:保持|保持在|稳定在)$")
# 失业登记人数控制在732人, 登记失业人数控制在10410人内: a headcount held under a cap is the people on a register at
# any one time, a stock kept below its figure all year (a level), not people added up as the year goes. Deaths
# (死亡人数控制在12人以内) are counted as the year goes, so they stay cumulative.
_CAPPED = re.compile(r"控制在$")
_COUNTED_AS_IT_GOES = re.compile(r"死亡|伤亡|事故")


def _kind(pre: str, sentence: str, hit: _Hit, metric: str) -> str:
    """``level`` for rates, shares and stocks (not pro-rated over the year), else ``cumulative``."""
    per_head = bool(_PER_HEAD_TAIL.search(pre.rstrip()))
    tail = re.sub(r"(力争|争取|要|将)$", "", _PER_HEAD_TAIL.sub("", pre.rstrip()))
    rate_unit = hit.unit.endswith(("%", "‰", "百分点", "工作日", "小时", "天", "倍")) or "/" in hit.unit
    if hit.unit == "天" and re.search(r"天数$", metric):
        # 全年优良天数不少于202天: days of a kind counted as the year goes (about half by July), judged
        # pro-rated; a time limit in days (办结时间3天, 压缩至5天) stays a level. 优良天数保持310天以上: the
        # figure the count is kept at, year on year, a standing level.
        return "level" if _HELD_AT.search(tail) else "cumulative"
    metric = re.sub(r"(?:盘活|消化|处置|利用)存量", "", metric)   # 盘活存量土地400亩: work done, not a stock
    if not rate_unit and _ADDED_ON_LAST_YEAR.search(tail):
        return "cumulative"                             # 人均可支配收入比上年增加1530元: what the year adds
    if rate_unit or _LEVEL_METRIC.search(metric) or _LEVEL_TAIL.search(tail) or _RAISED_OBJECT_TO.search(tail) \
            or _PER_POPULATION.search(metric) or _DESIGN_SIZE.search(tail):
        return "level"
    # 每人每月609元, 人均…元, 孤儿养育标准…元: a standard per head, paid at that rate all year, not a sum.
    # 救助水平, 补差水平 …元: the amount a benefit is paid at, a standard too.
    if per_head or re.search(r"(?:人|户|生)均", metric) or (hit.unit.endswith("元") and re.search("标准|水平", metric)):
        return "level"
    if _FLOW_TOTAL.search(metric) and _HORIZON.search(sentence):
        return "level"
    if _ENROLLED_REACHED.search(tail) and not _INCREMENT.search(pre):
        return "level"
    if _FREQUENCY_UNIT.fullmatch(hit.unit) and _FREQUENCY.search(pre):
        return "level"                                  # 每月…活动不少于2场: a standard kept each month, not a sum
    if _HEADS_UNIT.fullmatch(hit.unit) and _CAPPED.search(tail) and not _COUNTED_AS_IT_GOES.search(metric):
        return "level"                                  # 失业登记人数控制在732人: the register's headcount, capped
    if _INCREMENT.search(pre):
        return "cumulative"
    if _SOWN_AREA.search(metric):
        return "level"                                  # 粮食播种面积4600万亩: the area under the crop this season
    if _OUTPUT_OR_KEPT.search(metric):
        return "level"                                  # 产业产值突破700亿元: the year's output, known at its end
    if "覆盖" in metric and not ("全覆盖" in metric and not _WHOLE_STOCK.search(pre)) and not hit.unit.endswith("次"):
        return "level"                                  # 千兆光网覆盖家庭1500万户: how far it reaches, a stock
    # (服务覆盖学生不少于100万人次: visits served as the year goes, a flow counted up.)
    if _RESERVE.search(metric):                         # 储备活体生猪10.8万头: a stock kept on hand all year
        return "level"
    if hit.unit in _COUNTERS and _FULL_REACH.search(metric) and not _WHOLE_STOCK.search(pre):
        return "cumulative"                             # 实现…110个村生活污水全收集: the places reached this year
    if hit.unit in _COUNTERS and (_INTO_WORK_DONE.search(pre) or _PLACED_IN_WORK.search(metric)):
        return "cumulative"                             # 就业困难人员实现就业60人: people placed in work this year
    # "企业达到16家", "年底全市实现…1处": a count of what exists at the end of the year. (5年内培训农民达到40000名:
    # a total built up over the years the sentence gives, counted up.) 适宜技术达到20种以上: how many kinds are on
    # offer, a range that stands, the same shape. 高新技术企业突破600家: the count passing a mark is the same stock
    # reached (新增…突破50家, 引进…突破10个 say what is added, read as such above).
    counted = hit.unit in _COUNTERS or hit.unit in _KINDS
    if counted and (_COUNT_REACHED.search(pre) or "年底" in sentence) and not _YEARS_WITHIN.search(sentence):
        return "level"
    return "cumulative"


def _is_range(masked: str, hit: _Hit) -> bool:
    return hit.low >= 0


def _plain(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value

