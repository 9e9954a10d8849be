"""Responsibility markers: which departments a task names, in which order, who leads, which persons.

    >>> read_marker("责任领导:王某某;牵头单位:区发改局;配合单位:区财政局等有关部门")
    Marker(departments=('区发改局', '区财政局'), leaders=('王某某',), due='')
    >>> split_departments("X局、Y局负责，列第一位者为牵头单位，下同")
    ('X局', 'Y局')
    >>> split_marker("推进节水。(责任单位:市水务局)")
    ('推进节水。', '责任单位:市水务局')

Notices write the same thing in many ways: a bracket of either width (or a square one, or none, or
only half of one) before or after the final 。, labelled groups (牵头单位:…;配合单位:…), plain
phrases (X牵头，Y配合 / X主办，Y协办 / X、Y负责), a bracket closing the item that lists units and nothing else
(…增长7%以上。（市发展改革委，各县〔市、区〕政府）), a clause at the head of an item (由X承办，Y协办。, ``head_markers``), a
note on the order (列第一位者为牵头单位，下同), a 责任领导 who is a person, collectives that list kinds of
place (各县、市、区政府), and words that are not part of a name (等有关部门, 按职责分工, 会同). ``read_marker``
turns any of them into departments as written, lead first, and the persons apart. A section heading may name
who answers for the items under it: units (``heading_units``) or a person (``heading_persons``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .chinese import cn_number, fold

__all__ = ["Marker", "ROLE", "covering_marker", "LEADER_ROLE", "DUE_ROLE", "DIVISION_ROLE", "CONTENT_ROLE", "content_line",
           "HELPING", "head_markers", "heading_persons",
           "heading_units",
           "marker_line", "read_marker",
           "split_content", "split_departments", "split_head_markers", "split_marker", "split_markers"]

# 责任单位, 牵头部门, 主要责任单位, the compounds 牵头责任单位 / 协同责任单位 (lead / co-operating), and the
# co-operating 主要协作单位 / 配合单位 / 参与单位 / 协办单位, and 配合实施单位 / 协助实施单位 (a co-operating role
# joined to the work it does, as 牵头责任单位 joins the lead to its responsibility)
# A label may name what it answers for first: 项目责任单位, 工作牵头单位, 任务责任领导, 项目实施时间 are the same labels.
_OF = r"(?:项目|工作|任务)?"
# The words of helping a lead (配合, 协同 …): the co-operating units' labels and columns (协同责任单位, 配合部门)
HELPING = r"(?:协同|配合|协助|参与|协办|协作)"
ROLE = (rf"{_OF}(?:主要|具体|牵头|协同|配合|协助|参与)?(?:责任|负责|牵头|配合|参与|协办|协同|协作|主办|主责|承办|协助|实施)"
        r"(?:单位|部门)"
        r"(?:\(部门\))?|责任主体|牵头(?:单位)?和责任单位")
# 责任领导, 分管市领导, 分管省领导, 省政府分管领导, 挂点县领导: the persons who answer for the task
LEADER_ROLE = (rf"{_OF}(?:省|区|市|县)?(?:政府)?(?:责任|牵头|分管|包抓|联系|主抓|领衔|挂点|挂钩|包联|督办|协管)(?:负责)?"
               r"(?:省|市|区|县)?(?:政府)?领导")
# 完成时限, 时间要求; 项目实施时间 / 建设期限, a period whose end is the deadline (2026年1月-2026年10月 → 10月底)
# 整改时限 / 整改期限 / 办结时限: a 整改清单's deadline (整改时限:2024年6月30日 had left 整改 as a unit)
DUE_ROLE = (rf"{_OF}(?:完成时限|完成时间(?:要求)?|时间要求|时间节点|时限要求|完成期限|时限|实施时间|实施期限|建设期限|建设时间"
            r"|整改时限|整改期限|整改时间|办结时限)")
# 项目责任人 / 具体责任人: a person answering for the work below its leaders (a unit's head). Read as a label, so
# the line belongs to its item and ends the names before it, but, as the corpus labels it (ningbo_2014: 牵头领导
# the leader, 项目责任人 neither leader nor department), its persons are not the task's leaders.
PERSON_ROLE = rf"{_OF}(?:具体)?责任人"
# 部门分工: 省发展改革委牵头，各地、各部门配合。 — a division of the work, its value a plain marker (X牵头，Y配合)
DIVISION_ROLE = r"(?:部门|责任|任务|工作|职责)?分工"
# 任务目标 / 目标任务 / 工作目标 / 建设内容 / 主要内容: a field of the item saying what it is to achieve. It names no
# one, but ends the names of a label before it on the same line (责任单位:莲塘镇任务目标:2024年计划改造…), and its
# words are the task's own (``split_content``), where its targets are read.
CONTENT_ROLE = r"(?:任务目标|目标任务|工作目标|年度目标|建设内容|主要内容|工作内容|建设规模)"
# Fields of a progress table (备注, 完成情况, 进展情况): they end the names before them and are no part of the task.
_NOTE_ROLE = r"(?:备注|实际完成情况|完成情况|进展情况|工作进展|进度情况)"
_LABEL = re.compile(rf"({ROLE}|{LEADER_ROLE}|{DUE_ROLE}|{PERSON_ROLE}|{DIVISION_ROLE}|{CONTENT_ROLE}|{_NOTE_ROLE})"
                    r"\s*[:：]")
_CONTENT = re.compile(rf"{CONTENT_ROLE}\s*[:：]")
_NO_ONE_ROLE = re.compile(rf"{CONTENT_ROLE}|{_NOTE_ROLE}")      # labels whose value names no one
# The label of those who answer for a task, units or leaders, in folded text (责任单位:, 分管领导:).
_WHO_LABEL = rf"(?:{ROLE}|{LEADER_ROLE})\s*:"
# a bracket's inside that is a marker by its label (``_is_marker``); a line that is a marker (``marker_line``)
_MARKER_HEAD = re.compile(rf"^{_WHO_LABEL}")
_MARKER_LINE = re.compile(rf"^(?:{ROLE}|{LEADER_ROLE}|{DUE_ROLE}|{PERSON_ROLE}|{DIVISION_ROLE})\s*:")
_LEAD_ROLE = re.compile(r"^(?:主要)?(?:责任|负责|牵头|主办|主责|承办)")
_NAMED_LEAD = re.compile(r"^(?:主要)?(?:牵头|主办|主责|承办)")
# Another field of the marker (负责部门：X；适用范围：浙江自贸试验区, 备注：…): it ends the names before it.
_OTHER_FIELD = re.compile(r"[,;，；]\s*[\u4e00-\u9fff]{2,8}\s*[:：]")
_OPEN, _CLOSE = "(（[［【〔", ")）]］】〕"
# "列第一位者为牵头单位，下同", "排在第一位的部门为牵头部门", "列第一位的责任单位为牵头单位或汇总单位": notes on
# the order, true of every marker of the notice, and no department. The note may be a sentence of its own inside the
# first marker, with the case it rules: (由A、B负责。一项任务涉及多个部门的，原则上由排名首位的部门牵头负责。下同).
_ORDER_CASE = r"(?:(?:一项|每项)?(?:任务|工作|事项)?涉及(?:多个|两个及以上|两个以上)(?:部门|单位)的[,，]\s*)?(?:原则上)?由?"
_ORDER_NOTE = re.compile(rf"[,;，；。]?\s*{_ORDER_CASE}(?:排在|排名|排|列在|列|位列|居)?(?:第一位|首位)(?:的|者)?(?:责任)?"
                         r"(?:单位|部门)?(?:为|是)?牵头(?:单位|部门)?(?:负责)?"
                         r"(?:或汇总单位)?(?:[,;，；。]\s*下同)?|[,;，；。]\s*下同\s*$")
# The same note in brackets after the last name: 市卫生健康委（除标注“分别牵头”外，列第一位为牵头或汇总单位，下同）.
# It says what the order means (the first leads, as read anyway) and is no part of the name.
# So is 县发改局（按职责分工负责）: a duty phrase (see ``_DUTY``) in brackets.
_NOTE_GROUP = re.compile(r"\s*[(（][^()（）]*(?:下同|第一位|标注|汇总单位|按(?:照)?(?:各自)?职责)[^()（）]*[)）]")
# 市发改委（牵头）、市财政局（配合）: a role written after a name, in brackets; the one marked to lead goes first.
_POST_GROUP = re.compile(r"(?<=\S)\s*[(（][^()（）]+[)）]\s*$")
_ROLE_MARK = re.compile(r"\s*[(（]\s*(牵头|主办|主责|配合|协办|参与|协助)(?:单位|部门)?\s*[)）]\s*$")
# X牵头，Y配合 / X主办，Y协办 / X主责，Y协同: the unit before the lead word leads
_LEAD_WORD = r"(?:牵头负责|牵头|主办|主责)"
_PLAIN_LEAD = re.compile(rf"^(.*?){_LEAD_WORD}[,;，；、]?(.*)$")
_LEAD_CLAUSE = re.compile(rf"{_LEAD_WORD}[,;，；]?$")     # a clause of a plain marker naming the lead (…，X牵头)
# (分工负责, like 按职责分工负责: each its own part of the work, a role phrase and no part of the name)
_DUTY = re.compile(r"(?:按职责分工|按照职责分工|按各自职责|按职责|根据职责|依职责|分工(?=负责|落实|推进|实施|配合))?(?:分别|共同|具体)?"
                   r"(?:牵头负责|牵头|负责|配合|参与|落实|推进|实施|主办|主责|协办|协同|协助)?$")
# 等, 等有关部门, 等相关单位, 等有关部门和单位, 等部门, 等区级有关部门, 等市直相关单位: "and others", never part of a name;
# so is 等部门、单位 (…有限公司等部门、单位,大碶街道), its two kinds listed with 、 (joined back by ``_names``)
_ETC = re.compile(r"等(?:(?:[省市区县镇乡]级|[省市区县]直)?(?:有关|相关|其他)?(?:部门|单位)(?:[和及、](?:部门|单位))?)?$")
# the second kind of such a phrase, split off at its 、: 单位 after …等部门
_ETC_KIND = re.compile(r"(?:部门|单位)")


@dataclass(frozen=True)
class Marker:
    """What a marker names: departments as written (lead first), persons, and a deadline's words."""

    departments: tuple[str, ...]
    leaders: tuple[str, ...] = ()
    due: str = ""

    def __add__(self, other: "Marker") -> "Marker":
        return Marker(_unique(self.departments + other.departments), _unique(self.leaders + other.leaders),
                      self.due or other.due)


