"""Chinese text helpers every reader of a notice needs: width folding and Chinese numerals.

    >>> fold("（１２）：")
    '(12):'
    >>> cn_number("一百二十"), cn_numeral(11)
    (120, '十一')
    >>> without_pinyin("城鎮(zhèn)公益性崗位")
    '城鎮公益性崗位'
    >>> in_simplified(["牽頭單位：縣發改局", "建設10個"])
    ['牵头单位：县发改局', '建设10个']

Kept apart so the structure, marker, target and deadline readers import it without importing each other.
"""

from __future__ import annotations

import functools
import re

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
             "八": 8, "九": 9}
CN_SCALES = {"十": 10, "百": 100, "千": 1000}

__all__ = ["CN_DIGITS", "CN_SCALES", "cn_number", "cn_numeral", "fold", "in_simplified", "simplified", "standard_marks",
           "without_pinyin"]

# Full-width ASCII → half-width, one character for one, so positions in the folded text are
# positions in the text as written (which is what the catalogue keeps).
_FOLD = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


# The small and half-width look-alikes a word processor or a converted PDF may write for punctuation (﹐ ﹑ ﹒ ﹔
# ﹕ ﹙ ﹚ ﹪, ｡ ､ ｢ ｣): each stands for the full-width mark a notice writes (﹙ for （, ｡ for 。), one for one.
_SMALL_MARKS = str.maketrans("﹐﹑﹒﹔﹕﹖﹗﹙﹚﹝﹞﹪｡､｢｣", "，、．；：？！（）〔〕％。、「」")


def standard_marks(text: str) -> str:
    """``建设学校3所﹐改造道路5公里｡`` → ``建设学校3所，改造道路5公里。``; same length as ``text``."""
    return text.translate(_SMALL_MARKS)


def fold(text: str) -> str:
    """``（１２３）：`` → ``(123):``; same length as ``text``."""
    return text.translate(_FOLD)


def cn_number(text: str) -> int | None:
    """Chinese numerals: 一 → 1, 两 → 2, 十一 → 11, 二十 → 20, 一百二十 → 120; None if not one."""
    if not text or any(ch not in CN_DIGITS and ch not in CN_SCALES for ch in text):
        return None
    total, digit = 0, None
    for ch in text:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
        else:
            total += (1 if digit is None else digit) * CN_SCALES[ch]
            digit = None
    return total + (digit or 0)


def cn_numeral(number: int) -> str:
    if number <= 10:
        return "零一二三四五六七八九十"[number]
    if number < 20:
        return "十" + "零一二三四五六七八九"[number - 10]
    tens, ones = divmod(number, 10)
    return "零一二三四五六七八九"[tens] + "十" + ("零一二三四五六七八九"[ones] if ones else "")


# Some portals gloss characters with their reading in brackets, inside words: 城鎮(zhèn), 任務(wù).
# A gloss is a bracket right after a Han character holding one syllable of lowercase pinyin with
# at least one tone mark, a space inside allowed (创(chuàng )建); (a), (2) and (km) stay.
_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])[(（] ?(?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ])"
                     r"[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7} ?[)）]")


def without_pinyin(text: str) -> str:
    """``text`` without pinyin glosses: ``城镇(zhèn)`` → ``城镇``."""
    return _PINYIN.sub("", text) if "(" in text or "（" in text else text


# A notice reposted in traditional characters (a Hong Kong or Taiwan site's copy, a county portal's
# 繁體 view) is read in simplified ones, so every rule written for 牵头单位, 达到 and 个 applies. A
# simplified text has a character or two that OpenCC would change (a name, a quotation: at most 0.2 %
# of the Han characters over the corpus); a traditional one has a third of them.
TRADITIONAL_SHARE = 0.10
_HAN = range(0x4E00, 0xA000)


def in_simplified(texts: list[str]) -> list[str] | None:
    """``texts`` converted by OpenCC (t2s) when they are written in traditional characters (at least
    ``TRADITIONAL_SHARE`` of their Han characters change), else None: a simplified text is read as
    written."""
    converted = [simplified(text) for text in texts]
    han = changed = 0
    for before, after in zip(texts, converted):
        han += sum(1 for ch in before if ord(ch) in _HAN)
        if before != after:
            changed += sum(1 for a, b in zip(before, after) if a != b)
    return converted if han and changed >= max(5, TRADITIONAL_SHARE * han) else None


def simplified(text: str) -> str:
    """``text`` in simplified characters (OpenCC t2s), whatever it is written in: 牽頭單位 → 牵头单位."""
    return _t2s().convert(text)


@functools.cache
def _t2s():
    """One OpenCC converter per process: building one loads its dictionaries (some milliseconds)."""
    import opencc

    return opencc.OpenCC("t2s")
