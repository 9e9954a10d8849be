"""Clerk-typed numbers: 约500个, 1.5亿, 95%, １２０, 8,000, 一千二百, 8000万 on a 亿元 row.

    >>> parse_number("约500个", "个")
    ParsedNumber(value=500.0, codes=('approximate-value',), note='')
    >>> parse_number("8000万", "亿元").value
    0.8
    >>> parse_number("１２０").value, parse_number("两万").value, parse_number("已完成").codes
    (120.0, 20000.0, ('not-a-number',))
    >>> parse_number(0.95, "%", percent_format=True).value
    95.0

The value is always in the row's unit: a typed 万/亿 (or a unit without them, 元 on a 万元 row) is
scaled to it, and a percent row holds percentage points, whichever of the three ways a clerk wrote
it (95, "95%", or 0.95 in a cell Excel formats as a percent).

Codes (stable, kebab-case; the messages clerks read are built in ``validation``):

- errors: ``not-a-number`` (text, a range, a date), ``negative-value``, ``number-out-of-range``
  (not finite, or beyond ``MAX_MAGNITUDE`` in the row's unit: a 400-digit string, 1e308);
- warnings: ``approximate-value`` (约/左右/近/超/余/多/以上 …, the number counts),
  ``unit-converted`` (8000万 read as 0.8 on a 亿元 row), ``unit-mismatch`` (30家 on a 个 row).

"Nothing reported": an empty cell and the placeholders ``-``, ``—``, ``/``, ``无``, ``暂无`` read as
empty (``value`` None, no code). An office would rather see 未报送 than guess 0, and clerks use these
marks to mean "nothing to report"; a real zero is typed 0.

Only finite numbers of a sane size leave this module as a value: whatever a cell holds, ``usable``
is None or a float a writer and a database accept. Text longer than ``MAX_TEXT_CHARS`` is no
number a clerk typed (and is not searched for one: the reading tries several splits of the text).
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation

NOT_A_NUMBER = "not-a-number"
NEGATIVE = "negative-value"
OUT_OF_RANGE = "number-out-of-range"
APPROXIMATE = "approximate-value"
CONVERTED = "unit-converted"
MISMATCH = "unit-mismatch"
ERROR_CODES = frozenset({NOT_A_NUMBER, NEGATIVE, OUT_OF_RANGE})

# No figure of a key-task notice comes near 10^15 in its row's unit (1.5亿元 is 1.5; a count of
# 元 reaches 10^10); past it a cell holds a slip or an attack, and Excel keeps 15 digits anyway.
MAX_MAGNITUDE = Decimal(10) ** 15
MAX_TEXT_CHARS = 200          # "约500个（其中……）" fits; a pasted paragraph is not a number
MAX_NUMERAL_CHARS = 40        # digits, separators and numeral characters in one number

PLACEHOLDERS = frozenset({"-", "--", "—", "——", "/", "\\", "无", "暂无", "空", "N/A", "n/a", "NA"})

# Longest first: each alternation tries its longer words before their prefixes.
_APPROX_BEFORE = ("大约", "约为", "大概", "将近", "接近", "超过", "多于", "不足", "不到", "低于", "少于",
                  "约", "近", "超", "逾", "~", "≈")
_FILLER_BEFORE = ("累计完成", "已完成", "累计达到", "累计", "完成", "共计", "合计", "达到", "已达", "共", "达")
_APPROX_AFTER = ("左右", "上下", "以上", "以下", "以内", "余", "多", "许")
_APPROX_BETWEEN = ("余", "多", "来")
_PERCENT_UNITS = ("%", "个百分点", "百分点")
_REMARK = re.compile(r"[(\[【][^()\[\]【】]*[)\]】]$")

_ARABIC = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?|\.[0-9]+")
_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3, "四": 4,
              "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9}
_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_BIG = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
_NUMBER_CHARS = set("0123456789.,点") | set(_CN_DIGITS) | set(_SMALL) | set(_BIG)
# Characters a unit of measure is made of (个, 家, 万平方米, 人次, 千瓦时, kg …); anything else after
# the number makes the cell not a number ("5已完成", "3-5").
_UNIT_CHARS = set(
    "个家项处所座条户人名位次场件台套辆艘部株棵只头尾羽张份篇批期类种栋间床元亩公顷米千百万亿"
    "平方立吨瓦时度兆克斤升里分秒天年月周日宗起例幅首册本架根块片眼口井网站点倍级支队村镇街区园"
    "企业单位所校床标段宗亿立方㎡²³/·%"
)
_SPACES = re.compile(r"[\s\u00a0\u200b\u200c\u200d\u2060\ufeff]+")


@dataclass(frozen=True)
class ParsedNumber:
    """What a clerk's cell says as a number in the row's unit.

    ``value`` is the number read (None when the cell is empty or holds no number); ``codes`` say
    whether it can be used (an error code makes it unusable); ``note`` says in Chinese how it was
    read when that is not obvious (e.g. "8000万 折合 0.8亿元").
    """

    value: float | None
    codes: tuple[str, ...] = ()
    note: str = ""

    @property
    def error(self) -> str | None:
        """The error code, if the cell cannot be used."""
        return next((c for c in self.codes if c in ERROR_CODES), None)

    @property
    def warnings(self) -> tuple[str, ...]:
        return tuple(c for c in self.codes if c not in ERROR_CODES)

    @property
    def is_empty(self) -> bool:
        return self.value is None and not self.codes

    @property
    def usable(self) -> float | None:
        """The value when there is no error, else None."""
        return None if self.error else self.value


EMPTY = ParsedNumber(None)


def parse_number(text: object, unit: str = "", *, percent_format: bool = False) -> ParsedNumber:
    """Read what a clerk typed (or a cell's value) as a number in ``unit``.

    Args:
        text: a string as typed, or a cell value (int, float, bool, date, None).
        unit: the row's unit of measure (个, 亿元, 万平方米, % …).
        percent_format: the cell shows its number as a percent (Excel turns a typed "95%" into 0.95
            with such a format); on a percent row the value becomes percentage points.
    """
    if text is None:
        return EMPTY
    if isinstance(text, bool) or isinstance(text, (date, datetime, time, timedelta)):
        return ParsedNumber(None, (NOT_A_NUMBER,), "单元格内容被识别为日期或逻辑值")
    if isinstance(text, (int, float, Decimal)):
        return _from_cell_number(text, unit, percent_format)
    return _from_text(str(text), unit)


def normalize(text: str) -> str:
    """Full-width forms folded (NFKC), minus signs unified, every kind of space removed."""
    folded = unicodedata.normalize("NFKC", text).replace("−", "-").replace("﹣", "-")
    return _SPACES.sub("", folded)


# 解决8千余户群众用水问题: thousands of a counted thing (千户, 千人, 千个). Only before a measure word of
# things counted: 千米, 千克, 千瓦, 千伏 are units of their own, never a thousand 米.
THOUSANDS_OF = ("人次", "户", "人", "名", "个", "家", "所", "座", "套", "辆", "台", "张", "件", "项", "条", "间", "栋", "处")


def split_unit(unit: str) -> tuple[int, str]:
    """``"亿元"`` → ``(10**8, "元")``; ``"万平方米"`` → ``(10**4, "平方米")``; ``"千户"`` → ``(1000, "户")``;
    ``"个"`` → ``(1, "个")``; ``"千米"`` → ``(1, "千米")``."""
    unit = normalize(unit or "")
    for prefix, scale in (("万亿", 10**12), ("亿", 10**8), ("万", 10**4)):
        if unit.startswith(prefix) and len(unit) > len(prefix):
            return scale, unit[len(prefix):]
    if unit.startswith("千") and unit[1:] in THOUSANDS_OF:
        return 1000, unit[1:]
    return 1, unit


def is_percent_unit(unit: str) -> bool:
    return normalize(unit or "") in ("%", "百分点", "个百分点", "百分比")


def format_number(value: float | Decimal | None) -> str:
    """A number as an office writes it: 0.8, 15000, 3.05 (no exponent, no trailing zeros)."""
    if value is None:
        return ""
    number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    text = format(number.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


# -- numbers that are already numbers -------------------------------------------------------------
def _from_cell_number(number: int | float | Decimal, unit: str, percent_format: bool) -> ParsedNumber:
    if isinstance(number, float) and not math.isfinite(number):
        return ParsedNumber(None, (OUT_OF_RANGE,), "单元格中的数值无效")
    value = Decimal(repr(number)) if isinstance(number, float) else Decimal(number)
    if not value.is_finite():
        return ParsedNumber(None, (OUT_OF_RANGE,), "单元格中的数值无效")
    if percent_format and is_percent_unit(unit):
        value *= 100
    return _result(value, ())


# -- typed text -----------------------------------------------------------------------------------
def _from_text(text: str, unit: str) -> ParsedNumber:
    s = normalize(text)
    if not s or s in PLACEHOLDERS:
        return EMPTY
    if len(s) > MAX_TEXT_CHARS:
        if _ARABIC.fullmatch(s.lstrip("+-")):
            return ParsedNumber(None, (OUT_OF_RANGE,), "数字位数过多")
        return ParsedNumber(None, (NOT_A_NUMBER,), "内容过长")
    s, approximate = _strip_words_before(s)
    negative = False
    if s[:1] in "+-":
        negative, s = s[0] == "-", s[1:]
    s, percent_words = (s[3:], True) if s.startswith("百分之") else (s, False)
    run = _numeral_run(s)
    if run > MAX_NUMERAL_CHARS:
        too_many = _ARABIC.fullmatch(s[:run]) is not None
        return ParsedNumber(None, (OUT_OF_RANGE if too_many else NOT_A_NUMBER,), "数字位数过多" if too_many else "")
    reading = _read(s, unit, percent_words)
    if reading is None:
        return ParsedNumber(None, (NOT_A_NUMBER,))
    value, codes, note = reading
    if abs(value) > MAX_MAGNITUDE:
        return ParsedNumber(None, (OUT_OF_RANGE,), note)
    if approximate:
        codes = (APPROXIMATE, *[c for c in codes if c != APPROXIMATE])
    if negative and value != 0:
        return ParsedNumber(float(-value), (NEGATIVE,), note)
    return _result(value, codes, note)


def _result(value: Decimal, codes: tuple[str, ...], note: str = "") -> ParsedNumber:
    if abs(value) > MAX_MAGNITUDE:
        return ParsedNumber(None, (OUT_OF_RANGE,), note)
    if value < 0:
        return ParsedNumber(float(value), (NEGATIVE,), note)
    return ParsedNumber(float(value) + 0.0, codes, note)   # + 0.0 turns -0.0 into 0.0


def _strip_words_before(s: str) -> tuple[str, bool]:
    approximate, changed = False, True
    while changed:
        changed = False
        for word in _APPROX_BEFORE + _FILLER_BEFORE:
            if s.startswith(word) and len(s) > len(word):
                approximate |= word in _APPROX_BEFORE
                s, changed = s[len(word):], True
                break
    return s, approximate


def _read(s: str, unit: str, percent_words: bool):
    """Try every split of ``s`` into number + tail, longest number first; the first whose tail is
    the row's unit (or nothing) wins, else the first whose tail is some other unit."""
    fallback = None
    for cut in range(_numeral_run(s), 0, -1):
        parsed = parse_numeral(s[:cut])
        if parsed is None:
            continue
        tail = _read_tail(s[cut:], unit, percent_words)
        if tail is None:
            continue
        reading = _scale(s[:cut], parsed, tail, unit)
        if not tail.mismatch:
            return reading
        fallback = fallback or reading
    return fallback


def _numeral_run(s: str) -> int:
    """How many leading characters of ``s`` may belong to a number."""
    n = 0
    while n < len(s) and s[n] in _NUMBER_CHARS:
        n += 1
    return n


@dataclass(frozen=True)
class _Tail:
    unit: str            # the unit as typed ("" when none)
    base: bool           # the typed unit is the row's unit without its 万/亿 (元 on a 亿元 row)
    mismatch: bool
    approximate: bool
    remark: str


def _read_tail(tail: str, unit: str, percent_words: bool) -> _Tail | None:
    remark = ""
    match = _REMARK.search(tail)
    if match:
        remark, tail = match.group(0)[1:-1], tail[: match.start()]
    approximate = False
    for word in _APPROX_BETWEEN:
        if tail.startswith(word):
            approximate, tail = True, tail[len(word):]
            break
    for word in _APPROX_AFTER:
        if tail.endswith(word):
            approximate, tail = True, tail[: -len(word)]
            break
    row_unit = _spelled(normalize(unit or ""))
    scale, base = split_unit(row_unit)
    if percent_words:
        tail = tail or "%"
        if tail != "%":
            return None
    typed = _spelled(tail)
    if not tail or typed == row_unit or (is_percent_unit(row_unit) and tail in _PERCENT_UNITS):
        return _Tail(tail, False, False, approximate, remark)
    if scale != 1 and typed == base:
        return _Tail(tail, True, False, approximate, remark)
    if row_unit and typed.startswith(row_unit) and not is_percent_unit(row_unit) and typed not in _UNITS_OF_THEIR_OWN:
        return _Tail(tail, False, False, approximate, remark)        # 120家企业 on a 家 row
    if not all(c in _UNIT_CHARS or (c.isascii() and c.isalpha()) for c in typed):
        return None
    return _Tail(tail, False, True, approximate, remark)


# 500㎡, 12万m²: NFKC folds the symbols to m2 and m3, which a clerk means as 平方米 and 立方米 (平米 is the everyday
# short of 平方米); read them as the words so a 万平方米 row takes 12万㎡ and a ㎡ row takes 500平方米.
_SYMBOL_UNITS = (("m2", "平方米"), ("m3", "立方米"), ("平米", "平方米"))
# 100人次 on a 人 row, 30场次 on a 场 row: a unit that opens with the row's but counts something else (visits, not
# people) is another unit, not the row's followed by its noun (120家企业 on a 家 row).
_UNITS_OF_THEIR_OWN = frozenset({"人次", "户次", "家次", "场次", "批次", "剂次", "架次", "车次", "个百分点", "个工作日",
                                 "个月"})


def _spelled(unit: str) -> str:
    for symbol, words in _SYMBOL_UNITS:
        if unit.endswith(symbol):
            return unit[: -len(symbol)] + words
    return unit


def _scale(number_text: str, value: Decimal, tail: _Tail, unit: str):
    """The typed number in the row's unit, with its codes and a note on any conversion."""
    scale, _ = split_unit(unit)
    typed_scale = _typed_scale(number_text)
    codes: list[str] = []
    note = ""
    if (typed_scale != 1 or tail.base) and scale != 1:
        converted = value / scale
        if typed_scale != scale:
            codes.append(CONVERTED)
            note = f"“{number_text}{tail.unit}”折合{format_number(converted)}{normalize(unit)}"
        value = converted
    if tail.mismatch:
        codes.append(MISMATCH)
        note = note or f"填写的单位“{tail.unit}”与本行单位“{normalize(unit)}”不一致"
    if tail.approximate:
        codes.insert(0, APPROXIMATE)
    if tail.remark and not note:
        note = f"括号内说明“{tail.remark}”未计入数值"
    return value, tuple(codes), note


def _typed_scale(number_text: str) -> int:
    """The 万/亿 a number ends in: 8000万 → 10**4, 1亿2000万 → 10**4, 3万亿 → 10**12, 1200 → 1."""
    scale = 1
    for ch in reversed(number_text):
        if ch not in _BIG:
            break
        scale *= _BIG[ch]
    return scale


# -- numerals -------------------------------------------------------------------------------------
def parse_numeral(s: str) -> Decimal | None:
    """An Arabic number (8,000 / 1.5), a Chinese numeral (一千二百, 两万, 三点五, 十二) or a mix of
    both (1.5万, 1亿2000万, 3千) as a Decimal; None when ``s`` is not one."""
    if not s:
        return None
    if _ARABIC.fullmatch(s):
        return Decimal(s.replace(",", ""))
    if s in ("零", "〇"):
        return Decimal(0)
    tokens = _tokenize(s)
    return None if tokens is None else _evaluate(tokens)


def _tokenize(s: str) -> list[tuple[str, object]] | None:
    """Tokens: ("num", Decimal, chinese?) ("zero",) ("small", n) ("big", n)."""
    tokens: list[tuple] = []
    i = 0
    while i < len(s):
        ch = s[i]
        match = _ARABIC.match(s, i)
        if match:
            try:
                tokens.append(("num", Decimal(match.group(0).replace(",", "")), False))
            except InvalidOperation:
                return None
            i = match.end()
        elif ch == "点":
            j = i + 1
            while j < len(s) and s[j] in _CN_DIGITS:
                j += 1
            if j == i + 1 or not tokens or tokens[-1][0] == "point" or _is_arabic(tokens[-1]):
                return None
            fraction = "".join(str(_CN_DIGITS[c]) for c in s[i + 1:j])
            tokens.append(("point", Decimal("0." + fraction)))
            i = j
        elif ch in ("零", "〇"):
            tokens.append(("zero",))
            i += 1
        elif ch in _CN_DIGITS:
            tokens.append(("num", Decimal(_CN_DIGITS[ch]), True))
            i += 1
        elif ch in _SMALL:
            tokens.append(("small", _SMALL[ch]))
            i += 1
        elif ch in _BIG:
            tokens.append(("big", _BIG[ch]))
            i += 1
        else:
            return None
    return tokens


def _evaluate(tokens: list[tuple]) -> Decimal | None:
    total = Decimal(0)        # whole 亿 groups
    wan = Decimal(0)          # whole 万 groups within the current 亿 group
    section = Decimal(0)      # 十/百/千 parts within the current 万 section
    cur: Decimal | None = None
    last_small: int | None = None
    seen_number = False
    pointed = False           # after 点 only 万/亿 may follow
    for at, token in enumerate(tokens):
        kind = token[0]
        previous = tokens[at - 1] if at else None
        if kind == "num":
            if cur is not None or pointed:
                return None
            cur, seen_number = token[1], True
            if token[2] and at == len(tokens) - 1 and previous and previous[0] in ("small", "big"):
                cur *= Decimal(previous[1]) / 10      # 两千五 = 2500, 一万二 = 12000
        elif kind == "zero":
            if cur is not None or pointed or not seen_number:
                return None
        elif kind == "point":
            if cur is None and not section:
                return None
            cur, section, pointed = section + (cur or 0) + token[1], Decimal(0), True
        elif kind == "small":
            unit = token[1]
            if pointed or (last_small is not None and unit >= last_small):
                return None
            if cur is None:
                if unit != 10 or section:
                    return None
                cur = Decimal(1)              # 十二 = 12
            section += cur * unit
            cur, last_small, seen_number = None, unit, True
        else:
            if previous is None or previous[0] == "zero":
                return None
            group = section + (cur or 0)
            if token[1] == 10**4:
                if previous[0] == "big":
                    return None
                wan += group * 10**4
            else:
                group += wan
                total, wan = total + group * 10**8, Decimal(0)     # 3万亿: the 万 group times 亿
            section, cur, last_small, pointed = Decimal(0), None, None, False
    if not seen_number:
        return None
    return total + wan + section + (cur or 0)


def _is_arabic(token: tuple) -> bool:
    return token[0] == "num" and not token[2]      # 点 follows Chinese digits only: 三点五, not 3点5