# …。责任单位：A、B closing the paragraph with no bracket (``split_marker``)
_CLOSING_MARKER = re.compile(rf"(?<=[。;；.])\s*({_WHO_LABEL}.+)$")
# a sentence after it that is another field of the marker (配合单位：Y。, 完成时限：…。, 进展情况：…。), not the item's
_FIELD_SENTENCE = re.compile(rf"(?:{ROLE}|{LEADER_ROLE}|{DUE_ROLE}|{PERSON_ROLE}|{_NOTE_ROLE})\s*:")


def split_marker(text: str) -> tuple[str, str | None]:
    """``…任务。(责任单位:A、B)`` or ``…任务(责任单位:A、B)。`` → (``…任务。``, ``责任单位:A、B``)."""
    stripped = text.rstrip()
    trail = ""
    if stripped[-1:] in ("。", ".") and stripped[:-1].rstrip()[-1:] in _CLOSE:
        trail, stripped = "。", stripped[:-1].rstrip()
    if stripped[-1:] in _CLOSE and (start := _open_bracket(stripped)) is not None:
        inside = stripped[start + 1:-1]
        # A bracket that is the whole line ((市发改委、农委、人保局,各市(县)、区政府) under the item's sentence)
        # comes after the item's last sentence as surely as one after its full stop.
        before = fold(stripped[:start]).rstrip()
        if not _is_alias(stripped[:start], inside) and (
                _is_marker(inside) or _is_unit_list(_without_when(_before_due(inside)),
                                                    after_stop=before[-1:] in ("", "。", ";", "；", "."))):
            return stripped[:start].rstrip() + trail, inside
    # A bracket opened and never closed: …。（责任单位：市发改局 (a name's own brackets are closed)
    for start in (i for i in range(len(stripped) - 1, 0, -1) if stripped[i] in _OPEN):
        rest = stripped[start:]
        unmatched = sum(ch in _OPEN for ch in rest) > sum(ch in _CLOSE for ch in rest)
        if unmatched and _is_marker(rest[1:]):
            return stripped[:start].rstrip() + trail, rest[1:]
    # No bracket at all, closing the paragraph: …。责任单位：A、B  (or a closing bracket without its opening).
    # The marker ends at its full stop: a sentence after it (…。牵头单位：X；配合单位：Y。各单位要…) is the item's.
    m = _CLOSING_MARKER.search(fold(text))
    if m:
        marker, _, after = text[m.start(1):].partition("。")
        # 牵头单位：X。配合单位：Y。完成时限：…: each field a sentence of its own, every one the marker's
        while _FIELD_SENTENCE.match(fold(after).strip()):
            field, _, after = after.strip().partition("。")
            marker += ";" + field.strip()
        body = text[:m.start()].rstrip() + (after.strip() if after.strip(" " + "".join(_CLOSE)) else "")
        return body, marker.strip().rstrip("".join(_CLOSE) + ".").strip()
    if closing := _closing_plain(text) or _closing_by(text):
        return closing
    return text, None


# …共投资220万元。由县民族局、民族乡政府共同组织实施。: the item's last sentence is nothing but 由, the units and the verb of carrying
# the work out, so it says who answers for the item, the first named leading (as a bracket's list is read).
# Each name must be one (no figure, no role word); the first and the last must read as units, while one
# between may be a kind sharing the last one's ending (县民族局、水利、电力部门: 水利 as written). A sentence with words of
# its own before 由 (具体工作由市发改委牵头负责。) is the item's, and stays so.
_CLOSING_BY = re.compile(r"(?<=[。;])\s*由(?P<units>[^。;:,()\d]{2,60}?)(?:共同|分别|具体)?"
                         r"(?:组织实施|负责实施|牵头负责|负责|实施|承办)[。;]?\s*$")


def _closing_by(text: str) -> tuple[str, str] | None:
    """``…共投资40万元。由A局、B部门共同组织实施。`` → (``…共投资40万元。``, ``A局、B部门``); None for any other text."""
    m = _CLOSING_BY.search(fold(text.rstrip()))
    if m is None:
        return None
    names = [fold(name).strip() for name in _names(m.group("units"))]
    if not names or any(not name or len(name) > 20 or re.search(r"负责|牵头|配合|参与|协办|协助|组织|实施", name)
                        for name in names):
        return None
    if not all(_reads_as_unit(name) or _COLLECTIVE.match(name) for name in (names[0], names[-1])):
        return None
    return text[:m.start()].rstrip(), text[m.start("units"):m.end("units")].strip()


# …确保新增孵化器3家。区科技局主办，各街道、板块协办 / …加快市场化进程。高新区管委会、区科技局主办: a plain marker
# (X主办，Y协办 / X、Y牵头 / X负责) whose brackets the copy lost (or kept only the closing one), closing the paragraph
# after its last full stop with no stop of its own. Words after an item's last sentence that end on a role and name
# units before it can only be its marker; so the units before the lead word must all read as units (as a bracket's
# list must, ``_is_unit_list``), and the helpers' group must name at least one (街道、板块: a kind of place the notice
# names beside a sure one is kept as written). A sentence of the item ending on 负责 keeps its full stop
# (…由各镇街负责。) and is not this shape; nor are words with a figure, a colon or a bracket opened before them.
_CLOSING_PLAIN = re.compile(r"(?<=[。;.])\s*([^。;.:()]+?)\s*\)?\s*$")
_PLAIN_PARTS = re.compile(rf"^(?P<lead>.+?)(?:{_LEAD_WORD}|负责)(?:[,;、](?P<co>.*))?$")


def _closing_plain(text: str) -> tuple[str, str] | None:
    """``…任务。X主办，Y协办`` → (``…任务。``, ``X主办，Y协办``); None for any other text."""
    folded = fold(text.rstrip())
    m = _CLOSING_PLAIN.search(folded)
    if m is None or not _is_marker(m.group(1)):
        return None
    words = text[m.start(1):m.end(1)]
    parts = _PLAIN_PARTS.match(fold(words).strip())
    if parts is None or re.search(r"\d|.由", parts["lead"]) or not _is_unit_list(parts["lead"], after_stop=True):
        return None
    if parts["co"] is not None:
        helpers = [_clean(name) for name in _names(parts["co"])]
        if not all(helpers) or re.search(r"\d", parts["co"]) or not any(
                _ends_like_unit(name) or _COLLECTIVE.match(name) or _GENERIC.fullmatch(name) for name in helpers):
            return None
    return text[:m.start()].rstrip(), words.strip()


def split_markers(text: str) -> tuple[str, tuple[str, ...]]:
    """Every marker of a task, in written order, and the text without them.

    A task may name who does what sentence by sentence: ``…环境。（市场监管总局负责）加强…服务。（体育总局、
    教育部负责）``. The departments of all its markers are the task's, lead first.

    >>> split_markers("推进改革。（A局负责）加强服务。（B局、C局负责）")
    ('推进改革。加强服务。', ('A局负责', 'B局、C局负责'))
    """
    body, last = split_marker(text)
    inner: list[str] = []
    kept, at = [], 0
    for start, end in _bracket_groups(body):
        if _is_marker(body[start + 1:end]):
            kept.append(body[at:start])
            inner.append(body[start + 1:end])
            at = end + 1
    kept.append(body[at:])
    # …完成。（牵头单位：X）。因地制宜…: the marker between two full stops leaves one sentence end, not two
    body = re.sub(r"([。；;])\s*(?:[。；;]\s*)+", r"\1", "".join(kept))
    body, clauses = _split_inline_clauses(body)
    return body, tuple(inner) + clauses + ((last,) if last is not None else ())


# 1、农村道路畅通工程，牵头部门：市交通局。建设进度…: a labelled marker with no bracket, a clause of its own after
# the item's title and a comma, closed by the full stop; the sentences after it are the item's. Its value must
# read as units (or name persons, for a leader's label), so a clause that merely mentions a role is left alone.
_INLINE_LABEL = rf"{_WHO_LABEL}[^。;:()]+?"
_INLINE_CLAUSE = re.compile(rf"\s*,\s*({_INLINE_LABEL}(?:;\s*{_INLINE_LABEL})*)\s*(?=。|$)")
# (一)适龄女生HPV疫苗接种牵头责任部门:县卫生健康委员会: the same clause run straight onto the title with no comma
# (a heading copied from a table's two cells). Only a department's role label can be told from the title's own
# words this way, and its value must still read as units, with no comma, closing the sentence.
_RUN_ON_CLAUSE = re.compile(rf"(?<=[\u4e00-\u9fff)])((?:{ROLE})\s*:[^。;:(),]+?)\s*(?=。|$)")


# 增长8%(依据…),责任单位为区经信局;: the role said in a sentence (X为Y, no colon) as a clause of its own after a comma,
# closing its sentence (at 。 or ;, the next indicator after it) or the paragraph. Its value must read as units, as an
# inline label's must (责任单位为牵头单位, a note on the order, names none). After a clause that names a role itself
# (2项任务的牵头单位均为A,配合部门为B, a line covering the items before it) it is that line's second role, no marker
# inside an item's text.
_STATED_CLAUSE = re.compile(rf"\s*,\s*((?:{ROLE})为(?!牵头)[^。;:(),]+?)\s*(?=[。;]|$)")
_ROLE_NAMED = re.compile(ROLE)
_ROLE_STATED = re.compile(rf"(?:{ROLE})(?=为)")     # the whole role before 为 (牵头单位和责任单位, not 牵头单位)
# 建设人才公寓500套，区人才办牵头，区住建局、区财政局配合。: a plain marker (X牵头，Y配合) with no bracket, as the
# clause closing the item's sentence. Both halves are needed (…以上，X负责。 alone is the subject of the sentence's
# work, read by the notice as such), and every name must read as a unit.
_PLAIN_CLAUSE = re.compile(rf"\s*,\s*([^。;:(),]+?{_LEAD_WORD},\s*[^。;:(),]+?(?:配合|参与|协助|协办|协同))\s*(?=。|$)")


def _split_inline_clauses(text: str) -> tuple[str, tuple[str, ...]]:
    """Unbracketed marker clauses inside ``text`` (``…工程，牵头部门：市交通局。…``) and the text without them."""
    found, kept, at = [], [], 0
    folded = fold(text)
    clauses = list(_INLINE_CLAUSE.finditer(folded)) or list(_RUN_ON_CLAUSE.finditer(folded)) \
        or list(_STATED_CLAUSE.finditer(folded)) or list(_PLAIN_CLAUSE.finditer(folded))
    for m in clauses:
        words = text[m.start(1):m.end(1)]
        if m.re is _STATED_CLAUSE:
            opened = max(folded.rfind("。", 0, m.start()), folded.rfind(";", 0, m.start())) + 1
            if _ROLE_NAMED.search(folded, opened, m.start()):
                continue
            role = _ROLE_STATED.match(fold(words))
            words = words[:role.end()] + ":" + words[role.end() + 1:]     # 责任单位为X is 责任单位:X
        marker = read_marker(words)
        if not (marker.leaders or marker.departments) or not all(
                _ends_like_unit(name) or _COLLECTIVE.match(name) for name in map(fold, marker.departments)):
            continue
        found.append(words)
        kept.append(text[at:m.start()])
        at = m.end()
    kept.append(text[at:])
    return "".join(kept), tuple(found)


# A marker at the head of an item, as a clause of its own: 由省经贸委承办，省农业厅、卫生厅协办。 / （一）由X负责，
# Y、Z配合，加快… Both halves must name organisations (a name ending 局, 委, 厅, 中心, 政府 …), so a sentence that
# merely says someone does something (省农业厅做好…) is not taken for one.
_ORG = (r"[\u4e00-\u9fff][\u4e00-\u9fff()]{0,29}?(?:局|委|厅|办|部|院|所|站|中心|政府|管委会|公司|集团|队|会|行|署|馆|社|处|科|股|室|"
        r"团|组|单位|部门)")
# 各乡镇, 各街道, 各镇（街道）: the places' governments as one collective, named as often as any unit among those
# who help (由县交通局负责，各乡镇配合，…)
_EACH_PLACE = r"各(?:乡镇|镇街|镇|乡|街道|县区|区县)(?:\([^()]{1,6}\))?"
_ORGS = rf"(?:{_ORG}|{_EACH_PLACE})(?:[、和](?:{_ORG}|{_EACH_PLACE}))*(?:等(?:有关|相关)?(?:部门|单位)?)?"
# A person and post (袁家军省长, 王某副市长; the post may be a body and a role: 张盈军区政府党组成员, 李某市政府秘书长,
# 王某区委常委, 赵某党组书记), in headings (``heading_persons``) and head markers.
_BODY = r"(?:[省市区县州旗镇乡](?:人民政府|政府|委|人大常委会|政协)?)?(?:党组)?"
_POST = (r"(?:(?:常务)?副?(?:省长|市长|区长|县长|州长|旗长|镇长|乡长|书记|主任|秘书长)"
         rf"|{_BODY}(?:党组成员|党组副?书记|常委|副?秘书长|副?书记|(?:常务)?副?(?:省长|市长|区长|县长|州长|旗长)))")
_PERSON_NAME = r"[\u4e00-\u9fff·]{2,4}?"
# 由杨某副市长负责，市发改委牵头，相关部门配合，…: the head marker may first name the person who answers for the item.
_HEAD_PERSON = rf"(?:由?(?P<person>{_PERSON_NAME}){_POST}(?:同志)?(?:负责|牵头|主抓|分管|领衔)[,]\s*)?"
_HEAD = re.compile(rf"(?:^|(?<=[。;:]))\s*(?:\(?[一二三四五六七八九十\d]{{1,3}}[)、.]\s*)?{_HEAD_PERSON}由?(?P<lead>{_ORGS})"
                   rf"(?:承办|牵头负责|牵头|负责|主办)[,](?P<co>{_ORGS})(?:协办|配合|参与|协助)(?P<end>[。;,]?)")


def head_markers(text: str) -> tuple[str, ...]:
    """Markers written as a clause at the head of an item or sentence (``由X承办，Y协办。``), as labelled
    markers (``牵头单位:X;配合单位:Y``) for ``read_marker``.

    >>> head_markers("由乡三农服务中心承办，乡畜牧站、卫生院配合。治理工作目标：…")
    ('牵头单位:乡三农服务中心;配合单位:乡畜牧站、卫生院',)
    """
    return split_head_markers(text)[1]


def split_head_markers(text: str) -> tuple[str, tuple[str, ...]]:
    """``head_markers`` and the text without the clauses that are nothing but a marker (…协办。)."""
    folded = fold(text)
    markers, kept, at = [], [], 0
    for m in _HEAD.finditer(folded):
        named = m.group("person") and not _NOT_A_NAME.search(m.group("person"))    # 由市政府副市长负责: no name
        person = f"责任领导:{text[m.start('person'):m.end('person')]};" if named else ""
        markers.append(f"{person}牵头单位:{text[m.start('lead'):m.end('lead')]};配合单位:{text[m.start('co'):m.end('co')]}")
        if m.group("end") in ("。", ";") and not re.match(r"\s*[(\d一二三四五六七八九十]", folded[m.start():]):
            kept.append(text[at:m.start()])
            at = m.end()
    kept.append(text[at:])
    return "".join(kept), tuple(markers)


# A section heading that names who answers for every item under it: 一、县示范区管委会牵头工作（8项）,
# 市发改委负责的工作, 由市住建局牵头. The units must read as organisations (see ``_ORG``).
# What follows who in such a heading: 的, (重点)工作/任务/事项/项目/清单, and a tally in brackets (（8项）).
_HEADING_TAIL = r"(?:的)?(?:重点|主要)?(?:工作|任务|事项|项目)?(?:任务|事项|清单)?\s*(?:\([^()]*\))?$"
_HEADING_UNITS = re.compile(rf"^由?(?P<units>{_ORGS})(?:牵头负责|牵头|负责|承办|主办|主责){_HEADING_TAIL}")


def _heading(title: str) -> str:
    """A section heading as the heading patterns read it: folded, without its closing stop or colon."""
    return fold(title).strip().rstrip("。.:：")


def heading_units(title: str) -> tuple[str, ...]:
    """The units a section heading makes responsible for its items, or ().

    >>> heading_units("县示范区管委会牵头工作（8项）")
    ('县示范区管委会',)
    >>> heading_units("加强组织领导")
    ()
    """
    m = _HEADING_UNITS.match(_heading(title))
    if m is None:
        return ()
    return read_marker("牵头单位:" + title.strip()[m.start("units"):m.end("units")]).departments


# A section heading that names the person who leads its items: 一、袁家军省长主抓重点工作, 王某副市长分管工作（12项）.
# (The person's name and post, ``_PERSON_NAME`` and ``_POST``, are defined with the head markers above.)
_NAME_AND_POST = re.compile(rf"({_PERSON_NAME}){_POST}")
_HEADING_VERB = rf"(?:同志)?(?:主抓|分管|牵头|领衔|包抓|联系|负责)(?:负责)?{_HEADING_TAIL}"
_HEADING_PERSONS = re.compile(rf"^(?P<persons>(?:{_PERSON_NAME}(?:{_POST})?[、和])*{_PERSON_NAME}{_POST}){_HEADING_VERB}")
# The post may come first, as a title before a name: 一、区长陈兴立牵头重点工作, 常务副区长姚某、副区长李某分管工作.
_HEADING_TITLED = re.compile(rf"^(?P<persons>{_POST}{_PERSON_NAME}(?:[、和](?:{_POST})?{_PERSON_NAME})*){_HEADING_VERB}")
_POST_FIRST = re.compile(rf"{_POST}({_PERSON_NAME})")
# 于幼军省长负责的工作(李政文秘书长、刘俊谦省长助理协助): the persons the heading's bracket names as assisting him answer for the
# heading's work with him, after him (a clerk sends them its tasks too). An aide's post (省长助理) is a post here.
_AIDE_POST = rf"(?:{_POST}|(?:省长|市长|区长|县长|州长|旗长)助理)"
_ASSISTING = re.compile(rf"\((?P<persons>(?:{_PERSON_NAME}{_AIDE_POST}[、和])*{_PERSON_NAME}{_AIDE_POST})"
                        r"(?:同志)?(?:协助|配合|协管)\)$")
_AIDE = re.compile(rf"({_PERSON_NAME}){_AIDE_POST}")
_NOT_A_NAME = re.compile(r"常务|分管|主管|政府|人民|领导|有关|相关|各|党组|人大|政协|主抓|牵头|领衔|包抓|联系|负责"
                         r"|[省市区县州]$|^[省市区县州旗镇乡]委$")


def heading_persons(title: str) -> tuple[str, ...]:
    """The persons a section heading names as leaders of its items (their post left off), or ().

    >>> heading_persons("袁家军省长主抓重点工作")
    ('袁家军',)
    >>> heading_persons("区长陈某某牵头重点工作")
    ('陈某某',)
    >>> heading_persons("常务副市长主抓重点工作")
    ()
    """
    heading = _heading(title)
    # the name before its post (袁家军省长), or the post before the name (区长陈某某): each form, its name apart
    for form, name_of in ((_HEADING_PERSONS, _NAME_AND_POST), (_HEADING_TITLED, _POST_FIRST)):
        if m := form.match(heading):
            names = tuple(post.group(1) if (post := name_of.fullmatch(p)) else p
                          for p in re.split(r"[、和]", m.group("persons")))
            break
    else:
        return ()
    if aides := _ASSISTING.search(heading):
        names += tuple(_AIDE.fullmatch(p).group(1) for p in re.split(r"[、和]", aides.group("persons")))
    if any(_NOT_A_NAME.search(n) or not 2 <= len(n) <= 4 for n in names):
        return ()
    return _unique(names)


def _bracket_groups(text: str) -> list[tuple[int, int]]:
    """(open, close) positions of the outermost balanced bracket groups of ``text``."""
    groups, depth, start = [], 0, 0
    for at, ch in enumerate(text):
        if ch in _OPEN:
            start = at if depth == 0 else start
            depth += 1
        elif ch in _CLOSE and depth:
            depth -= 1
            if depth == 0:
                groups.append((start, at))
    return groups


def _open_bracket(text: str) -> int | None:
    depth = 0
    for at in range(len(text) - 1, -1, -1):
        ch = text[at]
        if ch in _CLOSE:
            depth += 1
        elif ch in _OPEN:
            depth -= 1
            if depth == 0:
                return at
    return None


# A bracket's time or progress clause after who does it: （国务院各部门分别负责，年内持续推进）, （X负责，2020年底前完成）,
# （X负责，常态化推进）, or after the units alone: （县住建局，2024年10月底前）.
# It says when, not who; the clause before it is the marker.
_WHEN_TAIL = re.compile(r"[,;，；]\s*(?:(?:19|20)\d{2}年)?(?:年内|年底|年中|年末|底|末|全年|长期|持续|常态化|逐年|分年度|"
                        r"[上下]半年|\d{1,2}月(?:\d{1,2}日)?"
                        r"(?:底|末|中旬|上旬|下旬)?)?(?:前|以前)?\s*(?:持续推进|持续实施|长期坚持|完成|推进|落实|实施|坚持|见效|"
                        r"取得(?:明显|积极)?(?:进展|成效))?\s*$")


_DUE_FIELD = re.compile(rf"[,;，；]\s*{DUE_ROLE}\s*[:：]")


def _before_due(text: str) -> str:
    """``县人社局；完成时限：2024年底`` → ``县人社局``; a text without a deadline field after a mark as it is."""
    m = _DUE_FIELD.search(text)
    return text[:m.start()] if m else text


def _without_when(text: str) -> str:
    """``国务院各部门分别负责，年内持续推进`` → ``国务院各部门分别负责``; a text without such a tail as it is."""
    m = _WHEN_TAIL.search(text)
    return text[:m.start()] if m and len(text[m.start():].strip(" ,;，；")) >= 2 else text


def _ends_like_unit(name: str) -> bool:
    """Does ``name`` end like an organisation's name, strong or weak (see ``_UNIT_STRONG``, ``_UNIT_WEAK``)?"""
    return bool(_UNIT_STRONG.search(name) or _UNIT_WEAK.search(name))


def _is_alias(before: str, content: str) -> bool:
    """Is the bracket a second name of the unit written right before it (市商务局（市粮食和物资储备局）,
    县发改局（粮食局）): one organisation's name, after a unit's name that closes a list or stands alone?

    Such a bracket is part of the name, never the marker of the whole item."""
    inside = fold(content).strip()
    if not inside or re.search(r"[,;，；、:：\d]", inside) or len(inside) > 20 or not _ends_like_unit(inside):
        return False
    folded = fold(before)
    if not folded or folded[-1:].isspace():
        return False
    cut = max(folded.rfind(ch) for ch in "、,，;；。.:： \t") + 1
    name, sep = folded[cut:], folded[cut - 1:cut] if cut else ""
    return (2 < len(name) <= 20 and bool(_JURISDICTION.match(name)) and bool(_UNIT_STRONG.search(name))
            and sep in ("", "、", ",", "，", " ", "\t", ":", "："))


def _is_marker(content: str) -> bool:
    folded = _without_when(_ORDER_NOTE.sub("", fold(content).strip()).strip(" ,;，；。")).strip(" ,;，；。")
    return bool(_MARKER_HEAD.match(folded) or re.search(r"(负责|牵头|主办|主责)$", folded)
                or re.search(r"(?:牵头|主办|主责).*(配合|参与|协助|负责|协办|协同)$", folded)
                or _helping_lead(folded) is not None)


# (省人事厅配合省委有关部门落实) / (区财政局协助区住建局实施): the helper named first, then the unit it helps and the
# verb of carrying the work out; the unit helped leads, as in X牵头，Y配合. Both halves must read as units (no
# comma between), so a clause of work (配合做好…工作) is never read so.
_HELPING_LEAD = re.compile(rf"^(?P<co>[^,;，；。:]{{2,40}}?){HELPING}(?P<lead>[^,;，；。:]{{2,40}}?)"
                           r"(?:共同)?(?:牵头负责|负责|落实|实施|推进|办理)$")


def _helping_lead(folded: str) -> tuple[str, str] | None:
    """(lead, helpers) of a marker naming the helper before the unit it helps (Y配合X落实), else None."""
    m = _HELPING_LEAD.match(folded)
    if m is None or not all(_is_unit_list(m[part], after_stop=True) for part in ("lead", "co")):
        return None
    return m["lead"], m["co"]


# A bracket closing an item that lists units and nothing else, without any role word: …增长7%以上。（市发展改革委，
# 各县〔市、区〕政府）. The first listed leads. Every part must read as an organisation: a name ending like a
# government unit (``_UNIT_STRONG``), or a collective (各县（市、区）政府, 县直各单位). Names that end like an
# organisation but as often name a place or a project (…中心, …院, …所, …站) count only beside a strong one or
# in a bracket after the item's last sentence, and only with a jurisdiction before them (市体育中心).
_UNIT_STRONG = re.compile(
    r"(?:局|委|厅|办|办公室|政府|管委会|委员会|公司|集团|部门|单位|街道|镇|乡|镇街|党委|党组|工委|指挥部|法院|检察院|"
    r"银行|支行|分行|工会|协会|商会|学会|联合会|红十字会|妇联|科协|团委|残联|侨联|文联|工商联|海关|(?<![东西南北中内外全干本总局])部)$")
_UNIT_WEAK = re.compile(r"(?:中心|医院|研究院|设计院|学院|研究所|派出所|事务所|服务站|工作站|管理站|管理处|大队|支队|总队)$")
# 荆州开发区, 嘉鱼经济开发区, 高新区, 工业园区: a development zone, run by its own 管委会 and named as a unit in the
# lists of who does the work, though its name is a place's. Like an office of a 中心 with its jurisdiction, it is a
# unit beside a sure one, or in a bracket after the item's last sentence, where a bracket of names says who
# (``_is_unit_list``); inside a sentence, alone, it stays the place the work is done in.
_ZONE = re.compile(r"(?:开发区|经开区|高新区|示范区|管理区|保税区|试验区|园区|新区)$")
_COLLECTIVE = re.compile(r"^各[\u4e00-\u9fff()（）〔〕\[\]、]{1,20}(?:政府|党委|单位|部门|镇|乡|街道|街|地|区|县|市|旗|[)）〕\]])$")
_JURISDICTION = re.compile(r"^(?:省|市|县|区|镇|乡|州|旗|盟|国家|中央)")
# (工资处、就管中心) after the item's full stop: a department's own offices (处, 室, 科), named without any
# jurisdiction because the notice goes only to them; not a count of places (三处, 多处, 此处). A 中心 is such an
# office when its name says the work it administers (就管中心, 技能鉴定中心, 信息中心); 体育中心 and 会展中心 are
# venues, maybe what the item builds.
_OFFICE_WORK = r"管|指导|监测|鉴定|经办|事务|调度|指挥|评估|检验|检测|审核|结算|征收|登记|稽核|督查|信息|统计|考试|评审"
_OWN_OFFICE = re.compile(rf"[\u4e00-\u9fff]{{1,8}}(?<![一二三两四五六七八九十百千几多共此该各何每本])(?:处|室|科)"
                         rf"|[\u4e00-\u9fff]{{0,6}}(?:{_OFFICE_WORK})[\u4e00-\u9fff]{{0,4}}中心")
# Words that make a bracket content, not a list of units: （含…）, （不含…）, （以下简称…）, （如…）, （原市科委）
# (含山县, 如皋市, 如东县, 即墨区 and 原平市 are places, so their units stay units)
_CONTENT_HEAD = re.compile(r"^(?:含(?!山)|不含|包括|包含|其中|以下简称|以下称|下称|简称|即(?!墨)|如(?![皋东])|例如|详见|见|参见|"
                           r"暂定|试行|草案|(?:原|现)(?=[省市县区乡镇]))")


# 引进亿元以上项目5个（比亚迪公司、宁德时代公司）, 发放贷款1亿元（农业银行、邮储银行）: a business without a
# jurisdiction in its name is as often what the item brings in, lends through or builds for as who answers for it;
# such a name counts as a unit beside a sure one (县工信局、比亚迪公司) or after the item's last sentence. A name
# with its jurisdiction (县城投公司, 国网某县供电公司, 农行某县支行) is the government's own company or a local
# branch of a public utility, a sure unit.
_BUSINESS = re.compile(r"(?:公司|集团|银行|支行|分行)$")
_LOCAL = re.compile(r"[省市县区州旗]")


def _is_unit_list(content: str, after_stop: bool) -> bool:
    """Is ``content`` (a bracket's inside) nothing but units, so the bracket says who does the item?"""
    content = _NOTE_GROUP.sub("", content)              # 县发改局（按职责分工）: a note, read away by read_marker
    folded = fold(content).strip()
    if not folded or _CONTENT_HEAD.match(folded) or re.search(r"[\d%:：《》“”\"'—\-~～/]", folded):
        return False
    named, strong, leaning = 0, False, False
    for part in _names(content):
        name = _clean(_ROLE_MARK.sub("", part))         # 市发改委（牵头）: the unit, its role read later
        if not name:
            if _GENERIC.fullmatch(part.strip()) or _ETC.fullmatch(part.strip()):
                continue                                  # 有关部门: no one in particular, but no content either
            return False
        if len(fold(name)) > 25 or re.search(r"负责|牵头|配合|参与|协办|协助|督办|主办|承办", name) and \
                not _COLLECTIVE.match(fold(name)):
            return False
        plain = fold(name)
        if _BUSINESS.search(plain) and not _LOCAL.search(plain):
            pass                                          # 比亚迪公司: maybe what the item brings in (see _BUSINESS)
        elif _COLLECTIVE.match(plain) or (_UNIT_STRONG.search(plain) and (len(plain) > 2 or _JURISDICTION.match(plain))):
            strong = True
        elif (_UNIT_WEAK.search(plain) and _JURISDICTION.match(plain) or _OWN_OFFICE.fullmatch(plain)
              or _ZONE.search(plain) and len(plain) > 2):
            pass
        elif _ends_like_unit(plain):
            leaning = True                                # 党办, 创业中心: a unit only beside a sure one
        else:
            return False
        named += 1
    # (人社局、创业中心) after the item's last sentence: a short name (党办) or one without its jurisdiction
    # (创业中心) is read as a unit there, beside a name that surely is one; alone, it may be a place or a project.
    if leaning:
        return strong and after_stop
    return named > 0 and (strong or after_stop)


def marker_line(text: str) -> bool:
    """Is this line, on its own, a marker (``责任单位：X``, ``牵头领导：…``, ``完成时限：…``), bracketed or not?"""
    folded = fold(text).strip().lstrip(_OPEN).strip()
    return bool(_MARKER_LINE.match(folded))


# 4项目标的责任单位均为市发展改革委。 / 该目标责任单位为市经委。 / 该项目标责任单位为A、B。: a line of its own after
# the items it covers, naming the units of the last N of them (该 one); a count in digits or Chinese numerals. The
# units end at a comma: what follows is another role's units (,配合部门为各街道: they come after the lead) or a word
# on the work (,要于6月底前完成), never a unit's name.
_COVERING = re.compile(r"^(?:(?P<count>\d{1,2}|[一二两三四五六七八九十]{1,3})项|该项?)(?:目标|任务|工作|项目|指标)?(?:的)?"
                       r"(?:责任单位|牵头单位|责任部门|牵头部门)(?:均|都|皆)?为(?P<units>[^。;:(),]+?)"
                       r"(?:,(?P<tail>[^。;]*?))?[。;]?$")
_MORE_UNITS = re.compile(rf"(?:{ROLE})(?:均|都|皆)?为(?P<units>[^。;:(),]+)$")


def covering_marker(text: str) -> tuple[int, str] | None:
    """A line naming the units of the items just before it (``4项目标的责任单位均为市发展改革委。``) → (how many
    items, the units' words); None for any other line.

    >>> covering_marker("2项目标的责任单位均为市商务局。")
    (2, '市商务局')
    >>> covering_marker("该项目标责任单位为市发展改革委、统计局。")
    (1, '市发展改革委、统计局')
    """
    m = _COVERING.match(fold(text).strip())
    if m is None:
        return None
    count = 1 if m["count"] is None else int(m["count"]) if m["count"].isdigit() else cn_number(m["count"])
    units = m["units"].strip()
    if m["tail"] and (more := _MORE_UNITS.match(m["tail"].strip())):
        units += "、" + more["units"].strip()
    return (count, units) if count else None


# 上述项目由区商务委牵头负责。 / 以上工作由县住建局负责实施。: a line of its own closing the unnumbered projects it
# covers (each a paragraph of its own under an item that restates them), naming who answers for every project
# since the item's line or the last such line. Unlike ``_COVERING`` it gives no count: 上述 reaches back there.
_ABOVE = re.compile(r"^(?:上述|以上)(?:各|所有)?(?:项目|工作|任务|事项|实事)(?:均|都)?由(?P<units>[^。;:,()]{2,60}?)"
                    r"(?:牵头负责|负责实施|牵头实施|组织实施|牵头|负责|承办)[。;]?$")


def above_marker(text: str) -> Marker | None:
    """A line naming the units of all the unnumbered projects above it (``上述项目由区商务委牵头负责。``) → its
    marker, lead first; None for any other line.

    >>> above_marker("上述项目由区商务委牵头负责。").departments
    ('区商务委',)
    >>> above_marker("由区商务委牵头负责上述项目的招标。") is None
    True
    """
    m = _ABOVE.match(fold(text).strip())
    if m is None:
        return None
    units = read_marker("牵头单位:" + m["units"]).departments
    return Marker(units) if units else None


def content_line(text: str) -> bool:
    """Is this line a field of the item saying what it is to achieve (``任务目标：…``, ``建设内容：…``)?"""
    return bool(_CONTENT.match(fold(text).strip()))


def split_content(text: str) -> tuple[str, str]:
    """A marker line that runs on into a field of content (``责任单位:莲塘镇任务目标:2024年计划…``) →
    (``责任单位:莲塘镇``, ``任务目标:2024年计划…``); a line without one → (line, "").

    >>> split_content("责任单位:莲塘镇任务目标:改造10万平方米")
    ('责任单位:莲塘镇', '任务目标:改造10万平方米')
    """
    m = _CONTENT.search(fold(text))
    if m is None or not m.start():
        return text, ""
    return text[:m.start()].rstrip(" ,;，；。"), text[m.start():].strip()


def read_marker(marker: str) -> Marker:
    """Departments (lead first), persons and deadline words of one marker, brackets and notes removed."""
    text = _strip_brackets(marker or "")
    text = _ORDER_NOTE.sub("", _NOTE_GROUP.sub("", text)).strip(" ,;，；。.")
    labels = list(_LABEL.finditer(fold(text)))
    if not labels:
        who = _without_when(text)
        # the when clause (2020年底前完成) is the marker's deadline words, as a 完成时限 label's value would be
        return Marker(_plain(who.strip(" ,;，；。.")), due=text[len(who):].strip(" ,;，；。.") if who != text else "")
    groups: list[tuple[int, tuple[str, ...]]] = []
    leaders: tuple[str, ...] = ()
    due = ""
    # 县人社局、县农业农村局；完成时限：2024年底: units with no label before the first label, written first
    if (head := text[:labels[0].start()].strip(" ,;，；。.")) and _is_unit_list(head, after_stop=True):
        groups.append((0, _plain(head)))
    # 牵头单位 leads where a marker names one; 责任单位 beside it is one of the others (牵头…参与…责任…)
    lead_role = _NAMED_LEAD if any(_NAMED_LEAD.match(lb.group(1)) for lb in labels) else _LEAD_ROLE
    for i, label in enumerate(labels):
        end = labels[i + 1].start() if i + 1 < len(labels) else len(text)
        value = text[label.end():end]
        if other := _OTHER_FIELD.search(fold(value)):
            value = value[:other.start()]
        value = value.strip(" ,;，；。.")
        role = label.group(1)
        if _NO_ONE_ROLE.fullmatch(role):
            continue                                    # 任务目标:… on the marker's line: the task's words, no one
        if re.fullmatch(PERSON_ROLE, role):
            continue                                    # 项目责任人: not a leader (see PERSON_ROLE)
        if re.fullmatch(LEADER_ROLE, role):
            # a two-character name padded to the width of three in a table cell: 周 斐 is 周斐
            # and a post in brackets after a name (努尔买买提·阿布来提(县人大常委会四级调研员)) is no part of it
            leaders += tuple(re.sub(r"\s+", "", n) if re.fullmatch(r"[\u4e00-\u9fff](?:\s+[\u4e00-\u9fff]){1,2}", n)
                             else _without_post(n) for n in (_POST_GROUP.sub("", m) for m in _names(value)) if n)
        elif re.fullmatch(DUE_ROLE, role):
            due = due or value
        elif re.fullmatch(DIVISION_ROLE, role):
            groups.append((0, _plain(value)))           # ordered by its own words: X牵头，Y配合
        else:
            groups.append((0 if lead_role.match(role) else 1, _role_group(value)))
    groups.sort(key=lambda g: g[0])                     # stable: 牵头 before 配合, else as written
    return Marker(_unique(tuple(name for _, names in groups for name in names)), _unique(leaders), due)


def _without_post(name: str) -> str:
    """``张三副县长`` → ``张三``: the person, as a post in brackets after the name is left off; any other as written."""
    m = _NAME_AND_POST.fullmatch(name.strip())
    return m.group(1) if m and not _NOT_A_NAME.search(m.group(1)) else name


def split_departments(marker: str) -> tuple[str, ...]:
    """The departments a marker names, in written order, lead first.

    >>> split_departments("牵头单位：市发改局；配合单位：市财政局、各镇街")
    ('市发改局', '市财政局', '各镇街')
    >>> split_departments("市科技局负责")
    ('市科技局',)
    """
    return read_marker(marker).departments


def _strip_brackets(text: str) -> str:
    """``（责任单位：A、B）。`` → ``责任单位：A、B``; a name's own brackets (各县（市、区）) stay."""
    text = text.strip().rstrip("。.").strip()
    while text[:1] and text[0] in _OPEN and (_open_bracket(text) == 0 or not _balanced(text)):
        text = text[1:-1] if text[-1:] in _CLOSE and _open_bracket(text) == 0 else text[1:]
        text = text.strip()
    if text[-1:] in _CLOSE and not _balanced(text):
        text = text[:-1].strip()                        # half a bracket: …牵头单位:区发改局)
    return text


def _balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        depth += (ch in _OPEN) - (ch in _CLOSE)
        if depth < 0:
            return False
    return depth == 0


def _plain(text: str) -> tuple[str, ...]:
    """Unlabelled markers: ``X牵头，Y配合``, ``X、Y负责``, ``X会同Y负责``, ``X牵头，Y按职责分工负责``, ``Y配合X落实``."""
    if helped := _helping_lead(fold(text).strip()):
        return _unique(_clean_all(_names(helped[0])) + _role_group(helped[1]))
    clauses = re.split(r"(?<=[,;，；])", text)
    lead = next((i for i, c in enumerate(clauses) if _LEAD_CLAUSE.search(fold(c).strip())), 0)
    if lead > 0:                                        # Y配合，X牵头: the lead first all the same
        text = clauses[lead].rstrip(",;，；") + "，" + "".join(clauses[:lead] + clauses[lead + 1:])
    # a role in brackets after a name (市财政局、市发改委（牵头）) is that name's, read by ``_clean_all``
    folded = re.sub(r"\([^()]*\)", lambda g: "_" * len(g.group()), fold(text))
    m = _PLAIN_LEAD.match(folded)
    if m and m.group(1).strip():
        lead, rest = text[:m.end(1)], text[m.start(2):m.end(2)]
        return _unique(_clean_all(_names(lead)) + _role_group(rest))
    return _unique(_clean_all(_names(text)))


def _role_group(value: str) -> tuple[str, ...]:
    """The units of one role's group (配合单位:A、B / …，A、B配合), as ``_clean_all`` reads them; but a group that
    is nothing but a generic name (市发改委牵头，相关部门配合) is kept as written: the notice names it as the
    co-operators, where 等有关部门 / 会同有关部门 only adds "and others" to units named before it."""
    parts = _names(value)
    names = _clean_all(parts)
    if names or len(parts) != 1:
        return names
    generic = _DUTY.sub("", fold(value).strip().strip("。.,;，；、")).strip()
    return (generic,) if _GENERIC.fullmatch(generic) else ()


def _clean_all(names: tuple[str, ...]) -> tuple[str, ...]:
    leads: list[str] = []
    out: list[str] = []
    for name in (unit for written in names for spaced in _spaced_units(written) for unit in _run_on_units(spaced)):
        role = _ROLE_MARK.search(name)
        if role:
            name = name[:role.start()]
        into = leads if role and role.group(1) in ("牵头", "主办", "主责") else out
        for part in (p for joined in re.split(r"会同|及(?=各)|和(?=各)", name) for unit in _joined_by_ji(joined)
                     for p in _each_of(unit)):
            part = _clean(part)
            if part:
                into.append(part)
    return tuple(leads + out)


# 领导小组成员单位及省地震局配合, 省交通厅及南昌铁路局: 及 joining the last unit of a list to the one before. The
# text is cut at 及 only where the words before it end as surely as a unit's name does (``_UNIT_STRONG``: 局, 委,
# 单位, 政府 …) and the words after it read as a whole unit by themselves, so a name with 及 inside it stays whole
# (市长江综合门户港及公铁水联运项目建设领导小组: 门户港 is a place; 各县（市）及相关区政府: one collective), and
# so does 及其… (市场监管局及其派出机构: the unit's own offices). (和 is left alone: 各县区党委和人民政府 and
# 高新区党工委和管委会 name one place's two bodies as one, as the notices list them.)
_JI = re.compile(r"及(?!其)")


def _joined_by_ji(name: str) -> tuple[str, ...]:
    """``A单位及省地震局`` → (``A单位``, ``省地震局``); any other name as it is."""
    for m in _JI.finditer(name):
        before, after = fold(name[:m.start()]).strip(), name[m.end():]
        if len(before) >= 3 and _UNIT_STRONG.search(before) and _reads_as_unit(_DUTY.sub("", fold(after).strip())):
            return (name[:m.start()],) + _joined_by_ji(after)
    return (name,)


# A unit's name never holds a space between two Han characters, so where a page (a PDF turned into a web page, a
# table cell padded to width) leaves one, the pieces around it are one name unless each reads as a whole unit:
# 市 财政局 is 市财政局 and 伏羲 山管委 会 is 伏羲山管委会, while 区财政局 区税务局 are two units the space separates.
_HAN_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


def _reads_as_unit(piece: str) -> bool:
    """Does ``piece`` alone read as a unit's whole name (区税务局, 市委, 各镇街), not a fragment (市, 资源规划, 会)?"""
    plain = _clean(fold(piece))
    return bool(plain) and bool(_COLLECTIVE.match(plain) or _ends_like_unit(plain)
                                and (len(plain) > 2 or _JURISDICTION.match(plain)))


def _spaced_units(name: str) -> tuple[str, ...]:
    """``市 财政局`` → (``市财政局``,); ``区财政局 区税务局`` → (``区财政局``, ``区税务局``); a name without
    such a space as it is. A space separates only where the words before it and the fewest pieces after it
    each read as a unit; every other space is stray and dropped, when what it joins reads as a unit."""
    pieces = _HAN_SPACE.split(name.strip())
    if len(pieces) == 1:
        return (name,)
    units, current = [], pieces[0]
    for i, piece in enumerate(pieces[1:], start=1):
        if _reads_as_unit(current) and any(_reads_as_unit("".join(pieces[i:j]))
                                           for j in range(i + 1, len(pieces) + 1)):
            units.append(current)
            current = piece
        else:
            current += piece
    units.append(current)
    # 县住建局 伍泽: a word that is no unit joined to one makes no unit either, so the name stays as written
    return tuple(units) if all(_reads_as_unit(unit) for unit in units) else (name,)


# 区财政局区税务局: two whole names run together with no mark between. The text is cut only where the words
# before the cut end like a unit (not like a place: 县乡, 区镇) and every piece after it starts with a
# jurisdiction (区, 市, 县 …) and reads as a whole unit (not a branch of the one before), so 人力资源和社会保障局
# and 市住房和城乡建设局 stay whole.
_RUN_ON_START = re.compile(r"^(?:省|市|县|区|州|旗|盟)")
_PLACE_END = re.compile(r"(?:镇|乡|街道|镇街)$")
_BRANCH = re.compile(r"(?:分局|分中心|分院|支队|大队|中队|派出所)$")   # 市生态环境局市区分局: one unit's branch


def _run_on_units(name: str) -> tuple[str, ...]:
    """``区财政局区税务局`` → (``区财政局``, ``区税务局``); ``区委区政府`` → (``区委``, ``区政府``); any other name
    as it is."""
    plain = fold(name).strip()
    if not _RUN_ON_START.match(plain) or len(plain) < 5 or not re.fullmatch(r"[\u4e00-\u9fff]+", plain):
        return (name,)
    pieces = _run_on_pieces(plain)
    return pieces if pieces and len(pieces) > 1 else (name,)


def _run_on_pieces(plain: str) -> tuple[str, ...] | None:
    """``plain`` cut into jurisdiction-led whole units, at the shortest head after which the rest reads so
    too (``plain`` itself when no cut does), or None when there is no such reading."""
    for cut in range(2, len(plain) - 2):
        head, rest = plain[:cut], plain[cut:]
        if not _RUN_ON_START.match(rest) or not _whole_unit(head):
            continue
        tail = _run_on_pieces(rest)
        if tail is not None and not _BRANCH.search(tail[0]):
            return (head,) + tail
    return (plain,) if _whole_unit(plain) else None


def _whole_unit(piece: str) -> bool:
    """A piece of a run-on name that is a unit's whole name by itself: not a place (县乡), nothing that
    ``_clean`` would strip (区科技局等 / 区级有关部门 are a unit and "others", not two units)."""
    return (_reads_as_unit(piece) and _clean(piece) == piece and not _PLACE_END.search(piece)
            and not re.search(r"有关|相关", piece))


# 经济投资局和航空口岸局分别牵头: units joined by 和/及/与 that each (分别) or together (共同) do the work are two
# units. The text is cut at a 和 only where the words before it read as an organisation's name (ending like
# one, ``_UNIT_STRONG`` / ``_UNIT_WEAK``), so 市住房和城乡建设局, 人力资源和社会保障局 stay whole.
_EACH = re.compile(r"(?:分别|共同)(?:牵头负责|牵头|负责)?$")


def _each_of(name: str) -> tuple[str, ...]:
    """``A局和B局分别牵头`` → (``A局``, ``B局分别牵头``); any other name as it is."""
    folded = fold(name).strip().strip("。.,;，；、")
    duty = _EACH.search(folded)
    if duty is None or not re.search("[和及与]", folded[:duty.start()]):
        return (name,)
    pieces = re.split("([和及与])", name.strip().strip("。.,;，；、"))
    groups, current = [], ""
    for piece in pieces:
        if piece in ("和", "及", "与") and current:
            plain = fold(current).strip()
            if len(plain) >= 3 and _ends_like_unit(plain):
                groups.append(current)
                current = ""
                continue
        current += piece
    last = _EACH.sub("", fold(current).strip()).strip()
    if not groups or len(last) < 3 or not _ends_like_unit(last):
        return (name,)
    return tuple(groups) + (current,)


def _clean(name: str) -> str:
    """``商务部等有关部门`` → ``商务部``; ``各县市区政府按职责分工负责`` → ``各县市区政府``."""
    name = name.strip().strip("。.,;，；、")
    # (由省财政厅牵头，会同…): 由 is the preposition "by" before the unit, never part of its name
    if name.startswith("由") and len(name) > 3 and _ends_like_unit(_DUTY.sub("", name).strip()):
        name = name[1:]
    for _ in range(3):
        before = name
        name = _DUTY.sub("", name).strip()
        name = _ETC.sub("", name).strip()
        if name == before:
            break
    if len(name) < 2 or _GENERIC.fullmatch(name):
        return ""                                       # …会同有关部门负责: no one in particular
    return name


_GENERIC = re.compile(r"(?:其他|其它)?(?:有关|相关)(?:部门|单位)(?:和单位)?")


# 各县、市、区政府 and 各区、县级市 are one collective name whose 、 lists the kinds of place, not departments.
# 各开发区、镇(街道): a kind may carry its alternative in brackets (镇(街道), 乡(镇)), still one kind of place.
_KIND = r"(?:市|区|县|县级市|乡|镇|街道|乡镇|旗|市区|县区|区县)"
_PLACE_KIND = re.compile(rf"{_KIND}(?:[(（]{_KIND}(?:、{_KIND})*[)）])?(?:人民政府|政府|党委|管委会)?")
# 相关市、县政府 / 有关区、县: the same collective, naming the places concerned rather than every one.
_CONCERNED_KIND = re.compile(rf"(?:相关|有关){_KIND}")


def _opens_collective(name: str) -> bool:
    """May the kinds of place after ``name`` (、县政府) belong to it: 各…, or 相关市 / 有关区 (not 有关部门)?"""
    return name.startswith("各") or bool(_CONCERNED_KIND.fullmatch(_clean(name)))


# 未央湖、大明宫街办 / 莲塘、龙城镇: places whose office's kind (街办, 街道, 镇, 乡) is written once, after the last.
# The name is kept whole as written: which unit the first place's office is (未央湖街办? 未央湖街道办事处?) is a
# guess the office's directory, not the parser, should settle, and a bare 未央湖 is no unit at all.
_SHARED_SUFFIX = re.compile(r"[\u4e00-\u9fff]{2,5}(?:街办|街道办|街道办事处|街道|镇|乡)")
_BARE_PLACE = re.compile(r"(?:[\u4e00-\u9fff]{2,5}、)*[\u4e00-\u9fff]{2,4}(?<![局委办厅部院所站心府会司团队处科股室街道镇乡区县市村联社馆])")


_EACH_JOINED = re.compile(r"(?<=\S)(?:和|及|以及)(?=各)")


def _names(text: str) -> tuple[str, ...]:
    """Names split at 、,;， but not inside brackets: 各县（市、区）人民政府 is one name, and neither is
    a collective 各县、市、区政府 (see ``_PLACE_KIND``)."""
    # each part with whether the mark before it was 、 (the enumeration comma): only such a part may go on a
    # collective or a shared suffix before it
    parts, depth, current, after_enum_comma = [], 0, "", False
    for ch in text:
        depth += (ch in _OPEN) - (ch in _CLOSE)
        if depth <= 0 and ch in "、,，;；\n":
            parts.append((current, after_enum_comma))
            current, depth, after_enum_comma = "", 0, ch == "、"
        else:
            current += ch
    parts.append((current, after_enum_comma))
    # 地税局等和各市、县人民政府: 和 (及) before 各 joins a collective to the names before it, so the collective starts
    # a name of its own there, and the kinds of place after it (、县人民政府) go on with it, not with 地税局等和各市
    parts = [(piece, enum if k == 0 else False) for part, enum in parts
             for k, piece in enumerate(_EACH_JOINED.split(part))]
    names: list[str] = []
    for part, after_enum_comma in parts:
        part = part.strip().rstrip("。.")
        if not part:
            continue
        if after_enum_comma and names and _opens_collective(names[-1]) \
                and _PLACE_KIND.fullmatch(_clean(re.split(r"会同", part)[0]) or part) \
                and not names[-1].endswith(("政府", "党委", "管委会")):
            names[-1] += "、" + part
        elif after_enum_comma and names and _SHARED_SUFFIX.fullmatch(_clean(part) or part) \
                and _BARE_PLACE.fullmatch(names[-1]):
            names[-1] += "、" + part                   # 未央湖、大明宫街办: two offices sharing one 街办, as written
        elif after_enum_comma and names and _ETC_KIND.fullmatch(part) and names[-1].endswith(("部门", "单位")) \
                and _ETC.search(names[-1]):
            names[-1] += "、" + part                   # …等部门、单位: one "and others", its two kinds (see _ETC)
        else:
            names.append(part)
    return tuple(names)


def _unique(names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(names))
